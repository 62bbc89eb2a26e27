package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// referanse vurderer ett tiltak uten planen og uten tabellene: regelsettet
// slås opp med finn, hvert vilkår kalles, og en praksisregel merker
// vilkåret den erstatter ved å lete i sporet. Den er motorens uavhengige
// fasit: Vurder, VurderTil og VurderAlle (plan og tabeller) skal gi det
// samme. ok er usann når tiltaket ikke er modellert på datoen.
func referanse(kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) (r Resultat, ok bool) {
	t, err := finnTiltak(kode)
	if err != nil {
		return Resultat{}, false
	}
	rs, st := t.finn(dato)
	if st == utenforModell {
		return Resultat{}, false
	}
	var spor []Sporpunkt
	for _, v := range rs.vilkar {
		spor = append(spor, Sporpunkt{tilstand: v.tilstand(f, nil, dato, &valg)})
	}
	if valg.MedPraksis && st == funnet {
		for _, p := range rs.praksis {
			spor = append(spor, Sporpunkt{tilstand: p.Vilkar.tilstand(f, nil, dato, &valg)})
		}
		for _, p := range rs.praksis {
			if p.Erstatter == nil {
				continue
			}
			for i := range spor {
				if spor[i].Vilkar() == p.Erstatter {
					spor[i].tilstand |= bitErstattet
				}
			}
		}
	}
	return Resultat{Tiltak: kode, Spor: spor, Fakta: f, Regelsett: rs, Dato: dato, Valg: valg,
		Utfall: samletUtfall(spor), IkkeIKraft: st == ikkeIKraftStatus}, true
}
