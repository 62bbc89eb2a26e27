package tilskudd

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// M gir måneden ÅÅÅÅ-MM i en test.
func M(s string) Kalendermaned {
	var k Kalendermaned
	if err := k.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return k
}

// linje gir en inntektslinje for august 2025.
func linje(type_, beskrivelse, belop string, opptjent tiltak.Svar) Inntektslinje {
	return Inntektslinje{Inntektstype: type_, Beskrivelse: beskrivelse, Belop: NP(belop), Maned: M("2025-08"), OpptjentIPerioden: opptjent}
}

func lonnslinje(belop string) Inntektslinje {
	return linje(InntektstypeLonn, "fastloenn", belop, tiltak.Ja)
}

func trekklinje(belop, maned string) Inntektslinje {
	l := linje(InntektstypeLonn, BeskrivelseFerietrekk, belop, tiltak.Ukjent)
	l.Maned = M(maned)
	return l
}

// linjegrunnlag er grunnlag() for august 2025 med inntektslinjer i stedet for
// bruttolønn og et høyt tilskuddsbeløp, så taket ikke slår inn.
func linjegrunnlag(linjer ...Inntektslinje) Refusjonsgrunnlag {
	g := grunnlag()
	g.Periode, g.Bruttolonn, g.Tilskuddsbelop = P("2025-08-01", "2025-08-31"), decimal.NullDecimal{}, NP("50000")
	g.Inntektslinjer = linjer
	return g
}

// TestInntektslinjer: issue 13 punkt 1. Hver rad navngir regelen den sjekker.
// Lønn 30 000 gir beregnet 15 642 og lønn 25 000 (30 000 − 5 000 i
// ferietrekk) 13 035; se TestBeregnRefusjon.
func TestInntektslinjer(t *testing.T) {
	type rad struct {
		id, navn   string
		g          Refusjonsgrunnlag
		brutto     string
		lonn       string
		ferietrekk string
		beregnet   string
		belop      string // refusjonsbeløp
		oppgjor    Oppgjor
		grunner    []Linjegrunn
		hjemmel    string // hjemmelen («id/ledd») for en linje som ikke teller på grunn av beskrivelsen
	}
	var rader []rad
	for _, b := range Lonnsbeskrivelser() {
		rader = append(rader, rad{"praksis-inntektslinjer", "beskrivelse " + b,
			linjegrunnlag(linje(InntektstypeLonn, b, "30000", tiltak.Ja)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn}, ""})
	}
	med := func(g Refusjonsgrunnlag, f func(*Refusjonsgrunnlag)) Refusjonsgrunnlag { f(&g); return g }
	rader = append(rader, []rad{
		{"tf-9-5-v20190701", "overtid telles ikke (§ 9-5 andre ledd)",
			linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "overtidsgodtgjoerelse", "5000", tiltak.Ja)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-9-5-v20190701/2"},
		{"tf-9-5-v20190701", "1. juli 2019: § 9-5 andre ledd",
			med(linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "bonus", "5000", tiltak.Ja)), func(g *Refusjonsgrunnlag) { g.Periode = P("2019-07-01", "2019-07-31") }),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-9-5-v20190701/2"},
		{"tf-9-4-v20160101", "30. juni 2019: § 9-4 tredje ledd (2016)",
			med(linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "bonus", "5000", tiltak.Ja)), func(g *Refusjonsgrunnlag) { g.Periode = P("2019-06-30", "2019-06-30") }),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-9-4-v20160101/3"},
		{"tf-10-6-v20160101", "varig: overtid telles ikke (§ 10-6 tredje ledd)",
			med(linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "overtidsgodtgjoerelse", "5000", tiltak.Ja)), func(g *Refusjonsgrunnlag) {
				g.Tiltak, g.UtbetaltIAret = tiltak.VarigLonnstilskudd, NP("0")
			}),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-10-6-v20160101/3"},
		{"tf-8-6-v20210422", "sommerjobb: overtid telles ikke (§ 8-6 tredje ledd)",
			med(linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "overtidsgodtgjoerelse", "5000", tiltak.Ja)), func(g *Refusjonsgrunnlag) { g.Tiltak = tiltak.Sommerjobb }),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-8-6-v20210422/3"},
		// Fireårig: § 6 andre ledd i forskriften om forsøket sier også hva som
		// er lønn (før omleggingen var NAVs praksis eneste hjemmel).
		{"fir-6-v20260801", "fireårig: § 6 andre ledd",
			med(linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "overtidsgodtgjoerelse", "5000", tiltak.Ja)), func(g *Refusjonsgrunnlag) {
				g.Tiltak, g.Periode, g.UtbetaltIAret = tiltak.FirearigLonnstilskudd, P("2026-08-01", "2026-08-31"), NP("0")
			}),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "fir-6-v20260801/2"},
		{"praksis-inntektslinjer", "feriepenger er ikke lønn i grunnlaget",
			linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "feriepenger", "3600", tiltak.Ja)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnBeskrivelse}, "tf-9-5-v20190701/2"},
		{"praksis-inntektslinjer", "ukjent inntektstype listes og telles ikke",
			linjegrunnlag(lonnslinje("30000"), linje("YTELSE_FRA_OFFENTLIGE", "sykepenger", "9000", tiltak.Ja), linje("", "", "1", tiltak.Ja)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnInntektstype, GrunnInntektstype}, ""},
		{"praksis-inntektslinjer", "ukjent beskrivelse listes og telles ikke",
			linjegrunnlag(linje(InntektstypeLonn, "noeNyttFraSkatteetaten", "5000", tiltak.Ja), lonnslinje("30000")),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnBeskrivelse, GrunnLonn}, "tf-9-5-v20190701/2"},
		{"praksis-inntektslinjer", "opptjent utenfor perioden (arbeidsgiverens svar)",
			linjegrunnlag(lonnslinje("30000"), linje(InntektstypeLonn, "fastloenn", "30000", tiltak.Nei)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnOpptjentUtenfor}, ""},
		{"praksis-inntektslinjer", "ingen lønn opptjent i perioden gir 0",
			linjegrunnlag(linje(InntektstypeLonn, "fastloenn", "30000", tiltak.Nei)),
			"0", "0", "0", "0", "0", IngentingAGjore, []Linjegrunn{GrunnOpptjentUtenfor}, ""},
		{"praksis-inntektslinjer", "tom liste: a-meldingen har ingen linjer",
			linjegrunnlag([]Inntektslinje{}...),
			"0", "0", "0", "0", "0", IngentingAGjore, []Linjegrunn{}, ""},
		{"praksis-inntektslinjer", "lønn i en annen måned i a-meldingen telles når den er opptjent i perioden",
			linjegrunnlag(func() Inntektslinje { l := lonnslinje("30000"); l.Maned = M("2025-09"); return l }()),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn}, ""},
		{"praksis-inntektslinjer", "ferietrekk i periodens måned",
			linjegrunnlag(lonnslinje("30000"), trekklinje("-5000", "2025-08")),
			"30000", "30000", "-5000", "13035", "13035", Utbetaling, []Linjegrunn{GrunnLonn, GrunnFerietrekk}, ""},
		{"praksis-inntektslinjer", "ferietrekk måneden før telles ikke",
			linjegrunnlag(lonnslinje("30000"), trekklinje("-5000", "2025-07")),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnFerietrekkAnnenManed}, ""},
		{"praksis-inntektslinjer", "ferietrekk måneden etter telles ikke",
			linjegrunnlag(lonnslinje("30000"), trekklinje("-5000", "2025-09")),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnFerietrekkAnnenManed}, ""},
		{"praksis-inntektslinjer", "ferietrekk alt tatt for måneden (også det ekstra)",
			med(linjegrunnlag(lonnslinje("30000"), trekklinje("-5000", "2025-08")), func(g *Refusjonsgrunnlag) {
				g.FerietrekkAlleredeTrukket, g.Ferietrekk = true, N("-1000")
			}),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnFerietrekkAlleredeTrukket}, ""},
		{"praksis-inntektslinjer", "ekstra ferietrekk legges til linjene",
			med(linjegrunnlag(lonnslinje("30000"), trekklinje("-4000", "2025-08")), func(g *Refusjonsgrunnlag) { g.Ferietrekk = N("-1000") }),
			"30000", "30000", "-5000", "13035", "13035", Utbetaling, []Linjegrunn{GrunnLonn, GrunnFerietrekk}, ""},
		{"praksis-inntektslinjer", "ferietrekk av en annen inntektstype telles ikke",
			linjegrunnlag(lonnslinje("30000"), linje("YTELSE_FRA_OFFENTLIGE", BeskrivelseFerietrekk, "-5000", tiltak.Ukjent)),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnInntektstype}, ""},
		{"praksis-inntektslinjer", "negativ lønnslinje (rettelse) trekkes fra",
			linjegrunnlag(lonnslinje("32000"), lonnslinje("-2000")),
			"30000", "30000", "0", "15642", "15642", Utbetaling, []Linjegrunn{GrunnLonn, GrunnLonn}, ""},
		{"praksis-inntektslinjer", "negativ sum føres som minusbeløp",
			linjegrunnlag(lonnslinje("1000"), trekklinje("-5000", "2025-08")),
			"1000", "1000", "-5000", "-2086", "-2086", Minusbelop, []Linjegrunn{GrunnLonn, GrunnFerietrekk}, ""},
		{"praksis-inntektslinjer", "summen rundes, ikke hver linje",
			linjegrunnlag(lonnslinje("10000.33"), linje(InntektstypeLonn, "timeloenn", "0.2", tiltak.Ja)),
			"10000.53", "10001", "0", "5214", "5214", Utbetaling, []Linjegrunn{GrunnLonn, GrunnLonn}, ""},
		{"praksis-refusjon", "korreksjon av linjer: for mye utbetalt kreves tilbake",
			med(linjegrunnlag(lonnslinje("30000")), func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt, g.Korreksjon = N("16000"), true }),
			"30000", "30000", "0", "15642", "-358", Tilbakekreving, []Linjegrunn{GrunnLonn}, ""},
		{"praksis-refusjon", "korreksjon av linjer: tillegg utbetales",
			med(linjegrunnlag(lonnslinje("30000")), func(g *Refusjonsgrunnlag) { g.TidligereUtbetalt, g.Korreksjon = N("15000"), true }),
			"30000", "30000", "0", "15642", "642", Utbetaling, []Linjegrunn{GrunnLonn}, ""},
		{"praksis-refusjon", "korrigert bruttolønn senker lønnen fra linjene",
			med(linjegrunnlag(lonnslinje("30000")), func(g *Refusjonsgrunnlag) { g.KorrigertBruttolonn = NP("28000") }),
			"30000", "28000", "0", "14599", "14599", Utbetaling, []Linjegrunn{GrunnLonn}, ""},
	}...)
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			got, err := BeregnRefusjon(r.g)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Bruttolonn.Equal(N(r.brutto)) || !got.Lonn.Equal(N(r.lonn)) || !got.Ferietrekk.Equal(N(r.ferietrekk)) ||
				!got.BeregnetBelop.Equal(N(r.beregnet)) || !got.Refusjonsbelop.Equal(N(r.belop)) || got.Oppgjor != r.oppgjor {
				t.Errorf("brutto %v lønn %v trekk %v beregnet %v beløp %v %v; vil ha %s %s %s %s %s %v",
					got.Bruttolonn, got.Lonn, got.Ferietrekk, got.BeregnetBelop, got.Refusjonsbelop, got.Oppgjor,
					r.brutto, r.lonn, r.ferietrekk, r.beregnet, r.belop, r.oppgjor)
			}
			if len(got.Inntektslinjer) != len(r.g.Inntektslinjer) {
				t.Fatalf("%d vurderinger for %d linjer", len(got.Inntektslinjer), len(r.g.Inntektslinjer))
			}
			for i, v := range got.Inntektslinjer {
				if v.Indeks != i || v.Grunn != r.grunner[i] || v.Teller != r.grunner[i].Teller() || v.Forklaring == "" || v.Hjemmel.ID == "" ||
					!cmp.Equal(v.Linje, r.g.Inntektslinjer[i]) {
					t.Errorf("linje %d: %+v, vil ha grunn %v", i, v, r.grunner[i])
				}
				if h := hjemmelnokler([]tiltak.Hjemmel{v.Hjemmel})[0]; v.Grunn == GrunnBeskrivelse && h != r.hjemmel {
					t.Errorf("linje %d: hjemmel %s, vil ha %s", i, h, r.hjemmel)
				}
			}
			if !slices.ContainsFunc(got.Hjemler, func(h tiltak.Hjemmel) bool { return h == praksisInntektslinjer }) {
				t.Errorf("hjemlene mangler praksis-inntektslinjer: %v", got.Hjemler)
			}
			// Desimalveien gir det samme.
			var ref Refusjon
			gb, _ := G(r.g.Periode.Fra)
			lonnstilskuddDesimal(&r.g, got.Inntektslinjer, gb, &ref)
			ref.Inntektslinjer = got.Inntektslinjer
			if diff := cmp.Diff(ref, got); diff != "" {
				t.Errorf("rask og desimal ulike (-desimal +rask):\n%s", diff)
			}
		})
	}
}

// TestInntektslinjerOpptjening: når arbeidsgiveren ikke har svart, utledes
// svaret av opptjeningsperioden bare når den ligger helt innenfor (ja) eller
// helt utenfor (nei) perioden 1.–31. august 2025; grensene på begge sider.
func TestInntektslinjerOpptjening(t *testing.T) {
	for _, r := range []struct {
		id, fra, til string
		grunn        Linjegrunn // 0 = feil
	}{
		{"praksis-inntektslinjer", "2025-08-01", "2025-08-31", GrunnLonn},
		{"praksis-inntektslinjer", "2025-08-10", "2025-08-10", GrunnLonn},
		{"praksis-inntektslinjer", "2025-07-31", "2025-08-31", 0}, // én dag før: delvis
		{"praksis-inntektslinjer", "2025-08-01", "2025-09-01", 0}, // én dag etter: delvis
		{"praksis-inntektslinjer", "2025-07-01", "2025-07-31", GrunnOpptjentUtenfor},
		{"praksis-inntektslinjer", "2025-09-01", "2025-09-30", GrunnOpptjentUtenfor},
		{"praksis-inntektslinjer", "", "", 0}, // ingen opptjeningsperiode og intet svar
	} {
		l := linje(InntektstypeLonn, "fastloenn", "30000", tiltak.Ukjent)
		if r.fra != "" {
			l.Opptjeningsperiode = P(r.fra, r.til)
		}
		got, err := BeregnRefusjon(linjegrunnlag(lonnslinje("1000"), l))
		if r.grunn == 0 {
			sjekkFeil(t, err, ErrMangler, "inntektslinjer[1].opptjent_i_perioden")
			continue
		}
		if err != nil {
			t.Fatalf("%s %s–%s: %v", r.id, r.fra, r.til, err)
		}
		if v := got.Inntektslinjer[1]; v.Grunn != r.grunn || !v.OpptjeningUtledet {
			t.Errorf("%s %s–%s: %+v", r.id, r.fra, r.til, v)
		}
		// Arbeidsgiverens svar går foran opptjeningsperioden.
		l.OpptjentIPerioden = tiltak.Nei
		got, _ = BeregnRefusjon(linjegrunnlag(lonnslinje("1000"), l))
		if v := got.Inntektslinjer[1]; v.Grunn != GrunnOpptjentUtenfor || v.OpptjeningUtledet {
			t.Errorf("%s svar nei: %+v", r.id, v)
		}
	}
}

// TestInntektslinjerFeil: en dårlig linje er en feil som navngir den.
func TestInntektslinjerFeil(t *testing.T) {
	for _, r := range []struct {
		felt string
		endr func(*Inntektslinje)
		err  error
	}{
		{"inntektslinjer[2].belop", func(l *Inntektslinje) { l.Belop = decimal.NullDecimal{} }, ErrMangler},
		{"inntektslinjer[2].belop", func(l *Inntektslinje) { l.Belop = NP("1000000000000.01") }, ErrUtenforOmrade},
		{"inntektslinjer[2].belop", func(l *Inntektslinje) { l.Belop = NP("-1000000000001") }, ErrUtenforOmrade},
		{"inntektslinjer[2].maned", func(l *Inntektslinje) { l.Maned = Kalendermaned{} }, ErrMangler},
		{"inntektslinjer[2].opptjeningsperiode.til", func(l *Inntektslinje) { l.Opptjeningsperiode = tiltak.Periode{Fra: D("2025-08-01")} }, tiltak.ErrUgyldigPeriode},
		{"inntektslinjer[2].opptjeningsperiode.til", func(l *Inntektslinje) { l.Opptjeningsperiode = P("2025-08-02", "2025-08-01") }, tiltak.ErrUgyldigPeriode},
		{"inntektslinjer[2].opptjent_i_perioden", func(l *Inntektslinje) { l.OpptjentIPerioden = tiltak.Ukjent }, ErrMangler},
		// En ukjent linje er aldri en feil, også med beløp 0 og ukjent svar.
		{"", func(l *Inntektslinje) { l.Inntektstype, l.OpptjentIPerioden = "ANNET", tiltak.Ukjent }, nil},
	} {
		l := lonnslinje("100")
		r.endr(&l)
		g := linjegrunnlag(lonnslinje("1000"), linje("YTELSE", "x", "5", tiltak.Ukjent), l)
		_, err := BeregnRefusjon(g)
		sjekkFeil(t, err, r.err, r.felt)
	}
}

// TestInntektslinjerJSON: linjene, måneden og grunnene går rundt gjennom JSON,
// og en tom liste skilles fra en som mangler.
func TestInntektslinjerJSON(t *testing.T) {
	inn := `{"tiltak":"midlertidig-lonnstilskudd","periode":{"fra":"2025-08-01","til":"2025-08-31"},"prosent":"40","tilskuddsbelop":"50000",
		"feriepenger_prosent":"12","otp_prosent":"2","arbeidsgiveravgift_prosent":"14.1",
		"inntektslinjer":[{"inntektstype":"LOENNSINNTEKT","beskrivelse":"fastloenn","belop":"30000","maned":"2025-08","opptjent_i_perioden":"ja",
			"opptjeningsperiode":{"fra":"2025-08-01","til":"2025-08-31"}},
			{"inntektstype":"LOENNSINNTEKT","beskrivelse":"trekkILoennForFerie","belop":"-5000","maned":"2025-08"}]}`
	var g Refusjonsgrunnlag
	if err := json.Unmarshal([]byte(inn), &g); err != nil {
		t.Fatal(err)
	}
	r, err := BeregnRefusjon(g)
	if err != nil || !r.BeregnetBelop.Equal(N("13035")) || r.Inntektslinjer[1].Grunn != GrunnFerietrekk {
		t.Fatalf("praksis-inntektslinjer fra JSON: %v %v", r.BeregnetBelop, err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var tilbake Refusjon
	if err := json.Unmarshal(b, &tilbake); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, tilbake); diff != "" {
		t.Errorf("rundtur (-før +etter):\n%s", diff)
	}
	// Tom liste: lønn 0. Manglende: feil.
	g.Inntektslinjer = nil
	b, _ = json.Marshal(g)
	var g2 Refusjonsgrunnlag
	_ = json.Unmarshal(b, &g2)
	_, err = BeregnRefusjon(g2)
	sjekkFeil(t, err, ErrMangler, "bruttolonn")
	g.Inntektslinjer = []Inntektslinje{}
	b, _ = json.Marshal(g)
	var g3 Refusjonsgrunnlag
	_ = json.Unmarshal(b, &g3)
	if r, err := BeregnRefusjon(g3); err != nil || !r.Lonn.IsZero() || g3.Inntektslinjer == nil {
		t.Errorf("tom liste: %v %v", r.Lonn, err)
	}
	// Måneden.
	for _, s := range []string{"2025-13", "25-08", "2025/08", "0000-01", "abcd-ef"} {
		var k Kalendermaned
		if err := k.UnmarshalText([]byte(s)); !errors.Is(err, tiltak.ErrUgyldigDato) {
			t.Errorf("%q: %v", s, err)
		}
	}
	k, err := NyKalendermaned(2025, time.August)
	if err != nil || k.String() != "2025-08" || k.Aar() != 2025 || k.Maned() != time.August || KalendermanedFor(D("2025-08-31")) != k {
		t.Errorf("Kalendermaned: %v %v", k, err)
	}
	if (Kalendermaned{}).String() != "" || !KalendermanedFor(tiltak.Dato{}).IsZero() {
		t.Error("nullverdien")
	}
	for g := GrunnLonn; g <= GrunnFerietrekkAlleredeTrukket; g++ {
		b, _ := g.MarshalText()
		var h Linjegrunn
		if err := h.UnmarshalText(b); err != nil || h != g || g.Forklaring() == "" {
			t.Errorf("%v: %v", g, err)
		}
	}
	if Linjegrunn(99).String() != "ukjent" || Linjegrunn(99).Forklaring() != "" {
		t.Error("ukjent grunn")
	}
}

// TestHjemmelLonnsbegrep: leddet som sier at overtid og variable tillegg
// ikke er lønn, lest i teksten som gjelder på datoen. Skiftene: § 9-4
// tredje ledd → § 9-5 andre ledd 1. juli 2019; sommerjobb fra 22. april
// 2021; fireårig (§ 6 andre ledd) fra 1. august 2026 ut 2032.
func TestHjemmelLonnsbegrep(t *testing.T) {
	for _, r := range []struct {
		id   string
		kode tiltak.Kode
		dag  string
		want string // "id/ledd", "" = ingen
	}{
		{"tf-9-4-v20160101", tiltak.MidlertidigLonnstilskudd, "2016-01-01", "tf-9-4-v20160101/3"},
		{"tf-9-4-v20160101", tiltak.MidlertidigLonnstilskudd, "2019-06-30", "tf-9-4-v20160101/3"},
		{"tf-9-5-v20190701", tiltak.MidlertidigLonnstilskudd, "2019-07-01", "tf-9-5-v20190701/2"},
		{"tf-9-4-v20160101", tiltak.MidlertidigLonnstilskudd, "2015-12-31", ""},
		{"tf-10-6-v20160101", tiltak.VarigLonnstilskudd, "2024-01-01", "tf-10-6-v20160101/3"},
		{"tf-8-6-v20210422", tiltak.Sommerjobb, "2021-04-21", ""},
		{"tf-8-6-v20210422", tiltak.Sommerjobb, "2021-04-22", "tf-8-6-v20210422/3"},
		{"fir-6-v20260801", tiltak.FirearigLonnstilskudd, "2026-07-31", ""},
		{"fir-6-v20260801", tiltak.FirearigLonnstilskudd, "2026-08-01", "fir-6-v20260801/2"},
		{"fir-6-v20260801", tiltak.FirearigLonnstilskudd, "2032-12-31", "fir-6-v20260801/2"},
		{"fir-6-v20260801", tiltak.FirearigLonnstilskudd, "2033-01-01", ""},
		{"tf-5-6-v20180101", tiltak.Mentor, "2024-01-01", ""},
		{"tf-14-8-v20161001", tiltak.VTAO, "2024-01-01", ""},
	} {
		h, ok := HjemmelLonnsbegrep(r.kode, D(r.dag))
		got := ""
		if ok {
			got = hjemmelnokler([]tiltak.Hjemmel{h})[0]
		}
		if got != r.want || ok != (r.want != "") {
			t.Errorf("%s %s %s: %q %v, vil ha %q", r.id, r.kode, r.dag, got, ok, r.want)
		}
	}
}
