package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Tiltaksforskriften kapittel 1. Fellesbestemmelser.

var tfIKraft = dato(2016, 1, 1) // tiltaksforskriften § 15-1: i kraft 1. januar 2016

const grunnTF = "tiltaksforskriften gjelder fra 1. januar 2016; regelverket før den (blant annet forskrift 11. desember 2008 nr. 1320) er ikke modellert"

// § 1-3 første ledd: deltakelsen bør være nødvendig og hensiktsmessig.
// Leddet er uendret siden 2016.
var tf13l1 = &paragraf{id: "tf-1-3-l1", kilde: tiltak.Tiltaksforskriften, nr: "1-3", ledd: 1, tittel: "Vilkår for deltakelse i tiltak",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Deltakelsen bør være nødvendig og hensiktsmessig for at deltakeren skal skaffe seg eller beholde inntektsgivende arbeid. NAV kan kreve en behovs- eller arbeidsevnevurdering, og valg, utforming og varighet avgjøres i samråd med deltakeren.",
		vilkar: []*Vilkar{{navn: "nodvendig-og-hensiktsmessig", leser: fakta(tiltak.FaktumNodvendigOgHensiktsmessig),
			beskrivelse: "Deltakelse bør være nødvendig og hensiktsmessig for å skaffe eller beholde inntektsgivende arbeid (skjønn).",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return FraSvar(f.NodvendigOgHensiktsmessig) },
			tekst: nodvendigTekst}},
	}}}

var nodvendigTekst = tekst("Saksbehandleren har vurdert at deltakelse er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid.",
	"Saksbehandleren har vurdert at deltakelse ikke er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid.",
	"Det må vurderes om deltakelse er nødvendig og hensiktsmessig for at personen skal skaffe seg eller beholde lønnet arbeid (skjønn).")

// § 1-3 tredje ledd: aldersgrensen på 16 år. Endret 1. august 2025 fra
// «høyere aldersgrenser» til «andre aldersgrenser» for enkelte tiltak, som
// lar unntaket i § 7-3 tredje ledd gi fag- og yrkesopplæring fra det året
// personen fyller 16 år.
var tf13l3 = &paragraf{id: "tf-1-3-l3", kilde: tiltak.Tiltaksforskriften, nr: "1-3", ledd: 3, tittel: "Vilkår for deltakelse i tiltak",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tiltaksdeltakere må ha fylt 16 år; for enkelte tiltak kan det gjelde høyere aldersgrenser.",
			vilkar: []*Vilkar{{navn: "alder-16", leser: fakta(tiltak.FaktumFodselsdato),
				beskrivelse: "Deltakeren må ha fylt 16 år (enkelte tiltak kan ha høyere aldersgrenser).",
				knekk:       knekkListe(fodselsdag(16)),
				vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
				tekst: tekst("Personen har fylt 16 år, som tiltaksforskriften § 1-3 krever.",
					"Personen har ikke fylt 16 år, og tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år.",
					"Fødselsdatoen er ikke oppgitt, så det kan ikke avgjøres om personen har fylt 16 år.")}}},
		{fra: dato(2025, 8, 1), endretVed: for2025_157, bevis: Kunngjort,
			innhold: "Tiltaksdeltakere må ha fylt 16 år; for enkelte tiltak kan det gjelde andre aldersgrenser (ikke bare høyere). Brukes av § 7-3 tredje ledd, som lar tilrettelagt fag- og yrkesopplæring begynne det året personen fyller 16 år.",
			vilkar: []*Vilkar{
				{navn: "alder-16", leser: fakta(tiltak.FaktumFodselsdato),
					unntatt:     koder(tiltak.OpplaeringFagOgYrke),
					beskrivelse: "Deltakeren må ha fylt 16 år (enkelte tiltak kan ha andre aldersgrenser).",
					knekk:       knekkListe(fodselsdag(16)),
					vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return harFylt(f, d, 16) },
					tekst: tekst("Personen har fylt 16 år, som tiltaksforskriften § 1-3 krever.",
						"Personen har ikke fylt 16 år. Tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år, og dette tiltaket har ingen annen aldersgrense.",
						"Fødselsdatoen er ikke oppgitt, så det kan ikke avgjøres om personen har fylt 16 år.")},
				{navn: "alder-16-eller-7-3-unntak", leser: fakta(tiltak.FaktumFodselsdato, tiltak.FaktumSammensattBistandsbehov),
					gjelder:     koder(tiltak.OpplaeringFagOgYrke),
					beskrivelse: "Deltakeren må ha fylt 16 år, med mindre unntaket i § 7-3 tredje ledd gjelder: tilrettelagt fag- og yrkesopplæring fra det året personen fyller 16 år ved sammensatt bistandsbehov (andre aldersgrenser etter § 1-3 fra 1. august 2025).",
					knekk:       knekkListe(fodselsdag(16), iAaret(16)),
					vurder: func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
						return Eller(harFylt(f, d, 16), Og(fyllerIAar(f, d, 16), FraSvar(f.SammensattBistandsbehov)))
					},
					tekst: tekst("Personen har fylt 16 år, eller fyller 16 år i år og har sammensatt bistandsbehov (unntaket i § 7-3 tredje ledd).",
						"Personen har ikke fylt 16 år, og unntaket i § 7-3 tredje ledd for dem som fyller 16 år i år med sammensatt bistandsbehov gjelder ikke.",
						"Fødselsdato eller sammensatt bistandsbehov er ikke oppgitt.")},
			}},
	}}

// tfTiltak er tiltakene i tiltaksforskriften (og fireårig lønnstilskudd,
// der kapittel 1 gjelder etter forsøksforskriften § 11), som stoppreglene i
// § 1-3 fjerde og femte ledd gjelder for.
var tfTiltak = koder(tiltak.Avklaring, tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.Jobbklubb, tiltak.Mentor,
	tiltak.Funksjonsassistanse, tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
	tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.BedriftsinternOpplaering,
	tiltak.Sommerjobb, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Inkluderingstilskudd,
	tiltak.ArbeidsrettetRehabilitering, tiltak.AFT, tiltak.VTA, tiltak.VTAO, tiltak.FirearigLonnstilskudd)

// § 1-3 fjerde ledd: deltakeren skal avslutte tiltaket ved tilbud om
// høvelig arbeid eller et annet tiltak; NAV kan i særlige tilfeller
// godkjenne at et påbegynt tiltak fullføres. Uendret siden 2016.
var tf13l4 = &paragraf{id: "tf-1-3-l4", kilde: tiltak.Tiltaksforskriften, nr: "1-3", ledd: 4, tittel: "Vilkår for deltakelse i tiltak",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Deltakeren skal avslutte tiltaket ved tilbud om høvelig arbeid eller et annet arbeidsmarkedstiltak; NAV kan i særlige tilfeller godkjenne at et påbegynt tiltak fullføres.",
		opphor: []*opphordel{{gjelder: tfTiltak, hendelser: []Hendelse{TilbudOmArbeidEllerTiltak}, virkning: SkalAvsluttes,
			beskrivelse: "Deltakeren skal avslutte tiltaket når vedkommende får tilbud om høvelig arbeid eller et annet arbeidsmarkedstiltak; NAV kan i særlige tilfeller godkjenne at et påbegynt tiltak fullføres."}}}}}

// § 1-3 femte ledd: en deltaker som ikke lenger fyller vilkårene, kan tas
// ut av tiltaket. Uendret siden 2016.
var tf13l5 = &paragraf{id: "tf-1-3-l5", kilde: tiltak.Tiltaksforskriften, nr: "1-3", ledd: 5, tittel: "Vilkår for deltakelse i tiltak",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "En deltaker som ikke lenger fyller vilkårene for deltakelse, kan tas ut av tiltaket (skjønn, ikke automatisk stans).",
		opphor: []*opphordel{{gjelder: tfTiltak, hendelser: []Hendelse{VilkarIkkeLengerOppfylt}, virkning: KanAvsluttes,
			beskrivelse: "En deltaker som ikke lenger fyller vilkårene for deltakelse, kan tas ut av tiltaket; det avgjør NAV etter skjønn."}}}}}

// § 1-6 tredje ledd: ikke tilskudd for arrangørens egne familiemedlemmer
// eller andre nærstående, med mindre særlige grunner foreligger. Paragrafen
// er uendret siden 2016; de andre leddene stiller krav til arrangøren.
var tf16 = &paragraf{id: "tf-1-6", kilde: tiltak.Tiltaksforskriften, nr: "1-6", tittel: "Krav til tiltaksarrangører",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Tiltaksplasser skal ikke fortrenge ordinær arbeidskraft eller virke konkurransevridende; arrangører med flere tiltak eller forretningsdrift må dokumentere økonomistyring og at det ikke skjer kryssubsidiering. Arrangøren kan ikke få tilskudd for egne familiemedlemmer eller andre nærstående uten særlige grunner (tredje ledd).",
		vilkar: []*Vilkar{(&Vilkar{navn: "ikke-naerstaende", leser: fakta(tiltak.FaktumNaerstaendeAvArrangor, tiltak.FaktumSaerligeGrunnerNaerstaende),
			beskrivelse: "Tiltaksarrangøren kan ikke få tilskudd for egne familiemedlemmer eller andre nærstående, med mindre særlige grunner foreligger (skjønn).",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				return Eller(FraSvar(ikke(f.NaerstaendeAvArrangor)), FraSvar(f.SaerligeGrunnerNaerstaende))
			},
			tekst: tekst("Deltakeren er ikke nærstående av tiltaksarrangøren, eller særlige grunner gjør at tilskudd likevel kan gis.",
				"Deltakeren er familiemedlem eller annen nærstående av tiltaksarrangøren, og det foreligger ikke særlige grunner; tiltaksarrangøren kan da ikke få tilskudd (§ 1-6 tredje ledd).",
				"Det er ikke oppgitt om deltakeren er nærstående av tiltaksarrangøren, eller om særlige grunner likevel gjør at tilskudd kan gis.")}).med(3, "")},
	}}}

// § 1-8: tiltak for arbeidstakere krever at arbeidsgiverens
// tilretteleggingsplikt er oppfylt, og ved nedsatt arbeidsevne at NAV har
// oppfølgingsplanen og at bedriftsinterne tiltak er prøvd eller umulige.
var tf18 = &paragraf{id: "tf-1-8", kilde: tiltak.Tiltaksforskriften, nr: "1-8", tittel: "Tildeling av arbeidsmarkedstiltak for arbeidstakere",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Et tiltak kan ikke tildeles en arbeidstaker før arbeidsgiverens tilretteleggingsplikt (arbeidsmiljøloven § 4-2) er oppfylt. Har arbeidstakeren nedsatt arbeidsevne, må NAV i tillegg ha innhentet oppfølgingsplanen og det må være dokumentert at bedriftsinterne tiltak er gjennomført eller ikke er mulige.",
		vilkar: []*Vilkar{{navn: "arbeidstaker",
			leser: fakta(tiltak.FaktumArbeidstaker, tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykmeldt, tiltak.FaktumTilretteleggingspliktOppfylt,
				tiltak.FaktumArbeidsevne, tiltak.FaktumOppfolgingsplanInnhentet, tiltak.FaktumBedriftsinterneTiltakProvd),
			beskrivelse: "Er personen arbeidstaker, må arbeidsgiverens tilretteleggingsplikt være oppfylt; ved nedsatt arbeidsevne må NAV også ha oppfølgingsplanen, og det må være dokumentert at bedriftsinterne tiltak er prøvd eller ikke er mulige.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				krav := FraSvar(f.TilretteleggingspliktOppfylt)
				nedsattKrav := Og(FraSvar(f.OppfolgingsplanInnhentet), FraSvar(f.BedriftsinterneTiltakProvd))
				krav = Og(krav, Eller(FraSvar(ikke(f.Arbeidsevne.Nedsatt())), nedsattKrav))
				return Eller(FraSvar(ikke(arbeidstaker(f))), krav)
			},
			tekst: tekst("Personen er ikke arbeidstaker, eller arbeidsgiverens tilretteleggingsplikt er oppfylt (og ved nedsatt arbeidsevne har NAV oppfølgingsplanen og bedriftsinterne tiltak er prøvd eller umulige).",
				"Personen er arbeidstaker, og kravene i § 1-8 er ikke oppfylt: arbeidsgiverens tilretteleggingsplikt, eller ved nedsatt arbeidsevne oppfølgingsplanen og dokumentasjon av bedriftsinterne tiltak.",
				"Det er ikke oppgitt nok om arbeidsforholdet, arbeidsgiverens tilrettelegging, oppfølgingsplanen og bedriftsinterne tiltak til å avgjøre kravene i § 1-8.")}},
	}}}

// tf1_13: § 1-13 andre ledd: ikke tilskudd etter det alminnelige gruppeunntaket til
// foretak i vanskeligheter eller med et utestående tilbakebetalingskrav.
// Paragrafen gjelder støtte etter gruppeunntaksforordningen; i kapitlene
// er det funksjonsassistanse (§ 6-8) og bedriftsintern opplæring (§ 8-9)
// som gis etter det alminnelige gruppeunntaket. Endret 29. mars 2026 (nye
// henvisninger; andre ledd uendret i innhold), bare avledet tekst.
var tf1_13 = &paragraf{id: "tf-1-13", kilde: tiltak.Tiltaksforskriften, nr: "1-13", tittel: "Støtte etter gruppeunntaksforordningen",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskudd etter det alminnelige gruppeunntaket skal ikke kumuleres med annen støtte ut over høyeste tillatte støtteandel eller støttebeløp, og kan ikke gis til vanskeligstilte bedrifter eller bedrifter med et utestående krav om tilbakebetaling av ulovlig støtte.",
			vilkar:  []*Vilkar{vilkarForetakIVansker()}},
		{fra: dato(2026, 3, 29), endretVed: for2026_541, bevis: Avledet,
			innhold: "Som før, men med henvisninger til forskrift 2. januar 2023 nr. 2 om unntak fra notifikasjonsplikt for offentlig støtte. Bare avledet tekst er funnet.",
			vilkar:  []*Vilkar{vilkarForetakIVansker()}},
	}}

func vilkarForetakIVansker() *Vilkar {
	return (&Vilkar{navn: "ikke-foretak-i-vansker", leser: fakta(tiltak.FaktumForetakIVansker, tiltak.FaktumUtestaendeTilbakebetalingskrav),
		beskrivelse: "Tilskuddet kan ikke gis til et foretak i vanskeligheter eller et foretak med et utestående krav om tilbakebetaling av ulovlig støtte.",
		datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			return Og(FraSvar(ikke(f.ForetakIVansker)), FraSvar(ikke(f.UtestaendeTilbakebetalingskrav)))
		},
		tekst: tekst("Virksomheten er verken et foretak i vanskeligheter eller har et utestående tilbakebetalingskrav.",
			"Virksomheten er et foretak i vanskeligheter eller har et utestående krav om tilbakebetaling av ulovlig støtte, og kan ikke få tilskuddet (§ 1-13 andre ledd).",
			"Det er ikke oppgitt om virksomheten er et foretak i vanskeligheter eller har et utestående tilbakebetalingskrav.")}).med(2, "")
}
