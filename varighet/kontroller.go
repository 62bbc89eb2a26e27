package varighet

import (
	"errors"
	"fmt"
	"slices"
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

// Grensetype sier hva slags grense et Brudd gjelder. Nullverdien er ingen
// type. I JSON er typen ett ord (MarshalText): "maksimal-varighet",
// "samlet-varighet", "tak", "slutt-etter-start", "tidligste-start",
// "siste-start", "fast-sluttgrense", "sesongstart", "sesongslutt",
// "alder-ved-slutt" eller "oppstartsfrist". En grense i NAVs praksis har sin
// type og Brudd.Praksis satt (praksisgrensen på 18 måneder for
// arbeidstrening er GrenseMaksimalVarighet med Praksis).
type Grensetype uint8

// Grensetypene.
const (
	// GrenseMaksimalVarighet: perioden er lengre enn ordinær varighet med
	// forlengelsene (Brudd.Lengde er rammen, for eksempel 6 måneder eller 3
	// år).
	GrenseMaksimalVarighet Grensetype = iota + 1
	// GrenseSamletVarighet: som GrenseMaksimalVarighet, men rammen er en
	// samlet varighet som tidligere perioder er trukket fra.
	GrenseSamletVarighet
	// GrenseTak: et tak kapper varigheten (fireårig lønnstilskudd: to år ved
	// midlertidig ansettelse; Brudd.Lengde er taket).
	GrenseTak
	// GrenseSluttEtterStart: sluttdatoen er før startdatoen.
	GrenseSluttEtterStart
	// GrenseTidligsteStart: perioden starter før en fast første startdag.
	GrenseTidligsteStart
	// GrenseSisteStart: perioden starter etter siste tillatte startdag (NAVs
	// siste oppstart for VTAO).
	GrenseSisteStart
	// GrenseFastSluttgrense: perioden slutter etter en fast sluttdag
	// (fireårig lønnstilskudd: 31. desember 2032; NAVs 27. september for
	// sommerjobb).
	GrenseFastSluttgrense
	// GrenseSesongStart: perioden starter før sesongens første dag
	// (sommerjobb: 1. juni).
	GrenseSesongStart
	// GrenseSesongSlutt: perioden starter eller slutter etter sesongens siste
	// dag (sommerjobb: 31. august).
	GrenseSesongSlutt
	// GrenseAlderVedSlutt: tiltaket opphører ved en alder (ungdomsgarantien:
	// fylte 30 år; Brudd.Alder er alderen).
	GrenseAlderVedSlutt
	// GrenseOppstartsfrist: tiltaket skal starte innen en frist etter
	// registrering (ungdomsgarantien: åtte uker; Brudd.Lengde er fristen).
	GrenseOppstartsfrist
)

var grensetypeOrd = [...]string{"", "maksimal-varighet", "samlet-varighet", "tak", "slutt-etter-start", "tidligste-start",
	"siste-start", "fast-sluttgrense", "sesongstart", "sesongslutt", "alder-ved-slutt", "oppstartsfrist"}

var grensetypeNorsk = [...]string{"ingen grense", "maksimal varighet", "samlet varighet", "tak", "sluttdato etter startdato",
	"tidligste startdato", "seneste startdato", "fast sluttgrense", "sesongens første dag", "sesongens siste dag",
	"alder ved slutt", "frist for oppstart"}

// String gir grensetypen på norsk, for eksempel «maksimal varighet».
func (g Grensetype) String() string {
	if int(g) < len(grensetypeNorsk) {
		return grensetypeNorsk[g]
	}
	return "ukjent grense"
}

// Gyldig sier om g er en av grensetypene.
func (g Grensetype) Gyldig() bool { return g >= GrenseMaksimalVarighet && int(g) < len(grensetypeOrd) }

// MarshalText gir grensetypen som ett ord, for eksempel "maksimal-varighet".
// Nullverdien og ukjente verdier gir en *tiltak.FeltFeil for «type».
func (g Grensetype) MarshalText() ([]byte, error) {
	if !g.Gyldig() {
		return nil, &tiltak.FeltFeil{Felt: "type", Verdi: strconv.Itoa(int(g)), Grunn: "ukjent grensetype"}
	}
	return []byte(grensetypeOrd[g]), nil
}

// UnmarshalText tolker ordet MarshalText gir. Et ukjent ord gir en
// *tiltak.FeltFeil for «type».
func (g *Grensetype) UnmarshalText(b []byte) error {
	for i := 1; i < len(grensetypeOrd); i++ {
		if grensetypeOrd[i] == string(b) {
			*g = Grensetype(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent grensetype"}
}

// Brudd er én grense en foreslått periode bryter, eller ikke kan sjekkes
// mot uten skjønn eller flere fakta (ErrMaVurderes). Type sier hva slags
// grense det er, Lengde og Alder hvor stor den er, Hjemmel hvor den står og
// Grensedato og SisteSluttMulig hvilken dag den setter, så en kaller kan
// skille seks fra 36 måneder uten å regne datoer selv.
type Brudd struct {
	Tiltak tiltak.Kode `json:"tiltak"` // tiltaket
	// Type er hva slags grense perioden bryter.
	Type Grensetype `json:"type"`
	// Utfall er IkkeOppfylt når perioden bryter grensen, og MaVurderes når
	// den bare holder hvis en forlengelse som må vurderes gis, eller et
	// faktum som mangler, viser seg å holde (Err er da ErrMaVurderes).
	Utfall regler.Utfall `json:"utfall"`
	// Grense navngir grensen på norsk, for eksempel «maksimal varighet» eller
	// «seneste dag i sesongen», for å vises til en saksbehandler. Typen er
	// identifikasjonen.
	Grense string `json:"grense,omitempty"`
	// Lengde er grensens lengde når grensen er en lengde: rammen for
	// maksimal og samlet varighet (den som gir Grensedato: ordinær varighet
	// eller forlengelsen som er oppfylt, for eksempel 6 måneder eller 3 år),
	// taket, praksisgrensens lengde (18 måneder) og oppstartsfristen (8
	// uker). Ellers nullverdien.
	Lengde tiltak.Lengde `json:"lengde,omitzero"`
	// Alder er aldersgrensen i år for GrenseAlderVedSlutt (30), ellers 0.
	Alder   int            `json:"alder,omitempty"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"` // bestemmelsen grensen bygger på
	// Grensedato er dagen grensen setter. For grensene på sluttdatoen
	// (maksimal og samlet varighet, tak, fast sluttgrense, sesongens siste
	// dag for en sluttdato, alder ved slutt) er den siste tillatte sluttdag
	// med forlengelsene som er oppfylt (Resultat.SisteSluttOppfylt). For
	// grensene på startdatoen er den tidligste eller seneste tillatte
	// startdag, for oppstartsfristen siste dag i fristen, og for
	// GrenseSluttEtterStart startdagen. Nullverdien betyr at ingen dato er
	// tillatt (rammen er brukt opp) eller at datoen ikke kan regnes ut (se
	// Mangler).
	Grensedato tiltak.Dato `json:"grensedato,omitzero"`
	// SisteSluttMulig er siste tillatte sluttdag når hver forlengelse som
	// må vurderes, gis (Resultat.SisteSluttMulig); bare for maksimal og
	// samlet varighet og tak, ellers nullverdien.
	SisteSluttMulig tiltak.Dato `json:"siste_slutt_mulig,omitzero"`
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

// Equal sier om to brudd er like: alle feltene like, Apne element for
// element og Err den samme vaktverdien. go-cmp bruker den.
func (b Brudd) Equal(c Brudd) bool {
	return b.Tiltak == c.Tiltak && b.Type == c.Type && b.Utfall == c.Utfall && b.Grense == c.Grense && b.Lengde == c.Lengde &&
		b.Alder == c.Alder && b.Hjemmel == c.Hjemmel && b.Grensedato == c.Grensedato && b.SisteSluttMulig == c.SisteSluttMulig &&
		b.Faktisk == c.Faktisk && slices.Equal(b.Apne, c.Apne) && b.Mangler == c.Mangler && b.Praksis == c.Praksis &&
		b.Uverifisert == c.Uverifisert && b.Err == c.Err
}

// Error gir bruddet som tekst.
func (b *Brudd) Error() string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s: %s (%s)", b.Tiltak, b.Grense, b.Hjemmel)
	switch b.Err {
	case ErrStartForTidlig:
		fmt.Fprintf(&s, ": start %s er før %s", b.Faktisk, b.Grensedato)
	case ErrStartForSent:
		fmt.Fprintf(&s, ": start %s er etter %s", b.Faktisk, b.Grensedato)
	case ErrFristOversittet:
		fmt.Fprintf(&s, ": start %s er etter fristen %s", b.Faktisk, b.Grensedato)
	case ErrSluttForStart:
		fmt.Fprintf(&s, ": slutt %s er før start %s", b.Faktisk, b.Grensedato)
	case ErrMaVurderes:
		if b.Grensedato.IsZero() {
			s.WriteString(": kan ikke sjekkes uten flere fakta")
		} else {
			fmt.Fprintf(&s, ": slutt %s er etter %s og holder bare hvis forlengelsen gis (inntil %s)", b.Faktisk, b.Grensedato, b.SisteSluttMulig)
		}
	default:
		if b.Grensedato.IsZero() {
			fmt.Fprintf(&s, ": ingen sluttdato er tillatt, slutt er %s", b.Faktisk)
		} else {
			fmt.Fprintf(&s, ": slutt %s er etter siste tillatte dag %s", b.Faktisk, b.Grensedato)
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

// Kontroller sjekker en foreslått periode for tiltaket kode etter
// forskriften alene og gir hver grense perioden bryter, som *Brudd; se
// KontrollerMed for valg. Hvert brudd matches med errors.Is mot
// ErrForLang, ErrStartForTidlig, ErrStartForSent, ErrFristOversittet,
// ErrSluttForSent, ErrSluttForStart og ErrMaVurderes, og sier hva slags
// grense det er (Brudd.Type), hvor stor den er (Lengde, Alder) og hvilken
// dag den setter (Grensedato, SisteSluttMulig). Brudd på NAVs praksis er
// med og merket Praksis. En tom liste betyr at perioden holder seg innenfor
// alle modellerte grenser; den er nil, og kontrollen allokerer da ikke.
//
// Perioden skal dekke hele deltakelsen fra første dag; en forlengelse er en
// senere sluttdato, ikke en ny periode. tidligere er tidligere perioder i
// samme tiltak, som teller der regelen taler om samlet varighet (se
// Maksimum).
//
// Ugyldige inndata er feilen, ikke et brudd, og listen er da nil: en
// *tiltak.FeltFeil (ukjent kode, manglende dato, ugyldige fakta eller
// tidligere perioder), eller en *IkkeModellertFeil (ErrIkkeModellert) når
// ingen regel er modellert for startdatoen.
func Kontroller(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode, tidligere []tiltak.Periode) ([]*Brudd, error) {
	return KontrollerMed(kode, f, periode, tidligere, regler.Valg{})
}

// KontrollerMed er Kontroller med valg, som regler.VurderMed. Med
// valg.MedPraksis leser vilkårene faktaene slik NAV gjør (se MaksimumMed og
// Arbeidsevne). Praksisgrensene meldes med og uten praksis, merket
// Praksis. Periodens sluttdato er den planlagte sluttdatoen; en
// valg.Sluttdato som ikke er null, må være lik den, ellers er feilen en
// *tiltak.FeltFeil for «sluttdato».
func KontrollerMed(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode, tidligere []tiltak.Periode, valg regler.Valg) ([]*Brudd, error) {
	if f == nil {
		f = &ingenFakta
	}
	if err := kode.Valider(); err != nil {
		return nil, err
	}
	if periode.Fra.IsZero() {
		return nil, &tiltak.FeltFeil{Felt: "fra", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}
	}
	if periode.Til.IsZero() {
		return nil, &tiltak.FeltFeil{Felt: "til", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}
	}
	if err := f.Valider(); err != nil {
		return nil, err
	}
	if !valg.Sluttdato.IsZero() && valg.Sluttdato != periode.Til {
		return nil, &tiltak.FeltFeil{Felt: "sluttdato", Verdi: valg.Sluttdato.String(), Grunn: "er ulik periodens sluttdato " + periode.Til.String(), Err: tiltak.ErrUgyldigDato}
	}
	r, err := regler.VarighetFor(kode, periode.Fra)
	if err != nil {
		var ok bool
		if r, ok = regelUtenforVindu(kode); !ok {
			return nil, err
		}
	}
	// Svaret fra Maksimum lever bare under kontrollen, så skivene får plass
	// på stakken når de er små nok (beregn gjenbruker plassen den får).
	var res Resultat
	var forl [4]Utvidelse
	var tak [1]Takvurdering
	var pg [2]Praksisgrense
	res.Forlengelser, res.Tak, res.Praksis = forl[:0], tak[:0], pg[:0]
	g := nyttGrunnlag(f, valg)
	if err := beregn(&res, r, &g, periode.Fra, tidligere); err != nil {
		return nil, err
	}
	// Hjemmelen leses fra regelen (den er den samme som res.Hjemmel): en
	// tekst lest fra res som havner i et brudd, ville flyttet skivene over
	// til heapen.
	h := r.Hjemmel()
	praksis, uverifisert := h.ErPraksis(), res.Uverifisert
	var ut []*Brudd
	add := func(b *Brudd) {
		b.Tiltak = kode
		b.Utfall = regler.IkkeOppfylt
		if b.Err == ErrMaVurderes {
			b.Utfall = regler.MaVurderes
		}
		ut = append(ut, b)
	}
	start, slutt := periode.Fra, periode.Til
	if slutt.Before(start) {
		add(&Brudd{Type: GrenseSluttEtterStart, Grense: "sluttdato etter startdato", Hjemmel: h, Grensedato: start, Faktisk: slutt, Err: ErrSluttForStart})
	}
	// Faste datogrenser (fireårig lønnstilskudd).
	if t := r.TidligsteStart(); !t.IsZero() && start.Before(t) {
		add(&Brudd{Type: GrenseTidligsteStart, Grense: "tidligste startdato", Hjemmel: h, Grensedato: t, Faktisk: start,
			Praksis: praksis, Uverifisert: uverifisert, Err: ErrStartForTidlig})
	}
	if t := r.SenesteSlutt(); !t.IsZero() && slutt.After(t) {
		add(&Brudd{Type: GrenseFastSluttgrense, Grense: "seneste sluttdato", Hjemmel: h, Grensedato: t, Faktisk: slutt,
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
			add(&Brudd{Type: GrenseSisteStart, Grense: "seneste startdato (praksis)", Hjemmel: p.Hjemmel, Grensedato: p.SisteStart, Faktisk: start,
				Praksis: true, Uverifisert: p.Uverifisert, Err: ErrStartForSent})
		}
		if !p.SisteDag.IsZero() && !slutt.Before(start) && slutt.After(p.SisteDag) {
			b := &Brudd{Type: GrenseMaksimalVarighet, Grense: "maksimal varighet (praksis)", Lengde: p.Maks, Hjemmel: p.Hjemmel, Grensedato: p.SisteDag,
				Faktisk: slutt, Praksis: true, Uverifisert: p.Uverifisert, Err: ErrForLang}
			if p.FastSluttdag {
				b.Type, b.Grense, b.Lengde, b.Err = GrenseFastSluttgrense, "seneste sluttdato (praksis)", tiltak.Lengde{}, ErrSluttForSent
			}
			add(b)
		}
	}
	return ut, nil
}

// kontrollerSesong sjekker at perioden ligger i sesongvinduet i startåret.
func kontrollerSesong(s Sesong, res *Resultat, h tiltak.Hjemmel, start, slutt tiltak.Dato, add func(*Brudd)) {
	fra, e1 := tiltak.NyDato(start.Aar(), s.FraManed, s.FraDag)
	til, e2 := tiltak.NyDato(start.Aar(), s.TilManed, s.TilDag)
	unntak := ""
	if s.Unntak {
		unntak = " (kan fravikes etter NAVs vurdering av særlige grunner)"
	}
	brudd := func(typ Grensetype, grense string, tillatt, faktisk tiltak.Dato, e error) {
		if s.Unntak {
			e = ErrMaVurderes
		}
		add(&Brudd{Type: typ, Grense: grense + unntak, Hjemmel: h, Grensedato: tillatt, Faktisk: faktisk,
			Uverifisert: res.Uverifisert, Err: e})
	}
	if e1 == nil && start.Before(fra) {
		brudd(GrenseSesongStart, "tidligste dag i sesongen", fra, start, ErrStartForTidlig)
	}
	if e2 == nil && start.After(til) {
		brudd(GrenseSesongSlutt, "seneste dag i sesongen", til, start, ErrStartForSent)
	} else if e2 == nil && slutt.After(til) {
		brudd(GrenseSesongSlutt, "seneste dag i sesongen", til, slutt, ErrSluttForSent)
	}
}

// kontrollerLengde sjekker sluttdatoen mot maksimal varighet med
// forlengelsene og takene.
func kontrollerLengde(res *Resultat, h tiltak.Hjemmel, slutt tiltak.Dato, add func(*Brudd)) {
	if res.OppfyltUtenGrense || !slutt.After(res.SisteSluttOppfylt) && !res.SisteSluttOppfylt.IsZero() {
		return
	}
	typ, lengde := rammeOppfylt(res)
	praksis := h.ErPraksis()
	if res.MuligUtenGrense || !res.SisteSluttMulig.IsZero() && !slutt.After(res.SisteSluttMulig) {
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
		add(&Brudd{Type: typ, Grense: "maksimal varighet uten forlengelse som må vurderes", Lengde: lengde, Hjemmel: h,
			Grensedato: res.SisteSluttOppfylt, SisteSluttMulig: res.SisteSluttMulig, Faktisk: slutt, Apne: apne, Mangler: mangler,
			Praksis: praksis, Uverifisert: res.Uverifisert, Err: ErrMaVurderes})
		return
	}
	add(&Brudd{Type: typ, Grense: "maksimal varighet", Lengde: lengde, Hjemmel: h, Grensedato: res.SisteSluttOppfylt,
		SisteSluttMulig: res.SisteSluttMulig, Faktisk: slutt, Praksis: praksis, Uverifisert: res.Uverifisert, Err: ErrForLang})
}

// rammeOppfylt gir hva slags grense som setter res.SisteSluttOppfylt, og
// lengden: et tak som kapper den (oppfylt eller må vurderes), ellers den
// lengste rammen som er oppfylt (ordinær varighet eller en forlengelse), som
// samlet varighet når tidligere perioder er trukket fra.
func rammeOppfylt(res *Resultat) (Grensetype, tiltak.Lengde) {
	typ, lengde := GrenseMaksimalVarighet, res.Ordinaer
	slutt := res.OrdinaerSlutt
	for i := range res.Forlengelser {
		u := &res.Forlengelser[i]
		if u.Spor.Utfall() != regler.Oppfylt || u.Forlengelse.UtenGrense {
			continue
		}
		// Den samlede rammen er et tak over alt (kappVedSamletRamme): når
		// den er oppfylt, er den grensen også når datoene er like.
		if u.SisteDag.After(slutt) || u.Forlengelse.TellerTidligere {
			slutt, lengde = u.SisteDag, u.Forlengelse.Samlet
		}
	}
	if res.TidligereDager > 0 {
		typ = GrenseSamletVarighet
	}
	// Et tak som setter SisteSluttOppfylt før rammen ville sluttet (uten
	// fradrag og sluttgrense), er grensen.
	ramme := res.Start.SisteDag(lengde)
	for i := range res.Tak {
		t := &res.Tak[i]
		if u := t.Spor.Utfall(); u != regler.IkkeOppfylt && !t.SisteDag.IsZero() && t.SisteDag == res.SisteSluttOppfylt &&
			(ramme.IsZero() || t.SisteDag.Before(ramme)) {
			return GrenseTak, t.Tak.Lengde
		}
	}
	return typ, lengde
}

func kontrollerAlder(res *Resultat, h tiltak.Hjemmel, r Regel, f *tiltak.Fakta, start, slutt tiltak.Dato, add func(*Brudd)) {
	grense := "opphør ved fylte " + strconv.Itoa(r.Alder()) + " år"
	if res.Mangler.Har(tiltak.FaktumFodselsdato) {
		add(&Brudd{Type: GrenseAlderVedSlutt, Grense: grense, Alder: r.Alder(), Hjemmel: h, Faktisk: slutt,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumFodselsdato), Err: ErrMaVurderes})
	} else if slutt.After(res.Sluttgrense) {
		add(&Brudd{Type: GrenseAlderVedSlutt, Grense: grense, Alder: r.Alder(), Hjemmel: h, Grensedato: res.Sluttgrense, Faktisk: slutt, Err: ErrSluttForSent})
	}
	// Tiltaket skal inntre innen en frist etter registrering
	// (ungdomsgarantien: åtte uker).
	l := r.OppstartFrist()
	if l.IsZero() {
		return
	}
	grense = "oppstart innen " + l.String() + " etter registrering"
	if f.RegistrertDato.IsZero() {
		add(&Brudd{Type: GrenseOppstartsfrist, Grense: grense, Lengde: l, Hjemmel: h, Faktisk: start,
			Mangler: tiltak.FaktasettAv(tiltak.FaktumRegistrertDato), Err: ErrMaVurderes})
	} else if sist := f.RegistrertDato.Add(l); start.After(sist) {
		add(&Brudd{Type: GrenseOppstartsfrist, Grense: grense + " (NAVs frist)", Lengde: l, Hjemmel: h, Grensedato: sist, Faktisk: start, Err: ErrFristOversittet})
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
