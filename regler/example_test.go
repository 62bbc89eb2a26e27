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
		BehovOmfattendeBistand:    tiltak.Ja,
		NodvendigOgHensiktsmessig: tiltak.Ja,
	}
	r, err := regler.Vurder(tiltak.Oppfolging, f, tiltak.MustDato(2025, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Utfall, r.Regelsett.ID)
	for _, p := range r.Spor {
		fmt.Printf("%s (%s): %s\n", p.Vilkar.ID, p.Vilkar.Hjemmel, p.Utfall())
	}
	// Output:
	// oppfylt oppfolging-v20250801
	// tf-1-3-v20250801.alder-16 (tiltaksforskriften § 1-3): oppfylt
	// tf-1-3-v20250801.nodvendig-og-hensiktsmessig (tiltaksforskriften § 1-3): oppfylt
	// tf-4-3.behov-omfattende-bistand (tiltaksforskriften § 4-3): oppfylt
}

func ExampleVurder_ikkeModellert() {
	_, err := regler.Vurder(tiltak.Avklaring, nil, tiltak.MustDato(2015, 12, 31))
	fmt.Println(errors.Is(err, regler.ErrIkkeModellert))
	// Output: true
}

func ExampleResultat_Mangler() {
	f := &tiltak.Fakta{Fodselsdato: tiltak.MustDato(2000, 3, 1)}
	r, _ := regler.Vurder(tiltak.Ungdomsgaranti, f, tiltak.MustDato(2025, 9, 1))
	fmt.Println(r.Utfall, r.Mangler())
	// Output: må vurderes [bistandsbehov_fastslatt nodvendig_og_hensiktsmessig]
}

func ExampleVurderMed() {
	// NAVs praksis: en avtale kan ikke slutte den dagen deltakeren fyller 72 år.
	f := &tiltak.Fakta{
		Fodselsdato: tiltak.MustDato(1954, 3, 10), LiteArbeidserfaring: tiltak.Ja,
		NodvendigOgHensiktsmessig: tiltak.Ja, Innsatsgruppe: tiltak.TrengerVeiledning,
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
		fmt.Println(dato, len(rs), rs[0].Tiltak, rs[0].Utfall, regler.ManglerAlle(rs)[:2])
	}
	// Output:
	// 2024-01-01 27 avklaring må vurderes [arbeidsevne uforetrygd]
	// 2026-01-01 27 avklaring må vurderes [arbeidsevne uforetrygd]
}

func ExampleKanKombineres() {
	for _, hoved := range []tiltak.Kode{tiltak.Sommerjobb, tiltak.Aktivitetsplass} {
		k, _ := regler.KanKombineres(tiltak.Mentor, hoved, tiltak.MustDato(2025, 9, 1), tiltak.Ukjent)
		fmt.Println(hoved, k.Utfall, k.Hjemmel)
	}
	// Output:
	// sommerjobb oppfylt tiltaksforskriften § 5-3
	// aktivitetsplass ikke oppfylt kommunal rutine for praksisplasser (plasstyper og ytelser)
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
			Hjemmel struct {
				Tekst string `json:"tekst"`
			} `json:"hjemmel"`
			Forklaring string `json:"forklaring"`
		} `json:"spor"`
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Utfall)
	fmt.Println(m.Spor[0].Hjemmel.Tekst)
	fmt.Println(m.Spor[0].Forklaring)
	// Output:
	// ikke-oppfylt
	// tiltaksforskriften § 1-3
	// Personen har ikke fylt 16 år, og tiltaksforskriften § 1-3 setter en nedre aldersgrense på 16 år. (fodselsdato: 2009-05-10)
}

func ExampleNyttSporpunkt() {
	v, _ := regler.FinnVilkar("tf-1-3.alder-16")
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
	fmt.Println(ok, rs.Fra, rs.Tiltak)
	_, ok = regler.FinnRegelsett("mentor-v19990101")
	fmt.Println(ok)
	// Output:
	// true 2025-08-01 mentor
	// false
}
