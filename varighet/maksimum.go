package varighet

import (
	"errors"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Utvidelse er én forlengelse vurdert for en person: vilkårets utfall (med
// faktaene som mangler) og siste sluttdag når forlengelsen gis.
type Utvidelse struct {
	Forlengelse Forlengelse `json:"forlengelse"`
	// Spor er vurderingen av vilkåret. Spor.Utfall() er oppfylt, ikke
	// oppfylt eller må vurderes.
	Spor regler.Sporpunkt `json:"spor"`
	// SisteDag er siste tillatte sluttdag med forlengelsen, etter fradrag for
	// tidligere perioder. Nullverdien betyr at tidligere perioder har brukt
	// opp hele rammen.
	SisteDag tiltak.Dato `json:"siste_dag,omitzero"`
}

// Takvurdering er ett tak vurdert for en person: vilkårets utfall og dagen
// taket setter.
type Takvurdering struct {
	Tak Tak `json:"tak"`
	// Spor er vurderingen av vilkåret for taket (for eksempel at
	// ansettelsen er midlertidig).
	Spor regler.Sporpunkt `json:"spor"`
	// SisteDag er siste sluttdag når taket gjelder.
	SisteDag tiltak.Dato `json:"siste_dag,omitzero"`
}

// Praksisgrense er en praksisgrense (regler.Praksisgrense) regnet ut for en
// startdato.
type Praksisgrense struct {
	regler.Praksisgrense
	// SisteDag er siste tillatte sluttdag etter praksisen, eller nullverdien
	// når praksisen ikke setter en sluttdag.
	SisteDag tiltak.Dato `json:"siste_dag,omitzero"`
	// FastSluttdag er sann når SisteDag er en fast dag i året (sommerjobbens
	// 27. september) og ikke følger av en lengde.
	FastSluttdag bool `json:"fast_sluttdag,omitempty"`
}

// praksisSisteDag gir siste tillatte sluttdag etter praksisen for en avtale
// som starter på start, eller nullverdien når praksisen ikke setter en.
func praksisSisteDag(p *regler.Praksisgrense, start tiltak.Dato) tiltak.Dato {
	var e tiltak.Dato
	if !p.Maks.IsZero() {
		if p.UtenMinusEnDag {
			e = start.Add(p.Maks)
		} else {
			e = start.SisteDag(p.Maks)
		}
	}
	if p.SluttManed != 0 {
		g, err := tiltak.NyDato(start.Aar(), p.SluttManed, p.SluttDag)
		if err == nil && (e.IsZero() || g.Before(e)) {
			e = g
		}
	}
	return e
}

// Resultat er svaret fra Maksimum.
type Resultat struct {
	Tiltak tiltak.Kode `json:"tiltak"`         // tiltaket
	Start  tiltak.Dato `json:"start,omitzero"` // startdatoen det er regnet fra
	// IkkeModellert er sann når ingen varighetsregel er modellert for
	// tiltaket på startdatoen. Resultatet har da bare Tiltak, Start og
	// MedPraksis; Feil gir feilen som sier hvorfor. AppendMaksimumAlle gir
	// et slikt resultat for tiltaket, og Maksimum og MaksimumTil gir det
	// samme resultatet sammen med feilen.
	IkkeModellert bool `json:"ikke_modellert,omitempty"`
	// MedPraksis er sann når svaret er regnet med Valg.MedPraksis: NAVs
	// praksis leser faktaene (se UtledetArbeidsevne).
	MedPraksis bool `json:"med_praksis,omitempty"`
	// RegelID, Hjemmel, Fra og Til identifiserer regelversjonen som ble brukt.
	RegelID string         `json:"regel_id,omitempty"`
	Hjemmel tiltak.Hjemmel `json:"hjemmel,omitzero"`
	Fra     tiltak.Dato    `json:"fra,omitzero"`
	Til     tiltak.Dato    `json:"til,omitzero"`
	Type    Type           `json:"type,omitzero"` // hva slags varighetsregel det er (nullverdien når IkkeModellert)
	// Uverifisert er sann når regelen bygger på tekst som ikke er lest.
	Uverifisert bool `json:"uverifisert,omitempty"`
	// Ordinaer er ordinær maksimal varighet og OrdinaerSlutt siste dag uten
	// forlengelse (etter fradrag for tidligere perioder).
	Ordinaer      tiltak.Lengde `json:"ordinaer,omitempty"`
	OrdinaerSlutt tiltak.Dato   `json:"ordinaer_slutt,omitzero"`
	// Forlengelser er hver forlengelse med vilkårets utfall og siste dag.
	Forlengelser []Utvidelse `json:"forlengelser,omitempty"`
	// Tak er hvert tak med vilkårets utfall og dagen det setter (fireårig
	// lønnstilskudd: to år ved midlertidig ansettelse).
	Tak []Takvurdering `json:"tak,omitempty"`
	// SisteSluttOppfylt er siste tillatte sluttdag med forlengelsene som er
	// oppfylt: det faktaene avgjør, uten skjønn. SisteSluttMulig er siste
	// tillatte sluttdag når hver forlengelse som må vurderes også gis (fordi
	// NAV utøver skjønnet, eller fordi et faktum som mangler, viser seg å
	// holde): den absolutt siste sluttdatoen. Er de ulike, avhenger
	// tiltakets lengde av vilkårene Apne gir. En forlengelse som bygger på
	// en forlengelse etter skjønn (AFT: det tredje året kommer i tillegg til
	// det andre, som beror på behov), er oppfylt først når skjønnet er
	// utøvd; lovlaget gir den må vurderes også når faktumet den krever, er
	// ja, og den teller da bare i SisteSluttMulig.
	SisteSluttOppfylt tiltak.Dato `json:"siste_slutt_oppfylt,omitzero"`
	SisteSluttMulig   tiltak.Dato `json:"siste_slutt_mulig,omitzero"`
	// OppfyltUtenGrense er sann når en forlengelse uten fastsatt lengde er
	// oppfylt (Forlengelse.UtenGrense): forskriften setter da ingen siste
	// sluttdag, og SisteSluttOppfylt og SisteSluttMulig er ikke grenser.
	// MuligUtenGrense er det samme for en slik forlengelse som må vurderes:
	// SisteSluttMulig er da ikke en grense.
	OppfyltUtenGrense bool `json:"oppfylt_uten_grense,omitempty"`
	MuligUtenGrense   bool `json:"mulig_uten_grense,omitempty"`
	// Sluttgrense er en fast sluttgrense som kapper alle sluttdatoer
	// (fireårig lønnstilskudd: 31. desember 2032; ungdomsgarantien: dagen
	// før 30-årsdagen), eller nullverdien.
	Sluttgrense tiltak.Dato `json:"sluttgrense,omitzero"`
	// Tidligere sier om tidligere perioder teller og hvorfor; TidligereDager
	// er antall ulike dager før start som ble trukket fra.
	Tidligere      Tidligere `json:"tidligere"`
	TidligereDager int       `json:"tidligere_dager,omitempty"`
	// Praksis er praksisgrensene for tiltaket, adskilt fra forskriften. De
	// står her med og uten Valg.MedPraksis, og kapper aldri sluttdatoene
	// over; Kontroller melder brudd på dem merket Praksis.
	Praksis []Praksisgrense `json:"praksis,omitempty"`
	// UtledetArbeidsevne er arbeidsevnen vilkårene leste når den ikke er
	// oppgitt, men utledet av innsatsgruppen etter NAVs praksis (bare med
	// Valg.MedPraksis; se Arbeidsevne), og Utledning er hjemmelen for
	// praksisen. Begge er nullverdien når faktaene er lest som de er gitt.
	UtledetArbeidsevne tiltak.Arbeidsevne `json:"utledet_arbeidsevne,omitempty"`
	Utledning          tiltak.Hjemmel     `json:"utledning,omitzero"`
	// Mangler er faktaene som mangler for å avgjøre svaret: fødselsdatoen
	// for en aldersgrense (ungdomsgarantien), og faktaene vilkårene for
	// forlengelser og tak som må vurderes, leser. Tom når bare skjønn
	// gjenstår. Brudd.Mangler fra Kontroller er de av dem som gjelder
	// forlengelsene og takene en foreslått periode trenger.
	Mangler tiltak.Faktasett `json:"mangler,omitempty"`
	// Merknad forklarer regelens valg og usikkerhet, på norsk.
	Merknad string `json:"merknad,omitempty"`
}

// Feil gir feilen som sier at ingen varighetsregel er modellert for
// tiltaket på startdatoen (en *IkkeModellertFeil som pakker
// ErrIkkeModellert) når IkkeModellert er sann, ellers nil. Det er den samme
// feilen Maksimum gir for tiltaket og startdatoen, så ett tiltak og hele
// katalogen sier det samme på samme måte (som regler.Resultat.Feil).
func (r *Resultat) Feil() error {
	if !r.IkkeModellert {
		return nil
	}
	if _, err := regler.VarighetFor(r.Tiltak, r.Start); err != nil {
		return err
	}
	// Resultatet er endret etter at det ble gitt; det er fortsatt ikke
	// modellert, men grunnen er ikke kjent.
	return &IkkeModellertFeil{Tiltak: r.Tiltak, Dato: r.Start, Grunn: "ingen varighetsregel"}
}

// Apne gir forlengelsene med vilkår som må vurderes (taket som må vurderes
// står i ApneTak).
func (r *Resultat) Apne() []Utvidelse {
	var ut []Utvidelse
	for _, u := range r.Forlengelser {
		if u.Spor.Utfall() == regler.MaVurderes {
			ut = append(ut, u)
		}
	}
	return ut
}

// ApneTak gir takene med vilkår som må vurderes.
func (r *Resultat) ApneTak() []Takvurdering {
	var ut []Takvurdering
	for _, t := range r.Tak {
		if t.Spor.Utfall() == regler.MaVurderes {
			ut = append(ut, t)
		}
	}
	return ut
}

// Spor gir sporpunktene for forlengelsenes vilkår i rekkefølge, så takenes.
func (r *Resultat) Spor() []regler.Sporpunkt {
	ut := make([]regler.Sporpunkt, 0, len(r.Forlengelser)+len(r.Tak))
	for _, u := range r.Forlengelser {
		ut = append(ut, u.Spor)
	}
	for _, t := range r.Tak {
		ut = append(ut, t.Spor)
	}
	return ut
}

// Maksimum gir maksimal varighet for tiltaket kode for en person med faktaene
// f og en deltakelse som starter på start, etter forskriften alene: ordinær
// sluttdato, siste sluttdato med hver forlengelse, siste sluttdato med
// forlengelsene som er oppfylt (SisteSluttOppfylt) og den absolutt siste
// sluttdatoen, også med forlengelser som må vurderes (SisteSluttMulig). Se
// MaksimumMed for NAVs praksis.
//
// Regelversjonen velges etter startdatoen. tidligere er tidligere perioder
// i samme tiltak; de trekkes fra (dager som overlapper telles én gang, og
// dager fra og med start telles ikke) bare når regelen taler om samlet
// varighet (Resultat.Tidligere sier hvorfor).
//
// f kan være nil (alle fakta ukjente). Feil: en *tiltak.FeltFeil for ukjent
// kode, manglende start, ugyldige fakta eller ugyldige tidligere perioder
// (feltet «tidligere[i].til»); da er resultatet tomt. En startdato ingen
// regel er modellert for gir en *IkkeModellertFeil (ErrIkkeModellert), og
// sammen med den det samme resultatet AppendMaksimumAlle gir for tiltaket:
// IkkeModellert satt, og Resultat.Feil gir den samme feilen. Ett tiltak og
// hele katalogen svarer altså likt, som regler.Vurder og regler.VurderAlle.
//
// Skivene i svaret (Forlengelser, Tak og Praksis) er nye ved hvert kall og
// er nil når de er tomme; det er de eneste allokeringene. MaksimumTil
// gjenbruker dem fra kall til kall, og AppendMaksimumAlle gir svaret for
// alle tiltak på én gang.
func Maksimum(kode tiltak.Kode, f *tiltak.Fakta, start tiltak.Dato, tidligere ...tiltak.Periode) (Resultat, error) {
	return MaksimumMed(kode, f, start, regler.Valg{}, tidligere...)
}

// MaksimumMed er Maksimum med valg, som regler.VurderMed. Med
// valg.MedPraksis leser vilkårene faktaene slik NAV gjør: er arbeidsevnen
// ikke oppgitt, utledes nedsatt arbeidsevne av innsatsgruppen (se
// Arbeidsevne; Resultat.UtledetArbeidsevne og Resultat.Utledning sier at
// det er gjort). tilskudd.NySatsplanMed leser den samme arbeidsevnen med de
// samme valgene, så tilskuddsprosent og varighet aldri leser faktaene ulikt.
// Praksisgrensene (Resultat.Praksis) står i svaret med og uten praksis.
//
// valg.Sluttdato leses ikke: sluttdatoen er det Maksimum svarer på, og
// Kontroller sjekker en planlagt periode. En Sluttdato før start er likevel
// en feil for feltet «sluttdato», som i regler.VurderMed.
func MaksimumMed(kode tiltak.Kode, f *tiltak.Fakta, start tiltak.Dato, valg regler.Valg, tidligere ...tiltak.Periode) (Resultat, error) {
	var res Resultat
	err := MaksimumTil(&res, kode, f, start, valg, tidligere...)
	return res, err
}

// MaksimumTil er MaksimumMed som skriver svaret inn i *dst i stedet for å
// gi en ny verdi. Alle feltene i *dst skrives over, men plassen bak skivene
// Forlengelser, Tak og Praksis gjenbrukes, så et kall allokerer ikke når
// dst har vært brukt før til et tiltak med minst like mange forlengelser,
// tak og praksisgrenser. En tom skive kan derfor være tom uten å være nil.
// Ved feil er *dst tømt på samme måte (som nullverdien, men med plassen
// beholdt); når feilen er at regelen ikke er modellert, er *dst det
// flaggede resultatet (IkkeModellert satt), som i MaksimumMed. Feilene er
// de samme som MaksimumMed gir.
//
// Svaret deler plass med dst: et Resultat kalleren vil beholde etter neste
// kall med samme dst, må kopieres med skivene (eller hentes med Maksimum).
func MaksimumTil(dst *Resultat, kode tiltak.Kode, f *tiltak.Fakta, start tiltak.Dato, valg regler.Valg, tidligere ...tiltak.Periode) error {
	if f == nil {
		f = &ingenFakta
	}
	if err := f.Valider(); err != nil {
		dst.tom()
		return err
	}
	if err := sjekkValg(&valg, start); err != nil {
		dst.tom()
		return err
	}
	r, err := regler.VarighetFor(kode, start)
	if err != nil {
		// errors.Is allokerer ikke (errors.As med en peker ville gjort det).
		if errors.Is(err, ErrIkkeModellert) {
			dst.ikkeModellert(kode, start, valg)
		} else {
			dst.tom()
		}
		return err
	}
	g := nyttGrunnlag(f, valg)
	if err := beregn(dst, r, &g, start, tidligere); err != nil {
		dst.tom()
		return err
	}
	return nil
}

// AppendMaksimumAlle regner ut MaksimumMed for hvert tiltak i katalogen, i
// katalogens rekkefølge (tiltak.Koder), for de samme faktaene, den samme
// startdatoen og de samme valgene uten tidligere perioder, legger svarene
// til dst og gir den utvidede skiven. Hvert tiltak i katalogen er med: et
// tiltak som ikke har noen varighetsregel på startdatoen, har
// IkkeModellert satt, og Resultat.Feil gir feilen Maksimum gir for det. Et
// kall legger alltid til tiltak.AntallTiltak svar.
//
// Faktaene og valgene sjekkes én gang for alle tiltakene. Resultatene i
// dst sin ledige kapasitet (mellom len og cap) gjenbrukes med plassen bak
// skivene sine som i MaksimumTil, så et kall med dst[:0] fra et tidligere
// kall allokerer ikke (med valg.MedPraksis og en arbeidsevne som utledes
// av innsatsgruppen: én allokering, faktaene vilkårene leser). Svarene
// deler da plass med dst; se MaksimumTil.
//
// f kan være nil. Feil gis bare for ugyldige fakta (en *tiltak.FeltFeil),
// en manglende startdato (en *tiltak.FeltFeil for «start») og en
// valg.Sluttdato før start (for «sluttdato»); da er dst uendret.
func AppendMaksimumAlle(dst []Resultat, f *tiltak.Fakta, start tiltak.Dato, valg regler.Valg) ([]Resultat, error) {
	if f == nil {
		f = &ingenFakta
	}
	if err := f.Valider(); err != nil {
		return dst, err
	}
	if start.IsZero() {
		return dst, &tiltak.FeltFeil{Felt: "start", Grunn: "mangler", Err: tiltak.ErrUgyldigDato}
	}
	if err := sjekkValg(&valg, start); err != nil {
		return dst, err
	}
	g := nyttGrunnlag(f, valg)
	// Reglene for alle tiltak hentes i én gjennomgang av katalogen, uten å
	// slå opp kodene; de kommer i katalogens rekkefølge, og et tiltak uten
	// regel på datoen er hoppet over.
	var rb [tiltak.AntallTiltak]regler.Varighet
	rl := regler.AppendVarigheter(rb[:0], start)
	j := 0
	for _, kode := range katalogKoder {
		n := len(dst)
		if n < cap(dst) {
			dst = dst[:n+1]
		} else {
			dst = append(dst, Resultat{})
		}
		if j < len(rl) && rl[j].Tiltak() == kode {
			// Uten tidligere perioder kan beregn ikke feile.
			_ = beregn(&dst[n], rl[j], &g, start, nil)
			j++
			continue
		}
		dst[n].ikkeModellert(kode, start, valg)
	}
	return dst, nil
}

// katalogKoder er kodene i katalogen, i rekkefølge. Den leses bare.
var katalogKoder = tiltak.Koder()

// sjekkValg sjekker valgene mot startdatoen: en planlagt sluttdato kan ikke
// være før start (som i regler).
func sjekkValg(valg *regler.Valg, start tiltak.Dato) error {
	if !valg.Sluttdato.IsZero() && !start.IsZero() && valg.Sluttdato.Before(start) {
		return &tiltak.FeltFeil{Felt: "sluttdato", Verdi: valg.Sluttdato.String(), Grunn: "er før startdatoen " + start.String(), Err: tiltak.ErrUgyldigDato}
	}
	return nil
}

// Arbeidsevne gir arbeidsevnen varighetsreglene leser for faktaene f med
// valgene, og hjemmelen når den er utledet etter NAVs praksis: den
// oppgitte (f.Arbeidsevne) når den er kjent; ellers, bare med
// valg.MedPraksis, den NAV utleder av innsatsgruppen (nedsatt for trenger
// veiledning med nedsatt arbeidsevne, jobbe delvis og liten mulighet til å
// jobbe; ikke nedsatt for gode muligheter og trenger veiledning; se
// tiltak.Innsatsgruppe.NedsattArbeidsevne); ellers ukjent. Uten praksis
// gjetter den aldri: en ukjent arbeidsevne er ukjent, og vilkårene som
// leser den, må vurderes.
//
// tilskudd.NySatsplanMed velger satsvarianten med den samme funksjonen, så
// prosenten og varigheten leser den samme arbeidsevnen. f kan være nil.
func Arbeidsevne(f *tiltak.Fakta, valg regler.Valg) (tiltak.Arbeidsevne, tiltak.Hjemmel) {
	if f == nil {
		return tiltak.ArbeidsevneUkjent, tiltak.Hjemmel{}
	}
	if f.Arbeidsevne != tiltak.ArbeidsevneUkjent || !valg.MedPraksis {
		return f.Arbeidsevne, tiltak.Hjemmel{}
	}
	switch f.Innsatsgruppe.NedsattArbeidsevne() {
	case tiltak.Ja:
		return tiltak.NedsattArbeidsevne, praksisArbeidsevne
	case tiltak.Nei:
		return tiltak.IkkeNedsattArbeidsevne, praksisArbeidsevne
	}
	return tiltak.ArbeidsevneUkjent, tiltak.Hjemmel{}
}

// praksisArbeidsevne er NAVs utledning av nedsatt arbeidsevne fra
// innsatsgruppen. Id-en er den tilskudd har brukt for den samme praksisen
// i satsplanen.
var praksisArbeidsevne = tiltak.PraksisNAV("praksis-midl-innsatsgruppe", "nedsatt arbeidsevne og prosenten utledes av innsatsgruppen")

// ingenFakta er faktaene når kalleren gir nil: alle er ukjente. Den leses
// bare.
var ingenFakta tiltak.Fakta

// grunnlag er faktaene vilkårene vurderes mot, med valgene.
type grunnlag struct {
	f          *tiltak.Fakta
	medPraksis bool
	// utledet og utledning er arbeidsevnen NAVs praksis utledet og
	// hjemmelen, eller nullverdiene.
	utledet   tiltak.Arbeidsevne
	utledning tiltak.Hjemmel
}

// nyttGrunnlag gir grunnlaget for faktaene f med valgene. Utleder praksisen
// arbeidsevnen, leser vilkårene en kopi av faktaene med den (én
// allokering); ellers leses f som den er.
func nyttGrunnlag(f *tiltak.Fakta, valg regler.Valg) grunnlag {
	g := grunnlag{f: f, medPraksis: valg.MedPraksis}
	if a, h := Arbeidsevne(f, valg); a != f.Arbeidsevne {
		kopi := new(tiltak.Fakta)
		*kopi = *f
		kopi.Arbeidsevne = a
		g.f, g.utledet, g.utledning = kopi, a, h
	}
	return g
}

// evaluer vurderer vilkåret v på datoen d. Evaluer ser bare etter hvilke
// fakta som mangler når utfallet er må vurderes, så det er ikke noe å regne
// ut på forhånd.
func (g *grunnlag) evaluer(v *regler.Vilkar, d tiltak.Dato) regler.Sporpunkt {
	return v.Evaluer(g.f, d)
}

// ikkeModellert setter r til det flaggede resultatet for et tiltak uten
// varighetsregel på startdatoen, og beholder plassen bak skivene.
func (r *Resultat) ikkeModellert(kode tiltak.Kode, start tiltak.Dato, valg regler.Valg) {
	r.tom()
	r.Tiltak, r.Start, r.IkkeModellert, r.MedPraksis = kode, start, true, valg.MedPraksis
}

// tom setter r til nullverdien, men beholder plassen bak skivene.
func (r *Resultat) tom() {
	*r = Resultat{Forlengelser: r.Forlengelser[:0], Tak: r.Tak[:0], Praksis: r.Praksis[:0]}
}

// beregn regner ut svaret på Maksimum etter regelen r og skriver det inn i
// *res, som tømmes først (plassen bak skivene gjenbrukes).
func beregn(res *Resultat, r Regel, g *grunnlag, start tiltak.Dato, tidligere []tiltak.Periode) error {
	// Feltene skrives ett og ett (alle, også de som blir null), så
	// resultatet ikke bygges på stakken og kopieres.
	res.Tiltak, res.Start, res.RegelID, res.Hjemmel, res.Fra, res.Til = r.Tiltak(), start, r.ID(), r.Hjemmel(), r.Fra(), r.Til()
	res.IkkeModellert, res.MedPraksis, res.UtledetArbeidsevne, res.Utledning = false, g.medPraksis, tiltak.ArbeidsevneUkjent, tiltak.Hjemmel{}
	res.Type, res.Uverifisert, res.Ordinaer, res.Tidligere = r.Type(), r.Uverifisert(), r.Ordinaer(), r.Tidligere()
	res.Sluttgrense, res.Merknad = r.SenesteSlutt(), r.Merknad()
	res.OrdinaerSlutt, res.SisteSluttOppfylt, res.SisteSluttMulig = tiltak.Dato{}, tiltak.Dato{}, tiltak.Dato{}
	res.OppfyltUtenGrense, res.MuligUtenGrense = false, false
	res.TidligereDager, res.Mangler = 0, tiltak.Faktasett{}
	res.Forlengelser, res.Tak, res.Praksis = res.Forlengelser[:0], res.Tak[:0], res.Praksis[:0]
	brukt := 0
	if len(tidligere) > 0 {
		var err error
		if brukt, err = tidligereDager(tidligere, res.Fra, start); err != nil {
			return err
		}
	}
	// Tidligere dager trekkes bare fra rammene kildene omtaler som samlede.
	ordinaerBrukt := 0
	if res.Tidligere.Teller {
		ordinaerBrukt = brukt
		res.TidligereDager = brukt
	}
	n := r.AntallForlengelser()
	if brukt != 0 {
		for i := range n {
			if r.Forlengelse(i).TellerTidligere {
				res.TidligereDager = brukt
			}
		}
	}
	if res.Type == Aldersgrense {
		if g.f.Fodselsdato.IsZero() {
			res.Mangler = res.Mangler.Med(tiltak.FaktumFodselsdato)
		} else {
			res.Sluttgrense = tiltak.FyltAar(g.f.Fodselsdato, r.Alder()).AddDays(-1)
			if !res.Sluttgrense.Before(start) {
				res.SisteSluttOppfylt, res.SisteSluttMulig = res.Sluttgrense, res.Sluttgrense
			}
		}
	}
	if res.Type == Tidsbegrenset {
		res.OrdinaerSlutt = sluttdag(start, res.Ordinaer, ordinaerBrukt, res.Sluttgrense)
		res.SisteSluttOppfylt, res.SisteSluttMulig = res.OrdinaerSlutt, res.OrdinaerSlutt
		// Forlengelsene og takene skrives rett inn i skivene (som kan
		// gjenbruke plass fra et tidligere kall).
		if n > 0 {
			if cap(res.Forlengelser) >= n {
				res.Forlengelser = res.Forlengelser[:n]
			} else {
				res.Forlengelser = make([]Utvidelse, n)
			}
		}
		for i := range res.Forlengelser {
			u := &res.Forlengelser[i]
			u.Forlengelse = r.Forlengelse(i)
			fl := &u.Forlengelse
			u.Spor = g.evaluer(fl.Vilkar, start)
			u.SisteDag = tiltak.Dato{}
			if !fl.UtenGrense {
				fb := 0
				if fl.TellerTidligere {
					fb = brukt
				}
				u.SisteDag = sluttdag(start, fl.Samlet, fb, res.Sluttgrense)
			}
		}
		kappVedSamletRamme(res)
		for i := range res.Forlengelser {
			u := &res.Forlengelser[i]
			switch u.Spor.Utfall() {
			case regler.Oppfylt:
				res.SisteSluttOppfylt = senest(res.SisteSluttOppfylt, u.SisteDag)
				res.SisteSluttMulig = senest(res.SisteSluttMulig, u.SisteDag)
				if u.Forlengelse.UtenGrense {
					res.OppfyltUtenGrense, res.MuligUtenGrense = true, true
				}
			case regler.MaVurderes:
				res.SisteSluttMulig = senest(res.SisteSluttMulig, u.SisteDag)
				if u.Forlengelse.UtenGrense {
					res.MuligUtenGrense = true
				}
				res.Mangler = res.Mangler.Union(u.Spor.Mangler())
			}
		}
		if nt := r.AntallTak(); nt > 0 {
			if cap(res.Tak) >= nt {
				res.Tak = res.Tak[:nt]
			} else {
				res.Tak = make([]Takvurdering, nt)
			}
			for i := range res.Tak {
				tv := &res.Tak[i]
				tv.Tak = r.Tak(i)
				tv.Spor = g.evaluer(tv.Tak.Vilkar, start)
				tv.SisteDag = sluttdag(start, tv.Tak.Lengde, 0, res.Sluttgrense)
				switch tv.Spor.Utfall() {
				case regler.Oppfylt:
					// Taket gjelder: ingen sluttdag kan ligge etter det.
					res.OrdinaerSlutt = tidligst(res.OrdinaerSlutt, tv.SisteDag)
					res.SisteSluttOppfylt = tidligst(res.SisteSluttOppfylt, tv.SisteDag)
					res.SisteSluttMulig = tidligst(res.SisteSluttMulig, tv.SisteDag)
					for j := range res.Forlengelser {
						res.Forlengelser[j].SisteDag = tidligst(res.Forlengelser[j].SisteDag, tv.SisteDag)
					}
					res.OppfyltUtenGrense, res.MuligUtenGrense = false, false
				case regler.MaVurderes:
					// Taket kan gjelde: den sikre sluttdagen er kappet, den
					// mulige ikke.
					res.SisteSluttOppfylt = tidligst(res.SisteSluttOppfylt, tv.SisteDag)
					res.OppfyltUtenGrense = false
					res.Mangler = res.Mangler.Union(tv.Spor.Mangler())
				}
			}
		}
	}
	if res.Type == Tidsbegrenset && g.utledet != tiltak.ArbeidsevneUkjent && leserArbeidsevne(res) {
		res.UtledetArbeidsevne, res.Utledning = g.utledet, g.utledning
	}
	if r.HarPraksisgrenser() {
		// Praksisgrensene hentes inn i en buffer på stakken; tiltak med
		// praksisgrenser har én eller to.
		var buf [2]regler.Praksisgrense
		if pl := r.AppendPraksisgrenser(buf[:0], start); len(pl) > 0 {
			if cap(res.Praksis) >= len(pl) {
				res.Praksis = res.Praksis[:len(pl)]
			} else {
				res.Praksis = make([]Praksisgrense, len(pl))
			}
			for i := range pl {
				p, e := &pl[i], &res.Praksis[i]
				e.Praksisgrense = *p
				e.SisteDag = praksisSisteDag(p, start)
				e.FastSluttdag = p.SluttManed != 0 && p.Maks.IsZero()
			}
		}
	}
	return nil
}

// leserArbeidsevne sier om et vilkår for en forlengelse eller et tak i res
// leser arbeidsevnen.
func leserArbeidsevne(res *Resultat) bool {
	for i := range res.Forlengelser {
		if res.Forlengelser[i].Forlengelse.Vilkar.Leser().Har(tiltak.FaktumArbeidsevne) {
			return true
		}
	}
	for i := range res.Tak {
		if res.Tak[i].Tak.Vilkar.Leser().Har(tiltak.FaktumArbeidsevne) {
			return true
		}
	}
	return false
}

// tidligst gir den tidligste av a og b; nullverdien i a betyr at det ikke er
// noen dag, og den blir stående.
func tidligst(a, b tiltak.Dato) tiltak.Dato {
	if !a.IsZero() && !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

// kappVedSamletRamme: når vilkåret for en samlet ramme (en forlengelse med
// TellerTidligere, som tre år totalt i § 4-4) er oppfylt, er rammen et tak
// over alt: den ordinære perioden og de andre forlengelsene kan ikke gå
// forbi den, også når tidligere perioder har brukt den helt eller delvis
// opp. Er vilkåret ukjent eller ikke oppfylt, kappes ingenting.
func kappVedSamletRamme(res *Resultat) {
	var tak tiltak.Dato
	harTak := false
	for i := range res.Forlengelser {
		u := &res.Forlengelser[i]
		if u.Forlengelse.TellerTidligere && u.Spor.Utfall() == regler.Oppfylt {
			tak, harTak = senest(tak, u.SisteDag), true
		}
	}
	if !harTak {
		return
	}
	kapp := func(d tiltak.Dato) tiltak.Dato {
		if tak.IsZero() || d.After(tak) {
			return tak
		}
		return d
	}
	res.OrdinaerSlutt = kapp(res.OrdinaerSlutt)
	res.SisteSluttOppfylt, res.SisteSluttMulig = res.OrdinaerSlutt, res.OrdinaerSlutt
	for i := range res.Forlengelser {
		if !res.Forlengelser[i].Forlengelse.TellerTidligere {
			res.Forlengelser[i].SisteDag = kapp(res.Forlengelser[i].SisteDag)
		}
	}
}

// sluttdag gir start + l − 1 dag minus brukt dager, kappet ved grense.
// Nullverdien betyr at det ikke er noen tillatt sluttdag (rammen er brukt
// opp, grensen ligger før start, eller datoen er utenfor årene 1–9999).
func sluttdag(start tiltak.Dato, l tiltak.Lengde, brukt int, grense tiltak.Dato) tiltak.Dato {
	e := start.SisteDag(l)
	if e.IsZero() {
		return e
	}
	if brukt != 0 {
		e = e.AddDays(-brukt)
	}
	if !grense.IsZero() && e.After(grense) {
		e = grense
	}
	if e.Before(start) {
		return tiltak.Dato{}
	}
	return e
}

// senest gir den seneste av a og b; nullverdien taper.
func senest(a, b tiltak.Dato) tiltak.Dato {
	if b.After(a) {
		return b
	}
	return a
}

// tidligereDager gir antall ulike dager i tidligere som ligger før start.
// Dager fra og med start er en del av den nye perioden og telles der.
func tidligereDager(tidligere []tiltak.Periode, fra, start tiltak.Dato) (int, error) {
	if len(tidligere) == 0 {
		return 0, nil
	}
	for i, p := range tidligere {
		if err := p.Valider(); err != nil {
			return 0, medFelt(err, i)
		}
	}
	foer := make([]tiltak.Periode, 0, len(tidligere))
	for _, p := range tidligere {
		if !p.Fra.Before(start) {
			continue
		}
		if !p.Til.Before(start) {
			p.Til = start.AddDays(-1)
		}
		// Dager før regelen trådte i kraft telles ikke.
		if !fra.IsZero() && p.Fra.Before(fra) {
			if p.Til.Before(fra) {
				continue
			}
			p.Fra = fra
		}
		foer = append(foer, p)
	}
	return tiltak.DagerTilsammen(foer)
}

// medFelt setter «tidligere[i].» foran feltnavnet i en *tiltak.FeltFeil.
func medFelt(err error, i int) error {
	return tiltak.MedPrefiks(err, "tidligere["+strconv.Itoa(i)+"].")
}
