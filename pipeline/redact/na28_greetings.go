package redact

// A message sent through an SMS or chat API travels as a form field
// (Twilio's `Body=`, `text=`, `message=`): after the '=' of such a key the
// field's value is a message's start, where a greeting names its reader
// ("Body=Habari Akinyi, oda yako …" once the form is decoded).

// messageKeyBefore28 reports a message field's key ending at s[e] == '='.
func messageKeyBefore28(s string, e int) bool {
	b := e
	for b > 0 && e-b < 12 && isAlpha(s[b-1]) {
		b--
	}
	if b > 0 && s[b-1] != '&' && s[b-1] != '?' && s[b-1] != ' ' && s[b-1] != '\n' {
		return false
	}
	switch k := s[b:e]; len(k) {
	case 3, 4, 7:
		return equalFoldASCII(k, "msg") || equalFoldASCII(k, "sms") || equalFoldASCII(k, "body") || equalFoldASCII(k, "text") || equalFoldASCII(k, "message")
	}
	return false
}
