package redact

import "strings"

// A street standing alone in a column of a person's record: a fixed-width
// ERP export ("361276693731        Jan Fake           ul. Fakowa 26/35
// 514 166 465 …"), a tab-separated row ("…\tFakeşe Sokak No:169 D:39,
// Çankaya, Bursa\t2026-10-12"), often only the street's name ("Calle de
// Fakelá", "ул. Фейковая"). addressByParts wants two parts or two street
// words; a column gives one. In a row where another reader already found
// the person (a name, a phone, an e-mail), a cell that is a street (a street
// word and capitalised words, with or without its number) is the address.

// mayHoldStreetCells is the cheap test: a tab (the scanner's note) or three
// spaces in a row.
func mayHoldStreetCells(s string, sig uint32, tp *textPairs) bool {
	return sig&sigTab != 0 || tp.contains("   ")
}

// streetCellSpans returns the street cells of rows that hold a span of have.
func streetCellSpans(s string, have []span) []span {
	var out []span
	for a := 0; a < len(s); {
		e := strings.IndexByte(s[a:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += a
		}
		if personInRow(have, a, e) {
			out = append(out, rowStreetCells(s, a, e, have)...)
		}
		a = e + 1
	}
	return out
}

// personInRow reports a name, phone or e-mail found in s[a:e].
func personInRow(have []span, a, e int) bool {
	for _, x := range have {
		if x.start < e && x.end > a && (x.kind == KindName || x.kind == KindPhone || x.kind == KindEmail) {
			return true
		}
	}
	return false
}

// rowStreetCells splits the row s[a:e] at tabs and runs of three spaces or
// more and returns the cells that read as a street.
func rowStreetCells(s string, a, e int, have []span) []span {
	var cells [][2]int
	for p := a; p < e; {
		q := p
		for q < e && s[q] != '\t' && !(s[q] == ' ' && q+2 < e && s[q+1] == ' ' && s[q+2] == ' ') {
			q++
		}
		b := q
		for b > p && (s[b-1] == ' ' || s[b-1] == '\r') {
			b--
		}
		if b > p {
			cells = append(cells, [2]int{p, b})
		}
		for q < e && (s[q] == ' ' || s[q] == '\t') {
			q++
		}
		p = q
	}
	if len(cells) < 3 {
		return nil // an indented line, a label and its value: no row
	}
	var out []span
	for _, c := range cells {
		if !overlapsAny(have, c[0], c[1]) && streetCell(s[c[0]:c[1]]) {
			out = append(out, span{start: idCellsBefore31(s, c[0], c[1]), end: c[1], kind: KindAddress}) // (dm31_ids.go)
		}
	}
	return out
}

// streetCell reports a cell that is a street: its name alone ("Calle de
// Fakelá", "ul. Fakowa"), or a street that begins as an address and has its
// number ("ul. Fakowa 26/35", "Fakeşe Sokak No:169 D:39, Çankaya").
func streetCell(v string) bool {
	if len(v) < 6 || len(v) > 120 || strings.ContainsAny(v, "@=") || strings.Contains(v, "://") {
		return false
	}
	return !quantityIn(v) && (streetNameLine(v) || labelBlockStreet(v))
}

// quantityIn reports a quantity of goods ("x2", "3x", "×4"): a line of an
// order ("Park Avenue Tote Bag x2"), whatever words it holds.
func quantityIn(v string) bool {
	for _, f := range strings.Fields(v) {
		f = strings.TrimRight(f, ",.")
		n := ""
		switch {
		case strings.HasPrefix(f, "x"), strings.HasPrefix(f, "×"):
			n = strings.TrimPrefix(strings.TrimPrefix(f, "x"), "×")
		case strings.HasSuffix(f, "x"):
			n = strings.TrimSuffix(f, "x")
		}
		if n != "" && len(n) <= 4 && countDigits(n) == len(n) {
			return true
		}
	}
	return false
}

// A fraud or audit note lists the addresses an account used after a word
// for "addresses" and "including": "3 addresses incl. ул. Фейковая-Садовая;
// phone …", "addresses used: Am Fakenteich 65", "Adressen inkl. …". What
// follows, up to ';', a bracket, a quote or the line's end, is an address
// when it reads as a street or begins as an address with its number.
var addressListWords = []string{"addresses incl. ", "addresses including ", "addresses e.g. ", "addresses such as ",
	"addresses used: ", "addresses: ", "Adressen inkl. ", "Adressen, u.a. ", "adresses dont ", "direcciones incl. ",
	"direcciones, incl. ", "endereços incl. ", "indirizzi incl. ", "adresów, m.in. ", "адреса, в т.ч. ", "адресов, включая ",
	"adres, w tym "}

// mayHoldAddressList is the cheap test: the plural's stem in English,
// German, French, Spanish, Portuguese, Italian, Polish or Russian ("dres"
// is in "addresses", "Adressen", "adresów"; high: the scanner saw bytes
// beyond ASCII).
func mayHoldAddressList(s string, high bool, tp *textPairs) bool {
	return tp.contains("dres") || tp.containsAt("ireccion", 3) || tp.containsAt("ndirizz", 5) ||
		high && (tp.contains("ndereç") || tp.contains("адрес"))
}

// addressListSpans returns the addresses after addressListWords and
// bareAddressWords.
func addressListSpans(s string, have []span) []span {
	var out []span
	for _, w := range addressListWords {
		for p := 0; ; {
			i := strings.Index(s[p:], w)
			if i < 0 {
				break
			}
			k := p + i + len(w)
			p = k
			e := k
			for e < len(s) && e-k < 160 && strings.IndexByte(";|()[]\"\\\n", s[e]) < 0 {
				e++
			}
			e = trimAddrEnd(s, k, e)
			if v := s[k:e]; e > k && (streetCell(v) || dest14Reads(v) || addressByParts(v)) {
				out = append(out, span{start: k, end: e, kind: KindAddress})
			}
		}
	}
	return sortSpans(append(out, bareAddressSpans(s, have)...))
}

// A buyer's message names its address with the bare word and no colon:
// "Здравствуйте, адрес 630053, Новосибирск, ул. Фейковая, д. 78, кв. 7 pls
// deliver …", "Dzień dobry, adres os. Fakeczne 86 m. 36, 30-160 Kraków …".
// What follows the word, to its clause's end (dest14End), is the address
// when it reads as one by its parts and no other reader took it (that one
// knew where it ends); "address 10.0.0.1", "address validation failed" do
// not.
var bareAddressWords = []string{"address ", "adres ", "Adresse ", "adresse ", "dirección ", "endereço ", "indirizzo ", "адрес ", "Адрес "}

// bareAddressSpans returns the addresses right after bareAddressWords.
func bareAddressSpans(s string, have []span) []span {
	var out []span
	for _, w := range bareAddressWords {
		for p := 0; ; {
			i := strings.Index(s[p:], w)
			if i < 0 {
				break
			}
			i += p
			k := i + len(w)
			p = k
			if i > 0 && strings.IndexByte(" ,.!\"'(\n", s[i-1]) < 0 {
				continue // "ip_address ", "emailadres "
			}
			e := dest14End(s, k, 0)
			if v := s[k:e]; e > k && dest14Free(s, have, k, e) && (addressByParts(v) || labelBlockStreet(v) && strings.Contains(v, ", ")) {
				out = append(out, span{start: k, end: e, kind: KindAddress})
			}
		}
	}
	return out
}
