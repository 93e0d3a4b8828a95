package redact

// The addressee's line of a label. A label printer's format writes the
// person a parcel or a document is for on the label's first text line, or
// on the line right above their address, phone or e-mail: that is where
// carriers, warehouses and ID-card printers put it. zplName takes a field
// shaped as a name only with a word the name lists know; a field in one of
// those two places needs no such word: a name shaped as roleName reads a
// role key's value (capitalised or capital words, "Family, Given"; no
// company, team, facility or goods word) is the addressee. The label's
// other evidence (a phone, an address, a marker) is still required by
// zplLabel before any field is taken.

// zplAddressee19 reports the text field k of a label that stands where an
// addressee's name stands and is shaped as a person's name.
func (sc *scanner) zplAddressee19(fields []zplField, k int) bool {
	s := sc.s
	v := s[fields[k].a:fields[k].b]
	if ok, _ := fieldNameShape(v); !ok || !roleName(v) || plainRun(v) {
		return false
	}
	first := true
	for j := 0; j < k; j++ {
		if !fields[j].barcode {
			first = false
			break
		}
	}
	if first {
		return true
	}
	if k+1 >= len(fields) {
		return false
	}
	n := fields[k+1]
	if n.barcode || n.b-n.a < 2 {
		return false
	}
	nv := s[n.a:n.b]
	if hasMarker(nv) || zplAddress(nv) || zplPhone(nv) || zplPhoneLabelled(nv) {
		return true
	}
	for _, x := range sc.spans {
		if x.start < n.b && x.end > n.a && (x.kind == KindPhone || x.kind == KindAddress || x.kind == KindEmail) {
			return true
		}
	}
	return false
}
