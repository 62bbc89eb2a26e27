// Package nullsjekk prøver metodene på nullverdiene av en pakkes eksporterte
// typer: ingen metode skal få panikk for en verdi en kaller kan lage selv
// (new(T) eller T{}), med nullverdier som argumenter. Testene i tiltak,
// regler, varighet og tilskudd bruker den, og Dekker sjekker at listen
// deres tar med hver eksporterte type i pakken.
package nullsjekk

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Metoder kaller hver eksportert metode på hver verdi (gi new(T) for hver
// type T, så både verdi- og pekermetodene er med) med nullverdier som
// argumenter, og melder hver panikk som en feil. Metoder som tar en
// funksjon som argument, hoppes over: å kalle en nil-funksjon er kallerens
// feil. Den gir antall kall.
func Metoder(t testing.TB, verdier ...any) int {
	t.Helper()
	n := 0
	for _, x := range verdier {
		v := reflect.ValueOf(x)
		ty := v.Type()
	metoder:
		for i := range ty.NumMethod() {
			m := ty.Method(i)
			args := []reflect.Value{v}
			for j := 1; j < m.Type.NumIn(); j++ {
				in := m.Type.In(j)
				if in.Kind() == reflect.Func {
					continue metoder
				}
				args = append(args, reflect.Zero(in))
			}
			n++
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%v.%s på nullverdien: panikk: %v", ty, m.Name, r)
					}
				}()
				if m.Type.IsVariadic() {
					m.Func.CallSlice(args)
				} else {
					m.Func.Call(args)
				}
			}()
		}
	}
	return n
}

// Dekker sjekker at verdiene (new(T) for hver T) tar med hver eksporterte
// type som er deklarert i ikke-test-filene i mappen (aliaser, grensesnitt
// og funksjonstyper unntatt), og melder dem som mangler.
func Dekker(t testing.TB, mappe string, verdier ...any) {
	t.Helper()
	har := map[string]bool{}
	for _, x := range verdier {
		ty := reflect.TypeOf(x)
		for ty.Kind() == reflect.Pointer {
			ty = ty.Elem()
		}
		har[ty.Name()] = true
	}
	var mangler []string
	for _, navn := range typer(t, mappe) {
		if !har[navn] {
			mangler = append(mangler, navn)
		}
	}
	if len(mangler) > 0 {
		t.Errorf("nullverdiene prøves ikke for %s; legg new(T) til i listen", strings.Join(mangler, ", "))
	}
}

// typer gir de eksporterte typene i mappen, sortert.
func typer(t testing.TB, mappe string) []string {
	t.Helper()
	filer, err := filepath.Glob(filepath.Join(mappe, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fs := token.NewFileSet()
	var ut []string
	for _, fil := range filer {
		if strings.HasSuffix(fil, "_test.go") {
			continue
		}
		kilde, err := os.ReadFile(fil)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fs, fil, kilde, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(fmt.Errorf("%s: %w", fil, err))
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if !ts.Name.IsExported() || ts.Assign.IsValid() {
					continue
				}
				switch ts.Type.(type) {
				case *ast.InterfaceType, *ast.FuncType:
					continue
				}
				ut = append(ut, ts.Name.Name)
			}
		}
	}
	slices.Sort(ut)
	return ut
}
