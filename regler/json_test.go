package regler

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

var (
	vilkarPeker    = cmp.Comparer(func(a, b *Vilkar) bool { return a == b })
	regelsettPeker = cmp.Comparer(func(a, b *Regelsett) bool { return a == b })
)

func TestJSONRundtur(t *testing.T) {
	f := med(født(1954, 3, 10), func(f *tiltak.Fakta) { f.Innsatsgruppe = tiltak.InnsatsgruppeUkjent })
	var alle []Resultat
	for _, dato := range []tiltak.Dato{d(2020, 1, 1), d(2025, 9, 1), d(2033, 1, 1)} {
		rs, err := VurderAlleMed(&f, dato, Valg{MedPraksis: true, Sluttdato: dato.AddYears(1)})
		if err != nil {
			t.Fatal(err)
		}
		alle = append(alle, rs...)
	}
	b, err := json.Marshal(alle)
	if err != nil {
		t.Fatal(err)
	}
	var tilbake []Resultat
	if err := json.Unmarshal(b, &tilbake); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(alle, tilbake, vilkarPeker, regelsettPeker, cmp.Comparer(func(a, b tiltak.Tiltakssett) bool { return a == b })); diff != "" {
		t.Errorf("rundtur (-før +etter):\n%s", diff)
	}
}

func TestJSONForm(t *testing.T) {
	f := &tiltak.Fakta{Fodselsdato: d(2009, 5, 10), NodvendigOgHensiktsmessig: tiltak.Ja}
	r, err := Vurder(tiltak.Avklaring, f, d(2025, 5, 9))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Tiltak    string `json:"tiltak"`
		Utfall    string `json:"utfall"`
		Regelsett struct {
			ID  string `json:"id"`
			Fra string `json:"fra"`
			Til string `json:"til"`
		} `json:"regelsett"`
		Mangler []string `json:"mangler"`
		Spor    []struct {
			VilkarID string `json:"vilkar_id"`
			Hjemmel  struct {
				Tekst    string `json:"tekst"`
				ID       string `json:"id"`
				Kilde    string `json:"kilde"`
				Paragraf string `json:"paragraf"`
				Praksis  bool   `json:"praksis"`
			} `json:"hjemmel"`
			Utfall string `json:"utfall"`
			Lest   []struct {
				Faktum string `json:"faktum"`
				Verdi  string `json:"verdi"`
			} `json:"lest"`
			Mangler    []string `json:"mangler"`
			Forklaring string   `json:"forklaring"`
		} `json:"spor"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	// Født 10. mai 2009: 15 år den 9. mai 2025, så § 1-3 er ikke oppfylt.
	if m.Tiltak != "avklaring" || m.Utfall != "ikke-oppfylt" || m.Regelsett.ID != "avklaring-v20160101" ||
		m.Regelsett.Fra != "2016-01-01" || m.Regelsett.Til != "2025-07-31" || len(m.Mangler) != 0 {
		t.Errorf("toppnivå: %+v", m)
	}
	p := m.Spor[0]
	if p.VilkarID != "tf-1-3.alder-16" || p.Hjemmel.Tekst != "tiltaksforskriften § 1-3" || p.Hjemmel.ID != "tf-1-3" ||
		p.Hjemmel.Kilde != "tiltaksforskriften" || p.Hjemmel.Paragraf != "1-3" || p.Hjemmel.Praksis || p.Utfall != "ikke-oppfylt" ||
		len(p.Lest) != 1 || p.Lest[0].Faktum != "fodselsdato" || p.Lest[0].Verdi != "2009-05-10" ||
		!strings.HasPrefix(p.Forklaring, "Personen har ikke fylt 16 år") || !strings.HasSuffix(p.Forklaring, "(fodselsdato: 2009-05-10)") {
		t.Errorf("første sporpunkt: %+v", p)
	}
	if m.Spor[2].Utfall != "ma-vurderes" || len(m.Spor[2].Mangler) != 1 || m.Spor[2].Mangler[0] != "behov_utvidet_avklaring" {
		t.Errorf("tredje sporpunkt: %+v", m.Spor[2])
	}
}

func TestJSONFeil(t *testing.T) {
	var r Resultat
	err := json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2025-01-01","utfall":"oppfylt","spor":[{"vilkar_id":"finnes-ikke","utfall":"oppfylt"}]}`), &r)
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "spor[0].vilkar_id" || !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("ukjent vilkår: %v", err)
	}
	err = json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2025-01-01","utfall":"oppfylt","regelsett":{"id":"avklaring-v19990101"},"spor":[]}`), &r)
	if !errors.As(err, &fe) || fe.Felt != "regelsett.id" || fe.Verdi != "avklaring-v19990101" || !errors.Is(err, ErrUkjentRegelsett) {
		t.Errorf("ukjent regelsett: %v", err)
	}
	// Et resultat for en dato som ikke er modellert har det tomme
	// regelsettet, og det leses tilbake som det samme.
	if err := json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2015-01-01","utfall":"ma-vurderes","regelsett":{"id":""},"ikke_modellert":true,"spor":[{"vilkar_id":"ikke-modellert","utfall":"ma-vurderes"}]}`), &r); err != nil ||
		r.Regelsett != ingenRegelsett || r.Regelsett.ID != "" || r.Fakta == nil {
		t.Errorf("ikke modellert: %v, %+v", err, r)
	}
	if err := json.Unmarshal([]byte(`{"tiltak":"x"}`), &r); !errors.Is(err, tiltak.ErrUkjentTiltak) {
		t.Errorf("ukjent tiltak: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"utfall":"kanskje"}`), &r); err == nil {
		t.Error("ukjent utfall ble godtatt")
	}
	if err := json.Unmarshal([]byte(`[`), &r); err == nil {
		t.Error("ugyldig JSON ble godtatt")
	}
	if _, err := json.Marshal(Resultat{Utfall: Oppfylt, Spor: []Sporpunkt{NyttSporpunkt(nil, Oppfylt, 0)}}); !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("sporpunkt uten vilkår: %v", err)
	}
}

func TestForklaring(t *testing.T) {
	f := &tiltak.Fakta{Fodselsdato: d(1954, 3, 10)}
	r, err := VurderMed(tiltak.Arbeidstrening, f, d(2025, 9, 1), Valg{MedPraksis: true})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := finnPunkt(r, "praksis-alder-72.sluttdato")
	if !p.ManglerSluttdato() || !r.ManglerSluttdato() || !strings.Contains(p.Forklaring(f), "Planlagt sluttdato er ikke oppgitt.") {
		t.Errorf("sluttdato: %+v %q", p, p.Forklaring(f))
	}
	if (Sporpunkt{}).Forklaring(f) != "" {
		t.Error("tomt sporpunkt har forklaring")
	}
	r2, _ := Vurder(tiltak.Arbeidstrening, f, d(2025, 9, 1))
	if r2.ManglerSluttdato() {
		t.Error("uten praksis mangler ikke sluttdato")
	}
	s, _ := VurderMed(tiltak.Sommerjobb, &tiltak.Fakta{Fodselsdato: d(1995, 6, 15)}, d(2025, 6, 15), Valg{MedPraksis: true})
	q, _ := finnPunkt(s, "tf-8-personkrets.alder-16-29")
	if !strings.Contains(q.Forklaring(s.Fakta), "erstattet av NAVs praksis") {
		t.Errorf("erstattet: %q", q.Forklaring(s.Fakta))
	}
	tk := Tekster{"a", "b", "c"}
	if tk.For(Oppfylt) != "a" || tk.For(IkkeOppfylt) != "b" || tk.For(MaVurderes) != "c" || tk.For(0) != "" {
		t.Error("Tekster.For")
	}
	if !praksisAlder72.ErPraksis() || tf23.ErPraksis() {
		t.Error("ErPraksis")
	}
	// Evaluer (uten valg) gjør som motoren uten valg: en praksisregel som
	// leser planlagt sluttdato, må vurderes og sier at sluttdatoen mangler.
	if p := praksisAlder72.Evaluer(f, d(2026, 3, 10)); p.Utfall() != MaVurderes || !p.ManglerSluttdato() {
		t.Errorf("Evaluer uten sluttdato: %+v", p)
	}
	if p := praksisAlder67.Evaluer(f, d(2021, 3, 9)); p.Utfall() != MaVurderes || !p.ManglerSluttdato() {
		t.Errorf("Evaluer uten sluttdato: %+v", p)
	}
	if p := tf23.Evaluer(f, d(2025, 1, 1)); p.Utfall() != MaVurderes || !p.Mangler().Har(tiltak.FaktumBehovUtvidetAvklaring) {
		t.Errorf("Evaluer ukjent: %+v", p)
	}
}

func TestUtfall(t *testing.T) {
	for _, u := range []Utfall{Oppfylt, IkkeOppfylt, MaVurderes} {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var v Utfall
		if err := v.UnmarshalText(b); err != nil || v != u {
			t.Errorf("%v: %v %v", u, v, err)
		}
	}
	if _, err := Utfall(0).MarshalText(); err == nil {
		t.Error("ikke vurdert ble skrevet")
	}
	if Utfall(9).String() != "ukjent utfall" || Utfall(0).String() != "ikke vurdert" || MaVurderes.String() != "må vurderes" {
		t.Error("String")
	}
	// Og og Eller over alle par, regnet for hånd: ikke oppfylt avgjør Og,
	// oppfylt avgjør Eller, må vurderes smitter ellers, 0 er nøytralt.
	o, i, m := Oppfylt, IkkeOppfylt, MaVurderes
	for _, tt := range []struct{ a, b, og, eller Utfall }{
		{o, o, o, o}, {o, i, i, o}, {o, m, m, o}, {i, i, i, i}, {i, m, i, m}, {m, m, m, m},
		{0, o, o, o}, {0, i, i, i}, {0, m, m, m}, {0, 0, 0, 0},
	} {
		if Og(tt.a, tt.b) != tt.og || Og(tt.b, tt.a) != tt.og || Eller(tt.a, tt.b) != tt.eller || Eller(tt.b, tt.a) != tt.eller {
			t.Errorf("Og/Eller(%v, %v)", tt.a, tt.b)
		}
	}
	if FraSvar(tiltak.Ja) != o || FraSvar(tiltak.Nei) != i || FraSvar(tiltak.Ukjent) != m {
		t.Error("FraSvar")
	}
}

func TestSporpunktJSONRundtur(t *testing.T) {
	f := tiltak.Fakta{Fodselsdato: tiltak.MustDato(2000, 3, 1)}
	r, err := Vurder(tiltak.Avklaring, &f, tiltak.MustDato(2025, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Spor {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q Sporpunkt
		if err := json.Unmarshal(b, &q); err != nil {
			t.Fatal(err)
		}
		if q != p {
			t.Errorf("rundtur av %s: %+v ble %+v", b, p, q)
		}
		if !strings.Contains(string(b), `"vilkar_id":"`+p.Vilkar.ID+`"`) {
			t.Errorf("JSON mangler vilkar_id: %s", b)
		}
	}
	var q Sporpunkt
	err = json.Unmarshal([]byte(`{"vilkar_id":"finnes-ikke","utfall":"oppfylt"}`), &q)
	if !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("ukjent vilkår ga %v", err)
	}
	if _, err := json.Marshal(Sporpunkt{}); !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("sporpunkt uten vilkår ga %v", err)
	}
}

// Drepte mutanter: grensene i Utfall.String, Forklaring og forklaringen for
// mentor i arbeidstrening.
func TestGrenserITekstene(t *testing.T) {
	if Utfall(4).String() != "ukjent utfall" || Utfall(0).String() != "ikke vurdert" || MaVurderes.String() != "må vurderes" {
		t.Error("Utfall.String på grensene")
	}
	v := &Vilkar{ID: "test", Tekst: Tekster{Oppfylt: "Oppfylt."}}
	if got := (NyttSporpunkt(v, Oppfylt, 0)).Forklaring(&tiltak.Fakta{}); got != "Oppfylt." {
		t.Errorf("vilkår uten fakta ga %q", got)
	}
	v.Leser = tiltak.FaktasettAv(tiltak.FaktumSamtykke)
	if got := (NyttSporpunkt(v, Oppfylt, 0)).Forklaring(&tiltak.Fakta{Samtykke: tiltak.Ja}); got != "Oppfylt. (samtykke: ja)" {
		t.Errorf("vilkår med ett faktum ga %q", got)
	}
	dato := tiltak.MustDato(2025, 9, 1)
	at, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, dato, tiltak.Ukjent)
	if err != nil || !strings.Contains(at.Forklaring, "seed 003") {
		t.Errorf("mentor i arbeidstrening: %q, %v", at.Forklaring, err)
	}
	ml, err := KanKombineres(tiltak.Mentor, tiltak.MidlertidigLonnstilskudd, dato, tiltak.Ukjent)
	if err != nil || strings.Contains(ml.Forklaring, "seed 003") {
		t.Errorf("mentor i midlertidig lønnstilskudd: %q, %v", ml.Forklaring, err)
	}
}

func TestHjemmelJSONOgTommeLister(t *testing.T) {
	if NyHjemmelJSON(tiltak.Hjemmel{}).Praksis {
		t.Error("en tom hjemmel er ikke praksis")
	}
	if !NyHjemmelJSON(tiltak.PraksisNAV("praksis-alder-72", "x")).Praksis || NyHjemmelJSON(tiltak.TF("tf-1-3", "1-3", 0)).Praksis {
		t.Error("praksisflagget")
	}
	// Et avgjort resultat har en tom liste over manglende fakta, ikke null.
	f := tiltak.Fakta{Fodselsdato: tiltak.MustDato(2000, 1, 1), NodvendigOgHensiktsmessig: tiltak.Ja, BehovUtvidetAvklaring: tiltak.Ja}
	r, err := Vurder(tiltak.Avklaring, &f, tiltak.MustDato(2025, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	if r.Utfall != Oppfylt {
		t.Fatalf("utfall %v", r.Utfall)
	}
	b, _ := json.Marshal(r)
	var topp map[string]json.RawMessage
	if err := json.Unmarshal(b, &topp); err != nil || string(topp["mangler"]) != "[]" {
		t.Errorf("toppnivåets mangler = %s, ventet []", topp["mangler"])
	}
}

// Sporpunktet holder utfall, mangler og merker i ett ord: hver del kan
// settes og leses uten å endre de andre, alle fakta i katalogen får plass,
// og et ugyldig utfall lagres som 0.
func TestSporpunktTilstand(t *testing.T) {
	if n := len(tiltak.AlleFakta()); n >= utfallSkift {
		t.Fatalf("%d fakta får ikke plass i de %d bitene for mangler", n, utfallSkift)
	}
	if s := unsafe.Sizeof(Sporpunkt{}); s != 16 {
		t.Errorf("Sporpunkt er %d byte, ventet 16", s)
	}
	alle := tiltak.FaktasettAv(tiltak.AlleFakta()...)
	for _, u := range []Utfall{0, Oppfylt, IkkeOppfylt, MaVurderes} {
		for _, m := range []tiltak.Faktasett{0, alle, tiltak.FaktasettAv(tiltak.FaktumFodselsdato)} {
			for _, ms := range []bool{false, true} {
				for _, e := range []bool{false, true} {
					p := NyttSporpunkt(tf23, u, m).MedManglerSluttdato(ms).MedErstattet(e)
					if p.Vilkar != tf23 || p.Utfall() != u || p.Mangler() != m || p.ManglerSluttdato() != ms || p.Erstattet() != e {
						t.Errorf("(%v, %v, %v, %v) ble (%v, %v, %v, %v)", u, m, ms, e, p.Utfall(), p.Mangler(), p.ManglerSluttdato(), p.Erstattet())
					}
					if q := p.MedManglerSluttdato(!ms).MedErstattet(!e); q.Equal(p) || q.Utfall() != u || q.Mangler() != m {
						t.Errorf("å snu merkene endret mer enn merkene: %v", q)
					}
				}
			}
		}
	}
	for _, u := range []Utfall{4, 7, 8, 255} {
		if p := NyttSporpunkt(tf23, u, 0); p.Utfall() != 0 {
			t.Errorf("ugyldig utfall %d ble %v", u, p.Utfall())
		}
	}
	if !NyttSporpunkt(tf23, Oppfylt, 0).Equal(NyttSporpunkt(tf23, Oppfylt, 0)) || NyttSporpunkt(tf23, Oppfylt, 0).Equal(NyttSporpunkt(tf18, Oppfylt, 0)) {
		t.Error("Equal sammenligner ikke vilkår og tilstand")
	}
}
