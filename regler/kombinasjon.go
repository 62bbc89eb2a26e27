package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

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

// KanKombineres sier om tiltaket med kan gis sammen med (følge) tiltaket
// hoved på datoen for personen med faktaene f (nil: ingenting er kjent),
// etter listene i lovlaget:
//
//   - mentor: hoved er et av tiltakene i § 5-3 i versjonen som gjelder på
//     datoen (oppfylt), kanskje omfattet av listen (må vurderes: ordinær
//     utdanning i 2016-teksten), eller ingen av dem: da avgjør § 5-3s andre
//     vei, at mentor er nødvendig for at en person med nedsatt arbeidsevne
//     skal få eller beholde lønnet arbeid (faktaene arbeidsevne og
//     mentor_nodvendig_for_arbeid; ukjent gir må vurderes);
//   - inkluderingstilskudd: hoved er i listen i § 11-2 første ledd i
//     versjonen som gjelder (oppfylt), kanskje i listen (må vurderes), eller
//     ikke (ikke oppfylt; andre og tredje ledd kan likevel gi tilskudd, se
//     Vurder);
//   - oppfølging sammen med arbeidstrening, midlertidig eller varig
//     lønnstilskudd (seed 004): «når dette er hensiktsmessig», faktumet
//     oppfolging_hensiktsmessig (saksbehandlerens skjønn; ukjent gir må
//     vurderes);
//   - aktivitetsplass og språkpraksis (seed 003): ingen tilskudd til
//     arbeidsgiver følger med (mentor, inkluderingstilskudd,
//     funksjonsassistanse gir ikke oppfylt).
//
// Andre par gir må vurderes med IkkeModellert satt. Feil: ukjente koder
// (*tiltak.FeltFeil for "med" eller "hoved"), ugyldige fakta, null dato, og
// datoer før tiltaksforskriften (1. januar 2016), som ikke er modellert.
func KanKombineres(med, hoved tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato) (Kombinasjon, error) {
	for _, k := range [...]struct {
		felt string
		kode tiltak.Kode
	}{{"med", med}, {"hoved", hoved}} {
		if !k.kode.Gyldig() {
			return Kombinasjon{}, &tiltak.FeltFeil{Felt: k.felt, Verdi: string(k.kode), Grunn: "ukjent tiltakskode", Err: tiltak.ErrUkjentTiltak}
		}
	}
	if f == nil {
		f = &ingenFakta
	}
	if err := f.Valider(); err != nil {
		return Kombinasjon{}, err
	}
	if err := sjekkDato("dato", dato); err != nil {
		return Kombinasjon{}, err
	}
	if dato.Before(tfIKraft) {
		return Kombinasjon{}, &IkkeModellertFeil{Tiltak: med, Dato: dato, Fra: tfIKraft, Grunn: grunnTF}
	}
	k := Kombinasjon{Med: med, Hoved: hoved, Dato: dato}
	medNavn, hovedNavn := med.Navn(), hoved.Navn()
	listeSvar := func(p *paragraf, grunn string) {
		v := p.pa(dato)
		k.Hjemmel, k.Uverifisert = v.hjemmel(), v.bevis.Uverifisert()
		switch {
		case klartIListe(hoved, v.liste, v.listeBokstaver, dato):
			k.Utfall = Oppfylt
			k.Forklaring = medNavn + " kan gis sammen med " + hovedNavn + " etter " + k.Hjemmel.String() + " (versjonen fra " + v.fra.String() + ")."
		case inneholder(v.listeMulig, hoved):
			k.Utfall = MaVurderes
			k.Forklaring = hovedNavn + " er bare kanskje omfattet av listen i " + k.Hjemmel.String() + " (versjonen fra " + v.fra.String() + "): " + v.merknad
		default:
			k.Utfall = IkkeOppfylt
			k.Forklaring = hovedNavn + " er ikke blant tiltakene " + k.Hjemmel.String() + " (versjonen fra " + v.fra.String() + ") nevner. " + grunn
		}
	}
	seedPlass := seed003.versjoner[0]
	switch {
	case (hoved == tiltak.Aktivitetsplass || hoved == tiltak.Sprakpraksis) && inneholder(seedPlass.liste, med):
		k.Utfall, k.Hjemmel, k.Uverifisert = IkkeOppfylt, seedPlass.hjemmel(), seedPlass.bevis.Uverifisert()
		k.Forklaring = hovedNavn + ": etter kommunens rutine følger ingen ytelser med, verken praksistilskudd, mentor eller andre. " + medNavn + " kan derfor ikke gis sammen med plassen."
	case med == tiltak.Mentor:
		listeSvar(tf53, "")
		if k.Utfall == IkkeOppfylt {
			// § 5-3s andre vei: nødvendig for en person med nedsatt arbeidsevne.
			switch k.Utfall = Og(nedsatt(f), FraSvar(f.MentorNodvendig)); k.Utfall {
			case Oppfylt:
				k.Forklaring += "Mentor kan likevel gis fordi personen har nedsatt arbeidsevne og mentor er nødvendig for at personen skal få eller beholde lønnet arbeid i en ordinær virksomhet."
			case MaVurderes:
				k.Forklaring += "Mentor kan likevel gis hvis personen har nedsatt arbeidsevne og mentor er nødvendig for å få eller beholde lønnet arbeid i en ordinær virksomhet; det er ikke avklart (faktaene arbeidsevne og mentor_nodvendig_for_arbeid)."
			default:
				k.Forklaring += "Den andre veien i § 5-3, at mentor er nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde lønnet arbeid, er heller ikke oppfylt."
			}
		}
		if k.Utfall == Oppfylt && hoved == tiltak.Arbeidstrening {
			k.Forklaring += " For arbeidstrening skal alle ytelser som kan høre med vurderes (kommunens rutine, seed 003)."
		}
	case med == tiltak.Inkluderingstilskudd:
		listeSvar(tf112l1, "Tilskuddet kan likevel gis etter andre ledd (særskilt tilretteleggingsbehov, før 1. september 2022: tilretteleggings- og oppfølgingsavtale eller formidlingsbistand) og tredje ledd (forskriftsfestede forsøk).")
	case med == tiltak.Oppfolging && inneholder(seed004Oppfolging.versjoner[0].liste, hoved):
		v := seed004Oppfolging.versjoner[0]
		k.Utfall, k.Hjemmel, k.Uverifisert = FraSvar(f.OppfolgingHensiktsmessig), v.hjemmel(), v.bevis.Uverifisert()
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
