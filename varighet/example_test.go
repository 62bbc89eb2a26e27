package varighet_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/tiltaksregler/tiltaksregler/regler"
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
	fmt.Println("siste slutt, oppfylt:", r.SisteSluttOppfylt)
	fmt.Println("siste slutt, mulig:", r.SisteSluttMulig)
	fmt.Println("mangler:", r.Mangler.Liste())
	for _, u := range r.Apne() {
		fmt.Println("åpent:", u.Forlengelse.ID, u.Spor.Mangler().Liste())
	}
	// Output:
	// ordinær slutt: 2024-08-28
	// 12 måneder: 2025-02-27 (må vurderes)
	// 3 år: 2027-02-27 (oppfylt)
	// 42 måneder: 2027-08-28 (må vurderes)
	// siste slutt, oppfylt: 2027-02-27
	// siste slutt, mulig: 2027-08-28
	// mangler: [overgang_fra_skole_eller_soning]
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
	fmt.Println(r.TidligereDager, r.OrdinaerSlutt, r.SisteSluttOppfylt)
	// Output:
	// 31 2024-08-31 2027-01-28
}

// En sommerjobb som starter 31. august og varer til 28. september bryter
// både forskriftens fire uker og NAVs praksis om slutt senest 27. september.
// Hvert brudd sier hva slags grense det er, hvor stor den er og hvor den
// står; input-feil er feilen, ikke et brudd.
func ExampleKontroller() {
	per := tiltak.Periode{Fra: tiltak.MustDato(2024, time.August, 31), Til: tiltak.MustDato(2024, time.September, 28)}
	brudd, err := varighet.Kontroller(tiltak.Sommerjobb, nil, per, nil)
	if err != nil {
		panic(err)
	}
	for _, b := range brudd {
		fmt.Println(b.Type, "|", b.Lengde.IsZero(), b.Lengde, "|", b.Grensedato, "|", b.Utfall, "|", b.Hjemmel.ID, "| praksis:", b.Praksis,
			"|", errors.Is(b, varighet.ErrMaVurderes), errors.Is(b, varighet.ErrForLang), errors.Is(b, varighet.ErrSluttForSent))
	}
	// Output:
	// sesongens siste dag | true  | 2024-08-31 | må vurderes | tf-8-4-v20210422 | praksis: false | true false false
	// maksimal varighet | false 4 uker | 2024-09-27 | ikke oppfylt | tf-8-4-v20210422 | praksis: false | false true false
	// fast sluttgrense | true  | 2024-09-27 | ikke oppfylt | praksis-sommerjobb-slutt-27-sep-v20210422 | praksis: true | false false true
}

// Oppfølging i tre og et halvt år for en person med nedsatt arbeidsevne: tre
// år er rammen som er oppfylt; det siste halve året holder bare hvis
// vilkåret om overgang fra skole eller soning er oppfylt, og det faktumet
// mangler.
func ExampleKontroller_typetGrense() {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	per := tiltak.Periode{Fra: tiltak.MustDato(2024, time.February, 29), Til: tiltak.MustDato(2027, time.August, 28)}
	brudd, _ := varighet.Kontroller(tiltak.Oppfolging, &f, per, nil)
	b := brudd[0]
	fmt.Println(b.Type, b.Lengde, b.Grensedato, b.SisteSluttMulig, b.Utfall, b.Mangler.Liste())
	j, _ := json.Marshal(struct {
		Type   varighet.Grensetype `json:"type"`
		Lengde tiltak.Lengde       `json:"lengde"`
	}{b.Type, b.Lengde})
	fmt.Println(string(j))
	// Output:
	// maksimal varighet 3 år 2027-02-27 2027-08-28 må vurderes [overgang_fra_skole_eller_soning]
	// {"type":"maksimal-varighet","lengde":"P3Y"}
}

// README-eksempelet: en person i innsatsgruppen trenger veiledning (nedsatt
// arbeidsevne) uten en oppgitt arbeidsevnevurdering. Etter forskriften alene
// er nedsatt arbeidsevne ukjent: ett år er sikkert, to år mulig, og
// arbeidsevnen mangler. Med NAVs praksis (regler.Valg) utledes nedsatt
// arbeidsevne av innsatsgruppen, som tilskudd.NySatsplanMed gjør for
// prosenten.
func ExampleMaksimumMed() {
	f := tiltak.Fakta{Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne}
	start := tiltak.MustDato(2025, time.January, 15)
	for _, valg := range []regler.Valg{{}, {MedPraksis: true}} {
		r, err := varighet.MaksimumMed(tiltak.MidlertidigLonnstilskudd, &f, start, valg)
		if err != nil {
			panic(err)
		}
		fmt.Println(r.MedPraksis, r.SisteSluttOppfylt, r.SisteSluttMulig, r.Mangler.Liste(), r.UtledetArbeidsevne, r.Utledning.ID != "")
	}
	// Output:
	// false 2026-01-14 2027-01-14 [arbeidsevne] ukjent false
	// true 2027-01-14 2027-01-14 [] nedsatt true
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
	fmt.Println("§ 14-10:", v.Hospitering.Utfall, v.Hospitering.Fra, v.Hospitering.Praksis)
	fmt.Println("60 %:", v.Sekstiprosent.Utfall, v.Sekstiprosent.Praksis)
	// Output:
	// § 14-10: ikke oppfylt 2024-02-25 false
	// 60 %: oppfylt true
}

// Maksimal varighet for alle tiltak for én person i ett kall. Bufferen
// gjenbrukes fra kall til kall, så en tjeneste allokerer ikke når den har
// vært brukt én gang. Hvert tiltak er med; et tiltak uten varighetsregel på
// datoen er flagget og gir feilen Maksimum gir.
func ExampleAppendMaksimumAlle() {
	f := tiltak.Fakta{Arbeidsevne: tiltak.NedsattArbeidsevne}
	var buf []varighet.Resultat
	buf, err := varighet.AppendMaksimumAlle(buf[:0], &f, tiltak.MustDato(2026, time.August, 1), regler.Valg{})
	if err != nil {
		panic(err)
	}
	for _, r := range buf[:3] {
		fmt.Println(r.Tiltak, r.Type, r.SisteSluttOppfylt)
	}
	for _, r := range buf {
		if r.IkkeModellert {
			fmt.Println(r.Tiltak, errors.Is(r.Feil(), varighet.ErrIkkeModellert))
		}
	}
	fmt.Println(len(buf) == tiltak.AntallTiltak)
	// Output:
	// avklaring tidsbegrenset 2026-08-28
	// arbeidstrening tidsbegrenset 2028-01-31
	// oppfolging tidsbegrenset 2029-07-31
	// bedriftsintern-opplaering true
	// true
}
