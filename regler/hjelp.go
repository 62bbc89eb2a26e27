package regler

import (
	"slices"
	"strings"
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// dato er en kort form for datoer skrevet som konstanter i reglene.
func dato(aar int, m time.Month, dag int) tiltak.Dato { return tiltak.MustDato(aar, m, dag) }

// fakta er en kort form for tiltak.FaktasettAv.
func fakta(ft ...tiltak.Faktum) tiltak.Faktasett { return tiltak.FaktasettAv(ft...) }

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

// deltarI: personen deltar i minst ett av tiltakene i settet.
func deltarI(f *tiltak.Fakta, sett tiltak.Tiltakssett) Utfall {
	return FraSvar(f.DeltarI.HarNoenAv(sett))
}

// inneholder sier om k er i listen.
func inneholder(liste []tiltak.Kode, k tiltak.Kode) bool {
	for _, x := range liste {
		if x == k {
			return true
		}
	}
	return false
}

// beholdeRute: når personen allerede er ansatt hos arbeidsgiveren, må hun
// ha vært sykmeldt i 12 måneder (lønnstilskudd for å beholde arbeid).
func beholdeRute(f *tiltak.Fakta) Utfall {
	switch f.AnsattHosArbeidsgiver {
	case tiltak.Nei:
		return Oppfylt
	case tiltak.Ja:
		return FraSvar(f.Sykefravaer12Mnd)
	}
	return Eller(MaVurderes, FraSvar(f.Sykefravaer12Mnd))
}

// tekst bygger Tekster.
func tekst(ja, nei, kanskje string) Tekster {
	return Tekster{Oppfylt: ja, IkkeOppfylt: nei, MaVurderes: kanskje}
}

func sortVilkar(v []*Vilkar) {
	slices.SortFunc(v, func(a, b *Vilkar) int { return strings.Compare(a.ID, b.ID) })
}
