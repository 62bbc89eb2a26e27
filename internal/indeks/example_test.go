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
	for _, o := range ix.Versjoner("tf-9-4") {
		fmt.Println(o.ID, o.Tittel, o.Fra, o.EndretVed, o.Bevis)
	}
	// Output:
	// tf-9-4-v20160101 Tilskudd til arbeidsgiver 2016-01-01 FOR-2015-12-11-1598 primar
	// tf-9-4-v20190701 Varighet 2019-07-01 FOR-2019-05-09-597 primar
}
