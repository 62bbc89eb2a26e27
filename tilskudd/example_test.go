package tilskudd_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

func dato(s string) tiltak.Dato { d, _ := tiltak.ParseDato(s); return d }

func tall(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func oppgitt(s string) decimal.NullDecimal { return decimal.NewNullDecimal(tall(s)) }

func ExampleNySatsplan() {
	// Midlertidig lønnstilskudd uten nedsatt arbeidsevne: 40 % i seks
	// måneder, så 30 % (§ 9-5 tredje ledd). 31. august + 6 måneder er
	// 29. februar i et skuddår.
	plan, err := tilskudd.NySatsplan(tilskudd.Avtale{
		Tiltak:      tiltak.MidlertidigLonnstilskudd,
		Periode:     tiltak.Periode{Fra: dato("2023-08-31"), Til: dato("2024-08-30")},
		Arbeidsevne: tiltak.IkkeNedsattArbeidsevne,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range plan.Trinn {
		fmt.Println(t.Periode, t.Prosent, "%")
	}
	fmt.Println(plan.Versjon, "–", plan.Hjemmel, "– uverifisert:", plan.Uverifisert)
	// Output:
	// 2023-08-31/2024-02-28 40 %
	// 2024-02-29/2024-08-30 30 %
	// tf-9-5-v20190701 – tiltaksforskriften § 9-5 tredje ledd – uverifisert: false
}

// Er arbeidsevnen ikke oppgitt, utleder NAV den av innsatsgruppen. Det er
// praksis, ikke forskrift: NySatsplanMed gjør det bare med
// regler.Valg{MedPraksis: true}, og planen sier det. Uten praksis sier
// feilen at arbeidsevnen mangler.
func ExampleNySatsplanMed() {
	avtale := tilskudd.Avtale{
		Tiltak:        tiltak.MidlertidigLonnstilskudd,
		Periode:       tiltak.Periode{Fra: dato("2019-07-01"), Til: dato("2021-06-30")},
		Innsatsgruppe: tiltak.JobbeDelvis,
	}
	_, err := tilskudd.NySatsplanMed(avtale, regler.Valg{})
	fmt.Println(errors.Is(err, tilskudd.ErrUkjentFaktum))
	plan, _ := tilskudd.NySatsplanMed(avtale, regler.Valg{MedPraksis: true})
	for _, t := range plan.Trinn {
		fmt.Println(t.Periode, t.Prosent, "%")
	}
	fmt.Println(plan.Praksis[0].ID)
	// Output:
	// true
	// 2019-07-01/2020-06-30 60 %
	// 2020-07-01/2021-06-30 50 %
	// praksis-midl-innsatsgruppe
}

func ExampleBeregnManed() {
	// Prosentene er hele prosent: 12 % feriepenger, 2 % OTP, 14,1 % avgift.
	g := tilskudd.NyttLonnsgrunnlag(tall("30000"), tall("12"), tall("2"), tall("14.1"))
	m, _ := tilskudd.BeregnManed(g, tall("40"), tilskudd.AvrundingDesimal)
	fmt.Println("lønnskostnad", m.Sum, "tilskudd", m.Tilskudd)
	// NAVs flyttallsavrunding skiller seg ved 35 % på et .5-punkt:
	kort := tilskudd.NyttLonnsgrunnlag(tall("90"), tall("0"), tall("0"), tall("0"))
	d, _ := tilskudd.BeregnManed(kort, tall("35"), tilskudd.AvrundingDesimal)
	n, _ := tilskudd.BeregnManed(kort, tall("35"), tilskudd.AvrundingNAV)
	fmt.Println("desimal", d.Tilskudd, "NAV", n.Tilskudd)
	// Output:
	// lønnskostnad 39104 tilskudd 15642
	// desimal 32 NAV 31
}

func ExampleTilskuddsperioder() {
	plan, _ := tilskudd.NySatsplan(tilskudd.Avtale{
		Tiltak:        tiltak.VarigLonnstilskudd,
		Periode:       tiltak.Periode{Fra: dato("2024-01-15"), Til: dato("2024-03-31")},
		AvtaltProsent: decimal.NewNullDecimal(tall("75")),
	})
	g := tilskudd.NyttLonnsgrunnlag(tall("30000"), tall("12"), tall("2"), tall("14.1"))
	perioder, _ := tilskudd.Tilskuddsperioder(plan, g, tilskudd.AvrundingDesimal)
	for _, p := range perioder {
		fmt.Println(p.Lopenummer, p.Periode, p.Belop)
	}
	// Output:
	// 1 2024-01-15/2024-01-31 16380
	// 2 2024-02-01/2024-02-29 29328
	// 3 2024-03-01/2024-03-31 29328
}

func ExampleBeregnRefusjon() {
	r, _ := tilskudd.BeregnRefusjon(tilskudd.Refusjonsgrunnlag{
		Tiltak: tiltak.VarigLonnstilskudd, Periode: tiltak.Periode{Fra: dato("2024-05-01"), Til: dato("2024-05-31")},
		Prosent: oppgitt("75"), Tilskuddsbelop: oppgitt("39104"), Bruttolonn: oppgitt("40000"),
		FeriepengerProsent: oppgitt("12"), OTPProsent: oppgitt("2"), ArbeidsgiveravgiftProsent: oppgitt("14.1"),
		UtbetaltIAret: oppgitt("593100"),
	})
	fmt.Println("beregnet", r.BeregnetBelop, "G", r.G, "gjenstår", r.Gjenstaende5G)
	fmt.Println("refusjon", r.Refusjonsbelop, "tak", r.Tak, r.Oppgjor)
	// Output:
	// beregnet 39104 G 124028 gjenstår 27040
	// refusjon 27040 tak 5g utbetaling
}

func ExampleG() {
	for _, d := range []string{"2024-04-30", "2024-05-01", "2026-05-01", "2027-05-01"} {
		g, err := tilskudd.G(dato(d))
		fmt.Println(d, g, err)
	}
	// Output:
	// 2024-04-30 118620 <nil>
	// 2024-05-01 124028 <nil>
	// 2026-05-01 136549 <nil>
	// 2027-05-01 0 felt "dato" (2027-05-01): grunnbeløpet (G) er ikke kjent etter 2027-04-30
}

func ExampleStopp() {
	v, _ := tilskudd.Stopp(tiltak.MidlertidigLonnstilskudd, tilskudd.Stopphendelse{Type: tilskudd.Permittering, Dato: dato("2024-03-10")})
	fmt.Println("opphører fra", v.Fra, "–", v.Hjemmel.Kilde.Kortnavn())
	// Output:
	// opphører fra 2024-03-10 – direktoratets instruks 20. januar 2021
}

func ExampleVurderUforeInntekt() {
	// Full uføretrygd, ikke VTA, 1. mai 2018 (seed 004: 1 G = 96 883 kr):
	// grensen er 0,4 G.
	v, _ := tilskudd.VurderUforeInntekt(tall("40000"), tilskudd.UforeInput{
		Dato: dato("2018-05-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Nei})
	fmt.Println("grense", v.Grense.Decimal, "innenfor:", v.Innenfor, "– overskytende", v.Overskytende.Decimal)
	// Output:
	// grense 38753.2 innenfor: ikke oppfylt – overskytende 1246.8
}

func ExampleInntektsgrense() {
	// Gradert uføretrygd med virkning fra 1. mars 2023, ikke VTA, uføregraden
	// ikke økt: 1. juni 2026 er to år gått, og fribeløpet er 1 G (regelen
	// har virkning fra 1. januar 2026 og trer i kraft 1. oktober 2026).
	svar, err := tilskudd.Inntektsgrense(tilskudd.UforeInput{
		Dato:                dato("2026-06-01"),
		Uforetrygd:          tiltak.GradertUforetrygd,
		VTA:                 tiltak.Nei,
		InntektEtterUforhet: decimal.NewNullDecimal(tall("150000")),
		Virkningsdato:       dato("2023-03-01"),
		OktUforegrad:        tiltak.Nei,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Grense, AntallG og Forelopig er decimal.NullDecimal: gyldige når
	// grensen er fastsatt (Utfall oppfylt).
	fmt.Println(svar.Utfall, svar.Begrep, svar.Grense.Decimal, "fribeløp", svar.AntallG.Decimal, "G, foreløpig", svar.Forelopig.Decimal)
	for _, h := range svar.Hjemler {
		fmt.Println(h)
	}
	fmt.Println(svar.Forklaring)
	// Output:
	// oppfylt inntektsgrense 286549 fribeløp 1 G, foreløpig 204619.6
	// folketrygdloven § 12-14 første ledd
	// NAVs brevmaler (fribeløp 1 G etter to år med uføretrygd; lovendringens paragraf er ikke kjent)
	// Inntektsgrensen er 286 549 kr: inntekten etter uførhet (150 000 kr) pluss fribeløpet 1 G (136 549 kr). Ifølge NAVs brev har regelen om 1 G etter to år virkning fra 1. januar 2026 og trer i kraft 1. oktober 2026; fram til da reduserer NAV uføretrygden etter en grense på 204 619,6 kr, og deretter økes de månedlige utbetalingene ut året; bare det som da gjenstår, betales i etteroppgjøret.
}

func ExampleVTAOTilskuddsperioder() {
	p, _ := tilskudd.VTAOTilskuddsperioder(tiltak.Periode{Fra: dato("2025-12-15"), Til: dato("2026-01-31")})
	for _, x := range p {
		fmt.Println(x.Periode, x.Manedsbelop, x.Belop)
	}
	// Output:
	// 2025-12-15/2025-12-31 7067 3947
	// 2026-01-01/2026-01-31 7321 7321
}

// En tjeneste legger inn neste års G den dagen den er kunngjort, uten å vente
// på en ny versjon av biblioteket. Beløpet her er et oppdiktet eksempel, ikke
// den virkelige G for 2027.
func ExampleSatser_Med() {
	satser, err := tilskudd.StandardSatser().Med(tilskudd.TabellG, tilskudd.Sats{
		Fra: dato("2027-05-01"), Til: dato("2028-04-30"), Belop: tall("123456"), Bevis: "eksempel",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := satser.G(dato("2027-05-01"))
	fmt.Println(g, err)
	// Standardsatsene er uendret.
	_, err = tilskudd.G(dato("2027-05-01"))
	var mangler *tilskudd.IngenSatsFeil
	fmt.Println(errors.As(err, &mangler), mangler.Tabell, mangler.KjentTil)
	// Output:
	// 123456 <nil>
	// true g 2027-04-30
}

// Det samme fra en fil ved oppstart: JSON med radene som skal legges til.
func ExampleSatser_MedJSON() {
	satser, err := tilskudd.StandardSatser().MedJSON([]byte(`{"g": [{"fra": "2027-05-01", "til": "2028-04-30", "belop": "123456", "bevis": "eksempel"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	g, _ := satser.G(dato("2028-04-30"))
	fmt.Println(g)
	// Output: 123456
}

// Ett kall per avtale: varigheten sjekkes før satsplan og perioder regnes.
// En avtale som er for lang, gir en feil med den typede grensen.
func ExampleBeregnAvtale() {
	grunnlag := tilskudd.Avtalegrunnlag{
		Avtale: tilskudd.Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd,
			Periode: tiltak.Periode{Fra: dato("2025-01-15"), Til: dato("2025-04-14")}},
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne},
		Lonn:  tilskudd.NyttLonnsgrunnlag(tall("30000"), tall("12"), tall("2"), tall("14.1")),
	}
	b, err := tilskudd.BeregnAvtale(grunnlag)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("maks til", b.Varighet.SisteSluttOppfylt, "–", len(b.Perioder), "perioder, første", b.Perioder[0].Belop)
	// En avtale til 9999-12-31 er for lang, og feilen sier hvorfor.
	grunnlag.Avtale.Periode.Til = dato("9999-12-31")
	_, err = tilskudd.BeregnAvtale(grunnlag)
	fmt.Println(errors.Is(err, varighet.ErrForLang))
	var brudd *varighet.Brudd
	errors.As(err, &brudd)
	fmt.Println(brudd.Type, brudd.Lengde, brudd.Grensedato, brudd.Hjemmel)
	// Output:
	// maks til 2026-01-14 – 4 perioder, første 8736
	// true
	// maksimal varighet 1 år 2026-01-14 tiltaksforskriften § 9-4 andre ledd
}

// README-eksempelet: innsatsgruppen er trenger veiledning (nedsatt
// arbeidsevne), men arbeidsevnen er ikke vurdert. Etter forskriften alene
// gjetter verken prosenten eller varigheten: feilen sier at arbeidsevnen
// mangler. Med NAVs praksis (regler.Valg) utleder begge nedsatt arbeidsevne
// av innsatsgruppen: 60 % og inntil to år.
func ExampleBeregnAvtaleMed() {
	grunnlag := tilskudd.Avtalegrunnlag{
		Avtale: tilskudd.Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd,
			Periode: tiltak.Periode{Fra: dato("2025-01-15"), Til: dato("2027-01-14")}},
		Fakta: tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne},
		Lonn:  tilskudd.NyttLonnsgrunnlag(tall("35000"), tall("12"), tall("2"), tall("14.1")),
	}
	_, err := tilskudd.BeregnAvtaleMed(grunnlag, regler.Valg{})
	var fe *tiltak.FeltFeil
	fmt.Println(errors.As(err, &fe), fe.Felt, errors.Is(err, tilskudd.ErrUkjentFaktum))
	b, err := tilskudd.BeregnAvtaleMed(grunnlag, regler.Valg{MedPraksis: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range b.Satsplan.Trinn {
		fmt.Println(t.Periode, t.Prosent, "%")
	}
	fmt.Println("maks til", b.Varighet.SisteSluttOppfylt, "– arbeidsevne", b.Varighet.UtledetArbeidsevne, "etter", b.Varighet.Utledning.ID)
	// Output:
	// true avtale.arbeidsevne true
	// 2025-01-15/2026-01-14 60 %
	// 2026-01-15/2027-01-14 50 %
	// maks til 2027-01-14 – arbeidsevne nedsatt etter praksis-midl-innsatsgruppe
}

// Refusjon regnet av linjene i a-meldingen: hver linje vises med grunnen til
// at den teller eller ikke.
func ExampleBeregnRefusjon_inntektslinjer() {
	aug := tilskudd.KalendermanedFor(dato("2025-08-01"))
	r, err := tilskudd.BeregnRefusjon(tilskudd.Refusjonsgrunnlag{
		Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: tiltak.Periode{Fra: dato("2025-08-01"), Til: dato("2025-08-31")},
		Prosent: oppgitt("40"), Tilskuddsbelop: oppgitt("20000"),
		FeriepengerProsent: oppgitt("12"), OTPProsent: oppgitt("2"), ArbeidsgiveravgiftProsent: oppgitt("14.1"),
		Inntektslinjer: []tilskudd.Inntektslinje{
			{Inntektstype: "LOENNSINNTEKT", Beskrivelse: "fastloenn", Belop: oppgitt("30000"), Maned: aug, OpptjentIPerioden: tiltak.Ja},
			{Inntektstype: "LOENNSINNTEKT", Beskrivelse: "overtidsgodtgjoerelse", Belop: oppgitt("4000"), Maned: aug, OpptjentIPerioden: tiltak.Ja},
			{Inntektstype: "LOENNSINNTEKT", Beskrivelse: "trekkILoennForFerie", Belop: oppgitt("-5000"), Maned: aug},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Inntektslinjer {
		fmt.Println(l.Linje.Beskrivelse, l.Teller, l.Grunn, "–", l.Hjemmel)
	}
	fmt.Println("lønn", r.Lonn, "ferietrekk", r.Ferietrekk, "refusjon", r.Refusjonsbelop)
	// Output:
	// fastloenn true lonn – NAVs praksis (lønn = LOENNSINNTEKT med en av seks beskrivelser, opptjent i perioden; ferietrekk = trekkILoennForFerie i periodens måned)
	// overtidsgodtgjoerelse false ikke-lonnsbeskrivelse – tiltaksforskriften § 9-5 andre ledd
	// trekkILoennForFerie true ferietrekk – NAVs praksis (lønn = LOENNSINNTEKT med en av seks beskrivelser, opptjent i perioden; ferietrekk = trekkILoennForFerie i periodens måned)
	// lønn 30000 ferietrekk -5000 refusjon 13035
}

// NAVs navn på lønnstypene tolkes, og det samme gjør bibliotekets egne.
func ExampleLonnstype_UnmarshalText() {
	var l tilskudd.Lonnstype
	for _, navn := range []string{"MÅNEDSLØNN", "timelonn", "KVARTALSLØNN"} {
		err := l.UnmarshalText([]byte(navn))
		fmt.Println(l, err != nil)
	}
	// Output:
	// manedslonn false
	// timelonn false
	// timelonn true
}

// Mentor: én regel overalt. 251 kr × 10,35 timer gir NAVs 3 385 kr (lønnen
// kuttes til hele kroner i summen), også i tilskuddsperiodene.
func ExampleMentorManed() {
	prosenter := tilskudd.NyttLonnsgrunnlag(decimal.Zero, tall("12"), tall("2"), tall("14.1"))
	m, _ := tilskudd.MentorManed(tall("251"), tall("10.35"), prosenter)
	fmt.Println("lønn", m.Manedslonn, "tillegg", m.Tillegg, "tilskudd", m.Tilskudd)
	plan, _ := tilskudd.NySatsplan(tilskudd.Avtale{Tiltak: tiltak.Mentor, Periode: tiltak.Periode{Fra: dato("2025-09-01"), Til: dato("2025-09-30")}})
	prosenter.Manedslonn = decimal.NewNullDecimal(tall("2597.85"))
	p, _ := tilskudd.Tilskuddsperioder(plan, prosenter, tilskudd.AvrundingDesimal)
	fmt.Println("periode", p[0].Belop)
	// Output:
	// lønn 2597.85 tillegg 788 tilskudd 3385
	// periode 3385
}
