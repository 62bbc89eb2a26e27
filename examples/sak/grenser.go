package sak

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
)

// Grenser er grensene adapterne håndhever for én forespørsel (HTTP) eller
// ett dokument (CLI), så et lite dokument aldri kan kreve ubegrenset minne,
// tid eller svar. Et felt som er 0 eller negativt, får standardverdien fra
// StandardGrenser. Et dokument over en grense avvises med en
// *tiltak.FeltFeil som navngir grensen og pakker ErrForStor eller
// ErrOverGrense; ingenting klippes stille.
type Grenser struct {
	// MaksBytes er største dokument i byte.
	MaksBytes int64
	// MaksSaker er flest saker i én liste.
	MaksSaker int
	// MaksTiltak er flest tiltakskoder i én sak.
	MaksTiltak int
	// MaksAvtaler er flest avtaler i én sak.
	MaksAvtaler int
	// MaksTidligere er flest tidligere perioder i én sak.
	MaksTidligere int
	// MaksManeder er lengste periode i kalendermåneder som svaret regnes ut
	// for: den foreslåtte perioden (fristene regnes for hver tredje måned i
	// den) og hver avtaleperiode (én tilskuddsperiode per måned).
	MaksManeder int
	// MaksTallTegn er flest tegn i et tall (beløp, sats, prosent), med
	// fortegn, desimaltegn og eksponent; et lengre tall avvises før det
	// tolkes. Eksponenten kan heller ikke være større enn dette.
	MaksTallTegn int
	// MaksSvarBytes er største svar i byte.
	MaksSvarBytes int64
}

// Standardgrensene. README-en i examples har tabellen.
const (
	StandardMaksBytes     = 1 << 20  // 1 MiB
	StandardMaksSaker     = 100      // saker per dokument
	StandardMaksTiltak    = 32       // tiltakskoder per sak (katalogen har 27)
	StandardMaksAvtaler   = 20       // avtaler per sak
	StandardMaksTidligere = 50       // tidligere perioder per sak
	StandardMaksManeder   = 120      // kalendermåneder (10 år) per periode
	StandardMaksTallTegn  = 40       // tegn i et tall
	StandardMaksSvarBytes = 16 << 20 // 16 MiB
)

// StandardGrenser gir grensene adapterne bruker når ingen andre er gitt.
func StandardGrenser() Grenser {
	return Grenser{
		MaksBytes:     StandardMaksBytes,
		MaksSaker:     StandardMaksSaker,
		MaksTiltak:    StandardMaksTiltak,
		MaksAvtaler:   StandardMaksAvtaler,
		MaksTidligere: StandardMaksTidligere,
		MaksManeder:   StandardMaksManeder,
		MaksTallTegn:  StandardMaksTallTegn,
		MaksSvarBytes: StandardMaksSvarBytes,
	}
}

// MedStandard gir grensene med standardverdien for hvert felt som ikke er
// positivt.
func (g Grenser) MedStandard() Grenser {
	s := StandardGrenser()
	if g.MaksBytes <= 0 {
		g.MaksBytes = s.MaksBytes
	}
	if g.MaksSaker <= 0 {
		g.MaksSaker = s.MaksSaker
	}
	if g.MaksTiltak <= 0 {
		g.MaksTiltak = s.MaksTiltak
	}
	if g.MaksAvtaler <= 0 {
		g.MaksAvtaler = s.MaksAvtaler
	}
	if g.MaksTidligere <= 0 {
		g.MaksTidligere = s.MaksTidligere
	}
	if g.MaksManeder <= 0 {
		g.MaksManeder = s.MaksManeder
	}
	if g.MaksTallTegn <= 0 {
		g.MaksTallTegn = s.MaksTallTegn
	}
	if g.MaksSvarBytes <= 0 {
		g.MaksSvarBytes = s.MaksSvarBytes
	}
	return g
}

// Flagg registrerer ett flagg per grense i fs (-maks-bytes, -maks-saker,
// -maks-tiltak, -maks-avtaler, -maks-tidligere, -maks-maneder,
// -maks-tall-tegn, -maks-svar-bytes) med g som standardverdier, så CLI-en og
// serveren har de samme navnene. Verdiene skrives til g når fs tolkes.
func (g *Grenser) Flagg(fs *flag.FlagSet) {
	fs.Int64Var(&g.MaksBytes, "maks-bytes", g.MaksBytes, "største inndata i byte")
	fs.IntVar(&g.MaksSaker, "maks-saker", g.MaksSaker, "flest saker i én liste")
	fs.IntVar(&g.MaksTiltak, "maks-tiltak", g.MaksTiltak, "flest tiltakskoder i én sak")
	fs.IntVar(&g.MaksAvtaler, "maks-avtaler", g.MaksAvtaler, "flest avtaler i én sak")
	fs.IntVar(&g.MaksTidligere, "maks-tidligere", g.MaksTidligere, "flest tidligere perioder i én sak")
	fs.IntVar(&g.MaksManeder, "maks-maneder", g.MaksManeder, "lengste periode og avtaleperiode i kalendermåneder")
	fs.IntVar(&g.MaksTallTegn, "maks-tall-tegn", g.MaksTallTegn, "flest tegn i et tall (beløp, sats, prosent)")
	fs.Int64Var(&g.MaksSvarBytes, "maks-svar-bytes", g.MaksSvarBytes, "største svar i byte")
}

// Feilene bak en grense. Den konkrete feilen er en *tiltak.FeltFeil som
// navngir feltet (eller er tom for hele dokumentet) og grensen.
var (
	// ErrForStor: dokumentet er større enn MaksBytes, eller listen har
	// flere saker enn MaksSaker. HTTP-adapteren svarer 413.
	ErrForStor = errors.New("inndataene er større enn grensen")
	// ErrOverGrense: en sak ber om mer enn en grense tillater (flere
	// tiltak, avtaler eller tidligere perioder, en lengre periode, et
	// lengre tall) eller svaret blir større enn MaksSvarBytes.
	// HTTP-adapteren svarer 422.
	ErrOverGrense = errors.New("over en grense for saken eller svaret")
)

// byteTekst gir et antall byte som tekst, med MiB eller KiB når det går opp.
func byteTekst(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d byte (%d MiB)", n, n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d byte (%d KiB)", n, n>>10)
	}
	return strconv.FormatInt(n, 10) + " byte"
}
