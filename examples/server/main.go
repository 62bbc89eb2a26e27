// Kommandoen server kjører HTTP-adapteren (pakken adapter) på en
// loopback-adresse:
//
//	go run ./examples/server -adresse 127.0.0.1:8080
//	curl -s -d @sak.json -H 'Content-Type: application/json' http://127.0.0.1:8080/vilkar
//
// Endepunktene er beskrevet på adapter.NyHandler og i examples/README.md,
// sammen med grensene og tidsgrensene; hver grense har et flagg
// (-maks-bytes, -maks-saker, …, -lesetid, -skrivetid, …).
//
// SIGINT og SIGTERM avslutter serveren pent: den tar ikke imot nye
// forbindelser, venter på forespørsler som er i gang (høyst
// -avslutningstid) og avslutter med kode 0, eller 1 når noen måtte avbrytes.
//
// Serveren lytter bare på loopback (127.0.0.0/8 eller ::1): den er et
// eksempel på en tynn adapter, ikke en tjeneste som skal eksponeres.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/examples/server/adapter"
)

func main() {
	os.Exit(kjorMedSignaler(os.Args[1:], os.Stderr))
}

// kjorMedSignaler kjører serveren til SIGINT eller SIGTERM.
func kjorMedSignaler(args []string, feilut io.Writer) int {
	ctx, stopp := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stopp()
	return kjor(ctx, args, feilut)
}

// kjor er hele programmet: den tolker flaggene, lytter og betjener til ctx
// avbrytes.
func kjor(ctx context.Context, args []string, feilut io.Writer) int {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(feilut)
	adresse := fs.String("adresse", "127.0.0.1:8080", "loopback-adressen serveren lytter på")
	o := adapter.Oppsett{Grenser: sak.StandardGrenser()}
	o.Grenser.Flagg(fs)
	fs.IntVar(&o.MaksSamtidige, "maks-samtidige", adapter.StandardMaksSamtidige, "flest forespørsler som behandles samtidig")
	fs.DurationVar(&o.MaksTid, "maks-tid", adapter.StandardMaksTid, "lengste behandlingstid før svaret begynner")
	t := adapter.Tidsgrenser{}.MedStandard()
	fs.DurationVar(&t.Hode, "hodetid", t.Hode, "lengste tid for å lese hodet i en forespørsel")
	fs.DurationVar(&t.Lese, "lesetid", t.Lese, "lengste tid for å lese hele forespørselen")
	fs.DurationVar(&t.Skrive, "skrivetid", t.Skrive, "lengste tid for å skrive svaret")
	fs.DurationVar(&t.Tomgang, "tomgangstid", t.Tomgang, "lengste tid en ubrukt keep-alive-forbindelse står åpen")
	fs.DurationVar(&t.Avslutning, "avslutningstid", t.Avslutning, "lengste tid avslutningen venter på forespørsler i gang")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(feilut, "server: ukjent argument %q\n", fs.Arg(0))
		return 2
	}
	if err := sjekkLoopback(*adresse); err != nil {
		fmt.Fprintln(feilut, "server:", err)
		return 2
	}
	o.Logg = func(m string) { fmt.Fprintln(feilut, "server:", m) }
	ln, err := net.Listen("tcp", *adresse)
	if err != nil {
		fmt.Fprintln(feilut, "server:", err)
		return 1
	}
	srv := adapter.NyServer(adapter.NyHandler(o), t)
	fmt.Fprintf(feilut, "server: lytter på http://%s\n", ln.Addr())
	if err := adapter.Kjor(ctx, srv, ln, t.Avslutning); err != nil {
		fmt.Fprintln(feilut, "server:", err)
		return 1
	}
	fmt.Fprintln(feilut, "server: avsluttet")
	return 0
}

// sjekkLoopback godtar bare en adresse på loopback: 127.0.0.0/8, ::1 eller
// localhost.
func sjekkLoopback(adresse string) error {
	host, _, err := net.SplitHostPort(adresse)
	if err != nil {
		return fmt.Errorf("ugyldig adresse %q: %w", adresse, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("adressen %q er ikke en loopback-adresse (127.0.0.0/8 eller ::1)", adresse)
	}
	return nil
}
