package redact

import "strings"

// A header-less row of a buyer's record holds the buyer's name anywhere
// among its cells, not only beside the phone or the e-mail (names_rows.go):
//
//	6906…,"[REDACTED:phone]",Z07-85-32,"LOT 69E8527",SO-354649,"Family Family, Given"
//	[REDACTED:email];AWAITING_INSPECTION;"Reliable Pipe";"EUR 74946.61";RET-UV-28474;欧阳欣怡
//
// A row holds products, carriers, warehouses and cities too, written like
// names, so a cell away from the contact's cells is taken only with
// evidence of a person's name beyond its shape (bareItemName17): a script
// other than Latin ("欧阳欣怡", "תמר לוי", "ณัฐวุฒิ แสงทอง"), "Family,
// Given", an initial ("B. Family"), a given name of the names' lexicon
// first and a known name last; and only in a row that holds a buyer's
// contact or payment data already (a phone, an e-mail, an address, a card,
// an IBAN, a resident id). The cell after an address is its town, not a
// person ("[REDACTED:address]","תל אביב"), unless a reader already took a
// part of it as a name.

// rowEvidenceNames18 appends the cells of the row items (of s) that are
// names by that evidence.
func rowEvidenceNames18(s string, items []argItem, have []span, out []span) []span {
	if len(items) < 3 || !rowHoldsPII18(s, items, have) {
		return out
	}
	for k, it := range items {
		a, b := it.trimmed(s)
		if b-a >= 2 && s[a] == '"' && s[b-1] == '"' {
			a, b = a+1, b-1
		}
		if b-a < 2 || b-a > 96 || overlapsOther(have, a, b) || overlaps(out, a, b) {
			continue
		}
		v := s[a:b]
		if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || !roleName(v) || !bareItemName17(v) {
			continue
		}
		if strings.IndexByte(v, ' ') < 0 && strings.ContainsFunc(v, hanOrHangul17) && placeSuffix17(v) {
			continue // "名古屋市中区", "마포구": a city or a district
		}
		if k > 0 && rowCellKind18(s, items[k-1], have) == KindAddress && !overlaps(have, a, b) {
			continue // the address's town
		}
		out = append(out, span{start: a, end: b, kind: KindName})
	}
	return out
}

// rowHoldsPII18 reports a row with a cell of a buyer's contact or payment
// data, found on this pass or marked by an earlier one.
func rowHoldsPII18(s string, items []argItem, have []span) bool {
	for _, it := range items {
		switch rowCellKind18(s, it, have) {
		case KindPhone, KindEmail, KindAddress, KindCard, KindIBAN, KindCNID:
			return true
		}
	}
	return false
}

// rowCellKind18 returns the kind of PII a row's cell holds (a span of have
// or an earlier pass's marker), or 255.
func rowCellKind18(s string, it argItem, have []span) Kind {
	for _, x := range have {
		if x.start < it.b && x.end > it.a {
			return x.kind
		}
	}
	v := s[it.a:it.b]
	if i := strings.Index(v, "[REDACTED:"); i >= 0 {
		rest := v[i+len("[REDACTED:"):]
		if e := strings.IndexByte(rest, ']'); e > 0 {
			if k, ok := KindByName(rest[:e]); ok {
				return k
			}
		}
	}
	return 255
}
