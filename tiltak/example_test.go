package tiltak_test

import (
	"errors"
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func ExampleDato_AddMonths() {
	start := tiltak.MustDato(2023, 8, 31)
	fmt.Println(start.AddMonths(6)) // 2024 er skuddår
	fmt.Println(tiltak.MustDato(2024, 2, 29).AddYears(1))
	// Output:
	// 2024-02-29
	// 2025-02-28
}

func ExampleDato_SisteDag() {
	// Arbeidstrening inntil ett år fra og med 1. mars 2025.
	start := tiltak.MustDato(2025, 3, 1)
	fmt.Println(start.SisteDag(tiltak.AntallAr(1)))
	// Sommerjobb inntil fire uker fra 1. juni.
	fmt.Println(tiltak.MustDato(2025, 6, 1).SisteDag(tiltak.AntallUker(4)))
	// Output:
	// 2026-02-28
	// 2025-06-28
}

func ExampleParseDato() {
	_, err := tiltak.ParseDato("2025-02-29")
	fmt.Println(err)
	fmt.Println(errors.Is(err, tiltak.ErrUgyldigDato))
	// Output:
	// ugyldig dato "2025-02-29": februar 2025 har 28 dager, ikke dag 29
	// true
}

func ExampleAlder() {
	fodt := tiltak.MustDato(2009, 3, 15)
	fmt.Println(tiltak.Alder(fodt, tiltak.MustDato(2025, 3, 14)))
	fmt.Println(tiltak.Alder(fodt, tiltak.MustDato(2025, 3, 15)))
	// Opplæring etter § 7-3: fra og med kalenderåret personen fyller 19.
	fmt.Println(tiltak.FyllerIKalenderaaret(tiltak.MustDato(2006, 12, 31), tiltak.MustDato(2025, 1, 1), 19))
	// Output:
	// 15
	// 16
	// true
}

func ExamplePeriode_SplittPerManed() {
	p, _ := tiltak.NyPeriode(tiltak.MustDato(2025, 1, 15), tiltak.MustDato(2025, 3, 10))
	for _, m := range p.SplittPerManed() {
		fmt.Println(m, m.Dager())
	}
	// Output:
	// 2025-01-15/2025-01-31 17
	// 2025-02-01/2025-02-28 28
	// 2025-03-01/2025-03-10 10
}

func ExampleDagerTilsammen() {
	// Tidligere deltakelse: overlappende dager telles én gang.
	a, _ := tiltak.ParsePeriode("2025-01-01/2025-01-31")
	b, _ := tiltak.ParsePeriode("2025-01-20/2025-02-10")
	n, _ := tiltak.DagerTilsammen([]tiltak.Periode{a, b})
	fmt.Println(n)
	// Output: 41
}

func ExampleFinn() {
	t, _ := tiltak.Finn(tiltak.VarigLonnstilskudd)
	fmt.Println(t.Navn, t.Arena, t.Kilde.Kortnavn(), "kapittel", t.Kapittel)
	// Output: Varig lønnstilskudd [VARLONTIL] tiltaksforskriften kapittel 10
}

func ExampleFinnArena() {
	for _, t := range tiltak.FinnArena("GRUFAGYRKE") {
		fmt.Println(t.Kode, "–", t.Hjemmel())
	}
	// Output:
	// opplaering-fag-og-yrke – tiltaksforskriften § 7-2 første ledd bokstav d
	// opplaering-fagskole – tiltaksforskriften § 7-2 første ledd bokstav e
}

func ExampleHjemmel_String() {
	h := tiltak.TF("tf-10-7", "10-7", 1)
	fmt.Println(h)
	fmt.Println(tiltak.TF("tf-7-3", "7-3", 3).MedBokstav("f"))
	// Output:
	// tiltaksforskriften § 10-7 første ledd
	// tiltaksforskriften § 7-3 tredje ledd bokstav f
}

func ExampleFakta_Verdi() {
	f := tiltak.Fakta{Fodselsdato: tiltak.MustDato(2003, 5, 17), Samtykke: tiltak.Ja}
	for _, ft := range []tiltak.Faktum{tiltak.FaktumFodselsdato, tiltak.FaktumSamtykke, tiltak.FaktumArbeidsevne} {
		fmt.Println(ft, "=", f.Verdi(ft))
	}
	// Output:
	// fodselsdato = 2003-05-17
	// samtykke = ja
	// arbeidsevne = ukjent
}

func ExamplePlass_Avslutt() {
	p, _ := tiltak.ParsePeriode("2025-01-06/2025-06-30")
	plass, _ := tiltak.NyPlass(tiltak.Aktivitetsplass, p)
	for _, s := range []tiltak.Plasstatus{tiltak.PlassStatusmoteAvtalt, tiltak.PlassBekreftet, tiltak.PlassStartet} {
		plass, _ = plass.Endre(s)
	}
	plass, _ = plass.Avslutt(tiltak.MustDato(2025, 4, 11))
	fmt.Println(plass.Status.Norsk(), plass.Periode)
	_, err := plass.Endre(tiltak.PlassStartet)
	fmt.Println(err)
	y, _ := tiltak.Plasstype(tiltak.Aktivitetsplass)
	fmt.Println("tilskudd:", y.Tilskudd, "registreres som:", y.RegistreresSom)
	// Output:
	// Avsluttet 2025-01-06/2025-04-11
	// felt "status" (startet): kan ikke gå fra Avsluttet til Startet
	// tilskudd: false registreres som: arbeidstrening
}

// NAVs systemer sender tiltakstypen som MIDLERTIDIG_LONNSTILSKUDD, VTAO, …;
// ParseKode (og JSON) tolker dem til bibliotekets kode.
func ExampleParseKode() {
	for _, navn := range []string{"MIDLERTIDIG_LONNSTILSKUDD", "VTAO", "varig-lonnstilskudd"} {
		k, _ := tiltak.ParseKode(navn)
		fmt.Println(k, k.NAVNavn())
	}
	_, err := tiltak.ParseKode("LONNSTILSKUDD")
	fmt.Println(errors.Is(err, tiltak.ErrUkjentTiltak))
	// Output:
	// midlertidig-lonnstilskudd MIDLERTIDIG_LONNSTILSKUDD
	// vtao VTAO
	// varig-lonnstilskudd VARIG_LONNSTILSKUDD
	// true
}
