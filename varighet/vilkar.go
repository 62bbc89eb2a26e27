package varighet

import (
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Hjelpere for vilkårene i forlengelsene. Vilkårene bygges én gang som
// pakkevariabler (se regeltabell.go) og endres aldri.

// erNedsatt leser nedsatt arbeidsevne fra NAVs arbeidsevnevurdering alene.
// Innsatsgruppen brukes ikke her: å lese nedsatt arbeidsevne av den er NAVs
// praksis (nav-praksis § 1c), ikke forskriftens vilkår, så en ukjent
// vurdering gir må vurderes.
func erNedsatt(f *tiltak.Fakta) regler.Utfall {
	return regler.FraSvar(f.Arbeidsevne.Nedsatt())
}

// under30 sier om personen er under 30 år på datoen d (har ikke fylt 30).
func under30(f *tiltak.Fakta, d tiltak.Dato) regler.Utfall {
	a := tiltak.Alder(f.Fodselsdato, d)
	switch {
	case a < 0:
		return regler.MaVurderes
	case a < 30:
		return regler.Oppfylt
	}
	return regler.IkkeOppfylt
}

// fastStilling sier om ansettelsen er fast.
func fastStilling(f *tiltak.Fakta) regler.Utfall {
	switch f.Stillingstype {
	case tiltak.FastStilling:
		return regler.Oppfylt
	case tiltak.MidlertidigStilling:
		return regler.IkkeOppfylt
	}
	return regler.MaVurderes
}

var lesNedsatt = tiltak.FaktasettAv(tiltak.FaktumArbeidsevne)

// vSkjonn er et vilkår som beror på skjønn alene («ved behov»): det gir
// alltid må vurderes og leser ingen fakta.
func vSkjonn(id string, h tiltak.Hjemmel, beskrivelse string) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: beskrivelse,
		Vurder: func(*tiltak.Fakta, tiltak.Dato) regler.Utfall { return regler.MaVurderes },
		Tekst: regler.Tekster{
			MaVurderes: "Forlengelsen beror på NAVs vurdering av behovet: " + beskrivelse + ".",
		},
	}
}

// vNedsatt er vilkåret «nedsatt arbeidsevne».
func vNedsatt(id string, h tiltak.Hjemmel) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: "personen har nedsatt arbeidsevne",
		Leser:  lesNedsatt,
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall { return erNedsatt(f) },
		Tekst: regler.Tekster{
			Oppfylt:     "Personen har nedsatt arbeidsevne, så den lengre varigheten kan gis.",
			IkkeOppfylt: "Personen har ikke nedsatt arbeidsevne, så den lengre varigheten kan ikke gis.",
			MaVurderes:  "Det er ikke oppgitt om personen har nedsatt arbeidsevne.",
		},
	}
}

// vNedsattOg er vilkåret «nedsatt arbeidsevne og» et ja/nei-faktum.
func vNedsattOg(id string, h tiltak.Hjemmel, beskrivelse string, ft tiltak.Faktum, svar func(*tiltak.Fakta) tiltak.Svar) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: "personen har nedsatt arbeidsevne og " + beskrivelse,
		Leser: lesNedsatt.Med(ft),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall {
			return regler.Og(erNedsatt(f), regler.FraSvar(svar(f)))
		},
		Tekst: regler.Tekster{
			Oppfylt:     "Personen har nedsatt arbeidsevne og " + beskrivelse + ".",
			IkkeOppfylt: "Personen har ikke både nedsatt arbeidsevne og " + beskrivelse + ".",
			MaVurderes:  "Det er ikke avklart om personen har nedsatt arbeidsevne og " + beskrivelse + ".",
		},
	}
}

// vSvar er vilkåret at et ja/nei-faktum er ja.
func vSvar(id string, h tiltak.Hjemmel, beskrivelse string, ft tiltak.Faktum, svar func(*tiltak.Fakta) tiltak.Svar) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: beskrivelse,
		Leser:  tiltak.FaktasettAv(ft),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall { return regler.FraSvar(svar(f)) },
		Tekst: regler.Tekster{
			Oppfylt:     "Vilkåret for forlengelsen er oppfylt: " + beskrivelse + ".",
			IkkeOppfylt: "Vilkåret for forlengelsen er ikke oppfylt: " + beskrivelse + ".",
			MaVurderes:  "Det er ikke oppgitt om " + beskrivelse + ".",
		},
	}
}

// vSvarOg er vilkåret at to ja/nei-fakta begge er ja.
func vSvarOg(id string, h tiltak.Hjemmel, beskrivelse string, a, b tiltak.Faktum, sa, sb func(*tiltak.Fakta) tiltak.Svar) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: beskrivelse,
		Leser: tiltak.FaktasettAv(a, b),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall {
			return regler.Og(regler.FraSvar(sa(f)), regler.FraSvar(sb(f)))
		},
		Tekst: regler.Tekster{
			Oppfylt:     "Vilkårene for forlengelsen er oppfylt: " + beskrivelse + ".",
			IkkeOppfylt: "Vilkårene for forlengelsen er ikke oppfylt: " + beskrivelse + ".",
			MaVurderes:  "Det er ikke avklart om " + beskrivelse + ".",
		},
	}
}

// vUnder30Og er vilkåret at personen er under 30 år på startdatoen og at et
// ja/nei-faktum er ja (mentor fra 1. august 2025).
func vUnder30Og(id string, h tiltak.Hjemmel, beskrivelse string, ft tiltak.Faktum, svar func(*tiltak.Fakta) tiltak.Svar) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: "personen er under 30 år og " + beskrivelse,
		Leser: tiltak.FaktasettAv(tiltak.FaktumFodselsdato, ft),
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) regler.Utfall {
			return regler.Og(under30(f, d), regler.FraSvar(svar(f)))
		},
		Tekst: regler.Tekster{
			Oppfylt:     "Personen er under 30 år på startdatoen og " + beskrivelse + ".",
			IkkeOppfylt: "Personen er ikke både under 30 år på startdatoen og " + beskrivelse + ".",
			MaVurderes:  "Det er ikke avklart om personen er under 30 år på startdatoen og " + beskrivelse + ".",
		},
	}
}

// vFast er vilkåret fast ansettelse (fireårig lønnstilskudd).
func vFast(id string, h tiltak.Hjemmel) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: "ansettelsen er fast",
		Leser:  tiltak.FaktasettAv(tiltak.FaktumStillingstype),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall { return fastStilling(f) },
		Tekst: regler.Tekster{
			Oppfylt:     "Ansettelsen er fast, så tilskuddet kan vare i inntil fire år.",
			IkkeOppfylt: "Ansettelsen er midlertidig, så tilskuddet kan vare i inntil to år.",
			MaVurderes:  "Det er ikke oppgitt om ansettelsen er fast eller midlertidig.",
		},
	}
}

// vSvarEtterSkjonn er vilkåret for en forlengelse som bygger på en
// forlengelse som beror på skjønn: er faktumet nei, er vilkåret ikke
// oppfylt; ellers må det vurderes, for forlengelsen det bygger på må gis
// først. (AFT: det tredje året for opplæring mot formell kompetanse kommer i
// tillegg til det andre året «ved behov».)
func vSvarEtterSkjonn(id string, h tiltak.Hjemmel, beskrivelse string, ft tiltak.Faktum, svar func(*tiltak.Fakta) tiltak.Svar) *regler.Vilkar {
	return &regler.Vilkar{
		ID: id, Hjemmel: h, Beskrivelse: beskrivelse,
		Leser: tiltak.FaktasettAv(ft),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) regler.Utfall {
			if svar(f) == tiltak.Nei {
				return regler.IkkeOppfylt
			}
			return regler.MaVurderes
		},
		Tekst: regler.Tekster{
			IkkeOppfylt: "Vilkåret for forlengelsen er ikke oppfylt: " + beskrivelse + ".",
			MaVurderes:  "Forlengelsen kommer i tillegg til en forlengelse som beror på NAVs vurdering av behovet, og krever at " + beskrivelse + ".",
		},
	}
}
