package tilskudd

import (
	"errors"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// D tolker en ISO-dato i en test.
func D(s string) tiltak.Dato {
	d, err := tiltak.ParseDato(s)
	if err != nil {
		panic(err)
	}
	return d
}

// P gir perioden fra–til.
func P(fra, til string) tiltak.Periode { return tiltak.Periode{Fra: D(fra), Til: D(til)} }

// N gir et desimaltall fra tekst.
func N(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// NP gir en oppgitt verdi (prosent eller beløp) som decimal.NullDecimal.
func NP(s string) decimal.NullDecimal { return decimal.NewNullDecimal(N(s)) }

// lonnsgrunnlag gir et lønnsgrunnlag med alle fire verdiene oppgitt
// (prosentene i hele prosent).
func lonnsgrunnlag(lonn, fp, otp, aga string) Lonnsgrunnlag {
	return NyttLonnsgrunnlag(N(lonn), N(fp), N(otp), N(aga))
}

// sjekkFeil sjekker at err er nil når want er nil, og ellers at err pakker
// want og (når felt ikke er tom) er en *tiltak.FeltFeil for feltet felt.
func sjekkFeil(t *testing.T, err, want error, felt string) bool {
	t.Helper()
	if want == nil {
		if err != nil {
			t.Fatalf("uventet feil: %v", err)
		}
		return false
	}
	if !errors.Is(err, want) {
		t.Fatalf("feil = %v, vil ha %v", err, want)
	}
	if felt != "" {
		var ff *tiltak.FeltFeil
		if !errors.As(err, &ff) || ff.Felt != felt {
			t.Fatalf("feil = %#v, vil ha FeltFeil for %q", err, felt)
		}
	}
	return true
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// hjemmelnokler gir hjemlene som «id/ledd» (ledd 0 for hele paragrafen og
// for praksis), så en rad kan skrive forventet hjemmel for hånd:
// "tf-9-4-v20160101/2" er tiltaksforskriften § 9-4 andre ledd i 2016-teksten.
func hjemmelnokler(l []tiltak.Hjemmel) []string {
	ut := make([]string, len(l))
	for i, h := range l {
		ut[i] = h.ID + "/" + strconv.Itoa(h.Ledd)
	}
	return ut
}
