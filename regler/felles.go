package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Fellesvilkårene i tiltaksforskriften § 1-3 og egenregiforskriften § 1-3.

var fodt = fakta(tiltak.FaktumFodselsdato)

// tf13Alder2016 er aldersgrensen på 16 år i tiltaksforskriften § 1-3 slik
// den lød fra 2016 («det kan gjelde høyere aldersgrenser for enkelte tiltak»).
var tf13Alder2016 = &Vilkar{
	ID:          "tf-1-3.alder-16",
	Hjemmel:     hTF13_2016,
	Beskrivelse: "Deltakeren må ha fylt 16 år (enkelte tiltak kan ha høyere aldersgrenser).",
	Leser:       fodt,
	Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
	Tekst: tekst("Personen har fylt 16 år, som tiltaksforskriften § 1-3 krever.",
		"Personen har ikke fylt 16 år, og tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år.",
		"Fødselsdatoen er ikke oppgitt, så det kan ikke avgjøres om personen har fylt 16 år."),
}

// tf13Alder2025 er aldersgrensen på 16 år etter endringen 1. august 2025
// («det kan gjelde andre aldersgrenser for enkelte tiltak»).
var tf13Alder2025 = &Vilkar{
	ID:          "tf-1-3-v20250801.alder-16",
	Hjemmel:     hTF13_2025,
	Beskrivelse: "Deltakeren må ha fylt 16 år (enkelte tiltak kan ha andre aldersgrenser).",
	Leser:       fodt,
	Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
	Tekst: tekst("Personen har fylt 16 år, som tiltaksforskriften § 1-3 krever.",
		"Personen har ikke fylt 16 år. Tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år, og dette tiltaket har ingen annen aldersgrense.",
		"Fødselsdatoen er ikke oppgitt, så det kan ikke avgjøres om personen har fylt 16 år."),
}

func nodvendig(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.NodvendigOgHensiktsmessig) }

var nodvendigTekst = tekst("Saksbehandleren har vurdert at deltakelse er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid.",
	"Saksbehandleren har vurdert at deltakelse ikke er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid.",
	"Det må vurderes om deltakelse er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid (skjønn).")

// tf13Nodvendig2016 og tf13Nodvendig2025 er skjønnsvilkåret «nødvendig og
// hensiktsmessig» i tiltaksforskriften § 1-3, i de to versjonene av paragrafen.
var (
	tf13Nodvendig2016 = &Vilkar{
		ID:          "tf-1-3.nodvendig-og-hensiktsmessig",
		Hjemmel:     hTF13_2016,
		Beskrivelse: "Deltakelse bør være nødvendig og hensiktsmessig for å skaffe eller beholde lønnet arbeid (skjønn).",
		Leser:       fakta(tiltak.FaktumNodvendigOgHensiktsmessig),
		Vurder:      nodvendig,
		Tekst:       nodvendigTekst,
	}
	tf13Nodvendig2025 = &Vilkar{
		ID:          "tf-1-3-v20250801.nodvendig-og-hensiktsmessig",
		Hjemmel:     hTF13_2025,
		Beskrivelse: tf13Nodvendig2016.Beskrivelse,
		Leser:       tf13Nodvendig2016.Leser,
		Vurder:      nodvendig,
		Tekst:       nodvendigTekst,
	}
)

// er13Nodvendig er «nødvendig og hensiktsmessig» i egenregiforskriften § 1-3.
var er13Nodvendig = &Vilkar{
	ID:          "er-1-3.nodvendig-og-hensiktsmessig",
	Hjemmel:     hER13,
	Beskrivelse: "Oppfølgingstiltaket skal være nødvendig og hensiktsmessig for at deltakeren kan få eller beholde lønnet arbeid (skjønn).",
	Leser:       fakta(tiltak.FaktumNodvendigOgHensiktsmessig),
	Vurder:      nodvendig,
	Tekst:       nodvendigTekst,
}

// felles gir fellesvilkårene i tiltaksforskriften § 1-3 for versjonen som
// gjelder fra fra.
func felles2016(vilkar ...*Vilkar) []*Vilkar {
	return append([]*Vilkar{tf13Alder2016, tf13Nodvendig2016}, vilkar...)
}

func felles2025(vilkar ...*Vilkar) []*Vilkar {
	return append([]*Vilkar{tf13Alder2025, tf13Nodvendig2025}, vilkar...)
}
