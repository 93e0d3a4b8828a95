package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// Described fields. Validation errors name the field they reject in one
// member and describe the rejected value in another:
//
//	{"field":"recipient.recipientName","description":"value Jane Roe is not deliverable"}   gRPC BadRequest (JSON)
//	field_violations:{field:"shipping.buyer_name" description:"invalid: for Jane Roe"}       gRPC BadRequest (text format)
//	{"path":"input.shipping.name","message":"…"}, {"loc":["body","name"],"msg":"…"}          GraphQL, FastAPI/pydantic
//	{Field:shipping.street Reason:value 1 Main St is not deliverable}                        Go %+v
//
// The field's path names the kind of the value the description embeds: a
// name, an address, a phone, a secret. The value is cut out of the
// description's framing ("value … is not deliverable", "invalid: for …",
// "invalid: email: …"), which stays, as do ids around it.

// fieldMembers name the rejected field; descMembers describe it (both
// normalised as keys are: lower case, no '_', '-', '.').
var (
	fieldMembers = setOf("field", "fieldname", "fieldpath", "path", "param", "parameter", "paramname", "property",
		"propertyname", "propertypath", "attribute", "attr", "loc", "location", "pointer", "key", "name", "target")
	descMembers = setOf("description", "desc", "message", "msg", "reason", "detail", "error", "errormessage",
		"errormsg", "err", "violation", "issue", "problem", "hint", "cause")
)

// mayDescribeFields is the cheap test before describedSpans: an object, a
// member that names a field, written as a key ("field":, field:",
// \"path\":, loc":), and one that describes it.
func mayDescribeFields(s string) bool {
	if len(s) < 32 || strings.IndexByte(s, '{') < 0 {
		return false // (every shape read here is an object: JSON, protobuf text, Go's %+v)
	}
	if !(stemAsKey(s, "ield") || stemAsKey(s, "ath") || stemAsKey(s, "aram") || stemAsKey(s, "loc") ||
		stemAsKey(s, "roperty") || stemAsKey(s, "ointer")) {
		return false
	}
	return strings.Contains(s, "escri") || strings.Contains(s, "essage") || strings.Contains(s, "msg") ||
		strings.Contains(s, "eason") || strings.Contains(s, "etail") || strings.Contains(s, "rror") ||
		strings.Contains(s, "iolation") || strings.Contains(s, "ssue") || strings.Contains(s, "roblem")
}

// stemAsKey reports the end of a field member's key in s: the stem, then
// a quote, a colon or an equals sign, or a suffix ("fieldPath",
// "field_name", "parameter").
func stemAsKey(s, stem string) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], stem)
		if i < 0 {
			return false
		}
		j := off + i + len(stem)
		if j < len(s) {
			switch s[j] {
			case '"', '\\', ':', '=', '\'', 'P', 'N', '_', 'e':
				return true
			}
		}
		off = j
	}
	return false
}

// member is a key and its value in text: the key normalised, the value's
// extent.
type member struct {
	key        string
	ks, vs, ve int
}

// membersIn reads the members of the flat object around p in s: from the
// '{' (or line start) before p to the '}' (or line end) after. JSON
// ("k":"v"), escaped JSON (\"k\":\"v\"), protobuf text (k:"v", k: "v"),
// Go %+v (K:v K2:v2) and key=value.
func membersIn(s string, lo, hi int, out []member) []member {
	for p := lo; p < hi; {
		c := s[p]
		if !isAlpha(c) || p > lo && (isAlnum(s[p-1]) || s[p-1] == '_') {
			p++
			continue
		}
		ks := p
		for p < hi && (isAlnum(s[p]) || s[p] == '_' || s[p] == '-' || s[p] == '.') {
			p++
		}
		ke := p
		if ke-ks > 40 {
			continue
		}
		q := p
		if q < hi && s[q] == '\\' && q+1 < hi && s[q+1] == '"' {
			q += 2
		} else if q < hi && (s[q] == '"' || s[q] == '\'') {
			q++
		}
		for q < hi && s[q] == ' ' {
			q++
		}
		if q >= hi || s[q] != ':' && s[q] != '=' {
			continue
		}
		if s[q] == ':' && q+1 < hi && s[q+1] == '/' {
			continue // a URL's scheme
		}
		q++
		for q < hi && s[q] == ' ' {
			q++
		}
		vs, ve := q, q
		switch {
		case q < hi && s[q] == '\\' && q+1 < hi && s[q+1] == '"':
			vs = q + 2
			ve = vs
			for ve < hi && !(s[ve] == '\\' && ve+1 < hi && s[ve+1] == '"') && ve-vs < 512 {
				ve++
			}
			p = ve + 2
		case q < hi && (s[q] == '"' || s[q] == '\''):
			vs = q + 1
			ve = vs
			for ve < hi && (s[ve] != s[q] || s[ve-1] == '\\') && ve-vs < 512 {
				ve++
			}
			p = ve + 1
		case q < hi && s[q] == '[':
			vs = q + 1
			ve = strings.IndexByte(s[vs:hi], ']')
			if ve < 0 {
				p = vs
				continue
			}
			ve += vs
			p = ve + 1
		default:
			// Unquoted: Go %+v runs to the next " Key:" or the object's end;
			// key=value to the next space.
			ve = vs
			eq := s[q-1] == '='
			for ve < hi && ve-vs < 512 {
				if s[ve] == '}' || s[ve] == ']' || s[ve] == '\n' || s[ve] == '"' || eq && (s[ve] == ',' || s[ve] == '&') {
					break
				}
				if s[ve] == ' ' && (eq || nextGoMember(s, ve+1, hi)) {
					break
				}
				ve++
			}
			p = ve
		}
		if ve > hi {
			ve = hi
		}
		var buf [48]byte
		out = append(out, member{key: string(normKey(buf[:0], s[ks:ke])), ks: ks, vs: vs, ve: ve})
	}
	return out
}

// nextGoMember reports a Go %+v member at p: a capitalised word and a colon.
func nextGoMember(s string, p, hi int) bool {
	if p >= hi || !isUpper(s[p]) {
		return false
	}
	for p < hi && (isAlnum(s[p]) || s[p] == '_') {
		p++
	}
	return p < hi && s[p] == ':'
}

// describedSpans returns the values embedded in the descriptions of
// described fields in s.
func describedSpans(s string) []span {
	var out []span
	var ms []member
	for lo := 0; lo < len(s); {
		// One flat object at a time: between braces, or a line.
		hi := strings.IndexAny(s[lo:], "{}\n")
		if hi < 0 {
			hi = len(s)
		} else {
			hi += lo
		}
		if hi-lo >= 16 {
			ms = membersIn(s, lo, hi, ms[:0])
			out = describedIn(s, ms, out)
		}
		lo = hi + 1
	}
	return out
}

// describedIn pairs a field member with a description member among ms.
func describedIn(s string, ms []member, out []span) []span {
	if len(ms) < 2 || len(ms) > 8 {
		return out
	}
	f, d := -1, -1
	for i, m := range ms {
		switch {
		case f < 0 && fieldMembers[m.key]:
			f = i
		case d < 0 && descMembers[m.key]:
			d = i
		}
	}
	if f < 0 || d < 0 {
		return namedParamSpan(s, ms, out)
	}
	cls := describedClass(s[ms[f].vs:ms[f].ve])
	if cls == keyNone || cls == keyID {
		return out
	}
	if a, b, kind, ok := describedValue(cls, s[ms[d].vs:ms[d].ve]); ok {
		out = append(out, span{start: ms[d].vs + a, end: ms[d].vs + b, kind: kind})
	}
	return out
}

// describedClass classifies a field's path: dotted ("recipient.name"), a
// JSON pointer ("/recipient/name"), an array of parts ("body","name"), or
// with indexes ("items[0].buyer_name").
func describedClass(p string) int {
	if len(p) == 0 || len(p) > 200 {
		return keyNone
	}
	if strings.ContainsAny(p, "/[\",' ") {
		var b strings.Builder
		for _, part := range strings.FieldsFunc(p, func(r rune) bool { return strings.ContainsRune("/[]\"', .", r) }) {
			if countDigits(part) == len(part) {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(part)
		}
		p = b.String()
	}
	if p == "" {
		return keyNone
	}
	return pathClass(p)
}

// describedValue cuts the value out of a description under a field of class
// cls: it returns its extent in d and its kind.
func describedValue(cls int, d string) (int, int, Kind, bool) {
	if strings.Contains(d, "[REDACTED:") || strings.Contains(d, "[HASH:") || len(d) < 2 {
		return 0, 0, 0, false
	}
	a := skipFraming(d, cls == keyName)
	if a >= len(d) {
		return 0, 0, 0, false
	}
	if cls == keyName {
		b := nameRunEnd(d, a)
		if b <= a {
			return 0, 0, 0, false
		}
		return a, b, KindName, true
	}
	b := framingTail(d, a)
	for b > a && (d[b-1] == ' ' || d[b-1] == '.' || d[b-1] == ',') {
		b--
	}
	if b <= a {
		return 0, 0, 0, false
	}
	kind, ok := cellKind(cls, d[a:b])
	return a, b, kind, ok
}

// framingWords open or close a description around the value it embeds.
var framingWords = setOf("value", "values", "invalid", "for", "by", "placed", "the", "a", "an", "field", "is", "was",
	"not", "got", "received", "rejected", "unknown", "unsupported", "bad", "malformed", "unexpected", "notify",
	"at", "to", "of", "in", "on", "with", "from", "undeliverable", "deliverable", "given", "provided", "must",
	"be", "cannot", "can't", "could", "should", "format", "length", "too", "long", "short", "contains", "contain",
	"characters", "character", "illegal", "disallowed", "forbidden", "blocked", "blacklisted", "denied", "sent",
	"ship", "deliver", "name", "address", "phone", "email", "e-mail", "mobile", "card", "number", "holder",
	"recipient", "customer", "buyer", "consignee", "receiver", "contact", "missing", "empty", "required")

// skipFraming returns where the value starts in d: after framing words in
// lower case, labels ending with ':' and, before a name, role words of
// other languages written in lower case.
func skipFraming(d string, name bool) int {
	p := 0
	for words := 0; p < len(d) && words < 8; words++ {
		for p < len(d) && (d[p] == ' ' || d[p] == '<' || d[p] == '(' || d[p] == '\'' || d[p] == '"') {
			p++
		}
		e := p
		for e < len(d) && d[e] != ' ' {
			e++
		}
		w := d[p:e]
		if w == "" {
			break
		}
		if w[len(w)-1] == ':' && len(w) > 1 && len(w) <= 32 {
			p = e // "invalid:", "email:", "klientas:"
			continue
		}
		var buf [16]byte
		if len(w) <= len(buf) && framingWords[string(lower(buf[:0], strings.TrimRight(w, ",;")))] {
			if name || w[0] >= 'a' && w[0] <= 'z' {
				p = e
				continue
			}
		}
		if name && e < len(d) && lowerCased(w) {
			p = e // "ստացող Արամ …", "viðtakandi Ólafur …": a role word before the name
			continue
		}
		break
	}
	return p
}

// lowerCased reports a word whose first letter is lower case in a script
// that has case (Georgian's everyday letters count as caseless).
func lowerCased(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r)
}

// capOrCaseless reports a word that may be part of a name: capitalised, or
// of a script without case.
func capOrCaseless(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x80 {
		return isUpper(byte(r))
	}
	return unicode.IsLetter(r) && (!unicode.IsLower(r) || unicode.Is(unicode.Georgian, r))
}

// nameRunEnd returns the end of the name at a in d: up to six words, each
// capitalised or of a script without case, particles inside; a family name
// first and a comma ("ROSSI, Mario") too. a itself when there is none.
func nameRunEnd(d string, a int) int {
	end, words := a, 0
	p := a
	comma := false
	for p < len(d) && words < 6 {
		e := p
		for e < len(d) && d[e] != ' ' && d[e] != ',' && d[e] != ';' && d[e] != '>' && d[e] != ')' && d[e] != '"' {
			e++
		}
		w := d[p:e]
		if w == "" {
			break
		}
		if words > 0 && particles[w] && e < len(d) {
			p = e + 1
			continue
		}
		if !capOrCaseless(w) || nameWordEnd(d, p) < e && !(nameWordEnd(d, p) == e-1 && d[e-1] == '.') {
			break
		}
		var buf [16]byte
		if len(w) <= len(buf) && legalForms[string(lower(buf[:0], w))] {
			return a // "Fakeworks GmbH": a company
		}
		if len(w) <= len(buf) && notNames[string(lower(buf[:0], w))] {
			if words == 0 {
				return a
			}
			break
		}
		words++
		end = e
		if e+1 < len(d) && d[e] == ' ' {
			p = e + 1
			continue
		}
		if !comma && words <= 3 && e+2 < len(d) && d[e] == ',' && d[e+1] == ' ' && capOrCaseless(d[e+2:]) {
			comma = true // "ROSSI, Mario": the family name first
			p = e + 2
			continue
		}
		break
	}
	return end
}

// framingTail returns where a value that starts at a ends in d: before a
// closing clause (" is not deliverable", " was rejected", " (code 3)") or
// at the end.
func framingTail(d string, a int) int {
	for p := a; p < len(d); p++ {
		switch d[p] {
		case ' ':
			for _, t := range framingTails {
				if strings.HasPrefix(d[p:], t) {
					return p
				}
			}
		case '(':
			if p > a && d[p-1] == ' ' {
				return p - 1
			}
		}
	}
	return len(d)
}

var framingTails = []string{" is ", " was ", " are ", " not ", " cannot ", " could ", " must ", " should ", " does ",
	" did ", " has ", " failed", " rejected", " invalid", " undeliverable", " unsupported", " unknown"}

// describedFields redacts an event's object that is a described field
// ({"field":"recipient.name","description":"value … is not deliverable"}):
// the value the description embeds is masked as the field's kind. The
// object's members are then scanned as usual. It reports nothing; the
// object is left as it was when it is no such pair.
func (r *Redactor) describedFields(fs []event.Field, c *Counts) {
	if len(fs) < 2 || len(fs) > 8 {
		return
	}
	f, d := -1, -1
	for i := range fs {
		if fs[i].Value.Kind != event.String {
			continue
		}
		var buf [48]byte
		k := string(normKey(buf[:0], fs[i].Path))
		switch {
		case f < 0 && fieldMembers[k]:
			f = i
		case d < 0 && descMembers[k]:
			d = i
		}
	}
	if f < 0 || d < 0 {
		r.namedParam(fs, c)
		return
	}
	cls := describedClass(fs[f].Value.Str)
	if cls == keyNone || cls == keyID {
		return
	}
	desc := fs[d].Value.Str
	a, b, kind, ok := describedValue(cls, desc)
	if !ok || r.kindAction[kind] == ActionOff || r.allowed(desc[a:b]) {
		return
	}
	out := make([]byte, 0, len(desc)+24)
	out = append(out, desc[:a]...)
	out = r.replacement(out, kind, 0, desc[a:b])
	out = append(out, desc[b:]...)
	fs[d].Value = event.StringValue(string(out))
	c[kind]++
}

// namedParam masks the value of a name/value pair whose name is a bare
// "name" ({"name":"name","value":"…"}: a HAR query or form parameter), as
// "name=…" is read in a URL, when the value is shaped like a person's name.
func (r *Redactor) namedParam(fs []event.Field, c *Counts) {
	if len(fs) != 2 || r.kindAction[KindName] == ActionOff {
		return
	}
	n, v := -1, -1
	for i := range fs {
		switch {
		case strings.EqualFold(fs[i].Path, "name"):
			n = i
		case strings.EqualFold(fs[i].Path, "value"):
			v = i
		}
	}
	if n < 0 || v < 0 || fs[n].Value.Kind != event.String || fs[v].Value.Kind != event.String ||
		!strings.EqualFold(fs[n].Value.Str, "name") || !bareNameValue(fs[v].Value.Str) || r.allowed(fs[v].Value.Str) {
		return
	}
	fs[v].Value = event.StringValue(string(r.replacement(nil, KindName, 0, fs[v].Value.Str)))
	c[KindName]++
}

// namedParamSpan is namedParam in text.
func namedParamSpan(s string, ms []member, out []span) []span {
	if len(ms) != 2 {
		return out
	}
	n, v := 0, 1
	if ms[0].key == "value" {
		n, v = 1, 0
	}
	if ms[n].key != "name" || ms[v].key != "value" || !strings.EqualFold(s[ms[n].vs:ms[n].ve], "name") {
		return out
	}
	if val := s[ms[v].vs:ms[v].ve]; bareNameValue(val) {
		out = append(out, span{start: ms[v].vs, end: ms[v].ve, kind: KindName})
	}
	return out
}
