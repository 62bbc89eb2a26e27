package varighet

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func zzSpor(p regler.Sporpunkt) string {
	id := ""
	if p.Vilkar != nil {
		id = p.Vilkar.ID()
	}
	return fmt.Sprint(id, p.Utfall(), p.Mangler().Liste(), p.ManglerSluttdato(), p.Erstattet())
}

func zzRes(r Resultat, err error) string {
	b, jerr := json.Marshal(r)
	s := fmt.Sprint(string(b), jerr, err, r.Forlengelser == nil, r.Tak == nil, r.Praksis == nil)
	for _, u := range r.Forlengelser {
		s += zzSpor(u.Spor) + fmt.Sprint(u.Forlengelse.Vilkar == nil)
	}
	for _, u := range r.Tak {
		s += zzSpor(u.Spor)
	}
	if err != nil {
		s += fmt.Sprintf("%T %v %v %v", err, err, errors.Is(err, ErrIkkeModellert), errors.Is(err, tiltak.ErrUgyldigDato))
	}
	return s
}

func TestZZGolden(t *testing.T) {
	out := os.Getenv("GOLDEN_OUT")
	if out == "" {
		t.Skip()
	}
	fh, _ := os.Create(out)
	defer fh.Close()
	w := bufio.NewWriter(fh)
	defer w.Flush()
	koder := append(tiltak.Koder(), "ukjent")
	start0 := tiltak.MustDato(2014, 6, 1)
	tidl := [][]tiltak.Periode{nil, {p("2015-12-01", "2016-01-31")}, {p("2020-01-01", "2022-12-30"), p("2021-06-01", "2024-03-10")}}
	for di := 0; di < 7300; di += 3 {
		start := start0.AddDays(di)
		for _, k := range koder {
			h := sha256.New()
			for fi := 0; fi < 8; fi++ {
				var f *tiltak.Fakta
				if fi > 0 {
					ff := fuzzFakta(uint64(fi)*0x9E3779B97F4A7C15 ^ uint64(di)*0x2545F4914F6CDD1D)
					if fi == 1 {
						ff = tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: tiltak.MustDato(2000, 1, 1)}
					}
					f = &ff
				}
				for ti, tl := range tidl {
					r, err := Maksimum(k, f, start, tl...)
					fmt.Fprintln(h, "M", fi, ti, zzRes(r, err))
					var slutt tiltak.Dato
					if fi%2 == 0 {
						slutt = r.SenesteMulig.AddDays(fi - 4)
					} else {
						slutt = start.AddDays(di%900 + fi*30)
					}
					if slutt.IsZero() {
						slutt = start.AddDays(400)
					}
					errs := Kontroller(k, f, tiltak.Periode{Fra: start, Til: slutt}, tl)
					for _, e := range errs {
						jb, je := json.Marshal(e)
						fmt.Fprintf(h, "K %T %v %s %v %v %v %v\n", e, e, jb, je, errors.Is(e, ErrForLang), errors.Is(e, ErrMaVurderes), errors.Is(e, ErrIkkeModellert))
						if b, ok := e.(*Brudd); ok {
							for _, a := range b.Apne {
								fmt.Fprintln(h, zzSpor(a))
							}
						}
					}
					if ti == 0 {
						fr, err := Frister(k, f, tiltak.Periode{Fra: start, Til: slutt})
						fmt.Fprintf(h, "F %#v %v\n", fr, err)
					}
				}
			}
			fmt.Fprintf(w, "%s %s %x\n", start, k, h.Sum(nil)[:8])
		}
	}
}
