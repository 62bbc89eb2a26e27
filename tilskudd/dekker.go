package tilskudd

import (
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Dekningsregel sier hvilke kostnader et tilskudd som betales etter faktiske
// kostnader dekker, og etter hvilken hjemmel. Fra er første dag regelen
// gjelder for tiltaket. Maksimalsatsene står ikke i forskriften; pakken
// regner ingen beløp for disse tilskuddene (unntatt taket for
// inkluderingstilskudd, se SjekkInkluderingstilskudd).
type Dekningsregel struct {
	Tiltak    tiltak.Kode    `json:"tiltak"`
	Hjemmel   tiltak.Hjemmel `json:"hjemmel"`
	Fra       tiltak.Dato    `json:"fra"`
	Kostnader []string       `json:"kostnader"` // kostnadene som dekkes, med våre ord
	Merknad   string         `json:"merknad"`
	// Uverifisert er sann når regelen bare bygger på avledet tekst.
	Uverifisert bool `json:"uverifisert,omitempty"`
}

// Dekker gir dekningsregelen for et tilskudd som betales etter faktiske
// kostnader på datoen d, fra satsregelen i lovlaget (regler.SatsFor):
// funksjonsassistanse (§ 6-5), inkluderingstilskudd (§ 11-3), opplæring
// (§ 7-5 i versjonene fra 2016, 2020 og 2025) og bedriftsintern opplæring
// (§ 8-5, 2016–2019). Kostnadslisten er en kopi. Feil: ukjent tiltakskode,
// manglende dato, en dato uten satsregel (ErrIkkeModellert) eller et tiltak
// som ikke betales etter faktiske kostnader (ErrIkkeModellert).
func Dekker(kode tiltak.Kode, d tiltak.Dato) (Dekningsregel, error) {
	if err := kode.Valider(); err != nil {
		return Dekningsregel{}, err
	}
	if d.IsZero() {
		return Dekningsregel{}, feltFeil("dato", "", "mangler dato", ErrUkjentFaktum)
	}
	s, err := satsFor(kode, d, "dato")
	if err != nil {
		return Dekningsregel{}, err
	}
	if s.Type() != regler.FaktiskeUtgifter || len(s.Dekker()) == 0 {
		return Dekningsregel{}, ikkeModellert("tiltak", string(kode), kode, d, "tilskuddet betales ikke etter en liste over kostnader ("+s.Type().String()+")")
	}
	merknad := s.Merknad()
	if merknad == "" {
		merknad = "faktiske, dokumenterte kostnader; beløpsgrensene står ikke i forskriften"
	}
	return Dekningsregel{Tiltak: kode, Hjemmel: s.Hjemmel(), Fra: s.Fra(), Kostnader: s.Dekker(), Merknad: merknad,
		Uverifisert: s.Uverifisert()}, nil
}
