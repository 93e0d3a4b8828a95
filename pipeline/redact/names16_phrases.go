package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names after phrases of forms, subscriptions and reviews. A tax or KYC
// form logs the person it is about as its "legal name" or "beneficial
// owner" without a colon ("taxform submitted: legal name Given Family,
// permanent residence …"); an SMS platform logs who answered STOP as a
// "subscriber" ("subscriber Given Family unsubscribed from …"); a
// marketplace logs whose review a seller answered ("seller reply posted to
// review by Given Family: …", "reseña de Given Family"). The phrases join
// the event phrases of names_event.go, so the name after them is read as
// an event's is (eventNameAt): two to five capitalised words, a Han name
// or words of a script without case, ending their clause; payment methods,
// shops, teams and goods stay.
//
// A Chinese real-name check writes the name right after its phrase, in
// whatever script the person's name is ("实名认证通过 Given Family", "实名认证
// 通过 李志明"): hanPhraseNameSpans reads those.

// eventPhrases16 end in the space before the name.
var eventPhrases16 = []string{
	// tax and KYC forms
	"legal name ", "full legal name ", "legal full name ", "registered name ", "beneficial owner ",
	"taxpayer name ", "name of taxpayer ", "name of beneficial owner ", "account holder name ",
	"nombre legal ", "nombre completo ", "nom légal ", "nom complet ", "nome legale ", "nome completo ",
	"gesetzlicher name ", "vollständiger name ", "juridische naam ", "volledige naam ", "imię i nazwisko ",
	"nama lengkap ", "nama sesuai ktp ", "họ và tên ", "họ tên ", "yasal ad ", "полное имя ",
	// who answered STOP, opted out or subscribed
	"subscriber ", "abonné ", "abonnée ", "abonnent ", "abonnentin ", "suscriptor ", "suscriptora ",
	"assinante ", "iscritto ", "iscritta ", "abonnee ", "subskrybent ", "subskrybentka ",
	"prenumerant ", "подписчик ", "подписчица ", "абонент ",
	// whose review, rating or feedback a seller answered
	"review by ", "reviewed by ", "review from ", "rating by ", "rating from ", "rated by ", "feedback from ",
	"feedback by ", "comment by ", "reply to review by ", "replied to ", "responded to ", "reseña de ",
	"opinión de ", "valoración de ", "avis de ", "commentaire de ", "bewertung von ", "rezension von ",
	"recensione di ", "avaliação de ", "avaliacao de ", "recensie van ", "beoordeling van ", "opinia od ",
	"recenzja od ", "ulasan dari ", "ulasan oleh ", "đánh giá của ", "отзыв от ", "recension av ",
	"omdöme från ", "değerlendirme: ",
}

func init() {
	eventPhrases = append(eventPhrases, eventPhrases16...)
	all := append(append([]string(nil), eventPhrases...), orderFor...)
	eventIndex = newPhraseIndex(all)
	for _, p := range eventPhrases16 {
		j := 0
		for j < len(p) && p[j] < 0x80 && (isAlnum(p[j]) || p[j] == '_') {
			j++
		}
		eventShape[shapeOf(p[0]|0x20, p[1]|0x20, j)] = true
	}
}

// hanNamePhrases are phrases of scripts without spaces that a person's
// name follows: a real-name check passed ("实名认证通过"), done, or named.
var hanNamePhrases = []string{"实名认证通过", "实名认证成功", "实名认证：", "实名认证:", "实名认证 ", "實名認證通過",
	"實名認證成功", "实名核验通过", "实名核验成功", "身份认证通过", "身份验证通过", "本人確認完了", "本人確認済み", "실명인증 완료",
	"본인인증 완료"}

// hanEntities16 are words of shops, companies and brands that open what a
// real-name check passed instead of a person.
var hanEntities16 = []string{"店铺", "店舖", "商家", "商户", "商戶", "企业", "企業", "公司", "品牌", "机构", "機構", "店",
	"ショップ", "会社", "法人", "가게", "상점", "회사", "업체"}

// hanEntityAt16 reports an entity word at k.
func hanEntityAt16(s string, k int) bool {
	for _, w := range hanEntities16 {
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// mayHoldHanPhraseName is the cheap test before hanPhraseNameSpans.
func mayHoldHanPhraseName(s string) bool {
	return strings.Contains(s, "认证") || strings.Contains(s, "認證") || strings.Contains(s, "核验") ||
		strings.Contains(s, "本人確認") || strings.Contains(s, "인증")
}

// hanPhraseNameSpans returns the names after hanNamePhrases in s.
func hanPhraseNameSpans(s string) []span {
	var out []span
	for _, p := range hanNamePhrases {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			k := off + i + len(p)
			off = k
			for k < len(s) && (s[k] == ' ' || s[k] == ':') {
				k++
			}
			if strings.HasPrefix(s[k:], "：") {
				k += len("：")
			}
			if hanEntityAt16(s, k) {
				continue // "实名认证成功：店铺 …": a shop or a company passed the check
			}
			a, e := eventNameAt(s, k)
			if e <= a || overlaps(out, a, e) || notPersonRun14(s, a, e) {
				continue
			}
			out = append(out, span{start: a, end: e, kind: KindName})
			off = e
		}
	}
	return out
}

// A name before a phone under a contact label. A survey's or a form's free
// answer, a chat message, a note gives the buyer's contact as a label, the
// name and the number:
//
//	Kontakt: Given Family, Tel. +49 …
//	Contact: Given Family 0917 …
//	連絡先：山田 花子 090-…
//	للتواصل: Given Family +971…
//
// The label is "contact" or "name" in the buyers' languages before a colon;
// what stands between the colon and the phone (a comma and a phone word
// such as "Tel." left out) is taken when it is a person's name as a role
// key's value is (roleName).

// contactLabels16 are the labels, lower case, without the colon.
var contactLabels16 = setOf("contact", "contacts", "kontakt", "kontak", "contacto", "contato", "contatto",
	"liên hệ", "lien he", "iletişim", "iletisim", "контакт", "контакты", "kontaktperson", "yhteyshenkilö",
	"kapcsolat", "name", "nombre", "nom", "nome", "naam", "nama", "namn", "navn", "isim", "ad soyad", "imię i nazwisko",
	"имя", "фио", "tên", "họ tên", "pangalan", "contact person", "contact name", "reach me", "ติดต่อ", "ชื่อ",
	"連絡先", "联系人", "聯絡人", "联系方式", "連絡先氏名", "氏名", "お名前", "姓名", "연락처", "이름", "للتواصل", "تواصل",
	"الاسم", "संपर्क", "नाम", "איש קשר")

// phoneWords16 are the phone words between a name and its number.
var phoneWords16 = setOf("tel", "tel.", "tél", "tél.", "telp", "telp.", "phone", "ph", "ph.", "mob", "mob.",
	"mobile", "hp", "wa", "whatsapp", "cel", "cel.", "celular", "telefon", "telefone", "teléfono", "telefono",
	"電話", "电话", "手机", "携帯", "전화", "โทร", "هاتف", "फोन")

// contactNameSpans returns the names between a contact label and a phone
// span of have.
func contactNameSpans(s string, have []span) []span {
	var out []span
	for _, x := range have {
		if x.kind != KindPhone || x.start < 4 {
			continue
		}
		ls := max(0, x.start-120)
		if nl := strings.LastIndexAny(s[ls:x.start], "\n\"|"); nl >= 0 {
			ls += nl + 1
		}
		seg := s[ls:x.start]
		c := strings.LastIndexByte(seg, ':')
		cw := strings.LastIndex(seg, "：")
		cl := 1
		if cw > c {
			c, cl = cw, len("：")
		}
		if c <= 0 {
			continue
		}
		// the label: the words before the colon, back to a clause's start
		lb := c
		for lb > 0 && strings.IndexByte(",;.(", seg[lb-1]) < 0 && c-lb < 40 {
			lb--
		}
		if !contactLabels16[strings.ToLower(strings.TrimSpace(seg[lb:c]))] {
			continue
		}
		a, b := ls+c+cl, x.start
		for a < b && s[a] == ' ' {
			a++
		}
		b = trimPhoneLead16(s, a, b)
		if b-a < 2 || isMarkerAt(s, a) || overlaps(have, a, b) {
			continue
		}
		if v := s[a:b]; roleName(v) || hanName(v) || kanaGivenName16(v) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
	}
	return out
}

// trimPhoneLead16 takes off the spaces, commas and phone word at the end of
// a..b ("Given Family, Tel. ").
func trimPhoneLead16(s string, a, b int) int {
	for b > a && strings.IndexByte(" ,:", s[b-1]) >= 0 {
		b--
	}
	if sp := strings.LastIndexAny(s[a:b], " ,"); sp >= 0 {
		if phoneWords16[strings.ToLower(s[a+sp+1:b])] {
			b = a + sp
		}
	} else if phoneWords16[strings.ToLower(s[a:b])] {
		return a
	}
	for b > a && strings.IndexByte(" ,:", s[b-1]) >= 0 {
		b--
	}
	return b
}

// kanaGivenName16 reports a Japanese name of a Han family name and a given
// name in kana ("佐藤さくら", "山田 ゆい"): one to three Han characters, an
// optional space, two to four kana.
func kanaGivenName16(v string) bool {
	han, kana, sp := 0, 0, false
	for _, r := range v {
		switch {
		case unicode.Is(unicode.Han, r) && kana == 0 && !sp:
			han++
		case r == ' ' && han > 0 && kana == 0 && !sp:
			sp = true
		case (unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) && han > 0:
			kana++
		default:
			return false
		}
	}
	return han >= 1 && han <= 3 && kana >= 2 && kana <= 4 && utf8.RuneCountInString(v) <= 8
}
