package regler

import (
	"encoding/binary"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Valg styrer en vurdering. Nullverdien vurderer bare forskriften (og de
// kildene et tiltak bygger på når det ikke har noen forskriftstekst), på
// vurderingsdatoen.
type Valg struct {
	// MedPraksis tar med NAVs praksisregler (aldersgrense 72 eller 67 år ved
	// sluttdato, innsatsgrupper, siste oppstart for VTAO og lignende). De
	// vises som egne sporpunkter med en hjemmel merket praksis.
	MedPraksis bool
	// Sluttdato er planlagt sluttdato for avtalen. Praksisreglene om alder
	// ved sluttdato trenger den; uten den blir de må vurderes. Den kan ikke
	// være før vurderingsdatoen.
	Sluttdato tiltak.Dato
}

func (v *Valg) valider(dato tiltak.Dato) error {
	if !v.Sluttdato.IsZero() && v.Sluttdato.Before(dato) {
		return &tiltak.FeltFeil{Felt: "sluttdato", Verdi: v.Sluttdato.String(), Grunn: "er før vurderingsdatoen " + dato.String(), Err: tiltak.ErrUgyldigDato}
	}
	return nil
}

// ingenFakta brukes når innringeren gir f == nil. Den leses bare.
var ingenFakta tiltak.Fakta

// Resultat er vurderingen av ett tiltak for én person på én dato: utfallet,
// regelsettversjonen som ble brukt og sporet med ett punkt per vilkår i
// rekkefølge. Fakta peker på en kopi av faktaene, så sporet kan forklares
// senere.
type Resultat struct {
	Tiltak tiltak.Kode
	// Spor har ett punkt per vilkår, i regelsettets rekkefølge, og deretter
	// praksisreglene når Valg.MedPraksis er sann. Det er aldri tomt.
	Spor []Sporpunkt
	// Fakta er faktaene vurderingen bygde på: en kopi motoren lager, aldri
	// nil i et resultat fra motoren. Resultatene fra ett kall til VurderAlle
	// deler samme kopi; den må ikke endres.
	Fakta *tiltak.Fakta
	// Regelsett er versjonen som ble brukt. Den er aldri nil: når
	// regelverket ikke er modellert på datoen, er det et tomt regelsett med
	// tom ID. Regelsettet er delt og må ikke endres.
	Regelsett *Regelsett
	Dato      tiltak.Dato
	// Valg er valgene vurderingen ble gjort med.
	Valg   Valg
	Utfall Utfall
	// IkkeIKraft er sann når tiltaket ikke fantes (eller var opphørt) på
	// datoen; utfallet er da ikke oppfylt.
	IkkeIKraft bool
	// IkkeModellert er sann i VurderAlle når regelverket på datoen ikke er
	// modellert for tiltaket; utfallet er da må vurderes.
	IkkeModellert bool
}

// Mangler gir faktaene som fortsatt mangler for å avgjøre et resultat som
// må vurderes («hva bør jeg spørre om nå?»); Liste gir dem i
// feltrekkefølge. Tomt når utfallet er avgjort eller bare skjønn gjenstår.
// Det er den samme formen (tiltak.Faktasett) som varighet og tilskudd
// bruker for fakta som mangler.
func (r *Resultat) Mangler() tiltak.Faktasett {
	return r.manglerSett()
}

// ManglerSluttdato sier om en praksisregel i sporet trenger planlagt
// sluttdato som ikke er oppgitt.
func (r *Resultat) ManglerSluttdato() bool {
	for i := range r.Spor {
		if r.Spor[i].ManglerSluttdato() && !r.Spor[i].Erstattet() {
			return true
		}
	}
	return false
}

// Feil gir feilen som sier at regelverket for tiltaket ikke er modellert
// på datoen (en *IkkeModellertFeil som pakker ErrIkkeModellert) når
// IkkeModellert er sann, ellers nil. Det er den samme feilen Vurder
// returnerer for tiltaket og datoen, så ett tiltak og hele katalogen sier
// det samme på samme måte.
func (r *Resultat) Feil() error {
	if !r.IkkeModellert {
		return nil
	}
	t, err := finnTiltak(r.Tiltak)
	if err != nil {
		return err
	}
	return t.ikkeModellert(r.Dato)
}

func (r *Resultat) manglerSett() tiltak.Faktasett {
	var s tiltak.Faktasett
	if r.Utfall != MaVurderes {
		return s
	}
	for i := range r.Spor {
		p := &r.Spor[i]
		if p.Utfall() == MaVurderes && !p.Erstattet() {
			s = s.Union(p.Mangler())
		}
	}
	return s
}

// ManglerAlle gir unionen av faktaene som mangler i resultatene: det neste
// et skjema bør spørre om for å avgjøre flest mulig tiltak (Liste gir dem i
// feltrekkefølge). Den allokerer ikke.
func ManglerAlle(rs []Resultat) tiltak.Faktasett {
	var s tiltak.Faktasett
	for i := range rs {
		s = s.Union(rs[i].manglerSett())
	}
	return s
}

// Vurder vurderer om personen med faktaene f fyller vilkårene for tiltaket
// på datoen, etter forskriften alene. Se VurderMed for praksisregler.
//
// Feil: en ukjent kode gir en *tiltak.FeltFeil for "tiltak" som pakker
// tiltak.ErrUkjentTiltak; ugyldige fakta gir feilen fra Fakta.Valider; en
// null dato gir en *tiltak.FeltFeil for "dato". En dato regelverket ikke er
// modellert for gir en *IkkeModellertFeil som pakker ErrIkkeModellert, og
// sammen med den det samme resultatet VurderAlle gir for tiltaket:
// IkkeModellert satt, utfallet må vurderes og ett sporpunkt som sier det
// (Resultat.Feil gir den samme feilen). Ett tiltak og hele katalogen svarer
// altså likt; bare de andre feilene gir et tomt resultat. En dato før
// tiltaket ble innført er ikke en feil: utfallet er ikke oppfylt, med ett
// sporpunkt som sier at tiltaket ikke er i kraft.
//
// f == nil betyr at ingenting er kjent. Vurder allokerer bare resultatets
// spor og faktakopi, i én allokering (opptil 16 sporpunkter).
func Vurder(kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato) (Resultat, error) {
	return VurderMed(kode, f, dato, Valg{})
}

// VurderMed er Vurder med valg: praksisregler og planlagt sluttdato.
func VurderMed(kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) (Resultat, error) {
	var e tiltak.Endelige
	p, i, err := forberedEn(kode, &f, &e, dato, &valg)
	if err != nil {
		return Resultat{}, err
	}
	fk, spor := nyBlokk(p.sporLengde(i, valg))
	*fk = *f
	var r Resultat
	p.kjorEn(i, &r, spor, fk, &e, dato, valg)
	return r, r.Feil()
}

// VurderTil er VurderMed som skriver resultatet i bufferen b i stedet for å
// allokere: resultatet, sporet og faktakopien ligger i b og er bare gyldige
// til b brukes igjen (også av VurderAlleTil). Bare det første kallet med en
// ny Buffer allokerer. Vurder, VurderMed, VurderTil og VurderAlle kjører de
// samme stegene fra den samme planen. Feilene er de samme som fra
// VurderMed; en nil b gir en ny buffer.
func VurderTil(b *Buffer, kode tiltak.Kode, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) (*Resultat, error) {
	var e tiltak.Endelige
	p, i, err := forberedEn(kode, &f, &e, dato, &valg)
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = new(Buffer)
	}
	if cap(b.spor) < maksSporAlle {
		b.spor = make([]Sporpunkt, maksSporAlle)
	}
	b.fakta = *f
	r := &b.res[i]
	p.kjorEn(i, r, b.spor, &b.fakta, &e, dato, valg)
	return r, r.Feil()
}

// forberedEn sjekker inndataene til en vurdering av ett tiltak og gir
// planen for datoen og tiltakets plass i den, og fyller e med
// (*f).Endelige. *f settes til ingenFakta når den er nil.
func forberedEn(kode tiltak.Kode, f **tiltak.Fakta, e *tiltak.Endelige, dato tiltak.Dato, valg *Valg) (*plan, int, error) {
	// Posisjon gir plassen i katalogen, som er plassen i regelverket og
	// planen (init sjekker det).
	i, ok := kode.Posisjon()
	if !ok || i >= antallTiltak {
		_, err := finnTiltak(kode)
		return nil, 0, err
	}
	if *f == nil {
		*f = &ingenFakta
	}
	if err := sjekkInndata(*f, e, dato, valg); err != nil {
		return nil, 0, err
	}
	return finnPlan(dato), i, nil
}

// Blokkene lar Vurder legge faktakopien og sporet i én allokering.
type (
	blokk4 struct {
		f tiltak.Fakta
		s [4]Sporpunkt
	}
	blokk8 struct {
		f tiltak.Fakta
		s [8]Sporpunkt
	}
	blokk16 struct {
		f tiltak.Fakta
		s [16]Sporpunkt
	}
)

// nyBlokk gir en ny faktakopi og et tomt spor med plass til n punkter, i én
// allokering når n er høyst 16.
func nyBlokk(n int) (*tiltak.Fakta, []Sporpunkt) {
	switch {
	case n <= 4:
		b := new(blokk4)
		return &b.f, b.s[:0:n]
	case n <= 8:
		b := new(blokk8)
		return &b.f, b.s[:0:n]
	case n <= 16:
		b := new(blokk16)
		return &b.f, b.s[:0:n]
	}
	return new(tiltak.Fakta), make([]Sporpunkt, 0, n)
}

// sjekkInndata gir den samme feilen som f.Valider, sjekkDato og
// valg.valider, og fyller e med f.Endelige. De fleste fakta er endelige, så
// de sjekkes mot verdiområdene sine i Endelige, åtte om gangen; bare når
// noe der eller en dato ikke stemmer, kalles Valider for å finne feilen (så
// feilen er den samme). TestSjekkInndataSomValider prøver hvert endelig
// felt med hver verdi.
func sjekkInndata(f *tiltak.Fakta, e *tiltak.Endelige, dato tiltak.Dato, valg *Valg) error {
	f.Endelige(e)
	if !endeligeGyldige(e) || !datoerGyldige(f) {
		if err := f.Valider(); err != nil {
			return err
		}
	}
	if err := sjekkDato("dato", dato); err != nil {
		return err
	}
	return valg.valider(dato)
}

// samletUtfall kombinerer utfallene i sporet som Og, uten vilkår en
// praksisregel erstatter: ett ikke oppfylt avgjør, ellers gir ett må
// vurderes må vurderes, ellers er alt oppfylt.
func samletUtfall(spor []Sporpunkt) Utfall {
	var m uint8
	for i := range spor {
		if !spor[i].Erstattet() {
			m |= 1 << (spor[i].Utfall() & 3)
		}
	}
	switch {
	case m&(1<<IkkeOppfylt) != 0:
		return IkkeOppfylt
	case m&(1<<MaVurderes) != 0:
		return MaVurderes
	}
	return Oppfylt
}

// VurderAlle vurderer alle tiltak i katalogen for personen på datoen, i
// katalogens rekkefølge, etter forskriften alene. Et tiltak som ikke er
// modellert på datoen gir utfallet må vurderes med IkkeModellert satt og
// ett sporpunkt som sier det; det er ikke en feil. Feil gis bare for
// ugyldige fakta og en null dato. Resultatene og faktakopien deler én
// allokering, hele sporet en annen.
func VurderAlle(f *tiltak.Fakta, dato tiltak.Dato) ([]Resultat, error) {
	return VurderAlleMed(f, dato, Valg{})
}

// alleBlokk er resultatene og faktakopien fra ett kall til VurderAlle.
type alleBlokk struct {
	fakta tiltak.Fakta
	res   [antallTiltak]Resultat
}

// VurderAlleMed er VurderAlle med valg. En sluttdato før datoen gir en
// *tiltak.FeltFeil for "sluttdato". Ved feil er resultatet nil.
func VurderAlleMed(f *tiltak.Fakta, dato tiltak.Dato, valg Valg) ([]Resultat, error) {
	if f == nil {
		f = &ingenFakta
	}
	var e tiltak.Endelige
	if err := sjekkInndata(f, &e, dato, &valg); err != nil {
		return nil, err
	}
	p := finnPlan(dato)
	b := new(alleBlokk)
	b.fakta = *f
	p.kjor(b.res[:], make([]Sporpunkt, p.antallSteg(valg)), &b.fakta, &e, dato, valg)
	return b.res[:], nil
}

// Buffer er plassen VurderAlleTil gjenbruker fra kall til kall: resultatene,
// sporet og kopien av faktaene resultatene peker på. Nullverdien er klar
// til bruk. En Buffer må ikke brukes av flere gorutiner samtidig og må ikke
// kopieres etter første bruk (kopien ville dele sporet med originalen);
// go vet melder kopier.
type Buffer struct {
	_     ikkeKopier
	fakta tiltak.Fakta
	res   [antallTiltak]Resultat
	spor  []Sporpunkt
}

// VurderAlleTil er VurderAlleMed som gjenbruker bufferen b i stedet for å
// allokere: resultatene, sporet og faktakopien ligger i b og er bare
// gyldige til b brukes igjen. Bare det første kallet med en ny Buffer
// allokerer (sporet). En nil b gir en ny buffer.
func VurderAlleTil(b *Buffer, f *tiltak.Fakta, dato tiltak.Dato, valg Valg) ([]Resultat, error) {
	if f == nil {
		f = &ingenFakta
	}
	var e tiltak.Endelige
	if err := sjekkInndata(f, &e, dato, &valg); err != nil {
		return nil, err
	}
	if b == nil {
		b = new(Buffer)
	}
	if cap(b.spor) < maksSporAlle {
		b.spor = make([]Sporpunkt, maksSporAlle)
	}
	b.fakta = *f
	finnPlan(dato).kjor(b.res[:], b.spor, &b.fakta, &e, dato, valg)
	return b.res[:], nil
}

// ikkeKopier får go vet (copylocks) til å melde kopier av en Buffer.
type ikkeKopier struct{}

func (*ikkeKopier) Lock()   {}
func (*ikkeKopier) Unlock() {}

// antallSteg er lengden på sporet planen gir med valgene.
func (p *plan) antallSteg(valg Valg) int {
	if valg.MedPraksis {
		return len(p.steg[1].steg)
	}
	return len(p.steg[0].steg)
}

// antallEndelige er lengden på tiltak.Endelige.
const antallEndelige = len(tiltak.Endelige{})

// endeligeGrenser er, for hvert ord på åtte fakta i Endelige, 128 minus
// verdiområdet til hvert faktum (minus 1 for fakta uten endelig
// verdiområde, som alltid er 0) i hver byte: en verdi x under 128 er
// innenfor området når x + grensen er under 128. Regnet i init, bare lest
// etterpå.
// Det siste ordet kan være delvis; plassene etter Endelige har grensen for
// verdiområde 1 og leses som 0.
var endeligeGrenser = func() (g [(antallEndelige + 7) / 8]uint64) {
	for i := range len(g) * 8 {
		d := 1
		if i < antallEndelige {
			d = endeligGrense(i)
		}
		g[i/8] |= uint64(128-d) << (8 * (i % 8))
	}
	return g
}()

// endeligGrense er verdiområdet til faktum nummer i (1 for et faktum uten
// endelig verdiområde: verdien er alltid 0).
func endeligGrense(i int) int {
	return max(tiltak.Faktum(i).Verdiomrade(), 1)
}

// endeligeGyldige sier om hver verdi i e er innenfor verdiområdet sitt.
func endeligeGyldige(e *tiltak.Endelige) bool {
	const lav, hoy = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	const hele = antallEndelige / 8
	var feil uint64
	for w := range hele {
		x := binary.LittleEndian.Uint64(e[w*8:])
		// Bit 7 i hver byte er satt når x er 128 eller mer, eller når
		// x&0x7f + grensen når 128 (ingen mente går over i neste byte:
		// begge leddene er under 128).
		feil |= x | (x&lav + endeligeGrenser[w])
	}
	if hele < len(endeligeGrenser) {
		// Resten byte for byte: Endelige skriver dem én og én, og å lese
		// et ord der det ble skrevet bytes, venter på skrivingene.
		var x uint64
		for i := hele * 8; i < antallEndelige; i++ {
			x |= uint64(e[i]) << (8 * (i - hele*8))
		}
		feil |= x | (x&lav + endeligeGrenser[hele])
	}
	return feil&hoy == 0
}

// datoerGyldige sier om datosjekkene i Fakta.Valider går gjennom.
func datoerGyldige(f *tiltak.Fakta) bool {
	ok := func(d tiltak.Dato) bool { return d.IsZero() || (d.Aar() >= 1900 && d.Aar() <= 2200) }
	return ok(f.Fodselsdato) && ok(f.RegistrertDato) &&
		(f.Fodselsdato.IsZero() || f.RegistrertDato.IsZero() || !f.RegistrertDato.Before(f.Fodselsdato))
}
