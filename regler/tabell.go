package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Vilkår som slås opp i en tabell.
//
// De fleste vilkårene leser bare fakta med et endelig verdiområde: ja/nei-
// fakta og oppramsingene (arbeidsevne, innsatsgruppe …). Utfallet og
// faktaene som mangler er da en funksjon av noen få små tall, så init
// vurderer hvert slikt vilkår én gang for hver kombinasjon av verdier og
// lagrer sporpunktets tilstand i en tabell. En vurdering slår opp
// kombinasjonen i tiltak.Endelige i stedet for å kalle vilkåret. Vilkår som
// leser datoer (alder), tiltakssett, sluttdatoen eller valgene kalles som
// før.
//
// Bare vilkår merket datofri får en tabell: funksjonen deres tar ikke
// imot datoen (parameteren er _, noe TestDatofriVilkarLeserIkkeDatoen
// sjekker i kildeteksten), så utfallet er det samme på alle datoer.
// TestTabellSomVilkaret sammenligner i tillegg hver tabell med vilkåret for
// hver kombinasjon på en rekke datoer.

// maksTabell er det største antallet verdikombinasjoner et vilkår slås opp
// for; et vilkår med flere kombinasjoner kalles. 4·3^6 dekker det
// tiltaksforskriften § 1-8 leser: arbeidsevne (fire verdier) og seks
// ja/nei-fakta.
const maksTabell = 2916

// tabuler lager tabellen for vilkåret når det bare leser endelige fakta.
// Kalles én gang i init, etter kobleTil.
func (v *Vilkar) tabuler() {
	if !v.datofri || v.sluttdato || v.medValg != nil || v.vurder == nil || len(v.lesListe) > maksLeser {
		return
	}
	n := 1
	domener := make([]uint8, len(v.lesListe))
	for j, ft := range v.lesListe {
		d := ft.Verdiomrade()
		if d == 0 {
			return
		}
		domener[j] = uint8(d)
		n *= d
		if n > maksTabell {
			return
		}
	}
	dato := tabellDato(v)
	tab := make([]uint64, n)
	for i := range tab {
		var f tiltak.Fakta
		x := i
		for j := len(v.lesListe) - 1; j >= 0; j-- {
			d := int(domener[j])
			if err := f.SettEndelig(v.lesListe[j], uint8(x%d)); err != nil {
				panic("regler: tabell for " + v.id + ": " + err.Error())
			}
			x /= d
		}
		tab[i] = v.lagTilstand(v.vurder(&f, dato), &f)
	}
	v.tabell, v.domener = tab, domener
	v.tabledd = make([]tabelledd, len(domener))
	skritt := 1
	for j := len(domener) - 1; j >= 0; j-- {
		v.tabledd[j] = tabelledd{ft: v.lesListe[j], d: domener[j], skritt: uint16(skritt)}
		skritt *= int(domener[j])
	}
}

// tabelledd er ett faktum i et tabelloppslag: faktumet, verdiområdet og
// skrittet (produktet av verdiområdene til faktaene etter det).
type tabelledd struct {
	ft     tiltak.Faktum
	d      uint8
	skritt uint16
}

// tabellDato er datoen tabellen lages for: første dag i vilkårets versjon,
// eller forskriftens første dag når vilkåret ikke har noen.
func tabellDato(v *Vilkar) tiltak.Dato {
	if v.versjon != nil && !v.versjon.fra.IsZero() {
		return v.versjon.fra
	}
	return tfIKraft
}

// slaOpp gir tilstanden for verdiene i e fra tabellen. ok er usann når en
// verdi er utenfor faktumets område (fakta som ikke er validert); da må
// vilkåret kalles.
func (v *Vilkar) slaOpp(e *tiltak.Endelige) (t uint64, ok bool) {
	// Hvert ledd ganges ut for seg (ikke i = i·d + x), så
	// multiplikasjonene ikke venter på hverandre.
	i := 0
	for _, l := range v.tabledd {
		x := e[l.ft]
		if x >= l.d {
			return 0, false
		}
		i += int(x) * int(l.skritt)
	}
	return v.tabell[i], true
}
