package varighet_test

import (
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

func ExampleTidslinje() {
	// Ungdomsgarantien for en som er født 29. februar 1996: en start fra
	// 30-årsdagen (28. februar 2026) har ingen sluttdag.
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(1996, 2, 29)}
	starter := tiltak.Periode{Fra: tiltak.MustDato(2025, 6, 1), Til: tiltak.MustDato(2026, 12, 31)}
	segs, err := varighet.Tidslinje(tiltak.Ungdomsgaranti, f, starter, regler.Valg{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range segs {
		slutt := "ingen sluttdag"
		if !s.Resultat.SisteSluttOppfylt.IsZero() {
			slutt = "seneste slutt " + s.Resultat.SisteSluttOppfylt.String()
		}
		fmt.Println(s.Periode, s.Resultat.RegelID, slutt)
		for _, g := range s.Grunner {
			fmt.Println("  ", g.Forklaring())
		}
	}
	// Output:
	// 2025-06-01/2026-02-27 er-4-4-v20230701 seneste slutt 2026-02-27
	//    Perioden begynner 1. juni 2025.
	// 2026-02-28/2026-12-31 er-4-4-v20230701 ingen sluttdag
	//    Personen fyller 30 år 28. februar 2026 (egenregiforskriften § 4-4; er-4-4-v20230701).
}
