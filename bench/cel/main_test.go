package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"cel.dev/cel-go/cel"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestSammeUtfall: CEL-reglene gir bibliotekets utfall for varierte
// personer på regeldatoen og i endene av tidsrommet reglene gjelder i —
// treverdig hvert utfall, toverdig der biblioteket har avgjort — også med
// OptTrackState. Hvert tiltak som ikke er et fast svar, får alle tre
// utfallene, så sammenligningen prøver hver gren.
func TestSammeUtfall(t *testing.T) {
	o, err := nyttOppsett()
	if err != nil {
		t.Fatal(err)
	}
	ds, err := sjekkDatoer()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 3 || ds[1] != regeldato {
		t.Fatalf("datoene %v: ventet fra, regeldatoen og til", ds)
	}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	faste := map[string]bool{"false": true, "skjonn": true}
	for i, d := range ds {
		personer := lagPersoner(n, uint64(i+1), d)
		for _, v := range []*verdier{treverdig, toverdig} {
			telling, err := sammenlign(o.uten, o.regler, v, personer, d)
			var a *Avvik
			if errors.As(err, &a) {
				b, _ := json.Marshal(a.Fakta)
				r, _ := regler.Vurder(a.Tiltak, &a.Fakta, a.Dato)
				var spor strings.Builder
				for _, p := range r.Spor {
					spor.WriteString("\n  " + p.Vilkar().ID() + ": " + p.Utfall().String())
				}
				t.Fatalf("%v\nfakta: %s\nCEL: %s\nbiblioteket:%s", a, b, a.Uttrykk, spor.String())
			}
			if err != nil {
				t.Fatal(err)
			}
			if _, err := sammenlign(o.spor, o.regler, v, personer[:n/10], d); err != nil {
				t.Fatalf("med OptTrackState: %v", err)
			}
			if v != treverdig || testing.Short() {
				continue
			}
			for _, r := range o.regler {
				if c := telling[r.kode]; !faste[r.uttrykk] && (c[regler.Oppfylt] == 0 || c[regler.IkkeOppfylt] == 0 || c[regler.MaVurderes] == 0) {
					t.Errorf("%s på %s: utfallene %v dekker ikke alle tre", r.kode, d, c[1:])
				}
			}
		}
	}
}

// TestAlderMotBiblioteket: heltallsregningen for alder i CEL gir det
// samme som tiltak.Alder og tiltak.FyllerIKalenderaaret, også for dem som
// er født 29. februar, på 28. februar og 1. mars i skuddår og andre år.
func TestAlderMotBiblioteket(t *testing.T) {
	env, err := nyttMiljo()
	if err != nil {
		t.Fatal(err)
	}
	grenser := []int{16, 19, 22, 30}
	type prg struct {
		n          int
		fylt, aars cel.Program
	}
	var ps []prg
	for _, n := range grenser {
		x := prg{n: n}
		for _, s := range []struct {
			uttrykk string
			ut      *cel.Program
		}{{harFylt(n), &x.fylt}, {fyllerIAar(n), &x.aars}} {
			ast, iss := env.Compile(s.uttrykk)
			if iss.Err() != nil {
				t.Fatal(iss.Err())
			}
			if *s.ut, err = env.Program(ast); err != nil {
				t.Fatal(err)
			}
		}
		ps = append(ps, x)
	}
	var datoer []tiltak.Dato
	for _, aar := range []int{2023, 2024, 2025, 2100, 2000} {
		for _, md := range [][2]int{{1, 1}, {2, 27}, {2, 28}, {3, 1}, {12, 31}} {
			datoer = append(datoer, tiltak.MustDato(aar, time.Month(md[0]), md[1]))
		}
		if aar%4 == 0 && aar != 2100 {
			datoer = append(datoer, tiltak.MustDato(aar, 2, 29))
		}
	}
	var p person
	antall := 0
	for _, d := range datoer {
		for _, n := range grenser {
			for dager := -3; dager <= 3; dager++ {
				y := d.Aar() - n
				kandidater := []tiltak.Dato{d.AddYears(-n).AddDays(dager), tiltak.MustDato(y, 2, 28), tiltak.MustDato(y, 3, 1)}
				if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
					kandidater = append(kandidater, tiltak.MustDato(y, 2, 29))
				}
				for _, f := range kandidater {
					fakta := tiltak.Fakta{Fodselsdato: f}
					p.sett(&fakta, d)
					for _, x := range ps {
						v, _, err := x.fylt.Eval(&p)
						if err != nil {
							t.Fatal(err)
						}
						if want := tiltak.Alder(f, d) >= x.n; utfall(v) != fraBool(want) {
							t.Errorf("født %s, på %s: har fylt %d gir %v, tiltak.Alder sier %v", f, d, x.n, v, want)
						}
						v, _, err = x.aars.Eval(&p)
						if err != nil {
							t.Fatal(err)
						}
						if want := tiltak.FyllerIKalenderaaret(f, d, x.n); utfall(v) != fraBool(want) {
							t.Errorf("født %s, på %s: fyller %d i år gir %v, biblioteket sier %v", f, d, x.n, v, want)
						}
						antall++
					}
				}
			}
		}
	}
	if antall < 1000 {
		t.Fatalf("bare %d tilfeller", antall)
	}
}

func fraBool(b bool) regler.Utfall {
	if b {
		return regler.Oppfylt
	}
	return regler.IkkeOppfylt
}

// TestKjor: kommandoen skriver sjekken, forholdstabellen med radene fra
// issue 16 og tabellen med ns/op, og -vis skriver hver regel.
func TestKjor(t *testing.T) {
	var ut, logg bytes.Buffer
	if err := kjor([]string{"-runder", "2", "-tid", "2ms", "-sjekk", "300", "-blandet"}, &ut, &logg); err != nil {
		t.Fatalf("%v\n%s", err, logg.String())
	}
	for _, b := range brokene {
		if !strings.Contains(ut.String(), "| "+b.tekst+" | ") {
			t.Errorf("mangler raden %q:\n%s", b.tekst, ut.String())
		}
	}
	for _, s := range []string{"Check, 28 measures × 300 varied persons", "| case | min ns/op | median ns/op | B/op | allocs/op |", "| " + vurderAlleTil + " | "} {
		if !strings.Contains(ut.String(), s) {
			t.Errorf("mangler %q:\n%s", s, ut.String())
		}
	}
	ut.Reset()
	if err := kjor([]string{"-vis"}, &ut, &logg); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(ut.String(), ":\n  "); got != len(tiltak.Koder()) {
		t.Errorf("-vis skrev %d regler, ventet %d", got, len(tiltak.Koder()))
	}
	for _, a := range [][]string{{"-runder", "0"}, {"-tid", "0s"}, {"-sjekk", "-1"}, {"-ukjent"}} {
		if err := kjor(a, &ut, &logg); err == nil {
			t.Errorf("%v: ingen feil", a)
		}
	}
}

// TestMal: målingen teller allokeringene til operasjonen.
func TestMal(t *testing.T) {
	var s [][]byte
	m := mal(func() { s = append(s[:0], make([]byte, 64)) }, time.Millisecond)
	if m.allokeringer < 0.9 || m.allokeringer > 1.5 || m.ns <= 0 {
		t.Errorf("%+v: ventet omtrent én allokering per operasjon", m)
	}
	if got := median([]float64{3, 1, 2}); got != 2 {
		t.Errorf("median %v", got)
	}
	if got := median([]float64{4, 1, 2, 3}); got != 2.5 {
		t.Errorf("median %v", got)
	}
}
