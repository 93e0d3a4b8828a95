package redact

// Recovery codes with one digit. Two-factor recovery codes ("30cwb-fsb91")
// are drawn from lower-case letters and digits, so about one in four has a
// single digit ("jbjqm-cns7d", "g5tcy-bbapt"); a slug or two words joined
// by a dash have vowels in each word. recoveryOneDigit23 takes a code of
// one digit when a group of five holds no vowel (a e i o u): letters
// drawn at random, no word.
func recoveryOneDigit23(t string) bool {
	for _, g := range [2]string{t[:5], t[6:]} {
		vowel := false
		for i := 0; i < len(g); i++ {
			switch g[i] {
			case 'a', 'e', 'i', 'o', 'u':
				vowel = true
			}
		}
		if !vowel {
			return true
		}
	}
	return false
}
