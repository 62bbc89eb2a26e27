package sak_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

// En tjeneste leser en sak som JSON, behandler den og får svar med hjemmel.
func ExampleBehandle() {
	saker, err := sak.Les(strings.NewReader(`{
		"id": "eksempel",
		"dato": "2025-09-01",
		"fakta": {"fodselsdato": "2003-04-10", "bistandsbehov_fastslatt": "ja", "nodvendig_og_hensiktsmessig": "ja"},
		"tiltak": ["ungdomsgaranti"]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	svar, err := sak.Behandle(saker[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	r := svar.Vilkar[0]
	fmt.Println(r.Tiltak.Navn(), r.Utfall)
	m := svar.Varighet[0].Maksimum
	fmt.Println("til og med", m.SisteSluttOppfylt, "–", m.Hjemmel)
	// Output:
	// Ungdomsgaranti oppfylt
	// til og med 2033-04-09 – egenregiforskriften § 4-4
}

// Ugyldige inndata gir en feil som navngir feltet.
func ExampleNyFeil() {
	_, err := sak.Les(strings.NewReader(`{"id": "x", "dato": "2025-01-01", "fakta": {"arbeidsevne": "litt"}}`))
	f := sak.NyFeil(err)
	fmt.Println(f.Feil.Felt, f.Feil.Verdi)
	// Output: fakta.arbeidsevne litt
}

// Tolk leser strengt og navngir feltet med hele stien; Besvar måler svaret
// før det skrives, og Skriv skriver det.
func ExampleBesvar() {
	_, err := sak.Tolk([]byte(`[{"dato":"2025-09-01"},{"dato":"2025-09-01","fakta":{"Samtykke":"ja"}}]`), sak.Grenser{})
	fmt.Println(err)

	inn, err := sak.Tolk([]byte(`{"id":"a","dato":"2025-09-01","tiltak":["vta"],"sporsmal":["varighet"]}`), sak.Grenser{})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := sak.Besvar(context.Background(), inn, sak.Grenser{}, sak.Skrivevalg{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var ut strings.Builder
	if err := b.Skriv(context.Background(), &ut); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Lengde() == int64(ut.Len()), ut.String()[:48])
	// Output:
	// felt "[1].fakta.Samtykke": ukjent felt; feltnavn skiller mellom store og små bokstaver (mente du «samtykke»?)
	// true {"id":"a","dato":"2025-09-01","varighet":[{"tilt
}
