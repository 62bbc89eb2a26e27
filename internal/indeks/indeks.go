// Package indeks leser paragrafindeksen i testdata/lovindeks/: én oppføring
// per paragrafversjon (eller leddversjon) i tiltaksforskriften,
// egenregiforskriften og de to forsøksforskriftene, med datoene versjonen
// gjelder, forskriften som ga ordlyden, beviset vi har for den, om den er
// innenfor bibliotekets omfang, og en oppskrift som bygger ordlyden opp
// igjen fra tekstene i ../shared/regelverk/lovtekst/. Inntektsgrensen for
// uføretrygd (folketrygdloven § 12-14, NAVs brev, seed 004) er også med;
// lovteksten der er ikke lest, så de oppføringene har bevis «sekundaer» og
// siterer kildene sine (Sekundaerkilde) i stedet for en oppskrift.
//
// Indeksen er referansen testene sjekker lovlaget (pakken regler) mot, og
// testene sjekker indeksen mot tekstene: datoene mot «I kraft:»-linjene og
// hvert ledd og hver bokstav en regel siterer mot ordlyden. Skjemaet er
// beskrevet i testdata/lovindeks/README.md.
package indeks

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Tekstbit er ett stykke i oppskriften på en versjons ordlyd: linjene etter
// den første linjen i filen som begynner med Anker.
type Tekstbit struct {
	// Fil er filnavnet i lovtekst-mappen, eller "seeds/<navn>" for et
	// kildedokument i ../shared/seeds.
	Fil   string `json:"fil"`
	Anker string `json:"anker"`
	// Ledd velger ledd etter nummer (fra 1) i stykket; tom betyr alle.
	Ledd []int `json:"ledd,omitempty"`
}

// Sekundaerkilde er én kilde en oppføring med bevis «sekundaer» bygger
// på: et dokument (en proposisjon, en brevmal, et kildedokument) med et
// kort, ordrett sitat. Adressen er en nettadresse, en fil i et offentlig
// GitHub-depot (Repo, Sti og helst Commit) eller et kildedokument i
// ../shared/seeds (Fil, for eksempel "seeds/004_11176f86c2f8687d.txt", der
// en test sjekker at sitatet står).
type Sekundaerkilde struct {
	Dokument string `json:"dokument"`
	Adresse  string `json:"adresse,omitempty"`
	Repo     string `json:"repo,omitempty"`
	Sti      string `json:"sti,omitempty"`
	Commit   string `json:"commit,omitempty"`
	Fil      string `json:"fil,omitempty"`
	Sitat    string `json:"sitat"`
}

// Oppforing er én paragrafversjon i indeksen.
type Oppforing struct {
	ID         string `json:"id"`          // <paragraf_id>-v<ÅÅÅÅMMDD>
	ParagrafID string `json:"paragraf_id"` // for eksempel "tf-7-3" eller "tf-1-3-l3"
	Kilde      string `json:"kilde"`       // tiltaksforskriften, egenregiforskriften, …
	Paragraf   string `json:"paragraf"`    // nummeret uten §, for eksempel "7-3"
	// Ledd er 0 når oppføringen gjelder hele paragrafen, og n når ledd n
	// versjoneres for seg.
	Ledd   int      `json:"ledd"`
	Tittel string   `json:"tittel"`
	Emne   []string `json:"emne"`
	// Omfang er sann når versjonen avgjør hvem, hvor lenge, hvor mye eller
	// hva som kan kombineres, eller definerer hvilke tiltak som finnes.
	// UtenforGrunn sier hvorfor når den ikke gjør det.
	Omfang       bool   `json:"omfang"`
	UtenforGrunn string `json:"utenfor_grunn,omitempty"`
	// Venter er satt når versjonen er innenfor omfang, men bevisst ikke
	// modellert ennå; teksten sier hvorfor.
	Venter string `json:"venter,omitempty"`
	// Tiltak er katalogkodene versjonen gjelder (kapittel 15 nevner også
	// tiltak som ikke er i katalogen).
	Tiltak    []string    `json:"tiltak"`
	Fra       tiltak.Dato `json:"fra"`
	Til       tiltak.Dato `json:"til"` // null: gjelder fortsatt (eller siste kjente versjon)
	EndretVed string      `json:"endret_ved"`
	// IKraft er datoen endringsforskriften selv gir; VirkningFra er satt når
	// den sier «med virkning fra» en annen dato.
	IKraft      tiltak.Dato `json:"i_kraft"`
	VirkningFra tiltak.Dato `json:"virkning_fra"`
	// Bevis er primar, konsolidert, avledet, seed, ukjent eller sekundaer.
	Bevis string `json:"bevis"`
	// FraUkjent er sann når kildene ikke gir første dag versjonen gjaldt;
	// Fra er da første dag biblioteket modellerer den fra, og Merknad sier
	// hvorfor.
	FraUkjent bool `json:"fra_ukjent,omitempty"`
	// Kilder er sekundærkildene en oppføring med bevis «sekundaer» bygger
	// på, med sitat.
	Kilder []Sekundaerkilde `json:"kilder,omitempty"`
	// Opphevet er sann for en versjon som bare sier at paragrafen er
	// opphevet fra Fra (kapittel 8 fra 2020); den har ingen oppskrift.
	Opphevet bool       `json:"opphevet,omitempty"`
	Tekst    []Tekstbit `json:"tekst"`
	Innhold  string     `json:"innhold"`
	Merknad  string     `json:"merknad,omitempty"`
}

// IOmfang sier om versjonen er innenfor omfang og ikke venter.
func (o *Oppforing) IOmfang() bool { return o.Omfang && o.Venter == "" }

// Gjelder sier om versjonen gjelder på datoen d.
func (o *Oppforing) Gjelder(d tiltak.Dato) bool {
	return !d.Before(o.Fra) && (o.Til.IsZero() || !d.After(o.Til))
}

// Emnene, bevisene og kildene en oppføring kan ha.
var (
	Emner  = []string{"personkrets", "vilkar", "varighet", "tilskudd", "kombinasjon", "frist", "stopp", "inntektsgrense", "annet"}
	Bevis  = []string{"primar", "konsolidert", "avledet", "seed", "ukjent", "sekundaer"}
	Kilder = map[string]string{ // kilde → forskriftens (eller kildens) id
		"tiltaksforskriften":   "FOR-2015-12-11-1598",
		"egenregiforskriften":  "FOR-2023-06-20-1073",
		"firearigforskriften":  "FOR-2026-02-04-163",
		"vta-pilotforskriften": "FOR-2024-07-02-1800",
		"folketrygdloven":      "LOV-1997-02-28-19",
		"nav-brev":             "NAV-brevmaler",
		"veiledning-aktorer":   "veileder-aktorer-og-tiltak",
	}
	prefiks = map[string]string{"tiltaksforskriften": "tf-", "egenregiforskriften": "er-", "firearigforskriften": "fir-", "vta-pilotforskriften": "vta-pilot-",
		"folketrygdloven": "ftrl-", "nav-brev": "navbrev-", "veiledning-aktorer": "seed004-"}
	commitMonster = regexp.MustCompile(`^[0-9a-f]{40}$`)
)

var (
	idMonster         = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*-v[0-9]{8}$`)
	paragrafIDMonster = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)+$`)
)

// Indeks er hele paragrafindeksen, i filenes rekkefølge.
type Indeks struct {
	Oppforinger []Oppforing
	etterID     map[string]int
}

// Finn gir oppføringen med id-en.
func (ix *Indeks) Finn(id string) (Oppforing, bool) {
	i, ok := ix.etterID[id]
	if !ok {
		return Oppforing{}, false
	}
	return ix.Oppforinger[i], true
}

// Versjoner gir versjonene av paragrafen (eller leddet) i datorekkefølge.
func (ix *Indeks) Versjoner(paragrafID string) []Oppforing {
	var ut []Oppforing
	for _, o := range ix.Oppforinger {
		if o.ParagrafID == paragrafID {
			ut = append(ut, o)
		}
	}
	sort.SliceStable(ut, func(i, j int) bool { return ut[i].Fra.Before(ut[j].Fra) })
	return ut
}

// modulrot gir mappen modulen ligger i.
func modulrot() string {
	_, fil, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(fil), "..", "..")
}

// Mappe gir mappen indeksen ligger i (testdata/lovindeks).
func Mappe() string { return filepath.Join(modulrot(), "testdata", "lovindeks") }

// LovtekstMappe gir mappen med forskriftstekstene: miljøvariabelen
// TILTAKSREGLER_LOVTEKST om den er satt, ellers ../shared/regelverk/lovtekst
// ved siden av modulen. ok er usann når mappen ikke finnes.
func LovtekstMappe() (mappe string, ok bool) {
	mappe = os.Getenv("TILTAKSREGLER_LOVTEKST")
	if mappe == "" {
		mappe = filepath.Join(modulrot(), "..", "shared", "regelverk", "lovtekst")
	}
	fi, err := os.Stat(mappe)
	return mappe, err == nil && fi.IsDir()
}

// Last leser alle testdata/lovindeks/*.json strengt (ukjente felt er feil)
// og sjekker at de er velformet (se Valider).
func Last() (*Indeks, error) {
	filer, err := filepath.Glob(filepath.Join(Mappe(), "*.json"))
	if err != nil {
		return nil, err
	}
	if len(filer) == 0 {
		return nil, errors.New("fant ingen testdata/lovindeks/*.json")
	}
	sort.Strings(filer)
	ix := &Indeks{etterID: map[string]int{}}
	for _, fil := range filer {
		b, err := os.ReadFile(fil)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var l []Oppforing
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(fil), err)
		}
		for _, o := range l {
			if _, finnes := ix.etterID[o.ID]; finnes {
				return nil, fmt.Errorf("%s: id %q finnes fra før", filepath.Base(fil), o.ID)
			}
			ix.etterID[o.ID] = len(ix.Oppforinger)
			ix.Oppforinger = append(ix.Oppforinger, o)
		}
	}
	return ix, ix.Valider()
}

// Valider sjekker at hver oppføring er velformet og at versjonene av hver
// paragraf følger hverandre: id lik paragraf-id + fra-dato, kjent kilde,
// emne og bevis, omfang med grunn når det er usant, til lik dagen før neste
// versjons fra, og ingen venter-tekst utenfor omfang. Den samler alle feil.
func (ix *Indeks) Valider() error {
	var feil []error
	for _, o := range ix.Oppforinger {
		f := func(format string, a ...any) {
			feil = append(feil, fmt.Errorf("%s: %s", o.ID, fmt.Sprintf(format, a...)))
		}
		if !idMonster.MatchString(o.ID) || !paragrafIDMonster.MatchString(o.ParagrafID) {
			f("id eller paragraf_id følger ikke mønsteret")
		}
		if o.ID != o.ParagrafID+"-v"+strings.ReplaceAll(o.Fra.String(), "-", "") {
			f("id er ikke paragraf_id + fra-dato (%s, %s)", o.ParagrafID, o.Fra)
		}
		if p, ok := prefiks[o.Kilde]; !ok || !strings.HasPrefix(o.ParagrafID, p) {
			f("ukjent kilde %q eller feil prefiks", o.Kilde)
		}
		if (o.Ledd == 0) == strings.Contains(o.ParagrafID, "-l") {
			f("ledd %d passer ikke med paragraf_id %s", o.Ledd, o.ParagrafID)
		}
		for _, e := range o.Emne {
			if !slices.Contains(Emner, e) {
				f("ukjent emne %q", e)
			}
		}
		if len(o.Emne) == 0 {
			f("mangler emne")
		}
		if !slices.Contains(Bevis, o.Bevis) {
			f("ukjent bevis %q", o.Bevis)
		}
		if o.Omfang == (o.UtenforGrunn != "") {
			f("omfang %v passer ikke med utenfor_grunn %q", o.Omfang, o.UtenforGrunn)
		}
		if o.Venter != "" && !o.Omfang {
			f("venter er satt utenfor omfang")
		}
		if o.Fra.IsZero() || o.IKraft.IsZero() || o.EndretVed == "" || o.Innhold == "" {
			f("mangler fra, i_kraft, endret_ved eller innhold")
		}
		if !o.Til.IsZero() && o.Til.Before(o.Fra) {
			f("til %s er før fra %s", o.Til, o.Fra)
		}
		if len(o.Tekst) == 0 && o.Bevis != "avledet" && o.Bevis != "ukjent" && o.Bevis != "sekundaer" && !o.Opphevet {
			f("mangler tekstoppskrift")
		}
		if (o.Bevis == "sekundaer") != (len(o.Kilder) > 0) {
			f("bevis %s passer ikke med %d sekundærkilder (bevis sekundaer krever kilder, og bare det)", o.Bevis, len(o.Kilder))
		}
		for i, k := range o.Kilder {
			if k.Dokument == "" || k.Sitat == "" {
				f("kilder[%d] mangler dokument eller sitat", i)
			}
			if k.Adresse == "" && k.Fil == "" && (k.Repo == "" || k.Sti == "") {
				f("kilder[%d] mangler adresse, fil eller repo og sti", i)
			}
			if k.Commit != "" && !commitMonster.MatchString(k.Commit) {
				f("kilder[%d] har en commit som ikke er 40 heksadesimale tegn", i)
			}
		}
		if o.FraUkjent && o.Merknad == "" {
			f("fra_ukjent uten merknad som sier hvorfor")
		}
		for _, k := range o.Tiltak {
			if strings.TrimSpace(k) != k || k == "" {
				f("ugyldig tiltakskode %q", k)
			}
		}
	}
	sett := map[string]bool{}
	for _, o := range ix.Oppforinger {
		if sett[o.ParagrafID] {
			continue
		}
		sett[o.ParagrafID] = true
		v := ix.Versjoner(o.ParagrafID)
		for i := range v {
			if i+1 < len(v) && v[i].Til != v[i+1].Fra.AddDays(-1) {
				feil = append(feil, fmt.Errorf("%s: til %s er ikke dagen før neste versjon (%s)", v[i].ID, v[i].Til, v[i+1].Fra))
			}
		}
	}
	return errors.Join(feil...)
}

// Ordlyd er en versjons ordlyd bygd opp igjen etter oppskriften: ett ledd
// per element, hvert ledd som linjene det består av (første linje er
// leddets tekst, de neste listepunkter).
type Ordlyd struct {
	Ledd [][]string
}

// AntallLedd gir antall ledd.
func (o Ordlyd) AntallLedd() int { return len(o.Ledd) }

var bokstavMonster = regexp.MustCompile(`^\s*(?:-\s+)?([a-zæøå])[.)]\s`)

// Bokstaver gir listebokstavene i ledd nummer n (fra 1), eller i hele
// ordlyden når n er 0.
func (o Ordlyd) Bokstaver(n int) []string {
	var ut []string
	for i, l := range o.Ledd {
		if n != 0 && i+1 != n {
			continue
		}
		for _, linje := range l[1:] {
			if m := bokstavMonster.FindStringSubmatch(linje); m != nil {
				ut = append(ut, m[1])
			}
		}
	}
	return ut
}

// Tekst gir ordlyden som én tekst med ett ledd per linje.
func (o Ordlyd) Tekst() string {
	var s strings.Builder
	for _, l := range o.Ledd {
		s.WriteString(strings.Join(l, "\n"))
		s.WriteByte('\n')
	}
	return s.String()
}

// Tekstkilde leser filene i lovtekst-mappen og ../shared/seeds én gang
// hver. Den er ikke trygg for samtidig bruk; lag én per test.
type Tekstkilde struct {
	mappe string
	filer map[string]fil
}

type fil struct {
	hode, kropp []string
	seed        bool
}

// NyTekstkilde lager en Tekstkilde for lovtekst-mappen (se LovtekstMappe);
// kildedokumentene leses fra ../../seeds regnet fra den.
func NyTekstkilde(mappe string) *Tekstkilde {
	return &Tekstkilde{mappe: mappe, filer: map[string]fil{}}
}

func (k *Tekstkilde) les(navn string) (fil, error) {
	if f, ok := k.filer[navn]; ok {
		return f, nil
	}
	sti := filepath.Join(k.mappe, navn)
	seed := strings.HasPrefix(navn, "seeds/")
	if seed {
		sti = filepath.Join(k.mappe, "..", "..", navn)
	}
	b, err := os.ReadFile(sti)
	if err != nil {
		return fil{}, err
	}
	linjer := strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n")
	f := fil{kropp: linjer, seed: seed}
	for i, l := range linjer {
		if strings.HasPrefix(l, "=====") {
			f.hode, f.kropp = linjer[:i], linjer[i+1:]
			break
		}
	}
	k.filer[navn] = f
	return f, nil
}

var (
	overskrift  = regexp.MustCompile(`^§ ?\d+[A-Za-z]?(-\d+[a-z]?)?\.\s*\S`)
	uTagg       = regexp.MustCompile(`</?u>`)
	datoMonster = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
)

// stykke bygger leddene i ett stykke etter oppskriftsregelen: linjene etter
// ankeret til første tomme linje eller linje som begynner med «§ »,
// «Kapittel » eller «[»; en første linje som gjentar paragrafoverskriften
// hoppes over; linjer som begynner med to mellomrom hører til leddet før.
// Kildedokumentene (seeds/) har tomme linjer mellom leddene, <u>-tagger og
// listepunkter som «- a.»; der hoppes tomme linjer over, taggene fjernes og
// listepunktene rykkes inn.
func (k *Tekstkilde) stykke(b Tekstbit) ([][]string, error) {
	f, err := k.les(b.Fil)
	if err != nil {
		return nil, err
	}
	start := -1
	for i, l := range f.kropp {
		if strings.HasPrefix(l, b.Anker) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, fmt.Errorf("%s: ankeret %q finnes ikke", b.Fil, b.Anker)
	}
	var tatt []string
	forste := true
	for _, l := range f.kropp[start+1:] {
		if f.seed {
			l = uTagg.ReplaceAllString(l, "")
			if strings.TrimSpace(l) == "" {
				continue
			}
		}
		if forste && overskrift.MatchString(l) {
			forste = false
			continue
		}
		forste = false
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "§ ") || strings.HasPrefix(l, "Kapittel ") || strings.HasPrefix(l, "[") {
			break
		}
		if f.seed && strings.HasPrefix(l, "- ") {
			l = "  " + l
		}
		tatt = append(tatt, l)
	}
	var ledd [][]string
	for _, l := range tatt {
		if strings.HasPrefix(l, "  ") && len(ledd) > 0 {
			ledd[len(ledd)-1] = append(ledd[len(ledd)-1], l)
		} else {
			ledd = append(ledd, []string{l})
		}
	}
	if len(ledd) == 0 {
		return nil, fmt.Errorf("%s: ankeret %q gir ingen tekst", b.Fil, b.Anker)
	}
	if len(b.Ledd) > 0 {
		valgt := make([][]string, 0, len(b.Ledd))
		for _, n := range b.Ledd {
			if n < 1 || n > len(ledd) {
				return nil, fmt.Errorf("%s: ledd %d finnes ikke (stykket har %d)", b.Fil, n, len(ledd))
			}
			valgt = append(valgt, ledd[n-1])
		}
		ledd = valgt
	}
	return ledd, nil
}

// Ordlyd bygger ordlyden til oppføringen etter oppskriften. En oppføring
// uten oppskrift (avledet tekst utenfor mappen, ukjent ordlyd) gir en tom
// Ordlyd og ingen feil.
func (k *Tekstkilde) Ordlyd(o *Oppforing) (Ordlyd, error) {
	var ut Ordlyd
	for _, b := range o.Tekst {
		ledd, err := k.stykke(b)
		if err != nil {
			return Ordlyd{}, fmt.Errorf("%s: %w", o.ID, err)
		}
		ut.Ledd = append(ut.Ledd, ledd...)
	}
	return ut, nil
}

// IKraft gir datoene i «I kraft:»-linjen (eller «Ikrafttredelse:») i hodet
// til forskriftens fil, og datoen etter «med virkning fra» når linjen har
// den. En forskrift som trer i kraft i flere trinn (egenregiforskriften:
// kapittel 4 senere), har flere datoer. For en forskrift med både
// opprinnelig og konsolidert tekst leses den opprinnelige.
func (k *Tekstkilde) IKraft(forskrift string) (datoer []tiltak.Dato, virkning tiltak.Dato, err error) {
	navn := forskrift + ".txt"
	if _, err := os.Stat(filepath.Join(k.mappe, forskrift+"-opprinnelig.txt")); err == nil {
		navn = forskrift + "-opprinnelig.txt"
	}
	f, err := k.les(navn)
	if err != nil {
		return nil, virkning, err
	}
	for _, l := range f.hode {
		if !strings.HasPrefix(l, "I kraft:") && !strings.HasPrefix(l, "Ikrafttredelse") {
			continue
		}
		linje := l
		if i := strings.Index(l, "med virkning fra "); i >= 0 {
			if v := datoMonster.FindString(l[i:]); v != "" {
				if virkning, err = tiltak.ParseDato(v); err != nil {
					return nil, virkning, err
				}
			}
			linje = l[:i]
		}
		for _, d := range datoMonster.FindAllString(linje, -1) {
			v, err := tiltak.ParseDato(d)
			if err != nil {
				return nil, virkning, err
			}
			datoer = append(datoer, v)
		}
		if len(datoer) == 0 {
			return nil, virkning, fmt.Errorf("%s: ingen dato i %q", navn, l)
		}
		return datoer, virkning, nil
	}
	return nil, virkning, fmt.Errorf("%s: ingen «I kraft:»-linje i hodet", navn)
}

// Finnes sier om forskriften har en fil i mappen.
func (k *Tekstkilde) Finnes(forskrift string) bool {
	for _, n := range []string{forskrift + ".txt", forskrift + "-opprinnelig.txt"} {
		if _, err := os.Stat(filepath.Join(k.mappe, n)); err == nil {
			return true
		}
	}
	return false
}

// Sitert sier om sitatet i en sekundærkilde med Fil står ordrett i filen
// (mellomrom og linjeskift regnes likt). En kilde uten Fil kan ikke
// sjekkes her og gir en feil.
func (k *Tekstkilde) Sitert(s Sekundaerkilde) (bool, error) {
	if s.Fil == "" {
		return false, fmt.Errorf("kilden %q har ingen fil å sjekke sitatet mot", s.Dokument)
	}
	f, err := k.les(s.Fil)
	if err != nil {
		return false, err
	}
	alt := strings.Join(strings.Fields(strings.Join(append(slices.Clone(f.hode), f.kropp...), " ")), " ")
	return strings.Contains(alt, strings.Join(strings.Fields(s.Sitat), " ")), nil
}
