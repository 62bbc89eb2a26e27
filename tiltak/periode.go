package tiltak

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Periode er en sammenhengende periode av hele dager der både første og
// siste dag er med (inklusiv i begge ender), som i NAVs vedtak og avtaler.
// En gyldig periode har Fra ≤ Til og begge datoer satt; lag den med
// NyPeriode, eller sjekk en periode bygd som literal med Valider.
type Periode struct {
	Fra Dato `json:"fra"` // første dag
	Til Dato `json:"til"` // siste dag, inklusiv
}

// ErrUgyldigPeriode er feilen bak en periode som mangler en dato eller slutter
// før den starter. Den konkrete feilen er en *FeltFeil.
var ErrUgyldigPeriode = errors.New("ugyldig periode")

// NyPeriode gir perioden fra og med fra til og med til. Den gir en feil som
// navngir feltet når en dato mangler eller til er før fra.
func NyPeriode(fra, til Dato) (Periode, error) {
	p := Periode{Fra: fra, Til: til}
	return p, p.Valider()
}

// Valider sjekker at begge datoer er satt og at Fra ≤ Til. Feilen er en
// *FeltFeil (felt "fra" eller "til") som pakker ErrUgyldigPeriode.
func (p Periode) Valider() error {
	switch {
	case p.Fra.IsZero():
		return &FeltFeil{Felt: "fra", Grunn: "mangler", Err: ErrUgyldigPeriode}
	case p.Til.IsZero():
		return &FeltFeil{Felt: "til", Grunn: "mangler", Err: ErrUgyldigPeriode}
	case p.Til.Before(p.Fra):
		return &FeltFeil{Felt: "til", Verdi: p.Til.String(), Grunn: "er før fra-datoen " + p.Fra.String(), Err: ErrUgyldigPeriode}
	}
	return nil
}

// IsZero sier om p er nullverdien.
func (p Periode) IsZero() bool { return p == Periode{} }

// Dager gir antall dager i perioden, begge ender med (1 for en periode på én
// dag). En ugyldig periode gir 0.
func (p Periode) Dager() int {
	if p.Fra.IsZero() || p.Til.Before(p.Fra) {
		return 0
	}
	return p.Fra.DagerTil(p.Til) + 1
}

// Inneholder sier om d ligger i perioden.
func (p Periode) Inneholder(d Dato) bool {
	return !d.IsZero() && !d.Before(p.Fra) && !d.After(p.Til)
}

// Overlapper sier om p og q har minst én dag felles.
func (p Periode) Overlapper(q Periode) bool {
	return !p.Til.Before(q.Fra) && !q.Til.Before(p.Fra)
}

// Snitt gir dagene p og q har felles, og false når de ikke overlapper.
func (p Periode) Snitt(q Periode) (Periode, bool) {
	if !p.Overlapper(q) {
		return Periode{}, false
	}
	s := p
	if q.Fra.After(s.Fra) {
		s.Fra = q.Fra
	}
	if q.Til.Before(s.Til) {
		s.Til = q.Til
	}
	return s, true
}

// ErHelManed sier om perioden er nøyaktig én hel kalendermåned (fra den
// første til den siste dagen i måneden).
func (p Periode) ErHelManed() bool {
	return !p.Fra.IsZero() && p.Fra.Dag() == 1 && p.Til == p.Fra.SisteIManed()
}

// SplittPerManed deler perioden i én delperiode per kalendermåned: den første
// fra Fra, den siste til Til og de mellom som hele måneder. En ugyldig
// periode gir nil.
func (p Periode) SplittPerManed() []Periode {
	return p.AppendSplittPerManed(nil)
}

// AppendSplittPerManed er som SplittPerManed, men legger delperiodene til dst
// og gir den utvidede skiven, så en kaller kan gjenbruke et buffer.
func (p Periode) AppendSplittPerManed(dst []Periode) []Periode {
	if p.Valider() != nil {
		return dst
	}
	y, m, dag := p.Fra.ymd()
	for {
		til := pakk(y, m, DagerIManed(y, time.Month(m)))
		if !til.Before(p.Til) {
			return append(dst, Periode{pakk(y, m, dag), p.Til})
		}
		dst = append(dst, Periode{pakk(y, m, dag), til})
		dag = 1
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
}

// SplittVed deler perioden ved de gitte datoene: en dato d inne i perioden
// (Fra < d ≤ Til) starter en ny delperiode, så den forrige slutter dagen før.
// Datoer utenfor perioden, lik Fra eller gjentatt, gir ingen deling. Datoene
// trenger ikke være sortert. En ugyldig periode gir nil.
func (p Periode) SplittVed(datoer ...Dato) []Periode {
	return p.AppendSplittVed(nil, datoer...)
}

// AppendSplittVed er som SplittVed, men legger delperiodene til dst.
func (p Periode) AppendSplittVed(dst []Periode, datoer ...Dato) []Periode {
	if p.Valider() != nil {
		return dst
	}
	fra := p.Fra
	for {
		// Finn den tidligste delingsdatoen etter fra (uten å sortere eller allokere).
		var neste Dato
		for _, d := range datoer {
			if d.After(fra) && !d.After(p.Til) && (neste.IsZero() || d.Before(neste)) {
				neste = d
			}
		}
		if neste.IsZero() {
			return append(dst, Periode{fra, p.Til})
		}
		dst = append(dst, Periode{fra, neste.AddDays(-1)})
		fra = neste
	}
}

// String gir perioden i ISO 8601-intervallform, «2025-01-01/2025-06-30».
// Nullverdien gir "".
func (p Periode) String() string {
	if p.IsZero() {
		return ""
	}
	return p.Fra.String() + "/" + p.Til.String()
}

// Norsk gir perioden slik den skrives i et brev, «1. januar 2025–30. juni 2025».
func (p Periode) Norsk() string {
	return p.Fra.Norsk() + "–" + p.Til.Norsk()
}

// ParsePeriode tolker en periode i formen «ÅÅÅÅ-MM-DD/ÅÅÅÅ-MM-DD» og
// validerer den (Fra ≤ Til).
func ParsePeriode(s string) (Periode, error) {
	fra, til, ok := strings.Cut(s, "/")
	if !ok {
		return Periode{}, &FeltFeil{Felt: "periode", Verdi: s, Grunn: "ventet formen ÅÅÅÅ-MM-DD/ÅÅÅÅ-MM-DD", Err: ErrUgyldigPeriode}
	}
	f, err := ParseDato(fra)
	if err != nil {
		return Periode{}, &FeltFeil{Felt: "fra", Verdi: fra, Grunn: err.Error(), Err: err}
	}
	t, err := ParseDato(til)
	if err != nil {
		return Periode{}, &FeltFeil{Felt: "til", Verdi: til, Grunn: err.Error(), Err: err}
	}
	return NyPeriode(f, t)
}

// Sammenslatt gir de dagene periodene dekker, slått sammen så overlappende
// og tilstøtende perioder blir én, sortert etter Fra. Ugyldige perioder gir
// en feil som navngir posisjonen, for eksempel «perioder[2].til».
func Sammenslatt(perioder []Periode) ([]Periode, error) {
	ut := make([]Periode, 0, len(perioder))
	for i, p := range perioder {
		if err := p.Valider(); err != nil {
			return nil, MedPrefiks(err, fmt.Sprintf("perioder[%d].", i))
		}
		ut = append(ut, p)
	}
	// Innstikksortering: listene er korte.
	for i := 1; i < len(ut); i++ {
		for j := i; j > 0 && ut[j].Fra.Before(ut[j-1].Fra); j-- {
			ut[j], ut[j-1] = ut[j-1], ut[j]
		}
	}
	slatt := ut[:0]
	for _, p := range ut {
		if n := len(slatt); n > 0 && !p.Fra.After(slatt[n-1].Til.AddDays(1)) {
			if p.Til.After(slatt[n-1].Til) {
				slatt[n-1].Til = p.Til
			}
			continue
		}
		slatt = append(slatt, p)
	}
	return slatt, nil
}

// DagerTilsammen gir antall ulike dager periodene dekker; dager som ligger i
// flere perioder telles én gang.
func DagerTilsammen(perioder []Periode) (int, error) {
	s, err := Sammenslatt(perioder)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, p := range s {
		n += p.Dager()
	}
	return n, nil
}
