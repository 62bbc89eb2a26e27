package regler

import (
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Datoregel er svaret fra en regel med gyldighetsperiode fra
// direktoratets instruks av 20. januar 2021 (seed 000).
type Datoregel struct {
	Tiltak tiltak.Kode `json:"tiltak,omitempty"`
	Dato   tiltak.Dato `json:"dato"`
	Utfall Utfall      `json:"utfall"`
	// IKraft sier om regelen gjaldt på datoen.
	IKraft bool `json:"i_kraft"`
	// SluttUkjent er sann når kilden ikke sier når regelen sluttet å gjelde.
	SluttUkjent bool `json:"slutt_ukjent,omitempty"`
	// Uverifisert er sann når start eller ordlyd ikke er lest i en primærkilde.
	Uverifisert bool           `json:"uverifisert,omitempty"`
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`
	Forklaring  string         `json:"forklaring"`
}

// instruksFra er datoen instruksen gjelder fra (seed 000).
var instruksFra = dato(2021, 1, 20)

// covidTil er siste dag i tiltakspengeforskriften § 6 siste ledd (seed 000).
var covidTil = dato(2021, 3, 31)

var digitaleTiltak = []tiltak.Kode{tiltak.Oppfolging, tiltak.Jobbklubb, tiltak.Avklaring, tiltak.ArbeidsrettetRehabilitering, tiltak.AFT}

// DigitalGjennomforing sier om tiltaket etter instruksen burde («bør») gjennomføres digitalt på
// datoen etter direktoratets instruks fra 20. januar 2021 (seed 000):
// oppfølging (også jobbklubb), avklaring, arbeidsrettet rehabilitering og
// AFT gir oppfylt; opplæring som kan kjøpes som gruppetiltak (Arena
// GRUPPEAMO eller GRUFAGYRKE) gir må vurderes, fordi instruksen bare gjelder
// grupper anskaffet særskilt for NAV og ikke plasser i ordinære
// utdanningsinstitusjoner; andre tiltak gir ikke oppfylt.
//
// Instruksen oppgir ingen sluttdato: den er modellert som i kraft fra 20.
// januar 2021 med ukjent slutt (SluttUkjent er alltid sann), så et svar for
// en sen dato sier bare at vi ikke kjenner noen sluttdato. Datoer før 20.
// januar 2021 gir en *IkkeModellertFeil (tidligere instrukser er ikke
// modellert).
func DigitalGjennomforing(kode tiltak.Kode, d tiltak.Dato) (Datoregel, error) {
	if err := kode.Valider(); err != nil {
		return Datoregel{}, err
	}
	if err := sjekkDato("dato", d); err != nil {
		return Datoregel{}, err
	}
	if d.Before(instruksFra) {
		return Datoregel{}, &IkkeModellertFeil{Tiltak: kode, Dato: d, Fra: instruksFra,
			Grunn: "instruksen om digital gjennomføring gjelder fra 20. januar 2021; tidligere instrukser er ikke modellert"}
	}
	r := Datoregel{Tiltak: kode, Dato: d, IKraft: true, SluttUkjent: true, Hjemmel: hSeed000Digital}
	t, _ := tiltak.Finn(kode)
	switch {
	case inneholder(digitaleTiltak, kode):
		r.Utfall = Oppfylt
		r.Forklaring = t.Navn + " burde etter direktoratets instruks fra 20. januar 2021 fortsatt gjennomføres digitalt («bør … gjennomføres digitalt»). Instruksen oppgir ingen sluttdato."
	case slices.Contains(t.Arena, "GRUPPEAMO") || slices.Contains(t.Arena, "GRUFAGYRKE"):
		r.Utfall = MaVurderes
		r.Forklaring = t.Navn + " burde gjennomføres digitalt når opplæringen er en gruppe (Gruppe AMO eller Gruppe fag- og yrkesopplæring) anskaffet særskilt for NAV; i ordinære utdanningsinstitusjoner gjelder institusjonens smittevernregler. Instruksen oppgir ingen sluttdato."
	default:
		r.Utfall = IkkeOppfylt
		r.Forklaring = t.Navn + " er ikke blant tiltakene instruksen fra 20. januar 2021 sier bør gjennomføres digitalt."
	}
	return r, nil
}

// TiltakspengerCovid sier om en deltaker beholdt tiltakspengene på datoen
// etter tiltakspengeforskriften § 6 siste ledd, slik instruksen fra 20.
// januar 2021 siterer den: en deltaker som uten egen skyld fikk tiltaket
// avbrutt på grunn av covid-19, kunne fram til og med 31. mars 2021 beholde
// tiltakspengene i den planlagte tiltaksperioden.
//
// Datoer etter 31. mars 2021 gir ikke oppfylt med IKraft usann. Når
// bestemmelsen trådte i kraft, er ikke verifisert (kilden viser bare at den
// gjaldt 20. januar 2021): datoer før det gir en *IkkeModellertFeil.
// planlagt er den planlagte tiltaksperioden (null: ukjent, må vurderes);
// avbrutt og utenEgenSkyld er Ja, Nei eller Ukjent. En ugyldig periode gir
// en *tiltak.FeltFeil for "planlagt".
func TiltakspengerCovid(d tiltak.Dato, planlagt tiltak.Periode, avbrutt, utenEgenSkyld tiltak.Svar) (Datoregel, error) {
	if err := sjekkDato("dato", d); err != nil {
		return Datoregel{}, err
	}
	if planlagt != (tiltak.Periode{}) {
		if err := planlagt.Valider(); err != nil {
			return Datoregel{}, &tiltak.FeltFeil{Felt: "planlagt", Verdi: planlagt.String(), Grunn: "ugyldig periode", Err: err}
		}
	}
	if d.Before(instruksFra) {
		return Datoregel{}, &IkkeModellertFeil{Dato: d, Fra: instruksFra, Til: covidTil,
			Grunn: "datoen bestemmelsen trådte i kraft er ikke verifisert; kilden viser bare at den gjaldt 20. januar 2021"}
	}
	r := Datoregel{Dato: d, Hjemmel: hTPF6, Uverifisert: true}
	if d.After(covidTil) {
		r.Utfall = IkkeOppfylt
		r.Forklaring = "Regelen om å beholde tiltakspenger når tiltaket ble avbrutt av covid-19, gjaldt bare til og med 31. mars 2021, og er ikke i kraft på datoen."
		return r, nil
	}
	r.IKraft = true
	switch {
	case planlagt == (tiltak.Periode{}):
		r.Utfall = Og(MaVurderes, Og(FraSvar(avbrutt), FraSvar(utenEgenSkyld)))
	case d.Before(planlagt.Fra) || d.After(planlagt.Til):
		r.Utfall = IkkeOppfylt
	default:
		r.Utfall = Og(FraSvar(avbrutt), FraSvar(utenEgenSkyld))
	}
	switch r.Utfall {
	case Oppfylt:
		r.Forklaring = "Tiltaket ble avbrutt på grunn av covid-19 uten deltakerens skyld, og datoen ligger i den planlagte tiltaksperioden før 1. april 2021: deltakeren beholder tiltakspengene."
	case IkkeOppfylt:
		r.Forklaring = "Deltakeren beholder ikke tiltakspengene etter § 6 siste ledd: tiltaket ble ikke avbrutt av covid-19 uten egen skyld, eller datoen ligger utenfor den planlagte tiltaksperioden."
	default:
		r.Forklaring = "Det må vurderes om tiltaket ble avbrutt av covid-19 uten deltakerens skyld, og hva den planlagte tiltaksperioden var."
	}
	return r, nil
}
