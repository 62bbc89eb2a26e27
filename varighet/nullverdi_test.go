package varighet

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/nullsjekk"
)

// TestNullverdierGirIkkePanikk: ingen metode får panikk på nullverdien av en
// eksportert type.
func TestNullverdierGirIkkePanikk(t *testing.T) {
	verdier := []any{
		new(Arbeidstid),
		new(Arbeidstidsvurdering),
		new(Arbeidsuke),
		new(Brudd),
		new(Frist),
		new(Grensetype),
		new(Grensevurdering),
		new(Praksisgrense),
		new(Resultat),
		new(Segment),
		new(Takvurdering),
		new(Utvidelse),
	}
	nullsjekk.Dekker(t, ".", verdier...)
	n := nullsjekk.Metoder(t, verdier...)
	t.Logf("%d metoder prøvd", n)
}
