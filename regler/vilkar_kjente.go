package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// EvaluerKjente er Evaluer for den som alt har regnet ut kjente =
// f.Kjente(), for eksempel fordi mange vilkår vurderes mot de samme
// faktaene: settet regnes da ut én gang, ikke én gang per vilkår. Svaret er
// det samme som Evaluer(f, dato) gir når kjente er f.Kjente(); et annet sett
// gir feil liste over manglende fakta. En nil f betyr at alle fakta er
// ukjente (kjente blir da ikke lest). Den allokerer ikke.
func (v *Vilkar) EvaluerKjente(f *tiltak.Fakta, kjente tiltak.Faktasett, dato tiltak.Dato) Sporpunkt {
	if f == nil {
		f, kjente = &ingenFakta, tiltak.Faktasett{}
	}
	var p Sporpunkt
	v.evaluerTil(&p, f, kjente, dato, &Valg{})
	return p
}
