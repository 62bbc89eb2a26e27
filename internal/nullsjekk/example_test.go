package nullsjekk_test

import (
	"fmt"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/nullsjekk"
)

// Teller er en liten type for eksempelet: Neste er trygg på nullverdien.
type Teller struct{ n *int }

// Neste gir neste tall (fra 1), også for nullverdien.
func (t *Teller) Neste() int {
	if t.n == nil {
		t.n = new(int)
	}
	*t.n++
	return *t.n
}

// Metoder kaller hver metode på new(T) og melder panikk som feil.
func ExampleMetoder() {
	t := &testing.T{}
	n := nullsjekk.Metoder(t, new(Teller))
	fmt.Println(n, "metode prøvd, feilet:", t.Failed())
	// Output: 1 metode prøvd, feilet: false
}
