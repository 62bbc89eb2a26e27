// Package sak er formatet demoen, CLI-en og HTTP-adapteren deler: en Sak
// (én person eller én avtale på én dato, i JSON) inn og et Svar ut, med
// vilkårsvurdering, maksimal varighet, tilskudd og inntektsgrensen for
// uføretrygd slik saken ber om.
//
// Pakken viser hvordan en tjeneste pakker biblioteket: den validerer
// inndata, kaller regler, varighet og tilskudd, og samler svarene med
// hjemmel. Den har ingen egen regellogikk.
package sak

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tilskudd"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
	"github.com/tiltaksregler/tiltaksregler/varighet"
)

// Sporsmal er ett av spørsmålene en sak kan stille: de tre spørsmålene
// biblioteket svarer på, inntektsgrensen for uføretrygd, og de samme
// svarene over en periode (tidslinje).
type Sporsmal string

// Spørsmålene.
const (
	Vilkar      Sporsmal = "vilkar"      // kan personen få tiltaket?
	Varighet    Sporsmal = "varighet"    // hvor lenge?
	Tilskudd    Sporsmal = "tilskudd"    // hvor mye?
	Uforegrense Sporsmal = "uforegrense" // hvor mye kan personen tjene før uføretrygden reduseres?
	// Tidslinje: svarene over en periode, delt ved knekkpunktene.
	Tidslinje Sporsmal = "tidslinje"
)

// antallSporsmal er hvor mange spørsmål det finnes.
const antallSporsmal = 5

// Sak er én sak: faktaene om en person på en dato, tiltakene saken gjelder
// og, for tilskudd, avtalene.
type Sak struct {
	// ID er sakens id, som gjentas i svaret.
	ID string `json:"id"`
	// Beskrivelse er en kort tekst om saken.
	Beskrivelse string `json:"beskrivelse,omitempty"`
	// Dato er vurderingsdatoen (påkrevd).
	Dato tiltak.Dato `json:"dato"`
	// Fakta er det som er kjent om personen; alt som mangler er ukjent.
	Fakta tiltak.Fakta `json:"fakta"`
	// Tiltak er tiltakene saken gjelder. Tom liste betyr hele katalogen for
	// vilkårsvurderingen (og ingen varighet).
	Tiltak []tiltak.Kode `json:"tiltak,omitempty"`
	// Sporsmal er spørsmålene som skal besvares. Tom liste betyr alle som
	// saken har data til.
	Sporsmal []Sporsmal `json:"sporsmal,omitempty"`
	// MedPraksis tar med NAVs praksis i alle svarene (regler.Valg): NAVs
	// praksisregler i vilkårsvurderingen, og i varigheten og
	// tilskuddsprosenten nedsatt arbeidsevne utledet av innsatsgruppen når
	// arbeidsevnen ikke er oppgitt. Uten den leses innsatsgruppen ikke for
	// varighet og prosent, og det som mangler, står i svaret.
	MedPraksis bool `json:"med_praksis,omitempty"`
	// Start er planlagt startdato for varigheten; mangler den, brukes Dato.
	Start tiltak.Dato `json:"start,omitzero"`
	// Periode er en foreslått periode som kontrolleres mot varighetsreglene.
	Periode tiltak.Periode `json:"periode,omitzero"`
	// Tidligere er tidligere perioder i samme tiltak.
	Tidligere []tiltak.Periode `json:"tidligere,omitempty"`
	// Avtaler er avtalene det skal regnes tilskudd for.
	Avtaler []Avtale `json:"avtaler,omitempty"`
	// Ufore er det saken vet om personens uføretrygd ut over
	// fakta.uforetrygd, for spørsmålet om inntektsgrensen.
	Ufore *Uforeopplysninger `json:"ufore,omitempty"`
	// Tidslinje er perioden spørsmålet «tidslinje» gjelder: vilkårene,
	// maksimal varighet for startdatoer i perioden og satsene for hver
	// avtale, delt ved knekkpunktene. Mangler den, brukes Periode.
	Tidslinje tiltak.Periode `json:"tidslinje,omitzero"`
}

// Uforeopplysninger er det inntektsgrensen for uføretrygd trenger ut over
// sakens dato og fakta.uforetrygd (se tilskudd.UforeInput). Alt som
// mangler, er ukjent: et svar om VTA eller økt uføregrad som mangler, gir
// «må vurderes» der det betyr noe, og en inntekt eller dato som trengs, en
// feil som navngir feltet.
type Uforeopplysninger struct {
	// VTA sier om personen har fått innvilget varig tilrettelagt arbeid.
	VTA tiltak.Svar `json:"vta"`
	// InntektEtterUforhet er inntekten etter uførhet i kroner per år
	// (påkrevd ved gradert uføretrygd).
	InntektEtterUforhet decimal.NullDecimal `json:"inntekt_etter_uforhet"`
	// Virkningsdato er dagen uføretrygden ble innvilget med virkning fra
	// (påkrevd fra 2026 utenom VTA).
	Virkningsdato tiltak.Dato `json:"virkningsdato,omitzero"`
	// OktUforegrad sier om uføregraden er økt etter virkningsdatoen.
	OktUforegrad tiltak.Svar `json:"okt_uforegrad"`
	// OkningVirkningsdato er virkningsdatoen for den siste økningen.
	OkningVirkningsdato tiltak.Dato `json:"okning_virkningsdato,omitzero"`
}

// Avtale er én tilskuddsavtale: avtalen selv, lønnsgrunnlaget og eventuelt
// en oppgjort periode det skal regnes refusjon for.
type Avtale struct {
	// Avtale er tiltaket, avtaleperioden, innsatsgruppen og avtalt prosent.
	// Arbeidsevnen og innsatsgruppen leses fra sakens fakta når avtalen ikke
	// har dem, så prosenten og varigheten leser de samme faktaene.
	Avtale tilskudd.Avtale `json:"avtale"`
	// Lonn er lønnsgrunnlaget for lønnstilskudd (ikke for VTAO).
	Lonn tilskudd.Lonnsgrunnlag `json:"lonn"`
	// NAVAvrunding bruker NAVs avrunding av prosentsteget (flyttall) i
	// stedet for eksakt desimal halvt opp.
	NAVAvrunding bool `json:"nav_avrunding,omitempty"`
	// Refusjon er en oppgjort periode det skal regnes refusjon for.
	Refusjon *tilskudd.Refusjonsgrunnlag `json:"refusjon,omitempty"`
}

// Svar er svaret på én sak.
type Svar struct {
	// ID er sakens id.
	ID string `json:"id"`
	// Dato er vurderingsdatoen.
	Dato tiltak.Dato `json:"dato"`
	// Vilkar har én vurdering per tiltak. Et tiltak saken navngir, men som
	// ikke er modellert på datoen, er med og har IkkeModellert satt, som i
	// regler.VurderAlle.
	Vilkar []regler.Resultat `json:"vilkar,omitempty"`
	// Mangler er faktaene som mangler for å avgjøre vurderingene som må
	// vurderes: det saksbehandleren bør spørre om nå.
	Mangler []tiltak.Faktum `json:"mangler,omitempty"`
	// Varighet har maksimal varighet per tiltak.
	Varighet []VarighetSvar `json:"varighet,omitempty"`
	// Tilskudd har beregningen per avtale.
	Tilskudd []TilskuddSvar `json:"tilskudd,omitempty"`
	// Uforegrense er inntektsgrensen for uføretrygd på datoen.
	Uforegrense *UforegrenseSvar `json:"uforegrense,omitempty"`
	// Tidslinje er svarene over perioden, delt ved knekkpunktene.
	Tidslinje *TidslinjeSvar `json:"tidslinje,omitempty"`
}

// UforegrenseSvar er inntektsgrensen for uføretrygd, eller en feiltekst
// når den ikke er modellert for datoen.
type UforegrenseSvar struct {
	// Grense er svaret fra tilskudd.Inntektsgrense.
	Grense *tilskudd.Inntektsgrensesvar `json:"grense,omitempty"`
	// IkkeModellert er sann når grensen ikke er modellert for datoen; Feil
	// sier hvorfor.
	IkkeModellert bool `json:"ikke_modellert,omitempty"`
	// Feil sier hvorfor grensen mangler.
	Feil string `json:"feil,omitempty"`
}

// VarighetSvar er maksimal varighet for ett tiltak, kontrollen av en
// foreslått periode og fristene. Det som ikke er modellert for datoen det
// gjelder, har en feiltekst i stedet for et svar, og IkkeModellert er satt.
type VarighetSvar struct {
	// Tiltak er tiltaket svaret gjelder.
	Tiltak tiltak.Kode `json:"tiltak"`
	// Maksimum er maksimal varighet regnet fra startdatoen.
	Maksimum *varighet.Resultat `json:"maksimum,omitempty"`
	// Kontroll har hver grense den foreslåtte perioden bryter.
	Kontroll []Brudd `json:"kontroll,omitempty"`
	// Frister er fristene i den foreslåtte perioden.
	Frister []varighet.Frist `json:"frister,omitempty"`
	// IkkeModellert er sann når maksimum, kontrollen eller fristene ikke
	// kunne regnes fordi regelen ikke er modellert for datoen.
	IkkeModellert bool `json:"ikke_modellert,omitempty"`
	// Feil sier hvorfor Maksimum mangler.
	Feil string `json:"feil,omitempty"`
	// KontrollFeil sier hvorfor perioden ikke kunne kontrolleres.
	KontrollFeil string `json:"kontroll_feil,omitempty"`
	// FristFeil sier hvorfor fristene ikke kunne regnes.
	FristFeil string `json:"frist_feil,omitempty"`
}

// Brudd er én grense en foreslått periode bryter (varighet.Brudd).
type Brudd struct {
	// Type er hva slags grense det er, for eksempel "maksimal-varighet".
	Type varighet.Grensetype `json:"type"`
	// Utfall er ikke-oppfylt, eller ma-vurderes når perioden bare holder
	// hvis en forlengelse som må vurderes gis.
	Utfall regler.Utfall `json:"utfall"`
	// Lengde og Alder er grensens størrelse, når den har en.
	Lengde tiltak.Lengde `json:"lengde,omitzero"`
	Alder  int           `json:"alder,omitempty"`
	// Grensedato er dagen grensen setter.
	Grensedato tiltak.Dato `json:"grensedato,omitzero"`
	// Grense navngir grensen på norsk.
	Grense string `json:"grense"`
	// Feil er bruddet som tekst.
	Feil string `json:"feil"`
	// Hjemmel er bestemmelsen grensen bygger på.
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"`
	// Praksis er sann når grensen er NAVs praksis og ikke forskrift.
	Praksis bool `json:"praksis,omitempty"`
}

// TilskuddSvar er beregningen for én avtale, eller en feiltekst når
// tilskuddsreglene ikke er modellert for avtaleperioden.
type TilskuddSvar struct {
	// Tiltak er avtalens tiltak.
	Tiltak tiltak.Kode `json:"tiltak"`
	// Satsplan er tilskuddsprosenten over avtaleperioden.
	Satsplan *tilskudd.Satsplan `json:"satsplan,omitempty"`
	// Maned er månedsberegningen med første trinns prosent.
	Maned *tilskudd.Manedstilskudd `json:"maned,omitempty"`
	// Perioder er tilskuddsperiodene, én per måned.
	Perioder []tilskudd.Tilskuddsperiode `json:"perioder"`
	// Refusjon er refusjonen for den oppgjorte perioden.
	Refusjon *tilskudd.Refusjon `json:"refusjon,omitempty"`
	// IkkeModellert er sann når tilskuddet ikke kunne regnes fordi reglene
	// ikke er modellert for avtaleperioden; Feil sier hvorfor.
	IkkeModellert bool `json:"ikke_modellert,omitempty"`
	// Feil sier hvorfor beregningen mangler.
	Feil string `json:"feil,omitempty"`
}

// ErrUgyldigSak er feilen bak en sak som ikke kan behandles. Den konkrete
// feilen er en *tiltak.FeltFeil som navngir feltet, for eksempel
// "[1].fakta.fodselsdato". Feil som bare finnes i biblioteket, pakker
// bibliotekets vaktverdi i stedet (tiltak.ErrUgyldigFaktum,
// tilskudd.ErrUgyldigBelop, …).
var ErrUgyldigSak = errors.New("ugyldig sak")

func (s *Sak) sporsmal(q Sporsmal) bool {
	if len(s.Sporsmal) == 0 {
		switch q {
		case Varighet:
			return len(s.Tiltak) > 0
		case Tilskudd:
			return len(s.Avtaler) > 0
		case Uforegrense:
			return s.Ufore != nil
		case Tidslinje:
			return !s.Tidslinje.IsZero()
		}
		return true
	}
	for _, v := range s.Sporsmal {
		if v == q {
			return true
		}
	}
	return false
}

// Valider sjekker saken mot standardgrensene; se ValiderMed.
func (s *Sak) Valider() error { return s.ValiderMed(StandardGrenser()) }

// ValiderMed sjekker saken før den behandles: dato, fakta, tiltakskoder,
// spørsmål, perioder og avtaler, og grensene i g (antall tiltak, avtaler og
// tidligere perioder, lengden på den foreslåtte perioden og hver
// avtaleperiode). Feilen er en *tiltak.FeltFeil med stien til feltet;
// grensene pakker ErrOverGrense.
func (s *Sak) ValiderMed(g Grenser) error {
	g = g.MedStandard()
	if s.Dato.IsZero() {
		return &tiltak.FeltFeil{Felt: "dato", Grunn: "mangler", Err: ErrUgyldigSak}
	}
	if err := s.Fakta.Valider(); err != nil {
		return medPrefiks("fakta.", err)
	}
	if err := overGrense("tiltak", len(s.Tiltak), g.MaksTiltak, "tiltakskoder per sak (maks-tiltak)"); err != nil {
		return err
	}
	for i, k := range s.Tiltak {
		if err := k.Valider(); err != nil {
			return medPrefiks(fmt.Sprintf("tiltak[%d]", i), err)
		}
	}
	if err := overGrense("sporsmal", len(s.Sporsmal), antallSporsmal, sporsmalGrense); err != nil {
		return err
	}
	for i, q := range s.Sporsmal {
		if q != Vilkar && q != Varighet && q != Tilskudd && q != Uforegrense && q != Tidslinje {
			return &tiltak.FeltFeil{Felt: fmt.Sprintf("sporsmal[%d]", i), Verdi: kort(string(q)), Grunn: "ventet vilkar, varighet, tilskudd, uforegrense eller tidslinje", Err: ErrUgyldigSak}
		}
	}
	if err := s.validerTidslinje(g); err != nil {
		return err
	}
	if !s.Periode.IsZero() {
		if err := s.Periode.Valider(); err != nil {
			return medPrefiks("periode.", err)
		}
		if err := forLang("periode.til", s.Periode, g.MaksManeder); err != nil {
			return err
		}
		if s.MedPraksis && s.Periode.Til.Before(s.Dato) {
			return &tiltak.FeltFeil{Felt: "periode.til", Verdi: s.Periode.Til.String(),
				Grunn: "er før vurderingsdatoen " + s.Dato.String() + "; med med_praksis er den planlagt sluttdato", Err: ErrUgyldigSak}
		}
	}
	if err := overGrense("tidligere", len(s.Tidligere), g.MaksTidligere, "tidligere perioder per sak (maks-tidligere)"); err != nil {
		return err
	}
	for i, p := range s.Tidligere {
		if err := p.Valider(); err != nil {
			return medPrefiks(fmt.Sprintf("tidligere[%d].", i), err)
		}
	}
	if err := overGrense("avtaler", len(s.Avtaler), g.MaksAvtaler, "avtaler per sak (maks-avtaler)"); err != nil {
		return err
	}
	for i := range s.Avtaler {
		a := &s.Avtaler[i].Avtale
		if !a.Innsatsgruppe.Gyldig() {
			return &tiltak.FeltFeil{Felt: fmt.Sprintf("avtaler[%d].avtale.innsatsgruppe", i), Verdi: strconv.Itoa(int(a.Innsatsgruppe)),
				Grunn: "ukjent innsatsgruppe", Err: tiltak.ErrUgyldigFaktum}
		}
		if a.Periode.Valider() == nil {
			if err := forLang(fmt.Sprintf("avtaler[%d].avtale.periode.til", i), a.Periode, g.MaksManeder); err != nil {
				return err
			}
		}
	}
	return nil
}

// overGrense gir en feil når en liste har flere enn maks elementer.
func overGrense(felt string, n, maks int, navn string) error {
	if n <= maks {
		return nil
	}
	return &tiltak.FeltFeil{Felt: fmt.Sprintf("%s[%d]", felt, maks),
		Grunn: fmt.Sprintf("listen har %d elementer; grensen er %d %s", n, maks, navn), Err: ErrOverGrense}
}

// maneder gir antall kalendermåneder perioden berører.
func maneder(p tiltak.Periode) int {
	return (p.Til.Aar()-p.Fra.Aar())*12 + int(p.Til.Maned()) - int(p.Fra.Maned()) + 1
}

// forLang gir en feil når perioden berører flere enn maks kalendermåneder.
func forLang(felt string, p tiltak.Periode, maks int) error {
	if n := maneder(p); n > maks {
		return &tiltak.FeltFeil{Felt: felt, Verdi: p.Til.String(),
			Grunn: fmt.Sprintf("perioden %s berører %d kalendermåneder; grensen er %d måneder (maks-maneder)", p, n, maks), Err: ErrOverGrense}
	}
	return nil
}

// medPrefiks setter prefiks foran feltnavnet i en *tiltak.FeltFeil. For et
// prefiks som er et helt felt (uten punktum til slutt) erstattes feltnavnet.
func medPrefiks(prefiks string, err error) error {
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) {
		return &tiltak.FeltFeil{Felt: strings.TrimSuffix(prefiks, "."), Grunn: kort(err.Error()), Err: err}
	}
	if strings.HasSuffix(prefiks, ".") {
		return tiltak.MedPrefiks(err, prefiks)
	}
	kopi := *fe
	kopi.Felt = prefiks
	return &kopi
}

// sakFeil gir en feil fra regler eller varighet med stien i saken: et
// faktum får «fakta.» foran, sluttdatoen fra Valg er «periode.til».
func sakFeil(err error) error {
	var fe *tiltak.FeltFeil
	if !errors.As(err, &fe) {
		return &tiltak.FeltFeil{Grunn: kort(err.Error()), Err: err}
	}
	kopi := *fe
	switch {
	case fe.Felt == "sluttdato":
		kopi.Felt = "periode.til"
	case erFaktum(fe.Felt):
		kopi.Felt = "fakta." + fe.Felt
	}
	return &kopi
}

func erFaktum(navn string) bool {
	var ft tiltak.Faktum
	return navn != "" && ft.UnmarshalText([]byte(navn)) == nil
}

// Behandle besvarer saken med standardgrensene. Feil i inndata gir en
// *tiltak.FeltFeil; regler som ikke er modellert for en dato gir en feil i
// svaret for det tiltaket eller den avtalen, ikke for hele saken.
func Behandle(s Sak) (Svar, error) { return behandleMed(&s, StandardGrenser()) }

// BehandleMed er Behandle med grensene g.
func BehandleMed(s Sak, g Grenser) (Svar, error) { return behandleMed(&s, g) }

func behandleMed(s *Sak, g Grenser) (Svar, error) {
	if err := s.ValiderMed(g); err != nil {
		return Svar{}, err
	}
	svar := Svar{ID: s.ID, Dato: s.Dato}
	valg := regler.Valg{MedPraksis: s.MedPraksis}
	if s.MedPraksis && !s.Periode.IsZero() {
		valg.Sluttdato = s.Periode.Til
	}
	if s.sporsmal(Vilkar) {
		if len(s.Tiltak) == 0 {
			rs, err := regler.VurderAlleMed(&s.Fakta, s.Dato, valg)
			if err != nil {
				return Svar{}, sakFeil(err)
			}
			svar.Vilkar = rs
		} else {
			var alle []regler.Resultat // hele katalogen, bare når et tiltak ikke er modellert
			for _, k := range s.Tiltak {
				r, err := regler.VurderMed(k, &s.Fakta, s.Dato, valg)
				if errors.Is(err, regler.ErrIkkeModellert) {
					if alle == nil {
						if alle, err = regler.VurderAlleMed(&s.Fakta, s.Dato, valg); err != nil {
							return Svar{}, sakFeil(err)
						}
					}
					r, err = ikkeModellert(alle, k, err)
				}
				if err != nil {
					return Svar{}, sakFeil(err)
				}
				svar.Vilkar = append(svar.Vilkar, r)
			}
		}
		svar.Mangler = regler.ManglerAlle(svar.Vilkar).Liste()
	}
	if s.sporsmal(Varighet) {
		start := s.Start
		if start.IsZero() {
			start = s.Dato
		}
		for _, k := range s.Tiltak {
			v, err := varighetFor(k, s, start)
			if err != nil {
				return Svar{}, err
			}
			svar.Varighet = append(svar.Varighet, v)
		}
	}
	if s.sporsmal(Tidslinje) {
		t, err := tidslinjeFor(s)
		if err != nil {
			return Svar{}, err
		}
		svar.Tidslinje = t
	}
	if s.sporsmal(Tilskudd) {
		for i, a := range s.Avtaler {
			t, err := tilskuddFor(a, s)
			if err != nil {
				return Svar{}, medPrefiks(fmt.Sprintf("avtaler[%d].", i), err)
			}
			svar.Tilskudd = append(svar.Tilskudd, t)
		}
	}
	if s.sporsmal(Uforegrense) {
		u, err := uforegrenseFor(s)
		if err != nil {
			return Svar{}, err
		}
		svar.Uforegrense = &u
	}
	return svar, nil
}

// sporsmalGrense er navnet på grensen for antall spørsmål.
const sporsmalGrense = "spørsmål per sak (det finnes fem: vilkar, varighet, tilskudd, uforegrense og tidslinje)"

// uforegrenseFor regner inntektsgrensen for uføretrygd med sakens dato og
// fakta.uforetrygd. En feil navngir feltet i saken: «dato»,
// «fakta.uforetrygd» eller «ufore.<felt>».
func uforegrenseFor(s *Sak) (UforegrenseSvar, error) {
	var u Uforeopplysninger
	if s.Ufore != nil {
		u = *s.Ufore
	}
	g, err := tilskudd.Inntektsgrense(tilskudd.UforeInput{Dato: s.Dato, Uforetrygd: s.Fakta.Uforetrygd, VTA: u.VTA,
		InntektEtterUforhet: u.InntektEtterUforhet, Virkningsdato: u.Virkningsdato, OktUforegrad: u.OktUforegrad,
		OkningVirkningsdato: u.OkningVirkningsdato})
	if tekst, ok := ikkeModellertTekst(err, tilskudd.ErrIkkeModellert); ok {
		return UforegrenseSvar{IkkeModellert: true, Feil: tekst}, nil
	}
	if err != nil {
		var fe *tiltak.FeltFeil
		if errors.As(err, &fe) && fe.Felt != "dato" {
			prefiks := "ufore."
			if fe.Felt == "uforetrygd" {
				prefiks = "fakta."
			}
			return UforegrenseSvar{}, medPrefiks(prefiks, err)
		}
		return UforegrenseSvar{}, err
	}
	return UforegrenseSvar{Grense: &g}, nil
}

// ikkeModellert gir resultatet for k fra VurderAlle, der et tiltak som ikke
// er modellert på datoen har IkkeModellert satt.
func ikkeModellert(alle []regler.Resultat, k tiltak.Kode, err error) (regler.Resultat, error) {
	for _, r := range alle {
		if r.Tiltak == k {
			return r, nil
		}
	}
	return regler.Resultat{}, err
}

// ikkeModellertTekst gir feilteksten når err er «ikke modellert».
func ikkeModellertTekst(err error, vaktverdi error) (string, bool) {
	if errors.Is(err, vaktverdi) {
		return kort(err.Error()), true
	}
	return "", false
}

func varighetFor(k tiltak.Kode, s *Sak, start tiltak.Dato) (VarighetSvar, error) {
	v := VarighetSvar{Tiltak: k}
	valg := regler.Valg{MedPraksis: s.MedPraksis}
	r, err := varighet.MaksimumMed(k, &s.Fakta, start, valg, s.Tidligere...)
	if err != nil {
		tekst, ok := ikkeModellertTekst(err, varighet.ErrIkkeModellert)
		if !ok {
			return v, sakFeil(err)
		}
		v.Feil, v.IkkeModellert = tekst, true
		return v, nil
	}
	v.Maksimum = &r
	periode := s.Periode
	if periode.IsZero() {
		return v, nil
	}
	brudd, err := varighet.KontrollerMed(k, &s.Fakta, periode, s.Tidligere, valg)
	if err != nil {
		tekst, ok := ikkeModellertTekst(err, varighet.ErrIkkeModellert)
		if !ok {
			return v, sakFeil(err)
		}
		v.KontrollFeil, v.IkkeModellert = tekst, true
	}
	for _, b := range brudd {
		v.Kontroll = append(v.Kontroll, Brudd{Type: b.Type, Utfall: b.Utfall, Lengde: b.Lengde, Alder: b.Alder, Grensedato: b.Grensedato,
			Grense: b.Grense, Feil: b.Error(), Hjemmel: b.Hjemmel, Praksis: b.Praksis})
	}
	f, err := varighet.Frister(k, &s.Fakta, periode)
	if err != nil {
		tekst, ok := ikkeModellertTekst(err, varighet.ErrIkkeModellert)
		if !ok {
			return v, sakFeil(err)
		}
		v.FristFeil, v.IkkeModellert = tekst, true
		return v, nil
	}
	v.Frister = f
	return v, nil
}

func tilskuddFor(a Avtale, s *Sak) (TilskuddSvar, error) {
	a.Avtale = avtaleMedFakta(a.Avtale, &s.Fakta)
	t, err := beregnTilskudd(a, regler.Valg{MedPraksis: s.MedPraksis})
	if tekst, ok := ikkeModellertTekst(err, tilskudd.ErrIkkeModellert); ok {
		return TilskuddSvar{Tiltak: a.Avtale.Tiltak, IkkeModellert: true, Feil: tekst}, nil
	}
	return t, err
}

// avtaleMedFakta gir avtalen med arbeidsevnen og innsatsgruppen fra
// faktaene der avtalen ikke har dem, slik tilskudd.BeregnAvtale gjør: da
// leser prosenten og varigheten de samme faktaene.
func avtaleMedFakta(a tilskudd.Avtale, f *tiltak.Fakta) tilskudd.Avtale {
	if a.Arbeidsevne == tiltak.ArbeidsevneUkjent {
		a.Arbeidsevne = f.Arbeidsevne
	}
	if a.Innsatsgruppe == tiltak.InnsatsgruppeUkjent {
		a.Innsatsgruppe = f.Innsatsgruppe
	}
	return a
}

func beregnTilskudd(a Avtale, valg regler.Valg) (TilskuddSvar, error) {
	t := TilskuddSvar{Tiltak: a.Avtale.Tiltak}
	if a.Avtale.Tiltak == tiltak.VTAO {
		p, err := tilskudd.VTAOTilskuddsperioder(a.Avtale.Periode)
		if err != nil {
			return t, medPrefiks("avtale.periode.", err)
		}
		t.Perioder = p
		return t, nil
	}
	plan, err := tilskudd.NySatsplanMed(a.Avtale, valg)
	if err != nil {
		return t, medPrefiks("avtale.", err)
	}
	t.Satsplan = &plan
	avrunding := tilskudd.AvrundingDesimal
	if a.NAVAvrunding {
		avrunding = tilskudd.AvrundingNAV
	}
	if len(plan.Trinn) > 0 {
		m, err := tilskudd.BeregnManed(a.Lonn, plan.Trinn[0].Prosent, avrunding)
		if err != nil {
			return t, medPrefiks("lonn.", err)
		}
		t.Maned = &m
	}
	if t.Perioder, err = tilskudd.Tilskuddsperioder(plan, a.Lonn, avrunding); err != nil {
		return t, medPrefiks("lonn.", err)
	}
	if a.Refusjon != nil {
		r, err := tilskudd.BeregnRefusjon(*a.Refusjon)
		if err != nil {
			return t, medPrefiks("refusjon.", err)
		}
		t.Refusjon = &r
	}
	return t, nil
}

// Feil er en feil i JSON-form, slik CLI-en og HTTP-adapteren skriver den:
//
//	{"feil": {"felt": "fakta.fodselsdato", "verdi": "2023-02-29", "grunn": "…"}}
type Feil struct {
	// Feil er feltet, verdien og grunnen.
	Feil Feilinnhold `json:"feil"`
}

// Feilinnhold er innholdet i en Feil.
type Feilinnhold struct {
	Felt  string `json:"felt"`            // feltet som var galt, tomt når feilen gjelder hele inndataene
	Verdi string `json:"verdi,omitempty"` // verdien som ble avvist
	Grunn string `json:"grunn"`           // hva som var galt, på norsk
}

// NyFeil gjør en feil om til JSON-formen. En *tiltak.FeltFeil gir felt,
// verdi og grunn; andre feil gir bare grunnen.
func NyFeil(err error) Feil {
	var fe *tiltak.FeltFeil
	if errors.As(err, &fe) {
		return Feil{Feilinnhold{Felt: kortGrunn(fe.Felt), Verdi: kort(fe.Verdi), Grunn: kortGrunn(fe.Grunn)}}
	}
	return Feil{Feilinnhold{Grunn: kortGrunn(err.Error())}}
}

// Forklar skriver svaret som tekst en saksbehandler kan lese: utfallet per
// tiltak med hvert vilkår, hjemmelen og forklaringen, maksimal varighet og
// tilskuddet. Den gir den første skrivefeilen.
func Forklar(ut io.Writer, s Sak, svar Svar) error {
	w := &feilskriver{w: ut}
	fmt.Fprintf(w, "Sak %s, vurdert %s\n", s.ID, s.Dato.Norsk())
	for _, r := range svar.Vilkar {
		if r.IkkeModellert {
			fmt.Fprintf(w, "\n%s: %s (regelverket på datoen er ikke modellert)\n", r.Tiltak.Navn(), r.Utfall)
			continue
		}
		fmt.Fprintf(w, "\n%s: %s (regelverk %s)\n", r.Tiltak.Navn(), r.Utfall, r.Regelsett.ID())
		for _, p := range r.Spor {
			merke := ""
			if p.Erstattet() {
				merke = " (erstattet av praksisregel)"
			}
			fmt.Fprintf(w, "  [%s] %s%s: %s\n", p.Utfall(), p.Vilkar().Hjemmel(), merke, p.Forklaring(r.Fakta))
		}
	}
	if len(svar.Mangler) > 0 {
		navn := make([]string, len(svar.Mangler))
		for i, ft := range svar.Mangler {
			navn[i] = ft.String() + " (" + ft.Beskrivelse() + ")"
		}
		fmt.Fprintf(w, "\nDette mangler for å avgjøre saken:\n  %s\n", strings.Join(navn, "\n  "))
	}
	for _, v := range svar.Varighet {
		fmt.Fprintf(w, "\nVarighet %s:", v.Tiltak.Navn())
		if v.Feil != "" {
			fmt.Fprintf(w, " %s\n", v.Feil)
			continue
		}
		m := v.Maksimum
		fmt.Fprintf(w, " %s (%s)\n", m.Type, m.Hjemmel)
		if !m.OrdinaerSlutt.IsZero() {
			fmt.Fprintf(w, "  ordinær varighet %s: til og med %s\n", m.Ordinaer, m.OrdinaerSlutt)
		}
		for _, u := range m.Forlengelser {
			fmt.Fprintf(w, "  forlengelse til %s: til og med %s [%s] %s\n", u.Forlengelse.Samlet, u.SisteDag, u.Spor.Utfall(), u.Spor.Vilkar().Hjemmel())
		}
		if !m.SisteSluttOppfylt.IsZero() || !m.SisteSluttMulig.IsZero() {
			fmt.Fprintf(w, "  siste sluttdato med forlengelsene som er oppfylt: %s; med forlengelser som må vurderes: %s\n", m.SisteSluttOppfylt, m.SisteSluttMulig)
		}
		if !m.Mangler.Tom() {
			fmt.Fprintf(w, "  mangler for å avgjøre varigheten: %s\n", faktaTekst(m.Mangler.Liste()))
		}
		for _, b := range v.Kontroll {
			fmt.Fprintf(w, "  brudd: %s\n", b.Feil)
		}
		if v.KontrollFeil != "" {
			fmt.Fprintf(w, "  perioden kunne ikke kontrolleres: %s\n", v.KontrollFeil)
		}
		if v.FristFeil != "" {
			fmt.Fprintf(w, "  fristene kunne ikke regnes: %s\n", v.FristFeil)
		}
		for _, f := range v.Frister {
			fmt.Fprintf(w, "  frist %s: %s (%s)\n", f.Dato, f.Beskrivelse, f.Hjemmel)
		}
	}
	for _, t := range svar.Tilskudd {
		fmt.Fprintf(w, "\nTilskudd %s:", t.Tiltak.Navn())
		if t.Feil != "" {
			fmt.Fprintf(w, " %s\n", t.Feil)
			continue
		}
		if t.Satsplan != nil {
			fmt.Fprintf(w, " %s\n", t.Satsplan.Hjemmel)
			for _, tr := range t.Satsplan.Trinn {
				fmt.Fprintf(w, "  %s: %s %%\n", tr.Periode, tr.Prosent)
			}
		} else {
			fmt.Fprintln(w)
		}
		for _, p := range t.Perioder {
			fmt.Fprintf(w, "  periode %d %s: %s kr\n", p.Lopenummer, p.Periode, p.Belop)
		}
		if r := t.Refusjon; r != nil {
			fmt.Fprintf(w, "  refusjon: %s kr (%s, tak: %s)\n", r.Refusjonsbelop, r.Oppgjor, r.Tak)
		}
	}
	if u := svar.Uforegrense; u != nil {
		fmt.Fprintf(w, "\nInntektsgrense for uføretrygd:")
		if u.Feil != "" {
			fmt.Fprintf(w, " %s\n", u.Feil)
		} else {
			g := u.Grense
			fmt.Fprintf(w, " %s (%s)\n  %s\n", g.Utfall, hjemmeltekst(g.Hjemler), g.Forklaring)
			if g.Uverifisert {
				fmt.Fprintf(w, "  uverifisert: %s\n", g.Merknad)
			}
		}
	}
	forklarTidslinje(w, svar.Tidslinje)
	return w.err
}

// faktaTekst gir faktaene som navn, skilt med komma.
func faktaTekst(l []tiltak.Faktum) string {
	deler := make([]string, len(l))
	for i, ft := range l {
		deler[i] = ft.String()
	}
	return strings.Join(deler, ", ")
}

// hjemmeltekst gir hjemlene på norsk, skilt med semikolon.
func hjemmeltekst(l []tiltak.Hjemmel) string {
	deler := make([]string, len(l))
	for i, h := range l {
		deler[i] = h.String()
	}
	return strings.Join(deler, "; ")
}

// feilskriver husker den første skrivefeilen og skriver ikke mer etter den.
type feilskriver struct {
	w   io.Writer
	err error
}

func (f *feilskriver) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.w.Write(p)
	f.err = err
	return n, err
}

// MedIndeks setter «[i].» foran feltnavnet i en feil fra sak nummer i i en
// liste av saker.
func MedIndeks(i int, err error) error { return medPrefiks(fmt.Sprintf("[%d].", i), err) }
