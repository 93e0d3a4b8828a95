package thirtietheval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// ---------- encodings ----------

func jsonEsc(s string, ascii bool) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		case ascii && c > 0x7e:
			if c > 0xffff {
				c -= 0x10000
				fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(c>>10), 0xdc00+(c&0x3ff))
			} else {
				fmt.Fprintf(&b, `\u%04x`, c)
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func encode(enc, s string) string {
	switch enc {
	case "json":
		return jsonEsc(s, false)
	case "jsonu":
		return jsonEsc(s, true)
	case "quote":
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
	case "qp":
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 0x80 || c == '=' {
				fmt.Fprintf(&b, "=%02X", c)
			} else {
				b.WriteByte(c)
			}
		}
		return b.String()
	case "html":
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(s)
	case "csv":
		return strings.ReplaceAll(s, `"`, `""`)
	case "url":
		return url.QueryEscape(s)
	}
	return s
}

// ---------- corpus ----------

type piiVal struct {
	kind, form, loc, ctx, tmpl string
	parts                      []string // raw text of each part (a card split over two messages has two)
	spell                      [][]string
	leaked                     bool
}

type lookVal struct {
	typ, ctx, out string
	damaged       bool
}

type seg struct {
	out  string // the text as it stands in the input
	pii  *piiVal
	look *lookVal
}

type ccase struct {
	ctx     *context
	tmplID  string
	loc     *locale
	enc     string
	dead    string // "", "json" (malformed JSON line) or "text"
	fields  []event.Field
	line    string
	input   string // what the judge compares with: fields as path=value lines, or the line
	pii     []*piiVal
	looks   []*lookVal
	lastOut string
}

var kindPlan = []string{"name", "address", "phone", "email", "name", "card", "iban", "cn_id", "credential"}

const defaultSeed = 30

var slotRE = regexp.MustCompile(`\{[A-Z]+\}`)

type builder struct {
	g    *gen
	c    *ccase
	segs []seg
	lang string
}

func (b *builder) lit(s string) {
	if s != "" {
		b.segs = append(b.segs, seg{out: s})
	}
}

func (b *builder) addLook(slot, lang string) {
	types := slotTypes[slot]
	t := types[b.g.r.IntN(len(types))]
	lv := &lookVal{typ: t, ctx: b.c.ctx.name, out: b.g.look(t, lang)}
	b.c.looks = append(b.c.looks, lv)
	b.segs = append(b.segs, seg{out: lv.out, look: lv})
}

func (b *builder) addPII(pv *piiVal, parts []string) {
	pv.parts = parts
	b.c.pii = append(b.c.pii, pv)
}

// phrase writes kind's value inside a phrase of the template's language.
func (b *builder) phrase(kind string, p person, lower bool) {
	g, c := b.g, b.c
	pv := &piiVal{kind: kind, loc: c.loc.code, ctx: c.ctx.name, tmpl: c.tmplID}
	lang := b.lang
	if c.ctx.name == "ocr_form" {
		lang = "ocr"
	}
	ph, ok := phrases[lang]
	if !ok {
		ph = phrases["en"]
	}
	key := kind
	var pre, post string
	var parts []string
	sep := ""
	switch kind {
	case "name":
		form := nameForms[g.r.IntN(len(nameForms))]
		var v string
		pre, v, post = g.name(p, form)
		if form == "greeting" || form == "possessive" {
			key = form
		}
		pv.form = "name:" + form
		parts = []string{v}
	case "address":
		form := addrForms[g.r.IntN(len(addrForms))]
		pv.form = "address:" + form
		parts = []string{g.address(c.loc, form)}
	case "phone":
		form := phoneForms[g.r.IntN(len(phoneForms))]
		v, f := g.phone(c.loc, form, b.lang)
		pv.form = "phone:" + f
		parts = []string{v}
	case "email":
		form := emailForms[g.r.IntN(len(emailForms))]
		pv.form = "email:" + form
		parts = []string{g.email(p, form)}
	case "card":
		ps, f := g.card(cardForms[g.r.IntN(len(cardForms))])
		pv.form, parts = f, ps
		if len(ps) == 2 {
			if c.ctx.name == "chat" {
				sep = "\n[buyer] "
			} else {
				sep = g.pick([]string{" ... rest: ", " / second half ", " + "})
			}
		}
	case "iban":
		v, f := g.iban(ibanForms[g.r.IntN(len(ibanForms))])
		pv.form, parts = f, []string{v}
	case "cn_id":
		v, f := g.cnID()
		pv.form, parts = f, []string{v}
	case "credential":
		form := credForms[g.r.IntN(len(credForms))]
		var v string
		pre, v, post, pv.form = g.cred(form)
		parts = []string{v}
		switch form {
		case "password", "otp", "apikey":
			key = form
		default:
			key = ""
		}
	}
	tpl := "{v}"
	if key != "" {
		list := ph[key]
		if len(list) == 0 {
			list = phrases["en"][key]
		}
		tpl = g.pick(list)
	}
	if lower {
		tpl = strings.ToLower(tpl)
	}
	i := strings.Index(tpl, "{v}")
	b.lit(tpl[:i] + pre)
	for k, part := range parts {
		if k > 0 {
			b.lit(sep)
		}
		b.segs = append(b.segs, seg{out: part, pii: pv})
	}
	b.lit(post + tpl[i+3:])
	b.addPII(pv, parts)
}

func (b *builder) nameSlot(p person) {
	g := b.g
	pv := &piiVal{kind: "name", loc: b.c.loc.code, ctx: b.c.ctx.name, tmpl: b.c.tmplID}
	form := g.pick([]string{"given_only", "full", "initial", "nick", "translit", "lower"})
	_, v, _ := g.name(p, form)
	pv.form = "name:sig_" + form
	b.segs = append(b.segs, seg{out: v, pii: pv})
	b.addPII(pv, []string{v})
}

// fillTemplate expands text's slots into b.segs.
func (b *builder) fillTemplate(text, kind string, p, p2 person, body func()) {
	idx := slotRE.FindAllStringIndex(text, -1)
	last := 0
	for _, ix := range idx {
		b.lit(text[last:ix[0]])
		slot := text[ix[0]+1 : ix[1]-1]
		switch slot {
		case "BODY":
			body()
		case "P":
			b.phrase(kind, p, b.c.ctx.name == "transcript")
		case "N":
			b.nameSlot(p2)
		default:
			b.addLook(slot, b.lang)
		}
		last = ix[1]
	}
	b.lit(text[last:])
}

var services = sp("storefront|helpdesk-bridge|notes-sync|mailer|chat-relay|moderation|returns-portal|ops-bot")

func buildCase(g *gen, i int) *ccase {
	ctx := contexts[i%len(contexts)]
	kind := kindPlan[(i/len(contexts))%len(kindPlan)]
	loc := locales[(i/3+g.r.IntN(2))%len(locales)]
	// template: the people's language half the time when the context has one
	var same []int
	for k, t := range ctx.tmpls {
		if strings.Split(t, "|")[1] == loc.lang {
			same = append(same, k)
		}
	}
	ti := g.r.IntN(len(ctx.tmpls))
	if len(same) > 0 && g.chance(0.5) {
		ti = same[g.r.IntN(len(same))]
	}
	tp := strings.SplitN(ctx.tmpls[ti], "|", 3)
	c := &ccase{ctx: ctx, loc: loc, tmplID: fmt.Sprintf("%s/%s/%s/%d", ctx.name, tp[0], tp[1], ti), enc: ctx.enc}
	if c.enc == "json" && g.chance(0.3) {
		c.enc = "jsonu"
	}
	if g.chance(0.1) {
		c.dead = g.pick([]string{"json", "text"})
	}
	p, p2 := g.person(loc), g.person(locales[g.r.IntN(len(locales))])
	if g.chance(0.5) {
		p2 = g.person(loc)
	}
	b := &builder{g: g, c: c, lang: tp[1]}
	var body []seg
	b.fillTemplate(ctx.wrapper, kind, p, p2, func() {
		outer := b.segs
		b.segs = nil
		b.fillTemplate(tp[2], kind, p, p2, func() {})
		body = b.segs
		for k := range body {
			body[k].out = encode(c.enc, body[k].out)
		}
		b.segs = append(outer, body...)
	})
	var text strings.Builder
	for _, s := range b.segs {
		text.WriteString(s.out)
	}
	// spellings of each PII part in this case
	inBody := map[*piiVal]bool{}
	for _, s := range body {
		if s.pii != nil {
			inBody[s.pii] = true
		}
	}
	for _, pv := range c.pii {
		pv.spell = make([][]string, len(pv.parts))
		for k, raw := range pv.parts {
			sp := []string{raw}
			e := raw
			if inBody[pv] {
				e = encode(c.enc, raw)
				sp = append(sp, e)
			}
			if c.dead == "json" {
				sp = append(sp, jsonEsc(e, false))
			}
			switch pv.kind {
			case "phone", "card", "iban", "cn_id":
				if nd := nativeDigitsOnly(raw); utf8.RuneCountInString(nd) >= 7 {
					sp = append(sp, nd, asciiDigits(raw))
				}
			}
			pv.spell[k] = dedupe(sp)
		}
	}
	for _, lv := range c.looks {
		if c.dead == "json" {
			lv.out = jsonEsc(lv.out, false)
		}
	}
	trace := g.look("trace_id", "en")
	req := g.look("request_id", "en")
	svc := g.pick(services)
	main := text.String()
	c.looks = append(c.looks, &lookVal{typ: "trace_id", ctx: ctx.name, out: trace}, &lookVal{typ: "request_id", ctx: ctx.name, out: req})
	switch c.dead {
	case "json":
		c.line = fmt.Sprintf(`{"@timestamp":"2026-03-%02dT%02d:%02d:%02dZ","service.name":"%s","trace.id":"%s","http.request.id":"%s","%s":"%s","event.dataset":"%s"`,
			1+i%28, i%24, i%60, (i/7)%60, svc, trace, req, ctx.path, jsonEsc(main, false), ctx.name)
		c.input = c.line
	case "text":
		c.line = fmt.Sprintf("<134>1 2026-03-%02dT%02d:%02d:%02dZ web-%d %s - - trace=%s req=%s %s=%s", 1+i%28, i%24, i%60, (i/7)%60, i%9, svc, trace, req, ctx.path, main)
		c.input = c.line
	default:
		c.fields = []event.Field{
			{Path: "service.name", Value: event.StringValue(svc)},
			{Path: "trace.id", Value: event.StringValue(trace)},
			{Path: "http.request.id", Value: event.StringValue(req)},
			{Path: ctx.path, Value: event.StringValue(main)},
			{Path: "event.dataset", Value: event.StringValue(ctx.name)},
		}
		c.input = fieldsText(c.fields)
	}
	return c
}

func fieldsText(fs []event.Field) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Path)
		b.WriteByte('=')
		b.WriteString(f.Value.Text())
		b.WriteByte('\n')
	}
	return b.String()
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		dup := x == ""
		for _, y := range out {
			if y == x {
				dup = true
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// clean reports whether every value of the case can be judged by where its
// text is: no PII spelling and no look-alike occurs elsewhere in the input.
func (c *ccase) clean() bool {
	for _, pv := range c.pii {
		for k := range pv.parts {
			for _, s := range pv.spell[k] {
				if len(s) < 2 {
					return false
				}
				// occurrences allowed: those inside this part's own spellings as written
				allowed := 0
				for _, s2 := range pv.spell[k] {
					if strings.Contains(c.input, s2) && strings.Contains(s2, s) {
						allowed = 1
					}
				}
				if strings.Count(c.input, s) > allowed {
					return false
				}
				if strings.Contains("[REDACTED:] [HASH:]", s) {
					return false
				}
			}
		}
	}
	n := map[string]int{}
	for _, lv := range c.looks {
		n[lv.out]++
	}
	for out, k := range n {
		if strings.Count(c.input, out) != k {
			return false
		}
		for _, pv := range c.pii {
			for _, sps := range pv.spell {
				for _, s := range sps {
					if strings.Contains(out, s) {
						return false
					}
				}
			}
		}
	}
	return true
}

type corpus struct {
	seed    uint64
	cases   []*ccase
	dropped int
	fp      string
}

const nCases = 19500

func seed() uint64 {
	if s := os.Getenv("VIGIL_THIRTIETH_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err == nil {
			return v
		}
	}
	return defaultSeed
}

func buildCorpus(sd uint64) *corpus {
	g := newGen(sd)
	cp := &corpus{seed: sd}
	h := sha256.New()
	for i := 0; i < nCases; i++ {
		var c *ccase
		for try := 0; try < 40; try++ {
			c = buildCase(g, i)
			if c.clean() {
				break
			}
			c = nil
		}
		if c == nil {
			cp.dropped++
			continue
		}
		cp.cases = append(cp.cases, c)
		fmt.Fprintf(h, "%s|%s|%s|%s\x00%s\x00", c.ctx.name, c.tmplID, c.loc.code, c.dead, c.input)
		for _, pv := range c.pii {
			fmt.Fprintf(h, "P%s|%s|%q\x00", pv.kind, pv.form, pv.parts)
		}
		for _, lv := range c.looks {
			fmt.Fprintf(h, "L%s|%s\x00", lv.typ, lv.out)
		}
	}
	cp.fp = hex.EncodeToString(h.Sum(nil))
	return cp
}

// ---------- the judge ----------

// redactor is what the judge runs: events in place, dead letters as lines.
type redactor interface {
	Event(ev *event.Event)
	Line(s string) string
}

var markerRE = regexp.MustCompile(`\[(?:REDACTED|HASH):[^\]]*\]`)

// judge runs r over the corpus and marks each value leaked or damaged.
func (cp *corpus) judge(r redactor) {
	base := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	for i, c := range cp.cases {
		var out string
		if c.dead != "" {
			out = r.Line(c.line)
		} else {
			ev := &event.Event{Time: base.Add(time.Duration(i) * time.Second)}
			for _, f := range c.fields {
				ev.Set(f.Path, f.Value)
			}
			r.Event(ev)
			out = fieldsText(ev.Fields)
		}
		c.judgeOut(out)
	}
}

func (c *ccase) judgeOut(out string) {
	out = markerRE.ReplaceAllString(out, "\x00")
	for _, pv := range c.pii {
		pv.leaked = false
		for _, sps := range pv.spell {
			for _, s := range sps {
				if strings.Contains(out, s) {
					pv.leaked = true
				}
			}
		}
	}
	n := map[string]int{}
	for _, lv := range c.looks {
		lv.damaged = false
		n[lv.out]++
	}
	for o, k := range n {
		missing := k - strings.Count(out, o)
		for _, lv := range c.looks {
			if missing <= 0 {
				break
			}
			if lv.out == o {
				lv.damaged = true
				missing--
			}
		}
	}
	c.lastOut = out
}
