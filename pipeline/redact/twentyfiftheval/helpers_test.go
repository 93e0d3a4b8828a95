package twentyfiftheval

import (
	"strconv"
	"strings"
	"unicode"
)

// Contexts: where a value sits.
const (
	ctxField  = "field"       // a structured event field of its own
	ctxMsg    = "message"     // free text
	ctxJSON   = "json_body"   // JSON held in a string (a body, a payload quoted in a message)
	ctxJSON2  = "json_nested" // JSON in a JSON string in a string (SNS in SQS, a queue message)
	ctxURL    = "url_query"   // a URL's query
	ctxForm   = "form_body"   // an application/x-www-form-urlencoded body
	ctxKV     = "kv"          // key=value (logfmt, SDK debug pairs)
	ctxHdr    = "headers"     // an HTTP header dump
	ctxXML    = "xml"         // XML and SOAP
	ctxCSV    = "csv_tsv"     // report and feed rows (CSV, TSV, ; separated)
	ctxJSONL  = "jsonl"       // bulk export lines
	ctxCurl   = "curl"        // a curl reproduction
	ctxStack  = "stacktrace"  // an exception and the payload it printed
	ctxGQL    = "graphql"     // GraphQL variables and responses
	ctxArr    = "array"       // an event array (of strings or objects)
	ctxDiff   = "diff"        // reconciliation diff lines
	ctxZPL    = "label_zpl"   // a shipping label's ZPL
	ctxPyRepr = "python_repr" // a Python dict as repr() prints it
)

func (c *cas) base(g *gen, svc, level string) {
	c.F("service.name", L(svc))
	c.F("log.level", L(level))
	c.F("labels.request_id", c.LK(g, g.pick("uuid", "request_id_hex")))
	if g.chance(0.5) {
		c.F("event.created", c.LK(g, "iso_datetime"))
	}
	if g.chance(0.6) {
		c.F("trace.id", c.LK(g, "trace_id"))
		if g.chance(0.5) {
			c.F("span.id", c.LK(g, "span_id"))
		}
	}
}

func (c *cas) name(g *gen, ctx string, p *person, pref string) Txt {
	v, f := g.name(p, pref)
	return c.P(ctx, "name", f, p.L.code, v)
}

func (c *cas) nameFull(ctx string, p *person) Txt {
	return c.P(ctx, "name", "name.full", p.L.code, p.full())
}

func (c *cas) nameRoman(ctx string, p *person) Txt {
	f := "name.full"
	if p.nativeScript() {
		f = "name.roman"
	}
	return c.P(ctx, "name", f, p.L.code, p.roman())
}

func (c *cas) given(ctx string, p *person, native bool) Txt {
	return c.P(ctx, "name", "name.given", p.L.code, p.givenIn(native || p.L.latin))
}

func (c *cas) family(ctx string, p *person, native bool) Txt {
	v := p.familyIn(native || p.L.latin)
	if p.patronym != "" {
		v = p.patronym + " " + v
	}
	return c.P(ctx, "name", "name.family", p.L.code, v)
}

func (c *cas) phone(g *gen, ctx string, p *person, prefer string) Txt {
	v, f := g.phoneAs(p, prefer)
	return c.P(ctx, "phone", f, p.L.code, v)
}

func (c *cas) email(g *gen, ctx string, p *person) Txt {
	v, f := g.emailAs(p)
	return c.P(ctx, "email", f, p.L.code, v)
}

func (c *cas) emailPlain(ctx string, p *person) Txt {
	return c.P(ctx, "email", "email.plain", p.L.code, p.email)
}

func (c *cas) relay(g *gen, ctx, kind string, p *person) Txt {
	return c.P(ctx, "email", "email.relay", p.L.code, g.relayEmail(kind))
}

func (c *cas) street(ctx string, p *person, native bool) Txt {
	return c.P(ctx, "address", "addr.street", p.L.code, p.street(native || p.L.latin))
}

func (c *cas) street2(ctx string, p *person, native bool) Txt {
	v := p.street2(native || p.L.latin)
	if v == "" {
		return nil
	}
	return c.P(ctx, "address", "addr.street", p.L.code, v)
}

func (c *cas) addr(g *gen, ctx string, p *person, pref string) Txt {
	v, f := g.addrLine(p, pref)
	return c.P(ctx, "address", f, p.L.code, v)
}

// street2S is line 2 as a JSON string, or "" when the address has none.
func (c *cas) street2S(ctx string, p *person, native bool) Txt {
	if t := c.street2(ctx, p, native); t != nil {
		return S(t)
	}
	return Ss("")
}

func (c *cas) card(g *gen, ctx string, p *person) (Txt, string, string) {
	brand := g.pickS(p.L.cards)
	d, b := g.card(brand)
	v, f := g.cardForm(d)
	return c.P(ctx, "card", f, p.L.code, v), b.name, d
}

// cardDigits is a card written in one piece (a gateway's field).
func (c *cas) cardDigits(g *gen, ctx string, p *person) (Txt, string, string) {
	brand := g.pickS(p.L.cards)
	d, b := g.card(brand)
	return c.P(ctx, "card", "card.compact", p.L.code, d), b.name, d
}

var ibanCountries = []string{"DE", "NL", "FR", "IT", "PL", "TR", "RO", "CZ", "GR", "AE", "SA", "BR", "UA", "IL"}

// iban is an IBAN of the person's country, or of an IBAN country when the
// person's country has none (an expatriate's or a European account).
func (c *cas) iban(g *gen, ctx string, p *person) (Txt, string) {
	cc := p.L.iban
	if cc == "" {
		cc = g.pickS(ibanCountries)
	}
	v := g.ibanFor(cc, ibanBBAN[cc])
	if g.chance(0.5) {
		return c.P(ctx, "iban", "iban.grouped", p.L.code, group4(v)), v
	}
	return c.P(ctx, "iban", "iban.compact", p.L.code, v), v
}

func (c *cas) cnid(g *gen, ctx string) Txt { return c.cnidOf(g, ctx, g.cnID()) }

// cnidOf writes the resident id v (one person's id, written in several places).
func (c *cas) cnidOf(g *gen, ctx, v string) Txt {
	if g.chance(0.2) {
		return c.P(ctx, "cn_id", "cn_id.grouped", "zh_CN", v[:6]+" "+v[6:14]+" "+v[14:])
	}
	if v[17] == 'X' && g.chance(0.3) {
		v = v[:17] + "x"
	}
	return c.P(ctx, "cn_id", "cn_id.plain", "zh_CN", v)
}

func (c *cas) cred(ctx, form, full, secret string) Txt {
	return c.Cred(ctx, form, "-", full, secret)
}

// ---- credential shapes ----

func (g *gen) shpat() (string, string) {
	s := g.hex(32)
	return g.pick("shpat_", "shpat_", "shpca_", "shpss_") + s, s
}

func (g *gen) lwaRefresh() (string, string) {
	s := g.from(b64url, g.rng(90, 140))
	return "Atzr|IwEB" + s, s
}

func (g *gen) lwaAccess() (string, string) {
	s := g.from(b64url, g.rng(90, 140))
	return "Atza|IwEB" + s, s
}

func (g *gen) lwaSecret() (string, string) {
	s := g.hex(64)
	return "amzn1.oa2-cs.v1." + s, s
}

func (g *gen) meliToken() (string, string) {
	s := g.hex(32)
	return "APP_USR-" + g.digitsNZ(16) + "-" + g.when().Format("010215") + "-" + s + "-" + g.digitsNZ(9), s
}

func (g *gen) meliRefresh() (string, string) {
	s := g.hex(24)
	return "TG-" + s + "-" + g.digitsNZ(9), s
}

func (g *gen) ebayToken() (string, string) {
	s := g.from(alnum+"+/", g.rng(120, 180)) + "="
	return "v^1.1#i^1#p^3#r^1#I^3#f^0#t^H4sIAAAAAAAAAO" + s, s
}

func (g *gen) stripeKey() (string, string) {
	s := g.mixed(alnum, 24)
	return g.pick("sk_live_", "sk_live_", "rk_live_") + s, s
}

func (g *gen) wooKey(prefix string) (string, string) {
	s := g.hex(40)
	return prefix + s, s
}

func (g *gen) jwtFor(iss string) (string, string) {
	claims := `{"sub":"` + g.digitsNZ(8) + `","iss":"` + iss + `","exp":` + g.lk("epoch_s") + `,"scope":["` + g.pick("orders:read", "sale:offers:read", "allegro:api:orders:read", "marketplace") + `"]}`
	return g.jwt(g.pick("RS256", "ES256", "HS256"), claims)
}

// ---- misc ----

func (g *gen) product() string {
	return g.fk.ProductName()
}

func itoa(i int) string { return strconv.Itoa(i) }

// splitStreet splits "Kerkstraat 12-1" into the street's name and the house
// number with its extension (bol.com, Zalando, DHL Paket write them apart).
func splitStreet(s string) (string, string) {
	if i := strings.Index(s, " # "); i > 0 { // Colombia: "Calle 93 # 11-26"
		return s[:i], s[i+3:]
	}
	for i, r := range s {
		if unicode.IsDigit(r) && i > 0 {
			return strings.TrimRight(strings.TrimSpace(s[:i]), ","), strings.TrimSpace(s[i:])
		}
	}
	return s, ""
}

// optf builds t only when ok (a value built and left out would be an orphan).
func optf(ok bool, f func() Txt) Txt {
	if !ok {
		return nil
	}
	return f()
}

func opt(ok bool, t Txt) Txt {
	if !ok {
		return nil
	}
	return t
}

// headers writes an HTTP header dump, one "Name: value" a line.
func headers(sep string, kvs ...kv) Txt {
	var out Txt
	first := true
	for _, h := range kvs {
		if h.v == nil {
			continue
		}
		if !first {
			out = append(out, seg{s: sep})
		}
		first = false
		out = append(out, seg{s: h.k + ": "})
		out = append(out, h.v...)
	}
	return out
}

// logfmt writes key=value pairs, quoting values with spaces.
func logfmt(kvs ...kv) Txt {
	var out Txt
	first := true
	for _, m := range kvs {
		if m.v == nil {
			continue
		}
		if !first {
			out = append(out, seg{s: " "})
		}
		first = false
		s := m.v.Str()
		if strings.ContainsAny(s, " \"=") || s == "" {
			out = append(out, seg{s: m.k + `="`})
			out = append(out, m.v.enc(func(x string) string { return strings.ReplaceAll(x, `"`, `\"`) })...)
			out = append(out, seg{s: `"`})
		} else {
			out = append(out, seg{s: m.k + "="})
			out = append(out, m.v...)
		}
	}
	return out
}

// pyRepr writes a Python dict as repr() prints it.
func pyRepr(kvs ...kv) Txt {
	out := Txt{{s: "{"}}
	first := true
	for _, m := range kvs {
		if m.v == nil {
			continue
		}
		if !first {
			out = append(out, seg{s: ", "})
		}
		first = false
		out = append(out, seg{s: "'" + m.k + "': "})
		out = append(out, m.v...)
	}
	return append(out, seg{s: "}"})
}

// PS is a Python string literal in single quotes.
func PS(t Txt) Txt {
	return C(L("'"), t.enc(func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) }), L("'"))
}
