package tilskudd

import (
	"errors"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Trinn er ett trinn i en satsplan: tilskuddsprosenten som gjelder i
// perioden (begge ender med).
type Trinn struct {
	Periode tiltak.Periode  `json:"periode"`
	Prosent decimal.Decimal `json:"prosent"` // 40 = 40 %
}

// Avtale er det satsplanen bygges av. Valgene (NAVs praksis) er ikke en del
// av avtalen; de gis til NySatsplanMed og BeregnAvtaleMed.
type Avtale struct {
	// Tiltak er tiltaket: midlertidig, varig eller fireårig lønnstilskudd,
	// sommerjobb eller mentor.
	Tiltak tiltak.Kode `json:"tiltak"`
	// Periode er avtaleperioden (begge ender med).
	Periode tiltak.Periode `json:"periode"`
	// Arbeidsevne avgjør prosenten der forskriften skiller på nedsatt
	// arbeidsevne (midlertidig lønnstilskudd, sommerjobb): 60/50 % eller
	// 40/30 %, 75 % eller 50 %, og taket etter 2016-teksten.
	Arbeidsevne tiltak.Arbeidsevne `json:"arbeidsevne,omitempty"`
	// Innsatsgruppe brukes når Arbeidsevne mangler og valgene har
	// MedPraksis: NAV utleder nedsatt arbeidsevne av innsatsgruppen
	// (varighet.Arbeidsevne; praksis, merket i planen). Uten praksis leses
	// den ikke.
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
	Versjon       string           `json:"versjon"` // paragrafversjonen satsene står i, for eksempel "tf-9-5-v20190701"
	Trinn         []Trinn          `json:"trinn"`
	Maks          decimal.Decimal  `json:"maks"`    // høyeste prosent regelen tillater
	Hjemmel       tiltak.Hjemmel   `json:"hjemmel"` // regelen satsene bygger på
	Praksis       []tiltak.Hjemmel `json:"praksis,omitempty"`
	Uverifisert   bool             `json:"uverifisert,omitempty"` // satsene eller versjonsdatoen er ikke verifisert i forskriftsteksten
	Merknad       string           `json:"merknad,omitempty"`
	Stoppdato     tiltak.Dato      `json:"stoppdato,omitzero"` // satt av Kutt: tilskuddet opphører fra denne dagen
}

// NySatsplan bygger satsplanen for en avtale etter forskriften alene; den er
// NySatsplanMed uten valg.
func NySatsplan(a Avtale) (Satsplan, error) { return NySatsplanMed(a, regler.Valg{}) }

// NySatsplanMed bygger satsplanen for en avtale fra satsregelen i lovlaget
// (regler.SatsFor) for avtalens startdato, med valgene som i
// regler.VurderMed:
//
//   - fast prosent (midlertidig lønnstilskudd fra 1. juli 2019, sommerjobb,
//     fireårig lønnstilskudd): prosenten og trinnene står i paragrafen,
//     eventuelt i to varianter etter nedsatt arbeidsevne (§ 9-5: 60 % til
//     50 % etter tolv måneder, ellers 40 % til 30 % etter seks; § 8-6: 75 %
//     eller 50 %). Varianten avgjøres av arbeidsevnen slik
//     varighet.Arbeidsevne leser den med valgene: Arbeidsevne; mangler den
//     og valg.MedPraksis er satt, innsatsgruppen slik NAV gjør (praksis:
//     gode muligheter gir ErrIngenSats for midlertidig lønnstilskudd).
//     Mangler arbeidsevnen da, avgjøres varianten av en oppgitt
//     AvtaltProsent som er lik en variants startprosent (er den ikke lik
//     noen, ErrUgyldigSats); ellers er feilen ErrUkjentFaktum for feltet
//     arbeidsevne, som sier hva som mangler. Uten praksis gjetter
//     NySatsplanMed aldri ut fra innsatsgruppen. En oppgitt AvtaltProsent må
//     være lik startprosenten.
//   - maksimal prosent (midlertidig lønnstilskudd 2016–2019, varig
//     lønnstilskudd): AvtaltProsent er påkrevd og kan ikke være over
//     maksimum; er den over maksimum uten nedsatt arbeidsevne, avgjøres
//     nedsatt arbeidsevne som over. Er Arbeidsevne oppgitt, er Maks
//     maksimumet for personen (75 % ved nedsatt arbeidsevne etter
//     2016-teksten, også når avtalt prosent er lavere). Varig lønnstilskudd: inntil 75 % det
//     første året, høyst 67 % fra start + 1 år (et trinn bare når avtalt
//     prosent er over 67). Over maksimum er en feil, ikke klemt.
//   - mentor (§ 5-6): 100 % av lønnskostnaden.
//
// Trinndatoer regnes med tiltak.Dato.Add (29. februar + 1 år = 28. februar;
// 31. august + 6 måneder = siste dag i februar). En trinndato etter
// avtalens sluttdato faller bort; en trinndato lik sluttdatoen beholdes og
// gir et trinn på én dag (NAVs praksis).
//
// valg.Sluttdato er avtalens sluttdato når den er oppgitt: den må være lik
// periode.til (ellers en feil for feltet "sluttdato").
//
// Feil: ugyldig periode (feltene "periode.fra"/"periode.til"), ukjent tiltak
// (tiltak.ErrUkjentTiltak), et tiltak uten prosentbasert sats (feltet
// "tiltak") eller en startdato uten satsregel (feltet "periode.fra"; feilen
// pakker en *IkkeModellertFeil) (ErrIkkeModellert), og ugyldig eller manglende
// prosent (ErrUgyldigSats, ErrUkjentFaktum, ErrIngenSats) for feltet som er
// galt.
//
// NySatsplan sjekker ikke avtaleperioden mot maksimal varighet: en avtale om
// midlertidig lønnstilskudd til 9999-12-31 gir en plan uten feil, og et
// fireårig lønnstilskudd ut over fire år beholder 35 %. Den sjekker heller
// ikke personkretsen eller aldersgrensene. Kalleren må sjekke varigheten
// selv (varighet.Maksimum, varighet.Kontroller), eller bruke BeregnAvtale,
// som gjør det før den gir plan og perioder.
func NySatsplanMed(a Avtale, valg regler.Valg) (Satsplan, error) {
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
	if !a.Arbeidsevne.Gyldig() {
		return Satsplan{}, feltFeil("arbeidsevne", a.Arbeidsevne.String(), "ukjent verdi", ErrUgyldigSats)
	}
	if !a.Innsatsgruppe.Gyldig() {
		return Satsplan{}, feltFeil("innsatsgruppe", a.Innsatsgruppe.String(), "ukjent verdi", ErrUgyldigSats)
	}
	if err := sjekkSluttdato(valg, a.Periode, "sluttdato"); err != nil {
		return Satsplan{}, err
	}
	start := a.Periode.Fra
	sats, err := satsFor(a.Tiltak, start, "periode.fra")
	if err != nil {
		return Satsplan{}, err
	}
	s := Satsplan{Tiltak: a.Tiltak, Avtaleperiode: a.Periode, Versjon: sats.ID(), Hjemmel: sats.Hjemmel(),
		Uverifisert: sats.Uverifisert(), Merknad: sats.Merknad()}
	switch sats.Type() {
	case regler.FastProsent, regler.Timelonn:
		v, praksis, err := velgVariant(sats, a, valg, true)
		if err != nil {
			return Satsplan{}, err
		}
		trinn := sats.Variant(v).Trinn
		if err := sjekkGittProsent(a.AvtaltProsent, kr(trinn[0].Prosent)); err != nil {
			return Satsplan{}, err
		}
		datoer, prosenter := trinnFra(start, trinn)
		s.Maks = prosenter[0]
		s.Praksis = praksis
		if len(datoer) > 0 {
			s.Praksis = append(s.Praksis, praksisTrinndato)
		}
		s.Trinn = lagTrinn(a.Periode, datoer, prosenter)
	case regler.MaksProsent:
		p, err := kravProsent(a.AvtaltProsent)
		if err != nil {
			return Satsplan{}, err
		}
		if p.Sign() < 0 {
			return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "kan ikke være negativ", ErrUgyldigSats)
		}
		// Den siste varianten gjelder uten nedsatt arbeidsevne; trengs et
		// høyere maksimum, må nedsatt arbeidsevne avgjøres. Er arbeidsevnen
		// oppgitt, gjelder varianten den gir (og maksimumet i planen er
		// personens).
		v := sats.AntallVarianter() - 1
		var praksis []tiltak.Hjemmel
		if v > 0 && (a.Arbeidsevne != tiltak.ArbeidsevneUkjent || p.Cmp(kr(sats.Variant(v).Trinn[0].Prosent)) > 0) {
			if v, praksis, err = velgVariant(sats, a, valg, false); err != nil {
				return Satsplan{}, err
			}
		}
		trinn := sats.Variant(v).Trinn
		maks := kr(trinn[0].Prosent)
		if p.Cmp(maks) > 0 {
			return Satsplan{}, feltFeil("avtalt_prosent", p.String(), "kan ikke være over "+maks.String()+" ("+s.Hjemmel.String()+")", ErrUgyldigSats)
		}
		// Et trinn der maksimum går ned, gjelder bare når avtalt prosent er
		// over det nye maksimumet.
		datoer, maksimum := trinnFra(start, trinn)
		prosenter := []decimal.Decimal{p}
		var trinndatoer []tiltak.Dato
		for i, d := range datoer {
			if p.Cmp(maksimum[i+1]) > 0 {
				trinndatoer = append(trinndatoer, d)
				prosenter = append(prosenter, maksimum[i+1])
				p = maksimum[i+1]
			}
		}
		s.Maks = maks
		s.Praksis = praksis
		if len(datoer) > 0 {
			s.Praksis = append(s.Praksis, praksisTrinndato)
		}
		s.Trinn = lagTrinn(a.Periode, trinndatoer, prosenter)
	default:
		return Satsplan{}, ikkeModellert("tiltak", string(a.Tiltak), a.Tiltak, start, "tiltaket har ingen prosentbasert satsplan ("+sats.Type().String()+" etter "+s.Hjemmel.String()+")")
	}
	return s, nil
}

// satsFor gir satsregelen for tiltaket på datoen (regler.SatsFor). Har
// tiltaket ingen satsregel i det hele tatt, er feilen for feltet "tiltak";
// ellers er datoen utenfor reglene, og feilen er for feltet datofelt. Feilen
// pakker lovlagets *IkkeModellertFeil (ErrIkkeModellert).
func satsFor(kode tiltak.Kode, d tiltak.Dato, datofelt string) (regler.Sats, error) {
	s, err := regler.SatsFor(kode, d)
	if err == nil {
		return s, nil
	}
	if !errors.Is(err, ErrIkkeModellert) {
		return s, err
	}
	if l, _ := regler.Satsversjoner(kode); len(l) == 0 {
		return s, feltFeil("tiltak", string(kode), "tiltaket har ingen satsregel i lovlaget", err)
	}
	return s, feltFeil(datofelt, d.String(), err.Error(), err)
}

// sjekkSluttdato sjekker at en oppgitt valg.Sluttdato er periodens
// sluttdato: avtalens planlagte slutt er periode.til.
func sjekkSluttdato(valg regler.Valg, p tiltak.Periode, felt string) error {
	if !valg.Sluttdato.IsZero() && valg.Sluttdato != p.Til {
		return feltFeil(felt, valg.Sluttdato.String(), "er ulik avtalens sluttdato "+p.Til.String(), tiltak.ErrUgyldigDato)
	}
	return nil
}

// velgVariant velger satsvarianten: etter arbeidsevnen slik
// varighet.Arbeidsevne leser den med valgene (forskriften, og med
// valg.MedPraksis innsatsgruppen), ellers etter en avtalt prosent lik en
// variants startprosent (når avtaltAvgjor). Den gir praksishjemlene som ble
// brukt.
func velgVariant(sats regler.Sats, a Avtale, valg regler.Valg, avtaltAvgjor bool) (int, []tiltak.Hjemmel, error) {
	if sats.AntallVarianter() == 1 {
		return 0, nil, nil
	}
	f := tiltak.Fakta{Arbeidsevne: a.Arbeidsevne, Innsatsgruppe: a.Innsatsgruppe}
	evne, praksis := varighet.Arbeidsevne(&f, valg)
	if praksis != (tiltak.Hjemmel{}) && a.Innsatsgruppe == tiltak.GodeMuligheter && a.Tiltak == tiltak.MidlertidigLonnstilskudd {
		return 0, nil, feltFeil("innsatsgruppe", a.Innsatsgruppe.String(), "gir ingen tilskuddsprosent for midlertidig lønnstilskudd i NAVs praksis", ErrIngenSats)
	}
	f.Arbeidsevne = evne
	if v, _ := sats.VelgVariant(&f, a.Periode.Fra); v >= 0 {
		if praksis != (tiltak.Hjemmel{}) {
			return v, []tiltak.Hjemmel{praksis}, nil
		}
		return v, nil, nil
	}
	if avtaltAvgjor && a.AvtaltProsent.Valid {
		gyldige := make([]string, sats.AntallVarianter())
		for i := range sats.AntallVarianter() {
			p := kr(sats.Variant(i).Trinn[0].Prosent)
			if a.AvtaltProsent.Decimal.Equal(p) {
				return i, nil, nil
			}
			gyldige[i] = p.String()
		}
		// Prosenten passer ingen variant, uansett arbeidsevne.
		return 0, nil, feltFeil("avtalt_prosent", a.AvtaltProsent.Decimal.String(), "prosenten er gitt av regelen og må være en av "+strings.Join(gyldige, ", ")+" ("+sats.Hjemmel().String()+")", ErrUgyldigSats)
	}
	grunn := "må være kjent for å velge tilskuddsprosenten"
	if !valg.MedPraksis {
		grunn += " (innsatsgruppen leses bare med NAVs praksis, Valg.MedPraksis)"
	}
	return 0, nil, feltFeil("arbeidsevne", a.Arbeidsevne.String(), grunn, ErrUkjentFaktum)
}

// trinnFra gir trinndatoene (start + trinnets lengde) og prosentene for
// trinnene i en satsvariant; prosenter har én verdi mer enn datoer.
func trinnFra(start tiltak.Dato, trinn []regler.Prosenttrinn) ([]tiltak.Dato, []decimal.Decimal) {
	datoer := make([]tiltak.Dato, 0, len(trinn)-1)
	prosenter := make([]decimal.Decimal, 0, len(trinn))
	for i, t := range trinn {
		if i > 0 {
			datoer = append(datoer, start.Add(t.Fra))
		}
		prosenter = append(prosenter, kr(t.Prosent))
	}
	return datoer, prosenter
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
