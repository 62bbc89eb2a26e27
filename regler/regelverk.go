package regler

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// tiltaksdef er et tiltak i lovlaget: listene av paragrafer som avgjør om
// det finnes, hvem som kan få det, NAVs praksis for det og hvor lenge det
// kan vare. Regelsettene avledes av den (avledRegelsett).
type tiltaksdef struct {
	kode tiltak.Kode
	// modellertFra er første dag biblioteket har tekst for tiltakets
	// regelverk; før den er regelverket ikke modellert (ErrIkkeModellert).
	// Null betyr alle datoer (den kommunale rutinen er udatert).
	modellertFra tiltak.Dato
	// grunn sier hvorfor datoer før modellertFra ikke er modellert.
	grunn string
	// definert er paragrafene som sier at tiltaket finnes: tiltaket er i
	// kraft når en versjon av en av dem gjelder og lister tiltaket i
	// definerer.
	definert []*paragraf
	// vilkar er paragrafene med vilkårene for å få tiltaket, i lovens
	// rekkefølge. Fra hver versjon tas vilkårene som gjelder tiltaket.
	vilkar []*paragraf
	// praksis er NAVs praksisregler for tiltaket.
	praksis []praksisbinding
	// varighet er paragrafene som sier hvor lenge tiltaket kan vare.
	varighet []*paragraf
	// frister er paragrafene som setter gjentakende frister (gjennomganger).
	frister []*paragraf
	// sats er paragrafene som sier hvor mye som betales.
	sats []*paragraf
	// praksisgrenser er NAVs praksisgrenser for varigheten.
	praksisgrenser []*paragraf
}

// praksisbinding knytter en praksisparagraf til et tiltak. erstatter er
// «paragraf-id.vilkårsnavn» for vilkåret praksisen brukes i stedet for
// (for eksempel "tf-8-3.alder"), eller tom.
type praksisbinding struct {
	p         *paragraf
	erstatter string
}

// regelverk har reglene for hvert tiltak i katalogens rekkefølge, avledet i
// init og bare lest etterpå.
var regelverk []*tiltaksregler

// vilkarIkkeModellert står i sporet når regelverket på datoen ikke er
// modellert (VurderAlle). Det har ingen hjemmel.
var vilkarIkkeModellert = &Vilkar{
	id:          "ikke-modellert",
	navn:        "ikke-modellert",
	beskrivelse: "Regelverket på datoen er ikke modellert.",
	datofri:     true, vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return MaVurderes },
	tekst: tekster{maVurderes: "Regelverket på datoen er ikke modellert; vilkårene må vurderes manuelt."},
}

// maksSporAlle er det største antallet sporpunkter VurderAlle kan gi (satt
// av byggPlaner).
var maksSporAlle int

// vilkarEtterID slår opp alle vilkår pakken kjenner.
var vilkarEtterID = map[string]*Vilkar{}

func init() {
	kobleParagrafer(lovverk)
	for _, p := range lovverk {
		for _, v := range p.versjoner {
			versjonEtterID[v.id] = v
			for _, vk := range v.vilkar {
				leggTilVilkar(vk)
			}
			for _, vd := range v.varighet {
				for i := range vd.forlengelser {
					leggTilVilkar(vd.forlengelser[i].vilkar)
				}
				for i := range vd.tak {
					leggTilVilkar(vd.tak[i].vilkar)
				}
			}
			for _, sd := range v.sats {
				for _, sv := range sd.varianter {
					leggTilVilkar(sv.vilkar)
				}
			}
		}
	}
	leggTilVilkar(vilkarIkkeModellert)
	if len(tiltaksdefinisjoner) != tiltak.Antall() {
		panic(fmt.Sprintf("regler: lovlaget definerer %d tiltak, katalogen har %d", len(tiltaksdefinisjoner), tiltak.Antall()))
	}
	for i, def := range tiltaksdefinisjoner {
		if def.kode != tiltak.Koder()[i] {
			panic("regler: tiltaksdefinisjonene følger ikke katalogen ved " + string(def.kode))
		}
		t := avledRegelsett(def)
		t.varigheter = avledVarigheter(def)
		t.satser = avledSatser(def)
		regelverk = append(regelverk, t)
		for _, rs := range t.versjoner {
			regelsettEtterID[rs.id] = rs
			for _, v := range rs.vilkar {
				leggTilVilkar(v)
			}
		}
	}
	for _, v := range vilkarEtterID {
		v.tabuler()
	}
	for _, t := range regelverk {
		for _, rs := range t.versjoner {
			for _, p := range rs.praksis {
				nummerer(p.Vilkar)
				if p.Vilkar.tabell == nil {
					p.Vilkar.tabuler()
				}
			}
		}
	}
	byggPlaner()
}

func leggTilVilkar(v *Vilkar) {
	if v == nil {
		return
	}
	if annet, finnes := vilkarEtterID[v.id]; finnes && annet != v {
		panic("regler: to vilkår har id " + v.id)
	}
	vilkarEtterID[v.id] = v
	nummerer(v)
}

// avledRegelsett lager tiltakets regelsett: ett per tidsrom der ingen av
// paragrafene det lister skifter versjon (sammenhengende tidsrom med samme
// vilkår slås sammen).
func avledRegelsett(def *tiltaksdef) *tiltaksregler {
	start := def.modellertFra
	if start.IsZero() {
		start = udatert
	}
	sett := map[tiltak.Dato]bool{start: true}
	merk := func(p *paragraf) {
		for _, v := range p.versjoner {
			if v.fra.After(start) {
				sett[v.fra] = true
			}
			if !v.til.IsZero() {
				if d := v.til.AddDays(1); d.After(start) {
					sett[d] = true
				}
			}
		}
	}
	for _, p := range def.definert {
		merk(p)
	}
	for _, p := range def.vilkar {
		merk(p)
	}
	for _, b := range def.praksis {
		merk(b.p)
	}
	datoer := make([]tiltak.Dato, 0, len(sett))
	for d := range sett {
		datoer = append(datoer, d)
	}
	slices.SortFunc(datoer, tiltak.Dato.Compare)
	t := &tiltaksregler{kode: def.kode, def: def}
	for i, fra := range datoer {
		rs := byggRegelsett(def, fra)
		if i+1 < len(datoer) {
			rs.til = datoer[i+1].AddDays(-1)
		}
		if n := len(t.versjoner); n > 0 && sammeRegler(t.versjoner[n-1], rs) {
			t.versjoner[n-1].til = rs.til
			continue
		}
		t.versjoner = append(t.versjoner, rs)
	}
	for _, rs := range t.versjoner {
		rs.id = string(def.kode) + "-v" + datoKode(rs.fra)
		if def.modellertFra.IsZero() && rs.fra == start {
			rs.id = string(def.kode) + "-udatert"
			rs.fra = tiltak.Dato{}
		}
	}
	return t
}

func sammeRegler(a, b *Regelsett) bool {
	return a.ikkeIKraft == b.ikkeIKraft && a.definisjon == b.definisjon && slices.Equal(a.vilkar, b.vilkar) && slices.Equal(a.praksis, b.praksis)
}

// byggRegelsett gir regelsettet for tiltaket på datoen d (uten id og til).
func byggRegelsett(def *tiltaksdef, d tiltak.Dato) *Regelsett {
	rs := &Regelsett{tiltak: def.kode, fra: d}
	if grunn := ikkeIKraftGrunn(def, d); grunn != nil {
		etter := inneholder(grunn.definerer, def.kode) && !grunn.til.IsZero() && d.After(grunn.til)
		rs.ikkeIKraft = true
		rs.vilkar = []*Vilkar{vilkarIkkeIKraft(def.kode, grunn, etter)}
		return rs
	}
	dv := definerende(def, d)
	rs.definisjon = dv
	for _, p := range def.vilkar {
		v := p.pa(d)
		if v == nil || v.opphevet || !gjelderKapittel(dv, p) {
			continue
		}
		for _, vk := range v.vilkar {
			if vk.Gjelder(def.kode) {
				rs.vilkar = append(rs.vilkar, vk)
			}
		}
	}
	rs.vilkar = slaSammenEller(rs.vilkar)
	if len(rs.vilkar) == 0 {
		panic(fmt.Sprintf("regler: %s har ingen vilkår %s", def.kode, d))
	}
	for _, b := range def.praksis {
		v := b.p.pa(d)
		if v == nil || v.opphevet {
			continue
		}
		for _, vk := range v.vilkar {
			if !vk.Gjelder(def.kode) {
				continue
			}
			pr := Praksisregel{Vilkar: vk}
			if b.erstatter != "" {
				for _, x := range rs.vilkar {
					if x.versjon != nil && x.versjon.p.id+"."+x.navn == b.erstatter {
						pr.Erstatter = x
					}
				}
			}
			rs.praksis = append(rs.praksis, pr)
		}
	}
	return rs
}

// definerende gir versjonen som sier at tiltaket finnes på datoen, eller
// nil når det ikke finnes (eller tiltaket ikke har noen definerende
// paragraf).
func definerende(def *tiltaksdef, d tiltak.Dato) *versjon {
	for _, p := range def.definert {
		if v := p.pa(d); v != nil && !v.opphevet && inneholder(v.definerer, def.kode) {
			return v
		}
	}
	return nil
}

// kapittel gir kapittelet en paragraf står i («14A» for § 14A-3), eller
// tom tekst når paragrafnummeret ikke har kapittel (forsøksforskriften).
func kapittel(p *paragraf) string {
	if i := strings.IndexByte(p.nr, '-'); i > 0 {
		return p.nr[:i]
	}
	return ""
}

// gjelderKapittel sier om paragrafen p gjelder for tiltaket når dv er
// versjonen som definerer tiltaket: en paragraf i et annet kapittel i samme
// forskrift gjelder bare når det er kapittel 1 (fellesbestemmelsene). En
// definisjon i kapittel 1 (egenregiforskriften § 1-2) binder ikke tiltaket
// til noe kapittel. Slik
// bytter VTA i ordinær virksomhet fra kapittel 14 til kapittel 14A 1.
// september 2026 uten at datoen skrives to ganger.
func gjelderKapittel(dv *versjon, p *paragraf) bool {
	if dv == nil || p.kilde != dv.p.kilde {
		return true
	}
	k, dk := kapittel(p), kapittel(dv.p)
	return k == "" || k == "1" || dk == "1" || k == dk
}

// slaSammenEller slår sammen vilkår med samme eller-nøkkel til ett vilkår
// der ett av alternativene er nok, på plassen til det første.
func slaSammenEller(vilkar []*Vilkar) []*Vilkar {
	harGruppe := false
	for _, v := range vilkar {
		if v.eller != "" {
			harGruppe = true
			break
		}
	}
	if !harGruppe {
		return vilkar
	}
	grupper := map[string][]*Vilkar{}
	for _, v := range vilkar {
		if v.eller != "" {
			grupper[v.eller] = append(grupper[v.eller], v)
		}
	}
	var ut []*Vilkar
	brukt := map[string]bool{}
	for _, v := range vilkar {
		switch {
		case v.eller == "":
			ut = append(ut, v)
		case !brukt[v.eller]:
			brukt[v.eller] = true
			ut = append(ut, ellerVilkar(grupper[v.eller]))
		}
	}
	return ut
}

// ellerVilkarEtterID holder de sammenslåtte vilkårene; bygges bare i init.
var ellerVilkarEtterID = map[string]*Vilkar{}

// ellerVilkar gir vilkåret der ett av medlemmene er nok. Hjemmelen er det
// første medlemmets; de andre er tilleggshjemler.
func ellerVilkar(medlemmer []*Vilkar) *Vilkar {
	if len(medlemmer) == 1 {
		return medlemmer[0]
	}
	ider := make([]string, len(medlemmer))
	for i, m := range medlemmer {
		ider[i] = m.id
	}
	id := strings.Join(ider, "+")
	if v, ok := ellerVilkarEtterID[id]; ok {
		return v
	}
	forste := medlemmer[0]
	v := &Vilkar{id: id, navn: "alternativer", versjon: forste.versjon, ledd: forste.ledd, bokstav: forste.bokstav}
	// Alternativene er datofrie når hvert medlem er det.
	v.datofri = true
	var beskr, ja, nei, kanskje []string
	for i, m := range medlemmer {
		v.leser = v.leser.Union(m.leser)
		v.knekk = append(v.knekk, m.knekk...)
		v.uverifisert = v.uverifisert || m.Uverifisert()
		v.datofri = v.datofri && m.datofri && !m.sluttdato && m.medValg == nil
		if i > 0 {
			v.tillegg = append(v.tillegg, tilleggshjemmel{v: m.versjon, ledd: m.ledd, bokstav: m.bokstav})
		}
		beskr = append(beskr, m.beskrivelse)
		ja, nei, kanskje = append(ja, m.tekst.oppfylt), append(nei, m.tekst.ikkeOppfylt), append(kanskje, m.tekst.maVurderes)
	}
	v.settLesListe()
	v.beskrivelse = "Ett av alternativene er nok: " + strings.Join(beskr, " Eller: ")
	v.tekst = tekst("Minst ett av alternativene er oppfylt. "+strings.Join(ja, " / "),
		"Ingen av alternativene er oppfylt: "+strings.Join(nei, " "),
		"Ingen av alternativene er avgjort oppfylt, og minst ett må vurderes: "+strings.Join(kanskje, " "))
	v.vurder = func(f *tiltak.Fakta, d tiltak.Dato) Utfall {
		u := IkkeOppfylt
		for _, m := range medlemmer {
			u = Eller(u, m.vurder(f, d))
		}
		return u
	}
	ellerVilkarEtterID[id] = v
	return v
}

// ikkeIKraftGrunn gir versjonen som forklarer at tiltaket ikke finnes på
// datoen, eller nil når det finnes. Det er versjonen som gjelder og ikke
// lister tiltaket (eller opphever paragrafen), ellers versjonen som senere
// innførte tiltaket, ellers den siste versjonen før datoen.
func ikkeIKraftGrunn(def *tiltaksdef, d tiltak.Dato) *versjon {
	if len(def.definert) == 0 {
		return nil
	}
	for _, p := range def.definert {
		if v := p.pa(d); v != nil && !v.opphevet && inneholder(v.definerer, def.kode) {
			return nil
		}
	}
	for _, p := range def.definert {
		if v := p.pa(d); v != nil {
			return v
		}
	}
	var senere, tidligere *versjon
	for _, p := range def.definert {
		for _, v := range p.versjoner {
			switch {
			case v.fra.After(d) && inneholder(v.definerer, def.kode) && (senere == nil || v.fra.Before(senere.fra)):
				senere = v
			case !v.fra.After(d) && (tidligere == nil || v.fra.After(tidligere.fra)):
				tidligere = v
			}
		}
	}
	if senere != nil {
		return senere
	}
	return tidligere
}

// ikkeIKraftVilkar holder ett «ikke i kraft»-vilkår per tiltak og versjon;
// bygges bare i init.
var ikkeIKraftVilkar = map[string]*Vilkar{}

// etter er sann når datoen ligger etter siste dag versjonen som definerte
// tiltaket gjaldt (forsøket med fireårig lønnstilskudd etter 2032).
func vilkarIkkeIKraft(kode tiltak.Kode, v *versjon, etter bool) *Vilkar {
	id := string(kode) + ".ikke-i-kraft"
	tekst := kode.Navn() + " er ikke i kraft på datoen."
	switch {
	case v == nil:
	case etter:
		id = v.id + ".ikke-lenger-i-kraft." + string(kode)
		tekst = kode.Navn() + " er ikke lenger i kraft på datoen: tiltaket gjaldt til og med " + v.til.String() + " (" + v.endretVed + ")."
	case v.opphevet:
		id = v.id + ".ikke-i-kraft." + string(kode)
		tekst = kode.Navn() + " er ikke i kraft på datoen: bestemmelsen ble opphevet ved " + v.endretVed + " fra " + v.fra.String() + "."
	case inneholder(v.definerer, kode):
		id = v.id + ".ikke-i-kraft." + string(kode)
		tekst = kode.Navn() + " er ikke i kraft på datoen: tiltaket ble innført ved " + v.endretVed + " fra " + v.fra.String() + "."
	default:
		id = v.id + ".ikke-i-kraft." + string(kode)
		tekst = kode.Navn() + " er ikke i kraft på datoen: bestemmelsen som gjaldt da, har ikke denne formen for tiltaket."
	}
	if vk, ok := ikkeIKraftVilkar[id]; ok {
		return vk
	}
	vk := &Vilkar{
		id: id, navn: "ikke-i-kraft", versjon: v,
		beskrivelse: "Tiltaket må være i kraft på datoen.",
		datofri:     true, vurder: func(*tiltak.Fakta, tiltak.Dato) Utfall { return IkkeOppfylt },
		tekst: tekster{ikkeOppfylt: tekst},
	}
	ikkeIKraftVilkar[id] = vk
	return vk
}

// FinnVilkar gir vilkåret med id-en, og false når pakken ikke kjenner den.
// Den brukes når et resultat leses fra JSON.
func FinnVilkar(id string) (*Vilkar, bool) {
	v, ok := vilkarEtterID[id]
	return v, ok
}

// AlleVilkar gir alle vilkårene pakken kjenner, sortert etter id.
func AlleVilkar() []*Vilkar {
	ut := make([]*Vilkar, 0, len(vilkarEtterID))
	for _, v := range vilkarEtterID {
		ut = append(ut, v)
	}
	sortVilkar(ut)
	return ut
}
