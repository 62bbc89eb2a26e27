package indeks

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Indeksen skal være velformet, og hvert tiltak i katalogen skal peke på
// indekserte bestemmelser.
func TestIndeksenErVelformet(t *testing.T) {
	ix, err := Last()
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Oppforinger) < 50 {
		t.Errorf("bare %d oppføringer", len(ix.Oppforinger))
	}
	for _, tt := range tiltak.Alle() {
		for _, id := range tt.Paragrafer {
			if _, ok := ix.Finn(id); !ok {
				t.Errorf("%s peker på %q, som ikke er i indeksen", tt.Kode, id)
			}
		}
	}
	// Versjoner av samme bestemmelse (id-er som bare skiller seg i
	// -vÅÅÅÅMMDD-endelsen) skal ikke overlappe i tid.
	familier := map[string][]Oppforing{}
	for _, o := range ix.Oppforinger {
		familier[Familie(o.ID)] = append(familier[Familie(o.ID)], o)
	}
	for fam, g := range familier {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				if Overlapper(g[i], g[j]) {
					t.Errorf("versjonene %s og %s av %s overlapper i tid", g[i].ID, g[j].ID, fam)
				}
			}
		}
	}
}

func TestFamilieOgOverlapp(t *testing.T) {
	for id, fam := range map[string]string{"tf-5-3-v20250801": "tf-5-3", "tf-5-3": "tf-5-3", "tf-5-4-varighet-v2016": "tf-5-4-varighet", "tf-9-v2": "tf-9-v2"} {
		if got := Familie(id); got != fam {
			t.Errorf("Familie(%q) = %q, ventet %q", id, got, fam)
		}
	}
	d := tiltak.MustDato
	a := Oppforing{Fra: d(2016, 1, 1), Til: d(2025, 7, 31)}
	if Overlapper(a, Oppforing{Fra: d(2025, 8, 1)}) || !Overlapper(a, Oppforing{Fra: d(2025, 7, 31)}) || !Overlapper(Oppforing{Fra: d(2016, 1, 1)}, Oppforing{Fra: d(2030, 1, 1)}) {
		t.Error("Overlapper feil")
	}
}
