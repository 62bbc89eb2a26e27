package sak

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// ErrUgyldigJSON er feilen bak et dokument som ikke er gyldig JSON, eller
// som ikke har formen til en sak: feil type, ukjent eller dobbelt felt, data
// etter dokumentet. Den konkrete feilen er en *tiltak.FeltFeil med stien til
// stedet feilen ble funnet («» for dokumentet som helhet).
var ErrUgyldigJSON = errors.New("ugyldig JSON")

// Inndata er sakene i ett JSON-dokument.
type Inndata struct {
	// Saker er sakene i dokumentets rekkefølge.
	Saker []Sak
	// Liste er sann når dokumentet var en liste; da er svaret også en liste.
	Liste bool
}

// Les leser én sak (et JSON-objekt) eller flere (en JSON-liste) fra r med
// standardgrensene; se LesMed.
func Les(r io.Reader) ([]Sak, error) {
	inn, err := LesMed(r, StandardGrenser())
	return inn.Saker, err
}

// LesMed leser ett JSON-dokument fra r, høyst g.MaksBytes byte (et større
// dokument gir ErrForStor, aldri et avkortet dokument), og tolker det med
// Tolk. En lesefeil gir en *tiltak.FeltFeil som pakker både ErrUgyldigSak
// og lesefeilen (for eksempel os.ErrDeadlineExceeded).
func LesMed(r io.Reader, g Grenser) (Inndata, error) {
	g = g.MedStandard()
	b, err := io.ReadAll(io.LimitReader(r, g.MaksBytes+1))
	if err != nil {
		return Inndata{}, &tiltak.FeltFeil{Grunn: "kunne ikke lese inndata: " + kortGrunn(err.Error()), Err: fmt.Errorf("%w: %w", ErrUgyldigSak, err)}
	}
	return Tolk(b, g)
}

// Tolk tolker ett JSON-dokument: én sak (et objekt) eller en liste av saker.
//
// Tolkingen er streng. Feltnavn må stå nøyaktig som i formatet (store og små
// bokstaver skilles), et felt kan bare stå én gang i et objekt, ukjente
// felt avvises, og ingenting kan stå etter dokumentet. Et byte order mark
// (UTF-8 BOM) først i dokumentet hoppes over. Grensene i g gjelder: antall
// byte og saker (ErrForStor), antall tiltak, avtaler og tidligere perioder i
// en sak og tegn i et tall (ErrOverGrense); de sjekkes mens dokumentet
// leses, så et for stort dokument stoppes ved første sak over grensen.
//
// Hver feil er en *tiltak.FeltFeil med hele stien til feltet, med
// listeindekser: «[1].fakta.fodselsdato», «avtaler[0].lonn.manedslonn».
// Verdien som avvises, kortes ned til 64 tegn.
func Tolk(b []byte, g Grenser) (Inndata, error) {
	g = g.MedStandard()
	if int64(len(b)) > g.MaksBytes {
		return Inndata{}, &tiltak.FeltFeil{Grunn: "inndataene er større enn grensen på " + byteTekst(g.MaksBytes) + " (maks-bytes)", Err: ErrForStor}
	}
	b = bytes.TrimPrefix(b, bom)
	if len(bytes.TrimSpace(b)) == 0 {
		return Inndata{}, &tiltak.FeltFeil{Grunn: "tom inndata; ventet et JSON-objekt eller en liste", Err: ErrUgyldigJSON}
	}
	t := &tolker{l: lekser{dok: b}, g: g}
	var inn Inndata
	switch t.l.hopp() {
	case '[':
		t.l.pos++
		inn.Liste = true
		inn.Saker = []Sak{}
		if t.l.hopp() == ']' {
			t.l.pos++
			break
		}
		for i := 0; ; i++ {
			if i == g.MaksSaker {
				return Inndata{}, &tiltak.FeltFeil{Felt: "[" + strconv.Itoa(i) + "]",
					Grunn: fmt.Sprintf("listen har flere enn %d saker; grensen er %d saker per dokument (maks-saker)", g.MaksSaker, g.MaksSaker), Err: ErrForStor}
			}
			inn.Saker = append(inn.Saker, Sak{})
			n := t.innIndeks(i)
			if _, err := t.verdi(reflect.ValueOf(&inn.Saker[i]).Elem()); err != nil {
				return Inndata{}, err
			}
			t.ut(n)
			if ferdig, err := t.nesteElement(); err != nil || ferdig {
				if err != nil {
					return Inndata{}, err
				}
				break
			}
		}
	case '{':
		t.l.pos++
		inn.Saker = []Sak{{}}
		if err := t.objekt(reflect.ValueOf(&inn.Saker[0]).Elem()); err != nil {
			return Inndata{}, err
		}
	default:
		raw, err := t.l.verdi()
		if err != nil {
			return Inndata{}, t.syntaks(err)
		}
		return Inndata{}, &tiltak.FeltFeil{Verdi: kort(verdiTekst(raw)), Grunn: "ventet et JSON-objekt (én sak) eller en liste av objekter, fikk " + jsonTypeAv(raw), Err: ErrUgyldigJSON}
	}
	if t.l.hopp(); t.l.pos < len(b) {
		return Inndata{}, &tiltak.FeltFeil{Grunn: "ugyldig JSON ved " + t.posisjon(t.l.pos) + ": mer etter slutten av dokumentet (bare én JSON-verdi er tillatt)", Err: ErrUgyldigJSON}
	}
	return inn, nil
}

var bom = []byte("\xef\xbb\xbf")

// tolker går gjennom dokumentet etter Go-typen det skal inn i, og holder
// stien til stedet den er kommet til.
type tolker struct {
	l   lekser
	g   Grenser
	sti []byte
}

// inn legger et ledd til stien og gir lengden før, for ut.
func (t *tolker) inn(ledd string) int {
	n := len(t.sti)
	if (ledd == "" || ledd[0] != '[') && n > 0 {
		t.sti = append(t.sti, '.')
	}
	t.sti = append(t.sti, ledd...)
	return n
}

func (t *tolker) ut(n int) { t.sti = t.sti[:n] }

// innIndeks legger «[i]» til stien uten å lage en tekst.
func (t *tolker) innIndeks(i int) int {
	n := len(t.sti)
	t.sti = append(t.sti, '[')
	t.sti = strconv.AppendInt(t.sti, int64(i), 10)
	t.sti = append(t.sti, ']')
	return n
}

// felt gir stien med et ekstra ledd, uten å endre den.
func (t *tolker) felt(ledd string) string {
	n := t.inn(ledd)
	s := string(t.sti)
	t.ut(n)
	return s
}

// syntaks gjør en feil fra lekseren til en *tiltak.FeltFeil med stien og
// posisjonen.
func (t *tolker) syntaks(err error) error {
	var se *syntaksFeil
	if errors.As(err, &se) {
		return &tiltak.FeltFeil{Felt: string(t.sti), Grunn: "ugyldig JSON ved " + t.posisjon(se.pos) + ": " + se.grunn, Err: ErrUgyldigJSON}
	}
	return &tiltak.FeltFeil{Felt: string(t.sti), Grunn: "ugyldig JSON: " + kortGrunn(err.Error()), Err: ErrUgyldigJSON}
}

// posisjon gir byte-posisjonen som «byte N (linje L, kolonne K)».
func (t *tolker) posisjon(off int) string {
	if off < 0 || off > len(t.l.dok) {
		return "byte " + strconv.Itoa(off)
	}
	foran := t.l.dok[:off]
	linje := bytes.Count(foran, []byte{'\n'}) + 1
	kolonne := utf8.RuneCount(foran[bytes.LastIndexByte(foran, '\n')+1:])
	return fmt.Sprintf("byte %d (linje %d, kolonne %d)", off, linje, kolonne)
}

// nesteElement leser skilletegnet etter et element i en liste: «,» (flere
// elementer) eller «]» (ferdig).
func (t *tolker) nesteElement() (ferdig bool, err error) {
	switch t.l.hopp() {
	case ',':
		t.l.pos++
		return false, nil
	case ']':
		t.l.pos++
		return true, nil
	}
	return false, t.syntaks(t.l.uventet("etter et element i en liste (ventet «,» eller «]»)"))
}

// jsonTypeAv gir JSON-typen til en gyldig verdi på norsk.
func jsonTypeAv(raw []byte) string {
	if len(raw) == 0 {
		return "ingenting"
	}
	switch raw[0] {
	case '"':
		return "tekst"
	case '{':
		return "et objekt"
	case '[':
		return "en liste"
	case 't', 'f':
		return "true eller false"
	case 'n':
		return "null"
	}
	return "et tall"
}

var (
	typeTiltakssett = reflect.TypeFor[tiltak.Tiltakssett]()
	typeDesimal     = reflect.TypeFor[decimal.Decimal]()
	typeNullDesimal = reflect.TypeFor[decimal.NullDecimal]()
	typeUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	typeTekst       = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// erBlad sier om typen tolkes som én verdi (med sin egen UnmarshalJSON eller
// UnmarshalText, eller en enkel type) og ikke gås gjennom felt for felt.
func erBlad(typ reflect.Type) bool {
	p := reflect.PointerTo(typ)
	if p.Implements(typeUnmarshaler) || p.Implements(typeTekst) {
		return true
	}
	switch typ.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Pointer:
		return false
	}
	return true
}

// verdi tolker neste verdi i dokumentet inn i v og sier om den var null.
func (t *tolker) verdi(v reflect.Value) (null bool, err error) {
	typ := v.Type()
	switch {
	case typ == typeTiltakssett:
		return t.tiltakssett(v)
	case infoFor(typ).blad:
		return t.blad(v)
	}
	c := t.l.hopp()
	if c == 'n' && typ.Kind() != reflect.Pointer {
		if err := t.l.literal("null"); err != nil {
			return false, t.syntaks(err)
		}
		if typ.Kind() == reflect.Slice {
			v.SetZero()
		}
		return true, nil
	}
	switch typ.Kind() {
	case reflect.Pointer:
		if c == 'n' {
			if err := t.l.literal("null"); err != nil {
				return false, t.syntaks(err)
			}
			v.SetZero()
			return true, nil
		}
		p := reflect.New(typ.Elem())
		if _, err := t.verdi(p.Elem()); err != nil {
			return false, err
		}
		v.Set(p)
		return false, nil
	case reflect.Struct:
		if c != '{' {
			return false, t.typeFeil("et objekt")
		}
		t.l.pos++
		return false, t.objekt(v)
	case reflect.Slice:
		if c != '[' {
			return false, t.typeFeil("en liste")
		}
		t.l.pos++
		return false, t.liste(v)
	}
	return false, &tiltak.FeltFeil{Felt: string(t.sti), Grunn: "typen " + typ.String() + " kan ikke tolkes (feil i adapteren)", Err: ErrUgyldigSak}
}

// typeFeil leser verdien som har feil type og gir feilen.
func (t *tolker) typeFeil(ventet string) error {
	raw, err := t.l.verdi()
	if err != nil {
		return t.syntaks(err)
	}
	return &tiltak.FeltFeil{Felt: string(t.sti), Verdi: kort(verdiTekst(raw)), Grunn: "feil type: fikk " + jsonTypeAv(raw) + ", ventet " + ventet, Err: ErrUgyldigJSON}
}

// liste tolker elementene i en liste etter «[» inn i skiven v.
func (t *tolker) liste(v reflect.Value) error {
	maks, navn := t.g.maksFor(t.sti)
	v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	if t.l.hopp() == ']' {
		t.l.pos++
		return nil
	}
	for i := 0; ; i++ {
		if maks > 0 && i == maks {
			return &tiltak.FeltFeil{Felt: t.felt("[" + strconv.Itoa(i) + "]"),
				Grunn: fmt.Sprintf("listen har flere enn %d elementer; grensen er %d %s", maks, maks, navn), Err: ErrOverGrense}
		}
		v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		n := t.innIndeks(i)
		if _, err := t.verdi(v.Index(i)); err != nil {
			return err
		}
		t.ut(n)
		if ferdig, err := t.nesteElement(); err != nil || ferdig {
			return err
		}
	}
}

// maksFor gir grensen for listen på stien (0 for ingen grense) og navnet på
// grensen.
func (g Grenser) maksFor(sti []byte) (int, string) {
	s := string(sti)
	if i := strings.IndexByte(s, '.'); i >= 0 && strings.HasPrefix(s, "[") {
		s = s[i+1:]
	} else if strings.HasPrefix(s, "[") {
		return 0, ""
	}
	switch s {
	case "tiltak":
		return g.MaksTiltak, "tiltakskoder per sak (maks-tiltak)"
	case "avtaler":
		return g.MaksAvtaler, "avtaler per sak (maks-avtaler)"
	case "tidligere":
		return g.MaksTidligere, "tidligere perioder per sak (maks-tidligere)"
	case "sporsmal":
		return antallSporsmal, sporsmalGrense
	}
	return 0, ""
}

// tiltakssett tolker en liste av tiltakskoder (null er et ukjent sett) med
// indeks på hver kode.
func (t *tolker) tiltakssett(v reflect.Value) (bool, error) {
	switch t.l.hopp() {
	case 'n':
		if err := t.l.literal("null"); err != nil {
			return false, t.syntaks(err)
		}
		v.SetZero()
		return true, nil
	case '[':
		t.l.pos++
	default:
		return false, t.typeFeil("en liste av tiltakskoder")
	}
	sett := tiltak.TomtTiltakssett()
	if t.l.hopp() == ']' {
		t.l.pos++
		v.Set(reflect.ValueOf(sett))
		return false, nil
	}
	for i := 0; ; i++ {
		var k tiltak.Kode
		n := t.innIndeks(i)
		if _, err := t.blad(reflect.ValueOf(&k).Elem()); err != nil {
			return false, err
		}
		// blad har tolket koden med Kode.UnmarshalText, så Med godtar den.
		var err error
		if sett, err = sett.Med(k); err != nil {
			return false, err
		}
		t.ut(n)
		ferdig, err := t.nesteElement()
		if err != nil {
			return false, err
		}
		if ferdig {
			break
		}
	}
	v.Set(reflect.ValueOf(sett))
	return false, nil
}

// struktur er feltene i en struct slik de heter i JSON.
type struktur struct {
	navn   []string
	indeks [][]int
}

func (s *struktur) finn(navn []byte) int {
	for i, n := range s.navn {
		if string(navn) == n {
			return i
		}
	}
	return -1
}

// typeInfo er det tolkeren trenger å vite om en Go-type: om den er et
// blad (tolker seg selv), og feltene når den er en struct.
type typeInfo struct {
	blad     bool
	struktur *struktur
}

// typer har typeInfo for hver type en sak kan inneholde. Tabellen bygges én
// gang når pakken lastes og endres aldri; den sparer refleksjonsoppslag
// (Implements) per verdi.
var typer = byggTyper(reflect.TypeFor[Sak]())

// byggTyper gir typeInfo for typ og for hver type den når gjennom felt,
// skiver og pekere, men ikke inn i typer som tolker seg selv.
func byggTyper(typ reflect.Type) map[reflect.Type]*typeInfo {
	m := map[reflect.Type]*typeInfo{}
	var besok func(typ reflect.Type)
	besok = func(typ reflect.Type) {
		if _, ok := m[typ]; ok {
			return
		}
		info := lagTypeInfo(typ)
		m[typ] = info
		if info.blad || typ == typeTiltakssett {
			return
		}
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			besok(typ.Elem())
		case reflect.Struct:
			for _, indeks := range info.struktur.indeks {
				besok(typ.FieldByIndex(indeks).Type)
			}
		}
	}
	besok(typ)
	return m
}

func lagTypeInfo(typ reflect.Type) *typeInfo {
	info := &typeInfo{blad: erBlad(typ)}
	if !info.blad && typ.Kind() == reflect.Struct {
		info.struktur = lagStruktur(typ)
	}
	return info
}

// infoFor gir typeInfo fra tabellen, eller lager den.
func infoFor(typ reflect.Type) *typeInfo {
	if info, ok := typer[typ]; ok {
		return info
	}
	return lagTypeInfo(typ)
}

// lagStruktur gir feltene i typen, med felt fra innebygde structer flatet
// ut som encoding/json gjør.
func lagStruktur(typ reflect.Type) *struktur {
	s := &struktur{}
	var samle func(typ reflect.Type, foran []int)
	samle = func(typ reflect.Type, foran []int) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			navn, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if navn == "-" || (!f.IsExported() && !f.Anonymous) {
				continue
			}
			indeks := append(append([]int(nil), foran...), i)
			if f.Anonymous && navn == "" && f.Type.Kind() == reflect.Struct {
				samle(f.Type, indeks)
				continue
			}
			if !f.IsExported() {
				continue
			}
			if navn == "" {
				navn = f.Name
			}
			s.navn = append(s.navn, navn)
			s.indeks = append(s.indeks, indeks)
		}
	}
	samle(typ, nil)
	return s
}

// objekt tolker feltene i et objekt etter «{» inn i structen v.
func (t *tolker) objekt(v reflect.Value) error {
	s := infoFor(v.Type()).struktur
	var sett [64]bool // feltene som er sett; en struct med flere felt får en skive
	settFelt := sett[:]
	if len(s.navn) > len(sett) {
		settFelt = make([]bool, len(s.navn))
	}
	if t.l.hopp() == '}' {
		t.l.pos++
		return nil
	}
	for {
		navn, err := t.l.feltnavn()
		if err != nil {
			return t.syntaks(err)
		}
		i := s.finn(navn)
		if i < 0 {
			grunn := "ukjent felt"
			for _, n := range s.navn {
				if strings.EqualFold(n, string(navn)) {
					grunn = "ukjent felt; feltnavn skiller mellom store og små bokstaver (mente du «" + n + "»?)"
					break
				}
			}
			return &tiltak.FeltFeil{Felt: t.felt(nokkel(string(navn))), Grunn: grunn, Err: ErrUgyldigJSON}
		}
		if settFelt[i] {
			return &tiltak.FeltFeil{Felt: t.felt(s.navn[i]), Grunn: "feltet står mer enn én gang i samme objekt", Err: ErrUgyldigJSON}
		}
		settFelt[i] = true
		n := t.inn(s.navn[i])
		if err := t.l.forvent(':', "etter et feltnavn (ventet «:»)"); err != nil {
			return t.syntaks(err)
		}
		if _, err := t.verdi(v.FieldByIndex(s.indeks[i])); err != nil {
			return err
		}
		t.ut(n)
		switch t.l.hopp() {
		case ',':
			t.l.pos++
		case '}':
			t.l.pos++
			return nil
		default:
			return t.syntaks(t.l.uventet("etter et felt (ventet «,» eller «}»)"))
		}
	}
}

// blad tolker én verdi med typens egen tolking og gir feilen med stien. Den
// sier om verdien var null.
func (t *tolker) blad(v reflect.Value) (bool, error) {
	raw, err := t.l.verdi()
	if err != nil {
		return false, t.syntaks(err)
	}
	typ := v.Type()
	tall := typ == typeDesimal || typ == typeNullDesimal
	switch typ.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		tall = true
	}
	if tall {
		if n := len(bytes.Trim(raw, `"`)); n > t.g.MaksTallTegn {
			return false, &tiltak.FeltFeil{Felt: string(t.sti), Verdi: kort(verdiTekst(raw)),
				Grunn: fmt.Sprintf("tallet har %d tegn; grensen er %d tegn (maks-tall-tegn)", n, t.g.MaksTallTegn), Err: ErrOverGrense}
		}
	}
	if err := tolkBlad(v, raw); err != nil {
		return false, t.verdiFeil(err, typ, raw)
	}
	if tall {
		if err := t.sjekkEksponent(v, raw); err != nil {
			return false, err
		}
	}
	return string(raw) == "null", nil
}

// tolkBlad tolker raw (én gyldig JSON-verdi) inn i v slik json.Unmarshal
// gjør, men uten en ny dekoder per verdi for de vanlige formene: en type med
// UnmarshalJSON får raw direkte, og en tekst uten escape-sekvenser går rett
// til UnmarshalText eller inn i en string. Et dokument med mange små verdier
// (1 MiB tiltakskoder i deltar_i) koster da noen titalls millisekunder, ikke
// hundrevis.
func tolkBlad(v reflect.Value, raw []byte) error {
	p := v.Addr().Interface()
	if u, ok := p.(json.Unmarshaler); ok {
		return u.UnmarshalJSON(raw)
	}
	if n := len(raw); n >= 2 && raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		innhold := raw[1 : n-1]
		if u, ok := p.(encoding.TextUnmarshaler); ok {
			return u.UnmarshalText(innhold)
		}
		if v.Kind() == reflect.String {
			v.SetString(string(innhold))
			return nil
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(p)
}

// verdiTekst gir en JSON-verdi som tekst: innholdet i en JSON-streng, ellers
// verdien slik den står.
func verdiTekst(raw []byte) string {
	var s string
	if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// sjekkEksponent avviser et desimaltall med en eksponent større enn
// MaksTallTegn («1e999999999»): et slikt tall er billig å lagre, men hver
// sammenligning med det regner ut 10^eksponenten.
func (t *tolker) sjekkEksponent(v reflect.Value, raw []byte) error {
	var d decimal.Decimal
	switch x := v.Interface().(type) {
	case decimal.Decimal:
		d = x
	case decimal.NullDecimal:
		d = x.Decimal
	default:
		return nil
	}
	if e := int(d.Exponent()); e > t.g.MaksTallTegn || e < -t.g.MaksTallTegn {
		return &tiltak.FeltFeil{Felt: string(t.sti), Verdi: kort(string(raw)),
			Grunn: fmt.Sprintf("eksponenten %d er utenfor ±%d (maks-tall-tegn)", e, t.g.MaksTallTegn), Err: ErrOverGrense}
	}
	return nil
}

// verdiFeil gjør feilen fra en verdis tolking til en *tiltak.FeltFeil med
// stien, en kort verdi og en norsk grunn.
func (t *tolker) verdiFeil(err error, typ reflect.Type, raw []byte) error {
	fe := &tiltak.FeltFeil{Felt: string(t.sti), Verdi: kort(verdiTekst(raw)), Err: err}
	var ff *tiltak.FeltFeil
	var df *tiltak.DatoFeil
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &ff):
		fe.Grunn, fe.Err = ff.Grunn, ff.Err
		if ff.Verdi != "" {
			fe.Verdi = kort(ff.Verdi)
		}
		if fe.Err == nil {
			fe.Err = ErrUgyldigSak
		}
	case errors.As(err, &df):
		fe.Grunn = df.Grunn
		if df.Tekst != "" {
			fe.Verdi = kort(df.Tekst)
		}
	case errors.As(err, &te):
		fe.Grunn, fe.Err = "feil type: fikk "+jsonType(te.Value)+", ventet "+forventet(typ), ErrUgyldigJSON
	case typ == typeDesimal || typ == typeNullDesimal:
		fe.Grunn, fe.Err = "ugyldig desimaltall; ventet sifre med punktum som desimaltegn, som tekst eller tall, for eksempel \"35000.50\"", ErrUgyldigSak
	default:
		fe.Grunn, fe.Err = "ugyldig verdi; ventet "+forventet(typ), ErrUgyldigSak
	}
	return fe
}

// jsonType gir JSON-typen encoding/json oppgir i en UnmarshalTypeError på norsk.
func jsonType(v string) string {
	switch {
	case v == "string":
		return "tekst"
	case strings.HasPrefix(v, "number"):
		return "et tall"
	case v == "bool":
		return "true eller false"
	case v == "array":
		return "en liste"
	case v == "object":
		return "et objekt"
	}
	return "en annen type"
}

// forventet beskriver på norsk verdien en type tar imot.
func forventet(typ reflect.Type) string {
	switch {
	case typ == typeDesimal || typ == typeNullDesimal:
		return "et desimaltall som tekst eller tall, for eksempel \"35000.50\""
	case typ == reflect.TypeFor[tiltak.Dato]():
		return "en dato som tekst, ÅÅÅÅ-MM-DD"
	case typ == reflect.TypeFor[tiltak.Kode]():
		return "en tiltakskode som tekst"
	case reflect.PointerTo(typ).Implements(typeTekst) || typ.Kind() == reflect.String:
		return "tekst"
	case typ.Kind() == reflect.Bool:
		return "true eller false"
	}
	return "et tall"
}

// kort gir s uendret når den har høyst 96 tegn, og ellers de 64 første
// tegnene, «…» og lengden, så en feilmelding aldri gjentar en stor verdi.
// Et resultat av kort endres ikke av kort.
func kort(s string) string {
	const maks = 64
	if len(s) <= 96 || utf8.RuneCountInString(s) <= 96 {
		return s
	}
	n := 0
	for i := range s {
		if n == maks {
			return s[:i] + fmt.Sprintf("… (%d tegn)", utf8.RuneCountInString(s))
		}
		n++
	}
	return s
}

// kortGrunn gir s med høyst 300 tegn, for tekster som kan inneholde en verdi.
func kortGrunn(s string) string {
	const maks = 300
	if len(s) <= maks {
		return s
	}
	n := 0
	for i := range s {
		if n == maks {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// nokkel gir et ukjent feltnavn slik det står i en sti: kortet ned, og i
// anførselstegn når det er tomt eller har tegn som ellers skiller ledd i
// stien.
func nokkel(navn string) string {
	if navn == "" || strings.ContainsAny(navn, ".[]\"\\") || !utf8.ValidString(navn) {
		return strconv.Quote(kort(navn))
	}
	return kort(navn)
}
