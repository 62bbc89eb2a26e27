package tilskudd

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func TestStopp(t *testing.T) {
	for _, r := range []struct {
		id      string
		kode    tiltak.Kode
		h       Stopphendelse
		hjemmel string
		err     error
		felt    string
	}{
		// seed000-permittering-lonnstilskudd: fra datoen permitteringen trer i kraft.
		{"seed000-permittering-lonnstilskudd", tiltak.MidlertidigLonnstilskudd, Stopphendelse{Permittering, D("2021-01-20")}, "seed000-permittering-lonnstilskudd", nil, ""},
		{"seed000-permittering-lonnstilskudd", tiltak.VarigLonnstilskudd, Stopphendelse{Permittering, D("2024-03-01")}, "seed000-permittering-lonnstilskudd", nil, ""},
		{"seed000-permittering-lonnstilskudd", tiltak.MidlertidigLonnstilskudd, Stopphendelse{Permittering, D("2021-01-19")}, "", ErrIkkeModellert, "hendelse.dato"},
		{"seed000-permittering-lonnstilskudd", tiltak.MidlertidigLonnstilskudd, Stopphendelse{ArbeidsforholdAvsluttet, D("2022-01-01")}, "", ErrIkkeModellert, "hendelse.type"},
		{"seed000-permittering-lonnstilskudd", tiltak.FirearigLonnstilskudd, Stopphendelse{Permittering, D("2026-09-01")}, "", ErrIkkeModellert, "hendelse.type"},
		{"seed000-permittering-lonnstilskudd", tiltak.Sommerjobb, Stopphendelse{Permittering, D("2022-06-01")}, "", ErrIkkeModellert, "hendelse.type"},
		// seed000-mentor-stopp: permittering, arbeidsforhold eller tiltak avsluttet.
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{Permittering, D("2021-01-20")}, "seed000-mentor-stopp", nil, ""},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{ArbeidsforholdAvsluttet, D("2023-05-01")}, "seed000-mentor-stopp", nil, ""},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{TiltakAvsluttet, D("2023-05-01")}, "seed000-mentor-stopp", nil, ""},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{TiltakAvsluttet, D("2021-01-19")}, "", ErrIkkeModellert, "hendelse.dato"},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{HendelseUkjent, D("2023-05-01")}, "", ErrUkjentFaktum, "hendelse.type"},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{Hendelse(9), D("2023-05-01")}, "", ErrUkjentFaktum, "hendelse.type"},
		{"seed000-mentor-stopp", tiltak.Mentor, Stopphendelse{Permittering, tiltak.Dato{}}, "", ErrUkjentFaktum, "hendelse.dato"},
		{"seed000-mentor-stopp", "ukjent", Stopphendelse{Permittering, D("2023-05-01")}, "", tiltak.ErrUkjentTiltak, "tiltak"},
	} {
		v, err := Stopp(r.kode, r.h)
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if v.Hjemmel.ID != r.hjemmel || v.Fra != r.h.Dato || !v.Uverifisert || v.Tiltak != r.kode {
			t.Errorf("%s: %+v", r.id, v)
		}
	}
	names := map[Hendelse]string{Permittering: "permittering", ArbeidsforholdAvsluttet: "arbeidsforhold-avsluttet", TiltakAvsluttet: "tiltak-avsluttet", HendelseUkjent: "ukjent"}
	for h, n := range names {
		if b, _ := h.MarshalText(); string(b) != n {
			t.Errorf("%d: %q", h, b)
		}
	}
}

func TestStoppKutterPlanOgPerioder(t *testing.T) {
	// seed000-mentor-stopp: mentoravtale 10.01–09.07.2024, arbeidsforholdet
	// avsluttes med virkning 16.03.2024: tilskudd til og med 15.03.
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.Mentor, Periode: P("2024-01-10", "2024-07-09")})
	if err != nil {
		t.Fatal(err)
	}
	v, err := Stopp(tiltak.Mentor, Stopphendelse{ArbeidsforholdAvsluttet, D("2024-03-16")})
	if err != nil {
		t.Fatal(err)
	}
	k := plan.Kutt(v.Fra)
	if len(k.Trinn) != 1 || k.Trinn[0].Periode != P("2024-01-10", "2024-03-15") {
		t.Errorf("kuttet plan: %+v", k.Trinn)
	}
	per, err := Tilskuddsperioder(k, standardsatser, AvrundingDesimal)
	if err != nil {
		t.Fatal(err)
	}
	// 39 104 per hel måned; 10.–31.01 (22 dager): 39 104 × 22 / 30,4375 =
	// 28 264,08 → 28 264; 1.–15.03 (15 dager): 39 104 × 15 / 30,4375 = 19 270,96 → 19 271.
	if len(per) != 3 || !per[0].Belop.Equal(N("28264")) || !per[1].Belop.Equal(N("39104")) || !per[2].Belop.Equal(N("19271")) {
		t.Errorf("perioder: %+v", per)
	}
}

func TestSommerjobbKanInnvilges(t *testing.T) {
	for _, r := range []struct {
		id   string
		perm tiltak.Svar
		dag  string
		want tiltak.Svar
		err  error
	}{
		{"praksis-sommerjobb-permitterte", tiltak.Ja, "2021-06-01", tiltak.Nei, nil},
		{"praksis-sommerjobb-permitterte", tiltak.Nei, "2021-06-01", tiltak.Ja, nil},
		{"praksis-sommerjobb-permitterte", tiltak.Ukjent, "2025-06-01", tiltak.Ukjent, nil},
		{"praksis-sommerjobb-permitterte", tiltak.Nei, "2021-05-31", tiltak.Ukjent, ErrIkkeModellert},
		{"praksis-sommerjobb-permitterte", tiltak.Nei, "", tiltak.Ukjent, ErrUkjentFaktum},
	} {
		var d tiltak.Dato
		if r.dag != "" {
			d = D(r.dag)
		}
		v, err := SommerjobbKanInnvilges(r.perm, d)
		if sjekkFeil(t, err, r.err, "dato") {
			continue
		}
		if v.KanInnvilges != r.want || v.Hjemmel.ID != r.id || !v.Uverifisert {
			t.Errorf("%s %v: %+v", r.id, r.perm, v)
		}
		if (r.want == tiltak.Ukjent) != v.Mangler.Har(tiltak.FaktumArbeidsgiverHarPermitterte) {
			t.Errorf("mangler: %v", v.Mangler)
		}
	}
}
