package redact

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// The tests below hold each prefilter to the test it gates: the gated
// function answers as the plain loop over its lists does.

// prefilterTexts returns random texts built from pieces: the lists' words
// in three cases, their tails, separators and bytes of other scripts.
func prefilterTexts(seed uint64, n int, words ...[]string) []string {
	pieces := []string{" ", "  ", ": ", "=", "\"", "'", "#", "\n", "(", ")", ", ", ". ", "; ", "-", "_", ".",
		"1", "42", "020-5780", "x", "K", "\u212a", "ſ", "é", "ß", "，", "。", "：", "Ana", "order", "ro"}
	for _, l := range words {
		for _, w := range l {
			pieces = append(pieces, w, strings.ToUpper(w))
			if len(w) > 3 {
				pieces = append(pieces, w[len(w)-3:], w[:len(w)-1])
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	out := make([]string, n)
	for k := range out {
		var b strings.Builder
		for m := rng.IntN(8) + 1; m > 0; m-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out[k] = b.String()
	}
	return out
}

// waybillLabelPlain is waybillLabel19 without its filter.
func waybillLabelPlain(w string) bool {
	for _, t := range trackingWords {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	for _, t := range waybillWords19 {
		if strings.HasSuffix(w, t) && (len(w) == len(t) || t != "lta") {
			return true
		}
	}
	return false
}

func TestWaybillTailsSameAsLists(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(20, 30000, trackingWords, waybillWords19) {
		for _, w := range []string{s, strings.ToLower(s), strings.ReplaceAll(strings.ToLower(s), " ", "")} {
			want := waybillLabelPlain(w)
			if got := waybillLabel19(w); got != want {
				t.Fatalf("waybillLabel19(%q) = %v, the lists say %v", w, got, want)
			}
			if want {
				found++
			}
		}
	}
	for _, l := range [][]string{trackingWords, waybillWords19} {
		for _, w := range l {
			if !waybillLabel19(w) || !waybillLabel19("air"+w) && w != "lta" {
				t.Errorf("waybillLabel19 misses %q", w)
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d labels among the texts: the test no longer reaches the lists", found)
	}
	// a word shorter than three bytes opens the filter
	f := newTails3([]string{"ab", "xyz"})
	if !f.all || !f.has("zzz") {
		t.Fatalf("a two-byte word must let every text through")
	}
	if f = newTails3([]string{"xyz"}); f.all || !f.has("wxyz") || f.has("wxya") != (tails3Hash('x', 'y', 'a') == tails3Hash('x', 'y', 'z')) {
		t.Fatalf("tails3 filters wrongly")
	}
}

// mayHoldCodeItemPlain is mayHoldCodeItem18 without the pair filter.
func mayHoldCodeItemPlain(s string, sig uint32) bool {
	if len(s) < 8 {
		return false
	}
	high := sig&sigHigh != 0
	for i := 0; i < len(s); i++ {
		for _, a := range codeAnchorsBy18[s[i]] {
			if (high || !a.high) && strings.HasPrefix(s[i:], a.sub) {
				return true
			}
		}
	}
	return false
}

func TestCodeAnchorPairsSameAsAnchors(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(18, 30000, codeAnchors18, codeAnchorsHigh18) {
		for _, v := range []string{s, "text of " + s, s + "o"} {
			sig := sigOf(v)
			want := mayHoldCodeItemPlain(v, sig)
			if got := mayHoldCodeItem18(v, sig); got != want {
				t.Fatalf("mayHoldCodeItem18(%q) = %v, by every anchor %v", v, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts with an anchor: the test no longer reaches them", found)
	}
}

// inOpenBracketPlain is inOpenBracket without its byte search.
func inOpenBracketPlain(s string, i int) bool {
	for p := i - 1; p >= 0 && i-p < 600; p-- {
		switch s[p] {
		case ')':
			return false
		case '(':
			return true
		case '\n':
			return false
		}
	}
	return false
}

func TestInOpenBracketSameAsLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	pieces := []string{"(", ")", "\n", "a", " ", "12", strings.Repeat("x", 300), strings.Repeat("y", 599)}
	opened := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for m := rng.IntN(10) + 1; m > 0; m-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i += 1 + rng.IntN(7) {
			want := inOpenBracketPlain(s, i)
			if got := inOpenBracket(s, i); got != want {
				t.Fatalf("inOpenBracket(%q, %d) = %v, the loop says %v", s, i, got, want)
			}
			if want {
				opened++
			}
		}
	}
	if opened == 0 {
		t.Fatal("no open bracket among the texts")
	}
}

// nameLabelPlain is nameLabel18 as it read its key before: normKey byte
// by byte, every byte beyond ASCII lowered, both tables asked.
func nameLabelPlain(l string) bool {
	var buf [48]byte
	nk := buf[:0]
	for i := 0; i < len(l); i++ {
		if l[i] != ' ' {
			nk = normKey(nk, l[i:i+1])
		}
	}
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	if len(nk) < 2 {
		return false
	}
	if nameLabels18[string(nk)] {
		return true
	}
	return keyClass(nk) == keyName
}

func TestNameLabelSameAsPlain(t *testing.T) {
	labels := []string{"Tên", "Họ tên", "Ho_ten", "TÊN KHÁCH HÀNG", "Name", "First-Name", "customer.name", "Full Name",
		"nom", "Nombre", "имя", "Order", "Status", "x-name", "name2", "recipient", strings.Repeat("name ", 12)}
	var keys []string
	for k := range nameLabels18 {
		keys = append(keys, k)
	}
	found := 0
	for _, s := range append(prefilterTexts(181, 20000, keys, labels), labels...) {
		want := nameLabelPlain(s)
		if got := nameLabel18(s); got != want {
			t.Fatalf("nameLabel18(%q) = %v, read byte by byte %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d name labels among the texts", found)
	}
}

// labelItemNamePlain is labelItemName18 as it read its words before: by
// their runes, the label's look-up before its value's start.
func labelItemNamePlain(s string, p int) (a, b, next int) {
	q := p
	for words := 0; words < 3 && q < len(s); words++ {
		e := q
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if !wordRune18(r) && r != '.' && r != '-' {
				break
			}
			e += n
		}
		if e == q || e-p > 40 {
			return 0, 0, 0
		}
		if nameLabelPlain(s[p:e]) {
			if v := labelValueStart18(s, e); v > 0 {
				a, b, next = itemNameValue18(s, v)
				if b > a {
					return a, b, next
				}
			}
		}
		if e >= len(s) || s[e] != ' ' {
			return 0, 0, 0
		}
		q = e + 1
	}
	return 0, 0, 0
}

func TestLabelItemNameSameAsPlain(t *testing.T) {
	items := []string{"Tên: Nguyễn Văn An", "name - Ana Lima", "Họ tên Lê Thị Hoa", "Recipient: Jan Kowalski",
		"full.name: Eva Novak", "first-name Ola", "Name:Ana", "Customer name – Ruiz, Ana", "ime: Ana", "x-name: Bo Li"}
	found := 0
	for _, s := range prefilterTexts(182, 6000, items) {
		for p := 0; p < len(s); p++ {
			a, b, next := labelItemName18(s, p)
			pa, pb, pnext := labelItemNamePlain(s, p)
			if a != pa || b != pb || next != pnext {
				t.Fatalf("labelItemName18(%q, %d) = %d, %d, %d; read as before %d, %d, %d", s, p, a, b, next, pa, pb, pnext)
			}
			if b > a {
				found++
			}
		}
	}
	if found < 100 {
		t.Fatalf("only %d names after labels among the texts", found)
	}
}

// TestPartsFrontSameAsParts checks that the key classes come out the same
// through the direct-mapped front, read again and from many goroutines.
func TestPartsFrontSameAsParts(t *testing.T) {
	var keys []string
	for n := 0; n < 600; n++ {
		keys = append(keys, fmt.Sprintf("shopper%dgivenname", n), fmt.Sprintf("q%dtoken", n), fmt.Sprintf("widget%dcolour", n))
	}
	want := make([]int, len(keys))
	for k, key := range keys {
		want[k] = keyByParts(key)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for k, key := range keys {
					if got := keyClassOf([]byte(key)); got != want[k] {
						errs <- fmt.Sprintf("keyClassOf(%q) = %d, keyByParts %d", key, got, want[k])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// mayHoldProseCodePlain is mayHoldProseCode20 without its pair filter.
func mayHoldProseCodePlain(s string) bool {
	if len(s) < 9 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		for _, a := range proseAnchorsBy20[s[i]] {
			if strings.HasPrefix(s[i:], a) {
				return strings.ContainsAny(s, "0123456789")
			}
		}
	}
	return false
}

func TestProseAnchorPairsSameAsAnchors(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(21, 30000, proseAnchors20[0], proseAnchors20[1]) {
		for _, v := range []string{s, "pickup " + s + " 7", s + "o", "1 " + s} {
			want := mayHoldProseCodePlain(v)
			if got := mayHoldProseCode20(v, sigOf(v)); got != want {
				t.Fatalf("mayHoldProseCode20(%q) = %v, by every anchor %v", v, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts with an anchor: the test no longer reaches them", found)
	}
}

func TestPairFilterLetsPhrasesThrough(t *testing.T) {
	lists := [][]string{{"ab", "xyz", "a", ""}, {"码", "kód"}}
	f := newPairFilter(lists...)
	for _, l := range lists {
		for _, p := range l {
			s := "q" + p + "qq"
			if !f.mayAt(s, 1) {
				t.Errorf("the filter rules out %q where it starts", p)
			}
		}
	}
	g := newPairFilter([]string{"ab", "cd"})
	if g.mayAt("ad", 0) && g.mayAt("cb", 0) && g.mayAt("zz", 0) {
		t.Fatalf("the filter lets every pair through")
	}
	if g.mayAt("zz", 0) || g.mayAt("ba", 0) {
		t.Fatalf("the filter lets pairs of no phrase through")
	}
}

func TestHouseAtSameAsHouseNumber(t *testing.T) {
	texts := prefilterTexts(22, 5000, []string{"12", "109b", "43-II", "15/452", "7 rue", "123456", "3a"})
	for _, s := range texts {
		sc := &scanner{s: s}
		for _, i := range []int{0, len(s) / 2, 0, len(s) - 1, len(s) / 2} {
			if i < 0 {
				continue
			}
			if got, want := sc.houseAt(i), houseNumber(s, i); got != want {
				t.Fatalf("houseAt(%q, %d) = %d, houseNumber %d", s, i, got, want)
			}
		}
	}
}

func TestPairFilterNextSameAsMayAt(t *testing.T) {
	f := newPairFilter([]string{"od", "pin", "x"}, []string{"码"})
	for _, s := range prefilterTexts(23, 20000, []string{"od", "pin", "x", "码", "code", "PIN"}) {
		for i := 0; i <= len(s); i++ {
			want := len(s)
			for p := i; p < len(s); p++ {
				if p+1 < len(s) && f.mayAt(s, p) || p+1 == len(s) && f.first[s[p]] != 0 {
					want = p
					break
				}
			}
			if got := f.next(s, i); got != want {
				t.Fatalf("next(%q, %d) = %d, the loop says %d", s, i, got, want)
			}
		}
	}
}

func TestFoldDiffersNeverRulesOutAMatch(t *testing.T) {
	words := []string{"hello", "Hi", "kak", "shop", "ſhop", "\u212aak", "straße", "STRAẞE", "hej", "ok", "o", "p.",
		"привет", "Привет", "é", "É", "\xff", "a\xc5", "[", "{", "@", "`"}
	texts := prefilterTexts(24, 20000, words)
	texts = append(texts, words...)
	pairs, differs := 0, 0
	for _, x := range texts {
		for _, w := range words {
			for _, y := range []string{x, strings.ToUpper(x), strings.ToLower(x)} {
				if len(y) < len(w) {
					continue
				}
				y = y[:len(w)]
				pairs++
				if foldDiffers(y, w) {
					differs++
					if strings.EqualFold(y, w) {
						t.Fatalf("foldDiffers(%q, %q) rules out a match", y, w)
					}
				}
			}
		}
	}
	if differs < pairs/2 {
		t.Fatalf("foldDiffers rules out only %d of %d pairs", differs, pairs)
	}
	for _, c := range [][2]string{{"Hello", "hello"}, {"\u212aak", "kak"}, {"ſhop", "shop"}, {"STRAẞE", "straße"}, {"KAK", "kak"}} {
		if len(c[0]) == len(c[1]) && foldDiffers(c[0], c[1]) {
			t.Errorf("foldDiffers(%q, %q) is true", c[0], c[1])
		}
	}
}

func TestLeadThirdSameAsLists(t *testing.T) {
	leadsOnce.Do(buildLeads)
	var words [][]string
	for _, l := range leads.lists {
		words = append(words, l.otp, l.addr, l.intro, l.event, l.dest)
	}
	texts := prefilterTexts(25, 6000, append(words, []string{"\u212a", "K", "ſ", "Ā"})...)
	ruled, found := 0, 0
	var foundBy [leadKinds]int
	for _, s := range texts {
		for _, v := range []string{s, strings.ToUpper(s), "x " + s} {
			sc := &scanner{s: v, lastEnd: -1}
			for i := 0; i < len(v); i++ {
				ld := leadAt(v, i)
				if ld == nil {
					continue
				}
				j := i
				for j < len(v) && wordByte[v[j]] {
					j++
				}
				got := [leadKinds]bool{}
				for k := range got {
					got[k] = ld.may3(k, v, i) && ld.mayLen(k, j-i)
				}
				want := [leadKinds]bool{
					leadOTP:   sc.phraseIn(ld.otp, i) != "",
					leadAddr:  sc.phraseIn(ld.addr, i) != "",
					leadIntro: ld.intro != nil && introIn(v, i, ld.intro) > 0,
					leadEvent: ld.event != nil && j > i && eventNameIn(v, i, j, ld.event, len(v)) > 0,
					leadDest:  sc.phraseIn(ld.dest, i) != "",
				}
				if ld.event != nil && j > i {
					if a, b := eventNameIn(v, i, j, ld.event, ld.longest[leadEvent]), eventNameIn(v, i, j, ld.event, len(v)); a != b {
						t.Fatalf("eventNameIn(%q, %d) = %d within its longest phrase, %d over the whole text", v, i, a, b)
					}
				}
				for k := range got {
					if want[k] && !got[k] {
						t.Fatalf("may3 or mayLen (%d, %q, %d) rules out a phrase the list finds", k, v, i)
					}
					if want[k] {
						found++
						foundBy[k]++
					}
					if !got[k] {
						ruled++
					}
				}
			}
		}
	}
	if found < 500 || ruled < 10000 || slices.Min(foundBy[:]) < 20 {
		t.Fatalf("%d phrases found (%v by list), %d positions ruled out: the test no longer reaches the lists", found, foundBy, ruled)
	}
}

func TestTextPairsSameAsContains(t *testing.T) {
	subs := []string{" IN (", " in (", "execute", "authenticate", "common", "adr", "ocation", "pat-", "-us", "pk_", " - ",
		"    ", "   ", "[REDACTED:card]", "dres", "адрес", "ndereç", `, "`, "for ", "alues", "x", "", "Ab", "\u212a"}
	ruled, found := 0, 0
	for _, s := range prefilterTexts(26, 20000, subs) {
		for _, v := range []string{s, s + " " + s, "values (" + s} {
			tp := textPairs{s: v}
			for k, sub := range subs {
				want := strings.Contains(v, sub)
				if got := tp.contains(sub); got != want {
					t.Fatalf("textPairs(%q).contains(%q) = %v, strings.Contains %v", v, sub, got, want)
				}
				if len(sub) > 1 {
					at := k % (len(sub) - 1)
					if got := tp.containsAt(sub, at); got != want {
						t.Fatalf("textPairs(%q).containsAt(%q, %d) = %v, strings.Contains %v", v, sub, at, got, want)
					}
				}
				if !tp.may(sub) {
					ruled++
				}
				if want {
					found++
				}
			}
		}
	}
	if ruled < 100000 || found < 10000 {
		t.Fatalf("%d searches ruled out, %d found: the test no longer reaches the filter", ruled, found)
	}
}

// phonePhrase14Plain is phonePhrase14In without its last-byte test.
func phonePhrase14Plain(s string, i int, ws []string) int {
	for _, w := range ws {
		if prefixFold1(s[i:], w) && (i+len(w) == len(s) || !isWord(s[i+len(w)]) && s[i+len(w)] < 0x80) {
			return i + len(w)
		}
	}
	return 0
}

func TestPhonePhrase14SameAsPlain(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(28, 800, phonePhrases14, []string{"a"}) {
		for _, v := range []string{s, strings.ToUpper(s[:1]) + s[1:], s + " 5"} {
			for i := 0; i < len(v); i++ {
				for _, ws := range phrase14Lists {
					want := phonePhrase14Plain(v, i, ws)
					if got := phonePhrase14In(v, i, ws); got != want {
						t.Fatalf("phonePhrase14In(%q, %d) = %d, the plain loop %d", v, i, got, want)
					}
					if want > 0 {
						found++
					}
				}
			}
		}
	}
	if found < 300 {
		t.Fatalf("only %d phrases found: the test no longer reaches the lists", found)
	}
}

// The gates of people21_*.go, names21_addrto.go, secrets21_calls.go and
// cred21_codeword.go as they read before they asked the text's pairs and
// signature: plain searches of the text.
func mayHoldMember21Plain(s string) bool {
	for _, w := range []string{"OYALTY", "oyalty", "EMBER", "ember", "older", "OLDER", "itglied", "embre", "ocio", "iembro",
		"idél", "会員", "会员", "會員", "회원", "สมาชิก", "член", "üye", "nggota"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func roleScriptPlain(s string) bool {
	for _, c := range []byte{0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xD8, 0xD9, 0xD7} {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

func mayHoldPeople21Plain(s string, sig uint32, have []span, tp *textPairs) bool {
	latin := false
	if roleScriptPlain(s) {
		for _, w := range latinRoles21 {
			latin = latin || strings.Contains(s, w)
		}
	}
	return sig&sigNL != 0 && strings.Contains(s, "bjectClass") ||
		strings.Contains(s, "^FD") ||
		strings.Contains(s, "5F20") ||
		sig&sigColon != 0 && mayHoldMember21Plain(s) ||
		sig&sigQuote != 0 && strings.Contains(s, "\" <") ||
		strings.Contains(s, " => ") ||
		sig&sigColon != 0 && mayHoldSwift59(s) ||
		sig&sigApos != 0 && strings.Contains(s, "='") ||
		mayHoldFixedWidth(s, tp) ||
		sig&(sigNL|sigBackslash) != 0 && (strings.Contains(s, " from ") || strings.Contains(s, " signed by ")) ||
		strings.Contains(s, " to ") && (hasAddressSpan(have) || strings.Contains(s, "[REDACTED:address]")) ||
		strings.Contains(s, " (") && (strings.Contains(s, "[REDACTED:phone]") || hasKind21(have, KindPhone) || strings.Contains(s, "from ")) ||
		mayHoldClosing21(s, sig, len(have) > 0) ||
		latin ||
		mayHoldSortCodeRow21(s, sig) ||
		sig&sigComma != 0 && strings.Contains(s, " for ") && (strings.Contains(s, ", tel") || strings.Contains(s, ", phone") ||
			strings.Contains(s, ", [REDACTED:phone]") || strings.Contains(s, ", mobile"))
}

func mayHoldCallFrom21Plain(s string) bool {
	return strings.Contains(s, "from ") && (strings.Contains(s, "all") || strings.Contains(s, "ALL") || strings.Contains(s, "oice") ||
		strings.Contains(s, "ax ") || strings.Contains(s, "SMS") || strings.Contains(s, "sms") || strings.Contains(s, "hone") ||
		strings.Contains(s, "ial") || strings.Contains(s, "rang"))
}

func mayHoldCodeWord21Plain(s string, sig uint32) bool {
	if len(s) < 8 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if sig&sigHigh != 0 {
		return true
	}
	return strings.Contains(s, "od") || strings.Contains(s, "OD") || strings.Contains(s, "simbo") || strings.Contains(s, "khodi")
}

func TestPairGates21SameAsPlain(t *testing.T) {
	words := []string{"objectClass", "^FD", "5F20", "LOYALTY", "Member", "holder", "Mitglied", "socio", "会員", "회원", "член",
		"\" <", " => ", ":59:", "='", "    ", " from ", " signed by ", " to ", "[REDACTED:address]", "[REDACTED:phone]", " (",
		"Caller ", "Customer ", "周秀兰", "שלום", "مرحبا", " for ", ", tel", ", phone", ", mobile", "ddress ", "call", "voice",
		"fax ", "SMS", "dial", "rang", "code", "CODE", "simbol", "khodi", "7", "\n", ",", ":", "\"", "'"}
	haves := [][]span{nil, {{start: 0, end: 1, kind: KindAddress}}, {{start: 0, end: 1, kind: KindPhone}}}
	hit := [5]int{}
	for k, s := range prefilterTexts(22, 30000, words) {
		if k%4 == 1 {
			s = "new address " + s + " to " + s
		}
		sig := sigOf(s)
		tp := textPairs{s: s}
		have := haves[k%len(haves)]
		want := mayHoldPeople21Plain(s, sig, have, &tp)
		if got := mayHoldPeople21(s, sig, have, &tp); got != want {
			t.Fatalf("mayHoldPeople21(%q) = %v, plain %v", s, got, want)
		}
		checks := [5][2]bool{
			{mayHoldMember21(&tp), mayHoldMember21Plain(s)},
			{hasRoleScript21(s), roleScriptPlain(s)},
			{mayHoldAddrTo21(&tp), strings.Contains(s, "ddress ") && strings.Contains(s, " to ")},
			{mayHoldCallFrom21(&tp), mayHoldCallFrom21Plain(s)},
			{mayHoldCodeWord21(s, sig, &tp), mayHoldCodeWord21Plain(s, sig)},
		}
		for n, c := range checks {
			if c[0] != c[1] {
				t.Fatalf("gate %d on %q: %v, plain %v", n, s, c[0], c[1])
			}
			if c[1] {
				hit[n]++
			}
		}
		if want {
			hit[0]++
		}
	}
	for n, h := range hit {
		if h < 100 {
			t.Fatalf("gate %d held only %d times: the test no longer reaches it", n, h)
		}
	}
}

func TestSigDigitSameAsContainsAny(t *testing.T) {
	for _, s := range prefilterTexts(23, 5000, []string{"7", "0", "9", "x"}) {
		if got, want := sigOf(s)&sigDigit != 0, strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("sigOf(%q) digit bit %v, ContainsAny %v", s, got, want)
		}
	}
}

// The change passes read from changeFromSpace as from the text's first
// space, as they read before it.
func TestChangeFromSpaceSameAsFirstSpace(t *testing.T) {
	words := []string{"password", "pass", "smtp pass", "changed", "from", "FROM", "de", "z", "od", "von", "desde", "từ", "原",
		"to", "para", "na", "Jane Roe", "Ana Lima", "C-83515", "CSszZ#W3P9", "6Rm33UY6", "contact name", "of customer"}
	taken := 0
	for _, s := range prefilterTexts(24, 30000, words) {
		for _, v := range []string{s, "smtp pass of customer C-83515 changed from " + s + " to 6Rm33UY6 " + s,
			"contact name changed from Jane Roe to " + s, "user ops: password alterado de BF*CL*Fpue para " + s} {
			first := strings.IndexByte(v, ' ')
			at := changeFromSpace(v)
			if got, want := credChangeSpansAt(v, nil, at), credChangeSpansAt(v, nil, first); !slices.Equal(got, want) {
				t.Fatalf("credChangeSpans(%q) from %d = %v, from the first space %v", v, at, got, want)
			}
			got, want := nameChangeSpansAt18(v, nil, at), nameChangeSpansAt18(v, nil, first)
			if !slices.Equal(got, want) {
				t.Fatalf("nameChangeSpans18(%q) from %d = %v, from the first space %v", v, at, got, want)
			}
			if len(want) > 0 {
				taken++
			}
		}
	}
	if taken < 50 {
		t.Fatalf("only %d changes taken: the test no longer reaches the passes", taken)
	}
}

// phraseSpansPlain is phraseSpans21 without phraseFirst21: every word
// start is tried.
func phraseSpansPlain(s string, depth int, have []span) []span {
	var out []span
	for i := 0; i+4 < len(s); i++ {
		if i > 0 && !phraseSep21[s[i-1]] && !(s[i-1] == 'n' && i >= 2 && s[i-2] == '\\') {
			continue
		}
		c := s[i]
		if depth == 0 && introFirst21[c] {
			if sp, ok := introAt21(s, i); ok {
				out = append(out, sp)
				i = sp.end - 1
				continue
			}
		}
		if sendToIndex21.first[c] && (i == 0 || dest14WordStart(s, i)) {
			if sp, ok := sendToAt21(s, i, have); ok {
				out = append(out, sp)
				i = sp.end - 1
			}
		}
	}
	return out
}

func TestPhraseFirstSameAsWordStarts(t *testing.T) {
	var intros []string
	for _, x := range intros21 {
		intros = append(intros, x.p)
	}
	names := []string{"Jane Roe", "jane roe", "8 Rivonia Road", "Ms Ana Lima", "\\nAna"}
	found := 0
	for _, s := range prefilterTexts(23, 40000, intros, sendToPhrases21, names) {
		for _, depth := range []int{0, 1} {
			want := phraseSpansPlain(s, depth, nil)
			if got := phraseSpans21(s, depth, nil); !slices.Equal(got, want) {
				t.Fatalf("phraseSpans21(%q, %d) = %v, the plain loop says %v", s, depth, got, want)
			}
			found += len(want)
		}
	}
	if found < 500 {
		t.Fatalf("only %d phrases among the texts: the test no longer reaches the lists", found)
	}
	for c := range 256 {
		if phraseFirst21()[1][c] && !phraseFirst21()[0][c] {
			t.Errorf("byte %#x starts a phrase below depth 0 only", c)
		}
	}
}

// mayHoldSpacedSecretPlain is mayHoldSpacedSecret without spacedKeyLast.
func mayHoldSpacedSecretPlain(s string) bool {
	for off := 3; off < len(s)-8; {
		p := strings.IndexByte(s[off:], ' ')
		if p < 0 {
			return false
		}
		p += off
		off = p + 1
		if spacedKeyEnd(s, p) || s[p-1] == ':' && spacedKeyEnd(s, p-1) {
			return true
		}
	}
	return false
}

func TestSpacedKeyLastSameAsKeyEnd(t *testing.T) {
	// spacedKeyEnd is true only after a byte of spacedKeyLast, whatever
	// the two bytes before it
	var b [4]byte
	b[3] = ' '
	for c := range 256 {
		any := false
		for x := range 256 {
			for y := range 256 {
				b[0], b[1], b[2] = byte(x), byte(y), byte(c)
				if spacedKeyEnd(string(b[:]), 3) {
					any = true
				}
			}
		}
		if any && !spacedKeyLast[c] {
			t.Errorf("spacedKeyEnd ends a key at %q, which spacedKeyLast lacks", byte(c))
		}
	}
	found := 0
	for _, s := range prefilterTexts(27, 20000, []string{"key", "keys", "api key", "secret", "token", "otp", "password", "passwd", "pwd", "passphrase", "cookie", "pass", "keen"}) {
		for _, v := range []string{s, s + " value", "x " + s + ": 9f3a2b1c"} {
			want := mayHoldSpacedSecretPlain(v)
			if got := mayHoldSpacedSecret(v); got != want {
				t.Fatalf("mayHoldSpacedSecret(%q) = %v, the plain loop says %v", v, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 5000 {
		t.Fatalf("only %d texts with a spaced key: the test no longer reaches the gate", found)
	}
}

// TestMayHoldCodesSameAsBothGates holds the shared walk of the code-item
// and prose-code gates to the two gates, each reading the text alone.
func TestMayHoldCodesSameAsBothGates(t *testing.T) {
	found := [2]int{}
	texts := prefilterTexts(24, 30000, codeAnchors18, codeAnchorsHigh18, proseAnchors20[0], proseAnchors20[1])
	for _, s := range texts {
		for _, v := range []string{s, "text of " + s, s + "o", "pickup " + s + " 7", "1 " + s, s[:len(s)/2]} {
			sig := sigOf(v)
			for _, item := range []bool{true, false} {
				wantItem := item && mayHoldCodeItem18(v, sig)
				wantProse := mayHoldProseCode20(v, sig)
				gotItem, gotProse := mayHoldCodes(v, sig, item)
				if gotItem != wantItem || gotProse != wantProse {
					t.Fatalf("mayHoldCodes(%q, item %v) = %v, %v; the gates say %v, %v", v, item, gotItem, gotProse, wantItem, wantProse)
				}
				if wantItem {
					found[0]++
				}
				if wantProse {
					found[1]++
				}
			}
		}
	}
	if found[0] < 1000 || found[1] < 1000 {
		t.Fatalf("only %d texts with a code item's anchor and %d with a prose code's: the test no longer reaches them", found[0], found[1])
	}
}

// TestPathBrandSameAsBrandKey holds the path cache's brand bit to
// brandKey14 of the path, read afresh, and read again from the cache.
func TestPathBrandSameAsBrandKey(t *testing.T) {
	r := newDefault(t)
	var keys []string
	for k := range brandKeys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	found := 0
	for _, k := range append(keys, "message", "brand_name", "Brand-Name", "item.BRAND", "mak", "bra", "x", "", "brandnames", "hero.brand.id") {
		for _, p := range []string{k, strings.ToUpper(k), "item." + k, "items.0." + k + "_", k + ".name", "a.b_" + k} {
			want := brandKey14(p)
			for range 2 {
				if got := r.path(p).brand; got != want {
					t.Fatalf("path(%q).brand = %v, brandKey14 says %v", p, got, want)
				}
			}
			if want {
				found++
			}
		}
	}
	if found < 2*len(keys) {
		t.Fatalf("only %d brand paths: the test no longer reaches them", found)
	}
}

// TestTopFieldPathSameAsPredicates holds the path cache's top bit, which
// lets fields skip the predicates it runs on top-level fields, to the
// predicates themselves: none takes a field whose path the bit rules out.
func TestTopFieldPathSameAsPredicates(t *testing.T) {
	r := newDefault(t)
	hits := map[string]int{}
	for _, fs := range topFieldEvents() {
		for k := range fs {
			p := fs[k].Path
			if got, want := r.path(p).top, topFieldPath(p); got != want {
				t.Fatalf("path(%q).top = %v, topFieldPath says %v", p, got, want)
			}
			took := topFieldPredicates(r, fs, k)
			if len(took) > 0 && !topFieldPath(p) {
				t.Fatalf("%v take %q (%q) though topFieldPath rules the path out", took, p, fs[k].Value.Str)
			}
			for _, name := range took {
				hits[name]++
			}
		}
	}
	for _, name := range []string{"sessionTurnField", "flatAuditValue", "smsRecipientField20", "siblingNameValue17", "senderSiblingName18",
		"topNameField20", "subjectNameField21", "partyField19", "searchAddressField19", "addressField20"} {
		if hits[name] == 0 {
			t.Errorf("%s takes no field of the test's events: the test no longer reaches it", name)
		}
	}
}

// TestPathKeyCleanSameAsScan holds the path cache's keyClean bit, which
// lets fields skip scanning a top-level key, to the scan it replaces.
func TestPathKeyCleanSameAsScan(t *testing.T) {
	r := newDefault(t)
	clean, dirty := 0, 0
	for _, p := range []string{"@timestamp", "http.response.status_code", "message", "jane.roe@example.com", "+447700900123",
		"user_4111111111111111", "order_12345", "x-api-key-sk_live_4eC39HqLyjWDarjtT1zdp7dc", "Authorization: Bearer abc", "a%40b.com",
		"收货人", "metrics.p99_latency_ms", "customer.phone.0", "Jane Roe 07700 900123"} {
		sc := r.find(p, r.off)
		want := needsScan(p) && len(sc.spans) == 0
		sc.release()
		for range 2 {
			if got := r.path(p).keyClean; got != want {
				t.Fatalf("path(%q).keyClean = %v, the scan says %v", p, got, want)
			}
		}
		if want {
			clean++
		} else if needsScan(p) {
			dirty++
		}
	}
	if clean < 2 || dirty < 3 {
		t.Fatalf("%d clean and %d dirty keys: the test no longer reaches both", clean, dirty)
	}
}

// TestRuneSetSameAsContainsAny holds runeSet.in to strings.ContainsAny of
// its set, for sets beyond ASCII, mixed, with the replacement rune and
// with invalid bytes, and texts with invalid bytes and partial encodings.
func TestRuneSetSameAsContainsAny(t *testing.T) {
	sets := []string{"₹€$£¥₩₺₽₦฿₱₫", currencySigns22.set, "é", "a€", "\ufffd", "x\xff", "€\xe2\x82", "日本"}
	words := []string{"₹", "€", "$", "£", "¥", "₩", "₺", "₽", "₦", "฿", "₱", "₫", "é", "日", "本", "\ufffd", "\xff", "\xe2\x82", "\xc2", "\xe0\xb8", "Ł", "ɐ", "£\xa3"}
	found := 0
	for _, set := range sets {
		rs := newRuneSet(set)
		for _, s := range prefilterTexts(31, 6000, words) {
			for _, v := range []string{s, s[:len(s)/2], s[len(s)/2:], string([]byte(s)[min(1, len(s)):])} {
				want := strings.ContainsAny(v, set)
				if got := rs.in(v); got != want {
					t.Fatalf("runeSet(%q).in(%q) = %v, strings.ContainsAny %v", set, v, got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	if found < 10000 {
		t.Fatalf("only %d texts hold a rune of their set: the test no longer reaches it", found)
	}
}

// TestLastColonSpaceSameAsLastIndex holds lastColonSpace to
// strings.LastIndex(s, ": ").
func TestLastColonSpaceSameAsLastIndex(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(32, 20000, []string{":", ": ", "::", " :", ":x", "a: b"}) {
		for _, v := range []string{s, s + ":", ": " + s, s + s} {
			want := strings.LastIndex(v, ": ")
			if got := lastColonSpace(v); got != want {
				t.Fatalf("lastColonSpace(%q) = %d, strings.LastIndex %d", v, got, want)
			}
			if want >= 0 {
				found++
			}
		}
	}
	if found < 10000 {
		t.Fatalf("only %d texts hold \": \": the test no longer reaches it", found)
	}
}

// addr22SpansPlain is addr22Spans walking every byte through its switch
// (no addr22Stops).
func addr22SpansPlain(s string, have []span) []span {
	var out []span
	a := 0
	for i := 0; i <= len(s); i++ {
		cut, skip := false, 1
		if i == len(s) {
			cut = true
		} else {
			switch c := s[i]; c {
			case '\n', '\r', ';', '|', '\t', '"', '<', '>', '=':
				cut = true
			case '\'':
				cut = i == 0 || i+1 == len(s) || !isLetterByteOrHigh(s[i-1]) || !isLetterByteOrHigh(s[i+1])
			case '\\':
				cut = i+1 >= len(s) || s[i+1] != ','
				if i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r' || s[i+1] == 't') {
					skip = 2
				}
			case '&':
				cut = true
				if strings.HasPrefix(s[i:], "&lt;") || strings.HasPrefix(s[i:], "&gt;") {
					skip = 4
				}
			}
		}
		if !cut {
			continue
		}
		if e := i; i-a >= 8 {
			if i < len(s) && s[i] == '=' {
				if k := strings.LastIndexAny(s[a:i], ", "); k >= 0 {
					e = a + k
				}
			}
			out = addr22Segment(s, a, e, have, out)
		}
		a = i + skip
		i += skip - 1
	}
	return out
}

// TestAddr22SpansSameAsPlain holds addr22Spans, with its stop table, to
// the walk through the switch at every byte.
func TestAddr22SpansSameAsPlain(t *testing.T) {
	words := []string{"Wiedner 149, 8235 Klagenfurt", "Algade 143, 2. th., 2634 Randers", "ship to: ", "Mariahilfer 88/2/14, 8767 Klagenfurt",
		"\\n", "\\,", "\\t", "&lt;", "&gt;", "&amp;", "&", "d'Italia", "'", ";", "|", "\t", "<", ">", "=", "\r", "%2C", "+", " / ",
		"Str%C3%B8get+60%2C+8741+Odense", "x-order=", "184 boul. Papineau, Sherbrooke QC Q0Y 9M4", "خیابان جمهوری پلاک 136"}
	found := 0
	for _, s := range prefilterTexts(33, 20000, words) {
		for _, v := range []string{s, s + " " + s, "addr=" + s + ";" + s} {
			want := addr22SpansPlain(v, nil)
			if got := addr22Spans(v, nil); !slices.Equal(got, want) {
				t.Fatalf("addr22Spans(%q) = %v, the plain walk %v", v, got, want)
			}
			found += len(want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d addresses found: the test no longer reaches the reader", found)
	}
}

// TestNextDigitSameAsLoop holds nextDigit to the loop that tests isDigit
// at each byte, from every start, with every byte value in each lane.
func TestNextDigitSameAsLoop(t *testing.T) {
	plain := func(s string, p int) int {
		for ; p < len(s); p++ {
			if isDigit(s[p]) {
				return p
			}
		}
		return p
	}
	var texts []string
	for c := 0; c < 256; c++ {
		for k := 0; k < 11; k++ {
			b := []byte(strings.Repeat("x/:\xb0\xba", 4))
			b[k] = byte(c)
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, prefilterTexts(34, 5000)...)
	found := 0
	for _, s := range texts {
		for p := 0; p <= len(s); p++ {
			want := plain(s, p)
			if got := nextDigit(s, p); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, the loop %d", s, p, got, want)
			}
			if want < len(s) {
				found++
			}
		}
	}
	if found < 10000 {
		t.Fatalf("only %d digits found: the test no longer reaches them", found)
	}
}

// TestEnterCodeSpansSameAsPlain holds enterCodeSpans22, which skips to
// digits by nextDigit, to the byte loop it had.
func TestEnterCodeSpansSameAsPlain(t *testing.T) {
	plain := func(s string) []span {
		var out []span
		for p := 0; p < len(s); p++ {
			if !isDigit(s[p]) {
				continue
			}
			if p > 0 && (isDigit(s[p-1]) || isAlpha(s[p-1]) || s[p-1] >= 0x80) || p < 3 {
				for p+1 < len(s) && isDigit(s[p+1]) {
					p++
				}
				continue
			}
			e := otpDigitsEnd(s, p)
			if e == 0 {
				for p+1 < len(s) && isDigit(s[p+1]) {
					p++
				}
				continue
			}
			if enterCodeBefore22(s, p) {
				out = append(out, span{start: p, end: e, kind: KindCredential})
			}
			p = e - 1
		}
		return out
	}
	words := []string{"enter code ", "Enter the verification code: ", "wpisz kod ", "or use this code ", "364163", "12", "1234", " is ", "x9"}
	found := 0
	for _, s := range prefilterTexts(35, 30000, words) {
		want := plain(s)
		if got := enterCodeSpans22(s); !slices.Equal(got, want) {
			t.Fatalf("enterCodeSpans22(%q) = %v, the byte loop %v", s, got, want)
		}
		found += len(want)
	}
	if found < 500 {
		t.Fatalf("only %d codes found: the test no longer reaches the reader", found)
	}
}

// TestFiledListsKeepTheirWords holds each list filed by a byte to the list
// it files: under every byte, the words of the list that byte may start
// (or, for the asides, follow the bracket), in the list's order.
func TestFiledListsKeepTheirWords(t *testing.T) {
	check := func(name string, list []string, filed *[256][]string, at int) {
		for c := range 256 {
			var want []string
			for _, w := range list {
				if len(w) <= at || w[at] == byte(c) {
					want = append(want, w)
				}
			}
			var got []string
			for _, w := range filed[c] {
				if len(w) <= at || w[at] == byte(c) {
					got = append(got, w)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s under %q: %q, the list's words there %q", name, byte(c), got, want)
			}
		}
	}
	check("credWordsByFirst", credWordsNonASCII, &credWordsByFirst, 0)
	check("nonLatinStreetFirst", nonLatinStreet, &nonLatinStreetFirst, 0)
	check("proseParensBySecond", proseSecretParens, &proseParensBySecond, 1)
}

// TestCredWordAtSameAsList holds credWordAt, which tries the words filed
// under the byte at i, to the loop over the whole list, at every byte of
// texts built from the list's words.
func TestCredWordAtSameAsList(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(36, 20000, credWordsNonASCII) {
		sc := &scanner{s: s}
		for i := range len(s) {
			want := false
			for _, w := range credWordsNonASCII {
				if strings.HasPrefix(s[i:], w) {
					want = true
					break
				}
			}
			if got := sc.credWordAt(i); got != want {
				t.Fatalf("credWordAt(%q, %d) = %v, the list says %v", s, i, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d password words found: the test no longer reaches the list", found)
	}
}

// TestProseSecretSpansSameAsPlain holds proseSecretSpans, which tries the
// asides filed under the byte after each bracket, to the reader trying
// them all.
func TestProseSecretSpansSameAsPlain(t *testing.T) {
	words := append([]string{"rotated to ", "set to ", "password", "api_key", "s3cr3t-Value9", "(", " (", ")"}, proseSecretParens...)
	texts := prefilterTexts(37, 30000, words)
	for k, p := range proseSecretParens {
		for _, key := range []string{"password ", "api_key ", "db password ", "the token "} {
			texts = append(texts, key+p+"Zm9vYmFyX2s3cTlMcDR6VDhS)", "changed "+key+p+"Zm9vYmFyX2s3cTlMcDR6VDhS) today", texts[k]+key+p+"whsec_9fK2mQ7xLp4Zt8Rb3)", key+p[:len(p)-1])
		}
	}
	found := 0
	for _, s := range texts {
		want := proseSecretSpansPlain(s)
		if got := proseSecretSpans(s); !slices.Equal(got, want) {
			t.Fatalf("proseSecretSpans(%q) = %v, trying every aside %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Fatalf("only %d secrets found: the test no longer reaches the reader", found)
	}
}

// proseSecretSpansPlain is proseSecretSpans trying every aside at each
// bracket.
func proseSecretSpansPlain(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		p := strings.IndexByte(s[off:], '(')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		for _, w := range proseSecretParens {
			if strings.HasPrefix(s[p:], w) {
				if x, ok := proseSecretAt(s, p, p+len(w)); ok {
					out = append(out, x)
				}
				break
			}
		}
	}
	for off := 0; off < len(s); {
		p := indexAt(s[off:], " to ", 2)
		if p < 0 {
			break
		}
		p += off
		off = p + 4
		vb := p
		for vb > 0 && isAlpha(s[vb-1]) {
			vb--
		}
		verb := s[vb:p]
		for _, w := range proseSecretVerbs {
			if strings.EqualFold(verb, w) && vb > 1 && s[vb-1] == ' ' {
				if x, ok := proseSecretAt(s, vb-1, p+4); ok {
					out = append(out, x)
				}
				break
			}
		}
	}
	return out
}

// TestByteTableSameAsContainsAny holds byteTable.in to strings.ContainsAny
// of its chars, on texts with bytes beyond ASCII and invalid ones.
func TestByteTableSameAsContainsAny(t *testing.T) {
	const chars = "=@{}[]<>|\\\t\""
	if cellRefuse22 != newByteTable(chars) {
		t.Fatal("cellRefuse22 is not the table of cellAddress22's bytes")
	}
	words := []string{"=", "@", "{", "}", "[", "]", "<", ">", "|", "\\", "\t", "\"", "é", "\xff", "\xe2\x82", "Wiedner 149, 8235 Klagenfurt"}
	found := 0
	for _, s := range prefilterTexts(38, 30000, words) {
		for _, v := range []string{s, s[:min(len(s), 1)], s[len(s)/2:]} {
			want := strings.ContainsAny(v, chars)
			if got := cellRefuse22.in(v); got != want {
				t.Fatalf("byteTable.in(%q) = %v, strings.ContainsAny %v", v, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 10000 {
		t.Fatalf("only %d texts hold a byte of the set: the test no longer reaches it", found)
	}
}

// waybillBeforePlain is waybillBefore19 reading the whole label before
// its test, as before the three-byte tail was tried first.
func waybillBeforePlain(s string, p int) bool {
	if p < 4 {
		return false
	}
	e := p
	for k := 0; k < 4 && e > 0 && strings.IndexByte(" :=\"'#", s[e-1]) >= 0; k++ {
		e--
	}
	if e < p && e > 0 && isAlpha(s[e-1]) {
		var buf [40]byte
		if waybillLabel19(bytesToString(labelBefore19(buf[:], s, e))) {
			return true
		}
	}
	if s[p-1] == ' ' && s[p-2] == ' ' || s[p-1] == '\n' {
		return waybillColumn19(s, p)
	}
	return false
}

func TestWaybillBeforeSameAsPlain(t *testing.T) {
	found := 0
	seps := []string{" ", ": ", "=", " #", "\n", "  ", "_", " No. ", "-"}
	for k, s := range prefilterTexts(26, 20000, trackingWords, waybillWords19) {
		s += seps[k%len(seps)] + "020-57808291"
		for p := 1; p < len(s); p++ {
			if !isDigit(s[p]) || isDigit(s[p-1]) {
				continue
			}
			want := waybillBeforePlain(s, p)
			if got := waybillBefore19(s, p); got != want {
				t.Fatalf("waybillBefore19(%q, %d) = %v, the whole label says %v", s, p, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 500 {
		t.Fatalf("only %d waybill labels among the texts: the test no longer reaches the lists", found)
	}
}

// invoiceCodeBeforePlain is invoiceCodeBefore18 without the test of the
// key's last byte.
func invoiceCodeBeforePlain(s string, i int) bool {
	p := i
	for n := 0; p > 0 && n < 4 && (s[p-1] == '"' || s[p-1] == '\'' || s[p-1] == ' ' || s[p-1] == '=' || s[p-1] == ':' || s[p-1] == '>' || s[p-1] == '(' || s[p-1] == '\\'); n++ {
		p--
	}
	if p == i {
		return false
	}
	for _, w := range [...]string{"：", "（"} {
		if strings.HasSuffix(s[:p], w) {
			p -= len(w)
		}
	}
	e := p
	for p > 0 && e-p < 32 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '-' || s[p-1] >= 0x80) {
		p--
	}
	if e-p < 4 {
		return false
	}
	if c := s[p] | 0x20; c != 'f' && c != 'i' && s[p] != 0xe5 && s[p] != 0xe7 {
		return false
	}
	var buf [32]byte
	nk := normKey(buf[:0], s[p:e])
	for _, h := range [...]string{"fapiao", "invoice", "发票", "發票", "factura", "fattura", "fatura"} {
		if len(nk) > len(h) && string(nk[:len(h)]) == h {
			switch string(nk[len(h):]) {
			case "code", "no", "num", "number", "代码", "代碼", "号码", "號碼":
				return true
			}
			return false
		}
	}
	return false
}

func TestInvoiceCodeBeforeSameAsPlain(t *testing.T) {
	heads := []string{"fapiao", "Fapiao", "invoice", "INVOICE", "发票", "發票", "factura", "fattura", "fatura"}
	tails := append(invoiceCodeTails18[:], "Code", "NO", "Number", "num_", "code-", "nr", "id")
	texts := prefilterTexts(27, 4000, heads, tails, []string{"_", "-", "：", "（", "\"", "<", ">"})
	for _, h := range heads {
		for _, tl := range tails {
			for _, j := range []string{"", "_", "-", ".", " "} {
				for _, sep := range []string{" ", "：", "（", "\":\"", "=", ">", "(", "x"} {
					texts = append(texts, h+j+tl+sep, "<"+h+j+tl+sep)
				}
			}
		}
	}
	found := 0
	for _, s := range texts {
		s += "0404 1234"
		for p := 1; p < len(s); p++ {
			if !isDigit(s[p]) || isDigit(s[p-1]) {
				continue
			}
			want := invoiceCodeBeforePlain(s, p)
			if got := invoiceCodeBefore18(s, p); got != want {
				t.Fatalf("invoiceCodeBefore18(%q, %d) = %v, without the filter %v", s, p, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 300 {
		t.Fatalf("only %d invoice codes among the texts: the test no longer reaches the keys", found)
	}
}

// credEndingPlain is credEnding by lower and the map alone.
func credEndingPlain(t string) bool {
	var buf [3]byte
	return credEndings[string(lower(buf[:0], t))]
}

func TestCredEndingSameAsMap(t *testing.T) {
	var bs []byte // every letter, and bytes beside the letters' ranges
	for c := 0; c < 256; c++ {
		if isAlpha(byte(c)) || isAlpha(byte(c)^0x20) || c%17 == 0 || c == '_' || c == '-' || c == 0x80 || c == 0xff {
			bs = append(bs, byte(c))
		}
	}
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				if w := string([]byte{a, b, c}); credEnding(w) != credEndingPlain(w) {
					t.Fatalf("credEnding(%q) = %v, the map says %v", w, credEnding(w), credEndingPlain(w))
				}
			}
		}
	}
	for _, w := range []string{"", "a", "ab", "abcd", "key "} {
		if credEnding(w) != credEndingPlain(w) {
			t.Fatalf("credEnding(%q) = %v, the map says %v", w, credEnding(w), credEndingPlain(w))
		}
	}
	n := 0
	for w := range credEndings {
		for _, v := range []string{w, strings.ToUpper(w)} {
			if len(v) == 3 && !credEnding(v) {
				t.Errorf("credEnding misses %q", v)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no endings")
	}
}

func TestFlagSecretMaySameAsFlagSecret(t *testing.T) {
	r := newDefault(t)
	texts := prefilterTexts(28, 6000, []string{"-u ", "-user ", " -p", "mysql", "-pS3cr3t", "by ", "BY ", "identified ", "IDENTIFIED ", "-", "admin:Secret1", "'root:pw9x'"}, []string{"<", "<ns:Tag a=\"1\">", "<Tag ", " >", "/>"})
	found, tags := 0, 0
	for _, s := range texts {
		for _, v := range []string{s, "mysql -u " + s, "curl -user " + s, "identified " + s} {
			for i := 0; i < len(v); i++ {
				if !isAlpha(v[i]) || i > 0 && wordByte[v[i-1]] {
					continue
				}
				j := i
				for j < len(v) && wordByte[v[j]] {
					j++
				}
				if got, want := xmlOpenWithAttrsAfter(v, i, j), xmlOpenWithAttrs(v, i, j); got != want {
					t.Fatalf("xmlOpenWithAttrsAfter(%q, %d, %d) = %d, xmlOpenWithAttrs says %d", v, i, j, got, want)
				} else if got > 0 {
					tags++
				}
				if !(j+1 < len(v) && v[j] == ' ' || v[i] == 'p' && i >= 2 && v[i-1] == '-') {
					continue // the word scanner's own condition for the call
				}
				sc := &scanner{r: r, s: v, lastEnd: -1}
				e := sc.flagSecret(i, j)
				if e > 0 {
					found++
				}
				if e > 0 && !flagSecretMay(v, i, j) {
					t.Fatalf("flagSecret(%q, %d, %d) = %d, flagSecretMay rules it out", v, i, j, e)
				}
			}
		}
	}
	if found < 100 || tags < 100 {
		t.Fatalf("only %d flag secrets and %d tags among the texts: the test no longer reaches the cases", found, tags)
	}
}

func TestKeyTestsSameAsTests(t *testing.T) {
	var keys []string
	parts := append(append(append([]string{}, roleTails...), titleTails...), sentCodeVerbs23...)
	for k := range brandKeys {
		parts = append(parts, k)
	}
	parts = append(parts, "pickuppin", "otpcode", "mãxácnhận", "код", "uploadedby", "cn", "x", "otpsent", "buyerpartyname", "抬头", "createdafter")
	for n, p := range parts {
		keys = append(keys, p, "x"+p, "order"+p, p+"id", fmt.Sprintf("shop%d%s", n, p), fmt.Sprintf("%scode", p))
	}
	type answers [6]bool
	plain := func(nk []byte) answers {
		return answers{roleKey(nk), mayBeAccessKey20(nk), sentCodeKey23(nk), businessKey18(nk), partyKey19(string(nk)), titleKey(nk)}
	}
	want := make([]answers, len(keys))
	some := 0
	for k, key := range keys {
		want[k] = plain([]byte(key))
		for _, a := range want[k] {
			if a {
				some++
			}
		}
	}
	if some < len(keys)/4 {
		t.Fatalf("only %d answers of the tests are true: the test no longer reaches their lists", some)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	cached := atomic.Int64{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 4; round++ {
				for k, key := range keys {
					kt := keyTestsFor([]byte(key))
					if kt.f != nil {
						cached.Add(1)
					}
					if got := (answers{kt.role(), kt.access(), kt.sentCode(), kt.business(), kt.party(), kt.title()}); got != want[k] {
						errs <- fmt.Sprintf("keyTestsFor(%q) answers %v, the tests %v", key, got, want[k])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if cached.Load() == 0 {
		t.Fatal("no key was answered from the cache")
	}
}

// TestMayNameValueBeforeItemName holds mayNameValue18 to itemNameValue18:
// wherever the item's reader finds a name, the first test lets it through.
func TestMayNameValueBeforeItemName(t *testing.T) {
	items := []string{"Nguyễn Văn An", "Ana Lima", "Mikkelsen, Anders", "ruiz, ana", "ÉVA NOVAK", "김 도윤", "李 小龙",
		"mr. Jan Kowalski", "van der Berg, Eva", "ola", "J. Family"}
	found, passed := 0, 0
	for _, s := range prefilterTexts(261, 20000, items) {
		for v := 0; v < len(s); v++ {
			may := mayNameValue18(s, v)
			if may {
				passed++
			}
			if a, b, _ := itemNameValue18(s, v); b > a {
				found++
				if !may {
					t.Fatalf("itemNameValue18(%q, %d) finds %q; mayNameValue18 says no", s, v, s[a:b])
				}
			}
		}
	}
	if found < 1000 || passed == 0 {
		t.Fatalf("only %d names among the texts", found)
	}
}

// greetingEndPlain is greetingEnd18 without its pair filter.
func greetingEndPlain(s string) int {
	p := 0
	if len(s) > 1 && s[0] == '@' {
		sp := strings.IndexByte(s, ' ')
		if sp < 0 || sp > 32 {
			return 0
		}
		p = sp + 1
	}
	if p >= len(s) {
		return 0
	}
	g := ""
	for _, w := range greetingFirst[s[p]] {
		if len(w) > len(g) && len(s)-p > len(w) && strings.EqualFold(s[p:p+len(w)], w) {
			g = w
		}
	}
	if g == "" {
		return 0
	}
	e := p + len(g)
	if e < len(s) && wordRune18(rune(s[e])) && s[e] < 0x80 {
		return 0
	}
	for _, w := range []string{" kak", " po", " shop"} {
		if strings.HasPrefix(s[e:], w) && (e+len(w) == len(s) || !isAlnum(s[e+len(w)])) {
			e += len(w)
			break
		}
	}
	for e < len(s) && (s[e] == '!' || s[e] == ',') {
		e++
	}
	return e
}

// TestGreetingEndSameAsPlain holds greetingEnd18's filter (greetingFold2)
// to the comparison of every greeting of its first byte, on texts opening
// with the greetings in three cases, with folded runes (the Kelvin sign,
// the long s) in their second place, and after an @mention.
func TestGreetingEndSameAsPlain(t *testing.T) {
	var ws []string
	for c := range greetingFirst {
		for _, g := range greetingFirst[c] {
			ws = append(ws, g)
			if len(g) > 1 && g[0] < 0x80 {
				ws = append(ws, g[:1]+"\u212a"+g[2:], g[:1]+"ſ"+g[2:])
			}
		}
	}
	found := 0
	for _, s := range prefilterTexts(262, 30000, ws) {
		for _, v := range []string{s, "@shop " + s, strings.TrimLeft(s, " ")} {
			got, want := greetingEnd18(v), greetingEndPlain(v)
			if got != want {
				t.Fatalf("greetingEnd18(%q) = %d, plain %d", v, got, want)
			}
			if want > 0 {
				found++
			}
		}
	}
	if found < 3000 {
		t.Fatalf("only %d greetings among the texts", found)
	}
}
