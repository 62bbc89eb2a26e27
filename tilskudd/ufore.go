package tilskudd

import (
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Inntektsgrense er inntekten en person med uføretrygd kan ha i året før
// uføretrygden reduseres, i kroner på en dato.
type Inntektsgrense struct {
	Dato        tiltak.Dato      `json:"dato"`
	VTA         bool             `json:"vta"`      // personen har fått innvilget VTA
	G           decimal.Decimal  `json:"g"`        // G på datoen
	AntallG     decimal.Decimal  `json:"antall_g"` // grensen i antall G: 1 ved VTA, ellers 0,4 (et antall G, ikke en prosent)
	Grense      decimal.Decimal  `json:"grense"`   // AntallG × G, eksakt (ikke rundet)
	Hjemler     []tiltak.Hjemmel `json:"hjemler"`
	Uverifisert bool             `json:"uverifisert"`
	Merknad     string           `json:"merknad"`
}

// UforeFra er datoen grensene 0,4 G og 1 G (VTA) gjelder fra: uførereformen
// 1. januar 2015 (sekundærkilde).
var UforeFra = dato(2015, 1, 1)

var firedel = decimal.New(4, -1)

const uforeMerknad = "Kilde: veiledningen «Aktører og tiltak» (seed 004). Regelen står i folketrygdloven " +
	"(§ 12-14 første ledd ifølge Prop. 8 L (2025–2026); ikke verifisert i lovteksten), og hvor 1 G-regelen for VTA er hjemlet, " +
	"er ikke funnet. Prop. 8 L (2025–2026) foreslår endringer (bunnfradrag og høyst 70 % reduksjon)."

// UforeInntektsgrense gir inntektsgrensen for uføretrygd på datoen d: 1 G for
// en person som har fått innvilget VTA, 0,4 G for de fleste andre (seed 004;
// regelen står i folketrygdloven). G slås opp i grunnbeløpstabellen i
// StandardSatser på d (G skifter 1. mai); Satser.UforeInntektsgrense bruker
// en tjenestes egne satser.
//
// Avrunding: ingen. 0,4 G er 38 753,2 kroner fra 2018-05-01, og grensen gis
// med øre. Verken seeden eller lovforarbeidene sier at grensen rundes, og en
// avrunding ville flyttet grensen med opptil 80 øre; en kaller som viser
// beløpet kan runde selv.
//
// Feil: manglende dato, en dato før 2015-01-01 (ErrIkkeModellert) og en dato
// uten kjent G (ErrIngenSats med *IngenSatsFeil, for eksempel januar–april
// 2015 eller etter 2027-04-30).
func UforeInntektsgrense(d tiltak.Dato, vta bool) (Inntektsgrense, error) {
	return standard.UforeInntektsgrense(d, vta)
}

// UforeInntektsgrense er som pakkefunksjonen UforeInntektsgrense, med G fra s.
func (s *Satser) UforeInntektsgrense(d tiltak.Dato, vta bool) (Inntektsgrense, error) {
	if d.IsZero() {
		return Inntektsgrense{}, feltFeil("dato", "", "mangler dato", ErrUkjentFaktum)
	}
	if d.Before(UforeFra) {
		return Inntektsgrense{}, feltFeil("dato", d.String(), "inntektsgrensene før uførereformen 2015-01-01 er ikke modellert", ErrIkkeModellert)
	}
	g, err := s.G(d)
	if err != nil {
		return Inntektsgrense{}, err
	}
	andel := firedel
	if vta {
		andel = enHel
	}
	return Inntektsgrense{
		Dato: d, VTA: vta, G: g, AntallG: andel, Grense: g.Mul(andel),
		Hjemler:     []tiltak.Hjemmel{hjemmelUforegrenseSeed, hjemmelUforegrenseLov},
		Uverifisert: true, Merknad: uforeMerknad,
	}, nil
}

// Inntektsvurdering er svaret fra VurderUforeInntekt.
type Inntektsvurdering struct {
	Inntektsgrense
	Inntekt      decimal.Decimal `json:"inntekt"`
	Over         bool            `json:"over"`         // inntekten er over grensen, så uføretrygden reduseres
	Overskytende decimal.Decimal `json:"overskytende"` // max(0, inntekt − grense), eksakt
}

// VurderUforeInntekt sier om en årsinntekt er over inntektsgrensen på datoen
// d (se UforeInntektsgrense), med G fra StandardSatser. Inntekt lik grensen
// er ikke over. Ingen avrunding. Negativ inntekt gir en *tiltak.FeltFeil for
// "inntekt" som pakker ErrUgyldigBelop.
func VurderUforeInntekt(inntekt decimal.Decimal, d tiltak.Dato, vta bool) (Inntektsvurdering, error) {
	return standard.VurderUforeInntekt(inntekt, d, vta)
}

// VurderUforeInntekt er som pakkefunksjonen VurderUforeInntekt, med G fra s.
func (s *Satser) VurderUforeInntekt(inntekt decimal.Decimal, d tiltak.Dato, vta bool) (Inntektsvurdering, error) {
	if err := sjekkBelop("inntekt", inntekt, true); err != nil {
		return Inntektsvurdering{}, err
	}
	g, err := s.UforeInntektsgrense(d, vta)
	if err != nil {
		return Inntektsvurdering{}, err
	}
	v := Inntektsvurdering{Inntektsgrense: g, Inntekt: inntekt, Overskytende: decimal.Zero}
	if inntekt.Cmp(g.Grense) > 0 {
		v.Over = true
		v.Overskytende = inntekt.Sub(g.Grense)
	}
	return v, nil
}
