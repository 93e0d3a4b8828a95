package render

import "strings"

// MaskPhone hides a phone number but its last four digits: "***0100" (as
// the SMS receivers mask theirs).
func MaskPhone(phone string) string {
	if len(phone) <= 4 {
		return "***"
	}
	return "***" + phone[len(phone)-4:]
}

// MaskPhones replaces every number of phones in s (with or without its
// leading +) by its mask: for a vendor's error message, which may echo the
// numbers a notification mentioned.
func MaskPhones(s string, phones []string) string {
	for _, p := range phones {
		if p == "" {
			continue
		}
		s = strings.ReplaceAll(s, p, MaskPhone(p))
		if d := strings.TrimPrefix(p, "+"); d != p && d != "" {
			s = strings.ReplaceAll(s, d, MaskPhone(d))
		}
	}
	return s
}
