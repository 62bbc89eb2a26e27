package tilskudd

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tabell navngir én av satstabellene i Satser.
type Tabell uint8

// Tabellene. Nullverdien er ingen tabell.
const (
	TabellG               Tabell = iota + 1 // grunnbeløpet G, kroner per år
	TabellVTAO                              // VTAO-sats, kroner per måned
	TabellVTA                               // VTA-sats (skjermet virksomhet), kroner per måned per plass
	TabellAFT                               // AFT-sats, kroner per måned per plass
	TabellInkluderingMaks                   // maksimalt inkluderingstilskudd, kroner per avtale
)

const antallTabeller = int(TabellInkluderingMaks)

var tabellnavn = [...]string{"", "g", "vtao", "vta", "aft", "inkluderingstilskudd_maks"}

// String gir tabellens navn slik det står i JSON: "g", "vtao", "vta", "aft"
// eller "inkluderingstilskudd_maks".
func (t Tabell) String() string {
	if int(t) < len(tabellnavn) && t != 0 {
		return tabellnavn[t]
	}
	return "ukjent"
}

// MarshalText gir tabellens navn.
func (t Tabell) MarshalText() ([]byte, error) {
	if t == 0 || int(t) > antallTabeller {
		return nil, feltFeil("tabell", fmt.Sprint(uint8(t)), "ukjent tabell", ErrUgyldigSats)
	}
	return []byte(t.String()), nil
}

// UnmarshalText tolker navnet MarshalText gir. Et ukjent navn gir en
// *tiltak.FeltFeil som lister de gyldige.
func (t *Tabell) UnmarshalText(b []byte) error {
	for i := 1; i <= antallTabeller; i++ {
		if tabellnavn[i] == string(b) {
			*t = Tabell(i)
			return nil
		}
	}
	return feltFeil("tabell", string(b), "ukjent tabell; gyldige verdier er "+strings.Join(tabellnavn[1:], ", "), ErrUgyldigSats)
}

// IngenSatsFeil er feilen bak et oppslag på en dato ingen rad i en
// satstabell dekker. Den pakkes i en *tiltak.FeltFeil (feltet "dato") og
// matcher ErrIngenSats. En tjeneste kan bruke errors.As for å se hvilken
// tabell som mangler en rad, for eksempel årets nye G.
type IngenSatsFeil struct {
	Tabell Tabell      // tabellen; 0 for en tabell kalleren har bygd selv
	Navn   string      // tabellens navn på norsk, for eksempel «grunnbeløpet (G)»
	Dato   tiltak.Dato // datoen det ble slått opp på; nullverdien når datoen manglet
	// KjentTil er siste dag med kjent verdi når Dato ligger etter en rad med
	// eksplisitt Til; KjentFra er første dag i tabellen når Dato ligger før
	// den. Begge er nullverdien når datoen manglet.
	KjentTil tiltak.Dato
	KjentFra tiltak.Dato
}

// Error gir feilen på norsk.
func (e *IngenSatsFeil) Error() string {
	switch {
	case e.Dato.IsZero():
		return "ingen dato å slå opp i " + e.Navn
	case !e.KjentTil.IsZero():
		return fmt.Sprintf("ingen rad i %s dekker %s (kjent til og med %s)", e.Navn, e.Dato, e.KjentTil)
	}
	return fmt.Sprintf("ingen rad i %s dekker %s (første rad gjelder fra %s)", e.Navn, e.Dato, e.KjentFra)
}

// Unwrap gir ErrIngenSats.
func (e *IngenSatsFeil) Unwrap() error { return ErrIngenSats }

// Satser er satstabellene beregningene slår opp i: grunnbeløpet G (5G-taket,
// inntektsgrensen for uføretrygdede), VTAO-, VTA- og AFT-satsene og
// maksimalsatsen for inkluderingstilskudd. Satsene er ikke forskriftstekst:
// G fastsettes hvert år fra 1. mai, og de andre satsene i statsbudsjettet.
//
// StandardSatser gir tabellene som følger med pakken. En tjeneste som får
// vite om en ny sats før det kommer en ny versjon av biblioteket, lager et
// eget Satser ved oppstart med Med (i kode) eller MedJSON (fra en fil), og
// kaller metodene på det (Satser.BeregnRefusjon, Satser.BeregnAvtale, …).
// Pakkefunksjonene med samme navn bruker StandardSatser.
//
// Et Satser endres aldri etter at det er laget: Med og MedJSON gir et nytt.
// Det er derfor trygt å dele ett Satser mellom gorutiner. En nil *Satser
// oppfører seg som StandardSatser.
type Satser struct {
	tabeller [antallTabeller]Satstabell
}

var standard = &Satser{tabeller: [antallTabeller]Satstabell{grunnbelop, vtaoSats, vtaSats, aftSats, inkluderingMaks}}

// StandardSatser gir satstabellene som følger med pakken. Verdien er delt og
// endres aldri; Med gir en ny med flere rader.
func StandardSatser() *Satser { return standard }

func (s *Satser) tabell(t Tabell) *Satstabell {
	if s == nil {
		s = standard
	}
	return &s.tabeller[t-1]
}

// Tabell gir en kopi av tabellen t. En ukjent tabell gir en
// *tiltak.FeltFeil for feltet "tabell".
func (s *Satser) Tabell(t Tabell) (Satstabell, error) {
	if t == 0 || int(t) > antallTabeller {
		return Satstabell{}, feltFeil("tabell", fmt.Sprint(uint8(t)), "ukjent tabell", ErrUgyldigSats)
	}
	return s.tabell(t).kopi(), nil
}

// G gir grunnbeløpet som gjelder på datoen (skifter 1. mai). Se
// Satstabell.Finn for feilene.
func (s *Satser) G(d tiltak.Dato) (decimal.Decimal, error) { return s.belop(TabellG, d) }

// VTAOSats gir VTAO-satsen per måned som gjelder på datoen.
func (s *Satser) VTAOSats(d tiltak.Dato) (decimal.Decimal, error) { return s.belop(TabellVTAO, d) }

// VTASats gir VTA-satsen per plass og måned (skjermet virksomhet) på datoen.
func (s *Satser) VTASats(d tiltak.Dato) (decimal.Decimal, error) { return s.belop(TabellVTA, d) }

// AFTSats gir AFT-satsen per plass og måned på datoen.
func (s *Satser) AFTSats(d tiltak.Dato) (decimal.Decimal, error) { return s.belop(TabellAFT, d) }

// InkluderingstilskuddMaks gir maksimalt inkluderingstilskudd per avtale for
// en avtale med sluttdato d (NAV slår opp på avtalens sluttdato).
func (s *Satser) InkluderingstilskuddMaks(sluttdato tiltak.Dato) (decimal.Decimal, error) {
	return s.belop(TabellInkluderingMaks, sluttdato)
}

// belop gir beløpet i tabellen t på datoen d.
func (s *Satser) belop(t Tabell, d tiltak.Dato) (decimal.Decimal, error) {
	r, err := s.tabell(t).finn(d)
	if err != nil {
		return decimal.Zero, err
	}
	return r.Belop, nil
}

// Med gir et nytt Satser der radene er lagt inn i tabellen t. En rad med
// samme Fra som en rad som finnes, erstatter den (for eksempel en G som er
// rettet); andre rader settes inn etter dato. s endres ikke.
//
// Hver rad må ha Fra og et beløp over 0, og Til (når den er satt) kan ikke
// være før Fra. Radene kan ikke overlappe: en rad med Til må slutte før
// neste rad begynner. I G-tabellen må den siste raden ha Til, for G
// fastsettes for ett år om gangen (1. mai til 30. april): uten Til ville
// fjorårets G stille gjelde videre når årets ikke er lagt inn. Feilen er en
// *tiltak.FeltFeil som navngir tabellen, raden og feltet, for eksempel
// "g[0].til", og pakker ErrUgyldigSats eller ErrUgyldigBelop.
//
// Slik legger en tjeneste inn neste års G den dagen den er kunngjort (tallet
// og datoene her er bare et eksempel):
//
//	satser, err := tilskudd.StandardSatser().Med(tilskudd.TabellG, tilskudd.Sats{
//		Fra: tiltak.MustDato(2027, 5, 1), Til: tiltak.MustDato(2028, 4, 30),
//		Belop: decimal.RequireFromString("140000"), Bevis: "kunngjort av NAV 2027-05-…",
//	})
func (s *Satser) Med(t Tabell, rader ...Sats) (*Satser, error) {
	if s == nil {
		s = standard
	}
	if t == 0 || int(t) > antallTabeller {
		return nil, feltFeil("tabell", fmt.Sprint(uint8(t)), "ukjent tabell", ErrUgyldigSats)
	}
	felt := func(i int, f string) string { return fmt.Sprintf("%s[%d].%s", t, i, f) }
	for i, r := range rader {
		if r.Fra.IsZero() {
			return nil, feltFeil(felt(i, "fra"), "", "mangler", ErrUgyldigSats)
		}
		if !r.Til.IsZero() && r.Til.Before(r.Fra) {
			return nil, feltFeil(felt(i, "til"), r.Til.String(), "er før fra-datoen "+r.Fra.String(), ErrUgyldigSats)
		}
		if r.Belop.Sign() <= 0 {
			return nil, feltFeil(felt(i, "belop"), r.Belop.String(), "må være over 0", ErrUgyldigBelop)
		}
		if err := sjekkBelop(felt(i, "belop"), r.Belop, true); err != nil {
			return nil, err
		}
	}
	ny := *s
	tab := &ny.tabeller[t-1]
	tab.Satser = slices.Clone(tab.Satser)
	for _, r := range rader {
		i, funnet := slices.BinarySearchFunc(tab.Satser, r.Fra, func(a Sats, d tiltak.Dato) int { return a.Fra.Compare(d) })
		if funnet {
			tab.Satser[i] = r
		} else {
			tab.Satser = slices.Insert(tab.Satser, i, r)
		}
	}
	// Overlapp og en åpen siste G-rad meldes for raden kalleren ga.
	hvilken := func(fra tiltak.Dato) int {
		for i := len(rader) - 1; i >= 0; i-- {
			if rader[i].Fra == fra {
				return i
			}
		}
		return -1
	}
	for i := 1; i < len(tab.Satser); i++ {
		a, b := tab.Satser[i-1], tab.Satser[i]
		if a.Til.IsZero() || a.Til.Before(b.Fra) {
			continue
		}
		if j := hvilken(b.Fra); j >= 0 {
			return nil, feltFeil(felt(j, "fra"), b.Fra.String(), fmt.Sprintf("overlapper raden fra %s, som gjelder til og med %s", a.Fra, a.Til), ErrUgyldigSats)
		}
		j := hvilken(a.Fra)
		return nil, feltFeil(felt(max(j, 0), "til"), a.Til.String(), fmt.Sprintf("overlapper raden fra %s", b.Fra), ErrUgyldigSats)
	}
	if sist := tab.Satser[len(tab.Satser)-1]; t == TabellG && sist.Til.IsZero() {
		return nil, feltFeil(felt(max(hvilken(sist.Fra), 0), "til"), "",
			"mangler: den siste G-raden må slutte (30. april året etter), så et oppslag etter den gir en feil og ikke en gammel G", ErrUgyldigSats)
	}
	return &ny, nil
}

// satserJSON er JSON-formen til Satser: radene per tabell.
type satserJSON struct {
	G               []Sats `json:"g,omitempty"`
	VTAO            []Sats `json:"vtao,omitempty"`
	VTA             []Sats `json:"vta,omitempty"`
	AFT             []Sats `json:"aft,omitempty"`
	InkluderingMaks []Sats `json:"inkluderingstilskudd_maks,omitempty"`
}

func (j *satserJSON) rader() [antallTabeller][]Sats {
	return [antallTabeller][]Sats{j.G, j.VTAO, j.VTA, j.AFT, j.InkluderingMaks}
}

// MarshalJSON gir alle radene i alle tabellene:
//
//	{"g": [{"fra": "2015-05-01", "belop": "90068", "bevis": "C"}, …], "vtao": […], …}
//
// Formen er den samme som MedJSON leser.
func (s *Satser) MarshalJSON() ([]byte, error) {
	if s == nil {
		s = standard
	}
	j := satserJSON{G: s.tabeller[0].Satser, VTAO: s.tabeller[1].Satser, VTA: s.tabeller[2].Satser,
		AFT: s.tabeller[3].Satser, InkluderingMaks: s.tabeller[4].Satser}
	return json.Marshal(j)
}

// MedJSON gir et nytt Satser med radene i JSON-dokumentet b lagt inn, tabell
// for tabell, som med Med. Dokumentet har samme form som MarshalJSON gir;
// tabeller som ikke står i det, endres ikke, og ukjente felt avvises. Slik
// kan en tjeneste lese nye satser fra en fil ved oppstart:
//
//	{"g": [{"fra": "2027-05-01", "til": "2028-04-30", "belop": "…", "bevis": "kunngjort …"}]}
//
// Feilen er en *tiltak.FeltFeil som navngir feltet, for eksempel
// "g[0].belop".
func (s *Satser) MedJSON(b []byte) (*Satser, error) {
	if s == nil {
		s = standard
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var j satserJSON
	if err := dec.Decode(&j); err != nil {
		var fe *tiltak.FeltFeil
		if errors.As(err, &fe) {
			return nil, err
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, feltFeil(te.Field, te.Value, "feil type; ventet "+te.Type.String(), ErrUgyldigSats)
		}
		return nil, feltFeil("", "", "ugyldig JSON for satser: "+err.Error(), ErrUgyldigSats)
	}
	ny := s
	for i, rader := range j.rader() {
		if rader == nil {
			continue
		}
		var err error
		if ny, err = ny.Med(Tabell(i+1), rader...); err != nil {
			return nil, err
		}
	}
	return ny, nil
}
