package regler

import (
	"slices"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hjelpere lovlaget bygger vilkårene med. De er rene funksjoner av faktaene
// og datoen; et ukjent faktum gir må vurderes, aldri ikke oppfylt.

// fakta er en kort form for tiltak.FaktasettAv.
func fakta(ft ...tiltak.Faktum) tiltak.Faktasett { return tiltak.FaktasettAv(ft...) }

// koder er en kort form for en liste av tiltakskoder.
func koder(k ...tiltak.Kode) []tiltak.Kode { return k }

// harFylt: personen har fylt n år på datoen (ukjent fødselsdato: må vurderes).
func harFylt(f *tiltak.Fakta, d tiltak.Dato, n int) Utfall {
	if f.Fodselsdato.IsZero() {
		return MaVurderes
	}
	if tiltak.Alder(f.Fodselsdato, d) >= n {
		return Oppfylt
	}
	return IkkeOppfylt
}

// ikkeFylt: personen har ikke fylt n år på datoen.
func ikkeFylt(f *tiltak.Fakta, d tiltak.Dato, n int) Utfall {
	if f.Fodselsdato.IsZero() {
		return MaVurderes
	}
	if tiltak.Alder(f.Fodselsdato, d) >= n {
		return IkkeOppfylt
	}
	return Oppfylt
}

// fyllerIAar: personen fyller n år eller mer i kalenderåret datoen ligger i.
func fyllerIAar(f *tiltak.Fakta, d tiltak.Dato, n int) Utfall {
	if f.Fodselsdato.IsZero() {
		return MaVurderes
	}
	if tiltak.FyllerIKalenderaaret(f.Fodselsdato, d, n) {
		return Oppfylt
	}
	return IkkeOppfylt
}

// ikkeFyltFor: personen hadde ikke fylt n år før datoen (å fylle n år på
// datoen er greit), slik NAVs kode sjekker alder ved oppstart.
func ikkeFyltFor(f *tiltak.Fakta, d tiltak.Dato, n int) Utfall {
	if f.Fodselsdato.IsZero() {
		return MaVurderes
	}
	if tiltak.FyltAar(f.Fodselsdato, n).Before(d) {
		return IkkeOppfylt
	}
	return Oppfylt
}

// nedsatt: arbeidsevnen er nedsatt (også varig og vesentlig).
func nedsatt(f *tiltak.Fakta) Utfall { return FraSvar(f.Arbeidsevne.Nedsatt()) }

// varigNedsatt: arbeidsevnen er varig og vesentlig nedsatt.
func varigNedsatt(f *tiltak.Fakta) Utfall {
	switch f.Arbeidsevne {
	case tiltak.VarigNedsattArbeidsevne:
		return Oppfylt
	case tiltak.ArbeidsevneUkjent:
		return MaVurderes
	}
	return IkkeOppfylt
}

// settAv gir settet med tiltakene. Den brukes bare med kodene i katalogen
// (konstanter i lovlaget), så en feil er en feil i lovlaget selv: den
// stopper oppstarten, og hver test i pakken fanger den.
func settAv(koder ...tiltak.Kode) tiltak.Tiltakssett {
	s, err := tiltak.NyttTiltakssett(koder...)
	if err != nil {
		panic("regler: lovlaget bruker en kode som ikke er i katalogen: " + err.Error())
	}
	return s
}

// deltarIMaske: personen deltar i minst ett av tiltakene i settet m (bygd
// én gang, så vurderingen er én bitoperasjon og ingen oppslag per kode).
func deltarIMaske(f *tiltak.Fakta, m tiltak.Tiltakssett) Utfall {
	return FraSvar(f.DeltarI.HarNoenAv(m))
}

// ikke gir det motsatte svaret (Ukjent forblir Ukjent).
func ikke(s tiltak.Svar) tiltak.Svar {
	switch s {
	case tiltak.Ja:
		return tiltak.Nei
	case tiltak.Nei:
		return tiltak.Ja
	}
	return tiltak.Ukjent
}

// inneholder sier om k er i listen.
func inneholder(liste []tiltak.Kode, k tiltak.Kode) bool { return slices.Contains(liste, k) }

// arbeidstaker sier om personen er arbeidstaker: oppgitt direkte, eller
// fordi hun eller han er ansatt hos arbeidsgiveren tiltaket gjelder eller
// er sykmeldt arbeidstaker.
func arbeidstaker(f *tiltak.Fakta) tiltak.Svar {
	if f.Arbeidstaker == tiltak.Ja || f.AnsattHosArbeidsgiver == tiltak.Ja || f.Sykmeldt == tiltak.Ja {
		return tiltak.Ja
	}
	return f.Arbeidstaker
}

// tekst bygger forklaringene til et vilkår.
func tekst(ja, nei, kanskje string) tekster {
	return tekster{oppfylt: ja, ikkeOppfylt: nei, maVurderes: kanskje}
}

// svarvilkar er vilkåret at et ja/nei-faktum er ja.
func svarvilkar(navn string, ft tiltak.Faktum, hent func(*tiltak.Fakta) tiltak.Svar, beskrivelse string, t tekster) *Vilkar {
	return &Vilkar{navn: navn, leser: fakta(ft), beskrivelse: beskrivelse, tekst: t,
		datofri: true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(hent(f)) }}
}

// ikkeSvarvilkar er vilkåret at et ja/nei-faktum er nei.
func ikkeSvarvilkar(navn string, ft tiltak.Faktum, hent func(*tiltak.Fakta) tiltak.Svar, beskrivelse string, t tekster) *Vilkar {
	return &Vilkar{navn: navn, leser: fakta(ft), beskrivelse: beskrivelse, tekst: t,
		datofri: true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(ikke(hent(f))) }}
}

// skjonnsvilkar er et vilkår som bare beror på NAVs skjønn og ikke leser
// noe faktum: det er alltid må vurderes.
func skjonnsvilkar(navn, beskrivelse, forklaring string) *Vilkar {
	return &Vilkar{navn: navn, beskrivelse: beskrivelse, tekst: tekster{maVurderes: forklaring},
		datofri: true, vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return MaVurderes }}
}

// med gir vilkåret med hjemmelen innsnevret til ledd og bokstav.
func (v *Vilkar) med(ledd int, bokstav string) *Vilkar {
	v.ledd, v.bokstav = ledd, bokstav
	return v
}

// gjelderFor begrenser vilkåret til tiltakene (bare brukt mens lovlaget bygges).
func (v *Vilkar) gjelderFor(k ...tiltak.Kode) *Vilkar {
	v.gjelder = k
	return v
}

func sortVilkar(v []*Vilkar) {
	slices.SortFunc(v, func(a, b *Vilkar) int { return strings.Compare(a.id, b.id) })
}
