package tilskudd

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Versjonene radene navngir (regler/ftrl12_14_ufore.go og
// testdata/lovindeks/inntektsgrense-uforetrygd.json).
const (
	ftrl2015 = "ftrl-12-14-l1-v20150101" // IEU + 0,4 G, «inntektsgrense»
	ftrl2026 = "ftrl-12-14-l1-v20260701" // samme grense, «bunnfradrag»
	seedVTA  = "seed004-uforegrense-v20150101"
	toAr1G   = "navbrev-fribelop-1g-v20260101"
)

// full og gradert lager inndata for full eller gradert uføretrygd.
func full(dag string, vta tiltak.Svar) UforeInput {
	return UforeInput{Dato: D(dag), Uforetrygd: tiltak.FullUforetrygd, VTA: vta}
}

func gradert(dag string, vta tiltak.Svar, ieu string) UforeInput {
	return UforeInput{Dato: D(dag), Uforetrygd: tiltak.GradertUforetrygd, VTA: vta, InntektEtterUforhet: NP(ieu)}
}

// med gir inndata med virkningsdato og svar om økt uføregrad.
func med(in UforeInput, virkning string, okt tiltak.Svar, okning string) UforeInput {
	if virkning != "" {
		in.Virkningsdato = D(virkning)
	}
	in.OktUforegrad = okt
	if okning != "" {
		in.OkningVirkningsdato = D(okning)
	}
	return in
}

type uforerad struct {
	id     string // versjonen raden prøver (paragrafindeksens id)
	navn   string
	in     UforeInput
	utfall regler.Utfall
	grense string   // den fastsatte grensen; tom når den må vurderes
	antall string   // fribeløpet i antall G; tomt når det ikke er fastsatt
	forel  string   // den foreløpige grensen før 1. oktober 2026; tom når ingen
	mulige []string // grensene når den må vurderes
	toAr   string   // første dag med 1 G etter to år; tom når null
	begrep string
	hjem   []string // hjemlene (versjons-id-er) i rekkefølge
}

var uforerader = []uforerad{
	// Seed 004: «1G per 1. mai 2018 er 96 883 kr»; 0,4 G = 38 753,2 (ikke
	// rundet). 30. april 2018 gjelder 2017-G 93 634.
	{id: seedVTA, navn: "VTA 1. mai 2018: 1 G", in: full("2018-05-01", tiltak.Ja), utfall: regler.Oppfylt, grense: "96883", antall: "1", begrep: "inntektsgrense", hjem: []string{seedVTA}},
	{id: ftrl2015, navn: "full, ikke VTA, 1. mai 2018: 0,4 G", in: full("2018-05-01", tiltak.Nei), utfall: regler.Oppfylt, grense: "38753.2", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	{id: seedVTA, navn: "VTA 30. april 2018: 2017-G", in: full("2018-04-30", tiltak.Ja), utfall: regler.Oppfylt, grense: "93634", antall: "1", begrep: "inntektsgrense", hjem: []string{seedVTA}},
	{id: ftrl2015, navn: "full 30. april 2018: 2017-G", in: full("2018-04-30", tiltak.Nei), utfall: regler.Oppfylt, grense: "37453.6", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	{id: ftrl2015, navn: "første G-år 2015", in: full("2015-05-01", tiltak.Nei), utfall: regler.Oppfylt, grense: "36027.2", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	{id: ftrl2015, navn: "full med IEU oppgitt som 0", in: UforeInput{Dato: D("2024-05-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Nei, InntektEtterUforhet: NP("0")},
		utfall: regler.Oppfylt, grense: "49611.2", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	// Gradert: inntekten etter uførhet pluss 0,4 G (høyere enn veiledningens
	// 0,4 G).
	{id: ftrl2015, navn: "gradert 2024: IEU + 0,4 G", in: gradert("2024-06-01", tiltak.Nei, "150000"), utfall: regler.Oppfylt, grense: "199611.2", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	{id: ftrl2015, navn: "gradert med IEU 0", in: gradert("2024-06-01", tiltak.Nei, "0"), utfall: regler.Oppfylt, grense: "49611.2", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	{id: ftrl2015, navn: "31. desember 2025: før 1 G-regelen, virkningsdato trengs ikke", in: gradert("2025-12-31", tiltak.Nei, "150000"),
		utfall: regler.Oppfylt, grense: "202064", antall: "0.4", begrep: "inntektsgrense", hjem: []string{ftrl2015}},
	// 1 G etter to år, med virkning fra 1. januar 2026.
	{id: toAr1G, navn: "1. januar 2026, gradert i seks år: IEU + 1 G, foreløpig IEU + 0,4 G", in: med(gradert("2026-01-01", tiltak.Nei, "150000"), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "280160", antall: "1", forel: "202064", toAr: "2022-01-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "virkning 1. januar 2024: to år gått 1. januar 2026", in: med(full("2026-01-01", tiltak.Nei), "2024-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-01-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "virkning 2. januar 2024: én dag igjen 1. januar 2026", in: med(full("2026-01-01", tiltak.Nei), "2024-01-02", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "52064", antall: "0.4", toAr: "2026-01-02", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "virkning 2. januar 2024: to år gått 2. januar 2026", in: med(full("2026-01-02", tiltak.Nei), "2024-01-02", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-01-02", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	// 23 mot 24 måneder.
	{id: toAr1G, navn: "23 måneder og 27 dager", in: med(full("2026-02-28", tiltak.Nei), "2024-03-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "52064", antall: "0.4", toAr: "2026-03-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "24 måneder", in: med(full("2026-03-01", tiltak.Nei), "2024-03-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-03-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	// Månedsslutt.
	{id: toAr1G, navn: "31. januar: dagen før", in: med(full("2026-01-30", tiltak.Nei), "2024-01-31", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "52064", antall: "0.4", toAr: "2026-01-31", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "31. januar: to år gått 31. januar", in: med(full("2026-01-31", tiltak.Nei), "2024-01-31", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-01-31", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "31. mars: to år gått 31. mars", in: med(full("2026-03-31", tiltak.Nei), "2024-03-31", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-03-31", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	// 29. februar: 28. februar to år etter er ikke avgjort av kildene.
	{id: toAr1G, navn: "29. februar: 27. februar", in: med(full("2026-02-27", tiltak.Nei), "2024-02-29", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "52064", antall: "0.4", toAr: "2026-02-28", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "29. februar: 28. februar må vurderes", in: med(full("2026-02-28", tiltak.Nei), "2024-02-29", tiltak.Nei, ""),
		utfall: regler.MaVurderes, mulige: []string{"130160", "52064"}, toAr: "2026-02-28", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "29. februar: 1. mars", in: med(full("2026-03-01", tiltak.Nei), "2024-02-29", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "130160", antall: "1", forel: "52064", toAr: "2026-02-28", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	// Økt uføregrad starter de to årene på nytt.
	{id: toAr1G, navn: "økt 1. mai 2024: 30. april 2026", in: med(gradert("2026-04-30", tiltak.Nei, "100000"), "2020-01-01", tiltak.Ja, "2024-05-01"),
		utfall: regler.Oppfylt, grense: "152064", antall: "0.4", toAr: "2026-05-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "økt 1. mai 2024: 1. mai 2026 (ny G)", in: med(gradert("2026-05-01", tiltak.Nei, "100000"), "2020-01-01", tiltak.Ja, "2024-05-01"),
		utfall: regler.Oppfylt, grense: "236549", antall: "1", forel: "154619.6", toAr: "2026-05-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: toAr1G, navn: "ukjent om uføregraden er økt: må vurderes", in: med(full("2026-11-01", tiltak.Nei), "2020-01-01", tiltak.Ukjent, ""),
		utfall: regler.MaVurderes, mulige: []string{"136549", "54619.6"}, begrep: "bunnfradrag", hjem: []string{ftrl2026, toAr1G}},
	{id: toAr1G, navn: "ukjent økning, under to år uansett", in: med(full("2026-03-01", tiltak.Nei), "2025-06-01", tiltak.Ukjent, ""),
		utfall: regler.Oppfylt, grense: "52064", antall: "0.4", toAr: "2027-06-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	// Foreløpig grense til 1. oktober 2026; bunnfradrag fra 1. juli 2026.
	{id: ftrl2015, navn: "30. juni 2026: inntektsgrense", in: med(full("2026-06-30", tiltak.Nei), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "136549", antall: "1", forel: "54619.6", toAr: "2022-01-01", begrep: "inntektsgrense", hjem: []string{ftrl2015, toAr1G}},
	{id: ftrl2026, navn: "1. juli 2026: bunnfradrag", in: med(full("2026-07-01", tiltak.Nei), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "136549", antall: "1", forel: "54619.6", toAr: "2022-01-01", begrep: "bunnfradrag", hjem: []string{ftrl2026, toAr1G}},
	{id: toAr1G, navn: "30. september 2026: foreløpig 0,4 G", in: med(gradert("2026-09-30", tiltak.Nei, "60000"), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "196549", antall: "1", forel: "114619.6", toAr: "2022-01-01", begrep: "bunnfradrag", hjem: []string{ftrl2026, toAr1G}},
	{id: toAr1G, navn: "1. oktober 2026: i kraft, ingen foreløpig grense", in: med(gradert("2026-10-01", tiltak.Nei, "60000"), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "196549", antall: "1", toAr: "2022-01-01", begrep: "bunnfradrag", hjem: []string{ftrl2026, toAr1G}},
	// VTA påvirkes ikke av 1 G-regelen; virkningsdato trengs ikke.
	{id: seedVTA, navn: "VTA 2026 uten virkningsdato: 1 G", in: full("2026-06-01", tiltak.Ja), utfall: regler.Oppfylt, grense: "136549", antall: "1", begrep: "inntektsgrense", hjem: []string{seedVTA, toAr1G}},
	{id: seedVTA, navn: "VTA med IEU: kildene avgjør ikke om 1 G legges til", in: gradert("2025-06-01", tiltak.Ja, "50000"),
		utfall: regler.MaVurderes, mulige: []string{"180160", "130160"}, begrep: "inntektsgrense", hjem: []string{seedVTA}},
	{id: seedVTA, navn: "VTA ukjent 2025: 1 G eller 0,4 G", in: full("2025-06-01", tiltak.Ukjent),
		utfall: regler.MaVurderes, mulige: []string{"130160", "52064"}, begrep: "inntektsgrense", hjem: []string{seedVTA, ftrl2015}},
	{id: seedVTA, navn: "VTA ukjent, to år gått etter 1. oktober 2026: 1 G uansett", in: med(full("2026-11-01", tiltak.Ukjent), "2020-01-01", tiltak.Nei, ""),
		utfall: regler.Oppfylt, grense: "136549", antall: "1", toAr: "2022-01-01", begrep: "bunnfradrag", hjem: []string{seedVTA, toAr1G, ftrl2026}},
}

func TestInntektsgrense(t *testing.T) {
	for _, r := range uforerader {
		s, err := Inntektsgrense(r.in)
		if err != nil {
			t.Errorf("%s %s: %v", r.id, r.navn, err)
			continue
		}
		feil := func(format string, a ...any) {
			t.Helper()
			t.Errorf("%s %s: "+format, append([]any{r.id, r.navn}, a...)...)
		}
		if s.Utfall != r.utfall || s.Begrep != r.begrep || !s.Uverifisert || s.Forklaring == "" || s.Merknad == "" || s.Dato != r.in.Dato {
			feil("utfall %v, begrep %q, forklaring %q", s.Utfall, s.Begrep, s.Forklaring)
		}
		if got := nullTekst(s.Grense); got != r.grense {
			feil("grense %s, ventet %s", got, r.grense)
		}
		if got := nullTekst(s.AntallG); got != r.antall {
			feil("antall G %s, ventet %s", got, r.antall)
		}
		if got := nullTekst(s.Forelopig); got != r.forel {
			feil("foreløpig %s, ventet %s", got, r.forel)
		}
		if s.Grense.Valid && (len(s.Mulige) == 0 || !s.Mulige[0].Grense.Equal(s.Grense.Decimal)) {
			feil("mulige %v passer ikke med grensen", s.Mulige)
		}
		if r.utfall == regler.MaVurderes {
			var got []string
			for _, m := range s.Mulige {
				got = append(got, m.Grense.String())
				if m.Forutsetning == "" {
					feil("en mulig grense uten forutsetning: %+v", m)
				}
			}
			if !slices.Equal(got, r.mulige) {
				feil("mulige %v, ventet %v", got, r.mulige)
			}
			if !strings.Contains(s.Forklaring, "må vurderes") {
				feil("forklaring %q", s.Forklaring)
			}
		}
		toAr := ""
		if !s.ToArFra.IsZero() {
			toAr = s.ToArFra.String()
		}
		if toAr != r.toAr {
			feil("to år fra %s, ventet %s", toAr, r.toAr)
		}
		var hj []string
		for _, h := range s.Hjemler {
			hj = append(hj, h.ID)
		}
		if !slices.Equal(hj, r.hjem) {
			feil("hjemler %v, ventet %v", hj, r.hjem)
		}
		// FraUkjent følger versjonene: 2015-versjonen og VTA har ikke kjent
		// første dag.
		vil := slices.Contains(r.hjem, ftrl2015) || slices.Contains(r.hjem, seedVTA)
		if s.FraUkjent != vil {
			feil("fra ukjent %v", s.FraUkjent)
		}
		for _, m := range s.Mulige {
			if !m.Fribelop.Equal(m.AntallG.Mul(s.G)) || len(m.Hjemler) == 0 {
				feil("mulig grense %+v", m)
			}
			want := m.Fribelop
			if m.LagtTilIEU == tiltak.Ja {
				want = s.InntektEtterUforhet.Add(m.Fribelop)
			}
			if !m.Grense.Equal(want) {
				feil("grense %v, men fribeløp %v og IEU %v (lagt til %v)", m.Grense, m.Fribelop, s.InntektEtterUforhet, m.LagtTilIEU)
			}
		}
	}
}

func nullTekst(n decimal.NullDecimal) string {
	if !n.Valid {
		return ""
	}
	return n.Decimal.String()
}

// Manglende og motstridende inndata gir en feil som navngir feltet; datoer
// kildene ikke dekker, gir ErrIkkeModellert, aldri en gjetning.
func TestInntektsgrenseFeil(t *testing.T) {
	for _, r := range []struct {
		id   string
		navn string
		in   UforeInput
		err  error
		felt string
	}{
		{ftrl2015, "dagen før uføretrygden", full("2014-12-31", tiltak.Nei), ErrIkkeModellert, "dato"},
		{ftrl2015, "G 2014 er ikke i tabellen", full("2015-04-30", tiltak.Nei), ErrIngenSats, "dato"},
		{ftrl2026, "G 2027 er ikke kjent", med(full("2027-05-01", tiltak.Nei), "2020-01-01", tiltak.Nei, ""), ErrIngenSats, "dato"},
		{ftrl2015, "dato mangler", UforeInput{Uforetrygd: tiltak.FullUforetrygd}, ErrUkjentFaktum, "dato"},
		{ftrl2015, "uføretrygd mangler", UforeInput{Dato: D("2024-06-01")}, ErrUkjentFaktum, "uforetrygd"},
		{ftrl2015, "ingen uføretrygd", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.IngenUforetrygd}, tiltak.ErrUgyldigFaktum, "uforetrygd"},
		{ftrl2015, "uføretrygd bare forventet", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.UforetrygdForventet}, tiltak.ErrUgyldigFaktum, "uforetrygd"},
		{ftrl2015, "ugyldig uføretrygd", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.Uforetrygd(9)}, tiltak.ErrUgyldigFaktum, "uforetrygd"},
		{ftrl2015, "ugyldig VTA-svar", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.FullUforetrygd, VTA: tiltak.Svar(7)}, tiltak.ErrUgyldigFaktum, "vta"},
		{toAr1G, "ugyldig svar om økning", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.FullUforetrygd, OktUforegrad: tiltak.Svar(7)}, tiltak.ErrUgyldigFaktum, "okt_uforegrad"},
		// Missing is never zero.
		{ftrl2015, "gradert uten IEU", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.GradertUforetrygd, VTA: tiltak.Nei}, ErrMangler, "inntekt_etter_uforhet"},
		{seedVTA, "gradert i VTA uten IEU", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.GradertUforetrygd, VTA: tiltak.Ja}, ErrMangler, "inntekt_etter_uforhet"},
		{ftrl2015, "negativ IEU", gradert("2024-06-01", tiltak.Nei, "-0.01"), ErrUgyldigBelop, "inntekt_etter_uforhet"},
		{ftrl2015, "IEU over den tekniske grensen", gradert("2024-06-01", tiltak.Nei, "1000000000001"), ErrUtenforOmrade, "inntekt_etter_uforhet"},
		{ftrl2015, "full med IEU", UforeInput{Dato: D("2024-06-01"), Uforetrygd: tiltak.FullUforetrygd, InntektEtterUforhet: NP("1000")}, ErrUgyldigBelop, "inntekt_etter_uforhet"},
		{toAr1G, "2026 uten virkningsdato", full("2026-01-01", tiltak.Nei), ErrUkjentFaktum, "virkningsdato"},
		{toAr1G, "2026, VTA ukjent, uten virkningsdato", full("2026-01-01", tiltak.Ukjent), ErrUkjentFaktum, "virkningsdato"},
		{toAr1G, "økt uten virkningsdato for økningen", med(full("2026-06-01", tiltak.Nei), "2020-01-01", tiltak.Ja, ""), ErrUkjentFaktum, "okning_virkningsdato"},
		{toAr1G, "virkningsdato etter datoen", med(full("2026-06-01", tiltak.Nei), "2026-06-02", tiltak.Nei, ""), tiltak.ErrUgyldigFaktum, "virkningsdato"},
		{toAr1G, "økning oppgitt, men ikke økt", med(full("2026-06-01", tiltak.Nei), "2020-01-01", tiltak.Nei, "2025-01-01"), tiltak.ErrUgyldigFaktum, "okning_virkningsdato"},
		{toAr1G, "økning oppgitt, økning ukjent", med(full("2026-06-01", tiltak.Nei), "2020-01-01", tiltak.Ukjent, "2025-01-01"), tiltak.ErrUgyldigFaktum, "okning_virkningsdato"},
		{toAr1G, "økning før virkningsdatoen", med(full("2026-06-01", tiltak.Nei), "2020-01-01", tiltak.Ja, "2019-12-31"), tiltak.ErrUgyldigFaktum, "okning_virkningsdato"},
		{toAr1G, "økning etter datoen", med(full("2026-06-01", tiltak.Nei), "2020-01-01", tiltak.Ja, "2026-06-02"), tiltak.ErrUgyldigFaktum, "okning_virkningsdato"},
	} {
		_, err := Inntektsgrense(r.in)
		if err == nil {
			t.Errorf("%s %s: ingen feil", r.id, r.navn)
			continue
		}
		sjekkFeil(t, err, r.err, r.felt)
	}
	// Før uføretrygden: feilen matcher begge pakkenes vaktverdi og bærer
	// regler.IkkeModellertFeil.
	_, err := Inntektsgrense(full("2014-12-31", tiltak.Nei))
	var im *regler.IkkeModellertFeil
	if !errors.Is(err, regler.ErrIkkeModellert) || !errors.As(err, &im) || im.Fra != regler.UforetrygdFra() {
		t.Errorf("%s: %v", ftrl2015, err)
	}
}

func TestVurderUforeInntekt(t *testing.T) {
	for _, r := range []struct {
		id, inntekt  string
		in           UforeInput
		over         tiltak.Svar
		overskytende string
		err          error
	}{
		{seedVTA, "38753.2", full("2018-05-01", tiltak.Nei), tiltak.Nei, "0", nil},    // lik grensen: ikke over
		{seedVTA, "38753.21", full("2018-05-01", tiltak.Nei), tiltak.Ja, "0.01", nil}, // én øre over
		{seedVTA, "38753", full("2018-05-01", tiltak.Nei), tiltak.Nei, "0", nil},
		{seedVTA, "38753.2", full("2018-04-30", tiltak.Nei), tiltak.Ja, "1299.6", nil}, // gammel G: 37 453,6
		{seedVTA, "96883", full("2018-05-01", tiltak.Ja), tiltak.Nei, "0", nil},
		{seedVTA, "96884", full("2018-05-01", tiltak.Ja), tiltak.Ja, "1", nil},
		{seedVTA, "0", full("2018-05-01", tiltak.Nei), tiltak.Nei, "0", nil},
		{ftrl2015, "199611.3", gradert("2024-06-01", tiltak.Nei, "150000"), tiltak.Ja, "0.1", nil},
		// Må vurderes: 180 160 eller 130 160 kr.
		{seedVTA, "150000", gradert("2025-06-01", tiltak.Ja, "50000"), tiltak.Ukjent, "", nil},
		{seedVTA, "130160", gradert("2025-06-01", tiltak.Ja, "50000"), tiltak.Nei, "", nil},
		{seedVTA, "180160.01", gradert("2025-06-01", tiltak.Ja, "50000"), tiltak.Ja, "", nil},
		{toAr1G, "100000", med(full("2026-11-01", tiltak.Nei), "2020-01-01", tiltak.Ukjent, ""), tiltak.Ukjent, "", nil},
		{seedVTA, "-1", full("2018-05-01", tiltak.Nei), 0, "", ErrUgyldigBelop},
	} {
		v, err := VurderUforeInntekt(N(r.inntekt), r.in)
		if r.err != nil {
			sjekkFeil(t, err, r.err, "inntekt")
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if v.Innenfor != innenfor(r.over) || nullTekst(v.Overskytende) != r.overskytende || !v.Inntekt.Equal(N(r.inntekt)) {
			t.Errorf("%s %s %s: innenfor %v overskytende %v", r.id, r.inntekt, r.in.Dato, v.Innenfor, v.Overskytende)
		}
	}
	_, err := VurderUforeInntekt(N("1"), full("2014-01-01", tiltak.Nei))
	sjekkFeil(t, err, ErrIkkeModellert, "dato")
}

// innenfor gir utfallet Inntektsvurdering.Innenfor har når inntekten er
// over grensen (ja), ikke over (nei) eller mellom de mulige grensene
// (ukjent).
func innenfor(over tiltak.Svar) regler.Utfall {
	switch over {
	case tiltak.Ja:
		return regler.IkkeOppfylt
	case tiltak.Nei:
		return regler.Oppfylt
	}
	return regler.MaVurderes
}

// En tjeneste med egne satser får grensen for 2027 (testverdi, ikke den
// virkelige G for 2027).
func TestUforeMedTjenestensSatser(t *testing.T) {
	s, err := StandardSatser().Med(TabellG, Sats{Fra: D("2027-05-01"), Til: D("2028-04-30"), Belop: N("123456"), Bevis: "test"})
	if err != nil {
		t.Fatal(err)
	}
	in := med(full("2027-05-01", tiltak.Nei), "2026-01-01", tiltak.Nei, "")
	g, err := s.Inntektsgrense(in)
	if err != nil || !g.Grense.Valid || !g.Grense.Decimal.Equal(N("49382.4")) || g.ToArFra != D("2028-01-01") {
		t.Errorf("%s med tjenestens G: %v %v", ftrl2026, g.Grense, err)
	}
	v, err := s.VurderUforeInntekt(N("50000"), in)
	if err != nil || v.Innenfor != regler.IkkeOppfylt || nullTekst(v.Overskytende) != "617.6" {
		t.Errorf("%s: %+v %v", ftrl2026, v, err)
	}
	var ns *Satser
	if g, err := ns.Inntektsgrense(full("2026-05-01", tiltak.Ja)); err != nil || nullTekst(g.Grense) != "136549" {
		t.Errorf("nil *Satser skal være standardsatsene: %v %v", g.Grense, err)
	}
}

// JSON: inndata leses med feltnavnene i dokumentasjonen, og en grense som
// må vurderes er null, aldri 0.
func TestUforeJSON(t *testing.T) {
	var in UforeInput
	err := json.Unmarshal([]byte(`{"dato":"2026-06-01","uforetrygd":"gradert","vta":"nei","inntekt_etter_uforhet":"150000",
		"virkningsdato":"2023-03-01","okt_uforegrad":"nei"}`), &in)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Inntektsgrense(in)
	if err != nil || nullTekst(s.Grense) != "286549" {
		t.Fatalf("%s: %v %v", toAr1G, s.Grense, err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"utfall":"oppfylt"`, `"grense":"286549"`, `"antall_g":"1"`, `"forelopig":"204619.6"`, `"to_ar_fra":"2025-03-01"`, `"begrep":"inntektsgrense"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON mangler %s: %s", want, b)
		}
	}
	s, err = Inntektsgrense(gradert("2025-06-01", tiltak.Ja, "50000"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(s)
	for _, want := range []string{`"utfall":"ma-vurderes"`, `"grense":null`, `"antall_g":"1"`, `"lagt_til_ieu":"ja"`, `"lagt_til_ieu":"nei"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON mangler %s: %s", want, b)
		}
	}
	b, _ = json.Marshal(full("2024-01-01", tiltak.Nei))
	if strings.Contains(string(b), "virkningsdato") {
		t.Errorf("en null virkningsdato skal utelates: %s", b)
	}
}

// Forklaringene er på norsk og nevner grensen, fribeløpet og forbeholdene.
func TestUforeForklaring(t *testing.T) {
	for _, r := range []struct {
		id   string
		in   UforeInput
		want []string
	}{
		{ftrl2015, gradert("2024-06-01", tiltak.Nei, "150000"), []string{"Inntektsgrensen er 199 611,2 kr", "inntekten etter uførhet (150 000 kr) pluss fribeløpet 0,4 G (49 611,2 kr)"}},
		{seedVTA, full("2025-06-01", tiltak.Ja), []string{"Inntektsgrensen er 130 160 kr: fribeløpet 1 G (inntekten etter uførhet er 0)"}},
		{seedVTA, gradert("2025-06-01", tiltak.Ja, "50000"), []string{"Inntektsgrensen må vurderes: 180 160 kr (fribeløp 1 G) hvis 1 G legges til", "130 160 kr (fribeløp 1 G) hvis 1 G er hele grensen"}},
		{toAr1G, med(full("2026-02-28", tiltak.Nei), "2024-02-29", tiltak.Nei, ""), []string{"hvis to år fra 2024-02-29 er gått 2026-02-28", "først er gått 2026-03-01"}},
		{toAr1G, med(full("2026-11-01", tiltak.Nei), "2020-01-01", tiltak.Ukjent, ""), []string{"Bunnfradraget må vurderes", "hvis uføregraden er økt de siste 24 månedene"}},
		{seedVTA, full("2025-06-01", tiltak.Ukjent), []string{"hvis personen har fått innvilget VTA", "hvis personen ikke er i VTA"}},
		{seedVTA, med(full("2026-11-01", tiltak.Ukjent), "2020-01-01", tiltak.Nei, ""), []string{"Bunnfradraget er 136 549 kr"}},
		{toAr1G, med(full("2026-03-01", tiltak.Nei), "2024-03-01", tiltak.Nei, ""), []string{"trer i kraft 1. oktober 2026", "52 064 kr", "etteroppgjøret"}},
	} {
		s, err := Inntektsgrense(r.in)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range r.want {
			if !strings.Contains(s.Forklaring, w) {
				t.Errorf("%s: forklaringen mangler %q: %s", r.id, w, s.Forklaring)
			}
		}
	}
	// Ulikt fribeløp, lik grense: grensen er fastsatt, fribeløpet ikke.
	// IEU 78 096 + 0,4 G (52 064) = 130 160 = 1 G i 2025.
	s, err := Inntektsgrense(gradert("2025-06-01", tiltak.Ukjent, "78096"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Utfall != regler.MaVurderes || len(s.Mulige) != 3 {
		t.Errorf("%s: %v %d mulige", seedVTA, s.Utfall, len(s.Mulige))
	}
	s, err = Inntektsgrense(UforeInput{Dato: D("2025-06-01"), Uforetrygd: tiltak.GradertUforetrygd, VTA: tiltak.Ukjent, InntektEtterUforhet: NP("0")})
	if err != nil || s.Utfall != regler.MaVurderes {
		t.Errorf("%s: %v %v", seedVTA, s.Utfall, err)
	}
	if got := kroner(N("1234567.5")); got != "1 234 567,5 kr" {
		t.Errorf("kroner: %q", got)
	}
	if got := antallGTekst(N("0.4")); got != "0,4 G" {
		t.Errorf("antallGTekst: %q", got)
	}
}

// Regler lister hver regel om fribeløpet fra lovlaget, uverifisert.
func TestReglerUfore(t *testing.T) {
	n := 0
	for _, r := range Regler() {
		if !strings.HasPrefix(r.Funksjon, "Inntektsgrense") {
			continue
		}
		n++
		if !r.Uverifisert || r.Praksis || !strings.Contains(r.Beskrivelse, "uføretrygd") {
			t.Errorf("%s: %+v", r.ID, r)
		}
	}
	if n != len(regler.Fribelopsversjoner()) {
		t.Errorf("%d regler om fribeløpet, ventet %d (%s, %s, %s, %s)", n, len(regler.Fribelopsversjoner()), ftrl2015, ftrl2026, seedVTA, toAr1G)
	}
}
