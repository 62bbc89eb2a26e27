package adapter

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

// FuzzHandler: hele HTTP-adapteren (les → behandle → skriv) på vilkårlige
// kropper og medietyper mot hvert endepunkt. Den svarer aldri 5xx; et 200
// har hele svaret (Content-Length stemmer, gyldig JSON, liste når kroppen er
// en liste); en feil er en JSON-feil med grunn, og når feltet er tomt,
// gjelder feilen hele dokumentet (sjekket mot sak.Tolk og sak.Besvar).
func FuzzHandler(f *testing.F) {
	for _, s := range []string{
		ungSak,
		`{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2010-01-01","til":"2011-12-31"}}`,
		`{"dato":"2010-01-01","tiltak":["arbeidstrening"],"sporsmal":["vilkar"]}`,
		`[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"samtykke":1}}]`,
		`{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2026-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":"NaN","feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}}]}`,
		`{"dato":"2025-01-01"}]`,
	} {
		f.Add([]byte(s), uint8(0), "application/json")
	}
	f.Add([]byte(`{"dato":"2025-01-01"}`), uint8(1), "Application/JSON ; charset=UTF-8")
	f.Add([]byte(`{}`), uint8(2), "text/plain")
	stier := []string{"/sak", "/vilkar", "/varighet", "/tilskudd", "/uforegrense"}
	g := sak.Grenser{MaksSaker: 8, MaksSvarBytes: 4 << 20}
	h := NyHandler(Oppsett{Grenser: g})
	f.Fuzz(func(t *testing.T, kropp []byte, sti uint8, ct string) {
		r := httptest.NewRequest(http.MethodPost, stier[int(sti)%len(stier)], strings.NewReader(string(kropp)))
		r.Header.Set("Content-Type", ct)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		body := w.Body.Bytes()
		if w.Code >= 500 {
			t.Fatalf("status %d: %s", w.Code, body)
		}
		if cl := w.Header().Get("Content-Length"); cl != strconv.Itoa(len(body)) {
			t.Fatalf("Content-Length %q, kropp %d byte (svaret ble ikke skrevet ferdig)", cl, len(body))
		}
		if !json.Valid(body) {
			t.Fatalf("ikke JSON: %.200q", body)
		}
		if w.Code == http.StatusOK {
			d, err := sak.Tolk(kropp, g)
			if err != nil || (body[0] == '[') != d.Liste {
				t.Fatalf("200, men Tolk gir %v / liste %v", err, d.Liste)
			}
			return
		}
		var f sak.Feil
		if err := json.Unmarshal(body, &f); err != nil || f.Feil.Grunn == "" {
			t.Fatalf("status %d uten JSON-feil: %s", w.Code, body)
		}
		if w.Code == http.StatusUnsupportedMediaType {
			return
		}
		if f.Feil.Felt == "" {
			d, err := sak.Tolk(kropp, g)
			if err == nil {
				_, err = sak.Besvar(t.Context(), d, g, sak.Skrivevalg{})
			}
			if err == nil {
				t.Fatalf("status %d med tomt felt, men adapteren godtok kroppen: %s", w.Code, body)
			}
			if !errors.Is(err, sak.ErrUgyldigJSON) && !errors.Is(err, sak.ErrForStor) && !errors.Is(err, sak.ErrOverGrense) {
				t.Fatalf("feilen navngir ikke et felt: %v", err)
			}
		}
	})
}
