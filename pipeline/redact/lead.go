package redact

import "sync"

// leadIndex is one look-up, by a word's first two bytes, for the phrase
// lists the word scanner tries at every word: one-time-code phrases,
// address phrases, introductions and events of commerce. Each list has a
// phraseIndex of its own; this one holds the same candidates side by side,
// so a word costs one table load instead of one per list (the four tables
// are 64 KiB each, and a word's look-ups missed the cache four times).
type leadIndex struct {
	at    [1 << 16]uint16 // 1 + index into lists, or 0
	lists []leadLists
}

// leadLists are the candidates of each phrase list for one two-byte lead.
type leadLists struct {
	otp, addr, intro, event, dest []string
	third                         [leadKinds][4]uint64 // the third bytes each list's phrases may start with (may3: prefilters.go)
	lens                          [leadKinds]uint64    // the lengths of their first words (mayLen: prefilters.go)
	longest                       [leadKinds]int       // the length of each list's longest phrase
}

var (
	leadsOnce sync.Once
	leads     *leadIndex
)

// buildLeads merges the phrase indexes once their lists are complete
// (other files' init functions extend them), at the first New.
func buildLeads() {
	x := &leadIndex{}
	add := func(p *phraseIndex, pick func(*leadLists) *[]string) {
		for k, n := range p.at {
			if n == 0 {
				continue
			}
			if x.at[k] == 0 {
				x.lists = append(x.lists, leadLists{})
				x.at[k] = uint16(len(x.lists))
			}
			*pick(&x.lists[x.at[k]-1]) = p.lists[n-1]
		}
	}
	add(otpIndex, func(l *leadLists) *[]string { return &l.otp })
	add(addrIndex, func(l *leadLists) *[]string { return &l.addr })
	add(introIndex, func(l *leadLists) *[]string { return &l.intro })
	add(eventIndex, func(l *leadLists) *[]string { return &l.event })
	add(destIndex, func(l *leadLists) *[]string { return &l.dest })
	for k := range x.lists {
		x.lists[k].fillThird()
	}
	leads = x
}

// leadAt returns the candidates that may start at s[i:] (nil: none), by
// the key phraseIndex.candidates uses: the first byte lower-cased if ASCII,
// the second as it stands.
func leadAt(s string, i int) *leadLists {
	if i+1 >= len(s) {
		return nil
	}
	a := s[i]
	if a >= 'A' && a <= 'Z' {
		a += 'a' - 'A'
	}
	if n := leads.at[uint16(a)<<8|uint16(s[i+1])]; n > 0 {
		return &leads.lists[n-1]
	}
	return nil
}
