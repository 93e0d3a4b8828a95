package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chat and live-support transcripts logged as one text put the speaker
// before each turn, after the turn's time:
//
//	[16:02] 조민준: 안녕하세요, 주문한 상품이 …
//	[16:03] Agent: …
//	[2026-10-17 16:04] Priya Nair: thanks
//	16:05 Lorenzo de Luca: grazie
//
// speakerSpans reads the speakers of a text that has two such turns or
// more (a dialogue, not one log line with a time): a speaker that names no
// role (agent, bot, system, buyer…) and is shaped as a name (capitalised
// words, a name's particles, or words of a script without case) is a
// person. The lines may be real or escaped in JSON (`\n`, `\\n`).

// speakerRoles are the words of a speaker label that name a role in a
// conversation with the shop: the label stays ("Agent", "Shop Support",
// "客服", "Chatbot"), and a text needs one such turn to be a conversation.
var speakerRoles = setOf("agent", "bot", "chatbot", "system", "support", "customer", "buyer", "seller", "shop", "store",
	"admin", "operator", "assistant", "staff", "cs", "service", "team", "me", "you", "auto", "autoreply", "merchant",
	"courier", "driver", "guest", "user", "visitor", "client", "cliente", "kunde", "klant", "pembeli", "penjual",
	"moderator", "host", "ai", "virtual", "helpdesk", "desk", "official", "care",
	"客服", "买家", "卖家", "系统", "顾客", "客户", "商家", "고객", "상담원", "판매자", "구매자", "시스템", "ลูกค้า", "แอดมิน",
	"người", "khách", "nhân", "hệ", "عميل", "الدعم", "النظام", "клиент", "оператор", "система", "поддержка")

// speakerNonPerson are the words of labels that are neither a person nor a
// party to a conversation: a log's levels and a record's fields, timed
// like turns.
var speakerNonPerson = setOf("note", "info", "warning", "error", "warn", "debug", "trace", "fatal", "notice", "critical",
	"err", "status", "order", "payment", "refund", "total", "amount", "date", "time", "type", "state", "result", "reason",
	"count", "message", "subject", "from", "to", "reply", "response", "request", "event", "job", "task", "step", "stage",
	"update", "delivery", "shipment", "tracking", "package", "parcel", "price", "stock", "item", "product", "sku", "cart",
	"checkout", "invoice", "return", "ticket", "case")

func mayHoldTranscript(s string, sig uint32) bool {
	return sig&sigColon != 0 && (sig&sigNL != 0 || sig&sigBackslash != 0 && strings.Contains(s, `\n`))
}

type speakerLabel struct{ a, b int }

func speakerSpans(s string) []span {
	var labels []speakerLabel
	turns, roles := 0, 0
	for p := 0; p < len(s); {
		if a, b, ok := speakerAt(s, p); ok {
			turns++
			switch {
			case a < 0:
				roles++
			case a < b:
				labels = append(labels, speakerLabel{a, b})
			}
		}
		nl := nextLine(s, p)
		if nl < 0 {
			break
		}
		p = nl
	}
	if turns < 2 || roles == 0 {
		return nil // one timed line, or timed lines of a log's components ("[10:00:01] Kafka Consumer: …"): no conversation with the shop
	}
	out := make([]span, 0, len(labels))
	for _, l := range labels {
		out = append(out, span{start: l.a, end: l.b, kind: KindName})
	}
	return out
}

// nextLine returns where the line after the one holding p starts (after a
// newline, or a newline escaped once or twice), or -1.
func nextLine(s string, p int) int {
	for i := p; i < len(s); i++ {
		switch {
		case s[i] == '\n':
			return i + 1
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == 'n':
			return i + 2
		case s[i] == '\\' && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'n':
			return i + 3
		case s[i] == '"':
			return i + 1 // a string's start: "[09:30] …" as a JSON value
		}
	}
	return -1
}

// speakerAt reads a turn's time and speaker at the start of a line: ok
// says a time and a label stand there; a < b is the label when it is a
// person's, a < 0 says the label names a conversation's role (both are
// turns; other labels are too, but kept).
func speakerAt(s string, p int) (a, b int, ok bool) {
	i := p
	bracket := i < len(s) && s[i] == '['
	if bracket {
		i++
		// a date before the time: "[2026-10-17 16:04]"
		if sp := strings.IndexByte(s[i:min(len(s), i+24)], ' '); sp > 0 && isDigit(s[i]) && strings.IndexByte(s[i:i+sp], ':') < 0 {
			i += sp + 1
		}
	}
	t := timeAt(s, i)
	if t == 0 {
		return 0, 0, false
	}
	i = t
	if bracket {
		if i >= len(s) || s[i] != ']' {
			return 0, 0, false
		}
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return 0, 0, false
	}
	i++
	a = i
	e := i
	for e < len(s) && e-a <= 48 && s[e] != ':' && s[e] != '\n' && s[e] != '\\' && !strings.ContainsRune("[]{}\"=/@#|<>0123456789", rune(s[e])) {
		e++
	}
	if e >= len(s) || e == a || s[e] != ':' || e+1 < len(s) && s[e+1] != ' ' && s[e+1] != '\\' && s[e+1] != '\n' {
		return 0, 0, false
	}
	b = e
	for b > a && s[b-1] == ' ' {
		b--
	}
	switch person, role := speakerIsPerson(s[a:b]); {
	case role:
		return -1, 0, true
	case !person:
		return 0, 0, true
	}
	return a, b, true
}

// timeAt returns the end of a time "H:MM" or "HH:MM[:SS]" at i, or 0.
func timeAt(s string, i int) int {
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	if j == i || j+2 >= len(s) || s[j] != ':' || !isDigit(s[j+1]) || !isDigit(s[j+2]) {
		return 0
	}
	j += 3
	if j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
		j += 3
	}
	return j
}

// speakerIsPerson reports a label of one to four words, none of them a
// role's or a record's, each capitalised, a name's particle, or of a script
// without case; role, a label with a conversation's role in it.
func speakerIsPerson(l string) (person, role bool) {
	words := strings.Fields(l)
	if len(words) == 0 || len(words) > 4 {
		return false, false
	}
	var buf [48]byte
	caps, shout := 0, 0
	for _, w := range words {
		if len(w) >= 2 && strings.ToUpper(w) == w && w[0] < 0x80 {
			shout++ // "INFO", "HTTP": a level or a code, unless the name has another word
		}
		lw := string(lower(buf[:0], strings.Trim(w, ".,")))
		if speakerRoles[lw] {
			return false, true
		}
		if speakerNonPerson[lw] || stopNouns[lw] {
			return false, false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < 0x80 && isUpper(byte(r)):
			caps++
		case r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++
		case particles[w]:
		default:
			return false, false
		}
	}
	return caps > 0 && shout < len(words), false
}
