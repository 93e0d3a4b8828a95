package redact

import "strings"

// Spoken answers. A call's speech-to-text transcript writes what the
// caller said, and people open an answer with a filler or an affirmation
// before the value they were asked for:
//
//	[00:00:32] Agent: can you confirm the claimant?
//	[00:00:39] Caller: uh, Ana Lima
//	[00:00:46] Agent: can you confirm the claimant phone?
//	[00:00:49] Caller: yes, it's 0612 345 678
//
// answerFiller19 steps over such openings so that the answer reader
// (answerOf, turns17_answers.go) reads the value that follows as it reads
// a bare answer; the filler stays as written.

// answerFillers19 are the openings of a spoken answer, lower case, each
// ending with the space that follows it.
var answerFillers19 = []string{"uh, ", "uh ", "um, ", "um ", "uhm, ", "erm, ", "er, ", "hmm, ", "mm, ", "ah, ",
	"okay so ", "ok so ", "okay, so ", "ok, so ", "okay, ", "ok, ", "so ", "so, ", "sure, ", "sure ", "yes, ", "yes ",
	"yeah, ", "yeah ", "yep, ", "right, ", "well, ", "it's ", "it is ", "that's ", "that is ", "this is "}

// answerFiller19 returns where the value of the answer turn s[bs:te]
// starts: after up to three fillers, or bs when none opens it.
func answerFiller19(s string, bs, te int) int {
	a := bs
	for a < te && s[a] == ' ' {
		a++
	}
	for n := 0; n < 3; n++ {
		moved := false
		for _, f := range answerFillers19 {
			if te-a > len(f) && s[a]|0x20 == f[0] && strings.EqualFold(s[a:a+len(f)], f) {
				a += len(f)
				moved = true
				break
			}
		}
		if !moved {
			break
		}
	}
	if a >= te {
		return bs
	}
	return a
}
