package varighet

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// resultatLik sammenligner resultater: vilkår som pekere, faktasett som
// verdier, og en tom skive lik nil (MaksimumTil gjenbruker plassen).
var resultatLik = cmp.Options{
	cmp.Comparer(func(a, b *regler.Vilkar) bool { return a == b }),
	cmp.Comparer(func(a, b tiltak.Faktasett) bool { return a == b }),
	cmpopts.EquateEmpty(),
}

// likeResultater er cmp.Equal(a, b, resultatLik), men raskere: tomme
// skiver settes til nil, og reflect.DeepEqual sammenligner like pekere som
// like.
func likeResultater(a, b Resultat) bool {
	for _, r := range []*Resultat{&a, &b} {
		if len(r.Forlengelser) == 0 {
			r.Forlengelser = nil
		}
		if len(r.Tak) == 0 {
			r.Tak = nil
		}
		if len(r.Praksis) == 0 {
			r.Praksis = nil
		}
	}
	return reflect.DeepEqual(a, b)
}

// MaksimumTil med ett Resultat som gjenbrukes på tvers av tiltak og datoer,
// og AppendMaksimumAlle med ett gjenbrukt buffer, skal gi det samme som
// Maksimum, også når plassen de arver er fra et annet tiltak.
func TestMaksimumTilOgAppendMaksimumAlleSomMaksimum(t *testing.T) {
	koder := append(tiltak.Koder(), "ukjent")
	tidl := [][]tiltak.Periode{nil, {p("2015-12-01", "2016-01-31")}, {p("2020-01-01", "2022-12-30"), p("2021-06-01", "2024-03-10")}, {p("2024-01-02", "2024-01-01")}}
	var til Resultat
	var alle []Resultat
	for dag := d("2014-01-01"); dag.Before(d("2034-01-01")); dag = dag.AddDays(19) {
		for fi := range 4 {
			var f *tiltak.Fakta
			if fi > 0 {
				ff := fuzzFakta(uint64(fi)*0x9E3779B97F4A7C15 ^ uint64(dag.Aar()*400+dag.Dag()))
				f = &ff
			}
			var err error
			alle, err = AppendMaksimumAlle(alle[:0], f, dag, regler.Valg{})
			if err != nil {
				if _, werr := Maksimum(tiltak.Avklaring, f, dag); werr == nil || werr.Error() != err.Error() {
					t.Fatalf("AppendMaksimumAlle(%s): %v; Maksimum gir %v", dag, err, werr)
				}
				continue
			}
			i := 0
			for _, k := range koder {
				for ti, tl := range tidl {
					want, werr := Maksimum(k, f, dag, tl...)
					gerr := MaksimumTil(&til, k, f, dag, regler.Valg{}, tl...)
					if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
						t.Fatalf("MaksimumTil(%s, %s, %d): %v; Maksimum gir %v", k, dag, ti, gerr, werr)
					}
					if !likeResultater(want, til) {
						t.Fatalf("MaksimumTil(%s, %s, %d) (-Maksimum +MaksimumTil):\n%s", k, dag, ti, cmp.Diff(want, til, resultatLik))
					}
					if ti > 0 || werr != nil && !errors.Is(werr, ErrIkkeModellert) {
						continue
					}
					if werr != nil && (!alle[i].IkkeModellert || alle[i].Feil().Error() != werr.Error()) {
						t.Fatalf("AppendMaksimumAlle(%s)[%s] er ikke flagget som Maksimum sin feil %v: %+v", dag, k, werr, alle[i])
					}
					if i >= len(alle) || alle[i].Tiltak != k {
						t.Fatalf("AppendMaksimumAlle(%s) mangler %s", dag, k)
					}
					if !likeResultater(want, alle[i]) {
						t.Fatalf("AppendMaksimumAlle(%s)[%s] (-Maksimum +AppendMaksimumAlle):\n%s", dag, k, cmp.Diff(want, alle[i], resultatLik))
					}
					i++
				}
			}
			if i != len(alle) {
				t.Fatalf("AppendMaksimumAlle(%s) gav %d svar, Maksimum %d", dag, len(alle), i)
			}
		}
	}
}

// AppendMaksimumAlle legger til etter det som står i dst, og lar dst være
// ved feil.
func TestAppendMaksimumAlleLeggerTil(t *testing.T) {
	forrige := Resultat{Tiltak: "forrige"}
	ut, err := AppendMaksimumAlle([]Resultat{forrige}, nil, d("2026-08-01"), regler.Valg{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ut) != 1+tiltak.AntallTiltak || ut[0].Tiltak != "forrige" || ut[1].Tiltak != tiltak.Avklaring {
		t.Fatalf("AppendMaksimumAlle la ikke til hele katalogen etter dst: %d svar", len(ut))
	}
	// Bedriftsintern opplæring er opphevet: med, men flagget, med den samme
	// feilen som Maksimum gir.
	_, werr := Maksimum(tiltak.BedriftsinternOpplaering, nil, d("2026-08-01"))
	for i, r := range ut[1:] {
		if r.Tiltak != katalogKoder[i] {
			t.Fatalf("svar %d er %s, vil ha %s", i, r.Tiltak, katalogKoder[i])
		}
		if (r.Tiltak == tiltak.BedriftsinternOpplaering) != r.IkkeModellert {
			t.Errorf("%s: IkkeModellert = %v", r.Tiltak, r.IkkeModellert)
		}
		if r.IkkeModellert && (r.Feil() == nil || r.Feil().Error() != werr.Error() || !errors.Is(r.Feil(), ErrIkkeModellert)) {
			t.Errorf("%s: Feil() = %v, Maksimum gir %v", r.Tiltak, r.Feil(), werr)
		}
		if !r.IkkeModellert && r.Feil() != nil {
			t.Errorf("%s: Feil() = %v uten IkkeModellert", r.Tiltak, r.Feil())
		}
	}
	ugyldig := tiltak.Fakta{Arbeidsevne: 9}
	if ut, err := AppendMaksimumAlle([]Resultat{forrige}, &ugyldig, d("2026-08-01"), regler.Valg{}); err == nil || len(ut) != 1 {
		t.Errorf("ugyldige fakta: %d svar, feil %v", len(ut), err)
	}
	if ut, err := AppendMaksimumAlle(nil, nil, tiltak.Dato{}, regler.Valg{}); err == nil || len(ut) != 0 {
		t.Errorf("uten start: %d svar, feil %v", len(ut), err)
	}
	var fe *tiltak.FeltFeil
	if ut, err := AppendMaksimumAlle(nil, nil, d("2026-08-01"), regler.Valg{Sluttdato: d("2026-07-31")}); !errors.As(err, &fe) || fe.Felt != "sluttdato" || len(ut) != 0 {
		t.Errorf("sluttdato før start: %d svar, feil %v", len(ut), err)
	}
}

// Ved feil tømmer MaksimumTil dst, men beholder plassen.
func TestMaksimumTilTommerVedFeil(t *testing.T) {
	var r Resultat
	if err := MaksimumTil(&r, tiltak.Oppfolging, &nedsatt, d("2024-03-01"), regler.Valg{}); err != nil {
		t.Fatal(err)
	}
	plass := cap(r.Forlengelser)
	if err := MaksimumTil(&r, "finnes-ikke", nil, d("2026-08-01"), regler.Valg{}); err == nil {
		t.Fatal("ventet en feil for ukjent kode")
	}
	if diff := cmp.Diff(Resultat{}, r, resultatLik); diff != "" || cap(r.Forlengelser) != plass {
		t.Errorf("etter feil (-tom +fikk):\n%s\nplass %d, før %d", diff, cap(r.Forlengelser), plass)
	}
	// Ikke modellert: dst er det flaggede resultatet, som AppendMaksimumAlle
	// gir, og plassen er beholdt.
	err := MaksimumTil(&r, tiltak.BedriftsinternOpplaering, nil, d("2026-08-01"), regler.Valg{MedPraksis: true})
	want := Resultat{Tiltak: tiltak.BedriftsinternOpplaering, Start: d("2026-08-01"), IkkeModellert: true, MedPraksis: true}
	if diff := cmp.Diff(want, r, resultatLik); !errors.Is(err, ErrIkkeModellert) || diff != "" || cap(r.Forlengelser) != plass {
		t.Errorf("ikke modellert: %v (-vil ha +fikk):\n%s", err, diff)
	}
}

// Allokeringsvakter for påstandene i dokumentasjonen og i issue 16: alle
// tiltak med AppendMaksimumAlle og et gjenbrukt buffer, og MaksimumTil med
// et gjenbrukt Resultat, allokerer ikke; Maksimum allokerer bare skivene
// den gir; Kontroller av en periode uten brudd allokerer ikke; Frister
// allokerer bare listen den gir.
func TestMaksimumAllokeringer(t *testing.T) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: d("2000-01-01")}
	start := d("2026-08-01")
	koder := tiltak.Koder()
	var alle []Resultat
	for _, ff := range []*tiltak.Fakta{&f, nil} {
		for _, valg := range []regler.Valg{{}, {MedPraksis: true}} {
			alle, _ = AppendMaksimumAlle(alle[:0], ff, start, valg)
			if n := testing.AllocsPerRun(100, func() { alle, _ = AppendMaksimumAlle(alle[:0], ff, start, valg) }); n != 0 {
				t.Errorf("AppendMaksimumAlle(%+v) med gjenbrukt buffer allokerte %v ganger", valg, n)
			}
		}
	}
	buf := make([]Resultat, len(koder))
	if n := testing.AllocsPerRun(100, func() {
		for i, k := range koder {
			if k != tiltak.BedriftsinternOpplaering { // ingen regel i 2026: feilen allokerer
				_ = MaksimumTil(&buf[i], k, &f, start, regler.Valg{})
			}
		}
	}); n != 0 {
		t.Errorf("MaksimumTil med gjenbrukte resultater allokerte %v ganger for alle tiltak", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		for i, k := range koder {
			_ = MaksimumTil(&buf[i], k, &f, start, regler.Valg{})
		}
	}); n > 2 {
		t.Errorf("MaksimumTil for alle tiltak med én feil allokerte %v ganger, vil ha høyst 2", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Maksimum(tiltak.Oppfolging, &f, start) }); n > 1 {
		t.Errorf("Maksimum for oppfølging (bare Forlengelser) allokerte %v ganger, vil ha høyst 1", n)
	}
	per := p("2023-08-31", "2025-02-27")
	for _, k := range []tiltak.Kode{tiltak.Arbeidstrening, tiltak.Oppfolging, tiltak.VTA} {
		for _, valg := range []regler.Valg{{}, {MedPraksis: true, Sluttdato: per.Til}} {
			if n := testing.AllocsPerRun(100, func() { _, _ = KontrollerMed(k, &f, per, nil, valg) }); n != 0 {
				t.Errorf("KontrollerMed(%s, %+v) uten brudd allokerte %v ganger", k, valg, n)
			}
		}
	}
	per = p("2016-01-01", "2025-12-31")
	if n := testing.AllocsPerRun(100, func() { _, _ = Frister(tiltak.VarigLonnstilskudd, nil, per) }); n != 1 {
		t.Errorf("Frister allokerte %v ganger, vil ha 1 (listen den gir)", n)
	}
}

// soppel fyller v og alt under den med verdier som ikke er null: tekst,
// tall, sanne flagg, en dato, et faktasett og skiver med to elementer.
// Pekere og felt som ikke kan settes, blir stående.
func soppel(v reflect.Value) {
	switch v.Type() {
	case reflect.TypeFor[tiltak.Dato]():
		v.Set(reflect.ValueOf(d("1999-09-09")))
		return
	case reflect.TypeFor[tiltak.Faktasett]():
		v.Set(reflect.ValueOf(tiltak.FaktasettAv(tiltak.FaktumSamtykke)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("søppel")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(3)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(3)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				soppel(v.Field(i))
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			soppel(v.Index(i))
		}
	}
}

// MaksimumTil skal skrive hvert felt i dst: et dst med søppel i alle felt
// gir det samme som Maksimum. Testen feiler også når Resultat får et felt
// den ikke kan fylle, så et nytt felt ikke blir glemt i beregn.
func TestMaksimumTilSkriverAlleFelt(t *testing.T) {
	nytt := func() Resultat {
		var r Resultat
		v := reflect.ValueOf(&r).Elem()
		for i := range v.NumField() {
			soppel(v.Field(i))
			if v.Field(i).IsZero() {
				t.Fatalf("testen fyller ikke feltet Resultat.%s", v.Type().Field(i).Name)
			}
		}
		return r
	}
	for _, start := range []tiltak.Dato{d("2016-01-01"), d("2024-02-29"), d("2026-08-01"), d("2026-09-01")} {
		for _, f := range []*tiltak.Fakta{nil, &nedsatt, &ikkeNedsatt, {Fodselsdato: d("2000-01-01")}} {
			buf := make([]Resultat, 40)
			for i := range buf {
				buf[i] = nytt()
			}
			alle, _ := AppendMaksimumAlle(buf[:1], f, start, regler.Valg{})
			for _, r := range alle[1:] {
				if want, _ := Maksimum(r.Tiltak, f, start); !likeResultater(want, r) {
					t.Fatalf("AppendMaksimumAlle(%s) over søppel:\n%s", start, cmp.Diff(want, r, resultatLik))
				}
			}
			for _, k := range tiltak.Koder() {
				want, werr := Maksimum(k, f, start)
				got := nytt()
				gerr := MaksimumTil(&got, k, f, start, regler.Valg{})
				if (werr == nil) != (gerr == nil) || !likeResultater(want, got) {
					t.Fatalf("MaksimumTil(%s, %s) over søppel: %v\n(-Maksimum +MaksimumTil):\n%s", k, start, gerr, cmp.Diff(want, got, resultatLik))
				}
			}
		}
	}
}

// sorterFrister lar en sortert liste stå; rekkefølgen skal være den samme
// som slices.SortStableFunc med samme sammenligning gir, også med frister
// uten dato (som er lik alle andre) og med lister som alt er sortert.
func TestSorterFristerSomSortStableFunc(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for range 2000 {
		n := r.IntN(150)
		l := make([]Frist, n)
		for i := range l {
			l[i].Beskrivelse = strconv.Itoa(i)
			if r.IntN(8) > 0 {
				l[i].Dato = d("2024-01-01").AddDays(r.IntN(40))
			}
			if r.IntN(3) == 0 && i > 0 {
				l[i].Dato = l[i-1].Dato.AddDays(r.IntN(3))
			}
		}
		if r.IntN(2) == 0 {
			slices.SortStableFunc(l, func(a, b Frist) int { return sammenlignFrister(&a, &b) })
		}
		want := slices.Clone(l)
		slices.SortStableFunc(want, func(a, b Frist) int { return sammenlignFrister(&a, &b) })
		sorterFrister(l)
		if !slices.Equal(want, l) {
			t.Fatalf("sorterFrister gav en annen rekkefølge enn SortStableFunc for %d frister", n)
		}
	}
}
