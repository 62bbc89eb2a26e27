package regler

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Fribeløpet i inntektsgrensen for uføretrygd (ftrl12_14_ufore.go):
// hvilke regler som har virkning på en dato, på begge sider av hver
// datogrense. Radene navngir versjonene; tallene står i kildene (0,4 G og 1
// G, 24 måneder, i kraft 1. oktober 2026 med virkning fra 1. januar 2026).
func TestFribelopsregler(t *testing.T) {
	type forventet struct {
		id      string
		gruppe  Fribelopsgruppe
		prosent int64
		ieu     tiltak.Svar
		begrep  string
	}
	alle15 := forventet{"ftrl-12-14-l1-v20150101", FribelopAlle, 40, tiltak.Ja, "inntektsgrense"}
	alle26 := forventet{"ftrl-12-14-l1-v20260701", FribelopAlle, 40, tiltak.Ja, "bunnfradrag"}
	vta := forventet{"seed004-uforegrense-v20150101", FribelopVTA, 100, tiltak.Ukjent, ""}
	toAr := forventet{"navbrev-fribelop-1g-v20260101", FribelopEtterToAr, 100, tiltak.Ja, ""}
	for _, r := range []struct {
		navn string
		dato tiltak.Dato
		want []forventet
	}{
		{"ftrl-12-14-l1-v20150101: første dag med uføretrygd", d(2015, 1, 1), []forventet{alle15, vta}},
		{"seed004-uforegrense-v20150101: seedens G-år 2018", d(2018, 5, 1), []forventet{alle15, vta}},
		{"ftrl-12-14-l1-v20150101: dagen før 1 G-regelen får virkning", d(2025, 12, 31), []forventet{alle15, vta}},
		{"navbrev-fribelop-1g-v20260101: første dag med virkning", d(2026, 1, 1), []forventet{alle15, vta, toAr}},
		{"navbrev-fribelop-1g-v20260101: dagen før ordet bunnfradrag", d(2026, 6, 30), []forventet{alle15, vta, toAr}},
		{"ftrl-12-14-l1-v20260701: bunnfradrag fra 1. juli 2026", d(2026, 7, 1), []forventet{alle26, vta, toAr}},
		{"navbrev-fribelop-1g-v20260101: i kraft 1. oktober 2026", d(2026, 10, 1), []forventet{alle26, vta, toAr}},
		{"ftrl-12-14-l1-v20260701: åpen versjon", d(2030, 1, 1), []forventet{alle26, vta, toAr}},
	} {
		got, err := Fribelopsregler(r.dato)
		if err != nil {
			t.Fatalf("%s: %v", r.navn, err)
		}
		if len(got) != len(r.want) {
			t.Errorf("%s: %d regler, ventet %d", r.navn, len(got), len(r.want))
			continue
		}
		for i, w := range r.want {
			g := got[i]
			if g.ID != w.id || g.Gruppe != w.gruppe || g.Prosent != w.prosent || g.LeggesTilIEU != w.ieu || g.Begrep != w.begrep ||
				g.Hjemmel.ID != w.id || !g.Uverifisert || g.Bevis != Sekundaer {
				t.Errorf("%s: regel %d = %+v, ventet %+v", r.navn, i, g, w)
			}
		}
	}
}

// Regelen om 1 G etter to år: 24 måneder, ny periode ved økt uføregrad,
// ikke for VTA, virkning 1. januar og i kraft 1. oktober 2026; de andre
// har ingen ventetid og trådte i kraft samme dag som de fikk virkning.
func TestFribelopToAr(t *testing.T) {
	l, err := Fribelopsregler(d(2026, 3, 1))
	if err != nil || len(l) != 3 {
		t.Fatal(l, err)
	}
	to := l[2]
	if to.ID != "navbrev-fribelop-1g-v20260101" || to.EtterManeder != 24 || !to.OkningGirNyPeriode || !to.UnntarVTA ||
		to.Fra != d(2026, 1, 1) || to.IKraft != d(2026, 10, 1) || to.FraUkjent || to.Hjemmel.Kilde != tiltak.NAVBrev || to.Hjemmel.Paragraf != "" {
		t.Errorf("navbrev-fribelop-1g-v20260101: %+v", to)
	}
	for _, r := range l[:2] {
		if r.EtterManeder != 0 || r.OkningGirNyPeriode || r.UnntarVTA || r.IKraft != r.Fra || !r.FraUkjent {
			t.Errorf("%s: %+v", r.ID, r)
		}
	}
	if h := l[0].Hjemmel; h.Kilde != tiltak.Folketrygdloven || h.Paragraf != "12-14" || h.Ledd != 1 || h.String() != "folketrygdloven § 12-14 første ledd" {
		t.Errorf("ftrl-12-14-l1-v20150101: hjemmel %v", h)
	}
	if h := l[1].Hjemmel; h.Kilde != tiltak.VeilederAktorer || !strings.Contains(h.String(), "1 G ved VTA") {
		t.Errorf("seed004-uforegrense-v20150101: hjemmel %v", h)
	}
	// Versjonene i lovlaget avgjør fribeløpet.
	for _, id := range []string{"ftrl-12-14-l1-v20150101", "ftrl-12-14-l1-v20260701", "seed004-uforegrense-v20150101", "navbrev-fribelop-1g-v20260101"} {
		v, ok := FinnParagrafversjon(id)
		if !ok || len(v.Avgjor()) != 1 || v.Avgjor()[0] != "fribelop" || !v.Uverifisert() {
			t.Errorf("%s: %v", id, v.Avgjor())
		}
	}
	if v, _ := FinnParagrafversjon("ftrl-12-14-l1-v20150101"); v.Til() != d(2026, 6, 30) || !v.FraUkjent() {
		t.Errorf("ftrl-12-14-l1-v20150101 slutter %s, fra ukjent %v", v.Til(), v.FraUkjent())
	}
}

// Datoer kildene ikke dekker, er en feil, aldri en gjetning.
func TestFribelopFeil(t *testing.T) {
	_, err := Fribelopsregler(d(2014, 12, 31))
	var im *IkkeModellertFeil
	if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Fra != UforetrygdFra() || im.Dato != d(2014, 12, 31) {
		t.Errorf("ftrl-12-14-l1-v20150101: dagen før uføretrygden: %v", err)
	}
	if _, err := Fribelopsregler(tiltak.Dato{}); !errors.Is(err, tiltak.ErrUgyldigDato) {
		t.Errorf("manglende dato: %v", err)
	}
	if UforetrygdFra() != d(2015, 1, 1) {
		t.Errorf("UforetrygdFra = %s", UforetrygdFra())
	}
}

func TestFribelopsversjonerOgJSON(t *testing.T) {
	alle := Fribelopsversjoner()
	var ider []string
	for _, r := range alle {
		ider = append(ider, r.ID)
	}
	if strings.Join(ider, " ") != "ftrl-12-14-l1-v20150101 ftrl-12-14-l1-v20260701 seed004-uforegrense-v20150101 navbrev-fribelop-1g-v20260101" {
		t.Errorf("versjonene: %v", ider)
	}
	alle[0].ID = "endret"
	if Fribelopsversjoner()[0].ID == "endret" {
		t.Error("Fribelopsversjoner gir ikke en ny skive")
	}
	b, err := json.Marshal(Fribelopsversjoner()[3])
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"gruppe":"etter-to-ar"`, `"prosent":100`, `"legges_til_ieu":"ja"`, `"etter_maneder":24`, `"i_kraft":"2026-10-01"`, `"bevis":"sekundaer"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("navbrev-fribelop-1g-v20260101: JSON mangler %s: %s", s, b)
		}
	}
	for g, ord := range map[Fribelopsgruppe]string{FribelopAlle: "alle", FribelopVTA: "vta", FribelopEtterToAr: "etter-to-ar", 0: "ukjent", 9: "ukjent"} {
		if g.String() != ord {
			t.Errorf("%d: %q", g, g.String())
		}
	}
	if _, err := Fribelopsgruppe(0).MarshalText(); err == nil {
		t.Error("gruppe 0 ga ingen feil")
	}
}
