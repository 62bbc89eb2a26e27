package tilskudd

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// UforeInput er faktaene Inntektsgrense trenger om én person med
// uføretrygd på én dato. Et faktum som mangler, regnes aldri som 0 eller
// «nei»: det gir en feil som navngir feltet der det trengs, eller «må
// vurderes» der svaret kan gis for hvert av de mulige svarene.
type UforeInput struct {
	// Dato er dagen grensen gjelder (påkrevd). Reglene og G slås opp på
	// den.
	Dato tiltak.Dato `json:"dato"`
	// Uforetrygd er gradert eller full uføretrygd (påkrevd). Ingen eller
	// forventet uføretrygd gir ingen inntektsgrense og er en feil.
	Uforetrygd tiltak.Uforetrygd `json:"uforetrygd"`
	// VTA er Ja når personen har fått innvilget varig tilrettelagt arbeid,
	// Nei når ikke, og Ukjent når det ikke er kjent (svaret gir da grensen
	// for begge tilfellene). Om VTA i ordinær virksomhet regnes med, sier
	// kildene ikke; det avgjør kalleren.
	VTA tiltak.Svar `json:"vta"`
	// InntektEtterUforhet er inntekten etter uførhet (IEU) i kroner per år,
	// slik NAV har fastsatt og oppjustert den (biblioteket oppjusterer
	// ikke). Påkrevd ved gradert uføretrygd. Ved full uføretrygd er den 0
	// og kan utelates; et annet beløp er en feil.
	InntektEtterUforhet decimal.NullDecimal `json:"inntekt_etter_uforhet"`
	// Virkningsdato er dagen uføretrygden ble innvilget med virkning fra.
	// Påkrevd fra 1. januar 2026 når personen ikke er i VTA: da avgjør den
	// om personen har hatt uføretrygd i 24 måneder.
	Virkningsdato tiltak.Dato `json:"virkningsdato,omitzero"`
	// OktUforegrad er Ja når uføregraden er økt etter Virkningsdato, Nei
	// når den ikke er det, og Ukjent når det ikke er kjent. En økning
	// starter de 24 månedene på nytt.
	OktUforegrad tiltak.Svar `json:"okt_uforegrad"`
	// OkningVirkningsdato er virkningsdatoen for den siste økningen av
	// uføregraden. Påkrevd når OktUforegrad er Ja og regelen om 24 måneder
	// gjelder; bare lov da.
	OkningVirkningsdato tiltak.Dato `json:"okning_virkningsdato,omitzero"`
}

// Grensevalg er én grense inntekten kan ha: fribeløpet, grensen og hva som
// må være sant for at den gjelder.
type Grensevalg struct {
	// AntallG er fribeløpet i antall G: 0,4 eller 1 (et antall G, ikke en
	// prosent).
	AntallG decimal.Decimal `json:"antall_g"`
	// Fribelop er AntallG × G, eksakt.
	Fribelop decimal.Decimal `json:"fribelop"`
	// LagtTilIEU er Ja når fribeløpet er lagt til inntekten etter uførhet,
	// Nei når fribeløpet er hele grensen, og Ukjent når det ikke betyr noe
	// (inntekten etter uførhet er 0) eller ikke er avgjort.
	LagtTilIEU tiltak.Svar `json:"lagt_til_ieu"`
	// Grense er grensen i kroner per kalenderår, eksakt (ikke rundet).
	Grense decimal.Decimal `json:"grense"`
	// Forelopig er grensen NAV reduserer uføretrygden etter før regelen
	// som gir grensen, trådte i kraft (1 G etter to år: inntekten etter
	// uførhet pluss 0,4 G fram til 1. oktober 2026 ifølge NAVs brev; deretter
	// økes de månedlige utbetalingene ut 2026, og bare det som da gjenstår,
	// betales i etteroppgjøret). Ugyldig (null) ellers.
	Forelopig decimal.NullDecimal `json:"forelopig"`
	// Forutsetning sier når grensen gjelder, på norsk; tom når den gjelder
	// uten forbehold.
	Forutsetning string `json:"forutsetning,omitempty"`
	// Hjemler er paragrafversjonene grensen bygger på.
	Hjemler []tiltak.Hjemmel `json:"hjemler"`
}

// Inntektsgrensesvar er svaret fra Inntektsgrense.
type Inntektsgrensesvar struct {
	// Dato er dagen grensen gjelder.
	Dato tiltak.Dato `json:"dato"`
	// Begrep er lovens ord for grensen på datoen: "inntektsgrense" før 1.
	// juli 2026, "bunnfradrag" fra da.
	Begrep string `json:"begrep"`
	// G er grunnbeløpet på datoen (skifter 1. mai).
	G decimal.Decimal `json:"g"`
	// InntektEtterUforhet er inntekten etter uførhet som er brukt (0 ved
	// full uføretrygd).
	InntektEtterUforhet decimal.Decimal `json:"inntekt_etter_uforhet"`
	// Utfall er Oppfylt når grensen er fastsatt (ett beløp i Grense), og
	// MaVurderes når den avhenger av noe som ikke er kjent eller som
	// kildene ikke avgjør; Mulige gir da hver grense den kan være, og
	// Forklaring hvorfor. IkkeOppfylt brukes ikke.
	Utfall regler.Utfall `json:"utfall"`
	// Grense er grensen i kroner per kalenderår når den er fastsatt;
	// ugyldig (null i JSON, aldri 0) når den må vurderes. Den er eksakt:
	// kildene gir ingen avrundingsregel (NAVs modell lagrer hele kroner,
	// men sier ikke hvordan), så biblioteket runder ikke.
	Grense decimal.NullDecimal `json:"grense"`
	// AntallG, Fribelop og Forelopig er som i Grensevalg når de er like i
	// alle mulige grenser; ugyldige ellers.
	AntallG   decimal.NullDecimal `json:"antall_g"`
	Fribelop  decimal.NullDecimal `json:"fribelop"`
	Forelopig decimal.NullDecimal `json:"forelopig"`
	// Mulige er grensene det kan være, med forutsetningene; ett element når
	// grensen er fastsatt uten forbehold.
	Mulige []Grensevalg `json:"mulige"`
	// ToArFra er første dag med fribeløp 1 G etter to år med uføretrygd
	// (virkningsdatoen, eller virkningsdatoen for siste økning, pluss 24
	// måneder), når regelen gjelder på datoen og dagen er kjent; ellers
	// null.
	ToArFra tiltak.Dato `json:"to_ar_fra,omitzero"`
	// Hjemler er alle paragrafversjonene svaret bygger på.
	Hjemler []tiltak.Hjemmel `json:"hjemler"`
	// Uverifisert er alltid sann: ingen av reglene bygger på lest lovtekst
	// (se regler.Fribelopsregel).
	Uverifisert bool `json:"uverifisert"`
	// FraUkjent er sann når en regel svaret bygger på, ikke har kjent
	// første dag (inntekten etter uførhet pluss 0,4 G og 1 G i VTA er
	// modellert fra 1. januar 2015 uten at noen kilde sier det uttrykkelig).
	FraUkjent bool `json:"fra_ukjent"`
	// Forklaring sier svaret på norsk.
	Forklaring string `json:"forklaring"`
	// Merknad sier det kildene ikke avgjør og det biblioteket ikke regner.
	Merknad string `json:"merknad"`
}

// uforeMerknad er det kildene ikke avgjør, og som gjelder hvert svar.
const uforeMerknad = "Reglene er kjent fra NAVs brevmaler, Prop. 8 L (2025–2026), Prop. 4 L (2021–2022) og veiledningen «Aktører og tiltak» (seed 004), " +
	"ikke fra lest lovtekst. Grensen er oppgitt per kalenderår med G på datoen; når fribeløpet skifter i løpet av året, bruker NAV et gjennomsnitt " +
	"etter måneder, som ikke er regnet her. Grensen er ikke rundet (kildene gir ingen avrundingsregel). Et særskilt fribeløp på 60 000 kroner i NAVs brevmaler er ikke modellert."

// Inntektsgrense gir inntektsgrensen (fra 1. juli 2026 bunnfradraget) for
// en person med uføretrygd på datoen: den årlige inntekten personen kan ha
// før uføretrygden reduseres, med G fra StandardSatser. Reglene står i
// lovlaget (regler.Fribelopsregler), og hver av dem bygger på
// sekundærkilder:
//
//   - fra 1. januar 2015 (første dag kildene ikke gir): inntekten etter
//     uførhet pluss et fribeløp på 0,4 G (folketrygdloven § 12-14 første
//     ledd). Ved full uføretrygd er inntekten etter uførhet 0, så grensen er
//     0,4 G, som veiledningen sier (seed 004);
//   - den som har fått innvilget VTA: fribeløp 1 G (seed 004). Kildene
//     avgjør ikke om 1 G legges til inntekten etter uførhet; ved gradert
//     uføretrygd med inntekt etter uførhet er svaret derfor må vurderes,
//     med begge grensene;
//   - fra 1. januar 2026 (i kraft 1. oktober 2026): fribeløp 1 G for den
//     som har hatt uføretrygd i 24 måneder uten økning i uføregraden, regnet
//     fra virkningsdatoen (eller den siste økningens virkningsdato), fra og
//     med dagen 24 måneder er gått (måneder regnes som i tiltak.Dato.AddMonths).
//     Personer i VTA påvirkes ikke. For en virkningsdato 29. februar er
//     28. februar to år etter ikke avgjort av kildene (må vurderes).
//     Før 1. oktober 2026 oppgir svaret også grensen NAV reduserer etter
//     fram til da (Forelopig).
//
// Feil (en *tiltak.FeltFeil som navngir feltet): manglende dato,
// uføretrygd eller inntekt etter uførhet ved gradert uføretrygd
// (ErrUkjentFaktum eller ErrMangler); manglende virkningsdato, eller
// virkningsdato for en økning, der regelen om 24 måneder trengs
// (ErrUkjentFaktum); inndata som ikke henger sammen (tiltak.ErrUgyldigFaktum,
// ErrUgyldigBelop); en dato før 1. januar 2015 (en *IkkeModellertFeil,
// ErrIkkeModellert) og en dato uten kjent G (ErrIngenSats).
func Inntektsgrense(in UforeInput) (Inntektsgrensesvar, error) { return standard.Inntektsgrense(in) }

// Inntektsgrense er som pakkefunksjonen Inntektsgrense, med G fra s.
func (s *Satser) Inntektsgrense(in UforeInput) (Inntektsgrensesvar, error) {
	if err := in.valider(); err != nil {
		return Inntektsgrensesvar{}, err
	}
	regs, err := regler.Fribelopsregler(in.Dato)
	if err != nil {
		return Inntektsgrensesvar{}, feltFeil("dato", in.Dato.String(), err.Error(), err)
	}
	g, err := s.G(in.Dato)
	if err != nil {
		return Inntektsgrensesvar{}, err
	}
	var alle, vta, toAr *regler.Fribelopsregel
	for i := range regs {
		switch regs[i].Gruppe {
		case regler.FribelopAlle:
			alle = &regs[i]
		case regler.FribelopVTA:
			vta = &regs[i]
		case regler.FribelopEtterToAr:
			toAr = &regs[i]
		}
	}
	if alle == nil || vta == nil {
		return Inntektsgrensesvar{}, ikkeModellert("dato", in.Dato.String(), "", in.Dato, "lovlaget har ingen regel om fribeløpet på datoen")
	}
	ieu := decimal.Zero
	if in.InntektEtterUforhet.Valid {
		ieu = in.InntektEtterUforhet.Decimal
	}
	b := grensebygger{g: g, ieu: ieu, alle: alle, toAr: toAr, dato: in.Dato}
	svar := Inntektsgrensesvar{Dato: in.Dato, Begrep: alle.Begrep, G: g, InntektEtterUforhet: ieu, Uverifisert: true, Merknad: uforeMerknad}
	if in.VTA != tiltak.Nei {
		b.vta(vta, in.VTA == tiltak.Ukjent)
	}
	if in.VTA != tiltak.Ja {
		if err := b.ikkeVTA(in, &svar); err != nil {
			return Inntektsgrensesvar{}, err
		}
	}
	svar.Mulige = b.valg
	for _, r := range regs {
		if r.FraUkjent && b.brukt(r.Hjemmel.ID) {
			svar.FraUkjent = true
		}
	}
	svar.fastsett(toAr)
	return svar, nil
}

// valider sjekker inndataene som ikke avhenger av reglene på datoen.
func (in *UforeInput) valider() error {
	if in.Dato.IsZero() {
		return feltFeil("dato", "", "mangler", ErrUkjentFaktum)
	}
	switch in.Uforetrygd {
	case tiltak.GradertUforetrygd, tiltak.FullUforetrygd:
	case tiltak.UforetrygdUkjent:
		return feltFeil("uforetrygd", "", "mangler; ventet gradert eller full", ErrUkjentFaktum)
	case tiltak.IngenUforetrygd, tiltak.UforetrygdForventet:
		return feltFeil("uforetrygd", in.Uforetrygd.String(), "personen mottar ikke uføretrygd, så det finnes ingen inntektsgrense; ventet gradert eller full", tiltak.ErrUgyldigFaktum)
	default:
		return feltFeil("uforetrygd", in.Uforetrygd.String(), "ukjent verdi; ventet gradert eller full", tiltak.ErrUgyldigFaktum)
	}
	if !in.VTA.Gyldig() {
		return feltFeil("vta", in.VTA.String(), "ukjent svar; ventet ja, nei eller ukjent", tiltak.ErrUgyldigFaktum)
	}
	if !in.OktUforegrad.Gyldig() {
		return feltFeil("okt_uforegrad", in.OktUforegrad.String(), "ukjent svar; ventet ja, nei eller ukjent", tiltak.ErrUgyldigFaktum)
	}
	n := in.InntektEtterUforhet
	switch {
	case n.Valid:
		if err := sjekkBelop("inntekt_etter_uforhet", n.Decimal, true); err != nil {
			return err
		}
		if in.Uforetrygd == tiltak.FullUforetrygd && !n.Decimal.IsZero() {
			return feltFeil("inntekt_etter_uforhet", n.Decimal.String(),
				"ved full uføretrygd er inntekten etter uførhet 0 (alle med 100 prosent uføretrygd har fribeløpet som hele grensen); oppgi gradert uføretrygd eller utelat beløpet", ErrUgyldigBelop)
		}
	case in.Uforetrygd == tiltak.GradertUforetrygd:
		return feltFeil("inntekt_etter_uforhet", "", "mangler; ved gradert uføretrygd er grensen inntekten etter uførhet pluss fribeløpet, og en manglende inntekt regnes ikke som 0", ErrMangler)
	}
	if !in.Virkningsdato.IsZero() && in.Virkningsdato.After(in.Dato) {
		return feltFeil("virkningsdato", in.Virkningsdato.String(), "er etter datoen "+in.Dato.String()+"; personen har ikke uføretrygd ennå", tiltak.ErrUgyldigFaktum)
	}
	if d := in.OkningVirkningsdato; !d.IsZero() {
		switch {
		case in.OktUforegrad != tiltak.Ja:
			return feltFeil("okning_virkningsdato", d.String(), "er oppgitt, men okt_uforegrad er ikke ja", tiltak.ErrUgyldigFaktum)
		case d.After(in.Dato):
			return feltFeil("okning_virkningsdato", d.String(), "er etter datoen "+in.Dato.String(), tiltak.ErrUgyldigFaktum)
		case !in.Virkningsdato.IsZero() && d.Before(in.Virkningsdato):
			return feltFeil("okning_virkningsdato", d.String(), "er før virkningsdatoen "+in.Virkningsdato.String(), tiltak.ErrUgyldigFaktum)
		}
	}
	return nil
}

// grensebygger samler de mulige grensene.
type grensebygger struct {
	g, ieu     decimal.Decimal
	alle, toAr *regler.Fribelopsregel
	dato       tiltak.Dato
	valg       []Grensevalg
}

// antallG gir en prosent av G som et antall G: 40 → 0,4.
func antallG(prosent int64) decimal.Decimal { return decimal.New(prosent, -2) }

// legg legger til en mulig grense; en grense med samme beløp, fribeløp og
// foreløpige grense som en som finnes, slås sammen med den.
func (b *grensebygger) legg(v Grensevalg) {
	for i := range b.valg {
		w := &b.valg[i]
		if w.Grense.Equal(v.Grense) && w.AntallG.Equal(v.AntallG) && w.LagtTilIEU == v.LagtTilIEU &&
			w.Forelopig.Valid == v.Forelopig.Valid && w.Forelopig.Decimal.Equal(v.Forelopig.Decimal) {
			for _, h := range v.Hjemler {
				if !slices.Contains(w.Hjemler, h) {
					w.Hjemler = append(w.Hjemler, h)
				}
			}
			switch {
			case w.Forutsetning == "" || v.Forutsetning == "":
				w.Forutsetning = ""
			case w.Forutsetning != v.Forutsetning:
				w.Forutsetning += ", eller " + v.Forutsetning
			}
			return
		}
	}
	b.valg = append(b.valg, v)
}

// brukt sier om en mulig grense bygger på hjemmelen med id-en.
func (b *grensebygger) brukt(id string) bool {
	for _, v := range b.valg {
		for _, h := range v.Hjemler {
			if h.ID == id {
				return true
			}
		}
	}
	return false
}

// vta legger til grensen for en person i VTA (ukjent: hvis personen er i
// VTA).
func (b *grensebygger) vta(r *regler.Fribelopsregel, ukjent bool) {
	hjemler := []tiltak.Hjemmel{r.Hjemmel}
	if b.toAr != nil {
		// Regelen om 1 G etter to år sier at VTA ikke påvirkes.
		hjemler = append(hjemler, b.toAr.Hjemmel)
	}
	forutsetning := ""
	if ukjent {
		forutsetning = "hvis personen har fått innvilget VTA"
	}
	antall := antallG(r.Prosent)
	fri := b.g.Mul(antall)
	if b.ieu.IsZero() {
		b.legg(Grensevalg{AntallG: antall, Fribelop: fri, LagtTilIEU: tiltak.Ukjent, Grense: fri, Forutsetning: forutsetning, Hjemler: hjemler})
		return
	}
	lesninger := []tiltak.Svar{r.LeggesTilIEU}
	if r.LeggesTilIEU == tiltak.Ukjent {
		lesninger = []tiltak.Svar{tiltak.Ja, tiltak.Nei}
	}
	for _, l := range lesninger {
		v := Grensevalg{AntallG: antall, Fribelop: fri, LagtTilIEU: l, Grense: fri, Forutsetning: forutsetning, Hjemler: hjemler}
		tekst := "hvis 1 G er hele grensen (kildene avgjør ikke om den legges til inntekten etter uførhet)"
		if l == tiltak.Ja {
			v.Grense = b.ieu.Add(fri)
			tekst = "hvis 1 G legges til inntekten etter uførhet (kildene avgjør det ikke)"
		}
		v.Forutsetning = strings.TrimPrefix(forutsetning+", "+tekst, ", ")
		b.legg(v)
	}
}

// fribelop legger til grensen med fribeløpet fra regelen r (en person som
// ikke er i VTA); foreløpig er sann når r har virkning, men ikke er i kraft
// på datoen.
func (b *grensebygger) fribelop(r *regler.Fribelopsregel, forutsetning string) {
	antall := antallG(r.Prosent)
	fri := b.g.Mul(antall)
	v := Grensevalg{AntallG: antall, Fribelop: fri, LagtTilIEU: tiltak.Ja, Grense: b.ieu.Add(fri), Forutsetning: forutsetning,
		Hjemler: []tiltak.Hjemmel{b.alle.Hjemmel}}
	if b.toAr != nil {
		v.Hjemler = append(v.Hjemler, b.toAr.Hjemmel)
	}
	if r.Gruppe == regler.FribelopEtterToAr && b.dato.Before(r.IKraft) {
		v.Forelopig = decimal.NewNullDecimal(b.ieu.Add(b.g.Mul(antallG(b.alle.Prosent))))
	}
	b.legg(v)
}

// ikkeVTA legger til grensen for en person som ikke er i VTA (eller kan
// være det ikke).
func (b *grensebygger) ikkeVTA(in UforeInput, svar *Inntektsgrensesvar) error {
	forutsetning := ""
	if in.VTA == tiltak.Ukjent {
		forutsetning = "hvis personen ikke er i VTA"
	}
	med := func(tekst string) string {
		if forutsetning == "" {
			return tekst
		}
		if tekst == "" {
			return forutsetning
		}
		return forutsetning + ", " + tekst
	}
	if b.toAr == nil {
		b.fribelop(b.alle, forutsetning)
		return nil
	}
	if in.Virkningsdato.IsZero() {
		return feltFeil("virkningsdato", "", "mangler; fra "+b.toAr.Fra.String()+" avhenger fribeløpet av om personen har hatt uføretrygd i 24 måneder", ErrUkjentFaktum)
	}
	start := in.Virkningsdato
	if in.OktUforegrad == tiltak.Ja {
		if in.OkningVirkningsdato.IsZero() {
			return feltFeil("okning_virkningsdato", "", "mangler; en økning i uføregraden starter de 24 månedene på nytt fra økningens virkningsdato", ErrUkjentFaktum)
		}
		start = in.OkningVirkningsdato
	}
	utfall, fra := toAr(start, in.Dato, b.toAr.EtterManeder)
	svar.ToArFra = fra
	switch utfall {
	case regler.IkkeOppfylt:
		b.fribelop(b.alle, med(""))
	case regler.Oppfylt:
		if in.OktUforegrad == tiltak.Ukjent {
			// En økning de siste 24 månedene ville gitt en ny periode med 0,4 G.
			b.fribelop(b.toAr, med("hvis uføregraden ikke er økt de siste 24 månedene"))
			b.fribelop(b.alle, med("hvis uføregraden er økt de siste 24 månedene"))
			svar.ToArFra = tiltak.Dato{}
		} else {
			b.fribelop(b.toAr, med(""))
		}
	default:
		// 29. februar + 24 måneder: kildene sier ikke om to år er gått 28.
		// februar.
		b.fribelop(b.toAr, med("hvis to år fra "+start.String()+" er gått "+in.Dato.String()))
		b.fribelop(b.alle, med("hvis to år fra "+start.String()+" først er gått "+in.Dato.AddDays(1).String()))
	}
	return nil
}

// toAr sier om n måneder med uføretrygd fra start er gått på datoen d, og
// gir første dag de er gått. Månedene regnes som i tiltak.Dato.AddMonths
// (klemming til siste dag i måneden). Finnes ikke dagen i målmåneden (29.
// februar), sier kildene ikke om de er gått på den klemte dagen: da gir
// den dagen MaVurderes.
func toAr(start, d tiltak.Dato, n int) (regler.Utfall, tiltak.Dato) {
	fra := start.AddMonths(n)
	seneste := fra
	if start.Dag() != fra.Dag() {
		seneste = fra.AddDays(start.Dag() - fra.Dag())
	}
	switch {
	case d.Before(fra):
		return regler.IkkeOppfylt, fra
	case d.Before(seneste):
		return regler.MaVurderes, fra
	}
	return regler.Oppfylt, fra
}

// fastsett setter utfallet, grensen og forklaringen av de mulige grensene.
func (svar *Inntektsgrensesvar) fastsett(toAr *regler.Fribelopsregel) {
	v := svar.Mulige
	svar.Utfall = regler.Oppfylt
	likAntall, likForelopig := true, true
	for i := range v {
		if !v[i].Grense.Equal(v[0].Grense) {
			svar.Utfall = regler.MaVurderes
		}
		if !v[i].AntallG.Equal(v[0].AntallG) {
			likAntall = false
		}
		if v[i].Forelopig.Valid != v[0].Forelopig.Valid || !v[i].Forelopig.Decimal.Equal(v[0].Forelopig.Decimal) {
			likForelopig = false
		}
		for _, h := range v[i].Hjemler {
			if !slices.Contains(svar.Hjemler, h) {
				svar.Hjemler = append(svar.Hjemler, h)
			}
		}
	}
	begrep := "Inntektsgrensen"
	if svar.Begrep == "bunnfradrag" {
		begrep = "Bunnfradraget"
	}
	if svar.Utfall == regler.MaVurderes {
		deler := make([]string, len(v))
		for i := range v {
			deler[i] = kroner(v[i].Grense) + " (fribeløp " + antallGTekst(v[i].AntallG) + ") " + v[i].Forutsetning
		}
		svar.Forklaring = begrep + " må vurderes: " + strings.Join(deler, "; ") + "."
		return
	}
	svar.Grense = decimal.NewNullDecimal(v[0].Grense)
	if likAntall {
		svar.AntallG, svar.Fribelop = decimal.NewNullDecimal(v[0].AntallG), decimal.NewNullDecimal(v[0].Fribelop)
	}
	if likForelopig {
		svar.Forelopig = v[0].Forelopig
	}
	var f strings.Builder
	f.WriteString(begrep + " er " + kroner(v[0].Grense))
	switch {
	case !likAntall:
		f.WriteString(" uansett hvilken av reglene som gjelder")
	case v[0].LagtTilIEU == tiltak.Ja:
		f.WriteString(": inntekten etter uførhet (" + kroner(svar.InntektEtterUforhet) + ") pluss fribeløpet " + antallGTekst(v[0].AntallG) + " (" + kroner(v[0].Fribelop) + ")")
	case v[0].LagtTilIEU == tiltak.Nei:
		f.WriteString(": fribeløpet " + antallGTekst(v[0].AntallG) + " er hele grensen")
	default:
		f.WriteString(": fribeløpet " + antallGTekst(v[0].AntallG) + " (inntekten etter uførhet er 0)")
	}
	if len(v) == 1 && v[0].Forutsetning != "" {
		f.WriteString(", " + v[0].Forutsetning)
	}
	f.WriteString(".")
	if svar.Forelopig.Valid && toAr != nil {
		f.WriteString(" Ifølge NAVs brev har regelen om 1 G etter to år virkning fra " + toAr.Fra.Norsk() + " og trer i kraft " + toAr.IKraft.Norsk() +
			"; fram til da reduserer NAV uføretrygden etter en grense på " + kroner(svar.Forelopig.Decimal) +
			", og deretter økes de månedlige utbetalingene ut året; bare det som da gjenstår, betales i etteroppgjøret.")
	}
	svar.Forklaring = f.String()
}

// antallGTekst gir et antall G på norsk: «0,4 G», «1 G».
func antallGTekst(a decimal.Decimal) string {
	return strings.Replace(a.String(), ".", ",", 1) + " G"
}

// kroner gir et beløp på norsk med mellomrom som tusenskille og komma før
// desimalene: «54 619,6 kr».
func kroner(d decimal.Decimal) string {
	s := d.String()
	heltall, desimaler, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range heltall {
		if i > 0 && (len(heltall)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	if desimaler != "" {
		b.WriteString("," + desimaler)
	}
	return b.String() + " kr"
}

// Inntektsvurdering er svaret fra VurderUforeInntekt: grensen og om
// inntekten er over den.
type Inntektsvurdering struct {
	Inntektsgrensesvar
	// Inntekt er årsinntekten som er vurdert.
	Inntekt decimal.Decimal `json:"inntekt"`
	// Innenfor sier om inntekten holder seg innenfor grensen: Oppfylt når
	// den ikke er over noen av de mulige grensene, IkkeOppfylt når den er
	// over grensen (over hver mulig grense når grensen må vurderes), og
	// MaVurderes når den ligger mellom de mulige grensene. Inntekt lik
	// grensen er innenfor. (Det innebygde Utfall sier om grensen selv er
	// fastsatt.)
	Innenfor regler.Utfall `json:"innenfor"`
	// Overskytende er inntekten over grensen når grensen er fastsatt:
	// max(0, inntekt − grense), eksakt; ugyldig (null) ellers.
	Overskytende decimal.NullDecimal `json:"overskytende"`
}

// VurderUforeInntekt sier om en årsinntekt er over inntektsgrensen for
// personen i in (se Inntektsgrense), med G fra StandardSatser. Ingen
// avrunding. En negativ inntekt gir en *tiltak.FeltFeil for "inntekt" som
// pakker ErrUgyldigBelop; feilene fra Inntektsgrense gjelder også.
func VurderUforeInntekt(inntekt decimal.Decimal, in UforeInput) (Inntektsvurdering, error) {
	return standard.VurderUforeInntekt(inntekt, in)
}

// VurderUforeInntekt er som pakkefunksjonen VurderUforeInntekt, med G fra s.
func (s *Satser) VurderUforeInntekt(inntekt decimal.Decimal, in UforeInput) (Inntektsvurdering, error) {
	if err := sjekkBelop("inntekt", inntekt, true); err != nil {
		return Inntektsvurdering{}, err
	}
	g, err := s.Inntektsgrense(in)
	if err != nil {
		return Inntektsvurdering{}, err
	}
	v := Inntektsvurdering{Inntektsgrensesvar: g, Inntekt: inntekt}
	over, ikkeOver := 0, 0
	for _, m := range g.Mulige {
		if inntekt.Cmp(m.Grense) > 0 {
			over++
		} else {
			ikkeOver++
		}
	}
	switch {
	case ikkeOver == 0:
		v.Innenfor = regler.IkkeOppfylt
	case over == 0:
		v.Innenfor = regler.Oppfylt
	default:
		v.Innenfor = regler.MaVurderes
	}
	if g.Grense.Valid {
		v.Overskytende = decimal.NewNullDecimal(decimal.Max(decimal.Zero, inntekt.Sub(g.Grense.Decimal)))
	}
	return v, nil
}
