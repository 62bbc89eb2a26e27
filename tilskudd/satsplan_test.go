package tilskudd

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func tr(fra, til, prosent string) Trinn { return Trinn{P(fra, til), N(prosent)} }

func TestNySatsplan(t *testing.T) {
	type rad struct {
		id      string // paragraf- eller praksis-id raden sjekker
		navn    string
		avtale  Avtale
		want    []Trinn
		versjon string
		err     error
		felt    string
	}
	midl := func(fra, til string, g tiltak.Innsatsgruppe) Avtale {
		return Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P(fra, til), Innsatsgruppe: g}
	}
	medP := func(a Avtale, p string) Avtale { a.AvtaltProsent = NP(p); return a }
	varig := func(fra, til, p string) Avtale {
		return Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: P(fra, til), AvtaltProsent: NP(p)}
	}
	rader := []rad{
		// Regnet for hånd: start 15.01.2024 + 6 måneder = 15.07.2024, så 40 %
		// til og med 14.07 og 30 % fra 15.07.
		{"tf-9-5-sats", "40 % trappes ned etter 6 måneder", midl("2024-01-15", "2024-12-31", tiltak.TrengerVeiledning),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-12-31", "30")}, "2021", nil, ""},
		{"praksis-trinndato", "sluttdato dagen før trinndatoen: ingen nedtrapping", midl("2024-01-15", "2024-07-14", tiltak.TrengerVeiledning),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40")}, "2021", nil, ""},
		{"praksis-trinndato", "sluttdato lik trinndatoen: ett trinn på én dag", midl("2024-01-15", "2024-07-15", tiltak.TrengerVeiledning),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-15", "30")}, "2021", nil, ""},
		{"praksis-trinndato", "sluttdato dagen etter trinndatoen", midl("2024-01-15", "2024-07-16", tiltak.TrengerVeiledning),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-16", "30")}, "2021", nil, ""},
		// 31.08.2023 + 6 måneder = 29.02.2024 (skuddår, klemt).
		{"tf-9-5-sats", "31. august + 6 måneder i skuddår", midl("2023-08-31", "2024-08-30", tiltak.TrengerVeiledning),
			[]Trinn{tr("2023-08-31", "2024-02-28", "40"), tr("2024-02-29", "2024-08-30", "30")}, "2021", nil, ""},
		// 31.08.2022 + 6 måneder = 28.02.2023.
		{"tf-9-5-sats", "31. august + 6 måneder i vanlig år", midl("2022-08-31", "2023-08-30", tiltak.TrengerVeiledning),
			[]Trinn{tr("2022-08-31", "2023-02-27", "40"), tr("2023-02-28", "2023-08-30", "30")}, "2021", nil, ""},
		// 29.02.2024 + 1 år = 28.02.2025.
		{"praksis-midl-innsatsgruppe", "60 % ved nedsatt arbeidsevne, 29. februar + 1 år", midl("2024-02-29", "2026-02-27", tiltak.TrengerVeiledningNedsattArbeidsevne),
			[]Trinn{tr("2024-02-29", "2025-02-27", "60"), tr("2025-02-28", "2026-02-27", "50")}, "2021", nil, ""},
		{"praksis-midl-innsatsgruppe", "jobbe delvis gir 60", midl("2024-01-01", "2024-12-31", tiltak.JobbeDelvis),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60")}, "2021", nil, ""},
		{"praksis-midl-innsatsgruppe", "liten mulighet gir 60, trinn på sluttdatoen", midl("2024-01-01", "2025-01-01", tiltak.LitenMulighetTilAJobbe),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60"), tr("2025-01-01", "2025-01-01", "50")}, "2021", nil, ""},
		{"praksis-midl-innsatsgruppe", "gode muligheter gir ingen sats", midl("2024-01-01", "2024-12-31", tiltak.GodeMuligheter),
			nil, "", ErrIngenSats, "innsatsgruppe"},
		{"praksis-midl-innsatsgruppe", "ukjent innsatsgruppe", midl("2024-01-01", "2024-12-31", tiltak.InnsatsgruppeUkjent),
			nil, "", ErrUkjentFaktum, "innsatsgruppe"},
		{"praksis-midl-innsatsgruppe", "oppgitt prosent lik utledet", medP(midl("2024-01-01", "2024-03-31", tiltak.TrengerVeiledning), "40"),
			[]Trinn{tr("2024-01-01", "2024-03-31", "40")}, "2021", nil, ""},
		{"praksis-midl-innsatsgruppe", "oppgitt prosent ulik utledet", medP(midl("2024-01-01", "2024-03-31", tiltak.TrengerVeiledning), "60"),
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		// Versjonsgrensen 31.12.2020 / 01.01.2021.
		{"tf-9-5-sats-2016", "2016-teksten dagen før overgangen", medP(midl("2020-12-31", "2021-12-30", tiltak.TrengerVeiledning), "50"),
			[]Trinn{tr("2020-12-31", "2021-12-30", "50")}, "2016", nil, ""},
		{"tf-9-5-sats", "ny regel på overgangsdagen", midl("2021-01-01", "2021-12-31", tiltak.TrengerVeiledning),
			[]Trinn{tr("2021-01-01", "2021-06-30", "40"), tr("2021-07-01", "2021-12-31", "30")}, "2021", nil, ""},
		{"tf-9-5-sats-2016", "2016: over 50 uten nedsatt arbeidsevne", medP(midl("2018-01-01", "2018-12-31", tiltak.TrengerVeiledning), "51"),
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-9-5-sats-2016", "2016: 75 med nedsatt arbeidsevne, ingen nedtrapping", medP(midl("2018-01-01", "2020-12-31", tiltak.JobbeDelvis), "75"),
			[]Trinn{tr("2018-01-01", "2020-12-31", "75")}, "2016", nil, ""},
		{"tf-9-5-sats-2016", "2016: over 75", medP(midl("2018-01-01", "2018-12-31", tiltak.JobbeDelvis), "75.5"),
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-9-5-sats-2016", "2016: over 50 og ukjent gruppe", medP(midl("2018-01-01", "2018-12-31", tiltak.InnsatsgruppeUkjent), "60"),
			nil, "", ErrUkjentFaktum, "innsatsgruppe"},
		{"tf-9-5-sats-2016", "2016: prosent mangler", midl("2018-01-01", "2018-12-31", tiltak.JobbeDelvis),
			nil, "", ErrUkjentFaktum, "avtalt_prosent"},
		{"tf-9-5-sats-2016", "2016: negativ prosent", medP(midl("2018-01-01", "2018-12-31", tiltak.JobbeDelvis), "-1"),
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-9-5-sats-2016", "før tiltaksforskriften", medP(midl("2015-12-31", "2016-06-30", tiltak.JobbeDelvis), "50"),
			nil, "", ErrIkkeModellert, "periode.fra"},
		{"tf-9-5-sats-2016", "første dag tiltaksforskriften gjelder", medP(midl("2016-01-01", "2016-06-30", tiltak.JobbeDelvis), "50"),
			[]Trinn{tr("2016-01-01", "2016-06-30", "50")}, "2016", nil, ""},

		// Varig: 29.02.2024 + 1 år = 28.02.2025.
		{"tf-10-7-sats", "varig 75 → 67 etter ett år", varig("2024-02-29", "2026-12-31", "75"),
			[]Trinn{tr("2024-02-29", "2025-02-27", "75"), tr("2025-02-28", "2026-12-31", "67")}, "2016", nil, ""},
		{"tf-10-7-sats", "varig 68 → 67", varig("2024-01-01", "2025-06-30", "68"),
			[]Trinn{tr("2024-01-01", "2024-12-31", "68"), tr("2025-01-01", "2025-06-30", "67")}, "2016", nil, ""},
		{"tf-10-7-sats", "varig 67: ingen nedtrapping", varig("2024-01-01", "2025-06-30", "67"),
			[]Trinn{tr("2024-01-01", "2025-06-30", "67")}, "2016", nil, ""},
		{"tf-10-7-sats", "varig 0 er lov", varig("2024-01-01", "2024-01-31", "0"),
			[]Trinn{tr("2024-01-01", "2024-01-31", "0")}, "2016", nil, ""},
		{"tf-10-7-sats", "varig 75,01 avvises", varig("2024-01-01", "2025-06-30", "75.01"), nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-10-7-sats", "varig negativ avvises", varig("2024-01-01", "2025-06-30", "-0.5"), nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-10-7-sats", "varig uten prosent", Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: P("2024-01-01", "2024-12-31")}, nil, "", ErrUkjentFaktum, "avtalt_prosent"},
		{"praksis-trinndato", "varig: trinndato lik sluttdato", varig("2024-03-01", "2025-03-01", "75"),
			[]Trinn{tr("2024-03-01", "2025-02-28", "75"), tr("2025-03-01", "2025-03-01", "67")}, "2016", nil, ""},
		{"praksis-trinndato", "varig: sluttdato dagen før trinndato", varig("2024-03-01", "2025-02-28", "75"),
			[]Trinn{tr("2024-03-01", "2025-02-28", "75")}, "2016", nil, ""},

		{"tf-8-sats", "sommerjobb 50", Avtale{Tiltak: tiltak.Sommerjobb, Periode: P("2025-06-02", "2025-06-29"), AvtaltProsent: NP("50")},
			[]Trinn{tr("2025-06-02", "2025-06-29", "50")}, "2021", nil, ""},
		{"tf-8-sats", "sommerjobb 75", Avtale{Tiltak: tiltak.Sommerjobb, Periode: P("2021-06-01", "2021-06-28"), AvtaltProsent: NP("75")},
			[]Trinn{tr("2021-06-01", "2021-06-28", "75")}, "2021", nil, ""},
		{"tf-8-sats", "sommerjobb 60 avvises", Avtale{Tiltak: tiltak.Sommerjobb, Periode: P("2025-06-02", "2025-06-29"), AvtaltProsent: NP("60")},
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"tf-8-sats", "sommerjobb uten prosent", Avtale{Tiltak: tiltak.Sommerjobb, Periode: P("2025-06-02", "2025-06-29")},
			nil, "", ErrUkjentFaktum, "avtalt_prosent"},
		{"tf-8-sats", "sommerjobb før 1. juni 2021", Avtale{Tiltak: tiltak.Sommerjobb, Periode: P("2021-05-31", "2021-06-27"), AvtaltProsent: NP("50")},
			nil, "", ErrIkkeModellert, "periode.fra"},

		// Fireårig: 70/60/50/35 med trinn på 01.08.2027, 2028 og 2029.
		{"praksis-firearig-sats", "fireårig hele fire år", Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-07-31")},
			[]Trinn{tr("2026-08-01", "2027-07-31", "70"), tr("2027-08-01", "2028-07-31", "60"), tr("2028-08-01", "2029-07-31", "50"), tr("2029-08-01", "2030-07-31", "35")}, "2026", nil, ""},
		{"praksis-firearig-sats", "fireårig utover fjerde år", Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-08-01")},
			nil, "", ErrIngenSats, "periode.til"},
		{"praksis-firearig-sats", "fireårig før forsøket", Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-07-31", "2027-07-30")},
			nil, "", ErrIkkeModellert, "periode.fra"},
		{"praksis-firearig-sats", "fireårig med feil prosent", Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2027-01-31"), AvtaltProsent: NP("60")},
			nil, "", ErrUgyldigSats, "avtalt_prosent"},
		{"praksis-firearig-sats", "fireårig to år (midlertidig stilling)", Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-09-15", "2028-09-14")},
			[]Trinn{tr("2026-09-15", "2027-09-14", "70"), tr("2027-09-15", "2028-09-14", "60")}, "2026", nil, ""},

		{"tf-5-6-mentor", "mentor 100 %", Avtale{Tiltak: tiltak.Mentor, Periode: P("2024-01-10", "2024-07-09")},
			[]Trinn{tr("2024-01-10", "2024-07-09", "100")}, "2016", nil, ""},
		{"tf-5-6-mentor", "mentor med annen prosent", Avtale{Tiltak: tiltak.Mentor, Periode: P("2024-01-10", "2024-07-09"), AvtaltProsent: NP("50")},
			nil, "", ErrUgyldigSats, "avtalt_prosent"},

		{"tf-10-7-sats", "ugyldig periode", varig("2024-02-01", "2024-01-31", "50"), nil, "", tiltak.ErrUgyldigPeriode, "periode.til"},
		{"tf-10-7-sats", "manglende startdato", Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: tiltak.Periode{Til: D("2024-01-31")}, AvtaltProsent: NP("50")}, nil, "", tiltak.ErrUgyldigPeriode, "periode.fra"},
		{"tf-10-7-sats", "ukjent tiltak", Avtale{Tiltak: "finnes-ikke", Periode: P("2024-01-01", "2024-01-31")}, nil, "", tiltak.ErrUkjentTiltak, "tiltak"},
		{"tf-10-7-sats", "tiltak uten satsplan", Avtale{Tiltak: tiltak.Arbeidstrening, Periode: P("2024-01-01", "2024-01-31")}, nil, "", ErrIkkeModellert, "tiltak"},
	}
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			s, err := NySatsplan(r.avtale)
			if sjekkFeil(t, err, r.err, r.felt) {
				return
			}
			if diff := cmp.Diff(r.want, s.Trinn); diff != "" {
				t.Errorf("trinn (-vil +fikk):\n%s", diff)
			}
			if s.Versjon != r.versjon {
				t.Errorf("versjon = %q, vil ha %q", s.Versjon, r.versjon)
			}
			for _, tr := range s.Trinn {
				if tr.Prosent.Cmp(s.Maks) > 0 {
					t.Errorf("trinn %v over maks %v", tr, s.Maks)
				}
			}
		})
	}
}

func TestSatsplanHjemmelOgFlagg(t *testing.T) {
	s, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-01", "2024-12-31"), Innsatsgruppe: tiltak.TrengerVeiledning})
	if err != nil {
		t.Fatal(err)
	}
	if s.Hjemmel.ID != "tf-9-5-sats" || !s.Uverifisert || s.Maks.String() != "40" {
		t.Errorf("hjemmel %q uverifisert %v maks %v", s.Hjemmel.ID, s.Uverifisert, s.Maks)
	}
	if len(s.Praksis) != 2 || s.Praksis[0].ID != "praksis-midl-innsatsgruppe" {
		t.Errorf("praksis = %v", s.Praksis)
	}
	v, _ := NySatsplan(Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: P("2024-01-01", "2024-12-31"), AvtaltProsent: NP("70")})
	if v.Uverifisert || v.Hjemmel.ID != "tf-10-7-sats" || v.Maks.String() != "75" {
		t.Errorf("varig: %+v", v)
	}
}

func TestProsentPaOgKutt(t *testing.T) {
	s, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-15", "2024-12-31"), Innsatsgruppe: tiltak.TrengerVeiledning})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		dag  string
		want string
		ok   bool
	}{
		{"2024-01-14", "0", false}, {"2024-01-15", "40", true}, {"2024-07-14", "40", true},
		{"2024-07-15", "30", true}, {"2024-12-31", "30", true}, {"2025-01-01", "0", false},
	} {
		p, ok := s.ProsentPa(D(r.dag))
		if ok != r.ok || p.String() != r.want {
			t.Errorf("ProsentPa(%s) = %v, %v; vil ha %s, %v", r.dag, p, ok, r.want, r.ok)
		}
	}
	// seed000-permittering-lonnstilskudd: permittering fra 01.05.2024 kutter
	// planen etter 30.04.2024.
	for _, r := range []struct {
		id    string
		stopp string
		want  []Trinn
	}{
		{"seed000-permittering-lonnstilskudd", "2024-05-01", []Trinn{tr("2024-01-15", "2024-04-30", "40")}},
		{"seed000-permittering-lonnstilskudd", "2024-07-15", []Trinn{tr("2024-01-15", "2024-07-14", "40")}},
		{"seed000-permittering-lonnstilskudd", "2024-07-16", []Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-15", "30")}},
		{"seed000-permittering-lonnstilskudd", "2024-01-16", []Trinn{tr("2024-01-15", "2024-01-15", "40")}},
		{"seed000-permittering-lonnstilskudd", "2024-01-15", []Trinn{}},
		{"seed000-permittering-lonnstilskudd", "2024-12-31", []Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-12-30", "30")}},
		{"seed000-permittering-lonnstilskudd", "2025-01-01", s.Trinn},
	} {
		k := s.Kutt(D(r.stopp))
		if diff := cmp.Diff(r.want, k.Trinn); diff != "" {
			t.Errorf("%s Kutt(%s) (-vil +fikk):\n%s", r.id, r.stopp, diff)
		}
	}
	if k := s.Kutt(tiltak.Dato{}); len(k.Trinn) != 2 || !k.Stoppdato.IsZero() {
		t.Errorf("Kutt(null) endret planen: %+v", k)
	}
	if k := s.Kutt(D("2024-05-01")); k.Stoppdato != D("2024-05-01") || len(s.Trinn) != 2 {
		t.Errorf("Kutt satte ikke stoppdato eller endret originalen")
	}
}

// En trinndato etter år 9999 faller bort i stedet for å bli en nulldato.
func TestTrinndatoEtterAr9999(t *testing.T) {
	a := Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("9999-08-01", "9999-12-31"), Innsatsgruppe: tiltak.TrengerVeiledning}
	s, err := NySatsplan(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Trinn) != 1 || s.Trinn[0].Periode != P("9999-08-01", "9999-12-31") || !s.Trinn[0].Prosent.Equal(N("40")) {
		t.Errorf("trinn %+v", s.Trinn)
	}
}
