package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// Positional arguments. A formatter that logs a record's fields without
// their names writes them as a list: quoted items (`args=["171-…", "Given
// Family", "+370 …"]`, `('…', '…')`) or numbered placeholders rendered in
// place (`{1}=Given Family {2}=+855 …`). Nothing names the person there,
// but a list that also carries other PII of the same record (a phone, an
// email, an IBAN, an address, a card: found already) is a buyer's record,
// and an item shaped like a person's name in it is the buyer's name: two to
// four words, each capitalised or of a script without case, no digits; or
// "FAMILY, Given"; or two to four Han characters. A list without other PII
// keeps its items: two capitalised words are as often a product, a city,
// a shop or an HTTP phrase.

// mayHoldArgs is the cheap test before argNameSpans.
func mayHoldArgs(s string) bool {
	if len(s) < 16 {
		return false
	}
	if strings.IndexByte(s, '"') >= 0 && (strings.Contains(s, `", "`) || strings.Contains(s, `","`)) {
		return true
	}
	return strings.IndexByte(s, '\'') >= 0 && strings.Contains(s, `', '`) || strings.IndexByte(s, '}') >= 0 && strings.Contains(s, "}=")
}

// hasMarker reports a marker of an earlier pass in s.
func hasMarker(s string) bool {
	return strings.IndexByte(s, '[') >= 0 && (strings.Contains(s, "[REDACTED:") || strings.Contains(s, "[HASH:"))
}

// argItem is one argument's extent.
type argItem struct{ a, b int }

// trimmed is the item's extent without the spaces around it.
func (it argItem) trimmed(s string) (int, int) {
	a, b := it.a, it.b
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return a, b
}

// argNameSpans returns the name-shaped arguments of lists in s that hold
// other PII (a span of have, or a marker of an earlier pass).
func argNameSpans(s string, have []span) []span {
	var out []span
	eachArgList(s, func(items []argItem) {
		if len(items) >= 2 {
			out = argNames(s, items, have, out)
		}
	})
	return out
}

// eachArgList calls fn with the items of each list of s in turn (argListAt;
// the slice is reused between calls). An SQL statement holds no such list.
// The readers of positional arguments (argNameSpans, argNameSpans27,
// argSpansR27) walk the lists through it.
func eachArgList(s string, fn func(items []argItem)) {
	if sqlStatement(s) {
		return
	}
	var items []argItem
	for p := 0; p < len(s); {
		var next int
		items, next = argListAt(s, p, items[:0])
		fn(items)
		if next <= p {
			next = p + 1
		}
		p = next
	}
}

// argListAt finds the next list at or after p: it returns its items and
// where to look for the next one.
func argListAt(s string, p int, items []argItem) ([]argItem, int) {
	q := strings.IndexAny(s[p:], "\"'}")
	if q < 0 {
		return items, len(s)
	}
	q += p
	if s[q] == '}' {
		return placeholderList(s, q, items)
	}
	return quotedList(s, q, items)
}

// quotedList reads quoted items joined by commas from the quote at q: the
// list opens a bracket or follows a message ("…: \"a\", \"b\""), and each
// item ends with its quote before a comma or the list's end.
func quotedList(s string, q int, items []argItem) ([]argItem, int) {
	quote := s[q]
	bracket := q > 0 && (s[q-1] == '[' || s[q-1] == '(')
	if !bracket && !positional(s, q) && !(q >= 2 && s[q-1] == ' ' && (s[q-2] == ':' || s[q-2] == '=')) {
		return items, q + 1
	}
	p := q
	for len(items) < 16 && p < len(s) && s[p] == quote {
		a := p + 1
		e := strings.IndexByte(s[a:min(len(s), a+160)], quote)
		if e < 0 {
			break
		}
		b := a + e
		items = append(items, argItem{a, b})
		p = b + 1
		if p < len(s) && s[p] == ':' {
			return items[:0], p // a key of an object, not a list
		}
		if p < len(s) && s[p] == ',' {
			p++
			if p < len(s) && s[p] == ' ' {
				p++
			} else if !bracket {
				break // `","` joins items only inside brackets (JSON arrays)
			}
			continue
		}
		break
	}
	return items, p
}

// placeholderList reads numbered placeholders rendered in place from the
// '}' at q ("{0}=… {1}=Given Family {2}=…"): each value runs to the next
// placeholder, the line's end or a bracket.
func placeholderList(s string, q int, items []argItem) ([]argItem, int) {
	if q+1 >= len(s) || s[q+1] != '=' || q < 2 || !isDigit(s[q-1]) {
		return items, q + 1
	}
	p := q - 1
	for p > 0 && isDigit(s[p-1]) {
		p--
	}
	if p == 0 || s[p-1] != '{' {
		return items, q + 1
	}
	for len(items) < 16 {
		a := q + 2
		b := a
		for b < len(s) && s[b] != '\n' && b-a < 256 {
			if s[b] == ' ' && b+2 < len(s) && s[b+1] == '{' && isDigit(s[b+2]) || s[b] == ' ' && b+1 < len(s) && s[b+1] == '(' {
				break
			}
			b++
		}
		items = append(items, argItem{a, b})
		if b+2 < len(s) && s[b] == ' ' && s[b+1] == '{' {
			c := b + 2
			for c < len(s) && isDigit(s[c]) {
				c++
			}
			if c+1 < len(s) && s[c] == '}' && s[c+1] == '=' {
				q = c
				continue
			}
		}
		return items, b
	}
	return items, q + 1
}

// argNames appends the name-shaped items of a list that holds other PII.
func argNames(s string, items []argItem, have []span, out []span) []span {
	if !listHoldsPII(s, items, have) && !recipientBefore(s, items[0].a, have) { // phone_words.go, names_template.go
		return out
	}
	for _, it := range items {
		a, b := it.trimmed(s)
		if b-a < 2 || overlaps(have, a, b) || overlaps(out, a, b) {
			continue
		}
		if v := s[a:b]; argName(v) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
	}
	return out
}

// argName reports an argument shaped like a person's name.
func argName(v string) bool {
	if len(v) > 80 || strings.ContainsAny(v, "[]{}()<>@#/\\=:;|\"") {
		return false
	}
	if hanName(v) {
		return true
	}
	if c := strings.IndexByte(v, ','); c > 0 {
		// "FAMILY, Given": one to three words, a comma, one to three words.
		if strings.Count(v, ",") != 1 || c+2 >= len(v) || v[c+1] != ' ' {
			return false
		}
		f, g := strings.Fields(v[:c]), strings.Fields(v[c+2:])
		return len(f) >= 1 && len(f) <= 3 && len(g) >= 1 && len(g) <= 3 && argWords(particleLead27(f)) && argWords(g)
	}
	var wb [5]string
	ws, more := fieldsUpTo(wb[:0], v) // strings.Fields(v) without its allocation (speed27_gates.go)
	if len(ws) < 2 || more {
		return false
	}
	return argWords(ws)
}

// argWords reports words that may make a name: each capitalised or of a
// script without case (particles inside), letters only, at most four
// besides the particles, none a word of commerce, status or HTTP.
func argWords(ws []string) bool {
	n := 0
	for i, w := range ws {
		if i > 0 && particles[w] {
			continue
		}
		if !capOrCaseless(w) {
			return false
		}
		if e := nameWordEnd(w, 0); e != len(w) && !(e == len(w)-1 && w[e] == '.' && utf8.RuneCountInString(w[:e]) == 1) {
			return false
		}
		var buf [24]byte
		if len(w) <= len(buf) {
			lw := string(lower(buf[:0], w))
			if notNames[lw] || legalForms[lw] || legalForms[strings.TrimSuffix(lw, ".")] || argNotNames[lw] {
				return false
			}
		}
		n++
	}
	return n >= 1 && n <= 4
}

// argNotNames are capitalised words of the things logged beside a buyer
// that are no person: HTTP phrases, statuses, goods and shops.
var argNotNames = setOf("bad", "request", "found", "server", "error", "internal", "gateway", "timeout", "unavailable",
	"forbidden", "unauthorized", "conflict", "gone", "accepted", "ok", "content", "moved", "permanently", "redirect",
	"many", "requests", "payment", "method", "allowed", "unprocessable", "entity", "precondition", "failed", "locked",
	"too", "large", "unsupported", "media", "pending", "shipped", "delivered", "cancelled", "canceled", "refunded",
	"paid", "unpaid", "processing", "completed", "complete", "open", "closed", "active", "inactive", "success",
	"failure", "true", "false", "yes", "no", "shop", "store", "market", "marketplace", "mall", "seller", "central",
	"express", "logistics", "post", "bank", "pay", "cash", "delivery", "standard", "economy", "priority", "free",
	"shipping", "warehouse", "hub", "center", "centre", "edition", "pro", "max", "mini", "plus", "lite", "set", "pack",
	"kit", "case", "cover", "cable", "charger", "bag", "shoes", "shirt", "dress", "watch", "phone", "default", "test",
	"sandbox", "production", "staging", "web", "mobile", "app", "api", "worker", "job", "queue", "sync", "mapper",
	"service", "handler", "client", "manager", "controller", "exception", "null", "undefined", "unknown", "street",
	"road", "avenue", "city", "district", "province", "region", "state", "county", "village", "town", "sale", "sales",
	"deal", "deals", "offer", "offers", "promo", "promotion", "campaign", "discount", "coupon", "voucher", "week",
	"weekend", "day", "days", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "christmas", "holiday", "holidays", "season", "cyber", "prime", "flash", "clearance")

// hanName reports two to four Han characters, as Chinese and Japanese
// names are written without spaces, not ending in a character that makes
// a place or a company of what comes before (市, 省, 区, 店, 司…).
func hanName(v string) bool {
	n := 0
	var last rune
	for _, r := range v {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
		last = r
	}
	if n < 2 || n > 4 {
		return false
	}
	return !strings.ContainsRune("市省区區县縣州都道府町村镇鎮街路店司行局部厂廠园園馆館院站港湾灣山河湖", last)
}

// sqlStatement reports text holding an SQL statement that names its
// columns: its values and bound parameters are read by the columns'
// names (sqlSpans, bindSpans), not by their shape.
func sqlStatement(s string) bool {
	return strings.Contains(s, "INSERT INTO") || strings.Contains(s, "insert into") || strings.Contains(s, "VALUES") ||
		strings.Contains(s, "UPDATE ") && strings.Contains(s, " SET ") || strings.Contains(s, "update ") && strings.Contains(s, " set ")
}

// A "name" member of an object that holds a request's or a record's
// arguments ("graphql.errors[].extensions.invalidArgs.name",
// "pubsub.message.data.name", "extra.name", "debezium after.name") names
// no thing of its own: read like a bare "name=" in text, it is a person's
// when its value is shaped like one.

// argContainers are the objects that hold arguments, inputs and records.
var argContainers = setOf("args", "arguments", "invalidargs", "params", "parameters", "input", "inputs", "variables",
	"vars", "data", "payload", "body", "extra", "attrs", "attributes", "fields", "record", "after", "before", "values",
	"props", "properties", "form", "formdata", "query", "querystring", "postdata", "new", "old", "changes", "patch",
	"context", "claims", "traits", "userinfo") // a feature flag's evaluation context, an ID token's claims, a profile's traits

// bareNamePath reports a path whose last part is "name" under an object of
// arguments ("invalidArgs.name", "data.name").
func bareNamePath(path string) bool {
	var buf [32]byte
	return argContainers[string(nameParent(buf[:0], path, 1, 24))]
}

// nameParent returns the normalised last segment before a path's final
// ".name" (any case), of minLen to maxLen bytes, appended to buf; nil when
// the path does not end so.
func nameParent(buf []byte, path string, minLen, maxLen int) []byte {
	n := len(path)
	if n < 6 || path[n-5] != '.' || !strings.EqualFold(path[n-4:], "name") {
		return nil
	}
	parent := path[:n-5]
	parent = parent[strings.LastIndexByte(parent, '.')+1:]
	if len(parent) < minLen || len(parent) > maxLen {
		return nil
	}
	return normKey(buf, parent)
}

// bareNameValue reports a value under such a "name" that is a person's.
func bareNameValue(v string) bool {
	return (argName(v) || personValue22(v)) && !isSlug(v) && !thingTitle18(v) // not "Ramadan Kareem Bundle" (keys18_parts.go); "高橋真由美" (names22_util.go)
}

// arrayArgNames is argNameSpans for an event's array of strings (Sentry's
// "logentry.params", a job's "args"): once its items are scanned, a
// name-shaped item of an array that holds other PII is a name.
func (r *Redactor) arrayArgNames(v *event.Value, c *Counts) {
	if len(v.Items) > 16 || r.kindAction[KindName] == ActionOff {
		return
	}
	pii := false
	for i := range v.Items {
		if it := &v.Items[i]; it.Kind == event.String && hasMarker(it.Str) {
			pii = true
			break
		}
	}
	if !pii {
		return
	}
	for i := range v.Items {
		it := &v.Items[i]
		if it.Kind == event.String && (argName(it.Str) || personValue22(it.Str)) && !r.allowed(it.Str) { // (personValue22: one word of Hangul or Burmese too; names22_util.go)
			*it = event.StringValue(string(r.replacement(nil, KindName, 0, it.Str)))
			c[KindName]++
		}
	}
}
