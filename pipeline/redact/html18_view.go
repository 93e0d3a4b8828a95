package redact

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
)

// Notification, CRM, helpdesk and dispute services log the HTML bodies of
// the mails they send or receive. A person reads such a body rendered:
// entities decoded ("ana&#64;example.com", "Tom &amp; Ana", "&#1575;…"), a
// table's label cell beside its value cell, a paragraph or a <br> as a
// line break:
//
//	<tr><td>Nombre</td><td>Dewi Lubis</td></tr><tr><td>E-mail</td><td><a href="mailto:dewi&#64;example.com">…
//
// reads as
//
//	Nombre: Dewi Lubis
//	E-mail: mailto:dewi@example.com dewi@example.com
//
// htmlView18 builds that view, as urlEncoded (scan.go) and quotedPrintable
// (segments17_qp.go) build theirs: the scanner runs on it, and what it finds
// is mapped back onto the bytes of the text nodes and attribute values it
// came from, entities included. Markup is never replaced: a value that the
// view reads across a tag is replaced piece by piece, one piece per text
// node, so the output stays the same HTML. Attribute values that carry a
// person's data are read as text of their own: a link's href (mailto:,
// tel:, a URL's query), an input's value (after its name, as a label), an
// image's alt and an element's title; the contents of style and script
// elements and comments are not read.

// Tag classes.
const (
	htmlInline18 uint8 = iota + 1 // no break: a, b, span, img, input…
	htmlBlock18                   // a line break: p, br, div, li, h1…
	htmlRow18                     // tr
	htmlCell18                    // td, th
	htmlSkip18                    // content not rendered: style, script
)

var htmlTags18 = map[string]uint8{
	"a": htmlInline18, "b": htmlInline18, "i": htmlInline18, "u": htmlInline18, "s": htmlInline18, "em": htmlInline18,
	"strong": htmlInline18, "font": htmlInline18, "span": htmlInline18, "small": htmlInline18, "big": htmlInline18,
	"sup": htmlInline18, "sub": htmlInline18, "code": htmlInline18, "label": htmlInline18, "img": htmlInline18,
	"input": htmlInline18, "button": htmlInline18, "meta": htmlInline18, "mark": htmlInline18, "abbr": htmlInline18,
	"tt": htmlInline18, "link": htmlInline18, "o:p": htmlInline18,
	"p": htmlBlock18, "br": htmlBlock18, "div": htmlBlock18, "table": htmlBlock18, "thead": htmlBlock18,
	"tbody": htmlBlock18, "tfoot": htmlBlock18, "html": htmlBlock18, "head": htmlBlock18, "body": htmlBlock18,
	"title": htmlBlock18, "h1": htmlBlock18, "h2": htmlBlock18, "h3": htmlBlock18, "h4": htmlBlock18,
	"h5": htmlBlock18, "h6": htmlBlock18, "ul": htmlBlock18, "ol": htmlBlock18, "li": htmlBlock18,
	"hr": htmlBlock18, "center": htmlBlock18, "pre": htmlBlock18, "blockquote": htmlBlock18, "section": htmlBlock18,
	"header": htmlBlock18, "footer": htmlBlock18, "article": htmlBlock18, "main": htmlBlock18, "caption": htmlBlock18,
	"dl": htmlBlock18, "dt": htmlBlock18, "dd": htmlBlock18, "form": htmlBlock18, "fieldset": htmlBlock18,
	"legend": htmlBlock18, "address": htmlBlock18, "select": htmlBlock18, "option": htmlBlock18, "textarea": htmlBlock18,
	"tr": htmlRow18, "td": htmlCell18, "th": htmlCell18,
	"style": htmlSkip18, "script": htmlSkip18,
}

// mayHoldHTML18 is htmlView18's cheap test: a '<' that opens or closes a
// known element, or an entity.
func mayHoldHTML18(s string, sig uint32) bool {
	if sig&sigLT != 0 && htmlTagIn18(s) {
		return true
	}
	return strings.IndexByte(s, '&') >= 0 && entityIn18(s)
}

// htmlTagIn18 reports the tag of an element only HTML has in s (XML
// shares "address", "title" or "code" with it).
func htmlTagIn18(s string) bool {
	for p := 0; p < len(s); {
		i := strings.IndexByte(s[p:], '<')
		if i < 0 {
			return false
		}
		i += p
		if c, ne := htmlTagAt18(s, i); c != 0 && htmlOnly18(s[i+1:ne]) {
			return true
		}
		p = i + 1
	}
	return false
}

// htmlOnly18 reports the name (with its '/' or "\/") of an element that
// marks a text as HTML.
func htmlOnly18(name string) bool {
	name = strings.TrimLeft(name, `\/`)
	switch strings.ToLower(name) {
	case "html", "body", "p", "br", "div", "table", "tbody", "tr", "td", "th", "a", "b", "i", "u", "em", "strong",
		"input", "form", "span", "font", "li", "ul", "ol", "img", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote":
		return true
	}
	return false
}

// entityIn18 reports a character reference in s that hides what a
// detector reads: "&#64;", "&#x40;", "&nbsp;", "&eacute;", or markup
// escaped as "&lt;td&gt;". References of punctuation alone ("Marks &amp;
// Spencer", "&quot;") leave the text as the detectors read it.
func entityIn18(s string) bool {
	for p := 0; p < len(s); {
		i := strings.IndexByte(s[p:], '&')
		if i < 0 {
			return false
		}
		i += p
		p = i + 1
		d, n := entityAt18(s, i)
		if n == 0 {
			continue
		}
		switch d {
		case "&", "\"", "'", ">":
			continue
		case "<":
			if !escapedTagAt18(s, i+n) {
				continue
			}
		}
		return true
	}
	return false
}

// escapedTagAt18 reports an HTML element's name at s[p:], after "&lt;" and
// an optional '/', ended by a space, '/' or "&gt;".
func escapedTagAt18(s string, p int) bool {
	if p < len(s) && s[p] == '/' {
		p++
	}
	st := p
	for p < len(s) && p-st < 10 && (isAlpha(s[p]) || p > st && isDigit(s[p])) {
		p++
	}
	return p > st && p < len(s) && (s[p] == ' ' || s[p] == '/' || s[p] == '&') && htmlOnly18(s[st:p])
}

// htmlTagAt18 returns the class of the tag that opens at s[i] ('<'), and
// the end of its name; 0 when s[i] opens no known element's tag.
func htmlTagAt18(s string, i int) (uint8, int) {
	p := i + 1
	if p < len(s) && s[p] == '/' {
		p++
	} else if p+1 < len(s) && s[p] == '\\' && s[p+1] == '/' {
		p += 2 // "<\/td>": a JSON encoder that escapes slashes
	}
	var buf [10]byte
	n := 0
	for p < len(s) && n < len(buf) && (isAlpha(s[p]) || n > 0 && (isDigit(s[p]) || s[p] == ':')) {
		buf[n] = s[p] | 0x20
		if s[p] == ':' {
			buf[n] = ':'
		}
		n++
		p++
	}
	if n == 0 || p >= len(s) {
		return 0, 0
	}
	if c := s[p]; c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r' {
		return 0, 0
	}
	c := htmlTags18[string(buf[:n])]
	if c == 0 || !attrsWellFormed18(s, p) {
		return 0, 0 // "<a little caribou@163.com>" is a mailbox in brackets
	}
	return c, p
}

// attrsWellFormed18 reports that the tag whose name ends at p closes with
// '>' after attributes only: names (letters, digits, '-', '_', ':', '.'),
// each alone or with a value, quoted or one token.
func attrsWellFormed18(s string, p int) bool {
	for end := min(len(s), p+4096); p < end; {
		c := s[p]
		switch {
		case c == '>':
			return true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/':
			p++
			continue
		case c == '\\' && p+1 < len(s) && (s[p+1] == 'n' || s[p+1] == 't' || s[p+1] == 'r' || s[p+1] == '/'):
			p += 2 // white space or a slash JSON escaped
			continue
		case !isAlpha(c) && c != '_' && c != ':':
			return false
		}
		for p < end && (isAlnum(s[p]) || s[p] == '-' || s[p] == '_' || s[p] == ':' || s[p] == '.') {
			p++
		}
		for p < end && (s[p] == ' ' || s[p] == '\t') {
			p++
		}
		if p >= end || s[p] != '=' {
			continue
		}
		p++
		for p < end && (s[p] == ' ' || s[p] == '\t') {
			p++
		}
		switch {
		case p < end && (s[p] == '"' || s[p] == '\''):
			k := strings.IndexByte(s[p+1:end], s[p])
			if k < 0 {
				return false
			}
			p += k + 2
		case p+1 < end && s[p] == '\\' && s[p+1] == '"':
			k := strings.Index(s[p+2:end], `\"`)
			if k < 0 {
				return false
			}
			p += k + 4
		default:
			st := p
			for p < end && s[p] != ' ' && s[p] != '>' && s[p] != '\t' && s[p] != '\n' && s[p] != '<' {
				p++
			}
			if p == st {
				return false
			}
		}
	}
	return false
}

// entityAt18 decodes the character reference at s[i] ('&'): the text it
// stands for and its length, or 0.
func entityAt18(s string, i int) (string, int) {
	d, n := entityBody18(s, i+1)
	if n == 0 {
		return "", 0
	}
	n++
	// an ampersand escaped once more ("&amp;#64;", "&amp;amp;lt;") is
	// decoded with what it escapes, so the view holds no reference left
	for d == "&" {
		d2, n2 := entityBody18(s, i+n)
		if n2 == 0 {
			break
		}
		d, n = d2, n+n2
	}
	return d, n
}

// entityBody18 decodes the character reference whose '&' stands before
// s[p]: the text it stands for and its length after the '&', or 0.
func entityBody18(s string, p int) (string, int) {
	st0 := p
	if p >= len(s) {
		return "", 0
	}
	if s[p] == '#' {
		p++
		hex := p < len(s) && (s[p] == 'x' || s[p] == 'X')
		if hex {
			p++
		}
		st := p
		for p < len(s) && p-st < 7 && (isDigit(s[p]) || hex && isHex(s[p])) {
			p++
		}
		if p == st || p >= len(s) || s[p] != ';' {
			return "", 0
		}
	} else {
		st := p
		for p < len(s) && p-st < 10 && (isAlpha(s[p]) || p > st && isDigit(s[p])) {
			p++
		}
		if p-st < 2 || p >= len(s) || s[p] != ';' {
			return "", 0
		}
		if s[st:p] == "nbsp" {
			return " ", p + 1 - st0
		}
	}
	ref := "&" + s[st0:p+1]
	d := html.UnescapeString(ref)
	if d == ref {
		return "", 0
	}
	return d, p + 1 - st0
}

// htmlViewText18 is the rendered view of a text: dec[k] came from
// s[from[k]:to[k]], a byte of text node seg[k] (seg < 0: a break that a
// tag stands for).
type htmlViewText18 struct {
	dec      []byte
	from, to []int
	seg      []int32
	tags     bool
	cur      int32
	markup   [][2]int // the bytes of tags, data attribute values left out
}

func (v *htmlViewText18) text(b byte, a, e int) {
	v.dec = append(v.dec, b)
	v.from = append(v.from, a)
	v.to = append(v.to, e)
	v.seg = append(v.seg, v.cur)
}

// brk writes a break (a tag's) that stands for s[a:e]; the spaces before it
// are dropped.
func (v *htmlViewText18) brk(sep string, a, e int) {
	for n := len(v.dec); n > 0 && v.dec[n-1] == ' ' && sep != " "; n-- {
		v.dec, v.from, v.to, v.seg = v.dec[:n-1], v.from[:n-1], v.to[:n-1], v.seg[:n-1]
	}
	for i := 0; i < len(sep); i++ {
		v.dec = append(v.dec, sep[i])
		v.from = append(v.from, a)
		v.to = append(v.to, e)
		v.seg = append(v.seg, -1)
	}
	v.cur++
}

func (v *htmlViewText18) last() byte {
	if n := len(v.dec); n > 0 {
		return v.dec[n-1]
	}
	return '\n'
}

// lastSolid returns the last byte of the view that is not a space.
func (v *htmlViewText18) lastSolid() byte {
	for n := len(v.dec); n > 0; n-- {
		if v.dec[n-1] != ' ' {
			return v.dec[n-1]
		}
	}
	return '\n'
}

// decoded appends s[a:e] with its character references decoded.
func (v *htmlViewText18) decoded(s string, a, e int) {
	for p := a; p < e; {
		c := s[p]
		if c == '&' {
			if d, n := entityAt18(s, p); n > 0 && p+n <= e {
				if d == "\u00a0" {
					d = " " // a no-break space reads as a space
				}
				for k := 0; k < len(d); k++ {
					v.text(d[k], p, p+n)
				}
				p += n
				continue
			}
		}
		if v.tags && (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
			// white space in markup renders as one space, none after a break
			if l := v.last(); l != ' ' && l != '\n' && l != '\t' {
				v.text(' ', p, p+1)
			}
			p++
			continue
		}
		v.text(c, p, p+1)
		p++
	}
}

// htmlView18 builds the rendered view of s.
func htmlView18(s string) *htmlViewText18 {
	v := &htmlViewText18{dec: make([]byte, 0, len(s)), from: make([]int, 0, len(s)), to: make([]int, 0, len(s)), seg: make([]int32, 0, len(s))}
	v.tags = htmlTagIn18(s)
	cells, cell, first := 0, 0, 0 // first: where the row's first cell starts in the view
	for p := 0; p < len(s); {
		// the text up to the next tag
		q := len(s)
		if v.tags {
			for k := p; k < len(s); {
				i := strings.IndexByte(s[k:], '<')
				if i < 0 {
					break
				}
				i += k
				if c, _ := htmlTagAt18(s, i); c != 0 || strings.HasPrefix(s[i:], "<!--") {
					q = i
					break
				}
				k = i + 1
			}
		}
		v.decoded(s, p, q)
		if q >= len(s) {
			break
		}
		if strings.HasPrefix(s[q:], "<!--") {
			e := strings.Index(s[q+4:], "-->")
			if e < 0 {
				e = len(s)
			} else {
				e += q + 4 + 3
			}
			v.cur++
			p = e
			continue
		}
		class, ne := htmlTagAt18(s, q)
		name := strings.ToLower(strings.TrimLeft(s[q+1:ne], `\/`))
		closing := s[q+1] == '/' || s[q+1] == '\\'

		e := tagEnd18(s, ne)
		switch class {
		case htmlSkip18:
			if !closing {
				// the content is not rendered: the view skips it (its
				// bytes are not markup)
				v.brk("\n", q, e)
				v.markup = append(v.markup, [2]int{q, e})
				if k := indexFold18(s[e:], "</"+name); k >= 0 {
					q, e = e+k, tagEnd18(s, e+k+2) // the closing tag
				} else {
					q, e = len(s), len(s)
				}
				break
			}
			v.brk("\n", q, e)
		case htmlBlock18:
			if v.last() != '\n' {
				v.brk("\n", q, e)
			} else {
				v.cur++
			}
		case htmlRow18:
			if !closing {
				cells, cell = rowCells18(s, e), 0
			}
			if v.last() != '\n' {
				v.brk("\n", q, e)
			} else {
				v.cur++
			}
		case htmlCell18:
			switch {
			case closing:
				v.cur++
			case cell == 0:
				if v.last() != '\n' {
					v.brk("\n", q, e)
				} else {
					v.cur++
				}
				first = len(v.dec)
				cell++
			default:
				switch l := v.lastSolid(); {
				case l == ':' || l == '=' || l == '\n' || cell == 1 && bytes.Contains(v.dec[first:], []byte(": ")):
					// the label cell holds its own colon ("Authorization:
					// Bearer"): the value cell goes on after a space
					v.brk(" ", q, e)
				case cells == 2:
					v.brk(": ", q, e)
				default:
					v.brk("\t", q, e)
				}
				cell++
			}
		default:
			v.cur++
		}
		v.markup = append(v.markup, [2]int{q, e})
		if !closing && class != htmlSkip18 {
			v.attrs(s, name, ne, e)
		}
		p = e
	}
	return v
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tagEnd18 returns the end of the tag whose attributes start at p: just
// after its '>', quoted values skipped.
func tagEnd18(s string, p int) int {
	var q byte
	for ; p < len(s); p++ {
		c := s[p]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return p + 1
		}
	}
	return len(s)
}

// indexFold18 is strings.Index ignoring ASCII case; sub is lower case.
func indexFold18(s, sub string) int {
	for p := 0; p+len(sub) <= len(s); p++ {
		i := strings.IndexByte(s[p:], '<')
		if i < 0 {
			return -1
		}
		p += i
		if p+len(sub) <= len(s) && strings.EqualFold(s[p:p+len(sub)], sub) {
			return p
		}
	}
	return -1
}

// rowCells18 counts the cells of the table row whose content starts at p.
func rowCells18(s string, p int) int {
	n := 0
	for p < len(s) {
		i := strings.IndexByte(s[p:], '<')
		if i < 0 {
			break
		}
		i += p
		c, ne := htmlTagAt18(s, i)
		closing := i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '\\')
		switch {
		case c == htmlCell18 && !closing:
			n++
		case c == htmlRow18 || c == htmlBlock18 && strings.EqualFold(strings.TrimLeft(s[i+1:ne], `\/`), "table"):
			return n
		}
		p = i + 1
	}
	return n
}

// attrs writes the attribute values of the tag s[a:e] (after its name)
// that the mail shows or links: href, value (after an input's name), alt,
// title.
func (v *htmlViewText18) attrs(s, tag string, a, e int) {
	var inputName [2]int
	for p := a; p < e; {
		for p < e && !isAlpha(s[p]) {
			p++
		}
		st := p
		for p < e && (isAlnum(s[p]) || s[p] == '-' || s[p] == '_' || s[p] == ':') {
			p++
		}
		key := s[st:p]
		for p < e && s[p] == ' ' {
			p++
		}
		if p >= e || s[p] != '=' {
			continue
		}
		p++
		for p < e && s[p] == ' ' {
			p++
		}
		va, ve := p, p
		switch {
		case p < e && (s[p] == '"' || s[p] == '\''):
			q := s[p]
			va = p + 1
			k := strings.IndexByte(s[va:e], q)
			if k < 0 {
				return
			}
			ve = va + k
			p = ve + 1
		case p+1 < e && s[p] == '\\' && s[p+1] == '"':
			// href=\"mailto:…\": markup inside a JSON string
			va = p + 2
			k := strings.Index(s[va:e], `\"`)
			if k < 0 {
				return
			}
			ve = va + k
			p = ve + 2
		default:
			for p < e && s[p] != ' ' && s[p] != '>' {
				p++
			}
			ve = p
		}
		switch {
		case strings.EqualFold(key, "name") && tag == "input":
			inputName = [2]int{va, ve}
		case strings.EqualFold(key, "href") || strings.EqualFold(key, "alt") || strings.EqualFold(key, "title") ||
			strings.EqualFold(key, "value") && (tag == "input" || tag == "option" || tag == "button"):
			if ve <= va {
				continue
			}
			if strings.EqualFold(key, "value") && inputName[1] > inputName[0] {
				v.brk("\n", a, a)
				v.decoded(s, inputName[0], inputName[1])
				v.brk(": ", a, a)
			} else {
				v.brk(" ", a, a)
			}
			v.decoded(s, va, ve)
			// the value is data, the rest of the tag markup
			last := v.markup[len(v.markup)-1]
			v.markup[len(v.markup)-1] = [2]int{last[0], va}
			v.markup = append(v.markup, [2]int{ve, last[1]})
			v.brk(" ", ve, ve)
		}
	}
}

// spans maps the spans x found in the view onto s: one span per text
// node the value covers, breaks left out.
func (v *htmlViewText18) spans(dst []span, x []span) []span {
	for _, sp := range x {
		a := -1
		var seg int32 = -1
		flush := func(k int) {
			for a >= 0 && a < k && s18Space(v.dec[a]) {
				a++
			}
			for a >= 0 && k > a && s18Space(v.dec[k-1]) {
				k--
			}
			if a >= 0 && k > a {
				dst = append(dst, span{start: v.from[a], end: v.to[k-1], kind: sp.kind, custom: sp.custom})
			}
			a = -1
		}
		for k := sp.start; k < sp.end && k < len(v.dec); k++ {
			if v.seg[k] < 0 || v.seg[k] != seg {
				flush(k)
				seg = v.seg[k]
				if v.seg[k] >= 0 {
					a = k
				}
			}
		}
		flush(min(sp.end, len(v.dec)))
	}
	return dst
}

func s18Space(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// htmlView18 reads the scanner's text rendered (see above).
func (sc *scanner) htmlView18() {
	s := sc.s
	v := htmlView18(s)
	if len(v.dec) >= len(s) || !utf8.Valid(v.dec) && utf8.ValidString(s) {
		return
	}
	sub := sc.r.find(string(v.dec), sc.off)
	extra := v.spans(nil, sub.spans)
	sub.release()
	sc.mergeSpans(extra)
}

// clipMarkup18 keeps the spans of the scanner's text out of its markup:
// a tag's bytes other than the values the mail shows or links (an
// element's or attribute's name, a class, a style, an input's name:
// name="email" holds no person's name) are no value, and replacing them
// would change what a second pass reads as HTML. A span inside markup is
// dropped; one that runs across a tag keeps its pieces of text.
func (sc *scanner) clipMarkup18() {
	markup := htmlView18(sc.s).markup
	cross := false
	k := 0
	for _, x := range sc.spans {
		for k < len(markup) && markup[k][1] <= x.start {
			k++
		}
		if k < len(markup) && markup[k][0] < x.end {
			cross = true
			break
		}
	}
	if !cross {
		return
	}
	s := sc.s
	out := make([]span, 0, len(sc.spans)+2)
	keep := func(x span, a, b int) {
		if strings.TrimSpace(s[a:b]) != "" {
			x.start, x.end = a, b
			out = append(out, x)
		}
	}
	k = 0
	for _, x := range sc.spans {
		for k < len(markup) && markup[k][1] <= x.start {
			k++
		}
		st := x.start
		for j := k; j < len(markup) && markup[j][0] < x.end; j++ {
			if markup[j][0] > st {
				keep(x, st, markup[j][0])
			}
			st = max(st, markup[j][1])
		}
		if st < x.end {
			keep(x, st, x.end)
		}
	}
	sc.spans = out
}
