package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Egenregiforskriften (FOR-2023-06-20-1073): oppfølgingstiltak i NAVs
// egenregi. Kapittel 1–3 og 5 i kraft 20. juni 2023, kapittel 4 1. juli 2023
// (§ 5-1). Kunngjort tekst av forskriften er ikke funnet; ordlyden er den
// konsoliderte teksten (bevis Konsolidert), og for §§ 2-4 og 4-1 før 1.
// august 2025 kildedokumentet seed 002 (bevis Kildedokument).
//
// FOR-2026-08-16-1636 endrer §§ 3-1, 3-2, 3-3 og 3-5 fra 1. september 2026.
// Teksten er ikke i lovtekst/; den er lest i en avledet endringshistorikk
// (sstraume97/norwegian-laws, historie/forskrift-2023-06-20-1073.md,
// commit 3b3e2b05). Versjonene er merket Avledet. Om § 3-6 (forsøket med IPS
// ung) ble opphevet, viser ikke kilden.

var (
	erIKraft     = dato(2023, 6, 20) // egenregiforskriften § 5-1 første ledd
	ugIKraft     = dato(2023, 7, 1)  // egenregiforskriften § 5-1 andre ledd (kapittel 4)
	erEndret2025 = dato(2025, 8, 1)  // FOR-2025-07-30-1576
	er2026       = dato(2026, 9, 1)  // FOR-2026-08-16-1636 (avledet)
)

const (
	for2025_1576 = "FOR-2025-07-30-1576"
	for2026_1636 = "FOR-2026-08-16-1636"
	grunnER      = "egenregiforskriften kapittel 1–3 gjelder fra 20. juni 2023 og erstattet forskrift 4. februar 2019 nr. 65 om oppfølgingstjenester i egen regi, som ikke er modellert"
	merknad1636  = "Endret ved FOR-2026-08-16-1636 fra 1. september 2026. Teksten er ikke i lovtekst/; den er lest i en avledet endringshistorikk (sstraume97/norwegian-laws, historie/forskrift-2023-06-20-1073.md, commit 3b3e2b05)."
)

var (
	ams      = koder(tiltak.ArbeidMedStotte)
	ips      = koder(tiltak.IndividuellJobbstotte)
	ipsUng   = koder(tiltak.IPSUng)
	ipsBegge = koder(tiltak.IndividuellJobbstotte, tiltak.IPSUng)
	ug       = koder(tiltak.Ungdomsgaranti)
)

func vilkarAlder16(navn, hvem string) *Vilkar {
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumFodselsdato), beskrivelse: hvem + " forutsetter at personen har fylt 16 år.",
		knekk:  knekkListe(fodselsdag(16)),
		vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
		tekst:  tekst("Personen har fylt 16 år.", "Personen har ikke fylt 16 år.", "Fødselsdatoen er ikke oppgitt.")}
}

func vilkarOmfattendeBistand(navn string) *Vilkar {
	return svarvilkar(navn, tiltak.FaktumBehovOmfattendeBistand, func(f *tiltak.Fakta) tiltak.Svar { return f.BehovOmfattendeBistand },
		"Personen har behov for mer omfattende formidlings- og oppfølgingsbistand enn den NAV gir etter arbeids- og velferdsforvaltningsloven § 4 tredje ledd.",
		tekst("Personen har behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV ellers gir.",
			"Personen har ikke behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV ellers gir.",
			"Det er ikke oppgitt om personen har behov for mer omfattende formidlings- og oppfølgingsbistand."))
}

// § 1-3 Vilkårene for deltakelse: nødvendig og hensiktsmessig; tiltaket
// opphører når vilkårene ikke lenger er oppfylt eller deltakeren ikke lenger
// ønsker å delta. Paragrafen står i kapittel 1 (fellesbestemmelser) og
// gjelder alle tiltakene i forskriften, også ungdomsgarantien (§ 1-4 kaller
// alt som tilbys etter forskriften oppfølgingstiltak).
var er13 = &paragraf{id: "er-1-3", kilde: tiltak.Egenregiforskriften, nr: "1-3", tittel: "Vilkårene for deltakelse",
	versjoner: []*versjon{{fra: erIKraft, endretVed: forER, bevis: Konsolidert,
		innhold: "Oppfølgingstiltaket skal være nødvendig og hensiktsmessig for at deltakeren kan få eller beholde lønnet arbeid; NAV kan kreve en behovs- eller arbeidsevnevurdering. Tiltaket opphører når vilkårene ikke lenger er oppfylt, eller deltakeren ikke lenger ønsker å delta.",
		vilkar: []*Vilkar{(&Vilkar{navn: "nodvendig-og-hensiktsmessig", leser: fakta(tiltak.FaktumNodvendigOgHensiktsmessig),
			beskrivelse: "Oppfølgingstiltaket skal være nødvendig og hensiktsmessig for at deltakeren kan få eller beholde lønnet arbeid (skjønn).",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.NodvendigOgHensiktsmessig) },
			tekst: nodvendigTekst}).med(1, "")},
		opphor: []*opphordel{{gjelder: koder(tiltak.ArbeidMedStotte, tiltak.IndividuellJobbstotte, tiltak.IPSUng, tiltak.Ungdomsgaranti),
			hendelser: []Hendelse{VilkarIkkeLengerOppfylt, OnskerIkkeLenger}, virkning: Opphorer, ledd: 2,
			beskrivelse: "Oppfølgingstiltaket opphører når vilkårene for deltakelse ikke lenger er oppfylt, eller deltakeren ikke lenger ønsker å delta."}},
	}}}

// § 2-1 Personkrets (arbeid med støtte).
var er21 = &paragraf{id: "er-2-1", kilde: tiltak.Egenregiforskriften, nr: "2-1", tittel: "Personkrets",
	versjoner: []*versjon{{fra: erIKraft, endretVed: forER, bevis: Konsolidert, definerer: ams,
		innhold: "Arbeid med støtte kan tilbys personer som har fylt 16 år og trenger mer omfattende formidlings- og oppfølgingsbistand enn NAV gir etter arbeids- og velferdsforvaltningsloven § 4 tredje ledd.",
		vilkar:  []*Vilkar{vilkarAlder16("alder-16", "Arbeid med støtte"), vilkarOmfattendeBistand("behov-omfattende-bistand")}}}}

// amsOpplaering er vilkåret for forlengelsen i § 2-4 for deltakere i
// opplæring etter tiltaksforskriften § 7-2 bokstav b (til 31. juli 2025)
// eller d (fra 1. august 2025), slik § 7-2 lød på startdatoen.
func amsOpplaering(navn, bokstav string, nedsattOgsa bool) *Vilkar {
	les := fakta(tiltak.FaktumDeltarI)
	beskr := "personen deltar i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav " + bokstav + " (slik bokstaven lød på startdatoen)"
	if nedsattOgsa {
		les = les.Med(tiltak.FaktumArbeidsevne)
		beskr = "personen har nedsatt arbeidsevne og " + beskr
	}
	return &Vilkar{navn: navn, leser: les, beskrivelse: beskr,
		knekk: knekkListe(versjonerAv(tf72)),
		vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			u := deltarIMaske(f, bokstavMaske(d, bokstav))
			if nedsattOgsa {
				u = Og(nedsatt(f), u)
			}
			return u
		},
		tekst: tekst("Vilkåret for forlengelsen er oppfylt: "+beskr+".", "Vilkåret for forlengelsen er ikke oppfylt: "+beskr+".",
			"Det er ikke oppgitt nok til å avgjøre om "+beskr+".")}
}

// § 2-4 Varighet (arbeid med støtte).
var er24 = &paragraf{id: "er-2-4", kilde: tiltak.Egenregiforskriften, nr: "2-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: Kildedokument,
			innhold: "Inntil ett år, inntil tre år for personer med nedsatt arbeidsevne; for deltakere i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav b kan tiltaket forlenges med inntil ett år (samlet to år, eller fire år ved nedsatt arbeidsevne).",
			merknad: "Ordlyden er kjent fra seed 002. Bokstav b i § 7-2 var fag- og yrkesopplæring eller høyere yrkesfaglig utdanning til 30. juni 2025, og norskopplæring, grunnleggende ferdigheter eller FOV i juli 2025; forlengelsen følger bokstaven slik den lød på startdatoen.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{
					{tillegg: ar(1), samlet: ar(2), vilkar: amsOpplaering("opplaering-b", "b", false)},
					{tillegg: ar(2), samlet: ar(3), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")},
					{tillegg: ar(1), samlet: ar(4), vilkar: amsOpplaering("nedsatt-og-opplaering-b", "b", true)},
				},
				tidligere: Tidligere{Grunnlag: "«Samlet varighet» er ordinær varighet pluss forlengelsen; teksten sier ikke at tidligere deltakelse teller, så den trekkes ikke fra."}}}},
		{fra: erEndret2025, endretVed: for2025_1576, bevis: Kunngjort,
			innhold: "Som før, men forlengelsen gjelder deltakere i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav d (fag- og yrkesopplæring).",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{
					{tillegg: ar(1), samlet: ar(2), vilkar: amsOpplaering("opplaering-d", "d", false)},
					{tillegg: ar(2), samlet: ar(3), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")},
					{tillegg: ar(1), samlet: ar(4), vilkar: amsOpplaering("nedsatt-og-opplaering-d", "d", true)},
				},
				tidligere: Tidligere{Grunnlag: "«Samlet varighet» er ordinær varighet pluss forlengelsen; teksten sier ikke at tidligere deltakelse teller, så den trekkes ikke fra."}}}},
	}}

// IPS: målgruppen i § 3-1.
func ipsMalgruppe(navn string, ung bool) *Vilkar {
	les := fakta(tiltak.FaktumPsykiskLidelseEllerRus, tiltak.FaktumOppfolgingHelseEllerSammensatt)
	if ung {
		les = les.Med(tiltak.FaktumSammensattePsykiskeProblemerEllerRus)
	}
	return &Vilkar{navn: navn, leser: les,
		beskrivelse: "Personen har moderate til alvorlige psykiske lidelser og/eller rusproblemer og får behandling i helse- og omsorgstjenesten, eller får annen oppfølging fra helse- og omsorgstjenesten eller har sammensatte utfordringer (etter direktoratets retningslinjer).",
		datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			andre := MaVurderes // etter direktoratets retningslinjer: skjønn
			if f.OppfolgingHelseEllerSammensatt == tiltak.Nei {
				andre = IkkeOppfylt
			}
			u := Eller(FraSvar(f.PsykiskLidelseEllerRus), andre)
			if ung {
				u = Eller(u, FraSvar(f.SammensattePsykiskeProblemerEllerRus))
			}
			return u
		},
		tekst: tekst("Personen hører til målgruppen for individuell jobbstøtte.",
			"Personen har verken psykiske lidelser eller rusproblemer med behandling, annen oppfølging fra helse- og omsorgstjenesten eller sammensatte utfordringer.",
			"Det må vurderes om personen hører til målgruppen: opplysninger mangler, eller bare direktoratets retningslinjer (andre ledd) kan gi tiltaket.")}
}

// § 3-1 Personkrets (individuell jobbstøtte).
var er31 = &paragraf{id: "er-3-1", kilde: tiltak.Egenregiforskriften, nr: "3-1", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: Konsolidert, definerer: ips,
			innhold: "Individuell jobbstøtte kan tilbys personer med moderate til alvorlige psykiske lidelser og/eller rusproblemer som får behandling i helse- og omsorgstjenesten og trenger mer omfattende formidlings- og oppfølgingsbistand; personen må ha fylt 16 år. Etter direktoratets retningslinjer kan også andre med oppfølging fra helse- og omsorgstjenesten eller sammensatte utfordringer få tiltaket.",
			vilkar: []*Vilkar{
				vilkarAlder16("alder-16", "Individuell jobbstøtte").med(1, ""),
				// IPS ung har sin egen målgruppe i § 3-6 (§ 3-1 utvidet med
				// tredje ledd); § 3-1 sin målgruppe alene ville avvise de unge
				// tredje ledd gir tiltaket.
				ipsMalgruppe("malgruppe", false).gjelderFor(tiltak.IndividuellJobbstotte),
				vilkarOmfattendeBistand("behov-omfattende-bistand").med(1, ""),
			}},
		{fra: er2026, endretVed: for2026_1636, bevis: Avledet, definerer: ipsBegge, merknad: merknad1636,
			innhold: "Individuell jobbstøtte kan tilbys personer med moderate til alvorlige psykiske lidelser og/eller rusproblemer i behandling som trenger mer omfattende bistand, og også personer under 30 år (IPS ung) med sammensatte psykiske problemer og/eller rusutfordringer; andre etter direktoratets retningslinjer. Deltakelse forutsetter samtykke og at personen ønsker å komme i ordinært arbeid og/eller opplæring eller utdanning. Tiltaket kan gis fra det året personen fyller 16 år.",
			vilkar: []*Vilkar{
				ipsMalgruppe("malgruppe", false).gjelderFor(tiltak.IndividuellJobbstotte),
				(&Vilkar{navn: "malgruppe-ung", leser: fakta(tiltak.FaktumPsykiskLidelseEllerRus, tiltak.FaktumOppfolgingHelseEllerSammensatt,
					tiltak.FaktumSammensattePsykiskeProblemerEllerRus, tiltak.FaktumFodselsdato),
					gjelder:     ipsUng,
					beskrivelse: "IPS ung: personen er under 30 år og hører til målgruppen for individuell jobbstøtte, eller har sammensatte psykiske problemer og/eller rusutfordringer.",
					knekk:       knekkListe(fodselsdag(30)),
					vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
						return Og(ikkeFylt(f, d, 30), ipsMalgruppe("", true).vurder(f, d))
					},
					tekst: tekst("Personen er under 30 år og hører til målgruppen for IPS ung.",
						"Personen er 30 år eller eldre, eller hører ikke til målgruppen for IPS ung.",
						"Det er ikke oppgitt nok om alder, psykiske lidelser, rus og oppfølging fra helse- og omsorgstjenesten.")}).med(1, ""),
				vilkarOmfattendeBistand("behov-omfattende-bistand").med(1, ""),
				(&Vilkar{navn: "samtykke-og-onske", leser: fakta(tiltak.FaktumSamtykke, tiltak.FaktumOnskerArbeidEllerUtdanning),
					beskrivelse: "Personen samtykker til å delta og ønsker å komme i ordinært arbeid og/eller opplæring eller utdanning.",
					datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
						return Og(FraSvar(f.Samtykke), FraSvar(f.OnskerArbeidEllerUtdanning))
					},
					tekst: tekst("Personen samtykker og ønsker å komme i ordinært arbeid eller utdanning.",
						"Personen samtykker ikke, eller ønsker ikke å komme i ordinært arbeid eller utdanning, som deltakelsen forutsetter.",
						"Det er ikke oppgitt om personen samtykker og ønsker å komme i ordinært arbeid eller utdanning.")}).med(3, ""),
				fraAaret("alder-fra-aret-16", 16, "Individuell jobbstøtte").med(4, ""),
			}},
	}}

// § 3-2 Innhold: samtykke som forutsetning (til 31. august 2026).
var er32 = &paragraf{id: "er-3-2", kilde: tiltak.Egenregiforskriften, nr: "3-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: Konsolidert,
			innhold: "Individuell jobbstøtte er en integrert del av behandlingen i helse- og omsorgstjenesten, med jobbspesialist fra jobbsøking til formidling og underveis i arbeidsforholdet. Det er en forutsetning at personen samtykker til å delta.",
			vilkar: []*Vilkar{svarvilkar("samtykke", tiltak.FaktumSamtykke, func(f *tiltak.Fakta) tiltak.Svar { return f.Samtykke },
				"Det er en forutsetning at personen samtykker til å delta i individuell jobbstøtte.",
				tekst("Personen samtykker til å delta.", "Personen samtykker ikke til å delta, og individuell jobbstøtte forutsetter samtykke.",
					"Det er ikke oppgitt om personen samtykker til å delta.")).med(2, "")}},
		{fra: er2026, endretVed: for2026_1636, bevis: Avledet, merknad: merknad1636,
			innhold: "Innholdet i individuell jobbstøtte (jobbspesialistens oppfølging, også under opplæring og utdanning for IPS ung); samtykket står nå i § 3-1."},
	}}

// § 3-5 Varighet (individuell jobbstøtte).
var er35 = &paragraf{id: "er-3-5", kilde: tiltak.Egenregiforskriften, nr: "3-5", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: Konsolidert,
			innhold: "Varigheten tilpasses behov og muligheter: inntil ett år, og inntil tre år for personer med nedsatt arbeidsevne.",
			varighet: []*varighetsdel{{gjelder: ips, typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{{tillegg: ar(2), samlet: ar(3), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")}},
				tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}}}},
		{fra: er2026, endretVed: for2026_1636, bevis: Avledet, merknad: merknad1636,
			innhold: "Inntil ett år, inntil tre år ved nedsatt arbeidsevne; for deltakere i IPS ung som er i opplæring eller utdanning kan tiltaket forlenges med inntil ett år (samlet to år, eller fire år ved nedsatt arbeidsevne).",
			varighet: []*varighetsdel{
				{gjelder: ips, typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
					forlengelser: []forlengelse{{tillegg: ar(2), samlet: ar(3), vilkar: nedsatt2026}},
					tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}},
				{gjelder: ipsUng, typ: Tidsbegrenset, ordinaer: ar(1),
					forlengelser: ipsUngForlengelser(utdanning2026, nedsatt2026, nedsattUtdanning2026),
					tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}},
			}},
	}}

// Forlengelsesvilkårene i § 3-5 fra 2026 deles av IPS og IPS ung.
var (
	nedsatt2026          = vilkarNedsatt("nedsatt-arbeidsevne")
	utdanning2026        = vilkarUtdanning("utdanning")
	nedsattUtdanning2026 = vilkarNedsattOg("nedsatt-og-utdanning", "deltar i opplæring eller utdanning", tiltak.FaktumIUtdanning,
		func(f *tiltak.Fakta) tiltak.Svar { return f.IUtdanning })
)

func vilkarUtdanning(navn string) *Vilkar {
	return vilkarSvar(navn, "personen deltar i opplæring eller utdanning", tiltak.FaktumIUtdanning, func(f *tiltak.Fakta) tiltak.Svar { return f.IUtdanning })
}

func ipsUngForlengelser(utd, ned, nedUtd *Vilkar) []forlengelse {
	return []forlengelse{
		{tillegg: ar(1), samlet: ar(2), vilkar: utd},
		{tillegg: ar(2), samlet: ar(3), vilkar: ned},
		{tillegg: ar(1), samlet: ar(4), vilkar: nedUtd},
	}
}

// § 3-6 Forsøk med individuell jobbstøtte til unge under 30 år (IPS ung).
var er36 = &paragraf{id: "er-3-6", kilde: tiltak.Egenregiforskriften, nr: "3-6", tittel: "Forsøk med individuell jobbstøtte til unge under 30 år",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: Konsolidert, definerer: ipsUng,
			innhold: "IPS ung kan tilbys personer mellom 16 og 30 år; §§ 3-1 til 3-5 gjelder med presiseringene i paragrafen. IPS ung kan også tilbys unge med sammensatte psykiske problemer eller rusutfordringer. For deltakere i opplæring eller utdanning kan tiltaket forlenges med inntil ett år (samlet to år, eller fire år ved nedsatt arbeidsevne).",
			vilkar: []*Vilkar{
				(&Vilkar{navn: "alder-16-30", leser: fakta(tiltak.FaktumFodselsdato),
					beskrivelse: "IPS ung kan tilbys personer mellom 16 og 30 år: fra fylte 16 år til dagen før fylte 30 år.",
					knekk:       knekkListe(fodselsdag(16), fodselsdag(30)),
					vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30)) },
					tekst:       tekst("Personen har fylt 16 år og er under 30 år.", "Personen er ikke mellom 16 og 30 år, som IPS ung krever.", "Fødselsdatoen er ikke oppgitt.")}).med(1, ""),
				ipsMalgruppe("malgruppe", true).med(3, ""),
				vilkarOmfattendeBistand("behov-omfattende-bistand").med(2, ""),
				svarvilkar("samtykke", tiltak.FaktumSamtykke, func(f *tiltak.Fakta) tiltak.Svar { return f.Samtykke },
					"Det er en forutsetning at personen samtykker til å delta (§ 3-2, som gjelder etter § 3-6 andre ledd).",
					tekst("Personen samtykker til å delta.", "Personen samtykker ikke til å delta, og IPS ung forutsetter samtykke.",
						"Det er ikke oppgitt om personen samtykker til å delta.")).med(2, ""),
			},
			varighet: []*varighetsdel{{gjelder: ipsUng, typ: Tidsbegrenset, ordinaer: ar(1), ledd: 4,
				forlengelser: ipsUngForlengelser(vilkarUtdanning("utdanning"), vilkarNedsatt("nedsatt-arbeidsevne"),
					vilkarNedsattOg("nedsatt-og-utdanning", "deltar i opplæring eller utdanning", tiltak.FaktumIUtdanning,
						func(f *tiltak.Fakta) tiltak.Svar { return f.IUtdanning })),
				tidligere: Tidligere{Grunnlag: "«Samlet varighet» er ordinær varighet pluss forlengelsen; teksten sier ikke at tidligere deltakelse teller, så den trekkes ikke fra."},
				merknad:   "§ 3-5 (inntil tre år ved nedsatt arbeidsevne) gjelder også for IPS ung (§ 3-6 andre ledd)."}}},
		{fra: er2026, endretVed: for2026_1636, bevis: Avledet, definerer: ipsUng,
			innhold: "Uavklart: FOR-2026-08-16-1636 tar IPS ung inn i § 3-1 og § 3-5. Den avledede kilden viser bare ny tekst, ikke opphevelser, så det er ukjent om § 3-6 fortsatt gjelder. Aldersgrensen mellom 16 og 30 år er beholdt, merket uverifisert.",
			merknad: merknad1636,
			vilkar: []*Vilkar{(&Vilkar{navn: "alder-16-30", leser: fakta(tiltak.FaktumFodselsdato),
				beskrivelse: "IPS ung: mellom 16 og 30 år (§ 3-6 slik den lød før 1. september 2026; om paragrafen gjelder fortsatt, er ikke kjent).",
				knekk:       knekkListe(fodselsdag(16), fodselsdag(30)),
				vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30)) },
				tekst: tekst("Personen har fylt 16 år og er under 30 år.",
					"Personen er ikke mellom 16 og 30 år, som § 3-6 krevde; om paragrafen gjelder etter 1. september 2026, er ikke kjent.",
					"Fødselsdatoen er ikke oppgitt.")}).med(1, "")}},
	}}

// § 4-1 Personkrets (ungdomsgarantien).
var er41 = &paragraf{id: "er-4-1", kilde: tiltak.Egenregiforskriften, nr: "4-1", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: ugIKraft, endretVed: forER, bevis: Kildedokument, definerer: ug,
			innhold: "Ungdomsgarantien gjelder fra fylte 16 år og fram til fylte 30 år for personer som har fått fastslått et behov for bistand fra NAV for å komme i ordinært arbeid (arbeids- og velferdsforvaltningsloven § 14 a).",
			merknad: "Ordlyden før 1. august 2025 er kjent fra seed 002.",
			vilkar: []*Vilkar{
				{navn: "alder-16-30", leser: fakta(tiltak.FaktumFodselsdato),
					beskrivelse: "Ungdomsgarantien gjelder fra fylte 16 år og fram til fylte 30 år.",
					knekk:       knekkListe(fodselsdag(16), fodselsdag(30)),
					vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return Og(harFylt(f, d, 16), ikkeFylt(f, d, 30)) },
					tekst: tekst("Personen har fylt 16 år og har ikke fylt 30 år.",
						"Ungdomsgarantien gjelder fra fylte 16 år og fram til fylte 30 år, og personen er utenfor dette.", "Fødselsdatoen er ikke oppgitt.")},
				vilkarBistandsbehov(),
			}},
		{fra: erEndret2025, endretVed: for2025_1576, bevis: Kunngjort, definerer: ug,
			innhold: "Som før; for personer som skal gjennomføre tilrettelagt fag- og yrkesopplæring etter tiltaksforskriften § 7-3 tredje ledd, gjelder garantien fra det året de fyller 16 år.",
			merknad: "Unntaket gjelder den nedre aldersgrensen; kravet om fastslått bistandsbehov og grensen ved fylte 30 år gjelder fortsatt.",
			vilkar: []*Vilkar{
				{navn: "alder", leser: fakta(tiltak.FaktumFodselsdato, tiltak.FaktumTilrettelagtFagOgYrkesopplaering),
					beskrivelse: "Ungdomsgarantien gjelder fra fylte 16 år (for tilrettelagt fag- og yrkesopplæring etter tiltaksforskriften § 7-3 tredje ledd: fra det året personen fyller 16 år) og fram til fylte 30 år.",
					knekk:       knekkListe(fodselsdag(16), iAaret(16), fodselsdag(30)),
					vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
						nedre := Eller(harFylt(f, d, 16), Og(fyllerIAar(f, d, 16), FraSvar(f.TilrettelagtFagOgYrkesopplaering)))
						return Og(nedre, ikkeFylt(f, d, 30))
					},
					tekst: tekst("Personen er innenfor aldersgrensene for ungdomsgarantien.",
						"Personen er utenfor aldersgrensene for ungdomsgarantien: fra fylte 16 år (eller fra det året personen fyller 16 år ved tilrettelagt fag- og yrkesopplæring) og fram til fylte 30 år.",
						"Fødselsdato, eller om personen skal ta tilrettelagt fag- og yrkesopplæring, er ikke oppgitt.")},
				vilkarBistandsbehov(),
			}},
	}}

func vilkarBistandsbehov() *Vilkar {
	return svarvilkar("bistandsbehov-fastslatt", tiltak.FaktumBistandsbehovFastslatt, func(f *tiltak.Fakta) tiltak.Svar { return f.BistandsbehovFastslatt },
		"NAV har fastslått at personen har behov for bistand for å komme i ordinært arbeid (arbeids- og velferdsforvaltningsloven § 14 a).",
		tekst("NAV har fastslått et behov for bistand for å komme i ordinært arbeid.",
			"NAV har ikke fastslått et behov for bistand for å komme i ordinært arbeid, som ungdomsgarantien krever.",
			"Det er ikke oppgitt om NAV har fastslått et behov for bistand (§ 14 a-vedtak)."))
}

// § 4-4 Varighet (ungdomsgarantien): inntrer innen åtte uker etter
// registrering, opphører ved fylte 30 år.
var er44 = &paragraf{id: "er-4-4", kilde: tiltak.Egenregiforskriften, nr: "4-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: ugIKraft, endretVed: forER, bevis: Konsolidert,
		innhold: "Garantien inntrer innen åtte uker etter at den unge er registrert hos NAV, gjelder så lenge behovet for arbeidsrettet bistand varer, og opphører ved fylte 30 år.",
		varighet: []*varighetsdel{{typ: Aldersgrense, alder: 30, oppstartFrist: uker(8),
			tidligere: Tidligere{Grunnlag: "Garantien varer så lenge behovet varer og opphører ved fylte 30 år; tidligere perioder spiller ingen rolle."},
			merknad:   "Garantien gjelder til og med dagen før 30-årsdagen og opphører på 30-årsdagen. Den skal inntre innen åtte uker etter registrering (se Frister)."}}}}}

// § 1-2 Definisjoner: arbeid med støtte (Supported Employment) og
// individuell jobbstøtte (Individual Placement and Support).
var er12 = &paragraf{id: "er-1-2", kilde: tiltak.Egenregiforskriften, nr: "1-2", tittel: "Definisjoner",
	versjoner: []*versjon{{fra: erIKraft, endretVed: forER, bevis: Konsolidert,
		definerer: koder(tiltak.ArbeidMedStotte, tiltak.IndividuellJobbstotte, tiltak.IPSUng),
		innhold:   "Definerer tiltakene: arbeid med støtte er oppfølging etter metoden Supported Employment, individuell jobbstøtte oppfølging etter metoden Individual Placement and Support (IPS ung er IPS for unge, kapittel 3), og en jobbspesialist er veilederen som bruker metodene.",
		merknad:   "Aldri endret; ordlyden er kjent fra den konsoliderte teksten og seed 002."}}}

// § 2-2 Innhold (arbeid med støtte). Ordlyden fra 2023 er ukjent; paragrafen
// ble byttet ut i sin helhet 1. juli 2025.
var er22 = &paragraf{id: "er-2-2", kilde: tiltak.Egenregiforskriften, nr: "2-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: erIKraft, endretVed: forER, bevis: UkjentOrdlyd, definerer: koder(tiltak.ArbeidMedStotte),
			innhold: "Paragrafen fantes fra 20. juni 2023, men ordlyden finnes ikke i noen lagret kilde.",
			merknad: "Biblioteket antar ikke at regelen om bistand under fag- og yrkesopplæring (tredje ledd fra 1. juli 2025) gjaldt før 1. juli 2025."},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort, definerer: koder(tiltak.ArbeidMedStotte),
			innhold: "Fem typer bistand (a–e) fra jobbspesialisten; arbeidsgiveren kan få oppfølging ut over tilretteleggingsplikten. Tredje ledd: deltakere i fag- og yrkesopplæring (tiltaksforskriften § 7-2 første ledd bokstav d) kan få bistand til å fullføre opplæringen.",
			liste:   koder(tiltak.OpplaeringFagOgYrke)},
	}}

// § 4-2 Innhold (ungdomsgarantien): definerer tiltaket.
var er42 = &paragraf{id: "er-4-2", kilde: tiltak.Egenregiforskriften, nr: "4-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: ugIKraft, endretVed: forER, bevis: Konsolidert, definerer: koder(tiltak.Ungdomsgaranti),
		innhold: "Garantien gir individuelt tilpasset oppfølging hele garantiperioden med fast kontaktperson og flere typer bistand; oppfølgingen løper også mens den unge er i tiltak, opplæring, behandling eller jobb, og arbeidsgiveren kan få veiledning ut over tilretteleggingsplikten."}}}
