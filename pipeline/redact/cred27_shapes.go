package redact

import "strings"

// Two secret shapes that the positional readers missed by a detail:
//
//   - a base32 TOTP seed with a single digit. A seed is 32 characters
//     drawn from A–Z and 2–7; one in about a hundred random seeds holds
//     only one of the six digits ("IIYGITKXJNVEUWCOM5MVIUTIMVCDKWCP"), which
//     base32Seed's "two digits or more" refused. Thirty-two capitals in one
//     piece with a digit among them, fourteen different letters or more
//     and vowels for at most one letter in three (words run together hold
//     more) are no word, constant or id a log writes (constants have '_',
//     ids hex or other lengths).
//   - a generated password that holds a '.' among its symbols
//     (".rUZ0*YJ!j*Kl", "Qm.7x!Vd#tR"): the dot is a host's or a version's
//     only when no other symbol stands with it. Two or more of ! # $ ^ * ? ~
//     beside the dot, with both cases, a digit and no word-long lower-case
//     run, are no host, version, file name or glob.

// seedOneDigit27 reports a 32-character base32 seed with one digit whose
// letters are varied as a random draw's are (base32Seed's hook).
func seedOneDigit27(t string, digits int) bool {
	if digits != 1 || len(t) != 32 {
		return false
	}
	var seen [26]bool
	n, vowels := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < 'A' || c > 'Z' {
			continue
		}
		if !seen[c-'A'] {
			seen[c-'A'] = true
			n++
		}
		if c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' {
			vowels++
		}
	}
	return n >= 14 && vowels*3 <= len(t)-1 // (words written together hold vowels for two letters in five)
}

// dottedRandom27 reports a token holding a '.' that is random all the
// same: two or more of the symbols no host or version holds (secretShaped's
// hook, read after its own tests of both cases, a digit and short runs).
func dottedRandom27(t string) bool {
	if strings.Contains(t, "..") {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '!', '#', '$', '^', '*', '?', '~':
			n++
		}
	}
	return n >= 2
}

// symbolLead27 reports a token that opens with a symbol a generated
// password may open with (. ! * ~ ^ ?) right after a row's separator or a
// numbered argument's "}=" ("{2}=.rUZ0*YJ!j*Kl"): the scanner's cheap test
// before it reads the token as a lone secret, as it reads a cell that opens
// with '/' or '@'. (A table lookup inlined at the call; the rest only for
// those six bytes.)
func symbolLead27(s string, i int) bool {
	return leadSymbols27[s[i]] && symbolLeadAt27(s, i)
}

var leadSymbols27 = [256]bool{'.': true, '!': true, '*': true, '~': true, '^': true, '?': true}

//go:noinline
func symbolLeadAt27(s string, i int) bool {
	if i < 2 || i+1 >= len(s) || !isAlnum(s[i+1]) {
		return false
	}
	switch s[i-1] {
	case ',', ';', '\t', '|':
		return true
	case '=':
		return s[i-2] == '}'
	}
	return false
}
