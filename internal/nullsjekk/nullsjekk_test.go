package nullsjekk

import (
	"testing"
)

// panikk har en metode som får panikk på nullverdien.
type panikk struct{ p *int }

func (x panikk) Les() int { return *x.p }

// TestMetoderMelderPanikk: en metode som får panikk, gjør testen feil.
func TestMetoderMelderPanikk(t *testing.T) {
	var indre testing.T
	if n := Metoder(&indre, new(panikk)); n != 1 {
		t.Errorf("Metoder prøvde %d metoder, vil ha 1", n)
	}
	if !indre.Failed() {
		t.Error("panikken i Les ble ikke meldt")
	}
}

// TestTyper: typene Dekker krever, er de eksporterte typene i ikke-test-
// filene (mappen her har ingen; eksempelfilens Teller er i en testfil og
// telles ikke), og regler har mange.
func TestTyper(t *testing.T) {
	if got := typer(t, "."); len(got) != 0 {
		t.Errorf("typer = %v, vil ha ingen", got)
	}
	if got := typer(t, "../../regler"); len(got) < 30 {
		t.Errorf("typer i regler = %d, vil ha minst 30", len(got))
	}
}
