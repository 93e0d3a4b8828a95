package redact

import "strings"

// Names of businesses told by the document that holds them, not by their
// words (a firm may be named after its founder, a carrier's name may be a
// word of a language):
//
//   - the seller of a tax invoice or e-invoice: NF-e's issuer
//     (<emit><CNPJ>…</CNPJ><xNome>…</xNome>, a company's registry number),
//     CFDI's <cfdi:Emisor Rfc="…" Nombre="…"> when the RFC is a company's
//     (twelve characters; a person's has thirteen), UBL's
//     <cac:AccountingSupplierParty>;
//   - the creditor of a direct debit in ISO 20022 (camt.053, pain.008):
//     <Cdtr><Nm>…</Nm> in a record that holds a creditor scheme id or a
//     mandate, the business that collects (a credit transfer's creditor,
//     a refund's buyer, stays redacted);
//   - the name of a store, a warehouse, a merchant or another place of the
//     business in a configuration: `name = …` under an INI section
//     `[store]`, or indented under a YAML key `store:`.

// sellerParty21 reports a name span starting at a inside the seller's or a
// collecting creditor's element of a business document.
func sellerParty21(s string, a int) bool {
	head := s[max(0, a-2048):a]
	if i := strings.LastIndex(head, "<emit>"); i >= 0 && !strings.Contains(head[i:], "</emit>") {
		return strings.Contains(head[i:], "<CNPJ>") // (an issuer with a CPF is a person)
	}
	if i := strings.LastIndex(head, "AccountingSupplierParty>"); i > 0 && (head[i-1] == '<' || head[i-1] == ':' && strings.HasSuffix(head[:i-1], "<cac")) {
		return true // (not after its closing tag)
	}
	if i := strings.LastIndex(head, "<cfdi:Emisor "); i >= 0 && !strings.ContainsAny(head[i:], ">") {
		return companyRFC21(head[i:])
	}
	if i := strings.LastIndex(head, "<Cdtr>"); i >= 0 && !strings.Contains(head[i:], "</Cdtr>") && strings.HasSuffix(head, "<Nm>") {
		return strings.Contains(s, "CdtrSchmeId") || strings.Contains(s, "<MndtId>")
	}
	return false
}

// companyRFC21 reports a CFDI tag whose Rfc attribute is a company's:
// three letters, six digits of a date and three characters.
func companyRFC21(tag string) bool {
	i := strings.Index(tag, `Rfc=`)
	if i < 0 || i+5 >= len(tag) {
		return false
	}
	v := tag[i+4:]
	for len(v) > 0 && (v[0] == '"' || v[0] == '\\' || v[0] == '\'') {
		v = v[1:]
	}
	n := 0
	for n < len(v) && isAlnum(v[n]) {
		n++
	}
	return n == 12 && isAlpha(v[0]) && isAlpha(v[2]) && isDigit(v[3]) && isDigit(v[8])
}

// placeName21 reports a name span starting at a that is the value of a
// `name` key under an INI section or a YAML key naming a place of the
// business.
func placeName21(s string, a int) bool {
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	line := s[ls:a]
	ind := 0
	for ind < len(line) && line[ind] == ' ' {
		ind++
	}
	k := strings.TrimRight(line[ind:], " \"'")
	if !strings.HasSuffix(k, "=") && !strings.HasSuffix(k, ":") {
		return false
	}
	if kk := strings.ToLower(strings.TrimSpace(k[:len(k)-1])); kk != "name" && kk != "display_name" && kk != "displayname" {
		return false
	}
	// the section or parent key above
	for p, hops := ls-1, 0; p > 0 && hops < 24; hops++ {
		q := strings.LastIndexByte(s[:p], '\n') + 1
		l := s[q:p]
		p = q - 1
		t := strings.TrimLeft(l, " ")
		if t == "" || t[0] == '#' || t[0] == ';' {
			continue
		}
		if t[0] == '[' && strings.HasSuffix(strings.TrimRight(t, " \r"), "]") {
			return placeWords21[strings.ToLower(strings.Trim(strings.TrimSpace(t), "[] "))]
		}
		if ind > 0 && len(l)-len(t) < ind {
			c := strings.IndexByte(t, ':')
			return c > 0 && strings.TrimSpace(t[c+1:]) == "" && placeWords21[strings.ToLower(t[:c])]
		}
	}
	return false
}

// placeWords21 name the places and parties of the business whose `name`
// is no person's.
// (not a seller's, a vendor's or a tenant's: a marketplace's sellers are
// people as often as firms).
var placeWords21 = setOf("store", "shop", "outlet", "branch", "site", "location", "warehouse", "depot", "dc", "hub",
	"merchant", "company", "organization", "organisation", "org", "bank", "terminal", "pos", "till", "register",
	"printer", "device", "kiosk", "filiale", "magasin", "tienda", "loja", "negozio", "sklep", "winkel", "mağaza",
	"magazin", "store_info", "shop_info")
