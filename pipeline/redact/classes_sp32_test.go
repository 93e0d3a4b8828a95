package redact

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// The sp32 speed round's gates and tables (sp32_gates.go), each held to the
// code it replaced, kept here as written before the round.

// eventLowerIn30Plain is eventLowerIn30 as it was: every phrase of
// eventByShape30's row tried, the orderFor ones refused after the match.
func eventLowerIn30Plain(s string, i, j int) int {
	if j >= len(s) || s[j] != ' ' || i+1 >= len(s) || !eventShape[shapeOf(s[i]|0x20, s[i+1]|0x20, j-i)] || i > 0 && (isWord(s[i-1]) || s[i-1] == '\'') {
		return 0
	}
	w := j - i
	for _, p := range eventByShape30()[shapeOf(s[i]|0x20, s[i+1]|0x20, w)] {
		if len(s)-i <= len(p)+1 || p[len(p)-1] != ' ' || len(p) <= w || p[w] < 0x80 && (isAlnum(p[w]) || p[w] == '_') {
			continue
		}
		if c := s[i+len(p)]; !isLowerASCII(c) && !(c >= 0x80 && lowerLatinAt30(s, i+len(p))) || !strings.EqualFold(s[i:i+len(p)], p) || isOrderFor(p) {
			continue
		}
		return i + len(p)
	}
	return 0
}

// eventPhraseTexts are texts built around the event phrases (and orderFor's):
// as written, in capitals, with a Kelvin sign or a long s for a letter, cut
// short, followed by a name in lower case, a capital, a digit, a letter
// beyond ASCII or nothing.
func eventPhraseTexts() []string {
	var out []string
	tails := []string{"gregoire faure", "Gregoire", "émilie roux", "Émilie", "42", "", " x", "[REDACTED:name]"}
	for _, l := range eventIndex.lists {
		for _, p := range l {
			vs := []string{p, strings.ToUpper(p), strings.ReplaceAll(p, "k", "\u212a"), strings.ReplaceAll(p, "s", "ſ"), p[:len(p)-1], strings.TrimSpace(p) + "  "}
			for _, v := range vs {
				for _, t := range tails {
					out = append(out, v+t, "x "+v+t, "#1 "+v+t+", ok")
				}
			}
		}
	}
	return append(out, prefilterTexts(32, 3000, eventPhrases, orderFor)...)
}

func TestEventLowerSameAsPlain32(t *testing.T) {
	if got := buildEventLower32(); !slices.EqualFunc(got[:], eventLower32[:], slices.Equal) {
		t.Fatal("eventLower32, built at init, differs from the table built now: an init that changes eventIndex runs after sp32_gates.go's")
	}
	n := 0
	for _, s := range eventPhraseTexts() {
		for i := 0; i < len(s); i++ {
			for j := i + 1; j <= len(s); j++ {
				got, want := eventLowerIn30(s, i, j), eventLowerIn30Plain(s, i, j)
				if got != want {
					t.Fatalf("eventLowerIn30(%q, %d, %d) = %d, was %d", s, i, j, got, want)
				}
				if got > 0 {
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d phrases found: the test reads too little", n)
	}
}

// TestFrameReadsLower32: where frameReadsLower32 says no, frameName30
// answers the same whatever its lower argument, so word may leave
// lowerIntro30 unasked.
func TestFrameReadsLower32(t *testing.T) {
	r := newDefault(t)
	texts := append(prefilterTexts(33, 3000, []string{"gregoire faure", "Mark Fakeberg", "FAKEBERG, Mark", "émilie roux", "Émilie", "[REDACTED:x]"}),
		"login as mihai testovici at 10:00", "login as FAKEBERG, Mark", "handed to   émilie roux.", "opened by [REDACTED:name]", "by ", "")
	for _, s := range texts {
		for k := 0; k <= len(s); k++ {
			if frameReadsLower32(s, k) {
				continue
			}
			a := &scanner{r: r, s: s, lastEnd: -1}
			b := &scanner{r: r, s: s, lastEnd: -1}
			if ea, eb := a.frameName30(k, true), b.frameName30(k, false); ea != eb || !slices.Equal(a.spans, b.spans) {
				t.Fatalf("frameName30(%q, %d): %d with lower, %d without, though frameReadsLower32 says it is not read", s, k, ea, eb)
			}
		}
	}
}

// lowerIntroListsPlain is lowerIntro30's first test as it was.
func lowerIntroListsPlain(p string) bool {
	for _, q := range intros30 {
		if len(q) == len(p) && strings.EqualFold(q, p) {
			return true
		}
	}
	for _, q := range intros19 {
		if len(q) == len(p) && strings.EqualFold(q, p) {
			return true
		}
	}
	return false
}

func TestLowerIntroSameAsLists32(t *testing.T) {
	var ps []string
	for _, l := range [][]string{intros30, intros19} {
		for _, q := range l {
			ps = append(ps, q, strings.ToUpper(q), q[:len(q)-1], q+"x", strings.ReplaceAll(q, "k", "\u212a"), strings.ReplaceAll(q, "s", "ſ"),
				strings.Repeat(q, 3))
		}
	}
	ps = append(ps, prefilterTexts(34, 3000, intros30, intros19)...)
	hits := 0
	for _, p := range ps {
		got, want := lowerIntroIn32(p), lowerIntroListsPlain(p)
		if got != want {
			t.Fatalf("lowerIntroIn32(%q) = %v, the lists say %v", p, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < len(intros30)+len(intros19) {
		t.Fatalf("only %d intros found", hits)
	}
}

// sentCodeField23Plain is sentCodeField23 as it was: the last segment found
// before its last byte is asked.
func sentCodeField23Plain(path string, v event.Value) bool {
	if v.Kind != event.String && v.Kind != event.Number {
		return false
	}
	last := path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		last = path[i+1:]
	}
	if len(last) < 7 || !mayBeSentKey23(last) {
		return false
	}
	var buf [48]byte
	return sentCodeKey23(normKey(buf[:0], last)) && sentCodeDigits23(v.Str)
}

func TestSentCodeFieldSameAsPlain32(t *testing.T) {
	paths := []string{"", ".", "otp_sent", "OTP_SENT", "otp.sent", "sms.otp_sent", "sms.code_delivered", "a.b.", "sent", "x.sent",
		"message", "verification_code_sent", "otp_sent.", ".otp_sent", "codeSent", "sms.codeSent", "x.otpsent", "pin_issued"}
	paths = append(paths, prefilterTexts(35, 2000, []string{"otp_sent", "code_sent", "_sent", ".", "delivered", "issued"})...)
	vals := []event.Value{event.StringValue("969067"), event.StringValue("ok"), event.StringValue(""), {Kind: event.Number, Str: "4471"}, {Kind: event.Null}}
	hits := 0
	for _, p := range paths {
		for _, v := range vals {
			got, want := sentCodeField23(p, v), sentCodeField23Plain(p, v)
			if got != want {
				t.Fatalf("sentCodeField23(%q, %q) = %v, was %v", p, v.Str, got, want)
			}
			if got {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Fatal("no sent code found: the test reads nothing")
	}
}

// asr30KeyAtPlain is asr30KeyAt's probe without its pair filter.
func asr30KeyAtPlain(s string, p int) uint8 {
	k := asr30Key(s, p)
	for h := asr30Slot(k); ; h = (h + 1) & 511 {
		switch asr30Keys[h] {
		case k:
			return asr30Vals[h]
		case 0:
			return 0
		}
	}
}

func TestAsr30KeyAtSameAsProbe32(t *testing.T) {
	if buildAsr30Pairs32() != asr30Pairs32 {
		t.Fatal("asr30Pairs32, built at init, differs from the table built now")
	}
	var words []string
	for w := range asr30Words {
		words = append(words, w+" ", strings.ToUpper(w)+" ")
	}
	texts := append(prefilterTexts(36, 3000, words), strings.Join(words, ""), "four nine one one 24", "Dot Com", "ZERO\tONE")
	hits := 0
	for _, s := range texts {
		for p := 0; p+4 <= len(s); p++ {
			got, want := asr30KeyAt(s, p), asr30KeyAtPlain(s, p)
			if got != want {
				t.Fatalf("asr30KeyAt(%q, %d) = %d, the probe says %d", s, p, got, want)
			}
			if got != 0 {
				hits++
			}
		}
	}
	if hits < len(asr30Words) {
		t.Fatalf("only %d keys found", hits)
	}
}

func TestStopWordSameAsFourSets32(t *testing.T) {
	if !maps.Equal(buildStopAll32(), stopAll32) {
		t.Fatal("stopAll32, built at init, differs from the union built now: an init that changes one of its sets runs after sp32_gates.go's")
	}
	var ws []string
	for _, set := range []map[string]bool{stop29, stop30, notNames, agentNotNames, particles} {
		for w := range set {
			ws = append(ws, w, strings.ToUpper(w), w+"s")
		}
	}
	ws = append(ws, prefilterTexts(37, 2000, []string{"the", "at", "service", "card"})...)
	hits := 0
	for _, w := range ws {
		got, want := stopWord30(w), stop29[w] || stop30[w] || notNames[w] || agentNotNames[w]
		if got != want {
			t.Fatalf("stopWord30(%q) = %v, the four sets say %v", w, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < len(stop30) {
		t.Fatalf("only %d stop words found", hits)
	}
}
