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
}

func TestKilder(t *testing.T) { kjorRader(t, raderKilder) }
