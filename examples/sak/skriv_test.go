package sak

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// ventetJSON er svaret slik json.Encoder skriver det når hele svaret er
// bygd i minnet: formen Besvar skal gi, byte for byte.
func ventetJSON(t *testing.T, d Inndata, innrykk bool) string {
	t.Helper()
	var svar []Svar
	for _, s := range d.Saker {
		sv, err := Behandle(s)
		if err != nil {
			t.Fatal(err)
		}
		svar = append(svar, sv)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	if innrykk {
		enc.SetIndent("", "  ")
	}
	var v any = svar
	if !d.Liste {
		v = svar[0]
	} else if svar == nil {
		v = []Svar{}
	}
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Besvar og Skriv gir de samme bytene som json.Encoder over hele svaret,
// både når svaret er i minnet og når det strømmes sak for sak (et lite
// buffer), og Lengde er lengden som skrives.
func TestBesvarSomEncoder(t *testing.T) {
	dokumenter := map[string][]byte{
		"eksemplene": EksempelJSON(),
		"én sak":     []byte(`{"id":"<&>","dato":"2025-09-01","tiltak":["vta","arbeidstrening"]}`),
		"tom liste":  []byte(`[]`),
		"én i liste": []byte(`[{"dato":"2025-09-01"}]`),
	}
	for navn, dok := range dokumenter {
		d, err := Tolk(dok, Grenser{})
		if err != nil {
			t.Fatal(err)
		}
		for _, innrykk := range []bool{false, true} {
			ventet := ventetJSON(t, d, innrykk)
			for _, buffer := range []int64{0, 1, 2000, int64(len(ventet)) - 20, int64(len(ventet))} {
				b, err := Besvar(context.Background(), d, Grenser{}, Skrivevalg{Innrykk: innrykk, Buffer: buffer})
				if err != nil {
					t.Fatal(err)
				}
				var ut bytes.Buffer
				if err := b.Skriv(context.Background(), &ut); err != nil {
					t.Fatalf("%s: %v", navn, err)
				}
				if ut.String() != ventet {
					t.Errorf("%s, innrykk %v, buffer %d: ulikt json.Encoder\n fikk   %.300q\n ventet %.300q", navn, innrykk, buffer, ut.String(), ventet)
				}
				if b.Lengde() != int64(ut.Len()) {
					t.Errorf("%s: Lengde %d, skrev %d", navn, b.Lengde(), ut.Len())
				}
				if want := buffer == 0 || buffer >= int64(len(ventet)); b.IMinnet() != want && len(d.Saker) > 1 {
					t.Errorf("%s, buffer %d: IMinnet %v", navn, buffer, b.IMinnet())
				}
			}
		}
	}
}

// skriverMedFeil feiler etter n byte.
type skriverMedFeil struct{ n int }

var errSkriv = errors.New("disken er full")

func (s *skriverMedFeil) Write(p []byte) (int, error) {
	if len(p) > s.n {
		n := s.n
		s.n = 0
		return n, errSkriv
	}
	s.n -= len(p)
	return len(p), nil
}

// En skrivefeil kommer tilbake fra Skriv, både fra minnet og midt i
// strømmingen; en avbrutt ctx stopper Besvar og Skriv mellom to saker.
func TestSkrivFeilOgAvbrudd(t *testing.T) {
	d, err := Tolk(EksempelJSON(), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	for _, buffer := range []int64{0, 1} {
		b, err := Besvar(context.Background(), d, Grenser{}, Skrivevalg{Buffer: buffer})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 10, int(b.Lengde()) / 2, int(b.Lengde()) - 1} {
			if err := b.Skriv(context.Background(), &skriverMedFeil{n: n}); !errors.Is(err, errSkriv) {
				t.Errorf("buffer %d, feil etter %d byte: %v", buffer, n, err)
			}
		}
		ctx, avbryt := context.WithCancel(context.Background())
		avbryt()
		var ut strings.Builder
		if err := b.Skriv(ctx, &ut); buffer == 1 && !errors.Is(err, context.Canceled) {
			t.Errorf("Skriv med avbrutt ctx: %v", err)
		}
		if _, err := Besvar(ctx, d, Grenser{}, Skrivevalg{Buffer: buffer}); !errors.Is(err, context.Canceled) {
			t.Errorf("Besvar med avbrutt ctx: %v", err)
		}
	}
}

// Minnet Besvar holder er begrenset av bufferet, ikke av svaret: 100 saker
// uten tiltak (hele katalogen, om lag 7 MB svar) med et buffer på 64 KiB.
func TestBesvarHolderBufferet(t *testing.T) {
	dok := "[" + strings.TrimSuffix(strings.Repeat(`{"dato":"2025-09-01"},`, 100), ",") + "]"
	d, err := Tolk([]byte(dok), Grenser{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Besvar(context.Background(), d, Grenser{}, Skrivevalg{Buffer: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if b.Lengde() < 4<<20 || b.IMinnet() || b.buf.Cap() > 256<<10 {
		t.Errorf("lengde %d, i minnet %v, buffer %d byte", b.Lengde(), b.IMinnet(), b.buf.Cap())
	}
	var n telleskriver
	n.w = discard{}
	if err := b.Skriv(context.Background(), &n); err != nil || n.n != b.Lengde() {
		t.Errorf("skrev %d av %d: %v", n.n, b.Lengde(), err)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
