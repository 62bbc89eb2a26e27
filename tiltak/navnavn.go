package tiltak

import "strings"

// navKoder er NAVs navn på tiltakene (nav-praksis § 1a og 1b): enum-navnene
// i NAVs systemer for tiltak hos arbeidsgiver (Tiltakstype i
// tiltaksgjennomforing-api og tiltak-refusjon-api) og de entydige navnene i
// NAVs tiltakskatalog (Tiltakskode i mulighetsrommet), også de som er
// stavet feil der. Første navn per tiltak er det NAVNavn gir. Navn som
// dekker flere av bibliotekets tiltak (GRUPPE_ARBEIDSMARKEDSOPPLAERING,
// ENKELTPLASS_FAG_OG_YRKESOPPLAERING, …) er ikke med: de kan ikke tolkes
// uten å gjette.
var navKoder = []struct {
	kode Kode
	navn []string
}{
	{Arbeidstrening, []string{"ARBEIDSTRENING"}},
	{MidlertidigLonnstilskudd, []string{"MIDLERTIDIG_LONNSTILSKUDD", "MIDLERTIDIG_LONNSTLSKUDD"}},
	{VarigLonnstilskudd, []string{"VARIG_LONNSTILSKUDD", "VARIG_LONNSTILSKUD"}},
	{Mentor, []string{"MENTOR"}},
	{Inkluderingstilskudd, []string{"INKLUDERINGSTILSKUDD", "INKLUDERINGSTILSKUD"}},
	{Sommerjobb, []string{"SOMMERJOBB"}},
	{VTAO, []string{"VTAO", "TILRETTELAGT_ARBEID_ORDINAER"}},
	{FirearigLonnstilskudd, []string{"FIREARIG_LONNSTILSKUDD", "FIREARIG_LONNSTILSUDD"}},
	{ArbeidsrettetRehabilitering, []string{"ARBEIDSRETTET_REHABILITERING"}},
	{Avklaring, []string{"AVKLARING"}},
	{Jobbklubb, []string{"JOBBKLUBB"}},
	{Oppfolging, []string{"OPPFOLGING"}},
	{AFT, []string{"ARBEIDSFORBEREDENDE_TRENING"}},
	{VTA, []string{"VARIG_TILRETTELAGT_ARBEID_SKJERMET"}},
	{OpplaeringNorskFOV, []string{"NORSKOPPLAERING_GRUNNLEGGENDE_FERDIGHETER_FOV"}},
	{OpplaeringStudiespesialisering, []string{"STUDIESPESIALISERING"}},
	{OpplaeringFagskole, []string{"HOYERE_YRKESFAGLIG_UTDANNING"}},
	{OpplaeringHoyereUtdanning, []string{"HOYERE_UTDANNING"}},
	{IndividuellJobbstotte, []string{"INDIVIDUELL_JOBBSTOTTE"}},
	{IPSUng, []string{"INDIVIDUELL_JOBBSTOTTE_UNG"}},
	{ArbeidMedStotte, []string{"ARBEID_MED_STOTTE"}},
}

// navIndeks slår opp NAVs navn til koden. Den endres aldri etter init.
var navIndeks = func() map[string]Kode {
	m := map[string]Kode{}
	for _, n := range navKoder {
		for _, s := range n.navn {
			m[s] = n.kode
		}
	}
	return m
}()

// NAVNavn gir NAVs navn på tiltaket, for eksempel "MIDLERTIDIG_LONNSTILSKUDD",
// eller tom tekst når NAV ikke har et entydig navn for det. ParseKode tolker
// navnet tilbake til koden.
func (k Kode) NAVNavn() string {
	for _, n := range navKoder {
		if n.kode == k {
			return n.navn[0]
		}
	}
	return ""
}

// ParseKode tolker en tiltakskode: bibliotekets egen kode
// ("midlertidig-lonnstilskudd") eller NAVs navn ("MIDLERTIDIG_LONNSTILSKUDD",
// "VTAO", "ARBEIDSFORBEREDENDE_TRENING", …; se NAVNavn). NAVs navn tolkes
// uten hensyn til store og små bokstaver. En ukjent kode gir en *FeltFeil
// for feltet "tiltak" som pakker ErrUkjentTiltak og lister de gyldige
// kodene.
func ParseKode(s string) (Kode, error) {
	if k := Kode(s); k.Gyldig() {
		return k, nil
	}
	if k, ok := navIndeks[strings.ToUpper(s)]; ok {
		return k, nil
	}
	return "", &FeltFeil{Felt: "tiltak", Verdi: s, Grunn: "ukjent tiltakskode; gyldige koder er " + gyldigeKoder(), Err: ErrUkjentTiltak}
}

// gyldigeKoder gir bibliotekets koder og NAVs navn, skilt med komma.
func gyldigeKoder() string {
	var b strings.Builder
	for i, t := range katalog {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(t.Kode))
	}
	b.WriteString(" (og NAVs navn: ")
	for i, n := range navKoder {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n.navn[0])
	}
	b.WriteString(")")
	return b.String()
}
