package tilskudd

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// readmeFakta er faktaene i README-avsnittet «Bruk fra en Go-tjeneste»:
// innsatsgruppen er trenger veiledning (nedsatt arbeidsevne), men
// arbeidsevnen er ikke vurdert.
var readmeFakta = tiltak.Fakta{
	Fodselsdato:               D("1980-03-03"),
	Innsatsgruppe:             tiltak.TrengerVeiledningNedsattArbeidsevne,
	VanskerMedArbeid:          tiltak.Ja,
	AnsattHosArbeidsgiver:     tiltak.Nei,
	NodvendigOgHensiktsmessig: tiltak.Ja,
}

// TestREADMEEksempel: issue 15 fant at README-eksempelet ga 60 % (prosenten
// fra innsatsgruppen) og ett år (varigheten fra arbeidsevnen). Nå leser
// prosent og varighet de samme faktaene på samme måte, med og uten praksis
// (tf-9-4-v20190701: ett år, to ved nedsatt arbeidsevne; tf-9-5-v20190701:
// 60 % → 50 % ved nedsatt arbeidsevne, 40 % → 30 % ellers).
func TestREADMEEksempel(t *testing.T) {
	dato := D("2025-01-15")
	lonn := NyttLonnsgrunnlag(N("35000"), N("12"), N("2"), N("14.1"))
	for _, tc := range []struct {
		navn         string
		fakta        tiltak.Fakta
		valg         regler.Valg
		slutt, mulig string             // SisteSluttOppfylt og SisteSluttMulig
		mangler      tiltak.Faktasett   // Resultat.Mangler
		prosent      string             // første prosent, eller "" når den mangler
		utledet      tiltak.Arbeidsevne // arbeidsevnen praksis utledet
	}{
		// Forskriften alene: nedsatt arbeidsevne er ukjent for begge. Ett år
		// er sikkert, to år mulig; prosenten kan ikke velges, og begge sier
		// at arbeidsevnen mangler.
		{"uten praksis", readmeFakta, regler.Valg{}, "2026-01-14", "2027-01-14", tiltak.FaktasettAv(tiltak.FaktumArbeidsevne), "", 0},
		// NAVs praksis: begge utleder nedsatt arbeidsevne av innsatsgruppen.
		{"med praksis", readmeFakta, regler.Valg{MedPraksis: true}, "2027-01-14", "2027-01-14", tiltak.Faktasett{}, "60", tiltak.NedsattArbeidsevne},
		// Med arbeidsevnen vurdert er svaret det samme med og uten praksis.
		{"vurdert, uten praksis", medArbeidsevne(readmeFakta, tiltak.NedsattArbeidsevne), regler.Valg{}, "2027-01-14", "2027-01-14", tiltak.Faktasett{}, "60", 0},
		{"vurdert, med praksis", medArbeidsevne(readmeFakta, tiltak.NedsattArbeidsevne), regler.Valg{MedPraksis: true}, "2027-01-14", "2027-01-14", tiltak.Faktasett{}, "60", 0},
		// Vurdert ikke nedsatt går foran innsatsgruppen, også med praksis.
		{"ikke nedsatt, med praksis", medArbeidsevne(readmeFakta, tiltak.IkkeNedsattArbeidsevne), regler.Valg{MedPraksis: true}, "2026-01-14", "2026-01-14", tiltak.Faktasett{}, "40", 0},
	} {
		t.Run(tc.navn, func(t *testing.T) {
			m, err := varighet.MaksimumMed(tiltak.MidlertidigLonnstilskudd, &tc.fakta, dato, tc.valg)
			if err != nil {
				t.Fatal(err)
			}
			if m.SisteSluttOppfylt != D(tc.slutt) || m.SisteSluttMulig != D(tc.mulig) || m.Mangler != tc.mangler || m.UtledetArbeidsevne != tc.utledet {
				t.Errorf("varighet: %s/%s mangler %v utledet %v", m.SisteSluttOppfylt, m.SisteSluttMulig, m.Mangler.Liste(), m.UtledetArbeidsevne)
			}
			a := Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: tiltak.Periode{Fra: dato, Til: m.SisteSluttMulig},
				Arbeidsevne: tc.fakta.Arbeidsevne, Innsatsgruppe: tc.fakta.Innsatsgruppe}
			plan, err := NySatsplanMed(a, tc.valg)
			b, berr := BeregnAvtaleMed(Avtalegrunnlag{Avtale: Avtale{Tiltak: a.Tiltak, Periode: tiltak.Periode{Fra: dato, Til: m.SisteSluttOppfylt}},
				Fakta: tc.fakta, Lonn: lonn}, tc.valg)
			if tc.prosent == "" {
				// Det som mangler, er det varigheten sier mangler.
				var fe, bfe *tiltak.FeltFeil
				if !errors.Is(err, ErrUkjentFaktum) || !errors.As(err, &fe) || fe.Felt != tc.mangler.Liste()[0].String() ||
					!errors.As(berr, &bfe) || bfe.Felt != "avtale."+fe.Felt {
					t.Errorf("prosent uten arbeidsevne: %v; BeregnAvtale: %v", err, berr)
				}
				return
			}
			if err != nil || berr != nil {
				t.Fatalf("%v; %v", err, berr)
			}
			if !plan.Trinn[0].Prosent.Equal(N(tc.prosent)) || !b.Satsplan.Trinn[0].Prosent.Equal(N(tc.prosent)) {
				t.Errorf("prosent %v / %v, vil ha %s", plan.Trinn[0].Prosent, b.Satsplan.Trinn[0].Prosent, tc.prosent)
			}
			// Satsplanen og varigheten navngir den samme praksisen.
			if (tc.utledet != 0) != (len(plan.Praksis) > 0 && plan.Praksis[0] == m.Utledning) || b.Varighet.Utledning != m.Utledning {
				t.Errorf("praksis i planen %v, i varigheten %v", plan.Praksis, m.Utledning)
			}
		})
	}
}

// medArbeidsevne gir faktaene med arbeidsevnen satt.
func medArbeidsevne(f tiltak.Fakta, a tiltak.Arbeidsevne) tiltak.Fakta {
	f.Arbeidsevne = a
	return f
}

// TestBeregnAvtaleMedPraksis: avtalene fra TestBeregnAvtaleVarighet med
// bare innsatsgruppen, med NAVs praksis (tf-9-4-v20190701 og
// praksis-midl-innsatsgruppe): både prosenten og varigheten utleder nedsatt
// arbeidsevne, så to år holder med 60 %.
func TestBeregnAvtaleMedPraksis(t *testing.T) {
	nedsattUkjent := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	praksis := regler.Valg{MedPraksis: true}
	for _, r := range []struct {
		id, navn string
		til      string
		err      error
		grense   string // Brudd.Grensedato
		perioder int
	}{
		{"tf-9-4-v20190701", "ett år", "2026-01-14", nil, "", 13},
		{"tf-9-4-v20190701", "to år", "2027-01-14", nil, "", 26},
		{"tf-9-4-v20190701", "to år og én dag", "2027-01-15", varighet.ErrForLang, "2027-01-14", 0},
	} {
		g := avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", r.til, nedsattUkjent)
		got, err := BeregnAvtaleMed(g, praksis)
		if r.err != nil {
			var b *varighet.Brudd
			if !errors.Is(err, r.err) || !errors.As(err, &b) || b.Grensedato != D(r.grense) || b.Type != varighet.GrenseMaksimalVarighet || b.Lengde != tiltak.AntallAr(2) {
				t.Errorf("[%s] %s: %v", r.id, r.navn, err)
			}
			continue
		}
		if err != nil || len(got.Perioder) != r.perioder || !got.Satsplan.Trinn[0].Prosent.Equal(N("60")) ||
			got.Varighet.UtledetArbeidsevne != tiltak.NedsattArbeidsevne || !got.Varighet.MedPraksis {
			t.Errorf("[%s] %s: %d perioder, %v", r.id, r.navn, len(got.Perioder), err)
		}
	}
	// Satstidslinjen leser prosenten på samme måte.
	a := Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2025-01-15", "2027-01-14"), Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	if _, err := Satstidslinje(a); !errors.Is(err, ErrUkjentFaktum) {
		t.Errorf("Satstidslinje uten praksis: %v", err)
	}
	if s, err := SatstidslinjeMed(a, praksis); err != nil || !s[0].Prosent.Decimal.Equal(N("60")) {
		t.Errorf("SatstidslinjeMed med praksis: %v %v", s, err)
	}
}

// TestUtfallITilskudd: svarene med tre utfall er regler.Utfall
// (tf-8-6-v20210422 femte ledd, tf-11-4-v20160101, ftrl-12-14-l1-v20150101).
func TestUtfallITilskudd(t *testing.T) {
	for _, r := range []struct {
		id   string
		perm tiltak.Svar
		want regler.Utfall
	}{
		{"tf-8-6-v20210422", tiltak.Nei, regler.Oppfylt},
		{"tf-8-6-v20210422", tiltak.Ja, regler.IkkeOppfylt},
		{"tf-8-6-v20210422", tiltak.Ukjent, regler.MaVurderes},
	} {
		v, err := SommerjobbKanInnvilges(r.perm, D("2025-06-01"))
		if err != nil || v.Utfall != r.want || (r.want == regler.MaVurderes) == v.Mangler.Tom() {
			t.Errorf("[%s] %v: %+v %v", r.id, r.perm, v, err)
		}
	}
	for _, r := range []struct {
		id    string
		sum   string
		utfal regler.Utfall
	}{
		{"tf-11-4-v20160101", "1", regler.Oppfylt},
		{"tf-11-4-v20160101", "100000000", regler.IkkeOppfylt},
	} {
		k, err := SjekkInkluderingstilskudd(D("2024-06-01"), []decimal.Decimal{N(r.sum)})
		if err != nil || k.Utfall != r.utfal {
			t.Errorf("[%s] %s: %+v %v", r.id, r.sum, k, err)
		}
	}
}

// TestIkkeModellertITilskudd: ikke modellert er den samme feilen i alle tre
// pakkene, og den konkrete feilen er en *IkkeModellertFeil som navngir
// tiltaket og datoen, pakket i en *tiltak.FeltFeil som navngir feltet.
func TestIkkeModellertITilskudd(t *testing.T) {
	if ErrIkkeModellert != regler.ErrIkkeModellert || ErrIkkeModellert != varighet.ErrIkkeModellert {
		t.Fatal("ErrIkkeModellert er ikke den samme verdien i regler, varighet og tilskudd")
	}
	for _, r := range []struct {
		navn string
		err  func() error
		felt string
	}{
		{"satsplan før forskriften", func() error {
			_, err := NySatsplan(Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2015-12-01", "2015-12-31"), Arbeidsevne: tiltak.NedsattArbeidsevne})
			return err
		}, "periode.fra"},
		{"satsplan for arbeidstrening", func() error {
			_, err := NySatsplan(Avtale{Tiltak: tiltak.Arbeidstrening, Periode: P("2024-01-01", "2024-01-31")})
			return err
		}, "tiltak"},
		{"VTAO har ingen prosentplan", func() error {
			_, err := NySatsplan(Avtale{Tiltak: tiltak.VTAO, Periode: P("2024-01-01", "2024-01-31")})
			return err
		}, "tiltak"},
		{"dekker ikke en kostnadsliste", func() error { _, err := Dekker(tiltak.VarigLonnstilskudd, D("2024-01-01")); return err }, "tiltak"},
		{"stopp uten kilde", func() error {
			_, err := Stopp(tiltak.Sommerjobb, Stopphendelse{Type: Permittering, Dato: D("2024-06-10")})
			return err
		}, "hendelse.type"},
		{"sommerjobb før ordningen", func() error { _, err := SommerjobbKanInnvilges(tiltak.Nei, D("2021-04-21")); return err }, "dato"},
		{"uføregrense før 2015", func() error {
			_, err := Inntektsgrense(UforeInput{Dato: D("2014-01-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Nei})
			return err
		}, "dato"},
		{"avtale før forskriften", func() error {
			_, err := BeregnAvtale(Avtalegrunnlag{Avtale: Avtale{Tiltak: tiltak.MidlertidigLonnstilskudd, Periode: P("2015-12-31", "2016-06-30"), AvtaltProsent: NP("50")},
				Fakta: tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}, Lonn: standardsatser})
			return err
		}, "avtale.periode.fra"},
	} {
		err := r.err()
		var ikm *IkkeModellertFeil
		var fe *tiltak.FeltFeil
		if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &ikm) || ikm.Grunn == "" || !errors.As(err, &fe) || fe.Felt != r.felt {
			t.Errorf("%s: %v (felt %v)", r.navn, err, fe)
		}
	}
}

// TestVokabularCmp: svarene med Utfall sammenlignes med go-cmp uten tilvalg.
func TestVokabularCmp(t *testing.T) {
	a, _ := SommerjobbKanInnvilges(tiltak.Nei, D("2025-06-01"))
	b, _ := SommerjobbKanInnvilges(tiltak.Ja, D("2025-06-01"))
	if cmp.Equal(a, b) || !cmp.Equal(a, a) {
		t.Error("cmp på Sommerjobbvurdering")
	}
}
