package regler

import (
	"slices"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 11–14A (tf11_14_inkludering_arr_aft_vta.go).

// De sammenslåtte eller-vilkårene i § 11-2: ett vilkår per kombinasjon av
// versjonene av første, andre og tredje ledd.
const (
	g112v2016a  = "tf-11-2-l1-v20160101.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2016b  = "tf-11-2-l1-v20161001.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2018   = "tf-11-2-l1-v20180101.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2021a  = "tf-11-2-l1-v20210223.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2021b  = "tf-11-2-l1-v20210422.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2022   = "tf-11-2-l1-v20210422.deltar-i-tiltak+tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	g112v2026   = "tf-11-2-l1-v20260901.deltar-i-tiltak+tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	l2avtale    = "tf-11-2-l2-v20160101.avtale-eller-formidling"
	l2saerskilt = "tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov"
	l3forsok    = "tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	inklK       = tiltak.Inkluderingstilskudd
)

var (
	// ingenAndreLedd: verken andre eller tredje ledd gir tilskuddet.
	ingenAndreLedd = []endring{svar(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, nei), svar(tiltak.FaktumIndividuellFormidlingsbistand, nei),
		svar(tiltak.FaktumSaerligBehovTilrettelegging, nei), svar(tiltak.FaktumForskriftsfestetForsok, nei)}
	med112  = func(e ...endring) tiltak.Fakta { return grunnMed(append(slices.Clone(ingenAndreLedd), e...)...) }
	jun2017 = d(2017, 6, 1)
	mar2021 = d(2021, 3, 15)
	jun2026 = d(2026, 10, 1)
)

var raderTF11til14 = append([]rad{
	// § 11-2 som ett eller-vilkår per periode: første, andre eller tredje
	// ledd er nok. Grunnfaktaene deltar i arbeidstrening (i alle listene).
	{id: "tf-11-2-l1-v20160101", navn: "2016: deltar i arbeidstrening", kode: inklK, fakta: grunnMed(), dato: jun2016, vilkar: g112v2016a, want: Oppfylt, helhet: Oppfylt, versjon: "inkluderingstilskudd-v20160101"},
	{id: "tf-11-2-l1-v20160101", navn: "2016: AFT er ikke i listen, ingen andre ledd", kode: inklK, fakta: med112(deltar(tiltak.AFT)), dato: jun2016, vilkar: g112v2016a, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-11-2-l2-v20160101", navn: "2016: ingen tiltak, avtale og formidling ikke oppgitt", kode: inklK, fakta: med112(deltar(), ukjent(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, tiltak.FaktumIndividuellFormidlingsbistand)), dato: jun2016, vilkar: g112v2016a, want: MaVurderes, mangler: mangler(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, tiltak.FaktumIndividuellFormidlingsbistand)},
	{id: "tf-11-2-l1-v20161001", navn: "okt. 2016: AFT i listen", kode: inklK, fakta: med112(deltar(tiltak.AFT)), dato: jun2017, vilkar: g112v2016b, want: Oppfylt, helhet: Oppfylt},
	{id: "tf-11-2-l1-v20161001", navn: "okt. 2016: AMO ikke i listen", kode: inklK, fakta: med112(deltar(tiltak.OpplaeringAMO)), dato: jun2017, vilkar: g112v2016b, want: IkkeOppfylt},
	{id: "tf-11-2-l3-v20160101", navn: "okt. 2016: forsøket ikke oppgitt", kode: inklK, fakta: med112(deltar(), ukjent(tiltak.FaktumForskriftsfestetForsok)), dato: jun2017, vilkar: g112v2016b, want: MaVurderes, mangler: mangler(tiltak.FaktumForskriftsfestetForsok)},
	{id: "tf-11-2-l1-v20180101", navn: "2018: AMO i listen", kode: inklK, fakta: med112(deltar(tiltak.OpplaeringAMO)), dato: jun2018, vilkar: g112v2018, want: Oppfylt},
	{id: "tf-11-2-l1-v20180101", navn: "2018: VTA (ikke hospitering ennå) ikke i listen", kode: inklK, fakta: med112(deltar(tiltak.VTA)), dato: jun2018, vilkar: g112v2018, want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20180101", navn: "2020: norsk/FOV bare kanskje arbeidsmarkedskurs", kode: inklK, fakta: med112(deltar(tiltak.OpplaeringNorskFOV)), dato: jan2020, vilkar: g112v2018, want: MaVurderes, mangler: mangler()},
	{id: "tf-11-2-l1-v20180101", navn: "2018: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2018, vilkar: g112v2018, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20210223", navn: "feb. 2021: VTAO i listen", kode: inklK, fakta: med112(deltar(tiltak.VTAO)), dato: mar2021, vilkar: g112v2021a, want: Oppfylt},
	{id: "tf-11-2-l1-v20210223", navn: "feb. 2021: VTA bare ved hospitering", kode: inklK, fakta: med112(deltar(tiltak.VTA)), dato: mar2021, vilkar: g112v2021a, want: MaVurderes, mangler: mangler()},
	{id: "tf-11-2-l1-v20210223", navn: "feb. 2021: sommerjobb ikke i listen ennå", kode: inklK, fakta: med112(deltar(tiltak.Sommerjobb)), dato: mar2021, vilkar: g112v2021a, want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210223", navn: "feb. 2021: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: mar2021, vilkar: g112v2021a, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20210422", navn: "apr. 2021: sommerjobb i listen", kode: inklK, fakta: med112(deltar(tiltak.Sommerjobb)), dato: jun2022, vilkar: g112v2021b, want: Oppfylt},
	{id: "tf-11-2-l2-v20160101", navn: "apr. 2021: formidlingsbistand uten tiltak", kode: inklK, fakta: med112(deltar(), svar(tiltak.FaktumIndividuellFormidlingsbistand, ja)), dato: jun2022, vilkar: g112v2021b, want: Oppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "apr. 2021: ungdomsgaranti ikke i listen", kode: inklK, fakta: med112(deltar(tiltak.Ungdomsgaranti)), dato: jun2022, vilkar: g112v2021b, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "apr. 2021: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2022, vilkar: g112v2021b, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l2-v20220901", navn: "sep. 2022: særskilt tilretteleggingsbehov uten tiltak", kode: inklK, fakta: med112(deltar(), svar(tiltak.FaktumSaerligBehovTilrettelegging, ja)), dato: d(2022, 9, 1), vilkar: g112v2022, want: Oppfylt, helhet: Oppfylt, versjon: "inkluderingstilskudd-v20220901"},
	{id: "tf-11-2-l2-v20220901", navn: "sep. 2022: verken tiltak, behov eller forsøk", kode: inklK, fakta: med112(deltar()), dato: sep2025, vilkar: g112v2022, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-11-2-l2-v20220901", navn: "sep. 2022: behovet ikke oppgitt", kode: inklK, fakta: med112(deltar(), ukjent(tiltak.FaktumSaerligBehovTilrettelegging)), dato: sep2025, vilkar: g112v2022, want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligBehovTilrettelegging)},
	{id: "tf-11-2-l1-v20260901", navn: "sep. 2026: VTAO (kapittel 14A) i listen", kode: inklK, fakta: med112(deltar(tiltak.VTAO)), dato: jun2026, vilkar: g112v2026, want: Oppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "sep. 2026: IPS er ikke i listen", kode: inklK, fakta: med112(deltar(tiltak.IndividuellJobbstotte)), dato: jun2026, vilkar: g112v2026, want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "sep. 2026: VTA bare ved hospitering", kode: inklK, fakta: med112(deltar(tiltak.VTA)), dato: jun2026, vilkar: g112v2026, want: MaVurderes, mangler: mangler()},

	{id: "tf-11-2-l1-v20260901", navn: "sep. 2026: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2026, vilkar: g112v2026, want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	// Leddene hver for seg (vurdert direkte som alternativer i eller-vilkåret).
	{id: "tf-11-2-l1-v20160101", navn: "første ledd 2016: arbeidstrening", kode: inklK, fakta: med112(), dato: jun2016, vilkar: "tf-11-2-l1-v20160101.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20160101", navn: "første ledd 2016: AFT", kode: inklK, fakta: med112(deltar(tiltak.AFT)), dato: jun2016, vilkar: "tf-11-2-l1-v20160101.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20160101", navn: "første ledd 2016: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2016, vilkar: "tf-11-2-l1-v20160101.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20161001", navn: "første ledd okt. 2016: AFT", kode: inklK, fakta: med112(deltar(tiltak.AFT)), dato: d(2016, 10, 1), vilkar: "tf-11-2-l1-v20161001.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20161001", navn: "første ledd okt. 2016: arbeidsrettet rehabilitering", kode: inklK, fakta: med112(deltar(tiltak.ArbeidsrettetRehabilitering)), dato: jun2017, vilkar: "tf-11-2-l1-v20161001.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20161001", navn: "første ledd okt. 2016: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2017, vilkar: "tf-11-2-l1-v20161001.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20180101", navn: "første ledd 2018: arbeidsrettet rehabilitering", kode: inklK, fakta: med112(deltar(tiltak.ArbeidsrettetRehabilitering)), dato: jun2018, vilkar: "tf-11-2-l1-v20180101.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20180101", navn: "første ledd 2018: sommerjobb", kode: inklK, fakta: med112(deltar(tiltak.Sommerjobb)), dato: jun2018, vilkar: "tf-11-2-l1-v20180101.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20180101", navn: "første ledd 2020: norsk/FOV kanskje", kode: inklK, fakta: med112(deltar(tiltak.OpplaeringNorskFOV)), dato: jan2020, vilkar: "tf-11-2-l1-v20180101.deltar-i-tiltak", want: MaVurderes, mangler: mangler()},
	{id: "tf-11-2-l1-v20180101", navn: "første ledd 2018: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2018, vilkar: "tf-11-2-l1-v20180101.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	// Fra 1. januar 2018 til 30. juni 2019 sa § 7-2 bokstav a uttrykkelig
	// «herunder … grunnleggende ferdigheter og norskopplæring»
	// (FOR-2016-09-19-1089), og § 11-2 første ledd bokstav e viser dit.
	// Versjonens egen merknad og tabellen i tf07_opplaering.go (norsk/FOV «a
	// (klart)» fra 1. oktober 2016) sier det samme: norsk/FOV er klart med i
	// listen da. Koden gir må vurderes (listeMulig for hele versjonen), så
	// raden feiler til lovkoden er rettet (se rapporten).
	{id: "tf-11-2-l1-v20180101", navn: "første ledd 2018: norsk/FOV er uttrykkelig arbeidsmarkedskurs fram til 30. juni 2019", kode: inklK, fakta: med112(deltar(tiltak.OpplaeringNorskFOV)), dato: jun2018, vilkar: "tf-11-2-l1-v20180101.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20210223", navn: "første ledd feb. 2021: VTAO", kode: inklK, fakta: med112(deltar(tiltak.VTAO)), dato: mar2021, vilkar: "tf-11-2-l1-v20210223.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20210223", navn: "første ledd feb. 2021: VTA bare ved hospitering", kode: inklK, fakta: med112(deltar(tiltak.VTA)), dato: mar2021, vilkar: "tf-11-2-l1-v20210223.deltar-i-tiltak", want: MaVurderes, mangler: mangler()},
	{id: "tf-11-2-l1-v20210223", navn: "første ledd feb. 2021: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: mar2021, vilkar: "tf-11-2-l1-v20210223.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20210223", navn: "første ledd feb. 2021: ungdomsgaranti", kode: inklK, fakta: med112(deltar(tiltak.Ungdomsgaranti)), dato: mar2021, vilkar: "tf-11-2-l1-v20210223.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "første ledd apr. 2021: sommerjobb", kode: inklK, fakta: med112(deltar(tiltak.Sommerjobb)), dato: sep2025, vilkar: "tf-11-2-l1-v20210422.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "første ledd apr. 2021: ungdomsgaranti", kode: inklK, fakta: med112(deltar(tiltak.Ungdomsgaranti)), dato: sep2025, vilkar: "tf-11-2-l1-v20210422.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "første ledd apr. 2021: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: sep2025, vilkar: "tf-11-2-l1-v20210422.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l1-v20260901", navn: "første ledd sep. 2026: VTAO", kode: inklK, fakta: med112(deltar(tiltak.VTAO)), dato: jun2026, vilkar: "tf-11-2-l1-v20260901.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "første ledd sep. 2026: avklaring", kode: inklK, fakta: med112(deltar(tiltak.Avklaring)), dato: jun2026, vilkar: "tf-11-2-l1-v20260901.deltar-i-tiltak", want: Oppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "første ledd sep. 2026: arbeid med støtte er ikke i listen", kode: inklK, fakta: med112(deltar(tiltak.ArbeidMedStotte)), dato: jun2026, vilkar: "tf-11-2-l1-v20260901.deltar-i-tiltak", want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "første ledd sep. 2026: tiltakene ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumDeltarI)), dato: jun2026, vilkar: "tf-11-2-l1-v20260901.deltar-i-tiltak", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "tf-11-2-l2-v20160101", navn: "andre ledd 2016: tilretteleggings- og oppfølgingsavtale", kode: inklK, fakta: med112(svar(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, ja)), dato: jun2018, vilkar: l2avtale, want: Oppfylt},
	{id: "tf-11-2-l2-v20160101", navn: "andre ledd 2016: formidlingsbistand, avtalen ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale), svar(tiltak.FaktumIndividuellFormidlingsbistand, ja)), dato: jun2018, vilkar: l2avtale, want: Oppfylt},
	{id: "tf-11-2-l2-v20160101", navn: "andre ledd 2016: verken avtale eller formidling", kode: inklK, fakta: med112(), dato: d(2022, 8, 31), vilkar: l2avtale, want: IkkeOppfylt},
	{id: "tf-11-2-l2-v20160101", navn: "andre ledd 2016: ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, tiltak.FaktumIndividuellFormidlingsbistand)), dato: jun2018, vilkar: l2avtale, want: MaVurderes, mangler: mangler(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, tiltak.FaktumIndividuellFormidlingsbistand)},
	{id: "tf-11-2-l2-v20220901", navn: "andre ledd 2022: særskilt tilretteleggingsbehov", kode: inklK, fakta: med112(svar(tiltak.FaktumSaerligBehovTilrettelegging, ja)), dato: d(2022, 9, 1), vilkar: l2saerskilt, want: Oppfylt},
	{id: "tf-11-2-l2-v20220901", navn: "andre ledd 2022: ikke særskilt behov", kode: inklK, fakta: med112(), dato: sep2025, vilkar: l2saerskilt, want: IkkeOppfylt},
	{id: "tf-11-2-l2-v20220901", navn: "andre ledd 2022: ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumSaerligBehovTilrettelegging)), dato: jun2026, vilkar: l2saerskilt, want: MaVurderes, mangler: mangler(tiltak.FaktumSaerligBehovTilrettelegging)},
	// Tredje ledd: forsøket med fireårig lønnstilskudd er et forskriftsfestet forsøk.
	{id: "tf-11-2-l3-v20160101", navn: "tredje ledd: deltar i fireårig lønnstilskudd", kode: inklK, fakta: med112(deltar(tiltak.FirearigLonnstilskudd)), dato: jun2026, vilkar: l3forsok, want: Oppfylt},
	{id: "tf-11-2-l3-v20160101", navn: "tredje ledd: annet forskriftsfestet forsøk", kode: inklK, fakta: med112(svar(tiltak.FaktumForskriftsfestetForsok, ja)), dato: jun2017, vilkar: l3forsok, want: Oppfylt},
	{id: "tf-11-2-l3-v20160101", navn: "tredje ledd: ikke i et forsøk", kode: inklK, fakta: med112(), dato: jun2017, vilkar: l3forsok, want: IkkeOppfylt},
	{id: "tf-11-2-l3-v20160101", navn: "tredje ledd: forsøk ikke oppgitt", kode: inklK, fakta: med112(ukjent(tiltak.FaktumForskriftsfestetForsok)), dato: sep2025, vilkar: l3forsok, want: MaVurderes, mangler: mangler(tiltak.FaktumForskriftsfestetForsok)},

	// § 11-5.
	{id: "tf-11-5-v20160101", navn: "utgiftene dekkes ikke annet sted", kode: inklK, fakta: grunnMed(), dato: sep2025, vilkar: "tf-11-5-v20160101.ikke-dekket-annet-sted", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-11-5-v20160101", navn: "utgiftene dekkes av en annen ordning", kode: inklK, fakta: grunnMed(svar(tiltak.FaktumUtgifterDekketAnnetSted, ja)), dato: sep2025, vilkar: "tf-11-5-v20160101.ikke-dekket-annet-sted", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-11-5-v20160101", navn: "ikke oppgitt", kode: inklK, fakta: grunnMed(ukjent(tiltak.FaktumUtgifterDekketAnnetSted)), dato: sep2025, vilkar: "tf-11-5-v20160101.ikke-dekket-annet-sted", want: MaVurderes, mangler: mangler(tiltak.FaktumUtgifterDekketAnnetSted)},

	// § 12-3: sykmeldt arbeidstaker eller nedsatt arbeidsevne.
	{id: "tf-12-3-v20160101", navn: "nedsatt arbeidsevne", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(), dato: sep2025, vilkar: "tf-12-3-v20160101.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-12-3-v20160101", navn: "verken sykmeldt eller nedsatt", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "tf-12-3-v20160101.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-12-3-v20160101", navn: "ikke sykmeldt, arbeidsevnen ikke vurdert", kode: tiltak.ArbeidsrettetRehabilitering, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "tf-12-3-v20160101.personkrets", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// Kapittel 13 (AFT) fra 1. oktober 2016.
	{id: "tf-13-2-v20161001", navn: "AFT finnes ikke før 1. oktober 2016", kode: tiltak.AFT, fakta: grunnMed(), dato: d(2016, 1, 1), vilkar: "tf-13-2-v20161001.ikke-i-kraft.aft", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "aft-v20160101"},
	{id: "tf-13-3-v20161001", navn: "sammensatte behov, nedsatt arbeidsevne, usikre forutsetninger", kode: tiltak.AFT, fakta: grunnMed(), dato: sep2025, vilkar: "tf-13-3-v20161001.personkrets", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-13-3-v20161001", navn: "uten sammensatte bistandsbehov", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumSammensattBistandsbehov, nei)), dato: sep2025, vilkar: "tf-13-3-v20161001.personkrets", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-13-3-v20161001", navn: "forutsetningene ikke oppgitt", kode: tiltak.AFT, fakta: grunnMed(ukjent(tiltak.FaktumUsikreYrkesmessigeForutsetninger)), dato: d(2026, 2, 1), vilkar: "tf-13-3-v20161001.personkrets", want: MaVurderes, mangler: mangler(tiltak.FaktumUsikreYrkesmessigeForutsetninger)},
	// § 13-4: forlengelse ett år (skjønn) og ett år til med opplæring mot
	// formell kompetanse. Det tredje året kommer i tillegg til det andre, som
	// er skjønn, så det blir aldri avgjort oppfylt: nei gir ikke oppfylt,
	// ellers må vurderes.
	{id: "tf-13-4-v20161001", navn: "forlengelsen er skjønn", kode: tiltak.AFT, fakta: grunnMed(), dato: jun2018, vilkar: "tf-13-4-v20161001.forlengelse", want: MaVurderes, mangler: mangler()},
	{id: "tf-13-4-v20161001", navn: "tredje år: ikke opplæring mot formell kompetanse", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumOpplaeringFormellKompetanse, nei)), dato: jun2018, vilkar: "tf-13-4-v20161001.formell-kompetanse", want: IkkeOppfylt},
	{id: "tf-13-4-v20161001", navn: "tredje år: opplæring mot formell kompetanse", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumOpplaeringFormellKompetanse, ja)), dato: jun2018, vilkar: "tf-13-4-v20161001.formell-kompetanse", want: MaVurderes, mangler: mangler()},
	{id: "tf-13-4-v20161001", navn: "tredje år: ikke oppgitt", kode: tiltak.AFT, fakta: grunnMed(), dato: d(2025, 12, 31), vilkar: "tf-13-4-v20161001.formell-kompetanse", want: MaVurderes, mangler: mangler(tiltak.FaktumOpplaeringFormellKompetanse)},
	{id: "tf-13-4-v20260101", navn: "2026: forlengelsen er skjønn", kode: tiltak.AFT, fakta: grunnMed(), dato: d(2026, 1, 1), vilkar: "tf-13-4-v20260101.forlengelse", want: MaVurderes, mangler: mangler()},
	{id: "tf-13-4-v20260101", navn: "2026: tredje år, ikke formell kompetanse", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumOpplaeringFormellKompetanse, nei)), dato: d(2026, 1, 1), vilkar: "tf-13-4-v20260101.formell-kompetanse", want: IkkeOppfylt},
	{id: "tf-13-4-v20260101", navn: "2026: tredje år, formell kompetanse", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumOpplaeringFormellKompetanse, ja)), dato: d(2026, 3, 1), vilkar: "tf-13-4-v20260101.formell-kompetanse", want: MaVurderes, mangler: mangler()},
	{id: "tf-13-4-v20260101", navn: "2026: tredje år, ikke oppgitt", kode: tiltak.AFT, fakta: grunnMed(), dato: d(2026, 3, 1), vilkar: "tf-13-4-v20260101.formell-kompetanse", want: MaVurderes, mangler: mangler(tiltak.FaktumOpplaeringFormellKompetanse)},
	// § 13-5: ikke ansatt i virksomheten (fra 2026: virksomheten som arrangerer).
	{id: "tf-13-5-v20161001", navn: "ansatt i virksomheten", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumAnsattHosArbeidsgiver, ja)), dato: jun2018, vilkar: "tf-13-5-v20161001.ikke-ansatt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-13-5-v20161001", navn: "ikke ansatt", kode: tiltak.AFT, fakta: grunnMed(), dato: jun2018, vilkar: "tf-13-5-v20161001.ikke-ansatt", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-13-5-v20161001", navn: "ansettelse ikke oppgitt", kode: tiltak.AFT, fakta: grunnMed(ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: jun2018, vilkar: "tf-13-5-v20161001.ikke-ansatt", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},
	{id: "tf-13-5-v20260101", navn: "2026: ansatt hos arrangøren", kode: tiltak.AFT, fakta: grunnMed(svar(tiltak.FaktumAnsattHosArbeidsgiver, ja)), dato: d(2026, 2, 1), vilkar: "tf-13-5-v20260101.ikke-ansatt", want: IkkeOppfylt},
	{id: "tf-13-5-v20260101", navn: "2026: ansettelse ikke oppgitt", kode: tiltak.AFT, fakta: grunnMed(ukjent(tiltak.FaktumAnsattHosArbeidsgiver)), dato: d(2026, 2, 1), vilkar: "tf-13-5-v20260101.ikke-ansatt", want: MaVurderes, mangler: mangler(tiltak.FaktumAnsattHosArbeidsgiver)},

	// § 14-3 (VTA, og VTAO til 31. august 2026).
	{id: "tf-14-3-v20160101", navn: "gradert uføretrygd", kode: tiltak.VTA, fakta: grunnMed(), dato: sep2025, vilkar: "tf-14-3-v20160101.uforetrygd", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-14-3-v20160101", navn: "uføretrygd ventes i nær framtid", kode: tiltak.VTA, fakta: grunnMed(ufore(tiltak.UforetrygdForventet)), dato: sep2025, vilkar: "tf-14-3-v20160101.uforetrygd", want: Oppfylt},
	{id: "tf-14-3-v20160101", navn: "ingen uføretrygd", kode: tiltak.VTA, fakta: grunnMed(ufore(tiltak.IngenUforetrygd)), dato: d(2026, 10, 1), vilkar: "tf-14-3-v20160101.uforetrygd", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-14-3-v20160101", navn: "uføretrygd ikke oppgitt", kode: tiltak.VTAO, fakta: grunnMed(ufore(tiltak.UforetrygdUkjent)), dato: sep2025, vilkar: "tf-14-3-v20160101.uforetrygd", want: MaVurderes, mangler: mangler(tiltak.FaktumUforetrygd)},
	{id: "tf-14-3-v20160101", navn: "behov for tilrettelegging og tett oppfølging", kode: tiltak.VTAO, fakta: grunnMed(), dato: jun2018, vilkar: "tf-14-3-v20160101.tilrettelegging", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-14-3-v20160101", navn: "ikke behov for tilrettelegging", kode: tiltak.VTAO, fakta: grunnMed(svar(tiltak.FaktumBehovTilretteleggingOgTettOppfolging, nei)), dato: sep2025, vilkar: "tf-14-3-v20160101.tilrettelegging", want: IkkeOppfylt},
	{id: "tf-14-3-v20160101", navn: "behovet ikke oppgitt", kode: tiltak.VTA, fakta: grunnMed(ukjent(tiltak.FaktumBehovTilretteleggingOgTettOppfolging)), dato: sep2025, vilkar: "tf-14-3-v20160101.tilrettelegging", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovTilretteleggingOgTettOppfolging)},
	{id: "tf-14-3-v20160101", navn: "andre tiltak vurdert og uaktuelle", kode: tiltak.VTA, fakta: grunnMed(), dato: jun2018, vilkar: "tf-14-3-v20160101.andre-tiltak-vurdert", want: Oppfylt},
	{id: "tf-14-3-v20160101", navn: "andre tiltak ikke vurdert", kode: tiltak.VTA, fakta: grunnMed(svar(tiltak.FaktumAndreTiltakVurdert, nei)), dato: sep2025, vilkar: "tf-14-3-v20160101.andre-tiltak-vurdert", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-14-3-v20160101", navn: "skjønnet ikke tatt", kode: tiltak.VTAO, fakta: grunnMed(ukjent(tiltak.FaktumAndreTiltakVurdert)), dato: d(2026, 8, 31), vilkar: "tf-14-3-v20160101.andre-tiltak-vurdert", want: MaVurderes, mangler: mangler(tiltak.FaktumAndreTiltakVurdert)},
	// § 14A-3 (VTAO fra 1. september 2026, avledet tekst): samme personkrets.
	{id: "tf-14a-3-v20260901", navn: "14A: full uføretrygd", kode: tiltak.VTAO, fakta: grunnMed(ufore(tiltak.FullUforetrygd)), dato: jun2026, vilkar: "tf-14a-3-v20260901.uforetrygd", want: Oppfylt, helhet: Oppfylt, versjon: "vtao-v20260901"},
	{id: "tf-14a-3-v20260901", navn: "14A: ingen uføretrygd", kode: tiltak.VTAO, fakta: grunnMed(ufore(tiltak.IngenUforetrygd)), dato: jun2026, vilkar: "tf-14a-3-v20260901.uforetrygd", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-14a-3-v20260901", navn: "14A: uføretrygd ikke oppgitt", kode: tiltak.VTAO, fakta: grunnMed(ufore(tiltak.UforetrygdUkjent)), dato: jun2026, vilkar: "tf-14a-3-v20260901.uforetrygd", want: MaVurderes, mangler: mangler(tiltak.FaktumUforetrygd)},
	{id: "tf-14a-3-v20260901", navn: "14A: behov for tilrettelegging", kode: tiltak.VTAO, fakta: grunnMed(), dato: jun2026, vilkar: "tf-14a-3-v20260901.tilrettelegging", want: Oppfylt},
	{id: "tf-14a-3-v20260901", navn: "14A: ikke behov for tilrettelegging", kode: tiltak.VTAO, fakta: grunnMed(svar(tiltak.FaktumBehovTilretteleggingOgTettOppfolging, nei)), dato: jun2026, vilkar: "tf-14a-3-v20260901.tilrettelegging", want: IkkeOppfylt},
	{id: "tf-14a-3-v20260901", navn: "14A: behovet ikke oppgitt", kode: tiltak.VTAO, fakta: grunnMed(ukjent(tiltak.FaktumBehovTilretteleggingOgTettOppfolging)), dato: jun2026, vilkar: "tf-14a-3-v20260901.tilrettelegging", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovTilretteleggingOgTettOppfolging)},
	{id: "tf-14a-3-v20260901", navn: "14A: andre tiltak vurdert", kode: tiltak.VTAO, fakta: grunnMed(), dato: jun2026, vilkar: "tf-14a-3-v20260901.andre-tiltak-vurdert", want: Oppfylt},
	{id: "tf-14a-3-v20260901", navn: "14A: andre tiltak ikke vurdert", kode: tiltak.VTAO, fakta: grunnMed(svar(tiltak.FaktumAndreTiltakVurdert, nei)), dato: jun2026, vilkar: "tf-14a-3-v20260901.andre-tiltak-vurdert", want: IkkeOppfylt},
	{id: "tf-14a-3-v20260901", navn: "14A: skjønnet ikke tatt", kode: tiltak.VTAO, fakta: grunnMed(ukjent(tiltak.FaktumAndreTiltakVurdert)), dato: jun2026, vilkar: "tf-14a-3-v20260901.andre-tiltak-vurdert", want: MaVurderes, mangler: mangler(tiltak.FaktumAndreTiltakVurdert)},
}, grenseRader(
	// § 11-2 første ledd endret fem ganger og andre ledd én gang; ett
	// eller-vilkår per periode.
	grense{kode: inklK, fakta: med112(deltar(tiltak.AFT)), nyDag: d(2016, 10, 1), forRS: "inkluderingstilskudd-v20160101", etterRS: "inkluderingstilskudd-v20161001",
		forV: g112v2016a, etterV: g112v2016b, forU: IkkeOppfylt, etterU: Oppfylt, hva: "AFT i § 11-2 første ledd"},
	grense{kode: inklK, fakta: med112(deltar(tiltak.OpplaeringAMO)), nyDag: d(2018, 1, 1), forRS: "inkluderingstilskudd-v20161001", etterRS: "inkluderingstilskudd-v20180101",
		forV: g112v2016b, etterV: g112v2018, forU: IkkeOppfylt, etterU: Oppfylt, hva: "arbeidsmarkedskurs i § 11-2 første ledd"},
	grense{kode: inklK, fakta: med112(deltar(tiltak.VTA)), nyDag: d(2021, 2, 23), forRS: "inkluderingstilskudd-v20180101", etterRS: "inkluderingstilskudd-v20210223",
		forV: g112v2018, etterV: g112v2021a, forU: IkkeOppfylt, etterU: MaVurderes, hva: "hospitering i § 11-2 første ledd"},
	grense{kode: inklK, fakta: med112(deltar(tiltak.Sommerjobb)), nyDag: d(2021, 4, 22), forRS: "inkluderingstilskudd-v20210223", etterRS: "inkluderingstilskudd-v20210422",
		forV: g112v2021a, etterV: g112v2021b, forU: IkkeOppfylt, etterU: Oppfylt, hva: "sommerjobb i § 11-2 første ledd"},
	// Andre ledd 1. september 2022: avtale eller formidling erstattes av
	// særskilt tilretteleggingsbehov.
	grense{kode: inklK, fakta: med112(deltar(), svar(tiltak.FaktumTilretteleggingsOgOppfolgingsavtale, ja)), nyDag: d(2022, 9, 1), forRS: "inkluderingstilskudd-v20210422", etterRS: "inkluderingstilskudd-v20220901",
		forV: g112v2021b, etterV: g112v2022, forU: Oppfylt, etterU: IkkeOppfylt, hva: "nytt andre ledd i § 11-2"},
	grense{kode: inklK, fakta: med112(deltar(tiltak.VTAO)), nyDag: d(2026, 9, 1), forRS: "inkluderingstilskudd-v20250801", etterRS: "inkluderingstilskudd-v20260901",
		forV: g112v2022, etterV: g112v2026, forU: Oppfylt, etterU: Oppfylt, hva: "§ 11-2 bokstav l med kapittel 14A"},
	// AFT innført 1. oktober 2016; kapittel 13 endret 1. januar 2026.
	grense{kode: tiltak.AFT, fakta: grunnMed(), nyDag: d(2016, 10, 1), forRS: "aft-v20160101", etterRS: "aft-v20161001",
		forV: "tf-13-2-v20161001.ikke-i-kraft.aft", etterV: "tf-13-3-v20161001.personkrets", forU: IkkeOppfylt, etterU: Oppfylt, hva: "kapittel 13 (AFT)"},
	grense{kode: tiltak.AFT, fakta: grunnMed(), nyDag: d(2026, 1, 1), forRS: "aft-v20250801", etterRS: "aft-v20260101",
		forV: "tf-13-5-v20161001.ikke-ansatt", etterV: "tf-13-5-v20260101.ikke-ansatt", forU: Oppfylt, etterU: Oppfylt, hva: "kapittel 13 etter FOR-2025-08-26-1727"},
	// VTAO går fra kapittel 14 til kapittel 14A 1. september 2026.
	grense{kode: tiltak.VTAO, fakta: grunnMed(), nyDag: d(2026, 9, 1), forRS: "vtao-v20250801", etterRS: "vtao-v20260901",
		forV: "tf-14-3-v20160101.uforetrygd", etterV: "tf-14a-3-v20260901.uforetrygd", forU: Oppfylt, etterU: Oppfylt, hva: "kapittel 14A"},
	// VTA i forhåndsgodkjent virksomhet: § 14-2 får ny ordlyd 1. september
	// 2026 (avledet tekst); personkretsen i § 14-3 er den samme.
	grense{kode: tiltak.VTA, fakta: grunnMed(), nyDag: d(2026, 9, 1), forRS: "vta-v20250801", etterRS: "vta-v20260901",
		forV: "tf-14-3-v20160101.uforetrygd", etterV: "tf-14-3-v20160101.uforetrygd", forU: Oppfylt, etterU: Oppfylt, hva: "ny § 14-2"},
)...)

func TestTF11til14(t *testing.T) { kjorRader(t, raderTF11til14) }

// Lesespørsmål: VTA i ordinær virksomhet (VTAO) flyttes fra kapittel 14 til
// kapittel 14A 1. september 2026 (FOR-2025-12-18-2918). Lovkoden skriver
// ikke datoen to ganger: VTAO lister både § 14-3 og § 14A-3, og
// kapittelregelen (gjelderKapittel) tar bare med paragrafer i kapittelet til
// den versjonen som definerer tiltaket på datoen (§ 14-2 til 31. august,
// § 14A-2 fra 1. september), pluss kapittel 1. VTA (skjermet) blir i
// kapittel 14.
func TestLesingVTAOByttetKapittel(t *testing.T) {
	kapitler := func(kode tiltak.Kode, dato tiltak.Dato) (har143, har14a3 bool) {
		rs, err := Gjeldende(kode, dato)
		if err != nil {
			t.Fatal(err)
		}
		for _, pv := range rs.Paragrafversjoner() {
			switch pv.Paragraf().ID() {
			case "tf-14-3":
				har143 = true
			case "tf-14a-3":
				har14a3 = true
			}
		}
		return
	}
	for _, tt := range []struct {
		kode            tiltak.Kode
		dato            tiltak.Dato
		har143, har14a3 bool
	}{
		{tiltak.VTAO, d(2026, 8, 31), true, false},
		{tiltak.VTAO, d(2026, 9, 1), false, true},
		{tiltak.VTA, d(2026, 8, 31), true, false},
		{tiltak.VTA, d(2026, 9, 1), true, false},
	} {
		h143, h14a3 := kapitler(tt.kode, tt.dato)
		if h143 != tt.har143 || h14a3 != tt.har14a3 {
			t.Errorf("%s %s: § 14-3 %v, § 14A-3 %v; ventet %v og %v", tt.kode, tt.dato, h143, h14a3, tt.har143, tt.har14a3)
		}
	}
	// Kapittel 1 gjelder på begge sider.
	for _, dato := range []tiltak.Dato{d(2026, 8, 31), d(2026, 9, 1)} {
		rs, _ := Gjeldende(tiltak.VTAO, dato)
		if !slices.ContainsFunc(rs.Vilkar(), func(v *Vilkar) bool { return v.ID() == vNodvendig }) {
			t.Errorf("VTAO %s mangler § 1-3 første ledd", dato)
		}
	}
	// Kapittelregelen selv: en paragraf i et annet kapittel enn den
	// definerende gjelder ikke, kapittel 1 og en annen forskrift gjør det.
	dv14a := tf14a2.pa(d(2026, 9, 1))
	for _, tt := range []struct {
		p    *paragraf
		want bool
	}{{tf143, false}, {tf14a3, true}, {tf13l1, true}, {fir4, true}} {
		if got := gjelderKapittel(dv14a, tt.p); got != tt.want {
			t.Errorf("gjelderKapittel(§ 14A-2, %s) = %v, ventet %v", tt.p.id, got, tt.want)
		}
	}
	if !gjelderKapittel(nil, tf143) {
		t.Error("uten definerende versjon gjelder alle paragrafer")
	}
}

// Lesespørsmål: § 11-2 første, andre og tredje ledd er tre alternative
// veier til inkluderingstilskudd («kan også gis»). De er ett vilkår i
// regelsettet: ett oppfylt alternativ er nok, ellers avgjør et alternativ
// som må vurderes, ellers er vilkåret ikke oppfylt. Vilkåret bygger på
// første ledd og har andre og tredje ledd som tilleggshjemler.
func TestLesing112LeddeneErEttEllerVilkar(t *testing.T) {
	rs, err := Gjeldende(inklK, sep2025)
	if err != nil {
		t.Fatal(err)
	}
	var treff []*Vilkar
	for _, v := range rs.Vilkar() {
		if pv, ok := v.Versjon(); ok && pv.Paragraf().Nummer() == "11-2" {
			treff = append(treff, v)
		}
	}
	if len(treff) != 1 || treff[0].ID() != g112v2022 {
		t.Fatalf("§ 11-2 i %s: %d vilkår, ventet ett (%s)", rs.ID(), len(treff), g112v2022)
	}
	v := treff[0]
	var tillegg []string
	for _, h := range v.Tilleggshjemler() {
		tillegg = append(tillegg, h.ID)
	}
	if v.Hjemmel().ID != "tf-11-2-l1-v20210422" || !slices.Equal(tillegg, []string{"tf-11-2-l2-v20220901", "tf-11-2-l3-v20160101"}) {
		t.Errorf("hjemmel %s, tillegg %v", v.Hjemmel().ID, tillegg)
	}
	// Alle kombinasjoner av de tre leddene, regnet for hånd med Eller:
	// oppfylt i ett ledd avgjør; ellers må vurderes om ett må vurderes.
	for _, tt := range []struct {
		l1          endring
		l2, l3      tiltak.Svar
		want        Utfall
		beskrivelse string
	}{
		{deltar(tiltak.Arbeidstrening), nei, nei, Oppfylt, "bare første ledd"},
		{deltar(), ja, nei, Oppfylt, "bare andre ledd"},
		{deltar(), nei, ja, Oppfylt, "bare tredje ledd"},
		{deltar(), nei, nei, IkkeOppfylt, "ingen ledd"},
		{deltar(), uk, nei, MaVurderes, "andre ledd ukjent"},
		{deltar(), nei, uk, MaVurderes, "tredje ledd ukjent"},
		{ukjent(tiltak.FaktumDeltarI), nei, nei, MaVurderes, "første ledd ukjent"},
		{deltar(tiltak.VTA), nei, nei, MaVurderes, "første ledd kanskje (VTA ved hospitering)"},
		{ukjent(tiltak.FaktumDeltarI), ja, uk, Oppfylt, "andre ledd avgjør selv om resten er ukjent"},
	} {
		f := grunnMed(tt.l1, svar(tiltak.FaktumSaerligBehovTilrettelegging, tt.l2), svar(tiltak.FaktumForskriftsfestetForsok, tt.l3))
		if p := v.Evaluer(&f, sep2025); p.Utfall() != tt.want {
			t.Errorf("%s: %v, ventet %v", tt.beskrivelse, p.Utfall(), tt.want)
		}
	}
}
