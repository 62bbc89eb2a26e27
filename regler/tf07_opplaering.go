package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Tiltaksforskriften kapittel 7. Opplæring.
//
// Katalogens seks opplæringskoder følger bokstavene i § 7-2 fra 1. juli
// 2025 (a arbeidsmarkedsopplæring, b norsk, grunnleggende ferdigheter og FOV,
// c studiespesialisering, d fag- og yrkesopplæring, e høyere yrkesfaglig
// utdanning, f høyere utdanning). Før det hadde § 7-2 tre bokstaver med
// andre innhold. Hvilken gammel bokstav hver kode hører under, er bibliotekets
// lesning, skrevet én gang her:
//
//	kode                 2016-01-01       2016-10-01 og 2017   2019-07-01
//	opplaering-amo       a (klart)        a (klart)            a (klart)
//	opplaering-norsk-fov a (kanskje)      a (klart)            a (kanskje)
//	studiespesialisering c (kanskje)      c (kanskje)          ingen bokstav
//	fag-og-yrke          b (klart)        b (klart)            b (klart)
//	fagskole             b eller c (kanskje) b eller c (kanskje) b (klart)
//	hoyere-utdanning     c (klart)        c (klart)            c (klart)
//
// «Kanskje» gir et vilkår i § 7-2 som alltid må vurderes (formen), og
// vilkårene i §§ 7-3 og 7-4 for bokstaven (eller begge bokstavene) koden
// kan høre under. En kode uten bokstav er ikke i kraft.
//
// Aldersgrensene «over 19/22/26 år» i tekstene før 2025 er lest som «har
// fylt 19/22/26 år» (vanlig lovspråk); fra 1. juli 2025 gjelder «fra det året
// personen fyller» (kalenderåret).

var (
	alleOpplaering = koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning)
	opplaeringUtenStudiespes = koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringFagOgYrke,
		tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning)
)

// formVilkar er vilkåret for en kode som bare kanskje hører under en bokstav
// i § 7-2 slik den lød: det må vurderes.
func formVilkar(kode tiltak.Kode, bokstav, form string) *Vilkar {
	v := skjonnsvilkar("form-"+string(kode),
		"Om "+kode.Navn()+" kan gis som "+form+" etter § 7-2 slik den lød, avgjør ikke ordlyden.",
		"Det må vurderes om "+kode.Navn()+" kan gis som "+form+" (§ 7-2 bokstav "+bokstav+" slik den lød på datoen); ordlyden sier det ikke uttrykkelig.")
	return v.med(1, bokstav).gjelderFor(kode)
}

// § 7-2 Innhold: opplæringsformene.
var tf72 = &paragraf{id: "tf-7-2", kilde: tiltak.Tiltaksforskriften, nr: "7-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: alleOpplaering,
			bokstaver: map[string][]tiltak.Kode{"a": koder(tiltak.OpplaeringAMO), "b": koder(tiltak.OpplaeringFagOgYrke), "c": koder(tiltak.OpplaeringHoyereUtdanning)},
			innhold:   "Opplæring kan gis som a) kortvarige arbeidsrettede kurs (arbeidsmarkedskurs), b) yrkesrettet opplæring med vekt på formell kompetanse eller c) ordinær utdanning.",
			merknad:   "Katalogkodene er knyttet til bokstavene slik tabellen i tf07_opplaering.go viser; norsk/FOV, studiespesialisering og fagskole bare kanskje.",
			vilkar: []*Vilkar{
				formVilkar(tiltak.OpplaeringNorskFOV, "a", "arbeidsmarkedskurs"),
				formVilkar(tiltak.OpplaeringStudiespesialisering, "c", "ordinær utdanning"),
				formVilkar(tiltak.OpplaeringFagskole, "b eller c", "yrkesrettet opplæring eller ordinær utdanning"),
			}},
		{fra: dato(2016, 10, 1), endretVed: for2016_108, bevis: Kunngjort, definerer: alleOpplaering,
			bokstaver: map[string][]tiltak.Kode{"a": koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV), "b": koder(tiltak.OpplaeringFagOgYrke), "c": koder(tiltak.OpplaeringHoyereUtdanning)},
			innhold:   "Opplæring kan gis som a) kortvarige arbeidsrettede kurs (arbeidsmarkedskurs), også opplæring i grunnleggende ferdigheter og norskopplæring, b) yrkesrettet opplæring med vekt på formell kompetanse eller c) ordinær utdanning.",
			merknad:   "Norskopplæring og grunnleggende ferdigheter er nå nevnt under a; FOV er ikke nevnt, men regnes med under koden.",
			vilkar: []*Vilkar{
				formVilkar(tiltak.OpplaeringStudiespesialisering, "c", "ordinær utdanning"),
				formVilkar(tiltak.OpplaeringFagskole, "b eller c", "yrkesrettet opplæring eller ordinær utdanning"),
			}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort, definerer: opplaeringUtenStudiespes,
			bokstaver: map[string][]tiltak.Kode{"a": koder(tiltak.OpplaeringAMO), "b": koder(tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole), "c": koder(tiltak.OpplaeringHoyereUtdanning)},
			innhold:   "Opplæring kan gis som a) arbeidsmarkedsopplæring (kortvarige kurs etter behov i arbeidsmarkedet, som hovedregel med formell kompetanse), b) fag- og yrkesopplæring på videregående nivå eller høyere yrkesfaglig utdanning, eller c) høyere utdanning. Ingen bokstav gir fag fra studiespesialisering.",
			vilkar:    []*Vilkar{formVilkar(tiltak.OpplaeringNorskFOV, "a", "arbeidsmarkedsopplæring")}},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort, definerer: alleOpplaering,
			bokstaver: map[string][]tiltak.Kode{"a": koder(tiltak.OpplaeringAMO), "b": koder(tiltak.OpplaeringNorskFOV), "c": koder(tiltak.OpplaeringStudiespesialisering),
				"d": koder(tiltak.OpplaeringFagOgYrke), "e": koder(tiltak.OpplaeringFagskole), "f": koder(tiltak.OpplaeringHoyereUtdanning)},
			innhold: "Seks former: a) arbeidsmarkedsopplæring, b) norskopplæring, kurs i grunnleggende ferdigheter eller forberedende opplæring for voksne (FOV), c) fag fra studiespesialisering, d) fag- og yrkesopplæring på videregående nivå (også kombinasjonsløp med b), e) høyere yrkesfaglig utdanning og f) høyere utdanning."},
	}}

// Byggeklosser for § 7-3.

var kvalifiseringTekst = tekst("Personen har behov for kvalifisering.",
	"Personen har ikke behov for kvalifisering, og hører ikke til personkretsen for opplæring.",
	"Det er ikke oppgitt om personen har behov for kvalifisering.")

func vilkarKvalifisering() *Vilkar {
	return svarvilkar("behov-for-kvalifisering", tiltak.FaktumBehovForKvalifisering, func(f *tiltak.Fakta) tiltak.Svar { return f.BehovForKvalifisering },
		"Personen har behov for kvalifisering.", kvalifiseringTekst).med(1, "")
}

// fylt er vilkåret «over N år», lest som at personen har fylt N år.
func fylt(navn string, n int, hvem string) *Vilkar {
	ns := tallord(n)
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumFodselsdato),
		beskrivelse: hvem + " krever at personen er over " + ns + " år (lest som: har fylt " + ns + " år).",
		knekk:       knekkListe(fodselsdag(n)),
		vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, n) },
		tekst: tekst("Personen har fylt "+ns+" år.",
			"Personen har ikke fylt "+ns+" år; "+hvem+" krever at personen er over "+ns+" år.",
			"Fødselsdatoen er ikke oppgitt.")}
}

// fraAaret er vilkåret «fra det året personen fyller N år».
func fraAaret(navn string, n int, hvem string) *Vilkar {
	ns := tallord(n)
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumFodselsdato),
		beskrivelse: hvem + " kan gis fra og med det kalenderåret personen fyller " + ns + " år.",
		knekk:       knekkListe(iAaret(n)),
		vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return fyllerIAar(f, d, n) },
		tekst: tekst("Personen fyller "+ns+" år eller mer i år.",
			"Personen fyller ikke "+ns+" år i år; "+hvem+" kan først gis fra og med det kalenderåret personen fyller "+ns+" år.",
			"Fødselsdatoen er ikke oppgitt.")}
}

func tallord(n int) string {
	switch n {
	case 16:
		return "16"
	case 19:
		return "19"
	case 22:
		return "22"
	case 26:
		return "26"
	}
	return "?"
}

func vilkarVansker(navn, beskrivelse string) *Vilkar {
	return svarvilkar(navn, tiltak.FaktumVanskerMedArbeid, func(f *tiltak.Fakta) tiltak.Svar { return f.VanskerMedArbeid }, beskrivelse,
		tekst("Personen har vansker med å komme inn på arbeidsmarkedet fordi kvalifikasjonene er mangelfulle eller de grunnleggende ferdighetene svake.",
			"Personen har ikke vansker med å komme inn på arbeidsmarkedet som denne opplæringen krever.",
			"Det er ikke oppgitt om personen har vansker med å komme inn på arbeidsmarkedet."))
}

// yrkesrettet2016 er kravene til yrkesrettet opplæring i 2016-teksten
// (§ 7-3 andre og fjerde ledd): over 19 år, betydelige vansker på grunn av
// svake kvalifikasjoner, og uten rett til opplæring.
func yrkesrettet2016(f *tiltak.Fakta, d tiltak.Dato) Utfall {
	return Og(Og(harFylt(f, d, 19), FraSvar(f.VanskerMedArbeid)), FraSvar(f.UtenRettTilOpplaering))
}

// ordinaer2016 er kravene til ordinær utdanning i 2016-teksten (§ 7-3
// tredje og femte ledd): over 26 år og nedsatt arbeidsevne, eller under 26
// år i en vesentlig avvikende utdanningssituasjon på grunn av sykdom, skade
// eller lyte. Om nedsatt arbeidsevne også kreves i unntaket, sier ikke
// teksten; uten nedsatt arbeidsevne blir unntaket må vurderes.
func ordinaer2016(f *tiltak.Fakta, d tiltak.Dato) Utfall {
	hoved := Og(harFylt(f, d, 26), nedsatt(f))
	unntak := Og(Og(ikkeFylt(f, d, 26), FraSvar(f.AvvikendeUtdanningssituasjon)), Eller(nedsatt(f), MaVurderes))
	return Eller(hoved, unntak)
}

// ordinaer22 er kravene til ordinær (fra 2019: høyere) utdanning fra 1.
// oktober 2016 til 30. juni 2025: over 22 år og nedsatt arbeidsevne.
func ordinaer22(f *tiltak.Fakta, d tiltak.Dato) Utfall { return Og(harFylt(f, d, 22), nedsatt(f)) }

var (
	lesAlderVansker  = fakta(tiltak.FaktumFodselsdato, tiltak.FaktumVanskerMedArbeid)
	lesYrkesrettet   = fakta(tiltak.FaktumFodselsdato, tiltak.FaktumVanskerMedArbeid, tiltak.FaktumUtenRettTilOpplaering)
	lesOrdinaer2016  = fakta(tiltak.FaktumFodselsdato, tiltak.FaktumArbeidsevne, tiltak.FaktumAvvikendeUtdanningssituasjon)
	lesOrdinaer22    = fakta(tiltak.FaktumFodselsdato, tiltak.FaktumArbeidsevne)
	lesFagskole2016  = lesYrkesrettet.Union(lesOrdinaer2016)
	lesFagskole2016b = lesAlderVansker.Union(lesOrdinaer22)
)

var tekstOrdinaer = tekst("Personen har nedsatt arbeidsevne og har nådd alderen for ordinær utdanning, eller unntaket for yngre gjelder.",
	"Personen oppfyller ikke kravene til ordinær utdanning: alder og nedsatt arbeidsevne (eller unntaket for yngre).",
	"Det er ikke oppgitt nok om alder, arbeidsevne og utdanningssituasjon, eller unntaket for yngre krever en vurdering.")

// § 7-3 Personkrets.
var tf73 = &paragraf{id: "tf-7-3", kilde: tiltak.Tiltaksforskriften, nr: "7-3", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Opplæring kan gis til personer med behov for kvalifisering. Arbeidsmarkedskurs og yrkesrettet opplæring: over 19 år; yrkesrettet opplæring dessuten for personer med svake kvalifikasjoner eller grunnleggende ferdigheter som gir betydelige vansker på arbeidsmarkedet og som står uten rett til opplæring. Ordinær utdanning: over 26 år og nedsatt arbeidsevne, men også yngre enn 26 når sykdom, skade eller lyte gir en vesentlig avvikende utdanningssituasjon.",
			vilkar: []*Vilkar{
				vilkarKvalifisering(),
				fylt("kurs-alder-19", 19, "Arbeidsmarkedskurs").med(2, "").gjelderFor(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV),
				(&Vilkar{navn: "yrkesrettet", leser: lesYrkesrettet,
					beskrivelse: "Yrkesrettet opplæring: over 19 år (lest som fylt 19), svake kvalifikasjoner eller grunnleggende ferdigheter som gir betydelige vansker på arbeidsmarkedet, og uten rett til opplæring i skoleverket eller introduksjonsordningen.",
					knekk:       knekkListe(fodselsdag(19)),
					vurder:      yrkesrettet2016, gjelder: koder(tiltak.OpplaeringFagOgYrke),
					tekst: tekst("Personen oppfyller kravene til yrkesrettet opplæring.",
						"Personen oppfyller ikke kravene til yrkesrettet opplæring: fylt 19 år, betydelige vansker på arbeidsmarkedet og uten rett til opplæring.",
						"Det er ikke oppgitt nok om alder, vansker på arbeidsmarkedet og rett til opplæring.")}).med(4, ""),
				(&Vilkar{navn: "ordinaer-utdanning", leser: lesOrdinaer2016,
					beskrivelse: "Ordinær utdanning: over 26 år (lest som fylt 26) og nedsatt arbeidsevne som hindrer inntektsgivende arbeid, eller yngre enn 26 år i en vesentlig avvikende utdanningssituasjon på grunn av sykdom, skade eller lyte.",
					knekk:       knekkListe(fodselsdag(26)),
					vurder:      ordinaer2016, gjelder: koder(tiltak.OpplaeringHoyereUtdanning, tiltak.OpplaeringStudiespesialisering),
					tekst: tekstOrdinaer}).med(5, ""),
				(&Vilkar{navn: "fagskole-b-eller-c", leser: lesFagskole2016,
					beskrivelse: "Fagskole kan høre under yrkesrettet opplæring eller ordinær utdanning; kravene til en av dem må være oppfylt.",
					knekk:       knekkListe(fodselsdag(19), fodselsdag(26)),
					vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
						return Eller(yrkesrettet2016(f, d), ordinaer2016(f, d))
					},
					gjelder: koder(tiltak.OpplaeringFagskole),
					tekst: tekst("Personen oppfyller kravene til yrkesrettet opplæring eller ordinær utdanning.",
						"Personen oppfyller verken kravene til yrkesrettet opplæring eller til ordinær utdanning.",
						"Det er ikke oppgitt nok til å avgjøre kravene til yrkesrettet opplæring eller ordinær utdanning.")}).med(0, ""),
			}},
		{fra: dato(2016, 10, 1), endretVed: for2016_108, bevis: Kunngjort,
			innhold: "Som før for behov for kvalifisering og over 19 år for arbeidsmarkedskurs og yrkesrettet opplæring. Ordinær utdanning: over 22 år og nedsatt arbeidsevne (unntaket for yngre er borte). Yrkesrettet opplæring: svake kvalifikasjoner eller grunnleggende ferdigheter som gir betydelige vansker; kravet om manglende rett til opplæring gjelder bare yrkesrettet opplæring i form av videregående opplæring. Arbeidsmarkedskurs og ordinær utdanning skal avgrenses mot kommunenes og fylkeskommunenes oppgaver.",
			vilkar:  opplaeringVilkar2016b()},
		{fra: dato(2017, 1, 1), endretVed: for2016_152, bevis: Kunngjort,
			innhold: "Som versjonen fra 1. oktober 2016; sjette ledd annet punktum (avgrensning av ordinær utdanning mot kommunal og fylkeskommunal opplæring) er opphevet. Personkretsen er uendret.",
			vilkar:  opplaeringVilkar2016b()},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort,
			innhold: "Opplæring kan gis til personer med behov for kvalifisering. Bokstav a og b: personer over 19 år som på grunn av mangelfulle formelle kvalifikasjoner eller svake grunnleggende ferdigheter har vansker med å komme inn på arbeidsmarkedet. Bokstav c (høyere utdanning): personer over 22 år med nedsatt arbeidsevne som hindrer inntektsgivende arbeid.",
			vilkar: []*Vilkar{
				vilkarKvalifisering(),
				(&Vilkar{navn: "a-b-alder-og-vansker", leser: lesAlderVansker,
					beskrivelse: "Arbeidsmarkedsopplæring og fag- og yrkesopplæring eller høyere yrkesfaglig utdanning: over 19 år (lest som fylt 19) og vansker med å komme inn på arbeidsmarkedet på grunn av mangelfulle formelle kvalifikasjoner eller svake grunnleggende ferdigheter.",
					knekk:       knekkListe(fodselsdag(19)),
					vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
						return Og(harFylt(f, d, 19), FraSvar(f.VanskerMedArbeid))
					},
					gjelder: koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole),
					tekst: tekst("Personen har fylt 19 år og har vansker med å komme inn på arbeidsmarkedet.",
						"Personen har ikke fylt 19 år, eller har ikke vansker med å komme inn på arbeidsmarkedet, som opplæring etter § 7-2 bokstav a og b krever.",
						"Det er ikke oppgitt nok om alder og vansker på arbeidsmarkedet.")}).med(2, ""),
				(&Vilkar{navn: "c-alder-og-arbeidsevne", leser: lesOrdinaer22,
					beskrivelse: "Høyere utdanning: over 22 år (lest som fylt 22) og nedsatt arbeidsevne som hindrer inntektsgivende arbeid.",
					knekk:       knekkListe(fodselsdag(22)),
					vurder:      ordinaer22, gjelder: koder(tiltak.OpplaeringHoyereUtdanning),
					tekst: tekst("Personen har fylt 22 år og har nedsatt arbeidsevne.",
						"Personen har ikke fylt 22 år eller har ikke nedsatt arbeidsevne, som høyere utdanning krever.",
						"Det er ikke oppgitt nok om alder og arbeidsevne.")}).med(3, ""),
			}},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort,
			innhold: "Opplæring kan gis til personer med behov for kvalifisering. Bokstav a–e: personer som på grunn av mangelfulle kvalifikasjoner eller svake grunnleggende ferdigheter har vansker med å komme inn på arbeidsmarkedet, fra det året de fyller 19 år. Bokstav f: personer med nedsatt arbeidsevne som hindrer inntektsgivende arbeid, fra det året de fyller 22 år.",
			vilkar:  opplaeringVilkar2025(false)},
		{fra: dato(2025, 8, 1), endretVed: for2025_157, bevis: Kunngjort,
			innhold: "Som versjonen fra 1. juli 2025, og et nytt tredje ledd: fag- og yrkesopplæring (bokstav d) kan unntaksvis gis fra det året personen fyller 16 år, når personen har sammensatt bistandsbehov og derfor trenger et alternativt, tilrettelagt opplæringstilbud med individuell oppfølging. Høyere utdanning står nå i fjerde ledd.",
			merknad: "Unntaket i tredje ledd gjelder alderen; kravet i andre ledd om vansker med å komme inn på arbeidsmarkedet gjelder fortsatt for bokstav d.",
			vilkar:  opplaeringVilkar2025(true)},
	}}

// opplaeringVilkar2016b er vilkårene i § 7-3 fra 1. oktober 2016 og 1.
// januar 2017 (samme personkrets).
func opplaeringVilkar2016b() []*Vilkar {
	return []*Vilkar{
		vilkarKvalifisering(),
		fylt("kurs-alder-19", 19, "Arbeidsmarkedskurs").med(2, "").gjelderFor(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV),
		(&Vilkar{navn: "yrkesrettet", leser: lesYrkesrettet,
			beskrivelse: "Yrkesrettet opplæring i form av videregående opplæring: over 19 år (lest som fylt 19), svake kvalifikasjoner eller grunnleggende ferdigheter som gir betydelige vansker på arbeidsmarkedet, og uten rett etter opplæringsloven eller introduksjonsloven.",
			knekk:       knekkListe(fodselsdag(19)),
			vurder:      yrkesrettet2016, gjelder: koder(tiltak.OpplaeringFagOgYrke),
			tekst: tekst("Personen oppfyller kravene til yrkesrettet opplæring.",
				"Personen oppfyller ikke kravene til yrkesrettet opplæring i form av videregående opplæring: fylt 19 år, betydelige vansker på arbeidsmarkedet og uten rett til opplæring.",
				"Det er ikke oppgitt nok om alder, vansker på arbeidsmarkedet og rett til opplæring.")}).med(5, ""),
		(&Vilkar{navn: "ordinaer-utdanning", leser: lesOrdinaer22,
			beskrivelse: "Ordinær utdanning: over 22 år (lest som fylt 22) og nedsatt arbeidsevne som hindrer inntektsgivende arbeid.",
			knekk:       knekkListe(fodselsdag(22)),
			vurder:      ordinaer22, gjelder: koder(tiltak.OpplaeringHoyereUtdanning, tiltak.OpplaeringStudiespesialisering),
			tekst: tekst("Personen har fylt 22 år og har nedsatt arbeidsevne.",
				"Personen har ikke fylt 22 år eller har ikke nedsatt arbeidsevne, som ordinær utdanning krever.",
				"Det er ikke oppgitt nok om alder og arbeidsevne.")}).med(6, ""),
		(&Vilkar{navn: "fagskole-b-eller-c", leser: lesFagskole2016b,
			beskrivelse: "Fagskole kan høre under yrkesrettet opplæring eller ordinær utdanning; kravene til en av dem må være oppfylt (yrkesrettet: fylt 19 år og vansker på arbeidsmarkedet; ordinær: fylt 22 år og nedsatt arbeidsevne).",
			knekk:       knekkListe(fodselsdag(19), fodselsdag(22)),
			vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
				return Eller(Og(harFylt(f, d, 19), FraSvar(f.VanskerMedArbeid)), ordinaer22(f, d))
			},
			gjelder: koder(tiltak.OpplaeringFagskole),
			tekst: tekst("Personen oppfyller kravene til yrkesrettet opplæring eller ordinær utdanning.",
				"Personen oppfyller verken kravene til yrkesrettet opplæring eller til ordinær utdanning.",
				"Det er ikke oppgitt nok til å avgjøre kravene til yrkesrettet opplæring eller ordinær utdanning.")}),
	}
}

// opplaeringVilkar2025 er vilkårene i § 7-3 fra 1. juli 2025, og med
// unntaket for fag- og yrkesopplæring fra 1. august 2025 (unntak16).
func opplaeringVilkar2025(unntak16 bool) []*Vilkar {
	aeAlder := fraAaret("a-e-alder-19", 19, "Opplæring etter § 7-2 bokstav a–e").med(2, "").gjelderFor(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV,
		tiltak.OpplaeringStudiespesialisering, tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole)
	fLedd := 3
	ut := []*Vilkar{
		vilkarKvalifisering(),
		vilkarVansker("a-e-vansker-med-arbeid", "Personen har vansker med å komme inn på arbeidsmarkedet fordi kvalifikasjonene er mangelfulle eller de grunnleggende ferdighetene svake (bokstav a–e).").
			med(2, "").gjelderFor(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering, tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole),
	}
	if unntak16 {
		fLedd = 4
		aeAlder.unntatt = koder(tiltak.OpplaeringFagOgYrke)
		ut = append(ut, aeAlder, &Vilkar{navn: "d-alder", leser: fakta(tiltak.FaktumFodselsdato, tiltak.FaktumSammensattBistandsbehov),
			gjelder:     koder(tiltak.OpplaeringFagOgYrke),
			tillegg:     nil,
			beskrivelse: "Fag- og yrkesopplæring (bokstav d) kan gis fra og med det kalenderåret personen fyller 19 år, eller unntaksvis fra det året personen fyller 16 år når hun eller han har sammensatt bistandsbehov og derfor trenger et tilrettelagt opplæringstilbud med individuell oppfølging (tredje ledd).",
			knekk:       knekkListe(iAaret(19), iAaret(16)),
			vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
				return Eller(fyllerIAar(f, d, 19), Og(fyllerIAar(f, d, 16), FraSvar(f.SammensattBistandsbehov)))
			},
			tekst: tekst("Personen fyller 19 år i år, eller fyller 16 år i år og har sammensatt bistandsbehov.",
				"Personen fyller ikke 19 år i år, og oppfyller ikke unntaket fra det året personen fyller 16 år med sammensatt bistandsbehov.",
				"Fødselsdato eller sammensatt bistandsbehov er ikke oppgitt.")})
	} else {
		ut = append(ut, aeAlder)
	}
	ut = append(ut,
		(&Vilkar{navn: "f-nedsatt-arbeidsevne", leser: fakta(tiltak.FaktumArbeidsevne),
			beskrivelse: "Høyere utdanning (bokstav f) kan gis personer med nedsatt arbeidsevne som hindrer dem i å skaffe seg eller beholde lønnet arbeid.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return nedsatt(f) }, gjelder: koder(tiltak.OpplaeringHoyereUtdanning),
			tekst: tekst("Personen har nedsatt arbeidsevne.",
				"Personen har ikke nedsatt arbeidsevne, som høyere utdanning etter § 7-2 bokstav f krever.",
				"Arbeidsevnevurderingen er ikke oppgitt.")}).med(fLedd, ""),
		fraAaret("f-alder-22", 22, "Høyere utdanning").med(fLedd, "").gjelderFor(tiltak.OpplaeringHoyereUtdanning),
	)
	return ut
}

// Byggeklosser for § 7-4.

var tidligereOpplaering = Tidligere{Grunnlag: "§ 7-4 setter rammen for ett opplæringsløp; teksten sier ikke at tidligere opplæringstiltak teller mot rammen, så de trekkes ikke fra."}

func vilkarSaerligeGrunner(navn string) *Vilkar {
	return vilkarSvar(navn, "særlige grunner gjør at deltakeren ikke klarer å gjennomføre opplæringen innen ordinær varighet", tiltak.FaktumSaerligeGrunner,
		func(f *tiltak.Fakta) tiltak.Svar { return f.SaerligeGrunner })
}

func vilkarSterkeProblemer(navn string) *Vilkar {
	return vilkarSvar(navn, "sterke sosiale eller helsemessige problemer gjør at deltakeren ikke kan gjennomføre utdanningen innen tre år", tiltak.FaktumSterkeProblemerUtdanning,
		func(f *tiltak.Fakta) tiltak.Svar { return f.SterkeProblemerUtdanning })
}

// formForlengelse er forlengelsen fagskole får når den hører under ordinær
// utdanning i stedet for yrkesrettet opplæring (2016–2019): det må vurderes.
func formForlengelse(navn string) *Vilkar {
	return skjonnsvilkar(navn, "opplæringen hører under ordinær utdanning (§ 7-2 bokstav c slik den lød), som gir lengre varighet",
		"Det må vurderes om fagskolen hører under ordinær utdanning, som gir lengre varighet enn yrkesrettet opplæring.")
}

// § 7-4 Varighet.
var tf74 = &paragraf{id: "tf-7-4", kilde: tiltak.Tiltaksforskriften, nr: "7-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Varigheten tilpasses behovet. Arbeidsmarkedskurs: inntil ti måneder, forlenget med inntil seks måneder når deltakeren har betydelige vansker på arbeidsmarkedet, ikke har fullført videregående opplæring og deltar i praksisnær opplæring sammen med kommunen eller fylkeskommunen. Yrkesrettet opplæring: inntil to år. Ordinær utdanning: inntil tre år, med forlengelse uten angitt grense når sterke sosiale eller helsemessige problemer hindrer fullføring på tre år og utdanningssituasjonen avviker vesentlig.",
			varighet: []*varighetsdel{
				{gjelder: koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV), ledd: 2, typ: Tidsbegrenset, ordinaer: maneder(10),
					forlengelser: []forlengelse{{tillegg: maneder(6), samlet: maneder(16),
						vilkar: &Vilkar{navn: "kurs-forlengelse", leser: fakta(tiltak.FaktumVanskerMedArbeid, tiltak.FaktumFullfortVideregaende, tiltak.FaktumPraksisnaerOpplaering),
							beskrivelse: "deltakeren har betydelige vansker med å komme inn på arbeidsmarkedet, har ikke fullført videregående opplæring og deltar i praksisnær opplæring i samarbeid med kommunen eller fylkeskommunen",
							datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
								return Og(Og(FraSvar(f.VanskerMedArbeid), FraSvar(ikke(f.FullfortVideregaende))), FraSvar(f.PraksisnaerOpplaering))
							},
							tekst: tekst("Vilkårene for forlengelsen av arbeidsmarkedskurset er oppfylt.",
								"Vilkårene for forlengelsen av arbeidsmarkedskurset er ikke oppfylt: betydelige vansker, ikke fullført videregående og praksisnær opplæring med kommunen eller fylkeskommunen.",
								"Det er ikke oppgitt nok om vansker på arbeidsmarkedet, fullført videregående og praksisnær opplæring.")}}},
					tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagOgYrke), ledd: 3, typ: Tidsbegrenset, ordinaer: ar(2), tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringHoyereUtdanning, tiltak.OpplaeringStudiespesialisering), ledd: 4, typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{{utenGrense: true,
						vilkar: &Vilkar{navn: "ordinaer-forlengelse", leser: fakta(tiltak.FaktumSterkeProblemerUtdanning, tiltak.FaktumAvvikendeUtdanningssituasjon),
							beskrivelse: "sterke sosiale eller helsemessige problemer hindrer fullføring på tre år, og utdanningssituasjonen avviker vesentlig fra andres",
							datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
								return Og(FraSvar(f.SterkeProblemerUtdanning), FraSvar(f.AvvikendeUtdanningssituasjon))
							},
							tekst: tekst("Vilkårene for å forlenge utdanningen ut over tre år er oppfylt; teksten setter ingen grense for forlengelsen.",
								"Vilkårene for å forlenge utdanningen ut over tre år er ikke oppfylt.",
								"Det er ikke oppgitt nok om sosiale eller helsemessige problemer og utdanningssituasjonen.")}}},
					tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagskole), ledd: 3, typ: Tidsbegrenset, ordinaer: ar(2),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(3), vilkar: formForlengelse("fagskole-som-ordinaer-utdanning")}},
					tidligere:    tidligereOpplaering,
					merknad:      "Fagskole er regnet som yrkesrettet opplæring (to år); hører den under ordinær utdanning, gjelder tre år (må vurderes)."},
			}},
		{fra: dato(2016, 10, 1), endretVed: for2016_108, bevis: Kunngjort,
			innhold: "Arbeidsmarkedskurs: inntil ett år (forlengelsen er borte). Yrkesrettet opplæring: inntil to år. Ordinær utdanning: inntil tre år, forlenget med inntil ett år når sterke sosiale eller helsemessige problemer hindrer fullføring på tre år.",
			varighet: []*varighetsdel{
				{gjelder: koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV), ledd: 2, typ: Tidsbegrenset, ordinaer: ar(1), tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagOgYrke), ledd: 3, typ: Tidsbegrenset, ordinaer: ar(2), tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringHoyereUtdanning, tiltak.OpplaeringStudiespesialisering), ledd: 4, typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(4), vilkar: vilkarSterkeProblemer("ordinaer-forlengelse")}},
					tidligere:    tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagskole), ledd: 3, typ: Tidsbegrenset, ordinaer: ar(2),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(3), vilkar: formForlengelse("fagskole-som-ordinaer-utdanning")}},
					tidligere:    tidligereOpplaering,
					merknad:      "Fagskole er regnet som yrkesrettet opplæring (to år); hører den under ordinær utdanning, gjelder tre år og eventuelt ett år til (må vurderes)."},
			}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort,
			innhold: "All opplæring kan gis i inntil tre år. For bokstav b (fag- og yrkesopplæring, høyere yrkesfaglig utdanning) og c (høyere utdanning) kan varigheten forlenges med inntil ett år når deltakeren av særlige grunner ikke klarer å fullføre på tre år.",
			varighet: []*varighetsdel{
				{gjelder: koder(tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV), ledd: 1, typ: Tidsbegrenset, ordinaer: ar(3), tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning), ledd: 2, typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(4), vilkar: vilkarSaerligeGrunner("saerlige-grunner")}},
					tidligere:    tidligereOpplaering},
			}},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort,
			innhold: "Opplæring kan gis i inntil tre år; inntil fire år når bokstav b kommer før eller sammen med d, eller c før f (kombinasjonsløp). For bokstav d–f kan varigheten forlenges med inntil ett år når deltakeren av særlige grunner ikke klarer å fullføre.",
			merknad: "Teksten angir ikke et samlet tak; regnet sammen blir det inntil fire år for d–f alene og inntil fem år for kombinasjonsløp med forlengelse.",
			varighet: []*varighetsdel{
				{gjelder: koder(tiltak.OpplaeringAMO), ledd: 1, bokstav: "", typ: Tidsbegrenset, ordinaer: ar(3), tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering), typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(4), vilkar: kombinert2025}},
					tidligere:    tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringHoyereUtdanning), typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{
						{tillegg: ar(1), samlet: ar(4), vilkar: kombinert2025},
						{tillegg: ar(1), samlet: ar(4), vilkar: saerlige2025},
						{tillegg: ar(1), samlet: ar(5), vilkar: &Vilkar{navn: "kombinasjonslop-og-saerlige-grunner", leser: fakta(tiltak.FaktumKombinertLop, tiltak.FaktumSaerligeGrunner),
							beskrivelse: "opplæringen er et kombinasjonsløp og særlige grunner gjør at den ikke kan fullføres innen fire år",
							datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
								return Og(FraSvar(f.KombinertLop), FraSvar(f.SaerligeGrunner))
							},
							tekst: tekst("Vilkårene for forlengelsen er oppfylt: kombinasjonsløp og særlige grunner.",
								"Vilkårene for forlengelsen er ikke oppfylt: kombinasjonsløp og særlige grunner.",
								"Det er ikke avklart om opplæringen er et kombinasjonsløp og om særlige grunner gjør at den ikke kan fullføres innen fire år.")}},
					},
					tidligere: tidligereOpplaering},
				{gjelder: koder(tiltak.OpplaeringFagskole), typ: Tidsbegrenset, ordinaer: ar(3),
					forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(4), vilkar: saerlige2025}},
					tidligere:    tidligereOpplaering},
			}},
	}}

// Vilkårene for forlengelsene i § 7-4 fra 1. juli 2025 deles av flere
// opplæringsformer i samme versjon (ett vilkår, én id).
var (
	kombinert2025 = vilkarKombinert("kombinasjonslop")
	saerlige2025  = vilkarSaerligeGrunner("saerlige-grunner")
)

func vilkarKombinert(navn string) *Vilkar {
	return vilkarSvar(navn, "opplæringen er et kombinasjonsløp (bokstav b før eller sammen med d, eller c før f)", tiltak.FaktumKombinertLop,
		func(f *tiltak.Fakta) tiltak.Svar { return f.KombinertLop })
}

// bokstavKoder gir katalogkodene bokstaven i § 7-2 klart omfatter på datoen
// (tom når bokstaven ikke finnes da).
func bokstavKoder(d tiltak.Dato, bokstav string) []tiltak.Kode {
	if v := tf72.pa(d); v != nil {
		if i, ok := bokstavIndeks(bokstav); ok {
			return v.bokstavTab[i].koder
		}
	}
	return nil
}

// bokstavMaske er bokstavKoder som et ferdig sett.
func bokstavMaske(d tiltak.Dato, bokstav string) tiltak.Tiltakssett {
	if v := tf72.pa(d); v != nil {
		if i, ok := bokstavIndeks(bokstav); ok {
			return v.bokstavTab[i].maske
		}
	}
	return tiltak.TomtTiltakssett()
}

// bokstavIndeks gir plassen til en enkelt bokstav a–z i bokstavtabellen.
func bokstavIndeks(b string) (int, bool) {
	if len(b) != 1 || b[0] < 'a' || b[0] > 'z' {
		return 0, false
	}
	return int(b[0] - 'a'), true
}

// bokstavrad er tiltakene én bokstav i § 7-2 klart omfatter, som liste og
// som sett.
type bokstavrad struct {
	koder []tiltak.Kode
	maske tiltak.Tiltakssett
}

// § 7-5 Tilskudd til opplæring: faktiske utgifter innenfor maksimalsatser.
var tf75 = &paragraf{id: "tf-7-5", kilde: tiltak.Tiltaksforskriften, nr: "7-5", tittel: "Tilskudd til opplæring og utdanning",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskudd til skolepenger, nødvendige studiereiser til eksamen, semesteravgift og eksamensgebyr etter faktiske utgifter innenfor maksimalsatser departementet fastsetter (unntak når det er påkrevd for et nødvendig og hensiktsmessig tiltak); betales som hovedregel direkte til undervisningsstedet.",
			sats:    []*satsdel{{typ: FaktiskeUtgifter, dekker: opplaeringDekker}}},
		{fra: dato(2020, 1, 1), endretVed: for2019_208, bevis: Kunngjort,
			innhold: "Som før; tilskuddet kan også dekke nødvendige integrerte botilbud der tiltaket gjennomføres, innenfor de samme maksimalsatsene.",
			sats:    []*satsdel{{typ: FaktiskeUtgifter, dekker: append(opplaeringDekker[:len(opplaeringDekker):len(opplaeringDekker)], "nødvendige integrerte botilbud der tiltaket gjennomføres")}}},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort,
			innhold: "Ny overskrift; de samme kostnadene (med integrerte botilbud) etter faktiske utgifter innenfor departementets maksimalsatser. Regelen om utbetaling direkte til undervisningsstedet er tatt ut.",
			sats:    []*satsdel{{typ: FaktiskeUtgifter, dekker: append(opplaeringDekker[:len(opplaeringDekker):len(opplaeringDekker)], "nødvendige integrerte botilbud der tiltaket gjennomføres")}}},
	}}

var opplaeringDekker = []string{"skolepenger", "studiereiser som er nødvendige for å ta eksamen", "semesteravgift", "eksamensgebyr"}
