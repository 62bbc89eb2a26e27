//go:build race

package tilskudd

// kapplopsdetektor sier om testene er bygd med -race; da er de store
// sammenligningstestene kortere (kapplopsdetektoren gjør dem mange ganger
// tregere, og de prøver ingen samtidighet).
const kapplopsdetektor = true
