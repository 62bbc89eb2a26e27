package regler

import (
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Planen for VurderAlle.
//
// Hvilken versjon av regelsettet som gjelder for hvert tiltak, avhenger bare
// av hvor datoen ligger i forhold til versjonenes Fra og Til. Mellom to
// slike skiftedatoer (en epoke) er versjonene, rekkefølgen av vilkårene i
// sporet og hvilke vilkår flere tiltak deler de samme for alle datoer.
// Oppstarten lager derfor én plan per epoke: en flat liste med steg, ett
// per sporpunkt i katalogens rekkefølge. Et steg vurderer vilkåret, kopierer
// sporpunktet fra et tidligere steg med samme vilkår (vilkår er rene
// funksjoner av fakta, dato og valg, så svaret er det samme), eller skriver
// et fast sporpunkt (tiltaket er ikke i kraft, eller ikke modellert). Et
// kall til VurderAlle finner epoken og går gjennom stegene én gang; hvert
// vilkår vurderes høyst én gang per kall.
//
// TestPlanSomFinn sjekker at planens versjoner er de samme som oppslaget
// Vurder bruker, for datoer på begge sider av hver skiftedato.

// antallTiltak er antall tiltak i katalogen; init sjekker at regelverket
// har like mange. Konstanten gjør at VurderAlle kan legge resultatene og
// faktakopien i én allokering.
const antallTiltak = 27

// steg er ett sporpunkt i planen.
type steg struct {
	// vilkar er indeksen i vilkarTabell.
	vilkar uint16
	// kilde er indeksen til et tidligere steg med samme vilkår som skal
	// kopieres, eller -1 når vilkåret vurderes her.
	kilde int16
	// fast er utfallet til et fast sporpunkt (ikke i kraft, ikke
	// modellert); 0 når vilkåret vurderes eller kopieres.
	fast Utfall
	// erstattet er sann når en praksisregel for samme tiltak erstatter
	// vilkåret (bare i planen med praksis).
	erstattet bool
}

// planTiltak er ett tiltak i planen: versjonen og stegene (fra og med fra,
// til men ikke med til) med og uten praksis.
type planTiltak struct {
	kode          tiltak.Kode
	versjon       Versjon
	ikkeIKraft    bool
	ikkeModellert bool
	fra, til      uint16
	fraP, tilP    uint16
}

// plan er vurderingen av hele katalogen for én epoke.
type plan struct {
	tiltak      [antallTiltak]planTiltak
	steg        []steg
	stegPraksis []steg
}

// epoker er skiftedatoene i stigende rekkefølge; planer[i] gjelder for
// datoer med i skiftedatoer på eller før seg (planer[0] før den første).
var (
	vilkarTabell []*Vilkar
	skiftedatoer []tiltak.Dato
	planer       []plan
)

// finnPlan gir planen for datoen.
func finnPlan(dato tiltak.Dato) *plan {
	lo, hi := 0, len(skiftedatoer)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if skiftedatoer[m].After(dato) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return &planer[lo]
}

// byggPlaner lager planene. Den kalles én gang fra init, etter at
// regelverket er bygd.
func byggPlaner() {
	if len(regelverk) != antallTiltak {
		panic(fmt.Sprintf("regler: regelverket har %d tiltak, antallTiltak er %d", len(regelverk), antallTiltak))
	}
	nr := map[*Vilkar]uint16{}
	indeks := func(v *Vilkar) uint16 {
		if i, ok := nr[v]; ok {
			return i
		}
		i := uint16(len(vilkarTabell))
		nr[v] = i
		vilkarTabell = append(vilkarTabell, v)
		return i
	}
	sett := map[tiltak.Dato]bool{}
	for _, t := range regelverk {
		for _, rs := range t.versjoner {
			if !rs.Fra.IsZero() {
				sett[rs.Fra] = true
			}
			if !rs.Til.IsZero() {
				sett[rs.Til.AddDays(1)] = true
			}
		}
	}
	for d := range sett {
		skiftedatoer = append(skiftedatoer, d)
	}
	sorterDatoer(skiftedatoer)
	planer = make([]plan, len(skiftedatoer)+1)
	for e := range planer {
		// En dato i epoken: dagen før den første skiftedatoen, ellers
		// skiftedatoen epoken begynner med.
		var dato tiltak.Dato
		if e == 0 {
			dato = skiftedatoer[0].AddDays(-1)
		} else {
			dato = skiftedatoer[e-1]
		}
		p := &planer[e]
		for i, t := range regelverk {
			pt := &p.tiltak[i]
			pt.kode = t.kode
			rs, st := t.finn(dato)
			if rs != nil {
				pt.versjon = rs.Versjon()
			}
			pt.ikkeIKraft = st == forInnforing || st == etterOpphor
			pt.ikkeModellert = st == utenforModell
			pt.fra = uint16(len(p.steg))
			p.steg = leggTilSteg(p.steg, rs, st, false, indeks)
			pt.til = uint16(len(p.steg))
			pt.fraP = uint16(len(p.stegPraksis))
			p.stegPraksis = leggTilSteg(p.stegPraksis, rs, st, true, indeks)
			pt.tilP = uint16(len(p.stegPraksis))
		}
		maksSporAlle = max(maksSporAlle, len(p.steg), len(p.stegPraksis))
	}
}

// leggTilSteg legger stegene for ett tiltak til s.
func leggTilSteg(s []steg, rs *Regelsett, st finnStatus, medPraksis bool, indeks func(*Vilkar) uint16) []steg {
	switch st {
	case utenforModell:
		return append(s, steg{vilkar: indeks(vilkarIkkeModellert), kilde: -1, fast: MaVurderes})
	case forInnforing, etterOpphor:
		return append(s, steg{vilkar: indeks(rs.ikkeIKraft), kilde: -1, fast: IkkeOppfylt})
	}
	vilkar := rs.Vilkar
	if medPraksis {
		vilkar = append(vilkar[:len(vilkar):len(vilkar)], make([]*Vilkar, 0, len(rs.Praksis))...)
		for _, p := range rs.Praksis {
			vilkar = append(vilkar, p.Vilkar)
		}
	}
	for _, v := range vilkar {
		i := indeks(v)
		ny := steg{vilkar: i, kilde: -1}
		for j := range s {
			if s[j].vilkar == i && s[j].kilde < 0 && s[j].fast == 0 {
				ny.kilde = int16(j)
				break
			}
		}
		if medPraksis {
			for _, p := range rs.Praksis {
				if p.Erstatter == v {
					ny.erstattet = true
				}
			}
		}
		s = append(s, ny)
	}
	return s
}

// sorterDatoer sorterer datoene stigende (innstikksortering; listen er kort
// og sorteres én gang).
func sorterDatoer(d []tiltak.Dato) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].Before(d[j-1]); j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// kjor vurderer hele katalogen etter planen. res må ha plass til
// antallTiltak resultater og spor til alle stegene; f er kopien av
// faktaene resultatene skal peke på. Den allokerer ikke.
func (p *plan) kjor(res []Resultat, spor []Sporpunkt, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) {
	stegene := p.steg
	if valg.MedPraksis {
		stegene = p.stegPraksis
	}
	spor = spor[:len(stegene)]
	kjente := f.Kjente()
	for i := range stegene {
		s := &stegene[i]
		q := &spor[i]
		switch {
		case s.kilde >= 0:
			*q = spor[s.kilde]
		case s.fast != 0:
			*q = Sporpunkt{Vilkar: vilkarTabell[s.vilkar], Utfall: s.fast}
		default:
			vilkarTabell[s.vilkar].evaluerTil(q, f, kjente, dato, &valg)
		}
		q.Erstattet = s.erstattet
	}
	res = res[:antallTiltak]
	for i := range p.tiltak {
		pt := &p.tiltak[i]
		fra, til := pt.fra, pt.til
		if valg.MedPraksis {
			fra, til = pt.fraP, pt.tilP
		}
		var u Utfall
		for j := fra; j < til; j++ {
			if !spor[j].Erstattet {
				u = ogTabell[u][spor[j].Utfall&3]
			}
		}
		if u == 0 {
			u = Oppfylt
		}
		res[i] = Resultat{Tiltak: pt.kode, Dato: dato, Utfall: u, Regelsett: pt.versjon,
			IkkeIKraft: pt.ikkeIKraft, IkkeModellert: pt.ikkeModellert, Valg: valg,
			Spor: spor[fra:til:til], Fakta: f}
	}
}
