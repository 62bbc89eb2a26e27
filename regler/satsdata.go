package regler

import (
	"encoding/json"
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Satser i lovlaget: det en paragrafversjon sier om hvor mye som betales.
// Pakken tilskudd regner med det (satsplaner, lønnskostnad, refusjon,
// tilskuddsperioder); prosentene, trinnene og takene står bare her. Beløp
// departementet fastsetter (G, månedssatser, maksimalsatser) står ikke i
// forskriften og ligger i tilskudd sine satstabeller.

// Satstype sier hva slags tilskudd en paragrafversjon fastsetter.
type Satstype uint8

// Satstypene. Nullverdien er ingen type.
const (
	// FastProsent: tilskuddet er en fast prosent av refusjonsgrunnlaget,
	// eventuelt trappet ned etter en tid (midlertidig lønnstilskudd fra
	// 2019, sommerjobb, fireårig lønnstilskudd).
	FastProsent Satstype = iota + 1
	// MaksProsent: prosenten avtales, men kan ikke overstige maksimum for
	// perioden (midlertidig lønnstilskudd 2016–2019, varig lønnstilskudd,
	// bedriftsintern opplæring).
	MaksProsent
	// Timelonn: tilskuddet tilsvarer mentorens ordinære timelønn for avtalte
	// timer, med de kostnadene paragrafen nevner (mentor).
	Timelonn
	// Manedssats: en fast månedlig sats per plass eller deltaker som
	// departementet fastsetter (AFT, VTA, VTA i ordinær virksomhet).
	Manedssats
	// FaktiskeUtgifter: faktiske, dokumenterte utgifter opp til en
	// maksimalsats departementet fastsetter (inkluderingstilskudd,
	// opplæring, funksjonsassistanse).
	FaktiskeUtgifter
)

var satstypeNavn = [...]string{"", "fast-prosent", "maks-prosent", "timelonn", "manedssats", "faktiske-utgifter"}

// String gir typen som ord, for eksempel "fast-prosent".
func (t Satstype) String() string {
	if t != 0 && int(t) < len(satstypeNavn) {
		return satstypeNavn[t]
	}
	return "ukjent"
}

// MarshalText gir typen som ord.
func (t Satstype) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(satstypeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "type", Grunn: "ukjent satstype"}
	}
	return []byte(satstypeNavn[t]), nil
}

// prosenttrinn er prosenten fra og med start + fra.
type prosenttrinn struct {
	fra     tiltak.Lengde
	prosent int64
}

// satsvariant er trinnene som gjelder når vilkaret er oppfylt (nil: ellers).
type satsvariant struct {
	vilkar *Vilkar
	trinn  []prosenttrinn
}

// Kostnader sier hvilke kostnader et lønnsbasert tilskudd regnes av
// (refusjonsgrunnlaget eller lønnsutgiftene paragrafen nevner).
type Kostnader struct {
	Lonn               bool `json:"lonn"`
	Feriepenger        bool `json:"feriepenger"`
	Arbeidsgiveravgift bool `json:"arbeidsgiveravgift"`
	OTP                bool `json:"otp"`
	// FeriepengerOgOTPNarAnsatt: feriepenger og OTP dekkes bare når den
	// som får lønnen (mentoren) er ansatt hos tiltaksarrangøren.
	FeriepengerOgOTPNarAnsatt bool `json:"feriepenger_og_otp_nar_ansatt,omitempty"`
	// UtenVariableTillegg: overtidsbetaling og andre variable tillegg er
	// ikke med (bare lønn for arbeid i normalarbeidstiden og tillegg etter
	// tjenesteplan).
	UtenVariableTillegg bool `json:"uten_variable_tillegg,omitempty"`
}

// grunnlagsdel er refusjonsgrunnlaget en paragrafversjon definerer: hva
// grunnlaget består av (ledd) og hva som regnes som lønn (lonnLedd: timelønn
// eller månedslønn i normalarbeidstiden med tillegg etter tjenesteplan, uten
// overtid og variable tillegg).
type grunnlagsdel struct {
	kostnader      Kostnader
	ledd, lonnLedd int
}

// Refusjonsgrunnlagsregel er refusjonsgrunnlaget et lønnstilskudd regnes
// av, med leddene som sier det.
type Refusjonsgrunnlagsregel struct {
	Kostnader Kostnader `json:"kostnader"`
	// Hjemmel er leddet som sier hva refusjonsgrunnlaget består av.
	Hjemmel tiltak.Hjemmel `json:"hjemmel"`
	// Lonnsbegrep er leddet som sier hva som er lønn (uten overtid og
	// variable tillegg); pakken tilskudd siterer det når den vurderer
	// inntektslinjer.
	Lonnsbegrep tiltak.Hjemmel `json:"lonnsbegrep"`
	Uverifisert bool           `json:"uverifisert,omitempty"`
}

// satsdel er én satsregel i en paragrafversjon.
type satsdel struct {
	versjon   *versjon
	gjelder   []tiltak.Kode
	ledd      int
	typ       Satstype
	varianter []satsvariant
	gTak      int64 // refusjonen kan ikke overstige gTak × G per år; 0 = ingen
	gTakLedd  int   // leddet som sier det (0: samme ledd som satsen)
	kostnader Kostnader
	dekker    []string // kostnadstypene (FaktiskeUtgifter), med våre ord
	merknad   string
}

func (d *satsdel) kobleTil(v *versjon) {
	d.versjon = v
	for i := range d.varianter {
		if d.varianter[i].vilkar != nil {
			d.varianter[i].vilkar.kobleTil(v)
		}
	}
}

func (d *satsdel) gjelderFor(k tiltak.Kode) bool {
	return len(d.gjelder) == 0 || inneholder(d.gjelder, k)
}

// Sats er satsregelen et tiltak har etter én paragrafversjon: en verdi som
// peker på bibliotekets faste data, lest med metodene.
type Sats struct {
	d        *satsdel
	kode     tiltak.Kode
	fra, til tiltak.Dato
	// g er versjonen som definerer refusjonsgrunnlaget (nil når satsen
	// ikke regnes av et refusjonsgrunnlag).
	g *versjon
}

// tomSatsdel er det nullverdien av Sats leser; den endres aldri.
var tomSatsdel = satsdel{versjon: &tomVersjon}

// del gir satsdelen, eller tomSatsdel for nullverdien.
func (s Sats) del() *satsdel {
	if s.d == nil {
		return &tomSatsdel
	}
	return s.d
}

// Grunnlag gir refusjonsgrunnlaget satsen regnes av, med hjemmel, og false
// når satsen ikke regnes av et refusjonsgrunnlag (mentor, månedssatser,
// faktiske utgifter).
func (s Sats) Grunnlag() (Refusjonsgrunnlagsregel, bool) {
	if s.g == nil {
		return Refusjonsgrunnlagsregel{}, false
	}
	g := s.g.grunnlag
	h, l := s.g.hjemmel(), s.g.hjemmel()
	h.Ledd, l.Ledd = g.ledd, g.lonnLedd
	return Refusjonsgrunnlagsregel{Kostnader: g.kostnader, Hjemmel: h, Lonnsbegrep: l, Uverifisert: s.g.bevis.Uverifisert()}, true
}

// Fra gir første startdag regelen gjelder for tiltaket (se Varighet.Fra).
func (s Sats) Fra() tiltak.Dato { return s.fra }

// Til gir siste startdag regelen gjelder for tiltaket; null betyr at den
// gjelder fortsatt (se Varighet.Til).
func (s Sats) Til() tiltak.Dato { return s.til }

// IsZero sier om verdien er tom (ingen regel).
func (s Sats) IsZero() bool { return s.d == nil }

// Tiltak gir tiltaket regelen gjelder.
func (s Sats) Tiltak() tiltak.Kode { return s.kode }

// ID gir id-en til paragrafversjonen regelen står i.
func (s Sats) ID() string { return s.del().versjon.id }

// Hjemmel gir bestemmelsen regelen bygger på.
func (s Sats) Hjemmel() tiltak.Hjemmel {
	h := s.del().versjon.hjemmel()
	if s.del().ledd > 0 {
		h.Ledd = s.del().ledd
	}
	return h
}

// Versjon gir paragrafversjonen regelen står i.
func (s Sats) Versjon() Paragrafversjon { return Paragrafversjon{s.del().versjon} }

// Type gir hva slags tilskudd det er.
func (s Sats) Type() Satstype { return s.del().typ }

// Kostnader gir hvilke kostnader tilskuddet regnes av: refusjonsgrunnlaget
// (se Grunnlag) eller kostnadene satsparagrafen selv nevner (mentor).
func (s Sats) Kostnader() Kostnader {
	if s.g != nil {
		return s.g.grunnlag.kostnader
	}
	return s.del().kostnader
}

// GTak gir hvor mange G refusjonen høyst kan utgjøre per år (0: ikke noe tak).
func (s Sats) GTak() int64 { return s.del().gTak }

// GTakHjemmel gir leddet som setter G-taket (for eksempel
// tiltaksforskriften § 10-7 andre ledd, eller § 7 andre ledd i forskriften
// om fireårig lønnstilskudd), eller en tom hjemmel når satsen ikke har noe
// tak.
func (s Sats) GTakHjemmel() tiltak.Hjemmel {
	if s.del().gTak == 0 {
		return tiltak.Hjemmel{}
	}
	h := s.Hjemmel()
	if s.del().gTakLedd > 0 {
		h.Ledd = s.del().gTakLedd
	}
	return h
}

// Dekker gir kostnadstypene et tilskudd av faktiske utgifter dekker, med
// bibliotekets ord (en ny skive).
func (s Sats) Dekker() []string { return append([]string(nil), s.del().dekker...) }

// Uverifisert sier om regelen bygger på avledet tekst eller sekundærkilder.
func (s Sats) Uverifisert() bool { return s.del().versjon.bevis.Uverifisert() }

// Merknad forklarer valg og usikkerhet, på norsk.
func (s Sats) Merknad() string { return s.del().merknad }

// AntallVarianter gir antall varianter (for eksempel ved nedsatt
// arbeidsevne og ellers).
func (s Sats) AntallVarianter() int { return len(s.del().varianter) }

// Prosenttrinn er prosenten som gjelder fra og med start + Fra (null: fra
// start). Prosenten er i hele prosent (40 = 40 %); for MaksProsent er den
// høyeste tillatte prosenten.
type Prosenttrinn struct {
	Fra     tiltak.Lengde `json:"fra,omitzero"`
	Prosent int64         `json:"prosent"`
}

// Satsvariant er trinnene som gjelder når Vilkar er oppfylt (nil: i alle
// andre tilfeller).
type Satsvariant struct {
	Vilkar *Vilkar        `json:"-"`
	Trinn  []Prosenttrinn `json:"trinn"`
}

// Variant gir variant nummer i; Trinn er en ny skive. Utenfor området gis
// en tom variant.
func (s Sats) Variant(i int) Satsvariant {
	if i < 0 || i >= len(s.del().varianter) {
		return Satsvariant{}
	}
	v := s.del().varianter[i]
	ut := Satsvariant{Vilkar: v.vilkar, Trinn: make([]Prosenttrinn, len(v.trinn))}
	for j, t := range v.trinn {
		ut.Trinn[j] = Prosenttrinn{Fra: t.fra, Prosent: t.prosent}
	}
	return ut
}

// VelgVariant vurderer variantenes vilkår for faktaene på datoen og gir
// nummeret på varianten som gjelder, med sporpunktet for vilkåret som
// avgjorde (tomt for standardvarianten). Er et vilkår må vurderes før en
// variant er valgt, gis -1 og sporpunktet: satsen kan ikke avgjøres.
func (s Sats) VelgVariant(f *tiltak.Fakta, dato tiltak.Dato) (int, Sporpunkt) {
	for i, v := range s.del().varianter {
		if v.vilkar == nil {
			return i, Sporpunkt{}
		}
		p := v.vilkar.Evaluer(f, dato)
		switch p.Utfall() {
		case Oppfylt:
			return i, p
		case MaVurderes:
			return -1, p
		}
	}
	return -1, Sporpunkt{}
}

// MarshalJSON gir regelen som JSON-objekt.
func (s Sats) MarshalJSON() ([]byte, error) {
	if s.d == nil {
		return []byte("null"), nil
	}
	type variantJSON struct {
		VilkarID string         `json:"vilkar_id,omitempty"`
		Trinn    []Prosenttrinn `json:"trinn"`
	}
	j := struct {
		ID          string         `json:"id"`
		Tiltak      tiltak.Kode    `json:"tiltak"`
		Hjemmel     tiltak.Hjemmel `json:"hjemmel"`
		Type        Satstype       `json:"type"`
		Varianter   []variantJSON  `json:"varianter,omitempty"`
		GTak        int64          `json:"g_tak,omitempty"`
		Kostnader   Kostnader      `json:"kostnader"`
		Dekker      []string       `json:"dekker,omitempty"`
		Uverifisert bool           `json:"uverifisert,omitempty"`
		Merknad     string         `json:"merknad,omitempty"`
	}{ID: s.ID(), Tiltak: s.kode, Hjemmel: s.Hjemmel(), Type: s.d.typ, GTak: s.d.gTak, Kostnader: s.d.kostnader,
		Dekker: s.d.dekker, Uverifisert: s.Uverifisert(), Merknad: s.d.merknad}
	for i := range s.d.varianter {
		v := s.Variant(i)
		vj := variantJSON{Trinn: v.Trinn}
		if v.Vilkar != nil {
			vj.VilkarID = v.Vilkar.id
		}
		j.Varianter = append(j.Varianter, vj)
	}
	return json.Marshal(j)
}

// SatsFor gir satsregelen for tiltaket for en avtale som starter på datoen
// start: regelen i versjonen av tiltakets satsparagraf som gjelder den
// dagen. Feil som VarighetFor.
func SatsFor(kode tiltak.Kode, start tiltak.Dato) (Sats, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return Sats{}, err
	}
	if start.IsZero() {
		return Sats{}, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigDato}
	}
	for i := len(t.satser) - 1; i >= 0; i-- {
		s := &t.satser[i]
		if !start.Before(s.fra) {
			if s.til.IsZero() || !start.After(s.til) {
				return *s, nil
			}
			break
		}
	}
	grunn := varighetGrunn(t, start)
	if grunn == "ingen varighetsregel er modellert for datoen" {
		grunn = "tiltaket har ingen satsregel på datoen"
	}
	return Sats{}, &IkkeModellertFeil{Tiltak: kode, Dato: start, Fra: t.def.modellertFra, Grunn: grunn}
}

// satsPa gir satsregelen for tiltaket på datoen, eller nil.
func satsPa(def *tiltaksdef, d tiltak.Dato) *satsdel {
	if !def.modellertFra.IsZero() && d.Before(def.modellertFra) {
		return nil
	}
	dv := definerende(def, d)
	for _, p := range def.sats {
		v := p.pa(d)
		if v == nil || v.opphevet || !gjelderKapittel(dv, p) {
			continue
		}
		for _, sd := range v.sats {
			if sd.gjelderFor(def.kode) {
				return sd
			}
		}
	}
	return nil
}

// avledSatser lager tiltakets satsregler med tidsrommene de gjelder i, og
// finner refusjonsgrunnlaget hver regel regnes av: i satsens egen
// paragrafversjon eller i en annen paragraf i tiltakets satsliste som
// gjelder samme dag.
func avledSatser(def *tiltaksdef) []Sats {
	var ut []Sats
	for _, p := range avledPerioder(def, def.sats, satsPa) {
		s := Sats{d: p.v, kode: def.kode, fra: p.fra, til: p.til}
		if p.v.versjon.grunnlag != nil {
			s.g = p.v.versjon
		} else if p.v.typ == FastProsent || p.v.typ == MaksProsent {
			for _, par := range def.sats {
				if v := par.pa(p.fra); v != nil && v.grunnlag != nil {
					s.g = v
					break
				}
			}
			if s.g == nil {
				panic("regler: " + string(def.kode) + " har en prosentsats uten refusjonsgrunnlag fra " + p.fra.String())
			}
		}
		ut = append(ut, s)
	}
	return ut
}

// Satsversjoner gir alle satsreglene for tiltaket i datorekkefølge, hver
// med tidsrommet den gjelder i for tiltaket (Fra og Til), eller en
// *tiltak.FeltFeil for en ukjent kode.
func Satsversjoner(kode tiltak.Kode) ([]Sats, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	return slices.Clone(t.satser), nil
}
