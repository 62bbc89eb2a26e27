// Kommandoen server kjører HTTP-adapteren på en loopback-adresse:
//
//	go run ./examples/server -adresse 127.0.0.1:8080
//	curl -s -d @sak.json -H 'Content-Type: application/json' http://127.0.0.1:8080/vilkar
//
// Endepunktene er beskrevet på nyHandler og i examples/README.md. Serveren
// lytter bare på loopback (127.0.0.0/8 eller ::1): den er et eksempel på en
// tynn adapter, ikke en tjeneste som skal eksponeres.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	adresse := flag.String("adresse", "127.0.0.1:8080", "loopback-adressen serveren lytter på")
	maks := flag.Int64("maks-bytes", StandardMaksBytes, "største tillatte forespørsel i byte")
	flag.Parse()
	if err := sjekkLoopback(*adresse); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(2)
	}
	srv := &http.Server{Addr: *adresse, Handler: nyHandler(*maks), ReadHeaderTimeout: 5 * time.Second}
	ctx, stopp := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stopp()
	go func() {
		<-ctx.Done()
		c, avbryt := context.WithTimeout(context.Background(), 5*time.Second)
		defer avbryt()
		srv.Shutdown(c)
	}()
	fmt.Fprintf(os.Stderr, "server: lytter på http://%s\n", *adresse)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
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
