package redact

import "strings"

// Directory and calendar formats carry a person's name, and sometimes an
// address, in a fixed place that no key of a log line names:
//
//   - iCalendar (RFC 5545): the CN parameter of an ATTENDEE or ORGANIZER
//     property (ATTENDEE;CN=Jane Roe;ROLE=…:mailto:…), quoted or not; the
//     LOCATION of an event when it reads as an address (commas escaped as
//     "\,");
//   - vCard (RFC 6350): the FN, N and NICKNAME properties are names, ADR
//     and LABEL addresses (ORG, the company, is kept);
//   - LDAP distinguished names (RFC 4514): the cn of a DN
//     (dn="cn=Jane Roe,ou=customers,dc=shop,dc=example", "Roe\, Jane" with
//     its comma escaped) when it is shaped like a person's name and the DN
//     is not one of groups, roles, hosts or services, nor a certificate
//     authority's; then the LDIF attribute lines of that entry that hold a
//     person's name (cn:, sn:, givenName:, displayName:, cn:: in base64).

// mayHoldDirectory reports text that may hold one of these formats: a
// "cn=" (any case) or a vCard or iCalendar object.
func mayHoldDirectory(s string, sig uint32) bool {
	if sig&sigEq != 0 && cnEqAt(s, 0) >= 0 {
		return true
	}
	return sig&sigNL != 0 && strings.Contains(s, "BEGIN:V")
}

// cnEqAt returns the index of the '=' of the first "cn=" (any case) at or
// after from, or -1.
func cnEqAt(s string, from int) int {
	for from < len(s) {
		i := strings.IndexByte(s[from:], '=')
		if i < 0 {
			return -1
		}
		i += from
		if i >= 2 && s[i-1]|0x20 == 'n' && s[i-2]|0x20 == 'c' && (i == 2 || !isAlnum(s[i-3])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// directorySpans returns the names and addresses of s's directory and
// calendar objects.
func directorySpans(s string) []span {
	var out []span
	person := false
	for off := 0; ; {
		i := cnEqAt(s, off)
		if i < 0 {
			break
		}
		off = i + 1
		if i >= 3 && s[i-3] == ';' {
			if a, e := icalParamValue(s, i+1); e > a && icalPersonCN(s, i, s[a:e]) {
				out = append(out, span{start: a, end: e, kind: KindName})
			}
			continue
		}
		if a, e := dnValue(s, i+1); e > a && dnPersonCN(s, i-2, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
			person = true
		}
	}
	if person {
		out = ldifNameSpans(s, out)
	}
	if strings.Contains(s, "BEGIN:V") {
		out = objectLineSpans(s, out)
	}
	return out
}

// icalParamValue returns the bounds of the parameter value at a: inside
// its quotes (on one line: a quoted value holds no line break), or up to
// the next ';', ':' or line break.
func icalParamValue(s string, a int) (int, int) {
	if a < len(s) && s[a] == '"' {
		e := strings.IndexByte(s[a+1:], '"')
		if e < 0 || e > 200 || strings.ContainsAny(s[a+1:a+1+e], "\n\r") {
			return a, a
		}
		return a + 1, a + 1 + e
	}
	e := a
	for e < len(s) && e-a <= 200 && s[e] != ';' && s[e] != ':' && s[e] != '\n' && s[e] != '\r' && s[e] != '"' {
		e++
	}
	return a, e
}

// icalPersonCN reports a CN parameter's value that names a person: letters
// and no digits, not an address, not on a line whose calendar user is a
// room or a resource (CUTYPE=ROOM).
func icalPersonCN(s string, eq int, v string) bool {
	if strings.TrimSpace(v) == "" || strings.ContainsAny(v, "@[0123456789") || !hasLetter(v) || roleCN19(v) { // a role (damage19_places.go)
		return false
	}
	ls := strings.LastIndexByte(s[:eq], '\n') + 1
	le := strings.IndexByte(s[eq:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += eq
	}
	line := s[ls:le]
	return !strings.Contains(line, "CUTYPE=ROOM") && !strings.Contains(line, "CUTYPE=RESOURCE")
}

// dnValue returns the bounds of the attribute value at a of a DN: up to an
// unescaped ',', '+', quote, ';' or line break.
func dnValue(s string, a int) (int, int) {
	e := a
	for e < len(s) && e-a <= 200 {
		c := s[e]
		if c == '\\' && e+1 < len(s) {
			e += 2
			continue
		}
		if c == ',' || c == '+' || c == '"' || c == '\'' && e+1 < len(s) && s[e+1] != ' ' && !isAlpha(s[e+1]) ||
			c == ';' || c == '\n' || c == '\r' || c == ')' || c == '>' {
			break
		}
		e++
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	return a, e
}

// dnPersonCN reports the cn whose attribute starts at c and value ends at
// e as a person's name: the DN goes on with more components (",ou=…"), none
// of them names a container of groups, roles, hosts or services, the value
// is shaped like a person's name and holds no word of those.
func dnPersonCN(s string, c, e int) bool {
	if e >= len(s) || s[e] != ',' {
		return false
	}
	v := strings.ReplaceAll(s[c+3:e], `\,`, ",")
	v = strings.ReplaceAll(v, `\ `, " ")
	if strings.Contains(v, "[REDACTED:") {
		return false
	}
	// The rest of the DN: its components up to a quote, a space not after
	// a comma, or a line break.
	de := e
	for de < len(s) && s[de] != '"' && s[de] != '\n' && s[de] != '\'' && s[de] != ')' && s[de] != '>' && !(s[de] == ' ' && s[de-1] != ',') {
		de++
	}
	rest := strings.ToLower(s[e+1 : de])
	if !strings.Contains(rest, "=") {
		return false
	}
	peopleOU := false
	for _, comp := range strings.Split(rest, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(comp), "=")
		if !ok {
			continue
		}
		if (k == "ou" || k == "cn") && dirContainers[val] {
			return false
		}
		if k == "ou" && dirPeople[val] {
			peopleOU = true
		}
	}
	for _, w := range strings.Fields(strings.ReplaceAll(v, ",", " ")) {
		var buf [24]byte
		if len(w) <= len(buf) && dirNotNames[string(lower(buf[:0], w))] {
			return false
		}
	}
	if argName(v) {
		return true
	}
	// One word of a script without case under a container of people.
	return peopleOU && !strings.ContainsAny(v, " ,") && capOrCaseless(v) && v[0] >= 0x80 && boundValueFits(KindName, v)
}

// dirPeople are the containers (ou=) of a directory that hold people.
var dirPeople = setOf("people", "person", "persons", "users", "user", "customers", "customer", "clients", "contacts",
	"buyers", "members", "staff", "employees", "accounts", "recipients", "students", "patients", "subscribers",
	"personnel", "kunden", "clientes", "utilisateurs", "benutzer", "usuarios", "utenti", "pelanggan")

// dirContainers are the containers of a directory that hold no people.
var dirContainers = setOf("groups", "group", "roles", "role", "services", "service", "hosts", "host", "computers",
	"servers", "devices", "machines", "applications", "apps", "printers", "resources", "rooms", "builtin",
	"system", "policies", "certificates", "certification authorities", "aia", "cdp", "pki", "public key services",
	"domain controllers", "service accounts", "serviceaccounts", "netgroups", "automount", "sudoers", "dns")

// dirNotNames are words of the common names of groups, roles, hosts and
// certificate authorities ("Domain Admins", "Google Trust Services").
var dirNotNames = setOf("admins", "administrators", "admin", "users", "operators", "developers", "readers",
	"writers", "owners", "editors", "viewers", "guests", "members", "group", "groups", "team", "teams", "domain",
	"enterprise", "schema", "policy", "authority", "root", "ca", "trust", "services", "service", "server", "servers",
	"issuing", "intermediate", "certification", "global", "secure", "validation", "network", "cluster", "node",
	"replicator", "backup", "support", "sales", "billing", "finance", "accounting", "marketing", "engineering",
	"department", "office", "staff", "all", "everyone", "printer", "room", "hall", "desk", "shared", "mailbox")

// ldifNameKeys are the LDIF attributes of a person's entry that hold a name.
var ldifNameKeys = setOf("cn", "sn", "givenname", "displayname", "commonname", "surname", "gecos", "fullname",
	"middlename", "initials", "cn;lang-en")

// ldifNameSpans adds the values of the LDIF lines that hold a person's name
// ("cn: Jane Roe", "givenName: Jane", "cn:: SmFuZSBSb2U=").
func ldifNameSpans(s string, out []span) []span {
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		ls = le + 1
		c := strings.IndexByte(line, ':')
		if c <= 0 || c > 24 {
			continue
		}
		var buf [24]byte
		if !ldifNameKeys[string(lower(buf[:0], strings.TrimSpace(line[:c])))] {
			continue
		}
		a := c + 1
		if a < len(line) && line[a] == ':' {
			a++ // base64
		}
		for a < len(line) && line[a] == ' ' {
			a++
		}
		e := len(line)
		for e > a && (line[e-1] == '\r' || line[e-1] == ' ') {
			e--
		}
		if v := line[a:e]; v != "" && (a > c+1 && line[c+1] == ':' || boundValueFits(KindName, v)) && !strings.Contains(v, "[REDACTED:") {
			start := le - len(line) + a
			out = append(out, span{start: start, end: start + len(v), kind: KindName})
		}
	}
	return out
}

// objectLineSpans adds the names and addresses of the vCard and
// iCalendar objects in s, read line by line between BEGIN:V… and END:V….
func objectLineSpans(s string, out []span) []span {
	depth := 0
	org := false
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := strings.TrimRight(s[ls:le], "\r")
		base := ls
		ls = le + 1
		// The object may follow a message on its first line
		// ("… rejected card: BEGIN:VCARD").
		if i := strings.Index(line, "BEGIN:V"); i >= 0 {
			depth++
			org = cardOfOrg(s[base+i:])
			continue
		}
		if strings.HasPrefix(line, "END:V") {
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			continue
		}
		c := strings.IndexByte(line, ':')
		if c <= 0 || strings.Contains(line[:c], "[REDACTED") || strings.Contains(line[:c], "[HASH") {
			continue // the colon is a marker's: "N;CN=[REDACTED:name]" (a parameter redacted on a first pass)
		}
		prop := line[:c]
		if p := strings.IndexByte(prop, ';'); p >= 0 {
			prop = prop[:p]
		}
		var kind Kind
		switch strings.ToUpper(prop) {
		case "FN", "N", "NICKNAME":
			if org {
				continue
			}
			kind = KindName
		case "ADR", "LABEL":
			kind = KindAddress
		case "LOCATION":
			if !addressValue(line[c+1:]) {
				continue
			}
			kind = KindAddress
		default:
			continue
		}
		a, e := c+1, len(line)
		for a < e && (line[a] == ';' || line[a] == ' ') {
			a++
		}
		for e > a && (line[e-1] == ';' || line[e-1] == ' ') {
			e--
		}
		v := line[a:e]
		if v == "" || strings.Contains(v, "[REDACTED:") || kind == KindName && !hasLetter(v) {
			continue
		}
		out = append(out, span{start: base + a, end: base + e, kind: kind})
	}
	return out
}

// cardOfOrg reports a vCard, from its BEGIN line on, whose KIND is an
// organisation or a group: its FN is then no person's.
func cardOfOrg(s string) bool {
	end := strings.Index(s, "END:V")
	if end < 0 {
		end = len(s)
	}
	u := strings.ToUpper(s[:end])
	return strings.Contains(u, "\nKIND:ORG") || strings.Contains(u, "\nKIND:GROUP") || strings.Contains(u, "\nKIND:LOCATION") ||
		strings.Contains(u, "X-ABSHOWAS:COMPANY")
}

// addressValue reports an iCalendar LOCATION, its commas escaped, that
// reads as an address.
func addressValue(v string) bool {
	u := strings.ReplaceAll(v, `\,`, ",")
	u = strings.ReplaceAll(u, `\;`, ";")
	// (addressByParts alone would take "Room 4, Building 2, Level 3": a
	// place of the calendar's owner needs a postcode's run of digits.)
	return cellAddress(u) || locationParts(u) || addressByParts(u) && digitRun(u) >= 4 || locationAddress(u) // address_words9.go
}

// digitRun returns the length of the longest run of ASCII digits in v.
func digitRun(v string) int {
	best, run := 0, 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// locationParts reports a place written as an address's parts: two to
// eight comma-separated parts, the first a name and a house number
// ("Karlova 430/26", "12 Fake Street"), a later one a postcode of four
// digits or more ("526 51 Praha 2", "4000"), no link; a room or a floor
// ("Room 4, Building 2") has no postcode.
func locationParts(u string) bool {
	if len(u) > 200 || strings.Contains(u, "://") || strings.ContainsAny(u, "@=") {
		return false
	}
	parts := strings.Split(u, ",")
	if len(parts) < 2 || len(parts) > 8 {
		return false
	}
	first := strings.Fields(parts[0])
	house := false
	word := false
	for _, f := range first {
		switch {
		case isDigit(f[0]):
			house = true
		case capOrCaseless(f):
			word = true
		}
	}
	if !house || !word {
		return false
	}
	for _, p := range parts[1:] {
		run := 0
		for i := 0; i < len(p); i++ {
			switch {
			case isDigit(p[i]):
				run++
			case p[i] == ' ' && run == 3 && i+1 < len(p) && isDigit(p[i+1]):
				// "526 51": a postcode written in two groups
			case p[i] == '-' && run >= 3 && i+1 < len(p) && isDigit(p[i+1]):
			default:
				if run >= 4 {
					return true
				}
				run = 0
			}
		}
		if run >= 4 {
			return true
		}
	}
	return false
}

// hasLetter reports whether v holds a letter of any script.
func hasLetter(v string) bool {
	for i := 0; i < len(v); i++ {
		if isAlpha(v[i]) || v[i] >= 0x80 {
			return true
		}
	}
	return false
}
