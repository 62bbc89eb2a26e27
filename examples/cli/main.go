// Kommandoen cli er en tynn JSON-adapter rundt biblioteket: den leser én sak
// (et JSON-objekt) eller flere (en JSON-liste) fra standard inn eller en fil,
// og skriver svarene som JSON på standard ut.
//
//	go run ./examples/cli -fil saker.json
//	go run ./examples/cli -eksempler | go run ./examples/cli -forklar
//
// Flagg:
//
//	-fil STI     les fra filen i stedet for standard inn
//	-forklar     skriv sporet som tekst en saksbehandler kan lese, ikke JSON
//	-eksempler   skriv de innebygde eksempelsakene som JSON og avslutt
//	-kompakt     skriv JSON uten innrykk
//
// Ugyldige inndata gir en JSON-feil som navngir feltet,
// {"feil": {"felt": …, "verdi": …, "grunn": …}}, på standard ut og
// avslutningskode 1; ukjente flagg gir kode 2. Formatet er beskrevet i
// examples/README.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

func main() { os.Exit(kjor(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// kjor er hele programmet, så testene kan kjøre det uten en prosess.
func kjor(args []string, inn io.Reader, ut, feilut io.Writer) int {
	fs := flag.NewFlagSet("cli", flag.ContinueOnError)
	fs.SetOutput(feilut)
	fil := fs.String("fil", "", "les sakene fra denne filen (standard: standard inn)")
	forklar := fs.Bool("forklar", false, "skriv sporet som tekst i stedet for JSON")
	eksempler := fs.Bool("eksempler", false, "skriv de innebygde eksempelsakene og avslutt")
	kompakt := fs.Bool("kompakt", false, "skriv JSON uten innrykk")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(feilut, "cli: ukjent argument %q\n", fs.Arg(0))
		return 2
	}
	if *eksempler {
		ut.Write(sak.EksempelJSON())
		return 0
	}
	skrivJSON := func(v any) {
		enc := json.NewEncoder(ut)
		if !*kompakt {
			enc.SetIndent("", "  ")
		}
		enc.Encode(v)
	}
	feil := func(err error) int {
		skrivJSON(sak.NyFeil(err))
		fmt.Fprintf(feilut, "cli: %v\n", err)
		return 1
	}
	if *fil != "" {
		f, err := os.Open(*fil)
		if err != nil {
			return feil(fmt.Errorf("kan ikke åpne %s: %w", *fil, err))
		}
		defer f.Close()
		inn = f
	}
	b, err := io.ReadAll(io.LimitReader(inn, 64<<20))
	if err != nil {
		return feil(err)
	}
	saker, err := sak.Les(bytesLeser(b))
	if err != nil {
		return feil(err)
	}
	svar := make([]sak.Svar, len(saker))
	for i, s := range saker {
		sv, err := sak.Behandle(s)
		if err != nil {
			if sak.ErListe(b) {
				err = sak.MedIndeks(i, err)
			}
			return feil(err)
		}
		svar[i] = sv
	}
	if *forklar {
		for i := range saker {
			if i > 0 {
				fmt.Fprintln(ut)
			}
			sak.Forklar(ut, saker[i], svar[i])
		}
		return 0
	}
	if sak.ErListe(b) {
		skrivJSON(svar)
	} else {
		skrivJSON(svar[0])
	}
	return 0
}

func bytesLeser(b []byte) io.Reader { return &leser{b: b} }

type leser struct{ b []byte }

func (l *leser) Read(p []byte) (int, error) {
	if len(l.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, l.b)
	l.b = l.b[n:]
	return n, nil
}
