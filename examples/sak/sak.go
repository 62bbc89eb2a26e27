// Package sak er formatet demoen, CLI-en og HTTP-adapteren deler: en Sak
// (én person eller én avtale på én dato, i JSON) inn og et Svar ut, med
// vilkårsvurdering, maksimal varighet og tilskudd slik saken ber om.
//
// Pakken viser hvordan en tjeneste pakker biblioteket: den validerer
// inndata, kaller regler, varighet og tilskudd, og samler svarene med
// hjemmel. Den har ingen egen regellogikk.
package sak

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Sporsmal er ett av de tre spørsmålene en sak kan stille.
type Sporsmal string

// Spørsmålene.
const (
	Vilkar   Sporsmal = "vilkar"   // kan personen få tiltaket?
	Varighet Sporsmal = "varighet" // hvor lenge?
	Tilskudd Sporsmal = "tilskudd" // hvor mye?
)

// Sak er én sak: faktaene om en person på en dato, tiltakene saken gjelder
// og, for tilskudd, avtalene.
type Sak struct {
	// ID er sakens id, som gjentas i svaret.
	ID string `json:"id"`
	// Beskrivelse er en kort tekst om saken.
	Beskrivelse string `json:"beskrivelse,omitempty"`
	// Dato er vurderingsdatoen (påkrevd).
	Dato tiltak.Dato `json:"dato"`
	// Fakta er det som er kjent om personen; alt som mangler er ukjent.
	Fakta tiltak.Fakta `json:"fakta"`
	// Tiltak er tiltakene saken gjelder. Tom liste betyr hele katalogen for
	// vilkårsvurderingen (og ingen varighet).
	Tiltak []tiltak.Kode `json:"tiltak,omitempty"`
	// Sporsmal er spørsmålene som skal besvares. Tom liste betyr alle som
	// saken har data til.
	Sporsmal []Sporsmal `json:"sporsmal,omitempty"`
	// MedPraksis tar med NAVs praksisregler i vilkårsvurderingen.
	MedPraksis bool `json:"med_praksis,omitempty"`
	// Start er planlagt startdato for varigheten; mangler den, brukes Dato.
	Start tiltak.Dato `json:"start,omitzero"`
	// Periode er en foreslått periode som kontrolleres mot varighetsreglene.
	Periode tiltak.Periode `json:"periode,omitzero"`
	// Tidligere er tidligere perioder i samme tiltak.
	Tidligere []tiltak.Periode `json:"tidligere,omitempty"`
	// Avtaler er avtalene det skal regnes tilskudd for.
	Avtaler []Avtale `json:"avtaler,omitempty"`
}

// Avtale er én tilskuddsavtale: avtalen selv, lønnsgrunnlaget og eventuelt
// en oppgjort periode det skal regnes refusjon for.
type Avtale struct {
	Avtale tilskudd.Avtale `json:"avtale"`
	// Lonn er lønnsgrunnlaget for lønnstilskudd (ikke for VTAO).
	Lonn tilskudd.Lonnsgrunnlag `json:"lonn"`
	// NAVAvrunding bruker NAVs avrunding av prosentsteget (flyttall) i
	// stedet for eksakt desimal halvt opp.
	NAVAvrunding bool `json:"nav_avrunding,omitempty"`
	// Refusjon er en oppgjort periode det skal regnes refusjon for.
	Refusjon *tilskudd.Refusjonsgrunnlag `json:"refusjon,omitempty"`
}

// Svar er svaret på én sak.
type Svar struct {
	ID   string      `json:"id"`
	Dato tiltak.Dato `json:"dato"`
	// Vilkar har én vurdering per tiltak.
	Vilkar []regler.Resultat `json:"vilkar,omitempty"`
	// Mangler er faktaene som mangler for å avgjøre vurderingene som må
	// vurderes: det saksbehandleren bør spørre om nå.
	Mangler []tiltak.Faktum `json:"mangler,omitempty"`
	// Varighet har maksimal varighet per tiltak.
	Varighet []VarighetSvar `json:"varighet,omitempty"`
	// Tilskudd har beregningen per avtale.
	Tilskudd []TilskuddSvar `json:"tilskudd,omitempty"`
}

// VarighetSvar er maksimal varighet for ett tiltak, kontrollen av en
// foreslått periode og fristene, eller en feil når regelen ikke er modellert.
type VarighetSvar struct {
	Tiltak   tiltak.Kode        `json:"tiltak"`
	Maksimum *varighet.Resultat `json:"maksimum,omitempty"`
	Kontroll []Brudd            `json:"kontroll,omitempty"`
	Frister  []varighet.Frist   `json:"frister,omitempty"`
	Feil     string             `json:"feil,omitempty"`
}

// Brudd er én grense en foreslått periode bryter.
type Brudd struct {
	Grense  string         `json:"grense"`
	Feil    string         `json:"feil"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel"`
	Praksis bool           `json:"praksis,omitempty"`
}

// TilskuddSvar er beregningen for én avtale.
type TilskuddSvar struct {
	Tiltak   tiltak.Kode                 `json:"tiltak"`
	Satsplan *tilskudd.Satsplan          `json:"satsplan,omitempty"`
	Maned    *tilskudd.Manedstilskudd    `json:"maned,omitempty"`
	Perioder []tilskudd.Tilskuddsperiode `json:"perioder"`
	Refusjon *tilskudd.Refusjon          `json:"refusjon,omitempty"`
}

// ErrUgyldigSak er feilen bak en sak som ikke kan leses eller behandles.
// Den konkrete feilen er en *tiltak.FeltFeil som navngir feltet, for
// eksempel "saker[1].fakta.fodselsdato".
var ErrUgyldigSak = errors.New("ugyldig sak")

func (s *Sak) sporsmal(q Sporsmal) bool {
	if len(s.Sporsmal) == 0 {
		switch q {
		case Varighet:
			return len(s.Tiltak) > 0
		case Tilskudd:
			return len(s.Avtaler) > 0
		}
		return true
	}
	for _, v := range s.Sporsmal {
		if v == q {
			return true
		}
	}
	return false
}

// Valider sjekker saken før den behandles: dato, fakta, tiltakskoder,
// spørsmål og perioder. Feilen er en *tiltak.FeltFeil.
func (s *Sak) Valider() error {
	if s.Dato.IsZero() {
		return &tiltak.FeltFeil{Felt: "dato", Grunn: "mangler", Err: ErrUgyldigSak}
	}
	if err := s.Fakta.Valider(); err != nil {
		return medPrefiks("fakta.", err)
	}
	for i, k := range s.Tiltak {
		if err := k.Valider(); err != nil {
			return medPrefiks(fmt.Sprintf("tiltak[%d]", i), err)
		}
	}
	for i, q := range s.Sporsmal {
		if q != Vilkar && q != Varighet && q != Tilskudd {
			return &tiltak.FeltFeil{Felt: fmt.Sprintf("sporsmal[%d]", i), Verdi: string(q), Grunn: "ventet vilkar, varighet eller tilskudd", Err: ErrUgyldigSak}
		}
	}
	if !s.Periode.IsZero() {
		if err := s.Periode.Valider(); err != nil {
			return medPrefiks("periode.", err)
		}
	}
	for i, p := range s.Tidligere {
		if err := p.Valider(); err != nil {
			return medPrefiks(fmt.Sprintf("tidligere[%d].", i), err)
		}
	}
	return nil
}

// medPrefiks setter prefiks foran feltnavnet i en *tiltak.FeltFeil. For et
// prefiks som er et helt felt (uten punktum til slutt) erstattes feltnavnet.
func medPrefiks(prefiks string, err error) error {
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) {
		return &tiltak.FeltFeil{Felt: strings.TrimSuffix(prefiks, "."), Grunn: err.Error(), Err: err}
	}
	if strings.HasSuffix(prefiks, ".") {
		return tiltak.MedPrefiks(err, prefiks)
	}
	kopi := *fe
	kopi.Felt = prefiks
	return &kopi
}

// Behandle besvarer saken. Feil i inndata gir en *tiltak.FeltFeil; regler
// som ikke er modellert for en dato gir en feil i svaret for det tiltaket,
// ikke for hele saken.
func Behandle(s Sak) (Svar, error) {
	if err := s.Valider(); err != nil {
		return Svar{}, err
	}
	svar := Svar{ID: s.ID, Dato: s.Dato}
	valg := regler.Valg{MedPraksis: s.MedPraksis}
	if s.MedPraksis && !s.Periode.IsZero() {
		valg.Sluttdato = s.Periode.Til
	}
	if s.sporsmal(Vilkar) {
		if len(s.Tiltak) == 0 {
			rs, err := regler.VurderAlleMed(&s.Fakta, s.Dato, valg)
			if err != nil {
				return Svar{}, medPrefiks("fakta.", err)
			}
			svar.Vilkar = rs
		} else {
			for i, k := range s.Tiltak {
				r, err := regler.VurderMed(k, &s.Fakta, s.Dato, valg)
				if err != nil {
					if errors.Is(err, regler.ErrIkkeModellert) {
						continue
					}
					return Svar{}, medPrefiks(fmt.Sprintf("tiltak[%d]", i), err)
				}
				svar.Vilkar = append(svar.Vilkar, r)
			}
		}
		svar.Mangler = regler.ManglerAlle(svar.Vilkar)
	}
	if s.sporsmal(Varighet) {
		start := s.Start
		if start.IsZero() {
			start = s.Dato
		}
		for _, k := range s.Tiltak {
			svar.Varighet = append(svar.Varighet, varighetFor(k, &s, start))
		}
	}
	if s.sporsmal(Tilskudd) {
		for i, a := range s.Avtaler {
			t, err := tilskuddFor(a)
			if err != nil {
				return Svar{}, medPrefiks(fmt.Sprintf("avtaler[%d].", i), err)
			}
			svar.Tilskudd = append(svar.Tilskudd, t)
		}
	}
	return svar, nil
}

func varighetFor(k tiltak.Kode, s *Sak, start tiltak.Dato) VarighetSvar {
	v := VarighetSvar{Tiltak: k}
	r, err := varighet.Maksimum(k, &s.Fakta, start, s.Tidligere...)
	if err != nil {
		v.Feil = err.Error()
		return v
	}
	v.Maksimum = &r
	periode := s.Periode
	if periode.IsZero() {
		return v
	}
	for _, e := range varighet.Kontroller(k, &s.Fakta, periode, s.Tidligere) {
		var b *varighet.Brudd
		if errors.As(e, &b) {
			v.Kontroll = append(v.Kontroll, Brudd{Grense: b.Grense, Feil: b.Error(), Hjemmel: b.Hjemmel, Praksis: b.Praksis})
		} else {
			v.Kontroll = append(v.Kontroll, Brudd{Grense: "inndata", Feil: e.Error()})
		}
	}
	if f, err := varighet.Frister(k, &s.Fakta, periode); err == nil {
		v.Frister = f
	}
	return v
}

func tilskuddFor(a Avtale) (TilskuddSvar, error) {
	t := TilskuddSvar{Tiltak: a.Avtale.Tiltak}
	if a.Avtale.Tiltak == tiltak.VTAO {
		p, err := tilskudd.VTAOTilskuddsperioder(a.Avtale.Periode)
		if err != nil {
			return t, medPrefiks("avtale.periode", err)
		}
		t.Perioder = p
		return t, nil
	}
	plan, err := tilskudd.NySatsplan(a.Avtale)
	if err != nil {
		return t, medPrefiks("avtale.", err)
	}
	t.Satsplan = &plan
	avrunding := tilskudd.AvrundingDesimal
	if a.NAVAvrunding {
		avrunding = tilskudd.AvrundingNAV
	}
	if len(plan.Trinn) > 0 {
		m, err := tilskudd.BeregnManed(a.Lonn, plan.Trinn[0].Prosent, avrunding)
		if err != nil {
			return t, medPrefiks("lonn.", err)
		}
		t.Maned = &m
	}
	if t.Perioder, err = tilskudd.Tilskuddsperioder(plan, a.Lonn, avrunding); err != nil {
		return t, medPrefiks("lonn.", err)
	}
	if a.Refusjon != nil {
		r, err := tilskudd.BeregnRefusjon(*a.Refusjon)
		if err != nil {
			return t, medPrefiks("refusjon.", err)
		}
		t.Refusjon = &r
	}
	return t, nil
}

// Les leser én sak (et JSON-objekt) eller flere (en JSON-liste) fra r.
// Ukjente felt avvises, så en skrivefeil i et feltnavn blir en feil som
// navngir feltet og ikke et faktum som stille blir ukjent.
func Les(r io.Reader) ([]Sak, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &tiltak.FeltFeil{Felt: "", Grunn: "kunne ikke lese inndata: " + err.Error(), Err: ErrUgyldigSak}
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, &tiltak.FeltFeil{Felt: "", Grunn: "tom inndata; ventet et JSON-objekt eller en liste", Err: ErrUgyldigSak}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var saker []Sak
	if b[0] == '[' {
		err = dec.Decode(&saker)
	} else {
		var s Sak
		err = dec.Decode(&s)
		saker = []Sak{s}
	}
	if err != nil {
		return nil, medSti(jsonFeil(err), b)
	}
	if dec.More() {
		return nil, &tiltak.FeltFeil{Felt: "", Grunn: "mer enn én JSON-verdi i inndata", Err: ErrUgyldigSak}
	}
	return saker, nil
}

// jsonFeil gjør en feil fra encoding/json til en *tiltak.FeltFeil med feltet.
func jsonFeil(err error) error {
	var fe *tiltak.FeltFeil
	var df *tiltak.DatoFeil
	if errors.As(err, &fe) || errors.As(err, &df) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return &tiltak.FeltFeil{Felt: "", Grunn: "ufullstendig JSON: inndataene slutter midt i en verdi", Err: ErrUgyldigSak}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &tiltak.FeltFeil{Felt: te.Field, Verdi: te.Value, Grunn: "feil type; ventet " + te.Type.String(), Err: ErrUgyldigSak}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &tiltak.FeltFeil{Felt: "", Grunn: fmt.Sprintf("ugyldig JSON ved tegn %d: %v", se.Offset, se), Err: ErrUgyldigSak}
	}
	msg := err.Error()
	if felt, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return &tiltak.FeltFeil{Felt: strings.Trim(felt, `"`), Grunn: "ukjent felt", Err: ErrUgyldigSak}
	}
	return &tiltak.FeltFeil{Felt: "", Grunn: "ugyldig JSON: " + msg, Err: ErrUgyldigSak}
}

// medSti fyller inn hele stien til feltet (for eksempel
// "[1].fakta.fodselsdato") når feilen kommer fra en verdis egen tolkning
// (UnmarshalText), der encoding/json ikke oppgir feltet: stien finnes ved å
// lete etter den avviste verdien i dokumentet.
func medSti(err error, dok []byte) error {
	var fe *tiltak.FeltFeil
	var df *tiltak.DatoFeil
	verdi := ""
	switch {
	case errors.As(err, &fe) && fe.Verdi != "":
		verdi = fe.Verdi
	case errors.As(err, &df):
		verdi = df.Tekst
	default:
		return err
	}
	var tre any
	if json.Unmarshal(dok, &tre) != nil {
		return err
	}
	sti, ok := finnSti(tre, verdi, "")
	if !ok {
		return err
	}
	ny := &tiltak.FeltFeil{Felt: sti, Verdi: verdi, Err: err}
	if fe != nil && fe.Verdi == verdi {
		ny.Grunn, ny.Err = fe.Grunn, fe.Err
	} else {
		ny.Grunn = err.Error()
	}
	return ny
}

func finnSti(v any, verdi, sti string) (string, bool) {
	switch x := v.(type) {
	case string:
		return sti, x == verdi
	case []any:
		for i, e := range x {
			if s, ok := finnSti(e, verdi, fmt.Sprintf("%s[%d]", sti, i)); ok {
				return s, true
			}
		}
	case map[string]any:
		nokler := make([]string, 0, len(x))
		for k := range x {
			nokler = append(nokler, k)
		}
		slices.Sort(nokler)
		for _, k := range nokler {
			neste := k
			if sti != "" {
				neste = sti + "." + k
			}
			if s, ok := finnSti(x[k], verdi, neste); ok {
				return s, true
			}
		}
	}
	return "", false
}

// Feil er en feil i JSON-form, slik CLI-en og HTTP-adapteren skriver den:
//
//	{"feil": {"felt": "fakta.fodselsdato", "verdi": "2023-02-29", "grunn": "…"}}
type Feil struct {
	Feil Feilinnhold `json:"feil"`
}

// Feilinnhold er innholdet i en Feil.
type Feilinnhold struct {
	Felt  string `json:"felt"`            // feltet som var galt, tomt når feilen gjelder hele inndataene
	Verdi string `json:"verdi,omitempty"` // verdien som ble avvist
	Grunn string `json:"grunn"`           // hva som var galt, på norsk
}

// NyFeil gjør en feil om til JSON-formen. En *tiltak.FeltFeil gir felt,
// verdi og grunn; andre feil gir bare grunnen.
func NyFeil(err error) Feil {
	var fe *tiltak.FeltFeil
	if errors.As(err, &fe) {
		return Feil{Feilinnhold{Felt: fe.Felt, Verdi: fe.Verdi, Grunn: fe.Grunn}}
	}
	return Feil{Feilinnhold{Grunn: err.Error()}}
}

// ErListe sier om JSON-inndataene er en liste (første tegn som ikke er
// mellomrom er «[»).
func ErListe(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[0] == '['
}

// Forklar skriver svaret som tekst en saksbehandler kan lese: utfallet per
// tiltak med hvert vilkår, hjemmelen og forklaringen, maksimal varighet og
// tilskuddet.
func Forklar(w io.Writer, s Sak, svar Svar) {
	fmt.Fprintf(w, "Sak %s, vurdert %s\n", s.ID, s.Dato.Norsk())
	for _, r := range svar.Vilkar {
		fmt.Fprintf(w, "\n%s: %s (regelverk %s)\n", r.Tiltak.Navn(), r.Utfall, r.Regelsett.ID)
		for _, p := range r.Spor {
			merke := ""
			if p.Erstattet() {
				merke = " (erstattet av praksisregel)"
			}
			fmt.Fprintf(w, "  [%s] %s%s: %s\n", p.Utfall(), p.Vilkar.Hjemmel, merke, p.Forklaring(r.Fakta))
		}
	}
	if len(svar.Mangler) > 0 {
		navn := make([]string, len(svar.Mangler))
		for i, ft := range svar.Mangler {
			navn[i] = ft.String() + " (" + ft.Beskrivelse() + ")"
		}
		fmt.Fprintf(w, "\nDette mangler for å avgjøre saken:\n  %s\n", strings.Join(navn, "\n  "))
	}
	for _, v := range svar.Varighet {
		fmt.Fprintf(w, "\nVarighet %s:", v.Tiltak.Navn())
		if v.Feil != "" {
			fmt.Fprintf(w, " %s\n", v.Feil)
			continue
		}
		m := v.Maksimum
		fmt.Fprintf(w, " %s (%s)\n", m.Type, m.Hjemmel)
		if !m.OrdinaerSlutt.IsZero() {
			fmt.Fprintf(w, "  ordinær varighet %s: til og med %s\n", m.Ordinaer, m.OrdinaerSlutt)
		}
		for _, u := range m.Forlengelser {
			fmt.Fprintf(w, "  forlengelse til %s: til og med %s [%s] %s\n", u.Forlengelse.Samlet, u.SisteDag, u.Spor.Utfall(), u.Spor.Vilkar.Hjemmel)
		}
		if !m.SenesteSlutt.IsZero() || !m.SenesteMulig.IsZero() {
			fmt.Fprintf(w, "  seneste sluttdato: %s; med forlengelser som må vurderes: %s\n", m.SenesteSlutt, m.SenesteMulig)
		}
		for _, b := range v.Kontroll {
			fmt.Fprintf(w, "  brudd: %s\n", b.Feil)
		}
		for _, f := range v.Frister {
			fmt.Fprintf(w, "  frist %s: %s (%s)\n", f.Dato, f.Beskrivelse, f.Hjemmel)
		}
	}
	for _, t := range svar.Tilskudd {
		fmt.Fprintf(w, "\nTilskudd %s:", t.Tiltak.Navn())
		if t.Satsplan != nil {
			fmt.Fprintf(w, " %s\n", t.Satsplan.Hjemmel)
			for _, tr := range t.Satsplan.Trinn {
				fmt.Fprintf(w, "  %s: %s %%\n", tr.Periode, tr.Prosent)
			}
		} else {
			fmt.Fprintln(w)
		}
		for _, p := range t.Perioder {
			fmt.Fprintf(w, "  periode %d %s: %s kr\n", p.Lopenummer, p.Periode, p.Belop)
		}
		if r := t.Refusjon; r != nil {
			fmt.Fprintf(w, "  refusjon: %s kr (%s, tak: %s)\n", r.Refusjonsbelop, r.Oppgjor, r.Tak)
		}
	}
}

// MedIndeks setter «[i].» foran feltnavnet i en feil fra sak nummer i i en
// liste av saker.
func MedIndeks(i int, err error) error { return medPrefiks(fmt.Sprintf("[%d].", i), err) }
