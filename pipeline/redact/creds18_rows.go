package redact

import "strings"

// Exports of staff and accounts (payroll runs, timesheets, vendor
// masters) write a person's password or API key as one cell of a row, with
// no header to name it:
//
//	Statistician,!29X5WdLp-4,"0086 1349…",rma_approved_v2,WH-STAFF-3284,…
//	S7N?boyHiZCq%Vjnb9,20240907,"Pacific Rim Freight Ltd","80 Parks Ave, …",…
//	"Magellan Cross-Dock";1201041996…;-kx2VwGw#Y2;"422 Unprocessable Entity"
//
// rowPasswordSpans reads the cells of a row that already holds PII (a span
// found on this pass or an earlier pass's marker: a record of a person, not
// a product list) and redacts a cell shaped as a generated password or an
// issued key (rowSecretCell), wherever it stands in the row — first, last,
// or starting or ending with a symbol, which the scanner's lone-secret
// reading (lone.go) does not see. Hex stays, as it does there: a row's
// digest or trace id is written the same way.

// rowPasswordSpans returns the secret cells of the rows of s that hold a
// span of have or a marker.
func rowPasswordSpans(s string, have []span) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		if le-ls >= 16 {
			out = rowPasswordCells(s, ls, le, have, out)
		}
		ls = le + 1
	}
	return out
}

// rowPasswordCells reads the row s[ls:le].
func rowPasswordCells(s string, ls, le int, have []span, out []span) []span {
	line := s[ls:le]
	var sep byte
	best := 1
	for _, c := range []byte{',', ';', '\t', '|'} {
		if n := strings.Count(line, string(c)); n > best {
			sep, best = c, n
		}
	}
	if sep == 0 {
		return out // a row has three cells or more
	}
	if !rowHoldsPII(s, ls, le, have) {
		return out
	}
	rowCells(s, ls, le, sep, true, func(x, y int) {
		if y-x >= 8 && !overlaps(have, x, y) && rowSecretCell(s[x:y]) && (x == 0 || !requestIDCell30(s, x-1, x)) { // (a request id by its column: cr30_ids.go)
			out = append(out, span{start: x, end: y, kind: KindCredential})
		}
	})
	return out
}

// rowSecretCell reports a cell shaped as a secret: an issued key (hex
// aside) or a generated password.
func rowSecretCell(t string) bool {
	if len(t) < 8 || len(t) > 128 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] <= ' ' || t[i] >= 0x7f || strings.IndexByte("\"'\\[]^<>{}():", t[i]) >= 0 {
			return false // (a label printer's "^FD…^FS", markup, a call, a pair)
		}
	}
	if strings.Contains(t, "://") || urlEncoded(t) || strings.Contains(t[:len(t)-2], "=") || strings.Contains(t, "@") && strings.Contains(t, ".") {
		return false // a URL, a query, an AWS trace header's "Root=1-…", an e-mail address
	}
	if lp := lowerPrefix(t); lp > 0 && len(t)-lp <= 30 {
		return false // "req_Qx6Mpi5b4Mx4vj", "pi_3DUV…": an object's id
	}
	if hexOnly(t) {
		return false
	}
	if len(t) >= 16 && issuedSecret(t) {
		return true
	}
	return generatedPassword(t) || rowPassword21(t)
}

// generatedPassword reports a password a generator makes: eight bytes or
// more of all four classes — upper and lower case, digits and a symbol —
// with no run of five lower-case letters, the case changing three times or
// more and digits set between letters ("!29X5WdLp-4", "S7N?boyHiZCq%Vjnb9",
// "-kx2VwGw#Y2"). Names, models and versions keep their digits apart
// ("Lidl-Shop-24", "MacBook-Pro-16", "Build-2024.x").
func generatedPassword(t string) bool {
	sh := shapeOfToken(t)
	if sh.upper == 0 || sh.lower == 0 || sh.digitRuns == 0 || sh.maxLowRun > 4 || caseSwitches(t) < 3 || !innerDigits(t) {
		return false
	}
	sym := 0
	for i := 0; i < len(t); i++ {
		if strings.IndexByte("!#$%&*?^~+-_.@/", t[i]) >= 0 {
			sym++
		}
	}
	if sym == 0 || strings.Count(t, ".") >= 2 && sh.upper+sh.lower < 6 {
		return false // ("v2.10.3-rc1b": a version)
	}
	return true
}

// x12RefSecret reports an X12 REF value that is no partner's reference
// but a key: X12 writes its ids in capitals and digits, and a REF value
// of twelve bytes or more in both cases, random as an issued key or a
// generated password, is a secret passed along the order
// ("REF*ZZ*dj4MCREMsdMRlvHdAoIbOJOCtD6K6vPkkZbOsEkU~").
func x12RefSecret(v string) bool {
	if len(v) < 12 || strings.IndexByte(v, ' ') >= 0 {
		return false
	}
	return rowSecretCell(v)
}

// innerDigits reports digits set between two letters ("X5W", "q7E").
func innerDigits(t string) bool {
	for i := 1; i < len(t)-1; i++ {
		if isDigit(t[i]) && isAlpha(t[i-1]) {
			j := i
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			if j < len(t) && isAlpha(t[j]) {
				return true
			}
			i = j
		}
	}
	return false
}
