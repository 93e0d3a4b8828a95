package redact

// A secret that one of an event's strings names ("verification code
// 014380", "password=Kd9f…") is often repeated whole by another string of
// the same event that gives it no name: a GraphQL error's
// "invalidArgs":{"code":"014380"} after the request's variables, a retry's
// copy of the request body, a span attribute after the log line. Event
// records each credential the detectors find in a string as a known value
// of the event (known.go), so the strings read after it have it redacted
// where they repeat it, as values that field rules mask are. Codes of four
// or five digits are not chased (knownSet.add): a year or a quantity is
// written the same way.

// addFoundSecrets records the credentials among the spans found in s.
func (ks *knownSet) addFoundSecrets(s string, sp []span) {
	for _, x := range sp {
		if x.kind == KindCredential && x.end-x.start >= 6 {
			ks.add(KindCredential, s[x.start:x.end])
		} else if x.kind == KindCredential && x.end-x.start >= 4 {
			ks.addShortCode23n(s[x.start:x.end]) // (cred23n_echo.go)
		}
	}
}
