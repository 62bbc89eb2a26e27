package tiltak

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func d(s string) Dato {
	v, err := ParseDato(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestNyDato(t *testing.T) {
	tester := []struct {
		navn     string
		y        int
		m        time.Month
		dag      int
		feil     bool
		grunnHar string
	}{
		{"vanlig dag", 2025, time.July, 1, false, ""},
		{"29. februar i skuddår", 2024, time.February, 29, false, ""},
		{"29. februar i vanlig år", 2025, time.February, 29, true, "februar 2025 har 28 dager"},
		{"29. februar 1900 (ikke skuddår)", 1900, time.February, 29, true, "februar 1900 har 28 dager"},
		{"29. februar 2000 (skuddår)", 2000, time.February, 29, false, ""},
		{"31. april", 2025, time.April, 31, true, "april 2025 har 30 dager"},
		{"dag 0", 2025, time.May, 0, true, "ikke dag 0"},
		{"måned 13", 2025, 13, 1, true, "måned 13 finnes ikke"},
		{"måned 0", 2025, 0, 1, true, "måned 0 finnes ikke"},
		{"år 0", 0, time.January, 1, true, "utenfor 1–9999"},
		{"år 1", 1, time.January, 1, false, ""},
		{"år 9999", 9999, time.December, 31, false, ""},
		{"år 10000", 10000, time.January, 1, true, "utenfor 1–9999"},
	}
	for _, tt := range tester {
		t.Run(tt.navn, func(t *testing.T) {
			v, err := NyDato(tt.y, tt.m, tt.dag)
			if tt.feil {
				if err == nil {
					t.Fatalf("NyDato(%d, %d, %d) = %v, ventet feil", tt.y, tt.m, tt.dag, v)
				}
				if !errors.Is(err, ErrUgyldigDato) {
					t.Errorf("feilen pakker ikke ErrUgyldigDato: %v", err)
				}
				if !strings.Contains(err.Error(), tt.grunnHar) {
					t.Errorf("feil %q sier ikke %q", err, tt.grunnHar)
				}
				if !v.IsZero() {
					t.Errorf("ugyldig dato ga %v, ventet nullverdien", v)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			y, m, dd := v.Date()
			if y != tt.y || m != tt.m || dd != tt.dag {
				t.Errorf("Date() = %d-%d-%d, ventet %d-%d-%d", y, m, dd, tt.y, tt.m, tt.dag)
			}
		})
	}
}

func TestParseDato(t *testing.T) {
	tester := []struct {
		inn   string
		ut    string
		grunn string
	}{
		{"2025-07-01", "2025-07-01", ""},
		{"0001-01-01", "0001-01-01", ""},
		{"2024-02-29", "2024-02-29", ""},
		{"", "", "tom tekst"},
		{"2025-7-1", "", "ventet formen ÅÅÅÅ-MM-DD"},
		{"2025/07/01", "", "ventet formen ÅÅÅÅ-MM-DD"},
		{"2025-07-01T00:00", "", "ventet formen ÅÅÅÅ-MM-DD"},
		{"20a5-07-01", "", "må være sifre"},
		{"2025-13-01", "", "måned 13 finnes ikke"},
		{"2023-02-29", "", "februar 2023 har 28 dager"},
		{"0000-01-01", "", "år 0 er utenfor"},
	}
	for _, tt := range tester {
		v, err := ParseDato(tt.inn)
		if tt.grunn != "" {
			var df *DatoFeil
			if !errors.As(err, &df) {
				t.Errorf("ParseDato(%q): ventet *DatoFeil, fikk %v", tt.inn, err)
				continue
			}
			if df.Tekst != tt.inn || !strings.Contains(df.Grunn, tt.grunn) {
				t.Errorf("ParseDato(%q): feil %+v, ventet grunn med %q", tt.inn, df, tt.grunn)
			}
			continue
		}
		if err != nil || v.String() != tt.ut {
			t.Errorf("ParseDato(%q) = %v, %v; ventet %s", tt.inn, v, err, tt.ut)
		}
	}
}

// Kalenderaritmetikken med klemming til månedens siste dag, slik NAVs
// systemer (java.time plusMonths/plusYears) regner.
func TestKalenderaritmetikk(t *testing.T) {
	tester := []struct {
		navn string
		fra  string
		l    Lengde
		ut   string
	}{
		{"31. aug + 6 mnd i år før skuddår klemmes til 29. feb", "2023-08-31", AntallManeder(6), "2024-02-29"},
		{"31. aug + 6 mnd klemmes til 28. feb", "2024-08-31", AntallManeder(6), "2025-02-28"},
		{"29. aug + 6 mnd = 29. feb i skuddår", "2023-08-29", AntallManeder(6), "2024-02-29"},
		{"31. jan + 1 mnd = 28. feb", "2025-01-31", AntallManeder(1), "2025-02-28"},
		{"31. jan + 1 mnd = 29. feb i skuddår", "2024-01-31", AntallManeder(1), "2024-02-29"},
		{"31. mars + 1 mnd = 30. april", "2025-03-31", AntallManeder(1), "2025-04-30"},
		{"30. nov + 1 mnd = 30. des", "2025-11-30", AntallManeder(1), "2025-12-30"},
		{"15. des + 1 mnd krysser årsskiftet", "2025-12-15", AntallManeder(1), "2026-01-15"},
		{"31. des + 2 mnd = 28. feb", "2025-12-31", AntallManeder(2), "2026-02-28"},
		{"29. feb + 1 år = 28. feb", "2024-02-29", AntallAr(1), "2025-02-28"},
		{"29. feb + 4 år = 29. feb", "2024-02-29", AntallAr(4), "2028-02-29"},
		{"28. feb + 1 år", "2023-02-28", AntallAr(1), "2024-02-28"},
		{"31. mars − 1 mnd = 28. feb", "2025-03-31", AntallManeder(-1), "2025-02-28"},
		{"1. jan − 1 dag = 31. des", "2025-01-01", AntallDager(-1), "2024-12-31"},
		{"28. feb + 1 dag i skuddår", "2024-02-28", AntallDager(1), "2024-02-29"},
		{"28. feb + 1 dag i vanlig år", "2025-02-28", AntallDager(1), "2025-03-01"},
		{"4 uker", "2025-06-01", AntallUker(4), "2025-06-29"},
		{"31. des + 1 dag", "2025-12-31", AntallDager(1), "2026-01-01"},
	}
	for _, tt := range tester {
		if got := d(tt.fra).Add(tt.l); got.String() != tt.ut {
			t.Errorf("%s: %s + %v = %v, ventet %s", tt.navn, tt.fra, tt.l, got, tt.ut)
		}
	}
}

// SisteDag er siste tillatte dag for «inntil N» fra og med start: start + N − 1 dag.
func TestSisteDag(t *testing.T) {
	tester := []struct {
		fra string
		l   Lengde
		ut  string
	}{
		{"2025-03-01", AntallManeder(6), "2025-08-31"},
		{"2025-01-01", AntallAr(1), "2025-12-31"},
		{"2024-02-29", AntallAr(1), "2025-02-27"},      // 28. feb (klemt) − 1 dag
		{"2023-08-31", AntallManeder(6), "2024-02-28"}, // 29. feb − 1 dag
		{"2024-08-31", AntallManeder(6), "2025-02-27"}, // 28. feb − 1 dag
		{"2025-01-31", AntallManeder(1), "2025-02-27"},
		{"2025-06-01", AntallUker(4), "2025-06-28"},
		{"2025-06-01", AntallDager(28), "2025-06-28"},
		{"2025-12-31", AntallDager(1), "2025-12-31"},
		{"2025-01-15", AntallAr(3), "2028-01-14"},
	}
	for _, tt := range tester {
		if got := d(tt.fra).SisteDag(tt.l); got.String() != tt.ut {
			t.Errorf("%s SisteDag(%v) = %v, ventet %s", tt.fra, tt.l, got, tt.ut)
		}
	}
	if !(Dato{}).SisteDag(AntallAr(1)).IsZero() {
		t.Error("nullverdien ga en dato")
	}
}

func TestAritmetikkUtenforOmradet(t *testing.T) {
	if !MustDato(9999, 12, 31).AddDays(1).IsZero() {
		t.Error("9999-12-31 + 1 dag skulle gi nullverdien")
	}
	if !MustDato(1, 1, 1).AddDays(-1).IsZero() {
		t.Error("0001-01-01 − 1 dag skulle gi nullverdien")
	}
	if !MustDato(9999, 12, 1).AddMonths(1).IsZero() {
		t.Error("9999-12 + 1 mnd skulle gi nullverdien")
	}
	if !MustDato(1, 1, 1).AddMonths(-1).IsZero() {
		t.Error("0001-01 − 1 mnd skulle gi nullverdien")
	}
	if !MustDato(2025, 1, 1).AddYears(1 << 40).IsZero() {
		t.Error("stort antall år skulle gi nullverdien")
	}
	if !(Dato{}).AddDays(1).IsZero() || !(Dato{}).AddMonths(1).IsZero() {
		t.Error("aritmetikk på nullverdien skulle gi nullverdien")
	}
	if !MustDato(2025, 1, 1).Add(Lengde{}).IsZero() {
		t.Error("lengde uten enhet skulle gi nullverdien")
	}
}

// Alder: «har fylt N år» fra og med fødselsdagen.
func TestAlder(t *testing.T) {
	tester := []struct {
		fodt, dato string
		alder      int
	}{
		{"2009-03-15", "2025-03-14", 15}, // dagen før 16-årsdagen
		{"2009-03-15", "2025-03-15", 16}, // 16-årsdagen
		{"2009-03-15", "2025-03-16", 16}, // dagen etter
		{"2008-02-29", "2024-02-28", 15}, // født 29. feb: dagen før i skuddår
		{"2008-02-29", "2024-02-29", 16},
		{"2008-02-29", "2025-02-27", 16},
		{"2008-02-29", "2025-02-28", 17}, // fyller år 28. feb i vanlig år (klemming)
		{"1995-12-31", "2025-12-30", 29},
		{"1995-12-31", "2025-12-31", 30},
		{"2025-01-01", "2025-01-01", 0},
		{"2025-01-02", "2025-01-01", -1}, // dato før fødsel
	}
	for _, tt := range tester {
		if got := Alder(d(tt.fodt), d(tt.dato)); got != tt.alder {
			t.Errorf("Alder(%s, %s) = %d, ventet %d", tt.fodt, tt.dato, got, tt.alder)
		}
		if tt.alder >= 0 {
			if !HarFyltAar(d(tt.fodt), d(tt.dato), tt.alder) || HarFyltAar(d(tt.fodt), d(tt.dato), tt.alder+1) {
				t.Errorf("HarFyltAar(%s, %s) stemmer ikke med alder %d", tt.fodt, tt.dato, tt.alder)
			}
		}
	}
	if Alder(Dato{}, d("2025-01-01")) != -1 || Alder(d("2000-01-01"), Dato{}) != -1 {
		t.Error("manglende dato skulle gi -1")
	}
	if HarFyltAar(Dato{}, d("2025-01-01"), 16) {
		t.Error("manglende fødselsdato skulle gi false")
	}
}

// «Fra og med det kalenderåret personen fyller N år» slår til 1. januar.
func TestFyllerIKalenderaaret(t *testing.T) {
	tester := []struct {
		fodt, dato string
		n          int
		ja         bool
	}{
		{"2006-12-31", "2024-12-31", 19, false}, // 31. des året før
		{"2006-12-31", "2025-01-01", 19, true},  // 1. jan i året personen fyller 19
		{"2006-12-31", "2025-12-30", 19, true},  // før selve 19-årsdagen
		{"2006-01-01", "2024-12-31", 19, false},
		{"2006-01-01", "2025-01-01", 19, true},
		{"2003-06-15", "2024-12-31", 22, false},
		{"2003-06-15", "2025-01-01", 22, true},
		{"2009-07-01", "2025-01-01", 16, true},
		{"2010-07-01", "2025-12-31", 16, false},
	}
	for _, tt := range tester {
		if got := FyllerIKalenderaaret(d(tt.fodt), d(tt.dato), tt.n); got != tt.ja {
			t.Errorf("FyllerIKalenderaaret(%s, %s, %d) = %v, ventet %v", tt.fodt, tt.dato, tt.n, got, tt.ja)
		}
	}
	if FyllerIKalenderaaret(Dato{}, d("2025-01-01"), 1) {
		t.Error("manglende fødselsdato skulle gi false")
	}
}

func TestSammenligningOgUkedag(t *testing.T) {
	a, b := d("2025-01-31"), d("2025-02-01")
	if !a.Before(b) || a.After(b) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Error("sammenligning feil")
	}
	if a.DagerTil(b) != 1 || b.DagerTil(a) != -1 {
		t.Error("DagerTil feil")
	}
	if (Dato{}).Compare(d("0001-01-01")) != -1 {
		t.Error("nullverdien skal komme før alle datoer")
	}
	for s, u := range map[string]time.Weekday{"1970-01-01": time.Thursday, "2025-07-01": time.Tuesday, "2024-02-29": time.Thursday, "0001-01-01": time.Monday} {
		if got := d(s).Ukedag(); got != u {
			t.Errorf("%s er %v, ventet %v", s, got, u)
		}
	}
	if d("2024-02-10").SisteIManed() != d("2024-02-29") || d("2024-02-10").ForsteIManed() != d("2024-02-01") {
		t.Error("månedsgrenser feil")
	}
	if !d("2025-04-30").ErSisteIManed() || d("2025-04-29").ErSisteIManed() {
		t.Error("ErSisteIManed feil")
	}
	if d("2025-07-01").Norsk() != "1. juli 2025" || (Dato{}).Norsk() != "ingen dato" {
		t.Error("Norsk feil")
	}
	if DatoFraTid(time.Date(2025, 7, 1, 23, 59, 0, 0, time.UTC)) != d("2025-07-01") {
		t.Error("DatoFraTid feil")
	}
	if d("2025-07-01").Time(nil) != time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC) {
		t.Error("Time feil")
	}
}

// Alle datoer i 1–9999 går rundt gjennom dagnummeret og stemmer med time.
func TestDagnummerMotTime(t *testing.T) {
	for y := 1; y <= 9999; y += 13 {
		for m := time.January; m <= time.December; m++ {
			for dd := 1; dd <= DagerIManed(y, m); dd += 5 {
				v := MustDato(y, m, dd)
				if yy, mm, ddd := v.Date(); yy != y || mm != m || ddd != dd {
					t.Fatalf("%d-%d-%d gikk ikke rundt: %d-%d-%d", y, m, dd, yy, mm, ddd)
				}
				if v.Ukedag() != v.Time(nil).Weekday() {
					t.Fatalf("%v: ukedag %v, time sier %v", v, v.Ukedag(), v.Time(nil).Weekday())
				}
				if v.AddDays(1).Time(nil) != v.Time(nil).AddDate(0, 0, 1) {
					t.Fatalf("%v + 1 dag stemmer ikke med time", v)
				}
			}
		}
	}
}

func TestDatoJSON(t *testing.T) {
	type s struct {
		D Dato `json:"d"`
		Z Dato `json:"z,omitzero"`
	}
	b, err := json.Marshal(s{D: d("2025-07-01")})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"d":"2025-07-01"}` {
		t.Errorf("JSON = %s", b)
	}
	var v s
	if err := json.Unmarshal([]byte(`{"d":"2024-02-29","z":""}`), &v); err != nil || v.D != d("2024-02-29") || !v.Z.IsZero() {
		t.Errorf("Unmarshal = %+v, %v", v, err)
	}
	err = json.Unmarshal([]byte(`{"d":"2023-02-29"}`), &v)
	if !errors.Is(err, ErrUgyldigDato) {
		t.Errorf("ugyldig dato i JSON ga %v", err)
	}
	if diff := cmp.Diff("", Dato{}.String()); diff != "" {
		t.Error(diff)
	}
}

func TestLengde(t *testing.T) {
	tester := []struct {
		l          Lengde
		tekst, iso string
	}{
		{AntallManeder(6), "6 måneder", "P6M"},
		{AntallManeder(1), "1 måned", "P1M"},
		{AntallAr(1), "1 år", "P1Y"},
		{AntallAr(3), "3 år", "P3Y"},
		{AntallUker(4), "4 uker", "P4W"},
		{AntallUker(1), "1 uke", "P1W"},
		{AntallDager(1), "1 dag", "P1D"},
		{AntallDager(28), "28 dager", "P28D"},
	}
	for _, tt := range tester {
		if tt.l.String() != tt.tekst {
			t.Errorf("%v.String() = %q, ventet %q", tt.l, tt.l.String(), tt.tekst)
		}
		b, err := tt.l.MarshalText()
		if err != nil || string(b) != tt.iso {
			t.Errorf("MarshalText = %s, %v; ventet %s", b, err, tt.iso)
		}
		var l Lengde
		if err := l.UnmarshalText(b); err != nil || l != tt.l {
			t.Errorf("rundtur %s ga %v, %v", b, l, err)
		}
	}
	for _, feil := range []string{"6M", "P", "PM", "P-1M", "P6X", "Px6M"} {
		var l Lengde
		if err := l.UnmarshalText([]byte(feil)); !errors.Is(err, ErrUgyldigLengde) {
			t.Errorf("%q ga %v, ventet ErrUgyldigLengde", feil, err)
		}
	}
	if n, ok := AntallAr(2).IMnd(); !ok || n != 24 {
		t.Error("IMnd for år feil")
	}
	if _, ok := AntallUker(2).IMnd(); ok {
		t.Error("IMnd for uker skulle gi false")
	}
}

// Alder skal stemme med definisjonen: største N med FyltAar(fodt, N) ≤ dato.
func TestAlderMotDefinisjonen(t *testing.T) {
	fodte := []Dato{d("2000-02-29"), d("2001-03-01"), d("1999-12-31"), d("2004-01-01"), d("2003-02-28")}
	for _, fodt := range fodte {
		for dato := fodt; dato.Before(fodt.AddYears(9)); dato = dato.AddDays(1) {
			n := 0
			for !FyltAar(fodt, n+1).After(dato) {
				n++
			}
			if got := Alder(fodt, dato); got != n {
				t.Fatalf("Alder(%v, %v) = %d, definisjonen gir %d", fodt, dato, got, n)
			}
		}
	}
}

// AddDays (og dagenFor, som SisteDag bruker) har en rask vei for svar i
// samme måned og i måneden før; den skal gi det samme som
// dagnummerregningen for hver dag i fire år (med et skuddår og et hundreår
// uten skuddår) og n på begge sider av månedsgrensene, og tåle ekstreme n
// og datoer nær år 1.
func TestAddDaysRaskVeiSomDagnummer(t *testing.T) {
	for _, start := range []Dato{MustDato(1899, 12, 1), MustDato(2023, 1, 1)} {
		for v := start; v.Before(start.AddYears(4)); v = fraDag(int64(v.dagnr()) + 1) {
			for n := -70; n <= 70; n++ {
				if got, want := v.AddDays(n), fraDag(int64(v.dagnr())+int64(n)); got != want {
					t.Fatalf("%v.AddDays(%d) = %v, vil ha %v", v, n, got, want)
				}
			}
		}
	}
	for v := MustDato(2023, 1, 1); v.Before(MustDato(2027, 1, 1)); v = v.AddDays(1) {
		if got, want := v.dagenFor(), fraDag(int64(v.dagnr())-1); got != want {
			t.Fatalf("%v.dagenFor() = %v, vil ha %v", v, got, want)
		}
	}
	if !MustDato(1, 1, 1).dagenFor().IsZero() || MustDato(1, 2, 1).dagenFor() != MustDato(1, 1, 31) {
		t.Error("dagenFor nær år 1")
	}
	for n := -40; n <= 0; n++ {
		v := MustDato(1, 1, 10)
		if got, want := v.AddDays(n), fraDag(int64(v.dagnr())+int64(n)); got != want {
			t.Fatalf("%v.AddDays(%d) = %v, vil ha %v", v, n, got, want)
		}
	}
	v := MustDato(2024, 2, 29)
	for _, n := range []int{math.MaxInt, math.MaxInt - 1, math.MinInt, math.MinInt + 1, math.MaxInt32, math.MinInt32} {
		if got := v.AddDays(n); !got.IsZero() {
			t.Errorf("%v.AddDays(%d) = %v, vil ha nullverdien", v, n, got)
		}
	}
}
