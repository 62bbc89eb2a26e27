package regler

import (
	"errors"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// KanKombineres leser listene i § 5-3 (mentor) og § 11-2 første ledd
// (inkluderingstilskudd) i versjonen som gjelder på datoen, veiledningen
// «Aktører og tiltak» (seed 004) for oppfølging og den kommunale rutinen
// (seed 003) for aktivitetsplass og språkpraksis. Hver rad navngir
// paragrafversjonen svaret skal sitere.
type kombRad struct {
	id         string
	navn       string
	med, hoved tiltak.Kode
	dato       tiltak.Dato
	hensikt    tiltak.Svar // faktumet oppfolging_hensiktsmessig
	// arbeidsevne og nodvendig er faktaene § 5-3s andre vei leser (mentor
	// når hovedtiltaket ikke er i listen).
	arbeidsevne tiltak.Arbeidsevne
	nodvendig   tiltak.Svar
	want        Utfall
	ikkeModell  bool
	uverifisert bool
}

var kombinasjonsRader = []kombRad{
	// § 5-3.
	{id: "tf-5-3-v20160101", navn: "2016: midlertidig lønnstilskudd", med: tiltak.Mentor, hoved: tiltak.MidlertidigLonnstilskudd, dato: d(2016, 1, 1), want: Oppfylt},
	{id: "tf-5-3-v20160101", navn: "2016: fagskole er bare kanskje ordinær utdanning", med: tiltak.Mentor, hoved: tiltak.OpplaeringFagskole, dato: d(2017, 6, 1), want: MaVurderes},
	{id: "tf-5-3-v20160101", navn: "2016: AMO er ikke i listen", med: tiltak.Mentor, hoved: tiltak.OpplaeringAMO, dato: d(2017, 12, 31), arbeidsevne: tiltak.IkkeNedsattArbeidsevne, want: IkkeOppfylt},
	{id: "tf-5-3-v20180101", navn: "2018: all opplæring", med: tiltak.Mentor, hoved: tiltak.OpplaeringAMO, dato: d(2018, 1, 1), want: Oppfylt},
	{id: "tf-5-3-v20180101", navn: "dagen før sommerjobb kom i listen", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2021, 4, 21), arbeidsevne: tiltak.IkkeNedsattArbeidsevne, want: IkkeOppfylt},
	{id: "tf-5-3-v20210422", navn: "sommerjobb i listen", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2021, 4, 22), want: Oppfylt},
	{id: "tf-5-3-v20250701", navn: "juli 2025: sommerjobb", med: tiltak.Mentor, hoved: tiltak.Sommerjobb, dato: d(2025, 7, 1), want: Oppfylt},
	{id: "tf-5-3-v20250801", navn: "august 2025: avklaring er ikke i listen", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), arbeidsevne: tiltak.IkkeNedsattArbeidsevne, want: IkkeOppfylt},
	// § 5-3s andre vei når hovedtiltaket ikke er i listen: nedsatt
	// arbeidsevne og mentor nødvendig for å få eller beholde arbeid.
	{id: "tf-5-3-v20250801", navn: "ikke i listen, nedsatt og nødvendig", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), arbeidsevne: tiltak.NedsattArbeidsevne, nodvendig: ja, want: Oppfylt},
	{id: "tf-5-3-v20250801", navn: "ikke i listen, nedsatt, nødvendig ukjent", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), arbeidsevne: tiltak.NedsattArbeidsevne, want: MaVurderes},
	{id: "tf-5-3-v20250801", navn: "ikke i listen, nedsatt, ikke nødvendig", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), arbeidsevne: tiltak.NedsattArbeidsevne, nodvendig: nei, want: IkkeOppfylt},
	{id: "tf-5-3-v20250801", navn: "ikke i listen, arbeidsevne ukjent", med: tiltak.Mentor, hoved: tiltak.Avklaring, dato: d(2025, 8, 1), nodvendig: ja, want: MaVurderes},
	{id: "tf-5-3-v20160101", navn: "2016: ikke i listen, varig nedsatt og nødvendig", med: tiltak.Mentor, hoved: tiltak.OpplaeringAMO, dato: d(2016, 1, 1), arbeidsevne: tiltak.VarigNedsattArbeidsevne, nodvendig: ja, want: Oppfylt},
	{id: "tf-5-3-v20250801", navn: "august 2025: arbeidstrening", med: tiltak.Mentor, hoved: tiltak.Arbeidstrening, dato: d(2025, 8, 1), want: Oppfylt},
	// § 11-2 første ledd.
	{id: "tf-11-2-l1-v20160101", navn: "2016: VTA i ordinært arbeidsliv", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTAO, dato: d(2016, 1, 1), want: Oppfylt},
	{id: "tf-11-2-l1-v20160101", navn: "dagen før AFT kom i listen", med: tiltak.Inkluderingstilskudd, hoved: tiltak.AFT, dato: d(2016, 9, 30), want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20161001", navn: "AFT i listen", med: tiltak.Inkluderingstilskudd, hoved: tiltak.AFT, dato: d(2016, 10, 1), want: Oppfylt},
	// Se raden for § 11-2 første ledd i tf11_14_inkludering_arr_aft_vta_test.go:
	// norsk/FOV var uttrykkelig arbeidsmarkedskurs etter § 7-2 bokstav a
	// fram til 30. juni 2019. Lovkoden gir må vurderes; raden feiler til den
	// er rettet.
	{id: "tf-11-2-l1-v20180101", navn: "2018: norsk/FOV er arbeidsmarkedskurs", med: tiltak.Inkluderingstilskudd, hoved: tiltak.OpplaeringNorskFOV, dato: d(2018, 6, 1), want: Oppfylt},
	{id: "tf-11-2-l1-v20180101", navn: "2020: norsk/FOV bare kanskje", med: tiltak.Inkluderingstilskudd, hoved: tiltak.OpplaeringNorskFOV, dato: d(2020, 1, 1), want: MaVurderes},
	{id: "tf-11-2-l1-v20180101", navn: "dagen før hospitering kom inn", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTA, dato: d(2021, 2, 22), want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210223", navn: "VTA bare ved hospitering", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTA, dato: d(2021, 2, 23), want: MaVurderes},
	{id: "tf-11-2-l1-v20210422", navn: "sommerjobb", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Sommerjobb, dato: d(2021, 4, 22), want: Oppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "ungdomsgarantien er ikke i listen", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Ungdomsgaranti, dato: d(2022, 9, 1), want: IkkeOppfylt},
	{id: "tf-11-2-l1-v20210422", navn: "arbeidstrening", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Arbeidstrening, dato: d(2024, 1, 1), want: Oppfylt},
	{id: "tf-11-2-l1-v20260901", navn: "kapittel 14A (avledet tekst)", med: tiltak.Inkluderingstilskudd, hoved: tiltak.VTAO, dato: d(2026, 9, 1), want: Oppfylt, uverifisert: true},
	// Seed 004: oppfølging sammen med arbeidstrening og lønnstilskudd når det er hensiktsmessig.
	{id: "seed004-oppfolging-kombinasjon-v20160101", navn: "hensiktsmessig ukjent", med: tiltak.Oppfolging, hoved: tiltak.Arbeidstrening, dato: d(2024, 1, 1), hensikt: uk, want: MaVurderes, uverifisert: true},
	{id: "seed004-oppfolging-kombinasjon-v20160101", navn: "hensiktsmessig", med: tiltak.Oppfolging, hoved: tiltak.MidlertidigLonnstilskudd, dato: d(2024, 1, 1), hensikt: ja, want: Oppfylt, uverifisert: true},
	{id: "seed004-oppfolging-kombinasjon-v20160101", navn: "ikke hensiktsmessig", med: tiltak.Oppfolging, hoved: tiltak.VarigLonnstilskudd, dato: d(2016, 1, 1), hensikt: nei, want: IkkeOppfylt, uverifisert: true},
	// Seed 003: ingen ytelser følger med aktivitetsplass og språkpraksis.
	{id: "seed003-plasstyper-udatert", navn: "mentor på aktivitetsplass", med: tiltak.Mentor, hoved: tiltak.Aktivitetsplass, dato: d(2024, 1, 1), want: IkkeOppfylt, uverifisert: true},
	{id: "seed003-plasstyper-udatert", navn: "inkluderingstilskudd i språkpraksis", med: tiltak.Inkluderingstilskudd, hoved: tiltak.Sprakpraksis, dato: d(2024, 1, 1), want: IkkeOppfylt, uverifisert: true},
	{id: "seed003-plasstyper-udatert", navn: "funksjonsassistanse på aktivitetsplass", med: tiltak.Funksjonsassistanse, hoved: tiltak.Aktivitetsplass, dato: d(2016, 1, 1), want: IkkeOppfylt, uverifisert: true},
	// Ingen regel.
	{id: "", navn: "avklaring og VTA", med: tiltak.Avklaring, hoved: tiltak.VTA, dato: d(2024, 1, 1), want: MaVurderes, ikkeModell: true},
	{id: "", navn: "oppfølging og avklaring", med: tiltak.Oppfolging, hoved: tiltak.Avklaring, dato: d(2024, 1, 1), hensikt: ja, want: MaVurderes, ikkeModell: true},
}

func TestKanKombineres(t *testing.T) {
	for _, r := range kombinasjonsRader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			if r.id != "" {
				if _, ok := FinnParagrafversjon(r.id); !ok {
					t.Fatalf("versjonen %s finnes ikke", r.id)
				}
			}
			f := tiltak.Fakta{OppfolgingHensiktsmessig: r.hensikt, Arbeidsevne: r.arbeidsevne, MentorNodvendig: r.nodvendig}
			k, err := KanKombineres(r.med, r.hoved, &f, r.dato)
			if err != nil {
				t.Fatal(err)
			}
			if k.Utfall != r.want || k.IkkeModellert != r.ikkeModell || k.Hjemmel.ID != r.id || k.Uverifisert != r.uverifisert || k.Forklaring == "" ||
				k.Med != r.med || k.Hoved != r.hoved || k.Dato != r.dato {
				t.Errorf("fikk %+v, ventet %v med hjemmel %q (uverifisert %v)", k, r.want, r.id, r.uverifisert)
			}
		})
	}
	for _, tt := range []struct {
		med, hoved tiltak.Kode
		dato       tiltak.Dato
		felt       string
		is         error
	}{
		{"x", tiltak.Mentor, d(2024, 1, 1), "med", tiltak.ErrUkjentTiltak},
		{tiltak.Mentor, "y", d(2024, 1, 1), "hoved", tiltak.ErrUkjentTiltak},
		{tiltak.Mentor, tiltak.Arbeidstrening, tiltak.Dato{}, "dato", tiltak.ErrUgyldigDato},
	} {
		_, err := KanKombineres(tt.med, tt.hoved, nil, tt.dato)
		var fe *tiltak.FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tt.felt || !errors.Is(err, tt.is) {
			t.Errorf("%s+%s: %v", tt.med, tt.hoved, err)
		}
	}
	// Ugyldige fakta gir feilen fra Fakta.Valider.
	if _, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, &tiltak.Fakta{Arbeidsevne: 200}, d(2024, 1, 1)); !errors.Is(err, tiltak.ErrUgyldigFaktum) {
		t.Errorf("ugyldig arbeidsevne: %v", err)
	}
	_, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, nil, d(2015, 12, 31))
	var im *IkkeModellertFeil
	if !errors.Is(err, ErrIkkeModellert) || !errors.As(err, &im) || im.Tiltak != tiltak.Mentor || im.Dato != d(2015, 12, 31) || im.Fra != d(2016, 1, 1) {
		t.Errorf("før 2016: %v", err)
	}
	if _, err := KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, nil, d(2016, 1, 1)); err != nil {
		t.Errorf("1. januar 2016: %v", err)
	}
}

// Listene KanKombineres leser, er de samme som personkretsvilkårene bruker:
// en deltaker i hovedtiltaket oppfyller § 5-3 og § 11-2 første ledd i
// Vurder nøyaktig når KanKombineres sier oppfylt.
func TestKanKombineresSomPersonkretsen(t *testing.T) {
	for _, dato := range []tiltak.Dato{d(2016, 1, 1), d(2017, 1, 1), d(2019, 1, 1), d(2021, 3, 1), d(2021, 5, 1), sep2025, d(2026, 10, 1)} {
		for _, hoved := range tiltak.Koder() {
			for _, tt := range []struct {
				med    tiltak.Kode
				vilkar func(rs *Regelsett) *Vilkar
			}{
				{tiltak.Mentor, func(rs *Regelsett) *Vilkar {
					for _, v := range rs.Vilkar() {
						if pv, _ := v.Versjon(); pv.Paragraf().ID() == "tf-5-3" {
							return v
						}
					}
					return nil
				}},
				{tiltak.Inkluderingstilskudd, func(*Regelsett) *Vilkar {
					v, _ := FinnVilkar(tf112l1.pa(dato).id + ".deltar-i-tiltak")
					return v
				}},
			} {
				// Bare deltakelsen er kjent; arbeidsevnen er ikke nedsatt og
				// fagopplæring er nei, så bare listen kan gi oppfylt.
				f := tiltak.Fakta{DeltarI: settAv(hoved), Arbeidsevne: tiltak.IkkeNedsattArbeidsevne, FagopplaeringIOpplaeringstiltak: nei}
				k, err := KanKombineres(tt.med, hoved, &f, dato)
				if err != nil {
					t.Fatal(err)
				}
				rs, _ := Gjeldende(tt.med, dato)
				v := tt.vilkar(rs)
				if v == nil {
					t.Fatalf("%s %s: finner ikke vilkåret", tt.med, dato)
				}
				if got := v.Evaluer(&f, dato).Utfall(); got != k.Utfall {
					t.Errorf("%s med %s %s: KanKombineres %v, %s %v", tt.med, hoved, dato, k.Utfall, v.ID(), got)
				}
			}
		}
	}
}
