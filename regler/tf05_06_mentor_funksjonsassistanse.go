package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Tiltaksforskriften kapittel 5 (mentor) og 6 (funksjonsassistanse i
// arbeidslivet).

// Listene i § 5-3: tiltakene mentor kan gis sammen med. «Opplæring i form av
// ordinær utdanning» i 2016-teksten er § 7-2 bokstav c slik den lød da:
// høyere utdanning dekkes klart, studiespesialisering og fagskole kanskje
// (se tf-7-2).
var (
	mentorListe2016      = koder(tiltak.Arbeidstrening, tiltak.OpplaeringHoyereUtdanning, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd)
	mentorListeMulig2016 = koder(tiltak.OpplaeringStudiespesialisering, tiltak.OpplaeringFagskole)
	mentorListe2018      = koder(tiltak.Arbeidstrening, tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd)
	mentorListe2021 = koder(tiltak.Arbeidstrening, tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.Sommerjobb,
		tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd)
)

// mentorVilkar er personkretsen i § 5-3: deltakelse i et av tiltakene i
// listen (eller kanskje i listen: må vurderes), arbeidssøkere i fagopplæring
// som del av et opplæringstiltak (2018 til juli 2025), eller at mentor er
// nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde
// lønnet arbeid i en ordinær virksomhet (skjønn).
func mentorVilkar(liste, mulig []tiltak.Kode, fagopplaering bool) *Vilkar {
	les := fakta(tiltak.FaktumDeltarI, tiltak.FaktumArbeidsevne, tiltak.FaktumMentorNodvendig)
	beskr := "Personen deltar i et av tiltakene § 5-3 nevner, eller har nedsatt arbeidsevne og trenger mentor for å få eller beholde lønnet arbeid i en ordinær virksomhet (skjønn)."
	if fagopplaering {
		les = les.Med(tiltak.FaktumFagopplaeringIOpplaeringstiltak)
		beskr = "Personen deltar i et av tiltakene § 5-3 nevner, er arbeidssøker i fagopplæring som del av et opplæringstiltak, eller har nedsatt arbeidsevne og trenger mentor for å få eller beholde lønnet arbeid i en ordinær virksomhet (skjønn)."
	}
	lm, mm := settAv(liste...), settAv(mulig...)
	return &Vilkar{navn: "personkrets", leser: les, beskrivelse: beskr,
		datofri: true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			u := Eller(deltarIMaske(f, lm), Og(nedsatt(f), FraSvar(f.MentorNodvendig)))
			if len(mulig) > 0 && deltarIMaske(f, mm) == Oppfylt {
				u = Eller(u, MaVurderes)
			}
			if fagopplaering {
				u = Eller(u, FraSvar(f.FagopplaeringIOpplaeringstiltak))
			}
			return u
		},
		tekst: tekst("Personen deltar i et tiltak mentor kan gis sammen med etter § 5-3, eller mentor er nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde lønnet arbeid.",
			"Personen deltar ikke i et tiltak § 5-3 nevner, og mentor er ikke nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde lønnet arbeid i en ordinær virksomhet.",
			"Det må vurderes om personen hører til personkretsen for mentor: det er ikke oppgitt nok om tiltakene personen deltar i, arbeidsevnen og om mentor er nødvendig, eller tiltaket personen deltar i omfattes kanskje av listen.")}
}

// § 5-3 Personkrets.
var tf53 = &paragraf{id: "tf-5-3", kilde: tiltak.Tiltaksforskriften, nr: "5-3", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			liste: mentorListe2016, listeMulig: mentorListeMulig2016,
			innhold: "Mentor kan gis til deltakere i arbeidstrening, opplæring i form av ordinær utdanning (§ 7-2 bokstav c slik den lød), midlertidig og varig lønnstilskudd, og når det er nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde lønnet arbeid i en ordinær virksomhet.",
			merknad: "Ordinær utdanning dekker klart høyere utdanning; studiespesialisering og fagskole bare kanskje (må vurderes).",
			vilkar:  []*Vilkar{mentorVilkar(mentorListe2016, mentorListeMulig2016, false)}},
		{fra: dato(2018, 1, 1), endretVed: for2017_194, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			liste:   mentorListe2018,
			innhold: "Mentor kan gis til deltakere i arbeidstrening, all opplæring, midlertidig og varig lønnstilskudd, og til arbeidssøkere i fagopplæring som del av opplæringstiltakene (§ 7-2 bokstav a–c). Andre ledd: når det er nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde lønnet arbeid i en ordinær virksomhet.",
			vilkar:  []*Vilkar{mentorVilkar(mentorListe2018, nil, true)}},
		{fra: dato(2021, 4, 22), endretVed: for2021_122, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			liste:   mentorListe2021,
			innhold: "Som før, og sommerjobb er lagt til i listen (første ledd første punktum).",
			vilkar:  []*Vilkar{mentorVilkar(mentorListe2021, nil, true)}},
		{fra: dato(2025, 7, 1), endretVed: for2025_117, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			liste:   mentorListe2021,
			innhold: "Gitt på nytt med samme innhold; fagopplæringspunktumet viser nå til § 7-2 bokstav a–f.",
			vilkar:  []*Vilkar{mentorVilkar(mentorListe2021, nil, true)}},
		{fra: dato(2025, 8, 1), endretVed: for2025_157, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			liste:   mentorListe2021,
			innhold: "Første ledd er bare listen (arbeidstrening, opplæring, sommerjobb, midlertidig og varig lønnstilskudd); fagopplæringspunktumet er strøket. Deltakere i fagopplæring som opplæringstiltak er fortsatt med gjennom «opplæring». Andre ledd uendret.",
			vilkar:  []*Vilkar{mentorVilkar(mentorListe2021, nil, false)}},
	}}

// § 5-4 Varighet.
var tf54 = &paragraf{id: "tf-5-4", kilde: tiltak.Tiltaksforskriften, nr: "5-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Varigheten fastsettes ut fra en behovs- eller arbeidsevnevurdering og kan være inntil seks måneder; personer med nedsatt arbeidsevne og særlige behov for mentor kan få tiltaket forlenget i inntil tre år.",
			merknad: "«Forlenget i inntil tre år» er lest som tre år samlet (som veiledningen «Aktører og tiltak» beskriver det); ordlyden avgjør ikke om det er tre år i tillegg.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: maneder(6),
				forlengelser: []forlengelse{{tillegg: maneder(30), samlet: ar(3),
					vilkar: vilkarNedsattOg("nedsatt-og-saerlig-behov", "særlige behov for bistand fra mentor", tiltak.FaktumSaerligBehovMentor,
						func(f *tiltak.Fakta) tiltak.Svar { return f.SaerligBehovMentor })}},
				tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}},
		{fra: dato(2025, 8, 1), endretVed: for2025_157, bevis: Kunngjort,
			innhold: "Som før (inntil seks måneder; inntil tre år ved nedsatt arbeidsevne og særlige behov), og unge under 30 år i et tilrettelagt fag- og yrkesopplæringsløp som opplæringstiltak kan også få tiltaket forlenget i inntil tre år.",
			merknad: "Alderen under 30 år vurderes på startdatoen; «tilrettelagt fag- og yrkesopplæringsløp» er lest som opplæring etter § 7-3 tredje ledd (faktumet tilrettelagt_fag_og_yrkesopplaering).",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: maneder(6),
				forlengelser: []forlengelse{
					{tillegg: maneder(30), samlet: ar(3),
						vilkar: vilkarNedsattOg("nedsatt-og-saerlig-behov", "særlige behov for bistand fra mentor", tiltak.FaktumSaerligBehovMentor,
							func(f *tiltak.Fakta) tiltak.Svar { return f.SaerligBehovMentor })},
					{tillegg: maneder(30), samlet: ar(3),
						vilkar: &Vilkar{navn: "under-30-tilrettelagt", leser: fakta(tiltak.FaktumFodselsdato, tiltak.FaktumTilrettelagtFagOgYrkesopplaering),
							beskrivelse: "personen er under 30 år og deltar i et tilrettelagt fag- og yrkesopplæringsløp som opplæringstiltak",
							knekk:       knekkListe(fodselsdag(30)),
							vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
								return Og(ikkeFylt(f, d, 30), FraSvar(f.TilrettelagtFagOgYrkesopplaering))
							},
							tekst: tekst("Personen er under 30 år på startdatoen og deltar i et tilrettelagt fag- og yrkesopplæringsløp.",
								"Personen er ikke både under 30 år på startdatoen og i et tilrettelagt fag- og yrkesopplæringsløp.",
								"Det er ikke avklart om personen er under 30 år på startdatoen og deltar i et tilrettelagt fag- og yrkesopplæringsløp.")}},
				},
				tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}},
	}}

// § 6-3 Personkrets.
var tf63 = &paragraf{id: "tf-6-3", kilde: tiltak.Tiltaksforskriften, nr: "6-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Funksjonsassistanse),
		innhold: "Funksjonsassistanse kan gis til personer med omfattende fysiske funksjonsnedsettelser, og til blinde og sterkt svaksynte.",
		vilkar: []*Vilkar{svarvilkar("funksjonsnedsettelse", tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind,
			func(f *tiltak.Fakta) tiltak.Svar { return f.FysiskFunksjonsnedsettelseEllerBlind },
			"Personen har en omfattende fysisk funksjonsnedsettelse, eller er blind eller sterkt svaksynt.",
			tekst("Personen har en omfattende fysisk funksjonsnedsettelse, eller er blind eller sterkt svaksynt.",
				"Personen har verken en omfattende fysisk funksjonsnedsettelse eller er blind eller sterkt svaksynt, og hører ikke til personkretsen for funksjonsassistanse.",
				"Det er ikke oppgitt om personen har en omfattende fysisk funksjonsnedsettelse eller er blind eller sterkt svaksynt."))},
	}}}

// § 6-4 Varighet og omfang: ingen fast grense.
var tf64 = &paragraf{id: "tf-6-4", kilde: tiltak.Tiltaksforskriften, nr: "6-4", tittel: "Varighet og omfang",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Varighet og omfang fastsettes etter en individuell vurdering sammen med deltakeren og arbeidsgiveren; tilskuddet justeres eller faller bort når behovet endres eller andre tiltak er mer hensiktsmessige.",
		varighet: []*varighetsdel{{typ: UtenFastMaksimum,
			tidligere: Tidligere{Grunnlag: "Forskriften setter ingen øvre grense; tidligere perioder spiller ingen rolle."},
			merknad:   "§ 6-4 fastsetter omfanget individuelt og justerer eller avslutter når behovet endres. NAV innvilger ett år om gangen (praksis)."}}},
	}}

// § 5-6 Tilskudd og utbetaling: mentorens ordinære timelønn for avtalte
// timer.
var tf56 = &paragraf{id: "tf-5-6", kilde: tiltak.Tiltaksforskriften, nr: "5-6", tittel: "Tilskudd og utbetaling",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskuddet tilsvarer mentorens ordinære timelønn for de avtalte timene og dekker lønn og arbeidsgiveravgift; er mentoren ansatt hos tiltaksarrangøren, dekkes også feriepenger og obligatorisk tjenestepensjon. Tilskuddet betales til arrangøren.",
			sats: []*satsdel{{typ: Timelonn, kostnader: mentorKostnader,
				varianter: []satsvariant{{trinn: []prosenttrinn{{prosent: 100}}}}}}},
		{fra: dato(2018, 1, 1), endretVed: for2017_194, bevis: Kunngjort,
			innhold: "Som før, og et nytt tredje ledd: mentortilskuddet kan ikke dekke utgifter som dekkes av andre tilskudd, og ved fagopplæring i bedrift heller ikke utgifter som dekkes av tilskudd til lærebedrift eller til opplæring av lærlinger og lærekandidater.",
			vilkar:  []*Vilkar{vilkarIkkeDobbeltDekket().med(3, "")},
			sats: []*satsdel{{typ: Timelonn, kostnader: mentorKostnader,
				varianter: []satsvariant{{trinn: []prosenttrinn{{prosent: 100}}}}}}},
	}}

// mentorKostnader er kostnadene § 5-6 dekker.
var mentorKostnader = Kostnader{Lonn: true, Arbeidsgiveravgift: true, FeriepengerOgOTPNarAnsatt: true}

// § 6-5 Tilskudd og utbetaling: kostnadene som dekkes.
var tf65 = &paragraf{id: "tf-6-5", kilde: tiltak.Tiltaksforskriften, nr: "6-5", tittel: "Tilskudd og utbetaling",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tilskuddet kan dekke funksjonsassistentens lønnsutgifter (lønn, arbeidsgiveravgift, eventuelt feriepenger og obligatorisk tjenestepensjon), dokumenterte ekstrautgifter til vikar og nødvendige reise- og oppholdsutgifter for assistenten. Det betales etterskuddsvis til assistentens arbeidsgiver, eller til deltakeren som selvstendig næringsdrivende eller frilanser.",
		sats: []*satsdel{{typ: FaktiskeUtgifter, ledd: 1, dekker: []string{
			"funksjonsassistentens lønnsutgifter: lønn, arbeidsgiveravgift, eventuelt feriepenger og obligatorisk tjenestepensjon",
			"dokumenterte ekstrautgifter til vikar ved assistentens sykdom, ferie eller lignende",
			"reise- og oppholdsutgifter for assistenten ved deltakerens nødvendige arbeidsreiser"}}}}}}

// § 6-6 første ledd: tilrettelegging og hjelpemidler må være klarlagt.
var tf66 = &paragraf{id: "tf-6-6", kilde: tiltak.Tiltaksforskriften, nr: "6-6", tittel: "Krav til tiltaksarrangøren og tiltaksdeltakeren",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Deltakeren og arbeidsgiveren må ha klarlagt mulig tilrettelegging og aktuelle hjelpemidler før behovet for funksjonsassistent vurderes; de skal melde fra når arbeidsforholdet opphører eller behovet endres.",
		vilkar: []*Vilkar{svarvilkar("tilrettelegging-klarlagt", tiltak.FaktumTilretteleggingKlarlagt, func(f *tiltak.Fakta) tiltak.Svar { return f.TilretteleggingKlarlagt },
			"Deltakeren og arbeidsgiveren har klarlagt mulig tilrettelegging og aktuelle hjelpemidler før behovet for funksjonsassistent vurderes.",
			tekst("Tilrettelegging og hjelpemidler er klarlagt.",
				"Tilrettelegging og hjelpemidler er ikke klarlagt, og behovet for funksjonsassistent kan ikke vurderes før det er gjort (§ 6-6).",
				"Det er ikke oppgitt om mulig tilrettelegging og aktuelle hjelpemidler er klarlagt.")).med(1, "")}}}}

// § 6-7 Forholdet til andre ytelser.
var tf67 = &paragraf{id: "tf-6-7", kilde: tiltak.Tiltaksforskriften, nr: "6-7", tittel: "Forholdet til andre ytelser",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Det gis ikke tilskudd når utgiftene dekkes gjennom andre tilskuddsordninger.",
		vilkar:  []*Vilkar{vilkarIkkeDobbeltDekket()}}}}

// § 5-2 Innhold (mentor): definerer tiltaket.
var tf52 = &paragraf{id: "tf-5-2", kilde: tiltak.Tiltaksforskriften, nr: "5-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			innhold: "Definerer tiltaket: mentoren kan gi praktisk hjelp, veiledning og opplæring i arbeidsrelaterte ferdigheter, tilpasset den enkelte."},
		{fra: dato(2025, 8, 1), endretVed: for2025_157, bevis: Kunngjort, definerer: koder(tiltak.Mentor),
			innhold: "Ny ordlyd: mentor er for den som trenger faglig, sosial og praktisk hjelp eller opplæring der vedkommende arbeider eller studerer; mentoren kan være kollega, medstudent eller medelev, og oppfølgingen tilpasses den enkelte."},
	}}

// § 6-2 Innhold (funksjonsassistanse): definerer tiltaket.
var tf62 = &paragraf{id: "tf-6-2", kilde: tiltak.Tiltaksforskriften, nr: "6-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Funksjonsassistanse),
		innhold: "Definerer tiltaket: assistenten hjelper med praktiske oppgaver og ledsager ved forflytning i arbeidet, men gjør ikke deltakerens ordinære oppgaver, heller ikke under sykdom, ferie eller annet fravær."}}}
