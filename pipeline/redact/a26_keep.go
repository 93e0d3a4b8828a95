package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Look-alikes that the name and address readers take, told by how shops,
// their buyers and their local teams write them in any language
// (keepA26Spans runs last, on what every pass found):
//
//   - a value under a key that names a product, an item, a shop or a
//     store (`item=`, `"product":`, `<item>`, `X-Buyer-item:`, a chat bot's
//     "item?" answered on the next line) is no buyer's name, whoever the
//     brand is named after ("Ralph Lauren cap", "Jean Paul Gaultier Le
//     Male");
//   - a brand named after a person and followed by the goods' noun in
//     lower case ("Laura Mercier setting powder", "Dr. Martens 1460 boots")
//     is a product;
//   - a business's name: a run that goes on to a legal form ("Sdn Bhd",
//     "GmbH", "LLC"), to "& Sons" in any language ("& Söner", "e Hijos"), to
//     a trade's noun ("… Fabrics"), that opens with a word for "shop"
//     after a comma ("hi Farhana, Tienda Doña Pepa": the greeting's name
//     stays masked), or, in scripts without spaces, a word ending in a shop's
//     suffix ("山田商店", "김씨네 과일가게");
//   - an "address" with no place word, only a status, a zone and an
//     amount ("80 544 грн — zone 06339, 422") or a number after "HTTP" or
//     "status" ("HTTP 200 via …");
//   - a name's last word that is a currency's abbreviation before its
//     amount ("… Rp 24.920.800", "… NT$18,455", "… ر.س 3,618.00").

// keepA26Spans drops or trims the spans that hold a look-alike above.
func (sc *scanner) keepA26Spans() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		switch x.kind {
		case KindName:
			if e := trimShopTailA26(s, x.start, x.end); e < x.end {
				x.end = e // the greeting's name before the shop's stays masked
			} else if productValueA26(s, x.start) || productWordBeforeA26(s, x.start) || shopNamed24(s, x.start, x.end) || goodsAfterA26(s, x.end) || businessAfterA26(s, x.end) || shopSuffixA26(s, x.start, x.end) ||
				dm33GoodsFrame(s, x.start, x.end) { // "quero devolver o …", "is … in stock?": a brand where goods stand (dm33_brands.go)
				continue
			}
			x.end = trimCurrencyTailA26(s, x.start, x.end)
			if x.end <= x.start {
				continue
			}
		case KindAddress:
			if noPlaceA26(s[x.start:x.end]) || statusBeforeA26(s, x.start) || viaAfterNumberA26(s[x.start:x.end]) {
				continue
			}
			x.end = trimAddressTailA26(s, x.start, x.end)
		case KindCredential:
			if idempotencyKeyA26(s, x.start, x.end) {
				continue
			}
		}
		out = append(out, x)
	}
	sc.spans = out
}

// productKeysA26 are keys (their last part) that name a product, an item,
// a shop or a store.
var productKeysA26 = setOf("item", "items", "product", "products", "productname", "itemname", "producttitle", "itemtitle",
	"goods", "article", "artikel", "produit", "producto", "produto", "prodotto", "produkt", "shop", "shopname", "store",
	"storename", "storefront", "listing", "listingtitle")

// productKeyA26 reports a key whose last part names a product or a shop.
func productKeyA26(k string) bool {
	if len(k) < 4 || len(k) > 40 {
		return false
	}
	var buf [40]byte
	b := buf[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == '.' || c == '_' || c == '-' || c == ':' {
			if productKeysA26[string(b)] && i == len(k)-1 {
				return true
			}
			b = b[:0]
			continue
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if productKeysA26[string(b)] {
		return true
	}
	// camelCase: "productName", "itemTitle" read whole above; the last
	// word alone: "orderItem"
	for i := len(k) - 1; i > 0; i-- {
		if isUpper(k[i]) {
			var lb [40]byte
			return productKeysA26[string(lower(lb[:0], k[i:]))]
		}
	}
	return false
}

// productValueA26 reports a span at st that opens the value of a product
// key: "item=Ralph+Lauren+cap", `"product":"…"`, `<item>…`, "X-Buyer-item:
// …", "'item': '…'", or a chat's answer to a bot's "item?".
func productValueA26(s string, st int) bool {
	i := st
	for n := 0; i > 0 && n < 6 && (s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == '\\' || s[i-1] == ' '); n++ {
		i--
	}
	if i == 0 {
		return false
	}
	switch s[i-1] {
	case '>':
		e := i - 1
		a := e
		for a > 0 && e-a < 40 && s[a-1] != '<' && s[a-1] != '/' && s[a-1] != ' ' && s[a-1] != '>' {
			a--
		}
		return a > 0 && s[a-1] == '<' && productKeyA26(s[a:e])
	case '=', ':':
	default:
		return false
	}
	i--
	for n := 0; i > 0 && n < 4 && (s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == '\\'); n++ {
		i--
	}
	e := i
	a := e
	for a > 0 && e-a < 40 && (isAlnum(s[a-1]) || s[a-1] == '_' || s[a-1] == '-' || s[a-1] == '.') {
		a--
	}
	if a == e {
		return false
	}
	if productKeyA26(s[a:e]) {
		return true
	}
	// a chat's slot: "bot: item?\n[09:48] buyer: …"
	ls := strings.LastIndexByte(s[:a], '\n')
	if ls < 1 || s[ls-1] != '?' && !(s[ls-1] == '\r' && ls > 1 && s[ls-2] == '?') {
		return false
	}
	q := ls - 1
	if s[q] == '\r' {
		q--
	}
	w := q
	for w > 0 && q-w < 40 && (isAlnum(s[w-1]) || s[w-1] == '_' || s[w-1] == '-') {
		w--
	}
	return w < q && productKeyA26(s[w:q])
}

// goodsHeadsA26 add nouns of fashion and beauty goods to goodsHeads18.
var goodsHeadsA26 = setOf("cap", "caps", "powder", "lipstick", "lipsticks", "perfume", "cologne", "parfum", "fragrance",
	"heels", "flats", "plush", "mist", "concealer", "polo", "mascara", "eyeliner", "palette", "tee", "sweatshirt",
	"cardigan", "trainers", "loafers", "pumps", "sneaker", "boot", "pendant", "clutch", "vinyl", "deodorant", "lotion",
	"balm", "toner", "cleanser", "moisturizer", "sunscreen", "gloss", "primer", "bronzer", "eyeshadow", "foundation",
	"boxer", "boxers", "tote", "handbag", "wallet", "loafer", "brogues", "parka", "trench", "beanie")

// verbLikeA26 are nouns of goods that are also common words after a name
// in a language of the shops ("hat" is German "has").
var verbLikeA26 = setOf("light", "lights", "cover", "holder", "machine", "alarm", "clock", "plate", "tool", "tools", "bear",
	"pipe", "cord", "plug", "mouse", "ball", "case", "dock", "filter", "sensor", "mixer", "pump", "drill")

// goodsAfterA26 reports a name that ends at e and is followed by up to
// three words in lower case or with digits, one of them a noun of goods:
// "Ralph Lauren cap", "Laura Mercier setting powder", "Dr. Martens 1460
// boots" (a form's "+" and "%20" stand for the spaces).
func goodsAfterA26(s string, e int) bool {
	for n := 0; n < 3; n++ {
		switch {
		case e < len(s) && (s[e] == ' ' || s[e] == '+'):
			e++
		case strings.HasPrefix(s[e:], "%20"):
			e += 3
		default:
			return false
		}
		a := e
		digits := false
		for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || isDigit(s[e]) || s[e] == '-') {
			digits = digits || isDigit(s[e])
			e++
		}
		if e == a || e < len(s) && isWord(s[e]) {
			return false
		}
		w := s[a:e]
		if !digits && (goodsHeads18[w] && len(w) >= 4 && !verbLikeA26[w] || goodsHeadsA26[w]) {
			return true
		}
	}
	return false
}

// kinA26 are the "sons", "brothers" of a family business's name ("& Söner",
// "e Hijos", "& Sons", "Bros."), and tradesA26 the trade nouns that end a
// shop's name ("Mama Ngozi Fabrics").
var kinA26 = setOf("sons", "söner", "söhne", "soehne", "hijos", "figli", "fils", "filhos", "zonen", "synowie", "sønner",
	"brothers", "bros", "bros.", "hermanos", "irmãos", "fratelli", "frères", "freres", "gebrüder", "sisters")

var tradesA26 = setOf("fabrics", "textiles", "tailors", "bakery", "pharmacy", "electronics", "hardware", "furniture",
	"foods", "supplies", "mart", "minimart", "supermarket", "market", "traders", "trading", "enterprises", "enterprise",
	"stores", "books", "bookshop", "bookstore", "boutique", "emporium", "outlet", "wholesale", "motors", "jewellers",
	"jewelers", "florist", "florists", "haushaltswaren", "handel", "handelsgesellschaft")

// businessAfterA26 reports a name that ends at e where the run of words
// after it ends a business's name: a legal form, "& Sons" in a language,
// a trade's noun ("Tan Brothers| Enterprise Sdn Bhd").
func businessAfterA26(s string, e int) bool {
	for n := 0; n < 4 && e < len(s) && s[e] == ' '; n++ {
		a := e + 1
		k := a
		for k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '\n' && s[k] != '"' && s[k] != '\\' && s[k] != '<' && s[k] != '&' && s[k] != ';' && k-a < 24 {
			k++
		}
		if k == a {
			if k < len(s) && s[k] == '&' {
				e = k + 1
				continue
			}
			return false
		}
		w := s[a:k]
		var buf [24]byte
		lw := string(lower(buf[:0], w))
		if legalForm(s, a, k) || kinA26[lw] || tradesA26[lw] {
			return true
		}
		switch lw {
		case "e", "y", "und", "et", "och", "and", "og", "en", "i":
		default:
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
		e = k
	}
	return false
}

// shopOpenersA26 are two-word openers of a shop's name in Vietnamese
// ("Nhà sách" a bookshop, "Cửa hàng" a store, "Nhà thuốc" a pharmacy).
var shopOpenersA26 = []string{"nhà sách", "cửa hàng", "nhà thuốc", "tiệm ", "quán ", "sari-sari"}

// shopOpenAt reports a shop's opener at s[a:]: a word for "shop" of
// shopWords24 or a two-word opener.
func shopOpenA26(s string, a int) bool {
	k := a
	for k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '"' && k-a < 24 {
		k++
	}
	var buf [24]byte
	if k > a && k-a <= 24 && shopWords24[string(lower(buf[:0], s[a:k]))] {
		return true
	}
	t := s[a:min(len(s), a+12)]
	for _, o := range shopOpenersA26 {
		if len(t) >= len(o) && strings.EqualFold(t[:len(o)], o) {
			return true
		}
	}
	return false
}

// trimShopTailA26 ends a name at the comma before a shop's or a business's
// name that the name reader ran on into ("Farhana, Tienda Doña Pepa",
// "Rohit, Tan Brothers| Enterprise Sdn Bhd"), and before the first word
// of a two-word opener ("Lela, Nhà| sách …").
func trimShopTailA26(s string, a, e int) int {
	c := strings.Index(s[a:e], ", ")
	if c < 0 {
		return e
	}
	c += a
	if shopOpenA26(s, c+2) || businessAfterA26(s, e) || shopSuffixA26(s, c+2, e) || businessTailA26(s[c+2:e]) {
		return c
	}
	return e
}

// businessTailA26 reports a run of words whose last word ends a business's
// name: a legal form, "Sons", a trade's noun, a shop's suffix
// ("Mama Ngozi Fabrics", "山田商店", "Lindqvist & Söner AB").
func businessTailA26(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	w := t[k+1:]
	if len(w) == 0 || len(w) > 24 {
		return false
	}
	for _, x := range shopSuffixesA26 {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	var buf [24]byte
	lw := string(lower(buf[:0], w))
	return k > 0 && (legalForm(t, k+1, len(t)) || kinA26[lw] || tradesA26[lw])
}

// shopSuffixesA26 end a shop's name written without spaces: "…商店",
// "…가게", "…상회", "…마트".
var shopSuffixesA26 = []string{"商店", "商行", "小店", "超市", "가게", "상점", "상회", "마트", "식당", "약국", "ร้าน"}

// shopSuffixA26 reports a name that ends inside a word (no space after it)
// whose word, or the next, ends in a shop's suffix: "山田|商店",
// "김|씨네 과일가게".
func shopSuffixA26(s string, a, e int) bool {
	if e >= len(s) || s[e] < 0x80 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[e:]); !unicode.IsLetter(r) {
		return false
	}
	k := e
	for n := 0; n < 2; n++ {
		w := k
		for k < len(s) && s[k] >= 0x80 && k-w < 48 {
			_, sz := utf8.DecodeRuneInString(s[k:])
			if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLetter(r) {
				break
			}
			k += sz
		}
		t := s[a:k]
		for _, x := range shopSuffixesA26 {
			if strings.HasSuffix(t, x) {
				return true
			}
		}
		if k >= len(s) || s[k] != ' ' {
			return false
		}
		k++
		a = k
	}
	return false
}

// trimCurrencyTailA26 ends a name before its last word when that word is
// a currency's abbreviation that its amount follows: "… Rp 24.920.800",
// "…, NT$18,455", "… ر.س 3,618.00".
func trimCurrencyTailA26(s string, a, e int) int {
	w := e
	for w > a && s[w-1] != ' ' {
		w--
	}
	if w == a || e-w > 6 {
		return e
	}
	k := e
	for k < len(s) && k-w < 10 && s[k] != ' ' && !isDigit(s[k]) {
		k++
	}
	if !currencyWord(s[w:k]) && !arabicCurrencyA26[s[w:k]] {
		return e
	}
	d := k
	if d < len(s) && s[d] == ' ' {
		d++
	}
	if d >= len(s) || !isDigit(s[d]) {
		return e
	}
	for w > a && (s[w-1] == ' ' || s[w-1] == ',') {
		w--
	}
	return w
}

// nonPlaceA26 are words that an "address" of statuses, zones and amounts
// holds and no place's name is.
var nonPlaceA26 = setOf("zone", "http", "https", "status", "created", "accepted", "ok", "retry", "error", "code", "sync",
	"ref", "no", "content", "found", "not", "bad", "request", "gateway", "timeout", "unavailable", "internal", "server")

// noPlaceA26 reports an address span with a word, none of them a place's:
// only statuses, a zone and amounts ("422 — zone 200296, HTTP 200").
func noPlaceA26(v string) bool {
	words := 0
	for i := 0; i < len(v); {
		r, sz := utf8.DecodeRuneInString(v[i:])
		if !unicode.IsLetter(r) {
			i += sz
			continue
		}
		j := i
		for j < len(v) {
			r, sz := utf8.DecodeRuneInString(v[j:])
			if !unicode.IsLetter(r) && r != '$' && r != '.' {
				break
			}
			j += sz
		}
		if j < len(v) && isDigit(v[j]) || i > 0 && isDigit(v[i-1]) {
			return false // "RS74 5962 …": letters glued to digits are a code's, not a word
		}
		w := strings.TrimRight(v[i:j], ".")
		var buf [24]byte
		if len(w) > 24 || !nonPlaceA26[string(lower(buf[:0], w))] && !currencyWord(w) {
			return false
		}
		words++
		i = j
	}
	return words > 0
}

// statusBeforeA26 reports an address span that opens with the number of an
// HTTP status: "HTTP 200 via …", "status 429 …", "status=503 …".
func statusBeforeA26(s string, a int) bool {
	if a+3 > len(s) || !isDigit(s[a]) || !isDigit(s[a+1]) || !isDigit(s[a+2]) || a+3 < len(s) && isDigit(s[a+3]) {
		return false
	}
	p := s[max(0, a-7):a]
	return strings.HasSuffix(p, "HTTP ") || strings.HasSuffix(p, "status ") || strings.HasSuffix(p, "status=") || strings.HasSuffix(p, "HTTP/1.1 ")
}

// arabicCurrencyA26 are the Arabic abbreviations of currencies: the riyal
// (ر.س, ر.ق, ر.ع), the pound (ج.م), the dirham (د.إ, د.م.), the dinar
// (د.ك, د.ب, د.أ, د.ج, د.ت, د.ع), the Lebanese pound (ل.ل).
var arabicCurrencyA26 = setOf("ر.س", "ر.ق", "ر.ع", "ج.م", "ج.م.", "د.إ", "د.م.", "د.م", "د.ك", "د.ب", "د.أ", "د.ج", "د.ت", "د.ع", "ل.ل", "ريال", "جنيه", "درهم", "دينار")

// productPathA26 reports a field's path whose last segment names a product,
// an item, a shop or a store ("order.item", "line.productName"): its value
// is read as a brand's is, with no name in it (apply.go's pathInfo).
func productPathA26(p string) bool {
	if d := strings.LastIndexByte(p, '.'); d >= 0 {
		p = p[d+1:]
	}
	return productKeyA26(p)
}

// viaAfterNumberA26 reports an "address" that holds " via " right after a
// number or a closing parenthesis: English "via" after an order, an
// amount or a status ("…, order 2800775 via Toko Maju Jaya", "(HTTP 200)
// via …"). An Italian street is named before its number ("via Roma 12").
func viaAfterNumberA26(v string) bool {
	i := strings.Index(v, " via ")
	return i > 0 && (isDigit(v[i-1]) || v[i-1] == ')')
}

// productWordBeforeA26 reports a name right after a star rating (a
// review names the product it rates first: "★★★★☆ Ralph Lauren cap — …")
// or after the word "item" or "product" ("complain item Jean Paul …").
func productWordBeforeA26(s string, a int) bool {
	if a < 4 || s[a-1] != ' ' {
		return false
	}
	p := s[max(0, a-9) : a-1]
	return strings.HasSuffix(p, "★") || strings.HasSuffix(p, "☆") || strings.HasSuffix(p, " item") || strings.HasSuffix(p, " product")
}

// trimAddressTailA26 ends an address before what no address holds: a dash
// and a tail of statuses and zones ("…3单元431室 — zone 100287, 422"), or a
// "#" and a stock-keeping unit's code of letters, digits and dashes
// ("…421室 #JK-MDB-3800-BLK Valentino …"); a house's "#305" stays.
func trimAddressTailA26(s string, a, e int) int {
	v := s[a:e]
	for _, sep := range [...]string{" — ", " – "} {
		if i := strings.Index(v, sep); i > 0 && noPlaceA26(v[i+len(sep):]) {
			return a + i
		}
	}
	if i := strings.Index(v, " #"); i > 0 && i+3 < len(v) && isUpper(v[i+2]) {
		k := i + 2
		dash, digit := false, false
		for k < len(v) && (isAlnum(v[k]) || v[k] == '-') {
			dash = dash || v[k] == '-'
			digit = digit || isDigit(v[k])
			k++
		}
		if dash && digit && k-i > 6 {
			return a + i
		}
	}
	return e
}

// idempotencyKeyA26 reports a credential that is a UUID given as an
// idempotency key (its label on the line or, in a chat, on the bot's line
// before): a request's id, no secret.
func idempotencyKeyA26(s string, a, e int) bool {
	if e-a != 36 || s[a+8] != '-' || s[a+13] != '-' || s[a+18] != '-' || s[a+23] != '-' {
		return false
	}
	p := s[max(0, a-80):a]
	return strings.Contains(p, "dempotency")
}
