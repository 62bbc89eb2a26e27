package regler

import (
	"time"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// NAVs praksis: regler NAVs egne systemer håndhever ut over forskriften
// (nav-praksis.md § 1c, § 2b og § 2c). De er egne «paragrafer» med kilde
// NAVs praksis og versjoner, vurderes bare med Valg.MedPraksis, og er merket
// praksis i sporet. Bevis PraksisKode: lest i NAVs kode.

var (
	aldersgrense72Fra = dato(2023, 8, 1)  // NAVs kode gikk fra 67 til 72 år i «august 2023»; første dag er vår lesning
	vtaoSisteOppstart = dato(2026, 8, 31) // NAVs kode stopper nye VTAO-avtaler som starter senere
)

// praksisAlder er NAVs aldersgrense ved avtalens planlagte sluttdato.
func praksisAlder(navn string, n int, merknad string) *Vilkar {
	ns := "72"
	if n == 67 {
		ns = "67"
	}
	return &Vilkar{navn: navn, leser: fakta(tiltak.FaktumFodselsdato), sluttdato: true,
		beskrivelse: "NAVs praksis: deltakeren kan ikke ha fylt " + ns + " år på avtalens planlagte sluttdato." + merknad,
		vurder:      func(f *tiltak.Fakta, slutt tiltak.Dato) Utfall { return ikkeFylt(f, slutt, n) },
		tekst: tekst("Etter NAVs praksis er deltakeren under "+ns+" år på planlagt sluttdato.",
			"Etter NAVs praksis kan avtalen ikke slutte den dagen deltakeren har fylt "+ns+" år eller senere.",
			"Fødselsdato eller planlagt sluttdato mangler, så NAVs aldersgrense ved sluttdato kan ikke vurderes.")}
}

// praksisAlderArbeidsgiver er NAVs aldersgrense for avtaler om
// arbeidstrening, lønnstilskudd, mentor og inkluderingstilskudd: 67 år til
// juli 2023, 72 år fra august 2023, på planlagt sluttdato.
var praksisAlderArbeidsgiver = &paragraf{id: "praksis-alder-sluttdato", kilde: tiltak.NAVPraksis, tittel: "Aldersgrense ved avtalens sluttdato",
	merknad: "aldersgrense ved sluttdato",
	versjoner: []*versjon{
		{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
			innhold: "Avtalen kan ikke slutte den dagen deltakeren fyller 67 år eller senere.",
			merknad: "Når praksisen begynte, er ikke kjent; den er modellert fra 2016.",
			vilkar:  []*Vilkar{praksisAlder("alder-67", 67, "")}},
		{fra: aldersgrense72Fra, endretVed: "NAV-kode", bevis: PraksisKode,
			innhold: "Avtalen kan ikke slutte den dagen deltakeren fyller 72 år eller senere.",
			merknad: "Kilden sier «august 2023»; at grensen byttet 1. august er vår lesning.",
			vilkar:  []*Vilkar{praksisAlder("alder-72", 72, " (Datoen grensen byttet fra 67 til 72 år er lest som 1. august 2023.)")}},
	}}

// praksisAlderVTAO er NAVs aldersgrense for VTAO: 67 år på sluttdato.
var praksisAlderVTAO = &paragraf{id: "praksis-alder-67-vtao", kilde: tiltak.NAVPraksis, tittel: "Aldersgrense ved sluttdato for VTAO",
	merknad: "aldersgrense 67 år ved sluttdato",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "En VTAO-avtale kan ikke slutte den dagen deltakeren fyller 67 år eller senere.",
		vilkar:  []*Vilkar{praksisAlder("alder-67", 67, "")}}}}

func innsatsgruppeEn(f *tiltak.Fakta, grupper ...tiltak.Innsatsgruppe) Utfall {
	if f.Innsatsgruppe == tiltak.InnsatsgruppeUkjent {
		return MaVurderes
	}
	for _, g := range grupper {
		if f.Innsatsgruppe == g {
			return Oppfylt
		}
	}
	return IkkeOppfylt
}

// praksisInnsatsgruppe er NAVs krav til innsatsgruppe per tiltak.
var praksisInnsatsgruppe = &paragraf{id: "praksis-innsatsgruppe", kilde: tiltak.NAVPraksis, tittel: "Innsatsgrupper per tiltak",
	merknad: "innsatsgrupper per tiltak",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "Arbeidstrening, inkluderingstilskudd, midlertidig lønnstilskudd, sommerjobb og mentor krever innsatsgruppe trenger veiledning, trenger veiledning (nedsatt arbeidsevne), jobbe delvis eller liten mulighet til å jobbe; varig lønnstilskudd og VTAO krever jobbe delvis eller liten mulighet til å jobbe; fireårig lønnstilskudd en av de tre gruppene med nedsatt arbeidsevne.",
		merknad: "Når praksisen begynte, er ikke kjent; den er modellert fra 2016.",
		vilkar: []*Vilkar{
			{navn: "veiledning", leser: fakta(tiltak.FaktumInnsatsgruppe),
				gjelder:     koder(tiltak.Arbeidstrening, tiltak.Inkluderingstilskudd, tiltak.MidlertidigLonnstilskudd, tiltak.Sommerjobb, tiltak.Mentor),
				beskrivelse: "NAVs praksis: innsatsgruppen må være trenger veiledning, trenger veiledning (nedsatt arbeidsevne), jobbe delvis eller liten mulighet til å jobbe.",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					return innsatsgruppeEn(f, tiltak.TrengerVeiledning, tiltak.TrengerVeiledningNedsattArbeidsevne, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
				},
				tekst: tekst("Innsatsgruppen gir adgang til tiltaket etter NAVs praksis.",
					"Etter NAVs praksis gir innsatsgruppen gode muligheter ikke adgang til tiltaket.", "Innsatsgruppen er ikke oppgitt.")},
			{navn: "varig", leser: fakta(tiltak.FaktumInnsatsgruppe), gjelder: koder(tiltak.VarigLonnstilskudd, tiltak.VTAO),
				beskrivelse: "NAVs praksis: innsatsgruppen må være jobbe delvis eller liten mulighet til å jobbe.",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					return innsatsgruppeEn(f, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
				},
				tekst: tekst("Innsatsgruppen gir adgang til tiltaket etter NAVs praksis.",
					"Etter NAVs praksis krever tiltaket innsatsgruppen jobbe delvis eller liten mulighet til å jobbe.", "Innsatsgruppen er ikke oppgitt.")},
			{navn: "nedsatt", leser: fakta(tiltak.FaktumInnsatsgruppe), gjelder: koder(tiltak.FirearigLonnstilskudd),
				beskrivelse: "NAVs praksis: innsatsgruppen må bygge på nedsatt arbeidsevne (trenger veiledning med nedsatt arbeidsevne, jobbe delvis eller liten mulighet til å jobbe).",
				datofri:     true, vurder: func(f *tiltak.Fakta, _ tiltak.Dato) Utfall {
					return innsatsgruppeEn(f, tiltak.TrengerVeiledningNedsattArbeidsevne, tiltak.JobbeDelvis, tiltak.LitenMulighetTilAJobbe)
				},
				tekst: tekst("Innsatsgruppen bygger på nedsatt arbeidsevne.",
					"Innsatsgruppen bygger ikke på nedsatt arbeidsevne, som fireårig lønnstilskudd krever etter NAVs praksis.", "Innsatsgruppen er ikke oppgitt.")},
		}}}}

// praksisAlderOppstart er NAVs aldersgrense ved oppstart for sommerjobb og
// fireårig lønnstilskudd: å fylle 30 år på oppstartsdagen er greit.
var praksisAlderOppstart = &paragraf{id: "praksis-alder-oppstart", kilde: tiltak.NAVPraksis, tittel: "Alder ved oppstart",
	merknad: "ikke fylt 30 år før oppstart",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "For sommerjobb og fireårig lønnstilskudd kan deltakeren ikke ha fylt 30 år før oppstartsdatoen; å fylle 30 år på oppstartsdatoen er greit. Vurderingsdatoen regnes som oppstartsdato.",
		vilkar: []*Vilkar{{navn: "under-30", leser: fakta(tiltak.FaktumFodselsdato), gjelder: koder(tiltak.Sommerjobb, tiltak.FirearigLonnstilskudd),
			beskrivelse: "NAVs praksis: deltakeren har fylt 16 år og hadde ikke fylt 30 år før oppstartsdatoen (å fylle 30 år på oppstartsdatoen er greit). Vurderingsdatoen regnes som oppstartsdato.",
			knekk:       knekkListe(fodselsdag(16), etterFylt(30)),
			vurder:      func(f *tiltak.Fakta, d tiltak.Dato) Utfall { return Og(harFylt(f, d, 16), ikkeFyltFor(f, d, 30)) },
			tekst: tekst("Etter NAVs praksis er deltakeren gammel nok og hadde ikke fylt 30 år før oppstart.",
				"Etter NAVs praksis er deltakeren under 16 år, eller hadde fylt 30 år før oppstartsdatoen.", "Fødselsdatoen er ikke oppgitt.")}},
	}}}

// praksisVTAOOppstart: NAVs kode stopper nye VTAO-avtaler som starter etter
// 31. august 2026, da kapittel 14A trer i kraft.
var praksisVTAOOppstart = &paragraf{id: "praksis-vtao-siste-oppstart", kilde: tiltak.NAVPraksis, tittel: "Siste oppstart for VTAO-avtaler",
	merknad: "siste oppstart 31. august 2026",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "NAVs system godtar ikke nye VTAO-avtaler som starter etter 31. august 2026; fra 1. september 2026 gjelder kapittel 14A for varig tilrettelagt arbeid i ordinær virksomhet.",
		vilkar: []*Vilkar{{navn: "dato",
			beskrivelse: "NAVs praksis: en ny VTAO-avtale kan ikke starte etter 31. august 2026 (vurderingsdatoen regnes som oppstartsdato).",
			knekk:       knekkListe(fraDato(vtaoSisteOppstart.AddDays(1))),
			vurder: func(_ *tiltak.Fakta, d tiltak.Dato) Utfall {
				if d.After(vtaoSisteOppstart) {
					return IkkeOppfylt
				}
				return Oppfylt
			},
			tekst: tekst("Oppstart er senest 31. august 2026, som NAVs system tillater for nye VTAO-avtaler.",
				"NAVs system tillater ikke oppstart av nye VTAO-avtaler etter 31. august 2026; fra 1. september 2026 gjelder kapittel 14A.", "")}},
		grenser: []*grensedel{{gjelder: bareVtao, sisteStart: vtaoSisteOppstart,
			beskrivelse: "NAVs system godtar ikke nye VTAO-avtaler som starter etter 31. august 2026."}},
	}}}

// Praksisgrenser for varighet (nav-praksis.md § 2b).

var praksisArbeidstrening18 = &paragraf{id: "praksis-arbeidstrening-18-mnd", kilde: tiltak.NAVPraksis, tittel: "Arbeidstrening inntil 18 måneder",
	merknad: "arbeidstrening inntil 18 måneder per avtale",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "NAVs system godtar ikke arbeidstreningsavtaler lenger enn 18 måneder, uansett arbeidsevne.",
		grenser: []*grensedel{{maks: maneder(18), beskrivelse: "NAVs system godtar ikke arbeidstreningsavtaler lenger enn 18 måneder, uansett arbeidsevne."}}}}}

var praksisInkludering12 = &paragraf{id: "praksis-inkluderingstilskudd-12-mnd", kilde: tiltak.NAVPraksis, tittel: "Inkluderingstilskudd inntil 12 måneder",
	merknad: "inkluderingstilskudd inntil 12 måneder per avtale",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "NAVs system godtar avtaler om inkluderingstilskudd til og med start + 12 måneder (uten å trekke fra én dag).",
		grenser: []*grensedel{{maks: maneder(12), utenMinusEnDag: true,
			beskrivelse: "NAVs system godtar avtaler om inkluderingstilskudd til og med start + 12 måneder (uten å trekke fra én dag)."}}}}}

var praksisFunksjonsassistanse = &paragraf{id: "praksis-funksjonsassistanse-ett-ar", kilde: tiltak.NAVPraksis, tittel: "Funksjonsassistanse ett år om gangen",
	merknad: "funksjonsassistanse innvilges for ett år om gangen",
	versjoner: []*versjon{{fra: tfIKraft, fraUkjent: true, endretVed: "NAV-side", bevis: Sekundaer,
		innhold: "NAV innvilger funksjonsassistanse for ett år om gangen og vurderer behovet årlig (NAVs side).",
		grenser: []*grensedel{{maks: ar(1), beskrivelse: "NAV innvilger funksjonsassistanse for ett år om gangen og vurderer behovet årlig (NAVs side)."}},
		frister: []*fristdel{{maneder: 12, typ: Gjennomgang, beskrivelse: "Behovet vurderes årlig; funksjonsassistanse innvilges for ett år om gangen (NAVs praksis)."}}}}}

var praksisSommerjobbSlutt = &paragraf{id: "praksis-sommerjobb-slutt-27-sep", kilde: tiltak.NAVPraksis, tittel: "Sommerjobb slutter senest 27. september",
	merknad: "sommerjobb slutter senest 27. september",
	versjoner: []*versjon{{fra: sommerFr, endretVed: "NAV-kode", bevis: PraksisKode,
		innhold: "NAVs system krever at en sommerjobb slutter senest 27. september i sluttåret.",
		grenser: []*grensedel{{sluttManed: time.September, sluttDag: 27, beskrivelse: "NAVs system krever at en sommerjobb slutter senest 27. september i sluttåret."}}}}}

// grensedel er en praksisgrense for varighet.
type grensedel struct {
	versjon        *versjon
	gjelder        []tiltak.Kode
	maks           tiltak.Lengde
	utenMinusEnDag bool
	sluttManed     time.Month
	sluttDag       int
	sisteStart     tiltak.Dato
	beskrivelse    string
}

// Praksisgrense er en grense NAVs systemer setter for varigheten av et
// tiltak ut over det forskriften sier.
type Praksisgrense struct {
	ID          string         `json:"id,omitempty"`
	Hjemmel     tiltak.Hjemmel `json:"hjemmel,omitzero"`
	Beskrivelse string         `json:"beskrivelse,omitempty"`
	// Maks er største varighet per avtale eller vedtak, eller null.
	Maks tiltak.Lengde `json:"maks,omitzero"`
	// UtenMinusEnDag: siste dag er start + Maks, ikke start + Maks − 1 dag.
	UtenMinusEnDag bool `json:"uten_minus_en_dag,omitempty"`
	// SluttManed og SluttDag er seneste sluttdag i sluttåret, eller 0.
	SluttManed time.Month `json:"slutt_maned,omitzero"`
	SluttDag   int        `json:"slutt_dag,omitempty"`
	// SisteStart er seneste startdato for en ny avtale, eller null.
	SisteStart  tiltak.Dato `json:"siste_start,omitzero"`
	Uverifisert bool        `json:"uverifisert,omitempty"`
	// FraUkjent er sann når det ikke er kjent når praksisen begynte.
	FraUkjent bool `json:"fra_ukjent,omitempty"`
}

// Praksisgrenser gir NAVs praksisgrenser for varigheten av tiltaket for en
// avtale som starter på datoen (en ny skive; tom når det ikke er noen).
func Praksisgrenser(kode tiltak.Kode, start tiltak.Dato) ([]Praksisgrense, error) {
	t, err := finnTiltak(kode)
	if err != nil {
		return nil, err
	}
	return appendPraksisgrenser(nil, t.def, start), nil
}

// appendPraksisgrenser legger tiltakets praksisgrenser for en avtale som
// starter på start til dst.
func appendPraksisgrenser(dst []Praksisgrense, def *tiltaksdef, start tiltak.Dato) []Praksisgrense {
	for _, p := range def.praksisgrenser {
		v := p.pa(start)
		if v == nil {
			continue
		}
		for _, g := range v.grenser {
			if len(g.gjelder) > 0 && !inneholder(g.gjelder, def.kode) {
				continue
			}
			dst = append(dst, Praksisgrense{ID: p.id, Hjemmel: v.hjemmel(), Beskrivelse: g.beskrivelse, Maks: g.maks, UtenMinusEnDag: g.utenMinusEnDag,
				SluttManed: g.sluttManed, SluttDag: g.sluttDag, SisteStart: g.sisteStart, Uverifisert: v.bevis.Uverifisert(),
				FraUkjent: v.fraUkjent})
		}
	}
	return dst
}
