package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 2–4 (tf02_04_avklaring_arbeidstrening_oppfolging.go).

var raderTF02til04 = append([]rad{
	// § 2-3: behov for mer omfattende avklaring enn NAV kan gi.
	{id: "tf-2-3-v20160101", navn: "behov for utvidet avklaring", kode: tiltak.Avklaring, fakta: grunnMed(), dato: sep2025, vilkar: "tf-2-3-v20160101.behov-utvidet-avklaring", want: Oppfylt, helhet: Oppfylt, versjon: "avklaring-v20250801"},
	{id: "tf-2-3-v20160101", navn: "ikke behov", kode: tiltak.Avklaring, fakta: grunnMed(svar(tiltak.FaktumBehovUtvidetAvklaring, nei)), dato: d(2016, 1, 1), vilkar: "tf-2-3-v20160101.behov-utvidet-avklaring", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "avklaring-v20160101"},
	{id: "tf-2-3-v20160101", navn: "behovet er ikke oppgitt", kode: tiltak.Avklaring, fakta: grunnMed(ukjent(tiltak.FaktumBehovUtvidetAvklaring)), dato: sep2025, vilkar: "tf-2-3-v20160101.behov-utvidet-avklaring", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumBehovUtvidetAvklaring)},
	// § 2-4: forlengelsen i inntil åtte uker beror på NAVs vurdering (ren skjønn, leser ingen fakta).
	{id: "tf-2-4-v20160101", navn: "forlengelsen er skjønn", kode: tiltak.Avklaring, fakta: grunnMed(), dato: sep2025, vilkar: "tf-2-4-v20160101.forlengelse", want: MaVurderes, mangler: mangler()},

	// § 3-3: liten arbeidserfaring eller nedsatt arbeidsevne (ett er nok).
	{id: "tf-3-3-v20160101", navn: "liten arbeidserfaring, arbeidsevnen ikke nedsatt", kode: tiltak.Arbeidstrening, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-3-3-v20160101.personkrets", want: Oppfylt},
	{id: "tf-3-3-v20160101", navn: "erfaren, men nedsatt arbeidsevne", kode: tiltak.Arbeidstrening, fakta: grunnMed(svar(tiltak.FaktumLiteArbeidserfaring, nei)), dato: sep2025, vilkar: "tf-3-3-v20160101.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-3-3-v20160101", navn: "verken liten erfaring eller nedsatt arbeidsevne", kode: tiltak.Arbeidstrening, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne), svar(tiltak.FaktumLiteArbeidserfaring, nei)), dato: sep2025, vilkar: "tf-3-3-v20160101.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-3-3-v20160101", navn: "erfaren, arbeidsevnen ikke vurdert", kode: tiltak.Arbeidstrening, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent), svar(tiltak.FaktumLiteArbeidserfaring, nei)), dato: sep2025, vilkar: "tf-3-3-v20160101.personkrets", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	// § 3-5: seks måneder mer ved nedsatt arbeidsevne (varighetsvilkår).
	{id: "tf-3-5-v20160101", navn: "forlengelse: nedsatt arbeidsevne", kode: tiltak.Arbeidstrening, fakta: grunnMed(), dato: sep2025, vilkar: "tf-3-5-v20160101.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-3-5-v20160101", navn: "forlengelse: arbeidsevnen ikke nedsatt", kode: tiltak.Arbeidstrening, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2016, 1, 1), vilkar: "tf-3-5-v20160101.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-3-5-v20160101", navn: "forlengelse: arbeidsevnen ikke vurdert", kode: tiltak.Arbeidstrening, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-3-5-v20160101.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	// § 3-7: ikke ansatt i virksomheten, i begge versjoner.
	{id: "tf-3-7-v20160101", navn: "2016: ansatt i virksomheten", kode: tiltak.Arbeidstrening, fakta: grunnMed(svar(tiltak.FaktumAnsattHosArbeidsgiver, ja)), dato: d(2016, 5, 1), vilkar: "tf-3-7-v20160101.ikke-ansatt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-3-7-v20160101", navn: "2016: ansettelse ukjent", kode: tiltak.Arbeidstrening, fakta: grunnMed(ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: d(2016, 5, 1), vilkar: "tf-3-7-v20160101.ikke-ansatt", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},
	// § 3-6: opprettelsen av plassen er drøftet med de ansattes representanter.
	{id: "tf-3-6-v20160101", navn: "drøftet med de ansattes representanter", kode: tiltak.Arbeidstrening, fakta: grunnMed(), dato: d(2016, 1, 1), vilkar: "tf-3-6-v20160101.droftet-med-ansattes-representanter", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-3-6-v20160101", navn: "ikke drøftet", kode: tiltak.Arbeidstrening, fakta: grunnMed(svar(tiltak.FaktumDroftetMedAnsattesRepresentanter, nei)), dato: sep2025, vilkar: "tf-3-6-v20160101.droftet-med-ansattes-representanter", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-3-6-v20160101", navn: "drøfting ikke oppgitt", kode: tiltak.Arbeidstrening, fakta: grunnMed(ukjent(tiltak.FaktumDroftetMedAnsattesRepresentanter)), dato: sep2025, vilkar: "tf-3-6-v20160101.droftet-med-ansattes-representanter", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumDroftetMedAnsattesRepresentanter)},
	{id: "tf-3-7-v20161001", navn: "ansatt i virksomheten", kode: tiltak.Arbeidstrening, fakta: grunnMed(svar(tiltak.FaktumAnsattHosArbeidsgiver, ja)), dato: sep2025, vilkar: "tf-3-7-v20161001.ikke-ansatt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-3-7-v20161001", navn: "ikke ansatt", kode: tiltak.Arbeidstrening, fakta: grunnMed(), dato: sep2025, vilkar: "tf-3-7-v20161001.ikke-ansatt", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-3-7-v20161001", navn: "ansettelse ukjent", kode: tiltak.Arbeidstrening, fakta: grunnMed(ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: sep2025, vilkar: "tf-3-7-v20161001.ikke-ansatt", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},

	// § 4-2: jobbklubb er innhold i oppfølging; vilkåret er alltid oppfylt
	// og personkretsen er den i § 4-3.
	{id: "tf-4-2-v20160101", navn: "jobbklubb er oppfølging", kode: tiltak.Jobbklubb, fakta: grunnMed(), dato: sep2025, vilkar: "tf-4-2-v20160101.jobbklubb-er-oppfolging", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-4-3-v20160101", navn: "jobbklubb følger personkretsen for oppfølging", kode: tiltak.Jobbklubb, fakta: grunnMed(svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: sep2025, vilkar: "tf-4-3-v20160101.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	// § 4-3.
	{id: "tf-4-3-v20160101", navn: "behov for omfattende bistand", kode: tiltak.Oppfolging, fakta: grunnMed(), dato: sep2025, vilkar: "tf-4-3-v20160101.behov-omfattende-bistand", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-4-3-v20160101", navn: "ikke behov", kode: tiltak.Oppfolging, fakta: grunnMed(svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: sep2025, vilkar: "tf-4-3-v20160101.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-4-3-v20160101", navn: "behovet er ikke oppgitt", kode: tiltak.Oppfolging, fakta: grunnMed(ukjent(tiltak.FaktumBehovOmfattendeBistand)), dato: sep2025, vilkar: "tf-4-3-v20160101.behov-omfattende-bistand", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovOmfattendeBistand)},
	// § 4-4: forlengelsene i varigheten.
	{id: "tf-4-4-v20160101", navn: "seks måneder til er skjønn", kode: tiltak.Oppfolging, fakta: grunnMed(), dato: sep2025, vilkar: "tf-4-4-v20160101.forlengelse", want: MaVurderes, mangler: mangler()},
	{id: "tf-4-4-v20160101", navn: "tre år: nedsatt arbeidsevne", kode: tiltak.Oppfolging, fakta: grunnMed(), dato: sep2025, vilkar: "tf-4-4-v20160101.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-4-4-v20160101", navn: "tre år: arbeidsevnen ikke nedsatt", kode: tiltak.Oppfolging, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-4-4-v20160101.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-4-4-v20160101", navn: "tre år: arbeidsevnen ikke vurdert", kode: tiltak.Oppfolging, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-4-4-v20160101.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-4-4-v20160101", navn: "overgang fra skole: nedsatt og i overgang", kode: tiltak.Oppfolging, fakta: grunnMed(svar(tiltak.FaktumOvergangSkoleEllerSoning, ja)), dato: sep2025, vilkar: "tf-4-4-v20160101.overgang", want: Oppfylt},
	{id: "tf-4-4-v20160101", navn: "overgang fra skole: ikke i overgang", kode: tiltak.Oppfolging, fakta: grunnMed(svar(tiltak.FaktumOvergangSkoleEllerSoning, nei)), dato: sep2025, vilkar: "tf-4-4-v20160101.overgang", want: IkkeOppfylt},
	{id: "tf-4-4-v20160101", navn: "overgang fra skole, men arbeidsevnen ikke nedsatt", kode: tiltak.Oppfolging, fakta: grunnMed(svar(tiltak.FaktumOvergangSkoleEllerSoning, ja), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-4-4-v20160101.overgang", want: IkkeOppfylt},
	{id: "tf-4-4-v20160101", navn: "overgang ikke oppgitt", kode: tiltak.Oppfolging, fakta: grunnMed(), dato: sep2025, vilkar: "tf-4-4-v20160101.overgang", want: MaVurderes, mangler: mangler(tiltak.FaktumOvergangSkoleEllerSoning)},
}, grenseRader(
	// § 3-7 ny ordlyd 1. oktober 2016 (FOR-2016-06-13-653).
	grense{kode: tiltak.Arbeidstrening, fakta: grunnMed(), nyDag: d(2016, 10, 1), forRS: "arbeidstrening-v20160101", etterRS: "arbeidstrening-v20161001",
		forV: "tf-3-7-v20160101.ikke-ansatt", etterV: "tf-3-7-v20161001.ikke-ansatt", forU: Oppfylt, etterU: Oppfylt, hva: "§ 3-7 etter FOR-2016-06-13-653"},
)...)

func TestTF02til04(t *testing.T) { kjorRader(t, raderTF02til04) }
