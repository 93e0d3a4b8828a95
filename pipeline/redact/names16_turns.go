package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name given as the answer to a bot's or an agent's question. A chat
// bot's transcript, a live chat or a voice bot's log writes the turns one a
// line, each after its speaker's label; when one side asks for a name,
// the other's next turn is the name alone:
//
//	bot> what name is the order under?
//	user> Given Family
//	[10:02] Agent: ¿A nombre de quién está el pedido?
//	[10:02] Cliente: Given Family
//	bot> お名前を教えてください
//	user> 山田太郎
//
// The question is a turn that holds a word for "name" (in the buyers'
// languages and scripts) and asks: a question mark, or a colon at its end.
// The answer is the whole of the next turn of another speaker, read as a
// role key's value is (roleName): two to five capitalised words, a Han
// name, words of a script without case; one capitalised word when it is no
// word of the lists of teams, goods and statuses. A company's, a shop's or
// a user's name ("company name?", "username?") is not asked for.

// nameAskWords are the words for "name" a question holds, as words.
var nameAskWords = setOf("name", "names", "nombre", "nom", "nome", "naam", "namn", "navn", "nama", "pangalan",
	"isim", "isminiz", "isminizi", "adınız", "adiniz", "adınızı", "imię", "imie", "nazwisko", "имя", "фио",
	"tên", "nimi", "nimesi", "jméno", "jmeno", "όνομα", "ονομα", "namen", "heißen", "heissen", "llamas", "chiamo",
	"chiami", "appelez", "appelles", "zovut", "зовут")

// nameAskMarkers are words for "name" in scripts without spaces.
var nameAskMarkers = []string{"名前", "お名前", "姓名", "名字", "称呼", "稱呼", "이름", "성함", "ชื่อ", "नाम", "اسم", "שם"}

// nameAskNot are words before "name" that ask for something else.
var nameAskNot = setOf("company", "business", "store", "shop", "product", "file", "user", "brand", "street",
	"city", "pet", "domain", "host", "device", "wifi", "network", "app", "item", "account", "event", "team",
	"vendor", "supplier", "carrier", "warehouse", "bank", "plan", "model", "project", "campaign", "template", "queue",
	"category", "site", "server", "service", "file", "field", "column", "table", "tag", "label", "role", "group",
	"proveedor", "fournisseur", "lieferant", "fornitore", "fornecedor", "leverancier", "dostawca", "tedarikçi",
	"empresa", "tienda", "producto", "société", "firma", "unternehmens", "azienda", "negozio", "loja", "bedrijf")

// The turns are read by answerTurnSpans (turns17_answers.go), which reads
// every kind a question asks for; this file holds what a name's question
// and answer are.

// asksForName reports a turn that asks for a person's name.
func asksForName(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 || len(t) > 240 {
		return false
	}
	asks := strings.ContainsAny(t, "?？") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
	for _, m := range nameAskMarkers {
		if strings.Contains(t, m) {
			return asks || strings.HasSuffix(t, "ください") || strings.HasSuffix(t, "주세요")
		}
	}
	if !asks {
		return false
	}
	prev := ""
	for rest := t; rest != ""; {
		var w string
		w, rest = nextField(rest)
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if nameAskWords[lw] && !nameAskNot[prev] {
			return true
		}
		prev = lw
	}
	return false
}

// nameAnswer returns the name a turn's text bs..te holds as a whole, or
// b == 0.
func nameAnswer(s string, bs, te int) (a, b int) {
	a, b = bs, te
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && strings.IndexByte(" .!", s[b-1]) >= 0 {
		b--
	}
	if b-a < 2 || b-a > 96 {
		return 0, 0
	}
	v := s[a:b]
	if m := strings.Index(v, "[REDACTED:name]"); m >= 0 {
		// an earlier reader took a part: "Given [REDACTED:name]"
		pre := strings.TrimSpace(v[:m])
		post := strings.TrimSpace(v[m+len("[REDACTED:name]"):])
		if post == "" && pre != "" && len(strings.Fields(pre)) <= 3 && (roleName(pre) || oneNameWord16(pre)) {
			return a, a + len(pre)
		}
		return 0, 0
	}
	if roleName(v) || oneNameWord16(v) {
		return a, b
	}
	return 0, 0
}

// oneNameWord16 reports one capitalised word of letters that no list
// holds as a word of teams, goods, statuses or greetings.
func oneNameWord16(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(v) < 3 || nameWordEnd(v, 0) != len(v) || !hasLowerOrHigh(v) {
		return false
	}
	var buf [24]byte
	if len(v) > len(buf) {
		return false
	}
	lw := string(lower(buf[:0], v))
	return !notNames[lw] && !teamWords[lw] && !tradeWords[lw] && !greetings[lw] && !stopNouns[lw] && !argNotNames[lw] &&
		!capsNotNames[lw]
}
