package redact

import "strings"

// Two more places of the buyer named by an event (names_event.go lists
// its fixed phrases):
//   - the payer after the account paid with: "paid with card
//     [REDACTED:card] by Ana Clara Bezerra", "… IBAN … von Jörg Reinholdt";
//     the card or account read in this pass or the marker of an earlier
//     one stands before "by", and the name is read as after "paid by";
//   - a participle of processing and "for": "address validated for Goh Wei
//     Ling", "profile updated for 鈴木 さくら", "voucher redeemed for …";
//     the name must make the whole rest of its clause, as after
//     "completed for". Participles of purpose ("designed for", "needed
//     for", "optimised for") name what a thing is for, not a person.

// accountBy are "by" in the buyers' languages, after a card or an account.
var accountBy = []string{" by ", " von ", " por ", " par ", " oleh ", " door ", " przez "}

// mayHoldAccountBy reports a text where a payer may follow an account:
// it has a card or IBAN span of this pass or such a marker.
func mayHoldAccountBy(s string, spans []span, tp *textPairs) bool {
	for _, x := range spans {
		if x.kind == KindCard || x.kind == KindIBAN {
			return true
		}
	}
	return tp.contains("[REDACTED:card]") || tp.contains("[REDACTED:iban]")
}

// accountBySpans returns the names after "by" that follow a card or an
// account, found (spans) or masked before (markers).
func accountBySpans(s string, spans []span) []span {
	var out []span
	after := func(e int) {
		for _, by := range accountBy {
			if strings.HasPrefix(s[e:], by) {
				if a, b := eventNameAt(s, e+len(by)); b > 0 {
					out = append(out, span{start: a, end: b, kind: KindName})
				}
				return
			}
		}
	}
	for _, x := range spans {
		if x.kind == KindCard || x.kind == KindIBAN {
			after(x.end)
		}
	}
	for _, m := range []string{"[REDACTED:card]", "[REDACTED:iban]"} {
		for p := 0; ; {
			i := indexRare(s[p:], m)
			if i < 0 {
				break
			}
			p += i + len(m)
			after(p)
		}
	}
	return out
}

// purposeParticiples say what a thing is for, not whom it was done for.
var purposeParticiples = setOf("needed", "required", "used", "designed", "intended", "allowed", "optimized",
	"optimised", "named", "known", "tested", "suited", "tailored", "prepared", "qualified", "eligible", "paid",
	"asked", "searched", "looked", "waited", "voted", "accounted", "responsible", "scheduled", "planned", "priced")

// participleName redacts the name at k after a participle and "for": as
// after an event's phrase, and no word of it one of goods, statuses,
// teams or places ("cache warmed for Product Listing"); it returns its
// end, or 0.
func (sc *scanner) participleName(k int) int {
	k, e := eventNameAt(sc.s, k)
	if e == 0 || !personEnds(sc.s, e) {
		return 0
	}
	if plainRun(sc.s[k:e]) {
		return 0
	}
	if !sc.emit(k, e, KindName, 0) {
		return 0
	}
	return e
}

// clauseWords may follow a person's name in its clause: prepositions,
// conjunctions, auxiliaries. Any other word in lower case makes the
// capitalised words its modifier ("started for Acme Home products").
var clauseWords = setOf("in", "on", "at", "with", "via", "from", "to", "by", "and", "after", "before", "because",
	"due", "since", "but", "using", "was", "is", "has", "had", "were", "are", "while", "when", "as", "of", "until",
	"failed", "succeeded", "ok", "done")

// personEnds reports whether a name read up to e ends its clause as a
// person's does: at the end, at punctuation, or before a word of
// clauseWords.
func personEnds(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' || !isLowerASCII(s[e+1]) {
		return true
	}
	w := e + 1
	for w < len(s) && isAlpha(s[w]) {
		w++
	}
	return clauseWords[s[e+1:w]]
}

// participleFor returns where a name may start after a participle of
// processing and " for " at the word s[i:j], or 0.
func participleFor(s string, i, j int) int {
	if j-i < 5 || j+6 > len(s) || s[j-1] != 'd' || s[j-2] != 'e' || s[j] != ' ' || s[j+1] != 'f' || s[j+2] != 'o' || s[j+3] != 'r' || s[j+4] != ' ' {
		return 0
	}
	if c := s[j+5]; !isUpper(c) && c < 0x80 {
		return 0
	}
	var buf [24]byte
	if j-i > len(buf) || purposeParticiples[string(lower(buf[:0], s[i:j]))] {
		return 0
	}
	return j + 5
}
