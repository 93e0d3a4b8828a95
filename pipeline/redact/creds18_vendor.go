package redact

// Live-streaming platforms (Twitch and the RTMP ingest of the social
// commerce tools built like it) issue a stream key as "live_", the
// channel's numeric id, '_' and a random key of letters of both cases and
// digits ("live_868574513_NEli6R6AVdGu5GwYqB3lp9QnhRi4hB"): whoever holds it
// broadcasts as the seller, whatever key it is logged under
// ("streamKey=", "stream_key:").

// liveStreamKeyEnd returns the end of a stream key at i, or 0.
func liveStreamKeyEnd(s string, i int) int {
	if len(s)-i < 5+6+1+20 || s[i:i+5] != "live_" {
		return 0
	}
	p := i + 5
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if p-i-5 < 6 || p-i-5 > 12 || p >= len(s) || s[p] != '_' {
		return 0
	}
	e := p + 1
	for e < len(s) && isAlnum(s[e]) {
		e++
	}
	if e-p-1 < 20 || e < len(s) && isTokenChar(s[e]) && s[e] != '.' && s[e] != '|' || !mixedToken(s[p+1:e]) && !randomCase19(s[p+1:e]) { // codes19_vendor.go
		return 0
	}
	return e
}
