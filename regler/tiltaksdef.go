package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// lovverk er alle paragrafene i lovlaget i lovens rekkefølge. En test
// sjekker at hver paragraf et tiltak lister, står her.
var lovverk = []*paragraf{
	// Tiltaksforskriften.
	tf13l1, tf13l3, tf13l4, tf13l5, tf16, tf18, tf1_13,
	tf22, tf23, tf24,
	tf32, tf33, tf35, tf36, tf37,
	tf42, tf43, tf44,
	tf52, tf53, tf54, tf56,
	tf62, tf63, tf64, tf65, tf66, tf67,
	tf72, tf73, tf74, tf75,
	tf81, tf82, tf83, tf84, tf85, tf86, tf87,
	tf92, tf93, tf94, tf95, tf96,
	tf102, tf103, tf104, tf105, tf106, tf107,
	tf112l1, tf112l2, tf112l3, tf11_3, tf11_4, tf11_5,
	tf122, tf123, tf124,
	tf132, tf133, tf134, tf135, tf137,
	tf142, tf143, tf144, tf148, tf1410,
	tf14a2, tf14a3, tf14a4, tf14a7,
	// Egenregiforskriften.
	er12, er13, er21, er22, er24, er31, er32, er35, er36, er41, er42, er44,
	// Forsøk med fireårig lønnstilskudd.
	fir2, fir3, fir4, fir6, fir7, fir8, fir9, fir11, fir12,
	// NAVs praksis og kildedokumentene.
	praksisAlderArbeidsgiver, praksisAlderVTAO, praksisInnsatsgruppe, praksisAlderOppstart, praksisVTAOOppstart,
	praksisArbeidstrening18, praksisInkludering12, praksisFunksjonsassistanse, praksisSommerjobbSlutt,
	seed003, seed004VTAO, seed004VTA60, seed004VTAOppfolging, seed004Oppfolging, seed000Instruks, tpf6Covid,
	// Inntektsgrensen for uføretrygd (folketrygdloven § 12-14, kjent fra
	// sekundærkilder).
	ftrl1214l1, seed004Uforegrense, navbrevFribelop1G,
}

// Paragrafer mange tiltak deler.
var (
	tfFelles            = []*paragraf{tf13l1, tf13l3, tf18}       // tiltaksforskriften kapittel 1 for alle tiltak
	tfFellesTilskudd    = []*paragraf{tf13l1, tf13l3, tf16, tf18} // … og § 1-6 tredje ledd for tiltak med tilskudd til arrangøren
	praksisArbeidsgiver = []praksisbinding{{p: praksisInnsatsgruppe}, {p: praksisAlderArbeidsgiver}}
)

func liste(p ...*paragraf) []*paragraf { return p }

func med(a []*paragraf, b ...*paragraf) []*paragraf {
	return append(a[:len(a):len(a)], b...)
}

// opplaeringDef er definisjonen av en opplæringsform i kapittel 7.
func opplaeringDef(k tiltak.Kode) *tiltaksdef {
	return &tiltaksdef{kode: k, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf72),
		vilkar: med(tfFelles, tf72, tf73), varighet: liste(tf74), sats: liste(tf75)}
}

// tiltaksdefinisjoner er hvert tiltak i katalogens rekkefølge som en liste
// av paragrafer.
var tiltaksdefinisjoner = []*tiltaksdef{
	{kode: tiltak.Avklaring, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf22, tf23),
		vilkar: med(tfFelles, tf23), varighet: liste(tf24)},
	{kode: tiltak.Arbeidstrening, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf32, tf33),
		vilkar: med(tfFelles, tf33, tf36, tf37), praksis: praksisArbeidsgiver, varighet: liste(tf35), frister: liste(tf35),
		praksisgrenser: liste(praksisArbeidstrening18)},
	{kode: tiltak.Oppfolging, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf43),
		vilkar: med(tfFelles, tf43), varighet: liste(tf44)},
	{kode: tiltak.Jobbklubb, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf42),
		vilkar: med(tfFelles, tf42, tf43), varighet: liste(tf42)},
	{kode: tiltak.Mentor, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf52, tf53),
		vilkar: med(tfFellesTilskudd, tf53, tf56), praksis: praksisArbeidsgiver, varighet: liste(tf54), sats: liste(tf56)},
	{kode: tiltak.Funksjonsassistanse, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf62, tf63),
		vilkar: med(tfFellesTilskudd, tf1_13, tf63, tf66, tf67), varighet: liste(tf64), sats: liste(tf65),
		frister: liste(praksisFunksjonsassistanse), praksisgrenser: liste(praksisFunksjonsassistanse)},
	opplaeringDef(tiltak.OpplaeringAMO),
	opplaeringDef(tiltak.OpplaeringNorskFOV),
	opplaeringDef(tiltak.OpplaeringStudiespesialisering),
	opplaeringDef(tiltak.OpplaeringFagOgYrke),
	opplaeringDef(tiltak.OpplaeringFagskole),
	opplaeringDef(tiltak.OpplaeringHoyereUtdanning),
	{kode: tiltak.BedriftsinternOpplaering, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf83),
		vilkar: med(tfFellesTilskudd, tf1_13, tf81, tf82, tf83), varighet: liste(tf87), sats: liste(tf85)},
	{kode: tiltak.Sommerjobb, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf82, tf83),
		vilkar:   med(tfFellesTilskudd, tf83, tf86),
		praksis:  []praksisbinding{{p: praksisAlderOppstart, erstatter: "tf-8-3.under-30"}, {p: praksisInnsatsgruppe}},
		varighet: liste(tf84), sats: liste(tf86), praksisgrenser: liste(praksisSommerjobbSlutt)},
	{kode: tiltak.MidlertidigLonnstilskudd, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf92, tf93),
		vilkar: med(tfFellesTilskudd, tf93), praksis: praksisArbeidsgiver, varighet: liste(tf96, tf94), sats: liste(tf95, tf94)},
	{kode: tiltak.VarigLonnstilskudd, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf102, tf103),
		vilkar: med(tfFellesTilskudd, tf103, tf104, tf105), praksis: praksisArbeidsgiver, varighet: liste(tf107), sats: liste(tf107, tf106),
		frister: liste(tf107)},
	{kode: tiltak.Inkluderingstilskudd, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf112l1),
		vilkar: med(tfFellesTilskudd, tf112l1, tf112l2, tf112l3, tf11_5), praksis: praksisArbeidsgiver, varighet: liste(tf11_4),
		sats: liste(tf11_3), praksisgrenser: liste(praksisInkludering12)},
	{kode: tiltak.ArbeidsrettetRehabilitering, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf122, tf123),
		vilkar: med(tfFelles, tf123), varighet: liste(tf124)},
	{kode: tiltak.AFT, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf132, tf133),
		vilkar: med(tfFellesTilskudd, tf133, tf135), varighet: liste(tf134), sats: liste(tf137), frister: liste(tf134, tf132)},
	{kode: tiltak.VTA, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf142),
		vilkar: med(tfFellesTilskudd, tf143), praksis: []praksisbinding{{p: seed004VTAOppfolging}}, varighet: liste(tf144), sats: liste(tf148)},
	{kode: tiltak.VTAO, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(tf142, tf14a2),
		vilkar:   med(tfFellesTilskudd, tf143, tf14a3),
		praksis:  []praksisbinding{{p: praksisInnsatsgruppe}, {p: praksisAlderVTAO}, {p: praksisVTAOOppstart}},
		varighet: liste(tf144, tf14a4), sats: liste(tf148, tf14a7), frister: liste(seed004VTAO), praksisgrenser: liste(praksisVTAOOppstart)},
	{kode: tiltak.ArbeidMedStotte, modellertFra: erIKraft, grunn: grunnER, definert: liste(er22, er21, er12),
		vilkar: liste(er13, er21), varighet: liste(er24)},
	{kode: tiltak.IndividuellJobbstotte, modellertFra: erIKraft, grunn: grunnER, definert: liste(er31, er12),
		vilkar: liste(er13, er31, er32), varighet: liste(er35)},
	{kode: tiltak.IPSUng, modellertFra: erIKraft, grunn: grunnER, definert: liste(er36, er31, er12),
		vilkar: liste(er13, er31, er36), varighet: liste(er35, er36)},
	{kode: tiltak.Ungdomsgaranti, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(er42, er41),
		vilkar: liste(er13, er41), varighet: liste(er44)},
	{kode: tiltak.FirearigLonnstilskudd, modellertFra: tfIKraft, grunn: grunnTF, definert: liste(fir12, fir3, fir4),
		vilkar:   med(firTiltaksforskriften, fir2, fir4),
		praksis:  []praksisbinding{{p: praksisAlderOppstart, erstatter: "fir-4.under-30-ved-tildeling"}, {p: praksisInnsatsgruppe}},
		varighet: liste(fir8), sats: liste(fir7, fir6), frister: liste(fir9)},
	{kode: tiltak.Aktivitetsplass, definert: liste(seed003), vilkar: liste(seed003), varighet: liste(seed003)},
	{kode: tiltak.Sprakpraksis, definert: liste(seed003), vilkar: liste(seed003), varighet: liste(seed003)},
}
