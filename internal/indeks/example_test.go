package indeks_test

import (
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
)

func ExampleLast() {
	ix, err := indeks.Last()
	if err != nil {
		fmt.Println(err)
		return
	}
	o, _ := ix.Finn("er-4-4")
	fmt.Println(o.Kilde, "§", o.Paragraf, o.Tittel, "fra", o.Fra)
	// Output: egenregiforskriften § 4-4 Varighet fra 2023-07-01
}
