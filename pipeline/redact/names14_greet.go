package redact

import (
	"strings"
	"unicode/utf8"
)

// A greeting, a name and a comma wherever they stand in a text, not only
// where a message starts (greetings.go): a rendered template's body whose
// lines are joined by escaped newlines ("…\nHalo Ratna Kusumawati,\n…"), a
// transcript or note that quotes the message ("… tracking 1Z… Hoi Bram
// Jansen, …", "to=Zillow Habari Otieno Chebet, …"), and greetings the
// shared list lacks ("G'day", "Kia ora", Filipino "Hello po"). Away from a
// message's start the comma must close the name and the name must have a
// person's shape (names14_shape.go): "Hi Team, …", "Hello World, …" and a
// greeting word inside prose ("… the Beste Produkt, …") stay.

// greet14Extra are greetings read by this reader alone, lower case.
var greet14Extra = []string{"g'day", "g’day", "kia ora", "talofa", "bula", "hello po", "hi po", "magandang araw po",
	"magandang umaga po", "magandang hapon po", "magandang gabi po", "good day", "greetings", "howdy", "aloha"}

// greet14Pair filters word starts by their first two bytes (the first
// folded to lower case) before greet14Extra is compared.
var greet14Pair = func() *[256][256]bool {
	var t [256][256]bool
	for _, g := range greet14Extra {
		t[g[0]][g[1]] = true
	}
	return &t
}()

// greetBits14 is a small filter before the pair tables (64 KiB each, a
// cache miss per word): a bit per first byte and second byte's low six
// bits of every greeting.
var greetBits14 = func() (t [256]uint64) {
	for c := range greetingFirst {
		for _, g := range greetingFirst[c] {
			t[c] |= 1 << (g[1] & 63)
		}
	}
	for _, g := range greet14Extra {
		t[g[0]] |= 1 << (g[1] & 63)
		if g[0] >= 'a' && g[0] <= 'z' {
			t[g[0]-'a'+'A'] |= 1 << (g[1] & 63)
		}
	}
	return t
}()

// mayHoldGreet14 is the cheap test before greet14Spans: a comma.
func mayHoldGreet14(sig uint32) bool {
	return sig&sigComma != 0
}

// greet14Spans returns the names between a greeting and a comma.
func greet14Spans(s string) []span {
	var out []span
	for p := 0; p < len(s); {
		c := strings.IndexByte(s[p:], ',')
		if c < 0 {
			break
		}
		c += p
		p = c + 1
		if c < 4 || !(isAlpha(s[c-1]) || s[c-1] >= 0x80 || s[c-1] == '.') {
			continue // a name's last letter (or an initial's stop) before the comma; JSON's "…", stays cheap
		}
		w := c - 1 // the last word before the comma: a name's ends capitalised or in a script without case
		for w > 0 && c-w < 40 && s[w-1] != ' ' && s[w-1] != '\n' {
			w--
		}
		if isLowerASCII(s[w]) || isDigit(s[w]) || c-w >= 40 || w == 0 {
			continue
		}
		if a := greetedBefore14(s, c); a >= 0 {
			out = append(out, span{start: a, end: c, kind: KindName})
		}
	}
	return out
}

// greetedBefore14 returns the start of a name that a greeting opens and
// the comma at c closes, or -1: the word starts of up to five words before
// the comma are tried as the greeting's.
func greetedBefore14(s string, c int) int {
	q := c
	for n := 0; n < 7 && q > 0; n++ {
		// the start of the word before q
		g := q - 1
		for g > 0 && s[g-1] != ' ' && s[g-1] != '\n' && s[g-1] != '"' && s[g-1] != '>' && s[g-1] != '\t' && !(s[g-1] == 'n' && g >= 2 && s[g-2] == '\\') {
			g--
		}
		if g+1 < len(s) && greetBits14[s[g]]>>(s[g+1]&63)&1 != 0 && (greetingPair[s[g]][s[g+1]] || greet14Pair[fold14(s[g])][s[g+1]]) {
			if a, ok := greeting14At(s, g, c); ok {
				return a
			}
		}
		q = g - 1
		for q > 0 && s[q] != ' ' {
			if s[q] == '\n' || s[q] == '"' || s[q] == '>' || s[q] == ',' || s[q] == '.' {
				return -1 // the line or the clause began before a greeting
			}
			q--
		}
		if q <= 0 || s[q] != ' ' {
			return -1
		}
	}
	return -1
}

// fold14 folds an ASCII capital to lower case.
func fold14(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// greeting14At reads a greeting at g and a name after it that ends at the
// comma c; it returns the name's start.
func greeting14At(s string, g, c int) (int, bool) {
	gl := 0
	if greetingPair[s[g]][s[g+1]] {
		for _, w := range greetingCands28(s, g) {
			if len(w) > gl && c-g > len(w) && !foldDiffers(s[g:g+len(w)], w) && strings.EqualFold(s[g:g+len(w)], w) {
				gl = len(w)
			}
		}
	}
	if greet14Pair[fold14(s[g])][s[g+1]] {
		for _, w := range greet14Extra {
			if len(w) > gl && c-g > len(w) && !foldDiffers(s[g:g+len(w)], w) && strings.EqualFold(s[g:g+len(w)], w) {
				gl = len(w)
			}
		}
	}
	if gl == 0 || s[g+gl] != ' ' {
		return 0, false
	}
	p := g + gl + 1
	if strings.HasPrefix(s[p:], "po ") {
		p += 3 // "Hello po Jhonalyn Santos," : Filipino's polite particle
	}
	a, b, ok := greetedName(s, p)
	if !ok || b != c && !(b > c && s[c] == ',') {
		return 0, false
	}
	if messageStart(s, g) || g >= 2 && s[g-1] == 'n' && s[g-2] == '\\' {
		return a, true // a message's start: greetings.go's rules
	}
	// elsewhere the name must have a person's shape
	var ws []n14Word
	for k := a; k < c; {
		w := n14WordAt(s, k)
		if w.k == 0 || n14Plain(s, w) && (len(ws) == 0 || ws[len(ws)-1].k != n14Part) {
			return 0, false
		}
		ws = append(ws, w)
		k = w.b
		for k < c && s[k] == ' ' {
			k++
		}
		if k < c && k == w.b {
			return 0, false
		}
	}
	if n14Strength(s, ws) > 0 {
		return a, true
	}
	if len(ws) == 1 && ws[0].k == n14Cap && lexClass(s[ws[0].a:ws[0].b])&lexGiven != 0 {
		return a, true // "Hoi Bram, …": a given name the lexicon knows
	}
	return 0, false
}

// A name that opens a line and carries its greeting as a suffix, as
// Korean, Chinese and Japanese write it: "Kang Jihoon님 안녕하세요,", "HUANG
// Min您好,", "鈴木由美子様,", "Chen Min您好," — the honorific closes the
// name, the line's start opens it.
var honorSuffixes14 = []string{"님 안녕하세요", "님,", "님 ", "您好", "様,", "様、", "さん,", "さん、", "さま,"}

// mayHoldHonorSuffix14 is the cheap test before honorSuffix14Spans.
func mayHoldHonorSuffix14(s string, sig uint32) bool {
	return sig&sigHigh != 0 && (strings.Contains(s, "님") || strings.Contains(s, "您好") || strings.Contains(s, "様") || strings.Contains(s, "さん") || strings.Contains(s, "さま"))
}

// honorSuffix14Spans returns the names before an honorific suffix that
// open their line.
func honorSuffix14Spans(s string) []span {
	var out []span
	for _, suf := range honorSuffixes14 {
		for p := 0; p < len(s); {
			i := strings.Index(s[p:], suf)
			if i < 0 {
				break
			}
			i += p
			p = i + len(suf)
			a := i
			for a > 0 && i-a < 48 && s[a-1] != '\n' && s[a-1] != '"' && !escapedNL14(s, a-1) && !(s[a-1] == ' ' && a >= 2 && (s[a-2] == ':' || s[a-2] == ']' || s[a-2] == ',')) {
				a--
			}
			if a == i || i-a >= 48 {
				continue
			}
			if honorName14(s[a:i]) {
				out = append(out, span{start: a, end: i, kind: KindName})
			}
		}
	}
	return out
}

// honorName14 reports the words before an honorific suffix that are a
// person's name: one to four capitalised Latin words, a Han name, a
// Hangul name.
func honorName14(v string) bool {
	if n14HanOrHangulName(v) || spacedHanName(v) {
		return true
	}
	if n := utf8.RuneCountInString(v); n == 5 && hanName(v[:len(v)-3]) {
		for _, f := range jaSurnames {
			if strings.HasPrefix(v, f) {
				return true // "鈴木由美子様": a Japanese given name of three characters
			}
		}
	}
	var ws []n14Word
	for k := 0; k < len(v); {
		w := n14WordAt(v, k)
		if w.k == 0 || w.k == n14Caseless || n14Plain(v, w) {
			return false
		}
		ws = append(ws, w)
		k = w.b
		if k < len(v) && v[k] != ' ' {
			return false
		}
		for k < len(v) && v[k] == ' ' {
			k++
		}
	}
	if len(ws) == 1 {
		return ws[0].k == n14Cap && lexClass(v) != 0
	}
	return n14Strength(v, ws) > 0
}
