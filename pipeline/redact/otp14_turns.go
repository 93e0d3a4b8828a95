package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// One-time codes given in a conversation. In a chat transcript, a message
// thread or an e-mail body, one side (a bot, an agent, the system) speaks
// of a verification code and the buyer answers with it on a later line,
// often without naming it again or naming it without the verifying word:
//
//	[16:05] Agent: Thanks, I sent a verification code.
//	[16:06] Buyer: code is 373779
//	[16:06] Buyer: 373 779
//	> We texted you a one-time code.
//	Here it is: 48291336
//
// The readers of otp*.go need the phrase in the code's own clause, so the
// answer slipped by. An answer is 4 to 8 digits (in one piece or in groups
// of a space or a dash: "373 779", "37-37-79") that end their line's turn
// (a full stop, an emoji or a word of thanks may follow) after a short
// lead-in ("code is", "my code is", "it's", "el código es", a speaker's
// label alone), with an OTP mention (an OTP stem and a word for "code",
// or a verb of sending or an SMS and a word for "code") in the answer's
// clause or on the three lines before it.
//
// What stays: digits whose lead-in names something else (an order, a
// tracking or postal code, a phone, an amount, an error or status code, a
// card's last digits, a promo code: "my order is 48213", "zip 10115",
// "error code 5001"), digits after a preposition ("sent to 5551234"),
// digits followed by a word that is not a thanks ("28013 Madrid", "1500
// baht"), times ("16:06"), ids after '#' or a currency sign, and any digits
// with no mention of a one-time code nearby.

// mayHoldOTPTurn reports text of several lines (or JSON-escaped lines):
// the only text a conversation can be.
func mayHoldOTPTurn(s string, sig uint32) bool {
	return sig&sigNL != 0 || sig&sigBackslash != 0 && strings.Contains(s, `\n`)
}

// otpTurnWindow is how far before an answer its mention may stand: three
// lines, and at most this many bytes.
const otpTurnWindow = 640

// otpTurnSpans returns the one-time codes answered on a conversation's
// lines after a mention of the code.
func otpTurnSpans(s string) []span {
	var out []span
	var prev [4]int // starts of the last lines, prev[0] the current one
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		copy(prev[1:], prev[:3])
		prev[0] = ls
		if a, b, person := otpTurnAnswer(s, ls, le); b > 0 {
			ws := max(prev[3], a-otpTurnWindow)
			// "Customer: 48213" in a record is no turn of a dialogue
			dialogue := !person || otpDialogue(s, prev[1:], ws, otpSpeaker(s, ls, le))
			if dialogue && otpMentionIn(s, ws, a) { // (the lead-in may hold it: "the OTP you sent: 3737")
				out = append(out, span{start: a, end: b, kind: KindCredential})
			}
		}
		ls = next
	}
	return out
}

// otpDialogue reports a line among starts (from ws on) that a speaker
// other than who opens with: the lines are turns of a dialogue.
func otpDialogue(s string, starts []int, ws int, who string) bool {
	for _, ls := range starts {
		if ls < ws || ls >= len(s) {
			continue
		}
		le, _ := otpLineEnd(s, ls)
		if sp := otpSpeaker(s, ls, le); sp != "" && sp != who {
			return true
		}
	}
	return false
}

// otpSpeaker returns the label that opens the line ls..le as a turn, lower
// case: after an optional "[time]" or time, one to four words and a colon
// ("[16:06] Agent Sam: …", "16:06 Cliente: …", "客服：…") or a word and
// '>' ("user> …", as bots' transcripts write turns), or "".
func otpSpeaker(s string, ls, le int) string {
	who, _ := turnLabelAt(s, ls, le)
	return who
}

// turnLabelAt is otpSpeaker with where the turn's text starts: after the
// label's colon or '>' (le when there is no label).
func turnLabelAt(s string, ls, le int) (string, int) {
	p := ls
	for p < le && (s[p] == ' ' || s[p] == '>' || s[p] == '-') {
		p++
	}
	if p < le && s[p] == '[' {
		if c := strings.IndexByte(s[p:min(le, p+40)], ']'); c > 0 {
			p += c + 1
		}
	}
	for p < le && (s[p] == ' ' || isDigit(s[p]) || s[p] == ':' && p+1 < le && isDigit(s[p+1])) {
		p++ // "16:06 "
	}
	end := min(le, p+48)
	c, cw := labelColon14(s, p, end), 1
	if w := strings.Index(s[p:end], "："); w >= 0 && (c < 0 || w < c) {
		c, cw = w, len("：")
	}
	if g := strings.IndexByte(s[p:end], '>'); g > 0 && (c < 0 || g < c) && isAlpha(s[p+g-1]) && (p+g+1 == le || s[p+g+1] == ' ') {
		c, cw = g, 1 // a chat bot's transcript: "bot> …", "user> …"
	}
	if c <= 0 || len(strings.Fields(s[p:p+c])) > 4 {
		return "", le
	}
	return strings.ToLower(strings.TrimSpace(s[p : p+c])), p + c + cw
}

// labelColon14 returns where the first colon of s[p:end] stands, past
// the colons of earlier passes' markers (a label reads the same before and
// after a value in it is redacted), or -1.
func labelColon14(s string, p, end int) int {
	for q := p; q < end; {
		c := strings.IndexByte(s[q:end], ':')
		if c < 0 {
			return -1
		}
		if m := strings.LastIndexByte(s[q:q+c], '['); m >= 0 {
			if me := markerEnd(s, q+m); me > q+c {
				q = me
				continue
			}
		}
		return q + c - p
	}
	return -1
}

// otpLineEnd returns the end of the line at ls and the start of the next:
// a newline ends it, or "\n" escaped in JSON once or twice.
func otpLineEnd(s string, ls int) (end, next int) {
	for p := ls; p < len(s); p++ {
		switch s[p] {
		case '\n':
			e := p
			if e > ls && s[e-1] == '\r' {
				e--
			}
			return e, p + 1
		case '\\':
			if p+1 < len(s) && s[p+1] == 'n' {
				e := p
				for e > ls && s[e-1] == '\\' {
					e-- // "\\n": escaped twice
				}
				if e >= 2 && s[e-2] == '\\' && s[e-1] == 'r' {
					e -= 2
				}
				return e, p + 2
			}
		}
	}
	return len(s), len(s)
}

// otpTurnAnswer finds the code that ends the turn on the line ls..le: it
// returns the code's span, or b == 0.
func otpTurnAnswer(s string, ls, le int) (a, b int, person bool) {
	te := otpTurnEnd(s, ls, le)
	// the last digit of the turn, near its end
	d := te - 1
	for d >= ls && te-d <= 48 && !isDigit(s[d]) {
		d--
	}
	if d < ls || te-d > 48 || !otpTrailerOK(s[d+1:te]) {
		return 0, 0, false
	}
	b = d + 1
	a, n := otpGroupsStart(s, ls, b)
	if n < 4 || n > 8 {
		return 0, 0, false
	}
	ok, person := otpLeadIn(s, ls, a)
	if !ok {
		return 0, 0, false
	}
	return a, b, person
}

// otpTurnEnd cuts the line at the end of a JSON string held in it (a
// transcript logged as JSON text: `…: code is 373779"}`).
func otpTurnEnd(s string, ls, le int) int {
	for p := ls; p < le; p++ {
		if s[p] == '"' && (p+1 == le || strings.IndexByte(",}]\\", s[p+1]) >= 0) {
			for p > ls && s[p-1] == '\\' {
				p-- // \" and \\\" close it too
			}
			return p
		}
	}
	return le
}

// otpGroupsStart walks back from the end b of a digit group over groups
// joined by one space or dash ("373 779", "37-37-79"); it returns the
// first group's start and the number of digits, or n == 0 when the digits
// are part of something longer (a time, a decimal, a larger number, a
// word, an id after '#', an amount after a currency sign).
func otpGroupsStart(s string, ls, b int) (a, n int) {
	p, groups, short := b, 0, false
	for {
		q := p
		for q > ls && isDigit(s[q-1]) {
			q--
		}
		n += p - q
		groups++
		short = short || p-q < 2
		if n > 8 {
			return 0, 0
		}
		if q-ls >= 2 && (s[q-1] == ' ' || s[q-1] == '-') && isDigit(s[q-2]) {
			p = q - 1
			continue
		}
		a = q
		break
	}
	if groups > 1 && short {
		return 0, 0 // a group of one digit: "+1 555 1234", "1 2 3 4"
	}
	if a == ls {
		return a, n
	}
	c := s[a-1]
	switch {
	case c == ' ' || c == '\t':
		if a-2 < ls {
			return a, n
		}
		if b2 := s[a-2]; b2 == '#' || b2 == '$' || b2 == '+' || b2 == '-' || b2 == '/' || b2 == '=' {
			return 0, 0 // "# 4821", "$ 1500"
		}
		if r, _ := utf8.DecodeLastRuneInString(s[ls : a-1]); unicode.Is(unicode.Sc, r) {
			return 0, 0 // "€ 1500", "₱ 4870"
		}
		return a, n
	case c >= 0x80:
		r, _ := utf8.DecodeLastRuneInString(s[ls:a])
		if unicode.Is(unicode.Sc, r) || otpCurrencyRune(r) {
			return 0, 0
		}
		if r >= 0x3000 || r >= 0x0E00 && r < 0x0E80 {
			return a, n // "是373779", "コードは373779", "：373779", "รหัสคือ373779"
		}
	}
	return 0, 0 // glued to a colon, a letter, a sign: "Otp.java:1234", "#4821", "v2.1234"
}

// otpCurrencyRune reports the currency signs the CJK range holds (円, 元, 원).
func otpCurrencyRune(r rune) bool {
	return r == '円' || r == '元' || r == '원' || r == '￥' || r == '＄'
}

// otpTrailerOK reports what may follow a code to the end of its turn:
// nothing, a full stop or exclamation, an emoji, or a
// word of thanks ("373779, thanks!", "373779 ạ", "373779 ครับ").
func otpTrailerOK(t string) bool {
	t = strings.TrimLeft(t, " ")
	if t == "" {
		return true
	}
	switch t[0] {
	case '.', '!', '?':
		if t[0] == '.' && len(t) > 1 && isDigit(t[1]) {
			return false // "1.500"
		}
		return true
	case ',', ';':
		t = strings.TrimLeft(t[1:], " ")
	}
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	if r >= 0x2190 && r < 0x2C00 || r >= 0x1F000 {
		return true // an arrow, a symbol or an emoji
	}
	if r == '。' || r == '！' {
		return true
	}
	low := strings.ToLower(t)
	for _, w := range otpThanks {
		if strings.HasPrefix(low, w) && (len(w) > 3 || len(low) == len(w) || !isAlpha(low[len(w)])) {
			return true
		}
	}
	return false
}

// otpThanks are the words of thanks and the polite particles a buyer ends
// an answer with, lower case; a word of three bytes or less must end there
// ("ty", not "type"), a longer one may be a stem ("obrigad").
var otpThanks = []string{"thanks", "thank you", "thx", "ty", "pls", "please", "cheers", "ạ", "nhé", "nha", "ak", "po", "na po",
	"ครับ", "ค่ะ", "คะ", "krub", "ka", "gracias", "obrigad", "merci", "danke", "grazie", "bedankt", "dank", "dzięki", "dziekuje",
	"dziękuję", "teşekkür", "tesekkur", "спасибо", "谢谢", "謝謝", "ありがとう", "です", "감사", "고맙", "terima kasih", "makasih",
	"trims", "salamat", "شكرا", "شكراً", "धन्यवाद", "shukriya", "cảm ơn", "cam on", "kak", "ya", "bro", "sis", "ok"}

// otpLeadIn reads the words before the code at a back to its clause's
// start and reports whether they may lead in an answer, and whether a
// label names a person (who must then be a dialogue's speaker). A colon right before the code ("code: 373779",
// "Buyer: 373779") lets the label before it be read too, and a label is
// judged by its words only.
func otpLeadIn(s string, ls, a int) (ok, person bool) {
	p := a
	for p > ls && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	labelled := false
	if p > ls && (s[p-1] == ':' || s[p-1] == '>') {
		labelled = true
		p--
	} else if p-ls >= 3 && s[p-3:p] == "：" {
		labelled = true
		p -= 3
	}
	st := p
	for st > ls && p-st < 96 && !otpClauseBreak(s, st-1) {
		st--
	}
	if p-st >= 96 {
		return false, false
	}
	words := otpLeadWords(s[st:p])
	if len(words) > 6 && !labelled {
		return false, false
	}
	if !labelled && len(words) > 0 && otpPrepositions[words[len(words)-1]] {
		return false, false // "sent to 5551234", "for order 4821"
	}
	for _, w := range words {
		if otpElsewhere(w) {
			return false, false
		}
		if otpStemIn(w, otpPersonStems) {
			if !labelled {
				return false, false
			}
			person = true
		}
	}
	return true, person
}

// otpClauseBreak reports a byte at p that ends the clause before a code:
// a sentence's or a clause's punctuation, a colon, a bracket.
func otpClauseBreak(s string, p int) bool {
	switch s[p] {
	case '.', '!', '?', ',', ';', ':', '(', ')', '[', ']', '"', '\n', '|':
		return !(s[p] == '.' && p > 0 && isDigit(s[p-1])) // "1.5" is no break
	}
	if p >= 2 && (s[p-2:p+1] == "，" || s[p-2:p+1] == "。" || s[p-2:p+1] == "：" || s[p-2:p+1] == "！") {
		return true
	}
	return false
}

// otpLeadWords splits a lead-in into lower-case words (letters and marks;
// digits and signs split them).
func otpLeadWords(t string) []string {
	f := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return r < 0x80 && !isAlpha(byte(r)) && r != '\'' || r == '’'
	})
	return f
}

// otpPrepositions before the digits make them the target or owner of
// something, not a code that is given.
var otpPrepositions = setOf("to", "for", "from", "via", "by", "at", "in", "of", "with", "para", "pour", "à", "a", "für",
	"an", "per", "voor", "do", "dla", "için", "icin", "для", "ke", "kepada", "untuk", "cho", "đến", "al", "del", "au", "zu",
	"nach", "since", "until", "till", "desde", "hasta", "em", "no", "na", "nr", "nº", "n°")

// otpElsewhere reports a lead-in word that names another number than a
// one-time code: an order, a tracking or postal code, an address, a phone,
// an amount, an error or status, a card's digits, a discount.
func otpElsewhere(w string) bool {
	return otpOtherWords[w] || otpStemIn(w, otpOtherStems)
}

// otpStemIn reports a word that starts with one of stems, or holds one
// written in a script without spaces, whose words are glued ("我的电话是").
func otpStemIn(w string, stems []string) bool {
	for _, p := range stems {
		if p[0] < 0xE0 && strings.HasPrefix(w, p) || p[0] >= 0xE0 && strings.Contains(w, p) {
			return true
		}
	}
	return false
}

var otpOtherWords = setOf("id", "ref", "no", "nr", "number", "num", "case", "ticket", "rma", "invoice", "receipt", "txn",
	"zip", "plz", "cep", "cp", "pin", "pincode", "st", "rd", "apt", "flat", "unit", "floor", "room", "house", "block", "blk",
	"tel", "hp", "wa", "cell", "total", "amount", "price", "paid", "pay", "cost", "usd", "eur", "rp", "rm", "rs", "inr",
	"php", "baht", "thb", "idr", "myr", "vnd", "brl", "mxn", "gbp", "aud", "sgd", "jpy", "krw", "cny", "sar", "try", "pln",
	"rub", "dollars", "euros", "pesos", "reais", "yen", "won", "dong", "lira", "zł", "tl", "year", "years", "http", "err",
	"sku", "item", "model", "hs", "vat", "tax", "nip", "cpf", "cnpj", "rfc", "nif", "dni", "nik", "passport", "iban", "bank",
	"card", "ending", "last", "ext", "km", "kg", "qty", "size", "box", "boxes", "pcs", "x")

// otpOtherStems are prefixes of such words, in the shops' languages.
var otpOtherStems = []string{"order", "pedid", "encomend", "command", "bestell", "auftrag", "ordin", "zamówi", "zamowi",
	"sipariş", "siparis", "заказ", "订单", "訂單", "注文", "주문", "đơn", "pesanan", "คำสั่ง", "طلب", "ऑर्डर",
	"track", "awb", "rastre", "seguim", "suivi", "sendung", "spedizion", "kargo", "трек", "运单", "追跡", "송장", "resi",
	"postcode", "postal", "post", "zipcode", "kodepos", "邮编", "郵便", "우편", "ไปรษณีย์", "بريد", "پست", "पिन",
	"street", "road", "calle", "rua", "avenida", "jalan", "jl", "улиц", "ул", "phone", "mobile", "whatsapp", "handphone",
	"celular", "telef", "téléph", "telep", "телеф", "电话", "手机", "電話", "携帯", "전화", "휴대", "điện", "sđt", "sdt", "โทร",
	"هاتف", "جوال", "फोन", "fone", "refund", "reembol", "rembours", "erstatt", "rimbors", "zwrot", "iade", "возврат",
	"error", "erreur", "fehler", "errore", "erro", "hata", "ошибк", "错误", "エラー", "오류", "lỗi", "status", "estado",
	"promo", "discount", "coupon", "voucher", "gift", "referral", "descuento", "cupón", "cupon", "cupom", "réduction",
	"rabatt", "gutschein", "sconto", "korting", "rabat", "kupon", "indirim", "скидк", "промо", "优惠", "折扣", "クーポン",
	"쿠폰", "giảm", "diskon", "ส่วนลด", "خصم", "كوبون", "account", "konto", "cuenta", "conta", "compte", "invoice", "factura",
	"fattura", "rechnung", "fatura", "transac", "transak", "payment", "pago", "pagamento", "paiement", "zahlung",
	"amount", "balance", "saldo", "seat", "flight", "gate", "table", "ext"}

// otpPersonStems name a person or a business whose number follows
// ("customer 48213", "user: 48213"), unless they label a turn of a
// dialogue ("Cliente: 55019" after "Agente: …").
var otpPersonStems = []string{"user", "customer", "cliente", "client", "kunde", "klant", "klient", "müşteri", "musteri",
	"клиент", "buyer", "comprador", "acheteur", "pembeli", "khách", "ลูกค้า", "客户", "顾客", "買家", "买家", "お客", "고객",
	"merchant", "shop", "store", "tienda", "loja", "member", "socio"}

// otpMentionIn reports a mention of a one-time code in s[ws:we]: a
// clause that holds an OTP stem and a word for "code" ("I sent a
// verification code", "your OTP", "验证码"), or a verb of sending or an
// SMS and a word for "code" ("we texted you a code", "the code in the
// SMS"), and no word of another code ("promo code", "tracking code").
func otpMentionIn(s string, ws, we int) bool {
	for ws > 0 && ws < we && s[ws]&0xC0 == 0x80 {
		ws++ // start on a rune
	}
	if ws >= we {
		return false
	}
	low := strings.ToLower(s[ws:we])
	for low != "" {
		c := strings.IndexAny(low, ".!?\n;。！？")
		cl := low
		if c >= 0 {
			cl, low = low[:c], low[c+1:]
		} else {
			low = ""
		}
		if len(cl) < 3 || !otpHasWord(cl, otpMentionCodes, true) {
			continue
		}
		if (otpHasWord(cl, otpStems, false) || otpHasWord(cl, otpSendWords, false)) && !containsAnyOf(cl, otpOtherCodes) {
			return true
		}
	}
	return false
}

// otpHasWord reports one of words in the clause cl that starts a word
// (an ASCII word is not read inside another: "2fa" in a UUID's hex, "sent"
// in "consent", "code" in "barcode"); with compound, a word for "code" may
// end a word that starts with an OTP stem ("verifizierungscode").
func otpHasWord(cl string, words []string, compound bool) bool {
	for _, w := range words {
		for off := 0; off < len(cl); {
			i := strings.Index(cl[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if w[0] >= 0x80 || i == 0 || !isAlnum(cl[i-1]) {
				return true
			}
			if compound {
				st := i
				for st > 0 && (isAlpha(cl[st-1]) || cl[st-1] >= 0x80) {
					st--
				}
				if containsAnyOf(cl[st:i], otpStems) {
					return true
				}
			}
		}
	}
	return false
}

// otpMentionCodes are the words for "code" a mention holds (otpCodeWords
// without the words for "number", which also name orders and phones).
var otpMentionCodes = []string{"code", "codice", "código", "codigo", "codul", "cod de", "cód", "kod", "kód", "otp", "passcode", "2fa",
	"код", "κωδικ", "קוד", "رمز", "كود", "کوڈ", "کد", "mã", "코드", "인증번호", "码", "碼", "コード", "รหัส", "कोड", "কোড",
	"koodi", "kood", "kóð", "կոդ", "კოდ", "ኮድ", "កូដ", "ລະຫັດ", "ကုဒ်"}

// otpSendWords are verbs of sending and the words for a text message that,
// beside a word for "code", make the code a one-time one ("I sent you a
// code", "te enviamos un código", "the code in the SMS").
var otpSendWords = []string{"sent", "send", "texted", "emailed", "resent", "resend", "sms", "text message",
	"envi", "envoy", "gesendet", "geschickt", "schick", "inviat", "invia", "verstuurd", "gestuurd", "wysła", "wysla",
	"gönder", "gonder", "отправ", "выслал", "надісл", "发送", "发了", "發送", "送信", "送り", "보냈", "발송", "전송",
	"gửi", "gui", "kirim", "dikirim", "ส่ง", "أرسل", "ارسل", "भेज", "ipinadala", "pinadala", "nagpadala", "mesaj", "短信", "簡訊"}

// otpOtherCodes name codes that are not one-time ones.
var otpOtherCodes = []string{"promo", "discount", "coupon", "voucher", "gift", "referral", "tracking", "postal", "post code",
	"postcode", "kodepos", "kode pos", "barcode", "qr code", "qrcode", "hs code", "zip", "error", "status code", "descuento", "cupón", "cupom", "rabatt", "gutschein", "sconto", "kupon", "indirim",
	"скидк", "промокод", "优惠", "折扣", "クーポン", "쿠폰", "giảm giá", "diskon", "ส่วนลด", "خصم", "كوبون", "rastreio", "seguimiento",
	"邮编", "郵便", "우편", "ไปรษณีย์", "البريد"}
