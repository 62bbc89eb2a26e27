package doksjekk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func rot(t *testing.T) string {
	_, fil, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(fil), "..", "..")
}

func TestAltEksportertErDokumentert(t *testing.T) {
	fset := token.NewFileSet()
	type pakke struct {
		navn                string
		harDoc, harEksempel bool
	}
	pakker := map[string]*pakke{}
	err := filepath.WalkDir(rot(t), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		mappe := filepath.Dir(p)
		navn := strings.TrimSuffix(f.Name.Name, "_test")
		if navn == "main" {
			return nil
		}
		pk := pakker[mappe]
		if pk == nil {
			pk = &pakke{navn: navn}
			pakker[mappe] = pk
		}
		if strings.HasSuffix(p, "_test.go") {
			for _, decl := range f.Decls {
				if fn, ok := decl.(*ast.FuncDecl); ok && strings.HasPrefix(fn.Name.Name, "Example") {
					pk.harEksempel = true
				}
			}
			return nil
		}
		if f.Doc != nil {
			pk.harDoc = true
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if !decl.Name.IsExported() || decl.Doc != nil || !mottakerEksportert(decl) {
					continue
				}
				t.Errorf("%s: func %s mangler doc-kommentar", fset.Position(decl.Pos()), decl.Name.Name)
			case *ast.GenDecl:
				for _, s := range decl.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.Doc == nil && decl.Doc == nil {
							t.Errorf("%s: type %s mangler doc-kommentar", fset.Position(s.Pos()), s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() && s.Doc == nil && decl.Doc == nil && s.Comment == nil {
								t.Errorf("%s: %s mangler doc-kommentar", fset.Position(n.Pos()), n.Name)
							}
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pakker) < 5 {
		t.Fatalf("fant bare %d pakker", len(pakker))
	}
	for mappe, pk := range pakker {
		if !pk.harDoc {
			t.Errorf("pakken %s (%s) mangler pakkedokumentasjon", pk.navn, mappe)
		}
		if !pk.harEksempel && pk.navn != "doksjekk" {
			t.Errorf("pakken %s (%s) mangler en Example-funksjon", pk.navn, mappe)
		}
	}
}

func mottakerEksportert(f *ast.FuncDecl) bool {
	if f.Recv == nil {
		return true
	}
	typ := f.Recv.List[0].Type
	if s, ok := typ.(*ast.StarExpr); ok {
		typ = s.X
	}
	if id, ok := typ.(*ast.Ident); ok {
		return id.IsExported()
	}
	return true
}
