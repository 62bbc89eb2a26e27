package tilskudd

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// tilfeldigAvtale gir en avtale om et tiltak med sats, med arbeidsevne og
// avtalt prosent der regelen trenger dem, i 2016–2031.
func tilfeldigAvtale(r *rand.Rand) Avtale {
	koder := []tiltak.Kode{tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.FirearigLonnstilskudd,
		tiltak.Sommerjobb, tiltak.Mentor, tiltak.VTA, tiltak.VTAO, tiltak.AFT, tiltak.Inkluderingstilskudd}
	fra := D("2016-01-01").AddDays(r.IntN(16 * 365))
	a := Avtale{Tiltak: koder[r.IntN(len(koder))], Periode: tiltak.Periode{Fra: fra, Til: fra.AddDays(r.IntN(5 * 366))},
		Arbeidsevne: tiltak.Arbeidsevne(1 + r.IntN(3))}
	if r.IntN(2) == 0 {
		a.AvtaltProsent = decimal.NewNullDecimal(decimal.NewFromInt([]int64{40, 50, 60, 67, 75}[r.IntN(5)]))
	}
	return a
}

// TestSatstidslinjeSomHverDag er egenskapstesten: hver dag i hvert segment
// har samme prosent (Satsplan.ProsentPa), samme G og samme månedssats som
// et oppslag den dagen, og to segmenter etter hverandre er ulike.
func TestSatstidslinjeSomHverDag(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 1))
	n, sjekket := 600, 0
	if kapplopsdetektor || testing.Short() {
		n = 80
	}
	for range n {
		a := tilfeldigAvtale(r)
		segs, err := Satstidslinje(a)
		if err != nil {
			// Feilen er den samme som satsplanen eller satsregelen gir.
			if _, perr := NySatsplan(a); perr == nil {
				if _, serr := regler.SatsFor(a.Tiltak, a.Periode.Fra); serr == nil {
					if s, _ := regler.SatsFor(a.Tiltak, a.Periode.Fra); s.Type() != regler.Manedssats && s.Type() != regler.FaktiskeUtgifter {
						t.Fatalf("%+v: %v, men satsplanen finnes", a, err)
					}
				}
			}
			continue
		}
		sjekket++
		sats, _ := regler.SatsFor(a.Tiltak, a.Periode.Fra)
		plan, planErr := NySatsplan(a)
		neste := a.Periode.Fra
		for i := range segs {
			s := &segs[i]
			if s.Periode.Fra != neste || len(s.Grunner) == 0 || s.Grunner[0].Dato != s.Periode.Fra {
				t.Fatalf("%+v: segment %d %v, grunner %v", a, i, s.Periode, s.Grunner)
			}
			if i > 0 && sammeSatser(&segs[i-1], s) {
				t.Errorf("%+v: segment %d og %d har samme satser", a, i-1, i)
			}
			for dag := s.Periode.Fra; !dag.After(s.Periode.Til); dag = dag.AddDays(1) {
				var ventet Satssegment
				if planErr == nil && sats.Type() != regler.Manedssats {
					if p, ok := plan.ProsentPa(dag); ok {
						ventet.Prosent = decimal.NewNullDecimal(p)
					}
				}
				if sats.GTak() > 0 {
					if g, err := G(dag); err == nil {
						ventet.G = decimal.NewNullDecimal(g)
					} else {
						ventet.Ukjent = true
					}
				}
				var oppslag func(tiltak.Dato) (decimal.Decimal, error)
				switch {
				case sats.Type() != regler.Manedssats:
				case a.Tiltak == tiltak.VTA:
					oppslag = VTASats
				case a.Tiltak == tiltak.VTAO:
					oppslag = VTAOSats
				case a.Tiltak == tiltak.AFT:
					oppslag = AFTSats
				}
				if oppslag != nil {
					if m, err := oppslag(dag); err == nil {
						ventet.Manedssats = decimal.NewNullDecimal(m)
					} else {
						ventet.Ukjent = true
					}
				}
				if !sammeSatser(s, &ventet) {
					t.Fatalf("%+v på %s: segmentet %v har %v/%v/%v/%v, dagen %v/%v/%v/%v", a, dag, s.Periode,
						s.Prosent, s.G, s.Manedssats, s.Ukjent, ventet.Prosent, ventet.G, ventet.Manedssats, ventet.Ukjent)
				}
			}
			neste = s.Periode.Til.AddDays(1)
		}
		if segs[len(segs)-1].Periode.Til != a.Periode.Til {
			t.Fatalf("%+v: siste segment slutter %s", a, segs[len(segs)-1].Periode.Til)
		}
	}
	if sjekket < n/4 {
		t.Errorf("bare %d av %d avtaler ga en tidslinje", sjekket, n)
	}
}

// TestDelingsdatoerErTilskuddsperiodene: tilskuddsperiodene begynner på
// periodens første dag og på nøyaktig Delingsdatoer, så tidslinjen og
// månedsdelingen bygger på de samme knekkpunktene.
func TestDelingsdatoerErTilskuddsperiodene(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for range 300 {
		a := tilfeldigAvtale(r)
		plan, err := NySatsplan(a)
		if err != nil {
			continue
		}
		if r.IntN(3) == 0 {
			plan = plan.Kutt(a.Periode.Fra.AddDays(r.IntN(a.Periode.Dager() + 1)))
		}
		perioder, err := Tilskuddsperioder(plan, standardsatser, AvrundingDesimal)
		if err != nil {
			t.Fatal(err)
		}
		// En trinndato 1. i en måned er også en ny måned: én dato, to grunner.
		knekk := slices.CompactFunc(Delingsdatoer(plan), func(a, b tiltak.Knekkgrunn) bool { return a.Dato == b.Dato })
		if len(perioder) == 0 {
			if len(knekk) != 0 {
				t.Errorf("tom plan gir knekkpunkter %v", knekk)
			}
			continue
		}
		if len(perioder) != len(knekk)+1 {
			t.Fatalf("%+v: %d perioder, %d delingsdatoer", a, len(perioder), len(knekk))
		}
		for i, k := range knekk {
			if perioder[i+1].Periode.Fra != k.Dato {
				t.Fatalf("%+v: periode %d begynner %s, delingsdato %s (%s)", a, i+2, perioder[i+1].Periode.Fra, k.Dato, k.Art)
			}
		}
	}
}

// TestSatstidslinjeRader: radene navngir satsregelen eller tabellen og
// sjekker begge sider av knekkpunktet.
func TestSatstidslinjeRader(t *testing.T) {
	for _, tc := range []struct {
		navn   string
		a      Avtale
		skifte tiltak.Dato
		art    tiltak.Knekkart
		id     string
	}{
		// tf-9-5-v20190701: 40 % i seks måneder, så 30 % (start + 6 måneder).
		{"tf-9-5 trinn", Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2025-06-01", "2026-05-31"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne},
			D("2025-12-01"), tiltak.KnekkTrinn, "tf-9-5-v20190701"},
		// 29. februar + 6 måneder = 29. august.
		{"tf-9-5 trinn fra 29. februar", Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-02-29", "2024-12-31"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne},
			D("2024-08-29"), tiltak.KnekkTrinn, "tf-9-5-v20190701"},
		// VTAO-satsen: ny rad 1. januar 2026.
		{"vtao-sats", Avtale{Tiltak: tiltak.VTAO, Periode: P("2025-06-01", "2026-05-31")}, D("2026-01-01"), tiltak.KnekkTabellrad, "vtao"},
		// VTA-satsen er ikke kjent etter 2026: dagen etter raden slutter.
		{"vta-sats slutter", Avtale{Tiltak: tiltak.VTA, Periode: P("2026-06-01", "2027-05-31")}, D("2027-01-01"), tiltak.KnekkTabellrad, "vta"},
	} {
		t.Run(tc.navn, func(t *testing.T) {
			segs, err := Satstidslinje(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range segs {
				if s.Periode.Fra != tc.skifte {
					continue
				}
				if s.Grunner[0].Art != tc.art || s.Grunner[0].ID != tc.id {
					t.Errorf("grunner %+v", s.Grunner)
				}
				if segs[i-1].Periode.Til != tc.skifte.AddDays(-1) || sammeSatser(&segs[i-1], &s) {
					t.Errorf("dagen før: %+v", segs[i-1])
				}
				return
			}
			t.Fatalf("intet segment begynner %s: %+v", tc.skifte, segs)
		})
	}
	// Fireårig lønnstilskudd har et tak på fem G: nytt G 1. mai 2027 er ikke
	// kjent, så segmentet fra da har Ukjent.
	segs, err := Satstidslinje(Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2027-07-31"), Arbeidsevne: tiltak.NedsattArbeidsevne})
	if err != nil {
		t.Fatal(err)
	}
	siste := segs[len(segs)-1]
	if siste.Periode.Fra != D("2027-05-01") || !siste.Ukjent || siste.G.Valid || siste.Grunner[0].Art != tiltak.KnekkTabellrad {
		t.Errorf("fireårig 2026–2027: %+v", segs)
	}
}

func TestSatstidslinjeFeil(t *testing.T) {
	for _, tc := range []struct {
		a    Avtale
		felt string
		err  error
	}{
		{Avtale{Tiltak: "finnes-ikke", Periode: P("2025-01-01", "2025-12-31")}, "tiltak", tiltak.ErrUkjentTiltak},
		{Avtale{Tiltak: tiltak.VTA, Periode: tiltak.Periode{Fra: D("2025-01-01")}}, "periode.til", tiltak.ErrUgyldigPeriode},
		{Avtale{Tiltak: tiltak.VTA, Periode: P("2025-01-01", "2124-12-31")}, "periode.til", tiltak.ErrUgyldigPeriode},
		{Avtale{Tiltak: tiltak.Arbeidstrening, Periode: P("2025-01-01", "2025-12-31")}, "tiltak", ErrIkkeModellert},
		{Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2025-01-01", "2025-12-31")}, "arbeidsevne", ErrUkjentFaktum},
	} {
		_, err := Satstidslinje(tc.a)
		var fe *tiltak.FeltFeil
		if !errors.Is(err, tc.err) || !errors.As(err, &fe) || fe.Felt != tc.felt {
			t.Errorf("%+v: %v, ventet felt %s", tc.a, err, tc.felt)
		}
	}
}

func BenchmarkSatstidslinje(b *testing.B) {
	a := Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-07-31"), Arbeidsevne: tiltak.NedsattArbeidsevne}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Satstidslinje(a)
	}
}
