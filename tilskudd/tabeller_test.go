package tilskudd

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// g2027 er en rad en tjeneste legger til for G 2027. Beløpet er en
// testverdi, ikke den virkelige G for 2027.
var g2027 = Sats{Fra: D("2027-05-01"), Til: D("2028-04-30"), Belop: N("140000"), Bevis: "testverdi"}

// TestSatserMed: en tjeneste legger til neste års G (ftrl-1-4-grunnbelop) og
// andre satser uten en ny versjon av biblioteket; standardsatsene endres
// ikke, og radene sjekkes.
func TestSatserMed(t *testing.T) {
	s, err := StandardSatser().Med(TabellG, g2027)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		id, dag string
		satser  *Satser
		want    string // "" = ErrIngenSats
	}{
		{"ftrl-1-4-grunnbelop", "2027-04-30", s, "136549"},
		{"ftrl-1-4-grunnbelop", "2027-05-01", s, "140000"},
		{"ftrl-1-4-grunnbelop", "2028-04-30", s, "140000"},
		{"ftrl-1-4-grunnbelop", "2028-05-01", s, ""},
		{"ftrl-1-4-grunnbelop", "2027-05-01", StandardSatser(), ""},
		{"ftrl-1-4-grunnbelop", "2027-05-01", nil, ""}, // nil er standardsatsene
	} {
		got, err := r.satser.G(D(r.dag))
		if r.want == "" {
			sjekkFeil(t, err, ErrIngenSats, "dato")
			continue
		}
		if err != nil || !got.Equal(N(r.want)) {
			t.Errorf("%s %s: %v %v", r.id, r.dag, got, err)
		}
	}
	// Andre tabeller (tf-14-8-sats, tf-13-7-sats, tf-11-4-maks): en tjeneste
	// legger til 2027-satsene (testverdier).
	s2, err := s.Med(TabellVTAO, Sats{Fra: D("2027-01-01"), Til: D("2027-12-31"), Belop: N("7500"), Bevis: "testverdi"})
	if err != nil {
		t.Fatal(err)
	}
	s2, _ = s2.Med(TabellVTA, Sats{Fra: D("2027-01-01"), Belop: N("18000"), Bevis: "testverdi"})
	s2, _ = s2.Med(TabellAFT, Sats{Fra: D("2027-01-01"), Belop: N("22000"), Bevis: "testverdi"})
	s2, _ = s2.Med(TabellInkluderingMaks, Sats{Fra: D("2027-01-01"), Belop: N("165000"), Bevis: "testverdi"})
	for _, r := range []struct {
		id   string
		f    func(tiltak.Dato) (decimal.Decimal, error)
		want string
	}{
		{"tf-14a-7-v20260901", s2.VTAOSats, "7500"}, {"tf-14-8-v20161001", s2.VTASats, "18000"}, {"tf-13-7-v20260101", s2.AFTSats, "22000"},
		{"tf-11-4-v20160101", s2.InkluderingstilskuddMaks, "165000"}, {"ftrl-1-4-grunnbelop", s2.G, "136549"},
	} {
		if got, err := r.f(D("2027-01-01")); err != nil || !got.Equal(N(r.want)) {
			t.Errorf("%s: %v %v", r.id, got, err)
		}
	}
	if p, err := s2.VTAOTilskuddsperioder(P("2026-12-01", "2027-01-31")); err != nil || !p[1].Belop.Equal(N("7500")) {
		t.Errorf("tf-14a-7-v20260901 VTAO-perioder med tjenestens sats: %v %v", p, err)
	}
	if k, err := s2.SjekkInkluderingstilskudd(D("2027-06-30"), []decimal.Decimal{N("165000")}); err != nil || k.Utfall != regler.Oppfylt {
		t.Errorf("tf-11-4-v20160101: %+v %v", k, err)
	}
	// Standardsatsene og s er uendret.
	if _, err := G(D("2027-05-01")); !errors.Is(err, ErrIngenSats) {
		t.Error("Med endret standardsatsene")
	}
	if _, err := s.VTAOSats(D("2027-01-01")); !errors.Is(err, ErrIngenSats) {
		t.Error("Med endret s")
	}
	// En rad med samme Fra erstatter (en rettet verdi); tabellen er sortert.
	rettet, err := s.Med(TabellG, Sats{Fra: D("2027-05-01"), Til: D("2028-04-30"), Belop: N("140001"), Bevis: "rettet"})
	if err != nil {
		t.Fatal(err)
	}
	tab, _ := rettet.Tabell(TabellG)
	if len(tab.Satser) != 13 || !tab.Satser[12].Belop.Equal(N("140001")) {
		t.Errorf("erstatning: %d rader, siste %v", len(tab.Satser), tab.Satser[12])
	}
	if _, err := StandardSatser().Tabell(0); !errors.Is(err, ErrUgyldigSats) {
		t.Errorf("ukjent tabell: %v", err)
	}
}

// TestSatserMedFeil: en dårlig rad er en feil som navngir tabellen, raden og
// feltet; ingenting klemmes eller gjettes.
func TestSatserMedFeil(t *testing.T) {
	for _, r := range []struct {
		navn  string
		tab   Tabell
		rader []Sats
		felt  string
		err   error
	}{
		{"mangler fra", TabellG, []Sats{{Til: D("2028-04-30"), Belop: N("1")}}, "g[0].fra", ErrUgyldigSats},
		{"til før fra", TabellG, []Sats{{Fra: D("2027-05-01"), Til: D("2027-04-30"), Belop: N("1")}}, "g[0].til", ErrUgyldigSats},
		{"beløp 0 (mangler)", TabellG, []Sats{{Fra: D("2027-05-01"), Til: D("2028-04-30")}}, "g[0].belop", ErrUgyldigBelop},
		{"negativt beløp", TabellVTAO, []Sats{{Fra: D("2027-01-01"), Belop: N("-1")}}, "vtao[0].belop", ErrUgyldigBelop},
		{"over MaksKroner", TabellAFT, []Sats{{Fra: D("2027-01-01"), Belop: N("1000000000001")}}, "aft[0].belop", ErrUtenforOmrade},
		{"åpen siste G-rad", TabellG, []Sats{{Fra: D("2027-05-01"), Belop: N("140000")}}, "g[0].til", ErrUgyldigSats},
		{"overlapper 2026-raden", TabellG, []Sats{{Fra: D("2027-04-30"), Til: D("2028-04-30"), Belop: N("140000")}}, "g[0].fra", ErrUgyldigSats},
		{"andre rad overlapper første", TabellG, []Sats{g2027, {Fra: D("2028-04-01"), Til: D("2029-04-30"), Belop: N("150000")}}, "g[1].fra", ErrUgyldigSats},
		{"forlenget rad overlapper neste", TabellVTA, []Sats{{Fra: D("2016-01-01"), Til: D("2018-06-30"), Belop: N("12532")}}, "vta[0].til", ErrUgyldigSats},
		{"ukjent tabell", Tabell(9), []Sats{g2027}, "tabell", ErrUgyldigSats},
	} {
		_, err := StandardSatser().Med(r.tab, r.rader...)
		var fe *tiltak.FeltFeil
		if !errors.Is(err, r.err) || !errors.As(err, &fe) || fe.Felt != r.felt {
			t.Errorf("ftrl-1-4-grunnbelop %s: %v, vil ha %q (%v)", r.navn, err, r.felt, r.err)
		}
	}
}

// TestSatserJSON: MarshalJSON gir alle radene, og MedJSON leser samme form;
// en tjeneste kan dermed lese neste års satser fra en fil ved oppstart.
func TestSatserJSON(t *testing.T) {
	b, err := json.Marshal(StandardSatser())
	if err != nil {
		t.Fatal(err)
	}
	for _, navn := range []string{`"g":`, `"vtao":`, `"vta":`, `"aft":`, `"inkluderingstilskudd_maks":`, `"136549"`} {
		if !strings.Contains(string(b), navn) {
			t.Errorf("JSON mangler %s", navn)
		}
	}
	// Rundtur: alle radene lest inn igjen gir samme tabeller.
	s, err := StandardSatser().MedJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	for tb := TabellG; tb <= TabellInkluderingMaks; tb++ {
		a, _ := StandardSatser().Tabell(tb)
		c, _ := s.Tabell(tb)
		if diff := cmp.Diff(a.Satser, c.Satser); diff != "" {
			t.Errorf("%v (-før +etter):\n%s", tb, diff)
		}
	}
	ny, err := StandardSatser().MedJSON([]byte(`{"g": [{"fra": "2027-05-01", "til": "2028-04-30", "belop": "140000", "bevis": "testverdi"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if g, err := ny.G(D("2027-05-01")); err != nil || !g.Equal(N("140000")) {
		t.Errorf("ftrl-1-4-grunnbelop fra JSON: %v %v", g, err)
	}
	for _, r := range []struct{ inn, felt string }{
		{`{"g": [{"fra": "2027-05-01", "belop": "140000"}]}`, "g[0].til"},
		{`{"g": [{"fra": "2027-05-01", "til": "2028-04-30", "belop": "0"}]}`, "g[0].belop"},
		{`{"gg": []}`, ""},
		{`{"g": "x"}`, "g"},
		{`{"g": [{"fra": "2027-02-30"}]}`, "dato"},
		{`ikke json`, ""},
	} {
		_, err := StandardSatser().MedJSON([]byte(r.inn))
		var fe *tiltak.FeltFeil
		var df *tiltak.DatoFeil
		if err == nil || (!errors.As(err, &fe) && !errors.As(err, &df)) {
			t.Errorf("%s: %v", r.inn, err)
			continue
		}
		if fe != nil && r.felt != "" && r.felt != "dato" && fe.Felt != r.felt {
			t.Errorf("%s: felt %q, vil ha %q", r.inn, fe.Felt, r.felt)
		}
	}
	var nilSatser *Satser
	if b2, err := json.Marshal(nilSatser); err != nil || string(b2) != "null" {
		t.Errorf("nil: %s %v", b2, err)
	}
}

// TestSatserSamtidig: ett Satser delt mellom gorutiner, mens andre lager nye
// med Med, gir samme svar (kjøres med -race i CI).
func TestSatserSamtidig(t *testing.T) {
	s, err := StandardSatser().Med(TabellG, g2027)
	if err != nil {
		t.Fatal(err)
	}
	g := grunnlag()
	g.Tiltak, g.Periode, g.Prosent, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, P("2027-05-01", "2027-05-31"), NP("75"), NP("682745")
	want, err := s.BeregnRefusjon(g)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 200 {
				if i%2 == 0 {
					if _, err := s.Med(TabellVTAO, Sats{Fra: D("2027-01-01"), Til: D("2027-12-31"), Belop: decimal.NewFromInt(int64(7000 + j)), Bevis: "test"}); err != nil {
						t.Error(err)
						return
					}
				}
				got, err := s.BeregnRefusjon(g)
				if err != nil || !cmp.Equal(got, want) {
					t.Errorf("gorutine %d: %v %v", i, got.Refusjon, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTabellTekst(t *testing.T) {
	for tb := TabellG; tb <= TabellInkluderingMaks; tb++ {
		b, err := tb.MarshalText()
		var tilbake Tabell
		if err != nil || tilbake.UnmarshalText(b) != nil || tilbake != tb {
			t.Errorf("%v: %v", tb, err)
		}
	}
	var tb Tabell
	if err := tb.UnmarshalText([]byte("h")); !errors.Is(err, ErrUgyldigSats) || !strings.Contains(err.Error(), "g, vtao, vta, aft") {
		t.Errorf("ukjent tabell: %v", err)
	}
	if _, err := Tabell(0).MarshalText(); err == nil || Tabell(0).String() != "ukjent" {
		t.Error("tabell 0")
	}
	e := &IngenSatsFeil{Navn: "G"}
	if !errors.Is(e, ErrIngenSats) || e.Error() == "" {
		t.Error("IngenSatsFeil")
	}
	for _, e := range []*IngenSatsFeil{{Navn: "G", Dato: D("2027-05-01"), KjentTil: D("2027-04-30")}, {Navn: "G", Dato: D("2014-01-01"), KjentFra: D("2015-05-01")}} {
		if !strings.Contains(e.Error(), "G") || !strings.Contains(e.Error(), e.Dato.String()) {
			t.Errorf("%q", e.Error())
		}
	}
}
