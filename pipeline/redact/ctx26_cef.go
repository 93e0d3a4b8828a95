package redact

import "strings"

// A URL query inside a CEF extension. ArcSight's Common Event Format
// escapes '=' in an extension's value as "\=" (and '\' as "\\"), so a
// WAF or an IdP that logs the request URL writes its query as
// "request=https://…/login?phone\=0065+8133+2460&next\=/cart": the
// parameter's key is read as "phone\" and its value as nothing. Each
// "\=" that follows a query's parameter name (after '?' or '&') is read
// with the escape undone — the parameter alone, "phone=0065+8133+2460" —
// and what is found in its value is redacted in the escaped text.

// mayHoldEscapedQuery26 is cefEscapedQuery26's cheap test: a "\=".
func mayHoldEscapedQuery26(tp *textPairs) bool { return tp.contains(`\=`) }

// cefEscapedQuery26 merges what the query parameters written with an
// escaped '=' hold.
func (sc *scanner) cefEscapedQuery26() {
	s := sc.s
	var extra []span
	for off := 0; off < len(s); {
		p := strings.Index(s[off:], `\=`)
		if p < 0 {
			break
		}
		p += off
		off = p + 2
		k := p
		for k > 0 && k > p-40 && (isAlnum(s[k-1]) || s[k-1] == '_' || s[k-1] == '-' || s[k-1] == '.' || s[k-1] == '[' || s[k-1] == ']') {
			k--
		}
		if k == p || k == 0 || s[k-1] != '?' && s[k-1] != '&' {
			continue // not a query parameter's name
		}
		v := p + 2
		e := v
		for e < len(s) && e-v < maxValue && s[e] != ' ' && s[e] != '&' && s[e] != '\t' && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
			e++
		}
		if e == v || sc.covered(v) {
			continue
		}
		sub := sc.r.findDepth(s[k:p]+"="+s[v:e], sc.off, 1)
		shift := v - (p - k + 1) // a position in sub after its '=' is shift bytes before s's
		for _, y := range sub.spans {
			if y.start < p-k+1 {
				continue // in the key
			}
			extra = append(extra, span{start: y.start + shift, end: y.end + shift, kind: y.kind, custom: y.custom})
		}
		sub.release()
		off = e
	}
	sc.mergeSpans(extra)
}

// The header of a CEF or LEEF record names the product that wrote it:
// "CEF:0|Imperva Inc.|Attack Analytics|4.25.10|2004952|Credential
// stuffing|8|…", "LEEF:2.0|Lancope|StealthWatch|1.0|41|^|…". Its device
// vendor, product, version and signature or event id are the product's,
// never a person's data, whatever a pass that reads a row's cells, or the
// PII of the extension after it, makes of them ("Attack Analytics" is no
// buyer's name); what a pass found there is dropped.

// mayHoldCEFHeader26 is dropCEFHeader26's cheap test.
func mayHoldCEFHeader26(sig uint32, tp *textPairs) bool {
	return sig&sigPipe != 0 && (tp.contains("CEF:") || tp.contains("LEEF:"))
}

// cefHeaderFields26 returns the bounds of the vendor, product, version
// and id fields of each CEF or LEEF header in s.
func cefHeaderFields26(s string) [][2]int {
	var out [][2]int
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "EF:")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		if i == 0 || s[i-1] != 'C' && (s[i-1] != 'E' || i < 2 || s[i-2] != 'L') {
			continue
		}
		p := i + 3
		for p < len(s) && p-i < 8 && (isDigit(s[p]) || s[p] == '.') {
			p++
		}
		if p == i+3 || p >= len(s) || s[p] != '|' {
			continue
		}
		a := p + 1
		e := a
		for n := 0; n < 4 && e < len(s); n++ {
			j := strings.IndexAny(s[e:min(len(s), e+200)], "|\n")
			if j < 0 || s[e+j] != '|' {
				e = -1
				break
			}
			e += j + 1
		}
		if e > a {
			out = append(out, [2]int{a, e})
			off = e
		}
	}
	return out
}

// dropCEFHeader26 drops the spans inside a CEF or LEEF header's vendor,
// product, version and id fields.
func (sc *scanner) dropCEFHeader26() {
	hs := cefHeaderFields26(sc.s)
	if len(hs) == 0 {
		return
	}
	out := sc.spans[:0]
	for _, x := range sc.spans {
		keep := true
		for _, h := range hs {
			if x.start >= h[0] && x.end <= h[1] {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	sc.spans = out
}
