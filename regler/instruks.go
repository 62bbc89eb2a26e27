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

// Instruksen 20. januar 2021 (seed 000) og tiltakspengeforskriften § 6
// siste ledd slik instruksen siterer den. Instruksen har ingen oppgitt
// sluttdato; covid-regelen gjaldt til og med 31. mars 2021.
var (
	instruksFra = dato(2021, 1, 20)
	covidTil    = dato(2021, 3, 31)
)

// seed000Instruks er instruksens regler om digital gjennomføring og om
// tilskudd som opphører (permittering); tilskudd leser datoen herfra.
var seed000Instruks = &paragraf{id: "seed000-instruks", kilde: tiltak.Instruks2021, tittel: "Gjennomføring av arbeidsmarkedstiltak",
	merknad: "digital gjennomføring og opphør ved permittering fra 20. januar 2021",
	versjoner: []*versjon{{fra: instruksFra, endretVed: "seed 000", bevis: Kildedokument,
		innhold: "Oppfølging (også jobbklubb), avklaring, arbeidsrettet rehabilitering og AFT bør fortsatt gjennomføres digitalt; opplæring i grupper anskaffet for NAV likeså. Lønnstilskudd opphører fra datoen en permittering trer i kraft, og mentortilskudd når personen permitteres eller arbeidsforholdet eller tiltaket avsluttes. Instruksen oppgir ingen sluttdato.",
		liste:   koder(tiltak.Oppfolging, tiltak.Jobbklubb, tiltak.Avklaring, tiltak.ArbeidsrettetRehabilitering, tiltak.AFT),
		opphor: []*opphordel{
			{gjelder: koder(tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd), hendelser: []Hendelse{Permittering}, virkning: Opphorer,
				beskrivelse: "Lønnstilskuddet opphører fra datoen permitteringen trer i kraft."},
			{gjelder: koder(tiltak.Mentor), hendelser: []Hendelse{Permittering, ArbeidsforholdAvsluttet, TiltakAvsluttet}, virkning: Opphorer,
				beskrivelse: "Mentortilskudd ytes ikke lenger når personen permitteres, eller når arbeidsforholdet eller tiltaket avsluttes."},
		}}}}

// tpf6Covid er tiltakspengeforskriften § 6 siste ledd slik instruksen
// siterer den: tiltakspengene beholdes til og med 31. mars 2021 når tiltaket
// ble avbrutt av covid-19 uten deltakerens skyld.
var tpf6Covid = &paragraf{id: "tpf-6-covid", kilde: tiltak.Tiltakspengeforskriften, nr: "6", ledd: 0, tittel: "Tiltakspenger ved avbrudd på grunn av covid-19",
	versjoner: []*versjon{{fra: instruksFra, fraUkjent: true, sisteDag: covidTil, endretVed: "seed 000", bevis: Sekundaer,
		innhold: "En deltaker som uten egen skyld fikk tiltaket avbrutt på grunn av covid-19, kunne til og med 31. mars 2021 beholde tiltakspengene i den planlagte tiltaksperioden.",
		merknad: "Bestemmelsen er bare kjent fra instruksen; når den trådte i kraft, er ikke verifisert."}}}

// Instruks2021Fra gir datoen direktoratets instruks av 20. januar 2021
// gjelder fra (seed 000). Pakken tilskudd leser den herfra.
func Instruks2021Fra() tiltak.Dato { return instruksFra }

// Instruks2021 gir versjonen av instruksen av 20. januar 2021 (seed 000).
func Instruks2021() Paragrafversjon { return Paragrafversjon{seed000Instruks.versjoner[0]} }

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
	r := Datoregel{Tiltak: kode, Dato: d, IKraft: true, SluttUkjent: true, Hjemmel: seed000Instruks.versjoner[0].hjemmel()}
	t, _ := tiltak.Finn(kode)
	switch {
	case inneholder(seed000Instruks.versjoner[0].liste, kode):
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
	r := Datoregel{Dato: d, Hjemmel: tpf6Covid.versjoner[0].hjemmel().MedLedd(0), Uverifisert: true}
	r.Hjemmel.Siste = true
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
