package redact

import "strings"

// Entry records of ACH bank files. A NACHA file (and the fixed-width
// payout files modelled on it) writes one payment a line: an entry detail
// record starts with its record type '6' and a two-digit transaction code
// (22 a credit to a checking account, 27 a debit, 32/37 savings, 42/52
// ledger and loans), then the receiver's routing number and account, the
// amount, an individual id and the receiver's name, padded with spaces to
// fixed columns, and a trace number last. The receiver's name stands after
// the account and the amount, where fixedWidthNameSpans (which reads the
// cells before a row's first PII) does not look: in an entry record, a
// cell shaped like a person's name that follows a cell with digits is the
// receiver's name. A company's name (a legal form, a trade word) stays.

// mayHoldEntryRecord19 is the cheap test before entryRecordNameSpans19: a
// line of 60 bytes or more that starts with '6' and a transaction code.
func mayHoldEntryRecord19(s string) bool {
	if len(s) < 60 {
		return false
	}
	for ls := 0; ls+60 <= len(s); {
		if entryRecordStart19(s, ls) {
			return true
		}
		nl := strings.IndexByte(s[ls:], '\n')
		if nl < 0 {
			return false
		}
		ls += nl + 1
	}
	return false
}

// entryRecordStart19 reports an entry detail record's first bytes at ls:
// '6', a transaction code ("22", "27", "32", "37", "42", "52", …) and the
// routing number's first byte, no space.
func entryRecordStart19(s string, ls int) bool {
	return ls+4 <= len(s) && s[ls] == '6' && s[ls+1] >= '2' && s[ls+1] <= '5' && isDigit(s[ls+2]) && s[ls+3] != ' '
}

// entryRecordNameSpans19 returns the receivers' names of the entry records
// in s.
func entryRecordNameSpans19(s string) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls) // a raw or an escaped line break (otp14_turns.go)
		if le-ls >= 60 && entryRecordStart19(s, ls) {
			out = entryRecordName19(s, ls, le, out)
		}
		ls = next
	}
	return out
}

// entryRecordName19 appends the name cell of the record s[ls:le]: cells
// are parted by two spaces or more; the first cell (type, code, routing
// number) is never a name.
func entryRecordName19(s string, ls, le int, out []span) []span {
	digits := false // a cell before this one holds a digit (the account, the amount)
	for p, n := ls, 0; ; n++ {
		a, e, ok := wideCell(s, p, le)
		if !ok {
			break
		}
		p = a
		v := s[p:e]
		if n > 0 && digits && e < le && !strings.ContainsAny(v, "0123456789[]") &&
			(argName(v) && !plainRun(v) || caselessOneName(v) || roleName(v)) {
			return append(out, span{start: p, end: e, kind: KindName})
		}
		if strings.ContainsAny(v, "0123456789") {
			digits = true
		}
		p = e
	}
	return out
}
