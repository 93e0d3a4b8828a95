package redact

import (
	"strings"
	"unicode/utf8"
)

// A product's or an offer's title decorated with emoji is no push title
// naming its buyer (names_title.go). A shop's listing or cart line frames
// its words with emoji and ends them with a count:
//
//	title=🎁 Gift Box 礼盒 ×3      title=🇹🇭 ชาไทย 🧋 x2
//	title=💄 립스틱 세트 ✨        title=🌙 رمضان كريم Gift Set
//
// while a push names its buyer before a comma, an exclamation or the end
// ("📦 Given", "🎉 Given Family, your order has shipped!"). The words after
// a title's symbols are goods, not a name, when they are followed by a
// count ("×3", "x2", "#12", "50%OFF"), after symbols or not, or when one of
// them is a noun of packaged goods in the shops' languages (set, box, kit,
// gift set, 세트, 礼盒, セット, ชุด…).

// goodsTitle32 reports the title v whose words v[p:e] (after its opening
// symbols) are a product's.
func goodsTitle32(v string, p, e int) bool {
	if goodsNouns32(v[p:e]) {
		return true
	}
	q, syms := e, 0
	for q < len(v) {
		r, w := utf8.DecodeRuneInString(v[q:])
		if r == ' ' {
			q += w
			continue
		}
		if r == '×' || openingSymbol(r) {
			syms++
			q += w
			continue
		}
		break
	}
	return countAt32(v, q, syms > 0)
}

// countAt32 reports a count at v[q:]: "x2", "×3" (its sign read before q:
// afterSign), "#12", "3", "50%OFF", then the end of v or no letter or digit.
func countAt32(v string, q int, afterSign bool) bool {
	if q < len(v) && (v[q] == 'x' || v[q] == 'X' || v[q] == '#' || v[q] == '*') {
		q++
		afterSign = true
	}
	d := 0
	for q < len(v) && isDigit(v[q]) {
		q++
		d++
	}
	if d == 0 || d > 4 || !afterSign && !(q < len(v) && v[q] == '%') {
		return false
	}
	t := q
	for t < len(v) && t-q < 8 && (isAlpha(v[t]) || v[t] == '%') {
		t++
	}
	return t == len(v) || !isAlpha(v[t]) && !isDigit(v[t])
}

// goodsNouns32 reports words holding a noun of packaged goods: a whole
// Latin, Cyrillic, Arabic or Thai word, or the end of a word of a script
// written without spaces (Han, kana, Hangul).
func goodsNouns32(ws string) bool {
	for rest := ws; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "" || len(w) > 24 {
			continue
		}
		var buf [32]byte
		if goodsNounSet32[string(lower(buf[:0], w))] {
			return true
		}
		if w[0] >= 0xE3 { // Han, kana, Hangul
			for _, n := range goodsNounTails32 {
				if strings.HasSuffix(w, n) {
					return true
				}
			}
		}
	}
	return false
}

var goodsNounSet32 = setOf("set", "sets", "box", "boxes", "kit", "kits", "pack", "packs", "bundle", "combo", "giftset",
	"giftbox", "hamper", "coffret", "caja", "estuche", "cofanetto", "geschenkset", "geschenkbox", "zestaw", "kutu",
	"набор", "подарочный", "مجموعة", "علبة", "ชุด", "กล่อง", "सेट", "बॉक्स", "hộp", "combo")

var goodsNounTails32 = []string{"세트", "박스", "礼盒", "禮盒", "套装", "套裝", "礼包", "禮包", "セット", "ギフト", "詰め合わせ"}
