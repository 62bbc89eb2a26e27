// Kommandoen bruk er kodebiten i README-avsnittet «Bruk fra en Go-tjeneste»:
// de tre spørsmålene for én person, rett mot bibliotekets pakker.
//
//	go run ./examples/bruk
package main

import (
	"fmt"
	"log"

	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

func main() {
	dato := tiltak.MustDato(2025, 1, 15)
	fakta := tiltak.Fakta{
		Fodselsdato:               tiltak.MustDato(1980, 3, 3),
		Innsatsgruppe:             tiltak.TrengerVeiledningNedsattArbeidsevne,
		VanskerMedArbeid:          tiltak.Ja,
		AnsattHosArbeidsgiver:     tiltak.Nei,
		NodvendigOgHensiktsmessig: tiltak.Ja,
	}

	// De samme valgene til alle tre pakkene: NAVs praksis. Med den utleder
	// både varigheten og prosenten nedsatt arbeidsevne av innsatsgruppen;
	// uten den gjetter ingen av dem, og arbeidsevnen står som manglende.
	valg := regler.Valg{MedPraksis: true}

	// 1. Kan personen få midlertidig lønnstilskudd?
	r, err := regler.VurderMed(tiltak.MidlertidigLonnstilskudd, &fakta, dato, valg)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("utfall:", r.Utfall, "– mangler:", r.Mangler().Liste())
	for _, p := range r.Spor {
		fmt.Printf("  [%s] %s\n", p.Utfall(), p.Vilkar().Hjemmel())
	}

	// 2. Hvor lenge?
	m, err := varighet.MaksimumMed(tiltak.MidlertidigLonnstilskudd, &fakta, dato, valg)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("siste sluttdato:", m.SisteSluttOppfylt, "–", m.Hjemmel, "– mangler:", m.Mangler.Liste())

	// 3. Hvor mye? Ett kall per avtale: varigheten sjekkes før satsplan og
	// perioder regnes. Prosentene er hele prosent (12 = 12 %).
	b, err := tilskudd.BeregnAvtaleMed(tilskudd.Avtalegrunnlag{
		Avtale: tilskudd.Avtale{
			Tiltak:  tiltak.MidlertidigLonnstilskudd,
			Periode: tiltak.Periode{Fra: dato, Til: m.SisteSluttOppfylt},
		},
		Fakta: fakta,
		Lonn: tilskudd.NyttLonnsgrunnlag(decimal.NewFromInt(35000),
			decimal.NewFromInt(12), decimal.NewFromInt(2), decimal.RequireFromString("14.1")),
	}, valg)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range b.Perioder[:3] {
		fmt.Printf("  %s: %s %% = %s kr\n", p.Periode, p.Prosent, p.Belop)
	}
}
