package twentyfiftheval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The judge.
//
// A PII value leaks when a piece of it survives in the redacted text of the
// field (or raw line) that carried it: any 6 consecutive digits of a phone,
// card, IBAN or resident id (digits read across the separators people type:
// spaces, dashes, dots, slashes, brackets, "+"; digits of any script);
// the local part of an e-mail address (3 characters or more; also its part
// before a "+" tag); any word of 4 letters or more of a name or address
// (2-character windows in scripts written without spaces: Han, kana,
// Hangul, Thai, Lao, Khmer, Burmese), street types and other structural words
// excepted (stopWords); any 6 consecutive characters of a credential's secret
// part. The redacted text is read raw, JSON-unescaped (once and twice),
// URL-decoded (percent and "+") and in the combinations of both.
//
// A piece counts only beyond what the template itself wrote: the judge counts
// each piece in the template text (the same field with every PII value taken
// out) and in the other PII values of the field, view by view, and a value
// leaks when the redacted text holds more of a piece than those account for.
// A piece held by this value alone is tried first; a piece shared with another
// value of the field counts for this value only beyond the shares of the
// values already found leaked (in field order).
//
// A look-alike is damaged when it does not survive verbatim: in some view
// where the template shows all of its instances, the redacted text shows
// fewer.

type tokKind uint8

const (
	tWord  tokKind = iota // a word (lower case) or a 2-window of a script without spaces
	tDig                  // 6 consecutive digits
	tSubCI                // a substring, case-insensitive (e-mail local part)
	tSubCS                // a substring, case-sensitive (credential window)
)

type tok struct {
	k tokKind
	s string
}

var viewNames = [...]string{"raw", "json", "json2", "url", "url(json)", "url(json2)", "json(url)"}

const nViews = len(viewNames)

func viewsOf(s string) [nViews]string {
	var v [nViews]string
	v[0] = s
	v[1] = jsonUnescape(s)
	v[2] = jsonUnescape(v[1])
	v[3] = urlDecode(s)
	v[4] = urlDecode(v[1])
	v[5] = urlDecode(v[2])
	v[6] = jsonUnescape(v[3])
	return v
}

func jsonUnescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch d := s[i+1]; d {
		case '"', '\\', '/':
			b.WriteByte(d)
			i++
		case 'b':
			b.WriteByte('\b')
			i++
		case 'f':
			b.WriteByte('\f')
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'u':
			r, ok := hex4(s, i+2)
			if !ok {
				b.WriteByte(c)
				continue
			}
			i += 5
			if r >= 0xd800 && r < 0xdc00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, ok := hex4(s, i+3); ok && r2 >= 0xdc00 && r2 < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		v, ok := hexVal(c)
		if !ok {
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func urlDecode(s string) string {
	if strings.IndexByte(s, '%') < 0 && strings.IndexByte(s, '+') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b = append(b, ' ')
		case c == '%' && i+2 < len(s):
			h, ok1 := hexVal(s[i+1])
			l, ok2 := hexVal(s[i+2])
			if ok1 && ok2 {
				b = append(b, h<<4|l)
				i += 2
			} else {
				b = append(b, c)
			}
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// unspaced reports a script written without spaces between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) || r == 0x30fc || r == 0x3005
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// words calls fn for every word of 4 runes or more (lower case) of a spaced
// script and every 2-rune window of a run of an unspaced script.
func words(s string, fn func(string)) {
	var run []rune
	runUnspaced := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if runUnspaced {
			for i := 0; i+2 <= len(run); i++ {
				fn(string(run[i : i+2]))
			}
		} else if len(run) >= 4 {
			fn(string(run))
		}
		run = run[:0]
	}
	for _, r := range s {
		if !isLetter(r) || r == utf8.RuneError {
			flush()
			continue
		}
		if unicode.IsMark(r) && len(run) > 0 {
			run = append(run, r)
			continue
		}
		u := unspaced(r)
		if len(run) > 0 && u != runUnspaced {
			flush()
		}
		runUnspaced = u
		run = append(run, unicode.ToLower(r))
	}
	flush()
}

// digitVal reads a decimal digit of any of the scripts the corpus writes.
func digitVal(r rune) (byte, bool) {
	for _, z := range [...]rune{'0', 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x17e0, 0x1040} {
		if r >= z && r <= z+9 {
			return byte('0' + r - z), true
		}
	}
	return 0, false
}

func isDigitSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '+', 0xa0, 0x2011, 0x2013:
		return true
	}
	return false
}

// digitSpans calls fn with the digits of every run of digits joined by at
// most two separator characters at a time.
func digitSpans(s string, fn func(string)) {
	var buf []byte
	seps := 0
	for _, r := range s {
		if d, ok := digitVal(r); ok {
			buf = append(buf, d)
			seps = 0
			continue
		}
		if len(buf) > 0 && isDigitSep(r) && seps < 2 {
			seps++
			continue
		}
		if len(buf) > 0 {
			fn(string(buf))
		}
		buf = buf[:0]
		seps = 0
	}
	if len(buf) > 0 {
		fn(string(buf))
	}
}

func allDigits(s string) string {
	var b []byte
	for _, r := range s {
		if d, ok := digitVal(r); ok {
			b = append(b, d)
		}
	}
	return string(b)
}

func windows(s string, n int, fn func(string)) {
	rs := []rune(s)
	for i := 0; i+n <= len(rs); i++ {
		fn(string(rs[i : i+n]))
	}
}

func lowerRunes(s string) string {
	return strings.Map(unicode.ToLower, s)
}

// vstats counts the pieces of one view of a text.
type vstats struct {
	text  string
	lower string
	w     map[string]int
	d     map[string]int
}

func newVstats(s string) *vstats {
	v := &vstats{text: s, w: map[string]int{}, d: map[string]int{}}
	words(s, func(w string) { v.w[w]++ })
	digitSpans(s, func(ds string) {
		if len(ds) >= 6 {
			windows(ds, 6, func(x string) { v.d[x]++ })
		}
	})
	return v
}

func (v *vstats) count(t tok) int {
	switch t.k {
	case tWord:
		return v.w[t.s]
	case tDig:
		return v.d[t.s]
	case tSubCI:
		if v.lower == "" {
			v.lower = lowerRunes(v.text)
		}
		return strings.Count(v.lower, t.s)
	default:
		return strings.Count(v.text, t.s)
	}
}

type viewSet [nViews]*vstats

func newViewSet(s string, cache map[string]*vstats) viewSet {
	var vs viewSet
	for i, x := range viewsOf(s) {
		if st, ok := cache[x]; ok {
			vs[i] = st
			continue
		}
		st := newVstats(x)
		cache[x] = st
		vs[i] = st
	}
	return vs
}

// stopWords are structural words of addresses (street types, units,
// floors, districts' labels), nameStop the particles of names: one left
// behind by a redaction that took the rest is no leak.
var stopWords = map[string]bool{}

var nameStop = map[string]bool{"bin": true, "binti": true}

func init() {
	for _, w := range strings.Fields(`
street road avenue lane drive boulevard way close court place square highway floor unit suite tower
building apartment apartments villa house block phase plot near opposite city state district flat gali
room behind
calle avenida pasaje jirón jiron carrera diagonal transversal piso dpto depto departamento interior
colonia barrio manzana casa torre oficina local edificio número numero
rua avenida travessa alameda rodovia estrada apto apartamento bloco andar casa conjunto lote quadra
bairro centro sala loja fundos térreo cobertura
straße strasse gasse allee platz weg ring damm stock hinterhaus vorderhaus wohnung etage links rechts
straat laan gracht plein kade singel dijk
rue avenue boulevard impasse chemin allée place quai route résidence étage appartement bâtiment
porte gauche droite escalier
via viale corso piazza vicolo largo strada scala interno piano
ulica ulicy aleja osiedle mieszkanie
ulice třída náměstí nábřeží
strada bulevardul bulevard calea aleea scara etaj sector
cadde caddesi cad sokak sokağı sok mahallesi mah bulvarı bulvar daire apartmanı kat
улица проспект переулок шоссе бульвар дом корпус строение квартира область район
вулиця проспект провулок бульвар будинок квартира область
οδός λεωφόρος πλατεία
רחוב שדרות דירה קומה כניסה
شارع طريق حي مبنى شقة فيلا برج الطابق منطقة
jalan gang lorong kompleks perumahan kelurahan kecamatan kabupaten provinsi kota desa blok nomor
taman persiaran lebuh lebuhraya tingkat
barangay purok subdivision village
đường phường quận huyện thành phố tỉnh xã ngõ ngách hẻm
मकान गली नगर कॉलोनी
`) {
		stopWords[w] = true
	}
	// Structural words of unspaced scripts: their 2-windows are no leak.
	for _, w := range strings.Fields(`ซอย ถนน แขวง เขต หมู่ หมู่บ้าน ตำบล อำเภอ จังหวัด อาคาร ชั้น
号室 丁目 番地 号楼 大厦 小区 街道 新区 대로 특별시 광역시 아파트`) {
		windows(w, 2, func(x string) { stopWords[x] = true })
	}
}

// countBounded counts the occurrences of x in s that are not part of a
// longer run of letters and digits (a look-alike "v0" inside a base64
// signature is not the look-alike).
func countBounded(s, x string) int {
	if x == "" {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(x)
	last, _ := utf8.DecodeLastRuneInString(x)
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], x)
		if j < 0 {
			return n
		}
		at := i + j
		end := at + len(x)
		ok := true
		if alnum(first) && at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:at]); alnum(r) {
				ok = false
			}
		}
		if ok && alnum(last) && end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); alnum(r) {
				ok = false
			}
		}
		if ok {
			n++
		}
		i = at + 1
	}
}

// valueTokens are the pieces of a PII value the judge looks for.
func valueTokens(p *pv) []tok {
	var out []tok
	seen := map[tok]bool{}
	add := func(t tok) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	switch p.kind {
	case "name":
		words(p.val, func(w string) {
			if !nameStop[w] {
				add(tok{tWord, w})
			}
		})
	case "address":
		words(p.val, func(w string) {
			if !stopWords[w] {
				add(tok{tWord, w})
			}
		})
	case "phone", "card", "iban", "cn_id":
		windows(allDigits(p.val), 6, func(w string) { add(tok{tDig, w}) })
	case "email":
		at := strings.LastIndexByte(p.val, '@')
		if at < 0 {
			at = len(p.val)
		}
		local := lowerRunes(p.val[:at])
		if utf8.RuneCountInString(local) >= 3 {
			add(tok{tSubCI, local})
		}
		if i := strings.IndexByte(local, '+'); i >= 3 {
			add(tok{tSubCI, local[:i]})
		}
	case "credential":
		windows(p.judge, 6, func(w string) { add(tok{tSubCS, w}) })
	}
	return out
}

type leakRes struct {
	judged bool // false: the value has no piece the judge can look for
	leaked bool
	piece  string
	view   string
}

// judgeField judges the PII values and look-alikes of field fi of c against
// out, the field's redacted text. It returns one result per PII record index
// (only those of the field are set) and the damaged look-alike indexes.
func judgeField(c *cas, fi int, out string, leaks map[int]leakRes, damaged map[int]bool) {
	t := c.fields[fi].t
	var tb strings.Builder
	written := map[int32]*strings.Builder{}
	var order []int32
	for _, s := range t {
		if s.pii > 0 {
			tb.WriteString("\n")
			w := written[s.pii]
			if w == nil {
				w = &strings.Builder{}
				written[s.pii] = w
				order = append(order, s.pii)
			} else {
				w.WriteString("\n")
			}
			w.WriteString(s.s)
			continue
		}
		tb.WriteString(s.s)
	}
	cache := map[string]*vstats{}
	tpl := newViewSet(tb.String(), cache)
	outv := newViewSet(out, map[string]*vstats{})

	type inst struct {
		idx  int
		toks []tok
		vs   viewSet
	}
	insts := make([]inst, 0, len(order))
	for _, p := range order {
		rec := c.pii[p-1]
		insts = append(insts, inst{idx: int(p - 1), toks: valueTokens(rec), vs: newViewSet(written[p].String(), map[string]*vstats{})})
	}
	shared := func(i int, tk tok) bool {
		for j := range insts {
			if j == i {
				continue
			}
			for v := 0; v < nViews; v++ {
				if insts[j].vs[v].count(tk) > 0 {
					return true
				}
			}
		}
		return false
	}
	res := make([]leakRes, len(insts))
	isShared := make([][]bool, len(insts))
	// Pass 1: pieces of one value alone.
	for i, in := range insts {
		res[i].judged = len(in.toks) > 0
		isShared[i] = make([]bool, len(in.toks))
		for k, tk := range in.toks {
			isShared[i][k] = shared(i, tk)
			if isShared[i][k] || res[i].leaked {
				continue
			}
			for v := 0; v < nViews; v++ {
				if n := outv[v].count(tk); n > 0 && n > tpl[v].count(tk) {
					res[i] = leakRes{judged: true, leaked: true, piece: tk.s, view: viewNames[v]}
					break
				}
			}
		}
	}
	// Pass 2: shared pieces, beyond the shares of values found leaked. Values
	// with no piece of their own are tried first: a value whose own pieces
	// are gone was redacted, and a shared piece left is more likely the
	// other value's.
	hasOwn := func(i int) bool {
		for k := range insts[i].toks {
			if !isShared[i][k] {
				return true
			}
		}
		return false
	}
	for _, own := range []bool{false, true} {
		for i, in := range insts {
			if res[i].leaked || hasOwn(i) != own {
				continue
			}
		tokens:
			for k, tk := range in.toks {
				if !isShared[i][k] {
					continue
				}
				for v := 0; v < nViews; v++ {
					n := outv[v].count(tk)
					if n == 0 {
						continue
					}
					bg := tpl[v].count(tk)
					for j := range insts {
						if j != i && res[j].leaked {
							bg += insts[j].vs[v].count(tk)
						}
					}
					if n > bg {
						res[i] = leakRes{judged: true, leaked: true, piece: tk.s, view: viewNames[v]}
						break tokens
					}
				}
			}
		}
	}
	for i, in := range insts {
		leaks[in.idx] = res[i]
	}

	// Look-alikes.
	byText := map[string][]int{}
	var texts []string
	for _, s := range t {
		if s.look > 0 {
			l := c.looks[s.look-1]
			if _, ok := byText[l.text]; !ok {
				texts = append(texts, l.text)
			}
			byText[l.text] = append(byText[l.text], int(s.look-1))
		}
	}
	for _, x := range texts {
		idx := byText[x]
		n := len(idx)
		loss := -1
		for v := 0; v < nViews; v++ {
			req := countBounded(tpl[v].text, x)
			if req < n {
				continue
			}
			got := countBounded(outv[v].text, x)
			l := req - got
			if l < 0 {
				l = 0
			}
			if loss < 0 || l < loss {
				loss = l
			}
		}
		if loss > n {
			loss = n
		}
		for k := 0; k < loss; k++ {
			damaged[idx[k]] = true
		}
	}
}
