package main

import (
	"math/rand/v2"
	"reflect"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// benchFakta er personen regler sine egne ytelsestester bruker
// (regler/ytelse_test.go), så tallene kan sammenlignes med dem.
var benchFakta = tiltak.Fakta{
	Fodselsdato: tiltak.MustDato(1995, 4, 12), Arbeidsevne: tiltak.NedsattArbeidsevne, Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne,
	BehovOmfattendeBistand: tiltak.Ja, LiteArbeidserfaring: tiltak.Ja, NodvendigOgHensiktsmessig: tiltak.Ja,
	DeltarI: sett(tiltak.Arbeidstrening),
}

// sett gir settet med kodene, som alle er fra katalogen.
func sett(koder ...tiltak.Kode) tiltak.Tiltakssett {
	s, err := tiltak.NyttTiltakssett(koder...)
	if err != nil {
		panic(err)
	}
	return s
}

// svarFelt er indeksene til alle felt av typen tiltak.Svar i tiltak.Fakta.
var svarFelt = func() []int {
	var ut []int
	t := reflect.TypeFor[tiltak.Fakta]()
	for i := range t.NumField() {
		if t.Field(i).Type == reflect.TypeFor[tiltak.Svar]() {
			ut = append(ut, i)
		}
	}
	return ut
}()

// lagPersoner gir n varierte, gyldige personer, de samme for samme frø:
// hvert ja/nei-faktum er ja, nei eller ukjent (noen personer svarer nesten
// bare ja, så også oppfylt forekommer), arbeidsevne og uføretrygd kan være
// ukjent, fødselsdatoene ligger tett rundt aldersgrensene 16, 19, 22 og 30
// år på datoen (også 29. februar og årsskiftet), og deltakelsen i andre
// tiltak kan være ukjent, tom eller noen tiltak.
func lagPersoner(n int, fro uint64, dato tiltak.Dato) []tiltak.Fakta {
	r := rand.New(rand.NewPCG(fro, 0x7e1))
	koder := tiltak.Koder()
	ut := make([]tiltak.Fakta, n)
	for i := range ut {
		f := &ut[i]
		pJa, pNei := 0.45, 0.35
		if r.IntN(3) == 0 {
			pJa, pNei = 0.92, 0.04
		}
		v := reflect.ValueOf(f).Elem()
		for _, fi := range svarFelt {
			s := tiltak.Ukjent
			switch x := r.Float64(); {
			case x < pJa:
				s = tiltak.Ja
			case x < pJa+pNei:
				s = tiltak.Nei
			}
			v.Field(fi).SetUint(uint64(s))
		}
		f.Arbeidsevne = tiltak.Arbeidsevne(r.IntN(4))
		f.Uforetrygd = tiltak.Uforetrygd(r.IntN(5))
		f.Innsatsgruppe = tiltak.Innsatsgruppe(r.IntN(6))
		f.Fodselsdato = fodselsdato(r, dato)
		switch r.IntN(4) {
		case 0: // ukjent
		case 1:
			f.DeltarI = tiltak.TomtTiltakssett()
		default:
			var ks []tiltak.Kode
			for range 1 + r.IntN(3) {
				ks = append(ks, koder[r.IntN(len(koder))])
			}
			f.DeltarI = sett(ks...)
		}
	}
	return ut
}

// fodselsdato gir en ukjent dato, en dato rundt en aldersgrense på datoen,
// 29. februar, 1. januar eller 31. desember, eller en tilfeldig dato.
func fodselsdato(r *rand.Rand, dato tiltak.Dato) tiltak.Dato {
	switch r.IntN(10) {
	case 0:
		return tiltak.Dato{}
	case 1, 2, 3, 4:
		grenser := [...]int{16, 19, 22, 30}
		return dato.AddYears(-grenser[r.IntN(len(grenser))]).AddDays(r.IntN(5) - 2)
	case 5:
		aar := 1992 + 4*r.IntN(5) // skuddår
		return tiltak.MustDato(aar, 2, 29)
	case 6:
		aar := dato.Aar() - 15 - r.IntN(17)
		if r.IntN(2) == 0 {
			return tiltak.MustDato(aar, 1, 1)
		}
		return tiltak.MustDato(aar, 12, 31)
	}
	return tiltak.MustDato(1940+r.IntN(73), 1, 1).AddDays(r.IntN(365))
}
