package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Oracle's errors about one column of a row (ORA-12899 "value too large
// for column", ORA-01400 "cannot insert NULL into", ORA-02290/ORA-02291
// constraints) name it as "SCHEMA"."TABLE"."COLUMN"; a driver or ORM logs
// the row's values after it as positional binds: binds: [:1='…', :2='…',
// :3='…']. When the table holds people (CUSTOMER, BUYERS, RECIPIENT…),
// its values are a person's record: an item shaped like a name, a street
// line (a capitalised street and a house number) or a phone number (9 to
// 15 digits) is masked as such. Ids, amounts, dates and codes stay.

// mayHoldOracleRow is oracleRowSpans's cheap test.
func mayHoldOracleRow(s string, sig uint32) bool {
	return sig&sigApos != 0 && sig&sigQuote != 0 && strings.Contains(s, ":1='") && strings.Contains(s, `."`)
}

// oracleRowSpans returns the PII items of the bind lists of a people
// table's row in s.
func oracleRowSpans(s string) []span {
	if !oracleColumnOfPeople(s) {
		return nil
	}
	i := strings.Index(s, ":1='")
	var out []span
	for p, n := i, 1; p < len(s) && n <= 64; n++ {
		if !strings.HasPrefix(s[p:], ":"+itoa(n)+"=") {
			break
		}
		a := p + len(itoa(n)) + 2
		if a >= len(s) || s[a] != '\'' {
			break
		}
		e := oracleBindEnd26(s, a+1, quoted(s, a+1, '\'')) // "Shota Rustaveli ko'chasi, 45-uy" (addr26_binds.go)
		if e >= len(s) {
			break
		}
		if v := s[a+1 : e]; v != "" && !isMarkerAt(s, a+1) {
			switch {
			case nameShaped(v) && !companyName(v):
				out = append(out, span{start: a + 1, end: e, kind: KindName})
			case streetLine(v) || addressByParts(v) || cjkStreet24(v) || streetLine26(v): // (CJK streets: phaddr24_cjk.go; addr26_binds.go)
				out = append(out, span{start: a + 1, end: e, kind: KindAddress})
			case rowPhone(v):
				out = append(out, span{start: a + 1, end: e, kind: KindPhone})
			}
		}
		p = e + 1
		for p < len(s) && (s[p] == ',' || s[p] == ' ') {
			p++
		}
	}
	return out
}

// oracleColumnOfPeople reports a column named "SCHEMA"."TABLE"."COLUMN"
// (or "TABLE"."COLUMN") whose table holds people.
func oracleColumnOfPeople(s string) bool {
	for off := 0; off < len(s); {
		c := strings.Index(s[off:], `column "`)
		if c < 0 {
			c = strings.Index(s[off:], `column \"`)
			if c < 0 {
				return false
			}
		}
		c += off
		off = c + 8
		e := c + 7
		for e < len(s) && e-c < 160 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '"' || s[e] == '.' || s[e] == '\\' || s[e] == '$') {
			e++
		}
		parts := strings.Split(strings.NewReplacer(`\"`, "", `"`, "").Replace(s[c+7:e]), ".")
		if len(parts) >= 2 && tableOfPeople(strings.ToLower(parts[len(parts)-2])) {
			return true
		}
	}
	return false
}

// streetLine reports a street and its house number: a capitalised word
// (or one of a caseless script) first, a number of its own (112, 146.,
// 8-1-2, 24/95), at most eight words ("Kossuth Lajos utca 146. 3. em. 9.",
// "Πανεπιστημίου 112", "Imm. 166, Bd Zerktouni", "ul. Kwiatowa 32").
func streetLine(v string) bool {
	fs := strings.Fields(v)
	if len(fs) < 2 || len(fs) > 8 || len(v) > 120 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsLetter(r) || unicode.IsLower(r) && !(strings.HasSuffix(fs[0], ".") && utf8.RuneCountInString(fs[0]) <= 5) {
		return false // (a street type's abbreviation may lead in lower case: "ul.", "str.", "bd.")
	}
	num, word := false, false
	for _, f := range fs {
		t := strings.TrimRight(f, ".,")
		switch {
		case t != "" && strings.Trim(t, "0123456789/-") == "" && strings.ContainsAny(t, "0123456789"):
			num = true
		case utf8.RuneCountInString(t) >= 4 && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) < 0:
			word = true
		}
	}
	return num && word
}

// rowPhone reports a phone's characters with 9 to 15 digits, not an epoch
// time (10 or 13 digits that start with 1).
func rowPhone(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case c == ' ' || c == '+' || c == '-' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return d >= 9 && d <= 15 && !(v[0] == '1' && (d == 10 || d == 13))
}
