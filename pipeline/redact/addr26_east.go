package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Japanese and Korean addresses follow their postal conventions, which
// leave no street-type word before the number:
//
//   - written in Japanese, the address opens with its prefecture (one of
//     the 47: 東京都, 北海道, 大阪府, 神奈川県…), names the city or ward
//     (…市, …区, …町, …村, …郡) and ends in the chōme, block and house
//     ("2-2-11", "3丁目4番5号"), a building and room often after a space
//     ("神奈川県横浜市西区神宮前2-2-11 メゾン青葉302");
//   - romanised, the parts are comma-separated and the ward or district
//     carries its suffix ("Kita-ku", "Yongsan-gu", "Naka-ku"), the house
//     and block before it ("6-11-16 Ginza", "228 Gangnam-daero", a
//     building "Maison Aoyama 302") and the city with its postcode after
//     ("Fukuoka 333-1813", "Hwaseong-si 43871").
//
// The prefecture, or the ward's suffix between a numbered part and the
// city, is the evidence; a product's or a site's name has neither.

// jpPrefectures26 are Japan's 47 prefectures as addresses write them.
var jpPrefectures26 = []string{
	"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
	"埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
	"岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
	"鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
	"佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
}

// eastWardSuffixes26 end a romanised Japanese or Korean ward, district or
// city part ("Kita-ku", "Yongsan-gu", "Hwaseong-si", "Toyota-shi").
var eastWardSuffixes26 = []string{"-ku", "-gu", "-shi", "-si", "-gun", "-cho", "-machi", "-mura", "-dong", "-eup", "-myeon"}

// mayHoldEastAddress26 is eastAddressSpans26's cheap test: a prefecture's
// last character, or a ward's suffix after a dash, and a digit.
func mayHoldEastAddress26(s string, sig uint32, tp *textPairs) bool {
	if sig&sigDigit == 0 {
		return false
	}
	if sig&sigHigh != 0 && (strings.Contains(s, "県") || strings.Contains(s, "都") || strings.Contains(s, "府") || strings.Contains(s, "道")) {
		return true
	}
	return sig&sigComma != 0 && (tp.may("-ku") || tp.may("-gu") || tp.may("-si") || tp.may("-shi")) &&
		(strings.Contains(s, "-ku") || strings.Contains(s, "-gu") || strings.Contains(s, "-si") || strings.Contains(s, "-shi"))
}

// eastAddressSpans26 returns the Japanese addresses and the romanised
// Japanese and Korean addresses of s.
func eastAddressSpans26(s string, have []span) []span {
	out := jpAddressSpans26(s, have)
	return append(out, romanEastSpans26(s, have)...)
}

// jpAddressSpans26 returns the addresses written in Japanese that open
// with a prefecture.
func jpAddressSpans26(s string, have []span) []span {
	var out []span
	for i := 0; i < len(s); {
		p := jpPrefectureAt26(s, i)
		if p < 0 {
			break
		}
		_, n := utf8.DecodeRuneInString(s[p:])
		if e := jpAddressEnd26(s, p); e > p && !overlapsOther26(have, p, e) {
			out = append(out, span{start: p, end: e, kind: KindAddress})
			i = e
			continue
		}
		i = p + n
	}
	return out
}

// jpPrefectureAt26 returns the first position at or after i where a
// prefecture's name starts, or -1.
func jpPrefectureAt26(s string, i int) int {
	best := -1
	for _, suf := range []string{"県", "都", "府", "道"} {
		for j := i; j < len(s); {
			k := strings.Index(s[j:], suf)
			if k < 0 {
				break
			}
			k += j
			for _, p := range jpPrefectures26 {
				if strings.HasSuffix(p, suf) && k+len(suf) >= len(p) && s[k+len(suf)-len(p):k+len(suf)] == p {
					if st := k + len(suf) - len(p); st >= i && (best < 0 || st < best) {
						best = st
					}
				}
			}
			if best >= 0 && best <= k {
				break
			}
			j = k + len(suf)
		}
	}
	return best
}

// jpAddressEnd26 returns the end of the Japanese address whose prefecture
// starts at p: Han or kana naming a city, ward, town or village, then the
// numbers of the chōme, block and house (dashes or 丁目, 番地, 番, 号), and a
// building's name with its room after them; or p when it is none.
func jpAddressEnd26(s string, p int) int {
	q := p
	place, runes := false, 0
	for q < len(s) && runes < 24 {
		r, n := utf8.DecodeRuneInString(s[q:])
		if !jpLetter26(r) {
			break
		}
		if strings.ContainsRune("市区町村郡", r) && q > p {
			place = true
		}
		q += n
		runes++
	}
	if !place || q >= len(s) || !isDigit(s[q]) && !fullDigit26(s[q:]) {
		return p
	}
	// the numbers: 2-2-11, 4-30-14, 3丁目4番5号, ２－２－１１
	e, groups := q, 0
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if groups == 0 {
				groups = 1
			}
		case (r == '-' || r == '－' || r == '‐' || r == '−' || r == 'ー') && e > q:
			groups++
		case strings.ContainsRune("丁目番地号", r):
		default:
			goto numbers
		}
		e += n
	}
numbers:
	for e > q && (s[e-1] == '-') {
		e--
	}
	if groups < 2 && !strings.ContainsAny(s[q:e], "丁番号") {
		return p
	}
	// the building and room, glued or after one space: "メゾン青葉302", "ハイツ201号室"
	b := e
	if b < len(s) && (s[b] == ' ' || strings.HasPrefix(s[b:], "　")) {
		_, n := utf8.DecodeRuneInString(s[b:])
		b += n
	}
	c, letters := b, 0
	for c < len(s) {
		r, n := utf8.DecodeRuneInString(s[c:])
		if jpLetter26(r) {
			letters++
		} else if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		c += n
	}
	if letters > 0 && c > b && (isDigit(s[c-1]) || strings.HasSuffix(s[b:c], "号室") || strings.HasSuffix(s[b:c], "室")) {
		e = c
	}
	return e
}

// jpLetter26 reports a Han, hiragana or katakana character (the long vowel
// mark too).
func jpLetter26(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '々' || r == 'ヶ'
}

// fullDigit26 reports a full-width digit at the start of s.
func fullDigit26(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '０' && r <= '９'
}

// overlapsOther26 reports a span of have over [a, b) of a kind other than
// an address or a name: a reader that knew better.
func overlapsOther26(have []span, a, b int) bool {
	for _, x := range have {
		if x.start < b && x.end > a && x.kind != KindAddress && x.kind != KindName {
			return true
		}
	}
	return false
}

// romanEastSpans26 returns the romanised Japanese and Korean addresses of
// s: a ward's part ("Kita-ku") between a part with a house number before
// it and the city's after it.
func romanEastSpans26(s string, have []span) []span {
	var out []span
	last := 0
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], ", ")
		if k < 0 {
			break
		}
		k += i
		i = k + 2
		if k < last {
			continue
		}
		// the ward's part: one word with its suffix, then ", " (or the end of the address)
		w := k + 2
		we := w
		for we < len(s) && (isAlpha(s[we]) || s[we] == '-') {
			we++
		}
		if we-w < 5 || !isUpper(s[w]) || !eastWard26(s[w:we]) {
			continue
		}
		st := eastHouseBefore26(s, k)
		if st < 0 {
			continue
		}
		e := eastCityAfter26(s, we)
		if e <= we {
			continue
		}
		if overlapsOther26(have, st, e) {
			continue
		}
		out = append(out, span{start: st, end: e, kind: KindAddress})
		last = e
		i = e
	}
	return out
}

// eastWard26 reports a word that ends in a ward's or district's suffix
// after two letters or more ("Kita-ku", "Yongsan-gu").
func eastWard26(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range eastWardSuffixes26 {
		if strings.HasSuffix(lw, suf) && len(lw) >= len(suf)+2 && strings.Count(lw, "-") == 1 {
			return true
		}
	}
	return false
}

// eastHouseBefore26 returns where the house's part that ends at the comma
// at k starts, with a building's part before it ("Maison Aoyama 302, 6-11-16
// Ginza"), or -1: up to four words, each capitalised or holding a digit, one
// of them a number, a marker of an address counting as the house's part.
func eastHouseBefore26(s string, k int) int {
	if k > 0 && s[k-1] == ']' {
		if j := strings.LastIndex(s[:k], "[REDACTED:address]"); j >= 0 && j+len("[REDACTED:address]") == k {
			return j // a reader took the house's part
		}
		return -1
	}
	st := eastPartStart26(s, k)
	if st < 0 {
		return -1
	}
	// a building's part before: "Maison Aoyama 302, ", "The Sharp Apt 105-1507, "
	if st >= 2 && s[st-2] == ',' && s[st-1] == ' ' {
		if b := eastPartStart26(s, st-2); b >= 0 && hasDigitByte(s[b:st-2]) {
			st = b
		}
	}
	return st
}

// eastPartStart26 returns where the part ending at k starts: one to four
// words back, each capitalised or holding a digit, at least one a number
// (the house's, the block's: "6-11-16", "228", "105-1507"); or -1.
func eastPartStart26(s string, k int) int {
	p, start := k, -1
	digit := false
	for w := 0; w < 4; w++ {
		q := p
		for q > 0 && (isAlnum(s[q-1]) || s[q-1] == '-' || s[q-1] == '.' || s[q-1] == '\'') {
			q--
		}
		if q == p {
			break
		}
		word := s[q:p]
		if hasDigitByte(word) {
			digit = true
		} else if !isUpper(word[0]) {
			break
		}
		start = q
		if q < 2 || s[q-1] != ' ' || s[q-2] == ',' {
			break
		}
		p = q - 1
	}
	if !digit || start < 0 {
		return -1
	}
	return start
}

// eastCityAfter26 returns the end of the city's part after the ward's part
// that ends at we: ", City" or ", City-si" with its postcode ("Fukuoka
// 333-1813", "Hwaseong-si 43871"), or the ward's end when none follows.
func eastCityAfter26(s string, we int) int {
	if we+2 >= len(s) || s[we] != ',' || s[we+1] != ' ' || !isUpper(s[we+2]) {
		return we
	}
	c := we + 2
	e := c
	for e < len(s) && (isAlpha(s[e]) || s[e] == '-') {
		e++
	}
	if e-c < 3 {
		return we
	}
	// the postcode: 333-1813, 43871
	if e+1 < len(s) && s[e] == ' ' && isDigit(s[e+1]) {
		q := e + 1
		for q < len(s) && (isDigit(s[q]) || s[q] == '-') {
			q++
		}
		code := s[e+1 : q]
		if (len(code) == 8 && code[3] == '-' || len(code) == 5 && countDigits(code) == 5) && (q == len(s) || !isAlnum(s[q])) {
			return q
		}
	}
	return e
}
