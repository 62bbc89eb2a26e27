package varighet

import (
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func dato(aar int, m time.Month, d int) tiltak.Dato { return tiltak.MustDato(aar, m, d) }

// Datoer regelversjonene skifter på.
var (
	tfIKraft          = dato(2016, time.January, 1)   // tiltaksforskriften i kraft [V15]
	mentor2025        = dato(2025, time.August, 1)    // FOR-2025-07-30-1575 [V-amend]
	kap7Ny            = dato(2025, time.July, 1)      // FOR-2025-01-31-117 [V-amend]
	sommerjobbFra     = dato(2021, time.June, 1)      // ordningen startet 1. juni 2021 [S]
	midlLT2016Sist    = dato(2019, time.April, 12)    // siste belegg for 2016-teksten (høringssvar) [S]
	midlLTNyFra       = dato(2020, time.September, 1) // første belegg for 24 måneder i NAVs kode [C]
	aftForsteBelegg   = dato(2018, time.January, 1)   // første sats for AFT (ASVL 2018) [S]
	aft2026           = dato(2026, time.January, 1)   // FOR-2025-08-26-1727 [V-amend]
	egenregiIKraft    = dato(2023, time.June, 20)     // FOR-2023-06-20-1073 kapittel 1–3
	ungdomsgarantiFra = dato(2023, time.July, 1)      // FOR-2023-06-20-1073 kapittel 4
	firearigStart     = dato(2026, time.August, 1)    // tidligste oppstart i NAVs kode [C]
	firearigSlutt     = dato(2032, time.December, 31) // forsøkets siste sluttdato i NAVs kode [C]
	hospitering2023   = dato(2023, time.January, 1)   // FOR-2022-05-10-855 [V-amend]
	vtaoSisteStart    = dato(2026, time.August, 31)   // NAVs kode stopper nye VTAO-avtaler [C]
)

// Hjemler. ID-ene er id-er i paragrafindeksen (testdata/paragrafindeks*.json).
var (
	hTF24        = tiltak.TF("tf-2-4", "2-4", 0)
	hTF35        = tiltak.TF("tf-3-5", "3-5", 0)
	hTF42        = tiltak.TF("tf-4-2", "4-2", 0)
	hTF44        = tiltak.TF("tf-4-4", "4-4", 0)
	hTF54v2016   = tiltak.TF("tf-5-4-varighet-v2016", "5-4", 0)
	hTF54v2025   = tiltak.TF("tf-5-4-v20250801", "5-4", 0)
	hTF64        = tiltak.TF("tf-6-4", "6-4", 0)
	hTF74        = tiltak.TF("tf-7-4", "7-4", 0)
	hTF8         = tiltak.Hjemmel{ID: "tf-8-varighet", Kilde: tiltak.Tiltaksforskriften, Merknad: "kapittel 8, tilskudd til sommerjobb; paragrafteksten er ikke lest"}
	hTF96v2016   = tiltak.TF("tf-9-6-varighet-v2016", "9-6", 0)
	hTF9         = tiltak.Hjemmel{ID: "tf-9-varighet", Kilde: tiltak.Tiltaksforskriften, Merknad: "kapittel 9 etter endringen rundt 2019; paragrafteksten er ikke lest"}
	hTF107       = tiltak.TF("tf-10-7-gjennomgang", "10-7", 0)
	hTF114       = tiltak.TF("tf-11-4-maks", "11-4", 0)
	hTF124       = tiltak.TF("tf-12-4", "12-4", 0)
	hTF132       = tiltak.TF("tf-13-2-frist", "13-2", 0)
	hTF134v2018  = tiltak.Hjemmel{ID: "tf-13-4-varighet-v2018", Kilde: tiltak.Tiltaksforskriften, Paragraf: "13-4", Merknad: "teksten før 2026 er ikke lest"}
	hTF134       = tiltak.TF("tf-13-4-varighet", "13-4", 0)
	hTF144       = tiltak.TF("tf-14-4", "14-4", 0)
	hTF1410v2016 = tiltak.Hjemmel{ID: "tf-14-10-hospitering-v2016", Kilde: tiltak.Tiltaksforskriften, Merknad: "2016-teksten: permisjon i inntil seks måneder for hospitering"}
	hTF1410      = tiltak.TF("tf-14-10-hospitering", "14-10", 0)
	hER24        = tiltak.ER("er-2-4", "2-4", 0)
	hER35        = tiltak.ER("er-3-5", "3-5", 0)
	hER36        = tiltak.ER("er-3-6-l4", "3-6", 4)
	hER44        = tiltak.ER("er-4-4", "4-4", 0)
	hFirearig    = tiltak.PraksisNAV("fir-varighet", "forsøk med fireårig lønnstilskudd etter FOR-2026-02-04-163; forskriftsteksten er ikke lest, reglene er lest i NAVs kode")
	hSeed003     = tiltak.Hjemmel{ID: "seed003-plasstyper", Kilde: tiltak.KommunalRutine, Merknad: "rutinen setter ingen varighet"}
)

func uker(n int) tiltak.Lengde    { return tiltak.AntallUker(n) }
func maneder(n int) tiltak.Lengde { return tiltak.AntallManeder(n) }
func ar(n int) tiltak.Lengde      { return tiltak.AntallAr(n) }

// Svar-lesere for faktaene forlengelsene bruker.
func svOvergang(f *tiltak.Fakta) tiltak.Svar     { return f.OvergangSkoleEllerSoning }
func svMentorbehov(f *tiltak.Fakta) tiltak.Svar  { return f.SaerligBehovMentor }
func svTilrettelagt(f *tiltak.Fakta) tiltak.Svar { return f.TilrettelagtFagOgYrkesopplaering }
func svKombinert(f *tiltak.Fakta) tiltak.Svar    { return f.KombinertLop }
func svSaerlige(f *tiltak.Fakta) tiltak.Svar     { return f.SaerligeGrunner }
func svFormell(f *tiltak.Fakta) tiltak.Svar      { return f.OpplaeringFormellKompetanse }
func svOpplaeringB(f *tiltak.Fakta) tiltak.Svar  { return f.IGrunnleggendeOpplaering }
func svUtdanning(f *tiltak.Fakta) tiltak.Svar    { return f.IUtdanning }

const (
	grunnIkkeSamlet    = "Kildene taler ikke om samlet varighet; maksimum gjelder per deltakelse, og tidligere perioder trekkes ikke fra (at de ikke teller, er heller ikke sagt uttrykkelig)."
	grunnIkkeBegrenset = "Tiltaket er ikke tidsbegrenset; tidligere perioder spiller ingen rolle for varigheten."
)

// Forlengelser som brukes i flere regler.
var (
	fMentorNedsatt2016 = Forlengelse{ID: "tf-5-4-varighet-v2016.nedsatt-og-saerlig-behov", Tillegg: maneder(30), Samlet: ar(3),
		Vilkar: vNedsattOg("tf-5-4-varighet-v2016.nedsatt-og-saerlig-behov", hTF54v2016, "særlig behov for mentorbistand", tiltak.FaktumSaerligBehovMentor, svMentorbehov)}
	fMentorNedsatt2025 = Forlengelse{ID: "tf-5-4-v20250801.nedsatt-og-saerlig-behov", Tillegg: maneder(30), Samlet: ar(3),
		Vilkar: vNedsattOg("tf-5-4-v20250801.nedsatt-og-saerlig-behov", hTF54v2025, "særlig behov for mentorbistand", tiltak.FaktumSaerligBehovMentor, svMentorbehov)}
	fMentorUng2025 = Forlengelse{ID: "tf-5-4-v20250801.under-30-tilrettelagt", Tillegg: maneder(30), Samlet: ar(3),
		Vilkar: vUnder30Og("tf-5-4-v20250801.under-30-tilrettelagt", hTF54v2025, "deltar i tilrettelagt fag- og yrkesopplæring som opplæringstiltak", tiltak.FaktumTilrettelagtFagOgYrkesopplaering, svTilrettelagt)}

	fOpplKombinert = Forlengelse{ID: "tf-7-4.kombinasjonslop", Tillegg: ar(1), Samlet: ar(4),
		Vilkar: vSvar("tf-7-4.kombinasjonslop", hTF74, "opplæringen er et kombinasjonsløp (bokstav b før eller sammen med d, eller c før f)", tiltak.FaktumKombinertLop, svKombinert)}
	fOpplSaerlige = Forlengelse{ID: "tf-7-4.saerlige-grunner", Tillegg: ar(1), Samlet: ar(4),
		Vilkar: vSvar("tf-7-4.saerlige-grunner", hTF74, "særlige grunner gjør at deltakeren ikke kan fullføre innen ordinær varighet", tiltak.FaktumSaerligeGrunner, svSaerlige)}
	fOpplKombinertSaerlige = Forlengelse{ID: "tf-7-4.kombinasjonslop-og-saerlige-grunner", Tillegg: ar(1), Samlet: ar(5),
		Vilkar: vSvarOg("tf-7-4.kombinasjonslop-og-saerlige-grunner", hTF74, "opplæringen er et kombinasjonsløp og særlige grunner gjør at den ikke kan fullføres innen fire år",
			tiltak.FaktumKombinertLop, tiltak.FaktumSaerligeGrunner, svKombinert, svSaerlige)}
)

var tidligereOpplaering = Tidligere{Grunnlag: "§ 7-4 setter rammen for ett opplæringsløp (tre eller fire år, pluss ett år etter d–f); teksten sier ikke at tidligere opplæringstiltak teller mot rammen, så de trekkes ikke fra."}

func opplaering(kode tiltak.Kode, bokstav string, fl ...Forlengelse) []Regel {
	return []Regel{{ID: hTF74.ID, Tiltak: kode, Fra: kap7Ny, Hjemmel: hTF74.MedBokstav(bokstav), Type: Tidsbegrenset,
		Ordinaer: ar(3), Forlengelser: fl, Tidligere: tidligereOpplaering,
		Merknad: "Kapittel 7 slik det lyder fra 1. juli 2025. Reglene før det er ikke modellert."}}
}

// regelTabell holder alle varighetsregler, eldste versjon først. Den
// endres aldri etter init.
var regelTabell = map[tiltak.Kode][]Regel{
	tiltak.Avklaring: {{ID: hTF24.ID, Tiltak: tiltak.Avklaring, Fra: tfIKraft, Hjemmel: hTF24, Type: Tidsbegrenset,
		Ordinaer: uker(4),
		Forlengelser: []Forlengelse{{ID: "tf-2-4.forlengelse", Tillegg: uker(8), Samlet: uker(12),
			Vilkar: vSkjonn("tf-2-4.forlengelse", hTF24, "avklaringen kan forlenges med inntil åtte uker ved behov")}},
		Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}},

	tiltak.Arbeidstrening: {{ID: hTF35.ID, Tiltak: tiltak.Arbeidstrening, Fra: tfIKraft, Hjemmel: hTF35, Type: Tidsbegrenset,
		Ordinaer: ar(1),
		Forlengelser: []Forlengelse{{ID: "tf-3-5.nedsatt-arbeidsevne", Tillegg: maneder(6), Samlet: maneder(18),
			Vilkar: vNedsatt("tf-3-5.nedsatt-arbeidsevne", hTF35)}},
		Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet},
		Merknad:   "2016-teksten; ingen endring av § 3-5 er sett. NAVs praksis på 18 måneder for alle er en egen praksisregel."}},

	tiltak.Oppfolging: {{ID: hTF44.ID, Tiltak: tiltak.Oppfolging, Fra: tfIKraft, Hjemmel: hTF44, Type: Tidsbegrenset,
		Ordinaer: maneder(6),
		Forlengelser: []Forlengelse{
			{ID: "tf-4-4.forlengelse", Tillegg: maneder(6), Samlet: maneder(12),
				Vilkar: vSkjonn("tf-4-4.forlengelse", hTF44, "oppfølgingen kan forlenges med inntil seks måneder ved behov")},
			{ID: "tf-4-4.nedsatt-arbeidsevne", Tillegg: maneder(24), Samlet: ar(3),
				Vilkar: vNedsatt("tf-4-4.nedsatt-arbeidsevne", hTF44), TellerTidligere: true},
			{ID: "tf-4-4.overgang", Tillegg: maneder(6), Samlet: maneder(42),
				Vilkar: vNedsattOg("tf-4-4.overgang", hTF44, "er i overgang fra skole eller soning i institusjon til arbeid", tiltak.FaktumOvergangSkoleEllerSoning, svOvergang), TellerTidligere: true},
		},
		Tidligere: Tidligere{Grunnlag: "§ 4-4 angir tre år totalt for personer med nedsatt arbeidsevne (sammendraget av 2016-teksten): tidligere oppfølging trekkes fra den rammen (og fra overgangsrammen som bygger på den). Har personen nedsatt arbeidsevne, er den samlede rammen et tak også over de seks og tolv månedene; ellers trekkes ingenting fra dem."}}},

	tiltak.Jobbklubb: {{ID: hTF42.ID, Tiltak: tiltak.Jobbklubb, Hjemmel: hTF42, Type: IkkeFastsatt,
		Tidligere: Tidligere{Grunnlag: "Kildene setter ingen varighet for jobbklubb."},
		Merknad:   "Jobbklubb er bare nevnt som innhold i oppfølging (§ 4-2); ingen egen varighetsregel er funnet. Gis jobbklubb som del av oppfølging, gjelder § 4-4 for oppfølgingen."}},

	tiltak.Mentor: {
		{ID: hTF54v2016.ID, Tiltak: tiltak.Mentor, Fra: tfIKraft, Til: mentor2025.AddDays(-1), Hjemmel: hTF54v2016, Type: Tidsbegrenset,
			Ordinaer: maneder(6), Forlengelser: []Forlengelse{fMentorNedsatt2016},
			Tidligere:   Tidligere{Grunnlag: grunnIkkeSamlet},
			Uverifisert: true,
			Merknad:     "Versjonen før 1. august 2025 bygger på NAVs kode (6 og 36 måneder) og sammendraget; ordlyden i § 5-4 før 2025 er ikke lest, også vilkåret om særlig behov er uverifisert."},
		{ID: hTF54v2025.ID, Tiltak: tiltak.Mentor, Fra: mentor2025, Hjemmel: hTF54v2025, Type: Tidsbegrenset,
			Ordinaer: maneder(6), Forlengelser: []Forlengelse{fMentorNedsatt2025, fMentorUng2025},
			Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet},
			Merknad:   "Alderen under 30 år vurderes på startdatoen."},
	},

	tiltak.Funksjonsassistanse: {{ID: hTF64.ID, Tiltak: tiltak.Funksjonsassistanse, Fra: tfIKraft, Hjemmel: hTF64, Type: UtenFastMaksimum,
		Tidligere: Tidligere{Grunnlag: "Forskriften setter ingen øvre grense; tidligere perioder spiller ingen rolle."},
		Merknad:   "§ 6-4 fastsetter omfanget individuelt og justerer eller avslutter når behovet endres. NAV innvilger ett år om gangen (praksis)."}},

	tiltak.OpplaeringAMO:                  opplaering(tiltak.OpplaeringAMO, "a"),
	tiltak.OpplaeringNorskFOV:             opplaering(tiltak.OpplaeringNorskFOV, "b", fOpplKombinert),
	tiltak.OpplaeringStudiespesialisering: opplaering(tiltak.OpplaeringStudiespesialisering, "c", fOpplKombinert),
	tiltak.OpplaeringFagOgYrke:            opplaering(tiltak.OpplaeringFagOgYrke, "d", fOpplKombinert, fOpplSaerlige, fOpplKombinertSaerlige),
	tiltak.OpplaeringFagskole:             opplaering(tiltak.OpplaeringFagskole, "e", fOpplSaerlige),
	tiltak.OpplaeringHoyereUtdanning:      opplaering(tiltak.OpplaeringHoyereUtdanning, "f", fOpplKombinert, fOpplSaerlige, fOpplKombinertSaerlige),

	tiltak.Sommerjobb: {{ID: hTF8.ID, Tiltak: tiltak.Sommerjobb, Fra: sommerjobbFra, Hjemmel: hTF8, Type: Tidsbegrenset,
		Ordinaer:    uker(4),
		Sesong:      &Sesong{FraManed: 6, FraDag: 1, TilManed: 8, TilDag: 31, Hjemmel: hTF8, Uverifisert: true},
		Tidligere:   Tidligere{Grunnlag: grunnIkkeSamlet},
		Uverifisert: true,
		Merknad:     "Fire uker med start mellom 1. juni og 31. august bygger på NAVs sider og kode; paragrafteksten i kapittel 8 er ikke lest."}},

	tiltak.MidlertidigLonnstilskudd: {
		{ID: hTF96v2016.ID, Tiltak: tiltak.MidlertidigLonnstilskudd, Fra: tfIKraft, Til: midlLT2016Sist, Hjemmel: hTF96v2016, Type: Tidsbegrenset,
			Ordinaer: ar(1),
			Forlengelser: []Forlengelse{{ID: "tf-9-6-varighet-v2016.nedsatt-arbeidsevne", Tillegg: ar(2), Samlet: ar(3),
				Vilkar: vNedsatt("tf-9-6-varighet-v2016.nedsatt-arbeidsevne", hTF96v2016)}},
			Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet},
			Merknad:   "2016-teksten (ett år, tre år ved nedsatt arbeidsevne). Til-datoen er siste belegg for at teksten gjaldt (høringssvar 12. april 2019), ikke en kjent endringsdato."},
		{ID: hTF9.ID, Tiltak: tiltak.MidlertidigLonnstilskudd, Fra: midlLTNyFra, Hjemmel: hTF9, Type: Tidsbegrenset,
			Ordinaer: ar(1),
			Forlengelser: []Forlengelse{{ID: "tf-9-varighet.nedsatt-arbeidsevne", Tillegg: ar(1), Samlet: ar(2),
				Vilkar: vNedsatt("tf-9-varighet.nedsatt-arbeidsevne", hTF9)}},
			Tidligere:   Tidligere{Grunnlag: grunnIkkeSamlet},
			Uverifisert: true,
			Merknad:     "Ett år, to år ved nedsatt arbeidsevne, etter NAVs sider og kode. Fra-datoen er første belegg (NAVs kode håndhever 24 måneder fra september 2020), ikke en kjent ikrafttredelse."},
	},

	tiltak.VarigLonnstilskudd: {{ID: hTF107.ID, Tiltak: tiltak.VarigLonnstilskudd, Fra: tfIKraft, Hjemmel: hTF107, Type: IkkeTidsbegrenset,
		Tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
		Merknad:   "Ingen øvre varighet; tilskuddet vurderes minst hvert halvår og kan reduseres eller stanses (§ 10-7)."}},

	tiltak.Inkluderingstilskudd: {{ID: hTF114.ID, Tiltak: tiltak.Inkluderingstilskudd, Fra: tfIKraft, Hjemmel: hTF114, Type: UtenFastMaksimum,
		Tidligere: Tidligere{Grunnlag: "Forskriften setter ingen varighet, bare et maksimalt beløp."},
		Merknad:   "NAVs praksis begrenser en avtale til 12 måneder (egen praksisregel)."}},

	tiltak.ArbeidsrettetRehabilitering: {{ID: hTF124.ID, Tiltak: tiltak.ArbeidsrettetRehabilitering, Fra: tfIKraft, Hjemmel: hTF124, Type: Tidsbegrenset,
		Ordinaer: uker(12), Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}},

	tiltak.AFT: {
		{ID: hTF134v2018.ID, Tiltak: tiltak.AFT, Fra: aftForsteBelegg, Til: aft2026.AddDays(-1), Hjemmel: hTF134v2018, Type: Tidsbegrenset,
			Ordinaer: ar(1),
			Forlengelser: []Forlengelse{
				{ID: "tf-13-4-varighet-v2018.forlengelse", Tillegg: ar(1), Samlet: ar(2),
					Vilkar: vSkjonn("tf-13-4-varighet-v2018.forlengelse", hTF134v2018, "tiltaket kan forlenges med inntil ett år ved behov")},
				{ID: "tf-13-4-varighet-v2018.formell-kompetanse", Tillegg: ar(1), Samlet: ar(3),
					Vilkar: vSvarEtterSkjonn("tf-13-4-varighet-v2018.formell-kompetanse", hTF134v2018, "deltakeren får opplæring med sikte på formell kompetanse", tiltak.FaktumOpplaeringFormellKompetanse, svFormell)},
			},
			Tidligere:   Tidligere{Grunnlag: grunnIkkeSamlet},
			Uverifisert: true,
			Merknad:     "Kapittel 13 var tomt i 2016-teksten; når det ble fylt, er ukjent. Fra-datoen er første belegg (AFT-sats for 2018); varighetene bygger på sekundærkilder og NAVs kode."},
		{ID: hTF134.ID, Tiltak: tiltak.AFT, Fra: aft2026, Hjemmel: hTF134, Type: Tidsbegrenset,
			Ordinaer: ar(1),
			Forlengelser: []Forlengelse{
				{ID: "tf-13-4-varighet.forlengelse", Tillegg: ar(1), Samlet: ar(2),
					Vilkar: vSkjonn("tf-13-4-varighet.forlengelse", hTF134, "tiltaket kan forlenges med inntil ett år ved behov")},
				{ID: "tf-13-4-varighet.formell-kompetanse", Tillegg: ar(1), Samlet: ar(3),
					Vilkar: vSvarEtterSkjonn("tf-13-4-varighet.formell-kompetanse", hTF134, "deltakeren får opplæring med sikte på formell kompetanse", tiltak.FaktumOpplaeringFormellKompetanse, svFormell)},
			},
			Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet},
			Merknad:   "NAV fastsetter varigheten av oppfølging etter ansettelse; den er ikke modellert."},
	},

	tiltak.VTA: {{ID: hTF144.ID, Tiltak: tiltak.VTA, Fra: tfIKraft, Hjemmel: hTF144, Type: IkkeTidsbegrenset,
		Tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
		Merknad:   "Ikke tidsbegrenset; overgang til andre tiltak, utdanning eller ordinært arbeid vurderes jevnlig (uten fast intervall)."}},
	tiltak.VTAO: {{ID: hTF144.ID, Tiltak: tiltak.VTAO, Fra: tfIKraft, Hjemmel: hTF144, Type: IkkeTidsbegrenset,
		Tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
		Merknad:   "Ikke tidsbegrenset. NAVs kode stopper nye VTAO-avtaler som starter etter 31. august 2026 (egen praksisregel)."}},

	tiltak.ArbeidMedStotte: {
		{ID: hER24.ID, Tiltak: tiltak.ArbeidMedStotte, Fra: egenregiIKraft, Til: kap7Ny.AddDays(-1), Hjemmel: hER24, Type: Tidsbegrenset,
			Ordinaer: ar(1), Forlengelser: amsForlengelser, Tidligere: amsTidligere, Uverifisert: true,
			Merknad: "Før 1. juli 2025 viste § 2-4 til bokstav b i tiltaksforskriften § 7-2 slik den da lød (etter NAVs tekster fag- og yrkesopplæring, ikke verifisert i forskriftsteksten). Faktumet i_opplaering_bokstav_b må besvares mot § 7-2 slik den gjaldt på startdatoen."},
		{ID: hER24.ID, Tiltak: tiltak.ArbeidMedStotte, Fra: kap7Ny, Hjemmel: hER24, Type: Tidsbegrenset,
			Ordinaer: ar(1), Forlengelser: amsForlengelser, Tidligere: amsTidligere,
			Merknad: "Fra 1. juli 2025 er bokstav b i tiltaksforskriften § 7-2 norskopplæring, grunnleggende ferdigheter og forberedende opplæring for voksne (FOV)."},
	},

	tiltak.IndividuellJobbstotte: {{ID: hER35.ID, Tiltak: tiltak.IndividuellJobbstotte, Fra: egenregiIKraft, Hjemmel: hER35, Type: Tidsbegrenset,
		Ordinaer: ar(1),
		Forlengelser: []Forlengelse{{ID: "er-3-5.nedsatt-arbeidsevne", Tillegg: ar(2), Samlet: ar(3),
			Vilkar: vIPSNedsatt}},
		Tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}},

	tiltak.IPSUng: {{ID: hER36.ID, Tiltak: tiltak.IPSUng, Fra: egenregiIKraft, Hjemmel: hER36, Type: Tidsbegrenset,
		Ordinaer: ar(1),
		Forlengelser: []Forlengelse{
			{ID: "er-3-6-l4.utdanning", Tillegg: ar(1), Samlet: ar(2),
				Vilkar: vSvar("er-3-6-l4.utdanning", hER36, "personen deltar i opplæring eller utdanning", tiltak.FaktumIUtdanning, svUtdanning)},
			{ID: "er-3-5.nedsatt-arbeidsevne", Tillegg: ar(2), Samlet: ar(3),
				Vilkar: vIPSNedsatt},
			{ID: "er-3-6-l4.nedsatt-og-utdanning", Tillegg: ar(1), Samlet: ar(4),
				Vilkar: vNedsattOg("er-3-6-l4.nedsatt-og-utdanning", hER36, "deltar i opplæring eller utdanning", tiltak.FaktumIUtdanning, svUtdanning)},
		},
		Tidligere: Tidligere{Grunnlag: "Egenregiforskriften § 3-6: «samlet varighet» er ordinær varighet pluss forlengelsen; teksten sier ikke at tidligere deltakelse teller, så den trekkes ikke fra."},
		Merknad:   "§ 3-5 gjelder også for IPS ung (§ 3-6 andre ledd)."}},

	tiltak.Ungdomsgaranti: {{ID: hER44.ID, Tiltak: tiltak.Ungdomsgaranti, Fra: ungdomsgarantiFra, Hjemmel: hER44, Type: Aldersgrense,
		Alder:     30,
		Tidligere: Tidligere{Grunnlag: "Garantien varer så lenge behovet varer og opphører ved fylte 30 år; tidligere perioder spiller ingen rolle."},
		Merknad:   "Garantien gjelder til og med dagen før 30-årsdagen og opphører på 30-årsdagen. Den skal inntre innen åtte uker etter registrering (se Frister)."}},

	tiltak.FirearigLonnstilskudd: {{ID: hFirearig.ID, Tiltak: tiltak.FirearigLonnstilskudd, Fra: firearigStart, Til: firearigSlutt, Hjemmel: hFirearig, Type: Tidsbegrenset,
		Ordinaer: ar(2),
		Forlengelser: []Forlengelse{{ID: "fir-varighet.fast-stilling", Tillegg: ar(2), Samlet: ar(4),
			Vilkar: vFast("fir-varighet.fast-stilling", hFirearig)}},
		TidligsteStart: firearigStart, SenesteSlutt: firearigSlutt,
		Tidligere:   Tidligere{Grunnlag: grunnIkkeSamlet},
		Uverifisert: true,
		Merknad:     "NAVs kode: inntil to år ved midlertidig og fire år ved fast ansettelse, start tidligst 1. august 2026 og slutt senest 31. desember 2032."}},

	tiltak.Aktivitetsplass: {{ID: hSeed003.ID, Tiltak: tiltak.Aktivitetsplass, Hjemmel: hSeed003, Type: IkkeFastsatt,
		Tidligere: Tidligere{Grunnlag: "Kildene setter ingen varighet."},
		Merknad:   "Rutinen (seed 003) setter ingen varighet for aktivitetsplass; pakken finner ikke på en."}},
	tiltak.Sprakpraksis: {{ID: hSeed003.ID, Tiltak: tiltak.Sprakpraksis, Hjemmel: hSeed003, Type: IkkeFastsatt,
		Tidligere: Tidligere{Grunnlag: "Kildene setter ingen varighet."},
		Merknad:   "Rutinen (seed 003) setter ingen varighet for språkpraksis; pakken finner ikke på en."}},
}

// gapGrunn forklarer datoer uten modellert regel.
var gapGrunn = map[tiltak.Kode]string{
	tiltak.MidlertidigLonnstilskudd: "2016-teksten (ett og tre år) ble erstattet av gjeldende regel (ett og to år) en gang mellom april 2019 og september 2020; datoen er ikke verifisert, så perioden er ikke modellert",
	tiltak.AFT:                      "kapittel 13 var tomt i 2016-teksten, og datoen det ble fylt er ukjent; første belegg for AFT er 2018",
	tiltak.Sommerjobb:               "tilskudd til sommerjobb startet 1. juni 2021 (kapittel 8 gjaldt før det bedriftsintern opplæring)",
	tiltak.FirearigLonnstilskudd:    "forsøket med fireårig lønnstilskudd tillater start fra og med 1. august 2026 og slutt senest 31. desember 2032",
	tiltak.Ungdomsgaranti:           "ungdomsgarantien gjelder fra 1. juli 2023",
	tiltak.ArbeidMedStotte:          "egenregiforskriften gjelder fra 20. juni 2023",
	tiltak.IndividuellJobbstotte:    "egenregiforskriften gjelder fra 20. juni 2023",
	tiltak.IPSUng:                   "egenregiforskriften gjelder fra 20. juni 2023",
}

func init() {
	for _, k := range []tiltak.Kode{tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning} {
		gapGrunn[k] = "opplæringsreglene før 1. juli 2025 (kapittel 7 i 2016-teksten og endringene i 2016 og rundt 2019) er ikke modellert"
	}
}

// vIPSNedsatt er vilkåret for forlengelsen til tre år i egenregiforskriften
// § 3-5, som IPS ung arver etter § 3-6 andre ledd. Én verdi, så id-en peker
// på ett vilkår.
var vIPSNedsatt = vNedsatt("er-3-5.nedsatt-arbeidsevne", hER35)

// Forlengelsene i egenregiforskriften § 2-4, delt av versjonene før og etter
// 1. juli 2025 (da innholdet i bokstav b i tiltaksforskriften § 7-2 byttet).
var (
	amsForlengelser = []Forlengelse{
		{ID: "er-2-4.opplaering-b", Tillegg: ar(1), Samlet: ar(2),
			Vilkar: vSvar("er-2-4.opplaering-b", hER24, "personen deltar i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav b", tiltak.FaktumIGrunnleggendeOpplaering, svOpplaeringB)},
		{ID: "er-2-4.nedsatt-arbeidsevne", Tillegg: ar(2), Samlet: ar(3),
			Vilkar: vNedsatt("er-2-4.nedsatt-arbeidsevne", hER24)},
		{ID: "er-2-4.nedsatt-og-opplaering-b", Tillegg: ar(1), Samlet: ar(4),
			Vilkar: vNedsattOg("er-2-4.nedsatt-og-opplaering-b", hER24, "deltar i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav b", tiltak.FaktumIGrunnleggendeOpplaering, svOpplaeringB)},
	}
	amsTidligere = Tidligere{Grunnlag: "Egenregiforskriften § 2-4: «samlet varighet» er ordinær varighet pluss forlengelsen; teksten sier ikke at tidligere deltakelse teller, så den trekkes ikke fra."}
)
