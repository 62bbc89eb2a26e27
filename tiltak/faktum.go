package tiltak

import (
	"encoding/json"
	"math/bits"
)

// Faktum navngir ett felt i Fakta, slik at sporet kan si hvilke fakta en
// regel leste og hvilke som mangler. String gir feltets JSON-navn.
//
// Numrene følger feltrekkefølgen i Fakta; nye fakta får nye numre bakerst,
// så numrene til de eldre endres ikke. Tabellen under, Fakta og Kjente
// holdes i takt av TestFaktumTabellen.
type Faktum uint8

// Faktaene, i samme rekkefølge som feltene i Fakta.
const (
	FaktumFodselsdato                          Faktum = iota + 1 // fodselsdato
	FaktumArbeidsevne                                            // arbeidsevne
	FaktumInnsatsgruppe                                          // innsatsgruppe
	FaktumUforetrygd                                             // uforetrygd
	FaktumRegistrertDato                                         // registrert_dato
	FaktumBistandsbehovFastslatt                                 // bistandsbehov_fastslatt
	FaktumSykmeldt                                               // sykmeldt
	FaktumSykefravaer12Mnd                                       // sykefravaer_12_mnd
	FaktumAnsattHosArbeidsgiver                                  // ansatt_hos_arbeidsgiver
	FaktumPsykiskLidelseEllerRus                                 // psykisk_lidelse_eller_rus_i_behandling
	FaktumOppfolgingHelseEllerSammensatt                         // oppfolging_helse_eller_sammensatte_utfordringer
	FaktumSamtykke                                               // samtykke
	FaktumBehovOmfattendeBistand                                 // behov_omfattende_bistand
	FaktumBehovUtvidetAvklaring                                  // behov_utvidet_avklaring
	FaktumLiteArbeidserfaring                                    // lite_arbeidserfaring
	FaktumVanskerMedArbeid                                       // vansker_med_a_komme_i_arbeid
	FaktumBehovForKvalifisering                                  // behov_for_kvalifisering
	FaktumSammensattBistandsbehov                                // sammensatt_bistandsbehov
	FaktumFysiskFunksjonsnedsettelseEllerBlind                   // fysisk_funksjonsnedsettelse_eller_blind
	FaktumBehovTilretteleggingOgTettOppfolging                   // behov_tilrettelegging_og_tett_oppfolging
	FaktumSaerligBehovTilrettelegging                            // saerlig_behov_tilrettelegging
	FaktumIUtdanning                                             // i_utdanning
	FaktumOvergangSkoleEllerSoning                               // overgang_fra_skole_eller_soning
	FaktumOpplaeringFormellKompetanse                            // opplaering_mot_formell_kompetanse
	FaktumTilrettelagtFagOgYrkesopplaering                       // tilrettelagt_fag_og_yrkesopplaering
	FaktumKombinertLop                                           // kombinert_lop
	FaktumStillingstype                                          // stillingstype
	FaktumArbeidsgiverHarPermitterte                             // arbeidsgiver_har_permitterte
	FaktumDeltarI                                                // deltar_i
	FaktumNodvendigOgHensiktsmessig                              // nodvendig_og_hensiktsmessig
	FaktumAndreTiltakVurdert                                     // andre_tiltak_vurdert
	FaktumTidsbegrensedeTiltakForsokt                            // tidsbegrensede_tiltak_forsokt
	FaktumSaerligBehovMentor                                     // saerlig_behov_for_mentor
	FaktumSaerligeGrunner                                        // saerlige_grunner
	FaktumSammensattePsykiskeProblemerEllerRus                   // sammensatte_psykiske_problemer_eller_rus
	FaktumArbeidstaker                                           // arbeidstaker
	FaktumTilretteleggingspliktOppfylt                           // tilretteleggingsplikt_oppfylt
	FaktumOppfolgingsplanInnhentet                               // oppfolgingsplan_innhentet
	FaktumBedriftsinterneTiltakProvd                             // bedriftsinterne_tiltak_provd
	FaktumNaerstaendeAvArrangor                                  // naerstaende_av_arrangor
	FaktumSaerligeGrunnerNaerstaende                             // saerlige_grunner_naerstaende
	FaktumForetakIVansker                                        // foretak_i_vansker
	FaktumUtestaendeTilbakebetalingskrav                         // utestaende_tilbakebetalingskrav
	FaktumMentorNodvendig                                        // mentor_nodvendig_for_arbeid
	FaktumFagopplaeringIOpplaeringstiltak                        // fagopplaering_i_opplaeringstiltak
	FaktumAvvikendeUtdanningssituasjon                           // avvikende_utdanningssituasjon
	FaktumUtenRettTilOpplaering                                  // uten_rett_til_opplaering
	FaktumBehovsvurderingGjennomfort                             // behovsvurdering_gjennomfort
	FaktumArbeidsevnevurderingVarigTiltak                        // arbeidsevnevurdering_varig_tiltak
	FaktumHelseEllerSosialeArsaker                               // helse_eller_sosiale_arsaker
	FaktumGradvisSvekketArbeidsevne                              // gradvis_svekket_arbeidsevne
	FaktumProblemerMedSommerjobb                                 // problemer_med_a_fa_sommerjobb
	FaktumHeltPermittert                                         // helt_permittert
	FaktumBedriftIOmstilling                                     // bedrift_i_omstilling
	FaktumTilretteleggingsOgOppfolgingsavtale                    // tilretteleggings_og_oppfolgingsavtale
	FaktumIndividuellFormidlingsbistand                          // ansatt_etter_individuell_formidlingsbistand
	FaktumForskriftsfestetForsok                                 // i_forskriftsfestet_forsok
	FaktumUsikreYrkesmessigeForutsetninger                       // saerlig_usikre_yrkesmessige_forutsetninger
	FaktumNavKontorIForsok                                       // nav_kontor_i_forsok
	FaktumFullfortVideregaende                                   // fullfort_videregaende
	FaktumPraksisnaerOpplaering                                  // praksisnaer_opplaering_med_kommunen
	FaktumSterkeProblemerUtdanning                               // sterke_problemer_utdanning
	FaktumOpplaeringTilleggOgFrivillig                           // bio_opplaering_i_tillegg_og_frivillig
	FaktumUtgifterDekketAnnetSted                                // utgifter_dekket_av_annen_ordning
	FaktumTilretteleggingKlarlagt                                // tilrettelegging_og_hjelpemidler_klarlagt
	FaktumOnskerArbeidEllerUtdanning                             // onsker_arbeid_eller_utdanning
	FaktumDroftetMedAnsattesRepresentanter                       // droftet_med_ansattes_representanter
	FaktumOppfolgingsbehovHoyst1Til5                             // oppfolgingsbehov_hoyst_1_til_5
	FaktumOppfolgingHensiktsmessig                               // oppfolging_hensiktsmessig

	// faktumSlutt er ett mer enn det største faktumet; Faktasett er så stort
	// som det trenger.
	faktumSlutt
)

// antallOrd er antall 64-bitsord et Faktasett trenger for alle faktaene.
const antallOrd = (int(faktumSlutt) + 63) / 64

type faktumInfo struct {
	navn, beskrivelse string
	skjonn            bool
	kjent             func(*Fakta) bool
	tekst             func(*Fakta) string
}

var fakta = [...]faktumInfo{
	{},
	{"fodselsdato", "Personens fødselsdato", false, func(f *Fakta) bool { return !f.Fodselsdato.IsZero() }, func(f *Fakta) string { return f.Fodselsdato.String() }},
	{"arbeidsevne", "NAVs vurdering av arbeidsevnen", false, func(f *Fakta) bool { return f.Arbeidsevne != 0 }, func(f *Fakta) string { return f.Arbeidsevne.String() }},
	{"innsatsgruppe", "Gruppen i vedtaket etter arbeids- og velferdsforvaltningsloven § 14 a", false, func(f *Fakta) bool { return f.Innsatsgruppe != 0 }, func(f *Fakta) string { return f.Innsatsgruppe.String() }},
	{"uforetrygd", "Om personen mottar eller venter uføretrygd", false, func(f *Fakta) bool { return f.Uforetrygd != 0 }, func(f *Fakta) string { return f.Uforetrygd.String() }},
	{"registrert_dato", "Datoen personen ble registrert hos NAV", false, func(f *Fakta) bool { return !f.RegistrertDato.IsZero() }, func(f *Fakta) string { return f.RegistrertDato.String() }},
	{"bistandsbehov_fastslatt", "NAV har i en behovs- eller arbeidsevnevurdering fastslått at personen trenger arbeidsrettet bistand for å komme i eller beholde arbeid (arbeids- og velferdsforvaltningsloven § 14 a)", false, func(f *Fakta) bool { return f.BistandsbehovFastslatt.Kjent() }, func(f *Fakta) string { return f.BistandsbehovFastslatt.String() }},
	{"sykmeldt", "Personen er sykmeldt arbeidstaker", false, func(f *Fakta) bool { return f.Sykmeldt.Kjent() }, func(f *Fakta) string { return f.Sykmeldt.String() }},
	{"sykefravaer_12_mnd", "Personen har vært helt eller delvis sykmeldt i 12 måneder og står i fare for å falle ut av arbeidslivet", false, func(f *Fakta) bool { return f.Sykefravaer12Mnd.Kjent() }, func(f *Fakta) string { return f.Sykefravaer12Mnd.String() }},
	{"ansatt_hos_arbeidsgiver", "Personen er allerede ansatt hos arbeidsgiveren eller tiltaksarrangøren tiltaket gjelder (tiltaket skal beholde, ikke skaffe, arbeid)", false, func(f *Fakta) bool { return f.AnsattHosArbeidsgiver.Kjent() }, func(f *Fakta) string { return f.AnsattHosArbeidsgiver.String() }},
	{"psykisk_lidelse_eller_rus_i_behandling", "Moderate til alvorlige psykiske lidelser og/eller rusproblemer, med behandling i helse- og omsorgstjenesten", false, func(f *Fakta) bool { return f.PsykiskLidelseEllerRus.Kjent() }, func(f *Fakta) string { return f.PsykiskLidelseEllerRus.String() }},
	{"oppfolging_helse_eller_sammensatte_utfordringer", "Annen oppfølging fra helse- og omsorgstjenesten eller sammensatte utfordringer (egenregiforskriften § 3-1 andre ledd, etter direktoratets retningslinjer)", false, func(f *Fakta) bool { return f.OppfolgingHelseEllerSammensatt.Kjent() }, func(f *Fakta) string { return f.OppfolgingHelseEllerSammensatt.String() }},
	{"samtykke", "Personen samtykker til å delta (individuell jobbstøtte)", false, func(f *Fakta) bool { return f.Samtykke.Kjent() }, func(f *Fakta) string { return f.Samtykke.String() }},
	{"behov_omfattende_bistand", "Behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV selv gir", false, func(f *Fakta) bool { return f.BehovOmfattendeBistand.Kjent() }, func(f *Fakta) string { return f.BehovOmfattendeBistand.String() }},
	{"behov_utvidet_avklaring", "Behov for mer omfattende avklaring enn NAV selv kan gi", false, func(f *Fakta) bool { return f.BehovUtvidetAvklaring.Kjent() }, func(f *Fakta) string { return f.BehovUtvidetAvklaring.String() }},
	{"lite_arbeidserfaring", "Liten eller mangelfull arbeidserfaring", false, func(f *Fakta) bool { return f.LiteArbeidserfaring.Kjent() }, func(f *Fakta) string { return f.LiteArbeidserfaring.String() }},
	{"vansker_med_a_komme_i_arbeid", "Vansker med å komme inn på arbeidsmarkedet på ordinære lønns- og arbeidsvilkår (også fordi kvalifikasjonene er mangelfulle eller de grunnleggende ferdighetene svake)", false, func(f *Fakta) bool { return f.VanskerMedArbeid.Kjent() }, func(f *Fakta) string { return f.VanskerMedArbeid.String() }},
	{"behov_for_kvalifisering", "Behov for kvalifisering", false, func(f *Fakta) bool { return f.BehovForKvalifisering.Kjent() }, func(f *Fakta) string { return f.BehovForKvalifisering.String() }},
	{"sammensatt_bistandsbehov", "Sammensatt behov for bistand", false, func(f *Fakta) bool { return f.SammensattBistandsbehov.Kjent() }, func(f *Fakta) string { return f.SammensattBistandsbehov.String() }},
	{"fysisk_funksjonsnedsettelse_eller_blind", "Omfattende fysisk funksjonsnedsettelse, eller blind eller sterkt svaksynt", false, func(f *Fakta) bool { return f.FysiskFunksjonsnedsettelseEllerBlind.Kjent() }, func(f *Fakta) string { return f.FysiskFunksjonsnedsettelseEllerBlind.String() }},
	{"behov_tilrettelegging_og_tett_oppfolging", "Behov for spesiell tilrettelegging og tett oppfølging (VTA)", false, func(f *Fakta) bool { return f.BehovTilretteleggingOgTettOppfolging.Kjent() }, func(f *Fakta) string { return f.BehovTilretteleggingOgTettOppfolging.String() }},
	{"saerlig_behov_tilrettelegging", "Særskilt behov for tilrettelegging i den konkrete jobben (inkluderingstilskudd)", false, func(f *Fakta) bool { return f.SaerligBehovTilrettelegging.Kjent() }, func(f *Fakta) string { return f.SaerligBehovTilrettelegging.String() }},
	{"i_utdanning", "Personen deltar i opplæring eller utdanning", false, func(f *Fakta) bool { return f.IUtdanning.Kjent() }, func(f *Fakta) string { return f.IUtdanning.String() }},
	{"overgang_fra_skole_eller_soning", "Personen er i overgang fra skole eller fra soning i institusjon til arbeid", false, func(f *Fakta) bool { return f.OvergangSkoleEllerSoning.Kjent() }, func(f *Fakta) string { return f.OvergangSkoleEllerSoning.String() }},
	{"opplaering_mot_formell_kompetanse", "Personen får opplæring med sikte på formell kompetanse (AFT)", false, func(f *Fakta) bool { return f.OpplaeringFormellKompetanse.Kjent() }, func(f *Fakta) string { return f.OpplaeringFormellKompetanse.String() }},
	{"tilrettelagt_fag_og_yrkesopplaering", "Personen deltar i, eller skal gjennomføre, tilrettelagt fag- og yrkesopplæring som opplæringstiltak (tiltaksforskriften § 7-3 tredje ledd)", false, func(f *Fakta) bool { return f.TilrettelagtFagOgYrkesopplaering.Kjent() }, func(f *Fakta) string { return f.TilrettelagtFagOgYrkesopplaering.String() }},
	{"kombinert_lop", "Opplæringen er et kombinasjonsløp (bokstav b før eller sammen med d, eller c før f), som gir inntil fire år", false, func(f *Fakta) bool { return f.KombinertLop.Kjent() }, func(f *Fakta) string { return f.KombinertLop.String() }},
	{"stillingstype", "Fast eller midlertidig ansettelse (lønnstilskudd)", false, func(f *Fakta) bool { return f.Stillingstype != 0 }, func(f *Fakta) string { return f.Stillingstype.String() }},
	{"arbeidsgiver_har_permitterte", "Arbeidsgiveren har permitterte ansatte", false, func(f *Fakta) bool { return f.ArbeidsgiverHarPermitterte.Kjent() }, func(f *Fakta) string { return f.ArbeidsgiverHarPermitterte.String() }},
	{"deltar_i", "Tiltakene personen deltar i eller skal delta i", false, func(f *Fakta) bool { return f.DeltarI.Kjent() }, func(f *Fakta) string { return f.DeltarI.String() }},
	{"nodvendig_og_hensiktsmessig", "Deltakelse er nødvendig og hensiktsmessig for å skaffe eller beholde lønnet arbeid (tiltaksforskriften § 1-3, egenregiforskriften § 1-3)", true, func(f *Fakta) bool { return f.NodvendigOgHensiktsmessig.Kjent() }, func(f *Fakta) string { return f.NodvendigOgHensiktsmessig.String() }},
	{"andre_tiltak_vurdert", "Andre tiltak er vurdert og funnet uegnet", true, func(f *Fakta) bool { return f.AndreTiltakVurdert.Kjent() }, func(f *Fakta) string { return f.AndreTiltakVurdert.String() }},
	{"tidsbegrensede_tiltak_forsokt", "Tidsbegrensede tiltak og andre virkemidler er prøvd eller vurdert før varig lønnstilskudd", true, func(f *Fakta) bool { return f.TidsbegrensedeTiltakForsokt.Kjent() }, func(f *Fakta) string { return f.TidsbegrensedeTiltakForsokt.String() }},
	{"saerlig_behov_for_mentor", "Særlig behov for bistand fra mentor", true, func(f *Fakta) bool { return f.SaerligBehovMentor.Kjent() }, func(f *Fakta) string { return f.SaerligBehovMentor.String() }},
	{"saerlige_grunner", "Særlige grunner gjør at deltakeren ikke klarer å gjennomføre opplæringen innen ordinær varighet", true, func(f *Fakta) bool { return f.SaerligeGrunner.Kjent() }, func(f *Fakta) string { return f.SaerligeGrunner.String() }},
	{"sammensatte_psykiske_problemer_eller_rus", "Ung med sammensatte psykiske problemer eller rusutfordringer (egenregiforskriften § 3-6 tredje ledd)", false, func(f *Fakta) bool { return f.SammensattePsykiskeProblemerEllerRus.Kjent() }, func(f *Fakta) string { return f.SammensattePsykiskeProblemerEllerRus.String() }},
	{"arbeidstaker", "Personen er arbeidstaker (har et arbeidsforhold), slik at tiltaksforskriften § 1-8 gjelder", false, func(f *Fakta) bool { return f.Arbeidstaker.Kjent() }, func(f *Fakta) string { return f.Arbeidstaker.String() }},
	{"tilretteleggingsplikt_oppfylt", "Arbeidsgiverens plikt til tilrettelegging etter arbeidsmiljøloven § 4-2 (og § 4-6) er oppfylt", false, func(f *Fakta) bool { return f.TilretteleggingspliktOppfylt.Kjent() }, func(f *Fakta) string { return f.TilretteleggingspliktOppfylt.String() }},
	{"oppfolgingsplan_innhentet", "NAV har innhentet oppfølgingsplanen etter arbeidsmiljøloven § 4-6 tredje ledd", false, func(f *Fakta) bool { return f.OppfolgingsplanInnhentet.Kjent() }, func(f *Fakta) string { return f.OppfolgingsplanInnhentet.String() }},
	{"bedriftsinterne_tiltak_provd", "Det er dokumentert at arbeidsgiveren har gjennomført bedriftsinterne tiltak, eller at slike tiltak ikke er mulige", false, func(f *Fakta) bool { return f.BedriftsinterneTiltakProvd.Kjent() }, func(f *Fakta) string { return f.BedriftsinterneTiltakProvd.String() }},
	{"naerstaende_av_arrangor", "Deltakeren er familiemedlem eller annen nærstående av tiltaksarrangøren (tiltaksforskriften § 1-6 tredje ledd)", false, func(f *Fakta) bool { return f.NaerstaendeAvArrangor.Kjent() }, func(f *Fakta) string { return f.NaerstaendeAvArrangor.String() }},
	{"saerlige_grunner_naerstaende", "Særlige grunner gjør at tiltaksarrangøren likevel kan få tilskudd for en nærstående (tiltaksforskriften § 1-6 tredje ledd)", true, func(f *Fakta) bool { return f.SaerligeGrunnerNaerstaende.Kjent() }, func(f *Fakta) string { return f.SaerligeGrunnerNaerstaende.String() }},
	{"foretak_i_vansker", "Virksomheten som får tilskuddet, er et foretak i vanskeligheter (vanskeligstilt bedrift)", false, func(f *Fakta) bool { return f.ForetakIVansker.Kjent() }, func(f *Fakta) string { return f.ForetakIVansker.String() }},
	{"utestaende_tilbakebetalingskrav", "Virksomheten har et utestående krav om tilbakebetaling etter vedtak om ulovlig offentlig støtte", false, func(f *Fakta) bool { return f.UtestaendeTilbakebetalingskrav.Kjent() }, func(f *Fakta) string { return f.UtestaendeTilbakebetalingskrav.String() }},
	{"mentor_nodvendig_for_arbeid", "Mentor er nødvendig for at personen med nedsatt arbeidsevne skal få eller beholde lønnet arbeid i en ordinær virksomhet (tiltaksforskriften § 5-3)", true, func(f *Fakta) bool { return f.MentorNodvendig.Kjent() }, func(f *Fakta) string { return f.MentorNodvendig.String() }},
	{"fagopplaering_i_opplaeringstiltak", "Arbeidssøkeren gjennomfører fagopplæring som en del av et opplæringstiltak (tiltaksforskriften § 5-3 første ledd andre punktum)", false, func(f *Fakta) bool { return f.FagopplaeringIOpplaeringstiltak.Kjent() }, func(f *Fakta) string { return f.FagopplaeringIOpplaeringstiltak.String() }},
	{"avvikende_utdanningssituasjon", "Personen er i en utdanningssituasjon som avviker vesentlig fra den andre er i; etter § 7-3 i 2016-teksten på grunn av sykdom, skade eller lyte (tiltaksforskriften §§ 7-3 og 7-4 i 2016-teksten)", false, func(f *Fakta) bool { return f.AvvikendeUtdanningssituasjon.Kjent() }, func(f *Fakta) string { return f.AvvikendeUtdanningssituasjon.String() }},
	{"uten_rett_til_opplaering", "Personen står uten rett til opplæring etter opplæringsloven eller introduksjonsordningen/introduksjonsloven", false, func(f *Fakta) bool { return f.UtenRettTilOpplaering.Kjent() }, func(f *Fakta) string { return f.UtenRettTilOpplaering.String() }},
	{"behovsvurdering_gjennomfort", "NAV har gjennomført en behovs- eller arbeidsevnevurdering av personen (arbeids- og velferdsforvaltningsloven § 14 a)", false, func(f *Fakta) bool { return f.BehovsvurderingGjennomfort.Kjent() }, func(f *Fakta) string { return f.BehovsvurderingGjennomfort.String() }},
	{"arbeidsevnevurdering_varig_tiltak", "NAVs arbeidsevnevurdering har fastslått at personen har varig nedsatt arbeidsevne og behov for et varig tiltak (tiltaksforskriften § 10-4 andre ledd)", false, func(f *Fakta) bool { return f.ArbeidsevnevurderingVarigTiltak.Kjent() }, func(f *Fakta) string { return f.ArbeidsevnevurderingVarigTiltak.String() }},
	{"helse_eller_sosiale_arsaker", "Den nedsatte arbeidsevnen skyldes helsemessige eller sosiale årsaker", false, func(f *Fakta) bool { return f.HelseEllerSosialeArsaker.Kjent() }, func(f *Fakta) string { return f.HelseEllerSosialeArsaker.String() }},
	{"gradvis_svekket_arbeidsevne", "Personen har en sykdomstilstand der arbeidsevnen gradvis svekkes, og sykmelding er ikke påkrevd (tiltaksforskriften § 10-3 andre ledd fra 2018)", false, func(f *Fakta) bool { return f.GradvisSvekketArbeidsevne.Kjent() }, func(f *Fakta) string { return f.GradvisSvekketArbeidsevne.String() }},
	{"problemer_med_a_fa_sommerjobb", "Personen har problemer med å få sommerjobb uten tilskudd fra NAV (tiltaksforskriften § 8-3)", false, func(f *Fakta) bool { return f.ProblemerMedSommerjobb.Kjent() }, func(f *Fakta) string { return f.ProblemerMedSommerjobb.String() }},
	{"helt_permittert", "Den ansatte er helt permittert", false, func(f *Fakta) bool { return f.HeltPermittert.Kjent() }, func(f *Fakta) string { return f.HeltPermittert.String() }},
	{"bedrift_i_omstilling", "Bedriften har omstillingsproblemer og må endre produksjonen vesentlig eller etablere seg på nye markeder (bedriftsintern opplæring)", false, func(f *Fakta) bool { return f.BedriftIOmstilling.Kjent() }, func(f *Fakta) string { return f.BedriftIOmstilling.String() }},
	{"tilretteleggings_og_oppfolgingsavtale", "Personen er omfattet av en særlig tilretteleggings- og oppfølgingsavtale med NAV (inkluderingstilskudd, 2016-teksten)", false, func(f *Fakta) bool { return f.TilretteleggingsOgOppfolgingsavtale.Kjent() }, func(f *Fakta) string { return f.TilretteleggingsOgOppfolgingsavtale.String() }},
	{"ansatt_etter_individuell_formidlingsbistand", "Personen ansettes som følge av individuell formidlingsbistand fra NAV (inkluderingstilskudd, 2016-teksten)", false, func(f *Fakta) bool { return f.IndividuellFormidlingsbistand.Kjent() }, func(f *Fakta) string { return f.IndividuellFormidlingsbistand.String() }},
	{"i_forskriftsfestet_forsok", "Virksomheten er med i et forskriftsfestet forsøk i ordinært arbeidsliv i regi av NAV", false, func(f *Fakta) bool { return f.ForskriftsfestetForsok.Kjent() }, func(f *Fakta) string { return f.ForskriftsfestetForsok.String() }},
	{"saerlig_usikre_yrkesmessige_forutsetninger", "Personen har særlig usikre yrkesmessige forutsetninger (arbeidsforberedende trening)", false, func(f *Fakta) bool { return f.UsikreYrkesmessigeForutsetninger.Kjent() }, func(f *Fakta) string { return f.UsikreYrkesmessigeForutsetninger.String() }},
	{"nav_kontor_i_forsok", "Personens NAV-kontor er med i forsøket med fireårig lønnstilskudd (forsøksforskriften § 2)", false, func(f *Fakta) bool { return f.NavKontorIForsok.Kjent() }, func(f *Fakta) string { return f.NavKontorIForsok.String() }},
	{"fullfort_videregaende", "Personen har fullført videregående opplæring", false, func(f *Fakta) bool { return f.FullfortVideregaende.Kjent() }, func(f *Fakta) string { return f.FullfortVideregaende.String() }},
	{"praksisnaer_opplaering_med_kommunen", "Deltakeren får praksisnær opplæring i samarbeid med kommunen eller fylkeskommunen (tiltaksforskriften § 7-4 i 2016-teksten)", false, func(f *Fakta) bool { return f.PraksisnaerOpplaering.Kjent() }, func(f *Fakta) string { return f.PraksisnaerOpplaering.String() }},
	{"sterke_problemer_utdanning", "Sterke sosiale eller helsemessige problemer gjør at deltakeren ikke kan gjennomføre utdanningen innen tre år (tiltaksforskriften § 7-4 i 2016-teksten)", false, func(f *Fakta) bool { return f.SterkeProblemerUtdanning.Kjent() }, func(f *Fakta) string { return f.SterkeProblemerUtdanning.String() }},
	{"bio_opplaering_i_tillegg_og_frivillig", "Den bedriftsinterne opplæringen kommer i tillegg til bedriftens ordinære opplæring, har ingen bindingstid og er ikke obligatorisk for å oppfylle nasjonale krav (tiltaksforskriften § 8-2 i 2016-teksten)", false, func(f *Fakta) bool { return f.OpplaeringTilleggOgFrivillig.Kjent() }, func(f *Fakta) string { return f.OpplaeringTilleggOgFrivillig.String() }},
	{"utgifter_dekket_av_annen_ordning", "Utgiftene tilskuddet skal dekke, dekkes allerede gjennom andre tilskudd eller tilskuddsordninger", false, func(f *Fakta) bool { return f.UtgifterDekketAnnetSted.Kjent() }, func(f *Fakta) string { return f.UtgifterDekketAnnetSted.String() }},
	{"tilrettelegging_og_hjelpemidler_klarlagt", "Deltakeren og arbeidsgiveren har klarlagt mulig tilrettelegging og aktuelle hjelpemidler før behovet for funksjonsassistent vurderes (tiltaksforskriften § 6-6)", false, func(f *Fakta) bool { return f.TilretteleggingKlarlagt.Kjent() }, func(f *Fakta) string { return f.TilretteleggingKlarlagt.String() }},
	{"onsker_arbeid_eller_utdanning", "Personen ønsker å komme i ordinært arbeid og/eller opplæring eller utdanning (egenregiforskriften § 3-1 fra 1. september 2026)", false, func(f *Fakta) bool { return f.OnskerArbeidEllerUtdanning.Kjent() }, func(f *Fakta) string { return f.OnskerArbeidEllerUtdanning.String() }},
	{"droftet_med_ansattes_representanter", "Opprettelsen av tiltaksplassen er drøftet med de ansattes representanter i virksomheten", false, func(f *Fakta) bool { return f.DroftetMedAnsattesRepresentanter.Kjent() }, func(f *Fakta) string { return f.DroftetMedAnsattesRepresentanter.String() }},
	{"oppfolgingsbehov_hoyst_1_til_5", "Personens oppfølgingsbehov er høyst omtrent 1:5 (én veileder per fem deltakere), slik veiledningen «Aktører og tiltak» sier om VTA", false, func(f *Fakta) bool { return f.OppfolgingsbehovHoyst1Til5.Kjent() }, func(f *Fakta) string { return f.OppfolgingsbehovHoyst1Til5.String() }},
	{"oppfolging_hensiktsmessig", "Saksbehandleren har vurdert at oppfølging i tillegg til arbeidstrening eller lønnstilskudd er hensiktsmessig (veiledningen «Aktører og tiltak», seed 004)", true, func(f *Fakta) bool { return f.OppfolgingHensiktsmessig.Kjent() }, func(f *Fakta) string { return f.OppfolgingHensiktsmessig.String() }},
}

// AlleFakta gir alle faktaene i feltrekkefølge.
func AlleFakta() []Faktum {
	ut := make([]Faktum, 0, len(fakta)-1)
	for i := 1; i < len(fakta); i++ {
		ut = append(ut, Faktum(i))
	}
	return ut
}

// Gyldig sier om ft er et faktum i Fakta.
func (ft Faktum) Gyldig() bool { return ft > 0 && int(ft) < len(fakta) }

// String gir faktumets navn i JSON, for eksempel "fodselsdato".
func (ft Faktum) String() string {
	if !ft.Gyldig() {
		return "ukjent-faktum"
	}
	return fakta[ft].navn
}

// Beskrivelse gir en norsk forklaring av faktumet, egnet for et skjema.
func (ft Faktum) Beskrivelse() string {
	if !ft.Gyldig() {
		return ""
	}
	return fakta[ft].beskrivelse
}

// MarshalText gir faktumets JSON-navn.
func (ft Faktum) MarshalText() ([]byte, error) {
	if !ft.Gyldig() {
		return nil, &FeltFeil{Felt: "faktum", Grunn: "ukjent faktum"}
	}
	return []byte(fakta[ft].navn), nil
}

// UnmarshalText tolker et faktums JSON-navn.
func (ft *Faktum) UnmarshalText(b []byte) error {
	for i := 1; i < len(fakta); i++ {
		if fakta[i].navn == string(b) {
			*ft = Faktum(i)
			return nil
		}
	}
	return &FeltFeil{Felt: "faktum", Verdi: kortVerdi(string(b)), Grunn: "ukjent faktum", Err: ErrUgyldigFaktum}
}

// Kjent sier om faktumet ft er oppgitt i f.
func (f *Fakta) Kjent(ft Faktum) bool {
	if !ft.Gyldig() {
		return false
	}
	return fakta[ft].kjent(f)
}

// Verdi gir faktumets verdi som tekst ("ja", "nei", "2004-05-17",
// "trenger-veiledning", …) og "ukjent" når det ikke er oppgitt.
func (f *Fakta) Verdi(ft Faktum) string {
	if !ft.Gyldig() || !fakta[ft].kjent(f) {
		return "ukjent"
	}
	return fakta[ft].tekst(f)
}

// Skjonn sier om faktumet er et skjønnsspørsmål som saksbehandleren må ta
// stilling til («nødvendig og hensiktsmessig», «andre tiltak vurdert»,
// «særlige grunner» og lignende), og ikke et faktum som kan hentes fra et
// register.
func (ft Faktum) Skjonn() bool { return ft.Gyldig() && fakta[ft].skjonn }

// Faktasett er en mengde fakta, for eksempel faktaene en regel leser eller
// faktaene som mangler for å avgjøre den. Det er en liten, sammenlignbar
// verdi uten pekere, stor nok for alle faktaene i Fakta (størrelsen følger
// av antallet fakta). Nullverdien er det tomme settet.
type Faktasett struct {
	ord [antallOrd]uint64
}

// FaktasettAv gir settet med de gitte faktaene. Ugyldige fakta hoppes over.
func FaktasettAv(ft ...Faktum) Faktasett {
	var s Faktasett
	for _, f := range ft {
		s = s.Med(f)
	}
	return s
}

// Med gir settet med ft lagt til; et ugyldig faktum endrer ikke settet.
func (s Faktasett) Med(ft Faktum) Faktasett {
	if ft.Gyldig() {
		s.ord[ft/64] |= 1 << (ft % 64)
	}
	return s
}

// Har sier om ft er i settet.
func (s Faktasett) Har(ft Faktum) bool {
	return ft.Gyldig() && s.ord[ft/64]&(1<<(ft%64)) != 0
}

// Union gir faktaene som er i s eller t.
func (s Faktasett) Union(t Faktasett) Faktasett {
	for i := range s.ord {
		s.ord[i] |= t.ord[i]
	}
	return s
}

// Uten gir faktaene i s som ikke er i t.
func (s Faktasett) Uten(t Faktasett) Faktasett {
	for i := range s.ord {
		s.ord[i] &^= t.ord[i]
	}
	return s
}

// Snitt gir faktaene som er i både s og t.
func (s Faktasett) Snitt(t Faktasett) Faktasett {
	for i := range s.ord {
		s.ord[i] &= t.ord[i]
	}
	return s
}

// Tom sier om settet er tomt.
func (s Faktasett) Tom() bool { return s == Faktasett{} }

// Equal sier om to sett har de samme faktaene. go-cmp bruker den.
func (s Faktasett) Equal(t Faktasett) bool { return s == t }

// Antall gir antall fakta i settet.
func (s Faktasett) Antall() int {
	n := 0
	for _, w := range s.ord {
		n += bits.OnesCount64(w)
	}
	return n
}

// Ukjente gir faktaene i s som ikke er oppgitt i f (alle i s når f er nil).
func (s Faktasett) Ukjente(f *Fakta) Faktasett {
	if f == nil {
		return s
	}
	return s.Uten(f.Kjente())
}

// Liste gir faktaene i settet i feltrekkefølge (nil for et tomt sett).
func (s Faktasett) Liste() []Faktum {
	var ut []Faktum
	for i, w := range s.ord {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			ut = append(ut, Faktum(i*64+b))
			w &= w - 1
		}
	}
	return ut
}

// String gir faktaene i feltrekkefølge som en liste av JSON-navn, slik fmt
// skriver en liste: "[fodselsdato arbeidsevne]".
func (s Faktasett) String() string {
	b := []byte{'['}
	for i, ft := range s.Liste() {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, ft.String()...)
	}
	return string(append(b, ']'))
}

// MarshalJSON gir settet som en liste av faktanavn.
func (s Faktasett) MarshalJSON() ([]byte, error) {
	l := s.Liste()
	if l == nil {
		l = []Faktum{}
	}
	return json.Marshal(l)
}

// UnmarshalJSON tolker en liste av faktanavn; null gir et tomt sett.
func (s *Faktasett) UnmarshalJSON(b []byte) error {
	var l []Faktum
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*s = FaktasettAv(l...)
	return nil
}

// Kjente gir settet av fakta som er oppgitt i f, i én gjennomgang uten
// allokering.
func (f *Fakta) Kjente() Faktasett {
	var s Faktasett
	sett := func(ft Faktum, kjent bool) {
		if kjent {
			s.ord[ft/64] |= 1 << (ft % 64)
		}
	}
	sett(FaktumFodselsdato, !f.Fodselsdato.IsZero())
	sett(FaktumArbeidsevne, f.Arbeidsevne != 0)
	sett(FaktumInnsatsgruppe, f.Innsatsgruppe != 0)
	sett(FaktumUforetrygd, f.Uforetrygd != 0)
	sett(FaktumRegistrertDato, !f.RegistrertDato.IsZero())
	sett(FaktumBistandsbehovFastslatt, f.BistandsbehovFastslatt.Kjent())
	sett(FaktumSykmeldt, f.Sykmeldt.Kjent())
	sett(FaktumSykefravaer12Mnd, f.Sykefravaer12Mnd.Kjent())
	sett(FaktumAnsattHosArbeidsgiver, f.AnsattHosArbeidsgiver.Kjent())
	sett(FaktumPsykiskLidelseEllerRus, f.PsykiskLidelseEllerRus.Kjent())
	sett(FaktumOppfolgingHelseEllerSammensatt, f.OppfolgingHelseEllerSammensatt.Kjent())
	sett(FaktumSamtykke, f.Samtykke.Kjent())
	sett(FaktumBehovOmfattendeBistand, f.BehovOmfattendeBistand.Kjent())
	sett(FaktumBehovUtvidetAvklaring, f.BehovUtvidetAvklaring.Kjent())
	sett(FaktumLiteArbeidserfaring, f.LiteArbeidserfaring.Kjent())
	sett(FaktumVanskerMedArbeid, f.VanskerMedArbeid.Kjent())
	sett(FaktumBehovForKvalifisering, f.BehovForKvalifisering.Kjent())
	sett(FaktumSammensattBistandsbehov, f.SammensattBistandsbehov.Kjent())
	sett(FaktumFysiskFunksjonsnedsettelseEllerBlind, f.FysiskFunksjonsnedsettelseEllerBlind.Kjent())
	sett(FaktumBehovTilretteleggingOgTettOppfolging, f.BehovTilretteleggingOgTettOppfolging.Kjent())
	sett(FaktumSaerligBehovTilrettelegging, f.SaerligBehovTilrettelegging.Kjent())
	sett(FaktumIUtdanning, f.IUtdanning.Kjent())
	sett(FaktumOvergangSkoleEllerSoning, f.OvergangSkoleEllerSoning.Kjent())
	sett(FaktumOpplaeringFormellKompetanse, f.OpplaeringFormellKompetanse.Kjent())
	sett(FaktumTilrettelagtFagOgYrkesopplaering, f.TilrettelagtFagOgYrkesopplaering.Kjent())
	sett(FaktumKombinertLop, f.KombinertLop.Kjent())
	sett(FaktumStillingstype, f.Stillingstype != 0)
	sett(FaktumArbeidsgiverHarPermitterte, f.ArbeidsgiverHarPermitterte.Kjent())
	sett(FaktumDeltarI, f.DeltarI.Kjent())
	sett(FaktumNodvendigOgHensiktsmessig, f.NodvendigOgHensiktsmessig.Kjent())
	sett(FaktumAndreTiltakVurdert, f.AndreTiltakVurdert.Kjent())
	sett(FaktumTidsbegrensedeTiltakForsokt, f.TidsbegrensedeTiltakForsokt.Kjent())
	sett(FaktumSaerligBehovMentor, f.SaerligBehovMentor.Kjent())
	sett(FaktumSaerligeGrunner, f.SaerligeGrunner.Kjent())
	sett(FaktumSammensattePsykiskeProblemerEllerRus, f.SammensattePsykiskeProblemerEllerRus.Kjent())
	sett(FaktumArbeidstaker, f.Arbeidstaker.Kjent())
	sett(FaktumTilretteleggingspliktOppfylt, f.TilretteleggingspliktOppfylt.Kjent())
	sett(FaktumOppfolgingsplanInnhentet, f.OppfolgingsplanInnhentet.Kjent())
	sett(FaktumBedriftsinterneTiltakProvd, f.BedriftsinterneTiltakProvd.Kjent())
	sett(FaktumNaerstaendeAvArrangor, f.NaerstaendeAvArrangor.Kjent())
	sett(FaktumSaerligeGrunnerNaerstaende, f.SaerligeGrunnerNaerstaende.Kjent())
	sett(FaktumForetakIVansker, f.ForetakIVansker.Kjent())
	sett(FaktumUtestaendeTilbakebetalingskrav, f.UtestaendeTilbakebetalingskrav.Kjent())
	sett(FaktumMentorNodvendig, f.MentorNodvendig.Kjent())
	sett(FaktumFagopplaeringIOpplaeringstiltak, f.FagopplaeringIOpplaeringstiltak.Kjent())
	sett(FaktumAvvikendeUtdanningssituasjon, f.AvvikendeUtdanningssituasjon.Kjent())
	sett(FaktumUtenRettTilOpplaering, f.UtenRettTilOpplaering.Kjent())
	sett(FaktumBehovsvurderingGjennomfort, f.BehovsvurderingGjennomfort.Kjent())
	sett(FaktumArbeidsevnevurderingVarigTiltak, f.ArbeidsevnevurderingVarigTiltak.Kjent())
	sett(FaktumHelseEllerSosialeArsaker, f.HelseEllerSosialeArsaker.Kjent())
	sett(FaktumGradvisSvekketArbeidsevne, f.GradvisSvekketArbeidsevne.Kjent())
	sett(FaktumProblemerMedSommerjobb, f.ProblemerMedSommerjobb.Kjent())
	sett(FaktumHeltPermittert, f.HeltPermittert.Kjent())
	sett(FaktumBedriftIOmstilling, f.BedriftIOmstilling.Kjent())
	sett(FaktumTilretteleggingsOgOppfolgingsavtale, f.TilretteleggingsOgOppfolgingsavtale.Kjent())
	sett(FaktumIndividuellFormidlingsbistand, f.IndividuellFormidlingsbistand.Kjent())
	sett(FaktumForskriftsfestetForsok, f.ForskriftsfestetForsok.Kjent())
	sett(FaktumUsikreYrkesmessigeForutsetninger, f.UsikreYrkesmessigeForutsetninger.Kjent())
	sett(FaktumNavKontorIForsok, f.NavKontorIForsok.Kjent())
	sett(FaktumFullfortVideregaende, f.FullfortVideregaende.Kjent())
	sett(FaktumPraksisnaerOpplaering, f.PraksisnaerOpplaering.Kjent())
	sett(FaktumSterkeProblemerUtdanning, f.SterkeProblemerUtdanning.Kjent())
	sett(FaktumOpplaeringTilleggOgFrivillig, f.OpplaeringTilleggOgFrivillig.Kjent())
	sett(FaktumUtgifterDekketAnnetSted, f.UtgifterDekketAnnetSted.Kjent())
	sett(FaktumTilretteleggingKlarlagt, f.TilretteleggingKlarlagt.Kjent())
	sett(FaktumOnskerArbeidEllerUtdanning, f.OnskerArbeidEllerUtdanning.Kjent())
	sett(FaktumDroftetMedAnsattesRepresentanter, f.DroftetMedAnsattesRepresentanter.Kjent())
	sett(FaktumOppfolgingsbehovHoyst1Til5, f.OppfolgingsbehovHoyst1Til5.Kjent())
	sett(FaktumOppfolgingHensiktsmessig, f.OppfolgingHensiktsmessig.Kjent())
	return s
}

// validerVerdier gir en *FeltFeil for det første enum-feltet med en verdi
// utenfor typen sin, i feltrekkefølge. Hold i takt med Fakta (testen
// TestFaktaValiderEnumFelt setter hvert felt til en ugyldig verdi).
func (f *Fakta) validerVerdier() error {
	switch {
	case !f.Arbeidsevne.Gyldig():
		return arbeidsevneTekst.feilFor(FaktumArbeidsevne, uint8(f.Arbeidsevne))
	case !f.Innsatsgruppe.Gyldig():
		return innsatsgruppeTekst.feilFor(FaktumInnsatsgruppe, uint8(f.Innsatsgruppe))
	case !f.Uforetrygd.Gyldig():
		return uforetrygdTekst.feilFor(FaktumUforetrygd, uint8(f.Uforetrygd))
	case !f.Stillingstype.Gyldig():
		return stillingstypeTekst.feilFor(FaktumStillingstype, uint8(f.Stillingstype))
	}
	// Rask sjekk uten løkke og uten kopi; feltet finnes bare når noe er galt.
	if ugyldigSvar(f.BistandsbehovFastslatt)|
		ugyldigSvar(f.Sykmeldt)|
		ugyldigSvar(f.Sykefravaer12Mnd)|
		ugyldigSvar(f.AnsattHosArbeidsgiver)|
		ugyldigSvar(f.PsykiskLidelseEllerRus)|
		ugyldigSvar(f.OppfolgingHelseEllerSammensatt)|
		ugyldigSvar(f.Samtykke)|
		ugyldigSvar(f.BehovOmfattendeBistand)|
		ugyldigSvar(f.BehovUtvidetAvklaring)|
		ugyldigSvar(f.LiteArbeidserfaring)|
		ugyldigSvar(f.VanskerMedArbeid)|
		ugyldigSvar(f.BehovForKvalifisering)|
		ugyldigSvar(f.SammensattBistandsbehov)|
		ugyldigSvar(f.FysiskFunksjonsnedsettelseEllerBlind)|
		ugyldigSvar(f.BehovTilretteleggingOgTettOppfolging)|
		ugyldigSvar(f.SaerligBehovTilrettelegging)|
		ugyldigSvar(f.IUtdanning)|
		ugyldigSvar(f.OvergangSkoleEllerSoning)|
		ugyldigSvar(f.OpplaeringFormellKompetanse)|
		ugyldigSvar(f.TilrettelagtFagOgYrkesopplaering)|
		ugyldigSvar(f.KombinertLop)|
		ugyldigSvar(f.ArbeidsgiverHarPermitterte)|
		ugyldigSvar(f.NodvendigOgHensiktsmessig)|
		ugyldigSvar(f.AndreTiltakVurdert)|
		ugyldigSvar(f.TidsbegrensedeTiltakForsokt)|
		ugyldigSvar(f.SaerligBehovMentor)|
		ugyldigSvar(f.SaerligeGrunner)|
		ugyldigSvar(f.SammensattePsykiskeProblemerEllerRus)|
		ugyldigSvar(f.Arbeidstaker)|
		ugyldigSvar(f.TilretteleggingspliktOppfylt)|
		ugyldigSvar(f.OppfolgingsplanInnhentet)|
		ugyldigSvar(f.BedriftsinterneTiltakProvd)|
		ugyldigSvar(f.NaerstaendeAvArrangor)|
		ugyldigSvar(f.SaerligeGrunnerNaerstaende)|
		ugyldigSvar(f.ForetakIVansker)|
		ugyldigSvar(f.UtestaendeTilbakebetalingskrav)|
		ugyldigSvar(f.MentorNodvendig)|
		ugyldigSvar(f.FagopplaeringIOpplaeringstiltak)|
		ugyldigSvar(f.AvvikendeUtdanningssituasjon)|
		ugyldigSvar(f.UtenRettTilOpplaering)|
		ugyldigSvar(f.BehovsvurderingGjennomfort)|
		ugyldigSvar(f.ArbeidsevnevurderingVarigTiltak)|
		ugyldigSvar(f.HelseEllerSosialeArsaker)|
		ugyldigSvar(f.GradvisSvekketArbeidsevne)|
		ugyldigSvar(f.ProblemerMedSommerjobb)|
		ugyldigSvar(f.HeltPermittert)|
		ugyldigSvar(f.BedriftIOmstilling)|
		ugyldigSvar(f.TilretteleggingsOgOppfolgingsavtale)|
		ugyldigSvar(f.IndividuellFormidlingsbistand)|
		ugyldigSvar(f.ForskriftsfestetForsok)|
		ugyldigSvar(f.UsikreYrkesmessigeForutsetninger)|
		ugyldigSvar(f.NavKontorIForsok)|
		ugyldigSvar(f.FullfortVideregaende)|
		ugyldigSvar(f.PraksisnaerOpplaering)|
		ugyldigSvar(f.SterkeProblemerUtdanning)|
		ugyldigSvar(f.OpplaeringTilleggOgFrivillig)|
		ugyldigSvar(f.UtgifterDekketAnnetSted)|
		ugyldigSvar(f.TilretteleggingKlarlagt)|
		ugyldigSvar(f.OnskerArbeidEllerUtdanning)|
		ugyldigSvar(f.DroftetMedAnsattesRepresentanter)|
		ugyldigSvar(f.OppfolgingsbehovHoyst1Til5)|
		ugyldigSvar(f.OppfolgingHensiktsmessig) == 0 {
		return nil
	}
	svar := [...]struct {
		ft Faktum
		v  Svar
	}{
		{FaktumBistandsbehovFastslatt, f.BistandsbehovFastslatt},
		{FaktumSykmeldt, f.Sykmeldt},
		{FaktumSykefravaer12Mnd, f.Sykefravaer12Mnd},
		{FaktumAnsattHosArbeidsgiver, f.AnsattHosArbeidsgiver},
		{FaktumPsykiskLidelseEllerRus, f.PsykiskLidelseEllerRus},
		{FaktumOppfolgingHelseEllerSammensatt, f.OppfolgingHelseEllerSammensatt},
		{FaktumSamtykke, f.Samtykke},
		{FaktumBehovOmfattendeBistand, f.BehovOmfattendeBistand},
		{FaktumBehovUtvidetAvklaring, f.BehovUtvidetAvklaring},
		{FaktumLiteArbeidserfaring, f.LiteArbeidserfaring},
		{FaktumVanskerMedArbeid, f.VanskerMedArbeid},
		{FaktumBehovForKvalifisering, f.BehovForKvalifisering},
		{FaktumSammensattBistandsbehov, f.SammensattBistandsbehov},
		{FaktumFysiskFunksjonsnedsettelseEllerBlind, f.FysiskFunksjonsnedsettelseEllerBlind},
		{FaktumBehovTilretteleggingOgTettOppfolging, f.BehovTilretteleggingOgTettOppfolging},
		{FaktumSaerligBehovTilrettelegging, f.SaerligBehovTilrettelegging},
		{FaktumIUtdanning, f.IUtdanning},
		{FaktumOvergangSkoleEllerSoning, f.OvergangSkoleEllerSoning},
		{FaktumOpplaeringFormellKompetanse, f.OpplaeringFormellKompetanse},
		{FaktumTilrettelagtFagOgYrkesopplaering, f.TilrettelagtFagOgYrkesopplaering},
		{FaktumKombinertLop, f.KombinertLop},
		{FaktumArbeidsgiverHarPermitterte, f.ArbeidsgiverHarPermitterte},
		{FaktumNodvendigOgHensiktsmessig, f.NodvendigOgHensiktsmessig},
		{FaktumAndreTiltakVurdert, f.AndreTiltakVurdert},
		{FaktumTidsbegrensedeTiltakForsokt, f.TidsbegrensedeTiltakForsokt},
		{FaktumSaerligBehovMentor, f.SaerligBehovMentor},
		{FaktumSaerligeGrunner, f.SaerligeGrunner},
		{FaktumSammensattePsykiskeProblemerEllerRus, f.SammensattePsykiskeProblemerEllerRus},
		{FaktumArbeidstaker, f.Arbeidstaker},
		{FaktumTilretteleggingspliktOppfylt, f.TilretteleggingspliktOppfylt},
		{FaktumOppfolgingsplanInnhentet, f.OppfolgingsplanInnhentet},
		{FaktumBedriftsinterneTiltakProvd, f.BedriftsinterneTiltakProvd},
		{FaktumNaerstaendeAvArrangor, f.NaerstaendeAvArrangor},
		{FaktumSaerligeGrunnerNaerstaende, f.SaerligeGrunnerNaerstaende},
		{FaktumForetakIVansker, f.ForetakIVansker},
		{FaktumUtestaendeTilbakebetalingskrav, f.UtestaendeTilbakebetalingskrav},
		{FaktumMentorNodvendig, f.MentorNodvendig},
		{FaktumFagopplaeringIOpplaeringstiltak, f.FagopplaeringIOpplaeringstiltak},
		{FaktumAvvikendeUtdanningssituasjon, f.AvvikendeUtdanningssituasjon},
		{FaktumUtenRettTilOpplaering, f.UtenRettTilOpplaering},
		{FaktumBehovsvurderingGjennomfort, f.BehovsvurderingGjennomfort},
		{FaktumArbeidsevnevurderingVarigTiltak, f.ArbeidsevnevurderingVarigTiltak},
		{FaktumHelseEllerSosialeArsaker, f.HelseEllerSosialeArsaker},
		{FaktumGradvisSvekketArbeidsevne, f.GradvisSvekketArbeidsevne},
		{FaktumProblemerMedSommerjobb, f.ProblemerMedSommerjobb},
		{FaktumHeltPermittert, f.HeltPermittert},
		{FaktumBedriftIOmstilling, f.BedriftIOmstilling},
		{FaktumTilretteleggingsOgOppfolgingsavtale, f.TilretteleggingsOgOppfolgingsavtale},
		{FaktumIndividuellFormidlingsbistand, f.IndividuellFormidlingsbistand},
		{FaktumForskriftsfestetForsok, f.ForskriftsfestetForsok},
		{FaktumUsikreYrkesmessigeForutsetninger, f.UsikreYrkesmessigeForutsetninger},
		{FaktumNavKontorIForsok, f.NavKontorIForsok},
		{FaktumFullfortVideregaende, f.FullfortVideregaende},
		{FaktumPraksisnaerOpplaering, f.PraksisnaerOpplaering},
		{FaktumSterkeProblemerUtdanning, f.SterkeProblemerUtdanning},
		{FaktumOpplaeringTilleggOgFrivillig, f.OpplaeringTilleggOgFrivillig},
		{FaktumUtgifterDekketAnnetSted, f.UtgifterDekketAnnetSted},
		{FaktumTilretteleggingKlarlagt, f.TilretteleggingKlarlagt},
		{FaktumOnskerArbeidEllerUtdanning, f.OnskerArbeidEllerUtdanning},
		{FaktumDroftetMedAnsattesRepresentanter, f.DroftetMedAnsattesRepresentanter},
		{FaktumOppfolgingsbehovHoyst1Til5, f.OppfolgingsbehovHoyst1Til5},
		{FaktumOppfolgingHensiktsmessig, f.OppfolgingHensiktsmessig},
	}
	for _, s := range svar {
		if !s.v.Gyldig() {
			return svarTekst.feilFor(s.ft, uint8(s.v))
		}
	}
	return nil
}

// ugyldigSvar er 0 når v er Ukjent, Ja eller Nei (0, 1, 2) og ellers ikke 0.
func ugyldigSvar(v Svar) Svar { return v&^3 | v&(v>>1) }
