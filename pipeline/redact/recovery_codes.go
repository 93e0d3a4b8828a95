package redact

import "strings"

// Lists of recovery codes. Services hand out their one-time recovery
// (backup) codes as a set of same-shaped codes, `xxxxx-xxxxx` or
// `xxxx-xxxx-xxxx` in one case of letters and digits, and a log writes the
// set as one value separated by spaces: under a key of any language
// (`backup_codes=…`, `codigos_recuperacion: …`), as a vCard or iCalendar
// property, a bound value, a positional argument or a field of a pipe
// group. A key reader stops at the first space; this reader takes the whole
// run of two codes or more, whatever names it. A run of words that only
// look alike (`check-email reset-token`) holds no digits and is kept; ids
// of other shapes (UUIDs, dates, `rid-…`) differ in their groups. A single
// code is taken after the phrase that names it ("recovery codes: …",
// "códigos de recuperación: …", "коды восстановления: …").

// recoveryRunSpans returns the runs of same-shaped recovery codes in s.
func recoveryRunSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '-')
		if j < 0 {
			break
		}
		d := i + j
		i = d + 1
		// the first code's start: back over its first group
		a := d
		for a > 0 && isCodeByte(s[a-1]) {
			a--
		}
		if d-a < 4 || d-a > 6 || a > 0 && !codeBoundary(s[a-1]) {
			continue
		}
		e, shape, ok := recoveryCode(s, a)
		if !ok {
			continue
		}
		// more codes of the same shape, one space apart
		n, digits, end := 1, 0, e
		if codeHasDigit(s[a:e]) {
			digits = 1
		}
		for end+1 < len(s) && (s[end] == ' ' || s[end] == '+') { // '+': a space in a URL's query (creds14_recovery.go)
			e2, shape2, ok := recoveryCode(s, end+1)
			if !ok || shape2 != shape {
				break
			}
			n++
			if codeHasDigit(s[end+1 : e2]) {
				digits++
			}
			end = e2
		}
		if n >= 2 && (digits >= n-1 || longRunMostlyDigits(n, digits)) && (n >= 3 || digits == n) || n == 1 && digits == 1 && recoveryPhraseBefore(s, a) ||
			n >= 2 && digits >= 1 && recoveryPhraseBefore(s, a) { // "backup codes: bigdl-9uzu5 jemnx-tfhap": the phrase names the run (secrets20)
			out = append(out, span{start: a, end: end, kind: KindCredential})
			i = end
		}
	}
	return out
}

// recoveryCode reads a code at i: 2 to 4 groups of 4 to 6 letters or
// digits of one case, joined by '-', ending at a boundary. shape encodes
// the groups' lengths and the case.
func recoveryCode(s string, i int) (end int, shape uint32, ok bool) {
	groups := 0
	upper, lower := false, false
	for {
		b := i
		for i < len(s) && isCodeByte(s[i]) {
			if isUpper(s[i]) {
				upper = true
			} else if !isDigit(s[i]) {
				lower = true
			}
			i++
		}
		if i-b < 4 || i-b > 6 || strings.Count(s[b:i], s[b:b+1]) == i-b {
			return 0, 0, false // (a group of one repeated character is a mask: "XXXX-XXXX-XXXX-4821")
		}
		shape = shape<<3 | uint32(i-b)
		groups++
		if i < len(s) && s[i] == '-' && groups < 4 {
			i++
			continue
		}
		break
	}
	if groups < 2 || upper && lower || !upper && !lower || i < len(s) && !codeBoundary(s[i]) && s[i] != ',' && s[i] != ')' && s[i] != '}' && s[i] != ']' && s[i] != '<' && s[i] != '/' && !codeEndsClause(s, i) {
		return 0, 0, false
	}
	if upper {
		shape |= 1 << 20
	}
	return i, shape, true
}

func isCodeByte(c byte) bool { return isAlnum(c) }

// codeBoundary reports the bytes that may stand right before or after a
// list of codes.
func codeBoundary(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '=', ':', '|', '(', '[', '{', '>', ';', ',', '+':
		return true
	}
	return false
}

func codeHasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			return true
		}
	}
	return false
}

// recoveryStems name recovery and backup codes in the shops' languages,
// lower case.
var recoveryStems = []string{"recover", "backup", "back-up", "back up", "recuper", "récupér", "wiederherstell", "herstel",
	"odzyskiw", "zapasow", "kurtarma", "yedek", "восстановл", "резервн", "відновлен", "pemulihan", "cadangan", "khôi phục",
	"dự phòng", "恢复", "备用", "復原", "備用", "リカバリ", "バックアップ", "복구", "백업", "återställ", "gendannelse",
	"gjenoppretting", "palautus", "varakoodi", "obnov", "helyreállít", "tartalék", "ανάκτησ", "שחזור", "גיבוי",
	"الاسترداد", "استرداد", "الاحتياط", "रिकवरी", "बैकअप", "กู้คืน", "สำรอง", "urejesho", "pagbawi"}

// recoveryPhraseBefore reports a recovery phrase in the few words before a
// code at a, within its clause.
func recoveryPhraseBefore(s string, a int) bool {
	st := max(0, a-48)
	for st > 0 && st < a && s[st]&0xC0 == 0x80 {
		st++
	}
	w := s[st:a]
	if b := strings.LastIndexAny(w, ".;|,\n\t[]{}()"); b >= 0 {
		w = w[b+1:]
	}
	low := strings.ToLower(w)
	for _, r := range recoveryStems {
		if strings.Contains(low, r) {
			return true
		}
	}
	return false
}
