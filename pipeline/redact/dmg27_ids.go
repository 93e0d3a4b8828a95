package redact

import "strings"

// Look-alikes the number, key and street readers took for PII, told by
// their label, their element or their shape (dmg27):
//
//   - A business's registration or tax number after its label
//     ("사업자등록번호 051-48-53139", "ИНН 7707083893", "P.IVA 01234567890",
//     "ICE 003609787041275"): the digits are that number, no phone, however
//     they open (a trunk 0, 00) or are grouped.
//   - A parcel's number inside an XML element that names it
//     ("<ns2:TrackingNumber>0859-8685-8843</…>", "<fedex_tracking>0617…"):
//     the element's name is read as a tracking label is; digits right
//     after a shipping label's word ("LABEL 48890114370") are its number.
//   - Twelve digits in one piece led by a trunk 0, with no phone key or word
//     before them: an id (a fapiao's code, a UPC-A barcode, a FedEx number)
//     unless they are a mobile of the plans that give mobiles eleven digits
//     after the trunk (Indonesia's 08…, Germany's 015–017…, Austria's
//     065–069…, Argentina's 091–093…).
//   - A street run ends before a comma-separated item shaped as an id: a
//     SKU of capitals and digits in three dashed groups or more
//     ("JQF-5542-BLK"), ten or more capitals and digits in one token (an
//     ASIN, a ULID, a VAT number with its country), a document number with
//     two slashes ("FV/2026/12/246755"), dotted digits with two dots or
//     more (an HS code), a host name ("Daraz.pk"), a long base64 token,
//     seven hex digits or more in lower case ("478ce49", "4baebd5a-eca3"),
//     and before the next key of a "key => value" list.
//   - In such a list ("orderId => …, dia_chi => …, shopify_order_id =>
//     …"), an identifier in lower case that opens an item before "=>" is
//     the value's key, not an old value across a change's arrow.

// idLabelBefore27 reports digits at i that follow an XML element naming a
// parcel's number, or a business's registration or tax number label. Only
// a run of six digits or separators can be read as a phone, so shorter
// ones are let through at once, and a label whose last three letters end
// no label of the lists is ruled out by one bit test.
func idLabelBefore27(s string, i int) bool {
	if i+6 > len(s) {
		return false
	}
	for k := i; k < i+6; k++ {
		if !isDigit(s[k]) && !isSep(s[k]) {
			return false
		}
	}
	switch s[i-1] {
	case '>':
		return trackingElement27(s, i-1)
	case ' ', ':', '=', '#':
	default:
		if i >= 3 && s[i-1] == 0x9a && s[i-2] == 0xbc && s[i-3] == 0xef { // "："
			break
		}
		return false
	}
	e := i
	for k := 0; k < 4 && e > 0; k++ {
		c := s[e-1]
		if c != ' ' && c != ':' && c != '=' && c != '#' && c != '.' && c != 0x9a && c != 0xbc && c != 0xef {
			break
		}
		e--
	}
	if e < 3 {
		return false
	}
	// the label's last three bytes, normalised as normLabel27 does
	var t [3]byte
	n := 0
	for p := e; p > 0 && n < 3 && e-p < 8; p-- {
		c := s[p-1]
		switch {
		case c == ' ' || c == '.' || c == '-' || c == '_':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 0x80 && (c < 'a' || c > 'z'):
			return false
		}
		n++
		t[3-n] = c
	}
	if n < 3 || !regTails27.has(string(t[:])) {
		return false
	}
	var buf [48]byte
	// the label's last one to three words
	b := e
	words := 0
	for words < 3 {
		w := b
		for w > 0 && e-w < 40 && (isAlpha(s[w-1]) || s[w-1] >= 0x80 || s[w-1] == '.' || s[w-1] == '-' || s[w-1] == '_') {
			w--
		}
		if w == b {
			break
		}
		words++
		b = w
		nk := normLabel27(buf[:0], s[b:e])
		if len(nk) >= 2 {
			if regLabels27[string(nk)] {
				return true
			}
			if acr, ok := regAcronyms27[string(nk)]; ok && acr(s, b, e, i) {
				return true
			}
		}
		if b < 2 || s[b-1] != ' ' || !(isAlpha(s[b-2]) || s[b-2] >= 0x80 || s[b-2] == '.') {
			break
		}
		b--
	}
	return false
}

// normLabel27 lower-cases a label's ASCII letters and drops its spaces,
// dots, dashes and underscores.
func normLabel27(dst []byte, v string) []byte {
	for i := 0; i < len(v) && len(dst) < cap(dst); i++ {
		c := v[i]
		switch {
		case c == ' ' || c == '.' || c == '-' || c == '_':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// regLabels27 are labels of a business's registration or tax number that
// are no common word, and of a shipping label's number, normalised
// (normLabel27).
var regLabels27 = setOf(
	"사업자등록번호", "사업자번호", "법인등록번호", "法人番号", "統一編號", "统一编号", "纳税人识别号", "納稅人識別號",
	"统一社会信用代码", "税号", "稅號", "شناسهملی", "کداقتصادی", "الرقمالضريبي", "رقمالسجلالتجاري", "السجلالتجاري",
	"инн", "огрн", "огрнип", "кпп", "єдрпоу", "унп", "бин", "иин", "ИНН", "ОГРН", "ОГРНИП", "КПП", "ЄДРПОУ", "УНП", "БИН", "ИИН",
	"cnpj", "cuit", "nipc", "regon", "ustidnr", "ustid", "steuernummer", "steuernr", "partitaiva", "piva",
	"btwnummer", "btwnr", "kvk", "kvknummer", "siren", "siret", "gstin", "gstno", "nzbn", "npwp", "mãsốthuế",
	"vatno", "vatnumber", "vatid", "vatreg", "taxid", "taxno", "taxnumber", "companyno", "companynumber",
	"companyregistrationnumber", "businessregistrationnumber", "registrationno", "registrationnumber",
	// a shipping label's own number: "LABEL 48890114370", "label_no: …"
	"label", "labelno", "labelnumber", "labelid", "shippinglabel")

// regAcronyms27 are the labels that are short or a word as well, each with
// the test it needs: written in capitals ("VAT", not "vat"; "EIN", not the
// German "ein"), and Morocco's ICE only before its fifteen digits.
var regAcronyms27 = map[string]func(s string, b, e, i int) bool{
	"vat": caps27, "gst": caps27, "abn": caps27, "acn": caps27, "uen": caps27, "ein": caps27, "tin": caps27,
	"nif": caps27, "cif": caps27, "nip": caps27, "nit": caps27, "ruc": caps27, "rut": caps27, "krs": caps27,
	"ico": caps27, "dic": caps27, "ičo": caps27, "dič": caps27, "btw": caps27, "crn": caps27, "brn": caps27, "mst": caps27,
	"ice": func(s string, b, e, i int) bool {
		if !caps27(s, b, e, i) {
			return false
		}
		k := i
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		return k-i == 15 && (k == len(s) || !isAlnum(s[k]))
	},
}

// caps27 reports a label written in capitals (a dot or a diacritic aside).
func caps27(s string, b, e, _ int) bool {
	for k := b; k < e; k++ {
		if s[k] >= 'a' && s[k] <= 'z' {
			return false
		}
	}
	return true
}

// regTails27 holds the last three bytes of the labels above.
var regTails27 = func() *tails3 {
	var ws []string
	for k := range regLabels27 {
		ws = append(ws, k)
	}
	for k := range regAcronyms27 {
		ws = append(ws, k)
	}
	return newTails3(ws)
}()

// trackingElement27 reports an XML element whose name (its namespace
// prefix aside) is a tracking label, closing at gt:
// "<ns2:TrackingNumber>", "<fedex_tracking>", "<AWB>".
func trackingElement27(s string, gt int) bool {
	lt := strings.LastIndexByte(s[max(0, gt-48):gt], '<')
	if lt < 0 {
		return false
	}
	tag := s[max(0, gt-48)+lt+1 : gt]
	if c := strings.IndexByte(tag, ':'); c >= 0 {
		tag = tag[c+1:]
	}
	if len(tag) < 3 || strings.IndexAny(tag, " /=\"'") >= 0 {
		return false
	}
	var buf [48]byte
	return waybillLabel19(string(normLabel27(buf[:0], tag)))
}

// trunk12Mobile27 reports twelve digits led by a trunk 0 that are a mobile
// of a plan with eleven digits after the trunk: Indonesia (08…), Germany
// (015…, 016…, 017…), Austria (065… to 069…), Argentina's mobile 9 and
// its area code (091…, 092…, 093…).
func trunk12Mobile27(dg []byte) bool {
	switch dg[1] {
	case '8':
		return true
	case '1':
		return dg[2] >= '5' && dg[2] <= '7'
	case '6':
		return dg[2] >= '5'
	case '9':
		return dg[2] >= '1' && dg[2] <= '3'
	}
	return false
}

// idPieceNext27 reports an item at p, up to the next separator, shaped as
// an id that no address holds (see above).
func idPieceNext27(s string, p int) bool {
	if p >= len(s) || s[p] >= 0x80 {
		return false
	}
	e := p
	upper, lower, digits, dashes, slashes, dots, other := 0, 0, 0, 0, 0, 0, 0
	for e < len(s) && e-p < 64 {
		c := s[e]
		if c <= ' ' || c == ',' || c == ';' || c == ')' || c == '"' || c == '\\' || c == '|' || c == '\'' {
			break
		}
		switch {
		case isUpper(c):
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case isDigit(c):
			digits++
		case c == '-':
			dashes++
		case c == '/':
			slashes++
		case c == '.':
			dots++
		default:
			other++
		}
		e++
	}
	if strings.HasPrefix(s[e:], " =>") || strings.HasPrefix(s[e:], "=>") {
		return e > p && isAlpha(s[p]) && strings.Trim(s[p:e], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") == "" // "…, shopify_order_id => …": a list's next key
	}
	t := s[p:e]
	for len(t) > 0 && t[len(t)-1] == '.' {
		t = t[:len(t)-1]
		dots--
	}
	n := len(t)
	if n < 4 {
		return false
	}
	switch {
	case other == 0 && lower == 0 && slashes == 0 && dots == 0 && dashes >= 2 && upper >= 2 && digits >= 2 && skuGroups27(t):
		return true // JQF-5542-BLK, ECJ-4368-RED-M
	case other == 0 && lower == 0 && dashes == 0 && slashes == 0 && dots == 0 && n >= 10 && upper >= 2 && digits >= 2:
		return true // B0WQ93LSUN, 01JE5KXVF7A2ARQ4S1CEKAQT8F, CZ82100449
	case slashes >= 2 && digits >= 4 && other == 0 && lower == 0:
		return true // FV/2026/12/246755
	case digits+dots == n && dots >= 2 && digits >= 6:
		return true // 5755.43.93
	case other == 0 && digits == 0 && dashes == 0 && slashes == 0 && dots == 1 && hostShape27(t):
		return true // Daraz.pk
	case n >= 20 && digits >= 2 && upper >= 2 && lower >= 2 && dots == 0 && slashes+dashes+other <= 4 && base64Tail27(t):
		return true // 7qL3N1JkMRe97ughISh7PMQFbUhsLtKdGqC8uy4Dd7w=
	case upper == 0 && other == 0 && slashes == 0 && dots == 0 && n-dashes >= 7 && digits >= 2 && lower >= 2 && lowerHex27(t):
		return true // 478ce49, 4baebd5a-eca3: a commit's short id, a request id's hex
	}
	return false
}

// skuGroups27 reports three dashed groups or more, one of letters only
// (two or more) and one holding a digit.
func skuGroups27(t string) bool {
	letters, withDigit, groups := false, false, 0
	for _, g := range strings.Split(t, "-") {
		if g == "" {
			return false
		}
		groups++
		d := countDigits(g)
		if d == 0 && len(g) >= 2 {
			letters = true
		}
		if d > 0 {
			withDigit = true
		}
	}
	return groups >= 3 && letters && withDigit
}

// hostShape27 reports a name and a lower-case top-level domain of two to
// six letters: "Daraz.pk", "Bol.com".
func hostShape27(t string) bool {
	d := strings.IndexByte(t, '.')
	if d < 3 || len(t)-d-1 < 2 || len(t)-d-1 > 6 {
		return false
	}
	for k := d + 1; k < len(t); k++ {
		if t[k] < 'a' || t[k] > 'z' {
			return false
		}
	}
	return true
}

// base64Tail27 reports a token of the base64 alphabet (with '=' padding
// at its end only).
func base64Tail27(t string) bool {
	for k := 0; k < len(t); k++ {
		c := t[k]
		if !isAlnum(c) && c != '+' && c != '/' && c != '_' && c != '-' && !(c == '=' && k >= len(t)-2) {
			return false
		}
	}
	return true
}

// trimKeyCounter27 drops a counter of one or two digits that tells a key
// from its sibling ("name2" of "name_2"), when letters stand before it.
func trimKeyCounter27(k []byte) []byte {
	n := len(k)
	d := n
	for d > 0 && n-d < 2 && isDigit(k[d-1]) {
		d--
	}
	if d == n || d < 3 || isDigit(k[d-1]) {
		return k
	}
	return k[:d]
}

// arnValue27 reports a value that is an Amazon Resource Name
// ("arn:aws:secretsmanager:…:secret:xendit"): a reference to a resource,
// a secret's too, not the secret.
func arnValue27(s string, a, e int) bool {
	v := strings.TrimSpace(unquote24(s[a:e]))
	return strings.HasPrefix(v, "arn:") && strings.Count(v, ":") >= 5 && strings.IndexByte(v, ' ') < 0
}

// arnWithin27 reports an ARN that opens inside s[a:ks] after a key's
// separator ("&{SecretId:arn:aws:…:secret:xendit"): the key scanner's
// stretch back from a resource's type reached past the ARN's start.
func arnWithin27(s string, a, ks int) bool {
	p := strings.LastIndex(s[a:ks], "arn:")
	if p < 0 {
		return false
	}
	p += a
	return p == a || !isAlnum(s[p-1])
}

// lowerHex27 reports lower-case hex digits, in groups joined by single
// dashes.
func lowerHex27(t string) bool {
	if t[0] == '-' || t[len(t)-1] == '-' {
		return false
	}
	for k := 0; k < len(t); k++ {
		c := t[k]
		if !isDigit(c) && (c < 'a' || c > 'f') && !(c == '-' && t[k-1] != '-') {
			return false
		}
	}
	return true
}

// bareArrowKey27 reports the side s[a:b] before a "=>" that is an
// unquoted key of a "key => value" list: an identifier (a letter first,
// then letters, digits, '_', '.' or '-', a lower-case letter or '_' among
// them) opening an item, after ", ", a bracket or a line's start.
func bareArrowKey27(s string, a, b int) bool {
	if b-a < 2 || b-a > 40 || !isAlpha(s[a]) {
		return false
	}
	lower := false
	for i := a; i < b; i++ {
		c := s[i]
		if !isAlnum(c) && c != '_' && c != '.' && c != '-' {
			return false
		}
		lower = lower || c >= 'a' && c <= 'z' || c == '_'
	}
	if !lower || a > 0 && strings.IndexByte("\n ([{,", s[a-1]) < 0 {
		return false
	}
	if a > 1 && s[a-1] == ' ' && s[a-2] != ',' && s[a-2] != ']' && s[a-2] != ':' {
		return false // "… Minh => …": a value's last word, not an item's key
	}
	p := b
	for p < len(s) && s[p] == ' ' {
		p++
	}
	return strings.HasPrefix(s[p:], "=>")
}

// keyCounterToken27 reports a key and its counter rather than a reference:
// letters (a lower-case one among them, '_' or '-' between words) ending
// in one or two digits ("AddressLine1", "address_line2").
func keyCounterToken27(t string) bool {
	n := len(t)
	d := n
	for d > 0 && n-d < 3 && isDigit(t[d-1]) {
		d--
	}
	if d == n || n-d > 2 || d < 4 {
		return false
	}
	lower := false
	for i := 0; i < d; i++ {
		c := t[i]
		if !isAlpha(c) && c != '_' && c != '-' {
			return false
		}
		lower = lower || c >= 'a' && c <= 'z'
	}
	return lower
}
