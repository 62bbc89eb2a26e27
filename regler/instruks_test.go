package regler

import (
	"errors"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Direktoratets instruks av 20. januar 2021 (instruks.go, seed 000) og
// tiltakspengeforskriften § 6 siste ledd slik instruksen siterer den.

type digitalRad struct {
	kode tiltak.Kode
	dato tiltak.Dato
	want Utfall
}

// Oppfølging (også jobbklubb), avklaring, arbeidsrettet rehabilitering og AFT
// «bør» gjennomføres digitalt; opplæring som kan kjøpes som gruppe må
// vurderes; andre tiltak er ikke nevnt.
var digitalRader = []digitalRad{
	{tiltak.Oppfolging, d(2021, 1, 20), Oppfylt},
	{tiltak.Jobbklubb, d(2021, 1, 20), Oppfylt},
	{tiltak.Avklaring, d(2021, 3, 1), Oppfylt},
	{tiltak.ArbeidsrettetRehabilitering, d(2021, 3, 1), Oppfylt},
	{tiltak.AFT, d(2026, 1, 1), Oppfylt},
	{tiltak.OpplaeringAMO, d(2021, 1, 20), MaVurderes},
	{tiltak.OpplaeringFagOgYrke, d(2021, 1, 20), MaVurderes},
	{tiltak.OpplaeringHoyereUtdanning, d(2021, 1, 20), IkkeOppfylt},
	{tiltak.Arbeidstrening, d(2021, 1, 20), IkkeOppfylt},
	{tiltak.VTA, d(2021, 1, 20), IkkeOppfylt},
}

func TestDigitalGjennomforing(t *testing.T) {
	for _, r := range digitalRader {
		g, err := DigitalGjennomforing(r.kode, r.dato)
		if err != nil {
			t.Fatalf("%s %s: %v", r.kode, r.dato, err)
		}
		if g.Utfall != r.want || !g.IKraft || !g.SluttUkjent || g.Hjemmel.ID != "seed000-instruks-v20210120" || g.Tiltak != r.kode || g.Forklaring == "" {
			t.Errorf("%s %s: %+v, ventet %v", r.kode, r.dato, g, r.want)
		}
	}
	// 19. januar 2021: tidligere instrukser er ikke modellert.
	if _, err := DigitalGjennomforing(tiltak.Oppfolging, d(2021, 1, 19)); !errors.Is(err, ErrIkkeModellert) {
		t.Errorf("19. januar: %v", err)
	}
	if _, err := DigitalGjennomforing("x", d(2021, 1, 20)); !errors.Is(err, tiltak.ErrUkjentTiltak) {
		t.Errorf("ukjent kode: %v", err)
	}
	if _, err := DigitalGjennomforing(tiltak.Oppfolging, tiltak.Dato{}); !errors.Is(err, tiltak.ErrUgyldigDato) {
		t.Errorf("null dato: %v", err)
	}
	if Instruks2021Fra() != d(2021, 1, 20) || Instruks2021().ID() != "seed000-instruks-v20210120" || Instruks2021().Bevis() != Kildedokument || Instruks2021().Uverifisert() {
		t.Errorf("instruksen: %s %s", Instruks2021Fra(), Instruks2021().ID())
	}
}

type covidRad struct {
	navn               string
	dato               tiltak.Dato
	planlagt           tiltak.Periode
	avbrutt, utenSkyld tiltak.Svar
	want               Utfall
	ikraft             bool
}

var q1 = tiltak.Periode{Fra: d(2021, 1, 4), Til: d(2021, 6, 30)}

var covidRader = []covidRad{
	{"20. januar 2021", d(2021, 1, 20), q1, ja, ja, Oppfylt, true},
	{"31. mars 2021", d(2021, 3, 31), q1, ja, ja, Oppfylt, true},
	{"1. april 2021: ikke i kraft", d(2021, 4, 1), q1, ja, ja, IkkeOppfylt, false},
	{"egen skyld", d(2021, 2, 1), q1, ja, nei, IkkeOppfylt, true},
	{"ikke avbrutt", d(2021, 2, 1), q1, nei, ja, IkkeOppfylt, true},
	{"ukjent skyld", d(2021, 2, 1), q1, ja, uk, MaVurderes, true},
	{"utenfor planlagt periode", d(2021, 1, 20), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, IkkeOppfylt, true},
	{"dagen etter planlagt slutt", d(2021, 3, 2), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, IkkeOppfylt, true},
	{"siste planlagte dag", d(2021, 3, 1), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, Oppfylt, true},
	{"planlagt periode ukjent", d(2021, 2, 1), tiltak.Periode{}, ja, ja, MaVurderes, true},
	{"planlagt periode ukjent, ikke avbrutt", d(2021, 2, 1), tiltak.Periode{}, nei, ja, IkkeOppfylt, true},
}

func TestTiltakspengerCovid(t *testing.T) {
	for _, r := range covidRader {
		g, err := TiltakspengerCovid(r.dato, r.planlagt, r.avbrutt, r.utenSkyld)
		if err != nil {
			t.Fatalf("%s: %v", r.navn, err)
		}
		if g.Utfall != r.want || g.IKraft != r.ikraft || g.Hjemmel.ID != "tpf-6-covid-v20210120" || !g.Hjemmel.Siste || !g.Uverifisert || g.Forklaring == "" {
			t.Errorf("%s: %+v, ventet %v (i kraft %v)", r.navn, g, r.want, r.ikraft)
		}
	}
	// 19. januar 2021: starten er ikke verifisert.
	if _, err := TiltakspengerCovid(d(2021, 1, 19), q1, ja, ja); !errors.Is(err, ErrIkkeModellert) {
		t.Errorf("19. januar: %v", err)
	}
	if _, err := TiltakspengerCovid(tiltak.Dato{}, q1, ja, ja); !errors.Is(err, tiltak.ErrUgyldigDato) {
		t.Errorf("null dato: %v", err)
	}
	_, err := TiltakspengerCovid(d(2021, 2, 1), tiltak.Periode{Fra: d(2021, 3, 1), Til: d(2021, 2, 1)}, ja, ja)
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "planlagt" || !errors.Is(err, tiltak.ErrUgyldigPeriode) {
		t.Errorf("periode i feil rekkefølge: %v", err)
	}
}
