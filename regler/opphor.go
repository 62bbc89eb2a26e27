package regler

import (
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hendelser som avslutter et tiltak eller tilskuddet til det. Reglene står
// i paragrafversjonene som sier det (direktoratets instruks av 20. januar
// 2021 for permittering); pakken tilskudd kutter satsplaner og perioder
// etter dem.

// Hendelse er en hendelse som kan avslutte et tiltak eller et tilskudd.
type Hendelse uint8

// Hendelsene. Nullverdien er ingen hendelse.
const (
	// Permittering: arbeidsgiveren permitterer deltakeren.
	Permittering Hendelse = iota + 1
	// ArbeidsforholdAvsluttet: arbeidsforholdet avsluttes.
	ArbeidsforholdAvsluttet
	// TiltakAvsluttet: tiltaket avsluttes.
	TiltakAvsluttet
	// VilkarIkkeLengerOppfylt: deltakeren fyller ikke lenger vilkårene for
	// deltakelse.
	VilkarIkkeLengerOppfylt
	// OnskerIkkeLenger: deltakeren ønsker ikke lenger å delta.
	OnskerIkkeLenger
	// TilbudOmArbeidEllerTiltak: deltakeren får tilbud om høvelig arbeid
	// eller et annet arbeidsmarkedstiltak.
	TilbudOmArbeidEllerTiltak
)

var hendelseNavn = [...]string{"", "permittering", "arbeidsforhold-avsluttet", "tiltak-avsluttet",
	"vilkar-ikke-lenger-oppfylt", "onsker-ikke-lenger", "tilbud-om-arbeid-eller-tiltak"}

// Virkning sier hva en hendelse gjør med tiltaket etter regelen.
type Virkning uint8

// Virkningene. Nullverdien er ingen virkning.
const (
	// Opphorer: tiltaket eller tilskuddet opphører fra hendelsens dag.
	Opphorer Virkning = iota + 1
	// SkalAvsluttes: deltakeren skal avslutte tiltaket, men NAV kan i
	// særlige tilfeller godkjenne at et påbegynt tiltak fullføres (skjønn).
	SkalAvsluttes
	// KanAvsluttes: NAV kan ta deltakeren ut av tiltaket (skjønn).
	KanAvsluttes
)

var virkningNavn = [...]string{"", "opphorer", "skal-avsluttes", "kan-avsluttes"}

// String gir virkningen som ord, for eksempel "opphorer".
func (v Virkning) String() string {
	if v != 0 && int(v) < len(virkningNavn) {
		return virkningNavn[v]
	}
	return "ukjent"
}

// MarshalText gir virkningen som ord.
func (v Virkning) MarshalText() ([]byte, error) {
	if v == 0 || int(v) >= len(virkningNavn) {
		return nil, &tiltak.FeltFeil{Felt: "virkning", Grunn: "ukjent virkning"}
	}
	return []byte(virkningNavn[v]), nil
}

// AntallHendelser er antall hendelser (den høyeste verdien).
const AntallHendelser = len(hendelseNavn) - 1

// String gir hendelsen som ord, for eksempel "permittering", og "ukjent"
// for en verdi utenfor typen.
func (h Hendelse) String() string {
	if h != 0 && int(h) < len(hendelseNavn) {
		return hendelseNavn[h]
	}
	return "ukjent"
}

// Gyldig sier om h er en av hendelsene.
func (h Hendelse) Gyldig() bool { return h != 0 && int(h) < len(hendelseNavn) }

// opphordel er en regel i en paragrafversjon om at en hendelse avslutter
// tiltaket eller tilskuddet for tiltakene i gjelder.
type opphordel struct {
	gjelder     []tiltak.Kode
	hendelser   []Hendelse
	virkning    Virkning
	ledd        int
	beskrivelse string
	// merknad er beskrivelsen, med en setning om at kilden ikke har noen
	// sluttdato når versjonen ikke har det (laget én gang i init).
	merknad string
}

// sluttUkjent sier om kilden ikke sier når versjonen slutter å gjelde: den
// har ingen sluttdato og er ikke forskriftstekst (en forskriftsversjon uten
// sluttdato gjelder etter den konsoliderte teksten vi har lest).
func sluttUkjent(v *versjon) bool {
	return v.til.IsZero() && v.bevis != Kunngjort && v.bevis != Konsolidert
}

// init lager merknadene til opphørsreglene, så OpphorsregelFor ikke
// allokerer.
func init() {
	for _, p := range opphorsparagrafer {
		for _, v := range p.versjoner {
			for _, o := range v.opphor {
				o.merknad = o.beskrivelse
				if sluttUkjent(v) {
					o.merknad += " Kilden gjelder fra " + v.fra.String() + " og har ingen oppgitt sluttdato; om den fortsatt gjelder, er ikke verifisert."
				}
			}
		}
	}
}

// Opphorsregel er regelen om at en hendelse avslutter tilskuddet for et
// tiltak, fra og med dagen hendelsen får virkning.
type Opphorsregel struct {
	Tiltak      tiltak.Kode    `json:"tiltak"`
	Hendelse    Hendelse       `json:"hendelse"`
	Virkning    Virkning       `json:"virkning"`
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`
	Beskrivelse string         `json:"beskrivelse"`
	// Merknad er beskrivelsen, med en setning om at kilden ikke har noen
	// sluttdato når SluttUkjent er sann.
	Merknad string `json:"merknad"`
	// Fra er første dag regelen gjelder; SluttUkjent er sann når kilden ikke
	// sier når den slutter å gjelde.
	Fra         tiltak.Dato `json:"fra"`
	SluttUkjent bool        `json:"slutt_ukjent,omitempty"`
	Uverifisert bool        `json:"uverifisert,omitempty"`
}

// Utfall sier om hendelsen avslutter tiltaket: Oppfylt når det opphører fra
// hendelsens dag, MaVurderes når NAV avgjør det etter skjønn (skal
// avsluttes, men kan fullføres i særlige tilfeller; kan tas ut).
func (r Opphorsregel) Utfall() Utfall {
	if r.Virkning == Opphorer {
		return Oppfylt
	}
	return MaVurderes
}

// MarshalText gir hendelsen som ord.
func (h Hendelse) MarshalText() ([]byte, error) {
	if !h.Gyldig() {
		return nil, &tiltak.FeltFeil{Felt: "hendelse", Grunn: "ukjent hendelse"}
	}
	return []byte(hendelseNavn[h]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (h *Hendelse) UnmarshalText(b []byte) error {
	for i := 1; i < len(hendelseNavn); i++ {
		if hendelseNavn[i] == string(b) {
			*h = Hendelse(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "hendelse", Verdi: string(b), Grunn: "ukjent hendelse; gyldige er " + strings.Join(hendelseNavn[1:], ", ")}
}

// opphorsparagrafer er paragrafene med regler om opphør, i lovens rekkefølge.
var opphorsparagrafer = []*paragraf{tf13l4, tf13l5, er13, seed000Instruks}

// OpphorsregelFor gir regelen om at hendelsen h på datoen d avslutter tilskuddet for
// tiltaket. Feil: en *tiltak.FeltFeil for ukjent kode, ukjent hendelse eller
// manglende dato, og en *IkkeModellertFeil (ErrIkkeModellert) når ingen
// modellert kilde sier at hendelsen avslutter tilskuddet på datoen (for
// eksempel permittering av en deltaker i sommerjobb, eller en dato før
// instruksen).
func OpphorsregelFor(kode tiltak.Kode, h Hendelse, d tiltak.Dato) (Opphorsregel, error) {
	if err := kode.Valider(); err != nil {
		return Opphorsregel{}, err
	}
	if !h.Gyldig() {
		return Opphorsregel{}, &tiltak.FeltFeil{Felt: "hendelse.type", Verdi: h.String(), Grunn: "ukjent hendelse", Err: tiltak.ErrUgyldigFaktum}
	}
	if d.IsZero() {
		return Opphorsregel{}, &tiltak.FeltFeil{Felt: "hendelse.dato", Grunn: "mangler", Err: tiltak.ErrUgyldigDato}
	}
	for _, p := range opphorsparagrafer {
		v := p.pa(d)
		if v == nil {
			continue
		}
		for _, o := range v.opphor {
			if inneholder(o.gjelder, kode) && containsHendelse(o.hendelser, h) {
				hj := v.hjemmel()
				if o.ledd > 0 {
					hj.Ledd = o.ledd
				}
				return Opphorsregel{Tiltak: kode, Hendelse: h, Virkning: o.virkning, Hjemmel: hj, Beskrivelse: o.beskrivelse, Merknad: o.merknad,
					Fra: v.fra, SluttUkjent: sluttUkjent(v), Uverifisert: v.bevis.Uverifisert() || sluttUkjent(v)}, nil
			}
		}
	}
	grunn := "ingen modellert kilde sier at " + h.String() + " avslutter tilskudd for " + string(kode) + " på datoen"
	return Opphorsregel{}, &IkkeModellertFeil{Tiltak: kode, Dato: d, Grunn: grunn}
}

func containsHendelse(l []Hendelse, h Hendelse) bool {
	for _, x := range l {
		if x == h {
			return true
		}
	}
	return false
}
