package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Utfall er resultatet av å vurdere et vilkår eller et tiltak: oppfylt, ikke
// oppfylt eller må vurderes. «Må vurderes» betyr at forskriften overlater
// spørsmålet til skjønn, eller at et faktum mangler; sporet sier hvilket.
// Nullverdien er ikke et gyldig utfall (ikke vurdert).
type Utfall uint8

// De tre utfallene.
const (
	Oppfylt     Utfall = iota + 1 // vilkåret er oppfylt
	IkkeOppfylt                   // vilkåret er ikke oppfylt
	MaVurderes                    // skjønn eller manglende fakta: saksbehandleren må vurdere
)

var utfallOrd = [...]string{"", "oppfylt", "ikke-oppfylt", "ma-vurderes"}
var utfallNorsk = [...]string{"ikke vurdert", "oppfylt", "ikke oppfylt", "må vurderes"}

// String gir utfallet på norsk: «oppfylt», «ikke oppfylt» eller «må vurderes».
func (u Utfall) String() string {
	if int(u) < len(utfallNorsk) {
		return utfallNorsk[u]
	}
	return "ukjent utfall"
}

// Gyldig sier om u er ett av de tre utfallene.
func (u Utfall) Gyldig() bool { return u >= Oppfylt && u <= MaVurderes }

// MarshalText gir utfallet som ett ord i små bokstaver: "oppfylt",
// "ikke-oppfylt" eller "ma-vurderes".
func (u Utfall) MarshalText() ([]byte, error) {
	if !u.Gyldig() {
		return nil, &tiltak.FeltFeil{Felt: "utfall", Grunn: "ikke vurdert"}
	}
	return []byte(utfallOrd[u]), nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (u *Utfall) UnmarshalText(b []byte) error {
	for i := Oppfylt; i <= MaVurderes; i++ {
		if utfallOrd[i] == string(b) {
			*u = i
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "utfall", Verdi: string(b), Grunn: "ventet oppfylt, ikke-oppfylt eller ma-vurderes"}
}

// Og kombinerer to utfall der begge vilkår må holde: ikke oppfylt avgjør;
// ellers gir må vurderes må vurderes; ellers oppfylt. Et ikke vurdert utfall
// (nullverdien) er nøytralt.
func Og(a, b Utfall) Utfall {
	switch {
	case a == IkkeOppfylt || b == IkkeOppfylt:
		return IkkeOppfylt
	case a == MaVurderes || b == MaVurderes:
		return MaVurderes
	case a == Oppfylt || b == Oppfylt:
		return Oppfylt
	}
	return 0
}

// Eller kombinerer to utfall der ett av vilkårene er nok: oppfylt avgjør;
// ellers gir må vurderes må vurderes; ellers ikke oppfylt.
func Eller(a, b Utfall) Utfall {
	switch {
	case a == Oppfylt || b == Oppfylt:
		return Oppfylt
	case a == MaVurderes || b == MaVurderes:
		return MaVurderes
	case a == IkkeOppfylt || b == IkkeOppfylt:
		return IkkeOppfylt
	}
	return 0
}

// FraSvar gjør et ja/nei-faktum til et utfall: Ja gir oppfylt, Nei ikke
// oppfylt og Ukjent må vurderes.
func FraSvar(s tiltak.Svar) Utfall {
	switch s {
	case tiltak.Ja:
		return Oppfylt
	case tiltak.Nei:
		return IkkeOppfylt
	}
	return MaVurderes
}
