package tilskudd

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func TestUforeInntektsgrense(t *testing.T) {
	// seed004-uforegrense: 1 G ved VTA, 0,4 G ellers. Seeden: 1 G = 96 883 kr
	// fra 1. mai 2018, så 0,4 G = 0,4 × 96 883 = 38 753,2 (ikke rundet).
	// 30. april 2018 gjelder 2017-G 93 634: 0,4 G = 37 453,6.
	for _, r := range []struct {
		id     string
		dag    string
		vta    bool
		g      string
		grense string
		err    error
	}{
		{"seed004-uforegrense", "2018-05-01", true, "96883", "96883", nil},
		{"seed004-uforegrense", "2018-05-01", false, "96883", "38753.2", nil},
		{"seed004-uforegrense", "2018-04-30", true, "93634", "93634", nil},
		{"seed004-uforegrense", "2018-04-30", false, "93634", "37453.6", nil},
		{"ftrl-12-14", "2024-04-30", false, "118620", "47448", nil},
		{"ftrl-12-14", "2024-05-01", false, "124028", "49611.2", nil},
		{"ftrl-12-14", "2025-05-01", true, "130160", "130160", nil},
		{"ftrl-12-14", "2015-05-01", false, "90068", "36027.2", nil},
		{"ftrl-12-14", "2015-04-30", false, "", "", ErrIngenSats},     // G 2014 ikke i tabellen
		{"ftrl-12-14", "2014-12-31", false, "", "", ErrIkkeModellert}, // før uførereformen
		// G 2026 (136 549, nav-praksis § 2e): 0,4 G = 54 619,6.
		{"ftrl-12-14", "2026-04-30", false, "130160", "52064", nil},
		{"ftrl-12-14", "2026-05-01", false, "136549", "54619.6", nil},
		{"ftrl-12-14", "2026-05-01", true, "136549", "136549", nil},
		{"ftrl-12-14", "2027-04-30", false, "136549", "54619.6", nil},
		{"ftrl-12-14", "2027-05-01", false, "", "", ErrIngenSats}, // G 2027 ikke kjent
	} {
		g, err := UforeInntektsgrense(D(r.dag), r.vta)
		if sjekkFeil(t, err, r.err, "dato") {
			continue
		}
		if !g.G.Equal(N(r.g)) || !g.Grense.Equal(N(r.grense)) || g.VTA != r.vta || !g.Uverifisert || !g.Grense.Equal(g.G.Mul(g.AntallG)) {
			t.Errorf("%s %s vta=%v: G %v grense %v", r.id, r.dag, r.vta, g.G, g.Grense)
		}
		if len(g.Hjemler) != 2 || g.Hjemler[0].ID != "seed004-uforegrense" || g.Hjemler[1].ID != "ftrl-12-14" {
			t.Errorf("hjemler: %v", g.Hjemler)
		}
	}
	_, err := UforeInntektsgrense(tiltak.Dato{}, false)
	sjekkFeil(t, err, ErrUkjentFaktum, "dato")
}

func TestVurderUforeInntekt(t *testing.T) {
	for _, r := range []struct {
		id, inntekt, dag string
		vta              bool
		over             bool
		overskytende     string
		err              error
	}{
		{"seed004-uforegrense", "38753.2", "2018-05-01", false, false, "0", nil},     // lik grensen: ikke over
		{"seed004-uforegrense", "38753.21", "2018-05-01", false, true, "0.01", nil},  // én øre over
		{"seed004-uforegrense", "38753", "2018-05-01", false, false, "0", nil},       // under
		{"seed004-uforegrense", "38753.2", "2018-04-30", false, true, "1299.6", nil}, // gammel G: 37 453,6
		{"seed004-uforegrense", "96883", "2018-05-01", true, false, "0", nil},
		{"seed004-uforegrense", "96884", "2018-05-01", true, true, "1", nil},
		{"seed004-uforegrense", "0", "2018-05-01", false, false, "0", nil},
		{"seed004-uforegrense", "-1", "2018-05-01", false, false, "", ErrUgyldigBelop},
	} {
		v, err := VurderUforeInntekt(N(r.inntekt), D(r.dag), r.vta)
		if r.err != nil {
			sjekkFeil(t, err, r.err, "inntekt")
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if v.Over != r.over || !v.Overskytende.Equal(N(r.overskytende)) {
			t.Errorf("%s %s %s: over %v overskytende %v", r.id, r.inntekt, r.dag, v.Over, v.Overskytende)
		}
	}
	_, err := VurderUforeInntekt(N("1"), D("2014-01-01"), false)
	sjekkFeil(t, err, ErrIkkeModellert, "dato")
}

// En tjeneste med egne satser får inntektsgrensen for 2027 (testverdi, ikke
// den virkelige G for 2027).
func TestUforeMedTjenestensSatser(t *testing.T) {
	s, err := StandardSatser().Med(TabellG, Sats{Fra: D("2027-05-01"), Til: D("2028-04-30"), Belop: N("123456"), Bevis: "test"})
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.UforeInntektsgrense(D("2027-05-01"), false)
	if err != nil || !g.Grense.Equal(N("49382.4")) {
		t.Errorf("ftrl-12-14 med tjenestens G: %v %v", g.Grense, err)
	}
	v, err := s.VurderUforeInntekt(N("50000"), D("2027-05-01"), false)
	if err != nil || !v.Over || !v.Overskytende.Equal(N("617.6")) {
		t.Errorf("seed004-uforegrense: %+v %v", v, err)
	}
	var ns *Satser
	if g, err := ns.UforeInntektsgrense(D("2026-05-01"), true); err != nil || !g.Grense.Equal(N("136549")) {
		t.Errorf("nil *Satser skal være standardsatsene: %v %v", g.Grense, err)
	}
}
