package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Kildedokumentene (kilder_seed.go): den kommunale rutinen for
// praksisplasser (seed 003) er udatert og gjelder for alle datoer; den
// setter ingen personkrets ut over at NAV-kontoret velger tiltaksformen, så
// vilkåret leser ingen fakta og må alltid vurderes.
var raderKilder = []rad{
	{id: "seed003-plasstyper-udatert", navn: "aktivitetsplass: NAV velger tiltaksform", kode: tiltak.Aktivitetsplass, fakta: grunnMed(), dato: sep2025, vilkar: "seed003-plasstyper-udatert.nav-velger-tiltaksform", want: MaVurderes, helhet: MaVurderes, versjon: "aktivitetsplass-udatert", mangler: mangler()},
	{id: "seed003-plasstyper-udatert", navn: "språkpraksis før tiltaksforskriften", kode: tiltak.Sprakpraksis, fakta: grunnMed(), dato: d(2010, 1, 1), vilkar: "seed003-plasstyper-udatert.nav-velger-tiltaksform", want: MaVurderes, helhet: MaVurderes, versjon: "sprakpraksis-udatert", mangler: mangler()},
	{id: "seed003-plasstyper-udatert", navn: "språkpraksis uten fakta", kode: tiltak.Sprakpraksis, fakta: tiltak.Fakta{}, dato: d(2030, 1, 1), vilkar: "seed003-plasstyper-udatert.nav-velger-tiltaksform", want: MaVurderes, mangler: mangler()},
	// Seed 004: VTA forutsetter «gjerne» høyst et 1:5-behov. Praksis,
	// vurdert bare med Valg.MedPraksis; et større behov gir må vurderes,
	// aldri ikke oppfylt alene.
	{id: "seed004-vta-oppfolgingsbehov-v20160101", navn: "VTA: behov høyst 1:5", kode: tiltak.VTA, fakta: grunnMed(svar(tiltak.FaktumOppfolgingsbehovHoyst1Til5, ja)), dato: sep2025, valg: Valg{MedPraksis: true}, vilkar: "seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5", want: Oppfylt},
	{id: "seed004-vta-oppfolgingsbehov-v20160101", navn: "VTA: større behov enn 1:5 må vurderes", kode: tiltak.VTA, fakta: grunnMed(svar(tiltak.FaktumOppfolgingsbehovHoyst1Til5, nei)), dato: sep2025, valg: Valg{MedPraksis: true}, vilkar: "seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5", want: MaVurderes, mangler: mangler()},
	{id: "seed004-vta-oppfolgingsbehov-v20160101", navn: "VTA: behovet ukjent", kode: tiltak.VTA, fakta: grunnMed(), dato: d(2016, 1, 1), valg: Valg{MedPraksis: true}, vilkar: "seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5", want: MaVurderes, mangler: mangler(tiltak.FaktumOppfolgingsbehovHoyst1Til5)},
}

func TestKilder(t *testing.T) { kjorRader(t, raderKilder) }

// Uten praksis gjelder forskriften alene: 1:5-praksisen er ikke i sporet,
// og et stort oppfølgingsbehov endrer ikke utfallet.
func TestVTAOppfolgingsbehovBareMedPraksis(t *testing.T) {
	f := grunnMed(svar(tiltak.FaktumOppfolgingsbehovHoyst1Til5, nei))
	uten, err := Vurder(tiltak.VTA, &f, sep2025)
	if err != nil {
		t.Fatal(err)
	}
	med, err := VurderMed(tiltak.VTA, &f, sep2025, Valg{MedPraksis: true})
	if err != nil {
		t.Fatal(err)
	}
	if uten.Utfall != Oppfylt || med.Utfall != MaVurderes {
		t.Errorf("uten praksis %v, med praksis %v", uten.Utfall, med.Utfall)
	}
	for _, p := range uten.Spor {
		if p.Vilkar().ID() == "seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5" {
			t.Error("praksisen er i sporet uten Valg.MedPraksis")
		}
	}
}
