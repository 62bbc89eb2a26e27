package tiltak

import (
	"errors"
	"fmt"
)

// FeltFeil er en feil i ett felt av inndataene. Felt navngir feltet slik det
// heter i JSON (for eksempel "fodselsdato" eller "perioder[2].til"), Verdi er
// verdien som ble avvist (kan være tom), og Grunn sier på norsk hva som var
// galt. Err er den underliggende feilen (for eksempel ErrUgyldigPeriode), så
// errors.Is og errors.As virker gjennom en FeltFeil.
type FeltFeil struct {
	Felt  string
	Verdi string
	Grunn string
	Err   error
}

// Error gir feilen som tekst: «felt "til" (2024-01-01): er før fra-datoen 2024-02-01».
func (e *FeltFeil) Error() string {
	if e.Verdi != "" {
		return fmt.Sprintf("felt %q (%s): %s", e.Felt, e.Verdi, e.Grunn)
	}
	return fmt.Sprintf("felt %q: %s", e.Felt, e.Grunn)
}

// Unwrap gir den underliggende feilen.
func (e *FeltFeil) Unwrap() error { return e.Err }

// MedPrefiks gir feilen med prefiks foran feltnavnet når den er (eller
// pakker) en *FeltFeil, for eksempel «perioder[2].» foran «til». Feilen
// kopieres; originalen endres ikke. Andre feil gis tilbake uendret.
func MedPrefiks(err error, prefiks string) error {
	var fe *FeltFeil
	if !errors.As(err, &fe) {
		return err
	}
	kopi := *fe
	kopi.Felt = prefiks + fe.Felt
	return &kopi
}
