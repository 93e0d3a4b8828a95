package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A street line written in Chinese or Japanese has no street-type word
// before its number and no spaces: a Chinese street ends in 路, 街, 道, 巷
// or 里 and takes its house number with 号 ("南京西路183号1栋505室"), a
// Japanese one gives the chōme, block and house as two or three numbers
// joined by dashes after the district's name ("恵比寿西8-1-63"), or with
// 丁目/番地. cjkStreet24 reads those shapes; a product's or a site's name
// (商品A-1, 东京仓库) has neither.
func cjkStreet24(v string) bool {
	if len(v) < 9 || len(v) > 90 || strings.ContainsAny(v, " \t,=:/") {
		return false
	}
	// the district or street: two Han or kana characters or more first
	n, p := 0, 0
	var last rune
	for p < len(v) {
		r, w := utf8.DecodeRuneInString(v[p:])
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) {
			break
		}
		last = r
		n++
		p += w
	}
	if n < 2 || p >= len(v) || !isDigit(v[p]) {
		return false
	}
	rest := v[p:]
	if strings.ContainsRune("路街道巷里", last) {
		// Chinese: a house number with 号
		d := 0
		for d < len(rest) && isDigit(rest[d]) {
			d++
		}
		return d <= 5 && strings.HasPrefix(rest[d:], "号")
	}
	if strings.Contains(rest, "丁目") || strings.Contains(rest, "番地") {
		return true
	}
	// Japanese: 8-1-63, 4-3-55, 2-14 to the end
	groups, d := 1, 0
	for i := 0; i < len(rest); i++ {
		switch {
		case isDigit(rest[i]):
			d++
			if d > 4 {
				return false
			}
		case rest[i] == '-' && d > 0 && i+1 < len(rest):
			groups++
			d = 0
		default:
			return false
		}
	}
	return groups >= 2 && groups <= 3
}
