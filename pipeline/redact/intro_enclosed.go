package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// In scripts without letter case a self-introduction's name cannot be told
// from the words after it by its capitals, so it is read only where the
// phrase closes it: Persian "من <name> هستم" ("I am <name>"), Arabic
// "أنا <name>،" and Hebrew "אני <name>," (closed by a comma). One to three
// words of letters, no digits, stand between.

type enclosedIntro struct {
	open   string
	closes []string // what must follow the name (after optional space)
}

var enclosedIntros = []enclosedIntro{
	{"من ", []string{" هستم"}},
	{"اسم من ", []string{" است", " هست", "،", ","}},
	{"أنا ", []string{"،", ","}},
	{"انا ", []string{"،", ","}},
	{"אני ", []string{","}},
	{"שמי ", []string{",", "."}},
}

// mayHoldEnclosedIntro gates enclosedIntroSpans: Arabic-script or Hebrew
// text with one of the openings.
func mayHoldEnclosedIntro(s string) bool {
	if !strings.ContainsAny(s, "מאנشأا") {
		return false
	}
	for _, e := range enclosedIntros {
		if strings.Contains(s, e.open) {
			return true
		}
	}
	return false
}

// predicateWords begin what people say they are rather than who: waiting,
// a customer, a buyer, unhappy, worried, angry, tired, sure, sorry.
var predicateWords = map[string]bool{"منتظر": true, "مشتری": true, "خریدار": true, "ناراضی": true, "نگران": true,
	"عصبانی": true, "خسته": true, "مطمئن": true, "متاسف": true, "متأسف": true, "زبون": true,
	"زبونة": true, "عميل": true, "عميلة": true, "مشتري": true, "متأسفة": true, "لقد": true, "لا": true, "لست": true}

func enclosedIntroSpans(s string) []span {
	var out []span
	for _, e := range enclosedIntros {
		for p := 0; p < len(s); {
			i := strings.Index(s[p:], e.open)
			if i < 0 {
				break
			}
			i += p
			p = i + len(e.open)
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) || markerEndsAt(s, i) {
					continue // inside a word, or glued to a value already masked
				}
			}
			a := i + len(e.open)
			if w, _, _ := strings.Cut(s[a:], " "); predicateWords[w] {
				continue // "من منتظر سفارشم هستم": "I am waiting for my order"
			}
			// one to three words of letters
			k, words := a, 0
			for words < 3 {
				w := k
				for w < len(s) {
					r, n := utf8.DecodeRuneInString(s[w:])
					if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\u200c' {
						break
					}
					w += n
				}
				if w == k {
					break
				}
				words++
				k = w
				closed := false
				for _, c := range e.closes {
					if strings.HasPrefix(s[k:], c) {
						closed = true
					}
				}
				if closed {
					out = append(out, span{start: a, end: k, kind: KindName})
					p = k
					break
				}
				if k < len(s) && s[k] == ' ' {
					k++
					continue
				}
				break
			}
		}
	}
	return out
}
