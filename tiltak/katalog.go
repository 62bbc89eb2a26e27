package tiltak

import (
	"errors"
	"slices"
)

// Kode er bibliotekets stabile kode for et tiltak, for eksempel
// "midlertidig-lonnstilskudd". Koden er en streng, så den kan brukes direkte i
// JSON og som nøkkel. NAVs Arena-koder er egenskaper ved tiltaket (se
// Tiltak.Arena), ikke nøkler: én Arena-kode kan dekke flere tiltak.
type Kode string

// Kodene for alle tiltak i katalogen, i katalogens rekkefølge.
const (
	// Tiltaksforskriften (FOR-2015-12-11-1598).
	Avklaring                      Kode = "avklaring"                       // kapittel 2
	Arbeidstrening                 Kode = "arbeidstrening"                  // kapittel 3
	Oppfolging                     Kode = "oppfolging"                      // kapittel 4
	Jobbklubb                      Kode = "jobbklubb"                       // § 4-2, innhold i oppfølging
	Mentor                         Kode = "mentor"                          // kapittel 5
	Funksjonsassistanse            Kode = "funksjonsassistanse"             // kapittel 6
	OpplaeringAMO                  Kode = "opplaering-amo"                  // § 7-2 bokstav a
	OpplaeringNorskFOV             Kode = "opplaering-norsk-fov"            // § 7-2 bokstav b
	OpplaeringStudiespesialisering Kode = "opplaering-studiespesialisering" // § 7-2 bokstav c
	OpplaeringFagOgYrke            Kode = "opplaering-fag-og-yrke"          // § 7-2 bokstav d
	OpplaeringFagskole             Kode = "opplaering-fagskole"             // § 7-2 bokstav e
	OpplaeringHoyereUtdanning      Kode = "opplaering-hoyere-utdanning"     // § 7-2 bokstav f
	Sommerjobb                     Kode = "sommerjobb"                      // kapittel 8
	MidlertidigLonnstilskudd       Kode = "midlertidig-lonnstilskudd"       // kapittel 9
	VarigLonnstilskudd             Kode = "varig-lonnstilskudd"             // kapittel 10
	Inkluderingstilskudd           Kode = "inkluderingstilskudd"            // kapittel 11
	ArbeidsrettetRehabilitering    Kode = "arbeidsrettet-rehabilitering"    // kapittel 12
	AFT                            Kode = "aft"                             // kapittel 13
	VTA                            Kode = "vta"                             // kapittel 14, skjermet virksomhet
	VTAO                           Kode = "vtao"                            // kapittel 14, ordinær virksomhet

	// Egenregiforskriften (FOR-2023-06-20-1073).
	ArbeidMedStotte       Kode = "arbeid-med-stotte"      // kapittel 2
	IndividuellJobbstotte Kode = "individuell-jobbstotte" // kapittel 3
	IPSUng                Kode = "ips-ung"                // § 3-6
	Ungdomsgaranti        Kode = "ungdomsgaranti"         // kapittel 4

	// Forsøk (FOR-2026-02-04-163; regler fra NAVs praksis).
	FirearigLonnstilskudd Kode = "firearig-lonnstilskudd"

	// Kommunale plasstyper (seed 003).
	Aktivitetsplass Kode = "aktivitetsplass" // praksisplass etter sosialtjenesteloven
	Sprakpraksis    Kode = "sprakpraksis"    // språkpraksis i voksenopplæringen
)

// Kategori grupperer tiltakene slik NAV og departementet gjør.
type Kategori string

// Kategoriene i katalogen.
const (
	KategoriAvklaringOgOppfolging Kategori = "avklaring-og-oppfolging" // avklaring, oppfølging, jobbklubb, arbeidsrettet rehabilitering
	KategoriArbeidspraksis        Kategori = "arbeidspraksis"          // arbeidstrening i ordinær virksomhet
	KategoriOpplaering            Kategori = "opplaering"              // opplæring etter § 7-2
	KategoriLonnstilskudd         Kategori = "lonnstilskudd"           // midlertidig, varig, sommerjobb og fireårig
	KategoriTilskuddArbeidsgiver  Kategori = "tilskudd-arbeidsgiver"   // mentor, inkluderingstilskudd, funksjonsassistanse
	KategoriTilrettelagtArbeid    Kategori = "tilrettelagt-arbeid"     // AFT, VTA og VTAO
	KategoriEgenregi              Kategori = "egenregi"                // NAVs oppfølging i egenregi
	KategoriKommunal              Kategori = "kommunal"                // kommunale praksisplasser
)

// Tiltak er en oppføring i katalogen: ett tiltak, eller én plasstype, med
// navn, koder og hjemmel. Verdiene er kopier; å endre dem endrer ikke katalogen.
type Tiltak struct {
	Kode     Kode     `json:"kode"`
	Navn     string   `json:"navn"`            // norsk navn, slik NAV bruker det
	Arena    []string `json:"arena,omitempty"` // NAVs Arena-tiltakskoder; tom når tiltaket ikke har noen
	Kilde    Kilde    `json:"kilde"`           // forskriften (eller rutinen) tiltaket hører til
	Kapittel string   `json:"kapittel,omitempty"`
	// Paragraf og Bokstav peker på bestemmelsen som definerer tiltaket når det
	// er én bokstav i en opplisting (opplæring etter § 7-2 første ledd bokstav a–f).
	Paragraf string   `json:"paragraf,omitempty"`
	Bokstav  string   `json:"bokstav,omitempty"`
	Kategori Kategori `json:"kategori"`
	// Paragrafer er id-ene i paragrafindeksen for tiltakets personkrets,
	// varighet og tilskudd.
	Paragrafer []string `json:"paragrafer"`
	// RegistreresSom er tiltaket en plass registreres som i NAVs systemer når
	// det ikke er tiltaket selv (aktivitetsplass registreres som arbeidstrening).
	RegistreresSom Kode `json:"registreres_som,omitempty"`
	// Merknad forklarer særtrekk, for eksempel at et tiltak bygger på praksis.
	Merknad string `json:"merknad,omitempty"`
}

// Hjemmel gir henvisningen til kapitlet eller bokstaven som definerer tiltaket.
func (t Tiltak) Hjemmel() Hjemmel {
	h := Hjemmel{Kilde: t.Kilde, Paragraf: t.Paragraf, Bokstav: t.Bokstav}
	if t.Paragraf != "" {
		h.Ledd = 1
	}
	return h
}

// ErrUkjentTiltak er feilen for en kode som ikke er i katalogen.
var ErrUkjentTiltak = errors.New("ukjent tiltak")

// katalog er kilden til Alle og Finn. Den endres aldri etter init.
var katalog = []Tiltak{
	{Kode: Avklaring, Navn: "Avklaring", Arena: []string{"AVKLARAG"}, Kilde: Tiltaksforskriften, Kapittel: "2", Kategori: KategoriAvklaringOgOppfolging,
		Paragrafer: []string{"tf-2-3", "tf-2-4"}},
	{Kode: Arbeidstrening, Navn: "Arbeidstrening", Arena: []string{"ARBTREN"}, Kilde: Tiltaksforskriften, Kapittel: "3", Kategori: KategoriArbeidspraksis,
		Paragrafer: []string{"tf-3-3", "tf-3-5"}},
	{Kode: Oppfolging, Navn: "Oppfølging", Arena: []string{"INDOPPFAG"}, Kilde: Tiltaksforskriften, Kapittel: "4", Kategori: KategoriAvklaringOgOppfolging,
		Paragrafer: []string{"tf-4-3", "tf-4-4"}},
	{Kode: Jobbklubb, Navn: "Jobbklubb", Arena: []string{"JOBBK"}, Kilde: Tiltaksforskriften, Kapittel: "4", Paragraf: "4-2", Kategori: KategoriAvklaringOgOppfolging,
		Paragrafer: []string{"tf-4-2", "tf-4-3"},
		Merknad:    "Jobbklubb er nevnt som innhold i oppfølging (§ 4-2); NAV kjøper det som eget gruppetiltak. Eget hjemmelsgrunnlag er ikke funnet."},
	{Kode: Mentor, Navn: "Mentor", Arena: []string{"MENTOR"}, Kilde: Tiltaksforskriften, Kapittel: "5", Kategori: KategoriTilskuddArbeidsgiver,
		Paragrafer: []string{"tf-5-3-v20250801", "tf-5-4-v20250801", "tf-5-6-mentor"}},
	{Kode: Funksjonsassistanse, Navn: "Funksjonsassistanse i arbeidslivet", Kilde: Tiltaksforskriften, Kapittel: "6", Kategori: KategoriTilskuddArbeidsgiver,
		Paragrafer: []string{"tf-6-3", "tf-6-4", "tf-6-5"}},
	{Kode: OpplaeringAMO, Navn: "Arbeidsmarkedsopplæring (AMO)", Arena: []string{"GRUPPEAMO", "ENKELAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "a", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: OpplaeringNorskFOV, Navn: "Norskopplæring, grunnleggende ferdigheter og forberedende opplæring for voksne (FOV)", Arena: []string{"GRUPPEAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "b", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: OpplaeringStudiespesialisering, Navn: "Studiespesialisering", Arena: []string{"GRUPPEAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "c", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: OpplaeringFagOgYrke, Navn: "Fag- og yrkesopplæring", Arena: []string{"GRUFAGYRKE", "ENKFAGYRKE"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "d", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: OpplaeringFagskole, Navn: "Høyere yrkesfaglig utdanning (fagskole)", Arena: []string{"GRUFAGYRKE", "ENKFAGYRKE"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "e", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: OpplaeringHoyereUtdanning, Navn: "Høyere utdanning", Arena: []string{"HOYEREUTD"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "f", Kategori: KategoriOpplaering,
		Paragrafer: []string{"tf-7-3", "tf-7-4"}},
	{Kode: Sommerjobb, Navn: "Tilskudd til sommerjobb", Arena: []string{"TILSJOBB"}, Kilde: Tiltaksforskriften, Kapittel: "8", Kategori: KategoriLonnstilskudd,
		Paragrafer: []string{"tf-8-personkrets"}},
	{Kode: MidlertidigLonnstilskudd, Navn: "Midlertidig lønnstilskudd", Arena: []string{"MIDLONTIL"}, Kilde: Tiltaksforskriften, Kapittel: "9", Kategori: KategoriLonnstilskudd,
		Paragrafer: []string{"tf-9-3"}},
	{Kode: VarigLonnstilskudd, Navn: "Varig lønnstilskudd", Arena: []string{"VARLONTIL"}, Kilde: Tiltaksforskriften, Kapittel: "10", Kategori: KategoriLonnstilskudd,
		Paragrafer: []string{"tf-10-3", "tf-10-4", "tf-10-7-sats"}},
	{Kode: Inkluderingstilskudd, Navn: "Inkluderingstilskudd", Arena: []string{"INKLUTILS"}, Kilde: Tiltaksforskriften, Kapittel: "11", Kategori: KategoriTilskuddArbeidsgiver,
		Paragrafer: []string{"tf-11-3", "tf-11-4-maks"}},
	{Kode: ArbeidsrettetRehabilitering, Navn: "Arbeidsrettet rehabilitering", Arena: []string{"ARBRRHDAG"}, Kilde: Tiltaksforskriften, Kapittel: "12", Kategori: KategoriAvklaringOgOppfolging,
		Paragrafer: []string{"tf-12-3", "tf-12-4"}},
	{Kode: AFT, Navn: "Arbeidsforberedende trening (AFT)", Arena: []string{"ARBFORB"}, Kilde: Tiltaksforskriften, Kapittel: "13", Kategori: KategoriTilrettelagtArbeid,
		Paragrafer: []string{"tf-13-3", "tf-13-7-sats"}},
	{Kode: VTA, Navn: "Varig tilrettelagt arbeid i skjermet virksomhet (VTA)", Arena: []string{"VASV"}, Kilde: Tiltaksforskriften, Kapittel: "14", Kategori: KategoriTilrettelagtArbeid,
		Paragrafer: []string{"tf-14-3", "tf-14-4", "tf-14-8-sats"}},
	{Kode: VTAO, Navn: "Varig tilrettelagt arbeid i ordinær virksomhet (VTAO)", Arena: []string{"VATIAROR"}, Kilde: Tiltaksforskriften, Kapittel: "14", Kategori: KategoriTilrettelagtArbeid,
		Paragrafer: []string{"tf-14-2", "tf-14-3", "tf-14-4"}},
	{Kode: ArbeidMedStotte, Navn: "Arbeid med støtte", Arena: []string{"UTVAOONAV"}, Kilde: Egenregiforskriften, Kapittel: "2", Kategori: KategoriEgenregi,
		Paragrafer: []string{"er-2-1", "er-2-4"}},
	{Kode: IndividuellJobbstotte, Navn: "Individuell jobbstøtte (IPS)", Arena: []string{"INDJOBSTOT"}, Kilde: Egenregiforskriften, Kapittel: "3", Kategori: KategoriEgenregi,
		Paragrafer: []string{"er-3-1-l1", "er-3-1-l2", "er-3-5"}},
	{Kode: IPSUng, Navn: "Individuell jobbstøtte for unge (IPS ung)", Arena: []string{"IPSUNG"}, Kilde: Egenregiforskriften, Kapittel: "3", Paragraf: "3-6", Kategori: KategoriEgenregi,
		Paragrafer: []string{"er-3-6"}},
	{Kode: Ungdomsgaranti, Navn: "Ungdomsgaranti", Kilde: Egenregiforskriften, Kapittel: "4", Kategori: KategoriEgenregi,
		Paragrafer: []string{"er-4-1", "er-4-4"}},
	{Kode: FirearigLonnstilskudd, Navn: "Fireårig lønnstilskudd for unge", Kilde: Firearigforskriften, Kategori: KategoriLonnstilskudd,
		Paragrafer: []string{"fir-personkrets"},
		Merknad:    "Forsøk. Forskriftsteksten er ikke lest; vilkår, satser og varighet bygger på NAVs praksis."},
	{Kode: Aktivitetsplass, Navn: "Aktivitetsplass (sosialtjenesteloven)", Kilde: KommunalRutine, Kategori: KategoriKommunal, RegistreresSom: Arbeidstrening,
		Paragrafer: []string{"seed003-plasstyper"},
		Merknad:    "Praksisplass etter sosialtjenesteloven; registreres i Arena som arbeidstrening, uten tilskudd til arbeidsgiver."},
	{Kode: Sprakpraksis, Navn: "Språkpraksis", Kilde: KommunalRutine, Kategori: KategoriKommunal,
		Paragrafer: []string{"seed003-plasstyper"},
		Merknad:    "Norskopplæring i praksis, avtalt med voksenopplæringen; registreres ikke av NAV og gir ingen tilskudd."},
}

// indeks slår opp en kode til posisjonen i katalogen.
var indeks = func() map[Kode]int {
	m := make(map[Kode]int, len(katalog))
	for i, t := range katalog {
		m[t.Kode] = i
	}
	return m
}()

// Antall gir antall tiltak i katalogen.
func Antall() int { return len(katalog) }

// Alle gir alle tiltak i katalogen i fast rekkefølge: tiltaksforskriften
// kapittel for kapittel, egenregiforskriften, forsøk og kommunale plasstyper.
// Skiven er en ny kopi ved hvert kall.
func Alle() []Tiltak {
	ut := make([]Tiltak, len(katalog))
	for i, t := range katalog {
		ut[i] = t.klon()
	}
	return ut
}

// Koder gir kodene til alle tiltak i katalogens rekkefølge.
func Koder() []Kode {
	ut := make([]Kode, len(katalog))
	for i, t := range katalog {
		ut[i] = t.Kode
	}
	return ut
}

func (t Tiltak) klon() Tiltak {
	t.Arena = slices.Clone(t.Arena)
	t.Paragrafer = slices.Clone(t.Paragrafer)
	return t
}

// Finn gir tiltaket med koden k, og false når koden ikke er i katalogen.
func Finn(k Kode) (Tiltak, bool) {
	i, ok := indeks[k]
	if !ok {
		return Tiltak{}, false
	}
	return katalog[i].klon(), true
}

// Posisjon gir tiltakets plass i katalogens rekkefølge (0, 1, …), og false
// når koden ikke er i katalogen. Posisjonen brukes i Tiltakssett.
func (k Kode) Posisjon() (int, bool) {
	i, ok := indeks[k]
	return i, ok
}

// Gyldig sier om koden er i katalogen.
func (k Kode) Gyldig() bool { _, ok := indeks[k]; return ok }

// Navn gir tiltakets norske navn, eller koden selv når den er ukjent.
func (k Kode) Navn() string {
	if i, ok := indeks[k]; ok {
		return katalog[i].Navn
	}
	return string(k)
}

// Valider gir nil for en kode i katalogen og ellers en *FeltFeil for feltet
// "tiltak" som pakker ErrUkjentTiltak.
func (k Kode) Valider() error {
	if k.Gyldig() {
		return nil
	}
	return &FeltFeil{Felt: "tiltak", Verdi: string(k), Grunn: "ukjent tiltakskode", Err: ErrUkjentTiltak}
}

// UnmarshalText tolker en tiltakskode med ParseKode: bibliotekets kode
// eller NAVs navn (MIDLERTIDIG_LONNSTILSKUDD, VTAO, …). En kode som ikke er i
// katalogen avvises med en feil som lister de gyldige. MarshalText gir alltid
// bibliotekets kode, så en kode går rundt uendret.
func (k *Kode) UnmarshalText(b []byte) error {
	v, err := ParseKode(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// MarshalText gir bibliotekets kode, også for en kode som ikke er i
// katalogen (den avvises først når den leses eller valideres).
func (k Kode) MarshalText() ([]byte, error) { return []byte(k), nil }

// FinnArena gir alle tiltak med Arena-koden kode, i katalogens rekkefølge.
// Én Arena-kode kan dekke flere tiltak (GRUPPEAMO dekker opplæring etter
// § 7-2 bokstav a, b og c). En ukjent kode gir en tom skive.
func FinnArena(kode string) []Tiltak {
	var ut []Tiltak
	for _, t := range katalog {
		if slices.Contains(t.Arena, kode) {
			ut = append(ut, t.klon())
		}
	}
	return ut
}
