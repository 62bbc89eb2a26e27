package regler

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Varighet i lovlaget: det en paragrafversjon sier om hvor lenge et tiltak
// kan vare. Pakken varighet regner med det (sluttdatoer, tidligere
// perioder, kontroll av en foreslått periode); tallene og vilkårene står
// bare her.

// Varighetstype sier hva slags varighetsregel et tiltak har.
type Varighetstype uint8

// Typene av varighetsregler. Nullverdien er ingen type.
const (
	// Tidsbegrenset: en ordinær maksimal varighet, eventuelt med forlengelser.
	Tidsbegrenset Varighetstype = iota + 1
	// IkkeTidsbegrenset: forskriften setter ingen øvre grense (varig
	// lønnstilskudd, VTA, VTAO).
	IkkeTidsbegrenset
	// UtenFastMaksimum: forskriften setter ingen fast øvre grense, men
	// omfanget vurderes løpende (funksjonsassistanse, inkluderingstilskudd).
	UtenFastMaksimum
	// Aldersgrense: tiltaket varer så lenge behovet varer, men opphører ved
	// en alder (ungdomsgarantien ved fylte 30 år).
	Aldersgrense
	// IkkeFastsatt: kildene setter ingen varighet (aktivitetsplass,
	// språkpraksis, jobbklubb). Biblioteket finner ikke på en.
	IkkeFastsatt
)

var varighetstypeNavn = [...]string{"", "tidsbegrenset", "ikke-tidsbegrenset", "uten-fast-maksimum", "aldersgrense", "ikke-fastsatt"}

// String gir typen som ord, for eksempel "tidsbegrenset".
func (t Varighetstype) String() string {
	if t != 0 && int(t) < len(varighetstypeNavn) {
		return varighetstypeNavn[t]
	}
	return "ukjent"
}

// MarshalText gir typen som ord.
func (t Varighetstype) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(varighetstypeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "type", Grunn: "ukjent varighetstype"}
	}
	return []byte(varighetstypeNavn[t]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (t *Varighetstype) UnmarshalText(b []byte) error {
	for i := 1; i < len(varighetstypeNavn); i++ {
		if varighetstypeNavn[i] == string(b) {
			*t = Varighetstype(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent varighetstype"}
}

// varighetsdel er én varighetsregel i en paragrafversjon, for tiltakene i
// gjelder (tom: alle tiltak som lister paragrafen).
type varighetsdel struct {
	versjon        *versjon
	gjelder        []tiltak.Kode
	ledd           int
	bokstav        string
	typ            Varighetstype
	ordinaer       tiltak.Lengde
	forlengelser   []forlengelse
	tak            []tak
	alder          int
	sesong         *Sesong
	tidligsteStart tiltak.Dato
	senesteSlutt   tiltak.Dato
	tidligere      Tidligere
	// oppstartFrist er fristen for når tiltaket skal inntre etter
	// registrering (ungdomsgarantien: åtte uker), eller null.
	oppstartFrist tiltak.Lengde
	merknad       string
	// hjemmel er regelens hjemmel (versjonens, med ledd og bokstav), satt
	// én gang av kobleTil så Varighet.Hjemmel bare kopierer den.
	hjemmel tiltak.Hjemmel
}

// forlengelse er én forlengelse en varighetsregel åpner for.
type forlengelse struct {
	tillegg, samlet tiltak.Lengde
	vilkar          *Vilkar
	tellerTidligere bool
	utenGrense      bool
}

// tak er en grense som kapper varigheten når vilkåret er oppfylt (for
// eksempel midlertidig ansettelse i fireårig lønnstilskudd).
type tak struct {
	lengde tiltak.Lengde
	vilkar *Vilkar
}

func (d *varighetsdel) kobleTil(v *versjon) {
	d.versjon = v
	d.hjemmel = v.hjemmel()
	if d.ledd > 0 {
		d.hjemmel.Ledd = d.ledd
	}
	d.hjemmel.Bokstav = d.bokstav
	for i := range d.forlengelser {
		d.forlengelser[i].vilkar.kobleTil(v)
	}
	for i := range d.tak {
		d.tak[i].vilkar.kobleTil(v)
	}
}

func (d *varighetsdel) gjelderFor(k tiltak.Kode) bool {
	return len(d.gjelder) == 0 || inneholder(d.gjelder, k)
}

// Forlengelse er én forlengelse en varighetsregel åpner for: hvor mye som
// kan legges til, hva samlet varighet da blir (regnet fra startdagen), og
// vilkåret for den.
type Forlengelse struct {
	// ID er forlengelsens id: vilkårets id.
	ID string `json:"id,omitempty"`
	// Tillegg er forlengelsen slik kilden uttrykker den («inntil åtte uker»).
	// Når kilden bare angir samlet varighet, er Tillegg forskjellen regnet i
	// samme enhet.
	Tillegg tiltak.Lengde `json:"tillegg,omitempty"`
	// Samlet er samlet maksimal varighet når forlengelsen gis; siste dag er
	// start.SisteDag(Samlet). Null når UtenGrense er sann.
	Samlet tiltak.Lengde `json:"samlet,omitempty"`
	// UtenGrense er sann når kilden åpner for forlengelse uten å si hvor
	// lenge (ordinær utdanning i 2016-teksten av § 7-4).
	UtenGrense bool `json:"uten_grense,omitempty"`
	// Vilkar er vilkåret for forlengelsen, med hjemmel. Et vilkår som beror
	// på skjønn alene gir alltid må vurderes.
	Vilkar *Vilkar `json:"-"`
	// TellerTidligere er sann når kilden omtaler denne rammen som samlet
	// varighet (oppfølging: tre år totalt ved nedsatt arbeidsevne), slik at
	// dager i tidligere perioder trekkes fra den.
	TellerTidligere bool `json:"teller_tidligere,omitempty"`
}

// Hjemmel gir forlengelsens hjemmel (vilkårets), eller en tom hjemmel når
// forlengelsen ikke har noe vilkår.
func (f Forlengelse) Hjemmel() tiltak.Hjemmel {
	if f.Vilkar == nil {
		return tiltak.Hjemmel{}
	}
	return f.Vilkar.Hjemmel()
}

// Tak er en grense som kapper varigheten når vilkåret er oppfylt: siste dag
// er start.SisteDag(Lengde).
type Tak struct {
	ID     string        `json:"id,omitempty"`
	Lengde tiltak.Lengde `json:"lengde"`
	Vilkar *Vilkar       `json:"-"`
}

// Tidligere sier om og hvorfor tidligere deltakelse teller mot maksimum.
type Tidligere struct {
	// Teller er sann når kildene taler om samlet varighet også for den
	// ordinære rammen, slik at dager i tidligere perioder trekkes fra den.
	// Forlengelser har sitt eget flagg (Forlengelse.TellerTidligere).
	Teller bool `json:"teller,omitempty"`
	// Grunnlag sier på norsk hvilken kilde som avgjør det, eller at kildene
	// ikke sier noe om det.
	Grunnlag string `json:"grunnlag,omitempty"`
}

// Sesong er et vindu i året deltakelsen må ligge i (sommerjobb).
type Sesong struct {
	FraManed time.Month `json:"fra_maned,omitzero"` // første dag i vinduet: måned …
	FraDag   int        `json:"fra_dag,omitempty"`  // … og dag, for eksempel juni og 1
	TilManed time.Month `json:"til_maned,omitzero"` // siste dag i vinduet: måned …
	TilDag   int        `json:"til_dag,omitempty"`  // … og dag, for eksempel august og 31
	// Unntak er sann når kilden åpner for unntak fra vinduet (særlige
	// grunner); et brudd er da må vurderes, ikke ikke oppfylt.
	Unntak bool `json:"unntak,omitempty"`
}

// tomVarighetsdel er det nullverdien av Varighet leser; den endres aldri.
var tomVarighetsdel = varighetsdel{versjon: &tomVersjon}

// del gir varighetsdelen, eller tomVarighetsdel for nullverdien.
func (v Varighet) del() *varighetsdel {
	if v.d == nil {
		return &tomVarighetsdel
	}
	return v.d
}

// Varighet er varighetsregelen et tiltak har etter én paragrafversjon: en
// verdi som peker på bibliotekets faste data, lest med metodene. Pakken
// varighet regner sluttdatoer med den.
type Varighet struct {
	d *varighetsdel
	// def er definisjonen av tiltaket regelen gjelder, så tiltakets
	// praksisgrenser kan leses uten å slå opp koden.
	def      *tiltaksdef
	fra, til tiltak.Dato
}

// IsZero sier om verdien er tom (ingen regel).
func (v Varighet) IsZero() bool { return v.d == nil }

// Tiltak gir tiltaket regelen gjelder, eller "" for nullverdien.
func (v Varighet) Tiltak() tiltak.Kode {
	if v.def == nil {
		return ""
	}
	return v.def.kode
}

// ID gir id-en til paragrafversjonen regelen står i.
func (v Varighet) ID() string { return v.del().versjon.id }

// Hjemmel gir bestemmelsen regelen bygger på.
func (v Varighet) Hjemmel() tiltak.Hjemmel { return v.del().hjemmel }

// Versjon gir paragrafversjonen regelen står i.
func (v Varighet) Versjon() Paragrafversjon { return Paragrafversjon{v.del().versjon} }

// Fra gir første startdag regelen gjelder for tiltaket. Det er
// paragrafversjonens fra-dato, eller en senere dag når tiltaket først
// kommer inn under paragrafen da (et nytt kapittel, et tiltak som innføres).
// Null betyr ingen nedre grense (en udatert kilde).
func (v Varighet) Fra() tiltak.Dato { return v.fra }

// Til gir siste startdag regelen gjelder for tiltaket; null betyr at den
// gjelder fortsatt. Den kan ligge før paragrafversjonens slutt når en annen
// paragraf tar over for tiltaket (VTA i ordinær virksomhet går over til
// kapittel 14A 1. september 2026).
func (v Varighet) Til() tiltak.Dato { return v.til }

// Type gir hva slags varighetsregel det er.
func (v Varighet) Type() Varighetstype { return v.del().typ }

// Ordinaer gir ordinær maksimal varighet (bare for Tidsbegrenset).
func (v Varighet) Ordinaer() tiltak.Lengde { return v.del().ordinaer }

// AntallForlengelser gir antall forlengelser.
func (v Varighet) AntallForlengelser() int { return len(v.del().forlengelser) }

// Forlengelse gir forlengelse nummer i (0, 1, …), i stigende rekkefølge
// etter samlet varighet; utenfor området en tom forlengelse.
func (v Varighet) Forlengelse(i int) Forlengelse {
	if i < 0 || i >= len(v.del().forlengelser) {
		return Forlengelse{}
	}
	f := &v.del().forlengelser[i]
	return Forlengelse{ID: f.vilkar.id, Tillegg: f.tillegg, Samlet: f.samlet, UtenGrense: f.utenGrense, Vilkar: f.vilkar, TellerTidligere: f.tellerTidligere}
}

// Forlengelser gir alle forlengelsene (en ny skive).
func (v Varighet) Forlengelser() []Forlengelse {
	if len(v.del().forlengelser) == 0 {
		return nil
	}
	ut := make([]Forlengelse, len(v.del().forlengelser))
	for i := range ut {
		ut[i] = v.Forlengelse(i)
	}
	return ut
}

// AntallTak gir antall tak.
func (v Varighet) AntallTak() int { return len(v.del().tak) }

// Tak gir tak nummer i; utenfor området et tomt tak.
func (v Varighet) Tak(i int) Tak {
	if i < 0 || i >= len(v.del().tak) {
		return Tak{}
	}
	t := &v.del().tak[i]
	return Tak{ID: t.vilkar.id, Lengde: t.lengde, Vilkar: t.vilkar}
}

// Alder gir alderen tiltaket opphører ved (bare for Aldersgrense).
func (v Varighet) Alder() int { return v.del().alder }

// Sesong gir vinduet deltakelsen må ligge i, og false når regelen ikke har
// noe.
func (v Varighet) Sesong() (Sesong, bool) {
	if v.del().sesong == nil {
		return Sesong{}, false
	}
	return *v.del().sesong, true
}

// TidligsteStart gir en fast tidligste startdato, eller null.
func (v Varighet) TidligsteStart() tiltak.Dato { return v.del().tidligsteStart }

// SenesteSlutt gir en fast seneste sluttdato (slutten av et forsøk), eller null.
func (v Varighet) SenesteSlutt() tiltak.Dato { return v.del().senesteSlutt }

// Tidligere sier om tidligere perioder teller og hvorfor.
func (v Varighet) Tidligere() Tidligere { return v.del().tidligere }

// OppstartFrist gir hvor lenge etter registrering tiltaket skal inntre
// (ungdomsgarantien: åtte uker), eller null når regelen ikke har noen frist.
func (v Varighet) OppstartFrist() tiltak.Lengde { return v.del().oppstartFrist }

// Uverifisert sier om regelen bygger på avledet tekst eller sekundærkilder.
func (v Varighet) Uverifisert() bool { return v.del().versjon.bevis.Uverifisert() }

// Merknad forklarer valg og usikkerhet, på norsk.
func (v Varighet) Merknad() string { return v.del().merknad }

// MarshalJSON gir regelen som JSON-objekt med de samme navnene som
// varighet.Regel.
func (v Varighet) MarshalJSON() ([]byte, error) {
	type jsonForm struct {
		ID             string         `json:"id"`
		Tiltak         tiltak.Kode    `json:"tiltak"`
		Fra            tiltak.Dato    `json:"fra,omitzero"`
		Til            tiltak.Dato    `json:"til,omitzero"`
		Hjemmel        tiltak.Hjemmel `json:"hjemmel"`
		Type           Varighetstype  `json:"type"`
		Ordinaer       tiltak.Lengde  `json:"ordinaer,omitzero"`
		Forlengelser   []Forlengelse  `json:"forlengelser,omitempty"`
		Tak            []Tak          `json:"tak,omitempty"`
		Alder          int            `json:"alder,omitempty"`
		Sesong         *Sesong        `json:"sesong,omitempty"`
		TidligsteStart tiltak.Dato    `json:"tidligste_start,omitzero"`
		SenesteSlutt   tiltak.Dato    `json:"seneste_slutt,omitzero"`
		Tidligere      Tidligere      `json:"tidligere"`
		Uverifisert    bool           `json:"uverifisert,omitempty"`
		Merknad        string         `json:"merknad,omitempty"`
	}
	if v.d == nil {
		return []byte("null"), nil
	}
	j := jsonForm{ID: v.ID(), Tiltak: v.Tiltak(), Fra: v.Fra(), Til: v.Til(), Hjemmel: v.Hjemmel(), Type: v.del().typ, Ordinaer: v.del().ordinaer,
		Forlengelser: v.Forlengelser(), Alder: v.del().alder, Sesong: v.del().sesong, TidligsteStart: v.del().tidligsteStart,
		SenesteSlutt: v.del().senesteSlutt, Tidligere: v.del().tidligere, Uverifisert: v.Uverifisert(), Merknad: v.del().merknad}
	for i := range v.del().tak {
		j.Tak = append(j.Tak, v.Tak(i))
	}
	return json.Marshal(j)
}

// VarighetFor gir varighetsregelen for tiltaket for en deltakelse som
// starter på datoen start: regelen i versjonen av tiltakets
// varighetsparagraf som gjelder den dagen. Feil: en *tiltak.FeltFeil for en
// ukjent kode eller en manglende dato, og en *IkkeModellertFeil
// (ErrIkkeModellert) når tiltaket ikke har noen varighetsregel på datoen
// (før tiltaket er modellert, før det ble innført eller etter at det ble
// opphevet). Det allokerer ikke når svaret er en regel.
func VarighetFor(kode tiltak.Kode, start tiltak.Dato) (Varighet, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return Varighet{}, err
	}
	if start.IsZero() {
		return Varighet{}, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigDato}
	}
	if v, ok := t.varighetPa(start); ok {
		return v, nil
	}
	return Varighet{}, &IkkeModellertFeil{Tiltak: kode, Dato: start, Fra: t.def.modellertFra, Grunn: varighetGrunn(t, start)}
}

// AppendVarigheter legger varighetsregelen for hvert tiltak i katalogen som
// har en regel for en deltakelse som starter på start, til dst i katalogens
// rekkefølge (tiltak.Koder), og gir den utvidede skiven: de samme reglene
// som VarighetFor gir for hver kode, men uten å slå opp kodene og uten
// feilverdier. Tiltak uten regel på datoen hoppes over (VarighetFor sier
// hvorfor), og en manglende start gir dst uendret. Den allokerer ikke når
// dst har plass til tiltak.Antall() regler.
func AppendVarigheter(dst []Varighet, start tiltak.Dato) []Varighet {
	if start.IsZero() {
		return dst
	}
	for _, t := range regelverk {
		if v, ok := t.varighetPa(start); ok {
			dst = append(dst, v)
		}
	}
	return dst
}

// varighetPa gir tiltakets varighetsregel for en deltakelse som starter på
// start (ikke null), og false når ingen regel gjelder da.
func (t *tiltaksregler) varighetPa(start tiltak.Dato) (Varighet, bool) {
	for i := len(t.varigheter) - 1; i >= 0; i-- {
		v := &t.varigheter[i]
		if !start.Before(v.fra) {
			if v.til.IsZero() || !start.After(v.til) {
				return *v, true
			}
			break
		}
	}
	return Varighet{}, false
}

// HarPraksisgrenser sier om regelens tiltak har praksisgrenser på noen
// dato. Er den usann, legger AppendPraksisgrenser aldri til noe.
func (v Varighet) HarPraksisgrenser() bool { return v.def != nil && len(v.def.praksisgrenser) > 0 }

// AppendPraksisgrenser legger NAVs praksisgrenser for regelens tiltak for en
// avtale som starter på start til dst, og gir den utvidede skiven: det
// samme som Praksisgrenser(v.Tiltak(), start), men uten å slå opp koden og
// uten å allokere når dst har plass. Grensene følger startdatoen, ikke
// regelens tidsrom (Fra og Til). Nullverdien legger ikke til noe.
func (v Varighet) AppendPraksisgrenser(dst []Praksisgrense, start tiltak.Dato) []Praksisgrense {
	if v.def == nil {
		return dst
	}
	return appendPraksisgrenser(dst, v.def, start)
}

// varighetPa gir varighetsregelen for tiltaket på datoen: regelen i
// versjonen av tiltakets varighetsparagraf som gjelder den dagen, når
// tiltaket er modellert og finnes da; ellers nil.
func varighetPa(def *tiltaksdef, d tiltak.Dato) *varighetsdel {
	if !def.modellertFra.IsZero() && d.Before(def.modellertFra) {
		return nil
	}
	dv := definerende(def, d)
	for _, p := range def.varighet {
		v := p.pa(d)
		if v == nil || v.opphevet || !gjelderKapittel(dv, p) {
			continue
		}
		for _, vd := range v.varighet {
			if vd.gjelderFor(def.kode) {
				return vd
			}
		}
	}
	return nil
}

// perioder er verdier med tidsrommene de gjelder i for et tiltak.
type periodeverdi[T comparable] struct {
	v        T
	fra, til tiltak.Dato
}

// avledPerioder deler tiden ved hver versjonsgrense i paragrafene som
// definerer tiltaket og paragrafene i l, spør pa hvilken verdi som gjelder
// i hvert tidsrom, og slår sammen tidsrom som følger hverandre med samme
// verdi. Nullverdien av T betyr ingen verdi. En udatert kilde gir fra lik
// null. Den kalles bare fra init.
func avledPerioder[T comparable](def *tiltaksdef, l []*paragraf, pa func(*tiltaksdef, tiltak.Dato) T) []periodeverdi[T] {
	sett := map[tiltak.Dato]bool{udatert: true}
	if !def.modellertFra.IsZero() {
		sett[def.modellertFra] = true
	}
	for _, pl := range [][]*paragraf{def.definert, l} {
		for _, p := range pl {
			for _, v := range p.versjoner {
				sett[v.fra] = true
				if !v.til.IsZero() {
					sett[v.til.AddDays(1)] = true
				}
			}
		}
	}
	datoer := make([]tiltak.Dato, 0, len(sett))
	for d := range sett {
		datoer = append(datoer, d)
	}
	slices.SortFunc(datoer, tiltak.Dato.Compare)
	var null T
	var ut []periodeverdi[T]
	for i, fra := range datoer {
		var til tiltak.Dato
		if i+1 < len(datoer) {
			til = datoer[i+1].AddDays(-1)
		}
		v := pa(def, fra)
		if n := len(ut); n > 0 && ut[n-1].v == v && ut[n-1].til.AddDays(1) == fra {
			ut[n-1].til = til
			continue
		}
		if v != null {
			ut = append(ut, periodeverdi[T]{v: v, fra: fra, til: til})
		}
	}
	for i := range ut {
		if ut[i].fra == udatert {
			ut[i].fra = tiltak.Dato{}
		}
	}
	return ut
}

// avledVarigheter lager tiltakets varighetsregler med tidsrommene de
// gjelder i for tiltaket.
func avledVarigheter(def *tiltaksdef) []Varighet {
	var ut []Varighet
	for _, p := range avledPerioder(def, def.varighet, varighetPa) {
		ut = append(ut, Varighet{d: p.v, def: def, fra: p.fra, til: p.til})
	}
	return ut
}

// varighetGrunn forklarer hvorfor tiltaket ikke har noen varighetsregel på
// datoen.
func varighetGrunn(t *tiltaksregler, d tiltak.Dato) string {
	if rs, st := t.finn(d); st == ikkeIKraftStatus && len(rs.vilkar) == 1 {
		return "tiltaket er ikke i kraft på datoen: " + rs.vilkar[0].tekst.ikkeOppfylt
	}
	return "ingen varighetsregel er modellert for datoen"
}

// Varighetsversjoner gir alle varighetsreglene for tiltaket i
// datorekkefølge, hver med tidsrommet den gjelder i for tiltaket (Fra og
// Til), eller en *tiltak.FeltFeil for en ukjent kode.
func Varighetsversjoner(kode tiltak.Kode) ([]Varighet, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	return slices.Clone(t.varigheter), nil
}

// FristType sier hva slags frist en Frist er.
type FristType uint8

// Fristtypene. Nullverdien er ingen type.
const (
	// Gjennomgang: NAV skal vurdere tiltaket (varighet, status og
	// progresjon, tilskuddets størrelse) senest denne dagen.
	Gjennomgang FristType = iota + 1
	// Dokumentasjon: arbeidsgiveren skal dokumentere deltakerens utvikling
	// senest denne dagen (VTAO).
	Dokumentasjon
	// SenesteOppstart: tiltaket skal ha startet senest denne dagen
	// (ungdomsgarantien: åtte uker etter registrering).
	SenesteOppstart
	// Opphor: tiltaket opphører denne dagen (ungdomsgarantien: 30-årsdagen).
	Opphor
	// UnntakSlutt: siste dag av et tidsbegrenset unntak (hospitering i
	// VTA: seks måneder).
	UnntakSlutt
)

var fristtypeNavn = [...]string{"", "gjennomgang", "dokumentasjon", "seneste-oppstart", "opphor", "unntak-slutt"}

// String gir typen som ord, for eksempel "gjennomgang".
func (t FristType) String() string {
	if t != 0 && int(t) < len(fristtypeNavn) {
		return fristtypeNavn[t]
	}
	return "ukjent"
}

// MarshalText gir typen som ord.
func (t FristType) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(fristtypeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "type", Grunn: "ukjent fristtype"}
	}
	return []byte(fristtypeNavn[t]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (t *FristType) UnmarshalText(b []byte) error {
	for i := 1; i < len(fristtypeNavn); i++ {
		if fristtypeNavn[i] == string(b) {
			*t = FristType(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent fristtype"}
}

// fristdel er en gjentakende frist en paragrafversjon setter: hver
// maneder-te måned regnet fra startdagen.
type fristdel struct {
	versjon     *versjon
	gjelder     []tiltak.Kode
	maneder     int
	typ         FristType
	ledd        int
	beskrivelse string
}

// Fristregel er en gjentakende frist en paragrafversjon setter for et
// tiltak: hver Maneder-te måned regnet fra startdagen.
type Fristregel struct {
	Maneder     int
	Type        FristType
	Hjemmel     tiltak.Hjemmel
	Beskrivelse string
	Fra, Til    tiltak.Dato // datoene fristen kan falle på; Til null = åpen
	Praksis     bool
	Uverifisert bool
}

// Fristregler gir de gjentakende fristene for tiltaket fra alle versjonene
// av paragrafene som setter frister for det, i datorekkefølge. Hver frist
// gjelder for datoer fristen faller på mellom Fra og Til.
func Fristregler(kode tiltak.Kode) ([]Fristregel, error) {
	return AppendFristregler(nil, kode)
}

// AppendFristregler er Fristregler som legger fristene til dst og gir den
// utvidede skiven (dst uendret ved feil). Den allokerer ikke når dst har
// plass.
func AppendFristregler(dst []Fristregel, kode tiltak.Kode) ([]Fristregel, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return dst, err
	}
	for _, p := range t.def.frister {
		for _, v := range p.versjoner {
			if v.opphevet {
				continue
			}
			for _, fd := range v.frister {
				if len(fd.gjelder) > 0 && !inneholder(fd.gjelder, kode) {
					continue
				}
				h := v.hjemmel()
				if fd.ledd > 0 {
					h.Ledd = fd.ledd
				}
				dst = append(dst, Fristregel{Maneder: fd.maneder, Type: fd.typ, Hjemmel: h, Beskrivelse: fd.beskrivelse,
					Fra: v.fra, Til: v.til, Praksis: h.ErPraksis(), Uverifisert: v.bevis.Uverifisert()})
			}
		}
	}
	return dst, nil
}
