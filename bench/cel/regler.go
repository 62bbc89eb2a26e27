package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Personkretsreglene for tiltakene i katalogen, skrevet som CEL-uttrykk.
//
// Reglene er regelsettene biblioteket bruker for hvert tiltak på
// regeldatoen (1. september 2025), lest vilkår for vilkår fra regler/
// (tf01_felles.go … tf11_14_inkludering_arr_aft_vta.go, er_egenregi.go,
// fir_firearig.go, kilder_seed.go og regelverk.go for tiltak som ikke er i
// kraft). Uttrykkene gjelder bare så lenge ingen av regelsettene endrer seg;
// gyldighet() regner ut det tidsrommet fra biblioteket, og programmet nekter
// å vurdere en dato utenfor det.
//
// Verdiene i CEL:
//
//   - dato og fodselsdato er heltall på formen ååååmmdd (20250901), så
//     alder blir heltallsregning: har fylt n år når dato - fodselsdato ≥
//     n·10000, med tiltak.Alders unntak for dem som er født 29. februar
//     (de fyller år 28. februar i år som ikke er skuddår).
//   - Ja/nei-faktaene er bool, arbeidsevne og uforetrygd er ordene fra
//     bibliotekets JSON, deltar_i er en liste av tiltakskoder.
//   - Et ukjent faktum er en CEL-ukjent (types.Unknown) rett fra
//     aktiveringen. CELs && og || er kommutative og lar false (for &&) og
//     true (for ||) avgjøre uansett ukjente, akkurat som regler.Og og
//     regler.Eller, så resultatet er treverdig: true er oppfylt, false ikke
//     oppfylt og ukjent må vurderes.
//   - skjonn er alltid ukjent: et vilkår som bare beror på skjønn.
//   - ja(x) er den eneste funksjonen utenfor CELs standardbibliotek: sann
//     bare når x er kjent og sann (som f.X == tiltak.Ja i biblioteket).
//     Kleene-logikk kan ikke si «ukjent teller som nei», og det trenger
//     § 1-8 (hvem som er arbeidstaker).
//
// Det CEL-siden ikke gjør: den gir ikke sporet med hvilke fakta som
// mangler, validerer ikke faktaene (tiltak.Fakta.Valider) og tar ikke med
// NAVs praksisregler (regler.Valg.MedPraksis).

// regeldato er datoen CEL-reglene er skrevet for.
var regeldato = tiltak.MustDato(2025, 9, 1)

// celRegel er personkretsen til ett tiltak som ett CEL-uttrykk.
type celRegel struct {
	kode    tiltak.Kode
	uttrykk string
}

// og binder vilkårene sammen med &&, hvert i parentes.
func og(vilkar ...string) string {
	deler := make([]string, len(vilkar))
	for i, v := range vilkar {
		deler[i] = "(" + v + ")"
	}
	return strings.Join(deler, " && ")
}

// harFylt er tiltak.Alder(fodselsdato, dato) >= n i heltallsregning:
// fødselsdagen n år senere er fodselsdato + n·10000, bortsett fra at den
// som er født 29. februar fyller år 28. februar når året ikke er et
// skuddår (tiltak.FyltAar klemmer datoen).
func harFylt(n int) string {
	g := strconv.Itoa(n * 10000)
	return "(dato - fodselsdato >= " + g +
		" || (dato - fodselsdato == " + g + " - 1 && fodselsdato % 10000 == 229" +
		" && !((dato / 10000) % 4 == 0 && ((dato / 10000) % 100 != 0 || (dato / 10000) % 400 == 0))))"
}

// ikkeFylt er at personen ikke har fylt n år.
func ikkeFylt(n int) string { return "!" + harFylt(n) }

// fyllerIAar er tiltak.FyllerIKalenderaaret: personen fyller n år eller mer
// i kalenderåret datoen ligger i.
func fyllerIAar(n int) string {
	return "(dato / 10000 - fodselsdato / 10000 >= " + strconv.Itoa(n) + ")"
}

// deltarI er at personen deltar i minst ett av tiltakene.
func deltarI(koder ...tiltak.Kode) string {
	deler := make([]string, len(koder))
	for i, k := range koder {
		deler[i] = strconv.Quote(string(k))
	}
	return "deltar_i.exists(k, k in [" + strings.Join(deler, ", ") + "])"
}

// Arbeidsevnen: nedsatt (også varig og vesentlig) og varig nedsatt.
const (
	nedsatt      = `arbeidsevne in ["nedsatt", "varig-og-vesentlig-nedsatt"]`
	varigNedsatt = `arbeidsevne == "varig-og-vesentlig-nedsatt"`
)

// Vilkårene flere tiltak deler, med id-en til vilkåret i biblioteket.
var (
	// tf-1-3-l1-v20160101.nodvendig-og-hensiktsmessig og
	// er-1-3-v20230620.nodvendig-og-hensiktsmessig.
	nodvendig = "nodvendig_og_hensiktsmessig"
	// tf-1-3-l3-v20250801.alder-16, er-2-1-v20230620.alder-16 og
	// er-3-1-v20230620.alder-16.
	alder16 = harFylt(16)
	// tf-1-6-v20160101.ikke-naerstaende.
	ikkeNaerstaende = "!naerstaende_av_arrangor || saerlige_grunner_naerstaende"
	// tf-1-8-v20160101.arbeidstaker: personen er arbeidstaker når det er
	// oppgitt, eller når hun eller han er ansatt hos arbeidsgiveren eller
	// sykmeldt (bare et kjent ja teller for de to).
	arbeidstaker18 = "!(arbeidstaker || ja(ansatt_hos_arbeidsgiver) || ja(sykmeldt))" +
		" || (tilretteleggingsplikt_oppfylt && (!(" + nedsatt + ") || (oppfolgingsplan_innhentet && bedriftsinterne_tiltak_provd)))"
	// tf-1-13-v20160101.ikke-foretak-i-vansker.
	ikkeForetakIVansker = "!foretak_i_vansker && !utestaende_tilbakebetalingskrav"
	// tf-5-6-v20180101, tf-6-7-v20160101 og tf-11-5-v20160101
	// .ikke-dekket-annet-sted.
	ikkeDekketAnnetSted = "!utgifter_dekket_av_annen_ordning"
	// tf-3-7-v20161001.ikke-ansatt og tf-13-5-v20161001.ikke-ansatt.
	ikkeAnsatt = "!ansatt_hos_arbeidsgiver"
	// tf-7-3-v20250801: behov for kvalifisering, vansker med å komme inn
	// på arbeidsmarkedet (bokstav a–e) og alder fra det året personen
	// fyller 19 år (a–e, unntatt d).
	kvalifisering = "behov_for_kvalifisering"
	vansker       = "vansker_med_a_komme_i_arbeid"
	aeAlder19     = fyllerIAar(19)
	// tf-8-3-v20210422 og tf-9-3-v20190701 .vurdert-bistandsbehov.
	vurdertBistandsbehov = "behovsvurdering_gjennomfort && bistandsbehov_fastslatt"
	// tf-14-3-v20160101: uføretrygd, tilrettelegging og andre tiltak vurdert.
	vtaPersonkrets = []string{`uforetrygd in ["forventet", "gradert", "full"]`,
		"behov_tilrettelegging_og_tett_oppfolging", "andre_tiltak_vurdert"}
	// er-3-1-v20230620.malgruppe: psykiske lidelser eller rus i behandling,
	// eller (etter direktoratets retningslinjer, skjønn) annen oppfølging
	// fra helse- og omsorgstjenesten eller sammensatte utfordringer.
	ipsMalgruppe = "psykisk_lidelse_eller_rus_i_behandling || (oppfolging_helse_eller_sammensatte_utfordringer && skjonn)"
	// felles er § 1-3 første og tredje ledd og § 1-8, som alle tiltakene i
	// tiltaksforskriften har.
	felles = []string{nodvendig, alder16, arbeidstaker18}
	// fellesArrangor er felles og § 1-6 (tilskudd til en arrangør).
	fellesArrangor = []string{nodvendig, alder16, ikkeNaerstaende, arbeidstaker18}
)

// Listene tiltakene bruker på regeldatoen.
var (
	// § 5-3 fra 1. august 2025 (listen fra 22. april 2021).
	mentorListe = []tiltak.Kode{tiltak.Arbeidstrening, tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering,
		tiltak.OpplaeringFagOgYrke, tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.Sommerjobb,
		tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd}
	// § 11-2 første ledd fra 22. april 2021, med arbeidsmarkedskurs
	// (§ 7-2 bokstav a, som fra 1. juli 2025 er opplaering-amo).
	inkluderingListe = []tiltak.Kode{tiltak.Sommerjobb, tiltak.ArbeidsrettetRehabilitering, tiltak.AFT, tiltak.Avklaring,
		tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.Mentor, tiltak.Funksjonsassistanse, tiltak.MidlertidigLonnstilskudd,
		tiltak.VarigLonnstilskudd, tiltak.VTAO, tiltak.OpplaeringAMO}
	// Tiltak som bare kanskje er med i § 11-2 første ledd (norsk og FOV,
	// og VTA når deltakeren hospiterer): må vurderes.
	inkluderingMulig = []tiltak.Kode{tiltak.OpplaeringNorskFOV, tiltak.VTA}
)

// personkrets gir CEL-reglene for alle tiltakene i katalogen, i katalogens
// rekkefølge.
func personkrets() []celRegel {
	opplaering := func(kode tiltak.Kode) celRegel {
		return celRegel{kode, og(append(felles[:len(felles):len(felles)], kvalifisering, vansker, aeAlder19)...)}
	}
	return []celRegel{
		{tiltak.Avklaring, og(nodvendig, alder16, arbeidstaker18, "behov_utvidet_avklaring")},
		{tiltak.Arbeidstrening, og(nodvendig, alder16, arbeidstaker18,
			"lite_arbeidserfaring || "+nedsatt,    // tf-3-3-v20160101.personkrets
			"droftet_med_ansattes_representanter", // tf-3-6-v20160101
			ikkeAnsatt)},
		{tiltak.Oppfolging, og(nodvendig, alder16, arbeidstaker18, "behov_omfattende_bistand")},
		// tf-4-2-v20160101.jobbklubb-er-oppfolging er alltid oppfylt.
		{tiltak.Jobbklubb, og(nodvendig, alder16, arbeidstaker18, "true", "behov_omfattende_bistand")},
		{tiltak.Mentor, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18,
			deltarI(mentorListe...)+" || ("+nedsatt+" && mentor_nodvendig_for_arbeid)", // tf-5-3-v20250801.personkrets
			ikkeDekketAnnetSted)},
		{tiltak.Funksjonsassistanse, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18, ikkeForetakIVansker,
			"fysisk_funksjonsnedsettelse_eller_blind", "tilrettelegging_og_hjelpemidler_klarlagt", ikkeDekketAnnetSted)},
		opplaering(tiltak.OpplaeringAMO),
		opplaering(tiltak.OpplaeringNorskFOV),
		opplaering(tiltak.OpplaeringStudiespesialisering),
		{tiltak.OpplaeringFagOgYrke, og(nodvendig,
			alder16+" || ("+fyllerIAar(16)+" && sammensatt_bistandsbehov)", // tf-1-3-l3-v20250801.alder-16-eller-7-3-unntak
			arbeidstaker18, kvalifisering, vansker,
			fyllerIAar(19)+" || ("+fyllerIAar(16)+" && sammensatt_bistandsbehov)")}, // tf-7-3-v20250801.d-alder
		opplaering(tiltak.OpplaeringFagskole),
		{tiltak.OpplaeringHoyereUtdanning, og(nodvendig, alder16, arbeidstaker18, kvalifisering, nedsatt, fyllerIAar(22))},
		// Opphevet 1. januar 2020: ett vilkår som aldri er oppfylt.
		{tiltak.BedriftsinternOpplaering, "false"},
		{tiltak.Sommerjobb, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18,
			ikkeFylt(30), "problemer_med_a_fa_sommerjobb", vurdertBistandsbehov, // tf-8-3-v20210422
			"!arbeidsgiver_har_permitterte")}, // tf-8-6-v20210422
		{tiltak.MidlertidigLonnstilskudd, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18,
			vansker+" || (ansatt_hos_arbeidsgiver && sykefravaer_12_mnd && "+nedsatt+")", // tf-9-3-v20190701.personkrets
			vurdertBistandsbehov)},
		{tiltak.VarigLonnstilskudd, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18, varigNedsatt,
			"!ansatt_hos_arbeidsgiver || ((sykefravaer_12_mnd || gradvis_svekket_arbeidsevne) && tilretteleggingsplikt_oppfylt)", // tf-10-3-v20180101
			"helse_eller_sosiale_arsaker", "arbeidsevnevurdering_varig_tiltak", "tidsbegrensede_tiltak_forsokt", // tf-10-4-v20160101
			"!ansatt_hos_arbeidsgiver || tilretteleggingsplikt_oppfylt")}, // tf-10-5-v20160101
		{tiltak.Inkluderingstilskudd, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18,
			// § 11-2: første, andre og tredje ledd er alternativer.
			deltarI(inkluderingListe...)+" || ("+deltarI(inkluderingMulig...)+" && skjonn)"+
				" || saerlig_behov_tilrettelegging"+
				` || "firearig-lonnstilskudd" in deltar_i || i_forskriftsfestet_forsok`,
			ikkeDekketAnnetSted)},
		{tiltak.ArbeidsrettetRehabilitering, og(nodvendig, alder16, arbeidstaker18, "sykmeldt || "+nedsatt)},
		{tiltak.AFT, og(nodvendig, alder16, ikkeNaerstaende, arbeidstaker18,
			"sammensatt_bistandsbehov && "+nedsatt+" && saerlig_usikre_yrkesmessige_forutsetninger", ikkeAnsatt)},
		{tiltak.VTA, og(append(fellesArrangor[:len(fellesArrangor):len(fellesArrangor)], vtaPersonkrets...)...)},
		{tiltak.VTAO, og(append(fellesArrangor[:len(fellesArrangor):len(fellesArrangor)], vtaPersonkrets...)...)},
		{tiltak.ArbeidMedStotte, og(nodvendig, alder16, "behov_omfattende_bistand")},
		{tiltak.IndividuellJobbstotte, og(nodvendig, alder16, ipsMalgruppe, "behov_omfattende_bistand", "samtykke")},
		{tiltak.IPSUng, og(nodvendig, alder16, "behov_omfattende_bistand",
			alder16+" && "+ikkeFylt(30), // er-3-6-v20230620.alder-16-30
			ipsMalgruppe+" || sammensatte_psykiske_problemer_eller_rus",
			"behov_omfattende_bistand", "samtykke")},
		{tiltak.Ungdomsgaranti, og(nodvendig,
			"("+alder16+" || ("+fyllerIAar(16)+" && tilrettelagt_fag_og_yrkesopplaering)) && "+ikkeFylt(30), // er-4-1-v20250801.alder
			"bistandsbehov_fastslatt")},
		// Forsøket med fireårig lønnstilskudd begynner 1. august 2026.
		{tiltak.FirearigLonnstilskudd, "false"},
		// Seed 003: NAV-kontoret velger tiltaksformen; ingen personkrets.
		{tiltak.Aktivitetsplass, "skjonn"},
		{tiltak.Sprakpraksis, "skjonn"},
	}
}

// sjekkKatalog sier fra når reglene ikke dekker katalogen i samme
// rekkefølge (et tiltak lagt til i biblioteket må skrives her også).
func sjekkKatalog(rs []celRegel) error {
	koder := tiltak.Koder()
	if len(rs) != len(koder) {
		return fmt.Errorf("CEL-reglene har %d tiltak, katalogen %d", len(rs), len(koder))
	}
	for i, k := range koder {
		if rs[i].kode != k {
			return fmt.Errorf("CEL-regel %d er %s, katalogen har %s", i, rs[i].kode, k)
		}
	}
	return nil
}
