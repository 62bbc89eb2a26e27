package regler

import (
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Knekkpunkter: datoene der et vilkårs utfall kan skifte.
//
// Et vilkår er en ren funksjon av faktaene, vurderingsdatoen og valgene.
// De fleste leser ikke datoen i det hele tatt; de som gjør det, leser den
// gjennom fødselsdatoen (hjelperne harFylt, ikkeFylt, fyllerIAar og
// ikkeFyltFor i hjelp.go), gjennom en paragraf som slås opp på datoen
// (bokstavene i § 7-2) eller mot en fast dato (NAVs siste oppstart for
// VTAO). Hvert slikt vilkår erklærer det i feltet knekk, der vurderingen
// skrives: hvilke aldersgrenser det leser og på hvilken måte, hvilken
// paragraf og hvilken fast dato. For gitte fakta gir det de få datoene der
// utfallet kan skifte, uten å gå gjennom dagene. TestKnekkForklarerHverDag
// og TestTidslinjeSomHverDag går gjennom dagene og feiler når et utfall
// skifter på en dag ingen erklæring forklarer.

// knekk er én erklæring: en art og det den trenger for å regne ut datoen.
type knekk struct {
	art tiltak.Knekkart
	// alder er aldersgrensen for fødselsdag, kalenderår og dagen etter.
	alder int
	// dato er den første dagen utfallet kan være et annet (KnekkDato).
	dato tiltak.Dato
	// p er paragrafen vilkåret slår opp på datoen (KnekkVersjon): utfallet
	// kan skifte når en versjon av den begynner eller slutter.
	p *paragraf
}

// fodselsdag: vilkåret leser om personen har fylt n år på datoen (harFylt,
// ikkeFylt); utfallet kan skifte på fødselsdagen.
func fodselsdag(n int) knekk { return knekk{art: tiltak.KnekkFodselsdag, alder: n} }

// iAaret: vilkåret leser om personen fyller n år i kalenderåret
// (fyllerIAar); utfallet kan skifte 1. januar det året.
func iAaret(n int) knekk { return knekk{art: tiltak.KnekkKalenderaar, alder: n} }

// etterFylt: vilkåret leser om personen hadde fylt n år før datoen
// (ikkeFyltFor); utfallet kan skifte dagen etter fødselsdagen.
func etterFylt(n int) knekk { return knekk{art: tiltak.KnekkDagenEtter, alder: n} }

// fraDato: vilkåret sammenligner datoen med en fast dato; d er første dag
// utfallet kan være et annet.
func fraDato(d tiltak.Dato) knekk { return knekk{art: tiltak.KnekkDato, dato: d} }

// versjonerAv: vilkåret slår opp paragrafen p på datoen.
func versjonerAv(p *paragraf) knekk { return knekk{art: tiltak.KnekkVersjon, p: p} }

// knekkListe er en kort form for en liste av erklæringer.
func knekkListe(k ...knekk) []knekk { return k }

// Knekkpunkter gir dagene i perioden etter p.Fra der vilkårets utfall på
// vurderingsdatoen kan være et annet enn dagen før, for faktaene f, sortert
// og med grunnen: fødselsdager over aldersgrensene vilkåret leser
// (29. februar gir 28. februar i år som ikke er skuddår), 1. januar i året
// personen fyller en grense, nye versjoner av en paragraf vilkåret slår opp
// på datoen, og faste datoer. Et vilkår som ikke leser datoen, eller som
// leser planlagt sluttdato i stedet (LeserSluttdato), gir ingen. En ukjent
// fødselsdato gir ingen fødselsdager (utfallet er må vurderes hele tiden).
// En ugyldig periode gir ingen. Den går ikke gjennom dagene.
func (v *Vilkar) Knekkpunkter(f *tiltak.Fakta, p tiltak.Periode) []tiltak.Knekkgrunn {
	if f == nil {
		f = &ingenFakta
	}
	if p.Valider() != nil {
		return nil
	}
	return tiltak.SorterKnekk(v.appendKnekk(nil, f, p.Fra, p.Til))
}

// appendKnekk legger datoene d med fra < d ≤ til der vilkårets utfall kan
// skifte, til dst (usortert).
func (v *Vilkar) appendKnekk(dst []tiltak.Knekkgrunn, f *tiltak.Fakta, fra, til tiltak.Dato) []tiltak.Knekkgrunn {
	if v.sluttdato {
		return dst
	}
	inne := func(d tiltak.Dato) bool { return !d.IsZero() && d.After(fra) && !d.After(til) }
	fodt := f.Fodselsdato
	for _, k := range v.knekk {
		var d tiltak.Dato
		switch k.art {
		case tiltak.KnekkFodselsdag:
			d = tiltak.FyltAar(fodt, k.alder)
		case tiltak.KnekkKalenderaar:
			if !fodt.IsZero() {
				d, _ = tiltak.NyDato(fodt.Aar()+k.alder, 1, 1)
			}
		case tiltak.KnekkDagenEtter:
			if d = tiltak.FyltAar(fodt, k.alder); !d.IsZero() {
				d = d.AddDays(1)
			}
		case tiltak.KnekkDato:
			d = k.dato
		case tiltak.KnekkVersjon:
			for i, pv := range k.p.versjoner {
				if inne(pv.fra) {
					dst = append(dst, tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: pv.fra, ID: pv.id, Hjemmel: pv.hjemmel()})
				}
				// Dagen etter en versjon som slutter uten at en ny tar over.
				if !pv.til.IsZero() {
					etter := pv.til.AddDays(1)
					if i+1 < len(k.p.versjoner) && k.p.versjoner[i+1].fra == etter {
						continue
					}
					if inne(etter) && etter.After(pv.til) {
						dst = append(dst, tiltak.Knekkgrunn{Art: tiltak.KnekkVersjon, Dato: etter, ID: pv.id, Hjemmel: pv.hjemmel()})
					}
				}
			}
			continue
		}
		if inne(d) {
			dst = append(dst, tiltak.Knekkgrunn{Art: k.art, Dato: d, ID: v.id, Alder: k.alder, Hjemmel: v.Hjemmel()})
		}
	}
	return dst
}

// Knekk gir aldersgrensene og de andre datoavhengighetene vilkåret
// erklærer, som knekkgrunner uten dato (Art, Alder, og for en fast dato
// Dato); tom for et vilkår som ikke leser datoen. Den er for
// dokumentasjon og tester; Knekkpunkter gir datoene for en person.
func (v *Vilkar) Knekk() []tiltak.Knekkgrunn {
	if len(v.knekk) == 0 {
		return nil
	}
	ut := make([]tiltak.Knekkgrunn, 0, len(v.knekk))
	for _, k := range v.knekk {
		g := tiltak.Knekkgrunn{Art: k.art, Dato: k.dato, Alder: k.alder, ID: v.id}
		if k.p != nil {
			g.ID = k.p.id
		}
		ut = append(ut, g)
	}
	return ut
}

// Praksisgrenseskifter gir dagene i perioden etter p.Fra der en versjon av
// en av NAVs praksisgrenser for varigheten av tiltaket (Praksisgrenser)
// begynner eller slutter, med versjonens id og hjemmel. En ukjent kode gir
// en *tiltak.FeltFeil for "tiltak"; en ugyldig periode gir ingen datoer.
func Praksisgrenseskifter(kode tiltak.Kode, p tiltak.Periode) ([]tiltak.Knekkgrunn, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	if p.Valider() != nil {
		return nil, nil
	}
	var ut []tiltak.Knekkgrunn
	for _, pg := range t.def.praksisgrenser {
		ut = (&Vilkar{knekk: knekkListe(versjonerAv(pg))}).appendKnekk(ut, &ingenFakta, p.Fra, p.Til)
	}
	return tiltak.SorterKnekk(ut), nil
}
