package tiltak

import "strconv"

// Endelige er verdiene til faktaene med et endelig verdiområde — ja/nei-
// faktaene (Svar) og oppramsingene (Arbeidsevne, Innsatsgruppe, Uforetrygd,
// Stillingstype) — som små tall med faktumet som indeks: tallet er verdien
// i feltets type, og 0 er ukjent for alle. Fakta med andre typer (datoer,
// tiltakssett) er alltid 0. Motoren i regler slår opp vilkår som bare leser
// slike fakta i en tabell med disse tallene i stedet for å kalle vilkåret.
type Endelige [faktumSlutt]uint8

// Endelige fyller v med verdiene i f (og 0 for fakta uten endelig
// verdiområde). Den allokerer ikke. Verdiene er innenfor Verdiomrade når f
// har gått gjennom Valider.
func (f *Fakta) Endelige(v *Endelige) {
	*v = Endelige{}
	v[FaktumArbeidsevne] = uint8(f.Arbeidsevne)
	v[FaktumInnsatsgruppe] = uint8(f.Innsatsgruppe)
	v[FaktumUforetrygd] = uint8(f.Uforetrygd)
	v[FaktumBistandsbehovFastslatt] = uint8(f.BistandsbehovFastslatt)
	v[FaktumSykmeldt] = uint8(f.Sykmeldt)
	v[FaktumSykefravaer12Mnd] = uint8(f.Sykefravaer12Mnd)
	v[FaktumAnsattHosArbeidsgiver] = uint8(f.AnsattHosArbeidsgiver)
	v[FaktumPsykiskLidelseEllerRus] = uint8(f.PsykiskLidelseEllerRus)
	v[FaktumOppfolgingHelseEllerSammensatt] = uint8(f.OppfolgingHelseEllerSammensatt)
	v[FaktumSamtykke] = uint8(f.Samtykke)
	v[FaktumBehovOmfattendeBistand] = uint8(f.BehovOmfattendeBistand)
	v[FaktumBehovUtvidetAvklaring] = uint8(f.BehovUtvidetAvklaring)
	v[FaktumLiteArbeidserfaring] = uint8(f.LiteArbeidserfaring)
	v[FaktumVanskerMedArbeid] = uint8(f.VanskerMedArbeid)
	v[FaktumBehovForKvalifisering] = uint8(f.BehovForKvalifisering)
	v[FaktumSammensattBistandsbehov] = uint8(f.SammensattBistandsbehov)
	v[FaktumFysiskFunksjonsnedsettelseEllerBlind] = uint8(f.FysiskFunksjonsnedsettelseEllerBlind)
	v[FaktumBehovTilretteleggingOgTettOppfolging] = uint8(f.BehovTilretteleggingOgTettOppfolging)
	v[FaktumSaerligBehovTilrettelegging] = uint8(f.SaerligBehovTilrettelegging)
	v[FaktumIUtdanning] = uint8(f.IUtdanning)
	v[FaktumOvergangSkoleEllerSoning] = uint8(f.OvergangSkoleEllerSoning)
	v[FaktumOpplaeringFormellKompetanse] = uint8(f.OpplaeringFormellKompetanse)
	v[FaktumTilrettelagtFagOgYrkesopplaering] = uint8(f.TilrettelagtFagOgYrkesopplaering)
	v[FaktumKombinertLop] = uint8(f.KombinertLop)
	v[FaktumStillingstype] = uint8(f.Stillingstype)
	v[FaktumArbeidsgiverHarPermitterte] = uint8(f.ArbeidsgiverHarPermitterte)
	v[FaktumNodvendigOgHensiktsmessig] = uint8(f.NodvendigOgHensiktsmessig)
	v[FaktumAndreTiltakVurdert] = uint8(f.AndreTiltakVurdert)
	v[FaktumTidsbegrensedeTiltakForsokt] = uint8(f.TidsbegrensedeTiltakForsokt)
	v[FaktumSaerligBehovMentor] = uint8(f.SaerligBehovMentor)
	v[FaktumSaerligeGrunner] = uint8(f.SaerligeGrunner)
	v[FaktumSammensattePsykiskeProblemerEllerRus] = uint8(f.SammensattePsykiskeProblemerEllerRus)
	v[FaktumArbeidstaker] = uint8(f.Arbeidstaker)
	v[FaktumTilretteleggingspliktOppfylt] = uint8(f.TilretteleggingspliktOppfylt)
	v[FaktumOppfolgingsplanInnhentet] = uint8(f.OppfolgingsplanInnhentet)
	v[FaktumBedriftsinterneTiltakProvd] = uint8(f.BedriftsinterneTiltakProvd)
	v[FaktumNaerstaendeAvArrangor] = uint8(f.NaerstaendeAvArrangor)
	v[FaktumSaerligeGrunnerNaerstaende] = uint8(f.SaerligeGrunnerNaerstaende)
	v[FaktumForetakIVansker] = uint8(f.ForetakIVansker)
	v[FaktumUtestaendeTilbakebetalingskrav] = uint8(f.UtestaendeTilbakebetalingskrav)
	v[FaktumMentorNodvendig] = uint8(f.MentorNodvendig)
	v[FaktumFagopplaeringIOpplaeringstiltak] = uint8(f.FagopplaeringIOpplaeringstiltak)
	v[FaktumAvvikendeUtdanningssituasjon] = uint8(f.AvvikendeUtdanningssituasjon)
	v[FaktumUtenRettTilOpplaering] = uint8(f.UtenRettTilOpplaering)
	v[FaktumBehovsvurderingGjennomfort] = uint8(f.BehovsvurderingGjennomfort)
	v[FaktumArbeidsevnevurderingVarigTiltak] = uint8(f.ArbeidsevnevurderingVarigTiltak)
	v[FaktumHelseEllerSosialeArsaker] = uint8(f.HelseEllerSosialeArsaker)
	v[FaktumGradvisSvekketArbeidsevne] = uint8(f.GradvisSvekketArbeidsevne)
	v[FaktumProblemerMedSommerjobb] = uint8(f.ProblemerMedSommerjobb)
	v[FaktumHeltPermittert] = uint8(f.HeltPermittert)
	v[FaktumBedriftIOmstilling] = uint8(f.BedriftIOmstilling)
	v[FaktumTilretteleggingsOgOppfolgingsavtale] = uint8(f.TilretteleggingsOgOppfolgingsavtale)
	v[FaktumIndividuellFormidlingsbistand] = uint8(f.IndividuellFormidlingsbistand)
	v[FaktumForskriftsfestetForsok] = uint8(f.ForskriftsfestetForsok)
	v[FaktumUsikreYrkesmessigeForutsetninger] = uint8(f.UsikreYrkesmessigeForutsetninger)
	v[FaktumNavKontorIForsok] = uint8(f.NavKontorIForsok)
	v[FaktumFullfortVideregaende] = uint8(f.FullfortVideregaende)
	v[FaktumPraksisnaerOpplaering] = uint8(f.PraksisnaerOpplaering)
	v[FaktumSterkeProblemerUtdanning] = uint8(f.SterkeProblemerUtdanning)
	v[FaktumOpplaeringTilleggOgFrivillig] = uint8(f.OpplaeringTilleggOgFrivillig)
	v[FaktumUtgifterDekketAnnetSted] = uint8(f.UtgifterDekketAnnetSted)
	v[FaktumTilretteleggingKlarlagt] = uint8(f.TilretteleggingKlarlagt)
	v[FaktumOnskerArbeidEllerUtdanning] = uint8(f.OnskerArbeidEllerUtdanning)
	v[FaktumDroftetMedAnsattesRepresentanter] = uint8(f.DroftetMedAnsattesRepresentanter)
	v[FaktumOppfolgingsbehovHoyst1Til5] = uint8(f.OppfolgingsbehovHoyst1Til5)
	v[FaktumOppfolgingHensiktsmessig] = uint8(f.OppfolgingHensiktsmessig)
}

// Verdiomrade gir hvor mange verdier faktumet kan ha i Endelige, ukjent
// medregnet (3 for et ja/nei-faktum), eller 0 når faktumet ikke har et
// endelig verdiområde (datoer, tiltakssett) eller er ugyldig.
func (ft Faktum) Verdiomrade() int {
	if !ft.Gyldig() {
		return 0
	}
	return int(verdiomrader[ft])
}

// verdiomrader er Verdiomrade for hvert faktum; bare lest.
var verdiomrader = func() (d [faktumSlutt]uint8) {
	d = [faktumSlutt]uint8{
		FaktumArbeidsevne:                          uint8(len(arbeidsevneTekst.ord)),
		FaktumInnsatsgruppe:                        uint8(len(innsatsgruppeTekst.ord)),
		FaktumUforetrygd:                           uint8(len(uforetrygdTekst.ord)),
		FaktumBistandsbehovFastslatt:               uint8(len(svarTekst.ord)),
		FaktumSykmeldt:                             uint8(len(svarTekst.ord)),
		FaktumSykefravaer12Mnd:                     uint8(len(svarTekst.ord)),
		FaktumAnsattHosArbeidsgiver:                uint8(len(svarTekst.ord)),
		FaktumPsykiskLidelseEllerRus:               uint8(len(svarTekst.ord)),
		FaktumOppfolgingHelseEllerSammensatt:       uint8(len(svarTekst.ord)),
		FaktumSamtykke:                             uint8(len(svarTekst.ord)),
		FaktumBehovOmfattendeBistand:               uint8(len(svarTekst.ord)),
		FaktumBehovUtvidetAvklaring:                uint8(len(svarTekst.ord)),
		FaktumLiteArbeidserfaring:                  uint8(len(svarTekst.ord)),
		FaktumVanskerMedArbeid:                     uint8(len(svarTekst.ord)),
		FaktumBehovForKvalifisering:                uint8(len(svarTekst.ord)),
		FaktumSammensattBistandsbehov:              uint8(len(svarTekst.ord)),
		FaktumFysiskFunksjonsnedsettelseEllerBlind: uint8(len(svarTekst.ord)),
		FaktumBehovTilretteleggingOgTettOppfolging: uint8(len(svarTekst.ord)),
		FaktumSaerligBehovTilrettelegging:          uint8(len(svarTekst.ord)),
		FaktumIUtdanning:                           uint8(len(svarTekst.ord)),
		FaktumOvergangSkoleEllerSoning:             uint8(len(svarTekst.ord)),
		FaktumOpplaeringFormellKompetanse:          uint8(len(svarTekst.ord)),
		FaktumTilrettelagtFagOgYrkesopplaering:     uint8(len(svarTekst.ord)),
		FaktumKombinertLop:                         uint8(len(svarTekst.ord)),
		FaktumStillingstype:                        uint8(len(stillingstypeTekst.ord)),
		FaktumArbeidsgiverHarPermitterte:           uint8(len(svarTekst.ord)),
		FaktumNodvendigOgHensiktsmessig:            uint8(len(svarTekst.ord)),
		FaktumAndreTiltakVurdert:                   uint8(len(svarTekst.ord)),
		FaktumTidsbegrensedeTiltakForsokt:          uint8(len(svarTekst.ord)),
		FaktumSaerligBehovMentor:                   uint8(len(svarTekst.ord)),
		FaktumSaerligeGrunner:                      uint8(len(svarTekst.ord)),
		FaktumSammensattePsykiskeProblemerEllerRus: uint8(len(svarTekst.ord)),
		FaktumArbeidstaker:                         uint8(len(svarTekst.ord)),
		FaktumTilretteleggingspliktOppfylt:         uint8(len(svarTekst.ord)),
		FaktumOppfolgingsplanInnhentet:             uint8(len(svarTekst.ord)),
		FaktumBedriftsinterneTiltakProvd:           uint8(len(svarTekst.ord)),
		FaktumNaerstaendeAvArrangor:                uint8(len(svarTekst.ord)),
		FaktumSaerligeGrunnerNaerstaende:           uint8(len(svarTekst.ord)),
		FaktumForetakIVansker:                      uint8(len(svarTekst.ord)),
		FaktumUtestaendeTilbakebetalingskrav:       uint8(len(svarTekst.ord)),
		FaktumMentorNodvendig:                      uint8(len(svarTekst.ord)),
		FaktumFagopplaeringIOpplaeringstiltak:      uint8(len(svarTekst.ord)),
		FaktumAvvikendeUtdanningssituasjon:         uint8(len(svarTekst.ord)),
		FaktumUtenRettTilOpplaering:                uint8(len(svarTekst.ord)),
		FaktumBehovsvurderingGjennomfort:           uint8(len(svarTekst.ord)),
		FaktumArbeidsevnevurderingVarigTiltak:      uint8(len(svarTekst.ord)),
		FaktumHelseEllerSosialeArsaker:             uint8(len(svarTekst.ord)),
		FaktumGradvisSvekketArbeidsevne:            uint8(len(svarTekst.ord)),
		FaktumProblemerMedSommerjobb:               uint8(len(svarTekst.ord)),
		FaktumHeltPermittert:                       uint8(len(svarTekst.ord)),
		FaktumBedriftIOmstilling:                   uint8(len(svarTekst.ord)),
		FaktumTilretteleggingsOgOppfolgingsavtale:  uint8(len(svarTekst.ord)),
		FaktumIndividuellFormidlingsbistand:        uint8(len(svarTekst.ord)),
		FaktumForskriftsfestetForsok:               uint8(len(svarTekst.ord)),
		FaktumUsikreYrkesmessigeForutsetninger:     uint8(len(svarTekst.ord)),
		FaktumNavKontorIForsok:                     uint8(len(svarTekst.ord)),
		FaktumFullfortVideregaende:                 uint8(len(svarTekst.ord)),
		FaktumPraksisnaerOpplaering:                uint8(len(svarTekst.ord)),
		FaktumSterkeProblemerUtdanning:             uint8(len(svarTekst.ord)),
		FaktumOpplaeringTilleggOgFrivillig:         uint8(len(svarTekst.ord)),
		FaktumUtgifterDekketAnnetSted:              uint8(len(svarTekst.ord)),
		FaktumTilretteleggingKlarlagt:              uint8(len(svarTekst.ord)),
		FaktumOnskerArbeidEllerUtdanning:           uint8(len(svarTekst.ord)),
		FaktumDroftetMedAnsattesRepresentanter:     uint8(len(svarTekst.ord)),
		FaktumOppfolgingsbehovHoyst1Til5:           uint8(len(svarTekst.ord)),
		FaktumOppfolgingHensiktsmessig:             uint8(len(svarTekst.ord)),
	}
	return d
}()

// SettEndelig setter faktumet ft i f til verdien v, med tallene Endelige
// bruker. Feil: en *FeltFeil som pakker ErrUgyldigFaktum når faktumet ikke
// har et endelig verdiområde, eller når v er utenfor det.
func (f *Fakta) SettEndelig(ft Faktum, v uint8) error {
	n := ft.Verdiomrade()
	if n == 0 {
		return &FeltFeil{Felt: ft.String(), Grunn: "faktumet har ikke et endelig verdiområde", Err: ErrUgyldigFaktum}
	}
	if int(v) >= n {
		return &FeltFeil{Felt: ft.String(), Verdi: strconv.Itoa(int(v)), Grunn: "verdien er utenfor området 0–" + strconv.Itoa(n-1), Err: ErrUgyldigFaktum}
	}
	switch ft {
	case FaktumArbeidsevne:
		f.Arbeidsevne = Arbeidsevne(v)
	case FaktumInnsatsgruppe:
		f.Innsatsgruppe = Innsatsgruppe(v)
	case FaktumUforetrygd:
		f.Uforetrygd = Uforetrygd(v)
	case FaktumBistandsbehovFastslatt:
		f.BistandsbehovFastslatt = Svar(v)
	case FaktumSykmeldt:
		f.Sykmeldt = Svar(v)
	case FaktumSykefravaer12Mnd:
		f.Sykefravaer12Mnd = Svar(v)
	case FaktumAnsattHosArbeidsgiver:
		f.AnsattHosArbeidsgiver = Svar(v)
	case FaktumPsykiskLidelseEllerRus:
		f.PsykiskLidelseEllerRus = Svar(v)
	case FaktumOppfolgingHelseEllerSammensatt:
		f.OppfolgingHelseEllerSammensatt = Svar(v)
	case FaktumSamtykke:
		f.Samtykke = Svar(v)
	case FaktumBehovOmfattendeBistand:
		f.BehovOmfattendeBistand = Svar(v)
	case FaktumBehovUtvidetAvklaring:
		f.BehovUtvidetAvklaring = Svar(v)
	case FaktumLiteArbeidserfaring:
		f.LiteArbeidserfaring = Svar(v)
	case FaktumVanskerMedArbeid:
		f.VanskerMedArbeid = Svar(v)
	case FaktumBehovForKvalifisering:
		f.BehovForKvalifisering = Svar(v)
	case FaktumSammensattBistandsbehov:
		f.SammensattBistandsbehov = Svar(v)
	case FaktumFysiskFunksjonsnedsettelseEllerBlind:
		f.FysiskFunksjonsnedsettelseEllerBlind = Svar(v)
	case FaktumBehovTilretteleggingOgTettOppfolging:
		f.BehovTilretteleggingOgTettOppfolging = Svar(v)
	case FaktumSaerligBehovTilrettelegging:
		f.SaerligBehovTilrettelegging = Svar(v)
	case FaktumIUtdanning:
		f.IUtdanning = Svar(v)
	case FaktumOvergangSkoleEllerSoning:
		f.OvergangSkoleEllerSoning = Svar(v)
	case FaktumOpplaeringFormellKompetanse:
		f.OpplaeringFormellKompetanse = Svar(v)
	case FaktumTilrettelagtFagOgYrkesopplaering:
		f.TilrettelagtFagOgYrkesopplaering = Svar(v)
	case FaktumKombinertLop:
		f.KombinertLop = Svar(v)
	case FaktumStillingstype:
		f.Stillingstype = Stillingstype(v)
	case FaktumArbeidsgiverHarPermitterte:
		f.ArbeidsgiverHarPermitterte = Svar(v)
	case FaktumNodvendigOgHensiktsmessig:
		f.NodvendigOgHensiktsmessig = Svar(v)
	case FaktumAndreTiltakVurdert:
		f.AndreTiltakVurdert = Svar(v)
	case FaktumTidsbegrensedeTiltakForsokt:
		f.TidsbegrensedeTiltakForsokt = Svar(v)
	case FaktumSaerligBehovMentor:
		f.SaerligBehovMentor = Svar(v)
	case FaktumSaerligeGrunner:
		f.SaerligeGrunner = Svar(v)
	case FaktumSammensattePsykiskeProblemerEllerRus:
		f.SammensattePsykiskeProblemerEllerRus = Svar(v)
	case FaktumArbeidstaker:
		f.Arbeidstaker = Svar(v)
	case FaktumTilretteleggingspliktOppfylt:
		f.TilretteleggingspliktOppfylt = Svar(v)
	case FaktumOppfolgingsplanInnhentet:
		f.OppfolgingsplanInnhentet = Svar(v)
	case FaktumBedriftsinterneTiltakProvd:
		f.BedriftsinterneTiltakProvd = Svar(v)
	case FaktumNaerstaendeAvArrangor:
		f.NaerstaendeAvArrangor = Svar(v)
	case FaktumSaerligeGrunnerNaerstaende:
		f.SaerligeGrunnerNaerstaende = Svar(v)
	case FaktumForetakIVansker:
		f.ForetakIVansker = Svar(v)
	case FaktumUtestaendeTilbakebetalingskrav:
		f.UtestaendeTilbakebetalingskrav = Svar(v)
	case FaktumMentorNodvendig:
		f.MentorNodvendig = Svar(v)
	case FaktumFagopplaeringIOpplaeringstiltak:
		f.FagopplaeringIOpplaeringstiltak = Svar(v)
	case FaktumAvvikendeUtdanningssituasjon:
		f.AvvikendeUtdanningssituasjon = Svar(v)
	case FaktumUtenRettTilOpplaering:
		f.UtenRettTilOpplaering = Svar(v)
	case FaktumBehovsvurderingGjennomfort:
		f.BehovsvurderingGjennomfort = Svar(v)
	case FaktumArbeidsevnevurderingVarigTiltak:
		f.ArbeidsevnevurderingVarigTiltak = Svar(v)
	case FaktumHelseEllerSosialeArsaker:
		f.HelseEllerSosialeArsaker = Svar(v)
	case FaktumGradvisSvekketArbeidsevne:
		f.GradvisSvekketArbeidsevne = Svar(v)
	case FaktumProblemerMedSommerjobb:
		f.ProblemerMedSommerjobb = Svar(v)
	case FaktumHeltPermittert:
		f.HeltPermittert = Svar(v)
	case FaktumBedriftIOmstilling:
		f.BedriftIOmstilling = Svar(v)
	case FaktumTilretteleggingsOgOppfolgingsavtale:
		f.TilretteleggingsOgOppfolgingsavtale = Svar(v)
	case FaktumIndividuellFormidlingsbistand:
		f.IndividuellFormidlingsbistand = Svar(v)
	case FaktumForskriftsfestetForsok:
		f.ForskriftsfestetForsok = Svar(v)
	case FaktumUsikreYrkesmessigeForutsetninger:
		f.UsikreYrkesmessigeForutsetninger = Svar(v)
	case FaktumNavKontorIForsok:
		f.NavKontorIForsok = Svar(v)
	case FaktumFullfortVideregaende:
		f.FullfortVideregaende = Svar(v)
	case FaktumPraksisnaerOpplaering:
		f.PraksisnaerOpplaering = Svar(v)
	case FaktumSterkeProblemerUtdanning:
		f.SterkeProblemerUtdanning = Svar(v)
	case FaktumOpplaeringTilleggOgFrivillig:
		f.OpplaeringTilleggOgFrivillig = Svar(v)
	case FaktumUtgifterDekketAnnetSted:
		f.UtgifterDekketAnnetSted = Svar(v)
	case FaktumTilretteleggingKlarlagt:
		f.TilretteleggingKlarlagt = Svar(v)
	case FaktumOnskerArbeidEllerUtdanning:
		f.OnskerArbeidEllerUtdanning = Svar(v)
	case FaktumDroftetMedAnsattesRepresentanter:
		f.DroftetMedAnsattesRepresentanter = Svar(v)
	case FaktumOppfolgingsbehovHoyst1Til5:
		f.OppfolgingsbehovHoyst1Til5 = Svar(v)
	case FaktumOppfolgingHensiktsmessig:
		f.OppfolgingHensiktsmessig = Svar(v)
	}
	return nil
}
