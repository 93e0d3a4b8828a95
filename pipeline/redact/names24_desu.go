package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Japanese buyer introduces themself with "<name>です" ("I am <name>")
// as a message or a sentence opens: "渡辺 翔太です。お届け先は…",
// "お世話になっております。鈴木颯太です。", "私は髙橋悠真です". The run before
// です is a name when it opens its sentence (the text's or value's start, a
// full stop, a comma, a quote, a bracket, a colon, "私は") and begins with a
// common family name: written with a space before the given name (which
// may be in kana: "佐藤 さくら"), a Japanese family name (jaSurnames) or a
// Chinese one; written whole ("鈴木颯太"), a Japanese family name and one
// to three characters, or a Chinese name of three characters. "確認です",
// "以上です" begin with no family name; a firm's name ("佐藤商事です") ends in
// a trade's word, "金曜日です" in a word of dates.

// mayHoldDesu24 is the cheap test before desuSpans24.
func mayHoldDesu24(s string, sig uint32) bool {
	return sig&sigHigh != 0 && (strings.Contains(s, "です") || strings.Contains(s, "。") || strings.Contains(s, "！"))
}

// A Japanese review or message signed with the writer's name after its
// last sentence: "とても良かったです！また買います。中村 結衣". The run after
// "。" or "！" ends the text or its value (a quote, a line break) and is a
// name by desuName24's test: a common family name, then the given name
// after a space or written on.

// jaSignOffSpans24 returns such signatures in s.
func jaSignOffSpans24(s string, out []span) []span {
	for _, stop := range []string{"。", "！"} {
		for p := 0; ; {
			k := strings.Index(s[p:], stop)
			if k < 0 {
				break
			}
			a := p + k + len(stop)
			p = a
			e := a
			for e < len(s) && e-a < 40 && s[e] != '"' && s[e] != '\\' && s[e] != '\n' && s[e] != ',' {
				e++
			}
			if e == a || e-a >= 40 || !(e == len(s) || s[e] == '"' || s[e] == '\\' || s[e] == '\n' || s[e] == ',') {
				continue
			}
			sp := strings.IndexAny(s[a:e], " \u3000")
			if sp >= 0 {
				sp += a
				if strings.Count(s[a:e], " ")+strings.Count(s[a:e], "\u3000") != 1 {
					continue
				}
			}
			if desuName24(s, a, e, sp) == a {
				out = append(out, span{start: a, end: e, kind: KindName})
			}
		}
	}
	return out
}

// desuSpans24 returns the names introduced with です in s, and the names
// that sign a Japanese message (jaSignOffSpans24).
func desuSpans24(s string, out []span) []span {
	out = jaSignOffSpans24(s, out)
	for i := 0; ; {
		k := strings.Index(s[i:], "です")
		if k < 0 {
			return out
		}
		k += i
		i = k + len("です")
		if !desuAfter24(s, i) {
			continue
		}
		if a := desuNameStart24(s, k); a >= 0 {
			out = append(out, span{start: a, end: k, kind: KindName})
		}
	}
}

// desuAfter24 reports that です at its end e closes a clause.
func desuAfter24(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return strings.ContainsRune("。、！!？?．. \"\\\n,，）)」", r) || strings.HasPrefix(s[e:], "が")
}

// desuNameStart24 returns the start of the name that ends at k, or -1.
func desuNameStart24(s string, k int) int {
	a, sp, n := k, -1, 0
	for a > 0 && n < 10 {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if r == ' ' || r == '\u3000' {
			if sp >= 0 || a == k {
				break
			}
			sp = a - w
			a -= w
			continue
		}
		if !unicode.Is(unicode.Han, r) && !unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '々' {
			break
		}
		a -= w
		n++
	}
	if sp == a { // a space before the run is no part of it
		_, w := utf8.DecodeRuneInString(s[sp:])
		a, sp = sp+w, -1
	}
	for _, pre := range []string{"私は", "わたしは", "私、"} {
		if strings.HasPrefix(s[a:k], pre) {
			return desuName24(s, a+len(pre), k, sp) // "私は<name>です": the writer
		}
	}
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:a])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return -1 // glued to a word or an id
		}
	}
	return desuName24(s, a, k, sp)
}

// desuName24 checks the run s[a:k] (with a space at sp, or sp < 0) and
// returns a, or -1.
func desuName24(s string, a, k, sp int) int {
	if a >= k {
		return -1
	}
	v := strings.ReplaceAll(s[a:k], "髙", "高")
	if sp > a && sp < k {
		fam := strings.ReplaceAll(s[a:sp], "髙", "高")
		given := strings.TrimLeft(s[sp:k], " \u3000")
		gn := utf8.RuneCountInString(given)
		if gn < 1 || gn > 4 || !desuKnownFamily24(fam) || desuTrade24(given) || !desuOneScript24(given) {
			return -1
		}
		return a
	}
	for _, r := range v {
		if !unicode.Is(unicode.Han, r) && r != '々' {
			return -1
		}
	}
	n := utf8.RuneCountInString(v)
	if n < 2 || n > 5 || desuTrade24(v) {
		return -1
	}
	if n == 3 && n14HanOrHangulName(v) {
		return a // a Chinese name of three characters ("王小明")
	}
	for _, f := range jaSurnames {
		if strings.HasPrefix(v, f) && utf8.RuneCountInString(v) > utf8.RuneCountInString(f) && utf8.RuneCountInString(v)-utf8.RuneCountInString(f) <= 3 {
			return a
		}
	}
	return -1
}

// desuKnownFamily24 reports a family name written apart from the given
// name: a common Japanese one, or one or two Han characters of a Chinese
// one.
func desuKnownFamily24(f string) bool {
	for _, x := range jaSurnames {
		if f == x {
			return true
		}
	}
	if n := utf8.RuneCountInString(f); n == 1 && strings.Contains(hanSurnames, f) {
		return true
	}
	for _, x := range hanCompoundSurnames14 {
		if f == x {
			return true
		}
	}
	return false
}

// desuTrade24 reports a run that ends in a word of a firm or a place
// ("佐藤商事", "田中工業", "山本運輸"), or in a word of dates, times,
// amounts and counts ("金曜日", "高金額").
func desuTrade24(v string) bool {
	if tradeEnd24(v) {
		return true
	}
	for _, w := range []string{"様", "さん", "さま", "殿", "宛"} {
		if strings.HasSuffix(v, w) {
			return true // an addressee, not the writer: names read elsewhere
		}
	}
	return false
}

// desuOneScript24 reports a given name all in Han or all in kana.
func desuOneScript24(g string) bool {
	han, kana := 0, 0
	for _, r := range g {
		switch {
		case unicode.Is(unicode.Han, r) || r == '々':
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー':
			kana++
		default:
			return false
		}
	}
	return han == 0 || kana == 0
}

// tradeEnd24 reports a run whose last character is a word of a firm, a
// place, a date or a count ("佐藤商事", "東京都", "金曜日").
func tradeEnd24(v string) bool {
	r, _ := utf8.DecodeLastRuneInString(v)
	return strings.ContainsRune("事業産便輸社会堂屋舎所庁店司行局部厂園館院站港湾山河湖市県区町村日月年時分秒円個件回号番額", r)
}
