package regler

import (
	"testing"

	"github.com/tiltaksregler/tiltaksregler/internal/nullsjekk"
)

// TestNullverdierGirIkkePanikk: ingen metode får panikk på nullverdien av en
// eksportert type (en Sats, Varighet eller Paragrafversjon en kaller lager
// selv, et Vilkar{} uten regel, en forlengelse uten vilkår), og et nummer
// utenfor området (Variant, Forlengelse, Tak) gir en tom verdi.
func TestNullverdierGirIkkePanikk(t *testing.T) {
	verdier := []any{
		new(Arbeidstidsgrense),
		new(Bevis),
		new(Buffer),
		new(Datoregel),
		new(Forlengelse),
		new(Fribelopsgruppe),
		new(Fribelopsregel),
		new(FristType),
		new(Fristregel),
		new(Hendelse),
		new(IkkeModellertFeil),
		new(Kombinasjon),
		new(Kostnader),
		new(LestFaktum),
		new(Linje),
		new(Opphorsregel),
		new(Paragraf),
		new(Paragrafversjon),
		new(Praksisgrense),
		new(Praksisregel),
		new(Prosenttrinn),
		new(Refusjonsgrunnlagsregel),
		new(Regelsett),
		new(Resultat),
		new(Sats),
		new(Satstype),
		new(Satsvariant),
		new(Segment),
		new(Sesong),
		new(Sporpunkt),
		new(Tak),
		new(Tidligere),
		new(Utfall),
		new(Valg),
		new(Varighet),
		new(Varighetstype),
		new(Versjon),
		new(Vilkar),
		new(Virkning),
	}
	nullsjekk.Dekker(t, ".", verdier...)
	n := nullsjekk.Metoder(t, verdier...)
	t.Logf("%d metoder prøvd", n)
}

// TestNummerUtenforOmradet: Variant, Forlengelse og Tak med et nummer
// utenfor området gir en tom verdi, ikke panikk; innenfor gir de verdien.
func TestNummerUtenforOmradet(t *testing.T) {
	s, err := SatsFor("midlertidig-lonnstilskudd", d(2025, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	v, err := VarighetFor("oppfolging", d(2025, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	if s.AntallVarianter() == 0 || v.AntallForlengelser() == 0 {
		t.Fatalf("testen trenger varianter (%d) og forlengelser (%d)", s.AntallVarianter(), v.AntallForlengelser())
	}
	for _, i := range []int{-1, s.AntallVarianter(), 1 << 20} {
		if got := s.Variant(i); got.Vilkar != nil || got.Trinn != nil {
			t.Errorf("Variant(%d) = %+v, vil ha tom", i, got)
		}
	}
	if got := s.Variant(s.AntallVarianter() - 1); got.Trinn == nil {
		t.Errorf("Variant(siste) er tom")
	}
	for _, i := range []int{-1, v.AntallForlengelser(), 1 << 20} {
		if got := v.Forlengelse(i); got != (Forlengelse{}) {
			t.Errorf("Forlengelse(%d) = %+v, vil ha tom", i, got)
		}
	}
	for _, i := range []int{-1, v.AntallTak(), 1 << 20} {
		if got := v.Tak(i); got != (Tak{}) {
			t.Errorf("Tak(%d) = %+v, vil ha tomt", i, got)
		}
	}
	if got := v.Forlengelse(0); got.Vilkar == nil {
		t.Errorf("Forlengelse(0) er tom")
	}
}
