package varighet

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// sitert gir alle paragraf-id-er pakkens regler siterer.
func sitert() map[string]bool {
	m := map[string]bool{}
	for _, l := range regelTabell {
		for _, r := range l {
			m[r.Hjemmel.ID] = true
			if r.Sesong != nil {
				m[r.Sesong.Hjemmel.ID] = true
			}
			for _, f := range r.Forlengelser {
				m[f.Vilkar.Hjemmel.ID] = true
			}
		}
	}
	for _, l := range praksisTabell {
		for _, p := range l {
			m[p.Hjemmel.ID] = true
		}
	}
	for _, l := range fristTabell {
		for _, f := range l {
			m[f.hjemmel.ID] = true
		}
	}
	m[hER44.ID] = true
	m[hTF1410.ID] = true
	m[hTF1410v2016.ID] = true
	m[hSeed004Sekstiprosent.ID] = true
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

// TestParagrafdekning: hver id reglene siterer finnes i paragrafindeksen, og
// hver oppføring med emne varighet eller frist har en regel som siterer den og
// en testrad som navngir den.
func TestParagrafdekning(t *testing.T) {
	ix, err := indeks.Last()
	if err != nil {
		t.Fatalf("paragrafindeksen: %v", err)
	}
	sit, rader := sitert(), testrader()
	_, hovedfilFinnes := os.Stat(filepath.Join(indeks.Mappe(), "paragrafindeks.json"))
	var mangler []string
	for id := range sit {
		if _, ok := ix.Finn(id); !ok {
			mangler = append(mangler, id)
		}
	}
	sort.Strings(mangler)
	if len(mangler) > 0 {
		if hovedfilFinnes != nil {
			t.Skipf("testdata/paragrafindeks.json finnes ikke ennå; id-er som skal stå der: %v", mangler)
		}
		t.Errorf("id-er som reglene siterer, men som ikke er i indeksen: %v", mangler)
	}
	for id := range rader {
		if !sit[id] {
			t.Errorf("testrad navngir %q, som ingen regel siterer", id)
		}
	}
	emne := ix.MedEmne("varighet", "frist")
	dekket := 0
	for _, o := range emne {
		ok := true
		if !sit[o.ID] {
			t.Errorf("%s (emne %s) har ingen regel", o.ID, o.Emne)
			ok = false
		}
		if !rader[o.ID] {
			t.Errorf("%s (emne %s) har ingen testrad", o.ID, o.Emne)
			ok = false
		}
		if ok {
			dekket++
		}
	}
	t.Logf("paragrafdekning (emne varighet og frist): %d av %d oppføringer har regel og testrad", dekket, len(emne))
	// Regler merket uverifisert har bevis U i indeksen, og omvendt for
	// varighetsreglene i egen fil.
	for _, l := range regelTabell {
		for _, r := range l {
			if o, ok := ix.Finn(r.Hjemmel.ID); ok && o.Uverifisert() && !r.Uverifisert {
				t.Errorf("%s har bevis U i indeksen, men regelen er ikke merket uverifisert", r.ID)
			}
		}
	}
	// Versjonene av en regel dekker til sammen nøyaktig perioden
	// bestemmelsen gjelder i indeksen: første versjon starter på indeksens
	// fra-dato og siste slutter på dens til-dato (en regel kan deles i flere
	// versjoner av grunner utenfor paragrafen selv, som arbeid med støtte
	// 1. juli 2025). Ikke-fastsatte regler uten nedre grense er unntatt.
	type spenn struct{ fra, til tiltak.Dato }
	per := map[string]spenn{}
	for _, l := range regelTabell {
		for _, r := range l {
			if _, ok := ix.Finn(r.Hjemmel.ID); !ok || r.Fra.IsZero() {
				continue
			}
			sp, finnes := per[r.Hjemmel.ID]
			if !finnes || r.Fra.Before(sp.fra) {
				sp.fra = r.Fra
			}
			if !finnes || r.Til.IsZero() || (!sp.til.IsZero() && r.Til.After(sp.til)) {
				sp.til = r.Til
			}
			per[r.Hjemmel.ID] = sp
		}
	}
	for id, sp := range per {
		o, _ := ix.Finn(id)
		if o.Fra != sp.fra || o.Til != sp.til {
			t.Errorf("%s: reglene gjelder %s–%s, indeksen %s–%s", id, sp.fra, sp.til, o.Fra, o.Til)
		}
	}
}
