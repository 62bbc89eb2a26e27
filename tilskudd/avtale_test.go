package tilskudd

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	reglerpkg "github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

func avtalegrunnlag(kode tiltak.Kode, fra, til string, f tiltak.Fakta) Avtalegrunnlag {
	return Avtalegrunnlag{Avtale: Avtale{Tiltak: kode, Periode: P(fra, til)}, Fakta: f, Lonn: standardsatser}
}

// TestBeregnAvtaleVarighet: issue 13 punkt 4. Avtalen sjekkes mot maksimal
// varighet før plan og perioder regnes, med grensene på begge sider. id er
// varighetsregelen; plan er paragrafversjonen satsplanen bygger på og
// prosent den første prosenten i planen. Antall perioder er én per
// kalendermåned, pluss én når et trinn begynner midt i en måned.
func TestBeregnAvtaleVarighet(t *testing.T) {
	veiledning := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledning, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne}
	nedsattUkjent := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	nedsatt := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, Arbeidsevne: tiltak.NedsattArbeidsevne}
	bareEvne := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	motstrid := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne}
	fast := tiltak.Fakta{Stillingstype: tiltak.FastStilling}
	medProsent := func(g Avtalegrunnlag, p string) Avtalegrunnlag { g.Avtale.AvtaltProsent = NP(p); return g }
	const midl, v19, v16 = tiltak.MidlertidigLonnstilskudd, "tf-9-5-v20190701", "tf-9-5-v20160101"
	for _, r := range []struct {
		id, navn string
		g        Avtalegrunnlag
		err      error  // nil: gyldig
		felt     string // feltet i feilen
		tillatt  string // Brudd.Tillatt
		perioder int
		plan     string // Satsplan.Versjon
		prosent  string // første trinns prosent
	}{
		// 15.01.2025 + 1 år − 1 dag = 14.01.2026. 14 perioder: 13 måneder og
		// juli delt ved trinnet 15.07.2025 (40 → 30).
		{"tf-9-4-v20190701", "ett år: siste dag", avtalegrunnlag(midl, "2025-01-15", "2026-01-14", veiledning), nil, "", "", 14, v19, "40"},
		{"tf-9-4-v20190701", "ett år og én dag", avtalegrunnlag(midl, "2025-01-15", "2026-01-15", veiledning), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0, "", ""},
		{"tf-9-4-v20190701", "til 9999-12-31 (issue 13)", avtalegrunnlag(midl, "2025-01-15", "9999-12-31", veiledning), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0, "", ""},
		// To år: 26 perioder (25 måneder, januar 2026 delt ved 60 → 50).
		{"tf-9-4-v20190701", "to år ved nedsatt arbeidsevne", avtalegrunnlag(midl, "2025-01-15", "2027-01-14", nedsatt), nil, "", "", 26, v19, "60"},
		{"tf-9-4-v20190701", "to år og én dag ved nedsatt arbeidsevne", avtalegrunnlag(midl, "2025-01-15", "2027-01-15", nedsatt), varighet.ErrForLang, "avtale.periode.til", "2027-01-14", 0, "", ""},
		// Bare innsatsgruppen, uten praksis: verken prosenten eller
		// varigheten leser innsatsgruppen, og prosenten sier at arbeidsevnen
		// mangler (TestBeregnAvtaleMedPraksis har de samme avtalene med
		// praksis).
		{"tf-9-4-v20190701", "arbeidsevnen ukjent: ett år, prosenten mangler", avtalegrunnlag(midl, "2025-01-15", "2026-01-14", nedsattUkjent), ErrUkjentFaktum, "avtale.arbeidsevne", "", 0, "", ""},
		{"tf-9-4-v20190701", "arbeidsevnen ukjent: to år, prosenten mangler", avtalegrunnlag(midl, "2025-01-15", "2027-01-14", nedsattUkjent), ErrUkjentFaktum, "avtale.arbeidsevne", "", 0, "", ""},
		// Med en avtalt prosent lik en variants startprosent er prosenten
		// gitt; varigheten over ett år må da vurderes (arbeidsevnen mangler).
		{"tf-9-4-v20190701", "arbeidsevnen ukjent, avtalt 60: to år må vurderes", medProsent(avtalegrunnlag(midl, "2025-01-15", "2027-01-14", nedsattUkjent), "60"), varighet.ErrMaVurderes, "avtale.periode.til", "2026-01-14", 0, "", ""},
		{"tf-9-4-v20190701", "arbeidsevnen ukjent, avtalt 60: over to år er for lang", medProsent(avtalegrunnlag(midl, "2025-01-15", "2027-01-15", nedsattUkjent), "60"), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0, "", ""},
		// Arbeidsevnen i faktaene gir prosenten også uten innsatsgruppe, og
		// går foran innsatsgruppen: satsplan og varighet leser den samme.
		{"tf-9-4-v20190701", "bare arbeidsevnen i faktaene: 60 %", avtalegrunnlag(midl, "2025-01-15", "2027-01-14", bareEvne), nil, "", "", 26, v19, "60"},
		{"tf-9-4-v20190701", "arbeidsevnen går foran innsatsgruppen: 40 % og ett år", avtalegrunnlag(midl, "2025-01-15", "2026-01-14", motstrid), nil, "", "", 14, v19, "40"},
		{"tf-9-4-v20190701", "arbeidsevnen går foran innsatsgruppen: to år er for lang", avtalegrunnlag(midl, "2025-01-15", "2027-01-14", motstrid), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0, "", ""},
		// Skiftet 1. juli 2019: 2016-teksten (ett år, 50 % avtalt) og
		// 2019-teksten (ett år, 40 % → 30 % fra 01.01.2020).
		{"tf-9-6-v20160101", "start 30. juni 2019: 2016-teksten", medProsent(avtalegrunnlag(midl, "2019-06-30", "2020-06-29", veiledning), "50"), nil, "", "", 13, v16, "50"},
		{"tf-9-4-v20190701", "start 1. juli 2019: 2019-teksten", avtalegrunnlag(midl, "2019-07-01", "2020-06-30", veiledning), nil, "", "", 12, v19, "40"},
		{"tf-9-4-v20190701", "2020: modellert etter 2019-teksten", medProsent(avtalegrunnlag(midl, "2020-01-01", "2020-06-30", veiledning), "40"), nil, "", "", 6, v19, "40"},
		{"tf-9-6-v20160101", "før tiltaksforskriften", medProsent(avtalegrunnlag(midl, "2015-12-31", "2016-06-30", veiledning), "50"), ErrIkkeModellert, "avtale.periode.fra", "", 0, "", ""},
		{"tf-10-7-v20160101", "varig lønnstilskudd er ikke tidsbegrenset", medProsent(avtalegrunnlag(tiltak.VarigLonnstilskudd, "2025-01-01", "2030-12-31", tiltak.Fakta{}), "75"), nil, "", "", 72, "tf-10-7-v20160101", "75"},
		{"tf-8-4-v20210422", "sommerjobb fire uker", medProsent(avtalegrunnlag(tiltak.Sommerjobb, "2025-06-16", "2025-07-13", tiltak.Fakta{}), "50"), nil, "", "", 2, "tf-8-6-v20210422", "50"},
		{"tf-8-4-v20210422", "sommerjobb fire uker og én dag", medProsent(avtalegrunnlag(tiltak.Sommerjobb, "2025-06-16", "2025-07-14", tiltak.Fakta{}), "50"), varighet.ErrForLang, "avtale.periode.til", "2025-07-13", 0, "", ""},
		{"tf-8-4-v20210422", "sommerjobb med nedsatt arbeidsevne i faktaene: 75 %", avtalegrunnlag(tiltak.Sommerjobb, "2025-06-16", "2025-07-13", bareEvne), nil, "", "", 2, "tf-8-6-v20210422", "75"},
		// Fireårig: inntil fire år (fir § 8); 01.08.2026 + 4 år − 1 dag =
		// 31.07.2030. NySatsplan sjekker ikke dette, BeregnAvtale gjør.
		{"fir-8-v20260801", "fireårig fire år", avtalegrunnlag(tiltak.FirearigLonnstilskudd, "2026-08-01", "2030-07-31", fast), nil, "", "", 48, "fir-7-v20260801", "70"},
		{"fir-8-v20260801", "fireårig fire år og én dag", avtalegrunnlag(tiltak.FirearigLonnstilskudd, "2026-08-01", "2030-08-01", fast), varighet.ErrForLang, "avtale.periode.til", "2030-07-31", 0, "", ""},
	} {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			got, err := BeregnAvtale(r.g)
			if r.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Perioder) != r.perioder || got.Satsplan == nil || got.Maned == nil || got.Varighet.Tiltak != r.g.Avtale.Tiltak {
					t.Fatalf("%d perioder (vil ha %d), %+v", len(got.Perioder), r.perioder, got)
				}
				if got.Varighet.Hjemmel.ID != r.id || got.Satsplan.Versjon != r.plan || !got.Satsplan.Trinn[0].Prosent.Equal(N(r.prosent)) {
					t.Errorf("varighet %s, plan %s, første prosent %v; vil ha %s, %s, %s",
						got.Varighet.Hjemmel.ID, got.Satsplan.Versjon, got.Satsplan.Trinn[0].Prosent, r.id, r.plan, r.prosent)
				}
				// Samme som NySatsplan + Tilskuddsperioder med fakta flyttet
				// inn i avtalen.
				a := r.g.Avtale
				if a.Innsatsgruppe == 0 {
					a.Innsatsgruppe = r.g.Fakta.Innsatsgruppe
				}
				if a.Arbeidsevne == 0 {
					a.Arbeidsevne = r.g.Fakta.Arbeidsevne
				}
				plan, _ := NySatsplan(a)
				p, _ := Tilskuddsperioder(plan, r.g.Lonn, r.g.Avrunding)
				if diff := cmp.Diff(p, got.Perioder); diff != "" {
					t.Errorf("perioder (-Tilskuddsperioder +BeregnAvtale):\n%s", diff)
				}
				return
			}
			sjekkFeil(t, err, r.err, r.felt)
			if r.err == ErrUkjentFaktum {
				return
			}
			if r.err == ErrIkkeModellert {
				if !errors.Is(err, varighet.ErrIkkeModellert) {
					t.Errorf("vil også matche varighet.ErrIkkeModellert: %v", err)
				}
				return
			}
			var b *varighet.Brudd
			if !errors.As(err, &b) || b.Grensedato != D(r.tillatt) || b.Hjemmel.ID != r.id || b.Grense == "" {
				t.Fatalf("brudd %+v", b)
			}
			if r.err == varighet.ErrMaVurderes {
				if !b.Mangler.Har(tiltak.FaktumArbeidsevne) || len(b.Apne) == 0 || b.Apne[0].Utfall() != reglerpkg.MaVurderes {
					t.Errorf("må vurderes skal liste vilkåret og faktumet som mangler: %+v", b)
				}
			}
		})
	}
}

// TestBeregnAvtaleFeil: feltene i feilene har prefiks etter hvor de står i
// Avtalegrunnlag, og manglende lønn er en feil (issue 13 punkt 3).
func TestBeregnAvtaleFeil(t *testing.T) {
	ok := avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2025-12-31", tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledning, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne})
	for _, r := range []struct {
		navn string
		endr func(*Avtalegrunnlag)
		err  error
		felt string
	}{
		{"lønn mangler", func(g *Avtalegrunnlag) { g.Lonn = Lonnsgrunnlag{} }, ErrMangler, "lonn.manedslonn"},
		{"OTP mangler", func(g *Avtalegrunnlag) { g.Lonn.OTPProsent = decimal.NullDecimal{} }, ErrMangler, "lonn.otp_prosent"},
		{"negativ lønn", func(g *Avtalegrunnlag) { g.Lonn.Manedslonn = NP("-1") }, ErrUgyldigBelop, "lonn.manedslonn"},
		{"ulik innsatsgruppe", func(g *Avtalegrunnlag) { g.Avtale.Innsatsgruppe = tiltak.JobbeDelvis }, ErrUkjentFaktum, "avtale.innsatsgruppe"},
		// Uten arbeidsevne kan prosenten ikke velges (§ 9-5 tredje ledd
		// skiller på nedsatt arbeidsevne); uten praksis gjelder det også når
		// innsatsgruppen er kjent.
		{"innsatsgruppe og arbeidsevne mangler", func(g *Avtalegrunnlag) { g.Fakta.Innsatsgruppe, g.Fakta.Arbeidsevne = 0, 0 }, ErrUkjentFaktum, "avtale.arbeidsevne"},
		{"bare innsatsgruppe uten praksis", func(g *Avtalegrunnlag) { g.Fakta.Arbeidsevne = 0 }, ErrUkjentFaktum, "avtale.arbeidsevne"},
		{"sluttdato ulik avtalen", func(g *Avtalegrunnlag) {}, tiltak.ErrUgyldigDato, "sluttdato"},
		{"ulik arbeidsevne", func(g *Avtalegrunnlag) {
			g.Avtale.Arbeidsevne, g.Fakta.Arbeidsevne = tiltak.NedsattArbeidsevne, tiltak.IkkeNedsattArbeidsevne
		}, ErrUkjentFaktum, "avtale.arbeidsevne"},
		{"ugyldige fakta", func(g *Avtalegrunnlag) { g.Fakta.Fodselsdato = D("1800-01-01") }, tiltak.ErrUgyldigFaktum, "fakta.fodselsdato"},
		{"ukjent tiltak", func(g *Avtalegrunnlag) { g.Avtale.Tiltak = "x" }, tiltak.ErrUkjentTiltak, "avtale.tiltak"},
		{"tiltak uten prosentplan", func(g *Avtalegrunnlag) { g.Avtale.Tiltak = tiltak.Arbeidstrening }, ErrIkkeModellert, "avtale.tiltak"},
		{"periode baklengs", func(g *Avtalegrunnlag) { g.Avtale.Periode = P("2025-02-01", "2025-01-01") }, tiltak.ErrUgyldigPeriode, "avtale.periode.til"},
		{"ukjent avrunding", func(g *Avtalegrunnlag) { g.Avrunding = 9 }, ErrUgyldigSats, "avrunding"},
		{"ugyldig tidligere periode", func(g *Avtalegrunnlag) { g.Tidligere = []tiltak.Periode{P("2024-02-01", "2024-01-01")} }, tiltak.ErrUgyldigPeriode, "tidligere[0].til"},
	} {
		g := ok
		r.endr(&g)
		var valg reglerpkg.Valg
		if r.felt == "sluttdato" {
			valg.Sluttdato = D("2025-12-30")
		}
		_, err := BeregnAvtaleMed(g, valg)
		var fe *tiltak.FeltFeil
		if !errors.Is(err, r.err) || !errors.As(err, &fe) || fe.Felt != r.felt {
			t.Errorf("%s: %v (felt %v), vil ha %q (%v)", r.navn, err, fe, r.felt, r.err)
		}
	}
}

// TestBeregnAvtaleVTAO: VTAO har fast sats fra Satser og trenger ingen lønn;
// NAVs praksisgrense for oppstart stopper ikke beregningen, men står i Avvik.
func TestBeregnAvtaleVTAO(t *testing.T) {
	g := Avtalegrunnlag{Avtale: Avtale{Tiltak: tiltak.VTAO, Periode: P("2026-08-15", "2026-12-31")}}
	b, err := BeregnAvtale(g)
	if err != nil || len(b.Perioder) != 5 || !b.Perioder[4].Belop.Equal(N("7321")) || b.Satsplan != nil || len(b.Avvik) != 0 {
		t.Fatalf("tf-14-8-v20161001 VTAO: %+v %v", b, err)
	}
	g.Avtale.Periode = P("2026-09-01", "2026-12-31")
	b, err = BeregnAvtale(g)
	if err != nil || len(b.Avvik) != 1 || !b.Avvik[0].Praksis || !errors.Is(&b.Avvik[0], varighet.ErrStartForSent) {
		t.Fatalf("praksis-vtao-siste-oppstart skal være et avvik: %+v %v", b.Avvik, err)
	}
	// Uten VTAO-sats for 2027 i standardsatsene: feil; med tjenestens sats: svar.
	g.Avtale.Periode = P("2026-12-01", "2027-01-31")
	_, err = BeregnAvtale(g)
	sjekkFeil(t, err, ErrIngenSats, "avtale.periode")
	s, _ := StandardSatser().Med(TabellVTAO, Sats{Fra: D("2027-01-01"), Til: D("2027-12-31"), Belop: N("7500"), Bevis: "testverdi"})
	if b, err := s.BeregnAvtale(g); err != nil || !b.Perioder[1].Belop.Equal(N("7500")) {
		t.Errorf("tf-14a-7-v20260901 med tjenestens sats: %+v %v", b.Perioder, err)
	}
}
