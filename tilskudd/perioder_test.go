package tilskudd

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func tp(nr int, fra, til, prosent, maned, belop string) Tilskuddsperiode {
	return Tilskuddsperiode{Lopenummer: nr, Periode: P(fra, til), Prosent: N(prosent), Manedsbelop: N(maned), Belop: N(belop)}
}

func TestTilskuddsperioderMidlertidig(t *testing.T) {
	// praksis-tilskuddsperioder og praksis-forholdsmessig, med satsene i
	// tf-9-5-v20190701 (40 % i seks måneder, så 30 %). Lønnskostnad
	// 39 104 (se TestBeregnManed): 40 % gir 15 642 per måned, 30 % 11 731.
	// Trinndato 15.07.2024. Delmåneder, regnet for hånd som
	// rund(dager × månedsbeløp × 16 / 487):
	//   15.–31. jan, 17 dager, 40 %: 15 642 × 17 / 30,4375 = 8 736,39 → 8 736
	//   1.–14. jul, 14 dager, 40 %:  15 642 × 14 / 30,4375 = 7 194,68 → 7 195
	//   15.–31. jul, 17 dager, 30 %: 11 731 × 17 / 30,4375 = 6 552,02 → 6 552
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-15", "2024-12-31"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Tilskuddsperioder(plan, standardsatser, AvrundingDesimal)
	if err != nil {
		t.Fatal(err)
	}
	want := []Tilskuddsperiode{
		tp(1, "2024-01-15", "2024-01-31", "40", "15642", "8736"),
		tp(2, "2024-02-01", "2024-02-29", "40", "15642", "15642"),
		tp(3, "2024-03-01", "2024-03-31", "40", "15642", "15642"),
		tp(4, "2024-04-01", "2024-04-30", "40", "15642", "15642"),
		tp(5, "2024-05-01", "2024-05-31", "40", "15642", "15642"),
		tp(6, "2024-06-01", "2024-06-30", "40", "15642", "15642"),
		tp(7, "2024-07-01", "2024-07-14", "40", "15642", "7195"),
		tp(8, "2024-07-15", "2024-07-31", "30", "11731", "6552"),
		tp(9, "2024-08-01", "2024-08-31", "30", "11731", "11731"),
		tp(10, "2024-09-01", "2024-09-30", "30", "11731", "11731"),
		tp(11, "2024-10-01", "2024-10-31", "30", "11731", "11731"),
		tp(12, "2024-11-01", "2024-11-30", "30", "11731", "11731"),
		tp(13, "2024-12-01", "2024-12-31", "30", "11731", "11731"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: perioder (-vil +fikk):\n%s", "praksis-tilskuddsperioder", diff)
	}
	// Gjenbruk av buffer: samme resultat, løpenumre fra 1.
	buf := make([]Tilskuddsperiode, 0, 32)
	got2, err := AppendTilskuddsperioder(buf, plan, standardsatser, AvrundingDesimal)
	if err != nil || !cmp.Equal(want, got2) {
		t.Errorf("Append: %v\n%s", err, cmp.Diff(want, got2))
	}
	// Kutt ved permittering 10.03.2024 (seed000-instruks-v20210120):
	// mars blir 1.–9., 9 dager: 15 642 × 9 / 30,4375 = 4 625,15 → 4 625.
	kuttet := KuttPerioder(got, D("2024-03-10"))
	wantK := []Tilskuddsperiode{want[0], want[1], tp(3, "2024-03-01", "2024-03-09", "40", "15642", "4625")}
	if diff := cmp.Diff(wantK, kuttet); diff != "" {
		t.Errorf("seed000-instruks-v20210120 kuttet (-vil +fikk):\n%s", diff)
	}
	if k := KuttPerioder(got, D("2024-03-01")); len(k) != 2 {
		t.Errorf("kutt på månedsskifte: %d perioder", len(k))
	}
	if k := KuttPerioder(got, tiltak.Dato{}); len(k) != len(got) {
		t.Errorf("kutt uten dato: %d perioder", len(k))
	}
}

func TestBelopForPeriode(t *testing.T) {
	// praksis-forholdsmessig: månedsbeløp 19 552.
	for _, r := range []struct {
		id, fra, til, maned, want string
	}{
		{"praksis-forholdsmessig", "2024-02-01", "2024-02-29", "19552", "19552"},  // hel februar i skuddår
		{"praksis-forholdsmessig", "2024-02-01", "2024-02-28", "19552", "17986"},  // 28 av 29: 17 986,23 → 17 986
		{"praksis-forholdsmessig", "2023-02-01", "2023-02-28", "19552", "19552"},  // hel februar i vanlig år
		{"praksis-forholdsmessig", "2024-01-31", "2024-01-31", "19552", "642"},    // én dag: 642,37 → 642
		{"praksis-forholdsmessig", "2024-04-01", "2024-04-30", "19552", "19552"},  // hel 30-dagers måned
		{"praksis-forholdsmessig", "2024-05-02", "2024-05-31", "19552", "19271"},  // 30 dager: 19 270,97 → 19 271
		{"praksis-forholdsmessig", "2024-01-01", "2024-12-31", "19552", "234624"}, // 12 × 19 552
		{"praksis-forholdsmessig", "2023-01-01", "2025-12-31", "100", "3600"},     // 36 hele måneder (NAVs årsfeil ikke kopiert)
		{"praksis-forholdsmessig", "2024-01-31", "2024-02-29", "19552", "20194"},  // 642 + 19 552
		{"praksis-forholdsmessig", "2026-01-01", "2026-01-01", "7321", "241"},     // 240,53 → 241 (nærmeste .5-punkt; eksakte .5 kan ikke oppstå)
		{"praksis-forholdsmessig", "2024-01-01", "2024-01-15", "0", "0"},
	} {
		got, err := BelopForPeriode(P(r.fra, r.til), N(r.maned))
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(N(r.want)) {
			t.Errorf("%s %s–%s × %s = %v, vil ha %s", r.id, r.fra, r.til, r.maned, got, r.want)
		}
	}
	_, err := BelopForPeriode(P("2024-02-01", "2024-01-31"), N("1"))
	sjekkFeil(t, err, tiltak.ErrUgyldigPeriode, "til")
	_, err = BelopForPeriode(P("2024-01-01", "2024-01-31"), N("-1"))
	sjekkFeil(t, err, ErrUgyldigBelop, "manedsbelop")
}

func TestTilskuddsperioderVarigOgFeil(t *testing.T) {
	// tf-10-7-sats: varig 75 % fra 29.02.2024, 67 % fra 28.02.2025.
	// 75 % av 39 104 = 29 328; 67 % = 26 199,68 → 26 200.
	// Februar 2025: 1.–27. (27 dager) 75 %: 29 328 × 27 / 30,4375 = 26 015,80 → 26 016;
	// 28. (1 dag) 67 %: 26 200 / 30,4375 = 860,78 → 861.
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: P("2024-02-29", "2025-03-31"), AvtaltProsent: NP("75")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Tilskuddsperioder(plan, standardsatser, AvrundingDesimal)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 15 {
		t.Fatalf("%d perioder, vil ha 15", len(got))
	}
	want := []Tilskuddsperiode{
		tp(1, "2024-02-29", "2024-02-29", "75", "29328", "964"), // 29 328 / 30,4375 = 963,55 → 964
		tp(13, "2025-02-01", "2025-02-27", "75", "29328", "26016"),
		tp(14, "2025-02-28", "2025-02-28", "67", "26200", "861"),
		tp(15, "2025-03-01", "2025-03-31", "67", "26200", "26200"),
	}
	if diff := cmp.Diff(want, []Tilskuddsperiode{got[0], got[12], got[13], got[14]}); diff != "" {
		t.Errorf("(-vil +fikk):\n%s", diff)
	}
	// Tom plan (kuttet på startdagen) gir ingen perioder.
	tom, err := Tilskuddsperioder(plan.Kutt(D("2024-02-29")), standardsatser, AvrundingDesimal)
	if err != nil || len(tom) != 0 {
		t.Errorf("tom plan: %v %v", tom, err)
	}
	darlig := standardsatser
	darlig.OTPProsent = NP("31")
	_, err = Tilskuddsperioder(plan, darlig, AvrundingDesimal)
	sjekkFeil(t, err, ErrUgyldigSats, "otp_prosent")
	ugyldig := Satsplan{Trinn: []Trinn{{P("2024-02-01", "2024-01-01"), N("40")}}}
	_, err = Tilskuddsperioder(ugyldig, standardsatser, AvrundingDesimal)
	sjekkFeil(t, err, ErrUgyldigSats, "trinn")
	forHoy := Satsplan{Trinn: []Trinn{{P("2024-01-01", "2024-01-31"), N("101")}}}
	_, err = Tilskuddsperioder(forHoy, standardsatser, AvrundingDesimal)
	sjekkFeil(t, err, ErrUgyldigSats, "trinn.prosent")
	_, err = Tilskuddsperioder(plan, standardsatser, Avrunding(5))
	sjekkFeil(t, err, ErrUgyldigSats, "avrunding")
}

func TestTilskuddsperioderFirearigNAVAvrunding(t *testing.T) {
	// praksis-prosent-avrunding: kostnad 90 (bare lønn), fireårig 35 % i år 4:
	// NAV 31, desimal 32.
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-07-31")})
	if err != nil {
		t.Fatal(err)
	}
	g := lonnsgrunnlag("90", "0", "0", "0")
	nav, _ := Tilskuddsperioder(plan, g, AvrundingNAV)
	des, _ := Tilskuddsperioder(plan, g, AvrundingDesimal)
	sist := len(nav) - 1
	if !nav[sist].Manedsbelop.Equal(N("31")) || !des[sist].Manedsbelop.Equal(N("32")) {
		t.Errorf("35 %%: nav %v desimal %v", nav[sist].Manedsbelop, des[sist].Manedsbelop)
	}
	if len(nav) != 48 || nav[0].Prosent.String() != "70" || nav[12].Prosent.String() != "60" || nav[24].Prosent.String() != "50" || nav[36].Prosent.String() != "35" {
		t.Errorf("fireårig: %d perioder", len(nav))
	}
	// Summen av hele måneder er antall måneder × månedsbeløp.
	sum := decimal.Zero
	for _, p := range des[:12] {
		sum = sum.Add(p.Belop)
	}
	// 70 % av 90 = 63 per måned, 12 måneder = 756.
	if !sum.Equal(N("756")) {
		t.Errorf("sum år 1 = %v, vil ha 756", sum)
	}
}

func TestVTAOTilskuddsperioder(t *testing.T) {
	// tf-14-8-v20161001 og praksis-forholdsmessig: satsen slås opp på periodens
	// første dag. 15.–31.12.2025 (17 dager) ved 7 067: 7 067 × 17 / 30,4375
	// = 3 947,07 → 3 947; januar 2026 hel måned: 7 321.
	got, err := VTAOTilskuddsperioder(P("2025-12-15", "2026-01-31"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Tilskuddsperiode{
		tp(1, "2025-12-15", "2025-12-31", "0", "7067", "3947"),
		tp(2, "2026-01-01", "2026-01-31", "0", "7321", "7321"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-vil +fikk):\n%s", diff)
	}
	_, err = VTAOTilskuddsperioder(P("2026-12-01", "2027-01-31"))
	sjekkFeil(t, err, ErrIngenSats, "dato")
	_, err = VTAOTilskuddsperioder(P("2021-12-20", "2022-01-31"))
	sjekkFeil(t, err, ErrIngenSats, "dato")
	_, err = VTAOTilskuddsperioder(P("2022-02-01", "2022-01-31"))
	sjekkFeil(t, err, tiltak.ErrUgyldigPeriode, "til")
	hel, err := VTAOTilskuddsperioder(P("2022-01-01", "2022-12-31"))
	if err != nil || len(hel) != 12 || !hel[11].Belop.Equal(N("6241")) {
		t.Errorf("VTAO 2022: %v %v", hel, err)
	}
}
