package sak

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// sjekkFeil krever at en feil fra adapteren er en *tiltak.FeltFeil med en
// norsk grunn som navngir et felt, eller gjelder dokumentet som helhet (tomt
// felt) og da pakker ErrUgyldigJSON, ErrForStor eller ErrOverGrense.
func sjekkFeil(t *testing.T, err error) {
	t.Helper()
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) {
		t.Fatalf("ikke en *tiltak.FeltFeil: %v", err)
	}
	if fe.Grunn == "" {
		t.Fatalf("feil uten grunn: %v", err)
	}
	if fe.Felt == "" && !errors.Is(err, ErrUgyldigJSON) && !errors.Is(err, ErrForStor) && !errors.Is(err, ErrOverGrense) {
		t.Fatalf("feilen navngir ikke et felt: %v", err)
	}
	if len(fe.Verdi) > 400 || len(fe.Felt) > 400 {
		t.Fatalf("feilen gjentar for mye: %d + %d byte", len(fe.Verdi), len(fe.Felt))
	}
}

// FuzzTolkOgBesvar: hele adapteren (les → behandle → skriv) på vilkårlige
// byte. Den får aldri panikk; hver feil navngir et felt (sjekkFeil); et
// svar har lengden Besvar målte, er gyldig JSON, er en liste nøyaktig når
// dokumentet er det, og er likt enten det skrives fra minnet eller strømmes.
func FuzzTolkOgBesvar(f *testing.F) {
	// Frøene er små: fuzzeren minimerer hvert nytt interessant input, og
	// et stort frø (eksemplene, 10 KB) gjør minimeringen treg.
	for _, s := range []string{
		`{"id":"ung","dato":"2025-09-01","fakta":{"fodselsdato":"2003-04-10","bistandsbehov_fastslatt":"ja","nodvendig_og_hensiktsmessig":"ja","deltar_i":["vta"]},"tiltak":["ungdomsgaranti"],"avtaler":[{"avtale":{"tiltak":"vtao","periode":{"fra":"2025-09-01","til":"2025-10-15"}}}]}`,
		`{"dato":"2025-09-01","tiltak":["arbeidstrening"],"periode":{"fra":"2010-01-01","til":"2011-12-31"}}`,
		`{"dato":"2010-01-01","tiltak":["arbeidstrening"],"sporsmal":["vilkar"]}`,
		`{"dato":"2025-09-01","med_praksis":true,"tiltak":["vta","arbeidstrening"],"periode":{"fra":"2025-09-01","til":"2026-08-31"},"tidligere":[{"fra":"2024-01-01","til":"2024-03-31"}]}`,
		`[{"dato":"2025-01-01"},{"dato":"2025-01-01","fakta":{"fodselsdatoo":"2000-01-01"}}]`,
		avtale("2025-01-01", "2025-12-31", `"NaN"`),
		avtale("2025-01-01", "2026-12-31", `"35000.5"`),
		avtale("2010-01-01", "2010-12-31", `35000`),
		`{"dato":"2025-01-01","avtaler":[{"avtale":{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-01-15","til":"2026-01-14"},"innsatsgruppe":"trenger-veiledning"},"lonn":` + lonn(`"30000"`) + `,"refusjon":{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-08-01","til":"2025-08-31"},"prosent":"40","tilskuddsbelop":"10000","bruttolonn":"30000","korrigert_bruttolonn":null,"ferietrekk":"0","feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1","refunderbart_belop":"0","forrige_minusbelop":"0","utbetalt_i_aret":"0","tidligere_utbetalt":"0"}}]}`,
		"\xef\xbb\xbf{\"dato\":\"2025-01-01\"}",
		`{"dato":"2025-01-01","dato":"2025-01-01"}`,
		`{"Dato":"2025-01-01"}}`,
		`[]`,
	} {
		f.Add([]byte(s), uint16(0))
	}
	f.Fuzz(func(t *testing.T, dok []byte, buffer uint16) {
		g := Grenser{MaksSaker: 8, MaksSvarBytes: 4 << 20}
		d, err := Tolk(dok, g)
		if !json.Valid(bytes.TrimPrefix(dok, bom)) && err == nil {
			t.Fatalf("Tolk godtok ugyldig JSON: %q", dok)
		}
		if err != nil {
			sjekkFeil(t, err)
			return
		}
		// Et dokument Tolk godtar, gir de samme sakene med encoding/json.
		var ventet any = &[]Sak{}
		if !d.Liste {
			ventet = &Sak{}
		}
		if err := json.Unmarshal(bytes.TrimPrefix(dok, bom), ventet); err != nil {
			t.Fatalf("Tolk godtok, json.Unmarshal ikke: %v", err)
		}
		var fikk any = d.Saker
		if !d.Liste {
			fikk = d.Saker[0]
		}
		a, _ := json.Marshal(ventet)
		b2, _ := json.Marshal(fikk)
		if !bytes.Equal(a, b2) {
			t.Fatalf("Tolk og json.Unmarshal er uenige:\n%s\n%s", a, b2)
		}
		b, err := Besvar(context.Background(), d, g, Skrivevalg{Buffer: int64(buffer)})
		if err != nil {
			sjekkFeil(t, err)
			return
		}
		var ut bytes.Buffer
		if err := b.Skriv(context.Background(), &ut); err != nil {
			t.Fatalf("skrivefeil: %v", err)
		}
		if int64(ut.Len()) != b.Lengde() || !json.Valid(ut.Bytes()) || (ut.Bytes()[0] == '[') != d.Liste {
			t.Fatalf("svaret er %d byte (målt %d), liste %v: %.200q", ut.Len(), b.Lengde(), d.Liste, ut.Bytes())
		}
		if buffer != 0 {
			hel, err := Besvar(context.Background(), d, g, Skrivevalg{})
			var ut2 bytes.Buffer
			if err != nil || hel.Skriv(context.Background(), &ut2) != nil || ut2.String() != ut.String() {
				t.Fatalf("strømmet og helt svar er ulike (%v)", err)
			}
		}
	})
}

// FuzzBehandle: saker bygd i Go med vilkårlige enum-verdier, datoer, koder
// og beløp (også verdier JSON ikke kan gi). Behandle gir enten en feil som
// navngir et felt, eller et svar som kan skrives som JSON (punkt 6).
func FuzzBehandle(f *testing.F) {
	f.Add(uint8(200), uint8(0), uint8(0), uint8(0), int32(739500), uint8(3), int32(0), int64(35000), true)
	f.Add(uint8(2), uint8(3), uint8(1), uint8(2), int32(739500), uint8(14), int32(700), int64(-1), false)
	f.Add(uint8(0), uint8(99), uint8(7), uint8(0), int32(733000), uint8(1), int32(300), int64(0), true)
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, arbeidsevne, innsatsgruppe, svar, uforetrygd uint8, dag int32, kode uint8, lengde int32, lonn int64, praksis bool) {
		dato := tiltak.MustDato(1, 1, 1).AddDays(int(dag))
		k := koder[int(kode)%len(koder)]
		s := Sak{ID: "f", Dato: dato, MedPraksis: praksis, Tiltak: []tiltak.Kode{k},
			Fakta: tiltak.Fakta{Arbeidsevne: tiltak.Arbeidsevne(arbeidsevne), Innsatsgruppe: tiltak.Innsatsgruppe(innsatsgruppe),
				Samtykke: tiltak.Svar(svar), Uforetrygd: tiltak.Uforetrygd(uforetrygd), Fodselsdato: dato.AddYears(-30)}}
		if lengde != 0 {
			s.Periode = tiltak.Periode{Fra: dato, Til: dato.AddDays(int(lengde % 4000))}
			s.Avtaler = []Avtale{{
				Avtale: tiltakAvtale(k, s.Periode, tiltak.Innsatsgruppe(innsatsgruppe)),
				Lonn:   lonnsgrunnlag(lonn),
			}}
		}
		sv, err := Behandle(s)
		if err != nil {
			sjekkFeil(t, err)
			return
		}
		if _, err := json.Marshal(sv); err != nil {
			t.Fatalf("svaret kan ikke skrives: %v", err)
		}
	})
}

func tiltakAvtale(k tiltak.Kode, p tiltak.Periode, g tiltak.Innsatsgruppe) (a tilskudd.Avtale) {
	a.Tiltak, a.Periode, a.Innsatsgruppe = k, p, g
	a.AvtaltProsent = decimal.NewNullDecimal(decimal.NewFromInt(50))
	return a
}

func lonnsgrunnlag(m int64) tilskudd.Lonnsgrunnlag {
	return tilskudd.NyttLonnsgrunnlag(decimal.NewFromInt(m), decimal.NewFromInt(12), decimal.NewFromInt(2), decimal.RequireFromString("14.1"))
}

// FuzzLekser: lekseren godtar nøyaktig de dokumentene json.Valid godtar
// (én verdi, med mellomrom rundt), og en godtatt verdi er hele verdien.
func FuzzLekser(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e-3,true,false,null,"x\u00e6\n"]}`, `[]`, `{}`, ` "a" `, `-0.1E+5`, `01`, `[1,]`, `{"a" 1}`, "\"\x01\"", `"\x"`, `[[[`, `1 2`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, dok []byte) {
		l := lekser{dok: dok}
		raw, err := l.verdi()
		if err == nil {
			l.hopp()
		}
		ok := err == nil && l.pos == len(dok)
		if ok != json.Valid(dok) {
			t.Fatalf("lekseren: %v (%v), json.Valid: %v for %q", ok, err, json.Valid(dok), dok)
		}
		if ok && !bytes.Equal(raw, bytes.TrimSpace(dok)) {
			t.Fatalf("verdien %q er ikke hele dokumentet %q", raw, dok)
		}
		if err != nil {
			var se *syntaksFeil
			if !errors.As(err, &se) || se.pos < 0 || se.pos > len(dok) || se.grunn == "" {
				t.Fatalf("feil uten posisjon: %v", err)
			}
		}
	})
}
