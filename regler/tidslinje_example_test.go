package regler_test

import (
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func ExampleTidslinje() {
	// Sommerjobb (§ 8-3) for en som fyller 30 år 10. mars 2026, over
	// avtaleperioden i issue 17.
	f := &tiltak.Fakta{
		Fodselsdato: tiltak.MustDato(1996, 3, 10), Arbeidsevne: tiltak.NedsattArbeidsevne,
		Arbeidstaker: tiltak.Nei, AnsattHosArbeidsgiver: tiltak.Nei, NodvendigOgHensiktsmessig: tiltak.Ja,
		ProblemerMedSommerjobb: tiltak.Ja, BehovsvurderingGjennomfort: tiltak.Ja, NaerstaendeAvArrangor: tiltak.Nei,
		TilretteleggingspliktOppfylt: tiltak.Ja, BistandsbehovFastslatt: tiltak.Ja, ArbeidsgiverHarPermitterte: tiltak.Nei,
	}
	p := tiltak.Periode{Fra: tiltak.MustDato(2025, 6, 1), Til: tiltak.MustDato(2027, 5, 31)}
	l, err := regler.Tidslinje(tiltak.Sommerjobb, f, p, regler.Valg{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range l.Segmenter {
		fmt.Println(s.Periode, s.Utfall(), s.Resultat.Regelsett.ID())
		for _, g := range s.Grunner {
			fmt.Println("  ", g.Forklaring())
		}
	}
	// Output:
	// 2025-06-01/2025-07-31 oppfylt sommerjobb-v20210422
	//    Perioden begynner 1. juni 2025.
	// 2025-08-01/2026-03-09 oppfylt sommerjobb-v20250801
	//    Ny versjon gjelder fra 1. august 2025 (tiltaksforskriften § 1-3 tredje ledd; tf-1-3-l3-v20250801).
	// 2026-03-10/2027-05-31 ikke oppfylt sommerjobb-v20250801
	//    Personen fyller 30 år 10. mars 2026 (tiltaksforskriften § 8-3 første ledd; tf-8-3-v20210422.under-30).
}

func ExampleTidslinjeAlle() {
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(2009, 2, 28)}
	p := tiltak.Periode{Fra: tiltak.MustDato(2025, 1, 1), Til: tiltak.MustDato(2025, 12, 31)}
	linjer, err := regler.TidslinjeAlle(f, p, regler.Valg{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range linjer {
		if l.Tiltak != tiltak.Arbeidstrening {
			continue
		}
		for _, s := range l.Segmenter {
			fmt.Println(s.Periode, s.Utfall())
			for _, g := range s.Grunner {
				fmt.Println("  ", g.Art, g.ID, g.Alder)
			}
		}
	}
	// Output:
	// 2025-01-01/2025-02-27 ikke oppfylt
	//    periodestart  0
	// 2025-02-28/2025-07-31 må vurderes
	//    fodselsdag tf-1-3-l3-v20160101.alder-16 16
	// 2025-08-01/2025-12-31 må vurderes
	//    versjon tf-1-3-l3-v20250801 0
}
