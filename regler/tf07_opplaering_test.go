package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 7 (tf07_opplaering.go): § 7-2 (formene), § 7-3
// (personkretsen) og § 7-4 (forlengelsene i varigheten). Aldersgrensene
// «over 19/22/26 år» før 2025 er lest som «har fylt»; fra 1. juli 2025 gjelder
// «fra det året personen fyller» (kalenderåret), så grensene der prøves på
// 31. desember og 1. januar.

const (
	amo      = tiltak.OpplaeringAMO
	norsk    = tiltak.OpplaeringNorskFOV
	studspes = tiltak.OpplaeringStudiespesialisering
	fagyrke  = tiltak.OpplaeringFagOgYrke
	fagskole = tiltak.OpplaeringFagskole
	hoyere   = tiltak.OpplaeringHoyereUtdanning
)

var (
	vansker       = func(s tiltak.Svar) endring { return svar(tiltak.FaktumVanskerMedArbeid, s) }
	utenRett      = func(s tiltak.Svar) endring { return svar(tiltak.FaktumUtenRettTilOpplaering, s) }
	avvikende     = func(s tiltak.Svar) endring { return svar(tiltak.FaktumAvvikendeUtdanningssituasjon, s) }
	sammensatt    = func(s tiltak.Svar) endring { return svar(tiltak.FaktumSammensattBistandsbehov, s) }
	kvalifisering = func(s tiltak.Svar) endring { return svar(tiltak.FaktumBehovForKvalifisering, s) }
)

var (
	mai2016 = d(2016, 5, 1)
	nov2016 = d(2016, 11, 1)
	jan2018 = d(2018, 1, 1)
	jan2020 = d(2020, 1, 1)
	jul2025 = d(2025, 7, 15)
)

var raderTF07 = append(append([]rad{
	// § 7-2: koder som bare kanskje hører under en bokstav slik § 7-2 lød,
	// får et formvilkår som alltid må vurderes (leser ingen fakta).
	{id: "tf-7-2-v20160101", navn: "norsk/FOV kanskje arbeidsmarkedskurs (2016)", kode: norsk, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-2-v20160101.form-opplaering-norsk-fov", want: MaVurderes, helhet: MaVurderes, versjon: "opplaering-norsk-fov-v20160101", mangler: mangler()},
	{id: "tf-7-2-v20160101", navn: "studiespesialisering kanskje ordinær utdanning (2016)", kode: studspes, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-2-v20160101.form-opplaering-studiespesialisering", want: MaVurderes, versjon: "opplaering-studiespesialisering-v20160101", mangler: mangler()},
	{id: "tf-7-2-v20160101", navn: "fagskole kanskje b eller c (2016)", kode: fagskole, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-2-v20160101.form-opplaering-fagskole", want: MaVurderes, versjon: "opplaering-fagskole-v20160101", mangler: mangler()},
	{id: "tf-7-2-v20161001", navn: "studiespesialisering kanskje ordinær utdanning (2016–2019)", kode: studspes, fakta: grunnMed(), dato: jan2018, vilkar: "tf-7-2-v20161001.form-opplaering-studiespesialisering", want: MaVurderes, versjon: "opplaering-studiespesialisering-v20170101", mangler: mangler()},
	{id: "tf-7-2-v20161001", navn: "fagskole kanskje b eller c (2016–2019)", kode: fagskole, fakta: grunnMed(), dato: nov2016, vilkar: "tf-7-2-v20161001.form-opplaering-fagskole", want: MaVurderes, versjon: "opplaering-fagskole-v20161001", mangler: mangler()},
	{id: "tf-7-2-v20190701", navn: "norsk/FOV kanskje arbeidsmarkedsopplæring (2019–2025)", kode: norsk, fakta: grunnMed(), dato: jan2020, vilkar: "tf-7-2-v20190701.form-opplaering-norsk-fov", want: MaVurderes, helhet: MaVurderes, versjon: "opplaering-norsk-fov-v20190701", mangler: mangler()},
	// Norsk og grunnleggende ferdigheter står uttrykkelig i bokstav a fra
	// 1. oktober 2016: ingen formvilkår, helheten er oppfylt.
	{id: "tf-7-3-v20161001", navn: "norsk/FOV klart arbeidsmarkedskurs (2016–2019)", kode: norsk, fakta: grunnMed(), dato: nov2016, vilkar: "tf-7-3-v20161001.kurs-alder-19", want: Oppfylt, helhet: Oppfylt, versjon: "opplaering-norsk-fov-v20161001"},
	// Ingen bokstav i § 7-2 fra 1. juli 2019 gir fag fra studiespesialisering.
	{id: "tf-7-2-v20190701", navn: "studiespesialisering ikke i kraft 2019–2025", kode: studspes, fakta: grunnMed(), dato: jan2020, vilkar: "tf-7-2-v20190701.ikke-i-kraft.opplaering-studiespesialisering", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "opplaering-studiespesialisering-v20190701"},

	// § 7-3 i 2016-teksten.
	{id: "tf-7-3-v20160101", navn: "behov for kvalifisering", kode: amo, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-3-v20160101.behov-for-kvalifisering", want: Oppfylt, helhet: Oppfylt, versjon: "opplaering-amo-v20160101"},
	{id: "tf-7-3-v20160101", navn: "ikke behov for kvalifisering", kode: hoyere, fakta: grunnMed(kvalifisering(nei)), dato: mai2016, vilkar: "tf-7-3-v20160101.behov-for-kvalifisering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "behovet ikke oppgitt", kode: fagyrke, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: mai2016, vilkar: "tf-7-3-v20160101.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	// Arbeidsmarkedskurs: over 19 år. Født 10. mars 1997: 19 år 10. mars 2016.
	{id: "tf-7-3-v20160101", navn: "kurs: dagen før 19-årsdagen", kode: amo, fakta: grunnMed(født(1997, 3, 10)), dato: d(2016, 3, 9), vilkar: "tf-7-3-v20160101.kurs-alder-19", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "kurs: 19-årsdagen", kode: amo, fakta: grunnMed(født(1997, 3, 10)), dato: d(2016, 3, 10), vilkar: "tf-7-3-v20160101.kurs-alder-19", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20160101", navn: "kurs: fødselsdato ukjent", kode: norsk, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: mai2016, vilkar: "tf-7-3-v20160101.kurs-alder-19", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	// Yrkesrettet opplæring: over 19, betydelige vansker, uten rett til opplæring.
	{id: "tf-7-3-v20160101", navn: "yrkesrettet: alle kravene", kode: fagyrke, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-3-v20160101.yrkesrettet", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20160101", navn: "yrkesrettet: har rett til opplæring", kode: fagyrke, fakta: grunnMed(utenRett(nei)), dato: mai2016, vilkar: "tf-7-3-v20160101.yrkesrettet", want: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "yrkesrettet: dagen før 19-årsdagen", kode: fagyrke, fakta: grunnMed(født(1997, 3, 10)), dato: d(2016, 3, 9), vilkar: "tf-7-3-v20160101.yrkesrettet", want: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "yrkesrettet: retten ikke oppgitt", kode: fagyrke, fakta: grunnMed(ukjent(tiltak.FaktumUtenRettTilOpplaering)), dato: mai2016, vilkar: "tf-7-3-v20160101.yrkesrettet", want: MaVurderes, mangler: mangler(tiltak.FaktumUtenRettTilOpplaering)},
	// Ordinær utdanning: fylt 26 og nedsatt arbeidsevne, eller yngre i en
	// vesentlig avvikende utdanningssituasjon. Født 15. juni 1990: 26 år
	// 15. juni 2016.
	{id: "tf-7-3-v20160101", navn: "ordinær: 26-årsdagen med nedsatt arbeidsevne", kode: hoyere, fakta: grunnMed(), dato: d(2016, 6, 15), vilkar: "tf-7-3-v20160101.ordinaer-utdanning", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20160101", navn: "ordinær: dagen før 26-årsdagen, ikke avvikende situasjon", kode: hoyere, fakta: grunnMed(avvikende(nei)), dato: d(2016, 6, 14), vilkar: "tf-7-3-v20160101.ordinaer-utdanning", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "ordinær: dagen før 26-årsdagen, situasjonen ikke oppgitt", kode: hoyere, fakta: grunnMed(), dato: d(2016, 6, 14), vilkar: "tf-7-3-v20160101.ordinaer-utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumAvvikendeUtdanningssituasjon)},
	{id: "tf-7-3-v20160101", navn: "ordinær: under 26, avvikende situasjon og nedsatt arbeidsevne", kode: studspes, fakta: grunnMed(avvikende(ja)), dato: d(2016, 6, 14), vilkar: "tf-7-3-v20160101.ordinaer-utdanning", want: Oppfylt},
	// Unntaket for yngre nevner ikke nedsatt arbeidsevne; uten den avgjør
	// ikke teksten saken, og det må vurderes selv med alle fakta kjent.
	{id: "tf-7-3-v20160101", navn: "ordinær: under 26, avvikende situasjon, arbeidsevnen ikke nedsatt", kode: hoyere, fakta: grunnMed(avvikende(ja), evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2016, 6, 14), vilkar: "tf-7-3-v20160101.ordinaer-utdanning", want: MaVurderes, mangler: mangler()},
	// Fagskole (yrkesrettet eller ordinær): ett av dem er nok. Grunnfaktaene
	// er 25 år i mai 2016 og oppfyller yrkesrettet opplæring.
	{id: "tf-7-3-v20160101", navn: "fagskole: yrkesrettet oppfylt", kode: fagskole, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-3-v20160101.fagskole-b-eller-c", want: Oppfylt},
	{id: "tf-7-3-v20160101", navn: "fagskole: verken yrkesrettet eller ordinær", kode: fagskole, fakta: grunnMed(vansker(nei), avvikende(nei)), dato: mai2016, vilkar: "tf-7-3-v20160101.fagskole-b-eller-c", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20160101", navn: "fagskole: retten ikke oppgitt, ikke avvikende", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumUtenRettTilOpplaering), avvikende(nei)), dato: mai2016, vilkar: "tf-7-3-v20160101.fagskole-b-eller-c", want: MaVurderes, mangler: mangler(tiltak.FaktumUtenRettTilOpplaering)},

	// § 7-3 fra 1. oktober 2016 (og uendret personkrets fra 1. januar 2017).
	// Født 20. november 1997: 19 år 20. november 2016.
	{id: "tf-7-3-v20161001", navn: "behov for kvalifisering", kode: fagyrke, fakta: grunnMed(), dato: nov2016, vilkar: "tf-7-3-v20161001.behov-for-kvalifisering", want: Oppfylt},
	{id: "tf-7-3-v20161001", navn: "ikke behov for kvalifisering", kode: amo, fakta: grunnMed(kvalifisering(nei)), dato: nov2016, vilkar: "tf-7-3-v20161001.behov-for-kvalifisering", want: IkkeOppfylt},
	{id: "tf-7-3-v20161001", navn: "behovet ikke oppgitt", kode: amo, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: nov2016, vilkar: "tf-7-3-v20161001.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	{id: "tf-7-3-v20161001", navn: "kurs: dagen før 19-årsdagen", kode: amo, fakta: grunnMed(født(1997, 11, 20)), dato: d(2016, 11, 19), vilkar: "tf-7-3-v20161001.kurs-alder-19", want: IkkeOppfylt},
	{id: "tf-7-3-v20161001", navn: "kurs: 19-årsdagen", kode: amo, fakta: grunnMed(født(1997, 11, 20)), dato: d(2016, 11, 20), vilkar: "tf-7-3-v20161001.kurs-alder-19", want: Oppfylt},
	{id: "tf-7-3-v20161001", navn: "kurs: fødselsdato ukjent", kode: amo, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: nov2016, vilkar: "tf-7-3-v20161001.kurs-alder-19", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20161001", navn: "yrkesrettet (videregående): alle kravene", kode: fagyrke, fakta: grunnMed(), dato: nov2016, vilkar: "tf-7-3-v20161001.yrkesrettet", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20161001", navn: "yrkesrettet: ikke betydelige vansker", kode: fagyrke, fakta: grunnMed(vansker(nei)), dato: nov2016, vilkar: "tf-7-3-v20161001.yrkesrettet", want: IkkeOppfylt},
	{id: "tf-7-3-v20161001", navn: "yrkesrettet: vansker ikke oppgitt", kode: fagyrke, fakta: grunnMed(ukjent(tiltak.FaktumVanskerMedArbeid)), dato: nov2016, vilkar: "tf-7-3-v20161001.yrkesrettet", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	// Ordinær utdanning fra 1. oktober 2016: fylt 22 og nedsatt arbeidsevne;
	// unntaket for yngre er borte. Født 20. november 1994: 22 år 20. november 2016.
	{id: "tf-7-3-v20161001", navn: "ordinær: dagen før 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1994, 11, 20), avvikende(ja)), dato: d(2016, 11, 19), vilkar: "tf-7-3-v20161001.ordinaer-utdanning", want: IkkeOppfylt},
	{id: "tf-7-3-v20161001", navn: "ordinær: 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1994, 11, 20)), dato: d(2016, 11, 20), vilkar: "tf-7-3-v20161001.ordinaer-utdanning", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20161001", navn: "ordinær: arbeidsevnen ikke vurdert", kode: studspes, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: nov2016, vilkar: "tf-7-3-v20161001.ordinaer-utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	// Fagskole: fylt 19 og vansker (yrkesrettet, ikke videregående, så retten
	// spiller ingen rolle), eller fylt 22 og nedsatt arbeidsevne.
	{id: "tf-7-3-v20161001", navn: "fagskole: vansker, har rett til opplæring", kode: fagskole, fakta: grunnMed(utenRett(nei)), dato: nov2016, vilkar: "tf-7-3-v20161001.fagskole-b-eller-c", want: Oppfylt},
	{id: "tf-7-3-v20161001", navn: "fagskole: ingen vansker, arbeidsevnen ikke nedsatt", kode: fagskole, fakta: grunnMed(vansker(nei), evne(tiltak.IkkeNedsattArbeidsevne)), dato: nov2016, vilkar: "tf-7-3-v20161001.fagskole-b-eller-c", want: IkkeOppfylt},
	{id: "tf-7-3-v20161001", navn: "fagskole: vansker ukjent, arbeidsevnen ikke nedsatt", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumVanskerMedArbeid), evne(tiltak.IkkeNedsattArbeidsevne)), dato: nov2016, vilkar: "tf-7-3-v20161001.fagskole-b-eller-c", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	// Fra 1. januar 2017 (sjette ledd annet punktum opphevet). Født 10. mars
	// 1998: 19 år 10. mars 2017; født 10. mars 1995: 22 år 10. mars 2017.
	{id: "tf-7-3-v20170101", navn: "behov for kvalifisering", kode: norsk, fakta: grunnMed(), dato: jan2018, vilkar: "tf-7-3-v20170101.behov-for-kvalifisering", want: Oppfylt},
	{id: "tf-7-3-v20170101", navn: "ikke behov for kvalifisering", kode: hoyere, fakta: grunnMed(kvalifisering(nei)), dato: jan2018, vilkar: "tf-7-3-v20170101.behov-for-kvalifisering", want: IkkeOppfylt},
	{id: "tf-7-3-v20170101", navn: "behovet ikke oppgitt", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: jan2018, vilkar: "tf-7-3-v20170101.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	{id: "tf-7-3-v20170101", navn: "kurs: dagen før 19-årsdagen", kode: norsk, fakta: grunnMed(født(1998, 3, 10)), dato: d(2017, 3, 9), vilkar: "tf-7-3-v20170101.kurs-alder-19", want: IkkeOppfylt},
	{id: "tf-7-3-v20170101", navn: "kurs: 19-årsdagen", kode: norsk, fakta: grunnMed(født(1998, 3, 10)), dato: d(2017, 3, 10), vilkar: "tf-7-3-v20170101.kurs-alder-19", want: Oppfylt},
	{id: "tf-7-3-v20170101", navn: "kurs: fødselsdato ukjent", kode: amo, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jan2018, vilkar: "tf-7-3-v20170101.kurs-alder-19", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20170101", navn: "yrkesrettet: dagen før 19-årsdagen", kode: fagyrke, fakta: grunnMed(født(1998, 3, 10)), dato: d(2017, 3, 9), vilkar: "tf-7-3-v20170101.yrkesrettet", want: IkkeOppfylt},
	{id: "tf-7-3-v20170101", navn: "yrkesrettet: 19-årsdagen", kode: fagyrke, fakta: grunnMed(født(1998, 3, 10)), dato: d(2017, 3, 10), vilkar: "tf-7-3-v20170101.yrkesrettet", want: Oppfylt},
	{id: "tf-7-3-v20170101", navn: "yrkesrettet: retten ikke oppgitt", kode: fagyrke, fakta: grunnMed(ukjent(tiltak.FaktumUtenRettTilOpplaering)), dato: jan2018, vilkar: "tf-7-3-v20170101.yrkesrettet", want: MaVurderes, mangler: mangler(tiltak.FaktumUtenRettTilOpplaering)},
	{id: "tf-7-3-v20170101", navn: "ordinær: dagen før 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1995, 3, 10)), dato: d(2017, 3, 9), vilkar: "tf-7-3-v20170101.ordinaer-utdanning", want: IkkeOppfylt},
	{id: "tf-7-3-v20170101", navn: "ordinær: 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1995, 3, 10)), dato: d(2017, 3, 10), vilkar: "tf-7-3-v20170101.ordinaer-utdanning", want: Oppfylt},
	{id: "tf-7-3-v20170101", navn: "ordinær: arbeidsevnen ikke vurdert", kode: hoyere, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jan2018, vilkar: "tf-7-3-v20170101.ordinaer-utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-7-3-v20170101", navn: "fagskole: ordinær oppfylt uten vansker", kode: fagskole, fakta: grunnMed(vansker(nei)), dato: jan2018, vilkar: "tf-7-3-v20170101.fagskole-b-eller-c", want: Oppfylt},
	{id: "tf-7-3-v20170101", navn: "fagskole: 21 år uten vansker", kode: fagskole, fakta: grunnMed(født(1996, 6, 1), vansker(nei)), dato: jan2018, vilkar: "tf-7-3-v20170101.fagskole-b-eller-c", want: IkkeOppfylt},
	{id: "tf-7-3-v20170101", navn: "fagskole: 21 år, vansker ikke oppgitt", kode: fagskole, fakta: grunnMed(født(1996, 6, 1), ukjent(tiltak.FaktumVanskerMedArbeid)), dato: jan2018, vilkar: "tf-7-3-v20170101.fagskole-b-eller-c", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},

	// § 7-3 fra 1. juli 2019: bokstav a og b over 19 år med vansker, bokstav c
	// over 22 år med nedsatt arbeidsevne. Født 10. mars 2001: 19 år 10. mars
	// 2020; født 10. mars 1998: 22 år 10. mars 2020.
	{id: "tf-7-3-v20190701", navn: "behov for kvalifisering", kode: amo, fakta: grunnMed(), dato: jan2020, vilkar: "tf-7-3-v20190701.behov-for-kvalifisering", want: Oppfylt, helhet: Oppfylt, versjon: "opplaering-amo-v20190701"},
	{id: "tf-7-3-v20190701", navn: "ikke behov for kvalifisering", kode: fagskole, fakta: grunnMed(kvalifisering(nei)), dato: jan2020, vilkar: "tf-7-3-v20190701.behov-for-kvalifisering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20190701", navn: "behovet ikke oppgitt", kode: hoyere, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: jan2020, vilkar: "tf-7-3-v20190701.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	{id: "tf-7-3-v20190701", navn: "a og b: dagen før 19-årsdagen", kode: fagyrke, fakta: grunnMed(født(2001, 3, 10)), dato: d(2020, 3, 9), vilkar: "tf-7-3-v20190701.a-b-alder-og-vansker", want: IkkeOppfylt},
	{id: "tf-7-3-v20190701", navn: "a og b: 19-årsdagen", kode: fagyrke, fakta: grunnMed(født(2001, 3, 10)), dato: d(2020, 3, 10), vilkar: "tf-7-3-v20190701.a-b-alder-og-vansker", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20190701", navn: "a og b: ingen vansker", kode: amo, fakta: grunnMed(vansker(nei)), dato: jan2020, vilkar: "tf-7-3-v20190701.a-b-alder-og-vansker", want: IkkeOppfylt},
	{id: "tf-7-3-v20190701", navn: "a og b: vansker ikke oppgitt", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumVanskerMedArbeid)), dato: jan2020, vilkar: "tf-7-3-v20190701.a-b-alder-og-vansker", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	{id: "tf-7-3-v20190701", navn: "c: dagen før 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1998, 3, 10)), dato: d(2020, 3, 9), vilkar: "tf-7-3-v20190701.c-alder-og-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-7-3-v20190701", navn: "c: 22-årsdagen", kode: hoyere, fakta: grunnMed(født(1998, 3, 10)), dato: d(2020, 3, 10), vilkar: "tf-7-3-v20190701.c-alder-og-arbeidsevne", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20190701", navn: "c: arbeidsevnen ikke vurdert", kode: hoyere, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jan2020, vilkar: "tf-7-3-v20190701.c-alder-og-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 7-3 fra 1. juli 2025 (kalenderårsregler). Versjonen gjelder bare
	// juli 2025, så årsskiftet prøves i versjonen fra 1. august; her er
	// grensen fødselsåret: født 31. desember 2006 fyller 19 i 2025, født
	// 1. januar 2007 fyller 18.
	{id: "tf-7-3-v20250701", navn: "første dag i nytt kapittel 7", kode: amo, fakta: grunnMed(), dato: d(2025, 7, 1), vilkar: "tf-7-3-v20250701.behov-for-kvalifisering", want: Oppfylt, helhet: Oppfylt, versjon: "opplaering-amo-v20250701"},
	{id: "tf-7-3-v20250701", navn: "ikke behov for kvalifisering", kode: norsk, fakta: grunnMed(kvalifisering(nei)), dato: jul2025, vilkar: "tf-7-3-v20250701.behov-for-kvalifisering", want: IkkeOppfylt},
	{id: "tf-7-3-v20250701", navn: "behovet ikke oppgitt", kode: studspes, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: jul2025, vilkar: "tf-7-3-v20250701.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	{id: "tf-7-3-v20250701", navn: "a–e: fyller 19 i år (født 31. desember 2006)", kode: amo, fakta: grunnMed(født(2006, 12, 31)), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-alder-19", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250701", navn: "a–e: fyller 18 i år (født 1. januar 2007)", kode: fagyrke, fakta: grunnMed(født(2007, 1, 1)), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-alder-19", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250701", navn: "a–e: fødselsdato ukjent", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-alder-19", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20250701", navn: "a–e: vansker", kode: studspes, fakta: grunnMed(), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-vansker-med-arbeid", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250701", navn: "a–e: ingen vansker", kode: studspes, fakta: grunnMed(vansker(nei)), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-vansker-med-arbeid", want: IkkeOppfylt},
	{id: "tf-7-3-v20250701", navn: "a–e: vansker ikke oppgitt", kode: amo, fakta: grunnMed(ukjent(tiltak.FaktumVanskerMedArbeid)), dato: jul2025, vilkar: "tf-7-3-v20250701.a-e-vansker-med-arbeid", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	{id: "tf-7-3-v20250701", navn: "f: fyller 22 i år (født 31. desember 2003)", kode: hoyere, fakta: grunnMed(født(2003, 12, 31)), dato: jul2025, vilkar: "tf-7-3-v20250701.f-alder-22", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250701", navn: "f: fyller 21 i år (født 1. januar 2004)", kode: hoyere, fakta: grunnMed(født(2004, 1, 1)), dato: jul2025, vilkar: "tf-7-3-v20250701.f-alder-22", want: IkkeOppfylt},
	{id: "tf-7-3-v20250701", navn: "f: fødselsdato ukjent", kode: hoyere, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jul2025, vilkar: "tf-7-3-v20250701.f-alder-22", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20250701", navn: "f: nedsatt arbeidsevne", kode: hoyere, fakta: grunnMed(), dato: jul2025, vilkar: "tf-7-3-v20250701.f-nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-7-3-v20250701", navn: "f: arbeidsevnen ikke nedsatt", kode: hoyere, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: jul2025, vilkar: "tf-7-3-v20250701.f-nedsatt-arbeidsevne", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250701", navn: "f: arbeidsevnen ikke vurdert", kode: hoyere, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jul2025, vilkar: "tf-7-3-v20250701.f-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 7-3 fra 1. august 2025. Født 31. desember 2007: fyller 18 i 2025
	// og 19 i 2026. Født 31. desember 2004: fyller 21 i 2025 og 22 i 2026.
	{id: "tf-7-3-v20250801", navn: "behov for kvalifisering", kode: fagskole, fakta: grunnMed(), dato: sep2025, vilkar: "tf-7-3-v20250801.behov-for-kvalifisering", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "ikke behov for kvalifisering", kode: amo, fakta: grunnMed(kvalifisering(nei)), dato: sep2025, vilkar: "tf-7-3-v20250801.behov-for-kvalifisering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "behovet ikke oppgitt", kode: fagyrke, fakta: grunnMed(ukjent(tiltak.FaktumBehovForKvalifisering)), dato: sep2025, vilkar: "tf-7-3-v20250801.behov-for-kvalifisering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovForKvalifisering)},
	{id: "tf-7-3-v20250801", navn: "a–e: 31. desember i året personen fyller 18", kode: amo, fakta: grunnMed(født(2007, 12, 31)), dato: d(2025, 12, 31), vilkar: "tf-7-3-v20250801.a-e-alder-19", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "a–e: 1. januar i året personen fyller 19", kode: amo, fakta: grunnMed(født(2007, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.a-e-alder-19", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "e: født 1. januar, 1. januar det året", kode: fagskole, fakta: grunnMed(født(2007, 1, 1)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.a-e-alder-19", want: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "b: fødselsdato ukjent", kode: norsk, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: "tf-7-3-v20250801.a-e-alder-19", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20250801", navn: "a–e: vansker", kode: norsk, fakta: grunnMed(), dato: sep2025, vilkar: "tf-7-3-v20250801.a-e-vansker-med-arbeid", want: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "c: ikke vansker med arbeid", kode: studspes, fakta: grunnMed(vansker(nei)), dato: sep2025, vilkar: "tf-7-3-v20250801.a-e-vansker-med-arbeid", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "a–e: vansker ikke oppgitt", kode: fagskole, fakta: grunnMed(ukjent(tiltak.FaktumVanskerMedArbeid)), dato: sep2025, vilkar: "tf-7-3-v20250801.a-e-vansker-med-arbeid", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	// Bokstav d: fra året personen fyller 19, eller unntaksvis fra året
	// personen fyller 16 med sammensatt bistandsbehov (tredje ledd).
	{id: "tf-7-3-v20250801", navn: "d: første dag med 16-årsunntaket", kode: fagyrke, fakta: grunnMed(født(2009, 1, 1)), dato: d(2025, 8, 1), vilkar: "tf-7-3-v20250801.d-alder", want: Oppfylt, helhet: Oppfylt, versjon: "opplaering-fag-og-yrke-v20250801"},
	{id: "tf-7-3-v20250801", navn: "d: 31. desember året før personen fyller 16", kode: fagyrke, fakta: grunnMed(født(2010, 12, 31)), dato: d(2025, 12, 31), vilkar: "tf-7-3-v20250801.d-alder", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "d: 1. januar året personen fyller 16, sammensatt bistandsbehov", kode: fagyrke, fakta: grunnMed(født(2010, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.d-alder", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "d: fyller 16 i år uten sammensatt bistandsbehov", kode: fagyrke, fakta: grunnMed(født(2010, 12, 31), sammensatt(nei)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.d-alder", want: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "d: fyller 19 i år, sammensatt bistandsbehov uten betydning", kode: fagyrke, fakta: grunnMed(født(2007, 12, 31), sammensatt(nei)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.d-alder", want: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "d: sammensatt bistandsbehov ukjent", kode: fagyrke, fakta: grunnMed(født(2010, 12, 31), ukjent(tiltak.FaktumSammensattBistandsbehov)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.d-alder", want: MaVurderes, mangler: mangler(tiltak.FaktumSammensattBistandsbehov)},
	{id: "tf-7-3-v20250801", navn: "f: 31. desember i året personen fyller 21", kode: hoyere, fakta: grunnMed(født(2004, 12, 31)), dato: d(2025, 12, 31), vilkar: "tf-7-3-v20250801.f-alder-22", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "f: 1. januar i året personen fyller 22", kode: hoyere, fakta: grunnMed(født(2004, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.f-alder-22", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "f: fødselsdato ukjent", kode: hoyere, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: "tf-7-3-v20250801.f-alder-22", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-7-3-v20250801", navn: "f: nedsatt arbeidsevne", kode: hoyere, fakta: grunnMed(), dato: sep2025, vilkar: "tf-7-3-v20250801.f-nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "f: arbeidsevnen ikke nedsatt", kode: hoyere, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-7-3-v20250801.f-nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "f: arbeidsevnen ikke vurdert", kode: hoyere, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-7-3-v20250801.f-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 7-4: forlengelsene (varighetsvilkår, vurdert på startdatoen).
	// 2016: arbeidsmarkedskurs seks måneder til ved betydelige vansker, ikke
	// fullført videregående og praksisnær opplæring med kommunen.
	{id: "tf-7-4-v20160101", navn: "kurs: alle tre kravene", kode: amo, fakta: grunnMed(svar(tiltak.FaktumFullfortVideregaende, nei), svar(tiltak.FaktumPraksisnaerOpplaering, ja)), dato: mai2016, vilkar: "tf-7-4-v20160101.kurs-forlengelse", want: Oppfylt},
	{id: "tf-7-4-v20160101", navn: "kurs: har fullført videregående", kode: norsk, fakta: grunnMed(svar(tiltak.FaktumFullfortVideregaende, ja), svar(tiltak.FaktumPraksisnaerOpplaering, ja)), dato: mai2016, vilkar: "tf-7-4-v20160101.kurs-forlengelse", want: IkkeOppfylt},
	{id: "tf-7-4-v20160101", navn: "kurs: praksisnær opplæring ikke oppgitt", kode: amo, fakta: grunnMed(svar(tiltak.FaktumFullfortVideregaende, nei)), dato: mai2016, vilkar: "tf-7-4-v20160101.kurs-forlengelse", want: MaVurderes, mangler: mangler(tiltak.FaktumPraksisnaerOpplaering)},
	// Ordinær utdanning: forlengelse uten angitt grense ved sterke problemer
	// og vesentlig avvikende utdanningssituasjon.
	{id: "tf-7-4-v20160101", navn: "ordinær: sterke problemer og avvikende situasjon", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumSterkeProblemerUtdanning, ja), avvikende(ja)), dato: mai2016, vilkar: "tf-7-4-v20160101.ordinaer-forlengelse", want: Oppfylt},
	{id: "tf-7-4-v20160101", navn: "ordinær: ikke sterke problemer", kode: studspes, fakta: grunnMed(svar(tiltak.FaktumSterkeProblemerUtdanning, nei), avvikende(ja)), dato: mai2016, vilkar: "tf-7-4-v20160101.ordinaer-forlengelse", want: IkkeOppfylt},
	{id: "tf-7-4-v20160101", navn: "ordinær: problemene ikke oppgitt", kode: hoyere, fakta: grunnMed(avvikende(ja)), dato: mai2016, vilkar: "tf-7-4-v20160101.ordinaer-forlengelse", want: MaVurderes, mangler: mangler(tiltak.FaktumSterkeProblemerUtdanning)},
	{id: "tf-7-4-v20160101", navn: "fagskole som ordinær utdanning er skjønn", kode: fagskole, fakta: grunnMed(), dato: mai2016, vilkar: "tf-7-4-v20160101.fagskole-som-ordinaer-utdanning", want: MaVurderes, mangler: mangler()},
	// Fra 1. oktober 2016: ordinær utdanning ett år til ved sterke problemer.
	{id: "tf-7-4-v20161001", navn: "ordinær: sterke problemer", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumSterkeProblemerUtdanning, ja)), dato: jan2018, vilkar: "tf-7-4-v20161001.ordinaer-forlengelse", want: Oppfylt},
	{id: "tf-7-4-v20161001", navn: "ordinær: ikke sterke problemer", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumSterkeProblemerUtdanning, nei)), dato: nov2016, vilkar: "tf-7-4-v20161001.ordinaer-forlengelse", want: IkkeOppfylt},
	{id: "tf-7-4-v20161001", navn: "ordinær: ikke oppgitt", kode: studspes, fakta: grunnMed(), dato: jan2018, vilkar: "tf-7-4-v20161001.ordinaer-forlengelse", want: MaVurderes, mangler: mangler(tiltak.FaktumSterkeProblemerUtdanning)},
	{id: "tf-7-4-v20161001", navn: "fagskole som ordinær utdanning er skjønn", kode: fagskole, fakta: grunnMed(), dato: jan2018, vilkar: "tf-7-4-v20161001.fagskole-som-ordinaer-utdanning", want: MaVurderes, mangler: mangler()},
	// Fra 1. juli 2019: bokstav b og c ett år til av særlige grunner.
	{id: "tf-7-4-v20190701", navn: "særlige grunner", kode: fagyrke, fakta: grunnMed(svar(tiltak.FaktumSaerligeGrunner, ja)), dato: jan2020, vilkar: "tf-7-4-v20190701.saerlige-grunner", want: Oppfylt},
	{id: "tf-7-4-v20190701", navn: "ingen særlige grunner", kode: fagskole, fakta: grunnMed(svar(tiltak.FaktumSaerligeGrunner, nei)), dato: jan2020, vilkar: "tf-7-4-v20190701.saerlige-grunner", want: IkkeOppfylt},
	{id: "tf-7-4-v20190701", navn: "særlige grunner ikke oppgitt", kode: hoyere, fakta: grunnMed(), dato: jan2020, vilkar: "tf-7-4-v20190701.saerlige-grunner", want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligeGrunner)},
	// Fra 1. juli 2025: kombinasjonsløp (fire år), særlige grunner (ett år
	// til) og begge (fem år).
	{id: "tf-7-4-v20250701", navn: "kombinasjonsløp", kode: norsk, fakta: grunnMed(svar(tiltak.FaktumKombinertLop, ja)), dato: jul2025, vilkar: "tf-7-4-v20250701.kombinasjonslop", want: Oppfylt},
	{id: "tf-7-4-v20250701", navn: "ikke kombinasjonsløp", kode: fagyrke, fakta: grunnMed(svar(tiltak.FaktumKombinertLop, nei)), dato: sep2025, vilkar: "tf-7-4-v20250701.kombinasjonslop", want: IkkeOppfylt},
	{id: "tf-7-4-v20250701", navn: "kombinasjonsløp ikke oppgitt", kode: studspes, fakta: grunnMed(), dato: sep2025, vilkar: "tf-7-4-v20250701.kombinasjonslop", want: MaVurderes, mangler: mangler(tiltak.FaktumKombinertLop)},
	{id: "tf-7-4-v20250701", navn: "særlige grunner (fagskole)", kode: fagskole, fakta: grunnMed(svar(tiltak.FaktumSaerligeGrunner, ja)), dato: sep2025, vilkar: "tf-7-4-v20250701.saerlige-grunner", want: Oppfylt},
	{id: "tf-7-4-v20250701", navn: "ingen særlige grunner", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumSaerligeGrunner, nei)), dato: sep2025, vilkar: "tf-7-4-v20250701.saerlige-grunner", want: IkkeOppfylt},
	{id: "tf-7-4-v20250701", navn: "særlige grunner ikke oppgitt", kode: fagyrke, fakta: grunnMed(), dato: jul2025, vilkar: "tf-7-4-v20250701.saerlige-grunner", want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligeGrunner)},
	{id: "tf-7-4-v20250701", navn: "kombinasjonsløp og særlige grunner", kode: fagyrke, fakta: grunnMed(svar(tiltak.FaktumKombinertLop, ja), svar(tiltak.FaktumSaerligeGrunner, ja)), dato: sep2025, vilkar: "tf-7-4-v20250701.kombinasjonslop-og-saerlige-grunner", want: Oppfylt},
	{id: "tf-7-4-v20250701", navn: "kombinasjonsløp uten særlige grunner", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumKombinertLop, ja), svar(tiltak.FaktumSaerligeGrunner, nei)), dato: sep2025, vilkar: "tf-7-4-v20250701.kombinasjonslop-og-saerlige-grunner", want: IkkeOppfylt},
	{id: "tf-7-4-v20250701", navn: "kombinasjonsløp, særlige grunner ikke oppgitt", kode: hoyere, fakta: grunnMed(svar(tiltak.FaktumKombinertLop, ja)), dato: sep2025, vilkar: "tf-7-4-v20250701.kombinasjonslop-og-saerlige-grunner", want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligeGrunner)},
}, opplaeringsgrenser()...), grenseRader(
	// Studiespesialisering forsvinner 1. juli 2019 og kommer tilbake 1. juli 2025.
	grense{kode: studspes, fakta: grunnMed(), nyDag: d(2019, 7, 1), forRS: "opplaering-studiespesialisering-v20170101", etterRS: "opplaering-studiespesialisering-v20190701",
		forV: "tf-7-3-v20170101.behov-for-kvalifisering", etterV: "tf-7-2-v20190701.ikke-i-kraft.opplaering-studiespesialisering", forU: Oppfylt, etterU: IkkeOppfylt, hva: "§ 7-2 uten studiespesialisering"},
	grense{kode: studspes, fakta: grunnMed(), nyDag: d(2025, 7, 1), forRS: "opplaering-studiespesialisering-v20190701", etterRS: "opplaering-studiespesialisering-v20250701",
		forV: "tf-7-2-v20190701.ikke-i-kraft.opplaering-studiespesialisering", etterV: "tf-7-3-v20250701.behov-for-kvalifisering", forU: IkkeOppfylt, etterU: Oppfylt, hva: "§ 7-2 bokstav c fra 2025"},
	// 1. august 2025 for de andre opplæringsformene (fag- og yrke står i tf01).
	grense{kode: amo, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "opplaering-amo-v20250701", etterRS: "opplaering-amo-v20250801",
		forV: "tf-7-3-v20250701.a-e-alder-19", etterV: "tf-7-3-v20250801.a-e-alder-19", forU: Oppfylt, etterU: Oppfylt, hva: "§ 7-3 etter FOR-2025-07-30-1575"},
	grense{kode: norsk, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "opplaering-norsk-fov-v20250701", etterRS: "opplaering-norsk-fov-v20250801",
		forV: "tf-7-3-v20250701.a-e-vansker-med-arbeid", etterV: "tf-7-3-v20250801.a-e-vansker-med-arbeid", forU: Oppfylt, etterU: Oppfylt, hva: "§ 7-3 etter FOR-2025-07-30-1575"},
	grense{kode: studspes, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "opplaering-studiespesialisering-v20250701", etterRS: "opplaering-studiespesialisering-v20250801",
		forV: "tf-7-3-v20250701.a-e-alder-19", etterV: "tf-7-3-v20250801.a-e-alder-19", forU: Oppfylt, etterU: Oppfylt, hva: "§ 7-3 etter FOR-2025-07-30-1575"},
	grense{kode: fagskole, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "opplaering-fagskole-v20250701", etterRS: "opplaering-fagskole-v20250801",
		forV: "tf-7-3-v20250701.behov-for-kvalifisering", etterV: "tf-7-3-v20250801.behov-for-kvalifisering", forU: Oppfylt, etterU: Oppfylt, hva: "§ 7-3 etter FOR-2025-07-30-1575"},
	grense{kode: hoyere, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "opplaering-hoyere-utdanning-v20250701", etterRS: "opplaering-hoyere-utdanning-v20250801",
		forV: "tf-7-3-v20250701.f-alder-22", etterV: "tf-7-3-v20250801.f-alder-22", forU: Oppfylt, etterU: Oppfylt, hva: "§ 7-3 etter FOR-2025-07-30-1575"},
)...)

// opplaeringsgrenser gir radene for skiftene i § 7-3 som gjelder alle seks
// opplæringsformene likt (studiespesialisering unntatt 2019 og 2025, som
// står for seg): vilkåret om behov for kvalifisering bytter versjon, og
// grunnfaktaene oppfyller det på begge sider.
func opplaeringsgrenser() []rad {
	type skifte struct {
		dag        tiltak.Dato
		fra, til   string // datodelen av regelsett- og versjons-id-ene
		hva        string
		utenStudie bool
	}
	var ut []rad
	for _, s := range []skifte{
		{d(2016, 10, 1), "v20160101", "v20161001", "§ 7-3 etter FOR-2016-09-19-1089", false},
		{d(2017, 1, 1), "v20161001", "v20170101", "§ 7-3 etter FOR-2016-12-07-1526", false},
		{d(2019, 7, 1), "v20170101", "v20190701", "§ 7-3 etter FOR-2019-05-09-597", true},
		{d(2025, 7, 1), "v20190701", "v20250701", "§ 7-3 etter FOR-2025-01-31-117", true},
	} {
		for _, k := range []tiltak.Kode{amo, norsk, studspes, fagyrke, fagskole, hoyere} {
			if k == studspes && s.utenStudie {
				continue
			}
			ut = append(ut, grenseRader(grense{kode: k, fakta: grunnMed(), nyDag: s.dag,
				forRS: string(k) + "-" + s.fra, etterRS: string(k) + "-" + s.til,
				forV: "tf-7-3-" + s.fra + ".behov-for-kvalifisering", etterV: "tf-7-3-" + s.til + ".behov-for-kvalifisering",
				forU: Oppfylt, etterU: Oppfylt, hva: s.hva})...)
		}
	}
	return ut
}

func TestTF07Opplaering(t *testing.T) { kjorRader(t, raderTF07) }

// Lesespørsmål: § 7-3 tredje ledd (fra 1. august 2025) lar fag- og
// yrkesopplæring «unntaksvis» gis fra det året personen fyller 16 år. Vi
// leser unntaket som et unntak fra aldersgrensen i andre ledd, ikke fra
// resten av andre ledd: kravet om vanskeligheter med å komme inn på
// arbeidsmarkedet (andre ledd første punktum, bokstav a til e) gjelder også
// for den som går 16-årsveien. Koden leser det slik (merknaden i
// tf-7-3-v20250801 sier det); testen viser at en 15-åring med sammensatt
// bistandsbehov men uten slike vanskeligheter ikke får tiltaket, mens
// alderen alene er i orden.
func TestLesingTF73VanskerGjelder16Aarsveien(t *testing.T) {
	dato := d(2026, 1, 1)
	f := grunnMed(født(2010, 12, 31), vansker(nei)) // 15 år, fyller 16 i 2026, sammensatt bistandsbehov
	r, err := Vurder(fagyrke, &f, dato)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]Utfall{
		"tf-7-3-v20250801.d-alder": Oppfylt,
		vAlderUnnt:                 Oppfylt,
		"tf-7-3-v20250801.a-e-vansker-med-arbeid": IkkeOppfylt,
	} {
		if p, ok := finnPunkt(r, id); !ok || p.Utfall() != want {
			t.Errorf("%s: %v (i sporet: %v), ventet %v", id, p.Utfall(), ok, want)
		}
	}
	if r.Utfall != IkkeOppfylt {
		t.Errorf("helhet %v, ventet ikke oppfylt; spor:\n%s", r.Utfall, sporTekst(r))
	}
	// Med vanskeligheter er 16-årsveien åpen.
	f.VanskerMedArbeid = ja
	if r, _ := Vurder(fagyrke, &f, dato); r.Utfall != Oppfylt {
		t.Errorf("med vansker: %v; spor:\n%s", r.Utfall, sporTekst(r))
	}
	// Andre opplæringsformer har ikke 16-årsveien: AMO følger alderen i andre ledd.
	if r, _ := Vurder(amo, &f, dato); r.Utfall != IkkeOppfylt {
		t.Errorf("AMO for en 15-åring: %v; spor:\n%s", r.Utfall, sporTekst(r))
	}
}
