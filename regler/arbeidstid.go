package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// arbeidstidsdel er en grense for hvor stor andel av arbeidstiden en
// deltaker i varig tilrettelagt arbeid kan ha i ordinær virksomhet.
type arbeidstidsdel struct {
	versjon *versjon
	// prosent er andelen grensen går ved (0: teksten setter ingen andel).
	prosent int64
	// minst er sann når andelen er brutt allerede ved prosent (60 % eller
	// mer); ellers er den brutt først over prosent (mer enn 50 %).
	minst bool
	// vinduUker er perioden andelen regnes over (0: hver uke for seg).
	vinduUker int
	// lengde er unntaket (hospitering: inntil seks måneder) eller hvor lenge
	// andelen kan vare før grensen er brutt (60 %: mer enn seks måneder).
	lengde tiltak.Lengde
	ledd   int
}

// Arbeidstidsgrense er en grense for andelen av arbeidstiden en deltaker i
// varig tilrettelagt arbeid har i ordinær virksomhet, slik én
// paragrafversjon eller praksiskilde setter den. Pakken varighet vurderer
// registrerte uker mot den.
type Arbeidstidsgrense struct {
	// ID er id-en til paragrafversjonen grensen står i.
	ID      string         `json:"id"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel"`
	// Fra og Til er datoene versjonen gjelder; Til null betyr åpen.
	Fra tiltak.Dato `json:"fra,omitzero"`
	Til tiltak.Dato `json:"til,omitzero"`
	// Prosent er andelen av avtalt arbeidstid grensen går ved; 0 betyr at
	// versjonen ikke setter noen andel (2016-teksten av § 14-10 ga bare
	// permisjon i inntil seks måneder).
	Prosent int64 `json:"prosent,omitempty"`
	// Minst er sann når grensen er nådd ved Prosent (60 % eller mer), og
	// usann når den først er brutt over Prosent (mer enn 50 %).
	Minst bool `json:"minst,omitempty"`
	// VinduUker er perioden andelen regnes over (hospitering: åtte uker),
	// eller 0 når hver uke vurderes for seg.
	VinduUker int `json:"vindu_uker,omitempty"`
	// Lengde er unntaket fra grensen (hospitering: inntil seks måneder når
	// fast ansettelse vurderes; i 2016-teksten permisjonen) eller hvor lenge
	// andelen kan vare før grensen er brutt (60 %: mer enn seks måneder).
	Lengde      tiltak.Lengde `json:"lengde,omitzero"`
	Praksis     bool          `json:"praksis,omitempty"`
	Uverifisert bool          `json:"uverifisert,omitempty"`
}

func arbeidstidsgrense(v *versjon) Arbeidstidsgrense {
	a := v.arbeidstid
	h := v.hjemmel()
	if a.ledd > 0 {
		h.Ledd = a.ledd
	}
	return Arbeidstidsgrense{ID: v.id, Hjemmel: h, Fra: v.fra, Til: v.til, Prosent: a.prosent, Minst: a.minst,
		VinduUker: a.vinduUker, Lengde: a.lengde, Praksis: h.ErPraksis(), Uverifisert: v.bevis.Uverifisert()}
}

// Hospitering gir hospiteringsregelen i tiltaksforskriften § 14-10 som
// gjelder på datoen d. Feil: en *tiltak.FeltFeil når d mangler, og en
// *IkkeModellertFeil (ErrIkkeModellert) før paragrafen gjaldt.
func Hospitering(d tiltak.Dato) (Arbeidstidsgrense, error) {
	if d.IsZero() {
		return Arbeidstidsgrense{}, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigDato}
	}
	v := tf1410.pa(d)
	if v == nil || v.arbeidstid == nil {
		return Arbeidstidsgrense{}, &IkkeModellertFeil{Tiltak: tiltak.VTA, Dato: d, Fra: tf1410.versjoner[0].fra,
			Grunn: "hospiteringsregelen (tiltaksforskriften § 14-10) gjelder fra " + tf1410.versjoner[0].fra.String()}
	}
	return arbeidstidsgrense(v), nil
}

// Hospiteringsversjoner gir alle versjonene av hospiteringsregelen i
// § 14-10, eldste først.
func Hospiteringsversjoner() []Arbeidstidsgrense {
	var ut []Arbeidstidsgrense
	for _, v := range tf1410.versjoner {
		if v.arbeidstid != nil {
			ut = append(ut, arbeidstidsgrense(v))
		}
	}
	return ut
}

// VTASekstiprosent gir praksisen i veiledningen «Aktører og tiltak» (seed
// 004): arbeider en VTA-deltaker 60 % eller mer av arbeidstiden i ordinære
// virksomheter i mer enn seks måneder, mister deltakeren i prinsippet
// plassen. Kilden er udatert; grensen gjelder for alle datoer modellen
// dekker.
func VTASekstiprosent() Arbeidstidsgrense {
	return arbeidstidsgrense(seed004VTA60.versjoner[0])
}
