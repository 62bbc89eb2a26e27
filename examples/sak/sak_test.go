package sak

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func finnSak(t *testing.T, id string) Sak {
	t.Helper()
	for _, s := range Eksempler() {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("fant ikke eksempelsaken %s", id)
	return Sak{}
}

func behandle(t *testing.T, id string) Svar {
	t.Helper()
	svar, err := Behandle(finnSak(t, id))
	if err != nil {
		t.Fatal(err)
	}
	return svar
}

// Eksemplene gir svarene regnet ut for hånd i kommentarene.
func TestEksemplene(t *testing.T) {
	if n := len(Eksempler()); n != 9 {
		t.Fatalf("%d eksempler, ventet 9", n)
	}
	// ufore-gradert (navbrev-fribelop-1g-v20260101): gradert uføretrygd med
	// virkning fra 1. mars 2023, ikke VTA, ikke økt: 1. juni 2026 er to år
	// gått, så grensen er IEU 150 000 + 1 G 136 549 = 286 549; fram til 1.
	// oktober 2026 reduserer NAV etter 150 000 + 0,4 G = 204 619,6.
	ufg := behandle(t, "ufore-gradert")
	if u := ufg.Uforegrense; u == nil || u.Grense == nil || u.Grense.Grense.Decimal.String() != "286549" ||
		u.Grense.Forelopig.Decimal.String() != "204619.6" || !u.Grense.Uverifisert || len(ufg.Tilskudd) != 0 || len(ufg.Varighet) != 0 {
		t.Errorf("ufore-gradert: %+v", ufg.Uforegrense)
	}
	// ung-22: fylt 16, ikke 30, bistandsbehov fastslått → ungdomsgaranti oppfylt
	// (egenregiforskriften § 4-1); garantien varer til dagen før 30-årsdagen
	// 10. april 2033 (§ 4-4).
	ung := behandle(t, "ung-22")
	if ung.Vilkar[0].Tiltak != tiltak.Ungdomsgaranti || ung.Vilkar[0].Utfall != regler.Oppfylt {
		t.Errorf("ungdomsgaranti: %v %v", ung.Vilkar[0].Tiltak, ung.Vilkar[0].Utfall)
	}
	if got := ung.Varighet[0].Maksimum.SisteSluttOppfylt; got != tiltak.MustDato(2033, 4, 9) {
		t.Errorf("ungdomsgarantien slutter %v, ventet 2033-04-09", got)
	}

	// Midlertidig lønnstilskudd, 35 000 kr: feriepenger 4 200, OTP 2 % av
	// 39 200 = 784, AGA 14,1 % av 39 984 = 5 637,744; tilleggene 10 621,744
	// rundes til 10 622, kostnad 45 622; 60 % = 27 373,2 → 27 373.
	// Refusjon for august: 45 621,744 − 4 000 sykepenger = 41 621,744;
	// 60 % = 24 973,0464 → 24 973.
	midl := behandle(t, "lonnstilskudd-midlertidig")
	ts := midl.Tilskudd[0]
	if !ts.Maned.Sum.Equal(decimal.NewFromInt(45622)) || !ts.Maned.Tilskudd.Equal(decimal.NewFromInt(27373)) {
		t.Errorf("månedsberegning: kostnad %v, tilskudd %v", ts.Maned.Sum, ts.Maned.Tilskudd)
	}
	// Første periode 15.–31. januar: 17 dager × 27 373 / 30,4375 = 15 288,4 → 15 288.
	if p := ts.Perioder[0]; p.Periode.Dager() != 17 || !p.Belop.Equal(decimal.NewFromInt(15288)) {
		t.Errorf("første periode %v: %v", p.Periode, p.Belop)
	}
	if !ts.Refusjon.Refusjonsbelop.Equal(decimal.NewFromInt(24973)) {
		t.Errorf("refusjon %v, ventet 24 973", ts.Refusjon.Refusjonsbelop)
	}
	// Sommerjobb 24 000 kr: 2 880 + 537,6 + 3 865,8816 = 7 283,4816 → 7 283;
	// kostnad 31 283; 50 % = 15 641,5 → 15 642 (halvt opp).
	som := behandle(t, "sommerjobb-17")
	if !som.Tilskudd[0].Maned.Tilskudd.Equal(decimal.NewFromInt(15642)) {
		t.Errorf("sommerjobb: %v", som.Tilskudd[0].Maned.Tilskudd)
	}
	// VTAO: sats 7 067 i 2025 og 7 321 i 2026 (NAVs satstabell).
	uf := behandle(t, "ufore")
	p := uf.Tilskudd[0].Perioder
	if len(p) != 12 || !p[0].Belop.Equal(decimal.NewFromInt(7067)) || !p[11].Belop.Equal(decimal.NewFromInt(7321)) {
		t.Errorf("VTAO-perioder: %d, første %v, siste %v", len(p), p[0].Belop, p[len(p)-1].Belop)
	}
	// Aktivitetsplass: ingen tilskudd, ingen avtaler.
	akt := behandle(t, "aktivitetsplass")
	if len(akt.Tilskudd) != 0 || akt.Vilkar[0].Tiltak != tiltak.Aktivitetsplass {
		t.Errorf("aktivitetsplass: %+v", akt)
	}
}

// Et svar går rundt gjennom JSON: marshal, les tilbake, marshal igjen gir
// samme bytes.
func TestSvarJSONRundtur(t *testing.T) {
	for _, s := range Eksempler() {
		svar, err := Behandle(s)
		if err != nil {
			t.Fatal(err)
		}
		b1, err := json.Marshal(svar)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		var tilbake Svar
		if err := json.Unmarshal(b1, &tilbake); err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		b2, err := json.Marshal(tilbake)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1, b2) {
			t.Errorf("%s: JSON endret seg på rundturen:\n%s", s.ID, cmp.Diff(string(b1), string(b2)))
		}
	}
}

// En sak går rundt: marshal og Les gir samme sak.
func TestSakJSONRundtur(t *testing.T) {
	saker := Eksempler()
	b, err := json.Marshal(saker)
	if err != nil {
		t.Fatal(err)
	}
	tilbake, err := Les(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(saker, tilbake); diff != "" {
		t.Errorf("rundtur (-før +etter):\n%s", diff)
	}
}

// Hver slags ugyldige inndata gir en feil som navngir feltet.
func TestLesOgBehandleFeil(t *testing.T) {
	tester := []struct {
		navn, inn, felt string
	}{
		{"tom", "", ""},
		{"ikke JSON", "hei", ""},
		{"ufullstendig", `{"id":`, "id"},
		{"to verdier", `{"id":"a","dato":"2025-01-01"} {}`, ""},
		{"ukjent felt", `{"id":"a","dato":"2025-01-01","faktaa":{}}`, "faktaa"},
		{"feil type", `{"id":7,"dato":"2025-01-01"}`, "id"},
		{"ugyldig dato", `{"id":"a","dato":"2025-02-30"}`, "dato"},
		{"ugyldig fødselsdato", `{"id":"a","dato":"2025-01-01","fakta":{"fodselsdato":"2023-02-29"}}`, "fakta.fodselsdato"},
		{"ukjent arbeidsevne", `{"id":"a","dato":"2025-01-01","fakta":{"arbeidsevne":"litt"}}`, "fakta.arbeidsevne"},
		{"ukjent tiltak", `{"id":"a","dato":"2025-01-01","tiltak":["vta","vta-x"]}`, "tiltak[1]"},
		{"ukjent svar", `{"id":"a","dato":"2025-01-01","fakta":{"samtykke":"kanskje"}}`, "fakta.samtykke"},
		{"feil i liste", `[{"id":"a","dato":"2025-01-01"},{"id":"b","dato":"2025-01-01","fakta":{"uforetrygd":"x"}}]`, "[1].fakta.uforetrygd"},
		{"mangler dato", `{"id":"a"}`, "dato"},
		{"ukjent spørsmål", `{"id":"a","dato":"2025-01-01","sporsmal":["hvor"]}`, "sporsmal[0]"},
		{"periode baklengs", `{"id":"a","dato":"2025-01-01","periode":{"fra":"2025-02-01","til":"2025-01-01"}}`, "periode.til"},
		{"tidligere periode baklengs", `{"id":"a","dato":"2025-01-01","tidligere":[{"fra":"2025-02-01","til":"2025-01-01"}]}`, "tidligere[0].til"},
		{"registrert før fødsel", `{"id":"a","dato":"2025-01-01","fakta":{"fodselsdato":"2000-01-02","registrert_dato":"2000-01-01"}}`, "fakta.registrert_dato"},
		{"negativ lønn", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":"-1","feriepenger_prosent": "12","otp_prosent": "2","arbeidsgiveravgift_prosent": "14.1"}}]}`, "avtaler[0].lonn.manedslonn"},
		// Manglende lønn er en feil, aldri 0 kr (issue 13 punkt 3).
		{"lønn mangler", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"}}]}`, "avtaler[0].lonn.manedslonn"},
		{"månedslønn null", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":null,"feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}}]}`, "avtaler[0].lonn.manedslonn"},
		{"avgiftsprosent mangler", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":"30000","feriepenger_prosent":"12","otp_prosent":"2"}}]}`, "avtaler[0].lonn.arbeidsgiveravgift_prosent"},
		{"gammelt feltnavn for sats", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":"30000","feriepengesats":"0.12"}}]}`, "avtaler[0].lonn.feriepengesats"},
		{"prosent over 75", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"80"}}]}`, "avtaler[0].avtale.avtalt_prosent"},
	}
	for _, tt := range tester {
		t.Run(tt.navn, func(t *testing.T) {
			inn, err := Tolk([]byte(tt.inn), Grenser{})
			if err == nil {
				_, err = Besvar(context.Background(), inn, Grenser{}, Skrivevalg{})
			}
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) {
				t.Fatalf("ventet *tiltak.FeltFeil, fikk %v", err)
			}
			if fe.Felt != tt.felt {
				t.Errorf("feltet er %q, ventet %q (%v)", fe.Felt, tt.felt, err)
			}
			j := NyFeil(err)
			if j.Feil.Felt != tt.felt || j.Feil.Grunn == "" {
				t.Errorf("JSON-feil %+v", j)
			}
		})
	}
}

func TestForklar(t *testing.T) {
	s := finnSak(t, "lonnstilskudd-midlertidig")
	svar, _ := Behandle(s)
	var b bytes.Buffer
	if err := Forklar(&b, s, svar); err != nil {
		t.Fatal(err)
	}
	for _, del := range []string{"Midlertidig lønnstilskudd: oppfylt", "tiltaksforskriften § 9-3", "[oppfylt]", "refusjon: 24973 kr", "Varighet Midlertidig lønnstilskudd"} {
		if !strings.Contains(b.String(), del) {
			t.Errorf("forklaringen mangler %q:\n%s", del, b.String())
		}
	}
}
