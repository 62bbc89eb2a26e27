package tilskudd

import (
	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/regler"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Refusjonsgrunnlag er det som trengs for å regne refusjonen for én oppgjort
// tilskuddsperiode. Beløpene er i kroner; alle prosenter er hele prosent
// (40 = 40 %, 14,1 = 14,1 %).
//
// Lønnen kan oppgis på to måter: som samlet bruttolønn (Bruttolonn) for en
// tjeneste som allerede har summert den, eller som linjene i a-meldingen
// (Inntektslinjer), der pakken bruker NAVs regler for hvilke linjer som er
// lønn og ferietrekk og viser vurderingen av hver linje i svaret. Nøyaktig
// én av dem må være oppgitt for lønnstilskudd. En lønn, prosent eller et
// godkjent beløp som mangler, er en feil som navngir feltet, aldri 0.
type Refusjonsgrunnlag struct {
	Tiltak  tiltak.Kode    `json:"tiltak"`
	Periode tiltak.Periode `json:"periode"` // tilskuddsperioden (fom–tom)
	// Prosent er tilskuddsprosenten for perioden (0–100), påkrevd for
	// lønnstilskudd. Den brukes ikke for mentor og VTAO.
	Prosent decimal.NullDecimal `json:"prosent"`
	// Tilskuddsbelop er det godkjente beløpet for perioden (taket), ≥ 0,
	// påkrevd. For mentor og VTAO er det det faste beløpet.
	Tilskuddsbelop decimal.NullDecimal `json:"tilskuddsbelop"`
	// Bruttolonn er lønnen som faktisk er utbetalt for perioden, ≥ 0, når
	// den er summert på forhånd. Den rundes halvt opp til hele kroner før
	// den brukes (NAVs steg 1).
	Bruttolonn decimal.NullDecimal `json:"bruttolonn"`
	// Inntektslinjer er linjene i a-meldingen for perioden, når lønnen skal
	// regnes av dem (i stedet for Bruttolonn). En tom liste ([] i JSON) betyr
	// at a-meldingen ikke har noen linjer: lønnen er 0. nil (null eller
	// manglende felt i JSON) betyr at linjene ikke er oppgitt.
	Inntektslinjer []Inntektslinje `json:"inntektslinjer"`
	// KorrigertBruttolonn er arbeidsgiverens korrigerte lønn, om den er
	// oppgitt. Den kan bare senke lønnen: brukt er min(korrigert, brutto),
	// begge rundet til hele kroner.
	KorrigertBruttolonn decimal.NullDecimal `json:"korrigert_bruttolonn"`
	// Ferietrekk er trekk i lønn for ferie, som regel negativt (et
	// tilbakeført trekk kan gjøre det positivt). Med Bruttolonn er det
	// periodens samlede ferietrekk; med Inntektslinjer er det et ekstra trekk
	// som legges til linjene med trekkILoennForFerie (NAVs ekstraFerietrekk).
	// Summen rundes halvt opp til hele kroner (NAVs steg 3). 0 betyr intet
	// trekk.
	Ferietrekk decimal.Decimal `json:"ferietrekk"`
	// FerietrekkAlleredeTrukket er sann når en refusjon for samme måned
	// allerede har tatt ferietrekket: da er ferietrekket 0 (også Ferietrekk),
	// og linjene med trekk vises som ikke medregnet.
	FerietrekkAlleredeTrukket bool `json:"ferietrekk_allerede_trukket,omitempty"`
	// FeriepengerProsent, OTPProsent og ArbeidsgiveravgiftProsent er
	// prosentene som i Lonnsgrunnlag, påkrevd for lønnstilskudd.
	FeriepengerProsent        decimal.NullDecimal `json:"feriepenger_prosent"`
	OTPProsent                decimal.NullDecimal `json:"otp_prosent"`
	ArbeidsgiveravgiftProsent decimal.NullDecimal `json:"arbeidsgiveravgift_prosent"`
	// RefunderbartBelop er beløp arbeidsgiveren får dekket på annen måte
	// (for eksempel sykepenger), ≥ 0. Det trekkes fra utgiftene. 0 betyr
	// ingenting.
	RefunderbartBelop decimal.Decimal `json:"refunderbart_belop"`
	// ForrigeMinusbelop er summen av tidligere minusbeløp på avtalen som ikke
	// er gjort opp, ≤ 0.
	ForrigeMinusbelop decimal.Decimal `json:"forrige_minusbelop"`
	// UtbetaltIAret er summen som allerede er utbetalt for samme person,
	// arbeidsgiver og tiltak i kalenderåret til periodens første dag, ≥ 0.
	// Påkrevd for varig og fireårig lønnstilskudd (5G-taket); for andre
	// tiltak brukes den ikke.
	UtbetaltIAret decimal.NullDecimal `json:"utbetalt_i_aret"`
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
	// Bruttolonn er summen av lønnslinjene som teller (urundet), eller
	// bruttolønnen som ble oppgitt.
	Bruttolonn                     decimal.Decimal `json:"bruttolonn"`
	Lonn                           decimal.Decimal `json:"lonn"` // rund(brutto), eller korrigert lønn når den er lavere
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
	MinusbelopBortfalt bool    `json:"minusbelop_bortfalt,omitempty"`
	Tak                Tak     `json:"tak"` // taket som bestemte Refusjon
	Oppgjor            Oppgjor `json:"oppgjor"`
	// Inntektslinjer er vurderingen av hver inntektslinje, i samme
	// rekkefølge som i grunnlaget, når lønnen er regnet av linjene.
	Inntektslinjer []Linjevurdering `json:"inntektslinjer,omitempty"`
	Hjemler        []tiltak.Hjemmel `json:"hjemler"`
}

// harFastTilskudd sier om tiltaket har fast tilskudd i NAVs praksis (mentor
// og VTAO): refusjonen er det godkjente beløpet.
func harFastTilskudd(k tiltak.Kode) bool { return k == tiltak.Mentor || k == tiltak.VTAO }

// erLonnstilskudd sier om tiltaket får refusjon av lønnskostnaden.
func erLonnstilskudd(k tiltak.Kode) bool {
	switch k {
	case tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd:
		return true
	}
	return false
}

// Valider sjekker grunnlaget og gir en *tiltak.FeltFeil som navngir feltet:
// en verdi som mangler (ErrMangler), et beløp med feil fortegn eller over
// MaksKroner (ErrUgyldigBelop, ErrUtenforOmrade), en prosent utenfor
// området (ErrUgyldigSats), en feil i en inntektslinje
// ("inntektslinjer[3].belop"), et tiltak uten refusjon og et lønnstilskudd
// i en periode uten satsregel i lovlaget, for eksempel før 2016 eller
// fireårig lønnstilskudd etter forsøket ("periode.fra") (ErrIkkeModellert).
// Valider allokerer ikke når grunnlaget er gyldig.
func (g *Refusjonsgrunnlag) Valider() error {
	_, err := g.valider()
	return err
}

// valider er Valider, og gir i tillegg satsregelen for et lønnstilskudd
// (slått opp én gang, så BeregnRefusjon ikke trenger å slå den opp igjen);
// for andre tiltak er satsregelen tom.
func (g *Refusjonsgrunnlag) valider() (regler.Sats, error) {
	var ingen regler.Sats
	if err := g.Tiltak.Valider(); err != nil {
		return ingen, err
	}
	if err := g.Periode.Valider(); err != nil {
		return ingen, tiltak.MedPrefiks(err, "periode.")
	}
	if err := kravBelop("tilskuddsbelop", g.Tilskuddsbelop); err != nil {
		return ingen, err
	}
	if err := sjekkBelop("ferietrekk", g.Ferietrekk, false); err != nil {
		return ingen, err
	}
	if err := sjekkBelop("refunderbart_belop", g.RefunderbartBelop, true); err != nil {
		return ingen, err
	}
	if err := sjekkBelop("forrige_minusbelop", g.ForrigeMinusbelop, false); err != nil {
		return ingen, err
	}
	if g.ForrigeMinusbelop.Sign() > 0 {
		return ingen, feltFeil("forrige_minusbelop", g.ForrigeMinusbelop.String(), "kan ikke være positivt", ErrUgyldigBelop)
	}
	if err := sjekkBelop("tidligere_utbetalt", g.TidligereUtbetalt, true); err != nil {
		return ingen, err
	}
	if g.UtbetaltIAret.Valid {
		if err := sjekkBelop("utbetalt_i_aret", g.UtbetaltIAret.Decimal, true); err != nil {
			return ingen, err
		}
	}
	switch {
	case harFastTilskudd(g.Tiltak):
		for _, b := range [...]struct {
			felt string
			v    decimal.Decimal
		}{{"ferietrekk", g.Ferietrekk}, {"refunderbart_belop", g.RefunderbartBelop}, {"forrige_minusbelop", g.ForrigeMinusbelop}, {"utbetalt_i_aret", g.UtbetaltIAret.Decimal}} {
			if !b.v.IsZero() {
				return ingen, feltFeil(b.felt, b.v.String(), "brukes ikke for "+string(g.Tiltak)+" (fast tilskudd) og må være 0", ErrUgyldigBelop)
			}
		}
		return ingen, nil
	case !erLonnstilskudd(g.Tiltak):
		return ingen, ikkeModellert("tiltak", string(g.Tiltak), g.Tiltak, g.Periode.Fra, "tiltaket har ingen refusjon")
	}
	// Refusjonsgrunnlaget og G-taket står i satsregelen for perioden; uten
	// den kan refusjonen ikke regnes (ellers forsvant 5G-taket i stillhet).
	sats, err := satsFor(g.Tiltak, g.Periode.Fra, "periode.fra")
	if err != nil {
		return ingen, err
	}
	if !g.Prosent.Valid {
		return ingen, feltFeil("prosent", "", "mangler", ErrMangler)
	}
	if err := sjekkProsent("prosent", g.Prosent.Decimal); err != nil {
		return ingen, err
	}
	switch {
	case g.Bruttolonn.Valid && g.Inntektslinjer != nil:
		return ingen, feltFeil("bruttolonn", g.Bruttolonn.Decimal.String(), "oppgi enten bruttolonn (summert lønn) eller inntektslinjer (fra a-meldingen), ikke begge", ErrUgyldigBelop)
	case g.Bruttolonn.Valid:
		if err := sjekkBelop("bruttolonn", g.Bruttolonn.Decimal, true); err != nil {
			return ingen, err
		}
	case g.Inntektslinjer != nil:
		if err := validerLinjer(g.Inntektslinjer); err != nil {
			return ingen, err
		}
	default:
		return ingen, feltFeil("bruttolonn", "", "mangler lønn: oppgi bruttolonn (summert lønn) eller inntektslinjer (fra a-meldingen)", ErrMangler)
	}
	if g.KorrigertBruttolonn.Valid {
		if err := sjekkBelop("korrigert_bruttolonn", g.KorrigertBruttolonn.Decimal, true); err != nil {
			return ingen, err
		}
	}
	if err := sjekkKostnadsprosenter(g.FeriepengerProsent, g.OTPProsent, g.ArbeidsgiveravgiftProsent); err != nil {
		return ingen, err
	}
	if sats.GTak() > 0 && !g.UtbetaltIAret.Valid {
		return ingen, feltFeil("utbetalt_i_aret", "", "mangler: summen som er utbetalt i kalenderåret trengs for 5G-taket (oppgi 0 når ingenting er utbetalt)", ErrMangler)
	}
	return sats, nil
}

// BeregnRefusjon regner refusjonen for en oppgjort tilskuddsperiode i NAVs
// rekkefølge (nav-praksis § 3d; refusjonsgrunnlaget etter tiltaksforskriften
// §§ 9-4 og 10-6, 5G-taket etter § 10-7), med satsene i StandardSatser (G).
// Se Satser.BeregnRefusjon.
func BeregnRefusjon(g Refusjonsgrunnlag) (Refusjon, error) { return standard.BeregnRefusjon(g) }

// BeregnRefusjon regner refusjonen for en oppgjort tilskuddsperiode i NAVs
// rekkefølge (nav-praksis § 3d; refusjonsgrunnlaget etter tiltaksforskriften
// §§ 9-4 og 10-6, 5G-taket etter § 10-7), med G fra s:
//
//  1. brutto = bruttolønnen, eller summen av inntektslinjene som er lønn
//     (se under); lønn = rund(brutto), eller min(lønn, rund(korrigert)) når
//     en korrigert lønn er oppgitt
//  2. lønn fratrukket ferie = lønn + rund(ferietrekk), der ferietrekket er
//     linjene med trekk i periodens måned pluss Ferietrekk, eller 0 når
//     trekket alt er tatt for måneden
//  3. feriepenger, OTP og arbeidsgiveravgift som i BeregnLonnskostnad, men
//     urundet, og sum utgifter = lønn fratrukket ferie + de tre
//  4. beregnet = (sum utgifter − refunderbart beløp) × prosent / 100; er
//     bruttobeløpet (uten fratrekk) positivt men beregnet negativt, blir det
//     0; er bruttobeløpet negativt, brukes bruttobeløpet
//  5. beregnet beløp = rund(beregnet) – den eneste avrundingen etter steg 1–2
//  6. tak: min(beregnet beløp, tilskuddsbeløp), pluss tidligere minusbeløp
//  7. for varig og fireårig lønnstilskudd: høyst max(0, 5 G − utbetalt i
//     året), med G på periodens første dag (G skifter 1. mai)
//  8. refusjonsbeløp = refusjon − tidligere utbetalt; positivt gir
//     Utbetaling og 0 IngentingAGjore. Negativt gir Tilbakekreving i en
//     korreksjon; i en ordinær refusjon et Minusbelop som føres mot neste
//     refusjon, eller 0 (IngentingAGjore, MinusbelopBortfalt) når tiltaket
//     slutter i perioden.
//
// Inntektslinjer (NAVs praksis, nav-praksis § 3d; hjemmelen er
// tiltaksforskriften § 9-5 andre ledd og tilsvarende for de andre
// lønnstilskuddene: overtidsbetaling og andre variable tillegg skal ikke
// med). En linje er lønn når inntektstypen er LOENNSINNTEKT, beskrivelsen
// er en av Lonnsbeskrivelser og inntekten er opptjent i perioden. En linje
// med beskrivelsen trekkILoennForFerie er ferietrekk når måneden er
// måneden perioden begynner i. Alle andre linjer telles ikke, også en
// ukjent inntektstype eller beskrivelse; svaret lister hver linje med
// grunnen (Refusjon.Inntektslinjer), og en ukjent linje stopper aldri
// beregningen. Om en lønnslinje er opptjent i perioden, er arbeidsgiverens
// svar (OpptjentIPerioden). Mangler svaret, utledes det av
// opptjeningsperioden når den ligger helt innenfor perioden (ja) eller helt
// utenfor (nei); ellers er det en feil for
// "inntektslinjer[i].opptjent_i_perioden", for pakken gjetter ikke. Negative
// linjer (rettelser) telles med sitt fortegn.
//
// Avrunding: brutto lønn, korrigert lønn og ferietrekk rundes til hele
// kroner først, som i NAVs kode (roundToInt); ellers er rund RundHalvtOpp på
// det eksakte desimaltallet (halvt mot +∞, som Kotlins roundToInt). NAVs
// refusjonskode regner i double; det nøyaktige uttrykket for prosentsteget
// der er ikke kjent for oss, så det finnes ingen flyttallsemulering her.
// Regnestykket går i eksakte heltall når tallene får plass i int64, og ellers
// i shopspring/decimal; svaret er det samme (FuzzRefusjonRask).
//
// Mentor og VTAO har fast tilskudd i NAVs praksis: refusjonen er
// tilskuddsbeløpet minus tidligere utbetalt (for VTAO gir en korreksjon 0).
// Felt som ikke brukes for dem (ferietrekk, refunderbart beløp,
// minusbeløp, utbetalt i året) må være 0; ellers gis en *tiltak.FeltFeil.
// Lønnen, inntektslinjene og prosentene brukes ikke for dem (NAV viser dem
// bare) og er ikke påkrevd.
// Andre tiltak enn lønnstilskudd, mentor og VTAO gir ErrIkkeModellert.
// Feilene ellers er de fra Refusjonsgrunnlag.Valider, en linje uten svar om
// opptjening og en periode uten kjent G (feltet "periode.fra", med en
// *IngenSatsFeil).
func (s *Satser) BeregnRefusjon(g Refusjonsgrunnlag) (Refusjon, error) {
	sats, err := g.valider()
	if err != nil {
		return Refusjon{}, err
	}
	if harFastTilskudd(g.Tiltak) {
		return fastRefusjon(&g), nil
	}
	var linjer []Linjevurdering
	if g.Inntektslinjer != nil {
		if linjer, err = vurderLinjer(&g); err != nil {
			return Refusjon{}, err
		}
	}
	var gb decimal.Decimal
	if sats.GTak() > 0 {
		if gb, err = s.G(g.Periode.Fra); err != nil {
			return Refusjon{}, medFelt(err, "periode.fra")
		}
	}
	var r Refusjon
	if !lonnstilskuddRaskMed(&g, sats, linjer, gb, &r) {
		r = Refusjon{}
		lonnstilskuddDesimalMed(&g, sats, linjer, gb, &r)
	}
	r.Inntektslinjer = linjer
	return r, nil
}

// refusjonHjemler gir hjemlene for en refusjon av lønnstilskudd: leddet
// om refusjonsgrunnlaget og leddet om G-taket etter lovlaget,
// NAVs praksis for refusjonen, og ved inntektslinjer leddet om hva som er
// lønn og NAVs praksis for linjene.
func refusjonHjemler(s regler.Sats, medLinjer bool) []tiltak.Hjemmel {
	grunnlag, harGrunnlag := s.Grunnlag()
	// Nøyaktig så mange som kommer (2–6), så skiven ikke er større enn
	// svaret.
	n := 1
	if harGrunnlag {
		n++
	}
	if s.GTak() > 0 {
		n += 2
	}
	if medLinjer {
		n++
		if harGrunnlag {
			n++
		}
	}
	h := make([]tiltak.Hjemmel, 0, n)
	if harGrunnlag {
		h = append(h, grunnlag.Hjemmel)
	}
	h = append(h, praksisRefusjon)
	if s.GTak() > 0 {
		h = append(h, s.GTakHjemmel(), praksis5GDato)
	}
	if medLinjer {
		if harGrunnlag {
			h = append(h, grunnlag.Lonnsbegrep)
		}
		h = append(h, praksisInntektslinjer)
	}
	return h
}

// fastRefusjon er refusjonen for mentor og VTAO (fast tilskudd).
func fastRefusjon(g *Refusjonsgrunnlag) Refusjon {
	r := Refusjon{Refusjon: g.Tilskuddsbelop.Decimal, Hjemler: []tiltak.Hjemmel{praksisRefusjon}}
	if g.Tiltak == tiltak.VTAO && g.Korreksjon {
		r.Refusjon = decimal.Zero
	}
	r.TidligereUtbetalt = g.TidligereUtbetalt
	r.Refusjonsbelop = r.Refusjon.Sub(g.TidligereUtbetalt)
	r.Oppgjor, r.MinusbelopBortfalt = oppgjor(g, r.Refusjonsbelop.Sign())
	if r.MinusbelopBortfalt {
		r.Refusjonsbelop = decimal.Zero
	}
	return r
}

// oppgjor gir utfallet for et refusjonsbeløp med fortegnet fortegn, og om et
// negativt beløp faller bort (beløpet skal da settes til 0).
func oppgjor(g *Refusjonsgrunnlag, fortegn int) (Oppgjor, bool) {
	switch {
	case fortegn > 0:
		return Utbetaling, false
	case fortegn == 0:
		return IngentingAGjore, false
	case g.Korreksjon:
		return Tilbakekreving, false
	case g.TiltaketSlutter:
		return IngentingAGjore, true
	}
	return Minusbelop, false
}

// lonnstilskuddDesimal er desimalveien (referansen) for refusjon av
// lønnstilskudd. g må være gyldig; linjer er vurderingen av inntektslinjene
// (nil når Bruttolonn er oppgitt); gb er G for 5G-tiltak.
func lonnstilskuddDesimal(g *Refusjonsgrunnlag, linjer []Linjevurdering, gb decimal.Decimal, r *Refusjon) {
	sats, _ := regler.SatsFor(g.Tiltak, g.Periode.Fra)
	lonnstilskuddDesimalMed(g, sats, linjer, gb, r)
}

// lonnstilskuddDesimalMed er lonnstilskuddDesimal med satsregelen for
// perioden (slått opp av kalleren).
func lonnstilskuddDesimalMed(g *Refusjonsgrunnlag, sats regler.Sats, linjer []Linjevurdering, gb decimal.Decimal, r *Refusjon) {
	r.Hjemler = refusjonHjemler(sats, linjer != nil)
	brutto, trekk := g.Bruttolonn.Decimal, g.Ferietrekk
	if linjer != nil {
		brutto = decimal.Zero
		for _, v := range linjer {
			switch v.Grunn {
			case GrunnLonn:
				brutto = brutto.Add(v.Linje.Belop.Decimal)
			case GrunnFerietrekk:
				trekk = trekk.Add(v.Linje.Belop.Decimal)
			}
		}
	}
	if g.FerietrekkAlleredeTrukket {
		trekk = decimal.Zero
	}
	r.Bruttolonn = brutto
	r.Lonn = RundHalvtOpp(brutto)
	if g.KorrigertBruttolonn.Valid {
		if k := RundHalvtOpp(g.KorrigertBruttolonn.Decimal); k.Cmp(r.Lonn) < 0 {
			r.Lonn = k
			r.KorrigertLonnBrukt = true
		}
	}
	r.Ferietrekk = RundHalvtOpp(trekk)
	l := r.Lonn.Add(r.Ferietrekk)
	r.LonnFratrukketFerie = l
	r.Feriepenger = l.Mul(g.FeriepengerProsent.Decimal).Shift(-2)
	lf := l.Add(r.Feriepenger)
	r.OTP = lf.Mul(g.OTPProsent.Decimal).Shift(-2)
	r.Arbeidsgiveravgift = lf.Add(r.OTP).Mul(g.ArbeidsgiveravgiftProsent.Decimal).Shift(-2)
	r.SumUtgifter = lf.Add(r.OTP).Add(r.Arbeidsgiveravgift)
	r.SumUtgifterFratrukketRefundert = r.SumUtgifter.Sub(g.RefunderbartBelop)
	p := g.Prosent.Decimal
	bruttoBelop := r.SumUtgifter.Mul(p).Shift(-2)
	beregnet := r.SumUtgifterFratrukketRefundert.Mul(p).Shift(-2)
	switch {
	case bruttoBelop.Sign() < 0:
		beregnet = bruttoBelop
	case bruttoBelop.Sign() > 0 && beregnet.Sign() < 0:
		beregnet = decimal.Zero
	}
	r.Beregnet = beregnet
	r.BeregnetBelop = RundHalvtOpp(beregnet)
	r.EtterTak = r.BeregnetBelop
	if r.BeregnetBelop.Cmp(g.Tilskuddsbelop.Decimal) > 0 {
		r.EtterTak = g.Tilskuddsbelop.Decimal
		r.OverTilskuddsbelop = true
		r.Tak = TakTilskuddsbelop
	}
	r.MedMinusbelop = r.EtterTak.Add(g.ForrigeMinusbelop)
	r.Refusjon = r.MedMinusbelop
	if gt := sats.GTak(); gt > 0 {
		r.Har5G = true
		r.G = gb
		r.Gjenstaende5G = decimal.Max(decimal.Zero, gb.Mul(decimal.NewFromInt(gt)).Sub(g.UtbetaltIAret.Decimal))
		if r.Refusjon.Cmp(r.Gjenstaende5G) > 0 {
			r.Refusjon = r.Gjenstaende5G
			r.Over5G = true
			r.Tak = Tak5G
		}
	}
	r.TidligereUtbetalt = g.TidligereUtbetalt
	r.Refusjonsbelop = r.Refusjon.Sub(g.TidligereUtbetalt)
	r.Oppgjor, r.MinusbelopBortfalt = oppgjor(g, r.Refusjonsbelop.Sign())
	if r.MinusbelopBortfalt {
		r.Refusjonsbelop = decimal.Zero
	}
}

// lonnstilskuddRask er lonnstilskuddDesimal i eksakte heltall (tall). Den
// gir false når et tall ikke får plass i int64 eller har for mange
// desimaler; da regner kalleren med lonnstilskuddDesimal, som gir det
// samme svaret (FuzzRefusjonRask sjekker det).
func lonnstilskuddRask(g *Refusjonsgrunnlag, linjer []Linjevurdering, gb decimal.Decimal, r *Refusjon) bool {
	sats, _ := regler.SatsFor(g.Tiltak, g.Periode.Fra)
	return lonnstilskuddRaskMed(g, sats, linjer, gb, r)
}

// lonnstilskuddRaskMed er lonnstilskuddRask med satsregelen for perioden
// (slått opp av kalleren).
func lonnstilskuddRaskMed(g *Refusjonsgrunnlag, sats regler.Sats, linjer []Linjevurdering, gb decimal.Decimal, r *Refusjon) bool {
	gTak := sats.GTak()
	b := nyDesimalbygger(0)
	kjent := func(d decimal.Decimal) (tall, bool) {
		t, ok := lesTall(d)
		if ok {
			b.kjenn(t, d)
		}
		return t, ok
	}
	tilskudd, ok1 := kjent(g.Tilskuddsbelop.Decimal)
	ekstra, ok2 := kjent(g.Ferietrekk)
	refunderbart, ok3 := kjent(g.RefunderbartBelop)
	minus, ok4 := kjent(g.ForrigeMinusbelop)
	tidligere, ok5 := kjent(g.TidligereUtbetalt)
	p, ok6 := lesTall(g.Prosent.Decimal)
	fp, ok7 := lesTall(g.FeriepengerProsent.Decimal)
	otpP, ok8 := lesTall(g.OTPProsent.Decimal)
	aga, ok9 := lesTall(g.ArbeidsgiveravgiftProsent.Decimal)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 || !ok8 || !ok9 {
		return false
	}
	var brutto, trekk tall
	ok := true
	if linjer != nil {
		for i := range linjer {
			v := &linjer[i]
			if !v.Teller {
				continue
			}
			x, okx := lesTall(v.Linje.Belop.Decimal)
			if !okx {
				return false
			}
			if v.Grunn == GrunnLonn {
				brutto, ok = brutto.add(x)
			} else {
				trekk, ok = trekk.add(x)
			}
			if !ok {
				return false
			}
		}
		if trekk, ok = trekk.add(ekstra); !ok {
			return false
		}
	} else {
		if brutto, ok = kjent(g.Bruttolonn.Decimal); !ok {
			return false
		}
		trekk = ekstra
	}
	if g.FerietrekkAlleredeTrukket {
		trekk = tall{}
	}
	lonn := brutto.rundHalvtOpp()
	korrigertBrukt := false
	if g.KorrigertBruttolonn.Valid {
		k, ok := lesTall(g.KorrigertBruttolonn.Decimal)
		if !ok {
			return false
		}
		if kr := k.rundHalvtOpp(); kr < lonn {
			lonn, korrigertBrukt = kr, true
		}
	}
	ferietrekk := trekk.rundHalvtOpp()
	l, ok := heltall(lonn).add(heltall(ferietrekk))
	if !ok {
		return false
	}
	feriepenger, ok1 := l.prosent(fp)
	lf, ok2 := l.add(feriepenger)
	otp, ok3 := lf.prosent(otpP)
	lfo, ok4 := lf.add(otp)
	avgift, ok5 := lfo.prosent(aga)
	sum, ok6 := lfo.add(avgift)
	sumFratrukket, ok7 := sum.sub(refunderbart)
	bruttoBelop, ok8 := sum.prosent(p)
	beregnet, ok9 := sumFratrukket.prosent(p)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 || !ok8 || !ok9 {
		return false
	}
	switch {
	case bruttoBelop.k < 0:
		beregnet = bruttoBelop
	case bruttoBelop.k > 0 && beregnet.k < 0:
		beregnet = tall{}
	}
	beregnetBelop := heltall(beregnet.rundHalvtOpp())
	etterTak := beregnetBelop
	tak := IngenTak
	over, ok := beregnetBelop.cmp(tilskudd)
	if !ok {
		return false
	}
	if over > 0 {
		etterTak, tak = tilskudd, TakTilskuddsbelop
	}
	medMinus, ok := etterTak.add(minus)
	if !ok {
		return false
	}
	refusjon := medMinus
	var gTall, gjenstaende tall
	over5G := false
	if gTak > 0 {
		var ok1, ok2, ok3, ok4 bool
		gTall, ok1 = kjent(gb)
		utbetalt, ok2 := kjent(g.UtbetaltIAret.Decimal)
		femG, ok3 := gTall.mul(heltall(gTak))
		gjenstaende, ok4 = femG.sub(utbetalt)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return false
		}
		if gjenstaende.k < 0 {
			gjenstaende = tall{}
		}
		c, ok := refusjon.cmp(gjenstaende)
		if !ok {
			return false
		}
		if c > 0 {
			refusjon, over5G, tak = gjenstaende, true, Tak5G
		}
	}
	refusjonsbelop, ok := refusjon.sub(tidligere)
	if !ok {
		return false
	}
	b.reserver(brutto, heltall(lonn), heltall(ferietrekk), l, feriepenger, otp, avgift, sum, sumFratrukket,
		beregnet, beregnetBelop, etterTak, medMinus, refusjon, gjenstaende, refusjonsbelop)
	*r = Refusjon{
		Bruttolonn: b.lag(brutto), Lonn: b.lagHel(lonn), KorrigertLonnBrukt: korrigertBrukt,
		Ferietrekk: b.lagHel(ferietrekk), LonnFratrukketFerie: b.lag(l),
		Feriepenger: b.lag(feriepenger), OTP: b.lag(otp), Arbeidsgiveravgift: b.lag(avgift),
		SumUtgifter: b.lag(sum), SumUtgifterFratrukketRefundert: b.lag(sumFratrukket),
		Beregnet: b.lag(beregnet), BeregnetBelop: b.lag(beregnetBelop),
		OverTilskuddsbelop: over > 0, EtterTak: b.lag(etterTak), MedMinusbelop: b.lag(medMinus),
		Har5G: gTak > 0, Over5G: over5G, Refusjon: b.lag(refusjon), TidligereUtbetalt: g.TidligereUtbetalt,
		Tak: tak, Hjemler: refusjonHjemler(sats, linjer != nil),
	}
	if r.Har5G {
		r.G, r.Gjenstaende5G = gb, b.lag(gjenstaende)
	}
	r.Oppgjor, r.MinusbelopBortfalt = oppgjor(g, sign(refusjonsbelop.k))
	if r.MinusbelopBortfalt {
		refusjonsbelop = tall{}
	}
	r.Refusjonsbelop = b.lag(refusjonsbelop)
	return true
}
