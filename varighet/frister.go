package varighet

import (
	"slices"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// FristType sier hva slags frist en Frist er (regler.FristType).
type FristType = regler.FristType

// Fristtypene.
const (
	Gjennomgang     = regler.Gjennomgang     // NAV skal vurdere tiltaket senest denne dagen
	Dokumentasjon   = regler.Dokumentasjon   // arbeidsgiveren skal dokumentere utviklingen (VTAO)
	SenesteOppstart = regler.SenesteOppstart // tiltaket skal ha startet senest denne dagen
	Opphor          = regler.Opphor          // tiltaket opphører denne dagen
	UnntakSlutt     = regler.UnntakSlutt     // siste dag av et tidsbegrenset unntak
)

// Frist er en dato en saksbehandler kan legge i en kalender.
type Frist struct {
	// Dato er fristen. Nullverdien betyr at den ikke kan regnes ut fordi
	// fakta mangler (se Mangler).
	Dato        tiltak.Dato      `json:"dato,omitzero"`
	Type        FristType        `json:"type"`              // hva slags frist
	Beskrivelse string           `json:"beskrivelse"`       // hva som skal skje, på norsk
	Hjemmel     tiltak.Hjemmel   `json:"hjemmel"`           // bestemmelsen eller praksisen fristen bygger på
	Praksis     bool             `json:"praksis,omitempty"` // fristen er praksis, ikke forskrift
	Mangler     tiltak.Faktasett `json:"mangler,omitempty"` // fakta som mangler for å regne ut datoen
}

// Frister gir fristene for en deltakelse i tiltaket kode i perioden:
// gjennomganger hver tredje eller sjette måned og årlig dokumentasjon regnet
// fra startdagen (start + N·k måneder med klemming, til og med periodens
// siste dag), og for ungdomsgarantien seneste oppstart (registrering + åtte
// uker) og opphør (30-årsdagen). Hver frist har sin hjemmel etter datoen den
// faller på. En frist som trenger et faktum som mangler, har Dato lik
// nullverdien og navngir faktumet i Mangler. Tiltak uten frister gir en tom
// liste.
//
// Feil: en *tiltak.FeltFeil for ukjent kode, ugyldig periode eller ugyldige
// fakta, og en *IkkeModellertFeil når ingen varighetsregel er modellert for
// startdatoen.
func Frister(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode) ([]Frist, error) {
	if f == nil {
		f = &ingenFakta
	}
	if err := kode.Valider(); err != nil {
		return nil, err
	}
	if err := periode.Valider(); err != nil {
		return nil, err
	}
	if err := f.Valider(); err != nil {
		return nil, err
	}
	r, err := regler.VarighetFor(kode, periode.Fra)
	if err != nil {
		return nil, err
	}
	// Fristreglene leses inn i en buffer på stakken; et tiltak har få.
	var fb [4]regler.Fristregel
	fr, err := regler.AppendFristregler(fb[:0], kode)
	if err != nil {
		return nil, err
	}
	var ut []Frist
	if len(fr) > 0 {
		mnd := (periode.Til.Aar()-periode.Fra.Aar())*12 + int(periode.Til.Maned()) - int(periode.Fra.Maned())
		ut = make([]Frist, 0, mnd/fr[0].Maneder+1)
	}
	if l := r.OppstartFrist(); !l.IsZero() {
		oppstart := Frist{Type: SenesteOppstart, Hjemmel: r.Hjemmel(),
			Beskrivelse: "Tiltaket skal inntre innen " + l.String() + " etter at den unge er registrert hos NAV."}
		if f.RegistrertDato.IsZero() {
			oppstart.Mangler = tiltak.FaktasettAv(tiltak.FaktumRegistrertDato)
		} else {
			oppstart.Dato = f.RegistrertDato.Add(l)
		}
		ut = append(ut, oppstart)
	}
	if r.Type() == Aldersgrense {
		opphor := Frist{Type: Opphor, Hjemmel: r.Hjemmel(), Beskrivelse: "Tiltaket opphører ved fylte " + strconv.Itoa(r.Alder()) + " år."}
		if f.Fodselsdato.IsZero() {
			opphor.Mangler = tiltak.FaktasettAv(tiltak.FaktumFodselsdato)
		} else {
			opphor.Dato = tiltak.FyltAar(f.Fodselsdato, r.Alder())
		}
		ut = append(ut, opphor)
	}
	// Gjentakende frister: hver regel gir datoene den faller på, regnet fra
	// startdagen; versjonene av en frist dekker hver sine datoer.
	for n := 1; ; n++ {
		forbi := true
		for i := range fr {
			d := periode.Fra.AddMonths(n * fr[i].Maneder)
			if d.IsZero() || d.After(periode.Til) {
				continue
			}
			forbi = false
			if d.Before(fr[i].Fra) || (!fr[i].Til.IsZero() && d.After(fr[i].Til)) {
				continue
			}
			ut = append(ut, Frist{Dato: d, Type: fr[i].Type, Beskrivelse: fr[i].Beskrivelse, Hjemmel: fr[i].Hjemmel, Praksis: fr[i].Praksis})
		}
		if forbi {
			break
		}
	}
	sorterFrister(ut)
	return ut, nil
}

// sammenlignFrister sammenligner to frister etter dato; en frist uten dato
// (nullverdien) er lik alle andre.
func sammenlignFrister(a, b *Frist) int {
	if a.Dato.IsZero() || b.Dato.IsZero() {
		return 0
	}
	return a.Dato.Compare(b.Dato)
}

// sorterFrister sorterer fristene stabilt med sammenlignFrister. En liste
// som alt står i rekkefølge og der alle fristene har dato (det vanlige, med
// én fristregel), blir stående uten å sorteres; med en frist uten dato er
// sammenlignFrister ingen streng ordning, så da sorteres det alltid.
func sorterFrister(ut []Frist) {
	for i := range ut {
		if ut[i].Dato.IsZero() || i > 0 && ut[i].Dato.Before(ut[i-1].Dato) {
			slices.SortStableFunc(ut, func(a, b Frist) int { return sammenlignFrister(&a, &b) })
			return
		}
	}
}

// FristHospitering gir siste dag av hospiteringsunntaket for en VTA-deltaker
// som begynner å hospitere i en ordinær virksomhet på start, etter versjonen
// av tiltaksforskriften § 14-10 som gjelder den dagen (regler.Hospitering):
// fra 1. januar 2023 inntil seks måneder med mer enn halvparten av
// arbeidstiden der når fast ansettelse hos vertsvirksomheten vurderes; før
// det permisjon i inntil seks måneder for å hospitere (2016-teksten). Siste
// dag er start + lengden − 1 dag. Datoer før 2016 gir ErrIkkeModellert.
func FristHospitering(start tiltak.Dato) (Frist, error) {
	g, err := regler.Hospitering(start)
	if err != nil {
		return Frist{}, err
	}
	fr := Frist{Dato: start.SisteDag(g.Lengde), Type: UnntakSlutt, Hjemmel: g.Hjemmel, Praksis: g.Praksis}
	if g.Prosent == 0 {
		fr.Beskrivelse = "Siste dag av permisjonen på inntil " + g.Lengde.String() + " for å hospitere i en ordinær virksomhet."
	} else {
		fr.Beskrivelse = "Siste dag av unntaket på inntil " + g.Lengde.String() + " fra grensen på " + strconv.FormatInt(g.Prosent, 10) +
			" % av arbeidstiden, når fast ansettelse hos vertsvirksomheten vurderes."
	}
	return fr, nil
}
