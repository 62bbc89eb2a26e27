package tiltak

import (
	"errors"
	"testing"
)

// Livsløpet til en praksisplass i seed 003 (kommunens rutine): «Ny» settes
// automatisk; status «endres» til Statusmøte avtalt når oppstartsmøtet er
// avtalt og til Startet når deltakeren har startet; Bekreftet «kan brukes»
// (valgfri); Avsluttet «brukes» når plassen er avtalt avsluttet og frigitt.
// Hver overgang mellom alle par av statuser er prøvd.
func TestPlassOverganger(t *testing.T) {
	lov := map[[2]Plasstatus]bool{
		{PlassNy, PlassStatusmoteAvtalt}:        true, // «Status endres når oppstartsmøte er avtalt»
		{PlassStatusmoteAvtalt, PlassBekreftet}: true, // «kan brukes når deltaker og arbeidsgiver har bekreftet oppstart»
		{PlassStatusmoteAvtalt, PlassStartet}:   true, // Bekreftet er valgfri (issue 18)
		{PlassBekreftet, PlassStartet}:          true, // «endres til startet når deltaker har startet»
		{PlassNy, PlassAvsluttet}:               true, // planlagt plass avbrytes og frigis
		{PlassStatusmoteAvtalt, PlassAvsluttet}: true,
		{PlassBekreftet, PlassAvsluttet}:        true,
		{PlassStartet, PlassAvsluttet}:          true, // «avtalt avsluttet og frigitt til andre»
	}
	type par struct {
		fra, til Plasstatus
		lov      bool
	}
	var tester []par
	for fra := Plasstatus(0); fra <= PlassAvsluttet+1; fra++ {
		for til := Plasstatus(0); til <= PlassAvsluttet+1; til++ {
			tester = append(tester, par{fra, til, lov[[2]Plasstatus{fra, til}]})
		}
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

func TestPlasstatusGyldig(t *testing.T) {
	for s, want := range map[Plasstatus]bool{0: false, PlassNy: true, PlassStatusmoteAvtalt: true, PlassBekreftet: true, PlassStartet: true, PlassAvsluttet: true, PlassAvsluttet + 1: false, 200: false} {
		if s.Gyldig() != want {
			t.Errorf("%d.Gyldig() = %v", s, s.Gyldig())
		}
	}
}
