package tiltak

import "encoding/json"

// Kode generert fra feltene i Fakta (se gen i historikken); hold i takt med Fakta.

// Faktum navngir ett felt i Fakta, slik at sporet kan si hvilke fakta en
// regel leste og hvilke som mangler. String gir feltets JSON-navn.
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
	FaktumIGrunnleggendeOpplaering                               // i_opplaering_bokstav_b
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
)

type faktumInfo struct {
	navn, beskrivelse string
	kjent             func(*Fakta) bool
	tekst             func(*Fakta) string
}

var fakta = [...]faktumInfo{
	{},
	{"fodselsdato", "Personens fødselsdato", func(f *Fakta) bool { return !f.Fodselsdato.IsZero() }, func(f *Fakta) string { return f.Fodselsdato.String() }},
	{"arbeidsevne", "NAVs vurdering av arbeidsevnen", func(f *Fakta) bool { return f.Arbeidsevne != 0 }, func(f *Fakta) string { return f.Arbeidsevne.String() }},
	{"innsatsgruppe", "Gruppen i vedtaket etter arbeids- og velferdsforvaltningsloven § 14 a", func(f *Fakta) bool { return f.Innsatsgruppe != 0 }, func(f *Fakta) string { return f.Innsatsgruppe.String() }},
	{"uforetrygd", "Om personen mottar eller venter uføretrygd", func(f *Fakta) bool { return f.Uforetrygd != 0 }, func(f *Fakta) string { return f.Uforetrygd.String() }},
	{"registrert_dato", "Datoen personen ble registrert hos NAV", func(f *Fakta) bool { return !f.RegistrertDato.IsZero() }, func(f *Fakta) string { return f.RegistrertDato.String() }},
	{"bistandsbehov_fastslatt", "NAV har fastslått et behov for bistand for å komme i ordinært arbeid (§ 14 a-vedtak)", func(f *Fakta) bool { return f.BistandsbehovFastslatt.Kjent() }, func(f *Fakta) string { return f.BistandsbehovFastslatt.String() }},
	{"sykmeldt", "Personen er sykmeldt arbeidstaker", func(f *Fakta) bool { return f.Sykmeldt.Kjent() }, func(f *Fakta) string { return f.Sykmeldt.String() }},
	{"sykefravaer_12_mnd", "Personen har vært helt eller delvis sykmeldt i 12 måneder og står i fare for å falle ut av arbeidslivet", func(f *Fakta) bool { return f.Sykefravaer12Mnd.Kjent() }, func(f *Fakta) string { return f.Sykefravaer12Mnd.String() }},
	{"ansatt_hos_arbeidsgiver", "Personen er allerede ansatt hos arbeidsgiveren tiltaket gjelder (tiltaket skal beholde, ikke skaffe, arbeid)", func(f *Fakta) bool { return f.AnsattHosArbeidsgiver.Kjent() }, func(f *Fakta) string { return f.AnsattHosArbeidsgiver.String() }},
	{"psykisk_lidelse_eller_rus_i_behandling", "Moderate til alvorlige psykiske lidelser og/eller rusproblemer, med behandling i helse- og omsorgstjenesten", func(f *Fakta) bool { return f.PsykiskLidelseEllerRus.Kjent() }, func(f *Fakta) string { return f.PsykiskLidelseEllerRus.String() }},
	{"oppfolging_helse_eller_sammensatte_utfordringer", "Annen oppfølging fra helse- og omsorgstjenesten eller sammensatte utfordringer (egenregiforskriften § 3-1 andre ledd, etter direktoratets retningslinjer)", func(f *Fakta) bool { return f.OppfolgingHelseEllerSammensatt.Kjent() }, func(f *Fakta) string { return f.OppfolgingHelseEllerSammensatt.String() }},
	{"samtykke", "Personen samtykker til å delta (individuell jobbstøtte)", func(f *Fakta) bool { return f.Samtykke.Kjent() }, func(f *Fakta) string { return f.Samtykke.String() }},
	{"behov_omfattende_bistand", "Behov for mer omfattende formidlings- og oppfølgingsbistand enn NAV selv gir", func(f *Fakta) bool { return f.BehovOmfattendeBistand.Kjent() }, func(f *Fakta) string { return f.BehovOmfattendeBistand.String() }},
	{"behov_utvidet_avklaring", "Behov for mer omfattende avklaring enn NAV selv kan gi", func(f *Fakta) bool { return f.BehovUtvidetAvklaring.Kjent() }, func(f *Fakta) string { return f.BehovUtvidetAvklaring.String() }},
	{"lite_arbeidserfaring", "Liten eller mangelfull arbeidserfaring", func(f *Fakta) bool { return f.LiteArbeidserfaring.Kjent() }, func(f *Fakta) string { return f.LiteArbeidserfaring.String() }},
	{"vansker_med_a_komme_i_arbeid", "Vansker med å komme inn på arbeidsmarkedet på ordinære lønns- og arbeidsvilkår", func(f *Fakta) bool { return f.VanskerMedArbeid.Kjent() }, func(f *Fakta) string { return f.VanskerMedArbeid.String() }},
	{"behov_for_kvalifisering", "Behov for kvalifisering på grunn av mangelfulle kvalifikasjoner eller svake grunnleggende ferdigheter", func(f *Fakta) bool { return f.BehovForKvalifisering.Kjent() }, func(f *Fakta) string { return f.BehovForKvalifisering.String() }},
	{"sammensatt_bistandsbehov", "Sammensatt behov for bistand", func(f *Fakta) bool { return f.SammensattBistandsbehov.Kjent() }, func(f *Fakta) string { return f.SammensattBistandsbehov.String() }},
	{"fysisk_funksjonsnedsettelse_eller_blind", "Omfattende fysisk funksjonsnedsettelse, eller blind eller sterkt svaksynt", func(f *Fakta) bool { return f.FysiskFunksjonsnedsettelseEllerBlind.Kjent() }, func(f *Fakta) string { return f.FysiskFunksjonsnedsettelseEllerBlind.String() }},
	{"behov_tilrettelegging_og_tett_oppfolging", "Behov for spesiell tilrettelegging og tett oppfølging (VTA)", func(f *Fakta) bool { return f.BehovTilretteleggingOgTettOppfolging.Kjent() }, func(f *Fakta) string { return f.BehovTilretteleggingOgTettOppfolging.String() }},
	{"saerlig_behov_tilrettelegging", "Særlig behov for tilrettelegging i den konkrete jobben (inkluderingstilskudd)", func(f *Fakta) bool { return f.SaerligBehovTilrettelegging.Kjent() }, func(f *Fakta) string { return f.SaerligBehovTilrettelegging.String() }},
	{"i_utdanning", "Personen deltar i opplæring eller utdanning", func(f *Fakta) bool { return f.IUtdanning.Kjent() }, func(f *Fakta) string { return f.IUtdanning.String() }},
	{"i_opplaering_bokstav_b", "Personen deltar i opplæring etter tiltaksforskriften § 7-2 første ledd bokstav b (arbeid med støtte)", func(f *Fakta) bool { return f.IGrunnleggendeOpplaering.Kjent() }, func(f *Fakta) string { return f.IGrunnleggendeOpplaering.String() }},
	{"overgang_fra_skole_eller_soning", "Personen er i overgang fra skole eller fra soning i institusjon til arbeid", func(f *Fakta) bool { return f.OvergangSkoleEllerSoning.Kjent() }, func(f *Fakta) string { return f.OvergangSkoleEllerSoning.String() }},
	{"opplaering_mot_formell_kompetanse", "Personen får opplæring med sikte på formell kompetanse (AFT)", func(f *Fakta) bool { return f.OpplaeringFormellKompetanse.Kjent() }, func(f *Fakta) string { return f.OpplaeringFormellKompetanse.String() }},
	{"tilrettelagt_fag_og_yrkesopplaering", "Personen deltar i tilrettelagt fag- og yrkesopplæring som opplæringstiltak (mentor)", func(f *Fakta) bool { return f.TilrettelagtFagOgYrkesopplaering.Kjent() }, func(f *Fakta) string { return f.TilrettelagtFagOgYrkesopplaering.String() }},
	{"kombinert_lop", "Opplæringen er et kombinasjonsløp (bokstav b før eller sammen med d, eller c før f), som gir inntil fire år", func(f *Fakta) bool { return f.KombinertLop.Kjent() }, func(f *Fakta) string { return f.KombinertLop.String() }},
	{"stillingstype", "Fast eller midlertidig ansettelse (lønnstilskudd)", func(f *Fakta) bool { return f.Stillingstype != 0 }, func(f *Fakta) string { return f.Stillingstype.String() }},
	{"arbeidsgiver_har_permitterte", "Arbeidsgiveren har permitterte ansatte", func(f *Fakta) bool { return f.ArbeidsgiverHarPermitterte.Kjent() }, func(f *Fakta) string { return f.ArbeidsgiverHarPermitterte.String() }},
	{"deltar_i", "Tiltakene personen deltar i eller skal delta i", func(f *Fakta) bool { return f.DeltarI.Kjent() }, func(f *Fakta) string { return f.DeltarI.String() }},
	{"nodvendig_og_hensiktsmessig", "Deltakelse er nødvendig og hensiktsmessig for å skaffe eller beholde lønnet arbeid (tiltaksforskriften § 1-3)", func(f *Fakta) bool { return f.NodvendigOgHensiktsmessig.Kjent() }, func(f *Fakta) string { return f.NodvendigOgHensiktsmessig.String() }},
	{"andre_tiltak_vurdert", "Andre tiltak er vurdert og funnet uegnet", func(f *Fakta) bool { return f.AndreTiltakVurdert.Kjent() }, func(f *Fakta) string { return f.AndreTiltakVurdert.String() }},
	{"tidsbegrensede_tiltak_forsokt", "Tidsbegrensede tiltak er prøvd eller vurdert før varig lønnstilskudd", func(f *Fakta) bool { return f.TidsbegrensedeTiltakForsokt.Kjent() }, func(f *Fakta) string { return f.TidsbegrensedeTiltakForsokt.String() }},
	{"saerlig_behov_for_mentor", "Særlig behov for mentorbistand", func(f *Fakta) bool { return f.SaerligBehovMentor.Kjent() }, func(f *Fakta) string { return f.SaerligBehovMentor.String() }},
	{"saerlige_grunner", "Særlige grunner gjør at deltakeren ikke kan fullføre innen ordinær varighet (opplæring bokstav d–f)", func(f *Fakta) bool { return f.SaerligeGrunner.Kjent() }, func(f *Fakta) string { return f.SaerligeGrunner.String() }},
	{"sammensatte_psykiske_problemer_eller_rus", "Ung med sammensatte psykiske problemer eller rusutfordringer (egenregiforskriften § 3-6 tredje ledd)", func(f *Fakta) bool { return f.SammensattePsykiskeProblemerEllerRus.Kjent() }, func(f *Fakta) string { return f.SammensattePsykiskeProblemerEllerRus.String() }},
}

// AlleFakta gir alle faktaene i feltrekkefølge.
func AlleFakta() []Faktum {
	ut := make([]Faktum, 0, len(fakta)-1)
	for i := 1; i < len(fakta); i++ {
		ut = append(ut, Faktum(i))
	}
	return ut
}

// String gir faktumets navn i JSON, for eksempel "fodselsdato".
func (ft Faktum) String() string {
	if ft == 0 || int(ft) >= len(fakta) {
		return "ukjent-faktum"
	}
	return fakta[ft].navn
}

// Beskrivelse gir en norsk forklaring av faktumet, egnet for et skjema.
func (ft Faktum) Beskrivelse() string {
	if ft == 0 || int(ft) >= len(fakta) {
		return ""
	}
	return fakta[ft].beskrivelse
}

// MarshalText gir faktumets JSON-navn.
func (ft Faktum) MarshalText() ([]byte, error) {
	if ft == 0 || int(ft) >= len(fakta) {
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
	return &FeltFeil{Felt: "faktum", Verdi: string(b), Grunn: "ukjent faktum", Err: ErrUgyldigFaktum}
}

// Kjent sier om faktumet ft er oppgitt i f.
func (f *Fakta) Kjent(ft Faktum) bool {
	if ft == 0 || int(ft) >= len(fakta) {
		return false
	}
	return fakta[ft].kjent(f)
}

// Verdi gir faktumets verdi som tekst ("ja", "nei", "2004-05-17",
// "trenger-veiledning", …) og "ukjent" når det ikke er oppgitt.
func (f *Fakta) Verdi(ft Faktum) string {
	if ft == 0 || int(ft) >= len(fakta) {
		return "ukjent"
	}
	if !fakta[ft].kjent(f) {
		return "ukjent"
	}
	return fakta[ft].tekst(f)
}

// Skjonn sier om faktumet er et skjønnsspørsmål som saksbehandleren må ta
// stilling til («nødvendig og hensiktsmessig», «andre tiltak vurdert»,
// «særlige grunner» og lignende), og ikke et faktum som kan hentes fra et register.
func (ft Faktum) Skjonn() bool {
	switch ft {
	case FaktumNodvendigOgHensiktsmessig, FaktumAndreTiltakVurdert, FaktumTidsbegrensedeTiltakForsokt,
		FaktumSaerligBehovMentor, FaktumSaerligeGrunner:
		return true
	}
	return false
}

// Faktasett er en mengde fakta, for eksempel faktaene en regel leser eller
// faktaene som mangler for å avgjøre den. Det er en liten verdi uten pekere.
type Faktasett uint64

// FaktasettAv gir settet med de gitte faktaene.
func FaktasettAv(ft ...Faktum) Faktasett {
	var s Faktasett
	for _, f := range ft {
		s = s.Med(f)
	}
	return s
}

// Med gir settet med ft lagt til.
func (s Faktasett) Med(ft Faktum) Faktasett {
	if ft == 0 || ft >= 64 {
		return s
	}
	return s | 1<<ft
}

// Har sier om ft er i settet.
func (s Faktasett) Har(ft Faktum) bool { return ft < 64 && s&(1<<ft) != 0 }

// Union gir faktaene som er i s eller t.
func (s Faktasett) Union(t Faktasett) Faktasett { return s | t }

// Tom sier om settet er tomt.
func (s Faktasett) Tom() bool { return s == 0 }

// Ukjente gir faktaene i s som ikke er oppgitt i f.
func (s Faktasett) Ukjente(f *Fakta) Faktasett {
	return s &^ f.Kjente()
}

// Liste gir faktaene i settet i feltrekkefølge.
func (s Faktasett) Liste() []Faktum {
	var ut []Faktum
	for ft := Faktum(1); int(ft) < len(fakta); ft++ {
		if s.Har(ft) {
			ut = append(ut, ft)
		}
	}
	return ut
}

// MarshalJSON gir settet som en liste av faktanavn.
func (s Faktasett) MarshalJSON() ([]byte, error) {
	l := s.Liste()
	if l == nil {
		l = []Faktum{}
	}
	return json.Marshal(l)
}

// UnmarshalJSON tolker en liste av faktanavn.
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
	if !f.Fodselsdato.IsZero() {
		s |= 1 << FaktumFodselsdato
	}
	if f.Arbeidsevne != 0 {
		s |= 1 << FaktumArbeidsevne
	}
	if f.Innsatsgruppe != 0 {
		s |= 1 << FaktumInnsatsgruppe
	}
	if f.Uforetrygd != 0 {
		s |= 1 << FaktumUforetrygd
	}
	if !f.RegistrertDato.IsZero() {
		s |= 1 << FaktumRegistrertDato
	}
	if f.BistandsbehovFastslatt.Kjent() {
		s |= 1 << FaktumBistandsbehovFastslatt
	}
	if f.Sykmeldt.Kjent() {
		s |= 1 << FaktumSykmeldt
	}
	if f.Sykefravaer12Mnd.Kjent() {
		s |= 1 << FaktumSykefravaer12Mnd
	}
	if f.AnsattHosArbeidsgiver.Kjent() {
		s |= 1 << FaktumAnsattHosArbeidsgiver
	}
	if f.PsykiskLidelseEllerRus.Kjent() {
		s |= 1 << FaktumPsykiskLidelseEllerRus
	}
	if f.OppfolgingHelseEllerSammensatt.Kjent() {
		s |= 1 << FaktumOppfolgingHelseEllerSammensatt
	}
	if f.Samtykke.Kjent() {
		s |= 1 << FaktumSamtykke
	}
	if f.BehovOmfattendeBistand.Kjent() {
		s |= 1 << FaktumBehovOmfattendeBistand
	}
	if f.BehovUtvidetAvklaring.Kjent() {
		s |= 1 << FaktumBehovUtvidetAvklaring
	}
	if f.LiteArbeidserfaring.Kjent() {
		s |= 1 << FaktumLiteArbeidserfaring
	}
	if f.VanskerMedArbeid.Kjent() {
		s |= 1 << FaktumVanskerMedArbeid
	}
	if f.BehovForKvalifisering.Kjent() {
		s |= 1 << FaktumBehovForKvalifisering
	}
	if f.SammensattBistandsbehov.Kjent() {
		s |= 1 << FaktumSammensattBistandsbehov
	}
	if f.FysiskFunksjonsnedsettelseEllerBlind.Kjent() {
		s |= 1 << FaktumFysiskFunksjonsnedsettelseEllerBlind
	}
	if f.BehovTilretteleggingOgTettOppfolging.Kjent() {
		s |= 1 << FaktumBehovTilretteleggingOgTettOppfolging
	}
	if f.SaerligBehovTilrettelegging.Kjent() {
		s |= 1 << FaktumSaerligBehovTilrettelegging
	}
	if f.IUtdanning.Kjent() {
		s |= 1 << FaktumIUtdanning
	}
	if f.IGrunnleggendeOpplaering.Kjent() {
		s |= 1 << FaktumIGrunnleggendeOpplaering
	}
	if f.OvergangSkoleEllerSoning.Kjent() {
		s |= 1 << FaktumOvergangSkoleEllerSoning
	}
	if f.OpplaeringFormellKompetanse.Kjent() {
		s |= 1 << FaktumOpplaeringFormellKompetanse
	}
	if f.TilrettelagtFagOgYrkesopplaering.Kjent() {
		s |= 1 << FaktumTilrettelagtFagOgYrkesopplaering
	}
	if f.KombinertLop.Kjent() {
		s |= 1 << FaktumKombinertLop
	}
	if f.Stillingstype != 0 {
		s |= 1 << FaktumStillingstype
	}
	if f.ArbeidsgiverHarPermitterte.Kjent() {
		s |= 1 << FaktumArbeidsgiverHarPermitterte
	}
	if f.DeltarI.Kjent() {
		s |= 1 << FaktumDeltarI
	}
	if f.NodvendigOgHensiktsmessig.Kjent() {
		s |= 1 << FaktumNodvendigOgHensiktsmessig
	}
	if f.AndreTiltakVurdert.Kjent() {
		s |= 1 << FaktumAndreTiltakVurdert
	}
	if f.TidsbegrensedeTiltakForsokt.Kjent() {
		s |= 1 << FaktumTidsbegrensedeTiltakForsokt
	}
	if f.SaerligBehovMentor.Kjent() {
		s |= 1 << FaktumSaerligBehovMentor
	}
	if f.SaerligeGrunner.Kjent() {
		s |= 1 << FaktumSaerligeGrunner
	}
	if f.SammensattePsykiskeProblemerEllerRus.Kjent() {
		s |= 1 << FaktumSammensattePsykiskeProblemerEllerRus
	}
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
		ugyldigSvar(f.IGrunnleggendeOpplaering)|
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
		ugyldigSvar(f.SammensattePsykiskeProblemerEllerRus) == 0 {
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
		{FaktumIGrunnleggendeOpplaering, f.IGrunnleggendeOpplaering},
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
