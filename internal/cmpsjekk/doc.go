// Package cmpsjekk har bare tester: at github.com/google/go-cmp sammenligner
// resultattypene i regler, varighet, tilskudd og tiltak uten tilvalg.
package cmpsjekk
