package regler_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Lovlaget sjekkes mot paragrafindeksen (testdata/lovindeks) og indeksen mot
// forskriftstekstene (internal/indeks). Denne filen sjekker at de to stemmer
// overens: hver paragrafversjon lovlaget har fra en forskrift, finnes i
// indeksen med samme datoer, bevis og opphevelse; hver versjon innenfor
// omfang har en versjon i lovlaget som avgjør noe; og hvert ledd og hver
// bokstav en regel siterer, finnes i ordlyden.

// forskrifter er kildene indeksen dekker: lovlagets kilde → indeksens kilde.
// Forskriftene, folketrygdloven og NAVs brev dekkes helt: hver paragraf
// lovlaget har fra dem, er i indeksen. Veiledningen «Aktører og tiltak»
// (seed 004) dekkes bare for paragrafene indeksen har (inntektsgrensen for
// uføretrygd i VTA); de andre reglene fra veiledningen er praksis uten
// egen oppføring.
var forskrifter = map[tiltak.Kilde]string{
	tiltak.Tiltaksforskriften:  "tiltaksforskriften",
	tiltak.Egenregiforskriften: "egenregiforskriften",
	tiltak.Firearigforskriften: "firearigforskriften",
	tiltak.Folketrygdloven:     "folketrygdloven",
	tiltak.NAVBrev:             "nav-brev",
	tiltak.VeilederAktorer:     "veiledning-aktorer",
}

// delvis er kildene indeksen bare dekker for paragrafene den har.
var delvis = map[tiltak.Kilde]bool{tiltak.VeilederAktorer: true}

// bevis er lovlagets bevis → indeksens.
var bevis = map[regler.Bevis]string{
	regler.Kunngjort: "primar", regler.Konsolidert: "konsolidert", regler.Kildedokument: "seed",
	regler.Avledet: "avledet", regler.UkjentOrdlyd: "ukjent", regler.Sekundaer: "sekundaer",
}

// indeksert sier om paragrafen skal være i indeksen.
func indeksert(ix *indeks.Indeks, p regler.Paragraf) bool {
	if _, ok := forskrifter[p.Kilde()]; !ok {
		return false
	}
	return !delvis[p.Kilde()] || len(ix.Versjoner(p.ID())) > 0
}

func lastIndeks(t *testing.T) *indeks.Indeks {
	t.Helper()
	ix, err := indeks.Last()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// forskriftsversjoner gir lovlagets versjoner av paragrafer i kildene
// indeksen dekker, etter id.
func forskriftsversjoner(ix *indeks.Indeks) map[string]regler.Paragrafversjon {
	ut := map[string]regler.Paragrafversjon{}
	for _, p := range regler.Lovverk() {
		if !indeksert(ix, p) {
			continue
		}
		for _, v := range p.Versjoner() {
			ut[v.ID()] = v
		}
	}
	return ut
}

func TestLovlagetMotIndeksen(t *testing.T) {
	ix := lastIndeks(t)
	gv := forskriftsversjoner(ix)
	for id, v := range gv {
		o, ok := ix.Finn(id)
		if !ok {
			t.Errorf("%s: versjonen er i lovlaget, men ikke i indeksen", id)
			continue
		}
		p := v.Paragraf()
		if o.Kilde != forskrifter[p.Kilde()] || o.ParagrafID != p.ID() || !strings.EqualFold(o.Paragraf, p.Nummer()) || o.Ledd != p.Ledd() {
			t.Errorf("%s: kilde, paragraf eller ledd avviker: lovlaget %s § %s ledd %d, indeksen %s § %s ledd %d",
				id, p.Kilde(), p.Nummer(), p.Ledd(), o.Kilde, o.Paragraf, o.Ledd)
		}
		if o.Fra != v.Fra() || o.Til != v.Til() {
			t.Errorf("%s: lovlaget gjelder %s–%s, indeksen %s–%s", id, v.Fra(), v.Til(), o.Fra, o.Til)
		}
		if bevis[v.Bevis()] != o.Bevis {
			t.Errorf("%s: beviset er %s i lovlaget og %s i indeksen", id, v.Bevis(), o.Bevis)
		}
		if o.Opphevet != v.Opphevet() {
			t.Errorf("%s: opphevet %v i lovlaget og %v i indeksen", id, v.Opphevet(), o.Opphevet)
		}
		if v.EndretVed() != o.EndretVed {
			t.Errorf("%s: endret ved %s i lovlaget og %s i indeksen", id, v.EndretVed(), o.EndretVed)
		}
		if v.FraUkjent() != o.FraUkjent {
			t.Errorf("%s: fra ukjent %v i lovlaget og %v i indeksen", id, v.FraUkjent(), o.FraUkjent)
		}
	}
	// En paragraf lovlaget har, har alle versjonene indeksen kjenner.
	for _, p := range regler.Lovverk() {
		if !indeksert(ix, p) {
			continue
		}
		for _, o := range ix.Versjoner(p.ID()) {
			if _, ok := gv[o.ID]; !ok {
				t.Errorf("%s: indeksen har versjonen, men lovlaget mangler den (paragrafen %s er i lovlaget)", o.ID, p.ID())
			}
		}
	}
}

// TestOmfang: hver versjon innenfor omfang har en versjon i lovlaget som
// avgjør noe (vilkår, varighet, sats, frist, liste, definisjon eller
// opphevelse). Versjoner som venter, listes med grunnen.
func TestOmfang(t *testing.T) {
	ix := lastIndeks(t)
	gv := forskriftsversjoner(ix)
	var iOmfang, medVersjon, medRegel int
	var venter []string
	for _, o := range ix.Oppforinger {
		if !o.Omfang {
			continue
		}
		if o.Venter != "" {
			venter = append(venter, o.ID+": "+o.Venter)
			continue
		}
		iOmfang++
		v, ok := gv[o.ID]
		if !ok {
			t.Errorf("%s (%s): innenfor omfang, men ikke i lovlaget", o.ID, strings.Join(o.Emne, ", "))
			continue
		}
		medVersjon++
		if len(v.Avgjor()) == 0 {
			t.Errorf("%s: versjonen i lovlaget avgjør ingenting (bare innhold)", o.ID)
			continue
		}
		medRegel++
	}
	sort.Strings(venter)
	t.Logf("versjoner innenfor omfang: %d; med versjon i lovlaget: %d; med regel: %d; venter (ikke modellert, med grunn): %d",
		iOmfang, medVersjon, medRegel, len(venter))
	for _, v := range venter {
		t.Logf("  venter %s", v)
	}
}

// TestTestrader: hver versjon innenfor omfang er navngitt av en testrad et
// sted i modulen: id-en står som streng i en testfil, alene («"tf-7-3-v20190701"»)
// eller som begynnelsen på en vilkårs- eller forlengelses-id
// («"tf-7-3-v20190701.behov-for-kvalifisering"»). Radene ligger i pakkene
// som regner med versjonen (regler, varighet, tilskudd).
func TestTestrader(t *testing.T) {
	ix := lastIndeks(t)
	_, fil, _, _ := runtime.Caller(0)
	rot := filepath.Join(filepath.Dir(fil), "..")
	var tekst strings.Builder
	err := filepath.WalkDir(rot, func(sti string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(sti, "_test.go") && !strings.HasSuffix(sti, "lovindeks_test.go") {
			b, err := os.ReadFile(sti)
			if err != nil {
				return err
			}
			tekst.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	alle := tekst.String()
	iOmfang, medRad := 0, 0
	for _, o := range ix.Oppforinger {
		if !o.IOmfang() {
			continue
		}
		iOmfang++
		if strings.Contains(alle, `"`+o.ID+`"`) || strings.Contains(alle, `"`+o.ID+`.`) {
			medRad++
			continue
		}
		t.Errorf("%s (%s): ingen testrad navngir versjonen", o.ID, strings.Join(o.Emne, ", "))
	}
	t.Logf("versjoner innenfor omfang med testrad: %d av %d", medRad, iOmfang)
}

// sitering er en hjemmel en regel siterer, og hvor den ble funnet.
type sitering struct {
	h    tiltak.Hjemmel
	hvor string
}

// siteringer samler hjemlene alle reglene siterer: vilkår (med
// tilleggshjemler), varighetsregler med forlengelser og tak, satser,
// frister og hospiteringsregler.
func siteringer(t *testing.T) []sitering {
	t.Helper()
	var ut []sitering
	for _, v := range regler.AlleVilkar() {
		ut = append(ut, sitering{v.Hjemmel(), "vilkåret " + v.ID()})
		for _, h := range v.Tilleggshjemler() {
			ut = append(ut, sitering{h, "vilkåret " + v.ID() + " (tilleggshjemmel)"})
		}
	}
	for _, k := range tiltak.Koder() {
		vl, err := regler.Varighetsversjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range vl {
			ut = append(ut, sitering{r.Hjemmel(), "varigheten for " + string(k)})
		}
		sl, err := regler.Satsversjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sl {
			ut = append(ut, sitering{s.Hjemmel(), "satsen for " + string(k)})
			if s.GTak() > 0 {
				ut = append(ut, sitering{s.GTakHjemmel(), "G-taket for " + string(k)})
			}
		}
		fl, err := regler.Fristregler(k)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fl {
			ut = append(ut, sitering{f.Hjemmel, "fristen for " + string(k)})
		}
	}
	for _, h := range regler.Hospiteringsversjoner() {
		ut = append(ut, sitering{h.Hjemmel, "hospiteringsregelen"})
	}
	return ut
}

// TestSiterteLeddOgBokstaverFinnes: hvert ledd og hver bokstav en regel
// siterer, finnes i ordlyden til versjonen den siterer.
func TestSiterteLeddOgBokstaverFinnes(t *testing.T) {
	ix := lastIndeks(t)
	mappe, ok := indeks.LovtekstMappe()
	if !ok {
		t.Skipf("fant ikke forskriftstekstene i %s (sett TILTAKSREGLER_LOVTEKST); sjekken av ledd og bokstaver er hoppet over", mappe)
	}
	k := indeks.NyTekstkilde(mappe)
	sjekket, ledd, bokst := map[string]bool{}, 0, 0
	for _, s := range siteringer(t) {
		h := s.h
		o, ok := ix.Finn(h.ID)
		if !ok {
			if _, fra := forskrifter[h.Kilde]; fra && !delvis[h.Kilde] {
				t.Errorf("%s siterer %s, som ikke er i indeksen", s.hvor, h.ID)
			}
			continue
		}
		nokkel := fmt.Sprintf("%s|%d|%s", h.ID, h.Ledd, h.Bokstav)
		if sjekket[nokkel] {
			continue
		}
		sjekket[nokkel] = true
		ord, err := k.Ordlyd(&o)
		if err != nil {
			t.Error(err)
			continue
		}
		if ord.AntallLedd() == 0 {
			continue // avledet tekst utenfor mappen eller ukjent ordlyd
		}
		n := h.Ledd
		if o.Ledd > 0 {
			// Leddet versjoneres for seg: hjemmelen må sitere det leddet, og
			// ordlyden er bare det.
			if n != o.Ledd {
				t.Errorf("%s siterer %s ledd %d, men oppføringen er ledd %d", s.hvor, h.ID, n, o.Ledd)
			}
			n = 1
		}
		if n > ord.AntallLedd() {
			t.Errorf("%s siterer %s ledd %d, men ordlyden har %d ledd", s.hvor, h.ID, h.Ledd, ord.AntallLedd())
			continue
		}
		ledd++
		if h.Bokstav == "" {
			continue
		}
		alle := ord.Bokstaver(0)
		if len(alle) == 0 {
			continue // kilden har ikke listebokstaver (avledet eller konsolidert uten bokstaver)
		}
		for _, b := range strings.FieldsFunc(h.Bokstav, func(r rune) bool { return r == ' ' || r == ',' || r == '–' || r == '-' }) {
			if b == "eller" || b == "og" {
				continue
			}
			if !slices.Contains(ord.Bokstaver(n), b) {
				t.Errorf("%s siterer %s ledd %d bokstav %s, men leddet har bokstavene %v", s.hvor, h.ID, n, b, ord.Bokstaver(n))
			}
			bokst++
		}
	}
	t.Logf("siteringer sjekket mot ordlyden: %d ledd, %d bokstaver", ledd, bokst)
}

// TestFribelopMotIndeksen: reglene om fribeløpet i inntektsgrensen for
// uføretrygd har samme ikrafttredelse og virkningsdato som indeksen, og
// hver av dem er en versjon indeksen siterer sekundærkildene til.
func TestFribelopMotIndeksen(t *testing.T) {
	ix := lastIndeks(t)
	alle := regler.Fribelopsversjoner()
	if len(alle) < 4 {
		t.Fatalf("ventet minst fire regler om fribeløpet, fikk %d", len(alle))
	}
	for _, r := range alle {
		o, ok := ix.Finn(r.ID)
		if !ok {
			t.Errorf("%s: ikke i indeksen", r.ID)
			continue
		}
		virkning := tiltak.Dato{}
		if r.IKraft != r.Fra {
			virkning = r.Fra
		}
		if o.IKraft != r.IKraft || o.VirkningFra != virkning || o.Fra != r.Fra {
			t.Errorf("%s: lovlaget fra %s i kraft %s, indeksen fra %s i kraft %s med virkning fra %s", r.ID, r.Fra, r.IKraft, o.Fra, o.IKraft, o.VirkningFra)
		}
		if o.Bevis != "sekundaer" || len(o.Kilder) == 0 || !r.Uverifisert {
			t.Errorf("%s: bevis %s med %d kilder, uverifisert %v", r.ID, o.Bevis, len(o.Kilder), r.Uverifisert)
		}
	}
}
