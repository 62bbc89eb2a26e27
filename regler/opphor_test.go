package regler_test

import (
	"errors"
	"testing"

	"github.com/tiltaksregler/tiltaksregler/regler"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// opphorsrad er én rad for OpphorsregelFor: id er paragrafversjonen raden
// sjekker; feil er ErrIkkeModellert når ingen kilde sier at hendelsen
// avslutter tiltaket.
var opphorsrader = []struct {
	id       string
	navn     string
	kode     tiltak.Kode
	hendelse regler.Hendelse
	dato     tiltak.Dato
	virkning regler.Virkning
	ledd     int
	feil     error
}{
	// Direktoratets instruks 20. januar 2021 (seed 000): lønnstilskudd
	// opphører ved permittering, mentortilskudd også når arbeidsforholdet
	// eller tiltaket avsluttes.
	{"seed000-instruks-v20210120", "midlertidig LT permittert første dag", tiltak.MidlertidigLonnstilskudd, regler.Permittering, d(2021, 1, 20), regler.Opphorer, 0, nil},
	{"seed000-instruks-v20210120", "dagen før instruksen", tiltak.MidlertidigLonnstilskudd, regler.Permittering, d(2021, 1, 19), 0, 0, regler.ErrIkkeModellert},
	{"seed000-instruks-v20210120", "varig LT permittert", tiltak.VarigLonnstilskudd, regler.Permittering, d(2025, 3, 1), regler.Opphorer, 0, nil},
	{"seed000-instruks-v20210120", "mentor: tiltaket avsluttes", tiltak.Mentor, regler.TiltakAvsluttet, d(2025, 3, 1), regler.Opphorer, 0, nil},
	{"seed000-instruks-v20210120", "mentor: arbeidsforholdet avsluttes", tiltak.Mentor, regler.ArbeidsforholdAvsluttet, d(2025, 3, 1), regler.Opphorer, 0, nil},
	{"seed000-instruks-v20210120", "lønnstilskudd: arbeidsforholdet avsluttes (instruksen sier ikke noe)", tiltak.MidlertidigLonnstilskudd, regler.ArbeidsforholdAvsluttet, d(2025, 3, 1), 0, 0, regler.ErrIkkeModellert},
	{"seed000-instruks-v20210120", "sommerjobb: permittering (instruksen sier ikke noe)", tiltak.Sommerjobb, regler.Permittering, d(2025, 6, 1), 0, 0, regler.ErrIkkeModellert},
	// Egenregiforskriften § 1-3 andre ledd: oppfølgingstiltaket opphører.
	{"er-1-3-v20230620", "arbeid med støtte: vilkårene ikke lenger oppfylt", tiltak.ArbeidMedStotte, regler.VilkarIkkeLengerOppfylt, d(2023, 6, 20), regler.Opphorer, 2, nil},
	{"er-1-3-v20230620", "IPS: ønsker ikke lenger", tiltak.IndividuellJobbstotte, regler.OnskerIkkeLenger, d(2025, 1, 1), regler.Opphorer, 2, nil},
	{"er-1-3-v20230620", "IPS ung: ønsker ikke lenger", tiltak.IPSUng, regler.OnskerIkkeLenger, d(2026, 9, 1), regler.Opphorer, 2, nil},
	{"er-1-3-v20230620", "ungdomsgarantien: vilkårene ikke lenger oppfylt", tiltak.Ungdomsgaranti, regler.VilkarIkkeLengerOppfylt, d(2023, 7, 1), regler.Opphorer, 2, nil},
	{"er-1-3-v20230620", "dagen før egenregiforskriften", tiltak.ArbeidMedStotte, regler.OnskerIkkeLenger, d(2023, 6, 19), 0, 0, regler.ErrIkkeModellert},
	// Tiltaksforskriften § 1-3 fjerde ledd: skal avslutte ved tilbud om
	// arbeid eller annet tiltak, men NAV kan godkjenne fullføring (skjønn).
	{"tf-1-3-l4-v20160101", "arbeidstrening: tilbud om arbeid", tiltak.Arbeidstrening, regler.TilbudOmArbeidEllerTiltak, d(2016, 1, 1), regler.SkalAvsluttes, 4, nil},
	{"tf-1-3-l4-v20160101", "fireårig: tilbud om annet tiltak", tiltak.FirearigLonnstilskudd, regler.TilbudOmArbeidEllerTiltak, d(2027, 1, 1), regler.SkalAvsluttes, 4, nil},
	{"tf-1-3-l4-v20160101", "dagen før forskriften", tiltak.Arbeidstrening, regler.TilbudOmArbeidEllerTiltak, d(2015, 12, 31), 0, 0, regler.ErrIkkeModellert},
	{"tf-1-3-l4-v20160101", "egenregitiltak omfattes ikke av tiltaksforskriften § 1-3", tiltak.ArbeidMedStotte, regler.TilbudOmArbeidEllerTiltak, d(2025, 1, 1), 0, 0, regler.ErrIkkeModellert},
	// Tiltaksforskriften § 1-3 femte ledd: kan tas ut (skjønn).
	{"tf-1-3-l5-v20160101", "midlertidig LT: vilkårene ikke lenger oppfylt", tiltak.MidlertidigLonnstilskudd, regler.VilkarIkkeLengerOppfylt, d(2024, 5, 1), regler.KanAvsluttes, 5, nil},
	{"tf-1-3-l5-v20160101", "oppfølging: ønsker ikke lenger (ingen regel)", tiltak.Oppfolging, regler.OnskerIkkeLenger, d(2024, 5, 1), 0, 0, regler.ErrIkkeModellert},
}

func TestOpphorsregelFor(t *testing.T) {
	for _, r := range opphorsrader {
		t.Run(r.id+"/"+r.navn, func(t *testing.T) {
			o, err := regler.OpphorsregelFor(r.kode, r.hendelse, r.dato)
			if r.feil != nil {
				var ikm *regler.IkkeModellertFeil
				if !errors.Is(err, r.feil) || !errors.As(err, &ikm) || ikm.Tiltak != r.kode || ikm.Dato != r.dato {
					t.Fatalf("feil %v, ventet %v", err, r.feil)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.Hjemmel.ID != r.id || o.Hjemmel.Ledd != r.ledd || o.Virkning != r.virkning || o.Tiltak != r.kode || o.Hendelse != r.hendelse || o.Beskrivelse == "" {
				t.Errorf("fikk %+v", o)
			}
			want := regler.Oppfylt
			if r.virkning != regler.Opphorer {
				want = regler.MaVurderes
			}
			if o.Utfall() != want {
				t.Errorf("utfall %v, ventet %v", o.Utfall(), want)
			}
		})
	}
}

func TestOpphorsregelForFeil(t *testing.T) {
	var fe *tiltak.FeltFeil
	if _, err := regler.OpphorsregelFor("x", regler.Permittering, d(2025, 1, 1)); !errors.As(err, &fe) || fe.Felt != "tiltak" {
		t.Errorf("ukjent kode: %v", err)
	}
	if _, err := regler.OpphorsregelFor(tiltak.Mentor, 0, d(2025, 1, 1)); !errors.As(err, &fe) || fe.Felt != "hendelse.type" {
		t.Errorf("ukjent hendelse: %v", err)
	}
	if _, err := regler.OpphorsregelFor(tiltak.Mentor, 99, d(2025, 1, 1)); !errors.As(err, &fe) || fe.Felt != "hendelse.type" {
		t.Errorf("hendelse utenfor typen: %v", err)
	}
	if _, err := regler.OpphorsregelFor(tiltak.Mentor, regler.Permittering, tiltak.Dato{}); !errors.As(err, &fe) || fe.Felt != "hendelse.dato" {
		t.Errorf("manglende dato: %v", err)
	}
}

func TestHendelseOgVirkningTekst(t *testing.T) {
	for h := regler.Hendelse(1); int(h) <= regler.AntallHendelser; h++ {
		b, err := h.MarshalText()
		var tilbake regler.Hendelse
		if err != nil || tilbake.UnmarshalText(b) != nil || tilbake != h || h.String() != string(b) {
			t.Errorf("%d: %q %v", h, b, err)
		}
	}
	var h regler.Hendelse
	if h.UnmarshalText([]byte("jordskjelv")) == nil || regler.Hendelse(0).Gyldig() || regler.Hendelse(99).String() != "ukjent" {
		t.Error("ukjent hendelse godtatt")
	}
	if _, err := regler.Hendelse(0).MarshalText(); err == nil {
		t.Error("nullhendelsen kan skrives")
	}
	for v, ord := range map[regler.Virkning]string{regler.Opphorer: "opphorer", regler.SkalAvsluttes: "skal-avsluttes", regler.KanAvsluttes: "kan-avsluttes", 0: "ukjent", 9: "ukjent"} {
		b, err := v.MarshalText()
		if v.String() != ord || (err == nil) != (ord != "ukjent") || (err == nil && string(b) != ord) {
			t.Errorf("%d: %q %q %v", v, v.String(), b, err)
		}
	}
}
