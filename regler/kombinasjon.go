package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// andreVilkar er vilkår utenfor regelsettene som FinnVilkar også kjenner.
var andreVilkar []*Vilkar

// Kombinasjon er svaret på «kan tiltaket Med gis sammen med tiltaket Hoved
// på datoen?»: utfallet, hjemmelen og en norsk forklaring.
type Kombinasjon struct {
	Med    tiltak.Kode `json:"med"`
	Hoved  tiltak.Kode `json:"hoved"`
	Dato   tiltak.Dato `json:"dato"`
	Utfall Utfall      `json:"utfall"`
	// Hjemmel er bestemmelsen (eller praksiskilden) svaret bygger på; tom
	// når ingen kombinasjonsregel er modellert.
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"`
	// IkkeModellert er sann når vi ikke har noen regel for paret; utfallet
	// er da må vurderes.
	IkkeModellert bool   `json:"ikke_modellert,omitempty"`
	Uverifisert   bool   `json:"uverifisert,omitempty"`
	Forklaring    string `json:"forklaring"`
}

// kombinasjonsHjemler er hjemlene KanKombineres kan sitere (for dekningstesten).
var kombinasjonsHjemler = []tiltak.Hjemmel{hTF53_2016, hTF53_20250701, hTF53_20250801, hTF112_2016, hTF112_2022, hPraksisInkludering, hSeed003, hSeed004}

var ytelserTilArbeidsgiver = []tiltak.Kode{tiltak.Mentor, tiltak.Inkluderingstilskudd, tiltak.Funksjonsassistanse}

var oppfolgingSammenMed = []tiltak.Kode{tiltak.Arbeidstrening, tiltak.MidlertidigLonnstilskudd, tiltak.VarigLonnstilskudd}

// KanKombineres sier om tiltaket med kan gis sammen med (følge) tiltaket
// hoved på datoen:
//
//   - mentor: hoved er et av tiltakene i § 5-3 i versjonen som gjelder
//     (2016-listen før 1. juli 2025, deretter 2025-listen). Er hoved ikke
//     nevnt, er svaret ikke oppfylt; fra 2025 kan mentor likevel gis en
//     person med nedsatt arbeidsevne (se Vurder);
//   - inkluderingstilskudd: hoved er i 2016-listen i § 11-2 første ledd
//     (oppfylt), bare i NAVs nyere liste (må vurderes: endringen bak listen
//     er ikke funnet), eller ingen av dem (ikke oppfylt);
//   - oppfølging sammen med arbeidstrening, midlertidig eller varig
//     lønnstilskudd (seed 004): «når dette er hensiktsmessig»; hensiktsmessig
//     er saksbehandlerens skjønn, og Ukjent gir må vurderes;
//   - aktivitetsplass og språkpraksis (seed 003): ingen tilskudd til
//     arbeidsgiver følger med (mentor, inkluderingstilskudd,
//     funksjonsassistanse gir ikke oppfylt). Arbeidstrening følger de
//     ordinære reglene.
//
// Andre par gir må vurderes med IkkeModellert satt. Feil: ukjente koder
// (*tiltak.FeltFeil for "med" eller "hoved"), null dato, og datoer før
// tiltaksforskriften (1. januar 2016), som ikke er modellert.
func KanKombineres(med, hoved tiltak.Kode, dato tiltak.Dato, hensiktsmessig tiltak.Svar) (Kombinasjon, error) {
	for _, k := range [...]struct {
		felt string
		kode tiltak.Kode
	}{{"med", med}, {"hoved", hoved}} {
		if !k.kode.Gyldig() {
			return Kombinasjon{}, &tiltak.FeltFeil{Felt: k.felt, Verdi: string(k.kode), Grunn: "ukjent tiltakskode", Err: tiltak.ErrUkjentTiltak}
		}
	}
	if err := sjekkDato("dato", dato); err != nil {
		return Kombinasjon{}, err
	}
	if dato.Before(tfIKraft) {
		return Kombinasjon{}, &IkkeModellertFeil{Tiltak: med, Dato: dato, Fra: tfIKraft, Grunn: grunnTF}
	}
	k := Kombinasjon{Med: med, Hoved: hoved, Dato: dato}
	medNavn, hovedNavn := med.Navn(), hoved.Navn()
	switch {
	case (hoved == tiltak.Aktivitetsplass || hoved == tiltak.Sprakpraksis) && inneholder(ytelserTilArbeidsgiver, med):
		k.Utfall, k.Hjemmel = IkkeOppfylt, hSeed003
		k.Forklaring = hovedNavn + ": etter kommunens rutine følger ingen ytelser med, verken praksistilskudd, mentor eller andre. " + medNavn + " kan derfor ikke gis sammen med plassen."
	case med == tiltak.Mentor:
		liste, h := mentorListe2025, hTF53_20250801
		switch {
		case dato.Before(kap7Ny):
			liste, h = mentorListe2016, hTF53_2016
			k.Uverifisert = true
		case dato.Before(tf13Endret):
			h = hTF53_20250701
		}
		k.Hjemmel = h
		if inneholder(liste, hoved) {
			k.Utfall = Oppfylt
			k.Forklaring = "Mentor kan gis til deltakere i " + hovedNavn + " etter " + h.String() + "."
			if hoved == tiltak.Arbeidstrening {
				k.Forklaring += " For arbeidstrening skal alle ytelser som kan høre med vurderes (kommunens rutine, seed 003)."
			}
		} else {
			k.Utfall = IkkeOppfylt
			k.Forklaring = hovedNavn + " er ikke blant tiltakene " + h.String() + " nevner."
			if !dato.Before(kap7Ny) {
				k.Forklaring += " Mentor kan likevel gis når en person med nedsatt arbeidsevne trenger det for å skaffe eller beholde lønnet arbeid."
			}
		}
	case med == tiltak.Inkluderingstilskudd:
		switch {
		case inneholder(inkluderingListe2016, hoved):
			k.Utfall, k.Hjemmel = Oppfylt, hTF112_2016
			k.Forklaring = "Inkluderingstilskudd kan gis til virksomheter som har deltakere i " + hovedNavn + " etter " + hTF112_2016.String() + "."
		case inneholder(inkluderingListeNAV, hoved):
			k.Utfall, k.Hjemmel, k.Uverifisert = MaVurderes, hPraksisInkludering, true
			k.Forklaring = hovedNavn + " står på NAVs liste over tiltak inkluderingstilskudd kan gis sammen med, men ikke i 2016-teksten av § 11-2; endringen bak listen er ikke funnet, så det må vurderes."
		default:
			k.Utfall, k.Hjemmel = IkkeOppfylt, hTF112_2016
			k.Forklaring = hovedNavn + " er ikke blant tiltakene " + hTF112_2016.String() + " nevner."
			if !dato.Before(inkl2022) {
				k.Hjemmel = hTF112_2022
				k.Forklaring += " Fra 1. september 2022 kan tilskuddet likevel gis når personen har særlig behov for tilrettelegging i den konkrete jobben (andre ledd)."
			}
		}
	case med == tiltak.Oppfolging && inneholder(oppfolgingSammenMed, hoved):
		k.Utfall, k.Hjemmel = FraSvar(hensiktsmessig), hSeed004
		switch k.Utfall {
		case Oppfylt:
			k.Forklaring = "Oppfølging kan kombineres med " + hovedNavn + " når det er hensiktsmessig, og saksbehandleren har vurdert at det er det."
		case IkkeOppfylt:
			k.Forklaring = "Oppfølging kan kombineres med " + hovedNavn + " bare når det er hensiktsmessig, og saksbehandleren har vurdert at det ikke er det."
		default:
			k.Forklaring = "Oppfølging kan kombineres med " + hovedNavn + " når det er hensiktsmessig; det må vurderes (skjønn)."
		}
	default:
		k.Utfall, k.IkkeModellert = MaVurderes, true
		k.Forklaring = "Ingen kombinasjonsregel er modellert for " + medNavn + " sammen med " + hovedNavn + "."
	}
	return k, nil
}
