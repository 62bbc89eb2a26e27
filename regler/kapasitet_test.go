package regler

import (
	"math"
	"reflect"
	"strconv"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestKapasitet viser hvor langt lovlaget er fra grensene i motoren, som
// alle er regnet av dataene eller har en vei uten grense: vurderinger per
// plan (settene på stakken dekker maksOrd·64; flere gir lesing av sporet),
// steg per plan (indeksene er uint16), fakta per vilkår (bitene under
// utfallet i et sporpunkt) og tiltak (tiltak.AntallTiltak, regnet av
// katalogen).
func TestKapasitet(t *testing.T) {
	maksVurd, maksSteg, maksFakta := 0, 0, 0
	for _, p := range planer {
		for j := range p.steg {
			l := &p.steg[j]
			maksVurd = max(maksVurd, len(l.vurder))
			maksSteg = max(maksSteg, len(l.steg))
			if l.ord > maksOrd {
				t.Errorf("en plan har %d vurderinger; settene på stakken dekker %d, så VurderAlle leser sporet", len(l.vurder), maksOrd*64)
			}
		}
	}
	for _, v := range alleVilkar() {
		maksFakta = max(maksFakta, len(v.lesListe))
	}
	if maksSteg > math.MaxUint16 || maksFakta >= maksLeser || antallTiltak != tiltak.Antall() {
		t.Errorf("over en grense: %d steg, %d fakta i ett vilkår, %d tiltak", maksSteg, maksFakta, antallTiltak)
	}
	t.Logf("vurderinger per plan: høyst %d av %d i settene; steg per plan: høyst %d av %d; fakta per vilkår: høyst %d av %d; tiltak: %d",
		maksVurd, maksOrd*64, maksSteg, math.MaxUint16, maksFakta, maksLeser, antallTiltak)
}

// TestPlanMedMangeVurderinger: en plan med flere vurderinger enn settene på
// stakken dekker, gir de samme utfallene, lest av sporet.
func TestPlanMedMangeVurderinger(t *testing.T) {
	n := maksOrd*64 + 10
	vilkar := make([]*Vilkar, n)
	for i := range vilkar {
		// Alle er oppfylt unntatt de to siste: må vurderes og ikke oppfylt.
		u := Oppfylt
		switch i {
		case n - 2:
			u = MaVurderes
		case n - 1:
			u = IkkeOppfylt
		}
		vilkar[i] = &Vilkar{id: "test." + strconv.Itoa(i), vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return u }}
	}
	var p plan
	l := &p.steg[0]
	indeks := testIndeks()
	bygg := func(i int, vs []*Vilkar) {
		rs := &Regelsett{tiltak: tiltak.Koder()[i], id: "test-" + strconv.Itoa(i), vilkar: vs}
		p.tiltak[i] = planTiltak{kode: rs.tiltak, regelsett: rs, fra: [2]uint16{uint16(len(l.steg)), 0}}
		l.leggTil(rs, funnet, false, indeks)
		p.tiltak[i].til[0] = uint16(len(l.steg))
	}
	// Tiltak 0 har alle vilkårene, tiltak 1 bare de oppfylte, tiltak 2 de
	// to siste og tiltak 3 de oppfylte og det som må vurderes.
	bygg(0, vilkar)
	bygg(1, vilkar[:n-2])
	bygg(2, []*Vilkar{vilkar[n-1], vilkar[n-2]})
	bygg(3, vilkar[:n-1])
	for i := 4; i < antallTiltak; i++ {
		bygg(i, vilkar[:1])
	}
	p.merkVurderinger()
	if l.ord <= maksOrd {
		t.Fatalf("planen har bare %d ord", l.ord)
	}
	res := make([]Resultat, antallTiltak)
	f := tiltak.Fakta{}
	p.kjor(res, make([]Sporpunkt, len(l.steg)), &f, nil, sep2025, Valg{})
	for i, vil := range []Utfall{IkkeOppfylt, Oppfylt, IkkeOppfylt, MaVurderes} {
		if res[i].Utfall != vil || len(res[i].Spor) == 0 {
			t.Errorf("tiltak %d: %v, vil ha %v", i, res[i].Utfall, vil)
		}
	}
}

// Hvert vilkår biblioteket bygger (i lovlaget, varighetene, satsene og
// praksisreglene), har et nummer i vilkårstabellen, og et sporpunkt for det
// gir det samme vilkåret tilbake.
func TestVilkarNummer(t *testing.T) {
	if len(vilkarNr)-1 > maksNr || vilkarNr[0] != nil {
		t.Fatalf("vilkårstabellen har %d vilkår (høyst %d), nummer 0 er %v", len(vilkarNr)-1, maksNr, vilkarNr[0])
	}
	for _, v := range append(alleVilkar(), vilkarTabell...) {
		if v.nr == 0 || vilkarNr[v.nr] != v {
			t.Errorf("%s har nummer %d", v.ID(), v.nr)
		}
		for _, u := range []Utfall{0, Oppfylt, IkkeOppfylt, MaVurderes} {
			if p := NyttSporpunkt(v, u, v.Leser()); p.Vilkar() != v || p.Utfall() != u {
				t.Errorf("%s: sporpunktet gir %v, %v", v.ID(), p.Vilkar(), p.Utfall())
			}
		}
	}
	if (Sporpunkt{}).Vilkar() != nil {
		t.Error("nullverdien har et vilkår")
	}
	// Sporpunktet har ingen pekere (søppeltømmeren leser ikke et spor), og
	// å lese vilkåret allokerer ikke.
	typ := reflect.TypeFor[Sporpunkt]()
	for i := range typ.NumField() {
		if k := typ.Field(i).Type.Kind(); k != reflect.Uint64 {
			t.Errorf("Sporpunkt.%s er %v", typ.Field(i).Name, k)
		}
	}
	p := NyttSporpunkt(vilkarIkkeModellert, MaVurderes, tiltak.Faktasett{})
	if n := testing.AllocsPerRun(100, func() { _ = p.Vilkar() }); n != 0 {
		t.Errorf("Vilkar() allokerer %v ganger", n)
	}
	t.Logf("%d vilkår av høyst %d", len(vilkarNr)-1, maksNr)
}
