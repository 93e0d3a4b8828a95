package redact

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// maxDepth bounds JSON nesting; deeper documents are redacted as text.
const maxDepth = 1000

// AppendJSON appends src redacted. When src is one JSON value (surrounding
// whitespace allowed) the output is that value, compacted, with field rules
// applied by dotted path and the detectors run inside every string, key and
// digit-only number, so valid JSON stays valid JSON. Anything else is
// redacted as plain text.
func (r *Redactor) AppendJSON(dst, src []byte) ([]byte, Counts) {
	w := jwalker{r: r, src: src, dst: dst}
	w.ws()
	if w.value(0) {
		w.ws()
		if w.i == len(src) {
			return w.dst, w.c
		}
	}
	var c Counts
	s := bytesToString(src)
	sc := r.find(s, r.off)
	defer sc.release()
	if len(sc.spans) == 0 {
		return append(dst, src...), c
	}
	return r.render(dst, s, sc.spans, &c), c
}

type jwalker struct {
	r     *Redactor
	src   []byte
	i     int
	dst   []byte
	path  []byte
	c     Counts
	depth int
	tmp   []byte
}

func (w *jwalker) ws() {
	for w.i < len(w.src) {
		switch w.src[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

// value redacts one JSON value at w.i under w.path and reports whether it
// was valid.
func (w *jwalker) value(off uint32) bool {
	if w.i >= len(w.src) {
		return false
	}
	switch c := w.src[w.i]; {
	case c == '{':
		return w.object(off, nil)
	case c == '[':
		return w.array(off, nil)
	default:
		var ru *rule
		if len(w.path) > 0 {
			ru = w.r.ruleFor(bytesToString(w.path))
		}
		return w.leaf(off, ru)
	}
}

// object redacts an object; force, when set, is the masking rule of an
// enclosing array and applies to every leaf.
func (w *jwalker) object(off uint32, force *rule) bool {
	if w.depth++; w.depth > maxDepth {
		return false
	}
	defer func() { w.depth-- }()
	w.i++
	w.dst = append(w.dst, '{')
	w.ws()
	if w.i < len(w.src) && w.src[w.i] == '}' {
		w.i++
		w.dst = append(w.dst, '}')
		return true
	}
	plen := len(w.path)
	members := 0
	for {
		w.ws()
		if w.i >= len(w.src) || w.src[w.i] != '"' {
			return false
		}
		ks, ke, esc, ok := w.str()
		if !ok {
			return false
		}
		key := w.decode(ks, ke, esc)
		w.path = w.path[:plen]
		if plen > 0 {
			w.path = append(w.path, '.')
		}
		w.path = append(w.path, key...)
		w.ws()
		if w.i >= len(w.src) || w.src[w.i] != ':' {
			return false
		}
		w.i++
		w.ws()
		mark := len(w.dst)
		if members > 0 {
			w.dst = append(w.dst, ',')
		}
		if !needsScan(bytesToString(key)) {
			w.dst = append(w.dst, w.src[ks:ke]...)
		} else if red, changed := w.r.text(bytesToString(key), 0, &w.c); changed {
			w.dst = event.AppendString(w.dst, red)
		} else {
			w.dst = append(w.dst, w.src[ks:ke]...)
		}
		w.dst = append(w.dst, ':')
		vmark := len(w.dst)
		ru := force
		if ru == nil && w.i < len(w.src) && w.src[w.i] != '{' {
			ru = w.r.ruleFor(bytesToString(w.path))
		}
		if ru != nil && ru.Action == ActionDrop {
			w.dst = w.dst[:vmark]
			vs := w.i
			if !w.skip() {
				return false
			}
			w.dst = w.dst[:mark]
			if string(w.src[vs:w.i]) != "null" {
				_, k := labelFor(ru, bytesToString(w.path))
				w.c[k]++
			}
		} else {
			ok := false
			switch {
			case w.i < len(w.src) && w.src[w.i] == '{':
				ok = w.object(off, force)
			case w.i < len(w.src) && w.src[w.i] == '[':
				ok = w.array(off, ru)
			default:
				ok = w.leaf(off, ru)
			}
			if !ok {
				return false
			}
			members++
		}
		w.path = w.path[:plen]
		if done, ok := w.sep('}'); !ok || done {
			return ok
		}
	}
}

func (w *jwalker) array(off uint32, ru *rule) bool {
	if w.depth++; w.depth > maxDepth {
		return false
	}
	defer func() { w.depth-- }()
	if ru != nil && (ru.Action == ActionKeep || ru.Action == ActionScan) {
		off |= ru.off
		if ru.Action == ActionKeep {
			start := w.i
			if !w.skip() {
				return false
			}
			w.dst = append(w.dst, w.src[start:w.i]...)
			return true
		}
		ru = nil
	}
	w.i++
	w.dst = append(w.dst, '[')
	w.ws()
	if w.i < len(w.src) && w.src[w.i] == ']' {
		w.i++
		w.dst = append(w.dst, ']')
		return true
	}
	for n := 0; ; n++ {
		w.ws()
		if n > 0 {
			w.dst = append(w.dst, ',')
		}
		if w.i >= len(w.src) {
			return false
		}
		ok := false
		switch w.src[w.i] {
		case '{':
			ok = w.object(off, ru)
		case '[':
			ok = w.array(off, ru)
		default:
			ok = w.leaf(off, ru)
		}
		if !ok {
			return false
		}
		if done, ok := w.sep(']'); !ok || done {
			return ok
		}
	}
}

// sep reads what follows a member or element: ',' (more follow) or the
// closing bracket, which it copies (done). ok is false on anything else.
func (w *jwalker) sep(closing byte) (done, ok bool) {
	w.ws()
	if w.i >= len(w.src) {
		return false, false
	}
	switch w.src[w.i] {
	case ',':
		w.i++
		return false, true
	case closing:
		w.i++
		w.dst = append(w.dst, closing)
		return true, true
	}
	return false, false
}

// leaf redacts a string, number or literal under rule ru.
func (w *jwalker) leaf(off uint32, ru *rule) bool {
	if w.i >= len(w.src) {
		return false
	}
	action := ActionScan
	if ru != nil {
		action = ru.Action
		off |= ru.off
	}
	start := w.i
	c := w.src[w.i]
	var label string
	var kind Kind
	if ru != nil {
		label, kind = labelFor(ru, bytesToString(w.path))
	}
	switch {
	case c == '"':
		s, e, esc, ok := w.str()
		if !ok {
			return false
		}
		switch action {
		case ActionKeep, ActionDrop:
			w.dst = append(w.dst, w.src[s:e]...)
		case ActionMask, ActionHash, ActionPartial:
			v := w.decode(s, e, esc)
			if len(v) == 0 || isWholeMarker(bytesToString(v)) {
				w.dst = append(w.dst, w.src[s:e]...)
				return true
			}
			w.dst = append(w.dst, '"')
			w.dst = w.r.mark(w.dst, action, kind, label, string(v))
			w.dst = append(w.dst, '"')
			w.c[kind]++
		default:
			v := w.decode(s, e, esc)
			if ru == nil && len(w.path) > 0 {
				// The key says what the value is, as it does for an event's
				// field ("senhaAcesso", "cardholder", "address1").
				val := event.Value{Kind: event.String, Str: bytesToString(v)}
				k, ok := w.r.implicit(bytesToString(w.path), &val)
				if !ok && codePath(bytesToString(w.path)) && jsonCodeOTP(bytesToString(w.src), start, val.Str) {
					k, ok = KindCredential, true // {"code":"014380","address":…} (otp_code.go)
				}
				if ok {
					w.dst = append(w.dst, '"')
					w.dst = w.r.mark(w.dst, ActionMask, k, k.String(), string(v))
					w.dst = append(w.dst, '"')
					w.c[k]++
					return true
				}
			}
			if idDigits(bytesToString(v)) && pathClass(bytesToString(w.path)) == keyID {
				// "itemId": "17174691251" is read as the number would be.
				num := event.StringValue(string(v))
				w.r.scanNumber(bytesToString(w.path), &num, off, &w.c, nil)
				if num.Str != string(v) {
					w.dst = event.AppendString(w.dst, num.Str)
				} else {
					w.dst = append(w.dst, w.src[s:e]...)
				}
				return true
			}
			red, changed := w.r.text(bytesToString(v), off, &w.c)
			if !changed {
				red = bytesToString(v)
			}
			if t := w.r.titleField(bytesToString(w.path), red, off, &w.c); t != red {
				red, changed = t, true // {"notification":{"title":"📦 Given"}} (names_title.go)
			}
			if changed {
				w.dst = event.AppendString(w.dst, red)
			} else {
				w.dst = append(w.dst, w.src[s:e]...)
			}
		}
		return true
	case c == '-' || isDigit(c):
		if !w.number() {
			return false
		}
		lit := w.src[start:w.i]
		switch action {
		case ActionKeep, ActionDrop:
			w.dst = append(w.dst, lit...)
		case ActionMask, ActionHash, ActionPartial:
			w.dst = append(w.dst, '"')
			w.dst = w.r.mark(w.dst, action, kind, label, string(lit))
			w.dst = append(w.dst, '"')
			w.c[kind]++
		default:
			v := event.Value{Kind: event.Number, Str: bytesToString(lit)}
			if ru == nil && len(w.path) > 0 {
				if k, ok := w.r.implicit(bytesToString(w.path), &v); ok {
					w.dst = append(w.dst, '"')
					w.dst = w.r.mark(w.dst, ActionMask, k, k.String(), string(lit))
					w.dst = append(w.dst, '"')
					w.c[k]++
					return true
				}
			}
			w.r.scanNumber(bytesToString(w.path), &v, off, &w.c, nil)
			if v.Kind == event.String {
				w.dst = event.AppendString(w.dst, v.Str)
			} else {
				w.dst = append(w.dst, lit...)
			}
		}
		return true
	}
	for _, lit := range []string{"true", "false", "null"} {
		if len(w.src)-w.i >= len(lit) && string(w.src[w.i:w.i+len(lit)]) == lit {
			w.i += len(lit)
			if lit != "null" && (action == ActionMask || action == ActionHash || action == ActionPartial) {
				w.dst = append(w.dst, '"')
				w.dst = w.r.mark(w.dst, action, kind, label, lit)
				w.dst = append(w.dst, '"')
				w.c[kind]++
			} else {
				w.dst = append(w.dst, lit...)
			}
			return true
		}
	}
	return false
}

// skip passes over one value, validating it, writing nothing.
func (w *jwalker) skip() bool {
	mark := len(w.dst)
	saved := w.c
	ok := w.value(0)
	w.dst = w.dst[:mark]
	w.c = saved
	return ok
}

// str reads a JSON string at w.i: it returns the span including quotes and
// whether it holds escapes.
func (w *jwalker) str() (start, end int, esc, ok bool) {
	src := w.src
	start = w.i
	i := w.i + 1
	for i < len(src) {
		c := src[i]
		switch {
		case c == '"':
			w.i = i + 1
			return start, i + 1, esc, true
		case c == '\\':
			esc = true
			if i+1 >= len(src) {
				return 0, 0, false, false
			}
			switch src[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(src) {
					return 0, 0, false, false
				}
				for k := i + 2; k < i+6; k++ {
					if !isHex(src[k]) {
						return 0, 0, false, false
					}
				}
				i += 6
			default:
				return 0, 0, false, false
			}
		case c < 0x20:
			return 0, 0, false, false
		default:
			i++
		}
	}
	return 0, 0, false, false
}

// decode returns the text of the string src[s:e] (quotes included). The
// result may alias w.tmp or src and is valid until the next decode.
func (w *jwalker) decode(s, e int, esc bool) []byte {
	in := w.src[s+1 : e-1]
	if !esc {
		return in
	}
	out := w.tmp[:0]
	for i := 0; i < len(in); {
		c := in[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		switch in[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := rune(hexVal(in[i+2 : i+6]))
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 <= len(in) && in[i] == '\\' && in[i+1] == 'u' {
					if r2 := rune(hexVal(in[i+2 : i+6])); utf16.DecodeRune(r, r2) != utf8.RuneError {
						r = utf16.DecodeRune(r, r2)
						i += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
			continue
		default: // '"', '\\', '/'
			out = append(out, in[i+1])
		}
		i += 2
	}
	w.tmp = out
	return out
}

func hexVal(b []byte) int {
	v := 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | int(c-'a'+10)
		default:
			v = v<<4 | int(c-'A'+10)
		}
	}
	return v
}

// number validates a JSON number at w.i.
func (w *jwalker) number() bool {
	src := w.src
	i := w.i
	if i < len(src) && src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && src[i] >= '1' && src[i] <= '9':
		for i < len(src) && isDigit(src[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(src) && src[i] == '.' {
		i++
		st := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == st {
			return false
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		st := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == st {
			return false
		}
	}
	w.i = i
	return true
}

var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// Writer wraps w, typically the output of vigil's zerolog logger: every
// Write (zerolog writes one JSON object per call) is redacted before it
// reaches w, error messages included. A line that is not JSON is redacted
// as text. Writes to w are serialised, so one line never interleaves with
// another.
func (r *Redactor) Writer(w io.Writer) io.Writer { return &writer{r: r, w: w} }

type writer struct {
	r  *Redactor
	mu sync.Mutex // zerolog writes from many goroutines without a lock
	w  io.Writer
}

func (x *writer) Write(p []byte) (int, error) {
	bp := bufs.Get().(*[]byte)
	body := p
	nl := len(body) > 0 && body[len(body)-1] == '\n'
	if nl {
		body = body[:len(body)-1]
	}
	out, _ := x.r.AppendJSON((*bp)[:0], body)
	if nl {
		out = append(out, '\n')
	}
	x.mu.Lock()
	_, err := x.w.Write(out)
	x.mu.Unlock()
	if cap(out) <= 64<<10 {
		*bp = out[:0]
		bufs.Put(bp)
	}
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// Stats summarises a Stream run.
type Stats struct {
	// Lines read, blank ones included.
	Lines int
	// Events decoded and written as redacted event JSON.
	Events int
	// Undecodable lines, written redacted as JSON or text.
	Undecodable int
	// Counts of redacted values by kind.
	Counts Counts
}

// String is a one-line summary for stderr: "lines=… events=… undecodable=… email=… phone=…".
func (s Stats) String() string {
	return fmt.Sprintf("lines=%d events=%d undecodable=%d redacted: %s", s.Lines, s.Events, s.Undecodable, s.Counts)
}

// maxLine bounds one input line.
const maxLine = 16 << 20

// ErrLineTooLong is returned by Stream for a line over 16 MiB.
var ErrLineTooLong = errors.New("redact: line longer than 16 MiB")

// Stream reads NDJSON from in and writes it redacted to out, one line per
// line: lines dec decodes become redacted event JSON; other lines are
// redacted as JSON or as text, never passed through, and counted.
func Stream(in io.Reader, out io.Writer, r *Redactor, dec *event.Decoder) (Stats, error) {
	var st Stats
	br := bufio.NewReaderSize(in, 64<<10)
	bw := bufio.NewWriterSize(out, 64<<10)
	var ev event.Event
	var line, buf []byte
	for {
		line = line[:0]
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			line = append(line, chunk...)
			if err != bufio.ErrBufferFull {
				break
			}
			if len(line) > maxLine {
				return st, ErrLineTooLong
			}
		}
		if len(line) > 0 {
			st.Lines++
			body := line
			for len(body) > 0 && (body[len(body)-1] == '\n' || body[len(body)-1] == '\r') {
				body = body[:len(body)-1]
			}
			if len(body) > 0 {
				buf = buf[:0]
				if derr := dec.Decode(body, &ev); derr == nil {
					st.Counts.Add(r.Event(&ev))
					buf = ev.AppendJSON(buf)
					st.Events++
				} else {
					var c Counts
					buf, c = r.AppendJSON(buf, body)
					st.Counts.Add(c)
					st.Undecodable++
				}
				buf = append(buf, '\n')
				if _, werr := bw.Write(buf); werr != nil {
					return st, fmt.Errorf("redact: write: %w", werr)
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return st, fmt.Errorf("redact: read: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("redact: write: %w", err)
	}
	return st, nil
}
