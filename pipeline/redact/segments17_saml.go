package redact

import (
	"strings"
	"unicode"
)

// A SAML assertion that a single sign-on integration logs names its user's
// data by the Name (or FriendlyName) of an Attribute element, not by the
// element holding it:
//
//	<saml:Attribute Name="displayName"><saml:AttributeValue>Given Family</saml:AttributeValue></saml:Attribute>
//	<saml:Attribute Name="urn:oid:2.5.4.42" FriendlyName="givenName">…
//	<saml:NameID Format="…:emailAddress">given@example.com</saml:NameID>
//	<ds:SignatureValue>…</ds:SignatureValue>
//
// An attribute's values are read as its name names them: the person
// attributes of the LDAP schemas SAML carries (cn, sn, givenName,
// displayName, mail, telephoneNumber, mobile, street, postalAddress…),
// written as words, as OIDs ("urn:oid:2.5.4.4") or as claim URIs
// (".../identity/claims/surname"), and any other name a key would be read
// by. A name under a key that is not a person attribute of the schemas
// needs a word the name lists know. The attribute's own name is no
// person's. A signature's value is masked as a credential, as values under
// a "signature" key are; a certificate (ds:X509Certificate) is public and
// stays.

// mayHoldSAML is samlAssertion's cheap test.
func mayHoldSAML(s string) bool {
	return strings.Contains(s, "Attribute") || strings.Contains(s, "SignatureValue>")
}

// samlOIDs are the LDAP attribute OIDs of a person's data, by the name the
// schemas give them.
var samlOIDs = map[string]string{
	"2.5.4.3": "cn", "2.5.4.4": "sn", "2.5.4.42": "givenname", "2.5.4.43": "initials",
	"2.16.840.1.113730.3.1.241": "displayname", "0.9.2342.19200300.100.1.3": "mail",
	"2.5.4.20": "telephonenumber", "0.9.2342.19200300.100.1.41": "mobile", "0.9.2342.19200300.100.1.20": "homephone",
	"2.5.4.23": "facsimiletelephonenumber", "2.5.4.9": "street", "2.5.4.16": "postaladdress",
	"0.9.2342.19200300.100.1.39": "homepostaladdress", "1.3.6.1.4.1.5923.1.1.1.6": "edupersonprincipalname",
}

// samlPersonAttrs are the person attributes of the schemas, lower case.
var samlPersonAttrs = map[string]Kind{
	"cn": KindName, "commonname": KindName, "sn": KindName, "surname": KindName, "givenname": KindName,
	"gn": KindName, "displayname": KindName, "fullname": KindName, "name": KindName, "initials": KindName,
	"mail": KindEmail, "email": KindEmail, "emailaddress": KindEmail, "edupersonprincipalname": KindEmail,
	"telephonenumber": KindPhone, "mobile": KindPhone, "homephone": KindPhone, "mobilephone": KindPhone,
	"facsimiletelephonenumber": KindPhone, "phone": KindPhone,
	"street": KindAddress, "streetaddress": KindAddress, "postaladdress": KindAddress, "homepostaladdress": KindAddress,
}

// samlAttrKind returns the kind of an attribute's values by its name, and
// whether the name is one of the schemas' person attributes.
func samlAttrKind(name string) (Kind, bool) {
	n := name
	if strings.HasPrefix(n, "urn:oid:") {
		if a, ok := samlOIDs[n[8:]]; ok {
			return samlPersonAttrs[a], true
		}
		return 255, false
	}
	if i := strings.LastIndexAny(n, "/:#"); i >= 0 && i+1 < len(n) {
		n = n[i+1:] // ".../identity/claims/surname", "urn:…:mail"
	}
	ln := strings.ToLower(n)
	if k, ok := samlPersonAttrs[ln]; ok {
		return k, true
	}
	// joined attributes: "givenName_sn", "givenName sn"
	parts := strings.FieldsFunc(ln, func(r rune) bool { return r == '_' || r == '-' || r == ' ' || r == '.' })
	if len(parts) > 1 {
		all := true
		for _, p := range parts {
			if samlPersonAttrs[p] != KindName {
				all = false
				break
			}
		}
		if all {
			return KindName, true
		}
	}
	k, _ := columnKind(n)
	return k, false
}

// samlQuoted returns the value of the attribute attr="…" (or '…', or
// \"…\" inside a JSON string) in the tag s[a:b], and its bounds.
func samlQuoted(s string, a, b int, attr string) (string, int, int) {
	t := s[a:b]
	i := strings.Index(t, " "+attr+"=")
	if i < 0 {
		return "", 0, 0
	}
	p := a + i + len(attr) + 2
	q := `"`
	switch {
	case strings.HasPrefix(s[p:b], `\"`):
		q = `\"`
	case strings.HasPrefix(s[p:b], `'`):
		q = `'`
	case !strings.HasPrefix(s[p:b], `"`):
		return "", 0, 0
	}
	p += len(q)
	e := strings.Index(s[p:b], q)
	if e < 0 {
		return "", 0, 0
	}
	return s[p : p+e], p, p + e
}

// samlAssertion reads the attributes, the subject's NameID and the
// signature of the assertions in the scanner's text.
func (sc *scanner) samlAssertion() {
	s := sc.s
	var out []span
	var keep [][2]int
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "Attribute ")
		if i < 0 {
			break
		}
		i += off
		off = i + 10
		lt := i - 1
		for lt >= 0 && lt >= i-16 && (isAlnum(s[lt]) || s[lt] == ':') {
			lt--
		}
		if lt < 0 || s[lt] != '<' {
			continue
		}
		prefix := s[lt+1 : i] // "saml:", "saml2:", ""
		gt := strings.IndexByte(s[i:min(len(s), i+512)], '>')
		if gt < 0 {
			continue
		}
		gt += i
		name, na, nb := samlQuoted(s, i+9, gt, "Name")
		fname, fa, fb := samlQuoted(s, i+9, gt, "FriendlyName")
		if name == "" && fname == "" {
			continue
		}
		if nb > na {
			keep = append(keep, [2]int{na, nb})
		}
		if fb > fa {
			keep = append(keep, [2]int{fa, fb})
		}
		kind, person := samlAttrKind(fname)
		if fname == "" || kind == 255 {
			kind, person = samlAttrKind(name)
		}
		closeTag := "</" + prefix + "Attribute>"
		end := strings.Index(s[gt:min(len(s), gt+4096)], closeTag)
		if end < 0 {
			continue
		}
		end += gt
		off = end
		if kind == 255 || kind == KindCard {
			continue // cards are the scanner's (Luhn and issuer decide)
		}
		open := "<" + prefix + "AttributeValue"
		for p := gt; p < end; {
			j := strings.Index(s[p:end], open)
			if j < 0 {
				break
			}
			va := strings.IndexByte(s[p+j:end], '>')
			if va < 0 {
				break
			}
			va += p + j + 1
			ve := strings.Index(s[va:end], "</")
			if ve < 0 {
				break
			}
			ve += va
			p = ve
			if v := strings.TrimSpace(s[va:ve]); samlValueFits(kind, person, v) {
				out = append(out, span{start: va, end: ve, kind: kind})
			}
		}
	}
	out = samlElementSpans(s, out, "SignatureValue>", KindCredential)
	out = samlElementSpans(s, out, "NameID", KindEmail)
	sc.keepNames(keep)
	sc.mergeSpans(out)
}

// samlValueFits reports a value that may be of kind under its attribute.
func samlValueFits(kind Kind, person bool, v string) bool {
	if !copyCellFits(kind, v) {
		return false
	}
	switch kind {
	case KindName:
		if companyName(v) {
			return false
		}
		if person {
			return true
		}
		return zplName(v)
	case KindEmail:
		return strings.IndexByte(v, '@') > 0
	case KindPhone:
		// under a key that is no person attribute ("phone_model"), only
		// digits and a phone's punctuation
		return person || strings.IndexFunc(v, unicode.IsLetter) < 0
	case KindAddress:
		// under a key that is no person attribute ("ship_to"), a street
		// with its number, not a site's name
		return person || zplAddress(v)
	}
	return true
}

// samlElementSpans appends the text of the elements named tag ("ds:" or
// another prefix before it): a signature's value as a credential, a
// NameID's as an e-mail address when it is one.
func samlElementSpans(s string, out []span, tag string, kind Kind) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], tag)
		if i < 0 {
			break
		}
		i += off
		off = i + len(tag)
		if i == 0 || s[i-1] != '<' && s[i-1] != ':' {
			continue
		}
		a := off
		if tag[len(tag)-1] != '>' {
			gt := strings.IndexByte(s[a:min(len(s), a+512)], '>')
			if gt < 0 {
				continue
			}
			a += gt + 1
		}
		e := strings.Index(s[a:min(len(s), a+8192)], "</")
		if e <= 0 {
			continue
		}
		v := s[a : a+e]
		if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || strings.ContainsAny(v, "<>") {
			continue
		}
		if kind == KindEmail && (strings.IndexByte(v, '@') <= 0 || strings.IndexByte(v, ' ') >= 0) {
			continue
		}
		out = append(out, span{start: a, end: a + e, kind: kind})
		off = a + e
	}
	return out
}
