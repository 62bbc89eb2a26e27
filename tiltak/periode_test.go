package tiltak

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func p(fra, til string) Periode { return Periode{d(fra), d(til)} }

func TestNyPeriode(t *testing.T) {
	tester := []struct {
		navn     string
		fra, til Dato
		felt     string
	}{
		{"gyldig", d("2025-01-01"), d("2025-12-31"), ""},
		{"én dag", d("2025-01-01"), d("2025-01-01"), ""},
		{"slutt før start", d("2025-01-02"), d("2025-01-01"), "til"},
		{"mangler fra", Dato{}, d("2025-01-01"), "fra"},
		{"mangler til", d("2025-01-01"), Dato{}, "til"},
	}
	for _, tt := range tester {
		_, err := NyPeriode(tt.fra, tt.til)
		if tt.felt == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.navn, err)
			}
			continue
		}
		var fe *FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tt.felt || !errors.Is(err, ErrUgyldigPeriode) {
			t.Errorf("%s: feil %v, ventet FeltFeil for %q som pakker ErrUgyldigPeriode", tt.navn, err, tt.felt)
		}
	}
}

func TestPeriodeDager(t *testing.T) {
	tester := []struct {
		p     Periode
		dager int
	}{
		{p("2025-01-01", "2025-01-01"), 1},
		{p("2025-01-01", "2025-12-31"), 365},
		{p("2024-01-01", "2024-12-31"), 366},
		{p("2024-02-01", "2024-02-29"), 29},
		{p("2025-02-01", "2025-02-28"), 28},
		{p("2025-01-02", "2025-01-01"), 0},
		{Periode{}, 0},
	}
	for _, tt := range tester {
		if got := tt.p.Dager(); got != tt.dager {
			t.Errorf("%v.Dager() = %d, ventet %d", tt.p, got, tt.dager)
		}
	}
}

func TestSplittPerManed(t *testing.T) {
	tester := []struct {
		navn string
		p    Periode
		ut   []Periode
	}{
		{"innen én måned", p("2025-03-05", "2025-03-20"), []Periode{p("2025-03-05", "2025-03-20")}},
		{"hel måned", p("2025-02-01", "2025-02-28"), []Periode{p("2025-02-01", "2025-02-28")}},
		{"delvis første og siste måned", p("2025-01-15", "2025-04-10"), []Periode{
			p("2025-01-15", "2025-01-31"), p("2025-02-01", "2025-02-28"), p("2025-03-01", "2025-03-31"), p("2025-04-01", "2025-04-10")}},
		{"skuddår og årsskifte", p("2023-12-31", "2024-02-29"), []Periode{
			p("2023-12-31", "2023-12-31"), p("2024-01-01", "2024-01-31"), p("2024-02-01", "2024-02-29")}},
		{"ugyldig periode", p("2025-02-01", "2025-01-01"), nil},
	}
	for _, tt := range tester {
		if diff := cmp.Diff(tt.ut, tt.p.SplittPerManed()); diff != "" {
			t.Errorf("%s (-ventet +fikk):\n%s", tt.navn, diff)
		}
	}
	if got := p("9999-12-01", "9999-12-31").SplittPerManed(); len(got) != 1 {
		t.Errorf("siste måned i området: %v", got)
	}
}

func TestSplittVed(t *testing.T) {
	hel := p("2025-01-01", "2025-12-31")
	tester := []struct {
		navn   string
		datoer []Dato
		ut     []Periode
	}{
		{"ingen datoer", nil, []Periode{hel}},
		{"dato lik start gir ingen deling", []Dato{d("2025-01-01")}, []Periode{hel}},
		{"dato lik slutt gir én-dags periode", []Dato{d("2025-12-31")}, []Periode{p("2025-01-01", "2025-12-30"), p("2025-12-31", "2025-12-31")}},
		{"dato etter slutt ignoreres", []Dato{d("2026-01-01")}, []Periode{hel}},
		{"dato før start ignoreres", []Dato{d("2024-12-31")}, []Periode{hel}},
		{"usortert og gjentatt", []Dato{d("2025-07-01"), d("2025-04-01"), d("2025-07-01")}, []Periode{
			p("2025-01-01", "2025-03-31"), p("2025-04-01", "2025-06-30"), p("2025-07-01", "2025-12-31")}},
	}
	for _, tt := range tester {
		if diff := cmp.Diff(tt.ut, hel.SplittVed(tt.datoer...)); diff != "" {
			t.Errorf("%s (-ventet +fikk):\n%s", tt.navn, diff)
		}
	}
	if got := p("2025-02-01", "2025-01-01").SplittVed(d("2025-01-15")); got != nil {
		t.Errorf("ugyldig periode ga %v", got)
	}
}

func TestSammenslattOgDagerTilsammen(t *testing.T) {
	tester := []struct {
		navn     string
		perioder []Periode
		slatt    []Periode
		dager    int
	}{
		{"ingen", nil, []Periode{}, 0},
		{"adskilte", []Periode{p("2025-03-01", "2025-03-10"), p("2025-01-01", "2025-01-10")},
			[]Periode{p("2025-01-01", "2025-01-10"), p("2025-03-01", "2025-03-10")}, 20},
		{"tilstøtende slås sammen", []Periode{p("2025-01-01", "2025-01-31"), p("2025-02-01", "2025-02-28")},
			[]Periode{p("2025-01-01", "2025-02-28")}, 59},
		{"overlappende telles én gang", []Periode{p("2025-01-01", "2025-01-31"), p("2025-01-20", "2025-02-10")},
			[]Periode{p("2025-01-01", "2025-02-10")}, 41},
		{"én inne i en annen", []Periode{p("2025-01-01", "2025-12-31"), p("2025-03-01", "2025-03-31")},
			[]Periode{p("2025-01-01", "2025-12-31")}, 365},
		{"én dags mellomrom slås ikke sammen", []Periode{p("2025-01-01", "2025-01-10"), p("2025-01-12", "2025-01-20")},
			[]Periode{p("2025-01-01", "2025-01-10"), p("2025-01-12", "2025-01-20")}, 19},
	}
	for _, tt := range tester {
		got, err := Sammenslatt(tt.perioder)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.slatt, got); diff != "" {
			t.Errorf("%s (-ventet +fikk):\n%s", tt.navn, diff)
		}
		n, err := DagerTilsammen(tt.perioder)
		if err != nil || n != tt.dager {
			t.Errorf("%s: DagerTilsammen = %d, %v; ventet %d", tt.navn, n, err, tt.dager)
		}
	}
	_, err := Sammenslatt([]Periode{p("2025-01-01", "2025-01-02"), p("2025-02-02", "2025-02-01")})
	var fe *FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "perioder[1].til" {
		t.Errorf("ugyldig periode ga %v, ventet felt perioder[1].til", err)
	}
	if _, err := DagerTilsammen([]Periode{{}}); err == nil {
		t.Error("tom periode skulle gi feil")
	}
}

func TestPeriodeOverlappOgSnitt(t *testing.T) {
	a := p("2025-01-01", "2025-01-31")
	tester := []struct {
		b       Periode
		overlap bool
		snitt   Periode
	}{
		{p("2025-01-31", "2025-02-10"), true, p("2025-01-31", "2025-01-31")},
		{p("2025-02-01", "2025-02-10"), false, Periode{}},
		{p("2024-12-01", "2025-01-01"), true, p("2025-01-01", "2025-01-01")},
		{p("2024-12-01", "2024-12-31"), false, Periode{}},
		{p("2025-01-10", "2025-01-20"), true, p("2025-01-10", "2025-01-20")},
	}
	for _, tt := range tester {
		if a.Overlapper(tt.b) != tt.overlap {
			t.Errorf("%v.Overlapper(%v) = %v", a, tt.b, !tt.overlap)
		}
		s, ok := a.Snitt(tt.b)
		if ok != tt.overlap || s != tt.snitt {
			t.Errorf("%v.Snitt(%v) = %v, %v", a, tt.b, s, ok)
		}
	}
	if !a.Inneholder(d("2025-01-01")) || !a.Inneholder(d("2025-01-31")) || a.Inneholder(d("2025-02-01")) || a.Inneholder(d("2024-12-31")) || a.Inneholder(Dato{}) {
		t.Error("Inneholder feil på grensene")
	}
	if !p("2024-02-01", "2024-02-29").ErHelManed() || p("2024-02-01", "2024-02-28").ErHelManed() || p("2024-02-02", "2024-02-29").ErHelManed() {
		t.Error("ErHelManed feil")
	}
}

func TestPeriodeTekstOgJSON(t *testing.T) {
	q := p("2025-01-01", "2025-06-30")
	if q.String() != "2025-01-01/2025-06-30" || (Periode{}).String() != "" {
		t.Errorf("String = %q", q.String())
	}
	if q.Norsk() != "1. januar 2025–30. juni 2025" {
		t.Errorf("Norsk = %q", q.Norsk())
	}
	r, err := ParsePeriode(q.String())
	if err != nil || r != q {
		t.Errorf("ParsePeriode rundtur = %v, %v", r, err)
	}
	b, _ := json.Marshal(q)
	if string(b) != `{"fra":"2025-01-01","til":"2025-06-30"}` {
		t.Errorf("JSON = %s", b)
	}
	var s Periode
	if err := json.Unmarshal(b, &s); err != nil || s != q {
		t.Errorf("JSON rundtur = %v, %v", s, err)
	}
	for inn, felt := range map[string]string{
		"2025-01-01":            "periode",
		"2025-01-01/2025-13-01": "til",
		"x/2025-01-01":          "fra",
		"2025-02-01/2025-01-01": "til",
	} {
		_, err := ParsePeriode(inn)
		var fe *FeltFeil
		if !errors.As(err, &fe) || fe.Felt != felt {
			t.Errorf("ParsePeriode(%q) = %v, ventet feil i %q", inn, err, felt)
		}
	}
}

func FuzzParseDato(f *testing.F) {
	for _, s := range []string{"2025-07-01", "2024-02-29", "2023-02-29", "", "0000-00-00", "9999-12-31", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseDato(s)
		if err != nil {
			if !errors.Is(err, ErrUgyldigDato) || !v.IsZero() {
				t.Fatalf("ParseDato(%q): feil %v, verdi %v", s, err, v)
			}
			return
		}
		if v.String() != s {
			t.Fatalf("rundtur: %q ga %q", s, v.String())
		}
		b, _ := v.MarshalText()
		var w Dato
		if err := w.UnmarshalText(b); err != nil || w != v {
			t.Fatalf("tekstrundtur %q: %v %v", s, w, err)
		}
		// Aritmetikk får aldri panikk og holder invariantene.
		if e := v.AddMonths(6); !e.IsZero() && e.Before(v) {
			t.Fatalf("%v + 6 mnd = %v er før start", v, e)
		}
		if e := v.SisteDag(AntallAr(1)); !e.IsZero() && e.Before(v) {
			t.Fatalf("SisteDag før start: %v", e)
		}
	})
}

func FuzzParsePeriode(f *testing.F) {
	for _, s := range []string{"2025-01-01/2025-06-30", "2025-02-01/2025-01-01", "/", "2024-02-29/2024-02-29", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParsePeriode(s)
		if err != nil {
			return
		}
		if q.Til.Before(q.Fra) || q.Dager() < 1 {
			t.Fatalf("gyldig periode %v har slutt før start", q)
		}
		if q.String() != s {
			t.Fatalf("rundtur: %q ga %q", s, q.String())
		}
		mnd := q.SplittPerManed()
		sum := 0
		for i, m := range mnd {
			sum += m.Dager()
			if m.Fra.Maned() != m.Til.Maned() || m.Fra.Aar() != m.Til.Aar() {
				t.Fatalf("delperiode %v krysser en månedsgrense", m)
			}
			if i > 0 && mnd[i-1].Til.AddDays(1) != m.Fra {
				t.Fatalf("hull mellom %v og %v", mnd[i-1], m)
			}
		}
		if sum != q.Dager() {
			t.Fatalf("månedene har %d dager, perioden %d", sum, q.Dager())
		}
	})
}

func TestMedPrefiks(t *testing.T) {
	orig := &FeltFeil{Felt: "til", Grunn: "x", Err: ErrUgyldigPeriode}
	err := MedPrefiks(orig, "perioder[1].")
	var fe *FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "perioder[1].til" || orig.Felt != "til" || !errors.Is(err, ErrUgyldigPeriode) {
		t.Errorf("MedPrefiks = %v, original %q", err, orig.Felt)
	}
	annen := errors.New("annen")
	if MedPrefiks(annen, "x.") != annen || MedPrefiks(nil, "x.") != nil {
		t.Error("andre feil skal gis tilbake uendret")
	}
}
