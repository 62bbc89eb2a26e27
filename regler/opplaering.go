package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Opplæring etter tiltaksforskriften § 7-3 i teksten fra 1. juli 2025 og
// endringen 1. august 2025. Ordlyden 2016–2025 er ikke verifisert, så datoer
// før 1. juli 2025 er ikke modellert.

var (
	tf73Kvalifisering = &Vilkar{
		ID:          "tf-7-3.behov-for-kvalifisering",
		Hjemmel:     hTF73_20250701,
		Beskrivelse: "Personen har behov for kvalifisering.",
		Leser:       fakta(tiltak.FaktumBehovForKvalifisering),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BehovForKvalifisering) },
		Tekst: tekst("Personen har behov for kvalifisering.",
			"Personen har ikke behov for kvalifisering, og hører ikke til personkretsen for opplæring.",
			"Det er ikke oppgitt om personen har behov for kvalifisering."),
	}
	tf73VanskerAE = &Vilkar{
		ID:          "tf-7-3.a-e-vansker-med-arbeid",
		Hjemmel:     hTF73_20250701,
		Beskrivelse: "Personen har vansker med å komme inn på arbeidsmarkedet fordi kvalifikasjonene er mangelfulle eller de grunnleggende ferdighetene svake (bokstav a–e).",
		Leser:       fakta(tiltak.FaktumVanskerMedArbeid),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.VanskerMedArbeid) },
		Tekst: tekst("Personen har vansker med å komme inn på arbeidsmarkedet.",
			"Personen har ikke vansker med å komme inn på arbeidsmarkedet, som opplæring etter § 7-2 bokstav a–e krever.",
			"Det er ikke oppgitt om personen har vansker med å komme inn på arbeidsmarkedet."),
	}
	tf73AlderAE = &Vilkar{
		ID:          "tf-7-3.a-e-alder-19",
		Hjemmel:     hTF73_20250701,
		Beskrivelse: "Opplæring etter bokstav a–e kan gis fra og med det kalenderåret personen fyller 19 år.",
		Leser:       fodt,
		Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return fyllerIAar(f, d, 19) },
		Tekst: tekst("Personen fyller 19 år eller mer i år, og kan få opplæring etter bokstav a–e.",
			"Personen fyller ikke 19 år i år; opplæring etter bokstav a–e kan først gis fra og med det kalenderåret personen fyller 19 år.",
			"Fødselsdatoen er ikke oppgitt."),
	}
	tf73AlderD2025 = &Vilkar{
		ID:              "tf-7-3-v20250801.d-alder",
		Hjemmel:         hTF73_20250801,
		Tilleggshjemler: []tiltak.Hjemmel{hTF13_2025},
		Beskrivelse:     "Fag- og yrkesopplæring (bokstav d) kan gis fra og med det kalenderåret personen fyller 19 år, eller fra og med det året personen fyller 16 år når hun eller han har sammensatt bistandsbehov og derfor trenger en tilrettelagt opplæring med individuell oppfølging.",
		Leser:           fakta(tiltak.FaktumFodselsdato, tiltak.FaktumSammensattBistandsbehov),
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Eller(fyllerIAar(f, d, 19), Og(fyllerIAar(f, d, 16), FraSvar(f.SammensattBistandsbehov)))
		},
		Tekst: tekst("Personen fyller 19 år i år, eller fyller 16 år i år og har sammensatt bistandsbehov.",
			"Personen fyller ikke 19 år i år, og oppfyller ikke unntaket fra det året personen fyller 16 år med sammensatt bistandsbehov.",
			"Fødselsdato eller sammensatt bistandsbehov er ikke oppgitt."),
	}
	// tf13AlderD2025 er § 1-3s aldersgrense for bokstav d fra 1. august
	// 2025: «andre aldersgrenser» lar unntaket i § 7-3 slippe inn en person
	// som fyller 16 år senere i kalenderåret.
	tf13AlderD2025 = &Vilkar{
		ID:              "tf-1-3-v20250801.alder-16-eller-7-3-unntak",
		Hjemmel:         hTF13_2025,
		Tilleggshjemler: []tiltak.Hjemmel{hTF73_20250801},
		Beskrivelse:     "Deltakeren må ha fylt 16 år, med mindre unntaket for fag- og yrkesopplæring i § 7-3 gjelder (andre aldersgrenser etter § 1-3 fra 1. august 2025).",
		Leser:           fakta(tiltak.FaktumFodselsdato, tiltak.FaktumSammensattBistandsbehov),
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Eller(harFylt(f, d, 16), Og(fyllerIAar(f, d, 16), FraSvar(f.SammensattBistandsbehov)))
		},
		Tekst: tekst("Personen har fylt 16 år, eller fyller 16 år i år og har sammensatt bistandsbehov (unntaket i § 7-3).",
			"Personen har ikke fylt 16 år, og unntaket i § 7-3 for dem som fyller 16 år i år med sammensatt bistandsbehov gjelder ikke.",
			"Fødselsdato eller sammensatt bistandsbehov er ikke oppgitt."),
	}
	tf73F = &Vilkar{
		ID:          "tf-7-3.f-nedsatt-arbeidsevne",
		Hjemmel:     hTF73_20250701,
		Beskrivelse: "Høyere utdanning (bokstav f) kan gis personer med nedsatt arbeidsevne som hindrer dem i å skaffe seg eller beholde lønnet arbeid.",
		Leser:       fakta(tiltak.FaktumArbeidsevne),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return nedsatt(f) },
		Tekst: tekst("Personen har nedsatt arbeidsevne.",
			"Personen har ikke nedsatt arbeidsevne, som høyere utdanning etter § 7-2 bokstav f krever.",
			"Arbeidsevnevurderingen er ikke oppgitt."),
	}
	tf73AlderF = &Vilkar{
		ID:          "tf-7-3.f-alder-22",
		Hjemmel:     hTF73_20250701,
		Beskrivelse: "Høyere utdanning (bokstav f) kan gis fra og med det kalenderåret personen fyller 22 år.",
		Leser:       fodt,
		Vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return fyllerIAar(f, d, 22) },
		Tekst: tekst("Personen fyller 22 år eller mer i år.",
			"Personen fyller ikke 22 år i år; høyere utdanning kan først gis fra og med det kalenderåret personen fyller 22 år.",
			"Fødselsdatoen er ikke oppgitt."),
	}
)
