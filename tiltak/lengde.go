package tiltak

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Enhet er enheten i en Lengde: dager, uker, måneder eller år.
type Enhet uint8

// Enhetene en varighet kan måles i. Nullverdien er ingen enhet.
const (
	Dager Enhet = iota + 1
	Uker
	Maneder
	Ar
)

// String gir enheten i flertall på norsk, for eksempel "måneder".
func (e Enhet) String() string {
	switch e {
	case Dager:
		return "dager"
	case Uker:
		return "uker"
	case Maneder:
		return "måneder"
	case Ar:
		return "år"
	}
	return "ukjent enhet"
}

// Lengde er en kalenderlengde som forskriftene uttrykker den: «fire uker»,
// «seks måneder», «tre år». Måneder og år legges til med klemming til
// månedens siste dag (se Dato.AddMonths). Nullverdien er ingen lengde.
type Lengde struct {
	Antall int   // antall enheter, ≥ 0
	Enhet  Enhet // enheten
}

// AntallDager gir en lengde på n dager.
func AntallDager(n int) Lengde { return Lengde{n, Dager} }

// AntallUker gir en lengde på n uker.
func AntallUker(n int) Lengde { return Lengde{n, Uker} }

// AntallManeder gir en lengde på n måneder.
func AntallManeder(n int) Lengde { return Lengde{n, Maneder} }

// AntallAr gir en lengde på n år.
func AntallAr(n int) Lengde { return Lengde{n, Ar} }

// IsZero sier om l er nullverdien.
func (l Lengde) IsZero() bool { return l == Lengde{} }

// String gir lengden på norsk, for eksempel "6 måneder", "1 år", "4 uker".
func (l Lengde) String() string {
	if l.IsZero() {
		return ""
	}
	if l.Antall == 1 {
		switch l.Enhet {
		case Dager:
			return "1 dag"
		case Uker:
			return "1 uke"
		case Maneder:
			return "1 måned"
		}
	}
	return strconv.Itoa(l.Antall) + " " + l.Enhet.String()
}

// IMnd gir lengden i hele måneder når enheten er måneder eller år, og
// (0, false) ellers.
func (l Lengde) IMnd() (int, bool) {
	switch l.Enhet {
	case Maneder:
		return l.Antall, true
	case Ar:
		return 12 * l.Antall, true
	}
	return 0, false
}

// ErrUgyldigLengde er feilen bak en lengde som ikke kan tolkes.
var ErrUgyldigLengde = errors.New("ugyldig lengde")

// MarshalText gir ISO 8601-varighetsform: P6M, P1Y, P4W, P28D.
func (l Lengde) MarshalText() ([]byte, error) {
	if l.IsZero() {
		return []byte{}, nil
	}
	var c byte
	switch l.Enhet {
	case Dager:
		c = 'D'
	case Uker:
		c = 'W'
	case Maneder:
		c = 'M'
	case Ar:
		c = 'Y'
	default:
		return nil, fmt.Errorf("%w: ukjent enhet %d", ErrUgyldigLengde, l.Enhet)
	}
	return append(strconv.AppendInt([]byte{'P'}, int64(l.Antall), 10), c), nil
}

// UnmarshalText tolker ISO 8601-formene PnD, PnW, PnM og PnY.
func (l *Lengde) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*l = Lengde{}
		return nil
	}
	if len(s) < 3 || s[0] != 'P' {
		return fmt.Errorf("%w %q: ventet formen P6M, P1Y, P4W eller P28D", ErrUgyldigLengde, s)
	}
	var e Enhet
	switch s[len(s)-1] {
	case 'D':
		e = Dager
	case 'W':
		e = Uker
	case 'M':
		e = Maneder
	case 'Y':
		e = Ar
	default:
		return fmt.Errorf("%w %q: ukjent enhet", ErrUgyldigLengde, s)
	}
	n, err := strconv.Atoi(strings.TrimSpace(s[1 : len(s)-1]))
	if err != nil || n < 0 || n > 100000 {
		return fmt.Errorf("%w %q: antallet må være et heltall fra 0 til 100000", ErrUgyldigLengde, s)
	}
	*l = Lengde{n, e}
	return nil
}
