package tiltak

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestKnekkartTekst(t *testing.T) {
	for a := KnekkPeriodestart; a <= KnekkManed; a++ {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var tilbake Knekkart
		if err := tilbake.UnmarshalText(b); err != nil || tilbake != a || a.String() != string(b) {
			t.Errorf("%d: %q → %d, %v", a, b, tilbake, err)
		}
	}
	var ugyldig Knekkart
	if _, err := ugyldig.MarshalText(); err == nil {
		t.Error("nullverdien ble skrevet")
	}
	if err := ugyldig.UnmarshalText([]byte("bursdag")); err == nil {
		t.Error("ukjent ord ble lest")
	}
	if Knekkart(200).Gyldig() || Knekkart(200).String() != "ukjent knekkart" {
		t.Error("Knekkart(200)")
	}
}

func TestKnekkgrunnJSONOgForklaring(t *testing.T) {
	g := Knekkgrunn{Art: KnekkFodselsdag, Dato: MustDato(2026, 2, 28), ID: "tf-8-3-v20210422.under-30", Alder: 30,
		Hjemmel: Hjemmel{ID: "tf-8-3-v20210422", Kilde: Tiltaksforskriften, Paragraf: "8-3", Ledd: 1}}
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	var tilbake Knekkgrunn
	if err := json.Unmarshal(b, &tilbake); err != nil || tilbake != g {
		t.Errorf("%s → %+v, %v", b, tilbake, err)
	}
	if s := g.Forklaring(); s != "Personen fyller 30 år 28. februar 2026 (tiltaksforskriften § 8-3 første ledd; tf-8-3-v20210422.under-30)." {
		t.Errorf("Forklaring: %s", s)
	}
	for a := KnekkPeriodestart; a <= KnekkManed; a++ {
		if s := (Knekkgrunn{Art: a, Dato: MustDato(2026, 5, 1)}).Forklaring(); s == "" {
			t.Errorf("%s: tom forklaring", a)
		}
	}
}

func TestSorterKnekk(t *testing.T) {
	a := Knekkgrunn{Art: KnekkVersjon, Dato: MustDato(2026, 1, 1), ID: "b"}
	b := Knekkgrunn{Art: KnekkFodselsdag, Dato: MustDato(2025, 3, 1), Alder: 16}
	c := Knekkgrunn{Art: KnekkVersjon, Dato: MustDato(2026, 1, 1), ID: "a"}
	got := SorterKnekk([]Knekkgrunn{a, b, c, a})
	if len(got) != 3 || got[0] != b || got[1] != c || got[2] != a {
		t.Errorf("%+v", got)
	}
}

func TestSjekkTidslinjeperiode(t *testing.T) {
	for _, tc := range []struct {
		p    Periode
		felt string
	}{
		{Periode{Fra: MustDato(2025, 1, 1), Til: MustDato(2044, 12, 31)}, ""},
		{Periode{Fra: MustDato(2024, 2, 29), Til: MustDato(2044, 2, 28)}, ""},
		{Periode{Fra: MustDato(2024, 2, 29), Til: MustDato(2044, 2, 29)}, "periode.til"},
		{Periode{Fra: MustDato(2025, 1, 1), Til: MustDato(2045, 1, 1)}, "periode.til"},
		{Periode{Fra: MustDato(2016, 1, 1), Til: MustDato(2115, 12, 31)}, "periode.til"},
		{Periode{Til: MustDato(2025, 1, 1)}, "periode.fra"},
		{Periode{Fra: MustDato(2025, 1, 1)}, "periode.til"},
		{Periode{Fra: MustDato(2025, 1, 2), Til: MustDato(2025, 1, 1)}, "periode.til"},
		{Periode{Fra: MustDato(9990, 1, 1), Til: MustDato(9999, 12, 31)}, ""},
	} {
		err := SjekkTidslinjeperiode(tc.p)
		var fe *FeltFeil
		switch {
		case tc.felt == "" && err != nil:
			t.Errorf("%v: %v", tc.p, err)
		case tc.felt != "" && (!errors.As(err, &fe) || fe.Felt != tc.felt || !errors.Is(err, ErrUgyldigPeriode)):
			t.Errorf("%v: %v, ventet felt %s", tc.p, err, tc.felt)
		}
	}
}
