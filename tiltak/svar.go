package tiltak

import (
	"strconv"
	"strings"
)

// enumTekst marshaller og tolker små enum-typer fra en tabell av ord. Indeks 0
// er «ukjent» og skrives som tom tekst.
type enumTekst struct {
	felt  string   // feltnavnet i JSON, for feilmeldinger
	ord   []string // ord per verdi; ord[0] er ordet for ukjent
	alias map[string]int
}

func (e *enumTekst) marshal(v uint8) ([]byte, error) {
	if err := e.valider(v); err != nil {
		return nil, err
	}
	return []byte(e.ord[v]), nil
}

// valider gir en *FeltFeil når v er utenfor tabellen (en verdi laget i Go,
// for eksempel Arbeidsevne(200); JSON kan ikke gi den).
func (e *enumTekst) valider(v uint8) error {
	if int(v) < len(e.ord) {
		return nil
	}
	return &FeltFeil{Felt: e.felt, Verdi: strconv.Itoa(int(v)),
		Grunn: "ukjent verdi; gyldige verdier er 0–" + strconv.Itoa(len(e.ord)-1) + " (" + strings.Join(e.ord, ", ") + ")", Err: ErrUgyldigFaktum}
}

// feilFor gir feilen for verdien v i feltet til faktumet ft.
func (e *enumTekst) feilFor(ft Faktum, v uint8) error {
	err := e.valider(v)
	if fe, ok := err.(*FeltFeil); ok {
		fe.Felt = ft.String()
	}
	return err
}

func (e *enumTekst) unmarshal(b []byte) (uint8, error) {
	s := string(b)
	if s == "" {
		return 0, nil
	}
	for i, o := range e.ord {
		if o == s {
			return uint8(i), nil
		}
	}
	if i, ok := e.alias[strings.ToUpper(s)]; ok {
		return uint8(i), nil
	}
	return 0, &FeltFeil{Felt: e.felt, Verdi: s, Grunn: "ukjent verdi; gyldige verdier er " + strings.Join(e.ord, ", "), Err: ErrUgyldigFaktum}
}

func (e *enumTekst) streng(v uint8) string {
	if int(v) < len(e.ord) {
		return e.ord[v]
	}
	return "ukjent"
}

// Svar er et ja/nei-faktum som også kan være ukjent. Nullverdien er Ukjent:
// et faktum ingen har oppgitt blir aldri tolket som nei.
type Svar uint8

// Verdiene til Svar.
const (
	Ukjent Svar = iota // ikke oppgitt
	Ja
	Nei
)

var svarTekst = &enumTekst{felt: "svar", ord: []string{"ukjent", "ja", "nei"},
	alias: map[string]int{"TRUE": 1, "FALSE": 2}}

// String gir "ja", "nei" eller "ukjent".
func (s Svar) String() string { return svarTekst.streng(uint8(s)) }

// Gyldig sier om s er en av verdiene Ukjent, Ja og Nei.
func (s Svar) Gyldig() bool { return int(s) < len(svarTekst.ord) }

// Kjent sier om svaret er ja eller nei.
func (s Svar) Kjent() bool { return s == Ja || s == Nei }

// Bool gir svaret som bool når det er kjent.
func (s Svar) Bool() (verdi, kjent bool) { return s == Ja, s.Kjent() }

// SvarFra gir Ja for true og Nei for false.
func SvarFra(b bool) Svar {
	if b {
		return Ja
	}
	return Nei
}

// MarshalText gir "ja", "nei" eller "ukjent".
func (s Svar) MarshalText() ([]byte, error) { return svarTekst.marshal(uint8(s)) }

// UnmarshalText tolker "ja", "nei", "ukjent" (eller tom tekst), og "true"/"false".
func (s *Svar) UnmarshalText(b []byte) error {
	v, err := svarTekst.unmarshal(b)
	*s = Svar(v)
	return err
}

// UnmarshalJSON godtar både JSON-strengene og true/false/null.
func (s *Svar) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*s = Ja
		return nil
	case "false":
		*s = Nei
		return nil
	case "null":
		*s = Ukjent
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return &FeltFeil{Felt: "svar", Verdi: string(b), Grunn: "ventet \"ja\", \"nei\", \"ukjent\", true, false eller null", Err: ErrUgyldigFaktum}
	}
	return s.UnmarshalText(b[1 : len(b)-1])
}

// Arbeidsevne er NAVs vurdering av personens arbeidsevne. Nullverdien er
// ukjent (ingen vurdering oppgitt).
type Arbeidsevne uint8

// Verdiene til Arbeidsevne.
const (
	ArbeidsevneUkjent       Arbeidsevne = iota
	IkkeNedsattArbeidsevne              // arbeidsevnen er ikke nedsatt
	NedsattArbeidsevne                  // nedsatt arbeidsevne
	VarigNedsattArbeidsevne             // varig og vesentlig nedsatt arbeidsevne (tiltaksforskriften § 10-3)
)

var arbeidsevneTekst = &enumTekst{felt: "arbeidsevne", ord: []string{"ukjent", "ikke-nedsatt", "nedsatt", "varig-og-vesentlig-nedsatt"}}

// String gir verdien som ord, for eksempel "nedsatt".
func (a Arbeidsevne) String() string { return arbeidsevneTekst.streng(uint8(a)) }

// Gyldig sier om a er en av de fire verdiene (medregnet ukjent).
func (a Arbeidsevne) Gyldig() bool { return int(a) < len(arbeidsevneTekst.ord) }

// Nedsatt sier om arbeidsevnen er nedsatt (også varig og vesentlig), som Svar.
func (a Arbeidsevne) Nedsatt() Svar {
	switch a {
	case NedsattArbeidsevne, VarigNedsattArbeidsevne:
		return Ja
	case IkkeNedsattArbeidsevne:
		return Nei
	}
	return Ukjent
}

// MarshalText gir verdien som ord.
func (a Arbeidsevne) MarshalText() ([]byte, error) { return arbeidsevneTekst.marshal(uint8(a)) }

// UnmarshalText tolker ordet MarshalText gir.
func (a *Arbeidsevne) UnmarshalText(b []byte) error {
	v, err := arbeidsevneTekst.unmarshal(b)
	*a = Arbeidsevne(v)
	return err
}

// Innsatsgruppe er gruppen i NAVs vedtak om behov for arbeidsrettet
// oppfølging etter arbeids- og velferdsforvaltningsloven § 14 a. Nullverdien
// er ukjent (intet vedtak oppgitt).
type Innsatsgruppe uint8

// De fem innsatsgruppene NAV bruker, med de gamle navnene i parentes.
const (
	InnsatsgruppeUkjent                 Innsatsgruppe = iota
	GodeMuligheter                                    // standard innsats
	TrengerVeiledning                                 // situasjonsbestemt innsats
	TrengerVeiledningNedsattArbeidsevne               // spesielt tilpasset innsats
	JobbeDelvis                                       // gradert varig tilpasset innsats
	LitenMulighetTilAJobbe                            // varig tilpasset innsats
)

var innsatsgruppeTekst = &enumTekst{felt: "innsatsgruppe",
	ord: []string{"ukjent", "gode-muligheter", "trenger-veiledning", "trenger-veiledning-nedsatt-arbeidsevne", "jobbe-delvis", "liten-mulighet-til-a-jobbe"},
	alias: map[string]int{
		"GODE_MULIGHETER": 1, "STANDARD_INNSATS": 1, "IKVAL": 1,
		"TRENGER_VEILEDNING": 2, "SITUASJONSBESTEMT_INNSATS": 2, "BFORM": 2,
		"TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE": 3, "SPESIELT_TILPASSET_INNSATS": 3, "BATT": 3,
		"JOBBE_DELVIS": 4, "GRADERT_VARIG_TILPASSET_INNSATS": 4,
		"LITEN_MULIGHET_TIL_A_JOBBE": 5, "VARIG_TILPASSET_INNSATS": 5,
	}}

// String gir gruppen som ord, for eksempel "trenger-veiledning".
func (g Innsatsgruppe) String() string { return innsatsgruppeTekst.streng(uint8(g)) }

// Gyldig sier om g er en av de fem gruppene eller ukjent.
func (g Innsatsgruppe) Gyldig() bool { return int(g) < len(innsatsgruppeTekst.ord) }

// NedsattArbeidsevne sier om gruppen bygger på at arbeidsevnen er nedsatt,
// slik NAVs systemer leser gruppene: trenger veiledning med nedsatt
// arbeidsevne, jobbe delvis og liten mulighet til å jobbe gir Ja; gode
// muligheter og trenger veiledning gir Nei; ukjent gruppe gir Ukjent.
func (g Innsatsgruppe) NedsattArbeidsevne() Svar {
	switch g {
	case TrengerVeiledningNedsattArbeidsevne, JobbeDelvis, LitenMulighetTilAJobbe:
		return Ja
	case GodeMuligheter, TrengerVeiledning:
		return Nei
	}
	return Ukjent
}

// MarshalText gir gruppen som ord.
func (g Innsatsgruppe) MarshalText() ([]byte, error) { return innsatsgruppeTekst.marshal(uint8(g)) }

// UnmarshalText tolker ordet MarshalText gir, og også NAVs enum-navn
// (TRENGER_VEILEDNING, SPESIELT_TILPASSET_INNSATS, …) og Arena-kodene
// IKVAL, BFORM og BATT.
func (g *Innsatsgruppe) UnmarshalText(b []byte) error {
	v, err := innsatsgruppeTekst.unmarshal(b)
	*g = Innsatsgruppe(v)
	return err
}

// Uforetrygd sier om personen har eller venter uføretrygd. Nullverdien er ukjent.
type Uforetrygd uint8

// Verdiene til Uforetrygd.
const (
	UforetrygdUkjent    Uforetrygd = iota
	IngenUforetrygd                // mottar ikke og venter ikke uføretrygd
	UforetrygdForventet            // ventes å få uføretrygd i nær framtid
	GradertUforetrygd              // mottar gradert uføretrygd
	FullUforetrygd                 // mottar full uføretrygd
)

var uforetrygdTekst = &enumTekst{felt: "uforetrygd", ord: []string{"ukjent", "ingen", "forventet", "gradert", "full"}}

// String gir verdien som ord, for eksempel "gradert".
func (u Uforetrygd) String() string { return uforetrygdTekst.streng(uint8(u)) }

// Gyldig sier om u er en av de fem verdiene (medregnet ukjent).
func (u Uforetrygd) Gyldig() bool { return int(u) < len(uforetrygdTekst.ord) }

// MottarEllerForventet sier om personen mottar (gradert eller full) eller ventes
// å få uføretrygd, som tiltaksforskriften § 14-3 krever for VTA.
func (u Uforetrygd) MottarEllerForventet() Svar {
	switch u {
	case UforetrygdForventet, GradertUforetrygd, FullUforetrygd:
		return Ja
	case IngenUforetrygd:
		return Nei
	}
	return Ukjent
}

// MarshalText gir verdien som ord.
func (u Uforetrygd) MarshalText() ([]byte, error) { return uforetrygdTekst.marshal(uint8(u)) }

// UnmarshalText tolker ordet MarshalText gir.
func (u *Uforetrygd) UnmarshalText(b []byte) error {
	v, err := uforetrygdTekst.unmarshal(b)
	*u = Uforetrygd(v)
	return err
}

// Stillingstype er typen ansettelse i et lønnstilskudd: fast eller midlertidig.
// Nullverdien er ukjent.
type Stillingstype uint8

// Verdiene til Stillingstype.
const (
	StillingstypeUkjent Stillingstype = iota
	FastStilling
	MidlertidigStilling
)

var stillingstypeTekst = &enumTekst{felt: "stillingstype", ord: []string{"ukjent", "fast", "midlertidig"},
	alias: map[string]int{"FAST": 1, "MIDLERTIDIG": 2}}

// String gir verdien som ord, "fast" eller "midlertidig".
func (s Stillingstype) String() string { return stillingstypeTekst.streng(uint8(s)) }

// Gyldig sier om s er fast, midlertidig eller ukjent.
func (s Stillingstype) Gyldig() bool { return int(s) < len(stillingstypeTekst.ord) }

// MarshalText gir verdien som ord.
func (s Stillingstype) MarshalText() ([]byte, error) { return stillingstypeTekst.marshal(uint8(s)) }

// UnmarshalText tolker "fast" eller "midlertidig" (også FAST og MIDLERTIDIG).
func (s *Stillingstype) UnmarshalText(b []byte) error {
	v, err := stillingstypeTekst.unmarshal(b)
	*s = Stillingstype(v)
	return err
}
