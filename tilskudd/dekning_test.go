package tilskudd

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// testtekst gir alle testfilene i pakken unntatt denne, slått sammen: en
// id teller som navngitt av en rad når den står der som streng.
func testtekst(t *testing.T) string {
	t.Helper()
	filer, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range filer {
		if f == "dekning_test.go" {
			continue
		}
		innhold, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(innhold)
	}
	return b.String()
}

// navngitt sier om id-en står som streng i teksten: alene («"tf-9-5-v20190701"»),
// som begynnelsen på en vilkårs-id («"tf-8-6-v20210422.ingen-permitterte"»)
// eller med et ledd («"tf-9-5-v20190701/1"», se hjemmelnokler).
func navngitt(tekst, id string) bool {
	return strings.Contains(tekst, `"`+id+`"`) || strings.Contains(tekst, `"`+id+`.`) || strings.Contains(tekst, `"`+id+`/`)
}

// TestDekning sjekker at hver regel pakken leser fra lovlaget og hver
// praksisregel den har, er navngitt av en testrad i pakken:
//
//   - hver satsregel (regler.Satsversjoner for hvert tiltak) med
//     paragrafversjonen den står i;
//   - refusjonsgrunnlaget hver sats regnes av (Sats.Grunnlag), med versjonen
//     som definerer det og versjonen med leddet om hva som er lønn;
//   - hver opphørsregel Stopp leser (regler.OpphorsregelFor) og vilkåret om
//     permitterte SommerjobbKanInnvilges leser;
//   - hver regel i Regler med Praksis sann.
//
// Testen logger tallene.
func TestDekning(t *testing.T) {
	tekst := testtekst(t)
	type gruppe struct {
		navn string
		ider []string
	}
	var sats, grunnlag, stopp, praksis []string
	legg := func(l *[]string, id string) {
		if id != "" && !slices.Contains(*l, id) {
			*l = append(*l, id)
		}
	}
	for _, k := range tiltak.Koder() {
		l, err := regler.Satsversjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range l {
			legg(&sats, s.ID())
			if g, ok := s.Grunnlag(); ok {
				legg(&grunnlag, g.Hjemmel.ID)
				legg(&grunnlag, g.Lonnsbegrep.ID)
			}
		}
		for h := regler.Hendelse(1); int(h) <= regler.AntallHendelser; h++ {
			if r, err := regler.OpphorsregelFor(k, h, regler.Instruks2021Fra()); err == nil {
				legg(&stopp, r.Hjemmel.ID)
			}
		}
	}
	if vk, err := permittertevilkar(D("2021-04-22")); err == nil {
		legg(&stopp, vk.ID())
	} else {
		t.Errorf("sommerjobb: fant ikke vilkåret om permitterte: %v", err)
	}
	for _, r := range Regler() {
		if r.Praksis {
			legg(&praksis, r.ID)
		}
	}
	for _, g := range []gruppe{{"satsregler", sats}, {"refusjonsgrunnlag", grunnlag}, {"opphør og permitterte", stopp}, {"praksisregler", praksis}} {
		if len(g.ider) == 0 {
			t.Errorf("%s: ingen regler funnet; testen sjekker ingenting", g.navn)
		}
		sort.Strings(g.ider)
		med := 0
		for _, id := range g.ider {
			if navngitt(tekst, id) {
				med++
				continue
			}
			t.Errorf("%s: %s har ingen testrad som navngir den", g.navn, id)
		}
		t.Logf("%s med testrad: %d av %d", g.navn, med, len(g.ider))
	}
}

// TestRegler sjekker listen Regler gir: en kopi hver gang, hver forskrifts-
// regel siterer en versjon i paragrafindeksen, Uverifisert følger beviset
// der, Praksis er sann nøyaktig for NAVs praksis, og hver satsregel i
// lovlaget er med.
func TestRegler(t *testing.T) {
	r := Regler()
	r[0].ID = "endret"
	if Regler()[0].ID == "endret" {
		t.Error("Regler gir ikke en kopi")
	}
	ix, err := indeks.Last()
	if err != nil {
		t.Fatal(err)
	}
	forskrift := map[tiltak.Kilde]bool{tiltak.Tiltaksforskriften: true, tiltak.Firearigforskriften: true, tiltak.Egenregiforskriften: true}
	ider := map[string]bool{}
	praksis, iIndeks := 0, 0
	for _, r := range Regler() {
		if ider[r.ID] {
			t.Errorf("%s står to ganger", r.ID)
		}
		ider[r.ID] = true
		// En regel om refusjonsgrunnlaget har id-en til versjonen + "/grunnlag".
		if r.ID != r.Hjemmel.ID && r.ID != r.Hjemmel.ID+"/grunnlag" {
			t.Errorf("regel %q har hjemmel-id %q", r.ID, r.Hjemmel.ID)
		}
		if r.Praksis != (r.Hjemmel.Kilde == tiltak.NAVPraksis) {
			t.Errorf("%s: Praksis = %v, men hjemmelens kilde er %s", r.ID, r.Praksis, r.Hjemmel.Kilde.Kortnavn())
		}
		if r.Praksis {
			praksis++
		}
		if r.Beskrivelse == "" || r.Funksjon == "" {
			t.Errorf("%s mangler beskrivelse eller funksjon", r.ID)
		}
		if !forskrift[r.Hjemmel.Kilde] {
			continue
		}
		o, ok := ix.Finn(r.Hjemmel.ID)
		if !ok {
			t.Errorf("%s siterer %s, som ikke er i paragrafindeksen", r.ID, r.Hjemmel.ID)
			continue
		}
		iIndeks++
		if (o.Bevis == "avledet" || o.Bevis == "ukjent") && !r.Uverifisert {
			t.Errorf("%s: beviset i indeksen er %s, men regelen er ikke merket Uverifisert", r.ID, o.Bevis)
		}
	}
	for _, k := range tiltak.Koder() {
		l, _ := regler.Satsversjoner(k)
		for _, s := range l {
			if !ider[s.ID()] {
				t.Errorf("satsregelen %s for %s mangler i Regler", s.ID(), k)
			}
		}
	}
	// Radene under er skrevet for hånd: to satsregler med grunnlag i en
	// annen paragraf, en med grunnlaget i samme versjon, og tre praksisregler.
	for _, id := range []string{"tf-9-5-v20160101", "tf-9-4-v20160101/grunnlag", "tf-9-5-v20190701", "tf-9-5-v20190701/grunnlag",
		"tf-10-7-v20160101", "tf-10-6-v20160101/grunnlag", "fir-7-v20260801", "fir-6-v20260801/grunnlag",
		"praksis-midl-innsatsgruppe", "praksis-trinndato", "praksis-5g-dato"} {
		if !ider[id] {
			t.Errorf("Regler mangler %s", id)
		}
	}
	if praksis == 0 {
		t.Error("ingen praksisregler")
	}
	t.Logf("regler: %d, av dem %d praksis og %d med versjon i paragrafindeksen", len(ider), praksis, iIndeks)
}
