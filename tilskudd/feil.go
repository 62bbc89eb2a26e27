package tilskudd

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Feilene pakken gir. Feil i inndata kommer som *tiltak.FeltFeil som pakker
// en av disse, så errors.Is virker både på feltfeilen og på vaktverdien.
var (
	// ErrUgyldigBelop er feilen bak et beløp utenfor tillatt område, for
	// eksempel en negativ lønn.
	ErrUgyldigBelop = errors.New("ugyldig beløp")
	// ErrUgyldigSats er feilen bak en sats eller prosent utenfor tillatt
	// område, for eksempel en OTP-sats over 30 % eller en avtalt prosent
	// for varig lønnstilskudd over 75.
	ErrUgyldigSats = errors.New("ugyldig sats")
	// ErrIngenSats er feilen når det ikke finnes noen sats: en dato før
	// første oppføring i en satstabell eller etter en eksplisitt avsluttet
	// oppføring, eller en innsatsgruppe som ikke gir noen tilskuddsprosent.
	ErrIngenSats = errors.New("ingen sats")
	// ErrIkkeModellert er feilen for en dato eller et tilfelle reglene i
	// denne pakken ikke dekker (for eksempel et tiltak før forskriften trådte
	// i kraft, eller en stopphendelse kilden ikke omtaler).
	ErrIkkeModellert = errors.New("ikke modellert")
	// ErrUkjentFaktum er feilen når et faktum som trengs for å regne, er
	// ukjent (for eksempel innsatsgruppen for midlertidig lønnstilskudd).
	ErrUkjentFaktum = errors.New("ukjent faktum")
	// ErrUtenforOmrade er feilen for et beløp over pakkens tekniske grense
	// MaksBelop.
	ErrUtenforOmrade = errors.New("beløp utenfor teknisk grense")
)

// MaksBelop er den tekniske øvre grensen for beløp pakken tar imot:
// 10^12 kroner. Den ligger langt over enhver reell lønn eller utbetaling, og
// gjør at NAV-emuleringen med flyttall (AvrundingNAV) fortsatt er eksakt i
// heltallsdelen. Større beløp avvises med ErrUtenforOmrade; ingenting klemmes.
var MaksBelop = decimal.New(1, 12)

func feltFeil(felt string, verdi string, grunn string, err error) error {
	return &tiltak.FeltFeil{Felt: felt, Verdi: verdi, Grunn: grunn, Err: err}
}

// sjekkBelop sjekker at et beløp er ≥ 0 (når ikkeNegativ) og under MaksBelop.
func sjekkBelop(felt string, b decimal.Decimal, ikkeNegativ bool) error {
	if ikkeNegativ && b.Sign() < 0 {
		return feltFeil(felt, b.String(), "kan ikke være negativt", ErrUgyldigBelop)
	}
	if b.Abs().Cmp(MaksBelop) > 0 {
		return feltFeil(felt, b.String(), "er over den tekniske grensen på 10^12 kroner", ErrUtenforOmrade)
	}
	return nil
}

// sjekkAndel sjekker at en sats (som brøk, 0.12 = 12 %) ligger i [0, maks].
func sjekkAndel(felt string, s, maks decimal.Decimal) error {
	if s.Sign() < 0 || s.Cmp(maks) > 0 {
		return feltFeil(felt, s.String(), fmt.Sprintf("må ligge mellom 0 og %s", maks.String()), ErrUgyldigSats)
	}
	return nil
}

// sjekkProsent sjekker at en prosent (40 = 40 %) ligger i [0, 100].
func sjekkProsent(felt string, p decimal.Decimal) error {
	if p.Sign() < 0 || p.Cmp(hundre) > 0 {
		return feltFeil(felt, p.String(), "må ligge mellom 0 og 100 prosent", ErrUgyldigSats)
	}
	return nil
}
