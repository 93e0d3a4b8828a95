package redact

import "strings"

// A secret's label as OCR misread it. ocrLabel leaves a label written
// cleanly ("label: value") to the key scanner; but the key scanner reads
// the label's last word, and OCR may have broken that word ("client se
// cret: …") or misread its letters ("idp sccrct: …", "passphrasc:…"), so
// that no key rule takes it. ocrSecretLabel23 reports such a label: its
// last word as written names no secret, while the label read with OCR's
// confusions undone (spaces dropped, 0 1 5 as o l s, 'c' as 'e', 'l' as
// 'i') is a credential's key that ends in a secret's word ("secret",
// "password", "passphrase", "token", "key"…); "password policy", "token
// type" or "secret ref" end in no such word and stay.

// ocrSecretWords23 are the words a garbled secret's label must end in.
var ocrSecretWords23 = []string{"secret", "password", "passwd", "passphrase", "passcode", "token", "apikey", "privatekey", "secretkey"}

// ocrSecretLabel23 reports a label OCR garbled that names a secret; nk is
// the label with spaces dropped and 0 1 5 read as o l s (ocrLabel).
func ocrSecretLabel23(label, nk string) bool {
	last := strings.TrimSpace(label)
	if i := strings.LastIndexAny(last, " -_."); i >= 0 {
		last = last[i+1:]
	}
	if k, _ := columnKind(last); k == KindCredential || len(nk) < 4 {
		return false // the key scanner reads it as written
	}
	secretEnd := func(b string) bool {
		for _, w := range ocrSecretWords23 {
			if strings.HasSuffix(b, w) {
				if k, _ := columnKind(b); k == KindCredential {
					return true
				}
			}
		}
		return false
	}
	return secretEnd(nk) || garbledReading(nk, secretEnd)
}
