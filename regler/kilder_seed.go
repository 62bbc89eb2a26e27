package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Kildedokumentene (../shared/seeds): den kommunale rutinen for
// praksisplasser (seed 003) og veiledningen «Aktører og tiltak» (seed 004).
// De er ikke forskrift; hjemmelen er merket rutine eller praksis.

// Seed 003: kommunens rutine for praksisplasser. Rutinen er udatert og
// gjelder for alle datoer i modellen.
var seed003 = &paragraf{id: "seed003-plasstyper", kilde: tiltak.KommunalRutine, tittel: "Plasstyper og ytelser",
	merknad: "plasstyper og ytelser",
	versjoner: []*versjon{{fra: udatert, endretVed: "seed 003", bevis: Sekundaer,
		definerer: koder(tiltak.Aktivitetsplass, tiltak.Sprakpraksis),
		innhold:   "NAV-kontoret styrer hvilken tiltaksform brukeren skal inn på (aktivitetsplass etter sosialtjenesteloven, arbeidstrening eller språkpraksis); for aktivitetsplass og språkpraksis følger ingen ytelser til arbeidsgiveren.",
		liste:     koder(tiltak.Mentor, tiltak.Inkluderingstilskudd, tiltak.Funksjonsassistanse),
		vilkar: []*Vilkar{skjonnsvilkar("nav-velger-tiltaksform",
			"NAV-kontoret styrer hvilken tiltaksform brukeren skal inn på; rutinen setter ingen personkrets ut over dette.",
			"Kommunens rutine setter ingen personkrets; NAV-kontoret velger tiltaksformen etter en konkret vurdering.")},
		varighet: []*varighetsdel{{typ: IkkeFastsatt, tidligere: Tidligere{Grunnlag: "Kildene setter ingen varighet."},
			merknad: "Rutinen (seed 003) setter ingen varighet; biblioteket finner ikke på en."}},
	}}}

// Seed 004: veiledningen «Aktører og tiltak».
var seed004VTAO = &paragraf{id: "seed004-vtao-dokumentasjon", kilde: tiltak.VeilederAktorer, tittel: "Årlig dokumentasjon i VTAO",
	merknad: "arbeidsgiveren dokumenterer minst én gang i året",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "seed 004", bevis: Sekundaer,
		innhold: "Arbeidsgiveren dokumenterer minst én gang i året deltakerens utvikling og tilpasningene som er gjort.",
		frister: []*fristdel{{maneder: 12, typ: Dokumentasjon,
			beskrivelse: "Arbeidsgiveren dokumenterer minst én gang i året deltakerens utvikling og tilpasningene som er gjort (veiledningen «Aktører og tiltak»)."}}}}}

// seed004Oppfolging er veiledningens regel om at oppfølging kan kombineres
// med arbeidstrening og lønnstilskudd når det er hensiktsmessig.
var seed004Oppfolging = &paragraf{id: "seed004-oppfolging-kombinasjon", kilde: tiltak.VeilederAktorer, tittel: "Oppfølging sammen med andre tiltak",
	merknad: "oppfølging sammen med arbeidstrening og lønnstilskudd",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "seed 004", bevis: Sekundaer,
		innhold: "Oppfølging kan kombineres med arbeidstrening, midlertidig og varig lønnstilskudd når det er hensiktsmessig.",
		liste:   koder(tiltak.Arbeidstrening, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd)}}}

// seed004VTA60 er veiledningens praksis for VTA-deltakere som arbeider mye
// i ordinære virksomheter.
var seed004VTA60 = &paragraf{id: "seed004-vta-60-prosent", kilde: tiltak.VeilederAktorer, tittel: "60 prosent i ordinær virksomhet i VTA",
	merknad: "60 % eller mer av arbeidstiden i ordinære virksomheter i mer enn seks måneder",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "seed 004", bevis: Sekundaer,
		innhold:    "Arbeider en VTA-deltaker 60 prosent eller mer av arbeidstiden i ordinære virksomheter i mer enn seks måneder, mister deltakeren i prinsippet plassen og arrangøren tilskuddet for den.",
		arbeidstid: &arbeidstidsdel{prosent: 60, minst: true, lengde: maneder(6)}}}}

// seed004VTAOppfolging er veiledningens praksis om oppfølgingsbehovet i VTA:
// det kreves at personen ikke har for stort oppfølgingsbehov, «gjerne»
// høyst omtrent 1:5. Ordet «gjerne» gjør grensen til en tommelfingerregel:
// et større behov gir må vurderes, aldri ikke oppfylt alene.
var seed004VTAOppfolging = &paragraf{id: "seed004-vta-oppfolgingsbehov", kilde: tiltak.VeilederAktorer, tittel: "Oppfølgingsbehovet i VTA",
	merknad: "oppfølgingsbehov gjerne høyst 1:5",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "seed 004", bevis: Sekundaer,
		innhold: "For å få VTA kreves det at personen ikke har for stort oppfølgingsbehov, gjerne høyst et 1:5-behov (én veileder per fem deltakere). Forskriften setter ingen slik grense.",
		vilkar: []*Vilkar{{navn: "oppfolgingsbehov-1-5", leser: fakta(tiltak.FaktumOppfolgingsbehovHoyst1Til5),
			beskrivelse: "Veiledningen «Aktører og tiltak»: oppfølgingsbehovet bør ikke være for stort, gjerne høyst omtrent 1:5.",
			datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
				if f.OppfolgingsbehovHoyst1Til5 == tiltak.Ja {
					return Oppfylt
				}
				return MaVurderes
			},
			tekst: tekst("Oppfølgingsbehovet er høyst omtrent 1:5, slik veiledningen forutsetter for VTA.",
				"",
				"Oppfølgingsbehovet er ikke oppgitt, eller det er større enn omtrent 1:5; veiledningen sier «gjerne» høyst 1:5, så NAV må vurdere om behovet er for stort for VTA.")}}}}}
