package tilskudd

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/nullsjekk"
)

// TestNullverdierGirIkkePanikk: ingen metode får panikk på nullverdien av en
// eksportert type.
func TestNullverdierGirIkkePanikk(t *testing.T) {
	verdier := []any{
		new(Avrunding),
		new(Avtale),
		new(Avtaleberegning),
		new(Avtalegrunnlag),
		new(Dekningsregel),
		new(Grensevalg),
		new(IngenSatsFeil),
		new(Inkluderingssjekk),
		new(Inntektsgrensesvar),
		new(Inntektslinje),
		new(Inntektsvurdering),
		new(Kalendermaned),
		new(Linjegrunn),
		new(Linjevurdering),
		new(Lonnsgrunnlag),
		new(Lonnskostnad),
		new(Lonnstype),
		new(Manedstilskudd),
		new(Oppgjor),
		new(Refusjon),
		new(Refusjonsgrunnlag),
		new(Regel),
		new(Sats),
		new(Satser),
		new(Satsplan),
		new(Satssegment),
		new(Satstabell),
		new(Sommerjobbvurdering),
		new(Stopphendelse),
		new(Stoppvirkning),
		new(Tabell),
		new(Tak),
		new(Tilskuddsperiode),
		new(Trinn),
		new(UforeInput),
	}
	nullsjekk.Dekker(t, ".", verdier...)
	n := nullsjekk.Metoder(t, verdier...)
	t.Logf("%d metoder prøvd", n)
}
