package tilskudd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Testene i denne fila beviser at den raske veien (eksakte heltall i int64,
// desimal.go) gir nøyaktig det samme som desimalveien (shopspring/decimal),
// eller ikke noe svar, så desimalveien regner. Ingen inndata gir feil penger.

// TestDesimaloppsett: desimalbyggeren skriver decimal.Decimal direkte, og
// det forutsetter oppsettet i shopspring/decimal v1.6.0. Feiler denne, er
// pakken oppdatert: svarene er fortsatt riktige (decimal.New brukes), men
// allokeringene øker. Sjekk desimalOppsett mot den nye versjonen.
func TestDesimaloppsett(t *testing.T) {
	if !oppsettStemmer {
		t.Fatal("decimal.Decimal har ikke oppsettet desimalMed forutsetter; den raske veien allokerer per verdi")
	}
	for _, kopier := range []bool{false, true} {
		b := nyDesimalbygger(2)
		b.kopier = kopier
		for _, c := range []struct {
			t    tall
			want string
		}{{tall{12345, -2}, "123.45"}, {tall{-7, 0}, "-7"}, {tall{0, -3}, "0"}, {tall{math.MaxInt64, -18}, "9.223372036854775807"},
			{tall{-math.MaxInt64, 0}, "-9223372036854775807"}, {tall{1200, -2}, "12"}, {tall{12345, -2}, "123.45"}} {
			d := b.lag(c.t)
			if d.String() != c.want || !d.Equal(decimal.RequireFromString(c.want)) {
				t.Errorf("kopier=%v: %v gir %v, vil ha %s", kopier, c.t, d, c.want)
			}
		}
	}
	// Like verdier deles, kjente verdier brukes om igjen.
	b := nyDesimalbygger(4)
	inn := decimal.RequireFromString("30000.00")
	b.kjenn(tall{3000000, -2}, inn)
	if d := b.lag(heltall(30000)); d != inn {
		t.Error("en kjent verdi ble ikke brukt om igjen")
	}
	if x, y := b.lag(tall{5, -1}), b.lag(tall{50, -2}); x != y {
		t.Error("like verdier ble ikke delt")
	}
}

// TestTallGrenser: de kontrollerte operasjonene sier fra ved overflyt i
// stedet for å gi feil tall, og rundingen er halvt mot +∞.
func TestTallGrenser(t *testing.T) {
	stor := heltall(math.MaxInt64)
	if _, ok := stor.add(heltall(1)); ok {
		t.Error("MaxInt64 + 1 ga ok")
	}
	if _, ok := stor.neg().sub(heltall(1)); ok {
		t.Error("-MaxInt64 − 1 ga ok (MinInt64 er ikke lov)")
	}
	if _, ok := stor.mul(heltall(2)); ok {
		t.Error("MaxInt64 × 2 ga ok")
	}
	if _, ok := (tall{1, -10}).mul(tall{1, -10}); ok {
		t.Error("20 desimaler ga ok")
	}
	if x, ok := (tall{10, -10}).mul(tall{10, -10}); !ok || x.normal() != (tall{1, -18}) {
		t.Errorf("avsluttende nuller skal fjernes før vi gir opp: %v %v", x, ok)
	}
	if _, ok := (tall{1, -18}).add(heltall(10)); ok {
		t.Error("10 + 10^-18 får ikke plass, men ga ok")
	}
	if c, ok := heltall(-1).cmp(heltall(0)); !ok || c != -1 {
		t.Errorf("cmp(-1, 0) = %d", c)
	}
	if c, ok := heltall(0).cmp(tall{}); !ok || c != 0 {
		t.Errorf("cmp(0, 0) = %d", c)
	}
	if _, ok := heltall(math.MaxInt64).cmp(tall{1, -18}); ok {
		t.Error("sammenligning som ikke får plass, ga ok")
	}
	for _, r := range []struct {
		t    tall
		want int64
	}{{tall{25, -1}, 3}, {tall{-25, -1}, -2}, {tall{-251, -2}, -3}, {tall{24999, -4}, 2}, {tall{5, -1}, 1}, {tall{-5, -1}, 0}, {heltall(7), 7}} {
		if got := r.t.rundHalvtOpp(); got != r.want || !decimal.New(got, 0).Equal(RundHalvtOpp(decimal.New(r.t.k, r.t.e))) {
			t.Errorf("rundHalvtOpp(%v) = %d, vil ha %d", r.t, got, r.want)
		}
	}
	if _, ok := lesTall(decimal.RequireFromString("12345678901234567890")); ok {
		t.Error("20 sifre ga ok")
	}
	if _, ok := lesTall(decimal.RequireFromString("1e-19")); ok {
		t.Error("19 desimaler ga ok")
	}
	if x, ok := lesTall(decimal.New(12, 3)); !ok || x != heltall(12000) {
		t.Errorf("positiv eksponent: %v %v", x, ok)
	}
	if _, ok := lesTall(decimal.New(1, 19)); ok {
		t.Error("10^19 ga ok")
	}
	if _, ok := mulDivRund(math.MaxUint64, math.MaxUint64, 2); ok {
		t.Error("mulDivRund med for stort svar ga ok")
	}
}

// kostnadReferanse er BeregnManed regnet bare med desimalveien.
func kostnadReferanse(g Lonnsgrunnlag, p decimal.Decimal, a Avrunding, mentor bool) Manedstilskudd {
	k := lonnskostnad(g, mentor)
	t, _ := a.ProsentAv(k.Sum, p)
	return Manedstilskudd{Lonnskostnad: k, Prosent: p, Avrunding: a, Tilskudd: t}
}

func likeManed(a, b Manedstilskudd) string { return cmp.Diff(a, b) }

// FuzzKostnadskjede: lønn → feriepenger → OTP → arbeidsgiveravgift →
// prosent → halvt opp til hele kroner, i heltall mot desimal. Lønn og
// prosenter får vilkårlig mange desimaler og går helt opp til MaksKroner, så
// overflytgrensen og .5-punktene prøves. Den raske veien skal enten gi
// samme svar som desimalveien eller si fra (og da gir BeregnManed
// desimalveiens svar).
func FuzzKostnadskjede(f *testing.F) {
	f.Add(int64(30000), uint8(0), int64(12), uint8(0), int64(2), uint8(0), int64(141), uint8(1), int64(40), uint8(0), false, false)
	f.Add(int64(259785), uint8(2), int64(12), uint8(0), int64(2), uint8(0), int64(141), uint8(1), int64(100), uint8(0), true, false)
	f.Add(int64(90), uint8(0), int64(0), uint8(0), int64(0), uint8(0), int64(0), uint8(0), int64(35), uint8(0), false, true)
	f.Add(int64(1_000_000_000_000), uint8(0), int64(100), uint8(0), int64(30), uint8(0), int64(100), uint8(0), int64(100), uint8(0), false, false)
	f.Add(int64(999_999_999_999_999), uint8(3), int64(123456789), uint8(7), int64(29999999), uint8(6), int64(141), uint8(1), int64(6789), uint8(2), false, true)
	f.Add(int64(39105), uint8(0), int64(0), uint8(0), int64(0), uint8(0), int64(0), uint8(0), int64(50), uint8(0), false, false)
	f.Fuzz(func(t *testing.T, lonn int64, ld uint8, fp int64, fd uint8, otp int64, od uint8, aga int64, ad uint8, p int64, pd uint8, mentor, nav bool) {
		g := NyttLonnsgrunnlag(decimal.New(lonn, -int32(ld%20)), decimal.New(fp, -int32(fd%20)),
			decimal.New(otp, -int32(od%20)), decimal.New(aga, -int32(ad%20)))
		prosent := decimal.New(p, -int32(pd%20))
		if g.Valider() != nil || sjekkProsent("prosent", prosent) != nil {
			return
		}
		a := AvrundingDesimal
		if nav {
			a = AvrundingNAV
		}
		ref := kostnadReferanse(g, prosent, a, mentor)
		if rask, ok := beregnManedRask(&g, prosent, a, mentor); ok {
			if d := likeManed(ref, rask); d != "" {
				t.Fatalf("rask vei ≠ desimalvei (-desimal +rask):\n%s", d)
			}
		}
		got, err := beregnManed(g, prosent, a, mentor)
		if err != nil {
			t.Fatal(err)
		}
		if d := likeManed(ref, got); d != "" {
			t.Fatalf("beregnManed ≠ desimalvei (-desimal +fikk):\n%s", d)
		}
	})
}

// TestKostnadskjedeMotDesimal er FuzzKostnadskjede med faste inndata: 200 000
// tilfeldige lønner (fast frø) med satsene NAVs skjema tilbyr
// (nav-praksis § 2f) og prosentene reglene gir, og hvert .5-punkt i
// prosentsteget og i avrundingen av tilleggene for lønn 1–20 000 (med -race
// eller -short: 20 000 lønner og 1–2 000).
func TestKostnadskjedeMotDesimal(t *testing.T) {
	n, baand := 200_000, int64(20_000)
	if testing.Short() || kapplopsdetektor {
		n, baand = 20_000, 2_000
	}
	rng := rand.New(rand.NewPCG(13, 2026))
	fps := []string{"0", "10.2", "12", "12.5", "14.3"}
	agas := []string{"14.1", "10.6", "7.9", "6.4", "5.1", "0"}
	prosenter := []string{"30", "35", "40", "50", "60", "67", "70", "75", "100"}
	sjekk := func(g Lonnsgrunnlag, p decimal.Decimal, a Avrunding, mentor bool) {
		t.Helper()
		ref := kostnadReferanse(g, p, a, mentor)
		rask, ok := beregnManedRask(&g, p, a, mentor)
		if !ok {
			t.Fatalf("den raske veien ga opp for vanlige tall: %+v %v", g, p)
		}
		if d := likeManed(ref, rask); d != "" {
			t.Fatalf("%+v %v %v: (-desimal +rask)\n%s", g, p, a, d)
		}
	}
	for i := range n {
		lonn := decimal.New(rng.Int64N(20_000_000), -2) // 0–200 000 kr med øre
		otp := decimal.New(rng.Int64N(3001), -2)        // 0–30 % med to desimaler
		g := NyttLonnsgrunnlag(lonn, N(fps[i%len(fps)]), otp, N(agas[i%len(agas)]))
		a := AvrundingDesimal
		if i%2 == 1 {
			a = AvrundingNAV
		}
		sjekk(g, N(prosenter[i%len(prosenter)]), a, i%7 == 0)
	}
	// .5-punkter: uten tillegg er lønn × 50 % et .5-punkt for hver odde lønn,
	// og 10 % feriepenger av lønn 5, 15, 25, … gir tillegg på x,5.
	for l := int64(1); l <= baand; l++ {
		sjekk(NyttLonnsgrunnlag(decimal.New(l, 0), N("0"), N("0"), N("0")), N("50"), AvrundingDesimal, false)
		sjekk(NyttLonnsgrunnlag(decimal.New(l, 0), N("0"), N("0"), N("0")), N("35"), AvrundingNAV, false)
		sjekk(NyttLonnsgrunnlag(decimal.New(l, 0), N("10"), N("0"), N("0")), N("40"), AvrundingDesimal, false)
	}
}

// tilfeldigRefusjon lager et refusjonsgrunnlag av fuzz-tall: lønnstilskudd
// med bruttolønn eller inntektslinjer.
func tilfeldigRefusjon(k uint8, lonn, trekk, refunderbart, prosent, tilskudd, utbetalt, minus, tidligere int64, desimaler uint8, linjer bool, korrigert int64) Refusjonsgrunnlag {
	koder := []tiltak.Kode{tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd}
	d := -int32(desimaler % 12)
	g := Refusjonsgrunnlag{
		Tiltak: koder[int(k)%len(koder)], Periode: P("2026-05-01", "2026-05-31"),
		Prosent: decimal.NewNullDecimal(decimal.New(prosent%10001, -2)), Tilskuddsbelop: decimal.NewNullDecimal(decimal.New(tilskudd, d)),
		Ferietrekk: decimal.New(trekk, d), RefunderbartBelop: decimal.New(refunderbart, d),
		ForrigeMinusbelop: decimal.New(minus, 0), UtbetaltIAret: decimal.NewNullDecimal(decimal.New(utbetalt, 0)),
		TidligereUtbetalt:  decimal.New(tidligere, d),
		FeriepengerProsent: NP("12"), OTPProsent: decimal.NewNullDecimal(decimal.New(prosent%3001, -2)), ArbeidsgiveravgiftProsent: NP("14.1"),
		Korreksjon: trekk%2 == 0, TiltaketSlutter: refunderbart%3 == 0, FerietrekkAlleredeTrukket: tilskudd%5 == 0,
	}
	if korrigert != 0 {
		g.KorrigertBruttolonn = decimal.NewNullDecimal(decimal.New(korrigert, d))
	}
	if !linjer {
		g.Bruttolonn = decimal.NewNullDecimal(decimal.New(lonn, d))
		return g
	}
	mnd := KalendermanedFor(g.Periode.Fra)
	g.Inntektslinjer = []Inntektslinje{
		{Inntektstype: InntektstypeLonn, Beskrivelse: "fastloenn", Belop: decimal.NewNullDecimal(decimal.New(lonn, d)), Maned: mnd, OpptjentIPerioden: tiltak.Ja},
		{Inntektstype: InntektstypeLonn, Beskrivelse: "timeloenn", Belop: decimal.NewNullDecimal(decimal.New(lonn/3, d-2)), Maned: mnd, OpptjentIPerioden: tiltak.Ja},
		{Inntektstype: InntektstypeLonn, Beskrivelse: "overtidsgodtgjoerelse", Belop: decimal.NewNullDecimal(decimal.New(lonn/7, d)), Maned: mnd, OpptjentIPerioden: tiltak.Ja},
		{Inntektstype: InntektstypeLonn, Beskrivelse: BeskrivelseFerietrekk, Belop: decimal.NewNullDecimal(decimal.New(-trekk, d)), Maned: mnd},
	}
	return g
}

// FuzzRefusjonRask: refusjonen i heltall mot desimal, med bruttolønn og med
// inntektslinjer, alle tak, negative beløp, korreksjoner og beløp opp mot
// MaksKroner. Den raske veien skal gi nøyaktig desimalveiens svar eller gi opp.
func FuzzRefusjonRask(f *testing.F) {
	f.Add(uint8(0), int64(30000), int64(0), int64(0), int64(4000), int64(15642), int64(0), int64(0), int64(0), uint8(0), false, int64(0))
	f.Add(uint8(1), int64(40000), int64(5000), int64(1000), int64(7500), int64(39104), int64(650800), int64(-200), int64(100), uint8(2), true, int64(39000))
	f.Add(uint8(3), int64(999_999_999_999), int64(999_999_999_999), int64(0), int64(10000), int64(999_999_999_999), int64(0), int64(0), int64(0), uint8(0), true, int64(0))
	f.Add(uint8(2), int64(1000), int64(5000), int64(0), int64(4000), int64(1), int64(0), int64(0), int64(0), uint8(11), true, int64(0))
	f.Fuzz(func(t *testing.T, k uint8, lonn, trekk, refunderbart, prosent, tilskudd, utbetalt, minus, tidligere int64, desimaler uint8, linjer bool, korrigert int64) {
		g := tilfeldigRefusjon(k, lonn, trekk, refunderbart, prosent, tilskudd, utbetalt, minus, tidligere, desimaler, linjer, korrigert)
		if g.Valider() != nil {
			return
		}
		var vurdert []Linjevurdering
		if g.Inntektslinjer != nil {
			var err error
			if vurdert, err = vurderLinjer(&g); err != nil {
				t.Fatal(err)
			}
		}
		gb, _ := G(g.Periode.Fra)
		var ref, rask Refusjon
		lonnstilskuddDesimal(&g, vurdert, gb, &ref)
		ref.Inntektslinjer = vurdert
		if lonnstilskuddRask(&g, vurdert, gb, &rask) {
			rask.Inntektslinjer = vurdert
			if d := cmp.Diff(ref, rask); d != "" {
				t.Fatalf("rask vei ≠ desimalvei (-desimal +rask):\n%s", d)
			}
		}
		got, err := BeregnRefusjon(g)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(ref, got); d != "" {
			t.Fatalf("BeregnRefusjon ≠ desimalvei (-desimal +fikk):\n%s", d)
		}
	})
}

// FuzzPerioderRask: tilskuddsperiodene i heltall mot desimal, for alle
// tiltak med prosentplan og begge avrundingsreglene.
func FuzzPerioderRask(f *testing.F) {
	f.Add(uint8(0), int64(19000), int64(800), uint8(2), int64(3000000), uint8(2), int64(12), int64(2), int64(141), int64(75), false)
	f.Add(uint8(3), int64(20666), int64(1460), uint8(0), int64(90), uint8(0), int64(0), int64(0), int64(0), int64(70), true)
	f.Add(uint8(4), int64(20000), int64(61), uint8(0), int64(259785), uint8(2), int64(12), int64(2), int64(141), int64(100), false)
	f.Add(uint8(1), int64(19000), int64(2000), uint8(0), int64(1_000_000_000_000), uint8(0), int64(1000), int64(300), int64(1000), int64(67), true)
	koder := []tiltak.Kode{tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd, tiltak.Mentor}
	f.Fuzz(func(t *testing.T, k uint8, startDag, lengde int64, gruppe uint8, lonn int64, ld uint8, fp, otp, aga, prosent int64, nav bool) {
		start := D("2016-01-01").AddDays(int(uint64(startDag) % 7000))
		a := Avtale{Tiltak: koder[int(k)%len(koder)], Periode: tiltak.Periode{Fra: start, Til: start.AddDays(int(uint64(lengde) % 2000))},
			Innsatsgruppe: tiltak.Innsatsgruppe(gruppe % 6), AvtaltProsent: decimal.NewNullDecimal(decimal.New(prosent%80, 0))}
		// Der lovlaget gir prosenten (fast prosent eller timelønn), er den
		// ikke avtalt; prosenten velges da av innsatsgruppen.
		if s, err := regler.SatsFor(a.Tiltak, start); err == nil && s.Type() != regler.MaksProsent {
			a.AvtaltProsent = decimal.NullDecimal{}
		}
		plan, err := NySatsplan(a)
		if err != nil {
			return
		}
		g := NyttLonnsgrunnlag(decimal.New(lonn, -int32(ld%6)), decimal.New(fp, -1), decimal.New(otp, -1), decimal.New(aga, -1))
		avr := AvrundingDesimal
		if nav {
			avr = AvrundingNAV
		}
		got, err := Tilskuddsperioder(plan, g, avr)
		if err != nil {
			return
		}
		ref := appendPerioderDesimal(nil, &plan, &g, avr)
		if d := cmp.Diff(ref, got); d != "" {
			t.Fatalf("Tilskuddsperioder ≠ desimalvei (-desimal +fikk):\n%s", d)
		}
	})
}

// FuzzBelopIManed: beløpet for en del av en måned i heltall mot desimal,
// også for månedsbeløp med øre og store beløp.
func FuzzBelopIManed(f *testing.F) {
	f.Add(int64(15642), uint8(0), int64(100), uint8(17))
	f.Add(int64(7321), uint8(0), int64(300), uint8(1))
	f.Add(int64(999_999_999_999), uint8(0), int64(5), uint8(30))
	f.Add(int64(123456789), uint8(4), int64(40), uint8(28))
	f.Fuzz(func(t *testing.T, m int64, md uint8, dag int64, dager uint8) {
		if m < 0 {
			m = -m
		}
		fra := D("2024-01-01").AddDays(int(uint64(dag) % 1000))
		til := fra.AddDays(int(dager % 31))
		if til.After(fra.SisteIManed()) {
			til = fra.SisteIManed()
		}
		p := tiltak.Periode{Fra: fra, Til: til}
		belop := decimal.New(m, -int32(md%14))
		ref := belopIManedDesimal(p, belop)
		if mt, ok := lesTall(belop); ok {
			if got, ok := belopIManedTall(p, mt); ok && !decimal.New(got.k, got.e).Equal(ref) {
				t.Fatalf("%v × %v: heltall %v, desimal %v", p, belop, got, ref)
			}
		}
		if sjekkBelop("manedsbelop", belop, true) == nil {
			got, err := BelopForPeriode(p, belop)
			if err != nil || !got.Equal(ref) {
				t.Fatalf("BelopForPeriode %v × %v = %v, desimal %v (%v)", p, belop, got, ref, err)
			}
		}
	})
}

// TestAllokeringerPenger vakter mot at den raske veien begynner å allokere
// per beløp igjen (issue 13: høyst 10 allokeringer for én måneds refusjon).
func TestAllokeringerPenger(t *testing.T) {
	g := grunnlag()
	if n := testing.AllocsPerRun(200, func() { _, _ = BeregnRefusjon(g) }); n > 3 {
		t.Errorf("BeregnRefusjon allokerer %v ganger, vil ha høyst 3", n)
	}
	v := grunnlag()
	v.Tiltak, v.Periode, v.Prosent, v.UtbetaltIAret = tiltak.VarigLonnstilskudd, P("2026-05-01", "2026-05-31"), NP("75"), NP("650800")
	if n := testing.AllocsPerRun(200, func() { _, _ = BeregnRefusjon(v) }); n > 3 {
		t.Errorf("BeregnRefusjon (varig, 5G) allokerer %v ganger, vil ha høyst 3", n)
	}
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2024-01-15", "2025-01-14"), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
	if err != nil || len(plan.Trinn) == 0 {
		t.Fatalf("satsplanen: %v", err)
	}
	buf := make([]Tilskuddsperiode, 0, 32)
	if n := testing.AllocsPerRun(200, func() { _, _ = AppendTilskuddsperioder(buf[:0], plan, standardsatser, AvrundingDesimal) }); n > 1 {
		t.Errorf("AppendTilskuddsperioder allokerer %v ganger, vil ha høyst 1", n)
	}
	p40 := N("40")
	if n := testing.AllocsPerRun(200, func() { _, _ = BeregnManed(standardsatser, p40, AvrundingDesimal) }); n > 1 {
		t.Errorf("BeregnManed allokerer %v ganger, vil ha høyst 1", n)
	}
	if n := testing.AllocsPerRun(200, func() { _ = g.Valider() }); n != 0 {
		t.Errorf("Refusjonsgrunnlag.Valider allokerer %v ganger for gyldige inndata", n)
	}
}

// Eksempel på at fuzz-hjelperen gir gyldige grunnlag (ellers prøver
// fuzzingen ingenting).
func TestTilfeldigRefusjonErGyldig(t *testing.T) {
	for i, l := range []bool{false, true} {
		g := tilfeldigRefusjon(uint8(i), 30000, 5001, 1, 4000, 15642, 0, 0, 0, 2, l, 0)
		if err := g.Valider(); err != nil {
			t.Fatal(fmt.Sprint(l, err))
		}
	}
}

// TestLesTallToVeier: å lese koeffisienten direkte gir det samme som
// NumDigits og CoefficientInt64, også ved grensene for int64.
func TestLesTallToVeier(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "30000.00", "0.141", "-2597.85", "9223372036854775807", "-9223372036854775807",
		"-9223372036854775808", "9223372036854775808", "123456789012345678", "1234567890123456789", "1e-18", "1e-19", "12e3", "1e18", "1e19",
		"0.000000000000000001", "99999999999999999999"} {
		d := decimal.RequireFromString(s)
		a, okA := lesTallMed(d, true)
		b, okB := lesTallMed(d, false)
		if okA && (!decimal.New(a.k, a.e).Equal(d)) {
			t.Errorf("%s: direkte %v", s, a)
		}
		if okB && (!decimal.New(b.k, b.e).Equal(d)) {
			t.Errorf("%s: NumDigits %v", s, b)
		}
		// NumDigits-veien er strengere (høyst 18 sifre), men aldri gal.
		if okB && !okA {
			t.Errorf("%s: NumDigits godtok, direkte ikke", s)
		}
	}
	if _, ok := lesTall(decimal.Decimal{}); !ok {
		t.Error("nullverdien av decimal.Decimal skal leses som 0")
	}
}

// TestReserveveien: inndata som ikke får plass i int64 (store beløp,
// prosenter med mange desimaler, mange trinn) regnes med desimalveien, og
// svaret er det samme som desimalveiens. Ingen gir feil penger.
func TestReserveveien(t *testing.T) {
	mange := "12.345678901234567" // 15 desimaler
	stor := NyttLonnsgrunnlag(N("1000000000000"), N(mange), N("29.999999999"), N("99.99999"))
	for _, a := range []Avrunding{AvrundingDesimal, AvrundingNAV} {
		for _, mentor := range []bool{false, true} {
			if _, ok := beregnManedRask(&stor, N("67"), a, mentor); ok {
				t.Fatal("den raske veien skulle gi opp")
			}
			got, err := beregnManed(stor, N("67"), a, mentor)
			if err != nil || likeManed(kostnadReferanse(stor, N("67"), a, mentor), got) != "" {
				t.Errorf("praksis-kostnadskjede reserve (%v, mentor %v): %v", a, mentor, err)
			}
		}
	}
	if k, err := BeregnLonnskostnad(stor); err != nil || !cmp.Equal(k, lonnskostnad(stor, false)) {
		t.Errorf("BeregnLonnskostnad reserve: %v", err)
	}
	// NAVs flyttall med en lønnskostnad som ikke er et helt tall.
	ore := lonnsgrunnlag("30000.5", "12", "2", "14.1")
	if got, _ := BeregnManed(ore, N("35"), AvrundingNAV); likeManed(kostnadReferanse(ore, N("35"), AvrundingNAV, false), got) != "" {
		t.Error("praksis-prosent-avrunding med øre")
	}
	// Tilskuddsperioder: stor lønn og mange trinn.
	plan, err := NySatsplan(Avtale{Tiltak: tiltak.FirearigLonnstilskudd, Periode: P("2026-08-01", "2030-07-31")})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []Avrunding{AvrundingDesimal, AvrundingNAV} {
		got, err := Tilskuddsperioder(plan, stor, a)
		if err != nil || !cmp.Equal(got, appendPerioderDesimal(nil, &plan, &stor, a)) {
			t.Errorf("praksis-tilskuddsperioder reserve (%v): %v", a, err)
		}
	}
	ni := Satsplan{}
	for i := range 9 {
		d := D("2025-01-01").AddMonths(i)
		ni.Trinn = append(ni.Trinn, Trinn{Periode: tiltak.Periode{Fra: d, Til: d.SisteIManed()}, Prosent: decimal.NewFromInt(int64(10 + i))})
	}
	if got, err := Tilskuddsperioder(ni, standardsatser, AvrundingDesimal); err != nil || len(got) != 9 || !cmp.Equal(got, appendPerioderDesimal(nil, &ni, &standardsatser, AvrundingDesimal)) {
		t.Errorf("praksis-tilskuddsperioder med ni trinn: %v", err)
	}
	// BelopForPeriode med et månedsbeløp med mange desimaler.
	for _, m := range []string{"15642.123456789012", "999999999999.99", "0.0000000001"} {
		got, err := BelopForPeriode(P("2024-01-15", "2024-03-10"), N(m))
		want := decimal.Zero
		for _, p := range []tiltak.Periode{P("2024-01-15", "2024-01-31"), P("2024-02-01", "2024-02-29"), P("2024-03-01", "2024-03-10")} {
			want = want.Add(belopIManedDesimal(p, N(m)))
		}
		if err != nil || !got.Equal(want) {
			t.Errorf("praksis-forholdsmessig %s: %v, vil ha %v (%v)", m, got, want, err)
		}
	}
	// Refusjon med beløp opp mot MaksKroner og prosenter med mange desimaler.
	g := grunnlag()
	g.Bruttolonn, g.Tilskuddsbelop, g.FeriepengerProsent, g.OTPProsent = NP("999999999999.99"), NP("999999999999"), NP(mange), NP("29.123456789")
	var ref Refusjon
	lonnstilskuddDesimal(&g, nil, decimal.Zero, &ref)
	var rask Refusjon
	if lonnstilskuddRask(&g, nil, decimal.Zero, &rask) {
		t.Fatal("den raske veien skulle gi opp")
	}
	if got, err := BeregnRefusjon(g); err != nil || cmp.Diff(ref, got) != "" {
		t.Errorf("praksis-refusjon reserve: %v\n%s", err, cmp.Diff(ref, got))
	}
	// Over MaksKroner er en feil, aldri feil penger.
	g.Bruttolonn = NP("1000000000000.01")
	_, err = BeregnRefusjon(g)
	sjekkFeil(t, err, ErrUtenforOmrade, "bruttolonn")
}
