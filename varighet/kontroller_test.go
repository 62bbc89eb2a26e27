package varighet

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// kontrollTilfelle er én rad i tabelltesten for Kontroller: perioden og
// feilene som forventes, i rekkefølge. ID er paragraf-id-en raden sjekker.
type kontrollTilfelle struct {
	ID        string
	Navn      string
	Kode      tiltak.Kode
	Fakta     tiltak.Fakta
	Fra, Til  string
	Tidligere []tiltak.Periode
	Feil      []error
	Tillatt   []string // Brudd.Grensedato per feil
}

var kontrollTilfeller = []kontrollTilfelle{
	// Avklaring fra 31.1.2024: 27.2. siste ordinære dag, 23.4. siste med forlengelse.
	{ID: "tf-2-4-v20160101", Navn: "siste ordinære dag", Kode: tiltak.Avklaring, Fra: "2024-01-31", Til: "2024-02-27"},
	{ID: "tf-2-4-v20160101", Navn: "dagen etter ordinær: må vurderes", Kode: tiltak.Avklaring, Fra: "2024-01-31", Til: "2024-02-28",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-02-27"}},
	{ID: "tf-2-4-v20160101", Navn: "siste dag med forlengelse: må vurderes", Kode: tiltak.Avklaring, Fra: "2024-01-31", Til: "2024-04-23",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-02-27"}},
	{ID: "tf-2-4-v20160101", Navn: "dagen etter forlengelsen: for lang", Kode: tiltak.Avklaring, Fra: "2024-01-31", Til: "2024-04-24",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-02-27"}},
	// Arbeidstrening nedsatt fra 31.8.2023: 27.2.2025 er siste dag etter både forskrift og praksis.
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening nedsatt siste dag", Kode: tiltak.Arbeidstrening, Fakta: nedsatt, Fra: "2023-08-31", Til: "2025-02-27"},
	{ID: "praksis-arbeidstrening-18-mnd-v20160101", Navn: "arbeidstrening nedsatt dagen etter", Kode: tiltak.Arbeidstrening, Fakta: nedsatt, Fra: "2023-08-31", Til: "2025-02-28",
		Feil: []error{ErrForLang, ErrForLang}, Tillatt: []string{"2025-02-27", "2025-02-27"}},
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening ikke nedsatt siste dag", Kode: tiltak.Arbeidstrening, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-08-30"},
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening ikke nedsatt dagen etter", Kode: tiltak.Arbeidstrening, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-08-31",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-08-30"}},
	// Oppfølging fra 31.8.2023, ikke nedsatt: 6 mnd → 29.2.2024 − 1 = 28.2.2024; 12 mnd → 30.8.2024.
	{ID: "tf-4-4-v20160101", Navn: "oppfølging 31. august siste ordinære dag", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-02-28"},
	{ID: "tf-4-4-v20160101", Navn: "oppfølging 29. februar må vurderes", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-02-29",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-02-28"}},
	{ID: "tf-4-4-v20160101", Navn: "oppfølging dagen etter forlengelse", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-08-31",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-02-28"}},
	// Tidligere perioder trekkes bare fra treårsrammen i § 4-4 (nedsatt
	// arbeidsevne): 31.8.2023 + 3 år − 1 = 30.8.2026; − 10 dager = 20.8.2026.
	{ID: "tf-4-4-v20160101", Navn: "oppfølging med tidligere periode, siste dag", Kode: tiltak.Oppfolging, Fakta: nedsatt, Fra: "2023-08-31", Til: "2026-08-20",
		Tidligere: []tiltak.Periode{p("2023-01-01", "2023-01-10")}},
	{ID: "tf-4-4-v20160101", Navn: "oppfølging med tidligere periode, dagen etter", Kode: tiltak.Oppfolging, Fakta: nedsatt, Fra: "2023-08-31", Til: "2026-08-21",
		Tidligere: []tiltak.Periode{p("2023-01-01", "2023-01-10")}, Feil: []error{ErrMaVurderes}, Tillatt: []string{"2026-08-20"}},
	// De seks månedene er ikke en samlet ramme: tidligere dager trekkes ikke fra.
	{ID: "tf-4-4-v20160101", Navn: "oppfølging ikke nedsatt, tidligere periode trekkes ikke fra", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-02-28",
		Tidligere: []tiltak.Periode{p("2023-01-01", "2023-01-10")}},
	// Mentor fra 31.8.2025 uten forlengelse: 6 mnd → 28.2.2026 − 1 = 27.2.2026.
	{ID: "tf-5-4-v20250801", Navn: "mentor 31. august siste dag", Kode: tiltak.Mentor, Fakta: ikkeNedsatt, Fra: "2025-08-31", Til: "2026-02-27"},
	{ID: "tf-5-4-v20250801", Navn: "mentor 31. august dagen etter", Kode: tiltak.Mentor,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, TilrettelagtFagOgYrkesopplaering: tiltak.Nei}, Fra: "2025-08-31", Til: "2026-02-28",
		Feil: []error{ErrForLang}, Tillatt: []string{"2026-02-27"}},
	// ARR fra 31.12.2023: 23.3.2024.
	{ID: "tf-12-4-v20160101", Navn: "ARR siste dag", Kode: tiltak.ArbeidsrettetRehabilitering, Fra: "2023-12-31", Til: "2024-03-23"},
	{ID: "tf-12-4-v20160101", Navn: "ARR dagen etter", Kode: tiltak.ArbeidsrettetRehabilitering, Fra: "2023-12-31", Til: "2024-03-24",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-03-23"}},
	{ID: "tf-12-4-v20160101", Navn: "slutt før start", Kode: tiltak.ArbeidsrettetRehabilitering, Fra: "2024-01-02", Til: "2024-01-01",
		Feil: []error{ErrSluttForStart}, Tillatt: []string{"2024-01-02"}},
	// Sommerjobb (§ 8-4 fra 2021): gjennomføres 1. juni–31. august; NAV kan
	// unntaksvis godkjenne en annen periode, så et brudd på vinduet er må
	// vurderes. Praksis: slutt senest 27. september.
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb 31. mai", Kode: tiltak.Sommerjobb, Fra: "2024-05-31", Til: "2024-06-20",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-06-01"}},
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb 1. juni, fire uker", Kode: tiltak.Sommerjobb, Fra: "2024-06-01", Til: "2024-06-28"},
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb 1. juni, fire uker og én dag", Kode: tiltak.Sommerjobb, Fra: "2024-06-01", Til: "2024-06-29",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-06-28"}},
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb slutter 31. august", Kode: tiltak.Sommerjobb, Fra: "2024-08-04", Til: "2024-08-31"},
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb slutter 1. september", Kode: tiltak.Sommerjobb, Fra: "2024-08-05", Til: "2024-09-01",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-08-31"}},
	{ID: "praksis-sommerjobb-slutt-27-sep-v20210422", Navn: "sommerjobb 31. august til 27. september", Kode: tiltak.Sommerjobb, Fra: "2024-08-31", Til: "2024-09-27",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-08-31"}},
	{ID: "praksis-sommerjobb-slutt-27-sep-v20210422", Navn: "sommerjobb 31. august til 28. september", Kode: tiltak.Sommerjobb, Fra: "2024-08-31", Til: "2024-09-28",
		Feil: []error{ErrMaVurderes, ErrForLang, ErrSluttForSent}, Tillatt: []string{"2024-08-31", "2024-09-27", "2024-09-27"}},
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb 1. september", Kode: tiltak.Sommerjobb, Fra: "2024-09-01", Til: "2024-09-10",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2024-08-31"}},
	// Inkluderingstilskudd: praksis til og med 31.1.2025 fra 31.1.2024.
	{ID: "praksis-inkluderingstilskudd-12-mnd-v20160101", Navn: "inkluderingstilskudd 12 måneder", Kode: tiltak.Inkluderingstilskudd, Fra: "2024-01-31", Til: "2025-01-31"},
	{ID: "praksis-inkluderingstilskudd-12-mnd-v20160101", Navn: "inkluderingstilskudd dagen etter", Kode: tiltak.Inkluderingstilskudd, Fra: "2024-01-31", Til: "2025-02-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2025-01-31"}},
	{ID: "praksis-funksjonsassistanse-ett-ar-v20160101", Navn: "funksjonsassistanse ett år og én dag", Kode: tiltak.Funksjonsassistanse, Fra: "2024-01-01", Til: "2025-01-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2024-12-31"}},
	// VTAO: siste start 31.8.2026 (praksis); ikke tidsbegrenset.
	{ID: "praksis-vtao-siste-oppstart-v20160101", Navn: "VTAO start 31. august 2026", Kode: tiltak.VTAO, Fra: "2026-08-31", Til: "2060-01-01"},
	{ID: "praksis-vtao-siste-oppstart-v20160101", Navn: "VTAO start 1. september 2026", Kode: tiltak.VTAO, Fra: "2026-09-01", Til: "2060-01-01",
		Feil: []error{ErrStartForSent}, Tillatt: []string{"2026-08-31"}},
	{ID: "tf-14-4-v20160101", Navn: "VTA uten grense", Kode: tiltak.VTA, Fra: "2016-01-01", Til: "2090-12-31"},
	{ID: "tf-10-7-v20160101", Navn: "varig lønnstilskudd uten grense", Kode: tiltak.VarigLonnstilskudd, Fra: "2016-01-01", Til: "2090-12-31"},
	{ID: "seed003-plasstyper-udatert", Navn: "aktivitetsplass uten grense", Kode: tiltak.Aktivitetsplass, Fra: "2024-01-01", Til: "2090-12-31"},
	// Fireårig: start før 1.8.2026, slutt etter 31.12.2032.
	{ID: "fir-8-v20260801", Navn: "fireårig start 31. juli 2026", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2026-07-31", Til: "2027-07-30",
		Feil: []error{ErrStartForTidlig}, Tillatt: []string{"2026-08-01"}},
	{ID: "fir-8-v20260801", Navn: "fireårig slutt 31. desember 2032", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2030-01-01", Til: "2032-12-31"},
	{ID: "fir-8-v20260801", Navn: "fireårig slutt 1. januar 2033", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2030-01-01", Til: "2033-01-01",
		Feil: []error{ErrSluttForSent, ErrForLang}, Tillatt: []string{"2032-12-31", "2032-12-31"}},
	// Midlertidig stilling: 1.8.2026 + 2 år − 1 = 31.7.2028.
	{ID: "fir-8-v20260801", Navn: "fireårig midlertidig dagen etter to år", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.MidlertidigStilling}, Fra: "2026-08-01", Til: "2028-08-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2028-07-31"}},
	// Ukjent stillingstype: to år holder; ut over to år holder bare ved fast
	// ansettelse (taket må vurderes).
	{ID: "fir-8-v20260801", Navn: "fireårig stillingstype ukjent, to år", Kode: tiltak.FirearigLonnstilskudd, Fra: "2026-08-01", Til: "2028-07-31"},
	{ID: "fir-8-v20260801", Navn: "fireårig stillingstype ukjent, to år og én dag", Kode: tiltak.FirearigLonnstilskudd, Fra: "2026-08-01", Til: "2028-08-01",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2028-07-31"}},
	{ID: "fir-8-v20260801", Navn: "fireårig fast, fire år og én dag", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2026-08-01", Til: "2030-08-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2030-07-31"}},
	// 2016-teksten av § 7-4: ordinær utdanning kan forlenges uten angitt
	// grense; er vilkårene oppfylt, er ingen sluttdag for lang, er de ukjente,
	// må den vurderes.
	{ID: "tf-7-4-v20160101", Navn: "høyere utdanning 2016, forlengelse oppfylt", Kode: tiltak.OpplaeringHoyereUtdanning,
		Fakta: tiltak.Fakta{SterkeProblemerUtdanning: tiltak.Ja, AvvikendeUtdanningssituasjon: tiltak.Ja}, Fra: "2016-03-01", Til: "2026-03-01"},
	{ID: "tf-7-4-v20160101", Navn: "høyere utdanning 2016, vilkår ukjent", Kode: tiltak.OpplaeringHoyereUtdanning, Fra: "2016-03-01", Til: "2019-03-01",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2019-02-28"}},
	{ID: "tf-7-4-v20160101", Navn: "høyere utdanning 2016, vilkår ikke oppfylt", Kode: tiltak.OpplaeringHoyereUtdanning,
		Fakta: tiltak.Fakta{SterkeProblemerUtdanning: tiltak.Nei}, Fra: "2016-03-01", Til: "2019-03-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2019-02-28"}},
	// Ungdomsgaranti: registrert 1.1.2024 → inntrer senest 26.2.2024; født 15.3.2000 → siste dag 14.3.2030.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti innenfor", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-01-01"), Fodselsdato: d("2000-03-15")},
		Fra: "2024-02-26", Til: "2030-03-14"},
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti for sen start og for sen slutt", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-01-01"), Fodselsdato: d("2000-03-15")},
		Fra: "2024-02-27", Til: "2030-03-15", Feil: []error{ErrSluttForSent, ErrFristOversittet}, Tillatt: []string{"2030-03-14", "2024-02-26"}},
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti uten fakta", Kode: tiltak.Ungdomsgaranti, Fra: "2024-02-27", Til: "2030-03-15",
		Feil: []error{ErrMaVurderes, ErrMaVurderes}, Tillatt: []string{"", ""}},
	// Opplæring d med ukjente fakta: 3 år holder, 5 år må vurderes, 5 år + 1 dag for lang.
	{ID: "tf-7-4-v20250701", Navn: "fag- og yrke fem år må vurderes", Kode: tiltak.OpplaeringFagOgYrke, Fra: "2025-07-01", Til: "2030-06-30",
		Feil: []error{ErrMaVurderes}, Tillatt: []string{"2028-06-30"}},
	{ID: "tf-7-4-v20250701", Navn: "fag- og yrke fem år og én dag", Kode: tiltak.OpplaeringFagOgYrke, Fra: "2025-07-01", Til: "2030-07-01",
		Feil: []error{ErrForLang}, Tillatt: []string{"2028-06-30"}},
}

func TestKontroller(t *testing.T) {
	for _, tc := range kontrollTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			f := tc.Fakta
			errs, err := Kontroller(tc.Kode, &f, p(tc.Fra, tc.Til), tc.Tidligere)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, b := range errs {
				if b.Tiltak != tc.Kode || b.Hjemmel.ID == "" || b.Grense == "" || !strings.Contains(b.Error(), string(tc.Kode)) ||
					!b.Type.Gyldig() || (b.Utfall == regler.MaVurderes) != (b.Err == ErrMaVurderes) || !b.Utfall.Gyldig() {
					t.Errorf("ufullstendig brudd: %+v", b)
				}
				got = append(got, b.Err.Error()+" "+b.Grensedato.String())
			}
			for i, e := range tc.Feil {
				want = append(want, e.Error()+" "+datoOgTom(tc.Tillatt[i]).String())
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("[%s] Kontroller(%s, %s–%s) (-want +got):\n%s", tc.ID, tc.Kode, tc.Fra, tc.Til, diff)
			}
			for i, e := range errs {
				if !errors.Is(e, tc.Feil[i]) {
					t.Errorf("errors.Is(%v, %v) = false", e, tc.Feil[i])
				}
			}
		})
	}
}

func TestKontrollerMaVurderesNavngirVilkar(t *testing.T) {
	// Oppfølging, nedsatt, overgang ukjent, fra 29.2.2024: 27.2.2027 er siste
	// dag med tre år; 28.8.2027 med overgangsforlengelsen.
	errs, _ := Kontroller(tiltak.Oppfolging, &nedsatt, p("2024-02-29", "2027-08-28"), nil)
	if len(errs) != 1 {
		t.Fatalf("errs = %v", errs)
	}
	b := errs[0]
	if b.Grensedato != d("2027-02-27") || b.SisteSluttMulig != d("2027-08-28") || len(b.Apne) != 1 ||
		b.Apne[0].Vilkar().ID() != "tf-4-4-v20160101.overgang" || !b.Mangler.Har(tiltak.FaktumOvergangSkoleEllerSoning) {
		t.Errorf("brudd = %+v", b)
	}
	if !strings.Contains(b.Error(), "holder bare hvis forlengelsen gis") {
		t.Errorf("Error() = %q", b.Error())
	}
	// Praksisbrudd er merket.
	errs, _ = Kontroller(tiltak.Inkluderingstilskudd, nil, p("2024-01-31", "2025-02-01"), nil)
	b = errs[0]
	if !b.Praksis || !strings.Contains(b.Error(), "[praksis]") {
		t.Errorf("praksis ikke merket: %v", b)
	}
	// Individuell jobbstøtte fra 1. september 2026 bygger på avledet tekst.
	errs, _ = Kontroller(tiltak.IndividuellJobbstotte, &ikkeNedsatt, p("2026-09-01", "2027-09-01"), nil)
	b = errs[0]
	if !b.Uverifisert || !strings.Contains(b.Error(), "[uverifisert]") || !strings.Contains(b.Error(), "etter siste tillatte dag 2027-08-31") {
		t.Errorf("uverifisert ikke merket: %v", b)
	}
	// Fireårig med ukjent stillingstype: taket står i Apne.
	errs, _ = Kontroller(tiltak.FirearigLonnstilskudd, nil, p("2026-08-01", "2029-01-01"), nil)
	b = errs[0]
	if len(b.Apne) != 1 || b.Apne[0].Vilkar().ID() != "fir-8-v20260801.midlertidig-ansettelse" || !b.Mangler.Har(tiltak.FaktumStillingstype) {
		t.Errorf("fireårig: %+v", b)
	}
}

func TestKontrollerUgyldig(t *testing.T) {
	for _, tc := range []struct {
		Navn string
		Kode tiltak.Kode
		Per  tiltak.Periode
		F    *tiltak.Fakta
		Tid  []tiltak.Periode
		Felt string
		Err  error
	}{
		{"ukjent kode", "x", p("2024-01-01", "2024-01-02"), nil, nil, "tiltak", tiltak.ErrUkjentTiltak},
		{"mangler fra", tiltak.Avklaring, tiltak.Periode{Til: d("2024-01-02")}, nil, nil, "fra", tiltak.ErrUgyldigPeriode},
		{"mangler til", tiltak.Avklaring, tiltak.Periode{Fra: d("2024-01-02")}, nil, nil, "til", tiltak.ErrUgyldigPeriode},
		{"ugyldige fakta", tiltak.Avklaring, p("2024-01-01", "2024-01-02"), &tiltak.Fakta{RegistrertDato: d("2300-01-01")}, nil, "registrert_dato", tiltak.ErrUgyldigFaktum},
		{"ugyldig tidligere", tiltak.Avklaring, p("2024-01-01", "2024-01-02"), nil, []tiltak.Periode{{Fra: d("2023-01-01")}}, "tidligere[0].til", tiltak.ErrUgyldigPeriode},
	} {
		brudd, err := Kontroller(tc.Kode, tc.F, tc.Per, tc.Tid)
		var fe *tiltak.FeltFeil
		if brudd != nil || !errors.As(err, &fe) || fe.Felt != tc.Felt || !errors.Is(err, tc.Err) {
			t.Errorf("%s: %v, %v", tc.Navn, brudd, err)
		}
	}
	// En planlagt sluttdato i valgene må være periodens sluttdato.
	var fe *tiltak.FeltFeil
	if _, err := KontrollerMed(tiltak.Avklaring, nil, p("2024-01-01", "2024-01-10"), nil, regler.Valg{Sluttdato: d("2024-01-09")}); !errors.As(err, &fe) || fe.Felt != "sluttdato" {
		t.Errorf("sluttdato ulik perioden: %v", err)
	}
	if brudd, err := KontrollerMed(tiltak.Avklaring, nil, p("2024-01-01", "2024-01-10"), nil, regler.Valg{Sluttdato: d("2024-01-10")}); brudd != nil || err != nil {
		t.Errorf("sluttdato lik perioden: %v, %v", brudd, err)
	}
	// Studiespesialisering har ingen bokstav i § 7-2 fra 1. juli 2019 til
	// 30. juni 2025: ikke i kraft, så ingen varighetsregel.
	brudd, err := Kontroller(tiltak.OpplaeringStudiespesialisering, nil, p("2020-01-01", "2020-06-01"), nil)
	var ikm *IkkeModellertFeil
	if brudd != nil || !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &ikm) || !strings.Contains(err.Error(), "2020-01-01") {
		t.Errorf("studiespesialisering 2020: %v, %v", brudd, err)
	}
}

func TestBruddTekst(t *testing.T) {
	h := tiltak.TF("tf-2-4-v20160101", "2-4", 0)
	for _, tc := range []struct {
		b    Brudd
		want string
	}{
		{Brudd{Tiltak: "a", Grense: "g", Hjemmel: h, Grensedato: d("2024-01-02"), Faktisk: d("2024-01-01"), Err: ErrStartForTidlig}, "a: g (tiltaksforskriften § 2-4): start 2024-01-01 er før 2024-01-02"},
		{Brudd{Tiltak: "a", Grense: "g", Hjemmel: h, Grensedato: d("2024-01-02"), Faktisk: d("2024-01-01"), Err: ErrSluttForStart}, "a: g (tiltaksforskriften § 2-4): slutt 2024-01-01 er før start 2024-01-02"},
		{Brudd{Tiltak: "a", Grense: "g", Hjemmel: h, Faktisk: d("2024-01-01"), Err: ErrMaVurderes}, "a: g (tiltaksforskriften § 2-4): kan ikke sjekkes uten flere fakta"},
		{Brudd{Tiltak: "a", Grense: "g", Hjemmel: h, Faktisk: d("2024-01-01"), Err: ErrForLang}, "a: g (tiltaksforskriften § 2-4): ingen sluttdato er tillatt, slutt er 2024-01-01"},
		{Brudd{Tiltak: "a", Grense: "g", Hjemmel: h, Grensedato: d("2024-01-01"), Faktisk: d("2024-01-02"), Err: ErrSluttForSent}, "a: g (tiltaksforskriften § 2-4): slutt 2024-01-02 er etter siste tillatte dag 2024-01-01"},
	} {
		if got := tc.b.Error(); got != tc.want {
			t.Errorf("Error() = %q, vil ha %q", got, tc.want)
		}
	}
}
