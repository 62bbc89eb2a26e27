package tilskudd

import (
	"slices"
	"strings"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// TestDekker: hva et tilskudd av faktiske utgifter dekker, lest i
// forskriften som gjelder på datoen:
//
//   - § 6-5 første ledd (funksjonsassistanse): bokstav a–c, tre poster;
//   - § 11-3 andre ledd (inkluderingstilskudd): bokstav a–g, sju poster;
//   - § 7-5 (opplæring): skolepenger, studiereiser til eksamen,
//     semesteravgift og eksamensgebyr fra 2016; fra 1. januar 2020 også
//     integrerte botilbud (FOR-2019-12-20-2083, nytt andre ledd), og slik i
//     teksten fra 1. juli 2025 (FOR-2025-01-31-117);
//   - § 8-5 (bedriftsintern opplæring, 2016–2019): bokstav a–f, seks
//     poster; kapittel 8 oppheves 1. januar 2020.
//
// posten er et ord som skal stå i én av postene (fra forskriftens ordlyd);
// uten er et ord ingen post skal ha.
func TestDekker(t *testing.T) {
	for _, r := range []struct {
		id      string // paragrafversjonen
		kode    tiltak.Kode
		dag     string
		n       int
		posten  string
		uten    string
		hjemmel string // "id/ledd"
		err     error
		felt    string
	}{
		{"tf-6-5-v20160101", tiltak.Funksjonsassistanse, "2016-01-01", 3, "vikar", "", "tf-6-5-v20160101/1", nil, ""},
		{"tf-6-5-v20160101", tiltak.Funksjonsassistanse, "2025-06-30", 3, "reise- og oppholdsutgifter", "", "tf-6-5-v20160101/1", nil, ""},
		{"tf-6-5-v20160101", tiltak.Funksjonsassistanse, "2015-12-31", 0, "", "", "", ErrIkkeModellert, "dato"},
		{"tf-11-3-v20160101", tiltak.Inkluderingstilskudd, "2016-01-01", 7, "ekstern opplæring", "", "tf-11-3-v20160101/2", nil, ""},
		{"tf-11-3-v20160101", tiltak.Inkluderingstilskudd, "2024-06-01", 7, "§ 10-5", "", "tf-11-3-v20160101/2", nil, ""},
		// Opplæring: dekket fra 2016 (før omleggingen først fra 1. juli 2025).
		{"tf-7-5-v20160101", tiltak.OpplaeringAMO, "2016-01-01", 4, "eksamensgebyr", "botilbud", "tf-7-5-v20160101/0", nil, ""},
		{"tf-7-5-v20160101", tiltak.OpplaeringHoyereUtdanning, "2019-12-31", 4, "semesteravgift", "botilbud", "tf-7-5-v20160101/0", nil, ""},
		{"tf-7-5-v20200101", tiltak.OpplaeringFagOgYrke, "2020-01-01", 5, "integrerte botilbud", "", "tf-7-5-v20200101/0", nil, ""},
		{"tf-7-5-v20200101", tiltak.OpplaeringAMO, "2025-06-30", 5, "integrerte botilbud", "", "tf-7-5-v20200101/0", nil, ""},
		{"tf-7-5-v20250701", tiltak.OpplaeringFagskole, "2025-07-01", 5, "integrerte botilbud", "", "tf-7-5-v20250701/0", nil, ""},
		{"tf-7-5-v20250701", tiltak.OpplaeringNorskFOV, "2026-01-01", 5, "skolepenger", "", "tf-7-5-v20250701/0", nil, ""},
		{"tf-7-5-v20160101", tiltak.OpplaeringAMO, "2015-12-31", 0, "", "", "", ErrIkkeModellert, "dato"},
		{"tf-7-5-v20250701", tiltak.OpplaeringHoyereUtdanning, "", 0, "", "", "", ErrUkjentFaktum, "dato"},
		{"tf-8-5-v20160101", tiltak.BedriftsinternOpplaering, "2016-01-01", 6, "opplæringspersonale", "", "tf-8-5-v20160101/0", nil, ""},
		{"tf-8-5-v20160101", tiltak.BedriftsinternOpplaering, "2019-12-31", 6, "veiledning", "", "tf-8-5-v20160101/0", nil, ""},
		{"tf-8-5-v20160101", tiltak.BedriftsinternOpplaering, "2020-01-01", 0, "", "", "", ErrIkkeModellert, "dato"},
		// Tiltak som ikke betales etter en liste over kostnader.
		{"tf-5-6-v20180101", tiltak.Mentor, "2025-07-01", 0, "", "", "", ErrIkkeModellert, "tiltak"},
		{"tf-14-8-v20161001", tiltak.VTA, "2025-07-01", 0, "", "", "", ErrIkkeModellert, "tiltak"},
		{"tf-9-5-v20190701", tiltak.Arbeidstrening, "2025-07-01", 0, "", "", "", ErrIkkeModellert, "tiltak"},
		{"tf-9-5-v20190701", "x", "2025-07-01", 0, "", "", "", tiltak.ErrUkjentTiltak, "tiltak"},
	} {
		var d tiltak.Dato
		if r.dag != "" {
			d = D(r.dag)
		}
		got, err := Dekker(r.kode, d)
		if sjekkFeil(t, err, r.err, r.felt) {
			continue
		}
		if h := hjemmelnokler([]tiltak.Hjemmel{got.Hjemmel})[0]; h != r.hjemmel || len(got.Kostnader) != r.n || got.Tiltak != r.kode || got.Uverifisert {
			t.Errorf("%s %s: hjemmel %s, %d kostnader: %+v", r.id, r.dag, h, len(got.Kostnader), got)
		}
		har := func(ord string) bool {
			return slices.ContainsFunc(got.Kostnader, func(k string) bool { return strings.Contains(k, ord) })
		}
		if !har(r.posten) {
			t.Errorf("%s %s: ingen post med %q: %q", r.id, r.dag, r.posten, got.Kostnader)
		}
		if r.uten != "" && har(r.uten) {
			t.Errorf("%s %s: en post har %q: %q", r.id, r.dag, r.uten, got.Kostnader)
		}
		// Fra er første dag versjonen gjelder for tiltaket: ikke etter datoen.
		if got.Fra.IsZero() || got.Fra.After(d) {
			t.Errorf("%s %s: Fra %s", r.id, r.dag, got.Fra)
		}
		got.Kostnader[0] = "endret"
		if igjen, _ := Dekker(r.kode, d); igjen.Kostnader[0] == "endret" {
			t.Error("Dekker gir ikke en kopi")
		}
	}
}

// TestBIOMaksProsent: høyeste tilskudd til bedriftsintern opplæring etter
// § 8-6 i 2016-teksten (tf-8-6-v20160101), regnet for hånd: 50 % for store,
// 60 % for mellomstore og 70 % for små bedrifter; inntil ti prosentpoeng mer
// for utsatte arbeidstakere, men aldri over 70 %; 100 % for reservebesetning
// i sjøtransport. Pakken tilskudd regner ikke BIO-tilskudd selv (Dekker gir
// kostnadene), så raden ligger her.
func TestBIOMaksProsent(t *testing.T) {
	for _, r := range []struct {
		id        string
		storrelse string
		utsatte   bool
		sjo       bool
		want      int64
	}{
		{"tf-8-6-v20160101", "stor", false, false, 50},
		{"tf-8-6-v20160101", "stor", true, false, 60},
		{"tf-8-6-v20160101", "mellomstor", false, false, 60},
		{"tf-8-6-v20160101", "mellomstor", true, false, 70},
		{"tf-8-6-v20160101", "liten", false, false, 70},
		{"tf-8-6-v20160101", "liten", true, false, 70}, // 80 klemt til 70 (tredje ledd)
		{"tf-8-6-v20160101", "stor", false, true, 100},
	} {
		got, err := regler.BIOMaksProsent(r.storrelse, r.utsatte, r.sjo)
		if err != nil || got != r.want {
			t.Errorf("%s %s utsatte %v sjø %v: %d %v, vil ha %d", r.id, r.storrelse, r.utsatte, r.sjo, got, err, r.want)
		}
	}
	if _, err := regler.BIOMaksProsent("enorm", false, false); err == nil {
		t.Error("ukjent størrelse ga ingen feil")
	}
}
