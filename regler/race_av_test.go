//go:build !race

package regler

// raceAktiv sier om testene er bygd med -race (se race_pa_test.go).
const raceAktiv = false
