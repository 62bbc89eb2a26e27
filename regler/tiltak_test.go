package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func deltar(k ...tiltak.Kode) endring {
	return func(f *tiltak.Fakta) { f.DeltarI = tiltak.NyttTiltakssett(k...) }
}

func evne(a tiltak.Arbeidsevne) endring { return func(f *tiltak.Fakta) { f.Arbeidsevne = a } }

var raderTF = []rad{
	// avklaring § 2-3
	{id: "tf-2-3", navn: "behov for utvidet avklaring", kode: tiltak.Avklaring, fakta: med(), dato: sep2025, vilkar: "tf-2-3.behov-utvidet-avklaring", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-2-3", navn: "ikke behov", kode: tiltak.Avklaring, fakta: med(func(f *tiltak.Fakta) { f.BehovUtvidetAvklaring = nei }), dato: sep2025, vilkar: "tf-2-3.behov-utvidet-avklaring", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-2-3", navn: "ukjent", kode: tiltak.Avklaring, fakta: med(func(f *tiltak.Fakta) { f.BehovUtvidetAvklaring = uk }), dato: sep2025, vilkar: "tf-2-3.behov-utvidet-avklaring", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumBehovUtvidetAvklaring}},
	// arbeidstrening § 3-3
	{id: "tf-3-3", navn: "lite arbeidserfaring, ikke nedsatt", kode: tiltak.Arbeidstrening, fakta: med(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-3-3.personkrets", want: Oppfylt},
	{id: "tf-3-3", navn: "nedsatt arbeidsevne, erfaren", kode: tiltak.Arbeidstrening, fakta: med(func(f *tiltak.Fakta) { f.LiteArbeidserfaring = nei }), dato: sep2025, vilkar: "tf-3-3.personkrets", want: Oppfylt},
	{id: "tf-3-3", navn: "verken eller", kode: tiltak.Arbeidstrening, fakta: med(evne(tiltak.IkkeNedsattArbeidsevne), func(f *tiltak.Fakta) { f.LiteArbeidserfaring = nei }), dato: sep2025, vilkar: "tf-3-3.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-3-3", navn: "erfaren, arbeidsevne ukjent", kode: tiltak.Arbeidstrening, fakta: med(evne(tiltak.ArbeidsevneUkjent), func(f *tiltak.Fakta) { f.LiteArbeidserfaring = nei }), dato: sep2025, vilkar: "tf-3-3.personkrets", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumArbeidsevne}},
	// oppfølging § 4-3 og jobbklubb § 4-2
	{id: "tf-4-3", navn: "behov for omfattende bistand", kode: tiltak.Oppfolging, fakta: med(), dato: sep2025, vilkar: "tf-4-3.behov-omfattende-bistand", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-4-3", navn: "ikke behov", kode: tiltak.Oppfolging, fakta: med(func(f *tiltak.Fakta) { f.BehovOmfattendeBistand = nei }), dato: sep2025, vilkar: "tf-4-3.behov-omfattende-bistand", want: IkkeOppfylt},
	{id: "tf-4-3", navn: "jobbklubb følger oppfølgingens personkrets", kode: tiltak.Jobbklubb, fakta: med(func(f *tiltak.Fakta) { f.BehovOmfattendeBistand = nei }), dato: sep2025, vilkar: "tf-4-3.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-4-2", navn: "jobbklubb er innhold i oppfølging", kode: tiltak.Jobbklubb, fakta: med(), dato: sep2025, vilkar: "tf-4-2.jobbklubb-er-oppfolging", want: Oppfylt, helhet: Oppfylt},
	// mentor § 5-3
	{id: "tf-5-3", navn: "2016: deltar i arbeidstrening", kode: tiltak.Mentor, fakta: med(), dato: d(2025, 6, 30), vilkar: "tf-5-3.deltar-i-tiltak", want: Oppfylt, versjon: "mentor-v20160101"},
	{id: "tf-5-3", navn: "2016: sommerjobb er ikke i listen, ikke nedsatt", kode: tiltak.Mentor, fakta: med(deltar(tiltak.Sommerjobb), evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2025, 6, 30), vilkar: "tf-5-3.deltar-i-tiltak", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-5-3", navn: "2016: ingen tiltak i listen, nedsatt arbeidsevne må vurderes (seed 004)", kode: tiltak.Mentor, fakta: med(deltar(tiltak.Sommerjobb), evne(tiltak.NedsattArbeidsevne)), dato: d(2025, 6, 30), vilkar: "tf-5-3.deltar-i-tiltak", want: MaVurderes},
	{id: "tf-5-3", navn: "2016: ukjente tiltak", kode: tiltak.Mentor, fakta: med(func(f *tiltak.Fakta) { f.DeltarI = tiltak.Tiltakssett{} }), dato: d(2020, 1, 1), vilkar: "tf-5-3.deltar-i-tiltak", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumDeltarI}},
	{id: "tf-5-3-v20250701", navn: "1. juli 2025: sommerjobb er med", kode: tiltak.Mentor, fakta: med(deltar(tiltak.Sommerjobb), evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2025, 7, 1), vilkar: "tf-5-3-v20250701.personkrets", want: Oppfylt, versjon: "mentor-v20250701"},
	{id: "tf-5-3-v20250701", navn: "siste dag i versjonen: nedsatt arbeidsevne uten tiltak", kode: tiltak.Mentor, fakta: med(deltar()), dato: d(2025, 7, 31), vilkar: "tf-5-3-v20250701.personkrets", want: Oppfylt, versjon: "mentor-v20250701"},
	{id: "tf-5-3-v20250801", navn: "1. august 2025: ingen tiltak, ikke nedsatt", kode: tiltak.Mentor, fakta: med(deltar(), evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2025, 8, 1), vilkar: "tf-5-3-v20250801.personkrets", want: IkkeOppfylt, versjon: "mentor-v20250801", helhet: IkkeOppfylt},
	{id: "tf-5-3-v20250801", navn: "opplæring AMO", kode: tiltak.Mentor, fakta: med(deltar(tiltak.OpplaeringAMO), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-5-3-v20250801.personkrets", want: Oppfylt},
	{id: "tf-5-3-v20250801", navn: "ingen tiltak, arbeidsevne ukjent", kode: tiltak.Mentor, fakta: med(deltar(), evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-5-3-v20250801.personkrets", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumArbeidsevne}},
	// funksjonsassistanse § 6-3
	{id: "tf-6-3", navn: "blind", kode: tiltak.Funksjonsassistanse, fakta: med(), dato: sep2025, vilkar: "tf-6-3.funksjonsnedsettelse", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-6-3", navn: "ingen funksjonsnedsettelse", kode: tiltak.Funksjonsassistanse, fakta: med(func(f *tiltak.Fakta) { f.FysiskFunksjonsnedsettelseEllerBlind = nei }), dato: sep2025, vilkar: "tf-6-3.funksjonsnedsettelse", want: IkkeOppfylt},
	// § 1-8 for tiltak hos arbeidsgiver
	{id: "tf-1-8", navn: "ikke ansatt hos arbeidsgiveren", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(), dato: sep2025, vilkar: "tf-1-8.tilretteleggingsplikt", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-1-8", navn: "allerede ansatt: tilretteleggingsplikten må vurderes", kode: tiltak.Mentor, fakta: med(func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = ja }), dato: sep2025, vilkar: "tf-1-8.tilretteleggingsplikt", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{}},
	{id: "tf-1-8", navn: "ansettelse ukjent", kode: tiltak.Inkluderingstilskudd, fakta: med(func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = uk }), dato: d(2020, 1, 1), vilkar: "tf-1-8.tilretteleggingsplikt", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumAnsattHosArbeidsgiver}},
	// midlertidig lønnstilskudd § 9-3
	{id: "tf-9-3", navn: "ansettelse: vansker med å komme i arbeid", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(), dato: sep2025, vilkar: "tf-9-3.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-9-3", navn: "beholde: ansatt, 12 mnd sykmeldt, nedsatt", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.VanskerMedArbeid = nei; f.AnsattHosArbeidsgiver = ja }), dato: sep2025, vilkar: "tf-9-3.personkrets", want: Oppfylt},
	{id: "tf-9-3", navn: "beholde uten 12 mnd sykefravær", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) {
		f.VanskerMedArbeid = nei
		f.AnsattHosArbeidsgiver = ja
		f.Sykefravaer12Mnd = nei
	}), dato: sep2025, vilkar: "tf-9-3.personkrets", want: IkkeOppfylt},
	{id: "tf-9-3", navn: "beholde, sykefravær ukjent", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.VanskerMedArbeid = nei; f.AnsattHosArbeidsgiver = ja; f.Sykefravaer12Mnd = uk }), dato: sep2025, vilkar: "tf-9-3.personkrets", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumSykefravaer12Mnd}},
	// varig lønnstilskudd §§ 10-3 og 10-4
	{id: "tf-10-3", navn: "varig og vesentlig nedsatt", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-10-3.varig-nedsatt-arbeidsevne", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-10-3", navn: "bare nedsatt", kode: tiltak.VarigLonnstilskudd, fakta: med(), dato: sep2025, vilkar: "tf-10-3.varig-nedsatt-arbeidsevne", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-3", navn: "arbeidsevne ukjent", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-10-3.varig-nedsatt-arbeidsevne", want: MaVurderes},
	{id: "tf-10-3", navn: "beholde etter 12 mnd sykefravær", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne), func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = ja }), dato: sep2025, vilkar: "tf-10-3.beholde-etter-sykefravaer", want: Oppfylt},
	{id: "tf-10-3", navn: "ansatt uten 12 mnd sykefravær", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne), func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = ja; f.Sykefravaer12Mnd = nei }), dato: sep2025, vilkar: "tf-10-3.beholde-etter-sykefravaer", want: IkkeOppfylt},
	{id: "tf-10-3", navn: "ansettelse ukjent, sykefravær ja", kode: tiltak.VarigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = uk }), dato: sep2025, vilkar: "tf-10-3.beholde-etter-sykefravaer", want: Oppfylt},
	{id: "tf-10-3", navn: "ansettelse ukjent, sykefravær nei", kode: tiltak.VarigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = uk; f.Sykefravaer12Mnd = nei }), dato: sep2025, vilkar: "tf-10-3.beholde-etter-sykefravaer", want: MaVurderes},
	{id: "tf-10-4", navn: "tidsbegrensede tiltak prøvd", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-10-4.tidsbegrensede-tiltak-forsokt", want: Oppfylt},
	{id: "tf-10-4", navn: "ikke prøvd", kode: tiltak.VarigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.TidsbegrensedeTiltakForsokt = nei }), dato: sep2025, vilkar: "tf-10-4.tidsbegrensede-tiltak-forsokt", want: IkkeOppfylt},
	{id: "tf-10-4", navn: "skjønn ukjent", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne), func(f *tiltak.Fakta) { f.TidsbegrensedeTiltakForsokt = uk }), dato: sep2025, vilkar: "tf-10-4.tidsbegrensede-tiltak-forsokt", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumTidsbegrensedeTiltakForsokt}},
	// inkluderingstilskudd § 11-2
	{id: "tf-11-2", navn: "2016: deltar i arbeidstrening", kode: tiltak.Inkluderingstilskudd, fakta: med(), dato: d(2022, 8, 31), vilkar: "tf-11-2.deltar-i-tiltak", want: Oppfylt, versjon: "inkluderingstilskudd-v20160101"},
	{id: "tf-11-2", navn: "2016: AFT er ikke i listen", kode: tiltak.Inkluderingstilskudd, fakta: med(deltar(tiltak.AFT)), dato: d(2022, 8, 31), vilkar: "tf-11-2.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l2", navn: "andre ledd: særlig tilretteleggingsbehov uten tiltak", kode: tiltak.Inkluderingstilskudd, fakta: med(deltar()), dato: d(2022, 9, 1), vilkar: "tf-11-2-l2.personkrets", want: Oppfylt, versjon: "inkluderingstilskudd-v20220901"},
	{id: "tf-11-2-l2", navn: "verken tiltak eller behov", kode: tiltak.Inkluderingstilskudd, fakta: med(deltar(), func(f *tiltak.Fakta) { f.SaerligBehovTilrettelegging = nei }), dato: sep2025, vilkar: "tf-11-2-l2.personkrets", want: IkkeOppfylt, versjon: "inkluderingstilskudd-v20250801"},
	// arbeidsrettet rehabilitering § 12-3
	{id: "tf-12-3", navn: "sykmeldt", kode: tiltak.ArbeidsrettetRehabilitering, fakta: med(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-12-3.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-12-3", navn: "verken sykmeldt eller nedsatt", kode: tiltak.ArbeidsrettetRehabilitering, fakta: med(evne(tiltak.IkkeNedsattArbeidsevne), func(f *tiltak.Fakta) { f.Sykmeldt = nei }), dato: sep2025, vilkar: "tf-12-3.personkrets", want: IkkeOppfylt},
	// AFT § 13-3 [U]
	{id: "tf-13-3", navn: "første modellerte dag", kode: tiltak.AFT, fakta: med(), dato: d(2021, 1, 20), vilkar: "tf-13-3.personkrets", want: Oppfylt, versjon: "aft-v20210120"},
	{id: "tf-13-3", navn: "uten sammensatte bistandsbehov", kode: tiltak.AFT, fakta: med(func(f *tiltak.Fakta) { f.SammensattBistandsbehov = nei }), dato: sep2025, vilkar: "tf-13-3.personkrets", want: IkkeOppfylt},
	// VTA og VTAO § 14-3
	{id: "tf-14-3", navn: "gradert uføretrygd", kode: tiltak.VTA, fakta: med(), dato: sep2025, vilkar: "tf-14-3.uforetrygd", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-14-3", navn: "uføretrygd forventet", kode: tiltak.VTA, fakta: med(func(f *tiltak.Fakta) { f.Uforetrygd = tiltak.UforetrygdForventet }), dato: sep2025, vilkar: "tf-14-3.uforetrygd", want: Oppfylt},
	{id: "tf-14-3", navn: "ingen uføretrygd", kode: tiltak.VTA, fakta: med(func(f *tiltak.Fakta) { f.Uforetrygd = tiltak.IngenUforetrygd }), dato: sep2025, vilkar: "tf-14-3.uforetrygd", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-14-3", navn: "uføretrygd ukjent", kode: tiltak.VTAO, fakta: med(func(f *tiltak.Fakta) { f.Uforetrygd = tiltak.UforetrygdUkjent }), dato: sep2025, vilkar: "tf-14-3.uforetrygd", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumUforetrygd}},
	{id: "tf-14-3", navn: "ikke behov for tilrettelegging", kode: tiltak.VTAO, fakta: med(func(f *tiltak.Fakta) { f.BehovTilretteleggingOgTettOppfolging = nei }), dato: sep2025, vilkar: "tf-14-3.tilrettelegging", want: IkkeOppfylt},
	{id: "tf-14-3", navn: "andre tiltak ikke vurdert", kode: tiltak.VTA, fakta: med(func(f *tiltak.Fakta) { f.AndreTiltakVurdert = nei }), dato: sep2025, vilkar: "tf-14-3.andre-tiltak-vurdert", want: IkkeOppfylt},
	{id: "tf-14-2", navn: "VTAO i ordinær virksomhet", kode: tiltak.VTAO, fakta: med(), dato: sep2025, vilkar: "tf-14-2.ordinaer-virksomhet", want: Oppfylt, helhet: Oppfylt},
}

// Opplæring § 7-3: kalenderårsreglene på 31. desember og 1. januar, og
// versjonene på begge sider av 1. juli og 1. august 2025.
var raderOpplaering = []rad{
	{id: "tf-7-3", navn: "første dag i nytt kapittel 7", kode: tiltak.OpplaeringAMO, fakta: med(), dato: d(2025, 7, 1), helhet: Oppfylt, want: Oppfylt, versjon: "opplaering-amo-v20250701"},
	{id: "tf-7-3", navn: "a: 31. desember i året før 19", kode: tiltak.OpplaeringAMO, fakta: med(født(2007, 12, 31)), dato: d(2025, 12, 31), vilkar: "tf-7-3.a-e-alder-19", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-7-3", navn: "a: 1. januar i året personen fyller 19", kode: tiltak.OpplaeringAMO, fakta: med(født(2007, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3.a-e-alder-19", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3", navn: "e: 1. januar, født 1. januar", kode: tiltak.OpplaeringFagskole, fakta: med(født(2007, 1, 1)), dato: d(2026, 1, 1), vilkar: "tf-7-3.a-e-alder-19", want: Oppfylt},
	{id: "tf-7-3", navn: "b: ukjent fødselsdato", kode: tiltak.OpplaeringNorskFOV, fakta: med(func(f *tiltak.Fakta) { f.Fodselsdato = tiltak.Dato{} }), dato: sep2025, vilkar: "tf-7-3.a-e-alder-19", want: MaVurderes},
	{id: "tf-7-3", navn: "c: ikke vansker med arbeid", kode: tiltak.OpplaeringStudiespesialisering, fakta: med(func(f *tiltak.Fakta) { f.VanskerMedArbeid = nei }), dato: sep2025, vilkar: "tf-7-3.a-e-vansker-med-arbeid", want: IkkeOppfylt},
	{id: "tf-7-3", navn: "ikke behov for kvalifisering", kode: tiltak.OpplaeringAMO, fakta: med(func(f *tiltak.Fakta) { f.BehovForKvalifisering = nei }), dato: sep2025, vilkar: "tf-7-3.behov-for-kvalifisering", want: IkkeOppfylt},
	{id: "tf-7-3", navn: "f: 31. desember i året før 22", kode: tiltak.OpplaeringHoyereUtdanning, fakta: med(født(2004, 1, 1)), dato: d(2025, 12, 31), vilkar: "tf-7-3.f-alder-22", want: IkkeOppfylt},
	{id: "tf-7-3", navn: "f: 1. januar i året personen fyller 22", kode: tiltak.OpplaeringHoyereUtdanning, fakta: med(født(2004, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3.f-alder-22", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3", navn: "f: ikke nedsatt arbeidsevne", kode: tiltak.OpplaeringHoyereUtdanning, fakta: med(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-7-3.f-nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-7-3", navn: "d: juli 2025 har ikke 16-årsunntaket", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2009, 1, 1)), dato: d(2025, 7, 31), vilkar: "tf-7-3.a-e-alder-19", want: IkkeOppfylt, versjon: "opplaering-fag-og-yrke-v20250701"},
	{id: "tf-7-3-v20250801", navn: "d: unntaket fra 16 år med sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2009, 1, 1)), dato: d(2025, 8, 1), vilkar: "tf-7-3-v20250801.d-alder", want: Oppfylt, versjon: "opplaering-fag-og-yrke-v20250801", helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "d: 31. desember året før personen fyller 16", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2010, 1, 1)), dato: d(2025, 12, 31), vilkar: "tf-7-3-v20250801.d-alder", want: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "d: 1. januar året personen fyller 16", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2010, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-7-3-v20250801.d-alder", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-7-3-v20250801", navn: "d: 16 år uten sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2009, 1, 1), func(f *tiltak.Fakta) { f.SammensattBistandsbehov = nei }), dato: sep2025, vilkar: "tf-7-3-v20250801.d-alder", want: IkkeOppfylt},
	{id: "tf-7-3-v20250801", navn: "d: sammensatt bistandsbehov ukjent", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2009, 1, 1), func(f *tiltak.Fakta) { f.SammensattBistandsbehov = uk }), dato: sep2025, vilkar: "tf-7-3-v20250801.d-alder", want: MaVurderes},
}

// Sommerjobb kapittel 8 [S]: 16–29 år, og NAVs praksis som slipper gjennom
// den som fyller 30 år på oppstartsdatoen.
var raderSommerjobb = []rad{
	{id: "tf-8-personkrets", navn: "dagen før tiltaket fantes: ikke i kraft", kode: tiltak.Sommerjobb, fakta: med(født(2000, 1, 1)), dato: d(2021, 5, 31), vilkar: "sommerjobb.ikke-i-kraft", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-personkrets", navn: "første dag tiltaket finnes", kode: tiltak.Sommerjobb, fakta: med(født(2000, 1, 1)), dato: d(2021, 6, 1), helhet: Oppfylt, want: Oppfylt, versjon: "sommerjobb-v20210601"},
	{id: "tf-8-personkrets", navn: "dagen før 30-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 14), vilkar: "tf-8-personkrets.alder-16-29", want: Oppfylt},
	{id: "tf-8-personkrets", navn: "30-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 15), vilkar: "tf-8-personkrets.alder-16-29", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-personkrets", navn: "dagen etter 30-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 16), vilkar: "tf-8-personkrets.alder-16-29", want: IkkeOppfylt},
	{id: "tf-8-personkrets", navn: "dagen før 16-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(2009, 6, 15)), dato: d(2025, 6, 14), vilkar: "tf-8-personkrets.alder-16-29", want: IkkeOppfylt},
	{id: "tf-8-personkrets", navn: "16-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(2009, 6, 15)), dato: d(2025, 6, 15), vilkar: "tf-8-personkrets.alder-16-29", want: Oppfylt},
	{id: "tf-8-personkrets", navn: "arbeidsgiver har permitterte", kode: tiltak.Sommerjobb, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.ArbeidsgiverHarPermitterte = ja }), dato: d(2025, 6, 16), vilkar: "tf-8-personkrets.ingen-permitterte", want: IkkeOppfylt},
	{id: "tf-8-personkrets", navn: "bistandsbehov ikke fastslått", kode: tiltak.Sommerjobb, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.BistandsbehovFastslatt = nei }), dato: d(2025, 6, 16), vilkar: "tf-8-personkrets.bistandsbehov", want: IkkeOppfylt},
	{id: "praksis-sommerjobb-alder", navn: "fyller 30 på oppstartsdatoen: praksis slipper gjennom", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 15), valg: Valg{MedPraksis: true}, vilkar: "praksis-sommerjobb-alder.oppstart", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-8-personkrets", navn: "med praksis er 16–29-regelen erstattet", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 15), valg: Valg{MedPraksis: true}, vilkar: "tf-8-personkrets.alder-16-29", want: IkkeOppfylt, erstatt: true},
	{id: "praksis-sommerjobb-alder", navn: "fylte 30 dagen før oppstart", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 16), valg: Valg{MedPraksis: true}, vilkar: "praksis-sommerjobb-alder.oppstart", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-sommerjobb-alder", navn: "dagen før 30-årsdagen", kode: tiltak.Sommerjobb, fakta: med(født(1995, 6, 15)), dato: d(2025, 6, 14), valg: Valg{MedPraksis: true}, vilkar: "praksis-sommerjobb-alder.oppstart", want: Oppfylt},
}

var raderEgenregi = []rad{
	{id: "er-2-1", navn: "første dag egenregiforskriften gjelder", kode: tiltak.ArbeidMedStotte, fakta: med(), dato: d(2023, 6, 20), helhet: Oppfylt, want: Oppfylt, versjon: "arbeid-med-stotte-v20230620"},
	{id: "er-2-1", navn: "dagen før 16-årsdagen", kode: tiltak.ArbeidMedStotte, fakta: med(født(2010, 1, 10)), dato: d(2026, 1, 9), vilkar: "er-2-1.alder-16", want: IkkeOppfylt},
	{id: "er-2-1", navn: "16-årsdagen", kode: tiltak.ArbeidMedStotte, fakta: med(født(2010, 1, 10)), dato: d(2026, 1, 10), vilkar: "er-2-1.alder-16", want: Oppfylt},
	{id: "er-2-1", navn: "ikke behov for omfattende bistand", kode: tiltak.ArbeidMedStotte, fakta: med(func(f *tiltak.Fakta) { f.BehovOmfattendeBistand = nei }), dato: sep2025, vilkar: "er-2-1.behov-omfattende-bistand", want: IkkeOppfylt},
	{id: "er-3-1-l1", navn: "psykisk lidelse i behandling", kode: tiltak.IndividuellJobbstotte, fakta: med(), dato: sep2025, vilkar: "er-3-1-l1.malgruppe", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-1-l1", navn: "15 år", kode: tiltak.IndividuellJobbstotte, fakta: med(født(2010, 1, 10)), dato: d(2026, 1, 9), vilkar: "er-3-1-l1.alder-16", want: IkkeOppfylt},
	{id: "er-3-1-l1", navn: "ikke behov for omfattende bistand", kode: tiltak.IndividuellJobbstotte, fakta: med(func(f *tiltak.Fakta) { f.BehovOmfattendeBistand = nei }), dato: sep2025, vilkar: "er-3-1-l1.behov-omfattende-bistand", want: IkkeOppfylt},
	{id: "er-3-1-l2", navn: "andre ledd: etter direktoratets retningslinjer", kode: tiltak.IndividuellJobbstotte, fakta: med(func(f *tiltak.Fakta) { f.PsykiskLidelseEllerRus = nei }), dato: sep2025, vilkar: "er-3-1-l1.malgruppe", want: MaVurderes, helhet: MaVurderes},
	{id: "er-3-1-l2", navn: "verken første eller andre ledd", kode: tiltak.IndividuellJobbstotte, fakta: med(func(f *tiltak.Fakta) { f.PsykiskLidelseEllerRus = nei; f.OppfolgingHelseEllerSammensatt = nei }), dato: sep2025, vilkar: "er-3-1-l1.malgruppe", want: IkkeOppfylt},
	{id: "er-3-2", navn: "samtykker ikke", kode: tiltak.IndividuellJobbstotte, fakta: med(func(f *tiltak.Fakta) { f.Samtykke = nei }), dato: sep2025, vilkar: "er-3-2.samtykke", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-2", navn: "samtykke ukjent", kode: tiltak.IPSUng, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.Samtykke = uk }), dato: sep2025, vilkar: "er-3-2.samtykke", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumSamtykke}},
	{id: "er-3-6", navn: "dagen før 30-årsdagen", kode: tiltak.IPSUng, fakta: med(født(1996, 3, 10)), dato: d(2026, 3, 9), vilkar: "er-3-6.alder-16-30", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-6", navn: "30-årsdagen", kode: tiltak.IPSUng, fakta: med(født(1996, 3, 10)), dato: d(2026, 3, 10), vilkar: "er-3-6.alder-16-30", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-6", navn: "dagen etter 30-årsdagen", kode: tiltak.IPSUng, fakta: med(født(1996, 3, 10)), dato: d(2026, 3, 11), vilkar: "er-3-6.alder-16-30", want: IkkeOppfylt},
	{id: "er-3-6", navn: "16-årsdagen", kode: tiltak.IPSUng, fakta: med(født(2010, 3, 10)), dato: d(2026, 3, 10), vilkar: "er-3-6.alder-16-30", want: Oppfylt},
	{id: "er-3-6", navn: "dagen før 16-årsdagen", kode: tiltak.IPSUng, fakta: med(født(2010, 3, 10)), dato: d(2026, 3, 9), vilkar: "er-3-6.alder-16-30", want: IkkeOppfylt},
	// § 3-6 tredje ledd: unge med sammensatte psykiske problemer eller
	// rusutfordringer, uten krav om behandling.
	{id: "er-3-6", navn: "tredje ledd: sammensatte problemer uten behandling", kode: tiltak.IPSUng, fakta: med(født(2003, 4, 10), func(f *tiltak.Fakta) {
		f.PsykiskLidelseEllerRus, f.OppfolgingHelseEllerSammensatt, f.SammensattePsykiskeProblemerEllerRus = tiltak.Nei, tiltak.Nei, tiltak.Ja
	}), dato: d(2025, 9, 1), vilkar: "er-3-6.malgruppe", want: Oppfylt},
	{id: "er-3-6", navn: "tredje ledd: ingen av gruppene", kode: tiltak.IPSUng, fakta: med(født(2003, 4, 10), func(f *tiltak.Fakta) {
		f.PsykiskLidelseEllerRus, f.OppfolgingHelseEllerSammensatt, f.SammensattePsykiskeProblemerEllerRus = tiltak.Nei, tiltak.Nei, tiltak.Nei
	}), dato: d(2025, 9, 1), vilkar: "er-3-6.malgruppe", want: IkkeOppfylt},
	{id: "er-3-6", navn: "tredje ledd ukjent", kode: tiltak.IPSUng, fakta: med(født(2003, 4, 10), func(f *tiltak.Fakta) {
		f.PsykiskLidelseEllerRus, f.OppfolgingHelseEllerSammensatt, f.SammensattePsykiskeProblemerEllerRus = tiltak.Nei, tiltak.Nei, tiltak.Ukjent
	}), dato: d(2025, 9, 1), vilkar: "er-3-6.malgruppe", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumSammensattePsykiskeProblemerEllerRus}},
	{id: "er-5-1", navn: "dagen før innføringen: ikke i kraft", kode: tiltak.Ungdomsgaranti, fakta: med(født(2000, 1, 1)), dato: d(2023, 6, 30), vilkar: "ungdomsgaranti.ikke-i-kraft", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-4-1", navn: "første dag", kode: tiltak.Ungdomsgaranti, fakta: med(født(2000, 1, 1)), dato: d(2023, 7, 1), vilkar: "er-4-1.alder-16-30", want: Oppfylt, helhet: Oppfylt, versjon: "ungdomsgaranti-v20230701"},
	{id: "er-4-1", navn: "29. februar-født: dagen før 30-årsdagen", kode: tiltak.Ungdomsgaranti, fakta: med(født(1996, 2, 29)), dato: d(2026, 2, 27), vilkar: "er-4-1.alder-16-30", want: Oppfylt},
	{id: "er-4-1", navn: "29. februar-født: fyller 30 den 28. februar", kode: tiltak.Ungdomsgaranti, fakta: med(født(1996, 2, 29)), dato: d(2026, 2, 28), vilkar: "er-4-1.alder-16-30", want: IkkeOppfylt},
	{id: "er-4-1", navn: "29. februar-født: 1. mars", kode: tiltak.Ungdomsgaranti, fakta: med(født(1996, 2, 29)), dato: d(2026, 3, 1), vilkar: "er-4-1.alder-16-30", want: IkkeOppfylt},
	{id: "er-4-1", navn: "dagen før 16-årsdagen", kode: tiltak.Ungdomsgaranti, fakta: med(født(2010, 3, 10)), dato: d(2026, 3, 9), vilkar: "er-4-1.alder-16-30", want: IkkeOppfylt},
	{id: "er-4-1", navn: "16-årsdagen", kode: tiltak.Ungdomsgaranti, fakta: med(født(2010, 3, 10)), dato: d(2026, 3, 10), vilkar: "er-4-1.alder-16-30", want: Oppfylt},
	{id: "er-4-1", navn: "bistandsbehov ukjent", kode: tiltak.Ungdomsgaranti, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.BistandsbehovFastslatt = uk }), dato: sep2025, vilkar: "er-4-1.bistandsbehov-fastslatt", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumBistandsbehovFastslatt}},
	{id: "er-5-1", navn: "ikke i kraft siterer ikrafttredelsen", kode: tiltak.Ungdomsgaranti, fakta: med(), dato: d(2023, 6, 30), vilkar: "ungdomsgaranti.ikke-i-kraft", want: IkkeOppfylt},
}

var raderFirearig = []rad{
	{id: "fir-personkrets", navn: "dagen før forsøket", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2000, 1, 1)), dato: d(2026, 7, 31), vilkar: "firearig-lonnstilskudd.ikke-i-kraft", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-personkrets", navn: "første dag", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2000, 1, 1)), dato: d(2026, 8, 1), helhet: Oppfylt, want: Oppfylt, versjon: "firearig-lonnstilskudd-v20260801"},
	{id: "fir-personkrets", navn: "siste dag", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2010, 1, 1)), dato: d(2032, 12, 31), want: Oppfylt},
	{id: "fir-personkrets", navn: "dagen etter forsøket", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2000, 1, 1)), dato: d(2033, 1, 1), vilkar: "firearig-lonnstilskudd.ikke-i-kraft", want: IkkeOppfylt},
	{id: "fir-personkrets", navn: "fyller 30 på oppstartsdatoen", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(1996, 8, 1)), dato: d(2026, 8, 1), vilkar: "fir-personkrets.alder", want: Oppfylt},
	{id: "fir-personkrets", navn: "fylte 30 dagen før oppstart", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(1996, 8, 1)), dato: d(2026, 8, 2), vilkar: "fir-personkrets.alder", want: IkkeOppfylt},
	{id: "fir-personkrets", navn: "31 år", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(1995, 8, 1)), dato: d(2026, 8, 1), vilkar: "fir-personkrets.alder", want: IkkeOppfylt},
	{id: "fir-personkrets", navn: "innsatsgruppe uten nedsatt arbeidsevne", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.TrengerVeiledning }), dato: d(2026, 9, 1), vilkar: "fir-personkrets.innsatsgruppe", want: IkkeOppfylt},
	{id: "fir-personkrets", navn: "beholde arbeid", kode: tiltak.FirearigLonnstilskudd, fakta: med(født(2000, 1, 1), func(f *tiltak.Fakta) { f.AnsattHosArbeidsgiver = ja }), dato: d(2026, 9, 1), vilkar: "fir-personkrets.skaffe-arbeid", want: IkkeOppfylt},
}

// NAVs praksis: aldersgrensene ved sluttdato og innsatsgruppene.
var raderPraksis = []rad{
	{id: "praksis-alder-72", navn: "sluttdato dagen før 72-årsdagen", kode: tiltak.Arbeidstrening, fakta: med(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2026, 3, 9)}, vilkar: "praksis-alder-72.sluttdato", want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-alder-72", navn: "sluttdato på 72-årsdagen", kode: tiltak.Arbeidstrening, fakta: med(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2026, 3, 10)}, vilkar: "praksis-alder-72.sluttdato", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-alder-72", navn: "sluttdato dagen etter 72-årsdagen", kode: tiltak.MidlertidigLonnstilskudd, fakta: med(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2026, 3, 11)}, vilkar: "praksis-alder-72.sluttdato", want: IkkeOppfylt},
	{id: "praksis-alder-72", navn: "før august 2023 gjaldt 67 år", kode: tiltak.Mentor, fakta: med(født(1956, 8, 1)), dato: d(2023, 7, 31), valg: Valg{MedPraksis: true, Sluttdato: d(2023, 8, 1)}, vilkar: "praksis-alder-72.sluttdato", want: IkkeOppfylt},
	{id: "praksis-alder-72", navn: "fra 1. august 2023 gjelder 72 år", kode: tiltak.Mentor, fakta: med(født(1956, 8, 1)), dato: d(2023, 8, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2023, 8, 1)}, vilkar: "praksis-alder-72.sluttdato", want: Oppfylt},
	{id: "praksis-alder-72", navn: "før august 2023: dagen før 67-årsdagen", kode: tiltak.Inkluderingstilskudd, fakta: med(født(1956, 3, 10)), dato: d(2023, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2023, 3, 9)}, vilkar: "praksis-alder-72.sluttdato", want: Oppfylt},
	{id: "praksis-alder-72", navn: "uten sluttdato: må vurderes", kode: tiltak.VarigLonnstilskudd, fakta: med(evne(tiltak.VarigNedsattArbeidsevne), func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.JobbeDelvis }), dato: sep2025, valg: Valg{MedPraksis: true}, vilkar: "praksis-alder-72.sluttdato", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{}},
	{id: "praksis-alder-67", navn: "VTAO: sluttdato dagen før 67-årsdagen", kode: tiltak.VTAO, fakta: med(født(1959, 5, 5), func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.LitenMulighetTilAJobbe }), dato: d(2026, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2026, 5, 4)}, vilkar: "praksis-alder-67.sluttdato", want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-alder-67", navn: "VTAO: sluttdato på 67-årsdagen", kode: tiltak.VTAO, fakta: med(født(1959, 5, 5)), dato: d(2026, 1, 1), valg: Valg{MedPraksis: true, Sluttdato: d(2026, 5, 5)}, vilkar: "praksis-alder-67.sluttdato", want: IkkeOppfylt},
	{id: "praksis-vtao-siste-oppstart", navn: "oppstart 31. august 2026", kode: tiltak.VTAO, fakta: med(), dato: d(2026, 8, 31), valg: Valg{MedPraksis: true}, vilkar: "praksis-vtao-siste-oppstart.dato", want: Oppfylt},
	{id: "praksis-vtao-siste-oppstart", navn: "oppstart 1. september 2026", kode: tiltak.VTAO, fakta: med(), dato: d(2026, 9, 1), valg: Valg{MedPraksis: true}, vilkar: "praksis-vtao-siste-oppstart.dato", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-vtao-siste-oppstart", navn: "uten praksis gjelder forskriften alene", kode: tiltak.VTAO, fakta: med(), dato: d(2026, 9, 1), helhet: Oppfylt, want: Oppfylt},
	{id: "praksis-innsatsgruppe", navn: "gode muligheter gir ikke arbeidstrening", kode: tiltak.Arbeidstrening, fakta: med(func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.GodeMuligheter }), dato: sep2025, valg: Valg{MedPraksis: true, Sluttdato: sep2025}, vilkar: "praksis-innsatsgruppe.veiledning", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-innsatsgruppe", navn: "trenger veiledning gir ikke varig lønnstilskudd", kode: tiltak.VarigLonnstilskudd, fakta: med(func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.TrengerVeiledning }), dato: sep2025, valg: Valg{MedPraksis: true, Sluttdato: sep2025}, vilkar: "praksis-innsatsgruppe.varig", want: IkkeOppfylt},
	{id: "praksis-innsatsgruppe", navn: "innsatsgruppe ukjent", kode: tiltak.Mentor, fakta: med(func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.InnsatsgruppeUkjent }), dato: sep2025, valg: Valg{MedPraksis: true, Sluttdato: sep2025}, vilkar: "praksis-innsatsgruppe.veiledning", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumInnsatsgruppe}},
	{id: "praksis-inkluderingstilskudd-liste", navn: "AFT er på NAVs liste", kode: tiltak.Inkluderingstilskudd, fakta: med(deltar(tiltak.AFT), func(f *tiltak.Fakta) { f.SaerligBehovTilrettelegging = nei }), dato: sep2025, valg: Valg{MedPraksis: true, Sluttdato: sep2025}, vilkar: "praksis-inkluderingstilskudd-liste.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-11-2-l2", navn: "AFT: forskriften alene sier nei", kode: tiltak.Inkluderingstilskudd, fakta: med(deltar(tiltak.AFT), func(f *tiltak.Fakta) { f.SaerligBehovTilrettelegging = nei }), dato: sep2025, valg: Valg{MedPraksis: true, Sluttdato: sep2025}, vilkar: "tf-11-2-l2.personkrets", want: IkkeOppfylt, erstatt: true},
	{id: "seed003-plasstyper", navn: "aktivitetsplass: NAV velger tiltaksform", kode: tiltak.Aktivitetsplass, fakta: med(), dato: sep2025, vilkar: "seed003-plasstyper.nav-velger-tiltaksform", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{}},
	{id: "seed003-plasstyper", navn: "språkpraksis: NAV velger tiltaksform", kode: tiltak.Sprakpraksis, fakta: med(), dato: d(2010, 1, 1), vilkar: "seed003-plasstyper.nav-velger-tiltaksform", want: MaVurderes},
}

func TestTiltaksforskriften(t *testing.T) { kjorRader(t, raderTF) }
func TestOpplaering(t *testing.T)         { kjorRader(t, raderOpplaering) }
func TestSommerjobb(t *testing.T)         { kjorRader(t, raderSommerjobb) }
func TestEgenregi(t *testing.T)           { kjorRader(t, raderEgenregi) }
func TestFirearig(t *testing.T)           { kjorRader(t, raderFirearig) }
func TestPraksis(t *testing.T)            { kjorRader(t, raderPraksis) }

func init() {
	alleRader = append(alleRader, raderTF, raderOpplaering, raderSommerjobb, raderEgenregi, raderFirearig, raderPraksis)
}
