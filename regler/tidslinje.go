package regler

import (
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tidslinjer: svaret over en periode, delt ved knekkpunktene.
//
// En tjeneste spør om en avtaleperiode, ikke om én dag. Svaret for et
// tiltak kan bare skifte på tre slags dager: når en versjon av et
// regelsett begynner eller slutter (skiftedatoene planen bygger på), når
// et vilkår som leser datoen kan skifte for personens fakta (fødselsdager
// over aldersgrenser, 1. januar i året personen fyller en grense, en ny
// versjon av en paragraf vilkåret slår opp, en fast dato i NAVs praksis;
// se knekk.go), og ingen andre. Tidslinje og TidslinjeAlle samler disse
// datoene fra dataene, vurderer på første dag i perioden og på hver av
// dem, og begynner et nytt segment bare der svaret faktisk er et annet.
// De går ikke gjennom dagene.

// Segment er et tidsrom der svaret for ett tiltak er det samme hver dag:
// samme utfall, samme regelsett og samme spor (samme vilkår med samme
// utfall og samme fakta som mangler).
type Segment struct {
	// Periode er tidsrommet, begge ender med.
	Periode tiltak.Periode `json:"periode"`
	// Resultat er vurderingen på første dag i tidsrommet (Resultat.Dato er
	// Periode.Fra). Hver annen dag i tidsrommet gir samme utfall, regelsett
	// og spor.
	Resultat Resultat `json:"resultat"`
	// Grunner sier hvorfor segmentet begynner: periodestart for det første
	// segmentet; ellers de nye versjonene som trådte i kraft, og
	// fødselsdagene og de faste datoene som ga et vilkår et nytt utfall den
	// dagen (med vilkårets id og hjemmel, merket praksis for NAVs praksis).
	Grunner []tiltak.Knekkgrunn `json:"grunner"`
}

// Utfall gir segmentets utfall.
func (s *Segment) Utfall() Utfall { return s.Resultat.Utfall }

// Linje er tidslinjen for ett tiltak over en periode: segmentene i
// rekkefølge, uten hull og uten overlapp, fra periodens første til dens
// siste dag. To segmenter etter hverandre har ulikt svar (utfall,
// regelsett eller spor); like svar slås sammen.
type Linje struct {
	Tiltak    tiltak.Kode    `json:"tiltak"`
	Periode   tiltak.Periode `json:"periode"`
	Segmenter []Segment      `json:"segmenter"`
}

// Pa gir segmentet som inneholder dagen d, og false når d er utenfor
// linjens periode.
func (l *Linje) Pa(d tiltak.Dato) (*Segment, bool) {
	i, funnet := slices.BinarySearchFunc(l.Segmenter, d, func(s Segment, d tiltak.Dato) int {
		switch {
		case s.Periode.Til.Before(d):
			return -1
		case s.Periode.Fra.After(d):
			return 1
		}
		return 0
	})
	if !funnet {
		return nil, false
	}
	return &l.Segmenter[i], true
}

// Tidslinje vurderer tiltaket for personen med faktaene f over perioden
// (begge ender med) og deler perioden i segmenter med samme svar. Hver dag
// i et segment gir det samme utfallet, regelsettet og sporet som VurderMed
// gir for den dagen; to segmenter etter hverandre har ulikt svar. Hvert
// segment sier hvorfor det begynner (Segment.Grunner).
//
// Knekkpunktene kommer fra dataene: datoene regelsettets versjoner
// begynner, og datoene vilkårene i hver versjon erklærer for faktaene
// (Vilkar.Knekkpunkter). Arbeidet er proporsjonalt med antall slike datoer,
// ikke med antall dager.
//
// Valg er som for VurderMed; en oppgitt Valg.Sluttdato kan ikke være før
// periodens siste dag (praksisreglene om alder ved sluttdato leser den,
// og den er den samme hver dag).
//
// Feil: en ukjent kode gir en *tiltak.FeltFeil for "tiltak"; ugyldige
// fakta feilen fra Fakta.Valider; en periode som mangler en dato, slutter
// før den begynner eller er lengre enn tiltak.MaksTidslinjeAar år, en
// *tiltak.FeltFeil for "periode.fra" eller "periode.til" som pakker
// tiltak.ErrUgyldigPeriode; en sluttdato før periodens slutt en
// *tiltak.FeltFeil for "sluttdato". Som Vurder gir en periode som begynner
// før regelverket er modellert for tiltaket, en *IkkeModellertFeil
// (ErrIkkeModellert) for periodens første dag; TidslinjeAlle gir i stedet
// segmenter med IkkeModellert, som VurderAlle.
func Tidslinje(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode, valg Valg) (Linje, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return Linje{}, err
	}
	if f == nil {
		f = &ingenFakta
	}
	if err := sjekkTidslinje(f, periode, &valg); err != nil {
		return Linje{}, err
	}
	if _, st := t.finn(periode.Fra); st == utenforModell {
		return Linje{}, t.ikkeModellert(periode.Fra)
	}
	fk := new(tiltak.Fakta)
	*fk = *f

	// Knekkpunktene: versjonene som begynner i perioden, og vilkårenes
	// datoer innenfor tidsrommet hver versjon gjelder.
	datoer := make([]tiltak.Dato, 0, 16)
	kand := make([]kandidat, 0, 16)
	for i, rs := range t.versjoner {
		fra, til := rs.fra, tiltak.Dato{}
		if i+1 < len(t.versjoner) {
			til = t.versjoner[i+1].fra.AddDays(-1)
		}
		if (!til.IsZero() && til.Before(periode.Fra)) || fra.After(periode.Til) {
			continue
		}
		// Knekkpunktene d med etter < d ≤ til: en knekk på dagen versjonen
		// begynner, er med.
		etter := periode.Fra
		if fra.After(periode.Fra) {
			datoer = append(datoer, fra)
			etter = fra.AddDays(-1)
		}
		if til.IsZero() || til.After(periode.Til) {
			til = periode.Til
		}
		for _, v := range rs.vilkar {
			kand = v.appendKandidater(kand, fk, etter, til)
		}
		if valg.MedPraksis && !rs.ikkeIKraft {
			for _, p := range rs.praksis {
				kand = p.Vilkar.appendKandidater(kand, fk, etter, til)
			}
		}
	}
	datoer = sorterKandidater(kand, datoer)

	// Hver dag vurderes med de samme stegene som Vurder (plan.kjorEn).
	pos, _ := kode.Posisjon()
	n := 0
	for i := range planer {
		n = max(n, planer[i].sporLengde(pos, valg))
	}
	b := nyLinjebygger(1, periode, fk, valg, len(datoer), n)
	spor := make([]Sporpunkt, n)
	var r Resultat
	var e tiltak.Endelige
	fk.Endelige(&e)
	vurder := func(d tiltak.Dato) {
		finnPlan(d).kjorEn(pos, &r, spor, fk, &e, d, valg)
	}
	vurder(periode.Fra)
	b.legg(0, &r, periode.Fra, nil)
	k := 0
	for _, d := range datoer {
		var ved []kandidat
		ved, k = kandidaterPa(kand, k, d)
		vurder(d)
		b.legg(0, &r, d, ved)
	}
	return b.ferdig()[0], nil
}

// TidslinjeAlle er Tidslinje for hele katalogen, i katalogens rekkefølge:
// én Linje per tiltak. Et tiltak som ikke er modellert i en del av
// perioden, har der segmenter med utfallet må vurderes og IkkeModellert
// satt, som i VurderAlle; det er ikke en feil. Feil gis for ugyldige
// fakta, periode og sluttdato som for Tidslinje.
//
// Den bruker planene VurderAlle bruker: én vurdering av hele katalogen på
// første dag og på hver dato der en versjon skifter eller et vilkår i
// planen erklærer en knekk for faktaene. Resultatene deler én kopi av
// faktaene.
func TidslinjeAlle(f *tiltak.Fakta, periode tiltak.Periode, valg Valg) ([]Linje, error) {
	if f == nil {
		f = &ingenFakta
	}
	if err := sjekkTidslinje(f, periode, &valg); err != nil {
		return nil, err
	}
	fk := new(tiltak.Fakta)
	*fk = *f
	j := 0
	if valg.MedPraksis {
		j = 1
	}
	// Epokene (tidsrommene mellom to skiftedatoer) som perioden berører.
	e0 := planIndeks(periode.Fra)
	datoer := make([]tiltak.Dato, 0, 32)
	kand := make([]kandidat, 0, 32)
	for e := e0; e < len(planer); e++ {
		// Knekkpunktene d med etter < d ≤ til; en knekk på dagen epoken
		// begynner, er med.
		etter, til := periode.Fra, periode.Til
		if e > e0 {
			fra := skiftedatoer[e-1]
			if fra.After(periode.Til) {
				break
			}
			datoer = append(datoer, fra)
			etter = fra.AddDays(-1)
		}
		if e < len(skiftedatoer) {
			if slutt := skiftedatoer[e].AddDays(-1); slutt.Before(til) {
				til = slutt
			}
		}
		for _, v := range planer[e].steg[j].vurder {
			kand = v.v.appendKandidater(kand, fk, etter, til)
		}
	}
	datoer = sorterKandidater(kand, datoer)

	b := nyLinjebygger(antallTiltak, periode, fk, valg, len(datoer), maksSporAlle)
	var res [antallTiltak]Resultat
	spor := make([]Sporpunkt, maksSporAlle)
	var e tiltak.Endelige
	fk.Endelige(&e)
	kjor := func(d tiltak.Dato, ved []kandidat) {
		finnPlan(d).kjor(res[:], spor, fk, &e, d, valg)
		for i := range res {
			b.legg(i, &res[i], d, ved)
		}
	}
	kjor(periode.Fra, nil)
	k := 0
	for _, d := range datoer {
		var ved []kandidat
		ved, k = kandidaterPa(kand, k, d)
		kjor(d, ved)
	}
	return b.ferdig(), nil
}

// planIndeks er indeksen i planer til planen finnPlan gir for datoen.
func planIndeks(dato tiltak.Dato) int {
	lo, hi := 0, len(skiftedatoer)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if skiftedatoer[m].After(dato) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

func sjekkTidslinje(f *tiltak.Fakta, periode tiltak.Periode, valg *Valg) error {
	if err := f.Valider(); err != nil {
		return err
	}
	if err := tiltak.SjekkTidslinjeperiode(periode); err != nil {
		return err
	}
	if !valg.Sluttdato.IsZero() && valg.Sluttdato.Before(periode.Til) {
		return &tiltak.FeltFeil{Felt: "sluttdato", Verdi: valg.Sluttdato.String(),
			Grunn: "er før periodens siste dag " + periode.Til.String(), Err: tiltak.ErrUgyldigDato}
	}
	return nil
}

// kandidat er en dato der vilkåret v kan skifte utfall, med grunnen.
type kandidat struct {
	g tiltak.Knekkgrunn
	v *Vilkar
}

// appendKandidater er appendKnekk med vilkåret ved hver grunn.
func (v *Vilkar) appendKandidater(dst []kandidat, f *tiltak.Fakta, fra, til tiltak.Dato) []kandidat {
	if len(v.knekk) == 0 {
		return dst
	}
	var buf [8]tiltak.Knekkgrunn
	for _, g := range v.appendKnekk(buf[:0], f, fra, til) {
		dst = append(dst, kandidat{g: g, v: v})
	}
	return dst
}

// sorterKandidater sorterer kandidatene etter dato og gir datoene som skal
// vurderes: datoer og kandidatenes datoer, stigende og uten gjentakelser.
func sorterKandidater(kand []kandidat, datoer []tiltak.Dato) []tiltak.Dato {
	slices.SortFunc(kand, func(a, b kandidat) int { return a.g.Dato.Compare(b.g.Dato) })
	for _, k := range kand {
		datoer = append(datoer, k.g.Dato)
	}
	slices.SortFunc(datoer, tiltak.Dato.Compare)
	return slices.Compact(datoer)
}

// kandidaterPa gir kandidatene på datoen d fra og med indeks k (kand er
// sortert), og indeksen etter dem.
func kandidaterPa(kand []kandidat, k int, d tiltak.Dato) ([]kandidat, int) {
	for k < len(kand) && kand[k].g.Dato.Before(d) {
		k++
	}
	s := k
	for k < len(kand) && kand[k].g.Dato == d {
		k++
	}
	return kand[s:k], k
}

// linjebygger samler segmentene for ett eller flere tiltak mens datoene
// vurderes i rekkefølge. Sporene og grunnene ligger i store blokker som
// deles av segmentene, så en tidslinje allokerer få ganger.
type linjebygger struct {
	periode tiltak.Periode
	f       *tiltak.Fakta
	valg    Valg
	// segmenter er alle segmentene i den rekkefølgen de begynner; tiltak
	// er tiltaket (indeksen) for hvert av dem.
	segmenter []Segment
	tiltak    []uint8
	// gjeldende er indeksen i segmenter til hvert tiltaks siste segment.
	gjeldende []int
	spor      []Sporpunkt
	grunner   []tiltak.Knekkgrunn
	// endret hurtiglagrer om en kandidats vilkår skiftet utfall på
	// endretDato.
	endret     []vilkarSkifte
	endretDato tiltak.Dato
	// sporBlokk er størrelsen på neste blokk for sporene.
	sporBlokk int
}

type vilkarSkifte struct {
	v  *Vilkar
	ja bool
}

func nyLinjebygger(n int, periode tiltak.Periode, f *tiltak.Fakta, valg Valg, antallDatoer, sporForste int) *linjebygger {
	// Blokkene er store nok for det vanlige: de fleste tiltak har ett til
	// tre segmenter, og få skifter på hver dato. Blir de fulle, dobles de.
	segmenter := min(2*n+2*antallDatoer, n*(1+antallDatoer))
	b := &linjebygger{periode: periode, f: f, valg: valg, gjeldende: make([]int, n)}
	b.sporBlokk = sporForste + (segmenter-n)*max(sporForste/n, 1)
	b.segmenter = make([]Segment, 0, segmenter)
	b.tiltak = make([]uint8, 0, segmenter)
	b.grunner = make([]tiltak.Knekkgrunn, 0, segmenter+antallDatoer)
	return b
}

// legg tar imot resultatet r for tiltak nummer i på datoen d (datoene kommer
// stigende; den første er periodens første dag). ved er kandidatene på d.
// Et svar som er likt det forrige segmentets, forlenger det; ellers
// begynner et nytt segment. r.Spor kan ligge i et buffer som brukes igjen.
func (b *linjebygger) legg(i int, r *Resultat, d tiltak.Dato, ved []kandidat) {
	if d == b.periode.Fra {
		b.nytt(i, r)
		b.leggGrunn(tiltak.Knekkgrunn{Art: tiltak.KnekkPeriodestart, Dato: d})
		b.lukkGrunner()
		return
	}
	forrige := &b.segmenter[b.gjeldende[i]].Resultat
	if sammeSvar(forrige, r) {
		return
	}
	b.segmenter[b.gjeldende[i]].Periode.Til = d.AddDays(-1)
	nyttSett := forrige.Regelsett != r.Regelsett || forrige.IkkeModellert != r.IkkeModellert
	b.nytt(i, r)
	if nyttSett {
		b.versjonsgrunner(r, d)
	}
	for _, k := range ved {
		if !b.iSpor(k.v, r.Spor) || !b.skiftet(k.v, d) {
			continue
		}
		b.leggGrunn(k.g)
	}
	b.lukkGrunner()
}

// nytt begynner et nytt segment for tiltak nummer i med en kopi av r.
func (b *linjebygger) nytt(i int, r *Resultat) {
	s := Segment{Periode: tiltak.Periode{Fra: r.Dato, Til: b.periode.Til}, Resultat: *r}
	s.Resultat.Spor = b.kopierSpor(r.Spor)
	b.gjeldende[i] = len(b.segmenter)
	b.segmenter = append(b.segmenter, s)
	b.tiltak = append(b.tiltak, uint8(i))
	// Grunnene til segmentet legges etter hverandre fra her.
	b.grunner = b.grunner[len(b.grunner):]
}

func (b *linjebygger) kopierSpor(s []Sporpunkt) []Sporpunkt {
	if cap(b.spor)-len(b.spor) < len(s) {
		b.spor = make([]Sporpunkt, 0, max(b.sporBlokk, len(s)))
		b.sporBlokk *= 2
	}
	n := len(b.spor)
	b.spor = append(b.spor, s...)
	return b.spor[n:len(b.spor):len(b.spor)]
}

// leggGrunn legger g til grunnene for det siste segmentet (lukkGrunner
// setter dem på segmentet).
func (b *linjebygger) leggGrunn(g tiltak.Knekkgrunn) {
	if slices.Contains(b.grunner, g) {
		return
	}
	if len(b.grunner) == cap(b.grunner) {
		ny := make([]tiltak.Knekkgrunn, len(b.grunner), max(16, 2*len(b.grunner)))
		copy(ny, b.grunner)
		b.grunner = ny
	}
	b.grunner = append(b.grunner, g)
}

func (b *linjebygger) lukkGrunner() {
	s := &b.segmenter[len(b.segmenter)-1]
	s.Grunner = b.grunner[:len(b.grunner):len(b.grunner)]
}

// versjonsgrunner gir grunnene når regelsettet skifter på d: hver
// paragrafversjon i det nye sporet som trer i kraft på d, ellers
// regelsettet selv (en versjon som opphørte, eller at regelverket blir
// modellert).
func (b *linjebygger) versjonsgrunner(r *Resultat, d tiltak.Dato) {
	n := len(b.grunner)
	for i := range r.Spor {
		v := r.Spor[i].Vilkar()
		if v == nil || v.versjon == nil || v.versjon.fra != d {
			continue
		}
		b.leggGrunn(tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: d, ID: v.versjon.id, Hjemmel: v.versjon.hjemmel()})
	}
	if def := r.Regelsett.definisjon; def != nil && def.fra == d {
		b.leggGrunn(tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: d, ID: def.id, Hjemmel: def.hjemmel()})
	}
	if len(b.grunner) == n {
		g := tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: d, ID: r.Regelsett.id}
		if def := r.Regelsett.definisjon; def != nil {
			g.Hjemmel = def.hjemmel()
		}
		b.leggGrunn(g)
	}
}

// iSpor sier om vilkåret v står i sporet.
func (b *linjebygger) iSpor(v *Vilkar, spor []Sporpunkt) bool {
	for i := range spor {
		if spor[i].Vilkar() == v {
			return true
		}
	}
	return false
}

// skiftet sier om vilkåret v har et annet utfall på d enn dagen før.
func (b *linjebygger) skiftet(v *Vilkar, d tiltak.Dato) bool {
	if b.endretDato != d {
		b.endret = b.endret[:0]
		b.endretDato = d
	}
	for _, e := range b.endret {
		if e.v == v {
			return e.ja
		}
	}
	ja := v.tilstand(b.f, nil, d.AddDays(-1), &b.valg)&utfallBiter != v.tilstand(b.f, nil, d, &b.valg)&utfallBiter
	b.endret = append(b.endret, vilkarSkifte{v, ja})
	return ja
}

// ferdig gir linjene, ett per tiltak, med segmentene samlet per tiltak.
func (b *linjebygger) ferdig() []Linje {
	linjer := make([]Linje, len(b.gjeldende))
	antall := make([]int, len(b.gjeldende))
	for _, i := range b.tiltak {
		antall[i]++
	}
	alle := make([]Segment, len(b.segmenter))
	pos := 0
	for i := range linjer {
		linjer[i].Periode = b.periode
		linjer[i].Segmenter = alle[pos : pos : pos+antall[i]]
		pos += antall[i]
	}
	for k, i := range b.tiltak {
		linjer[i].Segmenter = append(linjer[i].Segmenter, b.segmenter[k])
	}
	for i := range linjer {
		if len(linjer[i].Segmenter) > 0 {
			linjer[i].Tiltak = linjer[i].Segmenter[0].Resultat.Tiltak
		}
	}
	return linjer
}

// sammeSvar sier om to resultater gir samme svar: samme utfall, regelsett,
// status og spor.
func sammeSvar(a, b *Resultat) bool {
	return a.Utfall == b.Utfall && a.Regelsett == b.Regelsett && a.IkkeIKraft == b.IkkeIKraft &&
		a.IkkeModellert == b.IkkeModellert && slices.Equal(a.Spor, b.Spor)
}
