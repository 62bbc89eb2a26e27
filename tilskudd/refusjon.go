package tilskudd

import (
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Refusjonsgrunnlag er det som trengs for å regne refusjonen for én oppgjort
// tilskuddsperiode. Satsene er brøker (0.12 = 12 %), prosenten er i prosent
// (40 = 40 %), beløpene i kroner.
type Refusjonsgrunnlag struct {
	Tiltak  tiltak.Kode    `json:"tiltak"`
	Periode tiltak.Periode `json:"periode"` // tilskuddsperioden (fom–tom)
	// Prosent er tilskuddsprosenten for perioden (0–100).
	Prosent decimal.Decimal `json:"prosent"`
	// Tilskuddsbelop er det godkjente beløpet for perioden (taket), ≥ 0.
	Tilskuddsbelop decimal.Decimal `json:"tilskuddsbelop"`
	// Bruttolonn er lønnen som faktisk er utbetalt for perioden, ≥ 0. Den
	// rundes halvt opp til hele kroner før den brukes (NAVs steg 1).
	Bruttolonn decimal.Decimal `json:"bruttolonn"`
	// KorrigertBruttolonn er arbeidsgiverens korrigerte lønn, om den er
	// oppgitt. Den kan bare senke lønnen: brukt er min(korrigert, brutto),
	// begge rundet til hele kroner.
	KorrigertBruttolonn decimal.NullDecimal `json:"korrigert_bruttolonn"`
	// Ferietrekk er summen av trekk i lønn for ferie i periodens måned, som
	// regel negativ (et tilbakeført trekk kan gjøre den positiv). Den rundes
	// halvt opp til hele kroner (NAVs steg 3). Har en refusjon for samme måned
	// allerede tatt ferietrekket, skal den være 0.
	Ferietrekk decimal.Decimal `json:"ferietrekk"`
	// Feriepengesats, OTPSats og Arbeidsgiveravgiftsats som i Lonnsgrunnlag.
	Feriepengesats         decimal.Decimal `json:"feriepengesats"`
	OTPSats                decimal.Decimal `json:"otp_sats"`
	Arbeidsgiveravgiftsats decimal.Decimal `json:"arbeidsgiveravgiftsats"`
	// RefunderbartBelop er beløp arbeidsgiveren får dekket på annen måte
	// (for eksempel sykepenger), ≥ 0. Det trekkes fra utgiftene.
	RefunderbartBelop decimal.Decimal `json:"refunderbart_belop"`
	// ForrigeMinusbelop er summen av tidligere minusbeløp på avtalen som ikke
	// er gjort opp, ≤ 0.
	ForrigeMinusbelop decimal.Decimal `json:"forrige_minusbelop"`
	// UtbetaltIAret er summen som allerede er utbetalt for samme person,
	// arbeidsgiver og tiltak i kalenderåret til periodens første dag, ≥ 0
	// (brukes til 5G-taket).
	UtbetaltIAret decimal.Decimal `json:"utbetalt_i_aret"`
	// TidligereUtbetalt er det som allerede er utbetalt for denne perioden
	// (ved en korreksjon), ≥ 0.
	TidligereUtbetalt decimal.Decimal `json:"tidligere_utbetalt"`
	// Korreksjon er sann når beregningen korrigerer en refusjon som alt er
	// utbetalt: da kreves et negativt beløp tilbake. Ellers føres et negativt
	// beløp som et minusbeløp mot neste refusjon på avtalen.
	Korreksjon bool `json:"korreksjon,omitempty"`
	// TiltaketSlutter er sann når tiltaket avsluttes i perioden: da er det
	// ingen neste refusjon å føre et minusbeløp mot, og refusjonen blir 0.
	TiltaketSlutter bool `json:"tiltaket_slutter,omitempty"`
}

// Tak sier hvilket tak som bestemte refusjonen.
type Tak uint8

// Takene.
const (
	IngenTak          Tak = iota // beregnet beløp ble brukt
	TakTilskuddsbelop            // begrenset til periodens godkjente beløp
	Tak5G                        // begrenset av 5 G per kalenderår
)

// String gir taket som ord.
func (t Tak) String() string {
	switch t {
	case TakTilskuddsbelop:
		return "tilskuddsbelop"
	case Tak5G:
		return "5g"
	}
	return "ingen"
}

// MarshalText gir taket som ord.
func (t Tak) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Oppgjor er utfallet av en refusjon.
type Oppgjor uint8

// Utfallene.
const (
	Utbetaling      Oppgjor = iota + 1 // refusjonsbeløpet er positivt og utbetales
	IngentingAGjore                    // refusjonsbeløpet er 0: ingenting å gjøre opp
	Tilbakekreving                     // en korreksjon gir et negativt beløp: det kreves tilbake
	Minusbelop                         // en ordinær refusjon gir et negativt beløp: det føres mot neste refusjon
)

// String gir utfallet som ord.
func (o Oppgjor) String() string {
	switch o {
	case Utbetaling:
		return "utbetaling"
	case IngentingAGjore:
		return "ingenting-a-gjore-opp"
	case Tilbakekreving:
		return "tilbakekreving"
	case Minusbelop:
		return "minusbelop"
	}
	return "ukjent"
}

// MarshalText gir utfallet som ord.
func (o Oppgjor) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Refusjon er hele beregningen for én periode, med hvert mellomresultat.
// Mellomresultatene er urundet der NAV regner urundet.
type Refusjon struct {
	Lonn                           decimal.Decimal `json:"lonn"` // min(korrigert, brutto)
	KorrigertLonnBrukt             bool            `json:"korrigert_lonn_brukt"`
	Ferietrekk                     decimal.Decimal `json:"ferietrekk"`
	LonnFratrukketFerie            decimal.Decimal `json:"lonn_fratrukket_ferie"`
	Feriepenger                    decimal.Decimal `json:"feriepenger"`
	OTP                            decimal.Decimal `json:"otp"`
	Arbeidsgiveravgift             decimal.Decimal `json:"arbeidsgiveravgift"`
	SumUtgifter                    decimal.Decimal `json:"sum_utgifter"`
	SumUtgifterFratrukketRefundert decimal.Decimal `json:"sum_utgifter_fratrukket_refundert"`
	Beregnet                       decimal.Decimal `json:"beregnet"`       // urundet, etter regelen om negativt fratrekk
	BeregnetBelop                  decimal.Decimal `json:"beregnet_belop"` // rund(Beregnet)
	OverTilskuddsbelop             bool            `json:"over_tilskuddsbelop"`
	EtterTak                       decimal.Decimal `json:"etter_tak"`      // min(BeregnetBelop, tilskuddsbeløp)
	MedMinusbelop                  decimal.Decimal `json:"med_minusbelop"` // EtterTak + forrige minusbeløp
	Har5G                          bool            `json:"har_5g"`         // tiltaket har 5G-tak
	G                              decimal.Decimal `json:"g,omitzero"`     // G på periodens første dag
	Gjenstaende5G                  decimal.Decimal `json:"gjenstaende_5g"` // max(0, 5G − utbetalt i året)
	Over5G                         bool            `json:"over_5g"`
	Refusjon                       decimal.Decimal `json:"refusjon"` // etter alle tak
	TidligereUtbetalt              decimal.Decimal `json:"tidligere_utbetalt"`
	Refusjonsbelop                 decimal.Decimal `json:"refusjonsbelop"` // Refusjon − tidligere utbetalt
	// MinusbelopBortfalt er sann når et negativt beløp er satt til 0 fordi
	// tiltaket slutter i perioden (ingen neste refusjon å føre det mot).
	MinusbelopBortfalt bool             `json:"minusbelop_bortfalt,omitempty"`
	Tak                Tak              `json:"tak"` // taket som bestemte Refusjon
	Oppgjor            Oppgjor          `json:"oppgjor"`
	Hjemler            []tiltak.Hjemmel `json:"hjemler"`
}

var fem = decimal.NewFromInt(5)

// Valider sjekker grunnlaget og gir en *tiltak.FeltFeil som navngir feltet.
func (g *Refusjonsgrunnlag) Valider() error {
	if err := g.Tiltak.Valider(); err != nil {
		return err
	}
	if err := g.Periode.Valider(); err != nil {
		return err
	}
	if err := sjekkProsent("prosent", g.Prosent); err != nil {
		return err
	}
	for _, b := range []struct {
		felt string
		v    decimal.Decimal
		tegn int // 1: ≥ 0, -1: ≤ 0, 0: fritt fortegn
	}{
		{"tilskuddsbelop", g.Tilskuddsbelop, 1},
		{"bruttolonn", g.Bruttolonn, 1},
		{"korrigert_bruttolonn", g.KorrigertBruttolonn.Decimal, 1},
		{"ferietrekk", g.Ferietrekk, 0},
		{"refunderbart_belop", g.RefunderbartBelop, 1},
		{"forrige_minusbelop", g.ForrigeMinusbelop, -1},
		{"utbetalt_i_aret", g.UtbetaltIAret, 1},
		{"tidligere_utbetalt", g.TidligereUtbetalt, 1},
	} {
		if err := sjekkBelop(b.felt, b.v, b.tegn > 0); err != nil {
			return err
		}
		if b.tegn < 0 && b.v.Sign() > 0 {
			return feltFeil(b.felt, b.v.String(), "kan ikke være positivt", ErrUgyldigBelop)
		}
	}
	if err := sjekkAndel("feriepengesats", g.Feriepengesats, enHel); err != nil {
		return err
	}
	if err := sjekkAndel("otp_sats", g.OTPSats, maksOTP); err != nil {
		return err
	}
	return sjekkAndel("arbeidsgiveravgiftsats", g.Arbeidsgiveravgiftsats, enHel)
}

// BeregnRefusjon regner refusjonen for en oppgjort tilskuddsperiode i NAVs
// rekkefølge (nav-praksis § 3d; refusjonsgrunnlaget etter tiltaksforskriften
// §§ 9-4 og 10-6, 5G-taket etter § 10-7):
//
//  1. lønn = min(korrigert, brutto) når en korrigert lønn er oppgitt
//  2. lønn fratrukket ferie = lønn + ferietrekk
//  3. feriepenger, OTP og arbeidsgiveravgift som i BeregnLonnskostnad, men
//     urundet, og sum utgifter = lønn fratrukket ferie + de tre
//  4. beregnet = (sum utgifter − refunderbart beløp) × prosent / 100; er
//     bruttobeløpet (uten fratrekk) positivt men beregnet negativt, blir det
//     0; er bruttobeløpet negativt, brukes bruttobeløpet
//  5. beregnet beløp = rund(beregnet) – den eneste avrundingen
//  6. tak: min(beregnet beløp, tilskuddsbeløp), pluss tidligere minusbeløp
//  7. for varig og fireårig lønnstilskudd: høyst max(0, 5 G − utbetalt i
//     året), med G på periodens første dag (G skifter 1. mai)
//  8. refusjonsbeløp = refusjon − tidligere utbetalt; positivt gir
//     Utbetaling og 0 IngentingAGjore. Negativt gir Tilbakekreving i en
//     korreksjon; i en ordinær refusjon et Minusbelop som føres mot neste
//     refusjon, eller 0 (IngentingAGjore, MinusbelopBortfalt) når tiltaket
//     slutter i perioden.
//
// Avrunding: brutto lønn, korrigert lønn og ferietrekk rundes til hele
// kroner først, som i NAVs kode (roundToInt); ellers er rund RundHalvtOpp på
// det eksakte desimaltallet (halvt mot +∞, som Kotlins roundToInt). NAVs
// refusjonskode regner i double; det nøyaktige uttrykket for prosentsteget
// der er ikke kjent for oss, så det finnes ingen flyttallsemulering her.
//
// Mentor og VTAO har fast tilskudd i NAVs praksis: refusjonen er
// tilskuddsbeløpet minus tidligere utbetalt (for VTAO gir en korreksjon 0).
// Felt som ikke brukes for dem (ferietrekk, refunderbart beløp,
// minusbeløp, utbetalt i året) må være 0; ellers gis en *tiltak.FeltFeil.
// Andre tiltak enn lønnstilskudd, mentor og VTAO gir ErrIkkeModellert.
func BeregnRefusjon(g Refusjonsgrunnlag) (Refusjon, error) {
	if err := g.Valider(); err != nil {
		return Refusjon{}, err
	}
	var r Refusjon
	switch g.Tiltak {
	case tiltak.Mentor, tiltak.VTAO:
		for _, b := range []struct {
			felt string
			v    decimal.Decimal
		}{{"ferietrekk", g.Ferietrekk}, {"refunderbart_belop", g.RefunderbartBelop}, {"forrige_minusbelop", g.ForrigeMinusbelop}, {"utbetalt_i_aret", g.UtbetaltIAret}} {
			if !b.v.IsZero() {
				return Refusjon{}, feltFeil(b.felt, b.v.String(), "brukes ikke for "+string(g.Tiltak)+" (fast tilskudd) og må være 0", ErrUgyldigBelop)
			}
		}
		r.Refusjon = g.Tilskuddsbelop
		if g.Tiltak == tiltak.VTAO && g.Korreksjon {
			r.Refusjon = decimal.Zero
		}
		r.Hjemler = []tiltak.Hjemmel{PraksisRefusjon}
	case tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd:
		if err := beregnLonnstilskudd(&g, &r); err != nil {
			return Refusjon{}, err
		}
	default:
		return Refusjon{}, feltFeil("tiltak", string(g.Tiltak), "tiltaket har ingen refusjon", ErrIkkeModellert)
	}
	r.TidligereUtbetalt = g.TidligereUtbetalt
	r.Refusjonsbelop = r.Refusjon.Sub(g.TidligereUtbetalt)
	switch {
	case r.Refusjonsbelop.Sign() > 0:
		r.Oppgjor = Utbetaling
	case r.Refusjonsbelop.Sign() == 0:
		r.Oppgjor = IngentingAGjore
	case g.Korreksjon:
		r.Oppgjor = Tilbakekreving
	case g.TiltaketSlutter:
		r.Refusjonsbelop = decimal.Zero
		r.MinusbelopBortfalt = true
		r.Oppgjor = IngentingAGjore
	default:
		r.Oppgjor = Minusbelop
	}
	return r, nil
}

func beregnLonnstilskudd(g *Refusjonsgrunnlag, r *Refusjon) error {
	grunnlag := HjemmelRefusjonsgrunnlag9
	if g.Tiltak == tiltak.VarigLonnstilskudd || g.Tiltak == tiltak.FirearigLonnstilskudd {
		grunnlag = HjemmelRefusjonsgrunnlag10
	}
	r.Hjemler = []tiltak.Hjemmel{grunnlag, PraksisRefusjon}
	r.Lonn = RundHalvtOpp(g.Bruttolonn)
	if g.KorrigertBruttolonn.Valid {
		if k := RundHalvtOpp(g.KorrigertBruttolonn.Decimal); k.Cmp(r.Lonn) < 0 {
			r.Lonn = k
			r.KorrigertLonnBrukt = true
		}
	}
	r.Ferietrekk = RundHalvtOpp(g.Ferietrekk)
	l := r.Lonn.Add(r.Ferietrekk)
	r.LonnFratrukketFerie = l
	r.Feriepenger = l.Mul(g.Feriepengesats)
	lf := l.Add(r.Feriepenger)
	r.OTP = lf.Mul(g.OTPSats)
	r.Arbeidsgiveravgift = lf.Add(r.OTP).Mul(g.Arbeidsgiveravgiftsats)
	r.SumUtgifter = lf.Add(r.OTP).Add(r.Arbeidsgiveravgift)
	r.SumUtgifterFratrukketRefundert = r.SumUtgifter.Sub(g.RefunderbartBelop)
	brutto := r.SumUtgifter.Mul(g.Prosent).Shift(-2)
	beregnet := r.SumUtgifterFratrukketRefundert.Mul(g.Prosent).Shift(-2)
	switch {
	case brutto.Sign() < 0:
		beregnet = brutto
	case brutto.Sign() > 0 && beregnet.Sign() < 0:
		beregnet = decimal.Zero
	}
	r.Beregnet = beregnet
	r.BeregnetBelop = RundHalvtOpp(beregnet)
	r.EtterTak = r.BeregnetBelop
	if r.BeregnetBelop.Cmp(g.Tilskuddsbelop) > 0 {
		r.EtterTak = g.Tilskuddsbelop
		r.OverTilskuddsbelop = true
		r.Tak = TakTilskuddsbelop
	}
	r.MedMinusbelop = r.EtterTak.Add(g.ForrigeMinusbelop)
	r.Refusjon = r.MedMinusbelop
	if g.Tiltak == tiltak.VarigLonnstilskudd || g.Tiltak == tiltak.FirearigLonnstilskudd {
		r.Har5G = true
		r.Hjemler = append(r.Hjemler, Hjemmel5G, Praksis5GDato)
		gb, err := G(g.Periode.Fra)
		if err != nil {
			return err
		}
		r.G = gb
		r.Gjenstaende5G = decimal.Max(decimal.Zero, gb.Mul(fem).Sub(g.UtbetaltIAret))
		if r.Refusjon.Cmp(r.Gjenstaende5G) > 0 {
			r.Refusjon = r.Gjenstaende5G
			r.Over5G = true
			r.Tak = Tak5G
		}
	}
	return nil
}
