package tilskudd_test

import (
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func ExampleSatstidslinje() {
	// Midlertidig lønnstilskudd fra 1. juni 2025: 40 % i seks måneder, så
	// 30 % (tiltaksforskriften § 9-5).
	a := tilskudd.Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne,
		Periode: tiltak.Periode{Fra: tiltak.MustDato(2025, 6, 1), Til: tiltak.MustDato(2026, 5, 31)}}
	segs, err := tilskudd.Satstidslinje(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range segs {
		fmt.Println(s.Periode, s.Prosent.Decimal)
		for _, g := range s.Grunner {
			fmt.Println("  ", g.Forklaring())
		}
	}
	// Output:
	// 2025-06-01/2025-11-30 40
	//    Perioden begynner 1. juni 2025.
	// 2025-12-01/2026-05-31 30
	//    Tilskuddsprosenten trapper ned 1. desember 2025 (tiltaksforskriften § 9-5 tredje ledd; tf-9-5-v20190701).
}

func ExampleDelingsdatoer() {
	plan, err := tilskudd.NySatsplan(tilskudd.Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne,
		Periode: tiltak.Periode{Fra: tiltak.MustDato(2025, 9, 15), Til: tiltak.MustDato(2026, 4, 30)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range tilskudd.Delingsdatoer(plan) {
		fmt.Println(k.Dato, k.Art)
	}
	// Output:
	// 2025-10-01 maned
	// 2025-11-01 maned
	// 2025-12-01 maned
	// 2026-01-01 maned
	// 2026-02-01 maned
	// 2026-03-01 maned
	// 2026-03-15 trinn
	// 2026-04-01 maned
}
