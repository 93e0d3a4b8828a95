package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personName23 reports a value shaped as a person's name for the places
// of names23_*.go: personRun22's shapes, a family name in capitals before
// a capitalised given name ("WIJAYA Nur", "TE WHARE Jack"), and, when
// anyCase is set (the place itself says the value is a person's: an LDAP
// "cn", a CEF "duser", a display name before an address), the same shapes
// typed in lower case ("nina horvat", "mabaso, sibongile"). Accounts and
// mailboxes of a system or a team ("NT AUTHORITY\SYSTEM", "Local
// Service", "Shop Support", "Directory Manager") are no name.
func personName23(v string, anyCase bool) bool {
	v = strings.TrimSpace(v)
	if len(v) < 3 || len(v) > 80 || strings.ContainsAny(v, "@#/\\=:;|\"_[]{}()<>0123456789.&+*%$!?") || !utf8.ValidString(v) {
		return false
	}
	if serviceWords23(v) {
		return false
	}
	if personRun22(v) || capsGiven23(v) {
		return true
	}
	if !anyCase || !lowerWords23(v) {
		return false
	}
	t := titleWords23(v)
	return personRun22(t)
}

// lowerWords23 reports two to four words of letters each in lower case or
// of a script without case ("nina horvat", "карпенка, павел"), one comma
// after the first word at most.
func lowerWords23(v string) bool {
	n := 0
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			continue
		}
		n++
		w = strings.TrimSuffix(w, ",")
		if w == "" {
			return false
		}
		for i, r := range w {
			switch {
			case unicode.IsUpper(r):
				return false
			case unicode.IsLetter(r), i > 0 && (unicode.IsMark(r) || r == '\'' || r == '’' || r == '-'):
			default:
				return false
			}
		}
	}
	return n >= 2 && n <= 4 && strings.Count(v, ",") <= 1
}

// titleWords23 capitalises the first letter of each word of v.
func titleWords23(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	start := true
	for _, r := range v {
		if r == ' ' {
			start = true
			b.WriteRune(r)
			continue
		}
		if start && unicode.IsLower(r) {
			r = unicode.ToUpper(r)
		}
		start = false
		b.WriteRune(r)
	}
	return b.String()
}

// capsGiven23 reports a family name in capitals (one or two words, one of
// three letters or more) before one or two capitalised given names:
// "ÞORSTEINSDÓTTIR Helga", "TE WHARE Jack", "LOW Nur Aisyah".
func capsGiven23(v string) bool {
	var wb [5]string
	ws := wb[:0]
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			continue
		}
		if len(ws) == len(wb) {
			return false
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	caps, long := 0, false
	for caps < len(ws) && allCaps23(ws[caps]) {
		if utf8.RuneCountInString(ws[caps]) >= 3 {
			long = true
		}
		caps++
	}
	if caps == 0 || caps > 2 || caps == len(ws) || !long || len(ws)-caps > 2 {
		return false
	}
	for _, w := range ws[:caps] {
		var buf [32]byte
		if len(w) > len(buf) {
			return false
		}
		lw := string(lowerAny(buf[:0], w))
		if capsNotNames[lw] || notNames[lw] || argNotNames[lw] || legalForms[lw] || teamWords[lw] || tradeWords[lw] {
			return false
		}
	}
	given := ws[caps:]
	for _, w := range given {
		if !hasLowerOrHigh(w) || innerCapital(w) {
			return false
		}
	}
	return argWords(given)
}

// allCaps23 reports a word of two or more letters all in capitals
// (apostrophes, hyphens and marks inside).
func allCaps23(w string) bool {
	n := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case i > 0 && (unicode.IsMark(r) || r == '\'' || r == '’' || r == '-'):
		default:
			return false
		}
	}
	return n >= 2
}

// serviceWords23 reports a value holding a word of an account, a mailbox
// or a team that is no person ("Local Service", "Directory Manager",
// "shop support", "mail delivery subsystem"), whatever its case.
func serviceWords23(v string) bool {
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		w = strings.TrimSuffix(w, ",")
		if w == "" || len(w) > 24 {
			continue
		}
		var buf [24]byte
		lw := string(lowerAny(buf[:0], w))
		if serviceWordSet23[lw] || teamWords[lw] || shopWords[lw] {
			return true
		}
	}
	return false
}

// serviceWordSet23 are words of system and service accounts, mailboxes
// and directory entries that are no person.
var serviceWordSet23 = setOf("system", "service", "services", "authority", "network", "local", "admin", "admins",
	"administrator", "administrators", "root", "daemon", "anonymous", "guest", "guests", "nobody", "default", "manager",
	"directory", "domain", "users", "user", "support", "noreply", "no-reply", "mailer", "postmaster", "operator", "operators",
	"bot", "robot", "scanner", "monitor", "monitoring", "backup", "security", "customer", "customers", "care", "sales",
	"billing", "help", "helpdesk", "desk", "info", "notification", "notifications", "alerts", "alert", "ops", "devops",
	"group", "account", "accounts", "replicator", "readonly", "sync", "batch", "cron", "scheduler", "automation", "api",
	"app", "application", "portal", "gateway", "proxy", "edge", "policy", "rule", "rules", "mail", "delivery",
	"subsystem", "orders", "order", "team", "shop", "store", "server", "servers", "computers", "controllers",
	"builtin", "schema", "config", "configuration", "everyone", "authenticated", "interactive", "trusted", "installer",
	"agent", "worker", "job", "task", "unknown", "test", "demo", "sample", "example")
