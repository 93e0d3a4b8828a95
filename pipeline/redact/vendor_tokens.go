package redact

import "strings"

// More vendors' token prefixes, from their public documentation:
//
//   - Square: access tokens `sq0atp-` and `EAAA…` (production), OAuth
//     client secrets `sq0csp-`; application ids (`sq0idp-`) are public and
//     kept.
//   - Meta (Facebook, Instagram, WhatsApp Cloud API): access tokens begin
//     `EAA` and run on in mixed-case letters and digits.
//   - Mercado Pago: access tokens `APP_USR-…` of any length from 24; a
//     public key (`APP_USR-` and a UUID) is kept.

// vendorTokenEnd returns the end of a vendor's token at i (the word at
// s[i:j] is its start), or 0.
func vendorTokenEnd(s string, i, j int) int {
	switch s[i] {
	case 's':
		if strings.HasPrefix(s[i:], "sq0atp-") || strings.HasPrefix(s[i:], "sq0csp-") {
			if e := tokenEnd(s, i+7, isB64URL); e-i-7 >= 20 {
				return e
			}
		}
	case 'E':
		if strings.HasPrefix(s[i:], "EAA") && j-i >= 32 && mixedToken(s[i+3:j]) {
			if j == len(s) || !isTokenChar(s[j]) || s[j] == '.' || s[j] == '|' || s[j] == '=' {
				return j
			}
		}
	case 'l':
		return liveStreamKeyEnd(s, i) // "live_<channel id>_<key>" (creds18_vendor.go)
	case 'A':
		if strings.HasPrefix(s[i:], "APP_USR-") {
			e := tokenEnd(s, i+8, isB64URL)
			if e-i-8 >= 24 && !uuidShaped(s[i+8:e]) {
				return e
			}
		}
	}
	return 0
}

// mixedToken reports a run of letters and digits that holds upper and
// lower case letters and digits: a random key, not a word.
func mixedToken(t string) bool {
	var up, lo, dg bool
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpper(c):
			up = true
		case c >= 'a' && c <= 'z':
			lo = true
		case isDigit(c):
			dg = true
		case c == '_':
		default:
			return false
		}
	}
	return up && lo && dg
}
