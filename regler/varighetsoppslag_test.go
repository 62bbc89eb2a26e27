package regler

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// AppendVarigheter og Varighet.AppendPraksisgrenser er de allokeringsfrie
// formene av VarighetFor og Praksisgrenser; de skal gi det samme for hvert
// tiltak på hver tiende dag fra 2014 til 2034.
func TestAppendVarigheterOgAppendPraksisgrenserSomVarighetFor(t *testing.T) {
	koder := append(tiltak.Koder(), "ukjent")
	var buf []Praksisgrense
	var alle []Varighet
	for dag := d(2014, 1, 1); dag.Before(d(2034, 1, 1)); dag = dag.AddDays(10) {
		alle = AppendVarigheter(alle[:0], dag)
		i := 0
		for _, k := range koder {
			got, err := VarighetFor(k, dag)
			if err != nil {
				continue
			}
			if i >= len(alle) || alle[i] != got {
				t.Fatalf("AppendVarigheter(%s) mangler %s på plass %d", dag, k, i)
			}
			i++
			if got.Tiltak() != k {
				t.Fatalf("FinnVarighet(%s, %s).Tiltak() = %s", k, dag, got.Tiltak())
			}
			wp, err := Praksisgrenser(k, dag)
			if err != nil {
				t.Fatal(err)
			}
			buf = got.AppendPraksisgrenser(buf[:0], dag)
			if diff := cmp.Diff(wp, buf, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("AppendPraksisgrenser(%s, %s) (-Praksisgrenser +Append):\n%s", k, dag, diff)
			}
			if len(buf) > 0 && !got.HarPraksisgrenser() {
				t.Fatalf("%s har praksisgrenser på %s, men HarPraksisgrenser er usann", k, dag)
			}
		}
		if i != len(alle) {
			t.Fatalf("AppendVarigheter(%s) gav %d regler, VarighetFor %d", dag, len(alle), i)
		}
	}
	if len(AppendVarigheter(nil, tiltak.Dato{})) != 0 {
		t.Error("AppendVarigheter uten dato gav regler")
	}
	var null Varighet
	if null.Tiltak() != "" || len(null.AppendPraksisgrenser(nil, d(2024, 1, 1))) != 0 {
		t.Error("nullverdien av Varighet skal ikke ha tiltak eller praksisgrenser")
	}
}

// Oppslagene en tjeneste gjør for alle tiltak, allokerer ikke.
func TestVarighetsoppslagAllokererIkke(t *testing.T) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	start := d(2026, 8, 1)
	buf := make([]Praksisgrense, 0, 4)
	alle := make([]Varighet, 0, tiltak.Antall())
	var p Sporpunkt
	n := testing.AllocsPerRun(100, func() {
		alle = AppendVarigheter(alle[:0], start)
		for _, v := range alle {
			buf = v.AppendPraksisgrenser(buf[:0], start)
			_ = v.Hjemmel()
			for i := range v.AntallForlengelser() {
				p = v.Forlengelse(i).Vilkar.Evaluer(&f, start)
			}
		}
	})
	if n != 0 {
		t.Errorf("AppendVarigheter, AppendPraksisgrenser og Evaluer allokerte %v ganger for alle tiltak", n)
	}
	_ = p
}

// AppendFristregler gir det samme som Fristregler og allokerer ikke når
// bufferen har plass.
func TestAppendFristreglerSomFristregler(t *testing.T) {
	buf := make([]Fristregel, 0, 8)
	for _, k := range tiltak.Koder() {
		want, err := Fristregler(k)
		if err != nil {
			t.Fatal(err)
		}
		if buf, err = AppendFristregler(buf[:0], k); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, buf, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("AppendFristregler(%s) (-Fristregler +Append):\n%s", k, diff)
		}
	}
	if _, err := AppendFristregler(nil, "ukjent"); err == nil {
		t.Error("ukjent kode gav ingen feil")
	}
	if n := testing.AllocsPerRun(100, func() { buf, _ = AppendFristregler(buf[:0], tiltak.VarigLonnstilskudd) }); n != 0 {
		t.Errorf("AppendFristregler allokerte %v ganger", n)
	}
}
