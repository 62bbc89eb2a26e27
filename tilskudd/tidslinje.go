package tilskudd

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Satssegment er et tidsrom i en avtale der satsene er de samme hver dag:
// tilskuddsprosenten, grunnbeløpet G (når satsregelen har et tak i G) og
// den faste månedssatsen (VTA, VTAO, AFT).
type Satssegment struct {
	// Periode er tidsrommet, begge ender med.
	Periode tiltak.Periode `json:"periode"`
	// Prosent er tilskuddsprosenten (satsplanens trinn, 40 = 40 %); tom for
	// tiltak med fast månedssats.
	Prosent decimal.NullDecimal `json:"prosent"`
	// G er grunnbeløpet (kroner per år) når satsregelen har et tak i G
	// (regler.Sats.GTak); tom ellers, og tom med Ukjent satt når G ikke er
	// kjent i tidsrommet.
	G decimal.NullDecimal `json:"g"`
	// Manedssats er den faste månedssatsen fra tabellen (VTA, VTAO, AFT);
	// tom ellers, og tom med Ukjent satt når satsen ikke er kjent i
	// tidsrommet.
	Manedssats decimal.NullDecimal `json:"manedssats"`
	// Ukjent er sann når en sats tiltaket trenger ikke er kjent i
	// tidsrommet (tabellen har ingen rad for det; se Satser.Med).
	Ukjent bool `json:"ukjent,omitempty"`
	// Grunner sier hvorfor segmentet begynner: periodestart for det første;
	// ellers et trinn i tilskuddsprosenten eller en ny rad i en tabell
	// (nytt G 1. mai, ny månedssats), eller at en rad slutter.
	Grunner []tiltak.Knekkgrunn `json:"grunner"`
}

// Satstidslinje deler avtaleperioden i tidsrom der satsene er de samme
// (se Satssegment), med StandardSatser, etter forskriften alene. To
// segmenter etter hverandre har ulike satser.
func Satstidslinje(a Avtale) ([]Satssegment, error) {
	return standard.SatstidslinjeMed(a, regler.Valg{})
}

// SatstidslinjeMed er Satstidslinje med valg, som NySatsplanMed (med
// valg.MedPraksis avgjør innsatsgruppen prosenten når arbeidsevnen ikke er
// oppgitt).
func SatstidslinjeMed(a Avtale, valg regler.Valg) ([]Satssegment, error) {
	return standard.SatstidslinjeMed(a, valg)
}

// Satstidslinje er Satser.SatstidslinjeMed uten valg.
func (s *Satser) Satstidslinje(a Avtale) ([]Satssegment, error) {
	return s.SatstidslinjeMed(a, regler.Valg{})
}

// SatstidslinjeMed er som pakkefunksjonen SatstidslinjeMed, med tabellene i s.
//
// Knekkpunktene kommer fra dataene og er de samme som deler
// tilskuddsperiodene (Delingsdatoer): trinndatoene i satsplanen
// (NySatsplan), og radene i tabellene satsregelen bruker (G når regelen
// har et G-tak, månedssatsen for VTA, VTAO og AFT). Satsregelen er den som
// gjelder på avtalens startdato, som i NySatsplan. Tidslinjen går ikke
// gjennom dagene eller månedene.
//
// Feil: ukjent tiltak, en periode som mangler en dato, slutter før den
// begynner eller er lengre enn tiltak.MaksTidslinjeAar år ("periode.fra"
// eller "periode.til", tiltak.ErrUgyldigPeriode), et tiltak uten
// satsregel eller en startdato uten satsregel (ErrIkkeModellert), og
// feilene fra NySatsplanMed for tiltak med prosent. En sats som ikke er kjent
// i en del av perioden, er ikke en feil: segmentet har Ukjent satt.
func (s *Satser) SatstidslinjeMed(a Avtale, valg regler.Valg) ([]Satssegment, error) {
	if err := a.Tiltak.Valider(); err != nil {
		return nil, err
	}
	if err := tiltak.SjekkTidslinjeperiode(a.Periode); err != nil {
		return nil, err
	}
	oppsett, err := s.satsoppsett(a, valg)
	if err != nil {
		return nil, err
	}
	kand := s.knekkpunkter(&oppsett, a.Periode, false)
	ut := []Satssegment{oppsett.segment(s, a.Periode.Fra, a.Periode.Til)}
	ut[0].Grunner = []tiltak.Knekkgrunn{{Art: tiltak.KnekkPeriodestart, Dato: a.Periode.Fra}}
	for i := 0; i < len(kand); {
		d := kand[i].Dato
		j := i
		for j < len(kand) && kand[j].Dato == d {
			j++
		}
		ny := oppsett.segment(s, d, a.Periode.Til)
		siste := &ut[len(ut)-1]
		if !sammeSatser(siste, &ny) {
			siste.Periode.Til = d.AddDays(-1)
			ny.Grunner = slices.Clone(kand[i:j])
			ut = append(ut, ny)
		}
		i = j
	}
	return ut, nil
}

// Delingsdatoer gir dagene i planens avtaleperiode (etter første dag) der
// en ny tilskuddsperiode begynner: trinndatoene og første dag i hver
// kalendermåned, med grunnen, sortert. En trinndato som er første dag i en
// måned, står to ganger (trinn og ny måned). Tilskuddsperioder deler
// planen ved nøyaktig disse datoene (testet); Satstidslinje bruker de samme
// knekkpunktene uten månedene, pluss tabellradene.
func Delingsdatoer(plan Satsplan) []tiltak.Knekkgrunn {
	if len(plan.Trinn) == 0 {
		return nil
	}
	p := tiltak.Periode{Fra: plan.Trinn[0].Periode.Fra, Til: plan.Trinn[len(plan.Trinn)-1].Periode.Til}
	o := satsoppsett{plan: &plan}
	return standard.knekkpunkter(&o, p, true)
}

// satsoppsett er det en avtale trenger for å slå opp satsene på en dag.
type satsoppsett struct {
	plan *Satsplan // nil for tiltak uten prosent
	// tabeller er tabellene satsene slås opp i (G og/eller månedssatsen).
	g, manedssats Tabell
	id            string
	hjemmel       tiltak.Hjemmel
}

func (s *Satser) satsoppsett(a Avtale, valg regler.Valg) (satsoppsett, error) {
	sats, err := satsFor(a.Tiltak, a.Periode.Fra, "periode.fra")
	if err != nil {
		return satsoppsett{}, err
	}
	o := satsoppsett{id: sats.ID(), hjemmel: sats.Hjemmel()}
	switch sats.Type() {
	case regler.FastProsent, regler.MaksProsent, regler.Timelonn:
		plan, err := NySatsplanMed(a, valg)
		if err != nil {
			return satsoppsett{}, err
		}
		o.plan = &plan
	case regler.Manedssats:
		switch a.Tiltak {
		case tiltak.VTA:
			o.manedssats = TabellVTA
		case tiltak.VTAO:
			o.manedssats = TabellVTAO
		case tiltak.AFT:
			o.manedssats = TabellAFT
		}
	}
	if sats.GTak() > 0 {
		o.g = TabellG
	}
	return o, nil
}

// segment gir satsene på dagen d i et segment som (foreløpig) varer til til.
func (o *satsoppsett) segment(s *Satser, d, til tiltak.Dato) Satssegment {
	seg := Satssegment{Periode: tiltak.Periode{Fra: d, Til: til}}
	if o.plan != nil {
		if p, ok := o.plan.ProsentPa(d); ok {
			seg.Prosent = decimal.NewNullDecimal(p)
		}
	}
	oppslag := func(t Tabell) decimal.NullDecimal {
		if t == 0 {
			return decimal.NullDecimal{}
		}
		r, err := s.tabell(t).finn(d)
		if err != nil {
			seg.Ukjent = true
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(r.Belop)
	}
	seg.G = oppslag(o.g)
	seg.Manedssats = oppslag(o.manedssats)
	return seg
}

// knekkpunkter gir dagene d med p.Fra < d ≤ p.Til der satsene kan skifte:
// trinndatoene i planen, radene i tabellene (første dag, og dagen etter en
// rad med Til når neste rad ikke begynner da) og, med maneder, første dag
// i hver kalendermåned. Sortert; én mekanisme for tidslinjen og delingen i
// tilskuddsperioder.
func (s *Satser) knekkpunkter(o *satsoppsett, p tiltak.Periode, maneder bool) []tiltak.Knekkgrunn {
	var ut []tiltak.Knekkgrunn
	inne := func(d tiltak.Dato) bool { return !d.IsZero() && d.After(p.Fra) && !d.After(p.Til) }
	if o.plan != nil {
		for _, t := range o.plan.Trinn[1:] {
			if inne(t.Periode.Fra) {
				ut = append(ut, tiltak.Knekkgrunn{Art: tiltak.KnekkTrinn, Dato: t.Periode.Fra, ID: o.plan.Versjon, Hjemmel: o.plan.Hjemmel})
			}
		}
	}
	for _, t := range []Tabell{o.g, o.manedssats} {
		if t == 0 {
			continue
		}
		tab := s.tabell(t)
		for i, r := range tab.Satser {
			if inne(r.Fra) {
				ut = append(ut, tiltak.Knekkgrunn{Art: tiltak.KnekkTabellrad, Dato: r.Fra, ID: t.String(), Hjemmel: tab.Hjemmel})
			}
			if !r.Til.IsZero() {
				etter := r.Til.AddDays(1)
				if inne(etter) && (i+1 >= len(tab.Satser) || tab.Satser[i+1].Fra != etter) {
					ut = append(ut, tiltak.Knekkgrunn{Art: tiltak.KnekkTabellrad, Dato: etter, ID: t.String(), Hjemmel: tab.Hjemmel})
				}
			}
		}
	}
	if maneder {
		for d := nesteManedsstart(p.Fra); inne(d); d = nesteManedsstart(d) {
			ut = append(ut, tiltak.Knekkgrunn{Art: tiltak.KnekkManed, Dato: d})
		}
	}
	return tiltak.SorterKnekk(ut)
}

// sammeSatser sier om to segmenter har de samme satsene.
func sammeSatser(a, b *Satssegment) bool {
	lik := func(x, y decimal.NullDecimal) bool {
		return x.Valid == y.Valid && (!x.Valid || x.Decimal.Equal(y.Decimal))
	}
	return lik(a.Prosent, b.Prosent) && lik(a.G, b.G) && lik(a.Manedssats, b.Manedssats) && a.Ukjent == b.Ukjent
}
