package tiltak

import "testing"

var (
	benchDato   Dato
	benchInt    int
	benchPerBuf []Periode
)

func BenchmarkAddMonths(b *testing.B) {
	b.ReportAllocs()
	d := MustDato(2023, 8, 31)
	for i := 0; i < b.N; i++ {
		benchDato = d.AddMonths(i % 120)
	}
}

func BenchmarkAlder(b *testing.B) {
	b.ReportAllocs()
	fodt, dato := MustDato(2008, 2, 29), MustDato(2025, 2, 28)
	for i := 0; i < b.N; i++ {
		benchInt = Alder(fodt, dato)
	}
}

func BenchmarkParseDato(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		benchDato, _ = ParseDato("2025-07-01")
	}
}

// Et år delt per måned inn i et gjenbrukt buffer: ingen allokering.
func BenchmarkAppendSplittPerManed(b *testing.B) {
	b.ReportAllocs()
	p := Periode{MustDato(2025, 1, 15), MustDato(2026, 1, 14)}
	buf := make([]Periode, 0, 16)
	for i := 0; i < b.N; i++ {
		benchPerBuf = p.AppendSplittPerManed(buf[:0])
	}
}

func TestDatoOperasjonerAllokererIkke(t *testing.T) {
	d := MustDato(2023, 8, 31)
	p := Periode{MustDato(2025, 1, 15), MustDato(2026, 1, 14)}
	buf := make([]Periode, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		benchDato = d.AddMonths(6).SisteDag(AntallAr(1))
		benchInt = Alder(d, benchDato)
		benchPerBuf = p.AppendSplittPerManed(buf[:0])
		benchPerBuf = p.AppendSplittVed(benchPerBuf[:0], d, MustDato(2025, 7, 15))
	}); n != 0 {
		t.Errorf("datoaritmetikk allokerte %v ganger", n)
	}
}

func TestFaktaKjentAllokererIkke(t *testing.T) {
	f := Fakta{Fodselsdato: MustDato(2000, 1, 1), DeltarI: settAv(VTA)}
	alle := FaktasettAv(AlleFakta()...)
	var ut Faktasett
	if n := testing.AllocsPerRun(100, func() { ut = alle.Ukjente(&f) }); n != 0 {
		t.Errorf("Ukjente allokerte %v ganger", n)
	}
	if ut.Har(FaktumFodselsdato) || ut.Har(FaktumDeltarI) || !ut.Har(FaktumSamtykke) {
		t.Errorf("Ukjente = %v", ut.Liste())
	}
}

func BenchmarkParseKode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseKode("MIDLERTIDIG_LONNSTILSKUDD"); err != nil {
			b.Fatal(err)
		}
	}
}
