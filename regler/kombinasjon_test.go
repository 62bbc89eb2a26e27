package regler

import (
	"errors"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

type kombRad struct {
	id         string
	med, hoved tiltak.Kode
	dato       tiltak.Dato
	hensikt    tiltak.Svar
	want       Utfall
	ikkeModell bool
}

var kombinasjonsRader = []kombRad{
	{id: "tf-5-3", med: tiltak.Mentor, hoved: tiltak.MidlertidigLonnstilskudd, dato: d(2025, 6, 30), want: Oppfylt},
	{id: "tf-5-3", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2025, 6, 30), want: IkkeOppfylt},
	{id: "tf-5-3-v20250701", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2025, 7, 1), want: Oppfylt},
	{id: "tf-5-3-v20250701", med: tiltak.Mentor, hoved: tiltak.OpplaeringAMO, dato: d(2025, 7, 31), want: Oppfylt},
	{id: "tf-5-3-v20250801", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2025, 8, 1), want: Oppfylt},
	{id: "tf-5-3-v20250801", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), want: IkkeOppfylt},
	{id: "tf-5-3-v20250801", med: tiltak.Mentor, hoved: tiltak.Arbeidstrening, dato: d(2025, 8, 1), want: Oppfylt},
	{id: "tf-11-2", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTAO, dato: d(2016, 1, 1), want: Oppfylt},
	{id: "tf-11-2", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTA, dato: d(2022, 8, 31), want: IkkeOppfylt},
	{id: "tf-11-2-l2", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Ungdomsgaranti, dato: d(2022, 9, 1), want: IkkeOppfylt},
	{id: "praksis-inkluderingstilskudd-liste", med: tiltak.Inkluderingstilskudd, hoved: tiltak.AFT, dato: d(2024, 1, 1), want: MaVurderes},
	{id: "seed004-oppfolging-kombinasjon", med: tiltak.Oppfolging, hoved: tiltak.Arbeidstrening, dato: d(2024, 1, 1), hensikt: tiltak.Ukjent, want: MaVurderes},
	{id: "seed004-oppfolging-kombinasjon", med: tiltak.Oppfolging, hoved: tiltak.MidlertidigLonnstilskudd, dato: d(2024, 1, 1), hensikt: tiltak.Ja, want: Oppfylt},
	{id: "seed004-oppfolging-kombinasjon", med: tiltak.Oppfolging, hoved: tiltak.VarigLonnstilskudd, dato: d(2024, 1, 1), hensikt: tiltak.Nei, want: IkkeOppfylt},
	{id: "seed003-plasstyper", med: tiltak.Mentor, hoved: tiltak.Aktivitetsplass, dato: d(2024, 1, 1), want: IkkeOppfylt},
	{id: "seed003-plasstyper", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Sprakpraksis, dato: d(2024, 1, 1), want: IkkeOppfylt},
	{id: "seed003-plasstyper", med: tiltak.Funksjonsassistanse, hoved: tiltak.Aktivitetsplass, dato: d(2024, 1, 1), want: IkkeOppfylt},
	{id: "tf-11-2", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Arbeidstrening, dato: d(2024, 1, 1), want: Oppfylt},
	{id: "", med: tiltak.Avklaring, hoved: tiltak.VTA, dato: d(2024, 1, 1), want: MaVurderes, ikkeModell: true},
}

func TestKanKombineres(t *testing.T) {
	for _, r := range kombinasjonsRader {
		t.Run(r.id+"/"+string(r.med)+"+"+string(r.hoved)+"/"+r.dato.String(), func(t *testing.T) {
			k, err := KanKombineres(r.med, r.hoved, r.dato, r.hensikt)
			if err != nil {
				t.Fatal(err)
			}
			if k.Utfall != r.want || k.IkkeModellert != r.ikkeModell || k.Hjemmel.ID != r.id || k.Forklaring == "" {
				t.Errorf("fikk %+v, ventet %v med hjemmel %q", k, r.want, r.id)
			}
		})
	}
	for _, tt := range []struct {
		med, hoved tiltak.Kode
		dato       tiltak.Dato
		felt       string
		is         error
	}{
		{"x", tiltak.Mentor, d(2024, 1, 1), "med", tiltak.ErrUkjentTiltak},
		{tiltak.Mentor, "y", d(2024, 1, 1), "hoved", tiltak.ErrUkjentTiltak},
		{tiltak.Mentor, tiltak.Arbeidstrening, tiltak.Dato{}, "dato", tiltak.ErrUgyldigDato},
	} {
		_, err := KanKombineres(tt.med, tt.hoved, tt.dato, tiltak.Ukjent)
		var fe *tiltak.FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tt.felt || !errors.Is(err, tt.is) {
			t.Errorf("%s+%s: %v", tt.med, tt.hoved, err)
		}
	}
	if _, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, d(2015, 12, 31), tiltak.Ukjent); !errors.Is(err, ErrIkkeModellert) {
		t.Errorf("før 2016: %v", err)
	}
	if _, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, d(2016, 1, 1), tiltak.Ukjent); err != nil {
		t.Errorf("1. januar 2016: %v", err)
	}
}

type digitalRad struct {
	id   string
	kode tiltak.Kode
	dato tiltak.Dato
	want Utfall
}

var digitalRader = []digitalRad{
	{"seed000-digital", tiltak.Oppfolging, d(2021, 1, 20), Oppfylt},
	{"seed000-digital", tiltak.Jobbklubb, d(2021, 1, 20), Oppfylt},
	{"seed000-digital", tiltak.Avklaring, d(2021, 3, 1), Oppfylt},
	{"seed000-digital", tiltak.ArbeidsrettetRehabilitering, d(2021, 3, 1), Oppfylt},
	{"seed000-digital", tiltak.AFT, d(2026, 1, 1), Oppfylt},
	{"seed000-digital", tiltak.OpplaeringAMO, d(2021, 1, 20), MaVurderes},
	{"seed000-digital", tiltak.OpplaeringFagOgYrke, d(2021, 1, 20), MaVurderes},
	{"seed000-digital", tiltak.OpplaeringHoyereUtdanning, d(2021, 1, 20), IkkeOppfylt},
	{"seed000-digital", tiltak.Arbeidstrening, d(2021, 1, 20), IkkeOppfylt},
	{"seed000-digital", tiltak.VTA, d(2021, 1, 20), IkkeOppfylt},
}

func TestDigitalGjennomforing(t *testing.T) {
	for _, r := range digitalRader {
		g, err := DigitalGjennomforing(r.kode, r.dato)
		if err != nil {
			t.Fatalf("%s %s: %v", r.kode, r.dato, err)
		}
		if g.Utfall != r.want || !g.IKraft || !g.SluttUkjent || g.Hjemmel.ID != r.id || g.Forklaring == "" {
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
}

type covidRad struct {
	id                 string
	navn               string
	dato               tiltak.Dato
	planlagt           tiltak.Periode
	avbrutt, utenSkyld tiltak.Svar
	want               Utfall
	ikraft             bool
}

var q1 = tiltak.Periode{Fra: d(2021, 1, 4), Til: d(2021, 6, 30)}

var covidRader = []covidRad{
	{"tpf-6-covid", "20. januar 2021", d(2021, 1, 20), q1, ja, ja, Oppfylt, true},
	{"tpf-6-covid", "31. mars 2021", d(2021, 3, 31), q1, ja, ja, Oppfylt, true},
	{"tpf-6-covid", "1. april 2021: ikke i kraft", d(2021, 4, 1), q1, ja, ja, IkkeOppfylt, false},
	{"tpf-6-covid", "egen skyld", d(2021, 2, 1), q1, ja, nei, IkkeOppfylt, true},
	{"tpf-6-covid", "ikke avbrutt", d(2021, 2, 1), q1, nei, ja, IkkeOppfylt, true},
	{"tpf-6-covid", "ukjent skyld", d(2021, 2, 1), q1, ja, uk, MaVurderes, true},
	{"tpf-6-covid", "utenfor planlagt periode", d(2021, 1, 20), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, IkkeOppfylt, true},
	{"tpf-6-covid", "dagen etter planlagt slutt", d(2021, 3, 2), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, IkkeOppfylt, true},
	{"tpf-6-covid", "siste planlagte dag", d(2021, 3, 1), tiltak.Periode{Fra: d(2021, 2, 1), Til: d(2021, 3, 1)}, ja, ja, Oppfylt, true},
	{"tpf-6-covid", "planlagt periode ukjent", d(2021, 2, 1), tiltak.Periode{}, ja, ja, MaVurderes, true},
}

func TestTiltakspengerCovid(t *testing.T) {
	for _, r := range covidRader {
		g, err := TiltakspengerCovid(r.dato, r.planlagt, r.avbrutt, r.utenSkyld)
		if err != nil {
			t.Fatalf("%s: %v", r.navn, err)
		}
		if g.Utfall != r.want || g.IKraft != r.ikraft || g.Hjemmel.ID != r.id || !g.Uverifisert || g.Forklaring == "" {
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
