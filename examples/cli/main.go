// Kommandoen cli er en tynn JSON-adapter rundt biblioteket: den leser én sak
// (et JSON-objekt) eller flere (en JSON-liste) fra standard inn eller en fil,
// og skriver svarene som JSON på standard ut.
//
//	go run ./examples/cli -fil saker.json
//	go run ./examples/cli -eksempler | go run ./examples/cli -forklar
//
// Flagg:
//
//	-fil STI          les fra filen i stedet for standard inn
//	-forklar          skriv sporet som tekst en saksbehandler kan lese, ikke JSON
//	-tidslinje        svar på spørsmålet tidslinje for hver sak (som POST /tidslinje)
//	-eksempler        skriv de innebygde eksempelsakene som JSON og avslutt
//	-kompakt          skriv JSON uten innrykk
//	-maks-bytes N     største inndata i byte (standard 1 MiB)
//	-maks-saker N     flest saker i én liste (100)
//	-maks-svar-bytes  største svar i byte (16 MiB)
//	-maks-…           de andre grensene i examples/README.md
//
// CLI-en har de samme grensene som HTTP-adapteren, og flaggene hever dem.
// Inndata over en grense gir en feil som navngir grensen; ingenting klippes
// stille. Svaret strømmes sak for sak når det er større enn 1 MiB.
//
// Avslutningskoder: 0 når svaret er skrevet; 1 når inndataene er ugyldige
// eller over en grense (feilen skrives som JSON, {"feil": {"felt": …,
// "verdi": …, "grunn": …}}, på standard ut), og når svaret ikke kunne
// skrives (feilen står på standard feil); 2 for ukjente flagg og argumenter.
// Formatet er beskrevet i examples/README.md.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

func main() {
	ctx, stopp := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	kode := kjor(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopp()
	os.Exit(kode)
}

// kjor er hele programmet, så testene kan kjøre det uten en prosess.
func kjor(ctx context.Context, args []string, inn io.Reader, ut, feilut io.Writer) int {
	fs := flag.NewFlagSet("cli", flag.ContinueOnError)
	fs.SetOutput(feilut)
	fil := fs.String("fil", "", "les sakene fra denne filen (standard: standard inn)")
	forklar := fs.Bool("forklar", false, "skriv sporet som tekst i stedet for JSON")
	tidslinje := fs.Bool("tidslinje", false, "svar på spørsmålet tidslinje for hver sak (som POST /tidslinje)")
	eksempler := fs.Bool("eksempler", false, "skriv de innebygde eksempelsakene og avslutt")
	kompakt := fs.Bool("kompakt", false, "skriv JSON uten innrykk")
	g := sak.StandardGrenser()
	g.Flagg(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(feilut, "cli: ukjent argument %q\n", fs.Arg(0))
		return 2
	}
	bw := bufio.NewWriter(ut)
	// ferdig tømmer bufferet og gir kode, eller 1 når svaret ikke kom
	// fram.
	ferdig := func(kode int, err error) int {
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			fmt.Fprintf(feilut, "cli: kunne ikke skrive svaret: %v\n", err)
			return 1
		}
		return kode
	}
	if *eksempler {
		_, err := bw.Write(sak.EksempelJSON())
		return ferdig(0, err)
	}
	feil := func(err error) int {
		fmt.Fprintf(feilut, "cli: %v\n", err)
		_, werr := bw.Write(jsonFeil(err, *kompakt))
		return ferdig(1, werr)
	}
	if *fil != "" {
		f, err := os.Open(*fil)
		if err != nil {
			return feil(fmt.Errorf("kan ikke åpne %s: %w", *fil, err))
		}
		defer f.Close()
		inn = f
	}
	d, err := sak.LesMed(inn, g)
	if err != nil {
		return feil(err)
	}
	if *tidslinje {
		for i := range d.Saker {
			d.Saker[i].Sporsmal = []sak.Sporsmal{sak.Tidslinje}
		}
	}
	if *forklar {
		// Alle sakene behandles før noe skrives, så en ugyldig sak gir
		// bare feilen; grensene holder minnet nede.
		svar := make([]sak.Svar, len(d.Saker))
		for i, s := range d.Saker {
			if svar[i], err = sak.BehandleMed(s, g); err != nil {
				if d.Liste {
					err = sak.MedIndeks(i, err)
				}
				return feil(err)
			}
		}
		for i, s := range d.Saker {
			if i > 0 {
				if _, err := fmt.Fprintln(bw); err != nil {
					return ferdig(0, err)
				}
			}
			if err := sak.Forklar(bw, s, svar[i]); err != nil {
				return ferdig(0, err)
			}
		}
		return ferdig(0, nil)
	}
	b, err := sak.Besvar(ctx, d, g, sak.Skrivevalg{Innrykk: !*kompakt})
	if err != nil {
		return feil(err)
	}
	return ferdig(0, b.Skriv(ctx, bw))
}

// jsonFeil gir feilen i JSON-form med linjeskift.
func jsonFeil(err error, kompakt bool) []byte {
	var b []byte
	if kompakt {
		b, _ = json.Marshal(sak.NyFeil(err))
	} else {
		b, _ = json.MarshalIndent(sak.NyFeil(err), "", "  ")
	}
	return append(b, '\n')
}
