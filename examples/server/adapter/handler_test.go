package adapter

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

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

const ungSak = `{"id":"v","dato":"2025-09-01","fakta":{"fodselsdato":"2003-04-10","bistandsbehov_fastslatt":"ja","nodvendig_og_hensiktsmessig":"ja","uforetrygd":"gradert"},"tiltak":["ungdomsgaranti"],
"avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-09-01","til":"2025-10-15"}}}],
"ufore":{"vta":"nei","inntekt_etter_uforhet":"150000"}}`

// Ett gyldig tilfelle per endepunkt; endepunktet bestemmer spørsmålet.
func TestEndepunkter(t *testing.T) {
	h := NyHandler(Oppsett{})
	tester := []struct {
		sti                               string
		vilkar, varighet, tilskudd, ufore bool
	}{
		{"/vilkar", true, false, false, false},
		{"/varighet", false, true, false, false},
		{"/tilskudd", false, false, true, false},
		{"/uforegrense", false, false, false, true},
		{"/sak", true, true, true, true},
	}
	for _, tt := range tester {
		w := post(t, h, tt.sti, ungSak, "application/json")
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", tt.sti, w.Code, w.Body)
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: Content-Type %q", tt.sti, ct)
		}
		if cl := w.Header().Get("Content-Length"); cl != strconv.Itoa(w.Body.Len()) {
			t.Errorf("%s: Content-Length %q, kropp %d byte", tt.sti, cl, w.Body.Len())
		}
		var svar sak.Svar
		if err := json.Unmarshal(w.Body.Bytes(), &svar); err != nil {
			t.Fatalf("%s: %v", tt.sti, err)
		}
		if (len(svar.Vilkar) > 0) != tt.vilkar || (len(svar.Varighet) > 0) != tt.varighet || (len(svar.Tilskudd) > 0) != tt.tilskudd ||
			(svar.Uforegrense != nil) != tt.ufore {
			t.Errorf("%s: vilkår %d, varighet %d, tilskudd %d, uføregrense %v", tt.sti, len(svar.Vilkar), len(svar.Varighet), len(svar.Tilskudd), svar.Uforegrense)
		}
		// ftrl-12-14-l1-v20150101: gradert uføretrygd 1. september 2025,
		// IEU 150 000 + 0,4 × 130 160 = 202 064.
		if tt.ufore && (svar.Uforegrense.Grense == nil || svar.Uforegrense.Grense.Grense.Decimal.String() != "202064") {
			t.Errorf("%s: uføregrense %+v", tt.sti, svar.Uforegrense)
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
	// /tidslinje stiller bare spørsmålet tidslinje; uten periode er det 400.
	tl := strings.Replace(ungSak, `"tiltak":`, `"tidslinje":{"fra":"2025-09-01","til":"2030-08-31"},"tiltak":`, 1)
	w = post(t, h, "/tidslinje", tl, "application/json")
	var tsvar sak.Svar
	if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &tsvar) != nil || tsvar.Tidslinje == nil ||
		len(tsvar.Vilkar) != 0 || len(tsvar.Tidslinje.Vilkar) != 1 || len(tsvar.Tidslinje.Satser) != 1 {
		t.Errorf("/tidslinje: %d %s", w.Code, w.Body)
	}
	if w = post(t, h, "/tidslinje", ungSak, ""); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"felt":"tidslinje"`) {
		t.Errorf("/tidslinje uten periode: %d %s", w.Code, w.Body)
	}
	// Samme grense for periodens lengde som de andre endepunktene (422).
	lang := strings.Replace(ungSak, `"tiltak":`, `"tidslinje":{"fra":"2016-01-01","til":"2030-08-31"},"tiltak":`, 1)
	if w = post(t, h, "/tidslinje", lang, ""); w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), "maks-maneder") {
		t.Errorf("/tidslinje for lang: %d %s", w.Code, w.Body)
	}
	// En liste gir en liste tilbake.
	w = post(t, h, "/vilkar", "["+ungSak+","+ungSak+"]", "application/json; charset=utf-8")
	var liste []sak.Svar
	if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &liste) != nil || len(liste) != 2 {
		t.Errorf("liste: %d %s", w.Code, w.Body)
	}
}

// mange gir en liste med n kopier av saken.
func mange(n int, s string) string {
	return "[" + strings.TrimSuffix(strings.Repeat(s+",", n), ",") + "]"
}

// Hver slags feil har sin status og en JSON-feil som navngir feltet. Radene
// merket med punktet i issue 14 feilet på koden før: /varighet svarte 500
// (punkt 3), medietyper med store bokstaver eller mellomrom ga 415 (punkt
// 8), grensene fantes ikke (punkt 1), avsluttende data ble godtatt (punkt 7).
func TestStatuskoder(t *testing.T) {
	h := NyHandler(Oppsett{Grenser: sak.Grenser{MaksBytes: 4096}})
	tester := []struct {
		navn, metode, sti, kropp, ct string
		status                       int
		felt                         string
	}{
		{"punkt 3: kontroll før modellerte regler", "POST", "/varighet", `{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2010-01-01","til":"2011-12-31"}}`, "", 200, ""},
		{"punkt 8: store bokstaver", "POST", "/vilkar", `{"dato":"2025-01-01"}`, "Application/JSON", 200, ""},
		{"punkt 8: mellomrom og charset", "POST", "/vilkar", `{"dato":"2025-01-01"}`, "application/json ; charset=utf-8", 200, ""},
		{"punkt 8: charset med store bokstaver", "POST", "/vilkar", `{"dato":"2025-01-01"}`, "application/json; charset=UTF-8", 200, ""},
		{"annet charset", "POST", "/vilkar", `{"dato":"2025-01-01"}`, "application/json; charset=latin1", 415, "Content-Type"},
		{"feil medietype", "POST", "/vilkar", `{}`, "text/plain", 415, "Content-Type"},
		{"ugyldig medietype", "POST", "/vilkar", `{}`, "application/json;;", 415, "Content-Type"},
		{"ugyldig JSON", "POST", "/vilkar", "{", "", 400, ""},
		{"tom kropp", "POST", "/vilkar", "", "", 400, ""},
		{"punkt 7: avsluttende }", "POST", "/vilkar", `{"dato":"2025-01-01"}}`, "", 400, ""},
		{"punkt 7: store bokstaver i felt", "POST", "/vilkar", `{"Dato":"2025-01-01"}`, "", 400, "Dato"},
		{"punkt 7: dobbelt felt", "POST", "/vilkar", `{"dato":"2025-01-01","dato":"2025-01-02"}`, "", 400, "dato"},
		{"punkt 7: BOM", "POST", "/vilkar", "\xef\xbb\xbf" + `{"dato":"2025-01-01"}`, "", 200, ""},
		{"ukjent felt", "POST", "/vilkar", `{"id":"a","dato":"2025-01-01","ukjent":1}`, "", 400, "ukjent"},
		{"ugyldig faktum", "POST", "/vilkar", `{"id":"a","dato":"2025-01-01","fakta":{"samtykke":"kanskje"}}`, "", 400, "fakta.samtykke"},
		{"punkt 4: tall for svar", "POST", "/vilkar", `{"id":"a","dato":"2025-01-01","fakta":{"samtykke":1}}`, "", 400, "fakta.samtykke"},
		{"ugyldig dato", "POST", "/varighet", `{"id":"a","dato":"2025-04-31"}`, "", 400, "dato"},
		{"ugyldige fakta", "POST", "/sak", `{"id":"a","dato":"2025-01-01","fakta":{"fodselsdato":"2010-01-01","registrert_dato":"2009-01-01"}}`, "", 400, "fakta.registrert_dato"},
		{"feil i liste", "POST", "/sak", `[{"id":"a","dato":"2025-01-01"},{"id":"b","dato":"2025-01-01","tiltak":["x"]}]`, "", 400, "[1].tiltak[0]"},
		// Manglende lønn gir 400 som navngir feltet, ikke 200 med perioder på 0 kr (issue 13).
		{"lønn mangler", "POST", "/tilskudd", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"}}]}`, "", 400, "avtaler[0].lonn.manedslonn"},
		{"månedslønn null", "POST", "/tilskudd", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":null,"feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}}]}`, "", 400, "avtaler[0].lonn.manedslonn"},
		{"for stor", "POST", "/vilkar", `{"id":"` + strings.Repeat("x", 5000) + `","dato":"2025-01-01"}`, "", 413, ""},
		{"punkt 1: for mange saker", "POST", "/vilkar", mange(101, `{}`), "", 413, "[100]"},
		{"punkt 1: avtale til 9999", "POST", "/tilskudd", `{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-01-01","til":"9999-12-31"}}}]}`, "", 422, "avtaler[0].avtale.periode.til"},
		{"punkt 1: periode til 9999", "POST", "/varighet", `{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2016-01-01","til":"9999-12-31"}}`, "", 422, "periode.til"},
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
			t.Errorf("%s: status %d, ventet %d (%.300s)", tt.navn, w.Code, tt.status, w.Body)
			continue
		}
		if tt.status == 200 {
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

// Forespørselen på 20 000 saker uten tiltak (440 KB, under grensen på
// 1 MiB) får 413 på under ett sekund uten å bygge noe svar (punkt 1). Før
// issue 14 ble den behandlet, og svaret på over 4 GB bygd i minnet.
func TestTjuetusenSaker(t *testing.T) {
	kropp := mange(20000, `{"dato":"2025-09-01"}`)
	if len(kropp) > sak.StandardMaksBytes {
		t.Fatalf("kroppen er %d byte", len(kropp))
	}
	start := time.Now()
	w := post(t, NyHandler(Oppsett{}), "/sak", kropp, "application/json")
	if d := time.Since(start); d > time.Second {
		t.Errorf("brukte %v", d)
	}
	if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "maks-saker") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
}

// Et svar over MaksSvarBytes gir 422 før noe av svaret er sendt.
func TestSvarForStort(t *testing.T) {
	h := NyHandler(Oppsett{Grenser: sak.Grenser{MaksSvarBytes: 100000}})
	w := post(t, h, "/vilkar", mange(5, `{"dato":"2025-09-01"}`), "")
	if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), "maks-svar-bytes") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
}

// Når alle plassene er tatt, får neste forespørsel 503 med Retry-After
// etter ventetiden.
func TestFullHandler(t *testing.T) {
	h := NyHandler(Oppsett{MaksSamtidige: 1, Ventetid: 50 * time.Millisecond})
	srv := httptest.NewServer(h)
	defer srv.Close()
	// Den første forespørselen holder plassen mens kroppen kommer.
	pr, pw := io.Pipe()
	ferdig := make(chan int)
	go func() {
		res, err := http.Post(srv.URL+"/vilkar", "application/json", pr)
		if err != nil {
			ferdig <- 0
			return
		}
		res.Body.Close()
		ferdig <- res.StatusCode
	}()
	pw.Write([]byte(`{"dato":`))
	time.Sleep(300 * time.Millisecond)
	res, err := http.Post(srv.URL+"/vilkar", "application/json", strings.NewReader(`{"dato":"2025-01-01"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("andre forespørsel: %d", res.StatusCode)
	}
	pw.Write([]byte(`"2025-01-01"}`))
	pw.Close()
	if s := <-ferdig; s != http.StatusOK {
		t.Errorf("første forespørsel: %d", s)
	}
}

func TestHelseOgServer(t *testing.T) {
	srv := httptest.NewServer(NyHandler(Oppsett{}))
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
