package tilskudd_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func dato(s string) tiltak.Dato { d, _ := tiltak.ParseDato(s); return d }

func tall(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleNySatsplan() {
	plan, err := tilskudd.NySatsplan(tilskudd.Avtale{
		Tiltak:        tiltak.MidlertidigLonnstilskudd,
		Periode:       tiltak.Periode{Fra: dato("2023-08-31"), Til: dato("2024-08-30")},
		Innsatsgruppe: tiltak.TrengerVeiledning,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range plan.Trinn {
		fmt.Println(t.Periode, t.Prosent, "%")
	}
	fmt.Println(plan.Hjemmel, "uverifisert:", plan.Uverifisert)
	// Output:
	// 2023-08-31/2024-02-28 40 %
	// 2024-02-29/2024-08-30 30 %
	// tiltaksforskriften (kapittel 9 etter omnummereringen; paragrafnummer og ordlyd ikke verifisert) uverifisert: true
}

func ExampleBeregnManed() {
	g := tilskudd.Lonnsgrunnlag{Manedslonn: tall("30000"), Feriepengesats: tall("0.12"), OTPSats: tall("0.02"), Arbeidsgiveravgiftsats: tall("0.141")}
	m, _ := tilskudd.BeregnManed(g, tall("40"), tilskudd.AvrundingDesimal)
	fmt.Println("lønnskostnad", m.Sum, "tilskudd", m.Tilskudd)
	// NAVs flyttallsavrunding skiller seg ved 35 % på et .5-punkt:
	kort := tilskudd.Lonnsgrunnlag{Manedslonn: tall("90")}
	d, _ := tilskudd.BeregnManed(kort, tall("35"), tilskudd.AvrundingDesimal)
	n, _ := tilskudd.BeregnManed(kort, tall("35"), tilskudd.AvrundingNAV)
	fmt.Println("desimal", d.Tilskudd, "NAV", n.Tilskudd)
	// Output:
	// lønnskostnad 39104 tilskudd 15642
	// desimal 32 NAV 31
}

func ExampleTilskuddsperioder() {
	plan, _ := tilskudd.NySatsplan(tilskudd.Avtale{
		Tiltak:        tiltak.VarigLonnstilskudd,
		Periode:       tiltak.Periode{Fra: dato("2024-01-15"), Til: dato("2024-03-31")},
		AvtaltProsent: decimal.NewNullDecimal(tall("75")),
	})
	g := tilskudd.Lonnsgrunnlag{Manedslonn: tall("30000"), Feriepengesats: tall("0.12"), OTPSats: tall("0.02"), Arbeidsgiveravgiftsats: tall("0.141")}
	perioder, _ := tilskudd.Tilskuddsperioder(plan, g, tilskudd.AvrundingDesimal)
	for _, p := range perioder {
		fmt.Println(p.Lopenummer, p.Periode, p.Belop)
	}
	// Output:
	// 1 2024-01-15/2024-01-31 16380
	// 2 2024-02-01/2024-02-29 29328
	// 3 2024-03-01/2024-03-31 29328
}

func ExampleBeregnRefusjon() {
	r, _ := tilskudd.BeregnRefusjon(tilskudd.Refusjonsgrunnlag{
		Tiltak: tiltak.VarigLonnstilskudd, Periode: tiltak.Periode{Fra: dato("2024-05-01"), Til: dato("2024-05-31")},
		Prosent: tall("75"), Tilskuddsbelop: tall("39104"), Bruttolonn: tall("40000"),
		Feriepengesats: tall("0.12"), OTPSats: tall("0.02"), Arbeidsgiveravgiftsats: tall("0.141"),
		UtbetaltIAret: tall("593100"),
	})
	fmt.Println("beregnet", r.BeregnetBelop, "G", r.G, "gjenstår", r.Gjenstaende5G)
	fmt.Println("refusjon", r.Refusjonsbelop, "tak", r.Tak, r.Oppgjor)
	// Output:
	// beregnet 39104 G 124028 gjenstår 27040
	// refusjon 27040 tak 5g utbetaling
}

func ExampleG() {
	for _, d := range []string{"2024-04-30", "2024-05-01", "2026-05-01"} {
		g, err := tilskudd.G(dato(d))
		fmt.Println(d, g, err)
	}
	// Output:
	// 2024-04-30 118620 <nil>
	// 2024-05-01 124028 <nil>
	// 2026-05-01 0 felt "dato" (2026-05-01): grunnbeløpet (G) er ikke kjent etter 2026-04-30
}

func ExampleStopp() {
	v, _ := tilskudd.Stopp(tiltak.MidlertidigLonnstilskudd, tilskudd.Stopphendelse{Type: tilskudd.Permittering, Dato: dato("2024-03-10")})
	fmt.Println("opphører fra", v.Fra, "–", v.Hjemmel.Kilde.Kortnavn)
	// Output:
	// opphører fra 2024-03-10 – direktoratets instruks 20. januar 2021
}

func ExampleVurderUforeInntekt() {
	v, _ := tilskudd.VurderUforeInntekt(tall("40000"), dato("2018-05-01"), false)
	fmt.Println("grense", v.Grense, "over", v.Over, "overskytende", v.Overskytende)
	// Output:
	// grense 38753.2 over true overskytende 1246.8
}

func ExampleVTAOTilskuddsperioder() {
	p, _ := tilskudd.VTAOTilskuddsperioder(tiltak.Periode{Fra: dato("2025-12-15"), Til: dato("2026-01-31")})
	for _, x := range p {
		fmt.Println(x.Periode, x.Manedsbelop, x.Belop)
	}
	// Output:
	// 2025-12-15/2025-12-31 7067 3947
	// 2026-01-01/2026-01-31 7321 7321
}
