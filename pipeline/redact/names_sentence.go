package redact

// A sentence under a name key. A chat turn or a note labelled by a
// person's role ("Customer: where is my parcel?", "Buyer: the code does
// not work", "cliente: dónde está mi pedido") holds what the person said,
// not their name: its first word is one no name starts with, a question
// word, an article, a pronoun, an auxiliary or a courtesy. Words that are
// also names or particles of names in some locale ("An", "Do", "Ma", "La",
// "Will", "Mana") are not on the list.

var sentenceOpeners = setOf("where", "what", "when", "why", "how", "who", "which", "is", "are", "was", "were", "it",
	"its", "it's", "i", "i'm", "im", "i've", "my", "your", "our", "their", "the", "this", "that", "these", "those",
	"please", "pls", "plz", "can", "could", "would", "should", "does", "did", "has", "have", "had", "not", "yes",
	"ok", "okay", "thanks", "thank", "there", "here", "any", "still", "just", "we", "you", "they", "he", "she", "if",
	"but", "and", "or", "also", "sorry", "hi", "hello", "hey", "dónde", "donde", "qué", "cuándo", "cuando", "hola",
	"gracias", "por", "mis", "los", "las", "una", "está", "wo", "wann", "ist", "mein", "meine", "ich", "bitte",
	"danke", "hallo", "où", "quand", "est", "mon", "mes", "merci", "bonjour", "dove", "quando", "mio", "grazie",
	"ciao", "onde", "meu", "minha", "obrigado", "obrigada", "olá", "oi", "waar", "wanneer", "mijn", "ik", "dank",
	"gdzie", "kiedy", "mój", "moja", "dziękuję", "apa", "kapan", "saya", "tolong", "halo", "nerede", "benim",
	"merhaba", "chào", "cảm", "tôi", "đơn", "kenapa", "bagaimana", "sudah", "belum", "kailan", "saan", "po", "salamat")

// sentenceAt reports a value at k that opens with such a word.
func sentenceAt(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 12 && (isAlpha(s[e]) || s[e] >= 0x80 || s[e] == '\'') {
		e++
	}
	if e == k || e-k >= 12 || e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '?' && s[e] != '!' {
		return false
	}
	var buf [12]byte
	return sentenceOpeners[string(lower(buf[:0], s[k:e]))]
}

// streetAfterAt reports a street type written after the name (streetAfter)
// at k: "Main St" is no Hindi "main" (I) before a name.
func streetAfterAt(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 16 && isAlpha(s[e]) {
		e++
	}
	if e == k || e-k >= 16 {
		return false
	}
	var buf [16]byte
	return streetAfter[string(lower(buf[:0], s[k:e]))]
}
