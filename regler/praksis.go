package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// NAVs praksisregler (nav-praksis.md § 1c og § 2c). De er ikke forskrift:
// de vurderes bare med Valg.MedPraksis og er merket praksis i sporet.

// aldersgrense72Fra er datoen NAVs kode gikk fra 67 til 72 år for
// arbeidsgivertiltakene. Kilden sier bare «august 2023»; første dag i
// måneden er vår lesning (uverifisert).
var aldersgrense72Fra = dato(2023, 8, 1)

func praksisAlderGrense(dato tiltak.Dato) int {
	if dato.Before(aldersgrense72Fra) {
		return 67
	}
	return 72
}

// praksisAlder72 er NAVs regel om at en avtale om arbeidstrening,
// lønnstilskudd, mentor eller inkluderingstilskudd ikke kan slutte den dagen
// deltakeren fyller 72 år eller senere (67 år før august 2023).
var praksisAlder72 = &Vilkar{
	ID:          "praksis-alder-72.sluttdato",
	Hjemmel:     hPraksis72,
	Beskrivelse: "NAVs praksis: deltakeren kan ikke ha fylt 72 år (67 år før august 2023) på avtalens planlagte sluttdato.",
	Leser:       fodt,
	Vurder: func(f *tiltak.Fakta, slutt tiltak.Dato) Utfall {
		return ikkeFylt(f, slutt, 72)
	},
	medValg: func(f *tiltak.Fakta, d tiltak.Dato, v Valg) Utfall {
		return ikkeFylt(f, v.Sluttdato, praksisAlderGrense(d))
	},
	LeserSluttdato: true,
	Uverifisert:    true,
	Tekst: tekst("Etter NAVs praksis er deltakeren under aldersgrensen (72 år, 67 år før august 2023) på planlagt sluttdato.",
		"Etter NAVs praksis kan avtalen ikke slutte den dagen deltakeren har nådd aldersgrensen (72 år, 67 år før august 2023) eller senere.",
		"Fødselsdato eller planlagt sluttdato mangler, så NAVs aldersgrense ved sluttdato kan ikke vurderes."),
}

// praksisAlder67 er NAVs regel for VTAO: avtalen kan ikke slutte den dagen
// deltakeren fyller 67 år eller senere.
var praksisAlder67 = &Vilkar{
	ID:             "praksis-alder-67.sluttdato",
	Hjemmel:        hPraksis67,
	Beskrivelse:    "NAVs praksis: deltakeren i VTAO kan ikke ha fylt 67 år på avtalens planlagte sluttdato.",
	Leser:          fodt,
	Vurder:         func(f *tiltak.Fakta, slutt tiltak.Dato) Utfall { return ikkeFylt(f, slutt, 67) },
	LeserSluttdato: true,
	Tekst: tekst("Etter NAVs praksis er deltakeren under 67 år på planlagt sluttdato.",
		"Etter NAVs praksis kan en VTAO-avtale ikke slutte den dagen deltakeren har fylt 67 år eller senere.",
		"Fødselsdato eller planlagt sluttdato mangler, så NAVs aldersgrense på 67 år ved sluttdato kan ikke vurderes."),
}

var lesInnsats = fakta(tiltak.FaktumInnsatsgruppe)

// praksisInnsatsBistand: arbeidstrening, inkluderingstilskudd, midlertidig
// lønnstilskudd, sommerjobb og mentor krever en innsatsgruppe med behov
// for veiledning.
var praksisInnsatsBistand = &Vilkar{
	ID:          "praksis-innsatsgruppe.veiledning",
	Hjemmel:     hPraksisInnsats,
	Beskrivelse: "NAVs praksis: innsatsgruppen må være trenger veiledning, trenger veiledning (nedsatt arbeidsevne), jobbe delvis eller liten mulighet til å jobbe.",
	Leser:       lesInnsats,
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		return innsatsgruppeEn(f, tiltak.TrengerVeiledning, tiltak.TrengerVeiledningNedsattArbeidsevne, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
	},
	Tekst: tekst("Innsatsgruppen gir adgang til tiltaket etter NAVs praksis.",
		"Etter NAVs praksis gir innsatsgruppen gode muligheter ikke adgang til tiltaket.",
		"Innsatsgruppen er ikke oppgitt."),
}

// praksisInnsatsNedsatt: fireårig lønnstilskudd krever en innsatsgruppe med
// nedsatt arbeidsevne.
var praksisInnsatsNedsatt = &Vilkar{
	ID:          "fir-personkrets.innsatsgruppe",
	Hjemmel:     tiltak.PraksisNAV("fir-personkrets", "fireårig lønnstilskudd: innsatsgruppe med nedsatt arbeidsevne (NAVs kode; forskriftsteksten er ikke lest)"),
	Beskrivelse: "Innsatsgruppen må bygge på nedsatt arbeidsevne: trenger veiledning (nedsatt arbeidsevne), jobbe delvis eller liten mulighet til å jobbe.",
	Leser:       lesInnsats,
	Uverifisert: true,
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		return innsatsgruppeEn(f, tiltak.TrengerVeiledningNedsattArbeidsevne, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
	},
	Tekst: tekst("Innsatsgruppen bygger på nedsatt arbeidsevne.",
		"Innsatsgruppen bygger ikke på nedsatt arbeidsevne, som fireårig lønnstilskudd krever etter NAVs regler.",
		"Innsatsgruppen er ikke oppgitt."),
}

// praksisInnsatsVarig: varig lønnstilskudd og VTAO krever jobbe delvis
// eller liten mulighet til å jobbe.
var praksisInnsatsVarig = &Vilkar{
	ID:          "praksis-innsatsgruppe.varig",
	Hjemmel:     hPraksisInnsats,
	Beskrivelse: "NAVs praksis: innsatsgruppen må være jobbe delvis eller liten mulighet til å jobbe.",
	Leser:       lesInnsats,
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		return innsatsgruppeEn(f, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
	},
	Tekst: tekst("Innsatsgruppen gir adgang til tiltaket etter NAVs praksis.",
		"Etter NAVs praksis krever tiltaket innsatsgruppen jobbe delvis eller liten mulighet til å jobbe.",
		"Innsatsgruppen er ikke oppgitt."),
}

func innsatsgruppeEn(f *tiltak.Fakta, grupper ...tiltak.Innsatsgruppe) Utfall {
	return innsatsgruppe2(f, grupper)
}

func innsatsgruppe2(f *tiltak.Fakta, grupper []tiltak.Innsatsgruppe) Utfall {
	if f.Innsatsgruppe == tiltak.InnsatsgruppeUkjent {
		return MaVurderes
	}
	for _, g := range grupper {
		if f.Innsatsgruppe == g {
			return Oppfylt
		}
	}
	return IkkeOppfylt
}

// vtaoSisteOppstart er siste dag NAVs kode lar en ny VTAO-avtale starte.
var vtaoSisteOppstart = dato(2026, 8, 31)

// praksisVTAOOppstart: NAVs kode stopper nye VTAO-avtaler som starter
// etter 31. august 2026. Vurderingsdatoen regnes som oppstartsdato.
var praksisVTAOOppstart = &Vilkar{
	ID:          "praksis-vtao-siste-oppstart.dato",
	Hjemmel:     hPraksisVTAO,
	Beskrivelse: "NAVs praksis: en ny VTAO-avtale kan ikke starte etter 31. august 2026 (vurderingsdatoen regnes som oppstartsdato).",
	Vurder: func(_ *tiltak.Fakta, d tiltak.Dato) Utfall {
		if d.After(vtaoSisteOppstart) {
			return IkkeOppfylt
		}
		return Oppfylt
	},
	Tekst: tekst("Oppstart er senest 31. august 2026, som NAVs system tillater for nye VTAO-avtaler.",
		"NAVs system tillater ikke oppstart av nye VTAO-avtaler etter 31. august 2026. Hjemmelen for stansen er ikke funnet.",
		""),
}

// praksisAlder72Liste er praksisreglene for arbeidsgivertiltakene med
// aldersgrense 72 år og innsatsgrupper med behov for veiledning.
var praksisVeiledning72 = []Praksisregel{{Vilkar: praksisInnsatsBistand}, {Vilkar: praksisAlder72}}
