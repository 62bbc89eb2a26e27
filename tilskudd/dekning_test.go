package tilskudd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestParagrafdekning sjekker at hver bestemmelse i paragrafindeksen med emne
// tilskudd eller stopp, og hver oppføring i pakkens egen indeksfil, har en
// regel i Regler som siterer den og en testrad som navngir den, og at hver
// regel siterer en id som finnes i indeksen.
func TestParagrafdekning(t *testing.T) {
	ix, err := indeks.Last()
	if err != nil {
		t.Fatalf("indeksen: %v", err)
	}
	regelIDer := map[string]bool{}
	for _, r := range Regler() {
		if r.ID != r.Hjemmel.ID {
			t.Errorf("regel %q har hjemmel-id %q", r.ID, r.Hjemmel.ID)
		}
		o, ok := ix.Finn(r.ID)
		if !ok {
			t.Errorf("regel %q siterer en id som ikke er i indeksen", r.ID)
			continue
		}
		if o.Bevis == "U" && !r.Uverifisert {
			t.Errorf("%q er merket U i indeksen, men ikke Uverifisert i regelen", r.ID)
		}
		regelIDer[r.ID] = true
	}

	// Egen indeksfil.
	b, err := os.ReadFile(filepath.Join(indeks.Mappe(), "paragrafindeks-tilskudd.json"))
	if err != nil {
		t.Fatal(err)
	}
	var egne []indeks.Oppforing
	if err := json.Unmarshal(b, &egne); err != nil {
		t.Fatal(err)
	}
	skal := map[string]bool{}
	for _, o := range egne {
		skal[o.ID] = true
	}
	for _, o := range ix.MedEmne("tilskudd", "stopp") {
		skal[o.ID] = true
	}

	// Testradene: id-en som streng i en testfil (ikke denne).
	var tekst strings.Builder
	filer, _ := filepath.Glob("*_test.go")
	for _, f := range filer {
		if f == "dekning_test.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tekst.Write(b)
	}
	alle := tekst.String()

	var ider []string
	for id := range skal {
		ider = append(ider, id)
	}
	sort.Strings(ider)
	medRegel, medTest := 0, 0
	for _, id := range ider {
		if regelIDer[id] {
			medRegel++
		} else {
			t.Errorf("bestemmelsen %q har ingen regel i Regler()", id)
		}
		if strings.Contains(alle, `"`+id+`"`) {
			medTest++
		} else {
			t.Errorf("bestemmelsen %q har ingen testrad som navngir den", id)
		}
	}
	t.Logf("paragrafdekning (emne tilskudd og stopp + egen indeksfil): %d/%d med regel, %d/%d med testrad", medRegel, len(ider), medTest, len(ider))
}

func TestReglerKopi(t *testing.T) {
	r := Regler()
	r[0].ID = "endret"
	if Regler()[0].ID == "endret" {
		t.Error("Regler gir ikke en kopi")
	}
	praksis := 0
	for _, r := range Regler() {
		navKode := r.Hjemmel.Kilde == tiltak.NAVPraksis || r.Hjemmel.Kilde == tiltak.Firearigforskriften
		if r.Praksis != navKode {
			t.Errorf("%s: Praksis = %v, men hjemmelens kilde er %v", r.ID, r.Praksis, r.Hjemmel.Kilde.Kortnavn)
		}
		if r.Praksis {
			praksis++
		}
		if r.Beskrivelse == "" || r.Funksjon == "" {
			t.Errorf("%s mangler beskrivelse eller funksjon", r.ID)
		}
	}
	if praksis == 0 {
		t.Error("ingen praksisregler")
	}
}
