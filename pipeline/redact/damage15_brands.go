package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A maker's or a shop's name before a noun of goods is the goods' brand:
// "campaign started for Hugo Boss products", "promo for Ted Baker items",
// "restock for Calvin Klein collection", "Rabatt für Hugo Boss Produkte".
// A person's name stands before such a noun only with a possessive
// ("Jane Roe's items"), so a run of capitalised words followed by one is
// no name, however well its words are known as given and family names.

// goodsNouns are the nouns, in lower case, that a brand stands before.
var goodsNouns = setOf("products", "product", "items", "goods", "merchandise", "merch", "collection", "collections",
	"range", "apparel", "clothing", "footwear", "shoes", "sneakers", "bags", "handbags", "watches", "fragrances",
	"fragrance", "perfume", "perfumes", "cosmetics", "accessories", "listings", "skus", "catalog", "catalogue",
	"boutique", "boutiques", "outlet", "outlets", "stores", "brand", "brands",
	// the languages that put the brand first too: German, Dutch, Nordic
	"produkte", "artikel", "kollektion", "producten", "artikelen", "collectie", "produkter", "varor")

// goodsAfter reports a noun of goods right after a run ending at e.
func goodsAfter(s string, e int) bool {
	if e >= len(s) || s[e] != ' ' {
		return false
	}
	p := e + 1
	q := p
	if q < len(s) && isUpper(s[q]) {
		q++ // German capitalises its nouns: "Hugo Boss Produkte"; a firm's "… Products" is no person either
	}
	for q < len(s) && q-p <= 12 && s[q] >= 'a' && s[q] <= 'z' {
		q++
	}
	if q-p < 4 || q-p > 12 || q < len(s) && (isWord(s[q]) || s[q] >= 0x80) {
		return false
	}
	var buf [12]byte
	return goodsNouns[string(lower(buf[:0], s[p:q]))]
}

// A shop's or a brand's name follows the word for it: "店铺 Ralph Lauren"
// in a Chinese seller's verification, "shop Ralph Lauren", "store Ted
// Baker", "ショップ Calvin Klein", "toko Hugo Boss", "Marke Ralph Lauren".
// A well-known given and family name there is the brand that took it.

// shopWords are those words, as they stand before the run (lower case for
// the Latin ones).
var shopWords15 = []string{"shop ", "store ", "brand ", "boutique ", "店铺 ", "店铺：", "店鋪 ", "店铺:", "店名 ", "店名：",
	"品牌 ", "品牌：", "商家 ", "商家：", "商店 ", "ショップ ", "店舗 ", "ブランド ", "상점 ", "브랜드 ", "매장 ",
	"toko ", "tienda ", "loja ", "negozio ", "magasin ", "marke ", "marca ", "marque ", "merk ", "cửa hàng ", "ร้าน "}

// shopWordBefore15 reports such a word right before the run at i: at the
// text's start or after a space or a punctuation mark (so "workshop " is
// no "shop ").
func shopWordBefore15(s string, i int) bool {
	for _, w := range shopWords15 {
		if i < len(w) || !strings.EqualFold(s[i-len(w):i], w) {
			continue
		}
		p := i - len(w)
		if p == 0 || w[0] >= 0x80 {
			return true // (words of scripts without spaces stand glued to what is before them)
		}
		if c := s[p-1]; c < 0x80 && !isAlnum(c) || c >= 0x80 && !isLatinLetterBefore(s, p) {
			return true
		}
	}
	return false
}

// isLatinLetterBefore reports a Latin letter beyond ASCII ending at p
// ("Ä" of a German word before "shop").
func isLatinLetterBefore(s string, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return unicode.Is(unicode.Latin, r)
}

// A price written with a currency code reads like a street type and a
// house number: "price=STR 223.00", "total=SCR 677.00" ("Str" is the
// abbreviation of Straße and of Romania's strada), "Flat Screen Tv USD
// 80.93". No house number has two decimals after a point, so a street
// that would end at a number followed by them is an amount.

// amountDecimalsAt reports ".NN" (or ",NN") at e followed by the value's
// end: the end of the text, a space, a quote, a bracket or a separator.
func amountDecimalsAt(s string, e int) bool {
	if e+3 > len(s) || s[e] != '.' && s[e] != ',' || e == 0 || !isDigit(s[e-1]) || !isDigit(s[e+1]) || !isDigit(s[e+2]) {
		return false
	}
	if e+3 == len(s) {
		return true
	}
	return strings.IndexByte(" \"'\\)]};,&|\n", s[e+3]) >= 0 && !(s[e] == ',' && s[e+3] == ',')
}
