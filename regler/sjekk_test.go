package regler

import (
	"reflect"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Den raske sjekken i sjekkInndata (verdiene i Endelige mot verdiområdene
// og datoene) godtar de samme faktaene som Fakta.Valider: hvert felt av en
// liten heltallstype prøves med hver verdi, og datoene med år på begge
// sider av grensene og i begge rekkefølger.
func TestSjekkInndataSomValider(t *testing.T) {
	sjekk := func(f *tiltak.Fakta, hva string) {
		t.Helper()
		var e tiltak.Endelige
		f.Endelige(&e)
		rask := endeligeGyldige(&e) && datoerGyldige(f)
		if f.Valider() == nil {
			// lagTilstandE: et endelig faktum er kjent når verdien i
			// Endelige ikke er 0.
			for ft := range tiltak.Faktum(len(e)) {
				if ft.Verdiomrade() > 0 && f.Kjent(ft) != (e[ft] != 0) {
					t.Errorf("%s: %v kjent %v, Endelige %d", hva, ft, f.Kjent(ft), e[ft])
				}
			}
		}
		if rask != (f.Valider() == nil) {
			t.Errorf("%s: rask sjekk %v, Valider %v", hva, rask, f.Valider())
		}
		var e2 tiltak.Endelige
		if err, ventet := sjekkInndata(f, &e2, sep2025, &Valg{}), f.Valider(); (err == nil) != (ventet == nil) || (err != nil && err.Error() != ventet.Error()) {
			t.Errorf("%s: sjekkInndata %v, Valider %v", hva, err, ventet)
		}
	}
	typ := reflect.TypeFor[tiltak.Fakta]()
	antall := 0
	for i := range typ.NumField() {
		felt := typ.Field(i)
		if felt.Type.Kind() != reflect.Uint8 {
			continue
		}
		antall++
		for x := range 256 {
			f := benchFakta
			reflect.ValueOf(&f).Elem().Field(i).SetUint(uint64(x))
			sjekk(&f, felt.Name+"="+string(rune('0'+x%10)))
		}
	}
	if antall < 60 {
		t.Fatalf("bare %d felt av en liten heltallstype", antall)
	}
	for _, fa := range []int{0, 1899, 1900, 1980, 2200, 2201} {
		for _, ra := range []int{0, 1899, 1900, 1979, 1980, 1981, 2200, 2201} {
			f := benchFakta
			f.Fodselsdato, f.RegistrertDato = tiltak.Dato{}, tiltak.Dato{}
			if fa > 0 {
				f.Fodselsdato = d(fa, 6, 15)
			}
			if ra > 0 {
				f.RegistrertDato = d(ra, 6, 15)
			}
			sjekk(&f, "datoer")
		}
	}
}

// Inndatasjekken allokerer ikke når faktaene er gyldige.
func TestSjekkInndataAllokererIkke(t *testing.T) {
	f := benchFakta
	var e tiltak.Endelige
	if n := testing.AllocsPerRun(100, func() { _ = sjekkInndata(&f, &e, sep2025, &Valg{}) }); n != 0 {
		t.Errorf("%v allokeringer", n)
	}
}
