package regler

import (
	"slices"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Egenregiforskriften (er_egenregi.go): arbeid med støtte, individuell
// jobbstøtte, IPS ung og ungdomsgarantien.

const (
	amsK   = tiltak.ArbeidMedStotte
	ipsK   = tiltak.IndividuellJobbstotte
	ipsUK  = tiltak.IPSUng
	ugK    = tiltak.Ungdomsgaranti
	vErNH  = "er-1-3-v20230620.nodvendig-og-hensiktsmessig"
	idErNH = "er-1-3-v20230620"
)

var (
	psykisk     = func(s tiltak.Svar) endring { return svar(tiltak.FaktumPsykiskLidelseEllerRus, s) }
	oppfHelse   = func(s tiltak.Svar) endring { return svar(tiltak.FaktumOppfolgingHelseEllerSammensatt, s) }
	sammensPsyk = func(s tiltak.Svar) endring { return svar(tiltak.FaktumSammensattePsykiskeProblemerEllerRus, s) }
	tilrettFag  = func(s tiltak.Svar) endring { return svar(tiltak.FaktumTilrettelagtFagOgYrkesopplaering, s) }
	iUtdanning  = func(s tiltak.Svar) endring { return svar(tiltak.FaktumIUtdanning, s) }
	jan2024     = d(2024, 1, 15)
	okt2026     = d(2026, 10, 1)
)

var raderEgenregi = append([]rad{
	// § 1-3: nødvendig og hensiktsmessig (kapittel 1, alle tiltakene).
	{id: idErNH, navn: "første dag egenregiforskriften gjelder", kode: amsK, fakta: grunnMed(), dato: d(2023, 6, 20), vilkar: vErNH, want: Oppfylt, helhet: Oppfylt, versjon: "arbeid-med-stotte-v20230620"},
	{id: idErNH, navn: "skjønnet er nei", kode: ipsK, fakta: grunnMed(svar(tiltak.FaktumNodvendigOgHensiktsmessig, nei)), dato: sep2025, vilkar: vErNH, want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: idErNH, navn: "skjønnet er ikke tatt", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumNodvendigOgHensiktsmessig)), dato: sep2025, vilkar: vErNH, want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumNodvendigOgHensiktsmessig)},

	// § 2-1: arbeid med støtte. Født 10. januar 2010: 16 år 10. januar 2026.
	{id: "er-2-1-v20230620", navn: "dagen før 16-årsdagen", kode: amsK, fakta: grunnMed(født(2010, 1, 10)), dato: d(2026, 1, 9), vilkar: "er-2-1-v20230620.alder-16", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-2-1-v20230620", navn: "16-årsdagen", kode: amsK, fakta: grunnMed(født(2010, 1, 10)), dato: d(2026, 1, 10), vilkar: "er-2-1-v20230620.alder-16", want: Oppfylt, helhet: Oppfylt},
	{id: "er-2-1-v20230620", navn: "fødselsdato ukjent", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: "er-2-1-v20230620.alder-16", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "er-2-1-v20230620", navn: "behov for omfattende bistand", kode: amsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-2-1-v20230620.behov-omfattende-bistand", want: Oppfylt},
	{id: "er-2-1-v20230620", navn: "ikke behov for omfattende bistand", kode: amsK, fakta: grunnMed(svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: sep2025, vilkar: "er-2-1-v20230620.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-2-1-v20230620", navn: "behovet ikke oppgitt", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumBehovOmfattendeBistand)), dato: sep2025, vilkar: "er-2-1-v20230620.behov-omfattende-bistand", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovOmfattendeBistand)},
	// § 2-4 (til 31. juli 2025): tre år ved nedsatt arbeidsevne, og ett år
	// mer for opplæring etter § 7-2 bokstav b slik bokstaven lød på
	// startdatoen (fag- og yrkesopplæring eller fagskole til 30. juni 2025,
	// norsk og FOV i juli 2025).
	{id: "er-2-4-v20230620", navn: "varighet: nedsatt arbeidsevne", kode: amsK, fakta: grunnMed(), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "er-2-4-v20230620", navn: "varighet: arbeidsevnen ikke nedsatt", kode: amsK, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "er-2-4-v20230620", navn: "varighet: arbeidsevnen ikke vurdert", kode: amsK, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "er-2-4-v20230620", navn: "bokstav b 2024: fag- og yrkesopplæring", kode: amsK, fakta: grunnMed(deltar(fagyrke)), dato: jan2024, vilkar: "er-2-4-v20230620.opplaering-b", want: Oppfylt},
	{id: "er-2-4-v20230620", navn: "bokstav b 2024: norsk/FOV er ikke bokstav b ennå", kode: amsK, fakta: grunnMed(deltar(norsk)), dato: jan2024, vilkar: "er-2-4-v20230620.opplaering-b", want: IkkeOppfylt},
	{id: "er-2-4-v20230620", navn: "bokstav b juli 2025: norsk/FOV", kode: amsK, fakta: grunnMed(deltar(norsk)), dato: d(2025, 7, 1), vilkar: "er-2-4-v20230620.opplaering-b", want: Oppfylt},
	{id: "er-2-4-v20230620", navn: "bokstav b juli 2025: fag- og yrkesopplæring er nå bokstav d", kode: amsK, fakta: grunnMed(deltar(fagyrke)), dato: d(2025, 7, 31), vilkar: "er-2-4-v20230620.opplaering-b", want: IkkeOppfylt},
	{id: "er-2-4-v20230620", navn: "bokstav b: tiltakene ikke oppgitt", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumDeltarI)), dato: jan2024, vilkar: "er-2-4-v20230620.opplaering-b", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "er-2-4-v20230620", navn: "nedsatt og bokstav b: fagskole", kode: amsK, fakta: grunnMed(deltar(fagskole)), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-og-opplaering-b", want: Oppfylt},
	{id: "er-2-4-v20230620", navn: "bokstav b uten nedsatt arbeidsevne", kode: amsK, fakta: grunnMed(deltar(fagskole), evne(tiltak.IkkeNedsattArbeidsevne)), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-og-opplaering-b", want: IkkeOppfylt},
	{id: "er-2-4-v20230620", navn: "nedsatt, tiltakene ikke oppgitt", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumDeltarI)), dato: jan2024, vilkar: "er-2-4-v20230620.nedsatt-og-opplaering-b", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	// § 2-4 fra 1. august 2025: bokstav d (fag- og yrkesopplæring).
	{id: "er-2-4-v20250801", navn: "varighet 2025: nedsatt arbeidsevne", kode: amsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "er-2-4-v20250801", navn: "varighet 2025: arbeidsevnen ikke nedsatt", kode: amsK, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "er-2-4-v20250801", navn: "varighet 2025: arbeidsevnen ikke vurdert", kode: amsK, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "er-2-4-v20250801", navn: "bokstav d: fag- og yrkesopplæring", kode: amsK, fakta: grunnMed(deltar(fagyrke)), dato: d(2025, 8, 1), vilkar: "er-2-4-v20250801.opplaering-d", want: Oppfylt},
	{id: "er-2-4-v20250801", navn: "bokstav d: norsk/FOV er bokstav b", kode: amsK, fakta: grunnMed(deltar(norsk)), dato: sep2025, vilkar: "er-2-4-v20250801.opplaering-d", want: IkkeOppfylt},
	{id: "er-2-4-v20250801", navn: "bokstav d: tiltakene ikke oppgitt", kode: amsK, fakta: grunnMed(ukjent(tiltak.FaktumDeltarI)), dato: sep2025, vilkar: "er-2-4-v20250801.opplaering-d", want: MaVurderes, mangler: mangler(tiltak.FaktumDeltarI)},
	{id: "er-2-4-v20250801", navn: "nedsatt og bokstav d", kode: amsK, fakta: grunnMed(deltar(fagyrke)), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-og-opplaering-d", want: Oppfylt},
	{id: "er-2-4-v20250801", navn: "bokstav d, arbeidsevnen ikke nedsatt", kode: amsK, fakta: grunnMed(deltar(fagyrke), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-og-opplaering-d", want: IkkeOppfylt},
	{id: "er-2-4-v20250801", navn: "bokstav d, arbeidsevnen ikke vurdert", kode: amsK, fakta: grunnMed(deltar(fagyrke), evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "er-2-4-v20250801.nedsatt-og-opplaering-d", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 3-1 (individuell jobbstøtte) til 31. august 2026.
	{id: "er-3-1-v20230620", navn: "dagen før 16-årsdagen", kode: ipsK, fakta: grunnMed(født(2010, 1, 10)), dato: d(2026, 1, 9), vilkar: "er-3-1-v20230620.alder-16", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20230620", navn: "16-årsdagen", kode: ipsK, fakta: grunnMed(født(2010, 1, 10)), dato: d(2026, 1, 10), vilkar: "er-3-1-v20230620.alder-16", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-1-v20230620", navn: "fødselsdato ukjent", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: "er-3-1-v20230620.alder-16", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "er-3-1-v20230620", navn: "psykisk lidelse i behandling", kode: ipsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-3-1-v20230620.malgruppe", want: Oppfylt, helhet: Oppfylt, versjon: "individuell-jobbstotte-v20230620"},
	{id: "er-3-1-v20230620", navn: "andre ledd: etter direktoratets retningslinjer", kode: ipsK, fakta: grunnMed(psykisk(nei)), dato: sep2025, vilkar: "er-3-1-v20230620.malgruppe", want: MaVurderes, helhet: MaVurderes, mangler: mangler()},
	{id: "er-3-1-v20230620", navn: "verken første eller andre ledd", kode: ipsK, fakta: grunnMed(psykisk(nei), oppfHelse(nei)), dato: sep2025, vilkar: "er-3-1-v20230620.malgruppe", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20230620", navn: "behandling ikke oppgitt, ingen annen oppfølging", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumPsykiskLidelseEllerRus), oppfHelse(nei)), dato: sep2025, vilkar: "er-3-1-v20230620.malgruppe", want: MaVurderes, mangler: mangler(tiltak.FaktumPsykiskLidelseEllerRus)},
	{id: "er-3-1-v20230620", navn: "behov for omfattende bistand", kode: ipsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-3-1-v20230620.behov-omfattende-bistand", want: Oppfylt},
	{id: "er-3-1-v20230620", navn: "ikke behov for omfattende bistand", kode: ipsK, fakta: grunnMed(svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: sep2025, vilkar: "er-3-1-v20230620.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20230620", navn: "behovet ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumBehovOmfattendeBistand)), dato: sep2025, vilkar: "er-3-1-v20230620.behov-omfattende-bistand", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovOmfattendeBistand)},
	// § 3-2 andre ledd: samtykke (til 31. august 2026).
	{id: "er-3-2-v20230620", navn: "samtykker", kode: ipsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-3-2-v20230620.samtykke", want: Oppfylt},
	{id: "er-3-2-v20230620", navn: "samtykker ikke", kode: ipsK, fakta: grunnMed(svar(tiltak.FaktumSamtykke, nei)), dato: sep2025, vilkar: "er-3-2-v20230620.samtykke", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-2-v20230620", navn: "samtykke ikke oppgitt", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumSamtykke)), dato: sep2025, vilkar: "er-3-2-v20230620.samtykke", want: MaVurderes, mangler: mangler(tiltak.FaktumSamtykke)},
	// § 3-5: tre år ved nedsatt arbeidsevne.
	{id: "er-3-5-v20230620", navn: "varighet: nedsatt arbeidsevne", kode: ipsK, fakta: grunnMed(), dato: sep2025, vilkar: "er-3-5-v20230620.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "er-3-5-v20230620", navn: "varighet: arbeidsevnen ikke nedsatt", kode: ipsK, fakta: grunnMed(evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "er-3-5-v20230620.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "er-3-5-v20230620", navn: "varighet: arbeidsevnen ikke vurdert", kode: ipsK, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: d(2026, 8, 31), vilkar: "er-3-5-v20230620.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},

	// § 3-6 (IPS ung) til 31. august 2026. Født 10. mars 1996: 30 år
	// 10. mars 2026; født 10. mars 2010: 16 år 10. mars 2026.
	{id: "er-3-6-v20230620", navn: "dagen før 30-årsdagen", kode: ipsUK, fakta: grunnMed(født(1996, 3, 10)), dato: d(2026, 3, 9), vilkar: "er-3-6-v20230620.alder-16-30", want: Oppfylt, helhet: Oppfylt, versjon: "ips-ung-v20230620"},
	{id: "er-3-6-v20230620", navn: "30-årsdagen", kode: ipsUK, fakta: grunnMed(født(1996, 3, 10)), dato: d(2026, 3, 10), vilkar: "er-3-6-v20230620.alder-16-30", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "dagen før 16-årsdagen", kode: ipsUK, fakta: grunnMed(født(2010, 3, 10)), dato: d(2026, 3, 9), vilkar: "er-3-6-v20230620.alder-16-30", want: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "16-årsdagen", kode: ipsUK, fakta: grunnMed(født(2010, 3, 10)), dato: d(2026, 3, 10), vilkar: "er-3-6-v20230620.alder-16-30", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-6-v20230620", navn: "fødselsdato ukjent", kode: ipsUK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: sep2025, vilkar: "er-3-6-v20230620.alder-16-30", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	// Målgruppen: § 3-1, og (tredje ledd) unge med sammensatte psykiske
	// problemer eller rusutfordringer uten krav om behandling. Den tredje
	// gruppen får tiltaket; helheten er oppfylt (§ 3-1 sin målgruppe alene
	// står ikke i veien).
	{id: "er-3-6-v20230620", navn: "tredje ledd: sammensatte problemer uten behandling", kode: ipsUK, fakta: grunnMed(født(2003, 4, 10), psykisk(nei), oppfHelse(nei), sammensPsyk(ja)), dato: sep2025, vilkar: "er-3-6-v20230620.malgruppe", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-6-v20230620", navn: "ingen av gruppene", kode: ipsUK, fakta: grunnMed(født(2003, 4, 10), psykisk(nei), oppfHelse(nei), sammensPsyk(nei)), dato: sep2025, vilkar: "er-3-6-v20230620.malgruppe", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "tredje ledd ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2003, 4, 10), psykisk(nei), oppfHelse(nei), ukjent(tiltak.FaktumSammensattePsykiskeProblemerEllerRus)), dato: sep2025, vilkar: "er-3-6-v20230620.malgruppe", want: MaVurderes, mangler: mangler(tiltak.FaktumSammensattePsykiskeProblemerEllerRus)},
	{id: "er-3-6-v20230620", navn: "behov for omfattende bistand", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-3-6-v20230620.behov-omfattende-bistand", want: Oppfylt},
	{id: "er-3-6-v20230620", navn: "ikke behov for omfattende bistand", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: sep2025, vilkar: "er-3-6-v20230620.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "behovet ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumBehovOmfattendeBistand)), dato: sep2025, vilkar: "er-3-6-v20230620.behov-omfattende-bistand", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovOmfattendeBistand)},
	{id: "er-3-6-v20230620", navn: "samtykker", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-3-6-v20230620.samtykke", want: Oppfylt},
	{id: "er-3-6-v20230620", navn: "samtykker ikke", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumSamtykke, nei)), dato: sep2025, vilkar: "er-3-6-v20230620.samtykke", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "samtykke ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumSamtykke)), dato: sep2025, vilkar: "er-3-6-v20230620.samtykke", want: MaVurderes, mangler: mangler(tiltak.FaktumSamtykke)},
	// § 3-6 fjerde ledd: ett år mer i opplæring eller utdanning (samlet to
	// år, fire ved nedsatt arbeidsevne); § 3-5 gir tre år ved nedsatt arbeidsevne.
	{id: "er-3-6-v20230620", navn: "varighet: i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja)), dato: sep2025, vilkar: "er-3-6-v20230620.utdanning", want: Oppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: ikke i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(nei)), dato: sep2025, vilkar: "er-3-6-v20230620.utdanning", want: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: utdanning ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-3-6-v20230620.utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumIUtdanning)},
	{id: "er-3-6-v20230620", navn: "varighet: nedsatt arbeidsevne", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: arbeidsevnen ikke nedsatt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: arbeidsevnen ikke vurdert", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), evne(tiltak.ArbeidsevneUkjent)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "er-3-6-v20230620", navn: "varighet: nedsatt og i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-og-utdanning", want: Oppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: i utdanning, ikke nedsatt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja), evne(tiltak.IkkeNedsattArbeidsevne)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-og-utdanning", want: IkkeOppfylt},
	{id: "er-3-6-v20230620", navn: "varighet: nedsatt, utdanning ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-3-6-v20230620.nedsatt-og-utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumIUtdanning)},

	// § 3-1 fra 1. september 2026 (FOR-2026-08-16-1636, avledet tekst): IPS
	// og IPS ung i samme paragraf, fra det året personen fyller 16 år.
	// Født 31. desember 2011: fyller 15 i 2026 og 16 i 2027.
	{id: "er-3-1-v20260901", navn: "31. desember i året personen fyller 15", kode: ipsK, fakta: grunnMed(født(2011, 12, 31)), dato: d(2026, 12, 31), vilkar: "er-3-1-v20260901.alder-fra-aret-16", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "individuell-jobbstotte-v20260901"},
	{id: "er-3-1-v20260901", navn: "1. januar i året personen fyller 16", kode: ipsK, fakta: grunnMed(født(2011, 12, 31)), dato: d(2027, 1, 1), vilkar: "er-3-1-v20260901.alder-fra-aret-16", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-1-v20260901", navn: "fødselsdato ukjent", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: okt2026, vilkar: "er-3-1-v20260901.alder-fra-aret-16", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "er-3-1-v20260901", navn: "2026: behov for omfattende bistand", kode: ipsK, fakta: grunnMed(), dato: okt2026, vilkar: "er-3-1-v20260901.behov-omfattende-bistand", want: Oppfylt},
	{id: "er-3-1-v20260901", navn: "2026: ikke behov", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumBehovOmfattendeBistand, nei)), dato: okt2026, vilkar: "er-3-1-v20260901.behov-omfattende-bistand", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20260901", navn: "2026: behovet ikke oppgitt", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumBehovOmfattendeBistand)), dato: okt2026, vilkar: "er-3-1-v20260901.behov-omfattende-bistand", want: MaVurderes, mangler: mangler(tiltak.FaktumBehovOmfattendeBistand)},
	{id: "er-3-1-v20260901", navn: "2026: psykisk lidelse i behandling", kode: ipsK, fakta: grunnMed(), dato: okt2026, vilkar: "er-3-1-v20260901.malgruppe", want: Oppfylt},
	{id: "er-3-1-v20260901", navn: "2026: verken første eller andre ledd", kode: ipsK, fakta: grunnMed(psykisk(nei), oppfHelse(nei)), dato: okt2026, vilkar: "er-3-1-v20260901.malgruppe", want: IkkeOppfylt},
	{id: "er-3-1-v20260901", navn: "2026: behandling ikke oppgitt, ingen annen oppfølging", kode: ipsK, fakta: grunnMed(ukjent(tiltak.FaktumPsykiskLidelseEllerRus), oppfHelse(nei)), dato: okt2026, vilkar: "er-3-1-v20260901.malgruppe", want: MaVurderes, mangler: mangler(tiltak.FaktumPsykiskLidelseEllerRus)},
	{id: "er-3-1-v20260901", navn: "2026: bare retningslinjene", kode: ipsK, fakta: grunnMed(psykisk(nei)), dato: okt2026, vilkar: "er-3-1-v20260901.malgruppe", want: MaVurderes, mangler: mangler()},
	// IPS ung fra 2026: under 30 og målgruppen (med sammensatte problemer).
	// Født 10. oktober 1996: 30 år 10. oktober 2026.
	{id: "er-3-1-v20260901", navn: "ung: dagen før 30-årsdagen, sammensatte problemer", kode: ipsUK, fakta: grunnMed(født(1996, 10, 10), psykisk(nei), oppfHelse(nei)), dato: d(2026, 10, 9), vilkar: "er-3-1-v20260901.malgruppe-ung", want: Oppfylt, versjon: "ips-ung-v20260901"},
	{id: "er-3-1-v20260901", navn: "ung: 30-årsdagen", kode: ipsUK, fakta: grunnMed(født(1996, 10, 10)), dato: d(2026, 10, 10), vilkar: "er-3-1-v20260901.malgruppe-ung", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20260901", navn: "ung: målgruppen ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), psykisk(nei), oppfHelse(nei), ukjent(tiltak.FaktumSammensattePsykiskeProblemerEllerRus)), dato: okt2026, vilkar: "er-3-1-v20260901.malgruppe-ung", want: MaVurderes, mangler: mangler(tiltak.FaktumSammensattePsykiskeProblemerEllerRus)},
	{id: "er-3-1-v20260901", navn: "samtykke og ønske om arbeid", kode: ipsK, fakta: grunnMed(), dato: okt2026, vilkar: "er-3-1-v20260901.samtykke-og-onske", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-1-v20260901", navn: "samtykker ikke", kode: ipsK, fakta: grunnMed(svar(tiltak.FaktumSamtykke, nei)), dato: okt2026, vilkar: "er-3-1-v20260901.samtykke-og-onske", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-3-1-v20260901", navn: "ønsket ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumOnskerArbeidEllerUtdanning)), dato: okt2026, vilkar: "er-3-1-v20260901.samtykke-og-onske", want: MaVurderes, mangler: mangler(tiltak.FaktumOnskerArbeidEllerUtdanning)},
	// § 3-5 fra 2026: forlengelsene (IPS ung får også utdanningsåret).
	{id: "er-3-5-v20260901", navn: "2026: nedsatt arbeidsevne (IPS)", kode: ipsK, fakta: grunnMed(), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-arbeidsevne", want: Oppfylt},
	{id: "er-3-5-v20260901", navn: "2026: arbeidsevnen ikke nedsatt (IPS ung)", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), evne(tiltak.IkkeNedsattArbeidsevne)), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-arbeidsevne", want: IkkeOppfylt},
	{id: "er-3-5-v20260901", navn: "2026: arbeidsevnen ikke vurdert", kode: ipsK, fakta: grunnMed(evne(tiltak.ArbeidsevneUkjent)), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-arbeidsevne", want: MaVurderes, mangler: mangler(tiltak.FaktumArbeidsevne)},
	{id: "er-3-5-v20260901", navn: "2026: i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja)), dato: okt2026, vilkar: "er-3-5-v20260901.utdanning", want: Oppfylt},
	{id: "er-3-5-v20260901", navn: "2026: ikke i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(nei)), dato: okt2026, vilkar: "er-3-5-v20260901.utdanning", want: IkkeOppfylt},
	{id: "er-3-5-v20260901", navn: "2026: utdanning ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: okt2026, vilkar: "er-3-5-v20260901.utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumIUtdanning)},
	{id: "er-3-5-v20260901", navn: "2026: nedsatt og i utdanning", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja)), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-og-utdanning", want: Oppfylt},
	{id: "er-3-5-v20260901", navn: "2026: i utdanning, ikke nedsatt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1), iUtdanning(ja), evne(tiltak.IkkeNedsattArbeidsevne)), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-og-utdanning", want: IkkeOppfylt},
	{id: "er-3-5-v20260901", navn: "2026: nedsatt, utdanning ikke oppgitt", kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), dato: okt2026, vilkar: "er-3-5-v20260901.nedsatt-og-utdanning", want: MaVurderes, mangler: mangler(tiltak.FaktumIUtdanning)},
	// § 3-6 fra 2026 (uavklart om den gjelder; aldersgrensen er beholdt).
	{id: "er-3-6-v20260901", navn: "2026: 29 år", kode: ipsUK, fakta: grunnMed(født(1997, 1, 1)), dato: okt2026, vilkar: "er-3-6-v20260901.alder-16-30", want: Oppfylt, helhet: Oppfylt},
	{id: "er-3-6-v20260901", navn: "2026: 30 år", kode: ipsUK, fakta: grunnMed(født(1996, 1, 1)), dato: okt2026, vilkar: "er-3-6-v20260901.alder-16-30", want: IkkeOppfylt},
	{id: "er-3-6-v20260901", navn: "2026: fødselsdato ukjent", kode: ipsUK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: okt2026, vilkar: "er-3-6-v20260901.alder-16-30", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},

	// Kapittel 4 (ungdomsgarantien) fra 1. juli 2023.
	{id: "er-4-2-v20230701", navn: "før 1. juli 2023: ikke i kraft", kode: ugK, fakta: grunnMed(født(2000, 1, 1)), dato: d(2016, 1, 1), vilkar: "er-4-2-v20230701.ikke-i-kraft.ungdomsgaranti", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "ungdomsgaranti-v20160101"},
	{id: "er-4-1-v20230701", navn: "dagen før 30-årsdagen", kode: ugK, fakta: grunnMed(født(1994, 2, 28)), dato: d(2024, 2, 27), vilkar: "er-4-1-v20230701.alder-16-30", want: Oppfylt, helhet: Oppfylt},
	{id: "er-4-1-v20230701", navn: "30-årsdagen", kode: ugK, fakta: grunnMed(født(1994, 2, 28)), dato: d(2024, 2, 28), vilkar: "er-4-1-v20230701.alder-16-30", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-4-1-v20230701", navn: "dagen før 16-årsdagen", kode: ugK, fakta: grunnMed(født(2008, 3, 10)), dato: d(2024, 3, 9), vilkar: "er-4-1-v20230701.alder-16-30", want: IkkeOppfylt},
	{id: "er-4-1-v20230701", navn: "16-årsdagen", kode: ugK, fakta: grunnMed(født(2008, 3, 10)), dato: d(2024, 3, 10), vilkar: "er-4-1-v20230701.alder-16-30", want: Oppfylt},
	{id: "er-4-1-v20230701", navn: "fødselsdato ukjent", kode: ugK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato)), dato: jan2024, vilkar: "er-4-1-v20230701.alder-16-30", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "er-4-1-v20230701", navn: "bistandsbehov fastslått", kode: ugK, fakta: grunnMed(født(2000, 1, 1)), dato: jan2024, vilkar: "er-4-1-v20230701.bistandsbehov-fastslatt", want: Oppfylt},
	{id: "er-4-1-v20230701", navn: "bistandsbehov ikke fastslått", kode: ugK, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumBistandsbehovFastslatt, nei)), dato: jan2024, vilkar: "er-4-1-v20230701.bistandsbehov-fastslatt", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-4-1-v20230701", navn: "bistandsbehov ikke oppgitt", kode: ugK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumBistandsbehovFastslatt)), dato: jan2024, vilkar: "er-4-1-v20230701.bistandsbehov-fastslatt", want: MaVurderes, helhet: MaVurderes, mangler: mangler(tiltak.FaktumBistandsbehovFastslatt)},
	// § 4-1 fra 1. august 2025: fra det året personen fyller 16 år for
	// tilrettelagt fag- og yrkesopplæring (§ 7-3 tredje ledd). Født
	// 31. desember 2010: fyller 15 i 2025 og 16 i 2026. Født 29. februar
	// 1996: 30 år 28. februar 2026 (ikke skuddår).
	{id: "er-4-1-v20250801", navn: "31. desember i året personen fyller 15", kode: ugK, fakta: grunnMed(født(2010, 12, 31), tilrettFag(ja)), dato: d(2025, 12, 31), vilkar: "er-4-1-v20250801.alder", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-4-1-v20250801", navn: "1. januar i året personen fyller 16, tilrettelagt opplæring", kode: ugK, fakta: grunnMed(født(2010, 12, 31), tilrettFag(ja)), dato: d(2026, 1, 1), vilkar: "er-4-1-v20250801.alder", want: Oppfylt, helhet: Oppfylt},
	{id: "er-4-1-v20250801", navn: "1. januar i året personen fyller 16, ikke tilrettelagt opplæring", kode: ugK, fakta: grunnMed(født(2010, 12, 31), tilrettFag(nei)), dato: d(2026, 1, 1), vilkar: "er-4-1-v20250801.alder", want: IkkeOppfylt},
	{id: "er-4-1-v20250801", navn: "fyller 16 i år, opplæringen ikke oppgitt", kode: ugK, fakta: grunnMed(født(2010, 12, 31)), dato: d(2026, 1, 1), vilkar: "er-4-1-v20250801.alder", want: MaVurderes, mangler: mangler(tiltak.FaktumTilrettelagtFagOgYrkesopplaering)},
	{id: "er-4-1-v20250801", navn: "29. februar-født: 27. februar 2026", kode: ugK, fakta: grunnMed(født(1996, 2, 29)), dato: d(2026, 2, 27), vilkar: "er-4-1-v20250801.alder", want: Oppfylt},
	{id: "er-4-1-v20250801", navn: "29. februar-født: 30 år 28. februar 2026", kode: ugK, fakta: grunnMed(født(1996, 2, 29)), dato: d(2026, 2, 28), vilkar: "er-4-1-v20250801.alder", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "er-4-1-v20250801", navn: "fødselsdato ukjent", kode: ugK, fakta: grunnMed(ukjent(tiltak.FaktumFodselsdato), tilrettFag(nei)), dato: sep2025, vilkar: "er-4-1-v20250801.alder", want: MaVurderes, mangler: mangler(tiltak.FaktumFodselsdato)},
	{id: "er-4-1-v20250801", navn: "2025: bistandsbehov fastslått", kode: ugK, fakta: grunnMed(født(2000, 1, 1)), dato: sep2025, vilkar: "er-4-1-v20250801.bistandsbehov-fastslatt", want: Oppfylt, helhet: Oppfylt, versjon: "ungdomsgaranti-v20250801"},
	{id: "er-4-1-v20250801", navn: "2025: ikke fastslått", kode: ugK, fakta: grunnMed(født(2000, 1, 1), svar(tiltak.FaktumBistandsbehovFastslatt, nei)), dato: sep2025, vilkar: "er-4-1-v20250801.bistandsbehov-fastslatt", want: IkkeOppfylt},
	{id: "er-4-1-v20250801", navn: "2025: ikke oppgitt", kode: ugK, fakta: grunnMed(født(2000, 1, 1), ukjent(tiltak.FaktumBistandsbehovFastslatt)), dato: sep2025, vilkar: "er-4-1-v20250801.bistandsbehov-fastslatt", want: MaVurderes, mangler: mangler(tiltak.FaktumBistandsbehovFastslatt)},
}, grenseRader(
	// Arbeid med støtte: § 2-2 byttes ut 1. juli 2025 (FOR-2025-01-31-117);
	// personkretsen i § 2-1 er den samme.
	grense{kode: amsK, fakta: grunnMed(), nyDag: d(2025, 7, 1), forRS: "arbeid-med-stotte-v20230620", etterRS: "arbeid-med-stotte-v20250701",
		forV: "er-2-1-v20230620.alder-16", etterV: "er-2-1-v20230620.alder-16", forU: Oppfylt, etterU: Oppfylt, hva: "ny § 2-2"},
	grense{kode: ugK, fakta: grunnMed(født(2000, 1, 1)), nyDag: d(2023, 7, 1), forRS: "ungdomsgaranti-v20160101", etterRS: "ungdomsgaranti-v20230701",
		forV: "er-4-2-v20230701.ikke-i-kraft.ungdomsgaranti", etterV: "er-4-1-v20230701.alder-16-30", forU: IkkeOppfylt, etterU: Oppfylt, hva: "kapittel 4 (ungdomsgarantien)"},
	// Født 31. desember 2009: 15 år 31. juli 2025, men fyller 16 i 2025.
	grense{kode: ugK, fakta: grunnMed(født(2009, 12, 31), tilrettFag(ja)), nyDag: d(2025, 8, 1), forRS: "ungdomsgaranti-v20230701", etterRS: "ungdomsgaranti-v20250801",
		forV: "er-4-1-v20230701.alder-16-30", etterV: "er-4-1-v20250801.alder", forU: IkkeOppfylt, etterU: Oppfylt, hva: "16-årsregelen i § 4-1 etter FOR-2025-07-30-1576"},
	grense{kode: ipsK, fakta: grunnMed(), nyDag: d(2026, 9, 1), forRS: "individuell-jobbstotte-v20230620", etterRS: "individuell-jobbstotte-v20260901",
		forV: "er-3-1-v20230620.behov-omfattende-bistand", etterV: "er-3-1-v20260901.behov-omfattende-bistand", forU: Oppfylt, etterU: Oppfylt, hva: "§ 3-1 etter FOR-2026-08-16-1636"},
	grense{kode: ipsUK, fakta: grunnMed(født(2000, 1, 1)), nyDag: d(2026, 9, 1), forRS: "ips-ung-v20230620", etterRS: "ips-ung-v20260901",
		forV: "er-3-6-v20230620.alder-16-30", etterV: "er-3-6-v20260901.alder-16-30", forU: Oppfylt, etterU: Oppfylt, hva: "IPS ung i § 3-1"},
)...)

func TestEgenregi(t *testing.T) { kjorRader(t, raderEgenregi) }

// Lesespørsmål: egenregiforskriften § 1-3 (nødvendig og hensiktsmessig)
// står i kapittel 1 (fellesbestemmelser) og gjelder «oppfølgingstiltak»;
// § 1-4 kaller alt forskriften tilbyr oppfølgingstiltak, også
// ungdomsgarantien i kapittel 4. Vilkåret står derfor i regelsettene for
// ungdomsgarantien og kan avgjøre utfallet.
func TestLesingER13GjelderUngdomsgarantien(t *testing.T) {
	for _, dato := range []tiltak.Dato{d(2023, 7, 1), sep2025} {
		rs, err := Gjeldende(ugK, dato)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(rs.Vilkar(), func(v *Vilkar) bool { return v.ID() == vErNH }) {
			t.Errorf("%s mangler %s", rs.ID(), vErNH)
		}
		f := grunnMed(født(2000, 1, 1), svar(tiltak.FaktumNodvendigOgHensiktsmessig, nei))
		r, err := Vurder(ugK, &f, dato)
		if err != nil {
			t.Fatal(err)
		}
		if p, ok := finnPunkt(r, vErNH); !ok || p.Utfall() != IkkeOppfylt || r.Utfall != IkkeOppfylt {
			t.Errorf("%s: %v; spor:\n%s", dato, r.Utfall, sporTekst(r))
		}
		f.NodvendigOgHensiktsmessig = ja
		if r, _ := Vurder(ugK, &f, dato); r.Utfall != Oppfylt {
			t.Errorf("%s med ja på skjønnet: %v; spor:\n%s", dato, r.Utfall, sporTekst(r))
		}
	}
	// Tiltaksforskriften § 1-3 gjelder ikke tiltak etter egenregiforskriften.
	rs, _ := Gjeldende(ugK, sep2025)
	if slices.ContainsFunc(rs.Vilkar(), func(v *Vilkar) bool { return v.ID() == vNodvendig }) {
		t.Errorf("%s har tiltaksforskriftens § 1-3", rs.ID())
	}
}
