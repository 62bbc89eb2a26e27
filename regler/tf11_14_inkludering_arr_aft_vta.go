package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Tiltaksforskriften kapittel 11 (inkluderingstilskudd), 12 (arbeidsrettet
// rehabilitering), 13 (arbeidsforberedende trening), 14 (varig tilrettelagt
// arbeid) og 14A (varig tilrettelagt arbeid i ordinær virksomhet, fra 1.
// september 2026; bare avledet tekst).

var (
	inkl     = koder(tiltak.Inkluderingstilskudd)
	vtaFra26 = dato(2026, 9, 1) // FOR-2025-12-18-2918: kapittel 14A og endringer i kapittel 14
)

// Listene i § 11-2 første ledd, versjon for versjon.
var (
	inklListe2016 = koder(tiltak.Avklaring, tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.Mentor, tiltak.Funksjonsassistanse,
		tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.VTAO)
	inklListe20161001 = append(koder(tiltak.AFT), inklListe2016...)
	// Fra 2018 nevner listen «arbeidsmarkedskurs, jf. § 7-2 bokstav a»: de
	// tiltakene bokstaven klart omfatter på datoen (bokstavKoder), ikke en
	// fast liste.
	inklListe2018 = append(koder(tiltak.ArbeidsrettetRehabilitering), inklListe20161001...)
	inklBokstaver = []string{"a"}
	inklListe2021 = append(koder(tiltak.Sommerjobb), inklListe2018...)
	// Arbeidsmarkedskurs «jf. § 7-2 bokstav a» omfattet norskopplæring
	// uttrykkelig bare fram til 30. juni 2019; etter det er norsk og FOV
	// bare kanskje kurs. Hospitering (fra 23. februar 2021) gjelder
	// VTA-deltakere bare når de hospiterer.
	inklMulig2018 = koder(tiltak.OpplaeringNorskFOV)
	inklMulig2021 = koder(tiltak.OpplaeringNorskFOV, tiltak.VTA)
)

// klartIListe sier om tiltaket k klart er med i en liste på datoen d: i den
// faste listen, eller omfattet av en av bokstavene i § 7-2 listen viser til.
func klartIListe(k tiltak.Kode, liste []tiltak.Kode, bokstaver []string, d tiltak.Dato) bool {
	if inneholder(liste, k) {
		return true
	}
	for _, b := range bokstaver {
		if bokstavMaske(d, b).Har(k) == tiltak.Ja {
			return true
		}
	}
	return false
}

// firearigSett er settet med fireårig lønnstilskudd, bygd én gang (bare
// lest).
var firearigSett = settAv(tiltak.FirearigLonnstilskudd)

// inkluderingsliste er vilkåret i § 11-2 første ledd: personen deltar i et
// av tiltakene i listen. Det er ett av tre alternativer (ledd) i § 11-2.
func inkluderingsliste(liste, mulig []tiltak.Kode, bokstaver []string) *Vilkar {
	lm, mm := settAv(liste...), settAv(mulig...)
	return &Vilkar{navn: "deltar-i-tiltak", eller: "tf-11-2", leser: fakta(tiltak.FaktumDeltarI),
		beskrivelse: "Virksomheten tilbyr en arbeidsplass til en deltaker i et av tiltakene § 11-2 første ledd nevner.",
		knekk:       knekkListe(versjonerAv(tf72)),
		vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
			klar := lm
			for _, b := range bokstaver {
				klar = klar.Union(bokstavMaske(d, b))
			}
			u := deltarIMaske(f, klar)
			// Tiltak som bare kanskje er med, og som ikke er klart med på
			// datoen, gir må vurderes.
			if u != Oppfylt && len(mulig) > 0 && f.DeltarI.HarNoenAv(mm.Uten(klar)) == tiltak.Ja {
				u = Eller(u, MaVurderes)
			}
			return u
		},
		tekst: tekst("Personen deltar i et tiltak som inkluderingstilskudd kan gis sammen med etter § 11-2 første ledd.",
			"Personen deltar ikke i noen av tiltakene § 11-2 første ledd nevner.",
			"Det er ikke oppgitt hvilke tiltak personen deltar i, eller tiltaket er bare kanskje omfattet av listen.")}
}

// § 11-2 første ledd: tiltakene inkluderingstilskudd kan gis sammen med.
var tf112l1 = &paragraf{id: "tf-11-2-l1", kilde: tiltak.Tiltaksforskriften, nr: "11-2", ledd: 1, tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: inkl, liste: inklListe2016,
			innhold: "Tilskuddet kan gis til virksomheter som tilbyr en arbeidsplass til deltakere i avklaring, arbeidstrening, oppfølging, mentor, funksjonsassistanse, midlertidig eller varig lønnstilskudd, eller varig tilrettelagt arbeid i ordinært arbeidsliv.",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe2016, nil, nil)}},
		{fra: dato(2016, 10, 1), endretVed: for2016_653, bevis: Kunngjort, definerer: inkl, liste: inklListe20161001,
			innhold: "Som før, og arbeidsforberedende trening (kapittel 13) er lagt til.",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe20161001, nil, nil)}},
		{fra: dato(2018, 1, 1), endretVed: for2017_194, bevis: Kunngjort, definerer: inkl, liste: inklListe2018, listeBokstaver: inklBokstaver, listeMulig: inklMulig2018,
			innhold: "Som før, og kortvarige arbeidsrettede kurs (arbeidsmarkedskurs, § 7-2 bokstav a) og arbeidsrettet rehabilitering (kapittel 12) er lagt til.",
			merknad: "Norsk og grunnleggende ferdigheter var uttrykkelig med i § 7-2 bokstav a fra 1. oktober 2016 til 30. juni 2019; etter det er de bare kanskje omfattet (må vurderes).",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe2018, inklMulig2018, inklBokstaver)}},
		{fra: dato(2021, 2, 23), endretVed: for2021_556, bevis: Kunngjort, definerer: inkl, liste: inklListe2018, listeBokstaver: inklBokstaver, listeMulig: inklMulig2021,
			innhold: "Som før; bokstav k omfatter nå også hospitering i ordinær virksomhet for deltakere i varig tilrettelagt arbeid.",
			merknad: "VTA-deltakere er med bare når de hospiterer i en ordinær virksomhet (må vurderes).",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe2018, inklMulig2021, inklBokstaver)}},
		{fra: dato(2021, 4, 22), endretVed: for2021_122, bevis: Kunngjort, definerer: inkl, liste: inklListe2021, listeBokstaver: inklBokstaver, listeMulig: inklMulig2021,
			innhold: "Tilskudd til sommerjobb (kapittel 8) er lagt til som ny bokstav g; de andre bokstavene flyttes.",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe2021, inklMulig2021, inklBokstaver)}},
		{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet, definerer: inkl, liste: inklListe2021, listeBokstaver: inklBokstaver, listeMulig: inklMulig2021,
			innhold: "Bokstav l viser nå til kapittel 14A (varig tilrettelagt arbeid i ordinær virksomhet) og kapittel 14 (hospitering). Bare avledet tekst er funnet.",
			merknad: "FOR-2025-09-18-2712 har ordrett samme innhold med samme ikrafttredelse.",
			vilkar:  []*Vilkar{inkluderingsliste(inklListe2021, inklMulig2021, inklBokstaver)}},
	}}

// § 11-2 andre ledd: personer med avtale eller formidlingsbistand (2016), og
// fra 1. september 2022 personer med særskilt tilretteleggingsbehov.
var tf112l2 = &paragraf{id: "tf-11-2-l2", kilde: tiltak.Tiltaksforskriften, nr: "11-2", ledd: 2, tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskuddet kan også gis til virksomheter som ansetter personer med en særlig tilretteleggings- og oppfølgingsavtale med NAV, eller som ansetter personer etter individuell formidlingsbistand fra NAV.",
			vilkar: []*Vilkar{{navn: "avtale-eller-formidling", eller: "tf-11-2",
				leser:       fakta(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, tiltak.FaktumIndividuellFormidlingsbistand),
				beskrivelse: "Virksomheten ansetter en person som har en særlig tilretteleggings- og oppfølgingsavtale med NAV, eller som ansettes etter individuell formidlingsbistand fra NAV.",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					return Eller(FraSvar(f.TilretteleggingsOgOppfolgingsavtale), FraSvar(f.IndividuellFormidlingsbistand))
				},
				tekst: tekst("Personen har en særlig tilretteleggings- og oppfølgingsavtale, eller ansettes etter individuell formidlingsbistand fra NAV.",
					"Personen har ikke en særlig tilretteleggings- og oppfølgingsavtale og ansettes ikke etter individuell formidlingsbistand.",
					"Det er ikke oppgitt om personen har en særlig tilretteleggings- og oppfølgingsavtale eller ansettes etter individuell formidlingsbistand.")}}},
		{fra: dato(2022, 9, 1), endretVed: for2022_932, bevis: Kunngjort,
			innhold: "Tilskuddet kan også gis til virksomheter som ansetter personer med et særskilt tilretteleggingsbehov i den konkrete jobben.",
			vilkar: []*Vilkar{{navn: "saerskilt-tilretteleggingsbehov", eller: "tf-11-2", leser: fakta(tiltak.FaktumSaerligBehovTilrettelegging),
				beskrivelse: "Virksomheten ansetter en person med et særskilt tilretteleggingsbehov i den konkrete jobben.",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.SaerligBehovTilrettelegging) },
				tekst: tekst("Personen har et særskilt tilretteleggingsbehov i den konkrete jobben.",
					"Personen har ikke et særskilt tilretteleggingsbehov i den konkrete jobben.",
					"Det er ikke oppgitt om personen har et særskilt tilretteleggingsbehov i den konkrete jobben.")}}},
	}}

// § 11-2 tredje ledd: virksomheter i forskriftsfestede forsøk.
var tf112l3 = &paragraf{id: "tf-11-2-l3", kilde: tiltak.Tiltaksforskriften, nr: "11-2", ledd: 3, tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tilskuddet kan også gis til virksomheter som er med i forskriftsfestede forsøk i ordinært arbeidsliv i regi av NAV.",
		merknad: "Teksten nevner ingen forsøk. Forsøket med fireårig lønnstilskudd (FOR-2026-02-04-163) er et slikt forsøk; andre må oppgis med faktumet i_forskriftsfestet_forsok.",
		vilkar: []*Vilkar{{navn: "forskriftsfestet-forsok", eller: "tf-11-2", leser: fakta(tiltak.FaktumForskriftsfestetForsok, tiltak.FaktumDeltarI),
			beskrivelse: "Virksomheten er med i et forskriftsfestet forsøk i ordinært arbeidsliv i regi av NAV (for eksempel fireårig lønnstilskudd).",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				// Ukjent deltakelse gir må vurderes, ikke ikke oppfylt: en
				// deltaker i fireårig lønnstilskudd kan komme fram når den
				// blir kjent.
				return Eller(FraSvar(f.DeltarI.HarNoenAv(firearigSett)), FraSvar(f.ForskriftsfestetForsok))
			},
			tekst: tekst("Virksomheten er med i et forskriftsfestet forsøk i ordinært arbeidsliv i regi av NAV.",
				"Virksomheten er ikke med i et forskriftsfestet forsøk i ordinært arbeidsliv i regi av NAV.",
				"Det er ikke oppgitt om virksomheten er med i et forskriftsfestet forsøk i ordinært arbeidsliv.")}},
	}}}

// § 11-3 Tilskudd til virksomheten: tilleggsutgiftene som dekkes.
var tf11_3 = &paragraf{id: "tf-11-3", kilde: tiltak.Tiltaksforskriften, nr: "11-3", tittel: "Tilskudd til virksomheten",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tilskuddet dekker bare tilleggsutgifter ut over det virksomheten normalt har ved ansettelser: vurdering av funksjonsevne eller tilretteleggingsbehov, ekstra tiltaksplass, personlig utstyr, arbeidshjelpemidler og tilpasninger som ikke dekkes etter folketrygdloven § 10-5, programvare og teknologisk utstyr, forsikring, lisenser og sertifisering, og ekstern opplæring. Utgifter som dekkes gjennom et tiltak i § 11-2, gir ikke tilskudd.",
		sats: []*satsdel{{typ: FaktiskeUtgifter, ledd: 2, dekker: []string{
			"nødvendig vurdering av funksjonsevne eller tilretteleggingsbehov på arbeidsplassen", "opprettelse av ekstra tiltaksplass",
			"personlig utstyr knyttet til arbeidet", "arbeidshjelpemidler og tilpasninger som ikke dekkes etter folketrygdloven § 10-5",
			"programvare og teknologisk utstyr", "forsikring, lisenser og sertifisering knyttet til arbeidet", "ekstern opplæring for arbeidet"}}}}}}

// § 11-4 Tilskuddets størrelse: faktiske utgifter opp til maksimalsatsen.
var tf11_4 = &paragraf{id: "tf-11-4", kilde: tiltak.Tiltaksforskriften, nr: "11-4", tittel: "Tilskuddets størrelse",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tilskuddet for den enkelte dekker virksomhetens faktiske, dokumenterte utgifter opp til en maksimalsats departementet fastsetter.",
		sats:    []*satsdel{{typ: FaktiskeUtgifter, merknad: "Maksimalsatsen står ikke i forskriften; den ligger i tilskudd sin satstabell."}},
		varighet: []*varighetsdel{{typ: UtenFastMaksimum,
			tidligere: Tidligere{Grunnlag: "Forskriften setter ingen varighet, bare et maksimalt beløp."},
			merknad:   "NAVs praksis begrenser en avtale til 12 måneder (egen praksisregel)."}}}}}

// § 11-5 Forholdet til andre ytelser.
var tf11_5 = &paragraf{id: "tf-11-5", kilde: tiltak.Tiltaksforskriften, nr: "11-5", tittel: "Forholdet til andre ytelser",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Det gis ikke tilskudd når utgiftene dekkes gjennom andre tilskuddsordninger.",
		vilkar:  []*Vilkar{vilkarIkkeDobbeltDekket()}}}}

func vilkarIkkeDobbeltDekket() *Vilkar {
	return ikkeSvarvilkar("ikke-dekket-annet-sted", tiltak.FaktumUtgifterDekketAnnetSted, func(f *tiltak.Fakta) tiltak.Svar { return f.UtgifterDekketAnnetSted },
		"Utgiftene tilskuddet skal dekke, dekkes ikke gjennom andre tilskuddsordninger.",
		tekst("Utgiftene dekkes ikke gjennom andre tilskuddsordninger.",
			"Utgiftene dekkes gjennom andre tilskuddsordninger, og det gis da ikke tilskudd for dem.",
			"Det er ikke oppgitt om utgiftene allerede dekkes gjennom andre tilskuddsordninger."))
}

// § 12-3 Personkrets.
var tf123 = &paragraf{id: "tf-12-3", kilde: tiltak.Tiltaksforskriften, nr: "12-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.ArbeidsrettetRehabilitering),
		innhold: "Arbeidsrettet rehabilitering kan gis til sykmeldte arbeidstakere og til personer med nedsatt arbeidsevne som hindrer dem i å skaffe seg eller beholde inntektsgivende arbeid.",
		vilkar: []*Vilkar{{navn: "personkrets", leser: fakta(tiltak.FaktumSykmeldt, tiltak.FaktumArbeidsevne),
			beskrivelse: "Personen er sykmeldt arbeidstaker, eller har nedsatt arbeidsevne som hindrer henne eller ham i å skaffe seg eller beholde arbeid.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return Eller(FraSvar(f.Sykmeldt), nedsatt(f)) },
			tekst: tekst("Personen er sykmeldt arbeidstaker eller har nedsatt arbeidsevne.",
				"Personen er verken sykmeldt arbeidstaker eller har nedsatt arbeidsevne, og hører ikke til personkretsen for arbeidsrettet rehabilitering.",
				"Det er ikke oppgitt om personen er sykmeldt eller har nedsatt arbeidsevne.")}},
	}}}

// § 12-4 Varighet: inntil tolv uker.
var tf124 = &paragraf{id: "tf-12-4", kilde: tiltak.Tiltaksforskriften, nr: "12-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold:  "Varigheten tilpasses behovet; arbeidsrettet rehabilitering kan vare i inntil tolv uker.",
		varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: uker(12), tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}}}}

// Kapittel 13. Arbeidsforberedende trening (fra 1. oktober 2016).

var (
	aft      = koder(tiltak.AFT)
	aftFra   = dato(2016, 10, 1)
	aftNy    = dato(2026, 1, 1)
	aftForml = func(navn string) *Vilkar {
		return (&Vilkar{navn: navn, leser: fakta(tiltak.FaktumOpplaeringFormellKompetanse),
			beskrivelse: "deltakeren får opplæring med sikte på formell kompetanse",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				// Det tredje året kommer i tillegg til det andre, som beror på
				// skjønn: er faktumet nei, er vilkåret ikke oppfylt; ellers må
				// det vurderes.
				if f.OpplaeringFormellKompetanse == tiltak.Nei {
					return IkkeOppfylt
				}
				return MaVurderes
			},
			tekst: tekst("", "Vilkåret for det tredje året er ikke oppfylt: deltakeren får ikke opplæring med sikte på formell kompetanse.",
				"Det tredje året kommer i tillegg til forlengelsen som beror på NAVs vurdering av behovet, og krever opplæring med sikte på formell kompetanse.")})
	}
)

// § 13-2 Innhold: fra 2026 står vurderingen hver tredje måned her.
var tf132 = &paragraf{id: "tf-13-2", kilde: tiltak.Tiltaksforskriften, nr: "13-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort, definerer: aft,
			innhold: "Arbeidsforberedende trening kan inneholde avklaring og kartlegging, utprøving og arbeidstrening i skjermet miljø, tilrettelagt opplæring, hjelp til å finne arbeidspraksis og oppfølging i ordinært arbeidsliv. Arrangøren lager en plan for hver deltaker, og alle skal få tilbud om arbeidstrening eller opplæring i ordinært arbeidsliv."},
		{fra: aftNy, endretVed: for2025_172, bevis: Kunngjort, definerer: aft,
			innhold: "Nytt innhold (a–f), plan for hver deltaker og sluttrapport. NAV skal vurdere status og progresjon for hver deltaker hver tredje måned.",
			merknad: "FOR-2025-09-10-1825 rettet bokstav b før endringen trådte i kraft.",
			frister: []*fristdel{{maneder: 3, typ: Gjennomgang, ledd: 4,
				beskrivelse: "NAV vurderer status og progresjon for deltakeren hver tredje måned (§ 13-2 fjerde ledd)."}}},
	}}

// § 13-3 Personkrets.
var tf133 = &paragraf{id: "tf-13-3", kilde: tiltak.Tiltaksforskriften, nr: "13-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort, definerer: aft,
		innhold: "Arbeidsforberedende trening kan tilbys personer med sammensatte bistandsbehov som har fått arbeidsevnen nedsatt og som har særlig usikre yrkesmessige forutsetninger.",
		vilkar: []*Vilkar{{navn: "personkrets",
			leser:       fakta(tiltak.FaktumSammensattBistandsbehov, tiltak.FaktumArbeidsevne, tiltak.FaktumUsikreYrkesmessigeForutsetninger),
			beskrivelse: "Personen har sammensatte bistandsbehov, nedsatt arbeidsevne og særlig usikre yrkesmessige forutsetninger.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				return Og(Og(FraSvar(f.SammensattBistandsbehov), nedsatt(f)), FraSvar(f.UsikreYrkesmessigeForutsetninger))
			},
			tekst: tekst("Personen har sammensatte bistandsbehov, nedsatt arbeidsevne og særlig usikre yrkesmessige forutsetninger.",
				"Personen mangler sammensatte bistandsbehov, nedsatt arbeidsevne eller særlig usikre yrkesmessige forutsetninger, som arbeidsforberedende trening krever.",
				"Det er ikke oppgitt nok om bistandsbehov, arbeidsevne og yrkesmessige forutsetninger.")}},
	}}}

// § 13-4 Varighet.
var tf134 = &paragraf{id: "tf-13-4", kilde: tiltak.Tiltaksforskriften, nr: "13-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort,
			innhold: "Tiltaket kan vare i inntil ett år og forlenges med ett år til; deltakere i opplæring med sikte på formell kompetanse kan få ett år til. NAV-kontoret vurderer status og progresjon hver tredje måned.",
			merknad: "Tredje år er lest som et tillegg til det andre, som beror på behov.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1),
				forlengelser: []forlengelse{
					{tillegg: ar(1), samlet: ar(2), vilkar: skjonnsvilkar("forlengelse", "tiltaket kan forlenges med ett år",
						"Forlengelsen beror på NAVs vurdering av behovet: tiltaket kan forlenges med inntil ett år.")},
					{tillegg: ar(1), samlet: ar(3), vilkar: aftForml("formell-kompetanse")},
				},
				tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}},
			frister: []*fristdel{{maneder: 3, typ: Gjennomgang, ledd: 3,
				beskrivelse: "NAV-kontoret vurderer status og progresjon for deltakeren hver tredje måned (§ 13-4 tredje ledd i 2016-teksten)."}}},
		{fra: aftNy, endretVed: for2025_172, bevis: Kunngjort,
			innhold: "Varigheten tilpasses behovet: inntil ett år med forlengelse i ett år til, og ett år til for deltakere i opplæring og utdanning som gir eller sikter mot formell kompetanse. NAV fastsetter hvor lenge oppfølging etter ansettelse varer.",
			merknad: "Oppfølging etter ansettelse har ingen grense i teksten og er ikke modellert.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{
					{tillegg: ar(1), samlet: ar(2), vilkar: skjonnsvilkar("forlengelse", "tiltaket kan forlenges med ett år",
						"Forlengelsen beror på NAVs vurdering av behovet: tiltaket kan forlenges med inntil ett år.")},
					{tillegg: ar(1), samlet: ar(3), vilkar: aftForml("formell-kompetanse")},
				},
				tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}},
	}}

// § 13-5 Ansettelsesforhold: deltakeren skal ikke være ansatt hos arrangøren.
var tf135 = &paragraf{id: "tf-13-5", kilde: tiltak.Tiltaksforskriften, nr: "13-5", tittel: "Ansettelsesforhold",
	versjoner: []*versjon{
		{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort,
			innhold: "Deltakerne skal ikke være ansatt i virksomheten.",
			vilkar:  []*Vilkar{vilkarIkkeAnsatt("Deltakeren er allerede ansatt i virksomheten som arrangerer tiltaket, og kan da ikke delta (§ 13-5).")}},
		{fra: aftNy, endretVed: for2025_172, bevis: Kunngjort,
			innhold: "Deltakerne skal ikke være ansatt i virksomheten som arrangerer arbeidsforberedende trening.",
			vilkar:  []*Vilkar{vilkarIkkeAnsatt("Deltakeren er allerede ansatt i virksomheten som arrangerer tiltaket, og kan da ikke delta (§ 13-5).")}},
	}}

// § 13-7 Tilskudd til tiltaksarrangør: fast månedlig sats per plass.
var tf137 = &paragraf{id: "tf-13-7", kilde: tiltak.Tiltaksforskriften, nr: "13-7", tittel: "Tilskudd til tiltaksarrangør",
	versjoner: []*versjon{
		{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort,
			innhold: "Arrangøren får statlig tilskudd som en fast månedlig sats per godkjent tiltaksplass; departementet fastsetter satsen.",
			sats:    []*satsdel{{typ: Manedssats}}},
		{fra: aftNy, endretVed: for2025_172, bevis: Kunngjort,
			innhold: "Fortsatt fast månedlig sats per godkjent plass; satsen kan reduseres ved deltakelse på deltid (direktoratet fastsetter reduserte satser), og tilskuddet betales etterskuddsvis for plasser som faktisk er brukt.",
			sats:    []*satsdel{{typ: Manedssats, merknad: "Reduserte satser ved deltid fastsettes av direktoratet og er ikke modellert."}}},
	}}

// Kapittel 14. Varig tilrettelagt arbeid.

var (
	vtaOgVtao = koder(tiltak.VTA, tiltak.VTAO)
	bareVta   = koder(tiltak.VTA)
	bareVtao  = koder(tiltak.VTAO)
)

// § 14-2 Innhold: VTA i virksomhet etter § 14-5, og til 31. august 2026 også
// som enkeltplass i ordinær virksomhet (VTAO).
var tf142 = &paragraf{id: "tf-14-2", kilde: tiltak.Tiltaksforskriften, nr: "14-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: vtaOgVtao,
			innhold: "Varig tilrettelagt arbeid gis i en virksomhet som oppfyller kravene i § 14-5, med oppgaver tilpasset arbeidsevnen, og kan også gis som enkeltplass i en ordinær virksomhet."},
		{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet, definerer: bareVta,
			innhold: "Varig tilrettelagt arbeid etter kapittel 14 gis bare i forhåndsgodkjent virksomhet som oppfyller § 14-5; enkeltplasser i ordinær virksomhet er flyttet til kapittel 14A. Bare avledet tekst er funnet.",
			merknad: "Overgangsregler for enkeltplasser som løper 31. august 2026, er ikke kjent (del II mangler i den avledede teksten)."},
	}}

// vtaPersonkrets er personkretsen i § 14-3 og § 14A-3.
func vtaPersonkrets() []*Vilkar {
	return []*Vilkar{
		{navn: "uforetrygd", leser: fakta(tiltak.FaktumUforetrygd),
			beskrivelse: "Personen mottar, eller ventes i nær framtid å få, uføretrygd.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.Uforetrygd.MottarEllerForventet()) },
			tekst: tekst("Personen mottar eller ventes å få uføretrygd.",
				"Personen mottar ikke og ventes ikke å få uføretrygd, som varig tilrettelagt arbeid krever.",
				"Det er ikke oppgitt om personen mottar eller ventes å få uføretrygd.")},
		svarvilkar("tilrettelegging", tiltak.FaktumBehovTilretteleggingOgTettOppfolging, func(f *tiltak.Fakta) tiltak.Svar { return f.BehovTilretteleggingOgTettOppfolging },
			"Personen har behov for spesiell tilrettelegging og tett oppfølging.",
			tekst("Personen har behov for spesiell tilrettelegging og tett oppfølging.",
				"Personen har ikke behov for spesiell tilrettelegging og tett oppfølging.",
				"Det er ikke oppgitt om personen har behov for spesiell tilrettelegging og tett oppfølging.")),
		svarvilkar("andre-tiltak-vurdert", tiltak.FaktumAndreTiltakVurdert, func(f *tiltak.Fakta) tiltak.Svar { return f.AndreTiltakVurdert },
			"Andre arbeidsmarkedstiltak skal være vurdert og funnet uaktuelle (skjønn).",
			tekst("Andre tiltak er vurdert og funnet uaktuelle.",
				"Andre tiltak er ikke vurdert og funnet uaktuelle, som personkretsen krever.",
				"Det må vurderes om andre tiltak er vurdert og funnet uaktuelle (skjønn).")),
	}
}

// § 14-3 Personkrets.
var tf143 = &paragraf{id: "tf-14-3", kilde: tiltak.Tiltaksforskriften, nr: "14-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tiltaket er for personer som mottar eller i nær framtid ventes å få uføretrygd, og som trenger spesiell tilrettelegging og tett oppfølging. Andre tiltak skal være vurdert og funnet uaktuelle.",
		vilkar:  vtaPersonkrets()}}}

// § 14-4 Varighet: ikke tidsbegrenset.
var tf144 = &paragraf{id: "tf-14-4", kilde: tiltak.Tiltaksforskriften, nr: "14-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tiltaket er ikke tidsbegrenset, men det skal jevnlig vurderes om deltakeren kan gå over til andre tiltak, utdanning eller ordinært arbeid.",
		varighet: []*varighetsdel{{typ: IkkeTidsbegrenset, tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
			merknad: "Ikke tidsbegrenset; overgang til andre tiltak, utdanning eller ordinært arbeid vurderes jevnlig (uten fast intervall)."}}}}}

// § 14-8 Tilskudd til tiltaksarrangør.
var tf148 = &paragraf{id: "tf-14-8", kilde: tiltak.Tiltaksforskriften, nr: "14-8", tittel: "Tilskudd til tiltaksarrangør",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Driftstilskudd: arrangøren får en fast månedlig statlig sats per godkjent plass, fastsatt av departementet, og et kommunalt tilskudd på minst 25 prosent av det statlige, betalt av deltakerens bostedskommune.",
			sats:    []*satsdel{{typ: Manedssats, merknad: "Det kommunale tilskuddet (minst 25 prosent av det statlige) er ikke modellert."}}},
		{fra: aftFra, endretVed: for2016_653, bevis: Kunngjort,
			innhold: "Ny overskrift (tilskudd til tiltaksarrangør) og «statlig tilskudd» i stedet for «driftstilskudd»; ellers som før.",
			sats:    []*satsdel{{typ: Manedssats, merknad: "Det kommunale tilskuddet (minst 25 prosent av det statlige) er ikke modellert."}}},
	}}

// § 14-10 Hospitering.
var tf1410 = &paragraf{id: "tf-14-10", kilde: tiltak.Tiltaksforskriften, nr: "14-10", tittel: "Hospitering i ordinært arbeidsliv for deltakere i forhåndsgodkjent virksomhet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold:    "Deltakeren kan få permisjon fra den skjermede virksomheten i inntil seks måneder for å hospitere i ordinær virksomhet med sikte på overgang dit; den skjermede virksomheten beholder full sats og ansvaret for oppfølgingen.",
			arbeidstid: &arbeidstidsdel{lengde: maneder(6), ledd: 1}},
		{fra: dato(2023, 1, 1), endretVed: for2022_855, bevis: Kunngjort,
			innhold:    "Deltakere i forhåndsgodkjent virksomhet kan hospitere i ordinære virksomheter; hospiteringen kan utgjøre høyst 50 prosent av samlet avtalt arbeidstid i en åtteukersperiode, med unntak i inntil seks måneder når fast ansettelse i hospiteringsvirksomheten vurderes. Virksomheten beholder full sats og oppfølgingsansvaret.",
			merknad:    "Teksten sier ikke om åtteukersperioden er løpende eller faste perioder; den er regnet som løpende.",
			arbeidstid: &arbeidstidsdel{prosent: 50, vinduUker: 8, lengde: maneder(6), ledd: 2}},
	}}

// Kapittel 14A. Varig tilrettelagt arbeid i ordinær virksomhet (avledet tekst).

var tf14a2 = &paragraf{id: "tf-14a-2", kilde: tiltak.Tiltaksforskriften, nr: "14A-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet, definerer: bareVtao,
		innhold: "Tiltaket gis som enkeltplasser i ordinær virksomhet, med oppgaver og kvalifisering tilpasset den enkelte; arbeidsgiver og deltaker får forsterket og varig oppfølging fra en tilbyder etter § 14A-6, og det oppnevnes fadder og kontaktperson. Bare avledet tekst er funnet."}}}

var tf14a3 = &paragraf{id: "tf-14a-3", kilde: tiltak.Tiltaksforskriften, nr: "14A-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet,
		innhold: "Samme personkrets som § 14-3: personer som mottar eller snart ventes å få uføretrygd, som trenger spesiell tilrettelegging og tett oppfølging, og der andre tiltak er vurdert og funnet uaktuelle. Bare avledet tekst er funnet.",
		vilkar:  vtaPersonkrets()}}}

var tf14a4 = &paragraf{id: "tf-14a-4", kilde: tiltak.Tiltaksforskriften, nr: "14A-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet,
		innhold: "Tiltaket er ikke tidsbegrenset, men overgang til andre tiltak, utdanning eller ordinært arbeid skal vurderes jevnlig. Bare avledet tekst er funnet.",
		varighet: []*varighetsdel{{typ: IkkeTidsbegrenset, tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
			merknad: "Ikke tidsbegrenset (§ 14A-4, avledet tekst)."}}}}}

var tf14a7 = &paragraf{id: "tf-14a-7", kilde: tiltak.Tiltaksforskriften, nr: "14A-7", tittel: "Tilskudd til virksomhet som tilbyr oppfølging",
	versjoner: []*versjon{{fra: vtaFra26, endretVed: for2025_291, bevis: Avledet,
		innhold: "Forhåndsgodkjent virksomhet som gir oppfølgingen, får en fast månedlig statlig sats per godkjent deltaker, fastsatt av departementet; arbeidsgiveren kan få inkluderingstilskudd etter kapittel 11. Bare avledet tekst er funnet.",
		sats: []*satsdel{{typ: Manedssats, ledd: 1,
			merknad: "Satsen betales til virksomheten som gir oppfølgingen, ikke til arbeidsgiveren; beløpet står ikke i forskriften."}}}}}

// § 12-2 Innhold (arbeidsrettet rehabilitering): definerer tiltaket.
var tf122 = &paragraf{id: "tf-12-2", kilde: tiltak.Tiltaksforskriften, nr: "12-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.ArbeidsrettetRehabilitering),
		innhold: "Tiltaket kan bestå av arbeidsforberedende trening, arbeidsutprøving, kontakt med arbeidslivet, opptrening, opplæring, motivasjon, sosial mestring og livsstilsveiledning, alene eller sammen."}}}
