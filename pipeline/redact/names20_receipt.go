package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A delivery receipt, a proof of delivery or a label printed as text names
// who took the parcel on a line of its own, after the carrier's words for
// "received by" or "recipient" and without a colon ("received by Ms …",
// "převzal(a) …", "átvette …", "签收人 …"), and writes where on the line
// under it, as an envelope does: "DELIVERY RECEIPT 1Z…\nsaņēma …\nTērbatas
// iela 152-36, Ventspils, LV-4986\n26.06.2026  04:39:45". Once the name on
// such a line has been found, the line under it is that person's address
// when it reads as one (labelBlockStreet, address15_block.go), and the
// line after that continues it when it is a town or a postcode line; a
// date, a time, an id or a labelled line ends the block. labelBlockSpans
// reads the same block under "label: name".

// handoverWords20 are the words, lower case and trimmed, that open a line
// naming who received, signed for or is to receive a parcel, beyond the
// intros19 and roleWords19 of names19_words.go.
var handoverWords20 = []string{
	"received by", "signed by", "signed for by", "delivered to", "handed to", "handed over to", "collected by",
	"picked up by", "accepted by", "recipient", "consignee", "addressee", "ship to", "deliver to", "attn", "attn.",
	"c/o", "care of", "empfänger", "empfangen von", "zugestellt an", "übergeben an", "destinataire", "remis à",
	"reçu par", "destinatario", "destinatária", "destinatário", "recibido por", "recebido por", "ricevuto da",
	"consegnato a", "ontvangen door", "afgeleverd bij", "ontvanger", "odbiorca", "odebrał", "odebrała",
	"příjemce", "prevzal", "átvevő", "címzett", "primitor", "destinatar", "alıcı", "teslim alan", "penerima",
	"diterima oleh", "người nhận", "получатель", "получил", "одержувач", "отримувач", "отримав", "παραλήπτης",
	"المستلم", "استلمها", "נמען", "收件人", "收货人", "收貨人", "签收人", "簽收人", "受取人", "수령인", "받는 분",
}

// handoverSet20 holds handoverWords20, intros19 and roleWords19, trimmed
// and lower case.
var handoverSet20 = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range [][]string{handoverWords20, intros19, roleWords19} {
		for _, w := range l {
			m[strings.ToLower(strings.TrimSpace(w))] = true
		}
	}
	return m
}()

// receiptTitles20 are the titles written between the words and the name
// ("received by Ms …", "kätte saanud Dr …").
var receiptTitles20 = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "m", "mme", "mlle",
	"sr", "sra", "srta", "sig", "sig.ra", "dott", "dhr", "mevr", "pan", "pani", "κ", "κα", "г-н", "г-жа")

// mayHoldReceiptBlock20 is receiptBlockSpans20's cheap test: a line break
// (raw or escaped) and a name found.
func mayHoldReceiptBlock20(sig uint32, have []span) bool {
	if sig&(sigNL|sigBackslash) == 0 {
		return false
	}
	for _, sp := range have {
		if sp.kind == KindName {
			return true
		}
	}
	return false
}

// receiptBlockSpans20 returns the address lines under the lines of s that
// name, after a word of handoverSet20, a person among have.
func receiptBlockSpans20(s string, have []span) []span {
	var lines []blockLine
	var out []span
	for _, sp := range have {
		if sp.kind != KindName || sp.end > len(s) {
			continue
		}
		if lines == nil {
			lines = labelBlockLines(s)
		}
		i := lineOf(lines, sp.start)
		if i < 0 || i+1 >= len(lines) || !handoverNameLine20(s, lines[i], sp) {
			continue
		}
		out = append(out, receiptBelow20(s, lines, i)...)
	}
	return out
}

// handoverNameLine20 reports a line that is a word of handoverSet20, a
// title perhaps, and the name sp, which ends it.
func handoverNameLine20(s string, l blockLine, sp span) bool {
	if sp.start < l.a || sp.end > l.b || strings.TrimRight(s[sp.end:l.b], " .") != "" {
		return false
	}
	lead := strings.TrimSpace(s[l.a:sp.start])
	if lead == "" || len(lead) > 48 || countDigits(lead) > 0 {
		return false
	}
	lead = strings.TrimRight(lead, ":：- ")
	if sp := strings.LastIndexByte(lead, ' '); sp > 0 && receiptTitles20[strings.ToLower(strings.TrimRight(lead[sp+1:], "."))] {
		lead = strings.TrimSpace(lead[:sp])
	}
	return handoverSet20[strings.ToLower(lead)]
}

// receiptBelow20 returns the address under the name line i: the next line
// when it reads as a street (labelBlockStreet), and up to two lines after
// it that continue it (a town, a postcode, a district), up to a date, a
// time, an id, a labelled or a reference line.
func receiptBelow20(s string, lines []blockLine, i int) []span {
	var out []span
	for k := i + 1; k <= i+3 && k < len(lines); k++ {
		l := lines[k]
		v := s[l.a:l.b]
		if l.b <= l.a || labelled(v) || isBlockHeading(v) || referenceLine(v) || strings.Contains(v, "[REDACTED:") ||
			strings.Contains(v, "[HASH:") || companyName(v) || !hasLetter20(v) || clockIn20(rawLine20(s, l.a)) || dateAhead(s, l.a) || monthDate20(v) {
			break
		}
		if len(out) == 0 {
			if !cellAddress18(v) && !cjkBlockAddress18(v) && !hanStreetLine20(v) && !(labelBlockStreet(v) && houseOrStreet20(v)) {
				break
			}
		} else if !addressLine(v) || !escapedBlockLine(v) || idLine(v) {
			break
		}
		out = append(out, span{start: l.a, end: l.b, kind: KindAddress})
	}
	return out
}

// houseOrStreet20 reports a line whose first part (up to a comma) holds a
// number, or that names a street by its type: a street with its house
// number ("Tartu pst 147-27, …", "180, Infantry Marg, …", "9082 Debrecen,
// Dózsa György út 42."), not a firm beside its town ("Kühne + Nagel,
// Hamburg 20457").
func houseOrStreet20(v string) bool {
	first := v
	if c := strings.IndexAny(v, ",،，"); c >= 0 {
		first = v[:c]
	}
	if countDigits(first) > 0 {
		return true
	}
	for _, f := range strings.Fields(v) {
		if streetTypeToken(strings.TrimRight(f, ".,،")) {
			return true
		}
	}
	return false
}

// hasLetter20 reports a letter in v: a line of digits and separators alone
// is a date, a time or an id.
func hasLetter20(v string) bool {
	for _, r := range v {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// clockIn20 reports a time of day in v ("18:24:12", "9:05").
func clockIn20(v string) bool {
	for p := 1; p+1 < len(v); p++ {
		if v[p] == ':' && isDigit(v[p-1]) && isDigit(v[p+1]) {
			return true
		}
	}
	return false
}

// rawLine20 returns the text of s from a to the end of its line (a line
// break, raw or escaped), whatever its columns.
func rawLine20(s string, a int) string {
	e := a
	for e < len(s) && e-a < 200 && s[e] != '\n' && s[e] != '\r' && !(s[e] == '\\' && e+1 < len(s) && s[e+1] == 'n') {
		e++
	}
	return s[a:e]
}

// monthDate20 reports a date written with its month's English name and a
// year ("6 Dec 2026", "Mar 28, 2026").
func monthDate20(v string) bool {
	month, year := false, false
	for _, f := range strings.Fields(v) {
		f = strings.TrimRight(f, ".,")
		if len(f) >= 3 && monthNames20[strings.ToLower(f[:3])] && (len(f) == 3 || isAlpha(f[3])) {
			month = true
		}
		if len(f) == 4 && countDigits(f) == 4 && (f[:2] == "19" || f[:2] == "20") {
			year = true
		}
	}
	return month && year
}

var monthNames20 = setOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

// hanStreetLine20 reports a line of Chinese written as an address is, in
// one piece: a street's or a road's sign (街, 路, 道, 巷, 里) before a number
// that the house's sign follows (号, 號), as Hong Kong, Taiwan and the
// mainland write them ("荃灣英皇街146號1樓B室", "人民路27号").
func hanStreetLine20(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.Is(unicode.Han, r) || utf8.RuneCountInString(v) > 60 || strings.IndexByte(v, ' ') >= 0 {
		return false
	}
	d := strings.IndexAny(v, "0123456789")
	if d < 0 || !strings.ContainsAny(v[:d], "街路道巷里") {
		return false
	}
	e := d
	for e < len(v) && isDigit(v[e]) {
		e++
	}
	return strings.HasPrefix(v[e:], "号") || strings.HasPrefix(v[e:], "號")
}

// Who signed for a parcel is as often a post as a person: "signed by
// SECURITY GUARD", "received by Front Office", "reçu par Accueil". A run
// after a handover phrase whose every word is a word of receiptRoles20 is
// that post, no name (personName, word.go).

// receiptRoles20 are the words of the posts and places that take parcels
// for a building's people, lower case, in the shops' languages.
var receiptRoles20 = setOf("security", "guard", "guards", "front", "office", "desk", "reception", "receptionist",
	"concierge", "doorman", "doorkeeper", "porter", "porters", "lodge", "mailroom", "mail", "room", "post",
	"neighbour", "neighbor", "neighbours", "neighbors", "lobby", "caretaker", "janitor", "gatehouse", "gate",
	"building", "site", "management", "manager", "staff", "team", "the", "at", "main", "school", "store", "shop",
	"accueil", "gardien", "gardienne", "loge", "voisin", "voisine", "rezeption", "pförtner", "nachbar",
	"nachbarin", "empfang", "pforte", "recepción", "recepcion", "conserje", "portería", "porteria", "vecino",
	"vecina", "portaria", "porteiro", "vizinho", "vizinha", "reception-desk", "receptie", "portier", "buren",
	"buurman", "buurvrouw", "portineria", "portinaio", "vicino", "vicina", "recepcja", "portiernia", "sąsiad",
	"recepce", "vrátnice", "soused", "sousedka", "portár", "recepció", "szomszéd", "resepsiyon", "güvenlik",
	"komşu", "resepsionis", "satpam", "tetangga", "bảo", "vệ", "lễ", "tân")

// receiptRole20 reports a run of words that names a post, not a person.
func receiptRole20(v string) bool {
	fs := strings.Fields(v)
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		if !receiptRoles20[strings.ToLower(strings.Trim(f, ".,"))] {
			return false
		}
	}
	return true
}
