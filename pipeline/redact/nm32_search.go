package redact

import (
	"net/url"
	"strings"
)

// A name typed into a search box and logged as a segment of the search's
// path: "/search/Given%20Family/…", "/api/customers/search/%D9%85…?…",
// "/find/SATO%20Ren". Routers that put the query in the path
// ("/search/:q") log it there, often beside other segments (a second
// query, a page, an e-mail). Every segment after a path's "search",
// "find", "lookup", "suggest" or "autocomplete" segment, up to the query
// string, is read URL-decoded as a query after "q=" is (searchName14,
// names14_search.go): a name when it has a person's strong shape (an
// initial, a family name in capitals, a word the lexicon knows, a name in
// a script without case, a given name and a family name in two scripts).
// Emoji before the name are set aside (nm32_dump.go). Goods and places
// searched for ("Victoria Rose Gold Watch", "gold watch") have none; a
// name in lower case Latin letters alone is left.

// searchPathWords32 are the path segments after which a query is typed.
var searchPathWords32 = [...]string{"/search/", "/find/", "/lookup/", "/suggest/", "/autocomplete/"}

// searchPathNames32 adds a name span for each segment of a search's path
// that holds a person's name.
func (sc *scanner) searchPathNames32() {
	s := sc.s
	var extra []span
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '/')
		if i < 0 || off+i+1 >= len(s) {
			break
		}
		i += off
		off = i + 1
		if c := s[i+1]; c != 's' && c != 'f' && c != 'l' && c != 'a' {
			continue
		}
		p := 0
		for _, w := range searchPathWords32 {
			if strings.HasPrefix(s[i:], w) {
				p = i + len(w)
				break
			}
		}
		if p == 0 {
			continue
		}
		for p < len(s) {
			e := p
			for e < len(s) && strings.IndexByte("/?#&\"' \t\n\r<>\\", s[e]) < 0 {
				e++
			}
			if e-p >= 3 && e-p <= 160 {
				a := p + encodedEmoji32(s[p:e])
				if b, ok := searchName14(s[a:e], false); ok {
					extra = append(extra, span{start: a + b, end: e, kind: KindName})
				}
			}
			if e >= len(s) || s[e] != '/' {
				break
			}
			p = e + 1
		}
		off = max(off, p)
	}
	if len(extra) > 0 {
		sc.mergeSpans(extra)
	}
}

// encodedEmoji32 returns the length of the URL-encoded emoji and the space
// after them that open v ("%F0%9F%8C%B8%20Given…"), or 0.
func encodedEmoji32(v string) int {
	if len(v) < 12 || v[0] != '%' || v[1] != 'E' && v[1] != 'F' {
		return 0
	}
	sp := strings.Index(v[:min(len(v), 48)], "%20")
	if sp < 9 {
		return 0
	}
	d, err := url.PathUnescape(v[:sp])
	if err != nil || nameEmojiSkip32(d+" a", 0) != len(d)+1 {
		return 0
	}
	return sp + 3
}
