package redact

import "sync/atomic"

// keyFacts holds the answers of the tests the key reader asks of a
// normalised key alone (roleKey, mayBeAccessKey20, sentCodeKey23,
// businessKey18, partyKey19, titleKey), for a key seen again: logs repeat
// their keys, and each test walks lists of parts (about 2,600 instructions
// for the six on a key of none of them).
type keyFacts struct {
	k    string
	bits uint8
}

const (
	factRole = 1 << iota
	factAccess
	factSentCode
	factBusiness
	factParty
	factTitle
)

// keyFactsOf asks the six tests of nk.
func keyFactsOf(nk []byte) uint8 {
	var b uint8
	if roleKey(nk) {
		b |= factRole
	}
	if mayBeAccessKey20(nk) {
		b |= factAccess
	}
	if sentCodeKey23(nk) {
		b |= factSentCode
	}
	if businessKey18(nk) {
		b |= factBusiness
	}
	if partyKey19(bytesToString(nk)) {
		b |= factParty
	}
	if titleKey(nk) {
		b |= factTitle
	}
	return b
}

// keyFactsFront is a direct-mapped cache of keyFacts by key. A key takes
// its slot on its second sighting in a row there (the first leaves its
// hash in keyFactsSeen), so keys that hold ids, seen once, do not evict
// the keys a stream repeats; an entry holds its whole key and is compared
// in full, so its answers are exact.
var (
	keyFactsFront [256]atomic.Pointer[keyFacts]
	keyFactsSeen  [256]atomic.Uint32
)

// keyTests answers the six tests for one key: from its cache entry when
// there is one, else by asking the test (only the tests the key reader
// reaches are asked, as without the cache).
type keyTests struct {
	nk []byte
	f  *keyFacts
}

// keyTestsFor looks nk up in keyFactsFront, admitting it on its second
// sighting.
func keyTestsFor(nk []byte) keyTests {
	n := len(nk)
	if n == 0 || n > maxCachedKey {
		return keyTests{nk: nk}
	}
	h := uint32(n*31+int(nk[0])*7+int(nk[n/2])*131+int(nk[n-1])*17) | uint32(n)<<24
	slot := &keyFactsFront[h%uint32(len(keyFactsFront))]
	if f := slot.Load(); f != nil && f.k == string(nk) {
		return keyTests{nk: nk, f: f}
	}
	seen := &keyFactsSeen[h%uint32(len(keyFactsSeen))]
	if seen.Load() != h {
		seen.Store(h)
		return keyTests{nk: nk}
	}
	f := &keyFacts{k: string(nk), bits: keyFactsOf(nk)} // a copy: nk is the caller's buffer
	slot.Store(f)
	return keyTests{nk: nk, f: f}
}

func (t keyTests) role() bool {
	if t.f != nil {
		return t.f.bits&factRole != 0
	}
	return roleKey(t.nk)
}

func (t keyTests) access() bool {
	if t.f != nil {
		return t.f.bits&factAccess != 0
	}
	return mayBeAccessKey20(t.nk)
}

func (t keyTests) sentCode() bool {
	if t.f != nil {
		return t.f.bits&factSentCode != 0
	}
	return sentCodeKey23(t.nk)
}

func (t keyTests) business() bool {
	if t.f != nil {
		return t.f.bits&factBusiness != 0
	}
	return businessKey18(t.nk)
}

func (t keyTests) party() bool {
	if t.f != nil {
		return t.f.bits&factParty != 0
	}
	return partyKey19(bytesToString(t.nk))
}

func (t keyTests) title() bool {
	if t.f != nil {
		return t.f.bits&factTitle != 0
	}
	return titleKey(t.nk)
}
