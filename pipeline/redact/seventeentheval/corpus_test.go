package seventeentheval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 17
	corpusLines = 26000
)

var kindNames = split("name|phone|email|address|credential|card|iban|cn_id")

func (g *gen) makeValue(kind string, p person, l *locale) (value, string) {
	switch kind {
	case "name":
		return g.nameValue(p), ""
	case "email":
		return g.emailValue(p), ""
	case "phone":
		return g.phoneValue(l), ""
	case "address":
		return g.addressValue(l), ""
	case "card":
		return g.cardValue(), ""
	case "iban":
		return g.ibanValue(l), ""
	case "cn_id":
		return g.cnIDValue(), ""
	}
	v, k := g.credValue()
	if k == "basic_auth" {
		k = "Authorization"
	}
	return v, k
}

var trapKeys = split("customer_account|contact|ship_to|email_template|phone_model|card_type|address_id|password_policy|iban_status|recipient_group|caller_queue|product_title")

var trapTexts = map[string]string{
	"customer_account": "company|company_person", "contact": "job_title|company", "ship_to": "place_person|locode", "email_template": "label_value",
	"phone_model": "model_no", "card_type": "label_value", "address_id": "label_value", "password_policy": "label_value", "iban_status": "label_value",
	"recipient_group": "label_value", "caller_queue": "label_value", "product_title": "product|place_person|brand",
}

var labelValues = split("rma_approved_v2|order_confirmation_de|password_reset_v3|VISA_DEBIT|ADR-0048213|min12-upper-digit|IBAN_VALIDATED|accounts-payable|returns-queue-2|MASTERCARD|address_book_v4|card_declined_insufficient_funds")

// buildLine builds one line of a context; pii says whether it holds PII.
func (g *gen) buildLine(c *ctxDef, pii bool) (line, bool) {
	src := g.pickS(c.sources)
	form := g.pickS(c.forms)
	if !pii && (form == "change") {
		form = "field"
	}
	l := g.locale()
	p := g.person(l)
	msg := g.pickS(c.msgs)
	var vals []value
	var items []item
	addVal := func(v value, key string) {
		items = append(items, item{key: key, text: v.text, v: len(vals), l: -1, kind: v.kind})
		vals = append(vals, v)
	}
	if pii {
		kinds := split(c.kinds)
		if form == "change" {
			k := g.pick(kinds)
			v1, key := g.makeValue(k, p, l)
			v2, _ := g.makeValue(k, g.person(l), l)
			if key == "" {
				key = c.key(g, k)
			}
			addVal(v1, key)
			addVal(v2, key)
			if g.chance(0.4) && k != "name" {
				addVal(g.nameValue(p), c.key(g, "name"))
			}
		} else {
			n := 2 + g.r.IntN(2)
			used := map[string]bool{}
			for i := 0; i < n*3 && len(vals) < n; i++ {
				k := g.pick(kinds)
				if used[k] {
					continue
				}
				used[k] = true
				v, key := g.makeValue(k, p, l)
				if key == "" {
					key = c.key(g, k)
				}
				addVal(v, key)
			}
		}
	}
	var looks []look
	nl := 2 + g.r.IntN(3)
	if !pii {
		nl++
	}
	for i := 0; i < nl; i++ {
		typ := g.pickS(c.looks)
		if g.chance(0.12) {
			typ = lookTypes[g.r.IntN(len(lookTypes))].typ
		}
		t := g.lookText(typ)
		items = append(items, item{key: g.pick(lookKeys(typ)), text: t, v: -1, l: len(looks)})
		looks = append(looks, look{typ: typ, text: t})
	}
	if !pii || g.chance(0.2) {
		k := g.pick(trapKeys)
		typ := g.pickS(trapTexts[k])
		var t string
		if typ == "label_value" {
			t = g.pick(labelValues)
		} else {
			t = g.lookText(typ)
		}
		items = append(items, item{key: k, text: t, v: -1, l: len(looks)})
		looks = append(looks, look{typ: "trap_" + typ, text: t})
	}
	seen := map[string]int{}
	for i := range items {
		k := items[i].key
		if n := seen[k]; n > 0 && (i > 1 || form != "change") {
			items[i].key = k + "_" + string(rune('1'+n))
		}
		seen[k]++
	}
	fixed := 0
	if form == "change" {
		fixed = 2
	}
	rest := items[fixed:]
	g.r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })

	saved := *g.pcg
	var text string
	var nd bool
	if form == "change" {
		text, nd = g.renderChange(c, src, l, items, msg)
	} else {
		text, nd = g.render(c, src, form, l, items, msg)
	}
	after := *g.pcg
	*g.pcg = saved
	g.mode = 1
	var ptext string
	if form == "change" {
		ptext, _ = g.renderChange(c, src, l, items, msg)
	} else {
		ptext, _ = g.render(c, src, form, l, items, msg)
	}
	g.mode = 0
	*g.pcg = after

	rv, pv := views(text), views(ptext)
	for i := range vals {
		if leaks(&vals[i], pv) || !leaks(&vals[i], rv) {
			return line{}, false
		}
	}
	var kept []look
	for _, lk := range looks {
		if !intact(lk.text, rv) {
			continue
		}
		lv := views(lk.text)
		bad := false
		for i := range vals {
			if leaks(&vals[i], lv) {
				bad = true
				break
			}
		}
		if !bad {
			kept = append(kept, lk)
		}
	}
	return line{text: text, ndjson: nd, ctx: c.name, src: src, form: form, loc: l.code, vals: vals, looks: kept}, true
}

type corpus struct {
	lines   []line
	retries int
}

var corpusCache sync.Map

func seed() uint64 {
	if s := os.Getenv("VIGIL_SEVENTEENTH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n
		}
	}
	return defaultSeed
}

func generate(seed uint64) *corpus {
	if c, ok := corpusCache.Load(seed); ok {
		return c.(*corpus)
	}
	g := newGen(seed)
	c := &corpus{}
	for i := 0; i < corpusLines; i++ {
		ctx := &contexts[i%len(contexts)]
		pii := (i/len(contexts))%2 == 0
		for try := 0; ; try++ {
			ln, ok := g.buildLine(ctx, pii)
			if ok {
				c.lines = append(c.lines, ln)
				break
			}
			c.retries++
			if try > 50 {
				break
			}
		}
	}
	corpusCache.Store(seed, c)
	return c
}

// redactor is what the judge runs: the package's Redactor or a test double.
type redactor interface {
	Event(ev *event.Event) redact.Counts
	String(s string) string
}

type noop struct{}

func (noop) Event(*event.Event) redact.Counts { return redact.Counts{} }
func (noop) String(s string) string           { return s }

type maskAll struct{}

func (maskAll) Event(ev *event.Event) redact.Counts {
	for i := range ev.Fields {
		ev.Fields[i].Value = event.StringValue("[REDACTED:all]")
	}
	return redact.Counts{}
}
func (maskAll) String(string) string { return "[REDACTED:all]" }

// output redacts a line the way the judge reads it.
func output(r redactor, dec *event.Decoder, ln *line) (string, bool) {
	if ln.ndjson {
		var ev event.Event
		if err := dec.Decode([]byte(ln.text), &ev); err == nil {
			r.Event(&ev)
			var b strings.Builder
			b.Write(ev.JSON())
			for _, f := range ev.Fields {
				b.WriteString("\n")
				b.WriteString(f.Value.Text())
			}
			return b.String(), true
		}
		return r.String(ln.text), false
	}
	return r.String(ln.text), true
}

type result struct {
	lines, values, leaked, looks, damaged, decodeErrs int
	// per line: leaked value flags and damaged look flags
	leak [][]bool
	dmg  [][]bool
	outs []string
}

func judge(r redactor, c *corpus, keepOut bool) *result {
	res := &result{lines: len(c.lines)}
	dec := event.NewDecoder(nil)
	res.leak = make([][]bool, len(c.lines))
	res.dmg = make([][]bool, len(c.lines))
	if keepOut {
		res.outs = make([]string, len(c.lines))
	}
	for i := range c.lines {
		ln := &c.lines[i]
		out, ok := output(r, dec, ln)
		if !ok {
			res.decodeErrs++
		}
		if keepOut {
			res.outs[i] = out
		}
		vs := views(out)
		res.leak[i] = make([]bool, len(ln.vals))
		for j := range ln.vals {
			res.values++
			if leaks(&ln.vals[j], vs) {
				res.leak[i][j] = true
				res.leaked++
			}
		}
		res.dmg[i] = make([]bool, len(ln.looks))
		for j, lk := range ln.looks {
			res.looks++
			if !intact(lk.text, vs) {
				res.dmg[i][j] = true
				res.damaged++
			}
		}
	}
	return res
}

// shape masks an example unless VIGIL_EVAL_SHOW=1: letters become a/A,
// digits 9, letters of caseless scripts x; markers are kept.
func shape(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`nrt"\\/`, s[i+1]) >= 0 {
			b.WriteString(s[i : i+2])
			i += 2
			continue
		}
		if strings.HasPrefix(s[i:], "[REDACTED:") || strings.HasPrefix(s[i:], "[HASH:") {
			if k := strings.IndexByte(s[i:], ']'); k > 0 {
				b.WriteString(s[i : i+k+1])
				i += k + 1
				continue
			}
		}
		r, n := rune(s[i]), 1
		if r >= 0x80 {
			r, n = decodeRune(s[i:])
		}
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('9')
		case unicode.IsUpper(r):
			b.WriteByte('A')
		case unicode.IsLower(r):
			b.WriteByte('a')
		case unicode.IsLetter(r):
			b.WriteByte('x')
		case unicode.IsMark(r):
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// around shapes the part of an output where a leaked value stands.
func around(out string, v *value) string {
	k := -1
	for _, probe := range []string{v.text, v.key, v.half} {
		if probe != "" {
			if k = strings.Index(out, probe); k >= 0 {
				break
			}
		}
	}
	if k < 0 {
		for _, w := range strings.Fields(v.text) {
			if k = strings.Index(out, w); k >= 0 {
				break
			}
		}
	}
	if k > 160 {
		k -= 160
		for k < len(out) && out[k]&0xC0 == 0x80 {
			k++
		}
		return "…" + trunc(shape(out[k:]), 360)
	}
	return trunc(shape(out), 360)
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 1
}

func trunc(s string, n int) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r", `\r`), "\n", `\n`)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

type tally struct{ n, bad int }

func pct(t tally) float64 {
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}

func sortedKeys(m map[string]*tally) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func add(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.n++
	if bad {
		t.bad++
	}
}

type report struct {
	byKind, byCtx, byLoc, byForm, dmgType, dmgCtx map[string]*tally
	text                                          string
}

func summarize(c *corpus, res *result) *report {
	rp := &report{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{}, dmgType: map[string]*tally{}, dmgCtx: map[string]*tally{}}
	type class struct {
		n       int
		example string
	}
	classes := map[string]*class{}
	var damagedEx []string
	dmgSeen := map[string]bool{}
	for i := range c.lines {
		ln := &c.lines[i]
		for j := range ln.vals {
			v := &ln.vals[j]
			bad := res.leak[i][j]
			add(rp.byKind, v.kind, bad)
			add(rp.byCtx, ln.ctx, bad)
			add(rp.byLoc, ln.loc, bad)
			add(rp.byForm, ln.form, bad)
			if bad {
				k := v.kind + " · " + ln.ctx + "/" + ln.src + " · " + ln.form
				cl := classes[k]
				if cl == nil {
					cl = &class{example: "value " + shape(v.text) + " in " + around(res.outs[i], v)}
					classes[k] = cl
				}
				cl.n++
			}
		}
		for j := range ln.looks {
			bad := res.dmg[i][j]
			add(rp.dmgType, ln.looks[j].typ, bad)
			add(rp.dmgCtx, ln.ctx, bad)
			if bad && !dmgSeen[ln.looks[j].typ] {
				dmgSeen[ln.looks[j].typ] = true
				damagedEx = append(damagedEx, fmt.Sprintf("%s · %s/%s · %s: %s in %s", ln.looks[j].typ, ln.ctx, ln.src, ln.form, shape(ln.looks[j].text), trunc(shape(res.outs[i]), 300)))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.2f %%)\n",
		res.values, res.leaked, 100*float64(res.values-res.leaked)/float64(max(res.values, 1)), res.looks, res.damaged, 100*float64(res.damaged)/float64(max(res.looks, 1)))
	fmt.Fprintf(&b, "lines %d (decode failures %d)\n", res.lines, res.decodeErrs)
	section := func(title string, m map[string]*tally, damage bool) {
		fmt.Fprintf(&b, "\n%s\n", title)
		for _, k := range sortedKeys(m) {
			t := m[k]
			if damage {
				fmt.Fprintf(&b, "  %-22s %6d damaged %5d (%.2f %%)\n", k, t.n, t.bad, 100*float64(t.bad)/float64(t.n))
			} else {
				fmt.Fprintf(&b, "  %-22s %6d leaked %5d recall %6.2f %%\n", k, t.n, t.bad, pct(*t))
			}
		}
	}
	section("recall per kind", rp.byKind, false)
	section("recall per context", rp.byCtx, false)
	section("recall per locale", rp.byLoc, false)
	section("recall per form", rp.byForm, false)
	section("damage per look-alike type", rp.dmgType, true)
	section("damage per context", rp.dmgCtx, true)
	var ks []string
	for k := range classes {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if classes[ks[i]].n != classes[ks[j]].n {
			return classes[ks[i]].n > classes[ks[j]].n
		}
		return ks[i] < ks[j]
	})
	fmt.Fprintf(&b, "\nlargest leak classes (kind · context/template · form)\n")
	for i, k := range ks {
		if i == 40 {
			break
		}
		fmt.Fprintf(&b, "  %4d  %s\n        e.g. %s\n", classes[k].n, k, classes[k].example)
	}
	fmt.Fprintf(&b, "\ndamaged examples (the first of each type)\n")
	for i, e := range damagedEx {
		if i == 25 {
			break
		}
		fmt.Fprintf(&b, "  %s\n", e)
	}
	rp.text = b.String()
	return rp
}
