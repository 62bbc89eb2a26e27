package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/tiltaksregler/tiltaksregler/examples/sak"
)

// StandardMaksBytes er største tillatte forespørsel når ingen annen grense er gitt.
const StandardMaksBytes = 1 << 20

// nyHandler gir HTTP-adapteren: fire endepunkter som tar én sak (JSON-objekt)
// eller en liste av saker med POST og svarer med JSON.
//
//	POST /vilkar    kan personen få tiltaket? (regler)
//	POST /varighet  hvor lenge? (varighet)
//	POST /tilskudd  hvor mye? (tilskudd)
//	POST /sak       alle spørsmålene saken har data til
//	GET  /helse     200 «ok»
//
// Svar: 200 med svaret; 400 med {"feil": {"felt", "verdi", "grunn"}} for
// ugyldig JSON eller ugyldige fakta; 405 for feil metode; 413 når kroppen er
// større enn maksBytes; 415 når Content-Type er satt og ikke JSON.
func nyHandler(maksBytes int64) http.Handler {
	if maksBytes <= 0 {
		maksBytes = StandardMaksBytes
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/helse", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			metodeIkkeTillatt(w, "GET, HEAD")
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	for sti, q := range map[string]sak.Sporsmal{"/vilkar": sak.Vilkar, "/varighet": sak.Varighet, "/tilskudd": sak.Tilskudd, "/sak": ""} {
		mux.Handle(sti, endepunkt(q, maksBytes))
	}
	return mux
}

func endepunkt(q sak.Sporsmal, maksBytes int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			metodeIkkeTillatt(w, "POST")
			return
		}
		if ct := r.Header.Get("Content-Type"); ct != "" && !erJSON(ct) {
			skrivFeil(w, http.StatusUnsupportedMediaType, errors.New("Content-Type må være application/json"))
			return
		}
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maksBytes))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				skrivFeil(w, http.StatusRequestEntityTooLarge, errors.New("forespørselen er større enn grensen på "+itoa(mbe.Limit)+" byte"))
				return
			}
			skrivFeil(w, http.StatusBadRequest, err)
			return
		}
		saker, err := sak.Les(bytes.NewReader(b))
		if err != nil {
			skrivFeil(w, http.StatusBadRequest, err)
			return
		}
		svar := make([]sak.Svar, len(saker))
		for i, s := range saker {
			if q != "" {
				s.Sporsmal = []sak.Sporsmal{q}
			}
			if svar[i], err = sak.Behandle(s); err != nil {
				if sak.ErListe(b) {
					err = sak.MedIndeks(i, err)
				}
				skrivFeil(w, http.StatusBadRequest, err)
				return
			}
		}
		if sak.ErListe(b) {
			skrivJSON(w, http.StatusOK, svar)
		} else {
			skrivJSON(w, http.StatusOK, svar[0])
		}
	})
}

func erJSON(ct string) bool {
	for i := 0; i < len(ct); i++ {
		if ct[i] == ';' {
			ct = ct[:i]
			break
		}
	}
	return ct == "application/json"
}

func metodeIkkeTillatt(w http.ResponseWriter, tillatt string) {
	w.Header().Set("Allow", tillatt)
	skrivFeil(w, http.StatusMethodNotAllowed, errors.New("metoden er ikke tillatt; bruk "+tillatt))
}

func skrivFeil(w http.ResponseWriter, status int, err error) {
	skrivJSON(w, status, sak.NyFeil(err))
}

func skrivJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(sak.NyFeil(err))
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
