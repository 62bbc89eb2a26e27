package tilskudd

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func grunnlag() Refusjonsgrunnlag {
	return Refusjonsgrunnlag{
		Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-03-01", "2024-03-31"),
		Prosent: NP("40"), Tilskuddsbelop: NP("15642"), Bruttolonn: NP("30000"),
		FeriepengerProsent: NP("12"), OTPProsent: NP("2"), ArbeidsgiveravgiftProsent: NP("14.1"),
	}
}

func TestBeregnRefusjonMellomresultater(t *testing.T) {
	// praksis-refusjon, regnet for hånd (urundet til slutt):
	//   lønn 30 000, feriepenger 3 600, OTP 672, avgift 4 832,352
	//   sum utgifter 39 104,352; × 40 % = 15 641,7408 → 15 642
	//   tak 15 642 (ikke over), refusjon 15 642, utbetaling
	r, err := BeregnRefusjon(grunnlag())
	if err != nil {
		t.Fatal(err)
	}
	want := Refusjon{
		Bruttolonn: N("30000"), Lonn: N("30000"), Ferietrekk: N("0"), LonnFratrukketFerie: N("30000"), Feriepenger: N("3600"), OTP: N("672"),
		Arbeidsgiveravgift: N("4832.352"), SumUtgifter: N("39104.352"), SumUtgifterFratrukketRefundert: N("39104.352"),
		Beregnet: N("15641.7408"), BeregnetBelop: N("15642"), EtterTak: N("15642"), MedMinusbelop: N("15642"),
		Gjenstaende5G: N("0"), Refusjon: N("15642"), TidligereUtbetalt: N("0"), Refusjonsbelop: N("15642"),
		Tak: IngenTak, Oppgjor: Utbetaling,
	}
	// Perioden er mars 2024: refusjonsgrunnlaget står i § 9-5 første ledd
	// (teksten fra 1. juli 2019), og beregningen er NAVs praksis.
	hjemler := hjemmelnokler(r.Hjemler)
	r.Hjemler = nil
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("(-vil +fikk):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"tf-9-5-v20190701/1", "praksis-refusjon/0"}, hjemler); diff != "" {
		t.Errorf("hjemler (-vil +fikk):\n%s", diff)
	}
}

func TestBeregnRefusjon(t *testing.T) {
	type rad struct {
		id       string
		navn     string
		endr     func(*Refusjonsgrunnlag)
		beregnet string // BeregnetBelop
		refusjon string
		belop    string // Refusjonsbelop
		tak      Tak
		oppgjor  Oppgjor
	}
	rader := []rad{
		{"praksis-refusjon", "grunntilfelle", func(g *Refusjonsgrunnlag) {}, "15642", "15642", "15642", IngenTak, Utbetaling},
		// Korrigert 28 000: fp 3 360, OTP 627,2, avgift 0,141 × 31 987,2 =
		// 4 510,1952; sum 36 497,3952 × 40 % = 14 598,958 → 14 599.
		{"praksis-refusjon", "korrigert lønn senker", func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("28000") }, "14599", "14599", "14599", IngenTak, Utbetaling},
		{"praksis-refusjon", "korrigert lønn over brutto brukes ikke", func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("31000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"praksis-refusjon", "korrigert lik brutto", func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("30000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		// Ferietrekk −5 000: lønn 25 000, fp 3 000, OTP 560, avgift 0,141 ×
		// 28 560 = 4 026,96; sum 32 586,96 × 40 % = 13 034,784 → 13 035.
		{"praksis-refusjon", "ferietrekk", func(g *Refusjonsgrunnlag) { g.Ferietrekk = N("-5000") }, "13035", "13035", "13035", IngenTak, Utbetaling},
		// Sykepenger 10 000: (39 104,352 − 10 000) × 40 % = 11 641,74 → 11 642.
		{"praksis-refusjon", "refunderbart beløp", func(g *Refusjonsgrunnlag) { g.RefunderbartBelop = N("10000") }, "11642", "11642", "11642", IngenTak, Utbetaling},
		// Fratrekket større enn utgiftene: brutto positivt, beregnet negativt → 0.
		{"praksis-refusjon", "fratrekk over utgiftene gir 0", func(g *Refusjonsgrunnlag) { g.RefunderbartBelop = N("50000") }, "0", "0", "0", IngenTak, IngentingAGjore},
		// Ferietrekk større enn lønnen: lønn −4 000, fp −480, OTP −89,6, avgift
		// 0,141 × −4 569,6 = −644,3136; sum −5 213,9136 × 40 % = −2 085,565 →
		// −2 086 (halvt opp mot +∞, som roundToInt).
		{"praksis-refusjon", "negativt bruttobeløp brukes og føres som minusbeløp", func(g *Refusjonsgrunnlag) { g.Bruttolonn = NP("1000"); g.Ferietrekk = N("-5000") }, "-2086", "-2086", "-2086", IngenTak, Minusbelop},
		{"praksis-refusjon", "negativt i en korreksjon kreves tilbake", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn = NP("1000")
			g.Ferietrekk = N("-5000")
			g.Korreksjon = true
		}, "-2086", "-2086", "-2086", IngenTak, Tilbakekreving},
		{"praksis-refusjon", "negativt når tiltaket slutter blir 0", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn = NP("1000")
			g.Ferietrekk = N("-5000")
			g.TiltaketSlutter = true
		}, "-2086", "-2086", "0", IngenTak, IngentingAGjore},
		{"praksis-refusjon", "over tilskuddsbeløpet", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = NP("15000") }, "15642", "15000", "15000", TakTilskuddsbelop, Utbetaling},
		{"praksis-refusjon", "tilskuddsbeløp en krone under", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = NP("15641") }, "15642", "15641", "15641", TakTilskuddsbelop, Utbetaling},
		{"praksis-refusjon", "tilskuddsbeløp en krone over", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = NP("15643") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"praksis-refusjon", "tidligere minusbeløp", func(g *Refusjonsgrunnlag) { g.ForrigeMinusbelop = N("-2000") }, "15642", "13642", "13642", IngenTak, Utbetaling},
		{"praksis-refusjon", "korreksjon: alt utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("15642") }, "15642", "15642", "0", IngenTak, IngentingAGjore},
		{"praksis-refusjon", "korreksjon: for mye utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("16000"); g.Korreksjon = true }, "15642", "15642", "-358", IngenTak, Tilbakekreving},
		{"praksis-refusjon", "korreksjon: tillegg", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("15641") }, "15642", "15642", "1", IngenTak, Utbetaling},
		// .5-punkt: satser 0, lønn 39 105, 50 % = 19 552,5 → 19 553.
		{"praksis-refusjon", "halvt opp på .5", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn, g.Prosent, g.Tilskuddsbelop = NP("39105"), NP("50"), NP("20000")
			g.FeriepengerProsent, g.OTPProsent, g.ArbeidsgiveravgiftProsent = NP("0"), NP("0"), NP("0")
		}, "19553", "19553", "19553", IngenTak, Utbetaling},
		// § 8-6 fjerde ledd og § 9-5 tredje ledd har ikke noe G-tak: utbetalt
		// i året brukes ikke.
		{"tf-8-6-v20210422", "sommerjobb uten 5G", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Sommerjobb; g.UtbetaltIAret = NP("10000000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"tf-9-5-v20190701", "midlertidig uten 5G", func(g *Refusjonsgrunnlag) { g.UtbetaltIAret = NP("10000000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"praksis-refusjon", "mentor: fast tilskuddsbeløp", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.Tilskuddsbelop = NP("3910") }, "0", "3910", "3910", IngenTak, Utbetaling},
		{"praksis-refusjon", "VTAO: fast sats minus tidligere utbetalt", func(g *Refusjonsgrunnlag) {
			g.Tiltak, g.Tilskuddsbelop, g.TidligereUtbetalt = tiltak.VTAO, NP("7067"), N("7067")
		}, "0", "7067", "0", IngenTak, IngentingAGjore},
	}
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			g := grunnlag()
			r.endr(&g)
			got, err := BeregnRefusjon(g)
			if err != nil {
				t.Fatal(err)
			}
			if !got.BeregnetBelop.Equal(N(r.beregnet)) || !got.Refusjon.Equal(N(r.refusjon)) || !got.Refusjonsbelop.Equal(N(r.belop)) {
				t.Errorf("beregnet %v refusjon %v beløp %v; vil ha %s %s %s", got.BeregnetBelop, got.Refusjon, got.Refusjonsbelop, r.beregnet, r.refusjon, r.belop)
			}
			if got.Tak != r.tak || got.Oppgjor != r.oppgjor {
				t.Errorf("tak %v oppgjør %v; vil ha %v %v", got.Tak, got.Oppgjor, r.tak, r.oppgjor)
			}
		})
	}
}

func TestRefusjon5G(t *testing.T) {
	// tf-10-7-v20160101 (andre ledd: fem G per år) og praksis-5g-dato. Varig 75 %, lønn 40 000: fp 4 800, OTP
	// 0,02 × 44 800 = 896, avgift 0,141 × 45 696 = 6 443,136; sum 52 139,136
	// × 75 % = 39 104,352 → 39 104.
	// Mai 2024: G = 124 028, 5 G = 620 140. Utbetalt i året 593 100 (= 5 ×
	// 118 620, taket før 1. mai): gjenstår (124 028 − 118 620) × 5 = 27 040.
	varig := func(fom, tom, utbetalt string) Refusjonsgrunnlag {
		g := grunnlag()
		g.Tiltak, g.Periode, g.Prosent, g.Bruttolonn, g.Tilskuddsbelop, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, P(fom, tom), NP("75"), NP("40000"), NP("39104"), NP(utbetalt)
		return g
	}
	for _, r := range []struct {
		id, navn     string
		g            Refusjonsgrunnlag
		gb, gjenstar string
		refusjon     string
		tak          Tak
		over5G       bool
		oppgjor      Oppgjor
	}{
		{"tf-10-7-v20160101", "mai etter G-økning betaler differansen", varig("2024-05-01", "2024-05-31", "593100"), "124028", "27040", "27040", Tak5G, true, Utbetaling},
		{"praksis-5g-dato", "30. april: gammel G, taket nådd", varig("2024-04-30", "2024-04-30", "593100"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"praksis-5g-dato", "april hel måned: gammel G", varig("2024-04-01", "2024-04-30", "593100"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"tf-10-7-v20160101", "utbetalt over taket gir 0, ikke negativt", varig("2024-04-01", "2024-04-30", "700000"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"tf-10-7-v20160101", "gjenstående lik refusjonen", varig("2024-06-01", "2024-06-30", "581036"), "124028", "39104", "39104", IngenTak, false, Utbetaling},
		{"tf-10-7-v20160101", "gjenstående en krone under", varig("2024-06-01", "2024-06-30", "581037"), "124028", "39103", "39103", Tak5G, true, Utbetaling},
		{"tf-10-7-v20160101", "langt under taket", varig("2024-06-01", "2024-06-30", "0"), "124028", "620140", "39104", IngenTak, false, Utbetaling},
	} {
		got, err := BeregnRefusjon(r.g)
		if err != nil {
			t.Fatalf("%s: %v", r.navn, err)
		}
		if !got.Har5G || !got.G.Equal(N(r.gb)) || !got.Gjenstaende5G.Equal(N(r.gjenstar)) || !got.Refusjon.Equal(N(r.refusjon)) ||
			got.Tak != r.tak || got.Over5G != r.over5G || got.Oppgjor != r.oppgjor {
			t.Errorf("%s %s: G %v gjenstår %v refusjon %v tak %v over %v oppgjør %v", r.id, r.navn, got.G, got.Gjenstaende5G, got.Refusjon, got.Tak, got.Over5G, got.Oppgjor)
		}
		// Varig lønnstilskudd: refusjonsgrunnlaget i § 10-6 andre ledd,
		// 5G-taket i § 10-7 andre ledd.
		if diff := cmp.Diff([]string{"tf-10-6-v20160101/2", "praksis-refusjon/0", "tf-10-7-v20160101/2", "praksis-5g-dato/0"}, hjemmelnokler(got.Hjemler)); diff != "" {
			t.Errorf("%s hjemler (-vil +fikk):\n%s", r.navn, diff)
		}
	}
	// Over tilskuddsbeløpet og over 5G samtidig: 5G bestemmer.
	g := varig("2024-05-01", "2024-05-31", "593100")
	g.Tilskuddsbelop = NP("30000")
	got, _ := BeregnRefusjon(g)
	if got.Tak != Tak5G || !got.OverTilskuddsbelop || !got.Over5G || !got.Refusjon.Equal(N("27040")) {
		t.Errorf("begge tak: %+v", got)
	}
	// fir-7-v20260801 andre ledd: fireårig har også 5G-tak, med G 2026
	// (136 549) fra august 2026: 5 × 136 549 = 682 745.
	f := varig("2026-08-01", "2026-08-31", "0")
	f.Tiltak = tiltak.FirearigLonnstilskudd
	got, err := BeregnRefusjon(f)
	if err != nil || !got.Har5G || !got.G.Equal(N("136549")) || !got.Gjenstaende5G.Equal(N("682745")) {
		t.Errorf("fireårig 5G: %+v %v", got, err)
	}
	// Utbetalt 682 745 − 10 000 = 672 745 i året: gjenstår 10 000, og taket
	// slår inn over beregnet 39 104.
	f.UtbetaltIAret = NP("672745")
	if got, err := BeregnRefusjon(f); err != nil || !got.Refusjon.Equal(N("10000")) || got.Tak != Tak5G {
		t.Errorf("fireårig 5G nådd: %v %v %v", got.Refusjon, got.Tak, err)
	}
	// G for 2027 er ikke kjent: feil som navngir tabellen og datoen.
	f.Periode = P("2027-05-01", "2027-05-31")
	_, err = BeregnRefusjon(f)
	sjekkFeil(t, err, ErrIngenSats, "periode.fra")
	var ms *IngenSatsFeil
	if !errors.As(err, &ms) || ms.Tabell != TabellG || ms.Dato != D("2027-05-01") || ms.KjentTil != D("2027-04-30") {
		t.Errorf("IngenSatsFeil: %#v", ms)
	}
}

// TestRefusjon5GMai2026: issue 13. Varig 75 %, lønn 40 000 gir beregnet
// 39 104 (se TestRefusjon5G). G fra 1. mai 2026 er 136 549 (nav-praksis
// § 2e), 5 G = 682 745. Utbetalt i året 650 800 (= 5 × 130 160, taket før
// 1. mai): gjenstår (136 549 − 130 160) × 5 = 31 945, og taket slår inn.
// 30. april 2026 gjelder 2025-G og taket er nådd. En tjenestes egen G for
// 2027 (testverdi 140 000, ikke den virkelige) brukes fra 1. mai 2027.
func TestRefusjon5GMai2026(t *testing.T) {
	varig := func(fom, tom, utbetalt string) Refusjonsgrunnlag {
		g := grunnlag()
		g.Tiltak, g.Periode, g.Prosent, g.Bruttolonn, g.Tilskuddsbelop, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, P(fom, tom), NP("75"), NP("40000"), NP("39104"), NP(utbetalt)
		return g
	}
	tjeneste, err := StandardSatser().Med(TabellG, Sats{Fra: D("2027-05-01"), Til: D("2028-04-30"), Belop: N("140000"), Bevis: "testverdi"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		id, navn  string
		satser    *Satser
		g         Refusjonsgrunnlag
		gb        string
		gjenstar  string
		refusjon  string
		tak       Tak
		oppgjor   Oppgjor
		ingenSats bool
	}{
		{"tf-10-7-v20160101", "mai 2026: G 136 549, taket slår inn", nil, varig("2026-05-01", "2026-05-31", "650800"), "136549", "31945", "31945", Tak5G, Utbetaling, false},
		{"praksis-5g-dato", "30. april 2026: 2025-G, taket nådd", nil, varig("2026-04-30", "2026-04-30", "650800"), "130160", "0", "0", Tak5G, IngentingAGjore, false},
		{"tf-10-7-v20160101", "juni 2026: gjenstående akkurat nok", nil, varig("2026-06-01", "2026-06-30", "643641"), "136549", "39104", "39104", IngenTak, Utbetaling, false},
		{"tf-10-7-v20160101", "juni 2026: én krone for lite", nil, varig("2026-06-01", "2026-06-30", "643642"), "136549", "39103", "39103", Tak5G, Utbetaling, false},
		{"ftrl-1-4-grunnbelop", "mai 2027 uten G for 2027: feil", nil, varig("2027-05-01", "2027-05-31", "0"), "", "", "", 0, 0, true},
		// Tjenestens G 2027: 5 G = 700 000; utbetalt 682 745 (5 × 136 549) gir 17 255.
		{"ftrl-1-4-grunnbelop", "mai 2027 med tjenestens G", tjeneste, varig("2027-05-01", "2027-05-31", "682745"), "140000", "17255", "17255", Tak5G, Utbetaling, false},
		{"ftrl-1-4-grunnbelop", "april 2027 med tjenestens satser: G 2026", tjeneste, varig("2027-04-01", "2027-04-30", "0"), "136549", "682745", "39104", IngenTak, Utbetaling, false},
	} {
		got, err := r.satser.BeregnRefusjon(r.g)
		if r.ingenSats {
			sjekkFeil(t, err, ErrIngenSats, "periode.fra")
			continue
		}
		if err != nil {
			t.Fatalf("%s %s: %v", r.id, r.navn, err)
		}
		if !got.G.Equal(N(r.gb)) || !got.Gjenstaende5G.Equal(N(r.gjenstar)) || !got.Refusjon.Equal(N(r.refusjon)) || got.Tak != r.tak || got.Oppgjor != r.oppgjor {
			t.Errorf("%s %s: G %v gjenstår %v refusjon %v tak %v oppgjør %v", r.id, r.navn, got.G, got.Gjenstaende5G, got.Refusjon, got.Tak, got.Oppgjor)
		}
	}
}

func TestRefusjonValider(t *testing.T) {
	for _, r := range []struct {
		felt string
		endr func(*Refusjonsgrunnlag)
		err  error
	}{
		{"tiltak", func(g *Refusjonsgrunnlag) { g.Tiltak = "x" }, tiltak.ErrUkjentTiltak},
		{"tiltak", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Arbeidstrening }, ErrIkkeModellert},
		{"periode.til", func(g *Refusjonsgrunnlag) { g.Periode = P("2024-03-02", "2024-03-01") }, tiltak.ErrUgyldigPeriode},
		{"prosent", func(g *Refusjonsgrunnlag) { g.Prosent = NP("100.1") }, ErrUgyldigSats},
		{"tilskuddsbelop", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = NP("-1") }, ErrUgyldigBelop},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Bruttolonn = NP("-0.01") }, ErrUgyldigBelop},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Bruttolonn = NP("2000000000000") }, ErrUtenforOmrade},
		{"korrigert_bruttolonn", func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("-1") }, ErrUgyldigBelop},
		{"ferietrekk", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.Ferietrekk = N("-1") }, ErrUgyldigBelop},
		{"refunderbart_belop", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.VTAO; g.RefunderbartBelop = N("1") }, ErrUgyldigBelop},
		{"forrige_minusbelop", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.VTAO; g.ForrigeMinusbelop = N("-1") }, ErrUgyldigBelop},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.UtbetaltIAret = NP("1") }, ErrUgyldigBelop},
		{"refunderbart_belop", func(g *Refusjonsgrunnlag) { g.RefunderbartBelop = N("-1") }, ErrUgyldigBelop},
		{"forrige_minusbelop", func(g *Refusjonsgrunnlag) { g.ForrigeMinusbelop = N("1") }, ErrUgyldigBelop},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) { g.UtbetaltIAret = NP("-1") }, ErrUgyldigBelop},
		{"tidligere_utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("-1") }, ErrUgyldigBelop},
		{"feriepenger_prosent", func(g *Refusjonsgrunnlag) { g.FeriepengerProsent = NP("100.1") }, ErrUgyldigSats},
		{"otp_prosent", func(g *Refusjonsgrunnlag) { g.OTPProsent = NP("31") }, ErrUgyldigSats},
		{"arbeidsgiveravgift_prosent", func(g *Refusjonsgrunnlag) { g.ArbeidsgiveravgiftProsent = NP("-0.1") }, ErrUgyldigSats},
		// Missing is never zero (issue 13 punkt 3): hver verdi som mangler, er
		// en feil som navngir feltet.
		{"prosent", func(g *Refusjonsgrunnlag) { g.Prosent = decimal.NullDecimal{} }, ErrMangler},
		{"tilskuddsbelop", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = decimal.NullDecimal{} }, ErrMangler},
		{"tilskuddsbelop", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.Tilskuddsbelop = decimal.NullDecimal{} }, ErrMangler},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Bruttolonn = decimal.NullDecimal{} }, ErrMangler},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Inntektslinjer = []Inntektslinje{} }, ErrUgyldigBelop}, // begge oppgitt
		{"feriepenger_prosent", func(g *Refusjonsgrunnlag) { g.FeriepengerProsent = decimal.NullDecimal{} }, ErrMangler},
		{"otp_prosent", func(g *Refusjonsgrunnlag) { g.OTPProsent = decimal.NullDecimal{} }, ErrMangler},
		{"arbeidsgiveravgift_prosent", func(g *Refusjonsgrunnlag) { g.ArbeidsgiveravgiftProsent = decimal.NullDecimal{} }, ErrMangler},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) {
			g.Tiltak = tiltak.VarigLonnstilskudd
			g.UtbetaltIAret = decimal.NullDecimal{}
		}, ErrMangler},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) {
			g.Tiltak = tiltak.FirearigLonnstilskudd
			g.Periode = P("2026-08-01", "2026-08-31")
			g.UtbetaltIAret = decimal.NullDecimal{}
		}, ErrMangler},
		// Et lønnstilskudd i en periode uten satsregel kan ikke regnes: ingen
		// hjemmel for grunnlaget og intet G-tak å sjekke mot.
		{"periode.fra", func(g *Refusjonsgrunnlag) {
			g.Tiltak = tiltak.FirearigLonnstilskudd // fir-7-v20260801 gjelder fra 1. august 2026
			g.UtbetaltIAret = NP("0")
		}, ErrIkkeModellert},
		{"periode.fra", func(g *Refusjonsgrunnlag) {
			g.Tiltak = tiltak.FirearigLonnstilskudd // forsøket avsluttes innen utgangen av 2032 (fir § 12)
			g.Periode = P("2033-01-01", "2033-01-31")
			g.UtbetaltIAret = NP("0")
		}, ErrIkkeModellert},
		{"periode.fra", func(g *Refusjonsgrunnlag) { g.Periode = P("2015-12-01", "2015-12-31") }, ErrIkkeModellert},
		{"periode.fra", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Sommerjobb; g.Periode = P("2021-04-01", "2021-04-21") }, ErrIkkeModellert},
		{"periode.fra", func(g *Refusjonsgrunnlag) { g.Periode = tiltak.Periode{} }, tiltak.ErrUgyldigPeriode},
	} {
		g := grunnlag()
		r.endr(&g)
		_, err := BeregnRefusjon(g)
		sjekkFeil(t, err, r.err, r.felt)
	}
}

func TestTakOgOppgjorTekst(t *testing.T) {
	for _, r := range []struct{ got, want string }{
		{IngenTak.String(), "ingen"}, {TakTilskuddsbelop.String(), "tilskuddsbelop"}, {Tak5G.String(), "5g"},
		{Utbetaling.String(), "utbetaling"}, {IngentingAGjore.String(), "ingenting-a-gjore-opp"}, {Tilbakekreving.String(), "tilbakekreving"}, {Oppgjor(0).String(), "ukjent"},
	} {
		if r.got != r.want {
			t.Errorf("%q, vil ha %q", r.got, r.want)
		}
	}
	b, _ := Tak5G.MarshalText()
	c, _ := Tilbakekreving.MarshalText()
	if string(b) != "5g" || string(c) != "tilbakekreving" {
		t.Error("MarshalText")
	}
}

// Korrigert lønn lik brutto: lønnen er den samme, men den korrigerte er ikke
// «brukt» (den senket ikke lønnen). Én krone under brutto: brukt.
func TestKorrigertLonnBruktGrense(t *testing.T) {
	for _, tt := range []struct {
		korrigert string
		brukt     bool
	}{{"30000", false}, {"29999", true}, {"30001", false}} {
		g := grunnlag()
		g.KorrigertBruttolonn = NP(tt.korrigert)
		r, err := BeregnRefusjon(g)
		if err != nil {
			t.Fatal(err)
		}
		if r.KorrigertLonnBrukt != tt.brukt {
			t.Errorf("korrigert %s: brukt %v, ventet %v", tt.korrigert, r.KorrigertLonnBrukt, tt.brukt)
		}
	}
}

// 2016-teksten for midlertidig lønnstilskudd: inntil 75 % ved nedsatt
// arbeidsevne (tf-9-5-v20160101 andre ledd, her utledet av innsatsgruppen
// etter NAVs praksis); 75 godtas, 75,01 avvises.
func TestMidlertidig2016Grense75(t *testing.T) {
	for _, tt := range []struct {
		prosent string
		ok      bool
	}{{"75", true}, {"75.01", false}, {"0", true}, {"-0.01", false}} {
		a := Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2019-01-01", "2019-12-31"),
			Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, AvtaltProsent: NP(tt.prosent)}
		_, err := NySatsplanMed(a, regler.Valg{MedPraksis: true})
		if (err == nil) != tt.ok {
			t.Errorf("%s %%: %v", tt.prosent, err)
		}
	}
}

// praksis-refusjon steg 1 og 3: brutto lønn og ferietrekk rundes til hele
// kroner (halvt mot +∞) før kjeden. Anmelderens eksempel: 40 %, satser
// 12/2/14,1 %, brutto 10 001,13 → 10 001; 10 001 × 1,12 × 1,02 × 1,141 =
// 13 036,087…; 40 % = 5 214,43 → 5 214 (uten avrunding først: 5 215).
func TestRefusjonRunderLonnForst(t *testing.T) {
	for _, r := range []struct {
		brutto, trekk, lonn, ferietrekk, belop string
	}{
		{"10001.13", "0", "10001", "0", "5214"},
		{"10001.5", "0", "10002", "0", "5215"},
		{"10001.49", "-100.5", "10001", "-100", "5162"},
		{"10001", "0.4", "10001", "0", "5214"},
	} {
		g := grunnlag()
		g.Bruttolonn, g.Ferietrekk = NP(r.brutto), N(r.trekk)
		got, err := BeregnRefusjon(g)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Lonn.Equal(N(r.lonn)) || !got.Ferietrekk.Equal(N(r.ferietrekk)) || !got.BeregnetBelop.Equal(N(r.belop)) {
			t.Errorf("brutto %s trekk %s: lønn %v trekk %v beløp %v, ventet %s %s %s", r.brutto, r.trekk, got.Lonn, got.Ferietrekk, got.BeregnetBelop, r.lonn, r.ferietrekk, r.belop)
		}
	}
	// En korreksjon av VTAO gir 0; mentor og VTAO ellers tilskuddsbeløpet.
	g := Refusjonsgrunnlag{Tiltak: tiltak.VTAO, Periode: P("2025-01-01", "2025-01-31"), Tilskuddsbelop: NP("7067"), Korreksjon: true, TidligereUtbetalt: N("7067")}
	got, err := BeregnRefusjon(g)
	if err != nil || !got.Refusjon.IsZero() || !got.Refusjonsbelop.Equal(N("-7067")) || got.Oppgjor != Tilbakekreving {
		t.Errorf("VTAO-korreksjon: %+v %v", got, err)
	}
}

// TestRefusjonHjemler: refusjonen siterer leddet som sier hva
// refusjonsgrunnlaget er i teksten som gjelder for perioden, NAVs praksis
// for beregningen, leddet om G-taket med praksisen for G-datoen (varig og
// fireårig), og ved inntektslinjer leddet om hva som er lønn og NAVs
// praksis for linjene. Forventningene er lest i forskriftene:
//
//   - § 9-4 andre og tredje ledd (2016) til 30. juni 2019; § 9-5 første og
//     andre ledd fra 1. juli 2019 (FOR-2019-05-09-597);
//   - § 10-6 andre og tredje ledd, og G-taket i § 10-7 andre ledd;
//   - § 8-6 andre og tredje ledd (sommerjobb, 2021);
//   - fireårig: § 6 andre ledd sier både hva grunnlaget er og hva som er
//     lønn; G-taket står i § 7 andre ledd.
func TestRefusjonHjemler(t *testing.T) {
	for _, r := range []struct {
		id, navn string
		kode     tiltak.Kode
		periode  tiltak.Periode
		linjer   bool
		want     []string
	}{
		{"tf-9-4-v20160101", "midlertidig juni 2019", tiltak.MidlertidigLonnstilskudd, P("2019-06-01", "2019-06-30"), false,
			[]string{"tf-9-4-v20160101/2", "praksis-refusjon/0"}},
		{"tf-9-4-v20160101", "midlertidig 30. juni 2019 med linjer", tiltak.MidlertidigLonnstilskudd, P("2019-06-30", "2019-06-30"), true,
			[]string{"tf-9-4-v20160101/2", "praksis-refusjon/0", "tf-9-4-v20160101/3", "praksis-inntektslinjer/0"}},
		{"tf-9-5-v20190701", "midlertidig 1. juli 2019", tiltak.MidlertidigLonnstilskudd, P("2019-07-01", "2019-07-31"), false,
			[]string{"tf-9-5-v20190701/1", "praksis-refusjon/0"}},
		{"tf-9-5-v20190701", "midlertidig 1. juli 2019 med linjer", tiltak.MidlertidigLonnstilskudd, P("2019-07-01", "2019-07-31"), true,
			[]string{"tf-9-5-v20190701/1", "praksis-refusjon/0", "tf-9-5-v20190701/2", "praksis-inntektslinjer/0"}},
		{"tf-10-6-v20160101", "varig", tiltak.VarigLonnstilskudd, P("2024-03-01", "2024-03-31"), false,
			[]string{"tf-10-6-v20160101/2", "praksis-refusjon/0", "tf-10-7-v20160101/2", "praksis-5g-dato/0"}},
		{"tf-10-6-v20160101", "varig med linjer", tiltak.VarigLonnstilskudd, P("2016-01-01", "2016-01-31"), true,
			[]string{"tf-10-6-v20160101/2", "praksis-refusjon/0", "tf-10-7-v20160101/2", "praksis-5g-dato/0", "tf-10-6-v20160101/3", "praksis-inntektslinjer/0"}},
		{"tf-8-6-v20210422", "sommerjobb", tiltak.Sommerjobb, P("2021-06-01", "2021-06-30"), false,
			[]string{"tf-8-6-v20210422/2", "praksis-refusjon/0"}},
		{"tf-8-6-v20210422", "sommerjobb med linjer", tiltak.Sommerjobb, P("2021-06-01", "2021-06-30"), true,
			[]string{"tf-8-6-v20210422/2", "praksis-refusjon/0", "tf-8-6-v20210422/3", "praksis-inntektslinjer/0"}},
		{"fir-6-v20260801", "fireårig", tiltak.FirearigLonnstilskudd, P("2026-08-01", "2026-08-31"), false,
			[]string{"fir-6-v20260801/2", "praksis-refusjon/0", "fir-7-v20260801/2", "praksis-5g-dato/0"}},
		{"fir-6-v20260801", "fireårig med linjer: lønnsbegrepet står i § 6 andre ledd", tiltak.FirearigLonnstilskudd, P("2026-08-01", "2026-08-31"), true,
			[]string{"fir-6-v20260801/2", "praksis-refusjon/0", "fir-7-v20260801/2", "praksis-5g-dato/0", "fir-6-v20260801/2", "praksis-inntektslinjer/0"}},
		{"praksis-refusjon", "mentor: fast tilskudd", tiltak.Mentor, P("2024-03-01", "2024-03-31"), false,
			[]string{"praksis-refusjon/0"}},
		{"praksis-refusjon", "VTAO: fast tilskudd", tiltak.VTAO, P("2024-03-01", "2024-03-31"), false,
			[]string{"praksis-refusjon/0"}},
	} {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			g := grunnlag()
			g.Tiltak, g.Periode, g.UtbetaltIAret = r.kode, r.periode, NP("0")
			if r.kode == tiltak.Mentor || r.kode == tiltak.VTAO {
				g.UtbetaltIAret = decimal.NullDecimal{}
			}
			if r.linjer {
				g.Bruttolonn = decimal.NullDecimal{}
				g.Inntektslinjer = []Inntektslinje{{Inntektstype: "LOENNSINNTEKT", Beskrivelse: "fastloenn", Belop: NP("30000"),
					Maned: KalendermanedFor(r.periode.Fra), OpptjentIPerioden: tiltak.Ja}}
			}
			got, err := BeregnRefusjon(g)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(r.want, hjemmelnokler(got.Hjemler)); diff != "" {
				t.Errorf("hjemler (-vil +fikk):\n%s", diff)
			}
		})
	}
	// Slik leses hjemlene: den første er leddet om refusjonsgrunnlaget.
	for _, r := range []struct {
		kode    tiltak.Kode
		periode tiltak.Periode
		tekst   string
	}{
		{tiltak.MidlertidigLonnstilskudd, P("2019-06-01", "2019-06-30"), "tiltaksforskriften § 9-4 andre ledd"},
		{tiltak.MidlertidigLonnstilskudd, P("2019-07-01", "2019-07-31"), "tiltaksforskriften § 9-5 første ledd"},
		{tiltak.VarigLonnstilskudd, P("2024-03-01", "2024-03-31"), "tiltaksforskriften § 10-6 andre ledd"},
	} {
		g := grunnlag()
		g.Tiltak, g.Periode, g.UtbetaltIAret = r.kode, r.periode, NP("0")
		got, err := BeregnRefusjon(g)
		if err != nil || got.Hjemler[0].String() != r.tekst {
			t.Errorf("%s %v: %v %v, vil ha %s", r.kode, r.periode, got.Hjemler, err, r.tekst)
		}
	}
}
