package redact

import "strings"

// An X12 interchange's header (ISA) has fixed elements: ISA01 qualifies
// ISA02, the authorization information, and ISA03 qualifies ISA04, the
// security information, which a VAN or a trading partner checks as a
// password ("01" is a password; "00", blanks, none):
//
//	ISA*00*          *01*S3CRETPW10*ZZ*SENDER         *ZZ*RECEIVER       *…
//
// isaSecretSpans21 masks ISA04, and ISA02 under a qualifier other than
// "00", when they hold more than blanks, by their position: the element
// separator is the byte after "ISA". The control numbers, dates and
// party ids after them stay (segments17_x12.go reads the rest).

// isaSecretSpans21 returns the security and authorization fields of the
// ISA headers in s.
func isaSecretSpans21(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "ISA")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		if i+3 >= len(s) || !x12Separator(s[i+3]) || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		el := s[i+3]
		// the first four elements after the tag
		var f [5][2]int
		p := i + 4
		n := 1
		for ; n <= 4 && p <= len(s); n++ {
			e := p
			for e < len(s) && e-p <= 16 && s[e] != el && s[e] != '~' && s[e] != '\n' {
				e++
			}
			if e >= len(s) || s[e] != el {
				break
			}
			f[n] = [2]int{p, e}
			p = e + 1
		}
		if n <= 4 {
			continue // not a header of that shape
		}
		for _, k := range []int{2, 4} {
			q := s[f[k-1][0]:f[k-1][1]]
			a, e := f[k][0], f[k][1]
			for a < e && s[a] == ' ' {
				a++
			}
			for e > a && s[e-1] == ' ' {
				e--
			}
			if e <= a || k == 2 && q == "00" || len(q) != 2 || !isDigit(q[0]) || !isDigit(q[1]) || isMarkerAt(s, a) {
				continue
			}
			out = append(out, span{start: a, end: e, kind: KindCredential})
		}
		off = p
	}
	return out
}
