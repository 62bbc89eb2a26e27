package varighet

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// uker lager n sammenhengende uker fra mandag fra, med avtalt og ordinær
// tid i minutter per uke.
func ukerFra(fra string, n, avtalt, ordinaer int) []Arbeidsuke {
	ut := make([]Arbeidsuke, n)
	s := d(fra)
	for i := range ut {
		ut[i] = Arbeidsuke{Uke: tiltak.Periode{Fra: s, Til: s.AddDays(6)}, AvtaltMinutter: avtalt, OrdinaerMinutter: ordinaer}
		s = s.AddDays(7)
	}
	return ut
}

func kjede(l ...[]Arbeidsuke) []Arbeidsuke {
	var ut []Arbeidsuke
	for _, x := range l {
		ut = append(ut, x...)
	}
	return ut
}

// arbeidstidTilfelle er én rad for VurderArbeidstid. ID er id-en til regelen
// raden sjekker (§ 14-10 eller seed 004).
type arbeidstidTilfelle struct {
	ID     string
	Navn   string
	A      Arbeidstid
	Over   bool   // forventet IkkeOppfylt (grensen overskredet) for regelen ID
	Fra    string // forventet Fra
	Vurder bool   // forventet Oppfylt når ikke Over; ellers MaVurderes
}

// Uke 1 er mandag 1.1.2024–søndag 7.1.2024. 2250 minutter = 37,5 timer.
var arbeidstidTilfeller = []arbeidstidTilfelle{
	// Åtte uker på nøyaktig 50 %: 8 · 1125 = 9000 = halvparten av 18000.
	{ID: "tf-14-10-v20230101", Navn: "nøyaktig 50 % over åtte uker", A: Arbeidstid{Uker: ukerFra("2024-01-01", 8, 2250, 1125)}, Vurder: true},
	// Sju uker à 1125 og én à 1126: 9001 > 9000; vinduet slutter 25.2.2024.
	{ID: "tf-14-10-v20230101", Navn: "ett minutt over 50 %", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 7, 2250, 1125), ukerFra("2024-02-19", 1, 2250, 1126))},
		Over: true, Fra: "2024-02-25", Vurder: true},
	// Ett minutt under: 8999 av 18000.
	{ID: "tf-14-10-v20230101", Navn: "ett minutt under 50 %", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 7, 2250, 1125), ukerFra("2024-02-19", 1, 2250, 1124))}, Vurder: true},
	// Sju uker er ikke et helt vindu.
	{ID: "tf-14-10-v20230101", Navn: "sju uker à 100 % vurderes ikke", A: Arbeidstid{Uker: ukerFra("2024-01-01", 7, 2250, 2250)}},
	// En manglende uke bryter rekken: 4 + 4 uker gir ikke et vindu.
	{ID: "tf-14-10-v20230101", Navn: "hull i rekken", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 4, 2250, 2250), ukerFra("2024-02-05", 4, 2250, 2250))}},
	// Fra 7.11.2022: uke 9 starter 2.1.2023; 16 uker gir første hele vindu
	// etter 2022 fra 2.1. til 26.2.2023.
	{ID: "tf-14-10-v20230101", Navn: "uker før 2023 teller ikke", A: Arbeidstid{Uker: ukerFra("2022-11-07", 16, 2250, 2250)}, Over: true, Fra: "2023-02-26", Vurder: true},
	{ID: "tf-14-10-v20160101", Navn: "15 uker fra november 2022 gir ikke et helt vindu i 2023", A: Arbeidstid{Uker: ukerFra("2022-11-07", 15, 2250, 2250)}},
	// Unntak 1.1.–31.12.2024, kappet til 30.6.2024 (6 mnd − 1 dag). 26 uker à
	// 100 % til 30.6. er unntatt; deretter 8 uker à 100 % fra 1.7. til 25.8.
	{ID: "tf-14-10-v20230101", Navn: "seks måneders unntak, så brudd", A: Arbeidstid{Uker: ukerFra("2024-01-01", 34, 2250, 2250), FastAnsettelseVurderes: p("2024-01-01", "2024-12-31")},
		Over: true, Fra: "2024-08-25", Vurder: true},
	{ID: "tf-14-10-v20230101", Navn: "seks måneders unntak, så 50 %", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 26, 2250, 2250), ukerFra("2024-07-01", 8, 2250, 1125)), FastAnsettelseVurderes: p("2024-01-01", "2024-12-31")},
		Vurder: true},
	// 60 %-praksis: rekke fra 1.1.2024; seks måneder senere = 1.7.2024.
	// 26 uker til 30.6. er nøyaktig seks måneder: ikke mer enn seks.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "60 % i 26 uker", A: Arbeidstid{Uker: ukerFra("2024-01-01", 26, 1000, 600)}, Vurder: true},
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "60 % i 27 uker", A: Arbeidstid{Uker: ukerFra("2024-01-01", 27, 1000, 600)}, Over: true, Fra: "2024-07-01", Vurder: true},
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "61 % i 27 uker", A: Arbeidstid{Uker: ukerFra("2024-01-01", 27, 1000, 610)}, Over: true, Fra: "2024-07-01", Vurder: true},
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "59 % i 27 uker", A: Arbeidstid{Uker: ukerFra("2024-01-01", 27, 1000, 590)}, Vurder: true},
	// En uke på 59 % midt i bryter rekken; ny rekke fra 22.1. når ikke seks måneder.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "59 % i uke 3 bryter", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 2, 1000, 600), ukerFra("2024-01-15", 1, 1000, 590), ukerFra("2024-01-22", 26, 1000, 600))}, Vurder: true},
	// En uke uten avtalt tid (ferie) bryter ikke rekken.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "ferieuke bryter ikke", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 10, 1000, 600), ukerFra("2024-03-11", 1, 0, 0), ukerFra("2024-03-18", 16, 1000, 600))},
		Over: true, Fra: "2024-07-01", Vurder: true},
	// En uke uten avtalt tid starter ikke en rekke: rekken starter 8.1., seks
	// måneder senere er 8.7.; 26 uker slutter 7.7.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "ferieuke først starter ikke rekken", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 1, 0, 0), ukerFra("2024-01-08", 26, 1000, 600))}, Vurder: true},
	// Et hull på én uke bryter rekken: 13 + 14 uker, hver under seks måneder.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "hull bryter rekken", A: Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 13, 1000, 600), ukerFra("2024-04-08", 14, 1000, 600))}, Vurder: true},
	// 31.8.2023 + 6 mnd = 29.2.2024; rekken må dekke 29.2.
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "rekke fra 31. august", A: Arbeidstid{Uker: ukerFra("2023-08-31", 27, 1000, 1000)}, Over: true, Fra: "2024-02-29", Vurder: true},
	{ID: "seed004-vta-60-prosent-v20160101", Navn: "tom liste", A: Arbeidstid{}},
}

func TestVurderArbeidstid(t *testing.T) {
	for _, tc := range arbeidstidTilfeller {
		t.Run(tc.ID+"/"+tc.Navn, func(t *testing.T) {
			v, err := VurderArbeidstid(tc.A)
			if err != nil {
				t.Fatal(err)
			}
			g := v.Hospitering
			if tc.ID == "seed004-vta-60-prosent-v20160101" {
				g = v.Sekstiprosent
			}
			type s struct {
				Utfall regler.Utfall
				Fra    tiltak.Dato
			}
			want := regler.MaVurderes
			switch {
			case tc.Over:
				want = regler.IkkeOppfylt
			case tc.Vurder:
				want = regler.Oppfylt
			}
			if diff := cmp.Diff(s{want, datoOgTom(tc.Fra)}, s{g.Utfall, g.Fra}); diff != "" {
				t.Errorf("[%s] %s (-want +got):\n%s", tc.ID, tc.Navn, diff)
			}
			if g.Utfall == regler.IkkeOppfylt && (g.Vindu.Valider() != nil || g.Vindu.Til.Before(g.Fra) && tc.ID != "seed004-vta-60-prosent-v20160101" || g.AvtaltMinutter <= 0) {
				t.Errorf("vindu %v, minutter %d/%d", g.Vindu, g.OrdinaerMinutter, g.AvtaltMinutter)
			}
			if v.Hospitering.Praksis || !v.Sekstiprosent.Praksis || v.Hospitering.Hjemmel.ID != "tf-14-10-v20230101" || v.Sekstiprosent.Hjemmel.ID != "seed004-vta-60-prosent-v20160101" {
				t.Errorf("merking av forskrift og praksis er feil")
			}
		})
	}
}

func TestVurderArbeidstidDetaljer(t *testing.T) {
	v, _ := VurderArbeidstid(Arbeidstid{Uker: kjede(ukerFra("2024-01-01", 7, 2250, 1125), ukerFra("2024-02-19", 1, 2250, 1126))})
	if v.Hospitering.Vindu != p("2024-01-01", "2024-02-25") || v.Hospitering.OrdinaerMinutter != 9001 || v.Hospitering.AvtaltMinutter != 18000 {
		t.Errorf("vindu = %+v", v.Hospitering)
	}
	v, _ = VurderArbeidstid(Arbeidstid{Uker: ukerFra("2024-01-01", 34, 2250, 2250), FastAnsettelseVurderes: p("2024-01-01", "2024-12-31")})
	if v.Hospitering.Unntak != p("2024-01-01", "2024-06-30") {
		t.Errorf("unntak = %v", v.Hospitering.Unntak)
	}
	// Unntak kortere enn seks måneder kappes ikke.
	v, _ = VurderArbeidstid(Arbeidstid{Uker: ukerFra("2024-01-01", 1, 1, 1), FastAnsettelseVurderes: p("2024-01-01", "2024-02-01")})
	if v.Hospitering.Unntak != p("2024-01-01", "2024-02-01") || v.Hospitering.Merknad == "" {
		t.Errorf("kort unntak = %+v", v.Hospitering)
	}
	v, _ = VurderArbeidstid(Arbeidstid{Uker: ukerFra("2024-01-01", 27, 1000, 600)})
	if v.Sekstiprosent.Vindu != p("2024-01-01", "2024-07-07") || v.Sekstiprosent.OrdinaerMinutter != 27*600 {
		t.Errorf("rekke = %+v", v.Sekstiprosent)
	}
}

func TestVurderArbeidstidUgyldig(t *testing.T) {
	gyldig := ukerFra("2024-01-01", 2, 2250, 1000)
	endre := func(i int, f func(*Arbeidsuke)) []Arbeidsuke {
		l := append([]Arbeidsuke(nil), gyldig...)
		f(&l[i])
		return l
	}
	for _, tc := range []struct {
		Navn string
		A    Arbeidstid
		Felt string
		Err  error
	}{
		{"negativ avtalt", Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.AvtaltMinutter = -1 })}, "uker[0].avtalt_minutter", ErrUgyldigArbeidstid},
		{"for mange minutter", Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.AvtaltMinutter = 10081 })}, "uker[0].avtalt_minutter", ErrUgyldigArbeidstid},
		{"negativ ordinær", Arbeidstid{Uker: endre(1, func(u *Arbeidsuke) { u.OrdinaerMinutter = -1 })}, "uker[1].ordinaer_minutter", ErrUgyldigArbeidstid},
		{"over 100 %", Arbeidstid{Uker: endre(1, func(u *Arbeidsuke) { u.OrdinaerMinutter = 2251 })}, "uker[1].ordinaer_minutter", ErrUgyldigArbeidstid},
		{"seks dager", Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.Uke.Til = u.Uke.Til.AddDays(-1) })}, "uker[0].uke", ErrUgyldigArbeidstid},
		{"slutt før start", Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.Uke.Til = u.Uke.Fra.AddDays(-1) })}, "uker[0].uke.til", tiltak.ErrUgyldigPeriode},
		{"mangler fra", Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.Uke.Fra = tiltak.Dato{} })}, "uker[0].uke.fra", tiltak.ErrUgyldigPeriode},
		{"overlapp", Arbeidstid{Uker: endre(1, func(u *Arbeidsuke) { u.Uke = p("2024-01-07", "2024-01-13") })}, "uker[1].uke.fra", ErrUgyldigArbeidstid},
		{"feil rekkefølge", Arbeidstid{Uker: []Arbeidsuke{gyldig[1], gyldig[0]}}, "uker[1].uke.fra", ErrUgyldigArbeidstid},
		{"ugyldig unntak", Arbeidstid{Uker: gyldig, FastAnsettelseVurderes: tiltak.Periode{Fra: d("2024-02-01"), Til: d("2024-01-01")}}, "fast_ansettelse_vurderes.til", tiltak.ErrUgyldigPeriode},
	} {
		_, err := VurderArbeidstid(tc.A)
		var fe *tiltak.FeltFeil
		if !errors.As(err, &fe) || fe.Felt != tc.Felt || !errors.Is(err, tc.Err) {
			t.Errorf("%s: %v (felt %q)", tc.Navn, err, tc.Felt)
		}
	}
	// Grensene selv er gyldige: 0 minutter, 10080 minutter, 100 %.
	if _, err := VurderArbeidstid(Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.AvtaltMinutter, u.OrdinaerMinutter = 10080, 10080 })}); err != nil {
		t.Errorf("10080 minutter: %v", err)
	}
	if _, err := VurderArbeidstid(Arbeidstid{Uker: endre(0, func(u *Arbeidsuke) { u.AvtaltMinutter, u.OrdinaerMinutter = 0, 0 })}); err != nil {
		t.Errorf("0 minutter: %v", err)
	}
}

// Feilen navngir feltet og gjengir den avviste verdien, også negativ.
func TestArbeidstidFeilVerdi(t *testing.T) {
	a := Arbeidstid{Uker: ukerFra("2024-01-01", 3, 1000, 500)}
	a.Uker[2].AvtaltMinutter = -5
	_, err := VurderArbeidstid(a)
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) || fe.Felt != "uker[2].avtalt_minutter" || fe.Verdi != "-5" {
		t.Errorf("feil %v", err)
	}
}
