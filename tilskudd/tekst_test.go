package tilskudd

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestEnumTekstRundtur(t *testing.T) {
	type alle struct {
		Tak       []Tak
		Oppgjor   []Oppgjor
		Hendelse  []Hendelse
		Avrunding []Avrunding
	}
	v := alle{
		Tak:       []Tak{IngenTak, TakTilskuddsbelop, Tak5G},
		Oppgjor:   []Oppgjor{Utbetaling, IngentingAGjore, Tilbakekreving},
		Hendelse:  []Hendelse{Permittering, ArbeidsforholdAvsluttet, TiltakAvsluttet},
		Avrunding: []Avrunding{AvrundingDesimal, AvrundingNAV},
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var w alle
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(w)
	if string(b) != string(b2) {
		t.Errorf("rundtur:\n%s\n%s", b, b2)
	}
	for _, feil := range []string{`{"Tak":["x"]}`, `{"Oppgjor":["x"]}`, `{"Hendelse":["x"]}`, `{"Avrunding":["x"]}`} {
		if err := json.Unmarshal([]byte(feil), &w); !errors.Is(err, ErrUgyldigSats) {
			t.Errorf("%s ga %v", feil, err)
		}
	}
}
