package event

import (
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the event as one JSON object with flat dotted keys, in
// field order. Elasticsearch expands dotted keys into objects, so the
// document maps exactly as its nested form would.
func (e *Event) AppendJSON(dst []byte) []byte {
	return appendFields(dst, e.Fields)
}

// JSON returns the event encoded by AppendJSON.
func (e *Event) JSON() []byte { return e.AppendJSON(make([]byte, 0, 512)) }

func appendFields(dst []byte, fields []Field) []byte {
	dst = append(dst, '{')
	for i := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = AppendString(dst, fields[i].Path)
		dst = append(dst, ':')
		dst = fields[i].Value.appendJSON(dst)
	}
	return append(dst, '}')
}

// AppendJSON appends the value as JSON.
func (v Value) AppendJSON(dst []byte) []byte { return v.appendJSON(dst) }

func (v Value) appendJSON(dst []byte) []byte {
	switch v.Kind {
	case String:
		return AppendString(dst, v.Str)
	case Number:
		if v.Str != "" {
			return append(dst, v.Str...)
		}
		return strconv.AppendFloat(dst, v.Num, 'g', -1, 64)
	case Bool:
		if v.Num != 0 {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case Array:
		dst = append(dst, '[')
		for i, it := range v.Items {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = it.appendJSON(dst)
		}
		return append(dst, ']')
	case Object:
		return appendFields(dst, v.Fields)
	}
	return append(dst, "null"...)
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, so
// the output is always valid JSON.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\ufffd"...)
			i++
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
