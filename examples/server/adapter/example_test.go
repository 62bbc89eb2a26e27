package adapter_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/examples/server/adapter"
)

// Handleren svarer på en sak med JSON, og på ugyldige inndata med en feil
// som navngir feltet og en status i 4xx.
func ExampleNyHandler() {
	h := adapter.NyHandler(adapter.Oppsett{})
	for _, kropp := range []string{
		`{"id":"a","dato":"2025-09-01","tiltak":["vta"],"sporsmal":["vilkar"]}`,
		`[{"dato":"2025-09-01"},{"dato":"2025-09-01","fakta":{"samtykke":1}}]`,
		`{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-01-01","til":"9999-12-31"}}}]}`,
	} {
		r := httptest.NewRequest(http.MethodPost, "/vilkar", strings.NewReader(kropp))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		fmt.Println(w.Code, strings.TrimSpace(w.Body.String())[:60])
	}
	// Output:
	// 200 {"id":"a","dato":"2025-09-01","vilkar":[{"tiltak":"vta","dat
	// 400 {"feil":{"felt":"[1].fakta.samtykke","verdi":"1","grunn":"ve
	// 422 {"feil":{"felt":"avtaler[0].avtale.periode.til","verdi":"999
}

// Status gir HTTP-statusen for en feil fra sak.
func ExampleStatus() {
	_, err := sak.Tolk([]byte(`[{"dato":"2025-01-01"},{"dato":"2025-01-01"}]`), sak.Grenser{MaksSaker: 1})
	fmt.Println(adapter.Status(err), err)
	// Output: 413 felt "[1]": listen har flere enn 1 saker; grensen er 1 saker per dokument (maks-saker)
}
