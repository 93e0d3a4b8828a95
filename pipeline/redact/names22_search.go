package redact

import "strings"

// A search engine's request body names the text typed into a search box
// as a JSON member ({"query":"Given Family","filters":"type:customer"} in
// Algolia's and Meilisearch's query logs, "q", "term", "keyword"
// elsewhere). In a search of people — the same text names customers,
// buyers, contacts, members — a query shaped as a person's name
// (personRun22, any script) is one; elsewhere only one with a person's
// strong shape is (searchName14: an initial, a family name in capitals, a
// word the lexicon knows). names14_search.go reads the same in URL
// queries.

// searchJSONKeys22 are the members that hold a search's text.
var searchJSONKeys22 = [...]string{"query", "q", "search", "term", "keyword", "keywords", "searchTerm", "search_term", "searchQuery"}

// mayHoldSearchJSON22 is the cheap test before searchJSONSpans22.
func mayHoldSearchJSON22(sig uint32, tp *textPairs) bool {
	return sig&sigLBrace != 0 && sig&sigColon != 0 && (tp.contains(`query`) || tp.contains(`"q`) || tp.contains(`q\`) || tp.contains(`term`) || tp.contains(`search`) || tp.contains(`keyword`))
}

// searchJSONSpans22 returns the names typed as searches' JSON text in s.
func searchJSONSpans22(s string, out []span) []span {
	people := -1
	for _, key := range searchJSONKeys22 {
		for off := 0; off < len(s); {
			vs, ve, ok := jsonTextValue22(s[off:], key)
			if !ok {
				break
			}
			vs, ve = off+vs, off+ve
			off = ve
			ve = jsonUnescapedEnd22(s, vs)
			v := s[vs:ve]
			if v == "" || len(v) > 96 {
				continue
			}
			if people < 0 {
				people = 0
				if peopleSearch22(s) {
					people = 1
				}
			}
			if people == 1 && personValue22(unescapeU22(v)) {
				out = append(out, span{start: vs, end: ve, kind: KindName})
				continue
			}
			if b, ok := searchName14(v, false); ok && !strings.Contains(v, `\`) {
				out = append(out, span{start: vs + b, end: ve, kind: KindName})
			}
		}
	}
	return out
}

// peopleSearch22 reports a text that searches people: it names customers,
// buyers, contacts, members or recipients.
func peopleSearch22(s string) bool {
	for _, w := range [...]string{"customer", "buyer", "contact", "recipient", "member", "subscriber", "people", "person"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
