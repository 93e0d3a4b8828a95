package thirtyfirsteval

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

const defaultSeed = 31

func sortStrings(s []string) { sort.Strings(s) }

// piiVal is one PII value of a case with every spelling the judge looks for.
type piiVal struct {
	kind, form string
	raw        string
	spell      []string
}

func (p *piiVal) add(s string) {
	if s == "" {
		return
	}
	for _, x := range p.spell {
		if x == s {
			return
		}
	}
	p.spell = append(p.spell, s)
}

type laVal struct {
	typ, spell string
}

type field struct {
	path, text, masked string
}

type kcase struct {
	id                    int
	ctx, tmpl, sit, loc   string
	dl                    bool // dead-letter: a raw line through RedactText
	fields                []field
	line, maskedLine      string
	pii                   []*piiVal
	las                   []laVal
	b64                   bool
	person                *person
	cache                 map[string]*piiVal
	laCache               map[string]string
	cacheSpell            map[string]string
	input, maskedInputExt string // judge's view of the input (masked, b64-extended)
}

// ---- encodings ----

func jsonEsc(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

func encode(enc, s string) string {
	switch enc {
	case "j":
		return jsonEsc(s)
	case "jj":
		return jsonEsc(jsonEsc(s))
	case "u":
		return url.QueryEscape(s)
	case "uu":
		return url.QueryEscape(url.QueryEscape(s))
	case "p":
		return url.PathEscape(s)
	case "x": // XML / HTML text
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
	case "q": // Swift/Kotlin debug string: quotes escaped
		return strings.ReplaceAll(s, `"`, `\"`)
	}
	return s
}

var nativeZeros = []rune{'٠', '۰', '०', '০', '０', '๐'}

func asciiDigitsOf(s string) (ascii, native string) {
	var a, n strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			a.WriteRune(c)
			n.WriteRune(c)
			continue
		}
		for _, z := range nativeZeros {
			if c >= z && c <= z+9 {
				a.WriteRune('0' + (c - z))
				n.WriteRune(c)
			}
		}
	}
	return a.String(), n.String()
}

// ---- rendering ----

type gen struct {
	r  *rand.Rand
	fk *gofakeit.Faker
}

// piiValue draws a value of a slot type for the case's person.
func (g *gen) piiValue(c *kcase, typ string) (kind, form, v string) {
	r, p := g.r, c.person
	switch typ {
	case "name":
		v, form = p.name(r)
		return "name", form, v
	case "given":
		v, form = p.oneWord(r)
		return "name", form, v
	case "family":
		if p.loc.givenR != nil && r.IntN(2) == 0 {
			return "name", "family-only-translit", p.famR
		}
		return "name", "family-only", p.family
	case "addr":
		v, form = p.address(r)
		return "address", form, v
	case "phone":
		v, form = p.phone(r)
		return "phone", form, v
	case "email":
		v, form = p.email(r)
		return "email", form, v
	case "card":
		v, form = card(r)
		return "card", form, v
	case "iban":
		v, form = iban(r)
		return "iban", form, v
	case "cnid":
		v, form = cnID(r)
		return "cn_id", form, v
	case "pwd":
		return "credential", "password", password(r)
	case "dsnpw":
		return "credential", "dsn-password", password(r)
	case "otp":
		if r.IntN(3) == 0 {
			return "credential", "otp", itoa(1000 + r.IntN(9000))
		}
		return "credential", "otp", fmt.Sprintf("%06d", r.IntN(1000000))
	case "apikey":
		v, form = apiKey(r)
		return "credential", "key:" + form, v
	case "bearer":
		return "credential", "bearer", rnd(r, b62, 8) + "." + rnd(r, b62+"-_", 32)
	case "jwt":
		return "credential", "jwt", jwt(r)
	case "basic":
		return "credential", "basic", basicToken(r)
	case "cred":
		switch r.IntN(3) {
		case 0:
			return "credential", "jwt", jwt(r)
		case 1:
			return "credential", "pwd", password(r)
		}
		v, form = apiKey(r)
		return "credential", "key:" + form, v
	}
	panic("unknown slot " + typ)
}

var piiSlots = map[string]bool{"name": true, "given": true, "family": true, "addr": true, "phone": true, "email": true, "card": true,
	"iban": true, "cnid": true, "pwd": true, "dsnpw": true, "otp": true, "apikey": true, "bearer": true, "jwt": true, "basic": true, "cred": true}

// render fills a template text; it returns the text and its masked twin
// (every PII value replaced by NUL).
func (g *gen) render(c *kcase, text, defEnc string) (string, string) {
	var real, masked strings.Builder
	for {
		i := strings.Index(text, "«")
		if i < 0 {
			break
		}
		j := strings.Index(text[i:], "»")
		if j < 0 {
			panic("unclosed slot in " + c.tmpl)
		}
		real.WriteString(text[:i])
		masked.WriteString(text[:i])
		slot := text[i+len("«") : i+j]
		text = text[i+j+len("»"):]
		enc := defEnc
		if k := strings.Index(slot, "|"); k >= 0 {
			enc, slot = slot[k+1:], slot[:k]
		}
		if strings.HasPrefix(slot, "=") { // «=type:literal look-alike»
			k := strings.Index(slot, ":")
			sp := encode(enc, slot[k+1:])
			c.las = append(c.las, laVal{slot[1:k], sp})
			real.WriteString(sp)
			masked.WriteString(sp)
			continue
		}
		key := slot
		typ := slot
		if k := strings.Index(slot, "#"); k >= 0 {
			typ = slot[:k]
		} else {
			key = ""
		}
		if piiSlots[typ] {
			var pv *piiVal
			if key != "" && c.cache[key] != nil {
				pv = c.cache[key]
			} else {
				kind, form, v := g.piiValue(c, typ)
				pv = &piiVal{kind: kind, form: form, raw: v}
				pv.add(v)
				if form == "mixed-script" { // either script left is a leak
					k := strings.Index(v, " (")
					pv.add(v[:k])
					pv.add(strings.TrimSuffix(v[k+2:], ")"))
				}
				c.pii = append(c.pii, pv)
				if key != "" {
					c.cache[key] = pv
				}
			}
			sp := encode(enc, pv.raw)
			pv.add(sp)
			for _, part := range pv.spell[:min(3, len(pv.spell))] {
				pv.add(encode(enc, part))
			}
			real.WriteString(sp)
			masked.WriteString("\x00")
			continue
		}
		gf, ok := laGens[typ]
		if !ok {
			panic("unknown slot " + slot + " in " + c.tmpl)
		}
		var v string
		if key != "" && c.laCache[key] != "" {
			v = c.laCache[key]
		} else {
			v = gf(g.r)
			if key != "" {
				c.laCache[key] = v
			}
		}
		sp := encode(enc, v)
		c.las = append(c.las, laVal{typ, sp})
		real.WriteString(sp)
		masked.WriteString(sp)
	}
	real.WriteString(text)
	masked.WriteString(text)
	rs, ms := real.String(), masked.String()
	if strings.Contains(rs, "⟪") {
		c.b64 = true
		rs, ms = b64Region(rs), b64Region(ms)
	}
	return rs, ms
}

func b64Region(s string) string {
	for {
		i := strings.Index(s, "⟪")
		if i < 0 {
			return s
		}
		j := strings.Index(s, "⟫")
		s = s[:i] + base64.StdEncoding.EncodeToString([]byte(s[i+len("⟪"):j])) + s[j+len("⟫"):]
	}
}

// decodeB64Runs appends the decoded text of every base64 run of 16 bytes or
// more, so PII hidden in a base64 payload is judged as well.
func decodeB64Runs(s string) string {
	var out strings.Builder
	isB := func(c byte) bool {
		return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
	}
	for i := 0; i < len(s); {
		if !isB(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isB(s[j]) {
			j++
		}
		// a '=' inside the run ends a key ("payload=eyJ…"): split there
		k := i
		for k < j {
			e := k
			for e < j && s[e] != '=' {
				e++
			}
			for e < j && s[e] == '=' {
				e++
			}
			if run := strings.TrimLeft(s[k:e], "="); len(run) >= 16 {
				d, err := base64.StdEncoding.DecodeString(run)
				if err != nil {
					d, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(run, "="))
				}
				if err == nil && utf8.Valid(d) {
					out.WriteString("\n")
					out.Write(d)
				}
			}
			k = e
		}
		i = j
	}
	return out.String()
}

// ---- the corpus ----

var englishLocales = []string{"en_US", "en_GB", "en_AU", "en_IN"}

func seed() uint64 {
	if s := os.Getenv("VIGIL_THIRTYFIRST_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n
		}
	}
	return defaultSeed
}

const casesPerContext = 640

func buildCorpus(sd uint64) []*kcase {
	r := rand.New(rand.NewPCG(sd, sd^0x5eed31))
	g := &gen{r: r, fk: gofakeit.New(sd)}
	var cases []*kcase
	id := 0
	for _, ctx := range contexts {
		ts := templatesOf(ctx.name)
		var en []*template
		for _, t := range ts {
			if t.lang == "en" {
				en = append(en, t)
			}
		}
		other := 0
		for i := 0; i < casesPerContext; i++ {
			var t *template
			var loc *locale
			if i%3 == 0 && len(en) > 0 {
				t = en[(i/3)%len(en)]
				loc = localeByCode[englishLocales[r.IntN(len(englishLocales))]]
			} else {
				t = ts[other%len(ts)]
				other++
				loc = locales[r.IntN(len(locales))]
			}
			c := &kcase{id: id, ctx: ctx.name, tmpl: t.name, sit: t.sit, loc: loc.code,
				cache: map[string]*piiVal{}, laCache: map[string]string{}}
			id++
			c.person = newPerson(r, g.fk, loc)
			c.dl = r.IntN(10) == 0
			g.fill(c, ctx, t)
			cases = append(cases, c)
		}
	}
	return cases
}

func (g *gen) fill(c *kcase, ctx *context, t *template) {
	r := g.r
	ts := laGens["timestamp"](r)
	trace := laGens["trace_id"](r)
	c.las = append(c.las, laVal{"trace_id", trace})
	c.fields = append(c.fields, field{"service.name", "shop-mobile-gateway", "shop-mobile-gateway"},
		field{"event.dataset", "mobile." + ctx.name, "mobile." + ctx.name},
		field{"trace.id", trace, trace})
	ua, uam := g.render(c, "ShopApp/«app_build» («device_model»; «os_build»; «carrier»)", "raw")
	c.fields = append(c.fields, field{"user_agent.original", ua, uam})
	if ctx.name == "field" {
		for _, ln := range strings.Split(t.text, "\n") {
			k := strings.Index(ln, "=")
			rs, ms := g.render(c, ln[k+1:], ctx.enc)
			c.fields = append(c.fields, field{ln[:k], rs, ms})
		}
	} else {
		rs, ms := g.render(c, t.text, ctx.enc)
		c.fields = append(c.fields, field{t.path, rs, ms})
	}
	if !c.dl {
		return
	}
	// dead letter: half a truncated JSON line, half the raw text itself
	if ctx.name != "field" && r.IntN(2) == 0 {
		last := c.fields[len(c.fields)-1]
		c.line, c.maskedLine = last.text, last.masked
		return
	}
	var a, m strings.Builder
	a.WriteString(`{"@timestamp":"` + ts + `"`)
	m.WriteString(`{"@timestamp":"` + ts + `"`)
	for _, f := range c.fields {
		a.WriteString(`,"` + f.path + `":"` + jsonEsc(f.text) + `"`)
		m.WriteString(`,"` + f.path + `":"` + jsonEsc(f.masked) + `"`)
	}
	// truncated: the closing brace (and sometimes the last quote) is lost
	cut := 0
	if r.IntN(2) == 0 {
		cut = 1
	}
	c.line = a.String()[:a.Len()-cut]
	c.maskedLine = m.String()[:m.Len()-cut]
	for _, p := range c.pii {
		for _, s := range append([]string(nil), p.spell...) {
			p.add(jsonEsc(s))
		}
	}
	for i := range c.las {
		c.las[i].spell = jsonEsc(c.las[i].spell)
	}
}

// finish adds the digit spellings and the judge's view of the input.
func finish(cases []*kcase) {
	for _, c := range cases {
		for _, p := range c.pii {
			switch p.kind {
			case "phone", "card", "iban", "cn_id":
				a, n := asciiDigitsOf(p.raw)
				if len(a) >= 7 {
					p.add(a)
					p.add(n)
				}
			}
		}
		c.input = c.inputText()
		c.maskedInputExt = c.maskedText()
		if c.b64 {
			c.maskedInputExt += decodeB64Runs(c.maskedInputExt)
		}
		// a look-alike left out of a dead letter's raw line, or seen only
		// inside a base64 payload, is not judged: its text is not in the input
		las := c.las[:0]
		for _, l := range c.las {
			if strings.Contains(c.maskedText(), l.spell) {
				las = append(las, l)
			}
		}
		c.las = las
	}
}

func (c *kcase) inputText() string {
	if c.dl {
		return c.line
	}
	var b strings.Builder
	for _, f := range c.fields {
		b.WriteString(f.path + "=" + f.text + "\n")
	}
	return b.String()
}

func (c *kcase) maskedText() string {
	if c.dl {
		return c.maskedLine
	}
	var b strings.Builder
	for _, f := range c.fields {
		b.WriteString(f.path + "=" + f.masked + "\n")
	}
	return b.String()
}

func fingerprint(cases []*kcase) string {
	h := sha256.New()
	for _, c := range cases {
		fmt.Fprintf(h, "%d|%s|%s|%s|%v\n%s\n", c.id, c.ctx, c.tmpl, c.loc, c.dl, c.input)
		for _, p := range c.pii {
			fmt.Fprintf(h, "P%s|%s|%s\n", p.kind, p.form, strings.Join(p.spell, "\x1f"))
		}
		for _, l := range c.las {
			fmt.Fprintf(h, "L%s|%s\n", l.typ, l.spell)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

var _ = time.Now
