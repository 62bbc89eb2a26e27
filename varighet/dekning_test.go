package varighet

import (
	"sort"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// sitert gir id-ene til alle paragrafversjoner pakken regner med: hver
// varighetsregel, praksisgrense og frist for hvert tiltak, og
// hospiteringsreglene. Nøkkelen er id-en, verdien hva slags regel det er.
func sitert(t *testing.T) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, k := range tiltak.Koder() {
		l, err := regler.Varighetsversjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range l {
			m[r.ID()] = "varighet"
			for _, d := range []tiltak.Dato{r.Fra(), r.Til()} {
				if d.IsZero() {
					continue
				}
				pg, err := regler.Praksisgrenser(k, d)
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range pg {
					m[p.Hjemmel.ID] = "praksis"
				}
			}
		}
		fr, err := regler.Fristregler(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fr {
			m[f.Hjemmel.ID] = "frist"
		}
	}
	for _, h := range regler.Hospiteringsversjoner() {
		m[h.ID] = "hospitering"
	}
	m[regler.VTASekstiprosent().ID] = "arbeidstid"
	return m
}

// testrader gir id-ene som tabelltestene navngir.
func testrader() map[string]bool {
	m := map[string]bool{}
	for _, r := range maksTilfeller {
		m[r.ID] = true
	}
	for _, r := range kontrollTilfeller {
		m[r.ID] = true
	}
	for _, r := range fristTilfeller {
		m[r.ID] = true
	}
	for _, r := range arbeidstidTilfeller {
		m[r.ID] = true
	}
	for _, r := range hospiteringsfristTilfeller {
		m[r.ID] = true
	}
	return m
}

// TestRegeldekning: hver paragrafversjon pakken regner med (varighet,
// praksisgrense, frist, hospitering) har minst én testrad som navngir den,
// og hver testrad navngir en slik versjon.
func TestRegeldekning(t *testing.T) {
	sit, rader := sitert(t), testrader()
	var utenRad []string
	for id, hva := range sit {
		if !rader[id] {
			utenRad = append(utenRad, id+" ("+hva+")")
		}
	}
	sort.Strings(utenRad)
	for _, id := range utenRad {
		t.Errorf("%s har ingen testrad", id)
	}
	for id := range rader {
		if _, ok := sit[id]; !ok {
			t.Errorf("testrad navngir %q, som ingen regel i pakken bruker", id)
		}
	}
	t.Logf("regeldekning: %d paragrafversjoner, %d uten testrad", len(sit), len(utenRad))
}

// TestRegelversjonerDekkerTiden: for hvert tiltak ligger varighetsreglene i
// datorekkefølge uten overlapp, og VarighetFor gir regelen som dekker
// datoen på første og siste dag og dagen før og etter hver regel.
func TestRegelversjonerDekkerTiden(t *testing.T) {
	for _, k := range tiltak.Koder() {
		l, err := Regler(k)
		if err != nil {
			t.Fatal(err)
		}
		if len(l) == 0 {
			t.Errorf("%s har ingen varighetsregel", k)
		}
		for i, r := range l {
			if i > 0 && !r.Fra().After(l[i-1].Til()) {
				t.Errorf("%s: %s starter %s, før forrige regel slutter %s", k, r.ID(), r.Fra(), l[i-1].Til())
			}
			for _, d := range []tiltak.Dato{r.Fra(), r.Til()} {
				if d.IsZero() {
					continue
				}
				g, err := RegelFor(k, d)
				if err != nil || g.ID() != r.ID() {
					t.Errorf("%s på %s: fikk %q, %v; vil ha %s", k, d, g.ID(), err, r.ID())
				}
			}
			if f := r.Fra(); !f.IsZero() && (i == 0 || l[i-1].Til().AddDays(1) != f) {
				if g, err := RegelFor(k, f.AddDays(-1)); err == nil {
					t.Errorf("%s dagen før %s: fikk %s, vil ha ErrIkkeModellert", k, f, g.ID())
				}
			}
		}
	}
}
