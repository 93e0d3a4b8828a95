package redact

import "strings"

// A message to a buyer often opens with the buyer's name and a comma and
// no greeting word: "Given Family, your courier will call …" in a push
// notification's body, an SMS's text, the first paragraph of a mail
// (<p>Given Family, …</p>) or the first line after a mail's subject. The
// opening is the addressee when it has a person's shape (personRun22, any
// script) and stops at the comma; a greeting, a team or a business there
// ("Hello team,", "Dear customer,") is not read.

// mayHoldSalutation22 is the cheap test before salutationSpans22.
func mayHoldSalutation22(sig uint32, tp *textPairs) bool {
	return sig&sigComma != 0 && (tp.contains("<p") || tp.contains("ubject") || tp.contains(`text=`) || tp.contains(`body`) || tp.contains(`alert`))
}

// salutationSpans22 returns the names that open a message's body in s.
func salutationSpans22(s string, out []span) []span {
	for _, m := range [...]string{"<p>", `text="`, `text=\"`, `body="`, `body=\"`, `"body":"`, `\"body\":\"`, `"text":"`, `\"text\":\"`, `"alert":"`, `\"alert\":\"`} {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], m)
			if i < 0 {
				break
			}
			off += i + len(m)
			if sp, ok := salutationAt22(s, off); ok {
				out = append(out, sp)
			}
		}
	}
	// the first line after a mail's subject line
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "ubject")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len("ubject")
		if p == 0 || s[p-1]|0x20 != 's' {
			continue
		}
		nl, w := nextLine22(s, off)
		if nl < 0 {
			continue
		}
		if sp, ok := salutationAt22(s, nl+w); ok {
			out = append(out, sp)
		}
	}
	return out
}

// nextLine22 finds the next line break from i, raw or escaped ("\n"),
// and its width; -1 when the line is long or has none.
func nextLine22(s string, i int) (int, int) {
	for k := i; k < len(s) && k-i < 200; k++ {
		switch {
		case s[k] == '\n':
			return k, 1
		case s[k] == '\\' && k+1 < len(s) && s[k+1] == 'n':
			return k, 2
		}
	}
	return -1, 0
}

// salutationAt22 reads a name that opens a message at a: a person's
// shape up to a comma, then a space, a line break or the end.
func salutationAt22(s string, a int) (span, bool) {
	e := a
	for e < len(s) && e-a <= 72 && s[e] != ',' && s[e] != '\n' && s[e] != '"' && s[e] != '<' && !(s[e] == '\\' && e+1 < len(s) && s[e+1] != 'u') {
		e++
	}
	if e == a || e >= len(s) || s[e] != ',' {
		return span{}, false
	}
	if e+1 < len(s) && s[e+1] != ' ' && s[e+1] != '\n' && s[e+1] != '\\' && s[e+1] != '"' {
		return span{}, false
	}
	v := s[a:e]
	if !personRun22(unescapeU22(v)) {
		return span{}, false
	}
	return span{start: a, end: e, kind: KindName}, true
}

// salutationPath22 reports a field that holds a message's body: its last
// segment is a body, a text or an alert, below another segment.
func salutationPath22(path string) bool {
	d := strings.LastIndexByte(path, '.')
	if d <= 0 {
		return false
	}
	var buf [24]byte
	seg := path[d+1:]
	if len(seg) > len(buf) {
		return false
	}
	switch string(normKey(buf[:0], seg)) {
	case "body", "text", "alert", "messagebody", "bodytext", "textbody", "smstext", "smsbody", "pushbody":
		return true
	}
	return false
}

// salutationField22 masks the name that opens a structured message body
// ("push.payload.aps.alert.body": "Given Family, your courier …").
func (r *Redactor) salutationField22(path, v string, off uint32, c *Counts) string {
	if len(v) < 4 || off&(1<<KindName) != 0 || r.kindAction[KindName] == ActionOff || strings.IndexByte(v, ',') < 0 || !salutationPath22(path) {
		return v
	}
	sp, ok := salutationAt22(v, 0)
	if !ok || r.allowed(v[sp.start:sp.end]) {
		return v
	}
	out := make([]byte, 0, len(v)+16)
	out = r.replacement(out, KindName, 0, v[:sp.end])
	out = append(out, v[sp.end:]...)
	c[KindName]++
	return string(out)
}
