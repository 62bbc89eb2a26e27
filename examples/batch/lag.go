package main

import (
	"encoding/json"
	"io"
	"math/rand/v2"
	"reflect"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// linje er én person slik -lag skriver den: en sak med id, dato og fakta.
type linje struct {
	ID    string       `json:"id"`
	Dato  tiltak.Dato  `json:"dato"`
	Fakta tiltak.Fakta `json:"fakta"`
}

// svarFelt er indeksene til alle felt av typen tiltak.Svar i tiltak.Fakta,
// så generatoren dekker også fakta som legges til senere.
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

// lagPerson gir person nr i (fra 1) av en deterministisk rekke: hvert
// ja/nei-faktum er ja, nei eller ukjent (hver tredje person svarer nesten
// bare ja, så også oppfylt forekommer), arbeidsevne, innsatsgruppe,
// uføretrygd og stillingstype kan være ukjent, fødselsdatoen ligger mellom
// 1950 og 2012 (av og til ukjent), registreringsdatoen etter fylte 16 år
// og ikke etter datoen, og deltakelsen i andre tiltak er ukjent, tom eller
// ett til tre tiltak. Faktaene er alltid gyldige (Fakta.Valider).
func lagPerson(r *rand.Rand, i int, dato tiltak.Dato, koder []tiltak.Kode) linje {
	l := linje{ID: "p" + strconv.Itoa(i), Dato: dato}
	f := &l.Fakta
	pJa, pNei := 0.35, 0.3
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
	f.Innsatsgruppe = tiltak.Innsatsgruppe(r.IntN(6))
	f.Uforetrygd = tiltak.Uforetrygd(r.IntN(5))
	f.Stillingstype = tiltak.Stillingstype(r.IntN(3))
	if r.IntN(10) > 0 {
		f.Fodselsdato = tiltak.MustDato(1950, 1, 1).AddDays(r.IntN(62 * 365))
		if seksten := f.Fodselsdato.AddYears(16); r.IntN(2) == 0 && !seksten.After(dato) {
			f.RegistrertDato = seksten.AddDays(r.IntN(seksten.DagerTil(dato) + 1))
		}
	}
	switch r.IntN(4) {
	case 0: // ukjent
	case 1:
		f.DeltarI = tiltak.TomtTiltakssett()
	default:
		ks := make([]tiltak.Kode, 1+r.IntN(3))
		for j := range ks {
			ks[j] = koder[r.IntN(len(koder))]
		}
		// Kodene kommer fra katalogen, så settet har ingen ukjente koder.
		sett, err := tiltak.NyttTiltakssett(ks...)
		if err != nil {
			panic(err)
		}
		f.DeltarI = sett
	}
	return l
}

// lagPersoner skriver n personer som JSON-linjer: de samme for samme frø
// og dato.
func lagPersoner(w io.Writer, n int, fro uint64, dato tiltak.Dato) error {
	r := rand.New(rand.NewPCG(fro, 0xba7c4))
	koder := tiltak.Koder()
	enc := json.NewEncoder(w)
	for i := 1; i <= n; i++ {
		if err := enc.Encode(lagPerson(r, i, dato, koder)); err != nil {
			return err
		}
	}
	return nil
}
