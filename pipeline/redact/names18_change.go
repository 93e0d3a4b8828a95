package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's name changed in a back-office record is written as a
// sentence that names the field, a verb of change, and the old and new
// values after the words of "from" and "to", in the staff's languages:
//
//	user ops.admin changed contact name of customer C-1 from Given Family to Family, Given
//	customer changed from FAMILY Given to Given Family request_id=…
//	khách hàng đã đổi từ Họ Tên Đệm thành Họ Tên Đệm ticket=…
//	πελάτης άλλαξε από Όνομα Επώνυμο σε Όνομα Επώνυμο
//	pelanggan diubah dari Nama Keluarga menjadi Nama Keluarga
//	cliente modificato da Nome Cognome a N. Cognome
//
// The field is the words between the verb and "from" (up to "of": "contact
// name of customer C-1"), or, when none stand there, the words before the
// verb ("customer", "khách hàng"); it names a person when it reads as a
// name's key, a person's role key or a word for a customer
// (personLabel18). Both values must be shaped as a person's name
// (roleName) or be a name's marker already; the new value ends at the
// record's next key=value pair, a quote or the line's end. A name's marker
// on one side is evidence enough for the other without a field word
// ("changed from [REDACTED:name] to Given Family").

// nameChangeVerbs18 are verbs of change, lower case, in the staff's
// languages.
var nameChangeVerbs18 = setOf("changed", "updated", "modified", "edited", "corrected", "amended",
	"cambiado", "cambió", "cambio", "modificado", "modificó", "actualizado", "actualizó", "alterado", "alterou", "mudou",
	"mudado", "atualizado", "atualizou", "modificato", "cambiato", "aggiornato", "changé", "modifié", "geändert",
	"geaendert", "aktualisiert", "gewijzigd", "veranderd", "aangepast", "zmieniono", "zmienił", "zmieniła",
	"zaktualizowano", "změněno", "změnil", "změnila", "değiştirildi", "değişti", "güncellendi", "изменено", "изменён",
	"изменен", "изменил", "изменила", "обновлено", "змінено", "змінив", "змінила", "оновлено", "άλλαξε", "άλλαξαν",
	"τροποποιήθηκε", "ενημερώθηκε", "đổi", "diubah", "diganti", "diperbarui", "ditukar", "dikemaskini", "pinalitan",
	"binago", "schimbat", "modificat", "actualizat")

// nameChangeOf18 are the words that end the field before the record it
// belongs to ("contact name of customer C-1").
var nameChangeOf18 = setOf("of", "for", "on", "của", "του", "της", "di", "del", "della", "do", "da", "des", "du",
	"de", "van", "von", "dla", "для", "pada", "ng")

// nameChangeAux18 are auxiliaries between a field and its verb
// ("khách hàng đã đổi", "customer was changed").
var nameChangeAux18 = setOf("đã", "has", "have", "was", "were", "is", "been", "got", "telah", "sudah", "è", "stato",
	"foi", "ha", "wurde", "a", "été", "fue", "ha sido", "został", "została", "byl", "byla", "был", "была", "було")

// mayHoldNameChange18 is nameChangeSpans18's cheap test: a space and
// room for a field, a verb and two values.
func mayHoldNameChange18(s string) bool {
	return len(s) >= 20 && strings.IndexByte(s, ' ') > 0
}

// nameChangeSpans18 returns the old and new values of names changed in
// sentences of s, leaving out what have already covers.
func nameChangeSpans18(s string, have []span) []span {
	return nameChangeSpansAt18(s, have, changeFromSpace(s))
}

// nameChangeSpansAt18 is nameChangeSpans18 reading from the space i0
// (changeFromSpace(s), change17.go).
func nameChangeSpansAt18(s string, have []span, i0 int) []span {
	var out []span
	for i := i0; i >= 0 && i+2 < len(s); {
		p := i + 1
		if credChangeFirst[s[p]] {
			if w := credChangeWordAt(s, p, credChangeFromBy[s[p]]); w > 0 {
				if a, b, c, d, ok := nameChange18(s, i, w, have); ok {
					if !isMarkerAt(s, a) && !changeSpanOver(have, a, b) {
						out = append(out, span{start: a, end: b, kind: KindName})
					}
					if !isMarkerAt(s, c) {
						out = append(out, span{start: c, end: d, kind: KindName})
					}
					i = max(d, p)
					if n := strings.IndexByte(s[i:], ' '); n >= 0 {
						i += n
						continue
					}
					break
				}
			}
		}
		n := strings.IndexByte(s[p:], ' ')
		if n < 0 {
			break
		}
		i = p + n
	}
	return out
}

// nameChange18 reads a name's change whose word of "from" follows the
// space at i and whose old value starts at w: it returns the old value
// s[a:b] and the new one s[c:d].
func nameChange18(s string, i, w int, have []span) (a, b, c, d int, ok bool) {
	field, verb := nameChangeField18(s, i)
	if !verb {
		return
	}
	a = w
	b, c = nameChangeTo18(s, w)
	if c == 0 {
		return
	}
	d = nameChangeEnd18(s, c)
	if d <= c {
		return
	}
	oldMark := nameMarkerAt18(s, a) || nameSpanAt18(have, a, b)
	newMark := nameMarkerAt18(s, c) || nameSpanAt18(have, c, d)
	if !field && !oldMark && !newMark {
		return
	}
	if !oldMark && (isMarkerAt(s, a) || !roleName(s[a:b])) {
		return
	}
	if !nameMarkerAt18(s, c) {
		if isMarkerAt(s, c) {
			return
		}
		if d = nameChangeCut18(s, c, d); d <= c {
			return
		}
	}
	return a, b, c, d, true
}

// nameSpanAt18 reports a name found by another reader over the whole of
// s[a:b] (the old value read by its words: evidence for the new one).
func nameSpanAt18(have []span, a, b int) bool {
	for _, x := range have {
		if x.kind == KindName && x.start <= a && x.end >= b {
			return true
		}
	}
	return false
}

// nameMarkerAt18 reports a name's marker at p.
func nameMarkerAt18(s string, p int) bool {
	return strings.HasPrefix(s[p:], "[REDACTED:name]") || strings.HasPrefix(s[p:], "[HASH:name:")
}

// nameChangeField18 reads the words before the space at i (the one before
// "from"), within the clause: whether a verb of change stands among the
// last eight, and whether the field it changed names a person.
func nameChangeField18(s string, i int) (field, verb bool) {
	var ws [8]string
	n := 0
	for e := i; n < len(ws) && e > 0; {
		st := e
		for st > 0 && s[st-1] != ' ' {
			st--
		}
		w := s[st:e]
		if w == "" || strings.ContainsAny(w, ":;=\"()[]{}|") && !strings.HasPrefix(w, "[REDACTED:") {
			break // the clause ends
		}
		ws[n] = w
		n++
		e = st - 1
	}
	// ws[0] is the word before "from"; find the nearest verb
	v := -1
	for j := 0; j < n; j++ {
		var buf [32]byte
		if len(ws[j]) <= len(buf) && nameChangeVerbs18[string(lower(buf[:0], ws[j]))] {
			v = j
			break
		}
	}
	if v < 0 {
		return false, false
	}
	// the words between the verb and "from", up to "of"
	var fw []string
	for j := v - 1; j >= 0; j-- {
		var buf [32]byte
		if len(ws[j]) <= len(buf) && nameChangeOf18[string(lower(buf[:0], ws[j]))] {
			break
		}
		fw = append(fw, ws[j])
	}
	if len(fw) > 0 {
		return personField18(strings.Join(fw, " ")), true
	}
	// the words before the verb, auxiliaries skipped
	j := v + 1
	for j < n && nameChangeAux18[strings.ToLower(ws[j])] {
		j++
	}
	for k := 1; k <= 3 && j+k <= n; k++ {
		var parts []string
		for m := j + k - 1; m >= j; m-- {
			parts = append(parts, ws[m])
		}
		if personField18(strings.Join(parts, " ")) {
			return true, true
		}
	}
	return false, true
}

// personField18 reports a field's words that name a person: a name's key
// ("contact name", "full name", "customer"), a person's role key ("legal
// representative", "primary contact") or a word for a customer ("khách
// hàng", "πελάτης").
func personField18(f string) bool {
	if len(f) > 48 || strings.ContainsAny(f, "[]") {
		return false
	}
	var buf [64]byte
	nk := normKey(buf[:0], strings.ReplaceAll(f, " ", ""))
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	if len(nk) < 3 {
		return false
	}
	return keyClass(nk) == keyName || personRole18(string(nk))
}

// nameChangeTo18 finds the word of "to" after the old value starting at w:
// it returns where the old value ends and the new one starts, or c == 0.
func nameChangeTo18(s string, w int) (b, c int) {
	if nameMarkerAt18(s, w) {
		e := strings.IndexByte(s[w:], ']')
		if e < 0 || w+e+2 >= len(s) || s[w+e+1] != ' ' {
			return 0, 0
		}
		if t := credChangeWordAt(s, w+e+2, credChangeTo); t > 0 {
			return w + e + 1, t
		}
		return 0, 0
	}
	lim := min(len(s), w+100)
	for q := w; q < lim; q++ {
		switch s[q] {
		case '=', '"', '\n', '\\', ';', '|', '(', '[':
			return 0, 0
		case ' ':
			if q > w {
				if t := credChangeWordAt(s, q+1, credChangeTo); t > 0 {
					return q, t
				}
			}
		}
	}
	return 0, 0
}

// nameChangeEnd18 returns where the new value starting at c ends: before
// the record's next key=value pair, a quote, a bracket, a line's end or
// the end, 96 bytes at most; trailing spaces, commas and full stops left
// out.
func nameChangeEnd18(s string, c int) int {
	if nameMarkerAt18(s, c) {
		if e := strings.IndexByte(s[c:], ']'); e > 0 {
			return c + e + 1
		}
		return 0
	}
	lim := min(len(s), c+96)
	d := c
	for d < lim {
		ch := s[d]
		if ch == '"' || ch == '\n' || ch == '\r' || ch == '\\' || ch == ';' || ch == '|' || ch == '(' || ch == '[' || ch == '=' || ch == '\'' && d == c {
			break
		}
		if ch == ' ' && pairAfter(s, d+1) {
			break
		}
		d++
	}
	if d == lim && d < len(s) {
		return 0 // longer than a name
	}
	for d > c && (s[d-1] == ' ' || s[d-1] == ',' || s[d-1] == '.' && d-c > 2 && s[d-3] != ' ' && s[d-3] != '.') {
		d--
	}
	return d
}

// nameChangeCut18 returns the end of a name at the start of s[c:d]: the
// whole when it reads as a person's name, else the words before the first
// word in lower case that is no particle ("Given Family by ops.admin") or
// the end of a sentence; c when none reads as one.
func nameChangeCut18(s string, c, d int) int {
	if roleName(s[c:d]) {
		return d
	}
	v := s[c:d]
	for p := 0; p < len(v); {
		sp := strings.IndexByte(v[p:], ' ')
		if sp < 0 {
			break
		}
		p += sp + 1
		r, _ := utf8.DecodeRuneInString(v[p:])
		w := v[p:]
		if e := strings.IndexByte(w, ' '); e >= 0 {
			w = w[:e]
		}
		prev := strings.TrimRight(v[:p-1], " ")
		endSentence := strings.HasSuffix(prev, ".") && utf8.RuneCountInString(prev[strings.LastIndexByte(prev, ' ')+1:]) > 3
		if r < 0x80 && unicode.IsLower(r) && !particles[strings.ToLower(w)] || endSentence {
			e := strings.TrimRight(prev, " ,.")
			if endSentence {
				e = strings.TrimSuffix(prev, ".")
			}
			if roleName(e) {
				return c + len(e)
			}
			return c
		}
	}
	return c
}
