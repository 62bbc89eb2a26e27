package regler

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/internal/indeks"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

var d = tiltak.MustDato

// TestRegelverkFolgerKatalogen: én oppføring per tiltak, i katalogens rekkefølge.
func TestRegelverkFolgerKatalogen(t *testing.T) {
	var koder []tiltak.Kode
	for _, r := range regelverk {
		koder = append(koder, r.kode)
	}
	if diff := cmp.Diff(tiltak.Koder(), koder); diff != "" {
		t.Fatalf("regelverket følger ikke katalogen (-katalog +regelverk):\n%s", diff)
	}
}

// TestVersjonerOverlapperIkke: versjonene for samme tiltak overlapper ikke,
// har ingen hull, og bare den siste kan være åpen.
func TestVersjonerOverlapperIkke(t *testing.T) {
	for _, r := range regelverk {
		for i, rs := range r.versjoner {
			if rs.Tiltak != r.kode {
				t.Errorf("%s: versjon %s gjelder %s", r.kode, rs.ID, rs.Tiltak)
			}
			if len(rs.Vilkar) == 0 {
				t.Errorf("%s: versjon %s har ingen vilkår", r.kode, rs.ID)
			}
			if !rs.Til.IsZero() && rs.Til.Before(rs.Fra) {
				t.Errorf("%s: %s slutter før den starter", r.kode, rs.ID)
			}
			if i == 0 {
				continue
			}
			forrige := r.versjoner[i-1]
			if forrige.Til.IsZero() {
				t.Errorf("%s: %s er åpen, men %s følger", r.kode, forrige.ID, rs.ID)
				continue
			}
			if got := forrige.Til.AddDays(1); got != rs.Fra {
				t.Errorf("%s: %s slutter %s, men %s starter %s (hull eller overlapp)", r.kode, forrige.ID, forrige.Til, rs.ID, rs.Fra)
			}
		}
		if siste := r.versjoner[len(r.versjoner)-1]; siste.Opphort && siste.Til.IsZero() {
			t.Errorf("%s: opphørt uten sluttdato", r.kode)
		}
	}
}

func TestVilkarIDerErUnikeOgKomplette(t *testing.T) {
	sett := map[string]*Vilkar{}
	sjekk := func(v *Vilkar) {
		if v.ID == "" || v.Vurder == nil || v.Beskrivelse == "" {
			t.Errorf("vilkår %q mangler id, vurdering eller beskrivelse", v.ID)
		}
		if annet, ok := sett[v.ID]; ok && annet != v {
			t.Errorf("to vilkår har id %q", v.ID)
		}
		sett[v.ID] = v
		if got, ok := FinnVilkar(v.ID); !ok || got != v {
			t.Errorf("FinnVilkar(%q) finner ikke vilkåret", v.ID)
		}
	}
	for _, r := range regelverk {
		for _, rs := range r.versjoner {
			for _, v := range rs.Vilkar {
				sjekk(v)
			}
			for _, p := range rs.Praksis {
				sjekk(p.Vilkar)
				if !p.Vilkar.ErPraksis() && p.Vilkar.Hjemmel.Kilde != tiltak.Firearigforskriften {
					t.Errorf("praksisregel %s siterer ikke en praksiskilde", p.Vilkar.ID)
				}
			}
		}
	}
	if len(AlleVilkar()) < len(sett) {
		t.Errorf("AlleVilkar gir %d, ventet minst %d", len(AlleVilkar()), len(sett))
	}
	if _, ok := FinnVilkar("finnes-ikke"); ok {
		t.Error("FinnVilkar fant et vilkår som ikke finnes")
	}
}

// siterteIDer er alle indeks-id-er reglene siterer.
func siterteIDer() map[string]bool {
	ut := map[string]bool{}
	for _, v := range vilkarEtterID {
		if v.Hjemmel.ID != "" {
			ut[v.Hjemmel.ID] = true
		}
		for _, h := range v.Tilleggshjemler {
			ut[h.ID] = true
		}
	}
	for _, r := range regelverk {
		for _, rs := range r.versjoner {
			if rs.IKraft.ID != "" {
				ut[rs.IKraft.ID] = true
			}
		}
	}
	for _, h := range kombinasjonsHjemler {
		ut[h.ID] = true
	}
	ut[hSeed000Digital.ID] = true
	ut[hTPF6.ID] = true
	return ut
}

// TestParagrafdekning: hver oppføring med emne personkrets, vilkar eller
// kombinasjon har en regel som siterer den og en testrad som navngir den,
// og hver id reglene siterer finnes i indeksen.
func TestParagrafdekning(t *testing.T) {
	ix, err := indeks.Last()
	if err != nil {
		t.Fatalf("indeksen: %v", err)
	}
	sitert := siterteIDer()
	for id := range sitert {
		if _, ok := ix.Finn(id); !ok {
			t.Errorf("reglene siterer %q, som ikke er i indeksen", id)
		}
	}
	rader := testradIDer()
	for id := range sitert {
		if !rader[id] {
			t.Errorf("ingen testrad navngir %q", id)
		}
	}
	emner := ix.MedEmne("personkrets", "vilkar", "kombinasjon")
	dekket := 0
	for _, o := range emner {
		ok := sitert[o.ID] && rader[o.ID]
		if !ok {
			t.Errorf("%s (%s): regel %v, testrad %v", o.ID, o.Emne, sitert[o.ID], rader[o.ID])
			continue
		}
		dekket++
	}
	t.Logf("paragrafdekning: %d av %d oppføringer (personkrets, vilkar, kombinasjon) har regel og testrad; %d id-er sitert", dekket, len(emner), len(sitert))
}

// TestIndeksUverifisert: vilkår som bygger på en oppføring merket U, er
// selv merket uverifisert (eller hører til en uverifisert versjon).
func TestIndeksUverifisert(t *testing.T) {
	ix, err := indeks.Last()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range regelverk {
		for _, rs := range r.versjoner {
			for _, v := range rs.Vilkar {
				o, ok := ix.Finn(v.Hjemmel.ID)
				if ok && o.Uverifisert() && !v.Uverifisert && !rs.Uverifisert {
					t.Errorf("%s bygger på %s (U), men er ikke merket uverifisert", v.ID, o.ID)
				}
			}
		}
	}
}

func tilfeldigeFakta(r *rand.Rand) tiltak.Fakta {
	svar := func() tiltak.Svar { return tiltak.Svar(r.IntN(3)) }
	var f tiltak.Fakta
	if r.IntN(4) > 0 {
		f.Fodselsdato = tiltak.MustDato(1950+r.IntN(70), 1, 1).AddDays(r.IntN(366))
	}
	f.Arbeidsevne = tiltak.Arbeidsevne(r.IntN(4))
	f.Innsatsgruppe = tiltak.Innsatsgruppe(r.IntN(6))
	f.Uforetrygd = tiltak.Uforetrygd(r.IntN(5))
	f.Stillingstype = tiltak.Stillingstype(r.IntN(3))
	if r.IntN(2) == 0 {
		f.RegistrertDato = tiltak.MustDato(2023, 1, 1)
	}
	for _, p := range []*tiltak.Svar{&f.BistandsbehovFastslatt, &f.Sykmeldt, &f.Sykefravaer12Mnd, &f.AnsattHosArbeidsgiver,
		&f.PsykiskLidelseEllerRus, &f.OppfolgingHelseEllerSammensatt, &f.Samtykke, &f.BehovOmfattendeBistand, &f.BehovUtvidetAvklaring,
		&f.LiteArbeidserfaring, &f.VanskerMedArbeid, &f.BehovForKvalifisering, &f.SammensattBistandsbehov,
		&f.FysiskFunksjonsnedsettelseEllerBlind, &f.BehovTilretteleggingOgTettOppfolging, &f.SaerligBehovTilrettelegging,
		&f.IUtdanning, &f.IGrunnleggendeOpplaering, &f.OvergangSkoleEllerSoning, &f.OpplaeringFormellKompetanse,
		&f.TilrettelagtFagOgYrkesopplaering, &f.KombinertLop, &f.ArbeidsgiverHarPermitterte, &f.NodvendigOgHensiktsmessig,
		&f.AndreTiltakVurdert, &f.TidsbegrensedeTiltakForsokt, &f.SaerligBehovMentor, &f.SaerligeGrunner} {
		*p = svar()
	}
	switch r.IntN(3) {
	case 1:
		f.DeltarI = tiltak.NyttTiltakssett()
	case 2:
		koder := tiltak.Koder()
		f.DeltarI = tiltak.NyttTiltakssett(koder[r.IntN(len(koder))])
	}
	return f
}

func TestFeil(t *testing.T) {
	f := &tiltak.Fakta{}
	tester := []struct {
		navn string
		err  error
		felt string
		is   error
	}{
		{"ukjent kode", feil(Vurder("finnes-ikke", f, d(2025, 1, 1))), "tiltak", tiltak.ErrUkjentTiltak},
		{"null dato", feil(Vurder(tiltak.Avklaring, f, tiltak.Dato{})), "dato", tiltak.ErrUgyldigDato},
		{"ugyldige fakta", feil(Vurder(tiltak.Avklaring, &tiltak.Fakta{Fodselsdato: d(2010, 1, 1), RegistrertDato: d(2009, 1, 1)}, d(2025, 1, 1))), "registrert_dato", tiltak.ErrUgyldigFaktum},
		{"sluttdato før dato", feil(VurderMed(tiltak.Avklaring, f, d(2025, 1, 2), Valg{Sluttdato: d(2025, 1, 1)})), "sluttdato", tiltak.ErrUgyldigDato},
		{"VurderAlle null dato", feil2(VurderAlle(f, tiltak.Dato{})), "dato", tiltak.ErrUgyldigDato},
		{"Gjeldende ukjent kode", feil3(Gjeldende("x", d(2025, 1, 1))), "tiltak", tiltak.ErrUkjentTiltak},
		{"Gjeldende null dato", feil3(Gjeldende(tiltak.Mentor, tiltak.Dato{})), "dato", tiltak.ErrUgyldigDato},
		{"Versjoner ukjent kode", feil4(Versjoner("x")), "tiltak", tiltak.ErrUkjentTiltak},
	}
	for _, tt := range tester {
		var fe *tiltak.FeltFeil
		if !errors.As(tt.err, &fe) || fe.Felt != tt.felt || !errors.Is(tt.err, tt.is) {
			t.Errorf("%s: feil %v, ventet felt %q og %v", tt.navn, tt.err, tt.felt, tt.is)
		}
	}
	// Ikke modellert: tiltaksforskriften før 2016, egenregi før 20. juni 2023.
	for _, tt := range []struct {
		kode     tiltak.Kode
		dato     tiltak.Dato
		fra, til tiltak.Dato
	}{
		{tiltak.Avklaring, d(2015, 12, 31), d(2016, 1, 1), tiltak.Dato{}},
		{tiltak.ArbeidMedStotte, d(2023, 6, 19), d(2023, 6, 20), tiltak.Dato{}},
		{tiltak.OpplaeringAMO, d(2025, 6, 30), d(2025, 7, 1), tiltak.Dato{}},
		{tiltak.AFT, d(2017, 12, 31), d(2018, 1, 1), tiltak.Dato{}},
	} {
		_, err := Vurder(tt.kode, f, tt.dato)
		var im *IkkeModellertFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Fra != tt.fra || im.Til != tt.til || im.Tiltak != tt.kode || im.Dato != tt.dato {
			t.Errorf("%s %s: %v", tt.kode, tt.dato, err)
		}
		if im != nil && im.Error() == "" {
			t.Error("tom feiltekst")
		}
		if _, err := Gjeldende(tt.kode, tt.dato); !errors.Is(err, ErrIkkeModellert) {
			t.Errorf("Gjeldende %s %s: %v", tt.kode, tt.dato, err)
		}
	}
	if rs, err := Gjeldende(tiltak.Ungdomsgaranti, d(2023, 6, 30)); rs != nil || err != nil {
		t.Errorf("Gjeldende før innføring: %v %v", rs, err)
	}
	if rs, err := Gjeldende(tiltak.Mentor, d(2025, 8, 1)); err != nil || rs.ID != "mentor-v20250801" {
		t.Errorf("Gjeldende mentor: %v %v", rs, err)
	}
	v, _ := Versjoner(tiltak.Mentor)
	if len(v) != 3 {
		t.Errorf("mentor har %d versjoner", len(v))
	}
	e := (&IkkeModellertFeil{Tiltak: tiltak.AFT, Dato: d(2020, 1, 1), Fra: d(2021, 1, 20), Til: d(2025, 1, 1)}).Error()
	if e != "aft på 2020-01-01: regelverket er ikke modellert (modellert fra 2021-01-20 til 2025-01-01)" {
		t.Errorf("feiltekst %q", e)
	}
}

func feil(_ Resultat, err error) error      { return err }
func feil2(_ []Resultat, err error) error   { return err }
func feil3(_ *Regelsett, err error) error   { return err }
func feil4(_ []*Regelsett, err error) error { return err }

// TestUkjentBlirAldriIkkeOppfylt: uten fakta blir ingen forskriftsvurdering
// ikke oppfylt, unntatt når tiltaket ikke er i kraft.
func TestUkjentBlirAldriIkkeOppfylt(t *testing.T) {
	for _, dato := range []tiltak.Dato{d(2016, 1, 1), d(2021, 6, 1), d(2023, 7, 1), d(2025, 7, 15), d(2025, 9, 1), d(2026, 8, 1), d(2033, 1, 1)} {
		rs, err := VurderAlle(nil, dato)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Utfall == IkkeOppfylt && !r.IkkeIKraft {
				t.Errorf("%s %s: ikke oppfylt uten fakta", r.Tiltak, dato)
			}
			if r.Utfall == MaVurderes && !r.IkkeModellert && r.Tiltak != tiltak.Aktivitetsplass && r.Tiltak != tiltak.Sprakpraksis && len(r.Mangler()) == 0 {
				t.Errorf("%s %s: må vurderes uten å navngi fakta", r.Tiltak, dato)
			}
		}
	}
}

func TestVurderAlleIkkeModellert(t *testing.T) {
	rs, err := VurderAlle(&tiltak.Fakta{}, d(2020, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	var ikke []tiltak.Kode
	for _, r := range rs {
		if r.IkkeModellert {
			ikke = append(ikke, r.Tiltak)
			if r.Utfall != MaVurderes || len(r.Spor) != 1 || r.Spor[0].Vilkar != vilkarIkkeModellert {
				t.Errorf("%s: %v %v", r.Tiltak, r.Utfall, r.Spor)
			}
		}
	}
	want := []tiltak.Kode{tiltak.OpplaeringAMO, tiltak.OpplaeringNorskFOV, tiltak.OpplaeringStudiespesialisering, tiltak.OpplaeringFagOgYrke,
		tiltak.OpplaeringFagskole, tiltak.OpplaeringHoyereUtdanning, tiltak.ArbeidMedStotte, tiltak.IndividuellJobbstotte, tiltak.IPSUng}
	if diff := cmp.Diff(want, ikke); diff != "" {
		t.Errorf("ikke modellert 2020-01-01 (-ventet +fikk):\n%s", diff)
	}
	// Før innføring: ikke i kraft, ikke oppfylt.
	for _, r := range rs {
		if slices.Contains([]tiltak.Kode{tiltak.Sommerjobb, tiltak.Ungdomsgaranti, tiltak.FirearigLonnstilskudd}, r.Tiltak) {
			if !r.IkkeIKraft || r.Utfall != IkkeOppfylt || len(r.Spor) != 1 || r.Spor[0].Utfall() != IkkeOppfylt {
				t.Errorf("%s: ventet ikke i kraft, fikk %+v", r.Tiltak, r)
			}
		}
	}
}

func TestManglerAlle(t *testing.T) {
	f := &tiltak.Fakta{Fodselsdato: d(2000, 1, 1), NodvendigOgHensiktsmessig: tiltak.Ja}
	a, _ := Vurder(tiltak.Avklaring, f, d(2025, 9, 1))
	o, _ := Vurder(tiltak.Oppfolging, f, d(2025, 9, 1))
	got := ManglerAlle([]Resultat{a, o, a})
	want := []tiltak.Faktum{tiltak.FaktumBehovOmfattendeBistand, tiltak.FaktumBehovUtvidetAvklaring}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ManglerAlle (-ventet +fikk):\n%s", diff)
	}
	f.BehovUtvidetAvklaring = tiltak.Nei
	a, _ = Vurder(tiltak.Avklaring, f, d(2025, 9, 1))
	if len(a.Mangler()) != 0 || a.Utfall != IkkeOppfylt {
		t.Errorf("avgjort resultat har mangler %v", a.Mangler())
	}
}

// svarfelt gir pekere til alle ja/nei-faktaene i f.
func svarfelt(f *tiltak.Fakta) []*tiltak.Svar {
	return []*tiltak.Svar{&f.BistandsbehovFastslatt, &f.Sykmeldt, &f.Sykefravaer12Mnd, &f.AnsattHosArbeidsgiver,
		&f.PsykiskLidelseEllerRus, &f.OppfolgingHelseEllerSammensatt, &f.Samtykke, &f.BehovOmfattendeBistand, &f.BehovUtvidetAvklaring,
		&f.LiteArbeidserfaring, &f.VanskerMedArbeid, &f.BehovForKvalifisering, &f.SammensattBistandsbehov,
		&f.FysiskFunksjonsnedsettelseEllerBlind, &f.BehovTilretteleggingOgTettOppfolging, &f.SaerligBehovTilrettelegging,
		&f.IUtdanning, &f.IGrunnleggendeOpplaering, &f.OvergangSkoleEllerSoning, &f.OpplaeringFormellKompetanse,
		&f.TilrettelagtFagOgYrkesopplaering, &f.KombinertLop, &f.ArbeidsgiverHarPermitterte, &f.NodvendigOgHensiktsmessig,
		&f.AndreTiltakVurdert, &f.TidsbegrensedeTiltakForsokt, &f.SaerligBehovMentor, &f.SaerligeGrunner, &f.SammensattePsykiskeProblemerEllerRus}
}

// TestMerKunnskapEndrerIkkeAvgjorteUtfall: et utfall som er avgjort (oppfylt
// eller ikke oppfylt) med noen fakta ukjente, står seg når et ukjent faktum
// fylles inn, uansett verdi. Et ukjent faktum avgjør altså aldri et utfall
// alene; det kan bare gi «må vurderes».
func TestMerKunnskapEndrerIkkeAvgjorteUtfall(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	dato := tiltak.MustDato(2025, 9, 1)
	sammenlignet := 0
	for range 150 {
		f := tilfeldigeFakta(r)
		// Gjør noen fakta ukjente igjen, så det er noe å fylle inn.
		for _, p := range svarfelt(&f) {
			if r.IntN(2) == 0 {
				*p = tiltak.Ukjent
			}
		}
		for _, k := range tiltak.Koder() {
			for _, valg := range []Valg{{}, {MedPraksis: true, Sluttdato: tiltak.MustDato(2026, 8, 31)}} {
				for _, p := range svarfelt(&f) {
					if *p != tiltak.Ukjent {
						continue
					}
					for _, verdi := range []tiltak.Svar{tiltak.Ja, tiltak.Nei} {
						for_, err := VurderMed(k, &f, dato, valg)
						if err != nil {
							t.Fatal(err)
						}
						if for_.Utfall == MaVurderes {
							continue
						}
						*p = verdi
						sammenlignet++
						etter, err := VurderMed(k, &f, dato, valg)
						*p = tiltak.Ukjent
						if err != nil {
							t.Fatal(err)
						}
						if etter.Utfall != for_.Utfall {
							t.Fatalf("%s: utfallet gikk fra %s til %s da et ukjent faktum ble %s (fakta %+v)", k, for_.Utfall, etter.Utfall, verdi, f)
						}
					}
				}
			}
		}
	}
	if sammenlignet < 1000 {
		t.Errorf("bare %d sammenligninger; testen sier lite", sammenlignet)
	}
}

// VurderAlle (som husker delte vilkår innenfor kallet) gir det samme som
// Vurder for hvert tiltak for seg.
func TestVurderAlleSomVurderHvertTiltak(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	kopier := 0
	for _, p := range planer {
		kopier += len(p.steg[1].kopier)
	}
	if kopier == 0 {
		t.Fatal("ingen steg kopierer et delt vilkår; delingen testes ikke")
	}
	for range 100 {
		f := tilfeldigeFakta(r)
		dato := tiltak.MustDato(2016+r.IntN(12), 1, 1).AddDays(r.IntN(366))
		for _, valg := range []Valg{{}, {MedPraksis: true}, {MedPraksis: true, Sluttdato: dato.AddYears(1)}} {
			alle, err := VurderAlleMed(&f, dato, valg)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range alle {
				en, err := VurderMed(a.Tiltak, &f, dato, valg)
				if err != nil {
					if !a.IkkeModellert {
						t.Fatalf("%s %v: %v", a.Tiltak, dato, err)
					}
					continue
				}
				if diff := cmp.Diff(en, a, vilkarPeker, regelsettPeker, cmp.AllowUnexported(tiltak.Tiltakssett{})); diff != "" {
					t.Fatalf("%s %v (-Vurder +VurderAlle):\n%s", a.Tiltak, dato, diff)
				}
			}
		}
	}
}

// Planen for VurderAlle bruker de samme versjonene som oppslaget Vurder
// bruker, på begge sider av hver skiftedato, og stegene for et tiltak er
// vilkårene i versjonen (og praksisreglene) i rekkefølge.
func TestPlanSomFinn(t *testing.T) {
	if len(skiftedatoer) < 5 {
		t.Fatalf("bare %d skiftedatoer", len(skiftedatoer))
	}
	var datoer []tiltak.Dato
	for _, d := range skiftedatoer {
		datoer = append(datoer, d.AddDays(-1), d, d.AddDays(1))
	}
	datoer = append(datoer, tiltak.MustDato(1, 1, 1), tiltak.MustDato(9999, 12, 31))
	for _, dato := range datoer {
		p := finnPlan(dato)
		for i, tr := range regelverk {
			pt := &p.tiltak[i]
			rs, st := tr.finn(dato)
			var ventet []*Vilkar
			versjon := ingenRegelsett
			switch st {
			case utenforModell:
				ventet = []*Vilkar{vilkarIkkeModellert}
			case forInnforing, etterOpphor:
				ventet, versjon = []*Vilkar{rs.ikkeIKraft}, rs
			default:
				ventet, versjon = rs.Vilkar, rs
			}
			if pt.kode != tr.kode || pt.regelsett != versjon || pt.ikkeModellert != (st == utenforModell) ||
				pt.ikkeIKraft != (st == forInnforing || st == etterOpphor) {
				t.Fatalf("%s %s: plan %+v, oppslaget ga %+v (status %d)", tr.kode, dato, pt, versjon, st)
			}
			sjekkSteg(t, tr.kode, dato, p.steg[0].steg[pt.fra[0]:pt.til[0]], ventet, false)
			if st == funnet {
				for _, pr := range rs.Praksis {
					ventet = append(ventet[:len(ventet):len(ventet)], pr.Vilkar)
				}
			}
			sjekkSteg(t, tr.kode, dato, p.steg[1].steg[pt.fra[1]:pt.til[1]], ventet, true)
		}
	}
}

func sjekkSteg(t *testing.T, kode tiltak.Kode, dato tiltak.Dato, steg []steg, ventet []*Vilkar, praksis bool) {
	t.Helper()
	if len(steg) != len(ventet) {
		t.Fatalf("%s %s (praksis %v): %d steg, ventet %d", kode, dato, praksis, len(steg), len(ventet))
	}
	for j, s := range steg {
		if vilkarTabell[s.vilkar] != ventet[j] {
			t.Errorf("%s %s steg %d: %s, ventet %s", kode, dato, j, vilkarTabell[s.vilkar].ID, ventet[j].ID)
		}
	}
}

// Et steg som kopierer, kopierer et tidligere steg med samme vilkår som
// vurderes der; hvert steg vurderes eller kopieres, aldri begge; hvert
// vilkår vurderes én gang per kall; de erstattede stegene er de med maske
// 0. § 1-3-alderskravet deles av mange tiltak, avklaringens personkrets av
// ingen.
func TestPlanDelerVilkar(t *testing.T) {
	alder, _ := FinnVilkar("tf-1-3.alder-16")
	for e, p := range planer {
		for j, l := range p.steg {
			gjort := make([]int, len(l.steg))
			vurdert := map[*Vilkar]int{}
			for _, v := range l.vurder {
				gjort[v.steg]++
				vurdert[v.v]++
				s := l.steg[v.steg]
				if vilkarTabell[s.vilkar] != v.v || v.leser != v.v.Leser || s.kilde >= 0 || v.enkel != (!v.v.LeserSluttdato && v.v.medValg == nil) {
					t.Errorf("plan %d/%d: vurderingen i steg %d stemmer ikke med steget", e, j, v.steg)
				}
			}
			for _, k := range l.kopier {
				gjort[k.til]++
				s, kilde := l.steg[k.til], l.steg[k.fra]
				if k.fra >= k.til || int(s.kilde) != int(k.fra) || kilde.vilkar != s.vilkar || kilde.kilde >= 0 {
					t.Errorf("plan %d/%d: steg %d kopierer steg %d, som ikke er en vurdering av samme vilkår", e, j, k.til, k.fra)
				}
			}
			for i, n := range gjort {
				if n != 1 {
					t.Errorf("plan %d/%d: steg %d gjøres %d ganger", e, j, i, n)
				}
			}
			for v, n := range vurdert {
				if n != 1 {
					t.Errorf("plan %d/%d: %s vurderes %d ganger", e, j, v.ID, n)
				}
			}
			erstattet := map[uint16]bool{}
			for _, i := range l.erstattede {
				erstattet[i] = true
			}
			for i, s := range l.steg {
				if s.erstattet != erstattet[uint16(i)] || (j == 0 && s.erstattet) {
					t.Errorf("plan %d/%d: steg %d er erstattet: %v", e, j, i, s.erstattet)
				}
				if int(s.vnr) >= len(l.vurder) || l.vurder[s.vnr].v != vilkarTabell[s.vilkar] {
					t.Errorf("plan %d/%d: steg %d peker på vurdering %d av et annet vilkår", e, j, i, s.vnr)
				}
			}
			// Tiltakets vilkarsett er vurderingene i stegene som ikke er
			// erstattet.
			for _, pt := range p.tiltak {
				var ventet vilkarsett
				for _, s := range l.steg[pt.fra[j]:pt.til[j]] {
					if !s.erstattet {
						ventet |= 1 << (s.vnr & 63)
					}
				}
				if pt.vilkar[j] != ventet {
					t.Errorf("plan %d/%d: %s har vilkarsett %x, ventet %x", e, j, pt.kode, pt.vilkar[j], ventet)
				}
			}
		}
	}
	p := finnPlan(tiltak.MustDato(2024, 1, 1))
	kopiert := map[*Vilkar]int{}
	for _, k := range p.steg[0].kopier {
		kopiert[vilkarTabell[p.steg[0].steg[k.til].vilkar]]++
	}
	if kopiert[alder] < 10 {
		t.Errorf("§ 1-3-alderskravet er kopiert %d ganger i 2024, ventet minst 10", kopiert[alder])
	}
	if kopiert[tf23] != 0 {
		t.Error("avklaringens personkrets står bare i avklaring og skal ikke kopieres")
	}
}

// finn gir alle fire svarene for et tenkt tiltak med to versjoner: funnet
// inne i versjonene, ikke innført eller ikke modellert før den første,
// opphørt eller ikke modellert etter den siste.
func TestFinnStatus(t *testing.T) {
	a := &Regelsett{ID: "a", Fra: d(2020, 1, 1), Til: d(2020, 12, 31)}
	b := &Regelsett{ID: "b", Fra: d(2021, 1, 1), Til: d(2021, 12, 31)}
	for _, tc := range []struct {
		navn             string
		innfort, opphort bool
		dato             tiltak.Dato
		rs               *Regelsett
		st               finnStatus
	}{
		{"første dag", false, false, d(2020, 1, 1), a, funnet},
		{"siste dag i første versjon", false, false, d(2020, 12, 31), a, funnet},
		{"første dag i andre versjon", false, false, d(2021, 1, 1), b, funnet},
		{"før, ikke innført", true, false, d(2019, 12, 31), a, forInnforing},
		{"før, ikke modellert", false, false, d(2019, 12, 31), nil, utenforModell},
		{"etter, opphørt", false, true, d(2022, 1, 1), b, etterOpphor},
		{"etter, ikke modellert", false, false, d(2022, 1, 1), nil, utenforModell},
	} {
		a.Innfort, b.Opphort = tc.innfort, tc.opphort
		tr := &tiltaksregler{kode: tiltak.Avklaring, versjoner: []*Regelsett{a, b}}
		if rs, st := tr.finn(tc.dato); rs != tc.rs || st != tc.st {
			t.Errorf("%s: %v %d, ventet %v %d", tc.navn, rs, st, tc.rs, tc.st)
		}
	}
}

// testIndeks gir en indeksfunksjon for leggTil som bare gjelder testen.
func testIndeks() func(*Vilkar) uint16 {
	nr := map[*Vilkar]uint16{}
	return func(v *Vilkar) uint16 {
		if i, ok := nr[v]; ok {
			return i
		}
		i := uint16(len(nr))
		nr[v] = i
		return i
	}
}

// En praksisregel som erstatter en senere praksisregel: Vurder og planen
// merker det samme sporpunktet som erstattet, uansett rekkefølge.
func TestErstattetUansettRekkefolge(t *testing.T) {
	rs := &Regelsett{Tiltak: tiltak.Avklaring, ID: "test-erstatter", Vilkar: []*Vilkar{tf23},
		Praksis: []Praksisregel{{Vilkar: praksisInnsatsBistand, Erstatter: praksisAlder72}, {Vilkar: praksisAlder72}}}
	tr := &tiltaksregler{kode: tiltak.Avklaring, versjoner: []*Regelsett{rs}}
	f := benchFakta
	var r Resultat
	vurderEn(&r, tr, rs, funnet, make([]Sporpunkt, 0, 3), &f, d(2025, 9, 1), Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)})
	var l stegliste
	l.leggTil(rs, funnet, true, testIndeks())
	erstattet := map[int]bool{}
	for _, i := range l.erstattede {
		erstattet[int(i)] = true
	}
	if len(r.Spor) != 3 || !r.Spor[2].Erstattet() {
		t.Fatalf("Vurder merket ikke den senere praksisregelen: %v", r.Spor)
	}
	for i, p := range r.Spor {
		if p.Erstattet() != erstattet[i] {
			t.Errorf("sporpunkt %d (%s): Vurder sier erstattet %v, planen %v", i, p.Vilkar.ID, p.Erstattet(), erstattet[i])
		}
	}
}

// Et vilkår som gir et ugyldig utfall: planen og Vurder lagrer det som 0 og
// lar det ikke telle, så begge gir oppfylt.
func TestUgyldigUtfallIPlanen(t *testing.T) {
	ugyldig := &Vilkar{ID: "test.ugyldig", Vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return 6 }}
	rs := &Regelsett{Tiltak: tiltak.Avklaring, ID: "test-ugyldig", Vilkar: []*Vilkar{ugyldig}}
	var p plan
	p.steg[0].leggTil(rs, funnet, false, testIndeks())
	for i := range p.tiltak {
		p.tiltak[i] = planTiltak{kode: tiltak.Avklaring, regelsett: rs, til: [2]uint16{1, 1}, vilkar: [2]vilkarsett{1, 1}}
	}
	var buf Buffer
	f := benchFakta
	p.kjor(buf.res[:], make([]Sporpunkt, 1), &f, d(2025, 9, 1), Valg{})
	var en Resultat
	vurderEn(&en, &tiltaksregler{kode: tiltak.Avklaring, versjoner: []*Regelsett{rs}}, rs, funnet, make([]Sporpunkt, 0, 1), &f, d(2025, 9, 1), Valg{})
	if buf.res[0].Utfall != Oppfylt || en.Utfall != Oppfylt || buf.res[0].Spor[0].Utfall() != 0 || en.Spor[0].Utfall() != 0 {
		t.Errorf("plan %v (spor %v), Vurder %v (spor %v)", buf.res[0].Utfall, buf.res[0].Spor[0].Utfall(), en.Utfall, en.Spor[0].Utfall())
	}
}
