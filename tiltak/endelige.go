package tiltak

import (
	"encoding/binary"
	"strconv"
)

// Endelige er verdiene til faktaene med et endelig verdiområde — ja/nei-
// faktaene (Svar) og oppramsingene (Arbeidsevne, Innsatsgruppe, Uforetrygd,
// Stillingstype) — som små tall med faktumet som indeks: tallet er verdien
// i feltets type, og 0 er ukjent for alle. Fakta med andre typer (datoer,
// tiltakssett) er alltid 0. Motoren i regler slår opp vilkår som bare leser
// slike fakta i en tabell med disse tallene i stedet for å kalle vilkåret.
type Endelige [faktumSlutt]uint8

// Endelige fyller v med verdiene i f (og 0 for fakta uten endelig
// verdiområde). Den allokerer ikke. Verdiene er innenfor Verdiomrade når f
// har gått gjennom Valider. En nil v gjør ingenting.
func (f *Fakta) Endelige(v *Endelige) {
	if v == nil {
		return
	}
	// Åtte fakta per ord (faktum i er byte i%8 i ord i/8), så en leser som
	// leser ordene (regler sjekker verdiområdene åtte om gangen) får
	// verdiene rett fra lagringen. TestEndelige sjekker hvert faktum.
	binary.LittleEndian.PutUint64(v[0:], uint64(f.Arbeidsevne)<<16|
		uint64(f.Innsatsgruppe)<<24|
		uint64(f.Uforetrygd)<<32|
		uint64(f.BistandsbehovFastslatt)<<48|
		uint64(f.Sykmeldt)<<56)
	binary.LittleEndian.PutUint64(v[8:], uint64(f.Sykefravaer12Mnd)|
		uint64(f.AnsattHosArbeidsgiver)<<8|
		uint64(f.PsykiskLidelseEllerRus)<<16|
		uint64(f.OppfolgingHelseEllerSammensatt)<<24|
		uint64(f.Samtykke)<<32|
		uint64(f.BehovOmfattendeBistand)<<40|
		uint64(f.BehovUtvidetAvklaring)<<48|
		uint64(f.LiteArbeidserfaring)<<56)
	binary.LittleEndian.PutUint64(v[16:], uint64(f.VanskerMedArbeid)|
		uint64(f.BehovForKvalifisering)<<8|
		uint64(f.SammensattBistandsbehov)<<16|
		uint64(f.FysiskFunksjonsnedsettelseEllerBlind)<<24|
		uint64(f.BehovTilretteleggingOgTettOppfolging)<<32|
		uint64(f.SaerligBehovTilrettelegging)<<40|
		uint64(f.IUtdanning)<<48|
		uint64(f.OvergangSkoleEllerSoning)<<56)
	binary.LittleEndian.PutUint64(v[24:], uint64(f.OpplaeringFormellKompetanse)|
		uint64(f.TilrettelagtFagOgYrkesopplaering)<<8|
		uint64(f.KombinertLop)<<16|
		uint64(f.Stillingstype)<<24|
		uint64(f.ArbeidsgiverHarPermitterte)<<32|
		uint64(f.NodvendigOgHensiktsmessig)<<48|
		uint64(f.AndreTiltakVurdert)<<56)
	binary.LittleEndian.PutUint64(v[32:], uint64(f.TidsbegrensedeTiltakForsokt)|
		uint64(f.SaerligBehovMentor)<<8|
		uint64(f.SaerligeGrunner)<<16|
		uint64(f.SammensattePsykiskeProblemerEllerRus)<<24|
		uint64(f.Arbeidstaker)<<32|
		uint64(f.TilretteleggingspliktOppfylt)<<40|
		uint64(f.OppfolgingsplanInnhentet)<<48|
		uint64(f.BedriftsinterneTiltakProvd)<<56)
	binary.LittleEndian.PutUint64(v[40:], uint64(f.NaerstaendeAvArrangor)|
		uint64(f.SaerligeGrunnerNaerstaende)<<8|
		uint64(f.ForetakIVansker)<<16|
		uint64(f.UtestaendeTilbakebetalingskrav)<<24|
		uint64(f.MentorNodvendig)<<32|
		uint64(f.FagopplaeringIOpplaeringstiltak)<<40|
		uint64(f.AvvikendeUtdanningssituasjon)<<48|
		uint64(f.UtenRettTilOpplaering)<<56)
	binary.LittleEndian.PutUint64(v[48:], uint64(f.BehovsvurderingGjennomfort)|
		uint64(f.ArbeidsevnevurderingVarigTiltak)<<8|
		uint64(f.HelseEllerSosialeArsaker)<<16|
		uint64(f.GradvisSvekketArbeidsevne)<<24|
		uint64(f.ProblemerMedSommerjobb)<<32|
		uint64(f.HeltPermittert)<<40|
		uint64(f.BedriftIOmstilling)<<48|
		uint64(f.TilretteleggingsOgOppfolgingsavtale)<<56)
	binary.LittleEndian.PutUint64(v[56:], uint64(f.IndividuellFormidlingsbistand)|
		uint64(f.ForskriftsfestetForsok)<<8|
		uint64(f.UsikreYrkesmessigeForutsetninger)<<16|
		uint64(f.NavKontorIForsok)<<24|
		uint64(f.FullfortVideregaende)<<32|
		uint64(f.PraksisnaerOpplaering)<<40|
		uint64(f.SterkeProblemerUtdanning)<<48|
		uint64(f.OpplaeringTilleggOgFrivillig)<<56)
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
