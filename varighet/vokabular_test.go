package varighet

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Testene i denne fila sjekker det felles vokabularet fra issue 15: valgene
// (regler.Valg), ikke modellert likt for ett tiltak og hele katalogen,
// manglende fakta som ett tiltak.Faktasett og typede grenser i Kontroller.

// grenseTilfelle er én rad for de typede grensene: ID er paragrafen (eller
// praksisen) grensen står i, og forventningene er regnet for hånd.
type grenseTilfelle struct {
	ID         string
	Navn       string
	Kode       tiltak.Kode
	Fakta      tiltak.Fakta
	Fra, Til   string
	Tidligere  []tiltak.Periode
	Type       Grensetype
	Utfall     regler.Utfall
	Lengde     tiltak.Lengde
	Alder      int
	Grensedato string
	Mulig      string // SisteSluttMulig
	Praksis    bool
	Err        error
}

var grenseTilfeller = []grenseTilfelle{
	// § 12-4: ARR i 12 uker fra 31.12.2023 → 23.3.2024.
	{ID: "tf-12-4-v20160101", Navn: "tolv uker", Kode: tiltak.ArbeidsrettetRehabilitering, Fra: "2023-12-31", Til: "2024-03-24",
		Type: GrenseMaksimalVarighet, Utfall: regler.IkkeOppfylt, Lengde: tiltak.AntallUker(12), Grensedato: "2024-03-23", Mulig: "2024-03-23", Err: ErrForLang},
	// § 4-4: oppfølging, ikke nedsatt: seks måneder oppfylt (28.2.2024),
	// tolv måneder etter skjønn (30.8.2024).
	{ID: "tf-4-4-v20160101", Navn: "seks måneder, tolv må vurderes", Kode: tiltak.Oppfolging, Fakta: ikkeNedsatt, Fra: "2023-08-31", Til: "2024-02-29",
		Type: GrenseMaksimalVarighet, Utfall: regler.MaVurderes, Lengde: tiltak.AntallManeder(6), Grensedato: "2024-02-28", Mulig: "2024-08-30", Err: ErrMaVurderes},
	// § 4-4: nedsatt, tre år oppfylt (30.8.2026), 42 måneder med overgang
	// (31.8.2023 + 42 måneder = 28.2.2027, klemt; − 1 dag = 27.2.2027).
	{ID: "tf-4-4-v20160101", Navn: "tre år oppfylt", Kode: tiltak.Oppfolging, Fakta: nedsatt, Fra: "2023-08-31", Til: "2026-08-31",
		Type: GrenseMaksimalVarighet, Utfall: regler.MaVurderes, Lengde: tiltak.AntallAr(3), Grensedato: "2026-08-30", Mulig: "2027-02-27", Err: ErrMaVurderes},
	// § 4-4: samlet varighet, tre år minus ti tidligere dager = 20.8.2026.
	{ID: "tf-4-4-v20160101", Navn: "samlet varighet", Kode: tiltak.Oppfolging,
		Fakta: med(nedsatt, func(f *tiltak.Fakta) { f.OvergangSkoleEllerSoning = tiltak.Nei }), Fra: "2023-08-31", Til: "2026-08-21",
		Tidligere: []tiltak.Periode{p("2023-01-01", "2023-01-10")},
		Type:      GrenseSamletVarighet, Utfall: regler.IkkeOppfylt, Lengde: tiltak.AntallAr(3), Grensedato: "2026-08-20", Mulig: "2026-08-20", Err: ErrForLang},
	// fireårig § 8: to år ved midlertidig ansettelse (31.7.2028).
	{ID: "fir-8-v20260801", Navn: "tak oppfylt", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.MidlertidigStilling}, Fra: "2026-08-01", Til: "2028-08-01",
		Type: GrenseTak, Utfall: regler.IkkeOppfylt, Lengde: tiltak.AntallAr(2), Grensedato: "2028-07-31", Mulig: "2028-07-31", Err: ErrForLang},
	{ID: "fir-8-v20260801", Navn: "tak må vurderes", Kode: tiltak.FirearigLonnstilskudd, Fra: "2026-08-01", Til: "2028-08-01",
		Type: GrenseTak, Utfall: regler.MaVurderes, Lengde: tiltak.AntallAr(2), Grensedato: "2028-07-31", Mulig: "2030-07-31", Err: ErrMaVurderes},
	{ID: "fir-8-v20260801", Navn: "tidligste start", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2026-07-31", Til: "2027-07-30",
		Type: GrenseTidligsteStart, Utfall: regler.IkkeOppfylt, Grensedato: "2026-08-01", Err: ErrStartForTidlig},
	{ID: "fir-8-v20260801", Navn: "fast sluttgrense 2032", Kode: tiltak.FirearigLonnstilskudd, Fakta: tiltak.Fakta{Stillingstype: tiltak.FastStilling}, Fra: "2030-01-01", Til: "2033-01-01",
		Type: GrenseFastSluttgrense, Utfall: regler.IkkeOppfylt, Grensedato: "2032-12-31", Err: ErrSluttForSent},
	// § 12-4: slutt før start.
	{ID: "tf-12-4-v20160101", Navn: "slutt før start", Kode: tiltak.ArbeidsrettetRehabilitering, Fra: "2024-01-02", Til: "2024-01-01",
		Type: GrenseSluttEtterStart, Utfall: regler.IkkeOppfylt, Grensedato: "2024-01-02", Err: ErrSluttForStart},
	// § 8-4: sommerjobb 1. juni–31. august, unntak etter skjønn.
	{ID: "tf-8-4-v20210422", Navn: "sesongstart", Kode: tiltak.Sommerjobb, Fra: "2024-05-31", Til: "2024-06-20",
		Type: GrenseSesongStart, Utfall: regler.MaVurderes, Grensedato: "2024-06-01", Err: ErrMaVurderes},
	{ID: "tf-8-4-v20210422", Navn: "sesongslutt", Kode: tiltak.Sommerjobb, Fra: "2024-08-05", Til: "2024-09-01",
		Type: GrenseSesongSlutt, Utfall: regler.MaVurderes, Grensedato: "2024-08-31", Err: ErrMaVurderes},
	// NAVs praksis: sommerjobb slutter senest 27. september.
	{ID: "praksis-sommerjobb-slutt-27-sep-v20210422", Navn: "27. september", Kode: tiltak.Sommerjobb, Fra: "2024-09-01", Til: "2024-09-28",
		Type: GrenseFastSluttgrense, Utfall: regler.IkkeOppfylt, Grensedato: "2024-09-27", Praksis: true, Err: ErrSluttForSent},
	// NAVs praksis: arbeidstrening inntil 18 måneder (27.2.2025).
	{ID: "praksis-arbeidstrening-18-mnd-v20160101", Navn: "18 måneder", Kode: tiltak.Arbeidstrening, Fakta: nedsatt, Fra: "2023-08-31", Til: "2025-02-28",
		Type: GrenseMaksimalVarighet, Utfall: regler.IkkeOppfylt, Lengde: tiltak.AntallManeder(18), Grensedato: "2025-02-27", Praksis: true, Err: ErrForLang},
	// NAVs praksis: VTAO-avtaler kan ikke starte etter 31. august 2026.
	{ID: "praksis-vtao-siste-oppstart-v20160101", Navn: "siste start", Kode: tiltak.VTAO, Fra: "2026-09-01", Til: "2030-01-01",
		Type: GrenseSisteStart, Utfall: regler.IkkeOppfylt, Grensedato: "2026-08-31", Praksis: true, Err: ErrStartForSent},
	// Egenregiforskriften § 4-4: ungdomsgarantien opphører ved fylte 30 år
	// (født 15.3.2000: siste dag 14.3.2030).
	{ID: "er-4-4-v20230701", Navn: "alder ved slutt", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-01-01"), Fodselsdato: d("2000-03-15")},
		Fra: "2024-02-26", Til: "2030-03-15", Type: GrenseAlderVedSlutt, Utfall: regler.IkkeOppfylt, Alder: 30, Grensedato: "2030-03-14", Err: ErrSluttForSent},
	{ID: "er-4-4-v20230701", Navn: "oppstartsfrist", Kode: tiltak.Ungdomsgaranti, Fakta: tiltak.Fakta{RegistrertDato: d("2024-01-01"), Fodselsdato: d("2000-03-15")},
		Fra: "2024-02-27", Til: "2024-06-01", Type: GrenseOppstartsfrist, Utfall: regler.IkkeOppfylt, Lengde: tiltak.AntallUker(8), Grensedato: "2024-02-26", Err: ErrFristOversittet},
}

// TestKontrollerTypedeGrenser: hvert brudd sier hva slags grense det er,
// hvor stor den er, hvor den står og hvilken dag den setter, og errors.Is
// virker som før.
func TestKontrollerTypedeGrenser(t *testing.T) {
	sett := map[Grensetype]bool{}
	for _, tc := range grenseTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			f := tc.Fakta
			brudd, err := Kontroller(tc.Kode, &f, p(tc.Fra, tc.Til), tc.Tidligere)
			if err != nil {
				t.Fatal(err)
			}
			// Bruddet raden gjelder (en periode kan bryte flere grenser).
			var b *Brudd
			for _, x := range brudd {
				if x.Type == tc.Type && x.Praksis == tc.Praksis {
					b = x
				}
			}
			if b == nil {
				t.Fatalf("ingen %s blant %v", tc.Type, brudd)
			}
			type grense struct {
				Type            Grensetype
				Utfall          regler.Utfall
				Lengde          tiltak.Lengde
				Alder           int
				Grensedato      tiltak.Dato
				SisteSluttMulig tiltak.Dato
				Praksis         bool
				Hjemmel         string
			}
			got := grense{b.Type, b.Utfall, b.Lengde, b.Alder, b.Grensedato, b.SisteSluttMulig, b.Praksis, b.Hjemmel.ID}
			want := grense{tc.Type, tc.Utfall, tc.Lengde, tc.Alder, datoOgTom(tc.Grensedato), datoOgTom(tc.Mulig), tc.Praksis, tc.ID}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("[%s] (-want +got):\n%s", tc.ID, diff)
			}
			if !errors.Is(b, tc.Err) {
				t.Errorf("errors.Is(%v, %v) = false", b, tc.Err)
			}
			var bb *Brudd
			if !errors.As(error(b), &bb) || bb != b {
				t.Errorf("errors.As gir ikke bruddet")
			}
			sett[b.Type] = true
		})
	}
	for g := GrenseMaksimalVarighet; g.Gyldig(); g++ {
		if !sett[g] {
			t.Errorf("ingen rad sjekker %s", g)
		}
	}
}

func TestGrensetypeTekst(t *testing.T) {
	for g := GrenseMaksimalVarighet; g.Gyldig(); g++ {
		b, err := g.MarshalText()
		var tilbake Grensetype
		if err != nil || tilbake.UnmarshalText(b) != nil || tilbake != g || g.String() == "ukjent grense" {
			t.Errorf("%d: %q, %v, tilbake %d", g, b, err, tilbake)
		}
	}
	var fe *tiltak.FeltFeil
	for _, g := range []Grensetype{0, GrenseOppstartsfrist + 1, 255} {
		if _, err := g.MarshalText(); !errors.As(err, &fe) || fe.Felt != "type" {
			t.Errorf("%d.MarshalText() = %v", g, err)
		}
		if g.String() != "ukjent grense" && g != 0 {
			t.Errorf("%d.String() = %q", g, g.String())
		}
	}
	var g Grensetype
	if err := g.UnmarshalText([]byte("evig")); !errors.As(err, &fe) {
		t.Errorf("UnmarshalText godtar ukjent ord: %v", err)
	}
	// Et brudd går gjennom JSON med typen som ord.
	brudd, _ := Kontroller(tiltak.Oppfolging, &nedsatt, p("2024-02-29", "2027-08-28"), nil)
	j, err := json.Marshal(brudd[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	_ = json.Unmarshal(j, &m)
	if m["type"] != "maksimal-varighet" || m["utfall"] != "ma-vurderes" || m["lengde"] != "P3Y" || m["grensedato"] != "2027-02-27" || m["siste_slutt_mulig"] != "2027-08-28" {
		t.Errorf("JSON: %s", j)
	}
}

// TestBruddEqual: go-cmp sammenligner brudd uten tilvalg (Err er en
// vaktverdi med ueksporterte felt).
func TestBruddEqual(t *testing.T) {
	a, _ := Kontroller(tiltak.Sommerjobb, nil, p("2024-08-31", "2024-09-28"), nil)
	b, _ := Kontroller(tiltak.Sommerjobb, nil, p("2024-08-31", "2024-09-28"), nil)
	c, _ := Kontroller(tiltak.Sommerjobb, nil, p("2024-08-31", "2024-09-29"), nil)
	if !cmp.Equal(a, b) || cmp.Equal(a, c) || cmp.Diff(a, c) == "" {
		t.Errorf("cmp: lik %v, ulik %v", cmp.Equal(a, b), !cmp.Equal(a, c))
	}
}

// praksisTilfelle er én rad for valgene: ID er paragrafen som har
// forlengelsen for nedsatt arbeidsevne.
type praksisTilfelle struct {
	ID      string
	Navn    string
	Kode    tiltak.Kode
	Fakta   tiltak.Fakta
	Start   string
	Praksis bool
	Slutt   string // SisteSluttOppfylt
	Mulig   string // SisteSluttMulig
	Mangler tiltak.Faktasett
	Utledet tiltak.Arbeidsevne
}

var (
	veiledningNedsatt = tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	godeMuligheter    = tiltak.Fakta{Innsatsgruppe: tiltak.GodeMuligheter}
	arbeidsevne       = tiltak.FaktasettAv(tiltak.FaktumArbeidsevne)
)

var praksisTilfeller = []praksisTilfelle{
	// § 9-4 (fra 2019): ett år, to ved nedsatt arbeidsevne. 15.1.2025 → 14.1.2026 / 14.1.2027.
	{ID: "tf-9-4-v20190701", Navn: "innsatsgruppe uten praksis", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: veiledningNedsatt, Start: "2025-01-15",
		Slutt: "2026-01-14", Mulig: "2027-01-14", Mangler: arbeidsevne},
	{ID: "tf-9-4-v20190701", Navn: "innsatsgruppe med praksis", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: veiledningNedsatt, Start: "2025-01-15", Praksis: true,
		Slutt: "2027-01-14", Mulig: "2027-01-14", Utledet: tiltak.NedsattArbeidsevne},
	{ID: "tf-9-4-v20190701", Navn: "gode muligheter med praksis", Kode: tiltak.MidlertidigLonnstilskudd, Fakta: godeMuligheter, Start: "2025-01-15", Praksis: true,
		Slutt: "2026-01-14", Mulig: "2026-01-14", Utledet: tiltak.IkkeNedsattArbeidsevne},
	// En oppgitt arbeidsevne går foran innsatsgruppen, også med praksis.
	{ID: "tf-9-4-v20190701", Navn: "oppgitt arbeidsevne går foran", Kode: tiltak.MidlertidigLonnstilskudd,
		Fakta: med(veiledningNedsatt, func(f *tiltak.Fakta) { f.Arbeidsevne = tiltak.IkkeNedsattArbeidsevne }), Start: "2025-01-15", Praksis: true,
		Slutt: "2026-01-14", Mulig: "2026-01-14"},
	// Ukjent innsatsgruppe: praksisen har ingenting å utlede fra.
	{ID: "tf-9-4-v20190701", Navn: "ingen innsatsgruppe med praksis", Kode: tiltak.MidlertidigLonnstilskudd, Start: "2025-01-15", Praksis: true,
		Slutt: "2026-01-14", Mulig: "2027-01-14", Mangler: arbeidsevne},
	// § 3-5: arbeidstrening, tolv måneder, 18 ved nedsatt arbeidsevne.
	{ID: "tf-3-5-v20160101", Navn: "arbeidstrening med praksis", Kode: tiltak.Arbeidstrening, Fakta: veiledningNedsatt, Start: "2023-08-31", Praksis: true,
		Slutt: "2025-02-27", Mulig: "2025-02-27", Utledet: tiltak.NedsattArbeidsevne},
	// Varig lønnstilskudd leser ikke arbeidsevnen i varighetsregelen.
	{ID: "tf-10-7-v20160101", Navn: "varig lønnstilskudd", Kode: tiltak.VarigLonnstilskudd, Fakta: veiledningNedsatt, Start: "2025-01-15", Praksis: true},
}

// TestMaksimumMedPraksis: NAVs utledning av nedsatt arbeidsevne fra
// innsatsgruppen brukes bare med Valg.MedPraksis; uten den sier svaret at
// arbeidsevnen mangler.
func TestMaksimumMedPraksis(t *testing.T) {
	for _, tc := range praksisTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			f := tc.Fakta
			r, err := MaksimumMed(tc.Kode, &f, d(tc.Start), regler.Valg{MedPraksis: tc.Praksis})
			if err != nil {
				t.Fatal(err)
			}
			type svar struct {
				MedPraksis   bool
				Slutt, Mulig tiltak.Dato
				Mangler      []tiltak.Faktum
				Utledet      tiltak.Arbeidsevne
				Utledning    bool
			}
			got := svar{r.MedPraksis, r.SisteSluttOppfylt, r.SisteSluttMulig, r.Mangler.Liste(), r.UtledetArbeidsevne, r.Utledning != tiltak.Hjemmel{}}
			want := svar{tc.Praksis, datoOgTom(tc.Slutt), datoOgTom(tc.Mulig), tc.Mangler.Liste(), tc.Utledet, tc.Utledet != tiltak.ArbeidsevneUkjent}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("[%s] (-want +got):\n%s", tc.ID, diff)
			}
			// Kontroller leser faktaene på samme måte: en periode til
			// SisteSluttMulig holder med praksis, og må vurderes uten når
			// arbeidsevnen mangler.
			if !r.SisteSluttMulig.IsZero() {
				brudd, err := KontrollerMed(tc.Kode, &f, tiltak.Periode{Fra: d(tc.Start), Til: r.SisteSluttMulig}, nil, regler.Valg{MedPraksis: tc.Praksis})
				lengde := 0
				for _, b := range brudd {
					if b.Type == GrenseMaksimalVarighet && !b.Praksis {
						lengde++
						if b.Mangler != tc.Mangler || b.Utfall != regler.MaVurderes {
							t.Errorf("brudd %+v, vil ha mangler %v", b, tc.Mangler.Liste())
						}
					}
				}
				if err != nil || (lengde == 1) != (r.SisteSluttMulig != r.SisteSluttOppfylt) {
					t.Errorf("Kontroller til %s: %v, %v", r.SisteSluttMulig, brudd, err)
				}
			}
		})
	}
	if a, h := Arbeidsevne(nil, regler.Valg{MedPraksis: true}); a != tiltak.ArbeidsevneUkjent || h.ID != "" {
		t.Errorf("Arbeidsevne(nil) = %v, %v", a, h)
	}
}

// TestMaksimumManglerSamlet: Resultat.Mangler er alle faktaene som mangler
// for å avgjøre svaret, som Kontroller gir for en periode som trenger alle
// forlengelsene. AFT (§ 13-4): det tredje året bygger på det andre, som
// beror på skjønn. Er opplæringen mot formell kompetanse ja, mangler ingen
// fakta lenger, men lovlaget gir forlengelsen må vurderes til skjønnet er
// utøvd, så SisteSluttOppfylt står på ett år (se Resultat).
func TestMaksimumManglerSamlet(t *testing.T) {
	for _, tc := range []struct {
		ID, Navn     string
		Kode         tiltak.Kode
		Fakta        tiltak.Fakta
		Start        string
		Slutt, Mulig string
		Mangler      tiltak.Faktasett
	}{
		{"tf-13-4-v20260101", "AFT formell kompetanse ukjent", tiltak.AFT, tiltak.Fakta{}, "2026-01-01", "2026-12-31", "2028-12-31",
			tiltak.FaktasettAv(tiltak.FaktumOpplaeringFormellKompetanse)},
		{"tf-13-4-v20260101", "AFT formell kompetanse ja", tiltak.AFT, tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Ja}, "2026-01-01", "2026-12-31", "2028-12-31",
			tiltak.Faktasett{}},
		{"tf-13-4-v20260101", "AFT formell kompetanse nei", tiltak.AFT, tiltak.Fakta{OpplaeringFormellKompetanse: tiltak.Nei}, "2026-01-01", "2026-12-31", "2027-12-31",
			tiltak.Faktasett{}},
		{"tf-4-4-v20160101", "oppfølging uten fakta", tiltak.Oppfolging, tiltak.Fakta{}, "2024-01-01", "2024-06-30", "2027-06-30",
			tiltak.FaktasettAv(tiltak.FaktumArbeidsevne, tiltak.FaktumOvergangSkoleEllerSoning)},
		{"fir-8-v20260801", "fireårig stillingstype ukjent", tiltak.FirearigLonnstilskudd, tiltak.Fakta{}, "2026-08-01", "2028-07-31", "2030-07-31",
			tiltak.FaktasettAv(tiltak.FaktumStillingstype)},
		{"er-4-4-v20230701", "ungdomsgaranti uten fødselsdato", tiltak.Ungdomsgaranti, tiltak.Fakta{}, "2024-01-01", "", "",
			tiltak.FaktasettAv(tiltak.FaktumFodselsdato)},
	} {
		r := mustMaksimum(t, tc.Kode, tc.Fakta, tc.Start)
		if r.SisteSluttOppfylt != datoOgTom(tc.Slutt) || r.SisteSluttMulig != datoOgTom(tc.Mulig) || r.Mangler != tc.Mangler {
			t.Errorf("[%s] %s: %s/%s, mangler %v; vil ha %s/%s, %v", tc.ID, tc.Navn, r.SisteSluttOppfylt, r.SisteSluttMulig, r.Mangler.Liste(), tc.Slutt, tc.Mulig, tc.Mangler.Liste())
		}
		if tc.Mulig == "" {
			continue
		}
		brudd, _ := Kontroller(tc.Kode, &tc.Fakta, p(tc.Start, tc.Mulig), nil)
		if tc.Slutt != tc.Mulig && (len(brudd) != 1 || brudd[0].Mangler != tc.Mangler) {
			t.Errorf("[%s] %s: Kontroller til %s gir %v", tc.ID, tc.Navn, tc.Mulig, brudd)
		}
	}
}

// TestIkkeModellertLikt: Maksimum for et tiltak uten regel på datoen gir
// feilen og det samme flaggede resultatet som AppendMaksimumAlle.
func TestIkkeModellertLikt(t *testing.T) {
	for _, tc := range []struct {
		ID    string
		Kode  tiltak.Kode
		Start string
	}{
		{"tf-8-7-v20160101", tiltak.BedriftsinternOpplaering, "2026-08-01"}, // kapittel 8 opphevet
		{"fir-8-v20260801", tiltak.FirearigLonnstilskudd, "2026-07-31"},     // før forsøket
		{"tf-2-4-v20160101", tiltak.Avklaring, "2015-12-31"},                // før forskriften
	} {
		for _, valg := range []regler.Valg{{}, {MedPraksis: true}} {
			r, err := MaksimumMed(tc.Kode, nil, d(tc.Start), valg)
			alle, aerr := AppendMaksimumAlle(nil, nil, d(tc.Start), valg)
			if !errors.Is(err, ErrIkkeModellert) || aerr != nil {
				t.Fatalf("[%s] %v, %v", tc.ID, err, aerr)
			}
			i, _ := tc.Kode.Posisjon()
			if diff := cmp.Diff(alle[i], r, resultatLik); diff != "" || !r.IkkeModellert || r.MedPraksis != valg.MedPraksis {
				t.Errorf("[%s] Maksimum og AppendMaksimumAlle ulike (-alle +maksimum):\n%s", tc.ID, diff)
			}
			if r.Feil() == nil || r.Feil().Error() != err.Error() || alle[i].Feil().Error() != err.Error() {
				t.Errorf("[%s] Feil() = %v, vil ha %v", tc.ID, r.Feil(), err)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Errorf("[%s] JSON: %v", tc.ID, err)
			}
		}
	}
	var r Resultat
	if r.Feil() != nil {
		t.Error("Feil() uten IkkeModellert")
	}
	// Et resultat som er merket ikke modellert for en dato som er modellert,
	// gir likevel en feil.
	r = Resultat{Tiltak: tiltak.Avklaring, Start: d("2024-01-01"), IkkeModellert: true}
	if !errors.Is(r.Feil(), ErrIkkeModellert) {
		t.Errorf("Feil() = %v", r.Feil())
	}
	// Sluttdatoen i valgene kan ikke være før start.
	var fe *tiltak.FeltFeil
	if _, err := MaksimumMed(tiltak.Avklaring, nil, d("2024-01-02"), regler.Valg{Sluttdato: d("2024-01-01")}); !errors.As(err, &fe) || fe.Felt != "sluttdato" {
		t.Errorf("sluttdato før start: %v", err)
	}
}
