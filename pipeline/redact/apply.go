package redact

import (
	"bytes"
	"net/netip"
	"strings"
	"sync/atomic"

	"github.com/vigilops/vigil/event"
)

// String redacts free text. It returns s itself, without allocating, when
// nothing is found.
func (r *Redactor) String(s string) string {
	out, _ := r.text(s, r.off, nil)
	return out
}

// RedactText redacts a raw line for a dead-letter record or a log: a JSON
// line is redacted structurally (AppendJSON: field rules apply and the
// output stays valid JSON), anything else as free text.
func (r *Redactor) RedactText(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			out, c := r.AppendJSON(make([]byte, 0, len(s)+32), []byte(s))
			if c.Total() == 0 && string(out) == s {
				return s
			}
			return string(out)
		}
		break
	}
	return r.String(s)
}

// RedactEvent is Event without the counts, for vigil's pipeline.
func (r *Redactor) RedactEvent(ev *event.Event) { r.Event(ev) }

// AppendRedacted appends s, redacted, to dst.
func (r *Redactor) AppendRedacted(dst []byte, s []byte) []byte {
	sc := r.find(bytesToString(s), r.off)
	defer sc.release()
	if len(sc.spans) == 0 {
		return append(dst, s...)
	}
	return r.render(dst, bytesToString(s), sc.spans, nil)
}

// text redacts s with the kinds in off switched off, adding to c.
func (r *Redactor) text(s string, off uint32, c *Counts) (string, bool) {
	return r.textKnown(s, off, c, nil)
}

// textKnown is text that also redacts the event's known values.
//
// The known values are replaced first, and the detectors then read the text
// with those markers in it, exactly as a second pass would: redacting twice
// gives the same result as once.
func (r *Redactor) textKnown(s string, off uint32, c *Counts, ks *knownSet) (string, bool) {
	changed := false
	if ks != nil && len(ks.vals) > 0 {
		if sp := ks.spansIn(s); len(sp) > 0 {
			s = bytesToString(r.render(make([]byte, 0, len(s)+16*len(sp)), s, sp, c))
			changed = true
		}
	}
	off |= r.off
	h := r.inert.hash(s, off)
	if r.inert.has(h, s, off) {
		return s, changed // a repeated value that held nothing (inert.go)
	}
	sc := r.find(s, off)
	if len(sc.spans) == 0 {
		r.inert.offer(h, s, off)
	}
	if ks != nil && len(ks.ids) > 0 {
		sc.spans = ks.dropIDs(s, sc.spans)
	}
	if ks != nil && len(sc.spans) > 0 {
		ks.addFoundSecrets(s, sc.spans) // redacted where the event's later strings repeat it (creds18_echo.go)
	}
	if len(sc.spans) == 0 {
		sc.release()
		return s, changed
	}
	out := r.render(make([]byte, 0, len(s)+16*len(sc.spans)), s, sc.spans, c)
	sc.release()
	return bytesToString(out), true // (out is this string's own: never written again)
}

// render writes s with each span replaced.
func (r *Redactor) render(dst []byte, s string, sp []span, c *Counts) []byte {
	last := 0
	for _, x := range sp {
		dst = append(dst, s[last:x.start]...)
		dst = r.replacement(dst, x.kind, x.custom, s[x.start:x.end])
		if c != nil {
			c[x.kind]++
		}
		last = x.end
	}
	return append(dst, s[last:]...)
}

// replacement appends the marker for a value of kind k.
func (r *Redactor) replacement(dst []byte, k Kind, ci int, v string) []byte {
	label := k.String()
	action := ActionMask
	if k == KindCustom {
		label = r.custom[ci].name
		action = r.custom[ci].action
	} else if k < NumKinds {
		action = r.kindAction[k]
	}
	return r.mark(dst, action, k, label, v)
}

// mark appends the marker of action for value v labelled label.
func (r *Redactor) mark(dst []byte, action Action, k Kind, label, v string) []byte {
	switch action {
	case ActionHash:
		dst = append(dst, "[HASH:"...)
		dst = append(dst, label...)
		dst = append(dst, ':')
		dst = r.pseudonym(dst, k, v)
		return append(dst, ']')
	case ActionPartial:
		switch k {
		case KindCard:
			var d [4]byte
			n := 0
			for p := len(v) - 1; p >= 0 && n < 4; p-- {
				if isDigit(v[p]) {
					n++
					d[4-n] = v[p]
				}
			}
			if n == 4 {
				dst = append(dst, "[REDACTED:card:****"...)
				dst = append(dst, d[:]...)
				return append(dst, ']')
			}
		case KindPhone:
			if cc := countryCode(v); cc != "" {
				dst = append(dst, "[REDACTED:phone:+"...)
				dst = append(dst, cc...)
				return append(dst, ']')
			}
		case KindIBAN:
			if len(v) >= 2 && isUpper(v[0]) && isUpper(v[1]) {
				dst = append(dst, "[REDACTED:iban:"...)
				dst = append(dst, v[:2]...)
				return append(dst, ']')
			}
		}
	}
	dst = append(dst, "[REDACTED:"...)
	dst = append(dst, label...)
	return append(dst, ']')
}

// countryCode returns the calling code of a number written "+CC …" or
// "00CC …", or "".
func countryCode(v string) string {
	v = strings.TrimSpace(v)
	switch {
	case strings.HasPrefix(v, "+"):
		v = v[1:]
	case strings.HasPrefix(v, "00"):
		v = v[2:]
	default:
		return ""
	}
	var d [3]byte
	n := 0
	for p := 0; p < len(v) && n < 3; p++ {
		if isDigit(v[p]) {
			d[n] = v[p]
			n++
		} else if v[p] != ' ' && v[p] != '-' && v[p] != '(' {
			break
		} else if n > 0 {
			break
		}
	}
	if n == 0 {
		return ""
	}
	// Codes are prefix-free: 1 and 7 take one digit, the listed two-digit
	// ones two, the rest three.
	if d[0] == '1' || d[0] == '7' {
		return string(d[:1])
	}
	if n >= 2 && twoDigitCC[string(d[:2])] {
		return string(d[:2])
	}
	return string(d[:n])
}

var twoDigitCC = map[string]bool{}

func init() {
	for _, c := range strings.Fields("20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98") {
		twoDigitCC[c] = true
	}
}

// Event redacts ev in place: field rules by path first, then the detectors
// inside every remaining string (array items and numbers included). It
// returns what it redacted.
func (r *Redactor) Event(ev *event.Event) Counts {
	var c Counts
	ks := knownSets.Get().(*knownSet)
	own := ks.top
	sh := r.shapes.get(ev.Fields) // the event's paths seen before, with their facts (shapes.go)
	if sh != nil {
		ks.top, ks.shared, ks.skip = sh.top, true, sh.skip
	}
	r.collect("", ev.Fields, ks)
	if sh == nil || sh.templ {
		r.collectTemplate(ev.Fields, ks)
	}
	if sh == nil {
		r.shapes.offer(ev.Fields, ks.top)
	}
	ev.Fields = r.fields("", ev.Fields, 0, &c, ks)
	if sh != nil {
		ks.top, ks.shared, ks.skip = own, false, fieldSkips{}
	}
	ks.reset()
	knownSets.Put(ks)
	return c
}

// fields applies the rules to each field (paths under prefix) and returns
// the fields that stay, in order.
func (r *Redactor) fields(prefix string, fs []event.Field, off uint32, c *Counts, ks *knownSet) []event.Field {
	n := 0
	for k := 0; k < len(fs); k++ {
		if prefix == "" && ks.shared {
			if m := ks.skip.quietRun(k, ks); m > 0 {
				if n != k {
					copy(fs[n:], fs[k:k+m])
				}
				n += m
				k += m - 1
				continue // kept fields whose keys need no scan: as below, with nothing to do (shapes.go, speed27_shapes.go)
			}
		}
		path := fs[k].Path
		if prefix != "" {
			path = prefix + path
		}
		var pi pathInfo
		if prefix == "" && k < len(ks.top) && (ks.shared || ks.top[k].path == path) {
			pi = ks.top[k].pi // collect looked it up (known.go), or the event's shape holds it (shapes.go: its paths compared)
		} else {
			pi = r.path(path)
		}
		if pi.keyScan(prefix == "", ks) && needsScan(fs[k].Path) {
			if red, changed := r.textKnown(fs[k].Path, 0, c, ks); changed {
				fs[k].Path = red
			}
		}
		if pi.ru == nil && prefix == "" && (pi.top && sessionTurnField(path, fs, k) || idpSessionField23(path, fs, k)) { // (Keycloak's sessionId: keep23_fields.go)
			if n != k {
				fs[n] = fs[k]
			}
			n++
			continue // a bot turn's session UUID: an id (damage16_session.go)
		}
		if pi.ru == nil && codePath(path) && r.otpCodeField(prefix, path, fs, k) {
			r.maskValue(&fs[k].Value, ActionMask, KindCredential.String(), KindCredential, c) // otp_code.go
		} else if pi.ru == nil && prefix == "" && pi.cls == keyCred && flatPin27(path, fs, k) {
			r.maskValue(&fs[k].Value, ActionMask, KindCredential.String(), KindCredential, c) // "pin" with no address: cred27_codes.go
		}
		if pi.ru == nil && prefix == "" && pi.cls == keyNone && pi.top {
			if kd, ok := r.flatAuditValue(path, fs, k); ok {
				r.maskValue(&fs[k].Value, ActionMask, kd.String(), kd, c) // "audit.old_value" of "audit.field":"sftp_password" (change17.go)
			} else if r.kindAction[KindPhone] != ActionOff && smsRecipientField20(path, fs, k) {
				r.maskValue(&fs[k].Value, ActionMask, KindPhone.String(), KindPhone, c) // "To" beside "MessageSid" (phones20_keys.go)
			} else if r.kindAction[KindName] != ActionOff && (siblingNameValue17(path, fs, k) || senderSiblingName18(path, fs, k) || topNameField20(path, fs, k) || subjectNameField21(path, fs, k) || nsNameField27(path, fs, k)) && !r.allowed(fs[k].Value.Str) {
				r.maskValue(&fs[k].Value, ActionMask, KindName.String(), KindName, c) // "wms.name" beside "wms.phone_number" (names17_keys.go)
			} else if r.kindAction[KindName] != ActionOff && partyField19(path, &fs[k].Value) && !r.allowed(fs[k].Value.Str) {
				r.maskValue(&fs[k].Value, ActionMask, KindName.String(), KindName, c) // "data.denominazione": an invoice's party who is a person (keys19_parties.go)
			} else if r.kindAction[KindAddress] != ActionOff && (searchAddressField19(path, &fs[k].Value) || addressField20(path, &fs[k].Value)) && !r.allowed(fs[k].Value.Str) {
				r.maskValue(&fs[k].Value, ActionMask, KindAddress.String(), KindAddress, c) // "data.input": a geocoder's query (keys19_parties.go)
			}
		}
		if pi.ru == nil && prefix != "" && pi.cls == keyNone && r.kindAction[KindName] != ActionOff && nestedNameField27(path, fs, k) && !r.allowed(fs[k].Value.Str) {
			r.maskValue(&fs[k].Value, ActionMask, KindName.String(), KindName, c) // "alerts[].labels.name" beside "labels.phone" (names27_fields.go)
		}
		if pi.ru == nil && prefix == "" && fs[k].Value.Kind == event.Array && paramsPath28(path) {
			r.params28(path, fs, k, c) // Sentry's "logentry.params" read in its "logentry.message" (na28_params.go)
		}
		if pi.kept() || r.fieldAt(path, pi, &fs[k].Value, off, c, ks) { // (fieldAt keeps a kept field as it is)
			if n != k {
				fs[n] = fs[k]
			}
			n++
		}
	}
	clear(fs[n:])
	return fs[:n]
}

// needsScan reports whether a key or path may hold a value: one with a
// digit, '@', '%' or a non-ASCII byte, or a long one (a token used as a key).
func needsScan(k string) bool {
	if len(k) > 24 {
		return true
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if isDigit(c) || c == '@' || c == '%' || c >= 0x80 {
			return true
		}
	}
	return false
}

// field applies the rules to the value at path and reports whether the
// field stays (false: dropped).
func (r *Redactor) field(path string, v *event.Value, off uint32, c *Counts, ks *knownSet) bool {
	return r.fieldAt(path, r.path(path), v, off, c, ks)
}

// fieldAt is field with the path's facts already in hand.
func (r *Redactor) fieldAt(path string, pi pathInfo, v *event.Value, off uint32, c *Counts, ks *knownSet) bool {
	ru := pi.ru
	action := ActionScan
	if ru != nil {
		action = ru.Action
		off |= ru.off
	}
	if ru == nil && pi.cls == keyCred && r.cookieField23(path, v, c) {
		return true // "request_Cookie": "sid=…; _ga=GA1.2.…", cookie by cookie (keep23_fields.go)
	}
	if ru == nil {
		if k, ok := r.implicitAt(path, pi, v); ok {
			r.maskValue(v, ActionMask, k.String(), k, c)
			return true
		}
	}
	switch action {
	case ActionKeep:
		return true
	case ActionDrop:
		if v.Kind != event.Null {
			_, k := labelFor(ru, path)
			c[k]++
		}
		return false
	case ActionMask, ActionHash, ActionPartial:
		if ru.Action != ActionHash && v.Kind == event.String && keep21Value(keyNone, v.Str) {
			return true // "****1234", "<EMAIL>": masked before, or a placeholder (keep21_values.go)
		}
		label, k := labelFor(ru, path)
		r.maskValue(v, ru.Action, label, k, c)
		return true
	}
	r.scanValueAt(path, pi, v, off, c, ks)
	return true
}

// maskValue replaces a value as a field rule says.
func (r *Redactor) maskValue(v *event.Value, action Action, label string, kind Kind, c *Counts) {
	switch v.Kind {
	case event.Null:
		return
	case event.String:
		if v.Str == "" || isWholeMarker(v.Str) {
			return
		}
	case event.Array:
		for k := range v.Items {
			r.maskValue(&v.Items[k], action, label, kind, c)
		}
		return
	case event.Object:
		for k := range v.Fields {
			r.maskValue(&v.Fields[k].Value, action, label, kind, c)
		}
		return
	}
	text := v.Text()
	b := r.mark(make([]byte, 0, 48), action, kind, label, text)
	*v = event.StringValue(string(b))
	c[kind]++
}

// isWholeMarker reports whether s is exactly one marker.
func isWholeMarker(s string) bool {
	return len(s) > 0 && s[0] == '[' && markerEnd(s, 0) == len(s)
}

// scanValue runs the detectors over a value's strings.
func (r *Redactor) scanValue(path string, v *event.Value, off uint32, c *Counts, ks *knownSet) {
	r.scanValueAt(path, r.path(path), v, off, c, ks)
}

// scanValueAt is scanValue with the path's facts already in hand.
func (r *Redactor) scanValueAt(path string, pi pathInfo, v *event.Value, off uint32, c *Counts, ks *knownSet) {
	switch v.Kind {
	case event.String:
		if pi.brand { // brandKey14(path)
			off |= 1 << KindName // "brand": "Ralph Lauren" names a maker, not a person (damage14_titles.go)
		}
		if idDigits(v.Str) && pi.cls == keyID {
			r.scanNumber(path, v, off, c, ks) // "itemId": "17174691251" is read as the number would be
			return
		}
		if pi.cls == keyID && publicKeyIDField18(path, v.Str) {
			return // "kid": "rzp_live_…", Razorpay's public key id (keys18_parts.go)
		}
		if pi.cls == keyID && dashedIDField(path, v.Str) {
			return // "order_id": "12-34567-89012", an order number in dashed groups (ids_dashed.go)
		}
		if pi.cls == keyID && waybillField19(path, v.Str) {
			return // "mawb": "020-57808291", a waybill's number (damage19_waybills.go)
		}
		if ks != nil && len(ks.codes) > 0 && r.echoCode23n(path, v, c, ks) {
			return // "invalidArgs": {"code": "9930"} after "verification code 9930" (cred23n_echo.go)
		}
		if messageIDField23(path, v.Str) {
			return // "email.message_id": "<…@mail.example>", an id (keep23_fields.go)
		}
		if out, changed := r.textKnown(v.Str, off, c, ks); changed {
			v.Str = out
		}
		v.Str = r.titleField(path, v.Str, off, c) // "notification.title": "📦 Given" (names_title.go)
		// "alert.body": "Given Family, your courier …" (names22_salute.go)
		if pi.salute {
			v.Str = r.salutationField22(path, v.Str, off, c)
		}
		v.Str = r.subjectField23(path, v.Str, off, c) // "Subject": "<complaint> - Given Family [phone]" (names23_subject.go)
	case event.Number:
		if ks != nil && len(ks.codes) > 0 && r.echoCode23n(path, v, c, ks) {
			return // (cred23n_echo.go)
		}
		r.scanNumber(path, v, off, c, ks)
	case event.Array:
		for k := range v.Items {
			r.scanValueAt(path, pi, &v.Items[k], off, c, ks)
		}
		if len(v.Items) >= 2 {
			r.arrayArgNames(v, c) // ["Jane Roe", "[REDACTED:phone]"] (names_args.go)
		}
		r.arrayRecordNames20(v, c) // [{"name":"Given Family","postal_address":…}] (tables20_records.go)
	case event.Object:
		r.pairFields22(v.Fields, c) // {"op":"add","path":"/contacts/-","value":…} (names22_pairs.go)
		if r.pairFields(path, v.Fields, off, c, ks) {
			return // {"key":"customer.email","value":…} (pairs.go)
		}
		if r.auditFields(path, v.Fields, off, c, ks) {
			return // {"field":"phone","old_value":…,"new_value":…} (audit_trail.go)
		}
		r.describedFields(v.Fields, c) // {"field":"recipient.name","description":"…"} (names_described.go)
		v.Fields = r.fields(path+".", v.Fields, off, c, ks)
	}
}

// idDigits reports a string that scanNumber reads as a number would be
// read: 7 to 19 digits and nothing else ("itemId": "17174691251").
func idDigits(s string) bool { return len(s) >= 7 && len(s) <= 19 && countDigits(s) == len(s) }

// scanNumber checks a JSON number's literal: a card, resident id or phone
// written as a bare number becomes a marker string. Numbers under id-like
// paths (order_id, …) are left alone.
func (r *Redactor) scanNumber(path string, v *event.Value, off uint32, c *Counts, ks *knownSet) {
	lit := v.Str
	if len(lit) < 7 || len(lit) > 19 {
		return
	}
	for k := 0; k < len(lit); k++ {
		if !isDigit(lit[k]) {
			return
		}
	}
	if ks != nil {
		for i := range ks.vals {
			if kv := &ks.vals[i]; kv.digits != "" && len(digitMatches(nil, lit, kv.digits, kv.kind)) > 0 {
				*v = event.StringValue(string(r.replacement(nil, kv.kind, 0, lit)))
				c[kv.kind]++
				return
			}
		}
	}
	seg := path[strings.LastIndexAny(path, ".")+1:]
	var buf [64]byte
	nk := buf[:0]
	for p := 0; p < len(seg) && len(nk) < len(buf); p++ {
		ch := seg[p]
		if ch == '_' || ch == '-' {
			continue
		}
		if ch >= 'A' && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		nk = append(nk, ch)
	}
	cls := keyClass(nk)
	if cls == keyID && r.path(path).cls == keyCardCtx {
		cls = keyCardCtx // "card.number": the parent names whose number it is
	}
	if cls == keyID && (!validCard(lit, true) || len(lit) >= 17 && orderPath(path)) && !(len(lit) == 18 && validCNID(lit)) {
		return // an id, unless it is a card number or a resident id ("CertNo": 4501…)
	}
	sc := scanners.Get().(*scanner)
	*sc = scanner{r: r, s: lit, off: off | r.off, spans: sc.spans[:0], chunks: sc.chunks[:0], lastEnd: -1}
	switch cls {
	case keyPhone:
		sc.ctx = ctxPhone
	case keyCardCtx:
		sc.ctx = ctxCard
	}
	sc.number(0)
	if len(sc.spans) == 1 && sc.spans[0].start == 0 && sc.spans[0].end == len(lit) {
		x := sc.spans[0]
		*v = event.StringValue(string(r.replacement(nil, x.kind, x.custom, lit)))
		c[x.kind]++
	}
	sc.release()
}

// implicit reads a field that no rule names by its path, as the scanner
// reads a key in text: "stripe.secret_key", "http.request.headers.x-api-key",
// "delivery.addr", "sms.to", "order.billing.name", "checkout.cc". It returns
// the kind to mask the value as, or false to scan it.
func (r *Redactor) implicit(path string, v *event.Value) (Kind, bool) {
	return r.implicitAt(path, r.path(path), v)
}

// implicitAt is implicit with the path's facts already in hand.
func (r *Redactor) implicitAt(path string, pi pathInfo, v *event.Value) (Kind, bool) {
	if pi.code && (pi.cls == keyNone || pi.cls == keyID) && accessCodeField20(path, v) {
		return KindCredential, true // "pickup_code":"83169891", "rma_pin":"4471" (codekeys20_keys.go)
	}
	if pi.cls == keyNone && sentCodeField23(path, *v) {
		return KindCredential, true // "otp_sent":"969067" (secrets23_keys.go)
	}
	if (pi.cls == keyNone || pi.cls == keyID) && dsnField30(path, *v) { // ("dsn" ends as a serial number's "sn" does)
		return KindCredential, true // "db.dsn": a bare password where the connection string belonged (cr30_creds.go)
	}
	if v.Kind != event.String && v.Kind != event.Number || v.Str == "" || pi.cls == keyNone && !pi.bare && !pi.role {
		return 0, false // most fields: nothing in the path asks for a look at the value
	}
	if isLiteral(v.Str) || strings.Contains(v.Str, "[REDACTED:") || strings.Contains(v.Str, "[HASH:") {
		return 0, false // redacted before: what is left was scanned, and is scanned again
	}
	if v.Kind == event.String && keep21Value(pi.cls, v.Str) {
		return 0, false // "****1234", "{{customer.email}}", "svc-backup" (keep21_values.go)
	}
	cls := pi.cls
	if cls == keyNone {
		if v.Kind == event.String && bareNamePath(path) && bareNameValue(v.Str) && !propertiesName(path) { // (damage15_keys.go)
			return KindName, true // "invalidArgs.name": a person's name shaped as one (names_args.go)
		}
		if v.Kind == event.String && roleShaped(v.Str) && pi.role && !pi.brand && roleName(v.Str) && roleEvidence18(path, v.Str) { // (a brand's owner is a business: dmg26_business.go)
			return KindName, true // "support.owner": a person under a role key (names_roles.go)
		}
		if v.Kind == event.String && bareNumberField(path) && visa13Value(v.Str) {
			return KindCard, true // {"Number":"4…"}: a card's number logged by its property (cards14_visa13.go)
		}
		return 0, false
	}
	val := v.Str
	switch cls {
	case keyIBAN:
		if v.Kind == event.String && ibanLike(val) {
			return KindIBAN, true // "payout.iban": an account number of any length that passes mod 97
		}
	case keyCred, keyAuth:
		if cls == keyCred && recordKeyField(path, val) {
			return 0, false // kafka.record.key: an id, not a secret (pairs.go)
		}
		if cls == keyCred && flowSession(path, val) {
			return 0, false // kyc.session: a flow's UUID (damage15_ids.go)
		}
		if cls == keyCred && postalPinField(path, val) {
			return 0, false // "shipping_address.pincode": India's postcode (creds18_keys.go)
		}
		if cls == keyCred && (nfeAccessKey18(val) || approvalCode18(val) && approvalPath18(path) || providerSID21(val)) { // (a Twilio SID: ids21_values.go)
			return 0, false // "access_key": an NF-e's 44 digits (keys18_parts.go)
		}
		if cls == keyCred && tokenCountField20(path, val) {
			return 0, false // "gen_ai.usage.input_tokens": a count (secrets20_keys.go)
		}
		if cls == keyCred && sessionCounter23(path, val) {
			return 0, false // "event.session": "139", a session's number (keep23_fields.go)
		}
		if v.Kind == event.Number && numericTokenID(path, val) {
			return 0, false // Viber's "message_token": a message id (damage_ids11.go)
		}
		return KindCredential, true
	case keyCard:
		if cidNotCode(path, val) {
			return 0, false // ga.cid: an analytics client id (damage15_ids.go)
		}
		return KindCard, true
	case keyName:
		if v.Kind == event.String && !isSlug(val) && !companyName(val) && !notPersonValue(val) { // (damage17_traps.go)
			return KindName, true // not "sender.name": "Yamato Transport Co., Ltd."
		}
	case keyAddress:
		if v.Kind == event.String && !networkAddress(val) && !notAddressValue(val) && !barePostcode21(val) { // "ship_to":"NLRTM" (damage17_traps.go), "LugarExpedicion":"06600" (ids21_values.go)
			return KindAddress, true
		}
	case keyPhone:
		if countDigits(val)+countFullwidthDigits(val) >= 6 {
			return KindPhone, true
		}
	case keyCardCtx:
		if d := countDigits(val); d >= 12 && d <= 19 {
			var db [19]byte
			n := 0
			for i := 0; i < len(val); i++ {
				if isDigit(val[i]) {
					db[n] = val[i]
					n++
				}
			}
			if luhn(db[:n]) {
				return KindCard, true
			}
		}
	}
	return 0, false
}

// ibanLike reports a value that is an IBAN whatever its country's length:
// two letters, two check digits, 11 to 30 more letters and digits (spaces
// between groups allowed), passing mod 97.
func ibanLike(v string) bool {
	var buf [34]byte
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == ' ':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case !isUpperNum(c):
			return false
		}
		if n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	return n >= 15 && isUpper(buf[0]) && isUpper(buf[1]) && isDigit(buf[2]) && isDigit(buf[3]) && mod97(buf[:n])
}

// networkAddress reports a value that is a network address, not a postal
// one, under a key such as "addr" or "address": an IP address, or a host
// with a port ("127.0.0.1:9464", "[::1]:8080", "es-1.internal:9200").
func networkAddress(v string) bool {
	if _, err := netip.ParseAddr(v); err == nil {
		return true
	}
	if _, err := netip.ParseAddrPort(v); err == nil {
		return true
	}
	c := strings.LastIndexByte(v, ':')
	if c <= 0 || c == len(v)-1 || len(v)-c > 6 {
		return false
	}
	for i := c + 1; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	host := v[:c]
	return !strings.ContainsAny(host, " ,:") && (strings.Contains(host, ".") || host == "localhost")
}

// normKey appends a key lower-cased without '_', '-' and '.', as keys are
// classified.
func normKey(dst []byte, k string) []byte {
	for i := 0; i < len(k) && len(dst) < cap(dst); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// countFullwidthDigits counts the digits ０–９ (U+FF10–U+FF19) in s, as
// Japanese and Chinese forms write phone numbers.
func countFullwidthDigits(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			n++
			i += 2
		}
	}
	return n
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// pathClass classifies a field's path as a key: its last segment, read with
// its parent when it is a bare "name", "to", "number" ("billing.name",
// "sms.to"). A top-level field says too little.
// containerParts end the names of objects that group a party's fields
// ("billing_details", "recipient_info").
var containerParts = []string{"details", "detail", "info", "information", "data", "object"}

func pathClass(path string) int {
	if strings.Contains(path, "[REDACTED:") || strings.Contains(path, "[HASH:") {
		return keyNone // a key redacted on an earlier pass says nothing of its value
	}
	dot := strings.LastIndexByte(path, '.')
	var buf [64]byte
	seg := path[dot+1:]
	if len(seg) > 2 && seg[0] == '$' {
		if pp := operatorPath30(path, dot); pp != "" {
			return pathClass(pp) // "filter.password.$eq": the operator's value is its parent key's (cr30_creds.go)
		}
	}
	nk := normKey(buf[:0], seg)
	if c, ok := wrappedValueClass(path, dot, nk); ok {
		return c // {"app_secrets":[{"type":"primary","value":…}]} (creds14_pairs.go)
	}
	switch string(nk) {
	case "name", "names", "to", "from", "number", "no", "first", "last", "full":
		if dot < 0 {
			// A top-level "name" is a logger's or an app's as often as a
			// person's: only a longer key says whose ("full_name", …).
			return keyNone
		}
		parent := path[:dot]
		nk = normKey(buf[:0], parent[strings.LastIndexByte(parent, '.')+1:])
		for _, c := range containerParts {
			if len(nk) > len(c) && string(nk[len(nk)-len(c):]) == c {
				nk = nk[:len(nk)-len(c)] // "billing_details.name" names as "billing_name" does
				break
			}
		}
		nk = normKey(nk, seg)
	}
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk) // "НовийПароль", "Empfänger" read as their lower case, as keys in text are
			break
		}
	}
	if c := keyClass(nk); c != keyNone || !bytes.Contains(nk, []byte("iban")) {
		return c
	}
	return keyIBAN
}

// pathInfo is what a field's path decides: its rule and its class.
type pathInfo struct {
	ru   *rule
	cls  int
	role bool // the last segment is a role key (rolePath)
	// bare: a field that no class names may still be read by its value
	// (bareNamePath, bareNumberField); with neither bare nor role, a
	// field of class keyNone has no implicit rule and its value need not
	// be looked at.
	bare bool
	// key: the path has a byte that a value in a key would bring
	// (needsScan), so its last segment may need scanning.
	key bool
	// code: the path names an access code or a PIN ("pickup_code",
	// "rma_pin"; codekeys20_keys.go).
	code bool
	// brand: the last segment names a brand (brandKey14).
	brand bool
	// top: a predicate fields runs on a top-level field may take the
	// path (topFieldPath, shapes.go).
	top bool
	// keyClean: key, and the detectors find nothing in the path itself
	// (read as fields reads a top-level field's key).
	keyClean bool
	// salute: salutationField22 may read a value at the path
	// (salutationPath22).
	salute bool
}

// kept reports a path whose rule keeps its value as it is.
func (pi *pathInfo) kept() bool { return pi.ru != nil && pi.ru.Action == ActionKeep }

// keyScan reports whether fields scans the key of a field at the path (at
// the event's top level when top): one with a byte a value would bring,
// unless the detectors find nothing in it there and the event has no
// known values (textKnown would find nothing).
func (pi *pathInfo) keyScan(top bool, ks *knownSet) bool {
	return pi.key && !(top && pi.keyClean && len(ks.vals) == 0)
}

// maxPaths bounds the path cache: events with ids in their keys do not grow
// it past this.
const maxPaths = 4096

// pathEntry is one slot of the path cache's front: a path (a copy) and
// what path returned for it.
type pathEntry struct {
	p  string
	pi pathInfo
}

// pathSlot picks a front slot from a few bytes of the path: cheaper than
// the map's hash of all of it, and events repeat their paths.
func pathSlot(p string) int {
	n := len(p)
	if n == 0 {
		return 0
	}
	return (n*31 + int(p[0])*7 + int(p[n/2])*131 + int(p[n-1])*17) & (len(pathFront{}) - 1)
}

// pathFront is a direct-mapped cache in front of the paths map.
type pathFront [256]atomic.Pointer[pathEntry]

// path returns the path's rule and class, from a copy-on-write cache (a
// lookup neither locks nor allocates) behind a direct-mapped front.
func (r *Redactor) path(p string) pathInfo {
	slot := &r.front[pathSlot(p)]
	if e := slot.Load(); e != nil && e.p == p {
		return e.pi
	}
	if m := r.paths.Load(); m != nil {
		if pi, ok := (*m)[p]; ok {
			slot.Store(&pathEntry{p: strings.Clone(p), pi: pi})
			return pi
		}
	}
	pi := pathInfo{ru: r.ruleFor(p), cls: pathClass(p), role: rolePath(p), bare: bareNamePath(p) || bareNumberField(p), key: needsScan(p), code: accessCodePath20(p), brand: brandKey14(p) || businessPath26(p) || productPathA26(p), top: topFieldPath(p), salute: salutationPath22(p)}
	if old := r.paths.Load(); pi.key && (old == nil || len(*old) < maxPaths) {
		sc := r.find(p, r.off) // the key as fields scans it at the top level, once for the cache
		pi.keyClean = len(sc.spans) == 0
		sc.release()
	}
	r.pathsMu.Lock()
	defer r.pathsMu.Unlock()
	old := r.paths.Load()
	if old != nil && len(*old) >= maxPaths {
		return pi
	}
	m := make(map[string]pathInfo, 1+func() int {
		if old == nil {
			return 0
		}
		return len(*old)
	}())
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[strings.Clone(p)] = pi
	r.paths.Store(&m)
	return pi
}
