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
// varighet før plan og perioder regnes, med grensene på begge sider.
func TestBeregnAvtaleVarighet(t *testing.T) {
	veiledning := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledning, Arbeidsevne: tiltak.IkkeNedsattArbeidsevne}
	nedsattUkjent := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	nedsatt := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, Arbeidsevne: tiltak.NedsattArbeidsevne}
	for _, r := range []struct {
		id, navn string
		g        Avtalegrunnlag
		err      error  // nil: gyldig
		felt     string // feltet i feilen
		tillatt  string // Brudd.Tillatt
		perioder int
	}{
		{"tf-9-varighet", "ett år: siste dag", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2026-01-14", veiledning), nil, "", "", 14},
		{"tf-9-varighet", "ett år og én dag", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2026-01-15", veiledning), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0},
		{"tf-9-varighet", "til 9999-12-31 (issue 13)", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "9999-12-31", veiledning), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0},
		{"tf-9-varighet", "to år ved nedsatt arbeidsevne", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2027-01-14", nedsatt), nil, "", "", 26},
		{"tf-9-varighet", "to år og én dag ved nedsatt arbeidsevne", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2027-01-15", nedsatt), varighet.ErrForLang, "avtale.periode.til", "2027-01-14", 0},
		{"tf-9-varighet", "arbeidsevnen ukjent: ett år holder", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2026-01-14", nedsattUkjent), nil, "", "", 13},
		{"tf-9-varighet", "arbeidsevnen ukjent: to år må vurderes", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2027-01-14", nedsattUkjent), varighet.ErrMaVurderes, "avtale.periode.til", "2026-01-14", 0},
		{"tf-9-varighet", "arbeidsevnen ukjent: over to år er for lang", avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2027-01-15", nedsattUkjent), varighet.ErrForLang, "avtale.periode.til", "2026-01-14", 0},
		{"tf-10-7-sats", "varig lønnstilskudd er ikke tidsbegrenset", func() Avtalegrunnlag {
			g := avtalegrunnlag(tiltak.VarigLonnstilskudd, "2025-01-01", "2030-12-31", tiltak.Fakta{})
			g.Avtale.AvtaltProsent = NP("75")
			return g
		}(), nil, "", "", 72},
		{"tf-8-sats", "sommerjobb fire uker", func() Avtalegrunnlag {
			g := avtalegrunnlag(tiltak.Sommerjobb, "2025-06-16", "2025-07-13", tiltak.Fakta{})
			g.Avtale.AvtaltProsent = NP("50")
			return g
		}(), nil, "", "", 2},
		{"tf-8-sats", "sommerjobb fire uker og én dag", func() Avtalegrunnlag {
			g := avtalegrunnlag(tiltak.Sommerjobb, "2025-06-16", "2025-07-14", tiltak.Fakta{})
			g.Avtale.AvtaltProsent = NP("50")
			return g
		}(), varighet.ErrForLang, "avtale.periode.til", "2025-07-13", 0},
		{"tf-9-6-varighet-v2016", "varigheten 2019–2020 er ikke modellert", func() Avtalegrunnlag {
			g := avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2020-01-01", "2020-06-30", veiledning)
			g.Avtale.AvtaltProsent = NP("40")
			return g
		}(), ErrIkkeModellert, "avtale.periode.fra", "", 0},
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
				// Samme som NySatsplan + Tilskuddsperioder.
				a := r.g.Avtale
				if a.Innsatsgruppe == 0 {
					a.Innsatsgruppe = r.g.Fakta.Innsatsgruppe
				}
				plan, _ := NySatsplan(a)
				p, _ := Tilskuddsperioder(plan, r.g.Lonn, r.g.Avrunding)
				if diff := cmp.Diff(p, got.Perioder); diff != "" {
					t.Errorf("perioder (-Tilskuddsperioder +BeregnAvtale):\n%s", diff)
				}
				return
			}
			sjekkFeil(t, err, r.err, r.felt)
			if r.err == ErrIkkeModellert {
				if !errors.Is(err, varighet.ErrIkkeModellert) {
					t.Errorf("vil også matche varighet.ErrIkkeModellert: %v", err)
				}
				return
			}
			var b *varighet.Brudd
			if !errors.As(err, &b) || b.Tillatt != D(r.tillatt) || b.Hjemmel.ID == "" || b.Grense == "" {
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
	ok := avtalegrunnlag(tiltak.MidlertidigLonnstilskudd, "2025-01-15", "2025-12-31", tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledning})
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
		{"innsatsgruppe mangler", func(g *Avtalegrunnlag) { g.Fakta.Innsatsgruppe = 0 }, ErrUkjentFaktum, "avtale.innsatsgruppe"},
		{"ugyldige fakta", func(g *Avtalegrunnlag) { g.Fakta.Fodselsdato = D("1800-01-01") }, tiltak.ErrUgyldigFaktum, "fakta.fodselsdato"},
		{"ukjent tiltak", func(g *Avtalegrunnlag) { g.Avtale.Tiltak = "x" }, tiltak.ErrUkjentTiltak, "avtale.tiltak"},
		{"tiltak uten prosentplan", func(g *Avtalegrunnlag) { g.Avtale.Tiltak = tiltak.Arbeidstrening }, ErrIkkeModellert, "avtale.tiltak"},
		{"periode baklengs", func(g *Avtalegrunnlag) { g.Avtale.Periode = P("2025-02-01", "2025-01-01") }, tiltak.ErrUgyldigPeriode, "avtale.periode.til"},
		{"ukjent avrunding", func(g *Avtalegrunnlag) { g.Avrunding = 9 }, ErrUgyldigSats, "avrunding"},
		{"ugyldig tidligere periode", func(g *Avtalegrunnlag) { g.Tidligere = []tiltak.Periode{P("2024-02-01", "2024-01-01")} }, tiltak.ErrUgyldigPeriode, "tidligere[0].til"},
	} {
		g := ok
		r.endr(&g)
		_, err := BeregnAvtale(g)
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
		t.Fatalf("tf-14-8-sats VTAO: %+v %v", b, err)
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
		t.Errorf("tf-14-8-sats med tjenestens sats: %+v %v", b.Perioder, err)
	}
}
