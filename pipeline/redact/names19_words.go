package redact

// Who took a parcel. Proof-of-delivery texts, delivery receipts, driver
// notes and locker notices write the person who signed for or collected a
// parcel after the carrier's words for "received by", "delivered to",
// "handed to" in the recipient's language ("afgeleverd bij Noor Vos",
// "átvette Lakatos Nóra", "签收人 杨一鸣"); the name follows as it does
// after an introduction (intros, word.go) or a role word
// (roleWordsNonASCII, keys.go).

// intros19 are those words in scripts the word scanner reads (an ASCII
// first letter); each ends with a space. They join intros.
var intros19 = []string{
	// Dutch, Flemish, German
	"afgeleverd bij ", "afgegeven aan ", "bezorgd bij ", "overhandigd aan ", "zugestellt an ", "übergeben an ",
	"ausgehändigt an ",
	// French, Italian, Spanish, Portuguese, Romanian
	"reçu par ", "remis à ", "remis en main propre à ", "livré à ", "consegnato a ", "ricevuto da ",
	"entregado en mano a ", "predat lui ", "primit de ", "recepționat de ",
	// Baltic, Czech, Icelandic, Indonesian, Turkish, Zulu
	"saņēma ", "kätte saanud ", "kätte sai ", "převzal(a) ", "převzal ", "převzala ", "prevzal(a) ", "prevzal ",
	"móttekið af ", "mottekid af ", "diterima oleh ", "teslim alan ", "teslim alındı ", "kwamukelwe ngu ",
	"kwamukelwa ngu ",
}

// roleWords19 are the same in scripts the word scanner does not read, or
// with a first letter outside ASCII; they join roleWordsNonASCII.
var roleWords19 = []string{
	"átvette", "отримав(ла)", "отримала", "отримав", "получил(а)", "получила", "получил", "παραδόθηκε σε",
	"παρελήφθη από", "ստացել է", "ჩაიბარა", "استلمها", "استلمه", "تم التسليم إلى", "बुझिलिने", "बुझ्ने",
	"签收人", "簽收人", "签收者", "簽收者", "代收人",
}

func init() {
	seen := make(map[string]bool, len(roleWordsNonASCII))
	for _, w := range roleWordsNonASCII {
		seen[w] = true
	}
	for _, w := range roleWords19 {
		vs := []string{w, capitalised(w)}
		if w[0] < 0x80 {
			vs = vs[:1]
		}
		for _, v := range vs {
			if !seen[v] {
				seen[v] = true
				roleWordsNonASCII = append(roleWordsNonASCII, v)
				triggerFirst[v[0]] = true
			}
		}
	}
}
