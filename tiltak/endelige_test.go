package tiltak

import (
	"errors"
	"reflect"
	"testing"
)

// TestEndelige går gjennom hvert felt i Fakta med refleksjon: et felt av en
// uint8-type (Svar og oppramsingene) har et endelig verdiområde som er det
// samme som Valider godtar, Endelige leser feltet og SettEndelig setter det;
// andre felt har ikke noe verdiområde. Et nytt felt som ikke er med i
// Endelige, får testen til å feile.
func TestEndelige(t *testing.T) {
	typ := reflect.TypeFor[Fakta]()
	endelige := 0
	for i := range typ.NumField() {
		ft := Faktum(i + 1)
		felt := typ.Field(i)
		n := ft.Verdiomrade()
		if felt.Type.Kind() != reflect.Uint8 {
			var f Fakta
			if n != 0 || !errors.Is(f.SettEndelig(ft, 0), ErrUgyldigFaktum) {
				t.Errorf("%s (%s): verdiområde %d, skal ikke være endelig", ft, felt.Name, n)
			}
			continue
		}
		endelige++
		if n < 2 {
			t.Errorf("%s: verdiområde %d", ft, n)
			continue
		}
		for v := range n + 1 {
			var f Fakta
			err := f.SettEndelig(ft, uint8(v))
			if v == n {
				// Utenfor området: SettEndelig avviser, og Valider avviser
				// den samme verdien satt direkte.
				var ff *FeltFeil
				if !errors.As(err, &ff) || ff.Felt != ft.String() || !errors.Is(err, ErrUgyldigFaktum) {
					t.Errorf("%s = %d: feil %v", ft, v, err)
				}
				reflect.ValueOf(&f).Elem().Field(i).SetUint(uint64(v))
				if f.Valider() == nil {
					t.Errorf("%s = %d: Valider godtar en verdi utenfor verdiområdet", ft, v)
				}
				continue
			}
			if err != nil || reflect.ValueOf(f).Field(i).Uint() != uint64(v) || f.Valider() != nil {
				t.Errorf("%s = %d: SettEndelig %v, felt %d", ft, v, err, reflect.ValueOf(f).Field(i).Uint())
			}
			e := Endelige{1, 2, 3} // gammelt innhold skal bort
			f.Endelige(&e)
			for j := range e {
				vil := uint8(0)
				if Faktum(j) == ft {
					vil = uint8(v)
				}
				if e[j] != vil {
					t.Errorf("%s = %d: Endelige[%d] = %d, vil ha %d", ft, v, j, e[j], vil)
				}
			}
		}
	}
	if endelige < 60 {
		t.Errorf("bare %d endelige fakta; testen finner ikke feltene", endelige)
	}
	var f Fakta
	if !errors.Is(f.SettEndelig(0, 0), ErrUgyldigFaktum) || Faktum(0).Verdiomrade() != 0 || Faktum(250).Verdiomrade() != 0 {
		t.Error("et ugyldig faktum skal ikke ha verdiområde")
	}
}

func BenchmarkEndelige(b *testing.B) {
	f := Fakta{Arbeidsevne: NedsattArbeidsevne, Samtykke: Ja, Arbeidstaker: Nei}
	var e Endelige
	b.ReportAllocs()
	for b.Loop() {
		f.Endelige(&e)
	}
}

// Faktasett skrives som en liste av JSON-navn i feltrekkefølge.
func TestFaktasettString(t *testing.T) {
	for _, r := range []struct {
		s   Faktasett
		vil string
	}{
		{Faktasett{}, "[]"},
		{FaktasettAv(FaktumArbeidsevne), "[arbeidsevne]"},
		{FaktasettAv(FaktumSamtykke, FaktumFodselsdato), "[fodselsdato samtykke]"},
	} {
		if got := r.s.String(); got != r.vil {
			t.Errorf("%q, vil ha %q", got, r.vil)
		}
	}
}
