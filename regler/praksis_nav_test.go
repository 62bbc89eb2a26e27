package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// NAVs praksis (praksis_nav.go): aldersgrenser ved sluttdato og oppstart,
// innsatsgrupper og siste oppstart for VTAO. Praksisreglene vurderes bare
// med Valg.MedPraksis.

const (
	vAlder67  = "praksis-alder-sluttdato-v20160101.alder-67"
	vAlder72  = "praksis-alder-sluttdato-v20230801.alder-72"
	vVTAO67   = "praksis-alder-67-vtao-v20160101.alder-67"
	vVeiledn  = "praksis-innsatsgruppe-v20160101.veiledning"
	vVarigIG  = "praksis-innsatsgruppe-v20160101.varig"
	vNedsIG   = "praksis-innsatsgruppe-v20160101.nedsatt"
	vOppstart = "praksis-alder-oppstart-v20160101.under-30"
	vVTAOSist = "praksis-vtao-siste-oppstart-v20160101.dato"
)

// medPraksis gir valgene med praksis og planlagt sluttdato (null: ingen).
func medPraksis(slutt tiltak.Dato) Valg { return Valg{MedPraksis: true, Sluttdato: slutt} }

var raderPraksis = append([]rad{
	// Aldersgrensen ved sluttdato: 67 år til og med juli 2023. Født
	// 10. mars 1956: 67 år 10. mars 2023.
	{id: "praksis-alder-sluttdato-v20160101", navn: "67: sluttdato dagen før 67-årsdagen", kode: tiltak.Arbeidstrening, fakta: grunnMed(født(1956, 3, 10)), dato: d(2023, 1, 1), valg: medPraksis(d(2023, 3, 9)), vilkar: vAlder67, want: Oppfylt, helhet: Oppfylt, versjon: "arbeidstrening-v20161001"},
	{id: "praksis-alder-sluttdato-v20160101", navn: "67: sluttdato på 67-årsdagen", kode: tiltak.Inkluderingstilskudd, fakta: grunnMed(født(1956, 3, 10)), dato: d(2023, 1, 1), valg: medPraksis(d(2023, 3, 10)), vilkar: vAlder67, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-alder-sluttdato-v20160101", navn: "67: fødselsdato ukjent", kode: tiltak.Mentor, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: d(2020, 1, 1), valg: medPraksis(d(2021, 1, 1)), vilkar: vAlder67, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "praksis-alder-sluttdato-v20160101", navn: "67: uten sluttdato", kode: tiltak.MidlertidigLonnstilskudd, fakta: grunnMed(), dato: d(2020, 1, 1), valg: medPraksis(tiltak.Dato{}), vilkar: vAlder67, want: MaVurderes, helhet: MaVurderes, mangler: mangler()},
	// 72 år fra 1. august 2023. Født 10. mars 1954: 72 år 10. mars 2026.
	{id: "praksis-alder-sluttdato-v20230801", navn: "72: sluttdato dagen før 72-årsdagen", kode: tiltak.Arbeidstrening, fakta: grunnMed(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 3, 9)), vilkar: vAlder72, want: Oppfylt, helhet: Oppfylt, versjon: "arbeidstrening-v20250801"},
	{id: "praksis-alder-sluttdato-v20230801", navn: "72: sluttdato på 72-årsdagen", kode: tiltak.Arbeidstrening, fakta: grunnMed(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 3, 10)), vilkar: vAlder72, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-alder-sluttdato-v20230801", navn: "72: sluttdato dagen etter 72-årsdagen", kode: tiltak.MidlertidigLonnstilskudd, fakta: grunnMed(født(1954, 3, 10)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 3, 11)), vilkar: vAlder72, want: IkkeOppfylt},
	{id: "praksis-alder-sluttdato-v20230801", navn: "72: fødselsdato ukjent", kode: tiltak.VarigLonnstilskudd, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, valg: medPraksis(d(2026, 9, 1)), vilkar: vAlder72, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	// VTAO: 67 år ved sluttdato. Født 5. mai 1959: 67 år 5. mai 2026.
	{id: "praksis-alder-67-vtao-v20160101", navn: "VTAO: sluttdato dagen før 67-årsdagen", kode: tiltak.VTAO, fakta: grunnMed(født(1959, 5, 5), innsats(tiltak.LitenMulighetTilAJobbe)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 5, 4)), vilkar: vVTAO67, want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-alder-67-vtao-v20160101", navn: "VTAO: sluttdato på 67-årsdagen", kode: tiltak.VTAO, fakta: grunnMed(født(1959, 5, 5), innsats(tiltak.LitenMulighetTilAJobbe)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 5, 5)), vilkar: vVTAO67, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-alder-67-vtao-v20160101", navn: "VTAO: fødselsdato ukjent", kode: tiltak.VTAO, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: d(2026, 1, 1), valg: medPraksis(d(2026, 5, 5)), vilkar: vVTAO67, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// Innsatsgruppene.
	{id: "praksis-innsatsgruppe-v20160101", navn: "veiledning: trenger veiledning", kode: tiltak.Arbeidstrening, fakta: grunnMed(innsats(tiltak.TrengerVeiledning)), dato: sep2025, valg: medPraksis(sep2025), vilkar: vVeiledn, want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "veiledning: gode muligheter", kode: tiltak.Sommerjobb, fakta: grunnMed(født(2000, 1, 1), innsats(tiltak.GodeMuligheter)), dato: jun2022, valg: medPraksis(jun2022), vilkar: vVeiledn, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "veiledning: ukjent", kode: tiltak.Mentor, fakta: grunnMed(innsats(tiltak.InnsatsgruppeUkjent)), dato: sep2025, valg: medPraksis(sep2025), vilkar: vVeiledn, want: MaVurderes, mangler: mangler(tiltak.FaktumInnsatsgruppe)},
	{id: "praksis-innsatsgruppe-v20160101", navn: "varig: jobbe delvis", kode: tiltak.VarigLonnstilskudd, fakta: grunnMed(varigEvne, innsats(tiltak.JobbeDelvis)), dato: sep2025, valg: medPraksis(sep2025), vilkar: vVarigIG, want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "varig: trenger veiledning gir ikke varig lønnstilskudd", kode: tiltak.VarigLonnstilskudd, fakta: grunnMed(varigEvne, innsats(tiltak.TrengerVeiledning)), dato: sep2025, valg: medPraksis(sep2025), vilkar: vVarigIG, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "varig: ukjent", kode: tiltak.VTAO, fakta: grunnMed(innsats(tiltak.InnsatsgruppeUkjent)), dato: sep2025, valg: medPraksis(sep2025), vilkar: vVarigIG, want: MaVurderes, mangler: mangler(tiltak.FaktumInnsatsgruppe)},
	{id: "praksis-innsatsgruppe-v20160101", navn: "nedsatt: trenger veiledning med nedsatt arbeidsevne", kode: tiltak.FirearigLonnstilskudd, fakta: grunnMed(født(2000, 1, 1)), dato: d(2026, 9, 1), valg: medPraksis(d(2026, 9, 1)), vilkar: vNedsIG, want: Oppfylt, helhet: Oppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "nedsatt: trenger veiledning uten nedsatt arbeidsevne", kode: tiltak.FirearigLonnstilskudd, fakta: grunnMed(født(2000, 1, 1), innsats(tiltak.TrengerVeiledning)), dato: d(2026, 9, 1), valg: medPraksis(d(2026, 9, 1)), vilkar: vNedsIG, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-innsatsgruppe-v20160101", navn: "nedsatt: ukjent", kode: tiltak.FirearigLonnstilskudd, fakta: grunnMed(født(2000, 1, 1), innsats(tiltak.InnsatsgruppeUkjent)), dato: d(2026, 9, 1), valg: medPraksis(d(2026, 9, 1)), vilkar: vNedsIG, want: MaVurderes, mangler: mangler(tiltak.FaktumInnsatsgruppe)},

	// Alder ved oppstart (sommerjobb): å fylle 30 år på oppstartsdagen er
	// greit, og regelen erstatter forskriftens «under 30 år». Født 15. juni
	// 1995: 30 år 15. juni 2025.
	{id: "praksis-alder-oppstart-v20160101", navn: "fyller 30 på oppstartsdagen", kode: tiltak.Sommerjobb, fakta: grunnMed(født(1995, 6, 15)), dato: d(2025, 6, 15), valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-8-3-v20210422", navn: "med praksis er forskriftens under 30 erstattet", kode: tiltak.Sommerjobb, fakta: grunnMed(født(1995, 6, 15)), dato: d(2025, 6, 15), valg: medPraksis(tiltak.Dato{}), vilkar: "tf-8-3-v20210422.under-30", want: IkkeOppfylt, erstatt: true},
	{id: "praksis-alder-oppstart-v20160101", navn: "fylte 30 dagen før oppstart", kode: tiltak.Sommerjobb, fakta: grunnMed(født(1995, 6, 15)), dato: d(2025, 6, 16), valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "praksis-alder-oppstart-v20160101", navn: "dagen før 16-årsdagen", kode: tiltak.Sommerjobb, fakta: grunnMed(født(2009, 6, 15)), dato: d(2025, 6, 14), valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: IkkeOppfylt},
	{id: "praksis-alder-oppstart-v20160101", navn: "16-årsdagen", kode: tiltak.Sommerjobb, fakta: grunnMed(født(2009, 6, 15)), dato: d(2025, 6, 15), valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: Oppfylt},
	{id: "praksis-alder-oppstart-v20160101", navn: "fødselsdato ukjent", kode: tiltak.Sommerjobb, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jun2022, valg: medPraksis(tiltak.Dato{}), vilkar: vOppstart, want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// Siste oppstart for VTAO: 31. august 2026 (leser bare datoen).
	{id: "praksis-vtao-siste-oppstart-v20160101", navn: "oppstart 31. august 2026", kode: tiltak.VTAO, fakta: grunnMed(innsats(tiltak.JobbeDelvis)), dato: d(2026, 8, 31), valg: medPraksis(tiltak.Dato{}), vilkar: vVTAOSist, want: Oppfylt},
	{id: "praksis-vtao-siste-oppstart-v20160101", navn: "oppstart 1. september 2026", kode: tiltak.VTAO, fakta: grunnMed(innsats(tiltak.JobbeDelvis)), dato: d(2026, 9, 1), valg: medPraksis(d(2026, 9, 1)), vilkar: vVTAOSist, want: IkkeOppfylt, helhet: IkkeOppfylt},
	// Uten praksis gjelder forskriften (nå kapittel 14A) alene.
	{id: "tf-14a-3-v20260901", navn: "uten praksis: VTAO etter kapittel 14A", kode: tiltak.VTAO, fakta: grunnMed(innsats(tiltak.JobbeDelvis)), dato: d(2026, 9, 1), vilkar: "tf-14a-3-v20260901.uforetrygd", want: Oppfylt, helhet: Oppfylt},
}, grenseRader(
	// Aldersgrensen ved sluttdato byttet fra 67 til 72 år 1. august 2023
	// (lest som første dag). Født 1. august 1956: 67 år 1. august 2023, som
	// er planlagt sluttdato på begge sider.
	grense{kode: tiltak.Arbeidstrening, fakta: grunnMed(født(1956, 8, 1)), valg: medPraksis(d(2023, 8, 1)), nyDag: d(2023, 8, 1), forRS: "arbeidstrening-v20161001", etterRS: "arbeidstrening-v20230801",
		forV: vAlder67, etterV: vAlder72, forU: IkkeOppfylt, etterU: Oppfylt, hva: "72-årsgrensen"},
	grense{kode: tiltak.Mentor, fakta: grunnMed(født(1956, 8, 1)), valg: medPraksis(d(2023, 8, 1)), nyDag: d(2023, 8, 1), forRS: "mentor-v20210422", etterRS: "mentor-v20230801",
		forV: vAlder67, etterV: vAlder72, forU: IkkeOppfylt, etterU: Oppfylt, hva: "72-årsgrensen"},
	grense{kode: tiltak.MidlertidigLonnstilskudd, fakta: grunnMed(født(1956, 8, 1)), valg: medPraksis(d(2023, 8, 1)), nyDag: d(2023, 8, 1), forRS: "midlertidig-lonnstilskudd-v20190701", etterRS: "midlertidig-lonnstilskudd-v20230801",
		forV: vAlder67, etterV: vAlder72, forU: IkkeOppfylt, etterU: Oppfylt, hva: "72-årsgrensen"},
	grense{kode: tiltak.VarigLonnstilskudd, fakta: grunnMed(født(1956, 8, 1)), valg: medPraksis(d(2023, 8, 1)), nyDag: d(2023, 8, 1), forRS: "varig-lonnstilskudd-v20180101", etterRS: "varig-lonnstilskudd-v20230801",
		forV: vAlder67, etterV: vAlder72, forU: IkkeOppfylt, etterU: Oppfylt, hva: "72-årsgrensen"},
	grense{kode: tiltak.Inkluderingstilskudd, fakta: grunnMed(født(1956, 8, 1)), valg: medPraksis(d(2023, 8, 1)), nyDag: d(2023, 8, 1), forRS: "inkluderingstilskudd-v20220901", etterRS: "inkluderingstilskudd-v20230801",
		forV: vAlder67, etterV: vAlder72, forU: IkkeOppfylt, etterU: Oppfylt, hva: "72-årsgrensen"},
)...)

func TestPraksis(t *testing.T) { kjorRader(t, raderPraksis) }

// Praksisreglene vurderes bare med MedPraksis, og en regel som leser
// sluttdatoen, sier at den mangler når den ikke er oppgitt.
func TestPraksisBareMedValg(t *testing.T) {
	f := grunnMed(født(1954, 3, 10))
	uten, err := Vurder(tiltak.Arbeidstrening, &f, sep2025)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := finnPunkt(uten, vAlder72); ok || uten.ManglerSluttdato() {
		t.Errorf("uten praksis står praksisregelen i sporet:\n%s", sporTekst(uten))
	}
	med, err := VurderMed(tiltak.Arbeidstrening, &f, sep2025, Valg{MedPraksis: true})
	if err != nil {
		t.Fatal(err)
	}
	p, ok := finnPunkt(med, vAlder72)
	if !ok || p.Utfall() != MaVurderes || !p.ManglerSluttdato() || !med.ManglerSluttdato() || med.Utfall != MaVurderes {
		t.Errorf("uten sluttdato: %v %v %v; spor:\n%s", ok, p.Utfall(), p.ManglerSluttdato(), sporTekst(med))
	}
	if !p.Vilkar().ErPraksis() || !p.Vilkar().LeserSluttdato() {
		t.Errorf("%s: praksis %v, leser sluttdato %v", p.Vilkar().ID(), p.Vilkar().ErPraksis(), p.Vilkar().LeserSluttdato())
	}
	// Evaluer uten valg gjør som motoren uten sluttdato.
	if q := p.Vilkar().Evaluer(&f, sep2025); q.Utfall() != MaVurderes || !q.ManglerSluttdato() {
		t.Errorf("Evaluer uten sluttdato: %v %v", q.Utfall(), q.ManglerSluttdato())
	}
	if q := p.Vilkar().EvaluerMed(&f, sep2025, Valg{Sluttdato: d(2026, 3, 10)}); q.Utfall() != IkkeOppfylt || q.ManglerSluttdato() {
		t.Errorf("EvaluerMed på 72-årsdagen: %v %v", q.Utfall(), q.ManglerSluttdato())
	}
	// Forskriftens vilkår er ikke praksis.
	if v, _ := FinnVilkar(vNodvendig); v.ErPraksis() {
		t.Errorf("%s er merket praksis", vNodvendig)
	}
}
