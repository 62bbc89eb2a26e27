package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 5 og 6 (tf05_06_mentor_funksjonsassistanse.go).

const (
	vMentor2016 = "tf-5-3-v20160101.personkrets"
	vMentor2018 = "tf-5-3-v20180101.personkrets"
	vMentor2021 = "tf-5-3-v20210422.personkrets"
	vMentor2507 = "tf-5-3-v20250701.personkrets"
	vMentor2508 = "tf-5-3-v20250801.personkrets"
)

var (
	ikkeNedsatt = evne(tiltak.IkkeNedsattArbeidsevne)
	mentorNei   = svar(tiltak.FaktumMentorNodvendig, nei)
	fagoppl     = func(s tiltak.Svar) endring { return svar(tiltak.FaktumFagopplaeringIOpplaeringstiltak, s) }
)

var raderTF05til06 = append([]rad{
	// § 5-3 i 2016-teksten: arbeidstrening, ordinær utdanning (høyere
	// utdanning klart; studiespesialisering og fagskole kanskje), midlertidig
	// og varig lønnstilskudd, eller mentor nødvendig ved nedsatt arbeidsevne.
	{id: "tf-5-3-v20160101", navn: "deltar i arbeidstrening", kode: tiltak.Mentor, fakta: grunnMed(), dato: d(2016, 1, 1), vilkar: vMentor2016, want: Oppfylt, helhet: Oppfylt, versjon: "mentor-v20160101"},
	{id: "tf-5-3-v20160101", navn: "deltar i høyere utdanning (ordinær utdanning)", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringHoyereUtdanning), ikkeNedsatt), dato: d(2017, 6, 1), vilkar: vMentor2016, want: Oppfylt},
	// Fagskole er bare kanskje ordinær utdanning: må vurderes selv om alle
	// faktaene vilkåret leser er kjent.
	{id: "tf-5-3-v20160101", navn: "fagskole er bare kanskje omfattet", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringFagskole), mentorNei), dato: d(2017, 6, 1), vilkar: vMentor2016, want: MaVurderes, mangler: mangler()},
	{id: "tf-5-3-v20160101", navn: "AMO er ikke i listen, arbeidsevnen ikke nedsatt", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringAMO), ikkeNedsatt), dato: d(2017, 6, 1), vilkar: vMentor2016, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-5-3-v20160101", navn: "ingen tiltak, nedsatt arbeidsevne og mentor nødvendig", kode: tiltak.Mentor, fakta: grunnMed(deltar(), svar(tiltak.FaktumMentorNodvendig, ja)), dato: d(2017, 6, 1), vilkar: vMentor2016, want: Oppfylt},
	{id: "tf-5-3-v20160101", navn: "ingen tiltak, nedsatt arbeidsevne, nødvendigheten ikke vurdert", kode: tiltak.Mentor, fakta: grunnMed(deltar()), dato: d(2017, 6, 1), vilkar: vMentor2016, want: MaVurderes, mangler: mangler(tiltak.FaktumMentorNodvendig)},
	{id: "tf-5-3-v20160101", navn: "tiltakene ikke oppgitt, arbeidsevnen ikke nedsatt", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumDeltarI), ikkeNedsatt), dato: d(2017, 6, 1), vilkar: vMentor2016, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI, tiltak.FaktumMentorNodvendig)},

	// Fra 1. januar 2018: all opplæring, og arbeidssøkere i fagopplæring som
	// del av opplæringstiltakene.
	{id: "tf-5-3-v20180101", navn: "fagopplæring i opplæringstiltak uten tiltak i listen", kode: tiltak.Mentor, fakta: grunnMed(deltar(), ikkeNedsatt, fagoppl(ja)), dato: d(2019, 1, 1), vilkar: vMentor2018, want: Oppfylt},
	{id: "tf-5-3-v20180101", navn: "sommerjobb er ikke i listen før 22. april 2021", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.Sommerjobb), ikkeNedsatt, fagoppl(nei)), dato: d(2021, 4, 21), vilkar: vMentor2018, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-5-3-v20180101", navn: "fagopplæring ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(deltar(), ikkeNedsatt, mentorNei), dato: d(2019, 1, 1), vilkar: vMentor2018, want: MaVurderes, mangler: mangler(tiltak.FaktumFagopplaeringIOpplaeringstiltak)},
	// Fra 22. april 2021: sommerjobb i listen.
	{id: "tf-5-3-v20210422", navn: "deltar i sommerjobb", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.Sommerjobb), ikkeNedsatt), dato: d(2022, 6, 1), vilkar: vMentor2021, want: Oppfylt, helhet: Oppfylt, versjon: "mentor-v20210422"},
	{id: "tf-5-3-v20210422", navn: "avklaring er ikke i listen", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.Avklaring), ikkeNedsatt, fagoppl(nei)), dato: d(2022, 6, 1), vilkar: vMentor2021, want: IkkeOppfylt},
	{id: "tf-5-3-v20210422", navn: "avklaring, fagopplæring ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.Avklaring), ikkeNedsatt), dato: d(2022, 6, 1), vilkar: vMentor2021, want: MaVurderes, mangler: mangler(tiltak.FaktumMentorNodvendig, tiltak.FaktumFagopplaeringIOpplaeringstiltak)},
	// 1. juli 2025: gitt på nytt med samme innhold (bokstav a–f).
	{id: "tf-5-3-v20250701", navn: "juli 2025: opplæring AMO", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringAMO), ikkeNedsatt), dato: d(2025, 7, 15), vilkar: vMentor2507, want: Oppfylt},
	{id: "tf-5-3-v20250701", navn: "juli 2025: VTA er ikke i listen", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.VTA), ikkeNedsatt, fagoppl(nei)), dato: d(2025, 7, 15), vilkar: vMentor2507, want: IkkeOppfylt},
	{id: "tf-5-3-v20250701", navn: "juli 2025: nedsatt arbeidsevne, tiltakene ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumDeltarI), mentorNei, fagoppl(nei)), dato: d(2025, 7, 15), vilkar: vMentor2507, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	// 1. august 2025: bare listen og andre ledd; fagopplæringspunktumet er strøket.
	{id: "tf-5-3-v20250801", navn: "ingen tiltak, arbeidsevnen ikke nedsatt", kode: tiltak.Mentor, fakta: grunnMed(deltar(), ikkeNedsatt), dato: sep2025, vilkar: vMentor2508, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-5-3-v20250801", navn: "deltar i opplæring AMO", kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringAMO), ikkeNedsatt), dato: sep2025, vilkar: vMentor2508, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-5-3-v20250801", navn: "ingen tiltak, arbeidsevnen ikke vurdert", kode: tiltak.Mentor, fakta: grunnMed(deltar(), evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: vMentor2508, want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne, tiltak.FaktumMentorNodvendig)},

	// § 5-4: forlengelse til tre år (varighetsvilkår).
	{id: "tf-5-4-v20160101", navn: "nedsatt arbeidsevne og særlig behov for mentor", kode: tiltak.Mentor, fakta: grunnMed(svar(tiltak.FaktumSaerligBehovMentor, ja)), dato: d(2024, 1, 1), vilkar: "tf-5-4-v20160101.nedsatt-og-saerlig-behov", want: Oppfylt},
	{id: "tf-5-4-v20160101", navn: "uten særlig behov for mentor", kode: tiltak.Mentor, fakta: grunnMed(svar(tiltak.FaktumSaerligBehovMentor, nei)), dato: d(2025, 7, 31), vilkar: "tf-5-4-v20160101.nedsatt-og-saerlig-behov", want: IkkeOppfylt},
	{id: "tf-5-4-v20160101", navn: "særlig behov ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(), dato: d(2024, 1, 1), vilkar: "tf-5-4-v20160101.nedsatt-og-saerlig-behov", want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligBehovMentor)},
	{id: "tf-5-4-v20250801", navn: "2025: særlig behov, men arbeidsevnen ikke nedsatt", kode: tiltak.Mentor, fakta: grunnMed(svar(tiltak.FaktumSaerligBehovMentor, ja), ikkeNedsatt), dato: d(2025, 8, 1), vilkar: "tf-5-4-v20250801.nedsatt-og-saerlig-behov", want: IkkeOppfylt},
	{id: "tf-5-4-v20250801", navn: "2025: nedsatt og særlig behov", kode: tiltak.Mentor, fakta: grunnMed(svar(tiltak.FaktumSaerligBehovMentor, ja)), dato: sep2025, vilkar: "tf-5-4-v20250801.nedsatt-og-saerlig-behov", want: Oppfylt},
	{id: "tf-5-4-v20250801", navn: "2025: særlig behov ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(), dato: sep2025, vilkar: "tf-5-4-v20250801.nedsatt-og-saerlig-behov", want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligBehovMentor)},
	// Unge under 30 i tilrettelagt fag- og yrkesopplæring. Født 1. september
	// 1995: 30-årsdagen er 1. september 2025 (startdatoen avgjør).
	{id: "tf-5-4-v20250801", navn: "under 30: start dagen før 30-årsdagen", kode: tiltak.Mentor, fakta: grunnMed(født(1995, 9, 1), svar(tiltak.FaktumTilrettelagtFagOgYrkesopplaering, ja)), dato: d(2025, 8, 31), vilkar: "tf-5-4-v20250801.under-30-tilrettelagt", want: Oppfylt},
	{id: "tf-5-4-v20250801", navn: "under 30: start på 30-årsdagen", kode: tiltak.Mentor, fakta: grunnMed(født(1995, 9, 1), svar(tiltak.FaktumTilrettelagtFagOgYrkesopplaering, ja)), dato: d(2025, 9, 1), vilkar: "tf-5-4-v20250801.under-30-tilrettelagt", want: IkkeOppfylt},
	{id: "tf-5-4-v20250801", navn: "under 30: ikke i tilrettelagt løp", kode: tiltak.Mentor, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumTilrettelagtFagOgYrkesopplaering, nei)), dato: sep2025, vilkar: "tf-5-4-v20250801.under-30-tilrettelagt", want: IkkeOppfylt},
	{id: "tf-5-4-v20250801", navn: "under 30: løpet ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "tf-5-4-v20250801.under-30-tilrettelagt", want: MaVurderes, mangler: mangler(tiltak.FaktumTilrettelagtFagOgYrkesopplaering)},
	{id: "tf-5-4-v20250801", navn: "under 30: fødselsdato ukjent", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato), svar(tiltak.FaktumTilrettelagtFagOgYrkesopplaering, ja)), dato: sep2025, vilkar: "tf-5-4-v20250801.under-30-tilrettelagt", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// § 5-6 tredje ledd (fra 2018): ikke de samme utgiftene som andre tilskudd dekker.
	{id: "tf-5-6-v20180101", navn: "utgiftene dekkes ikke annet sted", kode: tiltak.Mentor, fakta: grunnMed(), dato: d(2018, 1, 1), vilkar: "tf-5-6-v20180101.ikke-dekket-annet-sted", want: Oppfylt, helhet: Oppfylt, versjon: "mentor-v20180101"},
	{id: "tf-5-6-v20180101", navn: "utgiftene dekkes av et annet tilskudd", kode: tiltak.Mentor, fakta: grunnMed(svar(tiltak.FaktumUtgifterDekketAnnetSted, ja)), dato: sep2025, vilkar: "tf-5-6-v20180101.ikke-dekket-annet-sted", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-5-6-v20180101", navn: "ikke oppgitt", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumUtgifterDekketAnnetSted)), dato: sep2025, vilkar: "tf-5-6-v20180101.ikke-dekket-annet-sted", want: MaVurderes, mangler: mangler(tiltak.FaktumUtgifterDekketAnnetSted)},

	// § 6-3, § 6-6 første ledd og § 6-7 (funksjonsassistanse).
	{id: "tf-6-3-v20160101", navn: "omfattende funksjonsnedsettelse eller blind", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), dato: sep2025, vilkar: "tf-6-3-v20160101.funksjonsnedsettelse", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-6-3-v20160101", navn: "ingen slik funksjonsnedsettelse", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(svar(tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind, nei)), dato: sep2025, vilkar: "tf-6-3-v20160101.funksjonsnedsettelse", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-6-3-v20160101", navn: "ikke oppgitt", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(ukjent(tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind)), dato: sep2025, vilkar: "tf-6-3-v20160101.funksjonsnedsettelse", want: MaVurderes, mangler: mangler(tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind)},
	{id: "tf-6-6-v20160101", navn: "tilrettelegging klarlagt", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), dato: sep2025, vilkar: "tf-6-6-v20160101.tilrettelegging-klarlagt", want: Oppfylt},
	{id: "tf-6-6-v20160101", navn: "tilrettelegging ikke klarlagt", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(svar(tiltak.FaktumTilretteleggingKlarlagt, nei)), dato: sep2025, vilkar: "tf-6-6-v20160101.tilrettelegging-klarlagt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-6-6-v20160101", navn: "ikke oppgitt", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(ukjent(tiltak.FaktumTilretteleggingKlarlagt)), dato: sep2025, vilkar: "tf-6-6-v20160101.tilrettelegging-klarlagt", want: MaVurderes, mangler: mangler(tiltak.FaktumTilretteleggingKlarlagt)},
	{id: "tf-6-7-v20160101", navn: "dekkes ikke annet sted", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), dato: sep2025, vilkar: "tf-6-7-v20160101.ikke-dekket-annet-sted", want: Oppfylt},
	{id: "tf-6-7-v20160101", navn: "dekkes av en annen ordning", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(svar(tiltak.FaktumUtgifterDekketAnnetSted, ja)), dato: sep2025, vilkar: "tf-6-7-v20160101.ikke-dekket-annet-sted", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-6-7-v20160101", navn: "ikke oppgitt", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(ukjent(tiltak.FaktumUtgifterDekketAnnetSted)), dato: sep2025, vilkar: "tf-6-7-v20160101.ikke-dekket-annet-sted", want: MaVurderes, mangler: mangler(tiltak.FaktumUtgifterDekketAnnetSted)},
}, grenseRader(
	// 1. januar 2018: fagskole går fra «kanskje ordinær utdanning» til
	// «opplæring» i listen.
	grense{kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.OpplaeringFagskole), mentorNei), nyDag: d(2018, 1, 1), forRS: "mentor-v20160101", etterRS: "mentor-v20180101",
		forV: vMentor2016, etterV: vMentor2018, forU: MaVurderes, etterU: Oppfylt, hva: "§ 5-3 etter FOR-2017-11-05-1943"},
	// 22. april 2021: sommerjobb kommer inn i listen.
	grense{kode: tiltak.Mentor, fakta: grunnMed(deltar(tiltak.Sommerjobb), ikkeNedsatt, fagoppl(nei)), nyDag: d(2021, 4, 22), forRS: "mentor-v20180101", etterRS: "mentor-v20210422",
		forV: vMentor2018, etterV: vMentor2021, forU: IkkeOppfylt, etterU: Oppfylt, hva: "sommerjobb i § 5-3"},
	// 1. juli 2025: samme innhold, ny versjon.
	grense{kode: tiltak.Mentor, fakta: grunnMed(), nyDag: d(2025, 7, 1), forRS: "mentor-v20230801", etterRS: "mentor-v20250701",
		forV: vMentor2021, etterV: vMentor2507, forU: Oppfylt, etterU: Oppfylt, hva: "§ 5-3 etter FOR-2025-01-31-117"},
	// 1. august 2025: fagopplæring alene gir ikke lenger mentor.
	grense{kode: tiltak.Mentor, fakta: grunnMed(deltar(), ikkeNedsatt, fagoppl(ja)), nyDag: d(2025, 8, 1), forRS: "mentor-v20250701", etterRS: "mentor-v20250801",
		forV: vMentor2507, etterV: vMentor2508, forU: Oppfylt, etterU: IkkeOppfylt, hva: "§ 5-3 uten fagopplæringspunktumet"},
)...)

func TestTF05til06(t *testing.T) { kjorRader(t, raderTF05til06) }
