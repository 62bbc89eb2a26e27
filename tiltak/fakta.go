package tiltak

import (
	"encoding/json"
	"errors"
	"strings"
)

// ErrUgyldigFaktum er feilen bak et faktum som ikke kan tolkes eller ikke
// henger sammen (for eksempel en fødselsdato etter registreringsdatoen). Den
// konkrete feilen er en *FeltFeil som navngir faktumet.
var ErrUgyldigFaktum = errors.New("ugyldig faktum")

// Fakta er det en saksbehandler, et skjema eller et annet system vet om en
// person (og om arbeidsforholdet der det trengs) på vurderingsdatoen.
//
// Hvert felt kan være ukjent, og nullverdien av hvert felt betyr ukjent:
// en null Dato, Svar Ukjent, Arbeidsevne ArbeidsevneUkjent og så videre.
// Reglene tolker aldri et ukjent faktum som «nei»; de svarer «må vurderes» og
// navngir faktumet som mangler. Nye fakta legges til som nye felt, så kode som
// bygger Fakta med feltnavn fortsetter å virke.
//
// Skjønnsfaktaene (NodvendigOgHensiktsmessig, AndreTiltakVurdert og de andre
// som er merket skjønn) kan ikke beregnes: de oppgis av saksbehandleren.
type Fakta struct {
	// Fodselsdato er personens fødselsdato.
	Fodselsdato Dato `json:"fodselsdato,omitzero"`
	// Arbeidsevne er NAVs vurdering av arbeidsevnen.
	Arbeidsevne Arbeidsevne `json:"arbeidsevne,omitempty"`
	// Innsatsgruppe er gruppen i vedtaket etter arbeids- og
	// velferdsforvaltningsloven § 14 a.
	Innsatsgruppe Innsatsgruppe `json:"innsatsgruppe,omitempty"`
	// Uforetrygd sier om personen mottar eller venter uføretrygd.
	Uforetrygd Uforetrygd `json:"uforetrygd,omitempty"`
	// RegistrertDato er datoen personen ble registrert hos NAV.
	RegistrertDato Dato `json:"registrert_dato,omitzero"`
	// BistandsbehovFastslatt: NAV har fastslått et behov for bistand for å
	// komme i ordinært arbeid (§ 14 a-vedtak).
	BistandsbehovFastslatt Svar `json:"bistandsbehov_fastslatt,omitempty"`

	// Sykmeldt: personen er sykmeldt arbeidstaker.
	Sykmeldt Svar `json:"sykmeldt,omitempty"`
	// Sykefravaer12Mnd: personen har vært helt eller delvis sykmeldt i 12
	// måneder og står i fare for å falle ut av arbeidslivet.
	Sykefravaer12Mnd Svar `json:"sykefravaer_12_mnd,omitempty"`
	// AnsattHosArbeidsgiver: personen er allerede ansatt hos arbeidsgiveren
	// tiltaket gjelder (tiltaket skal beholde, ikke skaffe, arbeid).
	AnsattHosArbeidsgiver Svar `json:"ansatt_hos_arbeidsgiver,omitempty"`
	// PsykiskLidelseEllerRus: moderate til alvorlige psykiske lidelser
	// og/eller rusproblemer, med behandling i helse- og omsorgstjenesten.
	PsykiskLidelseEllerRus Svar `json:"psykisk_lidelse_eller_rus_i_behandling,omitempty"`
	// OppfolgingHelseEllerSammensatt: annen oppfølging fra helse- og
	// omsorgstjenesten eller sammensatte utfordringer (egenregiforskriften
	// § 3-1 andre ledd, etter direktoratets retningslinjer).
	OppfolgingHelseEllerSammensatt Svar `json:"oppfolging_helse_eller_sammensatte_utfordringer,omitempty"`
	// Samtykke: personen samtykker til å delta (individuell jobbstøtte).
	Samtykke Svar `json:"samtykke,omitempty"`
	// BehovOmfattendeBistand: behov for mer omfattende formidlings- og
	// oppfølgingsbistand enn NAV selv gir.
	BehovOmfattendeBistand Svar `json:"behov_omfattende_bistand,omitempty"`
	// BehovUtvidetAvklaring: behov for mer omfattende avklaring enn NAV selv kan gi.
	BehovUtvidetAvklaring Svar `json:"behov_utvidet_avklaring,omitempty"`
	// LiteArbeidserfaring: liten eller mangelfull arbeidserfaring.
	LiteArbeidserfaring Svar `json:"lite_arbeidserfaring,omitempty"`
	// VanskerMedArbeid: vansker med å komme inn på arbeidsmarkedet på
	// ordinære lønns- og arbeidsvilkår.
	VanskerMedArbeid Svar `json:"vansker_med_a_komme_i_arbeid,omitempty"`
	// BehovForKvalifisering: behov for kvalifisering på grunn av mangelfulle
	// kvalifikasjoner eller svake grunnleggende ferdigheter.
	BehovForKvalifisering Svar `json:"behov_for_kvalifisering,omitempty"`
	// SammensattBistandsbehov: sammensatt behov for bistand.
	SammensattBistandsbehov Svar `json:"sammensatt_bistandsbehov,omitempty"`
	// FysiskFunksjonsnedsettelseEllerBlind: omfattende fysisk
	// funksjonsnedsettelse, eller blind eller sterkt svaksynt.
	FysiskFunksjonsnedsettelseEllerBlind Svar `json:"fysisk_funksjonsnedsettelse_eller_blind,omitempty"`
	// BehovTilretteleggingOgTettOppfolging: behov for spesiell tilrettelegging
	// og tett oppfølging (VTA).
	BehovTilretteleggingOgTettOppfolging Svar `json:"behov_tilrettelegging_og_tett_oppfolging,omitempty"`
	// SaerligBehovTilrettelegging: særlig behov for tilrettelegging i den
	// konkrete jobben (inkluderingstilskudd).
	SaerligBehovTilrettelegging Svar `json:"saerlig_behov_tilrettelegging,omitempty"`
	// IUtdanning: personen deltar i opplæring eller utdanning.
	IUtdanning Svar `json:"i_utdanning,omitempty"`
	// OvergangSkoleEllerSoning: personen er i overgang fra skole eller fra
	// soning i institusjon til arbeid.
	OvergangSkoleEllerSoning Svar `json:"overgang_fra_skole_eller_soning,omitempty"`
	// OpplaeringFormellKompetanse: personen får opplæring med sikte på formell
	// kompetanse (AFT).
	OpplaeringFormellKompetanse Svar `json:"opplaering_mot_formell_kompetanse,omitempty"`
	// TilrettelagtFagOgYrkesopplaering: personen deltar i tilrettelagt fag- og
	// yrkesopplæring som opplæringstiltak (mentor).
	TilrettelagtFagOgYrkesopplaering Svar `json:"tilrettelagt_fag_og_yrkesopplaering,omitempty"`
	// KombinertLop: opplæringen er et kombinasjonsløp (bokstav b før eller
	// sammen med d, eller c før f), som gir inntil fire år.
	KombinertLop Svar `json:"kombinert_lop,omitempty"`
	// Stillingstype er fast eller midlertidig ansettelse (lønnstilskudd).
	Stillingstype Stillingstype `json:"stillingstype,omitempty"`
	// ArbeidsgiverHarPermitterte: arbeidsgiveren har permitterte ansatte.
	ArbeidsgiverHarPermitterte Svar `json:"arbeidsgiver_har_permitterte,omitempty"`
	// DeltarI er tiltakene personen deltar i eller skal delta i.
	DeltarI Tiltakssett `json:"deltar_i,omitzero"`

	// Skjønn: oppgis av saksbehandleren.

	// NodvendigOgHensiktsmessig: deltakelse er nødvendig og hensiktsmessig
	// for å skaffe eller beholde lønnet arbeid (tiltaksforskriften § 1-3).
	NodvendigOgHensiktsmessig Svar `json:"nodvendig_og_hensiktsmessig,omitempty"`
	// AndreTiltakVurdert: andre tiltak er vurdert og funnet uegnet.
	AndreTiltakVurdert Svar `json:"andre_tiltak_vurdert,omitempty"`
	// TidsbegrensedeTiltakForsokt: tidsbegrensede tiltak er prøvd eller
	// vurdert før varig lønnstilskudd.
	TidsbegrensedeTiltakForsokt Svar `json:"tidsbegrensede_tiltak_forsokt,omitempty"`
	// SaerligBehovMentor: særlig behov for mentorbistand.
	SaerligBehovMentor Svar `json:"saerlig_behov_for_mentor,omitempty"`
	// SaerligeGrunner: særlige grunner gjør at deltakeren ikke kan fullføre
	// innen ordinær varighet (opplæring bokstav d–f).
	SaerligeGrunner Svar `json:"saerlige_grunner,omitempty"`

	// Fakta lagt til etter første versjon står her, så numrene til de
	// eldre faktaene ikke endres.

	// SammensattePsykiskeProblemerEllerRus: ung med sammensatte psykiske
	// problemer eller rusutfordringer (egenregiforskriften § 3-6 tredje ledd).
	SammensattePsykiskeProblemerEllerRus Svar `json:"sammensatte_psykiske_problemer_eller_rus,omitempty"`
	// Fakta lagt til med lovlaget (tiltaksforskriften og egenregiforskriften
	// lest paragraf for paragraf): ett faktum for hvert vilkår tekstene stiller.

	// Arbeidstaker: personen er arbeidstaker (har et arbeidsforhold), slik at
	// tiltaksforskriften § 1-8 gjelder.
	Arbeidstaker Svar `json:"arbeidstaker,omitempty"`
	// TilretteleggingspliktOppfylt: arbeidsgiverens plikt til tilrettelegging
	// etter arbeidsmiljøloven § 4-2 (og § 4-6) er oppfylt.
	TilretteleggingspliktOppfylt Svar `json:"tilretteleggingsplikt_oppfylt,omitempty"`
	// OppfolgingsplanInnhentet: NAV har innhentet oppfølgingsplanen etter
	// arbeidsmiljøloven § 4-6 tredje ledd.
	OppfolgingsplanInnhentet Svar `json:"oppfolgingsplan_innhentet,omitempty"`
	// BedriftsinterneTiltakProvd: det er dokumentert at arbeidsgiveren har
	// gjennomført bedriftsinterne tiltak, eller at slike tiltak ikke er mulige.
	BedriftsinterneTiltakProvd Svar `json:"bedriftsinterne_tiltak_provd,omitempty"`
	// NaerstaendeAvArrangor: deltakeren er familiemedlem eller annen
	// nærstående av tiltaksarrangøren (tiltaksforskriften § 1-6 tredje ledd).
	NaerstaendeAvArrangor Svar `json:"naerstaende_av_arrangor,omitempty"`
	// SaerligeGrunnerNaerstaende (skjønn): særlige grunner gjør at
	// tiltaksarrangøren likevel kan få tilskudd for en nærstående.
	SaerligeGrunnerNaerstaende Svar `json:"saerlige_grunner_naerstaende,omitempty"`
	// ForetakIVansker: virksomheten som får tilskuddet, er et foretak i
	// vanskeligheter (vanskeligstilt bedrift).
	ForetakIVansker Svar `json:"foretak_i_vansker,omitempty"`
	// UtestaendeTilbakebetalingskrav: virksomheten har et utestående krav om
	// tilbakebetaling etter vedtak om ulovlig offentlig støtte.
	UtestaendeTilbakebetalingskrav Svar `json:"utestaende_tilbakebetalingskrav,omitempty"`
	// MentorNodvendig (skjønn): mentor er nødvendig for at personen med
	// nedsatt arbeidsevne skal få eller beholde lønnet arbeid i en ordinær
	// virksomhet (tiltaksforskriften § 5-3).
	MentorNodvendig Svar `json:"mentor_nodvendig_for_arbeid,omitempty"`
	// FagopplaeringIOpplaeringstiltak: arbeidssøkeren gjennomfører
	// fagopplæring som en del av et opplæringstiltak (tiltaksforskriften
	// § 5-3 første ledd andre punktum, 2018 til juli 2025).
	FagopplaeringIOpplaeringstiltak Svar `json:"fagopplaering_i_opplaeringstiltak,omitempty"`
	// AvvikendeUtdanningssituasjon: på grunn av sykdom, skade eller lyte er
	// personen i en utdanningssituasjon som avviker vesentlig fra den annen
	// ungdom er i (tiltaksforskriften § 7-3 i 2016-teksten).
	AvvikendeUtdanningssituasjon Svar `json:"avvikende_utdanningssituasjon,omitempty"`
	// UtenRettTilOpplaering: personen står uten rett til opplæring etter
	// opplæringsloven eller i introduksjonsordningen.
	UtenRettTilOpplaering Svar `json:"uten_rett_til_opplaering,omitempty"`
	// BehovsvurderingGjennomfort: NAV har gjennomført en behovs- eller
	// arbeidsevnevurdering av personen (arbeids- og velferdsforvaltningsloven
	// § 14 a).
	BehovsvurderingGjennomfort Svar `json:"behovsvurdering_gjennomfort,omitempty"`
	// ArbeidsevnevurderingVarigTiltak: NAVs arbeidsevnevurdering har fastslått
	// at personen har varig nedsatt arbeidsevne og behov for et varig tiltak
	// (tiltaksforskriften § 10-4 andre ledd).
	ArbeidsevnevurderingVarigTiltak Svar `json:"arbeidsevnevurdering_varig_tiltak,omitempty"`
	// HelseEllerSosialeArsaker: den nedsatte arbeidsevnen skyldes
	// helsemessige eller sosiale årsaker.
	HelseEllerSosialeArsaker Svar `json:"helse_eller_sosiale_arsaker,omitempty"`
	// GradvisSvekketArbeidsevne: personen har en sykdomstilstand der
	// arbeidsevnen gradvis svekkes, og sykmelding er ikke påkrevd
	// (tiltaksforskriften § 10-3 andre ledd fra 2018).
	GradvisSvekketArbeidsevne Svar `json:"gradvis_svekket_arbeidsevne,omitempty"`
	// ProblemerMedSommerjobb: personen har problemer med å få sommerjobb uten
	// tilskudd fra NAV (tiltaksforskriften § 8-3).
	ProblemerMedSommerjobb Svar `json:"problemer_med_a_fa_sommerjobb,omitempty"`
	// HeltPermittert: den ansatte er helt permittert.
	HeltPermittert Svar `json:"helt_permittert,omitempty"`
	// BedriftIOmstilling: bedriften har omstillingsproblemer og må endre
	// produksjonen vesentlig eller etablere seg på nye markeder (bedriftsintern
	// opplæring).
	BedriftIOmstilling Svar `json:"bedrift_i_omstilling,omitempty"`
	// TilretteleggingsOgOppfolgingsavtale: personen er omfattet av en særlig
	// tilretteleggings- og oppfølgingsavtale med NAV (inkluderingstilskudd,
	// 2016-teksten).
	TilretteleggingsOgOppfolgingsavtale Svar `json:"tilretteleggings_og_oppfolgingsavtale,omitempty"`
	// IndividuellFormidlingsbistand: personen ansettes som følge av
	// individuell formidlingsbistand fra NAV (inkluderingstilskudd,
	// 2016-teksten).
	IndividuellFormidlingsbistand Svar `json:"ansatt_etter_individuell_formidlingsbistand,omitempty"`
	// ForskriftsfestetForsok: virksomheten er med i et forskriftsfestet forsøk
	// i ordinært arbeidsliv i regi av NAV.
	ForskriftsfestetForsok Svar `json:"i_forskriftsfestet_forsok,omitempty"`
	// UsikreYrkesmessigeForutsetninger: personen har særlig usikre
	// yrkesmessige forutsetninger (arbeidsforberedende trening).
	UsikreYrkesmessigeForutsetninger Svar `json:"saerlig_usikre_yrkesmessige_forutsetninger,omitempty"`
	// NavKontorIForsok: personens NAV-kontor er med i forsøket med fireårig
	// lønnstilskudd (forsøksforskriften § 2).
	NavKontorIForsok Svar `json:"nav_kontor_i_forsok,omitempty"`
	// FullfortVideregaende: personen har fullført videregående opplæring.
	FullfortVideregaende Svar `json:"fullfort_videregaende,omitempty"`
	// PraksisnaerOpplaering: deltakeren får praksisnær opplæring i samarbeid med
	// kommunen eller fylkeskommunen (tiltaksforskriften § 7-4 i 2016-teksten).
	PraksisnaerOpplaering Svar `json:"praksisnaer_opplaering_med_kommunen,omitempty"`
	// SterkeProblemerUtdanning: sterke sosiale eller helsemessige problemer gjør
	// at deltakeren ikke kan gjennomføre utdanningen innen tre år
	// (tiltaksforskriften § 7-4 i 2016-teksten).
	SterkeProblemerUtdanning Svar `json:"sterke_problemer_utdanning,omitempty"`
	// OpplaeringTilleggOgFrivillig: den bedriftsinterne opplæringen kommer i
	// tillegg til bedriftens ordinære opplæring, har ingen bindingstid og er
	// ikke obligatorisk for å oppfylle nasjonale krav (tiltaksforskriften § 8-2
	// i 2016-teksten).
	OpplaeringTilleggOgFrivillig Svar `json:"bio_opplaering_i_tillegg_og_frivillig,omitempty"`
	// UtgifterDekketAnnetSted: utgiftene tilskuddet skal dekke, dekkes allerede
	// gjennom andre tilskudd eller tilskuddsordninger.
	UtgifterDekketAnnetSted Svar `json:"utgifter_dekket_av_annen_ordning,omitempty"`
	// TilretteleggingKlarlagt: deltakeren og arbeidsgiveren har klarlagt mulig
	// tilrettelegging og aktuelle hjelpemidler før behovet for
	// funksjonsassistent vurderes (tiltaksforskriften § 6-6).
	TilretteleggingKlarlagt Svar `json:"tilrettelegging_og_hjelpemidler_klarlagt,omitempty"`
	// OnskerArbeidEllerUtdanning: personen ønsker å komme i ordinært arbeid
	// og/eller opplæring eller utdanning (egenregiforskriften § 3-1 fra 1.
	// september 2026).
	OnskerArbeidEllerUtdanning Svar `json:"onsker_arbeid_eller_utdanning,omitempty"`
	// DroftetMedAnsattesRepresentanter: opprettelsen av tiltaksplassen er
	// drøftet med de ansattes representanter i virksomheten.
	DroftetMedAnsattesRepresentanter Svar `json:"droftet_med_ansattes_representanter,omitempty"`
	// OppfolgingsbehovHoyst1Til5: personens oppfølgingsbehov er høyst omtrent
	// 1:5 (én veileder per fem deltakere), slik veiledningen «Aktører og tiltak»
	// sier om VTA.
	OppfolgingsbehovHoyst1Til5 Svar `json:"oppfolgingsbehov_hoyst_1_til_5,omitempty"`
	// OppfolgingHensiktsmessig: saksbehandleren har vurdert at oppfølging i
	// tillegg til arbeidstrening eller lønnstilskudd er hensiktsmessig
	// (veiledningen «Aktører og tiltak», seed 004).
	OppfolgingHensiktsmessig Svar `json:"oppfolging_hensiktsmessig,omitempty"`
}

// Valider sjekker at faktaene henger sammen: hvert enum-felt (Svar,
// Arbeidsevne, Innsatsgruppe, Uforetrygd, Stillingstype) har en av typens
// verdier (en verdi som Arbeidsevne(200) kan bare lages i Go, og kan verken
// vurderes eller skrives som JSON), datoer i rimelig område (1900–2200) og
// fødselsdato ikke etter registreringsdato. Feilen er en *FeltFeil som
// navngir feltet med JSON-navnet og pakker ErrUgyldigFaktum. Ukjente fakta
// er aldri en feil.
func (f *Fakta) Valider() error {
	if err := f.validerVerdier(); err != nil {
		return err
	}
	for _, d := range [...]struct {
		felt string
		dato Dato
	}{{"fodselsdato", f.Fodselsdato}, {"registrert_dato", f.RegistrertDato}} {
		if !d.dato.IsZero() && (d.dato.Aar() < 1900 || d.dato.Aar() > 2200) {
			return &FeltFeil{Felt: d.felt, Verdi: d.dato.String(), Grunn: "året må være mellom 1900 og 2200", Err: ErrUgyldigFaktum}
		}
	}
	if !f.Fodselsdato.IsZero() && !f.RegistrertDato.IsZero() && f.RegistrertDato.Before(f.Fodselsdato) {
		return &FeltFeil{Felt: "registrert_dato", Verdi: f.RegistrertDato.String(), Grunn: "er før fødselsdatoen " + f.Fodselsdato.String(), Err: ErrUgyldigFaktum}
	}
	return nil
}

// Tiltakssett er en mengde tiltak fra katalogen, for eksempel tiltakene en
// person deltar i. Nullverdien er ukjent (ingen har sagt noe); et kjent, tomt
// sett lages med TomtTiltakssett(). Settet er en liten verdi uten pekere.
type Tiltakssett struct {
	bits  uint64
	kjent bool
}

// TomtTiltakssett gir det kjente, tomme settet: personen deltar ikke i
// noe tiltak (nullverdien er ukjent).
func TomtTiltakssett() Tiltakssett { return Tiltakssett{kjent: true} }

// NyttTiltakssett gir et kjent sett med de gitte tiltakene (uten koder: det
// kjente, tomme settet). En kode som ikke er i katalogen, gir en
// *FeltFeil for den første av dem (feltet "tiltak", ErrUkjentTiltak) og et
// ukjent sett: en ukjent kode blir aldri stille borte.
func NyttTiltakssett(koder ...Kode) (Tiltakssett, error) {
	s := Tiltakssett{kjent: true}
	for _, k := range koder {
		i, ok := posisjon(k)
		if !ok {
			return Tiltakssett{}, k.Valider()
		}
		s.bits |= 1 << uint(i)
	}
	return s, nil
}

// Kjent sier om settet er oppgitt (også når det er tomt).
func (s Tiltakssett) Kjent() bool { return s.kjent }

// Equal sier om to sett er like: begge ukjente, eller begge kjente med de
// samme tiltakene. go-cmp bruker den.
func (s Tiltakssett) Equal(t Tiltakssett) bool { return s == t }

// Har sier om k er med i settet. Et ukjent sett gir Ukjent; et kjent sett
// gir Ja eller Nei.
func (s Tiltakssett) Har(k Kode) Svar {
	if !s.kjent {
		return Ukjent
	}
	i, ok := posisjon(k)
	return SvarFra(ok && s.bits&(1<<uint(i)) != 0)
}

// HarNoen sier om minst ett av tiltakene er med: Ja når ett er med, Nei når
// settet er kjent og ingen er med, ellers Ukjent.
func (s Tiltakssett) HarNoen(koder ...Kode) Svar {
	if !s.kjent {
		return Ukjent
	}
	for _, k := range koder {
		if s.Har(k) == Ja {
			return Ja
		}
	}
	return Nei
}

// HarNoenAv sier om settet har minst ett av tiltakene i t, uten oppslag per
// kode: Ja når ett er med, Nei når settet er kjent og ingen er med, ellers
// Ukjent. Lag t én gang med NyttTiltakssett når den brukes ofte.
func (s Tiltakssett) HarNoenAv(t Tiltakssett) Svar {
	if !s.kjent {
		return Ukjent
	}
	return SvarFra(s.bits&t.bits != 0)
}

// Med gir et kjent sett som også har k, eller en *FeltFeil (ErrUkjentTiltak)
// og s uendret når k ikke er i katalogen.
func (s Tiltakssett) Med(k Kode) (Tiltakssett, error) {
	i, ok := posisjon(k)
	if !ok {
		return s, k.Valider()
	}
	s.kjent = true
	s.bits |= 1 << uint(i)
	return s, nil
}

// Union gir settet med tiltakene som er i s eller i t. Er ett av settene
// ukjent, er resultatet ukjent: et ukjent sett regnes aldri som tomt.
func (s Tiltakssett) Union(t Tiltakssett) Tiltakssett {
	if !s.kjent || !t.kjent {
		return Tiltakssett{}
	}
	return Tiltakssett{bits: s.bits | t.bits, kjent: true}
}

// Uten gir settet med tiltakene i s som ikke er i t. Er ett av settene
// ukjent, er resultatet ukjent.
func (s Tiltakssett) Uten(t Tiltakssett) Tiltakssett {
	if !s.kjent || !t.kjent {
		return Tiltakssett{}
	}
	return Tiltakssett{bits: s.bits &^ t.bits, kjent: true}
}

// Koder gir tiltakene i settet i katalogens rekkefølge (nil for et ukjent sett).
func (s Tiltakssett) Koder() []Kode {
	if !s.kjent {
		return nil
	}
	ut := []Kode{}
	for i, t := range katalog {
		if s.bits&(1<<uint(i)) != 0 {
			ut = append(ut, t.Kode)
		}
	}
	return ut
}

// IsZero sier om settet er ukjent.
func (s Tiltakssett) IsZero() bool { return !s.kjent }

// String gir kodene skilt med komma, "ukjent" for et ukjent sett og "ingen"
// for et kjent, tomt sett.
func (s Tiltakssett) String() string {
	if !s.kjent {
		return "ukjent"
	}
	k := s.Koder()
	if len(k) == 0 {
		return "ingen"
	}
	var b strings.Builder
	for i, v := range k {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(v))
	}
	return b.String()
}

// MarshalJSON gir settet som en liste av koder (null for et ukjent sett).
func (s Tiltakssett) MarshalJSON() ([]byte, error) {
	if !s.kjent {
		return []byte("null"), nil
	}
	return json.Marshal(s.Koder())
}

// UnmarshalJSON tolker en liste av koder; null gir et ukjent sett, og en
// ukjent kode gir en *FeltFeil.
func (s *Tiltakssett) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = Tiltakssett{}
		return nil
	}
	var koder []string
	if err := json.Unmarshal(b, &koder); err != nil {
		return &FeltFeil{Felt: "deltar_i", Verdi: string(b), Grunn: "ventet en liste av tiltakskoder", Err: ErrUgyldigFaktum}
	}
	ny := Tiltakssett{kjent: true}
	for _, k := range koder {
		i, ok := posisjon(Kode(k))
		if !ok {
			return &FeltFeil{Felt: "deltar_i", Verdi: k, Grunn: "ukjent tiltakskode", Err: ErrUkjentTiltak}
		}
		ny.bits |= 1 << uint(i)
	}
	*s = ny
	return nil
}
