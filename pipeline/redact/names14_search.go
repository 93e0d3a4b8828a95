package redact

import (
	"net/url"
	"strings"
)

// A person's name typed into a search box: a shop's admin looking a buyer
// up ("GET /admin/api/…/customers/search.json?query=contact%3AM.+Malik"),
// a support tool's autocomplete ("autocomplete q=G.+Chatterjee
// results=4"), a lookup by name ("?search=SHARMA+Gurpreet"). The query is
// read URL-decoded, a field's qualifier ("contact:", "name:") set aside,
// and is a name when it has a person's strong shape (names14_shape.go: an
// initial, a family name in capitals, a word the lexicon knows, a name in
// a script without case). Searches for goods ("q=Nike+Air+Max+270",
// "q=Dyson+V15") and places ("q=Rue+de+Rivoli") have none; two capitalised
// words alone are read as a name only in a search of customers, buyers or
// contacts.

// searchKey14 reports whether the key before the "=" at i names a
// search's text: q, query, search, term, keyword(s).
func searchKey14(s string, i int) bool {
	k := i
	for k > 0 && i-k < 9 && isAlpha(s[k-1]) {
		k--
	}
	if k > 0 && (isAlpha(s[k-1]) || s[k-1] == '_') {
		return false // "faq=", "seq=": another key
	}
	switch s[k:i] {
	case "q", "query", "search", "term", "keyword", "keywords":
		return true
	}
	return false
}

// mayHoldSearch14 is the cheap test before search14Spans.
func mayHoldSearch14(sig uint32) bool {
	return sig&sigEq != 0
}

// search14Spans returns the names typed into searches in s.
func search14Spans(s string) []span {
	var out []span
	people := -1 // whether the text searches people: read once, when a search is found
	for p := 0; p < len(s); {
		i := strings.IndexByte(s[p:], '=')
		if i < 0 {
			break
		}
		i += p
		p = i + 1
		if i == 0 || !isAlpha(s[i-1]) || !searchKey14(s, i) {
			continue
		}
		a, e := p, p
		for e < len(s) && e-a < 160 && strings.IndexByte("& \"'\n\t#", s[e]) < 0 {
			e++
		}
		if e == a && e < len(s) && s[e] == '"' {
			if sp, ok := quotedSearchSpan28(s, e); ok {
				out = append(out, sp) // q="Given Family 114-…" (nm28_search.go)
			}
			continue
		}
		if e == a || e-a >= 160 {
			continue
		}
		if people < 0 {
			people = 0
			if strings.Contains(s, "customer") || strings.Contains(s, "buyer") || strings.Contains(s, "contact") || strings.Contains(s, "recipient") {
				people = 1
			}
		}
		if b, ok := searchName14(s[a:e], people == 1); ok {
			out = append(out, span{start: a + b, end: e, kind: KindName})
		}
	}
	return out
}

// searchName14 reports a query value v (as written) that holds a person's
// name, and where in v the name starts (after a field's qualifier).
func searchName14(v string, people bool) (int, bool) {
	b := 0
	// a field's qualifier: "contact:", "contact%3A", "name%3a"
	if c := strings.Index(v, "%3A"); c > 0 && c < 24 {
		b = c + 3
	} else if c := strings.Index(v, "%3a"); c > 0 && c < 24 {
		b = c + 3
	} else if c := strings.IndexByte(v, ':'); c > 0 && c < 24 {
		b = c + 1
	}
	if b > 0 {
		q := strings.ToLower(v[:b])
		if !strings.Contains(q, "name") && !strings.Contains(q, "contact") && !strings.Contains(q, "customer") && !strings.Contains(q, "buyer") && !strings.Contains(q, "recipient") {
			return 0, false // "email:", "phone:", "sku:": other readers' values
		}
		people = true
	}
	d, err := url.QueryUnescape(v[b:])
	if err != nil || d == "" || len(d) > 96 || strings.ContainsAny(d, "0123456789@/\\=<>[]{}_|") {
		return 0, false
	}
	d = strings.TrimSpace(d)
	var ws []n14Word
	for k := 0; k < len(d); {
		w := n14WordAt(d, k)
		if w.k == 0 || n14Plain(d, w) && (len(ws) == 0 || ws[len(ws)-1].k != n14Part) {
			return 0, false
		}
		ws = append(ws, w)
		k = w.b
		if k < len(d) && d[k] != ' ' {
			return 0, false
		}
		for k < len(d) && d[k] == ' ' {
			k++
		}
	}
	st := n14Strength(d, ws)
	if st == 2 || st == 1 && people {
		return b, true
	}
	return 0, false
}
