// Package indeks leser paragrafindeksen i testdata/: én oppføring per
// normativ bestemmelse (paragraf, ledd eller bokstav) i forskriftene og i
// praksiskildene som reglene bygger på. Testene i regler, varighet og
// tilskudd bruker den til å sjekke at hver regel siterer en indeksert
// bestemmelse, og at hver bestemmelse har en regel og en testrad.
//
// Indeksen er filene testdata/paragrafindeks*.json; hver fil er en JSON-liste
// av oppføringer. Flere filer slås sammen.
package indeks

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Oppforing er én bestemmelse i indeksen.
type Oppforing struct {
	ID       string        `json:"id"`
	Kilde    string        `json:"kilde"`
	Paragraf string        `json:"paragraf"`
	Ledd     int           `json:"ledd"`
	Bokstav  string        `json:"bokstav"`
	Tittel   string        `json:"tittel"`
	Emne     string        `json:"emne"`
	Tiltak   []tiltak.Kode `json:"tiltak"`
	Fra      tiltak.Dato   `json:"fra"`
	Til      tiltak.Dato   `json:"til"`
	Bevis    string        `json:"bevis"`
	KildeURL string        `json:"kildeurl"`
	Innhold  string        `json:"innhold"`
}

// Uverifisert sier om oppføringen er merket U (ikke verifisert).
func (o Oppforing) Uverifisert() bool { return o.Bevis == "U" }

// Emnene en oppføring kan ha.
var Emner = []string{"vilkar", "personkrets", "varighet", "tilskudd", "frist", "kombinasjon", "stopp", "annet"}

// Kildene en oppføring kan ha.
var Kilder = []string{"tiltaksforskriften", "egenregiforskriften", "firearigforskriften", "tiltakspengeforskriften",
	"folketrygdloven", "ekspertbistandforskriften", "praksis-nav", "seed-000", "seed-003", "seed-004"}

var idMonster = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)+$`)

// Indeks er hele paragrafindeksen.
type Indeks struct {
	Oppforinger []Oppforing
	etterID     map[string]int
}

// Finn gir oppføringen med id.
func (ix *Indeks) Finn(id string) (Oppforing, bool) {
	i, ok := ix.etterID[id]
	if !ok {
		return Oppforing{}, false
	}
	return ix.Oppforinger[i], true
}

// MedEmne gir oppføringene med et av emnene, sortert etter id.
func (ix *Indeks) MedEmne(emner ...string) []Oppforing {
	var ut []Oppforing
	for _, o := range ix.Oppforinger {
		if slices.Contains(emner, o.Emne) {
			ut = append(ut, o)
		}
	}
	sort.Slice(ut, func(i, j int) bool { return ut[i].ID < ut[j].ID })
	return ut
}

// Mappe gir testdata-mappen i modulen.
func Mappe() string {
	_, fil, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(fil), "..", "..", "testdata")
}

// Last leser og validerer alle testdata/paragrafindeks*.json.
func Last() (*Indeks, error) {
	filer, err := filepath.Glob(filepath.Join(Mappe(), "paragrafindeks*.json"))
	if err != nil {
		return nil, err
	}
	if len(filer) == 0 {
		return nil, errors.New("fant ingen testdata/paragrafindeks*.json")
	}
	sort.Strings(filer)
	ix := &Indeks{etterID: map[string]int{}}
	for _, fil := range filer {
		b, err := os.ReadFile(fil)
		if err != nil {
			return nil, err
		}
		var l []Oppforing
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(fil), err)
		}
		for _, o := range l {
			if _, finnes := ix.etterID[o.ID]; finnes {
				return nil, fmt.Errorf("%s: id %q finnes fra før", filepath.Base(fil), o.ID)
			}
			ix.etterID[o.ID] = len(ix.Oppforinger)
			ix.Oppforinger = append(ix.Oppforinger, o)
		}
	}
	return ix, ix.Valider()
}

// Valider sjekker at hver oppføring er velformet: id etter mønsteret, kjent
// kilde og emne, fra satt, til ≥ fra, kjente tiltakskoder, ikke-tom tekst og
// bevis. Den samler alle feil.
func (ix *Indeks) Valider() error {
	var feil []error
	for _, o := range ix.Oppforinger {
		f := func(format string, a ...any) {
			feil = append(feil, fmt.Errorf("%s: %s", o.ID, fmt.Sprintf(format, a...)))
		}
		if !idMonster.MatchString(o.ID) {
			f("id følger ikke mønsteret %s", idMonster)
		}
		if !slices.Contains(Kilder, o.Kilde) {
			f("ukjent kilde %q", o.Kilde)
		}
		if !slices.Contains(Emner, o.Emne) {
			f("ukjent emne %q", o.Emne)
		}
		if o.Fra.IsZero() {
			f("mangler fra-dato")
		}
		if !o.Til.IsZero() && o.Til.Before(o.Fra) {
			f("til %s er før fra %s", o.Til, o.Fra)
		}
		for _, k := range o.Tiltak {
			if !k.Gyldig() {
				f("ukjent tiltakskode %q", k)
			}
		}
		if o.Innhold == "" || o.Tittel == "" || o.Bevis == "" {
			f("mangler innhold, tittel eller bevis")
		}
	}
	return errors.Join(feil...)
}

var versjonsendelse = regexp.MustCompile(`-v[0-9]{4}([0-9]{4})?$`)

// Familie gir id-en uten versjonsendelsen -vÅÅÅÅ eller -vÅÅÅÅMMDD, så alle
// versjoner av samme bestemmelse får samme familie.
func Familie(id string) string { return versjonsendelse.ReplaceAllString(id, "") }

// Overlapper sier om to oppføringer er i kraft på minst én felles dag (en
// tom til-dato betyr fortsatt i kraft).
func Overlapper(a, b Oppforing) bool {
	slutt := func(o Oppforing) tiltak.Dato {
		if o.Til.IsZero() {
			return tiltak.MustDato(9999, 12, 31)
		}
		return o.Til
	}
	return !slutt(a).Before(b.Fra) && !slutt(b).Before(a.Fra)
}
