package tiltak

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Katalogen skal ha hvert tiltak issue 2 lister, i fast rekkefølge, med
// Arena-kodene fra NAVs kode (nav-praksis.md § 1).
func TestKatalogenHarAlleTiltak(t *testing.T) {
	type rad struct {
		Kode     Kode
		Arena    string
		Kilde    string
		Kapittel string
		Bokstav  string
		Kategori Kategori
	}
	ventet := []rad{
		{Avklaring, "AVKLARAG", "tiltaksforskriften", "2", "", KategoriAvklaringOgOppfolging},
		{Arbeidstrening, "ARBTREN", "tiltaksforskriften", "3", "", KategoriArbeidspraksis},
		{Oppfolging, "INDOPPFAG", "tiltaksforskriften", "4", "", KategoriAvklaringOgOppfolging},
		{Jobbklubb, "JOBBK", "tiltaksforskriften", "4", "", KategoriAvklaringOgOppfolging},
		{Mentor, "MENTOR", "tiltaksforskriften", "5", "", KategoriTilskuddArbeidsgiver},
		{Funksjonsassistanse, "", "tiltaksforskriften", "6", "", KategoriTilskuddArbeidsgiver},
		{OpplaeringAMO, "GRUPPEAMO ENKELAMO", "tiltaksforskriften", "7", "a", KategoriOpplaering},
		{OpplaeringNorskFOV, "GRUPPEAMO", "tiltaksforskriften", "7", "b", KategoriOpplaering},
		{OpplaeringStudiespesialisering, "GRUPPEAMO", "tiltaksforskriften", "7", "c", KategoriOpplaering},
		{OpplaeringFagOgYrke, "GRUFAGYRKE ENKFAGYRKE", "tiltaksforskriften", "7", "d", KategoriOpplaering},
		{OpplaeringFagskole, "GRUFAGYRKE ENKFAGYRKE", "tiltaksforskriften", "7", "e", KategoriOpplaering},
		{OpplaeringHoyereUtdanning, "HOYEREUTD", "tiltaksforskriften", "7", "f", KategoriOpplaering},
		{BedriftsinternOpplaering, "", "tiltaksforskriften", "8", "", KategoriOpplaering},
		{Sommerjobb, "TILSJOBB", "tiltaksforskriften", "8", "", KategoriLonnstilskudd},
		{MidlertidigLonnstilskudd, "MIDLONTIL", "tiltaksforskriften", "9", "", KategoriLonnstilskudd},
		{VarigLonnstilskudd, "VARLONTIL", "tiltaksforskriften", "10", "", KategoriLonnstilskudd},
		{Inkluderingstilskudd, "INKLUTILS", "tiltaksforskriften", "11", "", KategoriTilskuddArbeidsgiver},
		{ArbeidsrettetRehabilitering, "ARBRRHDAG", "tiltaksforskriften", "12", "", KategoriAvklaringOgOppfolging},
		{AFT, "ARBFORB", "tiltaksforskriften", "13", "", KategoriTilrettelagtArbeid},
		{VTA, "VASV", "tiltaksforskriften", "14", "", KategoriTilrettelagtArbeid},
		{VTAO, "VATIAROR", "tiltaksforskriften", "14", "", KategoriTilrettelagtArbeid},
		{ArbeidMedStotte, "UTVAOONAV", "egenregiforskriften", "2", "", KategoriEgenregi},
		{IndividuellJobbstotte, "INDJOBSTOT", "egenregiforskriften", "3", "", KategoriEgenregi},
		{IPSUng, "IPSUNG", "egenregiforskriften", "3", "", KategoriEgenregi},
		{Ungdomsgaranti, "", "egenregiforskriften", "4", "", KategoriEgenregi},
		{FirearigLonnstilskudd, "", "forskrift om forsøk med fireårig lønnstilskudd", "", "", KategoriLonnstilskudd},
		{Aktivitetsplass, "", "kommunal rutine for praksisplasser", "", "", KategoriKommunal},
		{Sprakpraksis, "", "kommunal rutine for praksisplasser", "", "", KategoriKommunal},
	}
	var fikk []rad
	for _, tt := range Alle() {
		fikk = append(fikk, rad{tt.Kode, strings.Join(tt.Arena, " "), tt.Kilde.Kortnavn(), tt.Kapittel, tt.Bokstav, tt.Kategori})
		if tt.Navn == "" {
			t.Errorf("%s mangler navn", tt.Kode)
		}
	}
	if diff := cmp.Diff(ventet, fikk); diff != "" {
		t.Errorf("katalogen (-ventet +fikk):\n%s", diff)
	}
	if Antall() != len(ventet) || len(Koder()) != len(ventet) {
		t.Errorf("Antall() = %d, Koder() har %d, ventet %d", Antall(), len(Koder()), len(ventet))
	}
	if Antall() > 64 {
		t.Error("Tiltakssett rommer bare 64 tiltak")
	}
}

func TestFinnOgArena(t *testing.T) {
	m, ok := Finn(MidlertidigLonnstilskudd)
	if !ok || m.Navn != "Midlertidig lønnstilskudd" {
		t.Fatalf("Finn = %+v, %v", m, ok)
	}
	m.Arena[0] = "ENDRET"
	if n, _ := Finn(MidlertidigLonnstilskudd); n.Arena[0] != "MIDLONTIL" {
		t.Error("Finn ga tilgang til katalogens interne skive")
	}
	a := Alle()
	a[0].Arena[0] = "ENDRET"
	if Alle()[0].Arena[0] != "AVKLARAG" {
		t.Error("Alle ga tilgang til katalogens interne skive")
	}
	if _, ok := Finn("finnes-ikke"); ok {
		t.Error("ukjent kode ble funnet")
	}
	var koder []Kode
	for _, tt := range FinnArena("GRUPPEAMO") {
		koder = append(koder, tt.Kode)
	}
	if diff := cmp.Diff([]Kode{OpplaeringAMO, OpplaeringNorskFOV, OpplaeringStudiespesialisering}, koder); diff != "" {
		t.Errorf("GRUPPEAMO dekker (-ventet +fikk):\n%s", diff)
	}
	if len(FinnArena("FINNESIKKE")) != 0 {
		t.Error("ukjent Arena-kode ga treff")
	}
	if p, ok := Sommerjobb.Posisjon(); !ok || p != 13 {
		t.Errorf("Sommerjobb.Posisjon() = %d, %v", p, ok)
	}
	if Kode("x").Navn() != "x" || VTA.Navn() == "" {
		t.Error("Navn feil")
	}
}

func TestKodeJSON(t *testing.T) {
	var k Kode
	if err := json.Unmarshal([]byte(`"vtao"`), &k); err != nil || k != VTAO {
		t.Errorf("Unmarshal = %v, %v", k, err)
	}
	err := json.Unmarshal([]byte(`"vta-o"`), &k)
	var fe *FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "tiltak" || !errors.Is(err, ErrUkjentTiltak) {
		t.Errorf("ukjent kode ga %v", err)
	}
}

func TestHjemmelString(t *testing.T) {
	tester := []struct {
		h  Hjemmel
		ut string
	}{
		{TF("tf-10-7", "10-7", 1), "tiltaksforskriften § 10-7 første ledd"},
		{TF("tf-7-3", "7-3", 3).MedBokstav("f"), "tiltaksforskriften § 7-3 tredje ledd bokstav f"},
		{TF("tf-9-3", "9-3", 0), "tiltaksforskriften § 9-3"},
		{ER("er-4-1", "4-1", 0), "egenregiforskriften § 4-1"},
		{Hjemmel{Kilde: Tiltakspengeforskriften, Paragraf: "6", Siste: true}, "tiltakspengeforskriften § 6 siste ledd"},
		{TF("x", "1-3", 12), "tiltaksforskriften § 1-3 12. ledd"},
		{PraksisNAV("praksis-alder-72", "aldersgrense 72 år"), "NAVs praksis (aldersgrense 72 år)"},
	}
	for _, tt := range tester {
		if got := tt.h.String(); got != tt.ut {
			t.Errorf("String() = %q, ventet %q", got, tt.ut)
		}
	}
	if !PraksisNAV("p", "x").ErPraksis() || TF("t", "1-3", 1).ErPraksis() {
		t.Error("ErPraksis feil")
	}
	h := VTA
	if got := func() string { tt, _ := Finn(h); return tt.Hjemmel().String() }(); got != "tiltaksforskriften" {
		t.Errorf("VTA.Hjemmel() = %q", got)
	}
	if got := func() string { tt, _ := Finn(OpplaeringHoyereUtdanning); return tt.Hjemmel().String() }(); got != "tiltaksforskriften § 7-2 første ledd bokstav f" {
		t.Errorf("opplæring f: %q", got)
	}
	b, err := json.Marshal(TF("tf-10-7", "10-7", 1))
	if err != nil {
		t.Fatal(err)
	}
	var tilbake Hjemmel
	if err := json.Unmarshal(b, &tilbake); err != nil || tilbake != TF("tf-10-7", "10-7", 1) {
		t.Errorf("JSON rundtur %s ga %+v, %v", b, tilbake, err)
	}
	for _, typ := range []Kildetype{Forskrift, Lov, Praksis, Instruks, Rutine} {
		b, err := typ.MarshalText()
		var v Kildetype
		if err != nil || v.UnmarshalText(b) != nil || v != typ || typ.String() != string(b) {
			t.Errorf("kildetype %d: %s %v", typ, b, err)
		}
	}
	var v Kildetype
	if v.UnmarshalText([]byte("dom")) == nil {
		t.Error("ukjent kildetype godtatt")
	}
	if _, err := Kildetype(0).MarshalText(); err == nil {
		t.Error("kildetype 0 godtatt")
	}
}

// Oppslaget av en kode bruker en perfekt hash; den skal finnes for
// katalogen, gi hver kode sin plass og avvise alt annet: tom kode, store
// bokstaver, koder med én bokstav endret, lagt til eller tatt bort, Arena-
// koder og NAVs navn.
func TestKodeoppslagPerfektHash(t *testing.T) {
	if !kodetabell.ok {
		t.Fatal("fant ingen perfekt hash for katalogens koder; oppslaget bruker kartet")
	}
	for i, k := range Koder() {
		if j, ok := k.Posisjon(); !ok || j != i {
			t.Errorf("%s.Posisjon() = %d, %v; vil ha %d", k, j, ok, i)
		}
	}
	avvis := []Kode{"", "a", Kode(strings.Repeat("x", 300))}
	for _, tt := range Alle() {
		k := string(tt.Kode)
		avvis = append(avvis, Kode(strings.ToUpper(k)), Kode(k+"x"), Kode(k[:len(k)-1]), Kode("x"+k))
		for j := range len(k) {
			b := []byte(k)
			b[j] ^= 1
			avvis = append(avvis, Kode(b))
		}
		for _, a := range tt.Arena {
			avvis = append(avvis, Kode(a))
		}
	}
	for _, k := range avvis {
		if _, ok := indeks[k]; ok {
			continue // en endring som tilfeldigvis er en annen kode
		}
		if i, ok := k.Posisjon(); ok || k.Gyldig() {
			t.Errorf("%q.Posisjon() = %d, true; vil ha false", k, i)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Kode("ungdomsgaranti").Posisjon() }); n != 0 {
		t.Errorf("Posisjon allokerte %v ganger", n)
	}
}

func BenchmarkPosisjonAlleKoder(b *testing.B) {
	k := Koder()
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range k {
			if _, ok := c.Posisjon(); !ok {
				b.Fatal(c)
			}
		}
	}
}
