package fourteentheval

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// needle is a piece of a personal value whose survival is a leak, and the
// view of the output it is looked for in.
type needle struct {
	s    string
	view int // viewText, viewFold, viewWord, viewDigits, viewAlnum
}

const (
	viewText = iota
	viewFold
	viewWord
	viewDigits
	viewAlnum
)

// plant is one personal value written into a line.
type plant struct {
	kind, form string
	needles    []needle
}

// look is one look-alike written into a line; it must survive intact.
type look struct {
	typ, value string
}

// em renders one line. Both passes (with the buyer's values and with the
// blank person) consume r and f identically, so the second pass is the same
// line with placeholders where the values stood.
type em struct {
	p, real   *person
	p2, real2 *person // a second buyer, for the old side of a change
	r         *rand.Rand
	f         *gofakeit.Faker
	loc       *locale
	plants    []plant
	looks     []look
	seen      map[string]bool
}

func (e *em) rec(kind, form, key string, ns ...needle) {
	if e.seen == nil {
		e.seen = map[string]bool{}
	}
	if e.seen[kind+"\x00"+key] {
		return
	}
	e.seen[kind+"\x00"+key] = true
	e.plants = append(e.plants, plant{kind: kind, form: form, needles: ns})
}

var nameParticles = map[string]bool{"van": true, "der": true, "de": true, "la": true, "del": true, "bin": true, "binti": true, "da": true, "dos": true, "di": true, "dela": true}

// noSpaceScript reports whether s holds letters of a script written without
// spaces between words (so no word boundary can be asked for).
func noSpaceScript(s string) bool {
	for _, c := range s {
		if unicode.In(c, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}

// nameNeedles: every word of the family name that is not a particle; in
// scripts without spaces the family name (two characters or more), the
// given name and the whole name.
func nameNeedles(p *person) []needle {
	var ns []needle
	if noSpaceScript(p.full) {
		for _, s := range []string{p.family, p.given, strings.ReplaceAll(p.full, " ", "")} {
			if len([]rune(s)) >= 2 {
				ns = append(ns, needle{s, viewFold})
			}
		}
		return ns
	}
	for _, w := range strings.Fields(p.family) {
		if !nameParticles[strings.ToLower(w)] && len([]rune(w)) >= 2 {
			ns = append(ns, needle{w, viewWord})
		}
	}
	return ns
}

func (e *em) Name(form string) string {
	e.rec(kName, form, e.real.full, nameNeedles(e.real)...)
	return e.p.Name(form)
}

func (e *em) Email(form string) string {
	ns := []needle{{e.real.email, viewFold}}
	if local, _, ok := strings.Cut(e.real.email, "@"); ok && len(local) >= 5 {
		ns = append(ns, needle{local, viewFold})
	}
	e.rec(kEmail, form, e.real.email, ns...)
	return e.p.Email(form)
}

func (e *em) Phone(form string) string {
	e.rec(kPhone, form, e.real.nsn, needle{e.real.nsn, viewDigits})
	return e.p.Phone(form)
}

func (e *em) Addr(form string) string {
	a := e.real.addr
	ns := []needle{{a.street, viewWord}}
	if noSpaceScript(a.street) {
		ns[0].view = viewFold
	}
	e.rec(kAddress, form, a.full, ns...)
	return e.p.Addr(form)
}

func (e *em) Card(form string) string {
	e.rec(kCard, form, e.real.card.digits, needle{e.real.card.digits, viewDigits})
	return e.p.Card(form)
}

func (e *em) IBAN(form string) string {
	e.rec(kIBAN, form, e.real.iban, needle{e.real.iban, viewAlnum})
	return e.p.IBAN(form)
}

func (e *em) CNID(form string) string {
	e.rec(kCNID, form, e.real.cnid, needle{e.real.cnid, viewAlnum})
	return e.p.CNID()
}

func (e *em) Secret(form string) string {
	core := e.real.secretCore[form]
	e.rec(kCred, form, core, needle{core, viewText})
	return e.p.Secret(form)
}

// Exp is a card's expiry: not personal on its own, written beside the card.
func (e *em) Exp() string { return e.real.card.exp }

// Brand is the card's brand as a gateway logs it.
func (e *em) Brand() string { return e.real.card.brand }

// Given is the buyer's given name alone, as greetings use it; it is judged
// with the whole name, which every line that greets also carries.
func (e *em) Given() string {
	if e.p.blank {
		return placeholder
	}
	return e.p.given
}

func (e *em) pick(s ...string) string { return s[e.r.IntN(len(s))] }

func (e *em) n(lo, hi int) int { return lo + e.r.IntN(hi-lo+1) }

func (e *em) digits(n int) string { return digits(e.r, n) }

// L writes a look-alike of type t and records it.
func (e *em) L(t string) string {
	v := lookalike(e, t)
	e.looks = append(e.looks, look{t, v})
	return v
}

// Ts is an RFC 3339 time in late 2026.
func (e *em) Ts() string {
	return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", e.n(10, 12), e.n(1, 28), e.n(0, 23), e.n(0, 59), e.n(0, 59), e.n(0, 999))
}

// Family is the buyer's family name alone (a form's last_name).
func (e *em) Family() string {
	e.rec(kName, "family", e.real.full, nameNeedles(e.real)...)
	if e.p.blank {
		return placeholder
	}
	return e.p.family
}

// Post is the buyer's postcode: written beside an address, not judged alone.
func (e *em) Post() string {
	if e.p.blank {
		return placeholder
	}
	return e.p.addr.post
}
