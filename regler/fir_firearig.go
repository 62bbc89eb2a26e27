package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Forskrift 4. februar 2026 nr. 163 om forsøk med fireårig lønnstilskudd
// for unge. I kraft 1. august 2026; forsøket avsluttes innen utgangen av
// 2032 (kan forlenges). Kunngjort tekst er ikke funnet; ordlyden er den
// konsoliderte teksten. Tiltaksforskriften kapittel 1 gjelder «så langt det
// passer» (§ 11), så nødvendig og hensiktsmessig (§ 1-3 første ledd),
// aldersgrensen (§ 1-3 tredje ledd), nærstående (§ 1-6) og arbeidstakere
// (§ 1-8) gjelder også her.

var (
	firFra   = dato(2026, 8, 1)   // § 13: i kraft 1. august 2026
	firSlutt = dato(2032, 12, 31) // § 12: forsøket avsluttes innen utgangen av 2032
	firearig = koder(tiltak.FirearigLonnstilskudd)
)

// § 2 Virkeområde: utvalgte NAV-kontorer.
var fir2 = &paragraf{id: "fir-2", kilde: tiltak.Firearigforskriften, nr: "2", tittel: "Virkeområde",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold: "Forsøket gjennomføres ved utvalgte NAV-kontorer i utvalgte fylker; direktoratet bestemmer hvilke.",
		vilkar: []*Vilkar{svarvilkar("nav-kontor-i-forsoket", tiltak.FaktumNavKontorIForsok, func(f *tiltak.Fakta) tiltak.Svar { return f.NavKontorIForsok },
			"Personens NAV-kontor er med i forsøket.",
			tekst("Personens NAV-kontor er med i forsøket.", "Personens NAV-kontor er ikke med i forsøket, som gjennomføres ved utvalgte NAV-kontorer.",
				"Det er ikke oppgitt om personens NAV-kontor er med i forsøket."))}}}}

// § 4 Personkrets.
var fir4 = &paragraf{id: "fir-4", kilde: tiltak.Firearigforskriften, nr: "4", tittel: "Personkrets",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt, definerer: firearig,
		innhold: "Tilskudd kan gis til arbeidsgivere som ansetter personer som ikke har fylt 30 år ved tildelingen, har nedsatt eller varig nedsatt arbeidsevne på grunn av helsemessige eller sosiale forhold, og har vansker med å få ordinært arbeid uten tilskudd. NAV må ha gjort en behovs- og arbeidsevnevurdering.",
		merknad: "Tildelingen er regnet som vurderingsdatoen. «Ansetter» er lest som en ny ansettelse: tilskuddet er ikke for å beholde en som allerede er ansatt.",
		vilkar: []*Vilkar{
			(&Vilkar{navn: "under-30-ved-tildeling", leser: fakta(tiltak.FaktumFodselsdato),
				beskrivelse: "Personen har ikke fylt 30 år ved tildelingen (vurderingsdatoen).",
				knekk:       knekkListe(fodselsdag(30)),
				vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return ikkeFylt(f, d, 30) },
				tekst: tekst("Personen har ikke fylt 30 år ved tildelingen.", "Personen har fylt 30 år ved tildelingen; forsøket gjelder unge under 30 år.",
					"Fødselsdatoen er ikke oppgitt.")}).med(1, ""),
			(&Vilkar{navn: "nedsatt-arbeidsevne-helse-eller-sosialt", leser: fakta(tiltak.FaktumArbeidsevne, tiltak.FaktumHelseEllerSosialeArsaker),
				beskrivelse: "Personen har nedsatt eller varig nedsatt arbeidsevne på grunn av helsemessige eller sosiale forhold.",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					return Og(nedsatt(f), FraSvar(f.HelseEllerSosialeArsaker))
				},
				tekst: tekst("Personen har nedsatt arbeidsevne på grunn av helsemessige eller sosiale forhold.",
					"Personen har ikke nedsatt arbeidsevne på grunn av helsemessige eller sosiale forhold.",
					"Det er ikke oppgitt nok om arbeidsevnen og årsaken til at den er nedsatt.")}).med(1, ""),
			vilkarVansker("vansker-med-arbeid", "Personen har utfordringer med å få ordinært arbeid uten tilskudd fra NAV.").med(1, ""),
			ikkeSvarvilkar("ny-ansettelse", tiltak.FaktumAnsattHosArbeidsgiver, func(f *tiltak.Fakta) tiltak.Svar { return f.AnsattHosArbeidsgiver },
				"Tilskuddet gis til arbeidsgivere som ansetter personen (ikke for å beholde en som allerede er ansatt).",
				tekst("Tilskuddet gjelder en ny ansettelse.", "Personen er allerede ansatt hos arbeidsgiveren; forsøket gjelder arbeidsgivere som ansetter.",
					"Det er ikke oppgitt om personen allerede er ansatt hos arbeidsgiveren.")).med(1, ""),
			svarvilkar("behovs-og-arbeidsevnevurdering", tiltak.FaktumBehovsvurderingGjennomfort, func(f *tiltak.Fakta) tiltak.Svar { return f.BehovsvurderingGjennomfort },
				"NAV har gjennomført en behovs- og arbeidsevnevurdering (arbeids- og velferdsforvaltningsloven § 14 a).",
				tekst("NAV har gjennomført en behovs- og arbeidsevnevurdering.", "NAV har ikke gjennomført en behovs- og arbeidsevnevurdering, som må gjøres før tilskuddet innvilges.",
					"Det er ikke oppgitt om NAV har gjennomført en behovs- og arbeidsevnevurdering.")).med(2, ""),
		}}}}

// § 6 Tilskudd til arbeidsgiver: refusjonsgrunnlaget.
var fir6 = &paragraf{id: "fir-6", kilde: tiltak.Firearigforskriften, nr: "6", tittel: "Tilskudd til arbeidsgiver",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold:  "Lønnstilskuddet er en fast prosentvis lønnsrefusjon etter faktisk stillingsprosent. Refusjonsgrunnlaget er utbetalt lønn for normalarbeidstiden (uten overtid og variable tillegg), feriepenger, arbeidsgiveravgift og obligatorisk tjenestepensjon; det betales så lenge arbeidsgiveren har lønnsplikt.",
		grunnlag: &grunnlagsdel{kostnader: refusjonsgrunnlag, ledd: 2, lonnLedd: 2}}}}

// § 7 Tilskuddets størrelse: 70, 60, 50 og 35 prosent; høyst fem G per år.
var fir7 = &paragraf{id: "fir-7", kilde: tiltak.Firearigforskriften, nr: "7", tittel: "Tilskuddets størrelse",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold: "Lønnstilskuddet dekker 70 prosent av refusjonsgrunnlaget i inntil tolv måneder, og trappes deretter ned til 60, 50 og 35 prosent hver tolvte måned. Refusjonen kan ikke overstige fem ganger grunnbeløpet per år.",
		merknad: "Teksten sier ikke om fem G gjelder per kalenderår eller per tiltaksår; NAVs praksis regner kalenderår.",
		sats: []*satsdel{{typ: FastProsent, ledd: 1, gTak: 5, gTakLedd: 2,
			varianter: []satsvariant{{trinn: []prosenttrinn{{prosent: 70}, {fra: maneder(12), prosent: 60}, {fra: maneder(24), prosent: 50}, {fra: maneder(36), prosent: 35}}}}}}}}}

// § 8 Varighet: inntil fire år.
var fir8 = &paragraf{id: "fir-8", kilde: tiltak.Firearigforskriften, nr: "8", tittel: "Varighet",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold: "Varigheten tilpasses behovet; tiltaket kan gis i inntil fire år. En midlertidig ansettelse kan vare i inntil to år (§ 10), og forsøket avsluttes innen utgangen av 2032 (§ 12).",
		varighet: []*varighetsdel{{typ: Tidsbegrenset, ordinaer: ar(4),
			tak: []tak{{lengde: ar(2), vilkar: &Vilkar{navn: "midlertidig-ansettelse", leser: fakta(tiltak.FaktumStillingstype),
				beskrivelse: "ansettelsen er midlertidig (kan vare i inntil to år, § 10 andre ledd; tilskuddet betales så lenge arbeidsgiveren har lønnsplikt)",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					switch f.Stillingstype {
					case tiltak.MidlertidigStilling:
						return Oppfylt
					case tiltak.FastStilling:
						return IkkeOppfylt
					}
					return MaVurderes
				},
				tekst: tekst("Ansettelsen er midlertidig og kan vare i inntil to år, så tilskuddet kan ikke vare lenger.",
					"Ansettelsen er fast, så tilskuddet kan vare i inntil fire år.",
					"Det er ikke oppgitt om ansettelsen er fast eller midlertidig; ved midlertidig ansettelse er grensen to år.")}}},
			tidligsteStart: firFra, senesteSlutt: firSlutt,
			tidligere: Tidligere{Grunnlag: grunnIkkeSamlet}}}}}}

// § 11 Forholdet til tiltaksforskriften.
var fir11 = &paragraf{id: "fir-11", kilde: tiltak.Firearigforskriften, nr: "11", tittel: "Forholdet til tiltaksforskriften",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold:  "Tiltaksforskriften kapittel 1 gjelder så langt det passer for forsøket. Biblioteket bruker derfor § 1-3 første og tredje ledd, § 1-6 og § 1-8 også for fireårig lønnstilskudd.",
		henviser: firTiltaksforskriften}}}

// firTiltaksforskriften er paragrafene i tiltaksforskriften kapittel 1 som
// gjelder for forsøket etter § 11 (bibliotekets lesning av «så langt det
// passer»).
var firTiltaksforskriften = []*paragraf{tf13l1, tf13l3, tf16, tf18}

// § 3 Innhold: definerer tiltaket.
var fir3 = &paragraf{id: "fir-3", kilde: tiltak.Firearigforskriften, nr: "3", tittel: "Innhold",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt, definerer: koder(tiltak.FirearigLonnstilskudd),
		innhold: "Deltakeren ansettes i hel- eller deltidsstilling i offentlig eller privat virksomhet med vanlige oppgaver; deltaker og arbeidsgiver har fast kontaktperson, og NAV tilbyr tilrettelegging ut over arbeidsgiverens plikt."}}}

// § 9 Planlegging og oppfølging: NAV følger opp minst hver tredje måned.
var fir9 = &paragraf{id: "fir-9", kilde: tiltak.Firearigforskriften, nr: "9", tittel: "Planlegging og oppfølging",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt,
		innhold: "Deltaker, arbeidsgiver og NAV inngår en avtale om formål, sats, varighet og annen bistand; NAV følger opp etter behov og minst hver tredje måned.",
		frister: []*fristdel{{maneder: 3, typ: Gjennomgang, ledd: 2,
			beskrivelse: "NAV følger opp deltaker og arbeidsgiver minst hver tredje måned (forsøksforskriften § 9)."}}}}}

// § 12 Forsøksperioden: forsøket avsluttes senest ved utgangen av 2032.
// Det er kilden til sisteDag (firSlutt) i alle paragrafene i forskriften.
var fir12 = &paragraf{id: "fir-12", kilde: tiltak.Firearigforskriften, nr: "12", tittel: "Forsøksperioden",
	versjoner: []*versjon{{fra: firFra, endretVed: forFir, bevis: Konsolidert, sisteDag: firSlutt, definerer: koder(tiltak.FirearigLonnstilskudd),
		innhold: "Forsøket skal være avsluttet senest ved utgangen av 2032; perioden kan forlenges, og forsøket skal evalueres.",
		merknad: "Teksten sier ikke hvordan et tilskudd som løper ved utgangen av 2032 skal behandles; biblioteket lar ingen sluttdato gå forbi 31. desember 2032."}}}
