package event

import (
	"errors"
	"math"
	"strconv"
	"time"

	"github.com/valyala/fastjson"
)

// Reasons a line fails to decode. They name the problem, never the content,
// so they are safe to log and to put on a dead-letter record.
const (
	ReasonEmpty            = "empty_line"
	ReasonInvalidJSON      = "invalid_json"
	ReasonNotObject        = "not_an_object"
	ReasonMissingTimestamp = "missing_timestamp"
	ReasonBadTimestamp     = "invalid_timestamp"
)

// DecodeError is a line that is not a valid event. Its message carries no
// part of the line.
type DecodeError struct {
	Reason string
}

func (e *DecodeError) Error() string { return "decode: " + e.Reason }

// ReasonOf returns the DecodeError reason of err, or "" when err is not one.
func ReasonOf(err error) string {
	var de *DecodeError
	if errors.As(err, &de) {
		return de.Reason
	}
	return ""
}

// Mapping renames source field paths to vigil's ECS paths, for logs written
// with another schema: {"@timestamp": "ts", "service.name": "app"}.
// Keys are ECS paths, values the paths as they appear in the input.
type Mapping map[string]string

// maxInterned bounds the decoder's table of known paths, so a stream of
// ever-new keys cannot grow memory without limit.
const maxInterned = 8192

type pathInfo struct {
	path string
	id   int // index into Decoder.seen, or -1 when the table was full
}

type leaf struct {
	path       string
	id         int
	kind       Kind
	num        float64
	start, end int // into Decoder.buf, for strings and number literals
	val        *Value
}

// Decoder turns JSON lines into Events. It reuses its parser and buffers
// between calls and is not safe for concurrent use: give each goroutine its own.
type Decoder struct {
	p       fastjson.Parser
	rename  map[string]string // source path → ECS path
	paths   map[string]pathInfo
	seen    []uint32 // per path id: generation it was last seen in
	gen     uint32
	buf     []byte
	leaves  []leaf
	scratch []byte
}

// NewDecoder returns a decoder applying mapping (which may be nil).
func NewDecoder(m Mapping) *Decoder {
	d := &Decoder{paths: make(map[string]pathInfo, 64)}
	if len(m) > 0 {
		d.rename = make(map[string]string, len(m))
		for ecs, src := range m {
			d.rename[src] = ecs
		}
	}
	return d
}

// Decode parses one line into ev, which it resets first. On error ev holds no
// fields and the error is a *DecodeError.
func (d *Decoder) Decode(line []byte, ev *Event) error {
	ev.Reset()
	if len(trimSpace(line)) == 0 {
		return &DecodeError{Reason: ReasonEmpty}
	}
	v, err := d.p.ParseBytes(line)
	if err != nil {
		return &DecodeError{Reason: ReasonInvalidJSON}
	}
	obj, err := v.Object()
	if err != nil {
		return &DecodeError{Reason: ReasonNotObject}
	}
	d.gen++
	if d.gen == 0 { // wrapped: forget every mark
		clear(d.seen)
		d.gen = 1
	}
	d.buf = d.buf[:0]
	d.leaves = d.leaves[:0]
	d.scratch = d.scratch[:0]
	d.walk(obj, 0)

	// One allocation holds every string of the line.
	all := string(d.buf)
	if cap(ev.Fields) < len(d.leaves) {
		ev.Fields = make([]Field, 0, len(d.leaves))
	}
	for i := range d.leaves {
		l := &d.leaves[i]
		if l.path == "" { // superseded by a later duplicate
			continue
		}
		var val Value
		switch {
		case l.val != nil:
			val = *l.val
		case l.kind == String || l.kind == Number:
			val = Value{Kind: l.kind, Str: all[l.start:l.end], Num: l.num}
		default:
			val = Value{Kind: l.kind, Num: l.num}
		}
		ev.Fields = append(ev.Fields, Field{Path: l.path, Value: val})
	}
	ts, ok := ev.Get(TimestampPath)
	if !ok {
		ev.Fields = ev.Fields[:0]
		return &DecodeError{Reason: ReasonMissingTimestamp}
	}
	t, ok := ParseTime(ts)
	if !ok {
		ev.Fields = ev.Fields[:0]
		return &DecodeError{Reason: ReasonBadTimestamp}
	}
	ev.Time = t
	return nil
}

// walk flattens obj's members under the path prefix held in d.scratch[:plen].
func (d *Decoder) walk(obj *fastjson.Object, plen int) {
	obj.Visit(func(key []byte, v *fastjson.Value) {
		d.scratch = d.scratch[:plen]
		if plen > 0 {
			d.scratch = append(d.scratch, '.')
		}
		d.scratch = append(d.scratch, key...)
		if v.Type() == fastjson.TypeObject {
			o, _ := v.Object()
			if o.Len() > 0 {
				d.walk(o, len(d.scratch))
				return
			}
		}
		d.addLeaf(d.intern(d.scratch), v)
	})
}

func (d *Decoder) intern(p []byte) pathInfo {
	if pi, ok := d.paths[string(p)]; ok {
		return pi
	}
	path := string(p)
	if ecs, ok := d.rename[path]; ok {
		path = ecs
	}
	pi := pathInfo{path: path, id: -1}
	if len(d.paths) < maxInterned {
		// Renamed and unrenamed spellings of one path share an id.
		pi.id = len(d.seen)
		for _, other := range d.paths {
			if other.path == path {
				pi.id = other.id
				break
			}
		}
		if pi.id == len(d.seen) {
			d.seen = append(d.seen, 0)
		}
		d.paths[string(p)] = pi
	}
	return pi
}

func (d *Decoder) addLeaf(pi pathInfo, v *fastjson.Value) {
	// A path seen twice (duplicate key, or nested and dotted spellings of
	// one field) keeps the later value.
	if pi.id >= 0 {
		if d.seen[pi.id] == d.gen {
			d.dropEarlier(pi.path)
		}
		d.seen[pi.id] = d.gen
	} else {
		d.dropEarlier(pi.path)
	}
	l := leaf{path: pi.path, id: pi.id}
	switch v.Type() {
	case fastjson.TypeString:
		l.kind = String
		l.start = len(d.buf)
		d.buf = append(d.buf, v.GetStringBytes()...)
		l.end = len(d.buf)
	case fastjson.TypeNumber:
		l.kind = Number
		l.num = v.GetFloat64()
		l.start = len(d.buf)
		d.buf = v.MarshalTo(d.buf)
		if !validNumber(d.buf[l.start:]) {
			// The parser is lenient ("01", "nan"); keep the output valid JSON.
			d.buf = d.buf[:l.start]
			if math.IsNaN(l.num) || math.IsInf(l.num, 0) {
				l.kind = Null
			} else {
				d.buf = strconv.AppendFloat(d.buf, l.num, 'g', -1, 64)
			}
		}
		l.end = len(d.buf)
	case fastjson.TypeTrue:
		l.kind, l.num = Bool, 1
	case fastjson.TypeFalse:
		l.kind = Bool
	case fastjson.TypeNull:
		l.kind = Null
	case fastjson.TypeObject: // empty object
		l.kind = Object
		l.val = &Value{Kind: Object}
	case fastjson.TypeArray:
		l.kind = Array
		val := convert(v)
		l.val = &val
	}
	d.leaves = append(d.leaves, l)
}

func (d *Decoder) dropEarlier(path string) {
	for i := range d.leaves {
		if d.leaves[i].path == path {
			d.leaves[i].path = ""
		}
	}
}

// convert copies an array (or a value inside one) out of the parser.
func convert(v *fastjson.Value) Value {
	switch v.Type() {
	case fastjson.TypeString:
		return Value{Kind: String, Str: string(v.GetStringBytes())}
	case fastjson.TypeNumber:
		f, lit := v.GetFloat64(), v.MarshalTo(nil)
		if !validNumber(lit) {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return Value{Kind: Null}
			}
			return NumberValue(f)
		}
		return Value{Kind: Number, Num: f, Str: string(lit)}
	case fastjson.TypeTrue:
		return Value{Kind: Bool, Num: 1}
	case fastjson.TypeFalse:
		return Value{Kind: Bool}
	case fastjson.TypeArray:
		arr, _ := v.Array()
		items := make([]Value, len(arr))
		for i, it := range arr {
			items[i] = convert(it)
		}
		return Value{Kind: Array, Items: items}
	case fastjson.TypeObject:
		o, _ := v.Object()
		var fields []Field
		flattenInto(o, "", &fields)
		return Value{Kind: Object, Fields: fields}
	}
	return Value{Kind: Null}
}

func flattenInto(o *fastjson.Object, prefix string, out *[]Field) {
	o.Visit(func(key []byte, v *fastjson.Value) {
		p := string(key)
		if prefix != "" {
			p = prefix + "." + p
		}
		if v.Type() == fastjson.TypeObject {
			if inner, _ := v.Object(); inner.Len() > 0 {
				flattenInto(inner, p, out)
				return
			}
		}
		*out = append(*out, Field{Path: p, Value: convert(v)})
	})
}

// ParseTime reads an event time: an RFC 3339 string, or a number of epoch
// milliseconds (seconds when it is below 1e11).
func ParseTime(v Value) (time.Time, bool) {
	switch v.Kind {
	case String:
		t, err := time.Parse(time.RFC3339Nano, v.Str)
		if err != nil {
			return time.Time{}, false
		}
		return t.UTC(), true
	case Number:
		f := v.Num
		if f <= 0 || f != f {
			return time.Time{}, false
		}
		if f < 1e11 {
			sec, frac := int64(f), f-float64(int64(f))
			return time.Unix(sec, int64(frac*1e9)).UTC(), true
		}
		ms := int64(f)
		return time.UnixMilli(ms).UTC(), true
	}
	return time.Time{}, false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// validNumber reports whether b is a number literal as JSON defines it.
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(b)
}
