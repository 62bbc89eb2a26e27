package varighet

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// maksTilfelle er én rad i tabelltesten for Maksimum. ID er paragraf-id-en
// raden sjekker. Forventningene er regnet for hånd i kommentarene.
type maksTilfelle struct {
	ID     string
	Navn   string
	Kode   tiltak.Kode
	Fakta  tiltak.Fakta
	Start  string
	Type   Type
	Ord    string // OrdinaerSlutt
	Slutt  string // SisteSluttOppfylt
	Mulig  string // SisteSluttMulig
	Utfall []regler.Utfall
	Tak    []regler.Utfall
	// UtenGrense er OppfyltUtenGrense og MuligUtenGrense.
	UtenGrense [2]bool
	Praksis    []string // SisteDag per praksisgrense
}

var (
	ja  = tiltak.Ja
	nei = tiltak.Nei
	// kursVilkar oppfyller forlengelsen av arbeidsmarkedskurs i 2016-teksten.
	kursVilkar = tiltak.Fakta{VanskerMedArbeid: ja, FullfortVideregaende: nei, PraksisnaerOpplaering: ja}
	// fagOgYrke er deltakelse i fag- og yrkesopplæring (katalogkoden).
	fagOgYrke = settAv(tiltak.OpplaeringFagOgYrke)
)

var maksTilfeller = []maksTilfelle{
	// Avklaring: 31.1.2024 + 28 − 1 = 27.2.2024; + 84 − 1 dager = 23.4.2024
	// (29 dager i februar 2024 til 29.2., 31 til 31.3., 23 til 23.4. = 83).
	{ID: "tf-2-4-v20160101", Navn: "avklaring 31. januar i skuddår", Kode: tiltak.Avklaring, Start: "2024-01-31", Type: Tidsbegrenset,
		Ord: "2024-02-27", Slutt: "2024-02-27", Mulig: "2024-04-23", Utfall: []regler.Utfall{regler.MaVurderes}},
	// 31.12.2024 + 27 dager = 27.1.2025 (over årsskiftet); + 83 = 24.3.2025.
	{ID: "tf-2-4-v20160101", Navn: "avklaring fra nyttårsaften", Kode: tiltak.Avklaring, Start: "2024-12-31", Type: Tidsbegrenset,
		Ord: "2025-01-27", Slutt: "2025-01-27", Mulig: "2025-03-24", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Første dag forskriften gjelder: 1.1.2016 + 27 = 28.1.2016.
	{ID: "tf-2-4-v20160101", Navn: "avklaring første dag", Kode: tiltak.Avklaring, Start: "2016-01-01", Type: Tidsbegrenset,
		Ord: "2016-01-28", Slutt: "2016-01-28", Mulig: "2016-03-24", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Arbeidstrening fra 31.8.2023: 12 mnd → 31.8.2024 − 1 = 30.8.2024;
	// 18 mnd → 28.2.2025 (klemt) − 1 = 27.2.2025. Praksis 18 mnd = samme.
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening nedsatt 31. august", Kode: tiltak.Arbeidstrening, Fakta: nedsatt, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2025-02-27", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.Oppfylt}, Praksis: []string{"2025-02-27"}},
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening ikke nedsatt", Kode: tiltak.Arbeidstrening, Fakta: ikkeNedsatt, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2024-08-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}, Praksis: []string{"2025-02-27"}},
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening arbeidsevne ukjent", Kode: tiltak.Arbeidstrening, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes}, Praksis: []string{"2025-02-27"}},
	// Innsatsgruppen alene avgjør ikke forskriftens vilkår om nedsatt
	// arbeidsevne: forlengelsen må vurderes; NAVs praksisgrense står.
	{ID: "praksis-arbeidstrening-18-mnd-v20160101", Navn: "arbeidstrening, bare innsatsgruppe oppgitt", Kode: tiltak.Arbeidstrening,
		Fakta: tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes}, Praksis: []string{"2025-02-27"}},
	// Arbeidsevnevurderingen går foran innsatsgruppen.
	{ID: "tf-3-5-v20160101", Navn: "arbeidsevne ikke nedsatt slår innsatsgruppe", Kode: tiltak.Arbeidstrening,
		Fakta: tiltak.Fakta{Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, Innsatsgruppe: tiltak.LitenMulighetTilAJobbe}, Start: "2023-08-31", Type: Tidsbegrenset,
		Ord: "2024-08-30", Slutt: "2024-08-30", Mulig: "2024-08-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}, Praksis: []string{"2025-02-27"}},
	// Oppfølging fra 29.2.2024: 6 mnd → 29.8.2024 − 1 = 28.8.2024; 12 mnd →
	// 28.2.2025 (klemt) − 1 = 27.2.2025; 36 mnd → 28.2.2027 − 1 = 27.2.2027;
	// 42 mnd → 29.8.2027 − 1 = 28.8.2027.
	{ID: "tf-4-4-v20160101", Navn: "oppfølging nedsatt og overgang, 29. februar", Kode: tiltak.Oppfolging,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.OvergangSkoleEllerSoning = tiltak.Ja }), Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2027-08-28", Mulig: "2027-08-28", Utfall: []regler.Utfall{regler.MaVurderes, regler.Oppfylt, regler.Oppfylt}},
	{ID: "tf-4-4-v20160101", Navn: "oppfølging nedsatt, overgang ukjent", Kode: tiltak.Oppfolging, Fakta: nedsatt, Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2027-02-27", Mulig: "2027-08-28", Utfall: []regler.Utfall{regler.MaVurderes, regler.Oppfylt, regler.MaVurderes}},
	{ID: "tf-4-4-v20160101", Navn: "oppfølging ikke nedsatt", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Start: "2024-02-29", Type: Tidsbegrenset,
		Ord: "2024-08-28", Slutt: "2024-08-28", Mulig: "2025-02-27", Utfall: []regler.Utfall{regler.MaVurderes, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	{ID: "tf-4-2-v20160101", Navn: "jobbklubb har ingen egen varighet", Kode: tiltak.Jobbklubb, Start: "2024-01-01", Type: IkkeFastsatt},
	// Mentor, siste dag i 2016-versjonen: 31.7.2025 + 6 mnd − 1 = 30.1.2026;
	// + 36 mnd − 1 = 30.7.2028.
	{ID: "tf-5-4-v20160101", Navn: "mentor nedsatt og særlig behov, gammel versjon", Kode: tiltak.Mentor,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.SaerligBehovMentor = tiltak.Ja }), Start: "2025-07-31", Type: Tidsbegrenset,
		Ord: "2026-01-30", Slutt: "2028-07-30", Mulig: "2028-07-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	// Gammel versjon har ingen forlengelse for unge i tilrettelagt opplæring.
	{ID: "tf-5-4-v20160101", Navn: "mentor ung i tilrettelagt opplæring før 1. august 2025", Kode: tiltak.Mentor,
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
	{ID: "tf-6-4-v20160101", Navn: "funksjonsassistanse", Kode: tiltak.Funksjonsassistanse, Start: "2024-01-31", Type: UtenFastMaksimum, Praksis: []string{"2025-01-30"}},
	{ID: "praksis-funksjonsassistanse-ett-ar-v20160101", Navn: "funksjonsassistanse praksis ett år fra 29. februar", Kode: tiltak.Funksjonsassistanse, Start: "2024-02-29", Type: UtenFastMaksimum, Praksis: []string{"2025-02-27"}},
	// Opplæring, 2016-teksten. Arbeidsmarkedskurs 1.1.2016: 10 mnd → 31.10.2016;
	// 16 mnd → 30.4.2017.
	{ID: "tf-7-4-v20160101", Navn: "AMO 2016, kursforlengelsen oppfylt", Kode: tiltak.OpplaeringAMO, Fakta: kursVilkar, Start: "2016-01-01", Type: Tidsbegrenset,
		Ord: "2016-10-31", Slutt: "2017-04-30", Mulig: "2017-04-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	// Siste dag i versjonen, fullført videregående: 30.9.2016 + 10 mnd − 1 = 29.7.2017.
	{ID: "tf-7-4-v20160101", Navn: "norsk 2016, har fullført videregående", Kode: tiltak.OpplaeringNorskFOV,
		Fakta: med(kursVilkar, func(f *tiltak.Fakta) { f.FullfortVideregaende = ja }), Start: "2016-09-30", Type: Tidsbegrenset,
		Ord: "2017-07-29", Slutt: "2017-07-29", Mulig: "2017-07-29", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	// Ordinær utdanning 1.3.2016: 3 år → 28.2.2019; forlengelsen har ingen grense.
	{ID: "tf-7-4-v20160101", Navn: "høyere utdanning 2016, forlengelse uten grense", Kode: tiltak.OpplaeringHoyereUtdanning,
		Fakta: tiltak.Fakta{SterkeProblemerUtdanning: ja, AvvikendeUtdanningssituasjon: ja}, Start: "2016-03-01", Type: Tidsbegrenset,
		Ord: "2019-02-28", Slutt: "2019-02-28", Mulig: "2019-02-28", Utfall: []regler.Utfall{regler.Oppfylt}, UtenGrense: [2]bool{true, true}},
	{ID: "tf-7-4-v20160101", Navn: "studiespesialisering 2016, vilkår ukjent", Kode: tiltak.OpplaeringStudiespesialisering, Start: "2016-03-01", Type: Tidsbegrenset,
		Ord: "2019-02-28", Slutt: "2019-02-28", Mulig: "2019-02-28", Utfall: []regler.Utfall{regler.MaVurderes}, UtenGrense: [2]bool{false, true}},
	{ID: "tf-7-4-v20160101", Navn: "fag- og yrke 2016 to år", Kode: tiltak.OpplaeringFagOgYrke, Start: "2016-03-01", Type: Tidsbegrenset,
		Ord: "2018-02-28", Slutt: "2018-02-28", Mulig: "2018-02-28", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20160101", Navn: "fagskole 2016, tre år som ordinær utdanning må vurderes", Kode: tiltak.OpplaeringFagskole, Start: "2016-03-01", Type: Tidsbegrenset,
		Ord: "2018-02-28", Slutt: "2018-02-28", Mulig: "2019-02-28", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Fra 1.10.2016: kurs ett år → 30.9.2017; ordinær utdanning 3 + 1 år.
	{ID: "tf-7-4-v20161001", Navn: "AMO fra oktober 2016 ett år", Kode: tiltak.OpplaeringAMO, Fakta: kursVilkar, Start: "2016-10-01", Type: Tidsbegrenset,
		Ord: "2017-09-30", Slutt: "2017-09-30", Mulig: "2017-09-30", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20161001", Navn: "norsk siste dag før 2019 ett år", Kode: tiltak.OpplaeringNorskFOV, Start: "2019-06-30", Type: Tidsbegrenset,
		Ord: "2020-06-29", Slutt: "2020-06-29", Mulig: "2020-06-29", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20161001", Navn: "høyere utdanning 2017, sterke problemer", Kode: tiltak.OpplaeringHoyereUtdanning, Fakta: tiltak.Fakta{SterkeProblemerUtdanning: ja}, Start: "2017-08-15", Type: Tidsbegrenset,
		Ord: "2020-08-14", Slutt: "2021-08-14", Mulig: "2021-08-14", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-7-4-v20161001", Navn: "studiespesialisering 2017, ikke sterke problemer", Kode: tiltak.OpplaeringStudiespesialisering, Fakta: tiltak.Fakta{SterkeProblemerUtdanning: nei}, Start: "2017-08-15", Type: Tidsbegrenset,
		Ord: "2020-08-14", Slutt: "2020-08-14", Mulig: "2020-08-14", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "tf-7-4-v20161001", Navn: "fag- og yrke 2017 to år", Kode: tiltak.OpplaeringFagOgYrke, Start: "2017-08-15", Type: Tidsbegrenset,
		Ord: "2019-08-14", Slutt: "2019-08-14", Mulig: "2019-08-14", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20161001", Navn: "fagskole 2017", Kode: tiltak.OpplaeringFagskole, Start: "2017-08-15", Type: Tidsbegrenset,
		Ord: "2019-08-14", Slutt: "2019-08-14", Mulig: "2020-08-14", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Fra 1.7.2019: alt tre år (1.7.2019 → 30.6.2022); b og c ett år til ved særlige grunner.
	{ID: "tf-7-4-v20190701", Navn: "AMO 2019 tre år", Kode: tiltak.OpplaeringAMO, Start: "2019-07-01", Type: Tidsbegrenset,
		Ord: "2022-06-30", Slutt: "2022-06-30", Mulig: "2022-06-30", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20190701", Navn: "norsk 2019 tre år", Kode: tiltak.OpplaeringNorskFOV, Start: "2025-06-30", Type: Tidsbegrenset,
		Ord: "2028-06-29", Slutt: "2028-06-29", Mulig: "2028-06-29", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20190701", Navn: "fag- og yrke 2019 særlige grunner", Kode: tiltak.OpplaeringFagOgYrke, Fakta: tiltak.Fakta{SaerligeGrunner: ja}, Start: "2019-07-01", Type: Tidsbegrenset,
		Ord: "2022-06-30", Slutt: "2023-06-30", Mulig: "2023-06-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-7-4-v20190701", Navn: "fagskole 2019 ikke særlige grunner", Kode: tiltak.OpplaeringFagskole, Fakta: tiltak.Fakta{SaerligeGrunner: nei}, Start: "2019-07-01", Type: Tidsbegrenset,
		Ord: "2022-06-30", Slutt: "2022-06-30", Mulig: "2022-06-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "tf-7-4-v20190701", Navn: "høyere utdanning 2019 særlige grunner ukjent", Kode: tiltak.OpplaeringHoyereUtdanning, Start: "2019-07-01", Type: Tidsbegrenset,
		Ord: "2022-06-30", Slutt: "2022-06-30", Mulig: "2023-06-30", Utfall: []regler.Utfall{regler.MaVurderes}},
	// Fra 1.7.2025: 3 år → 30.6.2028; 4 år → 30.6.2029; 5 år → 30.6.2030.
	{ID: "tf-7-4-v20250701", Navn: "AMO tre år", Kode: tiltak.OpplaeringAMO, Start: "2025-07-01", Type: Tidsbegrenset, Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2028-06-30", Utfall: []regler.Utfall{}},
	{ID: "tf-7-4-v20250701", Navn: "fag- og yrke kombinert og særlige grunner", Kode: tiltak.OpplaeringFagOgYrke,
		Fakta: tiltak.Fakta{KombinertLop: tiltak.Ja, SaerligeGrunner: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2030-06-30", Mulig: "2030-06-30", Utfall: []regler.Utfall{regler.Oppfylt, regler.Oppfylt, regler.Oppfylt}},
	{ID: "tf-7-4-v20250701", Navn: "høyere utdanning ikke kombinert, særlige grunner", Kode: tiltak.OpplaeringHoyereUtdanning,
		Fakta: tiltak.Fakta{KombinertLop: tiltak.Nei, SaerligeGrunner: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2029-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.IkkeOppfylt, regler.Oppfylt, regler.IkkeOppfylt}},
	{ID: "tf-7-4-v20250701", Navn: "fagskole særlige grunner ukjent", Kode: tiltak.OpplaeringFagskole, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.MaVurderes}},
	{ID: "tf-7-4-v20250701", Navn: "norsk/FOV kombinert", Kode: tiltak.OpplaeringNorskFOV, Fakta: tiltak.Fakta{KombinertLop: tiltak.Ja}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2029-06-30", Mulig: "2029-06-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-7-4-v20250701", Navn: "studiespesialisering ikke kombinert", Kode: tiltak.OpplaeringStudiespesialisering, Fakta: tiltak.Fakta{KombinertLop: tiltak.Nei}, Start: "2025-07-01", Type: Tidsbegrenset,
		Ord: "2028-06-30", Slutt: "2028-06-30", Mulig: "2028-06-30", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	// Bedriftsintern opplæring, siste dag før kapittel 8 ble opphevet:
	// 31.12.2019 + 182 dager = 30.6.2020; − 1 = 29.6.2020.
	{ID: "tf-8-7-v20160101", Navn: "bedriftsintern opplæring 26 uker", Kode: tiltak.BedriftsinternOpplaering, Start: "2019-12-31", Type: Tidsbegrenset,
		Ord: "2020-06-29", Slutt: "2020-06-29", Mulig: "2020-06-29", Utfall: []regler.Utfall{}},
	// Sommerjobb: 31.8.2024 + 27 dager = 27.9.2024; praksis 27.9. samme dag.
	{ID: "tf-8-4-v20210422", Navn: "sommerjobb fra 31. august", Kode: tiltak.Sommerjobb, Start: "2024-08-31", Type: Tidsbegrenset,
		Ord: "2024-09-27", Slutt: "2024-09-27", Mulig: "2024-09-27", Utfall: []regler.Utfall{}, Praksis: []string{"2024-09-27"}},
	// 1.6.2021 + 27 = 28.6.2021; praksisgrensen er bare sluttdagen 27.9. i året.
	{ID: "praksis-sommerjobb-slutt-27-sep-v20210422", Navn: "første sommerjobbdag 2021", Kode: tiltak.Sommerjobb, Start: "2021-06-01", Type: Tidsbegrenset,
		Ord: "2021-06-28", Slutt: "2021-06-28", Mulig: "2021-06-28", Utfall: []regler.Utfall{}, Praksis: []string{"2021-09-27"}},
	// Midlertidig lønnstilskudd, 2016-teksten siste dag: 30.6.2019 + 1 år − 1 = 29.6.2020; 3 år → 29.6.2022.
	{ID: "tf-9-6-v20160101", Navn: "midlertidig LT 2016-teksten nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: nedsatt, Start: "2019-06-30", Type: Tidsbegrenset,
		Ord: "2020-06-29", Slutt: "2022-06-29", Mulig: "2022-06-29", Utfall: []regler.Utfall{regler.Oppfylt}},
	// Fra 1.7.2019 (§ 9-4): 1 år → 30.6.2020; 2 år → 30.6.2021.
	{ID: "tf-9-4-v20190701", Navn: "midlertidig LT fra 2019 nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: nedsatt, Start: "2019-07-01", Type: Tidsbegrenset,
		Ord: "2020-06-30", Slutt: "2021-06-30", Mulig: "2021-06-30", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "tf-9-4-v20190701", Navn: "midlertidig LT fra 2019 ikke nedsatt", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: ikkeNedsatt, Start: "2020-09-01", Type: Tidsbegrenset,
		Ord: "2021-08-31", Slutt: "2021-08-31", Mulig: "2021-08-31", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "tf-10-7-v20160101", Navn: "varig lønnstilskudd", Kode: tiltak.VarigLonnstilskudd, Start: "2024-01-01", Type: IkkeTidsbegrenset},
	// Inkluderingstilskudd: praksis 31.1.2024 + 12 mnd = 31.1.2025 (uten − 1 dag).
	{ID: "praksis-inkluderingstilskudd-12-mnd-v20160101", Navn: "inkluderingstilskudd", Kode: tiltak.Inkluderingstilskudd, Start: "2024-01-31", Type: UtenFastMaksimum, Praksis: []string{"2025-01-31"}},
	{ID: "tf-11-4-v20160101", Navn: "inkluderingstilskudd uten fast maksimum i forskriften", Kode: tiltak.Inkluderingstilskudd, Start: "2024-02-29", Type: UtenFastMaksimum, Praksis: []string{"2025-02-28"}},
	// ARR: 31.12.2023 + 84 − 1 dager = 23.3.2024.
	{ID: "tf-12-4-v20160101", Navn: "arbeidsrettet rehabilitering over årsskiftet", Kode: tiltak.ArbeidsrettetRehabilitering, Start: "2023-12-31", Type: Tidsbegrenset,
		Ord: "2024-03-23", Slutt: "2024-03-23", Mulig: "2024-03-23", Utfall: []regler.Utfall{}},
	// AFT før 2026: 31.12.2025 + 1 år − 1 = 30.12.2026; 3 år → 30.12.2028.
	// Det tredje året bygger på det andre («ved behov»), så det må vurderes
	// også når opplæringen mot formell kompetanse er oppgitt.
	{ID: "tf-13-4-v20161001", Navn: "AFT siste dag før 2026, formell kompetanse", Kode: tiltak.AFT, Fakta: tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Ja}, Start: "2025-12-31", Type: Tidsbegrenset,
		Ord: "2026-12-30", Slutt: "2026-12-30", Mulig: "2028-12-30", Utfall: []regler.Utfall{regler.MaVurderes, regler.MaVurderes}},
	// Første dag AFT finnes: 1.10.2016 → 30.9.2017.
	{ID: "tf-13-4-v20161001", Navn: "AFT første dag", Kode: tiltak.AFT, Start: "2016-10-01", Type: Tidsbegrenset,
		Ord: "2017-09-30", Slutt: "2017-09-30", Mulig: "2019-09-30", Utfall: []regler.Utfall{regler.MaVurderes, regler.MaVurderes}},
	{ID: "tf-13-4-v20260101", Navn: "AFT fra 2026 uten formell kompetanse", Kode: tiltak.AFT, Fakta: tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Nei}, Start: "2026-01-01", Type: Tidsbegrenset,
		Ord: "2026-12-31", Slutt: "2026-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.MaVurderes, regler.IkkeOppfylt}},
	{ID: "tf-14-4-v20160101", Navn: "VTA", Kode: tiltak.VTA, Start: "2024-01-01", Type: IkkeTidsbegrenset},
	{ID: "tf-14-4-v20160101", Navn: "VTAO siste dag i kapittel 14", Kode: tiltak.VTAO, Start: "2026-08-31", Type: IkkeTidsbegrenset, Praksis: []string{""}},
	{ID: "praksis-vtao-siste-oppstart-v20160101", Navn: "VTAO", Kode: tiltak.VTAO, Start: "2024-01-01", Type: IkkeTidsbegrenset, Praksis: []string{""}},
	{ID: "tf-14a-4-v20260901", Navn: "VTAO i kapittel 14A", Kode: tiltak.VTAO, Start: "2026-09-01", Type: IkkeTidsbegrenset, Praksis: []string{""}},
	// Arbeid med støtte fra 1.1.2024: 2 år → 31.12.2025; 3 år → 31.12.2026; 4 år → 31.12.2027.
	// Bokstav b i § 7-2 omfattet da fag- og yrkesopplæring.
	{ID: "er-2-4-v20230620", Navn: "arbeid med støtte nedsatt og opplæring b", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.DeltarI = fagOgYrke }), Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2027-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.Oppfylt, regler.Oppfylt}},
	{ID: "er-2-4-v20230620", Navn: "arbeid med støtte opplæring b, ikke nedsatt", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(ikkeNedsatt, func(f *tiltak.Fakta) { f.DeltarI = fagOgYrke }), Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2025-12-31", Mulig: "2025-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	// I juli 2025 er bokstav b norskopplæring og FOV: fag- og yrkesopplæring
	// gir ikke lenger forlengelsen (31.7.2025 → 30.7.2026).
	{ID: "er-2-4-v20230620", Navn: "arbeid med støtte juli 2025, fag- og yrke er ikke lenger b", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(ikkeNedsatt, func(f *tiltak.Fakta) { f.DeltarI = fagOgYrke }), Start: "2025-07-31", Type: Tidsbegrenset,
		Ord: "2026-07-30", Slutt: "2026-07-30", Mulig: "2026-07-30", Utfall: []regler.Utfall{regler.IkkeOppfylt, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	// Fra 1.8.2025 viser § 2-4 til bokstav d: 1.8.2025 → 31.7.2026; 2 år → 31.7.2027.
	{ID: "er-2-4-v20250801", Navn: "arbeid med støtte fra august 2025, fag- og yrke (d)", Kode: tiltak.ArbeidMedStotte,
		Fakta: med(ikkeNedsatt, func(f *tiltak.Fakta) { f.DeltarI = fagOgYrke }), Start: "2025-08-01", Type: Tidsbegrenset,
		Ord: "2026-07-31", Slutt: "2027-07-31", Mulig: "2027-07-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.IkkeOppfylt, regler.IkkeOppfylt}},
	{ID: "er-3-5-v20230620", Navn: "IPS nedsatt", Kode: tiltak.IndividuellJobbstotte, Fakta: nedsatt, Start: "2023-06-20", Type: Tidsbegrenset,
		Ord: "2024-06-19", Slutt: "2026-06-19", Mulig: "2026-06-19", Utfall: []regler.Utfall{regler.Oppfylt}},
	{ID: "er-3-5-v20260901", Navn: "IPS fra september 2026, ikke nedsatt", Kode: tiltak.IndividuellJobbstotte, Fakta: ikkeNedsatt, Start: "2026-09-01", Type: Tidsbegrenset,
		Ord: "2027-08-31", Slutt: "2027-08-31", Mulig: "2027-08-31", Utfall: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "er-3-6-v20230620", Navn: "IPS ung i utdanning, arbeidsevne ukjent", Kode: tiltak.IPSUng, Fakta: tiltak.Fakta{IUtdanning: tiltak.Ja}, Start: "2024-01-01", Type: Tidsbegrenset,
		Ord: "2024-12-31", Slutt: "2025-12-31", Mulig: "2027-12-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.MaVurderes, regler.MaVurderes}},
	{ID: "er-3-5-v20260901", Navn: "IPS ung fra september 2026, nedsatt og i utdanning", Kode: tiltak.IPSUng, Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.IUtdanning = ja }), Start: "2026-09-01", Type: Tidsbegrenset,
		Ord: "2027-08-31", Slutt: "2030-08-31", Mulig: "2030-08-31", Utfall: []regler.Utfall{regler.Oppfylt, regler.Oppfylt, regler.Oppfylt}},
	// Ungdomsgaranti: født 15.3.2000 fyller 30 år 15.3.2030; siste dag 14.3.2030.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti til dagen før 30-årsdagen", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("2000-03-15")}, Start: "2024-01-01", Type: Aldersgrense,
		Slutt: "2030-03-14", Mulig: "2030-03-14"},
	// Født 29.2.1996 fyller 30 år 28.2.2026 (klemt); siste dag 27.2.2026.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti født 29. februar", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("1996-02-29")}, Start: "2024-01-01", Type: Aldersgrense,
		Slutt: "2026-02-27", Mulig: "2026-02-27"},
	// Fyller 30 på startdagen: ingen dag igjen.
	{ID: "er-4-4-v20230701", Navn: "ungdomsgaranti fyller 30 på startdagen", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{Fodselsdato: d("1994-01-01")}, Start: "2024-01-01", Type: Aldersgrense},
	// Fireårig: 1.8.2026 + 4 år − 1 = 31.7.2030; taket ved midlertidig
	// ansettelse er 2 år − 1 = 31.7.2028.
	{ID: "fir-8-v20260801", Navn: "fireårig fast stilling", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Start: "2026-08-01", Type: Tidsbegrenset,
		Ord: "2030-07-31", Slutt: "2030-07-31", Mulig: "2030-07-31", Utfall: []regler.Utfall{}, Tak: []regler.Utfall{regler.IkkeOppfylt}},
	{ID: "fir-8-v20260801", Navn: "fireårig midlertidig stilling", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.MidlertidigStilling}, Start: "2026-08-01", Type: Tidsbegrenset,
		Ord: "2028-07-31", Slutt: "2028-07-31", Mulig: "2028-07-31", Utfall: []regler.Utfall{}, Tak: []regler.Utfall{regler.Oppfylt}},
	{ID: "fir-8-v20260801", Navn: "fireårig stillingstype ukjent", Kode: tiltak.FirearigLonnstilskudd, Start: "2026-08-01", Type: Tidsbegrenset,
		Ord: "2030-07-31", Slutt: "2028-07-31", Mulig: "2030-07-31", Utfall: []regler.Utfall{}, Tak: []regler.Utfall{regler.MaVurderes}},
	// 1.1.2030 + 4 år − 1 = 31.12.2033, kappet ved forsøkets slutt 31.12.2032;
	// taket 2 år − 1 = 31.12.2031.
	{ID: "fir-8-v20260801", Navn: "fireårig kappet ved 2032", Kode: tiltak.FirearigLonnstilskudd, Start: "2030-01-01", Type: Tidsbegrenset,
		Ord: "2032-12-31", Slutt: "2031-12-31", Mulig: "2032-12-31", Utfall: []regler.Utfall{}, Tak: []regler.Utfall{regler.MaVurderes}},
	{ID: "seed003-plasstyper-udatert", Navn: "aktivitetsplass", Kode: tiltak.Aktivitetsplass, Start: "2024-01-01", Type: IkkeFastsatt},
	{ID: "seed003-plasstyper-udatert", Navn: "språkpraksis", Kode: tiltak.Sprakpraksis, Start: "1990-01-01", Type: IkkeFastsatt},
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
				RegelID           string
				Type              Type
				Ord, Slutt, Mulig tiltak.Dato
				Utfall, Tak       []regler.Utfall
				UtenGrense        [2]bool
				Praksis           []tiltak.Dato
			}
			got := sammendrag{RegelID: r.RegelID, Type: r.Type, Ord: r.OrdinaerSlutt, Slutt: r.SisteSluttOppfylt, Mulig: r.SisteSluttMulig,
				UtenGrense: [2]bool{r.OppfyltUtenGrense, r.MuligUtenGrense}}
			for _, tv := range r.Tak {
				got.Tak = append(got.Tak, tv.Spor.Utfall())
			}
			if r.Type == Tidsbegrenset {
				got.Utfall = []regler.Utfall{}
			}
			for _, u := range r.Forlengelser {
				got.Utfall = append(got.Utfall, u.Spor.Utfall())
			}
			for _, pg := range r.Praksis {
				got.Praksis = append(got.Praksis, pg.SisteDag)
			}
			want := sammendrag{RegelID: tc.ID, Type: tc.Type, Ord: datoOgTom(tc.Ord), Slutt: datoOgTom(tc.Slutt), Mulig: datoOgTom(tc.Mulig),
				Utfall: tc.Utfall, Tak: tc.Tak, UtenGrense: tc.UtenGrense}
			if strings.HasPrefix(tc.ID, "praksis-") {
				want.RegelID = got.RegelID // raden sjekker praksisgrensen, ikke regelen
			}
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
		l, err := Regler(k)
		if err != nil || len(l) == 0 {
			t.Errorf("%s har ingen varighetsregel: %v", k, err)
			continue
		}
		for i, r := range l {
			if r.Hjemmel().ID != r.ID() || r.Type() == 0 || r.Tidligere().Grunnlag == "" || r.Tiltak() != k {
				t.Errorf("%s[%d]: ufullstendig regel %s", k, i, r.ID())
			}
			if r.Type() == Tidsbegrenset && r.Ordinaer().IsZero() {
				t.Errorf("%s[%d]: tidsbegrenset uten ordinær varighet", k, i)
			}
			for _, f := range r.Forlengelser() {
				if f.Vilkar == nil || f.ID != f.Vilkar.ID() || f.Hjemmel().ID != r.ID() || (f.UtenGrense != f.Samlet.IsZero()) || (!f.UtenGrense && f.Tillegg.IsZero()) {
					t.Errorf("%s: ufullstendig forlengelse %+v", k, f)
				}
			}
		}
	}
}

// TestMaksimumIkkeModellert: dagen før hver regel (og etter en regel som
// slutter) gir ErrIkkeModellert; første og siste dag gir regelen.
func TestMaksimumIkkeModellert(t *testing.T) {
	for _, tc := range []struct {
		ID    string
		Kode  tiltak.Kode
		Start string
	}{
		{"tf-2-4-v20160101", tiltak.Avklaring, "2015-12-31"},                      // før forskriften
		{"tf-9-6-v20160101", tiltak.MidlertidigLonnstilskudd, "2015-12-31"},       // før forskriften
		{"tf-7-4-v20190701", tiltak.OpplaeringStudiespesialisering, "2019-07-01"}, // ingen bokstav i § 7-2 fra 2019
		{"tf-7-4-v20190701", tiltak.OpplaeringStudiespesialisering, "2025-06-30"}, // siste dag uten bokstav
		{"tf-8-4-v20210422", tiltak.Sommerjobb, "2021-04-21"},                     // dagen før ordningen
		{"tf-8-7-v20160101", tiltak.BedriftsinternOpplaering, "2020-01-01"},       // kapittel 8 opphevet
		{"tf-13-4-v20161001", tiltak.AFT, "2016-09-30"},                           // dagen før AFT
		{"er-2-4-v20230620", tiltak.ArbeidMedStotte, "2023-06-19"},                // dagen før egenregiforskriften
		{"er-4-4-v20230701", tiltak.Ungdomsgaranti, "2023-06-30"},                 // dagen før kapittel 4
		{"fir-8-v20260801", tiltak.FirearigLonnstilskudd, "2026-07-31"},           // dagen før tidligste start
		{"fir-8-v20260801", tiltak.FirearigLonnstilskudd, "2033-01-01"},           // etter forsøket
	} {
		_, err := Maksimum(tc.Kode, nil, d(tc.Start))
		var ikm *IkkeModellertFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &ikm) || ikm.Tiltak != tc.Kode || ikm.Dato != d(tc.Start) || ikm.Grunn == "" {
			t.Errorf("[%s] Maksimum(%s, %s) feil = %v, vil ha ErrIkkeModellert", tc.ID, tc.Kode, tc.Start, err)
		}
	}
	// Dagene på innsiden av grensene er modellert.
	for _, s := range []struct {
		k  tiltak.Kode
		d  string
		id string
	}{{tiltak.MidlertidigLonnstilskudd, "2019-06-30", "tf-9-6-v20160101"}, {tiltak.MidlertidigLonnstilskudd, "2019-07-01", "tf-9-4-v20190701"},
		{tiltak.OpplaeringStudiespesialisering, "2019-06-30", "tf-7-4-v20161001"}, {tiltak.OpplaeringStudiespesialisering, "2025-07-01", "tf-7-4-v20250701"},
		{tiltak.Sommerjobb, "2021-04-22", "tf-8-4-v20210422"}, {tiltak.BedriftsinternOpplaering, "2019-12-31", "tf-8-7-v20160101"},
		{tiltak.AFT, "2016-10-01", "tf-13-4-v20161001"}, {tiltak.ArbeidMedStotte, "2023-06-20", "er-2-4-v20230620"}, {tiltak.Ungdomsgaranti, "2023-07-01", "er-4-4-v20230701"},
		{tiltak.FirearigLonnstilskudd, "2026-08-01", "fir-8-v20260801"}, {tiltak.FirearigLonnstilskudd, "2032-12-31", "fir-8-v20260801"},
		{tiltak.Avklaring, "2016-01-01", "tf-2-4-v20160101"}, {tiltak.Aktivitetsplass, "1990-01-01", "seed003-plasstyper-udatert"}} {
		r, err := Maksimum(s.k, nil, d(s.d))
		if err != nil || r.RegelID != s.id {
			t.Errorf("Maksimum(%s, %s) = %s, %v, vil ha %s", s.k, s.d, r.RegelID, err, s.id)
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
		{"tf-4-4-v20160101", "ingen", tiltak.Oppfolging, nil, 0, "2024-08-31", "2027-02-28"},
		// 10 + 5 dager, adskilt: 28.2.2027 − 15 = 13.2.2027; de seks månedene står.
		{"tf-4-4-v20160101", "adskilte", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-01", "2023-01-10"), p("2023-02-01", "2023-02-05")}, 15, "2024-08-31", "2027-02-13"},
		// 1.–10. og 6.–15. januar overlapper: 15 ulike dager.
		{"tf-4-4-v20160101", "overlappende", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-06", "2023-01-15"), p("2023-01-01", "2023-01-10")}, 15, "2024-08-31", "2027-02-13"},
		// 1.–10. og 11.–15. januar henger sammen: 15 dager.
		{"tf-4-4-v20160101", "tilstøtende", tiltak.Oppfolging, []tiltak.Periode{p("2023-01-01", "2023-01-10"), p("2023-01-11", "2023-01-15")}, 15, "2024-08-31", "2027-02-13"},
		// 20.–29. februar 2024 ligger før start (10 dager); 1.–10. mars er en del av den nye perioden.
		{"tf-4-4-v20160101", "overlapper starten", tiltak.Oppfolging, []tiltak.Periode{p("2024-02-20", "2024-03-10")}, 10, "2024-08-31", "2027-02-18"},
		// Slutter dagen før start: alle 10 dager teller; starter på startdagen: ingen.
		{"tf-4-4-v20160101", "slutter dagen før start", tiltak.Oppfolging, []tiltak.Periode{p("2024-02-20", "2024-02-29")}, 10, "2024-08-31", "2027-02-18"},
		{"tf-4-4-v20160101", "starter på startdagen", tiltak.Oppfolging, []tiltak.Periode{p("2024-03-01", "2024-03-05")}, 0, "2024-08-31", "2027-02-28"},
		{"tf-4-4-v20160101", "etter start teller ikke", tiltak.Oppfolging, []tiltak.Periode{p("2024-04-01", "2024-04-10")}, 0, "2024-08-31", "2027-02-28"},
		// Dager før forskriften trådte i kraft (1.1.2016) teller ikke: av
		// 1.12.2015–31.1.2016 teller 31 dager; 28.2.2027 − 31 = 28.1.2027.
		{"tf-4-4-v20160101", "før forskriften teller ikke", tiltak.Oppfolging, []tiltak.Periode{p("2015-12-01", "2016-01-31")}, 31, "2024-08-31", "2027-01-28"},
		{"tf-4-4-v20160101", "helt før forskriften", tiltak.Oppfolging, []tiltak.Periode{p("2015-01-01", "2015-12-31")}, 0, "2024-08-31", "2027-02-28"},
		// Arbeidstrening taler ikke om samlet varighet: ingenting trekkes fra.
		{"tf-3-5-v20160101", "arbeidstrening teller ikke", tiltak.Arbeidstrening, []tiltak.Periode{p("2023-01-01", "2023-01-10")}, 0, "2025-02-28", "2025-08-31"},
		// Arbeid med støtte og IPS ung: «samlet varighet» er ordinær varighet
		// pluss forlengelsen, ikke tidligere deltakelse: ingenting trekkes fra.
		{"er-2-4-v20230620", "arbeid med støtte", tiltak.ArbeidMedStotte, []tiltak.Periode{p("2023-07-01", "2023-07-31")}, 0, "2025-02-28", "2027-02-28"},
		{"er-3-6-v20230620", "IPS ung", tiltak.IPSUng, []tiltak.Periode{p("2023-07-01", "2023-07-31")}, 0, "2025-02-28", "2027-02-28"},
	} {
		r := mustMaksimum(t, tc.Kode, f, "2024-03-01", tc.Tidligere...)
		got := []any{r.TidligereDager, r.OrdinaerSlutt, r.SisteSluttOppfylt}
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
	if r.TidligereDager != 1095 || !r.Forlengelser[1].SisteDag.IsZero() || !r.OrdinaerSlutt.IsZero() || !r.SisteSluttOppfylt.IsZero() {
		t.Errorf("oppbrukt: %d dager, treårsramme %s, ordinær %s, seneste %s", r.TidligereDager, r.Forlengelser[1].SisteDag, r.OrdinaerSlutt, r.SisteSluttOppfylt)
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
	if len(apne) != 2 || apne[0].Forlengelse.ID != "tf-4-4-v20160101.forlengelse" || apne[1].Forlengelse.ID != "tf-4-4-v20160101.overgang" {
		t.Fatalf("Apne = %+v", apne)
	}
	if apne[1].Spor.Mangler() != tiltak.FaktasettAv(tiltak.FaktumOvergangSkoleEllerSoning) {
		t.Errorf("Mangler = %v", apne[1].Spor.Mangler().Liste())
	}
	spor := r.Spor()
	if len(spor) != 3 || spor[1].Utfall() != regler.Oppfylt || spor[1].Forklaring(&nedsatt) == "" {
		t.Errorf("Spor = %+v", spor)
	}
	if r.Hjemmel.ID != "tf-4-4-v20160101" || r.RegelID != "tf-4-4-v20160101" || r.Tidligere.Teller || !r.Forlengelser[1].Forlengelse.TellerTidligere || r.Fra != d("2016-01-01") {
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
	if !u.Mangler.Har(tiltak.FaktumFodselsdato) || !u.SisteSluttOppfylt.IsZero() {
		t.Errorf("ungdomsgaranti uten fødselsdato: %+v", u)
	}
	// Fireårig med ukjent stillingstype: taket må vurderes og står i ApneTak
	// og i Spor etter forlengelsene.
	f := mustMaksimum(t, tiltak.FirearigLonnstilskudd, tiltak.Fakta{}, "2026-08-01")
	if at := f.ApneTak(); len(at) != 1 || at[0].Tak.ID != "fir-8-v20260801.midlertidig-ansettelse" || at[0].SisteDag != d("2028-07-31") ||
		at[0].Spor.Mangler() != tiltak.FaktasettAv(tiltak.FaktumStillingstype) || len(f.Spor()) != 1 {
		t.Errorf("ApneTak = %+v", at)
	}
}

func TestRegelFor(t *testing.T) {
	r, err := RegelFor(tiltak.Mentor, d("2025-08-01"))
	if err != nil || r.ID() != "tf-5-4-v20250801" || r.AntallForlengelser() != 2 || r.Fra() != d("2025-08-01") || !r.Til().IsZero() {
		t.Fatalf("RegelFor = %s, %v", r.ID(), err)
	}
	fl := r.Forlengelser()
	fl[0].Samlet = tiltak.AntallAr(99)
	if r.Forlengelse(0).Samlet != tiltak.AntallAr(3) {
		t.Errorf("Forlengelser deler skive med lovlaget")
	}
	s, _ := RegelFor(tiltak.Sommerjobb, d("2024-06-01"))
	if ses, ok := s.Sesong(); !ok || ses.FraManed != time.June || ses.TilDag != 31 || !ses.Unntak {
		t.Errorf("sommerjobbens sesong = %+v, %v", ses, ok)
	}
	if _, err := RegelFor("x", d("2024-01-01")); err == nil {
		t.Errorf("ukjent kode gir ingen feil")
	}
	if _, err := Regler("x"); err == nil {
		t.Errorf("ukjent kode gir ingen feil")
	}
	// VTAO går over til kapittel 14A 1. september 2026: regelen i
	// kapittel 14 gjelder for VTAO til og med 31. august, selv om § 14-4
	// gjelder videre for VTA.
	l, _ := Regler(tiltak.VTAO)
	if len(l) != 2 || l[0].Til() != d("2026-08-31") || l[1].ID() != "tf-14a-4-v20260901" {
		t.Errorf("VTAO-reglene: %v", l)
	}
	fr, _ := RegelFor(tiltak.FirearigLonnstilskudd, d("2026-08-01"))
	if fr.Hjemmel().ErPraksis() || fr.Uverifisert() || fr.TidligsteStart() != d("2026-08-01") || fr.SenesteSlutt() != d("2032-12-31") || fr.AntallTak() != 1 {
		t.Errorf("fireårig: %s praksis %v uverifisert %v", fr.ID(), fr.Hjemmel().ErPraksis(), fr.Uverifisert())
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
		var tilbake Type
		if err == nil && (tilbake.UnmarshalText(b) != nil || tilbake != ty) {
			t.Errorf("UnmarshalText(%q) = %d", b, tilbake)
		}
	}
	var ty Type
	if err := ty.UnmarshalText([]byte("evig")); err == nil {
		t.Errorf("UnmarshalText godtar ukjent type")
	}
}

func TestForlengelseHjemmelOgKanter(t *testing.T) {
	r, _ := RegelFor(tiltak.Oppfolging, d("2024-01-01"))
	if h := r.Forlengelse(1).Hjemmel(); h.ID != "tf-4-4-v20160101" || h.String() != "tiltaksforskriften § 4-4" {
		t.Errorf("Hjemmel() = %v", h)
	}
	// 20.12.9999 + 4 uker er utenfor årene 1–9999: ingen sluttdag, ingen panikk.
	res := mustMaksimum(t, tiltak.Avklaring, tiltak.Fakta{}, "9999-12-20")
	if !res.OrdinaerSlutt.IsZero() || !res.SisteSluttMulig.IsZero() {
		t.Errorf("år 9999: %s %s", res.OrdinaerSlutt, res.SisteSluttMulig)
	}
	// 3.12.9999 + 27 dager = 30.12.9999. (Fra 4.12. ville start + 28 dager
	// falle utenfor år 9999, så tiltak.SisteDag gir nullverdien.)
	res = mustMaksimum(t, tiltak.Avklaring, tiltak.Fakta{}, "9999-12-03")
	if res.OrdinaerSlutt != d("9999-12-30") {
		t.Errorf("år 9999: %s", res.OrdinaerSlutt)
	}
}

func TestPraksisgrenseDetaljer(t *testing.T) {
	// En praksisgrense med både lengde og fast sluttdag gir den tidligste.
	pr := regler.Praksisgrense{Maks: tiltak.AntallUker(4), SluttManed: time.September, SluttDag: 27}
	for start, want := range map[string]string{"2024-06-01": "2024-06-28", "2024-08-31": "2024-09-27", "2024-09-05": "2024-09-27"} {
		if got := praksisSisteDag(&pr, d(start)); got != d(want) {
			t.Errorf("praksisSisteDag(%s) = %s, vil ha %s", start, got, want)
		}
	}
	// Uten minus én dag (inkluderingstilskudd): 31.1.2024 + 12 mnd = 31.1.2025.
	pr = regler.Praksisgrense{Maks: tiltak.AntallManeder(12), UtenMinusEnDag: true}
	if got := praksisSisteDag(&pr, d("2024-01-31")); got != d("2025-01-31") {
		t.Errorf("uten minus én dag: %s", got)
	}
	if got := praksisSisteDag(&regler.Praksisgrense{}, d("2024-01-31")); !got.IsZero() {
		t.Errorf("tom praksisgrense gir sluttdag %s", got)
	}
	r := mustMaksimum(t, tiltak.VTAO, tiltak.Fakta{}, "2024-01-01")
	s := mustMaksimum(t, tiltak.Sommerjobb, tiltak.Fakta{}, "2024-06-01")
	a := mustMaksimum(t, tiltak.Arbeidstrening, tiltak.Fakta{}, "2024-06-01")
	if r.Praksis[0].FastSluttdag || !s.Praksis[0].FastSluttdag || a.Praksis[0].FastSluttdag || r.Praksis[0].SisteStart != d("2026-08-31") {
		t.Errorf("FastSluttdag: VTAO %v, sommerjobb %v, arbeidstrening %v", r.Praksis[0].FastSluttdag, s.Praksis[0].FastSluttdag, a.Praksis[0].FastSluttdag)
	}
	if !a.Praksis[0].FraUkjent || a.Praksis[0].ID != "praksis-arbeidstrening-18-mnd" || !a.Praksis[0].Hjemmel.ErPraksis() {
		t.Errorf("arbeidstreningens praksisgrense: %+v", a.Praksis[0])
	}
}
