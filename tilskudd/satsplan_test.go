package tilskudd

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func tr(fra, til, prosent string) Trinn { return Trinn{P(fra, til), N(prosent)} }

// avtaleValg endrer en avtale i en rad.
type avtaleValg func(*Avtale)

func evne(e tiltak.Arbeidsevne) avtaleValg     { return func(a *Avtale) { a.Arbeidsevne = e } }
func gruppe(g tiltak.Innsatsgruppe) avtaleValg { return func(a *Avtale) { a.Innsatsgruppe = g } }
func avtalt(p string) avtaleValg               { return func(a *Avtale) { a.AvtaltProsent = NP(p) } }

func avtale(kode tiltak.Kode, fra, til string, valg ...avtaleValg) Avtale {
	a := Avtale{Tiltak: kode, Periode: P(fra, til)}
	for _, v := range valg {
		v(&a)
	}
	return a
}

// Praksislistene radene venter.
var (
	trinndato         = []string{"praksis-trinndato"}
	gruppeOgTrinndato = []string{"praksis-midl-innsatsgruppe", "praksis-trinndato"}
	bareGruppe        = []string{"praksis-midl-innsatsgruppe"}
)

// TestNySatsplan: hver rad er regnet for hånd fra forskriftsteksten.
// Satsene:
//
//   - midlertidig lønnstilskudd fra 1. juli 2019 (tf-9-5-v20190701, § 9-5
//     tredje ledd): 40 % i seks måneder, så 30 %; ved nedsatt arbeidsevne
//     60 % i tolv måneder, så 50 %. Fast prosent.
//   - midlertidig lønnstilskudd til 30. juni 2019 (tf-9-5-v20160101, § 9-5
//     andre ledd): høyst 50 %, høyst 75 % ved nedsatt arbeidsevne; avtalt,
//     ingen nedtrapping.
//   - varig lønnstilskudd (tf-10-7-v20160101, § 10-7 andre ledd): høyst 75 %
//     det første året, 67 % deretter.
//   - sommerjobb fra 22. april 2021 (tf-8-6-v20210422, § 8-6 fjerde ledd):
//     50 %, 75 % ved nedsatt arbeidsevne.
//   - fireårig lønnstilskudd (fir-7-v20260801, § 7 første ledd): 70 %, så
//     60, 50 og 35 % hver tolvte måned.
//   - mentor (tf-5-6-v20160101, tf-5-6-v20180101): 100 % av lønnen.
//
// En trinndato er start + lengden med klemming til månedens siste dag
// (31.08 + 6 måneder = 28. eller 29.02). Trinnet før slutter dagen før.
func TestNySatsplan(t *testing.T) {
	type rad struct {
		id      string // paragrafversjonen (eller vilkåret, praksisen) raden sjekker
		navn    string
		avtale  Avtale
		want    []Trinn
		versjon string   // Satsplan.Versjon
		hjemmel string   // "id/ledd"
		maks    string   // Satsplan.Maks
		praksis []string // id-ene i Satsplan.Praksis, i rekkefølge
		err     error
		felt    string
	}
	const (
		midl   = tiltak.MidlertidigLonnstilskudd
		varig  = tiltak.VarigLonnstilskudd
		sommer = tiltak.Sommerjobb
		fir    = tiltak.FirearigLonnstilskudd
	)
	ikke, nedsatt := evne(tiltak.IkkeNedsattArbeidsevne), evne(tiltak.NedsattArbeidsevne)
	const v19, v16, h19, h16 = "tf-9-5-v20190701", "tf-9-5-v20160101", "tf-9-5-v20190701/3", "tf-9-5-v20160101/2"
	const vVarig, hVarig = "tf-10-7-v20160101", "tf-10-7-v20160101/2"
	const vSommer, hSommer = "tf-8-6-v20210422", "tf-8-6-v20210422/4"
	const vFir, hFir = "fir-7-v20260801", "fir-7-v20260801/1"
	rader := []rad{
		// § 9-5 fra 2019. 15.01.2024 + 6 måneder = 15.07.2024.
		{v19, "40 % i seks måneder, så 30 %", avtale(midl, "2024-01-15", "2024-12-31", ikke),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-12-31", "30")}, v19, h19, "40", trinndato, nil, ""},
		{"praksis-trinndato", "slutt på start + 6 måneder − 1 dag: ingen nedtrapping", avtale(midl, "2024-01-15", "2024-07-14", ikke),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40")}, v19, h19, "40", trinndato, nil, ""},
		{"praksis-trinndato", "slutt på start + 6 måneder: ett trinn på én dag", avtale(midl, "2024-01-15", "2024-07-15", ikke),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-15", "30")}, v19, h19, "40", trinndato, nil, ""},
		{"praksis-trinndato", "slutt dagen etter trinndatoen", avtale(midl, "2024-01-15", "2024-07-16", ikke),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-16", "30")}, v19, h19, "40", trinndato, nil, ""},
		// Nedsatt: 15.01.2024 + 12 måneder = 15.01.2025.
		{v19 + ".sats-nedsatt-arbeidsevne", "60 % i tolv måneder, så 50 %", avtale(midl, "2024-01-15", "2026-01-14", nedsatt),
			[]Trinn{tr("2024-01-15", "2025-01-14", "60"), tr("2025-01-15", "2026-01-14", "50")}, v19, h19, "60", trinndato, nil, ""},
		{v19 + ".sats-nedsatt-arbeidsevne", "nedsatt: slutt på start + 12 måneder − 1 dag", avtale(midl, "2024-01-15", "2025-01-14", nedsatt),
			[]Trinn{tr("2024-01-15", "2025-01-14", "60")}, v19, h19, "60", trinndato, nil, ""},
		{v19 + ".sats-nedsatt-arbeidsevne", "nedsatt: slutt på start + 12 måneder", avtale(midl, "2024-01-15", "2025-01-15", nedsatt),
			[]Trinn{tr("2024-01-15", "2025-01-14", "60"), tr("2025-01-15", "2025-01-15", "50")}, v19, h19, "60", trinndato, nil, ""},
		{v19 + ".sats-nedsatt-arbeidsevne", "varig nedsatt arbeidsevne er nedsatt", avtale(midl, "2024-01-15", "2024-12-31", evne(tiltak.VarigNedsattArbeidsevne)),
			[]Trinn{tr("2024-01-15", "2024-12-31", "60")}, v19, h19, "60", trinndato, nil, ""},
		// 29. februar: + 6 måneder = 29.08.2024; + 12 måneder = 28.02.2025.
		{v19, "29. februar + 6 måneder", avtale(midl, "2024-02-29", "2025-02-27", ikke),
			[]Trinn{tr("2024-02-29", "2024-08-28", "40"), tr("2024-08-29", "2025-02-27", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19 + ".sats-nedsatt-arbeidsevne", "29. februar + 12 måneder = 28. februar", avtale(midl, "2024-02-29", "2026-02-27", nedsatt),
			[]Trinn{tr("2024-02-29", "2025-02-27", "60"), tr("2025-02-28", "2026-02-27", "50")}, v19, h19, "60", trinndato, nil, ""},
		// Månedsslutt: 31.08.2023 + 6 = 29.02.2024 (skuddår), 31.08.2022 + 6
		// = 28.02.2023, 31.03.2024 + 6 = 30.09.2024, 31.12.2023 + 12 = 31.12.2024.
		{v19, "31. august + 6 måneder i skuddår", avtale(midl, "2023-08-31", "2024-08-30", ikke),
			[]Trinn{tr("2023-08-31", "2024-02-28", "40"), tr("2024-02-29", "2024-08-30", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19, "31. august + 6 måneder i vanlig år", avtale(midl, "2022-08-31", "2023-08-30", ikke),
			[]Trinn{tr("2022-08-31", "2023-02-27", "40"), tr("2023-02-28", "2023-08-30", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19, "31. mars + 6 måneder = 30. september", avtale(midl, "2024-03-31", "2025-03-30", ikke),
			[]Trinn{tr("2024-03-31", "2024-09-29", "40"), tr("2024-09-30", "2025-03-30", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19 + ".sats-nedsatt-arbeidsevne", "31. desember + 12 måneder", avtale(midl, "2023-12-31", "2025-12-30", nedsatt),
			[]Trinn{tr("2023-12-31", "2024-12-30", "60"), tr("2024-12-31", "2025-12-30", "50")}, v19, h19, "60", trinndato, nil, ""},

		// Skiftet 1. juli 2019 (FOR-2019-05-09-597, uten overgangsregel;
		// satsen velges etter startdatoen). NAVs kode skiftet først
		// 1. januar 2021.
		{v16, "start 30. juni 2019: 2016-teksten, avtalt 50 %, ingen nedtrapping", avtale(midl, "2019-06-30", "2020-06-29", ikke, avtalt("50")),
			[]Trinn{tr("2019-06-30", "2020-06-29", "50")}, v16, h16, "50", nil, nil, ""},
		{v16 + ".sats-nedsatt-arbeidsevne", "start 30. juni 2019: 75 % ved nedsatt arbeidsevne, ingen nedtrapping", avtale(midl, "2019-06-30", "2021-06-29", nedsatt, avtalt("75")),
			[]Trinn{tr("2019-06-30", "2021-06-29", "75")}, v16, h16, "75", nil, nil, ""},
		{v16, "start 30. juni 2019 uten avtalt prosent", avtale(midl, "2019-06-30", "2020-06-29", ikke),
			nil, "", "", "", nil, ErrUkjentFaktum, "avtalt_prosent"},
		// 01.07.2019 + 6 måneder = 01.01.2020.
		{v19, "start 1. juli 2019: 40 % til 31.12.2019, så 30 %", avtale(midl, "2019-07-01", "2020-06-30", ikke),
			[]Trinn{tr("2019-07-01", "2019-12-31", "40"), tr("2020-01-01", "2020-06-30", "30")}, v19, h19, "40", trinndato, nil, ""},
		// 01.07.2019 + 12 måneder = 01.07.2020.
		{v19 + ".sats-nedsatt-arbeidsevne", "start 1. juli 2019, nedsatt: 60 % til 30.06.2020, så 50 %", avtale(midl, "2019-07-01", "2021-06-30", nedsatt),
			[]Trinn{tr("2019-07-01", "2020-06-30", "60"), tr("2020-07-01", "2021-06-30", "50")}, v19, h19, "60", trinndato, nil, ""},
		{v19, "start 1. juli 2019 med 50 % avtalt etter 2016-teksten: avvist", avtale(midl, "2019-07-01", "2020-06-30", ikke, avtalt("50")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		// NAVs gamle skiftedato: 31.12.2020 er etter 2019-teksten.
		// 31.12.2020 + 6 måneder = 30.06.2021 (klemt).
		{v19, "start 31. desember 2020: 2019-teksten, ikke NAVs 2016-regel", avtale(midl, "2020-12-31", "2021-12-30", ikke),
			[]Trinn{tr("2020-12-31", "2021-06-29", "40"), tr("2021-06-30", "2021-12-30", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19, "start 31. desember 2020 med 50 % avtalt: avvist", avtale(midl, "2020-12-31", "2021-12-30", ikke, avtalt("50")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},

		// Valg av variant: arbeidsevnen (forskriften) går foran
		// innsatsgruppen (NAVs praksis).
		{v19 + ".sats-nedsatt-arbeidsevne", "nedsatt arbeidsevne slår innsatsgruppen trenger veiledning", avtale(midl, "2024-01-01", "2024-12-31", nedsatt, gruppe(tiltak.TrengerVeiledning)),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60")}, v19, h19, "60", trinndato, nil, ""},
		{v19, "ikke nedsatt arbeidsevne slår innsatsgruppen jobbe delvis", avtale(midl, "2024-01-01", "2024-12-31", ikke, gruppe(tiltak.JobbeDelvis)),
			[]Trinn{tr("2024-01-01", "2024-06-30", "40"), tr("2024-07-01", "2024-12-31", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19, "ikke nedsatt arbeidsevne: gode muligheter stopper ikke", avtale(midl, "2024-01-01", "2024-03-31", ikke, gruppe(tiltak.GodeMuligheter)),
			[]Trinn{tr("2024-01-01", "2024-03-31", "40")}, v19, h19, "40", trinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "bare innsatsgruppe: trenger veiledning gir 40", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.TrengerVeiledning)),
			[]Trinn{tr("2024-01-01", "2024-06-30", "40"), tr("2024-07-01", "2024-12-31", "30")}, v19, h19, "40", gruppeOgTrinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "bare innsatsgruppe: nedsatt arbeidsevne gir 60", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.TrengerVeiledningNedsattArbeidsevne)),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60")}, v19, h19, "60", gruppeOgTrinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "bare innsatsgruppe: jobbe delvis gir 60", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.JobbeDelvis)),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60")}, v19, h19, "60", gruppeOgTrinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "bare innsatsgruppe: liten mulighet gir 60, trinn på sluttdatoen", avtale(midl, "2024-01-01", "2025-01-01", gruppe(tiltak.LitenMulighetTilAJobbe)),
			[]Trinn{tr("2024-01-01", "2024-12-31", "60"), tr("2025-01-01", "2025-01-01", "50")}, v19, h19, "60", gruppeOgTrinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "bare innsatsgruppe: gode muligheter gir ingen sats", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.GodeMuligheter)),
			nil, "", "", "", nil, ErrIngenSats, "innsatsgruppe"},
		{"praksis-midl-innsatsgruppe", "innsatsgruppe og avtalt prosent lik utledet", avtale(midl, "2024-01-01", "2024-03-31", gruppe(tiltak.TrengerVeiledning), avtalt("40")),
			[]Trinn{tr("2024-01-01", "2024-03-31", "40")}, v19, h19, "40", gruppeOgTrinndato, nil, ""},
		{"praksis-midl-innsatsgruppe", "innsatsgruppe og avtalt prosent ulik utledet", avtale(midl, "2024-01-01", "2024-03-31", gruppe(tiltak.TrengerVeiledning), avtalt("60")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v19 + ".sats-nedsatt-arbeidsevne", "bare avtalt 60 %: startprosenten ved nedsatt arbeidsevne", avtale(midl, "2024-01-15", "2025-01-15", avtalt("60")),
			[]Trinn{tr("2024-01-15", "2025-01-14", "60"), tr("2025-01-15", "2025-01-15", "50")}, v19, h19, "60", trinndato, nil, ""},
		{v19, "bare avtalt 40 %: startprosenten ellers", avtale(midl, "2024-01-15", "2024-07-15", avtalt("40")),
			[]Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-15", "30")}, v19, h19, "40", trinndato, nil, ""},
		{v19, "bare avtalt 50 %: ingen variant begynner der", avtale(midl, "2024-01-15", "2024-12-31", avtalt("50")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v19, "ingenting kjent: arbeidsevnen må oppgis", avtale(midl, "2024-01-15", "2024-12-31"),
			nil, "", "", "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{v19 + ".sats-nedsatt-arbeidsevne", "nedsatt arbeidsevne og avtalt 40 %: motsier varianten", avtale(midl, "2024-01-15", "2024-12-31", nedsatt, avtalt("40")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v19, "ikke nedsatt og avtalt 60 %: motsier varianten", avtale(midl, "2024-01-15", "2024-12-31", ikke, avtalt("60")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v19, "ugyldig arbeidsevne", avtale(midl, "2024-01-15", "2024-12-31", evne(tiltak.Arbeidsevne(99))),
			nil, "", "", "", nil, ErrUgyldigSats, "arbeidsevne"},
		{v19, "ugyldig innsatsgruppe", avtale(midl, "2024-01-15", "2024-12-31", gruppe(tiltak.Innsatsgruppe(99))),
			nil, "", "", "", nil, ErrUgyldigSats, "innsatsgruppe"},

		// § 9-5 2016-teksten: avtalt prosent, høyst 50 eller 75.
		{v16, "2016: 50 uten nedsatt arbeidsevne", avtale(midl, "2018-01-01", "2018-12-31", ikke, avtalt("50")),
			[]Trinn{tr("2018-01-01", "2018-12-31", "50")}, v16, h16, "50", nil, nil, ""},
		{v16, "2016: 51 uten nedsatt arbeidsevne", avtale(midl, "2018-01-01", "2018-12-31", ikke, avtalt("51")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v16, "2016: 75 uten nedsatt arbeidsevne", avtale(midl, "2018-01-01", "2018-12-31", ikke, avtalt("75")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v16 + ".sats-nedsatt-arbeidsevne", "2016: 75 med nedsatt arbeidsevne, ingen nedtrapping", avtale(midl, "2018-01-01", "2020-12-31", nedsatt, avtalt("75")),
			[]Trinn{tr("2018-01-01", "2020-12-31", "75")}, v16, h16, "75", nil, nil, ""},
		{v16 + ".sats-nedsatt-arbeidsevne", "2016: 75,5 med nedsatt arbeidsevne", avtale(midl, "2018-01-01", "2018-12-31", nedsatt, avtalt("75.5")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v16 + ".sats-nedsatt-arbeidsevne", "2016: 40 med nedsatt arbeidsevne, maks er 75", avtale(midl, "2018-01-01", "2018-12-31", nedsatt, avtalt("40")),
			[]Trinn{tr("2018-01-01", "2018-12-31", "40")}, v16, h16, "75", nil, nil, ""},
		{v16, "2016: 50 uten noe kjent holder", avtale(midl, "2018-01-01", "2018-12-31", avtalt("50")),
			[]Trinn{tr("2018-01-01", "2018-12-31", "50")}, v16, h16, "50", nil, nil, ""},
		{v16, "2016: 50,01 uten noe kjent: arbeidsevnen må avgjøres", avtale(midl, "2018-01-01", "2018-12-31", avtalt("50.01")),
			nil, "", "", "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{"praksis-midl-innsatsgruppe", "2016: 60 med innsatsgruppe jobbe delvis", avtale(midl, "2018-01-01", "2018-12-31", gruppe(tiltak.JobbeDelvis), avtalt("60")),
			[]Trinn{tr("2018-01-01", "2018-12-31", "60")}, v16, h16, "75", bareGruppe, nil, ""},
		{"praksis-midl-innsatsgruppe", "2016: 60 med innsatsgruppe trenger veiledning", avtale(midl, "2018-01-01", "2018-12-31", gruppe(tiltak.TrengerVeiledning), avtalt("60")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v16, "2016: prosent mangler", avtale(midl, "2018-01-01", "2018-12-31", nedsatt),
			nil, "", "", "", nil, ErrUkjentFaktum, "avtalt_prosent"},
		{v16, "2016: negativ prosent", avtale(midl, "2018-01-01", "2018-12-31", nedsatt, avtalt("-1")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{v16, "før tiltaksforskriften", avtale(midl, "2015-12-31", "2016-06-30", nedsatt, avtalt("50")),
			nil, "", "", "", nil, ErrIkkeModellert, "periode.fra"},
		{v16, "første dag tiltaksforskriften gjelder", avtale(midl, "2016-01-01", "2016-06-30", ikke, avtalt("50")),
			[]Trinn{tr("2016-01-01", "2016-06-30", "50")}, v16, h16, "50", nil, nil, ""},

		// Varig: 29.02.2024 + 1 år = 28.02.2025; 67 bare når avtalt > 67.
		{vVarig, "varig 75 → 67 etter ett år", avtale(varig, "2024-02-29", "2026-12-31", avtalt("75")),
			[]Trinn{tr("2024-02-29", "2025-02-27", "75"), tr("2025-02-28", "2026-12-31", "67")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 68 → 67", avtale(varig, "2024-01-01", "2025-06-30", avtalt("68")),
			[]Trinn{tr("2024-01-01", "2024-12-31", "68"), tr("2025-01-01", "2025-06-30", "67")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 67,5 → 67", avtale(varig, "2024-01-01", "2025-06-30", avtalt("67.5")),
			[]Trinn{tr("2024-01-01", "2024-12-31", "67.5"), tr("2025-01-01", "2025-06-30", "67")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 67: ingen nedtrapping", avtale(varig, "2024-01-01", "2025-06-30", avtalt("67")),
			[]Trinn{tr("2024-01-01", "2025-06-30", "67")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 50: ingen nedtrapping", avtale(varig, "2024-01-01", "2025-06-30", avtalt("50")),
			[]Trinn{tr("2024-01-01", "2025-06-30", "50")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 0 er lov", avtale(varig, "2024-01-01", "2024-01-31", avtalt("0")),
			[]Trinn{tr("2024-01-01", "2024-01-31", "0")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{vVarig, "varig 75,01 avvises", avtale(varig, "2024-01-01", "2025-06-30", avtalt("75.01")), nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{vVarig, "varig negativ avvises", avtale(varig, "2024-01-01", "2025-06-30", avtalt("-0.5")), nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{vVarig, "varig uten prosent", avtale(varig, "2024-01-01", "2024-12-31"), nil, "", "", "", nil, ErrUkjentFaktum, "avtalt_prosent"},
		{"praksis-trinndato", "varig: trinndato lik sluttdato", avtale(varig, "2024-03-01", "2025-03-01", avtalt("75")),
			[]Trinn{tr("2024-03-01", "2025-02-28", "75"), tr("2025-03-01", "2025-03-01", "67")}, vVarig, hVarig, "75", trinndato, nil, ""},
		{"praksis-trinndato", "varig: sluttdato dagen før trinndato", avtale(varig, "2024-03-01", "2025-02-28", avtalt("75")),
			[]Trinn{tr("2024-03-01", "2025-02-28", "75")}, vVarig, hVarig, "75", trinndato, nil, ""},

		// Sommerjobb fra 22. april 2021 (FOR-2021-04-22-1229); NAVs kode
		// regnet fra 1. juni 2021. Sesongen sjekkes av varigheten, ikke her.
		{vSommer, "sommerjobb 21. april 2021: før kapittelet", avtale(sommer, "2021-04-21", "2021-05-18", ikke),
			nil, "", "", "", nil, ErrIkkeModellert, "periode.fra"},
		{vSommer, "sommerjobb 22. april 2021: 50 %", avtale(sommer, "2021-04-22", "2021-05-19", ikke),
			[]Trinn{tr("2021-04-22", "2021-05-19", "50")}, vSommer, hSommer, "50", nil, nil, ""},
		{vSommer + ".sats-nedsatt-arbeidsevne", "sommerjobb 75 % ved nedsatt arbeidsevne", avtale(sommer, "2021-06-01", "2021-06-28", nedsatt),
			[]Trinn{tr("2021-06-01", "2021-06-28", "75")}, vSommer, hSommer, "75", nil, nil, ""},
		{vSommer, "sommerjobb bare avtalt 50", avtale(sommer, "2025-06-02", "2025-06-29", avtalt("50")),
			[]Trinn{tr("2025-06-02", "2025-06-29", "50")}, vSommer, hSommer, "50", nil, nil, ""},
		{vSommer + ".sats-nedsatt-arbeidsevne", "sommerjobb bare avtalt 75", avtale(sommer, "2025-06-02", "2025-06-29", avtalt("75")),
			[]Trinn{tr("2025-06-02", "2025-06-29", "75")}, vSommer, hSommer, "75", nil, nil, ""},
		{"praksis-midl-innsatsgruppe", "sommerjobb bare innsatsgruppe med nedsatt arbeidsevne", avtale(sommer, "2025-06-02", "2025-06-29", gruppe(tiltak.TrengerVeiledningNedsattArbeidsevne)),
			[]Trinn{tr("2025-06-02", "2025-06-29", "75")}, vSommer, hSommer, "75", bareGruppe, nil, ""},
		{vSommer, "sommerjobb 60 avvises", avtale(sommer, "2025-06-02", "2025-06-29", avtalt("60")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{vSommer, "sommerjobb ikke nedsatt og avtalt 75 avvises", avtale(sommer, "2025-06-02", "2025-06-29", ikke, avtalt("75")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{vSommer, "sommerjobb uten noe kjent", avtale(sommer, "2025-06-02", "2025-06-29"),
			nil, "", "", "", nil, ErrUkjentFaktum, "arbeidsevne"},

		// Fireårig: 01.08.2026 + 12, 24 og 36 måneder.
		{vFir, "fireårig hele fire år", avtale(fir, "2026-08-01", "2030-07-31"),
			[]Trinn{tr("2026-08-01", "2027-07-31", "70"), tr("2027-08-01", "2028-07-31", "60"), tr("2028-08-01", "2029-07-31", "50"), tr("2029-08-01", "2030-07-31", "35")}, vFir, hFir, "70", trinndato, nil, ""},
		// Varigheten sjekkes av BeregnAvtale (fir-8), ikke av NySatsplan.
		{vFir, "fireårig utover fjerde år: 35 % videre", avtale(fir, "2026-08-01", "2030-08-01"),
			[]Trinn{tr("2026-08-01", "2027-07-31", "70"), tr("2027-08-01", "2028-07-31", "60"), tr("2028-08-01", "2029-07-31", "50"), tr("2029-08-01", "2030-08-01", "35")}, vFir, hFir, "70", trinndato, nil, ""},
		// 29.02.2028 + 12 = 28.02.2029, + 24 = 29.02.2030 finnes ikke → 28.02.2030, + 36 = 28.02.2031.
		{vFir, "fireårig fra 29. februar", avtale(fir, "2028-02-29", "2032-02-28"),
			[]Trinn{tr("2028-02-29", "2029-02-27", "70"), tr("2029-02-28", "2030-02-27", "60"), tr("2030-02-28", "2031-02-27", "50"), tr("2031-02-28", "2032-02-28", "35")}, vFir, hFir, "70", trinndato, nil, ""},
		{vFir, "fireårig to år (midlertidig stilling)", avtale(fir, "2026-09-15", "2028-09-14"),
			[]Trinn{tr("2026-09-15", "2027-09-14", "70"), tr("2027-09-15", "2028-09-14", "60")}, vFir, hFir, "70", trinndato, nil, ""},
		{vFir, "fireårig med avtalt 70", avtale(fir, "2026-08-01", "2027-01-31", avtalt("70")),
			[]Trinn{tr("2026-08-01", "2027-01-31", "70")}, vFir, hFir, "70", trinndato, nil, ""},
		{vFir, "fireårig med feil prosent", avtale(fir, "2026-08-01", "2027-01-31", avtalt("60")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},
		{vFir, "fireårig dagen før forsøket", avtale(fir, "2026-07-31", "2027-07-30"),
			nil, "", "", "", nil, ErrIkkeModellert, "periode.fra"},
		{vFir, "fireårig siste startdag i forsøket", avtale(fir, "2032-12-31", "2033-01-31"),
			[]Trinn{tr("2032-12-31", "2033-01-31", "70")}, vFir, hFir, "70", trinndato, nil, ""},
		{vFir, "fireårig etter forsøket", avtale(fir, "2033-01-01", "2033-12-31"),
			nil, "", "", "", nil, ErrIkkeModellert, "periode.fra"},

		// Mentor: 100 % i begge versjonene av § 5-6.
		{"tf-5-6-v20160101", "mentor 2017", avtale(tiltak.Mentor, "2017-12-31", "2018-06-30"),
			[]Trinn{tr("2017-12-31", "2018-06-30", "100")}, "tf-5-6-v20160101", "tf-5-6-v20160101/0", "100", nil, nil, ""},
		{"tf-5-6-v20180101", "mentor 2018", avtale(tiltak.Mentor, "2018-01-01", "2018-06-30"),
			[]Trinn{tr("2018-01-01", "2018-06-30", "100")}, "tf-5-6-v20180101", "tf-5-6-v20180101/0", "100", nil, nil, ""},
		{"tf-5-6-v20180101", "mentor med annen prosent", avtale(tiltak.Mentor, "2024-01-10", "2024-07-09", avtalt("50")),
			nil, "", "", "", nil, ErrUgyldigSats, "avtalt_prosent"},

		{vVarig, "ugyldig periode", avtale(varig, "2024-02-01", "2024-01-31", avtalt("50")), nil, "", "", "", nil, tiltak.ErrUgyldigPeriode, "periode.til"},
		{vVarig, "manglende startdato", Avtale{Tiltak: varig, Periode: tiltak.Periode{Til: D("2024-01-31")}, AvtaltProsent: NP("50")}, nil, "", "", "", nil, tiltak.ErrUgyldigPeriode, "periode.fra"},
		{vVarig, "ukjent tiltak", avtale("finnes-ikke", "2024-01-01", "2024-01-31"), nil, "", "", "", nil, tiltak.ErrUkjentTiltak, "tiltak"},
		{vVarig, "arbeidstrening har ingen satsregel", avtale(tiltak.Arbeidstrening, "2024-01-01", "2024-01-31"), nil, "", "", "", nil, ErrIkkeModellert, "tiltak"},
		{"tf-6-5-v20160101", "funksjonsassistanse betales etter faktiske utgifter", avtale(tiltak.Funksjonsassistanse, "2024-01-01", "2024-01-31"), nil, "", "", "", nil, ErrIkkeModellert, "tiltak"},
		{"tf-14-8-v20161001", "VTAO har månedssats", avtale(tiltak.VTAO, "2024-01-01", "2024-01-31"), nil, "", "", "", nil, ErrIkkeModellert, "tiltak"},
	}
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			// Radene som sjekker NAVs utledning fra innsatsgruppen, regner
			// med praksis; TestNySatsplanUtenPraksis har de samme avtalene
			// uten.
			s, err := NySatsplanMed(r.avtale, regler.Valg{MedPraksis: r.id == praksisInnsatsgruppe.ID})
			if sjekkFeil(t, err, r.err, r.felt) {
				return
			}
			if diff := cmp.Diff(r.want, s.Trinn); diff != "" {
				t.Errorf("trinn (-vil +fikk):\n%s", diff)
			}
			if s.Versjon != r.versjon {
				t.Errorf("versjon = %q, vil ha %q", s.Versjon, r.versjon)
			}
			if got := hjemmelnokler([]tiltak.Hjemmel{s.Hjemmel})[0]; got != r.hjemmel {
				t.Errorf("hjemmel = %s, vil ha %s", got, r.hjemmel)
			}
			if !s.Maks.Equal(N(r.maks)) {
				t.Errorf("maks = %v, vil ha %s", s.Maks, r.maks)
			}
			var praksis []string
			for _, h := range s.Praksis {
				if !h.ErPraksis() {
					t.Errorf("%s i Praksis er ikke NAVs praksis", h.ID)
				}
				praksis = append(praksis, h.ID)
			}
			if diff := cmp.Diff(r.praksis, praksis); diff != "" {
				t.Errorf("praksis (-vil +fikk):\n%s", diff)
			}
			for _, tr := range s.Trinn {
				if tr.Prosent.Cmp(s.Maks) > 0 {
					t.Errorf("trinn %v over maks %v", tr, s.Maks)
				}
			}
			if s.Tiltak != r.avtale.Tiltak || s.Avtaleperiode != r.avtale.Periode || s.Uverifisert {
				t.Errorf("tiltak %s periode %v uverifisert %v", s.Tiltak, s.Avtaleperiode, s.Uverifisert)
			}
		})
	}
}

// TestNySatsplanUtenPraksis: uten Valg.MedPraksis leser NySatsplan ikke
// innsatsgruppen. En prosent som avhenger av arbeidsevnen, gir da
// ErrUkjentFaktum for «arbeidsevne» (aldri en gjetning), eller avgjøres av en
// avtalt prosent lik en variants startprosent, som når innsatsgruppen
// mangler.
func TestNySatsplanUtenPraksis(t *testing.T) {
	midl, sommer := tiltak.MidlertidigLonnstilskudd, tiltak.Sommerjobb
	for _, r := range []struct {
		id, navn string
		avtale   Avtale
		prosent  string // startprosenten, når planen lages
		praksis  []string
		err      error
		felt     string
	}{
		{"tf-9-5-v20190701", "trenger veiledning", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.TrengerVeiledning)), "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{"tf-9-5-v20190701", "nedsatt arbeidsevne", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.TrengerVeiledningNedsattArbeidsevne)), "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{"tf-9-5-v20190701", "gode muligheter gir ikke ingen sats, men mangler", avtale(midl, "2024-01-01", "2024-12-31", gruppe(tiltak.GodeMuligheter)), "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{"tf-9-5-v20190701", "avtalt 40 avgjør", avtale(midl, "2024-01-01", "2024-03-31", gruppe(tiltak.TrengerVeiledning), avtalt("40")), "40", []string{"praksis-trinndato"}, nil, ""},
		{"tf-9-5-v20190701", "avtalt 60 avgjør", avtale(midl, "2024-01-01", "2024-03-31", gruppe(tiltak.TrengerVeiledning), avtalt("60")), "60", []string{"praksis-trinndato"}, nil, ""},
		{"tf-9-5-v20160101", "2016: 60 med jobbe delvis", avtale(midl, "2018-01-01", "2018-12-31", gruppe(tiltak.JobbeDelvis), avtalt("60")), "", nil, ErrUkjentFaktum, "arbeidsevne"},
		{"tf-8-6-v20210422", "sommerjobb nedsatt arbeidsevne", avtale(sommer, "2025-06-02", "2025-06-29", gruppe(tiltak.TrengerVeiledningNedsattArbeidsevne)), "", nil, ErrUkjentFaktum, "arbeidsevne"},
	} {
		s, err := NySatsplan(r.avtale)
		if r.err != nil {
			var fe *tiltak.FeltFeil
			if !errors.Is(err, r.err) || !errors.As(err, &fe) || fe.Felt != r.felt || !strings.Contains(fe.Grunn, "MedPraksis") {
				t.Errorf("[%s] %s: %v, vil ha %v for %s", r.id, r.navn, err, r.err, r.felt)
			}
			continue
		}
		var praksis []string
		for _, h := range s.Praksis {
			praksis = append(praksis, h.ID)
		}
		if err != nil || !s.Trinn[0].Prosent.Equal(N(r.prosent)) || !cmp.Equal(praksis, r.praksis) {
			t.Errorf("[%s] %s: %v %v %v", r.id, r.navn, s.Trinn, praksis, err)
		}
	}
}

// TestSatsplanHjemmel: hjemmelen i planen er leddet med satsene, skrevet ut
// slik en saksbehandler leser det.
func TestSatsplanHjemmel(t *testing.T) {
	for _, r := range []struct {
		id     string
		avtale Avtale
		tekst  string
	}{
		{"tf-9-5-v20190701", avtale(tiltak.MidlertidigLonnstilskudd, "2024-01-01", "2024-12-31", evne(tiltak.IkkeNedsattArbeidsevne)), "tiltaksforskriften § 9-5 tredje ledd"},
		{"tf-9-5-v20160101", avtale(tiltak.MidlertidigLonnstilskudd, "2019-06-30", "2019-12-31", avtalt("50")), "tiltaksforskriften § 9-5 andre ledd"},
		{"tf-10-7-v20160101", avtale(tiltak.VarigLonnstilskudd, "2024-01-01", "2024-12-31", avtalt("70")), "tiltaksforskriften § 10-7 andre ledd"},
		{"tf-8-6-v20210422", avtale(tiltak.Sommerjobb, "2024-06-03", "2024-06-30", avtalt("50")), "tiltaksforskriften § 8-6 fjerde ledd"},
		{"tf-5-6-v20180101", avtale(tiltak.Mentor, "2024-01-01", "2024-06-30"), "tiltaksforskriften § 5-6"},
	} {
		s, err := NySatsplan(r.avtale)
		if err != nil {
			t.Fatalf("%s: %v", r.id, err)
		}
		if s.Hjemmel.ID != r.id || s.Hjemmel.String() != r.tekst {
			t.Errorf("%s: hjemmel %s (%s), vil ha %s", r.id, s.Hjemmel.ID, s.Hjemmel, r.tekst)
		}
	}
	// Fireårig: forskriften om forsøket § 7 første ledd.
	s, err := NySatsplan(avtale(tiltak.FirearigLonnstilskudd, "2026-08-01", "2027-07-31"))
	if err != nil || s.Hjemmel.ID != "fir-7-v20260801" || s.Hjemmel.Kilde != tiltak.Firearigforskriften || s.Hjemmel.Paragraf != "7" || s.Hjemmel.Ledd != 1 {
		t.Errorf("fireårig: %+v %v", s.Hjemmel, err)
	}
}

func TestProsentPaOgKutt(t *testing.T) {
	s, err := NySatsplan(avtale(tiltak.MidlertidigLonnstilskudd, "2024-01-15", "2024-12-31", evne(tiltak.IkkeNedsattArbeidsevne)))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		dag  string
		want string
		ok   bool
	}{
		{"2024-01-14", "0", false}, {"2024-01-15", "40", true}, {"2024-07-14", "40", true},
		{"2024-07-15", "30", true}, {"2024-12-31", "30", true}, {"2025-01-01", "0", false},
	} {
		p, ok := s.ProsentPa(D(r.dag))
		if ok != r.ok || p.String() != r.want {
			t.Errorf("ProsentPa(%s) = %v, %v; vil ha %s, %v", r.dag, p, ok, r.want, r.ok)
		}
	}
	// Instruksen 2021 (seed000-instruks-v20210120): permittering fra
	// 01.05.2024 kutter planen etter 30.04.2024.
	for _, r := range []struct {
		id    string
		stopp string
		want  []Trinn
	}{
		{"seed000-instruks-v20210120", "2024-05-01", []Trinn{tr("2024-01-15", "2024-04-30", "40")}},
		{"seed000-instruks-v20210120", "2024-07-15", []Trinn{tr("2024-01-15", "2024-07-14", "40")}},
		{"seed000-instruks-v20210120", "2024-07-16", []Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-07-15", "30")}},
		{"seed000-instruks-v20210120", "2024-01-16", []Trinn{tr("2024-01-15", "2024-01-15", "40")}},
		{"seed000-instruks-v20210120", "2024-01-15", []Trinn{}},
		{"seed000-instruks-v20210120", "2024-12-31", []Trinn{tr("2024-01-15", "2024-07-14", "40"), tr("2024-07-15", "2024-12-30", "30")}},
		{"seed000-instruks-v20210120", "2025-01-01", s.Trinn},
	} {
		k := s.Kutt(D(r.stopp))
		if diff := cmp.Diff(r.want, k.Trinn); diff != "" {
			t.Errorf("%s Kutt(%s) (-vil +fikk):\n%s", r.id, r.stopp, diff)
		}
	}
	if k := s.Kutt(tiltak.Dato{}); len(k.Trinn) != 2 || !k.Stoppdato.IsZero() {
		t.Errorf("Kutt(null) endret planen: %+v", k)
	}
	if k := s.Kutt(D("2024-05-01")); k.Stoppdato != D("2024-05-01") || len(s.Trinn) != 2 {
		t.Errorf("Kutt satte ikke stoppdato eller endret originalen")
	}
}

// En trinndato etter år 9999 faller bort i stedet for å bli en nulldato.
func TestTrinndatoEtterAr9999(t *testing.T) {
	s, err := NySatsplan(avtale(tiltak.MidlertidigLonnstilskudd, "9999-08-01", "9999-12-31", evne(tiltak.IkkeNedsattArbeidsevne)))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Trinn) != 1 || s.Trinn[0].Periode != P("9999-08-01", "9999-12-31") || !s.Trinn[0].Prosent.Equal(N("40")) {
		t.Errorf("trinn %+v", s.Trinn)
	}
}
