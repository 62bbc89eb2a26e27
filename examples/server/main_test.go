package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain kjører serveren selv når testen starter testbinæren som en
// underprosess (se startUnderprosess), så signalene går til en ekte prosess.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("TILTAKSREGLER_SERVER_ARGS"); ok {
		os.Exit(kjorMedSignaler(strings.Fields(args), os.Stderr))
	}
	os.Exit(m.Run())
}

// startUnderprosess starter serveren i en egen prosess og gir adressen den
// lytter på.
func startUnderprosess(t *testing.T, args string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TILTAKSREGLER_SERVER_ARGS="+args)
	feil, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	linje, err := bufio.NewReader(feil).ReadString('\n')
	if err != nil {
		t.Fatalf("serveren startet ikke: %v", err)
	}
	adr, ok := strings.CutPrefix(strings.TrimSpace(linje), "server: lytter på http://")
	if !ok {
		t.Fatalf("uventet første linje: %q", linje)
	}
	go io.Copy(io.Discard, feil)
	return cmd, adr
}

// SIGTERM og SIGINT avslutter serveren pent: en forespørsel som er i gang
// når signalet kommer, får svar, og prosessen avslutter med kode 0 etterpå
// (punkt 10). Før issue 14 avsluttet SIGTERM prosessen med en gang, og på
// SIGINT returnerte main uten å vente på forespørselen.
func TestSignalAvslutterPent(t *testing.T) {
	if testing.Short() {
		t.Skip("starter en prosess")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, adr := startUnderprosess(t, "-adresse 127.0.0.1:0 -avslutningstid 5s")
			kropp := `{"dato":"2025-01-01","tiltak":["vta"]}`
			c, err := net.Dial("tcp", adr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			io.WriteString(c, "POST /vilkar HTTP/1.1\r\nHost: x\r\nContent-Length: "+strconv.Itoa(len(kropp))+"\r\n\r\n"+kropp[:10])
			time.Sleep(200 * time.Millisecond)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond)
			io.WriteString(c, kropp[10:])
			c.SetReadDeadline(time.Now().Add(5 * time.Second))
			res, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				t.Fatalf("ingen svar på forespørselen som var i gang: %v", err)
			}
			res.Body.Close()
			if res.StatusCode != 200 {
				t.Errorf("status %d", res.StatusCode)
			}
			ferdig := make(chan error, 1)
			go func() { ferdig <- cmd.Wait() }()
			select {
			case err := <-ferdig:
				if err != nil {
					t.Errorf("prosessen avsluttet med %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Error("prosessen avsluttet ikke")
			}
		})
	}
}

func TestSjekkLoopback(t *testing.T) {
	for adr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "127.1.2.3:80": true, "[::1]:8080": true, "localhost:8080": true,
		"0.0.0.0:8080": false, "10.0.0.1:80": false, ":8080": false, "192.168.1.1:80": false, "127.0.0.1": false, "[::]:80": false,
	} {
		if err := sjekkLoopback(adr); (err == nil) != ok {
			t.Errorf("sjekkLoopback(%q) = %v", adr, err)
		}
	}
}

// Ukjente flagg og adresser utenfor loopback gir kode 2.
func TestFlagg(t *testing.T) {
	var b strings.Builder
	for _, args := range [][]string{{"-x"}, {"-adresse", "0.0.0.0:80"}, {"ekstra"}} {
		if kode := kjor(t.Context(), args, &b); kode != 2 {
			t.Errorf("%v: kode %d", args, kode)
		}
	}
}
