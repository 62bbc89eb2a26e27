package tiltak

import (
	"cmp"
	"slices"
	"strconv"
)

// Knekkart sier hva slags dato et svar over en periode kan skifte på: en ny
// versjon av en paragraf, en fødselsdag over en aldersgrense, en fast dato
// i en regel, et trinn i tilskuddsprosenten, en ny rad i en satstabell (G
// 1. mai) eller en ny kalendermåned. Det er ordforrådet for knekkpunktene
// i tidslinjene i regler, varighet og tilskudd. Nullverdien er ikke en
// gyldig art.
type Knekkart uint8

// Artene av knekkpunkter.
const (
	// KnekkPeriodestart er første dag i perioden som ble spurt om.
	KnekkPeriodestart Knekkart = iota + 1
	// KnekkVersjon er dagen en ny versjon av en paragraf (eller et
	// regelsett) trer i kraft, eller dagen etter at en versjon opphører.
	KnekkVersjon
	// KnekkFodselsdag er dagen personen fyller Alder år («har fylt»); for
	// en som er født 29. februar er det 28. februar i år som ikke er
	// skuddår (FyltAar).
	KnekkFodselsdag
	// KnekkKalenderaar er 1. januar i året personen fyller Alder år («fra
	// og med det kalenderåret»).
	KnekkKalenderaar
	// KnekkDagenEtter er dagen etter at personen fylte Alder år (NAVs
	// praksis «hadde ikke fylt 30 år før oppstart»).
	KnekkDagenEtter
	// KnekkDato er en fast dato i en regel, for eksempel dagen etter siste
	// oppstart for VTAO etter NAVs praksis.
	KnekkDato
	// KnekkTrinn er en trinndato: tilskuddsprosenten trapper ned.
	KnekkTrinn
	// KnekkTabellrad er dagen en ny rad i en satstabell gjelder fra, for
	// eksempel nytt grunnbeløp (G) 1. mai.
	KnekkTabellrad
	// KnekkManed er første dag i en ny kalendermåned
	// (tilskuddsperiodene deles per måned).
	KnekkManed
)

var knekkOrd = [...]string{"", "periodestart", "versjon", "fodselsdag", "kalenderaar", "dagen-etter-fodselsdag", "dato", "trinn", "tabellrad", "maned"}

// String gir arten som ett ord, for eksempel "fodselsdag".
func (a Knekkart) String() string {
	if int(a) < len(knekkOrd) && a != 0 {
		return knekkOrd[a]
	}
	return "ukjent knekkart"
}

// Gyldig sier om a er en av artene.
func (a Knekkart) Gyldig() bool { return a >= KnekkPeriodestart && int(a) < len(knekkOrd) }

// MarshalText gir ordet String gir; en ugyldig art er en feil.
func (a Knekkart) MarshalText() ([]byte, error) {
	if !a.Gyldig() {
		return nil, &FeltFeil{Felt: "art", Verdi: strconv.Itoa(int(a)), Grunn: "ukjent knekkart"}
	}
	return []byte(knekkOrd[a]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (a *Knekkart) UnmarshalText(b []byte) error {
	for i := KnekkPeriodestart; int(i) < len(knekkOrd); i++ {
		if knekkOrd[i] == string(b) {
			*a = i
			return nil
		}
	}
	return &FeltFeil{Felt: "art", Verdi: string(b), Grunn: "ukjent knekkart"}
}

// Knekkgrunn er én grunn til at et segment i en tidslinje begynner på Dato:
// hva som skiftet (Art), hvilken regel, hvilket vilkår eller hvilken tabell
// det gjelder (ID), aldersgrensen for fødselsdager og bestemmelsen grensen
// står i. En hjemmel fra NAVs praksis er merket praksis (Hjemmel.ErPraksis),
// så en praksisgrense skilles fra forskriften.
type Knekkgrunn struct {
	Art  Knekkart `json:"art"`
	Dato Dato     `json:"dato"`
	// ID er id-en til det som skiftet: vilkåret for fødselsdager og faste
	// datoer («tf-1-3-l3-v20160101.alder-16»), paragrafversjonen eller
	// regelsettet for en ny versjon, satsregelen for et trinn og tabellen
	// for en tabellrad. Tom for periodestart og ny måned.
	ID string `json:"id,omitempty"`
	// Alder er aldersgrensen i år for fødselsdag, kalenderår og dagen
	// etter; ellers 0.
	Alder int `json:"alder,omitempty"`
	// Hjemmel er bestemmelsen grensen, versjonen eller satsen står i (tom
	// når det ikke er noen, som for periodestart).
	Hjemmel Hjemmel `json:"hjemmel,omitzero"`
}

// Forklaring gir grunnen på norsk, for eksempel «Personen fyller 30 år
// 10. mars 2026 (tiltaksforskriften § 8-3; tf-8-3-v20210422.under-30).».
func (k Knekkgrunn) Forklaring() string {
	var s string
	switch k.Art {
	case KnekkPeriodestart:
		return "Perioden begynner " + k.Dato.Norsk() + "."
	case KnekkVersjon:
		s = "Ny versjon gjelder fra " + k.Dato.Norsk()
	case KnekkFodselsdag:
		s = "Personen fyller " + strconv.Itoa(k.Alder) + " år " + k.Dato.Norsk()
	case KnekkKalenderaar:
		s = "Kalenderåret personen fyller " + strconv.Itoa(k.Alder) + " år, begynner " + k.Dato.Norsk()
	case KnekkDagenEtter:
		s = "Personen fylte " + strconv.Itoa(k.Alder) + " år dagen før " + k.Dato.Norsk()
	case KnekkDato:
		s = "Regelen skifter på en fast dato, " + k.Dato.Norsk()
	case KnekkTrinn:
		s = "Tilskuddsprosenten trapper ned " + k.Dato.Norsk()
	case KnekkTabellrad:
		s = "Satsen i tabellen skifter " + k.Dato.Norsk()
	case KnekkManed:
		return "Ny kalendermåned begynner " + k.Dato.Norsk() + "."
	default:
		s = "Ukjent grunn " + k.Dato.Norsk()
	}
	if !k.Hjemmel.IsZero() && k.Hjemmel.ErPraksis() {
		s += " etter NAVs praksis"
	}
	switch {
	case !k.Hjemmel.IsZero() && k.ID != "":
		s += " (" + k.Hjemmel.String() + "; " + k.ID + ")"
	case !k.Hjemmel.IsZero():
		s += " (" + k.Hjemmel.String() + ")"
	case k.ID != "":
		s += " (" + k.ID + ")"
	}
	return s + "."
}

// SorterKnekk sorterer grunnene etter dato, så art, id og alder, og tar
// bort like grunner. Den sorterer g på stedet og gir den kortede skiven.
func SorterKnekk(g []Knekkgrunn) []Knekkgrunn {
	slices.SortFunc(g, sammenlignKnekk)
	return slices.CompactFunc(g, func(a, b Knekkgrunn) bool { return a == b })
}

func sammenlignKnekk(a, b Knekkgrunn) int {
	if c := a.Dato.Compare(b.Dato); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Art, b.Art); c != 0 {
		return c
	}
	if c := cmp.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	return cmp.Compare(a.Alder, b.Alder)
}

// MaksTidslinjeAar er det lengste tidsrommet en tidslinje kan spørres om,
// i år: en periode fra og med Fra kan vare til og med dagen før
// Fra + 20 år. Grensen holder arbeidet og svaret små også for en periode
// ingen avtale har (hundre år er en feil, ikke mye arbeid).
const MaksTidslinjeAar = 20

// SjekkTidslinjeperiode sjekker perioden en tidslinje spørres om: begge
// datoer satt, Til ikke før Fra og ikke lengre enn MaksTidslinjeAar år.
// Feilen er en *FeltFeil for "periode.fra" eller "periode.til" som pakker
// ErrUgyldigPeriode.
func SjekkTidslinjeperiode(p Periode) error {
	if err := p.Valider(); err != nil {
		return MedPrefiks(err, "periode.")
	}
	if grense := p.Fra.AddYears(MaksTidslinjeAar); !grense.IsZero() && !p.Til.Before(grense) {
		return &FeltFeil{Felt: "periode.til", Verdi: p.Til.String(),
			Grunn: "perioden er lengre enn " + strconv.Itoa(MaksTidslinjeAar) + " år (siste tillatte dag er " + grense.AddDays(-1).String() + ")",
			Err:   ErrUgyldigPeriode}
	}
	return nil
}
