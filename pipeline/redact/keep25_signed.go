package redact

import "strings"

// Values under secret-sounding keys that are no secret, by their key and
// form (keep25):
//
//   - a pagination cursor: a key whose word before "token" names a page's
//     position ("next_token", "NextToken", "pageToken",
//     "continuationToken", "sync_token") holds opaque state that only
//     fetches the next page of a request its caller can already make;
//   - a message signature that its message says how to verify with a
//     public certificate (Amazon SNS: "Signature" beside "SigningCertURL"):
//     a public-key signature, public by design;
//   - the signature of a signed API request: a bare "Signature" in a query
//     that also carries the request's "Timestamp" and no "Expires" (MWS and
//     SellerCenter-style signed queries), or a "signature=" parameter in an
//     Authorization list that names its "algorithm=" and a signing time
//     ("signed-date=", "timestamp=", "created=", "date="): a one-way
//     digest of one timestamped request. The access token, user or key
//     beside it is still masked by its own key. A pre-signed link's
//     signature (X-Amz-Signature, X-Goog-Signature, Azure's sig, a
//     Signature beside Expires) is a bearer capability and stays masked,
//     and so do webhook HMAC headers and Signature keys in any other
//     place.

// docKey25 reports a normalised key whose word before "key" names a
// shipment or a document ("cargoKey", "invoice_key", "shipmentKey": a
// carrier's API names its references so): the value is the thing's
// reference, an id, not a secret. An order's key is left out (WooCommerce's
// "order_key" opens the order's page).
func docKey25(k string) bool {
	if len(k) < 8 || k[len(k)-3:] != "key" {
		return false
	}
	switch k[:len(k)-3] {
	case "cargo", "shipment", "parcel", "consignment", "invoice", "waybill", "despatch", "dispatch":
		return true
	}
	return false
}

// cursorKey25 reports a normalised key (lower case, no separators) that
// names a pagination cursor: a page-position word, then "token".
func cursorKey25(k string) bool {
	if len(k) < 9 || k[len(k)-5:] != "token" {
		return false
	}
	switch k[:len(k)-5] {
	case "next", "nextpage", "page", "prev", "previous", "prevpage", "previouspage", "continuation",
		"nextcontinuation", "startcontinuation", "cursor", "nextcursor", "pagination", "paging", "sync",
		"nextsync", "resumption", "skip", "delta", "scroll", "nextscroll", "more", "after", "before":
		return true
	}
	return false
}

// keptSignature25 reads the value at k of a credential key s[ks:j]
// (normalised nk) and returns the value's end when it is one of the
// signatures above, which stays as written; 0 otherwise.
func (sc *scanner) keptSignature25(ks, j, k int, nk []byte) int {
	if len(nk) != 9 || nk[0] != 's' || string(nk) != "signature" || k >= len(sc.s) {
		return 0
	}
	s := sc.s
	for k < len(s) && s[k] == '\\' {
		k++ // a quote escaped once or more: JSON held in a string
	}
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	e := signatureEnd25(s, k)
	if e == k {
		return 0
	}
	switch {
	case strings.Contains(s, "SigningCert"): // SNS: "SigningCertURL", Lambda's "SigningCertUrl"
		if !base64Digest25(s[k:e], 128) {
			return 0
		}
	case ks > 0 && (s[ks-1] == '&' || s[ks-1] == '?'):
		for e+1 < len(s) && s[e] == ' ' && (isAlnum(s[e+1]) || s[e+1] == '/') {
			e = signatureEnd25(s, e+1) // a '+' of base64 read decoded as a space
		}
		if !signedQuery25(s, ks) || !base64Digest25(s[k:e], 32) {
			return 0
		}
	case ks > 1 && s[ks-1] == ' ' && s[ks-2] == ',':
		if !signedParams25(s, ks) || !base64Digest25(s[k:e], 32) {
			return 0
		}
	default:
		return 0
	}
	return e
}

// signatureEnd25 returns the end of a signature's value at k: base64 (also
// URL-safe and percent-encoded) or hex, ended by anything else.
func signatureEnd25(s string, k int) int {
	e := k
	for e < len(s) && e-k < 700 {
		c := s[e]
		if isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '-' || c == '_' || c == '%' && e+2 < len(s) && isHex(s[e+1]) && isHex(s[e+2]) {
			e++
			continue
		}
		break
	}
	return e
}

// base64Digest25 reports a value of at least min characters in the
// alphabet of base64 or hex with both letters and digits (a digest, not a
// word or a number).
func base64Digest25(v string, min int) bool {
	if len(v) < min {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case isAlpha(c):
			letters++
		}
	}
	return letters > 0 && digits > 0
}

// signedQuery25 reports a query around the parameter at ks that carries a
// request time ("Timestamp=", "timestamp=") and no expiry ("Expires=",
// "X-Amz-Expires=", "se="): a signed API call, not a pre-signed link.
func signedQuery25(s string, ks int) bool {
	b := max(0, ks-2048)
	q := strings.LastIndexByte(s[b:ks], '?')
	if q < 0 || strings.ContainsAny(s[b+q:ks], "\"'\n<>") {
		return false // (a query read decoded may hold spaces: "+01:00")
	}
	q += b
	e := ks
	for e < len(s) && e-ks < 2048 && s[e] != ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '\n' && s[e] != '\\' && s[e] != '<' {
		e++
	}
	query := s[q:e]
	stamped := false
	for p := 0; p < len(query); {
		a := strings.IndexAny(query[p:], "?&")
		if a < 0 {
			break
		}
		p += a + 1
		eq := strings.IndexByte(query[p:], '=')
		if eq < 0 {
			break
		}
		name := query[p : p+eq]
		switch {
		case strings.EqualFold(name, "timestamp"):
			stamped = true
		case strings.EqualFold(name, "expires"), strings.EqualFold(name, "se"), strings.HasSuffix(strings.ToLower(name), "-expires"):
			return false
		}
	}
	return stamped
}

// signingList25 reports an Authorization parameter list at p that opens
// with the signing algorithm and holds a signing time and a signature on
// its line ("CEA algorithm=HmacSHA256, access-key=…, signed-date=…,
// signature=…").
func signingList25(s string, p int) bool {
	if !strings.HasPrefix(strings.ToLower(s[p:min(len(s), p+10)]), "algorithm=") {
		return false
	}
	e := min(len(s), p+600)
	if nl := strings.IndexByte(s[p:e], '\n'); nl >= 0 {
		e = p + nl
	}
	l := strings.ToLower(s[p:e])
	return strings.Contains(l, ", signature=") && signedTime25(l)
}

// signedTime25 reports a signing time's parameter in the lower-cased l.
func signedTime25(l string) bool {
	for _, t := range []string{"signed-date=", "signed_date=", "signeddate=", "timestamp=", "created=", " date="} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// signedParams25 reports an Authorization parameter list, before ks on the
// same line, that names the signing algorithm and a signing time.
func signedParams25(s string, ks int) bool {
	b := max(0, ks-400)
	line := s[b:ks]
	if nl := strings.LastIndexByte(line, '\n'); nl >= 0 {
		line = line[nl+1:]
	}
	l := strings.ToLower(line)
	return strings.Contains(l, "algorithm=") && signedTime25(l)
}

// maskedLocal25 reports an e-mail address whose local part, which the
// scanner read from ls to the '@' at at, follows asterisks that a platform
// wrote in place of the rest ("j***n@…"): the visible letters and digits of
// the whole local part are no more than its asterisks, so the address is
// already masked.
func maskedLocal25(s string, ls, at int) bool {
	p := ls
	for p > 0 && at-p < 80 && (s[p-1] == '*' || isLocal(s[p-1])) {
		p--
	}
	stars, run, longest, kept := 0, 0, 0, 0
	for i := p; i < at; i++ {
		if s[i] == '*' {
			stars++
			run++
			longest = max(longest, run)
			continue
		}
		run = 0
		if isAlnum(s[i]) {
			kept++
		}
	}
	return stars >= 3 && longest >= 2 && kept <= stars
}

// keyedSignature25 reads an Authorization value at st whose scheme ends at
// e and which is written "<scheme> <key id>:<digest>" by a request-signing
// scheme (AWS's signature version 2 "AWS AKID:…", iyzico's "IYZWS …:…"):
// the digest is base64 of a SHA-1 or SHA-256 hash (28 or 44 characters,
// padded) or its hex, and a header of the same request carries the nonce
// or time it signs ("x-iyzi-rnd:", "Date:", "x-amz-date:", "…-nonce:",
// "…-timestamp:"). The key id is masked as a credential and the digest
// stays; it returns the digest's end, or 0 when the value is not so
// written (bearer schemes never are).
func (sc *scanner) keyedSignature25(st, e int) int {
	s := sc.s
	if schemeAt(s, st) {
		return 0 // Basic, Bearer, Token…: the value is the credential
	}
	p := e + 1
	if p+10 < len(s) && (s[p] == 'a' || s[p] == 'A') && signingList25(s, p) {
		return p // each parameter is read by its key: the access key masked, the signature kept
	}
	i := p
	for i < len(s) && i-p <= 80 && (isAlnum(s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.') {
		i++
	}
	if i-p < 6 || i-p > 80 || i >= len(s) || s[i] != ':' {
		return 0
	}
	d := i + 1
	q := d
	for q < len(s) && q-d <= 64 && (isAlnum(s[q]) || s[q] == '+' || s[q] == '/') {
		q++
	}
	pad := q
	for q < len(s) && q-pad < 2 && s[q] == '=' {
		q++
	}
	if q < len(s) && !strings.ContainsRune(" \t\r\n\"',\\", rune(s[q])) {
		return 0
	}
	switch n := q - d; {
	case n == 28 && q-pad == 1, n == 44 && q-pad == 1: // SHA-1, SHA-256 in base64
	case (n == 40 || n == 64) && pad == q && allHex25(s[d:q]):
	default:
		return 0
	}
	if !base64Digest25(s[d:q], 28) || !signedNonceNear25(s, st, q) {
		return 0
	}
	if !sc.emit(p, i, KindCredential, 0) {
		return 0
	}
	return q
}

func allHex25(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isHex(v[i]) {
			return false
		}
	}
	return true
}

// signedNonceNear25 reports a header naming a request's nonce or time on a
// line within a few hundred bytes of the Authorization value at [a, b).
func signedNonceNear25(s string, a, b int) bool {
	w := strings.ToLower(s[max(0, a-300):min(len(s), b+300)])
	for _, h := range []string{"-rnd:", "-rnd\":", "nonce:", "nonce\":", "\ndate:", "\"date\":", "-date:", "-date\":", "timestamp:", "timestamp\":"} {
		if strings.Contains(w, h) {
			return true
		}
	}
	return false
}

// gtinKeyBefore25 reports a product code's key right before the digits at
// p ("gtin", "gtin14", "ean", "upc", "barcode", "itf14": its quotes, '=' or
// ':' between): fourteen digits there that pass GS1's check digit are a
// GTIN-14 (a case's code, "1" to "8" before an EAN-13), not a Diners card.
func gtinKeyBefore25(s string, p int) bool {
	e := p
	for k := 0; k < 4 && e > 0 && strings.IndexByte(` :="'\>`, s[e-1]) >= 0; k++ {
		e--
	}
	if e == p {
		return false
	}
	b := e
	for b > 0 && e-b < 24 && (isAlnum(s[b-1]) || s[b-1] == '_' || s[b-1] == '-') {
		b--
	}
	var buf [24]byte
	w := buf[:0]
	for i := b; i < e; i++ {
		if c := s[i]; c != '_' && c != '-' {
			w = append(w, c|0x20)
		}
	}
	for len(w) > 0 && isDigit(w[len(w)-1]) {
		w = w[:len(w)-1] // "gtin14", "ean13"
	}
	for _, t := range []string{"gtin", "ean", "upc", "barcode", "itf"} {
		if len(w) >= len(t) && string(w[len(w)-len(t):]) == t {
			return true
		}
	}
	return false
}
