package redact

import "strings"

// Fields written one after another with ", " between them, each as its
// key, a colon and its value: a header map as a logger prints it
// ("headers={X-Ship-To: Kepler Fulfilment Centre, X-Manufacturer: Tefal,
// X-Pod: erp-sync-82763-1, …}"). What follows a comma there is the next
// field, never the rest of the value before it: a recipient line's
// address does not run into it.

// fieldKeyAt reports a field's key at k: a word of ASCII letters, digits,
// '-', '_' or '.' that starts with a letter, holds a letter after its
// first, and ends with a colon and a space ("X-Manufacturer: ",
// "remote_addr: ", "Status: "). An address's parts are no such keys: a
// street or a town is not followed by a colon.
func fieldKeyAt(s string, k int) bool {
	if k >= len(s) || !isAlpha(s[k]) {
		return false
	}
	e := k + 1
	for e < len(s) && e-k <= 40 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.') {
		e++
	}
	return e-k >= 2 && e+1 < len(s) && s[e] == ':' && s[e+1] == ' '
}

// fieldKeyAfterComma returns where a ", " followed by a field's key first
// stands in s[a:e], or e.
func fieldKeyAfterComma(s string, a, e int) int {
	for p := a; p+2 < e; p++ {
		if s[p] == ',' && s[p+1] == ' ' && fieldKeyAt(s, p+2) {
			return p
		}
	}
	return e
}

// decimalComma18 reports a comma at p between the digits of one number: a
// digit before it and two or three digits after it that end the number
// ("₺74.214,33~REF*…", "1.234,56;", "12,500 units"). What follows such a
// comma is no cell of a row.
func decimalComma18(s string, p int) bool {
	if p == 0 || !isDigit(s[p-1]) {
		return false
	}
	e := p + 1
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	return (e-p-1 == 2 || e-p-1 == 3) && (e == len(s) || !isAlnum(s[e]))
}

// siteHead18 reports a destination whose first part, up to a comma, is a
// port's UN/LOCODE or a facility's name (notAddressValue): "ship to Shiloh
// Distribution Center, carton size 75x46x47 mm" names the seller's site,
// and the next field follows its comma.
func siteHead18(v string) bool {
	if c := strings.IndexByte(v, ','); c > 0 {
		v = v[:c]
	}
	return notAddressValue(v)
}

// networkHead18 reports a value whose first field, up to ", ", is a
// network address and whose next field opens with its own key and value:
// "remote addr: 172.183.69.77, AmazonOrderId 121-…" read by an address key
// to the next comma. (What follows the comma without a key is left to the
// address key's reading: "…, Siti Kusuma, rma …" may be a name.)
func networkHead18(v string) bool {
	c := strings.Index(v, ", ")
	if c < 7 || !isDigit(v[0]) || !networkAddress(v[:c]) {
		return false
	}
	k := c + 2
	e := k
	for e < len(v) && (isAlnum(v[e]) || v[e] == '_' || v[e] == '-') {
		e++
	}
	// (the reading may stop right after the key, where its value's digits start)
	return e > k && isAlpha(v[k]) && (fieldKeyAt(v, k) || e == len(v) && e-k >= 4 || e+1 < len(v) && (v[e] == '=' || v[e] == ' ' && (isDigit(v[e+1]) || v[e+1] == '#')))
}

// keyIndexEnd18 returns where the value starts after a key's index at k:
// one or two digits, a colon and a space ("ship to 2: USLGB" numbers the
// second of two fields of one name), or k. A house number is not followed
// by a colon.
func keyIndexEnd18(s string, k int) int {
	e := k
	for e < len(s) && e-k < 2 && isDigit(s[e]) {
		e++
	}
	if e > k && e+1 < len(s) && s[e] == ':' && s[e+1] == ' ' {
		return e + 2
	}
	return k
}

// macAt18 reports a MAC address (six pairs of hex digits joined by ':' or
// '-') around k: its pairs are no key and no value ("mac=ad:de:19:ae:f8:73"
// holds no key "ad" of a given name).
func macAt18(s string, k int) bool {
	a := k
	for a > 0 && k-a < 17 && (isHex(s[a-1]) || s[a-1] == ':' || s[a-1] == '-') {
		a--
	}
	e := k
	for e < len(s) && e-a < 18 && (isHex(s[e]) || s[e] == ':' || s[e] == '-') {
		e++
	}
	for p := a; p+17 <= e; p++ {
		if p > k || p+17 <= k {
			continue
		}
		sep := s[p+2]
		if sep != ':' && sep != '-' {
			continue
		}
		ok := true
		for g := 0; g < 6 && ok; g++ {
			q := p + 3*g
			ok = isHex(s[q]) && isHex(s[q+1]) && (g == 5 || s[q+2] == sep)
		}
		if ok && (p == 0 || !isAlnum(s[p-1])) && (p+17 == len(s) || !isAlnum(s[p+17]) && s[p+17] != sep) {
			return true
		}
	}
	return false
}
