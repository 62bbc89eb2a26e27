package regler

import (
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Inntektsgrensen (bunnfradraget) for uføretrygd: den årlige inntekten en
// person med uføretrygd kan ha før uføretrygden reduseres. Den er inntekten
// etter uførhet (IEU) pluss et fribeløp i prosent av grunnbeløpet (G).
// Hvert faktum om fribeløpet står her, én gang, som en paragrafversjon;
// pakken tilskudd regner grensen av dem (tilskudd.Inntektsgrense).
//
// Ingen av versjonene bygger på lest lovtekst: folketrygdloven § 12-14 er
// ikke i ../shared/regelverk/lovtekst/. Kildene er NAVs offentlige brevmaler
// (navikt/pensjonsbrev), Prop. 8 L (2025–2026) og Prop. 4 L (2021–2022) på
// regjeringen.no, og veiledningen «Aktører og tiltak» (seed 004). Alle
// versjonene har derfor bevis Sekundaer og er uverifiserte, og
// paragrafindeksen (testdata/lovindeks/inntektsgrense-uforetrygd.json)
// siterer kilden til hver av dem.

// Datoene kildene gir.
var (
	// uforetrygdFra: uførepensjonen ble omregnet til uføretrygd 1. januar
	// 2015 (NAVs brev AdhocInfoOmFeilUT2023; forskrift om uføretrygd fra
	// folketrygden, FOR-2014-12-05-1602, trådte i kraft samme dag). Ingen
	// kilde sier uttrykkelig at «IEU + 0,4 G» gjaldt fra den dagen; versjonene
	// som begynner her, har fraUkjent.
	uforetrygdFra = dato(2015, 1, 1)
	// bunnfradragFra: NAVs infobrev om lovendringene i 2026 sier at grensen
	// heter «bunnfradrag» fra 1. juli 2026, før det «inntektsgrense».
	// Datoen er brevets, ikke et lest lovvedtak; brevet sier selv at loven
	// fortsatt er under arbeid.
	bunnfradragFra = dato(2026, 7, 1)
	// toArVirkning og toArIKraft: ifølge NAVs vedtaksbrev om økt
	// bunnfradrag trer lovendringen om fribeløp 1 G etter to år med
	// uføretrygd i kraft 1. oktober 2026 med virkning fra 1. januar 2026.
	// Datoene er brevets; lovvedtaket er ikke lest.
	toArVirkning = dato(2026, 1, 1)
	toArIKraft   = dato(2026, 10, 1)
)

// Fribelopsgruppe sier hvem en regel om fribeløpet gjelder for.
type Fribelopsgruppe uint8

// Gruppene. Nullverdien er ingen gruppe.
const (
	// FribelopAlle: alle med uføretrygd der uføregraden er fastsatt etter
	// folketrygdloven § 12-10 (§ 12-14 første ledd).
	FribelopAlle Fribelopsgruppe = iota + 1
	// FribelopVTA: personer som har fått innvilget varig tilrettelagt arbeid
	// (VTA).
	FribelopVTA
	// FribelopEtterToAr: personer som har hatt uføretrygd i to år eller mer
	// uten økning i uføregraden (lovendringen med virkning fra 1. januar
	// 2026).
	FribelopEtterToAr
)

var fribelopsgruppeNavn = [...]string{"", "alle", "vta", "etter-to-ar"}

// String gir gruppen som ord: "alle", "vta" eller "etter-to-ar".
func (g Fribelopsgruppe) String() string {
	if g != 0 && int(g) < len(fribelopsgruppeNavn) {
		return fribelopsgruppeNavn[g]
	}
	return "ukjent"
}

// MarshalText gir gruppen som ord.
func (g Fribelopsgruppe) MarshalText() ([]byte, error) {
	if g == 0 || int(g) >= len(fribelopsgruppeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "gruppe", Grunn: "ukjent fribeløpsgruppe"}
	}
	return []byte(fribelopsgruppeNavn[g]), nil
}

// fribelopdel er det en paragrafversjon sier om fribeløpet.
type fribelopdel struct {
	versjon *versjon
	gruppe  Fribelopsgruppe
	prosent int64 // fribeløpet i prosent av G per kalenderår
	// leggesTilIEU: Ja når fribeløpet legges til inntekten etter uførhet,
	// Ukjent når kildene ikke avgjør det.
	leggesTilIEU    tiltak.Svar
	etterManeder    int  // måneder med uføretrygd før regelen gjelder (0: ingen krav)
	okningNyPeriode bool // en økning i uføregraden starter perioden på nytt
	unntarVTA       bool // gjelder ikke personer i VTA
	// ikraft er dagen regelen trådte i kraft når den har virkning fra en
	// tidligere dag (versjonens fra); null ellers.
	ikraft      tiltak.Dato
	begrep      string // lovens ord for grensen: "inntektsgrense" eller "bunnfradrag"
	beskrivelse string
}

// ftrl1214l1 er folketrygdloven § 12-14 første ledd første punktum: grensen
// er inntekten etter uførhet pluss 40 prosent av G per kalenderår.
var ftrl1214l1 = &paragraf{id: "ftrl-12-14-l1", kilde: tiltak.Folketrygdloven, nr: "12-14", ledd: 1,
	tittel: "Reduksjon av uføretrygd på grunn av inntekt",
	versjoner: []*versjon{
		{fra: uforetrygdFra, fraUkjent: true, endretVed: "ukjent", bevis: Sekundaer,
			innhold: "Når uføregraden fastsettes etter § 12-10, fastsettes en inntektsgrense: den forventede inntekten etter uførhet pluss et fribeløp på 40 prosent av grunnbeløpet. Ved full uføretrygd er inntekten etter uførhet 0, så grensen er 0,4 G; ved gradert uføretrygd er den individuell.",
			merknad: "Lovteksten er ikke lest. Regelen er gjengitt i Prop. 8 L (2025–2026) punkt 2.1.2 (gjeldende rett) og i NAVs brevmaler (TBU1205, TBU1207). Henvisningen til § 12-9 tredje ledd og «per kalenderår» står bare i den nye ordlyden fra 2026 som infobrevet siterer, og er ikke lagt inn her. At regelen gjaldt fra 1. januar 2015, da uførepensjonen ble omregnet til uføretrygd (loven LOV-2011-12-16-59 trådte da i kraft), er ikke sagt uttrykkelig i noen kilde; endringsloven som ga ordlyden, er ikke lest.",
			fribelop: []*fribelopdel{{gruppe: FribelopAlle, prosent: 40, leggesTilIEU: tiltak.Ja, begrep: "inntektsgrense",
				beskrivelse: "Inntektsgrensen er inntekten etter uførhet pluss et fribeløp på 0,4 G per kalenderår."}}},
		{fra: bunnfradragFra, endretVed: "ukjent lovvedtak (foreslått i Prop. 8 L (2025–2026))", bevis: Sekundaer,
			innhold: "Første punktum får ny ordlyd: grensen heter bunnfradrag og er inntekten etter uførhet (§ 12-9 tredje ledd) pluss 40 prosent av grunnbeløpet per kalenderår. Begge kildene gir 40 prosent.",
			merknad: "Den nye ordlyden er sitert i NAVs infobrev om lovendringene i 2026, som sier at grensen heter bunnfradrag fra 1. juli 2026 og at loven fortsatt er under arbeid og kan bli endret. Prop. 8 L (2025–2026) punkt 2.2 foreslår ordet; lovvedtaket er ikke lest.",
			fribelop: []*fribelopdel{{gruppe: FribelopAlle, prosent: 40, leggesTilIEU: tiltak.Ja, begrep: "bunnfradrag",
				beskrivelse: "Bunnfradraget er inntekten etter uførhet pluss et fribeløp på 0,4 G per kalenderår."}}},
	}}

// seed004Uforegrense er veiledningens regel om inntektsgrensen for den som
// har fått innvilget VTA: 1 G.
var seed004Uforegrense = &paragraf{id: "seed004-uforegrense", kilde: tiltak.VeilederAktorer, tittel: "Inntektsgrensen for uføretrygdede i VTA",
	merknad: "1 G ved VTA, ellers 0,4 G",
	versjoner: []*versjon{{fra: uforetrygdFra, fraUkjent: true, endretVed: "seed 004", bevis: Sekundaer,
		innhold: "For personer som har fått innvilget varig tilrettelagt arbeid, er inntektsgrensen for avkorting av uføretrygden 1 G; for de fleste andre er den 0,4 G.",
		merknad: "Prop. 4 L (2021–2022) punkt 7.1 og NAVs brevmal TBU1206 sier det samme. Hvilken bestemmelse som gir 1 G i VTA, er ikke funnet, og kildene avgjør ikke om 1 G legges til inntekten etter uførhet eller er hele grensen. Veiledningen er ikke datert; regelen er modellert fra uføretrygden kom 1. januar 2015.",
		fribelop: []*fribelopdel{{gruppe: FribelopVTA, prosent: 100, leggesTilIEU: tiltak.Ukjent,
			beskrivelse: "For den som har fått innvilget VTA, er fribeløpet 1 G."}}}}}

// navbrevFribelop1G er lovendringen om fribeløp 1 G etter to år med
// uføretrygd, kjent bare fra NAVs brevmaler: paragrafen den står i, er
// ikke kjent.
var navbrevFribelop1G = &paragraf{id: "navbrev-fribelop-1g", kilde: tiltak.NAVBrev, tittel: "Fribeløp 1 G etter to år med uføretrygd",
	merknad: "fribeløp 1 G etter to år med uføretrygd; lovendringens paragraf er ikke kjent",
	versjoner: []*versjon{{fra: toArVirkning, endretVed: "ukjent", bevis: Sekundaer,
		innhold: "Fribeløpet øker fra 0,4 G til 1 G for den som har hatt uføretrygd i to år (24 måneder) eller mer uten økning i uføregraden; en økning i uføregraden gir en ny periode på to år med 0,4 G. Bunnfradraget er fortsatt inntekten etter uførhet pluss fribeløpet. Personer i varig tilrettelagt arbeid påvirkes ikke. Ifølge brevene trer endringen i kraft 1. oktober 2026 med virkning fra 1. januar 2026.",
		merknad: "Bare NAVs brevmaler (vedtaksbrevet om økt bunnfradrag og infobrevet om lovendringene i 2026) er lest; de nevner verken paragraf eller lovvedtak. Fram til 1. oktober 2026 reduseres uføretrygden etter 0,4 G; NAV øker deretter de månedlige utbetalingene ut 2026, og bare det som da gjenstår, betales i etteroppgjøret. Infobrevet sier at alle som fikk innvilget uføretrygd før 1. januar 2024, får 1 G i hele 2026. At de to årene regnes fra virkningstidspunktet, bygger på brevets eksempel («innvilget uføretrygd med virkning fra april 2025»).",
		fribelop: []*fribelopdel{{gruppe: FribelopEtterToAr, prosent: 100, leggesTilIEU: tiltak.Ja, etterManeder: 24,
			okningNyPeriode: true, unntarVTA: true, ikraft: toArIKraft,
			beskrivelse: "Etter to år (24 måneder) med uføretrygd uten økning i uføregraden er fribeløpet 1 G; personer i VTA påvirkes ikke."}}}}}

// uforeParagrafer er paragrafene om fribeløpet, i gruppenes rekkefølge.
var uforeParagrafer = []*paragraf{ftrl1214l1, seed004Uforegrense, navbrevFribelop1G}

// Fribelopsregel er én regel om fribeløpet i inntektsgrensen (fra 1. juli
// 2026 bunnfradraget) for uføretrygd, slik en paragrafversjon i lovlaget
// sier den. Grensen er inntekten etter uførhet pluss fribeløpet; pakken
// tilskudd regner den (tilskudd.Inntektsgrense).
type Fribelopsregel struct {
	// ID er paragrafversjonens id, for eksempel "navbrev-fribelop-1g-v20260101".
	ID string `json:"id"`
	// Gruppe sier hvem regelen gjelder for.
	Gruppe Fribelopsgruppe `json:"gruppe"`
	// Prosent er fribeløpet i prosent av grunnbeløpet per kalenderår: 40
	// er 0,4 G, 100 er 1 G.
	Prosent int64 `json:"prosent"`
	// LeggesTilIEU er Ja når fribeløpet legges til inntekten etter uførhet,
	// og Ukjent når kildene ikke avgjør om det legges til eller er hele
	// grensen (VTA).
	LeggesTilIEU tiltak.Svar `json:"legges_til_ieu"`
	// EtterManeder er hvor mange måneder personen må ha hatt uføretrygd
	// før regelen gjelder (24), eller 0.
	EtterManeder int `json:"etter_maneder,omitempty"`
	// OkningGirNyPeriode: en økning i uføregraden starter perioden på
	// EtterManeder på nytt.
	OkningGirNyPeriode bool `json:"okning_gir_ny_periode,omitempty"`
	// UnntarVTA: regelen gjelder ikke personer i varig tilrettelagt arbeid.
	UnntarVTA bool `json:"unntar_vta,omitempty"`
	// Fra er første dag regelen har virkning.
	Fra tiltak.Dato `json:"fra"`
	// IKraft er dagen regelen trådte i kraft. Den er senere enn Fra når
	// loven har virkning fra en tidligere dag (1 G etter to år: i kraft 1.
	// oktober 2026, virkning fra 1. januar 2026, ifølge NAVs brev); fram til
	// IKraft reduserer NAV uføretrygden etter fribeløpet i gruppen
	// FribelopAlle, deretter økes de månedlige utbetalingene ut 2026, og
	// bare resten betales i etteroppgjøret.
	IKraft tiltak.Dato `json:"i_kraft"`
	// Begrep er lovens ord for grensen mens versjonen gjelder:
	// "inntektsgrense" eller "bunnfradrag"; tomt for regler som ikke gir
	// det.
	Begrep string `json:"begrep,omitempty"`
	// Hjemmel er henvisningen til versjonen.
	Hjemmel tiltak.Hjemmel `json:"hjemmel"`
	// Bevis er hva versjonen bygger på (her alltid sekundærkilder).
	Bevis Bevis `json:"bevis"`
	// Uverifisert er sann når versjonen ikke bygger på lest lovtekst.
	Uverifisert bool `json:"uverifisert"`
	// FraUkjent er sann når kildene ikke gir første dag regelen gjaldt;
	// Fra er da første dag biblioteket modellerer den fra.
	FraUkjent bool `json:"fra_ukjent,omitempty"`
	// Beskrivelse er regelen med bibliotekets ord.
	Beskrivelse string `json:"beskrivelse"`
	// Merknad er det som er usikkert ved versjonen.
	Merknad string `json:"merknad,omitempty"`
}

func (d *fribelopdel) regel() Fribelopsregel {
	v := d.versjon
	ik := d.ikraft
	if ik.IsZero() {
		ik = v.fra
	}
	return Fribelopsregel{ID: v.id, Gruppe: d.gruppe, Prosent: d.prosent, LeggesTilIEU: d.leggesTilIEU,
		EtterManeder: d.etterManeder, OkningGirNyPeriode: d.okningNyPeriode, UnntarVTA: d.unntarVTA,
		Fra: v.fra, IKraft: ik, Begrep: d.begrep, Hjemmel: v.hjemmel(), Bevis: v.bevis, Uverifisert: v.bevis.Uverifisert(),
		FraUkjent: v.fraUkjent, Beskrivelse: d.beskrivelse, Merknad: v.merknad}
}

// UforetrygdFra gir første dag inntektsgrensen for uføretrygd er modellert
// fra: 1. januar 2015, da uførepensjonen ble omregnet til uføretrygd.
func UforetrygdFra() tiltak.Dato { return uforetrygdFra }

// Fribelopsregler gir reglene om fribeløpet som har virkning på datoen d, i
// fast rekkefølge: FribelopAlle (folketrygdloven § 12-14 første ledd),
// FribelopVTA (seed 004) og, fra 1. januar 2026, FribelopEtterToAr (NAVs
// brev). Skiven er ny hver gang.
//
// Feil: en manglende dato gir en *tiltak.FeltFeil, og en dato før 1.
// januar 2015 en *IkkeModellertFeil (reglene for uførepensjon før
// uføretrygden er ikke modellert).
func Fribelopsregler(d tiltak.Dato) ([]Fribelopsregel, error) {
	if err := sjekkDato("dato", d); err != nil {
		return nil, err
	}
	if d.Before(uforetrygdFra) {
		return nil, &IkkeModellertFeil{Dato: d, Fra: uforetrygdFra,
			Grunn: "inntektsgrensen for uføretrygd er modellert fra 1. januar 2015, da uførepensjonen ble omregnet til uføretrygd; reglene for uførepensjon før det er ikke modellert"}
	}
	ut := make([]Fribelopsregel, 0, len(uforeParagrafer))
	for _, p := range uforeParagrafer {
		if v := p.pa(d); v != nil {
			for _, fd := range v.fribelop {
				ut = append(ut, fd.regel())
			}
		}
	}
	return ut, nil
}

// Fribelopsversjoner gir alle reglene om fribeløpet i lovlaget, paragraf
// for paragraf og versjon for versjon (en ny skive).
func Fribelopsversjoner() []Fribelopsregel {
	var ut []Fribelopsregel
	for _, p := range uforeParagrafer {
		for _, v := range p.versjoner {
			for _, fd := range v.fribelop {
				ut = append(ut, fd.regel())
			}
		}
	}
	return slices.Clip(ut)
}
