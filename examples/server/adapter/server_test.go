package adapter

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

// startServer kjører NyServer med tidsgrensene t på en ledig loopback-port
// og gir adressen.
func startServer(t *testing.T, o Oppsett, tg Tidsgrenser) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NyServer(NyHandler(o), tg)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// rå åpner en TCP-forbindelse og skriver tekst uten å vente på svar.
func rå(t *testing.T, adresse, tekst string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", adresse)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := io.WriteString(c, tekst); err != nil {
		t.Fatal(err)
	}
	return c
}

// lukketEtter leser fra c til forbindelsen lukkes (høyst maks) og gir tiden
// det tok og det som ble lest.
func lukketEtter(t *testing.T, c net.Conn, maks time.Duration) (time.Duration, string) {
	t.Helper()
	start := time.Now()
	c.SetReadDeadline(start.Add(maks))
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("forbindelsen var fortsatt åpen etter %v (leste %q)", maks, b)
	}
	return time.Since(start), string(b)
}

func hode(sti string, lengde int) string {
	return "POST " + sti + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + strconv.Itoa(lengde) + "\r\n\r\n"
}

// En klient som sender kroppen sakte, blir koblet fra når lesefristen går
// ut, med 408 (punkt 2). Før issue 14 hadde serveren ingen lesefrist, og
// forbindelsen sto åpen.
func TestTregKroppLukkes(t *testing.T) {
	adr := startServer(t, Oppsett{}, Tidsgrenser{Lese: 300 * time.Millisecond})
	c := rå(t, adr, hode("/vilkar", 1000)+`{"dato":`)
	d, svar := lukketEtter(t, c, 5*time.Second)
	if d > 3*time.Second {
		t.Errorf("lukket etter %v", d)
	}
	if !strings.HasPrefix(svar, "HTTP/1.1 408") {
		t.Errorf("svar %q", svar)
	}
}

// En forespørsel som oppgir en kropp over grensen, får 413 med en gang, uten
// at serveren venter på kroppen (punkt 2: Content-Length 2 000 000 og 8 byte
// fikk før ikke noe svar).
func TestOppgittLengdeOverGrensen(t *testing.T) {
	adr := startServer(t, Oppsett{}, Tidsgrenser{})
	c := rå(t, adr, hode("/sak", 2000000)+`{"dato":`)
	d, svar := lukketEtter(t, c, 3*time.Second)
	if d > time.Second || !strings.HasPrefix(svar, "HTTP/1.1 413") || !strings.Contains(svar, "maks-bytes") {
		t.Errorf("etter %v: %q", d, svar)
	}
}

// En keep-alive-forbindelse som står ubrukt, lukkes etter tomgangsfristen
// (punkt 2).
func TestTomgangLukkes(t *testing.T) {
	adr := startServer(t, Oppsett{}, Tidsgrenser{Tomgang: 300 * time.Millisecond})
	kropp := `{"dato":"2025-01-01","tiltak":["vta"]}`
	c := rå(t, adr, hode("/vilkar", len(kropp))+kropp)
	r := bufio.NewReader(c)
	res, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || res.Close {
		t.Fatalf("status %d, close %v", res.StatusCode, res.Close)
	}
	start := time.Now()
	c.SetReadDeadline(start.Add(5 * time.Second))
	if _, err := r.ReadByte(); err != io.EOF {
		t.Fatalf("ventet EOF, fikk %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("lukket etter %v", d)
	}
}

// En klient som ikke leser svaret, blir koblet fra når skrivefristen går ut
// (punkt 2): serveren lukker forbindelsen før svaret på om lag 7 MB er
// sendt, og handleren slipper minnet.
func TestKlientSomIkkeLeserKobles(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NyServer(NyHandler(Oppsett{}), Tidsgrenser{Skrive: 300 * time.Millisecond})
	lukket := make(chan struct{}, 1)
	srv.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateClosed {
			lukket <- struct{}{}
		}
	}
	go srv.Serve(ln)
	defer srv.Close()
	kropp := mange(100, `{"dato":"2025-09-01"}`)
	c := rå(t, ln.Addr().String(), hode("/vilkar", len(kropp))+kropp)
	select {
	case <-lukket:
	case <-time.After(30 * time.Second):
		t.Fatal("serveren lukket ikke forbindelsen til klienten som ikke leser")
	}
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	mottatt, _ := io.Copy(io.Discard, c)
	if mottatt > 6<<20 {
		t.Errorf("klienten fikk %d byte; svaret skulle vært avbrutt", mottatt)
	}
}

// Kjor venter på en forespørsel som er i gang når ctx avbrytes, og
// returnerer først når den er besvart (punkt 10).
func TestKjorVenterPaForesporsler(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, avbryt := context.WithCancel(context.Background())
	ferdig := make(chan error, 1)
	go func() { ferdig <- Kjor(ctx, NyServer(NyHandler(Oppsett{}), Tidsgrenser{}), ln, 5*time.Second) }()
	kropp := `{"dato":"2025-01-01","tiltak":["vta"]}`
	c := rå(t, ln.Addr().String(), hode("/vilkar", len(kropp))+kropp[:10])
	time.Sleep(100 * time.Millisecond)
	avbryt()
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-ferdig:
		t.Fatalf("Kjor returnerte før forespørselen var besvart: %v", err)
	default:
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("serveren tok imot en ny forbindelse under avslutningen")
	}
	io.WriteString(c, kropp[10:])
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("svar: %v %v", res, err)
	}
	select {
	case err := <-ferdig:
		if err != nil {
			t.Errorf("Kjor: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Error("Kjor returnerte ikke etter svaret")
	}
}

// En forespørsel som ikke blir ferdig innen avslutningsfristen, avbrytes, og
// Kjor sier fra.
func TestKjorAvbryterEtterFrist(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, avbryt := context.WithCancel(context.Background())
	ferdig := make(chan error, 1)
	go func() { ferdig <- Kjor(ctx, NyServer(NyHandler(Oppsett{}), Tidsgrenser{}), ln, 200*time.Millisecond) }()
	rå(t, ln.Addr().String(), hode("/vilkar", 100)+`{"dato":`)
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	avbryt()
	select {
	case err := <-ferdig:
		if err == nil || time.Since(start) > 2*time.Second {
			t.Errorf("Kjor: %v etter %v", err, time.Since(start))
		}
	case <-time.After(3 * time.Second):
		t.Error("Kjor returnerte ikke")
	}
}

// Standardverdiene i tabellen i README-en.
func TestStandardTidsgrenser(t *testing.T) {
	srv := NyServer(nil, Tidsgrenser{})
	if srv.ReadHeaderTimeout != 5*time.Second || srv.ReadTimeout != 10*time.Second || srv.WriteTimeout != 30*time.Second ||
		srv.IdleTimeout != 30*time.Second || srv.MaxHeaderBytes != 64<<10 {
		t.Errorf("%+v", srv)
	}
	g := sak.StandardGrenser()
	if g.MaksBytes != 1<<20 || g.MaksSaker != 100 || g.MaksSvarBytes != 16<<20 || g.MaksManeder != 120 {
		t.Errorf("%+v", g)
	}
}
