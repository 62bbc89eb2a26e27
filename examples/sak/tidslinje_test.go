package sak

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Demosaken tidslinje-29 (issue 17): sommerjobb skifter ved 30-årsdagen,
// midlertidig lønnstilskudd trapper ned etter tolv måneder, og G for
// fireårig lønnstilskudd er ikke kjent fra 1. mai 2027.
func TestTidslinjeDemosak(t *testing.T) {
	svar := behandle(t, "tidslinje-29")
	tl := svar.Tidslinje
	if tl == nil || tl.Periode.Fra.String() != "2025-06-01" || tl.Periode.Til.String() != "2027-05-31" {
		t.Fatalf("tidslinje: %+v", tl)
	}
	if len(tl.Vilkar) != 3 || len(tl.Varighet) != 3 || len(tl.Satser) != 2 {
		t.Fatalf("%d vilkår, %d varigheter, %d satser", len(tl.Vilkar), len(tl.Varighet), len(tl.Satser))
	}
	sommer := tl.Vilkar[1]
	siste := sommer.Segmenter[len(sommer.Segmenter)-1]
	if sommer.Tiltak != tiltak.Sommerjobb || siste.Periode.Fra.String() != "2026-03-10" || siste.Utfall() != regler.IkkeOppfylt ||
		siste.Grunner[0].Art != tiltak.KnekkFodselsdag || siste.Grunner[0].Alder != 30 {
		t.Errorf("sommerjobb: %+v", siste)
	}
	if s := tl.Satser[0].Segmenter; len(s) != 2 || s[1].Periode.Fra.String() != "2026-06-01" || s[1].Prosent.Decimal.String() != "50" {
		t.Errorf("midlertidig: %+v", s)
	}
	if s := tl.Satser[1].Segmenter; len(s) != 2 || !s[1].Ukjent || s[1].Grunner[0].Art != tiltak.KnekkTabellrad {
		t.Errorf("fireårig: %+v", s)
	}
	// JSON-formen har feltnavnene README-en beskriver.
	b, err := json.Marshal(svar)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{`"tidslinje":{"periode":{"fra":"2025-06-01","til":"2027-05-31"}`, `"segmenter":[`,
		`"grunner":[{"art":"periodestart","dato":"2025-06-01"}]`, `{"art":"fodselsdag","dato":"2026-03-10","id":"tf-8-3-v20210422.under-30","alder":30,"hjemmel":{`,
		`"art":"trinn","dato":"2026-06-01","id":"tf-9-5-v20190701"`, `"ukjent":true`} {
		if !strings.Contains(string(b), h) {
			t.Errorf("JSON mangler %s", h)
		}
	}
}

func TestTidslinjeFeil(t *testing.T) {
	for _, tc := range []struct {
		inn, felt string
		err       error
	}{
		{`{"dato":"2025-06-01","sporsmal":["tidslinje"]}`, "tidslinje", ErrUgyldigSak},
		{`{"dato":"2025-06-01","tidslinje":{"fra":"2025-06-01"}}`, "tidslinje.til", tiltak.ErrUgyldigPeriode},
		{`{"dato":"2025-06-01","tidslinje":{"fra":"2025-06-01","til":"2036-01-01"}}`, "tidslinje.til", ErrOverGrense},
		{`{"dato":"2025-06-01","sporsmal":["tidslinje"],"periode":{"fra":"2025-06-01","til":"2025-05-01"}}`, "periode.til", tiltak.ErrUgyldigPeriode},
		{`{"dato":"2025-06-01","med_praksis":true,"periode":{"fra":"2025-06-01","til":"2025-12-31"},"tidslinje":{"fra":"2025-06-01","til":"2026-05-31"}}`, "periode.til", ErrUgyldigSak},
		{`{"dato":"2025-06-01","sporsmal":["tidslinje"],"tidslinje":{"fra":"2025-06-01","til":"2025-12-31"},"avtaler":[{"avtale":{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-06-01","til":"2025-12-31"}}}]}`,
			"avtaler[0].avtale.arbeidsevne", nil},
	} {
		saker, err := Les(strings.NewReader(tc.inn))
		if err == nil {
			_, err = Behandle(saker[0])
		}
		var fe *tiltak.FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tc.felt || (tc.err != nil && !errors.Is(err, tc.err)) {
			t.Errorf("%s: %v, ventet felt %s", tc.inn, err, tc.felt)
		}
	}
	// Periode brukes når tidslinje mangler; et tiltak som ikke er modellert
	// gir segmenter med ikke_modellert, som i VurderAlle.
	saker, err := Les(strings.NewReader(`{"dato":"2015-06-01","sporsmal":["tidslinje"],"tiltak":["avklaring"],"periode":{"fra":"2015-06-01","til":"2016-05-31"}}`))
	if err != nil {
		t.Fatal(err)
	}
	svar, err := Behandle(saker[0])
	if err != nil {
		t.Fatal(err)
	}
	l := svar.Tidslinje.Vilkar[0]
	if len(svar.Vilkar) != 0 || len(l.Segmenter) != 2 || !l.Segmenter[0].Resultat.IkkeModellert || !svar.Tidslinje.Varighet[0].IkkeModellert {
		t.Errorf("%+v", svar.Tidslinje)
	}
}
