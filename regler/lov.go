package regler

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Lovlaget.
//
// Loven endres én paragraf (eller ett ledd) om gangen, så det er enheten
// biblioteket versjonerer. Hver paragraf er én verdi (paragraf) med sine
// daterte versjoner (versjon): fra hvilken dag versjonen gjelder, hvilken
// forskrift som ga den ordlyden, hva den bygger på (Bevis), en gjengivelse
// med våre egne ord, og det versjonen avgjør: vilkår (hvem), varighet (hvor
// lenge), satser (hvor mye), lister (hva som kan kombineres) og hvilke
// tiltak den definerer. Til-datoen skrives ikke: den er dagen før neste
// versjon. En opphevet paragraf har en versjon med opphevet satt.
//
// Et tiltak er en liste av paragrafer (tiltaksdef). Regelsettet det har på
// en dato er avledet av versjonene av paragrafene som gjelder den dagen, og
// planen VurderAlle bruker er avledet på samme måte. Filene følger
// forskriftenes kapitler (tf01_felles.go, tf07_opplaering.go, …), så en
// leser går fra paragrafen til regelen og testen i ett hopp.
//
// Hver dato, henvisning og hvert tall står ett sted: i versjonen.
// Pakkene varighet og tilskudd leser dem herfra.

// Bevis sier hva en paragrafversjon (eller praksisregel) bygger på.
type Bevis uint8

// Bevisene, sterkest først.
const (
	// Kunngjort: den kunngjorte teksten (Norsk Lovtidend) er lest.
	Kunngjort Bevis = iota + 1
	// Konsolidert: bare Lovdatas konsoliderte tekst er lest (for eksempel
	// egenregiforskriften og forsøksforskriften, der kunngjort tekst ikke
	// er funnet).
	Konsolidert
	// Kildedokument: ordlyden er bare kjent fra ett av prosjektets
	// kildedokumenter (seed 002 gjengir egenregiforskriften slik den lød i
	// juli 2025).
	Kildedokument
	// Avledet: bare avledet tekst finnes (endringsinstruksene uten det
	// kunngjorte dokumentet); versjonen er uverifisert.
	Avledet
	// PraksisKode: NAVs egne systemer (kode) viser praksisen.
	PraksisKode
	// Sekundaer: bare sekundærkilder (NAVs sider, veiledninger, brev);
	// regelen er uverifisert.
	Sekundaer
	// UkjentOrdlyd: vi vet at versjonen fantes, men ordlyden finnes ikke i
	// noen lagret kilde (egenregiforskriften § 2-2 fra 2023). Versjonen
	// avgjør ingenting i biblioteket ut over det som står i merknaden.
	UkjentOrdlyd
)

var bevisNavn = [...]string{"", "kunngjort", "konsolidert", "kildedokument", "avledet", "praksis-kode", "sekundaer", "ukjent-ordlyd"}

// String gir beviset som ord: "kunngjort", "konsolidert", "kildedokument",
// "avledet", "praksis-kode", "sekundaer" eller "ukjent-ordlyd".
func (b Bevis) String() string {
	if b > 0 && int(b) < len(bevisNavn) {
		return bevisNavn[b]
	}
	return "ukjent"
}

// Uverifisert sier om en regel som bygger på beviset er uverifisert: bare
// avledet tekst, bare sekundærkilder eller ukjent ordlyd.
func (b Bevis) Uverifisert() bool { return b == Avledet || b == Sekundaer || b == UkjentOrdlyd }

// MarshalText gir beviset som ord.
func (b Bevis) MarshalText() ([]byte, error) {
	if b == 0 || int(b) >= len(bevisNavn) {
		return nil, &tiltak.FeltFeil{Felt: "bevis", Grunn: "ukjent bevis"}
	}
	return []byte(bevisNavn[b]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (b *Bevis) UnmarshalText(t []byte) error {
	for i := 1; i < len(bevisNavn); i++ {
		if bevisNavn[i] == string(t) {
			*b = Bevis(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "bevis", Verdi: string(t), Grunn: "ukjent bevis"}
}

// Forskriftene som har gitt ordlyden i versjonene (endretVed). Den
// opprinnelige teksten har forskriftens egen id.
const (
	forTF       = "FOR-2015-12-11-1598" // tiltaksforskriften, opprinnelig tekst
	forER       = "FOR-2023-06-20-1073" // egenregiforskriften, opprinnelig tekst
	forFir      = "FOR-2026-02-04-163"  // forsøk med fireårig lønnstilskudd
	for2016_57  = "FOR-2016-01-23-57"
	for2016_653 = "FOR-2016-06-13-653"
	for2016_108 = "FOR-2016-09-19-1089"
	for2016_152 = "FOR-2016-12-07-1526"
	for2017_108 = "FOR-2017-06-29-1084"
	for2017_115 = "FOR-2017-07-05-1159"
	for2017_132 = "FOR-2017-08-30-1322"
	for2017_194 = "FOR-2017-11-05-1943"
	for2019_597 = "FOR-2019-05-09-597"
	for2019_105 = "FOR-2019-08-12-1055"
	for2019_176 = "FOR-2019-12-12-1765"
	for2019_208 = "FOR-2019-12-20-2083"
	for2021_556 = "FOR-2021-02-23-556"
	for2021_122 = "FOR-2021-04-22-1229"
	for2022_855 = "FOR-2022-05-10-855"
	for2022_932 = "FOR-2022-05-27-932"
	for2025_1   = "FOR-2025-01-02-1"
	for2025_117 = "FOR-2025-01-31-117"
	for2025_157 = "FOR-2025-07-30-1575"
	for2025_576 = "FOR-2025-07-30-1576"
	for2025_172 = "FOR-2025-08-26-1727"
	for2025_182 = "FOR-2025-09-10-1825"
	for2025_291 = "FOR-2025-12-18-2918"
	for2025_269 = "FOR-2025-12-18-2693"
	for2026_541 = "FOR-2026-03-29-541"
)

// paragraf er én paragraf (eller ett ledd som versjoneres for seg) med sine
// versjoner i datorekkefølge.
type paragraf struct {
	id        string       // "tf-9-5", "tf-1-3-l3", "er-2-4", "praksis-alder-72"
	kilde     tiltak.Kilde // forskriften (eller praksiskilden)
	nr        string       // paragrafnummeret uten §, "9-5"; tomt for praksis
	ledd      int          // leddet når paragrafen er ett ledd; 0 for hele paragrafen
	tittel    string       // overskriften, "Personkrets"
	merknad   string       // for praksis: hva praksisen er (blir Hjemmel.Merknad)
	versjoner []*versjon
}

// versjon er én versjon av en paragraf.
type versjon struct {
	p         *paragraf
	id        string      // satt i init: paragrafens id + "-v" + fra (ÅÅÅÅMMDD)
	fra       tiltak.Dato // første dag versjonen gjelder
	til       tiltak.Dato // satt i init: dagen før neste versjon; null = åpen
	endretVed string      // forskriften som ga ordlyden (forTF for den opprinnelige)
	bevis     Bevis
	opphevet  bool // paragrafen er opphevet fra fra
	// sisteDag er siste dag versjonen gjelder etter sin egen ordlyd (et
	// forsøk som avsluttes), når ingen senere versjon avløser den.
	sisteDag tiltak.Dato
	innhold  string // hva versjonen sier, med våre ord
	merknad  string // det som er usikkert eller særegent

	// Det versjonen avgjør.
	definerer []tiltak.Kode // tiltakene som finnes mens versjonen gjelder
	vilkar    []*Vilkar     // vilkårene den stiller (hvem)
	varighet  []*varighetsdel
	frister   []*fristdel
	sats      []*satsdel
	// grunnlag er refusjonsgrunnlaget paragrafen definerer (lønn,
	// feriepenger, arbeidsgiveravgift, OTP); satsene i samme kapittel regnes
	// av det.
	grunnlag *grunnlagsdel
	// bio er satsene for bedriftsintern opplæring (§ 8-6, 2016).
	bio *bioSatser
	// opphor er regler om hendelser som avslutter tilskuddet (permittering).
	opphor []*opphordel
	// fribelop er regler om fribeløpet i inntektsgrensen (bunnfradraget)
	// for uføretrygd (ftrl12_14_ufore.go).
	fribelop []*fribelopdel
	// henviser er paragrafer i en annen forskrift som versjonen gjør
	// gjeldende (fireårig lønnstilskudd § 11: tiltaksforskriften kapittel 1).
	henviser []*paragraf
	// arbeidstid er en grense for andelen av arbeidstiden (hospitering i
	// § 14-10, 60-prosentpraksisen i VTA).
	arbeidstid *arbeidstidsdel
	// grenser er praksisgrenser for varigheten (bare i praksiskilder).
	grenser []*grensedel
	// fraUkjent: det er ikke kjent når praksisen begynte; fra er da
	// tiltaksforskriftens ikrafttredelse.
	fraUkjent bool
	// bokstaver er tiltakene hver bokstav i listen klart omfatter (§ 7-2);
	// bokstavTab er det samme som tabell etter bokstav, laget i init.
	bokstaver  map[string][]tiltak.Kode
	bokstavTab [26]bokstavrad
	liste      []tiltak.Kode // en liste av tiltak (hva som kan kombineres)
	// listeBokstaver er bokstavene i § 7-2 listen viser til («jf. § 7-2
	// bokstav a»): tiltakene bokstaven klart omfatter på datoen, er med.
	listeBokstaver []string
	// listeMulig er tiltak listen kanskje omfatter: ordlyden kan leses slik,
	// men avgjør det ikke (gir må vurderes).
	listeMulig []tiltak.Kode
}

// hjemmel gir hjemmelen til versjonen (hele paragrafen eller leddet).
func (v *versjon) hjemmel() tiltak.Hjemmel {
	return tiltak.Hjemmel{ID: v.id, Kilde: v.p.kilde, Paragraf: v.p.nr, Ledd: v.p.ledd, Merknad: v.p.merknad}
}

func (v *versjon) gjelder(d tiltak.Dato) bool {
	return !d.Before(v.fra) && (v.til.IsZero() || !d.After(v.til))
}

// pa gir versjonen av paragrafen som gjelder på datoen, eller nil.
func (p *paragraf) pa(d tiltak.Dato) *versjon {
	for i := len(p.versjoner) - 1; i >= 0; i-- {
		if v := p.versjoner[i]; !d.Before(v.fra) {
			if v.gjelder(d) {
				return v
			}
			return nil
		}
	}
	return nil
}

// datoKode gir datoen som ÅÅÅÅMMDD.
func datoKode(d tiltak.Dato) string {
	return strings.ReplaceAll(d.String(), "-", "")
}

// udatert er fra-datoen til en kilde uten dato (den kommunale rutinen i
// seed 003): den gjelder for alle datoer.
var udatert = tiltak.MustDato(1, 1, 1)

// dato er en kort form for datoer skrevet som konstanter i lovlaget.
func dato(aar int, m time.Month, dag int) tiltak.Dato { return tiltak.MustDato(aar, m, dag) }

// kobleParagrafer setter id, paragraf og til-dato på hver versjon og id,
// versjon og leseliste på hvert vilkår. Den kalles én gang fra init og
// stopper oppstarten med en klar melding om lovlaget er inkonsistent (en
// test kjører den samme sjekken, så det skjer aldri i en utgitt versjon).
func kobleParagrafer(alle []*paragraf) {
	ider := map[string]bool{}
	for _, p := range alle {
		if ider[p.id] {
			panic("regler: paragrafen " + p.id + " står to ganger i lovverket")
		}
		ider[p.id] = true
		for i, v := range p.versjoner {
			v.p = p
			v.id = p.id + "-v" + datoKode(v.fra)
			if v.fra == udatert {
				v.id = p.id + "-udatert"
			}
			if i+1 < len(p.versjoner) {
				neste := p.versjoner[i+1]
				if !neste.fra.After(v.fra) {
					panic(fmt.Sprintf("regler: versjonene av %s står ikke i datorekkefølge", p.id))
				}
				v.til = neste.fra.AddDays(-1)
			} else {
				v.til = v.sisteDag
			}
			for _, vk := range v.vilkar {
				vk.kobleTil(v)
			}
			for _, vd := range v.varighet {
				vd.kobleTil(v)
			}
			for _, fd := range v.frister {
				fd.versjon = v
			}
			for _, sd := range v.sats {
				sd.kobleTil(v)
			}
			for _, g := range v.grenser {
				g.versjon = v
			}
			for _, fd := range v.fribelop {
				fd.versjon = v
			}
			if v.arbeidstid != nil {
				v.arbeidstid.versjon = v
			}
			for b, k := range v.bokstaver {
				i, ok := bokstavIndeks(b)
				if !ok {
					panic("regler: " + v.id + " har bokstaven " + b)
				}
				v.bokstavTab[i] = bokstavrad{koder: k, maske: settAv(k...)}
			}
		}
	}
}

// tomParagraf og tomVersjon er det nullverdiene av Paragraf,
// Paragrafversjon, Sats og Varighet leser, så metodene deres gir tomme svar
// i stedet for å få panikk. De endres aldri.
var (
	tomParagraf = paragraf{}
	tomVersjon  = versjon{p: &tomParagraf}
)

// par gir paragrafen, eller tomParagraf for nullverdien.
func (p Paragraf) par() *paragraf {
	if p.p == nil {
		return &tomParagraf
	}
	return p.p
}

// ver gir versjonen, eller tomVersjon for nullverdien.
func (v Paragrafversjon) ver() *versjon {
	if v.v == nil {
		return &tomVersjon
	}
	return v.v
}

// Paragraf er en paragraf (eller et ledd) i lovlaget, slik en tjeneste kan
// lese den: id, kilde, nummer, overskrift og versjonene. Den er en verdi
// som peker på bibliotekets faste data; ingenting i den kan endres.
type Paragraf struct{ p *paragraf }

// ID gir paragrafens id i paragrafindeksen, for eksempel "tf-9-5".
func (p Paragraf) ID() string { return p.par().id }

// Hjemmel gir hjemmelen til paragrafen (eller leddet) uten versjon: id-en er
// paragrafens id, for eksempel "tf-14-8". Bruk den for noe som gjelder
// paragrafen over flere versjoner (en satstabell departementet fastsetter
// etter den).
func (p Paragraf) Hjemmel() tiltak.Hjemmel {
	return tiltak.Hjemmel{ID: p.par().id, Kilde: p.par().kilde, Paragraf: p.par().nr, Ledd: p.par().ledd, Merknad: p.par().merknad}
}

// Kilde gir forskriften (eller praksiskilden) paragrafen står i.
func (p Paragraf) Kilde() tiltak.Kilde { return p.par().kilde }

// Nummer gir paragrafnummeret uten §, for eksempel "9-5" (tomt for praksis).
func (p Paragraf) Nummer() string { return p.par().nr }

// Ledd gir leddet når paragrafen versjoneres ledd for ledd, ellers 0.
func (p Paragraf) Ledd() int { return p.par().ledd }

// Tittel gir paragrafens overskrift.
func (p Paragraf) Tittel() string { return p.par().tittel }

// Versjoner gir versjonene i datorekkefølge.
func (p Paragraf) Versjoner() []Paragrafversjon {
	ut := make([]Paragrafversjon, len(p.par().versjoner))
	for i, v := range p.par().versjoner {
		ut[i] = Paragrafversjon{v}
	}
	return ut
}

// Paragrafversjon er én versjon av en paragraf: datoene den gjelder,
// forskriften som ga ordlyden, hva den bygger på og hva den sier (med våre
// ord). Den er en verdi som peker på bibliotekets faste data.
type Paragrafversjon struct{ v *versjon }

// ID gir versjonens id i paragrafindeksen, for eksempel "tf-9-5-v20190701".
func (v Paragrafversjon) ID() string { return v.ver().id }

// Paragraf gir paragrafen versjonen hører til.
func (v Paragrafversjon) Paragraf() Paragraf {
	if v.v == nil {
		return Paragraf{}
	}
	return Paragraf{v.v.p}
}

// Fra gir første dag versjonen gjelder.
func (v Paragrafversjon) Fra() tiltak.Dato { return v.ver().fra }

// Til gir siste dag versjonen gjelder; null betyr at den gjelder fortsatt.
func (v Paragrafversjon) Til() tiltak.Dato { return v.ver().til }

// EndretVed gir forskriften som ga versjonens ordlyd (for den opprinnelige
// teksten forskriften selv), for eksempel "FOR-2019-05-09-597".
func (v Paragrafversjon) EndretVed() string { return v.ver().endretVed }

// Bevis gir hva versjonen bygger på.
func (v Paragrafversjon) Bevis() Bevis { return v.ver().bevis }

// Uverifisert sier om versjonen bare bygger på avledet tekst eller
// sekundærkilder.
func (v Paragrafversjon) Uverifisert() bool { return v.ver().bevis.Uverifisert() }

// FraUkjent sier om kildene ikke gir første dag versjonen gjelder: Fra er
// da den første dagen biblioteket modellerer den fra, og Merknad sier
// hvorfor.
func (v Paragrafversjon) FraUkjent() bool { return v.ver().fraUkjent }

// Opphevet sier om versjonen er opphevelsen av paragrafen.
func (v Paragrafversjon) Opphevet() bool { return v.ver().opphevet }

// Innhold gir hva versjonen sier, med bibliotekets egne ord.
func (v Paragrafversjon) Innhold() string { return v.ver().innhold }

// Merknad gir det som er usikkert eller særegent ved versjonen.
func (v Paragrafversjon) Merknad() string { return v.ver().merknad }

// Hjemmel gir henvisningen til versjonen.
func (v Paragrafversjon) Hjemmel() tiltak.Hjemmel { return v.ver().hjemmel() }

// Vilkar gir vilkårene versjonen stiller, i rekkefølge (en ny skive).
func (v Paragrafversjon) Vilkar() []*Vilkar { return slices.Clone(v.ver().vilkar) }

// Definerer gir tiltakene som finnes mens versjonen gjelder (en ny skive).
func (v Paragrafversjon) Definerer() []tiltak.Kode { return slices.Clone(v.ver().definerer) }

// Liste gir tiltakslisten versjonen inneholder, for eksempel tiltakene
// inkluderingstilskudd kan gis sammen med (en ny skive; tom når versjonen
// ikke har noen). Den faste listen; ListePa tar med tiltakene en bokstav i
// § 7-2 listen viser til, omfatter på en dato.
func (v Paragrafversjon) Liste() []tiltak.Kode { return slices.Clone(v.ver().liste) }

// ListePa gir tiltakslisten på datoen d: den faste listen og tiltakene
// bokstavene i § 7-2 listen viser til («jf. § 7-2 bokstav a»), klart
// omfatter på datoen (en ny skive).
func (v Paragrafversjon) ListePa(d tiltak.Dato) []tiltak.Kode {
	ut := slices.Clone(v.ver().liste)
	for _, b := range v.ver().listeBokstaver {
		for _, k := range bokstavKoder(d, b) {
			if !inneholder(ut, k) {
				ut = append(ut, k)
			}
		}
	}
	return ut
}

// ListeMulig gir tiltak listen kanskje omfatter: ordlyden kan leses slik,
// men avgjør det ikke (en ny skive; ofte tom).
func (v Paragrafversjon) ListeMulig() []tiltak.Kode { return slices.Clone(v.ver().listeMulig) }

// Gjelder sier om versjonen gjelder på datoen.
func (v Paragrafversjon) Gjelder(d tiltak.Dato) bool { return v.v != nil && v.v.gjelder(d) }

// Avgjor gir hva versjonen avgjør i biblioteket, som ord i fast rekkefølge:
// "opphevet", "definerer" (hvilke tiltak som finnes), "vilkar" (hvem),
// "varighet" (hvor lenge), "frist", "sats" (hvor mye), "liste" (hva som kan
// kombineres), "bokstaver" (hvilke tiltak hver bokstav omfatter),
// "arbeidstid" (andel av arbeidstiden), "praksisgrense", "refusjonsgrunnlag"
// (hva et lønnstilskudd regnes av), "henvisning" (paragrafer i en annen
// forskrift som gjøres gjeldende), "opphor" (hendelser som avslutter et
// tilskudd) og "fribelop" (fribeløpet i inntektsgrensen for uføretrygd). En
// versjon som bare beskriver (innhold uten regel), gir en tom liste.
func (v Paragrafversjon) Avgjor() []string {
	x := v.ver()
	var ut []string
	for _, d := range []struct {
		ord string
		har bool
	}{
		{"opphevet", x.opphevet}, {"definerer", len(x.definerer) > 0}, {"vilkar", len(x.vilkar) > 0},
		{"varighet", len(x.varighet) > 0}, {"frist", len(x.frister) > 0}, {"sats", len(x.sats) > 0 || x.bio != nil},
		{"liste", len(x.liste) > 0 || len(x.listeMulig) > 0 || len(x.listeBokstaver) > 0}, {"bokstaver", len(x.bokstaver) > 0},
		{"arbeidstid", x.arbeidstid != nil}, {"praksisgrense", len(x.grenser) > 0},
		{"refusjonsgrunnlag", x.grunnlag != nil}, {"henvisning", len(x.henviser) > 0}, {"opphor", len(x.opphor) > 0},
		{"fribelop", len(x.fribelop) > 0},
	} {
		if d.har {
			ut = append(ut, d.ord)
		}
	}
	return ut
}

// Lovverk gir alle paragrafene i lovlaget i lovens rekkefølge:
// tiltaksforskriften kapittel for kapittel, egenregiforskriften,
// forsøksforskriften og til slutt praksis- og rutinekildene.
func Lovverk() []Paragraf {
	ut := make([]Paragraf, len(lovverk))
	for i, p := range lovverk {
		ut[i] = Paragraf{p}
	}
	return ut
}

// FinnParagrafversjon gir versjonen med id-en (for eksempel
// "tf-9-5-v20190701"), og false når lovlaget ikke har den.
func FinnParagrafversjon(id string) (Paragrafversjon, bool) {
	v, ok := versjonEtterID[id]
	if !ok {
		return Paragrafversjon{}, false
	}
	return Paragrafversjon{v}, true
}

// versjonEtterID slår opp alle versjoner; bygd i init og bare lest etterpå.
var versjonEtterID = map[string]*versjon{}
