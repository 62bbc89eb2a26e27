package tilskudd

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Trinn er ett trinn i en satsplan: tilskuddsprosenten som gjelder i
// perioden (begge ender med).
type Trinn struct {
	Periode tiltak.Periode  `json:"periode"`
	Prosent decimal.Decimal `json:"prosent"` // 40 = 40 %
}

// Avtale er det satsplanen bygges av.
type Avtale struct {
	// Tiltak er tiltaket: midlertidig, varig eller fireårig lønnstilskudd,
	// sommerjobb eller mentor.
	Tiltak tiltak.Kode `json:"tiltak"`
	// Periode er avtaleperioden (begge ender med).
	Periode tiltak.Periode `json:"periode"`
	// Innsatsgruppe brukes for midlertidig lønnstilskudd (prosenten utledes
	// av gruppen, og etter 2016-teksten avgjør nedsatt arbeidsevne taket).
	Innsatsgruppe tiltak.Innsatsgruppe `json:"innsatsgruppe,omitempty"`
	// AvtaltProsent er prosenten partene har avtalt: påkrevd for varig
	// lønnstilskudd (0–75), sommerjobb (50 eller 75) og midlertidig
	// lønnstilskudd etter 2016-teksten. For tiltak der prosenten er gitt
	// (midlertidig etter 2021, fireårig, mentor) må den mangle eller være lik
	// startprosenten.
	AvtaltProsent decimal.NullDecimal `json:"avtalt_prosent"`
}

// Satsplan er tilskuddsprosenten over en avtaleperiode som en liste av
// trinn uten hull, sortert etter dato.
type Satsplan struct {
	Tiltak        tiltak.Kode      `json:"tiltak"`
	Avtaleperiode tiltak.Periode   `json:"avtaleperiode"`
	Versjon       string           `json:"versjon"` // regelversjonen, for eksempel "2016" eller "2021"
	Trinn         []Trinn          `json:"trinn"`
	Maks          decimal.Decimal  `json:"maks"`    // høyeste prosent regelen tillater
	Hjemmel       tiltak.Hjemmel   `json:"hjemmel"` // regelen satsene bygger på
	Praksis       []tiltak.Hjemmel `json:"praksis,omitempty"`
	Uverifisert   bool             `json:"uverifisert,omitempty"` // satsene eller versjonsdatoen er ikke verifisert i forskriftsteksten
	Merknad       string           `json:"merknad,omitempty"`
	Stoppdato     tiltak.Dato      `json:"stoppdato,omitzero"` // satt av Kutt: tilskuddet opphører fra denne dagen
}

// Versjonsdatoer.
var (
	// Tiltaksforskriftens ikrafttredelse.
	ikraft2016 = dato(2016, 1, 1)
	// MidlertidigOvergang er datoen satsene 40/60 % med nedtrapping gjelder
	// fra i NAVs kode (januar 2021). Datoen endringsforskriften trådte i kraft
	// er ikke verifisert.
	MidlertidigOvergang = dato(2021, 1, 1)
	// SommerjobbFra er datoen tilskudd til sommerjobb trådte i kraft
	// (1. juni 2021, ifølge statsrådens svar til Stortinget; sekundærkilde).
	SommerjobbFra = dato(2021, 6, 1)
	// FirearigFra er første mulige oppstart for fireårig lønnstilskudd i
	// NAVs kode (produksjon).
	FirearigFra = dato(2026, 8, 1)
)

var (
	p30, p35, p40, p50, p60, p67, p70, p75 = kr(30), kr(35), kr(40), kr(50), kr(60), kr(67), kr(70), kr(75)
)

// NySatsplan bygger satsplanen for en avtale:
//
//   - midlertidig lønnstilskudd med start fra 2021-01-01 (NAVs kode; datoen
//     er ikke verifisert): 40 % med nedtrapping til 30 % fra start + 6
//     måneder, eller 60 % med nedtrapping til 50 % fra start + 1 år ved
//     nedsatt arbeidsevne. Prosenten utledes av innsatsgruppen slik NAV gjør:
//     trenger veiledning gir 40, de tre gruppene med nedsatt arbeidsevne gir
//     60, gode muligheter gir ErrIngenSats og ukjent gruppe ErrUkjentFaktum.
//   - midlertidig lønnstilskudd med start 2016-01-01–2020-12-31 (2016-teksten):
//     avtalt prosent inntil 50, inntil 75 ved nedsatt arbeidsevne, uten
//     nedtrapping.
//   - varig lønnstilskudd (§ 10-7): avtalt prosent 0–75 det første året,
//     høyst 67 fra start + 1 år; et trinn bare når avtalt prosent er over 67.
//     Over 75 er en feil, ikke klemt.
//   - sommerjobb (fra 2021-06-01): nøyaktig 50 eller 75 %, uten nedtrapping.
//   - fireårig lønnstilskudd (fra 2026-08-01): 70/60/50/35 % i år 1–4;
//     en avtale som varer utover fjerde år gir ErrIngenSats.
//   - mentor (§ 5-6): 100 % av lønnskostnaden.
//
// Trinndatoer regnes med tiltak.Dato.AddMonths/AddYears (29. februar + 1 år =
// 28. februar; 31. august + 6 måneder = siste dag i februar). En trinndato
// etter avtalens sluttdato faller bort; en trinndato lik sluttdatoen beholdes
// og gir et trinn på én dag (NAVs praksis).
//
// Feil: ugyldig periode (feltene "periode.fra"/"periode.til"), ukjent tiltak
// (tiltak.ErrUkjentTiltak), et tiltak eller en startdato pakken ikke
// modellerer (ErrIkkeModellert), og ugyldig eller manglende prosent
// (ErrUgyldigSats, ErrUkjentFaktum, ErrIngenSats) for feltet som er galt.
//
// NySatsplan sjekker ikke avtaleperioden mot maksimal varighet: en avtale om
// midlertidig lønnstilskudd til 9999-12-31 gir en plan uten feil. Den
// sjekker heller ikke personkretsen eller aldersgrensene. Kalleren må sjekke
// varigheten selv (varighet.Maksimum, varighet.Kontroller), eller bruke
// BeregnAvtale, som gjør det før den gir plan og perioder.
func NySatsplan(a Avtale) (Satsplan, error) {
	if err := a.Tiltak.Valider(); err != nil {
		return Satsplan{}, err
	}
	if err := a.Periode.Valider(); err != nil {
		var ff *tiltak.FeltFeil
		if errors.As(err, &ff) {
			return Satsplan{}, feltFeil("periode."+ff.Felt, ff.Verdi, ff.Grunn, ff.Err)
		}
		return Satsplan{}, err
	}
	start, slutt := a.Periode.Fra, a.Periode.Til
	if start.Before(ikraft2016) {
		return Satsplan{}, feltFeil("periode.fra", start.String(), "tilskuddsreglene før tiltaksforskriften (2016-01-01) er ikke modellert", ErrIkkeModellert)
	}
	s := Satsplan{Tiltak: a.Tiltak, Avtaleperiode: a.Periode}
	switch a.Tiltak {
	case tiltak.MidlertidigLonnstilskudd:
		if start.Before(MidlertidigOvergang) {
			return midlertidig2016(a, s)
		}
		var startProsent, nyProsent decimal.Decimal
		var trinndato tiltak.Dato
		switch a.Innsatsgruppe {
		case tiltak.TrengerVeiledning:
			startProsent, nyProsent, trinndato = p40, p30, start.AddMonths(6)
		case tiltak.TrengerVeiledningNedsattArbeidsevne, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe:
			startProsent, nyProsent, trinndato = p60, p50, start.AddYears(1)
		case tiltak.GodeMuligheter:
			return Satsplan{}, feltFeil("innsatsgruppe", a.Innsatsgruppe.String(), "gir ingen tilskuddsprosent for midlertidig lønnstilskudd", ErrIngenSats)
		default:
			return Satsplan{}, feltFeil("innsatsgruppe", a.Innsatsgruppe.String(), "må være kjent for å utlede tilskuddsprosenten", ErrUkjentFaktum)
		}
		if err := sjekkGittProsent(a.AvtaltProsent, startProsent); err != nil {
			return Satsplan{}, err
		}
		s.Versjon, s.Hjemmel, s.Maks, s.Uverifisert = "2021", HjemmelMidlertidig, startProsent, true
		s.Praksis = []tiltak.Hjemmel{PraksisInnsatsgruppe, PraksisTrinndato}
		s.Merknad = "40/60 % med nedtrapping fra 2021-01-01 etter NAVs kode; ikrafttredelsen og ordlyden er ikke verifisert"
		s.Trinn = lagTrinn(a.Periode, []tiltak.Dato{trinndato}, []decimal.Decimal{startProsent, nyProsent})
	case tiltak.VarigLonnstilskudd:
		p, err := kravProsent(a.AvtaltProsent)
		if err != nil {
			return Satsplan{}, err
		}
		if p.Sign() < 0 || p.Cmp(p75) > 0 {
			return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "må ligge mellom 0 og 75 for varig lønnstilskudd", ErrUgyldigSats)
		}
		s.Versjon, s.Hjemmel, s.Maks = "2016", HjemmelVarig, p75
		s.Praksis = []tiltak.Hjemmel{PraksisTrinndato}
		if p.Cmp(p67) > 0 {
			s.Trinn = lagTrinn(a.Periode, []tiltak.Dato{start.AddYears(1)}, []decimal.Decimal{p, p67})
		} else {
			s.Trinn = lagTrinn(a.Periode, nil, []decimal.Decimal{p})
		}
	case tiltak.Sommerjobb:
		if start.Before(SommerjobbFra) {
			return Satsplan{}, feltFeil("periode.fra", start.String(), "tilskudd til sommerjobb gjelder fra 2021-06-01", ErrIkkeModellert)
		}
		p, err := kravProsent(a.AvtaltProsent)
		if err != nil {
			return Satsplan{}, err
		}
		if !p.Equal(p50) && !p.Equal(p75) {
			return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "må være nøyaktig 50 eller 75 for sommerjobb", ErrUgyldigSats)
		}
		s.Versjon, s.Hjemmel, s.Maks, s.Uverifisert = "2021", HjemmelSommerjobb, p75, true
		s.Merknad = "50/75 % etter NAVs side og kode; paragrafteksten i kapittel 8 er ikke verifisert"
		s.Trinn = lagTrinn(a.Periode, nil, []decimal.Decimal{p})
	case tiltak.FirearigLonnstilskudd:
		if start.Before(FirearigFra) {
			return Satsplan{}, feltFeil("periode.fra", start.String(), "fireårig lønnstilskudd kan tidligst starte 2026-08-01", ErrIkkeModellert)
		}
		if !slutt.Before(start.AddYears(4)) {
			return Satsplan{}, feltFeil("periode.til", slutt.String(), "fireårig lønnstilskudd har ingen sats etter fjerde år", ErrIngenSats)
		}
		if err := sjekkGittProsent(a.AvtaltProsent, p70); err != nil {
			return Satsplan{}, err
		}
		s.Versjon, s.Hjemmel, s.Maks, s.Uverifisert = "2026", HjemmelFirearig, p70, true
		s.Praksis = []tiltak.Hjemmel{PraksisTrinndato}
		s.Merknad = "satsene er fra NAVs kode; forsøksforskriften er ikke lest"
		s.Trinn = lagTrinn(a.Periode,
			[]tiltak.Dato{start.AddYears(1), start.AddYears(2), start.AddYears(3)},
			[]decimal.Decimal{p70, p60, p50, p35})
	case tiltak.Mentor:
		if err := sjekkGittProsent(a.AvtaltProsent, hundre); err != nil {
			return Satsplan{}, err
		}
		s.Versjon, s.Hjemmel, s.Maks = "2016", HjemmelMentor, hundre
		s.Trinn = lagTrinn(a.Periode, nil, []decimal.Decimal{hundre})
	default:
		return Satsplan{}, feltFeil("tiltak", string(a.Tiltak), "tiltaket har ingen prosentbasert satsplan", ErrIkkeModellert)
	}
	return s, nil
}

func midlertidig2016(a Avtale, s Satsplan) (Satsplan, error) {
	p, err := kravProsent(a.AvtaltProsent)
	if err != nil {
		return Satsplan{}, err
	}
	if p.Sign() < 0 || p.Cmp(p75) > 0 {
		return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "må ligge mellom 0 og 75 etter 2016-teksten", ErrUgyldigSats)
	}
	maks := p50
	if p.Cmp(p50) > 0 {
		switch a.Innsatsgruppe.NedsattArbeidsevne() {
		case tiltak.Ukjent:
			return Satsplan{}, feltFeil("innsatsgruppe", a.Innsatsgruppe.String(), "må være kjent når avtalt prosent er over 50", ErrUkjentFaktum)
		case tiltak.Nei:
			return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "over 50 krever nedsatt arbeidsevne etter 2016-teksten", ErrUgyldigSats)
		}
		maks = p75
	}
	s.Versjon, s.Hjemmel, s.Maks, s.Uverifisert = "2016", HjemmelMidlertidig2016, maks, true
	s.Merknad = "2016-teksten (inntil 50/75 %, uten nedtrapping) er verifisert; at den gjaldt til 2020-12-31 er hentet fra NAVs kode"
	s.Trinn = lagTrinn(a.Periode, nil, []decimal.Decimal{p})
	return s, nil
}

func kravProsent(n decimal.NullDecimal) (decimal.Decimal, error) {
	if !n.Valid {
		return decimal.Zero, feltFeil("avtalt_prosent", "", "mangler avtalt tilskuddsprosent", ErrUkjentFaktum)
	}
	return n.Decimal, nil
}

func sjekkGittProsent(n decimal.NullDecimal, riktig decimal.Decimal) error {
	if n.Valid && !n.Decimal.Equal(riktig) {
		return feltFeil("avtalt_prosent", n.Decimal.String(), "prosenten er gitt av regelen og må være "+riktig.String(), ErrUgyldigSats)
	}
	return nil
}

// lagTrinn deler perioden ved datoene (en dato etter slutt faller bort, lik
// slutt beholdes) og gir hvert trinn prosenten til den siste datoen som er
// passert. prosenter har én verdi mer enn datoer. En nulldato er en
// trinndato som havnet etter år 9999 (Dato.AddMonths gir da nullverdien);
// den ligger etter enhver slutt og faller bort.
func lagTrinn(p tiltak.Periode, datoer []tiltak.Dato, prosenter []decimal.Decimal) []Trinn {
	ut := make([]Trinn, 0, len(prosenter))
	fra := p.Fra
	for i, d := range datoer {
		if d.IsZero() || d.After(p.Til) {
			break
		}
		ut = append(ut, Trinn{tiltak.Periode{Fra: fra, Til: d.AddDays(-1)}, prosenter[i]})
		fra = d
	}
	return append(ut, Trinn{tiltak.Periode{Fra: fra, Til: p.Til}, prosenter[len(ut)]})
}

// ProsentPa gir tilskuddsprosenten på dagen d, og false når d ligger utenfor
// trinnene (før start, etter slutt eller fra en stoppdato).
func (s Satsplan) ProsentPa(d tiltak.Dato) (decimal.Decimal, bool) {
	for _, t := range s.Trinn {
		if t.Periode.Inneholder(d) {
			return t.Prosent, true
		}
	}
	return decimal.Zero, false
}

// Kutt gir en kopi av planen der tilskuddet opphører fra og med dagen stopp
// (for eksempel datoen en permittering trer i kraft, se Stopp): trinn som
// starter på eller etter stopp faller bort, og trinnet som inneholder stopp
// slutter dagen før. En stoppdato etter planens slutt endrer ingen trinn.
// Stoppdato settes i kopien når stopp ligger i eller før planen.
func (s Satsplan) Kutt(stopp tiltak.Dato) Satsplan {
	if stopp.IsZero() || stopp.After(s.Avtaleperiode.Til) {
		return s
	}
	ut := s
	ut.Stoppdato = stopp
	ut.Trinn = make([]Trinn, 0, len(s.Trinn))
	for _, t := range s.Trinn {
		if !t.Periode.Fra.Before(stopp) {
			break
		}
		if !t.Periode.Til.Before(stopp) {
			t.Periode.Til = stopp.AddDays(-1)
		}
		ut.Trinn = append(ut.Trinn, t)
	}
	return ut
}
