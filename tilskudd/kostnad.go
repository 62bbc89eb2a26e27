package tilskudd

import (
	"math"

	"github.com/shopspring/decimal"
)

var (
	hundre     = decimal.NewFromInt(100)
	halv       = decimal.New(5, -1)
	maksOTP    = decimal.New(3, -1) // 30 %
	enHel      = decimal.NewFromInt(1)
	dagsdeler  = decimal.RequireFromString("30.4375") // 365,25 / 12
	timerPerAr = decimal.NewFromInt(1950)
)

// RundHalvtOpp runder x til hele kroner, halvt opp: x.5 går mot +∞ (som
// Javas Math.round og Kotlins roundToInt). For positive beløp er det vanlig
// avrunding (2,5 → 3); for negative går −2,5 til −2.
func RundHalvtOpp(x decimal.Decimal) decimal.Decimal {
	return x.Add(halv).Floor()
}

// Avrunding velger hvordan prosentsteget (lønnskostnad × prosent) rundes
// til hele kroner.
type Avrunding uint8

const (
	// AvrundingDesimal (standard, nullverdien) regner eksakt i desimal og
	// runder halvt opp. Dette er regelen pakken anbefaler.
	AvrundingDesimal Avrunding = iota
	// AvrundingNAV etterligner NAVs Java-kode bit for bit:
	// Math.round(kostnad × (prosent / 100.0)) i double (nav-praksis § 3e).
	// 0,35 og 0,70 er ikke eksakte i binær, så noen eksakte .5-resultater
	// rundes ned ved 35 % og 70 % (ikke alle): 90 × 35 % gir 31 her og 32 med
	// AvrundingDesimal, mens 10 × 35 % gir 4 med begge. Over beløp 1–200 000
	// skiller de seg i 2 340 tilfeller ved 35 % og 4 681 ved 70 %, og ingen
	// ved 30, 40, 50, 60, 67 og 75 %.
	// Dette er det eneste stedet pakken bruker float64, og bare for å gjenskape
	// NAVs bitoppførsel; beløpene inn og ut er desimaltall.
	AvrundingNAV
)

// String gir navnet på avrundingsregelen.
func (a Avrunding) String() string {
	switch a {
	case AvrundingDesimal:
		return "desimal"
	case AvrundingNAV:
		return "nav-flyttall"
	}
	return "ukjent"
}

// ProsentAv gir belop × prosent / 100 rundet til hele kroner etter regelen a.
// AvrundingDesimal: eksakt produkt, halvt opp. AvrundingNAV: som Javas
// Math.round(belop × (prosent / 100.0)) i double. Ukjent regel gir
// ErrUgyldigSats for feltet "avrunding".
func (a Avrunding) ProsentAv(belop, prosent decimal.Decimal) (decimal.Decimal, error) {
	switch a {
	case AvrundingDesimal:
		return RundHalvtOpp(belop.Mul(prosent).Shift(-2)), nil
	case AvrundingNAV:
		x := belop.InexactFloat64() * (prosent.InexactFloat64() / 100.0)
		return decimal.NewFromFloat(javaRound(x)), nil
	}
	return decimal.Zero, feltFeil("avrunding", a.String(), "ukjent avrundingsregel", ErrUgyldigSats)
}

// javaRound er Javas Math.round for double (Java 7 og nyere): nærmeste heltall,
// .5 mot +∞, regnet uten ny avrundingsfeil (x − floor(x) er eksakt).
func javaRound(x float64) float64 {
	f := math.Floor(x)
	if x-f >= 0.5 {
		return f + 1
	}
	return f
}

// Lonnsgrunnlag er lønnen og satsene som lønnskostnaden regnes av.
// Satsene er brøker: 0.12 = 12 %.
type Lonnsgrunnlag struct {
	Manedslonn             decimal.Decimal `json:"manedslonn"`             // månedslønn i kroner, ≥ 0
	Feriepengesats         decimal.Decimal `json:"feriepengesats"`         // 0–1 (0–100 %)
	OTPSats                decimal.Decimal `json:"otp_sats"`               // 0–0,3 (0–30 %)
	Arbeidsgiveravgiftsats decimal.Decimal `json:"arbeidsgiveravgiftsats"` // 0–1 (0–100 %)
}

// Valider sjekker feltene og gir en *tiltak.FeltFeil som navngir feltet:
// månedslønn ≥ 0 (ErrUgyldigBelop), feriepengesats og arbeidsgiveravgiftsats
// i 0–100 % og OTP-sats i 0–30 % (ErrUgyldigSats).
func (g *Lonnsgrunnlag) Valider() error {
	if err := sjekkBelop("manedslonn", g.Manedslonn, true); err != nil {
		return err
	}
	if err := sjekkAndel("feriepengesats", g.Feriepengesats, enHel); err != nil {
		return err
	}
	if err := sjekkAndel("otp_sats", g.OTPSats, maksOTP); err != nil {
		return err
	}
	return sjekkAndel("arbeidsgiveravgiftsats", g.Arbeidsgiveravgiftsats, enHel)
}

// Lonnskostnad er lønnskostnaden per måned regnet i NAVs rekkefølge.
// Feriepenger, OTP og Arbeidsgiveravgift er urundet; Tillegg er summen av
// dem rundet én gang; Sum = månedslønn + Tillegg.
type Lonnskostnad struct {
	Manedslonn         decimal.Decimal `json:"manedslonn"`
	Feriepenger        decimal.Decimal `json:"feriepenger"`
	OTP                decimal.Decimal `json:"otp"`
	Arbeidsgiveravgift decimal.Decimal `json:"arbeidsgiveravgift"`
	Tillegg            decimal.Decimal `json:"tillegg"`
	Sum                decimal.Decimal `json:"sum"`
}

// BeregnLonnskostnad regner månedlig lønnskostnad (refusjonsgrunnlaget ved
// avtaletidspunktet) i NAVs rekkefølge (nav-praksis § 3a; grunnlaget selv
// følger tiltaksforskriften §§ 9-4 og 10-6):
//
//	feriepenger        = feriepengesats × månedslønn
//	OTP                = OTP-sats × (månedslønn + feriepenger)
//	arbeidsgiveravgift = avgiftssats × (månedslønn + feriepenger + OTP)
//	sum                = månedslønn + rund(feriepenger + OTP + arbeidsgiveravgift)
//
// Avrunding: bare én gang, summen av de tre tilleggene rundes halvt opp til
// hele kroner (RundHalvtOpp). De tre delene vises urundet.
func BeregnLonnskostnad(g Lonnsgrunnlag) (Lonnskostnad, error) {
	if err := g.Valider(); err != nil {
		return Lonnskostnad{}, err
	}
	return lonnskostnad(g), nil
}

func lonnskostnad(g Lonnsgrunnlag) Lonnskostnad {
	fp := g.Feriepengesats.Mul(g.Manedslonn)
	lf := g.Manedslonn.Add(fp)
	otp := g.OTPSats.Mul(lf)
	aga := g.Arbeidsgiveravgiftsats.Mul(lf.Add(otp))
	tillegg := RundHalvtOpp(fp.Add(otp).Add(aga))
	return Lonnskostnad{
		Manedslonn: g.Manedslonn, Feriepenger: fp, OTP: otp, Arbeidsgiveravgift: aga,
		Tillegg: tillegg, Sum: g.Manedslonn.Add(tillegg),
	}
}

// Manedstilskudd er lønnskostnaden og tilskuddet per måned ved en prosent.
type Manedstilskudd struct {
	Lonnskostnad
	Prosent   decimal.Decimal `json:"prosent"`   // tilskuddsprosent, 40 = 40 %
	Avrunding Avrunding       `json:"avrunding"` // regelen prosentsteget ble rundet med
	Tilskudd  decimal.Decimal `json:"tilskudd"`  // rund(Sum × Prosent / 100)
}

// BeregnManed regner månedlig lønnskostnad (se BeregnLonnskostnad) og
// månedlig tilskudd = rund(lønnskostnad × prosent / 100), der rund er
// regelen a (AvrundingDesimal: eksakt, halvt opp; AvrundingNAV: NAVs
// double-avrunding). prosent må ligge i 0–100 (feltet "prosent").
func BeregnManed(g Lonnsgrunnlag, prosent decimal.Decimal, a Avrunding) (Manedstilskudd, error) {
	if err := g.Valider(); err != nil {
		return Manedstilskudd{}, err
	}
	if err := sjekkProsent("prosent", prosent); err != nil {
		return Manedstilskudd{}, err
	}
	k := lonnskostnad(g)
	t, err := a.ProsentAv(k.Sum, prosent)
	if err != nil {
		return Manedstilskudd{}, err
	}
	return Manedstilskudd{Lonnskostnad: k, Prosent: prosent, Avrunding: a, Tilskudd: t}, nil
}

// Manedslonn100 gir månedslønnen omregnet til 100 % stilling:
// månedslønn × 100 / stillingsprosent, rundet halvt opp til hele kroner
// (NAVs praksis, nav-praksis § 3a punkt 7). Stillingsprosenten må være over
// 0 og høyst 100 (feltet "stillingsprosent"); lønnen ≥ 0.
func Manedslonn100(manedslonn, stillingsprosent decimal.Decimal) (decimal.Decimal, error) {
	if err := sjekkBelop("manedslonn", manedslonn, true); err != nil {
		return decimal.Zero, err
	}
	if err := sjekkStillingsprosent(stillingsprosent); err != nil {
		return decimal.Zero, err
	}
	return RundHalvtOpp(manedslonn.Mul(hundre).DivRound(stillingsprosent, 10)), nil
}

func sjekkStillingsprosent(p decimal.Decimal) error {
	if p.Sign() <= 0 || p.Cmp(hundre) > 0 {
		return feltFeil("stillingsprosent", p.String(), "må være over 0 og høyst 100", ErrUgyldigSats)
	}
	return nil
}

// Lonnstype er hvordan mentorens lønn er oppgitt.
type Lonnstype uint8

// Lønnstypene. Nullverdien er ukjent og gir en feil.
const (
	LonnstypeUkjent Lonnstype = iota
	Arslonn                   // årslønn: 1 950 timer
	Manedslonn                // månedslønn: 162,5 timer (1 950 / 12)
	Ukelonn                   // ukelønn: 37,5 timer (1 950 / 52)
	Dagslonn                  // dagslønn: 7,5 timer (1 950 / 260)
	Timelonn                  // timelønn: brukes som den er
)

// String gir lønnstypen som ord.
func (l Lonnstype) String() string {
	switch l {
	case Arslonn:
		return "arslonn"
	case Manedslonn:
		return "manedslonn"
	case Ukelonn:
		return "ukelonn"
	case Dagslonn:
		return "dagslonn"
	case Timelonn:
		return "timelonn"
	}
	return "ukjent"
}

func (l Lonnstype) timer() (decimal.Decimal, bool) {
	switch l {
	case Arslonn:
		return timerPerAr, true
	case Manedslonn:
		return decimal.RequireFromString("162.5"), true
	case Ukelonn:
		return decimal.RequireFromString("37.5"), true
	case Dagslonn:
		return decimal.RequireFromString("7.5"), true
	case Timelonn:
		return enHel, true
	}
	return decimal.Zero, false
}

// MentorTimelonn gir mentorens timelønn i hele kroner fra en lønn oppgitt
// per år, måned, uke, dag eller time (NAVs praksis, nav-praksis § 2d;
// tilskuddet etter tiltaksforskriften § 5-6 er timelønn × avtalte timer):
//
//	timelønn = rund(belop / timer × 100 / stillingsprosent)
//
// med 1 950 timer i året, 162,5 i måneden, 37,5 i uka og 7,5 per dag.
// Mellomresultater har 10 desimaler (halvt opp) som i NAVs kode; resultatet
// rundes halvt opp til hele kroner. Timelønn brukes som den er (rundet),
// uten stillingsprosent. Negativ lønn gir en feil for "belop"; stillingsprosent
// må være over 0 og høyst 100 for de andre typene (NAV gir 0 for 0 %; her er
// det en feil).
func MentorTimelonn(belop decimal.Decimal, type_ Lonnstype, stillingsprosent decimal.Decimal) (decimal.Decimal, error) {
	if err := sjekkBelop("belop", belop, true); err != nil {
		return decimal.Zero, err
	}
	timer, ok := type_.timer()
	if !ok {
		return decimal.Zero, feltFeil("lonnstype", type_.String(), "ukjent lønnstype", ErrUgyldigSats)
	}
	if type_ == Timelonn {
		return RundHalvtOpp(belop), nil
	}
	if err := sjekkStillingsprosent(stillingsprosent); err != nil {
		return decimal.Zero, err
	}
	perTime := belop.DivRound(timer, 10)
	return RundHalvtOpp(perTime.Mul(hundre).DivRound(stillingsprosent, 10)), nil
}

// MentorManed regner mentortilskuddet for en måned: månedslønn = timelønn ×
// timer, deretter lønnskostnaden som for lønnstilskudd (BeregnLonnskostnad)
// og 100 % av den (tiltaksforskriften § 5-6). Avrunding som i NAVs kode
// (nav-praksis § 3a, mentor): tilleggene regnes av den urundede lønnen og
// rundes én gang halvt opp, men i summen kuttes lønnen til hele kroner
// ((int) i Java): 251 kr × 10,35 t = 2 597,85 gir tillegg 788,39 → 788 og
// sum 2 597 + 788 = 3 385, ikke 3 386. Manedslonn i svaret er den urundede
// lønnen; Sum og Tilskudd er hele kroner.
func MentorManed(timelonn, timer decimal.Decimal, satser Lonnsgrunnlag) (Manedstilskudd, error) {
	if err := sjekkBelop("timelonn", timelonn, true); err != nil {
		return Manedstilskudd{}, err
	}
	if err := sjekkBelop("timer", timer, true); err != nil {
		return Manedstilskudd{}, err
	}
	satser.Manedslonn = timelonn.Mul(timer)
	m, err := BeregnManed(satser, hundre, AvrundingDesimal)
	if err != nil {
		return Manedstilskudd{}, err
	}
	m.Sum = m.Manedslonn.Truncate(0).Add(m.Tillegg)
	m.Tilskudd = m.Sum
	return m, nil
}
