package regler

import (
	"fmt"
	"go/format"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// ider.go har en eksportert konstant for id-en til hvert vilkår og hver
// praksisregel et spor kan inneholde (alle vilkårene pakken kjenner, også
// de sammenslåtte alternativene og forlengelsenes vilkår). Filen lages av
// denne testen, som feiler når den er utdatert. Kjør
//
//	TILTAKSREGLER_OPPDATER=1 go test ./regler -run TestIDerEksportert
//
// for å skrive den på nytt.
func TestIDerEksportert(t *testing.T) {
	vilkar := alleVilkar()
	sort.Slice(vilkar, func(i, j int) bool { return vilkar[i].id < vilkar[j].id })
	navn := map[string]string{}
	var b strings.Builder
	b.WriteString("// Kode generert av TestIDerEksportert (ider_test.go); IKKE REDIGER.\n\npackage regler\n\n")
	b.WriteString("// Id-ene til vilkårene og praksisreglene et spor kan inneholde, som\n// konstanter: sammenlign med Vilkar.ID() eller slå opp med FinnVilkar.\n// Navnet er id-en skrevet som et Go-navn.\nconst (\n")
	for _, v := range vilkar {
		if v.id == "" {
			continue
		}
		n := idNavn(v.id)
		if annen, finnes := navn[n]; finnes {
			t.Fatalf("%s og %s gir samme navn %s", annen, v.id, n)
		}
		navn[n] = v.id
		hj := v.Hjemmel().String()
		if hj == "" {
			hj = "ingen hjemmel"
		}
		fmt.Fprintf(&b, "\t// %s er vilkåret %q (%s).\n\t%s = %q\n", n, v.navn, hj, n, v.id)
	}
	b.WriteString(")\n")
	// Hvert vilkår et spor fra planene kan inneholde (med og uten praksis,
	// på hver dato), er med.
	eksportert := map[string]bool{}
	for _, id := range navn {
		eksportert[id] = true
	}
	for _, p := range planer {
		for j := range p.steg {
			for _, st := range p.steg[j].steg {
				if !eksportert[st.v.id] {
					t.Errorf("sporet kan inneholde %s, som ikke er eksportert", st.v.id)
				}
			}
		}
	}
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	gammel, _ := os.ReadFile("ider.go")
	if string(gammel) == string(src) {
		t.Logf("%d vilkår-id-er er eksportert", len(navn))
		return
	}
	if os.Getenv("TILTAKSREGLER_OPPDATER") != "" {
		if err := os.WriteFile("ider.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("ider.go er skrevet: %d id-er", len(navn))
		return
	}
	t.Error("ider.go er utdatert; kjør TILTAKSREGLER_OPPDATER=1 go test ./regler -run TestIDerEksportert")
}

var idDeler = regexp.MustCompile(`[-.+]+`)

// idNavn gir Go-navnet for en vilkårs-id: "tf-1-3-l1-v20160101.alder-16"
// blir VilkarTf13L1V20160101Alder16, og «+» mellom alternativer blir Eller.
func idNavn(id string) string {
	var b strings.Builder
	b.WriteString("Vilkar")
	for i, alt := range strings.Split(id, "+") {
		if i > 0 {
			b.WriteString("Eller")
		}
		for _, del := range idDeler.Split(alt, -1) {
			r := []rune(del)
			if len(r) == 0 {
				continue
			}
			r[0] = unicode.ToUpper(r[0])
			b.WriteString(string(r))
		}
	}
	return b.String()
}
