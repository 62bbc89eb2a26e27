package tilskudd

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
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
	// i kraft, eller en stopphendelse kilden ikke omtaler). Den er den samme
	// verdien som regler.ErrIkkeModellert og varighet.ErrIkkeModellert, og
	// den konkrete feilen bak den er en *IkkeModellertFeil (pakket i en
	// *tiltak.FeltFeil som navngir feltet).
	ErrIkkeModellert = regler.ErrIkkeModellert
	// ErrUkjentFaktum er feilen når et faktum som trengs for å regne, er
	// ukjent (for eksempel innsatsgruppen for midlertidig lønnstilskudd).
	ErrUkjentFaktum = errors.New("ukjent faktum")
	// ErrUtenforOmrade er feilen for et beløp over pakkens tekniske grense
	// MaksKroner.
	ErrUtenforOmrade = errors.New("beløp utenfor teknisk grense")
	// ErrMangler er feilen bak en lønn, en prosent eller et beløp som
	// mangler der beregningen trenger det. Pakken regner aldri en manglende
	// verdi som 0; en oppgitt 0 er lov der den betyr noe.
	ErrMangler = errors.New("mangler")
)

// MaksKroner er den tekniske øvre grensen for beløp pakken tar imot:
// 10^12 kroner. Den ligger langt over enhver reell lønn eller utbetaling, og
// gjør at NAV-emuleringen med flyttall (AvrundingNAV) fortsatt er eksakt i
// heltallsdelen. Større beløp avvises med ErrUtenforOmrade; ingenting klemmes.
// Grensen er en konstant, så ingen kaller kan flytte den for andre.
const MaksKroner int64 = 1_000_000_000_000

// maksBelop er MaksKroner som desimaltall. Den leses bare.
var maksBelop = decimal.New(MaksKroner, 0)

// IkkeModellertFeil sier hvilket tiltak og hvilken dato som mangler regler,
// og hvorfor (regler.IkkeModellertFeil).
type IkkeModellertFeil = regler.IkkeModellertFeil

func feltFeil(felt string, verdi string, grunn string, err error) error {
	return &tiltak.FeltFeil{Felt: felt, Verdi: verdi, Grunn: grunn, Err: err}
}

// ikkeModellert gir en *tiltak.FeltFeil for feltet som pakker en
// *IkkeModellertFeil (ErrIkkeModellert) for tiltaket og datoen, med grunnen.
func ikkeModellert(felt, verdi string, kode tiltak.Kode, d tiltak.Dato, grunn string) error {
	return feltFeil(felt, verdi, grunn, &IkkeModellertFeil{Tiltak: kode, Dato: d, Grunn: grunn})
}

// sjekkBelop sjekker at et beløp er ≥ 0 (når ikkeNegativ) og under MaksKroner.
// Et gyldig beløp som får plass i int64 sjekkes uten allokering.
func sjekkBelop(felt string, b decimal.Decimal, ikkeNegativ bool) error {
	if t, ok := lesTall(b); ok && innenforMaks(t) && (t.k >= 0 || !ikkeNegativ) {
		return nil
	}
	if ikkeNegativ && b.Sign() < 0 {
		return feltFeil(felt, b.String(), "kan ikke være negativt", ErrUgyldigBelop)
	}
	if b.Abs().Cmp(maksBelop) > 0 {
		return feltFeil(felt, b.String(), "er over den tekniske grensen på 10^12 kroner", ErrUtenforOmrade)
	}
	return nil
}

// kravBelop sjekker at et beløp er oppgitt, ≥ 0 og under MaksKroner.
func kravBelop(felt string, n decimal.NullDecimal) error {
	if !n.Valid {
		return feltFeil(felt, "", "mangler", ErrMangler)
	}
	return sjekkBelop(felt, n.Decimal, true)
}

// kravProsent0 sjekker at en prosent er oppgitt og ligger i [0, maks]
// (hele prosent: 12 = 12 %).
func kravProsent0(felt string, n decimal.NullDecimal, maks decimal.Decimal) error {
	if !n.Valid {
		return feltFeil(felt, "", "mangler", ErrMangler)
	}
	return sjekkProsentMaks(felt, n.Decimal, maks)
}

// sjekkProsentMaks sjekker at en prosent ligger i [0, maks]. En gyldig prosent
// som får plass i int64 sjekkes uten allokering.
func sjekkProsentMaks(felt string, p, maks decimal.Decimal) error {
	if t, ok := lesTall(p); ok && t.k >= 0 {
		if m, ok := lesTall(maks); ok {
			if c, ok := t.cmp(m); ok && c <= 0 {
				return nil
			}
		}
	}
	if p.Sign() < 0 || p.Cmp(maks) > 0 {
		return feltFeil(felt, p.String(), fmt.Sprintf("må ligge mellom 0 og %s prosent", maks.String()), ErrUgyldigSats)
	}
	return nil
}

// innenforMaks sier om |t| ≤ MaksKroner (false også når det ikke kan avgjøres
// i int64; da tar kalleren desimalveien).
func innenforMaks(t tall) bool {
	m, ok := lesTall(maksBelop)
	if !ok {
		return false
	}
	a := t
	if a.k < 0 {
		a = a.neg()
	}
	c, ok := a.cmp(m)
	return ok && c <= 0
}

// sjekkProsent sjekker at en prosent (40 = 40 %) ligger i [0, 100].
func sjekkProsent(felt string, p decimal.Decimal) error {
	return sjekkProsentMaks(felt, p, hundre)
}

// medFelt gir feilen med feltnavnet felt når den er (eller pakker) en
// *tiltak.FeltFeil, for eksempel "periode.fra" i stedet for "dato" når G slås
// opp på periodens første dag. Andre feil gis tilbake uendret.
func medFelt(err error, felt string) error {
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) {
		return err
	}
	kopi := *fe
	kopi.Felt = felt
	return &kopi
}
