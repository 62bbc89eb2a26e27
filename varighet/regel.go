package varighet

import (
	"errors"
	"fmt"
	"time"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Type sier hva slags varighetsregel et tiltak har.
type Type uint8

// Typene av varighetsregler. Nullverdien er ingen type.
const (
	// Tidsbegrenset: en ordinær maksimal varighet, eventuelt med forlengelser.
	Tidsbegrenset Type = iota + 1
	// IkkeTidsbegrenset: forskriften setter ingen øvre grense (varig
	// lønnstilskudd, VTA, VTAO).
	IkkeTidsbegrenset
	// UtenFastMaksimum: forskriften setter ingen fast øvre grense, men
	// omfanget vurderes løpende, og NAVs praksis kan sette en grense per
	// vedtak (funksjonsassistanse, inkluderingstilskudd).
	UtenFastMaksimum
	// Aldersgrense: tiltaket varer så lenge behovet varer, men opphører ved
	// en alder (ungdomsgarantien ved fylte 30 år).
	Aldersgrense
	// IkkeFastsatt: kildene setter ingen varighet (aktivitetsplass,
	// språkpraksis, jobbklubb). Pakken finner ikke på en.
	IkkeFastsatt
)

var typeNavn = [...]string{"", "tidsbegrenset", "ikke-tidsbegrenset", "uten-fast-maksimum", "aldersgrense", "ikke-fastsatt"}

// String gir typen som ord, for eksempel "tidsbegrenset".
func (t Type) String() string {
	if t != 0 && int(t) < len(typeNavn) {
		return typeNavn[t]
	}
	return "ukjent"
}

// MarshalText gir typen som ord.
func (t Type) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(typeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "type", Grunn: "ukjent varighetstype"}
	}
	return []byte(typeNavn[t]), nil
}

// Forlengelse er én forlengelse en varighetsregel åpner for: hvor mye som
// kan legges til, hva samlet varighet da blir (regnet fra startdagen), og
// vilkåret for den.
type Forlengelse struct {
	// ID er forlengelsens stabile id, for eksempel "tf-4-4.nedsatt-arbeidsevne".
	ID string `json:"id,omitempty"`
	// Tillegg er forlengelsen slik kilden uttrykker den («inntil åtte uker»).
	// Når kilden bare angir samlet varighet, er Tillegg forskjellen regnet i
	// samme enhet.
	Tillegg tiltak.Lengde `json:"tillegg,omitempty"`
	// Samlet er samlet maksimal varighet når forlengelsen gis; siste dag er
	// start.SisteDag(Samlet).
	Samlet tiltak.Lengde `json:"samlet,omitempty"`
	// Vilkar er vilkåret for forlengelsen, med hjemmel. Et vilkår som beror
	// på skjønn alene gir alltid må vurderes.
	Vilkar *regler.Vilkar `json:"-"`
	// TellerTidligere er sann når kilden omtaler denne rammen som samlet
	// varighet (oppfølging: tre år totalt ved nedsatt arbeidsevne), slik at
	// dager i tidligere perioder trekkes fra den.
	TellerTidligere bool `json:"teller_tidligere,omitempty"`
}

// Hjemmel gir forlengelsens hjemmel (vilkårets).
func (f *Forlengelse) Hjemmel() tiltak.Hjemmel { return f.Vilkar.Hjemmel }

// Tidligere sier om og hvorfor tidligere deltakelse teller mot maksimum.
type Tidligere struct {
	// Teller er sann når kildene taler om samlet varighet også for den
	// ordinære rammen, slik at dager i tidligere perioder trekkes fra den.
	// Forlengelser har sitt eget flagg (Forlengelse.TellerTidligere).
	Teller bool `json:"teller,omitempty"`
	// Grunnlag sier på norsk hvilken kilde som avgjør det, eller at kildene
	// ikke sier noe om det.
	Grunnlag string `json:"grunnlag,omitempty"`
}

// Sesong er et vindu i året som startdatoen må ligge i (sommerjobb).
type Sesong struct {
	FraManed    time.Month     `json:"fra_maned,omitzero"`    // første mulige startdag i året: måned …
	FraDag      int            `json:"fra_dag,omitempty"`     // … og dag, for eksempel juni og 1
	TilManed    time.Month     `json:"til_maned,omitzero"`    // siste mulige startdag i året: måned …
	TilDag      int            `json:"til_dag,omitempty"`     // … og dag, for eksempel august og 31
	Hjemmel     tiltak.Hjemmel `json:"hjemmel,omitzero"`      // bestemmelsen vinduet bygger på
	Uverifisert bool           `json:"uverifisert,omitempty"` // vinduet bygger på tekst som ikke er lest
}

// Regel er én datert varighetsregel for ett tiltak.
type Regel struct {
	// ID er regelens id; den er lik Hjemmel.ID.
	ID     string      `json:"id,omitempty"`
	Tiltak tiltak.Kode `json:"tiltak"` // tiltaket regelen gjelder
	// Fra er første dag regelen gjelder (nullverdien: ingen nedre grense,
	// brukt bare når kildene ikke setter noen varighet). Til er siste dag,
	// eller nullverdien når regelen gjelder fortsatt. Regelen velges etter
	// startdatoen til deltakelsen.
	Fra     tiltak.Dato    `json:"fra,omitzero"`
	Til     tiltak.Dato    `json:"til,omitzero"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"` // bestemmelsen regelen bygger på
	Type    Type           `json:"type"`             // hva slags varighetsregel det er
	// Ordinaer er ordinær maksimal varighet (bare for Tidsbegrenset).
	Ordinaer tiltak.Lengde `json:"ordinaer,omitempty"`
	// Forlengelser er forlengelsene i stigende rekkefølge etter Samlet.
	Forlengelser []Forlengelse `json:"forlengelser,omitempty"`
	// Alder er alderen tiltaket opphører ved (bare for Aldersgrense).
	Alder int `json:"alder,omitempty"`
	// Sesong er vinduet startdatoen må ligge i, eller nil.
	Sesong *Sesong `json:"sesong"`
	// TidligsteStart og SenesteSlutt er faste datogrenser (fireårig
	// lønnstilskudd), eller nullverdien.
	TidligsteStart tiltak.Dato `json:"tidligste_start,omitzero"`
	SenesteSlutt   tiltak.Dato `json:"seneste_slutt,omitzero"`
	// Tidligere sier om tidligere perioder teller.
	Tidligere Tidligere `json:"tidligere"`
	// Uverifisert er sann når regelteksten ikke er lest (bevis U i
	// paragrafindeksen), for eksempel gjeldende tekst i kapittel 9.
	Uverifisert bool `json:"uverifisert,omitempty"`
	// Merknad forklarer valg og usikkerhet, på norsk.
	Merknad string `json:"merknad,omitempty"`
}

// Praksis sier om regelen bygger på NAVs praksis og ikke på forskriftstekst.
func (r *Regel) Praksis() bool { return r.Hjemmel.ErPraksis() }

// Gjelder sier om regelen gjelder på datoen d.
func (r *Regel) Gjelder(d tiltak.Dato) bool {
	return !d.Before(r.Fra) && (r.Til.IsZero() || !d.After(r.Til))
}

// ErrIkkeModellert er feilen bak en dato eller et tiltak pakken ikke har
// modellert regler for. Den konkrete feilen er en *IkkeModellertFeil.
var ErrIkkeModellert = errors.New("ikke modellert")

// IkkeModellertFeil sier hvilket tiltak og hvilken dato som mangler regler,
// og hvorfor.
type IkkeModellertFeil struct {
	Tiltak tiltak.Kode // tiltaket
	Dato   tiltak.Dato // datoen som ikke er modellert
	Grunn  string      // hvorfor, på norsk
}

// Error gir feilen som tekst.
func (e *IkkeModellertFeil) Error() string {
	return fmt.Sprintf("varighet for %s på %s er ikke modellert: %s", e.Tiltak, e.Dato, e.Grunn)
}

// Unwrap gir ErrIkkeModellert.
func (e *IkkeModellertFeil) Unwrap() error { return ErrIkkeModellert }

// finnRegel gir regelen for kode som gjelder på datoen d, uten å allokere.
func finnRegel(kode tiltak.Kode, d tiltak.Dato) (*Regel, error) {
	if err := kode.Valider(); err != nil {
		return nil, err
	}
	if d.IsZero() {
		return nil, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}
	}
	l := regelTabell[kode]
	for i := range l {
		if l[i].Gjelder(d) {
			return &l[i], nil
		}
	}
	grunn := "ingen varighetsregel er modellert for datoen"
	if g, ok := gapGrunn[kode]; ok {
		grunn = g
	}
	return nil, &IkkeModellertFeil{Tiltak: kode, Dato: d, Grunn: grunn}
}

// RegelFor gir varighetsregelen for tiltaket som gjelder for en deltakelse
// som starter på datoen d. Feilen er en *tiltak.FeltFeil for en ukjent kode
// eller en manglende dato, og en *IkkeModellertFeil (ErrIkkeModellert) når
// ingen regel er modellert for datoen.
func RegelFor(kode tiltak.Kode, d tiltak.Dato) (Regel, error) {
	r, err := finnRegel(kode, d)
	if err != nil {
		return Regel{}, err
	}
	return r.klon(), nil
}

// Regler gir alle daterte versjoner av varighetsregelen for tiltaket, eldste
// først. Skiven og forlengelsene er kopier.
func Regler(kode tiltak.Kode) []Regel {
	l := regelTabell[kode]
	ut := make([]Regel, len(l))
	for i := range l {
		ut[i] = l[i].klon()
	}
	return ut
}

func (r *Regel) klon() Regel {
	k := *r
	k.Forlengelser = append([]Forlengelse(nil), r.Forlengelser...)
	if r.Sesong != nil {
		s := *r.Sesong
		k.Sesong = &s
	}
	return k
}
