package redact

import "strings"

// A brand named after a person, in the frames where goods stand. Buyers
// and sellers name a fashion house or a maker by its founder's name
// ("Laura Ashley", "Paul Smith") where only goods fit:
//
//   - after the word for the product ("produto …", "producto …", "produit
//     …", "Produkt …") or a verb of sending goods back ("quiero devolver …",
//     "quero devolver o …", "I want to return the …", "zurückgeben");
//   - after a count and "of" ("(8 pcs of …", "x5 of …");
//   - before a stock's words ("is … in stock?", "… out of stock", "… sold
//     out") or an arrival's ("… arrived in three days", "… arrived broken");
//   - quoted in a review and rated ("“…” is great", "&quot;…&quot; is
//     cheap").
//
// A person's name does not stand there ("return to Given Family", "call
// Given Family", "Given Family arrived" without a time or a state stay
// names).

// dm33GoodsBefore are the words, lower case, before a product's name;
// dm33ReturnVerbs the verbs of sending goods back, an article optional
// after them.
var dm33GoodsBefore = setOf("product", "produto", "producto", "produit", "prodotto", "produkt", "artículo", "artigo",
	"article", "artikel", "товар", "ürün", "produk", "sản phẩm")

var dm33ReturnVerbs = setOf("return", "returning", "devolver", "devolvi", "devolví", "devuelvo", "retourner",
	"renvoyer", "zurückgeben", "zurücksenden", "restituire", "rendere", "kembalikan", "mengembalikan", "iade",
	"вернуть", "повернути", "terugsturen", "retourneren", "zwrócić", "返品")

var dm33Articles = setOf("the", "this", "my", "o", "os", "el", "los", "le", "la", "les", "den", "die", "das", "il", "lo",
	"meu", "mi", "mon", "ma", "mein", "meine")

// dm33GoodsAfter follow a product's name (from its end).
var dm33GoodsAfter = []string{" in stock", " is in stock", " out of stock", " back in stock", " sold out",
	" arrived in ", " arrived broken", " arrived damaged", " arrived late", " arrived today", " arrived yesterday",
	" em estoque", " en stock", " auf lager", " disponible?", " esgotado", " agotado"}

// dm33RatedWords follow a quoted product's name and "is".
var dm33RatedWords = []string{"great", "good", "bad", "amazing", "awesome", "excellent", "perfect", "terrible",
	"nice", "cheap", "fine", "ok", "okay", "broken", "fake", "&lt;b&gt;great", "<b>great"}

// dm33GoodsFrame reports a run of capitalised words around a..e that
// stands in a goods' frame.
func dm33GoodsFrame(s string, a, e int) bool {
	// the run: back over capitalised words the span left out ("Ben" of
	// "Ben Sherman")
	for n := 0; n < 2 && a >= 2 && s[a-1] == ' ' && isAlpha(s[a-2]); n++ {
		p := a - 1
		for p > 0 && isAlpha(s[p-1]) {
			p--
		}
		if !isUpper(s[p]) || p > 0 && s[p-1] != ' ' && s[p-1] != '"' && s[p-1] != ';' {
			break
		}
		a = p
	}
	for _, g := range [...]string{"Hello ", "Hi ", "Hey "} {
		if strings.HasPrefix(s[a:], g) && productValueA26(s, a) {
			return true // `"product":"Hello Kitty …"`: the run took the greeting's word in
		}
	}
	var buf [24]byte
	if w, p := wordBefore14(s, a); w != "" && len(w) <= len(buf) {
		lw := string(lower(buf[:0], w))
		if dm33GoodsBefore[lw] || dm33ReturnVerbs[lw] {
			return true
		}
		if (lw == "hello" || lw == "hi" || lw == "hey") && productValueA26(s, p) {
			return true // "product=Hello Kitty 🎀 Backpack": a product's name that opens with a greeting's word
		}
		if dm33Articles[lw] {
			if v, _ := wordBefore14(s, p); v != "" && len(v) <= len(buf) && dm33ReturnVerbs[string(lower(buf[:0], v))] {
				return true
			}
		}
		if lw == "of" && p >= 2 && s[p-1] == ' ' {
			// a count before "of": "8 pcs of", "x5 of", "8個 of"
			q := p - 1
			for q > 0 && s[q-1] != ' ' && s[q-1] != '(' && p-q < 24 {
				q--
			}
			if strings.IndexAny(s[q:p-1], "0123456789") >= 0 || dm33CountWord(s[q:p-1]) {
				return true
			}
		}
	}
	t := s[e:min(len(s), e+24)]
	for _, g := range dm33GoodsAfter {
		if len(t) >= len(g) && strings.EqualFold(t[:len(g)], g) {
			return true
		}
	}
	return dm33QuotedRated(s, a, e)
}

// dm33CountWord reports a unit of a count written after its number
// ("8 pcs of", "31 unidades of").
func dm33CountWord(w string) bool {
	switch strings.ToLower(w) {
	case "pcs", "pc", "units", "unidades", "unid", "stk", "stück", "pièces", "pezzi", "items", "шт", "pieces":
		return true
	}
	return false
}

// dm33QuotedRated reports a run in quotes that "is" rates right after.
func dm33QuotedRated(s string, a, e int) bool {
	var q string
	for _, o := range [...]string{`"`, "&quot;", "“", "'", "«", "„"} {
		if strings.HasSuffix(s[:a], o) {
			q = o
			break
		}
	}
	if q == "" {
		return false
	}
	rest := s[e:]
	c := ""
	for _, o := range [...]string{`"`, "&quot;", "”", "'", "»", "“"} {
		if strings.HasPrefix(rest, o) {
			c = o
			break
		}
	}
	if c == "" || !strings.HasPrefix(rest[len(c):], " is ") {
		return false
	}
	rest = rest[len(c)+len(" is "):]
	for _, w := range dm33RatedWords {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}
