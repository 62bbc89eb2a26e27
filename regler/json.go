package regler

import (
	"encoding/json"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// JSON-formen til et Resultat (feltnavnene er stabile):
//
//	{
//	  "tiltak": "mentor",
//	  "dato": "2025-09-01",
//	  "utfall": "oppfylt" | "ikke-oppfylt" | "ma-vurderes",
//	  "regelsett": {"id": "mentor-v20250801", "fra": "2025-08-01", "til": "…", "uverifisert": true},
//	  "ikke_i_kraft": true,            // bare når tiltaket ikke er i kraft
//	  "ikke_modellert": true,          // bare i VurderAlle for en dato som ikke er modellert
//	  "med_praksis": true, "sluttdato": "2026-06-30",
//	  "mangler": ["fodselsdato", …],   // faktaene som mangler (bare utdata)
//	  "spor": [{
//	    "vilkar_id": "tf-1-3-l3-v20250801.alder-16",
//	    "beskrivelse": "…",
//	    "hjemmel": {"tekst": "tiltaksforskriften § 1-3 tredje ledd", "id": "tf-1-3-l3-v20250801",
//	                "kilde": "tiltaksforskriften", "kilde_id": "FOR-2015-12-11-1598",
//	                "paragraf": "1-3", "ledd": 3, "praksis": false},
//	    "tilleggshjemler": [ … ],
//	    "uverifisert": false,
//	    "utfall": "oppfylt",
//	    "lest": [{"faktum": "fodselsdato", "verdi": "2000-03-01"}],
//	    "mangler": [],
//	    "mangler_sluttdato": false, "erstattet": false,
//	    "forklaring": "Personen har fylt 16 år, … (fodselsdato: 2000-03-01)"
//	  }],
//	  "fakta": { …tiltak.Fakta… }
//	}
//
// UnmarshalJSON leser formen tilbake, slår opp regelsettet med
// FinnRegelsett og hvert vilkår med FinnVilkar; en ukjent id gir en
// *tiltak.FeltFeil som pakker ErrUkjentRegelsett eller ErrUkjentVilkar.
// Felt som bare er utdata (regelsettets fra, til og uverifisert,
// beskrivelse, hjemmel, lest, forklaring, mangler på toppnivå) leses ikke.

type resultatJSON struct {
	Tiltak        tiltak.Kode     `json:"tiltak"`
	Dato          tiltak.Dato     `json:"dato"`
	Utfall        Utfall          `json:"utfall"`
	Regelsett     Versjon         `json:"regelsett"`
	IkkeIKraft    bool            `json:"ikke_i_kraft,omitempty"`
	IkkeModellert bool            `json:"ikke_modellert,omitempty"`
	MedPraksis    bool            `json:"med_praksis,omitempty"`
	Sluttdato     tiltak.Dato     `json:"sluttdato,omitzero"`
	Mangler       []tiltak.Faktum `json:"mangler"`
	Spor          []sporJSON      `json:"spor"`
	Fakta         *tiltak.Fakta   `json:"fakta"`
}

type sporJSON struct {
	VilkarID         string           `json:"vilkar_id"`
	Beskrivelse      string           `json:"beskrivelse"`
	Hjemmel          tiltak.Hjemmel   `json:"hjemmel"`
	Tilleggshjemler  []tiltak.Hjemmel `json:"tilleggshjemler,omitempty"`
	Uverifisert      bool             `json:"uverifisert,omitempty"`
	Utfall           Utfall           `json:"utfall"`
	Lest             []LestFaktum     `json:"lest"`
	Mangler          tiltak.Faktasett `json:"mangler"`
	ManglerSluttdato bool             `json:"mangler_sluttdato,omitempty"`
	Erstattet        bool             `json:"erstattet,omitempty"`
	Forklaring       string           `json:"forklaring"`
}

// LestFaktum er et faktum et vilkår leste, med verdien som tekst.
type LestFaktum struct {
	Faktum tiltak.Faktum `json:"faktum"`
	Verdi  string        `json:"verdi"`
}

// MarshalJSON gir resultatet i formen beskrevet over.
func (r Resultat) MarshalJSON() ([]byte, error) {
	rs := r.Regelsett
	if rs == nil {
		rs = ingenRegelsett
	}
	j := resultatJSON{Tiltak: r.Tiltak, Dato: r.Dato, Utfall: r.Utfall, Regelsett: rs.Versjon(),
		IkkeIKraft: r.IkkeIKraft, IkkeModellert: r.IkkeModellert, MedPraksis: r.Valg.MedPraksis,
		Sluttdato: r.Valg.Sluttdato, Mangler: r.Mangler().Liste(), Fakta: r.Fakta, Spor: make([]sporJSON, len(r.Spor))}
	if j.Mangler == nil {
		j.Mangler = []tiltak.Faktum{}
	}
	for i, p := range r.Spor {
		s, err := sporpunktJSON(p, r.Fakta)
		if err != nil {
			return nil, tiltak.MedPrefiks(err, "spor["+strconv.Itoa(i)+"].")
		}
		j.Spor[i] = s
	}
	return json.Marshal(j)
}

// UnmarshalJSON leser formen MarshalJSON gir.
func (r *Resultat) UnmarshalJSON(b []byte) error {
	var j resultatJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if j.Fakta == nil {
		j.Fakta = new(tiltak.Fakta)
	}
	rs, ok := FinnRegelsett(j.Regelsett.ID)
	if !ok {
		return &tiltak.FeltFeil{Felt: "regelsett.id", Verdi: j.Regelsett.ID, Grunn: "ukjent regelsett", Err: ErrUkjentRegelsett}
	}
	ny := Resultat{Tiltak: j.Tiltak, Dato: j.Dato, Utfall: j.Utfall, Regelsett: rs,
		IkkeIKraft: j.IkkeIKraft, IkkeModellert: j.IkkeModellert,
		Valg: Valg{MedPraksis: j.MedPraksis, Sluttdato: j.Sluttdato}, Fakta: j.Fakta,
		Spor: make([]Sporpunkt, len(j.Spor))}
	for i, s := range j.Spor {
		v, ok := FinnVilkar(s.VilkarID)
		if !ok {
			return &tiltak.FeltFeil{Felt: "spor[" + strconv.Itoa(i) + "].vilkar_id", Verdi: s.VilkarID, Grunn: "ukjent vilkår", Err: ErrUkjentVilkar}
		}
		ny.Spor[i] = NyttSporpunkt(v, s.Utfall, s.Mangler).MedManglerSluttdato(s.ManglerSluttdato).MedErstattet(s.Erstattet)
	}
	*r = ny
	return nil
}

// sporpunktJSON bygger JSON-formen til et sporpunkt. Med fakta f tas
// verdiene faktaene hadde med (lest og forklaringen); uten dem bare navnene.
func sporpunktJSON(p Sporpunkt, f *tiltak.Fakta) (sporJSON, error) {
	v := p.Vilkar()
	if v == nil {
		return sporJSON{}, &tiltak.FeltFeil{Felt: "vilkar_id", Grunn: "sporpunktet mangler vilkår", Err: ErrUkjentVilkar}
	}
	s := sporJSON{VilkarID: v.ID(), Beskrivelse: v.Beskrivelse(), Hjemmel: v.Hjemmel(), Tilleggshjemler: v.Tilleggshjemler(), Uverifisert: v.Uverifisert(),
		Utfall: p.Utfall(), Mangler: p.Mangler(), ManglerSluttdato: p.ManglerSluttdato(), Erstattet: p.Erstattet(),
		Forklaring: p.Forklaring(f), Lest: []LestFaktum{}}
	for _, ft := range v.Leser().Liste() {
		verdi := ""
		if f != nil {
			verdi = f.Verdi(ft)
		}
		s.Lest = append(s.Lest, LestFaktum{Faktum: ft, Verdi: verdi})
	}
	return s, nil
}

// MarshalJSON gir sporpunktet i samme form som et punkt i Resultat sitt
// spor, men uten faktaverdier (et sporpunkt alene har ikke faktaene):
// «lest» har faktanavnene med tom verdi, og forklaringen er vilkårets tekst
// for utfallet. Et sporpunkt uten vilkår gir en feil.
func (p Sporpunkt) MarshalJSON() ([]byte, error) {
	s, err := sporpunktJSON(p, nil)
	if err != nil {
		return nil, err
	}
	return json.Marshal(s)
}

// UnmarshalJSON leser formen MarshalJSON gir og slår opp vilkåret med
// FinnVilkar; en ukjent vilkar_id gir en *tiltak.FeltFeil som pakker
// ErrUkjentVilkar.
func (p *Sporpunkt) UnmarshalJSON(b []byte) error {
	var s sporJSON
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, ok := FinnVilkar(s.VilkarID)
	if !ok {
		return &tiltak.FeltFeil{Felt: "vilkar_id", Verdi: s.VilkarID, Grunn: "ukjent vilkår", Err: ErrUkjentVilkar}
	}
	*p = NyttSporpunkt(v, s.Utfall, s.Mangler).MedManglerSluttdato(s.ManglerSluttdato).MedErstattet(s.Erstattet)
	return nil
}
