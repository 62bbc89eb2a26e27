package tilskudd

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tilskuddsperiode er én periode tilskuddet godkjennes og refunderes for:
// aldri lenger enn én kalendermåned og aldri over en trinndato.
type Tilskuddsperiode struct {
	Lopenummer  int             `json:"lopenummer"` // 1, 2, … i rekkefølge
	Periode     tiltak.Periode  `json:"periode"`
	Prosent     decimal.Decimal `json:"prosent"`     // tilskuddsprosenten; 0 for VTAO (fast sats)
	Manedsbelop decimal.Decimal `json:"manedsbelop"` // beløpet for en hel måned med denne prosenten eller satsen
	Belop       decimal.Decimal `json:"belop"`       // beløpet for perioden
}

// BelopForPeriode gir tilskuddet for en periode når en hel kalendermåned gir
// manedsbelop (NAVs praksis, nav-praksis § 3c). Perioden deles per
// kalendermåned; en hel kalendermåned (1. til siste dag, også 28-dagers
// februar) gir månedsbeløpet, og en del av en måned gir
//
//	rund(dager × dagsats), dagsats = månedsbeløp / 30,4375 (10 desimaler, halvt opp)
//
// der rund er halvt opp til hele kroner. Hver delmåned rundes for seg.
// 1.–28. februar i et skuddår er en del av måneden, ikke hele. Perioder over
// flere år regnes riktig (NAVs kode mister hele år i en slik periode; det er
// ikke kopiert). Dagsatsen med 10 desimaler gir samme resultat som eksakt
// brøk: dager × beløp × 16 / 487 ligger enten på et heltall eller minst
// 1/974 fra et .5-punkt. Feil: ugyldig periode eller negativt månedsbeløp.
func BelopForPeriode(p tiltak.Periode, manedsbelop decimal.Decimal) (decimal.Decimal, error) {
	if err := p.Valider(); err != nil {
		return decimal.Zero, err
	}
	if err := sjekkBelop("manedsbelop", manedsbelop, true); err != nil {
		return decimal.Zero, err
	}
	sum := decimal.Zero
	for fra := p.Fra; !fra.After(p.Til); {
		til := fra.SisteIManed()
		if til.After(p.Til) {
			til = p.Til
		}
		sum = sum.Add(belopIManed(tiltak.Periode{Fra: fra, Til: til}, manedsbelop))
		fra = til.AddDays(1)
		if fra.IsZero() {
			break
		}
	}
	return sum, nil
}

// belopIManed er beløpet for en periode innenfor én kalendermåned.
func belopIManed(p tiltak.Periode, manedsbelop decimal.Decimal) decimal.Decimal {
	if p.ErHelManed() {
		return manedsbelop
	}
	dagsats := manedsbelop.DivRound(dagsdeler, 10)
	return RundHalvtOpp(dagsats.Mul(decimal.NewFromInt(int64(p.Dager()))))
}

// Tilskuddsperioder deler satsplanens trinn i tilskuddsperioder: først ved
// hver trinndato (trinnene), så per kalendermåned (NAVs praksis,
// nav-praksis § 3b), nummerert 1..n. Månedsbeløpet for et trinn er
// BeregnManed(g, trinnets prosent, a).Tilskudd; hver periode får
// BelopForPeriode av månedsbeløpet. En tom plan (kuttet før start) gir ingen
// perioder. Feilene er feilene fra Lonnsgrunnlag.Valider.
func Tilskuddsperioder(plan Satsplan, g Lonnsgrunnlag, a Avrunding) ([]Tilskuddsperiode, error) {
	return AppendTilskuddsperioder(nil, plan, g, a)
}

// AppendTilskuddsperioder er som Tilskuddsperioder, men legger periodene til
// dst, så en kaller kan gjenbruke et buffer. Løpenumrene begynner på 1
// uansett hva dst inneholder.
func AppendTilskuddsperioder(dst []Tilskuddsperiode, plan Satsplan, g Lonnsgrunnlag, a Avrunding) ([]Tilskuddsperiode, error) {
	if err := g.Valider(); err != nil {
		return dst, err
	}
	if len(plan.Trinn) == 0 {
		return dst, nil
	}
	for _, t := range plan.Trinn {
		if err := t.Periode.Valider(); err != nil {
			return dst, feltFeil("trinn", t.Periode.String(), "ugyldig trinnperiode", errors.Join(ErrUgyldigSats, err))
		}
		if err := sjekkProsent("trinn.prosent", t.Prosent); err != nil {
			return dst, err
		}
	}
	kost := lonnskostnad(g)
	forste, siste := plan.Trinn[0].Periode.Fra, plan.Trinn[len(plan.Trinn)-1].Periode.Til
	antall := manedsnummer(siste) - manedsnummer(forste) + len(plan.Trinn)
	if cap(dst)-len(dst) < antall {
		ny := make([]Tilskuddsperiode, len(dst), len(dst)+antall)
		copy(ny, dst)
		dst = ny
	}
	nr := 0
	for _, t := range plan.Trinn {
		maned, err := a.ProsentAv(kost.Sum, t.Prosent)
		if err != nil {
			return dst, err
		}
		dst, nr = appendManeder(dst, nr, t.Periode, t.Prosent, maned)
	}
	return dst, nil
}

func manedsnummer(d tiltak.Dato) int { return d.Aar()*12 + int(d.Maned()) }

func appendManeder(dst []Tilskuddsperiode, nr int, p tiltak.Periode, prosent, maned decimal.Decimal) ([]Tilskuddsperiode, int) {
	for fra := p.Fra; !fra.After(p.Til); {
		til := fra.SisteIManed()
		if til.After(p.Til) {
			til = p.Til
		}
		del := tiltak.Periode{Fra: fra, Til: til}
		nr++
		dst = append(dst, Tilskuddsperiode{Lopenummer: nr, Periode: del, Prosent: prosent, Manedsbelop: maned, Belop: belopIManed(del, maned)})
		fra = til.AddDays(1)
		if fra.IsZero() {
			break
		}
	}
	return dst, nr
}

// VTAOTilskuddsperioder deler en avtaleperiode for varig tilrettelagt arbeid
// i ordinær virksomhet per kalendermåned og gir hver periode den faste
// månedssatsen som gjelder på periodens første dag (VTAOSats), forholdsmessig
// for en del av en måned som i BelopForPeriode (NAVs praksis). En periode
// uten kjent sats gir ErrIngenSats; en ugyldig avtaleperiode gir
// tiltak.ErrUgyldigPeriode.
func VTAOTilskuddsperioder(avtale tiltak.Periode) ([]Tilskuddsperiode, error) {
	if err := avtale.Valider(); err != nil {
		return nil, err
	}
	ut := make([]Tilskuddsperiode, 0, manedsnummer(avtale.Til)-manedsnummer(avtale.Fra)+1)
	nr := 0
	for fra := avtale.Fra; !fra.After(avtale.Til); {
		til := fra.SisteIManed()
		if til.After(avtale.Til) {
			til = avtale.Til
		}
		sats, err := VTAOSats(fra)
		if err != nil {
			return nil, err
		}
		ut, nr = appendManeder(ut, nr, tiltak.Periode{Fra: fra, Til: til}, decimal.Zero, sats)
		fra = til.AddDays(1)
		if fra.IsZero() {
			break
		}
	}
	return ut, nil
}

// KuttPerioder gir periodene slik de blir når tilskuddet opphører fra og med
// dagen stopp (se Stopp): perioder som starter på eller etter stopp faller
// bort, og perioden som inneholder stopp slutter dagen før, med beløpet
// regnet om forholdsmessig av månedsbeløpet (BelopForPeriode). Skiven er ny;
// perioder ellers er uendret.
func KuttPerioder(perioder []Tilskuddsperiode, stopp tiltak.Dato) []Tilskuddsperiode {
	ut := make([]Tilskuddsperiode, 0, len(perioder))
	for _, p := range perioder {
		if !stopp.IsZero() && !p.Periode.Fra.Before(stopp) {
			break
		}
		if !stopp.IsZero() && !p.Periode.Til.Before(stopp) {
			p.Periode.Til = stopp.AddDays(-1)
			p.Belop = belopIManed(p.Periode, p.Manedsbelop)
		}
		ut = append(ut, p)
	}
	return ut
}
