package tiltak

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFaktaJSONRundtur(t *testing.T) {
	f := Fakta{
		Fodselsdato:               d("2003-05-17"),
		Arbeidsevne:               NedsattArbeidsevne,
		Innsatsgruppe:             TrengerVeiledningNedsattArbeidsevne,
		Uforetrygd:                IngenUforetrygd,
		RegistrertDato:            d("2025-01-10"),
		Samtykke:                  Ja,
		NodvendigOgHensiktsmessig: Nei,
		Stillingstype:             FastStilling,
		DeltarI:                   settAv(Arbeidstrening, MidlertidigLonnstilskudd),
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	ventet := `{"fodselsdato":"2003-05-17","arbeidsevne":"nedsatt","innsatsgruppe":"trenger-veiledning-nedsatt-arbeidsevne","uforetrygd":"ingen","registrert_dato":"2025-01-10","samtykke":"ja","stillingstype":"fast","deltar_i":["arbeidstrening","midlertidig-lonnstilskudd"],"nodvendig_og_hensiktsmessig":"nei"}`
	if string(b) != ventet {
		t.Errorf("JSON\n fikk   %s\n ventet %s", b, ventet)
	}
	var g Fakta
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, g); diff != "" {
		t.Errorf("rundtur (-før +etter):\n%s", diff)
	}
	// Tomt objekt: alt ukjent.
	var tom Fakta
	if err := json.Unmarshal([]byte(`{}`), &tom); err != nil || tom != (Fakta{}) {
		t.Errorf("tomt objekt ga %+v, %v", tom, err)
	}
}

func TestFaktaJSONFeil(t *testing.T) {
	tester := map[string]string{
		`{"arbeidsevne":"litt"}`:        "arbeidsevne",
		`{"innsatsgruppe":"x"}`:         "innsatsgruppe",
		`{"uforetrygd":"delvis"}`:       "uforetrygd",
		`{"samtykke":"kanskje"}`:        "svar",
		`{"samtykke":1}`:                "svar",
		`{"deltar_i":["finnes-ikke"]}`:  "deltar_i",
		`{"deltar_i":"arbeidstrening"}`: "deltar_i",
		`{"stillingstype":"vikar"}`:     "stillingstype",
	}
	for inn, felt := range tester {
		var f Fakta
		err := json.Unmarshal([]byte(inn), &f)
		var fe *FeltFeil
		if !errors.As(err, &fe) || fe.Felt != felt {
			t.Errorf("%s ga %v, ventet feil i %q", inn, err, felt)
		}
	}
}

func TestSvarOgEnumTolkning(t *testing.T) {
	var f Fakta
	inn := `{"samtykke":true,"sykmeldt":false,"i_utdanning":null,"innsatsgruppe":"SPESIELT_TILPASSET_INNSATS","stillingstype":"MIDLERTIDIG"}`
	if err := json.Unmarshal([]byte(inn), &f); err != nil {
		t.Fatal(err)
	}
	if f.Samtykke != Ja || f.Sykmeldt != Nei || f.IUtdanning != Ukjent || f.Innsatsgruppe != TrengerVeiledningNedsattArbeidsevne || f.Stillingstype != MidlertidigStilling {
		t.Errorf("tolket %+v", f)
	}
	if v, k := Ja.Bool(); !v || !k {
		t.Error("Ja.Bool")
	}
	if _, k := Ukjent.Bool(); k {
		t.Error("Ukjent.Bool")
	}
	if SvarFra(false) != Nei || SvarFra(true) != Ja {
		t.Error("SvarFra")
	}
}

// NAVs lesning av innsatsgruppene (nav-praksis.md § 1c).
func TestInnsatsgruppeNedsattArbeidsevne(t *testing.T) {
	tester := map[Innsatsgruppe]Svar{
		InnsatsgruppeUkjent:                 Ukjent,
		GodeMuligheter:                      Nei,
		TrengerVeiledning:                   Nei,
		TrengerVeiledningNedsattArbeidsevne: Ja,
		JobbeDelvis:                         Ja,
		LitenMulighetTilAJobbe:              Ja,
	}
	for g, s := range tester {
		if g.NedsattArbeidsevne() != s {
			t.Errorf("%v.NedsattArbeidsevne() = %v, ventet %v", g, g.NedsattArbeidsevne(), s)
		}
	}
	for a, s := range map[Arbeidsevne]Svar{ArbeidsevneUkjent: Ukjent, IkkeNedsattArbeidsevne: Nei, NedsattArbeidsevne: Ja, VarigNedsattArbeidsevne: Ja} {
		if a.Nedsatt() != s {
			t.Errorf("%v.Nedsatt() = %v", a, a.Nedsatt())
		}
	}
	for u, s := range map[Uforetrygd]Svar{UforetrygdUkjent: Ukjent, IngenUforetrygd: Nei, UforetrygdForventet: Ja, GradertUforetrygd: Ja, FullUforetrygd: Ja} {
		if u.MottarEllerForventet() != s {
			t.Errorf("%v.MottarEllerForventet() = %v", u, u.MottarEllerForventet())
		}
	}
}

func TestFaktaValider(t *testing.T) {
	tester := []struct {
		f    Fakta
		felt string
	}{
		{Fakta{}, ""},
		{Fakta{Fodselsdato: d("2000-01-01"), RegistrertDato: d("2000-01-01")}, ""},
		{Fakta{Fodselsdato: d("2000-01-02"), RegistrertDato: d("2000-01-01")}, "registrert_dato"},
		{Fakta{Fodselsdato: d("1899-12-31")}, "fodselsdato"},
		{Fakta{Fodselsdato: d("1900-01-01")}, ""},
		{Fakta{RegistrertDato: d("2201-01-01")}, "registrert_dato"},
		{Fakta{RegistrertDato: d("2200-12-31")}, ""},
	}
	for _, tt := range tester {
		err := tt.f.Valider()
		if tt.felt == "" {
			if err != nil {
				t.Errorf("%+v: %v", tt.f, err)
			}
			continue
		}
		var fe *FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tt.felt || !errors.Is(err, ErrUgyldigFaktum) {
			t.Errorf("ventet feil i %q, fikk %v", tt.felt, err)
		}
	}
}

func TestFaktumOgFaktasett(t *testing.T) {
	f := Fakta{Fodselsdato: d("2003-05-17"), Samtykke: Nei, DeltarI: settAv()}
	if !f.Kjent(FaktumFodselsdato) || f.Kjent(FaktumArbeidsevne) || !f.Kjent(FaktumSamtykke) || !f.Kjent(FaktumDeltarI) {
		t.Error("Kjent feil")
	}
	if f.Verdi(FaktumFodselsdato) != "2003-05-17" || f.Verdi(FaktumArbeidsevne) != "ukjent" || f.Verdi(FaktumDeltarI) != "ingen" {
		t.Errorf("Verdi feil: %q %q %q", f.Verdi(FaktumFodselsdato), f.Verdi(FaktumArbeidsevne), f.Verdi(FaktumDeltarI))
	}
	alle := AlleFakta()
	if len(alle) < 30 {
		t.Errorf("bare %d fakta", len(alle))
	}
	sett := map[string]bool{}
	for _, ft := range alle {
		if ft.String() == "ukjent-faktum" || ft.Beskrivelse() == "" || sett[ft.String()] {
			t.Errorf("faktum %d: navn %q, beskrivelse %q", ft, ft.String(), ft.Beskrivelse())
		}
		sett[ft.String()] = true
		var tilbake Faktum
		b, _ := ft.MarshalText()
		if tilbake.UnmarshalText(b) != nil || tilbake != ft {
			t.Errorf("rundtur %s", b)
		}
	}
	// Hvert felt i Fakta har et faktum med samme JSON-navn (faktum.go må holdes i takt).
	b, _ := json.Marshal(Fakta{})
	if string(b) != "{}" {
		t.Errorf("nullverdien av Fakta skal gi {}, ga %s", b)
	}
	if !FaktumNodvendigOgHensiktsmessig.Skjonn() || FaktumFodselsdato.Skjonn() {
		t.Error("Skjonn feil")
	}
	s := FaktasettAv(FaktumFodselsdato, FaktumArbeidsevne, FaktumSamtykke)
	if diff := cmp.Diff([]Faktum{FaktumArbeidsevne}, s.Ukjente(&f).Liste()); diff != "" {
		t.Errorf("Ukjente (-ventet +fikk):\n%s", diff)
	}
	if !s.Har(FaktumSamtykke) || s.Har(FaktumSykmeldt) || s.Tom() || !(Faktasett{}).Tom() {
		t.Error("Faktasett feil")
	}
	js, _ := json.Marshal(s)
	var s2 Faktasett
	if string(js) != `["fodselsdato","arbeidsevne","samtykke"]` || json.Unmarshal(js, &s2) != nil || s2 != s {
		t.Errorf("Faktasett JSON %s", js)
	}
	if json.Unmarshal([]byte(`["nei"]`), &s2) == nil {
		t.Error("ukjent faktum godtatt")
	}
}

func TestTiltakssett(t *testing.T) {
	var ukjent Tiltakssett
	if ukjent.Kjent() || ukjent.Har(Mentor) != Ukjent || ukjent.HarNoen(Mentor) != Ukjent || ukjent.Koder() != nil || ukjent.String() != "ukjent" {
		t.Error("ukjent sett feil")
	}
	tomt := TomtTiltakssett()
	if nytt, err := NyttTiltakssett(); err != nil || nytt != tomt || !tomt.Kjent() || tomt.Har(Mentor) != Nei || tomt.String() != "ingen" {
		t.Error("tomt sett feil")
	}
	s, err := tomt.Med(VTA)
	if err == nil {
		s, err = s.Med(Arbeidstrening)
	}
	if err != nil {
		t.Fatal(err)
	}
	if s.Har(VTA) != Ja || s.Har(Mentor) != Nei || s.HarNoen(Mentor, Arbeidstrening) != Ja || s.HarNoen(Mentor) != Nei {
		t.Error("Har/HarNoen feil")
	}
	if s.String() != "arbeidstrening, vta" {
		t.Errorf("String = %q", s.String())
	}
	// En ukjent kode blir aldri stille borte: NyttTiltakssett og Med gir
	// en feltfeil, og settet er ukjent eller uendret.
	var ff *FeltFeil
	if x, err := NyttTiltakssett(VTA, "x"); !errors.Is(err, ErrUkjentTiltak) || !errors.As(err, &ff) || ff.Felt != "tiltak" || ff.Verdi != "x" || x.Kjent() {
		t.Errorf("ukjent kode i NyttTiltakssett ga %v, %v", x, err)
	}
	if x, err := s.Med("x"); !errors.Is(err, ErrUkjentTiltak) || x != s {
		t.Errorf("ukjent kode i Med ga %v, %v", x, err)
	}
	b, _ := json.Marshal(ukjent)
	if string(b) != "null" {
		t.Errorf("ukjent sett = %s", b)
	}
	var u Tiltakssett = s
	if json.Unmarshal([]byte("null"), &u) != nil || u.Kjent() {
		t.Error("null skal gi ukjent sett")
	}
}

// Union og Uten er mengdeoperasjoner på kjente sett; et ukjent sett gir
// alltid et ukjent resultat, aldri et tomt sett.
func TestTiltakssettUnionUten(t *testing.T) {
	var ukjent Tiltakssett
	a := settAv(VTA, Mentor)
	b := settAv(Mentor, AFT)
	rader := []struct {
		navn string
		fikk Tiltakssett
		vil  string
	}{
		{"union", a.Union(b), "mentor, aft, vta"},
		{"union med tomt", a.Union(settAv()), "mentor, vta"},
		{"uten", a.Uten(b), "vta"},
		{"uten seg selv", a.Uten(a), "ingen"},
		{"uten tomt", a.Uten(settAv()), "mentor, vta"},
		{"union ukjent venstre", ukjent.Union(a), "ukjent"},
		{"union ukjent høyre", a.Union(ukjent), "ukjent"},
		{"uten ukjent venstre", ukjent.Uten(a), "ukjent"},
		{"uten ukjent høyre", a.Uten(ukjent), "ukjent"},
	}
	for _, r := range rader {
		if r.fikk.String() != r.vil {
			t.Errorf("%s: %q, vil ha %q", r.navn, r.fikk.String(), r.vil)
		}
	}
}

// Kjente stemmer med Kjent for hvert faktum, både for tomme og fulle fakta.
func TestKjenteStemmerMedKjent(t *testing.T) {
	full := Fakta{Fodselsdato: d("2000-01-01"), RegistrertDato: d("2020-01-01"), Arbeidsevne: NedsattArbeidsevne,
		Innsatsgruppe: JobbeDelvis, Uforetrygd: FullUforetrygd, Stillingstype: FastStilling, DeltarI: settAv()}
	for _, f := range []Fakta{{}, full} {
		k := f.Kjente()
		for _, ft := range AlleFakta() {
			if k.Har(ft) != f.Kjent(ft) {
				t.Errorf("%s: Kjente sier %v, Kjent sier %v", ft, k.Har(ft), f.Kjent(ft))
			}
		}
	}
	// Hvert ja/nei-faktum for seg.
	for _, ft := range AlleFakta() {
		var f Fakta
		b, _ := json.Marshal(map[string]string{ft.String(): "ja"})
		if json.Unmarshal(b, &f) != nil {
			continue // ikke et ja/nei-faktum
		}
		if k := f.Kjente(); !k.Har(ft) || k != FaktasettAv(ft) {
			t.Errorf("%s: Kjente = %v", ft, k.Liste())
		}
	}
}

// Hvert enum-felt i Fakta (Svar, Arbeidsevne, Innsatsgruppe, Uforetrygd,
// Stillingstype) med en verdi utenfor typen gir en feil i Valider som
// navngir feltet med JSON-navnet; hver gyldig verdi går gjennom Valider og
// JSON. Testen finner feltene med refleksjon, så et nytt felt som ikke
// sjekkes i Valider, får testen til å feile.
func TestFaktaValiderEnumFelt(t *testing.T) {
	typ := reflect.TypeFor[Fakta]()
	antall := 0
	for i := range typ.NumField() {
		felt := typ.Field(i)
		if felt.Type.Kind() != reflect.Uint8 {
			continue
		}
		antall++
		navn := strings.Split(felt.Tag.Get("json"), ",")[0]
		var gyldige int
		switch felt.Type {
		case reflect.TypeFor[Svar]():
			gyldige = 3
		case reflect.TypeFor[Arbeidsevne]():
			gyldige = 4
		case reflect.TypeFor[Innsatsgruppe]():
			gyldige = 6
		case reflect.TypeFor[Uforetrygd]():
			gyldige = 5
		case reflect.TypeFor[Stillingstype]():
			gyldige = 3
		default:
			t.Fatalf("%s: ukjent enum-type %v", felt.Name, felt.Type)
		}
		for v := range 256 {
			var f Fakta
			reflect.ValueOf(&f).Elem().Field(i).SetUint(uint64(v))
			err := f.Valider()
			if v < gyldige {
				if err != nil {
					t.Errorf("%s = %d: %v", felt.Name, v, err)
				}
				if _, err := json.Marshal(f); err != nil {
					t.Errorf("%s = %d: json: %v", felt.Name, v, err)
				}
				continue
			}
			var fe *FeltFeil
			if !errors.As(err, &fe) || fe.Felt != navn || fe.Verdi != strconv.Itoa(v) || !errors.Is(err, ErrUgyldigFaktum) {
				t.Errorf("%s = %d: ventet feil i %q, fikk %v", felt.Name, v, navn, err)
			}
		}
	}
	// Hvert enum-felt er sjekket over; ukjente enum-typer stopper testen.
	if antall < 5 {
		t.Errorf("bare %d enum-felt i Fakta", antall)
	}
	t.Logf("%d enum-felt sjekket", antall)
}

// En enum-verdi utenfor typen gir en feil med verdien som tall når den
// skrives som JSON, ikke et tilfeldig tegn.
func TestEnumMarshalUtenforTypen(t *testing.T) {
	tester := []struct {
		v     any
		verdi string
	}{
		{Arbeidsevne(200), "200"},
		{Innsatsgruppe(99), "99"},
		{Svar(7), "7"},
		{Uforetrygd(5), "5"},
		{Stillingstype(3), "3"},
	}
	for _, tt := range tester {
		_, err := json.Marshal(tt.v)
		var fe *FeltFeil
		if !errors.As(err, &fe) || fe.Verdi != tt.verdi {
			t.Errorf("%T(%s): %v", tt.v, tt.verdi, err)
		}
	}
}

// settAv gir settet med kodene (bare kjente koder i testene).
func settAv(koder ...Kode) Tiltakssett {
	s, err := NyttTiltakssett(koder...)
	if err != nil {
		panic(err)
	}
	return s
}
