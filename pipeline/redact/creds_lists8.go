package redact

import "strings"

// Secrets logged without a key in two more list shapes: Oracle's bind
// list (`binds: :1='…', :2='…'`, a JDBC driver's `:name='…'`), and a list
// in brackets separated by ", " such as SQL Server's `The duplicate key
// value is (…, …)` or a tuple's repr. The item is read as the other
// positional arguments are (secretShaped, lowerRandomKey, base32Seed,
// recoveryCodeShaped): order ids, UUIDs, versions, hosts, amounts and
// tracking numbers are no secrets.

// bindIndexBefore reports a bind's index or name before the '=' at q:
// ":1=", ":p_email=".
func bindIndexBefore(s string, q int) bool {
	k := q
	for k > 0 && q-k < 32 && (isWord(s[k-1])) {
		k--
	}
	return k < q && k > 0 && s[k-1] == ':' && (k < 2 || s[k-2] == ' ' || s[k-2] == ',')
}

// listItemSecret redacts the item at i of a list in brackets separated by
// ", " when it is shaped like a secret; it returns where scanning
// resumes, or 0.
func (sc *scanner) listItemSecret(i int) int {
	s := sc.s
	e := i
	for e < len(s) && e-i <= 128 && s[e] > ' ' && s[e] < 0x7f && !loneStop[s[e]] {
		e++
	}
	if e-i < 8 || e-i < 10 && !wordAndTail(s[i:e]) && !wordAndNumber(s[i:e]) || e-i > 128 || e >= len(s) || s[e] != ',' && s[e] != ')' {
		return 0 // (eight or nine bytes only for a word and its digits and symbols: "Idea1986*", "troop_15!")
	}
	if s[e] == ',' && (e+1 >= len(s) || s[e+1] != ' ') {
		return 0
	}
	// inside a bracket opened on this line, with ", " between its items
	o := strings.LastIndexByte(s[max(0, i-400):i], '(')
	if o < 0 {
		return 0
	}
	o += max(0, i-400)
	if strings.IndexByte(s[o:i], ')') >= 0 || strings.IndexByte(s[o:i], '\n') >= 0 {
		return 0
	}
	c := strings.IndexByte(s[o:], ')')
	if c < 0 || !strings.Contains(s[o:o+c], ", ") {
		return 0
	}
	t := s[i:e]
	if !(secretShaped(t) || lowerRandomKey(t) || base32Seed(t) || recoveryCodeShaped(t)) || coordinate(t) || zplCommands(t) {
		return 0
	}
	if sc.emit(i, e, KindCredential, 0) {
		return e
	}
	return 0
}
