package redact

import "strings"

// GitHub Actions' step debug log (ACTIONS_STEP_DEBUG) prints each
// expression it evaluates on one line and its value on the next:
//
//	##[debug]Evaluating: env.PARTNER_SECRET
//	##[debug]Result: '…'
//
// The expression names the value as a key would: its last part is read
// as a key (`secrets.*` are secrets whatever their name), and the result
// gets that key's kind. Results of other expressions (`env.HTTP_STATUS`,
// `github.sha`) are kept.

const ciEvaluating = "##[debug]Evaluating: "

// ciDebugSpans returns the results of the evaluated expressions that name
// PII or a secret.
func ciDebugSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], ciEvaluating)
		if k < 0 {
			break
		}
		st := off + k + len(ciEvaluating)
		off = st
		nl := strings.IndexByte(s[st:], '\n')
		if nl < 0 {
			break
		}
		expr := strings.TrimSpace(strings.TrimSuffix(s[st:st+nl], "\r"))
		line := st + nl + 1
		const res = "##[debug]Result: '"
		p := strings.Index(s[line:min(len(s), line+40)], res)
		if p < 0 || strings.IndexByte(s[line:line+p], '\n') >= 0 {
			continue
		}
		vs := line + p + len(res)
		ve := strings.IndexByte(s[vs:], '\'')
		if ve <= 0 || strings.IndexByte(s[vs:vs+ve], '\n') >= 0 {
			continue
		}
		ve += vs
		if k, ok := ciExprKind(expr); ok {
			out = append(out, span{start: vs, end: ve, kind: k})
		}
		off = ve
	}
	return out
}

// ciExprKind returns the kind of value an expression names: a secret's
// under `secrets.`, else by its last part read as a key.
func ciExprKind(expr string) (Kind, bool) {
	if strings.HasPrefix(expr, "secrets.") {
		return KindCredential, true
	}
	last := expr[strings.LastIndexByte(expr, '.')+1:]
	if last == "" || len(last) > 64 || strings.ContainsAny(last, " ()[]'\"") {
		return 0, false
	}
	var buf [64]byte
	nk := normKey(buf[:0], last)
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk) // "env.ŞIFRE", "env.PAROLĂ"
			break
		}
	}
	switch keyClass(nk) {
	case keyCred, keyAuth:
		return KindCredential, true
	case keyPhone:
		return KindPhone, true
	case keyName:
		return KindName, true
	case keyAddress:
		return KindAddress, true
	case keyCard:
		return KindCard, true
	}
	return 0, false
}
