package tilskudd

import (
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Hjemlene i pakken. Alt som står i forskriftene (prosenter, trinn, tak,
// refusjonsgrunnlag, hva et tilskudd dekker, datoene reglene gjelder fra)
// leses fra lovlaget i pakken regler. Her står bare det som ikke er
// forskrift: NAVs praksis slik NAVs systemer regner, og lovbestemmelser
// utenfor forskriftene (grunnbeløpet). Verdiene er uten
// eksporterte variabler; Regler gir dem som data.
var (
	// hjemmelGrunnbelop er grunnbeløpet i folketrygden (G); verdiene i
	// tabellen er fra NAVs kode.
	hjemmelGrunnbelop = tiltak.Hjemmel{ID: "ftrl-1-4-grunnbelop", Kilde: tiltak.Folketrygdloven, Paragraf: "1-4", Merknad: "verdiene fra NAVs kode; paragrafnummeret ikke verifisert i lovteksten"}

	// praksisKostnadskjede er NAVs rekkefølge for lønnskostnaden ved
	// avtaleinngåelse (nav-praksis § 3a).
	praksisKostnadskjede = tiltak.PraksisNAV("praksis-kostnadskjede", "feriepenger → OTP → arbeidsgiveravgift, én avrunding av tilleggene")
	// praksisProsentavrunding er NAVs avrunding av prosentsteget med
	// flyttall (Math.round), nav-praksis § 3e.
	praksisProsentavrunding = tiltak.PraksisNAV("praksis-prosent-avrunding", "Math.round av lønnskostnad × prosent/100.0 i double")
	// praksisInnsatsgruppe er NAVs utledning av nedsatt arbeidsevne (og
	// dermed prosenten) fra innsatsgruppen: den samme hjemmelen
	// varighet.Arbeidsevne gir, så satsplanen og varigheten navngir den
	// likt.
	praksisInnsatsgruppe = func() tiltak.Hjemmel {
		_, h := varighet.Arbeidsevne(&tiltak.Fakta{Innsatsgruppe: tiltak.JobbeDelvis}, regler.Valg{MedPraksis: true})
		return h
	}()
	// praksisTrinndato er NAVs regel for nedtrappingsdatoer: en dato etter
	// sluttdatoen faller bort, en dato lik sluttdatoen beholdes.
	praksisTrinndato = tiltak.PraksisNAV("praksis-trinndato", "nedtrappingsdato ≤ sluttdato beholdes")
	// praksisTilskuddsperioder er NAVs deling i tilskuddsperioder: ved hver
	// trinndato og per kalendermåned, nummerert 1..n.
	praksisTilskuddsperioder = tiltak.PraksisNAV("praksis-tilskuddsperioder", "deling ved trinndato og per kalendermåned")
	// praksisForholdsmessig er NAVs forholdsmessige beløp for en del av en
	// måned: dager × månedsbeløp ÷ 30,4375.
	praksisForholdsmessig = tiltak.PraksisNAV("praksis-forholdsmessig", "dager × månedsbeløp / 30,4375, avrundet halvt opp")
	// praksisRefusjon er NAVs beregning av refusjon for en oppgjort periode
	// (nav-praksis § 3d).
	praksisRefusjon = tiltak.PraksisNAV("praksis-refusjon", "refusjon fra faktisk lønn med tak")
	// praksis5GDato er NAVs oppslag av G på periodens første dag.
	praksis5GDato = tiltak.PraksisNAV("praksis-5g-dato", "G slås opp på tilskuddsperiodens første dag")
	// praksisMentorTimelonn er NAVs omregning til timelønn for mentor.
	praksisMentorTimelonn = tiltak.PraksisNAV("praksis-mentor-timelonn", "1950 timer i året, skalert med stillingsprosent")
	// praksisStillingsprosent er NAVs omregning av lønnen til 100 % stilling.
	praksisStillingsprosent = tiltak.PraksisNAV("praksis-stillingsprosent-100", "månedslønn × 100 / stillingsprosent, halvt opp")
)

// Regel er én regel pakken regner med, med hjemmelen den bygger på.
type Regel struct {
	ID          string         `json:"id"`          // hjemmelens id (paragrafversjonen i lovlaget, eller praksiskilden)
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`     // hjemmelen
	Beskrivelse string         `json:"beskrivelse"` // hva regelen gjør, på norsk
	Funksjon    string         `json:"funksjon"`    // funksjonen eller tabellen i pakken som bruker regelen
	Praksis     bool           `json:"praksis"`     // regelen bygger på NAVs praksis, ikke på forskriftstekst
	Uverifisert bool           `json:"uverifisert"` // ordlyd, paragraf eller dato er ikke verifisert i en primærkilde
}

// praksisregler er reglene pakken har fra NAVs praksis og fra kilder utenfor
// forskriftene.
var praksisregler = [...]Regel{
	{hjemmelGrunnbelop.ID, hjemmelGrunnbelop, "grunnbeløpet G per 1. mai 2015–2026", "Grunnbelop, G, Satser", false, false},
	{praksisKostnadskjede.ID, praksisKostnadskjede, "månedlig lønnskostnad og tilskudd ved avtaletidspunktet", "BeregnManed", true, false},
	{praksisProsentavrunding.ID, praksisProsentavrunding, "NAVs flyttallsavrunding av prosentsteget", "AvrundingNAV", true, false},
	{praksisInnsatsgruppe.ID, praksisInnsatsgruppe, "nedsatt arbeidsevne og prosenten utledes av innsatsgruppen når arbeidsevnen ikke er oppgitt", "NySatsplan", true, false},
	{praksisTrinndato.ID, praksisTrinndato, "nedtrappingsdato etter sluttdato faller bort, lik sluttdato beholdes", "NySatsplan", true, false},
	{praksisTilskuddsperioder.ID, praksisTilskuddsperioder, "tilskuddsperioder per kalendermåned, delt ved trinndatoer", "Tilskuddsperioder", true, false},
	{praksisForholdsmessig.ID, praksisForholdsmessig, "del av måned betales med dager × månedsbeløp / 30,4375", "BelopForPeriode", true, false},
	{praksisRefusjon.ID, praksisRefusjon, "refusjon fra faktisk utbetalt lønn, med tak og fratrekk", "BeregnRefusjon", true, false},
	{praksis5GDato.ID, praksis5GDato, "G på periodens første dag", "BeregnRefusjon", true, false},
	{praksisMentorTimelonn.ID, praksisMentorTimelonn, "mentorens timelønn fra års-, måneds-, uke-, dags- eller timelønn", "MentorTimelonn", true, false},
	{praksisStillingsprosent.ID, praksisStillingsprosent, "lønn omregnet til 100 % stilling", "Manedslonn100", true, false},
	{praksisInntektslinjer.ID, praksisInntektslinjer, "hvilke linjer i a-meldingen som er lønn og ferietrekk i en refusjon", "BeregnRefusjon (inntektslinjer)", true, false},
}

// Regler gir reglene pakken regner med, i fast rekkefølge: hver
// satsregel i lovlaget for hvert tiltak (regler.Satsversjoner), med
// refusjonsgrunnlaget den regnes av, deretter NAVs praksis og kildene
// utenfor forskriftene, og til slutt reglene om fribeløpet i
// inntektsgrensen for uføretrygd (regler.Fribelopsversjoner). Skiven er
// ny hver gang.
func Regler() []Regel {
	var ut []Regel
	sett := map[string]bool{}
	legg := func(r Regel) {
		if !sett[r.ID] {
			sett[r.ID] = true
			ut = append(ut, r)
		}
	}
	for _, k := range tiltak.Koder() {
		l, _ := regler.Satsversjoner(k)
		for _, s := range l {
			legg(Regel{ID: s.ID(), Hjemmel: s.Hjemmel(), Beskrivelse: s.Type().String() + " for " + k.Navn(),
				Funksjon: satsfunksjon(s.Type()), Praksis: s.Hjemmel().ErPraksis(), Uverifisert: s.Uverifisert()})
			if g, ok := s.Grunnlag(); ok {
				legg(Regel{ID: g.Hjemmel.ID + "/grunnlag", Hjemmel: g.Hjemmel, Beskrivelse: "refusjonsgrunnlaget for " + k.Navn(),
					Funksjon: "BeregnManed, BeregnRefusjon", Uverifisert: g.Uverifisert})
			}
		}
	}
	for _, r := range praksisregler {
		legg(r)
	}
	for _, r := range regler.Fribelopsversjoner() {
		legg(Regel{ID: r.ID, Hjemmel: r.Hjemmel, Beskrivelse: "inntektsgrensen for uføretrygd: " + r.Beskrivelse,
			Funksjon: "Inntektsgrense, VurderUforeInntekt", Uverifisert: r.Uverifisert})
	}
	return ut
}

func satsfunksjon(t regler.Satstype) string {
	switch t {
	case regler.FastProsent, regler.MaksProsent, regler.Timelonn:
		return "NySatsplan, BeregnAvtale"
	case regler.Manedssats:
		return "Satser (månedssatser)"
	}
	return "Dekker"
}
