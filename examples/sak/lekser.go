package sak

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// lekser leser JSON-syntaksen direkte fra dokumentet: mellomrom, tegnene
// som bygger strukturen, og hele verdier som et utsnitt av dokumentet.
// Grammatikken er RFC 8259, slik encoding/json godtar den (også ugyldig
// UTF-8 i tekster, som encoding/json erstatter med U+FFFD). Fuzzingen
// sjekker at et dokument lekseren godtar, også er gyldig for json.Valid, og
// omvendt.
type lekser struct {
	dok []byte
	pos int
}

// syntaksFeil er en feil i JSON-syntaksen ved en byte-posisjon.
type syntaksFeil struct {
	pos   int
	grunn string
}

func (e *syntaksFeil) Error() string { return fmt.Sprintf("byte %d: %s", e.pos, e.grunn) }

// maksDybde er dypeste nesting lekseren godtar, som encoding/json.
const maksDybde = 10000

func (l *lekser) feil(grunn string) error { return &syntaksFeil{pos: l.pos, grunn: grunn} }

// uventet gir feilen for tegnet ved posisjonen, eller for slutten.
func (l *lekser) uventet(hvor string) error {
	if l.pos >= len(l.dok) {
		return l.feil("ufullstendig JSON: inndataene slutter midt i en verdi")
	}
	r, _ := utf8.DecodeRune(l.dok[l.pos:])
	return l.feil(fmt.Sprintf("uventet tegn %q %s", r, hvor))
}

// hopp går forbi mellomrom og gir neste tegn, eller 0 ved slutten.
func (l *lekser) hopp() byte {
	for l.pos < len(l.dok) {
		switch c := l.dok[l.pos]; c {
		case ' ', '\t', '\n', '\r':
			l.pos++
		default:
			return c
		}
	}
	return 0
}

// forvent går forbi mellomrom og tegnet c, eller gir en feil.
func (l *lekser) forvent(c byte, hvor string) error {
	if l.hopp() != c {
		return l.uventet(hvor)
	}
	l.pos++
	return nil
}

// tekst leser en JSON-tekst fra «"» og gir innholdet mellom anførselstegnene
// og om det har escape-sekvenser.
func (l *lekser) tekst() ([]byte, bool, error) {
	start := l.pos
	l.pos++
	escape := false
	for l.pos < len(l.dok) {
		c := l.dok[l.pos]
		switch {
		case c == '"':
			l.pos++
			return l.dok[start+1 : l.pos-1], escape, nil
		case c == '\\':
			escape = true
			if l.pos+1 >= len(l.dok) {
				l.pos = len(l.dok)
				return nil, false, l.uventet("")
			}
			switch l.dok[l.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				l.pos += 2
			case 'u':
				if l.pos+6 > len(l.dok) {
					l.pos = len(l.dok)
					return nil, false, l.uventet("")
				}
				for i := l.pos + 2; i < l.pos+6; i++ {
					if !erHex(l.dok[i]) {
						l.pos = i
						return nil, false, l.uventet("i en \\u-escape i en tekst")
					}
				}
				l.pos += 6
			default:
				l.pos++
				return nil, false, l.uventet("i en escape-sekvens i en tekst")
			}
		case c < 0x20:
			return nil, false, l.uventet("i en tekst (kontrolltegn må skrives med \\)")
		default:
			l.pos++
		}
	}
	return nil, false, l.uventet("")
}

func erHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func erSiffer(c byte) bool { return '0' <= c && c <= '9' }

// tall leser et JSON-tall: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
func (l *lekser) tall() error {
	if l.pos < len(l.dok) && l.dok[l.pos] == '-' {
		l.pos++
	}
	switch {
	case l.pos < len(l.dok) && l.dok[l.pos] == '0':
		l.pos++
	case l.pos < len(l.dok) && erSiffer(l.dok[l.pos]):
		for l.pos < len(l.dok) && erSiffer(l.dok[l.pos]) {
			l.pos++
		}
	default:
		return l.uventet("i et tall")
	}
	if l.pos < len(l.dok) && l.dok[l.pos] == '.' {
		l.pos++
		if l.pos >= len(l.dok) || !erSiffer(l.dok[l.pos]) {
			return l.uventet("etter desimaltegnet i et tall")
		}
		for l.pos < len(l.dok) && erSiffer(l.dok[l.pos]) {
			l.pos++
		}
	}
	if l.pos < len(l.dok) && (l.dok[l.pos] == 'e' || l.dok[l.pos] == 'E') {
		l.pos++
		if l.pos < len(l.dok) && (l.dok[l.pos] == '+' || l.dok[l.pos] == '-') {
			l.pos++
		}
		if l.pos >= len(l.dok) || !erSiffer(l.dok[l.pos]) {
			return l.uventet("i eksponenten til et tall")
		}
		for l.pos < len(l.dok) && erSiffer(l.dok[l.pos]) {
			l.pos++
		}
	}
	return nil
}

// literal leser true, false eller null.
func (l *lekser) literal(ord string) error {
	for i := 0; i < len(ord); i++ {
		if l.pos >= len(l.dok) || l.dok[l.pos] != ord[i] {
			return l.uventet("i true, false eller null")
		}
		l.pos++
	}
	return nil
}

// verdi leser én hel JSON-verdi etter mellomrom og gir den som et utsnitt
// av dokumentet. Objekter og lister leses uten rekursjon, med en grense på
// maksDybde nivåer.
func (l *lekser) verdi() ([]byte, error) {
	l.hopp()
	start := l.pos
	// stabel har ett tegn per åpent nivå: '{' eller '['.
	var stabel []byte
	for {
		// En verdi begynner her.
		switch c := l.hopp(); {
		case c == '{' || c == '[':
			if len(stabel) == maksDybde {
				return nil, l.feil("verdiene er nestet i flere enn 10 000 nivåer")
			}
			stabel = append(stabel, c)
			l.pos++
			lukk := byte('}')
			if c == '[' {
				lukk = ']'
			}
			if l.hopp() == lukk {
				l.pos++
				stabel = stabel[:len(stabel)-1]
				break
			}
			if c == '{' {
				if err := l.nokkel(); err != nil {
					return nil, err
				}
			}
			continue
		case c == '"':
			if _, _, err := l.tekst(); err != nil {
				return nil, err
			}
		case c == '-' || erSiffer(c):
			if err := l.tall(); err != nil {
				return nil, err
			}
		case c == 't':
			if err := l.literal("true"); err != nil {
				return nil, err
			}
		case c == 'f':
			if err := l.literal("false"); err != nil {
				return nil, err
			}
		case c == 'n':
			if err := l.literal("null"); err != nil {
				return nil, err
			}
		default:
			return nil, l.uventet("der en verdi skulle begynne")
		}
		// En verdi er lest; gå ut av nivåene som slutter her.
		for {
			if len(stabel) == 0 {
				return l.dok[start:l.pos], nil
			}
			topp := stabel[len(stabel)-1]
			c := l.hopp()
			if c == ',' {
				l.pos++
				if topp == '{' {
					if err := l.nokkel(); err != nil {
						return nil, err
					}
				}
				break
			}
			if topp == '{' && c == '}' || topp == '[' && c == ']' {
				l.pos++
				stabel = stabel[:len(stabel)-1]
				continue
			}
			if topp == '{' {
				return nil, l.uventet("etter et felt (ventet «,» eller «}»)")
			}
			return nil, l.uventet("etter et element i en liste (ventet «,» eller «]»)")
		}
	}
}

// nokkel leser et feltnavn og kolonet etter det.
func (l *lekser) nokkel() error {
	if l.hopp() != '"' {
		return l.uventet("der et feltnavn i anførselstegn skulle begynne")
	}
	if _, _, err := l.tekst(); err != nil {
		return err
	}
	return l.forvent(':', "etter et feltnavn (ventet «:»)")
}

// feltnavn leser et feltnavn og gir det som byte: et utsnitt av dokumentet
// når navnet ikke har escape-sekvenser (ingen allokering), ellers det
// tolkede navnet.
func (l *lekser) feltnavn() ([]byte, error) {
	if l.hopp() != '"' {
		return nil, l.uventet("der et feltnavn i anførselstegn skulle begynne")
	}
	start := l.pos
	innhold, escape, err := l.tekst()
	if err != nil {
		return nil, err
	}
	if !escape {
		return innhold, nil
	}
	var s string
	if err := json.Unmarshal(l.dok[start:l.pos], &s); err != nil {
		return nil, l.feil("ugyldig feltnavn")
	}
	return []byte(s), nil
}
