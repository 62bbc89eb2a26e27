package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Valg styrer en vurdering. Nullverdien vurderer bare forskriften (og de
// kildene et tiltak bygger på når det ikke har noen forskriftstekst), på
// vurderingsdatoen.
type Valg struct {
	// MedPraksis tar med NAVs praksisregler (aldersgrense 72 eller 67 år ved
	// sluttdato, innsatsgrupper, siste oppstart for VTAO og lignende). De
	// vises som egne sporpunkter med en hjemmel merket praksis.
	MedPraksis bool
	// Sluttdato er planlagt sluttdato for avtalen. Praksisreglene om alder
	// ved sluttdato trenger den; uten den blir de må vurderes. Den kan ikke
	// være før vurderingsdatoen.
	Sluttdato tiltak.Dato
}

func (v *Valg) valider(dato tiltak.Dato) error {
	if !v.Sluttdato.IsZero() && v.Sluttdato.Before(dato) {
		return &tiltak.FeltFeil{Felt: "sluttdato", Verdi: v.Sluttdato.String(), Grunn: "er før vurderingsdatoen " + dato.String(), Err: tiltak.ErrUgyldigDato}
	}
	return nil
}

// ingenFakta brukes når innringeren gir f == nil. Den leses bare.
var ingenFakta tiltak.Fakta

// Resultat er vurderingen av ett tiltak for én person på én dato: utfallet,
// regelsettversjonen som ble brukt og sporet med ett punkt per vilkår i
// rekkefølge. Fakta er en kopi av faktaene, så sporet kan forklares senere.
type Resultat struct {
	Tiltak tiltak.Kode
	Dato   tiltak.Dato
	Utfall Utfall
	// Regelsett er versjonen som ble brukt (tom når regelverket ikke er
	// modellert på datoen).
	Regelsett Versjon
	// IkkeIKraft er sann når tiltaket ikke fantes (eller var opphørt) på
	// datoen; utfallet er da ikke oppfylt.
	IkkeIKraft bool
	// IkkeModellert er sann i VurderAlle når regelverket på datoen ikke er
	// modellert for tiltaket; utfallet er da må vurderes.
	IkkeModellert bool
	// Valg er valgene vurderingen ble gjort med.
	Valg Valg
	// Spor har ett punkt per vilkår, i regelsettets rekkefølge, og deretter
	// praksisreglene når Valg.MedPraksis er sann. Det er aldri tomt.
	Spor []Sporpunkt
	// Fakta er faktaene vurderingen bygde på.
	Fakta tiltak.Fakta
}

// Mangler gir faktaene som fortsatt mangler for å avgjøre et resultat som
// må vurderes, i feltrekkefølge («hva bør jeg spørre om nå?»). Tom når
// utfallet er avgjort eller bare skjønn gjenstår.
func (r *Resultat) Mangler() []tiltak.Faktum {
	return r.manglerSett().Liste()
}

// ManglerSluttdato sier om en praksisregel i sporet trenger planlagt
// sluttdato som ikke er oppgitt.
func (r *Resultat) ManglerSluttdato() bool {
	for i := range r.Spor {
		if r.Spor[i].ManglerSluttdato && !r.Spor[i].Erstattet {
			return true
		}
	}
	return false
}

func (r *Resultat) manglerSett() tiltak.Faktasett {
	var s tiltak.Faktasett
	if r.Utfall != MaVurderes {
		return s
	}
	for i := range r.Spor {
		p := &r.Spor[i]
		if p.Utfall == MaVurderes && !p.Erstattet {
			s = s.Union(p.Mangler)
		}
	}
	return s
}

// ManglerAlle gir unionen av faktaene som mangler i resultatene, i
// feltrekkefølge: det neste et skjema bør spørre om for å avgjøre flest
// mulig tiltak.
func ManglerAlle(rs []Resultat) []tiltak.Faktum {
	var s tiltak.Faktasett
	for i := range rs {
		s = s.Union(rs[i].manglerSett())
	}
	return s.Liste()
}

// Vurder vurderer om personen med faktaene f fyller vilkårene for tiltaket
// på datoen, etter forskriften alene. Se VurderMed for praksisregler.
//
// Feil: en ukjent kode gir en *tiltak.FeltFeil for "tiltak" som pakker
// tiltak.ErrUkjentTiltak; ugyldige fakta gir feilen fra Fakta.Valider; en
// null dato gir en *tiltak.FeltFeil for "dato"; en dato regelverket ikke er
// modellert for gir en *IkkeModellertFeil som pakker ErrIkkeModellert. En
// dato før tiltaket ble innført er ikke en feil: utfallet er ikke oppfylt,
// med ett sporpunkt som sier at tiltaket ikke er i kraft.
//
// f == nil betyr at ingenting er kjent. Vurder allokerer bare sporet.
func Vurder(kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato) (Resultat, error) {
	return VurderMed(kode, f, dato, Valg{})
}

// VurderMed er Vurder med valg: praksisregler og planlagt sluttdato.
func VurderMed(kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) (Resultat, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return Resultat{}, err
	}
	if f == nil {
		f = &ingenFakta
	}
	if err := sjekkInndata(f, dato, &valg); err != nil {
		return Resultat{}, err
	}
	rs, st := t.finn(dato)
	if st == utenforModell {
		return Resultat{}, t.ikkeModellert(dato)
	}
	spor := make([]Sporpunkt, 0, rs.maksSpor())
	var r Resultat
	vurderEn(&r, t, rs, st, spor, f, f.Kjente(), dato, valg, nil)
	return r, nil
}

func sjekkInndata(f *tiltak.Fakta, dato tiltak.Dato, valg *Valg) error {
	if err := f.Valider(); err != nil {
		return err
	}
	if err := sjekkDato("dato", dato); err != nil {
		return err
	}
	return valg.valider(dato)
}

// maksSpor er det største antallet sporpunkter versjonen kan gi.
func (rs *Regelsett) maksSpor() int { return len(rs.Vilkar) + len(rs.Praksis) }

// vurderEn fyller r og legger sporet til spor (som må ha plass nok). Den
// allokerer ikke.
func vurderEn(r *Resultat, t *tiltaksregler, rs *Regelsett, st finnStatus, spor []Sporpunkt, f *tiltak.Fakta, kjente tiltak.Faktasett, dato tiltak.Dato, valg Valg, h *huskede) []Sporpunkt {
	start := len(spor)
	r.Tiltak = t.kode
	r.Dato = dato
	r.Valg = valg
	r.Fakta = *f
	r.IkkeIKraft = false
	r.IkkeModellert = false
	switch st {
	case utenforModell:
		r.Regelsett = Versjon{}
		r.IkkeModellert = true
		r.Utfall = MaVurderes
		spor = append(spor, Sporpunkt{Vilkar: vilkarIkkeModellert, Utfall: MaVurderes})
		r.Spor = spor[start:len(spor):len(spor)]
		return spor
	case forInnforing, etterOpphor:
		r.Regelsett = rs.Versjon()
		r.IkkeIKraft = true
		r.Utfall = IkkeOppfylt
		spor = append(spor, Sporpunkt{Vilkar: rs.ikkeIKraft, Utfall: IkkeOppfylt})
		r.Spor = spor[start:len(spor):len(spor)]
		return spor
	}
	r.Regelsett = rs.Versjon()
	n := len(spor)
	spor = spor[:n+len(rs.Vilkar)]
	var u Utfall
	for i, v := range rs.Vilkar {
		p := &spor[n+i]
		switch {
		case h == nil || v.delt == 0:
			v.evaluerTil(p, f, kjente, dato, &valg)
		case h.satt[v.delt]:
			*p = h.p[v.delt]
		default:
			v.evaluerTil(p, f, kjente, dato, &valg)
			h.p[v.delt], h.satt[v.delt] = *p, true
		}
		u = ogTabell[u][p.Utfall&3]
	}
	if valg.MedPraksis && len(rs.Praksis) > 0 {
		for _, p := range rs.Praksis {
			spor = spor[:len(spor)+1]
			p.Vilkar.evaluerTil(&spor[len(spor)-1], f, kjente, dato, &valg)
			if p.Erstatter != nil {
				for i := start; i < len(spor); i++ {
					if spor[i].Vilkar == p.Erstatter {
						spor[i].Erstattet = true
					}
				}
			}
		}
		// Praksisregler kan erstatte vilkår; regn utfallet på nytt uten dem.
		u = 0
		for i := start; i < len(spor); i++ {
			if !spor[i].Erstattet {
				u = Og(u, spor[i].Utfall)
			}
		}
	}
	if u == 0 {
		u = Oppfylt
	}
	r.Utfall = u
	r.Spor = spor[start:len(spor):len(spor)]
	return spor
}

// VurderAlle vurderer alle tiltak i katalogen for personen på datoen, i
// katalogens rekkefølge, etter forskriften alene. Et tiltak som ikke er
// modellert på datoen gir utfallet må vurderes med IkkeModellert satt og
// ett sporpunkt som sier det; det er ikke en feil. Feil gis bare for
// ugyldige fakta og en null dato. Hele sporet deler én allokering.
func VurderAlle(f *tiltak.Fakta, dato tiltak.Dato) ([]Resultat, error) {
	return VurderAlleMed(f, dato, Valg{})
}

// VurderAlleMed er VurderAlle med valg.
func VurderAlleMed(f *tiltak.Fakta, dato tiltak.Dato, valg Valg) ([]Resultat, error) {
	ut, _, err := VurderAlleTil(make([]Resultat, 0, len(regelverk)), make([]Sporpunkt, 0, maksSporAlle), f, dato, valg)
	return ut, err
}

// VurderAlleTil er VurderAlleMed som gjenbruker innringerens buffere: den
// legger resultatene til dst[:0] og sporet til spor[:0], og gir begge
// tilbake. Med buffere fra et tidligere kall (eller med plass nok) allokerer
// den ikke. Resultatenes Spor peker inn i spor og er bare gyldige til
// bufferen brukes igjen.
func VurderAlleTil(dst []Resultat, spor []Sporpunkt, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) ([]Resultat, []Sporpunkt, error) {
	if f == nil {
		f = &ingenFakta
	}
	dst, spor = dst[:0], spor[:0]
	if err := sjekkInndata(f, dato, &valg); err != nil {
		return dst, spor, err
	}
	if cap(spor) < maksSporAlle {
		spor = make([]Sporpunkt, 0, maksSporAlle)
	}
	if cap(dst) < len(regelverk) {
		dst = make([]Resultat, 0, len(regelverk))
	}
	dst = dst[:len(regelverk)]
	kjente := f.Kjente()
	var h huskede
	for i, t := range regelverk {
		rs, st := t.finn(dato)
		spor = vurderEn(&dst[i], t, rs, st, spor, f, kjente, dato, valg, &h)
	}
	return dst, spor, nil
}

// ogTabell er Og som oppslag (indeksert med utfallene 0–3), for den varme
// løkken i vurderEn.
var ogTabell = func() (t [4][4]Utfall) {
	for a := range t {
		for b := range t[a] {
			t[a][b] = Og(Utfall(a), Utfall(b))
		}
	}
	return t
}()
