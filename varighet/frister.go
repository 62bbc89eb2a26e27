package varighet

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// FristType sier hva slags frist en Frist er.
type FristType uint8

// Fristtypene. Nullverdien er ingen type.
const (
	// Gjennomgang: NAV skal vurdere tiltaket (varighet, status og
	// progresjon, tilskuddets størrelse) senest denne dagen.
	Gjennomgang FristType = iota + 1
	// Dokumentasjon: arbeidsgiveren skal dokumentere deltakerens utvikling
	// senest denne dagen (VTAO).
	Dokumentasjon
	// SenesteOppstart: tiltaket skal ha startet senest denne dagen
	// (ungdomsgarantien: åtte uker etter registrering).
	SenesteOppstart
	// Opphor: tiltaket opphører denne dagen (ungdomsgarantien: 30-årsdagen).
	Opphor
	// UnntakSlutt: siste dag av et tidsbegrenset unntak (hospitering i
	// VTA: seks måneder).
	UnntakSlutt
)

var fristtypeNavn = [...]string{"", "gjennomgang", "dokumentasjon", "seneste-oppstart", "opphor", "unntak-slutt"}

// String gir typen som ord, for eksempel "gjennomgang".
func (t FristType) String() string {
	if t != 0 && int(t) < len(fristtypeNavn) {
		return fristtypeNavn[t]
	}
	return "ukjent"
}

// MarshalText gir typen som ord.
func (t FristType) MarshalText() ([]byte, error) {
	if t == 0 || int(t) >= len(fristtypeNavn) {
		return nil, &tiltak.FeltFeil{Felt: "type", Grunn: "ukjent fristtype"}
	}
	return []byte(fristtypeNavn[t]), nil
}

// Frist er en dato en saksbehandler kan legge i en kalender.
type Frist struct {
	// Dato er fristen. Nullverdien betyr at den ikke kan regnes ut fordi
	// fakta mangler (se Mangler).
	Dato        tiltak.Dato      `json:"dato,omitzero"`
	Type        FristType        `json:"type"`              // hva slags frist
	Beskrivelse string           `json:"beskrivelse"`       // hva som skal skje, på norsk
	Hjemmel     tiltak.Hjemmel   `json:"hjemmel"`           // bestemmelsen eller praksisen fristen bygger på
	Praksis     bool             `json:"praksis,omitempty"` // fristen er praksis, ikke forskrift
	Mangler     tiltak.Faktasett `json:"mangler,omitempty"` // fakta som mangler for å regne ut datoen
}

// fristregel er en gjentakende frist: hver N. måned fra start.
type fristregel struct {
	fra, til    tiltak.Dato // datoene fristen kan falle på; til null = åpen
	maneder     int
	typ         FristType
	hjemmel     tiltak.Hjemmel
	beskrivelse string
}

func (r *fristregel) gjelder(d tiltak.Dato) bool {
	return !d.Before(r.fra) && (r.til.IsZero() || !d.After(r.til))
}

var (
	hSeed004AFT  = tiltak.Hjemmel{ID: "seed004-aft-progresjon", Kilde: tiltak.VeilederAktorer, Merknad: "NAV vurderer status og progresjon hver tredje måned"}
	hSeed004VTAO = tiltak.Hjemmel{ID: "seed004-vtao-dokumentasjon", Kilde: tiltak.VeilederAktorer, Merknad: "arbeidsgiveren dokumenterer minst én gang i året"}
	hPraksisFA   = tiltak.PraksisNAV("praksis-funksjonsassistanse-ett-ar", "funksjonsassistanse innvilges for ett år om gangen")
)

var fristTabell = map[tiltak.Kode][]fristregel{
	tiltak.Arbeidstrening: {{fra: tfIKraft, maneder: 3, typ: Gjennomgang, hjemmel: hTF35,
		beskrivelse: "Varigheten av arbeidstreningen vurderes minst hver tredje måned (§ 3-5 i 2016-teksten; ingen endring er sett, selv om oppfølgingsplikten i § 3-4 falt bort i 2022)."}},
	tiltak.VarigLonnstilskudd: {{fra: tfIKraft, maneder: 6, typ: Gjennomgang, hjemmel: hTF107,
		beskrivelse: "Tilskuddet vurderes minst hvert halvår av NAV sammen med virksomheten (§ 10-7)."}},
	tiltak.AFT: {
		{fra: aftForsteBelegg, til: aft2026.AddDays(-1), maneder: 3, typ: Gjennomgang, hjemmel: hSeed004AFT,
			beskrivelse: "NAV vurderer status og progresjon hver tredje måned (veiledningen «Aktører og tiltak»; forskriftsteksten før 2026 er ikke lest)."},
		{fra: aft2026, maneder: 3, typ: Gjennomgang, hjemmel: hTF132,
			beskrivelse: "NAV vurderer status og progresjon hver tredje måned (§ 13-2 fra 1. januar 2026)."},
	},
	tiltak.VTAO: {{fra: tfIKraft, maneder: 12, typ: Dokumentasjon, hjemmel: hSeed004VTAO,
		beskrivelse: "Arbeidsgiveren dokumenterer minst én gang i året deltakerens utvikling og tilpasningene som er gjort (veiledningen «Aktører og tiltak»)."}},
	tiltak.Funksjonsassistanse: {{fra: tfIKraft, maneder: 12, typ: Gjennomgang, hjemmel: hPraksisFA,
		beskrivelse: "Behovet vurderes årlig; funksjonsassistanse innvilges for ett år om gangen (NAVs praksis)."}},
}

// Frister gir fristene for en deltakelse i tiltaket kode i perioden:
// gjennomganger hver tredje eller sjette måned og årlig dokumentasjon regnet
// fra startdagen (start + N·k måneder med klemming, til og med periodens
// siste dag), og for ungdomsgarantien seneste oppstart (registrering + åtte
// uker) og opphør (30-årsdagen). Hver frist har sin hjemmel etter datoen den
// faller på. En frist som trenger et faktum som mangler, har Dato lik
// nullverdien og navngir faktumet i Mangler. Tiltak uten frister gir en tom
// liste.
//
// Feil: en *tiltak.FeltFeil for ukjent kode, ugyldig periode eller ugyldige
// fakta, og en *IkkeModellertFeil når ingen varighetsregel er modellert for
// startdatoen.
func Frister(kode tiltak.Kode, f *tiltak.Fakta, periode tiltak.Periode) ([]Frist, error) {
	if f == nil {
		f = new(tiltak.Fakta)
	}
	if err := kode.Valider(); err != nil {
		return nil, err
	}
	if err := periode.Valider(); err != nil {
		return nil, err
	}
	if err := f.Valider(); err != nil {
		return nil, err
	}
	if _, err := finnRegel(kode, periode.Fra); err != nil {
		return nil, err
	}
	regler := fristTabell[kode]
	var ut []Frist
	if n := len(regler); n > 0 {
		mnd := (periode.Til.Aar()-periode.Fra.Aar())*12 + int(periode.Til.Maned()) - int(periode.Fra.Maned())
		ut = make([]Frist, 0, mnd/regler[0].maneder+1)
	}
	if kode == tiltak.Ungdomsgaranti {
		oppstart := Frist{Type: SenesteOppstart, Hjemmel: hER44,
			Beskrivelse: "Ungdomsgarantien skal inntre innen åtte uker etter at den unge er registrert hos NAV."}
		if f.RegistrertDato.IsZero() {
			oppstart.Mangler = tiltak.FaktasettAv(tiltak.FaktumRegistrertDato)
		} else {
			oppstart.Dato = senesteOppstart(f.RegistrertDato)
		}
		opphor := Frist{Type: Opphor, Hjemmel: hER44, Beskrivelse: "Ungdomsgarantien opphører ved fylte 30 år."}
		if f.Fodselsdato.IsZero() {
			opphor.Mangler = tiltak.FaktasettAv(tiltak.FaktumFodselsdato)
		} else {
			opphor.Dato = tiltak.FyltAar(f.Fodselsdato, 30)
		}
		ut = append(ut, oppstart, opphor)
	}
	if len(regler) == 0 {
		return ut, nil
	}
	k := regler[0].maneder
	for n := 1; ; n++ {
		d := periode.Fra.AddMonths(n * k)
		if d.IsZero() || d.After(periode.Til) {
			break
		}
		for i := range regler {
			if regler[i].gjelder(d) {
				r := &regler[i]
				ut = append(ut, Frist{Dato: d, Type: r.typ, Beskrivelse: r.beskrivelse, Hjemmel: r.hjemmel, Praksis: r.hjemmel.ErPraksis()})
				break
			}
		}
	}
	return ut, nil
}

// FristHospitering gir siste dag av hospiteringsunntaket for en VTA-deltaker
// som begynner å hospitere i en ordinær virksomhet på start: fra 1. januar
// 2023 inntil seks måneder med mer enn halvparten av arbeidstiden der når fast
// ansettelse hos vertsvirksomheten vurderes (tiltaksforskriften § 14-10); før
// det permisjon i inntil seks måneder for å hospitere (2016-teksten). Siste
// dag er start + 6 måneder − 1 dag. Datoer før 2016 gir ErrIkkeModellert.
func FristHospitering(start tiltak.Dato) (Frist, error) {
	if start.IsZero() {
		return Frist{}, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigPeriode}
	}
	if start.Before(tfIKraft) {
		return Frist{}, &IkkeModellertFeil{Tiltak: tiltak.VTA, Dato: start, Grunn: "tiltaksforskriften gjelder fra 1. januar 2016"}
	}
	fr := Frist{Dato: start.SisteDag(maneder(6)), Type: UnntakSlutt}
	if start.Before(hospitering2023) {
		fr.Hjemmel = hTF1410v2016
		fr.Beskrivelse = "Siste dag av permisjonen på inntil seks måneder for å hospitere i en ordinær virksomhet (2016-teksten)."
	} else {
		fr.Hjemmel = hTF1410
		fr.Beskrivelse = "Siste dag av unntaket på inntil seks måneder fra grensen på 50 % av arbeidstiden, når fast ansettelse hos vertsvirksomheten vurderes (§ 14-10)."
	}
	return fr, nil
}
