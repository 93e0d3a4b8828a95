package heldout

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// O is an ordered JSON object: key, value, key, value...
type O []any

// Num is a JSON number literal written as is.
type Num string

// A is a JSON array.
type A []any

// J encodes v as compact JSON (keys in order). Strings are escaped the way
// most loggers do (", \\ and control characters; non-ASCII kept).
func J(v any) string {
	var b strings.Builder
	writeJ(&b, v, false)
	return b.String()
}

// JASCII encodes like Python's json.dumps default (ensure_ascii): every
// non-ASCII character becomes \uXXXX, and ", " / ": " separators.
func JASCII(v any) string {
	var b strings.Builder
	writeJ(&b, v, true)
	return b.String()
}

func writeJ(b *strings.Builder, v any, ascii bool) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case Num:
		b.WriteString(string(x))
	case string:
		b.WriteString(jq(x, ascii))
	case O:
		b.WriteByte('{')
		for i := 0; i+1 < len(x); i += 2 {
			if i > 0 {
				b.WriteByte(',')
				if ascii {
					b.WriteByte(' ')
				}
			}
			b.WriteString(jq(x[i].(string), ascii))
			b.WriteByte(':')
			if ascii {
				b.WriteByte(' ')
			}
			writeJ(b, x[i+1], ascii)
		}
		b.WriteByte('}')
	case A:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
				if ascii {
					b.WriteByte(' ')
				}
			}
			writeJ(b, e, ascii)
		}
		b.WriteByte(']')
	default:
		panic("jsonb: unsupported type")
	}
}

// jq quotes s as a JSON string.
func jq(s string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('"')
	b.WriteString(jesc(s, ascii))
	b.WriteByte('"')
	return b.String()
}

// jesc escapes s for the inside of a JSON string.
func jesc(s string, ascii bool) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		case ascii && r >= 0x80:
			if r >= 0x10000 {
				r -= 0x10000
				hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
				b.WriteString(`\u` + strconv.FormatInt(int64(hi), 16))
				b.WriteString(`\u` + strconv.FormatInt(int64(lo), 16))
			} else {
				h := strconv.FormatInt(int64(r), 16)
				b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
			}
		default:
			if r == utf8.RuneError {
				b.WriteString("\ufffd")
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
