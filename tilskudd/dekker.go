package tilskudd

import (
	"slices"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Dekningsregel sier hvilke kostnader et tilskudd som betales etter faktiske
// kostnader dekker, og etter hvilken hjemmel. Satsene for disse tilskuddene
// er ikke funnet; pakken regner derfor ingen beløp for dem.
type Dekningsregel struct {
	Tiltak    tiltak.Kode    `json:"tiltak"`
	Hjemmel   tiltak.Hjemmel `json:"hjemmel"`
	Fra       tiltak.Dato    `json:"fra"`
	Kostnader []string       `json:"kostnader"` // kostnadene som dekkes, på norsk
	Merknad   string         `json:"merknad"`
}

// Hjemlene for dekningsreglene (ider i hovedindeksen).
var (
	// HjemmelFunksjonsassistanse er tiltaksforskriften § 6-5.
	HjemmelFunksjonsassistanse = tiltak.TF("tf-6-5", "6-5", 0)
	// HjemmelOpplaering er tiltaksforskriften § 7-5 (fra 1. juli 2025).
	HjemmelOpplaering = tiltak.TF("tf-7-5", "7-5", 0)
	// HjemmelInkluderingKostnader er tiltaksforskriften § 11-3.
	HjemmelInkluderingKostnader = tiltak.TF("tf-11-3", "11-3", 0)
)

var opplaeringFra = dato(2025, 7, 1)

var dekningsregler = [...]Dekningsregel{
	{tiltak.Funksjonsassistanse, HjemmelFunksjonsassistanse, ikraft2016,
		[]string{"assistentens lønn", "arbeidsgiveravgift", "feriepenger og tjenestepensjon der det er aktuelt", "vikar ved assistentens sykdom eller ferie", "reiseutgifter"},
		"betales etterskuddsvis; ingen sats er funnet"},
	{tiltak.Inkluderingstilskudd, HjemmelInkluderingKostnader, ikraft2016,
		[]string{"vurdering av funksjonsevne eller tilretteleggingsbehov", "ekstra arbeidsplass", "personlig utstyr", "gjenstander og hjelpemidler som ikke dekkes etter folketrygdloven § 10-5", "programvare eller teknologi", "forsikring, lisenser og sertifisering", "ekstern opplæring"},
		"bare merkostnader ut over det en ansettelse normalt koster; summen er begrenset av InkluderingstilskuddMaks (§ 11-4)"},
	{tiltak.OpplaeringAMO, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
	{tiltak.OpplaeringNorskFOV, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
	{tiltak.OpplaeringStudiespesialisering, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
	{tiltak.OpplaeringFagOgYrke, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
	{tiltak.OpplaeringFagskole, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
	{tiltak.OpplaeringHoyereUtdanning, HjemmelOpplaering, opplaeringFra, opplaeringKostnader, opplaeringMerknad},
}

var opplaeringKostnader = []string{"skolepenger", "nødvendige studiereiser til eksamen", "semesteravgift", "eksamensgebyr", "integrert botilbud"}

const opplaeringMerknad = "faktiske kostnader innenfor maksimalsatser departementet fastsetter; satsene er ikke funnet. Teksten før 2025-07-01 er ikke modellert"

// Dekker gir dekningsregelen for et tilskudd som betales etter faktiske
// kostnader (funksjonsassistanse § 6-5, inkluderingstilskudd § 11-3,
// opplæring § 7-5 fra 2025-07-01) på datoen d. Kostnadslisten er en kopi.
// Feil: ukjent tiltakskode, manglende dato, et tiltak uten slik regel eller
// en dato før regelen gjelder (ErrIkkeModellert).
func Dekker(kode tiltak.Kode, d tiltak.Dato) (Dekningsregel, error) {
	if err := kode.Valider(); err != nil {
		return Dekningsregel{}, err
	}
	if d.IsZero() {
		return Dekningsregel{}, feltFeil("dato", "", "mangler dato", ErrUkjentFaktum)
	}
	for _, r := range dekningsregler {
		if r.Tiltak != kode {
			continue
		}
		if d.Before(r.Fra) {
			return Dekningsregel{}, feltFeil("dato", d.String(), "regelen om hva tilskuddet dekker er modellert fra "+r.Fra.String(), ErrIkkeModellert)
		}
		r.Kostnader = slices.Clone(r.Kostnader)
		return r, nil
	}
	return Dekningsregel{}, feltFeil("tiltak", string(kode), "ingen dekningsregel for tiltaket", ErrIkkeModellert)
}
