package elasticsearch

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// maxPlaceholderLen caps the length of one substituted field value.
const maxPlaceholderLen = 64

// IndexName expands an index name template for one document.
//
// {yyyy.MM.dd}, {yyyy.MM} and {yyyy} (any mix of the tokens yyyy, MM, dd,
// HH and the separators . - _) are formatted from t in UTC. Any other
// {field.path} is replaced by get(path), sanitized for an index name:
// lowercased, characters other than a-z 0-9 - _ . replaced by '_', cut to
// 64 bytes; a missing or empty value becomes "unknown". Literal text is
// copied as is. A nil get makes every field "unknown".
func IndexName(tmpl string, t time.Time, get func(path string) string) string {
	t = t.UTC()
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		name := tmpl[i+1 : i+j]
		i += j + 1
		if isDateFormat(name) {
			writeDate(&b, name, t)
			continue
		}
		v := ""
		if get != nil {
			v = get(name)
		}
		writeSanitized(&b, v)
	}
	return b.String()
}

// IndexPattern returns the wildcard pattern matching every index that
// template tmpl can produce: its literal prefix followed by '*', or tmpl
// itself when it has no placeholder. "logs-{service.name}-{yyyy.MM.dd}"
// gives "logs-*".
func IndexPattern(tmpl string) string {
	i := strings.IndexByte(tmpl, '{')
	if i < 0 {
		return tmpl
	}
	return tmpl[:i] + "*"
}

// isDateFormat reports whether a placeholder is a date format.
func isDateFormat(s string) bool {
	if !strings.HasPrefix(s, "yy") {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'y', 'M', 'd', 'H', '.', '-', '_':
		default:
			return false
		}
	}
	return true
}

func writeDate(b *strings.Builder, f string, t time.Time) {
	for i := 0; i < len(f); {
		switch {
		case strings.HasPrefix(f[i:], "yyyy"):
			write4(b, t.Year())
			i += 4
		case strings.HasPrefix(f[i:], "yy"):
			write2(b, t.Year()%100)
			i += 2
		case strings.HasPrefix(f[i:], "MM"):
			write2(b, int(t.Month()))
			i += 2
		case strings.HasPrefix(f[i:], "dd"):
			write2(b, t.Day())
			i += 2
		case strings.HasPrefix(f[i:], "HH"):
			write2(b, t.Hour())
			i += 2
		default:
			b.WriteByte(f[i])
			i++
		}
	}
}

func write2(b *strings.Builder, n int) {
	b.WriteByte(byte('0' + n/10%10))
	b.WriteByte(byte('0' + n%10))
}

func write4(b *strings.Builder, n int) {
	if n < 0 || n > 9999 {
		n = 0
	}
	write2(b, n/100)
	write2(b, n%100)
}

// writeSanitized writes v made safe for an index name.
func writeSanitized(b *strings.Builder, v string) {
	n := 0
	for i := 0; i < len(v) && n < maxPlaceholderLen; i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			// one '_' per multi-byte rune
			for i+1 < len(v) && v[i+1]&0xC0 == 0x80 {
				i++
			}
			c = '_'
		default:
			c = '_'
		}
		b.WriteByte(c)
		n++
	}
	if n == 0 {
		b.WriteString("unknown")
	}
}

// validateIndexTemplate checks an index name template.
func validateIndexTemplate(tmpl string) error {
	if tmpl == "" {
		return errors.New("must not be empty")
	}
	prefix := tmpl
	if i := strings.IndexByte(tmpl, '{'); i >= 0 {
		prefix = tmpl[:i]
	}
	if prefix == "" {
		return errors.New("must start with a literal prefix, e.g. logs-")
	}
	if strings.IndexAny(prefix[:1], "-_+.") == 0 {
		return errors.New("must not start with '-', '_', '+' or '.'")
	}
	depth := 0
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		switch {
		case c == '{':
			if depth > 0 {
				return errors.New("nested '{'")
			}
			depth++
			if i+1 < len(tmpl) && tmpl[i+1] == '}' {
				return errors.New("empty placeholder {}")
			}
		case c == '}':
			if depth == 0 {
				return errors.New("unbalanced '}'")
			}
			depth--
		case depth > 0:
			// placeholder content: field paths and date formats
		case c >= 'A' && c <= 'Z':
			return fmt.Errorf("must be lowercase outside placeholders")
		case strings.IndexByte(` "*\<|,>/?#:`, c) >= 0:
			return fmt.Errorf("character %q is not allowed in an index name", c)
		}
	}
	if depth != 0 {
		return errors.New("unbalanced '{'")
	}
	return nil
}
