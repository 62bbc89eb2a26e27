// Kommandoen bench/cel sammenligner personkretsreglene i tiltaksregler med
// de samme reglene skrevet som CEL-uttrykk (cel.dev/cel-go), i samme
// binærfil og i vekslende runder. Den sjekker først at CEL-reglene gir
// samme utfall som biblioteket for mange varierte personer, og skriver så
// forholdstabellen (median av rundene) og min/median ns/op med
// allokeringer.
//
//	go run . -runder 12 -tid 200ms
//	go run . -vis            # skriv CEL-reglene
//
// Se README.md.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types/ref"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func main() {
	if err := kjor(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bench/cel:", err)
		os.Exit(1)
	}
}

// oppsett er de kompilerte CEL-programmene.
type oppsett struct {
	regler []celRegel
	uten   []program // uten spor (cel.OptOptimize)
	spor   []program // med spor (cel.OptOptimize | cel.OptTrackState)
}

// nyttOppsett skriver, sjekker og kompilerer CEL-reglene.
func nyttOppsett() (*oppsett, error) {
	rs := personkrets()
	if err := sjekkKatalog(rs); err != nil {
		return nil, err
	}
	if err := sjekkOrdlister(); err != nil {
		return nil, err
	}
	env, err := nyttMiljo()
	if err != nil {
		return nil, err
	}
	o := &oppsett{regler: rs}
	if o.uten, err = kompiler(env, rs, cel.OptOptimize); err != nil {
		return nil, err
	}
	if o.spor, err = kompiler(env, rs, cel.OptOptimize, cel.OptTrackState); err != nil {
		return nil, err
	}
	return o, nil
}

// Avvik er et tiltak der CEL-reglene og biblioteket gir ulikt utfall.
type Avvik struct {
	Tiltak  tiltak.Kode
	Dato    tiltak.Dato
	Fakta   tiltak.Fakta
	CEL     regler.Utfall
	Regler  regler.Utfall
	Uttrykk string
}

// Error gir avviket som en feilmelding med tiltaket, datoen og begge utfallene.
func (a *Avvik) Error() string {
	return fmt.Sprintf("%s på %s: CEL gir %v, biblioteket %v", a.Tiltak, a.Dato, a.CEL, a.Regler)
}

// sammenlign vurderer hver person på datoen med CEL-programmene og med
// regler.VurderAlleTil, og gir det første avviket, eller hvor mange utfall
// av hver sort CEL ga per tiltak når alle er like. Treverdig (v er
// treverdig) må hvert utfall være likt; toverdig (v er toverdig) må CEL gi
// samme svar der biblioteket svarer oppfylt eller ikke oppfylt, og der
// biblioteket svarer må vurderes, gir CEL ja eller nei.
func sammenlign(ps []program, rs []celRegel, v *verdier, personer []tiltak.Fakta, dato tiltak.Dato) (map[tiltak.Kode][4]int, error) {
	var buf regler.Buffer
	p := person{v: v}
	telling := map[tiltak.Kode][4]int{}
	for i := range personer {
		f := &personer[i]
		res, err := regler.VurderAlleTil(&buf, f, dato, regler.Valg{})
		if err != nil {
			return nil, fmt.Errorf("person %d: %w", i, err)
		}
		p.sett(f, dato)
		for j, prg := range ps {
			val, _, err := prg.prg.Eval(&p)
			if err != nil {
				return nil, fmt.Errorf("person %d, %s: %w", i, prg.kode, err)
			}
			u := utfall(val)
			likt := u == res[j].Utfall
			if v == toverdig && res[j].Utfall == regler.MaVurderes {
				likt = u == regler.Oppfylt || u == regler.IkkeOppfylt
			}
			if res[j].Tiltak != prg.kode || !likt {
				return nil, &Avvik{Tiltak: prg.kode, Dato: dato, Fakta: *f, CEL: u, Regler: res[j].Utfall, Uttrykk: rs[j].uttrykk}
			}
			t := telling[prg.kode]
			t[u]++
			telling[prg.kode] = t
		}
	}
	return telling, nil
}

// sjekkDatoer gir datoene sammenligningen bruker: regeldatoen og endene av
// tidsrommet reglene gjelder i.
func sjekkDatoer() ([]tiltak.Dato, error) {
	fra, til, err := gyldighet()
	if err != nil {
		return nil, err
	}
	ds := []tiltak.Dato{fra, regeldato}
	if !til.IsZero() {
		ds = append(ds, til)
	}
	return ds, nil
}

// sink holder resultatene så kompilatoren ikke fjerner kallene.
var sink struct {
	v ref.Val
	r []regler.Resultat
	u regler.Utfall
}

// tilfeller gir det som måles. Med blandet går hver operasjon til neste
// person i personer; ellers vurderes benchFakta hver gang.
func (o *oppsett) tilfeller(personer []tiltak.Fakta, dato tiltak.Dato) []tilfelle {
	en := -1
	for i, p := range o.uten {
		if p.kode == tiltak.MidlertidigLonnstilskudd {
			en = i
		}
	}
	neste := func() func() *tiltak.Fakta {
		i := 0
		return func() *tiltak.Fakta {
			f := &personer[i]
			i++
			if i == len(personer) {
				i = 0
			}
			return f
		}
	}
	alle := func(ps []program, v *verdier) func() {
		p, n := &person{v: v}, neste()
		return func() {
			p.sett(n(), dato)
			for _, prg := range ps {
				sink.v, _, _ = prg.prg.Eval(p)
			}
		}
	}
	ett := func(v *verdier) func() {
		p, n := &person{v: v}, neste()
		return func() {
			p.sett(n(), dato)
			sink.v, _, _ = o.uten[en].prg.Eval(p)
		}
	}
	var buf regler.Buffer
	nV, nVT, nVA := neste(), neste(), neste()
	return []tilfelle{
		{celAlle2, alle(o.uten, toverdig)},
		{celSpor2, alle(o.spor, toverdig)},
		{celEn2, ett(toverdig)},
		{celAlle3, alle(o.uten, treverdig)},
		{celSpor3, alle(o.spor, treverdig)},
		{celEn3, ett(treverdig)},
		{vurder, func() {
			r, _ := regler.Vurder(tiltak.MidlertidigLonnstilskudd, nV(), dato)
			sink.u = r.Utfall
		}},
		{vurderAlleTil, func() {
			sink.r, _ = regler.VurderAlleTil(&buf, nVT(), dato, regler.Valg{})
		}},
		{vurderAlle, func() {
			sink.r, _ = regler.VurderAlle(nVA(), dato)
		}},
	}
}

// Navnene på tilfellene.
const (
	celAlle2      = "CEL two-valued, all measures, no trace"
	celSpor2      = "CEL two-valued, all measures, OptTrackState"
	celEn2        = "CEL two-valued, one program (midlertidig-lonnstilskudd)"
	celAlle3      = "CEL three-valued, all measures, no trace"
	celSpor3      = "CEL three-valued, all measures, OptTrackState"
	celEn3        = "CEL three-valued, one program (midlertidig-lonnstilskudd)"
	vurder        = "regler.Vurder (midlertidig-lonnstilskudd)"
	vurderAlleTil = "regler.VurderAlleTil (reused Buffer)"
	vurderAlle    = "regler.VurderAlle"
)

// brokene er radene i forholdstabellen: de samme som i issue 16, for CEL
// toverdig og treverdig.
var brokene = []brok{
	{"CEL all measures, no trace / `VurderAlleTil` — two-valued CEL", celAlle2, vurderAlleTil},
	{"CEL all measures, no trace / `VurderAlleTil` — three-valued CEL", celAlle3, vurderAlleTil},
	{"CEL all measures with `OptTrackState` / `VurderAlleTil` — two-valued CEL", celSpor2, vurderAlleTil},
	{"CEL all measures with `OptTrackState` / `VurderAlleTil` — three-valued CEL", celSpor3, vurderAlleTil},
	{"one CEL program / `Vurder` one measure — two-valued CEL", celEn2, vurder},
	{"one CEL program / `Vurder` one measure — three-valued CEL", celEn3, vurder},
	{"`VurderAlle` / `VurderAlleTil`", vurderAlle, vurderAlleTil},
}

// celVersjon gir versjonen av cel.dev/cel-go i binærfilen.
func celVersjon() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "cel.dev/cel-go" {
				return d.Version
			}
		}
	}
	return "ukjent"
}

func kjor(args []string, ut, logg io.Writer) error {
	fs := flag.NewFlagSet("bench/cel", flag.ContinueOnError)
	fs.SetOutput(logg)
	antallRunder := fs.Int("runder", 12, "antall vekslende runder (minst 1)")
	tid := fs.Duration("tid", 200*time.Millisecond, "omtrent hvor lenge hvert tilfelle måles i hver runde")
	blandet := fs.Bool("blandet", false, "vurder varierte personer i stedet for bare benchmark-personen fra regler/ytelse_test.go")
	antallSjekk := fs.Int("sjekk", 20000, "antall varierte personer per dato i sammenligningen før målingene (0: hopp over)")
	vis := fs.Bool("vis", false, "skriv CEL-reglene og avslutt")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *antallRunder < 1 || *tid <= 0 || *antallSjekk < 0 {
		return fmt.Errorf("-runder må være minst 1, -tid over 0 og -sjekk ikke negativ")
	}
	o, err := nyttOppsett()
	if err != nil {
		return err
	}
	if *vis {
		for _, r := range o.regler {
			fmt.Fprintf(ut, "%s:\n  %s\n\n", r.kode, r.uttrykk)
		}
		return nil
	}
	fra, til, err := gyldighet()
	if err != nil {
		return err
	}
	if *antallSjekk > 0 {
		ds, err := sjekkDatoer()
		if err != nil {
			return err
		}
		for i, d := range ds {
			personer := lagPersoner(*antallSjekk, uint64(i+1), d)
			for _, v := range []*verdier{treverdig, toverdig} {
				if _, err := sammenlign(o.uten, o.regler, v, personer, d); err != nil {
					return fmt.Errorf("CEL-reglene gir ikke samme utfall som biblioteket: %w", err)
				}
				if _, err := sammenlign(o.spor, o.regler, v, personer[:len(personer)/10+1], d); err != nil {
					return fmt.Errorf("CEL-reglene med spor gir ikke samme utfall som biblioteket: %w", err)
				}
			}
		}
		fmt.Fprintf(ut, "Check, %d measures × %d varied persons on each of %v: three-valued CEL gives the library's outcome (oppfylt / ikke oppfylt / må vurderes) every time; two-valued CEL gives it wherever the library answers oppfylt or ikke oppfylt.\n\n",
			len(o.regler), *antallSjekk, ds)
	}
	personer := []tiltak.Fakta{benchFakta}
	hvem := "the benchmark person of regler/ytelse_test.go"
	if *blandet {
		personer = lagPersoner(1024, 42, regeldato)
		hvem = "1024 varied persons in turn"
	}
	fmt.Fprintf(ut, "Date %s (CEL rules valid %s–%s), %s; %s, GOOS/GOARCH %s/%s, GOMAXPROCS %d, NumCPU %d; cel.dev/cel-go %s; %d rounds of %v per case, order rotated each round.\n\n",
		regeldato, fra, til, hvem, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.NumCPU(), celVersjon(), *antallRunder, *tid)
	ts := o.tilfeller(personer, regeldato)
	m := runder(ts, *antallRunder, *tid, logg)
	skrivTabeller(ut, ts, m, brokene)
	return nil
}
