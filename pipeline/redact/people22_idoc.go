package redact

// A flat IDoc as SAP writes it to a file is fixed-width: the segment name
// padded with spaces, then the partner function (PARVW, two letters) and
// the partner number (PARTN) run together in their columns:
//
//	E1EDKA1   WE0044467673        Given Family        Street 12 …
//
// idocHeader reads the form with one space and the function apart;
// idocHeader22 also reads this one.

// idocHeader22 is idocHeader, or, for a segment name followed by a run of
// spaces and a two-letter function before a space or the partner's digits,
// where the function's data starts (after the partner number) and the
// function.
func idocHeader22(s string, ls, le int) (int, string) {
	if p, q := idocHeader(s, ls, le); p >= 0 {
		return p, q
	}
	p := ls + 7
	for p < le && isAlnum(s[p]) {
		p++
	}
	a := p
	for p < le && s[p] == ' ' {
		p++
	}
	if p == a || p+3 > le || !isUpper(s[p]) || !isUpper(s[p+1]) || !(s[p+2] == ' ' || isDigit(s[p+2])) {
		return -1, ""
	}
	if s[p+2] == ' ' {
		return p + 3, s[p : p+2]
	}
	e := p + 2 // the partner number is an id: its data starts after it
	for e < le && isAlnum(s[e]) {
		e++
	}
	if idocFields22(s[e:le]) < 2 {
		return -1, "" // a party named without an address: a business's account (the marketplace as sold-to)
	}
	return e, s[p : p+2]
}

// idocFields22 counts the fields of a fixed-width line, two spaces apart.
func idocFields22(v string) int {
	n := 0
	for i := 0; i < len(v); {
		for i < len(v) && v[i] == ' ' {
			i++
		}
		if i >= len(v) {
			break
		}
		n++
		for i < len(v) && !(v[i] == ' ' && (i+1 >= len(v) || v[i+1] == ' ')) {
			i++
		}
	}
	return n
}
