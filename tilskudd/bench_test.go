package tilskudd

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func BenchmarkBeregnRefusjonManed(b *testing.B) {
	g := grunnlag()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BeregnRefusjon(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBeregnRefusjonVarig5G(b *testing.B) {
	g := grunnlag()
	g.Tiltak, g.Periode, g.Prosent, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, P("2024-05-01", "2024-05-31"), NP("75"), NP("593100")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BeregnRefusjon(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBeregnRefusjonInntektslinjer(b *testing.B) {
	g := linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "overtidsgodtgjoerelse", "5000", tiltak.Ja),
		trekklinje("-5000", "2025-08"), linje("YTELSE_FRA_OFFENTLIGE", "sykepenger", "9000", tiltak.Ja))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BeregnRefusjon(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBeregnAvtale(b *testing.B) {
	g := avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2024-01-15", "2025-01-14", tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BeregnAvtale(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBeregnLonnskostnad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BeregnLonnskostnad(standardsatser); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMentorManed(b *testing.B) {
	timelonn, timer := N("251"), N("10.35")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MentorManed(timelonn, timer, standardsatser); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBelopForPeriode(b *testing.B) {
	p, m := P("2024-01-15", "2024-03-10"), N("15642")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BelopForPeriode(p, m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSatserMed(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := StandardSatser().Med(TabellG, g2027); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSatserMedJSON(b *testing.B) {
	j := []byte(`{"g": [{"fra": "2027-05-01", "til": "2028-04-30", "belop": "140000", "bevis": "testverdi"}]}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := StandardSatser().MedJSON(j); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSjekkInkluderingstilskudd(b *testing.B) {
	d, u := D("2025-12-31"), []decimal.Decimal{N("100000"), N("49100")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := SjekkInkluderingstilskudd(d, u); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLonnstypeUnmarshalText(b *testing.B) {
	t := []byte("MÅNEDSLØNN")
	var l Lonnstype
	b.ReportAllocs()
	for b.Loop() {
		if err := l.UnmarshalText(t); err != nil {
			b.Fatal(err)
		}
	}
}

func benchPerioder(b *testing.B, a Avtale) {
	plan, err := NySatsplan(a)
	if err != nil {
		b.Fatal(err)
	}
	var buf []Tilskuddsperiode
	b.ReportAllocs()
	for b.Loop() {
		buf, err = AppendTilskuddsperioder(buf[:0], plan, standardsatser, AvrundingDesimal)
		if err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTilskuddsperioder12Mnd(b *testing.B) {
	benchPerioder(b, Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-15", "2025-01-14"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
}

func BenchmarkTilskuddsperioder6Ar(b *testing.B) {
	benchPerioder(b, Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: P("2024-01-15", "2030-01-14"), AvtaltProsent: NP("75")})
}

func BenchmarkTilskuddsperioder12MndNyttResultat(b *testing.B) {
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-15", "2025-01-14"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Tilskuddsperioder(plan, standardsatser, AvrundingDesimal); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNySatsplan(b *testing.B) {
	a := Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-07-31")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NySatsplan(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBeregnManed(b *testing.B) {
	p40 := N("40")
	for _, a := range []Avrunding{AvrundingDesimal, AvrundingNAV} {
		b.Run(a.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := BeregnManed(standardsatser, p40, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkVTAOTilskuddsperioder12Mnd(b *testing.B) {
	p := P("2025-01-15", "2026-01-14")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := VTAOTilskuddsperioder(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkG(b *testing.B) {
	d := D("2024-06-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := G(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVurderUforeInntekt(b *testing.B) {
	i := N("40000")
	in := UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Nei}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := VurderUforeInntekt(i, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInntektsgrense: gradert uføretrygd i 2026, to år etter
// virkningsdatoen (1 G, med den foreløpige grensen før 1. oktober).
func BenchmarkInntektsgrense(b *testing.B) {
	in := UforeInput{Dato: D("2026-06-01"), Uforetrygd: tiltak.GradertUforetrygd, VTA: tiltak.Nei,
		InntektEtterUforhet: decimal.NewNullDecimal(N("150000")), Virkningsdato: D("2023-03-01"), OktUforegrad: tiltak.Nei}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Inntektsgrense(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInntektsgrenseMaVurderes: VTA og økt uføregrad ukjent, så
// svaret har flere mulige grenser.
func BenchmarkInntektsgrenseMaVurderes(b *testing.B) {
	in := UforeInput{Dato: D("2026-11-01"), Uforetrygd: tiltak.GradertUforetrygd,
		InntektEtterUforhet: decimal.NewNullDecimal(N("150000")), Virkningsdato: D("2023-03-01")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Inntektsgrense(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStopp(b *testing.B) {
	h := Stopphendelse{Permittering, D("2024-06-01")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Stopp(tiltak.MidlertidigLonnstilskudd, h); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMentorTimelonn(b *testing.B) {
	belop, sp := N("48750"), N("80")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MentorTimelonn(belop, Manedslonn, sp); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAllokeringer vakter mot allokeringer i oppslagene som ikke trenger det.
func TestAllokeringer(t *testing.T) {
	d := D("2024-06-01")
	if n := testing.AllocsPerRun(100, func() { _, _ = G(d) }); n != 0 {
		t.Errorf("G allokerer %v ganger", n)
	}
	h := Stopphendelse{Permittering, d}
	if n := testing.AllocsPerRun(100, func() { _, _ = Stopp(tiltak.MidlertidigLonnstilskudd, h) }); n != 0 {
		t.Errorf("Stopp allokerer %v ganger", n)
	}
}
