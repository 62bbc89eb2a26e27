package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Tiltaksforskriften kapittel 2 (avklaring), 3 (arbeidstrening) og 4
// (oppfølging, med jobbklubb som innhold i § 4-2).

const (
	grunnIkkeSamlet    = "Kildene taler ikke om samlet varighet; maksimum gjelder per deltakelse, og tidligere perioder trekkes ikke fra (at de ikke teller, er heller ikke sagt uttrykkelig)."
	grunnIkkeBegrenset = "Tiltaket er ikke tidsbegrenset; tidligere perioder spiller ingen rolle for varigheten."
)

// § 2-3 Personkrets.
var tf23 = &paragraf{id: "tf-2-3", kilde: tiltak.Tiltaksforskriften, nr: "2-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		definerer: koder(tiltak.Avklaring),
		innhold:   "Avklaring kan tilbys personer som trenger mer omfattende avklaringsbistand enn NAV selv kan gi.",
		vilkar: []*Vilkar{svarvilkar("behov-utvidet-avklaring", tiltak.FaktumBehovUtvidetAvklaring,
			func(f *tiltak.Fakta) tiltak.Svar { return f.BehovUtvidetAvklaring },
			"Personen trenger mer omfattende avklaring enn NAV selv kan gi.",
			tekst("Personen har behov for mer omfattende avklaring enn NAV selv kan gi.",
				"Personen har ikke behov for mer omfattende avklaring enn NAV selv kan gi, og hører da ikke til personkretsen for avklaring.",
				"Det er ikke oppgitt om personen har behov for mer omfattende avklaring enn NAV selv kan gi."))},
	}}}

// § 2-4 Varighet: inntil fire uker, med forlengelse i inntil åtte uker.
var tf24 = &paragraf{id: "tf-2-4", kilde: tiltak.Tiltaksforskriften, nr: "2-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Varigheten tilpasses behovet; avklaring kan vare i inntil fire uker, med mulighet for forlengelse i inntil åtte uker (til sammen tolv uker).",
		varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: uker(4),
			forlengelser: []forlengelse{{tillegg: uker(8), samlet: uker(12),
				vilkar: skjonnsvilkar("forlengelse", "avklaringen kan forlenges med inntil åtte uker ved behov",
					"Forlengelsen beror på NAVs vurdering av behovet: avklaringen kan forlenges med inntil åtte uker.")}},
			tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}},
	}}}

// § 3-3 Personkrets.
var tf33 = &paragraf{id: "tf-3-3", kilde: tiltak.Tiltaksforskriften, nr: "3-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		definerer: koder(tiltak.Arbeidstrening),
		innhold:   "Arbeidstrening kan tilbys arbeidssøkere med liten eller mangelfull arbeidserfaring, og personer med nedsatt arbeidsevne som trenger arbeidsrettet bistand for å komme i inntektsgivende arbeid.",
		vilkar: []*Vilkar{{navn: "personkrets", leser: fakta(tiltak.FaktumLiteArbeidserfaring, tiltak.FaktumArbeidsevne),
			beskrivelse: "Personen er arbeidssøker med liten eller mangelfull arbeidserfaring, eller har nedsatt arbeidsevne og trenger bistand for å komme i lønnet arbeid.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				return Eller(FraSvar(f.LiteArbeidserfaring), nedsatt(f))
			},
			tekst: tekst("Personen har liten eller mangelfull arbeidserfaring, eller nedsatt arbeidsevne, og hører til personkretsen for arbeidstrening.",
				"Personen har verken liten eller mangelfull arbeidserfaring eller nedsatt arbeidsevne, og hører ikke til personkretsen for arbeidstrening.",
				"Det er ikke oppgitt nok om arbeidserfaring og arbeidsevne til å avgjøre om personen hører til personkretsen for arbeidstrening.")}},
	}}}

// § 3-5 Varighet: inntil ett år, seks måneder til ved nedsatt arbeidsevne;
// vurderes minst hver tredje måned.
var tf35 = &paragraf{id: "tf-3-5", kilde: tiltak.Tiltaksforskriften, nr: "3-5", tittel: "Varighet",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Varigheten tilpasses behovet og vurderes av NAV minst hver tredje måned. Arbeidstrening kan vare i inntil ett år; for personer med nedsatt arbeidsevne kan den forlenges med seks måneder.",
		varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
			forlengelser: []forlengelse{{tillegg: maneder(6), samlet: maneder(18), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")}},
			tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}}},
		frister: []*fristdel{{maneder: 3, typ: Gjennomgang, ledd: 1,
			beskrivelse: "Varigheten av arbeidstreningen vurderes minst hver tredje måned (§ 3-5 første ledd)."}},
	}}}

// § 3-7 Ansettelsesforhold: deltakeren skal ikke være ansatt i virksomheten.
var tf37 = &paragraf{id: "tf-3-7", kilde: tiltak.Tiltaksforskriften, nr: "3-7", tittel: "Ansettelsesforhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tiltaksdeltakerne skal ikke være ansatt i virksomheten, og regnes (med unntakene i § 1-7 andre ledd) ikke som arbeidstakere.",
			vilkar:  []*Vilkar{vilkarIkkeAnsatt("Arbeidstreningen gis ikke til en som allerede er ansatt i virksomheten (§ 3-7).")}},
		{fra: dato(2016, 10, 1), endretVed: for2016_653, bevis: Kunngjort,
			innhold: "Tiltaksdeltakerne skal ikke være ansatt i virksomheten; setningen om at de ikke regnes som arbeidstakere er tatt ut.",
			vilkar:  []*Vilkar{vilkarIkkeAnsatt("Arbeidstreningen gis ikke til en som allerede er ansatt i virksomheten (§ 3-7).")}},
	}}

func vilkarIkkeAnsatt(nei string) *Vilkar {
	return ikkeSvarvilkar("ikke-ansatt", tiltak.FaktumAnsattHosArbeidsgiver, func(f *tiltak.Fakta) tiltak.Svar { return f.AnsattHosArbeidsgiver },
		"Deltakeren skal ikke være ansatt i virksomheten som har tiltaket.",
		tekst("Deltakeren er ikke ansatt i virksomheten.", nei, "Det er ikke oppgitt om deltakeren allerede er ansatt i virksomheten."))
}

// § 4-2 Innhold: oppfølging kan inneholde hjelp til å søke arbeid, herunder
// jobbklubb.
var tf42 = &paragraf{id: "tf-4-2", kilde: tiltak.Tiltaksforskriften, nr: "4-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		definerer: koder(tiltak.Jobbklubb),
		innhold:   "Oppfølging kan inneholde kartlegging, veiledning, oppfølging på arbeidsplassen, opplæring i arbeidsrelaterte og sosiale ferdigheter og tilrettelegging, og videre hjelp til praktiske oppgaver og til å søke arbeid, herunder jobbklubb.",
		vilkar: []*Vilkar{(&Vilkar{navn: "jobbklubb-er-oppfolging",
			beskrivelse: "Jobbklubb er nevnt som innhold i oppfølging (§ 4-2 andre ledd); personkretsen er den samme som for oppfølging (§ 4-3). Forskriften har ingen egen bestemmelse om jobbklubb.",
			datofri:     true, vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return Oppfylt },
			tekst: tekst("Jobbklubb gis som en del av oppfølging etter tiltaksforskriften § 4-2, og vurderes etter personkretsen for oppfølging.", "", "")}).med(2, "")},
		varighet: []*varighetsdel{{gjelder: koder(tiltak.Jobbklubb), typ: IkkeFastsatt,
			tidligere: Tidligere{Grunnlag: "Kildene setter ingen varighet for jobbklubb."},
			merknad:   "Jobbklubb er bare nevnt som innhold i oppfølging (§ 4-2); ingen egen varighetsregel finnes. Gis jobbklubb som del av oppfølging, gjelder § 4-4 for oppfølgingen."}},
	}}}

// § 4-3 Personkrets.
var tf43 = &paragraf{id: "tf-4-3", kilde: tiltak.Tiltaksforskriften, nr: "4-3", tittel: "Personkrets",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		definerer: koder(tiltak.Oppfolging),
		innhold:   "Oppfølging kan tilbys personer som trenger mer omfattende formidlings- og oppfølgingsbistand enn NAV selv kan gi.",
		vilkar: []*Vilkar{svarvilkar("behov-omfattende-bistand", tiltak.FaktumBehovOmfattendeBistand,
			func(f *tiltak.Fakta) tiltak.Svar { return f.BehovOmfattendeBistand },
			"Personen trenger mer omfattende formidlings- og oppfølgingsbistand enn NAV selv kan gi.",
			tekst("Personen har behov for mer omfattende bistand enn NAV selv kan gi.",
				"Personen har ikke behov for mer omfattende bistand enn NAV selv kan gi, og hører ikke til personkretsen for oppfølging.",
				"Det er ikke oppgitt om personen har behov for mer omfattende bistand enn NAV selv kan gi."))},
	}}}

// § 4-4 Varighet.
var tf44 = &paragraf{id: "tf-4-4", kilde: tiltak.Tiltaksforskriften, nr: "4-4", tittel: "Varighet",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Oppfølging kan vare i inntil seks måneder og forlenges med seks måneder til. For personer med nedsatt arbeidsevne kan samlet varighet være inntil tre år, og ved overgang fra skole eller soning i institusjon kan den forlenges med seks måneder ut over de tre årene.",
		varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: maneder(6), ledd: 2,
			forlengelser: []forlengelse{
				{tillegg: maneder(6), samlet: maneder(12), vilkar: skjonnsvilkar("forlengelse", "oppfølgingen kan forlenges med inntil seks måneder",
					"Forlengelsen beror på NAVs vurdering av behovet: oppfølgingen kan forlenges med inntil seks måneder.")},
				{tillegg: maneder(24), samlet: ar(3), vilkar: vilkarNedsatt("nedsatt-arbeidsevne"), tellerTidligere: true},
				{tillegg: maneder(6), samlet: maneder(42), tellerTidligere: true,
					vilkar: vilkarNedsattOg("overgang", "er i overgang fra skole eller soning i institusjon til arbeid", tiltak.FaktumOvergangSkoleEllerSoning,
						func(f *tiltak.Fakta) tiltak.Svar { return f.OvergangSkoleEllerSoning })},
			},
			tidligere: Tidligere{Grunnlag: "§ 4-4 angir samlet varighet på inntil tre år for personer med nedsatt arbeidsevne: tidligere oppfølging trekkes fra den rammen (og fra overgangsrammen som bygger på den). Har personen nedsatt arbeidsevne, er den samlede rammen et tak også over de seks og tolv månedene; ellers trekkes ingenting fra dem."}}},
	}}}

// Hjelpere for varighetsvilkår.

func uker(n int) tiltak.Lengde    { return tiltak.AntallUker(n) }
func maneder(n int) tiltak.Lengde { return tiltak.AntallManeder(n) }
func ar(n int) tiltak.Lengde      { return tiltak.AntallAr(n) }

// vilkarNedsatt er vilkåret «nedsatt arbeidsevne» for en forlengelse. Det
// leser NAVs arbeidsevnevurdering alene; å lese arbeidsevnen av
// innsatsgruppen er NAVs praksis, ikke forskriftens vilkår.
func vilkarNedsatt(navn string) *Vilkar {
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumArbeidsevne), beskrivelse: "personen har nedsatt arbeidsevne",
		datofri: true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return nedsatt(f) },
		tekst: tekst("Personen har nedsatt arbeidsevne, så den lengre varigheten kan gis.",
			"Personen har ikke nedsatt arbeidsevne, så den lengre varigheten kan ikke gis.",
			"Det er ikke oppgitt om personen har nedsatt arbeidsevne.")}
}

// vilkarNedsattOg er vilkåret «nedsatt arbeidsevne og» et ja/nei-faktum.
func vilkarNedsattOg(navn, beskrivelse string, ft tiltak.Faktum, hent func(*tiltak.Fakta) tiltak.Svar) *Vilkar {
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumArbeidsevne, ft), beskrivelse: "personen har nedsatt arbeidsevne og " + beskrivelse,
		datofri: true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return Og(nedsatt(f), FraSvar(hent(f))) },
		tekst: tekst("Personen har nedsatt arbeidsevne og "+beskrivelse+".",
			"Personen har ikke både nedsatt arbeidsevne og "+beskrivelse+".",
			"Det er ikke avklart om personen har nedsatt arbeidsevne og "+beskrivelse+".")}
}

// vilkarSvar er vilkåret for en forlengelse at et ja/nei-faktum er ja.
func vilkarSvar(navn, beskrivelse string, ft tiltak.Faktum, hent func(*tiltak.Fakta) tiltak.Svar) *Vilkar {
	return svarvilkar(navn, ft, hent, beskrivelse, tekst("Vilkåret for forlengelsen er oppfylt: "+beskrivelse+".",
		"Vilkåret for forlengelsen er ikke oppfylt: "+beskrivelse+".", "Det er ikke oppgitt om "+beskrivelse+"."))
}

// Innholdsparagrafene definerer tiltakene; de er uendret siden 2016.

// § 2-2 Innhold (avklaring).
var tf22 = &paragraf{id: "tf-2-2", kilde: tiltak.Tiltaksforskriften, nr: "2-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Avklaring),
		innhold: "Definerer tiltaket: individuelt tilpasset avklaring som kan omfatte veiledning om mulighetene på arbeidsmarkedet, og arbeidsutprøving når det er nødvendig og hensiktsmessig."}}}

// § 3-2 Innhold (arbeidstrening).
var tf32 = &paragraf{id: "tf-3-2", kilde: tiltak.Tiltaksforskriften, nr: "3-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.Arbeidstrening),
		innhold: "Definerer tiltaket: tilrettelagt arbeidstrening i ordinært arbeidsliv med individuell oppfølging fra NAV og arbeidsgiveren, eventuelt med opplæring når det er relevant for å komme i arbeid."}}}

// § 3-6: opprettelsen av en arbeidstreningsplass skal være drøftet med de
// ansattes representanter. Et vilkår for arbeidsgiveren, uendret siden 2016.
var tf36 = &paragraf{id: "tf-3-6", kilde: tiltak.Tiltaksforskriften, nr: "3-6", tittel: "Opprettelse av arbeidstreningsplasser",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Før en arbeidstreningsplass opprettes, skal den være drøftet med de ansattes representanter i virksomheten.",
		vilkar: []*Vilkar{vilkarSvar("droftet-med-ansattes-representanter",
			"opprettelsen av arbeidstreningsplassen er drøftet med de ansattes representanter i virksomheten",
			tiltak.FaktumDroftetMedAnsattesRepresentanter, func(f *tiltak.Fakta) tiltak.Svar { return f.DroftetMedAnsattesRepresentanter })}}}}
