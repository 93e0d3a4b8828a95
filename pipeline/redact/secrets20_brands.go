package redact

import "strings"

// The business an assistant serves. A language model's system prompt names
// the shop it works for: "You are the support assistant of Dr. Martens.",
// "You are a helpful agent for Ralph Lauren." The capitalised run after an
// assistant's role word ("assistant", "agent", "bot", "concierge") and
// "of", "for" or "at", in a clause that addresses the model ("You are …",
// "Act as …"), is the shop (often a brand named after its founder), not a
// person.

// assistantRoles20 are the role words of an assistant in a system prompt.
var assistantRoles20 = setOf("assistant", "agent", "bot", "chatbot", "concierge", "copilot", "representative", "advisor",
	"adviser", "helper", "associate", "specialist")

// servedBusinessBefore20 reports a run at a that follows "<role> of|for|at"
// in a clause that addresses the model.
func servedBusinessBefore20(s string, a int) bool {
	w, b := wordBefore14(s, a)
	if w != "of" && w != "for" && w != "at" {
		return false
	}
	r, c := wordBefore14(s, b)
	if len(r) < 3 || len(r) > 14 {
		return false
	}
	var buf [16]byte
	if !assistantRoles20[string(lower(buf[:0], r))] {
		return false
	}
	st := max(0, c-48)
	clause := s[st:c]
	if i := strings.LastIndexAny(clause, ".!?\n"); i >= 0 {
		clause = clause[i+1:]
	}
	return indexFold(clause, "you are ") >= 0 || indexFold(clause, "you're ") >= 0 || indexFold(clause, "act as ") >= 0
}
