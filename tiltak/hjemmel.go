package tiltak

import (
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
	Praksis                        // NAVs praksis, slik NAVs egne systemer håndhever den
	Instruks                       // instruks eller retningslinje fra Arbeids- og velferdsdirektoratet
	Rutine                         // lokal rutine, for eksempel et NAV-kontors rutine for praksisplasser
)

// String gir kildetypen på norsk.
func (t Kildetype) String() string {
	switch t {
	case Forskrift:
		return "forskrift"
	case Lov:
		return "lov"
	case Praksis:
		return "praksis"
	case Instruks:
		return "instruks"
	case Rutine:
		return "rutine"
	}
	return "ukjent kilde"
}

// ErRettsregel sier om kilden er en lov eller forskrift.
func (t Kildetype) ErRettsregel() bool { return t == Forskrift || t == Lov }

// Kilde er en lov, forskrift eller praksiskilde som regler bygger på.
type Kilde struct {
	ID       string    `json:"id"`       // offisiell id, for eksempel "FOR-2015-12-11-1598", eller kildens navn i katalogen
	Kortnavn string    `json:"kortnavn"` // kort navn slik det brukes i en henvisning, «tiltaksforskriften»
	Tittel   string    `json:"tittel"`   // full tittel
	Type     Kildetype `json:"type"`
}

// Kildene biblioteket henviser til.
var (
	// Tiltaksforskriften er forskrift 11. desember 2015 nr. 1598 om
	// arbeidsmarkedstiltak, i kraft 1. januar 2016.
	Tiltaksforskriften = Kilde{"FOR-2015-12-11-1598", "tiltaksforskriften", "Forskrift om arbeidsmarkedstiltak", Forskrift}
	// Egenregiforskriften er forskrift 20. juni 2023 nr. 1073 om
	// oppfølgingstiltak i Arbeids- og velferdsetatens egenregi. Forskriften
	// har ingen offisiell korttittel; «egenregiforskriften» er vår.
	Egenregiforskriften = Kilde{"FOR-2023-06-20-1073", "egenregiforskriften", "Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi", Forskrift}
	// Firearigforskriften er forskrift 4. februar 2026 nr. 163 om forsøk med
	// fireårig lønnstilskudd for unge. Teksten er ikke lest; reglene bygger
	// på NAVs kode (praksis).
	Firearigforskriften = Kilde{"FOR-2026-02-04-163", "forskrift om forsøk med fireårig lønnstilskudd", "Forskrift om forsøk med fireårig lønnstilskudd for unge", Forskrift}
	// Tiltakspengeforskriften er forskrift om tiltakspenger mv., slik
	// direktoratets instruks av 20. januar 2021 siterer den.
	Tiltakspengeforskriften = Kilde{"tiltakspengeforskriften", "tiltakspengeforskriften", "Forskrift om tiltakspenger mv.", Forskrift}
	// Folketrygdloven er lov 28. februar 1997 nr. 19 om folketrygd.
	Folketrygdloven = Kilde{"LOV-1997-02-28-19", "folketrygdloven", "Lov om folketrygd", Lov}
	// Ekspertbistandforskriften er forskrift 29. august 2019 nr. 1105 om
	// tilskudd til ekspertbistand.
	Ekspertbistandforskriften = Kilde{"FOR-2019-08-29-1105", "ekspertbistandforskriften", "Forskrift om tilskudd til ekspertbistand", Forskrift}
	// NAVPraksis er NAVs praksis slik den kan leses av NAVs egne systemer for
	// tiltak hos arbeidsgiver (avtaler, tilskuddsperioder og refusjon).
	NAVPraksis = Kilde{"NAV-praksis", "NAVs praksis", "NAVs praksis i saksbehandlingssystemene", Praksis}
	// Instruks2021 er Arbeids- og velferdsdirektoratets instruks om
	// gjennomføring av arbeidsmarkedstiltak fra 20. januar 2021 (seed 000).
	Instruks2021 = Kilde{"instruks-2021-01-20", "direktoratets instruks 20. januar 2021", "Endret instruks for gjennomføring av arbeidsmarkedstiltak fra 20. januar 2021", Instruks}
	// KommunalRutine er et NAV-kontors rutine for kommunale praksisplasser
	// (seed 003).
	KommunalRutine = Kilde{"rutine-praksisplasser", "kommunal rutine for praksisplasser", "NAV-kontorets rutine for kommunens tiltaksplasser", Rutine}
	// VeilederAktorer er veiledningen «Aktører og tiltak» om tiltak for
	// personer med utviklingshemning (seed 004).
	VeilederAktorer = Kilde{"veileder-aktorer-og-tiltak", "veiledningen «Aktører og tiltak»", "Aktører og tiltak", Praksis}
)

// Hjemmel er en henvisning til en bestemt regel: kilden, paragrafen, leddet
// og bokstaven. ID er regelens id i paragrafindeksen (testdata), som binder
// regelen til teksten den er kontrollert mot.
//
// String gir den norske henvisningsformen, for eksempel
// «tiltaksforskriften § 10-7 første ledd» eller
// «tiltaksforskriften § 7-3 første ledd bokstav f».
type Hjemmel struct {
	ID       string `json:"id"`                 // id i paragrafindeksen, for eksempel "tf-10-7"
	Kilde    Kilde  `json:"kilde"`              // loven, forskriften eller praksiskilden
	Paragraf string `json:"paragraf,omitempty"` // paragrafnummeret uten §, for eksempel "10-7"; tom for praksis
	Ledd     int    `json:"ledd,omitempty"`     // 1 for første ledd; 0 når hele paragrafen menes
	Siste    bool   `json:"siste,omitempty"`    // «siste ledd» i stedet for et nummer
	Bokstav  string `json:"bokstav,omitempty"`  // bokstav, for eksempel "f"
	Merknad  string `json:"merknad,omitempty"`  // for praksis: hva praksisen er, for eksempel "aldersgrense 72 år"
}

var ordenstall = [...]string{"", "første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}

// String gir henvisningen på norsk.
func (h Hjemmel) String() string {
	var b strings.Builder
	b.WriteString(h.Kilde.Kortnavn)
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
func (h Hjemmel) ErPraksis() bool { return !h.Kilde.Type.ErRettsregel() }

// TF gir en hjemmel i tiltaksforskriften: TF("tf-10-7", "10-7", 1).
func TF(id, paragraf string, ledd int) Hjemmel {
	return Hjemmel{ID: id, Kilde: Tiltaksforskriften, Paragraf: paragraf, Ledd: ledd}
}

// ER gir en hjemmel i egenregiforskriften: ER("er-2-1", "2-1", 0).
func ER(id, paragraf string, ledd int) Hjemmel {
	return Hjemmel{ID: id, Kilde: Egenregiforskriften, Paragraf: paragraf, Ledd: ledd}
}

// PraksisNAV gir en hjemmel i NAVs praksis med en merknad om hva praksisen er.
func PraksisNAV(id, merknad string) Hjemmel {
	return Hjemmel{ID: id, Kilde: NAVPraksis, Merknad: merknad}
}

// MedBokstav gir en kopi av h med bokstaven b.
func (h Hjemmel) MedBokstav(b string) Hjemmel { h.Bokstav = b; return h }

var kildetypeNavn = [...]string{"", "forskrift", "lov", "praksis", "instruks", "rutine"}

// MarshalText gir kildetypen som ord: "forskrift", "lov", "praksis", "instruks", "rutine".
func (t Kildetype) MarshalText() ([]byte, error) {
	if int(t) >= len(kildetypeNavn) || t == 0 {
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
