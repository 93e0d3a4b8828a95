package redact

import "unsafe"

// bytesToString views b as a string without copying; the string must not
// outlive a change to b.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
