package redact

import "strings"

// Brands and trading partners named like people in a record about goods.
// A fashion house or a shoe maker often bears its founder's name ("Ralph
// Lauren", "Ted Baker", "Dr. Martens"); a listing, a review summary or a
// catalogue feed names it after the word for its role: "brand Ralph
// Lauren", "partner Dr. Martens" beside "brand Innisfree". After "brand"
// (or "label", "maker") the run is the brand; after a trading partner's
// word ("partner", "supplier", "vendor", "stockist", "retailer"…) it is a
// company when the same line also names a brand, so "partner Ana Lima"
// in an affiliate's payout record stays a name.

// brandRoleWords name the brand itself.
var brandRoleWords = setOf("brand", "brands", "label", "maker", "marca", "marque", "marke", "merk")

// tradePartnerWords name a trading partner, a company in a record that
// names a brand.
var tradePartnerWords = setOf("partner", "partners", "supplier", "suppliers", "vendor", "vendors", "stockist",
	"retailer", "distributor", "reseller", "licensee", "licensor", "collab", "cobrand")

// brandRoleBefore reports a run at a that the word before names as a
// brand, or as a trading partner in a line that also names a brand.
func brandRoleBefore(s string, a int) bool {
	w, _ := wordBefore14(s, a)
	if len(w) < 4 || len(w) > 12 {
		return false
	}
	var buf [16]byte
	lw := string(lower(buf[:0], w))
	if brandRoleWords[lw] {
		return true
	}
	if !tradePartnerWords[lw] {
		return false
	}
	ls, le := a, a
	for ls > 0 && s[ls-1] != '\n' {
		ls--
	}
	for le < len(s) && s[le] != '\n' {
		le++
	}
	return brandWordIn(s[ls:le])
}

// brandWordIn reports the word "brand" (any case) in line, as a word or a
// key's part ("brand Innisfree", "brand_name=").
func brandWordIn(line string) bool {
	for i := 0; i+5 <= len(line); i++ {
		if line[i]|0x20 == 'b' && strings.EqualFold(line[i:i+5], "brand") && (i == 0 || !isAlpha(line[i-1])) {
			return true
		}
	}
	return false
}

// legalFormAt reports a company's legal form at p, right after the comma
// that ends the company's name ("Fuzion Apps, Inc.", "Andina Trading,
// Ltda."), the form ending the clause: a comma, the text's end, a closing
// bracket or quote, or a lower-case word after it ("Co. Cork", a county,
// goes on in capitals).
func legalFormAt(s string, p int) bool {
	e := p
	for e < len(s) && e-p < 12 && (isAlpha(s[e]) || s[e] == '.' || s[e] == '/') {
		e++
	}
	if e == p || e-p >= 12 || !isUpper(s[p]) {
		return false
	}
	var buf [16]byte
	if !legalForms[string(lower(buf[:0], s[p:e]))] && !legalForms[string(lower(buf[:0], strings.TrimRight(s[p:e], ".")))] {
		return false
	}
	if e-p <= 2 && strings.ToUpper(s[p:e]) != s[p:e] {
		return false // "Sa", "Me": names; "SA", "AG" only in capitals
	}
	if e == len(s) {
		return true
	}
	switch s[e] {
	case ',', ')', ']', '"', '\'', ';', '\n':
		return true
	case ' ':
		return e+1 < len(s) && (s[e+1] >= 'a' && s[e+1] <= 'z' || s[e+1] == '(' || s[e+1] == '-')
	}
	return false
}

// companyAddressAfter returns the address after a company's legal form at
// p ("Fakezion Apps, Inc., Unit 12, Fake Park"): the name before the form
// is a company's and stays, the address after the form's comma is read as
// a recipient line reads it. It returns false when no address follows.
func companyAddressAfter(s string, p int, have []span) (span, bool) {
	e := p
	for e < len(s) && (isAlpha(s[e]) || s[e] == '.' || s[e] == '/') {
		e++
	}
	if e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return span{}, false
	}
	a := e + 2
	end := clauseEnd(s, a)
	if !addressAhead(s, a) && !recipientAddress(strings.TrimRight(s[a:end], " .,")) {
		return span{}, false
	}
	for end > a && strings.IndexByte(" .,", s[end-1]) >= 0 {
		end--
	}
	if end <= a || overlapsAny(have, a, end) {
		return span{}, false
	}
	return span{start: a, end: end, kind: KindAddress}, true
}
