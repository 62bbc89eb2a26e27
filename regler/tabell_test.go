package regler

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Felles rigg for radtabellene. Hver lovfil har sin testfil med rader
// (tf01_felles_test.go, tf07_opplaering_test.go, …); en rad navngir
// paragrafversjonen den sjekker (id), vilkåret (den fulle vilkårs-id-en) og
// utfallet regnet for hånd ut fra teksten i versjonen og vurderingsfunksjonen.
// TestDekning (motor_test.go) sjekker at radene til sammen dekker alle vilkår
// og regelsett.

const (
	ja  = tiltak.Ja
	nei = tiltak.Nei
	uk  = tiltak.Ukjent
)

// d er en kort form for datoer i radene.
var d = tiltak.MustDato

// grunnfakta oppfyller vilkårene for de fleste tiltak på de fleste datoer:
// en person født 15. juni 1990 med nedsatt (ikke varig) arbeidsevne, som
// ikke er arbeidstaker eller ansatt hos arbeidsgiveren, deltar i
// arbeidstrening og har alle ja/nei-faktaene tiltakene krever oppfylt.
// Radene endrer det de trenger.
func grunnfakta() tiltak.Fakta {
	return tiltak.Fakta{
		Fodselsdato: d(1990, 6, 15), Arbeidsevne: tiltak.NedsattArbeidsevne,
		Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, Uforetrygd: tiltak.GradertUforetrygd,
		BistandsbehovFastslatt: ja, Sykmeldt: nei, Sykefravaer12Mnd: ja, AnsattHosArbeidsgiver: nei, Arbeidstaker: nei,
		PsykiskLidelseEllerRus: ja, OppfolgingHelseEllerSammensatt: ja, Samtykke: ja, BehovOmfattendeBistand: ja,
		BehovUtvidetAvklaring: ja, LiteArbeidserfaring: ja, VanskerMedArbeid: ja, BehovForKvalifisering: ja,
		SammensattBistandsbehov: ja, FysiskFunksjonsnedsettelseEllerBlind: ja, BehovTilretteleggingOgTettOppfolging: ja,
		SaerligBehovTilrettelegging: ja, ArbeidsgiverHarPermitterte: nei, DeltarI: settAv(tiltak.Arbeidstrening),
		NodvendigOgHensiktsmessig: ja, AndreTiltakVurdert: ja, TidsbegrensedeTiltakForsokt: ja,
		TilretteleggingspliktOppfylt: ja, NaerstaendeAvArrangor: nei, ForetakIVansker: nei, UtestaendeTilbakebetalingskrav: nei,
		UtenRettTilOpplaering: ja, BehovsvurderingGjennomfort: ja, ArbeidsevnevurderingVarigTiltak: ja, HelseEllerSosialeArsaker: ja,
		ProblemerMedSommerjobb: ja, HeltPermittert: nei, BedriftIOmstilling: ja, OpplaeringTilleggOgFrivillig: ja,
		UsikreYrkesmessigeForutsetninger: ja, NavKontorIForsok: ja, UtgifterDekketAnnetSted: nei, TilretteleggingKlarlagt: ja,
		OnskerArbeidEllerUtdanning: ja, SammensattePsykiskeProblemerEllerRus: ja, DroftetMedAnsattesRepresentanter: ja,
	}
}

// endring endrer ett eller flere fakta i en rad.
type endring func(*tiltak.Fakta)

// grunnMed gir grunnfaktaene med endringene gjort i rekkefølge.
func grunnMed(e ...endring) tiltak.Fakta {
	f := grunnfakta()
	for _, x := range e {
		x(&f)
	}
	return f
}

// født setter fødselsdatoen.
func født(aar, m, dag int) endring {
	return func(f *tiltak.Fakta) { f.Fodselsdato = d(aar, time.Month(m), dag) }
}

// deltar setter tiltakene personen deltar i (et kjent sett, også tomt).
func deltar(k ...tiltak.Kode) endring {
	return func(f *tiltak.Fakta) { f.DeltarI = settAv(k...) }
}

// evne setter arbeidsevnen.
func evne(a tiltak.Arbeidsevne) endring { return func(f *tiltak.Fakta) { f.Arbeidsevne = a } }

// innsats setter innsatsgruppen.
func innsats(g tiltak.Innsatsgruppe) endring { return func(f *tiltak.Fakta) { f.Innsatsgruppe = g } }

// ufore setter uføretrygden.
func ufore(u tiltak.Uforetrygd) endring { return func(f *tiltak.Fakta) { f.Uforetrygd = u } }

// stilling setter stillingstypen.
func stilling(s tiltak.Stillingstype) endring { return func(f *tiltak.Fakta) { f.Stillingstype = s } }

// faktumFelt er feltnummeret i tiltak.Fakta for hvert faktum, funnet ved
// JSON-navnet (Faktum.String). Tabellen er fast etter init.
var faktumFelt = func() map[tiltak.Faktum]int {
	ut := map[tiltak.Faktum]int{}
	typ := reflect.TypeFor[tiltak.Fakta]()
	navn := map[string]int{}
	for i := range typ.NumField() {
		tag, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		navn[tag] = i
	}
	for _, ft := range tiltak.AlleFakta() {
		if i, ok := navn[ft.String()]; ok {
			ut[ft] = i
		}
	}
	return ut
}()

// felt gir feltet for faktumet i f; en ukjent faktum er en feil i testen.
func felt(f *tiltak.Fakta, ft tiltak.Faktum) reflect.Value {
	i, ok := faktumFelt[ft]
	if !ok {
		panic("testen: finner ikke feltet for faktumet " + ft.String())
	}
	return reflect.ValueOf(f).Elem().Field(i)
}

// svar setter et ja/nei-faktum.
func svar(ft tiltak.Faktum, s tiltak.Svar) endring {
	return func(f *tiltak.Fakta) {
		v := felt(f, ft)
		if v.Type() != reflect.TypeFor[tiltak.Svar]() {
			panic("testen: " + ft.String() + " er ikke et ja/nei-faktum")
		}
		v.Set(reflect.ValueOf(s))
	}
}

// ukjent gjør faktaene ukjente (nullverdien).
func ukjent(ft ...tiltak.Faktum) endring {
	return func(f *tiltak.Fakta) {
		for _, x := range ft {
			v := felt(f, x)
			v.Set(reflect.Zero(v.Type()))
		}
	}
}

// mangler er en kort form for listen av fakta som mangler.
func mangler(ft ...tiltak.Faktum) []tiltak.Faktum {
	if ft == nil {
		return []tiltak.Faktum{}
	}
	return ft
}

// rad er én testrad.
type rad struct {
	// id er paragrafversjonen raden sjekker, for eksempel
	// "tf-7-3-v20190701": versjonen vilkåret bygger på, eller en av
	// tilleggshjemlene (et sammenslått eller-vilkår i § 11-2).
	id   string
	navn string
	kode tiltak.Kode
	// fakta, dato og valg er vurderingen (for varighets- og satsvilkår er
	// datoen startdatoen).
	fakta tiltak.Fakta
	dato  tiltak.Dato
	valg  Valg
	// vilkar er den fulle vilkårs-id-en raden sjekker.
	vilkar string
	// want er vilkårets utfall.
	want Utfall
	// helhet er helhetens utfall (0 = ikke sjekket).
	helhet Utfall
	// versjon er regelsettets id (tom = ikke sjekket).
	versjon string
	// mangler er faktaene sporpunktet sier mangler (nil = ikke sjekket).
	mangler []tiltak.Faktum
	// erstatt: vilkåret er erstattet av en praksisregel i sporet.
	erstatt bool
}

// alleRadtabeller er tabellene TestDekning teller med.
func alleRadtabeller() map[string][]rad {
	return map[string][]rad{
		"tf01":    raderTF01,
		"tf02-04": raderTF02til04,
		"tf05-06": raderTF05til06,
		"tf07":    raderTF07,
		"tf08-10": raderTF08til10,
		"tf11-14": raderTF11til14,
		"er":      raderEgenregi,
		"fir":     raderFirearig,
		"praksis": raderPraksis,
		"kilder":  raderKilder,
	}
}

func kjorRader(t *testing.T, rader []rad) {
	t.Helper()
	if len(rader) == 0 {
		t.Fatal("tabellen er tom")
	}
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) { sjekkRad(t, r) })
	}
}

// sjekkRad vurderer raden og sammenligner med det raden venter.
func sjekkRad(t *testing.T, r rad) {
	t.Helper()
	if r.vilkar == "" {
		t.Fatal("raden navngir ikke noe vilkår")
	}
	res, err := VurderMed(r.kode, &r.fakta, r.dato, r.valg)
	if err != nil {
		t.Fatalf("feil: %v", err)
	}
	if r.versjon != "" && res.Regelsett.ID() != r.versjon {
		t.Errorf("regelsett %q, ventet %q", res.Regelsett.ID(), r.versjon)
	}
	if r.helhet != 0 && res.Utfall != r.helhet {
		t.Errorf("helhet %v, ventet %v; spor:\n%s", res.Utfall, r.helhet, sporTekst(res))
	}
	p, iSporet, err := punktForRad(res, r)
	if err != nil {
		t.Fatalf("%v; spor:\n%s", err, sporTekst(res))
	}
	if p.Utfall() != r.want {
		t.Errorf("%s: %v, ventet %v; spor:\n%s", r.vilkar, p.Utfall(), r.want, sporTekst(res))
	}
	if iSporet && p.Erstattet() != r.erstatt {
		t.Errorf("%s: erstattet %v, ventet %v", r.vilkar, p.Erstattet(), r.erstatt)
	}
	if !iSporet && r.erstatt {
		t.Errorf("%s står ikke i sporet og kan ikke være erstattet", r.vilkar)
	}
	if !radIDStemmer(p.Vilkar(), r.id) {
		t.Errorf("%s bygger på %s (tillegg %v), raden navngir %s", r.vilkar, versjonsID(p.Vilkar()), p.Vilkar().Tilleggshjemler(), r.id)
	}
	if p.Vilkar().Tekst(p.Utfall()) == "" {
		t.Errorf("%s har ingen forklaring for utfallet %v", r.vilkar, p.Utfall())
	}
	if r.mangler != nil {
		got := p.Mangler().Liste()
		if got == nil {
			got = []tiltak.Faktum{}
		}
		if diff := cmp.Diff(r.mangler, got); diff != "" {
			t.Errorf("mangler (-ventet +fikk):\n%s", diff)
		}
	}
}

// punktForRad finner sporpunktet for radens vilkår: i sporet, eller (for et
// vilkår som ikke står i sporet selv) ved å vurdere vilkåret direkte når det
// er et alternativ i et eller-vilkår i sporet, en forlengelse eller et tak i
// tiltakets varighetsregel, eller en satsvariant i tiltakets satsregel på
// datoen. iSporet sier om punktet står i sporet.
func punktForRad(res Resultat, r rad) (p Sporpunkt, iSporet bool, err error) {
	for _, q := range res.Spor {
		if q.Vilkar().ID() == r.vilkar {
			return q, true, nil
		}
	}
	v, ok := FinnVilkar(r.vilkar)
	if !ok {
		return Sporpunkt{}, false, fmt.Errorf("vilkåret %s finnes ikke", r.vilkar)
	}
	direkte := func() Sporpunkt { return v.EvaluerMed(&r.fakta, r.dato, r.valg) }
	for _, q := range res.Spor {
		if id := q.Vilkar().ID(); strings.Contains(id, "+") && strings.Contains("+"+id+"+", "+"+r.vilkar+"+") {
			return direkte(), false, nil
		}
	}
	if vr, err := VarighetFor(r.kode, r.dato); err == nil {
		for _, f := range vr.Forlengelser() {
			if f.Vilkar == v {
				return direkte(), false, nil
			}
		}
		for i := range vr.AntallTak() {
			if vr.Tak(i).Vilkar == v {
				return direkte(), false, nil
			}
		}
	}
	if s, err := SatsFor(r.kode, r.dato); err == nil {
		for i := range s.AntallVarianter() {
			if s.Variant(i).Vilkar == v {
				return direkte(), false, nil
			}
		}
	}
	return Sporpunkt{}, false, fmt.Errorf("vilkåret %s brukes ikke for %s %s (verken i sporet, som alternativ, i varigheten eller i satsen)", r.vilkar, r.kode, r.dato)
}

// versjonsID gir id-en til paragrafversjonen vilkåret bygger på ("" for et
// vilkår uten hjemmel).
func versjonsID(v *Vilkar) string {
	if pv, ok := v.Versjon(); ok {
		return pv.ID()
	}
	return ""
}

// radIDStemmer sier om id er versjonen vilkåret bygger på eller en av
// tilleggshjemlene.
func radIDStemmer(v *Vilkar, id string) bool {
	if id != "" && versjonsID(v) == id {
		return true
	}
	for _, h := range v.Tilleggshjemler() {
		if h.ID == id {
			return true
		}
	}
	return false
}

func sporTekst(r Resultat) string {
	var b strings.Builder
	for _, p := range r.Spor {
		fmt.Fprintf(&b, "  %s: %v %v\n", p.Vilkar().ID(), p.Utfall(), p.Mangler().Liste())
	}
	return b.String()
}

// finnPunkt gir sporpunktet for vilkåret med id-en.
func finnPunkt(r Resultat, id string) (Sporpunkt, bool) {
	for _, p := range r.Spor {
		if p.Vilkar().ID() == id {
			return p, true
		}
	}
	return Sporpunkt{}, false
}

// grenseRader gir to rader for et skifte av regelsett: siste dag i det
// gamle og første dag i det nye, med vilkåret som bytter versjon (eller et
// vilkår som står i begge) og utfallet på hver side. Hver rad navngir
// versjonen vilkåret på sin side bygger på.
type grense struct {
	kode           tiltak.Kode
	fakta          tiltak.Fakta
	valg           Valg
	nyDag          tiltak.Dato
	forRS, etterRS string // regelsettene
	forV, etterV   string // vilkårene
	forU, etterU   Utfall
	hva            string
}

func grenseRader(gg ...grense) []rad {
	var ut []rad
	for _, g := range gg {
		ut = append(ut,
			rad{id: idFraVilkar(g.forV), navn: "siste dag før " + g.hva, kode: g.kode, fakta: g.fakta, dato: g.nyDag.AddDays(-1), valg: g.valg,
				vilkar: g.forV, want: g.forU, versjon: g.forRS},
			rad{id: idFraVilkar(g.etterV), navn: "første dag med " + g.hva, kode: g.kode, fakta: g.fakta, dato: g.nyDag, valg: g.valg,
				vilkar: g.etterV, want: g.etterU, versjon: g.etterRS})
	}
	return ut
}

// idFraVilkar gir versjonsdelen av en vilkårs-id skrevet i testen
// ("tf-1-3-l3-v20160101.alder-16" gir "tf-1-3-l3-v20160101"). Radens
// sjekk sammenligner den med vilkårets faktiske versjon.
func idFraVilkar(id string) string {
	v, _, _ := strings.Cut(id, ".")
	return v
}
