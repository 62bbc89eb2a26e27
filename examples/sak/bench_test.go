package sak

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// BenchmarkBesvarKatalog100: 100 saker uten tiltak (hele katalogen), om lag
// 7 MB svar, med standardbufferet (resten strømmes og behandles på nytt) og
// med hele svaret i minnet.
func BenchmarkBesvarKatalog100(b *testing.B) {
	dok := "[" + strings.TrimSuffix(strings.Repeat(`{"dato":"2025-09-01"},`, 100), ",") + "]"
	d, err := Tolk([]byte(dok), Grenser{})
	if err != nil {
		b.Fatal(err)
	}
	for _, buffer := range []int64{StandardBuffer, 64 << 20} {
		b.Run(byteTekst(buffer), func(b *testing.B) {
			for b.Loop() {
				sv, err := Besvar(context.Background(), d, Grenser{}, Skrivevalg{Buffer: buffer})
				if err != nil {
					b.Fatal(err)
				}
				if err := sv.Skriv(context.Background(), discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTolk: eksemplene (7 saker, 10 KB) med den strenge tolkingen.
func BenchmarkTolk(b *testing.B) {
	dok := EksempelJSON()
	b.SetBytes(int64(len(dok)))
	for b.Loop() {
		if _, err := Tolk(dok, Grenser{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodingJSON: eksemplene med json.Unmarshal, til sammenligning
// med BenchmarkTolk.
func BenchmarkEncodingJSON(b *testing.B) {
	dok := EksempelJSON()
	b.SetBytes(int64(len(dok)))
	for b.Loop() {
		var s []Sak
		if err := json.Unmarshal(dok, &s); err != nil {
			b.Fatal(err)
		}
	}
}
