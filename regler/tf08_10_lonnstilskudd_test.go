package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 8 (bedriftsintern opplæring 2016–2019 og
// tilskudd til sommerjobb fra 22. april 2021), 9 (midlertidig
// lønnstilskudd) og 10 (varig lønnstilskudd), tf08_10_lonnstilskudd.go.

const (
	bioK  = tiltak.BedriftsinternOpplaering
	sj    = tiltak.Sommerjobb
	midlL = tiltak.MidlertidigLonnstilskudd
	varL  = tiltak.VarigLonnstilskudd
)

var (
	// bioFakta: en ansatt uten nedsatt arbeidsevne i en bedrift i omstilling
	// (§ 1-8 er da oppfylt med tilretteleggingsplikten).
	bioFakta  = []endring{svar(tiltak.FaktumAnsattHosArbeidsgiver, ja), evne(tiltak.IkkeNedsattArbeidsevne)}
	varigEvne = evne(tiltak.VarigNedsattArbeidsevne)
	ansatt    = func(s tiltak.Svar) endring { return svar(tiltak.FaktumAnsattHosArbeidsgiver, s) }
	syk12     = func(s tiltak.Svar) endring { return svar(tiltak.FaktumSykefravaer12Mnd, s) }
	jun2018   = d(2018, 6, 1)
	jun2022   = d(2022, 6, 15)
	jun2016   = d(2016, 6, 1)
)

var raderTF08til10 = append([]rad{
	// Kapittel 8 (bedriftsintern opplæring), 2016-teksten.
	{id: "tf-8-1-v20160101", navn: "bedrift i omstilling", kode: bioK, fakta: grunnMed(bioFakta...), dato: jun2018, vilkar: "tf-8-1-v20160101.bedrift-i-omstilling", want: Oppfylt, helhet: Oppfylt, versjon: "bedriftsintern-opplaering-v20160101"},
	{id: "tf-8-1-v20160101", navn: "ikke i omstilling", kode: bioK, fakta: grunnMed(append(bioFakta, svar(tiltak.FaktumBedriftIOmstilling, nei))...), dato: jun2018, vilkar: "tf-8-1-v20160101.bedrift-i-omstilling", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-1-v20160101", navn: "omstilling ikke oppgitt", kode: bioK, fakta: grunnMed(append(bioFakta, ukjent(tiltak.FaktumBedriftIOmstilling))...), dato: jun2018, vilkar: "tf-8-1-v20160101.bedrift-i-omstilling", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumBedriftIOmstilling)},
	{id: "tf-8-2-v20160101", navn: "opplæring i tillegg og frivillig", kode: bioK, fakta: grunnMed(bioFakta...), dato: jun2018, vilkar: "tf-8-2-v20160101.opplaering-i-tillegg-og-frivillig", want: Oppfylt},
	{id: "tf-8-2-v20160101", navn: "ordinær eller obligatorisk opplæring", kode: bioK, fakta: grunnMed(append(bioFakta, svar(tiltak.FaktumOpplaeringTilleggOgFrivillig, nei))...), dato: jun2018, vilkar: "tf-8-2-v20160101.opplaering-i-tillegg-og-frivillig", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-2-v20160101", navn: "ikke oppgitt", kode: bioK, fakta: grunnMed(append(bioFakta, ukjent(tiltak.FaktumOpplaeringTilleggOgFrivillig))...), dato: jun2018, vilkar: "tf-8-2-v20160101.opplaering-i-tillegg-og-frivillig", want: MaVurderes, mangler: mangler(tiltak.FaktumOpplaeringTilleggOgFrivillig)},
	{id: "tf-8-3-v20160101", navn: "egen ansatt", kode: bioK, fakta: grunnMed(bioFakta...), dato: jun2018, vilkar: "tf-8-3-v20160101.egen-ansatt", want: Oppfylt},
	{id: "tf-8-3-v20160101", navn: "ikke ansatt i bedriften", kode: bioK, fakta: grunnMed(), dato: jun2018, vilkar: "tf-8-3-v20160101.egen-ansatt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-3-v20160101", navn: "ansettelse ikke oppgitt", kode: bioK, fakta: grunnMed(ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: jun2018, vilkar: "tf-8-3-v20160101.egen-ansatt", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},
	{id: "tf-8-3-v20160101", navn: "ikke helt permittert", kode: bioK, fakta: grunnMed(bioFakta...), dato: jun2018, vilkar: "tf-8-3-v20160101.ikke-helt-permittert", want: Oppfylt},
	{id: "tf-8-3-v20160101", navn: "helt permittert", kode: bioK, fakta: grunnMed(append(bioFakta, svar(tiltak.FaktumHeltPermittert, ja))...), dato: jun2018, vilkar: "tf-8-3-v20160101.ikke-helt-permittert", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-3-v20160101", navn: "permittering ikke oppgitt", kode: bioK, fakta: grunnMed(append(bioFakta, ukjent(tiltak.FaktumHeltPermittert))...), dato: jun2018, vilkar: "tf-8-3-v20160101.ikke-helt-permittert", want: MaVurderes, mangler: mangler(tiltak.FaktumHeltPermittert)},
	// Sommerjobb finnes ikke før kapittel 8 fikk sitt nye innhold.
	{id: "tf-8-2-v20160101", navn: "sommerjobb 2016: paragrafen gjaldt bedriftsintern opplæring", kode: sj, fakta: grunnMed(født(2000, 1, 1)), dato: d(2016, 1, 1), vilkar: "tf-8-2-v20160101.ikke-i-kraft.sommerjobb", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "sommerjobb-v20160101"},

	// Kapittel 8 (sommerjobb) fra 22. april 2021. Født 15. juni 1995:
	// 30-årsdagen er 15. juni 2025.
	{id: "tf-8-3-v20210422", navn: "dagen før 30-årsdagen", kode: sj, fakta: grunnMed(født(1995, 6, 15)), dato: d(2025, 6, 14), vilkar: "tf-8-3-v20210422.under-30", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-8-3-v20210422", navn: "30-årsdagen", kode: sj, fakta: grunnMed(født(1995, 6, 15)), dato: d(2025, 6, 15), vilkar: "tf-8-3-v20210422.under-30", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-3-v20210422", navn: "fødselsdato ukjent", kode: sj, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jun2022, vilkar: "tf-8-3-v20210422.under-30", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "tf-8-3-v20210422", navn: "problemer med å få sommerjobb", kode: sj, fakta: grunnMed(født(2000, 1, 1)), dato: jun2022, vilkar: "tf-8-3-v20210422.problemer-med-sommerjobb", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-8-3-v20210422", navn: "ingen problemer med å få sommerjobb", kode: sj, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumProblemerMedSommerjobb, nei)), dato: jun2022, vilkar: "tf-8-3-v20210422.problemer-med-sommerjobb", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-3-v20210422", navn: "problemer ikke oppgitt", kode: sj, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumProblemerMedSommerjobb)), dato: jun2022, vilkar: "tf-8-3-v20210422.problemer-med-sommerjobb", want: MaVurderes, mangler: mangler(tiltak.FaktumProblemerMedSommerjobb)},
	{id: "tf-8-3-v20210422", navn: "vurdert behov for arbeidsrettet bistand", kode: sj, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "tf-8-3-v20210422.vurdert-bistandsbehov", want: Oppfylt},
	{id: "tf-8-3-v20210422", navn: "vurdert uten bistandsbehov", kode: sj, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumBistandsbehovFastslatt, nei)), dato: sep2025, vilkar: "tf-8-3-v20210422.vurdert-bistandsbehov", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-3-v20210422", navn: "behovsvurdering ikke oppgitt", kode: sj, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumBehovsvurderingGjennomfort)), dato: sep2025, vilkar: "tf-8-3-v20210422.vurdert-bistandsbehov", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovsvurderingGjennomfort)},
	{id: "tf-8-3-v20210422", navn: "bedriftsintern opplæring finnes ikke etter 22. april 2021", kode: bioK, fakta: grunnMed(bioFakta...), dato: d(2023, 1, 1), vilkar: "tf-8-3-v20210422.ikke-i-kraft.bedriftsintern-opplaering", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "bedriftsintern-opplaering-v20210422"},
	// § 8-6 femte ledd: ikke tilskudd til virksomheter med permitterte.
	{id: "tf-8-6-v20210422", navn: "ingen permitterte", kode: sj, fakta: grunnMed(født(2000, 1, 1)), dato: jun2022, vilkar: "tf-8-6-v20210422.ingen-permitterte", want: Oppfylt},
	{id: "tf-8-6-v20210422", navn: "arbeidsgiveren har permitterte", kode: sj, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumArbeidsgiverHarPermitterte, ja)), dato: jun2022, vilkar: "tf-8-6-v20210422.ingen-permitterte", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-8-6-v20210422", navn: "permitterte ikke oppgitt", kode: sj, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumArbeidsgiverHarPermitterte)), dato: jun2022, vilkar: "tf-8-6-v20210422.ingen-permitterte", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsgiverHarPermitterte)},
	// § 8-6 fjerde ledd: 75 prosent ved nedsatt arbeidsevne (satsvariant).
	{id: "tf-8-6-v20210422", navn: "sats: nedsatt arbeidsevne", kode: sj, fakta: grunnMed(født(2000, 1, 1)), dato: jun2022, vilkar: "tf-8-6-v20210422.sats-nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-8-6-v20210422", navn: "sats: arbeidsevnen ikke nedsatt", kode: sj, fakta: grunnMed(født(2000, 1, 1), evne(tiltak.IkkeNedsattArbeidsevne)), dato: jun2022, vilkar: "tf-8-6-v20210422.sats-nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-8-6-v20210422", navn: "sats: arbeidsevnen ikke vurdert", kode: sj, fakta: grunnMed(født(2000, 1, 1), evne(tiltak.ArbeidsevneUkjent)), dato: jun2022, vilkar: "tf-8-6-v20210422.sats-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 9-3 (2016): ansette (vansker) eller beholde (ansatt, tolv måneders
	// sykmelding og nedsatt arbeidsevne); behovsvurdering før innvilgelse.
	{id: "tf-9-3-v20160101", navn: "ansette: vansker med å komme i arbeid", kode: midlL, fakta: grunnMed(), dato: jun2018, vilkar: "tf-9-3-v20160101.personkrets", want: Oppfylt, helhet: Oppfylt, versjon: "midlertidig-lonnstilskudd-v20160101"},
	{id: "tf-9-3-v20160101", navn: "beholde: ansatt, tolv måneder sykmeldt, nedsatt", kode: midlL, fakta: grunnMed(vansker(nei), ansatt(ja)), dato: jun2018, vilkar: "tf-9-3-v20160101.personkrets", want: Oppfylt},
	{id: "tf-9-3-v20160101", navn: "beholde uten tolv måneders sykefravær", kode: midlL, fakta: grunnMed(vansker(nei), ansatt(ja), syk12(nei)), dato: jun2018, vilkar: "tf-9-3-v20160101.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-9-3-v20160101", navn: "beholde, sykefraværet ikke oppgitt", kode: midlL, fakta: grunnMed(vansker(nei), ansatt(ja), ukjent(tiltak.FaktumSykefravaer12Mnd)), dato: jun2018, vilkar: "tf-9-3-v20160101.personkrets", want: MaVurderes, mangler: mangler(tiltak.FaktumSykefravaer12Mnd)},
	{id: "tf-9-3-v20160101", navn: "behovsvurdering gjennomført", kode: midlL, fakta: grunnMed(), dato: jun2018, vilkar: "tf-9-3-v20160101.behovsvurdering", want: Oppfylt},
	{id: "tf-9-3-v20160101", navn: "behovsvurdering ikke gjennomført", kode: midlL, fakta: grunnMed(svar(tiltak.FaktumBehovsvurderingGjennomfort, nei)), dato: jun2018, vilkar: "tf-9-3-v20160101.behovsvurdering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-9-3-v20160101", navn: "behovsvurdering ikke oppgitt", kode: midlL, fakta: grunnMed(ukjent(tiltak.FaktumBehovsvurderingGjennomfort)), dato: jun2018, vilkar: "tf-9-3-v20160101.behovsvurdering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovsvurderingGjennomfort)},
	// § 9-3 fra 1. juli 2019: nytt tredje ledd om vurdert bistandsbehov.
	{id: "tf-9-3-v20190701", navn: "ansette: vansker", kode: midlL, fakta: grunnMed(), dato: jan2020, vilkar: "tf-9-3-v20190701.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-9-3-v20190701", navn: "verken vansker eller ansatt", kode: midlL, fakta: grunnMed(vansker(nei)), dato: jan2020, vilkar: "tf-9-3-v20190701.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-9-3-v20190701", navn: "ansatt og sykmeldt i tolv måneder, arbeidsevnen ikke vurdert", kode: midlL, fakta: grunnMed(vansker(nei), ansatt(ja), evne(tiltak.ArbeidsevneUkjent)), dato: jan2020, vilkar: "tf-9-3-v20190701.personkrets", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-9-3-v20190701", navn: "vurdert bistandsbehov", kode: midlL, fakta: grunnMed(), dato: sep2025, vilkar: "tf-9-3-v20190701.vurdert-bistandsbehov", want: Oppfylt},
	{id: "tf-9-3-v20190701", navn: "vurdert uten bistandsbehov", kode: midlL, fakta: grunnMed(svar(tiltak.FaktumBistandsbehovFastslatt, nei)), dato: sep2025, vilkar: "tf-9-3-v20190701.vurdert-bistandsbehov", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-9-3-v20190701", navn: "bistandsbehovet ikke oppgitt", kode: midlL, fakta: grunnMed(ukjent(tiltak.FaktumBistandsbehovFastslatt)), dato: sep2025, vilkar: "tf-9-3-v20190701.vurdert-bistandsbehov", want: MaVurderes, mangler: mangler(tiltak.FaktumBistandsbehovFastslatt)},
	// Varighet: tre år (2016, § 9-6) og to år (fra 2019, § 9-4) ved nedsatt arbeidsevne.
	{id: "tf-9-6-v20160101", navn: "varighet 2016: nedsatt arbeidsevne", kode: midlL, fakta: grunnMed(), dato: jun2018, vilkar: "tf-9-6-v20160101.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-9-6-v20160101", navn: "varighet 2016: arbeidsevnen ikke nedsatt", kode: midlL, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: d(2019, 6, 30), vilkar: "tf-9-6-v20160101.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-9-6-v20160101", navn: "varighet 2016: arbeidsevnen ikke vurdert", kode: midlL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jun2018, vilkar: "tf-9-6-v20160101.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-9-4-v20190701", navn: "varighet 2019: nedsatt arbeidsevne", kode: midlL, fakta: grunnMed(), dato: d(2019, 7, 1), vilkar: "tf-9-4-v20190701.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-9-4-v20190701", navn: "varighet 2019: arbeidsevnen ikke nedsatt", kode: midlL, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-9-4-v20190701.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-9-4-v20190701", navn: "varighet 2019: arbeidsevnen ikke vurdert", kode: midlL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-9-4-v20190701.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	// Satsene i § 9-5: høyere sats (75 prosent i 2016, 60 fra 2019) ved nedsatt arbeidsevne.
	{id: "tf-9-5-v20160101", navn: "sats 2016: nedsatt arbeidsevne", kode: midlL, fakta: grunnMed(), dato: jun2018, vilkar: "tf-9-5-v20160101.sats-nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-9-5-v20160101", navn: "sats 2016: arbeidsevnen ikke nedsatt", kode: midlL, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: jun2018, vilkar: "tf-9-5-v20160101.sats-nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-9-5-v20160101", navn: "sats 2016: arbeidsevnen ikke vurdert", kode: midlL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: d(2019, 6, 30), vilkar: "tf-9-5-v20160101.sats-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-9-5-v20190701", navn: "sats 2019: nedsatt arbeidsevne", kode: midlL, fakta: grunnMed(), dato: d(2019, 7, 1), vilkar: "tf-9-5-v20190701.sats-nedsatt-arbeidsevne", want: Oppfylt},
	{id: "tf-9-5-v20190701", navn: "sats 2019: arbeidsevnen ikke nedsatt", kode: midlL, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-9-5-v20190701.sats-nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "tf-9-5-v20190701", navn: "sats 2019: arbeidsevnen ikke vurdert", kode: midlL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-9-5-v20190701.sats-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 10-3 (2016): varig og vesentlig nedsatt arbeidsevne; en som allerede
	// er ansatt bare etter tolv måneders sykmelding.
	{id: "tf-10-3-v20160101", navn: "varig og vesentlig nedsatt", kode: varL, fakta: grunnMed(varigEvne), dato: jun2016, vilkar: "tf-10-3-v20160101.varig-nedsatt-arbeidsevne", want: Oppfylt, helhet: Oppfylt, versjon: "varig-lonnstilskudd-v20160101"},
	{id: "tf-10-3-v20160101", navn: "bare nedsatt", kode: varL, fakta: grunnMed(), dato: jun2016, vilkar: "tf-10-3-v20160101.varig-nedsatt-arbeidsevne", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-3-v20160101", navn: "arbeidsevnen ikke vurdert", kode: varL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jun2016, vilkar: "tf-10-3-v20160101.varig-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-10-3-v20160101", navn: "ansettes (ikke ansatt fra før)", kode: varL, fakta: grunnMed(varigEvne, syk12(nei)), dato: jun2016, vilkar: "tf-10-3-v20160101.beholde-etter-sykefravaer", want: Oppfylt},
	{id: "tf-10-3-v20160101", navn: "ansatt uten tolv måneders sykmelding", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), syk12(nei)), dato: jun2016, vilkar: "tf-10-3-v20160101.beholde-etter-sykefravaer", want: IkkeOppfylt},
	{id: "tf-10-3-v20160101", navn: "ansatt, sykmeldingen ikke oppgitt", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), ukjent(tiltak.FaktumSykefravaer12Mnd)), dato: jun2016, vilkar: "tf-10-3-v20160101.beholde-etter-sykefravaer", want: MaVurderes, mangler: mangler(tiltak.FaktumSykefravaer12Mnd)},
	{id: "tf-10-3-v20160101", navn: "ansettelse ukjent, men sykmeldt i tolv måneder", kode: varL, fakta: grunnMed(varigEvne, ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: jun2016, vilkar: "tf-10-3-v20160101.beholde-etter-sykefravaer", want: Oppfylt},
	// § 10-3 fra 2018: unntak fra tolv måneders sykmelding ved gradvis
	// svekket arbeidsevne, og tilretteleggingsplikten må være oppfylt.
	{id: "tf-10-3-v20180101", navn: "varig og vesentlig nedsatt", kode: varL, fakta: grunnMed(varigEvne), dato: sep2025, vilkar: "tf-10-3-v20180101.varig-nedsatt-arbeidsevne", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-10-3-v20180101", navn: "bare nedsatt", kode: varL, fakta: grunnMed(), dato: sep2025, vilkar: "tf-10-3-v20180101.varig-nedsatt-arbeidsevne", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-3-v20180101", navn: "arbeidsevnen ikke vurdert", kode: varL, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-10-3-v20180101.varig-nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "tf-10-3-v20180101", navn: "ansatt, gradvis svekket arbeidsevne uten sykmelding", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), syk12(nei), svar(tiltak.FaktumGradvisSvekketArbeidsevne, ja)), dato: sep2025, vilkar: "tf-10-3-v20180101.beholde-etter-sykefravaer", want: Oppfylt},
	{id: "tf-10-3-v20180101", navn: "ansatt og sykmeldt, tilretteleggingsplikten ikke oppfylt", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), svar(tiltak.FaktumTilretteleggingspliktOppfylt, nei)), dato: sep2025, vilkar: "tf-10-3-v20180101.beholde-etter-sykefravaer", want: IkkeOppfylt},
	{id: "tf-10-3-v20180101", navn: "ansatt uten sykmelding, sykdomsforløpet ikke oppgitt", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), syk12(nei)), dato: sep2025, vilkar: "tf-10-3-v20180101.beholde-etter-sykefravaer", want: MaVurderes, mangler: mangler(tiltak.FaktumGradvisSvekketArbeidsevne)},
	// § 10-4.
	{id: "tf-10-4-v20160101", navn: "helsemessige eller sosiale årsaker", kode: varL, fakta: grunnMed(varigEvne), dato: sep2025, vilkar: "tf-10-4-v20160101.helse-eller-sosiale-arsaker", want: Oppfylt},
	{id: "tf-10-4-v20160101", navn: "andre årsaker", kode: varL, fakta: grunnMed(varigEvne, svar(tiltak.FaktumHelseEllerSosialeArsaker, nei)), dato: sep2025, vilkar: "tf-10-4-v20160101.helse-eller-sosiale-arsaker", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-4-v20160101", navn: "årsaken ikke oppgitt", kode: varL, fakta: grunnMed(varigEvne, ukjent(tiltak.FaktumHelseEllerSosialeArsaker)), dato: jun2016, vilkar: "tf-10-4-v20160101.helse-eller-sosiale-arsaker", want: MaVurderes, mangler: mangler(tiltak.FaktumHelseEllerSosialeArsaker)},
	{id: "tf-10-4-v20160101", navn: "arbeidsevnevurdering med behov for varig tiltak", kode: varL, fakta: grunnMed(varigEvne), dato: sep2025, vilkar: "tf-10-4-v20160101.arbeidsevnevurdering", want: Oppfylt},
	{id: "tf-10-4-v20160101", navn: "ingen slik arbeidsevnevurdering", kode: varL, fakta: grunnMed(varigEvne, svar(tiltak.FaktumArbeidsevnevurderingVarigTiltak, nei)), dato: sep2025, vilkar: "tf-10-4-v20160101.arbeidsevnevurdering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-4-v20160101", navn: "arbeidsevnevurderingen ikke oppgitt", kode: varL, fakta: grunnMed(varigEvne, ukjent(tiltak.FaktumArbeidsevnevurderingVarigTiltak)), dato: sep2025, vilkar: "tf-10-4-v20160101.arbeidsevnevurdering", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevnevurderingVarigTiltak)},
	{id: "tf-10-4-v20160101", navn: "tidsbegrensede tiltak prøvd", kode: varL, fakta: grunnMed(varigEvne), dato: sep2025, vilkar: "tf-10-4-v20160101.tidsbegrensede-tiltak-forsokt", want: Oppfylt},
	{id: "tf-10-4-v20160101", navn: "tidsbegrensede tiltak ikke prøvd", kode: varL, fakta: grunnMed(varigEvne, svar(tiltak.FaktumTidsbegrensedeTiltakForsokt, nei)), dato: sep2025, vilkar: "tf-10-4-v20160101.tidsbegrensede-tiltak-forsokt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-4-v20160101", navn: "skjønnet ikke tatt", kode: varL, fakta: grunnMed(varigEvne, ukjent(tiltak.FaktumTidsbegrensedeTiltakForsokt)), dato: sep2025, vilkar: "tf-10-4-v20160101.tidsbegrensede-tiltak-forsokt", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumTidsbegrensedeTiltakForsokt)},
	// § 10-5 første ledd: tilretteleggingsplikten for en som allerede er ansatt.
	{id: "tf-10-5-v20160101", navn: "ikke ansatt fra før", kode: varL, fakta: grunnMed(varigEvne, svar(tiltak.FaktumTilretteleggingspliktOppfylt, nei)), dato: sep2025, vilkar: "tf-10-5-v20160101.tilretteleggingsplikt", want: Oppfylt},
	{id: "tf-10-5-v20160101", navn: "ansatt, tilretteleggingsplikten ikke oppfylt", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), svar(tiltak.FaktumTilretteleggingspliktOppfylt, nei)), dato: sep2025, vilkar: "tf-10-5-v20160101.tilretteleggingsplikt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-10-5-v20160101", navn: "ansatt, tilretteleggingsplikten ikke oppgitt", kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), ukjent(tiltak.FaktumTilretteleggingspliktOppfylt)), dato: sep2025, vilkar: "tf-10-5-v20160101.tilretteleggingsplikt", want: MaVurderes, mangler: mangler(tiltak.FaktumTilretteleggingspliktOppfylt)},
}, grenseRader(
	// Kapittel 8 opphevet 1. januar 2020 (FOR-2019-12-12-1765).
	grense{kode: bioK, fakta: grunnMed(bioFakta...), nyDag: d(2020, 1, 1), forRS: "bedriftsintern-opplaering-v20160101", etterRS: "bedriftsintern-opplaering-v20200101",
		forV: "tf-8-1-v20160101.bedrift-i-omstilling", etterV: "tf-8-3-v20200101.ikke-i-kraft.bedriftsintern-opplaering", forU: Oppfylt, etterU: IkkeOppfylt, hva: "kapittel 8 opphevet"},
	grense{kode: sj, fakta: grunnMed(født(2000, 1, 1)), nyDag: d(2020, 1, 1), forRS: "sommerjobb-v20160101", etterRS: "sommerjobb-v20200101",
		forV: "tf-8-2-v20160101.ikke-i-kraft.sommerjobb", etterV: "tf-8-2-v20200101.ikke-i-kraft.sommerjobb", forU: IkkeOppfylt, etterU: IkkeOppfylt, hva: "kapittel 8 opphevet"},
	// Nytt kapittel 8 (sommerjobb) 22. april 2021 (FOR-2021-04-22-1229).
	grense{kode: sj, fakta: grunnMed(født(2000, 1, 1)), nyDag: d(2021, 4, 22), forRS: "sommerjobb-v20200101", etterRS: "sommerjobb-v20210422",
		forV: "tf-8-2-v20200101.ikke-i-kraft.sommerjobb", etterV: "tf-8-3-v20210422.under-30", forU: IkkeOppfylt, etterU: Oppfylt, hva: "tilskudd til sommerjobb"},
	grense{kode: bioK, fakta: grunnMed(bioFakta...), nyDag: d(2021, 4, 22), forRS: "bedriftsintern-opplaering-v20200101", etterRS: "bedriftsintern-opplaering-v20210422",
		forV: "tf-8-3-v20200101.ikke-i-kraft.bedriftsintern-opplaering", etterV: "tf-8-3-v20210422.ikke-i-kraft.bedriftsintern-opplaering", forU: IkkeOppfylt, etterU: IkkeOppfylt, hva: "kapittel 8 om sommerjobb"},
	// Kapittel 9 erstattet 1. juli 2019 (FOR-2019-05-09-597).
	grense{kode: midlL, fakta: grunnMed(), nyDag: d(2019, 7, 1), forRS: "midlertidig-lonnstilskudd-v20160101", etterRS: "midlertidig-lonnstilskudd-v20190701",
		forV: "tf-9-3-v20160101.personkrets", etterV: "tf-9-3-v20190701.personkrets", forU: Oppfylt, etterU: Oppfylt, hva: "nytt kapittel 9"},
	// § 10-3 endret 1. januar 2018 (FOR-2017-11-05-1943): en ansatt uten tolv
	// måneders sykmelding, men med gradvis svekket arbeidsevne, får nå tiltaket.
	grense{kode: varL, fakta: grunnMed(varigEvne, ansatt(ja), syk12(nei), svar(tiltak.FaktumGradvisSvekketArbeidsevne, ja)), nyDag: d(2018, 1, 1), forRS: "varig-lonnstilskudd-v20160101", etterRS: "varig-lonnstilskudd-v20180101",
		forV: "tf-10-3-v20160101.beholde-etter-sykefravaer", etterV: "tf-10-3-v20180101.beholde-etter-sykefravaer", forU: IkkeOppfylt, etterU: Oppfylt, hva: "§ 10-3 andre ledd med gradvis svekket arbeidsevne"},
)...)

func TestTF08til10(t *testing.T) { kjorRader(t, raderTF08til10) }
