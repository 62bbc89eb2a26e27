package tilskudd

import (
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// tolkOrd finner verdien 0..maks med ord(v) == b, eller gir en
// *tiltak.FeltFeil for feltet. Brukes av UnmarshalText for de små
// enum-typene, som skriver seg selv med String.
func tolkOrd(felt string, b []byte, maks int, ord func(int) string) (int, error) {
	for v := 0; v <= maks; v++ {
		if ord(v) == string(b) {
			return v, nil
		}
	}
	gyldige := make([]string, 0, maks+1)
	for v := 0; v <= maks; v++ {
		if o := ord(v); o != "" && o != "ukjent" {
			gyldige = append(gyldige, o)
		}
	}
	return 0, &tiltak.FeltFeil{Felt: felt, Verdi: string(b), Grunn: "ukjent verdi; gyldige verdier er " + strings.Join(gyldige, ", "), Err: ErrUgyldigSats}
}

// UnmarshalText tolker ordet MarshalText gir.
func (t *Tak) UnmarshalText(b []byte) error {
	v, err := tolkOrd("tak", b, int(Tak5G), func(v int) string { return Tak(v).String() })
	*t = Tak(v)
	return err
}

// UnmarshalText tolker ordet MarshalText gir.
func (o *Oppgjor) UnmarshalText(b []byte) error {
	v, err := tolkOrd("oppgjor", b, int(Minusbelop), func(v int) string {
		if v == 0 {
			return ""
		}
		return Oppgjor(v).String()
	})
	*o = Oppgjor(v)
	return err
}

// MarshalText gir avrundingsregelen som ord: "desimal" eller "nav-flyttall".
func (a Avrunding) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText tolker ordet MarshalText gir.
func (a *Avrunding) UnmarshalText(b []byte) error {
	v, err := tolkOrd("avrunding", b, int(AvrundingNAV), func(v int) string { return Avrunding(v).String() })
	*a = Avrunding(v)
	return err
}
