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
	BedriftsinternOpplaering       Kode = "bedriftsintern-opplaering"       // kapittel 8 til 31. desember 2019
	Sommerjobb                     Kode = "sommerjobb"                      // kapittel 8 fra 22. april 2021
	MidlertidigLonnstilskudd       Kode = "midlertidig-lonnstilskudd"       // kapittel 9
	VarigLonnstilskudd             Kode = "varig-lonnstilskudd"             // kapittel 10
	Inkluderingstilskudd           Kode = "inkluderingstilskudd"            // kapittel 11
	ArbeidsrettetRehabilitering    Kode = "arbeidsrettet-rehabilitering"    // kapittel 12
	AFT                            Kode = "aft"                             // kapittel 13
	VTA                            Kode = "vta"                             // kapittel 14, skjermet virksomhet
	VTAO                           Kode = "vtao"                            // kapittel 14 (enkeltplass), kapittel 14A fra 1. september 2026

	// Egenregiforskriften (FOR-2023-06-20-1073).
	ArbeidMedStotte       Kode = "arbeid-med-stotte"      // kapittel 2
	IndividuellJobbstotte Kode = "individuell-jobbstotte" // kapittel 3
	IPSUng                Kode = "ips-ung"                // § 3-6
	Ungdomsgaranti        Kode = "ungdomsgaranti"         // kapittel 4

	// Forsøk (FOR-2026-02-04-163).
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
var katalog = [...]Tiltak{
	{Kode: Avklaring, Navn: "Avklaring", Arena: []string{"AVKLARAG"}, Kilde: Tiltaksforskriften, Kapittel: "2", Kategori: KategoriAvklaringOgOppfolging},
	{Kode: Arbeidstrening, Navn: "Arbeidstrening", Arena: []string{"ARBTREN"}, Kilde: Tiltaksforskriften, Kapittel: "3", Kategori: KategoriArbeidspraksis},
	{Kode: Oppfolging, Navn: "Oppfølging", Arena: []string{"INDOPPFAG"}, Kilde: Tiltaksforskriften, Kapittel: "4", Kategori: KategoriAvklaringOgOppfolging},
	{Kode: Jobbklubb, Navn: "Jobbklubb", Arena: []string{"JOBBK"}, Kilde: Tiltaksforskriften, Kapittel: "4", Paragraf: "4-2", Kategori: KategoriAvklaringOgOppfolging,
		Merknad: "Jobbklubb er nevnt som innhold i oppfølging (§ 4-2); NAV kjøper det som eget gruppetiltak. Eget hjemmelsgrunnlag er ikke funnet."},
	{Kode: Mentor, Navn: "Mentor", Arena: []string{"MENTOR"}, Kilde: Tiltaksforskriften, Kapittel: "5", Kategori: KategoriTilskuddArbeidsgiver},
	{Kode: Funksjonsassistanse, Navn: "Funksjonsassistanse i arbeidslivet", Kilde: Tiltaksforskriften, Kapittel: "6", Kategori: KategoriTilskuddArbeidsgiver},
	{Kode: OpplaeringAMO, Navn: "Arbeidsmarkedsopplæring (AMO)", Arena: []string{"GRUPPEAMO", "ENKELAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "a", Kategori: KategoriOpplaering},
	{Kode: OpplaeringNorskFOV, Navn: "Norskopplæring, grunnleggende ferdigheter og forberedende opplæring for voksne (FOV)", Arena: []string{"GRUPPEAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "b", Kategori: KategoriOpplaering},
	{Kode: OpplaeringStudiespesialisering, Navn: "Studiespesialisering", Arena: []string{"GRUPPEAMO"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "c", Kategori: KategoriOpplaering},
	{Kode: OpplaeringFagOgYrke, Navn: "Fag- og yrkesopplæring", Arena: []string{"GRUFAGYRKE", "ENKFAGYRKE"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "d", Kategori: KategoriOpplaering},
	{Kode: OpplaeringFagskole, Navn: "Høyere yrkesfaglig utdanning (fagskole)", Arena: []string{"GRUFAGYRKE", "ENKFAGYRKE"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "e", Kategori: KategoriOpplaering},
	{Kode: OpplaeringHoyereUtdanning, Navn: "Høyere utdanning", Arena: []string{"HOYEREUTD"}, Kilde: Tiltaksforskriften, Kapittel: "7", Paragraf: "7-2", Bokstav: "f", Kategori: KategoriOpplaering},
	{Kode: BedriftsinternOpplaering, Navn: "Bedriftsintern opplæring", Kilde: Tiltaksforskriften, Kapittel: "8", Kategori: KategoriOpplaering,
		Merknad: "Tilskudd til opplæring av egne ansatte i bedrifter med omstillingsproblemer (kapittel 8 fra 1. januar 2016 til det ble opphevet 1. januar 2020)."},
	{Kode: Sommerjobb, Navn: "Tilskudd til sommerjobb", Arena: []string{"TILSJOBB"}, Kilde: Tiltaksforskriften, Kapittel: "8", Kategori: KategoriLonnstilskudd},
	{Kode: MidlertidigLonnstilskudd, Navn: "Midlertidig lønnstilskudd", Arena: []string{"MIDLONTIL"}, Kilde: Tiltaksforskriften, Kapittel: "9", Kategori: KategoriLonnstilskudd},
	{Kode: VarigLonnstilskudd, Navn: "Varig lønnstilskudd", Arena: []string{"VARLONTIL"}, Kilde: Tiltaksforskriften, Kapittel: "10", Kategori: KategoriLonnstilskudd},
	{Kode: Inkluderingstilskudd, Navn: "Inkluderingstilskudd", Arena: []string{"INKLUTILS"}, Kilde: Tiltaksforskriften, Kapittel: "11", Kategori: KategoriTilskuddArbeidsgiver},
	{Kode: ArbeidsrettetRehabilitering, Navn: "Arbeidsrettet rehabilitering", Arena: []string{"ARBRRHDAG"}, Kilde: Tiltaksforskriften, Kapittel: "12", Kategori: KategoriAvklaringOgOppfolging},
	{Kode: AFT, Navn: "Arbeidsforberedende trening (AFT)", Arena: []string{"ARBFORB"}, Kilde: Tiltaksforskriften, Kapittel: "13", Kategori: KategoriTilrettelagtArbeid},
	{Kode: VTA, Navn: "Varig tilrettelagt arbeid i skjermet virksomhet (VTA)", Arena: []string{"VASV"}, Kilde: Tiltaksforskriften, Kapittel: "14", Kategori: KategoriTilrettelagtArbeid},
	{Kode: VTAO, Navn: "Varig tilrettelagt arbeid i ordinær virksomhet (VTAO)", Arena: []string{"VATIAROR"}, Kilde: Tiltaksforskriften, Kapittel: "14", Kategori: KategoriTilrettelagtArbeid},
	{Kode: ArbeidMedStotte, Navn: "Arbeid med støtte", Arena: []string{"UTVAOONAV"}, Kilde: Egenregiforskriften, Kapittel: "2", Kategori: KategoriEgenregi},
	{Kode: IndividuellJobbstotte, Navn: "Individuell jobbstøtte (IPS)", Arena: []string{"INDJOBSTOT"}, Kilde: Egenregiforskriften, Kapittel: "3", Kategori: KategoriEgenregi},
	{Kode: IPSUng, Navn: "Individuell jobbstøtte for unge (IPS ung)", Arena: []string{"IPSUNG"}, Kilde: Egenregiforskriften, Kapittel: "3", Paragraf: "3-6", Kategori: KategoriEgenregi},
	{Kode: Ungdomsgaranti, Navn: "Ungdomsgaranti", Kilde: Egenregiforskriften, Kapittel: "4", Kategori: KategoriEgenregi},
	{Kode: FirearigLonnstilskudd, Navn: "Fireårig lønnstilskudd for unge", Kilde: Firearigforskriften, Kategori: KategoriLonnstilskudd,
		Merknad: "Forsøk ved utvalgte NAV-kontorer fra 1. august 2026, avsluttes innen utgangen av 2032 (forsøksforskriften §§ 2, 12 og 13)."},
	{Kode: Aktivitetsplass, Navn: "Aktivitetsplass (sosialtjenesteloven)", Kilde: KommunalRutine, Kategori: KategoriKommunal, RegistreresSom: Arbeidstrening,
		Merknad: "Praksisplass etter sosialtjenesteloven; registreres i Arena som arbeidstrening, uten tilskudd til arbeidsgiver."},
	{Kode: Sprakpraksis, Navn: "Språkpraksis", Kilde: KommunalRutine, Kategori: KategoriKommunal,
		Merknad: "Norskopplæring i praksis, avtalt med voksenopplæringen; registreres ikke av NAV og gir ingen tilskudd."},
}

// indeks slår opp en kode til posisjonen i katalogen.
var indeks = func() map[Kode]int {
	m := make(map[Kode]int, len(katalog))
	for i, t := range katalog {
		m[t.Kode] = i
	}
	return m
}()

// kodehash er en perfekt hash over katalogens koder: plassen til en kode
// regnes ut av lengden og tre av bokstavene, og ingen to koder får samme
// plass. Oppslaget er et par regneoperasjoner og én sammenligning, raskere
// enn et kart. Multiplikatorene finnes én gang ved oppstart (søket er
// begrenset til 31³ forsøk); tabellen endres aldri etterpå.
type kodehash struct {
	a, b, c uint32
	// plass[h] er posisjonen + 1 for koden med hash h, og 0 for ingen.
	plass [128]uint8
	ok    bool // false: ingen hash ble funnet, og kartet brukes
}

// hash gir plassen i tabellen for en kode som ikke er tom.
func (h *kodehash) hash(k Kode) uint32 {
	n := len(k)
	return (uint32(n)*h.a + uint32(k[0])*h.b + uint32(k[n/2])*h.c + uint32(k[n-1])) & 127
}

// kodetabell er katalogens perfekte hash.
var kodetabell = func() kodehash {
	for a := uint32(1); a < 32; a++ {
		for b := uint32(1); b < 32; b++ {
			for c := uint32(1); c < 32; c++ {
				h := kodehash{a: a, b: b, c: c, ok: true}
				for i, t := range katalog {
					x := h.hash(t.Kode)
					if h.plass[x] != 0 {
						h.ok = false
						break
					}
					h.plass[x] = uint8(i + 1)
				}
				if h.ok {
					return h
				}
			}
		}
	}
	return kodehash{}
}()

// posisjon gir kodens plass i katalogen, og false når den ikke er der.
func posisjon(k Kode) (int, bool) {
	if !kodetabell.ok {
		i, ok := indeks[k]
		return i, ok
	}
	if len(k) == 0 {
		return 0, false
	}
	if i := int(kodetabell.plass[kodetabell.hash(k)]) - 1; i >= 0 && katalog[i].Kode == k {
		return i, true
	}
	return 0, false
}

// Antall gir antall tiltak i katalogen.
func Antall() int { return len(katalog) }

// AntallTiltak er antall tiltak i katalogen, som konstant (det samme som
// Antall). Den regnes av katalogen selv, så et nytt tiltak endrer den.
const AntallTiltak = len(katalog)

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
	return t
}

// Finn gir tiltaket med koden k, og false når koden ikke er i katalogen.
func Finn(k Kode) (Tiltak, bool) {
	i, ok := posisjon(k)
	if !ok {
		return Tiltak{}, false
	}
	return katalog[i].klon(), true
}

// Posisjon gir tiltakets plass i katalogens rekkefølge (0, 1, …), og false
// når koden ikke er i katalogen. Posisjonen brukes i Tiltakssett.
func (k Kode) Posisjon() (int, bool) { return posisjon(k) }

// Gyldig sier om koden er i katalogen.
func (k Kode) Gyldig() bool { _, ok := posisjon(k); return ok }

// Navn gir tiltakets norske navn, eller koden selv når den er ukjent.
func (k Kode) Navn() string {
	if i, ok := posisjon(k); ok {
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
