package varighet

import (
	"errors"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// ErrUgyldigArbeidstid er feilen bak en ugyldig arbeidstidsliste: negative
// minutter, mer arbeid i ordinær virksomhet enn avtalt (over 100 %), en uke
// som ikke er sju dager, eller uker i feil rekkefølge eller som overlapper.
// Den konkrete feilen er en *tiltak.FeltFeil som navngir feltet, for
// eksempel «uker[3].ordinaer_minutter».
var ErrUgyldigArbeidstid = errors.New("ugyldig arbeidstid")

// Arbeidsuke er én uke i en VTA-deltakers arbeidstid.
type Arbeidsuke struct {
	// Uke er de sju dagene uka dekker (for eksempel mandag–søndag).
	Uke tiltak.Periode `json:"uke"`
	// AvtaltMinutter er samlet avtalt arbeidstid i uka, i minutter.
	AvtaltMinutter int `json:"avtalt_minutter"`
	// OrdinaerMinutter er den delen av arbeidstiden som er arbeidet i
	// ordinære virksomheter (hospitering, ekstern jobbing), i minutter.
	OrdinaerMinutter int `json:"ordinaer_minutter"`
}

// Arbeidstid er en VTA-deltakers arbeidstid uke for uke, eldste først, uten
// overlapp. Uker kan mangle; en manglende uke bryter en sammenhengende rekke.
type Arbeidstid struct {
	// Uker er ukene, eldste først.
	Uker []Arbeidsuke `json:"uker"`
	// FastAnsettelseVurderes er perioden da fast ansettelse hos
	// vertsvirksomheten vurderes (unntaket i § 14-10), eller nullverdien.
	FastAnsettelseVurderes tiltak.Periode `json:"fast_ansettelse_vurderes,omitzero"`
}

// Grensevurdering er svaret for én grense i VurderArbeidstid.
type Grensevurdering struct {
	// Hjemmel er forskriften eller praksiskilden grensen bygger på.
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"`
	// Praksis er sann når grensen er praksis og ikke forskrift.
	Praksis bool `json:"praksis,omitempty"`
	// Utfall sier om arbeidstiden holder seg innenfor grensen: Oppfylt når
	// minst ett vindu (eller én uke) kunne vurderes og ingen bryter grensen,
	// IkkeOppfylt når grensen er overskredet (fra og med Fra), og MaVurderes
	// når ingenting kunne vurderes etter grensen (Merknad sier hvorfor).
	Utfall regler.Utfall `json:"utfall"`
	// Fra er første dag grensen regnes som overskredet.
	Fra tiltak.Dato `json:"fra,omitzero"`
	// Vindu er perioden som bryter grensen: de åtte ukene for § 14-10, eller
	// rekken av uker med 60 % eller mer for praksisregelen.
	Vindu tiltak.Periode `json:"vindu,omitzero"`
	// OrdinaerMinutter og AvtaltMinutter er summene i Vindu.
	OrdinaerMinutter int `json:"ordinaer_minutter,omitempty"`
	AvtaltMinutter   int `json:"avtalt_minutter,omitempty"`
	// Unntak er dagene som var unntatt etter seksmånedersunntaket i § 14-10.
	Unntak tiltak.Periode `json:"unntak,omitzero"`
	// Merknad forklarer hvorfor noe ikke kunne vurderes, på norsk.
	Merknad string `json:"merknad,omitempty"`
}

// Arbeidstidsvurdering er svaret fra VurderArbeidstid.
type Arbeidstidsvurdering struct {
	// Hospitering er grensen i tiltaksforskriften § 14-10 (forskrift, fra
	// 1. januar 2023): høyst 50 % av samlet avtalt arbeidstid i ordinær
	// virksomhet over en hvilken som helst periode på åtte uker.
	Hospitering Grensevurdering `json:"hospitering"`
	// Sekstiprosent er praksisen i veiledningen «Aktører og tiltak» (seed
	// 004): arbeider deltakeren 60 % eller mer av arbeidstiden i ordinære
	// virksomheter i mer enn seks måneder, mister deltakeren i prinsippet
	// VTA-plassen og arrangøren VTA-tilskuddet.
	Sekstiprosent Grensevurdering `json:"sekstiprosent"`
}

const minutterPerUke = 7 * 24 * 60

// VurderArbeidstid sier om og fra når en VTA-deltakers arbeid i ordinære
// virksomheter bryter (a) hospiteringsgrensen i tiltaksforskriften § 14-10
// og (b) 60-prosentpraksisen i veiledningen «Aktører og tiltak».
//
// (a) Forskrift, fra 1. januar 2023: andelen i ordinær virksomhet summert
// over åtte sammenhengende registrerte uker må ikke være over 50 %
// (nøyaktig 50 % er lov). Bare hele vinduer på åtte uker som alle starter
// 1. januar 2023 eller senere vurderes. Uker som ligger helt innenfor
// unntaket (perioden fast ansettelse vurderes, høyst seks måneder fra dens
// første dag) er unntatt og bryter rekken. Fra er siste dag i det første
// vinduet over grensen. Før 2023 ga 2016-teksten permisjon i inntil seks
// måneder (se FristHospitering); den er ikke en prosentgrense.
//
// (b) Praksis: en rekke sammenhengende uker der andelen er 60 % eller mer
// (uker uten avtalt arbeidstid bryter ikke rekken, men starter den heller
// ikke). Grensen er overskredet når rekken varer mer enn seks måneder; Fra
// er rekkens første dag + seks måneder, den første dagen etter seks
// måneder.
//
// Feil: en *tiltak.FeltFeil som pakker ErrUgyldigArbeidstid (eller
// tiltak.ErrUgyldigPeriode for en periode uten datoer) og navngir feltet.
func VurderArbeidstid(a Arbeidstid) (Arbeidstidsvurdering, error) {
	if err := validerArbeidstid(&a); err != nil {
		return Arbeidstidsvurdering{}, err
	}
	// Prosentgrensen i § 14-10 er versjonen som setter en andel (fra 2023);
	// uker før den trådte i kraft vurderes ikke.
	var hosp regler.Arbeidstidsgrense
	for _, g := range regler.Hospiteringsversjoner() {
		if g.Prosent > 0 {
			hosp = g
		}
	}
	seksti := regler.VTASekstiprosent()
	v := Arbeidstidsvurdering{
		Hospitering:   Grensevurdering{Hjemmel: hosp.Hjemmel, Praksis: hosp.Praksis, Utfall: regler.MaVurderes},
		Sekstiprosent: Grensevurdering{Hjemmel: seksti.Hjemmel, Praksis: seksti.Praksis, Utfall: regler.MaVurderes},
	}
	unntak := unntaksperiode(a.FastAnsettelseVurderes, hosp.Lengde)
	v.Hospitering.Unntak = unntak
	vurderHospitering(a.Uker, unntak, &hosp, &v.Hospitering)
	vurderSekstiprosent(a.Uker, &seksti, &v.Sekstiprosent)
	return v, nil
}

func validerArbeidstid(a *Arbeidstid) error {
	ff := func(felt, verdi, grunn string) error {
		return &tiltak.FeltFeil{Felt: felt, Verdi: verdi, Grunn: grunn, Err: ErrUgyldigArbeidstid}
	}
	for i, u := range a.Uker {
		pre := "uker[" + strconv.Itoa(i) + "]."
		if err := u.Uke.Valider(); err != nil {
			return tiltak.MedPrefiks(err, pre+"uke.")
		}
		if u.Uke.Dager() != 7 {
			return ff(pre+"uke", u.Uke.String(), "en uke må være sju dager")
		}
		if i > 0 && !u.Uke.Fra.After(a.Uker[i-1].Uke.Til) {
			return ff(pre+"uke.fra", u.Uke.Fra.String(), "uka overlapper eller kommer før forrige uke")
		}
		if u.AvtaltMinutter < 0 {
			return ff(pre+"avtalt_minutter", strconv.Itoa(u.AvtaltMinutter), "kan ikke være negativ")
		}
		if u.AvtaltMinutter > minutterPerUke {
			return ff(pre+"avtalt_minutter", strconv.Itoa(u.AvtaltMinutter), "er mer enn en uke har minutter")
		}
		if u.OrdinaerMinutter < 0 {
			return ff(pre+"ordinaer_minutter", strconv.Itoa(u.OrdinaerMinutter), "kan ikke være negativ")
		}
		if u.OrdinaerMinutter > u.AvtaltMinutter {
			return ff(pre+"ordinaer_minutter", strconv.Itoa(u.OrdinaerMinutter), "er mer enn avtalt arbeidstid (over 100 %)")
		}
	}
	if p := a.FastAnsettelseVurderes; !p.IsZero() {
		if err := p.Valider(); err != nil {
			return tiltak.MedPrefiks(err, "fast_ansettelse_vurderes.")
		}
	}
	return nil
}

// unntaksperiode gir dagene unntaket dekker: fra periodens første dag,
// høyst lengden (seks måneder: start + 6 måneder − 1 dag).
func unntaksperiode(p tiltak.Periode, lengde tiltak.Lengde) tiltak.Periode {
	if p.IsZero() {
		return p
	}
	if sist := p.Fra.SisteDag(lengde); !sist.IsZero() && sist.Before(p.Til) {
		p.Til = sist
	}
	return p
}

func vurderHospitering(uker []Arbeidsuke, unntak tiltak.Periode, grense *regler.Arbeidstidsgrense, g *Grensevurdering) {
	vinduUker := grense.VinduUker
	rekke := 0 // antall sammenhengende vurderbare uker som slutter i uke i
	for i, u := range uker {
		vurderbar := !u.Uke.Fra.Before(grense.Fra) &&
			!(!unntak.IsZero() && !u.Uke.Fra.Before(unntak.Fra) && !u.Uke.Til.After(unntak.Til))
		switch {
		case !vurderbar:
			rekke = 0
			continue
		case rekke > 0 && u.Uke.Fra == uker[i-1].Uke.Til.AddDays(1):
			rekke++
		default:
			rekke = 1
		}
		if rekke < vinduUker {
			continue
		}
		g.Utfall = regler.Oppfylt
		ord, avt := 0, 0
		for j := i - vinduUker + 1; j <= i; j++ {
			ord += uker[j].OrdinaerMinutter
			avt += uker[j].AvtaltMinutter
		}
		if over(ord, avt, grense) {
			g.Utfall = regler.IkkeOppfylt
			g.Fra = u.Uke.Til
			g.Vindu = tiltak.Periode{Fra: uker[i-vinduUker+1].Uke.Fra, Til: u.Uke.Til}
			g.OrdinaerMinutter, g.AvtaltMinutter = ord, avt
			return
		}
	}
	if g.Utfall == regler.MaVurderes {
		g.Merknad = "Ingen hele vinduer på " + strconv.Itoa(vinduUker) + " sammenhengende uker fra " + grense.Fra.String() + " utenfor unntaket."
	}
}

// over sier om ord minutter av avt er over grensen: minst Prosent når
// grense.Minst er sann, ellers mer enn Prosent.
func over(ord, avt int, grense *regler.Arbeidstidsgrense) bool {
	if avt <= 0 {
		return false
	}
	a, b := int64(100)*int64(ord), grense.Prosent*int64(avt)
	if grense.Minst {
		return a >= b
	}
	return a > b
}

func vurderSekstiprosent(uker []Arbeidsuke, grense *regler.Arbeidstidsgrense, g *Grensevurdering) {
	var start tiltak.Dato // første dag i rekken, eller null
	ord, avt := 0, 0
	for i, u := range uker {
		over := over(u.OrdinaerMinutter, u.AvtaltMinutter, grense)
		noytral := u.AvtaltMinutter == 0
		sammenhengende := i > 0 && u.Uke.Fra == uker[i-1].Uke.Til.AddDays(1)
		if !start.IsZero() && (!sammenhengende || !(over || noytral)) {
			start, ord, avt = tiltak.Dato{}, 0, 0
		}
		if start.IsZero() {
			if !over {
				continue
			}
			start = u.Uke.Fra
		}
		g.Utfall = regler.Oppfylt
		ord += u.OrdinaerMinutter
		avt += u.AvtaltMinutter
		if grensedag := start.Add(grense.Lengde); !grensedag.IsZero() && !u.Uke.Til.Before(grensedag) {
			g.Utfall = regler.IkkeOppfylt
			g.Fra = grensedag
			g.Vindu = tiltak.Periode{Fra: start, Til: u.Uke.Til}
			g.OrdinaerMinutter, g.AvtaltMinutter = ord, avt
			return
		}
	}
	if len(uker) > 0 {
		g.Utfall = regler.Oppfylt
	} else {
		g.Merknad = "Ingen uker å vurdere."
	}
}
