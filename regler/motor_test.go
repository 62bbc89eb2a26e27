package regler

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

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

// TestRegelsettHengerSammen: regelsettene for et tiltak begynner den dagen
// tiltaket er modellert fra, følger hverandre uten hull eller overlapp, og
// bare det siste er åpent. Gjeldende gir regelsettet på første og siste dag,
// og dagen før det første er ikke modellert.
func TestRegelsettHengerSammen(t *testing.T) {
	for _, k := range tiltak.Koder() {
		vs, err := Versjoner(k)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) == 0 {
			t.Fatalf("%s har ingen regelsett", k)
		}
		def := regelverk[slices.Index(tiltak.Koder(), k)].def
		if vs[0].Fra() != def.modellertFra {
			t.Errorf("%s: første regelsett %s begynner %s, tiltaket er modellert fra %s", k, vs[0].ID(), vs[0].Fra(), def.modellertFra)
		}
		for i, rs := range vs {
			if rs.Tiltak() != k {
				t.Errorf("%s: %s gjelder %s", k, rs.ID(), rs.Tiltak())
			}
			if len(rs.Vilkar()) == 0 {
				t.Errorf("%s: %s har ingen vilkår", k, rs.ID())
			}
			if rs.IkkeIKraft() && len(rs.Vilkar()) != 1 {
				t.Errorf("%s: %s er ikke i kraft, men har %d vilkår", k, rs.ID(), len(rs.Vilkar()))
			}
			if want := string(k) + "-v" + strings.ReplaceAll(rs.Fra().String(), "-", ""); !rs.Fra().IsZero() && rs.ID() != want {
				t.Errorf("%s: id %s, ventet %s", k, rs.ID(), want)
			}
			if got, ok := FinnRegelsett(rs.ID()); !ok || got != rs {
				t.Errorf("FinnRegelsett(%s) finner ikke regelsettet", rs.ID())
			}
			if !rs.Til().IsZero() && rs.Til().Before(rs.Fra()) {
				t.Errorf("%s: %s slutter før det begynner", k, rs.ID())
			}
			for _, dag := range []tiltak.Dato{rs.Fra(), rs.Til()} {
				if dag.IsZero() {
					continue
				}
				got, err := Gjeldende(k, dag)
				if err != nil || got != rs || !rs.Gjelder(dag) {
					t.Errorf("Gjeldende(%s, %s) = %v, %v; ventet %s", k, dag, got, err, rs.ID())
				}
			}
			if i == 0 {
				continue
			}
			forrige := vs[i-1]
			if forrige.Til().IsZero() {
				t.Errorf("%s: %s er åpent, men %s følger", k, forrige.ID(), rs.ID())
				continue
			}
			if got := forrige.Til().AddDays(1); got != rs.Fra() {
				t.Errorf("%s: %s slutter %s, men %s begynner %s (hull eller overlapp)", k, forrige.ID(), forrige.Til(), rs.ID(), rs.Fra())
			}
			if forrige.Gjelder(rs.Fra()) || rs.Gjelder(forrige.Til()) {
				t.Errorf("%s: %s og %s overlapper", k, forrige.ID(), rs.ID())
			}
		}
		if siste := vs[len(vs)-1]; !siste.Til().IsZero() {
			t.Errorf("%s: det siste regelsettet %s er ikke åpent", k, siste.ID())
		}
		if !vs[0].Fra().IsZero() {
			dagen := vs[0].Fra().AddDays(-1)
			_, err := Gjeldende(k, dagen)
			var im *IkkeModellertFeil
			if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Tiltak != k || im.Dato != dagen || im.Fra != vs[0].Fra() {
				t.Errorf("Gjeldende(%s, %s): %v", k, dagen, err)
			}
		}
	}
}

// Lovlaget: id-ene er unike, versjonene av en paragraf følger hverandre,
// hvert vilkår har vurdering, beskrivelse og en id av formen
// «versjon.navn», og hjemmelen peker på versjonen.
func TestLovlagetErKonsistent(t *testing.T) {
	sett := map[string]bool{}
	for _, p := range Lovverk() {
		vs := p.Versjoner()
		for i, v := range vs {
			if sett[v.ID()] {
				t.Errorf("versjonen %s står to ganger", v.ID())
			}
			sett[v.ID()] = true
			if got, ok := FinnParagrafversjon(v.ID()); !ok || got != v {
				t.Errorf("FinnParagrafversjon(%s) finner ikke versjonen", v.ID())
			}
			if v.Paragraf().ID() != p.ID() || !strings.HasPrefix(v.ID(), p.ID()+"-") {
				t.Errorf("%s hører ikke til %s", v.ID(), p.ID())
			}
			if v.Innhold() == "" || v.EndretVed() == "" || v.Bevis() == 0 {
				t.Errorf("%s mangler innhold, endringsforskrift eller bevis", v.ID())
			}
			if v.Uverifisert() != (v.Bevis() == Avledet || v.Bevis() == Sekundaer || v.Bevis() == UkjentOrdlyd) {
				t.Errorf("%s: uverifisert %v med bevis %s", v.ID(), v.Uverifisert(), v.Bevis())
			}
			if i+1 < len(vs) && v.Til() != vs[i+1].Fra().AddDays(-1) {
				t.Errorf("%s slutter %s, neste begynner %s", v.ID(), v.Til(), vs[i+1].Fra())
			}
			for _, vk := range v.Vilkar() {
				if pv, ok := vk.Versjon(); !ok || pv != v {
					t.Errorf("%s står i %s, men peker på en annen versjon", vk.ID(), v.ID())
				}
			}
		}
	}
	if _, ok := FinnParagrafversjon("tf-99-9-v20160101"); ok {
		t.Error("FinnParagrafversjon fant en versjon som ikke finnes")
	}
	for _, v := range AlleVilkar() {
		if v.ID() == "" || v.vurder == nil || v.Beskrivelse() == "" {
			t.Errorf("vilkår %q mangler id, vurdering eller beskrivelse", v.ID())
		}
		if got, ok := FinnVilkar(v.ID()); !ok || got != v {
			t.Errorf("FinnVilkar(%q) finner ikke vilkåret", v.ID())
		}
		if len(v.Leser().Liste()) > maksLeser {
			t.Errorf("%s leser %d fakta, mer enn %d", v.ID(), len(v.Leser().Liste()), maksLeser)
		}
		if v == vilkarIkkeModellert {
			if _, ok := v.Versjon(); ok || !v.Hjemmel().IsZero() {
				t.Error("ikke-modellert skal ikke ha hjemmel")
			}
			continue
		}
		pv, ok := v.Versjon()
		if !ok || v.Hjemmel().ID != pv.ID() {
			t.Errorf("%s: hjemmel %q, versjon %v", v.ID(), v.Hjemmel().ID, ok)
			continue
		}
		if !strings.HasPrefix(v.ID(), pv.ID()+".") {
			t.Errorf("%s begynner ikke med versjonens id %s", v.ID(), pv.ID())
		}
		if v.Uverifisert() != (v.uverifisert || pv.Uverifisert()) {
			t.Errorf("%s: uverifisert %v", v.ID(), v.Uverifisert())
		}
	}
	if _, ok := FinnVilkar("finnes-ikke"); ok {
		t.Error("FinnVilkar fant et vilkår som ikke finnes")
	}
	// Et regelsett er uverifisert når et av vilkårene er det: VTAO fra
	// 1. september 2026 bygger på § 14A-3 (bare avledet tekst).
	for dato, want := range map[tiltak.Dato]bool{d(2026, 8, 31): false, d(2026, 9, 1): true} {
		rs, _ := Gjeldende(tiltak.VTAO, dato)
		if rs.Uverifisert() != want || rs.Versjon().Uverifisert != want {
			t.Errorf("VTAO %s: uverifisert %v, ventet %v", dato, rs.Uverifisert(), want)
		}
	}
}

// TestDekning: radtabellene (én per lovfil) dekker lovlaget. Hvert vilkår
// i AlleVilkar (unntatt det syntetiske «ikke-modellert») er navngitt av
// minst én rad; et vilkår som leser fakta, har rader med oppfylt, ikke
// oppfylt og må vurderes der faktaene som mangler er navngitt; hvert
// regelsett for hvert tiltak er navngitt av minst én rad; og hver rad
// navngir versjonen vilkåret den sjekker bygger på (eller en
// tilleggshjemmel), så en rad kan ikke vise til en id ingen regel bruker.
func TestDekning(t *testing.T) {
	type dekning struct {
		rader           int
		utfall          map[Utfall]bool
		manglerNavngitt bool
	}
	vilkar := map[string]*dekning{}
	regelsett := map[string]bool{}
	// paaDag: regelsettene radene navngir, per tiltak og dato.
	type tiltakDag struct {
		kode tiltak.Kode
		dato tiltak.Dato
	}
	paaDag := map[tiltakDag]string{}
	for tabell, rader := range alleRadtabeller() {
		if len(rader) == 0 {
			t.Errorf("tabellen %s er tom", tabell)
		}
		for i, r := range rader {
			v, ok := FinnVilkar(r.vilkar)
			if !ok {
				t.Errorf("%s[%d] %s: vilkåret %q finnes ikke", tabell, i, r.navn, r.vilkar)
				continue
			}
			if _, ok := FinnParagrafversjon(r.id); !ok {
				t.Errorf("%s[%d] %s: versjonen %q finnes ikke", tabell, i, r.navn, r.id)
			}
			if !radIDStemmer(v, r.id) {
				t.Errorf("%s[%d] %s: %s bygger ikke på %s", tabell, i, r.navn, r.vilkar, r.id)
			}
			if !r.want.Gyldig() {
				t.Errorf("%s[%d] %s: ugyldig utfall", tabell, i, r.navn)
			}
			dk := vilkar[r.vilkar]
			if dk == nil {
				dk = &dekning{utfall: map[Utfall]bool{}}
				vilkar[r.vilkar] = dk
			}
			dk.rader++
			dk.utfall[r.want] = true
			if r.want == MaVurderes && len(r.mangler) > 0 {
				dk.manglerNavngitt = true
			}
			if r.versjon != "" {
				if rs, ok := FinnRegelsett(r.versjon); !ok || rs.Tiltak() != r.kode {
					t.Errorf("%s[%d] %s: regelsettet %q finnes ikke for %s", tabell, i, r.navn, r.versjon, r.kode)
				}
				regelsett[r.versjon] = true
				paaDag[tiltakDag{r.kode, r.dato}] = r.versjon
			}
		}
	}
	// Vilkår som etter teksten aldri kan bli avgjort oppfylt.
	aldriOppfylt := map[string]string{
		"tf-13-4-v20161001.formell-kompetanse": "det tredje året i AFT kommer i tillegg til forlengelsen som er skjønn",
		"tf-13-4-v20260101.formell-kompetanse": "det tredje året i AFT kommer i tillegg til forlengelsen som er skjønn",
	}
	// Vilkår som aldri kan gi ikke oppfylt, med grunnen.
	aldriIkkeOppfylt := map[string]string{
		"seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5": "veiledningen sier «gjerne» høyst 1:5; et større behov må vurderes",
	}
	alle := AlleVilkar()
	dekket, antall := 0, 0
	for _, v := range alle {
		if v == vilkarIkkeModellert {
			continue
		}
		antall++
		dk := vilkar[v.ID()]
		if dk == nil {
			t.Errorf("ingen rad navngir %s", v.ID())
			continue
		}
		ok := true
		if len(v.Leser().Liste()) > 0 {
			if !dk.utfall[Oppfylt] && aldriOppfylt[v.ID()] == "" {
				t.Errorf("%s leser fakta, men ingen rad er oppfylt", v.ID())
				ok = false
			}
			if !dk.utfall[IkkeOppfylt] && aldriIkkeOppfylt[v.ID()] == "" {
				t.Errorf("%s leser fakta, men ingen rad er ikke oppfylt", v.ID())
				ok = false
			}
			if !dk.manglerNavngitt {
				t.Errorf("%s leser fakta, men ingen rad er må vurderes med faktaene som mangler", v.ID())
				ok = false
			}
		}
		if ok {
			dekket++
		}
	}
	for id := range aldriOppfylt {
		if v, ok := FinnVilkar(id); !ok || len(v.Leser().Liste()) == 0 {
			t.Errorf("unntaket %s er ikke et vilkår som leser fakta", id)
		}
	}
	rsDekket, rsAntall := 0, 0
	for _, k := range tiltak.Koder() {
		vs, _ := Versjoner(k)
		for i, rs := range vs {
			// Hvert skifte har en rad på siste dag i det gamle regelsettet og
			// en på første dag i det nye, som begge sjekker regelsettet.
			if i > 0 && (paaDag[tiltakDag{k, rs.Fra().AddDays(-1)}] != vs[i-1].ID() || paaDag[tiltakDag{k, rs.Fra()}] != rs.ID()) {
				t.Errorf("skiftet fra %s til %s har ikke rader på begge sider", vs[i-1].ID(), rs.ID())
			}
			rsAntall++
			if regelsett[rs.ID()] {
				rsDekket++
			} else {
				t.Errorf("ingen rad navngir regelsettet %s", rs.ID())
			}
		}
	}
	t.Logf("vilkår dekket %d av %d, regelsett dekket %d av %d", dekket, antall, rsDekket, rsAntall)
}

// Ikke i kraft: før et tiltak ble innført, etter at det ble opphevet (eller
// forsøket sluttet), og mens § 7-2 ikke hadde formen, er utfallet ikke
// oppfylt med ett sporpunkt som siterer versjonen som innførte, opphevet
// eller manglet tiltaket.
func TestIkkeIKraft(t *testing.T) {
	for _, tt := range []struct {
		kode    tiltak.Kode
		dato    tiltak.Dato
		versjon string // paragrafversjonen sporpunktet siterer
		tekst   string // et utdrag av forklaringen
	}{
		{tiltak.AFT, d(2016, 9, 30), "tf-13-2-v20161001", "innført ved FOR-2016-06-13-653 fra 2016-10-01"},
		{tiltak.Ungdomsgaranti, d(2023, 6, 30), "er-4-2-v20230701", "innført ved FOR-2023-06-20-1073 fra 2023-07-01"},
		{tiltak.FirearigLonnstilskudd, d(2026, 7, 31), "fir-12-v20260801", "innført ved FOR-2026-02-04-163 fra 2026-08-01"},
		{tiltak.FirearigLonnstilskudd, d(2033, 1, 1), "fir-12-v20260801", "ikke lenger i kraft på datoen: tiltaket gjaldt til og med 2032-12-31 (FOR-2026-02-04-163)"},
		{tiltak.BedriftsinternOpplaering, d(2020, 1, 1), "tf-8-3-v20200101", "opphevet ved FOR-2019-12-12-1765 fra 2020-01-01"},
		{tiltak.BedriftsinternOpplaering, d(2021, 4, 22), "tf-8-3-v20210422", "har ikke denne formen"},
		{tiltak.Sommerjobb, d(2019, 12, 31), "tf-8-2-v20160101", "har ikke denne formen"},
		{tiltak.Sommerjobb, d(2021, 4, 21), "tf-8-2-v20200101", "opphevet ved FOR-2019-12-12-1765"},
		{tiltak.OpplaeringStudiespesialisering, d(2019, 7, 1), "tf-7-2-v20190701", "har ikke denne formen"},
	} {
		for _, valg := range []Valg{{}, {MedPraksis: true}} {
			r, err := VurderMed(tt.kode, &tiltak.Fakta{}, tt.dato, valg)
			if err != nil {
				t.Fatalf("%s %s: %v", tt.kode, tt.dato, err)
			}
			if !r.IkkeIKraft || r.IkkeModellert || r.Utfall != IkkeOppfylt || len(r.Spor) != 1 || !r.Regelsett.IkkeIKraft() {
				t.Errorf("%s %s: %+v", tt.kode, tt.dato, r)
				continue
			}
			p := r.Spor[0]
			if p.Utfall() != IkkeOppfylt || versjonsID(p.Vilkar()) != tt.versjon || !strings.Contains(p.Forklaring(r.Fakta), tt.tekst) {
				t.Errorf("%s %s: %s (%s) %v %q", tt.kode, tt.dato, p.Vilkar().ID(), versjonsID(p.Vilkar()), p.Utfall(), p.Forklaring(r.Fakta))
			}
		}
	}
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
	// Ikke modellert: tiltaksforskriften før 2016, egenregiforskriften
	// kapittel 1–3 før 20. juni 2023.
	for _, tt := range []struct {
		kode tiltak.Kode
		dato tiltak.Dato
		fra  tiltak.Dato
	}{
		{tiltak.Avklaring, d(2015, 12, 31), d(2016, 1, 1)},
		{tiltak.OpplaeringAMO, d(2015, 12, 31), d(2016, 1, 1)},
		{tiltak.AFT, d(2015, 12, 31), d(2016, 1, 1)},
		{tiltak.Ungdomsgaranti, d(2015, 12, 31), d(2016, 1, 1)},
		{tiltak.ArbeidMedStotte, d(2023, 6, 19), d(2023, 6, 20)},
		{tiltak.IPSUng, d(2020, 1, 1), d(2023, 6, 20)},
	} {
		_, err := Vurder(tt.kode, f, tt.dato)
		var im *IkkeModellertFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Fra != tt.fra || !im.Til.IsZero() || im.Tiltak != tt.kode || im.Dato != tt.dato || im.Grunn == "" {
			t.Errorf("%s %s: %v", tt.kode, tt.dato, err)
		}
		if im != nil && !strings.HasPrefix(im.Error(), string(tt.kode)+" på "+tt.dato.String()+": ikke modellert (modellert fra "+tt.fra.String()+" til åpent): ") {
			t.Errorf("feiltekst %q", im.Error())
		}
		if _, err := Gjeldende(tt.kode, tt.dato); !errors.Is(err, ErrIkkeModellert) {
			t.Errorf("Gjeldende %s %s: %v", tt.kode, tt.dato, err)
		}
	}
	// Før innføringen er ikke en feil: regelsettet sier at tiltaket ikke er i kraft.
	if rs, err := Gjeldende(tiltak.Ungdomsgaranti, d(2023, 6, 30)); err != nil || rs.ID() != "ungdomsgaranti-v20160101" || !rs.IkkeIKraft() {
		t.Errorf("Gjeldende før innføring: %v %v", rs, err)
	}
	if rs, err := Gjeldende(tiltak.Mentor, d(2025, 8, 1)); err != nil || rs.ID() != "mentor-v20250801" || rs.IkkeIKraft() {
		t.Errorf("Gjeldende mentor: %v %v", rs, err)
	}
	// Feilteksten, regnet for hånd.
	e := (&IkkeModellertFeil{Tiltak: tiltak.AFT, Dato: d(2020, 1, 1), Fra: d(2021, 1, 20), Til: d(2025, 1, 1), Grunn: "fordi"}).Error()
	if e != "aft på 2020-01-01: ikke modellert (modellert fra 2021-01-20 til 2025-01-01): fordi" {
		t.Errorf("feiltekst %q", e)
	}
	if e := (&IkkeModellertFeil{Dato: d(2020, 1, 1)}).Error(); e != "regelen på 2020-01-01: ikke modellert" {
		t.Errorf("feiltekst uten tiltak %q", e)
	}
}

func feil(_ Resultat, err error) error      { return err }
func feil2(_ []Resultat, err error) error   { return err }
func feil3(_ *Regelsett, err error) error   { return err }
func feil4(_ []*Regelsett, err error) error { return err }

// TestUkjentBlirAldriIkkeOppfylt: uten fakta blir ingen vurdering etter
// forskriften ikke oppfylt, unntatt når tiltaket ikke er i kraft, og et
// resultat som må vurderes navngir faktaene som mangler (unntatt tiltakene
// som bare beror på skjønn).
func TestUkjentBlirAldriIkkeOppfylt(t *testing.T) {
	for _, dato := range []tiltak.Dato{d(2016, 1, 1), d(2016, 10, 1), d(2019, 7, 1), d(2021, 6, 1), d(2023, 7, 1), d(2025, 7, 15), sep2025, d(2026, 9, 1), d(2033, 1, 1)} {
		rs, err := VurderAlle(nil, dato)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Utfall == IkkeOppfylt && !r.IkkeIKraft {
				t.Errorf("%s %s: ikke oppfylt uten fakta; spor:\n%s", r.Tiltak, dato, sporTekst(r))
			}
			if r.Utfall == MaVurderes && !r.IkkeModellert && r.Tiltak != tiltak.Aktivitetsplass && r.Tiltak != tiltak.Sprakpraksis && r.Mangler().Tom() {
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
			if r.Utfall != MaVurderes || len(r.Spor) != 1 || r.Spor[0].Vilkar() != vilkarIkkeModellert || r.Regelsett.ID() != "" {
				t.Errorf("%s: %v %v", r.Tiltak, r.Utfall, r.Spor)
			}
		}
	}
	// Bare egenregiforskriftens kapittel 2 og 3 er ikke modellert i 2020.
	want := []tiltak.Kode{tiltak.ArbeidMedStotte, tiltak.IndividuellJobbstotte, tiltak.IPSUng}
	if diff := cmp.Diff(want, ikke); diff != "" {
		t.Errorf("ikke modellert 2020-01-01 (-ventet +fikk):\n%s", diff)
	}
	var ikkeIKraft []tiltak.Kode
	for _, r := range rs {
		if r.IkkeIKraft {
			ikkeIKraft = append(ikkeIKraft, r.Tiltak)
			if r.Utfall != IkkeOppfylt || len(r.Spor) != 1 || r.Spor[0].Utfall() != IkkeOppfylt {
				t.Errorf("%s: ventet ikke i kraft, fikk %+v", r.Tiltak, r)
			}
		}
	}
	// 1. januar 2020: studiespesialisering (ingen bokstav i § 7-2), kapittel
	// 8 opphevet (bedriftsintern opplæring, og sommerjobb finnes ikke ennå),
	// ungdomsgarantien og forsøket med fireårig lønnstilskudd ikke innført.
	wantIkke := []tiltak.Kode{tiltak.OpplaeringStudiespesialisering, tiltak.BedriftsinternOpplaering, tiltak.Sommerjobb,
		tiltak.Ungdomsgaranti, tiltak.FirearigLonnstilskudd}
	if diff := cmp.Diff(wantIkke, ikkeIKraft); diff != "" {
		t.Errorf("ikke i kraft 2020-01-01 (-ventet +fikk):\n%s", diff)
	}
}

func TestManglerAlle(t *testing.T) {
	f := &tiltak.Fakta{Fodselsdato: d(2000, 1, 1), NodvendigOgHensiktsmessig: ja, Arbeidstaker: nei}
	a, _ := Vurder(tiltak.Avklaring, f, sep2025)
	o, _ := Vurder(tiltak.Oppfolging, f, sep2025)
	got := ManglerAlle([]Resultat{a, o, a})
	// Arbeidstaker nei avgjør § 1-8; det som mangler, er personkretsene i
	// § 2-3 og § 4-3, i faktarekkefølge.
	want := []tiltak.Faktum{tiltak.FaktumBehovOmfattendeBistand, tiltak.FaktumBehovUtvidetAvklaring}
	if diff := cmp.Diff(want, got.Liste()); diff != "" {
		t.Errorf("ManglerAlle (-ventet +fikk):\n%s", diff)
	}
	f.BehovUtvidetAvklaring = nei
	a, _ = Vurder(tiltak.Avklaring, f, sep2025)
	if !a.Mangler().Tom() || a.Utfall != IkkeOppfylt {
		t.Errorf("avgjort resultat har mangler %v", a.Mangler())
	}
}

// svarfelt gir pekere til alle ja/nei-faktaene i f (alle felt av typen
// tiltak.Svar, så nye fakta kommer med av seg selv).
func svarfelt(f *tiltak.Fakta) []*tiltak.Svar {
	var ut []*tiltak.Svar
	v := reflect.ValueOf(f).Elem()
	for i := range v.NumField() {
		if p, ok := v.Field(i).Addr().Interface().(*tiltak.Svar); ok {
			ut = append(ut, p)
		}
	}
	return ut
}

// tilfeldigeFakta gir tilfeldige fakta der hvert faktum kan være ukjent.
func tilfeldigeFakta(r *rand.Rand) tiltak.Fakta {
	var f tiltak.Fakta
	if r.IntN(4) > 0 {
		f.Fodselsdato = d(1950+r.IntN(70), 1, 1).AddDays(r.IntN(366))
	}
	f.Arbeidsevne = tiltak.Arbeidsevne(r.IntN(4))
	f.Innsatsgruppe = tiltak.Innsatsgruppe(r.IntN(6))
	f.Uforetrygd = tiltak.Uforetrygd(r.IntN(5))
	f.Stillingstype = tiltak.Stillingstype(r.IntN(3))
	if r.IntN(2) == 0 {
		f.RegistrertDato = d(2023, 1, 1)
		if !f.Fodselsdato.IsZero() && f.RegistrertDato.Before(f.Fodselsdato) {
			f.RegistrertDato = f.Fodselsdato
		}
	}
	for _, p := range svarfelt(&f) {
		*p = tiltak.Svar(r.IntN(3))
	}
	if !konsistent(&f) {
		f.Arbeidstaker = tiltak.Ukjent
	}
	switch r.IntN(3) {
	case 1:
		f.DeltarI = settAv()
	case 2:
		koder := tiltak.Koder()
		f.DeltarI = settAv(koder[r.IntN(len(koder))])
	}
	return f
}

// konsistent sier om faktaene henger sammen: «sykmeldt arbeidstaker» og
// «ansatt hos arbeidsgiveren» forutsetter at personen er arbeidstaker, så
// arbeidstaker nei sammen med en av dem er selvmotsigende (Fakta.Valider
// avviser det ikke). Egenskapstesten fyller bare inn
// fakta som holder faktaene konsistente.
func konsistent(f *tiltak.Fakta) bool {
	return f.Arbeidstaker != nei || (f.Sykmeldt != ja && f.AnsattHosArbeidsgiver != ja)
}

// utfyllinger gir, for hvert faktum som er ukjent i f, måter å fylle det
// inn på (hver endrer f og gir en funksjon som setter det tilbake).
func utfyllinger(f *tiltak.Fakta) []func() (angre func()) {
	var ut []func() func()
	for _, p := range svarfelt(f) {
		if *p != tiltak.Ukjent {
			continue
		}
		for _, s := range []tiltak.Svar{ja, nei} {
			ut = append(ut, func() func() { *p = s; return func() { *p = tiltak.Ukjent } })
		}
	}
	if f.Fodselsdato.IsZero() {
		for _, fd := range []tiltak.Dato{d(1950, 1, 1), d(1996, 8, 1), d(2009, 12, 31), d(2010, 6, 15)} {
			ut = append(ut, func() func() { f.Fodselsdato = fd; return func() { f.Fodselsdato = tiltak.Dato{} } })
		}
	}
	if f.Arbeidsevne == tiltak.ArbeidsevneUkjent {
		for a := tiltak.IkkeNedsattArbeidsevne; a <= tiltak.VarigNedsattArbeidsevne; a++ {
			ut = append(ut, func() func() { f.Arbeidsevne = a; return func() { f.Arbeidsevne = 0 } })
		}
	}
	if f.Innsatsgruppe == tiltak.InnsatsgruppeUkjent {
		for g := tiltak.GodeMuligheter; g <= tiltak.LitenMulighetTilAJobbe; g++ {
			ut = append(ut, func() func() { f.Innsatsgruppe = g; return func() { f.Innsatsgruppe = 0 } })
		}
	}
	if f.Uforetrygd == tiltak.UforetrygdUkjent {
		for u := tiltak.IngenUforetrygd; u <= tiltak.FullUforetrygd; u++ {
			ut = append(ut, func() func() { f.Uforetrygd = u; return func() { f.Uforetrygd = 0 } })
		}
	}
	if f.Stillingstype == tiltak.StillingstypeUkjent {
		for s := tiltak.FastStilling; s <= tiltak.MidlertidigStilling; s++ {
			ut = append(ut, func() func() { f.Stillingstype = s; return func() { f.Stillingstype = 0 } })
		}
	}
	if !f.DeltarI.Kjent() {
		for _, s := range []tiltak.Tiltakssett{settAv(), settAv(tiltak.Arbeidstrening),
			settAv(tiltak.OpplaeringNorskFOV), settAv(tiltak.VTA), settAv(tiltak.FirearigLonnstilskudd)} {
			ut = append(ut, func() func() { f.DeltarI = s; return func() { f.DeltarI = tiltak.Tiltakssett{} } })
		}
	}
	return ut
}

// TestMerKunnskapEndrerIkkeAvgjorteUtfall: et utfall som er avgjort
// (oppfylt eller ikke oppfylt) med noen fakta ukjente, står seg når et
// ukjent faktum fylles inn, uansett verdi: det kan gjøre «må vurderes» til
// oppfylt eller ikke oppfylt, men aldri snu oppfylt til ikke oppfylt eller
// omvendt. Det gjelder hvert vilkår for seg og hvert tiltak som helhet.
func TestMerKunnskapEndrerIkkeAvgjorteUtfall(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	datoer := []tiltak.Dato{d(2016, 6, 1), d(2017, 3, 1), d(2019, 1, 1), d(2021, 6, 1), d(2024, 1, 1), d(2025, 7, 15), sep2025, d(2026, 10, 1)}
	alle := AlleVilkar()
	sammenlignet := 0
	for i := range 60 {
		f := tilfeldigeFakta(r)
		// Gjør mange fakta ukjente igjen, så det er noe å fylle inn.
		for _, p := range svarfelt(&f) {
			if r.IntN(3) > 0 {
				*p = tiltak.Ukjent
			}
		}
		if r.IntN(2) == 0 {
			f.Arbeidsevne, f.Innsatsgruppe, f.Uforetrygd, f.Stillingstype = 0, 0, 0, 0
		}
		dato := datoer[i%len(datoer)]
		valgene := []Valg{{}, {MedPraksis: true, Sluttdato: dato.AddYears(1)}}
		sjekk := func(navn string, for_, etter Utfall) {
			t.Helper()
			if for_ == MaVurderes {
				return
			}
			sammenlignet++
			if etter != for_ {
				t.Fatalf("%s %s: utfallet gikk fra %s til %s da et ukjent faktum ble fylt inn (fakta %+v)", navn, dato, for_, etter, f)
			}
		}
		for _, fyll := range utfyllinger(&f) {
			for _, valg := range valgene {
				forVilkar := make([]Utfall, len(alle))
				for j, v := range alle {
					forVilkar[j] = v.EvaluerMed(&f, dato, valg).Utfall()
				}
				forTiltak := map[tiltak.Kode]Utfall{}
				for _, k := range tiltak.Koder() {
					if res, err := VurderMed(k, &f, dato, valg); err == nil {
						forTiltak[k] = res.Utfall
					}
				}
				angre := fyll()
				if !konsistent(&f) {
					angre()
					continue
				}
				for j, v := range alle {
					sjekk(v.ID(), forVilkar[j], v.EvaluerMed(&f, dato, valg).Utfall())
				}
				for k, u := range forTiltak {
					res, err := VurderMed(k, &f, dato, valg)
					if err != nil {
						t.Fatal(err)
					}
					sjekk(string(k), u, res.Utfall)
				}
				angre()
			}
		}
	}
	if sammenlignet < 10000 {
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
		dato := d(2016+r.IntN(18), 1, 1).AddDays(r.IntN(366))
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
				if diff := cmp.Diff(en, a); diff != "" {
					t.Fatalf("%s %v (-Vurder +VurderAlle):\n%s", a.Tiltak, dato, diff)
				}
				// Fasiten uten plan og tabeller gir det samme.
				ref, ok := referanse(a.Tiltak, &f, dato, valg)
				ref.Fakta = en.Fakta
				if diff := cmp.Diff(ref, en); !ok || diff != "" {
					t.Fatalf("%s %v (-referanse +Vurder):\n%s", a.Tiltak, dato, diff)
				}
			}
		}
	}
}

// Planen for VurderAlle bruker de samme regelsettene som oppslaget Vurder
// bruker, på begge sider av hver skiftedato, og stegene for et tiltak er
// vilkårene i regelsettet (og praksisreglene) i rekkefølge.
func TestPlanSomFinn(t *testing.T) {
	if len(skiftedatoer) < 5 {
		t.Fatalf("bare %d skiftedatoer", len(skiftedatoer))
	}
	var datoer []tiltak.Dato
	for _, d := range skiftedatoer {
		datoer = append(datoer, d.AddDays(-1), d, d.AddDays(1))
	}
	datoer = append(datoer, d(1, 1, 1), d(9999, 12, 31))
	for _, dato := range datoer {
		p := finnPlan(dato)
		for i, tr := range regelverk {
			pt := &p.tiltak[i]
			rs, st := tr.finn(dato)
			var ventet []*Vilkar
			versjon := ingenRegelsett
			if st == utenforModell {
				ventet = []*Vilkar{vilkarIkkeModellert}
			} else {
				ventet, versjon = rs.vilkar, rs
			}
			if pt.kode != tr.kode || pt.regelsett != versjon || pt.ikkeModellert != (st == utenforModell) || pt.ikkeIKraft != (st == ikkeIKraftStatus) {
				t.Fatalf("%s %s: plan %+v, oppslaget ga %+v (status %d)", tr.kode, dato, pt, versjon, st)
			}
			sjekkSteg(t, tr.kode, dato, p.steg[0].steg[pt.fra[0]:pt.til[0]], ventet, false)
			if st == funnet {
				for _, pr := range rs.praksis {
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
			t.Errorf("%s %s steg %d: %s, ventet %s", kode, dato, j, vilkarTabell[s.vilkar].ID(), ventet[j].ID())
		}
	}
}

// Et steg som kopierer, kopierer et tidligere steg med samme vilkår som
// vurderes der; hvert steg vurderes eller kopieres, aldri begge; hvert
// vilkår vurderes én gang per kall; de erstattede stegene er de
// praksisreglene peker på. § 1-3-alderskravet deles av mange tiltak,
// avklaringens personkrets av ingen.
func TestPlanDelerVilkar(t *testing.T) {
	for e, p := range planer {
		for j, l := range p.steg {
			gjort := make([]int, len(l.steg))
			vurdert := map[*Vilkar]int{}
			for _, v := range l.vurder {
				gjort[v.steg]++
				vurdert[v.v]++
				s := l.steg[v.steg]
				if vilkarTabell[s.vilkar] != v.v || s.kilde >= 0 || v.enkel != (!v.v.sluttdato && v.v.medValg == nil) || v.vurder == nil {
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
					t.Errorf("plan %d/%d: %s vurderes %d ganger", e, j, v.ID(), n)
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
			}
		}
	}
	p := finnPlan(d(2024, 1, 1))
	kopiert := map[*Vilkar]int{}
	for _, k := range p.steg[0].kopier {
		kopiert[vilkarTabell[p.steg[0].steg[k.til].vilkar]]++
	}
	alder, _ := FinnVilkar(vAlder2016)
	avklaring, _ := FinnVilkar("tf-2-3-v20160101.behov-utvidet-avklaring")
	if kopiert[alder] < 10 {
		t.Errorf("§ 1-3-alderskravet er kopiert %d ganger i 2024, ventet minst 10", kopiert[alder])
	}
	if kopiert[avklaring] != 0 {
		t.Error("avklaringens personkrets står bare i avklaring og skal ikke kopieres")
	}
}

// finn gir de tre svarene for et tenkt tiltak med to regelsett, det andre
// ikke i kraft: ikke modellert før det første, funnet i det første, ikke i
// kraft i det andre (også langt fram).
func TestFinnStatus(t *testing.T) {
	a := &Regelsett{id: "a", fra: d(2020, 1, 1), til: d(2020, 12, 31)}
	b := &Regelsett{id: "b", fra: d(2021, 1, 1), ikkeIKraft: true}
	tr := &tiltaksregler{kode: tiltak.Avklaring, versjoner: []*Regelsett{a, b}}
	for _, tc := range []struct {
		navn string
		dato tiltak.Dato
		rs   *Regelsett
		st   finnStatus
	}{
		{"dagen før", d(2019, 12, 31), nil, utenforModell},
		{"første dag", d(2020, 1, 1), a, funnet},
		{"siste dag i det første", d(2020, 12, 31), a, funnet},
		{"første dag i det andre", d(2021, 1, 1), b, ikkeIKraftStatus},
		{"langt fram", d(2100, 1, 1), b, ikkeIKraftStatus},
	} {
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

// En praksisregel som erstatter en senere praksisregel: ett tiltak (Vurder)
// og hele katalogen (VurderAlle) merker det samme sporpunktet som erstattet,
// uansett rekkefølge.
func TestErstattetUansettRekkefolge(t *testing.T) {
	avklaring, _ := FinnVilkar("tf-2-3-v20160101.behov-utvidet-avklaring")
	innsats, _ := FinnVilkar(vVeiledn)
	alder72, _ := FinnVilkar(vAlder72)
	rs := &Regelsett{tiltak: tiltak.Avklaring, id: "test-erstatter", vilkar: []*Vilkar{avklaring},
		praksis: []Praksisregel{{Vilkar: innsats, Erstatter: alder72}, {Vilkar: alder72}}}
	f := benchFakta
	var p plan
	l := &p.steg[1]
	l.leggTil(rs, funnet, true, testIndeks())
	p.tiltak[0] = planTiltak{kode: tiltak.Avklaring, regelsett: rs, til: [2]uint16{0, uint16(len(l.steg))}}
	var r Resultat
	p.kjorEn(0, &r, make([]Sporpunkt, len(l.steg)), &f, nil, sep2025, Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)})
	erstattet := map[int]bool{}
	for _, i := range l.erstattede {
		erstattet[int(i)] = true
	}
	if len(r.Spor) != 3 || !r.Spor[2].Erstattet() {
		t.Fatalf("Vurder merket ikke den senere praksisregelen: %v", r.Spor)
	}
	for i, p := range r.Spor {
		if p.Erstattet() != erstattet[i] {
			t.Errorf("sporpunkt %d (%s): Vurder sier erstattet %v, planen %v", i, p.Vilkar().ID(), p.Erstattet(), erstattet[i])
		}
	}
}

// Et vilkår som gir et ugyldig utfall: planen og Vurder lagrer det som 0 og
// lar det ikke telle, så begge gir oppfylt.
func TestUgyldigUtfallIPlanen(t *testing.T) {
	ugyldig := &Vilkar{id: "test.ugyldig", vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return 6 }}
	rs := &Regelsett{tiltak: tiltak.Avklaring, id: "test-ugyldig", vilkar: []*Vilkar{ugyldig}}
	var p plan
	p.steg[0].leggTil(rs, funnet, false, testIndeks())
	for i := range p.tiltak {
		p.tiltak[i] = planTiltak{kode: tiltak.Avklaring, regelsett: rs, til: [2]uint16{1, 0}}
	}
	p.merkVurderinger()
	var buf Buffer
	f := benchFakta
	p.kjor(buf.res[:], make([]Sporpunkt, 1), &f, nil, sep2025, Valg{})
	var en Resultat
	p.kjorEn(0, &en, make([]Sporpunkt, 1), &f, nil, sep2025, Valg{})
	if buf.res[0].Utfall != Oppfylt || en.Utfall != Oppfylt || buf.res[0].Spor[0].Utfall() != 0 || en.Spor[0].Utfall() != 0 {
		t.Errorf("plan %v (spor %v), Vurder %v (spor %v)", buf.res[0].Utfall, buf.res[0].Spor[0].Utfall(), en.Utfall, en.Spor[0].Utfall())
	}
}

// Ikke modellert svarer likt for ett tiltak og hele katalogen: Vurder og
// VurderTil gir *IkkeModellertFeil og det samme resultatet som VurderAlle
// (IkkeModellert, må vurderes, ett sporpunkt), og Resultat.Feil gir den
// samme feilen. Dagen regelverket begynner, er modellert.
func TestIkkeModellertLiktForEttOgAlle(t *testing.T) {
	for _, r := range []struct {
		kode      tiltak.Kode
		dato      tiltak.Dato
		modellert bool
	}{
		{tiltak.Jobbklubb, d(2015, 12, 31), false},
		{tiltak.Jobbklubb, d(2016, 1, 1), true},
		{tiltak.FirearigLonnstilskudd, d(2015, 12, 31), false},
		{tiltak.OpplaeringAMO, d(2015, 12, 31), false},
	} {
		f := benchFakta
		en, err := Vurder(r.kode, &f, r.dato)
		alle, errAlle := VurderAlle(&f, r.dato)
		if errAlle != nil {
			t.Fatal(errAlle)
		}
		pos, _ := r.kode.Posisjon()
		fraAlle := alle[pos]
		if r.modellert {
			if err != nil || en.IkkeModellert || fraAlle.Feil() != nil {
				t.Errorf("%s %s: modellert, men %v / %v", r.kode, r.dato, err, fraAlle.Feil())
			}
			continue
		}
		var im *IkkeModellertFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Tiltak != r.kode || im.Dato != r.dato {
			t.Errorf("%s %s: Vurder ga %v", r.kode, r.dato, err)
		}
		if !en.IkkeModellert || en.Utfall != MaVurderes || len(en.Spor) != 1 || en.Feil() == nil || en.Feil().Error() != err.Error() {
			t.Errorf("%s %s: resultatet fra Vurder %+v", r.kode, r.dato, en)
		}
		en.Fakta = fraAlle.Fakta
		if diff := cmp.Diff(fraAlle, en); diff != "" {
			t.Errorf("%s %s (-VurderAlle +Vurder):\n%s", r.kode, r.dato, diff)
		}
		if fraAlle.Feil() == nil || fraAlle.Feil().Error() != err.Error() {
			t.Errorf("%s %s: Resultat.Feil i katalogen gir %v, Vurder %v", r.kode, r.dato, fraAlle.Feil(), err)
		}
		var buf Buffer
		if tr, err := VurderTil(&buf, r.kode, &f, r.dato, Valg{}); !errors.Is(err, ErrIkkeModellert) || tr == nil || !tr.IkkeModellert {
			t.Errorf("%s %s: VurderTil ga %v, %v", r.kode, r.dato, tr, err)
		}
	}
}
