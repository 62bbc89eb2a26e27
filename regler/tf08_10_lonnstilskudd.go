package regler

import (
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tiltaksforskriften kapittel 8 (bedriftsintern opplæring 2016–2019, og
// tilskudd til sommerjobb fra 22. april 2021), 9 (midlertidig lønnstilskudd)
// og 10 (varig lønnstilskudd).

var (
	bio      = koder(tiltak.BedriftsinternOpplaering)
	sommer   = koder(tiltak.Sommerjobb)
	bioSlutt = dato(2020, 1, 1) // FOR-2019-12-12-1765: kapittel 8 opphevet
	sommerFr = dato(2021, 4, 22)
)

// refusjonsgrunnlaget i §§ 8-6, 9-4/9-5 og 10-6: utbetalt lønn (uten
// overtid og variable tillegg), feriepenger, arbeidsgiveravgift av lønnen og
// feriepengene og innskudd til obligatorisk tjenestepensjon.
var refusjonsgrunnlag = Kostnader{Lonn: true, Feriepenger: true, Arbeidsgiveravgift: true, OTP: true, UtenVariableTillegg: true}

// opphevetKap8 er opphevelsen av kapittel 8 (bedriftsintern opplæring) fra
// 1. januar 2020; samme versjon brukes for hver paragraf i kapitlet.
func opphevetKap8() *versjon {
	return &versjon{fra: bioSlutt, endretVed: for2019_176, bevis: Kunngjort, opphevet: true,
		innhold: "Kapittel 8 (bedriftsintern opplæring) er opphevet fra 1. januar 2020."}
}

// § 8-1 Formål (bedriftsintern opplæring): bedrifter med omstillingsproblemer.
var tf81 = &paragraf{id: "tf-8-1", kilde: tiltak.Tiltaksforskriften, nr: "8-1", tittel: "Formål",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskudd til bedriftsintern opplæring skal motvirke utstøting ved å styrke kompetansen til ansatte i bedrifter som har omstillingsproblemer og derfor må endre produksjonen vesentlig eller etablere seg på nye markeder.",
			merknad: "Formålsparagrafen er den eneste som sier hvilke bedrifter tilskuddet er for; den er modellert som et vilkår.",
			vilkar: []*Vilkar{svarvilkar("bedrift-i-omstilling", tiltak.FaktumBedriftIOmstilling, func(f *tiltak.Fakta) tiltak.Svar { return f.BedriftIOmstilling },
				"Bedriften har omstillingsproblemer og må endre produksjonen vesentlig eller etablere seg på nye markeder.",
				tekst("Bedriften har omstillingsproblemer som krever vesentlig endring av produksjonen eller nye markeder.",
					"Bedriften har ikke omstillingsproblemer som krever vesentlig endring; tilskudd til bedriftsintern opplæring er for slike bedrifter.",
					"Det er ikke oppgitt om bedriften har omstillingsproblemer som krever vesentlig endring av produksjonen eller nye markeder."))}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			innhold: "Sommerjobb skal gi unge arbeidssøkere med behov for arbeidsrettet bistand arbeidserfaring gjennom en sommerjobb på fire uker."},
	}}

// § 8-2 Innhold (bedriftsintern opplæring): opplæring ut over den ordinære,
// uten bindingstid og ikke obligatorisk.
var tf82 = &paragraf{id: "tf-8-2", kilde: tiltak.Tiltaksforskriften, nr: "8-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Bedriftsintern opplæring er teori, eventuelt med praktisk trening. Det gis bare tilskudd til opplæring ut over bedriftens ordinære opplæring, og ikke når opplæringen har bindingstid eller er obligatorisk for å oppfylle nasjonale krav.",
			vilkar: []*Vilkar{svarvilkar("opplaering-i-tillegg-og-frivillig", tiltak.FaktumOpplaeringTilleggOgFrivillig, func(f *tiltak.Fakta) tiltak.Svar { return f.OpplaeringTilleggOgFrivillig },
				"Opplæringen kommer i tillegg til bedriftens ordinære opplæring, har ingen bindingstid og er ikke obligatorisk for å oppfylle nasjonale krav.",
				tekst("Opplæringen kommer i tillegg til den ordinære, har ingen bindingstid og er ikke obligatorisk.",
					"Opplæringen er bedriftens ordinære opplæring, har bindingstid eller er obligatorisk etter nasjonale krav; det gis ikke tilskudd til den.",
					"Det er ikke oppgitt om opplæringen kommer i tillegg til den ordinære, om den har bindingstid, eller om den er obligatorisk."))}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			definerer: koder(tiltak.Sommerjobb),
			innhold:   "Deltakeren ansettes midlertidig på ordinære lønns- og arbeidsvilkår i en sommerjobb og utfører ordinære oppgaver; arbeidsgiveren får tilskudd i inntil fire uker for lavere produktivitet."},
	}}

// § 8-3 Personkrets: egne ansatte (bedriftsintern opplæring), og fra 2021
// personer under 30 år (sommerjobb).
var tf83 = &paragraf{id: "tf-8-3", kilde: tiltak.Tiltaksforskriften, nr: "8-3", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: bio,
			innhold: "Tilskuddet gis til opplæring av bedriftens egne ansatte; ikke for ansatte som er helt permitterte (delvis permitterte kan delta i tiden de er i arbeid).",
			vilkar: []*Vilkar{
				svarvilkar("egen-ansatt", tiltak.FaktumAnsattHosArbeidsgiver, func(f *tiltak.Fakta) tiltak.Svar { return f.AnsattHosArbeidsgiver },
					"Deltakeren er ansatt i bedriften som gjennomfører opplæringen.",
					tekst("Deltakeren er ansatt i bedriften.", "Deltakeren er ikke ansatt i bedriften; bedriftsintern opplæring er for egne ansatte.",
						"Det er ikke oppgitt om deltakeren er ansatt i bedriften.")),
				ikkeSvarvilkar("ikke-helt-permittert", tiltak.FaktumHeltPermittert, func(f *tiltak.Fakta) tiltak.Svar { return f.HeltPermittert },
					"Det gis ikke tilskudd for ansatte som er helt permitterte.",
					tekst("Den ansatte er ikke helt permittert.", "Den ansatte er helt permittert, og det gis ikke tilskudd til bedriftsintern opplæring for helt permitterte.",
						"Det er ikke oppgitt om den ansatte er helt permittert.")),
			}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort, definerer: sommer,
			innhold: "Tilskudd kan gis til arbeidsgivere som ansetter personer under 30 år som har problemer med å få sommerjobb uten tilskudd. NAV må ha gjort en behovs- eller arbeidsevnevurdering, og bare personer som er vurdert å trenge arbeidsrettet bistand for å komme i jobb, kan få tiltaket.",
			merknad: "Teksten sier ikke på hvilken dag alderen vurderes; vurderingsdatoen brukes (NAVs praksis regner alderen ved oppstart, se praksisregelen).",
			vilkar: []*Vilkar{
				(&Vilkar{navn: "under-30", leser: fakta(tiltak.FaktumFodselsdato),
					beskrivelse: "Personen er under 30 år (har ikke fylt 30 år på vurderingsdatoen).",
					knekk:       knekkListe(fodselsdag(30)),
					vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return ikkeFylt(f, d, 30) },
					tekst: tekst("Personen er under 30 år.", "Personen har fylt 30 år; tilskudd til sommerjobb gjelder personer under 30 år.",
						"Fødselsdatoen er ikke oppgitt.")}).med(1, ""),
				svarvilkar("problemer-med-sommerjobb", tiltak.FaktumProblemerMedSommerjobb, func(f *tiltak.Fakta) tiltak.Svar { return f.ProblemerMedSommerjobb },
					"Personen har problemer med å få sommerjobb uten tilskudd fra NAV.",
					tekst("Personen har problemer med å få sommerjobb uten tilskudd.", "Personen har ikke problemer med å få sommerjobb uten tilskudd.",
						"Det er ikke oppgitt om personen har problemer med å få sommerjobb uten tilskudd.")).med(1, ""),
				(&Vilkar{navn: "vurdert-bistandsbehov", leser: fakta(tiltak.FaktumBehovsvurderingGjennomfort, tiltak.FaktumBistandsbehovFastslatt),
					beskrivelse: "NAV har gjort en behovs- eller arbeidsevnevurdering (arbeids- og velferdsforvaltningsloven § 14 a) og vurdert at personen trenger arbeidsrettet bistand for å komme i jobb.",
					datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
						return Og(FraSvar(f.BehovsvurderingGjennomfort), FraSvar(f.BistandsbehovFastslatt))
					},
					tekst: tekst("NAV har vurdert at personen trenger arbeidsrettet bistand for å komme i jobb.",
						"NAV har ikke gjort en behovs- eller arbeidsevnevurdering som fastslår behov for arbeidsrettet bistand, som tilskudd til sommerjobb krever.",
						"Det er ikke oppgitt om NAV har gjort en behovs- eller arbeidsevnevurdering og funnet behov for arbeidsrettet bistand.")}).med(2, ""),
			}},
	}}

// § 8-4 Definisjoner (bedriftsintern opplæring) og, fra 2021, Varighet
// (sommerjobb).
var tf84 = &paragraf{id: "tf-8-4", kilde: tiltak.Tiltaksforskriften, nr: "8-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Definisjoner for bedriftsintern opplæring: små (under 50 ansatte og omsetning eller balanse høyst 10 mill. euro), mellomstore (under 250 ansatte, omsetning høyst 50 mill. euro og/eller balanse høyst 43 mill. euro) og store bedrifter; støttesats; utsatte arbeidstakere (nedsatt arbeidsevne, funksjonsnedsettelse, over 50 år eller uten fullført videregående opplæring).",
			merknad: "Definisjonene brukes av satsene i § 8-6."},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			innhold: "Sommerjobb varer i inntil fire uker per deltaker og kan gjennomføres fra og med 1. juni til og med 31. august; NAV kan helt unntaksvis godkjenne en annen periode når særlige grunner foreligger og det er hensiktsmessig for deltakeren.",
			merknad: "Teksten sier ikke om de fire ukene gjelder per sommer eller samlet.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: uker(4), ledd: 1,
				sesong:    &Sesong{FraManed: time.June, FraDag: 1, TilManed: time.August, TilDag: 31, Unntak: true},
				tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}},
	}}

// § 8-5 (bedriftsintern opplæring): kostnader tilskuddet kan dekke.
var tf85 = &paragraf{id: "tf-8-5", kilde: tiltak.Tiltaksforskriften, nr: "8-5", tittel: "Tilskudd til tiltaksarrangør",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskudd kan dekke utgifter til opplæringspersonale, reiser, materiell og utstyr, avskrivning av verktøy og utstyr, veiledning og rådgivning, og deltakernes lønn for timene i opplæring. Opplæringsutgiftene skal være minst en tredjedel og lønnsutgiftene høyst to tredjedeler av det støtteberettigede beløpet; utgiftene skal dokumenteres, og det gis ikke flere tilskudd til samme prosjekt.",
			sats: []*satsdel{{typ: FaktiskeUtgifter,
				dekker: []string{"opplæringspersonale", "reiser for opplæringspersonale og deltakere", "løpende utgifter til materiell og utstyr knyttet til opplæringen",
					"avskrivning av verktøy og utstyr brukt bare i opplæringen", "veiledning og rådgivning", "deltakernes lønn for timene i opplæring (høyst to tredjedeler)"}}}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			innhold: "Sommerjobb: deltaker, virksomhet og NAV inngår en avtale om formål, sats og varighet; oppfølgingen tilpasses behovet. Avgjør ingenting biblioteket regner med."},
		{fra: dato(2022, 9, 1), endretVed: for2022_932, bevis: Kunngjort,
			innhold: "Planlegging og oppfølging: ny overskrift og omskrevet tekst, uten endring i hvem, hvor lenge eller hvor mye."},
	}}

// § 8-6 Tilskuddets størrelse (bedriftsintern opplæring) og, fra 2021,
// tilskudd til arbeidsgiver (sommerjobb).
var tf86 = &paragraf{id: "tf-8-6", kilde: tiltak.Tiltaksforskriften, nr: "8-6", tittel: "Tilskudd til arbeidsgiver",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskuddet kan høyst være 50 prosent av utgiftene for store, 60 for mellomstore og 70 for små bedrifter, og kan økes med inntil ti prosentpoeng for opplæring av utsatte arbeidstakere, men aldri over 70 prosent; i sjøtransport kan støtten være 100 prosent for reservebesetning om bord på skip registrert i EØS. Høyst 2 millioner euro per år per virksomhet.",
			merknad: "Satsene avhenger av bedriftens størrelse og ikke av deltakerens fakta; BIOMaksProsent leser dem.",
			bio:     &bioSatser{stor: 50, mellomstor: 60, liten: 70, utsatteTillegg: 10, tak: 70, sjotransport: 100}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			innhold: "Tilskuddet betales til arbeidsgiveren i inntil fire uker som en fast prosent av refusjonsgrunnlaget (utbetalt lønn for normalarbeidstiden, feriepenger, arbeidsgiveravgift og obligatorisk tjenestepensjon): 50 prosent, eller 75 prosent for personer med nedsatt arbeidsevne. Virksomheter med permitterte får ikke tilskudd.",
			vilkar: []*Vilkar{ikkeSvarvilkar("ingen-permitterte", tiltak.FaktumArbeidsgiverHarPermitterte, func(f *tiltak.Fakta) tiltak.Svar { return f.ArbeidsgiverHarPermitterte },
				"Arbeidsgiveren har ikke permitterte ansatte.",
				tekst("Arbeidsgiveren har ikke permitterte ansatte.", "Arbeidsgiveren har permitterte ansatte, og det gis ikke tilskudd til sommerjobb til virksomheter som har permitterte.",
					"Det er ikke oppgitt om arbeidsgiveren har permitterte ansatte.")).med(5, "")},
			grunnlag: &grunnlagsdel{kostnader: refusjonsgrunnlag, ledd: 2, lonnLedd: 3},
			sats: []*satsdel{{typ: FastProsent, ledd: 4,
				varianter: []satsvariant{
					{vilkar: vilkarNedsatt("sats-nedsatt-arbeidsevne"), trinn: []prosenttrinn{{prosent: 75}}},
					{trinn: []prosenttrinn{{prosent: 50}}},
				}}}},
	}}

// § 8-7 Varighet (bedriftsintern opplæring): inntil 26 uker.
var tf87 = &paragraf{id: "tf-8-7", kilde: tiltak.Tiltaksforskriften, nr: "8-7", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold:  "Opplæringstiden for hver deltaker kan vare i inntil 26 uker.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: uker(26), tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}},
		opphevetKap8(),
		{fra: sommerFr, endretVed: for2021_122, bevis: Kunngjort,
			innhold: "Sommerjobb: tilskuddet gis innenfor gruppeunntaket for tjenester av allmenn økonomisk betydning. Avgjør ingenting biblioteket regner med."},
		{fra: dato(2026, 3, 29), endretVed: for2026_541, bevis: Avledet,
			innhold: "Ny overskrift og henvisning til forskrift 2. januar 2023 nr. 2. Avgjør ingenting biblioteket regner med."},
	}}

// bioSatser er satsene for bedriftsintern opplæring i § 8-6 (2016-teksten),
// i hele prosent.
type bioSatser struct {
	stor, mellomstor, liten int64 // etter bedriftens størrelse (§ 8-4)
	utsatteTillegg          int64 // tillegg for utsatte arbeidstakere …
	tak                     int64 // … men aldri over dette
	sjotransport            int64 // reservebesetning om bord på skip registrert i EØS
}

// BIOMaksProsent gir høyeste tilskudd til bedriftsintern opplæring etter
// tiltaksforskriften § 8-6 (2016-teksten) i hele prosent: 50 for store, 60
// for mellomstore og 70 for små bedrifter, pluss inntil ti prosentpoeng for
// utsatte arbeidstakere, men høyst 70; 100 i sjøtransport for
// reservebesetning om bord på skip registrert i EØS. storrelse er "liten",
// "mellomstor" eller "stor" (§ 8-4; definisjonene av størrelsene er ikke
// modellert, så størrelsen er inndata); en annen verdi gir en
// *tiltak.FeltFeil.
func BIOMaksProsent(storrelse string, utsatte, sjotransportReserve bool) (int64, error) {
	b := tf86.versjoner[0].bio
	if sjotransportReserve {
		return b.sjotransport, nil
	}
	var p int64
	switch storrelse {
	case "stor":
		p = b.stor
	case "mellomstor":
		p = b.mellomstor
	case "liten":
		p = b.liten
	default:
		return 0, &tiltak.FeltFeil{Felt: "storrelse", Verdi: storrelse, Grunn: "ventet liten, mellomstor eller stor"}
	}
	if utsatte {
		p += b.utsatteTillegg
	}
	return min(p, b.tak), nil
}

// Kapittel 9. Midlertidig lønnstilskudd.

var midl = koder(tiltak.MidlertidigLonnstilskudd)

// ansetteEllerBeholde er personkretsen i § 9-3 første og andre ledd:
// vansker med å komme inn på arbeidsmarkedet (ansette), eller en ansatt med
// nedsatt arbeidsevne etter tolv måneders sykmelding (beholde).
func ansetteEllerBeholde() *Vilkar {
	return &Vilkar{navn: "personkrets",
		leser:       fakta(tiltak.FaktumVanskerMedArbeid, tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykefravaer12Mnd, tiltak.FaktumArbeidsevne),
		beskrivelse: "Arbeidsgiveren ansetter en person som har problemer med å komme inn på arbeidsmarkedet på ordinære lønns- og arbeidsvilkår, eller beholder en ansatt med nedsatt arbeidsevne som står i fare for å falle ut etter tolv måneder med full eller gradert sykmelding.",
		datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
			ansette := FraSvar(f.VanskerMedArbeid)
			beholde := Og(Og(FraSvar(f.AnsattHosArbeidsgiver), FraSvar(f.Sykefravaer12Mnd)), nedsatt(f))
			return Eller(ansette, beholde)
		},
		tekst: tekst("Personen hører til personkretsen for midlertidig lønnstilskudd: vansker med å komme i arbeid på ordinære vilkår, eller en ansatt med nedsatt arbeidsevne etter 12 måneders sykefravær.",
			"Personen har ikke vansker med å komme i arbeid på ordinære vilkår, og er ikke en ansatt med nedsatt arbeidsevne etter 12 måneders sykefravær.",
			"Det er ikke oppgitt nok om vansker med å komme i arbeid, ansettelse, sykefravær og arbeidsevne.")}
}

// § 9-3 Personkrets.
var tf93 = &paragraf{id: "tf-9-3", kilde: tiltak.Tiltaksforskriften, nr: "9-3", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: midl,
			innhold: "Tilskudd kan gis til arbeidsgivere som ansetter personer med problemer med å komme inn på arbeidsmarkedet på ordinære vilkår, og til arbeidsgivere som beholder ansatte med nedsatt arbeidsevne som står i fare for å falle ut etter tolv måneder med full eller gradert sykmelding. NAV må gjennomføre en behovs- eller arbeidsevnevurdering før tilskuddet innvilges.",
			merknad: "Kravet om behovs- eller arbeidsevnevurdering står i andre ledd, men er lest som et krav for begge gruppene.",
			vilkar: []*Vilkar{ansetteEllerBeholde(),
				svarvilkar("behovsvurdering", tiltak.FaktumBehovsvurderingGjennomfort, func(f *tiltak.Fakta) tiltak.Svar { return f.BehovsvurderingGjennomfort },
					"NAV har gjennomført en behovs- eller arbeidsevnevurdering før tilskuddet innvilges.",
					tekst("NAV har gjennomført en behovs- eller arbeidsevnevurdering.",
						"NAV har ikke gjennomført en behovs- eller arbeidsevnevurdering, som må gjøres før midlertidig lønnstilskudd innvilges.",
						"Det er ikke oppgitt om NAV har gjennomført en behovs- eller arbeidsevnevurdering.")).med(2, "")}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort, definerer: midl,
			innhold: "Som før for de to gruppene (ansette og beholde). Nytt tredje ledd: NAV må gjennomføre en behovs- eller arbeidsevnevurdering, og bare personer som er vurdert å ha bistandsbehov for å komme i eller beholde en jobb, kan få tilskuddet.",
			vilkar: []*Vilkar{ansetteEllerBeholde(),
				(&Vilkar{navn: "vurdert-bistandsbehov", leser: fakta(tiltak.FaktumBehovsvurderingGjennomfort, tiltak.FaktumBistandsbehovFastslatt),
					beskrivelse: "NAV har gjennomført en behovs- eller arbeidsevnevurdering og vurdert at personen har bistandsbehov for å komme i eller beholde en jobb.",
					datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
						return Og(FraSvar(f.BehovsvurderingGjennomfort), FraSvar(f.BistandsbehovFastslatt))
					},
					tekst: tekst("NAV har vurdert at personen har bistandsbehov for å komme i eller beholde en jobb.",
						"NAV har ikke vurdert at personen har bistandsbehov for å komme i eller beholde en jobb, som midlertidig lønnstilskudd krever.",
						"Det er ikke oppgitt om NAV har gjort en behovs- eller arbeidsevnevurdering og funnet bistandsbehov.")}).med(3, "")}},
	}}

// § 9-4: tilskudd til arbeidsgiver (2016) og varighet (fra 2019).
var tf94 = &paragraf{id: "tf-9-4", kilde: tiltak.Tiltaksforskriften, nr: "9-4", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold:  "Tilskudd til arbeidsgiver: lønnstilskuddet gis som en prosentvis refusjon av refusjonsgrunnlaget, som er utbetalt lønn for arbeid i normalarbeidstiden (uten overtid og variable tillegg), feriepenger, arbeidsgiveravgift av lønnen og feriepengene og obligatorisk tjenestepensjon.",
			grunnlag: &grunnlagsdel{kostnader: refusjonsgrunnlag, ledd: 2, lonnLedd: 3}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort,
			innhold: "Varighet (tidligere § 9-6): tilskuddet kan gis i inntil ett år, og i inntil to år for personer med nedsatt arbeidsevne.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{{tillegg: ar(1), samlet: ar(2), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")}},
				tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}}}},
	}}

// § 9-5: tilskuddets størrelse (2016, maksimum) og tilskudd til
// arbeidsgiver (fra 2019, faste prosenter med nedtrapping).
var tf95 = &paragraf{id: "tf-9-5", kilde: tiltak.Tiltaksforskriften, nr: "9-5", tittel: "Tilskudd til arbeidsgiver",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Tilskuddets størrelse vurderes etter arbeidsevnen og utmåles etter faktisk stillingsandel. Det kan høyst være 50 prosent av refusjonsgrunnlaget, og høyst 75 prosent for personer med nedsatt arbeidsevne som trenger arbeidsrettet bistand. Ingen nedtrapping.",
			sats: []*satsdel{{typ: MaksProsent, ledd: 2,
				varianter: []satsvariant{
					{vilkar: vilkarNedsatt("sats-nedsatt-arbeidsevne"), trinn: []prosenttrinn{{prosent: 75}}},
					{trinn: []prosenttrinn{{prosent: 50}}},
				}}}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort,
			innhold:  "Lønnstilskuddet er en fast prosent av refusjonsgrunnlaget (utbetalt lønn for normalarbeidstiden, feriepenger, arbeidsgiveravgift og obligatorisk tjenestepensjon), utmålt etter faktisk stillingsprosent: 40 prosent i inntil seks måneder og deretter 30 prosent; for personer med nedsatt arbeidsevne 60 prosent i inntil tolv måneder og deretter 50 prosent.",
			merknad:  "Endringsforskriften har ingen overgangsregel; satsene velges etter avtalens startdato.",
			grunnlag: &grunnlagsdel{kostnader: refusjonsgrunnlag, ledd: 1, lonnLedd: 2},
			sats: []*satsdel{{typ: FastProsent, ledd: 3,
				varianter: []satsvariant{
					{vilkar: vilkarNedsatt("sats-nedsatt-arbeidsevne"), trinn: []prosenttrinn{{prosent: 60}, {fra: maneder(12), prosent: 50}}},
					{trinn: []prosenttrinn{{prosent: 40}, {fra: maneder(6), prosent: 30}}},
				}}}},
	}}

// § 9-6: varighet (2016) og planlegging og oppfølging (fra 2019).
var tf96 = &paragraf{id: "tf-9-6", kilde: tiltak.Tiltaksforskriften, nr: "9-6", tittel: "Varighet",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
			innhold: "Varigheten tilpasses behovet; lønnstilskudd kan gis i inntil ett år, og i inntil tre år for personer med nedsatt arbeidsevne.",
			varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(1), ledd: 2,
				forlengelser: []forlengelse{{tillegg: ar(2), samlet: ar(3), vilkar: vilkarNedsatt("nedsatt-arbeidsevne")}},
				tidligere:    Tidligere{Grunnlag: grunnIkkeSamlet}}}},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort,
			innhold: "Paragrafnummeret brukes nå om oppfølging, som reguleres i avtalen om lønnstilskudd; varigheten står i § 9-4."},
		{fra: dato(2022, 9, 1), endretVed: for2022_932, bevis: Kunngjort,
			innhold: "Planlegging og oppfølging: avtalen mellom deltaker, arbeidsgiver og NAV angir formål, sats, varighet og annen bistand; oppfølgingen tilpasses behovet. Avgjør ingenting biblioteket regner med."},
	}}

// Kapittel 10. Varig lønnstilskudd.

var varig = koder(tiltak.VarigLonnstilskudd)

var tekstVarigNedsatt = tekst("NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne.",
	"Arbeidsevnen er ikke vurdert som varig og vesentlig nedsatt, som varig lønnstilskudd krever.",
	"Arbeidsevnevurderingen er ikke oppgitt.")

func vilkarVarigNedsatt() *Vilkar {
	return (&Vilkar{navn: "varig-nedsatt-arbeidsevne", leser: fakta(tiltak.FaktumArbeidsevne),
		beskrivelse: "Personen har varig og vesentlig nedsatt arbeidsevne.",
		datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall { return varigNedsatt(f) },
		tekst: tekstVarigNedsatt}).med(1, "")
}

// § 10-3 Personkrets.
var tf103 = &paragraf{id: "tf-10-3", kilde: tiltak.Tiltaksforskriften, nr: "10-3", tittel: "Personkrets",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: varig,
			innhold: "Tilskuddet gis til arbeidsgivere som ansetter personer med varig og vesentlig nedsatt arbeidsevne på ordinære vilkår med sikte på et varig arbeidsforhold, og unntaksvis til arbeidsgivere som har slike ansatte som står i fare for å falle ut etter tolv måneder med full eller gradert sykmelding.",
			vilkar: []*Vilkar{vilkarVarigNedsatt(),
				{navn: "beholde-etter-sykefravaer", leser: fakta(tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykefravaer12Mnd),
					beskrivelse: "Er personen allerede ansatt hos arbeidsgiveren, kan tilskuddet bare gis unntaksvis, etter tolv måneder med full eller gradert sykmelding.",
					datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
						return Eller(FraSvar(ikke(f.AnsattHosArbeidsgiver)), FraSvar(f.Sykefravaer12Mnd))
					},
					tekst: tekst("Personen ansettes, eller er en ansatt som har vært sykmeldt i tolv måneder.",
						"Personen er allerede ansatt og har ikke vært sykmeldt i tolv måneder; varig lønnstilskudd for å beholde arbeid krever det.",
						"Det er ikke oppgitt om personen allerede er ansatt hos arbeidsgiveren, eller om hun eller han har vært sykmeldt i tolv måneder.")},
			}},
		{fra: dato(2018, 1, 1), endretVed: for2017_194, bevis: Kunngjort, definerer: varig,
			innhold: "Første ledd som før. Andre ledd: tilskuddet kan unntaksvis gis for ansatte med varig og vesentlig nedsatt arbeidsevne som står i fare for å falle ut etter tolv måneders sykmelding; kravet om tolv måneders sykmelding kan fravikes når en sykdom gradvis svekker arbeidsevnen og sykmelding ikke er påkrevd. Det forutsettes at arbeidsgiverens tilretteleggingsplikt (§ 10-5 første ledd) er oppfylt.",
			vilkar: []*Vilkar{vilkarVarigNedsatt(),
				(&Vilkar{navn: "beholde-etter-sykefravaer",
					leser:       fakta(tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumSykefravaer12Mnd, tiltak.FaktumGradvisSvekketArbeidsevne, tiltak.FaktumTilretteleggingspliktOppfylt),
					beskrivelse: "Er personen allerede ansatt hos arbeidsgiveren, kan tilskuddet bare gis unntaksvis: etter tolv måneder med full eller gradert sykmelding, eller uten slik sykmelding når en sykdom gradvis svekker arbeidsevnen; arbeidsgiverens tilretteleggingsplikt må være oppfylt.",
					datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
						beholde := Og(Eller(FraSvar(f.Sykefravaer12Mnd), FraSvar(f.GradvisSvekketArbeidsevne)), FraSvar(f.TilretteleggingspliktOppfylt))
						return Eller(FraSvar(ikke(f.AnsattHosArbeidsgiver)), beholde)
					},
					tekst: tekst("Personen ansettes, eller er en ansatt som oppfyller unntaket i andre ledd (sykmelding i tolv måneder eller gradvis svekket arbeidsevne, og tilretteleggingsplikten oppfylt).",
						"Personen er allerede ansatt og oppfyller ikke unntaket i andre ledd: tolv måneders sykmelding (eller gradvis svekket arbeidsevne) og oppfylt tilretteleggingsplikt.",
						"Det er ikke oppgitt nok om ansettelse, sykmelding, sykdomsforløp og arbeidsgiverens tilrettelegging.")}).med(2, ""),
			}},
	}}

// § 10-4 Krav til tiltaksdeltakeren.
var tf104 = &paragraf{id: "tf-10-4", kilde: tiltak.Tiltaksforskriften, nr: "10-4", tittel: "Krav til tiltaksdeltakeren",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Arbeidstakeren må ha varig nedsatt arbeidsevne på grunn av helsemessige eller sosiale årsaker (og kan ha gradert eller full uføretrygd). NAV må ha gjort en arbeidsevnevurdering som fastslår varig nedsatt arbeidsevne og behov for et varig tiltak. Tidsbegrensede tiltak og andre virkemidler skal være prøvd eller vurdert først.",
		vilkar: []*Vilkar{
			svarvilkar("helse-eller-sosiale-arsaker", tiltak.FaktumHelseEllerSosialeArsaker, func(f *tiltak.Fakta) tiltak.Svar { return f.HelseEllerSosialeArsaker },
				"Den varig nedsatte arbeidsevnen skyldes helsemessige eller sosiale årsaker.",
				tekst("Den nedsatte arbeidsevnen skyldes helsemessige eller sosiale årsaker.",
					"Den nedsatte arbeidsevnen skyldes ikke helsemessige eller sosiale årsaker, som § 10-4 krever.",
					"Det er ikke oppgitt om den nedsatte arbeidsevnen skyldes helsemessige eller sosiale årsaker.")).med(1, ""),
			svarvilkar("arbeidsevnevurdering", tiltak.FaktumArbeidsevnevurderingVarigTiltak, func(f *tiltak.Fakta) tiltak.Svar { return f.ArbeidsevnevurderingVarigTiltak },
				"NAV har gjort en arbeidsevnevurdering som fastslår varig nedsatt arbeidsevne og behov for et varig tiltak.",
				tekst("NAVs arbeidsevnevurdering fastslår varig nedsatt arbeidsevne og behov for et varig tiltak.",
					"NAV har ikke en arbeidsevnevurdering som fastslår varig nedsatt arbeidsevne og behov for et varig tiltak, som må foreligge før varig lønnstilskudd innvilges.",
					"Det er ikke oppgitt om NAVs arbeidsevnevurdering fastslår varig nedsatt arbeidsevne og behov for et varig tiltak.")).med(2, ""),
			svarvilkar("tidsbegrensede-tiltak-forsokt", tiltak.FaktumTidsbegrensedeTiltakForsokt, func(f *tiltak.Fakta) tiltak.Svar { return f.TidsbegrensedeTiltakForsokt },
				"Tidsbegrensede tiltak og andre virkemidler skal være prøvd eller vurdert først (skjønn).",
				tekst("Tidsbegrensede tiltak er prøvd eller vurdert.",
					"Tidsbegrensede tiltak er ikke prøvd eller vurdert, som § 10-4 krever før varig lønnstilskudd.",
					"Det må vurderes om tidsbegrensede tiltak er prøvd eller vurdert (skjønn).")).med(3, ""),
		}}}}

// § 10-5 første ledd: tilretteleggingsplikten for en som allerede er ansatt.
var tf105 = &paragraf{id: "tf-10-5", kilde: tiltak.Tiltaksforskriften, nr: "10-5", tittel: "Krav til tiltaksarrangør",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Gis tilskuddet for en som allerede er ansatt, må arbeidsgiverens tilretteleggingsplikt etter arbeidsmiljøloven § 4-6 være oppfylt. Opprettelse av plasser drøftes med tillitsvalgte der det er mulig.",
		vilkar: []*Vilkar{(&Vilkar{navn: "tilretteleggingsplikt", leser: fakta(tiltak.FaktumAnsattHosArbeidsgiver, tiltak.FaktumTilretteleggingspliktOppfylt),
			beskrivelse: "Er personen allerede ansatt i virksomheten, må arbeidsgiverens tilretteleggingsplikt etter arbeidsmiljøloven § 4-6 være oppfylt.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				return Eller(FraSvar(ikke(f.AnsattHosArbeidsgiver)), FraSvar(f.TilretteleggingspliktOppfylt))
			},
			tekst: tekst("Personen er ikke allerede ansatt, eller arbeidsgiverens tilretteleggingsplikt er oppfylt.",
				"Personen er allerede ansatt, og arbeidsgiverens tilretteleggingsplikt etter arbeidsmiljøloven § 4-6 er ikke oppfylt.",
				"Det er ikke oppgitt om personen allerede er ansatt, eller om arbeidsgiverens tilretteleggingsplikt er oppfylt.")}).med(1, "")},
	}}}

// § 10-6 Tilskudd til arbeidsgiver: refusjonsgrunnlaget.
var tf106 = &paragraf{id: "tf-10-6", kilde: tiltak.Tiltaksforskriften, nr: "10-6", tittel: "Tilskudd til arbeidsgiver",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold:  "Lønnstilskuddet er en prosentvis lønnsrefusjon av refusjonsgrunnlaget: utbetalt lønn for arbeid i normalarbeidstiden (uten overtid og variable tillegg), feriepenger, arbeidsgiveravgift av lønnen og feriepengene og obligatorisk tjenestepensjon.",
		grunnlag: &grunnlagsdel{kostnader: refusjonsgrunnlag, ledd: 2, lonnLedd: 3}}}}

// § 10-7 Tilskuddets størrelse: høyst 75 prosent det første året og 67
// prosent deretter, høyst fem G per år; vurderes minst hvert halvår.
var tf107 = &paragraf{id: "tf-10-7", kilde: tiltak.Tiltaksforskriften, nr: "10-7", tittel: "Tilskuddets størrelse",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort,
		innhold: "Størrelsen vurderes etter arbeidsevnen og utmåles etter faktisk stillingsandel: høyst 75 prosent av refusjonsgrunnlaget det første året og 67 prosent de påfølgende årene; refusjonen kan ikke overstige fem ganger grunnbeløpet per år. Tilskuddet vurderes minst hvert halvår, og reduseres eller faller bort ved bedret arbeidsevne eller når andre tiltak passer bedre.",
		merknad: "Kapitlet setter ingen tidsgrense for tiltaket; varigheten er modellert som ikke tidsbegrenset med halvårlig vurdering.",
		sats: []*satsdel{{typ: MaksProsent, ledd: 2, gTak: 5,
			varianter: []satsvariant{{trinn: []prosenttrinn{{prosent: 75}, {fra: ar(1), prosent: 67}}}}}},
		varighet: []*varighetsdel{{typ: IkkeTidsbegrenset, ledd: 3, tidligere: Tidligere{Grunnlag: grunnIkkeBegrenset},
			merknad: "Ingen øvre varighet; tilskuddet vurderes minst hvert halvår og kan reduseres eller stanses (§ 10-7 tredje ledd)."}},
		frister: []*fristdel{{maneder: 6, typ: Gjennomgang, ledd: 3,
			beskrivelse: "Tilskuddet vurderes minst hvert halvår av NAV sammen med virksomheten (§ 10-7 tredje ledd)."}},
	}}}

// § 9-2 Innhold (midlertidig lønnstilskudd): definerer tiltaket. Vedtatt
// på nytt med samme ordlyd da kapittel 9 ble erstattet 1. juli 2019.
var tf92 = &paragraf{id: "tf-9-2", kilde: tiltak.Tiltaksforskriften, nr: "9-2", tittel: "Innhold",
	versjoner: []*versjon{
		{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: koder(tiltak.MidlertidigLonnstilskudd),
			innhold: "Deltakeren ansettes i hel- eller deltidsstilling i offentlig eller privat virksomhet og gjør ordinære oppgaver; tilskuddet kompenserer for lavere produktivitet."},
		{fra: dato(2019, 7, 1), endretVed: for2019_597, bevis: Kunngjort, definerer: koder(tiltak.MidlertidigLonnstilskudd),
			innhold: "Vedtatt på nytt med samme ordlyd da kapittel 9 ble erstattet."},
	}}

// § 10-2 Innhold (varig lønnstilskudd): definerer tiltaket.
var tf102 = &paragraf{id: "tf-10-2", kilde: tiltak.Tiltaksforskriften, nr: "10-2", tittel: "Innhold",
	versjoner: []*versjon{{fra: tfIKraft, endretVed: forTF, bevis: Kunngjort, definerer: varig,
		innhold: "Deltakeren ansettes i hel- eller deltidsstilling i offentlig eller privat virksomhet med ordinære oppgaver, og tilskuddet kompenserer for lavere produktivitet."}}}
