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

func TestJSONRundtur(t *testing.T) {
	f := grunnMed(født(1954, 3, 10), innsats(tiltak.InnsatsgruppeUkjent))
	var alle []Resultat
	for _, dato := range []tiltak.Dato{d(2020, 1, 1), sep2025, d(2033, 1, 1)} {
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
	if diff := cmp.Diff(alle, tilbake, cmp.Comparer(func(a, b tiltak.Tiltakssett) bool { return a == b })); diff != "" {
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
				Ledd     int    `json:"ledd"`
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
	// Født 10. mai 2009: 15 år den 9. mai 2025, så § 1-3 tredje ledd er
	// ikke oppfylt, og utfallet er avgjort (ingen fakta mangler på toppnivå).
	if m.Tiltak != "avklaring" || m.Utfall != "ikke-oppfylt" || m.Regelsett.ID != "avklaring-v20160101" ||
		m.Regelsett.Fra != "2016-01-01" || m.Regelsett.Til != "2025-07-31" || m.Mangler == nil || len(m.Mangler) != 0 || len(m.Spor) != 4 {
		t.Fatalf("toppnivå: %+v", m)
	}
	p := m.Spor[1]
	if p.VilkarID != vAlder2016 || p.Hjemmel.Tekst != "tiltaksforskriften § 1-3 tredje ledd" || p.Hjemmel.ID != "tf-1-3-l3-v20160101" ||
		p.Hjemmel.Kilde != "tiltaksforskriften" || p.Hjemmel.Paragraf != "1-3" || p.Hjemmel.Ledd != 3 || p.Hjemmel.Praksis || p.Utfall != "ikke-oppfylt" ||
		len(p.Lest) != 1 || p.Lest[0].Faktum != "fodselsdato" || p.Lest[0].Verdi != "2009-05-10" ||
		!strings.HasPrefix(p.Forklaring, "Personen har ikke fylt 16 år") || !strings.HasSuffix(p.Forklaring, "(fodselsdato: 2009-05-10)") {
		t.Errorf("alderssporpunktet: %+v", p)
	}
	// § 1-8: ingenting om arbeidsforholdet er oppgitt, så alle sju faktaene
	// vilkåret leser, mangler, i faktarekkefølge.
	if q := m.Spor[2]; q.VilkarID != vArbtaker || q.Utfall != "ma-vurderes" || strings.Join(q.Mangler, ",") !=
		"arbeidsevne,sykmeldt,ansatt_hos_arbeidsgiver,arbeidstaker,tilretteleggingsplikt_oppfylt,oppfolgingsplan_innhentet,bedriftsinterne_tiltak_provd" {
		t.Errorf("§ 1-8-sporpunktet: %+v", q)
	}
	if q := m.Spor[3]; q.Utfall != "ma-vurderes" || len(q.Mangler) != 1 || q.Mangler[0] != "behov_utvidet_avklaring" || q.Lest[0].Verdi != "ukjent" {
		t.Errorf("fjerde sporpunkt: %+v", q)
	}
}

func TestJSONFeil(t *testing.T) {
	var r Resultat
	err := json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2025-01-01","utfall":"oppfylt","spor":[{"vilkar_id":"finnes-ikke","utfall":"oppfylt"}]}`), &r)
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "spor[0].vilkar_id" || !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("ukjent vilkår: %v", err)
	}
	// Den gamle id-formen (før paragrafversjonene) er ukjent.
	err = json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2025-01-01","utfall":"oppfylt","spor":[{"vilkar_id":"tf-1-3.alder-16","utfall":"oppfylt"}]}`), &r)
	if !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("gammel vilkårs-id: %v", err)
	}
	err = json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2025-01-01","utfall":"oppfylt","regelsett":{"id":"avklaring-v19990101"},"spor":[]}`), &r)
	if !errors.As(err, &fe) || fe.Felt != "regelsett.id" || fe.Verdi != "avklaring-v19990101" || !errors.Is(err, ErrUkjentRegelsett) {
		t.Errorf("ukjent regelsett: %v", err)
	}
	// Et resultat for en dato som ikke er modellert har det tomme
	// regelsettet, og det leses tilbake som det samme.
	if err := json.Unmarshal([]byte(`{"tiltak":"avklaring","dato":"2015-01-01","utfall":"ma-vurderes","regelsett":{"id":""},"ikke_modellert":true,"spor":[{"vilkar_id":"ikke-modellert","utfall":"ma-vurderes"}]}`), &r); err != nil ||
		r.Regelsett != ingenRegelsett || r.Regelsett.ID() != "" || r.Fakta == nil || r.Spor[0].Vilkar() != vilkarIkkeModellert {
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
	if _, err := json.Marshal(Resultat{Utfall: Oppfylt, Spor: []Sporpunkt{NyttSporpunkt(nil, Oppfylt, tiltak.Faktasett{})}}); !errors.Is(err, ErrUkjentVilkar) {
		t.Errorf("sporpunkt uten vilkår: %v", err)
	}
}

func TestForklaring(t *testing.T) {
	f := &tiltak.Fakta{Fodselsdato: d(1954, 3, 10)}
	r, err := VurderMed(tiltak.Arbeidstrening, f, sep2025, Valg{MedPraksis: true})
	if err != nil {
		t.Fatal(err)
	}
	p, ok := finnPunkt(r, vAlder72)
	if !ok || !p.ManglerSluttdato() || !r.ManglerSluttdato() || !strings.Contains(p.Forklaring(f), "Planlagt sluttdato er ikke oppgitt.") {
		t.Errorf("sluttdato: %+v %q", p, p.Forklaring(f))
	}
	if (Sporpunkt{}).Forklaring(f) != "" {
		t.Error("tomt sporpunkt har forklaring")
	}
	r2, _ := Vurder(tiltak.Arbeidstrening, f, sep2025)
	if r2.ManglerSluttdato() {
		t.Error("uten praksis mangler ikke sluttdato")
	}
	s, _ := VurderMed(tiltak.Sommerjobb, &tiltak.Fakta{Fodselsdato: d(1995, 6, 15)}, d(2025, 6, 15), Valg{MedPraksis: true})
	q, _ := finnPunkt(s, "tf-8-3-v20210422.under-30")
	if !q.Erstattet() || !strings.Contains(q.Forklaring(s.Fakta), "erstattet av NAVs praksis") {
		t.Errorf("erstattet: %q", q.Forklaring(s.Fakta))
	}
	// Tekstene for hvert utfall.
	v, _ := FinnVilkar(vAlder2016)
	if !strings.HasPrefix(v.Tekst(Oppfylt), "Personen har fylt 16 år") || !strings.HasPrefix(v.Tekst(IkkeOppfylt), "Personen har ikke fylt 16 år") ||
		!strings.HasPrefix(v.Tekst(MaVurderes), "Fødselsdatoen er ikke oppgitt") || v.Tekst(0) != "" {
		t.Error("Tekst per utfall")
	}
	if p := v.Evaluer(f, d(2025, 1, 1)); p.Utfall() != Oppfylt || p.Forklaring(f) != v.Tekst(Oppfylt)+" (fodselsdato: 1954-03-10)" {
		t.Errorf("Evaluer: %v %q", p.Utfall(), p.Forklaring(f))
	}
	if p := v.Evaluer(nil, d(2025, 1, 1)); p.Utfall() != MaVurderes || !p.Mangler().Har(tiltak.FaktumFodselsdato) {
		t.Errorf("Evaluer uten fakta: %+v", p)
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
	if Utfall(4).String() != "ukjent utfall" || Utfall(9).String() != "ukjent utfall" || Utfall(0).String() != "ikke vurdert" || MaVurderes.String() != "må vurderes" {
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
	f := tiltak.Fakta{Fodselsdato: d(2000, 3, 1)}
	r, err := VurderMed(tiltak.Arbeidstrening, &f, sep2025, Valg{MedPraksis: true})
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
		if !strings.Contains(string(b), `"vilkar_id":"`+p.Vilkar().ID()+`"`) {
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

// Forklaringen uten og med fakta, og forklaringen for mentor i
// arbeidstrening (seed 003 nevnes bare der).
func TestGrenserITekstene(t *testing.T) {
	// Et vilkår biblioteket ikke har bygd, har ingen plass i
	// vilkårstabellen; sporpunktet har da ikke noe vilkår og ingen forklaring.
	fremmed := &Vilkar{id: "test", tekst: tekster{oppfylt: "Oppfylt."}}
	if p := NyttSporpunkt(fremmed, Oppfylt, tiltak.Faktasett{}); p.Vilkar() != nil || p.Forklaring(&tiltak.Fakta{}) != "" || p.Utfall() != Oppfylt {
		t.Errorf("fremmed vilkår: %v, %q", p.Vilkar(), p.Forklaring(&tiltak.Fakta{}))
	}
	v := vilkarIkkeModellert // leser ingen fakta
	if got := NyttSporpunkt(v, MaVurderes, tiltak.Faktasett{}).Forklaring(&tiltak.Fakta{}); got != v.tekst.maVurderes {
		t.Errorf("vilkår uten fakta ga %q", got)
	}
	var en *Vilkar
	for _, w := range alleVilkar() {
		if w.Leser().Antall() == 1 && w.Leser().Har(tiltak.FaktumSamtykke) && w.tekst.oppfylt != "" {
			en = w
			break
		}
	}
	if en == nil {
		t.Fatal("fant ikke et vilkår som bare leser samtykke")
	}
	if got := NyttSporpunkt(en, Oppfylt, tiltak.Faktasett{}).Forklaring(&tiltak.Fakta{Samtykke: tiltak.Ja}); got != en.tekst.oppfylt+" (samtykke: ja)" {
		t.Errorf("vilkår med ett faktum ga %q", got)
	}
	if got := NyttSporpunkt(en, Oppfylt, tiltak.Faktasett{}).Forklaring(nil); got != en.tekst.oppfylt {
		t.Errorf("uten fakta ga %q", got)
	}
	at, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, nil, sep2025)
	if err != nil || !strings.Contains(at.Forklaring, "seed 003") {
		t.Errorf("mentor i arbeidstrening: %q, %v", at.Forklaring, err)
	}
	ml, err := KanKombineres(tiltak.Mentor, tiltak.MidlertidigLonnstilskudd, nil, sep2025)
	if err != nil || strings.Contains(ml.Forklaring, "seed 003") {
		t.Errorf("mentor i midlertidig lønnstilskudd: %q, %v", ml.Forklaring, err)
	}
}

func TestHjemmelJSONOgTommeLister(t *testing.T) {
	praksis := func(h tiltak.Hjemmel) bool {
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		var m struct{ Praksis bool }
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m.Praksis
	}
	p72, _ := FinnVilkar(vAlder72)
	tf, _ := FinnVilkar(vAlder2016)
	if praksis(tiltak.Hjemmel{}) || !praksis(p72.Hjemmel()) || praksis(tf.Hjemmel()) {
		t.Error("praksisflagget i hjemmelens JSON")
	}
	// Et avgjort resultat har en tom liste over manglende fakta, ikke null.
	f := tiltak.Fakta{Fodselsdato: d(2000, 1, 1), NodvendigOgHensiktsmessig: tiltak.Ja, BehovUtvidetAvklaring: tiltak.Ja, Arbeidstaker: tiltak.Nei}
	r, err := Vurder(tiltak.Avklaring, &f, sep2025)
	if err != nil {
		t.Fatal(err)
	}
	if r.Utfall != Oppfylt {
		t.Fatalf("utfall %v; spor:\n%s", r.Utfall, sporTekst(r))
	}
	b, _ := json.Marshal(r)
	var topp map[string]json.RawMessage
	if err := json.Unmarshal(b, &topp); err != nil || string(topp["mangler"]) != "[]" {
		t.Errorf("toppnivåets mangler = %s, ventet []", topp["mangler"])
	}
}

// Sporpunktet holder utfall, mangler og merker i ett ord: hver del kan
// settes og leses uten å endre de andre, og et ugyldig utfall lagres som 0.
// Bare fakta vilkåret leser kan mangle.
func TestSporpunktTilstand(t *testing.T) {
	if s := unsafe.Sizeof(Sporpunkt{}); s != 8 {
		t.Errorf("Sporpunkt er %d byte, ventet 8", s)
	}
	v, _ := FinnVilkar(vArbtaker) // leser sju fakta
	alle := v.Leser()
	for _, u := range []Utfall{0, Oppfylt, IkkeOppfylt, MaVurderes} {
		for _, m := range []tiltak.Faktasett{{}, alle, tiltak.FaktasettAv(tiltak.FaktumArbeidstaker, tiltak.FaktumBedriftsinterneTiltakProvd)} {
			for _, ms := range []bool{false, true} {
				for _, e := range []bool{false, true} {
					p := NyttSporpunkt(v, u, m).MedManglerSluttdato(ms).MedErstattet(e)
					if p.Vilkar() != v || p.Utfall() != u || p.Mangler() != m || p.ManglerSluttdato() != ms || p.Erstattet() != e {
						t.Errorf("(%v, %v, %v, %v) ble (%v, %v, %v, %v)", u, m, ms, e, p.Utfall(), p.Mangler(), p.ManglerSluttdato(), p.Erstattet())
					}
					if q := p.MedManglerSluttdato(!ms).MedErstattet(!e); q.Equal(p) || q.Utfall() != u || q.Mangler() != m {
						t.Errorf("å snu merkene endret mer enn merkene: %v", q)
					}
				}
			}
		}
	}
	if p := NyttSporpunkt(v, MaVurderes, tiltak.FaktasettAv(tiltak.FaktumSamtykke, tiltak.FaktumArbeidstaker)); p.Mangler() != tiltak.FaktasettAv(tiltak.FaktumArbeidstaker) {
		t.Errorf("et faktum vilkåret ikke leser ble tatt med: %v", p.Mangler().Liste())
	}
	for _, u := range []Utfall{4, 7, 8, 255} {
		if p := NyttSporpunkt(v, u, tiltak.Faktasett{}); p.Utfall() != 0 {
			t.Errorf("ugyldig utfall %d ble %v", u, p.Utfall())
		}
	}
	w, _ := FinnVilkar(vAlder2016)
	if !NyttSporpunkt(v, Oppfylt, tiltak.Faktasett{}).Equal(NyttSporpunkt(v, Oppfylt, tiltak.Faktasett{})) ||
		NyttSporpunkt(v, Oppfylt, tiltak.Faktasett{}).Equal(NyttSporpunkt(w, Oppfylt, tiltak.Faktasett{})) {
		t.Error("Equal sammenligner ikke vilkår og tilstand")
	}
}
