package redact

import "strings"

// Clean values of platform configuration that the passes take for
// credentials, names or addresses, told by how container platforms,
// infrastructure tools and CI systems write them (keep24Spans runs with
// keep21Spans, on what every other pass found):
//
//   - a reference to a secret is not the secret: a file path under a key
//     ending in `_FILE`/`_PATH` or under a secrets directory
//     (`DB_PASSWORD_FILE=/run/secrets/db`, Docker's and Kubernetes'
//     convention), a variable or template reference (`${DB_PASSWORD}`,
//     `$CI_REGISTRY_PASSWORD`, `{{ .Values.db.password }}`,
//     `{{ lookup('env', 'DB_PASS') }}`, `${{ secrets.NPM_TOKEN }}`), a
//     command substitution that reads one (`$(cat /run/secrets/pg)`), and
//     the `name`/`key` of a Kubernetes `secretKeyRef`/`configMapKeyRef`
//     (`{name: payments-db, key: password}`), which name a Secret and its
//     entry;
//   - a digest after a hash algorithm's label is a digest
//     (`hmac-sha256:<hex>`, Vault's audit log HMACs every secret it
//     writes; `sha256:<hex>`): keep22's reader (labelledDigest22), asked
//     again of the spans as they stand after keep23Spans;
//   - a GitHub App's account `<name>[bot]` (`dependabot[bot]`) and a
//     well-known login of a system or a provider (`apikey`, SendGrid's SMTP
//     user; `postgres`, `root`) are no person;
//   - a shop's name opened by a word for "shop" (`Kedai Pak Mat`, `Sklep
//     Pod Lipą`, `Tienda La Ceiba`, `Loja Beija-Flor`) names a business,
//     even when the words after it could be a person's;
//   - an ISO country code alone (`address_country: KE`) and a DNS name
//     alone (`"primary_endpoint_address": "cache-1.internal.example"`) are
//     no postal address.

// keep24Spans drops the spans that hold one of the clean values above.
func (sc *scanner) keep24Spans() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		switch x.kind {
		case KindCredential:
			drop = secretReference24(s, x.start, x.end) || labelledDigest22(s, x.start, x.end) || keyRefAt24(s, x.start) || arnValue27(s, x.start, x.end) // (dmg27_ids.go)
		case KindName:
			drop = strings.HasPrefix(s[x.end:], "[bot]") || keyRefAt24(s, x.start) || systemLogin24(s[x.start:x.end]) ||
				serviceLead24(s[x.start:x.end]) || shopNamed24(s, x.start, x.end)
		case KindAddress:
			v := s[x.start:x.end]
			drop = countryCode24(v) || dnsName24(v)
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// unquote24 strips one pair of matching quotes around v.
func unquote24(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// secretReference24 reports a span s[a:e] that refers to a secret held
// elsewhere: a template or variable reference, a command substitution
// reading a file, or a file path named as such by its key or directory.
func secretReference24(s string, a, e int) bool {
	v := strings.TrimSpace(unquote24(s[a:e]))
	if len(v) < 2 || len(v) > 160 {
		return false
	}
	switch {
	case strings.HasPrefix(v, "{{") && strings.HasSuffix(v, "}}"),
		strings.HasPrefix(v, "${{") && strings.HasSuffix(v, "}}"):
		// Helm, Go templates, Jinja/Ansible, GitHub Actions expressions
		return !strings.Contains(v[2:len(v)-2], "}}")
	case strings.HasPrefix(v, "$(") && strings.HasSuffix(v, ")"):
		return fileRead24(v[2 : len(v)-1]) // $(cat /run/secrets/pg)
	case v[0] == '`' && v[len(v)-1] == '`':
		return fileRead24(v[1 : len(v)-1])
	case v[0] == '$' || v[0] == '#' || v[0] == '%' || v[0] == '{' || v[0] == '<' || v[0] == '[':
		return placeholder21(v) // ${DB_PASSWORD}, $CI_REGISTRY_PASSWORD (keep21_values.go)
	case v[0] == '/':
		return secretPath24(v, keyBefore24(s, a))
	}
	return false
}

// fileRead24 reports a command that prints a file: "cat <path>" or
// "< <path>".
func fileRead24(c string) bool {
	c = strings.TrimSpace(c)
	switch {
	case strings.HasPrefix(c, "cat "):
		c = strings.TrimSpace(c[4:])
	case strings.HasPrefix(c, "<"):
		c = strings.TrimSpace(c[1:])
	default:
		return false
	}
	return pathShape24(c)
}

// pathShape24 reports an absolute path of two parts or more in the
// characters file names use.
func pathShape24(p string) bool {
	if len(p) < 4 || p[0] != '/' || strings.Count(p, "/") < 2 {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !isAlnum(c) && c != '/' && c != '.' && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// secretPath24 reports a path that names where a secret is kept: under a
// key that says it holds a file's path, or in a secrets directory.
func secretPath24(p, key string) bool {
	if !pathShape24(p) {
		return false
	}
	k := strings.ToLower(key)
	if strings.HasSuffix(k, "_file") || strings.HasSuffix(k, "_path") || strings.HasSuffix(k, "file") && len(k) > 4 ||
		strings.HasSuffix(k, "path") && len(k) > 4 || strings.HasSuffix(k, "_dir") {
		return true
	}
	return strings.Contains(p, "/secrets/") || strings.HasPrefix(p, "/run/secrets") || strings.Contains(p, "/secret/")
}

// keyBefore24 returns the key written right before the value at a
// (`KEY=`, `key: `, `"key": "`), or "".
func keyBefore24(s string, a int) string {
	i := a
	for i > 0 && (s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == ' ') {
		i--
	}
	if i == 0 || s[i-1] != '=' && s[i-1] != ':' {
		return ""
	}
	i--
	for i > 0 && (s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == ' ') && a-i < 4 {
		i--
	}
	e := i
	for i > 0 && e-i < 64 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '-' || s[i-1] == '.') {
		i--
	}
	return s[i:e]
}

// keyRefAt24 reports a value at a that is the `name` or `key` of a
// Kubernetes secretKeyRef or configMapKeyRef written shortly before it on
// the same object ("secretKeyRef: {name: payments-db, key: password}",
// "secretKeyRef: name=smtp key=api-key").
func keyRefAt24(s string, a int) bool {
	k := strings.ToLower(keyBefore24(s, a))
	if k != "name" && k != "key" {
		return false
	}
	lo := max(0, a-96)
	r := strings.LastIndex(s[lo:a], "KeyRef")
	if r < 0 {
		return false
	}
	between := s[lo+r : a]
	return strings.IndexAny(between, "}])") < 0 && strings.Count(between, "\n") <= 2
}

// systemLogin24 reports a well-known login of a system or a provider that
// is no person's: SMTP relays' literal user "apikey" (SendGrid), database
// superusers, Unix system accounts, registry token users.
func systemLogin24(v string) bool {
	switch v {
	case "apikey", "postgres", "root", "admin", "administrator", "ubuntu", "ec2-user", "www-data", "nobody",
		"oauth2accesstoken", "_json_key", "AWS", "mysql", "redis", "rabbitmq", "elastic", "kibana", "guest":
		return true
	}
	return false
}

// serviceLead24 reports a run of words that opens with a service
// account's login ("checkout-worker USER nobody"): a resource's name and
// what follows it, when no word after it is written as a name (a capital
// and then lower case).
func serviceLead24(v string) bool {
	f := strings.Fields(v)
	if len(f) < 2 || !serviceAccount21(f[0]) {
		return false
	}
	for _, w := range f[1:] {
		if len(w) > 1 && isUpper(w[0]) && !isUpper(w[1]) {
			return false
		}
		if w[0] >= 0x80 {
			return false // a word in another script
		}
	}
	return true
}

// shopNamed24 reports a name span s[a:e] whose run of capitalised words
// (the span's and up to two right before it, one space apart) opens with
// a word for "shop" in one of the languages sellers name their shops in.
func shopNamed24(s string, a, e int) bool {
	f := strings.Fields(s[a:e])
	if len(f) > 0 && shopWords24[strings.ToLower(f[0])] {
		return true
	}
	i := a
	for n := 0; n < 3 && i > 1 && s[i-1] == ' ' && s[i-2] != ' '; n++ {
		j := i - 1
		for j > 0 && s[j-1] != ' ' && s[j-1] != ',' && s[j-1] != '\n' && s[j-1] != '"' && s[j-1] != ':' && s[j-1] != '\t' && i-j < 24 {
			j--
		}
		w := s[j : i-1]
		if w == "" || !isUpper(w[0]) {
			return false
		}
		if shopWords24[strings.ToLower(w)] {
			return true
		}
		i = j
	}
	return false
}

// shopWords24 are words for "shop" and "store" that open shops' names.
var shopWords24 = setOf("shop", "store", "kedai", "toko", "warung", "sklep", "tienda", "loja", "boutique", "butik", "duka",
	"magasin", "laden", "negozio", "bottega", "winkel", "mağaza", "obchod", "prodavnica", "trgovina", "tindahan",
	"almacén", "mercearia", "bodega", "épicerie", "emporium", "kauppa", "butikk", "butikken", "affär", "sklepik",
	"магазин", "продавница", "дүкен", "дэлгүүр", "librería", "farmacia", "papelería", "ferretería")

// countryCode24 reports an ISO 3166 alpha-2 or alpha-3 code alone.
func countryCode24(v string) bool {
	v = unquote24(strings.TrimSpace(v))
	if len(v) != 2 && len(v) != 3 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isUpper(v[i]) {
			return false
		}
	}
	return true
}

// dnsName24 reports a DNS host name alone: three labels or more of
// lower-case letters, digits and '-', the last of letters only.
func dnsName24(v string) bool {
	v = unquote24(strings.TrimSpace(v))
	if len(v) < 6 || len(v) > 253 || strings.Count(v, ".") < 2 {
		return false
	}
	last := strings.LastIndexByte(v, '.')
	tld := v[last+1:]
	if len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if !isLowerASCII(tld[i]) {
			return false
		}
	}
	prev := byte('.')
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isLowerASCII(c) || isDigit(c):
		case c == '-' && prev != '.':
		case c == '.' && prev != '.' && prev != '-':
		default:
			return false
		}
		prev = c
	}
	return true
}
