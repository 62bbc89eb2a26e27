package regler

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

const (
	ja  = tiltak.Ja
	nei = tiltak.Nei
	uk  = tiltak.Ukjent
)

// grunnfakta oppfyller vilkårene for de fleste tiltak; radene endrer ett
// felt om gangen.
func grunnfakta() tiltak.Fakta {
	return tiltak.Fakta{
		Fodselsdato: d(1990, 6, 15), Arbeidsevne: tiltak.NedsattArbeidsevne,
		Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne, Uforetrygd: tiltak.GradertUforetrygd,
		BistandsbehovFastslatt: ja, Sykmeldt: ja, Sykefravaer12Mnd: ja, AnsattHosArbeidsgiver: nei,
		PsykiskLidelseEllerRus: ja, OppfolgingHelseEllerSammensatt: ja, Samtykke: ja, BehovOmfattendeBistand: ja,
		BehovUtvidetAvklaring: ja, LiteArbeidserfaring: ja, VanskerMedArbeid: ja, BehovForKvalifisering: ja,
		SammensattBistandsbehov: ja, FysiskFunksjonsnedsettelseEllerBlind: ja, BehovTilretteleggingOgTettOppfolging: ja,
		SaerligBehovTilrettelegging: ja, ArbeidsgiverHarPermitterte: nei, DeltarI: tiltak.NyttTiltakssett(tiltak.Arbeidstrening),
		NodvendigOgHensiktsmessig: ja, AndreTiltakVurdert: ja, TidsbegrensedeTiltakForsokt: ja,
	}
}

type endring func(*tiltak.Fakta)

func med(e ...endring) tiltak.Fakta {
	f := grunnfakta()
	for _, x := range e {
		x(&f)
	}
	return f
}

func født(aar int, m int, dag int) endring {
	return func(f *tiltak.Fakta) { f.Fodselsdato = d(aar, timeMonth(m), dag) }
}

// rad er én testrad: id er paragraf-id-en i indeksen raden sjekker.
type rad struct {
	id      string
	navn    string
	kode    tiltak.Kode
	fakta   tiltak.Fakta
	dato    tiltak.Dato
	valg    Valg
	vilkar  string          // vilkåret som sjekkes i sporet ("" = bare helheten)
	want    Utfall          // vilkårets utfall (eller helhetens når vilkar er tom)
	helhet  Utfall          // helhetens utfall (0 = ikke sjekket)
	versjon string          // regelsettets id ("" = ikke sjekket)
	mangler []tiltak.Faktum // Mangler() (nil = ikke sjekket)
	erstatt bool            // vilkåret er erstattet av praksis
}

var alleRader [][]rad

func testradIDer() map[string]bool {
	ut := map[string]bool{}
	for _, rr := range alleRader {
		for _, r := range rr {
			ut[r.id] = true
		}
	}
	for _, r := range kombinasjonsRader {
		ut[r.id] = true
	}
	for _, r := range digitalRader {
		ut[r.id] = true
	}
	for _, r := range covidRader {
		ut[r.id] = true
	}
	return ut
}

func kjorRader(t *testing.T, rader []rad) {
	t.Helper()
	for _, r := range rader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			res, err := VurderMed(r.kode, &r.fakta, r.dato, r.valg)
			if err != nil {
				t.Fatalf("feil: %v", err)
			}
			if r.versjon != "" && res.Regelsett.ID != r.versjon {
				t.Errorf("versjon %q, ventet %q", res.Regelsett.ID, r.versjon)
			}
			if r.helhet != 0 && res.Utfall != r.helhet {
				t.Errorf("helhet %v, ventet %v; spor:\n%s", res.Utfall, r.helhet, sporTekst(res))
			}
			if r.vilkar == "" {
				if res.Utfall != r.want {
					t.Errorf("utfall %v, ventet %v; spor:\n%s", res.Utfall, r.want, sporTekst(res))
				}
			} else {
				p, ok := finnPunkt(res, r.vilkar)
				if !ok {
					t.Fatalf("vilkår %s er ikke i sporet:\n%s", r.vilkar, sporTekst(res))
				}
				if p.Utfall() != r.want {
					t.Errorf("%s: %v, ventet %v", r.vilkar, p.Utfall(), r.want)
				}
				if p.Erstattet() != r.erstatt {
					t.Errorf("%s: erstattet %v, ventet %v", r.vilkar, p.Erstattet(), r.erstatt)
				}
				if p.Vilkar.Hjemmel.ID != r.id && !harTillegg(p.Vilkar, r.id) {
					t.Errorf("%s siterer %s, raden navngir %s", r.vilkar, p.Vilkar.Hjemmel.ID, r.id)
				}
			}
			if r.mangler != nil {
				got := res.Mangler()
				if got == nil {
					got = []tiltak.Faktum{}
				}
				if diff := cmp.Diff(r.mangler, got); diff != "" {
					t.Errorf("mangler (-ventet +fikk):\n%s", diff)
				}
			}
		})
	}
}

func harTillegg(v *Vilkar, id string) bool {
	for _, h := range v.Tilleggshjemler {
		if h.ID == id {
			return true
		}
	}
	return v.Hjemmel.ID == "" && id == ""
}

func finnPunkt(r Resultat, id string) (Sporpunkt, bool) {
	for _, p := range r.Spor {
		if p.Vilkar.ID == id {
			return p, true
		}
	}
	return Sporpunkt{}, false
}

func sporTekst(r Resultat) string {
	s := ""
	for _, p := range r.Spor {
		s += fmt.Sprintf("  %s: %v %v\n", p.Vilkar.ID, p.Utfall(), p.Mangler().Liste())
	}
	return s
}

var sep2025 = d(2025, 9, 1)

// § 1-3: alder 16 på begge sider av 16-årsdagen, i begge versjoner, og
// skjønnsvilkåret.
var raderFelles = []rad{
	{id: "tf-1-3", navn: "dagen før 16-årsdagen", kode: tiltak.Avklaring, fakta: med(født(2009, 5, 10)), dato: d(2025, 5, 9), vilkar: "tf-1-3.alder-16", want: IkkeOppfylt, helhet: IkkeOppfylt, versjon: "avklaring-v20160101"},
	{id: "tf-1-3", navn: "16-årsdagen", kode: tiltak.Avklaring, fakta: med(født(2009, 5, 10)), dato: d(2025, 5, 10), vilkar: "tf-1-3.alder-16", want: Oppfylt, helhet: Oppfylt},
	{id: "tf-1-3", navn: "dagen etter 16-årsdagen", kode: tiltak.Avklaring, fakta: med(født(2009, 5, 10)), dato: d(2025, 5, 11), vilkar: "tf-1-3.alder-16", want: Oppfylt},
	{id: "tf-1-3", navn: "29. februar: fyller 16 år 29. februar 2024", kode: tiltak.Oppfolging, fakta: med(født(2008, 2, 29)), dato: d(2024, 2, 28), vilkar: "tf-1-3.alder-16", want: IkkeOppfylt},
	{id: "tf-1-3", navn: "29. februar: 16-årsdagen i skuddår", kode: tiltak.Oppfolging, fakta: med(født(2008, 2, 29)), dato: d(2024, 2, 29), vilkar: "tf-1-3.alder-16", want: Oppfylt},
	{id: "tf-1-3", navn: "siste dag med 2016-ordlyden", kode: tiltak.Oppfolging, fakta: med(), dato: d(2025, 7, 31), vilkar: "tf-1-3.alder-16", want: Oppfylt, versjon: "oppfolging-v20160101"},
	{id: "tf-1-3", navn: "ukjent fødselsdato gir må vurderes", kode: tiltak.Avklaring, fakta: med(func(f *tiltak.Fakta) { f.Fodselsdato = tiltak.Dato{} }), dato: d(2024, 1, 1), vilkar: "tf-1-3.alder-16", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumFodselsdato}},
	{id: "tf-1-3", navn: "ikke nødvendig og hensiktsmessig", kode: tiltak.Avklaring, fakta: med(func(f *tiltak.Fakta) { f.NodvendigOgHensiktsmessig = nei }), dato: d(2024, 1, 1), vilkar: "tf-1-3.nodvendig-og-hensiktsmessig", want: IkkeOppfylt, helhet: IkkeOppfylt},
	{id: "tf-1-3", navn: "skjønn ikke tatt", kode: tiltak.Avklaring, fakta: med(func(f *tiltak.Fakta) { f.NodvendigOgHensiktsmessig = uk }), dato: d(2024, 1, 1), vilkar: "tf-1-3.nodvendig-og-hensiktsmessig", want: MaVurderes, helhet: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumNodvendigOgHensiktsmessig}},
	{id: "tf-1-3-v20250801", navn: "første dag med «andre aldersgrenser»", kode: tiltak.Oppfolging, fakta: med(), dato: d(2025, 8, 1), vilkar: "tf-1-3-v20250801.alder-16", want: Oppfylt, versjon: "oppfolging-v20250801"},
	{id: "tf-1-3-v20250801", navn: "dagen før 16-årsdagen", kode: tiltak.Oppfolging, fakta: med(født(2010, 3, 2)), dato: d(2026, 3, 1), vilkar: "tf-1-3-v20250801.alder-16", want: IkkeOppfylt},
	{id: "tf-1-3-v20250801", navn: "16-årsdagen", kode: tiltak.Oppfolging, fakta: med(født(2010, 3, 2)), dato: d(2026, 3, 2), vilkar: "tf-1-3-v20250801.alder-16", want: Oppfylt},
	{id: "tf-1-3-v20250801", navn: "skjønn nei", kode: tiltak.Oppfolging, fakta: med(func(f *tiltak.Fakta) { f.NodvendigOgHensiktsmessig = nei }), dato: sep2025, vilkar: "tf-1-3-v20250801.nodvendig-og-hensiktsmessig", want: IkkeOppfylt},
	{id: "tf-1-3-v20250801", navn: "bokstav d: 15 år, fyller 16 i år, sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2010, 12, 31)), dato: d(2026, 1, 1), vilkar: "tf-1-3-v20250801.alder-16-eller-7-3-unntak", want: Oppfylt},
	{id: "tf-1-3-v20250801", navn: "bokstav d: 15 år uten sammensatt bistandsbehov", kode: tiltak.OpplaeringFagOgYrke, fakta: med(født(2010, 12, 31), func(f *tiltak.Fakta) { f.SammensattBistandsbehov = nei }), dato: d(2026, 1, 1), vilkar: "tf-1-3-v20250801.alder-16-eller-7-3-unntak", want: IkkeOppfylt},
	{id: "er-1-3", navn: "egenregi: skjønn ja", kode: tiltak.ArbeidMedStotte, fakta: med(), dato: sep2025, vilkar: "er-1-3.nodvendig-og-hensiktsmessig", want: Oppfylt, helhet: Oppfylt},
	{id: "er-1-3", navn: "egenregi: skjønn ukjent", kode: tiltak.ArbeidMedStotte, fakta: med(func(f *tiltak.Fakta) { f.NodvendigOgHensiktsmessig = uk }), dato: sep2025, vilkar: "er-1-3.nodvendig-og-hensiktsmessig", want: MaVurderes, mangler: []tiltak.Faktum{tiltak.FaktumNodvendigOgHensiktsmessig}},
}

func TestFelles(t *testing.T) { kjorRader(t, raderFelles) }

func init() {
	alleRader = append(alleRader, raderFelles)
}
