package regler_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func ExampleVurder() {
	f := &tiltak.Fakta{
		Fodselsdato:               tiltak.MustDato(2000, 3, 1),
		Arbeidstaker:              tiltak.Nei,
		BehovOmfattendeBistand:    tiltak.Ja,
		NodvendigOgHensiktsmessig: tiltak.Ja,
	}
	r, err := regler.Vurder(tiltak.Oppfolging, f, tiltak.MustDato(2025, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Utfall, r.Regelsett.ID())
	for _, p := range r.Spor {
		fmt.Printf("%s (%s): %s\n", p.Vilkar().ID(), p.Vilkar().Hjemmel(), p.Utfall())
	}
	// Output:
	// oppfylt oppfolging-v20250801
	// tf-1-3-l1-v20160101.nodvendig-og-hensiktsmessig (tiltaksforskriften § 1-3 første ledd): oppfylt
	// tf-1-3-l3-v20250801.alder-16 (tiltaksforskriften § 1-3 tredje ledd): oppfylt
	// tf-1-8-v20160101.arbeidstaker (tiltaksforskriften § 1-8): oppfylt
	// tf-4-3-v20160101.behov-omfattende-bistand (tiltaksforskriften § 4-3): oppfylt
}

func ExampleVurder_ikkeModellert() {
	_, err := regler.Vurder(tiltak.Avklaring, nil, tiltak.MustDato(2015, 12, 31))
	var im *regler.IkkeModellertFeil
	fmt.Println(errors.Is(err, regler.ErrIkkeModellert), errors.As(err, &im), im.Tiltak, im.Dato, im.Fra)
	// Output: true true avklaring 2015-12-31 2016-01-01
}

func ExampleResultat_Mangler() {
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(2000, 3, 1)}
	r, _ := regler.Vurder(tiltak.Ungdomsgaranti, f, tiltak.MustDato(2025, 9, 1))
	fmt.Println(r.Utfall, r.Mangler().Liste())
	// Output: må vurderes [bistandsbehov_fastslatt nodvendig_og_hensiktsmessig]
}

func ExampleVurderMed() {
	// NAVs praksis: en avtale kan ikke slutte den dagen deltakeren fyller 72 år.
	f := &tiltak.Fakta{
		Fodselsdato: tiltak.MustDato(1954, 3, 10), LiteArbeidserfaring: tiltak.Ja, Arbeidstaker: tiltak.Nei,
		AnsattHosArbeidsgiver: tiltak.Nei, NodvendigOgHensiktsmessig: tiltak.Ja, Innsatsgruppe: tiltak.TrengerVeiledning,
		DroftetMedAnsattesRepresentanter: tiltak.Ja,
	}
	dato := tiltak.MustDato(2026, 1, 1)
	for _, slutt := range []tiltak.Dato{tiltak.MustDato(2026, 3, 9), tiltak.MustDato(2026, 3, 10)} {
		r, _ := regler.VurderMed(tiltak.Arbeidstrening, f, dato, regler.Valg{MedPraksis: true, Sluttdato: slutt})
		fmt.Println(slutt, r.Utfall)
	}
	// Output:
	// 2026-03-09 oppfylt
	// 2026-03-10 ikke oppfylt
}

func ExampleVurderAlle() {
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(1998, 1, 1), NodvendigOgHensiktsmessig: tiltak.Ja}
	rs, _ := regler.VurderAlle(f, tiltak.MustDato(2026, 7, 31))
	for _, r := range rs[len(rs)-3:] {
		fmt.Println(r.Tiltak, r.Utfall, r.IkkeIKraft)
	}
	// Output:
	// firearig-lonnstilskudd ikke oppfylt true
	// aktivitetsplass må vurderes false
	// sprakpraksis må vurderes false
}

func ExampleVurderAlleTil() {
	// Én buffer per gorutine; resultatene gjelder til bufferen brukes igjen.
	var buf regler.Buffer
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(1990, 1, 1)}
	for _, dato := range []tiltak.Dato{tiltak.MustDato(2024, 1, 1), tiltak.MustDato(2026, 1, 1)} {
		rs, _ := regler.VurderAlleTil(&buf, f, dato, regler.Valg{})
		fmt.Println(dato, len(rs), rs[0].Tiltak, rs[0].Utfall, regler.ManglerAlle(rs).Liste()[:2])
	}
	// Output:
	// 2024-01-01 28 avklaring må vurderes [arbeidsevne uforetrygd]
	// 2026-01-01 28 avklaring må vurderes [arbeidsevne uforetrygd]
}

func ExampleVurderTil() {
	// Ett tiltak om gangen for mange personer, uten allokering etter det
	// første kallet: resultatet gjelder til bufferen brukes igjen.
	var buf regler.Buffer
	for _, f := range []*tiltak.Fakta{
		{Fodselsdato: tiltak.MustDato(1990, 1, 1), Arbeidsevne: tiltak.NedsattArbeidsevne},
		{Fodselsdato: tiltak.MustDato(2012, 1, 1)},
	} {
		r, err := regler.VurderTil(&buf, tiltak.Arbeidstrening, f, tiltak.MustDato(2026, 1, 1), regler.Valg{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(r.Tiltak, r.Utfall, len(r.Spor))
	}
	// Output:
	// arbeidstrening må vurderes 6
	// arbeidstrening ikke oppfylt 6
}

func ExampleKanKombineres() {
	// Avklaring er ikke i listen i § 5-3, men mentor kan likevel gis når det
	// er nødvendig for en person med nedsatt arbeidsevne (andre ledd).
	f := &tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne, MentorNodvendig: tiltak.Ja}
	for _, hoved := range []tiltak.Kode{tiltak.Sommerjobb, tiltak.Avklaring, tiltak.Aktivitetsplass} {
		k, _ := regler.KanKombineres(tiltak.Mentor, hoved, f, tiltak.MustDato(2025, 9, 1))
		fmt.Println(hoved, k.Utfall, k.Hjemmel, k.Hjemmel.ID)
	}
	// Output:
	// sommerjobb oppfylt tiltaksforskriften § 5-3 tf-5-3-v20250801
	// avklaring oppfylt tiltaksforskriften § 5-3 tf-5-3-v20250801
	// aktivitetsplass ikke oppfylt kommunal rutine for praksisplasser (plasstyper og ytelser) seed003-plasstyper-udatert
}

func ExampleDigitalGjennomforing() {
	g, _ := regler.DigitalGjennomforing(tiltak.Avklaring, tiltak.MustDato(2021, 1, 20))
	fmt.Println(g.Utfall, g.SluttUkjent)
	_, err := regler.DigitalGjennomforing(tiltak.Avklaring, tiltak.MustDato(2021, 1, 19))
	fmt.Println(errors.Is(err, regler.ErrIkkeModellert))
	// Output:
	// oppfylt true
	// true
}

func ExampleTiltakspengerCovid() {
	planlagt := tiltak.Periode{Fra: tiltak.MustDato(2021, 1, 4), Til: tiltak.MustDato(2021, 6, 30)}
	for _, dato := range []tiltak.Dato{tiltak.MustDato(2021, 3, 31), tiltak.MustDato(2021, 4, 1)} {
		g, _ := regler.TiltakspengerCovid(dato, planlagt, tiltak.Ja, tiltak.Ja)
		fmt.Println(dato, g.Utfall, g.IKraft)
	}
	// Output:
	// 2021-03-31 oppfylt true
	// 2021-04-01 ikke oppfylt false
}

func ExampleResultat_MarshalJSON() {
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(2009, 5, 10)}
	r, _ := regler.Vurder(tiltak.Avklaring, f, tiltak.MustDato(2025, 5, 9))
	b, _ := json.Marshal(r)
	var m struct {
		Utfall string `json:"utfall"`
		Spor   []struct {
			VilkarID string `json:"vilkar_id"`
			Hjemmel  struct {
				Tekst string `json:"tekst"`
			} `json:"hjemmel"`
			Forklaring string `json:"forklaring"`
		} `json:"spor"`
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Utfall)
	fmt.Println(m.Spor[1].VilkarID)
	fmt.Println(m.Spor[1].Hjemmel.Tekst)
	fmt.Println(m.Spor[1].Forklaring)
	// Output:
	// ikke-oppfylt
	// tf-1-3-l3-v20160101.alder-16
	// tiltaksforskriften § 1-3 tredje ledd
	// Personen har ikke fylt 16 år, og tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år. (fodselsdato: 2009-05-10)
}

func ExampleNyttSporpunkt() {
	v, _ := regler.FinnVilkar("tf-1-3-l3-v20160101.alder-16")
	p := regler.NyttSporpunkt(v, regler.MaVurderes, tiltak.FaktasettAv(tiltak.FaktumFodselsdato))
	fmt.Println(p.Utfall(), p.Mangler().Liste(), p.Erstattet())
	q := p.MedErstattet(true)
	fmt.Println(q.Erstattet(), q.Equal(p))
	// Output:
	// må vurderes [fodselsdato] false
	// true false
}

func ExampleFinnRegelsett() {
	rs, ok := regler.FinnRegelsett("mentor-v20250801")
	fmt.Println(ok, rs.Fra(), rs.Tiltak())
	_, ok = regler.FinnRegelsett("mentor-v19990101")
	fmt.Println(ok)
	// Output:
	// true 2025-08-01 mentor
	// false
}

func ExampleGjeldende() {
	// VTA i ordinær virksomhet går over til kapittel 14A 1. september 2026.
	for _, dato := range []tiltak.Dato{tiltak.MustDato(2026, 8, 31), tiltak.MustDato(2026, 9, 1)} {
		rs, _ := regler.Gjeldende(tiltak.VTAO, dato)
		pv := rs.Paragrafversjoner()
		fmt.Println(rs.ID(), pv[len(pv)-1].ID(), rs.Uverifisert())
	}
	// Output:
	// vtao-v20250801 tf-14-3-v20160101 false
	// vtao-v20260901 tf-14a-3-v20260901 true
}

func ExampleVersjoner() {
	rs, _ := regler.Versjoner(tiltak.Ungdomsgaranti)
	for _, r := range rs {
		fmt.Println(r.ID(), r.Fra(), r.IkkeIKraft())
	}
	// Output:
	// ungdomsgaranti-v20160101 2016-01-01 true
	// ungdomsgaranti-v20230701 2023-07-01 false
	// ungdomsgaranti-v20250801 2025-08-01 false
}

func ExampleLovverk() {
	for _, p := range regler.Lovverk()[:2] {
		fmt.Println(p.ID(), p.Kilde(), "§", p.Nummer(), "ledd", p.Ledd(), "–", p.Tittel())
		for _, v := range p.Versjoner() {
			fmt.Println(" ", v.ID(), v.Fra(), v.EndretVed(), v.Bevis())
		}
	}
	// Output:
	// tf-1-3-l1 tiltaksforskriften § 1-3 ledd 1 – Vilkår for deltakelse i tiltak
	//   tf-1-3-l1-v20160101 2016-01-01 FOR-2015-12-11-1598 kunngjort
	// tf-1-3-l3 tiltaksforskriften § 1-3 ledd 3 – Vilkår for deltakelse i tiltak
	//   tf-1-3-l3-v20160101 2016-01-01 FOR-2015-12-11-1598 kunngjort
	//   tf-1-3-l3-v20250801 2025-08-01 FOR-2025-07-30-1575 kunngjort
}

func ExampleFinnParagrafversjon() {
	v, ok := regler.FinnParagrafversjon("tf-9-5-v20160101")
	fmt.Println(ok, v.Fra(), v.Til(), v.Hjemmel(), v.Opphevet())
	v, _ = regler.FinnParagrafversjon("tf-8-3-v20200101")
	fmt.Println(v.EndretVed(), v.Opphevet())
	_, ok = regler.FinnParagrafversjon("tf-9-5")
	fmt.Println(ok)
	// Output:
	// true 2016-01-01 2019-06-30 tiltaksforskriften § 9-5 false
	// FOR-2019-12-12-1765 true
	// false
}

func ExampleVarighetFor() {
	v, _ := regler.VarighetFor(tiltak.Arbeidstrening, tiltak.MustDato(2025, 9, 1))
	fmt.Println(v.ID(), v.Hjemmel(), v.Type(), v.Ordinaer())
	for _, f := range v.Forlengelser() {
		p := f.Vilkar.Evaluer(&tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}, tiltak.MustDato(2025, 9, 1))
		fmt.Println(f.ID, f.Tillegg, f.Samlet, p.Utfall())
	}
	_, err := regler.VarighetFor(tiltak.Sommerjobb, tiltak.MustDato(2020, 6, 1))
	fmt.Println(errors.Is(err, regler.ErrIkkeModellert))
	// Output:
	// tf-3-5-v20160101 tiltaksforskriften § 3-5 andre ledd tidsbegrenset 1 år
	// tf-3-5-v20160101.nedsatt-arbeidsevne 6 måneder 18 måneder oppfylt
	// true
}

func ExampleSatsFor() {
	s, _ := regler.SatsFor(tiltak.MidlertidigLonnstilskudd, tiltak.MustDato(2025, 9, 1))
	fmt.Println(s.ID(), s.Hjemmel(), s.Type())
	for _, evne := range []tiltak.Arbeidsevne{tiltak.NedsattArbeidsevne, tiltak.IkkeNedsattArbeidsevne, tiltak.ArbeidsevneUkjent} {
		i, p := s.VelgVariant(&tiltak.Fakta{Arbeidsevne: evne}, tiltak.MustDato(2025, 9, 1))
		if i < 0 {
			fmt.Println(evne, "må vurderes:", p.Vilkar().ID())
			continue
		}
		for _, t := range s.Variant(i).Trinn {
			if t.Fra.IsZero() {
				fmt.Println(evne, t.Prosent, "prosent fra start")
			} else {
				fmt.Println(evne, t.Prosent, "prosent etter", t.Fra)
			}
		}
	}
	// Output:
	// tf-9-5-v20190701 tiltaksforskriften § 9-5 tredje ledd fast-prosent
	// nedsatt 60 prosent fra start
	// nedsatt 50 prosent etter 12 måneder
	// ikke-nedsatt 40 prosent fra start
	// ikke-nedsatt 30 prosent etter 6 måneder
	// ukjent må vurderes: tf-9-5-v20190701.sats-nedsatt-arbeidsevne
}

func ExampleHospitering() {
	for _, dato := range []tiltak.Dato{tiltak.MustDato(2022, 12, 31), tiltak.MustDato(2023, 1, 1)} {
		h, _ := regler.Hospitering(dato)
		fmt.Println(h.ID, h.Hjemmel, h.Prosent, h.VinduUker, h.Lengde)
	}
	_, err := regler.Hospitering(tiltak.MustDato(2015, 12, 31))
	fmt.Println(errors.Is(err, regler.ErrIkkeModellert))
	// Output:
	// tf-14-10-v20160101 tiltaksforskriften § 14-10 første ledd 0 0 6 måneder
	// tf-14-10-v20230101 tiltaksforskriften § 14-10 andre ledd 50 8 6 måneder
	// true
}

func ExamplePraksisgrenser() {
	for _, k := range []tiltak.Kode{tiltak.Arbeidstrening, tiltak.Sommerjobb, tiltak.Avklaring} {
		gs, _ := regler.Praksisgrenser(k, tiltak.MustDato(2025, 6, 1))
		fmt.Println(k, len(gs))
		for _, g := range gs {
			if !g.Maks.IsZero() {
				fmt.Println(" ", g.ID, "høyst", g.Maks, "fra ukjent:", g.FraUkjent)
			}
			if g.SluttDag > 0 {
				fmt.Println(" ", g.ID, "slutt senest", g.SluttDag, g.SluttManed, "fra ukjent:", g.FraUkjent)
			}
		}
	}
	// Output:
	// arbeidstrening 1
	//   praksis-arbeidstrening-18-mnd høyst 18 måneder fra ukjent: true
	// sommerjobb 1
	//   praksis-sommerjobb-slutt-27-sep slutt senest 27 September fra ukjent: false
	// avklaring 0
}

func ExampleFristregler() {
	fs, _ := regler.Fristregler(tiltak.AFT)
	for _, f := range fs {
		til := "åpen"
		if !f.Til.IsZero() {
			til = f.Til.String()
		}
		fmt.Println(f.Maneder, f.Type, f.Hjemmel, f.Fra, til)
	}
	// Output:
	// 3 gjennomgang tiltaksforskriften § 13-4 tredje ledd 2016-10-01 2025-12-31
	// 3 gjennomgang tiltaksforskriften § 13-2 fjerde ledd 2026-01-01 åpen
}

func ExampleBIOMaksProsent() {
	// Utsatte arbeidstakere gir ti prosentpoeng mer, men aldri over 70.
	for _, s := range []string{"liten", "mellomstor", "stor"} {
		p, _ := regler.BIOMaksProsent(s, true, false)
		fmt.Println(s, p)
	}
	_, err := regler.BIOMaksProsent("enorm", false, false)
	fmt.Println(err != nil)
	// Output:
	// liten 70
	// mellomstor 70
	// stor 60
	// true
}

// Slik bygger en tjeneste en sak: vurder uten fakta, spør etter det som
// mangler, og les hva hvert vilkår leser og hvor det står.
func ExampleResultat_Mangler_byggeSak() {
	dato := tiltak.MustDato(2025, 9, 1)
	// 1. Hva må vi spørre om? Vurder uten fakta og les hva som mangler.
	r, _ := regler.Vurder(tiltak.Arbeidstrening, nil, dato)
	fmt.Println(r.Utfall, r.Mangler())
	// 2. Hva leser hvert vilkår, og hvor står det?
	rs, _ := regler.Gjeldende(tiltak.Arbeidstrening, dato)
	for _, v := range rs.Vilkar() {
		fmt.Println(v.Hjemmel(), v.Leser())
	}
	// 3. Svar på det som mangler, og vurder igjen.
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(1990, 1, 1), Arbeidsevne: tiltak.NedsattArbeidsevne}
	r, _ = regler.Vurder(tiltak.Arbeidstrening, f, dato)
	fmt.Println(r.Utfall, r.Mangler())
	// Output:
	// må vurderes [fodselsdato arbeidsevne sykmeldt ansatt_hos_arbeidsgiver lite_arbeidserfaring nodvendig_og_hensiktsmessig arbeidstaker tilretteleggingsplikt_oppfylt oppfolgingsplan_innhentet bedriftsinterne_tiltak_provd droftet_med_ansattes_representanter]
	// tiltaksforskriften § 1-3 første ledd [nodvendig_og_hensiktsmessig]
	// tiltaksforskriften § 1-3 tredje ledd [fodselsdato]
	// tiltaksforskriften § 1-8 [arbeidsevne sykmeldt ansatt_hos_arbeidsgiver arbeidstaker tilretteleggingsplikt_oppfylt oppfolgingsplan_innhentet bedriftsinterne_tiltak_provd]
	// tiltaksforskriften § 3-3 [arbeidsevne lite_arbeidserfaring]
	// tiltaksforskriften § 3-6 [droftet_med_ansattes_representanter]
	// tiltaksforskriften § 3-7 [ansatt_hos_arbeidsgiver]
	// må vurderes [sykmeldt ansatt_hos_arbeidsgiver nodvendig_og_hensiktsmessig arbeidstaker tilretteleggingsplikt_oppfylt oppfolgingsplan_innhentet bedriftsinterne_tiltak_provd droftet_med_ansattes_representanter]
}
