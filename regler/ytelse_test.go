package regler

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

var benchFakta = tiltak.Fakta{
	Fodselsdato: d(1995, 4, 12), Arbeidsevne: tiltak.NedsattArbeidsevne, Innsatsgruppe: tiltak.TrengerVeiledningNedsattArbeidsevne,
	BehovOmfattendeBistand: tiltak.Ja, LiteArbeidserfaring: tiltak.Ja, NodvendigOgHensiktsmessig: tiltak.Ja,
	DeltarI: settAv(tiltak.Arbeidstrening),
}

// TestAllokeringer: Vurder allokerer bare sporet; VurderAlle sporet og
// resultatene; VurderAlleTil med gjenbrukte buffere ingenting.
func TestAllokeringer(t *testing.T) {
	f := benchFakta
	dato := d(2025, 9, 1)
	valg := Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)}
	if n := testing.AllocsPerRun(100, func() { _, _ = VurderMed(tiltak.VarigLonnstilskudd, &f, dato, valg) }); n > 1 {
		t.Errorf("Vurder: %v allokeringer, ventet høyst 1", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = VurderAlleMed(&f, dato, valg) }); n > 2 {
		t.Errorf("VurderAlle: %v allokeringer, ventet høyst 2", n)
	}
	var buf Buffer
	_, _ = VurderAlleTil(&buf, &f, dato, valg)
	if n := testing.AllocsPerRun(100, func() { _, _ = VurderAlleTil(&buf, &f, dato, valg) }); n != 0 {
		t.Errorf("VurderAlleTil: %v allokeringer, ventet 0", n)
	}
	// Med ukjente fakta (må vurderes) skal heller ikke mangler-listen allokere.
	tom := tiltak.Fakta{}
	if n := testing.AllocsPerRun(100, func() { _, _ = VurderAlleTil(&buf, &tom, dato, valg) }); n != 0 {
		t.Errorf("VurderAlleTil uten fakta: %v allokeringer, ventet 0", n)
	}
	// Vilkar.Evaluer og VarighetFor (når svaret er en regel) allokerer ikke.
	v, _ := FinnVilkar(vArbtaker)
	if n := testing.AllocsPerRun(100, func() { _ = v.Evaluer(&f, dato) }); n != 0 {
		t.Errorf("Evaluer: %v allokeringer, ventet 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = VarighetFor(tiltak.Arbeidstrening, dato) }); n != 0 {
		t.Errorf("VarighetFor: %v allokeringer, ventet 0", n)
	}
	// VurderTil med en buffer som er brukt før allokerer ikke, for noe tiltak.
	for _, k := range tiltak.Koder() {
		if n := testing.AllocsPerRun(10, func() { _, _ = VurderTil(&buf, k, &f, dato, valg) }); n != 0 {
			t.Errorf("VurderTil(%s): %v allokeringer, ventet 0", k, n)
		}
	}
	// Vurder legger faktakopien og sporet i én allokering for alle tiltak.
	for _, k := range tiltak.Koder() {
		if n := testing.AllocsPerRun(10, func() { _, _ = VurderMed(k, &f, dato, valg) }); n > 1 {
			t.Errorf("Vurder(%s): %v allokeringer, ventet høyst 1", k, n)
		}
	}
}

// TestVurderAlleTilLikVurderAlle: bufferformen gir det samme som VurderAlle,
// også når bufferen er for liten.
func TestVurderAlleTilLikVurderAlle(t *testing.T) {
	f := benchFakta
	for _, dato := range []tiltak.Dato{d(2020, 1, 1), d(2025, 9, 1)} {
		alle, err := VurderAlle(&f, dato)
		if err != nil {
			t.Fatal(err)
		}
		var buf Buffer
		rs, err := VurderAlleTil(&buf, &f, dato, Valg{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != len(alle) {
			t.Fatalf("%d resultater, ventet %d", len(rs), len(alle))
		}
		for i := range rs {
			if rs[i].Utfall != alle[i].Utfall || len(rs[i].Spor) != len(alle[i].Spor) || rs[i].Regelsett != alle[i].Regelsett {
				t.Errorf("%s: %v, ventet %v", rs[i].Tiltak, rs[i].Utfall, alle[i].Utfall)
			}
		}
		for i, r := range alle {
			en, err := Vurder(r.Tiltak, &f, dato)
			if r.IkkeModellert {
				if err == nil {
					t.Errorf("%s: Vurder ga ingen feil for en dato som ikke er modellert", r.Tiltak)
				}
				continue
			}
			if err != nil || en.Utfall != alle[i].Utfall {
				t.Errorf("%s: Vurder %v (%v), VurderAlle %v", r.Tiltak, en.Utfall, err, alle[i].Utfall)
			}
		}
	}
	_, err := VurderAlleTil(nil, &tiltak.Fakta{Fodselsdato: d(1800, 1, 1)}, d(2025, 1, 1), Valg{})
	if err == nil {
		t.Error("ugyldige fakta ble godtatt")
	}
	// En nil buffer gir en ny buffer.
	rs, err := VurderAlleTil(nil, &f, d(2025, 9, 1), Valg{})
	if err != nil || len(rs) != tiltak.Antall() || rs[0].Fakta == nil || *rs[0].Fakta != f {
		t.Errorf("nil buffer: %d resultater, %v", len(rs), err)
	}
}

func BenchmarkVurder(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Vurder(tiltak.MidlertidigLonnstilskudd, &f, dato)
	}
}

func BenchmarkVurderTil(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	var buf Buffer
	b.ReportAllocs()
	for b.Loop() {
		_, _ = VurderTil(&buf, tiltak.MidlertidigLonnstilskudd, &f, dato, Valg{})
	}
}

func BenchmarkVurderMedPraksis(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	valg := Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = VurderMed(tiltak.VarigLonnstilskudd, &f, dato, valg)
	}
}

func BenchmarkVurderAlle(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = VurderAlle(&f, dato)
	}
}

func BenchmarkVurderAlleTil(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	var buf Buffer
	b.ReportAllocs()
	for b.Loop() {
		_, _ = VurderAlleTil(&buf, &f, dato, Valg{})
	}
}

func BenchmarkVurderAlleTilMedPraksis(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	valg := Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)}
	var buf Buffer
	b.ReportAllocs()
	for b.Loop() {
		_, _ = VurderAlleTil(&buf, &f, dato, valg)
	}
}

func BenchmarkKanKombineres(b *testing.B) {
	dato := d(2025, 9, 1)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = KanKombineres(tiltak.Mentor, tiltak.Arbeidstrening, nil, dato)
	}
}

func BenchmarkDigitalGjennomforing(b *testing.B) {
	dato := d(2021, 2, 1)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = DigitalGjennomforing(tiltak.Avklaring, dato)
	}
}

func BenchmarkTiltakspengerCovid(b *testing.B) {
	dato := d(2021, 2, 1)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = TiltakspengerCovid(dato, q1, tiltak.Ja, tiltak.Ja)
	}
}

func BenchmarkJSON(b *testing.B) {
	f := benchFakta
	r, _ := Vurder(tiltak.Mentor, &f, d(2025, 9, 1))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.MarshalJSON()
	}
}

// BenchmarkInngangspunkter måler de andre eksporterte inngangene til
// pakken, ett delmål per funksjon.
func BenchmarkInngangspunkter(b *testing.B) {
	f := benchFakta
	dato := d(2025, 9, 1)
	r, _ := Vurder(tiltak.Mentor, &f, dato)
	rs, _ := VurderAlle(&f, dato)
	j, _ := r.MarshalJSON()
	v, _ := FinnVilkar(vAlder2025)
	sats, _ := SatsFor(tiltak.MidlertidigLonnstilskudd, dato)
	for _, bm := range []struct {
		navn string
		kjor func()
	}{
		{"VurderAlleMed", func() { _, _ = VurderAlleMed(&f, dato, Valg{MedPraksis: true, Sluttdato: d(2026, 9, 1)}) }},
		{"ManglerAlle", func() { _ = ManglerAlle(rs) }},
		{"Gjeldende", func() { _, _ = Gjeldende(tiltak.Inkluderingstilskudd, dato) }},
		{"Versjoner", func() { _, _ = Versjoner(tiltak.Inkluderingstilskudd) }},
		{"FinnRegelsett", func() { _, _ = FinnRegelsett("mentor-v20250801") }},
		{"FinnVilkar", func() { _, _ = FinnVilkar(vAlder2025) }},
		{"AlleVilkar", func() { _ = AlleVilkar() }},
		{"Lovverk", func() { _ = Lovverk() }},
		{"FinnParagrafversjon", func() { _, _ = FinnParagrafversjon("tf-9-5-v20190701") }},
		{"VarighetFor", func() { _, _ = VarighetFor(tiltak.Arbeidstrening, dato) }},
		{"Varighetsversjoner", func() { _, _ = Varighetsversjoner(tiltak.OpplaeringFagOgYrke) }},
		{"SatsFor", func() { _, _ = SatsFor(tiltak.MidlertidigLonnstilskudd, dato) }},
		{"Satsversjoner", func() { _, _ = Satsversjoner(tiltak.MidlertidigLonnstilskudd) }},
		{"Sats.VelgVariant", func() { _, _ = sats.VelgVariant(&f, dato) }},
		{"BIOMaksProsent", func() { _, _ = BIOMaksProsent("mellomstor", true, false) }},
		{"Hospitering", func() { _, _ = Hospitering(dato) }},
		{"Hospiteringsversjoner", func() { _ = Hospiteringsversjoner() }},
		{"VTASekstiprosent", func() { _ = VTASekstiprosent() }},
		{"Praksisgrenser", func() { _, _ = Praksisgrenser(tiltak.Arbeidstrening, dato) }},
		{"Fristregler", func() { _, _ = Fristregler(tiltak.AFT) }},
		{"Instruks2021", func() { _ = Instruks2021() }},
		{"Vilkar.Evaluer", func() { _ = v.Evaluer(&f, dato) }},
		{"NyttSporpunkt", func() { _ = NyttSporpunkt(v, MaVurderes, tiltak.FaktasettAv(tiltak.FaktumFodselsdato)) }},
		{"Sporpunkt.Forklaring", func() { _ = r.Spor[0].Forklaring(r.Fakta) }},
		{"Resultat.UnmarshalJSON", func() {
			var t Resultat
			_ = t.UnmarshalJSON(j)
		}},
	} {
		b.Run(bm.navn, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.kjor()
			}
		})
	}
}

// TestSamtidigBruk: motoren har ingen delt tilstand som endres, så mange
// gorutiner kan vurdere samtidig (hver med sin egen Buffer) og få det samme
// som én og én. Testen kjøres med -race i CI.
func TestSamtidigBruk(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	type sak struct {
		f    tiltak.Fakta
		dato tiltak.Dato
		valg Valg
	}
	saker := make([]sak, 16)
	ventet := make([][]Resultat, len(saker))
	for i := range saker {
		dato := tiltak.MustDato(2016+r.IntN(12), 1, 1).AddDays(r.IntN(366))
		saker[i] = sak{tilfeldigeFakta(r), dato, Valg{MedPraksis: i%2 == 0, Sluttdato: dato.AddYears(1)}}
		rs, err := VurderAlleMed(&saker[i].f, dato, saker[i].valg)
		if err != nil {
			t.Fatal(err)
		}
		ventet[i] = rs
	}
	var wg sync.WaitGroup
	feil := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf Buffer
			for runde := range 20 {
				i := (g*7 + runde) % len(saker)
				s := &saker[i]
				til, err := VurderAlleTil(&buf, &s.f, s.dato, s.valg)
				if err != nil {
					feil <- err.Error()
					return
				}
				alle, _ := VurderAlleMed(&s.f, s.dato, s.valg)
				for k := range ventet[i] {
					if !cmp.Equal(til[k], ventet[i][k]) ||
						!cmp.Equal(alle[k], ventet[i][k]) {
						feil <- fmt.Sprintf("gorutine %d, sak %d, %s: ulikt resultat", g, i, ventet[i][k].Tiltak)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(feil)
	for f := range feil {
		t.Error(f)
	}
}

// nyBlokk gir et spor med plass til nøyaktig n punkter og en faktakopi, i
// én allokering opp til 16 punkter og i to over det.
func TestNyBlokk(t *testing.T) {
	for _, n := range []int{1, 4, 5, 8, 9, 16, 17, 40} {
		var fk *tiltak.Fakta
		var spor []Sporpunkt
		allok := testing.AllocsPerRun(10, func() { fk, spor = nyBlokk(n) })
		ventet := 1.0
		if n > 16 {
			ventet = 2
		}
		if fk == nil || len(spor) != 0 || cap(spor) != n || allok != ventet {
			t.Errorf("nyBlokk(%d): len %d, cap %d, %v allokeringer (ventet %v)", n, len(spor), cap(spor), allok, ventet)
		}
	}
}

// VurderAlleTil med f == nil er det samme som med tomme fakta.
func TestVurderAlleTilUtenFakta(t *testing.T) {
	var buf Buffer
	dato := d(2025, 9, 1)
	tom, err := VurderAlleMed(&tiltak.Fakta{}, dato, Valg{})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := VurderAlleTil(&buf, nil, dato, Valg{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tom, rs); diff != "" {
		t.Errorf("nil fakta (-tomme +nil):\n%s", diff)
	}
	if _, err := VurderAlleTil(&buf, nil, tiltak.Dato{}, Valg{}); !errors.Is(err, tiltak.ErrUgyldigDato) {
		t.Errorf("null dato: %v", err)
	}
}

// Har innringeren endret resultatene i bufferen (mot dokumentasjonen), retter
// neste kall det opp: hvert felt skrives i hvert kall, ikke bare når planen
// er ny.
func TestBufferEtterEndringer(t *testing.T) {
	f := benchFakta
	dato := d(2025, 9, 1)
	ventet, err := VurderAlleMed(&f, dato, Valg{})
	if err != nil {
		t.Fatal(err)
	}
	annetRegelsett, _ := FinnRegelsett("avklaring-v20160101")
	annenFakta := tiltak.Fakta{}
	annetVilkar, _ := FinnVilkar(vArbtaker)
	endringer := []struct {
		navn  string
		endre func(rs []Resultat, buf *Buffer)
	}{
		{"regelsett", func(rs []Resultat, _ *Buffer) { rs[1].Regelsett = annetRegelsett }},
		{"fakta", func(rs []Resultat, _ *Buffer) { rs[1].Fakta = &annenFakta }},
		{"sporets lengde", func(rs []Resultat, _ *Buffer) { rs[1].Spor = rs[1].Spor[:1] }},
		{"sporets kapasitet", func(rs []Resultat, buf *Buffer) {
			fra, n := int(finnPlan(dato).tiltak[1].fra[0]), len(rs[1].Spor)
			rs[1].Spor = buf.spor[fra : fra+n : fra+n+1]
		}},
		{"sporets start", func(rs []Resultat, _ *Buffer) { rs[2].Spor = rs[1].Spor[:len(rs[2].Spor):len(rs[2].Spor)] }},
		{"tiltakskode, samme lengde", func(rs []Resultat, _ *Buffer) { rs[1].Tiltak = tiltak.Kode(strings.Clone(string(rs[1].Tiltak))) }},
		{"tiltakskode, annen lengde", func(rs []Resultat, _ *Buffer) { rs[1].Tiltak = rs[1].Tiltak[:3] }},
		{"vilkår i et vurdert sporpunkt", func(rs []Resultat, _ *Buffer) {
			rs[0].Spor[0] = NyttSporpunkt(annetVilkar, rs[0].Spor[0].Utfall(), tiltak.Faktasett{})
		}},
		{"vilkår i et kopiert sporpunkt", func(rs []Resultat, _ *Buffer) {
			rs[1].Spor[0] = NyttSporpunkt(annetVilkar, rs[1].Spor[0].Utfall(), tiltak.Faktasett{})
		}},
		{"utfall i sporet", func(rs []Resultat, _ *Buffer) { rs[1].Spor[0] = rs[1].Spor[0].MedErstattet(true) }},
	}
	for _, e := range endringer {
		var buf Buffer
		rs, err := VurderAlleTil(&buf, &f, dato, Valg{})
		if err != nil {
			t.Fatal(err)
		}
		e.endre(rs, &buf)
		rs, err = VurderAlleTil(&buf, &f, dato, Valg{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ventet, rs); diff != "" {
			t.Errorf("%s (-ventet +etter nytt kall):\n%s", e.navn, diff)
		}
		// Sporet til ett tiltak har ingen ledig kapasitet, så append på det
		// kan ikke skrive over sporet til det neste.
		for _, r := range rs {
			if cap(r.Spor) != len(r.Spor) {
				t.Errorf("%s: %s har kapasitet %d for %d sporpunkter", e.navn, r.Tiltak, cap(r.Spor), len(r.Spor))
			}
		}
	}
}
