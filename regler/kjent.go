package regler

import (
	"math/bits"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// ukjente gir faktaene i s som ikke er oppgitt i f, uten å formatere
// verdiene (tiltak.Faktasett.Ukjente formaterer hver verdi som tekst og
// allokerer). En test holder kjent i takt med tiltak.Fakta.Kjent.
func ukjente(s tiltak.Faktasett, f *tiltak.Fakta) tiltak.Faktasett {
	var ut tiltak.Faktasett
	for rest := uint64(s); rest != 0; rest &= rest - 1 {
		ft := tiltak.Faktum(bits.TrailingZeros64(rest))
		if !kjent(f, ft) {
			ut = ut.Med(ft)
		}
	}
	return ut
}

// kjent sier om faktumet ft er oppgitt i f.
func kjent(f *tiltak.Fakta, ft tiltak.Faktum) bool {
	switch ft {
	case tiltak.FaktumFodselsdato:
		return !f.Fodselsdato.IsZero()
	case tiltak.FaktumArbeidsevne:
		return f.Arbeidsevne != tiltak.ArbeidsevneUkjent
	case tiltak.FaktumInnsatsgruppe:
		return f.Innsatsgruppe != tiltak.InnsatsgruppeUkjent
	case tiltak.FaktumUforetrygd:
		return f.Uforetrygd != tiltak.UforetrygdUkjent
	case tiltak.FaktumRegistrertDato:
		return !f.RegistrertDato.IsZero()
	case tiltak.FaktumBistandsbehovFastslatt:
		return f.BistandsbehovFastslatt.Kjent()
	case tiltak.FaktumSykmeldt:
		return f.Sykmeldt.Kjent()
	case tiltak.FaktumSykefravaer12Mnd:
		return f.Sykefravaer12Mnd.Kjent()
	case tiltak.FaktumAnsattHosArbeidsgiver:
		return f.AnsattHosArbeidsgiver.Kjent()
	case tiltak.FaktumPsykiskLidelseEllerRus:
		return f.PsykiskLidelseEllerRus.Kjent()
	case tiltak.FaktumOppfolgingHelseEllerSammensatt:
		return f.OppfolgingHelseEllerSammensatt.Kjent()
	case tiltak.FaktumSamtykke:
		return f.Samtykke.Kjent()
	case tiltak.FaktumBehovOmfattendeBistand:
		return f.BehovOmfattendeBistand.Kjent()
	case tiltak.FaktumBehovUtvidetAvklaring:
		return f.BehovUtvidetAvklaring.Kjent()
	case tiltak.FaktumLiteArbeidserfaring:
		return f.LiteArbeidserfaring.Kjent()
	case tiltak.FaktumVanskerMedArbeid:
		return f.VanskerMedArbeid.Kjent()
	case tiltak.FaktumBehovForKvalifisering:
		return f.BehovForKvalifisering.Kjent()
	case tiltak.FaktumSammensattBistandsbehov:
		return f.SammensattBistandsbehov.Kjent()
	case tiltak.FaktumFysiskFunksjonsnedsettelseEllerBlind:
		return f.FysiskFunksjonsnedsettelseEllerBlind.Kjent()
	case tiltak.FaktumBehovTilretteleggingOgTettOppfolging:
		return f.BehovTilretteleggingOgTettOppfolging.Kjent()
	case tiltak.FaktumSaerligBehovTilrettelegging:
		return f.SaerligBehovTilrettelegging.Kjent()
	case tiltak.FaktumIUtdanning:
		return f.IUtdanning.Kjent()
	case tiltak.FaktumIGrunnleggendeOpplaering:
		return f.IGrunnleggendeOpplaering.Kjent()
	case tiltak.FaktumOvergangSkoleEllerSoning:
		return f.OvergangSkoleEllerSoning.Kjent()
	case tiltak.FaktumOpplaeringFormellKompetanse:
		return f.OpplaeringFormellKompetanse.Kjent()
	case tiltak.FaktumTilrettelagtFagOgYrkesopplaering:
		return f.TilrettelagtFagOgYrkesopplaering.Kjent()
	case tiltak.FaktumKombinertLop:
		return f.KombinertLop.Kjent()
	case tiltak.FaktumStillingstype:
		return f.Stillingstype != tiltak.StillingstypeUkjent
	case tiltak.FaktumArbeidsgiverHarPermitterte:
		return f.ArbeidsgiverHarPermitterte.Kjent()
	case tiltak.FaktumDeltarI:
		return f.DeltarI.Kjent()
	case tiltak.FaktumNodvendigOgHensiktsmessig:
		return f.NodvendigOgHensiktsmessig.Kjent()
	case tiltak.FaktumAndreTiltakVurdert:
		return f.AndreTiltakVurdert.Kjent()
	case tiltak.FaktumTidsbegrensedeTiltakForsokt:
		return f.TidsbegrensedeTiltakForsokt.Kjent()
	case tiltak.FaktumSaerligBehovMentor:
		return f.SaerligBehovMentor.Kjent()
	case tiltak.FaktumSaerligeGrunner:
		return f.SaerligeGrunner.Kjent()
	}
	return false
}
