package regler

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Regelsett er vilkårene for å få et tiltak i et tidsrom der ingen av
// tiltakets paragrafer endrer seg: fra Fra() til og med Til() (null Til
// betyr at regelsettet gjelder fortsatt). Regelsettene er avledet av
// lovlaget (paragrafversjonene som gjelder i tidsrommet), overlapper aldri
// og har ingen hull fra datoen tiltaket er modellert fra; en test sjekker
// det.
//
// Et regelsett der tiltaket ikke finnes (før det ble innført, etter at det
// ble opphevet, eller en opplæringsform § 7-2 ikke hadde på den tiden) har
// IkkeIKraft() sann og ett vilkår som alltid er ikke oppfylt, med hjemmel i
// paragrafen som innførte, opphevet eller manglet tiltaket.
//
// Regelsett er faste verdier; feltene er skjult og kan ikke endres.
type Regelsett struct {
	tiltak     tiltak.Kode
	id         string
	fra, til   tiltak.Dato
	vilkar     []*Vilkar
	praksis    []Praksisregel
	ikkeIKraft bool
	// definisjon er versjonen som sier at tiltaket finnes i tidsrommet
	// (nil når tiltaket ikke er i kraft eller ingen paragraf definerer det).
	definisjon *versjon
}

// Definisjon gir paragrafversjonen som sier at tiltaket finnes i
// tidsrommet (for eksempel innholdsparagrafen eller personkretsen), og
// false når tiltaket ikke er i kraft eller kilden ikke har en slik
// paragraf.
func (rs *Regelsett) Definisjon() (Paragrafversjon, bool) {
	if rs.definisjon == nil {
		return Paragrafversjon{}, false
	}
	return Paragrafversjon{rs.definisjon}, true
}

// Praksisregel er en regel fra NAVs praksis (kode, instruks eller rutine)
// som legges til vilkårene når Valg.MedPraksis er sann. Når Erstatter er
// satt, brukes praksisregelen i stedet for det vilkåret (som da vises som
// erstattet i sporet).
type Praksisregel struct {
	Vilkar    *Vilkar
	Erstatter *Vilkar
}

// Tiltak gir tiltaket regelsettet gjelder.
func (rs *Regelsett) Tiltak() tiltak.Kode { return rs.tiltak }

// ID gir regelsettets id: tiltakskoden og første dag, for eksempel
// "mentor-v20250801". Det tomme regelsettet (regelverket er ikke modellert)
// har tom id.
func (rs *Regelsett) ID() string { return rs.id }

// Equal sier om rs og annet er det samme regelsettet (de bygges én gang, så
// pekerne er like). go-cmp bruker den.
func (rs *Regelsett) Equal(annet *Regelsett) bool { return rs == annet }

// Fra gir første dag regelsettet gjelder.
func (rs *Regelsett) Fra() tiltak.Dato { return rs.fra }

// Til gir siste dag regelsettet gjelder; null betyr at det gjelder fortsatt.
func (rs *Regelsett) Til() tiltak.Dato { return rs.til }

// IkkeIKraft sier om tiltaket ikke finnes i tidsrommet.
func (rs *Regelsett) IkkeIKraft() bool { return rs.ikkeIKraft }

// Vilkar gir vilkårene etter forskriften (eller kilden tiltaket bygger på)
// i lovens rekkefølge. Alle må holde. Skiven er ny.
func (rs *Regelsett) Vilkar() []*Vilkar { return slices.Clone(rs.vilkar) }

// Praksis gir NAVs praksisregler for tiltaket i tidsrommet. De vurderes bare
// når Valg.MedPraksis er sann, og vises da etter vilkårene i sporet. Skiven
// er ny.
func (rs *Regelsett) Praksis() []Praksisregel { return slices.Clone(rs.praksis) }

// Uverifisert sier om et av vilkårene (eller praksisreglene) bygger på tekst
// som bare finnes avledet eller i sekundærkilder.
func (rs *Regelsett) Uverifisert() bool {
	for _, v := range rs.vilkar {
		if v.Uverifisert() {
			return true
		}
	}
	return false
}

// Paragrafversjoner gir paragrafversjonene regelsettets vilkår bygger på,
// uten gjentakelser, i lovens rekkefølge (en ny skive).
func (rs *Regelsett) Paragrafversjoner() []Paragrafversjon {
	var ut []Paragrafversjon
	sett := map[*versjon]bool{}
	for _, v := range rs.vilkar {
		if v.versjon != nil && !sett[v.versjon] {
			sett[v.versjon] = true
			ut = append(ut, Paragrafversjon{v.versjon})
		}
	}
	return ut
}

// Versjon beskriver regelsettet et resultat bygger på.
type Versjon struct {
	ID          string      `json:"id"`
	Fra         tiltak.Dato `json:"fra,omitzero"`
	Til         tiltak.Dato `json:"til,omitzero"`
	Uverifisert bool        `json:"uverifisert,omitempty"`
}

// Versjon gir versjonsbeskrivelsen.
func (rs *Regelsett) Versjon() Versjon {
	return Versjon{ID: rs.id, Fra: rs.fra, Til: rs.til, Uverifisert: rs.Uverifisert()}
}

// Gjelder sier om regelsettet gjelder på datoen.
func (rs *Regelsett) Gjelder(dato tiltak.Dato) bool {
	return !dato.Before(rs.fra) && (rs.til.IsZero() || !dato.After(rs.til))
}

// ErrIkkeModellert er feilen når regelverket på en dato ikke er modellert:
// datoen ligger før det tidsrommet biblioteket har tekst for, og tiltaket
// fantes (eller kan ha funnets) da. Den konkrete feilen er en
// *IkkeModellertFeil. Pakkene varighet og tilskudd gir den samme feilen.
var ErrIkkeModellert = errors.New("regelverket på datoen er ikke modellert")

// ErrUkjentVilkar er feilen når en vilkårs-id ikke finnes (ved tolking av JSON).
var ErrUkjentVilkar = errors.New("ukjent vilkår")

// ErrUkjentRegelsett er feilen når en regelsett-id ikke finnes (ved tolking
// av JSON).
var ErrUkjentRegelsett = errors.New("ukjent regelsett")

// ingenRegelsett er regelsettet i et resultat når regelverket på datoen ikke
// er modellert: tomt, med tom ID.
var ingenRegelsett = &Regelsett{}

// regelsettEtterID slår opp alle regelsettene pakken har avledet.
var regelsettEtterID = map[string]*Regelsett{}

// FinnRegelsett gir regelsettet med id-en, og false når pakken ikke kjenner
// den. Den tomme id-en gir det tomme regelsettet et resultat har når
// regelverket ikke er modellert.
func FinnRegelsett(id string) (*Regelsett, bool) {
	if id == "" {
		return ingenRegelsett, true
	}
	rs, ok := regelsettEtterID[id]
	return rs, ok
}

// IkkeModellertFeil sier hvilket tiltak og hvilken dato som ikke er
// modellert, og fra når tiltaket er modellert (Fra) og eventuelt til når
// (Til; null er åpent). Den samme typen brukes av varighet og tilskudd.
type IkkeModellertFeil struct {
	Tiltak tiltak.Kode
	Dato   tiltak.Dato
	Fra    tiltak.Dato
	Til    tiltak.Dato
	Grunn  string
}

// Error gir feilen som tekst.
func (e *IkkeModellertFeil) Error() string {
	s := string(e.Tiltak)
	if s == "" {
		s = "regelen"
	}
	s = fmt.Sprintf("%s på %s: ikke modellert", s, e.Dato)
	if !e.Fra.IsZero() {
		til := "åpent"
		if !e.Til.IsZero() {
			til = e.Til.String()
		}
		s += fmt.Sprintf(" (modellert fra %s til %s)", e.Fra, til)
	}
	if e.Grunn != "" {
		s += ": " + e.Grunn
	}
	return s
}

// Is gjør at errors.Is(err, ErrIkkeModellert) er sann.
func (e *IkkeModellertFeil) Is(target error) bool { return target == ErrIkkeModellert }

// tiltaksregler er regelsettene for ett tiltak, i datorekkefølge, avledet
// av tiltakets definisjon i lovlaget.
type tiltaksregler struct {
	kode      tiltak.Kode
	def       *tiltaksdef
	versjoner []*Regelsett
	// varigheter er varighetsreglene med tidsrommene de gjelder i for
	// tiltaket, eldste først (avledVarigheter).
	varigheter []Varighet
	// satser er satsreglene på samme måte (avledSatser).
	satser []Sats
}

type finnStatus uint8

const (
	funnet finnStatus = iota
	ikkeIKraftStatus
	utenforModell
)

func (t *tiltaksregler) finn(dato tiltak.Dato) (*Regelsett, finnStatus) {
	for i := len(t.versjoner) - 1; i >= 0; i-- {
		rs := t.versjoner[i]
		if !dato.Before(rs.fra) {
			if rs.ikkeIKraft {
				return rs, ikkeIKraftStatus
			}
			return rs, funnet
		}
	}
	return nil, utenforModell
}

func (t *tiltaksregler) ikkeModellert(dato tiltak.Dato) *IkkeModellertFeil {
	return &IkkeModellertFeil{Tiltak: t.kode, Dato: dato, Fra: t.def.modellertFra, Grunn: t.def.grunn}
}

// Versjoner gir alle regelsettene for tiltaket, i datorekkefølge, eller en
// *tiltak.FeltFeil for en ukjent kode. Regelsettene er faste verdier.
func Versjoner(kode tiltak.Kode) ([]*Regelsett, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	return slices.Clone(t.versjoner), nil
}

// Gjeldende gir regelsettet som gjelder for tiltaket på datoen (også når
// tiltaket ikke er i kraft: se Regelsett.IkkeIKraft), eller en feil som
// pakker ErrIkkeModellert når datoen ikke er modellert.
func Gjeldende(kode tiltak.Kode, dato tiltak.Dato) (*Regelsett, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	if err := sjekkDato("dato", dato); err != nil {
		return nil, err
	}
	rs, st := t.finn(dato)
	if st == utenforModell {
		return nil, t.ikkeModellert(dato)
	}
	return rs, nil
}

func finnTiltak(kode tiltak.Kode) (*tiltaksregler, error) {
	if i, ok := kode.Posisjon(); ok && i < len(regelverk) && regelverk[i].kode == kode {
		return regelverk[i], nil
	}
	return nil, &tiltak.FeltFeil{Felt: "tiltak", Verdi: string(kode), Grunn: "ukjent tiltakskode", Err: tiltak.ErrUkjentTiltak}
}

func sjekkDato(felt string, d tiltak.Dato) error {
	if d.IsZero() {
		return &tiltak.FeltFeil{Felt: felt, Grunn: "datoen mangler", Err: tiltak.ErrUgyldigDato}
	}
	return nil
}
