package varighet

import (
	"errors"
	"fmt"
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
// liste betyr at perioden holder seg innenfor alle modellerte grenser.
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
		f = new(tiltak.Fakta)
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
	r, err := finnRegel(kode, periode.Fra)
	if err != nil {
		r = regelUtenforVindu(kode)
		if r == nil {
			return []error{err}
		}
	}
	res, err := beregn(r, f, periode.Fra, tidligere)
	if err != nil {
		return []error{err}
	}
	var ut []error
	add := func(b *Brudd) {
		b.Tiltak = kode
		ut = append(ut, b)
	}
	start, slutt := periode.Fra, periode.Til
	if slutt.Before(start) {
		add(&Brudd{Grense: "sluttdato etter startdato", Hjemmel: r.Hjemmel, Tillatt: start, Faktisk: slutt, Err: ErrSluttForStart})
	}
	// Faste datogrenser (fireårig lønnstilskudd).
	if !r.TidligsteStart.IsZero() && start.Before(r.TidligsteStart) {
		add(&Brudd{Grense: "tidligste startdato", Hjemmel: r.Hjemmel, Tillatt: r.TidligsteStart, Faktisk: start,
			Praksis: r.Praksis(), Uverifisert: r.Uverifisert, Err: ErrStartForTidlig})
	}
	if !r.SenesteSlutt.IsZero() && slutt.After(r.SenesteSlutt) {
		add(&Brudd{Grense: "seneste sluttdato", Hjemmel: r.Hjemmel, Tillatt: r.SenesteSlutt, Faktisk: slutt,
			Praksis: r.Praksis(), Uverifisert: r.Uverifisert, Err: ErrSluttForSent})
	}
	// Sesong (sommerjobb).
	if s := r.Sesong; s != nil {
		fra, e1 := tiltak.NyDato(start.Aar(), s.FraManed, s.FraDag)
		til, e2 := tiltak.NyDato(start.Aar(), s.TilManed, s.TilDag)
		if e1 == nil && start.Before(fra) {
			add(&Brudd{Grense: "tidligste startdato i sesongen", Hjemmel: s.Hjemmel, Tillatt: fra, Faktisk: start, Uverifisert: s.Uverifisert, Err: ErrStartForTidlig})
		}
		if e2 == nil && start.After(til) {
			add(&Brudd{Grense: "seneste startdato i sesongen", Hjemmel: s.Hjemmel, Tillatt: til, Faktisk: start, Uverifisert: s.Uverifisert, Err: ErrStartForSent})
		}
	}
	if !slutt.Before(start) {
		switch r.Type {
		case Tidsbegrenset:
			kontrollerLengde(&res, r, slutt, add)
		case Aldersgrense:
			kontrollerAlder(&res, r, f, start, slutt, add)
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

func kontrollerLengde(res *Resultat, r *Regel, slutt tiltak.Dato, add func(*Brudd)) {
	if !slutt.After(res.SenesteSlutt) && !res.SenesteSlutt.IsZero() {
		return
	}
	if !res.SenesteMulig.IsZero() && !slutt.After(res.SenesteMulig) {
		var apne []regler.Sporpunkt
		var mangler tiltak.Faktasett
		for _, u := range res.Forlengelser {
			if u.Spor.Utfall() == regler.MaVurderes && !slutt.After(u.SisteDag) {
				apne = append(apne, u.Spor)
				mangler = mangler.Union(u.Spor.Mangler())
			}
		}
		add(&Brudd{Grense: "maksimal varighet uten forlengelse som må vurderes", Hjemmel: r.Hjemmel, Tillatt: res.SenesteSlutt,
			TillattMedApne: res.SenesteMulig, Faktisk: slutt, Apne: apne, Mangler: mangler,
			Praksis: r.Praksis(), Uverifisert: r.Uverifisert, Err: ErrMaVurderes})
		return
	}
	add(&Brudd{Grense: "maksimal varighet", Hjemmel: r.Hjemmel, Tillatt: res.SenesteSlutt, TillattMedApne: res.SenesteMulig,
		Faktisk: slutt, Praksis: r.Praksis(), Uverifisert: r.Uverifisert, Err: ErrForLang})
}

func kontrollerAlder(res *Resultat, r *Regel, f *tiltak.Fakta, start, slutt tiltak.Dato, add func(*Brudd)) {
	if res.Mangler.Har(tiltak.FaktumFodselsdato) {
		add(&Brudd{Grense: "opphør ved fylte 30 år", Hjemmel: r.Hjemmel, Faktisk: slutt,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumFodselsdato), Err: ErrMaVurderes})
	} else if slutt.After(res.Sluttgrense) {
		add(&Brudd{Grense: "opphør ved fylte 30 år", Hjemmel: r.Hjemmel, Tillatt: res.Sluttgrense, Faktisk: slutt, Err: ErrSluttForSent})
	}
	// Garantien skal inntre innen åtte uker etter registrering.
	if f.RegistrertDato.IsZero() {
		add(&Brudd{Grense: "oppstart innen åtte uker etter registrering", Hjemmel: r.Hjemmel, Faktisk: start,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumRegistrertDato), Err: ErrMaVurderes})
	} else if sist := senesteOppstart(f.RegistrertDato); start.After(sist) {
		add(&Brudd{Grense: "oppstart innen åtte uker etter registrering (NAVs frist)", Hjemmel: r.Hjemmel, Tillatt: sist, Faktisk: start, Err: ErrFristOversittet})
	}
}

// senesteOppstart gir seneste dag ungdomsgarantien kan inntre: åtte uker
// (56 dager) etter registreringsdagen.
func senesteOppstart(registrert tiltak.Dato) tiltak.Dato { return registrert.Add(uker(8)) }

// regelUtenforVindu gir regelen med et fast datovindu (TidligsteStart og
// SenesteSlutt, som også er regelens Fra og Til) for et tiltak der ingen
// regel gjelder på startdatoen, så Kontroller kan melde ErrStartForTidlig
// eller ErrSluttForSent i stedet for ErrIkkeModellert.
func regelUtenforVindu(kode tiltak.Kode) *Regel {
	l := regelTabell[kode]
	for i := range l {
		if !l[i].TidligsteStart.IsZero() {
			return &l[i]
		}
	}
	return nil
}
