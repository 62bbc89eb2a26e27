// Kommandoen demo kjører biblioteket på de innebygde eksempelsakene og skriver
// en tabell per sak, på norsk: tiltak, utfall, siste sluttdato, tilskudd og
// hjemmelen for hvert svar, og inntektsgrensen for uføretrygd der saken
// spør om den.
//
//	go run ./examples/demo
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"
	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

func main() {
	start := time.Now()
	saker := sak.Eksempler()
	if len(saker) == 0 {
		fmt.Fprintln(os.Stderr, "demo: fant ingen eksempelsaker")
		os.Exit(1)
	}
	for _, s := range saker {
		svar, err := sak.Behandle(s)
		if err != nil {
			fmt.Fprintf(os.Stderr, "demo: sak %s: %v\n", s.ID, err)
			os.Exit(1)
		}
		skriv(os.Stdout, s, svar)
	}
	fmt.Printf("%d saker vurdert på %v.\n", len(saker), time.Since(start).Round(time.Microsecond))
}

// skriv skriver tabellen for én sak.
func skriv(w io.Writer, s sak.Sak, svar sak.Svar) {
	fmt.Fprintf(w, "== %s: %s (vurdert %s)\n", s.ID, s.Beskrivelse, s.Dato.Norsk())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TILTAK\tUTFALL\tSENESTE SLUTT\tTILSKUDD\tHJEMMEL")
	for _, k := range s.Tiltak {
		r := finnVilkar(svar, k)
		utfall, hjemler := "–", []string{}
		if r != nil {
			utfall = r.Utfall.String()
			hjemler = append(hjemler, avgjorende(r)...)
		}
		slutt := "–"
		for _, v := range svar.Varighet {
			if v.Tiltak != k {
				continue
			}
			switch {
			case v.Feil != "":
				slutt = "ikke modellert"
			case v.Maksimum != nil:
				m := v.Maksimum
				slutt = sluttTekst(m.SisteSluttOppfylt, m.SisteSluttMulig, strings.ReplaceAll(m.Type.String(), "-", " "))
				hjemler = append(hjemler, m.Hjemmel.String())
			}
		}
		tilskuddTekst := "–"
		for _, t := range svar.Tilskudd {
			if t.Tiltak != k {
				continue
			}
			tilskuddTekst = tilskuddKort(t)
			if t.Satsplan != nil {
				hjemler = append(hjemler, t.Satsplan.Hjemmel.String())
			}
		}
		if y, ok := tiltak.Plasstype(k); ok && k != tiltak.Arbeidstrening {
			tilskuddTekst = "ingen (" + y.Registrering + ")"
			hjemler = append(hjemler, y.Hjemmel.String())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k.Navn(), utfall, slutt, tilskuddTekst, strings.Join(unike(hjemler), "; "))
	}
	tw.Flush()
	if len(svar.Mangler) > 0 {
		navn := make([]string, len(svar.Mangler))
		for i, ft := range svar.Mangler {
			navn[i] = ft.String()
		}
		fmt.Fprintf(w, "  Spør etter: %s\n", strings.Join(navn, ", "))
	}
	for _, r := range svar.Vilkar {
		for _, p := range r.Spor {
			if p.Utfall() != regler.Oppfylt && !p.Erstattet() {
				fmt.Fprintf(w, "  %s – %s: %s\n", r.Tiltak.Navn(), p.Vilkar().Hjemmel(), p.Forklaring(r.Fakta))
			}
		}
	}
	for _, v := range svar.Varighet {
		for _, b := range v.Kontroll {
			fmt.Fprintf(w, "  Kontroll av perioden %s: %s\n", s.Periode, b.Feil)
		}
		for _, f := range v.Frister {
			if !f.Dato.IsZero() {
				fmt.Fprintf(w, "  Frist %s: %s (%s)\n", f.Dato, f.Beskrivelse, f.Hjemmel)
			}
		}
	}
	for _, t := range svar.Tilskudd {
		skrivTilskudd(w, t)
	}
	if u := svar.Uforegrense; u != nil {
		skrivUforegrense(w, u)
	}
	skrivTidslinje(w, svar.Tidslinje)
	fmt.Fprintln(w)
}

// skrivUforegrense skriver inntektsgrensen for uføretrygd med hjemlene og
// forbeholdet om at kildene er sekundærkilder.
func skrivUforegrense(w io.Writer, u *sak.UforegrenseSvar) {
	if u.Feil != "" {
		fmt.Fprintf(w, "  Inntektsgrense for uføretrygd: %s\n", u.Feil)
		return
	}
	g := u.Grense
	fmt.Fprintf(w, "  Inntektsgrense for uføretrygd (%s): %s\n", g.Utfall, g.Forklaring)
	hjemler := make([]string, len(g.Hjemler))
	for i, h := range g.Hjemler {
		hjemler[i] = h.String()
	}
	merke := ""
	if g.Uverifisert {
		merke = " – uverifisert: bygger på NAVs brevmaler og forarbeider, ikke på lest lovtekst"
	}
	fmt.Fprintf(w, "  Hjemmel: %s%s\n", strings.Join(hjemler, "; "), merke)
}

// skrivTidslinje skriver svarene over perioden: for hvert tiltak og hver
// avtale når svaret skifter, og hvorfor.
func skrivTidslinje(w io.Writer, t *sak.TidslinjeSvar) {
	if t == nil {
		return
	}
	fmt.Fprintf(w, "  Tidslinje %s (skifter og hvorfor):\n", t.Periode.Norsk())
	grunner := func(g []tiltak.Knekkgrunn) string {
		var ut []string
		for _, k := range g {
			switch k.Art {
			case tiltak.KnekkPeriodestart:
				continue
			case tiltak.KnekkFodselsdag, tiltak.KnekkKalenderaar, tiltak.KnekkDagenEtter:
				ut = append(ut, fmt.Sprintf("%s %d år, %s", k.Art, k.Alder, k.Hjemmel))
			default:
				ut = append(ut, fmt.Sprintf("%s %s", k.Art, k.ID))
			}
		}
		if len(ut) == 0 {
			return ""
		}
		return " (" + strings.Join(unike(ut), "; ") + ")"
	}
	for _, l := range t.Vilkar {
		var deler []string
		for _, s := range l.Segmenter {
			deler = append(deler, fmt.Sprintf("fra %s %s%s", s.Periode.Fra, s.Utfall(), grunner(s.Grunner)))
		}
		fmt.Fprintf(w, "    %s: %s\n", l.Tiltak.Navn(), strings.Join(deler, " · "))
	}
	for _, l := range t.Satser {
		if l.Feil != "" {
			fmt.Fprintf(w, "    Satser %s: %s\n", l.Tiltak.Navn(), l.Feil)
			continue
		}
		var deler []string
		for _, s := range l.Segmenter {
			tekst := "fra " + s.Periode.Fra.String()
			if s.Prosent.Valid {
				tekst += " " + s.Prosent.Decimal.String() + " %"
			}
			if s.G.Valid {
				tekst += ", G " + kr(s.G.Decimal)
			}
			if s.Manedssats.Valid {
				tekst += ", " + kr(s.Manedssats.Decimal) + "/mnd"
			}
			if s.Ukjent {
				tekst += ", sats ikke kjent"
			}
			deler = append(deler, tekst+grunner(s.Grunner))
		}
		fmt.Fprintf(w, "    Satser %s: %s\n", l.Tiltak.Navn(), strings.Join(deler, " · "))
	}
}

var takTekst = map[tilskudd.Tak]string{
	tilskudd.IngenTak:          "ingen",
	tilskudd.TakTilskuddsbelop: "godkjent tilskuddsbeløp",
	tilskudd.Tak5G:             "5 G per kalenderår",
}

func finnVilkar(svar sak.Svar, k tiltak.Kode) *regler.Resultat {
	for i := range svar.Vilkar {
		if svar.Vilkar[i].Tiltak == k {
			return &svar.Vilkar[i]
		}
	}
	return nil
}

// avgjorende gir hjemlene til vilkårene som avgjorde utfallet: de som ikke er
// oppfylt eller må vurderes, eller ellers tiltakets egne (ikke de generelle
// i § 1-3).
func avgjorende(r *regler.Resultat) []string {
	var ut []string
	for _, p := range r.Spor {
		if p.Utfall() == r.Utfall && !p.Erstattet() && (r.Utfall != regler.Oppfylt || !generell(p.Vilkar().Hjemmel())) {
			ut = append(ut, p.Vilkar().Hjemmel().String())
		}
	}
	return ut
}

func generell(h tiltak.Hjemmel) bool { return h.Paragraf == "1-3" || h.Paragraf == "1-8" }

func sluttTekst(slutt, mulig tiltak.Dato, typ string) string {
	switch {
	case slutt.IsZero() && mulig.IsZero():
		return typ
	case slutt.IsZero():
		return "inntil " + mulig.String() + " etter vurdering"
	case mulig.After(slutt):
		return slutt.String() + " (inntil " + mulig.String() + " etter vurdering)"
	}
	return slutt.String()
}

func tilskuddKort(t sak.TilskuddSvar) string {
	if len(t.Perioder) == 0 {
		return "–"
	}
	if t.Satsplan == nil { // fast sats (VTAO)
		return kr(t.Perioder[0].Manedsbelop) + "/mnd (fast sats)"
	}
	var deler []string
	for _, tr := range t.Satsplan.Trinn {
		deler = append(deler, tr.Prosent.String()+" %")
	}
	return strings.Join(deler, " → ") + ", " + kr(t.Perioder[0].Manedsbelop) + "/mnd"
}

func skrivTilskudd(w io.Writer, t sak.TilskuddSvar) {
	if t.Satsplan != nil {
		for _, tr := range t.Satsplan.Trinn {
			fmt.Fprintf(w, "  Sats %s: %s %%\n", tr.Periode.Norsk(), tr.Prosent)
		}
	}
	if t.Maned != nil {
		m := t.Maned
		fmt.Fprintf(w, "  Lønnskostnad per måned: lønn %s + feriepenger, OTP og arbeidsgiveravgift = %s; tilskudd %s %% = %s\n",
			kr(m.Manedslonn), kr(m.Sum), m.Prosent, kr(m.Tilskudd))
	}
	sum := decimal.Zero
	for _, p := range t.Perioder {
		sum = sum.Add(p.Belop)
	}
	n := len(t.Perioder)
	fmt.Fprintf(w, "  %d tilskuddsperioder, til sammen %s", n, kr(sum))
	if n > 0 {
		forste, siste := t.Perioder[0], t.Perioder[n-1]
		fmt.Fprintf(w, "; første %s: %s, siste %s: %s", forste.Periode, kr(forste.Belop), siste.Periode, kr(siste.Belop))
	}
	fmt.Fprintln(w)
	if r := t.Refusjon; r != nil {
		fmt.Fprintf(w, "  Refusjon for én måned: lønn %s, utgifter %s, fratrukket refunderbart %s, beregnet %s, tak: %s, til utbetaling %s\n",
			kr(r.Lonn), kr(r.SumUtgifter.Round(2)), kr(r.SumUtgifterFratrukketRefundert.Round(2)),
			kr(r.BeregnetBelop), takTekst[r.Tak], kr(r.Refusjonsbelop))
	}
}

// kr formaterer et beløp med mellomrom som tusenskille: «27 173 kr».
func kr(d decimal.Decimal) string {
	s := d.String()
	heltall, desimaler, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(heltall, "-")
	heltall = strings.TrimPrefix(heltall, "-")
	var b strings.Builder
	for i, c := range heltall {
		if i > 0 && (len(heltall)-i)%3 == 0 {
			b.WriteString("\u00a0")
		}
		b.WriteRune(c)
	}
	ut := b.String()
	if desimaler != "" {
		ut += "," + desimaler
	}
	if neg {
		ut = "−" + ut
	}
	return ut + " kr"
}

func unike(l []string) []string {
	sett := map[string]bool{}
	var ut []string
	for _, s := range l {
		if s != "" && !sett[s] {
			sett[s] = true
			ut = append(ut, s)
		}
	}
	return ut
}
