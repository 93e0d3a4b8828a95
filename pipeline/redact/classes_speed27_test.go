package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// The tests below hold each of speed27's filters (speed27_gates.go) to the
// plain search or loop it stands in front of: the same answer on random
// texts built from the lists' own words and the bytes that fold to them.

// indexFold3Plain is indexFold3 without its anchor.
func indexFold3Plain(s string, a, b, c byte) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == a && s[i+1]|0x20 == b && s[i+2]|0x20 == c {
			return i
		}
	}
	return -1
}

func TestIndexFold3SameAsLoop(t *testing.T) {
	triples := [][3]byte{{'s', 'm', 's'}, {'o', 't', 'p'}, {'a', 'a', 'a'}, {'e', 'z', 'e'}, {'x', '_', 'y'}}
	words := []string{"sms", "SMS", "Sms", "otp", "OTP", "oTp", "aaa", "eze", "x_y", "X\x7fY", "s", "m", "o", "t", "p", "P", "M", "S"}
	found := 0
	for _, s := range prefilterTexts(27, 20000, words) {
		for _, tr := range triples {
			want := indexFold3Plain(s, tr[0], tr[1], tr[2])
			if got := indexFold3(s, tr[0], tr[1], tr[2]); got != want {
				t.Fatalf("indexFold3(%q, %q) = %d, the plain loop says %d", s, tr[:], got, want)
			}
			if got := containsFold3(s, tr[0], tr[1], tr[2]); got != (want >= 0) {
				t.Fatalf("containsFold3(%q, %q) = %v", s, tr[:], got)
			}
			if want >= 0 {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches among the texts", found)
	}
}

func TestFieldsUpToSameAsFields(t *testing.T) {
	pieces := []string{"Ana", "Lima", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u3000", "\u2003",
		"é", "x", "-", "\x80", "Ⅻ"}
	rng := rand.New(rand.NewPCG(27, 1))
	for range 50000 {
		var b strings.Builder
		for m := rng.IntN(14); m > 0; m-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		v := b.String()
		all := strings.Fields(v)
		var buf [5]string
		ws, more := fieldsUpTo(buf[:0], v)
		want := all
		if len(all) > 5 {
			want = all[:5]
		}
		if !slices.Equal(ws, want) || more != (len(all) > 5) {
			t.Fatalf("fieldsUpTo(%q) = %q, %v; strings.Fields says %q", v, ws, more, all)
		}
	}
}

// phoneLabelBefore24Plain is phoneLabelBefore24 without phoneLabelLast24.
func phoneLabelBefore24Plain(s string, st int) int {
	for _, l := range phoneLabels24 {
		if st >= len(l)+1 && strings.EqualFold(s[st-len(l):st], l) && s[st-len(l)-1] == ' ' {
			return st - len(l)
		}
	}
	return st
}

func TestPhoneLabelLastSameAsLabels(t *testing.T) {
	found := 0
	for _, s := range prefilterTexts(28, 20000, phoneLabels24, []string{"+46 70", "TÉL:", "Tel", "\u212aa"}) {
		for st := 0; st <= len(s); st++ {
			want := phoneLabelBefore24Plain(s, st)
			if got := phoneLabelBefore24(s, st); got != want {
				t.Fatalf("phoneLabelBefore24(%q, %d) = %d, the plain loop says %d", s, st, got, want)
			}
			if want != st {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d labels among the texts", found)
	}
}

func TestEqualFoldASCIISameAsEqualFold(t *testing.T) {
	targets := []string{"sessionId", "session_id", "key", "Ks"}
	words := []string{"sessionId", "SESSION_ID", "ſessionId", "\u212aey", "kſ", "session", "_id", "Id", "@timestamp"}
	for _, x := range prefilterTexts(29, 20000, words) {
		for _, w := range targets {
			for _, v := range []string{x, w, strings.ToUpper(w), "ſ" + w[1:]} {
				if got, want := equalFoldASCII(v, w), strings.EqualFold(v, w); got != want {
					t.Fatalf("equalFoldASCII(%q, %q) = %v, strings.EqualFold says %v", v, w, got, want)
				}
			}
		}
	}
	if !equalFoldASCII("ſessionId", "sessionId") || !equalFoldASCII("\u212aey", "key") {
		t.Fatal("a long s or a Kelvin sign no longer folds")
	}
}

// changeWordBeforePlain is changeWordBefore over a whole list.
func changeWordBeforePlain(s string, a int, words []string) int {
	p := a
	if p > 0 && (s[p-1] == '"' || s[p-1] == '\'') {
		p--
	}
	if p == 0 || s[p-1] != ' ' {
		return -1
	}
	p--
	for _, w := range words {
		st := p - len(w)
		if st >= 0 && strings.EqualFold(s[st:p], w) && (st == 0 || !isWord(s[st-1]) && s[st-1] < 0x80) {
			return st
		}
	}
	return -1
}

// contactPhrase16Plain is contactPhrase16 over the whole list.
func contactPhrase16Plain(s string, i int) bool {
	if s[i-1] != ' ' {
		return false
	}
	for _, w := range contactPhrases16 {
		if len(w) <= i && strings.EqualFold(s[i-len(w):i], w) {
			return true
		}
	}
	return false
}

func TestFoldTailIndexSameAsLists(t *testing.T) {
	odd := []string{"fro\u212a", "desde", "ſ", "\u212a", "TỪ", "С", "thàNH", "+39 ", "\"", "'"}
	found := 0
	for _, s := range prefilterTexts(30, 60000, changeFrom, changeTo, odd) {
		for a := 0; a <= len(s); a++ {
			for _, l := range []struct {
				words []string
				by    *[256][]string
			}{{changeFrom, changeFromByLast}, {changeTo, changeToByLast}} {
				want := changeWordBeforePlain(s, a, l.words)
				if got := changeWordBefore(s, a, l.by); got != want {
					t.Fatalf("changeWordBefore(%q, %d) = %d, the whole list says %d", s, a, got, want)
				}
				if want >= 0 {
					found++
				}
			}
		}
	}
	if found < 300 {
		t.Fatalf("only %d change words among the texts", found)
	}
	found = 0
	for _, s := range prefilterTexts(31, 20000, contactPhrases16, []string{"CALL ME AT ", "\u212a", "ſ", "1"}) {
		for i := 1; i < len(s); i++ {
			want := contactPhrase16Plain(s, i)
			if got := contactPhrase16(s, i); got != want {
				t.Fatalf("contactPhrase16(%q, %d) = %v, the whole list says %v", s, i, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d contact phrases among the texts", found)
	}
	// a word that ends beyond ASCII, or in a letter a Kelvin sign or a long
	// s folds to, is listed where such a text's byte may be
	by := foldTailIndex([]string{"zu", "k", "từ", "\u212a", "ſ"}, 1)
	for _, c := range []byte{'u', 'U', 0xAA, 0xBF, 0x80} {
		if !slices.Contains(by[c], "zu") {
			t.Errorf("%q not under %#x", "zu", c)
		}
	}
	if !slices.Contains(by[0xAA], "k") || !slices.Contains(by['K'], "k") || !slices.Contains(by[0xAB], "từ") ||
		!slices.Contains(by['k'], "\u212a") || !slices.Contains(by['S'], "ſ") {
		t.Error("foldTailIndex leaves out a word that may match")
	}
	if slices.Contains(by['x'], "zu") || slices.Contains(by['u'], "k") || slices.Contains(by['u'], "từ") || slices.Contains(by['x'], "\u212a") {
		t.Error("foldTailIndex lists a word under a byte it cannot end at")
	}
}

// labelItemNames18Plain is labelItemNames18's walk over every byte.
func labelItemNames18Plain(s string, have []span) []span {
	var out []span
	start := greetingEnd18(s)
	for p := 0; p < len(s); p++ {
		if !(p == 0 || p == start+1 && start > 0 || itemStartAt18(s, p)) {
			continue
		}
		a, b, next := labelItemName18(s, p)
		if b <= a {
			continue
		}
		if !overlaps(have, a, b) && !overlaps(out, a, b) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
		p = next - 1
	}
	return out
}

func TestItemCandSameAsEveryByte(t *testing.T) {
	pieces := []string{"Hola, ", "Hi! ", "@shop ", "nombre Abril Arriaga", "nom: Jean Dupont", "navn Mikkelsen, Anders",
		"tên: Lương Văn Hùng", "ime - ANTONIO KNEŽEVIĆ", "; ", " / ", "(", ")", " - ", "\\n", "\n", "，", "。", "! ",
		"? ", "| ", ". ", ", ", "kode 1234", "http_status=202"}
	rng := rand.New(rand.NewPCG(27, 2))
	found := 0
	for range 40000 {
		var b strings.Builder
		for m := rng.IntN(10) + 1; m > 0; m-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := labelItemNames18Plain(s, nil)
		if got := labelItemNames18(s, nil); !slices.Equal(got, want) {
			t.Fatalf("labelItemNames18(%q) = %v, the walk over every byte says %v", s, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Fatalf("only %d names among the texts", found)
	}
}

// Table cases: what each filter must let through (the search it guards
// then finds it) and what it rules out.
func TestSpeed27Cases(t *testing.T) {
	for _, c := range []struct {
		s    string
		a    int
		want int
	}{
		{"changed from +39 347", 13, 8},
		{"changed FROM +39 347", 13, 8},
		{"changed von \"+39 347", 13, 8},
		{"could not reach +1 555", 16, -1},
		{"sang +84 90", 5, -1},
	} {
		if got := changeWordBefore(c.s, c.a, changeFromByLast); got != c.want {
			t.Errorf("changeWordBefore(%q, %d) = %d, want %d", c.s, c.a, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		st   int
		want int
	}{
		{"Ana Lima tel:+46 70", 13, 9},
		{"Ana Lima TEL.:+46 70", 14, 9},
		{"Ana Lima +46 70", 9, 9},
		{"Ana Lima hotel:+46", 15, 15},
	} {
		if got := phoneLabelBefore24(c.s, c.st); got != c.want {
			t.Errorf("phoneLabelBefore24(%q, %d) = %d, want %d", c.s, c.st, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{
		{"sms code 4471", 0}, {"Your SmS", 5}, {"cosmos", -1}, {"smile", -1}, {"s m s", -1},
	} {
		if got := indexFold3(c.s, 's', 'm', 's'); got != c.want {
			t.Errorf("indexFold3(%q, sms) = %d, want %d", c.s, got, c.want)
		}
	}
	if !contactPhrase16("please call me at 0912", 18) || contactPhrase16("please call me 0912", 16) {
		t.Error("contactPhrase16")
	}
}

func TestPhoneLeadSameAsPhonePhraseAt(t *testing.T) {
	for n := range phoneLead {
		for c := range 256 {
			want := phrase14At[n][c] != 0
			for _, w := range []string{"my", "call", "text", "reach", "contact", "whatsapp"} {
				want = want || n == len(w) && byte(c) == w[0]
			}
			if phoneLead[n][c] != want {
				t.Fatalf("phoneLead[%d][%#x] = %v, the phrases say %v", n, c, phoneLead[n][c], want)
			}
		}
	}
	var words []string
	words = append(words, phonePhrases14...)
	words = append(words, phoneWordsMore...)
	found := 0
	for _, s := range prefilterTexts(32, 20000, words) {
		for i := 0; i < len(s); i++ {
			j := i
			for j < len(s) && wordByte[s[j]] {
				j++
			}
			if j == i {
				continue
			}
			if e := phonePhraseAt(s, i, j); e > 0 {
				found++
				if !phoneLeadMay(s, i, j) {
					t.Fatalf("phoneLeadMay(%q, %d, %d) rules out the phrase phonePhraseAt finds", s, i, j)
				}
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d phrases among the texts", found)
	}
}

func TestFieldSkipsSameAsFacts(t *testing.T) {
	keep := &rule{FieldRule: FieldRule{Action: ActionKeep}}
	mask := &rule{FieldRule: FieldRule{Action: ActionMask}}
	rng := rand.New(rand.NewPCG(27, 3))
	for range 2000 {
		top := make([]topPath, rng.IntN(65))
		for k := range top {
			pi := &top[k].pi
			switch rng.IntN(3) {
			case 0:
				pi.ru = keep
			case 1:
				pi.ru = mask
			}
			pi.key, pi.keyClean = rng.IntN(2) == 0, rng.IntN(2) == 0
		}
		f := skipsOf(top)
		for _, vals := range [][]knownValue{nil, {{}}} {
			ks := &knownSet{vals: vals}
			for k := range top {
				kr, qr := 0, 0
				for kr < len(top)-k && top[k+kr].pi.kept() {
					kr++
				}
				for qr < len(top)-k && top[k+qr].pi.kept() && !top[k+qr].pi.keyScan(true, ks) {
					qr++
				}
				if got := f.keptRun(k); got != kr {
					t.Fatalf("keptRun(%d) = %d, the facts say %d", k, got, kr)
				}
				if got := f.quietRun(k, ks); got != qr {
					t.Fatalf("quietRun(%d) = %d, the facts say %d", k, got, qr)
				}
			}
		}
	}
}

func TestSamePathsSameAsCompare(t *testing.T) {
	r := newDefault(t)
	line := "@timestamp message log.level customer.email service.name"
	// the paths as a decoder holds them: strings of their own
	fs := []event.Field{{Path: line[:10]}, {Path: line[11:18]}, {Path: line[19:28]}, {Path: line[29:43]}, {Path: line[44:]}}
	for range 2 {
		r.shapes.offer(fs, topPaths(r, fs))
	}
	if r.shapes.get(fs) == nil {
		t.Fatal("a shape seen twice is not cached")
	}
	copies := make([]event.Field, len(fs))
	for k := range fs {
		copies[k].Path = strings.Clone(fs[k].Path)
	}
	if r.shapes.get(copies) == nil {
		t.Fatal("the same paths in other strings are not the shape's")
	}
	for k := range fs {
		// the same first byte in memory, a shorter or longer string; a copy
		// with one byte changed
		for _, p := range []string{line[29 : 29+len(fs[k].Path)-1], fs[k].Path[:len(fs[k].Path)-1], line[:len(fs[k].Path)+1],
			strings.ToUpper(fs[k].Path)} {
			other := append([]event.Field(nil), fs...)
			other[k].Path = p
			if p == fs[k].Path {
				continue
			}
			if r.shapes.get(other) != nil {
				t.Fatalf("path %d changed to %q: served by the cached shape", k, p)
			}
		}
	}
}

func TestStreetTypeLeadSameAsSets(t *testing.T) {
	for _, set := range []map[string]bool{streetBefore, trStreetTypes, streetAfter} {
		for w, ok := range set {
			if ok && w != "" && len(w) <= 16 && !streetTypeLead[len(w)][w[0]] {
				t.Fatalf("%q is left out of streetTypeLead", w)
			}
		}
	}
	for _, w := range []string{"Rua", "Street", "STREET", "Cad", "Avenida", "Jalan"} {
		if !streetTypeMay(w, 0, len(w)) {
			t.Errorf("streetTypeMay(%q) is false", w)
		}
	}
	if streetTypeMay("Xq", 0, 2) {
		t.Error("streetTypeMay(\"Xq\") is true")
	}
}

func TestSpaceFactsSameAsGates(t *testing.T) {
	words := []string{"4", "5 ", "3 2", "4 5 3 2 9", "1 2 3", "x-api-key", "otp", "pass", "token", "secret:", "API KEY", "from", "von", "de", "z", "od",
		"Passwort", "pin", "ID", "a", "PIN:"}
	for _, w := range credChangeFrom {
		words = append(words, " "+w+" ", w)
	}
	found := [3]int{}
	for _, s := range prefilterTexts(33, 60000, words) {
		got := spaceFactsOf(s)
		got.asrDigits, got.asrBits = 0, 0 // (asr30's gate, tested in classes_asr30_test.go)
		want := spaceFacts{spoken: mayHoldSpokenDigits(s), spaced: mayHoldSpacedSecret(s), from: changeFromSpace(s)}
		if got != want {
			t.Fatalf("spaceFactsOf(%q) = %+v, the three gates say %+v", s, got, want)
		}
		if want.spoken {
			found[0]++
		}
		if want.spaced {
			found[1]++
		}
		if want.from >= 0 {
			found[2]++
		}
	}
	for k, n := range found {
		if n < 300 {
			t.Fatalf("gate %d: only %d texts it takes", k, n)
		}
	}
}
