package adapter

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Tidsgrenser er tidsgrensene til serveren. Et felt som er 0, får
// standardverdien.
type Tidsgrenser struct {
	// Hode er lengste tid for å lese hodet i en forespørsel.
	Hode time.Duration
	// Lese er lengste tid for å lese hele forespørselen, hode og kropp.
	// En klient som sender kroppen sakte, blir koblet fra når den går ut.
	Lese time.Duration
	// Skrive er lengste tid fra forespørselen er lest til svaret er
	// skrevet. En klient som ikke leser svaret, blir koblet fra når den
	// går ut.
	Skrive time.Duration
	// Tomgang er lengste tid en keep-alive-forbindelse får stå ubrukt.
	Tomgang time.Duration
	// Avslutning er lengste tid serveren venter på forespørsler som er i
	// gang når den skal avslutte; så lukkes de.
	Avslutning time.Duration
}

// Standardverdiene i Tidsgrenser. README-en i examples har tabellen.
const (
	StandardHode       = 5 * time.Second
	StandardLese       = 10 * time.Second
	StandardSkrive     = 30 * time.Second
	StandardTomgang    = 30 * time.Second
	StandardAvslutning = 20 * time.Second
	// MaksHodeBytes er største hode i en forespørsel.
	MaksHodeBytes = 64 << 10
)

// MedStandard gir tidsgrensene med standardverdien for hvert felt som ikke
// er positivt.
func (t Tidsgrenser) MedStandard() Tidsgrenser {
	if t.Hode <= 0 {
		t.Hode = StandardHode
	}
	if t.Lese <= 0 {
		t.Lese = StandardLese
	}
	if t.Skrive <= 0 {
		t.Skrive = StandardSkrive
	}
	if t.Tomgang <= 0 {
		t.Tomgang = StandardTomgang
	}
	if t.Avslutning <= 0 {
		t.Avslutning = StandardAvslutning
	}
	return t
}

// NyServer gir en http.Server for h med tidsgrensene t og et hode på høyst
// MaksHodeBytes.
func NyServer(h http.Handler, t Tidsgrenser) *http.Server {
	t = t.MedStandard()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.Hode,
		ReadTimeout:       t.Lese,
		WriteTimeout:      t.Skrive,
		IdleTimeout:       t.Tomgang,
		MaxHeaderBytes:    MaksHodeBytes,
	}
}

// Kjor betjener ln med srv til ctx avbrytes, og avslutter så pent: ingen nye
// forbindelser tas imot, og forespørsler som er i gang får gjøre seg ferdig
// innen fristen. Den returnerer først når serveren har stoppet. Feilen er
// nil etter en pen avslutning, og ellers feilen fra Serve eller fra en
// avslutning som ikke ble ferdig innen fristen (da er gjenværende
// forbindelser lukket).
func Kjor(ctx context.Context, srv *http.Server, ln net.Listener, frist time.Duration) error {
	ferdig := make(chan error, 1)
	go func() { ferdig <- srv.Serve(ln) }()
	select {
	case err := <-ferdig:
		return err
	case <-ctx.Done():
	}
	c, avbryt := context.WithTimeout(context.Background(), frist)
	defer avbryt()
	err := srv.Shutdown(c)
	if err != nil {
		srv.Close()
		err = fmt.Errorf("forespørsler var fortsatt i gang etter %v og ble avbrutt: %w", frist, err)
	}
	if serr := <-ferdig; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
