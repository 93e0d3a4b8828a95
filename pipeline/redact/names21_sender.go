package redact

import "strings"

// The sender of a message before a colon. Helpdesks, CRMs and the
// retrieval chunks built from them head a customer's message with what it
// is and who wrote it: "Ticket 4021 from Jane Roe: parcel … not
// delivered", "New message from Jane Roe: …", "Email von Jana Nováková:
// …", "Mensaje de Ana López: …". A run shaped as a person's name (no
// company, team or goods word: fromAskName19) between "from" (or its
// equivalent) and a colon is the person when the clause before it opens
// with a word for a message, a ticket or a call and the text holds other
// PII (a span or a marker), as a customer's message quoted in full does.

// senderPreps21 are the words for "from" before a sender, with spaces.
var senderPreps21 = []string{" from ", " From ", " von ", " de ", " da ", " fra ", " från ", " od ", " van "}

// messageNouns21 are the words for a message, a ticket or a call that
// open the clause a sender's name closes.
var messageNouns21 = setOf("ticket", "tickets", "message", "messages", "msg", "email", "e-mail", "mail", "complaint",
	"request", "case", "chat", "call", "voicemail", "note", "review", "feedback", "reply", "response", "comment",
	"enquiry", "inquiry", "question", "dispute", "claim", "return", "refund", "sms", "text", "letter", "escalation",
	"conversation", "thread", "issue", "nachricht", "anfrage", "beschwerde", "reklamation", "mensaje", "mensagem",
	"messaggio", "reclamo", "reclamação", "reclamacao", "solicitud", "solicitação", "richiesta", "demande",
	"réclamation", "reclamation", "courriel", "besked", "meddelande", "melding", "viesti", "wiadomość", "wiadomosc",
	"zgłoszenie", "zgloszenie", "bericht", "klacht")

// mayHoldSender21 is the cheap test before senderNameSpans21.
func mayHoldSender21(s string, found bool) bool {
	return found && strings.IndexByte(s, ':') > 0
}

// senderNameSpans21 returns the senders' names in s.
func senderNameSpans21(s string) []span {
	var out []span
	for _, prep := range senderPreps21 {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], prep)
			if i < 0 {
				break
			}
			p := off + i
			off = p + len(prep)
			a := p + len(prep)
			c := strings.IndexByte(s[a:min(len(s), a+64)], ':')
			if c <= 0 || a+c+1 < len(s) && s[a+c+1] != ' ' || strings.ContainsAny(s[a:a+c], ",.;\"\\\n[") {
				continue // the name runs to a colon and a space
			}
			cs := clauseStart19(s, p)
			if cs >= p || p-cs > 48 || !messageClause21(s[cs:p]) {
				continue
			}
			if !fromAskName19(s[a : a+c]) {
				continue
			}
			out = append(out, span{start: a, end: a + c, kind: KindName})
		}
	}
	return out
}

// messageClause21 reports a clause whose first or second word is a word for
// a message ("Ticket 4021", "New message", "Email").
func messageClause21(cl string) bool {
	for n := 0; n < 2 && cl != ""; n++ {
		var w string
		w, cl = nextField(cl)
		var buf [24]byte
		if w == "" || len(w) > len(buf) {
			return false
		}
		if messageNouns21[string(lower(buf[:0], strings.Trim(w, "#*")))] {
			return true
		}
	}
	return false
}
