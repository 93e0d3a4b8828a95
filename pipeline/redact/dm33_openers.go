package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A message's opening word is no part of the name or the address after
// it. Notes, chats and reviews open with a greeting, a thanks, an apology
// or a discourse word ("Hello team,", "Unfortunately,", "Obrigado!",
// "감사합니다", "お世話になっております", "Кстати,", "您好，") and often with
// a rating ("4/5", "★★★★☆"); a reader that takes a name or an address
// from the start of the text or of a cell takes them too ("Update, leave at
// 12 Main St…", "なお お客様Given Familyより電話"). dm33Openers trims such
// words from the start of a name's or an address's span, and drops a span
// that holds nothing else. Words that are also people's names in some
// locale ("Grace", "Will", "Hope", "Salam", "Hoi", "Moin", "Oye", "Asante",
// one-syllable Korean or Chinese words) are not on the list.

var dm33OpenerWords = []string{
	// English
	"hello", "hi", "hey", "thanks", "thank you", "thx", "please", "pls", "again", "great", "note", "update",
	"also", "unfortunately", "sorry", "attention", "fyi", "btw", "reminder", "urgent", "ok", "okay", "yes",
	"hello team", "hi team", "dear", "important", "correction", "anyway", "however", "meanwhile", "additionally",
	"apologies", "good morning", "good afternoon", "good evening", "greetings", "kindly", "ps",
	// Spanish, Portuguese, Catalan
	"hola", "hola equipo", "gracias", "por favor", "lamentablemente", "desafortunadamente", "además", "también",
	"atención", "nota", "buenas", "buenos días", "buenas tardes", "perdón", "disculpa", "disculpe",
	"saludos", "aviso", "recordatorio", "olá", "oi", "obrigado", "obrigada", "infelizmente", "atenção",
	"aliás", "desculpe", "desculpa", "bom dia", "boa tarde", "lembrete", "importante",
	// French, Italian
	"bonjour", "bonsoir", "salut", "merci", "malheureusement", "rappel", "également", "désolé", "désolée",
	"svp", "remarque", "d'ailleurs", "par ailleurs", "cordialement", "ciao", "salve", "buongiorno", "grazie",
	"purtroppo", "attenzione", "inoltre", "scusate", "scusi", "promemoria",
	// German, Dutch, Nordic
	"hallo", "hallo zusammen", "guten tag", "danke", "bitte", "leider", "achtung", "hinweis", "außerdem",
	"übrigens", "nochmals", "erinnerung", "entschuldigung", "bedankt", "helaas", "let op",
	"opmerking", "graag", "hej", "tack", "tyvärr", "observera", "obs", "vänligen",
	// Polish, Hungarian, Greek, Turkish
	"dzień dobry", "cześć", "dziękuję", "niestety", "uwaga", "proszę", "również", "przepraszam",
	"szia", "helló", "köszönöm", "kérem", "sajnos", "figyelem", "továbbá", "megjegyzés",
	"γεια σας", "ευχαριστώ", "παρακαλώ", "δυστυχώς", "επίσης", "σημείωση", "προσοχή",
	"merhaba", "teşekkürler", "teşekkür ederim", "lütfen", "maalesef", "ayrıca", "dikkat",
	// Russian, Ukrainian
	"здравствуйте", "привет", "спасибо", "пожалуйста", "к сожалению", "кстати", "внимание", "также",
	"извините", "напоминание", "добрый день", "вітаю", "привіт", "дякую", "будь ласка", "на жаль",
	"до речі", "увага", "вибачте",
	// Arabic, Hebrew, Persian
	"مرحبا", "شكرا", "من فضلك", "للأسف", "ملاحظة", "أيضا", "تنبيه", "السلام عليكم",
	"תודה", "בבקשה", "לצערי", "שימו לב", "בנוסף", "הערה",
	"ممنون", "متشکرم", "لطفا", "متاسفانه", "ضمنا",
	// Indian languages, Thai
	"नमस्ते", "धन्यवाद", "कृपया", "दुर्भाग्य से", "ध्यान दें", "নমস্কার", "ধন্যবাদ", "অনুগ্রহ করে", "দুঃখিত",
	"สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "ขอบคุณ", "ขอบคุณครับ", "ขอบคุณค่ะ", "กรุณา", "ขอโทษ", "หมายเหตุ",
	// Vietnamese, Indonesian, Malay, Filipino, Swahili
	"xin chào", "cảm ơn", "làm ơn", "rất tiếc", "lưu ý", "ngoài ra",
	"halo", "terima kasih", "tolong", "mohon", "maaf", "sayangnya", "catatan", "permisi", "selamat pagi",
	"pakisuyo", "kumusta", "paalala", "habari", "tafadhali", "samahani", "jambo",
	// Chinese, Japanese, Korean
	"您好", "你好", "谢谢", "謝謝", "另外", "备注", "備註", "麻烦", "麻煩", "不好意思", "对不起", "對不起",
	"请问", "請問", "顺便", "順便", "还有", "還有",
	"お世話になっております", "ありがとうございます", "すみません", "恐れ入りますが", "なお", "ちなみに",
	"よろしくお願いします", "こんにちは", "もしもし", "申し訳ございません", "失礼します",
	"안녕하세요", "감사합니다", "고맙습니다", "죄송합니다", "죄송하지만", "참고로", "그리고", "혹시", "저기요",
	"여보세요", "수고하세요",
}

// dm33Openers indexes the words by the first byte of their lower- and
// upper-case spellings.
var dm33Openers = func() (m [256][]string) {
	for _, w := range dm33OpenerWords {
		r, n := utf8.DecodeRuneInString(w)
		seen := map[byte]bool{}
		for _, v := range []rune{r, unicode.ToUpper(r), unicode.ToTitle(r)} {
			var b [4]byte
			utf8.EncodeRune(b[:], v)
			if !seen[b[0]] {
				seen[b[0]] = true
				m[b[0]] = append(m[b[0]], w)
			}
		}
		_ = n
	}
	return
}()

// dm33OpenerAt returns the end of an opening word at a, or a.
func dm33OpenerAt(s string, a, b int) int {
	best := a
	for _, w := range dm33Openers[s[a]] {
		if b-a < len(w) || !strings.EqualFold(s[a:a+len(w)], w) {
			continue
		}
		e := a + len(w)
		if e < b {
			r, _ := utf8.DecodeRuneInString(s[e:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' {
				continue
			}
		}
		best = max(best, e)
	}
	return best
}

// dm33RatingAt returns the end of a rating at a ("4/5", "9/10", "4.5
// stars", "★★★★☆"), or a.
func dm33RatingAt(s string, a, b int) int {
	e := a
	for e < b {
		r, w := utf8.DecodeRuneInString(s[e:])
		if r != '★' && r != '☆' {
			break
		}
		e += w
	}
	if e > a {
		return e
	}
	for e < b && (isDigit(s[e]) || s[e] == '.') {
		e++
	}
	if e == a || e-a > 3 {
		return a
	}
	if e+1 < b && s[e] == '/' && isDigit(s[e+1]) {
		e++
		for e < b && isDigit(s[e]) {
			e++
		}
		if e < b && isAlnum(s[e]) {
			return a
		}
		return e
	}
	for _, w := range []string{" stars", " star"} {
		if strings.HasPrefix(s[e:b], w) && (e+len(w) == b || !isAlpha(s[e+len(w)])) {
			return e + len(w)
		}
	}
	return a
}

// dm33SkipPunct skips spaces and punctuation after an opener, plain or
// URL-encoded ("Update%21+send…").
func dm33SkipPunct(s string, a, b int) int {
	for a < b {
		switch {
		case strings.IndexByte(" ,.!?;:+\t-", s[a]) >= 0:
			a++
		case s[a] == '%' && a+2 < b && s[a+1] == '2' && strings.IndexByte("01CcEe", s[a+2]) >= 0:
			a += 3 // %20 %21 %2C %2E
		case s[a] >= 0x80:
			r, w := utf8.DecodeRuneInString(s[a:])
			if !unicode.IsPunct(r) && !unicode.IsSpace(r) {
				return a
			}
			a += w
		default:
			return a
		}
	}
	return a
}

// dm33Openers trims openers and ratings off the start of names' and
// addresses' spans and drops the spans they fill.
func (sc *scanner) dm33TrimOpeners() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		if x.kind == KindName || x.kind == KindAddress {
			a := x.start
			for n := 0; n < 3 && a < x.end; n++ {
				e := dm33RatingAt(s, a, x.end)
				if e > a && isDigit(s[a]) {
					// "4/5 Update, …": a rating in digits only before an
					// opener ("3/5 George St", "55/8 Lê Lợi" are houses)
					if f := dm33SkipPunct(s, e, x.end); f == e || dm33OpenerAt(s, f, x.end) == f {
						e = a
					}
				}
				if e == a {
					e = dm33OpenerAt(s, a, x.end)
				}
				if e == a {
					break
				}
				a = dm33SkipPunct(s, e, x.end)
			}
			if a >= x.end {
				continue // an opener alone
			}
			x.start = a
		}
		out = append(out, x)
	}
	sc.spans = out
}
