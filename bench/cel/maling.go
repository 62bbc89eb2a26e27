package main

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"time"
)

// tilfelle er én ting som måles: op gjør én operasjon.
type tilfelle struct {
	navn string
	op   func()
}

// maling er resultatet av å måle et tilfelle én gang.
type maling struct {
	ns, allokeringer, bytes float64 // per operasjon
}

// mal kjører op så mange ganger at det tar omtrent varighet, og gir tid,
// allokeringer og bytes per operasjon. Antallet finnes først med korte
// prøvekjøringer.
func mal(op func(), varighet time.Duration) maling {
	n := 1
	for {
		start := time.Now()
		for range n {
			op()
		}
		brukt := time.Since(start)
		if brukt >= varighet/20 || n >= 1<<30 {
			if brukt > 0 {
				n = max(1, int(float64(n)*float64(varighet)/float64(brukt)))
			}
			break
		}
		n *= 4
	}
	var startMinne, sluttMinne runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&startMinne)
	start := time.Now()
	for range n {
		op()
	}
	brukt := time.Since(start)
	runtime.ReadMemStats(&sluttMinne)
	return maling{
		ns:           float64(brukt.Nanoseconds()) / float64(n),
		allokeringer: float64(sluttMinne.Mallocs-startMinne.Mallocs) / float64(n),
		bytes:        float64(sluttMinne.TotalAlloc-startMinne.TotalAlloc) / float64(n),
	}
}

// brok er én rad i forholdstabellen: teller delt på nevner, regnet innen
// hver runde.
type brok struct {
	tekst          string
	teller, nevner string
}

// runder måler tilfellene i runder. Rekkefølgen roteres fra runde til
// runde, så ingen av dem alltid går først eller sist; forholdene regnes
// innen hver runde, der tilfellene har målt i samme tidsrom. Resultatet er
// målingene per tilfelle (i runderekkefølge).
func runder(ts []tilfelle, antall int, varighet time.Duration, logg io.Writer) map[string][]maling {
	ut := make(map[string][]maling, len(ts))
	for r := range antall {
		for i := range ts {
			t := ts[(i+r)%len(ts)]
			ut[t.navn] = append(ut[t.navn], mal(t.op, varighet))
		}
		if logg != nil {
			fmt.Fprintf(logg, "runde %d av %d ferdig\n", r+1, antall)
		}
	}
	return ut
}

// median gir medianen (snittet av de to midterste ved et partall).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// skrivTabeller skriver forholdstabellen (median, minste og største
// forhold over rundene, og forholdet mellom de raskeste målingene, som er
// minst påvirket av annen last på maskinen) og tabellen med min/median
// ns/op, B/op og allokeringer per op.
func skrivTabeller(w io.Writer, ts []tilfelle, m map[string][]maling, broker []brok) {
	fmt.Fprintf(w, "| ratio (within each of %d rounds) | median | min | max | min ns/op ÷ min ns/op |\n|---|---:|---:|---:|---:|\n", len(m[ts[0].navn]))
	for _, b := range broker {
		t, n := m[b.teller], m[b.nevner]
		var f, tmin, nmin []float64
		for i := range t {
			f = append(f, t[i].ns/n[i].ns)
			tmin, nmin = append(tmin, t[i].ns), append(nmin, n[i].ns)
		}
		fmt.Fprintf(w, "| %s | %.2f× | %.2f× | %.2f× | %.2f× |\n", b.tekst, median(f), slices.Min(f), slices.Max(f), slices.Min(tmin)/slices.Min(nmin))
	}
	fmt.Fprintf(w, "\n| case | min ns/op | median ns/op | B/op | allocs/op |\n|---|---:|---:|---:|---:|\n")
	for _, t := range ts {
		var ns, b, a []float64
		for _, x := range m[t.navn] {
			ns, b, a = append(ns, x.ns), append(b, x.bytes), append(a, x.allokeringer)
		}
		fmt.Fprintf(w, "| %s | %.0f | %.0f | %.0f | %.1f |\n", t.navn, slices.Min(ns), median(ns), median(b), median(a))
	}
}
