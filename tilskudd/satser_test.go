package tilskudd

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func TestSatstabeller(t *testing.T) {
	type rad struct {
		id   string
		f    func(tiltak.Dato) (decimal.Decimal, error)
		dag  string
		want string // "" = feil ErrIngenSats
	}
	rader := []rad{
		// ftrl-1-4-grunnbelop: G skifter 1. mai.
		{"ftrl-1-4-grunnbelop", G, "2015-04-30", ""},
		{"ftrl-1-4-grunnbelop", G, "2015-05-01", "90068"},
		{"ftrl-1-4-grunnbelop", G, "2016-04-30", "90068"},
		{"ftrl-1-4-grunnbelop", G, "2016-05-01", "92576"},
		{"ftrl-1-4-grunnbelop", G, "2017-05-01", "93634"},
		{"ftrl-1-4-grunnbelop", G, "2018-04-30", "93634"},
		{"ftrl-1-4-grunnbelop", G, "2018-05-01", "96883"},
		{"ftrl-1-4-grunnbelop", G, "2019-05-01", "99858"},
		{"ftrl-1-4-grunnbelop", G, "2020-05-01", "101351"},
		{"ftrl-1-4-grunnbelop", G, "2021-05-01", "106399"},
		{"ftrl-1-4-grunnbelop", G, "2022-05-01", "111477"},
		{"ftrl-1-4-grunnbelop", G, "2023-05-01", "118620"},
		{"ftrl-1-4-grunnbelop", G, "2024-04-30", "118620"},
		{"ftrl-1-4-grunnbelop", G, "2024-05-01", "124028"},
		{"ftrl-1-4-grunnbelop", G, "2025-04-30", "124028"},
		{"ftrl-1-4-grunnbelop", G, "2025-05-01", "130160"},
		{"ftrl-1-4-grunnbelop", G, "2026-04-30", "130160"},
		{"ftrl-1-4-grunnbelop", G, "2026-05-01", "136549"}, // nav-praksis § 2e
		{"ftrl-1-4-grunnbelop", G, "2027-04-30", "136549"},
		{"ftrl-1-4-grunnbelop", G, "2027-05-01", ""}, // G 2027 ikke kjent
		// VTAO: månedssatsen etter § 14-8 (fra 1. oktober 2016) og § 14A-7
		// (fra 1. september 2026); beløpene fastsetter departementet.
		{"tf-14-8-v20161001", VTAOSats, "2017-12-31", ""},
		{"tf-14-8-v20161001", VTAOSats, "2018-01-01", "5550"},
		{"tf-14-8-v20161001", VTAOSats, "2018-12-31", "5550"},
		{"tf-14-8-v20161001", VTAOSats, "2019-01-01", ""},
		{"tf-14-8-v20161001", VTAOSats, "2021-12-31", ""},
		{"tf-14-8-v20161001", VTAOSats, "2022-01-01", "6241"},
		{"tf-14-8-v20161001", VTAOSats, "2023-01-01", "6428"},
		{"tf-14-8-v20161001", VTAOSats, "2024-02-29", "6808"},
		{"tf-14-8-v20161001", VTAOSats, "2025-12-31", "7067"},
		{"tf-14-8-v20161001", VTAOSats, "2026-01-01", "7321"},
		{"tf-14-8-v20161001", VTAOSats, "2026-08-31", "7321"},
		{"tf-14a-7-v20260901", VTAOSats, "2026-09-01", "7321"},
		{"tf-14a-7-v20260901", VTAOSats, "2026-12-31", "7321"},
		{"tf-14a-7-v20260901", VTAOSats, "2027-01-01", ""},
		// VTA skjermet: § 14-8 (2016-teksten og teksten fra 1. oktober 2016).
		{"tf-14-8-v20160101", VTASats, "2015-12-31", ""},
		{"tf-14-8-v20160101", VTASats, "2016-01-01", "12532"},
		{"tf-14-8-v20160101", VTASats, "2016-09-30", "12532"},
		{"tf-14-8-v20161001", VTASats, "2016-10-01", "12532"},
		{"tf-14-8-v20161001", VTASats, "2017-01-01", ""},
		{"tf-14-8-v20161001", VTASats, "2018-06-30", "13231"},
		{"tf-14-8-v20161001", VTASats, "2023-12-31", "15667"},
		{"tf-14-8-v20161001", VTASats, "2024-01-01", ""},
		{"tf-14-8-v20161001", VTASats, "2025-01-01", "16848"},
		{"tf-14-8-v20161001", VTASats, "2026-01-01", "17455"},
		{"tf-14-8-v20161001", VTASats, "2027-01-01", ""},
		// AFT: § 13-7 (fra 1. oktober 2016 og 1. januar 2026).
		{"tf-13-7-v20161001", AFTSats, "2017-12-31", ""},
		{"tf-13-7-v20161001", AFTSats, "2018-01-01", "16470"},
		{"tf-13-7-v20161001", AFTSats, "2023-05-01", "19500"},
		{"tf-13-7-v20161001", AFTSats, "2024-12-31", ""},
		{"tf-13-7-v20161001", AFTSats, "2025-12-31", "20975"},
		{"tf-13-7-v20260101", AFTSats, "2026-01-01", "21730"},
		{"tf-13-7-v20260101", AFTSats, "2027-01-01", ""},
		// Inkluderingstilskudd: maksimalsatsen etter § 11-4, på avtalens sluttdato.
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2015-12-31", ""},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2023-12-31", "143900"},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2024-01-01", "149100"},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2025-01-01", "154800"},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2025-12-31", "154800"},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2026-01-01", "160400"},
		{"tf-11-4-v20160101", InkluderingstilskuddMaks, "2030-06-30", "160400"},
	}
	for _, r := range rader {
		got, err := r.f(D(r.dag))
		if r.want == "" {
			sjekkFeil(t, err, ErrIngenSats, "dato")
			continue
		}
		if err != nil {
			t.Fatalf("%s %s: %v", r.id, r.dag, err)
		}
		if !got.Equal(N(r.want)) {
			t.Errorf("%s %s = %v, vil ha %s", r.id, r.dag, got, r.want)
		}
	}
	_, err := G(tiltak.Dato{})
	sjekkFeil(t, err, ErrIngenSats, "dato")
}

func TestSatstabellKopierOgFlagg(t *testing.T) {
	g := Grunnbelop()
	g.Satser[0].Belop = N("1")
	if v, _ := G(D("2015-06-01")); !v.Equal(N("90068")) {
		t.Error("en kopi endret tabellen")
	}
	if len(Grunnbelop().Satser) != 12 {
		t.Errorf("G har %d oppføringer, vil ha 12 (2015–2026)", len(Grunnbelop().Satser))
	}
	if sist := Grunnbelop().Satser[11]; sist.Til != D("2027-04-30") || !sist.Belop.Equal(N("136549")) || sist.Bevis != "C" ||
		!strings.Contains(sist.Merknad, "nav-praksis § 2e") {
		t.Errorf("G 2026 skal være 136 549 til 2027-04-30, merket som NAVs praksis: %+v", sist)
	}
	v := VTAOSatser()
	if !v.Satser[2].Uverifisert {
		t.Errorf("VTAO 2023 skal være merket uverifisert: %+v", v.Satser[2])
	}
	// Tabellenes hjemmel er paragrafen (uten versjon, en tabell spenner over
	// flere versjoner) som sier at departementet fastsetter satsen. VTAO-
	// tabellen har § 14-8 (VTA), som gjaldt VTAO til 31. august 2026.
	for _, r := range []struct {
		tab     Satstabell
		hjemmel string
		tekst   string
	}{
		{Grunnbelop(), "ftrl-1-4-grunnbelop", "folketrygdloven § 1-4"},
		{VTASatser(), "tf-14-8", "tiltaksforskriften § 14-8"},
		{VTAOSatser(), "tf-14-8", "tiltaksforskriften § 14-8"},
		{AFTSatser(), "tf-13-7", "tiltaksforskriften § 13-7"},
		{InkluderingstilskuddMaksSatser(), "tf-11-4", "tiltaksforskriften § 11-4"},
	} {
		if r.tab.Hjemmel.ID != r.hjemmel || !strings.HasPrefix(r.tab.Hjemmel.String(), r.tekst) {
			t.Errorf("%s: hjemmel %s (%s), vil ha %s (%s)", r.tab.Navn, r.tab.Hjemmel.ID, r.tab.Hjemmel, r.hjemmel, r.tekst)
		}
	}
	for _, tab := range []Satstabell{Grunnbelop(), VTAOSatser(), VTASatser(), AFTSatser(), InkluderingstilskuddMaksSatser()} {
		for i := 1; i < len(tab.Satser); i++ {
			a, b := tab.Satser[i-1], tab.Satser[i]
			if !a.Fra.Before(b.Fra) || (!a.Til.IsZero() && !a.Til.Before(b.Fra)) {
				t.Errorf("%s: overlapp eller feil rekkefølge ved %s", tab.Navn, b.Fra)
			}
		}
		if tab.Hjemmel.ID == "" || tab.Enhet == "" {
			t.Errorf("%s mangler hjemmel eller enhet", tab.Navn)
		}
	}
}

// TestSatstabellerMotLovlaget: hver rad i en tabell over månedssatser
// ligger der lovlaget har en månedssats for tiltaket (på radens første og
// siste dag), og maksimalsatsen for inkluderingstilskudd der lovlaget har
// et tilskudd av faktiske utgifter. Beløpene står ikke i forskriften; bare
// at de finnes.
func TestSatstabellerMotLovlaget(t *testing.T) {
	for _, r := range []struct {
		tab  Satstabell
		kode tiltak.Kode
		typ  regler.Satstype
	}{
		{VTASatser(), tiltak.VTA, regler.Manedssats},
		{VTAOSatser(), tiltak.VTAO, regler.Manedssats},
		{AFTSatser(), tiltak.AFT, regler.Manedssats},
		{InkluderingstilskuddMaksSatser(), tiltak.Inkluderingstilskudd, regler.FaktiskeUtgifter},
	} {
		for _, rad := range r.tab.Satser {
			for _, d := range []tiltak.Dato{rad.Fra, rad.Til} {
				if d.IsZero() {
					continue
				}
				s, err := regler.SatsFor(r.kode, d)
				if err != nil || s.Type() != r.typ {
					t.Errorf("%s %s: lovlaget har %v (%v), vil ha %v", r.tab.Navn, d, s.Type(), err, r.typ)
				}
			}
		}
	}
	// Stikkprøver: VTAO-satsen for 2026 spenner over skiftet til § 14A-7.
	for _, r := range []struct{ dag, id string }{{"2026-08-31", "tf-14-8-v20161001"}, {"2026-09-01", "tf-14a-7-v20260901"}} {
		s, err := regler.SatsFor(tiltak.VTAO, D(r.dag))
		if err != nil {
			t.Errorf("VTAO %s: %v", r.dag, err)
		} else if s.ID() != r.id {
			t.Errorf("VTAO %s: %s, vil ha %s", r.dag, s.ID(), r.id)
		}
	}
}

func TestSjekkInkluderingstilskudd(t *testing.T) {
	// tf-11-4-v20160101: 100 000 + 49 100 = 149 100 = maks 2024: innenfor;
	// én krone til er over.
	for _, r := range []struct {
		id, slutt string
		linjer    []string
		innenfor  bool
		maks      string
	}{
		{"tf-11-4-v20160101", "2024-12-31", []string{"100000", "49100"}, true, "149100"},
		{"tf-11-4-v20160101", "2024-12-31", []string{"100000", "49100.01"}, false, "149100"},
		{"tf-11-4-v20160101", "2023-12-31", []string{"149100"}, false, "143900"},
		{"tf-11-4-v20160101", "2026-03-01", []string{}, true, "160400"},
	} {
		var l []decimal.Decimal
		for _, s := range r.linjer {
			l = append(l, N(s))
		}
		got, err := SjekkInkluderingstilskudd(D(r.slutt), l)
		if err != nil {
			t.Fatal(err)
		}
		if (got.Utfall == regler.Oppfylt) != r.innenfor || !got.Utfall.Gyldig() || !got.Maks.Equal(N(r.maks)) {
			t.Errorf("%s %s: %+v", r.id, r.slutt, got)
		}
	}
	_, err := SjekkInkluderingstilskudd(D("2024-06-01"), []decimal.Decimal{N("1"), N("-1")})
	sjekkFeil(t, err, ErrUgyldigBelop, "utgifter[1]")
	_, err = SjekkInkluderingstilskudd(tiltak.Dato{}, nil)
	sjekkFeil(t, err, ErrIngenSats, "dato")
}
