package tilskudd

import (
	"math"

	"github.com/shopspring/decimal"
)

var (
	hundre     = decimal.NewFromInt(100)
	halv       = decimal.New(5, -1)
	maksOTP    = decimal.NewFromInt(30) // 30 %
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
	if err := a.sjekk(); err != nil {
		return decimal.Zero, err
	}
	switch a {
	case AvrundingDesimal:
		return RundHalvtOpp(belop.Mul(prosent).Shift(-2)), nil
	}
	x := belop.InexactFloat64() * (prosent.InexactFloat64() / 100.0)
	return decimal.NewFromFloat(javaRound(x)), nil
}

// sjekk gir en feil for feltet "avrunding" når regelen er ukjent.
func (a Avrunding) sjekk() error {
	if a != AvrundingDesimal && a != AvrundingNAV {
		return feltFeil("avrunding", a.String(), "ukjent avrundingsregel", ErrUgyldigSats)
	}
	return nil
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

// Lonnsgrunnlag er lønnen og prosentene lønnskostnaden regnes av.
// Prosentene er hele prosent, som alle prosenter i pakken: 12 = 12 %
// (se pakkedokumentasjonen).
//
// Alle fire feltene må være oppgitt: en lønn eller prosent som mangler
// (decimal.NullDecimal med Valid = false, eller null eller et manglende felt
// i JSON) er en feil som navngir feltet, aldri 0. En oppgitt 0 er lov der den
// betyr noe: 0 % arbeidsgiveravgift, 0 % OTP, eller en lønn som faktisk er 0
// (da blir tilskuddet 0). NyttLonnsgrunnlag lager et grunnlag med alle fire
// oppgitt.
type Lonnsgrunnlag struct {
	// Manedslonn er månedslønnen i kroner, ≥ 0. For mentor er den timelønn ×
	// avtalte timer per måned, urundet (se MentorManed).
	Manedslonn decimal.NullDecimal `json:"manedslonn"`
	// FeriepengerProsent er feriepengesatsen i prosent, 0–100 (12 = 12 %).
	FeriepengerProsent decimal.NullDecimal `json:"feriepenger_prosent"`
	// OTPProsent er satsen for obligatorisk tjenestepensjon i prosent, 0–30.
	OTPProsent decimal.NullDecimal `json:"otp_prosent"`
	// ArbeidsgiveravgiftProsent er arbeidsgiveravgiften i prosent, 0–100
	// (14,1 = 14,1 %).
	ArbeidsgiveravgiftProsent decimal.NullDecimal `json:"arbeidsgiveravgift_prosent"`
}

// NyttLonnsgrunnlag gir et lønnsgrunnlag der alle fire verdiene er oppgitt.
// Prosentene er hele prosent: NyttLonnsgrunnlag(lønn, 12, 2, 14.1).
func NyttLonnsgrunnlag(manedslonn, feriepengerProsent, otpProsent, arbeidsgiveravgiftProsent decimal.Decimal) Lonnsgrunnlag {
	return Lonnsgrunnlag{
		Manedslonn:                decimal.NewNullDecimal(manedslonn),
		FeriepengerProsent:        decimal.NewNullDecimal(feriepengerProsent),
		OTPProsent:                decimal.NewNullDecimal(otpProsent),
		ArbeidsgiveravgiftProsent: decimal.NewNullDecimal(arbeidsgiveravgiftProsent),
	}
}

// Valider sjekker feltene og gir en *tiltak.FeltFeil som navngir feltet: en
// verdi som mangler (ErrMangler), en negativ månedslønn (ErrUgyldigBelop),
// feriepenger og arbeidsgiveravgift utenfor 0–100 % og OTP utenfor 0–30 %
// (ErrUgyldigSats).
func (g *Lonnsgrunnlag) Valider() error {
	if err := kravBelop("manedslonn", g.Manedslonn); err != nil {
		return err
	}
	return sjekkKostnadsprosenter(g.FeriepengerProsent, g.OTPProsent, g.ArbeidsgiveravgiftProsent)
}

// sjekkKostnadsprosenter sjekker de tre prosentene i lønnskostnaden.
func sjekkKostnadsprosenter(fp, otp, aga decimal.NullDecimal) error {
	if err := kravProsent0("feriepenger_prosent", fp, hundre); err != nil {
		return err
	}
	if err := kravProsent0("otp_prosent", otp, maksOTP); err != nil {
		return err
	}
	return kravProsent0("arbeidsgiveravgift_prosent", aga, hundre)
}

// kostnadTall er lønnsgrunnlaget lest som eksakte tall (den raske veien).
type kostnadTall struct {
	lonn, fp, otp, aga tall
}

// lesKostnad leser et gyldig lønnsgrunnlag som tall; false når en verdi
// ikke kan leses eksakt i int64 (da tar kalleren desimalveien).
func (g *Lonnsgrunnlag) lesKostnad() (kostnadTall, bool) {
	l, ok1 := lesNull(g.Manedslonn)
	fp, ok2 := lesNull(g.FeriepengerProsent)
	otp, ok3 := lesNull(g.OTPProsent)
	aga, ok4 := lesNull(g.ArbeidsgiveravgiftProsent)
	return kostnadTall{l, fp, otp, aga}, ok1 && ok2 && ok3 && ok4
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
//	feriepenger        = månedslønn × feriepengeprosent / 100
//	OTP                = (månedslønn + feriepenger) × OTP-prosent / 100
//	arbeidsgiveravgift = (månedslønn + feriepenger + OTP) × avgiftsprosent / 100
//	sum                = månedslønn + rund(feriepenger + OTP + arbeidsgiveravgift)
//
// Avrunding: bare én gang, summen av de tre tilleggene rundes halvt opp til
// hele kroner (RundHalvtOpp). De tre delene vises urundet. Mentor regnes
// med MentorManed (lønnen kuttes til hele kroner i summen).
func BeregnLonnskostnad(g Lonnsgrunnlag) (Lonnskostnad, error) {
	if err := g.Valider(); err != nil {
		return Lonnskostnad{}, err
	}
	if k, ok := g.lesKostnad(); ok {
		if kr, ok := k.regn(false); ok {
			b := nyDesimalbygger(5)
			b.kjenn(k.lonn, g.Manedslonn.Decimal)
			return kr.desimaler(&b), nil
		}
	}
	return lonnskostnad(g, false), nil
}

// kostnadRegnet er lønnskostnaden regnet i tall.
type kostnadRegnet struct {
	lonn, fp, otp, aga tall
	tillegg            int64
	sum                tall
}

// regn regner kostnadskjeden eksakt i int64; false ved overflyt. mentor
// kutter lønnen til hele kroner i summen (NAVs (int)).
func (k kostnadTall) regn(mentor bool) (kostnadRegnet, bool) {
	fp, ok1 := k.lonn.prosent(k.fp)
	lf, ok2 := k.lonn.add(fp)
	otp, ok3 := lf.prosent(k.otp)
	lfo, ok4 := lf.add(otp)
	aga, ok5 := lfo.prosent(k.aga)
	t1, ok6 := fp.add(otp)
	t2, ok7 := t1.add(aga)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 {
		return kostnadRegnet{}, false
	}
	r := kostnadRegnet{lonn: k.lonn, fp: fp, otp: otp, aga: aga, tillegg: t2.rundHalvtOpp()}
	var ok bool
	if mentor {
		r.sum, ok = heltall(k.lonn.kutt()).add(heltall(r.tillegg))
	} else {
		r.sum, ok = k.lonn.add(heltall(r.tillegg))
	}
	return r, ok
}

func (r *kostnadRegnet) desimaler(b *desimalbygger) Lonnskostnad {
	return Lonnskostnad{
		Manedslonn: b.lag(r.lonn), Feriepenger: b.lag(r.fp), OTP: b.lag(r.otp), Arbeidsgiveravgift: b.lag(r.aga),
		Tillegg: b.lagHel(r.tillegg), Sum: b.lag(r.sum),
	}
}

// lonnskostnad er desimalveien (referansen): samme regnestykke i
// shopspring/decimal. g må være gyldig.
func lonnskostnad(g Lonnsgrunnlag, mentor bool) Lonnskostnad {
	l := g.Manedslonn.Decimal
	fp := l.Mul(g.FeriepengerProsent.Decimal).Shift(-2)
	lf := l.Add(fp)
	otp := lf.Mul(g.OTPProsent.Decimal).Shift(-2)
	aga := lf.Add(otp).Mul(g.ArbeidsgiveravgiftProsent.Decimal).Shift(-2)
	tillegg := RundHalvtOpp(fp.Add(otp).Add(aga))
	sum := l.Add(tillegg)
	if mentor {
		sum = l.Truncate(0).Add(tillegg)
	}
	return Lonnskostnad{Manedslonn: l, Feriepenger: fp, OTP: otp, Arbeidsgiveravgift: aga, Tillegg: tillegg, Sum: sum}
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
// double-avrunding). prosent må ligge i 0–100 (feltet "prosent"). For
// mentor, se MentorManed.
func BeregnManed(g Lonnsgrunnlag, prosent decimal.Decimal, a Avrunding) (Manedstilskudd, error) {
	return beregnManed(g, prosent, a, false)
}

func beregnManed(g Lonnsgrunnlag, prosent decimal.Decimal, a Avrunding, mentor bool) (Manedstilskudd, error) {
	if err := g.Valider(); err != nil {
		return Manedstilskudd{}, err
	}
	if err := sjekkProsent("prosent", prosent); err != nil {
		return Manedstilskudd{}, err
	}
	if err := a.sjekk(); err != nil {
		return Manedstilskudd{}, err
	}
	if m, ok := beregnManedRask(&g, prosent, a, mentor); ok {
		return m, nil
	}
	k := lonnskostnad(g, mentor)
	t, _ := a.ProsentAv(k.Sum, prosent) // a er sjekket
	return Manedstilskudd{Lonnskostnad: k, Prosent: prosent, Avrunding: a, Tilskudd: t}, nil
}

// beregnManedRask er beregnManed i tall for gyldige inndata; false når
// tallene ikke kan regnes eksakt i int64.
func beregnManedRask(g *Lonnsgrunnlag, prosent decimal.Decimal, a Avrunding, mentor bool) (Manedstilskudd, bool) {
	k, ok := g.lesKostnad()
	if !ok {
		return Manedstilskudd{}, false
	}
	p, ok := lesTall(prosent)
	if !ok {
		return Manedstilskudd{}, false
	}
	kr, ok := k.regn(mentor)
	if !ok {
		return Manedstilskudd{}, false
	}
	t, ok := prosentAvTall(a, kr.sum, p, prosent)
	if !ok {
		return Manedstilskudd{}, false
	}
	b := nyDesimalbygger(7)
	b.kjenn(k.lonn, g.Manedslonn.Decimal)
	b.kjenn(p, prosent)
	return Manedstilskudd{Lonnskostnad: kr.desimaler(&b), Prosent: prosent, Avrunding: a, Tilskudd: b.lagHel(t)}, true
}

// flyttallTierpotens er 10^0 … 10^22, som alle er eksakte i float64.
var flyttallTierpotens = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// prosentAvTall er Avrunding.ProsentAv i tall: rund(belop × p / 100) etter
// regelen a. prosent er p som decimal.Decimal (brukes for NAVs flyttall, så
// tallet blir nøyaktig det desimalveien gir). false for en ukjent regel eller
// et tall som ikke kan regnes eksakt.
func prosentAvTall(a Avrunding, belop, p tall, prosent decimal.Decimal) (int64, bool) {
	switch a {
	case AvrundingDesimal:
		x, ok := belop.prosent(p)
		if !ok {
			return 0, false
		}
		return x.rundHalvtOpp(), true
	case AvrundingNAV:
		// Samme uttrykk som ProsentAv: belop.InexactFloat64() er den
		// korrekt avrundede doublen; for |k| ≤ 2^53 og høyst 22 desimaler er
		// float64(k) / 10^d det samme (begge operandene er eksakte, så
		// divisjonen rundes én gang).
		belop = belop.normal()
		if belop.k > 1<<53 || belop.k < -(1<<53) || belop.e < -22 {
			return 0, false
		}
		bf := float64(belop.k)
		if belop.e < 0 {
			bf /= flyttallTierpotens[-belop.e]
		}
		x := bf * (prosent.InexactFloat64() / 100.0)
		r := javaRound(x)
		if math.Abs(r) > 1<<53 {
			return 0, false
		}
		return int64(r), true
	}
	return 0, false
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
//
// Dette er den eneste mentorregelen i pakken: Tilskuddsperioder og
// BeregnAvtale med en mentorplan bruker den samme (Lonnsgrunnlag.Manedslonn
// er da timelønn × timer), så alle gir samme månedsbeløp.
//
// prosenter gir feriepenge-, OTP- og avgiftsprosenten; feltet Manedslonn i
// den brukes ikke (det settes til timelønn × timer).
func MentorManed(timelonn, timer decimal.Decimal, prosenter Lonnsgrunnlag) (Manedstilskudd, error) {
	if err := sjekkBelop("timelonn", timelonn, true); err != nil {
		return Manedstilskudd{}, err
	}
	if err := sjekkBelop("timer", timer, true); err != nil {
		return Manedstilskudd{}, err
	}
	prosenter.Manedslonn = decimal.NewNullDecimal(timelonn.Mul(timer))
	return beregnManed(prosenter, hundre, AvrundingDesimal, true)
}
