package redact

import (
	"strings"
	"unicode"
)

// A header-less export row holds one person: payroll, settlement and
// refund files print the employee or the buyer early ("E70526;O'Brien,
// Declan;IBAN;BIC;3912,24;…") and, after the money, the row's place: the
// store, branch, depot or cost centre that booked it. keep22RowPlace reads
// a name-shaped cell of such a row as that place when a cell before it
// already holds a name (a span of another pass, a marker of an earlier
// one, or a cell shaped as one) and an amount cell stands between the two.

// keep22RowPlace reports whether the cell at s[a:b] of the row s[ls:le]
// (cells split by sep) follows a name cell and then an amount cell.
func keep22RowPlace(s string, ls, a int, sep byte, have []span) bool {
	named := false
	for cs := ls; cs < a; {
		ce := strings.IndexByte(s[cs:a], sep)
		if ce < 0 {
			return false
		}
		ce += cs
		v := strings.Trim(s[cs:ce], ` "`)
		switch {
		case !named:
			named = strings.Contains(v, "[REDACTED:name]") || nameSpanIn22(have, cs, ce) || personCell22(v)
		case amountCell22(v):
			return true
		}
		cs = ce + 1
	}
	return false
}

// nameSpanIn22 reports a name span of have inside s[a:b].
func nameSpanIn22(have []span, a, b int) bool {
	for _, x := range have {
		if x.kind == KindName && x.start >= a && x.end <= b {
			return true
		}
	}
	return false
}

// amountCell22 reports a cell that holds an amount with two decimals,
// either point or comma ("3912,24", "-15.00", "1 204.50"), optionally
// followed or preceded by a currency code or sign.
func amountCell22(v string) bool {
	v = strings.TrimSpace(strings.Trim(v, "€$£ "))
	if len(v) > 4 && v[len(v)-4] == ' ' && isUpper(v[len(v)-1]) {
		v = v[:len(v)-4] // "12,50 EUR"
	}
	if len(v) > 4 && v[3] == ' ' && isUpper(v[0]) {
		v = v[4:] // "EUR 12,50"
	}
	v = strings.TrimPrefix(v, "-")
	if len(v) < 4 || len(v) > 16 {
		return false
	}
	n := len(v)
	if v[n-3] != ',' && v[n-3] != '.' || !isDigit(v[n-1]) || !isDigit(v[n-2]) {
		return false
	}
	for i := 0; i < n-3; i++ {
		c := v[i]
		if !isDigit(c) && c != ' ' && c != '.' && c != ',' && c != '\'' {
			return false
		}
	}
	return isDigit(v[0])
}

// personCell22 reports a cell shaped as a person's name, "Given Family" or
// "Family, Given" (two runs of letters, capitalised or of a script without
// case).
func personCell22(v string) bool {
	if i := strings.IndexByte(v, ','); i > 0 && strings.Count(v, ",") == 1 {
		return letterWords22(v[:i]) && letterWords22(v[i+1:])
	}
	return nameShaped(v) && !notPersonValue(v) && !facilityValue(v)
}

// letterWords22 reports one to three words of letters, each capitalised
// or of a script without case, apostrophes and hyphens allowed inside.
func letterWords22(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !(isUpper(w[0]) || w[0] >= 0x80) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '-' && r != '’' {
				return false
			}
		}
	}
	return true
}
