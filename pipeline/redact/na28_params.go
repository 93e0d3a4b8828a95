package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Positional parameters of a log record: Sentry's `logentry.params` (and
// an `args` array beside a `message`) hold the values that the record's
// format string (`logentry.message`: "order %s could not be shipped to %s
// (%s): %s") puts into its sentence. Alone each item is a bare value — a
// name, a phone's digits — with no key to say what it is; read in the
// sentence they fill, the words around each placeholder say it. The
// message is formatted with its items, read as text, and an item that a
// reader found (wholly or in part) is masked whole with the kind found:
// a positional parameter is one value.

// paramsPath28 reports a top-level path whose last part names positional
// parameters.
func paramsPath28(path string) bool {
	return strings.HasSuffix(path, "params") || strings.HasSuffix(path, "args")
}

// params28 masks the items of the params array fs[k] that its sibling
// format string shows to be PII.
func (r *Redactor) params28(path string, fs []event.Field, k int, c *Counts) {
	v := &fs[k].Value
	if v.Kind != event.Array || len(v.Items) == 0 || len(v.Items) > 12 {
		return
	}
	d := strings.LastIndexByte(path, '.') + 1
	if last := path[d:]; last != "params" && last != "args" {
		return
	}
	tmpl, ok := "", false
	for _, w := range [...]string{path[:d] + "message", "message"} {
		for j := range fs {
			if fs[j].Path == w && fs[j].Value.Kind == event.String && strings.IndexByte(fs[j].Value.Str, '%') >= 0 {
				tmpl, ok = fs[j].Value.Str, true
				break
			}
		}
		if ok {
			break
		}
	}
	if !ok || len(tmpl) > 512 {
		return
	}
	var b strings.Builder
	type at struct{ a, e int }
	pos := make([]at, 0, len(v.Items))
	n := 0
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '%' && i+1 < len(tmpl) {
			switch tmpl[i+1] {
			case 's', 'd', 'r', 'i', 'f', 'v':
				if n >= len(v.Items) {
					return // more placeholders than items: no such record
				}
				it := v.Items[n]
				if it.Kind != event.String && it.Kind != event.Number {
					return
				}
				a := b.Len()
				b.WriteString(it.Text())
				pos = append(pos, at{a, b.Len()})
				n++
				i++
				continue
			case '%':
				b.WriteByte('%')
				i++
				continue
			}
		}
		b.WriteByte(tmpl[i])
	}
	if n != len(v.Items) {
		return
	}
	text := b.String()
	sc := r.find(text, r.off)
	for x, p := range pos {
		if p.e == p.a || v.Items[x].Kind == event.String && isWholeMarker(v.Items[x].Str) {
			continue
		}
		for _, s := range sc.spans {
			if s.start < p.e && s.end > p.a && s.kind < KindCustom && r.kindAction[s.kind] != ActionOff {
				r.maskValue(&v.Items[x], ActionMask, s.kind.String(), s.kind, c)
				break
			}
		}
	}
	sc.release()
}
