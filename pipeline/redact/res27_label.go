package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An address after the word for "address", with or without a colon, as a
// buyer types it or a quoted-printable body's soft break leaves it: the word (address,
// adresse, adresa, indirizz…, cyfeiriad, cím, адрес, ที่อยู่… in a word
// of its own or glued to another: "piegādesadrese", "szállításicím"), up
// to two words in lower case after it ("adresa de livrare", "cyfeiriad
// danfon", "l-indirizz tal-kunsinna"), then a value that begins as an
// address by its parts in any script (res27AddressLen: a house number
// beside a word and a postcode after it, or a postcode and its town first:
// "0848 Győr, Petőfi utca 72."), up to its postcode or its town: what
// follows ("…, card 3540…") is not the address.

// addressStemsR27 are parts of the word for "address" (lower case).
var addressStemsR27 = []string{"address", "adres", "indirizz", "cyfeiriad", "cím", "osoite", "direcci", "endereç", "enderec",
	"anschrift", "адрес", "адреса", "ທີ່ຢູ່", "ที่อยู่", "địa chỉ", "地址", "住所", "주소", "כתובת", "عنوان", "آدرس", "पता", "ঠিকানা",
	"முகவரி", "ලිපිනය", "လိပ်စာ", "អាសយដ្ឋាន", "მისამართ", "հասցե"}

// mayHoldAddressWordR27 is the cheap test before addressWordSpansR27.
func mayHoldAddressWordR27(sig uint32, tp *textPairs) bool {
	if sig&sigDigit == 0 || sig&sigComma == 0 {
		return false
	}
	return tp.contains("ddress") || tp.contains("dres") || tp.contains("ndirizz") || tp.contains("yfeiriad") ||
		tp.contains("osoite") || tp.contains("irecci") || tp.contains("ndere") || tp.contains("nschrift") ||
		sig&sigHigh != 0
}

// addressWordSpansR27 returns the addresses after a word for "address" in s.
func addressWordSpansR27(s string, have []span) []span {
	var out []span
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return nil // (a case change that moved the bytes: read nothing)
	}
	for _, st := range addressStemsR27 {
		for off := 0; off < len(ls); {
			k := strings.Index(ls[off:], st)
			if k < 0 {
				break
			}
			k += off
			off = k + len(st)
			p := wordEndR27(s, k+len(st))
			// up to two lower-case words after it
			for w := 0; w < 2; w++ {
				if p+1 >= len(s) || s[p] != ' ' {
					break
				}
				q := p + 1
				for q < len(s) && s[q] == ' ' {
					q++
				}
				r, _ := utf8.DecodeRuneInString(s[q:])
				if !unicode.IsLower(r) {
					break
				}
				e := wordEndR27(s, q)
				if e == q || e-q > 20 {
					break
				}
				p = e
			}
			if p < len(s) && s[p] == ':' {
				p++
			}
			a := p
			for a < len(s) && (s[a] == ' ' || s[a] == '\n') {
				a++
			}
			if a == p || a >= len(s) || s[a] == '=' {
				continue
			}
			e := a
			for e < len(s) && e-a < 200 && strings.IndexByte("\n\";|<>{}[]\\", s[e]) < 0 {
				e++
			}
			for e > a && strings.IndexByte(" .,", s[e-1]) >= 0 {
				e--
			}
			if e-a < 8 || spanStartsR27(have, a) {
				continue
			}
			if n := res27AddressLen(s[a:e]); n > 0 {
				for n > 0 && s[a+n-1] == '.' {
					n--
				}
				if !overlapsAny(have, a, a+n) && !overlapsAny(out, a, a+n) {
					out = append(out, span{start: a, end: a + n, kind: KindAddress})
					off = a + n
				}
			}
		}
	}
	return out
}

// wordEndR27 returns where the word that holds p ends: letters, marks, '-'.
func wordEndR27(s string, p int) int {
	for p < len(s) {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' {
			break
		}
		p += n
	}
	return p
}
