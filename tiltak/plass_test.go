package tiltak

import (
	"errors"
	"testing"
)

// Livsløpet til en praksisplass i seed 003: Ny → Statusmøte avtalt →
// Bekreftet → Startet → Avsluttet.
func TestPlassOverganger(t *testing.T) {
	tester := []struct {
		fra, til Plasstatus
		lov      bool
	}{
		{PlassNy, PlassStatusmoteAvtalt, true},
		{PlassStatusmoteAvtalt, PlassBekreftet, true},
		{PlassBekreftet, PlassStartet, true},
		{PlassStartet, PlassAvsluttet, true},
		{PlassNy, PlassAvsluttet, true},  // planlagt plass avbrytes
		{PlassNy, PlassBekreftet, false}, // hopper over et steg
		{PlassNy, PlassStartet, false},
		{PlassStartet, PlassNy, false}, // bakover
		{PlassBekreftet, PlassStatusmoteAvtalt, false},
		{PlassAvsluttet, PlassStartet, false}, // avsluttet er endelig
		{PlassAvsluttet, PlassAvsluttet, false},
		{0, PlassNy, false},
		{PlassNy, PlassNy, false},
	}
	for _, tt := range tester {
		if got := tt.fra.KanGaTil(tt.til); got != tt.lov {
			t.Errorf("%s → %s = %v, ventet %v", tt.fra.Norsk(), tt.til.Norsk(), got, tt.lov)
		}
		pl := Plass{Type: Aktivitetsplass, Status: tt.fra, Periode: p("2025-01-01", "2025-06-30")}
		_, err := pl.Endre(tt.til)
		if tt.lov != (err == nil) {
			t.Errorf("Endre %s → %s: %v", tt.fra, tt.til, err)
		}
		if err != nil && !errors.Is(err, ErrUgyldigOvergang) {
			t.Errorf("feil pakker ikke ErrUgyldigOvergang: %v", err)
		}
	}
}

func TestPlassAvslutt(t *testing.T) {
	pl, err := NyPlass(Arbeidstrening, p("2025-01-01", "2025-06-30"))
	if err != nil || pl.Status != PlassNy {
		t.Fatal(pl, err)
	}
	for _, s := range []Plasstatus{PlassStatusmoteAvtalt, PlassBekreftet, PlassStartet} {
		if pl, err = pl.Endre(s); err != nil {
			t.Fatal(err)
		}
	}
	// Avsluttes tidlig: sluttdatoen rettes.
	av, err := pl.Avslutt(d("2025-03-15"))
	if err != nil || av.Status != PlassAvsluttet || av.Periode != p("2025-01-01", "2025-03-15") {
		t.Errorf("Avslutt = %+v, %v", av, err)
	}
	// Avsluttes på planlagt dag: perioden står.
	av, err = pl.Avslutt(d("2025-06-30"))
	if err != nil || av.Periode != p("2025-01-01", "2025-06-30") {
		t.Errorf("Avslutt på sluttdato = %+v, %v", av, err)
	}
	// Grensene: dagen før start og dagen etter slutt avvises.
	for _, dag := range []string{"2024-12-31", "2025-07-01"} {
		if _, err := pl.Avslutt(d(dag)); !errors.Is(err, ErrUgyldigPeriode) {
			t.Errorf("Avslutt(%s) ga %v", dag, err)
		}
	}
	if _, err := pl.Avslutt(d("2025-01-01")); err != nil {
		t.Errorf("Avslutt på startdagen: %v", err)
	}
	// En plass som ikke er startet, avsluttes uten å endre perioden.
	ny, _ := NyPlass(Sprakpraksis, p("2025-01-01", "2025-06-30"))
	av, err = ny.Avslutt(Dato{})
	if err != nil || av.Periode != ny.Periode || av.Status != PlassAvsluttet {
		t.Errorf("avbrutt før start: %+v, %v", av, err)
	}
	if _, err := av.Avslutt(d("2025-02-01")); !errors.Is(err, ErrUgyldigOvergang) {
		t.Errorf("avslutte to ganger ga %v", err)
	}
	if _, err := NyPlass(Mentor, p("2025-01-01", "2025-06-30")); !errors.Is(err, ErrUkjentTiltak) {
		t.Errorf("mentor er ikke en plasstype: %v", err)
	}
	_, err = NyPlass(Aktivitetsplass, p("2025-02-01", "2025-01-01"))
	var fe *FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "periode.til" {
		t.Errorf("ugyldig periode ga %v", err)
	}
}

// Hvilke ytelser som følger hver plasstype (seed 003).
func TestPlasstyperYtelser(t *testing.T) {
	tester := []struct {
		k              Kode
		tilskudd       bool
		registreresSom Kode
	}{
		{Aktivitetsplass, false, Arbeidstrening},
		{Arbeidstrening, true, Arbeidstrening},
		{Sprakpraksis, false, ""},
	}
	for _, tt := range tester {
		y, ok := Plasstype(tt.k)
		if !ok || y.Tilskudd != tt.tilskudd || y.RegistreresSom != tt.registreresSom || !y.Tilretteleggingsgaranti || y.Hjemmel.ID != "seed003-plasstyper" {
			t.Errorf("%s: %+v", tt.k, y)
		}
	}
	if len(Plasstyper()) != 3 {
		t.Error("tre plasstyper")
	}
	if _, ok := Plasstype(VTA); ok {
		t.Error("VTA er ikke en plasstype")
	}
	var s Plasstatus
	if s.UnmarshalText([]byte("statusmote-avtalt")) != nil || s != PlassStatusmoteAvtalt || s.String() != "statusmote-avtalt" {
		t.Error("Plasstatus tekst")
	}
}
