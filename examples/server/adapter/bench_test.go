package adapter

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// sakMedAvtale er saken lastprøven sender i scenarioet «sak».
const sakMedAvtale = `{"id":"last","dato":"2025-09-01","fakta":{"fodselsdato":"1990-03-03","arbeidsevne":"nedsatt","innsatsgruppe":"trenger-veiledning-nedsatt-arbeidsevne","vansker_med_a_komme_i_arbeid":"ja","ansatt_hos_arbeidsgiver":"nei","nodvendig_og_hensiktsmessig":"ja"},"tiltak":["midlertidig-lonnstilskudd"],"avtaler":[{"avtale":{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-09-01","til":"2026-08-31"},"innsatsgruppe":"trenger-veiledning-nedsatt-arbeidsevne"},"lonn":{"manedslonn":"35000","feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}}]}`

// BenchmarkHandlerSak: én forespørsel gjennom handleren uten nettverk.
func BenchmarkHandlerSak(b *testing.B) {
	h := NyHandler(Oppsett{})
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/sak", strings.NewReader(sakMedAvtale))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
