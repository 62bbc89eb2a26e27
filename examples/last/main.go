// Kommandoen last er en lastprøve for HTTP-adapteren: den starter
// adapteren (examples/server/adapter, med standardgrensene og
// -tidsgrensene) på en loopback-port i samme prosess, kjører N klienter mot
// den og skriver forespørsler per sekund, p50/p99 for svartiden og største
// minnebruk per scenario som en Markdown-tabell.
//
//	go run ./examples/last                          # klienter 1, 20, 50; 3 s per scenario
//	go run ./examples/last -klienter 20 -tid 10s
//	go run ./examples/last -treg -leser-ikke        # også tidsgrensene (tar om lag 45 s)
//	go run ./examples/last -adresse 127.0.0.1:8080 -pid PID   # mot en server som kjører
//
// Scenarioene:
//
//	sak        én sak med ett tiltak og én avtale til POST /sak (7,6 KB svar)
//	katalog    én sak uten tiltak: hele katalogen (76 KB svar)
//	liste-100  100 saker uten tiltak i én forespørsel (om lag 7 MB svar, strømmes)
//	20000      én forespørsel med 20 000 saker uten tiltak (440 KB): ventet 413
//	treg       (-treg) én klient sender kroppen én byte i sekundet: tiden til
//	           serveren lukker forbindelsen (lesefristen, 10 s)
//	leser-ikke (-leser-ikke) fem klienter sender liste-100 og leser aldri
//	           svaret: minnet mens de henger, og tiden til serveren kobler dem
//	           fra (skrivefristen, 30 s)
//
// Minnet er største resident minne (VmHWM i /proc/self/status) for hele
// prosessen, server og klienter, nullstilt før hvert scenario (Linux); der
// det ikke finnes, største Sys − HeapReleased fra runtime.ReadMemStats. Med
// -adresse og -pid måles serverprosessen i stedet.
// Tallene er fra maskinen prøven kjører på; README-en i examples har tallene
// fra prosjektets CI-maskin (2 vCPU).
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tiltaksregler/tiltaksregler/examples/server/adapter"
)

const (
	sakMedAvtale  = `{"id":"last","dato":"2025-09-01","fakta":{"fodselsdato":"1990-03-03","arbeidsevne":"nedsatt","innsatsgruppe":"trenger-veiledning-nedsatt-arbeidsevne","vansker_med_a_komme_i_arbeid":"ja","ansatt_hos_arbeidsgiver":"nei","nodvendig_og_hensiktsmessig":"ja"},"tiltak":["midlertidig-lonnstilskudd"],"avtaler":[{"avtale":{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-09-01","til":"2026-08-31"},"innsatsgruppe":"trenger-veiledning-nedsatt-arbeidsevne"},"lonn":{"manedslonn":"35000","feriepengesats":"0.12","otp_sats":"0.02","arbeidsgiveravgiftsats":"0.141"}}]}`
	sakUtenTiltak = `{"dato":"2025-09-01"}`
)

func liste(n int, s string) string {
	return "[" + strings.TrimSuffix(strings.Repeat(s+",", n), ",") + "]"
}

func main() {
	if err := kjor(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "last:", err)
		os.Exit(1)
	}
}

func kjor(args []string, ut io.Writer) error {
	fs := flag.NewFlagSet("last", flag.ContinueOnError)
	klienter := fs.String("klienter", "1,20,50", "antall klienter, skilt med komma")
	tid := fs.Duration("tid", 3*time.Second, "varighet per scenario")
	treg := fs.Bool("treg", false, "prøv også en klient som sender kroppen sakte (venter på lesefristen)")
	leserIkke := fs.Bool("leser-ikke", false, "prøv også fem klienter som ikke leser svaret (venter på skrivefristen)")
	ekstern := fs.String("adresse", "", "kjør mot en server som allerede lytter på denne adressen i stedet for i prosessen")
	pid := fs.Int("pid", 0, "med -adresse: prosessen minnet måles for (standard: denne)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *ekstern != "" && *leserIkke {
		return errors.New("-leser-ikke virker bare i prosessen (den teller forbindelsene serveren lukker)")
	}
	prosess := "self" // prosessen minnet måles for i /proc
	if *pid > 0 {
		prosess = strconv.Itoa(*pid)
	}
	var antall []int
	for _, s := range strings.Split(*klienter, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("ugyldig antall klienter %q", s)
		}
		antall = append(antall, n)
	}
	t := adapter.Tidsgrenser{}.MedStandard()
	var lukket atomic.Int64 // forbindelser serveren har lukket
	adresse := *ekstern
	if adresse == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := adapter.NyServer(adapter.NyHandler(adapter.Oppsett{}), t)
		srv.ConnState = func(_ net.Conn, s http.ConnState) {
			if s == http.StateClosed {
				lukket.Add(1)
			}
		}
		go srv.Serve(ln)
		defer srv.Close()
		adresse = ln.Addr().String()
	}
	url := "http://" + adresse

	fmt.Fprintf(ut, "Go %s, %s/%s, GOMAXPROCS %d, %d CPU-er\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.NumCPU())
	fmt.Fprintln(ut, "| scenario | klienter | forespørsler | feil | forespørsler/s | p50 | p99 | største minne |")
	fmt.Fprintln(ut, "|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, sc := range []struct {
		navn, kropp string
		antall      []int
	}{
		{"sak", sakMedAvtale, antall},
		{"katalog", sakUtenTiltak, antall},
		{"liste-100", liste(100, sakUtenTiltak), []int{1, 5}},
	} {
		for _, n := range sc.antall {
			r := last(url+"/sak", sc.kropp, n, *tid, prosess)
			fmt.Fprintf(ut, "| %s | %d | %d | %d | %.0f | %s | %s | %s |\n", sc.navn, n, r.antall, r.feil, r.perSekund, ms(r.p50), ms(r.p99), mb(r.minne))
		}
	}

	fmt.Fprintln(ut)
	m := startMaling(prosess)
	stor := liste(20000, sakUtenTiltak)
	start := time.Now()
	res, err := http.Post(url+"/sak", "application/json", strings.NewReader(stor))
	if err != nil {
		return err
	}
	svar, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Fprintf(ut, "20 000 saker (%d byte): %d på %s, største minne %s: %s\n", len(stor), res.StatusCode, ms(time.Since(start)), mb(m.stopp()), bytes.TrimSpace(svar))

	if *treg {
		d, status, err := tregKropp(adresse)
		if err != nil {
			return err
		}
		fmt.Fprintf(ut, "treg kropp (én byte i sekundet, lesefrist %s): lukket etter %s, svar %q\n", t.Lese, ms(d), status)
	}
	if *leserIkke {
		topp, d, mottatt, err := leserIkkeSvaret(adresse, liste(100, sakUtenTiltak), 5, lukket.Load, prosess)
		if err != nil {
			return err
		}
		fmt.Fprintf(ut, "fem klienter som ikke leser svaret på liste-100 (skrivefrist %s): største minne %s, koblet fra etter %s, mottok %d byte hver (av om lag 7 MB)\n", t.Skrive, mb(topp), ms(d), mottatt)
	}
	return nil
}

type resultat struct {
	antall, feil int
	perSekund    float64
	p50, p99     time.Duration
	minne        uint64
}

// last kjører n klienter som poster kropp til url i tid og måler.
func last(url, kropp string, n int, tid time.Duration, prosess string) resultat {
	klient := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n, MaxConnsPerHost: n}}
	defer klient.CloseIdleConnections()
	m := startMaling(prosess)
	ctx, avbryt := context.WithTimeout(context.Background(), tid)
	defer avbryt()
	var feil atomic.Int64
	tider := make([][]time.Duration, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				t0 := time.Now()
				res, err := klient.Post(url, "application/json", strings.NewReader(kropp))
				if err != nil {
					feil.Add(1)
					continue
				}
				_, err = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					feil.Add(1)
					continue
				}
				tider[i] = append(tider[i], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	varte := time.Since(start)
	alle := slices.Concat(tider...)
	slices.Sort(alle)
	r := resultat{antall: len(alle), feil: int(feil.Load()), perSekund: float64(len(alle)) / varte.Seconds(), minne: m.stopp()}
	if len(alle) > 0 {
		r.p50 = alle[len(alle)*50/100]
		r.p99 = alle[len(alle)*99/100]
	}
	return r
}

// tregKropp sender en forespørsel med Content-Length 1000 og én byte i
// sekundet, og gir tiden til serveren lukker forbindelsen og statuslinjen.
func tregKropp(adresse string) (time.Duration, string, error) {
	c, err := net.Dial("tcp", adresse)
	if err != nil {
		return 0, "", err
	}
	defer c.Close()
	start := time.Now()
	if _, err := io.WriteString(c, "POST /sak HTTP/1.1\r\nHost: last\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"); err != nil {
		return 0, "", err
	}
	lest := make(chan string, 1)
	go func() {
		linje, _ := bufio.NewReader(c).ReadString('\n')
		io.Copy(io.Discard, c)
		lest <- strings.TrimSpace(linje)
	}()
	for {
		select {
		case linje := <-lest:
			return time.Since(start), linje, nil
		case <-time.After(time.Second):
			c.Write([]byte(" "))
		}
		if time.Since(start) > 2*time.Minute {
			return 0, "", errors.New("serveren lukket ikke forbindelsen")
		}
	}
}

// leserIkkeSvaret sender kropp fra n klienter som ikke leser svaret før
// serveren har lukket alle n forbindelsene (lukket teller lukkede
// forbindelser). Den gir største minne mens de henger, tiden til alle er
// lukket og det minste antallet byte en klient fikk.
func leserIkkeSvaret(adresse, kropp string, n int, lukket func() int64, prosess string) (uint64, time.Duration, int64, error) {
	m := startMaling(prosess)
	for i := 0; lukket() > 0 && i < 50; i++ {
		time.Sleep(100 * time.Millisecond) // forbindelser fra forrige scenario
	}
	for1 := lukket()
	start := time.Now()
	var forb []net.Conn
	for range n {
		c, err := net.Dial("tcp", adresse)
		if err != nil {
			return 0, 0, 0, err
		}
		defer c.Close()
		forb = append(forb, c)
		fmt.Fprintf(c, "POST /sak HTTP/1.1\r\nHost: last\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(kropp), kropp)
	}
	for lukket()-for1 < int64(n) {
		if time.Since(start) > 2*time.Minute {
			return 0, 0, 0, errors.New("serveren koblet ikke fra klientene som ikke leser")
		}
		time.Sleep(50 * time.Millisecond)
	}
	d := time.Since(start)
	topp := m.stopp()
	minst := int64(-1)
	for _, c := range forb {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		k, _ := io.Copy(io.Discard, c)
		if minst < 0 || k < minst {
			minst = k
		}
	}
	return topp, d, minst, nil
}

// maling måler største minne fra startMaling til stopp.
type maling struct {
	stopp func() uint64
}

func startMaling(prosess string) maling {
	runtime.GC()
	hwm := nullstillHWM(prosess)
	var topp atomic.Uint64
	ferdig := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if v := ms.Sys - ms.HeapReleased; v > topp.Load() {
				topp.Store(v)
			}
			select {
			case <-ferdig:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return maling{stopp: func() uint64 {
		close(ferdig)
		wg.Wait()
		if hwm {
			if v, ok := lesHWM(prosess); ok {
				return v
			}
		}
		return topp.Load()
	}}
}

// nullstillHWM nullstiller VmHWM for prosessen (Linux: «5» til
// /proc/PID/clear_refs).
func nullstillHWM(prosess string) bool {
	return os.WriteFile("/proc/"+prosess+"/clear_refs", []byte("5"), 0) == nil
}

// lesHWM gir VmHWM fra /proc/PID/status i byte.
func lesHWM(prosess string) (uint64, bool) {
	b, err := os.ReadFile("/proc/" + prosess + "/status")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

func ms(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%d µs", d.Microseconds())
}

func mb(b uint64) string { return fmt.Sprintf("%.0f MB", float64(b)/1e6) }
