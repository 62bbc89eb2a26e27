package tilskudd

import (
	"errors"
	"strings"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Avtalegrunnlag er én avtale om tilskudd slik en tjeneste har den:
// avtalen (tiltak, periode, innsatsgruppe, avtalt prosent), faktaene om
// deltakeren som varigheten avhenger av, lønnsgrunnlaget, avrundingen av
// prosentsteget og tidligere perioder i samme tiltak.
type Avtalegrunnlag struct {
	Avtale Avtale `json:"avtale"`
	// Fakta er det som er kjent om deltakeren (arbeidsevne, fødselsdato,
	// stillingstype, …). Et ukjent faktum er aldri «nei»: en forlengelse
	// som avhenger av det, må vurderes.
	Fakta tiltak.Fakta `json:"fakta"`
	// Lonn er lønnsgrunnlaget; påkrevd for alle tiltak unntatt VTAO (fast
	// sats). For mentor er Manedslonn timelønn × avtalte timer per måned.
	Lonn      Lonnsgrunnlag `json:"lonn"`
	Avrunding Avrunding     `json:"avrunding,omitempty"`
	// Tidligere er tidligere perioder i samme tiltak, som teller der
	// reglene taler om samlet varighet.
	Tidligere []tiltak.Periode `json:"tidligere,omitempty"`
}

// Avtaleberegning er svaret fra BeregnAvtale: varigheten avtalen er sjekket
// mot, satsplanen, månedsberegningen og tilskuddsperiodene.
type Avtaleberegning struct {
	Tiltak        tiltak.Kode    `json:"tiltak"`
	Avtaleperiode tiltak.Periode `json:"avtaleperiode"`
	// Varighet er maksimal varighet for tiltaket fra avtalens startdato
	// (varighet.Maksimum), med hjemmel.
	Varighet varighet.Resultat `json:"varighet"`
	// Avvik er grenser avtalen bryter som ikke stopper beregningen: NAVs
	// praksis (Praksis er sann), vist ved siden av forskriften.
	Avvik []varighet.Brudd `json:"avvik,omitempty"`
	// Satsplan og Maned (månedsberegningen for første trinn) er nil for VTAO,
	// som har fast sats.
	Satsplan *Satsplan          `json:"satsplan,omitempty"`
	Maned    *Manedstilskudd    `json:"maned,omitempty"`
	Perioder []Tilskuddsperiode `json:"perioder"`
}

// BeregnAvtale regner tilskuddet for én avtale med StandardSatser, etter
// forskriften alene. Se Satser.BeregnAvtaleMed.
func BeregnAvtale(g Avtalegrunnlag) (Avtaleberegning, error) {
	return standard.BeregnAvtaleMed(g, regler.Valg{})
}

// BeregnAvtaleMed er BeregnAvtale med valg (NAVs praksis), som
// regler.VurderMed. Se Satser.BeregnAvtaleMed.
func BeregnAvtaleMed(g Avtalegrunnlag, valg regler.Valg) (Avtaleberegning, error) {
	return standard.BeregnAvtaleMed(g, valg)
}

// BeregnAvtale er Satser.BeregnAvtaleMed uten valg: forskriften alene.
func (s *Satser) BeregnAvtale(g Avtalegrunnlag) (Avtaleberegning, error) {
	return s.BeregnAvtaleMed(g, regler.Valg{})
}

// BeregnAvtaleMed regner tilskuddet for én avtale i ett kall: den sjekker
// avtaleperioden mot maksimal varighet (varighet.Kontroller og
// varighet.Maksimum) og gir satsplanen og de månedlige tilskuddsperiodene
// bare når perioden holder. Tiltakene er de med tilskuddsperioder:
// midlertidig, varig og fireårig lønnstilskudd, sommerjobb, mentor og VTAO
// (VTAO med månedssatsen fra s).
//
// Varigheten:
//
//   - En avtale som varer lenger enn forskriften tillater, eller starter
//     eller slutter utenfor en fast grense, er en feil: en *tiltak.FeltFeil
//     for "avtale.periode.til" (eller ".fra") som pakker *varighet.Brudd.
//     Bruddet navngir grensen og bestemmelsen, og errors.Is virker mot
//     varighet.ErrForLang, varighet.ErrSluttForSent osv.
//   - Avhenger lengden av et vilkår som ikke kan avgjøres av faktaene (for
//     eksempel nedsatt arbeidsevne når arbeidsevnen er ukjent), gjetter
//     BeregnAvtale ikke: feilen matcher varighet.ErrMaVurderes, og
//     *varighet.Brudd lister vilkårene som må vurderes (Apne) og faktaene som
//     mangler (Mangler). Oppgi faktaene, eller en kortere periode, og kall
//     igjen. Valget er bevisst: et svar med perioder og et flagg om at
//     lengden må vurderes, ville latt en kaller betale ut for en avtale som
//     kanskje er for lang.
//   - NAVs praksisgrenser (for eksempel NAVs grenser for sommerjobb) stopper
//     ikke beregningen; de står i Avvik, merket som praksis.
//   - Et tiltak eller en startdato varighetsreglene ikke modellerer, gir en
//     feil som matcher ErrIkkeModellert (den samme verdien som
//     varighet.ErrIkkeModellert og regler.ErrIkkeModellert) og pakker en
//     *IkkeModellertFeil.
//
// Innsatsgruppen og arbeidsevnen kan stå i avtalen eller i faktaene; står
// en av dem begge steder, må verdiene være like. Satsplanen og varigheten
// leser dermed den samme arbeidsevnen med de samme valgene: med
// valg.MedPraksis utleder begge nedsatt arbeidsevne av innsatsgruppen når
// arbeidsevnen ikke er oppgitt (varighet.Arbeidsevne); uten praksis leser
// ingen av dem innsatsgruppen, og en prosent som avhenger av arbeidsevnen,
// gir ErrUkjentFaktum for «avtale.arbeidsevne». valg.Sluttdato må være null
// eller lik avtalens sluttdato (ellers en feil for «sluttdato»). Resten er
// som NySatsplanMed, BeregnManed (eller MentorManed)
// og Tilskuddsperioder (eller VTAOTilskuddsperioder), med feltene prefikset
// "avtale.", "lonn." og "fakta.". En lønn eller prosent som mangler, er en
// feil, aldri 0.
func (s *Satser) BeregnAvtaleMed(g Avtalegrunnlag, valg regler.Valg) (Avtaleberegning, error) {
	a, f := g.Avtale, g.Fakta
	if err := f.Valider(); err != nil {
		return Avtaleberegning{}, tiltak.MedPrefiks(err, "fakta.")
	}
	if err := a.Tiltak.Valider(); err != nil {
		return Avtaleberegning{}, tiltak.MedPrefiks(err, "avtale.")
	}
	if err := a.Periode.Valider(); err != nil {
		return Avtaleberegning{}, tiltak.MedPrefiks(err, "avtale.periode.")
	}
	if err := sjekkSluttdato(valg, a.Periode, "sluttdato"); err != nil {
		return Avtaleberegning{}, err
	}
	switch {
	case a.Innsatsgruppe == tiltak.InnsatsgruppeUkjent:
		a.Innsatsgruppe = f.Innsatsgruppe
	case f.Innsatsgruppe == tiltak.InnsatsgruppeUkjent:
		f.Innsatsgruppe = a.Innsatsgruppe
	case a.Innsatsgruppe != f.Innsatsgruppe:
		return Avtaleberegning{}, feltFeil("avtale.innsatsgruppe", a.Innsatsgruppe.String(),
			"er ulik fakta.innsatsgruppe ("+f.Innsatsgruppe.String()+")", ErrUkjentFaktum)
	}
	// Arbeidsevnen avgjør både prosenten (NySatsplan) og varigheten: de to
	// må lese den samme.
	switch {
	case a.Arbeidsevne == tiltak.ArbeidsevneUkjent:
		a.Arbeidsevne = f.Arbeidsevne
	case f.Arbeidsevne == tiltak.ArbeidsevneUkjent:
		f.Arbeidsevne = a.Arbeidsevne
	case a.Arbeidsevne != f.Arbeidsevne:
		return Avtaleberegning{}, feltFeil("avtale.arbeidsevne", a.Arbeidsevne.String(),
			"er ulik fakta.arbeidsevne ("+f.Arbeidsevne.String()+")", ErrUkjentFaktum)
	}
	ut := Avtaleberegning{Tiltak: a.Tiltak, Avtaleperiode: a.Periode}
	var plan Satsplan
	if a.Tiltak != tiltak.VTAO {
		var err error
		if plan, err = NySatsplanMed(a, valg); err != nil {
			return Avtaleberegning{}, tiltak.MedPrefiks(err, "avtale.")
		}
	}
	if err := kontrollerVarighet(&a, &f, g.Tidligere, valg, &ut); err != nil {
		return Avtaleberegning{}, err
	}
	if a.Tiltak == tiltak.VTAO {
		p, err := s.VTAOTilskuddsperioder(a.Periode)
		if err != nil {
			return Avtaleberegning{}, medFelt(err, "avtale.periode")
		}
		ut.Perioder = p
		return ut, nil
	}
	if err := g.Avrunding.sjekk(); err != nil {
		return Avtaleberegning{}, err
	}
	m, err := beregnManed(g.Lonn, plan.Trinn[0].Prosent, g.Avrunding, a.Tiltak == tiltak.Mentor)
	if err != nil {
		return Avtaleberegning{}, tiltak.MedPrefiks(err, "lonn.")
	}
	if ut.Perioder, err = AppendTilskuddsperioder(nil, plan, g.Lonn, g.Avrunding); err != nil {
		return Avtaleberegning{}, tiltak.MedPrefiks(err, "lonn.")
	}
	ut.Satsplan, ut.Maned = &plan, &m
	return ut, nil
}

// kontrollerVarighet sjekker avtaleperioden mot varighetsreglene og fyller
// ut.Varighet og ut.Avvik. Brudd på forskriften og vilkår som må vurderes
// er feil; praksis og NAVs egne frister er avvik.
func kontrollerVarighet(a *Avtale, f *tiltak.Fakta, tidligere []tiltak.Periode, valg regler.Valg, ut *Avtaleberegning) error {
	var lov []*varighet.Brudd
	brudd, err := varighet.KontrollerMed(a.Tiltak, f, a.Periode, tidligere, valg)
	if err != nil {
		if errors.Is(err, ErrIkkeModellert) {
			return feltFeil("avtale.periode.fra", a.Periode.Fra.String(), err.Error(), err)
		}
		return err // en *tiltak.FeltFeil for tidligere perioder ("tidligere[i].til")
	}
	for _, b := range brudd {
		if b.Praksis || errors.Is(b, varighet.ErrFristOversittet) {
			ut.Avvik = append(ut.Avvik, *b)
			continue
		}
		lov = append(lov, b)
	}
	if len(lov) > 0 {
		felt, verdi := "avtale.periode.til", a.Periode.Til.String()
		if errors.Is(lov[0], varighet.ErrStartForTidlig) || errors.Is(lov[0], varighet.ErrStartForSent) {
			felt, verdi = "avtale.periode.fra", a.Periode.Fra.String()
		}
		tekster := make([]string, len(lov))
		feil := make([]error, len(lov))
		for i, b := range lov {
			tekster[i], feil[i] = b.Error(), b
		}
		var err error = lov[0]
		if len(lov) > 1 {
			err = errors.Join(feil...)
		}
		return feltFeil(felt, verdi, strings.Join(tekster, "; "), err)
	}
	m, err := varighet.MaksimumMed(a.Tiltak, f, a.Periode.Fra, valg, tidligere...)
	if err != nil {
		return feltFeil("avtale.periode.fra", a.Periode.Fra.String(), err.Error(), err)
	}
	ut.Varighet = m
	return nil
}
