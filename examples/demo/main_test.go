package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

// Demoen skriver en tabell per eksempelsak med utfall, sluttdato, tilskudd
// og hjemmel, og gjør det langt under ett sekund.
func TestDemoen(t *testing.T) {
	start := time.Now()
	var b bytes.Buffer
	for _, s := range sak.Eksempler() {
		svar, err := sak.Behandle(s)
		if err != nil {
			t.Fatal(err)
		}
		skriv(&b, s, svar)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("demoen brukte %v", d)
	}
	ut := b.String()
	for _, h := range []string{
		"== ung-22", "Ungdomsgaranti", "2033-04-09", "egenregiforskriften § 4-1",
		"Individuell jobbstøtte (IPS)", "tiltaksforskriften § 14-3", "7\u00a0067 kr/mnd (fast sats)",
		"60 % → 50 %, 27\u00a0373 kr/mnd", "til utbetaling 24\u00a0973 kr",
		"50 %, 15\u00a0642 kr/mnd", "ingen (Arena: arbeidsrettet tiltak – arbeidstrening)",
		// ufore-gradert: IEU 150 000 + 1 G (136 549) etter to år med
		// uføretrygd; NAV reduserer etter IEU + 0,4 G til 1. oktober 2026.
		"== ufore-gradert", "Inntektsgrense for uføretrygd (oppfylt): Inntektsgrensen er 286 549 kr",
		"fribeløpet 1 G (136 549 kr)", "204 619,6 kr", "folketrygdloven § 12-14 første ledd; NAVs brevmaler", "uverifisert",
		"== tidslinje-29", "fra 2026-03-10 ikke oppfylt (fodselsdag 30 år, tiltaksforskriften § 8-3 første ledd)",
		"fra 2026-06-01 50 % (trinn tf-9-5-v20190701)", "fra 2027-05-01 70 %, sats ikke kjent (tabellrad g)",
	} {
		if !strings.Contains(ut, h) {
			t.Errorf("demoen mangler %q", h)
		}
	}
	if strings.Count(ut, "== ") != 9 {
		t.Errorf("ventet 9 tabeller")
	}
}

func TestKr(t *testing.T) {
	for inn, ut := range map[string]string{"0": "0 kr", "999": "999 kr", "1000": "1\u00a0000 kr", "1234567.5": "1\u00a0234\u00a0567,5 kr", "-27040": "−27\u00a0040 kr"} {
		if got := kr(decimal.RequireFromString(inn)); got != ut {
			t.Errorf("kr(%s) = %q, ventet %q", inn, got, ut)
		}
	}
}
