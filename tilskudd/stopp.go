package tilskudd

import (
	"errors"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hendelse er en hendelse som kan avslutte et tilskudd (regler.Hendelse).
type Hendelse = regler.Hendelse

// Hendelsene. Nullverdien er ukjent og gir en feil.
const (
	HendelseUkjent          Hendelse = 0
	Permittering                     = regler.Permittering            // arbeidsgiveren permitterer deltakeren
	ArbeidsforholdAvsluttet          = regler.ArbeidsforholdAvsluttet // arbeidsforholdet avsluttes
	TiltakAvsluttet                  = regler.TiltakAvsluttet         // tiltaket avsluttes
	// VilkarIkkeLengerOppfylt: deltakeren fyller ikke lenger vilkårene.
	VilkarIkkeLengerOppfylt = regler.VilkarIkkeLengerOppfylt
	// OnskerIkkeLenger: deltakeren ønsker ikke lenger å delta.
	OnskerIkkeLenger = regler.OnskerIkkeLenger
	// TilbudOmArbeidEllerTiltak: deltakeren får tilbud om høvelig arbeid
	// eller et annet arbeidsmarkedstiltak.
	TilbudOmArbeidEllerTiltak = regler.TilbudOmArbeidEllerTiltak
)

// Stopphendelse er en hendelse med dagen den får virkning: den første dagen
// det ikke lenger skal ytes tilskudd (for en permittering: dagen
// permitteringen trer i kraft).
type Stopphendelse struct {
	Type Hendelse    `json:"type"`
	Dato tiltak.Dato `json:"dato"`
}

// Stoppvirkning sier hva en hendelse gjør med tilskuddet og fra hvilken
// dag. Når Utfall er Oppfylt, opphører tilskuddet fra Fra: bruk Fra med
// Satsplan.Kutt eller KuttPerioder. Når Utfall er MaVurderes, avgjør NAV
// etter skjønn om tiltaket avsluttes (Virkning sier hvordan); Fra er da
// dagen tilskuddet tidligst stopper hvis NAV avslutter det, og planen skal
// ikke kuttes før NAV har bestemt det.
type Stoppvirkning struct {
	Tiltak   tiltak.Kode     `json:"tiltak"`
	Hendelse Stopphendelse   `json:"hendelse"`
	Virkning regler.Virkning `json:"virkning"`
	Utfall   regler.Utfall   `json:"utfall"`
	// Fra er dagen tilskuddet ikke lenger ytes fra og med.
	Fra         tiltak.Dato    `json:"fra"`
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`
	Uverifisert bool           `json:"uverifisert"`
	Merknad     string         `json:"merknad"`
}

// Stopp sier om hendelsen avslutter tilskuddet for tiltaket, etter
// opphørsreglene i lovlaget (regler.OpphorsregelFor):
//
//   - direktoratets instruks 20. januar 2021 (seed 000): midlertidig og varig
//     lønnstilskudd opphører fra datoen en permittering trer i kraft, og
//     mentortilskudd ytes ikke lenger når personen permitteres eller
//     arbeidsforholdet eller tiltaket avsluttes (Utfall Oppfylt, Virkning
//     Opphorer). Instruksen har ingen sluttdato; virkningen er merket
//     Uverifisert;
//   - tiltaksforskriften § 1-3 fjerde ledd: ved tilbud om høvelig arbeid
//     eller et annet tiltak skal deltakeren avslutte, men NAV kan la et
//     påbegynt tiltak fullføres (Virkning SkalAvsluttes, Utfall MaVurderes);
//   - § 1-3 femte ledd: en deltaker som ikke lenger fyller vilkårene, kan
//     tas ut (Virkning KanAvsluttes, Utfall MaVurderes).
//
// Fra er hendelsens dato. Feil: manglende dato eller ukjent hendelse
// (feltfeil), ukjent tiltakskode, en dato før regelen gjelder (feltet
// "hendelse.dato") og en kombinasjon ingen kilde omtaler (for eksempel
// permittering i sommerjobb eller fireårig lønnstilskudd, eller et
// lønnstilskudd der arbeidsforholdet avsluttes; feltet "hendelse.type") gir
// ErrIkkeModellert. Stopp allokerer ikke når en regel finnes.
func Stopp(kode tiltak.Kode, h Stopphendelse) (Stoppvirkning, error) {
	if err := kode.Valider(); err != nil {
		return Stoppvirkning{}, err
	}
	if h.Dato.IsZero() {
		return Stoppvirkning{}, feltFeil("hendelse.dato", "", "mangler dato", ErrUkjentFaktum)
	}
	if !h.Type.Gyldig() {
		return Stoppvirkning{}, feltFeil("hendelse.type", h.Type.String(), "ukjent hendelse", ErrUkjentFaktum)
	}
	r, err := regler.OpphorsregelFor(kode, h.Type, h.Dato)
	if err != nil {
		// Har kombinasjonen en regel fra en senere dag, er det datoen som er
		// utenfor; ellers omtaler ingen kilde hendelsen for tiltaket.
		if senere, e := regler.OpphorsregelFor(kode, h.Type, regler.Instruks2021Fra()); e == nil && h.Dato.Before(senere.Fra) {
			return Stoppvirkning{}, feltFeil("hendelse.dato", h.Dato.String(), err.Error(), err)
		}
		return Stoppvirkning{}, feltFeil("hendelse.type", h.Type.String(), err.Error(), err)
	}
	return Stoppvirkning{Tiltak: kode, Hendelse: h, Virkning: r.Virkning, Utfall: r.Utfall(), Fra: h.Dato, Hjemmel: r.Hjemmel,
		Uverifisert: r.Uverifisert, Merknad: r.Merknad}, nil
}

// Sommerjobbvurdering er svaret fra SommerjobbKanInnvilges.
type Sommerjobbvurdering struct {
	// Utfall er Oppfylt når tilskuddet kan innvilges (arbeidsgiveren har
	// ikke permitterte), IkkeOppfylt når arbeidsgiveren har det, og
	// MaVurderes når det ikke er oppgitt.
	Utfall      regler.Utfall    `json:"utfall"`
	Mangler     tiltak.Faktasett `json:"mangler"` // faktumet som mangler når utfallet er må vurderes
	Hjemmel     tiltak.Hjemmel   `json:"hjemmel"`
	Uverifisert bool             `json:"uverifisert"`
}

// SommerjobbKanInnvilges sier om tilskudd til sommerjobb kan gis når
// arbeidsgiveren har (harPermitterte = Ja) eller ikke har permitterte
// ansatte, på datoen d, etter vilkåret i tiltaksforskriften § 8-6 femte
// ledd (fra 22. april 2021) i lovlaget. Et ukjent faktum gir må vurderes og
// navngir faktumet, aldri ikke oppfylt. Feil: manglende dato, eller en dato
// uten sommerjobb (en *tiltak.FeltFeil for «dato» som pakker en
// *IkkeModellertFeil, ErrIkkeModellert).
func SommerjobbKanInnvilges(harPermitterte tiltak.Svar, d tiltak.Dato) (Sommerjobbvurdering, error) {
	if d.IsZero() {
		return Sommerjobbvurdering{}, feltFeil("dato", "", "mangler dato", ErrUkjentFaktum)
	}
	vk, err := permittertevilkar(d)
	if err != nil {
		if !errors.Is(err, ErrIkkeModellert) {
			return Sommerjobbvurdering{}, err
		}
		return Sommerjobbvurdering{}, feltFeil("dato", d.String(), err.Error(), err)
	}
	f := tiltak.Fakta{ArbeidsgiverHarPermitterte: harPermitterte}
	p := vk.Evaluer(&f, d)
	return Sommerjobbvurdering{Utfall: p.Utfall(), Hjemmel: vk.Hjemmel(), Uverifisert: vk.Uverifisert(), Mangler: p.Mangler()}, nil
}

// permittertevilkar finner vilkåret om permitterte i regelsettet for
// sommerjobb på datoen.
func permittertevilkar(d tiltak.Dato) (*regler.Vilkar, error) {
	rs, err := regler.Gjeldende(tiltak.Sommerjobb, d)
	if err != nil {
		return nil, err
	}
	for _, v := range rs.Vilkar() {
		if v.Leser().Har(tiltak.FaktumArbeidsgiverHarPermitterte) {
			return v, nil
		}
	}
	return nil, &regler.IkkeModellertFeil{Tiltak: tiltak.Sommerjobb, Dato: d, Grunn: "tilskudd til sommerjobb finnes ikke på datoen"}
}
