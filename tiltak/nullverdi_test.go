package tiltak

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/nullsjekk"
)

// TestNullverdierGirIkkePanikk: ingen metode får panikk på nullverdien av en
// eksportert type.
func TestNullverdierGirIkkePanikk(t *testing.T) {
	verdier := []any{
		new(Arbeidsevne),
		new(Dato),
		new(DatoFeil),
		new(Endelige),
		new(Enhet),
		new(Fakta),
		new(Faktasett),
		new(Faktum),
		new(FeltFeil),
		new(Hjemmel),
		new(Innsatsgruppe),
		new(Kategori),
		new(Kilde),
		new(Kildetype),
		new(Knekkart),
		new(Knekkgrunn),
		new(Kode),
		new(Lengde),
		new(Periode),
		new(Plass),
		new(Plasstatus),
		new(Stillingstype),
		new(Svar),
		new(Tiltak),
		new(Tiltakssett),
		new(Uforetrygd),
		new(Ytelser),
	}
	nullsjekk.Dekker(t, ".", verdier...)
	n := nullsjekk.Metoder(t, verdier...)
	t.Logf("%d metoder prøvd", n)
}
