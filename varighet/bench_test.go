package varighet

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func BenchmarkMaksimum(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	start := d("2024-02-29")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Maksimum(tiltak.Oppfolging, &f, start); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMaksimumTidligere(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	start := d("2024-02-29")
	tidl := []tiltak.Periode{p("2023-01-01", "2023-01-10"), p("2023-01-06", "2023-02-10")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Maksimum(tiltak.Oppfolging, &f, start, tidl...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMaksimumAlleTiltak måler maksimal varighet for alle tiltak i
// katalogen for én person og én startdato i formen en tjeneste bruker:
// AppendMaksimumAlle med et gjenbrukt buffer (issue 16: høyst 2 µs og 2
// allokeringer). Før AppendMaksimumAlle fantes, målte den Maksimum for hver
// kode; det måler nå BenchmarkMaksimumAlleTiltakEnkeltvis.
func BenchmarkMaksimumAlleTiltak(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: d("2000-01-01")}
	start := d("2026-08-01")
	var buf []Resultat
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = AppendMaksimumAlle(buf[:0], &f, start, regler.Valg{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMaksimumAlleTiltakEnkeltvis er det samme med Maksimum for hver
// kode i katalogen (28 kall, hvert med sin kontroll av faktaene og sine nye
// skiver).
func BenchmarkMaksimumAlleTiltakEnkeltvis(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: d("2000-01-01")}
	start := d("2026-08-01")
	koder := tiltak.Koder()
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range koder {
			_, _ = Maksimum(k, &f, start)
		}
	}
}

func BenchmarkKontroller(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	per := p("2023-08-31", "2025-02-27")
	b.ReportAllocs()
	for b.Loop() {
		if brudd, err := Kontroller(tiltak.Arbeidstrening, &f, per, nil); len(brudd) != 0 || err != nil {
			b.Fatal(brudd, err)
		}
	}
}

func BenchmarkFrister(b *testing.B) {
	per := p("2016-01-01", "2025-12-31")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Frister(tiltak.VarigLonnstilskudd, nil, per); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFristHospitering(b *testing.B) {
	s := d("2024-03-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FristHospitering(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVurderArbeidstid(b *testing.B) {
	a := Arbeidstid{Uker: ukerFra("2024-01-01", 52, 2250, 1000)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := VurderArbeidstid(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMaksimumTilAlleTiltak er BenchmarkMaksimumAlleTiltakEnkeltvis
// med MaksimumTil og ett gjenbrukt Resultat per tiltak (bedriftsintern
// opplæring har ingen regel i 2026, og feilen allokerer).
func BenchmarkMaksimumTilAlleTiltak(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: d("2000-01-01")}
	start := d("2026-08-01")
	koder := tiltak.Koder()
	buf := make([]Resultat, len(koder))
	b.ReportAllocs()
	for b.Loop() {
		for i, k := range koder {
			_ = MaksimumTil(&buf[i], k, &f, start, regler.Valg{})
		}
	}
}

// BenchmarkMaksimumTil er BenchmarkMaksimum med et gjenbrukt Resultat.
func BenchmarkMaksimumTil(b *testing.B) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	start := d("2024-02-29")
	var r Resultat
	b.ReportAllocs()
	for b.Loop() {
		if err := MaksimumTil(&r, tiltak.Oppfolging, &f, start, regler.Valg{}); err != nil {
			b.Fatal(err)
		}
	}
}
