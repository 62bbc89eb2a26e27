package regler_test

import (
	"slices"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Radene her sjekker versjonene som avgjør at et tiltak finnes (innholds- og
// definisjonsparagrafene), at det er opphevet, og henvisningen i
// forsøksforskriften § 11. Vilkårene i de samme paragrafene har sine egne
// rader ved siden av lovfilene.

// definisjonsrad sier at på datoen gjelder tiltaket, og at versjonen id er
// den som definerer det (eller, med ikkeIKraft, at tiltaket ikke er i kraft
// og id-en er en versjon som opphever det).
type definisjonsrad struct {
	id         string
	navn       string
	kode       tiltak.Kode
	dato       tiltak.Dato
	ikkeIKraft bool
}

var d = tiltak.MustDato

var definisjonsrader = []definisjonsrad{
	// Innholdsparagrafene i tiltaksforskriften, uendret siden 2016.
	{"tf-2-2-v20160101", "avklaring første dag", tiltak.Avklaring, d(2016, 1, 1), false},
	{"tf-3-2-v20160101", "arbeidstrening første dag", tiltak.Arbeidstrening, d(2016, 1, 1), false},
	{"tf-6-2-v20160101", "funksjonsassistanse", tiltak.Funksjonsassistanse, d(2026, 11, 29), false},
	{"tf-10-2-v20160101", "varig lønnstilskudd", tiltak.VarigLonnstilskudd, d(2016, 1, 1), false},
	{"tf-12-2-v20160101", "arbeidsrettet rehabilitering", tiltak.ArbeidsrettetRehabilitering, d(2025, 8, 1), false},
	// § 5-2 fikk ny ordlyd 1. august 2025: siste dag med den gamle, første med den nye.
	{"tf-5-2-v20160101", "mentor 31. juli 2025", tiltak.Mentor, d(2025, 7, 31), false},
	{"tf-5-2-v20250801", "mentor 1. august 2025", tiltak.Mentor, d(2025, 8, 1), false},
	// § 9-2 ble vedtatt på nytt da kapittel 9 ble erstattet 1. juli 2019.
	{"tf-9-2-v20160101", "midlertidig lønnstilskudd 30. juni 2019", tiltak.MidlertidigLonnstilskudd, d(2019, 6, 30), false},
	{"tf-9-2-v20190701", "midlertidig lønnstilskudd 1. juli 2019", tiltak.MidlertidigLonnstilskudd, d(2019, 7, 1), false},
	// § 7-2: opplæringsformene i hver versjon. Studiespesialisering har
	// ingen bokstav fra 1. juli 2019 til 30. juni 2025.
	{"tf-7-2-v20160101", "AMO 2016", tiltak.OpplaeringAMO, d(2016, 1, 1), false},
	{"tf-7-2-v20160101", "studiespesialisering siste dag i 2016-teksten", tiltak.OpplaeringStudiespesialisering, d(2016, 9, 30), false},
	{"tf-7-2-v20161001", "norsk fra oktober 2016", tiltak.OpplaeringNorskFOV, d(2016, 10, 1), false},
	{"tf-7-2-v20161001", "studiespesialisering 30. juni 2019", tiltak.OpplaeringStudiespesialisering, d(2019, 6, 30), false},
	{"tf-7-2-v20190701", "fagskole fra juli 2019", tiltak.OpplaeringFagskole, d(2019, 7, 1), false},
	{"tf-7-2-v20190701", "studiespesialisering ikke i kraft 1. juli 2019", tiltak.OpplaeringStudiespesialisering, d(2019, 7, 1), true},
	{"tf-7-2-v20250701", "studiespesialisering igjen 1. juli 2025", tiltak.OpplaeringStudiespesialisering, d(2025, 7, 1), false},
	// Kapittel 8: bedriftsintern opplæring til og med 2019, opphevet fra
	// 2020; sommerjobb fra 22. april 2021.
	{"tf-8-3-v20160101", "bedriftsintern opplæring siste dag", tiltak.BedriftsinternOpplaering, d(2019, 12, 31), false},
	{"tf-8-1-v20200101", "bedriftsintern opplæring opphevet", tiltak.BedriftsinternOpplaering, d(2020, 1, 1), true},
	{"tf-8-2-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2020, 6, 1), true},
	{"tf-8-3-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2021, 4, 21), true},
	{"tf-8-4-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2020, 1, 1), true},
	{"tf-8-5-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2020, 1, 1), true},
	{"tf-8-6-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2020, 1, 1), true},
	{"tf-8-7-v20200101", "kapittel 8 opphevet", tiltak.BedriftsinternOpplaering, d(2020, 1, 1), true},
	{"tf-8-3-v20200101", "sommerjobb finnes ikke dagen før", tiltak.Sommerjobb, d(2021, 4, 21), true},
	{"tf-8-2-v20210422", "sommerjobb første dag", tiltak.Sommerjobb, d(2021, 4, 22), false},
	// AFT fra 1. oktober 2016 (FOR-2016-06-13-653).
	{"tf-13-2-v20161001", "AFT første dag", tiltak.AFT, d(2016, 10, 1), false},
	// VTA og VTAO: kapittel 14 til 31. august 2026, så kapittel 14A for VTAO.
	{"tf-14-2-v20160101", "VTAO siste dag i kapittel 14", tiltak.VTAO, d(2026, 8, 31), false},
	{"tf-14-2-v20260901", "VTA fra september 2026", tiltak.VTA, d(2026, 9, 1), false},
	{"tf-14a-2-v20260901", "VTAO i kapittel 14A", tiltak.VTAO, d(2026, 9, 1), false},
	// Egenregiforskriften.
	{"er-2-2-v20230620", "arbeid med støtte første dag (ordlyden ukjent)", tiltak.ArbeidMedStotte, d(2023, 6, 20), false},
	{"er-2-2-v20250701", "arbeid med støtte fra juli 2025", tiltak.ArbeidMedStotte, d(2025, 7, 1), false},
	{"er-4-2-v20230701", "ungdomsgarantien første dag", tiltak.Ungdomsgaranti, d(2023, 7, 1), false},
	// Forsøket med fireårig lønnstilskudd: 1. august 2026–31. desember 2032 (§ 12).
	{"fir-12-v20260801", "fireårig første dag", tiltak.FirearigLonnstilskudd, d(2026, 8, 1), false},
	{"fir-12-v20260801", "fireårig siste dag", tiltak.FirearigLonnstilskudd, d(2032, 12, 31), false},
	{"fir-12-v20260801", "fireårig etter forsøket", tiltak.FirearigLonnstilskudd, d(2033, 1, 1), true},
}

func TestDefinisjoner(t *testing.T) {
	for _, r := range definisjonsrader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			rs, err := regler.Gjeldende(r.kode, r.dato)
			if err != nil {
				t.Fatal(err)
			}
			if rs.IkkeIKraft() != r.ikkeIKraft {
				t.Fatalf("%s på %s: ikke i kraft %v, ventet %v", r.kode, r.dato, rs.IkkeIKraft(), r.ikkeIKraft)
			}
			v, ok := regler.FinnParagrafversjon(r.id)
			if !ok {
				t.Fatalf("versjonen %s finnes ikke", r.id)
			}
			if r.ikkeIKraft {
				if _, har := rs.Definisjon(); har {
					t.Errorf("et regelsett som ikke er i kraft, har en definisjon")
				}
				// Vilkåret «ikke i kraft» siterer versjonen, eller versjonen
				// gjelder og opphever kapitlet eller definerer ikke tiltaket
				// (studiespesialisering uten bokstav i § 7-2).
				if vk := rs.Vilkar(); len(vk) == 1 && vk[0].Hjemmel().ID == r.id {
					return
				}
				if !v.Gjelder(r.dato) || (!v.Opphevet() && slices.Contains(v.Definerer(), r.kode)) {
					t.Errorf("%s forklarer ikke at %s ikke er i kraft %s", r.id, r.kode, r.dato)
				}
				return
			}
			if !v.Gjelder(r.dato) {
				t.Fatalf("versjonen %s gjelder ikke %s", r.id, r.dato)
			}
			def, ok := rs.Definisjon()
			if !ok || def.ID() != r.id {
				t.Errorf("%s på %s er definert av %q, ventet %s", r.kode, r.dato, def.ID(), r.id)
			}
		})
	}
}

// En definisjon i kapittel 1 (egenregiforskriften § 1-2) binder ikke et
// tiltak til kapittel 1: varigheten for individuell jobbstøtte står i
// kapittel 3 og gjelder fortsatt.
func TestDefinisjonIKapittel1(t *testing.T) {
	v, ok := regler.FinnParagrafversjon("er-1-2-v20230620")
	if !ok || !slices.Contains(v.Definerer(), tiltak.IndividuellJobbstotte) {
		t.Fatalf("er-1-2-v20230620: %v", v.Definerer())
	}
	r, err := regler.VarighetFor(tiltak.IndividuellJobbstotte, d(2023, 6, 20))
	if err != nil || r.ID() != "er-3-5-v20230620" {
		t.Errorf("varigheten for individuell jobbstøtte: %q, %v", r.ID(), err)
	}
}

// Forsøksforskriften § 11 gjør tiltaksforskriften kapittel 1 gjeldende for
// fireårig lønnstilskudd: § 1-3 (nødvendig og hensiktsmessig, 16 år), § 1-6
// og § 1-8 er blant vilkårene i forsøket.
func TestFirearigHenviserTilKapittel1(t *testing.T) {
	v, ok := regler.FinnParagrafversjon("fir-11-v20260801")
	if !ok || !slices.Contains(v.Avgjor(), "henvisning") {
		t.Fatalf("fir-11-v20260801: %v", v.Avgjor())
	}
	rs, err := regler.Gjeldende(tiltak.FirearigLonnstilskudd, d(2026, 8, 1))
	if err != nil {
		t.Fatal(err)
	}
	var ider []string
	for _, p := range rs.Paragrafversjoner() {
		ider = append(ider, p.ID())
	}
	for _, id := range []string{"tf-1-3-l1-v20160101", "tf-1-3-l3-v20250801", "tf-1-6-v20160101", "tf-1-8-v20160101"} {
		if !slices.Contains(ider, id) {
			t.Errorf("fireårig lønnstilskudd mangler %s; har %v", id, ider)
		}
	}
}

// Forsøksforskriften definerer tiltaket i § 3 (innhold) og avgrenser det i
// tid i § 12. Biblioteket lar § 12 være definisjonen regelsettet viser til,
// så forklaringen etter forsøket siterer paragrafen som avslutter det; § 3
// definerer det samme tiltaket i samme tidsrom.
func TestFirearigDefinertAvParagraf3Og12(t *testing.T) {
	p3, ok := regler.FinnParagrafversjon("fir-3-v20260801")
	if !ok || !slices.Contains(p3.Definerer(), tiltak.FirearigLonnstilskudd) || p3.Fra() != d(2026, 8, 1) || p3.Til() != d(2032, 12, 31) {
		t.Fatalf("fir-3-v20260801: %v %s–%s", p3.Definerer(), p3.Fra(), p3.Til())
	}
	rs, err := regler.Gjeldende(tiltak.FirearigLonnstilskudd, d(2026, 8, 1))
	if err != nil {
		t.Fatal(err)
	}
	if def, _ := rs.Definisjon(); def.ID() != "fir-12-v20260801" || def.Fra() != p3.Fra() || def.Til() != p3.Til() {
		t.Errorf("definisjonen er %s (%s–%s)", def.ID(), def.Fra(), def.Til())
	}
}
