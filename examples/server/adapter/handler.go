// Package adapter er HTTP-adapteren rundt biblioteket: et http.Handler med
// fem endepunkter som tar saker i JSON (formatet i pakken sak) og svarer
// med JSON, og en http.Server med tidsgrenser og en avslutning som venter
// på forespørsler som er i gang. Kommandoen examples/server kjører den;
// lastprøven examples/last bruker den direkte.
package adapter

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// Oppsett er innstillingene til handleren. Et felt som er 0, får
// standardverdien.
type Oppsett struct {
	// Grenser er grensene for hver forespørsel (sak.StandardGrenser).
	Grenser sak.Grenser
	// MaksSamtidige er flest forespørsler som behandles samtidig
	// (StandardMaksSamtidige). En forespørsel som ikke får plass innen
	// Ventetid, får 503 med Retry-After.
	MaksSamtidige int
	// Ventetid er hvor lenge en forespørsel venter på plass
	// (StandardVentetid).
	Ventetid time.Duration
	// MaksTid er lengste behandlingstid før svaret begynner
	// (StandardMaksTid); over den svarer handleren 503.
	MaksTid time.Duration
	// Logg får én linje når et svar ikke kunne skrives ferdig eller
	// behandlingen feilet på en måte som er en feil i programmet. Nil
	// betyr ingen logg.
	Logg func(melding string)
}

// Standardverdiene i Oppsett.
const (
	StandardMaksSamtidige = 32
	StandardVentetid      = 2 * time.Second
	StandardMaksTid       = 10 * time.Second
)

func (o Oppsett) medStandard() Oppsett {
	if o.MaksSamtidige <= 0 {
		o.MaksSamtidige = StandardMaksSamtidige
	}
	if o.Ventetid <= 0 {
		o.Ventetid = StandardVentetid
	}
	if o.MaksTid <= 0 {
		o.MaksTid = StandardMaksTid
	}
	if o.Logg == nil {
		o.Logg = func(string) {}
	}
	o.Grenser = o.Grenser.MedStandard()
	return o
}

// NyHandler gir HTTP-adapteren: fem endepunkter som tar én sak
// (JSON-objekt) eller en liste av saker med POST og svarer med JSON.
//
//	POST /vilkar       kan personen få tiltaket? (regler)
//	POST /varighet     hvor lenge? (varighet)
//	POST /tilskudd     hvor mye? (tilskudd)
//	POST /uforegrense  inntektsgrensen for uføretrygd (tilskudd.Inntektsgrense)
//	POST /tidslinje    de samme svarene over en periode, delt ved knekkpunktene
//	POST /sak          alle spørsmålene saken har data til
//	GET  /helse     200 «ok»
//
// Svar: 200 med svaret og Content-Length. Feil har JSON-formen
// {"feil": {"felt", "verdi", "grunn"}}: 400 for ugyldig JSON eller ugyldige
// verdier, 405 for feil metode, 408 når kroppen ikke kom fram innen
// lesefristen, 413 når kroppen er større enn MaksBytes eller har flere saker
// enn MaksSaker, 415 når Content-Type er satt og ikke er application/json
// (med eventuelt charset=utf-8), 422 når en sak eller svaret er over en
// annen grense, 503 (med Retry-After) når handleren er full eller
// behandlingen tar lengre enn MaksTid. 500 betyr en feil i programmet.
func NyHandler(o Oppsett) http.Handler {
	o = o.medStandard()
	plasser := make(chan struct{}, o.MaksSamtidige)
	mux := http.NewServeMux()
	mux.HandleFunc("/helse", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			metodeIkkeTillatt(w, "GET, HEAD")
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	for sti, q := range map[string]sak.Sporsmal{"/vilkar": sak.Vilkar, "/varighet": sak.Varighet, "/tilskudd": sak.Tilskudd, "/uforegrense": sak.Uforegrense, "/tidslinje": sak.Tidslinje, "/sak": ""} {
		mux.Handle(sti, &endepunkt{q: q, o: o, plasser: plasser})
	}
	return mux
}

type endepunkt struct {
	q       sak.Sporsmal
	o       Oppsett
	plasser chan struct{} // én plass per forespørsel som behandles
}

func (e *endepunkt) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		metodeIkkeTillatt(w, "POST")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if err := sjekkMedietype(ct); err != nil {
			skrivFeil(w, http.StatusUnsupportedMediaType, err)
			return
		}
	}
	g := e.o.Grenser
	if r.ContentLength > g.MaksBytes {
		w.Header().Set("Connection", "close")
		skrivFeil(w, http.StatusRequestEntityTooLarge, &tiltak.FeltFeil{
			Grunn: "forespørselen oppgir Content-Length " + strconv.FormatInt(r.ContentLength, 10) + "; grensen er " + strconv.FormatInt(g.MaksBytes, 10) + " byte (maks-bytes)", Err: sak.ErrForStor})
		return
	}
	vent := time.NewTimer(e.o.Ventetid)
	defer vent.Stop()
	select {
	case e.plasser <- struct{}{}:
		defer func() { <-e.plasser }()
	case <-vent.C:
		w.Header().Set("Retry-After", "1")
		skrivFeil(w, http.StatusServiceUnavailable, errors.New("for mange samtidige forespørsler (grensen er "+strconv.Itoa(e.o.MaksSamtidige)+"); prøv igjen"))
		return
	case <-r.Context().Done():
		return
	}
	d, err := sak.LesMed(r.Body, g)
	if err != nil {
		if errors.Is(err, sak.ErrForStor) {
			w.Header().Set("Connection", "close")
		}
		skrivFeil(w, Status(err), err)
		return
	}
	if e.q != "" {
		for i := range d.Saker {
			d.Saker[i].Sporsmal = []sak.Sporsmal{e.q}
		}
	}
	ctx, avbryt := context.WithTimeout(r.Context(), e.o.MaksTid)
	defer avbryt()
	b, err := sak.Besvar(ctx, d, g, sak.Skrivevalg{})
	if err != nil {
		if r.Context().Err() != nil {
			return // klienten er borte
		}
		if errors.Is(err, context.DeadlineExceeded) {
			w.Header().Set("Retry-After", "1")
			err = errors.New("behandlingen tok lengre enn grensen på " + e.o.MaksTid.String() + "; del opp forespørselen")
			skrivFeil(w, http.StatusServiceUnavailable, err)
			return
		}
		status := Status(err)
		if status == http.StatusInternalServerError {
			e.o.Logg("feil i programmet: " + err.Error())
		}
		skrivFeil(w, status, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.FormatInt(b.Lengde(), 10))
	w.WriteHeader(http.StatusOK)
	// Statusen er sendt; en feil herfra kan bare avbryte forbindelsen
	// (serveren lukker den når færre byte enn Content-Length er skrevet).
	if err := b.Skriv(r.Context(), w); err != nil && r.Context().Err() == nil {
		e.o.Logg("svaret ble ikke skrevet ferdig: " + err.Error())
	}
}

// Status gir HTTP-statusen for en feil fra sak: 413 for ErrForStor, 422 for
// ErrOverGrense, 408 når kroppen ikke kom fram innen fristen, 400 for andre
// feil i inndataene (*tiltak.FeltFeil) og 500 for alt annet, som er en feil
// i programmet.
func Status(err error) int {
	var fe *tiltak.FeltFeil
	switch {
	case errors.Is(err, sak.ErrForStor):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, sak.ErrOverGrense):
		return http.StatusUnprocessableEntity
	case errors.Is(err, os.ErrDeadlineExceeded):
		return http.StatusRequestTimeout
	case errors.As(err, &fe):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// sjekkMedietype godtar application/json, med store eller små bokstaver og
// eventuelt charset=utf-8, tolket med mime.ParseMediaType.
func sjekkMedietype(ct string) error {
	mt, param, err := mime.ParseMediaType(ct)
	if err != nil {
		return &tiltak.FeltFeil{Felt: "Content-Type", Verdi: ct, Grunn: "ugyldig medietype; ventet application/json"}
	}
	if mt != "application/json" {
		return &tiltak.FeltFeil{Felt: "Content-Type", Verdi: mt, Grunn: "Content-Type må være application/json"}
	}
	for k, v := range param {
		if k != "charset" || !strings.EqualFold(v, "utf-8") {
			return &tiltak.FeltFeil{Felt: "Content-Type", Verdi: k + "=" + v, Grunn: "bare parameteren charset=utf-8 er tillatt"}
		}
	}
	return nil
}

func metodeIkkeTillatt(w http.ResponseWriter, tillatt string) {
	w.Header().Set("Allow", tillatt)
	skrivFeil(w, http.StatusMethodNotAllowed, errors.New("metoden er ikke tillatt; bruk "+tillatt))
}

func skrivFeil(w http.ResponseWriter, status int, err error) {
	b, jerr := json.Marshal(sak.NyFeil(err))
	if jerr != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"feil":{"felt":"","grunn":"feilen kunne ikke skrives som JSON"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
