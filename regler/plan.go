package regler

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Planen for VurderAlle.
//
// Hvilken versjon av regelsettet som gjelder for hvert tiltak, avhenger bare
// av hvor datoen ligger i forhold til versjonenes Fra og Til. Mellom to
// slike skiftedatoer (en epoke) er versjonene, rekkefølgen av vilkårene i
// sporet og hvilke vilkår flere tiltak deler de samme for alle datoer.
// Oppstarten lager derfor én plan per epoke: en flat liste med steg, ett
// per sporpunkt i katalogens rekkefølge (med og uten praksisregler). Et steg
// vurderer vilkåret eller kopierer sporpunktet fra et tidligere steg med
// samme vilkår: vilkår er rene funksjoner av fakta, dato og valg, så svaret
// er det samme. At tiltaket ikke er i kraft eller ikke er modellert, er
// også vilkår (som alltid gir ikke oppfylt eller må vurderes). Et kall til
// VurderAlle finner epoken med et binærsøk, vurderer hvert vilkår én gang,
// kopierer de delte sporpunktene, merker de erstattede og leser hvert
// tiltaks utfall av to bitsett over vurderingene.
//
// TestPlanSomFinn sjekker at planens versjoner og steg er de samme som
// oppslaget Vurder bruker, for datoer på begge sider av hver skiftedato;
// TestPlanDelerVilkar at hvert steg enten vurderes eller kopieres; og
// TestVurderAlleSomVurderHvertTiltak og FuzzVurder at resultatene er de
// samme som Vurder gir.

// antallTiltak er antall tiltak i katalogen (tiltak.AntallTiltak, regnet
// av katalogen selv). Konstanten gjør at VurderAlle kan legge resultatene
// og faktakopien i én allokering.
const antallTiltak = tiltak.AntallTiltak

// steg er ett sporpunkt i planen.
type steg struct {
	// v er vilkåret; vilkar er indeksen det har i tabellen planen bygges med
	// (vilkarTabell).
	v      *Vilkar
	vilkar uint16
	// kilde er indeksen til et tidligere steg med samme vilkår som
	// kopieres, eller -1 når vilkåret vurderes i dette steget.
	kilde int16
	// vurd er indeksen i steglistens vurder til vurderingen som gir
	// stegets tilstand (sin egen eller kildens).
	vurd uint16
	// erstattet er sann når en praksisregel for samme tiltak erstatter
	// vilkåret; det teller da ikke i utfallet.
	erstattet bool
}

// vurdering er et steg der vilkåret vurderes.
type vurdering struct {
	// vurder er en kopi av v.vurder, så løkken ikke må gå via v for å
	// finne den.
	vurder func(f *tiltak.Fakta, dato tiltak.Dato) Utfall
	v      *Vilkar
	steg   uint16
	// enkel er sann når vilkåret vurderes med Vurder på vurderingsdatoen
	// (det leser ikke sluttdatoen og trenger ikke valgene).
	enkel bool
	// tabell er sann når vilkåret slås opp i sin tabell (tabell.go). Med
	// høyst maksInnebygd fakta ligger faktaene (ft), verdiområdene (d) og
	// tabellens plass i steglistens tabeller (tabFra) her, så oppslaget ikke
	// trenger å lese vilkåret; nf er antall fakta, eller -1 når oppslaget
	// går via vilkåret. De ubrukte plassene i ft og d er faktum 0 (alltid 0
	// i Endelige) med verdiområde 1, så oppslaget regner likt for ett, to
	// og tre fakta.
	tabell bool
	nf     int8
	ft     [maksInnebygd]tiltak.Faktum
	d      [maksInnebygd]uint8
	tabFra uint32
}

// maksInnebygd er hvor mange fakta et tabellvilkår kan lese og likevel slås
// opp uten å lese vilkåret.
const maksInnebygd = 3

// kopi er et steg som kopierer sporpunktet fra et tidligere steg.
type kopi struct{ til, fra uint16 }

// stegliste er stegene for hele katalogen, med eller uten praksis, og de
// samme stegene delt etter hva de gjør. Kjøringen går gjennom hver del for
// seg, så hver løkke gjør det samme for hvert steg.
type stegliste struct {
	steg []steg
	// vurder har vurderingene med innebygd oppslag først (innebygd av
	// dem), så hver løkke i kjor gjør det samme for hvert steg.
	vurder     []vurdering
	innebygd   int
	kopier     []kopi
	erstattede []uint16
	// tabeller er tabellene til vurderingene med innebygd oppslag, etter
	// hverandre (se vurdering.tabFra).
	tabeller []uint64
	// ord er hvor mange 64-bitsord et sett av vurderingene trenger (ett bit
	// per vurdering); se planTiltak.maske.
	ord int
}

// planTiltak er ett tiltak i planen: versjonen og stegene (fra og med fra,
// til men ikke med til) uten og med praksis.
type planTiltak struct {
	kode          tiltak.Kode
	regelsett     *Regelsett
	ikkeIKraft    bool
	ikkeModellert bool
	fra, til      [2]uint16
	// maske er, uten og med praksis, vurderingene som teller i tiltakets
	// utfall, det vil si de som et av tiltakets steg vurderer eller
	// kopierer, unntatt steg som er erstattet (bare når planen har høyst
	// maksOrd ord).
	maske [2][maksOrd]uint64
}

// maksOrd er hvor mange ord kjor holder på stakken for settene av
// vurderinger som ga ikke oppfylt og må vurderes (64 vurderinger per ord).
// En plan med flere vurderinger virker like fullt: kjor leser da hvert
// tiltaks utfall av sporet (samletUtfall) i stedet for av settene. Det er
// ingen grense for hvor mange vurderinger en plan kan ha; TestKapasitet
// viser hvor langt under maksOrd lovlaget er.
const maksOrd = 2

// kjor leser maskene med nøyaktig to ord; dette kompilerer bare da.
var _ = [1]int{}[maksOrd-2]

// merk setter bit k i ikke eller maVurderes etter utfallet i tilstanden t
// (ingen av dem for oppfylt). k må være under maksOrd·64.
func merk(ikke, maVurderes *[maksOrd]uint64, k int, t uint64) {
	switch Utfall(t & utfallBiter >> utfallSkift) {
	case IkkeOppfylt:
		ikke[k/64] |= 1 << (uint(k) % 64)
	case MaVurderes:
		maVurderes[k/64] |= 1 << (uint(k) % 64)
	}
}

// plan er vurderingen av hele katalogen for én epoke; steg[0] er uten
// praksis, steg[1] med.
type plan struct {
	tiltak [antallTiltak]planTiltak
	steg   [2]stegliste
}

// Planene bygges én gang i init og leses bare etterpå. vilkarTabell har
// alle vilkårene planene bruker; skiftedatoer er datoene der en versjon
// begynner eller slutter (dagen etter Til), stigende; planer[i] gjelder for
// datoer som har i skiftedatoer på eller før seg (planer[0] før den
// første).
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
	if len(regelverk) != antallTiltak || tiltak.Antall() != antallTiltak {
		panic(fmt.Sprintf("regler: regelverket har %d tiltak, antallTiltak er %d", len(regelverk), antallTiltak))
	}
	nr := map[*Vilkar]uint16{}
	indeks := func(v *Vilkar) uint16 {
		if i, ok := nr[v]; ok {
			return i
		}
		nummerer(v)
		i := uint16(len(vilkarTabell))
		nr[v] = i
		vilkarTabell = append(vilkarTabell, v)
		return i
	}
	sett := map[tiltak.Dato]bool{}
	for _, t := range regelverk {
		for _, rs := range t.versjoner {
			if !rs.fra.IsZero() {
				sett[rs.fra] = true
			}
			// Dagen etter Til; en Til på siste mulige dag gir ingen skiftedato.
			if etter := rs.til.AddDays(1); !rs.til.IsZero() && etter.After(rs.til) {
				sett[etter] = true
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
		switch {
		case e > 0:
			dato = skiftedatoer[e-1]
		case len(skiftedatoer) > 0 && skiftedatoer[0].After(tiltak.MustDato(1, 1, 1)):
			dato = skiftedatoer[0].AddDays(-1)
		default:
			// Ingen dato ligger før den første skiftedatoen (eller det finnes
			// ingen): planen brukes aldri, men bygges for en gyldig dato.
			dato = tiltak.MustDato(1, 1, 1)
		}
		p := &planer[e]
		for i, t := range regelverk {
			pt := &p.tiltak[i]
			pt.kode = t.kode
			rs, st := t.finn(dato)
			pt.regelsett = ingenRegelsett
			if rs != nil {
				pt.regelsett = rs
			}
			pt.ikkeIKraft = st == ikkeIKraftStatus
			pt.ikkeModellert = st == utenforModell
			for j := range p.steg {
				pt.fra[j] = uint16(len(p.steg[j].steg))
				p.steg[j].leggTil(rs, st, j == 1, indeks)
				pt.til[j] = uint16(len(p.steg[j].steg))
			}
		}
		p.merkVurderinger()
		maksSporAlle = max(maksSporAlle, len(p.steg[0].steg), len(p.steg[1].steg))
	}
}

// merkVurderinger ordner vurderingene (de med innebygd oppslag først) og
// regner ut hvert tiltaks vurderinger (planTiltak.maske) og hvor mange ord
// vurderingssettene bruker, etter at stegene er lagt til.
func (p *plan) merkVurderinger() {
	for j := range p.steg {
		l := &p.steg[j]
		slices.SortStableFunc(l.vurder, func(a, b vurdering) int {
			return cmp.Compare(min(a.nf, 0), min(b.nf, 0)) * -1
		})
		l.innebygd = 0
		for k, e := range l.vurder {
			if e.nf >= 0 {
				l.innebygd++
			}
			l.steg[e.steg].vurd = uint16(k)
		}
		for _, c := range l.kopier {
			l.steg[c.til].vurd = l.steg[c.fra].vurd
		}
		l.ord = (len(l.vurder) + 63) / 64
		if l.ord > maksOrd {
			continue
		}
		// Vurderingen hvert steg leser: sin egen eller kildens.
		nrAv := make(map[uint16]int, len(l.vurder))
		for k, e := range l.vurder {
			nrAv[e.steg] = k
		}
		for i := range p.tiltak {
			pt := &p.tiltak[i]
			for s := pt.fra[j]; s < pt.til[j]; s++ {
				st := l.steg[s]
				if st.erstattet {
					continue
				}
				kilde := s
				if st.kilde >= 0 {
					kilde = uint16(st.kilde)
				}
				k := nrAv[kilde]
				pt.maske[j][k/64] |= 1 << (uint(k) % 64)
			}
		}
	}
}

// leggTil legger stegene for ett tiltak til l.
func (l *stegliste) leggTil(rs *Regelsett, st finnStatus, medPraksis bool, indeks func(*Vilkar) uint16) {
	var vilkar []*Vilkar
	switch st {
	case utenforModell:
		vilkar = []*Vilkar{vilkarIkkeModellert}
	default:
		vilkar = rs.vilkar
		if medPraksis && st == funnet {
			vilkar = vilkar[:len(vilkar):len(vilkar)]
			for _, p := range rs.praksis {
				vilkar = append(vilkar, p.Vilkar)
			}
		}
	}
	if len(vilkar) == 0 {
		// Et regelsett uten vilkår finnes ikke (en test sjekker det);
		// sporet skal aldri være tomt.
		panic("regler: regelsett uten vilkår: " + rs.id)
	}
	for _, v := range vilkar {
		i := indeks(v)
		nr := uint16(len(l.steg))
		ny := steg{v: v, vilkar: i, kilde: -1}
		for j := range l.steg {
			if l.steg[j].vilkar == i && l.steg[j].kilde < 0 {
				ny.kilde = int16(j)
				break
			}
		}
		if ny.kilde >= 0 {
			ny.vurd = l.steg[ny.kilde].vurd
			l.kopier = append(l.kopier, kopi{til: nr, fra: uint16(ny.kilde)})
		} else {
			ny.vurd = uint16(len(l.vurder))
			e := vurdering{vurder: v.vurder, v: v, steg: nr, enkel: !v.sluttdato && v.medValg == nil, tabell: v.tabell != nil, nf: -1}
			if e.tabell && len(v.lesListe) <= maksInnebygd {
				e.nf = int8(len(v.lesListe))
				e.d = [maksInnebygd]uint8{1, 1, 1}
				copy(e.ft[:], v.lesListe)
				copy(e.d[:], v.domener)
				e.tabFra = uint32(len(l.tabeller))
				l.tabeller = append(l.tabeller, v.tabell...)
			}
			l.vurder = append(l.vurder, e)
		}
		if st == funnet && medPraksis {
			for _, p := range rs.praksis {
				if p.Erstatter == v {
					ny.erstattet = true
					l.erstattede = append(l.erstattede, nr)
					break
				}
			}
		}
		l.steg = append(l.steg, ny)
	}
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

// kjorEn vurderer tiltaket med plass i i katalogen etter planen, med de
// samme stegene som kjor, og skriver resultatet i r. spor må ha plass til
// tiltakets steg (sporLengde); f er kopien av faktaene resultatet skal peke
// på. Hvert steg vurderes (tabell eller kall) og merkes erstattet som i
// kjor. Den allokerer ikke.
//
// e er f.Endelige når innringeren har dem (sjekkInndata fyller dem), ellers
// nil.
func (p *plan) kjorEn(i int, r *Resultat, spor []Sporpunkt, f *tiltak.Fakta, e *tiltak.Endelige, dato tiltak.Dato, valg Valg) {
	j := 0
	if valg.MedPraksis {
		j = 1
	}
	l, pt := &p.steg[j], &p.tiltak[i]
	steg := l.steg[pt.fra[j]:pt.til[j]]
	spor = spor[:len(steg)]
	var egne tiltak.Endelige
	if e == nil {
		f.Endelige(&egne)
		e = &egne
	}
	// m samler utfallene som teller, som samletUtfall.
	var m uint8
	for k := range steg {
		s := &steg[k]
		t := l.tilstand(&l.vurder[s.vurd], f, e, dato, &valg)
		if s.erstattet {
			t |= bitErstattet
		} else {
			m |= 1 << (t >> utfallSkift & 3)
		}
		spor[k] = Sporpunkt{tilstand: t}
	}
	u := Oppfylt
	switch {
	case m&(1<<IkkeOppfylt) != 0:
		u = IkkeOppfylt
	case m&(1<<MaVurderes) != 0:
		u = MaVurderes
	}
	// Feltene skrives ett og ett (se kjor).
	r.Tiltak = pt.kode
	r.Spor = spor[:len(spor):len(spor)]
	r.Fakta = f
	r.Regelsett = pt.regelsett
	r.Dato = dato
	r.Valg = valg
	r.Utfall = u
	r.IkkeIKraft = pt.ikkeIKraft
	r.IkkeModellert = pt.ikkeModellert
}

// tilstand vurderer e som kjor gjør: innebygd oppslag, tabellen eller et
// kall. endelige er f.Endelige; er en verdi utenfor området sitt (fakta
// som ikke er validert), kalles vilkåret.
func (l *stegliste) tilstand(e *vurdering, f *tiltak.Fakta, endelige *tiltak.Endelige, dato tiltak.Dato, valg *Valg) uint64 {
	switch {
	case e.nf >= 0:
		x0, x1, x2 := endelige[e.ft[0]], endelige[e.ft[1]], endelige[e.ft[2]]
		d1, d2 := e.d[1], e.d[2]
		if x0 < e.d[0] && x1 < d1 && x2 < d2 {
			return l.tabeller[int(e.tabFra)+(int(x0)*int(d1)+int(x1))*int(d2)+int(x2)]
		}
	case e.tabell:
		if t, ok := e.v.slaOpp(endelige); ok {
			return t
		}
	case e.enkel:
		return e.v.lagTilstandE(e.vurder(f, dato), f, endelige)
	}
	return e.v.tilstand(f, nil, dato, valg)
}

// sporLengde er lengden på sporet kjorEn gir for tiltaket med plass i.
func (p *plan) sporLengde(i int, valg Valg) int {
	j := 0
	if valg.MedPraksis {
		j = 1
	}
	return int(p.tiltak[i].til[j] - p.tiltak[i].fra[j])
}

// kjor vurderer hele katalogen etter planen. res må ha plass til
// antallTiltak resultater og spor til alle stegene; f er kopien av
// faktaene resultatene skal peke på, e f.Endelige eller nil (som i
// kjorEn). Den allokerer ikke.
func (p *plan) kjor(res []Resultat, spor []Sporpunkt, f *tiltak.Fakta, e *tiltak.Endelige, dato tiltak.Dato, valg Valg) {
	j := 0
	if valg.MedPraksis {
		j = 1
	}
	l := &p.steg[j]
	spor = spor[:len(l.steg)]
	var egne tiltak.Endelige
	if e == nil {
		f.Endelige(&egne)
		e = &egne
	}
	endelige := e
	// ikke og maVurderes er vurderingene som ga ikke oppfylt og må vurderes.
	var ikke, maVurderes [maksOrd]uint64
	sett := l.ord <= maksOrd
	// Innebygde oppslag: faktaene er validert, så verdiene er innenfor
	// områdene; er de ikke det (fakta som ikke er validert), kalles
	// vilkåret.
	for k := range l.innebygd {
		e := &l.vurder[k]
		x0, x1, x2 := endelige[e.ft[0]], endelige[e.ft[1]], endelige[e.ft[2]]
		d1, d2 := e.d[1], e.d[2]
		var t uint64
		if x0 < e.d[0] && x1 < d1 && x2 < d2 {
			t = l.tabeller[int(e.tabFra)+(int(x0)*int(d1)+int(x1))*int(d2)+int(x2)]
		} else {
			t = e.v.tilstand(f, nil, dato, &valg)
		}
		spor[e.steg].tilstand = t
		if sett {
			merk(&ikke, &maVurderes, k, t)
		}
	}
	for k := l.innebygd; k < len(l.vurder); k++ {
		e := &l.vurder[k]
		var t uint64
		switch {
		case e.tabell:
			var ok bool
			if t, ok = e.v.slaOpp(endelige); !ok {
				t = e.v.tilstand(f, nil, dato, &valg)
			}
		case e.enkel:
			t = e.v.lagTilstandE(e.vurder(f, dato), f, endelige)
		default:
			t = e.v.tilstand(f, nil, dato, &valg)
		}
		spor[e.steg].tilstand = t
		if sett {
			merk(&ikke, &maVurderes, k, t)
		}
	}
	for _, c := range l.kopier {
		spor[c.til] = spor[c.fra]
	}
	for _, i := range l.erstattede {
		spor[i].tilstand |= bitErstattet
	}
	res = res[:antallTiltak]
	for i := range p.tiltak {
		pt := &p.tiltak[i]
		fra, til := pt.fra[j], pt.til[j]
		// Det samme som samletUtfall(spor[fra:til]), lest av bitsettene.
		u := Oppfylt
		if sett {
			// maksOrd er 2.
			m := &pt.maske[j]
			x := ikke[0]&m[0] | ikke[1]&m[1]
			y := maVurderes[0]&m[0] | maVurderes[1]&m[1]
			if x != 0 {
				u = IkkeOppfylt
			} else if y != 0 {
				u = MaVurderes
			}
		} else {
			u = samletUtfall(spor[fra:til])
		}
		// Feltene skrives ett og ett: en sammensatt verdi bygges først på
		// stakken og kopieres, og kopien venter på at skrivingene dit blir
		// lest tilbake.
		r := &res[i]
		r.Tiltak = pt.kode
		r.Spor = spor[fra:til:til]
		r.Fakta = f
		r.Regelsett = pt.regelsett
		r.Dato = dato
		r.Valg = valg
		r.Utfall = u
		r.IkkeIKraft = pt.ikkeIKraft
		r.IkkeModellert = pt.ikkeModellert
	}
}
