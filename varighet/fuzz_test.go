package varighet

import (
	"errors"
	"testing"
	"time"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// fuzzDato lager en dato i 1990–2099 (eller nullverdien) fra tall.
func fuzzDato(dag uint32) tiltak.Dato {
	if dag == 0 {
		return tiltak.Dato{}
	}
	return tiltak.MustDato(1990, time.January, 1).AddDays(int(dag % 40000))
}

func fuzzFakta(b uint64) tiltak.Fakta {
	svar := func(i uint) tiltak.Svar { return tiltak.Svar((b >> i) % 3) }
	return tiltak.Fakta{
		Arbeidsevne: tiltak.Arbeidsevne((b >> 0) % 4), Innsatsgruppe: tiltak.Innsatsgruppe((b >> 2) % 6),
		OvergangSkoleEllerSoning: svar(5), SaerligBehovMentor: svar(7), TilrettelagtFagOgYrkesopplaering: svar(9),
		KombinertLop: svar(11), SaerligeGrunner: svar(13), OpplaeringFormellKompetanse: svar(15),
		DeltarI: settAv(tiltak.Koder()[(b>>17)%uint64(tiltak.Antall())]), IUtdanning: svar(19), Stillingstype: tiltak.Stillingstype((b >> 21) % 3),
		Fodselsdato: fuzzDato(uint32(b>>24) % 20000), RegistrertDato: fuzzDato(uint32(b >> 40)),
	}
}

// FuzzMaksimum: ingen panikk; seneste sluttdato er aldri før start;
// forlengelser forkorter aldri maksimum; SisteSluttMulig ≥ SisteSluttOppfylt ≥
// OrdinaerSlutt.
func FuzzMaksimum(f *testing.F) {
	f.Add(uint8(2), uint32(12000), uint64(0), uint32(0), uint32(0))
	f.Add(uint8(13), uint32(11000), uint64(0x2aaaa), uint32(10000), uint32(50))
	f.Add(uint8(23), uint32(12500), uint64(0xffffffffff), uint32(12400), uint32(12600))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, ki uint8, s uint32, fb uint64, t1, t2 uint32) {
		kode := koder[int(ki)%len(koder)]
		fakta := fuzzFakta(fb)
		start := fuzzDato(s)
		var tidligere []tiltak.Periode
		if t1 != 0 {
			tidligere = append(tidligere, tiltak.Periode{Fra: fuzzDato(t1), Til: fuzzDato(t1).AddDays(int(t2 % 900))})
		}
		r, err := Maksimum(kode, &fakta, start, tidligere...)
		if err != nil {
			var fe *tiltak.FeltFeil
			if !errors.Is(err, ErrIkkeModellert) && !errors.As(err, &fe) {
				t.Fatalf("uventet feiltype %T: %v", err, err)
			}
			if errors.Is(err, ErrIkkeModellert) && (!r.IkkeModellert || r.Feil().Error() != err.Error()) {
				t.Fatalf("%s: ikke modellert uten flagget resultat: %+v", kode, r)
			}
			return
		}
		for _, e := range []tiltak.Dato{r.OrdinaerSlutt, r.SisteSluttOppfylt, r.SisteSluttMulig} {
			if !e.IsZero() && e.Before(start) {
				t.Fatalf("%s: sluttdato %s før start %s", kode, e, start)
			}
		}
		if r.SisteSluttMulig.Before(r.SisteSluttOppfylt) || r.SisteSluttOppfylt.Before(r.OrdinaerSlutt) {
			t.Fatalf("%s: rekkefølge %s %s %s", kode, r.OrdinaerSlutt, r.SisteSluttOppfylt, r.SisteSluttMulig)
		}
		for _, u := range r.Forlengelser {
			if u.SisteDag.Before(r.OrdinaerSlutt) {
				t.Fatalf("%s: forlengelse %s forkorter: %s < %s", kode, u.Forlengelse.ID, u.SisteDag, r.OrdinaerSlutt)
			}
			if !u.Spor.Utfall().Gyldig() {
				t.Fatalf("ugyldig utfall %v", u.Spor.Utfall())
			}
			if u.Spor.Utfall() != regler.MaVurderes && !u.Spor.Mangler().Tom() {
				t.Fatalf("mangler uten må vurderes")
			}
		}
	})
}

// FuzzKontroller: ingen panikk; hver feil er en *Brudd, *tiltak.FeltFeil
// eller *IkkeModellertFeil; en periode innenfor SisteSluttOppfylt gir ingen
// lengdebrudd.
func FuzzKontroller(f *testing.F) {
	f.Add(uint8(12), uint32(12570), uint32(27), uint64(0))
	f.Add(uint8(2), uint32(12000), uint32(900), uint64(0x15))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, ki uint8, s, lengde uint32, fb uint64) {
		kode := koder[int(ki)%len(koder)]
		fakta := fuzzFakta(fb)
		start := fuzzDato(s)
		per := tiltak.Periode{Fra: start, Til: start.AddDays(int(lengde%4000) - 5)}
		brudd, err := Kontroller(kode, &fakta, per, nil)
		if err != nil {
			var fe *tiltak.FeltFeil
			var ik *IkkeModellertFeil
			if brudd != nil || !errors.As(err, &fe) && !errors.As(err, &ik) {
				t.Fatalf("uventet feil %T %v med %d brudd", err, err, len(brudd))
			}
			return
		}
		for _, b := range brudd {
			if b.Err == nil || b.Error() == "" || !b.Type.Gyldig() || !b.Utfall.Gyldig() || (b.Utfall == regler.MaVurderes) != errors.Is(b, ErrMaVurderes) {
				t.Fatalf("ufullstendig brudd %+v", b)
			}
			if errors.Is(b, ErrForLang) {
				if r, e := Maksimum(kode, &fakta, start); e == nil && !r.SisteSluttMulig.IsZero() && !per.Til.After(r.SisteSluttMulig) && !b.Praksis {
					t.Fatalf("%s: for lang, men %s ≤ %s", kode, per.Til, r.SisteSluttMulig)
				}
			}
		}
	})
}

// FuzzFrister: ingen panikk; periodiske frister ligger i perioden og i
// stigende rekkefølge.
func FuzzFrister(f *testing.F) {
	f.Add(uint8(1), uint32(12000), uint32(800), uint64(0))
	f.Add(uint8(22), uint32(12300), uint32(3000), uint64(0xffffffffffff))
	koder := tiltak.Koder()
	f.Fuzz(func(t *testing.T, ki uint8, s, lengde uint32, fb uint64) {
		kode := koder[int(ki)%len(koder)]
		fakta := fuzzFakta(fb)
		start := fuzzDato(s)
		per := tiltak.Periode{Fra: start, Til: start.AddDays(int(lengde%8000) - 5)}
		fr, err := Frister(kode, &fakta, per)
		if err != nil {
			return
		}
		var forrige tiltak.Dato
		for _, x := range fr {
			if x.Type == SenesteOppstart || x.Type == Opphor {
				continue
			}
			if !x.Dato.After(per.Fra) || x.Dato.After(per.Til) || !x.Dato.After(forrige) {
				t.Fatalf("%s: frist %s utenfor %s eller ikke stigende", kode, x.Dato, per)
			}
			forrige = x.Dato
		}
	})
}

// FuzzVurderArbeidstid: ingen panikk; feil navngir feltet; et brudd ligger
// innenfor de registrerte ukene.
func FuzzVurderArbeidstid(f *testing.F) {
	f.Add([]byte{10, 5, 10, 5, 10, 6, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10}, uint32(12000), uint8(0))
	f.Add([]byte{255, 1, 0, 0, 3, 200}, uint32(11900), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, s uint32, hopp uint8) {
		start := fuzzDato(s | 1)
		var a Arbeidstid
		for i := 0; i+1 < len(data) && len(a.Uker) < 80; i += 2 {
			fra := start.AddDays(7 * len(a.Uker))
			if hopp != 0 && i/2 == int(hopp) {
				fra = fra.AddDays(-3)
			}
			a.Uker = append(a.Uker, Arbeidsuke{Uke: tiltak.Periode{Fra: fra, Til: fra.AddDays(6)},
				AvtaltMinutter: int(data[i]) * 10, OrdinaerMinutter: int(data[i+1]) * 10})
		}
		if hopp%5 == 1 {
			a.FastAnsettelseVurderes = tiltak.Periode{Fra: start, Til: start.AddDays(int(hopp) * 10)}
		}
		v, err := VurderArbeidstid(a)
		if err != nil {
			var fe *tiltak.FeltFeil
			if !errors.As(err, &fe) || fe.Felt == "" {
				t.Fatalf("feil uten felt: %v", err)
			}
			return
		}
		for _, g := range []Grensevurdering{v.Hospitering, v.Sekstiprosent} {
			if !g.Utfall.Gyldig() {
				t.Fatalf("ugyldig utfall: %+v", g)
			}
			if g.Utfall == regler.IkkeOppfylt && (len(a.Uker) == 0 || g.Fra.Before(a.Uker[0].Uke.Fra) || g.Vindu.Til.After(a.Uker[len(a.Uker)-1].Uke.Til)) {
				t.Fatalf("brudd utenfor ukene: %+v", g)
			}
			if g.Utfall == regler.IkkeOppfylt && 2*g.OrdinaerMinutter <= g.AvtaltMinutter && !g.Praksis {
				t.Fatalf("brudd uten å være over 50 %%: %+v", g)
			}
		}
	})
}
