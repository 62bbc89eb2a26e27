package tilskudd

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func grunnlag() Refusjonsgrunnlag {
	return Refusjonsgrunnlag{
		Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-03-01", "2024-03-31"),
		Prosent: N("40"), Tilskuddsbelop: N("15642"), Bruttolonn: N("30000"),
		Feriepengesats: N("0.12"), OTPSats: N("0.02"), Arbeidsgiveravgiftsats: N("0.141"),
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
		Lonn: N("30000"), Ferietrekk: N("0"), LonnFratrukketFerie: N("30000"), Feriepenger: N("3600"), OTP: N("672"),
		Arbeidsgiveravgift: N("4832.352"), SumUtgifter: N("39104.352"), SumUtgifterFratrukketRefundert: N("39104.352"),
		Beregnet: N("15641.7408"), BeregnetBelop: N("15642"), EtterTak: N("15642"), MedMinusbelop: N("15642"),
		Gjenstaende5G: N("0"), Refusjon: N("15642"), TidligereUtbetalt: N("0"), Refusjonsbelop: N("15642"),
		Tak: IngenTak, Oppgjor: Utbetaling, Hjemler: []tiltak.Hjemmel{HjemmelRefusjonsgrunnlag9, PraksisRefusjon},
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("(-vil +fikk):\n%s", diff)
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
		{"praksis-refusjon", "negativt bruttobeløp brukes og føres som minusbeløp", func(g *Refusjonsgrunnlag) { g.Bruttolonn = N("1000"); g.Ferietrekk = N("-5000") }, "-2086", "-2086", "-2086", IngenTak, Minusbelop},
		{"praksis-refusjon", "negativt i en korreksjon kreves tilbake", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn = N("1000")
			g.Ferietrekk = N("-5000")
			g.Korreksjon = true
		}, "-2086", "-2086", "-2086", IngenTak, Tilbakekreving},
		{"praksis-refusjon", "negativt når tiltaket slutter blir 0", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn = N("1000")
			g.Ferietrekk = N("-5000")
			g.TiltaketSlutter = true
		}, "-2086", "-2086", "0", IngenTak, IngentingAGjore},
		{"praksis-refusjon", "over tilskuddsbeløpet", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = N("15000") }, "15642", "15000", "15000", TakTilskuddsbelop, Utbetaling},
		{"praksis-refusjon", "tilskuddsbeløp en krone under", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = N("15641") }, "15642", "15641", "15641", TakTilskuddsbelop, Utbetaling},
		{"praksis-refusjon", "tilskuddsbeløp en krone over", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = N("15643") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"praksis-refusjon", "tidligere minusbeløp", func(g *Refusjonsgrunnlag) { g.ForrigeMinusbelop = N("-2000") }, "15642", "13642", "13642", IngenTak, Utbetaling},
		{"praksis-refusjon", "korreksjon: alt utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("15642") }, "15642", "15642", "0", IngenTak, IngentingAGjore},
		{"praksis-refusjon", "korreksjon: for mye utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("16000"); g.Korreksjon = true }, "15642", "15642", "-358", IngenTak, Tilbakekreving},
		{"praksis-refusjon", "korreksjon: tillegg", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("15641") }, "15642", "15642", "1", IngenTak, Utbetaling},
		// .5-punkt: satser 0, lønn 39 105, 50 % = 19 552,5 → 19 553.
		{"praksis-refusjon", "halvt opp på .5", func(g *Refusjonsgrunnlag) {
			g.Bruttolonn, g.Prosent, g.Tilskuddsbelop = N("39105"), N("50"), N("20000")
			g.Feriepengesats, g.OTPSats, g.Arbeidsgiveravgiftsats = decimal.Zero, decimal.Zero, decimal.Zero
		}, "19553", "19553", "19553", IngenTak, Utbetaling},
		{"tf-9-4-refusjonsgrunnlag", "sommerjobb uten 5G", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Sommerjobb; g.UtbetaltIAret = N("10000000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"tf-9-4-refusjonsgrunnlag", "midlertidig uten 5G", func(g *Refusjonsgrunnlag) { g.UtbetaltIAret = N("10000000") }, "15642", "15642", "15642", IngenTak, Utbetaling},
		{"praksis-refusjon", "mentor: fast tilskuddsbeløp", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.Tilskuddsbelop = N("3910") }, "0", "3910", "3910", IngenTak, Utbetaling},
		{"praksis-refusjon", "VTAO: fast sats minus tidligere utbetalt", func(g *Refusjonsgrunnlag) {
			g.Tiltak, g.Tilskuddsbelop, g.TidligereUtbetalt = tiltak.VTAO, N("7067"), N("7067")
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
	// tf-10-7-5g og praksis-5g-dato. Varig 75 %, lønn 40 000: fp 4 800, OTP
	// 0,02 × 44 800 = 896, avgift 0,141 × 45 696 = 6 443,136; sum 52 139,136
	// × 75 % = 39 104,352 → 39 104.
	// Mai 2024: G = 124 028, 5 G = 620 140. Utbetalt i året 593 100 (= 5 ×
	// 118 620, taket før 1. mai): gjenstår (124 028 − 118 620) × 5 = 27 040.
	varig := func(fom, tom, utbetalt string) Refusjonsgrunnlag {
		g := grunnlag()
		g.Tiltak, g.Periode, g.Prosent, g.Bruttolonn, g.Tilskuddsbelop, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, P(fom, tom), N("75"), N("40000"), N("39104"), N(utbetalt)
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
		{"tf-10-7-5g", "mai etter G-økning betaler differansen", varig("2024-05-01", "2024-05-31", "593100"), "124028", "27040", "27040", Tak5G, true, Utbetaling},
		{"praksis-5g-dato", "30. april: gammel G, taket nådd", varig("2024-04-30", "2024-04-30", "593100"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"praksis-5g-dato", "april hel måned: gammel G", varig("2024-04-01", "2024-04-30", "593100"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"tf-10-7-5g", "utbetalt over taket gir 0, ikke negativt", varig("2024-04-01", "2024-04-30", "700000"), "118620", "0", "0", Tak5G, true, IngentingAGjore},
		{"tf-10-7-5g", "gjenstående lik refusjonen", varig("2024-06-01", "2024-06-30", "581036"), "124028", "39104", "39104", IngenTak, false, Utbetaling},
		{"tf-10-7-5g", "gjenstående en krone under", varig("2024-06-01", "2024-06-30", "581037"), "124028", "39103", "39103", Tak5G, true, Utbetaling},
		{"tf-10-7-5g", "langt under taket", varig("2024-06-01", "2024-06-30", "0"), "124028", "620140", "39104", IngenTak, false, Utbetaling},
	} {
		got, err := BeregnRefusjon(r.g)
		if err != nil {
			t.Fatalf("%s: %v", r.navn, err)
		}
		if !got.Har5G || !got.G.Equal(N(r.gb)) || !got.Gjenstaende5G.Equal(N(r.gjenstar)) || !got.Refusjon.Equal(N(r.refusjon)) ||
			got.Tak != r.tak || got.Over5G != r.over5G || got.Oppgjor != r.oppgjor {
			t.Errorf("%s %s: G %v gjenstår %v refusjon %v tak %v over %v oppgjør %v", r.id, r.navn, got.G, got.Gjenstaende5G, got.Refusjon, got.Tak, got.Over5G, got.Oppgjor)
		}
		if !cmp.Equal(got.Hjemler, []tiltak.Hjemmel{HjemmelRefusjonsgrunnlag10, PraksisRefusjon, Hjemmel5G, Praksis5GDato}) {
			t.Errorf("hjemler: %v", got.Hjemler)
		}
	}
	// Over tilskuddsbeløpet og over 5G samtidig: 5G bestemmer.
	g := varig("2024-05-01", "2024-05-31", "593100")
	g.Tilskuddsbelop = N("30000")
	got, _ := BeregnRefusjon(g)
	if got.Tak != Tak5G || !got.OverTilskuddsbelop || !got.Over5G || !got.Refusjon.Equal(N("27040")) {
		t.Errorf("begge tak: %+v", got)
	}
	// Fireårig har også 5G-tak, men G for 2026 er ikke kjent: feil.
	f := varig("2026-08-01", "2026-08-31", "0")
	f.Tiltak = tiltak.FirearigLonnstilskudd
	_, err := BeregnRefusjon(f)
	sjekkFeil(t, err, ErrIngenSats, "dato")
	f.Periode = P("2025-08-01", "2025-08-31") // kunstig dato for å vise at taket slår inn
	got, err = BeregnRefusjon(f)
	if err != nil || !got.Har5G || !got.G.Equal(N("130160")) {
		t.Errorf("fireårig 5G: %+v %v", got, err)
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
		{"til", func(g *Refusjonsgrunnlag) { g.Periode = P("2024-03-02", "2024-03-01") }, tiltak.ErrUgyldigPeriode},
		{"prosent", func(g *Refusjonsgrunnlag) { g.Prosent = N("100.1") }, ErrUgyldigSats},
		{"tilskuddsbelop", func(g *Refusjonsgrunnlag) { g.Tilskuddsbelop = N("-1") }, ErrUgyldigBelop},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Bruttolonn = N("-0.01") }, ErrUgyldigBelop},
		{"bruttolonn", func(g *Refusjonsgrunnlag) { g.Bruttolonn = N("2000000000000") }, ErrUtenforOmrade},
		{"korrigert_bruttolonn", func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("-1") }, ErrUgyldigBelop},
		{"ferietrekk", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.Ferietrekk = N("-1") }, ErrUgyldigBelop},
		{"refunderbart_belop", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.VTAO; g.RefunderbartBelop = N("1") }, ErrUgyldigBelop},
		{"forrige_minusbelop", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.VTAO; g.ForrigeMinusbelop = N("-1") }, ErrUgyldigBelop},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Mentor; g.UtbetaltIAret = N("1") }, ErrUgyldigBelop},
		{"refunderbart_belop", func(g *Refusjonsgrunnlag) { g.RefunderbartBelop = N("-1") }, ErrUgyldigBelop},
		{"forrige_minusbelop", func(g *Refusjonsgrunnlag) { g.ForrigeMinusbelop = N("1") }, ErrUgyldigBelop},
		{"utbetalt_i_aret", func(g *Refusjonsgrunnlag) { g.UtbetaltIAret = N("-1") }, ErrUgyldigBelop},
		{"tidligere_utbetalt", func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt = N("-1") }, ErrUgyldigBelop},
		{"feriepengesats", func(g *Refusjonsgrunnlag) { g.Feriepengesats = N("1.1") }, ErrUgyldigSats},
		{"otp_sats", func(g *Refusjonsgrunnlag) { g.OTPSats = N("0.31") }, ErrUgyldigSats},
		{"arbeidsgiveravgiftsats", func(g *Refusjonsgrunnlag) { g.Arbeidsgiveravgiftsats = N("-0.1") }, ErrUgyldigSats},
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

// 2016-teksten for midlertidig lønnstilskudd: inntil 75 % (tf-9-5-sats-2016);
// 75 godtas, 75,01 avvises.
func TestMidlertidig2016Grense75(t *testing.T) {
	for _, tt := range []struct {
		prosent string
		ok      bool
	}{{"75", true}, {"75.01", false}, {"0", true}, {"-0.01", false}} {
		a := Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2019-01-01", "2019-12-31"),
			Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, AvtaltProsent: NP(tt.prosent)}
		_, err := NySatsplan(a)
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
		g.Bruttolonn, g.Ferietrekk = N(r.brutto), N(r.trekk)
		got, err := BeregnRefusjon(g)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Lonn.Equal(N(r.lonn)) || !got.Ferietrekk.Equal(N(r.ferietrekk)) || !got.BeregnetBelop.Equal(N(r.belop)) {
			t.Errorf("brutto %s trekk %s: lønn %v trekk %v beløp %v, ventet %s %s %s", r.brutto, r.trekk, got.Lonn, got.Ferietrekk, got.BeregnetBelop, r.lonn, r.ferietrekk, r.belop)
		}
	}
	// En korreksjon av VTAO gir 0; mentor og VTAO ellers tilskuddsbeløpet.
	g := Refusjonsgrunnlag{Tiltak: tiltak.VTAO, Periode: P("2025-01-01", "2025-01-31"), Tilskuddsbelop: N("7067"), Korreksjon: true, TidligereUtbetalt: N("7067")}
	got, err := BeregnRefusjon(g)
	if err != nil || !got.Refusjon.IsZero() || !got.Refusjonsbelop.Equal(N("-7067")) || got.Oppgjor != Tilbakekreving {
		t.Errorf("VTAO-korreksjon: %+v %v", got, err)
	}
}
