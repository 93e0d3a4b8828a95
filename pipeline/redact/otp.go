package redact

import (
	"strings"
	"unicode/utf8"
)

// One-time codes are sent in sentences that inflect the phrase for
// "verification code" ("doğrulama kodunuz: 744832", "codul de verificare:
// 318726", "Your verification code is: 076672", "קוד האימות שלך: 558197",
// "nambari ya uthibitisho: 051736"), so a fixed phrase list misses them.
// The scanner reads 4 to 8 digits after a colon, a full-width colon or
// "is" (otpAt) and redacts them at the end of a clause that holds, within
// a few words before the colon, the stem of "verify", "confirm" or
// "one-time" and a word for "code" in one of the shops' languages.

// otpStems are the stems, lower case; ASCII ones match any case.
var otpStems = []string{"verif", "vérif", "confirm", "one-time", "one time", "otp", "2fa", "mfa", "passcode",
	"doğrulama", "dogrulama", "onay kod", "weryfik", "ověř", "overov", "bestätig", "bestatig", "bevestig",
	"bekräft", "bekræft", "bekreft", "engångskod", "engangskode", "vahvist", "ellenőrz", "megerősít",
	"xác thực", "xác minh", "xác nhận", "xac thuc", "xac minh", "xac nhan", "uthibitisho", "thibitisha",
	"pengesahan", "επαλήθευσ", "επιβεβαίωσ", "подтвержд", "провероч", "верифика", "підтвердж", "перевіроч",
	"אימות", "האימות", "التحقق", "التأكيد", "تحقق", "تصدیق", "验证", "驗證", "校验", "認証", "確認コード",
	"인증", "ยืนยัน", "सत्यापन", "पडताळणी", "যাচাই", "kod sms", "sms kod", "sms-kod", "sms code", "sms-code",
	// more of the buyers' languages: Armenian, Georgian, Mongolian, Kazakh,
	// Uzbek, Azerbaijani, Zulu and Xhosa, Icelandic, Baltic, South Slavic,
	// Bulgarian, Albanian, Filipino, Amharic, Khmer, Lao, Burmese, Nepali,
	// Tamil, Telugu, Sinhala, Persian
	"հաստատ", "ստուգ", "დადასტურ", "ვერიფიკაც", "баталгаажуул", "растау", "тасдиқ", "tasdiq", "təsdiq",
	"qinisekis", "qinisekiso", "staðfest", "stadfest", "kinnitus", "apstiprin", "patvirtin", "potrd",
	"potvrd", "потврд", "потвържд", "verifikim", "konfirmim", "beripik", "kumpirm", "ማረጋገጫ", "ផ្ទៀងផ្ទាត់",
	"បញ្ជាក់", "ຢືນຢັນ", "အတည်ပြု", "प्रमाणीकरण", "சரிபார்ப்பு", "ధృవీకరణ", "සත්‍යාපන", "تأیید", "تایید",
	"ìjẹ́rìísí", "ijerisi", "ìmúdájú", "nkwenye", "tabbatarwa", "tabbatar",
	// activation and single use: "كود التفعيل: …", "egyszer használatos kód: …",
	// "tek kullanımlık şifre", "одноразовый код", "一次性验证码"
	"تفعيل", "التفعيل", "activation", "aktivier", "aktivasi", "activación", "activacion", "ativação", "ativacao", "attivazione",
	"активац", "активир", "激活", "egyszer használatos", "egyszeri", "kullanımlık", "jednorázov", "jednorazow", "одноразов",
	"eenmalig", "engangs", "kertakäyttö", "μίας χρήσης", "一次性", "ワンタイム", "일회용", "ครั้งเดียว", "sekali pakai", "dùng một lần",
	"matumizi moja", "isang beses", "usage unique", "un solo uso", "uso único", "einmal"}

// otpAt redacts a one-time code at p, after the colon or "is" at i; it
// returns where scanning resumes, or 0.
func (sc *scanner) otpAt(i, p int) int {
	s := sc.s
	if p < len(s) && s[p] == ' ' {
		p++
	}
	if p+4 > len(s) || !isDigit(s[p]) || !isDigit(s[p+3]) {
		return 0
	}
	e := otpDigitsEnd(s, p)
	if e > 0 && otpClauseBefore(s, i) && sc.emit(p, e, KindCredential, 0) {
		return e
	}
	return 0
}

// otpDigitsEnd returns the end of 4 to 8 digits at p that stand alone, or 0.
func otpDigitsEnd(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-p < 4 || e-p > 8 || p > 0 && isDigit(s[p-1]) {
		return 0
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '/' || s[e] == ':' ||
		(s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0 // part of a longer token: "2024-05", "12:30", "1.500"
	}
	return e
}

// otpClauseBefore reports an OTP stem and a word for "code" in the last
// five words of the clause that ends at i (no digits, no sentence break in
// between).
func otpClauseBefore(s string, i int) bool {
	low := clauseBefore(s, i)
	if containsAnyOf(low, otpStems) && containsAnyOf(low, otpCodeWords) {
		return true
	}
	// "the code I got is …", "the code you sent me: …": a code that was
	// sent or received is a one-time one, unless the clause names another
	// (a promo, tracking or postal code). (otp14_turns.go)
	if !otpHasWord(low, otpMentionCodes, true) || containsAnyOf(low, otpOtherCodes) {
		return false
	}
	if otpHasWord(low, otpSendWords, false) {
		return true
	}
	// received: only after the code, in a clause of its own ("the code I
	// got"; "I got code 4711 on the box" names a label)
	for _, w := range otpReceiveWords {
		if r := strings.Index(low, w); r > 0 && containsAnyOf(low[:r], otpMentionCodes) {
			return true
		}
	}
	return false
}

// otpReceiveWords are the verbs of receiving a code, in the buyers'
// languages: "the code I got", "el código que recibí".
var otpReceiveWords = []string{"got", "received", "receive", "recibí", "recibi", "recebi", "reçu", "recu", "erhalten",
	"bekommen", "ricevuto", "ontvangen", "otrzyma", "aldığım", "aldigim", "получил", "收到", "受け取", "받은", "nhận được",
	"natanggap", "saya dapat", "yang saya terima"}

// clauseBefore returns, in lower case, the last five words of the clause
// that ends at i: no digits, no sentence break in between ("שלום Jana קוד
// האימות שלך:" is read from "קוד").
func clauseBefore(s string, i int) string {
	st := max(0, i-64)
	for st > 0 && st < i && s[st]&0xC0 == 0x80 {
		st++ // start on a rune
	}
	w := s[st:i]
	if b := strings.LastIndexAny(w, ".;|,\n\t=[]{}()\"0123456789，。"); b >= 0 {
		_, n := utf8.DecodeRuneInString(w[b:])
		w = w[b+n:]
	}
	if f := strings.Fields(w); len(f) > 5 {
		w = strings.Join(f[len(f)-5:], " ")
	}
	return strings.ToLower(w)
}

// containsAnyOf reports whether s holds one of the words.
func containsAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// otpCodeWords are the words for "code" (or "number", "PIN") that the
// clause must hold besides the stem: "verification failed for order: 1234"
// names no code.
var otpCodeWords = []string{"code", "cod", "cód", "kod", "kód", "otp", "pin", "passcode", "2fa", "mfa", "token", "tan",
	"nambari", "numer", "número", "numero", "номер", "код", "κωδικ", "קוד", "رمز", "كود", "کوڈ", "کد", "mã", "ma ",
	"코드", "번호", "码", "碼", "コード", "番号", "รหัส", "कोड", "কোড",
	"khod", "kóð", "kod", "kóòdù", "koodu", "kood", "կոդ", "კოდ", "ኮድ", "កូដ", "ລະຫັດ", "ကုဒ်", "குறியீடு", "కోడ్", "කේත"}

// otpColonSpans finds the codes the scanner did not reach at their colon
// (another reading took the colon: "…，código de verificación: 905844").
func otpColonSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		c := strings.IndexByte(s[off:], ':')
		if c < 0 {
			break
		}
		c += off
		off = c + 1
		p := c + 1
		if p < len(s) && s[p] == ' ' {
			p++
		}
		if p+4 > len(s) || !isDigit(s[p]) || !isDigit(s[p+3]) {
			continue
		}
		if e := otpDigitsEnd(s, p); e > 0 && otpClauseBefore(s, c) {
			out = append(out, span{start: p, end: e, kind: KindCredential})
			off = e
		}
	}
	return out
}

// otpAfterWord redacts a one-time code written after its phrase with no
// colon ("verification code 1992", "OTP 498575", "հաստատման կոդ 55426635"):
// the word before the space at i-1 is a word for "code" and the clause
// holds an OTP stem. It returns where scanning resumes, or 0.
func (sc *scanner) otpAfterWord(i int) int {
	s := sc.s
	w := i - 1
	for w > 0 && i-1-w < 64 && s[w-1] != ' ' && s[w-1] != '"' && s[w-1] != '\'' && s[w-1] != '(' {
		w--
	}
	if w == i-1 || i-1-w >= 64 || !codeWordLast[s[i-2]|0x20] {
		return 0
	}
	var buf [64]byte
	word := buf[:0]
	for p := w; p < i-1; p++ {
		c := s[p]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		word = append(word, c)
	}
	if !otpWordEndsCode(string(word)) {
		return 0
	}
	e := otpDigitsEnd(s, i)
	if e == 0 || e < len(s) && s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]) || !otpClauseBefore(s, i-1) {
		return 0
	}
	if sc.emit(i, e, KindCredential, 0) {
		return e
	}
	return 0
}

// codeWordLast are the last bytes of the words otpWordEndsCode takes (an
// ASCII letter folded to lower case): most words end otherwise and are
// passed at once.
var codeWordLast = func() (t [256]bool) {
	for _, c := range []byte("edpnioasu") {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// otpWordEndsCode reports a word that is, or ends in, a word for "code"
// ("code", "otp", "kóði", "staðfestingarkóði", "კოდი", "кодът").
func otpWordEndsCode(w string) bool {
	switch w {
	case "code", "codes", "otp", "pin", "passcode", "tan", "kode", "kod", "kód", "cod", "cód", "codice",
		"código", "codigo", "koodi", "kodu", "kodi", "khodi", "ikhodi", "kods", "kodas", "koda",
		"код", "кодът", "коду", "коды", "кода", "κωδικός", "κωδικό", "קוד", "رمز", "كود", "کد", "کوڈ", "mã":
		return true
	}
	if w[len(w)-1] < 0x80 {
		return strings.HasSuffix(w, "code") || strings.HasSuffix(w, "kóði") || strings.HasSuffix(w, "kóða")
	}
	// Scripts written without spaces join the phrase in one word, the
	// word for "code" first or last ("លេខកូដផ្ទៀងផ្ទាត់", "验证码").
	for _, c := range []string{"կոդ", "კოდი", "ኮድ", "កូដ", "코드", "码", "碼", "コード", "รหัส", "कोड", "কোড", "kóòdù", "ìjẹ́rìísí",
		"குறியீடு", "කේත", "కోడ్", "ကုဒ်", "ລະຫັດ", "קוד", "کد", "کوڈ"} {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
}
