package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

var testdato = tiltak.MustDato(2025, 9, 1)

// lagFil skriver n personer med -lag til en fil og gir stien og bytene.
func lagFil(t *testing.T, n int, fro uint64) (string, []byte) {
	t.Helper()
	var ut, feil bytes.Buffer
	if kode := kjor([]string{"-lag", fmt.Sprint(n), "-fro", fmt.Sprint(fro)}, nil, &ut, &feil); kode != 0 {
		t.Fatalf("-lag: kode %d: %s", kode, feil.String())
	}
	sti := filepath.Join(t.TempDir(), "personer.jsonl")
	if err := os.WriteFile(sti, ut.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return sti, ut.Bytes()
}

// fasit teller utfallene med en enkel løkke over regler.VurderAlle på de
// samme personene som -lag skriver.
func fasit(t *testing.T, n int, fro uint64) [][4]int {
	t.Helper()
	r := rand.New(rand.NewPCG(fro, 0xba7c4))
	koder := tiltak.Koder()
	telling := make([][4]int, len(koder))
	for i := 1; i <= n; i++ {
		l := lagPerson(r, i, testdato, koder)
		rs, err := regler.VurderAlle(&l.Fakta, l.Dato)
		if err != nil {
			t.Fatalf("person %d: %v", i, err)
		}
		for j, res := range rs {
			if res.Tiltak != koder[j] {
				t.Fatalf("VurderAlle ga %s på plass %d, katalogen %s", res.Tiltak, j, koder[j])
			}
			telling[j][res.Utfall]++
		}
	}
	return telling
}

// TestTellingMotVurderAlle: batch gir de samme tellingene som en direkte
// løkke over regler.VurderAlle, med én og flere gorutiner, og hvert
// tiltak som har en personkrets, får alle tre utfallene.
func TestTellingMotVurderAlle(t *testing.T) {
	const n = 3000
	sti, _ := lagFil(t, n, 7)
	vil := fasit(t, n, 7)
	for _, p := range []int{1, 2, 5} {
		f, err := os.Open(sti)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Vurder(f, p, 1<<20)
		f.Close()
		if err != nil {
			t.Fatalf("p=%d: %v", p, err)
		}
		if res.Personer != n || res.Gorutiner != p {
			t.Fatalf("p=%d: %d personer, %d gorutiner", p, res.Personer, res.Gorutiner)
		}
		for i, k := range res.Tiltak {
			if res.Telling[i] != vil[i] {
				t.Errorf("p=%d, %s: %v, VurderAlle gir %v", p, k, res.Telling[i][1:], vil[i][1:])
			}
		}
	}
	alleTre := 0
	for _, c := range vil {
		if c[regler.Oppfylt] > 0 && c[regler.IkkeOppfylt] > 0 && c[regler.MaVurderes] > 0 {
			alleTre++
		}
	}
	if alleTre < 20 {
		t.Errorf("bare %d tiltak fikk alle tre utfallene: personene er for like", alleTre)
	}
}

// TestUtskrift: kommandoen skriver antall, personer per sekund og en rad
// per tiltak med tellingene fra VurderAlle.
func TestUtskrift(t *testing.T) {
	sti, _ := lagFil(t, 500, 3)
	vil := fasit(t, 500, 3)
	var ut, feil bytes.Buffer
	if kode := kjor([]string{"-fil", sti, "-p", "2"}, nil, &ut, &feil); kode != 0 {
		t.Fatalf("kode %d: %s", kode, feil.String())
	}
	s := ut.String()
	for _, h := range []string{"500 personer fra " + sti + ", 2 gorutiner", "personer/s", "per kjerne", "regler.VurderAlleTil alene (28 tiltak, fullt spor)",
		"| tiltak | oppfylt | ikke oppfylt | må vurderes |"} {
		if !strings.Contains(s, h) {
			t.Errorf("mangler %q:\n%s", h, s)
		}
	}
	for i, k := range tiltak.Koder() {
		rad := fmt.Sprintf("| %s | %d | %d | %d |", k, vil[i][regler.Oppfylt], vil[i][regler.IkkeOppfylt], vil[i][regler.MaVurderes])
		if !strings.Contains(s, rad) {
			t.Errorf("mangler raden %q:\n%s", rad, s)
		}
	}
	// Fra standard inn, med tomme linjer.
	_, b := lagFil(t, 10, 3)
	ut.Reset()
	inn := "\n" + strings.ReplaceAll(string(b), "\n", "\n\n")
	if kode := kjor([]string{"-p", "1"}, strings.NewReader(inn), &ut, &feil); kode != 0 || !strings.Contains(ut.String(), "10 personer fra standard inn") {
		t.Errorf("kode %d:\n%s%s", kode, ut.String(), feil.String())
	}
}

// TestLagDeterministisk: samme frø gir de samme bytene, et annet frø andre
// personer, og -dato styrer datoen.
func TestLagDeterministisk(t *testing.T) {
	_, a := lagFil(t, 50, 1)
	_, b := lagFil(t, 50, 1)
	_, c := lagFil(t, 50, 2)
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Error("-lag er ikke deterministisk per frø")
	}
	if n := bytes.Count(a, []byte("\n")); n != 50 {
		t.Errorf("%d linjer, ventet 50", n)
	}
	var ut, feil bytes.Buffer
	if kode := kjor([]string{"-lag", "1", "-dato", "2026-01-02"}, nil, &ut, &feil); kode != 0 || !strings.Contains(ut.String(), `"dato":"2026-01-02"`) {
		t.Errorf("kode %d: %s%s", kode, ut.String(), feil.String())
	}
}

// TestFeil: en ugyldig linje gir en feil med linjenummeret og feltet, den
// første i filen også med mange gorutiner; ukjente flagg gir kode 2.
func TestFeil(t *testing.T) {
	_, b := lagFil(t, 2000, 5)
	linjer := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	bytt := func(nr int, ny string) string {
		l := append([]string(nil), linjer...)
		l[nr-1] = ny
		return strings.Join(l, "\n") + "\n"
	}
	for _, c := range []struct {
		navn, inn  string
		linje      int
		inneholder string
		err        error
	}{
		{"ugyldig dato", bytt(17, `{"dato":"2025-09-01","fakta":{"fodselsdato":"1990-13-01"}}`), 17, `linje 17: felt "fakta.fodselsdato" (1990-13-01)`, tiltak.ErrUgyldigDato},
		{"ukjent felt", bytt(3, `{"dato":"2025-09-01","fakta":{"fodselsdag":"1990-01-01"}}`), 3, `linje 3: felt "fakta.fodselsdag"`, sak.ErrUgyldigJSON},
		{"mangler dato", bytt(1999, `{"fakta":{}}`), 1999, `linje 1999: felt "dato": mangler`, sak.ErrUgyldigSak},
		{"ikke JSON", bytt(250, `{"dato":`), 250, `linje 250:`, sak.ErrUgyldigJSON},
		{"liste", bytt(2, `[{"dato":"2025-09-01"}]`), 2, "linje 2: ", sak.ErrUgyldigSak},
		{"tiltak", bytt(9, `{"dato":"2025-09-01","tiltak":["vta"]}`), 9, `linje 9: felt "tiltak"`, ErrUstottetFelt},
		{"fakta henger ikke sammen", bytt(600, `{"dato":"2025-09-01","fakta":{"fodselsdato":"2000-01-01","registrert_dato":"1999-01-01"}}`), 600, `linje 600: felt "fakta.registrert_dato"`, tiltak.ErrUgyldigFaktum},
	} {
		for _, p := range []int{1, 4} {
			_, err := Vurder(strings.NewReader(c.inn), p, 1<<20)
			var lf *Linjefeil
			if !errors.As(err, &lf) || lf.Linje != c.linje || !strings.Contains(err.Error(), c.inneholder) || !errors.Is(err, c.err) {
				t.Errorf("%s, p=%d: %v", c.navn, p, err)
			}
		}
	}
	// To ugyldige linjer: den første i filen vinner, også når en senere
	// gorutine finner sin først.
	to := bytt(1900, `{"dato":"x"}`)
	to = strings.Replace(to, linjer[4], `{"dato":"y"}`, 1)
	for range 20 {
		if _, err := Vurder(strings.NewReader(to), 4, 1<<20); err == nil || !strings.HasPrefix(err.Error(), "linje 5: ") {
			t.Fatalf("ventet linje 5: %v", err)
		}
	}
	// For lang linje.
	_, err := Vurder(strings.NewReader(bytt(40, `{"dato":"2025-09-01","beskrivelse":"`+strings.Repeat("x", 5000)+`"}`)), 2, 4096)
	if err == nil || !strings.HasPrefix(err.Error(), "linje 40: linjen er lengre enn 4096 byte") {
		t.Errorf("for lang linje: %v", err)
	}
	var ut, feil bytes.Buffer
	if kode := kjor([]string{"-fil", filepath.Join(t.TempDir(), "finnes-ikke")}, nil, &ut, &feil); kode != 1 {
		t.Errorf("manglende fil: kode %d", kode)
	}
	if kode := kjor(nil, strings.NewReader(bytt(17, `{"dato":"2025-09-01","fakta":{"sykmeldt":"kanskje"}}`)), &ut, &feil); kode != 1 ||
		!strings.Contains(feil.String(), `batch: standard inn: linje 17: felt "fakta.sykmeldt" (kanskje)`) {
		t.Errorf("kode %d: %s", kode, feil.String())
	}
	for _, a := range [][]string{{"-ukjent"}, {"-p", "0"}, {"-lag", "-1"}, {"-lag", "1", "-dato", "i morgen"}, {"ekstra"}} {
		if kode := kjor(a, strings.NewReader(""), &ut, &feil); kode != 2 {
			t.Errorf("%v: kode %d, ventet 2", a, kode)
		}
	}
}

// TestTomInn: ingen personer er ikke en feil.
func TestTomInn(t *testing.T) {
	res, err := Vurder(strings.NewReader("\n\n"), 3, 1<<20)
	if err != nil || res.Personer != 0 {
		t.Fatalf("%v %+v", err, res)
	}
	var b bytes.Buffer
	if err := res.Skriv(&b, "tom"); err != nil || !strings.Contains(b.String(), "0 personer fra tom") {
		t.Errorf("%v: %s", err, b.String())
	}
}

// FuzzVurder: ingen inndata får batch til å få panikk; svaret er enten en
// feil med et linjenummer eller en telling av personene.
func FuzzVurder(f *testing.F) {
	var b bytes.Buffer
	if err := lagPersoner(&b, 3, 1, testdato); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("{\"dato\":\"2025-09-01\"}\n\n[1]\n"))
	f.Add([]byte("{\"dato\":\"2025-09-01\",\"fakta\":{\"deltar_i\":[\"vta\",\"x\"]}}"))
	f.Fuzz(func(t *testing.T, inn []byte) {
		res, err := Vurder(bytes.NewReader(inn), 2, 4096)
		var lf *Linjefeil
		switch {
		case err != nil && !errors.As(err, &lf):
			t.Fatalf("feil uten linjenummer: %v", err)
		case err != nil && lf.Linje < 1:
			t.Fatalf("linjenummer %d", lf.Linje)
		case err == nil && res.Personer > bytes.Count(inn, []byte("\n"))+1:
			t.Fatalf("%d personer fra %d linjer", res.Personer, bytes.Count(inn, []byte("\n"))+1)
		}
	})
}
