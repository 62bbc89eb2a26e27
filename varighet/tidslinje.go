package varighet

import (
	"slices"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Segment er et tidsrom av startdatoer der maksimal varighet følger samme
// regel: samme regelversjon, samme ordinære varighet, samme utfall for
// hver forlengelse og hvert tak, samme praksisgrenser og samme faste
// sluttgrense. Sluttdatoene følger startdatoen (start + lengde − 1 dag,
// kappet ved sluttgrensen); det er reglene bak dem som er de samme.
type Segment struct {
	// Periode er startdatoene, begge ender med.
	Periode tiltak.Periode `json:"periode"`
	// Resultat er Maksimum for første startdato i tidsrommet.
	Resultat Resultat `json:"resultat"`
	// Grunner sier hvorfor segmentet begynner: periodestart for det
	// første; ellers ny versjon av varighetsregelen eller en praksisgrense,
	// en fødselsdag som gir et vilkår for en forlengelse eller et tak et
	// nytt utfall, eller aldersgrensen eller den faste sluttgrensen som er
	// passert.
	Grunner []tiltak.Knekkgrunn `json:"grunner"`
}

// Tidslinje gir maksimal varighet for tiltaket for hver startdato i
// perioden starter, delt i segmenter der regelen bak maksimum er den samme
// (se Segment). To segmenter etter hverandre er ulike. Tidligere perioder
// tas ikke med (de gir et fradrag som skifter med hver startdato; bruk
// Maksimum for en bestemt start).
//
// Knekkpunktene kommer fra dataene: datoene varighetsregelens versjoner
// og praksisgrensene skifter (regler.Varighetsversjoner,
// regler.Praksisgrenseskifter), datoene vilkårene for forlengelser og tak
// erklærer for faktaene (regler.Vilkar.Knekkpunkter), fødselsdagen ved
// aldersgrensen (ungdomsgarantien) og dagen etter en fast sluttgrense. Den
// går ikke gjennom dagene.
//
// valg er valgene, som i MaksimumMed: med valg.MedPraksis leser vilkårene
// faktaene slik NAV gjør i hvert segment. valg.Sluttdato leses ikke.
//
// Feil: som Maksimum (ukjent kode, ugyldige fakta), en periode som mangler
// en dato, slutter før den begynner eller er lengre enn
// tiltak.MaksTidslinjeAar år (en *tiltak.FeltFeil for "periode.fra" eller
// "periode.til"), og en *regler.IkkeModellertFeil (ErrIkkeModellert) for
// den første startdatoen i perioden som ingen varighetsregel dekker.
func Tidslinje(kode tiltak.Kode, f *tiltak.Fakta, starter tiltak.Periode, valg regler.Valg) ([]Segment, error) {
	if f == nil {
		f = new(tiltak.Fakta)
	}
	if err := f.Valider(); err != nil {
		return nil, err
	}
	if err := tiltak.SjekkTidslinjeperiode(starter); err != nil {
		return nil, err
	}
	versjoner, err := regler.Varighetsversjoner(kode)
	if err != nil {
		return nil, err
	}
	kand, err := regler.Praksisgrenseskifter(kode, starter)
	if err != nil {
		return nil, err
	}
	for _, r := range versjoner {
		fra, til := r.Fra(), r.Til()
		if (!til.IsZero() && til.Before(starter.Fra)) || fra.After(starter.Til) {
			continue
		}
		etter := starter.Fra
		if fra.After(starter.Fra) {
			kand = append(kand, tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: fra, ID: r.ID(), Hjemmel: r.Hjemmel()})
			etter = fra.AddDays(-1)
		}
		if !til.IsZero() && til.Before(starter.Til) {
			// Dagen etter siste startdag, når ingen ny versjon tar over
			// (den gir sin egen grunn): ikke modellert.
			etterSiste := til.AddDays(1)
			if !slices.ContainsFunc(versjoner, func(v Regel) bool { return v.Fra() == etterSiste }) {
				kand = append(kand, tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: etterSiste, ID: r.ID(), Hjemmel: r.Hjemmel()})
			}
		} else {
			til = starter.Til
		}
		// Knekkpunktene d med etter < d ≤ til (Knekkpunkter tar ikke med
		// periodens første dag).
		del := tiltak.Periode{Fra: etter, Til: til}
		for i := range r.AntallForlengelser() {
			kand = append(kand, knekkEtter(r.Forlengelse(i).Vilkar, f, del)...)
		}
		for i := range r.AntallTak() {
			kand = append(kand, knekkEtter(r.Tak(i).Vilkar, f, del)...)
		}
		if r.Type() == Aldersgrense && !f.Fodselsdato.IsZero() {
			if d := tiltak.FyltAar(f.Fodselsdato, r.Alder()); d.After(del.Fra) && !d.After(del.Til) {
				kand = append(kand, tiltak.Knekkgrunn{Art: tiltak.KnekkFodselsdag, Dato: d, ID: r.ID(), Alder: r.Alder(), Hjemmel: r.Hjemmel()})
			}
		}
		if s := r.SenesteSlutt(); !s.IsZero() {
			if d := s.AddDays(1); d.After(del.Fra) && !d.After(del.Til) {
				kand = append(kand, tiltak.Knekkgrunn{Art: tiltak.KnekkDato, Dato: d, ID: r.ID(), Hjemmel: r.Hjemmel()})
			}
		}
	}
	kand = tiltak.SorterKnekk(kand)

	valg.Sluttdato = tiltak.Dato{}
	forste, err := MaksimumMed(kode, f, starter.Fra, valg)
	if err != nil {
		return nil, err
	}
	ut := []Segment{{Periode: starter, Resultat: forste,
		Grunner: []tiltak.Knekkgrunn{{Art: tiltak.KnekkPeriodestart, Dato: starter.Fra}}}}
	for i := 0; i < len(kand); {
		d := kand[i].Dato
		j := i
		for j < len(kand) && kand[j].Dato == d {
			j++
		}
		r, err := MaksimumMed(kode, f, d, valg)
		if err != nil {
			return nil, err
		}
		siste := &ut[len(ut)-1]
		if !sammeRegel(&siste.Resultat, &r) {
			siste.Periode.Til = d.AddDays(-1)
			ut = append(ut, Segment{Periode: tiltak.Periode{Fra: d, Til: starter.Til}, Resultat: r,
				Grunner: slices.Clone(kand[i:j])})
		}
		i = j
	}
	return ut, nil
}

// knekkEtter gir vilkårets knekkpunkter d med del.Fra < d ≤ del.Til.
func knekkEtter(v *regler.Vilkar, f *tiltak.Fakta, del tiltak.Periode) []tiltak.Knekkgrunn {
	if v == nil {
		return nil
	}
	return v.Knekkpunkter(f, del)
}

// sammeRegel sier om to resultater følger samme regel (se Segment).
func sammeRegel(a, b *Resultat) bool {
	if a.RegelID != b.RegelID || a.Type != b.Type || a.Ordinaer != b.Ordinaer || a.Sluttgrense != b.Sluttgrense ||
		a.Tidligere != b.Tidligere || a.Mangler != b.Mangler || a.UtledetArbeidsevne != b.UtledetArbeidsevne || a.OppfyltUtenGrense != b.OppfyltUtenGrense ||
		a.MuligUtenGrense != b.MuligUtenGrense || a.SisteSluttOppfylt.IsZero() != b.SisteSluttOppfylt.IsZero() ||
		a.OrdinaerSlutt.IsZero() != b.OrdinaerSlutt.IsZero() {
		return false
	}
	if !slices.EqualFunc(a.Forlengelser, b.Forlengelser, func(x, y Utvidelse) bool {
		return x.Forlengelse.Vilkar == y.Forlengelse.Vilkar && x.Spor == y.Spor && x.SisteDag.IsZero() == y.SisteDag.IsZero()
	}) {
		return false
	}
	if !slices.EqualFunc(a.Tak, b.Tak, func(x, y Takvurdering) bool { return x.Tak.Vilkar == y.Tak.Vilkar && x.Spor == y.Spor }) {
		return false
	}
	return slices.EqualFunc(a.Praksis, b.Praksis, func(x, y Praksisgrense) bool { return x.Praksisgrense == y.Praksisgrense })
}
