package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Keys given out of band. Several log shapes carry a value's key not right
// before it as "key: value", but as a value of its own:
//
//	{"key":"customer.email","value":{"stringValue":"…"}}    OpenTelemetry attributes
//	{"Key":"owner_phone","Value":"…"}, {"name":"…","value":"…"} AWS tags, Kubernetes env, HAR headers
//	Content-Disposition: form-data; name="password"\r\n\r\n…  multipart/form-data parts
//
// The key's value is then the value's key: it is classified as a key (never
// redacted itself: a bare "key" or "name" names here), and the value after
// it is read as that key's. pairKey is called by key for the keys "key",
// "name" (and their case variants) before they are read as a secret's or a
// person's key.

// pairKey handles a key whose value names the next value: an attribute
// pair or a multipart part. ks is where the key starts, k where its value
// starts, nk the key normalised. It returns where scanning resumes and
// whether the key was such a pair's.
func (sc *scanner) pairKey(ks, k int, nk []byte) (int, bool) {
	switch string(nk) {
	case "key", "name":
	case "title", "label": // a helpdesk's custom field: {"id":…,"title":"mot_de_passe","value":"…"} (creds14_pairs.go)
		return sc.titledPair(k)
	case "type":
		return sc.typedPair25(k) // {"type":"FIRST_NAME","value":"…"}: the type names the value (leak25_pairs.go)
	default:
		return 0, false
	}
	s := sc.s
	if string(nk) == "key" && recordToString(s, ks) {
		sc.ctx = ctxOrder // "ConsumerRecord(…, key = 5770…, value = …)": an entity's id (ids.go)
		if k+1 < len(s) && s[k] == 'b' && (s[k+1] == '\'' || s[k+1] == '"') {
			k++ // Python's bytes: key=b'5770…'
		}
		return k, true
	}
	if string(nk) == "key" && ks >= 2 && s[ks-1] == ' ' {
		// "idempotency key: …", "partition key: …": the word before says
		// what the key is, as in "idempotency_key".
		p := ks - 1
		for p > 0 && isAlpha(s[p-1]) {
			p--
		}
		if prev := strings.ToLower(s[p : ks-1]); prev != "" && endsWithAny(prev, notSecretSet) && !valueWordBefore23(s, p) { // (not the last pair's value: "api_name=shop-public key=…", secrets23_keys.go)
			sc.ctx = ctxID
			return k, true
		}
	}
	if string(nk) == "name" && formDataBefore(s, ks) {
		return sc.multipartPart(k)
	}
	if e, ok := sc.yamlPair29(k); ok {
		return e, true // "- name: SMTP_PASSWORD\n  value: '…'": a YAML list's pair (x29_pairs.go)
	}
	name, ne, q := quotedAt(s, k)
	if q == "" || !pairName(name) {
		if string(nk) == "key" {
			return sc.bareKey(k)
		}
		return 0, false
	}
	v, ok := pairValueAt(s, ne, q)
	if !ok {
		if string(nk) == "key" {
			return sc.bareKey(k)
		}
		return 0, false
	}
	cls := pairClass(name)
	if (cls == keyNone || cls == keyID) && len(name) >= 5 {
		if ak := accessCodeKey20(name); ak != notAccessKey20 {
			if e := sc.accessCodeValue20(ks, ne, v, ak); e > 0 {
				return e, true // {"key":"pickup_code","value":{"stringValue":"4711"}} (codekeys20_keys.go)
			}
		}
	}
	if cls == keyNone && (name == "to" || name == "To" || name == "from" || name == "From") && sc.phoneKeyByContext(ks, "to") {
		cls = keyPhone // {"key":"to","value":{"stringValue":…}} of an SMS's span (phones20_keys.go)
	}
	if cls == keyNone && string(nk) == "name" {
		return 0, false // {"name":"Jane Roe","value":3}: not an attribute's name
	}
	return sc.classValue(cls, name, v), true
}

// bareKey reads the value of a bare "key" that names nothing: a record's
// or a cache's key ("key":"403-1234567-1234567", "key":"orders:1042") is an
// id, not a secret, when it is made of digits, separators and lower-case
// words only; anything else is a secret's.
func (sc *scanner) bareKey(k int) (int, bool) {
	s := sc.s
	st := k
	for k > 0 && s[k-1] == '=' && st < len(s) && st-k < 3 && s[st] == ' ' {
		st++ // "key = 5770…": a Java toString's spaced '=' ("access key: 4829…" stays a secret's)
	}
	if e := escapedQuote(s, st); e > 0 {
		st += e
	} else if st < len(s) && (s[st] == '"' || s[st] == '\'') {
		st++
	}
	e := st
	for e < len(s) && e-st <= 64 && (isWord(s[e]) || strings.IndexByte("-.:/", s[e]) >= 0) {
		e++
	}
	if e == st || !recordKeyValue(s[st:e]) {
		return 0, false
	}
	sc.ctx = ctxID
	return k, true
}

// recordKeyValue reports a record or cache key: digits and separators
// ("403-1234567-1234567", "1042"), or lower-case words and digits joined by
// separators ("orders:1042", "customer.email", "tenant/42").
func recordKeyValue(v string) bool {
	if v == "" || len(v) > 64 {
		return false
	}
	if ulidShaped(v) || uuidShaped(v) || orderCodeShaped(v) {
		return true // "01JGFWQ9FRTDT5C9DW26EDBBHZ", "3f1c…-…", "2605106QKZ4B1M": an entity's id (damage_keys.go)
	}
	digits, letters, seps := 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'z':
			letters++
		case c == '-' || c == '.' || c == ':' || c == '/' || c == '_':
			seps++
		default:
			return false // upper case: a token's alphabet
		}
	}
	if letters == 0 {
		return digits > 0
	}
	if seps == 0 {
		return false // "a1b2c3d4e5…": a hex secret
	}
	// Each part is a word or a number, not a run of random hex.
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '.' || r == ':' || r == '/' || r == '_' }) {
		d := 0
		for i := 0; i < len(part); i++ {
			if isDigit(part[i]) {
				d++
			}
		}
		if d > 0 && d < len(part) && len(part) > 8 {
			return false
		}
	}
	return true
}

// quotedAt reads a quoted word at k ("…", \"…\", '…'): it returns the
// word, the index after its closing quote and the quote, or "" for none.
func quotedAt(s string, k int) (string, int, string) {
	q := ""
	switch {
	case k >= len(s):
		return "", 0, ""
	case s[k] == '"' || s[k] == '\'':
		q = s[k : k+1]
	default:
		if e := escapedQuote(s, k); e > 0 {
			q = s[k : k+e]
		}
	}
	if q == "" {
		return "", 0, ""
	}
	st := k + len(q)
	e := strings.Index(s[st:min(len(s), st+80)], q)
	if e <= 0 {
		return "", 0, ""
	}
	return s[st : st+e], st + e + len(q), q
}

// pairName reports an attribute's or a field's name: no spaces, quotes or
// backslashes, at most 64 bytes.
func pairName(n string) bool {
	return n != "" && len(n) <= 64 && strings.IndexAny(n, " \t\"'\\\r\n") < 0 && !strings.Contains(n, "[REDACTED:")
}

// pairValueAt finds the value of a pair after its name: `, "value": V` or
// `, "value": {"stringValue": V}` (any OTLP AnyValue), quoted with q.
func pairValueAt(s string, p int, q string) (int, bool) {
	skip := func() {
		for p < len(s) && s[p] == ' ' {
			p++
		}
	}
	if e := xmlValueAttr(s, p, q); e > 0 {
		return e, true // <Attr name="lösenord" value="…"/> (creds_keys8.go)
	}
	skip()
	if p >= len(s) || s[p] != ',' {
		return 0, false
	}
	p++
	skip()
	if !strings.HasPrefix(s[p:], q) {
		return 0, false
	}
	p += len(q)
	if !(strings.HasPrefix(s[p:], "value") || strings.HasPrefix(s[p:], "Value")) || !strings.HasPrefix(s[p+5:], q) {
		return 0, false
	}
	p += 5 + len(q)
	skip()
	if p >= len(s) || s[p] != ':' {
		return 0, false
	}
	p++
	skip()
	if p < len(s) && s[p] == '{' {
		// OTLP's AnyValue: {"stringValue":"…"}, {"intValue":"…"}
		r := p + 1
		for r < len(s) && s[r] == ' ' {
			r++
		}
		if !strings.HasPrefix(s[r:], q) {
			return 0, false
		}
		r += len(q)
		w := r
		for w < len(s) && isAlpha(s[w]) {
			w++
		}
		if w-r < 6 || !strings.HasSuffix(s[r:w], "Value") || !strings.HasPrefix(s[w:], q) {
			return 0, false
		}
		p = w + len(q)
		skip()
		if p >= len(s) || s[p] != ':' {
			return 0, false
		}
		p++
		skip()
	}
	return p, p < len(s)
}

// pairClass classifies an attribute's name as a key: a dotted name by its
// last part ("customer.email", "user.name" as "username"), any other as a
// header would be ("收件地址", "Recipient Name").
func pairClass(name string) int {
	if strings.IndexByte(name, '.') > 0 {
		return pathClass(name)
	}
	var buf [64]byte
	nk := normKey(buf[:0], name)
	if strings.IndexByte(name, ' ') >= 0 {
		nk = normKey(buf[:0], strings.ReplaceAll(name, " ", "")) // "Recipient Name" in a table's cell
	}
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	c := headerClass(nk, name)
	if c == keyNone && signKey(name) {
		return keyCred
	}
	return c
}

// signKey reports a key whose last part is "sign" or "sig", as vendors name
// their request signatures ("X-Lazada-Sign", "api_sig", "req.sign"); a part,
// so "design" and "assign" are no such key.
func signKey(k string) bool {
	p := strings.LastIndexAny(k, "-_.")
	if p <= 0 {
		return false
	}
	t := strings.ToLower(k[p+1:])
	return t == "sign" || t == "sig"
}

// classValue reads the value at v as the value of a key of class cls
// (named name), as key does after a key, and returns where scanning
// resumes.
func (sc *scanner) classValue(cls int, name string, v int) int {
	switch cls {
	case keyPhone:
		sc.ctx = ctxPhone
	case keyID:
		sc.ctx = ctxID
		if last := name[strings.LastIndexByte(name, '.')+1:]; orderWord(strings.ToLower(last)) {
			sc.ctx = ctxOrder
		}
	case keyCardCtx:
		sc.ctx = ctxCard
	case keyAuth:
		return sc.auth(v)
	case keyCred:
		return sc.valueOr(v, KindCredential, modeToken)
	case keyCard:
		return sc.valueOr(v, KindCard, modeToken)
	case keyName:
		return sc.valueOr(v, KindName, modeName)
	case keyAddress:
		return sc.valueOr(v, KindAddress, modeAddress)
	}
	return v
}

// formDataBefore reports a "name" key of a multipart part's
// Content-Disposition header: "form-data;" shortly before it on its line.
func formDataBefore(s string, ks int) bool {
	w := s[max(0, ks-24):ks]
	if nl := strings.LastIndexAny(w, "\r\n"); nl >= 0 {
		w = w[nl+1:]
	}
	return indexFold(w, "form-data;") >= 0
}

// multipartPart reads a multipart/form-data part from its field name at k
// (`"password"\r\n\r\nhunter2\r\n--boundary`): the name is a key, the
// part's body its value, up to the line break before the next boundary.
// Line breaks may be real or escaped (`\r\n` in a JSON string).
func (sc *scanner) multipartPart(k int) (int, bool) {
	s := sc.s
	name, ne, q := quotedAt(s, k)
	if q == "" || !pairName(name) {
		return 0, false
	}
	// The header block ends at the first empty line.
	lim := min(len(s), ne+400)
	vs, br := -1, ""
	for _, b := range []string{"\r\n", "\n", `\r\n`, `\n`} {
		if p := strings.Index(s[ne:lim], b+b); p >= 0 && (vs < 0 || ne+p+2*len(b) < vs) {
			vs, br = ne+p+2*len(b), b
		}
	}
	if vs < 0 {
		return 0, false
	}
	ve := -1
	for p := vs; p < len(s); {
		i := strings.Index(s[p:], br+"--")
		if i < 0 {
			break
		}
		ve = p + i
		break
	}
	if ve < 0 {
		ve = len(s)
		if i := strings.Index(s[vs:], br); i >= 0 {
			ve = vs + i
		}
	}
	cls := pairClass(name)
	switch cls {
	case keyCred, keyAuth, keyCard, keyName, keyAddress:
		if kind, ok := cellKind(cls, s[vs:ve]); ok && sc.emit(vs, ve, kind, 0) {
			return ve, true
		}
		return vs, true
	case keyPhone:
		if kind, ok := cellKind(cls, s[vs:ve]); ok && sc.emit(vs, ve, kind, 0) {
			return ve, true
		}
	}
	return sc.classValue(cls, name, vs), true
}

// cellKind is the kind of a value known to be the whole of a key's value
// (a part's body, a table's cell) under a key of class cls, when the value
// is to be redacted whole; false leaves it to the detectors.
func cellKind(cls int, v string) (Kind, bool) {
	if v == "" || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || isLiteral(v) {
		return 0, false
	}
	switch cls {
	case keyCred, keyAuth:
		return KindCredential, !nfeAccessKey18(v) // (keys18_parts.go)
	case keyCard:
		return KindCard, true
	case keyName:
		return KindName, boundValueFits(KindName, v) && !isSlug(v)
	case keyAddress:
		return KindAddress, !networkAddress(v) && !notPostal18(v)
	case keyPhone:
		return KindPhone, countDigits(v)+countFullwidthDigits(v) >= 6
	}
	return 0, false
}

// pairFields redacts an event's object that is an attribute pair
// ({"key":"customer.email","value":{"stringValue":"…"}}, {"Key":…,"Value":…},
// {"name":…,"value":…}): its value is read as the field named by its key
// (path.customer.email), its key is only scanned. It reports false, doing
// nothing, when the object is no such pair.
func (r *Redactor) pairFields(path string, fs []event.Field, off uint32, c *Counts, ks *knownSet) bool {
	kf, vf, name, ok := pairIndex(fs)
	if !ok {
		return false
	}
	for i := range fs {
		fp := path + "." + fs[i].Path
		switch i {
		case kf:
			r.scanValue(fp, &fs[i].Value, off, c, ks)
		case vf:
			v := pairInner(&fs[i].Value)
			if queryCodePair(path, name, v) || codePairOTP19(name, v) { // codes19_bare.go
				r.maskValue(v, ActionMask, KindCredential.String(), KindCredential, c) // HAR's queryString: {"name":"code","value":"0680"} (otp_code.go)
			}
			if r.kindAction[KindName] != ActionOff && pairName27(name, v) && !r.allowed(v.Str) {
				r.maskValue(v, ActionMask, KindName.String(), KindName, c) // {"key":"app.name","value":{"stringValue":"Given Family"}} (names27_pairs.go)
			}
			if !r.field(path+"."+name, v, off, c, ks) {
				*v = event.Value{}
			}
		default:
			if !r.field(fp, &fs[i].Value, off, c, ks) {
				fs[i].Value = event.Value{}
			}
		}
	}
	return true
}

// collectPair is collect for an attribute pair: its value is known PII
// when the field its key names would be masked.
func (r *Redactor) collectPair(path string, fs []event.Field, ks *knownSet) bool {
	_, vf, name, ok := pairIndex(fs)
	if !ok {
		return false
	}
	np := path + "." + name
	v := pairInner(&fs[vf].Value)
	ru := r.path(np).ru
	switch {
	case ru == nil:
		if k, ok := r.implicit(np, v); ok {
			ks.add(k, v.Str)
		}
	case ru.Action == ActionMask || ru.Action == ActionHash || ru.Action == ActionPartial || ru.Action == ActionDrop:
		_, kind := labelFor(ru, np)
		ks.addValue(kind, v)
	}
	return true
}

// pairIndex finds an attribute pair's key and value fields and the name
// its key gives.
func pairIndex(fs []event.Field) (kf, vf int, name string, ok bool) {
	if len(fs) < 2 || len(fs) > 4 {
		return 0, 0, "", false
	}
	kf, vf = -1, -1
	bareName := false
	for i := range fs {
		p := fs[i].Path
		switch {
		case strings.EqualFold(p, "key"):
			kf = i
		case strings.EqualFold(p, "name") || titledPairKey(p): // titledPairKey: creds14_pairs.go
			kf, bareName = i, true
		case len(p) == 4 && strings.EqualFold(p, "type") && typedPairField25(&fs[i].Value): // (leak25_pairs.go)
			kf, bareName = i, true
		case strings.EqualFold(p, "value") || len(p) > 6 && strings.EqualFold(p[:6], "value."):
			vf = i
		}
	}
	if kf < 0 || vf < 0 || fs[kf].Value.Kind != event.String || !pairName(fs[kf].Value.Str) {
		return 0, 0, "", false
	}
	name = fs[kf].Value.Str
	if bareName && pairClass(name) == keyNone {
		return 0, 0, "", false // {"name":"Jane Roe","value":3}
	}
	return kf, vf, name, true
}

// pairInner is the value inside OTLP's AnyValue ({"stringValue":"…"}).
func pairInner(v *event.Value) *event.Value {
	for v.Kind == event.Object && len(v.Fields) == 1 {
		v = &v.Fields[0].Value
	}
	return v
}

// recordKeyField reports a field named a bare "key" that holds a record's
// or a cache's key, not a secret (kafka.record.key: "403-1234567-1234567").
func recordKeyField(path, v string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	return (strings.EqualFold(seg, "key") || strings.EqualFold(seg, "keys")) && recordKeyValue(v)
}

// Protobuf's text format and YAML-like dumps write keys unquoted before a
// quoted value (`受取人: "…"`, `получатель: "…"`); the scanner reads such
// keys in Latin letters, scriptKeySpans those in other scripts.
func scriptKeySpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		c := strings.Index(s[off:], `: "`)
		if c < 0 {
			break
		}
		c += off
		off = c + 3
		if c == 0 || s[c-1] < 0x80 {
			continue // a key in ASCII: the scanner's
		}
		ks := c
		for ks > 0 && s[ks-1] != ' ' && s[ks-1] != '\t' && s[ks-1] != '\n' && s[ks-1] != '{' && s[ks-1] != ',' && s[ks-1] != '"' && c-ks < 64 {
			ks--
		}
		key := s[ks:c]
		if !pairName(key) {
			continue
		}
		vs := c + 3
		ve := vs
		for ve < len(s) && ve-vs < 512 && (s[ve] != '"' || s[ve-1] == '\\') {
			ve++
		}
		if ve >= len(s) || s[ve] != '"' {
			continue
		}
		if kind, ok := cellKind(pairClass(key), s[vs:ve]); ok {
			out = append(out, span{start: vs, end: ve, kind: kind})
		}
		off = ve + 1
	}
	return out
}

// A mail header quotes its display name before the address (`To:
// "IOANNOU ELENI" <…@…>`, `"RODRÍGUEZ PÉREZ, José" <…>`): the quotes
// bound the name, whatever its case and commas. mailNameSpans returns the
// quoted names right before an address in angle brackets.
func mailNameSpans(s string) []span {
	var out []span
	for off := 0; ; {
		i, next := nextMailAddr(s, off, `" <`)
		if i < 0 {
			break
		}
		off = next
		q := strings.LastIndexByte(s[max(0, i-96):i], '"')
		if q < 0 {
			continue
		}
		q += max(0, i-96)
		name := s[q+1 : i]
		if strings.ContainsAny(name, "\n<>@\\") || strings.TrimSpace(name) == "" {
			continue
		}
		if kind, ok := cellKind(keyName, name); ok && !companyName(name) {
			out = append(out, span{start: q + 1, end: i, kind: kind})
		}
	}
	return out
}

// nextMailAddr finds, from off on, the next open (`" <`, ` <`) whose angle
// brackets close within 256 bytes around an address or its marker; it
// returns open's index and where the search goes on, or -1.
func nextMailAddr(s string, off int, open string) (int, int) {
	for off < len(s) {
		i := strings.Index(s[off:], open)
		if i < 0 {
			break
		}
		i += off
		off = i + len(open)
		gt := strings.IndexByte(s[off:min(len(s), off+256)], '>')
		if gt < 0 {
			continue
		}
		addr := s[off : off+gt]
		if strings.IndexByte(addr, '@') < 0 && !strings.HasPrefix(addr, "[REDACTED:email") && !strings.HasPrefix(addr, "[HASH:email") {
			continue
		}
		return i, off
	}
	return -1, len(s)
}

// companyName reports a name that ends in a company's legal form ("Acme
// GmbH", "Shop Ltd.").
func companyName(v string) bool {
	f := strings.Fields(v)
	return len(f) > 1 && (legalForms[strings.ToLower(f[len(f)-1])] || prefixLegalForm20(f[0])) // "PT Sinar …" (names20_fields.go)
}

// ulidShaped reports a ULID: 26 characters of Crockford's base32 (no I,
// L, O or U), in one case, the first 0 to 7 (its 48-bit time).
func ulidShaped(v string) bool {
	if len(v) != 26 || v[0] < '0' || v[0] > '7' {
		return false
	}
	upper, lower := false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
		case c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U':
			upper = true
		case c >= 'a' && c <= 'z' && c != 'i' && c != 'l' && c != 'o' && c != 'u':
			lower = true
		default:
			return false
		}
	}
	return !(upper && lower)
}

// uuidShaped reports a UUID: hex in groups of 8-4-4-4-12.
func uuidShaped(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		c := v[i]
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return false
			}
			continue
		}
		if !isDigit(c) && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}
