package sak

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// lonn er et gyldig lønnsgrunnlag med månedslønnen m (rå JSON).
func lonn(m string) string {
	return `{"manedslonn":` + m + `,"feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1"}`
}

// avtale er en sak med én avtale om varig lønnstilskudd i perioden fra–til.
func avtale(fra, til, manedslonn string) string {
	return `{"id":"a","dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"varig-lonnstilskudd","periode":{"fra":"` + fra + `","til":"` + til + `"},"avtalt_prosent":"60"},"lonn":` + lonn(manedslonn) + `}]}`
}

// lesOgBesvar leser dokumentet og behandler det som adapterne gjør.
func lesOgBesvar(inn string, g Grenser) (*Besvarelse, error) {
	d, err := Tolk([]byte(inn), g)
	if err != nil {
		return nil, err
	}
	return Besvar(context.Background(), d, g, Skrivevalg{})
}

// Hver feil navngir hele stien til feltet, med listeindekser, uansett om
// feilen kommer fra JSON-typen, fra verdiens egen tolking eller fra
// valideringen (issue 14, punkt 4 og 7). Hver rad feiler på koden før
// issue 14 (feltet var "", en typenavn, feil felt eller uten indeks, eller
// dokumentet ble godtatt).
func TestFeltstier(t *testing.T) {
	tester := []struct {
		navn, inn, felt string
		vakt            error
	}{
		// Punkt 4: beløp som ikke er tall.
		{"NaN", avtale("2025-01-01", "2025-12-31", `"NaN"`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"Infinity", avtale("2025-01-01", "2025-12-31", `"Infinity"`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"1e", avtale("2025-01-01", "2025-12-31", `"1e"`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"komma", avtale("2025-01-01", "2025-12-31", `"35000,50"`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"tom tekst", avtale("2025-01-01", "2025-12-31", `""`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"liste som beløp", avtale("2025-01-01", "2025-12-31", `[1]`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"bool som beløp", avtale("2025-01-01", "2025-12-31", `true`), "avtaler[0].lonn.manedslonn", ErrUgyldigSak},
		{"objekt som dato", `{"dato":{"aar":2025}}`, "dato", ErrUgyldigJSON},
		{"tall som dato", `{"dato":20250101}`, "dato", ErrUgyldigJSON},
		// Punkt 4: ukjent felt i listeelement 1.
		{"ukjent felt i liste", `[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"fodselsdatoo":"2000-01-01"}}]`, "[1].fakta.fodselsdatoo", ErrUgyldigJSON},
		// Punkt 4: feil type i et Svar-felt gir faktumet, ikke typenavnet.
		{"samtykke 1", `{"dato":"2025-01-01","fakta":{"samtykke":1}}`, "fakta.samtykke", tiltak.ErrUgyldigFaktum},
		{"samtykke i liste", `[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"samtykke":"kanskje"}}]`, "[1].fakta.samtykke", tiltak.ErrUgyldigFaktum},
		// Punkt 4: en ugyldig dato ved siden av en beskrivelse med samme tekst.
		{"dato ved beskrivelse", `{"beskrivelse":"2025-02-30","dato":"2025-02-30"}`, "dato", tiltak.ErrUgyldigDato},
		{"dato i liste", `[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"fodselsdato":"2000-13-01"}}]`, "[1].fakta.fodselsdato", tiltak.ErrUgyldigDato},
		// Punkt 4: tom tiltakskode med indeks.
		{"tom tiltakskode", `{"dato":"2025-01-01","tiltak":[""]}`, "tiltak[0]", tiltak.ErrUkjentTiltak},
		{"ukjent kode i deltar_i", `{"dato":"2025-01-01","fakta":{"deltar_i":["vta","x"]}}`, "fakta.deltar_i[1]", tiltak.ErrUkjentTiltak},
		{"feil type for id", `{"id":7,"dato":"2025-01-01"}`, "id", ErrUgyldigJSON},
		{"feil type for fakta", `{"dato":"2025-01-01","fakta":"ja"}`, "fakta", ErrUgyldigJSON},
		{"feil type for tiltak", `{"dato":"2025-01-01","tiltak":"vta"}`, "tiltak", ErrUgyldigJSON},
		{"bool som tekst", `{"dato":"2025-01-01","med_praksis":"true"}`, "med_praksis", ErrUgyldigJSON},
		{"ukjent felt i refusjon", `{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-01-01","til":"2025-01-31"}},"refusjon":{"x":1}}]}`, "avtaler[0].refusjon.x", ErrUgyldigJSON},
		{"syntaksfeil i fakta", `{"dato":"2025-01-01","fakta":{"samtykke" "ja"}}`, "fakta.samtykke", ErrUgyldigJSON},
		{"syntaksfeil etter felt", `{"dato":"2025-01-01","fakta":{"samtykke":"ja" "sykmeldt":"ja"}}`, "fakta", ErrUgyldigJSON},
		{"ufullstendig i liste", `[{"dato":"2025-01-01"},{"dato":`, "[1].dato", ErrUgyldigJSON},
		// Punkt 7: streng JSON.
		{"avsluttende }", `{"dato":"2025-01-01"}}`, "", ErrUgyldigJSON},
		{"avsluttende ]", `{"dato":"2025-01-01"}]`, "", ErrUgyldigJSON},
		{"to dokumenter", `{"dato":"2025-01-01"} {}`, "", ErrUgyldigJSON},
		{"store bokstaver", `{"Dato":"2025-01-01"}`, "Dato", ErrUgyldigJSON},
		{"store bokstaver i fakta", `{"dato":"2025-01-01","fakta":{"Samtykke":"ja"}}`, "fakta.Samtykke", ErrUgyldigJSON},
		{"dobbelt felt", `{"dato":"2025-01-01","dato":"2025-02-01"}`, "dato", ErrUgyldigJSON},
		{"dobbelt felt i liste", `[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"samtykke":"ja","samtykke":"nei"}}]`, "[1].fakta.samtykke", ErrUgyldigJSON},
		{"tall på toppnivå", `7`, "", ErrUgyldigJSON},
		{"BOM to ganger", "\xef\xbb\xbf\xef\xbb\xbf{}", "", ErrUgyldigJSON},
		// Validering etter tolking.
		{"praksis med sluttdato før dato", `{"dato":"2025-06-01","med_praksis":true,"tiltak":["vta"],"periode":{"fra":"2025-01-01","til":"2025-05-31"}}`, "periode.til", ErrUgyldigSak},
	}
	for _, tt := range tester {
		t.Run(tt.navn, func(t *testing.T) {
			_, err := lesOgBesvar(tt.inn, Grenser{})
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) {
				t.Fatalf("ventet *tiltak.FeltFeil, fikk %v", err)
			}
			if fe.Felt != tt.felt {
				t.Errorf("feltet er %q, ventet %q (%v)", fe.Felt, tt.felt, err)
			}
			if !errors.Is(err, tt.vakt) {
				t.Errorf("%v pakker ikke %v", err, tt.vakt)
			}
			if fe.Grunn == "" || strings.Contains(fe.Grunn, "invalid") || strings.Contains(fe.Grunn, "cannot") || strings.Contains(fe.Grunn, "can't") {
				t.Errorf("grunnen er ikke norsk: %q", fe.Grunn)
			}
		})
	}
}

// Gyldige former som den strenge tolkingen fortsatt godtar.
func TestStrengTolkingGodtar(t *testing.T) {
	tester := []struct {
		navn, inn string
		liste     bool
	}{
		{"BOM først", "\xef\xbb\xbf" + `{"dato":"2025-01-01"}`, false},
		{"mellomrom rundt", " \n\t" + `[{"dato":"2025-01-01"}]` + "\n ", true},
		{"tom liste", `[]`, true},
		{"null for objekt og liste", `{"dato":"2025-01-01","fakta":null,"tiltak":null,"periode":null}`, false},
		{"beløp som tall", avtale("2025-01-01", "2025-12-31", `35000.5`), false},
		{"refusjon null", `{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-01-01","til":"2025-01-31"}},"refusjon":null}]}`, false},
		{"deltar_i tom", `{"dato":"2025-01-01","fakta":{"deltar_i":[]}}`, false},
	}
	for _, tt := range tester {
		d, err := Tolk([]byte(tt.inn), Grenser{})
		if err != nil {
			t.Errorf("%s: %v", tt.navn, err)
			continue
		}
		if d.Liste != tt.liste {
			t.Errorf("%s: liste %v", tt.navn, d.Liste)
		}
	}
	d, _ := Tolk([]byte(`{"dato":"2025-01-01","fakta":{"deltar_i":[]}}`), Grenser{})
	if s := d.Saker[0].Fakta.DeltarI; !s.Kjent() || len(s.Koder()) != 0 {
		t.Errorf("deltar_i [] skal være et kjent, tomt sett: %v", s)
	}
	d, _ = Tolk([]byte(`{"dato":"2025-01-01","fakta":{"deltar_i":null}}`), Grenser{})
	if d.Saker[0].Fakta.DeltarI.Kjent() {
		t.Error("deltar_i null skal være ukjent")
	}
}

// Tolk og encoding/json gir samme saker for eksemplene.
func TestTolkSomEncodingJSON(t *testing.T) {
	var ventet []Sak
	if err := json.Unmarshal(EksempelJSON(), &ventet); err != nil {
		t.Fatal(err)
	}
	d, err := Tolk(EksempelJSON(), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(ventet)
	b, _ := json.Marshal(d.Saker)
	if string(a) != string(b) {
		t.Errorf("Tolk og json.Unmarshal er uenige:\n%s\n%s", a, b)
	}
}

// Grensene gir en feil som navngir grensen, med riktig vaktverdi, før noe
// er behandlet (issue 14, punkt 1).
func TestGrenser(t *testing.T) {
	mange := func(n int, sak string) string {
		return "[" + strings.TrimSuffix(strings.Repeat(sak+",", n), ",") + "]"
	}
	// Lengden på svaret på én sak i en liste.
	b, err := lesOgBesvar(`[{"dato":"2025-01-01"}]`, Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	en := b.Lengde() - 3
	tiltakListe := func(n int) string {
		return `{"dato":"2025-01-01","tiltak":[` + strings.TrimSuffix(strings.Repeat(`"vta",`, n), ",") + `]}`
	}
	tester := []struct {
		navn, inn string
		g         Grenser
		felt      string
		vakt      error
		grense    string // tekst i grunnen
	}{
		{"for mange saker", mange(101, `{"dato":"2025-01-01"}`), Grenser{}, "[100]", ErrForStor, "maks-saker"},
		{"for mange saker, egen grense", mange(3, `{"dato":"2025-01-01"}`), Grenser{MaksSaker: 2}, "[2]", ErrForStor, "maks-saker"},
		{"for mange tiltak", tiltakListe(33), Grenser{}, "tiltak[32]", ErrOverGrense, "maks-tiltak"},
		{"for mange avtaler", `{"dato":"2025-01-01","avtaler":[` + strings.TrimSuffix(strings.Repeat(`{},`, 21), ",") + `]}`, Grenser{}, "avtaler[20]", ErrOverGrense, "maks-avtaler"},
		{"for mange tidligere", `{"dato":"2025-01-01","tidligere":[` + strings.TrimSuffix(strings.Repeat(`{"fra":"2020-01-01","til":"2020-01-31"},`, 51), ",") + `]}`, Grenser{}, "tidligere[50]", ErrOverGrense, "maks-tidligere"},
		{"for mange spørsmål", `{"dato":"2025-01-01","sporsmal":["vilkar","vilkar","vilkar","vilkar","vilkar","vilkar"]}`, Grenser{}, "sporsmal[5]", ErrOverGrense, "fem"},
		{"tidslinje til 9999", `{"dato":"2025-09-01","tidslinje":{"fra":"2016-01-01","til":"9999-12-31"}}`, Grenser{}, "tidslinje.til", ErrOverGrense, "maks-maneder"},
		{"avtale til 9999", avtale("2025-01-01", "9999-12-31", `"35000"`), Grenser{}, "avtaler[0].avtale.periode.til", ErrOverGrense, "maks-maneder"},
		{"avtale på 121 måneder", avtale("2025-01-01", "2035-01-01", `"35000"`), Grenser{}, "avtaler[0].avtale.periode.til", ErrOverGrense, "maks-maneder"},
		{"periode til 9999", `{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2016-01-01","til":"9999-12-31"}}`, Grenser{}, "periode.til", ErrOverGrense, "maks-maneder"},
		{"for langt tall", avtale("2025-01-01", "2025-12-31", strings.Repeat("9", 900000)), Grenser{MaksBytes: 2 << 20}, "avtaler[0].lonn.manedslonn", ErrOverGrense, "maks-tall-tegn"},
		{"for langt tall som tekst", avtale("2025-01-01", "2025-12-31", `"`+strings.Repeat("1", 41)+`"`), Grenser{}, "avtaler[0].lonn.manedslonn", ErrOverGrense, "maks-tall-tegn"},
		{"stor eksponent", avtale("2025-01-01", "2025-12-31", `"1e50"`), Grenser{}, "avtaler[0].lonn.manedslonn", ErrOverGrense, "eksponenten"},
		{"liten eksponent", avtale("2025-01-01", "2025-12-31", `1e-50`), Grenser{}, "avtaler[0].lonn.manedslonn", ErrOverGrense, "eksponenten"},
		{"eksponent utenfor int32", avtale("2025-01-01", "2025-12-31", `"1e999999999999"`), Grenser{}, "avtaler[0].lonn.manedslonn", ErrUgyldigSak, "desimaltall"},
		{"for stort dokument", `{"id":"` + strings.Repeat("x", 2000) + `","dato":"2025-01-01"}`, Grenser{MaksBytes: 1000}, "", ErrForStor, "maks-bytes"},
		{"for stort svar", `{"dato":"2025-01-01"}`, Grenser{MaksSvarBytes: 10000}, "", ErrOverGrense, "maks-svar-bytes"},
		{"for stort svar i liste", mange(5, `{"dato":"2025-01-01"}`), Grenser{MaksSvarBytes: 2*en + 100}, "[2]", ErrOverGrense, "maks-svar-bytes"},
	}
	for _, tt := range tester {
		t.Run(tt.navn, func(t *testing.T) {
			start := time.Now()
			_, err := lesOgBesvar(tt.inn, tt.g)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("brukte %v", d)
			}
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) {
				t.Fatalf("ventet *tiltak.FeltFeil, fikk %v", err)
			}
			if fe.Felt != tt.felt || !errors.Is(err, tt.vakt) || !strings.Contains(fe.Grunn, tt.grense) {
				t.Errorf("fikk felt %q, %v; ventet felt %q, %v, %q i grunnen", fe.Felt, err, tt.felt, tt.vakt, tt.grense)
			}
			if len(fe.Verdi) > 100 || len(fe.Grunn) > 300 {
				t.Errorf("feilen gjentar for mye av verdien: %d + %d byte", len(fe.Verdi), len(fe.Grunn))
			}
		})
	}
	// Rett under grensene går det.
	for _, inn := range []string{
		mange(100, `{"dato":"2025-01-01","tiltak":["vta"]}`),
		tiltakListe(32),
		avtale("2025-01-01", "2034-12-31", `"`+strings.Repeat("1", 6)+"."+strings.Repeat("0", 33)+`"`),
	} {
		if _, err := lesOgBesvar(inn, Grenser{}); err != nil {
			t.Errorf("%.60s…: %v", inn, err)
		}
	}
}

// En lang verdi gjentas aldri i sin helhet i feilen (issue 14, punkt 9):
// en dato på 900 KB, et tall på 900 000 sifre.
func TestLangeVerdierKortesNed(t *testing.T) {
	stor := strings.Repeat("2", 900000)
	for _, inn := range []string{
		`{"dato":"` + stor + `"}`,
		`{"dato":"2025-01-01","fakta":{"arbeidsevne":"` + stor + `"}}`,
		`{"dato":"2025-01-01","tiltak":["` + stor + `"]}`,
		`{"dato":"2025-01-01","fakta":{"samtykke":` + stor + `}}`,
		`{"dato":"2025-01-01","id":` + stor + `}`,
		`{"dato":"2025-01-01","` + stor + `":1}`,
		avtale("2025-01-01", "2025-12-31", stor),
	} {
		start := time.Now()
		_, err := lesOgBesvar(inn, Grenser{MaksBytes: 2 << 20})
		// Romslig for -race på en travel maskin; før issue 14 brukte tallet
		// alene 1,2 s uten -race.
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%.40s…: brukte %v", inn, d)
		}
		b, _ := json.Marshal(NyFeil(err))
		if err == nil || len(b) > 600 {
			t.Errorf("%.40s…: feilen er %d byte: %.200s", inn, len(b), b)
		}
	}
}

// Et tiltak saken navngir, som ikke er modellert på datoen, forsvinner ikke
// fra svaret: det har ikke_modellert som i VurderAlle (issue 14, punkt 5).
func TestIkkeModellertTiltakErMed(t *testing.T) {
	d, err := Tolk([]byte(`{"dato":"2010-01-01","tiltak":["arbeidstrening"],"sporsmal":["vilkar"]}`), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	svar, err := Behandle(d.Saker[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(svar.Vilkar) != 1 || svar.Vilkar[0].Tiltak != tiltak.Arbeidstrening || !svar.Vilkar[0].IkkeModellert || svar.Vilkar[0].Utfall != regler.MaVurderes {
		t.Fatalf("vilkår: %+v", svar.Vilkar)
	}
	b, err := json.Marshal(svar)
	if err != nil || !strings.Contains(string(b), `"ikke_modellert":true`) {
		t.Errorf("JSON: %s, %v", b, err)
	}
	// Samme resultat som VurderAlle gir for tiltaket.
	alle, _ := regler.VurderAlle(&tiltak.Fakta{}, tiltak.MustDato(2010, 1, 1))
	for _, r := range alle {
		if r.Tiltak == tiltak.Arbeidstrening {
			a, _ := json.Marshal(r)
			c, _ := json.Marshal(svar.Vilkar[0])
			if string(a) != string(c) {
				t.Errorf("ulikt VurderAlle:\n%s\n%s", a, c)
			}
		}
	}
}

// En foreslått periode før modellerte regler gir et svar med
// kontroll_feil, ikke en feil som ikke kan skrives (issue 14, punkt 3).
func TestKontrollIkkeModellert(t *testing.T) {
	d, err := Tolk([]byte(`{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2010-01-01","til":"2011-12-31"}}`), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	svar, err := Behandle(d.Saker[0])
	if err != nil {
		t.Fatal(err)
	}
	v := svar.Varighet[0]
	if !v.IkkeModellert || v.KontrollFeil == "" || v.FristFeil == "" || len(v.Kontroll) != 0 || v.Maksimum == nil {
		t.Errorf("varighet: %+v", v)
	}
	if _, err := json.Marshal(svar); err != nil {
		t.Errorf("svaret kan ikke skrives: %v", err)
	}
}

// Tilskudd for en avtale før 2016 er ikke modellert: svaret har feilen for
// avtalen, ikke hele saken.
func TestTilskuddIkkeModellert(t *testing.T) {
	b, err := lesOgBesvar(avtale("2010-01-01", "2010-12-31", `"35000"`), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	var ut strings.Builder
	if err := b.Skriv(context.Background(), &ut); err != nil {
		t.Fatal(err)
	}
	var svar Svar
	if err := json.Unmarshal([]byte(ut.String()), &svar); err != nil || !svar.Tilskudd[0].IkkeModellert || svar.Tilskudd[0].Feil == "" {
		t.Errorf("%s %v", ut.String(), err)
	}
}

// Enum-verdier utenfor typen, som bare kan lages i Go, gir en feil som
// navngir feltet, og aldri et svar som ikke kan skrives (issue 14, punkt 6).
func TestEnumUtenforTypen(t *testing.T) {
	tester := []struct {
		navn string
		sak  Sak
		felt string
	}{
		{"arbeidsevne", Sak{Dato: tiltak.MustDato(2025, 9, 1), Fakta: tiltak.Fakta{Arbeidsevne: 200}}, "fakta.arbeidsevne"},
		{"innsatsgruppe", Sak{Dato: tiltak.MustDato(2025, 9, 1), Fakta: tiltak.Fakta{Innsatsgruppe: 99}}, "fakta.innsatsgruppe"},
		{"svar", Sak{Dato: tiltak.MustDato(2025, 9, 1), Fakta: tiltak.Fakta{Samtykke: 7}}, "fakta.samtykke"},
		{"uføretrygd", Sak{Dato: tiltak.MustDato(2025, 9, 1), Fakta: tiltak.Fakta{Uforetrygd: 5}}, "fakta.uforetrygd"},
		{"avtalens innsatsgruppe", Sak{Dato: tiltak.MustDato(2025, 9, 1), Avtaler: []Avtale{{}}}, "avtaler[0].avtale.innsatsgruppe"},
	}
	tester[4].sak.Avtaler[0].Avtale.Innsatsgruppe = 99
	for _, tt := range tester {
		_, err := Behandle(tt.sak)
		var fe *tiltak.FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tt.felt || !errors.Is(err, tiltak.ErrUgyldigFaktum) {
			t.Errorf("%s: %v", tt.navn, err)
		}
		// Biblioteket selv svarer ikke heller.
		if _, err := regler.Vurder(tiltak.VTA, &tt.sak.Fakta, tt.sak.Dato); tt.felt != "avtaler[0].avtale.innsatsgruppe" && err == nil {
			t.Errorf("%s: regler.Vurder godtok faktaene", tt.navn)
		}
	}
}

// Dokumenter på 1 MiB med mange små verdier eller dyp nesting tolkes på
// kort tid (en vakt mot at tolkingen blir kvadratisk eller allokerer per
// verdi som før).
func TestStoreDokumenterTolkesRaskt(t *testing.T) {
	for navn, dok := range map[string]string{
		"deltar_i":    `{"dato":"2025-01-01","fakta":{"deltar_i":[` + strings.TrimSuffix(strings.Repeat(`"vta",`, 170000), ",") + `]}}`,
		"lang tekst":  `{"dato":"2025-01-01","id":"` + strings.Repeat("x", 1000000) + `"}`,
		"dyp nesting": `{"dato":"2025-01-01","fakta":{"deltar_i":["vta",` + strings.Repeat("[", 300000) + `]}}`,
		"mange felt":  "[" + strings.TrimSuffix(strings.Repeat(`{"dato":"2025-01-01","fakta":{"samtykke":"ja","sykmeldt":"nei"}},`, 100), ",") + "]",
	} {
		start := time.Now()
		_, err := Tolk([]byte(dok), Grenser{})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v", navn, d)
		}
		if navn == "dyp nesting" {
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) || fe.Felt != "fakta.deltar_i[1]" || !strings.Contains(fe.Grunn, "nivåer") {
				t.Errorf("dyp nesting: %v", err)
			}
		} else if err != nil {
			t.Errorf("%s: %v", navn, err)
		}
	}
}
