package tiltak

import (
	"reflect"
	"strings"
	"testing"
)

// TestFaktumTabellen: Fakta, faktumtabellen og Kjente følger hverandre:
// felt nummer i i Fakta har faktum nummer i+1 med samme JSON-navn, og å
// sette feltet gjør nettopp det faktumet kjent (også i et Faktasett, som er
// stort nok for alle faktaene).
func TestFaktumTabellen(t *testing.T) {
	typ := reflect.TypeOf(Fakta{})
	if typ.NumField() != len(fakta)-1 {
		t.Fatalf("Fakta har %d felt, faktumtabellen %d", typ.NumField(), len(fakta)-1)
	}
	if int(faktumSlutt) != len(fakta) || antallOrd*64 < int(faktumSlutt) {
		t.Fatalf("faktumSlutt %d, tabell %d, ord %d", faktumSlutt, len(fakta), antallOrd)
	}
	for i := 0; i < typ.NumField(); i++ {
		felt := typ.Field(i)
		ft := Faktum(i + 1)
		navn, _, _ := strings.Cut(felt.Tag.Get("json"), ",")
		if navn != ft.String() {
			t.Errorf("felt %s: JSON-navn %q, faktum %d heter %q", felt.Name, navn, ft, ft.String())
		}
		var f Fakta
		v := reflect.ValueOf(&f).Elem().Field(i)
		switch v.Interface().(type) {
		case Svar:
			v.Set(reflect.ValueOf(Nei))
		case Dato:
			v.Set(reflect.ValueOf(MustDato(2000, 1, 1)))
		case Tiltakssett:
			v.Set(reflect.ValueOf(settAv()))
		default:
			v.SetUint(1)
		}
		if got, want := f.Kjente(), FaktasettAv(ft); got != want {
			t.Errorf("felt %s satt: Kjente() = %v, ventet bare %s", felt.Name, got.Liste(), ft)
		}
		if !f.Kjent(ft) || f.Verdi(ft) == "ukjent" {
			t.Errorf("felt %s satt: Kjent/Verdi ser det ikke", felt.Name)
		}
	}
	var alle Faktasett
	for _, ft := range AlleFakta() {
		alle = alle.Med(ft)
	}
	if alle.Antall() != len(fakta)-1 || len(alle.Liste()) != len(fakta)-1 {
		t.Errorf("settet av alle fakta har %d, ventet %d", alle.Antall(), len(fakta)-1)
	}
	if (Faktasett{}).Med(0).Med(faktumSlutt) != (Faktasett{}) || alle.Har(0) || alle.Har(faktumSlutt) {
		t.Error("ugyldige fakta skal verken legges til eller finnes")
	}
	if alle.Uten(alle).Tom() != true || alle.Snitt(FaktasettAv(FaktumSamtykke)) != FaktasettAv(FaktumSamtykke) {
		t.Error("Uten/Snitt feil")
	}
}
