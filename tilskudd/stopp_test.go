package tilskudd

import (
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestStopp: direktoratets instruks 20. januar 2021
// (seed000-instruks-v20210120): midlertidig og varig lønnstilskudd opphører
// fra datoen en permittering trer i kraft; mentortilskudd ytes ikke lenger
// når personen permitteres eller arbeidsforholdet eller tiltaket avsluttes.
// Instruksen har ingen sluttdato, så virkningen er uverifisert.
func TestStopp(t *testing.T) {
	const instruks = "seed000-instruks-v20210120"
	for _, r := range []struct {
		id      string
		kode    tiltak.Kode
		h       Stopphendelse
		hjemmel string
		err     error
		felt    string
	}{
		{instruks, tiltak.MidlertidigLonnstilskudd, Stopphendelse{Permittering, D("2021-01-20")}, instruks, nil, ""},
		{instruks, tiltak.VarigLonnstilskudd, Stopphendelse{Permittering, D("2024-03-01")}, instruks, nil, ""},
		{instruks, tiltak.MidlertidigLonnstilskudd, Stopphendelse{Permittering, D("2021-01-19")}, "", ErrIkkeModellert, "hendelse.dato"},
		{instruks, tiltak.VarigLonnstilskudd, Stopphendelse{Permittering, D("2021-01-19")}, "", ErrIkkeModellert, "hendelse.dato"},
		{instruks, tiltak.MidlertidigLonnstilskudd, Stopphendelse{ArbeidsforholdAvsluttet, D("2022-01-01")}, "", ErrIkkeModellert, "hendelse.type"},
		{instruks, tiltak.VarigLonnstilskudd, Stopphendelse{TiltakAvsluttet, D("2022-01-01")}, "", ErrIkkeModellert, "hendelse.type"},
		// Fireårig: tilskuddet betales så lenge arbeidsgiveren har lønnsplikt
		// (fir-6-v20260801 tredje ledd); når lønnsplikten opphører ved en
		// permittering, sier ikke forskriften, så det er ikke modellert.
		{"fir-6-v20260801", tiltak.FirearigLonnstilskudd, Stopphendelse{Permittering, D("2026-09-01")}, "", ErrIkkeModellert, "hendelse.type"},
		// Sommerjobb: § 8-6 femte ledd er et vilkår for å gi tilskuddet (se
		// TestSommerjobbKanInnvilges), ikke en regel om opphør.
		{instruks, tiltak.Sommerjobb, Stopphendelse{Permittering, D("2022-06-01")}, "", ErrIkkeModellert, "hendelse.type"},
		{instruks, tiltak.Mentor, Stopphendelse{Permittering, D("2021-01-20")}, instruks, nil, ""},
		{instruks, tiltak.Mentor, Stopphendelse{ArbeidsforholdAvsluttet, D("2023-05-01")}, instruks, nil, ""},
		{instruks, tiltak.Mentor, Stopphendelse{TiltakAvsluttet, D("2023-05-01")}, instruks, nil, ""},
		{instruks, tiltak.Mentor, Stopphendelse{TiltakAvsluttet, D("2021-01-19")}, "", ErrIkkeModellert, "hendelse.dato"},
		{instruks, tiltak.Mentor, Stopphendelse{HendelseUkjent, D("2023-05-01")}, "", ErrUkjentFaktum, "hendelse.type"},
		{instruks, tiltak.Mentor, Stopphendelse{Hendelse(9), D("2023-05-01")}, "", ErrUkjentFaktum, "hendelse.type"},
		{instruks, tiltak.Mentor, Stopphendelse{Permittering, tiltak.Dato{}}, "", ErrUkjentFaktum, "hendelse.dato"},
		{instruks, "ukjent", Stopphendelse{Permittering, D("2023-05-01")}, "", tiltak.ErrUkjentTiltak, "tiltak"},
	} {
		v, err := Stopp(r.kode, r.h)
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if v.Hjemmel.ID != r.hjemmel || v.Hjemmel.Kilde != tiltak.Instruks2021 || v.Fra != r.h.Dato || !v.Uverifisert || v.Tiltak != r.kode || v.Hendelse != r.h ||
			v.Utfall != regler.Oppfylt || v.Virkning != regler.Opphorer {
			t.Errorf("%s: %+v", r.id, v)
		}
		if !strings.Contains(v.Merknad, "ingen oppgitt sluttdato") || !strings.Contains(v.Merknad, "2021-01-20") {
			t.Errorf("%s: merknaden sier ikke at kilden mangler sluttdato: %q", r.id, v.Merknad)
		}
	}
	names := map[Hendelse]string{Permittering: "permittering", ArbeidsforholdAvsluttet: "arbeidsforhold-avsluttet", TiltakAvsluttet: "tiltak-avsluttet"}
	for h, n := range names {
		if b, _ := h.MarshalText(); string(b) != n {
			t.Errorf("%d: %q", h, b)
		}
	}
	if _, err := HendelseUkjent.MarshalText(); err == nil || HendelseUkjent.String() != "ukjent" {
		t.Errorf("en ukjent hendelse skal ikke kunne skrives: %v", err)
	}
}

// TestStoppSkjonn: tiltaksforskriften § 1-3 fjerde ledd
// (tf-1-3-l4-v20160101: ved tilbud om høvelig arbeid eller et annet tiltak
// skal deltakeren avslutte, men NAV kan la et påbegynt tiltak fullføres) og
// femte ledd (tf-1-3-l5-v20160101: en deltaker som ikke lenger fyller
// vilkårene, kan tas ut). Begge er skjønn: utfallet er må vurderes, aldri et
// automatisk opphør, og versjonene er kunngjort tekst uten sluttdato, så
// virkningen er ikke uverifisert. Grensene er 2016-01-01, da forskriften
// trådte i kraft.
func TestStoppSkjonn(t *testing.T) {
	for _, r := range []struct {
		id       string
		kode     tiltak.Kode
		h        Stopphendelse
		virkning regler.Virkning
		ledd     int
		err      error
		felt     string
	}{
		{"tf-1-3-l4-v20160101", tiltak.MidlertidigLonnstilskudd, Stopphendelse{TilbudOmArbeidEllerTiltak, D("2016-01-01")}, regler.SkalAvsluttes, 4, nil, ""},
		{"tf-1-3-l4-v20160101", tiltak.VarigLonnstilskudd, Stopphendelse{TilbudOmArbeidEllerTiltak, D("2026-11-29")}, regler.SkalAvsluttes, 4, nil, ""},
		{"tf-1-3-l4-v20160101", tiltak.Mentor, Stopphendelse{TilbudOmArbeidEllerTiltak, D("2024-02-29")}, regler.SkalAvsluttes, 4, nil, ""},
		{"tf-1-3-l4-v20160101", tiltak.MidlertidigLonnstilskudd, Stopphendelse{TilbudOmArbeidEllerTiltak, D("2015-12-31")}, 0, 0, ErrIkkeModellert, "hendelse.dato"},
		{"tf-1-3-l5-v20160101", tiltak.MidlertidigLonnstilskudd, Stopphendelse{VilkarIkkeLengerOppfylt, D("2016-01-01")}, regler.KanAvsluttes, 5, nil, ""},
		{"tf-1-3-l5-v20160101", tiltak.Inkluderingstilskudd, Stopphendelse{VilkarIkkeLengerOppfylt, D("2025-08-01")}, regler.KanAvsluttes, 5, nil, ""},
		{"tf-1-3-l5-v20160101", tiltak.VarigLonnstilskudd, Stopphendelse{VilkarIkkeLengerOppfylt, D("2015-12-31")}, 0, 0, ErrIkkeModellert, "hendelse.dato"},
		// Egenregiforskriften § 1-3 andre ledd gjelder oppfølgingstiltakene,
		// ikke lønnstilskudd: ønsker deltakeren ikke lenger å delta, sier
		// ingen modellert kilde noe om tilskuddet.
		{"tf-1-3-l5-v20160101", tiltak.MidlertidigLonnstilskudd, Stopphendelse{OnskerIkkeLenger, D("2024-01-01")}, 0, 0, ErrIkkeModellert, "hendelse.type"},
	} {
		v, err := Stopp(r.kode, r.h)
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if v.Hjemmel.ID != r.id || v.Hjemmel.Ledd != r.ledd || v.Hjemmel.Kilde != tiltak.Tiltaksforskriften {
			t.Errorf("%s %s: hjemmel %+v", r.id, r.kode, v.Hjemmel)
		}
		if v.Virkning != r.virkning || v.Utfall != regler.MaVurderes || v.Fra != r.h.Dato || v.Uverifisert || v.Tiltak != r.kode || v.Hendelse != r.h {
			t.Errorf("%s %s: %+v", r.id, r.kode, v)
		}
		if v.Merknad == "" || strings.Contains(v.Merknad, "ingen oppgitt sluttdato") {
			t.Errorf("%s: merknad %q", r.id, v.Merknad)
		}
	}
}

func TestStoppKutterPlanOgPerioder(t *testing.T) {
	// seed000-instruks-v20210120: mentoravtale 10.01–09.07.2024, arbeidsforholdet
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

// TestSommerjobbKanInnvilges: § 8-6 femte ledd (fra 22. april 2021,
// FOR-2021-04-22-1229): det gis ikke tilskudd til sommerjobb til
// virksomheter som har permitterte. Vilkåret er forskrift, ikke NAVs praksis,
// og ordlyden er lest i den kunngjorte teksten (ikke uverifisert). NAVs kode
// regnet fra 1. juni 2021.
func TestSommerjobbKanInnvilges(t *testing.T) {
	const vilkar = "tf-8-6-v20210422.ingen-permitterte"
	for _, r := range []struct {
		id   string
		perm tiltak.Svar
		dag  string
		want tiltak.Svar
		err  error
	}{
		{vilkar, tiltak.Ja, "2021-04-22", tiltak.Nei, nil},
		{vilkar, tiltak.Nei, "2021-04-22", tiltak.Ja, nil},
		{vilkar, tiltak.Ja, "2021-06-01", tiltak.Nei, nil},
		{vilkar, tiltak.Nei, "2025-06-01", tiltak.Ja, nil},
		{vilkar, tiltak.Ukjent, "2025-06-01", tiltak.Ukjent, nil},
		{vilkar, tiltak.Nei, "2021-04-21", tiltak.Ukjent, ErrIkkeModellert},
		{vilkar, tiltak.Nei, "", tiltak.Ukjent, ErrUkjentFaktum},
	} {
		var d tiltak.Dato
		if r.dag != "" {
			d = D(r.dag)
		}
		v, err := SommerjobbKanInnvilges(r.perm, d)
		if sjekkFeil(t, err, r.err, "dato") {
			continue
		}
		if v.Utfall != regler.FraSvar(r.want) || hjemmelnokler([]tiltak.Hjemmel{v.Hjemmel})[0] != "tf-8-6-v20210422/5" || v.Hjemmel.ErPraksis() || v.Uverifisert {
			t.Errorf("%s %v %s: %+v", r.id, r.perm, r.dag, v)
		}
		if (r.want == tiltak.Ukjent) != v.Mangler.Har(tiltak.FaktumArbeidsgiverHarPermitterte) {
			t.Errorf("%s: mangler %v", r.id, v.Mangler)
		}
	}
	// Vilkåret pakken leser, er det med id-en over.
	vk, err := permittertevilkar(D("2021-04-22"))
	if err != nil || vk.ID() != vilkar {
		t.Errorf("vilkåret: %v %v", vk, err)
	}
}
