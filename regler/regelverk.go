package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Datoene versjonene skifter på.
var (
	tfIKraft        = dato(2016, 1, 1)  // tiltaksforskriften i kraft [V15]
	tf13Endret      = dato(2025, 8, 1)  // § 1-3 «andre aldersgrenser», §§ 5-3 og 7-3 [V-amend 2025-1575]
	tf13For         = dato(2025, 7, 31) // siste dag med 2016-ordlyden i § 1-3
	kap7Ny          = dato(2025, 7, 1)  // nytt kapittel 7 og ny § 5-3 [V-amend 2025-117]
	inkl2022        = dato(2022, 9, 1)  // § 11-2 andre ledd [V-amend 2022-932]
	sommerjobbFra   = dato(2021, 6, 1)  // tilskudd til sommerjobb i kraft [S]
	aftTidligst     = dato(2018, 1, 1)  // tidligste kilde som viser AFT i drift: AFT-sats for 2018 (ASVL, se faktasjekken) [S]; samme dato som i varighet
	egenregiFra     = dato(2023, 6, 20) // egenregiforskriften kap. 1–3 i kraft (seed 002 § 5-1)
	ungdomsgarantiF = dato(2023, 7, 1)  // egenregiforskriften kap. 4 i kraft (seed 002 § 5-1)
	firearigFra     = dato(2026, 8, 1)  // første oppstart i NAVs kode [C]
	firearigTil     = dato(2032, 12, 31)
)

const (
	grunnTF       = "tiltaksforskriften gjelder fra 1. januar 2016; forskriftene før den er ikke modellert"
	grunnEgenregi = "egenregiforskriften kapittel 1–3 gjelder fra 20. juni 2023 og erstattet forskrift 4. februar 2019 nr. 65, som ikke er modellert"
)

// tfTo gir de to versjonene et tiltak i tiltaksforskriften har når bare
// § 1-3 endret seg: 2016-ordlyden til 31. juli 2025 og «andre
// aldersgrenser» fra 1. august 2025.
func tfTo(kode tiltak.Kode, praksis []Praksisregel, vilkar ...*Vilkar) *tiltaksregler {
	return &tiltaksregler{kode: kode, grunn: grunnTF, versjoner: []*Regelsett{
		{Tiltak: kode, ID: string(kode) + "-v20160101", Fra: tfIKraft, Til: tf13For, Vilkar: felles2016(vilkar...), Praksis: praksis},
		{Tiltak: kode, ID: string(kode) + "-v20250801", Fra: tf13Endret, Vilkar: felles2025(vilkar...), Praksis: praksis},
	}}
}

// opplaering gir versjonene for én bokstav i § 7-2 fra 1. juli 2025.
func opplaering(kode tiltak.Kode, v2016, v2025 []*Vilkar) *tiltaksregler {
	return &tiltaksregler{kode: kode,
		grunn: "ordlyden i kapittel 7 mellom 2016 og 1. juli 2025 er ikke verifisert, så datoer før 1. juli 2025 er ikke modellert",
		versjoner: []*Regelsett{
			{Tiltak: kode, ID: string(kode) + "-v20250701", Fra: kap7Ny, Til: tf13For, Vilkar: v2016},
			{Tiltak: kode, ID: string(kode) + "-v20250801", Fra: tf13Endret, Vilkar: v2025},
		}}
}

var (
	opplaeringAE = []*Vilkar{tf73Kvalifisering, tf73VanskerAE, tf73AlderAE}
	opplaeringF  = []*Vilkar{tf73Kvalifisering, tf73F, tf73AlderF}
)

var praksisVarig = []Praksisregel{{Vilkar: praksisInnsatsVarig}, {Vilkar: praksisAlder72}}

func sommerjobbVilkar(felles func(...*Vilkar) []*Vilkar) []*Vilkar {
	return felles(tf8Alder, tf8Personkrets, tf8Permittering)
}

var sommerjobbPraksis = []Praksisregel{{Vilkar: praksisSommerjobbAlder, Erstatter: tf8Alder}, {Vilkar: praksisInnsatsBistand}}

var inkluderingPraksis2022 = []Praksisregel{{Vilkar: praksisInkludering, Erstatter: tf112_2022}, {Vilkar: praksisInnsatsBistand}, {Vilkar: praksisAlder72}}

var egenregiIPS = []*Vilkar{er13Nodvendig, er31Alder, er31Malgruppe, er31Behov, er32Samtykke}

// regelverk har reglene for hvert tiltak i katalogens rekkefølge. Den
// bygges én gang og endres aldri.
var regelverk = []*tiltaksregler{
	tfTo(tiltak.Avklaring, nil, tf23),
	tfTo(tiltak.Arbeidstrening, praksisVeiledning72, tf33),
	tfTo(tiltak.Oppfolging, nil, tf43),
	tfTo(tiltak.Jobbklubb, nil, tf42Jobbklubb, tf43),
	{kode: tiltak.Mentor, grunn: grunnTF, versjoner: []*Regelsett{
		{Tiltak: tiltak.Mentor, ID: "mentor-v20160101", Fra: tfIKraft, Til: kap7Ny.AddDays(-1), Vilkar: felles2016(tf53_2016, tf18), Praksis: praksisVeiledning72,
			Uverifisert: true, Merknad: "«Opplæring i form av ordinær utdanning» er lest som opplæring etter § 7-2 bokstav c–f i dagens katalog."},
		{Tiltak: tiltak.Mentor, ID: "mentor-v20250701", Fra: kap7Ny, Til: tf13For, Vilkar: felles2016(tf53_20250701, tf18), Praksis: praksisVeiledning72},
		{Tiltak: tiltak.Mentor, ID: "mentor-v20250801", Fra: tf13Endret, Vilkar: felles2025(tf53_20250801, tf18), Praksis: praksisVeiledning72},
	}},
	tfTo(tiltak.Funksjonsassistanse, nil, tf63, tf18),
	opplaering(tiltak.OpplaeringAMO, felles2016(opplaeringAE...), felles2025(opplaeringAE...)),
	opplaering(tiltak.OpplaeringNorskFOV, felles2016(opplaeringAE...), felles2025(opplaeringAE...)),
	opplaering(tiltak.OpplaeringStudiespesialisering, felles2016(opplaeringAE...), felles2025(opplaeringAE...)),
	opplaering(tiltak.OpplaeringFagOgYrke, felles2016(opplaeringAE...),
		[]*Vilkar{tf13AlderD2025, tf13Nodvendig2025, tf73Kvalifisering, tf73VanskerAE, tf73AlderD2025}),
	opplaering(tiltak.OpplaeringFagskole, felles2016(opplaeringAE...), felles2025(opplaeringAE...)),
	opplaering(tiltak.OpplaeringHoyereUtdanning, felles2016(opplaeringF...), felles2025(opplaeringF...)),
	{kode: tiltak.Sommerjobb, versjoner: []*Regelsett{
		{Tiltak: tiltak.Sommerjobb, ID: "sommerjobb-v20210601", Fra: sommerjobbFra, Til: tf13For, Innfort: true, IKraft: hTF8,
			Vilkar: sommerjobbVilkar(felles2016), Praksis: sommerjobbPraksis, Uverifisert: true,
			Merknad: "Kapittel 8 er ikke lest; vilkårene bygger på NAVs informasjon [S] og innføringsdatoen 1. juni 2021 [S]."},
		{Tiltak: tiltak.Sommerjobb, ID: "sommerjobb-v20250801", Fra: tf13Endret, IKraft: hTF8,
			Vilkar: sommerjobbVilkar(felles2025), Praksis: sommerjobbPraksis, Uverifisert: true,
			Merknad: "Kapittel 8 er ikke lest; vilkårene bygger på NAVs informasjon [S]."},
	}},
	tfTo(tiltak.MidlertidigLonnstilskudd, praksisVeiledning72, tf93, tf18),
	tfTo(tiltak.VarigLonnstilskudd, praksisVarig, tf103Arbeidsevne, tf103Beholde, tf104, tf18),
	{kode: tiltak.Inkluderingstilskudd, grunn: grunnTF, versjoner: []*Regelsett{
		{Tiltak: tiltak.Inkluderingstilskudd, ID: "inkluderingstilskudd-v20160101", Fra: tfIKraft, Til: inkl2022.AddDays(-1), Vilkar: felles2016(tf112_2016, tf18), Praksis: praksisVeiledning72},
		{Tiltak: tiltak.Inkluderingstilskudd, ID: "inkluderingstilskudd-v20220901", Fra: inkl2022, Til: tf13For, Vilkar: felles2016(tf112_2022, tf18), Praksis: inkluderingPraksis2022},
		{Tiltak: tiltak.Inkluderingstilskudd, ID: "inkluderingstilskudd-v20250801", Fra: tf13Endret, Vilkar: felles2025(tf112_2022, tf18), Praksis: inkluderingPraksis2022},
	}},
	tfTo(tiltak.ArbeidsrettetRehabilitering, nil, tf123, tf18),
	{kode: tiltak.AFT, grunn: "kapittel 13 var tomt i 2016-teksten, og datoen det ble fylt er ikke funnet; modellen starter ved den tidligste kilden som viser AFT i drift (instruksen 20. januar 2021, seed 000)",
		versjoner: []*Regelsett{
			{Tiltak: tiltak.AFT, ID: "aft-v20210120", Fra: aftTidligst, Til: tf13For, Vilkar: felles2016(tf133), Uverifisert: true,
				Merknad: "Ordlyden i § 13-3 er ikke verifisert; personkretsen bygger på NAVs beskrivelse. Startdatoen er tidligste kilde, ikke ikrafttredelsen."},
			{Tiltak: tiltak.AFT, ID: "aft-v20250801", Fra: tf13Endret, Vilkar: felles2025(tf133), Uverifisert: true,
				Merknad: "Ordlyden i § 13-3 er ikke verifisert; personkretsen bygger på NAVs beskrivelse."},
		}},
	tfTo(tiltak.VTA, nil, tf143Uforetrygd, tf143Tilrettelegging, tf143AndreTiltak),
	tfTo(tiltak.VTAO, []Praksisregel{{Vilkar: praksisInnsatsVarig}, {Vilkar: praksisAlder67}, {Vilkar: praksisVTAOOppstart}},
		tf142VTAO, tf143Uforetrygd, tf143Tilrettelegging, tf143AndreTiltak),
	{kode: tiltak.ArbeidMedStotte, grunn: grunnEgenregi, versjoner: []*Regelsett{
		{Tiltak: tiltak.ArbeidMedStotte, ID: "arbeid-med-stotte-v20230620", Fra: egenregiFra, Vilkar: []*Vilkar{er13Nodvendig, er21Alder, er21Behov}},
	}},
	{kode: tiltak.IndividuellJobbstotte, grunn: grunnEgenregi, versjoner: []*Regelsett{
		{Tiltak: tiltak.IndividuellJobbstotte, ID: "individuell-jobbstotte-v20230620", Fra: egenregiFra, Vilkar: egenregiIPS},
	}},
	{kode: tiltak.IPSUng, grunn: grunnEgenregi, versjoner: []*Regelsett{
		{Tiltak: tiltak.IPSUng, ID: "ips-ung-v20230620", Fra: egenregiFra,
			Vilkar: []*Vilkar{er13Nodvendig, er36Alder, er36Malgruppe, er31Behov, er32Samtykke}},
	}},
	{kode: tiltak.Ungdomsgaranti, versjoner: []*Regelsett{
		{Tiltak: tiltak.Ungdomsgaranti, ID: "ungdomsgaranti-v20230701", Fra: ungdomsgarantiF, Innfort: true, IKraft: hER51,
			Vilkar: []*Vilkar{er13Nodvendig, er41Alder, er41Bistand}},
	}},
	{kode: tiltak.FirearigLonnstilskudd, versjoner: []*Regelsett{
		{Tiltak: tiltak.FirearigLonnstilskudd, ID: "firearig-lonnstilskudd-v20260801", Fra: firearigFra, Til: firearigTil, Innfort: true, Opphort: true, IKraft: hFir,
			Vilkar: []*Vilkar{firAlder, praksisInnsatsNedsatt, firSkaffe}, Uverifisert: true,
			Merknad: "Forskriftsteksten er ikke lest; vilkår og datoer er NAVs kode. Etter NAVs kode er bare enkelte NAV-kontorer med i forsøket (faktasjekken); det er ikke modellert."},
	}},
	{kode: tiltak.Aktivitetsplass, versjoner: []*Regelsett{
		{Tiltak: tiltak.Aktivitetsplass, ID: "aktivitetsplass-seed003", Vilkar: []*Vilkar{seed003Valg}, Uverifisert: true,
			Merknad: "Kommunens rutine (seed 003) er udatert og gjelder for alle datoer i modellen."},
	}},
	{kode: tiltak.Sprakpraksis, versjoner: []*Regelsett{
		{Tiltak: tiltak.Sprakpraksis, ID: "sprakpraksis-seed003", Vilkar: []*Vilkar{seed003Valg}, Uverifisert: true,
			Merknad: "Kommunens rutine (seed 003) er udatert og gjelder for alle datoer i modellen."},
	}},
}

// vilkarIkkeModellert står i sporet når regelverket på datoen ikke er
// modellert (VurderAlle). Det har ingen hjemmel.
var vilkarIkkeModellert = &Vilkar{
	ID:          "ikke-modellert",
	Beskrivelse: "Regelverket på datoen er ikke modellert.",
	Vurder:      func(*tiltak.Fakta, tiltak.Dato) Utfall { return MaVurderes },
	Tekst:       tekst("", "", "Regelverket på datoen er ikke modellert; vilkårene må vurderes manuelt."),
}

// maksSporAlle er det største antallet sporpunkter VurderAlle kan gi (satt
// av byggPlaner).
var maksSporAlle int

// vilkarEtterID slår opp alle vilkår pakken kjenner.
var vilkarEtterID = map[string]*Vilkar{}

func init() {
	leggTil := func(v *Vilkar) {
		if _, finnes := vilkarEtterID[v.ID]; !finnes {
			vilkarEtterID[v.ID] = v
		}
	}
	leggTil(vilkarIkkeModellert)
	for _, t := range regelverk {
		ikraft := &Vilkar{
			ID:          string(t.kode) + ".ikke-i-kraft",
			Beskrivelse: "Tiltaket må være i kraft på datoen.",
			Vurder:      func(*tiltak.Fakta, tiltak.Dato) Utfall { return IkkeOppfylt },
			Tekst:       tekst("", "Tiltaket er ikke i kraft på datoen.", ""),
		}
		for _, rs := range t.versjoner {
			if rs.Innfort || rs.Opphort {
				ikraft.Hjemmel = rs.IKraft
				// Bygger datoen på en kilde vi ikke har lest i forskriftsteksten
				// (sommerjobb [S], fireårig [C]), er «ikke i kraft» også uverifisert.
				ikraft.Uverifisert = ikraft.Uverifisert || rs.Uverifisert
			}
			rs.ikkeIKraft = ikraft
			regelsettEtterID[rs.ID] = rs
			for _, v := range rs.Vilkar {
				leggTil(v)
			}
			for _, p := range rs.Praksis {
				leggTil(p.Vilkar)
			}
		}
		leggTil(ikraft)
	}
	for _, v := range andreVilkar {
		leggTil(v)
	}
	byggPlaner()
}

// FinnVilkar gir vilkåret med id-en, og false når pakken ikke kjenner den.
// Den brukes når et resultat leses fra JSON.
func FinnVilkar(id string) (*Vilkar, bool) {
	v, ok := vilkarEtterID[id]
	return v, ok
}

// AlleVilkar gir alle vilkårene pakken kjenner, sortert etter id.
func AlleVilkar() []*Vilkar {
	ut := make([]*Vilkar, 0, len(vilkarEtterID))
	for _, v := range vilkarEtterID {
		ut = append(ut, v)
	}
	sortVilkar(ut)
	return ut
}
