package tiltak

import (
	"errors"
	"fmt"
	"time"
)

// Dato er en sivil kalenderdato (år, måned, dag) uten klokkeslett og tidssone,
// slik datoer brukes i forskriftene og i NAVs vedtak.
//
// Dato er en liten verdi som kan sammenlignes med ==, brukes som nøkkel i en
// map og kopieres fritt. Nullverdien betyr «ingen dato» (ukjent eller ikke
// satt); IsZero sier om en dato mangler. Gyldige datoer ligger i årene 1–9999.
//
// Internt er en dato år, måned og dag pakket i ett heltall (år·512 +
// måned·32 + dag), så sammenligning, år/måned/dag og månedsaritmetikk er
// heltallsoperasjoner uten divisjon og uten allokering; dagaritmetikk går
// via et dagnummer.
type Dato struct {
	v uint32 // år<<9 | måned<<5 | dag; 0 betyr ingen dato
}

// pakk lager datoen for et gyldig år, en måned og en dag.
func pakk(y, m, d int) Dato { return Dato{uint32(y)<<9 | uint32(m)<<5 | uint32(d)} }

// ymd pakker ut år, måned og dag.
func (d Dato) ymd() (y, m, dd int) { return int(d.v >> 9), int(d.v>>5) & 15, int(d.v) & 31 }

// dagnr gir datoens dagnummer (se dagnummer).
func (d Dato) dagnr() int32 { y, m, dd := d.ymd(); return dagnummer(y, m, dd) }

// Grenser for gyldige datoer.
const (
	minAar = 1
	maxAar = 9999
)

// ErrUgyldigDato er feilen bak alle ugyldige datoer: en tekst som ikke er en
// ISO 8601-dato, en dag som ikke finnes i måneden, eller et år utenfor 1–9999.
// Den konkrete feilen er en *DatoFeil; bruk errors.Is(err, ErrUgyldigDato).
var ErrUgyldigDato = errors.New("ugyldig dato")

// DatoFeil beskriver hvorfor en dato er ugyldig. Den pakker ErrUgyldigDato.
type DatoFeil struct {
	Tekst string // teksten som ble tolket, eller "" når datoen ble bygd fra tall
	Grunn string // hva som var galt, på norsk
}

// Error gir feilen som tekst, for eksempel
// `ugyldig dato "2025-02-30": februar 2025 har 28 dager`.
func (e *DatoFeil) Error() string {
	if e.Tekst == "" {
		return "ugyldig dato: " + e.Grunn
	}
	return fmt.Sprintf("ugyldig dato %q: %s", e.Tekst, e.Grunn)
}

// Unwrap gir ErrUgyldigDato.
func (e *DatoFeil) Unwrap() error { return ErrUgyldigDato }

// dagnummer gir dagnummeret for en gyldig dato (algoritme etter H. Hinnant,
// «chrono-compatible low-level date algorithms»).
func dagnummer(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400 // y ≥ 0 i gyldig område
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe + 1)
}

// fraDagnummer er den omvendte av dagnummer.
func fraDagnummer(n int32) (y, m, d int) {
	z := int(n) - 1
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

var (
	epoke1970 = dagnummer(1970, 1, 1)
	minDag    = dagnummer(minAar, 1, 1)
	maxDag    = dagnummer(maxAar, 12, 31)
)

// Skuddaar sier om år er et skuddår i den gregorianske kalenderen.
func Skuddaar(aar int) bool {
	return aar%4 == 0 && (aar%100 != 0 || aar%400 == 0)
}

// DagerIManed gir antall dager i måneden m av året aar (28–31), eller 0 når
// m ikke er en måned.
func DagerIManed(aar int, m time.Month) int {
	switch m {
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if Skuddaar(aar) {
			return 29
		}
		return 28
	}
	return 0
}

var manedsnavn = [...]string{"", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// NyDato bygger datoen aar-m-dag. Datoen normaliseres aldri: 31. april eller
// 29. februar i et vanlig år gir en *DatoFeil som sier hva som var galt.
func NyDato(aar int, m time.Month, dag int) (Dato, error) {
	if aar < minAar || aar > maxAar {
		return Dato{}, &DatoFeil{Grunn: fmt.Sprintf("år %d er utenfor 1–9999", aar)}
	}
	if m < time.January || m > time.December {
		return Dato{}, &DatoFeil{Grunn: fmt.Sprintf("måned %d finnes ikke", int(m))}
	}
	if n := DagerIManed(aar, m); dag < 1 || dag > n {
		return Dato{}, &DatoFeil{Grunn: fmt.Sprintf("%s %d har %d dager, ikke dag %d", manedsnavn[m], aar, n, dag)}
	}
	return pakk(aar, int(m), dag), nil
}

// MustDato er som NyDato, men får panikk ved en ugyldig dato. Den er ment for
// datoer skrevet som konstanter i programmer og tester, slik
// regexp.MustCompile er det for uttrykk; bruk NyDato eller ParseDato for inndata.
func MustDato(aar int, m time.Month, dag int) Dato {
	d, err := NyDato(aar, m, dag)
	if err != nil {
		panic(err)
	}
	return d
}

// DatoFraTid gir kalenderdatoen til t i t sin egen tidssone. Tider utenfor
// årene 1–9999 gir nullverdien.
func DatoFraTid(t time.Time) Dato {
	y, m, d := t.Date()
	dato, err := NyDato(y, m, d)
	if err != nil {
		return Dato{}
	}
	return dato
}

// IsZero sier om d er nullverdien, det vil si ingen dato.
func (d Dato) IsZero() bool { return d.v == 0 }

// Date gir år, måned og dag. Nullverdien gir (0, 0, 0).
func (d Dato) Date() (aar int, m time.Month, dag int) {
	y, mm, dd := d.ymd()
	return y, time.Month(mm), dd
}

// Aar gir året, eller 0 for nullverdien.
func (d Dato) Aar() int { y, _, _ := d.Date(); return y }

// Maned gir måneden, eller 0 for nullverdien.
func (d Dato) Maned() time.Month { _, m, _ := d.Date(); return m }

// Dag gir dagen i måneden, eller 0 for nullverdien.
func (d Dato) Dag() int { _, _, dd := d.Date(); return dd }

// Ukedag gir ukedagen. Nullverdien gir time.Sunday.
func (d Dato) Ukedag() time.Weekday {
	if d.v == 0 {
		return time.Sunday
	}
	// 1. januar 1970 var en torsdag.
	w := (int(d.dagnr())-int(epoke1970)+int(time.Thursday))%7 + 7
	return time.Weekday(w % 7)
}

// Time gir midnatt ved starten av datoen i tidssonen loc (UTC når loc er nil).
func (d Dato) Time(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// Compare gir -1 når d er før e, 0 når de er like og +1 når d er etter e.
// Nullverdien kommer før alle datoer.
func (d Dato) Compare(e Dato) int {
	switch {
	case d.v < e.v:
		return -1
	case d.v > e.v:
		return 1
	}
	return 0
}

// Equal sier om d og e er samme dato (som d == e). Metoden gjør at
// github.com/google/go-cmp kan sammenligne verdier som inneholder datoer.
func (d Dato) Equal(e Dato) bool { return d.v == e.v }

// Before sier om d er før e.
func (d Dato) Before(e Dato) bool { return d.v < e.v }

// After sier om d er etter e.
func (d Dato) After(e Dato) bool { return d.v > e.v }

// DagerTil gir antall dager fra d til e (negativt når e er før d). For en
// inklusiv periode fra d til e er antall dager DagerTil(e)+1.
func (d Dato) DagerTil(e Dato) int { return int(e.dagnr() - d.dagnr()) }

// fraDag lager en dato fra et dagnummer, eller nullverdien utenfor 1–9999.
func fraDag(n int64) Dato {
	if n < int64(minDag) || n > int64(maxDag) {
		return Dato{}
	}
	y, m, dd := fraDagnummer(int32(n))
	return pakk(y, m, dd)
}

// AddDays gir datoen n dager etter d (før d når n er negativ). Nullverdien og
// resultater utenfor årene 1–9999 gir nullverdien.
func (d Dato) AddDays(n int) Dato {
	if d.v == 0 {
		return Dato{}
	}
	// Rask vei: svaret ligger i samme måned eller i måneden før (én dag
	// tilbake fra den 1., som i start + N måneder − 1 dag), så det trengs
	// ingen dagnummerregning. Går dd+n rundt for en svært stor n, blir
	// summen negativ og tar den vanlige veien.
	y, m, dd := d.ymd()
	if nd := dd + n; nd >= 1 {
		if nd <= 28 || nd <= DagerIManed(y, time.Month(m)) {
			return pakk(y, m, nd)
		}
	} else if nd > -28 {
		if m--; m == 0 {
			y, m = y-1, 12
		}
		if y >= minAar {
			return pakk(y, m, nd+DagerIManed(y, time.Month(m)))
		}
	}
	return fraDag(int64(d.dagnr()) + int64(n))
}

// AddMonths gir datoen n kalendermåneder etter d (før d når n er negativ),
// med klemming til siste dag i måneden når dagen ikke finnes der:
// 31. august + 6 måneder = 28. februar (29. i skuddår), 31. januar + 1 måned
// = 28. eller 29. februar. Dette er slik NAVs systemer regner (java.time
// plusMonths), og ikke slik time.AddDate gjør det (som ruller over til mars).
// Nullverdien og resultater utenfor årene 1–9999 gir nullverdien.
func (d Dato) AddMonths(n int) Dato {
	if d.v == 0 {
		return Dato{}
	}
	y, m, dd := d.ymd()
	total := int64(y)*12 + int64(m-1) + int64(n)
	ny := total / 12
	nm := int(total%12) + 1
	if total < 0 || ny < minAar || ny > maxAar {
		return Dato{}
	}
	if max := DagerIManed(int(ny), time.Month(nm)); dd > max {
		dd = max
	}
	return pakk(int(ny), nm, dd)
}

// AddYears gir datoen n år etter d, med klemming: 29. februar + 1 år =
// 28. februar. Nullverdien og resultater utenfor årene 1–9999 gir nullverdien.
func (d Dato) AddYears(n int) Dato {
	if n > maxAar || n < -maxAar {
		return Dato{}
	}
	return d.AddMonths(12 * n)
}

// Add gir datoen en Lengde etter d: dager og uker legges til som dager,
// måneder og år med klemming til månedens siste dag (se AddMonths).
func (d Dato) Add(l Lengde) Dato {
	switch l.Enhet {
	case Dager:
		return d.AddDays(l.Antall)
	case Uker:
		return d.AddDays(7 * l.Antall)
	case Maneder:
		return d.AddMonths(l.Antall)
	case Ar:
		return d.AddYears(l.Antall)
	}
	return Dato{}
}

// SisteDag gir siste tillatte dag for noe som varer «inntil» l fra og med
// startdagen d: d + l − 1 dag. Inntil 6 måneder fra 1. mars er til og med
// 31. august; inntil 4 uker fra 1. juni er til og med 28. juni; inntil ett år
// fra 29. februar 2024 er til og med 27. februar 2025 (28. februar klemt,
// minus én dag). Nullverdien gir nullverdien.
func (d Dato) SisteDag(l Lengde) Dato {
	e := d.Add(l)
	if e.IsZero() {
		return Dato{}
	}
	return e.dagenFor()
}

// dagenFor gir dagen før d, som ikke er nullverdien: d.AddDays(-1) uten
// dagnummerregning. Dagen før 1. januar år 1 er nullverdien.
func (d Dato) dagenFor() Dato {
	if d.v&31 > 1 {
		return Dato{d.v - 1}
	}
	y, m, _ := d.ymd()
	if m--; m == 0 {
		y, m = y-1, 12
	}
	if y < minAar {
		return Dato{}
	}
	return pakk(y, m, DagerIManed(y, time.Month(m)))
}

// ForsteIManed gir den første dagen i måneden d ligger i.
func (d Dato) ForsteIManed() Dato {
	if d.v == 0 {
		return Dato{}
	}
	y, m, _ := d.ymd()
	return pakk(y, m, 1)
}

// SisteIManed gir den siste dagen i måneden d ligger i.
func (d Dato) SisteIManed() Dato {
	if d.v == 0 {
		return Dato{}
	}
	y, m, _ := d.ymd()
	return pakk(y, m, DagerIManed(y, time.Month(m)))
}

// ErSisteIManed sier om d er den siste dagen i sin måned.
func (d Dato) ErSisteIManed() bool { return d.v != 0 && d == d.SisteIManed() }

// FyltAar gir datoen da en person født fodt har fylt n år: fødselsdagen n år
// etter. En person født 29. februar fyller år 28. februar i år som ikke er
// skuddår (klemming, slik NAVs systemer regner). Forskriftene sier ikke noe
// om dette; det er NAVs konvensjon, ikke en verifisert regel. Nullverdien
// gir nullverdien.
func FyltAar(fodt Dato, n int) Dato { return fodt.AddYears(n) }

// Alder gir alderen i hele år som en person født fodt har den dagen dato
// («har fylt N år»): N er det største tallet slik at FyltAar(fodt, N) ≤ dato.
// Dagen før fødselsdagen er personen ett år yngre enn på selve dagen.
// Returnerer -1 når en av datoene mangler eller dato er før fodt.
func Alder(fodt, dato Dato) int {
	if fodt.v == 0 || dato.v == 0 || dato.v < fodt.v {
		return -1
	}
	// Med pakkingen år<<9 | måned<<5 | dag er de ni laveste bitene måned og
	// dag i en rekkefølge som følger kalenderen.
	y2 := int(dato.v >> 9)
	a := y2 - int(fodt.v>>9)
	md1, md2 := fodt.v&0x1ff, dato.v&0x1ff
	if md2 < md1 {
		// Fødselsdagen er ikke nådd i år, med ett unntak: født 29. februar
		// fyller år 28. februar i år som ikke er skuddår (klemt som i
		// FyltAar).
		if md1 != feb29 || md2 != feb28 || Skuddaar(y2) {
			a--
		}
	}
	return a
}

// feb28 og feb29 er måned og dag i pakket form.
const (
	feb28 = 2<<5 | 28
	feb29 = 2<<5 | 29
)

// HarFyltAar sier om en person født fodt har fylt n år den dagen dato.
// Manglende datoer gir false; bruk Alder når ukjent må skilles fra nei.
func HarFyltAar(fodt, dato Dato, n int) bool {
	if fodt.IsZero() || dato.IsZero() {
		return false
	}
	return !FyltAar(fodt, n).After(dato)
}

// FyllerIKalenderaaret sier om en person født fodt fyller n år eller mer i
// kalenderåret dato ligger i («fra og med det kalenderåret personen fyller n
// år»): 1. januar i det året personen fyller 19 er første dag regelen slår til.
func FyllerIKalenderaaret(fodt, dato Dato, n int) bool {
	if fodt.IsZero() || dato.IsZero() {
		return false
	}
	return dato.Aar()-fodt.Aar() >= n
}

// String gir datoen i ISO 8601-form, «2025-07-01». Nullverdien gir "".
func (d Dato) String() string {
	if d.v == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendISO(b[:0]))
}

func (d Dato) appendISO(b []byte) []byte {
	y, m, dd := d.ymd()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// Norsk gir datoen slik den skrives i et brev, «1. juli 2025».
// Nullverdien gir "ingen dato".
func (d Dato) Norsk() string {
	if d.v == 0 {
		return "ingen dato"
	}
	y, m, dd := d.ymd()
	return fmt.Sprintf("%d. %s %d", dd, manedsnavn[m], y)
}

// AppendText legger datoens ISO 8601-form til b (ingenting for nullverdien).
func (d Dato) AppendText(b []byte) ([]byte, error) {
	if d.v == 0 {
		return b, nil
	}
	return d.appendISO(b), nil
}

// MarshalText gir ISO 8601-formen, og en tom tekst for nullverdien.
func (d Dato) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText tolker en ISO 8601-dato (ÅÅÅÅ-MM-DD). En tom tekst gir
// nullverdien.
func (d *Dato) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Dato{}
		return nil
	}
	v, err := parseDato(b)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDato tolker en dato i ISO 8601-form ÅÅÅÅ-MM-DD, for eksempel
// "2025-07-01". Feilen er en *DatoFeil som sier hva som var galt (form,
// måned, dag i måneden) og pakker ErrUgyldigDato.
func ParseDato(s string) (Dato, error) {
	if s == "" {
		return Dato{}, &DatoFeil{Tekst: s, Grunn: "tom tekst; ventet ÅÅÅÅ-MM-DD"}
	}
	return parseDato([]byte(s))
}

func parseDato(b []byte) (Dato, error) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return Dato{}, &DatoFeil{Tekst: string(b), Grunn: "ventet formen ÅÅÅÅ-MM-DD"}
	}
	num := func(s []byte) (int, bool) {
		v := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	y, ok1 := num(b[0:4])
	m, ok2 := num(b[5:7])
	dd, ok3 := num(b[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Dato{}, &DatoFeil{Tekst: string(b), Grunn: "år, måned og dag må være sifre (ÅÅÅÅ-MM-DD)"}
	}
	d, err := NyDato(y, time.Month(m), dd)
	if err != nil {
		var df *DatoFeil
		if errors.As(err, &df) {
			df.Tekst = string(b)
		}
		return Dato{}, err
	}
	return d, nil
}
