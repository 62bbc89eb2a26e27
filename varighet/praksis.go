package varighet

import (
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Praksisregel er en grense NAVs systemer eller sider setter ut over det
// forskriften sier. Den holdes adskilt fra forskriftsreglene, og et brudd på
// den er merket Praksis.
type Praksisregel struct {
	ID          string         `json:"id,omitempty"`          // id i paragrafindeksen
	Tiltak      tiltak.Kode    `json:"tiltak"`                // tiltaket praksisen gjelder
	Hjemmel     tiltak.Hjemmel `json:"hjemmel,omitzero"`      // praksiskilden
	Beskrivelse string         `json:"beskrivelse,omitempty"` // hva praksisen er, på norsk
	// Fra og Til er datoene praksisen er belagt for. Fra er nullverdien når
	// det ikke er kjent når praksisen begynte (da gjelder den for alle
	// datoer regelen for tiltaket gjelder); FraUkjent sier det samme.
	Fra       tiltak.Dato `json:"fra,omitzero"`
	Til       tiltak.Dato `json:"til,omitzero"`
	FraUkjent bool        `json:"fra_ukjent,omitempty"`
	// Maks er største varighet per avtale eller vedtak, eller nullverdien.
	Maks tiltak.Lengde `json:"maks,omitempty"`
	// UtenMinusEnDag: siste dag er start + Maks, ikke start + Maks − 1 dag
	// (NAVs kode for inkluderingstilskudd).
	UtenMinusEnDag bool `json:"uten_minus_en_dag,omitempty"`
	// SluttManed og SluttDag er seneste sluttdag i sluttåret (sommerjobb:
	// 27. september), eller 0.
	SluttManed time.Month `json:"slutt_maned,omitzero"`
	SluttDag   int        `json:"slutt_dag,omitempty"`
	// SisteStart er seneste startdato for en ny avtale, eller nullverdien.
	SisteStart tiltak.Dato `json:"siste_start,omitzero"`
	// Uverifisert er sann når praksisen bare er belagt i sekundærkilder.
	Uverifisert bool `json:"uverifisert,omitempty"`
}

func (p *Praksisregel) gjelder(d tiltak.Dato) bool {
	return !d.Before(p.Fra) && (p.Til.IsZero() || !d.After(p.Til))
}

// sisteDag gir siste tillatte sluttdag for en avtale som starter på start,
// eller nullverdien når praksisen ikke setter en lengde.
func (p *Praksisregel) sisteDag(start tiltak.Dato) tiltak.Dato {
	var e tiltak.Dato
	if !p.Maks.IsZero() {
		if p.UtenMinusEnDag {
			e = start.Add(p.Maks)
		} else {
			e = start.SisteDag(p.Maks)
		}
	}
	if p.SluttManed != 0 {
		g, err := tiltak.NyDato(start.Aar(), p.SluttManed, p.SluttDag)
		if err == nil && (e.IsZero() || g.Before(e)) {
			e = g
		}
	}
	return e
}

var praksisTabell = map[tiltak.Kode][]Praksisregel{
	tiltak.Arbeidstrening: {{ID: "praksis-arbeidstrening-18-mnd", Tiltak: tiltak.Arbeidstrening,
		Hjemmel:     tiltak.PraksisNAV("praksis-arbeidstrening-18-mnd", "arbeidstrening inntil 18 måneder per avtale"),
		Beskrivelse: "NAVs system godtar ikke arbeidstreningsavtaler lenger enn 18 måneder, uansett arbeidsevne.",
		FraUkjent:   true, Maks: maneder(18)}},
	tiltak.Inkluderingstilskudd: {{ID: "praksis-inkluderingstilskudd-12-mnd", Tiltak: tiltak.Inkluderingstilskudd,
		Hjemmel:     tiltak.PraksisNAV("praksis-inkluderingstilskudd-12-mnd", "inkluderingstilskudd inntil 12 måneder per avtale"),
		Beskrivelse: "NAVs system godtar avtaler om inkluderingstilskudd til og med start + 12 måneder (uten å trekke fra én dag).",
		FraUkjent:   true, Maks: maneder(12), UtenMinusEnDag: true}},
	tiltak.Funksjonsassistanse: {{ID: "praksis-funksjonsassistanse-ett-ar", Tiltak: tiltak.Funksjonsassistanse,
		Hjemmel:     tiltak.PraksisNAV("praksis-funksjonsassistanse-ett-ar", "funksjonsassistanse innvilges for ett år om gangen"),
		Beskrivelse: "NAV innvilger funksjonsassistanse for ett år om gangen og vurderer behovet årlig (NAVs side).",
		FraUkjent:   true, Maks: ar(1), Uverifisert: true}},
	tiltak.Sommerjobb: {{ID: "praksis-sommerjobb-slutt-27-sep", Tiltak: tiltak.Sommerjobb,
		Hjemmel:     tiltak.PraksisNAV("praksis-sommerjobb-slutt-27-sep", "sommerjobb slutter senest 27. september"),
		Beskrivelse: "NAVs system krever at en sommerjobb slutter senest 27. september i sluttåret.",
		Fra:         sommerjobbFra, SluttManed: time.September, SluttDag: 27}},
	tiltak.VTAO: {{ID: "praksis-vtao-siste-oppstart", Tiltak: tiltak.VTAO,
		Hjemmel:     tiltak.PraksisNAV("praksis-vtao-siste-oppstart", "ingen nye VTAO-avtaler med start etter 31. august 2026"),
		Beskrivelse: "NAVs system godtar ikke nye VTAO-avtaler som starter etter 31. august 2026; rettsgrunnlaget for stansen er ikke funnet.",
		FraUkjent:   true, SisteStart: vtaoSisteStart, Uverifisert: true}},
}

// Praksisregler gir praksisreglene for tiltaket (kopier).
func Praksisregler(kode tiltak.Kode) []Praksisregel {
	return append([]Praksisregel(nil), praksisTabell[kode]...)
}
