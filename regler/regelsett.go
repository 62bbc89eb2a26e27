package regler

import (
	"errors"
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Regelsett er én versjon av vilkårene for å få et tiltak: vilkårene som
// gjelder fra Fra til og med Til (null Til betyr at versjonen gjelder
// fortsatt). Versjonene for samme tiltak overlapper aldri og har ingen hull
// inne i det modellerte tidsrommet; en test sjekker det.
//
// Før den første versjonen er tiltaket enten ikke innført (Innfort: utfallet
// er ikke oppfylt med grunnen «tiltaket er ikke i kraft») eller ikke
// modellert (en feil som pakker ErrIkkeModellert). Etter den siste versjonen
// gjelder det samme med Opphort.
type Regelsett struct {
	// Tiltak er tiltaket versjonen gjelder.
	Tiltak tiltak.Kode
	// ID er versjonens id, for eksempel "mentor-v20250801".
	ID string
	// Fra er første dag versjonen gjelder.
	Fra tiltak.Dato
	// Til er siste dag versjonen gjelder; null betyr åpen.
	Til tiltak.Dato
	// Innfort er sann når Fra er den verifiserte datoen tiltaket ble innført
	// (bare meningsfull på den første versjonen).
	Innfort bool
	// Opphort er sann når Til er den kjente datoen tiltaket opphører, for
	// eksempel slutten på et forsøk (bare meningsfull på den siste versjonen).
	Opphort bool
	// IKraft er bestemmelsen som innførte tiltaket (og som sier når det
	// opphører), brukt i sporet utenfor tiltakets levetid.
	IKraft tiltak.Hjemmel
	// Vilkar er vilkårene etter forskriften (eller den kilden tiltaket bygger
	// på), i rekkefølge. Alle må holde.
	Vilkar []*Vilkar
	// Praksis er NAVs praksisregler for tiltaket. De vurderes bare når
	// Valg.MedPraksis er sann, og vises da etter vilkårene i sporet.
	Praksis []Praksisregel
	// Uverifisert er sann når versjonen bygger på ordlyd eller datoer som
	// ikke er lest i en primærkilde.
	Uverifisert bool
	// Merknad forklarer på norsk hva som er usikkert eller særegent.
	Merknad string

	ikkeIKraft *Vilkar
}

// Praksisregel er en regel fra NAVs praksis (kode, instruks eller rutine)
// som legges til vilkårene når Valg.MedPraksis er sann. Når Erstatter er
// satt, brukes praksisregelen i stedet for det vilkåret (som da vises som
// erstattet i sporet).
type Praksisregel struct {
	Vilkar    *Vilkar
	Erstatter *Vilkar
}

// Versjon beskriver versjonen av et regelsett et resultat bygger på.
type Versjon struct {
	ID          string      `json:"id"`
	Fra         tiltak.Dato `json:"fra,omitzero"`
	Til         tiltak.Dato `json:"til,omitzero"`
	Uverifisert bool        `json:"uverifisert,omitempty"`
}

// Versjon gir versjonsbeskrivelsen.
func (rs *Regelsett) Versjon() Versjon {
	return Versjon{ID: rs.ID, Fra: rs.Fra, Til: rs.Til, Uverifisert: rs.Uverifisert}
}

// Gjelder sier om versjonen gjelder på datoen.
func (rs *Regelsett) Gjelder(dato tiltak.Dato) bool {
	return !dato.Before(rs.Fra) && (rs.Til.IsZero() || !dato.After(rs.Til))
}

// ErrIkkeModellert er feilen når regelverket på en dato ikke er modellert:
// datoen ligger før eller etter versjonene vi har, og tiltaket fantes (eller
// kan ha funnets) da. Den konkrete feilen er en *IkkeModellertFeil.
var ErrIkkeModellert = errors.New("regelverket på datoen er ikke modellert")

// ErrUkjentVilkar er feilen når en vilkårs-id ikke finnes (ved tolking av JSON).
var ErrUkjentVilkar = errors.New("ukjent vilkår")

// ErrUkjentRegelsett er feilen når en regelsett-id ikke finnes (ved tolking
// av JSON).
var ErrUkjentRegelsett = errors.New("ukjent regelsett")

// ingenRegelsett er regelsettet i et resultat når regelverket på datoen ikke
// er modellert: tomt, med tom ID.
var ingenRegelsett = &Regelsett{}

// regelsettEtterID slår opp alle versjonene pakken kjenner.
var regelsettEtterID = map[string]*Regelsett{}

// FinnRegelsett gir versjonen med id-en, og false når pakken ikke kjenner
// den. Den tomme id-en gir det tomme regelsettet et resultat har når
// regelverket ikke er modellert. Regelsettet er delt og må ikke endres.
func FinnRegelsett(id string) (*Regelsett, bool) {
	if id == "" {
		return ingenRegelsett, true
	}
	rs, ok := regelsettEtterID[id]
	return rs, ok
}

// IkkeModellertFeil sier hvilket tiltak og hvilken dato som ikke er
// modellert, og hvilket tidsrom som er modellert (Til null = åpent).
type IkkeModellertFeil struct {
	Tiltak tiltak.Kode
	Dato   tiltak.Dato
	Fra    tiltak.Dato
	Til    tiltak.Dato
	Grunn  string
}

// Error gir feilen som tekst.
func (e *IkkeModellertFeil) Error() string {
	til := "åpent"
	if !e.Til.IsZero() {
		til = e.Til.String()
	}
	s := fmt.Sprintf("%s på %s: regelverket er ikke modellert (modellert fra %s til %s)", e.Tiltak, e.Dato, e.Fra, til)
	if e.Grunn != "" {
		s += ": " + e.Grunn
	}
	return s
}

// Is gjør at errors.Is(err, ErrIkkeModellert) er sann.
func (e *IkkeModellertFeil) Is(target error) bool { return target == ErrIkkeModellert }

// tiltaksregler er alle versjonene for ett tiltak, i datorekkefølge.
type tiltaksregler struct {
	kode      tiltak.Kode
	versjoner []*Regelsett
	// grunn forklarer hvorfor tiden før første versjon ikke er modellert.
	grunn string
}

type finnStatus uint8

const (
	funnet finnStatus = iota
	forInnforing
	etterOpphor
	utenforModell
)

func (t *tiltaksregler) finn(dato tiltak.Dato) (*Regelsett, finnStatus) {
	for _, rs := range t.versjoner {
		if rs.Gjelder(dato) {
			return rs, funnet
		}
	}
	forste, siste := t.versjoner[0], t.versjoner[len(t.versjoner)-1]
	if dato.Before(forste.Fra) {
		if forste.Innfort {
			return forste, forInnforing
		}
		return nil, utenforModell
	}
	if siste.Opphort {
		return siste, etterOpphor
	}
	return nil, utenforModell
}

func (t *tiltaksregler) ikkeModellert(dato tiltak.Dato) *IkkeModellertFeil {
	forste, siste := t.versjoner[0], t.versjoner[len(t.versjoner)-1]
	return &IkkeModellertFeil{Tiltak: t.kode, Dato: dato, Fra: forste.Fra, Til: siste.Til, Grunn: t.grunn}
}

// Versjoner gir alle versjonene av regelsettet for tiltaket, i
// datorekkefølge, eller en *tiltak.FeltFeil for en ukjent kode. Regelsettene
// er delte og må ikke endres.
func Versjoner(kode tiltak.Kode) ([]*Regelsett, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	ut := make([]*Regelsett, len(t.versjoner))
	copy(ut, t.versjoner)
	return ut, nil
}

// Gjeldende gir versjonen som gjelder for tiltaket på datoen, en feil som
// pakker ErrIkkeModellert når datoen ikke er modellert, eller nil og nil når
// tiltaket ikke er i kraft på datoen.
func Gjeldende(kode tiltak.Kode, dato tiltak.Dato) (*Regelsett, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	if err := sjekkDato("dato", dato); err != nil {
		return nil, err
	}
	rs, st := t.finn(dato)
	switch st {
	case funnet:
		return rs, nil
	case utenforModell:
		return nil, t.ikkeModellert(dato)
	}
	return nil, nil
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
