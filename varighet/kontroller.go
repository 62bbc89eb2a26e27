package varighet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Feilene bak hvert brudd Kontroller kan finne. Den konkrete feilen er en
// *Brudd; bruk errors.Is(err, ErrForLang) og errors.As(err, &brudd).
var (
	// ErrForLang: perioden er lengre enn maksimal varighet.
	ErrForLang = errors.New("for lang varighet")
	// ErrStartForTidlig: perioden starter før tidligste tillatte startdato.
	ErrStartForTidlig = errors.New("starter for tidlig")
	// ErrStartForSent: perioden starter etter seneste tillatte startdato.
	ErrStartForSent = errors.New("starter for sent")
	// ErrFristOversittet: NAV har oversittet en frist forskriften setter for
	// NAV selv (ungdomsgarantien skal inntre innen åtte uker etter
	// registrering). Det er ikke et vilkår for personen og gjør ikke
	// perioden ugyldig; det er et avvik å følge opp.
	ErrFristOversittet = errors.New("NAVs frist er oversittet")
	// ErrSluttForSent: perioden slutter etter en fast sluttgrense.
	ErrSluttForSent = errors.New("slutter for sent")
	// ErrSluttForStart: sluttdatoen er før startdatoen.
	ErrSluttForStart = errors.New("slutter før den starter")
	// ErrMaVurderes: perioden holder bare hvis et vilkår som må vurderes er
	// oppfylt (en forlengelse), eller et faktum som trengs for å sjekke en
	// grense mangler. Det er verken godkjent eller avslått.
	ErrMaVurderes = errors.New("må vurderes")
)

// Brudd er én grense en foreslått periode bryter, eller ikke kan sjekkes
// mot uten skjønn eller flere fakta (ErrMaVurderes).
type Brudd struct {
	Tiltak tiltak.Kode `json:"tiltak"` // tiltaket
	// Grense navngir grensen på norsk, for eksempel «maksimal varighet» eller
	// «seneste startdato i sesongen».
	Grense  string         `json:"grense,omitempty"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"` // bestemmelsen grensen bygger på
	// Tillatt er grensedatoen: siste tillatte sluttdag, tidligste eller
	// seneste tillatte startdag. Nullverdien betyr at ingen dato er tillatt
	// (rammen er brukt opp) eller at datoen ikke kan regnes ut (se Mangler).
	Tillatt tiltak.Dato `json:"tillatt,omitzero"`
	// TillattMedApne er siste tillatte sluttdag når forlengelsene i Apne gis
	// (bare for ErrMaVurderes og ErrForLang).
	TillattMedApne tiltak.Dato `json:"tillatt_med_apne,omitzero"`
	// Faktisk er datoen i perioden som bryter grensen.
	Faktisk tiltak.Dato `json:"faktisk,omitzero"`
	// Apne er vilkårene som må vurderes før perioden kan godtas.
	Apne []regler.Sporpunkt `json:"apne,omitempty"`
	// Mangler er fakta som mangler for å sjekke grensen.
	Mangler tiltak.Faktasett `json:"mangler,omitempty"`
	// Praksis er sann når grensen er NAVs praksis og ikke forskrift.
	Praksis bool `json:"praksis,omitempty"`
	// Uverifisert er sann når grensen bygger på tekst som ikke er lest.
	Uverifisert bool `json:"uverifisert,omitempty"`
	// Err er feilen bruddet matcher (ErrForLang, ErrStartForTidlig, …).
	Err error `json:"-"`
}

// Error gir bruddet som tekst.
func (b *Brudd) Error() string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s: %s (%s)", b.Tiltak, b.Grense, b.Hjemmel)
	switch b.Err {
	case ErrStartForTidlig:
		fmt.Fprintf(&s, ": start %s er før %s", b.Faktisk, b.Tillatt)
	case ErrStartForSent:
		fmt.Fprintf(&s, ": start %s er etter %s", b.Faktisk, b.Tillatt)
	case ErrFristOversittet:
		fmt.Fprintf(&s, ": start %s er etter fristen %s", b.Faktisk, b.Tillatt)
	case ErrSluttForStart:
		fmt.Fprintf(&s, ": slutt %s er før start %s", b.Faktisk, b.Tillatt)
	case ErrMaVurderes:
		if b.Tillatt.IsZero() {
			s.WriteString(": kan ikke sjekkes uten flere fakta")
		} else {
			fmt.Fprintf(&s, ": slutt %s er etter %s og holder bare hvis forlengelsen gis (inntil %s)", b.Faktisk, b.Tillatt, b.TillattMedApne)
		}
	default:
		if b.Tillatt.IsZero() {
			fmt.Fprintf(&s, ": ingen sluttdato er tillatt, slutt er %s", b.Faktisk)
		} else {
			fmt.Fprintf(&s, ": slutt %s er etter siste tillatte dag %s", b.Faktisk, b.Tillatt)
		}
	}
	if b.Praksis {
		s.WriteString(" [praksis]")
	}
	if b.Uverifisert {
		s.WriteString(" [uverifisert]")
	}
	return s.String()
}

// Unwrap gir feilen bruddet matcher.
func (b *Brudd) Unwrap() error { return b.Err }

// Kontroller sjekker en foreslått periode for tiltaket kode og gir hver
// regel perioden bryter, som *Brudd (matches med errors.Is mot ErrForLang,
// ErrStartForTidlig, ErrStartForSent, ErrFristOversittet, ErrSluttForSent, ErrSluttForStart og
// ErrMaVurderes). Brudd på NAVs praksis er med og merket Praksis. En tom
// liste betyr at perioden holder seg innenfor alle modellerte grenser; den
// er nil, og kontrollen allokerer da ikke.
//
// Perioden skal dekke hele deltakelsen fra første dag; en forlengelse er en
// senere sluttdato, ikke en ny periode. tidligere er tidligere perioder i
// samme tiltak, som teller der regelen taler om samlet varighet (se
// Maksimum).
//
// Ugyldige inndata gir én feil: en *tiltak.FeltFeil (ukjent kode, manglende
// dato, ugyldige fakta eller tidligere perioder) eller en
// *IkkeModellertFeil når ingen regel er modellert for startdatoen.
func Kontroller(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode, tidligere []tiltak.Periode) []error {
	if f == nil {
		f = &ingenFakta
	}
	if err := kode.Valider(); err != nil {
		return []error{err}
	}
	if periode.Fra.IsZero() {
		return []error{&tiltak.FeltFeil{Felt: "fra", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}}
	}
	if periode.Til.IsZero() {
		return []error{&tiltak.FeltFeil{Felt: "til", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}}
	}
	if err := f.Valider(); err != nil {
		return []error{err}
	}
	r, err := regler.VarighetFor(kode, periode.Fra)
	if err != nil {
		var ok bool
		if r, ok = regelUtenforVindu(kode); !ok {
			return []error{err}
		}
	}
	// Svaret fra Maksimum lever bare under kontrollen, så skivene får plass
	// på stakken når de er små nok (beregn gjenbruker plassen den får).
	var res Resultat
	var forl [4]Utvidelse
	var tak [1]Takvurdering
	var pg [2]Praksisgrense
	res.Forlengelser, res.Tak, res.Praksis = forl[:0], tak[:0], pg[:0]
	if err := beregn(&res, r, &grunnlag{f: f}, periode.Fra, tidligere); err != nil {
		return []error{err}
	}
	// Hjemmelen leses fra regelen (den er den samme som res.Hjemmel): en
	// tekst lest fra res som havner i et brudd, ville flyttet skivene over
	// til heapen.
	h := r.Hjemmel()
	praksis, uverifisert := h.ErPraksis(), res.Uverifisert
	var ut []error
	add := func(b *Brudd) {
		b.Tiltak = kode
		ut = append(ut, b)
	}
	start, slutt := periode.Fra, periode.Til
	if slutt.Before(start) {
		add(&Brudd{Grense: "sluttdato etter startdato", Hjemmel: h, Tillatt: start, Faktisk: slutt, Err: ErrSluttForStart})
	}
	// Faste datogrenser (fireårig lønnstilskudd).
	if t := r.TidligsteStart(); !t.IsZero() && start.Before(t) {
		add(&Brudd{Grense: "tidligste startdato", Hjemmel: h, Tillatt: t, Faktisk: start,
			Praksis: praksis, Uverifisert: uverifisert, Err: ErrStartForTidlig})
	}
	if t := r.SenesteSlutt(); !t.IsZero() && slutt.After(t) {
		add(&Brudd{Grense: "seneste sluttdato", Hjemmel: h, Tillatt: t, Faktisk: slutt,
			Praksis: praksis, Uverifisert: uverifisert, Err: ErrSluttForSent})
	}
	// Sesong (sommerjobb): hele deltakelsen skal ligge i vinduet. Åpner
	// kilden for unntak, er et brudd må vurderes, ikke ikke oppfylt.
	if s, ok := r.Sesong(); ok {
		kontrollerSesong(s, &res, h, start, slutt, add)
	}
	if !slutt.Before(start) {
		switch res.Type {
		case Tidsbegrenset:
			kontrollerLengde(&res, h, slutt, add)
		case Aldersgrense:
			kontrollerAlder(&res, h, r, f, start, slutt, add)
		}
	}
	// Praksisgrenser.
	for _, p := range res.Praksis {
		if !p.SisteStart.IsZero() && start.After(p.SisteStart) {
			add(&Brudd{Grense: "seneste startdato (praksis)", Hjemmel: p.Hjemmel, Tillatt: p.SisteStart, Faktisk: start,
				Praksis: true, Uverifisert: p.Uverifisert, Err: ErrStartForSent})
		}
		if !p.SisteDag.IsZero() && !slutt.Before(start) && slutt.After(p.SisteDag) {
			e, grense := ErrForLang, "maksimal varighet (praksis)"
			if p.FastSluttdag {
				e, grense = ErrSluttForSent, "seneste sluttdato (praksis)"
			}
			add(&Brudd{Grense: grense, Hjemmel: p.Hjemmel, Tillatt: p.SisteDag, Faktisk: slutt,
				Praksis: true, Uverifisert: p.Uverifisert, Err: e})
		}
	}
	return ut
}

// kontrollerSesong sjekker at perioden ligger i sesongvinduet i startåret.
func kontrollerSesong(s Sesong, res *Resultat, h tiltak.Hjemmel, start, slutt tiltak.Dato, add func(*Brudd)) {
	fra, e1 := tiltak.NyDato(start.Aar(), s.FraManed, s.FraDag)
	til, e2 := tiltak.NyDato(start.Aar(), s.TilManed, s.TilDag)
	unntak := ""
	if s.Unntak {
		unntak = " (kan fravikes etter NAVs vurdering av særlige grunner)"
	}
	brudd := func(grense string, tillatt, faktisk tiltak.Dato, e error) {
		if s.Unntak {
			e = ErrMaVurderes
		}
		add(&Brudd{Grense: grense + unntak, Hjemmel: h, Tillatt: tillatt, Faktisk: faktisk,
			Uverifisert: res.Uverifisert, Err: e})
	}
	if e1 == nil && start.Before(fra) {
		brudd("tidligste dag i sesongen", fra, start, ErrStartForTidlig)
	}
	if e2 == nil && start.After(til) {
		brudd("seneste dag i sesongen", til, start, ErrStartForSent)
	} else if e2 == nil && slutt.After(til) {
		brudd("seneste dag i sesongen", til, slutt, ErrSluttForSent)
	}
}

func kontrollerLengde(res *Resultat, h tiltak.Hjemmel, slutt tiltak.Dato, add func(*Brudd)) {
	if res.SluttUtenGrense || !slutt.After(res.SenesteSlutt) && !res.SenesteSlutt.IsZero() {
		return
	}
	praksis := h.ErPraksis()
	if res.MuligUtenGrense || !res.SenesteMulig.IsZero() && !slutt.After(res.SenesteMulig) {
		var apne []regler.Sporpunkt
		var mangler tiltak.Faktasett
		for _, u := range res.Forlengelser {
			if u.Spor.Utfall() == regler.MaVurderes && (u.Forlengelse.UtenGrense || !slutt.After(u.SisteDag)) {
				apne = append(apne, u.Spor)
				mangler = mangler.Union(u.Spor.Mangler())
			}
		}
		for _, t := range res.Tak {
			if t.Spor.Utfall() == regler.MaVurderes && slutt.After(t.SisteDag) {
				apne = append(apne, t.Spor)
				mangler = mangler.Union(t.Spor.Mangler())
			}
		}
		add(&Brudd{Grense: "maksimal varighet uten forlengelse som må vurderes", Hjemmel: h, Tillatt: res.SenesteSlutt,
			TillattMedApne: res.SenesteMulig, Faktisk: slutt, Apne: apne, Mangler: mangler,
			Praksis: praksis, Uverifisert: res.Uverifisert, Err: ErrMaVurderes})
		return
	}
	add(&Brudd{Grense: "maksimal varighet", Hjemmel: h, Tillatt: res.SenesteSlutt, TillattMedApne: res.SenesteMulig,
		Faktisk: slutt, Praksis: praksis, Uverifisert: res.Uverifisert, Err: ErrForLang})
}

func kontrollerAlder(res *Resultat, h tiltak.Hjemmel, r Regel, f *tiltak.Fakta, start, slutt tiltak.Dato, add func(*Brudd)) {
	grense := "opphør ved fylte " + strconv.Itoa(r.Alder()) + " år"
	if res.Mangler.Har(tiltak.FaktumFodselsdato) {
		add(&Brudd{Grense: grense, Hjemmel: h, Faktisk: slutt,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumFodselsdato), Err: ErrMaVurderes})
	} else if slutt.After(res.Sluttgrense) {
		add(&Brudd{Grense: grense, Hjemmel: h, Tillatt: res.Sluttgrense, Faktisk: slutt, Err: ErrSluttForSent})
	}
	// Tiltaket skal inntre innen en frist etter registrering
	// (ungdomsgarantien: åtte uker).
	l := r.OppstartFrist()
	if l.IsZero() {
		return
	}
	grense = "oppstart innen " + l.String() + " etter registrering"
	if f.RegistrertDato.IsZero() {
		add(&Brudd{Grense: grense, Hjemmel: h, Faktisk: start,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumRegistrertDato), Err: ErrMaVurderes})
	} else if sist := f.RegistrertDato.Add(l); start.After(sist) {
		add(&Brudd{Grense: grense + " (NAVs frist)", Hjemmel: h, Tillatt: sist, Faktisk: start, Err: ErrFristOversittet})
	}
}

// regelUtenforVindu gir regelen med et fast datovindu (TidligsteStart og
// SenesteSlutt) for et tiltak der ingen regel gjelder på startdatoen, så
// Kontroller kan melde ErrStartForTidlig eller ErrSluttForSent i stedet for
// ErrIkkeModellert.
func regelUtenforVindu(kode tiltak.Kode) (Regel, bool) {
	l, err := regler.Varighetsversjoner(kode)
	if err != nil {
		return Regel{}, false
	}
	for _, r := range l {
		if !r.TidligsteStart().IsZero() {
			return r, true
		}
	}
	return Regel{}, false
}
