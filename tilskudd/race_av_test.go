//go:build !race

package tilskudd

// kapplopsdetektor sier om testene er bygd med -race (se race_pa_test.go).
const kapplopsdetektor = false
