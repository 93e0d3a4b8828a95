package redact

import (
	"strings"
	"unicode/utf8"
)

// One-time codes under the bare word for "code" in a buyer's language. A
// buyer who pastes the code an app or a bank sent into a chat, a search
// box or a support form writes the word for "code" in their own language
// and the digits after it, and often nothing else of theirs:
//
//	kodas  484643  mano telefonas …
//	… ဘယ်ရောက်နေလဲ. ကုဒ် 594602
//	আমার অর্ডার … কোথায় - কোডটি 018867
//	சென்னை - 698409 - குறியீடு 390609
//
// codeWordSpans21 reads 4 to 8 digits standing alone (otpDigitsEnd) after
// such a word, with spaces (one or more), a colon or a dash between them
// and at most a copula ("кодът е …", "koden er …"). English's, French's,
// German's and Dutch's "code" is left to the readers that want a
// person's message or a buyer's data as well (chat18_codes.go): a log
// writes an error's or a status's "code 1006" in those. The word must open
// its clause — the text's or a line's start, a separator, a marker or a
// value found, or a possessive ("mano", "ваш", "sizin") before
// it — so that a word naming another code before it ("posta kodu",
// "ürün kodu") keeps its digits, as do words naming them after it
// ("código postal 28001", "kod produktu 1234": the digits do not follow
// the code word) and a clause about an error or a status.

// codeWords21 are the words for "code" (with their articles and
// possessive suffixes as written), lower case; English's is not one.
var codeWords21 = setOf("kod", "kodu", "kodun", "kodunuz", "kodi", "koda", "kode", "koden", "kodas", "kodą", "kods",
	"kood", "koodi", "koodisi", "kód", "kódja", "kódod", "kóði", "kóðinn", "cod", "codul", "código", "codigo", "codice",
	"msimbo", "ikhodi", "mã", "код", "кодът", "кодот", "коды", "κωδικός", "κωδικό", "קוד", "הקוד", "كود",
	"الكود", "رمز", "الرمز", "کد", "کوڈ", "कोड", "কোড", "কোডটি", "কোডটা", "குறியீடு", "కోడ్", "ಕೋಡ್", "കോഡ്",
	"કોડ", "ਕੋਡ", "ကုဒ်", "កូដ", "លេខកូដ", "รหัส", "ລະຫັດ", "კოდი", "կոդ", "կոդը", "ኮድ", "코드", "コード")

// codeLinks21 may stand between the word and the digits: copulas.
var codeLinks21 = setOf("е", "є", "on", "é", "è", "là", "ni", "ay", "yra", "ir", "er", "är", "ist", "est", "es", "jest",
	"je", "adalah", "ialah", "это", "هو", "הוא", "არის", "է")

// codeOwners21 may stand right before the word: possessives.
var codeOwners21 = setOf("mano", "jūsų", "tavo", "ваш", "ваша", "вашият", "твой", "твоят", "мой", "моят", "sizin",
	"senin", "benim", "tu", "su", "seu", "sua", "o", "el", "il", "tuo", "din", "ditt", "min", "mitt", "twój", "mój",
	"váš", "tvůj", "môj", "vaš", "tvoj", "moj", "sinu", "minu", "teie", "jūsu", "tavs", "mans", "a", "az", "ο", "ang")

// codeErrorWords21 name an error or a status in the clause before the
// word: its code is that.
var codeErrorWords21 = []string{"ошибк", "помилк", "грешк", "статус", "hata", "hiba", "klaida", "kļūda", "viga", "virhe",
	"fel ", "feil", "fejl", "fout", "fehler", "erreur", "errore", "erro", "błąd", "blad", "chyba", "greška", "greska",
	"eroare", "σφάλμα", "שגיאה", "خطأ", "خطا", "त्रुटि", "ত্রুটি", "பிழை", "ข้อผิดพลาด", "lỗi", "エラー", "오류",
	"estado", "durum", "stav", "tila"}

// mayHoldCodeWord21 is codeWordSpans21's cheap test: a digit, and
// letters beyond ASCII or a Latin word's stem (sig and tp: s's signature
// and pairs).
func mayHoldCodeWord21(s string, sig uint32, tp *textPairs) bool {
	if len(s) < 8 || sig&sigDigit == 0 {
		return false
	}
	if sig&sigHigh != 0 {
		return true
	}
	return tp.contains("od") || tp.contains("OD") || tp.contains("simbo") || tp.contains("khodi")
}

// codeWordSpans21 returns the codes of s under a word for "code" (see
// above); have are the spans found so far.
func codeWordSpans21(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		if !isDigit(s[p]) || p > 0 && (isDigit(s[p-1]) || isAlpha(s[p-1])) {
			p++
			continue
		}
		e := otpDigitsEnd(s, p)
		if e == 0 {
			for p < len(s) && isDigit(s[p]) {
				p++
			}
			continue
		}
		if (e == len(s) || codeValueEnds21(s, e)) && !overlaps(have, p, e) && codeWordBefore21(s, p, have) {
			out = append(out, span{start: p, end: e, kind: KindCredential})
		}
		p = e
	}
	return out
}

// codeValueEnds21 reports digits that end their item at e: a space, a
// separator, a quote or a bracket, a line break (escaped too).
func codeValueEnds21(s string, e int) bool {
	switch s[e] {
	case ' ', '\n', '\r', '\t', '\\', ';', ',', '.', '!', '?', ')', ']', '"', '\'', '|':
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return r == '。' || r == '，' || r == '」' || r == '）' || r == '\u00a0'
}

// codeWordBefore21 reports a word for "code" before the digits at p, that
// opens its clause (see above).
func codeWordBefore21(s string, p int, have []span) bool {
	q := p
	sep := false
	for q > 0 && p-q < 12 {
		c := s[q-1]
		if c == ' ' || c == ':' || c == '-' {
			if c != ' ' {
				sep = true
			}
			q--
			continue
		}
		if strings.HasSuffix(s[:q], "–") || strings.HasSuffix(s[:q], "：") {
			sep = true
			q -= 3
			continue
		}
		break
	}
	if q == p || q == 0 {
		return false
	}
	ws, we := wordBefore21(s, q)
	if ws < 0 {
		return false
	}
	var buf [48]byte
	w := bytesToString(lowerWord18(buf[:0], s[ws:we]))
	if !sep && codeLinks21[w] {
		// a copula: the word for "code" stands before it
		q = ws
		for q > 0 && s[q-1] == ' ' && ws-q < 8 {
			q--
		}
		if q == ws {
			return false
		}
		if ws, we = wordBefore21(s, q); ws < 0 {
			return false
		}
		w = bytesToString(lowerWord18(buf[:0], s[ws:we]))
	}
	if !codeWords21[w] {
		return false
	}
	if codeErrorBefore21(s, ws) {
		return false
	}
	return codeClauseOpens21(s, ws, have) || otpQualifierOpens23(s, ws, have) // "Doğrulama kodunuz 189786" (secrets23_sms.go)
}

// wordBefore21 returns the word of letters that ends at e, or -1.
func wordBefore21(s string, e int) (int, int) {
	ws := e
	for ws > 0 && e-ws < 48 {
		r, n := utf8.DecodeLastRuneInString(s[:ws])
		if !wordRune18(r) {
			break
		}
		ws -= n
	}
	if ws == e || e-ws >= 48 {
		return -1, -1
	}
	return ws, e
}

// codeClauseOpens21 reports a word at ws that opens its clause: the text's
// or a line's start, punctuation, a marker or a value found (have)
// before it, or a possessive (after a number it may name a build's or a
// batch's code: "deploy 4711 kod 4712").
func codeClauseOpens21(s string, ws int, have []span) bool {
	q := ws
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	if q == 0 {
		return true
	}
	for _, x := range have {
		if x.end == q {
			return true // "[REDACTED:name] код …" on this pass as on the next
		}
	}
	switch c := s[q-1]; {
	case strings.IndexByte("\n\r\t.,;:!?-(/|[]\"'>*", c) >= 0:
		return true
	case c == 'n' && q >= 2 && s[q-2] == '\\':
		return true
	case c >= 0x80:
		r, _ := utf8.DecodeLastRuneInString(s[:q])
		if strings.ContainsRune("–—。，：、；！？「（»«“”‹›", r) || emojiRune18(r) {
			return true
		}
	}
	if q == ws {
		return false // glued to the word before
	}
	ps, pe := wordBefore21(s, q)
	if ps < 0 {
		return false
	}
	var buf [48]byte
	return codeOwners21[bytesToString(lowerWord18(buf[:0], s[ps:pe]))]
}

// codeErrorBefore21 reports an error's or a status's word in the clause
// before ws (40 bytes, on its line).
func codeErrorBefore21(s string, ws int) bool {
	if errorBefore18(s, ws) {
		return true
	}
	a := max(0, ws-48)
	if nl := strings.LastIndexByte(s[a:ws], '\n'); nl >= 0 {
		a += nl + 1
	}
	low := strings.ToLower(s[a:ws])
	return containsAnyOf(low, codeErrorWords21)
}
