package regler_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// README.md har en tabell over hva som er modellert, mellom to merker. Den
// lages av lovlaget og indeksen; testen feiler når den er utdatert. Kjør
//
//	TILTAKSREGLER_OPPDATER=1 go test ./regler -run TestReadmeModellert
//
// for å skrive den på nytt.
const (
	readmeStart = "<!-- modellert:start (laget av regler/readme_test.go) -->"
	readmeSlutt = "<!-- modellert:slutt -->"
)

func periode(fra, til tiltak.Dato) string {
	f, t := fra.String(), til.String()
	if fra.IsZero() {
		f = "undated"
	}
	return f + "–" + t
}

// modellertTabell lager tabellen og listene under den.
func modellertTabell(t *testing.T) string {
	t.Helper()
	var s strings.Builder
	s.WriteString("| measure | not modelled before (`ErrIkkeModellert`) | not in force (`ikke oppfylt`) | eligibility versions | duration rules | rate rules | unverified paragraph versions used |\n")
	s.WriteString("|---|---|---|---|---|---|---|\n")
	for _, k := range tiltak.Koder() {
		rs, err := regler.Versjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		var ikke, ver []string
		uverifisert := map[string]bool{}
		for _, r := range rs {
			if r.IkkeIKraft() {
				ikke = append(ikke, periode(r.Fra(), r.Til()))
				continue
			}
			ver = append(ver, periode(r.Fra(), r.Til()))
			for _, v := range r.Paragrafversjoner() {
				if v.Uverifisert() {
					uverifisert[v.ID()] = true
				}
			}
		}
		var dur, sats []string
		vl, _ := regler.Varighetsversjoner(k)
		for _, v := range vl {
			dur = append(dur, periode(v.Fra(), v.Til())+" "+v.Type().String())
			if v.Uverifisert() {
				uverifisert[v.ID()] = true
			}
		}
		sl, _ := regler.Satsversjoner(k)
		for _, v := range sl {
			sats = append(sats, periode(v.Fra(), v.Til())+" "+v.Type().String())
			if v.Uverifisert() {
				uverifisert[v.ID()] = true
			}
		}
		for _, l := range []*[]string{&ikke, &dur, &sats} {
			if len(*l) == 0 {
				*l = []string{"—"}
			}
		}
		u := make([]string, 0, len(uverifisert))
		for id := range uverifisert {
			u = append(u, id)
		}
		sort.Strings(u)
		if len(u) == 0 {
			u = []string{"—"}
		}
		for _, x := range []*[]string{&ikke, &ver, &dur, &sats, &u} {
			for i, v := range *x {
				if v != "—" {
					(*x)[i] = "`" + v + "`"
				}
			}
		}
		fra := "—"
		if len(rs) > 0 && !rs[0].Fra().IsZero() {
			fra = rs[0].Fra().String()
		}
		fmt.Fprintf(&s, "| %s | %s | %s | %s | %s | %s | %s |\n", k, fra, strings.Join(ikke, ", "), strings.Join(ver, ", "),
			strings.Join(dur, ", "), strings.Join(sats, ", "), strings.Join(u, ", "))
	}
	// Tall for lovlaget og indeksen.
	bevis := map[regler.Bevis]int{}
	antall := 0
	for _, p := range regler.Lovverk() {
		for _, v := range p.Versjoner() {
			bevis[v.Bevis()]++
			antall++
		}
	}
	ix, err := indeks.Last()
	if err != nil {
		t.Fatal(err)
	}
	iOmfang, venter, sekundaer := 0, []string{}, 0
	for _, o := range ix.Oppforinger {
		if o.Bevis == "sekundaer" {
			sekundaer++
		}
		switch {
		case o.Omfang && o.Venter != "":
			venter = append(venter, "`"+o.ID+"`: "+o.Venter)
		case o.Omfang:
			iOmfang++
		}
	}
	fmt.Fprintf(&s, "\nThe law layer holds %d paragraph versions: %d from published text (kunngjort), %d from a consolidated text only, %d from a source document (seed 002), %d from derived text only (avledet), %d whose wording is unknown, %d from NAV's code (praksis) and %d from secondary sources. Unverified (avledet, secondary or unknown wording): %d.\n",
		antall, bevis[regler.Kunngjort], bevis[regler.Konsolidert], bevis[regler.Kildedokument], bevis[regler.Avledet], bevis[regler.UkjentOrdlyd],
		bevis[regler.PraksisKode], bevis[regler.Sekundaer], bevis[regler.Avledet]+bevis[regler.Sekundaer]+bevis[regler.UkjentOrdlyd])
	fmt.Fprintf(&s, "\nThe paragraph index (`testdata/lovindeks`) has %d versions: the regulations' paragraphs and, from secondary sources the index quotes, %d of the uføretrygd income limit; %d are in scope and every one of them has a version in the law layer that decides something. %d in-scope versions are deliberately not modelled yet:\n\n", len(ix.Oppforinger), sekundaer, iOmfang, len(venter))
	sort.Strings(venter)
	for _, v := range venter {
		s.WriteString("- " + v + "\n")
	}
	return s.String()
}

func TestReadmeModellert(t *testing.T) {
	_, fil, _, _ := runtime.Caller(0)
	sti := filepath.Join(filepath.Dir(fil), "..", "README.md")
	b, err := os.ReadFile(sti)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i, j := strings.Index(readme, readmeStart), strings.Index(readme, readmeSlutt)
	if i < 0 || j < i {
		t.Fatalf("README.md mangler merkene %q og %q", readmeStart, readmeSlutt)
	}
	ny := readme[:i+len(readmeStart)] + "\n" + modellertTabell(t) + readme[j:]
	if ny == readme {
		return
	}
	if os.Getenv("TILTAKSREGLER_OPPDATER") != "" {
		if err := os.WriteFile(sti, []byte(ny), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("README.md er oppdatert")
		return
	}
	t.Error("tabellen over hva som er modellert i README.md er utdatert; kjør TILTAKSREGLER_OPPDATER=1 go test ./regler -run TestReadmeModellert")
}
