package redact

// A text's signature: which of a few bytes it holds, found in one pass, so
// that the readers of rarer shapes (SQL, Redis, EDIFACT, rows, blocks…)
// are ruled out by a bit test instead of each searching the text.

const (
	sigNL uint32 = 1 << iota
	sigQuote
	sigApos
	sigLT
	sigGT
	sigColon
	sigCaret
	sigEq
	sigLBrace
	sigRBrace
	sigPipe
	sigSemi
	sigTab
	sigComma
	sigPercent
	sigPlus
	sigLBrack
	sigLParen
	sigDollar
	sigV
	sigHigh
	sigBackslash
	sigDigit
)

var sigTable = func() (t [256]uint32) {
	for c, b := range map[byte]uint32{'\n': sigNL, '"': sigQuote, '\'': sigApos, '<': sigLT, '>': sigGT, ':': sigColon,
		'^': sigCaret, '=': sigEq, '{': sigLBrace, '}': sigRBrace, '|': sigPipe, ';': sigSemi, '\t': sigTab,
		',': sigComma, '%': sigPercent, '+': sigPlus, '[': sigLBrack, '(': sigLParen, '$': sigDollar, 'V': sigV, 'v': sigV, '\\': sigBackslash} {
		t[c] = b
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = sigHigh
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = sigDigit
	}
	return t
}()

// sigOf returns the signature of s.
func sigOf(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		m |= sigTable[s[i]]
	}
	return m
}
