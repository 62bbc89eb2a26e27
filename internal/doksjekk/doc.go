// Package doksjekk har bare en test: den går gjennom modulens pakker (unntatt
// main-pakker og tester) og feiler når en eksportert identifikator mangler
// doc-kommentar, eller når en pakke mangler pakkedokumentasjon eller en
// kjørbar Example-funksjon. Slik blir «alt eksportert er dokumentert» en
// port i CI og ikke et løfte.
package doksjekk
