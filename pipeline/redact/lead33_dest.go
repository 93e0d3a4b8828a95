package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A buyer's note says where to leave or send a parcel in the words of a
// note, not of a form: "leave at …", "drop it off at …", "send the
// replacement to …", "moved to … last month", "abstellen bei …", "dejar en
// …", "deixar na …", "envoyer à …", "antar ke …", "lämna vid …". Such a
// phrase opens an address as the delivery requests of destPhrases14 do,
// and dest14Spans reads what follows it the same way: an address when it
// begins as one and holds a house number within its first words
// (dest14Reads), so "leave at the door", "moved to production 2 days ago"
// and "send it to the team" stay.
//
// The same notes are typed in lower case ("leave at schillerweg 90, 3. og
// links, 01413 würzburg"): dest33Lower reads such an address when a street
// type stands within its first words.
var destPhrases33 = []string{
	// English: leave, drop, resend, moving house
	"leave at ", "leave it at ", "leave them at ", "leave parcel at ", "leave the parcel at ", "leave package at ",
	"leave the package at ", "drop at ", "drop it at ", "drop it off at ", "drop off at ", "drop-off at ",
	"send the replacement to ", "send a replacement to ", "send replacement to ", "send the new one to ",
	"resend to ", "reship to ", "re-ship to ", "redeliver to ", "deliver at ", "moved to ", "we moved to ",
	"i moved to ", "we've moved to ", "i've moved to ", "my new address is ", "new address is ", "the address is ",
	"my address is ", "forward to ",
	// German, Dutch, Swedish, Danish, Norwegian
	"abstellen bei ", "abstellen an ", "abgeben bei ", "hinterlegen bei ", "umgezogen nach ", "umgezogen in ",
	"neue adresse ist ", "schicken an ", "senden an ", "afleveren bij ", "afleveren op ", "achterlaten bij ",
	"verhuisd naar ", "sturen naar ", "lämna vid ", "lämna på ", "skicka till ", "flyttat till ", "flyttade till ",
	"lever på ", "send til ", "flyttet til ",
	// Romance languages
	"dejar en ", "dejarlo en ", "déjelo en ", "enviar a ", "enviarlo a ", "mandar a ", "me mudé a ", "nos mudamos a ",
	"enviar para ", "mandar para ", "deixar em ", "deixar na ", "deixar no ", "entregar em ", "entregar na ",
	"entregar no ", "mudei para ", "mudamos para ", "envoyer à ", "envoyer au ", "déposer à ", "déposer au ",
	"laisser à ", "laisser au ", "livrer chez ", "j'ai déménagé au ", "j'ai déménagé à ", "nous avons déménagé au ",
	"lasciare a ", "lasciare in ", "lasciare presso ", "spedire a ", "spedire in ", "inviare a ", "inviare in ",
	"consegnare in ", "mi sono trasferito a ", "mi sono trasferita a ", "trimiteți la ", "lăsați la ",
	// Indonesian, Malay, Filipino, Turkish, Polish, Czech, Hungarian
	"antar ke ", "antarkan ke ", "kirimkan ke ", "tinggalkan di ", "taruh di ", "titip di ", "pindah ke ",
	"hantar ke ", "iwan sa ", "ipadala sa ", "lipat na sa ", "zostawić pod ", "zostawić przy ", "zostawcie pod ", "wysłać na ", "przeprowadziłem się na ",
	"przeprowadziłam się na ", "nechte na ", "pošlete na ", "küldjék ide ", "küldjék: ", "hagyják itt: ",
	// Cyrillic, Greek
	"оставьте у ", "оставить у ", "доставьте в ", "доставьте на ", "переехал на ", "переехала на ",
	"залиште біля ", "переїхав на ", "αφήστε στο ", "στείλτε στη ", "στείλτε στο ", "μετακόμισα στη ",
}

func init() {
	have := setOf(destPhrases...)
	for _, w := range destPhrases33 {
		if have[w] {
			continue
		}
		have[w] = true
		dest14Own[w] = true // read by dest14Spans (address14_dest.go)
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
			dest14Own[string(unicode.ToUpper(r))+w[n:]] = true
		}
		destPhrases = append(destPhrases, w)
	}
	destIndex = newPhraseIndex(destPhrases)
}

// dest33Lower reports an address typed in lower case after a delivery
// phrase (dest14Reads reads one that begins as a name does): its first
// word is a street's type or a street fused with it ("calle del pez, 129",
// "schillerweg 90"), or a unit's word and its number ("flat 605, 195 park
// street"), or its second word is a street's type ("park street 12",
// "gül sok. no: 31"), or its first part is the town and a street's type
// follows ("debrecen, rákóczi út 2c"); and a house number stands within
// its first seven words. "leave at the door 2 times" and "leave at
// reception, floor 3" stay, and so does "moved to row 5": a street's type
// before a number is a line's or a queue's.
func dest33Lower(v string) bool {
	var wb [8]string
	fs := firstFields33(v, &wb)
	if len(fs) < 2 {
		return false
	}
	w0, w1 := strings.TrimRight(fs[0], ",.:"), strings.TrimRight(fs[1], ",.:")
	if w0 == "" || w1 == "" {
		return false
	}
	if isDigit(w0[0]) {
		return dest33NumberFirst(fs)
	}
	r, _ := utf8.DecodeRuneInString(fs[0])
	if !unicode.IsLower(r) {
		return false
	}
	switch {
	case dest33Fused(w0), dest33Street(w0) && !isDigit(w1[0]), dest33Units[w0] && numberToken(w1), !hasDigitByte(w0) && dest33Street(w1),
		!hasDigitByte(w0) && strings.HasSuffix(fs[1], ".") && addrToken(fs[1]): // "cumhuriyet mah. no: 163"
	case strings.HasSuffix(fs[0], ",") && dest33LowerHead(v):
	default:
		return false
	}
	for i, f := range fs {
		if i >= 7 {
			break
		}
		if f = strings.TrimRight(f, ",."); i > 0 && f != "" && isDigit(f[0]) && numberToken(f) && !dest14Clock(f) {
			return true
		}
	}
	return false
}

// dest33Units are the unit words a lower-case address may begin with.
var dest33Units = setOf("flat", "apt", "unit", "blk", "block", "house", "suite", "ste", "room", "lot", "lgh", "apto", "appt")

// dest33Street reports a street's type, in any script, or a street fused
// with its type and typed in lower case.
func dest33Street(w string) bool {
	return w != "" && !hasDigitByte(w) && (streetTypeToken(w) || streetHeadWord(w) || dest33Fused(w))
}

// dest33Fused reports a street name fused with its type and typed in lower
// case ("schillerweg", "lindenstraße", "järnvägsgatan"): streetWordToken
// reads the same word capitalised.
func dest33Fused(f string) bool {
	r, n := utf8.DecodeRuneInString(f)
	if len(f) < 6 || !unicode.IsLower(r) {
		return false
	}
	var buf [48]byte
	if len(f) > len(buf)-4 {
		return false
	}
	b := utf8.AppendRune(buf[:0], unicode.ToUpper(r))
	b = append(b, f[n:]...)
	return streetWordToken(string(b)) || len(f) >= 7 && strings.HasSuffix(f, "str") // "bahnhofstr. 72"
}

// dest33LowerHead reports an address typed in lower case whose first part
// is its town ("debrecen, rákóczi út 2c"): siteHead18 would read that
// part as a place of the seller's own, but a street follows it.
func dest33LowerHead(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsLower(r) {
		return false
	}
	c := strings.IndexByte(v, ',')
	if c < 0 || hasDigitByte(v[:c]) || strings.IndexByte(v[:c], ' ') >= 0 {
		return false
	}
	return dest33StreetAfter(v[c:])
}

// dest33StreetAfter reports a street type within the first three words of
// t after its leading commas and spaces.
func dest33StreetAfter(t string) bool {
	t = strings.TrimLeft(t, ", ")
	for i := 0; i < 3 && t != ""; i++ {
		w, rest, _ := strings.Cut(t, " ")
		if dest33Street(strings.TrimRight(w, ",.")) {
			return true
		}
		t = rest
	}
	return false
}

// dest33Floors are the floor words written after a storey's number and its
// full stop ("3. OG links", "88. 0. em.", "2. sal", "4. piętro").
var dest33Floors = setOf("og", "eg", "ug", "dg", "obergeschoss", "stock", "etage", "em", "emelet", "sal", "piętro",
	"p", "kat", "krs", "kerros", "vån", "tv", "th", "mf", "sz", "ajtó")

// dest33FloorAfter reports a full stop at p after a number that goes on
// to a floor: a floor word, or one more number with its stop before one
// ("0. em.").
func dest33FloorAfter(s string, p int) bool {
	if p+2 >= len(s) || s[p+1] != ' ' {
		return false
	}
	q := p + 2
	e := q
	for e < len(s) && e-q < 16 && s[e] != ' ' && s[e] != '.' && s[e] != ',' {
		e++
	}
	if e == q {
		return false
	}
	w := s[q:e]
	if hasDigitByte(w) {
		return len(w) <= 2 && e+1 < len(s) && s[e] == '.' && dest33FloorAfter(s, e)
	}
	var buf [16]byte
	return dest33Floors[string(lower(buf[:0], w))]
}

// dest33FloorEnd reports a floor word t at b, with its full stop, after a
// storey's number and its own ("… 88. 0. em."): the address ends there.
func dest33FloorEnd(s string, k, b int, t string) bool {
	var buf [16]byte
	if len(t) > len(buf) || !dest33Floors[string(lower(buf[:0], t))] || b < k+3 || s[b-1] != ' ' || s[b-2] != '.' || !isDigit(s[b-3]) {
		return false
	}
	return true
}

// dest33BlockLot reports "lot" at p after a block's number ("Blk 7 Lot 6,
// Rizal Ave"): a lot of a subdivision, not a batch's reference.
func dest33BlockLot(s string, p int) bool {
	q := p - 1
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	d := q
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == q || d < 2 || s[d-1] != ' ' {
		return false
	}
	w := s[:d-1]
	return foldSuffix(w, " blk") || foldSuffix(w, " block") || foldSuffix(w, " blk.") || len(w) == 3 && strings.EqualFold(w, "blk")
}

// destPostpositions33 close an address written before them in Japanese,
// Chinese and Korean notes ("…, Selangorへ送ってください", "…寄到" is
// written before, "…로 배달해 주세요").
var destPostpositions33 = []string{"へ送って", "へお送り", "まで送って", "へ届けて", "宛に送", "로 배달", "으로 배달"}

func init() {
	have := setOf(destPostpositions...)
	for _, w := range destPostpositions33 {
		if !have[w] {
			destPostpositions = append(destPostpositions, w)
		}
	}
	for _, w := range []string{"it", "is", "was", "were", "will", "when", "if", "because", "but", "about", "before",
		"after", "until", "asap", "today", "tomorrow", "tonight", "yesterday", "since", "instead", "wegen", "weil",
		"wenn", "schicken", "senden", "porque", "cuando", "hasta", "mañana", "hoy", "quando", "amanhã", "hoje",
		"quand", "demain", "svp", "besok", "sebelum", "setelah", "last"} {
		dest14Stops[w] = true // "… leave at Váci utca 16 it was in March": the note goes on (address14_dest.go)
	}
}

// fullStop33 reports a sentence's or a clause's end in a full-width sign
// at the end of s ("！", "？", "，", "、", "："), where an address written
// before a postposition starts after it.
func fullStop33(s string) bool {
	for _, p := range [...]string{"！", "？", "，", "、", "："} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// dest33Province reports an Italian or Spanish province's code in brackets
// at p, after a town ("… 57810 bologna (bo)"): it belongs to the address.
func dest33Province(s string, k, p int) bool {
	return p > k+6 && p+3 < len(s) && s[p-1] == ' ' && isAlpha(s[p+1]) && isAlpha(s[p+2]) && s[p+3] == ')' &&
		(p+4 == len(s) || !isAlnum(s[p+4])) && isAlpha(s[p-2])
}

// dest33NumberFirst reports an address typed in lower case that begins
// with its house number or its postcode: "216, brigade road, mumbai",
// "60 adeola odeku street", "44 maple ave apt 2b", "4413 pécs, rákóczi út
// 57", "98252 görlitz, bahnhofstr. 72". A street's type stands within the
// next four words, in lower case, and no word before it is a unit's,
// a count's, a time's or a word of a sentence ("2 days", "5 pm on the
// way home", "3 people on the street").
func dest33NumberFirst(fs []string) bool {
	if !numberToken(fs[0]) || dest14Clock(strings.TrimRight(fs[0], ",.")) {
		return false
	}
	for i := 1; i < len(fs) && i <= 4; i++ {
		w := strings.TrimRight(fs[i], ",.")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLower(r) {
			return false
		}
		var buf [16]byte
		if len(w) <= len(buf) && (dest14Units[string(lower(buf[:0], w))] || destStops[w] || dest14Stops[w] || dest33Function[w]) {
			return false
		}
		if dest33Street(w) && (i > 1 || len(fs) > 2) {
			return true
		}
	}
	return false
}

// dest33Names are the words of dest33Function after which a note names a
// person ("… 62704 for Ana Ruiz"): an address read on over them took the
// name with it, so they do not end one.
var dest33Names = setOf("for", "from", "to", "with", "by", "per", "my", "his", "her", "their", "your", "our")

// dest33Function are words of a sentence that no street's name holds
// before its type.
var dest33Function = setOf("on", "the", "of", "in", "at", "to", "for", "with", "and", "or", "a", "an", "pm", "am",
	"my", "your", "our", "his", "her", "their", "this", "that", "from", "by", "per", "people", "times", "more", "other",
	"min", "mins", "hrs", "sec")

// firstFields33 splits v at spaces into its first eight words, kept in
// buf, without allocating (fields8 gives none for a longer v).
func firstFields33(v string, buf *[8]string) []string {
	ws := buf[:0]
	for len(ws) < len(buf) {
		v = strings.TrimLeft(v, " ")
		if v == "" {
			break
		}
		w, rest, _ := strings.Cut(v, " ")
		ws = append(ws, w)
		v = rest
	}
	return ws
}

// dest33SentenceOn reports a measure, or a word of a sentence in lower case
// (the, my, on, …) at p right after a number: a lower-case address ended at its
// postcode or house number and the note goes on ("… wa 1626 the code is
// …"). A capitalised one may be a street's ("1 The Green").
func dest33SentenceOn(s string, p int, t string) bool {
	if dest33Measure(t) {
		return true // "… 10.953s", "2.5kg": a duration or a weight, no part of an address
	}
	return p >= 2 && s[p-1] == ' ' && isDigit(s[p-2]) && dest33Function[t] && !dest33Names[t]
}

// dest33Measure reports a decimal number with its unit's letters ("10.953s",
// "2.5kg", "0.8ms").
func dest33Measure(t string) bool {
	i := strings.IndexByte(t, '.')
	if i < 1 || i+2 >= len(t) || !isDigit(t[i-1]) || !isDigit(t[i+1]) || !isAlpha(t[len(t)-1]) {
		return false
	}
	for j := 0; j < len(t); j++ {
		if c := t[j]; !isDigit(c) && c != '.' && !isAlpha(c) {
			return false
		}
	}
	return true
}

// dest33UnitThenStreet reports the rest of an address after its unit that
// another reader took ("flat 605" of "flat 605, 195 park street, …"): a
// house number, then a street's type within three words.
func dest33UnitThenStreet(t string) bool {
	t = strings.TrimLeft(t, ", ")
	n, rest, _ := strings.Cut(t, " ")
	return n != "" && isDigit(n[0]) && numberToken(n) && !strings.HasSuffix(n, ",") && dest33StreetAfter(rest)
}
