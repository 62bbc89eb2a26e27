package varighet

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Et Resultat går rundt gjennom JSON: forlengelsene og vilkårene slås opp på id.
func TestResultatJSONRundtur(t *testing.T) {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, Fodselsdato: tiltak.MustDato(1990, 1, 1)}
	for _, k := range []tiltak.Kode{tiltak.Oppfolging, tiltak.Avklaring, tiltak.IPSUng, tiltak.Mentor, tiltak.FirearigLonnstilskudd, tiltak.Sommerjobb} {
		r, err := Maksimum(k, &f, tiltak.MustDato(2026, 9, 1))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var tilbake Resultat
		if err := json.Unmarshal(b, &tilbake); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		b2, _ := json.Marshal(tilbake)
		if string(b) != string(b2) {
			t.Errorf("%s: rundturen endret JSON:\n%s\n%s", k, b, b2)
		}
		for i, tv := range tilbake.Tak {
			if tv.Spor.Vilkar() != r.Tak[i].Spor.Vilkar() || tv.Tak.Vilkar != r.Tak[i].Tak.Vilkar {
				t.Errorf("%s: vilkåret til tak %d ble ikke slått opp", k, i)
			}
		}
		for i, u := range tilbake.Forlengelser {
			if u.Spor.Vilkar() != r.Forlengelser[i].Spor.Vilkar() || u.Forlengelse.Vilkar != r.Forlengelser[i].Forlengelse.Vilkar {
				t.Errorf("%s: vilkåret til forlengelse %d ble ikke slått opp", k, i)
			}
		}
	}
	var u Utvidelse
	err := json.Unmarshal([]byte(`{"forlengelse":{"id":"finnes-ikke"}}`), &u)
	if !errors.Is(err, ErrUkjentForlengelse) {
		t.Errorf("ukjent forlengelse ga %v", err)
	}
	if _, ok := FinnForlengelse("tf-4-4-v20160101.forlengelse"); !ok {
		t.Error("fant ikke tf-4-4.forlengelse")
	}
}

func TestTypeTekstRundtur(t *testing.T) {
	for ty := Tidsbegrenset; ty <= IkkeFastsatt; ty++ {
		b, _ := ty.MarshalText()
		var v Type
		if v.UnmarshalText(b) != nil || v != ty {
			t.Errorf("rundtur %s", b)
		}
	}
	for ty := Gjennomgang; ty <= UnntakSlutt; ty++ {
		b, _ := ty.MarshalText()
		var v FristType
		if v.UnmarshalText(b) != nil || v != ty {
			t.Errorf("rundtur %s", b)
		}
	}
	var v Type
	var ft FristType
	if v.UnmarshalText([]byte("x")) == nil || ft.UnmarshalText([]byte("x")) == nil {
		t.Error("ukjent ord godtatt")
	}
}

// Hver forlengelses-id peker på ett vilkår, så JSON kan slå det opp.
func TestForlengelsesIDErEntydig(t *testing.T) {
	sett := map[string]Forlengelse{}
	for _, k := range tiltak.Koder() {
		l, err := Regler(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range l {
			for _, f := range r.Forlengelser() {
				if o, ok := sett[f.ID]; ok && o.Vilkar != f.Vilkar {
					t.Errorf("%s: forlengelsen %s har et annet vilkår enn en annen med samme id", k, f.ID)
				}
				sett[f.ID] = f
				if g, ok := FinnForlengelse(f.ID); !ok || g.Vilkar != f.Vilkar || g.Samlet != f.Samlet {
					t.Errorf("FinnForlengelse(%s) = %+v, %v", f.ID, g, ok)
				}
			}
		}
	}
	if _, ok := FinnForlengelse("tf-4-4.finnes-ikke"); ok {
		t.Error("FinnForlengelse fant en id som ikke finnes")
	}
}

// En utvidelse uten spor i JSON leses med utfallet ukjent (null), ikke som en feil.
func TestUtvidelseUtenSpor(t *testing.T) {
	var u Utvidelse
	if err := json.Unmarshal([]byte(`{"forlengelse":{"id":"tf-4-4-v20160101.forlengelse"},"siste_dag":"2026-01-30"}`), &u); err != nil {
		t.Fatal(err)
	}
	if u.Spor.Vilkar() == nil || u.Spor.Utfall() != 0 || u.SisteDag != tiltak.MustDato(2026, 1, 30) {
		t.Errorf("%+v", u)
	}
}
