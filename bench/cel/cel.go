package main

import (
	"fmt"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/interpreter"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// svarFakta er ja/nei-faktaene CEL-reglene leser, med navnet fra
// bibliotekets JSON.
var svarFakta = []string{
	"nodvendig_og_hensiktsmessig", "sykmeldt", "ansatt_hos_arbeidsgiver", "arbeidstaker",
	"tilretteleggingsplikt_oppfylt", "oppfolgingsplan_innhentet", "bedriftsinterne_tiltak_provd",
	"behov_utvidet_avklaring", "lite_arbeidserfaring", "droftet_med_ansattes_representanter",
	"behov_omfattende_bistand", "naerstaende_av_arrangor", "saerlige_grunner_naerstaende",
	"mentor_nodvendig_for_arbeid", "utgifter_dekket_av_annen_ordning", "foretak_i_vansker",
	"utestaende_tilbakebetalingskrav", "fysisk_funksjonsnedsettelse_eller_blind",
	"tilrettelegging_og_hjelpemidler_klarlagt", "behov_for_kvalifisering", "vansker_med_a_komme_i_arbeid",
	"sammensatt_bistandsbehov", "problemer_med_a_fa_sommerjobb", "bistandsbehov_fastslatt",
	"behovsvurdering_gjennomfort", "arbeidsgiver_har_permitterte", "sykefravaer_12_mnd",
	"gradvis_svekket_arbeidsevne", "helse_eller_sosiale_arsaker", "arbeidsevnevurdering_varig_tiltak",
	"tidsbegrensede_tiltak_forsokt", "saerlig_behov_tilrettelegging", "i_forskriftsfestet_forsok",
	"saerlig_usikre_yrkesmessige_forutsetninger", "behov_tilrettelegging_og_tett_oppfolging",
	"andre_tiltak_vurdert", "psykisk_lidelse_eller_rus_i_behandling",
	"oppfolging_helse_eller_sammensatte_utfordringer", "samtykke",
	"sammensatte_psykiske_problemer_eller_rus", "tilrettelagt_fag_og_yrkesopplaering",
	"skjonn",
}

// ukjent er verdien aktiveringen gir for et ukjent faktum når reglene
// vurderes treverdig.
var ukjent = types.NewUnknown(0, nil)

// verdier er det aktiveringen gir for de ukjente verdiene og ordene, etter
// om reglene vurderes treverdig (ukjent er en CEL-ukjent) eller toverdig
// (ukjent er nei, "ukjent", dato 0 og en tom liste).
type verdier struct {
	svar        ref.Val // et ukjent ja/nei-faktum, og skjonn
	dato        ref.Val // en ukjent fødselsdato
	liste       ref.Val // ukjent deltakelse i andre tiltak
	arbeidsevne []ref.Val
	uforetrygd  []ref.Val
}

var (
	treverdig = &verdier{svar: ukjent, dato: ukjent, liste: ukjent,
		arbeidsevne: []ref.Val{ukjent, types.String("ikke-nedsatt"), types.String("nedsatt"), types.String("varig-og-vesentlig-nedsatt")},
		uforetrygd:  []ref.Val{ukjent, types.String("ingen"), types.String("forventet"), types.String("gradert"), types.String("full")}}
	toverdig = &verdier{svar: types.False, dato: types.Int(0), liste: types.NewRefValList(types.DefaultTypeAdapter, nil),
		arbeidsevne: []ref.Val{types.String("ukjent"), types.String("ikke-nedsatt"), types.String("nedsatt"), types.String("varig-og-vesentlig-nedsatt")},
		uforetrygd:  []ref.Val{types.String("ukjent"), types.String("ingen"), types.String("forventet"), types.String("gradert"), types.String("full")}}
	kodeVerdi = map[tiltak.Kode]ref.Val{}
)

func init() {
	for _, k := range tiltak.Koder() {
		kodeVerdi[k] = types.String(k)
	}
}

// sjekkOrdlister sier fra når ordene for arbeidsevne og uføretrygd ikke
// lenger følger bibliotekets verdier (en ny verdi må legges til her).
func sjekkOrdlister() error {
	for _, v := range []*verdier{treverdig, toverdig} {
		for i, a := range v.arbeidsevne[1:] {
			if string(a.(types.String)) != tiltak.Arbeidsevne(i+1).String() {
				return fmt.Errorf("arbeidsevne %d er %q i CEL og %q i biblioteket", i+1, a, tiltak.Arbeidsevne(i+1))
			}
		}
		for i, u := range v.uforetrygd[1:] {
			if string(u.(types.String)) != tiltak.Uforetrygd(i+1).String() {
				return fmt.Errorf("uføretrygd %d er %q i CEL og %q i biblioteket", i+1, u, tiltak.Uforetrygd(i+1))
			}
		}
		if tiltak.Arbeidsevne(len(v.arbeidsevne)).Gyldig() || tiltak.Uforetrygd(len(v.uforetrygd)).Gyldig() {
			return fmt.Errorf("biblioteket har flere verdier for arbeidsevne eller uføretrygd enn CEL-reglene")
		}
	}
	return nil
}

// enumVerdi gir ordet for verdien v, eller ordet for ukjent for en verdi
// utenfor listen (Fakta.Valider avviser slike før biblioteket vurderer).
func enumVerdi(liste []ref.Val, v uint8) ref.Val {
	if int(v) < len(liste) {
		return liste[v]
	}
	return liste[0]
}

// person er CEL-aktiveringen for én person på én dato. Den leser faktaene
// rett fra tiltak.Fakta; bare datoene og listen over tiltak personen
// deltar i lages når personen settes. En person brukes av én gorutine
// og gjenbrukes fra person til person, som regler.Buffer.
type person struct {
	v       *verdier // treverdig eller toverdig; nil er treverdig
	f       *tiltak.Fakta
	dato    ref.Val
	datoFor tiltak.Dato
	fodt    ref.Val
	deltarI ref.Val
	liste   []ref.Val
}

// heltallsdato gir datoen som heltallet CEL-reglene regner med.
func heltallsdato(d tiltak.Dato) int64 {
	return int64(d.Aar())*10000 + int64(d.Maned())*100 + int64(d.Dag())
}

// sett gjør p klar for personen med faktaene f på datoen.
func (p *person) sett(f *tiltak.Fakta, dato tiltak.Dato) {
	if p.v == nil {
		p.v = treverdig
	}
	p.f = f
	if p.dato == nil || p.datoFor != dato {
		p.dato, p.datoFor = types.Int(heltallsdato(dato)), dato
	}
	if f.Fodselsdato.IsZero() {
		p.fodt = p.v.dato
	} else {
		p.fodt = types.Int(heltallsdato(f.Fodselsdato))
	}
	if !f.DeltarI.Kjent() {
		p.deltarI = p.v.liste
		return
	}
	p.liste = p.liste[:0]
	for _, k := range f.DeltarI.Koder() {
		p.liste = append(p.liste, kodeVerdi[k])
	}
	p.deltarI = types.NewRefValList(types.DefaultTypeAdapter, p.liste)
}

// svar gjør et ja/nei-faktum til en CEL-verdi: true, false, eller for et
// ukjent svar en CEL-ukjent (treverdig) eller false (toverdig).
func (p *person) svar(s tiltak.Svar) ref.Val {
	switch s {
	case tiltak.Ja:
		return types.True
	case tiltak.Nei:
		return types.False
	}
	return p.v.svar
}

// Parent oppfyller interpreter.Activation.
func (p *person) Parent() interpreter.Activation { return nil }

// ResolveName oppfyller interpreter.Activation: verdien til en variabel.
func (p *person) ResolveName(navn string) (any, bool) {
	f := p.f
	switch navn {
	case "dato":
		return p.dato, true
	case "fodselsdato":
		return p.fodt, true
	case "deltar_i":
		return p.deltarI, true
	case "arbeidsevne":
		return enumVerdi(p.v.arbeidsevne, uint8(f.Arbeidsevne)), true
	case "uforetrygd":
		return enumVerdi(p.v.uforetrygd, uint8(f.Uforetrygd)), true
	case "skjonn":
		return p.v.svar, true
	case "nodvendig_og_hensiktsmessig":
		return p.svar(f.NodvendigOgHensiktsmessig), true
	case "sykmeldt":
		return p.svar(f.Sykmeldt), true
	case "ansatt_hos_arbeidsgiver":
		return p.svar(f.AnsattHosArbeidsgiver), true
	case "arbeidstaker":
		return p.svar(f.Arbeidstaker), true
	case "tilretteleggingsplikt_oppfylt":
		return p.svar(f.TilretteleggingspliktOppfylt), true
	case "oppfolgingsplan_innhentet":
		return p.svar(f.OppfolgingsplanInnhentet), true
	case "bedriftsinterne_tiltak_provd":
		return p.svar(f.BedriftsinterneTiltakProvd), true
	case "behov_utvidet_avklaring":
		return p.svar(f.BehovUtvidetAvklaring), true
	case "lite_arbeidserfaring":
		return p.svar(f.LiteArbeidserfaring), true
	case "droftet_med_ansattes_representanter":
		return p.svar(f.DroftetMedAnsattesRepresentanter), true
	case "behov_omfattende_bistand":
		return p.svar(f.BehovOmfattendeBistand), true
	case "naerstaende_av_arrangor":
		return p.svar(f.NaerstaendeAvArrangor), true
	case "saerlige_grunner_naerstaende":
		return p.svar(f.SaerligeGrunnerNaerstaende), true
	case "mentor_nodvendig_for_arbeid":
		return p.svar(f.MentorNodvendig), true
	case "utgifter_dekket_av_annen_ordning":
		return p.svar(f.UtgifterDekketAnnetSted), true
	case "foretak_i_vansker":
		return p.svar(f.ForetakIVansker), true
	case "utestaende_tilbakebetalingskrav":
		return p.svar(f.UtestaendeTilbakebetalingskrav), true
	case "fysisk_funksjonsnedsettelse_eller_blind":
		return p.svar(f.FysiskFunksjonsnedsettelseEllerBlind), true
	case "tilrettelegging_og_hjelpemidler_klarlagt":
		return p.svar(f.TilretteleggingKlarlagt), true
	case "behov_for_kvalifisering":
		return p.svar(f.BehovForKvalifisering), true
	case "vansker_med_a_komme_i_arbeid":
		return p.svar(f.VanskerMedArbeid), true
	case "sammensatt_bistandsbehov":
		return p.svar(f.SammensattBistandsbehov), true
	case "problemer_med_a_fa_sommerjobb":
		return p.svar(f.ProblemerMedSommerjobb), true
	case "bistandsbehov_fastslatt":
		return p.svar(f.BistandsbehovFastslatt), true
	case "behovsvurdering_gjennomfort":
		return p.svar(f.BehovsvurderingGjennomfort), true
	case "arbeidsgiver_har_permitterte":
		return p.svar(f.ArbeidsgiverHarPermitterte), true
	case "sykefravaer_12_mnd":
		return p.svar(f.Sykefravaer12Mnd), true
	case "gradvis_svekket_arbeidsevne":
		return p.svar(f.GradvisSvekketArbeidsevne), true
	case "helse_eller_sosiale_arsaker":
		return p.svar(f.HelseEllerSosialeArsaker), true
	case "arbeidsevnevurdering_varig_tiltak":
		return p.svar(f.ArbeidsevnevurderingVarigTiltak), true
	case "tidsbegrensede_tiltak_forsokt":
		return p.svar(f.TidsbegrensedeTiltakForsokt), true
	case "saerlig_behov_tilrettelegging":
		return p.svar(f.SaerligBehovTilrettelegging), true
	case "i_forskriftsfestet_forsok":
		return p.svar(f.ForskriftsfestetForsok), true
	case "saerlig_usikre_yrkesmessige_forutsetninger":
		return p.svar(f.UsikreYrkesmessigeForutsetninger), true
	case "behov_tilrettelegging_og_tett_oppfolging":
		return p.svar(f.BehovTilretteleggingOgTettOppfolging), true
	case "andre_tiltak_vurdert":
		return p.svar(f.AndreTiltakVurdert), true
	case "psykisk_lidelse_eller_rus_i_behandling":
		return p.svar(f.PsykiskLidelseEllerRus), true
	case "oppfolging_helse_eller_sammensatte_utfordringer":
		return p.svar(f.OppfolgingHelseEllerSammensatt), true
	case "samtykke":
		return p.svar(f.Samtykke), true
	case "sammensatte_psykiske_problemer_eller_rus":
		return p.svar(f.SammensattePsykiskeProblemerEllerRus), true
	case "tilrettelagt_fag_og_yrkesopplaering":
		return p.svar(f.TilrettelagtFagOgYrkesopplaering), true
	}
	return nil, false
}

// nyttMiljo gir CEL-miljøet reglene kompileres i: variablene og
// funksjonen ja.
func nyttMiljo() (*cel.Env, error) {
	opts := []cel.EnvOption{
		cel.Variable("dato", cel.IntType),
		cel.Variable("fodselsdato", cel.IntType),
		cel.Variable("arbeidsevne", cel.StringType),
		cel.Variable("uforetrygd", cel.StringType),
		cel.Variable("deltar_i", cel.ListType(cel.StringType)),
		// ja(x) er sann bare når x er kjent og sann. Den er ikke-streng, så
		// den får også en ukjent verdi i stedet for at CEL svarer ukjent
		// uten å kalle den.
		cel.Function("ja", cel.Overload("ja_bool", []*cel.Type{cel.BoolType}, cel.BoolType,
			cel.OverloadIsNonStrict(),
			cel.UnaryBinding(func(v ref.Val) ref.Val { return types.Bool(v == types.True) }))),
	}
	for _, navn := range svarFakta {
		opts = append(opts, cel.Variable(navn, cel.BoolType))
	}
	return cel.NewEnv(opts...)
}

// program er CEL-programmet for ett tiltak.
type program struct {
	kode tiltak.Kode
	prg  cel.Program
}

// kompiler kompilerer reglene med evalueringsvalgene (for eksempel
// cel.OptOptimize og cel.OptTrackState).
func kompiler(env *cel.Env, rs []celRegel, valg ...cel.EvalOption) ([]program, error) {
	ut := make([]program, len(rs))
	for i, r := range rs {
		ast, iss := env.Compile(r.uttrykk)
		if iss.Err() != nil {
			return nil, fmt.Errorf("%s: %w", r.kode, iss.Err())
		}
		if ast.OutputType() != cel.BoolType {
			return nil, fmt.Errorf("%s: uttrykket gir %v, ventet bool", r.kode, ast.OutputType())
		}
		prg, err := env.Program(ast, cel.EvalOptions(valg...))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.kode, err)
		}
		ut[i] = program{r.kode, prg}
	}
	return ut, nil
}

// utfall gjør CEL-svaret om til bibliotekets utfall: true er oppfylt, false
// ikke oppfylt og ukjent må vurderes. En feil eller en annen verdi gir 0.
func utfall(v ref.Val) regler.Utfall {
	switch v {
	case types.True:
		return regler.Oppfylt
	case types.False:
		return regler.IkkeOppfylt
	}
	if types.IsUnknown(v) {
		return regler.MaVurderes
	}
	return 0
}

// gyldighet gir tidsrommet der alle regelsettene CEL-reglene er skrevet
// etter, gjelder: fra den siste Fra til den første Til (null: åpent).
func gyldighet() (fra, til tiltak.Dato, err error) {
	for _, k := range tiltak.Koder() {
		rs, err := regler.Gjeldende(k, regeldato)
		if err != nil {
			return fra, til, fmt.Errorf("%s: %w", k, err)
		}
		if rs.Fra().After(fra) {
			fra = rs.Fra()
		}
		if t := rs.Til(); !t.IsZero() && (til.IsZero() || t.Before(til)) {
			til = t
		}
	}
	return fra, til, nil
}
