package sak

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/tiltaksregler/tiltaksregler/tiltak"
)

// StandardBuffer er hvor mange byte av svaret Besvar holder i minnet før
// resten strømmes: 1 MiB.
const StandardBuffer = 1 << 20

// Skrivevalg sier hvordan svarene skrives.
type Skrivevalg struct {
	// Innrykk skriver JSON med to mellomrom per nivå, som json.Encoder med
	// SetIndent("", "  "); ellers kompakt, som json.Marshal. Begge former
	// slutter med ett linjeskift.
	Innrykk bool
	// Buffer er hvor mange byte av svaret som holdes i minnet; 0 gir
	// StandardBuffer. Et svar som får plass, skrives rett fra minnet; et
	// større svar behandles på nytt fra første sak som ikke fikk plass og
	// strømmes sak for sak.
	Buffer int64
}

// Besvarelse er svarene på sakene i ett dokument: behandlet, kodet og målt,
// men ikke skrevet. Lengden er kjent før noe skrives, så HTTP-adapteren kan
// velge status og Content-Length før den første byten.
type Besvarelse struct {
	inn     Inndata
	g       Grenser
	valg    Skrivevalg
	lengde  int64
	forste  int          // første sak som ikke er i buf (len(inn.Saker) når alt er der)
	buf     bytes.Buffer // svaret til og med sak forste-1
	element bytes.Buffer // kodingen av én sak
	enc     *json.Encoder
}

// Besvar behandler hver sak i inn og koder svaret som JSON for å kjenne
// lengden. Det holder høyst valg.Buffer byte (og én sak til) i minnet.
//
// Feil kommer før noe er skrevet: en *tiltak.FeltFeil fra behandlingen av
// en sak (med «[i].» foran feltet når dokumentet er en liste), en
// *tiltak.FeltFeil som pakker ErrOverGrense når svaret blir større enn
// g.MaksSvarBytes (feltet er saken der grensen ble nådd), eller ctx.Err()
// når ctx avbrytes mellom to saker.
func Besvar(ctx context.Context, inn Inndata, g Grenser, valg Skrivevalg) (*Besvarelse, error) {
	g = g.MedStandard()
	if valg.Buffer <= 0 {
		valg.Buffer = StandardBuffer
	}
	b := &Besvarelse{inn: inn, g: g, valg: valg, forste: len(inn.Saker)}
	b.enc = json.NewEncoder(&b.element)
	if valg.Innrykk {
		prefiks := ""
		if inn.Liste {
			prefiks = "  "
		}
		b.enc.SetIndent(prefiks, "  ")
	}
	b.skrivStart(&b.buf)
	b.lengde = int64(b.buf.Len())
	for i := range inn.Saker {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := b.kod(i); err != nil {
			return nil, err
		}
		n := int64(b.skillerLengde(i) + b.element.Len())
		if b.lengde+n+int64(len(b.slutt())) > g.MaksSvarBytes {
			felt := ""
			if inn.Liste {
				felt = "[" + strconv.Itoa(i) + "]"
			}
			return nil, &tiltak.FeltFeil{Felt: felt,
				Grunn: fmt.Sprintf("svaret blir større enn grensen på %s (maks-svar-bytes); del opp forespørselen", byteTekst(g.MaksSvarBytes)), Err: ErrOverGrense}
		}
		b.lengde += n
		if b.forste == len(inn.Saker) {
			if int64(b.buf.Len())+n <= valg.Buffer {
				b.skrivElement(&b.buf, i)
			} else {
				b.forste = i
			}
		}
	}
	b.lengde += int64(len(b.slutt()))
	if b.forste == len(inn.Saker) {
		b.buf.WriteString(b.slutt())
	}
	return b, nil
}

// Lengde gir svarets lengde i byte, med linjeskiftet til slutt.
func (b *Besvarelse) Lengde() int64 { return b.lengde }

// IMinnet sier om hele svaret er i minnet (ingen sak behandles på nytt
// når det skrives).
func (b *Besvarelse) IMinnet() bool { return b.forste == len(b.inn.Saker) }

// Skriv skriver svaret til w: det som er i minnet, og så hver sak som ikke
// fikk plass, behandlet og kodet på nytt og skrevet straks. Den gir den
// første skrivefeilen, ctx.Err() når ctx avbrytes mellom to saker, og en
// feil hvis svaret ikke får lengden Besvar målte (en feil i adapteren).
func (b *Besvarelse) Skriv(ctx context.Context, w io.Writer) error {
	tw := &telleskriver{w: w}
	if _, err := tw.Write(b.buf.Bytes()); err != nil {
		return err
	}
	if b.forste < len(b.inn.Saker) {
		for i := b.forste; i < len(b.inn.Saker); i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := b.kod(i); err != nil {
				return err
			}
			if err := b.skrivElement(tw, i); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(tw, b.slutt()); err != nil {
			return err
		}
	}
	if tw.n != b.lengde {
		return errors.New("svaret ble " + strconv.FormatInt(tw.n, 10) + " byte, ikke " + strconv.FormatInt(b.lengde, 10) + " som målt (feil i adapteren)")
	}
	return nil
}

// kod behandler sak i og koder svaret i b.element, uten linjeskift.
func (b *Besvarelse) kod(i int) error {
	svar, err := behandleMed(&b.inn.Saker[i], b.g)
	if err != nil {
		if b.inn.Liste {
			err = MedIndeks(i, err)
		}
		return err
	}
	b.element.Reset()
	if err := b.enc.Encode(svar); err != nil {
		// Et svar biblioteket gir skal alltid kunne skrives; dette er en
		// feil i biblioteket eller adapteren, ikke i inndataene.
		return fmt.Errorf("svaret på sak %d kunne ikke skrives som JSON (feil i biblioteket): %w", i, err)
	}
	b.element.Truncate(b.element.Len() - 1)
	return nil
}

func (b *Besvarelse) skrivStart(w io.Writer) {
	if !b.inn.Liste {
		return
	}
	if b.valg.Innrykk && len(b.inn.Saker) > 0 {
		io.WriteString(w, "[\n  ")
		return
	}
	io.WriteString(w, "[")
}

// skillerLengde gir lengden på skilletegnet foran sak i.
func (b *Besvarelse) skillerLengde(i int) int {
	switch {
	case i == 0:
		return 0
	case b.valg.Innrykk:
		return 4 // ",\n  "
	}
	return 1
}

func (b *Besvarelse) skrivElement(w io.Writer, i int) error {
	if i > 0 {
		skiller := ","
		if b.valg.Innrykk {
			skiller = ",\n  "
		}
		if _, err := io.WriteString(w, skiller); err != nil {
			return err
		}
	}
	_, err := w.Write(b.element.Bytes())
	return err
}

func (b *Besvarelse) slutt() string {
	switch {
	case !b.inn.Liste:
		return "\n"
	case b.valg.Innrykk && len(b.inn.Saker) > 0:
		return "\n]\n"
	}
	return "]\n"
}

// telleskriver teller byte som er skrevet.
type telleskriver struct {
	w io.Writer
	n int64
}

func (t *telleskriver) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	t.n += int64(n)
	return n, err
}
