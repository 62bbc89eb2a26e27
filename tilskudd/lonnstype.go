package tilskudd

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Lonnstype er hvordan mentorens lønn er oppgitt.
type Lonnstype uint8

// Lønnstypene. Nullverdien er ukjent og gir en feil.
const (
	LonnstypeUkjent Lonnstype = iota
	Arslonn                   // årslønn: 1 950 timer
	Manedslonn                // månedslønn: 162,5 timer (1 950 / 12)
	Ukelonn                   // ukelønn: 37,5 timer (1 950 / 52)
	Dagslonn                  // dagslønn: 7,5 timer (1 950 / 260)
	Timelonn                  // timelønn: brukes som den er
)

// String gir lønnstypen som ord.
func (l Lonnstype) String() string {
	switch l {
	case Arslonn:
		return "arslonn"
	case Manedslonn:
		return "manedslonn"
	case Ukelonn:
		return "ukelonn"
	case Dagslonn:
		return "dagslonn"
	case Timelonn:
		return "timelonn"
	}
	return "ukjent"
}

func (l Lonnstype) timer() (decimal.Decimal, bool) {
	switch l {
	case Arslonn:
		return timerPerAr, true
	case Manedslonn:
		return decimal.RequireFromString("162.5"), true
	case Ukelonn:
		return decimal.RequireFromString("37.5"), true
	case Dagslonn:
		return decimal.RequireFromString("7.5"), true
	case Timelonn:
		return enHel, true
	}
	return decimal.Zero, false
}

// navLonnstyper er NAVs navn på lønnstypene (nav-praksis § 2d), i samme
// rekkefølge som konstantene.
var navLonnstyper = [...]string{"", "ÅRSLØNN", "MÅNEDSLØNN", "UKELØNN", "DAGSLØNN", "TIMELØNN"}

// NAVNavn gir NAVs navn på lønnstypen (for eksempel "MÅNEDSLØNN"), eller tom
// tekst for en ukjent type.
func (l Lonnstype) NAVNavn() string {
	if l != LonnstypeUkjent && int(l) < len(navLonnstyper) {
		return navLonnstyper[l]
	}
	return ""
}

// MarshalText gir lønnstypen som ord ("arslonn", …). Ukjent type gir en feil.
func (l Lonnstype) MarshalText() ([]byte, error) {
	if l == LonnstypeUkjent || int(l) >= len(navLonnstyper) {
		return nil, &tiltak.FeltFeil{Felt: "lonnstype", Verdi: l.String(), Grunn: "ukjent lønnstype", Err: ErrUgyldigSats}
	}
	return []byte(l.String()), nil
}

// lonnstypeASCII er NAVs navn uten æ, ø og å ("ARSLONN", …), som koden
// skriver identifikatorer.
var lonnstypeASCII = [...]string{"", "ARSLONN", "MANEDSLONN", "UKELONN", "DAGSLONN", "TIMELONN"}

// UnmarshalText tolker ordet MarshalText gir ("arslonn", "manedslonn",
// "ukelonn", "dagslonn", "timelonn") og NAVs navn ("ÅRSLØNN", "MÅNEDSLØNN",
// "UKELØNN", "DAGSLØNN", "TIMELØNN"), også uten æ, ø og å ("ARSLONN",
// "MANEDSLONN", …). Store og små bokstaver er likegyldige. Et ukjent navn
// gir en *tiltak.FeltFeil for feltet "lonnstype" som lister de gyldige.
func (l *Lonnstype) UnmarshalText(b []byte) error {
	s := string(b)
	for v := Arslonn; v <= Timelonn; v++ {
		if strings.EqualFold(s, v.String()) || strings.EqualFold(s, navLonnstyper[v]) || strings.EqualFold(s, lonnstypeASCII[v]) {
			*l = v
			return nil
		}
	}
	gyldige := make([]string, 0, 10)
	for v := Arslonn; v <= Timelonn; v++ {
		gyldige = append(gyldige, v.String())
	}
	gyldige = append(gyldige, navLonnstyper[1:]...)
	return &tiltak.FeltFeil{Felt: "lonnstype", Verdi: s, Grunn: "ukjent lønnstype; gyldige verdier er " + strings.Join(gyldige, ", "), Err: ErrUgyldigSats}
}
