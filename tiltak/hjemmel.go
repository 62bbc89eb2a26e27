package tiltak

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Kildetype sier hva slags rettskilde eller praksiskilde en Kilde er.
type Kildetype uint8

// Kildetypene. Regler som bygger på Forskrift eller Lov er rettsregler;
// Praksis, Instruks og Rutine viser hvordan NAV eller en kommune anvender
// reglene og er merket som det i sporet.
const (
	Forskrift Kildetype = iota + 1 // forskrift (FOR-…)
	Lov                            // lov (LOV-…)
	Praksis                        // NAVs praksis, slik NAVs egne systemer eller skriv håndhever den
	Instruks                       // instruks eller retningslinje fra Arbeids- og velferdsdirektoratet
	Rutine                         // lokal rutine, for eksempel et NAV-kontors rutine for praksisplasser
)

var kildetypeNavn = [...]string{"", "forskrift", "lov", "praksis", "instruks", "rutine"}

// String gir kildetypen på norsk.
func (t Kildetype) String() string {
	if t > 0 && int(t) < len(kildetypeNavn) {
		return kildetypeNavn[t]
	}
	return "ukjent kilde"
}

// ErRettsregel sier om kilden er en lov eller forskrift.
func (t Kildetype) ErRettsregel() bool { return t == Forskrift || t == Lov }

// MarshalText gir kildetypen som ord: "forskrift", "lov", "praksis", "instruks", "rutine".
func (t Kildetype) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(kildetypeNavn) {
		return nil, &FeltFeil{Felt: "type", Verdi: strconv.Itoa(int(t)), Grunn: "ukjent kildetype"}
	}
	return []byte(kildetypeNavn[t]), nil
}

// UnmarshalText tolker kildetypen fra ordet MarshalText gir.
func (t *Kildetype) UnmarshalText(b []byte) error {
	for i, n := range kildetypeNavn {
		if i > 0 && n == string(b) {
			*t = Kildetype(i)
			return nil
		}
	}
	return &FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent kildetype; ventet forskrift, lov, praksis, instruks eller rutine"}
}

// Kilde er en lov, forskrift eller praksiskilde som regler bygger på. Den er
// en liten verdi (et nummer i en fast tabell), så ingen kan endre hva en
// kilde heter; nullverdien er ingen kilde.
type Kilde uint8

// Kildene biblioteket henviser til.
const (
	// Tiltaksforskriften er forskrift 11. desember 2015 nr. 1598 om
	// arbeidsmarkedstiltak, i kraft 1. januar 2016.
	Tiltaksforskriften Kilde = iota + 1
	// Egenregiforskriften er forskrift 20. juni 2023 nr. 1073 om
	// oppfølgingstiltak i Arbeids- og velferdsetatens egenregi. Forskriften
	// har ingen offisiell korttittel; «egenregiforskriften» er vår.
	Egenregiforskriften
	// Firearigforskriften er forskrift 4. februar 2026 nr. 163 om forsøk med
	// fireårig lønnstilskudd for unge.
	Firearigforskriften
	// Tiltakspengeforskriften er forskrift om tiltakspenger mv., slik
	// direktoratets instruks av 20. januar 2021 siterer den.
	Tiltakspengeforskriften
	// Folketrygdloven er lov 28. februar 1997 nr. 19 om folketrygd.
	Folketrygdloven
	// Ekspertbistandforskriften er forskrift 29. august 2019 nr. 1105 om
	// tilskudd til ekspertbistand.
	Ekspertbistandforskriften
	// NAVPraksis er NAVs praksis slik den kan leses av NAVs egne systemer for
	// tiltak hos arbeidsgiver (avtaler, tilskuddsperioder og refusjon).
	NAVPraksis
	// Instruks2021 er Arbeids- og velferdsdirektoratets instruks om
	// gjennomføring av arbeidsmarkedstiltak fra 20. januar 2021 (seed 000).
	Instruks2021
	// KommunalRutine er et NAV-kontors rutine for kommunale praksisplasser
	// (seed 003).
	KommunalRutine
	// VeilederAktorer er veiledningen «Aktører og tiltak» om tiltak for
	// personer med utviklingshemning (seed 004).
	VeilederAktorer
	// NAVBrev er NAVs offentlige brevmaler (vedtaksbrev om uføretrygd), som
	// gjengir folketrygdlovens regler; lovteksten selv er ikke lest.
	NAVBrev
)

type kildeInfo struct {
	id, kortnavn, tittel string
	typ                  Kildetype
}

var kilder = [...]kildeInfo{
	{},
	{"FOR-2015-12-11-1598", "tiltaksforskriften", "Forskrift om arbeidsmarkedstiltak", Forskrift},
	{"FOR-2023-06-20-1073", "egenregiforskriften", "Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi", Forskrift},
	{"FOR-2026-02-04-163", "forskrift om forsøk med fireårig lønnstilskudd", "Forskrift om forsøk med fireårig lønnstilskudd for unge", Forskrift},
	{"tiltakspengeforskriften", "tiltakspengeforskriften", "Forskrift om tiltakspenger mv.", Forskrift},
	{"LOV-1997-02-28-19", "folketrygdloven", "Lov om folketrygd", Lov},
	{"FOR-2019-08-29-1105", "ekspertbistandforskriften", "Forskrift om tilskudd til ekspertbistand", Forskrift},
	{"NAV-praksis", "NAVs praksis", "NAVs praksis i saksbehandlingssystemene", Praksis},
	{"instruks-2021-01-20", "direktoratets instruks 20. januar 2021", "Endret instruks for gjennomføring av arbeidsmarkedstiltak fra 20. januar 2021", Instruks},
	{"rutine-praksisplasser", "kommunal rutine for praksisplasser", "NAV-kontorets rutine for kommunens tiltaksplasser", Rutine},
	{"veileder-aktorer-og-tiltak", "veiledningen «Aktører og tiltak»", "Aktører og tiltak", Praksis},
	{"NAV-brevmaler", "NAVs brevmaler", "NAVs brevmaler for vedtak om uføretrygd", Praksis},
}

func (k Kilde) info() kildeInfo {
	if int(k) < len(kilder) {
		return kilder[k]
	}
	return kildeInfo{}
}

// ID gir kildens offisielle id, for eksempel "FOR-2015-12-11-1598", eller
// kildens navn i katalogen når den ikke har noen offisiell id.
func (k Kilde) ID() string { return k.info().id }

// Kortnavn gir kildens korte navn slik det brukes i en henvisning,
// «tiltaksforskriften».
func (k Kilde) Kortnavn() string { return k.info().kortnavn }

// Tittel gir kildens fulle tittel.
func (k Kilde) Tittel() string { return k.info().tittel }

// Type gir hva slags kilde det er (forskrift, lov, praksis, …).
func (k Kilde) Type() Kildetype { return k.info().typ }

// Gyldig sier om k er en av kildene biblioteket kjenner.
func (k Kilde) Gyldig() bool { return k > 0 && int(k) < len(kilder) }

// String gir kortnavnet, eller "ukjent kilde".
func (k Kilde) String() string {
	if !k.Gyldig() {
		return "ukjent kilde"
	}
	return k.Kortnavn()
}

// Kilder gir alle kildene biblioteket kjenner, i fast rekkefølge.
func Kilder() []Kilde {
	ut := make([]Kilde, 0, len(kilder)-1)
	for i := 1; i < len(kilder); i++ {
		ut = append(ut, Kilde(i))
	}
	return ut
}

// FinnKilde gir kilden med den offisielle id-en eller kortnavnet, og false
// når ingen kilde har det.
func FinnKilde(s string) (Kilde, bool) {
	for i := 1; i < len(kilder); i++ {
		if kilder[i].id == s || kilder[i].kortnavn == s {
			return Kilde(i), true
		}
	}
	return 0, false
}

// MarshalText gir kildens offisielle id.
func (k Kilde) MarshalText() ([]byte, error) {
	if !k.Gyldig() {
		return nil, &FeltFeil{Felt: "kilde", Verdi: strconv.Itoa(int(k)), Grunn: "ukjent kilde"}
	}
	return []byte(k.ID()), nil
}

// UnmarshalText tolker kildens offisielle id eller kortnavn.
func (k *Kilde) UnmarshalText(b []byte) error {
	v, ok := FinnKilde(string(b))
	if !ok {
		return &FeltFeil{Felt: "kilde", Verdi: kortVerdi(string(b)), Grunn: "ukjent kilde", Err: ErrUgyldigFaktum}
	}
	*k = v
	return nil
}

// Hjemmel er en henvisning til en bestemt regel: kilden, paragrafen, leddet
// og bokstaven. ID er id-en til versjonen av bestemmelsen i
// paragrafindeksen (for eksempel "tf-9-5-v20190701"), som binder regelen
// til teksten den er kontrollert mot; praksisregler har praksisens id.
//
// String gir den norske henvisningsformen, for eksempel
// «tiltaksforskriften § 10-7 første ledd» eller
// «tiltaksforskriften § 7-3 tredje ledd».
//
// JSON-formen er den samme overalt i biblioteket (se MarshalJSON).
type Hjemmel struct {
	ID       string // id i paragrafindeksen, for eksempel "tf-10-7-v20160101"
	Kilde    Kilde  // loven, forskriften eller praksiskilden
	Paragraf string // paragrafnummeret uten §, for eksempel "10-7"; tom for praksis
	Ledd     int    // 1 for første ledd; 0 når hele paragrafen menes
	Siste    bool   // «siste ledd» i stedet for et nummer
	Bokstav  string // bokstav, for eksempel "f"
	Merknad  string // for praksis: hva praksisen er, for eksempel "aldersgrense 72 år"
}

var ordenstall = [...]string{"", "første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}

// String gir henvisningen på norsk.
func (h Hjemmel) String() string {
	var b strings.Builder
	b.WriteString(h.Kilde.Kortnavn())
	if h.Paragraf != "" {
		b.WriteString(" § ")
		b.WriteString(h.Paragraf)
	}
	switch {
	case h.Siste:
		b.WriteString(" siste ledd")
	case h.Ledd > 0 && h.Ledd < len(ordenstall):
		b.WriteString(" ")
		b.WriteString(ordenstall[h.Ledd])
		b.WriteString(" ledd")
	case h.Ledd >= len(ordenstall):
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(h.Ledd))
		b.WriteString(". ledd")
	}
	if h.Bokstav != "" {
		b.WriteString(" bokstav ")
		b.WriteString(h.Bokstav)
	}
	if h.Merknad != "" {
		b.WriteString(" (")
		b.WriteString(h.Merknad)
		b.WriteString(")")
	}
	return b.String()
}

// ErPraksis sier om hjemmelen er praksis, instruks eller rutine og ikke en
// lov eller forskrift.
func (h Hjemmel) ErPraksis() bool { return !h.Kilde.Type().ErRettsregel() }

// IsZero sier om hjemmelen er tom (ingen kilde).
func (h Hjemmel) IsZero() bool { return h == Hjemmel{} }

// MedLedd gir en kopi av h som peker på leddet n.
func (h Hjemmel) MedLedd(n int) Hjemmel { h.Ledd = n; return h }

// MedBokstav gir en kopi av h med bokstaven b.
func (h Hjemmel) MedBokstav(b string) Hjemmel { h.Bokstav = b; return h }

// hjemmelJSON er JSON-formen til en Hjemmel.
type hjemmelJSON struct {
	Tekst    string `json:"tekst"`
	ID       string `json:"id"`
	Kilde    string `json:"kilde"`
	KildeID  string `json:"kilde_id"`
	Paragraf string `json:"paragraf,omitempty"`
	Ledd     int    `json:"ledd,omitempty"`
	Siste    bool   `json:"siste,omitempty"`
	Bokstav  string `json:"bokstav,omitempty"`
	Merknad  string `json:"merknad,omitempty"`
	Praksis  bool   `json:"praksis"`
}

// MarshalJSON gir hjemmelen i bibliotekets ene JSON-form:
//
//	{"tekst": "tiltaksforskriften § 9-5 tredje ledd", "id": "tf-9-5-v20190701",
//	 "kilde": "tiltaksforskriften", "kilde_id": "FOR-2015-12-11-1598",
//	 "paragraf": "9-5", "ledd": 3, "siste": false, "bokstav": "", "merknad": "",
//	 "praksis": false}
//
// Tomme felt (ledd, siste, bokstav, merknad, paragraf) utelates. En tom
// hjemmel gir tomme strenger. Den feiler aldri.
func (h Hjemmel) MarshalJSON() ([]byte, error) {
	j := hjemmelJSON{ID: h.ID, Paragraf: h.Paragraf, Ledd: h.Ledd, Siste: h.Siste, Bokstav: h.Bokstav, Merknad: h.Merknad}
	if h.Kilde.Gyldig() {
		j.Tekst, j.Kilde, j.KildeID = h.String(), h.Kilde.Kortnavn(), h.Kilde.ID()
		j.Praksis = h.ErPraksis()
	}
	return json.Marshal(j)
}

// UnmarshalJSON leser formen MarshalJSON gir. Kilden slås opp på kilde_id
// (eller kilde); «tekst» og «praksis» er bare utdata.
func (h *Hjemmel) UnmarshalJSON(b []byte) error {
	var j hjemmelJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	ny := Hjemmel{ID: j.ID, Paragraf: j.Paragraf, Ledd: j.Ledd, Siste: j.Siste, Bokstav: j.Bokstav, Merknad: j.Merknad}
	if j.KildeID != "" || j.Kilde != "" {
		navn := j.KildeID
		if navn == "" {
			navn = j.Kilde
		}
		k, ok := FinnKilde(navn)
		if !ok {
			return &FeltFeil{Felt: "kilde_id", Verdi: kortVerdi(navn), Grunn: "ukjent kilde", Err: ErrUgyldigFaktum}
		}
		ny.Kilde = k
	}
	*h = ny
	return nil
}

// kortVerdi forkorter en avvist verdi før den gjentas i en feilmelding.
func kortVerdi(s string) string {
	const maks = 64
	if len(s) <= maks {
		return s
	}
	// Kutt på en tegngrense.
	i := maks
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// TF gir en hjemmel i tiltaksforskriften: TF("tf-10-7-v20160101", "10-7", 1).
func TF(id, paragraf string, ledd int) Hjemmel {
	return Hjemmel{ID: id, Kilde: Tiltaksforskriften, Paragraf: paragraf, Ledd: ledd}
}

// ER gir en hjemmel i egenregiforskriften: ER("er-2-1-v20230620", "2-1", 0).
func ER(id, paragraf string, ledd int) Hjemmel {
	return Hjemmel{ID: id, Kilde: Egenregiforskriften, Paragraf: paragraf, Ledd: ledd}
}

// PraksisNAV gir en hjemmel i NAVs praksis med en merknad om hva praksisen er.
func PraksisNAV(id, merknad string) Hjemmel {
	return Hjemmel{ID: id, Kilde: NAVPraksis, Merknad: merknad}
}
