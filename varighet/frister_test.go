package varighet

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// fristTilfelle er én rad i tabelltesten for Frister: forventede datoer og
// hjemmel-id per dato. ID er paragraf-id-en raden sjekker.
type fristTilfelle struct {
	ID       string
	Navn     string
	Kode     tiltak.Kode
	Fakta    tiltak.Fakta
	Fra, Til string
	Datoer   []string // "dato hjemmel-id"
}

var fristTilfeller = []fristTilfelle{
	// Arbeidstrening fra 31.1.2024: + 3 mnd = 30.4. (klemt), + 6 = 31.7., + 9 = 31.10.
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening hver tredje måned, til 31.10.", Kode: tiltak.Arbeidstrening, Fra: "2024-01-31", Til: "2024-10-31",
		Datoer: []string{"2024-04-30 tf-3-5-v20160101", "2024-07-31 tf-3-5-v20160101", "2024-10-31 tf-3-5-v20160101"}},
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening til dagen før tredje gjennomgang", Kode: tiltak.Arbeidstrening, Fra: "2024-01-31", Til: "2024-10-30",
		Datoer: []string{"2024-04-30 tf-3-5-v20160101", "2024-07-31 tf-3-5-v20160101"}},
	// Varig LT fra 31.8.2023: + 6 = 29.2.2024, + 12 = 31.8.2024.
	{ID: "tf-10-7-v20160101", Navn: "varig lønnstilskudd hvert halvår", Kode: tiltak.VarigLonnstilskudd, Fra: "2023-08-31", Til: "2024-08-31",
		Datoer: []string{"2024-02-29 tf-10-7-v20160101", "2024-08-31 tf-10-7-v20160101"}},
	// AFT fra 1.7.2025: 1.10.2025 (§ 13-4 tredje ledd i 2016-teksten), 1.1.2026 og senere (§ 13-2 fjerde ledd).
	{ID: "tf-13-2-v20260101", Navn: "AFT over årsskiftet 2026", Kode: tiltak.AFT, Fra: "2025-07-01", Til: "2026-07-01",
		Datoer: []string{"2025-10-01 tf-13-4-v20161001", "2026-01-01 tf-13-2-v20260101", "2026-04-01 tf-13-2-v20260101", "2026-07-01 tf-13-2-v20260101"}},
	// AFT fra 30.9.2025: + 3 = 30.12.2025 (2016-teksten), + 6 = 30.3.2026 (§ 13-2).
	{ID: "tf-13-4-v20161001", Navn: "AFT dagen før 2026", Kode: tiltak.AFT, Fra: "2025-09-30", Til: "2026-03-30",
		Datoer: []string{"2025-12-30 tf-13-4-v20161001", "2026-03-30 tf-13-2-v20260101"}},
	// Første dag AFT finnes: 1.10.2016 + 3 = 1.1.2017.
	{ID: "tf-13-4-v20161001", Navn: "AFT første kvartal", Kode: tiltak.AFT, Fra: "2016-10-01", Til: "2017-01-01",
		Datoer: []string{"2017-01-01 tf-13-4-v20161001"}},
	// VTAO fra 29.2.2024: + 12 = 28.2.2025, + 24 = 29.2.2026 finnes ikke → 28.2.2026.
	{ID: "seed004-vtao-dokumentasjon-v20160101", Navn: "VTAO årlig fra 29. februar", Kode: tiltak.VTAO, Fra: "2024-02-29", Til: "2026-03-01",
		Datoer: []string{"2025-02-28 seed004-vtao-dokumentasjon-v20160101", "2026-02-28 seed004-vtao-dokumentasjon-v20160101"}},
	{ID: "praksis-funksjonsassistanse-ett-ar-v20160101", Navn: "funksjonsassistanse årlig", Kode: tiltak.Funksjonsassistanse, Fra: "2024-12-31", Til: "2025-12-31",
		Datoer: []string{"2025-12-31 praksis-funksjonsassistanse-ett-ar-v20160101"}},
	// Ungdomsgaranti: registrert 1.1.2024 + 56 dager = 26.2.2024; født 15.3.2000 → 15.3.2030.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti oppstart og opphør", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-01-01"), Fodselsdato: d("2000-03-15")},
		Fra: "2024-01-15", Til: "2030-03-14", Datoer: []string{"2024-02-26 er-4-4-v20230701", "2030-03-15 er-4-4-v20230701"}},
	// Registrert 31.12.2024 + 56 dager = 25.2.2025.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti registrert nyttårsaften", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-12-31"), Fodselsdato: d("2000-02-29")},
		Fra: "2025-01-15", Til: "2029-12-31", Datoer: []string{"2025-02-25 er-4-4-v20230701", "2030-02-28 er-4-4-v20230701"}},
	// Fireårig lønnstilskudd fra 1.8.2026: oppfølging minst hver tredje måned
	// (forsøksforskriften § 9): 1.11.2026, 1.2.2027, 1.5.2027; perioden slutter
	// dagen før den fjerde.
	{ID: "fir-9-v20260801", Navn: "fireårig hver tredje måned", Kode: tiltak.FirearigLonnstilskudd, Fra: "2026-08-01", Til: "2027-07-31",
		Datoer: []string{"2026-11-01 fir-9-v20260801", "2027-02-01 fir-9-v20260801", "2027-05-01 fir-9-v20260801"}},
	{ID: "tf-2-4-v20160101", Navn: "avklaring har ingen frister", Kode: tiltak.Avklaring, Fra: "2024-01-01", Til: "2024-03-01"},
}

func TestFrister(t *testing.T) {
	for _, tc := range fristTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			f := tc.Fakta
			fr, err := Frister(tc.Kode, &f, p(tc.Fra, tc.Til))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range fr {
				got = append(got, x.Dato.String()+" "+x.Hjemmel.ID)
				if x.Type == 0 || x.Beskrivelse == "" || x.Praksis != x.Hjemmel.ErPraksis() {
					t.Errorf("ufullstendig frist %+v", x)
				}
			}
			if diff := cmp.Diff(tc.Datoer, got); diff != "" {
				t.Errorf("[%s] Frister(%s, %s–%s) (-want +got):\n%s", tc.ID, tc.Kode, tc.Fra, tc.Til, diff)
			}
		})
	}
}

func TestFristerManglerOgFeil(t *testing.T) {
	fr, err := Frister(tiltak.Ungdomsgaranti, nil, p("2024-01-01", "2024-12-31"))
	if err != nil || len(fr) != 2 || !fr[0].Dato.IsZero() || !fr[0].Mangler.Har(tiltak.FaktumRegistrertDato) ||
		!fr[1].Mangler.Har(tiltak.FaktumFodselsdato) || fr[0].Type != SenesteOppstart || fr[1].Type != Opphor {
		t.Errorf("Frister uten fakta = %+v, %v", fr, err)
	}
	var fe *tiltak.FeltFeil
	if _, err := Frister("x", nil, p("2024-01-01", "2024-01-02")); !errors.As(err, &fe) || fe.Felt != "tiltak" {
		t.Errorf("ukjent kode: %v", err)
	}
	if _, err := Frister(tiltak.Avklaring, nil, p("2024-01-02", "2024-01-01")); !errors.Is(err, tiltak.ErrUgyldigPeriode) {
		t.Errorf("ugyldig periode: %v", err)
	}
	if _, err := Frister(tiltak.Avklaring, &tiltak.Fakta{Fodselsdato: d("1850-01-01")}, p("2024-01-01", "2024-01-02")); !errors.Is(err, tiltak.ErrUgyldigFaktum) {
		t.Errorf("ugyldige fakta: %v", err)
	}
	if _, err := Frister(tiltak.AFT, nil, p("2016-09-30", "2018-01-02")); !errors.Is(err, ErrIkkeModellert) {
		t.Errorf("AFT før 1. oktober 2016: %v", err)
	}
}

// hospiteringsfristTilfeller er radene for FristHospitering; ID er
// paragraf-id-en raden sjekker.
var hospiteringsfristTilfeller = []struct {
	ID, Start, Dato string
}{
	// 1.1.2023 + 6 mnd − 1 = 30.6.2023.
	{"tf-14-10-v20230101", "2023-01-01", "2023-06-30"},
	// 31.12.2022 + 6 mnd = 30.6.2023 (klemt) − 1 = 29.6.2023, etter 2016-teksten.
	{"tf-14-10-v20160101", "2022-12-31", "2023-06-29"},
	// 31.8.2023 + 6 mnd = 29.2.2024 − 1 = 28.2.2024.
	{"tf-14-10-v20230101", "2023-08-31", "2024-02-28"},
	{"tf-14-10-v20160101", "2016-01-01", "2016-06-30"},
}

func TestFristHospitering(t *testing.T) {
	for _, tc := range hospiteringsfristTilfeller {
		fr, err := FristHospitering(d(tc.Start))
		if err != nil || fr.Dato != d(tc.Dato) || fr.Hjemmel.ID != tc.ID || fr.Type != UnntakSlutt || fr.Beskrivelse == "" {
			t.Errorf("[%s] FristHospitering(%s) = %+v, %v; vil ha %s", tc.ID, tc.Start, fr, err, tc.Dato)
		}
	}
	if _, err := FristHospitering(d("2015-12-31")); !errors.Is(err, ErrIkkeModellert) {
		t.Errorf("før 2016: %v", err)
	}
	if _, err := FristHospitering(tiltak.Dato{}); !errors.Is(err, tiltak.ErrUgyldigDato) {
		t.Errorf("manglende start: %v", err)
	}
}

func TestFristTypeTekst(t *testing.T) {
	for ty, want := range map[FristType]string{Gjennomgang: "gjennomgang", Dokumentasjon: "dokumentasjon", SenesteOppstart: "seneste-oppstart",
		Opphor: "opphor", UnntakSlutt: "unntak-slutt", 0: "ukjent", 6: "ukjent", 42: "ukjent"} {
		b, err := ty.MarshalText()
		if ty.String() != want || (err == nil) != (want != "ukjent") || (err == nil && string(b) != want) {
			t.Errorf("%d: %q %q %v", ty, ty.String(), b, err)
		}
	}
}
