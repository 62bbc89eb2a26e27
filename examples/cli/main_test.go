package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

func kjorMed(t *testing.T, inn string, args ...string) (int, string, string) {
	t.Helper()
	var ut, feil bytes.Buffer
	kode := kjor(context.Background(), args, strings.NewReader(inn), &ut, &feil)
	return kode, ut.String(), feil.String()
}

// Ett gyldig tilfelle per spørsmål.
func TestGyldigeSaker(t *testing.T) {
	tester := []struct {
		navn, inn string
		har       []string
	}{
		{"vilkår", `{"id":"v","dato":"2025-09-01","fakta":{"fodselsdato":"2003-04-10","bistandsbehov_fastslatt":"ja","nodvendig_og_hensiktsmessig":"ja"},"tiltak":["ungdomsgaranti"],"sporsmal":["vilkar"]}`,
			[]string{`"utfall": "oppfylt"`, `"tekst": "egenregiforskriften § 4-1"`}},
		{"varighet", `{"id":"d","dato":"2025-09-01","tiltak":["avklaring"],"sporsmal":["varighet"]}`,
			[]string{`"ordinaer_slutt": "2025-09-28"`, `"siste_slutt_mulig": "2025-11-23"`}},
		{"tilskudd", `{"id":"t","dato":"2025-06-16","sporsmal":["tilskudd"],"avtaler":[{"avtale":{"tiltak":"sommerjobb","periode":{"fra":"2025-06-16","til":"2025-07-13"},"avtalt_prosent":"50"},"lonn":{"manedslonn":"24000","feriepenger_prosent": "12","otp_prosent": "2","arbeidsgiveravgift_prosent": "14.1"}}]}`,
			[]string{`"tilskudd": "15642"`, `"belop": "7709"`}},
	}
	for _, tt := range tester {
		kode, ut, feil := kjorMed(t, tt.inn)
		if kode != 0 {
			t.Fatalf("%s: kode %d, %s", tt.navn, kode, feil)
		}
		for _, h := range tt.har {
			if !strings.Contains(ut, h) {
				t.Errorf("%s: utdata mangler %s", tt.navn, h)
			}
		}
		var svar sak.Svar
		if err := json.Unmarshal([]byte(ut), &svar); err != nil {
			t.Errorf("%s: utdata er ikke et svar: %v", tt.navn, err)
		}
	}
}

// Eksemplene går gjennom CLI-en som liste; JSON-formatet går rundt.
func TestEksemplerOgRundtur(t *testing.T) {
	kode, eks, _ := kjorMed(t, "", "-eksempler")
	if kode != 0 || !strings.HasPrefix(strings.TrimSpace(eks), "[") {
		t.Fatalf("-eksempler: kode %d", kode)
	}
	kode, ut, feil := kjorMed(t, eks, "-kompakt")
	if kode != 0 {
		t.Fatalf("kode %d: %s", kode, feil)
	}
	var svar []sak.Svar
	if err := json.Unmarshal([]byte(ut), &svar); err != nil || len(svar) != 9 {
		t.Fatalf("%d svar, %v", len(svar), err)
	}
	b, _ := json.Marshal(svar)
	if strings.TrimSpace(ut) != string(b) {
		t.Error("svarene endret seg på en rundtur gjennom JSON")
	}
}

// -tidslinje stiller spørsmålet tidslinje for hver sak, som POST
// /tidslinje; -forklar skriver segmentene med grunnene.
func TestTidslinjeFlagg(t *testing.T) {
	inn := `{"id":"t","dato":"2025-06-01","fakta":{"fodselsdato":"1996-03-10"},"tiltak":["sommerjobb"],"tidslinje":{"fra":"2025-06-01","til":"2027-05-31"}}`
	kode, ut, feil := kjorMed(t, inn, "-tidslinje", "-kompakt")
	if kode != 0 {
		t.Fatalf("kode %d: %s", kode, feil)
	}
	var svar sak.Svar
	if err := json.Unmarshal([]byte(ut), &svar); err != nil || svar.Tidslinje == nil || len(svar.Vilkar) != 0 || len(svar.Varighet) != 0 {
		t.Fatalf("%v: %s", err, ut)
	}
	if !strings.Contains(ut, `"art":"fodselsdag","dato":"2026-03-10"`) {
		t.Errorf("mangler 30-årsdagen: %s", ut)
	}
	kode, ut, _ = kjorMed(t, inn, "-tidslinje", "-forklar")
	if kode != 0 || !strings.Contains(ut, "Personen fyller 30 år 10. mars 2026") {
		t.Errorf("forklaring (kode %d): %s", kode, ut)
	}
	// Uten periode er det en feil som navngir feltet.
	kode, ut, _ = kjorMed(t, `{"dato":"2025-06-01"}`, "-tidslinje")
	if kode != 1 || !strings.Contains(ut, `"felt": "tidslinje"`) {
		t.Errorf("uten periode (kode %d): %s", kode, ut)
	}
}

func TestForklarOgFil(t *testing.T) {
	fil := filepath.Join(t.TempDir(), "saker.json")
	if err := os.WriteFile(fil, sak.EksempelJSON(), 0o600); err != nil {
		t.Fatal(err)
	}
	kode, ut, _ := kjorMed(t, "", "-fil", fil, "-forklar")
	if kode != 0 {
		t.Fatalf("kode %d", kode)
	}
	for _, h := range []string{"Sak ung-22", "Ungdomsgaranti: oppfylt", "[oppfylt] egenregiforskriften § 4-1", "Tilskudd Midlertidig lønnstilskudd"} {
		if !strings.Contains(ut, h) {
			t.Errorf("forklaringen mangler %q", h)
		}
	}
}

// Hver slags ugyldige inndata gir en JSON-feil med feltet og kode 1; feil
// bruk gir kode 2. Aldri et stakkspor.
func TestUgyldigeInndata(t *testing.T) {
	tester := []struct {
		navn, inn string
		args      []string
		kode      int
		felt      string
	}{
		{"tom", "", nil, 1, ""},
		{"ugyldig JSON", "{", nil, 1, ""},
		{"ukjent felt", `{"id":"a","dato":"2025-01-01","fakta":{},"x":1}`, nil, 1, "x"},
		{"ugyldig dato", `{"id":"a","dato":"2025-02-29"}`, nil, 1, "dato"},
		{"ugyldig faktum", `{"id":"a","dato":"2025-01-01","fakta":{"innsatsgruppe":"ingen"}}`, nil, 1, "fakta.innsatsgruppe"},
		{"feil i liste", `[{"id":"a","dato":"2025-01-01"},{"id":"b"}]`, nil, 1, "[1].dato"},
		{"ukjent tiltak", `{"id":"a","dato":"2025-01-01","tiltak":["x"]}`, nil, 1, "tiltak[0]"},
		{"ugyldig lønn", `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"sommerjobb","periode":{"fra":"2025-06-16","til":"2025-07-13"},"avtalt_prosent":"50"},"lonn":{"manedslonn":"1","feriepenger_prosent":"200","otp_prosent":"0","arbeidsgiveravgift_prosent":"0"}}]}`, nil, 1, "avtaler[0].lonn.feriepenger_prosent"},
		{"manglende fil", "", []string{"-fil", "/finnes/ikke.json"}, 1, ""},
		{"ukjent flagg", "", []string{"-x"}, 2, ""},
		{"ekstra argument", "", []string{"saker.json"}, 2, ""},
	}
	for _, tt := range tester {
		kode, ut, feil := kjorMed(t, tt.inn, tt.args...)
		if kode != tt.kode {
			t.Errorf("%s: kode %d, ventet %d", tt.navn, kode, tt.kode)
		}
		if strings.Contains(ut+feil, "goroutine") || strings.Contains(ut+feil, "panic") {
			t.Errorf("%s: stakkspor i utdata", tt.navn)
		}
		if tt.kode != 1 {
			continue
		}
		var f sak.Feil
		if err := json.Unmarshal([]byte(ut), &f); err != nil || f.Feil.Grunn == "" {
			t.Errorf("%s: ikke en JSON-feil: %q (%v)", tt.navn, ut, err)
			continue
		}
		if f.Feil.Felt != tt.felt {
			t.Errorf("%s: felt %q, ventet %q", tt.navn, f.Feil.Felt, tt.felt)
		}
	}
}

// Et vanlig spørsmål om en periode før modellerte regler gir et svar med
// kontroll_feil og kode 0; før issue 14 skrev CLI-en ingenting og ga kode 0
// (punkt 3).
func TestVarighetIkkeModellert(t *testing.T) {
	kode, ut, feil := kjorMed(t, `{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2010-01-01","til":"2011-12-31"}}`, "-kompakt")
	if kode != 0 || !strings.Contains(ut, `"kontroll_feil":`) || !strings.Contains(ut, `"ikke_modellert":true`) {
		t.Errorf("kode %d, ut %.300s, feil %s", kode, ut, feil)
	}
	var svar sak.Svar
	if err := json.Unmarshal([]byte(ut), &svar); err != nil {
		t.Error(err)
	}
}

// Et navngitt tiltak som ikke er modellert på datoen, er med i svaret
// (punkt 5); før issue 14 var svaret {"id":"","dato":"2010-01-01"}.
func TestVilkarIkkeModellert(t *testing.T) {
	kode, ut, _ := kjorMed(t, `{"dato":"2010-01-01","tiltak":["arbeidstrening"],"sporsmal":["vilkar"]}`, "-kompakt")
	if kode != 0 || !strings.Contains(ut, `"tiltak":"arbeidstrening"`) || !strings.Contains(ut, `"ikke_modellert":true`) {
		t.Errorf("kode %d: %.300s", kode, ut)
	}
}

// Inndata over grensen gir en feil som navngir grensen, aldri et avkortet
// dokument; flagget hever grensen (punkt 9). Et tall på 900 000 sifre
// avvises raskt, og feilen gjentar det ikke.
func TestGrenserICLI(t *testing.T) {
	// 101 saker på 11 KB hver: over 1 MiB og over 100 saker.
	stor := "[" + strings.TrimSuffix(strings.Repeat(`{"dato":"2025-09-01","tiltak":["vta"],"sporsmal":["vilkar"],"beskrivelse":"`+strings.Repeat("x", 11000)+`"},`, 101), ",") + "]"
	kode, ut, _ := kjorMed(t, stor)
	if kode != 1 || !strings.Contains(ut, "maks-bytes") {
		t.Errorf("over maks-bytes: kode %d, %.300s", kode, ut)
	}
	kode, ut, _ = kjorMed(t, stor, "-maks-bytes", "2000000")
	if kode != 1 || !strings.Contains(ut, `"[100]"`) || !strings.Contains(ut, "maks-saker") {
		t.Errorf("over maks-saker: kode %d, %.300s", kode, ut)
	}
	kode, ut, _ = kjorMed(t, stor, "-maks-bytes", "2000000", "-maks-saker", "101", "-kompakt")
	var svar []sak.Svar
	if kode != 0 || json.Unmarshal([]byte(ut), &svar) != nil || len(svar) != 101 {
		t.Errorf("med hevede grenser: kode %d, %d svar", kode, len(svar))
	}
	start := time.Now()
	lang := `{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"2025-01-01","til":"2025-12-31"},"avtalt_prosent":"60"},"lonn":{"manedslonn":` + strings.Repeat("9", 900000) + `}}]}`
	kode, ut, _ = kjorMed(t, lang)
	if d := time.Since(start); d > 2*time.Second { // romslig for -race
		t.Errorf("900 000 sifre: %v", d)
	}
	if kode != 1 || len(ut) > 600 || !strings.Contains(ut, "maks-tall-tegn") {
		t.Errorf("900 000 sifre: kode %d, %d byte ut: %.300s", kode, len(ut), ut)
	}
}

// skriverMedFeil feiler på hver skriving.
type skriverMedFeil struct{}

func (skriverMedFeil) Write([]byte) (int, error) { return 0, os.ErrClosed }

// En skrivefeil gir kode 1 og en melding på standard feil; før issue 14 ble
// feilen fra json.Encoder ignorert og koden var 0 (punkt 3).
func TestSkrivefeil(t *testing.T) {
	for _, args := range [][]string{nil, {"-kompakt"}, {"-forklar"}, {"-eksempler"}} {
		var feil bytes.Buffer
		kode := kjor(context.Background(), args, strings.NewReader(string(sak.EksempelJSON())), skriverMedFeil{}, &feil)
		if kode != 1 || !strings.Contains(feil.String(), "kunne ikke skrive") {
			t.Errorf("%v: kode %d, %q", args, kode, feil.String())
		}
	}
	// Også når feilen selv ikke kan skrives.
	var feil bytes.Buffer
	if kode := kjor(context.Background(), nil, strings.NewReader("{"), skriverMedFeil{}, &feil); kode != 1 {
		t.Errorf("ugyldig inndata og skrivefeil: kode %d", kode)
	}
}
