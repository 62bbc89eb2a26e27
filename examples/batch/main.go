// Kommandoen batch vurderer en fil med personer mot hele tiltakskatalogen
// med regler.VurderAlleTil: én regler.Buffer per gorutine, -p gorutiner, og
// filen strømmes, så minnet er begrenset uansett hvor mange personer den
// har. Den skriver hvor mange personer per sekund den klarte, i alt og per
// gorutine, og hvor mange av hvert utfall hvert tiltak fikk.
//
//	go run ./examples/batch -lag 1000000 > personer.jsonl
//	go run ./examples/batch -fil personer.jsonl -p 2
//
// Inndataene er JSON-linjer: én sak per linje i formatet til
// examples/README.md, med bare feltene id, beskrivelse, dato og fakta
// (tomme linjer hoppes over):
//
//	{"id":"p1","dato":"2025-09-01","fakta":{"fodselsdato":"1990-04-12","arbeidsevne":"nedsatt"}}
//
// Flagg:
//
//	-fil STI      les personene fra filen (standard: standard inn)
//	-p N          antall gorutiner som vurderer (standard: GOMAXPROCS)
//	-maks-linje N lengste linje i byte (standard 1 MiB)
//	-lag N        skriv N syntetiske personer som JSON-linjer og avslutt
//	-fro N        frøet til -lag: samme frø gir de samme personene
//	-dato DATO    vurderingsdatoen -lag skriver (standard 2025-09-01)
//
// Den første ugyldige linjen i filen stopper kjøringen med en feil som
// navngir linjen og feltet («linje 17: felt "fakta.fodselsdato" …»), også
// når flere gorutiner leser. Avslutningskoder: 0 når alt er vurdert, 1 ved
// en ugyldig linje eller en lese- eller skrivefeil, 2 for ukjente flagg og
// argumenter.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func main() {
	os.Exit(kjor(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// kjor er hele programmet, så testene kan kjøre det uten en prosess.
func kjor(args []string, inn io.Reader, ut, feilut io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(feilut)
	fil := fs.String("fil", "", "les personene fra denne filen (standard: standard inn)")
	p := fs.Int("p", runtime.GOMAXPROCS(0), "antall gorutiner som vurderer")
	maksLinje := fs.Int("maks-linje", sak.StandardMaksBytes, "lengste linje i byte")
	lag := fs.Int("lag", 0, "skriv så mange syntetiske personer som JSON-linjer og avslutt")
	fro := fs.Uint64("fro", 1, "frøet til -lag")
	datoTekst := fs.String("dato", "2025-09-01", "vurderingsdatoen -lag skriver")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(feilut, "batch: ukjent argument %q\n", fs.Arg(0))
		return 2
	}
	if *p < 1 || *maksLinje < 1 || *lag < 0 {
		fmt.Fprintln(feilut, "batch: -p og -maks-linje må være minst 1, -lag ikke negativ")
		return 2
	}
	if *lag > 0 {
		dato, err := tiltak.ParseDato(*datoTekst)
		if err != nil {
			fmt.Fprintf(feilut, "batch: -dato: %v\n", err)
			return 2
		}
		bw := bufio.NewWriter(ut)
		err = lagPersoner(bw, *lag, *fro, dato)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			fmt.Fprintf(feilut, "batch: kunne ikke skrive personene: %v\n", err)
			return 1
		}
		return 0
	}
	kilde, navn := inn, "standard inn"
	if *fil != "" {
		f, err := os.Open(*fil)
		if err != nil {
			fmt.Fprintf(feilut, "batch: %v\n", err)
			return 1
		}
		defer f.Close()
		kilde, navn = f, *fil
	}
	res, err := Vurder(kilde, *p, *maksLinje)
	if err != nil {
		fmt.Fprintf(feilut, "batch: %s: %v\n", navn, err)
		return 1
	}
	if err := res.Skriv(ut, navn); err != nil {
		fmt.Fprintf(feilut, "batch: kunne ikke skrive resultatet: %v\n", err)
		return 1
	}
	return 0
}

// Resultat er det en kjøring fant: antall personer, tidene og utfallene
// per tiltak.
type Resultat struct {
	// Personer er antall vurderte personer (linjer som ikke er tomme).
	Personer int
	// Gorutiner er antall gorutiner som vurderte.
	Gorutiner int
	// Totalt er tiden fra første byte ble lest til siste person var vurdert.
	Totalt time.Duration
	// CPU er prosessens CPU-tid i samme tidsrom (alle tråder, bruker og
	// system), og 0 der operativsystemet ikke gir den. Er den mye mindre
	// enn Totalt ganger antall kjerner, har annet arbeid på maskinen tatt
	// resten.
	CPU time.Duration
	// Vurdering er personer per sekund i regler.VurderAlleTil alene, summert
	// over gorutinene (hver gorutine måler sin egen tid i kallene).
	Vurdering float64
	// Tiltak er katalogens tiltak, i samme rekkefølge som Telling.
	Tiltak []tiltak.Kode
	// Telling er antall oppfylt, ikke oppfylt og må vurderes per tiltak,
	// indeksert med regler.Utfall (indeks 0 er ubrukt).
	Telling [][4]int
}

// Linjefeil er en ugyldig linje: linjenummeret (fra 1) og feilen, som er en
// *tiltak.FeltFeil når et felt er galt.
type Linjefeil struct {
	Linje int
	Err   error
}

// Error gir feilen med linjenummeret først: «linje 17: felt …».
func (e *Linjefeil) Error() string { return fmt.Sprintf("linje %d: %v", e.Linje, e.Err) }

// Unwrap gir feilen på linjen.
func (e *Linjefeil) Unwrap() error { return e.Err }

// ErrUstottetFelt er feilen bak et felt i saken batch ikke bruker
// (tiltak, sporsmal, avtaler og de andre utenom id, beskrivelse, dato og
// fakta): det avvises heller enn å bli oversett.
var ErrUstottetFelt = errors.New("feltet støttes ikke av batch")

// Et parti er høyst partiLinjer linjer, og leseren sender det når det har
// partiBytes byte eller mer, så et parti holder aldri mer enn partiBytes
// pluss én linje.
const (
	partiLinjer = 256
	partiBytes  = 1 << 20
)

// parti er en bit av filen: linjene etter hverandre i data, der linje i
// slutter ved slutt[i] og har nummeret nr[i].
type parti struct {
	data  []byte
	slutt []int
	nr    []int
}

// arbeider er det én gorutine holder: bufferen VurderAlleTil gjenbruker,
// faktaene i et parti og tellingene.
type arbeider struct {
	_        [64]byte // ikke samme hurtigbufferlinje som en annen arbeider
	buf      regler.Buffer
	fakta    []tiltak.Fakta
	datoer   []tiltak.Dato
	telling  [][4]int
	personer int
	tid      time.Duration
	feil     *Linjefeil
	_        [64]byte
}

// Vurder leser JSON-linjer fra r og vurderer hver person med
// regler.VurderAlleTil i p gorutiner. Minnet er begrenset: leseren har
// høyst 2p+2 partier ute om gangen, hvert på høyst 256 linjer og 1 MiB
// pluss én linje. Den første ugyldige
// linjen i filen gir en *Linjefeil, uansett hvilken gorutine som fant den.
func Vurder(r io.Reader, p, maksLinje int) (*Resultat, error) {
	koder := tiltak.Koder()
	ledige := make(chan *parti, 2*p+2)
	for range cap(ledige) {
		ledige <- &parti{}
	}
	jobber := make(chan *parti, 2*p+2)
	var stopp atomic.Bool
	arbeidere := make([]*arbeider, p)
	var wg sync.WaitGroup
	cpuStart, _ := cpuTid()
	start := time.Now()
	for i := range arbeidere {
		a := &arbeider{telling: nyTelling(len(koder))}
		arbeidere[i] = a
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pt := range jobber {
				if a.feil == nil {
					a.vurder(pt, koder)
					if a.feil != nil {
						stopp.Store(true)
					}
				}
				ledige <- pt
			}
		}()
	}
	lesefeil := les(r, maksLinje, ledige, jobber, &stopp)
	close(jobber)
	wg.Wait()
	res := &Resultat{Gorutiner: p, Totalt: time.Since(start), Tiltak: koder, Telling: make([][4]int, len(koder))}
	if cpuSlutt, ok := cpuTid(); ok {
		res.CPU = cpuSlutt - cpuStart
	}
	var forste *Linjefeil
	for _, a := range arbeidere {
		if a.feil != nil && (forste == nil || a.feil.Linje < forste.Linje) {
			forste = a.feil
		}
		res.Personer += a.personer
		if a.tid > 0 {
			res.Vurdering += float64(a.personer) / a.tid.Seconds()
		}
		for i, t := range a.telling {
			for u, n := range t {
				res.Telling[i][u] += n
			}
		}
	}
	// En ugyldig linje i et parti som ble sendt, kommer før en for lang
	// linje lenger ut i filen.
	var lf *Linjefeil
	if forste != nil && (lesefeil == nil || !errors.As(lesefeil, &lf) || forste.Linje < lf.Linje) {
		return nil, forste
	}
	if lesefeil != nil {
		return nil, lesefeil
	}
	return res, nil
}

// les deler r i linjer og sender dem i partier til gorutinene, til filen
// er slutt, en linje er for lang eller en gorutine har funnet en ugyldig
// linje.
func les(r io.Reader, maksLinje int, ledige, jobber chan *parti, stopp *atomic.Bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, min(maksLinje, 64<<10)), maksLinje)
	pt := <-ledige
	pt.data, pt.slutt, pt.nr = pt.data[:0], pt.slutt[:0], pt.nr[:0]
	nr := 0
	for sc.Scan() {
		nr++
		linje := sc.Bytes()
		if len(linje) == 0 {
			continue
		}
		pt.data = append(pt.data, linje...)
		pt.slutt = append(pt.slutt, len(pt.data))
		pt.nr = append(pt.nr, nr)
		if len(pt.nr) == partiLinjer || len(pt.data) >= partiBytes {
			if stopp.Load() {
				ledige <- pt
				return nil
			}
			jobber <- pt
			pt = <-ledige
			pt.data, pt.slutt, pt.nr = pt.data[:0], pt.slutt[:0], pt.nr[:0]
		}
	}
	if len(pt.nr) > 0 && !stopp.Load() {
		jobber <- pt
	} else {
		ledige <- pt
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &Linjefeil{Linje: nr + 1, Err: fmt.Errorf("linjen er lengre enn %d byte (-maks-linje)", maksLinje)}
		}
		return err
	}
	return nil
}

// vurder tolker linjene i partiet og vurderer personene. Tiden i
// VurderAlleTil måles for hele partiet, så klokken ikke koster noe per
// person. Ved den første ugyldige linjen settes a.feil, og resten av
// partiet hoppes over.
func (a *arbeider) vurder(pt *parti, koder []tiltak.Kode) {
	a.fakta, a.datoer = a.fakta[:0], a.datoer[:0]
	fra := 0
	for i, til := range pt.slutt {
		s, err := tolk(pt.data[fra:til])
		fra = til
		if err != nil {
			a.feil = &Linjefeil{Linje: pt.nr[i], Err: err}
			break
		}
		a.fakta, a.datoer = append(a.fakta, s.Fakta), append(a.datoer, s.Dato)
	}
	start := time.Now()
	n := 0
	for i := range a.fakta {
		rs, err := regler.VurderAlleTil(&a.buf, &a.fakta[i], a.datoer[i], regler.Valg{})
		if err != nil {
			a.feil = &Linjefeil{Linje: pt.nr[i], Err: err}
			break
		}
		for j := range rs {
			a.telling[j][rs[j].Utfall&3]++
		}
		n++
	}
	a.tid += time.Since(start)
	a.personer += n
}

// nyTelling gir tellingen for n tiltak, med tomme rader før og etter, så
// to gorutiners tellinger aldri deler en hurtigbufferlinje.
func nyTelling(n int) [][4]int {
	const luft = 4 // 4 rader à 32 byte: to linjer på 64 byte
	return make([][4]int, n+2*luft)[luft : luft+n : luft+n]
}

var standardGrenser = sak.StandardGrenser()

// tolk leser én linje som en sak med det strenge formatet i examples/sak,
// og avviser en liste og felt batch ikke bruker.
func tolk(linje []byte) (*sak.Sak, error) {
	inn, err := sak.Tolk(linje, standardGrenser)
	if err != nil {
		return nil, err
	}
	if inn.Liste || len(inn.Saker) != 1 {
		return nil, &tiltak.FeltFeil{Felt: "", Grunn: "ventet ett JSON-objekt (én person) per linje, fikk en liste", Err: sak.ErrUgyldigSak}
	}
	s := &inn.Saker[0]
	for _, f := range []struct {
		navn  string
		brukt bool
	}{
		{"tiltak", s.Tiltak != nil}, {"sporsmal", s.Sporsmal != nil}, {"med_praksis", s.MedPraksis},
		{"start", !s.Start.IsZero()}, {"periode", !s.Periode.IsZero()}, {"tidligere", s.Tidligere != nil}, {"avtaler", s.Avtaler != nil},
	} {
		if f.brukt {
			return nil, &tiltak.FeltFeil{Felt: f.navn, Grunn: "batch vurderer hele katalogen for personen og bruker bare id, beskrivelse, dato og fakta", Err: ErrUstottetFelt}
		}
	}
	if err := s.Valider(); err != nil {
		return nil, err
	}
	return s, nil
}

// Skriv skriver resultatet: personer per sekund i alt og per gorutine,
// vurderingen alene, og utfallene per tiltak som en tabell.
func (r *Resultat) Skriv(w io.Writer, kilde string) error {
	bw := bufio.NewWriter(w)
	kjerner := min(r.Gorutiner, runtime.GOMAXPROCS(0))
	fmt.Fprintf(bw, "%d personer fra %s, %d gorutiner (GOMAXPROCS %d, %d CPU-er, %s)\n",
		r.Personer, kilde, r.Gorutiner, runtime.GOMAXPROCS(0), runtime.NumCPU(), runtime.Version())
	totalt := float64(r.Personer) / r.Totalt.Seconds()
	fmt.Fprintf(bw, "i alt (lesing, JSON, kontroll og vurdering): %.2f s, %.0f personer/s, %.0f per kjerne (%d kjerner i bruk)\n",
		r.Totalt.Seconds(), totalt, totalt/float64(kjerner), kjerner)
	if r.CPU > 0 {
		fmt.Fprintf(bw, "CPU-tid: %.2f s, i snitt %.2f kjerner; %.0f personer per CPU-sekund\n",
			r.CPU.Seconds(), r.CPU.Seconds()/r.Totalt.Seconds(), float64(r.Personer)/r.CPU.Seconds())
	}
	fmt.Fprintf(bw, "regler.VurderAlleTil alene (%d tiltak, fullt spor): %.0f personer/s, %.0f per gorutine\n\n",
		len(r.Tiltak), r.Vurdering, r.Vurdering/float64(r.Gorutiner))
	fmt.Fprintf(bw, "| tiltak | oppfylt | ikke oppfylt | må vurderes |\n|---|---:|---:|---:|\n")
	for i, k := range r.Tiltak {
		t := r.Telling[i]
		fmt.Fprintf(bw, "| %s | %d | %d | %d |\n", k, t[regler.Oppfylt], t[regler.IkkeOppfylt], t[regler.MaVurderes])
	}
	return bw.Flush()
}
