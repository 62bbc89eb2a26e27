package regler

import (
	"strings"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Vilkar er ett vilkår i en regel: en id, hjemmelen det bygger på, en kort
// norsk beskrivelse, faktaene det leser og en vurdering som gir oppfylt, ikke
// oppfylt eller må vurderes. Vilkår bygges én gang som pakkevariabler og
// endres aldri; de er trygge å bruke fra flere gorutiner.
type Vilkar struct {
	// Feltene motoren leser for hvert vilkår står først, så de deler en
	// hurtigbufferlinje.

	// Vurder gir utfallet for faktaene på datoen. Den må ikke endre f.
	Vurder func(f *tiltak.Fakta, dato tiltak.Dato) Utfall
	// Leser er faktaene vurderingen kan lese. Når utfallet er må vurderes, er
	// de av dem som ikke er oppgitt, faktaene som mangler.
	Leser tiltak.Faktasett
	// LeserSluttdato er sann når vilkåret vurderes på den planlagte
	// sluttdatoen (Valg.Sluttdato) og ikke på vurderingsdatoen, som NAVs
	// aldersgrenser ved avtalens slutt. Vurder får da sluttdatoen som dato.
	// Uten sluttdato blir utfallet må vurderes, og sporet sier at
	// sluttdatoen mangler.
	LeserSluttdato bool
	// medValg brukes i stedet for Vurder av motoren når vilkåret trenger
	// både vurderingsdatoen og valgene (for eksempel en aldersgrense som
	// byttet på en dato og måles ved sluttdatoen).
	medValg func(f *tiltak.Fakta, dato tiltak.Dato, v Valg) Utfall
	// ID er vilkårets stabile id, for eksempel "tf-1-3.alder-16".
	ID string
	// Hjemmel er bestemmelsen vilkåret bygger på; Hjemmel.ID er id-en i
	// paragrafindeksen.
	Hjemmel tiltak.Hjemmel
	// Tilleggshjemler er andre bestemmelser vilkåret også bygger på, for
	// eksempel når ett vilkår samler alternativer fra flere ledd («deltar i
	// et av tiltakene i listen, eller har nedsatt arbeidsevne»). Ofte tom.
	Tilleggshjemler []tiltak.Hjemmel
	// Beskrivelse sier kort på norsk hva vilkåret krever.
	Beskrivelse string
	// Tekst er forklaringen per utfall, skrevet så en saksbehandler kan bruke
	// den i et brev.
	Tekst Tekster
	// Uverifisert er sann når ordlyden vilkåret bygger på ikke er lest i en
	// primærkilde (bevis U i paragrafindeksen, eller en sekundærkilde).
	Uverifisert bool
}

// Tekster er forklaringene til et vilkår, én per utfall.
type Tekster struct {
	Oppfylt     string
	IkkeOppfylt string
	MaVurderes  string
}

// For gir teksten for utfallet u.
func (t *Tekster) For(u Utfall) string {
	switch u {
	case Oppfylt:
		return t.Oppfylt
	case IkkeOppfylt:
		return t.IkkeOppfylt
	case MaVurderes:
		return t.MaVurderes
	}
	return ""
}

// ErPraksis sier om vilkåret bygger på praksis, instruks eller rutine og
// ikke på lov eller forskrift.
func (v *Vilkar) ErPraksis() bool { return v.Hjemmel.ErPraksis() }

// Evaluer vurderer vilkåret på datoen uten valg (Valg{}), som motoren gjør
// når ingen valg er gitt, og gir sporpunktet. Et vilkår som leser planlagt
// sluttdato (NAVs aldersgrenser ved avtalens slutt) gir da må vurderes med
// ManglerSluttdato. Det allokerer ikke.
func (v *Vilkar) Evaluer(f *tiltak.Fakta, dato tiltak.Dato) Sporpunkt {
	var p Sporpunkt
	v.evaluerTil(&p, f, f.Kjente(), dato, &Valg{})
	return p
}

// evaluerTil er Evaluer med valgene (sluttdato og datoavhengige
// praksisregler), og skriver sporpunktet rett inn i p. kjente er
// f.Kjente(), regnet én gang per vurdering.
func (v *Vilkar) evaluerTil(p *Sporpunkt, f *tiltak.Fakta, kjente tiltak.Faktasett, dato tiltak.Dato, valg *Valg) {
	p.Vilkar = v
	p.tilstand = v.tilstand(f, kjente, dato, valg)
}

// tilstand vurderer vilkåret og gir sporpunktets tilstand.
func (v *Vilkar) tilstand(f *tiltak.Fakta, kjente tiltak.Faktasett, dato tiltak.Dato, valg *Valg) uint64 {
	if v.LeserSluttdato && valg.Sluttdato.IsZero() {
		return lagTilstand(MaVurderes, v.Leser&^kjente) | bitManglerSluttdato
	}
	var u Utfall
	switch {
	case v.medValg != nil:
		u = v.medValg(f, dato, *valg)
	case v.LeserSluttdato:
		u = v.Vurder(f, valg.Sluttdato)
	default:
		u = v.Vurder(f, dato)
	}
	return tilstandAv(u, v.Leser, kjente)
}

// tilstandAv gir tilstanden for utfallet u av et vilkår som leser faktaene
// leser: når utfallet er må vurderes, mangler de av dem som ikke er kjente.
func tilstandAv(u Utfall, leser, kjente tiltak.Faktasett) uint64 {
	var mangler tiltak.Faktasett
	if u == MaVurderes {
		mangler = leser &^ kjente
	}
	return lagTilstand(u, mangler)
}

// Sporpunkt er ett steg i sporet av en vurdering: vilkåret, utfallet og
// faktaene som mangler når utfallet er må vurderes. Sporpunktet peker på det
// faste vilkåret og holder resten i ett ord, så det er 16 byte og kan lages
// uten allokering. Bygg et sporpunkt med NyttSporpunkt (eller Vilkar.Evaluer);
// nullverdien har verken vilkår eller utfall.
type Sporpunkt struct {
	// Vilkar er vilkåret punktet gjelder.
	Vilkar *Vilkar
	// tilstand er utfallet (bit 56–58), faktaene som mangler (bit 0–55),
	// om sluttdatoen mangler (bit 59) og om vilkåret er erstattet (bit 60).
	tilstand uint64
}

const (
	manglerBiter        = 1<<utfallSkift - 1
	utfallSkift         = 56
	utfallBiter         = 7 << utfallSkift
	bitManglerSluttdato = 1 << 59
	bitErstattet        = 1 << 60
)

// NyttSporpunkt gir sporpunktet for vilkåret v med utfallet u og faktaene
// som mangler. Et ugyldig utfall lagres som 0 (ikke vurdert), og fakta med
// nummer 56 eller høyere kan ikke stå i mangler (katalogen har langt færre;
// en test sjekker det).
func NyttSporpunkt(v *Vilkar, u Utfall, mangler tiltak.Faktasett) Sporpunkt {
	return Sporpunkt{Vilkar: v, tilstand: lagTilstand(u, mangler)}
}

func lagTilstand(u Utfall, mangler tiltak.Faktasett) uint64 {
	if !u.Gyldig() {
		u = 0
	}
	return uint64(mangler)&manglerBiter | uint64(u)<<utfallSkift
}

// Utfall er utfallet av vilkåret.
func (p Sporpunkt) Utfall() Utfall { return Utfall(p.tilstand & utfallBiter >> utfallSkift) }

// Mangler er faktaene som mangler når utfallet er må vurderes (tomt ellers).
func (p Sporpunkt) Mangler() tiltak.Faktasett { return tiltak.Faktasett(p.tilstand & manglerBiter) }

// ManglerSluttdato er sann når vilkåret trenger planlagt sluttdato
// (Valg.Sluttdato) og den ikke er oppgitt.
func (p Sporpunkt) ManglerSluttdato() bool { return p.tilstand&bitManglerSluttdato != 0 }

// Erstattet er sann når en praksisregel i samme vurdering erstatter
// vilkåret (Valg.MedPraksis). Vilkåret vises i sporet, men teller ikke med
// i utfallet.
func (p Sporpunkt) Erstattet() bool { return p.tilstand&bitErstattet != 0 }

// MedManglerSluttdato gir sporpunktet med merket for manglende sluttdato
// satt til ja.
func (p Sporpunkt) MedManglerSluttdato(ja bool) Sporpunkt {
	p.tilstand = settBit(p.tilstand, bitManglerSluttdato, ja)
	return p
}

// MedErstattet gir sporpunktet med merket for erstattet satt til ja.
func (p Sporpunkt) MedErstattet(ja bool) Sporpunkt {
	p.tilstand = settBit(p.tilstand, bitErstattet, ja)
	return p
}

// Equal sier om to sporpunkter er like: samme vilkår (samme peker), samme
// utfall, samme fakta som mangler og samme merker. go-cmp bruker den.
func (p Sporpunkt) Equal(q Sporpunkt) bool { return p == q }

func settBit(x, bit uint64, ja bool) uint64 {
	if ja {
		return x | bit
	}
	return x &^ bit
}

// Forklaring gir vilkårets tekst for utfallet, fulgt av faktaene det leste
// med verdiene i f, for eksempel «Personen har fylt 16 år. (fodselsdato:
// 2008-03-01)». Den formaterer først når den kalles.
func (p Sporpunkt) Forklaring(f *tiltak.Fakta) string {
	if p.Vilkar == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(p.Vilkar.Tekst.For(p.Utfall()))
	if p.ManglerSluttdato() {
		b.WriteString(" Planlagt sluttdato er ikke oppgitt.")
	}
	if p.Erstattet() {
		b.WriteString(" Vilkåret er erstattet av NAVs praksis i denne vurderingen.")
	}
	lest := p.Vilkar.Leser.Liste()
	if len(lest) > 0 && f != nil {
		b.WriteString(" (")
		for i, ft := range lest {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(ft.String())
			b.WriteString(": ")
			b.WriteString(f.Verdi(ft))
		}
		b.WriteString(")")
	}
	return b.String()
}
