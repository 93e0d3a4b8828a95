package twentyeightheval

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
	"unicode/utf8"
)

func encJSON(s string) string {
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	_ = e.Encode(s)
	out := strings.TrimSpace(buf.String())
	return out[1 : len(out)-1]
}

func encXML(s string) string {
	r := repl0
	return r.Replace(s)
}

func encHTML(s string) string { return html.EscapeString(s) }

func encURL(s string) string { return url.QueryEscape(s) }

func encPath(s string) string { return url.PathEscape(s) }

func encEDIFACT(s string) string {
	r := repl1
	return r.Replace(s)
}

func encVCard(s string) string {
	r := repl2
	return r.Replace(s)
}

func encCSV(s string) string { return strings.ReplaceAll(s, `"`, `""`) }

func encZPL(s string) string {
	r := repl3
	return r.Replace(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// encWordB is an RFC 2047 B encoded word.
func encWordB(s string) string {
	return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
}

// encWordQ is an RFC 2047 Q encoded word in UTF-8 (or Latin-1 when it fits).
func encWordQ(s string) string {
	cs := "UTF-8"
	b := []byte(s)
	if l1, ok := toLatin1(s); ok {
		cs, b = "ISO-8859-1", l1
	}
	var o strings.Builder
	for _, c := range b {
		switch {
		case c == ' ':
			o.WriteByte('_')
		case c >= 0x80 || c == '=' || c == '?' || c == '_' || c < 0x20:
			fmt.Fprintf(&o, "=%02X", c)
		default:
			o.WriteByte(c)
		}
	}
	return "=?" + cs + "?Q?" + o.String() + "?="
}

func toLatin1(s string) ([]byte, bool) {
	var b []byte
	for _, r := range s {
		if r > 0xff {
			return nil, false
		}
		b = append(b, byte(r))
	}
	return b, true
}

// encQP is quoted-printable without soft line breaks (values are short).
func encQP(s string) string {
	var o strings.Builder
	for _, c := range []byte(s) {
		if c >= 0x80 || c == '=' {
			fmt.Fprintf(&o, "=%02X", c)
		} else {
			o.WriteByte(c)
		}
	}
	return o.String()
}

var digitWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// spokenDigits writes digits as an ASR engine does: some groups as words,
// some as digits, "double" for repeats sometimes, no punctuation.
func (g *gen) spokenDigits(s string, wordShare int) string {
	ds := digitsOnly(s)
	var parts []string
	if strings.HasPrefix(strings.TrimSpace(s), "+") || strings.HasPrefix(s, "(+") {
		parts = append(parts, "plus")
	}
	for i := 0; i < len(ds); {
		n := min(len(ds)-i, 2+g.r.IntN(3))
		grp := ds[i : i+n]
		if g.r.IntN(10) < wordShare {
			for k := 0; k < len(grp); k++ {
				if k+1 < len(grp) && grp[k] == grp[k+1] && g.r.IntN(2) == 0 {
					parts = append(parts, "double "+digitWords[grp[k]-'0'])
					k++
					continue
				}
				parts = append(parts, digitWords[grp[k]-'0'])
			}
		} else {
			parts = append(parts, grp)
		}
		i += n
	}
	return strings.Join(parts, " ")
}

func spokenEmail(s string) string {
	r := repl4
	return strings.ToLower(r.Replace(s))
}

func asrText(s string) string {
	r := repl5
	return strings.ToLower(r.Replace(s))
}

// ocrText upper-cases and misreads separators the way label OCR does.
func (g *gen) ocrText(kind, s string) string {
	u := strings.ToUpper(s)
	if kind == "credential" {
		u = s
	}
	switch g.r.IntN(3) {
	case 0:
		u = strings.ReplaceAll(u, ",", ".")
	case 1:
		if kind == "phone" || kind == "card" || kind == "iban" {
			u = strings.ReplaceAll(u, "-", "—")
		}
	}
	return u
}

func padRight(s string, n int) string {
	c := utf8.RuneCountInString(s)
	if c >= n {
		return s + " "
	}
	return s + strings.Repeat(" ", n-c)
}

var (
	repl0 = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	repl1 = strings.NewReplacer("?", "??", "'", "?'", "+", "?+", ":", "?:")
	repl2 = strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`)
	repl3 = strings.NewReplacer("_", "_5F", "^", "_5E", "~", "_7E")
	repl4 = strings.NewReplacer("@", " at ", ".", " dot ", "_", " underscore ", "+", " plus ", "-", " dash ")
	repl5 = strings.NewReplacer(",", "", ".", "", "،", "", ";", "", ":", "", "'", "")
)
