package regler

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestDatofriVilkarLeserIkkeDatoen leser kildeteksten i pakken: hvert
// vilkår merket datofri: true har en vurder-funksjon som ikke gir datoen et
// navn (parameteren er _ eller uten navn). Slik vet vi at tabellen, som
// lages på én dato, gjelder på alle (tabell.go).
func TestDatofriVilkarLeserIkkeDatoen(t *testing.T) {
	filer, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	merket := 0
	for _, navn := range filer {
		if strings.HasSuffix(navn, "_test.go") {
			continue
		}
		src, err := os.ReadFile(navn)
		if err != nil {
			t.Fatal(err)
		}
		fil, err := parser.ParseFile(fset, navn, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(fil, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			var datofri bool
			var vurder ast.Expr
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				switch k, _ := kv.Key.(*ast.Ident); {
				case k == nil:
				case k.Name == "datofri":
					id, _ := kv.Value.(*ast.Ident)
					datofri = id != nil && id.Name == "true"
				case k.Name == "vurder":
					vurder = kv.Value
				}
			}
			if !datofri {
				return true
			}
			merket++
			pos := fset.Position(lit.Pos())
			fn, ok := vurder.(*ast.FuncLit)
			if !ok {
				t.Errorf("%s: datofri, men vurder er ikke en funksjon skrevet på stedet", pos)
				return true
			}
			p := fn.Type.Params.List
			if len(p) != 2 {
				t.Errorf("%s: datofri, men vurder har %d parametre", pos, len(p))
				return true
			}
			for _, id := range p[1].Names {
				if id.Name != "_" {
					t.Errorf("%s: datofri, men vurder gir datoen navnet %s", pos, id.Name)
				}
			}
			return true
		})
	}
	if merket < 30 {
		t.Errorf("bare %d vilkår merket datofri; testen finner dem ikke", merket)
	}
	t.Logf("vilkår merket datofri i kildeteksten: %d", merket)
}

// TestTabellSomVilkaret: for hvert vilkår med en tabell gir tabellen det
// samme sporpunktet som å kalle vilkåret, for hver kombinasjon av verdier,
// på hver dato regelverket skifter, dagen før, og 1. januar, 1. juni og 1.
// september hvert år 2015–2035.
func TestTabellSomVilkaret(t *testing.T) {
	datoer := []tiltak.Dato{}
	for _, d := range skiftedatoer {
		datoer = append(datoer, d, d.AddDays(-1))
	}
	for a := 2015; a <= 2035; a++ {
		datoer = append(datoer, tiltak.MustDato(a, 1, 1), tiltak.MustDato(a, 6, 1), tiltak.MustDato(a, 9, 1))
	}
	tabeller, rader := 0, 0
	for _, v := range alleVilkar() {
		if v.tabell == nil {
			continue
		}
		tabeller++
		for i := range v.tabell {
			var f tiltak.Fakta
			x := i
			for j := len(v.lesListe) - 1; j >= 0; j-- {
				d := int(v.domener[j])
				if err := f.SettEndelig(v.lesListe[j], uint8(x%d)); err != nil {
					t.Fatal(err)
				}
				x /= d
			}
			var e tiltak.Endelige
			f.Endelige(&e)
			if got, ok := v.slaOpp(&e); !ok || got != v.tabell[i] {
				t.Errorf("%s: oppslaget for kombinasjon %d gir %x/%v, tabellen har %x", v.id, i, got, ok, v.tabell[i])
			}
			for _, d := range datoer {
				rader++
				if vil := v.lagTilstand(v.vurder(&f, d), &f); vil != v.tabell[i] {
					t.Errorf("%s på %s, kombinasjon %d: vilkåret gir %x, tabellen %x", v.id, d, i, vil, v.tabell[i])
				}
			}
		}
	}
	if tabeller < 40 {
		t.Errorf("bare %d vilkår har tabell", tabeller)
	}
	t.Logf("vilkår med tabell: %d; sammenligninger: %d", tabeller, rader)
}

// TestTabellVerdiUtenforOmradet: en verdi utenfor faktumets område (fakta
// som ikke er validert) gir ikke et oppslag i feil rad, men ok = false, så
// vilkåret kalles.
func TestTabellVerdiUtenforOmradet(t *testing.T) {
	for _, v := range alleVilkar() {
		if v.tabell == nil || len(v.lesListe) == 0 {
			continue
		}
		var e tiltak.Endelige
		e[v.lesListe[0]] = v.domener[0]
		if _, ok := v.slaOpp(&e); ok {
			t.Errorf("%s: verdien %d godtatt", v.id, v.domener[0])
		}
		return
	}
	t.Fatal("fant ikke noe vilkår med tabell")
}

// alleVilkar gir alle vilkårene pakken kjenner, også praksisreglene.
func alleVilkar() []*Vilkar {
	sett := map[*Vilkar]bool{}
	var ut []*Vilkar
	legg := func(v *Vilkar) {
		if v != nil && !sett[v] {
			sett[v] = true
			ut = append(ut, v)
		}
	}
	for _, v := range vilkarEtterID {
		legg(v)
	}
	for _, tr := range regelverk {
		for _, rs := range tr.versjoner {
			for _, v := range rs.vilkar {
				legg(v)
			}
			for _, p := range rs.praksis {
				legg(p.Vilkar)
			}
		}
	}
	return ut
}

// Et vilkår som er merket datofri, kan ikke ha knekkpunkter (datoer der
// utfallet skifter, se knekk.go): de to merkene sier det motsatte.
func TestDatofriHarIngenKnekkpunkter(t *testing.T) {
	n := 0
	for _, v := range alleVilkar() {
		if v.datofri {
			n++
			if len(v.knekk) > 0 {
				t.Errorf("%s er datofri, men har %d knekkpunkter", v.id, len(v.knekk))
			}
		}
	}
	if n == 0 {
		t.Fatal("fant ingen datofrie vilkår")
	}
}
