package tilskudd

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
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
	for _, feil := range []string{`{"Tak":["x"]}`, `{"Oppgjor":["x"]}`, `{"Avrunding":["x"]}`} {
		if err := json.Unmarshal([]byte(feil), &w); !errors.Is(err, ErrUgyldigSats) {
			t.Errorf("%s ga %v", feil, err)
		}
	}
	// Hendelse er lovlagets type (regler.Hendelse): feilen er en feltfeil
	// som lister de gyldige hendelsene.
	err = json.Unmarshal([]byte(`{"Hendelse":["x"]}`), &w)
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "hendelse" || !strings.Contains(fe.Grunn, "permittering") || !strings.Contains(fe.Grunn, "tiltak-avsluttet") {
		t.Errorf("ukjent hendelse ga %v", err)
	}
}

// TestLonnstypeTekst: issue 13 punkt 7. NAVs lønnstyper (nav-praksis § 2d)
// tolkes, går rundt, og et ukjent navn gir en feil som lister de gyldige.
func TestLonnstypeTekst(t *testing.T) {
	for _, r := range []struct {
		inn  string
		want Lonnstype
	}{
		{"ÅRSLØNN", Arslonn}, {"MÅNEDSLØNN", Manedslonn}, {"UKELØNN", Ukelonn}, {"DAGSLØNN", Dagslonn}, {"TIMELØNN", Timelonn},
		{"ARSLONN", Arslonn}, {"MANEDSLONN", Manedslonn}, {"månedslønn", Manedslonn},
		{"arslonn", Arslonn}, {"manedslonn", Manedslonn}, {"ukelonn", Ukelonn}, {"dagslonn", Dagslonn}, {"timelonn", Timelonn},
	} {
		var l Lonnstype
		if err := l.UnmarshalText([]byte(r.inn)); err != nil || l != r.want {
			t.Errorf("praksis-mentor-timelonn %q: %v %v", r.inn, l, err)
		}
		b, err := l.MarshalText()
		var tilbake Lonnstype
		if err != nil || tilbake.UnmarshalText(b) != nil || tilbake != l {
			t.Errorf("rundtur %q: %s %v", r.inn, b, err)
		}
		if nav, _ := tolkNAV(l); nav != l {
			t.Errorf("NAVNavn %v", l)
		}
	}
	var l Lonnstype
	err := json.Unmarshal([]byte(`"KVARTALSLØNN"`), &l)
	var fe *tiltak.FeltFeil
	if !errors.Is(err, ErrUgyldigSats) || !errors.As(err, &fe) || fe.Felt != "lonnstype" || !strings.Contains(fe.Grunn, "MÅNEDSLØNN") || !strings.Contains(fe.Grunn, "manedslonn") {
		t.Errorf("ukjent lønnstype: %v", err)
	}
	if _, err := LonnstypeUkjent.MarshalText(); err == nil || LonnstypeUkjent.NAVNavn() != "" {
		t.Error("ukjent lønnstype skal ikke kunne skrives")
	}
	// De andre tekstverdiene lister også de gyldige.
	var tak Tak
	if err := tak.UnmarshalText([]byte("x")); err == nil || !strings.Contains(err.Error(), "tilskuddsbelop") {
		t.Errorf("Tak: %v", err)
	}
}

// tolkNAV tolker NAVs navn på l (hjelper for testen over).
func tolkNAV(l Lonnstype) (Lonnstype, error) {
	var ut Lonnstype
	err := ut.UnmarshalText([]byte(l.NAVNavn()))
	return ut, err
}
