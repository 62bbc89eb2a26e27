package regler

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// FuzzVurder: vilkårlige fakta og datoer gir aldri panikk; utfallet er
// alltid ett av de tre; sporet er aldri tomt; feil er bare de dokumenterte;
// resultatet tåler JSON-rundtur.
func FuzzVurder(f *testing.F) {
	f.Add([]byte(`{"fodselsdato":"2000-02-29","arbeidsevne":"nedsatt","deltar_i":["arbeidstrening"]}`), int32(739000), int32(10), true, uint8(3))
	f.Add([]byte(`{}`), int32(735000), int32(0), false, uint8(0))
	f.Add([]byte(`{"fodselsdato":"1954-03-10","innsatsgruppe":"jobbe-delvis","nodvendig_og_hensiktsmessig":true}`), int32(738800), int32(400), true, uint8(14))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, faktaJSON []byte, dag int32, slutt int32, praksis bool, kode uint8) {
		var fa tiltak.Fakta
		if json.Unmarshal(faktaJSON, &fa) != nil {
			return
		}
		dato := tiltak.MustDato(1, 1, 1).AddDays(int(dag))
		valg := Valg{MedPraksis: praksis}
		if slutt >= 0 {
			valg.Sluttdato = dato.AddDays(int(slutt) % 40000)
		}
		k := koder[int(kode)%len(koder)]
		r, err := VurderMed(k, &fa, dato, valg)
		// Deterministisk: samme inndata gir samme svar (og samme feil).
		r2, err2 := VurderMed(k, &fa, dato, valg)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("to kall ga ulike feil: %v og %v", err, err2)
		}
		if diff := cmp.Diff(r, r2); diff != "" {
			t.Fatalf("to kall ga ulike resultater:\n%s", diff)
		}
		if err != nil {
			var fe *tiltak.FeltFeil
			if !errors.Is(err, ErrIkkeModellert) && !errors.As(err, &fe) {
				t.Fatalf("udokumentert feil: %v", err)
			}
		} else {
			sjekkResultat(t, r)
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("marshal: %v", err)
			}
			var tilbake Resultat
			if err := json.Unmarshal(b, &tilbake); err != nil || tilbake.Utfall != r.Utfall || len(tilbake.Spor) != len(r.Spor) {
				t.Fatalf("rundtur: %v", err)
			}
		}
		rs, err := VurderAlleMed(&fa, dato, valg)
		if err != nil {
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) {
				t.Fatalf("VurderAlle: udokumentert feil %v", err)
			}
			return
		}
		if len(rs) != len(koder) {
			t.Fatalf("%d resultater", len(rs))
		}
		for _, r := range rs {
			sjekkResultat(t, r)
		}
		_ = ManglerAlle(rs)
		// Bufferformen gir det samme, også når bufferen sist ble brukt for
		// en annen plan, andre fakta og andre valg.
		var buf Buffer
		_, _ = VurderAlleTil(&buf, &tiltak.Fakta{Fodselsdato: tiltak.MustDato(1990, 1, 1)}, dato.AddDays(-4000), Valg{MedPraksis: !praksis})
		til, err := VurderAlleTil(&buf, &fa, dato, valg)
		if err != nil {
			t.Fatalf("VurderAlleTil: %v, VurderAlle ga ingen feil", err)
		}
		if diff := cmp.Diff(rs, til); diff != "" {
			t.Fatalf("VurderAlleTil (-VurderAlle +VurderAlleTil):\n%s", diff)
		}
		// Hvert resultat er det samme som Vurder gir for tiltaket alene.
		for _, a := range rs {
			en, err := VurderMed(a.Tiltak, &fa, dato, valg)
			if err != nil {
				if !a.IkkeModellert {
					t.Fatalf("%s: Vurder ga %v", a.Tiltak, err)
				}
				continue
			}
			if diff := cmp.Diff(en, a); diff != "" {
				t.Fatalf("%s (-Vurder +VurderAlle):\n%s", a.Tiltak, diff)
			}
			// Bufferformen for ett tiltak, og fasiten uten plan og tabeller.
			ett, err := VurderTil(&buf, a.Tiltak, &fa, dato, valg)
			if err != nil {
				t.Fatalf("%s: VurderTil ga %v", a.Tiltak, err)
			}
			if diff := cmp.Diff(en, *ett); diff != "" {
				t.Fatalf("%s (-Vurder +VurderTil):\n%s", a.Tiltak, diff)
			}
			ref, ok := referanse(a.Tiltak, &fa, dato, valg)
			ref.Fakta = en.Fakta
			if diff := cmp.Diff(ref, en); !ok || diff != "" {
				t.Fatalf("%s (-referanse +Vurder):\n%s", a.Tiltak, diff)
			}
		}
	})
}

func sjekkResultat(t *testing.T, r Resultat) {
	t.Helper()
	if !r.Utfall.Gyldig() {
		t.Fatalf("%s: ugyldig utfall %d", r.Tiltak, r.Utfall)
	}
	if len(r.Spor) == 0 {
		t.Fatalf("%s: tomt spor", r.Tiltak)
	}
	har := map[Utfall]bool{}
	for _, p := range r.Spor {
		if p.Vilkar() == nil || !p.Utfall().Gyldig() {
			t.Fatalf("%s: ugyldig sporpunkt %+v", r.Tiltak, p)
		}
		if !p.Erstattet() {
			har[p.Utfall()] = true
		}
		_ = p.Forklaring(r.Fakta)
	}
	// Kombinasjonsregelen: ikke oppfylt avgjør, ellers må vurderes, ellers oppfylt.
	want := Oppfylt
	switch {
	case har[IkkeOppfylt]:
		want = IkkeOppfylt
	case har[MaVurderes]:
		want = MaVurderes
	}
	if r.Utfall != want {
		t.Fatalf("%s: utfall %v, sporet gir %v", r.Tiltak, r.Utfall, want)
	}
}

// FuzzKanKombineres: ingen panikk, gyldig utfall og en forklaring for
// vilkårlige par og datoer.
func FuzzKanKombineres(f *testing.F) {
	f.Add(uint8(4), uint8(1), int32(739000), uint8(0))
	f.Add(uint8(2), uint8(13), int32(736000), uint8(1))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, a, b uint8, dag int32, svar uint8) {
		dato := tiltak.MustDato(1, 1, 1).AddDays(int(dag))
		f := tiltak.Fakta{OppfolgingHensiktsmessig: tiltak.Svar(svar % 3), MentorNodvendig: tiltak.Svar(svar / 3 % 3), Arbeidsevne: tiltak.Arbeidsevne(svar / 9 % 4)}
		k, err := KanKombineres(koder[int(a)%len(koder)], koder[int(b)%len(koder)], &f, dato)
		if k2, err2 := KanKombineres(koder[int(a)%len(koder)], koder[int(b)%len(koder)], &f, dato); k2 != k || (err == nil) != (err2 == nil) {
			t.Fatalf("to kall ga ulike svar: %+v og %+v", k, k2)
		}
		if err != nil {
			var fe *tiltak.FeltFeil
			if !errors.Is(err, ErrIkkeModellert) && !errors.As(err, &fe) {
				t.Fatalf("udokumentert feil: %v", err)
			}
			return
		}
		if !k.Utfall.Gyldig() || k.Forklaring == "" {
			t.Fatalf("ugyldig svar %+v", k)
		}
	})
}

// FuzzVarighetOgSats: varighets- og satsreglene gir aldri panikk, bare de
// dokumenterte feilene, og det samme svaret to ganger; en regel gjelder for
// startdatoen den ble slått opp for, og et vilkår i den gir et gyldig utfall.
func FuzzVarighetOgSats(f *testing.F) {
	f.Add(uint8(1), int32(739000), []byte(`{"arbeidsevne":"nedsatt"}`))
	f.Add(uint8(26), int32(740000), []byte(`{"stillingstype":"midlertidig"}`))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, kode uint8, dag int32, faktaJSON []byte) {
		var fa tiltak.Fakta
		if json.Unmarshal(faktaJSON, &fa) != nil {
			return
		}
		k := koder[int(kode)%len(koder)]
		start := tiltak.MustDato(1, 1, 1).AddDays(int(dag))
		v, err := VarighetFor(k, start)
		if v2, err2 := VarighetFor(k, start); v2 != v || (err == nil) != (err2 == nil) {
			t.Fatalf("VarighetFor ga ulike svar")
		}
		var fe *tiltak.FeltFeil
		switch {
		case err != nil:
			if !errors.Is(err, ErrIkkeModellert) && !errors.As(err, &fe) {
				t.Fatalf("VarighetFor: udokumentert feil %v", err)
			}
		default:
			if v.Tiltak() != k || start.Before(v.Fra()) || (!v.Til().IsZero() && start.After(v.Til())) {
				t.Fatalf("VarighetFor(%s, %s) ga regelen for %s–%s", k, start, v.Fra(), v.Til())
			}
			for _, fl := range v.Forlengelser() {
				if !fl.Vilkar.EvaluerMed(&fa, start, Valg{}).Utfall().Gyldig() {
					t.Fatalf("%s: ugyldig utfall", fl.ID)
				}
			}
		}
		s, err := SatsFor(k, start)
		if s2, err2 := SatsFor(k, start); s2 != s || (err == nil) != (err2 == nil) {
			t.Fatalf("SatsFor ga ulike svar")
		}
		if err != nil {
			if !errors.Is(err, ErrIkkeModellert) && !errors.As(err, &fe) {
				t.Fatalf("SatsFor: udokumentert feil %v", err)
			}
			return
		}
		// En sats uten varianter gir -1; ellers har den en standardvariant
		// til slutt, så -1 betyr at et vilkår må vurderes.
		i, p := s.VelgVariant(&fa, start)
		if i >= s.AntallVarianter() || (i < 0 && s.AntallVarianter() > 0 && p.Utfall() != MaVurderes) || (s.AntallVarianter() == 0 && i != -1) {
			t.Fatalf("VelgVariant ga %d (%v)", i, p.Utfall())
		}
	})
}

// FuzzDatoregler: instruksreglene gir aldri panikk og alltid et gyldig utfall.
func FuzzDatoregler(f *testing.F) {
	f.Add(uint8(2), int32(737810), int32(737800), int32(737900), uint8(1), uint8(1))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, kode uint8, dag, fra, til int32, a, b uint8) {
		start := tiltak.MustDato(1, 1, 1)
		dato := start.AddDays(int(dag))
		if g, err := DigitalGjennomforing(koder[int(kode)%len(koder)], dato); err == nil && (!g.Utfall.Gyldig() || g.Forklaring == "") {
			t.Fatalf("digital: %+v", g)
		}
		p := tiltak.Periode{Fra: start.AddDays(int(fra)), Til: start.AddDays(int(til))}
		g, err := TiltakspengerCovid(dato, p, tiltak.Svar(a%3), tiltak.Svar(b%3))
		if err == nil && (!g.Utfall.Gyldig() || g.Forklaring == "" || (g.IKraft && dato.After(covidTil))) {
			t.Fatalf("covid: %+v", g)
		}
	})
}
