package regler

import (
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Vilkar er ett vilkår i en regel: en id, hjemmelen det bygger på (en
// versjon av en paragraf i lovlaget), en kort norsk beskrivelse, faktaene
// det leser og en vurdering som gir oppfylt, ikke oppfylt eller må
// vurderes. Vilkårene er faste verdier i lovlaget; feltene er skjult, så
// ingen utenfor biblioteket kan endre dem, og de er trygge å bruke fra
// flere gorutiner.
type Vilkar struct {
	// Feltene motoren leser for hvert vilkår står først, så de deler en
	// hurtigbufferlinje.

	// vurder gir utfallet for faktaene på datoen. Den må ikke endre f.
	vurder func(f *tiltak.Fakta, dato tiltak.Dato) Utfall
	// tabell er sporpunktets tilstand for hver kombinasjon av verdiene til
	// faktaene i lesListe (domener er verdiområdene), når vilkåret bare
	// leser endelige fakta; ellers nil. Se tabell.go.
	tabell  []uint64
	domener []uint8
	// tabledd er det samme som lesListe og domener, med skrittet hvert
	// faktum har i tabellen, så oppslaget kan gange ut hvert ledd for seg.
	tabledd []tabelledd
	// datofri er sann når vurder ikke leser datoen (parameteren er _):
	// utfallet avhenger bare av faktaene. Bare slike vilkår kan slås opp i
	// en tabell; TestDatofriVilkarLeserIkkeDatoen sjekker kildeteksten.
	datofri bool
	// leser er faktaene vurderingen kan lese; lesListe er de samme i
	// feltrekkefølge (satt i init). Når utfallet er må vurderes, er de av
	// dem som ikke er oppgitt, faktaene som mangler.
	leser    tiltak.Faktasett
	lesListe []tiltak.Faktum
	// sluttdato er sann når vilkåret vurderes på den planlagte sluttdatoen
	// (Valg.Sluttdato), som NAVs aldersgrenser ved avtalens slutt; vurder
	// får da sluttdatoen som dato.
	sluttdato bool
	// medValg brukes i stedet for vurder når vilkåret trenger både
	// vurderingsdatoen og valgene.
	medValg func(f *tiltak.Fakta, dato tiltak.Dato, v Valg) Utfall

	id      string   // full id, satt i init: versjonens id + "." + navn
	navn    string   // navnet i versjonen, for eksempel "alder-16"
	versjon *versjon // paragrafversjonen vilkåret bygger på (nil: ingen hjemmel)
	ledd    int      // leddet i paragrafen (0: versjonens egen henvisning)
	siste   bool     // «siste ledd»
	bokstav string   // bokstaven i leddet
	// tillegg er andre paragrafversjoner vilkåret også bygger på, for
	// eksempel når ett vilkår samler alternativer fra flere bestemmelser.
	tillegg []tilleggshjemmel
	// gjelder er tiltakene vilkåret gjelder for; tomt betyr alle tiltak som
	// lister paragrafen.
	gjelder []tiltak.Kode
	// unntatt er tiltak vilkåret ikke gjelder for (et annet vilkår i samme
	// versjon gjelder for dem).
	unntatt     []tiltak.Kode
	beskrivelse string
	tekst       tekster
	// eller er nøkkelen til en gruppe alternative vilkår (for eksempel de
	// tre leddene i § 11-2): vilkårene med samme nøkkel i et regelsett slås
	// sammen til ett vilkår der ett alternativ er nok.
	eller string
	// uverifisert gjør vilkåret uverifisert selv om versjonen er lest (for
	// eksempel en lesning av teksten vi ikke er sikre på).
	uverifisert bool
	// knekk er datoene der vurder kan skifte utfall (knekk.go); tomt
	// betyr at utfallet ikke avhenger av vurderingsdatoen.
	knekk []knekk
	// nr er vilkårets plass i vilkarNr, satt én gang i init (nummerer);
	// 0 for et vilkår biblioteket ikke har bygd. Et sporpunkt holder
	// nummeret i stedet for en peker.
	nr uint32
	// endeligLes har bit i satt når lesListe[i] er et endelig faktum (det
	// har en verdi i tiltak.Endelige), satt av kobleTil.
	endeligLes uint32
}

// vilkarNr er alle vilkårene biblioteket bygger, etter nummer (nummer 0 er
// intet vilkår). Den bygges i init og leses bare etterpå.
var vilkarNr = []*Vilkar{nil}

// nummerer gir vilkåret et nummer om det ikke har et. Den kalles bare fra
// init.
func nummerer(v *Vilkar) {
	if v == nil || v.nr != 0 {
		return
	}
	if len(vilkarNr) > maksNr {
		panic("regler: for mange vilkår for nummeret i et sporpunkt")
	}
	v.nr = uint32(len(vilkarNr))
	vilkarNr = append(vilkarNr, v)
}

// tom sier om vilkåret ikke har noen regel (nil eller nullverdien, som en
// kaller kan lage): Evaluer gir da et tomt sporpunkt.
func (v *Vilkar) tom() bool { return v == nil || (v.vurder == nil && v.medValg == nil) }

// sporNr er vilkårets nummer på sin plass i et sporpunkts tilstand.
func (v *Vilkar) sporNr() uint64 { return uint64(v.nr) << nrSkift }

// tilleggshjemmel er en annen paragrafversjon et vilkår bygger på, med
// ledd og bokstav.
type tilleggshjemmel struct {
	v       *versjon
	ledd    int
	bokstav string
}

// tekster er forklaringene til et vilkår, én per utfall.
type tekster struct {
	oppfylt     string
	ikkeOppfylt string
	maVurderes  string
}

func (t *tekster) forUtfall(u Utfall) string {
	switch u {
	case Oppfylt:
		return t.oppfylt
	case IkkeOppfylt:
		return t.ikkeOppfylt
	case MaVurderes:
		return t.maVurderes
	}
	return ""
}

// kobleTil knytter vilkåret til versjonen det står i og regner ut id og
// leseliste. Kalles én gang i init.
func (v *Vilkar) kobleTil(ver *versjon) {
	v.versjon = ver
	v.id = ver.id + "." + v.navn
	v.settLesListe()
}

// settLesListe regner ut lesListe og endeligLes av leser. Kalles bare i
// init.
func (v *Vilkar) settLesListe() {
	v.lesListe = v.leser.Liste()
	v.endeligLes = 0
	for i, ft := range v.lesListe {
		if i < maksLeser && ft.Verdiomrade() > 0 {
			v.endeligLes |= 1 << uint(i)
		}
	}
}

// ID gir vilkårets stabile id: id-en til paragrafversjonen det bygger på,
// et punktum og vilkårets navn, for eksempel "tf-1-3-l3-v20160101.alder-16".
func (v *Vilkar) ID() string { return v.id }

// Equal sier om v og w er det samme vilkåret. Vilkårene er faste verdier
// som bygges én gang, så det er det samme som at pekerne er like; go-cmp
// bruker den.
func (v *Vilkar) Equal(w *Vilkar) bool { return v == w }

// Hjemmel gir bestemmelsen vilkåret bygger på; Hjemmel().ID er id-en til
// paragrafversjonen i paragrafindeksen. Et vilkår uten hjemmel (at
// regelverket ikke er modellert) gir en tom hjemmel.
func (v *Vilkar) Hjemmel() tiltak.Hjemmel {
	if v.versjon == nil {
		return tiltak.Hjemmel{}
	}
	h := v.versjon.hjemmel()
	if v.ledd > 0 {
		h.Ledd = v.ledd
	}
	h.Siste = v.siste
	h.Bokstav = v.bokstav
	return h
}

// Tilleggshjemler gir andre bestemmelser vilkåret også bygger på, for
// eksempel når ett vilkår samler alternativer fra flere paragrafer. Ofte
// tom; skiven er ny.
func (v *Vilkar) Tilleggshjemler() []tiltak.Hjemmel {
	if len(v.tillegg) == 0 {
		return nil
	}
	ut := make([]tiltak.Hjemmel, len(v.tillegg))
	for i, t := range v.tillegg {
		h := t.v.hjemmel()
		if t.ledd > 0 {
			h.Ledd = t.ledd
		}
		h.Bokstav = t.bokstav
		ut[i] = h
	}
	return ut
}

// Versjon gir paragrafversjonen vilkåret bygger på, og false for et vilkår
// uten hjemmel.
func (v *Vilkar) Versjon() (Paragrafversjon, bool) {
	if v.versjon == nil {
		return Paragrafversjon{}, false
	}
	return Paragrafversjon{v.versjon}, true
}

// Beskrivelse sier kort på norsk hva vilkåret krever.
func (v *Vilkar) Beskrivelse() string { return v.beskrivelse }

// Leser gir faktaene vilkåret kan lese.
func (v *Vilkar) Leser() tiltak.Faktasett { return v.leser }

// LeserSluttdato er sann når vilkåret vurderes på den planlagte sluttdatoen
// (Valg.Sluttdato) og ikke på vurderingsdatoen. Uten sluttdato blir
// utfallet må vurderes, og sporet sier at sluttdatoen mangler.
func (v *Vilkar) LeserSluttdato() bool { return v.sluttdato }

// Tekst gir forklaringen for utfallet u, skrevet så en saksbehandler kan
// bruke den i et brev.
func (v *Vilkar) Tekst(u Utfall) string { return v.tekst.forUtfall(u) }

// Uverifisert er sann når vilkåret bygger på tekst som ikke er lest i en
// kunngjort eller konsolidert kilde (avledet tekst eller sekundærkilder),
// eller på en lesning biblioteket ikke er sikker på.
func (v *Vilkar) Uverifisert() bool {
	return v.uverifisert || (v.versjon != nil && v.versjon.bevis.Uverifisert())
}

// ErPraksis sier om vilkåret bygger på praksis, instruks eller rutine og
// ikke på lov eller forskrift.
func (v *Vilkar) ErPraksis() bool { return v.versjon != nil && v.Hjemmel().ErPraksis() }

// Gjelder sier om vilkåret gjelder for tiltaket (når paragrafen det står i
// hører til tiltaket).
func (v *Vilkar) Gjelder(kode tiltak.Kode) bool {
	return (len(v.gjelder) == 0 || inneholder(v.gjelder, kode)) && !inneholder(v.unntatt, kode)
}

// Evaluer vurderer vilkåret på datoen uten valg (Valg{}), som motoren gjør
// når ingen valg er gitt, og gir sporpunktet. Et vilkår som leser planlagt
// sluttdato (NAVs aldersgrenser ved avtalens slutt) gir da må vurderes med
// ManglerSluttdato. Det allokerer ikke. Et vilkår uten regel (nil eller
// nullverdien) gir et tomt sporpunkt.
func (v *Vilkar) Evaluer(f *tiltak.Fakta, dato tiltak.Dato) Sporpunkt {
	if v.tom() {
		return Sporpunkt{}
	}
	if f == nil {
		f = &ingenFakta
	}
	var p Sporpunkt
	p.tilstand = v.tilstand(f, nil, dato, &Valg{})
	return p
}

// EvaluerMed er Evaluer med valg (praksis og planlagt sluttdato).
func (v *Vilkar) EvaluerMed(f *tiltak.Fakta, dato tiltak.Dato, valg Valg) Sporpunkt {
	if v.tom() {
		return Sporpunkt{}
	}
	if f == nil {
		f = &ingenFakta
	}
	var p Sporpunkt
	p.tilstand = v.tilstand(f, nil, dato, &valg)
	return p
}

// tilstand vurderer vilkåret og gir sporpunktets tilstand (med vilkårets
// nummer): fra tabellen
// når vilkåret har en og e er gitt, ellers ved å kalle vilkåret.
func (v *Vilkar) tilstand(f *tiltak.Fakta, e *tiltak.Endelige, dato tiltak.Dato, valg *Valg) uint64 {
	if v.tabell != nil && e != nil {
		if t, ok := v.slaOpp(e); ok {
			return t
		}
	}
	if v.sluttdato && valg.Sluttdato.IsZero() {
		return v.lagTilstand(MaVurderes, f) | bitManglerSluttdato
	}
	var u Utfall
	switch {
	case v.medValg != nil:
		u = v.medValg(f, dato, *valg)
	case v.sluttdato:
		u = v.vurder(f, valg.Sluttdato)
	default:
		u = v.vurder(f, dato)
	}
	return v.lagTilstand(u, f)
}

// lagTilstand gir tilstanden for utfallet u: når utfallet er må vurderes,
// mangler de av faktaene vilkåret leser som ikke er kjente. De lagres som
// biter i vilkårets leseliste (bit i er lesListe[i]), så sporpunktet holder
// seg på 8 byte uansett hvor mange fakta Fakta har.
func (v *Vilkar) lagTilstand(u Utfall, f *tiltak.Fakta) uint64 {
	return v.lagTilstandE(u, f, nil)
}

// lagTilstandE er lagTilstand når e er f.Endelige (eller nil): et endelig
// faktum er kjent når verdien i e ikke er 0, så bare de andre trenger
// f.Kjent.
func (v *Vilkar) lagTilstandE(u Utfall, f *tiltak.Fakta, e *tiltak.Endelige) uint64 {
	if !u.Gyldig() {
		u = 0
	}
	t := uint64(u)<<utfallSkift | v.sporNr()
	if u == MaVurderes {
		for i, ft := range v.lesListe {
			if i >= maksLeser {
				break
			}
			var kjent bool
			if e != nil && v.endeligLes&(1<<uint(i)) != 0 {
				kjent = e[ft] != 0
			} else {
				kjent = f.Kjent(ft)
			}
			if !kjent {
				t |= 1 << uint(i)
			}
		}
	}
	return t
}

// Sporpunkt er ett steg i sporet av en vurdering: vilkåret, utfallet og
// faktaene som mangler når utfallet er må vurderes. Sporpunktet holder alt
// i ett ord uten pekere (vilkåret som et nummer i bibliotekets faste
// vilkårstabell), så det er 8 byte, kan lages uten allokering, og et spor
// er minne søppeltømmeren ikke trenger å lese. Bygg et sporpunkt med
// NyttSporpunkt (eller Vilkar.Evaluer); nullverdien har verken vilkår eller
// utfall.
type Sporpunkt struct {
	// tilstand er faktaene som mangler som biter i vilkårets leseliste
	// (bit 0–31), vilkårets nummer i vilkarNr (bit 32–55), utfallet (bit
	// 56–58), om sluttdatoen mangler (bit 59) og om vilkåret er erstattet
	// (bit 60).
	tilstand uint64
}

// Vilkar gir vilkåret punktet gjelder, eller nil for nullverdien. Et
// vilkår biblioteket ikke har bygd (en nullverdi av Vilkar laget utenfor
// biblioteket) har ingen plass i vilkårstabellen; et sporpunkt for det har
// heller ikke noe vilkår.
func (p Sporpunkt) Vilkar() *Vilkar {
	n := p.tilstand >> nrSkift & maksNr
	if n >= uint64(len(vilkarNr)) {
		return nil
	}
	return vilkarNr[n]
}

const (
	// maksLeser er hvor mange av faktaene et vilkår leser et sporpunkt kan
	// merke som manglende: bitene under nummeret. En test sjekker at hvert
	// vilkår leser færre (i dag høyst sju av de 69 faktaene).
	maksLeser = nrSkift
	// nrSkift og maksNr er plassen til vilkårets nummer.
	nrSkift             = 32
	maksNr              = 1<<(utfallSkift-nrSkift) - 1
	manglerBiter        = 1<<maksLeser - 1
	utfallSkift         = 56
	utfallBiter         = 7 << utfallSkift
	bitManglerSluttdato = 1 << 59
	bitErstattet        = 1 << 60
)

// NyttSporpunkt gir sporpunktet for vilkåret v med utfallet u og faktaene
// som mangler. Et ugyldig utfall lagres som 0 (ikke vurdert). Bare fakta
// vilkåret leser kan mangle; andre fakta i mangler tas ikke med.
// Sporpunktet holder vilkårets nummer i bibliotekets vilkårstabell, så v må
// være et vilkår biblioteket har bygd (fra FinnVilkar, AlleVilkar, et
// regelsett eller et spor): for et vilkår kalleren har laget selv, gir
// Vilkar() nil og Mangler() et tomt sett, og for en kopi av et
// bibliotekvilkår gir Vilkar() originalen.
func NyttSporpunkt(v *Vilkar, u Utfall, mangler tiltak.Faktasett) Sporpunkt {
	if !u.Gyldig() {
		u = 0
	}
	t := uint64(u) << utfallSkift
	if v != nil {
		t |= v.sporNr()
		liste := v.lesListe
		if liste == nil {
			liste = v.leser.Liste()
		}
		for i, ft := range liste {
			if i < maksLeser && mangler.Har(ft) {
				t |= 1 << uint(i)
			}
		}
	}
	return Sporpunkt{tilstand: t}
}

// Utfall er utfallet av vilkåret.
func (p Sporpunkt) Utfall() Utfall { return Utfall(p.tilstand & utfallBiter >> utfallSkift) }

// Mangler er faktaene som mangler når utfallet er må vurderes (tomt ellers).
func (p Sporpunkt) Mangler() tiltak.Faktasett {
	var s tiltak.Faktasett
	b := p.tilstand & manglerBiter
	v := p.Vilkar()
	if b == 0 || v == nil {
		return s
	}
	liste := v.lesListe
	if liste == nil {
		liste = v.leser.Liste()
	}
	for i, ft := range liste {
		if b&(1<<uint(i)) != 0 {
			s = s.Med(ft)
		}
	}
	return s
}

// ManglerSluttdato er sann når vilkåret trenger planlagt sluttdato
// (Valg.Sluttdato) og den ikke er oppgitt.
func (p Sporpunkt) ManglerSluttdato() bool { return p.tilstand&bitManglerSluttdato != 0 }

// Erstattet er sann når en praksisregel i samme vurdering erstatter
// vilkåret (Valg.MedPraksis). Vilkåret vises i sporet, men teller ikke med
// i utfallet.
func (p Sporpunkt) Erstattet() bool { return p.tilstand&bitErstattet != 0 }

// MedManglerSluttdato gir sporpunktet med merket for manglende sluttdato
// satt til ja.
func (p Sporpunkt) MedManglerSluttdato(ja bool) Sporpunkt {
	p.tilstand = settBit(p.tilstand, bitManglerSluttdato, ja)
	return p
}

// MedErstattet gir sporpunktet med merket for erstattet satt til ja.
func (p Sporpunkt) MedErstattet(ja bool) Sporpunkt {
	p.tilstand = settBit(p.tilstand, bitErstattet, ja)
	return p
}

// Equal sier om to sporpunkter er like: samme vilkår, samme
// utfall, samme fakta som mangler og samme merker. go-cmp bruker den.
func (p Sporpunkt) Equal(q Sporpunkt) bool { return p == q }

func settBit(x, bit uint64, ja bool) uint64 {
	if ja {
		return x | bit
	}
	return x &^ bit
}

// Forklaring gir vilkårets tekst for utfallet, fulgt av faktaene det leste
// med verdiene i f, for eksempel «Personen har fylt 16 år. (fodselsdato:
// 2008-03-01)». Den formaterer først når den kalles.
func (p Sporpunkt) Forklaring(f *tiltak.Fakta) string {
	v := p.Vilkar()
	if v == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(v.Tekst(p.Utfall()))
	if p.ManglerSluttdato() {
		b.WriteString(" Planlagt sluttdato er ikke oppgitt.")
	}
	if p.Erstattet() {
		b.WriteString(" Vilkåret er erstattet av NAVs praksis i denne vurderingen.")
	}
	lest := v.leser.Liste()
	if len(lest) > 0 && f != nil {
		b.WriteString(" (")
		for i, ft := range lest {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(ft.String())
			b.WriteString(": ")
			b.WriteString(f.Verdi(ft))
		}
		b.WriteString(")")
	}
	return b.String()
}
