package cmpsjekk

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

func d(s string) tiltak.Dato {
	x, err := tiltak.ParseDato(s)
	if err != nil {
		panic(err)
	}
	return x
}

// må gir v, eller stopper testen med feilen (panikk i en test er en feil).
func må[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func per(fra, til string) tiltak.Periode {
	p, err := tiltak.NyPeriode(d(fra), d(til))
	if err != nil {
		panic(err)
	}
	return p
}

// resultater gir to ulike verdier av hver resultattype bibliotekets
// inngangspunkter gir.
func resultater(t *testing.T) map[string][2]any {
	t.Helper()
	f1 := &tiltak.Fakta{Fodselsdato: d("1990-01-01"), Arbeidsevne: tiltak.NedsattArbeidsevne, DeltarI: må(tiltak.NyttTiltakssett(tiltak.Arbeidstrening))}
	f2 := &tiltak.Fakta{Fodselsdato: d("2000-01-01")}
	dato := d("2025-09-01")
	r1 := må(regler.Vurder(tiltak.Arbeidstrening, f1, dato))
	r2 := må(regler.Vurder(tiltak.Arbeidstrening, f2, dato))
	a1 := må(regler.VurderAlle(f1, dato))
	a2 := må(regler.VurderAlle(f2, dato))
	k1 := må(regler.KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, f1, dato))
	k2 := må(regler.KanKombineres(tiltak.Mentor, tiltak.Avklaring, f2, dato))
	p := per("2025-01-01", "2026-12-31")
	l1 := må(regler.Tidslinje(tiltak.Arbeidstrening, f1, p, regler.Valg{}))
	l2 := må(regler.Tidslinje(tiltak.Arbeidstrening, f2, p, regler.Valg{}))
	m1 := må(varighet.Maksimum(tiltak.Arbeidstrening, f1, dato))
	m2 := må(varighet.Maksimum(tiltak.MidlertidigLonnstilskudd, f1, dato))
	s1 := må(tilskudd.NySatsplan(tilskudd.Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: per("2025-01-01", "2025-12-31"), Arbeidsevne: tiltak.NedsattArbeidsevne}))
	s2 := må(tilskudd.NySatsplan(tilskudd.Avtale{Tiltak: tiltak.VarigLonnstilskudd, Periode: per("2025-01-01", "2025-12-31"), AvtaltProsent: decimal.NewNullDecimal(decimal.NewFromInt(50))}))
	g := tilskudd.NyttLonnsgrunnlag(decimal.NewFromInt(35000), decimal.RequireFromString("12"), decimal.RequireFromString("2"), decimal.RequireFromString("14.1"))
	t1 := må(tilskudd.Tilskuddsperioder(s1, g, tilskudd.Avrunding(0)))
	t2 := må(tilskudd.Tilskuddsperioder(s2, g, tilskudd.Avrunding(0)))
	u1 := må(tilskudd.Inntektsgrense(tilskudd.UforeInput{Dato: d("2025-06-01"), Uforetrygd: tiltak.FullUforetrygd}))
	u2 := må(tilskudd.Inntektsgrense(tilskudd.UforeInput{Dato: d("2025-06-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Ja}))
	st1 := må(tilskudd.Stopp(tiltak.Mentor, tilskudd.Stopphendelse{Type: tilskudd.Permittering, Dato: d("2024-01-01")}))
	st2 := må(tilskudd.Stopp(tiltak.Mentor, tilskudd.Stopphendelse{Type: tilskudd.TiltakAvsluttet, Dato: d("2024-01-01")}))
	fr1 := må(varighet.Frister(tiltak.Arbeidstrening, f1, per("2025-01-01", "2025-12-31")))
	fr2 := må(varighet.Frister(tiltak.VarigLonnstilskudd, f1, per("2025-01-01", "2027-12-31")))
	vt1 := må(varighet.Tidslinje(tiltak.Arbeidstrening, f1, p, regler.Valg{}))
	vt2 := må(varighet.Tidslinje(tiltak.MidlertidigLonnstilskudd, f1, p, regler.Valg{}))
	kb1 := må(varighet.Kontroller(tiltak.Sommerjobb, nil, per("2024-08-31", "2024-09-28"), nil))
	kb2 := må(varighet.Kontroller(tiltak.Oppfolging, f2, per("2024-02-29", "2027-08-28"), nil))
	sj1 := må(tilskudd.SommerjobbKanInnvilges(tiltak.Nei, dato))
	sj2 := må(tilskudd.SommerjobbKanInnvilges(tiltak.Ukjent, dato))
	avtale := func(k tiltak.Kode) tilskudd.Avtale {
		a := tilskudd.Avtale{Tiltak: k, Periode: per("2025-01-01", "2025-12-31"), Arbeidsevne: tiltak.NedsattArbeidsevne}
		if k == tiltak.VarigLonnstilskudd {
			a.AvtaltProsent = decimal.NewNullDecimal(decimal.NewFromInt(60))
		}
		return a
	}
	ts1 := må(tilskudd.Satstidslinje(avtale(tiltak.MidlertidigLonnstilskudd)))
	ts2 := må(tilskudd.Satstidslinje(avtale(tiltak.VarigLonnstilskudd)))
	ab1 := må(tilskudd.BeregnAvtale(tilskudd.Avtalegrunnlag{Avtale: avtale(tiltak.MidlertidigLonnstilskudd), Fakta: *f1, Lonn: g}))
	ab2 := må(tilskudd.BeregnAvtale(tilskudd.Avtalegrunnlag{Avtale: avtale(tiltak.VarigLonnstilskudd), Fakta: *f1, Lonn: g}))
	prosent12 := decimal.NewNullDecimal(decimal.RequireFromString("12"))
	prosent2 := decimal.NewNullDecimal(decimal.RequireFromString("2"))
	prosent141 := decimal.NewNullDecimal(decimal.RequireFromString("14.1"))
	rg := func(prosent int64) tilskudd.Refusjonsgrunnlag {
		return tilskudd.Refusjonsgrunnlag{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: per("2025-03-01", "2025-03-31"),
			Prosent: decimal.NewNullDecimal(decimal.NewFromInt(prosent)), Tilskuddsbelop: decimal.NewNullDecimal(decimal.NewFromInt(30000)),
			Bruttolonn: decimal.NewNullDecimal(decimal.NewFromInt(35000)), FeriepengerProsent: prosent12,
			OTPProsent: prosent2, ArbeidsgiveravgiftProsent: prosent141}
	}
	rf1 := må(tilskudd.BeregnRefusjon(rg(40)))
	rf2 := må(tilskudd.BeregnRefusjon(rg(60)))
	dk1 := må(tilskudd.Dekker(tiltak.OpplaeringAMO, dato))
	dk2 := må(tilskudd.Dekker(tiltak.Funksjonsassistanse, dato))
	op1 := må(regler.OpphorsregelFor(tiltak.Mentor, regler.Permittering, dato))
	op2 := må(regler.OpphorsregelFor(tiltak.VarigLonnstilskudd, regler.Permittering, dato))
	return map[string][2]any{
		"[]varighet.Frist":             {fr1, fr2},
		"[]varighet.Segment":           {vt1, vt2},
		"[]*varighet.Brudd":            {kb1, kb2},
		"tilskudd.Sommerjobbvurdering": {sj1, sj2},
		"[]tilskudd.Satssegment":       {ts1, ts2},
		"tilskudd.Avtaleberegning":     {ab1, ab2},
		"tilskudd.Refusjon":            {rf1, rf2},
		"tilskudd.Dekningsregel":       {dk1, dk2},
		"regler.Opphorsregel":          {op1, op2},
		"tiltak.Fakta":                 {*f1, *f2},
		"regler.Resultat":              {r1, r2},
		"[]regler.Resultat":            {a1, a2},
		"regler.Kombinasjon":           {k1, k2},
		"regler.Linje":                 {l1, l2},
		"varighet.Resultat":            {m1, m2},
		"tilskudd.Satsplan":            {s1, s2},
		"[]tilskudd.Tilskuddsperiode":  {t1, t2},
		"tilskudd.Inntektsgrensesvar":  {u1, u2},
		"tilskudd.Stoppvirkning":       {st1, st2},
	}
}

// TestCmpUtenTilvalg: cmp.Equal og cmp.Diff virker på hver resultattype uten
// tilvalg (ingen panikk over ueksporterte felt): en verdi er lik seg selv og
// ulik en annen verdi av samme type.
func TestCmpUtenTilvalg(t *testing.T) {
	for navn, par := range resultater(t) {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: go-cmp fikk panikk: %v", navn, fmt.Sprint(p)[:min(200, len(fmt.Sprint(p)))])
				}
			}()
			if !cmp.Equal(par[0], par[0]) {
				t.Errorf("%s: ikke lik seg selv", navn)
			}
			if cmp.Equal(par[0], par[1]) || cmp.Diff(par[0], par[1]) == "" {
				t.Errorf("%s: to ulike verdier er like", navn)
			}
		}()
	}
}

// Resultater fra biblioteket kan sammenlignes med go-cmp uten tilvalg.
func Example() {
	dato := d("2025-09-01")
	a, _ := regler.Vurder(tiltak.Arbeidstrening, &tiltak.Fakta{Fodselsdato: d("1990-01-01")}, dato)
	b, _ := regler.Vurder(tiltak.Arbeidstrening, &tiltak.Fakta{Fodselsdato: d("1990-01-01")}, dato)
	c, _ := regler.Vurder(tiltak.Arbeidstrening, &tiltak.Fakta{Fodselsdato: d("2012-01-01")}, dato)
	fmt.Println(cmp.Equal(a, b), cmp.Equal(a, c))
	// Output: true false
}
