package varighet

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// d tolker en ISO-dato i en test; den feiler testen ved en ugyldig dato.
func d(s string) tiltak.Dato {
	v, err := tiltak.ParseDato(s)
	if err != nil {
		panic(err)
	}
	return v
}

func p(fra, til string) tiltak.Periode { return tiltak.Periode{Fra: d(fra), Til: d(til)} }

var (
	nedsatt     = tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	ikkeNedsatt = tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne}
)

func med(f tiltak.Fakta, endre func(*tiltak.Fakta)) tiltak.Fakta {
	endre(&f)
	return f
}

func mustMaksimum(t *testing.T, kode tiltak.Kode, f tiltak.Fakta, start string, tidligere ...tiltak.Periode) Resultat {
	t.Helper()
	r, err := Maksimum(kode, &f, d(start), tidligere...)
	if err != nil {
		t.Fatalf("Maksimum(%s, %s): %v", kode, start, err)
	}
	return r
}

// settAv gir settet med kodene (bare kjente koder i testene).
func settAv(koder ...tiltak.Kode) tiltak.Tiltakssett {
	s, err := tiltak.NyttTiltakssett(koder...)
	if err != nil {
		panic(err)
	}
	return s
}
