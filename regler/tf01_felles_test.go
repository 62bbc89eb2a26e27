package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 1 (tf01_felles.go): § 1-3 første og tredje
// ledd, § 1-6 tredje ledd, § 1-8 og § 1-13.

const (
	vNodvendig  = "tf-1-3-l1-v20160101.nodvendig-og-hensiktsmessig"
	vAlder2016  = "tf-1-3-l3-v20160101.alder-16"
	vAlder2025  = "tf-1-3-l3-v20250801.alder-16"
	vAlderUnnt  = "tf-1-3-l3-v20250801.alder-16-eller-7-3-unntak"
	vNaerst     = "tf-1-6-v20160101.ikke-naerstaende"
	vArbtaker   = "tf-1-8-v20160101.arbeidstaker"
	vVansk2016  = "tf-1-13-v20160101.ikke-foretak-i-vansker"
	vVansk2026  = "tf-1-13-v20260329.ikke-foretak-i-vansker"
	idNodvendig = "tf-1-3-l1-v20160101"
	idAlder2016 = "tf-1-3-l3-v20160101"
	idAlder2025 = "tf-1-3-l3-v20250801"
)

var sep2025 = d(2025, 9, 1)

var raderTF01 = append([]rad{
	// § 1-3 første ledd: nødvendig og hensiktsmessig er skjønn, oppgitt som faktum.
	{id: idNodvendig, navn: "skjønnet er ja", kode: tiltak.Avklaring, fakta: grunnMed(), dato: sep2025, vilkar: vNodvendig, want: Oppfylt, helhet: Oppfylt},
	{id: idNodvendig, navn: "skjønnet er nei", kode: tiltak.Avklaring, fakta: grunnMed(svar(tiltak.FaktumNodvendigOgHensiktsmessig, nei)), dato: sep2025, vilkar: vNodvendig, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: idNodvendig, navn: "skjønnet er ikke tatt", kode: tiltak.Avklaring, fakta: grunnMed(ukjent(tiltak.FaktumNodvendigOgHensiktsmessig)), dato: sep2025, vilkar: vNodvendig, want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumNodvendigOgHensiktsmessig)},
	{id: idNodvendig, navn: "første dag tiltaksforskriften gjelder", kode: tiltak.Oppfolging, fakta: grunnMed(), dato: d(2016, 1, 1), vilkar: vNodvendig, want: Oppfylt, helhet: Oppfylt, versjon: "oppfolging-v20160101"},

	// § 1-3 tredje ledd, 2016-ordlyden: fylt 16 år. Født 10. mai 2009:
	// 16-årsdagen er 10. mai 2025.
	{id: idAlder2016, navn: "dagen før 16-årsdagen", kode: tiltak.Avklaring, fakta: grunnMed(født(2009, 5, 10)), dato: d(2025, 5, 9), vilkar: vAlder2016, want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "avklaring-v20160101"},
	{id: idAlder2016, navn: "16-årsdagen", kode: tiltak.Avklaring, fakta: grunnMed(født(2009, 5, 10)), dato: d(2025, 5, 10), vilkar: vAlder2016, want: Oppfylt, helhet: Oppfylt},
	// Født 29. februar 2008: 16-årsdagen faller på 29. februar 2024 (skuddår).
	{id: idAlder2016, navn: "29. februar-født, 28. februar i skuddåret", kode: tiltak.Oppfolging, fakta: grunnMed(født(2008, 2, 29)), dato: d(2024, 2, 28), vilkar: vAlder2016, want: IkkeOppfylt},
	{id: idAlder2016, navn: "29. februar-født, 16-årsdagen 29. februar", kode: tiltak.Oppfolging, fakta: grunnMed(født(2008, 2, 29)), dato: d(2024, 2, 29), vilkar: vAlder2016, want: Oppfylt},
	{id: idAlder2016, navn: "fødselsdato ukjent", kode: tiltak.Avklaring, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: d(2024, 1, 1), vilkar: vAlder2016, want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// § 1-3 tredje ledd fra 1. august 2025 («andre aldersgrenser»). Født
	// 2. mars 2010: 16-årsdagen er 2. mars 2026.
	{id: idAlder2025, navn: "dagen før 16-årsdagen", kode: tiltak.Oppfolging, fakta: grunnMed(født(2010, 3, 2)), dato: d(2026, 3, 1), vilkar: vAlder2025, want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "oppfolging-v20250801"},
	{id: idAlder2025, navn: "16-årsdagen", kode: tiltak.Oppfolging, fakta: grunnMed(født(2010, 3, 2)), dato: d(2026, 3, 2), vilkar: vAlder2025, want: Oppfylt, helhet: Oppfylt},
	{id: idAlder2025, navn: "fødselsdato ukjent", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: vAlder2025, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	// Unntaket for fag- og yrkesopplæring (§ 7-3 tredje ledd): fylt 16 år,
	// eller fyller 16 år i kalenderåret og har sammensatt bistandsbehov.
	// Født 31. desember 2010: fyller 16 i 2026, fyller 15 i 2025.
	{id: idAlder2025, navn: "unntaket: 31. desember i året personen fyller 15", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 12, 31)), dato: d(2025, 12, 31), vilkar: vAlderUnnt, want: IkkeOppfylt, versjon: "opplaering-fag-og-yrke-v20250801"},
	{id: idAlder2025, navn: "unntaket: 1. januar i året personen fyller 16, sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 12, 31)), dato: d(2026, 1, 1), vilkar: vAlderUnnt, want: Oppfylt},
	{id: idAlder2025, navn: "unntaket: 1. januar, uten sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 12, 31), svar(tiltak.FaktumSammensattBistandsbehov, nei)), dato: d(2026, 1, 1), vilkar: vAlderUnnt, want: IkkeOppfylt},
	{id: idAlder2025, navn: "unntaket: 16-årsdagen uten sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 12, 31), svar(tiltak.FaktumSammensattBistandsbehov, nei)), dato: d(2026, 12, 31), vilkar: vAlderUnnt, want: Oppfylt},
	{id: idAlder2025, navn: "unntaket: sammensatt bistandsbehov ukjent", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 12, 31), ukjent(tiltak.FaktumSammensattBistandsbehov)), dato: d(2026, 1, 1), vilkar: vAlderUnnt, want: MaVurderes, mangler: mangler(tiltak.FaktumSammensattBistandsbehov)},
	{id: idAlder2025, navn: "unntaket: fødselsdato ukjent", kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: d(2026, 1, 1), vilkar: vAlderUnnt, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// § 1-6 tredje ledd: ikke tilskudd for nærstående uten særlige grunner.
	{id: "tf-1-6-v20160101", navn: "ikke nærstående", kode: tiltak.Mentor, fakta: grunnMed(), dato: sep2025, vilkar: vNaerst, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-1-6-v20160101", navn: "nærstående uten særlige grunner", kode: tiltak.MidlertidigLonnstilskudd, fakta: grunnMed(svar(tiltak.FaktumNaerstaendeAvArrangor, ja), svar(tiltak.FaktumSaerligeGrunnerNaerstaende, nei)), dato: sep2025, vilkar: vNaerst, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-1-6-v20160101", navn: "nærstående med særlige grunner", kode: tiltak.VTA, fakta: grunnMed(svar(tiltak.FaktumNaerstaendeAvArrangor, ja), svar(tiltak.FaktumSaerligeGrunnerNaerstaende, ja)), dato: sep2025, vilkar: vNaerst, want: Oppfylt},
	{id: "tf-1-6-v20160101", navn: "nærstående, særlige grunner ukjent", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumNaerstaendeAvArrangor, ja)), dato: sep2025, vilkar: vNaerst, want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligeGrunnerNaerstaende)},
	{id: "tf-1-6-v20160101", navn: "ingenting oppgitt", kode: tiltak.Inkluderingstilskudd, fakta: grunnMed(ukjent(tiltak.FaktumNaerstaendeAvArrangor)), dato: sep2025, vilkar: vNaerst, want: MaVurderes, mangler: mangler(tiltak.FaktumNaerstaendeAvArrangor, tiltak.FaktumSaerligeGrunnerNaerstaende)},
	// § 1-6 gjelder tiltak med tilskudd til arrangøren, ikke avklaring.
	{id: "tf-1-6-v20160101", navn: "første dag for funksjonsassistanse", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), dato: d(2016, 1, 1), vilkar: vNaerst, want: Oppfylt, helhet: Oppfylt, versjon: "funksjonsassistanse-v20160101"},

	// § 1-8: arbeidstakere. Ikke arbeidstaker: oppfylt uten mer.
	{id: "tf-1-8-v20160101", navn: "ikke arbeidstaker", kode: tiltak.Avklaring, fakta: grunnMed(), dato: sep2025, vilkar: vArbtaker, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-1-8-v20160101", navn: "arbeidstaker uten nedsatt arbeidsevne, tilrettelegging oppfylt", kode: tiltak.Avklaring, fakta: grunnMed(svar(tiltak.FaktumArbeidstaker, ja), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: vArbtaker, want: Oppfylt},
	{id: "tf-1-8-v20160101", navn: "arbeidstaker, tilretteleggingsplikten ikke oppfylt", kode: tiltak.Oppfolging, fakta: grunnMed(svar(tiltak.FaktumArbeidstaker, ja), svar(tiltak.FaktumTilretteleggingspliktOppfylt, nei)), dato: sep2025, vilkar: vArbtaker, want: IkkeOppfylt, helhet: IkkeOppfylt},
	// Nedsatt arbeidsevne: oppfølgingsplan og bedriftsinterne tiltak må også være på plass.
	{id: "tf-1-8-v20160101", navn: "arbeidstaker med nedsatt arbeidsevne, plan og bedriftsinterne tiltak ukjent", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(svar(tiltak.FaktumArbeidstaker, ja)), dato: sep2025, vilkar: vArbtaker, want: MaVurderes, mangler: mangler(tiltak.FaktumOppfolgingsplanInnhentet, tiltak.FaktumBedriftsinterneTiltakProvd)},
	{id: "tf-1-8-v20160101", navn: "arbeidstaker med nedsatt arbeidsevne, bedriftsinterne tiltak ikke prøvd", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(svar(tiltak.FaktumArbeidstaker, ja), svar(tiltak.FaktumOppfolgingsplanInnhentet, ja), svar(tiltak.FaktumBedriftsinterneTiltakProvd, nei)), dato: sep2025, vilkar: vArbtaker, want: IkkeOppfylt},
	// Sykmeldt regnes som arbeidstaker; med plan og prøvde tiltak er kravene oppfylt.
	{id: "tf-1-8-v20160101", navn: "sykmeldt med plan og prøvde bedriftsinterne tiltak", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(svar(tiltak.FaktumSykmeldt, ja), svar(tiltak.FaktumOppfolgingsplanInnhentet, ja), svar(tiltak.FaktumBedriftsinterneTiltakProvd, ja)), dato: sep2025, vilkar: vArbtaker, want: Oppfylt, helhet: Oppfylt},
	// Ukjent om arbeidstaker: avgjort oppfylt når kravene likevel er oppfylt,
	// må vurderes når de ikke er det.
	{id: "tf-1-8-v20160101", navn: "ukjent om arbeidstaker, kravene oppfylt", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumArbeidstaker), svar(tiltak.FaktumOppfolgingsplanInnhentet, ja), svar(tiltak.FaktumBedriftsinterneTiltakProvd, ja)), dato: sep2025, vilkar: vArbtaker, want: Oppfylt},
	{id: "tf-1-8-v20160101", navn: "ukjent om arbeidstaker, tilretteleggingsplikten ikke oppfylt", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumArbeidstaker), svar(tiltak.FaktumTilretteleggingspliktOppfylt, nei), svar(tiltak.FaktumOppfolgingsplanInnhentet, ja), svar(tiltak.FaktumBedriftsinterneTiltakProvd, ja)), dato: sep2025, vilkar: vArbtaker, want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidstaker)},

	// § 1-13 andre ledd: foretak i vanskeligheter (funksjonsassistanse og
	// bedriftsintern opplæring). Ny versjon 29. mars 2026.
	{id: "tf-1-13-v20160101", navn: "ikke i vanskeligheter", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), dato: sep2025, vilkar: vVansk2016, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-1-13-v20160101", navn: "foretak i vanskeligheter", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(svar(tiltak.FaktumForetakIVansker, ja)), dato: sep2025, vilkar: vVansk2016, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-1-13-v20160101", navn: "utestående tilbakebetalingskrav", kode: tiltak.BedriftsinternOpplaering, fakta: grunnMed(svar(tiltak.FaktumUtestaendeTilbakebetalingskrav, ja)), dato: d(2018, 1, 1), vilkar: vVansk2016, want: IkkeOppfylt},
	{id: "tf-1-13-v20160101", navn: "ukjent om foretaket er i vanskeligheter", kode: tiltak.BedriftsinternOpplaering, fakta: grunnMed(ukjent(tiltak.FaktumForetakIVansker)), dato: d(2018, 1, 1), vilkar: vVansk2016, want: MaVurderes, mangler: mangler(tiltak.FaktumForetakIVansker)},
	{id: "tf-1-13-v20260329", navn: "2026: foretak i vanskeligheter", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(svar(tiltak.FaktumForetakIVansker, ja)), dato: d(2026, 6, 1), vilkar: vVansk2026, want: IkkeOppfylt},
	{id: "tf-1-13-v20260329", navn: "2026: tilbakebetalingskrav ukjent", kode: tiltak.Funksjonsassistanse, fakta: grunnMed(ukjent(tiltak.FaktumUtestaendeTilbakebetalingskrav)), dato: d(2026, 6, 1), vilkar: vVansk2026, want: MaVurderes, mangler: mangler(tiltak.FaktumUtestaendeTilbakebetalingskrav)},
}, grenseRader(
	grense{kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), nyDag: d(2026, 3, 29), forRS: "funksjonsassistanse-v20250801", etterRS: "funksjonsassistanse-v20260329",
		forV: vVansk2016, etterV: vVansk2026, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-13 etter FOR-2026-03-29-541"},
	// § 1-3 tredje ledd byttet ordlyd 1. august 2025 for alle tiltak som
	// lister paragrafen; regelsettet skifter samme dag. Grunnfaktaene (35
	// år) oppfyller alderskravet på begge sider.
	grense{kode: tiltak.Avklaring, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "avklaring-v20160101", etterRS: "avklaring-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Arbeidstrening, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "arbeidstrening-v20230801", etterRS: "arbeidstrening-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Oppfolging, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "oppfolging-v20160101", etterRS: "oppfolging-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Jobbklubb, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "jobbklubb-v20160101", etterRS: "jobbklubb-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Funksjonsassistanse, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "funksjonsassistanse-v20160101", etterRS: "funksjonsassistanse-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Sommerjobb, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "sommerjobb-v20210422", etterRS: "sommerjobb-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.MidlertidigLonnstilskudd, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "midlertidig-lonnstilskudd-v20230801", etterRS: "midlertidig-lonnstilskudd-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.VarigLonnstilskudd, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "varig-lonnstilskudd-v20230801", etterRS: "varig-lonnstilskudd-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.Inkluderingstilskudd, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "inkluderingstilskudd-v20230801", etterRS: "inkluderingstilskudd-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "arbeidsrettet-rehabilitering-v20160101", etterRS: "arbeidsrettet-rehabilitering-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.AFT, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "aft-v20161001", etterRS: "aft-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.VTA, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "vta-v20160101", etterRS: "vta-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	grense{kode: tiltak.VTAO, fakta: grunnMed(), nyDag: d(2025, 8, 1), forRS: "vtao-v20160101", etterRS: "vtao-v20250801", forV: vAlder2016, etterV: vAlder2025, forU: Oppfylt, etterU: Oppfylt, hva: "§ 1-3 fra 2025"},
	// Fag- og yrkesopplæring får unntaksvilkåret i stedet for alder-16.
	// Født 1. mars 2010: 15 år 31. juli 2025, fyller 16 i 2026, så
	// unntaket slår ikke til i 2025 (sammensatt bistandsbehov er ja).
	grense{kode: tiltak.OpplaeringFagOgYrke, fakta: grunnMed(født(2010, 3, 1)), nyDag: d(2025, 8, 1), forRS: "opplaering-fag-og-yrke-v20250701", etterRS: "opplaering-fag-og-yrke-v20250801",
		forV: vAlder2016, etterV: vAlderUnnt, forU: IkkeOppfylt, etterU: IkkeOppfylt, hva: "unntaket i § 1-3 og § 7-3 tredje ledd"},
)...)

func TestTF01Felles(t *testing.T) { kjorRader(t, raderTF01) }

// Lesespørsmål: fireårig lønnstilskudd har sin egen forskrift, men § 11 der
// sier at tiltaksforskriften kapittel 1 gjelder «så langt det passer». § 1-3
// første ledd (nødvendig og hensiktsmessig) passer for et lønnstilskudd som
// ethvert annet, så vilkåret står i regelsettet for forsøket og kan avgjøre
// utfallet alene.
func TestLesingTF13GjelderFirearigEtterFir11(t *testing.T) {
	rs, err := Gjeldende(tiltak.FirearigLonnstilskudd, d(2026, 8, 1))
	if err != nil {
		t.Fatal(err)
	}
	var har bool
	for _, v := range rs.Vilkar() {
		har = har || v.ID() == vNodvendig
	}
	if !har {
		t.Fatalf("%s har ikke %s", rs.ID(), vNodvendig)
	}
	f := grunnMed(født(2000, 1, 1), svar(tiltak.FaktumNodvendigOgHensiktsmessig, nei))
	r, err := Vurder(tiltak.FirearigLonnstilskudd, &f, d(2026, 8, 1))
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := finnPunkt(r, vNodvendig); !ok || p.Utfall() != IkkeOppfylt || r.Utfall != IkkeOppfylt {
		t.Errorf("ikke nødvendig og hensiktsmessig: %v; spor:\n%s", r.Utfall, sporTekst(r))
	}
	f.NodvendigOgHensiktsmessig = ja
	if r, _ := Vurder(tiltak.FirearigLonnstilskudd, &f, d(2026, 8, 1)); r.Utfall != Oppfylt {
		t.Errorf("med ja på skjønnet: %v; spor:\n%s", r.Utfall, sporTekst(r))
	}
	// Paragrafen som sier det, står i lovlaget uten egne vilkår.
	pv, ok := FinnParagrafversjon("fir-11-v20260801")
	if !ok || pv.Paragraf().Kilde() != tiltak.Firearigforskriften || len(pv.Vilkar()) != 0 {
		t.Errorf("fir-11-v20260801: %v %+v", ok, pv)
	}
}
