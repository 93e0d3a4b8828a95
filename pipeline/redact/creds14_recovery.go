package redact

// Where a run of recovery codes ends, and how many of its codes may be
// letters alone.
//
// A set of recovery codes is written in a sentence as often as under a key
// (`backup_codes set to ab1cd-2ef3g … hj4km-5np6q.`), inside JSON held in a
// string (`…hj4km-5np6q\n…`, `…hj4km-5np6q\"}`), and in a URL's query or a
// form body with `+` for its spaces (`q=ab1cd-2ef3g+hj4km-5np6q`). The last
// code of such a run ends at a full stop or an escape's backslash; reading
// those as no boundary dropped the last code of the set while the others
// were masked.

// codeEndsClause reports a code ending at s[i] with a full stop that closes
// its clause (followed by the end, a space, a quote or an escape), or with
// the backslash of an escape in JSON held in a string. A full stop followed
// by a letter or digit continues a host name (`ab1cd-2ef3g.example.com`) and
// does not end the code.
func codeEndsClause(s string, i int) bool {
	switch s[i] {
	case '\\':
		return i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == '"' || s[i+1] == '\\' || s[i+1] == 'r' || s[i+1] == 't')
	case '.':
		if i+1 == len(s) {
			return true
		}
		switch s[i+1] {
		case ' ', '\n', '\r', '\t', '"', '\'', '\\':
			return true
		}
	case '&':
		// the next parameter of a query: `codes=ab1cd-2ef3g+hj4km-5np6q&next=…`
		return true
	}
	return false
}

// longRunMostlyDigits accepts a long run in which half the codes or more
// hold a digit. Codes drawn from letters and digits hold no digit now and
// then (`qwclw-dmefd`), more often in a set of eight or ten; words that
// only look like codes (`check-email reset-token`) hold none at all, so a
// run of four codes or more needs half of them with digits, not all but one.
func longRunMostlyDigits(n, digits int) bool {
	return n >= 4 && 2*digits >= n
}
