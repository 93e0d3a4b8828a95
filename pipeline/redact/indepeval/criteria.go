package indepeval

import (
	"strings"
	"unicode"
)

// This file holds the units of the leak criterion (see judge_test.go);
// Generate uses them too, to keep the values of one case apart.

const sepChars = " -./()+\t\u00a0"

func isSep(r rune) bool { return strings.ContainsRune(sepChars, r) }

type unitMode int

const (
	modeCompact unitMode = iota // search the compact view
	modeSub                     // substring of the lower view
	modeWord                    // word (letter boundaries) in the lower view
)

type unit struct {
	s    string
	mode unitMode
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) || r == 'ー' || r == '々'
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// units returns what would show a planted value leaked.
func units(kind, value string) []unit {
	v := strings.ToLower(value)
	var us []unit
	switch kind {
	case "card", "phone", "iban", "cn_id":
		c := strings.Map(func(r rune) rune {
			if isSep(r) {
				return -1
			}
			return r
		}, v)
		for _, run := range digitRuns(c) {
			for i := 0; i+6 <= len(run); i++ {
				us = append(us, unit{run[i : i+6], modeCompact})
			}
		}
	case "email":
		local, _, _ := strings.Cut(v, "@")
		us = append(us, unit{local, modeSub})
	case "credential":
		p := publicPrefix(value)
		for i := max(0, p-5); i+6 <= len(v); i++ {
			us = append(us, unit{v[i : i+6], modeSub})
		}
	default: // name, address
		us = wordUnits(v, 4, 2)
		if len(us) == 0 {
			us = wordUnits(v, 2, 1)
		}
	}
	return us
}

func digitRuns(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		d := i < len(s) && s[i] >= '0' && s[i] <= '9'
		if d && start < 0 {
			start = i
		}
		if !d && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

// wordUnits: Latin-script words of ≥ minWord letters, and windows of
// cjkWin characters of CJK/Thai runs.
func wordUnits(v string, minWord, cjkWin int) []unit {
	var us []unit
	rs := []rune(v)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isCJK(r) || unicode.IsMark(r) && i > 0 && isCJK(rs[i-1]):
			j := i
			for j < len(rs) && (isCJK(rs[j]) || unicode.IsMark(rs[j])) {
				j++
			}
			run := rs[i:j]
			if len(run) >= cjkWin {
				for k := 0; k+cjkWin <= len(run); k++ {
					us = append(us, unit{string(run[k : k+cjkWin]), modeSub})
				}
			}
			i = j
		case isLetter(r):
			j := i
			for j < len(rs) && isLetter(rs[j]) && !isCJK(rs[j]) {
				j++
			}
			if j-i >= minWord {
				us = append(us, unit{string(rs[i:j]), modeWord})
			}
			i = j
		default:
			i++
		}
	}
	return us
}

// compactLower is s lower-cased with separators removed.
func compactLower(s string) string {
	return strings.Map(func(r rune) rune {
		if isSep(r) {
			return -1
		}
		return r
	}, strings.ToLower(s))
}

// overlaps reports whether a unit of one value occurs in the other, so
// that a leak of one could not be told from a leak of the other.
func overlaps(k1, v1, k2, v2 string) bool {
	in := func(k, v, other string) bool {
		lo, co := strings.ToLower(other), compactLower(other)
		for _, u := range units(k, v) {
			if u.mode == modeCompact && strings.Contains(co, u.s) || u.mode != modeCompact && strings.Contains(lo, u.s) {
				return true
			}
		}
		return false
	}
	return in(k1, v1, v2) || in(k2, v2, v1)
}
