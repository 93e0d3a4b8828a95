package redact

import "strings"

// Vendors' secret keys whose shape alone names them, wherever they stand
// (a CSV export's cell, a mail's table, a JSON value under a key that says
// nothing):
//
//   - HubSpot private app tokens: "pat-", a region ("na1", "eu1", "ap1"…),
//     '-' and a UUID.
//   - Mailchimp API keys: 32 hex digits, "-us" and the data centre's
//     number ("…3b2f-us21").
//   - Klaviyo private API keys: "pk_" and 34 hex digits (Stripe's
//     publishable "pk_live_…"/"pk_test_…" keys are public and are not of
//     this shape).

// mayHoldVendorKey19 is vendorKeySpans19's cheap test.
func mayHoldVendorKey19(s string, tp *textPairs) bool {
	return len(s) >= 37 && (tp.contains("pat-") || tp.contains("-us") || tp.contains("pk_"))
}

// vendorKeySpans19 returns the vendors' keys in s (see above).
func vendorKeySpans19(s string, have []span) []span {
	var out []span
	add := func(a, b int) {
		if (a == 0 || !isWord(s[a-1]) && s[a-1] != '-') && (b == len(s) || !isWord(s[b]) && s[b] != '-') && !overlaps(have, a, b) {
			out = append(out, span{start: a, end: b, kind: KindCredential})
		}
	}
	for off := 0; ; {
		i := strings.Index(s[off:], "pat-")
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		p := i + 4
		if p+4+36 <= len(s) && isLowerASCII(s[p]) && isLowerASCII(s[p+1]) && isDigit(s[p+2]) && s[p+3] == '-' && uuidShaped(s[p+4:p+40]) {
			add(i, p+40)
		}
	}
	for off := 0; ; {
		i := strings.Index(s[off:], "-us")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		e := i + 3
		for e < len(s) && e-i-3 < 2 && isDigit(s[e]) {
			e++
		}
		if e == i+3 || i < 32 || tokenEnd(s, i-32, isHex) != i || !hexMixed19(s[i-32:i]) {
			continue
		}
		add(i-32, e)
	}
	for off := 0; ; {
		i := strings.Index(s[off:], "pk_")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		if e := tokenEnd(s, i+3, isHex); e-i-3 == 34 {
			add(i, e)
		}
	}
	return out
}

// hexMixed19 reports lower-case hex digits holding both letters and
// digits, as a random key does.
func hexMixed19(h string) bool {
	var l, d bool
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case isDigit(c):
			d = true
		case c >= 'a' && c <= 'f':
			l = true
		default:
			return false
		}
	}
	return l && d
}

// randomCase19 reports a random key of letters alone: 24 or more, a
// quarter of them or more upper case and as many lower case ("live_…_"
// stream keys draw from both cases and digits, and a key can hold no
// digit by chance); words in camel case ("BlackFridayFlashSale") hold far
// fewer capitals.
func randomCase19(t string) bool {
	if len(t) < 24 {
		return false
	}
	up, lo := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isUpper(c):
			up++
		case c >= 'a' && c <= 'z':
			lo++
		case isDigit(c):
		default:
			return false
		}
	}
	return 4*up >= len(t) && 4*lo >= len(t)
}
