package tiltak

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestNAVNavn: issue 13 punkt 7. NAVs navn på tiltakene (nav-praksis § 1a og
// 1b) tolkes til bibliotekets kode, også med små bokstaver og med
// skrivefeilene i NAVs tiltakskatalog, og koden går rundt uendret.
func TestNAVNavn(t *testing.T) {
	for _, r := range []struct {
		navn string
		kode Kode
	}{
		{"MIDLERTIDIG_LONNSTILSKUDD", MidlertidigLonnstilskudd},
		{"VARIG_LONNSTILSKUDD", VarigLonnstilskudd},
		{"SOMMERJOBB", Sommerjobb},
		{"MENTOR", Mentor},
		{"VTAO", VTAO},
		{"INKLUDERINGSTILSKUDD", Inkluderingstilskudd},
		{"ARBEIDSTRENING", Arbeidstrening},
		{"FIREARIG_LONNSTILSKUDD", FirearigLonnstilskudd},
		{"MIDLERTIDIG_LONNSTLSKUDD", MidlertidigLonnstilskudd}, // slik det er stavet i NAVs tiltakskatalog
		{"VARIG_LONNSTILSKUD", VarigLonnstilskudd},
		{"INKLUDERINGSTILSKUD", Inkluderingstilskudd},
		{"FIREARIG_LONNSTILSUDD", FirearigLonnstilskudd},
		{"TILRETTELAGT_ARBEID_ORDINAER", VTAO},
		{"ARBEIDSFORBEREDENDE_TRENING", AFT},
		{"VARIG_TILRETTELAGT_ARBEID_SKJERMET", VTA},
		{"INDIVIDUELL_JOBBSTOTTE_UNG", IPSUng},
		{"midlertidig_lonnstilskudd", MidlertidigLonnstilskudd},
		{"midlertidig-lonnstilskudd", MidlertidigLonnstilskudd},
		{"vta", VTA},
	} {
		k, err := ParseKode(r.navn)
		if err != nil || k != r.kode {
			t.Errorf("%s: %v %v, vil ha %v", r.navn, k, err, r.kode)
		}
		var j Kode
		if err := json.Unmarshal([]byte(`"`+r.navn+`"`), &j); err != nil || j != r.kode {
			t.Errorf("JSON %s: %v %v", r.navn, j, err)
		}
		b, _ := json.Marshal(j)
		if string(b) != `"`+string(r.kode)+`"` {
			t.Errorf("rundtur %s: %s", r.navn, b)
		}
	}
	// Hvert NAV-navn NAVNavn gir, tolkes tilbake til samme kode.
	antall := 0
	for _, k := range Koder() {
		n := k.NAVNavn()
		if n == "" {
			continue
		}
		antall++
		if tilbake, err := ParseKode(n); err != nil || tilbake != k {
			t.Errorf("%v → %s → %v %v", k, n, tilbake, err)
		}
	}
	if antall < 8 {
		t.Errorf("bare %d tiltak har NAV-navn", antall)
	}
	// Navn som dekker flere tiltak tolkes ikke; ukjente navn gir en feil som
	// lister de gyldige.
	for _, s := range []string{"GRUPPE_ARBEIDSMARKEDSOPPLAERING", "ENKELTPLASS_FAG_OG_YRKESOPPLAERING", "LONNSTILSKUDD", ""} {
		_, err := ParseKode(s)
		var fe *FeltFeil
		if !errors.Is(err, ErrUkjentTiltak) || !errors.As(err, &fe) || fe.Felt != "tiltak" ||
			!strings.Contains(fe.Grunn, "midlertidig-lonnstilskudd") || !strings.Contains(fe.Grunn, "MIDLERTIDIG_LONNSTILSKUDD") {
			t.Errorf("%q: %v", s, err)
		}
	}
	if Kode("x").NAVNavn() != "" {
		t.Error("ukjent kode har NAV-navn")
	}
	if b, err := Kode("x").MarshalText(); err != nil || string(b) != "x" {
		t.Error("MarshalText")
	}
}
