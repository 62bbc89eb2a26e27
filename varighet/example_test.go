package varighet_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Oppfølging for en person med nedsatt arbeidsevne der det ikke er oppgitt om
// personen er i overgang fra skole eller soning: tre år er sikkert, tre og et
// halvt år avhenger av et åpent vilkår.
func ExampleMaksimum() {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	r, err := varighet.Maksimum(tiltak.Oppfolging, &f, tiltak.MustDato(2024, time.February, 29))
	if err != nil {
		panic(err)
	}
	fmt.Println("ordinær slutt:", r.OrdinaerSlutt)
	for _, u := range r.Forlengelser {
		fmt.Printf("%s: %s (%s)\n", u.Forlengelse.Samlet, u.SisteDag, u.Spor.Utfall())
	}
	fmt.Println("seneste slutt:", r.SenesteSlutt)
	fmt.Println("seneste mulige:", r.SenesteMulig)
	for _, u := range r.Apne() {
		fmt.Println("åpent:", u.Forlengelse.ID, u.Spor.Mangler().Liste())
	}
	// Output:
	// ordinær slutt: 2024-08-28
	// 12 måneder: 2025-02-27 (må vurderes)
	// 3 år: 2027-02-27 (oppfylt)
	// 42 måneder: 2027-08-28 (må vurderes)
	// seneste slutt: 2027-02-27
	// seneste mulige: 2027-08-28
	// åpent: tf-4-4-v20160101.forlengelse []
	// åpent: tf-4-4-v20160101.overgang [overgang_fra_skole_eller_soning]
}

// Tidligere perioder trekkes fra der forskriften taler om samlet varighet.
func ExampleMaksimum_tidligere() {
	// Oppfølging med nedsatt arbeidsevne: tre år totalt (§ 4-4), så en
	// tidligere periode på 31 dager trekkes fra treårsrammen.
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	tidligere := tiltak.Periode{Fra: tiltak.MustDato(2024, time.January, 1), Til: tiltak.MustDato(2024, time.January, 31)}
	r, _ := varighet.Maksimum(tiltak.Oppfolging, &f, tiltak.MustDato(2024, time.March, 1), tidligere)
	fmt.Println(r.TidligereDager, r.OrdinaerSlutt, r.SenesteSlutt)
	// Output:
	// 31 2024-08-31 2027-01-28
}

// En sommerjobb som starter 31. august og varer til 28. september bryter
// både forskriftens fire uker og NAVs praksis om slutt senest 27. september.
func ExampleKontroller() {
	per := tiltak.Periode{Fra: tiltak.MustDato(2024, time.August, 31), Til: tiltak.MustDato(2024, time.September, 28)}
	for _, err := range varighet.Kontroller(tiltak.Sommerjobb, nil, per, nil) {
		var b *varighet.Brudd
		errors.As(err, &b)
		fmt.Println(errors.Is(err, varighet.ErrMaVurderes), errors.Is(err, varighet.ErrForLang), errors.Is(err, varighet.ErrSluttForSent), b.Praksis, b.Tillatt)
	}
	// Output:
	// true false false false 2024-08-31
	// false true false false 2024-09-27
	// false false true true 2024-09-27
}

func ExampleFrister() {
	per := tiltak.Periode{Fra: tiltak.MustDato(2025, time.July, 1), Til: tiltak.MustDato(2026, time.April, 1)}
	fr, _ := varighet.Frister(tiltak.AFT, nil, per)
	for _, x := range fr {
		fmt.Println(x.Dato, x.Type, x.Hjemmel.ID)
	}
	// Output:
	// 2025-10-01 gjennomgang tf-13-4-v20161001
	// 2026-01-01 gjennomgang tf-13-2-v20260101
	// 2026-04-01 gjennomgang tf-13-2-v20260101
}

func ExampleFristHospitering() {
	fr, _ := varighet.FristHospitering(tiltak.MustDato(2023, time.August, 31))
	fmt.Println(fr.Dato, fr.Hjemmel)
	// Output:
	// 2024-02-28 tiltaksforskriften § 14-10 andre ledd
}

// Åtte uker der deltakeren arbeider 20 av 37,5 timer i en ordinær bedrift
// (53 %) bryter grensen i § 14-10 den siste dagen i det åttende uka.
func ExampleVurderArbeidstid() {
	var a varighet.Arbeidstid
	start := tiltak.MustDato(2024, time.January, 1)
	for i := range 8 {
		fra := start.AddDays(7 * i)
		a.Uker = append(a.Uker, varighet.Arbeidsuke{Uke: tiltak.Periode{Fra: fra, Til: fra.AddDays(6)}, AvtaltMinutter: 2250, OrdinaerMinutter: 1200})
	}
	v, err := varighet.VurderArbeidstid(a)
	if err != nil {
		panic(err)
	}
	fmt.Println("§ 14-10:", v.Hospitering.Overskredet, v.Hospitering.Fra, v.Hospitering.Praksis)
	fmt.Println("60 %:", v.Sekstiprosent.Overskredet, v.Sekstiprosent.Praksis)
	// Output:
	// § 14-10: true 2024-02-25 false
	// 60 %: false true
}

// Maksimal varighet for alle tiltak for én person i ett kall. Bufferen
// gjenbrukes fra kall til kall, så en tjeneste allokerer ikke når den har
// vært brukt én gang.
func ExampleAppendMaksimumAlle() {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	var buf []varighet.Resultat
	buf, err := varighet.AppendMaksimumAlle(buf[:0], &f, tiltak.MustDato(2026, time.August, 1))
	if err != nil {
		panic(err)
	}
	for _, r := range buf[:3] {
		fmt.Println(r.Tiltak, r.Type, r.SenesteSlutt)
	}
	// Output:
	// avklaring tidsbegrenset 2026-08-28
	// arbeidstrening tidsbegrenset 2028-01-31
	// oppfolging tidsbegrenset 2029-07-31
}
