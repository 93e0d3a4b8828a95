package redact

import "strings"

// A CSV or TSV export logged as a field's value puts its header right after
// the key ("export rows=1 file=orders.csv content=\ufeffshop\tcaller\t…\n…"),
// often behind a byte-order mark. That header names the columns as a
// header alone on its line does (csv.go): the rows' cells are judged by
// their column, not taken as a header-less row's names (names_rows.go),
// which made a shop's or a product's cell a name beside an e-mail.

// fieldHeader32 returns where a header starts in the line h after a key's
// '=' (and a byte-order mark), and its separator, when the next line has
// as many fields; 0 when it does not.
func fieldHeader32(h, next string) (int, byte) {
	eq := strings.IndexByte(h, '=')
	if eq < 0 {
		return 0, 0
	}
	for _, sep := range []byte{'\t', ',', ';', '|'} {
		f := strings.IndexByte(h, sep)
		if f <= 0 {
			continue
		}
		c := strings.LastIndexByte(h[:f], '=')
		if c <= 0 || c+1 >= f || strings.IndexByte(h[c+1:f], ' ') >= 0 {
			continue
		}
		c++
		if strings.HasPrefix(h[c:], "\ufeff") {
			c += len("\ufeff")
		}
		part := h[c:]
		if csvSep(part, next) == sep && fieldCount(part, sep) == fieldCount(next, sep) && fieldCount(part, sep) >= 3 {
			return c, sep
		}
	}
	return 0, 0
}
