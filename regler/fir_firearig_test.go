package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Forsøk med fireårig lønnstilskudd for unge (fir_firearig.go), i kraft
// 1. august 2026 til utgangen av 2032.

const firK = tiltak.FirearigLonnstilskudd

var (
	firDag = d(2026, 9, 1)
	ung    = født(2000, 1, 1)
)

var raderFirearig = append([]rad{
	// § 2: NAV-kontoret må være med i forsøket.
	{id: "fir-2-v20260801", navn: "NAV-kontoret er med", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-2-v20260801.nav-kontor-i-forsoket", want: Oppfylt, helhet: Oppfylt},
	{id: "fir-2-v20260801", navn: "NAV-kontoret er ikke med", kode: firK, fakta: grunnMed(ung, svar(tiltak.FaktumNavKontorIForsok, nei)), dato: firDag, vilkar: "fir-2-v20260801.nav-kontor-i-forsoket", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-2-v20260801", navn: "ikke oppgitt", kode: firK, fakta: grunnMed(ung, ukjent(tiltak.FaktumNavKontorIForsok)), dato: firDag, vilkar: "fir-2-v20260801.nav-kontor-i-forsoket", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumNavKontorIForsok)},
	// § 4: ikke fylt 30 år ved tildelingen (vurderingsdatoen). Født 2. august
	// 1996: 30 år 2. august 2026.
	{id: "fir-4-v20260801", navn: "dagen før 30-årsdagen", kode: firK, fakta: grunnMed(født(1996, 8, 2)), dato: d(2026, 8, 1), vilkar: "fir-4-v20260801.under-30-ved-tildeling", want: Oppfylt, helhet: Oppfylt},
	{id: "fir-4-v20260801", navn: "30-årsdagen", kode: firK, fakta: grunnMed(født(1996, 8, 2)), dato: d(2026, 8, 2), vilkar: "fir-4-v20260801.under-30-ved-tildeling", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "fødselsdato ukjent", kode: firK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: firDag, vilkar: "fir-4-v20260801.under-30-ved-tildeling", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	// NAVs praksis slipper gjennom den som fyller 30 på oppstartsdagen og
	// erstatter da forskriftens vilkår. Født 1. august 1996.
	{id: "fir-4-v20260801", navn: "med praksis: 30-årsdagen er erstattet", kode: firK, fakta: grunnMed(født(1996, 8, 1)), dato: d(2026, 8, 1), valg: medPraksis(tiltak.Dato{}), vilkar: "fir-4-v20260801.under-30-ved-tildeling", want: IkkeOppfylt, helhet: Oppfylt, erstatt: true},
	{id: "praksis-alder-oppstart-v20160101", navn: "med praksis: fyller 30 på oppstartsdagen", kode: firK, fakta: grunnMed(født(1996, 8, 1)), dato: d(2026, 8, 1), valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: Oppfylt},
	{id: "fir-4-v20260801", navn: "nedsatt arbeidsevne av helsemessige eller sosiale grunner", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-4-v20260801.nedsatt-arbeidsevne-helse-eller-sosialt", want: Oppfylt},
	{id: "fir-4-v20260801", navn: "arbeidsevnen ikke nedsatt", kode: firK, fakta: grunnMed(ung, evne(tiltak.IkkeNedsattArbeidsevne)), dato: firDag, vilkar: "fir-4-v20260801.nedsatt-arbeidsevne-helse-eller-sosialt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "andre årsaker", kode: firK, fakta: grunnMed(ung, svar(tiltak.FaktumHelseEllerSosialeArsaker, nei)), dato: firDag, vilkar: "fir-4-v20260801.nedsatt-arbeidsevne-helse-eller-sosialt", want: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "årsaken ikke oppgitt", kode: firK, fakta: grunnMed(ung, ukjent(tiltak.FaktumHelseEllerSosialeArsaker)), dato: firDag, vilkar: "fir-4-v20260801.nedsatt-arbeidsevne-helse-eller-sosialt", want: MaVurderes, mangler: mangler(tiltak.FaktumHelseEllerSosialeArsaker)},
	{id: "fir-4-v20260801", navn: "utfordringer med å få arbeid", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-4-v20260801.vansker-med-arbeid", want: Oppfylt},
	{id: "fir-4-v20260801", navn: "ingen utfordringer", kode: firK, fakta: grunnMed(ung, vansker(nei)), dato: firDag, vilkar: "fir-4-v20260801.vansker-med-arbeid", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "utfordringer ikke oppgitt", kode: firK, fakta: grunnMed(ung, ukjent(tiltak.FaktumVanskerMedArbeid)), dato: firDag, vilkar: "fir-4-v20260801.vansker-med-arbeid", want: MaVurderes, mangler: mangler(tiltak.FaktumVanskerMedArbeid)},
	// «Ansetter»: en ny ansettelse, ikke å beholde en ansatt.
	{id: "fir-4-v20260801", navn: "ny ansettelse", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-4-v20260801.ny-ansettelse", want: Oppfylt},
	{id: "fir-4-v20260801", navn: "allerede ansatt", kode: firK, fakta: grunnMed(ung, svar(tiltak.FaktumAnsattHosArbeidsgiver, ja)), dato: firDag, vilkar: "fir-4-v20260801.ny-ansettelse", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "ansettelse ikke oppgitt", kode: firK, fakta: grunnMed(ung, ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: firDag, vilkar: "fir-4-v20260801.ny-ansettelse", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},
	{id: "fir-4-v20260801", navn: "behovs- og arbeidsevnevurdering gjort", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-4-v20260801.behovs-og-arbeidsevnevurdering", want: Oppfylt},
	{id: "fir-4-v20260801", navn: "vurdering ikke gjort", kode: firK, fakta: grunnMed(ung, svar(tiltak.FaktumBehovsvurderingGjennomfort, nei)), dato: firDag, vilkar: "fir-4-v20260801.behovs-og-arbeidsevnevurdering", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "fir-4-v20260801", navn: "vurdering ikke oppgitt", kode: firK, fakta: grunnMed(ung, ukjent(tiltak.FaktumBehovsvurderingGjennomfort)), dato: firDag, vilkar: "fir-4-v20260801.behovs-og-arbeidsevnevurdering", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovsvurderingGjennomfort)},
	// Siste dag i forsøket og tiden etter.
	{id: "fir-4-v20260801", navn: "siste dag i forsøket", kode: firK, fakta: grunnMed(født(2010, 1, 1)), dato: d(2032, 12, 31), vilkar: "fir-4-v20260801.under-30-ved-tildeling", want: Oppfylt, helhet: Oppfylt, versjon: "firearig-lonnstilskudd-v20260801"},
	{id: "fir-12-v20260801", navn: "etter forsøket: ikke i kraft", kode: firK, fakta: grunnMed(født(2010, 1, 1)), dato: d(2040, 1, 1), vilkar: "fir-12-v20260801.ikke-lenger-i-kraft.firearig-lonnstilskudd", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "firearig-lonnstilskudd-v20330101"},
	// § 8 og § 10: en midlertidig ansettelse kan vare i inntil to år (tak).
	{id: "fir-8-v20260801", navn: "midlertidig ansettelse gir tak på to år", kode: firK, fakta: grunnMed(ung, stilling(tiltak.MidlertidigStilling)), dato: firDag, vilkar: "fir-8-v20260801.midlertidig-ansettelse", want: Oppfylt},
	{id: "fir-8-v20260801", navn: "fast ansettelse: fire år", kode: firK, fakta: grunnMed(ung, stilling(tiltak.FastStilling)), dato: firDag, vilkar: "fir-8-v20260801.midlertidig-ansettelse", want: IkkeOppfylt},
	{id: "fir-8-v20260801", navn: "stillingstypen ikke oppgitt", kode: firK, fakta: grunnMed(ung), dato: firDag, vilkar: "fir-8-v20260801.midlertidig-ansettelse", want: MaVurderes, mangler: mangler(tiltak.FaktumStillingstype)},
}, grenseRader(
	grense{kode: firK, fakta: grunnMed(ung), nyDag: d(2026, 8, 1), forRS: "firearig-lonnstilskudd-v20160101", etterRS: "firearig-lonnstilskudd-v20260801",
		forV: "fir-12-v20260801.ikke-i-kraft.firearig-lonnstilskudd", etterV: "fir-4-v20260801.under-30-ved-tildeling", forU: IkkeOppfylt, etterU: Oppfylt, hva: "forsøket"},
	grense{kode: firK, fakta: grunnMed(født(2010, 1, 1)), nyDag: d(2033, 1, 1), forRS: "firearig-lonnstilskudd-v20260801", etterRS: "firearig-lonnstilskudd-v20330101",
		forV: "fir-2-v20260801.nav-kontor-i-forsoket", etterV: "fir-12-v20260801.ikke-lenger-i-kraft.firearig-lonnstilskudd", forU: Oppfylt, etterU: IkkeOppfylt, hva: "tiden etter forsøket (§ 12)"},
)...)

func TestFirearig(t *testing.T) { kjorRader(t, raderFirearig) }
