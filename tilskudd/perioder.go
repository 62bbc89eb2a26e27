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
	Prosent     decimal.Decimal `json:"prosent"`     // tilskuddsprosenten (40 = 40 %); 0 for VTAO (fast sats)
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
	if m, ok := lesTall(manedsbelop); ok {
		if sum, ok := belopForPeriodeTall(p, m); ok {
			return decimal.NewFromInt(sum), nil
		}
	}
	sum := decimal.Zero
	for fra := p.Fra; !fra.After(p.Til); {
		til := fra.SisteIManed()
		if til.After(p.Til) {
			til = p.Til
		}
		sum = sum.Add(belopIManedDesimal(tiltak.Periode{Fra: fra, Til: til}, manedsbelop))
		fra = nesteManedsstart(til)
		if fra.IsZero() {
			break
		}
	}
	return sum, nil
}

// belopForPeriodeTall er BelopForPeriode i tall for et helt månedsbeløp.
func belopForPeriodeTall(p tiltak.Periode, m tall) (int64, bool) {
	m = m.normal()
	if m.e != 0 {
		return 0, false
	}
	sum := tall{}
	for fra := p.Fra; !fra.After(p.Til); {
		til := fra.SisteIManed()
		if til.After(p.Til) {
			til = p.Til
		}
		b, ok := belopIManedTall(tiltak.Periode{Fra: fra, Til: til}, m)
		if !ok {
			return 0, false
		}
		if sum, ok = sum.add(b); !ok {
			return 0, false
		}
		fra = nesteManedsstart(til)
		if fra.IsZero() {
			break
		}
	}
	return sum.k, true
}

// belopIManedDesimal er beløpet for en periode innenfor én kalendermåned,
// regnet i shopspring/decimal (referansen for belopIManedTall).
func belopIManedDesimal(p tiltak.Periode, manedsbelop decimal.Decimal) decimal.Decimal {
	if p.ErHelManed() {
		return manedsbelop
	}
	dagsats := manedsbelop.DivRound(dagsdeler, 10)
	return RundHalvtOpp(dagsats.Mul(decimal.NewFromInt(int64(p.Dager()))))
}

// belopIManedTall er belopIManedDesimal i tall, for m ≥ 0. En hel måned gir
// m; en del av en måned gir rund(dager × rund10(m × 16 / 487)), der rund10
// runder halvt opp til 10 desimaler (30,4375 = 487/16). false når tallene
// ikke får plass i 64 biter eller m har flere enn 10 desimaler.
func belopIManedTall(p tiltak.Periode, m tall) (tall, bool) {
	if p.ErHelManed() {
		return m, true
	}
	if m.k < 0 || m.e < -10 {
		return tall{}, false
	}
	k16, ok := mulInt(m.k, 16, 0)
	if !ok {
		return tall{}, false
	}
	// dagsats × 10^10 = rund(m.k × 16 × 10^(10+e) / 487)
	dagsats, ok := mulDivRund(uint64(k16.k), uint64(tierpotens[10+m.e]), 487)
	if !ok {
		return tall{}, false
	}
	b, ok := mulDivRund(uint64(dagsats), uint64(p.Dager()), uint64(tierpotens[10]))
	return heltall(b), ok
}

// Tilskuddsperioder deler satsplanens trinn i tilskuddsperioder: først ved
// hver trinndato (trinnene), så per kalendermåned (NAVs praksis,
// nav-praksis § 3b), nummerert 1..n. Månedsbeløpet for et trinn er
// BeregnManed(g, trinnets prosent, a).Tilskudd, og for mentor
// MentorManed-regelen (lønnen kuttes til hele kroner i summen; g.Manedslonn
// er timelønn × timer); hver periode får BelopForPeriode av månedsbeløpet.
// En tom plan (kuttet før start) gir ingen perioder.
//
// Feil: lønnsgrunnlaget (Lonnsgrunnlag.Valider: en manglende lønn eller
// prosent er en feil, aldri 0), et ugyldig trinn ("trinn", "trinn.prosent")
// og en ukjent avrundingsregel ("avrunding"). Tilskuddsperioder sjekker ikke
// avtalens lengde mot maksimal varighet; det gjør BeregnAvtale.
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
	if err := a.sjekk(); err != nil {
		return dst, err
	}
	if ut, ok := appendPerioderRask(dst, &plan, &g, a); ok {
		return ut, nil
	}
	return appendPerioderDesimal(dst, &plan, &g, a), nil
}

// maksTrinn er antall trinn den raske veien tar (fireårig har fire).
const maksTrinn = 8

// antallPerioder er antall tilskuddsperioder planen gir: én per
// kalendermåned, pluss én per trinndato.
func antallPerioder(plan *Satsplan) int {
	forste, siste := plan.Trinn[0].Periode.Fra, plan.Trinn[len(plan.Trinn)-1].Periode.Til
	return max(manedsnummer(siste)-manedsnummer(forste)+len(plan.Trinn), 0)
}

// appendPerioderRask regner periodene i tall for gyldige inndata. false
// betyr at tallene ikke kan regnes eksakt i int64; da regner
// appendPerioderDesimal.
func appendPerioderRask(dst []Tilskuddsperiode, plan *Satsplan, g *Lonnsgrunnlag, a Avrunding) ([]Tilskuddsperiode, bool) {
	if len(plan.Trinn) > maksTrinn {
		return dst, false
	}
	k, ok := g.lesKostnad()
	if !ok {
		return dst, false
	}
	kr, ok := k.regn(plan.Tiltak == tiltak.Mentor)
	if !ok {
		return dst, false
	}
	var maned [maksTrinn]int64
	for i := range plan.Trinn {
		p, ok := lesTall(plan.Trinn[i].Prosent)
		if !ok {
			return dst, false
		}
		if maned[i], ok = prosentAvTall(a, kr.sum, p, plan.Trinn[i].Prosent); !ok || maned[i] < 0 {
			return dst, false
		}
	}
	start := len(dst)
	if antall := antallPerioder(plan); cap(dst)-len(dst) < antall {
		ny := make([]Tilskuddsperiode, len(dst), len(dst)+antall)
		copy(ny, dst)
		dst = ny
	}
	b := nyDesimalbygger(3 * len(plan.Trinn))
	nr := 0
	for i := range plan.Trinn {
		t := &plan.Trinn[i]
		m := heltall(maned[i])
		md := b.lag(m)
		for fra := t.Periode.Fra; !fra.After(t.Periode.Til); {
			til := fra.SisteIManed()
			if til.After(t.Periode.Til) {
				til = t.Periode.Til
			}
			del := tiltak.Periode{Fra: fra, Til: til}
			bt, ok := belopIManedTall(del, m)
			if !ok {
				return dst[:start], false
			}
			nr++
			dst = append(dst, Tilskuddsperiode{Lopenummer: nr, Periode: del, Prosent: t.Prosent, Manedsbelop: md, Belop: b.lag(bt)})
			fra = nesteManedsstart(til)
			if fra.IsZero() {
				break
			}
		}
	}
	return dst, true
}

// appendPerioderDesimal er desimalveien (referansen) for
// AppendTilskuddsperioder. Inndataene må være sjekket.
func appendPerioderDesimal(dst []Tilskuddsperiode, plan *Satsplan, g *Lonnsgrunnlag, a Avrunding) []Tilskuddsperiode {
	kost := lonnskostnad(*g, plan.Tiltak == tiltak.Mentor)
	if antall := antallPerioder(plan); cap(dst)-len(dst) < antall {
		ny := make([]Tilskuddsperiode, len(dst), len(dst)+antall)
		copy(ny, dst)
		dst = ny
	}
	nr := 0
	for _, t := range plan.Trinn {
		maned, _ := a.ProsentAv(kost.Sum, t.Prosent) // a er sjekket
		dst, nr = appendManeder(dst, nr, t.Periode, t.Prosent, maned)
	}
	return dst
}

func manedsnummer(d tiltak.Dato) int { return d.Aar()*12 + int(d.Maned()) }

// appendManeder deler p per kalendermåned med månedsbeløpet maned (≥ 0).
func appendManeder(dst []Tilskuddsperiode, nr int, p tiltak.Periode, prosent, maned decimal.Decimal) ([]Tilskuddsperiode, int) {
	for fra := p.Fra; !fra.After(p.Til); {
		til := fra.SisteIManed()
		if til.After(p.Til) {
			til = p.Til
		}
		del := tiltak.Periode{Fra: fra, Til: til}
		nr++
		dst = append(dst, Tilskuddsperiode{Lopenummer: nr, Periode: del, Prosent: prosent, Manedsbelop: maned, Belop: belopIManedDesimal(del, maned)})
		fra = nesteManedsstart(til)
		if fra.IsZero() {
			break
		}
	}
	return dst, nr
}

// VTAOTilskuddsperioder deler en avtaleperiode for varig tilrettelagt arbeid
// i ordinær virksomhet per kalendermåned og gir hver periode den faste
// månedssatsen som gjelder på periodens første dag (VTAOSats i
// StandardSatser), forholdsmessig for en del av en måned som i
// BelopForPeriode (NAVs praksis). En periode uten kjent sats gir
// ErrIngenSats; en ugyldig avtaleperiode gir tiltak.ErrUgyldigPeriode.
func VTAOTilskuddsperioder(avtale tiltak.Periode) ([]Tilskuddsperiode, error) {
	return standard.VTAOTilskuddsperioder(avtale)
}

// VTAOTilskuddsperioder er som pakkefunksjonen VTAOTilskuddsperioder, med
// satsene fra s.
func (s *Satser) VTAOTilskuddsperioder(avtale tiltak.Periode) ([]Tilskuddsperiode, error) {
	if err := avtale.Valider(); err != nil {
		return nil, err
	}
	ut := make([]Tilskuddsperiode, 0, manedsnummer(avtale.Til)-manedsnummer(avtale.Fra)+1)
	b := nyDesimalbygger(2)
	nr := 0
	for fra := avtale.Fra; !fra.After(avtale.Til); {
		til := fra.SisteIManed()
		if til.After(avtale.Til) {
			til = avtale.Til
		}
		sats, err := s.VTAOSats(fra)
		if err != nil {
			return nil, err
		}
		del := tiltak.Periode{Fra: fra, Til: til}
		nr++
		p := Tilskuddsperiode{Lopenummer: nr, Periode: del, Prosent: decimal.Zero, Manedsbelop: sats}
		rask := false
		if m, ok := lesTall(sats); ok {
			b.kjenn(m, sats)
			var bt tall
			if bt, rask = belopIManedTall(del, m); rask {
				p.Belop = b.lag(bt)
			}
		}
		if !rask {
			p.Belop = belopIManedDesimal(del, sats)
		}
		ut = append(ut, p)
		fra = nesteManedsstart(til)
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
			p.Belop = belopIManedDesimal(p.Periode, p.Manedsbelop)
		}
		ut = append(ut, p)
	}
	return ut
}

// nesteManedsstart gir første dag i måneden etter d: dagen etter en
// månedsslutt, uten omveien om dagnummer (AddDays). For en d som ikke er
// siste dag i måneden gir den likevel neste måned; løkkene som bruker den,
// stopper før det (fra kommer etter periodens slutt). Nullverdien etter år
// 9999.
func nesteManedsstart(d tiltak.Dato) tiltak.Dato { return d.ForsteIManed().AddMonths(1) }
