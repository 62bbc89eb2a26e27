package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Personkretsen for hvert tiltak i tiltaksforskriften (FOR-2015-12-11-1598).

// avklaring § 2-3
var tf23 = &Vilkar{
	ID:          "tf-2-3.behov-utvidet-avklaring",
	Hjemmel:     hTF23,
	Beskrivelse: "Personen trenger mer omfattende avklaring enn NAV selv kan gi.",
	Leser:       fakta(tiltak.FaktumBehovUtvidetAvklaring),
	Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BehovUtvidetAvklaring) },
	Tekst: tekst("Personen har behov for mer omfattende avklaring enn NAV selv kan gi.",
		"Personen har ikke behov for mer omfattende avklaring enn NAV selv kan gi, og hører da ikke til personkretsen for avklaring.",
		"Det er ikke oppgitt om personen har behov for mer omfattende avklaring enn NAV selv kan gi."),
}

// arbeidstrening § 3-3
var tf33 = &Vilkar{
	ID:          "tf-3-3.personkrets",
	Hjemmel:     hTF33,
	Beskrivelse: "Personen er arbeidssøker med liten eller mangelfull arbeidserfaring, eller har nedsatt arbeidsevne og trenger bistand for å komme i lønnet arbeid.",
	Leser:       fakta(tiltak.FaktumLiteArbeidserfaring, tiltak.FaktumArbeidsevne),
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		return Eller(FraSvar(f.LiteArbeidserfaring), nedsatt(f))
	},
	Tekst: tekst("Personen har liten eller mangelfull arbeidserfaring, eller nedsatt arbeidsevne, og hører til personkretsen for arbeidstrening.",
		"Personen har verken liten eller mangelfull arbeidserfaring eller nedsatt arbeidsevne, og hører ikke til personkretsen for arbeidstrening.",
		"Det er ikke oppgitt nok om arbeidserfaring og arbeidsevne til å avgjøre om personen hører til personkretsen for arbeidstrening."),
}

// oppfølging § 4-3
var tf43 = &Vilkar{
	ID:          "tf-4-3.behov-omfattende-bistand",
	Hjemmel:     hTF43,
	Beskrivelse: "Personen trenger mer omfattende formidlings- og oppfølgingsbistand enn NAV selv kan gi.",
	Leser:       fakta(tiltak.FaktumBehovOmfattendeBistand),
	Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BehovOmfattendeBistand) },
	Tekst: tekst("Personen har behov for mer omfattende bistand enn NAV selv kan gi.",
		"Personen har ikke behov for mer omfattende bistand enn NAV selv kan gi, og hører ikke til personkretsen for oppfølging.",
		"Det er ikke oppgitt om personen har behov for mer omfattende bistand enn NAV selv kan gi."),
}

// jobbklubb: innhold i oppfølging (§ 4-2); personkretsen følger § 4-3.
var tf42Jobbklubb = &Vilkar{
	ID:          "tf-4-2.jobbklubb-er-oppfolging",
	Hjemmel:     hTF42,
	Beskrivelse: "Jobbklubb er nevnt som innhold i oppfølging (§ 4-2); personkretsen er den samme som for oppfølging (§ 4-3). Eget hjemmelsgrunnlag er ikke funnet.",
	Vurder:      func(*tiltak.Fakta, tiltak.Dato) Utfall { return Oppfylt },
	Uverifisert: true,
	Tekst: tekst("Jobbklubb gis som en del av oppfølging etter tiltaksforskriften § 4-2, og vurderes etter personkretsen for oppfølging.",
		"", ""),
}

// mentor § 5-3
var (
	mentorListe2016 = []tiltak.Kode{tiltak.Arbeidstrening, tiltak.OpplaeringStudiespesialisering, tiltak.OpplaeringFagOgYrke,
		tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd}
	mentorListe2025 = []tiltak.Kode{tiltak.Arbeidstrening, tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.Sommerjobb,
		tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd}
)

var tf53_2016 = &Vilkar{
	ID:          "tf-5-3.deltar-i-tiltak",
	Hjemmel:     hTF53_2016,
	Beskrivelse: "Personen deltar i arbeidstrening, opplæring i form av ordinær utdanning, midlertidig eller varig lønnstilskudd – eller har nedsatt arbeidsevne (uverifisert: bare veiledningen i seed 004 nevner det).",
	Leser:       fakta(tiltak.FaktumDeltarI, tiltak.FaktumArbeidsevne),
	Vurder:      mentor2016,
	Uverifisert: true,
	Tekst: tekst("Personen deltar i et tiltak som mentor kan gis sammen med etter tiltaksforskriften § 5-3 (2016).",
		"Personen deltar ikke i arbeidstrening, ordinær utdanning som opplæringstiltak, eller lønnstilskudd, som § 5-3 (2016) krever, og har ikke nedsatt arbeidsevne.",
		"Det er ikke oppgitt hvilke tiltak personen deltar i, eller personen har nedsatt arbeidsevne: veiledningen «Aktører og tiltak» (seed 004) sier at mentor kan gis for å få eller beholde arbeid ved nedsatt arbeidsevne, men 2016-teksten vi har lest, lister bare tiltakene; det må vurderes."),
}

// mentor2016 er personkretsen i § 5-3 før 1. juli 2025: deltakelse i et av
// tiltakene i listen avgjør; ellers gjør nedsatt arbeidsevne utfallet til
// må vurderes (seed 004, ikke verifisert i forskriftsteksten), aldri ikke
// oppfylt.
func mentor2016(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
	u := deltarI(f, mentorSett2016)
	if u == IkkeOppfylt && f.Arbeidsevne.Nedsatt() != tiltak.Nei {
		return MaVurderes
	}
	return u
}

func mentor2025(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
	return Eller(deltarI(f, mentorSett2025), nedsatt(f))
}

var mentorTekst2025 = tekst("Personen deltar i et av tiltakene § 5-3 nevner, eller har nedsatt arbeidsevne og trenger mentor for å skaffe eller beholde lønnet arbeid.",
	"Personen deltar ikke i arbeidstrening, opplæring, sommerjobb eller lønnstilskudd, og har ikke nedsatt arbeidsevne; mentor kan da ikke gis etter § 5-3.",
	"Det er ikke oppgitt nok om tiltakene personen deltar i eller om arbeidsevnen til å avgjøre personkretsen for mentor.")

var (
	tf53_20250701 = &Vilkar{
		ID:          "tf-5-3-v20250701.personkrets",
		Hjemmel:     hTF53_20250701,
		Beskrivelse: "Personen deltar i arbeidstrening, opplæring (også fagopplæring etter § 7-2 bokstav a–f), sommerjobb, midlertidig eller varig lønnstilskudd, eller har nedsatt arbeidsevne og trenger mentor for å skaffe eller beholde lønnet arbeid.",
		Leser:       fakta(tiltak.FaktumDeltarI, tiltak.FaktumArbeidsevne),
		Vurder:      mentor2025,
		Tekst:       mentorTekst2025,
	}
	tf53_20250801 = &Vilkar{
		ID:          "tf-5-3-v20250801.personkrets",
		Hjemmel:     hTF53_20250801,
		Beskrivelse: "Personen deltar i arbeidstrening, opplæring, sommerjobb, midlertidig eller varig lønnstilskudd, eller har nedsatt arbeidsevne og trenger mentor for å skaffe eller beholde lønnet arbeid.",
		Leser:       fakta(tiltak.FaktumDeltarI, tiltak.FaktumArbeidsevne),
		Vurder:      mentor2025,
		Tekst:       mentorTekst2025,
	}
)

// funksjonsassistanse § 6-3
var tf63 = &Vilkar{
	ID:          "tf-6-3.funksjonsnedsettelse",
	Hjemmel:     hTF63,
	Beskrivelse: "Personen har en omfattende fysisk funksjonsnedsettelse, eller er blind eller sterkt svaksynt.",
	Leser:       fakta(tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind),
	Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.FysiskFunksjonsnedsettelseEllerBlind) },
	Tekst: tekst("Personen har en omfattende fysisk funksjonsnedsettelse, eller er blind eller sterkt svaksynt.",
		"Personen har verken en omfattende fysisk funksjonsnedsettelse eller er blind eller sterkt svaksynt, og hører ikke til personkretsen for funksjonsassistanse.",
		"Det er ikke oppgitt om personen har en omfattende fysisk funksjonsnedsettelse eller er blind eller sterkt svaksynt."),
}

// sommerjobb kapittel 8 (sekundærkilde; forskriftsteksten er ikke lest)
var (
	tf8Alder = &Vilkar{
		ID:          "tf-8-personkrets.alder-16-29",
		Hjemmel:     hTF8,
		Beskrivelse: "Personen er mellom 16 og 29 år (NAVs informasjon; forskriftsteksten er ikke lest).",
		Leser:       fodt,
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30))
		},
		Uverifisert: true,
		Tekst: tekst("Personen er mellom 16 og 29 år.",
			"Personen er ikke mellom 16 og 29 år, som tilskudd til sommerjobb gjelder.",
			"Fødselsdatoen er ikke oppgitt, så alderen kan ikke avgjøres."),
	}
	tf8Personkrets = &Vilkar{
		ID:          "tf-8-personkrets.bistandsbehov",
		Hjemmel:     hTF8,
		Beskrivelse: "Personen har liten eller ingen arbeidserfaring, vansker med å få arbeid på ordinære vilkår, og NAV har vurdert at hun eller han trenger bistand (NAVs informasjon).",
		Leser:       fakta(tiltak.FaktumLiteArbeidserfaring, tiltak.FaktumVanskerMedArbeid, tiltak.FaktumBistandsbehovFastslatt),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			return Og(Og(FraSvar(f.LiteArbeidserfaring), FraSvar(f.VanskerMedArbeid)), FraSvar(f.BistandsbehovFastslatt))
		},
		Uverifisert: true,
		Tekst: tekst("Personen har liten arbeidserfaring, vansker med å få arbeid og et fastslått bistandsbehov.",
			"Personen mangler liten arbeidserfaring, vansker med å få arbeid eller et fastslått bistandsbehov, som sommerjobbtilskuddet er for.",
			"Det er ikke oppgitt nok om arbeidserfaring, vansker med å få arbeid og bistandsbehov."),
	}
	tf8Permittering = &Vilkar{
		ID:          "tf-8-personkrets.ingen-permitterte",
		Hjemmel:     hTF8,
		Beskrivelse: "Arbeidsgiveren har ikke permitterte ansatte (NAVs informasjon).",
		Leser:       fakta(tiltak.FaktumArbeidsgiverHarPermitterte),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			return FraSvar(not(f.ArbeidsgiverHarPermitterte))
		},
		Uverifisert: true,
		Tekst: tekst("Arbeidsgiveren har ikke permitterte ansatte.",
			"Arbeidsgiveren har permitterte ansatte, og kan da ikke få tilskudd til sommerjobb.",
			"Det er ikke oppgitt om arbeidsgiveren har permitterte ansatte."),
	}
	praksisSommerjobbAlder = &Vilkar{
		ID:          "praksis-sommerjobb-alder.oppstart",
		Hjemmel:     hPraksisSommerjobb,
		Beskrivelse: "NAVs praksis: deltakeren har fylt 16 år og hadde ikke fylt 30 år før oppstartsdatoen (å fylle 30 år på oppstartsdatoen er greit). Vurderingsdatoen regnes som oppstartsdato.",
		Leser:       fodt,
		Vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			return Og(harFylt(f, d, 16), ikkeFyltFor(f, d, 30))
		},
		Tekst: tekst("Etter NAVs praksis er deltakeren gammel nok og hadde ikke fylt 30 år før oppstart.",
			"Etter NAVs praksis er deltakeren under 16 år, eller hadde fylt 30 år før oppstartsdatoen.",
			"Fødselsdatoen er ikke oppgitt."),
	}
)

func not(s tiltak.Svar) tiltak.Svar {
	switch s {
	case tiltak.Ja:
		return tiltak.Nei
	case tiltak.Nei:
		return tiltak.Ja
	}
	return tiltak.Ukjent
}

// midlertidig lønnstilskudd § 9-3
var tf93 = &Vilkar{
	ID:          "tf-9-3.personkrets",
	Hjemmel:     hTF93,
	Beskrivelse: "Arbeidsgiveren ansetter en person som har vansker med å komme inn på arbeidsmarkedet på ordinære lønns- og arbeidsvilkår, eller beholder en ansatt med nedsatt arbeidsevne som har vært helt eller delvis sykmeldt i 12 måneder og står i fare for å falle ut av arbeidslivet.",
	Leser: fakta(tiltak.FaktumVanskerMedArbeid, tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykefravaer12Mnd,
		tiltak.FaktumArbeidsevne),
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		ansette := FraSvar(f.VanskerMedArbeid)
		beholde := Og(Og(FraSvar(f.AnsattHosArbeidsgiver), FraSvar(f.Sykefravaer12Mnd)), nedsatt(f))
		return Eller(ansette, beholde)
	},
	Tekst: tekst("Personen hører til personkretsen for midlertidig lønnstilskudd: vansker med å komme i arbeid på ordinære vilkår, eller en ansatt med nedsatt arbeidsevne etter 12 måneders sykefravær.",
		"Personen har ikke vansker med å komme i arbeid på ordinære vilkår, og er ikke en ansatt med nedsatt arbeidsevne etter 12 måneders sykefravær.",
		"Det er ikke oppgitt nok om vansker med å komme i arbeid, ansettelse, sykefravær og arbeidsevne."),
}

// varig lønnstilskudd §§ 10-3 og 10-4
var (
	tf103Arbeidsevne = &Vilkar{
		ID:          "tf-10-3.varig-nedsatt-arbeidsevne",
		Hjemmel:     hTF103,
		Beskrivelse: "Personen har varig og vesentlig nedsatt arbeidsevne (etter NAVs arbeidsevnevurdering).",
		Leser:       fakta(tiltak.FaktumArbeidsevne),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return varigNedsatt(f) },
		Tekst: tekst("NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne.",
			"Arbeidsevnen er ikke vurdert som varig og vesentlig nedsatt, som varig lønnstilskudd krever.",
			"Arbeidsevnevurderingen er ikke oppgitt."),
	}
	tf103Beholde = &Vilkar{
		ID:          "tf-10-3.beholde-etter-sykefravaer",
		Hjemmel:     hTF103,
		Beskrivelse: "Er personen allerede ansatt hos arbeidsgiveren, kan tilskuddet bare gis unntaksvis, etter 12 måneders hel eller gradert sykmelding.",
		Leser:       fakta(tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykefravaer12Mnd),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return beholdeRute(f) },
		Tekst: tekst("Personen ansettes, eller er en ansatt som har vært sykmeldt i 12 måneder.",
			"Personen er allerede ansatt og har ikke vært sykmeldt i 12 måneder; varig lønnstilskudd for å beholde arbeid krever det.",
			"Det er ikke oppgitt om personen allerede er ansatt hos arbeidsgiveren, eller om hun eller han har vært sykmeldt i 12 måneder."),
	}
	tf104 = &Vilkar{
		ID:          "tf-10-4.tidsbegrensede-tiltak-forsokt",
		Hjemmel:     hTF104,
		Beskrivelse: "Tidsbegrensede tiltak og andre virkemidler skal være prøvd eller vurdert først (skjønn).",
		Leser:       fakta(tiltak.FaktumTidsbegrensedeTiltakForsokt),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.TidsbegrensedeTiltakForsokt) },
		Tekst: tekst("Tidsbegrensede tiltak er prøvd eller vurdert.",
			"Tidsbegrensede tiltak er ikke prøvd eller vurdert, som § 10-4 krever før varig lønnstilskudd.",
			"Det må vurderes om tidsbegrensede tiltak er prøvd eller vurdert (skjønn)."),
	}
)

// inkluderingstilskudd § 11-2
var (
	// Jobbklubb står ikke i listen: den er innhold i oppfølging (§ 4-2) og
	// dekkes som oppfølging.
	inkluderingListe2016 = []tiltak.Kode{tiltak.Avklaring, tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.Mentor,
		tiltak.Funksjonsassistanse, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.VTAO}
	inkluderingListeNAV = []tiltak.Kode{tiltak.Avklaring, tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.Mentor,
		tiltak.Funksjonsassistanse, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.VTAO,
		tiltak.OpplaeringAMO, tiltak.Sommerjobb, tiltak.ArbeidsrettetRehabilitering, tiltak.AFT}
)

var (
	tf112_2016 = &Vilkar{
		ID:          "tf-11-2.deltar-i-tiltak",
		Hjemmel:     hTF112_2016,
		Beskrivelse: "Personen deltar i avklaring, arbeidstrening, oppfølging, mentor, funksjonsassistanse, midlertidig eller varig lønnstilskudd, eller VTA i ordinær virksomhet.",
		Leser:       fakta(tiltak.FaktumDeltarI),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return deltarI(f, inkluderingSett2016) },
		Tekst: tekst("Personen deltar i et tiltak som inkluderingstilskudd kan gis sammen med etter § 11-2.",
			"Personen deltar ikke i noen av tiltakene § 11-2 første ledd nevner.",
			"Det er ikke oppgitt hvilke tiltak personen deltar i."),
	}
	tf112_2022 = &Vilkar{
		ID:              "tf-11-2-l2.personkrets",
		Hjemmel:         hTF112_2016,
		Tilleggshjemler: []tiltak.Hjemmel{hTF112_2022},
		Beskrivelse:     "Personen deltar i et av tiltakene § 11-2 første ledd nevner, eller arbeidsgiveren ansetter en person med særlig behov for tilrettelegging i den konkrete jobben (andre ledd, fra 1. september 2022).",
		Leser:           fakta(tiltak.FaktumDeltarI, tiltak.FaktumSaerligBehovTilrettelegging),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			return Eller(deltarI(f, inkluderingSett2016), FraSvar(f.SaerligBehovTilrettelegging))
		},
		Tekst: tekst("Personen deltar i et av tiltakene § 11-2 nevner, eller har særlig behov for tilrettelegging i den konkrete jobben.",
			"Personen deltar ikke i noen av tiltakene § 11-2 nevner, og har ikke særlig behov for tilrettelegging i jobben.",
			"Det er ikke oppgitt nok om tiltakene personen deltar i eller om behovet for tilrettelegging."),
	}
	praksisInkludering = &Vilkar{
		ID:              "praksis-inkluderingstilskudd-liste.personkrets",
		Hjemmel:         hPraksisInkludering,
		Tilleggshjemler: []tiltak.Hjemmel{hTF112_2022},
		Beskrivelse:     "NAVs liste: personen deltar i avklaring, arbeidstrening, oppfølging, mentor, funksjonsassistanse, lønnstilskudd, VTA i ordinær virksomhet, arbeidsmarkedskurs, sommerjobb, arbeidsrettet rehabilitering eller AFT, eller har særlig behov for tilrettelegging i jobben. Endringen bak listen er ikke funnet.",
		Leser:           fakta(tiltak.FaktumDeltarI, tiltak.FaktumSaerligBehovTilrettelegging),
		Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			return Eller(deltarI(f, inkluderingSettNAV), FraSvar(f.SaerligBehovTilrettelegging))
		},
		Uverifisert: true,
		Tekst: tekst("Personen deltar i et tiltak på NAVs liste for inkluderingstilskudd, eller har særlig behov for tilrettelegging i jobben.",
			"Personen deltar ikke i noe tiltak på NAVs liste for inkluderingstilskudd, og har ikke særlig behov for tilrettelegging i jobben.",
			"Det er ikke oppgitt nok om tiltakene personen deltar i eller om behovet for tilrettelegging."),
	}
)

// arbeidsrettet rehabilitering § 12-3
var tf123 = &Vilkar{
	ID:          "tf-12-3.personkrets",
	Hjemmel:     hTF123,
	Beskrivelse: "Personen er sykmeldt arbeidstaker, eller har nedsatt arbeidsevne som hindrer henne eller ham i å skaffe seg eller beholde arbeid.",
	Leser:       fakta(tiltak.FaktumSykmeldt, tiltak.FaktumArbeidsevne),
	Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return Eller(FraSvar(f.Sykmeldt), nedsatt(f)) },
	Tekst: tekst("Personen er sykmeldt arbeidstaker eller har nedsatt arbeidsevne.",
		"Personen er verken sykmeldt arbeidstaker eller har nedsatt arbeidsevne, og hører ikke til personkretsen for arbeidsrettet rehabilitering.",
		"Det er ikke oppgitt om personen er sykmeldt eller har nedsatt arbeidsevne."),
}

// AFT § 13-3 (ordlyden er ikke verifisert)
var tf133 = &Vilkar{
	ID:          "tf-13-3.personkrets",
	Hjemmel:     hTF133,
	Beskrivelse: "Personen har nedsatt arbeidsevne og sammensatte bistandsbehov (NAVs beskrivelse; ordlyden i § 13-3 er ikke verifisert, og «særlig usikre yrkesmessige forutsetninger» er ikke modellert som eget faktum).",
	Leser:       fakta(tiltak.FaktumArbeidsevne, tiltak.FaktumSammensattBistandsbehov),
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		return Og(nedsatt(f), FraSvar(f.SammensattBistandsbehov))
	},
	Uverifisert: true,
	Tekst: tekst("Personen har nedsatt arbeidsevne og sammensatte bistandsbehov.",
		"Personen mangler nedsatt arbeidsevne eller sammensatte bistandsbehov, som AFT etter NAVs beskrivelse krever.",
		"Det er ikke oppgitt om personen har nedsatt arbeidsevne og sammensatte bistandsbehov."),
}

// VTA og VTAO § 14-3
var (
	tf143Uforetrygd = &Vilkar{
		ID:          "tf-14-3.uforetrygd",
		Hjemmel:     hTF143,
		Beskrivelse: "Personen mottar, eller ventes i nær framtid å få, uføretrygd.",
		Leser:       fakta(tiltak.FaktumUforetrygd),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.Uforetrygd.MottarEllerForventet()) },
		Tekst: tekst("Personen mottar eller ventes å få uføretrygd.",
			"Personen mottar ikke og ventes ikke å få uføretrygd, som varig tilrettelagt arbeid krever.",
			"Det er ikke oppgitt om personen mottar eller ventes å få uføretrygd."),
	}
	tf143Tilrettelegging = &Vilkar{
		ID:          "tf-14-3.tilrettelegging",
		Hjemmel:     hTF143,
		Beskrivelse: "Personen har behov for spesiell tilrettelegging og tett oppfølging.",
		Leser:       fakta(tiltak.FaktumBehovTilretteleggingOgTettOppfolging),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.BehovTilretteleggingOgTettOppfolging) },
		Tekst: tekst("Personen har behov for spesiell tilrettelegging og tett oppfølging.",
			"Personen har ikke behov for spesiell tilrettelegging og tett oppfølging.",
			"Det er ikke oppgitt om personen har behov for spesiell tilrettelegging og tett oppfølging."),
	}
	tf143AndreTiltak = &Vilkar{
		ID:          "tf-14-3.andre-tiltak-vurdert",
		Hjemmel:     hTF143,
		Beskrivelse: "Andre tiltak skal være vurdert og funnet uaktuelle (skjønn).",
		Leser:       fakta(tiltak.FaktumAndreTiltakVurdert),
		Vurder:      func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.AndreTiltakVurdert) },
		Tekst: tekst("Andre tiltak er vurdert og funnet uaktuelle.",
			"Andre tiltak er ikke vurdert og funnet uaktuelle, som § 14-3 krever.",
			"Det må vurderes om andre tiltak er vurdert og funnet uaktuelle (skjønn)."),
	}
	tf142VTAO = &Vilkar{
		ID:          "tf-14-2.ordinaer-virksomhet",
		Hjemmel:     hTF142,
		Beskrivelse: "VTA kan gis som enkeltplass i ordinær virksomhet (VTAO); personkretsen er den samme som i § 14-3.",
		Vurder:      func(*tiltak.Fakta, tiltak.Dato) Utfall { return Oppfylt },
		Tekst:       tekst("VTA i ordinær virksomhet gis etter § 14-2, med personkretsen i § 14-3.", "", ""),
	}
)

// tf18 er tiltaksforskriften § 1-8 for tiltak hos en arbeidsgiver: er
// personen allerede ansatt der, kan tiltaket først gis når arbeidsgiverens
// tilretteleggingsplikt er oppfylt (og ved nedsatt arbeidsevne når NAV har
// oppfølgingsplanen og tiltak i virksomheten er prøvd eller umulige). Det
// finnes ikke fakta for dette, så en ansatt gir må vurderes.
var tf18 = &Vilkar{
	ID:          "tf-1-8.tilretteleggingsplikt",
	Hjemmel:     tiltak.TF("tf-1-8", "1-8", 0),
	Beskrivelse: "Er personen allerede ansatt hos arbeidsgiveren, må arbeidsgiverens tilretteleggingsplikt være oppfylt; ved nedsatt arbeidsevne må NAV også ha oppfølgingsplanen, og det må være dokumentert at tiltak i virksomheten er prøvd eller ikke er mulige.",
	Leser:       fakta(tiltak.FaktumAnsattHosArbeidsgiver),
	Vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
		if f.AnsattHosArbeidsgiver == tiltak.Nei {
			return Oppfylt
		}
		return MaVurderes
	},
	Tekst: tekst("Personen er ikke allerede ansatt hos arbeidsgiveren, så § 1-8 kommer ikke til anvendelse.",
		"",
		"Er personen allerede ansatt hos arbeidsgiveren, må det vurderes om arbeidsgiverens tilretteleggingsplikt er oppfylt, og ved nedsatt arbeidsevne om NAV har oppfølgingsplanen og tiltak i virksomheten er prøvd (§ 1-8)."),
}

// Listene som sett, laget én gang, så vilkårene slipper oppslag per kode.
var (
	mentorSett2016      = tiltak.NyttTiltakssett(mentorListe2016...)
	mentorSett2025      = tiltak.NyttTiltakssett(mentorListe2025...)
	inkluderingSett2016 = tiltak.NyttTiltakssett(inkluderingListe2016...)
	inkluderingSettNAV  = tiltak.NyttTiltakssett(inkluderingListeNAV...)
)
