package twentysecondeval

import (
	"html"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/vigilops/vigil/event"
)

// ---------- output forms ----------

func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			sb.WriteByte(' ')
			continue
		}
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			sb.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// jsonUnescape decodes JSON string escapes wherever they stand.
func jsonUnescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case '"', '\\', '/':
			sb.WriteByte(n)
		case 'b', 'f':
			sb.WriteByte(' ')
		case 'u':
			if i+5 < len(s) && isHex(s[i+2]) && isHex(s[i+3]) && isHex(s[i+4]) && isHex(s[i+5]) {
				r := rune(unhex(s[i+2]))<<12 | rune(unhex(s[i+3]))<<8 | rune(unhex(s[i+4]))<<4 | rune(unhex(s[i+5]))
				i += 4
				if r >= 0xD800 && r < 0xDC00 && i+7 < len(s) && s[i+2] == '\\' && s[i+3] == 'u' {
					lo := rune(unhex(s[i+4]))<<12 | rune(unhex(s[i+5]))<<8 | rune(unhex(s[i+6]))<<4 | rune(unhex(s[i+7]))
					r = (r-0xD800)<<10 + (lo - 0xDC00) + 0x10000
					i += 6
				}
				sb.WriteRune(r)
			} else {
				sb.WriteByte('u')
			}
		default:
			sb.WriteByte(c)
			sb.WriteByte(n)
		}
		i++
	}
	return sb.String()
}

// foldDigits maps native and full-width digits to ASCII.
func foldDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	changed := false
	var sb strings.Builder
	for _, r := range s {
		if r >= 0x80 && unicode.Is(unicode.Nd, r) {
			z := r
			for k := 0; k < 9 && unicode.Is(unicode.Nd, z-1); k++ {
				z--
			}
			d := (r - z) % 10
			sb.WriteByte(byte('0' + d))
			changed = true
			continue
		}
		sb.WriteRune(r)
	}
	if !changed {
		return s
	}
	return sb.String()
}

func forms(out string) []string {
	base := []string{out}
	add := func(s string) {
		for _, x := range base {
			if x == s {
				return
			}
		}
		base = append(base, s)
	}
	p1 := pctDecode(out)
	add(p1)
	add(pctDecode(p1))
	j1 := jsonUnescape(out)
	add(j1)
	add(jsonUnescape(j1))
	add(html.UnescapeString(out))
	n := len(base)
	for i := 0; i < n; i++ {
		add(foldDigits(base[i]))
	}
	return base
}

// ---------- one line's view ----------

type view struct {
	fs    []string
	low   []string
	runs  [][]string // digit strings of runs of digits and separators
	compU []string   // spaces and dashes removed, upper case
}

func newView(out string) *view {
	v := &view{fs: forms(out)}
	return v
}

func (v *view) lower() []string {
	if v.low == nil {
		for _, f := range v.fs {
			v.low = append(v.low, strings.ToLower(f))
		}
	}
	return v.low
}

func isSep(s string, i int) int {
	switch s[i] {
	case ' ', '-', '.', '/', '(', ')', '+', '\n', '\r':
		return 1
	case '\\':
		j := i
		for j < len(s) && s[j] == '\\' {
			j++
		}
		if j < len(s) && (s[j] == 'n' || s[j] == 'r') {
			return j + 1 - i
		}
	}
	return 0
}

func digitRuns(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			cur = append(cur, c)
			i++
			continue
		}
		if n := isSep(s, i); n > 0 {
			i += n
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
		i++
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func (v *view) digitRuns() [][]string {
	if v.runs == nil {
		for _, f := range v.fs {
			v.runs = append(v.runs, digitRuns(f))
		}
	}
	return v.runs
}

var compactRepl = strings.NewReplacer(" ", "", "-", "")

func (v *view) compact() []string {
	if v.compU == nil {
		for _, f := range v.fs {
			v.compU = append(v.compU, strings.ToUpper(compactRepl.Replace(f)))
		}
	}
	return v.compU
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// wordAt reports whether key occurs in s as a word; ident excludes
// occurrences inside an identifier or e-mail address.
func wordIn(s, key string, ident bool) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], key)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(key)
		off = i + 1
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if isWordRune(r) {
				continue
			}
		}
		if j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				continue
			}
		}
		if ident && inIdentifier(s, i, j) {
			continue
		}
		return true
	}
}

func isTokRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '@' || r == '_' || r == '.' || r == '-' || r == '\''
}

func inIdentifier(s string, i, j int) bool {
	a := i
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !isTokRune(r) {
			break
		}
		a -= n
	}
	z := j
	for z < len(s) {
		r, n := utf8.DecodeRuneInString(s[z:])
		if !isTokRune(r) {
			break
		}
		z += n
	}
	tok := s[a:z]
	if strings.ContainsAny(tok, "@_0123456789") {
		return true
	}
	for k := 1; k+1 < len(tok); k++ {
		if tok[k] == '.' {
			p, _ := utf8.DecodeLastRuneInString(tok[:k])
			q, _ := utf8.DecodeRuneInString(tok[k+1:])
			if unicode.IsLetter(p) && unicode.IsLetter(q) {
				return true
			}
		}
	}
	for _, r := range tok {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func numberIn(s, key string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], key)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(key)
		off = i + 1
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			continue
		}
		return true
	}
}

// leaks reports whether value v survives in the view.
func (v *view) leaks(x *val) bool {
	switch x.mode {
	case mDigits:
		for _, runs := range v.digitRuns() {
			for _, r := range runs {
				for _, k := range x.keys {
					if strings.Contains(r, k) {
						return true
					}
				}
			}
		}
		return false
	case mCompact:
		for _, f := range v.compact() {
			for _, k := range x.keys {
				if strings.Contains(f, strings.ToUpper(k)) {
					return true
				}
			}
		}
		return false
	case mExact:
		for _, f := range v.fs {
			for _, k := range x.keys {
				if strings.Contains(f, k) {
					return true
				}
			}
		}
		return false
	case mNumber:
		for _, f := range v.fs {
			for _, k := range x.keys {
				if numberIn(f, k) {
					return true
				}
			}
		}
		return false
	}
	for _, f := range v.lower() {
		for _, k := range x.keys {
			k = strings.ToLower(k)
			switch x.mode {
			case mSub:
				if strings.Contains(f, k) {
					return true
				}
			case mWord:
				if wordIn(f, k, false) {
					return true
				}
			case mNameWord:
				if wordIn(f, k, true) {
					return true
				}
			}
		}
	}
	return false
}

func (v *view) intact(l *look) bool {
	for _, f := range v.fs {
		if strings.Contains(f, l.text) {
			return true
		}
	}
	return false
}

// ---------- building ----------

type tmpl struct {
	ctx, name, form string
	fn              func(b *B) string
}

func newB(seed uint64, ph bool, L *locale) *B {
	b := &B{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), ph: ph, L: L}
	if L.code == "en_US" {
		b.fake = gofakeit.New(seed)
	}
	return b
}

// build makes one line; nil when no attempt gave a clean placeholder version.
func build(t *tmpl, L *locale, seed uint64) *line {
	for attempt := uint64(0); attempt < 6; attempt++ {
		s := seed*8 + attempt
		b1 := newB(s, false, L)
		t1 := t.fn(b1)
		textForm := t.form != "ndjson" && !strings.HasPrefix(t1, "{")
		t1, w1 := b1.finish(t, t1)
		b2 := newB(s, true, L)
		t2 := t.fn(b2)
		t2, _ = b2.finish(t, t2)
		if len(b1.vals) != len(b2.vals) {
			panic("template " + t.name + " records values differently with placeholders")
		}
		pv := newView(t2)
		bad := false
		for _, x := range b1.vals {
			if pv.leaks(x) {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		ln := &line{ctx: t.ctx, tmpl: t.name, form: t.form, loc: L.code, text: t1, ndjson: w1, textForm: textForm, wrapped: textForm && w1}
		for _, x := range b1.vals {
			x.ctx, x.tmpl, x.form, x.loc = t.ctx, t.name, t.form, L.code
			ln.vals = append(ln.vals, x)
		}
		for _, l := range b1.looks {
			if len(l.text) < 3 || lookTouchesValue(l, b1.vals) {
				continue
			}
			l.ctx, l.tmpl = t.ctx, t.name
			ln.looks = append(ln.looks, l)
		}
		return ln
	}
	return nil
}

func lookTouchesValue(l *look, vals []*val) bool {
	low := strings.ToLower(l.text)
	fd := foldDigits(l.text)
	for _, x := range vals {
		if strings.Contains(strings.ToLower(x.text), low) {
			return true
		}
		for _, k := range x.keys {
			if strings.Contains(low, strings.ToLower(k)) || strings.Contains(fd, k) {
				return true
			}
		}
	}
	return false
}

// finish wraps text forms into an NDJSON event about 40 % of the time.
func (b *B) finish(t *tmpl, text string) (string, bool) {
	if t.form == "ndjson" || strings.HasPrefix(text, "{") {
		return text, true
	}
	return b.wrap(text)
}

// ---------- redaction and judging ----------

type redactFn func(text string, ndjson bool, dec *event.Decoder) string

func decodeOut(dec *event.Decoder, text string, f func(ev *event.Event)) string {
	var ev event.Event
	if err := dec.Decode([]byte(text), &ev); err != nil {
		return "\x00decode error: " + err.Error()
	}
	f(&ev)
	var sb strings.Builder
	sb.Write(ev.JSON())
	for _, fl := range ev.Fields {
		sb.WriteByte('\n')
		sb.WriteString(fl.Value.Text())
	}
	return sb.String()
}

func nullRedact(text string, ndjson bool, dec *event.Decoder) string {
	if ndjson {
		return decodeOut(dec, text, func(*event.Event) {})
	}
	return text
}

func maskAll(text string, ndjson bool, dec *event.Decoder) string {
	if ndjson {
		return decodeOut(dec, text, func(ev *event.Event) {
			for i := range ev.Fields {
				ev.Fields[i].Value = event.StringValue("[REDACTED]")
			}
		})
	}
	return "[REDACTED]"
}

type result struct {
	leaked  map[*val]bool
	damaged map[*look]bool
	leakOut map[*val]string
	dmgOut  map[*look]string
}

func judge(lines []*line, red redactFn) *result {
	res := &result{leaked: map[*val]bool{}, damaged: map[*look]bool{}, leakOut: map[*val]string{}, dmgOut: map[*look]string{}}
	// lines are judged independently, so workers share them by index; the
	// findings are merged in line order.
	type finding struct {
		out           string
		leaked, dmged []int
	}
	found := make([]finding, len(lines))
	workers := runtime.GOMAXPROCS(0)
	if workers > 4 {
		workers = 4
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := w; i < len(lines); i += workers {
				ln := lines[i]
				out := red(ln.text, ln.ndjson, dec)
				v := newView(out)
				f := &found[i]
				for k, x := range ln.vals {
					if v.leaks(x) {
						f.leaked = append(f.leaked, k)
					}
				}
				for k, l := range ln.looks {
					if !v.intact(l) {
						f.dmged = append(f.dmged, k)
					}
				}
				if len(f.leaked)+len(f.dmged) > 0 {
					f.out = out
				}
			}
		}(w)
	}
	wg.Wait()
	for i, ln := range lines {
		f := &found[i]
		for _, k := range f.leaked {
			res.leaked[ln.vals[k]] = true
			res.leakOut[ln.vals[k]] = f.out
		}
		for _, k := range f.dmged {
			res.damaged[ln.looks[k]] = true
			res.dmgOut[ln.looks[k]] = f.out
		}
	}
	return res
}
