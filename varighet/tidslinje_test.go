package varighet

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestTidslinjeSomHverStart er egenskapstesten: for tilfeldige tiltak,
// fakta (også fødte 29. februar) og perioder av startdatoer over
// versjonsdatoene gir hver startdato i hvert segment et Maksimum som følger
// samme regel som segmentets, og to segmenter etter hverandre er ulike.
// Gir Tidslinje ErrIkkeModellert, har perioden en startdato Maksimum ikke
// kan svare for.
func TestTidslinjeSomHverStart(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	n := 400
	if testing.Short() {
		n = 60
	}
	koder := tiltak.Koder()
	for range n {
		kode := koder[r.IntN(len(koder))]
		f := fuzzFakta(r.Uint64())
		switch r.IntN(4) {
		case 0:
			f.Fodselsdato = tiltak.MustDato(1996+4*r.IntN(4), 2, 29)
		case 1:
			f.Fodselsdato = tiltak.MustDato(1990, 1, 1).AddDays(r.IntN(20 * 365))
		}
		f.RegistrertDato = tiltak.Dato{}
		if f.Valider() != nil {
			continue
		}
		fra := tiltak.MustDato(2015, 6, 1).AddDays(r.IntN(18 * 365))
		per := tiltak.Periode{Fra: fra, Til: fra.AddDays(r.IntN(3 * 366))}
		segs, err := Tidslinje(kode, &f, per, regler.Valg{})
		if errors.Is(err, ErrIkkeModellert) {
			funnet := false
			for s := per.Fra; !s.After(per.Til); s = s.AddDays(1) {
				if _, err := Maksimum(kode, &f, s); errors.Is(err, ErrIkkeModellert) {
					funnet = true
					break
				}
			}
			if !funnet {
				t.Fatalf("%s %v: %v, men Maksimum svarer for hver start", kode, per, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s %v: %v", kode, per, err)
		}
		neste := per.Fra
		for i := range segs {
			s := &segs[i]
			if s.Periode.Fra != neste || s.Resultat.Start != s.Periode.Fra || len(s.Grunner) == 0 {
				t.Fatalf("%s %v: segment %d %v (start %s, %d grunner)", kode, per, i, s.Periode, s.Resultat.Start, len(s.Grunner))
			}
			if i > 0 && sammeRegel(&segs[i-1].Resultat, &s.Resultat) {
				t.Errorf("%s: segment %d og %d følger samme regel", kode, i-1, i)
			}
			for start := s.Periode.Fra; !start.After(s.Periode.Til); start = start.AddDays(1) {
				m, err := Maksimum(kode, &f, start)
				if err != nil {
					t.Fatalf("%s %s: %v", kode, start, err)
				}
				if !sammeRegel(&s.Resultat, &m) {
					t.Fatalf("%s (fødd %s) start %s: segmentet %v følger %s, dagen %s", kode, f.Fodselsdato, start, s.Periode, s.Resultat.RegelID, m.RegelID)
				}
			}
			neste = s.Periode.Til.AddDays(1)
		}
		if segs[len(segs)-1].Periode.Til != per.Til {
			t.Fatalf("%s: siste segment slutter %s", kode, segs[len(segs)-1].Periode.Til)
		}
	}
}

// TestTidslinjeRader: radene navngir paragrafversjonen og sjekker begge
// sider av knekkpunktet.
func TestTidslinjeRader(t *testing.T) {
	for _, tc := range []struct {
		navn   string
		kode   tiltak.Kode
		f      tiltak.Fakta
		per    tiltak.Periode
		skifte tiltak.Dato
		art    tiltak.Knekkart
		id     string
	}{
		// Egenregiforskriften § 4-3: ungdomsgarantien varer til dagen før
		// 30-årsdagen; en start fra 30-årsdagen har ingen sluttdag.
		{"er-4 ungdomsgaranti 30 år", tiltak.Ungdomsgaranti, tiltak.Fakta{Fodselsdato: d("1996-02-29")}, p("2025-09-01", "2026-12-31"),
			d("2026-02-28"), tiltak.KnekkFodselsdag, ""},
		// Tiltaksforskriften § 9-4: midlertidig lønnstilskudd, ny versjon.
		{"tf-9 midlertidig ny versjon", tiltak.MidlertidigLonnstilskudd, nedsatt, p("2019-01-01", "2019-12-31"),
			d("2019-07-01"), tiltak.KnekkVersjon, ""},
	} {
		t.Run(tc.navn, func(t *testing.T) {
			segs, err := Tidslinje(tc.kode, &tc.f, tc.per, regler.Valg{})
			if err != nil {
				t.Fatal(err)
			}
			var seg *Segment
			for i := range segs {
				if segs[i].Periode.Fra == tc.skifte {
					seg = &segs[i]
				}
			}
			if seg == nil {
				t.Fatalf("intet segment begynner %s: %+v", tc.skifte, segs)
			}
			if seg.Grunner[0].Art != tc.art {
				t.Errorf("grunn %+v, ventet %s", seg.Grunner, tc.art)
			}
			for _, s := range []tiltak.Dato{tc.skifte.AddDays(-1), tc.skifte} {
				m, err := Maksimum(tc.kode, &tc.f, s)
				if err != nil {
					t.Fatal(err)
				}
				forventet := seg.Periode.Fra == s
				if sammeRegel(&seg.Resultat, &m) != forventet {
					t.Errorf("start %s: samme regel som segmentet fra %s er %v", s, seg.Periode.Fra, !forventet)
				}
			}
		})
	}
}

func TestTidslinjeFeil(t *testing.T) {
	for _, tc := range []struct {
		kode tiltak.Kode
		per  tiltak.Periode
		felt string
		err  error
	}{
		{"finnes-ikke", p("2025-01-01", "2025-12-31"), "tiltak", tiltak.ErrUkjentTiltak},
		{tiltak.Mentor, tiltak.Periode{Fra: d("2025-01-01")}, "periode.til", tiltak.ErrUgyldigPeriode},
		{tiltak.Mentor, p("2025-01-01", "2124-12-31"), "periode.til", tiltak.ErrUgyldigPeriode},
		{tiltak.Mentor, p("2015-01-01", "2016-12-31"), "", ErrIkkeModellert},
	} {
		_, err := Tidslinje(tc.kode, nil, tc.per, regler.Valg{})
		var fe *tiltak.FeltFeil
		if !errors.Is(err, tc.err) || (tc.felt != "" && (!errors.As(err, &fe) || fe.Felt != tc.felt)) {
			t.Errorf("%s %v: %v", tc.kode, tc.per, err)
		}
	}
	var im *regler.IkkeModellertFeil
	if _, err := Tidslinje(tiltak.Mentor, nil, p("2015-01-01", "2016-12-31"), regler.Valg{}); !errors.As(err, &im) || im.Dato != d("2015-01-01") {
		t.Errorf("ikke modellert: %v", err)
	}
}

func BenchmarkTidslinje(b *testing.B) {
	f := tiltak.Fakta{Fodselsdato: d("1996-02-29"), Arbeidsevne: tiltak.NedsattArbeidsevne}
	per := p("2025-01-01", "2029-12-31")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Tidslinje(tiltak.Ungdomsgaranti, &f, per, regler.Valg{})
	}
}
