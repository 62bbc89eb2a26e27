package tilskudd

import (
	"fmt"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hjemlene for hva som er lønn i refusjonsgrunnlaget. Forskriften sier at
// lønn er timelønn eller månedslønn for arbeid i normalarbeidstiden og
// lønnsmessige tillegg etter tjenesteplanen, og at overtidsbetaling og
// (andre) variable tillegg ikke skal med. Hvilke a-meldingslinjer det
// betyr, er NAVs praksis (praksisInntektslinjer).
// praksisInntektslinjer er NAVs regel for hvilke linjer i a-meldingen som
// er lønn og ferietrekk i en refusjon (nav-praksis § 3d punkt 1 og 3).
var praksisInntektslinjer = tiltak.PraksisNAV("praksis-inntektslinjer",
	"lønn = LOENNSINNTEKT med en av seks beskrivelser, opptjent i perioden; ferietrekk = trekkILoennForFerie i periodens måned")

// HjemmelLonnsbegrep gir leddet som sier hva som er lønn i
// refusjonsgrunnlaget for tiltaket kode i en periode som starter på fra
// (overtid og variable tillegg er ikke med), fra satsregelen i lovlaget:
// § 9-4 tredje ledd (2016–2019) og § 9-5 andre ledd (fra 2019) for
// midlertidig lønnstilskudd, § 10-6 tredje ledd for varig, § 8-6 tredje
// ledd for sommerjobb og forsøksforskriften § 6 andre ledd for fireårig
// lønnstilskudd. false for et tiltak uten refusjonsgrunnlag (mentor, VTAO).
func HjemmelLonnsbegrep(kode tiltak.Kode, fra tiltak.Dato) (tiltak.Hjemmel, bool) {
	s, err := regler.SatsFor(kode, fra)
	if err != nil {
		return tiltak.Hjemmel{}, false
	}
	g, ok := s.Grunnlag()
	if !ok {
		return tiltak.Hjemmel{}, false
	}
	return g.Lonnsbegrep, true
}

// Inntektstypen og beskrivelsene NAV teller med (nav-praksis § 3d). Verdiene
// er kodene i a-meldingen slik NAVs inntektskomponent gir dem.
const (
	// InntektstypeLonn er inntektstypen for lønn i a-meldingen.
	InntektstypeLonn = "LOENNSINNTEKT"
	// BeskrivelseFerietrekk er beskrivelsen av trekk i lønn for ferie.
	BeskrivelseFerietrekk = "trekkILoennForFerie"
)

// lonnsbeskrivelser er beskrivelsene av LOENNSINNTEKT som er lønn i
// refusjonsgrunnlaget (nav-praksis § 3d punkt 1).
var lonnsbeskrivelser = [...]string{
	"fastloenn",
	"timeloenn",
	"fastTillegg",
	"uregelmessigeTilleggKnyttetTilArbeidetTid",
	"loennUtbetaltAvVeldedigEllerAllmennyttigInstitusjonEllerOrganisasjon",
	"loennEtterDoedsfall",
}

// Lonnsbeskrivelser gir beskrivelsene av LOENNSINNTEKT som regnes som lønn i
// en refusjon, i NAVs rekkefølge. Skiven er en ny kopi.
func Lonnsbeskrivelser() []string { return append([]string(nil), lonnsbeskrivelser[:]...) }

func erLonnsbeskrivelse(s string) bool {
	for _, b := range lonnsbeskrivelser {
		if b == s {
			return true
		}
	}
	return false
}

// Kalendermaned er en måned i et år, for eksempel 2025-08: måneden en linje i
// a-meldingen er rapportert for. Nullverdien betyr at måneden mangler.
type Kalendermaned struct {
	aar uint16
	mnd uint8
}

// NyKalendermaned gir måneden m i året aar (1–9999).
func NyKalendermaned(aar int, m time.Month) (Kalendermaned, error) {
	if aar < 1 || aar > 9999 || m < time.January || m > time.December {
		return Kalendermaned{}, feltFeil("maned", fmt.Sprintf("%d-%d", aar, m), "ugyldig måned", tiltak.ErrUgyldigDato)
	}
	return Kalendermaned{uint16(aar), uint8(m)}, nil
}

// KalendermanedFor gir måneden datoen d ligger i (nullverdien for en
// manglende dato).
func KalendermanedFor(d tiltak.Dato) Kalendermaned {
	if d.IsZero() {
		return Kalendermaned{}
	}
	return Kalendermaned{uint16(d.Aar()), uint8(d.Maned())}
}

// IsZero sier om måneden mangler.
func (k Kalendermaned) IsZero() bool { return k == Kalendermaned{} }

// Equal sier om k og m er samme måned (som ==; metoden lar go-cmp
// sammenligne verdien).
func (k Kalendermaned) Equal(m Kalendermaned) bool { return k == m }

// Aar gir året.
func (k Kalendermaned) Aar() int { return int(k.aar) }

// Maned gir måneden.
func (k Kalendermaned) Maned() time.Month { return time.Month(k.mnd) }

// String gir måneden som ÅÅÅÅ-MM, for eksempel "2025-08", og tom tekst for
// nullverdien.
func (k Kalendermaned) String() string {
	if k.IsZero() {
		return ""
	}
	b, _ := k.MarshalText()
	return string(b)
}

// MarshalText gir måneden som ÅÅÅÅ-MM (tom tekst for nullverdien).
func (k Kalendermaned) MarshalText() ([]byte, error) {
	if k.IsZero() {
		return []byte{}, nil
	}
	b := make([]byte, 0, 7)
	b = append(b, byte('0'+k.aar/1000), byte('0'+k.aar/100%10), byte('0'+k.aar/10%10), byte('0'+k.aar%10), '-')
	return append(b, byte('0'+k.mnd/10), byte('0'+k.mnd%10)), nil
}

// UnmarshalText tolker ÅÅÅÅ-MM. Tom tekst gir nullverdien.
func (k *Kalendermaned) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = Kalendermaned{}
		return nil
	}
	if len(b) != 7 || b[4] != '-' {
		return feltFeil("maned", string(b), "ventet en måned på formen ÅÅÅÅ-MM", tiltak.ErrUgyldigDato)
	}
	aar, err1 := strconv.Atoi(string(b[:4]))
	mnd, err2 := strconv.Atoi(string(b[5:]))
	if err1 != nil || err2 != nil {
		return feltFeil("maned", string(b), "ventet en måned på formen ÅÅÅÅ-MM", tiltak.ErrUgyldigDato)
	}
	v, err := NyKalendermaned(aar, time.Month(mnd))
	if err != nil {
		return feltFeil("maned", string(b), "ugyldig måned", tiltak.ErrUgyldigDato)
	}
	*k = v
	return nil
}

// Inntektslinje er én linje i arbeidsgiverens a-melding for arbeidstakeren,
// slik NAV henter dem til en refusjon: inntektstype, beskrivelse, beløp,
// måneden linjen gjelder og opptjeningsperioden.
type Inntektslinje struct {
	// Inntektstype er a-meldingens inntektstype, for eksempel
	// "LOENNSINNTEKT". Bare LOENNSINNTEKT kan telle.
	Inntektstype string `json:"inntektstype"`
	// Beskrivelse er a-meldingens beskrivelse, for eksempel "fastloenn",
	// "overtidsgodtgjoerelse" eller "trekkILoennForFerie".
	Beskrivelse string `json:"beskrivelse"`
	// Belop er beløpet i kroner. Det kan være negativt (en rettelse eller
	// et ferietrekk) og må være oppgitt.
	Belop decimal.NullDecimal `json:"belop"`
	// Maned er måneden linjen er rapportert for (påkrevd). Et ferietrekk
	// teller bare for måneden tilskuddsperioden begynner i.
	Maned Kalendermaned `json:"maned"`
	// Opptjeningsperiode er perioden inntekten er opptjent i, når
	// a-meldingen oppgir den (begge datoer eller ingen).
	Opptjeningsperiode tiltak.Periode `json:"opptjeningsperiode,omitzero"`
	// OpptjentIPerioden er arbeidsgiverens svar på om inntekten er opptjent i
	// tilskuddsperioden (NAVs erOpptjentIPeriode). Ukjent betyr ikke svart;
	// se BeregnRefusjon for når svaret kan utledes av opptjeningsperioden.
	OpptjentIPerioden tiltak.Svar `json:"opptjent_i_perioden,omitempty"`
}

// Linjegrunn sier hvorfor en inntektslinje telte eller ikke.
type Linjegrunn uint8

// Grunnene. De to første teller; resten teller ikke.
const (
	GrunnUkjent                    Linjegrunn = iota
	GrunnLonn                                 // lønn opptjent i perioden: telles i bruttolønnen
	GrunnFerietrekk                           // trekk i lønn for ferie i periodens måned: trekkes fra lønnen
	GrunnInntektstype                         // ikke LOENNSINNTEKT (for eksempel en ytelse eller naturalytelse)
	GrunnBeskrivelse                          // ikke en av lønnsbeskrivelsene (for eksempel overtid eller et variabelt tillegg)
	GrunnOpptjentUtenfor                      // lønn opptjent utenfor perioden
	GrunnFerietrekkAnnenManed                 // ferietrekk for en annen måned enn periodens
	GrunnFerietrekkAlleredeTrukket            // ferietrekket for måneden er tatt i en annen refusjon
)

var linjegrunnOrd = [...]string{"ukjent", "lonn", "ferietrekk", "annen-inntektstype", "ikke-lonnsbeskrivelse",
	"opptjent-utenfor-perioden", "ferietrekk-annen-maned", "ferietrekk-allerede-trukket"}

var linjegrunnForklaring = [...]string{
	"",
	"lønn opptjent i perioden; telles med",
	"trekk i lønn for ferie i periodens måned; trekkes fra lønnen",
	"inntektstypen er ikke lønnsinntekt (LOENNSINNTEKT); telles ikke",
	"beskrivelsen er ikke lønn i refusjonsgrunnlaget (overtid og andre variable tillegg er holdt utenfor); telles ikke",
	"inntekten er opptjent utenfor perioden; telles ikke",
	"ferietrekket gjelder en annen måned enn periodens; telles ikke",
	"ferietrekket for måneden er allerede tatt i en annen refusjon; telles ikke",
}

// String gir grunnen som ord, for eksempel "opptjent-utenfor-perioden".
func (g Linjegrunn) String() string {
	if int(g) < len(linjegrunnOrd) {
		return linjegrunnOrd[g]
	}
	return "ukjent"
}

// Forklaring gir grunnen som en norsk setning en arbeidsgiver kan lese.
func (g Linjegrunn) Forklaring() string {
	if int(g) < len(linjegrunnForklaring) {
		return linjegrunnForklaring[g]
	}
	return ""
}

// Teller sier om en linje med denne grunnen er med i beregningen.
func (g Linjegrunn) Teller() bool { return g == GrunnLonn || g == GrunnFerietrekk }

// MarshalText gir grunnen som ord.
func (g Linjegrunn) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText tolker ordet MarshalText gir.
func (g *Linjegrunn) UnmarshalText(b []byte) error {
	v, err := tolkOrd("grunn", b, len(linjegrunnOrd)-1, func(v int) string { return Linjegrunn(v).String() })
	*g = Linjegrunn(v)
	return err
}

// Linjevurdering er vurderingen av én inntektslinje i en refusjon: om den
// teller, hvorfor, og hjemmelen for det.
type Linjevurdering struct {
	Indeks int           `json:"indeks"` // linjens plass i Refusjonsgrunnlag.Inntektslinjer
	Linje  Inntektslinje `json:"linje"`
	Grunn  Linjegrunn    `json:"grunn"`
	// Teller er Grunn.Teller(): linjen er med i lønnen eller ferietrekket.
	Teller bool `json:"teller"`
	// OpptjeningUtledet er sann når arbeidsgiveren ikke svarte på om lønnen
	// er opptjent i perioden, og svaret er utledet av opptjeningsperioden.
	OpptjeningUtledet bool           `json:"opptjening_utledet,omitempty"`
	Forklaring        string         `json:"forklaring"`
	Hjemmel           tiltak.Hjemmel `json:"hjemmel"`
}

// validerLinjer sjekker hver linje: beløp oppgitt og innenfor MaksKroner,
// måned oppgitt, og en hel opptjeningsperiode når den er oppgitt. Feltene
// er "inntektslinjer[i].belop" osv.
func validerLinjer(linjer []Inntektslinje) error {
	for i := range linjer {
		l := &linjer[i]
		if !l.Belop.Valid {
			return feltFeil(linjefelt(i, "belop"), "", "mangler", ErrMangler)
		}
		if err := sjekkBelop(linjefelt(i, "belop"), l.Belop.Decimal, false); err != nil {
			return err
		}
		if l.Maned.IsZero() {
			return feltFeil(linjefelt(i, "maned"), "", "mangler", ErrMangler)
		}
		if !l.Opptjeningsperiode.IsZero() {
			if err := l.Opptjeningsperiode.Valider(); err != nil {
				return tiltak.MedPrefiks(err, linjefelt(i, "opptjeningsperiode."))
			}
		}
	}
	return nil
}

func linjefelt(i int, felt string) string {
	return "inntektslinjer[" + strconv.Itoa(i) + "]." + felt
}

// vurderLinjer gir vurderingen av hver linje (NAVs regler, nav-praksis
// § 3d) for refusjonen g. Linjene må være validert. En lønnslinje der det
// ikke er kjent om den er opptjent i perioden, gir en feil for
// "inntektslinjer[i].opptjent_i_perioden" (ErrMangler): å la den telle eller
// ikke ville være å gjette.
func vurderLinjer(g *Refusjonsgrunnlag) ([]Linjevurdering, error) {
	ut := make([]Linjevurdering, len(g.Inntektslinjer))
	lovHjemmel, _ := HjemmelLonnsbegrep(g.Tiltak, g.Periode.Fra)
	maned := KalendermanedFor(g.Periode.Fra)
	for i := range g.Inntektslinjer {
		l := &g.Inntektslinjer[i]
		v := Linjevurdering{Indeks: i, Linje: *l, Hjemmel: praksisInntektslinjer}
		switch {
		case l.Inntektstype != InntektstypeLonn:
			v.Grunn = GrunnInntektstype
		case l.Beskrivelse == BeskrivelseFerietrekk:
			switch {
			case l.Maned != maned:
				v.Grunn = GrunnFerietrekkAnnenManed
			case g.FerietrekkAlleredeTrukket:
				v.Grunn = GrunnFerietrekkAlleredeTrukket
			default:
				v.Grunn = GrunnFerietrekk
			}
		case !erLonnsbeskrivelse(l.Beskrivelse):
			v.Grunn = GrunnBeskrivelse
			if lovHjemmel.ID != "" {
				v.Hjemmel = lovHjemmel
			}
		default:
			opptjent := l.OpptjentIPerioden
			if opptjent == tiltak.Ukjent && !l.Opptjeningsperiode.IsZero() {
				switch {
				case !l.Opptjeningsperiode.Fra.Before(g.Periode.Fra) && !l.Opptjeningsperiode.Til.After(g.Periode.Til):
					opptjent, v.OpptjeningUtledet = tiltak.Ja, true
				case !l.Opptjeningsperiode.Overlapper(g.Periode):
					opptjent, v.OpptjeningUtledet = tiltak.Nei, true
				}
			}
			switch opptjent {
			case tiltak.Ja:
				v.Grunn = GrunnLonn
			case tiltak.Nei:
				v.Grunn = GrunnOpptjentUtenfor
			default:
				grunn := "mangler: arbeidsgiveren må svare på om lønnen er opptjent i perioden " + g.Periode.String()
				if !l.Opptjeningsperiode.IsZero() {
					grunn += " (opptjeningsperioden " + l.Opptjeningsperiode.String() + " ligger delvis utenfor)"
				}
				return nil, feltFeil(linjefelt(i, "opptjent_i_perioden"), "", grunn, ErrMangler)
			}
		}
		v.Teller = v.Grunn.Teller()
		v.Forklaring = v.Grunn.Forklaring()
		ut[i] = v
	}
	return ut, nil
}
