package varighet

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// maksTilfelle er én rad i tabelltesten for Maksimum. ID er paragraf-id-en
// raden sjekker. Forventningene er regnet for hånd i kommentarene.
type maksTilfelle struct {
	ID      string
	Navn    string
	Kode    tiltak.Kode
	Fakta   tiltak.Fakta
	Start   string
	Type    Type
	Ord     string // OrdinaerSlutt
	Slutt   string // SenesteSlutt
	Mulig   string // SenesteMulig
	Utfall  []regler.Utfall
	Praksis []string // SisteDag per praksisgrense
}

var maksTilfeller = []maksTilfelle{
	// Avklaring: 31.1.2024 + 28 − 1 = 27.2.2024; + 84 − 1 dager = 23.4.2024
	// (29 dager i februar 2024 til 29.2., 31 til 31.3., 23 til 23.4. = 83).
	{ID: "tf-2-4", Navn: "avklaring 31. januar i skuddår", Kode: tiltak.Avklaring, Start: "2024-01-31", Type: Tidsbegrenset,
		Ord: "2024-02-27", Slutt: "2024-02-27", Mulig: "2024-04-23", Utfall: []regler.Utfall{regler.MaVurderes}},
	// 31.12.2024 + 27 dager = 27.1.2025 (over årsskiftet); + 83 = 24.3.2025.
	{ID: "tf-2-4", Navn: "avklaring fra nyttårsaften", Kode: tiltak.Avklaring, Start: "2024-12-31", Type: Tidsbegrenset,
		Ord: "2025-01-27", Slutt: "2025-01-27", Mulig: "2025-03-24", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Arbeidstrening fra 31.8.2023: 12 mnd → 31.8.2024 − 1 = 30.8.2024;
	// 18 mnd → 28.2.2025 (klemt) − 1 = 27.2.2025. Praksis 18 mnd = samme.
	{ID: "tf-3-5", Navn: "arbeidstrening nedsatt 31. august", Kode: tiltak.Arbeidstrening, Fakta: nedsatt, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2025-02-27", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.Oppfylt}, Praksis: []string{"2025-02-27"}},
	{ID: "tf-3-5", Navn: "arbeidstrening ikke nedsatt", Kode: tiltak.Arbeidstrening, Fakta: ikkeNedsatt, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2024-08-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}, Praksis: []string{"2025-02-27"}},
	{ID: "tf-3-5", Navn: "arbeidstrening arbeidsevne ukjent", Kode: tiltak.Arbeidstrening, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes}, Praksis: []string{"2025-02-27"}},
	// Innsatsgruppen alene avgjør ikke forskriftens vilkår om nedsatt
	// arbeidsevne: forlengelsen må vurderes; NAVs praksisgrense står.
	{ID: "praksis-arbeidstrening-18-mnd", Navn: "arbeidstrening, bare innsatsgruppe oppgitt", Kode: tiltak.Arbeidstrening,
		Fakta: tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes}, Praksis: []string{"2025-02-27"}},
	// Arbeidsevnevurderingen går foran innsatsgruppen.
	{ID: "tf-3-5", Navn: "arbeidsevne ikke nedsatt slår innsatsgruppe", Kode: tiltak.Arbeidstrening,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, Innsatsgruppe: tiltak.LitenMulighetTilAJobbe}, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2024-08-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}, Praksis: []string{"2025-02-27"}},
	// Oppfølging fra 29.2.2024: 6 mnd → 29.8.2024 − 1 = 28.8.2024; 12 mnd →
	// 28.2.2025 (klemt) − 1 = 27.2.2025; 36 mnd → 28.2.2027 − 1 = 27.2.2027;
	// 42 mnd → 29.8.2027 − 1 = 28.8.2027.
	{ID: "tf-4-4", Navn: "oppfølging nedsatt og overgang, 29. februar", Kode: tiltak.Oppfolging,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.OvergangSkoleEllerSoning = tiltak.Ja }), Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2027-08-28", Mulig: "2027-08-28", Utfall: []regler.Utfall{regler.MaVurderes, regler.Oppfylt, regler.Oppfylt}},
	{ID: "tf-4-4", Navn: "oppfølging nedsatt, overgang ukjent", Kode: tiltak.Oppfolging, Fakta: nedsatt, Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2027-02-27", Mulig: "2027-08-28", Utfall: []regler.Utfall{regler.MaVurderes, regler.Oppfylt, regler.MaVurderes}},
	{ID: "tf-4-4", Navn: "oppfølging ikke nedsatt", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2024-08-28", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	{ID: "tf-4-2", Navn: "jobbklubb har ingen egen varighet", Kode: tiltak.Jobbklubb, Start: "2024-01-01", Type: IkkeFastsatt},
	// Mentor, siste dag i 2016-versjonen: 31.7.2025 + 6 mnd − 1 = 30.1.2026;
	// + 36 mnd − 1 = 30.7.2028.
	{ID: "tf-5-4-varighet-v2016", Navn: "mentor nedsatt og særlig behov, gammel versjon", Kode: tiltak.Mentor,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.SaerligBehovMentor = tiltak.Ja }), Start: "2025-07-31", Type: Tidsbegrenset,
		Ord: "2026-01-30", Slutt: "2028-07-30", Mulig: "2028-07-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	// Gammel versjon har ingen forlengelse for unge i tilrettelagt opplæring.
	{ID: "tf-5-4-varighet-v2016", Navn: "mentor ung i tilrettelagt opplæring før 1. august 2025", Kode: tiltak.Mentor,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, TilrettelagtFagOgYrkesopplaering: tiltak.Ja, Fodselsdato: d("2000-01-01")}, Start: "2025-07-31", Type: Tidsbegrenset,
		Ord: "2026-01-30", Slutt: "2026-01-30", Mulig: "2026-01-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	// Ny versjon fra 1.8.2025: 6 mnd → 31.1.2026; 36 mnd → 31.7.2028.
	// Født 2.8.1995 er 29 år 1.8.2025 (fyller 30 dagen etter).
	{ID: "tf-5-4-v20250801", Navn: "mentor ung i tilrettelagt opplæring, 29 år", Kode: tiltak.Mentor,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, TilrettelagtFagOgYrkesopplaering: tiltak.Ja, Fodselsdato: d("1995-08-02")}, Start: "2025-08-01", Type: Tidsbegrenset,
		Ord: "2026-01-31", Slutt: "2028-07-31", Mulig: "2028-07-31", Utfall: []regler.Utfall{regler.IkkeOppfylt, regler.Oppfylt}},
	// Født 1.8.1995 har fylt 30 år 1.8.2025.
	{ID: "tf-5-4-v20250801", Navn: "mentor ung, fyller 30 på startdagen", Kode: tiltak.Mentor,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, TilrettelagtFagOgYrkesopplaering: tiltak.Ja, Fodselsdato: d("1995-08-01")}, Start: "2025-08-01", Type: Tidsbegrenset,
		Ord: "2026-01-31", Slutt: "2026-01-31", Mulig: "2026-01-31", Utfall: []regler.Utfall{regler.IkkeOppfylt, regler.IkkeOppfylt}},
	{ID: "tf-5-4-v20250801", Navn: "mentor alt ukjent", Kode: tiltak.Mentor, Start: "2025-08-31", Type: Tidsbegrenset,
		Ord: "2026-02-27", Slutt: "2026-02-27", Mulig: "2028-08-30", Utfall: []regler.Utfall{regler.MaVurderes, regler.MaVurderes}},
	// Funksjonsassistanse: ingen fast grense; praksis ett år: 31.1.2024 + 12 − 1 = 30.1.2025.
	{ID: "tf-6-4", Navn: "funksjonsassistanse", Kode: tiltak.Funksjonsassistanse, Start: "2024-01-31", Type: UtenFastMaksimum, Praksis: []string{"2025-01-30"}},
	{ID: "praksis-funksjonsassistanse-ett-ar", Navn: "funksjonsassistanse praksis ett år fra 29. februar", Kode: tiltak.Funksjonsassistanse, Start: "2024-02-29", Type: UtenFastMaksimum, Praksis: []string{"2025-02-27"}},
	// Opplæring fra 1.7.2025: 3 år → 30.6.2028; 4 år → 30.6.2029; 5 år → 30.6.2030.
	{ID: "tf-7-4", Navn: "AMO tre år", Kode: tiltak.OpplaeringAMO, Start: "2025-07-01", Type: Tidsbegrenset, Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2028-06-30", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4", Navn: "fag- og yrke kombinert og særlige grunner", Kode: tiltak.OpplaeringFagOgYrke,
		Fakta: tiltak.Fakta{KombinertLop: tiltak.Ja, SaerligeGrunner: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2030-06-30", Mulig: "2030-06-30", Utfall: []regler.Utfall{regler.Oppfylt, regler.Oppfylt, regler.Oppfylt}},
	{ID: "tf-7-4", Navn: "høyere utdanning ikke kombinert, særlige grunner", Kode: tiltak.OpplaeringHoyereUtdanning,
		Fakta: tiltak.Fakta{KombinertLop: tiltak.Nei, SaerligeGrunner: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2029-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.IkkeOppfylt, regler.Oppfylt, regler.IkkeOppfylt}},
	{ID: "tf-7-4", Navn: "fagskole særlige grunner ukjent", Kode: tiltak.OpplaeringFagskole, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.MaVurderes}},
	{ID: "tf-7-4", Navn: "norsk/FOV kombinert", Kode: tiltak.OpplaeringNorskFOV, Fakta: tiltak.Fakta{KombinertLop: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2029-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-7-4", Navn: "studiespesialisering ikke kombinert", Kode: tiltak.OpplaeringStudiespesialisering, Fakta: tiltak.Fakta{KombinertLop: tiltak.Nei}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2028-06-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	// Sommerjobb: 31.8.2024 + 27 dager = 27.9.2024; praksis 27.9. samme dag.
	{ID: "tf-8-varighet", Navn: "sommerjobb fra 31. august", Kode: tiltak.Sommerjobb, Start: "2024-08-31", Type: Tidsbegrenset,
		Ord: "2024-09-27", Slutt: "2024-09-27", Mulig: "2024-09-27", Utfall: []regler.Utfall{}, Praksis: []string{"2024-09-27"}},
	// 1.6.2021 + 27 = 28.6.2021; praksisgrensen er bare sluttdagen 27.9. i året.
	{ID: "praksis-sommerjobb-slutt-27-sep", Navn: "første sommerjobbdag 2021", Kode: tiltak.Sommerjobb, Start: "2021-06-01", Type: Tidsbegrenset,
		Ord: "2021-06-28", Slutt: "2021-06-28", Mulig: "2021-06-28", Utfall: []regler.Utfall{}, Praksis: []string{"2021-09-27"}},
	// Midlertidig lønnstilskudd, 2016-teksten siste dag: 12.4.2019 + 3 år − 1 = 11.4.2022.
	{ID: "tf-9-6-varighet-v2016", Navn: "midlertidig LT 2016-teksten nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: nedsatt, Start: "2019-04-12", Type: Tidsbegrenset,
		Ord: "2020-04-11", Slutt: "2022-04-11", Mulig: "2022-04-11", Utfall: []regler.Utfall{regler.Oppfylt}},
	// Gjeldende fra 1.9.2020: 1 år → 31.8.2021; 2 år → 31.8.2022.
	{ID: "tf-9-varighet", Navn: "midlertidig LT gjeldende nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: nedsatt, Start: "2020-09-01", Type: Tidsbegrenset,
		Ord: "2021-08-31", Slutt: "2022-08-31", Mulig: "2022-08-31", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-9-varighet", Navn: "midlertidig LT gjeldende ikke nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: ikkeNedsatt, Start: "2020-09-01", Type: Tidsbegrenset,
		Ord: "2021-08-31", Slutt: "2021-08-31", Mulig: "2021-08-31", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "tf-10-7-gjennomgang", Navn: "varig lønnstilskudd", Kode: tiltak.VarigLonnstilskudd, Start: "2024-01-01", Type: IkkeTidsbegrenset},
	// Inkluderingstilskudd: praksis 31.1.2024 + 12 mnd = 31.1.2025 (uten − 1 dag).
	{ID: "praksis-inkluderingstilskudd-12-mnd", Navn: "inkluderingstilskudd", Kode: tiltak.Inkluderingstilskudd, Start: "2024-01-31", Type: UtenFastMaksimum, Praksis: []string{"2025-01-31"}},
	{ID: "tf-11-4-maks", Navn: "inkluderingstilskudd uten fast maksimum i forskriften", Kode: tiltak.Inkluderingstilskudd, Start: "2024-02-29", Type: UtenFastMaksimum, Praksis: []string{"2025-02-28"}},
	// ARR: 31.12.2023 + 84 − 1 dager = 23.3.2024.
	{ID: "tf-12-4", Navn: "arbeidsrettet rehabilitering over årsskiftet", Kode: tiltak.ArbeidsrettetRehabilitering, Start: "2023-12-31", Type: Tidsbegrenset,
		Ord: "2024-03-23", Slutt: "2024-03-23", Mulig: "2024-03-23", Utfall: []regler.Utfall{}},
	// AFT før 2026: 31.12.2025 + 1 år − 1 = 30.12.2026; 3 år → 30.12.2028.
	// Det tredje året bygger på det andre («ved behov»), så det må vurderes
	// også når opplæringen mot formell kompetanse er oppgitt.
	{ID: "tf-13-4-varighet-v2018", Navn: "AFT siste dag før 2026, formell kompetanse", Kode: tiltak.AFT, Fakta: tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Ja}, Start: "2025-12-31", Type: Tidsbegrenset,
		Ord: "2026-12-30", Slutt: "2026-12-30", Mulig: "2028-12-30", Utfall: []regler.Utfall{regler.MaVurderes, regler.MaVurderes}},
	{ID: "tf-13-4-varighet", Navn: "AFT fra 2026 uten formell kompetanse", Kode: tiltak.AFT, Fakta: tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Nei}, Start: "2026-01-01", Type: Tidsbegrenset,
		Ord: "2026-12-31", Slutt: "2026-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.MaVurderes, regler.IkkeOppfylt}},
	{ID: "tf-14-4", Navn: "VTA", Kode: tiltak.VTA, Start: "2024-01-01", Type: IkkeTidsbegrenset},
	{ID: "praksis-vtao-siste-oppstart", Navn: "VTAO", Kode: tiltak.VTAO, Start: "2024-01-01", Type: IkkeTidsbegrenset, Praksis: []string{""}},
	// Arbeid med støtte fra 1.1.2024: 2 år → 31.12.2025; 3 år → 31.12.2026; 4 år → 31.12.2027.
	{ID: "er-2-4", Navn: "arbeid med støtte nedsatt og opplæring b", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.IGrunnleggendeOpplaering = tiltak.Ja }), Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2027-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.Oppfylt, regler.Oppfylt}},
	{ID: "er-2-4", Navn: "arbeid med støtte opplæring b, ikke nedsatt", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(ikkeNedsatt, func(f *tiltak.Fakta) { f.IGrunnleggendeOpplaering = tiltak.Ja }), Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2025-12-31", Mulig: "2025-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	{ID: "er-3-5", Navn: "IPS nedsatt", Kode: tiltak.IndividuellJobbstotte, Fakta: nedsatt, Start: "2023-06-20", Type: Tidsbegrenset,
		Ord: "2024-06-19", Slutt: "2026-06-19", Mulig: "2026-06-19", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "er-3-6-l4", Navn: "IPS ung i utdanning, arbeidsevne ukjent", Kode: tiltak.IPSUng, Fakta: tiltak.Fakta{IUtdanning: tiltak.Ja}, Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2025-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.MaVurderes, regler.MaVurderes}},
	// Ungdomsgaranti: født 15.3.2000 fyller 30 år 15.3.2030; siste dag 14.3.2030.
	{ID: "er-4-4", Navn: "ungdomsgaranti til dagen før 30-årsdagen", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("2000-03-15")}, Start: "2024-01-01", Type: Aldersgrense,
		Slutt: "2030-03-14", Mulig: "2030-03-14"},
	// Født 29.2.1996 fyller 30 år 28.2.2026 (klemt); siste dag 27.2.2026.
	{ID: "er-4-4", Navn: "ungdomsgaranti født 29. februar", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("1996-02-29")}, Start: "2024-01-01", Type: Aldersgrense,
		Slutt: "2026-02-27", Mulig: "2026-02-27"},
	// Fyller 30 på startdagen: ingen dag igjen.
	{ID: "er-4-4", Navn: "ungdomsgaranti fyller 30 på startdagen", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("1994-01-01")}, Start: "2024-01-01", Type: Aldersgrense},
	// Fireårig: 1.8.2026 + 2 år − 1 = 31.7.2028; + 4 år − 1 = 31.7.2030.
	{ID: "fir-varighet", Navn: "fireårig fast stilling", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Start: "2026-08-01", Type: Tidsbegrenset,
		Ord: "2028-07-31", Slutt: "2030-07-31", Mulig: "2030-07-31", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "fir-varighet", Navn: "fireårig midlertidig stilling", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.MidlertidigStilling}, Start: "2026-08-01", Type: Tidsbegrenset,
		Ord: "2028-07-31", Slutt: "2028-07-31", Mulig: "2028-07-31", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	// 1.1.2030 + 4 år − 1 = 31.12.2033, kappet ved forsøkets slutt 31.12.2032.
	{ID: "fir-varighet", Navn: "fireårig kappet ved 2032", Kode: tiltak.FirearigLonnstilskudd, Start: "2030-01-01", Type: Tidsbegrenset,
		Ord: "2031-12-31", Slutt: "2031-12-31", Mulig: "2032-12-31", Utfall: []regler.Utfall{regler.MaVurderes}},
	{ID: "seed003-plasstyper", Navn: "aktivitetsplass", Kode: tiltak.Aktivitetsplass, Start: "2024-01-01", Type: IkkeFastsatt},
	{ID: "seed003-plasstyper", Navn: "språkpraksis", Kode: tiltak.Sprakpraksis, Start: "2024-01-01", Type: IkkeFastsatt},
}

func datoOgTom(s string) tiltak.Dato {
	if s == "" {
		return tiltak.Dato{}
	}
	return d(s)
}

func TestMaksimum(t *testing.T) {
	for _, tc := range maksTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			r := mustMaksimum(t, tc.Kode, tc.Fakta, tc.Start)
			type sammendrag struct {
				Type              Type
				Ord, Slutt, Mulig tiltak.Dato
				Utfall            []regler.Utfall
				Praksis           []tiltak.Dato
			}
			got := sammendrag{Type: r.Type, Ord: r.OrdinaerSlutt, Slutt: r.SenesteSlutt, Mulig: r.SenesteMulig}
			if r.Type == Tidsbegrenset {
				got.Utfall = []regler.Utfall{}
			}
			for _, u := range r.Forlengelser {
				got.Utfall = append(got.Utfall, u.Spor.Utfall())
			}
			for _, pg := range r.Praksis {
				got.Praksis = append(got.Praksis, pg.SisteDag)
			}
			want := sammendrag{Type: tc.Type, Ord: datoOgTom(tc.Ord), Slutt: datoOgTom(tc.Slutt), Mulig: datoOgTom(tc.Mulig), Utfall: tc.Utfall}
			for _, s := range tc.Praksis {
				want.Praksis = append(want.Praksis, datoOgTom(s))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("[%s] Maksimum(%s, %s) (-want +got):\n%s", tc.ID, tc.Kode, tc.Start, diff)
			}
		})
	}
}

func TestMaksimumAlleTiltakHarRegel(t *testing.T) {
	for _, k := range tiltak.Koder() {
		l := Regler(k)
		if len(l) == 0 {
			t.Errorf("%s har ingen varighetsregel", k)
			continue
		}
		for i, r := range l {
			if r.Hjemmel.ID == "" || r.ID != r.Hjemmel.ID || r.Type == 0 || r.Tidligere.Grunnlag == "" {
				t.Errorf("%s[%d]: ufullstendig regel %+v", k, i, r)
			}
			if r.Type == Tidsbegrenset && r.Ordinaer.IsZero() {
				t.Errorf("%s[%d]: tidsbegrenset uten ordinær varighet", k, i)
			}
			// Versjonene overlapper ikke og ligger i rekkefølge.
			if i > 0 && (l[i-1].Til.IsZero() || !l[i-1].Til.Before(r.Fra)) {
				t.Errorf("%s: versjon %d overlapper versjon %d", k, i, i-1)
			}
			for _, f := range r.Forlengelser {
				if f.Vilkar == nil || f.Vilkar.Hjemmel.ID == "" || f.ID != f.Vilkar.ID || f.Samlet.IsZero() || f.Tillegg.IsZero() {
					t.Errorf("%s: ufullstendig forlengelse %+v", k, f)
				}
			}
		}
	}
}

func TestMaksimumIkkeModellert(t *testing.T) {
	for _, tc := range []struct {
		ID    string
		Kode  tiltak.Kode
		Start string
	}{
		{"tf-9-6-varighet-v2016", tiltak.MidlertidigLonnstilskudd, "2019-04-13"}, // dagen etter siste belegg for 2016-teksten
		{"tf-9-varighet", tiltak.MidlertidigLonnstilskudd, "2020-08-31"},         // dagen før første belegg for gjeldende regel
		{"tf-9-6-varighet-v2016", tiltak.MidlertidigLonnstilskudd, "2015-12-31"}, // før forskriften
		{"tf-7-4", tiltak.OpplaeringFagOgYrke, "2025-06-30"},                     // dagen før nytt kapittel 7
		{"tf-8-varighet", tiltak.Sommerjobb, "2021-05-31"},                       // dagen før ordningen
		{"tf-13-4-varighet-v2018", tiltak.AFT, "2017-12-31"},                     // før første belegg
		{"er-2-4", tiltak.ArbeidMedStotte, "2023-06-19"},                         // dagen før egenregiforskriften
		{"er-4-4", tiltak.Ungdomsgaranti, "2023-06-30"},                          // dagen før kapittel 4
		{"fir-varighet", tiltak.FirearigLonnstilskudd, "2026-07-31"},             // dagen før tidligste start
		{"fir-varighet", tiltak.FirearigLonnstilskudd, "2033-01-01"},             // etter forsøket
		{"tf-2-4", tiltak.Avklaring, "2015-12-31"},
	} {
		_, err := Maksimum(tc.Kode, nil, d(tc.Start))
		var ikm *IkkeModellertFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &ikm) || ikm.Tiltak != tc.Kode || ikm.Dato != d(tc.Start) || ikm.Grunn == "" {
			t.Errorf("[%s] Maksimum(%s, %s) feil = %v, vil ha ErrIkkeModellert", tc.ID, tc.Kode, tc.Start, err)
		}
	}
	// Dagene på innsiden av grensene er modellert.
	for _, s := range []struct {
		k tiltak.Kode
		d string
	}{{tiltak.MidlertidigLonnstilskudd, "2019-04-12"}, {tiltak.MidlertidigLonnstilskudd, "2020-09-01"}, {tiltak.OpplaeringFagOgYrke, "2025-07-01"},
		{tiltak.Sommerjobb, "2021-06-01"}, {tiltak.AFT, "2018-01-01"}, {tiltak.ArbeidMedStotte, "2023-06-20"}, {tiltak.Ungdomsgaranti, "2023-07-01"},
		{tiltak.FirearigLonnstilskudd, "2032-12-31"}, {tiltak.Avklaring, "2016-01-01"}, {tiltak.Aktivitetsplass, "1990-01-01"}} {
		if _, err := Maksimum(s.k, nil, d(s.d)); err != nil {
			t.Errorf("Maksimum(%s, %s) = %v, vil ha modellert regel", s.k, s.d, err)
		}
	}
}

func TestMaksimumUgyldig(t *testing.T) {
	var fe *tiltak.FeltFeil
	if _, err := Maksimum("finnes-ikke", nil, d("2024-01-01")); !errors.Is(err, tiltak.ErrUkjentTiltak) || !errors.As(err, &fe) || fe.Felt != "tiltak" {
		t.Errorf("ukjent kode: %v", err)
	}
	if _, err := Maksimum(tiltak.Avklaring, nil, tiltak.Dato{}); !errors.As(err, &fe) || fe.Felt != "start" {
		t.Errorf("manglende start: %v", err)
	}
	bad := tiltak.Fakta{Fodselsdato: d("1800-01-01")}
	if _, err := Maksimum(tiltak.Avklaring, &bad, d("2024-01-01")); !errors.Is(err, tiltak.ErrUgyldigFaktum) {
		t.Errorf("ugyldige fakta: %v", err)
	}
	_, err := Maksimum(tiltak.Oppfolging, nil, d("2024-03-01"), p("2023-01-01", "2023-01-10"), tiltak.Periode{Fra: d("2023-02-10"), Til: d("2023-02-01")})
	if !errors.As(err, &fe) || fe.Felt != "tidligere[1].til" || !errors.Is(err, tiltak.ErrUgyldigPeriode) {
		t.Errorf("ugyldig tidligere periode: %v", err)
	}
}

// TestTidligerePerioder: tidligere oppfølging trekkes fra treårsrammen i
// § 4-4 («tre år totalt» ved nedsatt arbeidsevne), ikke fra de seks
// månedene. Start 1.3.2024, nedsatt: 36 mnd → 28.2.2027, 6 mnd → 31.8.2024.
func TestTidligerePerioder(t *testing.T) {
	f := med(nedsatt, func(f *tiltak.Fakta) { f.OvergangSkoleEllerSoning = tiltak.Nei })
	for _, tc := range []struct {
		ID, Navn   string
		Kode       tiltak.Kode
		Tidligere  []tiltak.Periode
		Dager      int
		Ord, Slutt string
	}{
		{"tf-4-4", "ingen", tiltak.Oppfolging, nil, 0, "2024-08-31", "2027-02-28"},
		// 10 + 5 dager, adskilt: 28.2.2027 − 15 = 13.2.2027; de seks månedene står.
		{"tf-4-4", "adskilte", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-01", "2023-01-10"), p("2023-02-01", "2023-02-05")}, 15, "2024-08-31", "2027-02-13"},
		// 1.–10. og 6.–15. januar overlapper: 15 ulike dager.
		{"tf-4-4", "overlappende", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-06", "2023-01-15"), p("2023-01-01", "2023-01-10")}, 15, "2024-08-31", "2027-02-13"},
		// 1.–10. og 11.–15. januar henger sammen: 15 dager.
		{"tf-4-4", "tilstøtende", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-01", "2023-01-10"), p("2023-01-11", "2023-01-15")}, 15, "2024-08-31", "2027-02-13"},
		// 20.–29. februar 2024 ligger før start (10 dager); 1.–10. mars er en del av den nye perioden.
		{"tf-4-4", "overlapper starten", tiltak.Oppfolging, []tiltak.Periode{p("2024-02-20", "2024-03-10")}, 10, "2024-08-31", "2027-02-18"},
		// Slutter dagen før start: alle 10 dager teller; starter på startdagen: ingen.
		{"tf-4-4", "slutter dagen før start", tiltak.Oppfolging, []tiltak.Periode{p("2024-02-20", "2024-02-29")}, 10, "2024-08-31", "2027-02-18"},
		{"tf-4-4", "starter på startdagen", tiltak.Oppfolging, []tiltak.Periode{p("2024-03-01", "2024-03-05")}, 0, "2024-08-31", "2027-02-28"},
		{"tf-4-4", "etter start teller ikke", tiltak.Oppfolging, []tiltak.Periode{p("2024-04-01", "2024-04-10")}, 0, "2024-08-31", "2027-02-28"},
		// Dager før forskriften trådte i kraft (1.1.2016) teller ikke: av
		// 1.12.2015–31.1.2016 teller 31 dager; 28.2.2027 − 31 = 28.1.2027.
		{"tf-4-4", "før forskriften teller ikke", tiltak.Oppfolging, []tiltak.Periode{p("2015-12-01", "2016-01-31")}, 31, "2024-08-31", "2027-01-28"},
		{"tf-4-4", "helt før forskriften", tiltak.Oppfolging, []tiltak.Periode{p("2015-01-01", "2015-12-31")}, 0, "2024-08-31", "2027-02-28"},
		// Arbeidstrening taler ikke om samlet varighet: ingenting trekkes fra.
		{"tf-3-5", "arbeidstrening teller ikke", tiltak.Arbeidstrening, []tiltak.Periode{p("2023-01-01", "2023-01-10")}, 0, "2025-02-28", "2025-08-31"},
		// Arbeid med støtte og IPS ung: «samlet varighet» er ordinær varighet
		// pluss forlengelsen, ikke tidligere deltakelse: ingenting trekkes fra.
		{"er-2-4", "arbeid med støtte", tiltak.ArbeidMedStotte, []tiltak.Periode{p("2023-07-01", "2023-07-31")}, 0, "2025-02-28", "2027-02-28"},
		{"er-3-6-l4", "IPS ung", tiltak.IPSUng, []tiltak.Periode{p("2023-07-01", "2023-07-31")}, 0, "2025-02-28", "2027-02-28"},
	} {
		r := mustMaksimum(t, tc.Kode, f, "2024-03-01", tc.Tidligere...)
		got := []any{r.TidligereDager, r.OrdinaerSlutt, r.SenesteSlutt}
		want := []any{tc.Dager, d(tc.Ord), d(tc.Slutt)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("[%s] %s (-want +got):\n%s", tc.ID, tc.Navn, diff)
		}
	}
	// Rammen brukt opp: treårsrammen 1.3.2024–28.2.2027 har 365 + 365 + 365
	// = 1 095 dager. 1.1.2020–30.12.2022 er 366 + 365 + 364 = 1 095 tidligere
	// dager: med nedsatt arbeidsevne er «tre år totalt» et tak over alt, så
	// heller ikke de seks ordinære månedene er igjen.
	lang := p("2020-01-01", "2022-12-30")
	r := mustMaksimum(t, tiltak.Oppfolging, f, "2024-03-01", lang)
	if r.TidligereDager != 1095 || !r.Forlengelser[1].SisteDag.IsZero() || !r.OrdinaerSlutt.IsZero() || !r.SenesteSlutt.IsZero() {
		t.Errorf("oppbrukt: %d dager, treårsramme %s, ordinær %s, seneste %s", r.TidligereDager, r.Forlengelser[1].SisteDag, r.OrdinaerSlutt, r.SenesteSlutt)
	}
	// Én dag mindre gir én dag igjen, også for den ordinære perioden: 1.3.2024.
	r = mustMaksimum(t, tiltak.Oppfolging, f, "2024-03-01", p("2020-01-01", "2022-12-29"))
	if r.Forlengelser[1].SisteDag != d("2024-03-01") || r.OrdinaerSlutt != d("2024-03-01") || r.Forlengelser[0].SisteDag != d("2024-03-01") {
		t.Errorf("én dag igjen: treårsramme %s, ordinær %s, tolv måneder %s", r.Forlengelser[1].SisteDag, r.OrdinaerSlutt, r.Forlengelser[0].SisteDag)
	}
	// Er arbeidsevnen ukjent, er taket ikke avgjort: de seks månedene står,
	// og treårsrammen (redusert) må vurderes.
	r = mustMaksimum(t, tiltak.Oppfolging, tiltak.Fakta{}, "2024-03-01", lang)
	if r.OrdinaerSlutt != d("2024-08-31") || r.Forlengelser[1].Spor.Utfall() != regler.MaVurderes {
		t.Errorf("ukjent arbeidsevne: ordinær %s, %v", r.OrdinaerSlutt, r.Forlengelser[1].Spor.Utfall())
	}
	r = mustMaksimum(t, tiltak.Oppfolging, ikkeNedsatt, "2024-03-01", p("2023-01-01", "2023-07-03"))
	if r.OrdinaerSlutt != d("2024-08-31") || r.TidligereDager != 184 {
		t.Errorf("ikke nedsatt: seks måneder skal stå: %s (%d dager)", r.OrdinaerSlutt, r.TidligereDager)
	}
}

func TestResultatApneOgSpor(t *testing.T) {
	r := mustMaksimum(t, tiltak.Oppfolging, nedsatt, "2024-01-01")
	apne := r.Apne()
	if len(apne) != 2 || apne[0].Forlengelse.ID != "tf-4-4.forlengelse" || apne[1].Forlengelse.ID != "tf-4-4.overgang" {
		t.Fatalf("Apne = %+v", apne)
	}
	if apne[1].Spor.Mangler() != tiltak.FaktasettAv(tiltak.FaktumOvergangSkoleEllerSoning) {
		t.Errorf("Mangler = %v", apne[1].Spor.Mangler().Liste())
	}
	spor := r.Spor()
	if len(spor) != 3 || spor[1].Utfall() != regler.Oppfylt || spor[1].Forklaring(&nedsatt) == "" {
		t.Errorf("Spor = %+v", spor)
	}
	if r.Hjemmel.ID != "tf-4-4" || r.RegelID != "tf-4-4" || r.Tidligere.Teller || !r.Forlengelser[1].Forlengelse.TellerTidligere || r.Fra != d("2016-01-01") {
		t.Errorf("regel = %s %s %v %s", r.RegelID, r.Hjemmel.ID, r.Tidligere.Teller, r.Fra)
	}
	// Uten arbeidsevnevurdering mangler den (innsatsgruppen avgjør ikke
	// forskriftens vilkår).
	r = mustMaksimum(t, tiltak.Arbeidstrening, tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledning}, "2024-01-01")
	if r.Forlengelser[0].Spor.Mangler() != tiltak.FaktasettAv(tiltak.FaktumArbeidsevne) || r.Forlengelser[0].Spor.Utfall() != regler.MaVurderes {
		t.Errorf("Mangler = %v", r.Forlengelser[0].Spor.Mangler().Liste())
	}
	// Ungdomsgaranti uten fødselsdato navngir faktumet.
	u := mustMaksimum(t, tiltak.Ungdomsgaranti, tiltak.Fakta{}, "2024-01-01")
	if !u.Mangler.Har(tiltak.FaktumFodselsdato) || !u.SenesteSlutt.IsZero() {
		t.Errorf("ungdomsgaranti uten fødselsdato: %+v", u)
	}
}

func TestRegelForOgKopier(t *testing.T) {
	r, err := RegelFor(tiltak.Mentor, d("2025-08-01"))
	if err != nil || r.ID != "tf-5-4-v20250801" || len(r.Forlengelser) != 2 {
		t.Fatalf("RegelFor = %+v, %v", r, err)
	}
	r.Forlengelser[0].Samlet = tiltak.AntallAr(99)
	r2, _ := RegelFor(tiltak.Mentor, d("2025-08-01"))
	if r2.Forlengelser[0].Samlet != tiltak.AntallAr(3) {
		t.Errorf("RegelFor deler skive med tabellen")
	}
	s, _ := RegelFor(tiltak.Sommerjobb, d("2024-06-01"))
	s.Sesong.TilDag = 1
	if s2, _ := RegelFor(tiltak.Sommerjobb, d("2024-06-01")); s2.Sesong.TilDag != 31 || !s2.Praksis() == s2.Hjemmel.ErPraksis() {
		t.Errorf("RegelFor deler sesong med tabellen")
	}
	if _, err := RegelFor("x", d("2024-01-01")); err == nil {
		t.Errorf("ukjent kode gir ingen feil")
	}
	fr, _ := RegelFor(tiltak.FirearigLonnstilskudd, d("2026-08-01"))
	if !fr.Praksis() || !fr.Uverifisert {
		t.Errorf("fireårig skal være praksis og uverifisert")
	}
	pr := Praksisregler(tiltak.Arbeidstrening)
	pr[0].Maks = tiltak.AntallAr(9)
	if Praksisregler(tiltak.Arbeidstrening)[0].Maks != tiltak.AntallManeder(18) {
		t.Errorf("Praksisregler deler skive med tabellen")
	}
	if len(Praksisregler(tiltak.Avklaring)) != 0 {
		t.Errorf("avklaring har ingen praksisregler")
	}
}

func TestTypeTekst(t *testing.T) {
	for ty, want := range map[Type]string{Tidsbegrenset: "tidsbegrenset", IkkeTidsbegrenset: "ikke-tidsbegrenset", UtenFastMaksimum: "uten-fast-maksimum",
		Aldersgrense: "aldersgrense", IkkeFastsatt: "ikke-fastsatt", 0: "ukjent", 6: "ukjent", 99: "ukjent"} {
		if ty.String() != want {
			t.Errorf("%d.String() = %q", ty, ty.String())
		}
		b, err := ty.MarshalText()
		if (err == nil) != (want != "ukjent") || (err == nil && string(b) != want) {
			t.Errorf("%d.MarshalText() = %q, %v", ty, b, err)
		}
	}
}

func TestForlengelseHjemmelOgKanter(t *testing.T) {
	r, _ := RegelFor(tiltak.Oppfolging, d("2024-01-01"))
	if h := r.Forlengelser[1].Hjemmel(); h.ID != "tf-4-4" || h.String() != "tiltaksforskriften § 4-4" {
		t.Errorf("Hjemmel() = %v", h)
	}
	// 20.12.9999 + 4 uker er utenfor årene 1–9999: ingen sluttdag, ingen panikk.
	res := mustMaksimum(t, tiltak.Avklaring, tiltak.Fakta{}, "9999-12-20")
	if !res.OrdinaerSlutt.IsZero() || !res.SenesteMulig.IsZero() {
		t.Errorf("år 9999: %s %s", res.OrdinaerSlutt, res.SenesteMulig)
	}
	// 3.12.9999 + 27 dager = 30.12.9999. (Fra 4.12. ville start + 28 dager
	// falle utenfor år 9999, så tiltak.SisteDag gir nullverdien.)
	res = mustMaksimum(t, tiltak.Avklaring, tiltak.Fakta{}, "9999-12-03")
	if res.OrdinaerSlutt != d("9999-12-30") {
		t.Errorf("år 9999: %s", res.OrdinaerSlutt)
	}
}

func TestUnder30(t *testing.T) {
	for _, tc := range []struct {
		fodt, dato string
		want       regler.Utfall
	}{
		{"", "2024-01-01", regler.MaVurderes},
		{"2024-01-01", "2024-01-01", regler.Oppfylt},     // 0 år
		{"2024-01-02", "2024-01-01", regler.MaVurderes},  // født etter datoen
		{"1994-01-02", "2024-01-01", regler.Oppfylt},     // 29 år
		{"1994-01-01", "2024-01-01", regler.IkkeOppfylt}, // 30 år
	} {
		f := tiltak.Fakta{Fodselsdato: datoOgTom(tc.fodt)}
		if got := under30(&f, d(tc.dato)); got != tc.want {
			t.Errorf("under30(%s, %s) = %v, vil ha %v", tc.fodt, tc.dato, got, tc.want)
		}
	}
}

func TestPraksisregelDetaljer(t *testing.T) {
	// En praksisregel med både lengde og fast sluttdag gir den tidligste.
	pr := Praksisregel{Maks: tiltak.AntallUker(4), SluttManed: time.September, SluttDag: 27}
	for start, want := range map[string]string{"2024-06-01": "2024-06-28", "2024-08-31": "2024-09-27", "2024-09-05": "2024-09-27"} {
		if got := pr.sisteDag(d(start)); got != d(want) {
			t.Errorf("sisteDag(%s) = %s, vil ha %s", start, got, want)
		}
	}
	// Datovinduet: fra og til er med, dagen før og etter ikke.
	pr = Praksisregel{Fra: d("2024-01-01"), Til: d("2024-12-31")}
	for dag, want := range map[string]bool{"2023-12-31": false, "2024-01-01": true, "2024-12-31": true, "2025-01-01": false} {
		if pr.gjelder(d(dag)) != want {
			t.Errorf("gjelder(%s) != %v", dag, want)
		}
	}
	if !(&Praksisregel{}).gjelder(d("1900-01-01")) {
		t.Errorf("regel uten fra-dato skal gjelde alle datoer")
	}
	r := mustMaksimum(t, tiltak.VTAO, tiltak.Fakta{}, "2024-01-01")
	s := mustMaksimum(t, tiltak.Sommerjobb, tiltak.Fakta{}, "2024-06-01")
	a := mustMaksimum(t, tiltak.Arbeidstrening, tiltak.Fakta{}, "2024-06-01")
	if r.Praksis[0].FastSluttdag || !s.Praksis[0].FastSluttdag || a.Praksis[0].FastSluttdag || r.Praksis[0].SisteStart != d("2026-08-31") {
		t.Errorf("FastSluttdag: VTAO %v, sommerjobb %v, arbeidstrening %v", r.Praksis[0].FastSluttdag, s.Praksis[0].FastSluttdag, a.Praksis[0].FastSluttdag)
	}
}

// Arbeid med støtte deles 1. juli 2025: før da viste § 2-4 til bokstav b i
// § 7-2 slik den lød (ikke verifisert), så versjonen er merket uverifisert.
func TestArbeidMedStotteVersjoner(t *testing.T) {
	for _, tc := range []struct {
		start       string
		uverifisert bool
	}{{"2025-06-30", true}, {"2025-07-01", false}} {
		r := mustMaksimum(t, tiltak.ArbeidMedStotte, ikkeNedsatt, tc.start)
		if r.Uverifisert != tc.uverifisert || r.RegelID != "er-2-4" {
			t.Errorf("%s: uverifisert %v, regel %s", tc.start, r.Uverifisert, r.RegelID)
		}
	}
}
