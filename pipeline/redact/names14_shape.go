package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shape of a person's name where no key, role word or lexicon entry
// vouches for it, for the readers of names14_*.go: the place (a
// signature's line, the words before an order's reference) says "a name
// may stand here", the words' shape says whether one does.
//
// Strong shapes, each a way people and systems write names that goods,
// places and statuses are seldom written in: an initial and a family name
// ("R. Henare", "ณ. แก้วมณี", "A. بن راشد"); a family name in capitals and
// a given name ("GAGNON Liam", "VAN WYK Lerato", "Zeynep AYDOĞAN"); a word
// the lexicon knows; a name in a script without case (a Han name with a
// family name first, Hangul of two to four syllables, two or three words
// of Thai, Arabic, Devanagari…). The weak shape, two or three capitalised
// words ("Aroha Ngata", "Fleur van 't Hof"), only where the reader says
// the place is a name's alone.

// Kinds of words in a name.
const (
	n14Cap      = iota + 1 // capitalised: "Ngata", "O'Sullivan", "Côté-Lavoie"
	n14Caps                // in capitals, two letters or more: "GAGNON", "CÔTÉ-LAVOIE"
	n14Init                // an initial and its full stop: "R.", "Ç.", "ณ."
	n14Caseless            // letters of a script without case: "แก้วมณี", "山本翔太"
	n14Part                // a particle inside a name: "van", "de", "'t", "i"
)

// n14Word is one word of a run.
type n14Word struct {
	a, b int
	k    uint8
}

// n14WordAt reads the word at a (up to a space or punctuation) and its
// kind; b == a or k == 0 when there is no name's word there.
func n14WordAt(s string, a int) n14Word {
	if a >= len(s) {
		return n14Word{a: a, b: a}
	}
	if s[a] == '\'' && a+2 < len(s) && s[a+1] == 't' && s[a+2] == ' ' {
		return n14Word{a, a + 2, n14Part} // "van 't Hof"
	}
	b := nameWordEnd(s, a)
	if b <= a {
		return n14Word{a: a, b: a}
	}
	w := s[a:b]
	if strings.HasSuffix(w, ".") { // an ASCII initial, read by nameWordEnd
		return n14Word{a, b, n14Init}
	}
	if !utf8.ValidString(w) {
		return n14Word{a: a, b: a}
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && b < len(s) && s[b] == '.' && (unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return n14Word{a, b + 1, n14Init} // "Ç.", "ف.", "ณ."
	}
	if particles[w] || w == "i" {
		return n14Word{a, b, n14Part} // "Pujol i Serra": the Catalan "and"
	}
	if capParticle28(s, a, b) {
		return n14Word{a, b, n14Part} // "Mehdi El Amrani" (nm28_sigtail.go)
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && !unicode.Is(unicode.M, c) && c != '\'' && c != '-' && c != '’' {
			return n14Word{a: a, b: a}
		}
	}
	switch {
	case unicode.IsUpper(r):
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			return n14Word{a, b, n14Caps}
		}
		if strings.ToLower(w[n:]) == w[n:] || strings.ContainsAny(w, "'-’") || mcName(w) {
			return n14Word{a, b, n14Cap}
		}
	case unicode.IsLetter(r) && !unicode.IsLower(r) && !hasKana(w):
		return n14Word{a, b, n14Caseless}
	}
	return n14Word{a: a, b: a}
}

// mcName reports a capitalised word with a second capital inside as
// family names write it: "McAllister", "MacLeod", "DeShawn".
func mcName(w string) bool {
	return len(w) > 3 && (strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || strings.HasPrefix(w, "De") || strings.HasPrefix(w, "Le") || strings.HasPrefix(w, "La"))
}

// n14Plain reports a word that makes a run no person's: teams, places,
// goods, statuses, legal forms.
func n14Plain(s string, w n14Word) bool {
	if w.k == n14Part || w.k == n14Caseless || w.k == n14Init {
		return false
	}
	return plainWord(s[w.a:w.b]) || legalForm(s, w.a, w.b) || n14Carrier[strings.ToLower(s[w.a:w.b])]
}

// n14Carrier are carriers, services and acronyms written in capitals that
// stand before a reference as a name would.
var n14Carrier = setOf("ups", "dhl", "dpd", "gls", "tnt", "usps", "ems", "fedex", "sf", "jne", "jnt", "spx", "vip",
	"cod", "otp", "sms", "pdf", "api", "ok", "rma", "sku", "eta", "faq", "usd", "eur", "gbp", "aed", "sar", "inr",
	"cs", "qa", "it", "hr", "ceo", "cto", "llc", "ltd", "inc", "corp", "co", "gmbh", "bv", "nv", "sa", "ag")

// n14Strength grades a run of words as a person's name: 0 no name, 1 the
// weak shape (capitalised words alone), 2 a strong shape.
func n14Strength(s string, ws []n14Word) int {
	if len(ws) == 0 || ws[0].k == n14Part || ws[len(ws)-1].k == n14Part || ws[len(ws)-1].k == n14Init {
		return 0
	}
	var caps, cap, caseless, inits, words int
	known := false
	for i, w := range ws {
		switch w.k {
		case n14Caps:
			caps++
			if n14Carrier[strings.ToLower(s[w.a:w.b])] {
				return 0 // "UPS Ground", "DHL Express"
			}
		case n14Cap:
			cap++
		case n14Caseless:
			caseless++
		case n14Init:
			inits++
			if i > 0 && ws[i-1].k == n14Init && i > 1 {
				return 0 // three initials: an acronym's letters
			}
		}
		if w.k != n14Part {
			words++
		}
		if w.k == n14Cap || w.k == n14Caps {
			if lexClass(strings.TrimSuffix(s[w.a:w.b], ".")) != 0 {
				known = true
			}
		}
	}
	if words > 5 {
		return 0
	}
	if caseless > 0 && caseless+inits != words {
		// scripts mixed: a Latin given name and an Arabic family name
		// ("مريم Al Mansoori") is one person's too when one side is known
		// or in capitals; otherwise no shape to judge
		if known || caps > 0 || inits > 0 {
			return 2
		}
		return 0
	}
	if caseless > 0 {
		v := s[ws[0].a:ws[len(ws)-1].b]
		if inits > 0 {
			return 2 // "ณ. แก้วมณี", "م. الهاشمي"
		}
		if words == 1 {
			if n14HanOrHangulName(v) {
				return 2
			}
			return 0
		}
		if spacedHanName(v) || hangulOnly(v) && greetedSentenceName(v, true) {
			return 2
		}
		if words <= 3 && caselessWords(v) && !strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			return 2 // Thai, Arabic, Devanagari…: two or three words
		}
		return 0
	}
	if words < 2 && !(words == 1 && inits > 0) {
		return 0
	}
	switch {
	case inits > 0 && cap+caps > 0:
		return 2 // "R. Henare", "J. van der Berg", "L. García Ruiz"
	case known:
		return 2
	case caps > 0 && cap > 0:
		for _, w := range ws {
			if w.k == n14Caps && !n14CapsName(s[w.a:w.b]) {
				return 0
			}
		}
		return 2 // "GAGNON Liam", "VAN WYK Lerato", "Zeynep AYDOĞAN"
	case cap >= 2 && caps == 0 && words <= 3:
		for _, w := range ws {
			if w.k == n14Cap && statusWord14(s[w.a:w.b]) {
				return 0 // "Payment Failed", "Retry Scheduled": a status, no person
			}
		}
		return 1
	}
	return 0
}

// statusWord14 reports a capitalised English word of statuses, events and
// things, by the word or its ending ("Failed", "Processing", "Shipment",
// "Confirmation"): the weak shape holds none.
func statusWord14(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return true
	}
	lw := string(lower(buf[:0], w))
	if statusWords14[lw] {
		return true
	}
	if len(lw) >= 6 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "med") && !strings.HasSuffix(lw, "hed") {
		return true // "Scheduled", "Delivered" (not "Mohammed", "Rashed")
	}
	for _, t := range []string{"tion", "sion", "ment", "ness", "ance", "ence", "ship", "ings", "able"} {
		if len(lw) >= 7 && strings.HasSuffix(lw, t) {
			return true
		}
	}
	return false
}

// statusWords14 are words of statuses, events and goods that stand before
// a reference in brackets as a name would.
var statusWords14 = setOf("payment", "refund", "retry", "pending", "processing", "shipping", "billing", "tracking",
	"missing", "waiting", "picking", "packing", "routing", "booking", "pricing", "ordering", "printing", "matching",
	"incoming", "outgoing", "upcoming", "existing", "remaining", "recurring", "error", "warning", "notice", "alert",
	"success", "failure", "fail", "paid", "unpaid", "overdue", "blocked", "hold", "held", "open", "closed", "done",
	"new", "old", "ready", "draft", "void", "lost", "late", "partial", "full", "total", "return", "returns",
	"invoice", "ticket", "request", "review", "dispute", "claim", "chargeback", "item", "items", "product",
	"products", "package", "parcel", "label", "case", "issue", "delivery", "shipment", "order", "cart", "checkout",
	"store", "shop", "gift", "card", "box", "bag", "set", "pack", "kit", "size", "color", "colour", "black",
	"white", "blue", "red", "green", "grey", "gray", "pink", "gold", "silver", "pro", "max", "mini", "plus",
	"ultra", "air", "lite", "edition", "bundle", "sale", "test", "demo", "sample", "batch", "job", "task",
	"step", "stage", "phase", "update", "sync", "import", "export", "upload", "download", "report", "summary",
	"note", "notes", "reminder", "follow", "up", "escalation", "priority", "urgent", "normal", "low", "high",
	"express", "standard", "economy", "priority", "same", "next", "day", "week", "month", "year", "today",
	"awaiting", "pickup", "warehouse", "hub", "depot", "desk", "center", "centre", "office", "branch", "station",
	"terminal", "facility", "fulfillment", "fulfilment", "logistics", "courier", "dispatch", "operations", "admin",
	"system", "bot", "helpdesk", "department", "solutions", "technologies", "systems", "labs", "studio", "market",
	"outlet", "boutique", "tech", "digital", "global", "international", "trading", "supplies", "goods", "home",
	"kitchen", "garden", "fashion", "beauty", "sports", "electronics", "dress", "shirt", "shoes", "jacket")

// n14CapsName reports a word in capitals that may be a family name: three
// letters or more with a vowel, or a particle in capitals ("VAN", "DE").
func n14CapsName(w string) bool {
	if particles[strings.ToLower(w)] || w == "'T" {
		return true
	}
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	return strings.ContainsAny(strings.ToLower(w), "aeiouyáéíóúàèìòùâêîôûäëïöüåæøãõ")
}

// n14HanOrHangulName reports a name written as one word: Hangul of two to
// four syllables (no verb's ending), or two to four Han characters that
// begin with a common Chinese or Japanese family name.
func n14HanOrHangulName(v string) bool {
	if hangulOnly(v) {
		n := utf8.RuneCountInString(v)
		return n >= 2 && n <= 4 && !hangulVerbEnd(v)
	}
	if !hanName(v) {
		return false
	}
	if strings.ContainsRune(hanSurnames, []rune(v)[0]) {
		return true
	}
	for _, f := range hanCompoundSurnames14 {
		if strings.HasPrefix(v, f) && len(v) > len(f) {
			return true // "欧阳静怡"
		}
	}
	for _, f := range jaSurnames {
		if strings.HasPrefix(v, f) && len(v) > len(f) {
			return true
		}
	}
	return false
}

// hanCompoundSurnames14 are Chinese family names of two characters.
var hanCompoundSurnames14 = strings.Fields("欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 夏侯 尉迟 尉遲 长孙 長孫 宇文 司徒 公孙 公孫")

// jaSurnames are the commonest Japanese family names: a Han word that
// begins with one and goes on for a character or two is a person's name.
var jaSurnames = strings.Fields("佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 " +
	"斎藤 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 " +
	"坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 森田 上田 内田 " +
	"柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 丸山 増田 杉山 村田 大塚 小山 平野 河野 上野 " +
	"野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 島田 水野 桜井 高野 吉川 " +
	"山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 中田 服部 岩田 土屋 川崎 福島 本田 樋口 秋山")
