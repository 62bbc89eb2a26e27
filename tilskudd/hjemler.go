package tilskudd

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Hjemlene reglene i pakken siterer. ID-en er id-en i paragrafindeksen
// (testdata/paragrafindeks-tilskudd.json). Hjemler med kilde NAVPraksis er
// praksis slik NAVs systemer regner, ikke forskriftstekst.
var (
	// HjemmelMidlertidig2016 er tiltaksforskriften § 9-5 slik den lød i 2016:
	// inntil 50 %, inntil 75 % ved nedsatt arbeidsevne, uten nedtrapping.
	HjemmelMidlertidig2016 = tiltak.TF("tf-9-5-sats-2016", "9-5", 0)
	// HjemmelMidlertidig er dagens regel for midlertidig lønnstilskudd:
	// 40 % med nedtrapping etter 6 måneder, 60 % med nedtrapping etter 12
	// måneder ved nedsatt arbeidsevne. Paragrafnummer og ordlyd er ikke
	// verifisert (sannsynligvis § 9-5 etter omnummereringen).
	HjemmelMidlertidig = tiltak.Hjemmel{ID: "tf-9-5-sats", Kilde: tiltak.Tiltaksforskriften,
		Merknad: "kapittel 9 etter omnummereringen; paragrafnummer og ordlyd ikke verifisert"}
	// HjemmelVarig er tiltaksforskriften § 10-7: inntil 75 % første år og
	// inntil 67 % deretter.
	HjemmelVarig = tiltak.TF("tf-10-7-sats", "10-7", 0)
	// Hjemmel5G er tiltaksforskriften § 10-7: refusjonen er begrenset til
	// 5 G per år.
	Hjemmel5G = tiltak.TF("tf-10-7-5g", "10-7", 0)
	// HjemmelSommerjobb er kapittel 8 om tilskudd til sommerjobb: 50 % eller
	// 75 %. Paragrafen og ordlyden er ikke verifisert.
	HjemmelSommerjobb = tiltak.Hjemmel{ID: "tf-8-sats", Kilde: tiltak.Tiltaksforskriften, Merknad: "kapittel 8, paragraf ikke verifisert"}
	// HjemmelMentor er tiltaksforskriften § 5-6: tilskuddet tilsvarer
	// mentorens ordinære timelønn for avtalt antall timer.
	HjemmelMentor = tiltak.TF("tf-5-6-mentor", "5-6", 0)
	// HjemmelRefusjonsgrunnlag9 er tiltaksforskriften § 9-4 (2016):
	// refusjonsgrunnlaget er lønn, feriepenger, arbeidsgiveravgift og OTP.
	HjemmelRefusjonsgrunnlag9 = tiltak.TF("tf-9-4-refusjonsgrunnlag", "9-4", 0)
	// HjemmelRefusjonsgrunnlag10 er tiltaksforskriften § 10-6: samme
	// refusjonsgrunnlag for varig lønnstilskudd.
	HjemmelRefusjonsgrunnlag10 = tiltak.TF("tf-10-6-refusjonsgrunnlag", "10-6", 0)
	// HjemmelInkluderingMaks er tiltaksforskriften § 11-4: faktiske kostnader
	// opp til en maksimalsats departementet fastsetter.
	HjemmelInkluderingMaks = tiltak.TF("tf-11-4-maks", "11-4", 0)
	// HjemmelVTASats er tiltaksforskriften § 14-8: fast månedlig sats per
	// plass (VTA i skjermet virksomhet og i ordinær virksomhet).
	HjemmelVTASats = tiltak.TF("tf-14-8-sats", "14-8", 0)
	// HjemmelAFTSats er tiltaksforskriften § 13-7 (fra 1. januar 2026): fast
	// månedlig sats per godkjent plass.
	HjemmelAFTSats = tiltak.TF("tf-13-7-sats", "13-7", 0)
	// HjemmelFirearig er forsøksforskriften for fireårig lønnstilskudd.
	// Teksten er ikke lest; satsene 70/60/50/35 % er fra NAVs kode.
	HjemmelFirearig = tiltak.Hjemmel{ID: "praksis-firearig-sats", Kilde: tiltak.Firearigforskriften, Merknad: "satser fra NAVs kode; forskriftsteksten er ikke lest"}
	// HjemmelGrunnbelop er grunnbeløpet i folketrygden (G), med verdier
	// fra NAVs kode.
	HjemmelGrunnbelop = tiltak.Hjemmel{ID: "ftrl-1-4-grunnbelop", Kilde: tiltak.Folketrygdloven, Paragraf: "1-4", Merknad: "verdiene fra NAVs kode; paragrafnummeret ikke verifisert i lovteksten"}

	// PraksisKostnadskjede er NAVs rekkefølge for lønnskostnaden ved avtaleinngåelse
	// (nav-praksis § 3a).
	PraksisKostnadskjede = tiltak.PraksisNAV("praksis-kostnadskjede", "feriepenger → OTP → arbeidsgiveravgift, én avrunding av tilleggene")
	// PraksisProsentavrunding er NAVs avrunding av prosentsteget med
	// flyttall (Math.round), nav-praksis § 3e.
	PraksisProsentavrunding = tiltak.PraksisNAV("praksis-prosent-avrunding", "Math.round av lønnskostnad × prosent/100.0 i double")
	// PraksisInnsatsgruppe er NAVs utledning av prosenten for midlertidig
	// lønnstilskudd fra innsatsgruppen.
	PraksisInnsatsgruppe = tiltak.PraksisNAV("praksis-midl-innsatsgruppe", "prosenten utledes av innsatsgruppen")
	// PraksisTrinndato er NAVs regel for nedtrappingsdatoer: en dato etter
	// sluttdatoen faller bort, en dato lik sluttdatoen beholdes.
	PraksisTrinndato = tiltak.PraksisNAV("praksis-trinndato", "nedtrappingsdato ≤ sluttdato beholdes")
	// PraksisTilskuddsperioder er NAVs deling i tilskuddsperioder: ved hver
	// trinndato og per kalendermåned, nummerert 1..n.
	PraksisTilskuddsperioder = tiltak.PraksisNAV("praksis-tilskuddsperioder", "deling ved trinndato og per kalendermåned")
	// PraksisForholdsmessig er NAVs forholdsmessige beløp for en del av en
	// måned: dager × månedsbeløp ÷ 30,4375.
	PraksisForholdsmessig = tiltak.PraksisNAV("praksis-forholdsmessig", "dager × månedsbeløp / 30,4375, avrundet halvt opp")
	// PraksisRefusjon er NAVs beregning av refusjon for en oppgjort periode
	// (nav-praksis § 3d).
	PraksisRefusjon = tiltak.PraksisNAV("praksis-refusjon", "refusjon fra faktisk lønn med tak")
	// Praksis5GDato er NAVs oppslag av G på periodens første dag og at
	// 5G-taket også gjelder fireårig lønnstilskudd.
	Praksis5GDato = tiltak.PraksisNAV("praksis-5g-dato", "G slås opp på tilskuddsperiodens første dag; 5G også for fireårig")
	// PraksisMentorTimelonn er NAVs omregning til timelønn for mentor.
	PraksisMentorTimelonn = tiltak.PraksisNAV("praksis-mentor-timelonn", "1950 timer i året, skalert med stillingsprosent")
	// PraksisStillingsprosent er NAVs omregning av lønnen til 100 % stilling.
	PraksisStillingsprosent = tiltak.PraksisNAV("praksis-stillingsprosent-100", "månedslønn × 100 / stillingsprosent, halvt opp")

	// HjemmelPermitteringLonnstilskudd er direktoratets instruks 20. januar
	// 2021: lønnstilskuddet opphører fra datoen permitteringen trer i kraft.
	HjemmelPermitteringLonnstilskudd = tiltak.Hjemmel{ID: "seed000-permittering-lonnstilskudd", Kilde: tiltak.Instruks2021, Merknad: "lønnstilskudd opphører ved permittering"}
	// HjemmelMentorStopp er direktoratets instruks 20. januar 2021:
	// mentortilskudd ytes ikke lenger når personen permitteres eller
	// arbeidsforholdet eller tiltaket avsluttes.
	HjemmelMentorStopp = tiltak.Hjemmel{ID: "seed000-mentor-stopp", Kilde: tiltak.Instruks2021, Merknad: "mentortilskudd opphører"}
	// HjemmelSommerjobbPermitterte er regelen om at sommerjobbtilskudd ikke
	// gis til virksomheter med permitterte ansatte (NAVs side; forskriftsteksten
	// er ikke verifisert).
	HjemmelSommerjobbPermitterte = tiltak.PraksisNAV("praksis-sommerjobb-permitterte", "ikke tilskudd til virksomhet med permitterte")
	// HjemmelUforegrenseSeed er veiledningen «Aktører og tiltak» (seed 004):
	// inntektsgrensen er 1 G for den som har fått VTA og 0,4 G for de fleste
	// andre.
	HjemmelUforegrenseSeed = tiltak.Hjemmel{ID: "seed004-uforegrense", Kilde: tiltak.VeilederAktorer, Merknad: "1 G ved VTA, ellers 0,4 G"}
	// HjemmelUforegrenseLov er folketrygdloven § 12-14 første ledd, der
	// regelen om inntektsgrensen står (ifølge Prop. 8 L (2025–2026); ikke
	// verifisert i lovteksten).
	HjemmelUforegrenseLov = tiltak.Hjemmel{ID: "ftrl-12-14", Kilde: tiltak.Folketrygdloven, Paragraf: "12-14", Ledd: 1, Merknad: "ikke verifisert i lovteksten"}
)

// Regel er én regel i pakken med hjemmelen den bygger på. Listen fra Regler
// binder koden til paragrafindeksen: hver regel siterer en id i indeksen, og
// testene sjekker at hver bestemmelse med emne tilskudd eller stopp har en
// regel.
type Regel struct {
	ID          string         `json:"id"`          // id i paragrafindeksen (lik Hjemmel.ID)
	Hjemmel     tiltak.Hjemmel `json:"hjemmel"`     // hjemmelen
	Beskrivelse string         `json:"beskrivelse"` // hva regelen gjør, på norsk
	Funksjon    string         `json:"funksjon"`    // funksjonen eller tabellen i pakken som bruker regelen
	Praksis     bool           `json:"praksis"`     // regelen bygger på NAVs kode (kilde NAVs praksis, eller forsøksforskriften lest gjennom NAVs kode), ikke på en tekst vi har lest
	Uverifisert bool           `json:"uverifisert"` // ordlyd, paragraf eller dato er ikke verifisert i en primærkilde
}

var regler = [...]Regel{
	{HjemmelMidlertidig2016.ID, HjemmelMidlertidig2016, "midlertidig lønnstilskudd etter 2016-teksten: inntil 50/75 %, uten nedtrapping", "NySatsplan", false, true},
	{HjemmelMidlertidig.ID, HjemmelMidlertidig, "midlertidig lønnstilskudd: 40 % → 30 % etter 6 måneder, 60 % → 50 % etter 12 måneder", "NySatsplan", false, true},
	{HjemmelVarig.ID, HjemmelVarig, "varig lønnstilskudd: avtalt sats inntil 75 % første år, inntil 67 % deretter", "NySatsplan", false, false},
	{Hjemmel5G.ID, Hjemmel5G, "refusjon for varig lønnstilskudd høyst 5 G per kalenderår", "BeregnRefusjon", false, false},
	{HjemmelSommerjobb.ID, HjemmelSommerjobb, "sommerjobb: nøyaktig 50 % eller 75 %, uten nedtrapping", "NySatsplan", false, true},
	{HjemmelMentor.ID, HjemmelMentor, "mentor: 100 % av lønnskostnaden for avtalte timer", "NySatsplan, MentorTimelonn", false, false},
	{HjemmelRefusjonsgrunnlag9.ID, HjemmelRefusjonsgrunnlag9, "refusjonsgrunnlag: lønn + feriepenger + arbeidsgiveravgift + OTP", "BeregnManed, BeregnRefusjon", false, false},
	{HjemmelRefusjonsgrunnlag10.ID, HjemmelRefusjonsgrunnlag10, "refusjonsgrunnlag for varig lønnstilskudd som for midlertidig", "BeregnManed, BeregnRefusjon", false, false},
	{HjemmelInkluderingMaks.ID, HjemmelInkluderingMaks, "inkluderingstilskudd: sum av utgifter høyst maksimalsatsen", "InkluderingstilskuddMaks, SjekkInkluderingstilskudd", false, false},
	{HjemmelVTASats.ID, HjemmelVTASats, "VTA og VTAO: fast månedlig sats per plass", "VTASats, VTAOSats, VTAOTilskuddsperioder", false, false},
	{HjemmelAFTSats.ID, HjemmelAFTSats, "AFT: fast månedlig sats per plass", "AFTSats", false, false},
	{HjemmelFirearig.ID, HjemmelFirearig, "fireårig lønnstilskudd: 70/60/50/35 % per år", "NySatsplan", true, true},
	{HjemmelGrunnbelop.ID, HjemmelGrunnbelop, "grunnbeløpet G per 1. mai 2015–2026", "Grunnbelop, G, Satser", false, false},
	{PraksisKostnadskjede.ID, PraksisKostnadskjede, "månedlig lønnskostnad og tilskudd ved avtaletidspunktet", "BeregnManed", true, false},
	{PraksisProsentavrunding.ID, PraksisProsentavrunding, "NAVs flyttallsavrunding av prosentsteget", "AvrundingNAV", true, false},
	{PraksisInnsatsgruppe.ID, PraksisInnsatsgruppe, "prosenten for midlertidig lønnstilskudd utledes av innsatsgruppen", "NySatsplan", true, false},
	{PraksisTrinndato.ID, PraksisTrinndato, "nedtrappingsdato etter sluttdato faller bort, lik sluttdato beholdes", "NySatsplan", true, false},
	{PraksisTilskuddsperioder.ID, PraksisTilskuddsperioder, "tilskuddsperioder per kalendermåned, delt ved trinndatoer", "Tilskuddsperioder", true, false},
	{PraksisForholdsmessig.ID, PraksisForholdsmessig, "del av måned betales med dager × månedsbeløp / 30,4375", "BelopForPeriode", true, false},
	{PraksisRefusjon.ID, PraksisRefusjon, "refusjon fra faktisk utbetalt lønn, med tak og fratrekk", "BeregnRefusjon", true, false},
	{Praksis5GDato.ID, Praksis5GDato, "G på periodens første dag; 5G-tak også for fireårig", "BeregnRefusjon", true, false},
	{PraksisMentorTimelonn.ID, PraksisMentorTimelonn, "mentorens timelønn fra års-, måneds-, uke-, dags- eller timelønn", "MentorTimelonn", true, false},
	{PraksisStillingsprosent.ID, PraksisStillingsprosent, "lønn omregnet til 100 % stilling", "Manedslonn100", true, false},
	{HjemmelPermitteringLonnstilskudd.ID, HjemmelPermitteringLonnstilskudd, "lønnstilskudd opphører fra permitteringsdatoen", "Stopp", false, true},
	{HjemmelMentorStopp.ID, HjemmelMentorStopp, "mentortilskudd opphører ved permittering eller når arbeidsforhold eller tiltak avsluttes", "Stopp", false, true},
	{HjemmelSommerjobbPermitterte.ID, HjemmelSommerjobbPermitterte, "sommerjobbtilskudd gis ikke når arbeidsgiveren har permitterte", "SommerjobbKanInnvilges", true, true},
	{HjemmelUforegrenseSeed.ID, HjemmelUforegrenseSeed, "inntektsgrense for uføretrygdede: 1 G ved VTA, ellers 0,4 G", "UforeInntektsgrense, VurderUforeInntekt", false, false},
	{HjemmelUforegrenseLov.ID, HjemmelUforegrenseLov, "inntektsgrensen står i folketrygdloven", "UforeInntektsgrense", false, true},
	{HjemmelFunksjonsassistanse.ID, HjemmelFunksjonsassistanse, "funksjonsassistanse: hvilke kostnader tilskuddet dekker", "Dekker", false, false},
	{HjemmelOpplaering.ID, HjemmelOpplaering, "opplæring: hvilke kostnader tilskuddet dekker (fra 2025-07-01)", "Dekker", false, false},
	{HjemmelInkluderingKostnader.ID, HjemmelInkluderingKostnader, "inkluderingstilskudd: hvilke merkostnader som dekkes", "Dekker", false, false},
	{HjemmelLonnsbegrep9v2016.ID, HjemmelLonnsbegrep9v2016, "midlertidig lønnstilskudd til 2019-06-30: overtid og andre variable tillegg er ikke lønn i refusjonsgrunnlaget", "BeregnRefusjon (inntektslinjer)", false, false},
	{HjemmelLonnsbegrep9.ID, HjemmelLonnsbegrep9, "midlertidig lønnstilskudd: overtid og andre variable tillegg er ikke lønn i refusjonsgrunnlaget", "BeregnRefusjon (inntektslinjer)", false, false},
	{HjemmelLonnsbegrep8.ID, HjemmelLonnsbegrep8, "sommerjobb: overtid og andre variable tillegg er ikke lønn i refusjonsgrunnlaget", "BeregnRefusjon (inntektslinjer)", false, false},
	{HjemmelLonnsbegrep10.ID, HjemmelLonnsbegrep10, "varig lønnstilskudd: overtid og variable tillegg er ikke lønn i refusjonsgrunnlaget", "BeregnRefusjon (inntektslinjer)", false, false},
	{PraksisInntektslinjer.ID, PraksisInntektslinjer, "hvilke linjer i a-meldingen som er lønn og ferietrekk i en refusjon", "BeregnRefusjon (inntektslinjer)", true, false},
}

// Regler gir alle reglene i pakken med hjemmel, i fast rekkefølge. Skiven er
// en ny kopi hver gang; kalleren kan endre den fritt.
func Regler() []Regel {
	ut := make([]Regel, len(regler))
	copy(ut, regler[:])
	return ut
}
