package harbor

import (
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/event"
)

// Log levels, as the generator thinks of them; each service spells them
// its own way.
const (
	lvDebug = iota
	lvInfo
	lvWarn
	lvError
	lvFatal
)

// field is one key of a line, ECS-dotted ("http.response.status_code").
type field struct {
	k    string
	kind byte // 's' string, 'i' integer, 'f' float, 'b' bool
	s    string
	n    int64
	x    float64
	prec int // decimals for floats, -1 = shortest
}

// style is how a service writes its lines.
type style struct {
	nested bool           // nested objects instead of dotted keys
	zone   *time.Location // offset of @timestamp
	layout string         // @timestamp layout (always RFC 3339)
	levels [5]string      // spelling of debug, info, warn, error, fatal
	extras []field        // fields every line ends with
}

var (
	lvLower     = [5]string{"debug", "info", "warn", "error", "fatal"}
	lvLowerLong = [5]string{"debug", "info", "warning", "error", "fatal"}
	lvUpper     = [5]string{"DEBUG", "INFO", "WARN", "ERROR", "FATAL"}
	lvPython    = [5]string{"DEBUG", "INFO", "WARNING", "ERROR", "FATAL"}
	lvTitle     = [5]string{"Debug", "Info", "Warning", "Error", "Fatal"}
)

const (
	layoutMs      = "2006-01-02T15:04:05.000Z07:00"
	layoutMsNum   = "2006-01-02T15:04:05.000-07:00" // +00:00 rather than Z
	layoutMicro   = "2006-01-02T15:04:05.000000Z07:00"
	layoutNano    = "2006-01-02T15:04:05.000000000Z07:00"
	layoutDotNet  = "2006-01-02T15:04:05.0000000Z07:00"
	layoutSeconds = "2006-01-02T15:04:05Z07:00"
)

// resolution is the precision of the style's timestamps, ns.
func (st *style) resolution() int64 {
	switch st.layout {
	case layoutSeconds:
		return int64(time.Second)
	case layoutMs, layoutMsNum:
		return int64(time.Millisecond)
	case layoutMicro:
		return int64(time.Microsecond)
	case layoutDotNet:
		return 100
	}
	return 1
}

// encode appends one line (without the newline) to buf.
func (st *style) encode(buf []byte, ts int64, fs []field) []byte {
	buf = append(buf, `{"@timestamp":"`...)
	buf = time.Unix(0, ts).In(st.zone).AppendFormat(buf, st.layout)
	buf = append(buf, '"')
	fs = append(fs, st.extras...)
	if st.nested {
		return append(writeNested(buf, fs, 0, true), '}')
	}
	for i := range fs {
		buf = append(buf, ',')
		buf = appendString(buf, fs[i].k)
		buf = append(buf, ':')
		buf = appendValue(buf, &fs[i])
	}
	return append(buf, '}')
}

// segment returns the d-th dot-separated part of k, and whether it is the
// last one.
func segment(k string, d int) (string, bool) {
	for ; d > 0; d-- {
		i := strings.IndexByte(k, '.')
		if i < 0 {
			return "", true
		}
		k = k[i+1:]
	}
	if i := strings.IndexByte(k, '.'); i >= 0 {
		return k[:i], false
	}
	return k, true
}

// writeNested writes fs (all sharing their first d segments) as the
// members of one object: fields are grouped by their d-th segment, in order
// of first appearance. It reorders fs.
func writeNested(buf []byte, fs []field, d int, comma bool) []byte {
	for i := 0; i < len(fs); {
		seg, last := segment(fs[i].k, d)
		j := i + 1
		for k := j; k < len(fs); k++ {
			if s, _ := segment(fs[k].k, d); s == seg {
				f := fs[k]
				copy(fs[j+1:k+1], fs[j:k])
				fs[j] = f
				j++
			}
		}
		if comma {
			buf = append(buf, ',')
		}
		comma = true
		buf = appendString(buf, seg)
		buf = append(buf, ':')
		if last && j == i+1 {
			buf = appendValue(buf, &fs[i])
		} else {
			buf = append(buf, '{')
			buf = writeNested(buf, fs[i:j], d+1, false)
			buf = append(buf, '}')
		}
		i = j
	}
	return buf
}

func appendValue(buf []byte, f *field) []byte {
	switch f.kind {
	case 'i':
		return strconv.AppendInt(buf, f.n, 10)
	case 'f':
		return strconv.AppendFloat(buf, f.x, 'f', f.prec, 64)
	case 'b':
		return strconv.AppendBool(buf, f.n != 0)
	default:
		return appendString(buf, f.s)
	}
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string.
func appendString(buf []byte, s string) []byte { return event.AppendString(buf, s) }
