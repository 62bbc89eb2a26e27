package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Personkretsen i egenregiforskriften (FOR-2023-06-20-1073), seed 002.

var lesOmfattende = fakta(tiltak.FaktumBehovOmfattendeBistand)

func omfattende(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BehovOmfattendeBistand) }

var omfattendeTekst = tekst("Personen har behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV ellers gir.",
	"Personen har ikke behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV ellers gir.",
	"Det er ikke oppgitt om personen har behov for mer omfattende formidlings- og oppfølgingsbistand.")

var alder16Tekst = tekst("Personen har fylt 16 år.", "Personen har ikke fylt 16 år.", "Fødselsdatoen er ikke oppgitt.")

var (
	er21Alder = &Vilkar{
		ID: "er-2-1.alder-16", Hjemmel: hER21,
		Beskrivelse: "Arbeid med støtte kan tilbys personer som har fylt 16 år.",
		Leser:       fodt,
		Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
		Tekst:       alder16Tekst,
	}
	er21Behov = &Vilkar{
		ID: "er-2-1.behov-omfattende-bistand", Hjemmel: hER21,
		Beskrivelse: "Personen har behov for mer omfattende formidlings- og oppfølgingsbistand enn den NAV gir etter arbeids- og velferdsforvaltningsloven § 4 tredje ledd.",
		Leser:       lesOmfattende, Vurder: omfattende, Tekst: omfattendeTekst,
	}
	er31Alder = &Vilkar{
		ID: "er-3-1-l1.alder-16", Hjemmel: hER31a,
		Beskrivelse: "Det er en forutsetning for individuell jobbstøtte at personen har fylt 16 år.",
		Leser:       fodt,
		Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
		Tekst:       alder16Tekst,
	}
	er31Malgruppe = &Vilkar{
		ID: "er-3-1-l1.malgruppe", Hjemmel: hER31a, Tilleggshjemler: []tiltak.Hjemmel{hER31b},
		Beskrivelse: "Personen har moderate til alvorlige psykiske lidelser og/eller rusproblemer og får behandling i helse- og omsorgstjenesten (første ledd), eller får annen oppfølging fra helse- og omsorgstjenesten eller har sammensatte utfordringer, etter direktoratets retningslinjer (andre ledd).",
		Leser:       fakta(tiltak.FaktumPsykiskLidelseEllerRus, tiltak.FaktumOppfolgingHelseEllerSammensatt),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			andre := MaVurderes // etter direktoratets retningslinjer: skjønn
			if f.OppfolgingHelseEllerSammensatt == tiltak.Nei {
				andre = IkkeOppfylt
			}
			return Eller(FraSvar(f.PsykiskLidelseEllerRus), andre)
		},
		Tekst: tekst("Personen har psykiske lidelser og/eller rusproblemer og får behandling i helse- og omsorgstjenesten.",
			"Personen har verken psykiske lidelser eller rusproblemer med behandling, eller annen oppfølging fra helse- og omsorgstjenesten eller sammensatte utfordringer.",
			"Det må vurderes om personen hører til målgruppen: enten mangler opplysninger om psykiske lidelser, rus og behandling, eller personen kan bare få tiltaket etter andre ledd, etter direktoratets retningslinjer."),
	}
	// er36Malgruppe er målgruppen for IPS ung: som for individuell
	// jobbstøtte (§ 3-1, som § 3-6 andre ledd viser til), og i tillegg unge
	// med sammensatte psykiske problemer eller rusutfordringer (§ 3-6 tredje
	// ledd), uten krav om behandling.
	er36Malgruppe = &Vilkar{
		ID: "er-3-6.malgruppe", Hjemmel: hER36, Tilleggshjemler: []tiltak.Hjemmel{hER31a, hER31b},
		Beskrivelse: "Personen hører til målgruppen for individuell jobbstøtte (§ 3-1), eller er ung med sammensatte psykiske problemer eller rusutfordringer (§ 3-6 tredje ledd).",
		Leser:       fakta(tiltak.FaktumPsykiskLidelseEllerRus, tiltak.FaktumOppfolgingHelseEllerSammensatt, tiltak.FaktumSammensattePsykiskeProblemerEllerRus),
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Eller(er31Malgruppe.Vurder(f, d), FraSvar(f.SammensattePsykiskeProblemerEllerRus))
		},
		Tekst: tekst("Personen hører til målgruppen for IPS ung.",
			"Personen har verken psykiske lidelser eller rusproblemer med behandling, annen oppfølging fra helse- og omsorgstjenesten, sammensatte utfordringer eller sammensatte psykiske problemer eller rusutfordringer.",
			"Det må vurderes om personen hører til målgruppen for IPS ung: opplysninger mangler, eller bare direktoratets retningslinjer (§ 3-1 andre ledd) kan gi tiltaket."),
	}
	er31Behov = &Vilkar{
		ID: "er-3-1-l1.behov-omfattende-bistand", Hjemmel: hER31a,
		Beskrivelse: "Personen har behov for mer omfattende formidlings- og oppfølgingsbistand enn den NAV gir etter arbeids- og velferdsforvaltningsloven § 4 tredje ledd.",
		Leser:       lesOmfattende, Vurder: omfattende, Tekst: omfattendeTekst,
	}
	er32Samtykke = &Vilkar{
		ID: "er-3-2.samtykke", Hjemmel: hER32,
		Beskrivelse: "Det er en forutsetning at personen samtykker til å delta i individuell jobbstøtte.",
		Leser:       fakta(tiltak.FaktumSamtykke),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.Samtykke) },
		Tekst: tekst("Personen samtykker til å delta.",
			"Personen samtykker ikke til å delta, og individuell jobbstøtte forutsetter samtykke.",
			"Det er ikke oppgitt om personen samtykker til å delta."),
	}
	er36Alder = &Vilkar{
		ID: "er-3-6.alder-16-30", Hjemmel: hER36,
		Beskrivelse: "IPS ung kan tilbys personer mellom 16 og 30 år (overskriften sier «under 30 år»): fra fylte 16 år til dagen før fylte 30 år.",
		Leser:       fodt,
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30))
		},
		Tekst: tekst("Personen har fylt 16 år og er under 30 år.",
			"Personen er ikke mellom 16 og 30 år, som IPS ung krever.",
			"Fødselsdatoen er ikke oppgitt."),
	}
	er41Alder = &Vilkar{
		ID: "er-4-1.alder-16-30", Hjemmel: hER41,
		Beskrivelse: "Ungdomsgarantien gjelder fra fylte 16 år og fram til fylte 30 år.",
		Leser:       fodt,
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30))
		},
		Tekst: tekst("Personen har fylt 16 år og har ikke fylt 30 år.",
			"Ungdomsgarantien gjelder fra fylte 16 år og fram til fylte 30 år, og personen er utenfor dette.",
			"Fødselsdatoen er ikke oppgitt."),
	}
	er41Bistand = &Vilkar{
		ID: "er-4-1.bistandsbehov-fastslatt", Hjemmel: hER41,
		Beskrivelse: "NAV har fastslått at personen har behov for bistand for å komme i ordinært arbeid (arbeids- og velferdsforvaltningsloven § 14 a).",
		Leser:       fakta(tiltak.FaktumBistandsbehovFastslatt),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BistandsbehovFastslatt) },
		Tekst: tekst("NAV har fastslått et behov for bistand for å komme i ordinært arbeid.",
			"NAV har ikke fastslått et behov for bistand for å komme i ordinært arbeid, som ungdomsgarantien krever.",
			"Det er ikke oppgitt om NAV har fastslått et behov for bistand (§ 14 a-vedtak)."),
	}
)

// Fireårig lønnstilskudd for unge (FOR-2026-02-04-163). Teksten er ikke
// lest; vilkårene er NAVs kode.
var (
	firAlder = &Vilkar{
		ID: "fir-personkrets.alder", Hjemmel: hFir, Uverifisert: true,
		Beskrivelse: "Deltakeren har fylt 16 år og hadde ikke fylt 30 år før oppstartsdatoen (å fylle 30 år på oppstartsdatoen er greit). Vurderingsdatoen regnes som oppstartsdato.",
		Leser:       fodt,
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Og(harFylt(f, d, 16), ikkeFyltFor(f, d, 30))
		},
		Tekst: tekst("Deltakeren er ikke eldre enn 30 år ved oppstart.",
			"Deltakeren er under 16 år, eller var eldre enn 30 år ved oppstart.",
			"Fødselsdatoen er ikke oppgitt."),
	}
	firSkaffe = &Vilkar{
		ID: "fir-personkrets.skaffe-arbeid", Hjemmel: hFir, Uverifisert: true,
		Beskrivelse: "Tilskuddet kan ikke brukes til å beholde arbeid: personen kan ikke allerede være ansatt hos arbeidsgiveren.",
		Leser:       fakta(tiltak.FaktumAnsattHosArbeidsgiver),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(not(f.AnsattHosArbeidsgiver)) },
		Tekst: tekst("Tilskuddet gjelder en ny ansettelse.",
			"Personen er allerede ansatt hos arbeidsgiveren, og fireårig lønnstilskudd kan ikke brukes til å beholde arbeid.",
			"Det er ikke oppgitt om personen allerede er ansatt hos arbeidsgiveren."),
	}
)

// Kommunale plasstyper (seed 003): rutinen setter ingen personkrets ut over
// at NAV-kontoret velger tiltaksformen.
var seed003Valg = &Vilkar{
	ID: "seed003-plasstyper.nav-velger-tiltaksform", Hjemmel: hSeed003,
	Beskrivelse: "NAV-kontoret styrer hvilken tiltaksform brukeren skal inn på; rutinen setter ingen personkrets ut over dette.",
	Vurder:      func(*tiltak.Fakta, tiltak.Dato) Utfall { return MaVurderes },
	Tekst: tekst("", "",
		"Kommunens rutine setter ingen personkrets; NAV-kontoret velger tiltaksformen etter en konkret vurdering."),
}
