package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A customer's name among the search terms a shop logs. Zero-result and
// top-query reports list what customers typed into the search box, one
// term a row under a "term" or "query" column, and customers type their own
// name, e-mail and phone there to find an order: "manon goossens,1,…"
// between "[REDACTED:email],1,…" and a product. Typed in lower case, the
// name has no capital for the other passes to read. A term is taken as a
// name when the list holds other PII (a span or a marker), the term is two
// or three words of lower-case letters, its first word is a given name of
// the names' lexicon (or a family name with a given name after it, for the
// markets that write the family first), and no word is one of places,
// goods, organisations or teams ("ralph lauren polo", "mary jane shoes"
// keep their goods word; "red dress" has no given name).

// termHeads21 are the normalised names of a search term's column.
var termHeads21 = setOf("term", "terms", "query", "queries", "searchterm", "searchquery", "searchterms", "keyword",
	"keywords", "search", "q", "searchtext", "suchbegriff", "suchanfrage", "recherche", "busqueda", "búsqueda",
	"termo", "termino", "término", "zoekterm", "sökord", "søkeord", "søgeord", "hakusana", "fraza", "zapytanie")

// mayHoldSearchTerms21 is the cheap test before searchTermSpans21.
func mayHoldSearchTerms21(s string, sig uint32, found bool) bool {
	return found && sig&sigComma != 0 && (sig&sigNL != 0 || strings.Contains(s, `\n`))
}

// searchTermSpans21 returns the names among the terms of the search-term
// lists in s.
func searchTermSpans21(s string) []span {
	var out []span
	under := false
	for ls := 0; ls < len(s); {
		le, next := termLineEnd21(s, ls)
		line := s[ls:le]
		c := strings.IndexByte(line, ',')
		switch {
		case c < 0:
			under = false
		case !under:
			var buf [24]byte
			under = c <= len(buf) && termHeads21[string(normKey(buf[:0], line[:c]))]
		case lowerTermName21(line[:c]):
			out = append(out, span{start: ls, end: ls + c, kind: KindName})
		}
		ls = next
	}
	return out
}

// termLineEnd21 returns the end of the line at ls and where the next one
// starts: after a raw line break or an escaped one ("\n" in a JSON string
// read as text).
func termLineEnd21(s string, ls int) (int, int) {
	for i := ls; i < len(s); i++ {
		if s[i] == '\n' {
			return i, i + 1
		}
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == 'n' {
			return i, i + 2
		}
	}
	return len(s), len(s)
}

// lowerTermName21 reports a search term that is a person's name typed in
// lower case.
func lowerTermName21(v string) bool {
	if len(v) < 5 || len(v) > 64 || hasMarker(v) {
		return false
	}
	var wb [3]string
	ws := wb[:0]
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			continue
		}
		if len(ws) == len(wb) || nameWordEnd(w, 0) != len(w) || plainWord(w) || shopWords[w] || teamWords[w] {
			return false
		}
		for _, r := range w {
			if unicode.IsUpper(r) {
				return false // capitalised: the other passes read it
			}
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 || !utf8.ValidString(v) {
		return false
	}
	first, last := lexClass(ws[0]), lexClass(ws[len(ws)-1])
	if len(ws) == 3 && last == 0 {
		return false // "ralph lauren polo": a third word the lexicon does not know is goods as often
	}
	if first&lexGiven != 0 {
		return last != lexGiven // "mary jane", "ralph lauren": two given names are a brand's or a style's as often
	}
	return first&lexFamily != 0 && last&lexGiven != 0
}
