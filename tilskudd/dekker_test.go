package tilskudd

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func TestDekker(t *testing.T) {
	for _, r := range []struct {
		id   string
		kode tiltak.Kode
		dag  string
		n    int
		err  error
		felt string
	}{
		{"tf-6-5", tiltak.Funksjonsassistanse, "2016-01-01", 5, nil, ""},
		{"tf-6-5", tiltak.Funksjonsassistanse, "2015-12-31", 0, ErrIkkeModellert, "dato"},
		{"tf-11-3", tiltak.Inkluderingstilskudd, "2024-06-01", 7, nil, ""},
		{"tf-7-5", tiltak.OpplaeringFagskole, "2025-07-01", 5, nil, ""},
		{"tf-7-5", tiltak.OpplaeringAMO, "2025-06-30", 0, ErrIkkeModellert, "dato"},
		{"tf-7-5", tiltak.OpplaeringHoyereUtdanning, "", 0, ErrUkjentFaktum, "dato"},
		{"tf-7-5", tiltak.Mentor, "2025-07-01", 0, ErrIkkeModellert, "tiltak"},
		{"tf-7-5", "x", "2025-07-01", 0, tiltak.ErrUkjentTiltak, "tiltak"},
	} {
		var d tiltak.Dato
		if r.dag != "" {
			d = D(r.dag)
		}
		got, err := Dekker(r.kode, d)
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if got.Hjemmel.ID != r.id || len(got.Kostnader) != r.n {
			t.Errorf("%s: %+v", r.id, got)
		}
		got.Kostnader[0] = "endret"
		if igjen, _ := Dekker(r.kode, d); igjen.Kostnader[0] == "endret" {
			t.Error("Dekker gir ikke en kopi")
		}
	}
}
