package fourtheval

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// The judge reads a redacted line the way someone hunting for the planted
// values would: raw, with JSON escapes undone (repeatedly, for JSON inside
// JSON), URL-decoded, HTML entities decoded, case-folded, with vigil's
// markers ([REDACTED:…], [HASH:…]) as barriers.
//
// A PII value leaks when one of its fragments survives:
//
//	email       its local part (before '@', when it has four or more
//	            characters; otherwise the whole address), as text
//	phone       any 6 consecutive digits of the number as written, after its
//	            country code or trunk prefix, read across the spaces, dashes,
//	            dots, slashes and parentheses people put between digits
//	card, cn_id any 6 consecutive digits
//	iban        any 6 consecutive characters of the compact IBAN
//	credential  any 6 consecutive letters or digits of the secret part (the
//	            token after a vendor prefix, the password in a URL, the
//	            base64 of a Basic header, the key in a PEM block)
//	name        a word of 4+ letters (2+ for Hangul, Han or Kana) that is not
//	            a particle or title, or two adjacent words of the name
//	address     the street line (number and street, as words), or a word of
//	            4+ letters of a street or building name; city, district,
//	            neighbourhood, region and postcode are not judged
//
// A fragment that also occurs in the same line with every PII value replaced
// by a placeholder is background (a street named like the city, a window of
// digits that is also a timestamp) and is not used. A value none of whose
// fragments can be judged is counted apart ("unjudged").
//
// A look-alike is damaged when it occurs fewer times in the redacted text, at
// word boundaries, than in the line with its PII replaced by placeholders.

type frag struct {
	t byte // 'w' words, 'd' digits, 'c' compact letters and digits, 't' text
	s string
}

type hay struct {
	text, words, digits, compact string
}

func mkHay(s string) *hay {
	t := normText(s)
	return &hay{text: t, words: wordStream(t), digits: digitStream(t), compact: compactStream(t)}
}

func (h *hay) has(f frag) bool {
	switch f.t {
	case 'w':
		return strings.Contains(h.words, " "+f.s+" ")
	case 'd':
		return strings.Contains(h.digits, f.s)
	case 'c':
		return strings.Contains(h.compact, f.s)
	}
	return strings.Contains(h.text, f.s)
}

// ---- normalisation ----

const barrier = "\x00"

func stripMarkers(s string) string {
	if !strings.Contains(s, "[REDACTED") && !strings.Contains(s, "[HASH") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "[REDACTED")
		j := strings.Index(s, "[HASH")
		if i < 0 || (j >= 0 && j < i) {
			i = j
		}
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		k := strings.IndexByte(s[i:], ']')
		if k < 0 || k > 120 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(barrier)
		s = s[i+k+1:]
	}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
			b.WriteByte(n)
			i++
		case 'n', 'r', 't', 'b', 'f':
			b.WriteByte(' ')
			i++
		case 'u':
			if i+5 < len(s) {
				r := 0
				ok := true
				for k := 2; k < 6; k++ {
					v := hexVal(s[i+k])
					if v < 0 {
						ok = false
						break
					}
					r = r*16 + v
				}
				if ok {
					i += 5
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						lo := 0
						ok2 := true
						for k := 3; k < 7; k++ {
							v := hexVal(s[i+k])
							if v < 0 {
								ok2 = false
								break
							}
							lo = lo*16 + v
						}
						if ok2 && lo >= 0xDC00 && lo < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
							i += 6
						}
					}
					b.WriteRune(rune(r))
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func urlDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && hexVal(s[i+1]) >= 0 && hexVal(s[i+2]) >= 0:
			b = append(b, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
			i += 2
		case c == '+':
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

func normText(s string) string {
	s = stripMarkers(s)
	for k := 0; k < 4; k++ {
		u := stripMarkers(jsonUnescape(s))
		if u == s {
			break
		}
		s = u
	}
	s = stripMarkers(urlDecode(urlDecode(s)))
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return strings.ToLower(s)
}

// foldDigit maps the digits of Bengali, Arabic-Indic, Extended Arabic-Indic
// and full-width scripts to ASCII.
func foldDigit(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= 0x09E6 && r <= 0x09EF:
		return byte('0' + r - 0x09E6), true
	case r >= 0x0660 && r <= 0x0669:
		return byte('0' + r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return byte('0' + r - 0x06F0), true
	case r >= 0xFF10 && r <= 0xFF19:
		return byte('0' + r - 0xFF10), true
	}
	return 0, false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func wordStream(t string) string {
	var b strings.Builder
	b.Grow(len(t) + 2)
	b.WriteByte(' ')
	sp := true
	for _, r := range t {
		if d, ok := foldDigit(r); ok {
			b.WriteByte(d)
			sp = false
			continue
		}
		if r == 0 {
			if !sp {
				b.WriteByte(' ')
			}
			b.WriteString("\x00 ")
			sp = true
			continue
		}
		if isWordRune(r) {
			b.WriteRune(r)
			sp = false
			continue
		}
		if !sp {
			b.WriteByte(' ')
			sp = true
		}
	}
	if !sp {
		b.WriteByte(' ')
	}
	return b.String()
}

func tokens(t string) []string {
	var out []string
	for _, w := range strings.Fields(wordStream(t)) {
		if w != barrier {
			out = append(out, w)
		}
	}
	return out
}

func isDigitSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '+', '\u00a0', '\'', '’', ',', '\u2009', '\u202f', '_':
		return true
	}
	return false
}

// digitStream joins digit groups separated by up to three separator
// characters; anything else ends a run.
func digitStream(t string) string {
	var b strings.Builder
	in := false
	gap := 0
	for _, r := range t {
		if d, ok := foldDigit(r); ok {
			b.WriteByte(d)
			in = true
			gap = 0
			continue
		}
		if in && isDigitSep(r) && gap < 3 {
			gap++
			continue
		}
		if in {
			b.WriteByte('|')
			in = false
		}
	}
	return b.String()
}

func compactStream(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 32)
		case c == 0:
			b.WriteByte('|')
		}
	}
	return b.String()
}

// ---- fragments ----

var nameStop = setOf("de;del;la;las;los;da;das;do;dos;di;van;der;den;ter;te;bin;binti;bt;b;a/p;a/l;al;el;md;mohd;dr;jr;sr;iii;ii;dela;mr;mrs;ms;miss;sir;né;ne;y;e;und;and;a;p;l")

var addrStop = setOf("street;road;avenue;lane;drive;crescent;place;highway;terrace;close;court;quay;square;boulevard;unit;level;flat;apartment;floor;suite;block;phase;plot;house;holding;sector;calle;carrera;transversal;diagonal;pasaje;jirón;piso;depto;dpto;departamento;oficina;torre;interior;apto;casa;manzana;lote;urbanización;colonia;barrio;rua;travessa;alameda;praça;estrada;rodovia;sala;bloco;andar;apartamento;viale;corso;piazza;piazzale;largo;vicolo;strada;scala;interno;piano;strasse;straße;gasse;platz;allee;postfach;chaussée;quai;allée;impasse;étage;straat;laan;gracht;plein;kade;gate;gata;veien;vegen;plass;gade;allé;plads;utca;körút;emelet;ajtó;fszt;katu;kuja;polku;tori;asunto;вул;вулиця;просп;проспект;бульв;бульвар;пров;провулок;площа;квартира;будинок;شارع;عمارة;شقة;الدور;مدينة;برج;مکان;نمبر;گلی;بلاک;فلیٹ;বাড়ি;বাসা;রোড;ব্লক;ফ্ল্যাট;대로;아파트;오피스텔;빌라;jalan;lorong;persiaran;lebuh;lebuhraya;taman;kampung;residensi;kondominium;pangsapuri;menara;bandar;brgy;barangay;purok;sitio;subdivision;village;homes;tower;towers;north;south;east;west;norte;este;oeste;centro;center;centre;the;main;bis;west;postbox")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, x := range strings.Split(s, ";") {
		m[x] = true
	}
	return m
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return s != ""
}

func isCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
			return true
		}
	}
	return false
}

func wordOK(t string) bool {
	if !allLetters(t) {
		return false
	}
	n := utf8.RuneCountInString(t)
	return n >= 4 || (isCJK(t) && n >= 2)
}

func windows(s string, k, stride int, t byte) []frag {
	if len(s) <= k {
		if len(s) >= 4 {
			return []frag{{t, s}}
		}
		return nil
	}
	var out []frag
	for i := 0; i+k <= len(s); i += stride {
		out = append(out, frag{t, s[i : i+k]})
	}
	if (len(s)-k)%stride != 0 {
		out = append(out, frag{t, s[len(s)-k:]})
	}
	return out
}

func fragsOf(p *pii) []frag {
	switch p.Kind {
	case "email":
		t := normText(p.Text)
		at := strings.LastIndex(t, "@")
		local := t[:at]
		var out []frag
		if utf8.RuneCountInString(local) >= 4 {
			out = append(out, frag{'t', local})
		} else {
			out = append(out, frag{'t', t})
		}
		if i := strings.IndexByte(local, ' '); i >= 4 {
			out = append(out, frag{'t', local[:i]})
		}
		return out
	case "phone", "card", "cn_id":
		return windows(p.Digits, 6, 1, 'd')
	case "iban":
		return windows(compactStream(strings.ToLower(p.Digits)), 6, 1, 'c')
	case "credential":
		sec := compactStream(normText(p.Secret))
		stride := 1
		if len(sec) > 48 {
			stride = 3
		}
		return windows(sec, 6, stride, 'c')
	case "name":
		toks := tokens(normText(p.Text))
		var out []frag
		for i, t := range toks {
			if wordOK(t) && !nameStop[t] {
				out = append(out, frag{'w', t})
			}
			if i > 0 && allLetters(toks[i-1]) && allLetters(t) && !(nameStop[toks[i-1]] && nameStop[t]) {
				out = append(out, frag{'w', toks[i-1] + " " + t})
			}
		}
		if len(out) == 0 && len(toks) > 0 {
			out = append(out, frag{'w', strings.Join(toks, " ")})
		}
		return dedupe(out)
	case "address":
		toks := tokens(normText(p.Text))
		loc := map[string]bool{}
		for _, l := range p.locality {
			for _, t := range tokens(normText(l)) {
				loc[t] = true
			}
		}
		var out []frag
		sl := strings.Join(tokens(normText(p.street)), " ")
		if sl != "" && strings.Contains(" "+strings.Join(toks, " ")+" ", " "+sl+" ") {
			out = append(out, frag{'w', sl})
		}
		for _, t := range toks {
			if p.idents[t] && !loc[t] && !addrStop[t] && wordOK(t) {
				out = append(out, frag{'w', t})
			}
		}
		return dedupe(out)
	}
	return nil
}

func dedupe(fs []frag) []frag {
	seen := map[frag]bool{}
	var out []frag
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// ---- look-alike counting ----

func alnumAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func alnumBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// boundedCount counts occurrences of v in h that do not run into letters or
// digits on an edge where v itself has a letter or digit.
func boundedCount(h, v string) int {
	if v == "" {
		return 0
	}
	startAN := alnumAt(v, 0)
	endAN := alnumBefore(v, len(v))
	n := 0
	for i := 0; ; {
		j := strings.Index(h[i:], v)
		if j < 0 {
			return n
		}
		a := i + j
		b := a + len(v)
		if (!startAN || a == 0 || !alnumBefore(h, a) || pctBefore(h, a)) && (!endAN || b == len(h) || !alnumAt(h, b)) {
			n++
		}
		i = a + 1
	}
}

// pctBefore reports a %XX escape right before i: "%3D1716…" starts a value.
func pctBefore(h string, i int) bool {
	return i >= 3 && h[i-3] == '%' && hexVal(h[i-2]) >= 0 && hexVal(h[i-1]) >= 0
}

// ---- event text ----

// docText is what an event stores: every path and value, strings as they
// are (one level of JSON escaping undone by the decoder).
func docText(ev *event.Event) string {
	var b strings.Builder
	writeFields(&b, ev.Fields)
	return b.String()
}

func writeFields(b *strings.Builder, fs []event.Field) {
	for _, f := range fs {
		b.WriteString(f.Path)
		b.WriteString(" = ")
		writeValue(b, f.Value)
		b.WriteByte('\n')
	}
}

func writeValue(b *strings.Builder, v event.Value) {
	switch v.Kind {
	case event.String, event.Number:
		if v.Kind == event.Number && v.Str == "" {
			b.WriteString(string(v.AppendJSON(nil)))
			return
		}
		b.WriteString(v.Str)
	case event.Bool:
		b.WriteString(v.Text())
	case event.Array:
		b.WriteString("[ ")
		for _, it := range v.Items {
			writeValue(b, it)
			b.WriteString(" ; ")
		}
		b.WriteString("]")
	case event.Object:
		b.WriteString("{ ")
		writeFields(b, v.Fields)
		b.WriteString("}")
	}
}
