package tilskudd

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// FuzzSatsplanOgPerioder: ingen panikk for noen inndata; for en gyldig plan
// ligger hver prosent i [0, Maks], trinnene dekker avtalen uten hull;
// tilskuddet er aldri negativt for ikke-negativ lønn og aldri over
// lønnskostnaden; summen av hele måneder er antall × månedsbeløp.
func FuzzSatsplanOgPerioder(f *testing.F) {
	f.Add(uint8(0), int64(19000), int64(300), uint8(2), int64(30000), int64(12), int64(2), int64(141), int64(40), false)
	f.Add(uint8(1), int64(19782), int64(800), uint8(0), int64(90), int64(0), int64(0), int64(0), int64(75), true)
	f.Add(uint8(3), int64(20666), int64(1460), uint8(0), int64(90), int64(0), int64(0), int64(0), int64(70), true)
	f.Add(uint8(2), int64(19000), int64(27), uint8(0), int64(123456), int64(102), int64(30), int64(51), int64(50), false)
	koder := []tiltak.Kode{tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd, tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd, tiltak.Mentor, tiltak.Arbeidstrening}
	f.Fuzz(func(t *testing.T, k uint8, startDag, lengde int64, gruppe uint8, lonn, fp, otp, aga, prosent int64, nav bool) {
		start := D("1970-01-01").AddDays(int(startDag % 40000))
		slutt := start.AddDays(int(lengde % 3000))
		a := Avtale{Tiltak: koder[int(k)%len(koder)], Periode: tiltak.Periode{Fra: start, Til: slutt},
			Innsatsgruppe: tiltak.Innsatsgruppe(gruppe % 7), Arbeidsevne: tiltak.Arbeidsevne(gruppe / 7 % 5),
			AvtaltProsent: decimal.NewNullDecimal(decimal.New(prosent%200, 0))}
		plan, err := NySatsplan(a)
		if err != nil {
			return
		}
		// Er arbeidsevnen oppgitt, avgjør forskriften varianten: NAVs
		// utledning av innsatsgruppen brukes ikke.
		if a.Arbeidsevne != tiltak.ArbeidsevneUkjent {
			for _, h := range plan.Praksis {
				if h.ID == "praksis-midl-innsatsgruppe" {
					t.Fatalf("innsatsgruppen brukt selv om arbeidsevnen er oppgitt: %+v", plan)
				}
			}
		}
		forrige := plan.Avtaleperiode.Fra.AddDays(-1)
		for _, tr := range plan.Trinn {
			if tr.Prosent.Sign() < 0 || tr.Prosent.Cmp(plan.Maks) > 0 {
				t.Fatalf("prosent %v utenfor [0, %v]", tr.Prosent, plan.Maks)
			}
			if tr.Periode.Fra != forrige.AddDays(1) || tr.Periode.Til.Before(tr.Periode.Fra) {
				t.Fatalf("hull eller ugyldig trinn: %v", plan.Trinn)
			}
			forrige = tr.Periode.Til
		}
		if forrige != plan.Avtaleperiode.Til {
			t.Fatalf("trinnene slutter %v, avtalen %v", forrige, plan.Avtaleperiode.Til)
		}
		avr := AvrundingDesimal
		if nav {
			avr = AvrundingNAV
		}
		g := NyttLonnsgrunnlag(decimal.New(lonn%10_000_000, 0), decimal.New(fp%150, -1),
			decimal.New(otp%400, -1), decimal.New(aga%1200, -1))
		perioder, err := Tilskuddsperioder(plan, g, avr)
		if err != nil {
			return
		}
		kost, _ := BeregnLonnskostnad(g)
		for i, p := range perioder {
			if p.Lopenummer != i+1 {
				t.Fatalf("løpenummer %d på plass %d", p.Lopenummer, i)
			}
			if p.Manedsbelop.Sign() < 0 || p.Belop.Sign() < 0 {
				t.Fatalf("negativt tilskudd for ikke-negativ lønn: %+v", p)
			}
			if p.Manedsbelop.Cmp(kost.Sum) > 0 {
				t.Fatalf("månedsbeløp %v over lønnskostnaden %v", p.Manedsbelop, kost.Sum)
			}
			if p.Periode.ErHelManed() && !p.Belop.Equal(p.Manedsbelop) {
				t.Fatalf("hel måned %v gir %v, ikke %v", p.Periode, p.Belop, p.Manedsbelop)
			}
			if p.Belop.Cmp(p.Manedsbelop) > 0 {
				t.Fatalf("del av måned over månedsbeløpet: %+v", p)
			}
			if p.Periode.Fra.Maned() != p.Periode.Til.Maned() || p.Periode.Fra.Aar() != p.Periode.Til.Aar() {
				t.Fatalf("periode over månedsskifte: %v", p.Periode)
			}
		}
	})
}

// FuzzBeregnManed: ingen panikk; for gyldige inndata er tilskuddet mellom 0
// og lønnskostnaden, og de to avrundingsreglene skiller seg med høyst 1 krone.
func FuzzBeregnManed(f *testing.F) {
	f.Add("30000", "12", "2", "14.1", "40")
	f.Add("90", "0", "0", "0", "35")
	f.Add("-1", "200", "50", "x", "101")
	f.Fuzz(func(t *testing.T, lonn, fp, otp, aga, prosent string) {
		parse := func(s string) decimal.Decimal {
			d, err := decimal.NewFromString(s)
			if err != nil || d.Exponent() < -12 || d.Exponent() > 12 {
				return decimal.Zero
			}
			return d
		}
		g := NyttLonnsgrunnlag(parse(lonn), parse(fp), parse(otp), parse(aga))
		p := parse(prosent)
		m, err := BeregnManed(g, p, AvrundingDesimal)
		if err != nil {
			return
		}
		if m.Tilskudd.Sign() < 0 || m.Tilskudd.Cmp(RundHalvtOpp(m.Sum)) > 0 {
			t.Fatalf("tilskudd %v utenfor [0, %v]", m.Tilskudd, m.Sum)
		}
		n, err := BeregnManed(g, p, AvrundingNAV)
		if err != nil {
			t.Fatal(err)
		}
		if n.Tilskudd.Sub(m.Tilskudd).Abs().GreaterThan(decimal.NewFromInt(1)) {
			t.Fatalf("NAV %v og desimal %v skiller seg med mer enn 1", n.Tilskudd, m.Tilskudd)
		}
	})
}

// FuzzBeregnRefusjon: ingen panikk; refusjonen er aldri over
// tilskuddsbeløpet (uten tidligere minusbeløp), og for varig lønnstilskudd
// aldri over gjenstående 5 G.
func FuzzBeregnRefusjon(f *testing.F) {
	f.Add(int64(30000), int64(0), int64(0), int64(40), int64(15642), int64(0), int64(0), int64(0), int64(1500), false)
	f.Add(int64(40000), int64(-5000), int64(1000), int64(75), int64(39104), int64(593100), int64(-200), int64(100), int64(3000), true)
	f.Fuzz(func(t *testing.T, lonn, trekk, refunderbart, prosent, tilskudd, utbetalt, minus, tidligere int64, dag int64, varig bool) {
		g := grunnlag()
		if varig {
			g.Tiltak = tiltak.VarigLonnstilskudd
		}
		fom := D("2015-01-01").AddDays(int(dag % 5000))
		g.Periode = tiltak.Periode{Fra: fom, Til: fom.SisteIManed()}
		g.Bruttolonn, g.Ferietrekk, g.RefunderbartBelop = NP(fmt.Sprint(lonn)), decimal.NewFromInt(trekk), decimal.NewFromInt(refunderbart)
		g.Prosent, g.Tilskuddsbelop, g.UtbetaltIAret = NP(fmt.Sprint(prosent)), NP(fmt.Sprint(tilskudd)), NP(fmt.Sprint(utbetalt))
		g.ForrigeMinusbelop, g.TidligereUtbetalt = decimal.NewFromInt(minus), decimal.NewFromInt(tidligere)
		r, err := BeregnRefusjon(g)
		if err != nil {
			return
		}
		if r.EtterTak.Cmp(g.Tilskuddsbelop.Decimal) > 0 {
			t.Fatalf("over tilskuddsbeløpet: %v > %v", r.EtterTak, g.Tilskuddsbelop)
		}
		if r.Har5G && r.Refusjon.Cmp(r.Gjenstaende5G) > 0 {
			t.Fatalf("over 5G: %v > %v", r.Refusjon, r.Gjenstaende5G)
		}
		if !r.Refusjonsbelop.Equal(r.Refusjon.Sub(g.TidligereUtbetalt)) {
			t.Fatal("refusjonsbeløp ≠ refusjon − tidligere utbetalt")
		}
		if g.Bruttolonn.Decimal.Sign() >= 0 && g.Ferietrekk.Sign() == 0 && r.BeregnetBelop.Sign() < 0 {
			t.Fatalf("negativt beregnet beløp for ikke-negativ lønn: %v", r.BeregnetBelop)
		}
	})
}

// FuzzUforeOgSatser: ingen panikk for noen dato, inntekt eller
// kombinasjon av uførefakta; en fastsatt grense er aldri under
// inntekten etter uførhet, og Over stemmer med grensen.
func FuzzUforeOgSatser(f *testing.F) {
	f.Add(int64(17652), "38753.2", uint8(2), uint8(4), "0", int64(16000), uint8(2), int64(0))
	f.Add(int64(20600), "200000", uint8(0), uint8(3), "60000", int64(19500), uint8(1), int64(20000))
	f.Add(int64(-5), "-1", uint8(1), uint8(0), "x", int64(0), uint8(7), int64(-3))
	f.Fuzz(func(t *testing.T, dag int64, inntekt string, vta, ufore uint8, ieu string, virk int64, okt uint8, okning int64) {
		d := D("1970-01-01").AddDays(int(dag % 60000))
		i, err := decimal.NewFromString(inntekt)
		if err != nil || i.Exponent() < -10 || i.Exponent() > 14 {
			return
		}
		in := UforeInput{Dato: d, Uforetrygd: tiltak.Uforetrygd(ufore % 6), VTA: tiltak.Svar(vta % 4), OktUforegrad: tiltak.Svar(okt % 4)}
		if n, err := decimal.NewFromString(ieu); err == nil && n.Exponent() >= -10 && n.Exponent() <= 14 {
			in.InntektEtterUforhet = decimal.NewNullDecimal(n)
		}
		if virk != 0 {
			in.Virkningsdato = D("1970-01-01").AddDays(int(virk % 60000))
		}
		if okning != 0 {
			in.OkningVirkningsdato = D("1970-01-01").AddDays(int(okning % 60000))
		}
		v, err := VurderUforeInntekt(i, in)
		if err == nil {
			if v.Grense.Valid != (v.Utfall == regler.Oppfylt) || len(v.Mulige) == 0 || !v.Uverifisert {
				t.Fatalf("utfall %v med grense %v og %d mulige", v.Utfall, v.Grense, len(v.Mulige))
			}
			for _, m := range v.Mulige {
				if m.Grense.LessThan(m.Fribelop) || m.Grense.GreaterThan(v.InntektEtterUforhet.Add(m.Fribelop)) {
					t.Fatalf("grense %v utenfor fribeløp %v og IEU + fribeløp", m.Grense, m.Fribelop)
				}
			}
			innenfor := regler.Oppfylt
			if i.Cmp(v.Grense.Decimal) > 0 {
				innenfor = regler.IkkeOppfylt
			}
			if v.Grense.Valid && v.Innenfor != innenfor {
				t.Fatalf("innenfor = %v for %v mot %v", v.Innenfor, i, v.Grense)
			}
			if !v.Innenfor.Gyldig() {
				t.Fatalf("ugyldig utfall %v", v.Innenfor)
			}
		}
		for _, fn := range []func(tiltak.Dato) (decimal.Decimal, error){G, VTAOSats, VTASats, AFTSats, InkluderingstilskuddMaks} {
			if b, err := fn(d); err == nil && b.Sign() <= 0 {
				t.Fatalf("sats %v på %v", b, d)
			}
		}
		_, _ = Stopp(tiltak.Mentor, Stopphendelse{Hendelse(dag % 5), d})
		_, _ = SommerjobbKanInnvilges(tiltak.Svar(dag%4), d)
	})
}
