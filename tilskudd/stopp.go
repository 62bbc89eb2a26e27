package tilskudd

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hendelse er en hendelse som kan avslutte et tilskudd.
type Hendelse uint8

// Hendelsene. Nullverdien er ukjent og gir en feil.
const (
	HendelseUkjent          Hendelse = iota
	Permittering                     // arbeidsgiveren permitterer deltakeren
	ArbeidsforholdAvsluttet          // arbeidsforholdet avsluttes
	TiltakAvsluttet                  // tiltaket avsluttes
)

// String gir hendelsen som ord.
func (h Hendelse) String() string {
	switch h {
	case Permittering:
		return "permittering"
	case ArbeidsforholdAvsluttet:
		return "arbeidsforhold-avsluttet"
	case TiltakAvsluttet:
		return "tiltak-avsluttet"
	}
	return "ukjent"
}

// MarshalText gir hendelsen som ord.
func (h Hendelse) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// Stopphendelse er en hendelse med dagen den får virkning: den første dagen
// det ikke lenger skal ytes tilskudd (for en permittering: dagen
// permitteringen trer i kraft).
type Stopphendelse struct {
	Type Hendelse    `json:"type"`
	Dato tiltak.Dato `json:"dato"`
}

// Stoppvirkning sier at et tilskudd opphører og fra hvilken dag. Bruk Fra
// med Satsplan.Kutt eller KuttPerioder.
type Stoppvirkning struct {
	Tiltak      tiltak.Kode    `json:"tiltak"`
	Hendelse    Stopphendelse  `json:"hendelse"`
	Fra         tiltak.Dato    `json:"fra"` // tilskuddet ytes ikke fra og med denne dagen
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`
	Uverifisert bool           `json:"uverifisert"`
	Merknad     string         `json:"merknad"`
}

// InstruksFra er datoen direktoratets instruks om gjennomføring av
// arbeidsmarkedstiltak gjelder fra (20. januar 2021, seed 000).
var InstruksFra = dato(2021, 1, 20)

const instruksMerknad = "instruksen gjelder fra 20. januar 2021 og har ingen oppgitt sluttdato; om den fortsatt gjelder er ikke verifisert"

// Stopp sier om hendelsen avslutter tilskuddet for tiltaket, etter
// direktoratets instruks 20. januar 2021 (seed 000):
//
//   - midlertidig og varig lønnstilskudd opphører fra datoen en permittering
//     trer i kraft;
//   - mentortilskudd ytes ikke lenger når personen permitteres eller
//     arbeidsforholdet eller tiltaket avsluttes.
//
// Tilskuddet opphører fra og med hendelsens dato. Instruksen har ingen
// sluttdato; virkningen er merket Uverifisert. Feil: manglende dato eller
// ukjent hendelse (feltfeil), ukjent tiltakskode, en dato før 2021-01-20 og en
// kombinasjon instruksen ikke omtaler (for eksempel sommerjobb eller fireårig
// lønnstilskudd, eller et lønnstilskudd der arbeidsforholdet avsluttes) gir
// ErrIkkeModellert.
func Stopp(kode tiltak.Kode, h Stopphendelse) (Stoppvirkning, error) {
	if err := kode.Valider(); err != nil {
		return Stoppvirkning{}, err
	}
	if h.Dato.IsZero() {
		return Stoppvirkning{}, feltFeil("hendelse.dato", "", "mangler dato", ErrUkjentFaktum)
	}
	if h.Type == HendelseUkjent || h.Type > TiltakAvsluttet {
		return Stoppvirkning{}, feltFeil("hendelse.type", h.Type.String(), "ukjent hendelse", ErrUkjentFaktum)
	}
	if h.Dato.Before(InstruksFra) {
		return Stoppvirkning{}, feltFeil("hendelse.dato", h.Dato.String(), "instruksen gjelder fra 2021-01-20; tidligere regler er ikke modellert", ErrIkkeModellert)
	}
	v := Stoppvirkning{Tiltak: kode, Hendelse: h, Fra: h.Dato, Uverifisert: true, Merknad: instruksMerknad}
	switch {
	case (kode == tiltak.MidlertidigLonnstilskudd || kode == tiltak.VarigLonnstilskudd) && h.Type == Permittering:
		v.Hjemmel = HjemmelPermitteringLonnstilskudd
	case kode == tiltak.Mentor:
		v.Hjemmel = HjemmelMentorStopp
	default:
		return Stoppvirkning{}, feltFeil("hendelse.type", h.Type.String(), "instruksen sier ikke at "+h.Type.String()+" avslutter tilskudd for "+string(kode), ErrIkkeModellert)
	}
	return v, nil
}

// Sommerjobbvurdering er svaret fra SommerjobbKanInnvilges.
type Sommerjobbvurdering struct {
	// KanInnvilges er Ja når arbeidsgiveren ikke har permitterte, Nei når
	// den har det, og Ukjent når det ikke er oppgitt (må vurderes).
	KanInnvilges tiltak.Svar      `json:"kan_innvilges"`
	Mangler      tiltak.Faktasett `json:"mangler"` // faktumet som mangler når svaret er Ukjent
	Hjemmel      tiltak.Hjemmel   `json:"hjemmel"`
	Uverifisert  bool             `json:"uverifisert"`
}

// SommerjobbKanInnvilges sier om tilskudd til sommerjobb kan gis når
// arbeidsgiveren har (harPermitterte = Ja) eller ikke har permitterte
// ansatte, på datoen d. Regelen står på NAVs side (sekundærkilde);
// paragrafen i kapittel 8 er ikke verifisert, så svaret er merket
// Uverifisert. Et ukjent faktum gir Ukjent og navngir faktumet, aldri Nei.
// Feil: manglende dato, eller en dato før ordningen trådte i kraft
// 2021-06-01 (ErrIkkeModellert).
func SommerjobbKanInnvilges(harPermitterte tiltak.Svar, d tiltak.Dato) (Sommerjobbvurdering, error) {
	if d.IsZero() {
		return Sommerjobbvurdering{}, feltFeil("dato", "", "mangler dato", ErrUkjentFaktum)
	}
	if d.Before(SommerjobbFra) {
		return Sommerjobbvurdering{}, feltFeil("dato", d.String(), "tilskudd til sommerjobb gjelder fra 2021-06-01", ErrIkkeModellert)
	}
	v := Sommerjobbvurdering{Hjemmel: HjemmelSommerjobbPermitterte, Uverifisert: true}
	switch harPermitterte {
	case tiltak.Ja:
		v.KanInnvilges = tiltak.Nei
	case tiltak.Nei:
		v.KanInnvilges = tiltak.Ja
	default:
		v.KanInnvilges = tiltak.Ukjent
		v.Mangler = tiltak.FaktasettAv(tiltak.FaktumArbeidsgiverHarPermitterte)
	}
	return v, nil
}
