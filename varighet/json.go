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

// FinnForlengelse gir forlengelsen med id-en (vilkårets id, for eksempel
// "tf-4-4-v20160101.nedsatt-arbeidsevne"), med vilkåret, og false når ingen
// varighetsregel har den.
func FinnForlengelse(id string) (Forlengelse, bool) {
	for _, k := range tiltak.Koder() {
		l, err := regler.Varighetsversjoner(k)
		if err != nil {
			continue
		}
		for _, r := range l {
			for i := range r.AntallForlengelser() {
				if f := r.Forlengelse(i); f.ID == id {
					return f, true
				}
			}
		}
	}
	return Forlengelse{}, false
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
	sp, err := lesSpor(f.Vilkar, j.Spor)
	if err != nil {
		return err
	}
	*u = Utvidelse{Forlengelse: f, SisteDag: j.SisteDag, Spor: sp}
	return nil
}

type takvurderingJSON struct {
	Tak      Tak             `json:"tak"`
	Spor     json.RawMessage `json:"spor"`
	SisteDag tiltak.Dato     `json:"siste_dag,omitzero"`
}

// UnmarshalJSON leser JSON-formen til en takvurdering og slår opp vilkåret
// på id. En ukjent id gir en *tiltak.FeltFeil som pakker ErrUkjentForlengelse.
func (t *Takvurdering) UnmarshalJSON(b []byte) error {
	var j takvurderingJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v, ok := regler.FinnVilkar(j.Tak.ID)
	if !ok {
		return &tiltak.FeltFeil{Felt: "tak.id", Verdi: j.Tak.ID, Grunn: "ukjent tak", Err: ErrUkjentForlengelse}
	}
	sp, err := lesSpor(v, j.Spor)
	if err != nil {
		return err
	}
	*t = Takvurdering{Tak: Tak{ID: j.Tak.ID, Lengde: j.Tak.Lengde, Vilkar: v}, Spor: sp, SisteDag: j.SisteDag}
	return nil
}

// lesSpor leser JSON-formen til et sporpunkt for vilkåret v.
func lesSpor(v *regler.Vilkar, b json.RawMessage) (regler.Sporpunkt, error) {
	var s struct {
		Utfall           regler.Utfall    `json:"utfall"`
		Mangler          tiltak.Faktasett `json:"mangler"`
		ManglerSluttdato bool             `json:"mangler_sluttdato"`
		Erstattet        bool             `json:"erstattet"`
	}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &s); err != nil {
			return regler.Sporpunkt{}, err
		}
	}
	return regler.NyttSporpunkt(v, s.Utfall, s.Mangler).MedManglerSluttdato(s.ManglerSluttdato).MedErstattet(s.Erstattet), nil
}
