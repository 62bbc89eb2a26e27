package varighet

import (
	"encoding/json"
	"errors"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// ErrUkjentForlengelse er feilen når JSON navngir en forlengelse som ikke
// finnes i varighetsreglene.
var ErrUkjentForlengelse = errors.New("ukjent forlengelse")

// forlengelser slår opp en forlengelse på id; bygd én gang fra regeltabellen.
var forlengelser = func() map[string]*Forlengelse {
	m := map[string]*Forlengelse{}
	for _, l := range regelTabell {
		for i := range l {
			for j := range l[i].Forlengelser {
				f := &l[i].Forlengelser[j]
				m[f.ID] = f
			}
		}
	}
	return m
}()

// FinnForlengelse gir forlengelsen med id-en, med vilkåret, og false når den
// ikke finnes.
func FinnForlengelse(id string) (Forlengelse, bool) {
	f, ok := forlengelser[id]
	if !ok {
		return Forlengelse{}, false
	}
	return *f, true
}

type utvidelseJSON struct {
	Forlengelse Forlengelse     `json:"forlengelse"`
	Spor        json.RawMessage `json:"spor"`
	SisteDag    tiltak.Dato     `json:"siste_dag,omitzero"`
}

// UnmarshalJSON leser JSON-formen til en utvidelse og slår opp forlengelsen
// og vilkåret på id (vilkårene i varighet er ikke i regler sitt register).
// En ukjent id gir en *tiltak.FeltFeil som pakker ErrUkjentForlengelse.
func (u *Utvidelse) UnmarshalJSON(b []byte) error {
	var j utvidelseJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	f, ok := FinnForlengelse(j.Forlengelse.ID)
	if !ok {
		return &tiltak.FeltFeil{Felt: "forlengelse.id", Verdi: j.Forlengelse.ID, Grunn: "ukjent forlengelse", Err: ErrUkjentForlengelse}
	}
	var s struct {
		Utfall           regler.Utfall    `json:"utfall"`
		Mangler          tiltak.Faktasett `json:"mangler"`
		ManglerSluttdato bool             `json:"mangler_sluttdato"`
		Erstattet        bool             `json:"erstattet"`
	}
	if len(j.Spor) > 0 {
		if err := json.Unmarshal(j.Spor, &s); err != nil {
			return err
		}
	}
	*u = Utvidelse{Forlengelse: f, SisteDag: j.SisteDag,
		Spor: regler.NyttSporpunkt(f.Vilkar, s.Utfall, s.Mangler).MedManglerSluttdato(s.ManglerSluttdato).MedErstattet(s.Erstattet)}
	return nil
}

// UnmarshalText tolker ordet MarshalText gir.
func (t *Type) UnmarshalText(b []byte) error {
	for i := 1; i < len(typeNavn); i++ {
		if typeNavn[i] == string(b) {
			*t = Type(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent varighetstype"}
}

// UnmarshalText tolker ordet MarshalText gir.
func (t *FristType) UnmarshalText(b []byte) error {
	for i := 1; i < len(fristtypeNavn); i++ {
		if fristtypeNavn[i] == string(b) {
			*t = FristType(i)
			return nil
		}
	}
	return &tiltak.FeltFeil{Felt: "type", Verdi: string(b), Grunn: "ukjent fristtype"}
}
