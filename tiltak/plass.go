package tiltak

import (
	"errors"
	"fmt"
)

// Plasstatus er statusen til en praksisplass i en kommunes oversikt over
// tiltaksplasser (seed 003): Ny → Statusmøte avtalt → (Bekreftet, valgfri)
// → Startet → Avsluttet. Nullverdien er ingen status.
type Plasstatus uint8

// Statusene i rekkefølge.
const (
	PlassNy               Plasstatus = iota + 1 // registrert når plassen er planlagt
	PlassStatusmoteAvtalt                       // oppstartsmøte er avtalt
	PlassBekreftet                              // deltaker og arbeidsgiver har bekreftet oppstart
	PlassStartet                                // deltakeren har startet
	PlassAvsluttet                              // plassen er avsluttet og frigitt til andre
)

var plasstatusTekst = &enumTekst{felt: "status", ord: []string{"ukjent", "ny", "statusmote-avtalt", "bekreftet", "startet", "avsluttet"}}

// String gir statusen som ord, for eksempel "statusmote-avtalt".
func (s Plasstatus) String() string { return plasstatusTekst.streng(uint8(s)) }

// Norsk gir statusen slik den vises i oversikten, for eksempel «Statusmøte avtalt».
func (s Plasstatus) Norsk() string {
	switch s {
	case PlassNy:
		return "Ny"
	case PlassStatusmoteAvtalt:
		return "Statusmøte avtalt"
	case PlassBekreftet:
		return "Bekreftet"
	case PlassStartet:
		return "Startet"
	case PlassAvsluttet:
		return "Avsluttet"
	}
	return "Ukjent"
}

// MarshalText gir statusen som ord.
func (s Plasstatus) MarshalText() ([]byte, error) { return plasstatusTekst.marshal(uint8(s)) }

// UnmarshalText tolker ordet MarshalText gir.
func (s *Plasstatus) UnmarshalText(b []byte) error {
	v, err := plasstatusTekst.unmarshal(b)
	*s = Plasstatus(v)
	return err
}

// Gyldig sier om s er en av statusene.
func (s Plasstatus) Gyldig() bool { return s >= PlassNy && s <= PlassAvsluttet }

// KanGaTil sier om en plass kan gå fra status s til status ny, etter
// kommunens rutine (seed 003). Statusene går ett steg fram om gangen, men
// Bekreftet «kan brukes» og kan hoppes over: fra Statusmøte avtalt kan
// plassen gå rett til Startet. En plass kan avsluttes fra alle statuser før
// Avsluttet (en planlagt plass kan avbrytes før start); Avsluttet er endelig.
func (s Plasstatus) KanGaTil(ny Plasstatus) bool {
	switch {
	case s < PlassNy || s >= PlassAvsluttet || !ny.Gyldig():
		return false
	case ny == PlassAvsluttet:
		return true
	case s == PlassStatusmoteAvtalt && ny == PlassStartet:
		return true // Bekreftet er valgfri
	}
	return ny == s+1
}

// ErrUgyldigOvergang er feilen for en statusovergang som ikke er tillatt.
var ErrUgyldigOvergang = errors.New("ugyldig statusovergang")

// Plass er en praksisplass i en kommunes oversikt: plasstypen, status og
// planlagt periode. Sluttdatoen rettes når plassen avsluttes før planlagt.
type Plass struct {
	Type    Kode       `json:"type"`    // Aktivitetsplass, Arbeidstrening eller Sprakpraksis
	Status  Plasstatus `json:"status"`  // gjeldende status
	Periode Periode    `json:"periode"` // planlagt (og ved avslutning faktisk) periode
}

// NyPlass registrerer en planlagt plass med status Ny. Typen må være en av
// plasstypene i seed 003 (aktivitetsplass, arbeidstrening, språkpraksis), og
// perioden må være gyldig.
func NyPlass(type_ Kode, periode Periode) (Plass, error) {
	if _, ok := Plasstype(type_); !ok {
		return Plass{}, &FeltFeil{Felt: "type", Verdi: string(type_), Grunn: "ikke en plasstype; ventet aktivitetsplass, arbeidstrening eller sprakpraksis", Err: ErrUkjentTiltak}
	}
	if err := periode.Valider(); err != nil {
		return Plass{}, MedPrefiks(err, "periode.")
	}
	return Plass{Type: type_, Status: PlassNy, Periode: periode}, nil
}

// Endre gir plassen med ny status. En overgang som ikke er tillatt gir en
// *FeltFeil for feltet "status" som pakker ErrUgyldigOvergang.
func (p Plass) Endre(ny Plasstatus) (Plass, error) {
	if !p.Status.KanGaTil(ny) {
		return p, &FeltFeil{Felt: "status", Verdi: ny.String(),
			Grunn: fmt.Sprintf("kan ikke gå fra %s til %s", p.Status.Norsk(), ny.Norsk()), Err: ErrUgyldigOvergang}
	}
	p.Status = ny
	return p, nil
}

// Avslutt avslutter plassen den dagen slutt og frigir den til andre. Når
// slutt er før planlagt sluttdato, rettes sluttdatoen (rutinens «husk å endre
// sluttdato»). En plass som ikke er startet avsluttes uten at perioden
// endres. slutt kan ikke være etter planlagt slutt eller før start.
func (p Plass) Avslutt(slutt Dato) (Plass, error) {
	if !p.Status.KanGaTil(PlassAvsluttet) {
		return p, &FeltFeil{Felt: "status", Verdi: PlassAvsluttet.String(),
			Grunn: fmt.Sprintf("kan ikke gå fra %s til Avsluttet", p.Status.Norsk()), Err: ErrUgyldigOvergang}
	}
	if p.Status == PlassStartet {
		if slutt.IsZero() || slutt.Before(p.Periode.Fra) || slutt.After(p.Periode.Til) {
			return p, &FeltFeil{Felt: "sluttdato", Verdi: slutt.String(),
				Grunn: "må ligge i plassens periode " + p.Periode.String(), Err: ErrUgyldigPeriode}
		}
		p.Periode.Til = slutt
	}
	p.Status = PlassAvsluttet
	return p, nil
}

// Ytelser sier hvilke tilskudd og ytelser som følger en plasstype etter
// kommunens rutine (seed 003), og hvor plassen registreres.
type Ytelser struct {
	Type Kode `json:"type"`
	// Registrering sier hvor plassen registreres: "Arena: arbeidsrettet tiltak –
	// arbeidstrening", "Arena: arbeidstrening i ordinær virksomhet" eller
	// "registreres ikke av NAV (Visma Flyktning)".
	Registrering string `json:"registrering"`
	// RegistreresSom er tiltaket plassen registreres som i Arena, tom når NAV
	// ikke registrerer den.
	RegistreresSom Kode `json:"registreres_som,omitempty"`
	// Tilskudd sier om tilskudd til arbeidsgiver (praksistilskudd, mentor og
	// andre) kan gis: false for aktivitetsplass og språkpraksis; for
	// arbeidstrening skal alle ytelser som kan høre med vurderes.
	Tilskudd bool `json:"tilskudd"`
	// Tilretteleggingsgaranti gis for alle plasser, uansett praksisform.
	Tilretteleggingsgaranti bool    `json:"tilretteleggingsgaranti"`
	Hjemmel                 Hjemmel `json:"hjemmel"`
	Forklaring              string  `json:"forklaring"`
}

var seed003 = Hjemmel{ID: "seed003-plasstyper", Kilde: KommunalRutine, Merknad: "plasstyper og ytelser"}

var plasstyper = [...]Ytelser{
	{Type: Aktivitetsplass, Registrering: "Arena: arbeidsrettet tiltak – arbeidstrening", RegistreresSom: Arbeidstrening,
		Tilskudd: false, Tilretteleggingsgaranti: true, Hjemmel: seed003,
		Forklaring: "Aktivitetsplass etter sosialtjenesteloven: ingen ytelser følger med, verken praksistilskudd, mentor eller andre. Det gis tilretteleggingsgaranti."},
	{Type: Arbeidstrening, Registrering: "Arena: arbeidstrening i ordinær virksomhet", RegistreresSom: Arbeidstrening,
		Tilskudd: true, Tilretteleggingsgaranti: true, Hjemmel: seed003,
		Forklaring: "Arbeidstrening etter arbeidsmarkedsloven: alle ytelser som kan høre med, skal vurderes som for andre ordinære praksisplasser. Det gis tilretteleggingsgaranti."},
	{Type: Sprakpraksis, Registrering: "registreres ikke av NAV (voksenopplæringen registrerer i Visma Flyktning)",
		Tilskudd: false, Tilretteleggingsgaranti: true, Hjemmel: seed003,
		Forklaring: "Språkpraksis avtales med voksenopplæringen: ingen ytelser følger med. Det gis tilretteleggingsgaranti."},
}

// Plasstype gir registrering og ytelser for en plasstype i seed 003, og false
// når koden ikke er en plasstype.
func Plasstype(k Kode) (Ytelser, bool) {
	for _, y := range plasstyper {
		if y.Type == k {
			return y, true
		}
	}
	return Ytelser{}, false
}

// Plasstyper gir de tre plasstypene i seed 003 i fast rekkefølge.
func Plasstyper() []Ytelser {
	ut := make([]Ytelser, len(plasstyper))
	copy(ut, plasstyper[:])
	return ut
}
