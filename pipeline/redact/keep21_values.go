package redact

import "strings"

// Values under PII keys that hold no PII, whatever the key says:
//
//   - a value already masked by the system that logged it: asterisks stand
//     for what was taken out ("****1234", "j***@***.com", "+44 **** ***123",
//     "DE** **** **** **** **59"), and what is left is less than the value
//     was;
//   - a template's placeholder, logged before it was filled in
//     ("{{customer.email}}", "${name}", "{%customer_name%}", "<EMAIL>",
//     "[PHONE]", "%s", "$CUSTOMER_PHONE");
//   - under a name key, a service account's login or a role's display name
//     ("svc-backup", "Customer Service", "System": keep21_filter.go).

// keep21Value reports a field's value of the key class cls that is one of
// the clean values above.
func keep21Value(cls int, v string) bool {
	if keep22Value(v) {
		return true // a password hash, a digest named by its algorithm, a value masked before (keep22_values.go)
	}
	if len(v) < 2 || len(v) > 64 {
		return false
	}
	if maskedValue21(v) || placeholder21(v) {
		return true
	}
	return cls == keyName && (serviceAccount21(v) || roleDisplay21(v))
}

// maskedValue21 reports a value masked with asterisks: a run of two or more,
// at least three in all, and no more letters and digits left than were
// masked.
func maskedValue21(v string) bool {
	stars, run, longest, kept := 0, 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '*' {
			stars++
			run++
			longest = max(longest, run)
			continue
		}
		run = 0
		if isAlnum(c) || c >= 0x80 {
			kept++
		}
	}
	return stars >= 3 && longest >= 2 && kept <= stars
}

// placeholder21 reports a template's placeholder as a whole value: a
// Mustache, Jinja, Liquid, shell or printf placeholder, or a label in
// capitals inside angle or square brackets.
func placeholder21(v string) bool {
	switch {
	case strings.HasPrefix(v, "{{") && strings.HasSuffix(v, "}}"),
		strings.HasPrefix(v, "{%") && strings.HasSuffix(v, "%}"),
		strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"),
		strings.HasPrefix(v, "#{") && strings.HasSuffix(v, "}"):
		return placeholderName21(strings.Trim(v, "{}%$#- _"), true)
	case v[0] == '<' && v[len(v)-1] == '>', v[0] == '[' && v[len(v)-1] == ']':
		return placeholderName21(v[1:len(v)-1], false) // <EMAIL>, [PHONE]
	case (v[0] == '$' || v[0] == '%' && len(v) > 2) && isUpper(v[1]):
		return placeholderName21(v[1:], false) // $CUSTOMER_PHONE, %CUSTOMER_NAME%
	case len(v) == 2 && v[0] == '%':
		return strings.IndexByte("sdvqfx", v[1]) >= 0 // %s, %d
	}
	return false
}

// placeholderName21 reports a placeholder's name: letters, digits, '_' and
// '.' (any case inside braces, capitals only in brackets or after '$').
func placeholderName21(n string, anyCase bool) bool {
	n = strings.TrimSuffix(n, "%")
	if n == "" || len(n) > 48 {
		return false
	}
	upper := false
	for i := 0; i < len(n); i++ {
		c := n[i]
		switch {
		case isUpper(c):
			upper = true
		case c >= 'a' && c <= 'z':
			if !anyCase {
				return false
			}
		case isDigit(c) || c == '_' || c == '.' || c == ' ' && anyCase:
		default:
			return false
		}
	}
	return anyCase || upper
}

// userAgentKey21 reports a normalised key (lower case, no separators) that
// holds a user agent, a list of product tokens ("Java/17.0.9",
// "Mozilla/5.0 (…) Safari/604.1"): "ua", "user_agent", "browser_ua",
// "http_user_agent". Its tail is no street ("rua") and its words no name.
func userAgentKey21(k string) bool {
	if strings.HasSuffix(k, "useragent") || k == "ua" {
		return true
	}
	if !strings.HasSuffix(k, "ua") {
		return false
	}
	switch k[:len(k)-2] {
	case "browser", "http", "client", "device", "request", "req", "header", "raw", "xuser", "source", "src", "orig",
		"origin", "httpreq", "mobile", "app", "sdk":
		return true
	}
	return false
}
