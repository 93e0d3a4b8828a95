package redact

import (
	"net/url"
	"strings"
)

// A person's name as a file's name in a storage key, the way invoices and
// exports are filed per buyer: "invoices/2026/Given Family
// (123-4567890-1234567).pdf", as sync tools (rclone, s3 sync, gsutil) log
// every object they copy. The file's stem is a run shaped like a
// person's name (personValue24) right after a '/', then a space and an
// order's number in brackets (bracketID24), then the extension. The same
// name percent-encoded in the object's URL (a presigned link to it:
// "…/Given%20Family%20invoice.pdf?X-Amz-…") is the same value and is
// masked with it.

// mayHoldPathNames24 is the cheap test before pathNameSpans24.
func mayHoldPathNames24(sig uint32, tp *textPairs) bool {
	return sig&sigLParen != 0 && tp.contains(").") && tp.contains(" (")
}

// pathNameSpans24 returns the names filed as objects' names in s and their
// percent-encoded copies.
func pathNameSpans24(s string, have []span) []span {
	return objectNameSpans(s, have, func(v string, a, o int) bool {
		return (strings.IndexByte(v, ' ') >= 0 || caselessRun24(v)) && strings.IndexByte(v, ',') < 0 && personValue24(s, a, o)
	})
}

// objectNameSpans returns the object names of s that accept takes (v is
// s[a:o]: the last path segment before " (<id>).<ext>") and their
// percent-encoded copies after a '/' or '='. pathNameSpans24 and
// pathFamilyNamesR27 read the names' two shapes through it.
func objectNameSpans(s string, have []span, accept func(v string, a, o int) bool) []span {
	var out []span
	var names []string
	for i := 0; ; {
		k := strings.Index(s[i:], ").")
		if k < 0 {
			break
		}
		k += i
		i = k + 2
		if !fileExtAt24(s, k+2) {
			continue
		}
		o := strings.LastIndex(s[max(0, k-40):k], " (")
		if o < 0 {
			continue
		}
		o += max(0, k-40)
		if !bracketID24(s[o+2 : k]) {
			continue
		}
		a := o
		for a > 0 && o-a < 96 && s[a-1] != '/' && s[a-1] != '\n' && s[a-1] != '"' {
			a--
		}
		if a == 0 || s[a-1] != '/' {
			continue
		}
		v := s[a:o]
		if !accept(v, a, o) {
			continue
		}
		if !overlapsAny(have, a, o) {
			out = append(out, span{start: a, end: o, kind: KindName})
		}
		names = append(names, v)
	}
	for _, v := range names {
		for _, enc := range [...]string{url.PathEscape(v), strings.ReplaceAll(url.QueryEscape(v), "+", "%20"), url.QueryEscape(v)} {
			if enc == v {
				continue
			}
			for i := 0; ; {
				k := strings.Index(s[i:], enc)
				if k < 0 {
					break
				}
				k += i
				i = k + len(enc)
				if k > 0 && (s[k-1] == '/' || s[k-1] == '=') && !overlapsAny(have, k, i) && !overlapsAny(out, k, i) {
					out = append(out, span{start: k, end: i, kind: KindName})
				}
			}
		}
	}
	return out
}

// fileExtAt24 reports a file's extension at p: two to five letters or
// digits ending at a non-word byte.
func fileExtAt24(s string, p int) bool {
	e := p
	for e < len(s) && isAlnum(s[e]) && e-p < 6 {
		e++
	}
	return e-p >= 2 && e-p <= 5 && isAlpha(s[p]) && (e == len(s) || !isWord(s[e]))
}

// bracketID24 reports an order's or an invoice's number in brackets: six
// digits or more, with dashes, nothing else (a SKU's letters are a
// product's file).
func bracketID24(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case c == '-' || c == '_' || c == '#':
		default:
			return false
		}
	}
	return d >= 6
}
