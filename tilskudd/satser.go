package tilskudd

import (
	"fmt"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Sats er én verdi i en datert satstabell: beløpet gjelder fra og med Fra
// til dagen før neste oppførings Fra, eller til og med Til når Til er satt.
// En Til betyr at neste verdi ikke er kjent: et oppslag etter Til er en feil,
// aldri den gamle verdien.
type Sats struct {
	Fra         tiltak.Dato     `json:"fra"`
	Til         tiltak.Dato     `json:"til,omitzero"`
	Belop       decimal.Decimal `json:"belop"`
	Bevis       string          `json:"bevis"` // C = NAVs kode, S = sekundærkilde, V = lest i kilden
	Uverifisert bool            `json:"uverifisert,omitempty"`
	Merknad     string          `json:"merknad,omitempty"`
}

// Satstabell er en datert tabell av satser for én størrelse (G, VTAO-sats,
// …), sortert etter Fra. Tabellene i pakken er faste verdier bygd én gang;
// de eksporterte funksjonene gir kopier, så ingen kan endre dem. En tjeneste
// som trenger nyere rader, lager et eget Satser med Satser.Med.
type Satstabell struct {
	Navn    string         `json:"navn"`
	Enhet   string         `json:"enhet"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel"`
	Satser  []Sats         `json:"satser"`

	id Tabell // hvilken tabell i Satser dette er; 0 for en tabell kalleren har bygd selv
}

func dato(aar, mnd, dag int) tiltak.Dato {
	return tiltak.MustDato(aar, time.Month(mnd), dag)
}

func kr(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// Finn gir satsen som gjelder på datoen: den siste oppføringen med Fra ≤
// dato. En dato før første oppføring, etter en oppførings eksplisitte Til
// (i et hull eller etter tabellens slutt) eller en manglende dato gir en
// *tiltak.FeltFeil for feltet "dato" som pakker ErrIngenSats.
//
// Feilen pakker en *IngenSatsFeil som navngir tabellen og datoen, så en
// tjeneste kan se hvilken rad som mangler (errors.As).
func (t *Satstabell) Finn(d tiltak.Dato) (Sats, error) {
	s, err := t.finn(d)
	if err != nil {
		return Sats{}, err
	}
	return *s, nil
}

// finn er Finn uten kopi av raden.
func (t *Satstabell) finn(d tiltak.Dato) (*Sats, error) {
	if d.IsZero() {
		return nil, feltFeil("dato", "", "mangler dato for oppslag i "+t.Navn, &IngenSatsFeil{Tabell: t.id, Navn: t.Navn})
	}
	for i := len(t.Satser) - 1; i >= 0; i-- {
		s := &t.Satser[i]
		if s.Fra.After(d) {
			continue
		}
		if !s.Til.IsZero() && d.After(s.Til) {
			return nil, feltFeil("dato", d.String(), fmt.Sprintf("%s er ikke kjent etter %s", t.Navn, s.Til),
				&IngenSatsFeil{Tabell: t.id, Navn: t.Navn, Dato: d, KjentTil: s.Til})
		}
		return s, nil
	}
	forste := tiltak.Dato{}
	if len(t.Satser) > 0 {
		forste = t.Satser[0].Fra
	}
	return nil, feltFeil("dato", d.String(), fmt.Sprintf("%s er ikke modellert før %s", t.Navn, forste),
		&IngenSatsFeil{Tabell: t.id, Navn: t.Navn, Dato: d, KjentFra: forste})
}

func (t *Satstabell) kopi() Satstabell {
	k := *t
	k.Satser = slices.Clone(t.Satser)
	return k
}

var grunnbelop = Satstabell{
	id:      TabellG,
	Navn:    "grunnbeløpet (G)",
	Enhet:   "kroner per år",
	Hjemmel: hjemmelGrunnbelop,
	Satser: []Sats{
		{Fra: dato(2015, 5, 1), Belop: kr(90068), Bevis: "C"},
		{Fra: dato(2016, 5, 1), Belop: kr(92576), Bevis: "C"},
		{Fra: dato(2017, 5, 1), Belop: kr(93634), Bevis: "C"},
		{Fra: dato(2018, 5, 1), Belop: kr(96883), Bevis: "C", Merknad: "også i seed 004: «1G per 1. mai 2018 er 96 883 kr»"},
		{Fra: dato(2019, 5, 1), Belop: kr(99858), Bevis: "C"},
		{Fra: dato(2020, 5, 1), Belop: kr(101351), Bevis: "C", Merknad: "fastsatt i september 2020 med virkning fra 1. mai 2020"},
		{Fra: dato(2021, 5, 1), Belop: kr(106399), Bevis: "C"},
		{Fra: dato(2022, 5, 1), Belop: kr(111477), Bevis: "C"},
		{Fra: dato(2023, 5, 1), Belop: kr(118620), Bevis: "C"},
		{Fra: dato(2024, 5, 1), Belop: kr(124028), Bevis: "C"},
		{Fra: dato(2025, 5, 1), Belop: kr(130160), Bevis: "C"},
		{Fra: dato(2026, 5, 1), Til: dato(2027, 4, 30), Belop: kr(136549), Bevis: "C",
			Merknad: "NAVs praksis (nav-praksis § 2e): NAVs grunnbeløpstabell (2026-05 → 136 549), en enhetstest i NAVs kode og et NAV-brev; " +
				"ikke i testdataene til tiltak-refusjon-api. Raden slutter 30. april 2027 fordi G for 2027 ikke er kjent: " +
				"en tjeneste legger den til med Satser.Med"},
	},
}

var vtaoSats = Satstabell{
	id:      TabellVTAO,
	Navn:    "VTAO-sats",
	Enhet:   "kroner per måned",
	Hjemmel: paragrafhjemmel(tiltak.VTA),
	Satser: []Sats{
		{Fra: dato(2018, 1, 1), Til: dato(2018, 12, 31), Belop: kr(5550), Bevis: "S", Uverifisert: true, Merknad: "ASVL (arbeidsgiverorganisasjon); 2019–2021 ikke funnet"},
		{Fra: dato(2022, 1, 1), Belop: kr(6241), Bevis: "C"},
		{Fra: dato(2023, 1, 1), Belop: kr(6428), Bevis: "C", Uverifisert: true,
			Merknad: "konflikt: NAVs kode har 6 428 (2022-satsen + 3 %), ASVL oppgir 6 572 for hele 2023 etter revidert budsjett; NAVs verdi er brukt"},
		{Fra: dato(2024, 1, 1), Belop: kr(6808), Bevis: "C"},
		{Fra: dato(2025, 1, 1), Belop: kr(7067), Bevis: "C"},
		{Fra: dato(2026, 1, 1), Til: dato(2026, 12, 31), Belop: kr(7321), Bevis: "C", Merknad: "NAVs kode avslutter satsen 31. desember 2026"},
	},
}

var vtaSats = Satstabell{
	id:      TabellVTA,
	Navn:    "VTA-sats (skjermet virksomhet)",
	Enhet:   "kroner per måned per plass",
	Hjemmel: paragrafhjemmel(tiltak.VTA),
	Satser: []Sats{
		{Fra: dato(2016, 1, 1), Til: dato(2016, 12, 31), Belop: kr(12532), Bevis: "S", Uverifisert: true, Merknad: "ASVL; 2017 ikke funnet"},
		{Fra: dato(2018, 1, 1), Til: dato(2018, 12, 31), Belop: kr(13231), Bevis: "S", Uverifisert: true, Merknad: "ASVL; 2019–2022 ikke funnet"},
		{Fra: dato(2023, 1, 1), Til: dato(2023, 12, 31), Belop: kr(15667), Bevis: "S", Uverifisert: true,
			Merknad: "ASVL: 15 667 for hele 2023 etter revidert budsjett (først fastsatt 15 324); 2024 ikke funnet"},
		{Fra: dato(2025, 1, 1), Til: dato(2025, 12, 31), Belop: kr(16848), Bevis: "C"},
		{Fra: dato(2026, 1, 1), Til: dato(2026, 12, 31), Belop: kr(17455), Bevis: "C"},
	},
}

var aftSats = Satstabell{
	id:      TabellAFT,
	Navn:    "AFT-sats",
	Enhet:   "kroner per måned per plass",
	Hjemmel: paragrafhjemmel(tiltak.AFT),
	Satser: []Sats{
		{Fra: dato(2018, 1, 1), Til: dato(2018, 12, 31), Belop: kr(16470), Bevis: "S", Uverifisert: true, Merknad: "ASVL; hjemmelen før 2026 (kapittel 13 før omskrivingen) er ikke verifisert"},
		{Fra: dato(2023, 1, 1), Til: dato(2023, 12, 31), Belop: kr(19500), Bevis: "S", Uverifisert: true,
			Merknad: "ASVL: 19 500 for hele 2023 etter revidert budsjett (først fastsatt 19 075); 2024 ikke funnet"},
		{Fra: dato(2025, 1, 1), Til: dato(2025, 12, 31), Belop: kr(20975), Bevis: "C"},
		{Fra: dato(2026, 1, 1), Til: dato(2026, 12, 31), Belop: kr(21730), Bevis: "C"},
	},
}

var inkluderingMaks = Satstabell{
	id:      TabellInkluderingMaks,
	Navn:    "maksimalsats for inkluderingstilskudd",
	Enhet:   "kroner per avtale",
	Hjemmel: paragrafhjemmel(tiltak.Inkluderingstilskudd),
	Satser: []Sats{
		{Fra: dato(2016, 1, 1), Til: dato(2023, 12, 31), Belop: kr(143900), Bevis: "C", Uverifisert: true,
			Merknad: "NAVs kode bruker 143 900 for alle datoer til 2023-12-31 (fra 2000-01-01); tabellen begynner da forskriften trådte i kraft, og en eldre NAV-side oppgir 118 400 for årene rundt 2016–2019"},
		{Fra: dato(2024, 1, 1), Belop: kr(149100), Bevis: "C"},
		{Fra: dato(2025, 1, 1), Belop: kr(154800), Bevis: "C"},
		{Fra: dato(2026, 1, 1), Belop: kr(160400), Bevis: "C", Merknad: "åpen i NAVs kode, som slår opp på avtalens sluttdato"},
	},
}

// Grunnbelop gir en kopi av tabellen over grunnbeløpet G i StandardSatser,
// gyldig fra 1. mai hvert år 2015–2026. 2026-verdien (136 549 kroner, fra
// NAVs praksis) slutter eksplisitt 30. april 2027 fordi G for 2027 ikke er
// kjent her; en tjeneste legger den til med Satser.Med.
func Grunnbelop() Satstabell { return grunnbelop.kopi() }

// VTAOSatser gir en kopi av tabellen over månedssatsen for varig
// tilrettelagt arbeid i ordinær virksomhet (NAVs kode 2022–2026).
func VTAOSatser() Satstabell { return vtaoSats.kopi() }

// VTASatser gir en kopi av tabellen over månedssatsen per plass for VTA i
// skjermet virksomhet.
func VTASatser() Satstabell { return vtaSats.kopi() }

// AFTSatser gir en kopi av tabellen over månedssatsen per plass for
// arbeidsforberedende trening.
func AFTSatser() Satstabell { return aftSats.kopi() }

// InkluderingstilskuddMaksSatser gir en kopi av tabellen over maksimalt
// inkluderingstilskudd per avtale.
func InkluderingstilskuddMaksSatser() Satstabell { return inkluderingMaks.kopi() }

// G gir grunnbeløpet som gjelder på datoen (skifter 1. mai) i
// StandardSatser. Se Satstabell.Finn for feilene, og Satser.G for en
// tjeneste med egne rader.
func G(d tiltak.Dato) (decimal.Decimal, error) { return standard.G(d) }

// VTAOSats gir VTAO-satsen per måned som gjelder på datoen (StandardSatser).
func VTAOSats(d tiltak.Dato) (decimal.Decimal, error) { return standard.VTAOSats(d) }

// VTASats gir VTA-satsen per plass og måned (skjermet virksomhet) på datoen
// (StandardSatser).
func VTASats(d tiltak.Dato) (decimal.Decimal, error) { return standard.VTASats(d) }

// AFTSats gir AFT-satsen per plass og måned på datoen (StandardSatser).
func AFTSats(d tiltak.Dato) (decimal.Decimal, error) { return standard.AFTSats(d) }

// InkluderingstilskuddMaks gir maksimalt inkluderingstilskudd per avtale for
// en avtale med sluttdato d (NAV slår opp på avtalens sluttdato), i
// StandardSatser.
func InkluderingstilskuddMaks(sluttdato tiltak.Dato) (decimal.Decimal, error) {
	return standard.InkluderingstilskuddMaks(sluttdato)
}

// Inkluderingssjekk er resultatet av SjekkInkluderingstilskudd.
type Inkluderingssjekk struct {
	Sum  decimal.Decimal `json:"sum"`  // summen av utgiftslinjene
	Maks decimal.Decimal `json:"maks"` // maksimalsatsen på avtalens sluttdato
	// Utfall er Oppfylt når summen er innenfor maksimalsatsen (Sum ≤ Maks)
	// og IkkeOppfylt når den er over. Begge er kjente beløp, så utfallet er
	// aldri må vurderes.
	Utfall regler.Utfall `json:"utfall"`
}

// SjekkInkluderingstilskudd summerer utgiftslinjene i en avtale om
// inkluderingstilskudd og sammenligner summen med maksimalsatsen som gjelder
// på avtalens sluttdato (tiltaksforskriften § 11-4; oppslaget på sluttdatoen
// er NAVs praksis), i StandardSatser. Ingen avrunding. En negativ linje gir
// en feltfeil for "utgifter[i]"; en manglende sluttdato gir en feil for
// "dato".
func SjekkInkluderingstilskudd(sluttdato tiltak.Dato, utgifter []decimal.Decimal) (Inkluderingssjekk, error) {
	return standard.SjekkInkluderingstilskudd(sluttdato, utgifter)
}

// SjekkInkluderingstilskudd er som pakkefunksjonen SjekkInkluderingstilskudd,
// med maksimalsatsen fra s.
func (s *Satser) SjekkInkluderingstilskudd(sluttdato tiltak.Dato, utgifter []decimal.Decimal) (Inkluderingssjekk, error) {
	maks, err := s.InkluderingstilskuddMaks(sluttdato)
	if err != nil {
		return Inkluderingssjekk{}, err
	}
	sum := decimal.Zero
	for i, u := range utgifter {
		if err := sjekkBelop(fmt.Sprintf("utgifter[%d]", i), u, true); err != nil {
			return Inkluderingssjekk{}, err
		}
		sum = sum.Add(u)
	}
	u := regler.IkkeOppfylt
	if sum.Cmp(maks) <= 0 {
		u = regler.Oppfylt
	}
	return Inkluderingssjekk{Sum: sum, Maks: maks, Utfall: u}, nil
}

// paragrafhjemmel gir hjemmelen til paragrafen som sier at departementet
// fastsetter satsen for tiltaket: paragrafen i tiltakets siste satsregel i
// lovlaget, uten versjon (en tabell spenner over flere versjoner). For
// inkluderingstilskudd er det paragrafen om maksimalsatsen (§ 11-4).
func paragrafhjemmel(k tiltak.Kode) tiltak.Hjemmel {
	if k == tiltak.Inkluderingstilskudd {
		if v, ok := regler.FinnParagrafversjon("tf-11-4-v20160101"); ok {
			return v.Paragraf().Hjemmel()
		}
	}
	l, _ := regler.Satsversjoner(k)
	if len(l) == 0 {
		return tiltak.Hjemmel{}
	}
	return l[len(l)-1].Versjon().Paragraf().Hjemmel()
}
