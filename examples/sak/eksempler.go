package sak

import (
	"bytes"
	_ "embed"
)

//go:embed eksempler.json
var eksempler []byte

// Eksempler gir demoens innebygde eksempelsaker, hentet fra kildedokumentene:
// en 22-åring som nettopp er registrert (ungdomsgaranti, IPS ung), en person
// i psykiatrisk behandling (individuell jobbstøtte), en person med
// uføretrygd (VTA, VTAO), en person med nedsatt arbeidsevne på midlertidig
// og deretter varig lønnstilskudd, en sommerjobb for en 17-åring, en
// kommunal aktivitetsplass og inntektsgrensen i 2026 for en person med
// gradert uføretrygd i mer enn to år. Hvert kall gir nye kopier.
func Eksempler() []Sak {
	s, err := Les(bytes.NewReader(eksempler))
	if err != nil {
		// Eksemplene er en del av programmet; en feil her fanges av testene.
		return nil
	}
	return s
}

// EksempelJSON gir eksempelsakene som JSON, slik CLI-en tar dem inn.
func EksempelJSON() []byte { return bytes.Clone(eksempler) }
