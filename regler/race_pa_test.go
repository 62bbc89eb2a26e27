//go:build race

package regler

// raceAktiv sier om testene er bygd med -race; da måles ikke tid.
const raceAktiv = true
