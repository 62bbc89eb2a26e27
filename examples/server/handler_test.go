package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

func post(t *testing.T, h http.Handler, sti, kropp, ct string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, sti, strings.NewReader(kropp))
	if ct != "" {
		r.Header.Set("Content-Type", ct)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

const ungSak = `{"id":"v","dato":"2025-09-01","fakta":{"fodselsdato":"2003-04-10","bistandsbehov_fastslatt":"ja","nodvendig_og_hensiktsmessig":"ja"},"tiltak":["ungdomsgaranti"],
"avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-09-01","til":"2025-10-15"}}}]}`

// Ett gyldig tilfelle per endepunkt; endepunktet bestemmer spørsmålet.
func TestEndepunkter(t *testing.T) {
	h := nyHandler(0)
	tester := []struct {
		sti                        string
		vilkar, varighet, tilskudd bool
	}{
		{"/vilkar", true, false, false},
		{"/varighet", false, true, false},
		{"/tilskudd", false, false, true},
		{"/sak", true, true, true},
	}
	for _, tt := range tester {
		w := post(t, h, tt.sti, ungSak, "application/json")
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", tt.sti, w.Code, w.Body)
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: Content-Type %q", tt.sti, ct)
		}
		var svar sak.Svar
		if err := json.Unmarshal(w.Body.Bytes(), &svar); err != nil {
			t.Fatalf("%s: %v", tt.sti, err)
		}
		if (len(svar.Vilkar) > 0) != tt.vilkar || (len(svar.Varighet) > 0) != tt.varighet || (len(svar.Tilskudd) > 0) != tt.tilskudd {
			t.Errorf("%s: vilkår %d, varighet %d, tilskudd %d", tt.sti, len(svar.Vilkar), len(svar.Varighet), len(svar.Tilskudd))
		}
	}
	// VTAO 1. september–15. oktober 2025: september hel måned 7 067; 15 dager
	// i oktober = 15 × 7 067 / 30,4375 = 3 482,7 → 3 483.
	w := post(t, h, "/tilskudd", ungSak, "")
	var svar sak.Svar
	json.Unmarshal(w.Body.Bytes(), &svar)
	if p := svar.Tilskudd[0].Perioder; len(p) != 2 || p[0].Belop.String() != "7067" || p[1].Belop.String() != "3483" {
		t.Errorf("VTAO-perioder %+v", p)
	}
	// En liste gir en liste tilbake.
	w = post(t, h, "/vilkar", "["+ungSak+","+ungSak+"]", "application/json; charset=utf-8")
	var liste []sak.Svar
	if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &liste) != nil || len(liste) != 2 {
		t.Errorf("liste: %d %s", w.Code, w.Body)
	}
}

func TestFeil(t *testing.T) {
	h := nyHandler(2048)
	tester := []struct {
		navn, metode, sti, kropp, ct string
		status                       int
		felt                         string
	}{
		{"ugyldig JSON", "POST", "/vilkar", "{", "", 400, ""},
		{"tom kropp", "POST", "/vilkar", "", "", 400, ""},
		{"ukjent felt", "POST", "/vilkar", `{"id":"a","dato":"2025-01-01","ukjent":1}`, "", 400, "ukjent"},
		{"ugyldig faktum", "POST", "/vilkar", `{"id":"a","dato":"2025-01-01","fakta":{"samtykke":"kanskje"}}`, "", 400, "fakta.samtykke"},
		{"ugyldig dato", "POST", "/varighet", `{"id":"a","dato":"2025-04-31"}`, "", 400, "dato"},
		{"ugyldige fakta", "POST", "/sak", `{"id":"a","dato":"2025-01-01","fakta":{"fodselsdato":"2010-01-01","registrert_dato":"2009-01-01"}}`, "", 400, "fakta.registrert_dato"},
		{"feil i liste", "POST", "/sak", `[{"id":"a","dato":"2025-01-01"},{"id":"b","dato":"2025-01-01","tiltak":["x"]}]`, "", 400, "[1].tiltak[0]"},
		// Manglende lønn gir 400 som navngir feltet, ikke 200 med perioder på 0 kr (issue 13).
		{"lønn mangler", "POST", "/tilskudd", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"}}]}`, "", 400, "avtaler[0].lonn.manedslonn"},
		{"månedslønn null", "POST", "/tilskudd", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":null,"feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}}]}`, "", 400, "avtaler[0].lonn.manedslonn"},
		{"for stor", "POST", "/vilkar", `{"id":"` + strings.Repeat("x", 4096) + `","dato":"2025-01-01"}`, "", 413, ""},
		{"feil medietype", "POST", "/vilkar", `{}`, "text/plain", 415, ""},
		{"GET", "GET", "/vilkar", "", "", 405, ""},
		{"PUT", "PUT", "/tilskudd", "{}", "", 405, ""},
		{"DELETE helse", "DELETE", "/helse", "", "", 405, ""},
	}
	for _, tt := range tester {
		r := httptest.NewRequest(tt.metode, tt.sti, strings.NewReader(tt.kropp))
		if tt.ct != "" {
			r.Header.Set("Content-Type", tt.ct)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tt.status {
			t.Errorf("%s: status %d, ventet %d (%s)", tt.navn, w.Code, tt.status, w.Body)
			continue
		}
		var f sak.Feil
		if err := json.Unmarshal(w.Body.Bytes(), &f); err != nil || f.Feil.Grunn == "" {
			t.Errorf("%s: ikke en JSON-feil: %s", tt.navn, w.Body)
			continue
		}
		if f.Feil.Felt != tt.felt {
			t.Errorf("%s: felt %q, ventet %q", tt.navn, f.Feil.Felt, tt.felt)
		}
		if tt.status == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s: 405 uten Allow", tt.navn)
		}
	}
}

func TestHelseOgServer(t *testing.T) {
	srv := httptest.NewServer(nyHandler(0))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/helse")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || string(b) != "ok\n" {
		t.Errorf("helse: %d %q", res.StatusCode, b)
	}
	res, err = http.Post(srv.URL+"/vilkar", "application/json", strings.NewReader(ungSak))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("POST over ekte HTTP: %d", res.StatusCode)
	}
}

func TestSjekkLoopback(t *testing.T) {
	for adr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "127.1.2.3:80": true, "[::1]:8080": true, "localhost:8080": true,
		"0.0.0.0:8080": false, "10.0.0.1:80": false, ":8080": false, "192.168.1.1:80": false, "127.0.0.1": false, "[::]:80": false,
	} {
		if err := sjekkLoopback(adr); (err == nil) != ok {
			t.Errorf("sjekkLoopback(%q) = %v", adr, err)
		}
	}
}
