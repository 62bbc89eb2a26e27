package tilskudd

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// standardsatser er lønn 30 000 med 12 % feriepenger, 2 % OTP og 14,1 %
// arbeidsgiveravgift.
var standardsatser = lonnsgrunnlag("30000", "12", "2", "14.1")

func TestBeregnManed(t *testing.T) {
	// Regnet for hånd (praksis-kostnadskjede, nav-praksis § 3a):
	//   feriepenger = 0,12 × 30 000            = 3 600
	//   OTP         = 0,02 × 33 600            = 672
	//   avgift      = 0,141 × (33 600 + 672)   = 0,141 × 34 272 = 4 832,352
	//   tillegg     = rund(3 600 + 672 + 4 832,352) = rund(9 104,352) = 9 104
	//   kostnad     = 30 000 + 9 104           = 39 104
	//   40 %: 15 641,6 → 15 642; 30 %: 11 731,2 → 11 731; 60 %: 23 462,4 → 23 462; 67 %: 26 199,68 → 26 200
	//   50 %: 19 552; 75 %: 29 328; 70 %: 27 372,8 → 27 373; 35 %: 13 686,4 → 13 686
	// Prosentene er satsene i paragrafversjonen raden navngir.
	want := Lonnskostnad{Manedslonn: N("30000"), Feriepenger: N("3600"), OTP: N("672"), Arbeidsgiveravgift: N("4832.352"), Tillegg: N("9104"), Sum: N("39104")}
	for _, r := range []struct {
		id, prosent, tilskudd string
	}{
		{"praksis-kostnadskjede", "40", "15642"},
		{"tf-9-5-v20190701", "30", "11731"},
		{"tf-9-5-v20190701.sats-nedsatt-arbeidsevne", "60", "23462"},
		{"tf-10-7-v20160101", "67", "26200"},
		{"tf-8-6-v20210422", "50", "19552"},
		{"tf-8-6-v20210422.sats-nedsatt-arbeidsevne", "75", "29328"},
		{"fir-7-v20260801", "70", "27373"},
		{"fir-7-v20260801", "35", "13686"},
		{"tf-5-6-v20180101", "100", "39104"},
		{"praksis-kostnadskjede", "0", "0"},
	} {
		for _, a := range []Avrunding{AvrundingDesimal, AvrundingNAV} {
			m, err := BeregnManed(standardsatser, N(r.prosent), a)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, m.Lonnskostnad); diff != "" {
				t.Errorf("%s: kostnad (-vil +fikk):\n%s", r.id, diff)
			}
			if !m.Tilskudd.Equal(N(r.tilskudd)) {
				t.Errorf("%s %s %% (%v): tilskudd %v, vil ha %s", r.id, r.prosent, a, m.Tilskudd, r.tilskudd)
			}
		}
	}
}

func TestKostnadAvrundingAvTillegg(t *testing.T) {
	// praksis-kostnadskjede: tilleggene rundes én gang, halvt opp.
	for _, r := range []struct {
		id, lonn, fp, sum string
	}{
		{"praksis-kostnadskjede", "5", "10", "6"}, // 0,5 → 1
		{"praksis-kostnadskjede", "5", "9", "5"},  // 0,45 → 0
		{"praksis-kostnadskjede", "5", "11", "6"}, // 0,55 → 1
		{"praksis-kostnadskjede", "0", "50", "0"},
	} {
		k, err := BeregnLonnskostnad(lonnsgrunnlag(r.lonn, r.fp, "0", "0"))
		if err != nil {
			t.Fatal(err)
		}
		if !k.Sum.Equal(N(r.sum)) {
			t.Errorf("%s: lønn %s fp %s: sum %v, vil ha %s", r.id, r.lonn, r.fp, k.Sum, r.sum)
		}
	}
}

func TestProsentAvrunding(t *testing.T) {
	// praksis-prosent-avrunding (nav-praksis § 3e): 90 × 35 % = 31,5.
	// Eksakt desimal, halvt opp: 32. Java Math.round(90 × 0.35): 0.35 er
	// litt under 0,35 i binær, produktet blir 31,499… og rundes til 31.
	for _, r := range []struct {
		id, belop, prosent string
		a                  Avrunding
		want               string
	}{
		{"praksis-prosent-avrunding", "90", "35", AvrundingNAV, "31"},
		{"praksis-prosent-avrunding", "90", "35", AvrundingDesimal, "32"},
		{"praksis-prosent-avrunding", "39105", "50", AvrundingDesimal, "19553"}, // 19 552,5 → 19 553
		{"praksis-prosent-avrunding", "39105", "50", AvrundingNAV, "19553"},     // 0,5 er eksakt i binær
		{"praksis-prosent-avrunding", "39103", "50", AvrundingDesimal, "19552"}, // 19 551,5 → 19 552
		{"praksis-prosent-avrunding", "1", "49", AvrundingDesimal, "0"},         // 0,49 → 0
		{"praksis-prosent-avrunding", "1", "51", AvrundingNAV, "1"},             // 0,51 → 1
	} {
		got, err := r.a.ProsentAv(N(r.belop), N(r.prosent))
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(N(r.want)) {
			t.Errorf("%s: %s × %s %% (%v) = %v, vil ha %s", r.id, r.belop, r.prosent, r.a, got, r.want)
		}
	}
	if _, err := Avrunding(9).ProsentAv(N("1"), N("1")); !sjekkFeilUtenFatal(err, ErrUgyldigSats) {
		t.Errorf("ukjent avrunding: %v", err)
	}
	if AvrundingDesimal.String() != "desimal" || AvrundingNAV.String() != "nav-flyttall" || Avrunding(9).String() != "ukjent" {
		t.Error("Avrunding.String")
	}
}

// TestProsentAvrundingTelling sjekker tallene i nav-praksis § 3e: over
// s = 1..200 000 gir NAVs double-avrunding 2 340 avvik ved 35 %, 4 681 ved
// 70 % og ingen ved 30/40/50/60/67/75 %. Den eksakte siden regnes her med
// heltall: rund(s × p / 100) = ⌊(s × p + 50) / 100⌋.
func TestProsentAvrundingTelling(t *testing.T) {
	if testing.Short() {
		t.Skip("lang")
	}
	for _, r := range []struct {
		p    int64
		want int
	}{{35, 2340}, {70, 4681}, {30, 0}, {40, 0}, {50, 0}, {60, 0}, {67, 0}, {75, 0}} {
		avvik := 0
		pd := decimal.NewFromInt(r.p)
		for s := int64(1); s <= 200000; s++ {
			nav, _ := AvrundingNAV.ProsentAv(decimal.NewFromInt(s), pd)
			if nav.IntPart() != (s*r.p+50)/100 {
				avvik++
			}
		}
		if avvik != r.want {
			t.Errorf("praksis-prosent-avrunding %d %%: %d avvik, vil ha %d", r.p, avvik, r.want)
		}
	}
}

func sjekkFeilUtenFatal(err, want error) bool { return err != nil && errorsIs(err, want) }

func TestLonnsgrunnlagValider(t *testing.T) {
	ok := standardsatser
	for _, r := range []struct {
		id   string
		endr func(*Lonnsgrunnlag)
		err  error
		felt string
	}{
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) {}, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.Manedslonn = NP("-0.01") }, ErrUgyldigBelop, "manedslonn"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.Manedslonn = NP("0") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.Manedslonn = NP("1000000000001") }, ErrUtenforOmrade, "manedslonn"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.Manedslonn = NP("1000000000000") }, nil, ""},
		// Missing is never zero: hver verdi som mangler, er en feil som navngir feltet.
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.Manedslonn = decimal.NullDecimal{} }, ErrMangler, "manedslonn"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.FeriepengerProsent = decimal.NullDecimal{} }, ErrMangler, "feriepenger_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.OTPProsent = decimal.NullDecimal{} }, ErrMangler, "otp_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.ArbeidsgiveravgiftProsent = decimal.NullDecimal{} }, ErrMangler, "arbeidsgiveravgift_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { *g = Lonnsgrunnlag{} }, ErrMangler, "manedslonn"},
		// En oppgitt 0 er lov.
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.FeriepengerProsent = NP("0") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.OTPProsent = NP("0") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.ArbeidsgiveravgiftProsent = NP("0") }, nil, ""},
		// Grensene på begge sider (hele prosent).
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.FeriepengerProsent = NP("100") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.FeriepengerProsent = NP("100.01") }, ErrUgyldigSats, "feriepenger_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.FeriepengerProsent = NP("-0.01") }, ErrUgyldigSats, "feriepenger_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.OTPProsent = NP("30") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.OTPProsent = NP("30.01") }, ErrUgyldigSats, "otp_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.OTPProsent = NP("-1") }, ErrUgyldigSats, "otp_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.ArbeidsgiveravgiftProsent = NP("100") }, nil, ""},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.ArbeidsgiveravgiftProsent = NP("101") }, ErrUgyldigSats, "arbeidsgiveravgift_prosent"},
		{"praksis-kostnadskjede", func(g *Lonnsgrunnlag) { g.ArbeidsgiveravgiftProsent = NP("-100") }, ErrUgyldigSats, "arbeidsgiveravgift_prosent"},
	} {
		g := ok
		r.endr(&g)
		_, err := BeregnManed(g, N("40"), AvrundingDesimal)
		sjekkFeil(t, err, r.err, r.felt)
		_, err = BeregnLonnskostnad(g)
		sjekkFeil(t, err, r.err, r.felt)
	}
	for _, p := range []struct {
		p   string
		err error
	}{{"100", nil}, {"0", nil}, {"100.01", ErrUgyldigSats}, {"-0.01", ErrUgyldigSats}} {
		_, err := BeregnManed(ok, N(p.p), AvrundingDesimal)
		sjekkFeil(t, err, p.err, "prosent")
	}
	if _, err := BeregnManed(ok, N("40"), Avrunding(7)); !sjekkFeilUtenFatal(err, ErrUgyldigSats) {
		t.Errorf("ukjent avrunding: %v", err)
	}
	// Lønn 0 oppgitt: tilskuddet er 0 (oppgitt, ikke manglende).
	g := ok
	g.Manedslonn = NP("0")
	if m, err := BeregnManed(g, N("40"), AvrundingDesimal); err != nil || !m.Tilskudd.IsZero() {
		t.Errorf("lønn 0: %v %v", m.Tilskudd, err)
	}
}

func TestManedslonn100(t *testing.T) {
	for _, r := range []struct {
		id, lonn, stilling, want string
		err                      error
	}{
		{"praksis-stillingsprosent-100", "25000", "80", "31250", nil},  // 25 000 × 100 / 80
		{"praksis-stillingsprosent-100", "10001", "60", "16668", nil},  // 16 668,33 → 16 668
		{"praksis-stillingsprosent-100", "1", "40", "3", nil},          // 2,5 → 3 (halvt opp)
		{"praksis-stillingsprosent-100", "3", "40", "8", nil},          // 7,5 → 8
		{"praksis-stillingsprosent-100", "20000", "100", "20000", nil}, // 100 % uendret
		{"praksis-stillingsprosent-100", "20000", "0", "", ErrUgyldigSats},
		{"praksis-stillingsprosent-100", "20000", "100.5", "", ErrUgyldigSats},
		{"praksis-stillingsprosent-100", "-1", "50", "", ErrUgyldigBelop},
	} {
		got, err := Manedslonn100(N(r.lonn), N(r.stilling))
		if sjekkFeil(t, err, r.err, "") {
			continue
		}
		if !got.Equal(N(r.want)) {
			t.Errorf("%s: %s ved %s %% = %v, vil ha %s", r.id, r.lonn, r.stilling, got, r.want)
		}
	}
}

func TestMentorTimelonn(t *testing.T) {
	// praksis-mentor-timelonn: 585 000 / 1 950 = 300; 48 750 / 162,5 = 300;
	// 11 250 / 37,5 = 300; 2 250 / 7,5 = 300. Ved 50 % stilling: 24 375 /
	// 162,5 = 150, × 100 / 50 = 300.
	for _, r := range []struct {
		id       string
		belop    string
		type_    Lonnstype
		stilling string
		want     string
		err      error
		felt     string
	}{
		{"praksis-mentor-timelonn", "585000", Arslonn, "100", "300", nil, ""},
		{"praksis-mentor-timelonn", "48750", Manedslonn, "100", "300", nil, ""},
		{"praksis-mentor-timelonn", "11250", Ukelonn, "100", "300", nil, ""},
		{"praksis-mentor-timelonn", "2250", Dagslonn, "100", "300", nil, ""},
		{"praksis-mentor-timelonn", "24375", Manedslonn, "50", "300", nil, ""},
		{"praksis-mentor-timelonn", "300.4", Timelonn, "0", "300", nil, ""},
		{"praksis-mentor-timelonn", "300.5", Timelonn, "0", "301", nil, ""},  // .5 halvt opp
		{"praksis-mentor-timelonn", "975", Arslonn, "100", "1", nil, ""},     // 0,5 → 1
		{"praksis-mentor-timelonn", "974", Arslonn, "100", "0", nil, ""},     // 0,4995 → 0
		{"praksis-mentor-timelonn", "500000", Arslonn, "80", "321", nil, ""}, // 256,41025… × 1,25 = 320,51… → 321
		{"praksis-mentor-timelonn", "-1", Arslonn, "100", "", ErrUgyldigBelop, "belop"},
		{"praksis-mentor-timelonn", "1000", LonnstypeUkjent, "100", "", ErrUgyldigSats, "lonnstype"},
		{"praksis-mentor-timelonn", "1000", Arslonn, "0", "", ErrUgyldigSats, "stillingsprosent"},
		{"praksis-mentor-timelonn", "1000", Arslonn, "101", "", ErrUgyldigSats, "stillingsprosent"},
	} {
		got, err := MentorTimelonn(N(r.belop), r.type_, N(r.stilling))
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if !got.Equal(N(r.want)) {
			t.Errorf("%s: %s %v %s %% = %v, vil ha %s", r.id, r.belop, r.type_, r.stilling, got, r.want)
		}
	}
	names := map[Lonnstype]string{Arslonn: "arslonn", Manedslonn: "manedslonn", Ukelonn: "ukelonn", Dagslonn: "dagslonn", Timelonn: "timelonn", LonnstypeUkjent: "ukjent"}
	for l, n := range names {
		if l.String() != n {
			t.Errorf("%d.String() = %q", l, l.String())
		}
	}
}

func TestMentorManed(t *testing.T) {
	// tf-5-6-mentor: 300 kr × 10 timer = 3 000; feriepenger 360; OTP 0,02 ×
	// 3 360 = 67,2; avgift 0,141 × 3 427,2 = 483,2352; tillegg rund(910,4352)
	// = 910; kostnad 3 910; tilskudd 100 % = 3 910.
	s := standardsatser
	m, err := MentorManed(N("300"), N("10"), s)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Sum.Equal(N("3910")) || !m.Tilskudd.Equal(N("3910")) || !m.Prosent.Equal(N("100")) {
		t.Errorf("mentor: %+v", m)
	}
	// praksis-mentor-timelonn: 7,5 timer × 301 = 2 257,5; tillegg regnes av
	// den urundede lønnen: 0,12 × 2 257,5 = 270,9; OTP 0,02 × 2 528,4 =
	// 50,568; avgift 0,141 × 2 578,968 = 363,634488; sum 685,102488 → 685.
	// NAV kutter lønnen i summen: 2 257 + 685 = 2 942.
	m, err = MentorManed(N("301"), N("7.5"), s)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Sum.Equal(N("2942")) || !m.Tilskudd.Equal(N("2942")) || !m.Manedslonn.Equal(N("2257.5")) {
		t.Errorf("mentor 7,5 t: sum %v tilskudd %v", m.Sum, m.Tilskudd)
	}
	_, err = MentorManed(N("-1"), N("10"), s)
	sjekkFeil(t, err, ErrUgyldigBelop, "timelonn")
	_, err = MentorManed(N("300"), N("-10"), s)
	sjekkFeil(t, err, ErrUgyldigBelop, "timer")
	_, err = MentorManed(N("300"), N("10"), Lonnsgrunnlag{})
	sjekkFeil(t, err, ErrMangler, "feriepenger_prosent")
}

// TestMentorEnVei: issue 13 punkt 5. Én mentorregel gir NAVs verdi overalt:
// 251 kr × 10,35 t = 2 597,85; tillegg 0,12 × 2 597,85 = 311,742; OTP 0,02 ×
// 2 909,592 = 58,19184; avgift 0,141 × 2 967,78384 = 418,45752144; sum
// 788,39136144 → 788; NAV kutter lønnen: 2 597 + 788 = 3 385 (ikke 3 386).
// MentorManed, Tilskuddsperioder med en mentorplan og BeregnAvtale gir det
// samme, med begge avrundingsreglene.
func TestMentorEnVei(t *testing.T) {
	const id = "praksis-mentor-timelonn"
	m, err := MentorManed(N("251"), N("10.35"), standardsatser)
	if err != nil || !m.Sum.Equal(N("3385")) || !m.Tilskudd.Equal(N("3385")) || !m.Tillegg.Equal(N("788")) {
		t.Fatalf("%s MentorManed: sum %v tilskudd %v tillegg %v, %v", id, m.Sum, m.Tilskudd, m.Tillegg, err)
	}
	lonn := standardsatser
	lonn.Manedslonn = NP("2597.85")
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.Mentor, Periode: P("2025-09-01", "2025-10-31")})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []Avrunding{AvrundingDesimal, AvrundingNAV} {
		p, err := Tilskuddsperioder(plan, lonn, a)
		if err != nil || len(p) != 2 || !p[0].Manedsbelop.Equal(N("3385")) || !p[1].Belop.Equal(N("3385")) {
			t.Errorf("%s Tilskuddsperioder (%v): %v %v", id, a, p, err)
		}
		// Desimalveien gir det samme som den raske.
		if d := appendPerioderDesimal(nil, &plan, &lonn, a); !d[0].Manedsbelop.Equal(N("3385")) {
			t.Errorf("%s desimalveien (%v): %v", id, a, d[0].Manedsbelop)
		}
	}
	b, err := BeregnAvtale(Avtalegrunnlag{
		Avtale: Avtale{Tiltak: tiltak.Mentor, Periode: P("2025-09-01", "2025-10-31")},
		Fakta:  tiltak.Fakta{SaerligBehovMentor: tiltak.Ja, Arbeidsevne: tiltak.NedsattArbeidsevne},
		Lonn:   lonn,
	})
	if err != nil || !b.Maned.Tilskudd.Equal(N("3385")) || !b.Perioder[0].Belop.Equal(N("3385")) {
		t.Errorf("%s BeregnAvtale: %+v %v", id, b.Maned, err)
	}
	// Uten mentorregelen (et lønnstilskudd med 100 %) blir det 3 386: lønnen
	// kuttes ikke.
	vanlig, _ := BeregnManed(lonn, N("100"), AvrundingDesimal)
	if !vanlig.Tilskudd.Equal(N("3386")) {
		t.Errorf("BeregnManed 100 %%: %v", vanlig.Tilskudd)
	}
}

func TestRundHalvtOpp(t *testing.T) {
	for _, r := range [][2]string{{"2.5", "3"}, {"2.4999", "2"}, {"-2.5", "-2"}, {"-2.51", "-3"}, {"0", "0"}, {"7", "7"}} {
		if got := RundHalvtOpp(N(r[0])); !got.Equal(N(r[1])) {
			t.Errorf("RundHalvtOpp(%s) = %v, vil ha %s", r[0], got, r[1])
		}
	}
}
