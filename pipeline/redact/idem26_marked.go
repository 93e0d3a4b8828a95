package redact

import "strings"

// markedValueOwn26 reads quoted values beside the names this pass found as
// markedValueSpans26 reads them beside an earlier pass's markers: the text
// is viewed with each span written as its marker, and the words found are
// mapped back. "Main Ba" with "Ba" found gives what "Main [REDACTED:name]"
// gives, so redacting twice equals redacting once.
func (sc *scanner) markedValueOwn26(marked bool) []span {
	s := sc.s
	own := false
	for _, x := range sc.spans {
		if x.kind == KindName {
			own = true
			break
		}
	}
	if !own {
		if marked && mayHoldMarkedValue26(s) {
			return markedValueSpans26(s)
		}
		return nil
	}
	// the view: s with each span as a marker; seg maps its text back
	type seg struct{ v, o, n int }
	var b strings.Builder
	b.Grow(len(s) + 16*len(sc.spans))
	var segs []seg
	last := 0
	for _, x := range sc.spans {
		if x.start < last || x.end > len(s) {
			continue
		}
		segs = append(segs, seg{b.Len(), last, x.start - last})
		b.WriteString(s[last:x.start])
		b.WriteString("[REDACTED:")
		b.WriteString(x.kind.String())
		b.WriteByte(']')
		last = x.end
	}
	segs = append(segs, seg{b.Len(), last, len(s) - last})
	b.WriteString(s[last:])
	v := b.String()
	var out []span
	for _, x := range markedValueSpans26(v) {
		for _, g := range segs {
			if x.start >= g.v && x.end <= g.v+g.n {
				out = append(out, span{start: x.start - g.v + g.o, end: x.end - g.v + g.o, kind: x.kind})
				break
			}
		}
	}
	return out
}
