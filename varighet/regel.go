package varighet

import (
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Varighetsreglene står i lovlaget (pakken regler), i paragrafversjonene
// som setter dem. Denne pakken regner med dem; typene under er navn på de
// samme typene, så en tjeneste kan bruke dem uten å importere regler.

// Type sier hva slags varighetsregel et tiltak har (regler.Varighetstype).
type Type = regler.Varighetstype

// Typene av varighetsregler.
const (
	Tidsbegrenset     = regler.Tidsbegrenset     // en ordinær maksimal varighet, eventuelt med forlengelser
	IkkeTidsbegrenset = regler.IkkeTidsbegrenset // ingen øvre grense (varig lønnstilskudd, VTA, VTAO)
	UtenFastMaksimum  = regler.UtenFastMaksimum  // ingen fast grense; omfanget vurderes løpende
	Aldersgrense      = regler.Aldersgrense      // varer til en alder (ungdomsgarantien: 30 år)
	IkkeFastsatt      = regler.IkkeFastsatt      // kildene setter ingen varighet
)

// Regel er varighetsregelen et tiltak har etter én paragrafversjon
// (regler.Varighet): en verdi som peker på lovlagets faste data.
type Regel = regler.Varighet

// Forlengelse er én forlengelse en varighetsregel åpner for.
type Forlengelse = regler.Forlengelse

// Tak er en grense som kapper varigheten når vilkåret er oppfylt.
type Tak = regler.Tak

// Tidligere sier om og hvorfor tidligere deltakelse teller mot maksimum.
type Tidligere = regler.Tidligere

// Sesong er et vindu i året deltakelsen skal ligge i (sommerjobb).
type Sesong = regler.Sesong

// ErrIkkeModellert er feilen bak en dato eller et tiltak biblioteket ikke
// har modellert regler for; den er den samme verdien som
// regler.ErrIkkeModellert. Den konkrete feilen er en *IkkeModellertFeil.
var ErrIkkeModellert = regler.ErrIkkeModellert

// IkkeModellertFeil sier hvilket tiltak og hvilken dato som mangler regler,
// og hvorfor (regler.IkkeModellertFeil).
type IkkeModellertFeil = regler.IkkeModellertFeil

// RegelFor gir varighetsregelen for tiltaket for en deltakelse som starter
// på datoen d (regler.VarighetFor). Feilen er en *tiltak.FeltFeil for en
// ukjent kode eller en manglende dato, og en *IkkeModellertFeil
// (ErrIkkeModellert) når ingen regel gjelder på datoen.
func RegelFor(kode tiltak.Kode, d tiltak.Dato) (Regel, error) {
	return regler.VarighetFor(kode, d)
}

// Regler gir alle daterte varighetsregler for tiltaket, eldste først
// (regler.Varighetsversjoner), eller en *tiltak.FeltFeil for en ukjent kode.
func Regler(kode tiltak.Kode) ([]Regel, error) {
	return regler.Varighetsversjoner(kode)
}
