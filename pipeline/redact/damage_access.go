package redact

// Access logs put their numbers in fixed places around the quoted request
// line: a load balancer writes its timings, status codes and byte counts
// before it (ALB and classic ELB: `… 0.001 0.012 0.000 200 200 34 366 "GET
// https://… HTTP/1.1" …`), a proxy writes them after it (Envoy's default
// format: `"GET /api HTTP/1.1" 200 - 0 1234 23 22 "…"`, nginx's `"…" 200 5123
// "-" "…" 0.012 0.011`). Runs of such fields joined by spaces are numbers of
// the request, never a buyer's phone, however their digits happen to group.

// accessLogFields reports whether the space-separated digit group s[st:end]
// is a run of an access log's numeric fields: it ends right before a quoted
// request line (`"GET `, `"POST `…), or only numbers, dashes and response
// flags stand between the close of a request line (`HTTP/1.1"`, `HTTP/2"`)
// and it.
func accessLogFields(s string, st, end int) bool {
	if end+3 < len(s) && s[end] == ' ' && s[end+1] == '"' && httpMethodAt(s, end+2) {
		return true
	}
	// Walk back over the fields before the group: numbers, "-", Envoy's
	// response flags (UF, URX, NR…), at most six fields and 64 bytes, to
	// the quote that closes the request line.
	i := st
	for fields := 0; ; fields++ {
		if i == 0 || s[i-1] != ' ' || fields > 6 || st-i > 64 {
			return false
		}
		i--
		if i > 0 && s[i-1] == '"' {
			break
		}
		e := i
		for i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == '-' || s[i-1] >= 'A' && s[i-1] <= 'Z' || s[i-1] == ',') {
			i--
		}
		if e == i {
			return false
		}
	}
	q := i - 1
	for _, v := range [...]string{"HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/2", "HTTP/3"} {
		if q >= len(v) && s[q-len(v):q] == v {
			return true
		}
	}
	return false
}

// httpMethodAt reports whether an HTTP method and a space start at i.
func httpMethodAt(s string, i int) bool {
	for _, m := range [...]string{"GET ", "POST ", "PUT ", "DELETE ", "PATCH ", "HEAD ", "OPTIONS ", "CONNECT ", "TRACE ", "- "} {
		if len(s)-i >= len(m) && s[i:i+len(m)] == m {
			return true
		}
	}
	return false
}
