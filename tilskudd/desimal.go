package tilskudd

import (
	"math"
	"math/big"
	"math/bits"
	"reflect"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Denne fila er regnemaskinen bak de raske veiene: et eksakt desimaltall
// k × 10^e med k i int64 (tall), kontrollerte regneoperasjoner som sier fra
// i stedet for å flyte over, og en bygger som lager decimal.Decimal-verdiene
// i svaret med én allokering for alle.
//
// Regelen er enkel: hver operasjon gir ok = false når resultatet ikke kan
// holdes eksakt i int64 (for stort tall, for mange desimaler). Da tar
// kalleren den eksakte desimalveien (shopspring/decimal) for hele
// beregningen. Den raske veien gir derfor enten nøyaktig samme svar som
// desimalveien eller ikke noe svar; FuzzKostnadskjede, FuzzRefusjonRask og
// FuzzPerioderRask sammenligner de to.

// maksDesimaler er det største antallet desimaler et tall i den raske veien
// kan ha. 10^18 er den største tierpotensen i int64.
const maksDesimaler = 18

var tierpotens = func() (p [maksDesimaler + 1]int64) {
	p[0] = 1
	for i := 1; i <= maksDesimaler; i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// tall er det eksakte desimaltallet k × 10^e, med -maksDesimaler ≤ e ≤ 0 og
// k ≠ math.MinInt64 (så -k alltid finnes). Nullverdien er 0.
type tall struct {
	k int64
	e int32
}

// heltall gir n som tall.
func heltall(n int64) tall { return tall{k: n} }

// lesTall gir d som tall, og false når koeffisienten ikke får plass i int64
// (eller er math.MinInt64) eller tallet har flere enn maksDesimaler
// desimaler. Lesingen allokerer ikke.
func lesTall(d decimal.Decimal) (tall, bool) { return lesTallMed(d, oppsettStemmer) }

// lesTallMed er lesTall; direkte sier om koeffisienten kan leses direkte
// (oppsettStemmer), ellers brukes NumDigits og CoefficientInt64.
func lesTallMed(d decimal.Decimal, direkte bool) (tall, bool) {
	var k int64
	if direkte {
		// Les koeffisienten direkte (se desimalOppsett); NumDigits er
		// mange ganger tregere og brukes bare når oppsettet er ukjent.
		v := (*desimalOppsett)(unsafe.Pointer(&d)).value
		if v != nil {
			if !v.IsInt64() {
				return tall{}, false
			}
			if k = v.Int64(); k == math.MinInt64 {
				return tall{}, false
			}
		}
	} else {
		if d.NumDigits() > 18 {
			return tall{}, false
		}
		k = d.CoefficientInt64()
	}
	e := d.Exponent()
	switch {
	case e > 0:
		if e > maksDesimaler {
			return tall{}, k == 0
		}
		return mulInt(k, tierpotens[e], 0)
	case e < -maksDesimaler:
		return tall{}, false
	}
	return tall{k: k, e: e}, true
}

// lesNull er lesTall for en oppgitt verdi; en manglende verdi gir false.
func lesNull(n decimal.NullDecimal) (tall, bool) {
	if !n.Valid {
		return tall{}, false
	}
	return lesTall(n.Decimal)
}

// mulInt gir a × b med eksponent e, og false ved overflyt.
func mulInt(a, b int64, e int32) (tall, bool) {
	if a == 0 || b == 0 {
		return tall{}, true
	}
	ua, ub := uabs(a), uabs(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > math.MaxInt64 {
		return tall{}, false
	}
	k := int64(lo)
	if (a < 0) != (b < 0) {
		k = -k
	}
	return tall{k: k, e: e}, true
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// mul gir a × b eksakt, og false ved overflyt eller for mange desimaler.
func (a tall) mul(b tall) (tall, bool) {
	e := a.e + b.e
	if e < -maksDesimaler {
		// Prøv å fjerne avsluttende nuller før vi gir opp.
		a, b = a.normal(), b.normal()
		e = a.e + b.e
		if e < -maksDesimaler {
			return tall{}, false
		}
	}
	return mulInt(a.k, b.k, e)
}

// skalert gir koeffisienten til a ved eksponenten e ≤ a.e.
func (a tall) skalert(e int32) (int64, bool) {
	d := a.e - e
	if d == 0 || a.k == 0 {
		return a.k, true
	}
	if d > maksDesimaler {
		return 0, false
	}
	t, ok := mulInt(a.k, tierpotens[d], 0)
	return t.k, ok
}

// add gir a + b eksakt, og false ved overflyt.
func (a tall) add(b tall) (tall, bool) {
	e := min(a.e, b.e)
	ka, ok1 := a.skalert(e)
	kb, ok2 := b.skalert(e)
	if !ok1 || !ok2 {
		return tall{}, false
	}
	s := ka + kb
	if (ka > 0 && kb > 0 && s < 0) || (ka < 0 && kb < 0 && s >= 0) || s == math.MinInt64 {
		return tall{}, false
	}
	return tall{k: s, e: e}, true
}

// neg gir -a.
func (a tall) neg() tall { return tall{k: -a.k, e: a.e} }

// sub gir a − b eksakt, og false ved overflyt.
func (a tall) sub(b tall) (tall, bool) { return a.add(b.neg()) }

// cmp sammenligner a og b: -1, 0 eller 1. ok er false når tallene ikke kan
// sammenlignes i int64 (da må kalleren bruke desimalveien).
func (a tall) cmp(b tall) (int, bool) {
	if sa, sb := sign(a.k), sign(b.k); sa != sb || sa == 0 {
		return sign(int64(sa - sb)), true // fortegnene avgjør
	}
	e := min(a.e, b.e)
	ka, ok1 := a.skalert(e)
	kb, ok2 := b.skalert(e)
	if !ok1 || !ok2 {
		return 0, false
	}
	switch {
	case ka < kb:
		return -1, true
	case ka > kb:
		return 1, true
	}
	return 0, true
}

func sign(k int64) int {
	switch {
	case k < 0:
		return -1
	case k > 0:
		return 1
	}
	return 0
}

// normal gir a uten avsluttende nuller i koeffisienten (e så høy som mulig,
// høyst 0), så to like tall har samme k og e.
func (a tall) normal() tall {
	if a.k == 0 {
		return tall{}
	}
	for a.e < 0 && a.k%10 == 0 {
		a.k /= 10
		a.e++
	}
	return a
}

// rundHalvtOpp gir ⌊a + 1/2⌋ (halvt mot +∞), som RundHalvtOpp.
func (a tall) rundHalvtOpp() int64 {
	if a.e >= 0 {
		return a.k
	}
	d := tierpotens[-a.e]
	q, r := a.k/d, a.k%d
	if r < 0 { // gulvdivisjon
		q--
		r += d
	}
	if 2*r >= d {
		q++
	}
	return q
}

// kutt gir heltallsdelen av a mot null, som (int) i Java.
func (a tall) kutt() int64 {
	if a.e >= 0 {
		return a.k
	}
	return a.k / tierpotens[-a.e]
}

// prosent gir a × p / 100 eksakt.
func (a tall) prosent(p tall) (tall, bool) {
	if p.e-2 < -maksDesimaler {
		p = p.normal()
	}
	return a.mul(tall{k: p.k, e: p.e - 2})
}

// mulDivRund gir ⌊a × b / d + 1/2⌋ for a, b ≥ 0 og d > 0, med 128 biters
// mellomresultat, og false når svaret ikke får plass i int64.
func mulDivRund(a, b, d uint64) (int64, bool) {
	hi, lo := bits.Mul64(a, b)
	if hi >= d {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, d)
	if r >= d-r { // 2r ≥ d uten overflyt
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// Å bygge decimal.Decimal-verdier.
//
// decimal.New(k, e) allokerer to ganger per verdi (big.Int og ordet den
// peker på). Et svar med tjue beløp ville da koste førti allokeringer, mer
// tid enn selve regnestykket. desimalbygger legger i stedet alle verdiene i
// én blokk: hver celle har en big.Int og plass til koeffisienten, og en
// decimal.Decimal som peker på cellen lages uten kopi.
//
// decimal.Decimal har ingen konstruktør som tar en *big.Int uten å kopiere
// den, så desimalMed skriver feltene direkte, og lesTall leser
// koeffisienten direkte (NumDigits og CoefficientInt64 er tregere). Det
// forutsetter at decimal.Decimal er struct{ value *big.Int; exp int32 },
// slik den er i v1.6.0. oppsettStemmer sjekker det med reflect ved oppstart
// (feltnavn, typer, forskyvninger og en prøveverdi); stemmer det ikke (en
// annen versjon av pakken), brukes decimal.New og NumDigits, som er like
// riktige men tregere. decimal.Decimal er uforanderlig: ingen metode endrer verdien den
// peker på, så cellene kan deles trygt. TestDesimaloppsett feiler hvis
// sjekken slår feil, så en ny versjon av pakken ikke stille gjør alt tregere.

type desimalOppsett struct {
	value *big.Int
	exp   int32
}

var oppsettStemmer = sjekkOppsett()

func sjekkOppsett() bool {
	t, o := reflect.TypeFor[decimal.Decimal](), reflect.TypeFor[desimalOppsett]()
	if t.Size() != o.Size() || t.NumField() != o.NumField() {
		return false
	}
	for i := range t.NumField() {
		a, b := t.Field(i), o.Field(i)
		if a.Name != b.Name || a.Type != b.Type || a.Offset != b.Offset {
			return false
		}
	}
	var v big.Int
	v.SetInt64(-12345)
	d := desimalMed(&v, -2)
	return d.String() == "-123.45" && d.Equal(decimal.New(-12345, -2)) && d.Exponent() == -2
}

// desimalMed gir decimal.Decimal v × 10^exp som peker på v (uten kopi).
// Bare når oppsettStemmer.
func desimalMed(v *big.Int, exp int32) decimal.Decimal {
	o := desimalOppsett{value: v, exp: exp}
	return *(*decimal.Decimal)(unsafe.Pointer(&o))
}

// celle er plassen til én verdi: big.Int-en og ordene den bruker (to ord,
// så en int64 får plass også der big.Word er 32 biter).
type celle struct {
	v big.Int
	w [2]big.Word
}

type kjentDesimal struct {
	t tall
	d decimal.Decimal
}

// desimalbygger lager decimal.Decimal-verdier av tall. Like verdier deles
// (samme peker), null er decimal.Zero, og verdier kalleren har meldt inn med
// kjenn (for eksempel et beløp fra inndataene) brukes om igjen. Nye verdier
// legges i én blokk som allokeres første gang den trengs.
type desimalbygger struct {
	celler []celle
	kjente [16]kjentDesimal
	antall int
	plass  int  // størrelsen på neste blokk
	kopier bool // lag verdiene med decimal.New (når oppsettet ikke stemmer)
}

func nyDesimalbygger(plass int) desimalbygger {
	return desimalbygger{plass: plass, kopier: !oppsettStemmer}
}

// kjenn melder inn en verdi som finnes fra før, så lag kan gi den tilbake.
func (b *desimalbygger) kjenn(t tall, d decimal.Decimal) {
	t = t.normal()
	for i := range b.antall {
		if b.kjente[i].t == t {
			return
		}
	}
	if b.antall < len(b.kjente) {
		b.kjente[b.antall] = kjentDesimal{t, d}
		b.antall++
	}
}

// reserver setter størrelsen på neste blokk til antallet ulike verdier i ts
// som ikke er 0 og ikke er kjent, så blokken blir akkurat stor nok.
func (b *desimalbygger) reserver(ts ...tall) {
	var sett [24]tall
	n := 0
neste:
	for _, t := range ts {
		t = t.normal()
		if t.k == 0 {
			continue
		}
		for i := range b.antall {
			if b.kjente[i].t == t {
				continue neste
			}
		}
		for i := range n {
			if sett[i] == t {
				continue neste
			}
		}
		if n == len(sett) {
			break
		}
		sett[n] = t
		n++
	}
	b.plass = n
}

// lag gir t som decimal.Decimal.
func (b *desimalbygger) lag(t tall) decimal.Decimal {
	t = t.normal()
	if t.k == 0 {
		return decimal.Zero
	}
	for i := range b.antall {
		if b.kjente[i].t == t {
			return b.kjente[i].d
		}
	}
	var d decimal.Decimal
	if !b.kopier {
		if len(b.celler) == 0 {
			b.celler = make([]celle, max(b.plass, 1))
		}
		c := &b.celler[0]
		b.celler = b.celler[1:]
		c.v.SetBits(c.w[:0])
		c.v.SetInt64(t.k)
		d = desimalMed(&c.v, t.e)
	} else {
		d = decimal.New(t.k, t.e)
	}
	b.kjenn(t, d)
	return d
}

// lagHel gir heltallet n som decimal.Decimal.
func (b *desimalbygger) lagHel(n int64) decimal.Decimal { return b.lag(heltall(n)) }
