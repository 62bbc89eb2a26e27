package indeks

import (
	"slices"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// lovtekst gir en Tekstkilde for lovtekst-mappen, eller hopper over testen
// med en klar melding når mappen ikke finnes (CI har den).
func lovtekst(t *testing.T) *Tekstkilde {
	t.Helper()
	mappe, ok := LovtekstMappe()
	if !ok {
		t.Skipf("fant ikke forskriftstekstene i %s (sett TILTAKSREGLER_LOVTEKST); sjekken mot tekstene er hoppet over", mappe)
	}
	return NyTekstkilde(mappe)
}

func TestIndeksenErVelformet(t *testing.T) {
	ix, err := Last()
	if err != nil {
		t.Fatal(err)
	}
	omfang, venter := 0, 0
	for _, o := range ix.Oppforinger {
		if o.Omfang {
			omfang++
		}
		if o.Venter != "" {
			venter++
		}
	}
	t.Logf("indeksen: %d versjoner, %d innenfor omfang, %d av dem venter", len(ix.Oppforinger), omfang, venter)
	if len(ix.Oppforinger) < 200 || omfang < 100 {
		t.Errorf("for få oppføringer: %d (%d innenfor omfang)", len(ix.Oppforinger), omfang)
	}
}

// Hver oppskrift bygger en ordlyd, og datoene stemmer med «I kraft:»-linjen
// i endringsforskriftens fil: fra er ikrafttredelsen (eller datoen den har
// virkning fra), og i_kraft og virkning_fra er det filen sier.
func TestIndeksenMotLovteksten(t *testing.T) {
	ix, err := Last()
	if err != nil {
		t.Fatal(err)
	}
	k := lovtekst(t)
	bygd, datoer := 0, 0
	for i := range ix.Oppforinger {
		o := &ix.Oppforinger[i]
		ord, err := k.Ordlyd(o)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(o.Tekst) > 0 {
			if ord.AntallLedd() == 0 || strings.TrimSpace(ord.Tekst()) == "" {
				t.Errorf("%s: oppskriften gir ingen tekst", o.ID)
				continue
			}
			bygd++
		}
		if !k.Finnes(o.EndretVed) {
			// Avledet tekst og sekundærkilder har ingen forskriftsfil; en
			// sekundærkilde siterer kildene sine i stedet (TestSekundaerkilder).
			if o.Bevis != "avledet" && o.Bevis != "sekundaer" {
				t.Errorf("%s: endret_ved %s har ingen fil i lovtekst/, men beviset er %s", o.ID, o.EndretVed, o.Bevis)
			}
			continue
		}
		ik, virk, err := k.IKraft(o.EndretVed)
		if err != nil {
			t.Errorf("%s: %v", o.ID, err)
			continue
		}
		if !slices.Contains(ik, o.IKraft) || o.VirkningFra != virk {
			t.Errorf("%s: i_kraft %s, virkning_fra %s; filen %s sier %v og %s", o.ID, o.IKraft, o.VirkningFra, o.EndretVed, ik, virk)
		}
		want := o.IKraft
		if !virk.IsZero() {
			want = virk
		}
		// Tiltaksforskriften gjelder fra 1. januar 2016 selv om den er
		// vedtatt før; en endring med virkning fra en tidligere dato kan ikke
		// gi en versjon før det.
		if o.Fra != want && !(o.Fra == tiltak.MustDato(2016, 1, 1) && want.Before(o.Fra)) {
			t.Errorf("%s: fra %s, men %s trer i kraft %s", o.ID, o.Fra, o.EndretVed, want)
		}
		datoer++
	}
	t.Logf("lovteksten: %d ordlyder bygd opp igjen, %d versjoner datosjekket mot «I kraft:»", bygd, datoer)
}

// Hver oppføring med bevis «sekundaer» siterer kildene sine; et sitat fra
// et kildedokument i ../shared/seeds står ordrett der, og en oppskrift fra
// et kildedokument gir teksten sitatet står i.
func TestSekundaerkilder(t *testing.T) {
	ix, err := Last()
	if err != nil {
		t.Fatal(err)
	}
	k := lovtekst(t)
	n, fra := 0, 0
	for i := range ix.Oppforinger {
		o := &ix.Oppforinger[i]
		if o.Bevis != "sekundaer" {
			continue
		}
		n++
		for _, s := range o.Kilder {
			if s.Fil == "" {
				continue
			}
			ok, err := k.Sitert(s)
			if err != nil || !ok {
				t.Errorf("%s: sitatet fra %s står ikke i %s (%v)", o.ID, s.Dokument, s.Fil, err)
			}
			if len(o.Tekst) == 0 {
				continue
			}
			ord, err := k.Ordlyd(o)
			if err != nil {
				t.Error(err)
				continue
			}
			if !strings.Contains(strings.Join(strings.Fields(ord.Tekst()), " "), strings.Join(strings.Fields(s.Sitat), " ")) {
				t.Errorf("%s: oppskriften gir ikke teksten sitatet står i: %q", o.ID, ord.Tekst())
			}
			fra++
		}
	}
	if n == 0 || fra == 0 {
		t.Errorf("fant %d oppføringer med bevis sekundaer og %d sitater fra kildedokumenter", n, fra)
	}
	if _, err := k.Sitert(Sekundaerkilde{Dokument: "x", Sitat: "y"}); err == nil {
		t.Error("en kilde uten fil ga ingen feil")
	}
	if ok, err := k.Sitert(Sekundaerkilde{Dokument: "x", Fil: "seeds/004_11176f86c2f8687d.txt", Sitat: "inntektsgrensen for avkorting 2G"}); err != nil || ok {
		t.Errorf("et sitat som ikke står i filen, ble funnet (%v)", err)
	}
}

func TestOrdlydOgBokstaver(t *testing.T) {
	k := lovtekst(t)
	ix, err := Last()
	if err != nil {
		t.Fatal(err)
	}
	// § 7-2 fra 1. juli 2025 har seks bokstaver (a–f) i første ledd.
	o, ok := ix.Finn("tf-7-2-v20250701")
	if !ok {
		t.Fatal("fant ikke tf-7-2-v20250701")
	}
	ord, err := k.Ordlyd(&o)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ord.Bokstaver(1), ""); got != "abcdef" {
		t.Errorf("bokstaver i § 7-2 første ledd: %q", got)
	}
	if ord.AntallLedd() < 1 || !strings.Contains(ord.Tekst(), "\n") {
		t.Errorf("ordlyd: %q", ord.Tekst())
	}
	if _, err := k.Ordlyd(&Oppforing{ID: "x", Tekst: []Tekstbit{{Fil: "FOR-2015-12-11-1598.txt", Anker: "§ 99-1."}}}); err == nil {
		t.Error("et anker som ikke finnes, ga ingen feil")
	}
	if _, err := k.Ordlyd(&Oppforing{ID: "x", Tekst: []Tekstbit{{Fil: "FOR-2015-12-11-1598.txt", Anker: "§ 7-2.", Ledd: []int{99}}}}); err == nil {
		t.Error("et ledd som ikke finnes, ga ingen feil")
	}
	// Egenregiforskriften trådte i kraft i to trinn; endringen i 2016 hadde
	// virkning fra en tidligere dato.
	if d, v, err := k.IKraft("FOR-2023-06-20-1073"); err != nil || len(d) != 2 || d[1] != tiltak.MustDato(2023, 7, 1) || !v.IsZero() {
		t.Errorf("IKraft(egenregiforskriften) = %v, %s, %v", d, v, err)
	}
	if d, v, err := k.IKraft("FOR-2016-01-23-57"); err != nil || len(d) != 1 || d[0] != tiltak.MustDato(2016, 1, 23) || v != tiltak.MustDato(2016, 1, 1) {
		t.Errorf("IKraft(FOR-2016-01-23-57) = %v, %s, %v", d, v, err)
	}
	if _, _, err := k.IKraft("FOR-1999-01-01-1"); err == nil {
		t.Error("IKraft for en fil som ikke finnes, ga ingen feil")
	}
}

func TestValiderFinnerFeil(t *testing.T) {
	d := tiltak.MustDato
	god := Oppforing{ID: "tf-2-3-v20160101", ParagrafID: "tf-2-3", Kilde: "tiltaksforskriften", Paragraf: "2-3", Tittel: "Personkrets",
		Emne: []string{"personkrets"}, Omfang: true, Fra: d(2016, 1, 1), EndretVed: "FOR-2015-12-11-1598", IKraft: d(2016, 1, 1),
		Bevis: "primar", Tekst: []Tekstbit{{Fil: "f", Anker: "§ 2-3."}}, Innhold: "x"}
	ix := &Indeks{Oppforinger: []Oppforing{god}}
	if err := ix.Valider(); err != nil {
		t.Fatalf("en god oppføring gir feil: %v", err)
	}
	sek := Oppforing{ID: "navbrev-x-v20260101", ParagrafID: "navbrev-x", Kilde: "nav-brev", Tittel: "x", Emne: []string{"inntektsgrense"},
		Omfang: true, Fra: d(2026, 1, 1), EndretVed: "ukjent", IKraft: d(2026, 10, 1), VirkningFra: d(2026, 1, 1), Bevis: "sekundaer",
		FraUkjent: true, Merknad: "m", Innhold: "x",
		Kilder: []Sekundaerkilde{{Dokument: "d", Repo: "navikt/x", Sti: "a.kt", Commit: strings.Repeat("a", 40), Sitat: "s"}}}
	if err := (&Indeks{Oppforinger: []Oppforing{sek}}).Valider(); err != nil {
		t.Fatalf("en god oppføring med sekundærkilder gir feil: %v", err)
	}
	for navn, endre := range map[string]func(*Oppforing){
		"id uten dato":       func(o *Oppforing) { o.ID = "tf-2-3" },
		"id med feil dato":   func(o *Oppforing) { o.ID = "tf-2-3-v20160102" },
		"ukjent kilde":       func(o *Oppforing) { o.Kilde = "arbeidsmiljoloven" },
		"ukjent emne":        func(o *Oppforing) { o.Emne = []string{"lonn"} },
		"ukjent bevis":       func(o *Oppforing) { o.Bevis = "rykte" },
		"utenfor uten grunn": func(o *Oppforing) { o.Omfang = false },
		"venter utenfor":     func(o *Oppforing) { o.Omfang, o.UtenforGrunn, o.Venter = false, "x", "y" },
		"til før fra":        func(o *Oppforing) { o.Til = d(2015, 1, 1) },
		"ledd uten -l":       func(o *Oppforing) { o.Ledd = 2 },
		"mangler oppskrift":  func(o *Oppforing) { o.Tekst = nil },
		"mangler endret_ved": func(o *Oppforing) { o.EndretVed = "" },
		"sekundaer uten kilder": func(o *Oppforing) {
			o.Bevis, o.Tekst = "sekundaer", nil
		},
		"kilder uten sekundaer": func(o *Oppforing) {
			o.Kilder = []Sekundaerkilde{{Dokument: "d", Adresse: "https://x", Sitat: "s"}}
		},
		"kilde uten sitat": func(o *Oppforing) {
			o.Bevis, o.Kilder = "sekundaer", []Sekundaerkilde{{Dokument: "d", Adresse: "https://x"}}
		},
		"kilde uten adresse": func(o *Oppforing) {
			o.Bevis, o.Kilder = "sekundaer", []Sekundaerkilde{{Dokument: "d", Repo: "navikt/x", Sitat: "s"}}
		},
		"kilde med kort commit": func(o *Oppforing) {
			o.Bevis, o.Kilder = "sekundaer", []Sekundaerkilde{{Dokument: "d", Repo: "navikt/x", Sti: "a.kt", Commit: "abc", Sitat: "s"}}
		},
		"fra_ukjent uten merknad": func(o *Oppforing) { o.FraUkjent = true },
	} {
		o := god
		endre(&o)
		if err := (&Indeks{Oppforinger: []Oppforing{o}}).Valider(); err == nil {
			t.Errorf("%s: Valider fant ingen feil", navn)
		}
	}
	// To versjoner med et hull mellom seg.
	a, b := god, god
	a.Til = d(2019, 6, 29)
	b.ID, b.Fra, b.IKraft = "tf-2-3-v20190701", d(2019, 7, 1), d(2019, 7, 1)
	if err := (&Indeks{Oppforinger: []Oppforing{a, b}}).Valider(); err == nil {
		t.Error("hull mellom versjonene ble ikke funnet")
	}
}
