package sak

import (
	"errors"
	"fmt"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// TidslinjeSvar er svaret på spørsmålet «tidslinje»: vilkårene,
// varigheten og satsene over perioden, hver delt i segmenter med samme
// svar og grunnen til hvert skifte (tiltak.Knekkgrunn).
type TidslinjeSvar struct {
	// Periode er perioden svaret gjelder.
	Periode tiltak.Periode `json:"periode"`
	// Vilkar har én linje per tiltak saken navngir, eller for hele
	// katalogen (regler.TidslinjeAlle). Et tiltak som ikke er modellert i en
	// del av perioden, har der segmenter med ikke_modellert, som i
	// regler.VurderAlle.
	Vilkar []regler.Linje `json:"vilkar,omitempty"`
	// Varighet har maksimal varighet for startdatoene i perioden, per
	// tiltak saken navngir (varighet.Tidslinje).
	Varighet []VarighetLinje `json:"varighet,omitempty"`
	// Satser har satsene over hver avtaleperiode (tilskudd.Satstidslinje).
	Satser []SatsLinje `json:"satser,omitempty"`
}

// VarighetLinje er varighet.Tidslinje for ett tiltak, eller en feiltekst
// når regelen ikke er modellert for en startdato i perioden.
type VarighetLinje struct {
	Tiltak    tiltak.Kode        `json:"tiltak"`
	Segmenter []varighet.Segment `json:"segmenter,omitempty"`
	// IkkeModellert er sann når en startdato i perioden ikke har en
	// varighetsregel; Feil sier hvilken.
	IkkeModellert bool   `json:"ikke_modellert,omitempty"`
	Feil          string `json:"feil,omitempty"`
}

// SatsLinje er tilskudd.Satstidslinje for én avtale, eller en feiltekst
// når satsreglene ikke er modellert for avtalen.
type SatsLinje struct {
	Tiltak    tiltak.Kode            `json:"tiltak"`
	Segmenter []tilskudd.Satssegment `json:"segmenter,omitempty"`
	// IkkeModellert er sann når tiltaket eller startdatoen ikke har en
	// satsregel; Feil sier hvorfor.
	IkkeModellert bool   `json:"ikke_modellert,omitempty"`
	Feil          string `json:"feil,omitempty"`
}

// tidslinjeperiode er perioden spørsmålet «tidslinje» gjelder: Tidslinje,
// ellers Periode.
func (s *Sak) tidslinjeperiode() (tiltak.Periode, string) {
	if !s.Tidslinje.IsZero() {
		return s.Tidslinje, "tidslinje"
	}
	return s.Periode, "periode"
}

// validerTidslinje sjekker perioden for spørsmålet «tidslinje» når saken
// stiller det: den må finnes, være gyldig og ikke berøre flere enn
// g.MaksManeder kalendermåneder (samme grense som de andre periodene).
func (s *Sak) validerTidslinje(g Grenser) error {
	if s.Tidslinje.IsZero() && !(len(s.Sporsmal) > 0 && s.sporsmal(Tidslinje)) {
		return nil
	}
	p, felt := s.tidslinjeperiode()
	if p.IsZero() {
		return &tiltak.FeltFeil{Felt: "tidslinje", Grunn: "mangler; spørsmålet tidslinje trenger en periode (tidslinje eller periode)", Err: ErrUgyldigSak}
	}
	if err := p.Valider(); err != nil {
		return medPrefiks(felt+".", err)
	}
	if err := forLang(felt+".til", p, g.MaksManeder); err != nil {
		return err
	}
	if s.MedPraksis && !s.Periode.IsZero() && s.Periode.Til.Before(p.Til) {
		return &tiltak.FeltFeil{Felt: "periode.til", Verdi: s.Periode.Til.String(),
			Grunn: "er før tidslinjens slutt " + p.Til.String() + "; med med_praksis er den planlagt sluttdato", Err: ErrUgyldigSak}
	}
	return nil
}

// tidslinjeFor besvarer spørsmålet «tidslinje».
func tidslinjeFor(s *Sak) (*TidslinjeSvar, error) {
	p, felt := s.tidslinjeperiode()
	t := &TidslinjeSvar{Periode: p}
	valg := regler.Valg{MedPraksis: s.MedPraksis}
	if s.MedPraksis && !s.Periode.IsZero() {
		valg.Sluttdato = s.Periode.Til
	}
	linjer, err := regler.TidslinjeAlle(&s.Fakta, p, valg)
	if err != nil {
		return nil, tidslinjeFeil(err, felt)
	}
	if len(s.Tiltak) == 0 {
		t.Vilkar = linjer
	} else {
		for _, k := range s.Tiltak {
			i, _ := k.Posisjon()
			t.Vilkar = append(t.Vilkar, linjer[i])
		}
		for _, k := range s.Tiltak {
			v := VarighetLinje{Tiltak: k}
			segs, err := varighet.Tidslinje(k, &s.Fakta, p, regler.Valg{MedPraksis: s.MedPraksis})
			if tekst, ok := ikkeModellertTekst(err, varighet.ErrIkkeModellert); ok {
				v.IkkeModellert, v.Feil = true, tekst
			} else if err != nil {
				return nil, tidslinjeFeil(err, felt)
			}
			v.Segmenter = segs
			t.Varighet = append(t.Varighet, v)
		}
	}
	for i, a := range s.Avtaler {
		l := SatsLinje{Tiltak: a.Avtale.Tiltak}
		segs, err := tilskudd.SatstidslinjeMed(avtaleMedFakta(a.Avtale, &s.Fakta), regler.Valg{MedPraksis: s.MedPraksis})
		if tekst, ok := ikkeModellertTekst(err, tilskudd.ErrIkkeModellert); ok {
			l.IkkeModellert, l.Feil = true, tekst
		} else if err != nil {
			return nil, medPrefiks(fmt.Sprintf("avtaler[%d].avtale.", i), err)
		}
		l.Segmenter = segs
		t.Satser = append(t.Satser, l)
	}
	return t, nil
}

// tidslinjeFeil gir en feil fra biblioteket med stien i saken: periodens
// felt heter «tidslinje» eller «periode», resten som i sakFeil.
func tidslinjeFeil(err error, felt string) error {
	var fe *tiltak.FeltFeil
	if errors.As(err, &fe) && (fe.Felt == "periode.fra" || fe.Felt == "periode.til") {
		kopi := *fe
		kopi.Felt = felt + fe.Felt[len("periode"):]
		return &kopi
	}
	return sakFeil(err)
}

// forklarTidslinje skriver tidslinjen som tekst: hvert segment med
// utfallet og grunnene.
func forklarTidslinje(w *feilskriver, t *TidslinjeSvar) {
	if t == nil {
		return
	}
	fmt.Fprintf(w, "\nTidslinje %s:\n", t.Periode.Norsk())
	for _, l := range t.Vilkar {
		fmt.Fprintf(w, "  %s:\n", l.Tiltak.Navn())
		for _, s := range l.Segmenter {
			fmt.Fprintf(w, "    %s: %s (regelverk %s)\n", s.Periode, s.Utfall(), s.Resultat.Regelsett.ID())
			for _, g := range s.Grunner {
				fmt.Fprintf(w, "      %s\n", g.Forklaring())
			}
		}
	}
	for _, v := range t.Varighet {
		fmt.Fprintf(w, "  Varighet %s for start i perioden:", v.Tiltak.Navn())
		if v.Feil != "" {
			fmt.Fprintf(w, " %s\n", v.Feil)
			continue
		}
		fmt.Fprintln(w)
		for _, s := range v.Segmenter {
			fmt.Fprintf(w, "    start %s: %s %s (%s)\n", s.Periode, s.Resultat.Type, s.Resultat.Ordinaer, s.Resultat.Hjemmel)
			for _, g := range s.Grunner {
				fmt.Fprintf(w, "      %s\n", g.Forklaring())
			}
		}
	}
	for _, l := range t.Satser {
		fmt.Fprintf(w, "  Satser %s:", l.Tiltak.Navn())
		if l.Feil != "" {
			fmt.Fprintf(w, " %s\n", l.Feil)
			continue
		}
		fmt.Fprintln(w)
		for _, s := range l.Segmenter {
			fmt.Fprintf(w, "    %s:", s.Periode)
			if s.Prosent.Valid {
				fmt.Fprintf(w, " %s %%", s.Prosent.Decimal)
			}
			if s.G.Valid {
				fmt.Fprintf(w, " G %s kr", s.G.Decimal)
			}
			if s.Manedssats.Valid {
				fmt.Fprintf(w, " månedssats %s kr", s.Manedssats.Decimal)
			}
			if s.Ukjent {
				fmt.Fprint(w, " (en sats er ikke kjent)")
			}
			fmt.Fprintln(w)
			for _, g := range s.Grunner {
				fmt.Fprintf(w, "      %s\n", g.Forklaring())
			}
		}
	}
}
