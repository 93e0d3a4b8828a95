package twentyseventheval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/vigilops/vigil/event"
)

// kase is one event or dead-letter line with everything placed in it.
type kase struct {
	ctx, tmpl, mode, loc string
	fields               []*fieldB // event mode: the event's fields; dead letter: one field "" holding the line
	vals                 []*pii
	looks                []*look
}

const numCases = 9500

func seed() uint64 {
	if s := os.Getenv("VIGIL_TWENTYSEVENTH_SEED"); s != "" {
		if v, err := strconv.ParseUint(s, 10, 64); err == nil {
			return v
		}
	}
	return 27
}

type corpus struct {
	seed  uint64
	cases []*kase
}

func genCorpus(sd uint64) *corpus {
	r := rand.New(rand.NewPCG(sd, 0x27e7a1))
	f := gofakeit.New(sd + 1)
	c := &corpus{seed: sd}
	lookN := 0
	for i := range numCases {
		for try := 0; ; try++ {
			k := genCase(r, f, i, &lookN)
			if k.valid() || try > 40 {
				c.cases = append(c.cases, k)
				break
			}
		}
	}
	return c
}

func newValue(r *rand.Rand, f *gofakeit.Faker, kind string, p person) *pii {
	var v *pii
	switch kind {
	case kName:
		v = genName(r, p)
	case kAddr:
		v = genAddress(r, f, p.loc)
	case kPhone:
		v = genPhone(r, p.loc)
	case kEmail:
		v = genEmail(r, p)
	case kCard:
		v = genCard(r)
	case kIBAN:
		v = genIBAN(r, p.loc)
	case kCNID:
		v = genCNID(r)
	default:
		v = genCred(r, f)
	}
	v.loc = p.loc.code
	if v.key == "" {
		v.key = pick(r, keysOf[kind])
	}
	return v
}

func genCase(r *rand.Rand, f *gofakeit.Faker, i int, lookN *int) *kase {
	nc := len(contexts)
	ctx := contexts[i%nc]
	primary := kinds[(i/nc)%len(kinds)]
	loc := locales[(i*7+i/nc)%len(locales)]
	p := newPerson(r, f, loc)
	k := &kase{ctx: ctx, loc: loc.code, mode: "event"}
	if i%10 == 9 {
		k.mode = "dead"
	}
	k.vals = append(k.vals, newValue(r, f, primary, p))
	for _, j := range r.Perm(len(kinds))[:1+r.IntN(2)] {
		if kinds[j] != primary {
			k.vals = append(k.vals, newValue(r, f, kinds[j], p))
		}
	}
	nl := 2 + r.IntN(4)
	for range nl {
		k.looks = append(k.looks, genLook(r, f, lookTypes[*lookN%len(lookTypes)]))
		*lookN++
	}
	var items []item
	for _, v := range k.vals {
		items = append(items, item{p: v, key: v.key})
	}
	for _, l := range k.looks {
		items = append(items, item{l: l, key: l.key})
	}
	r.Shuffle(len(items), func(a, b int) { items[a], items[b] = items[b], items[a] })
	c := &cs{r: r, items: items, alt: r.IntN(100)}
	b := &bld{}
	if ctx == "field" {
		t := fieldTemplates[r.IntN(len(fieldTemplates))]
		k.tmpl = t.name
		buildField(b, c, t.name)
	} else {
		ts := templates[ctx]
		t := ts[r.IntN(len(ts))]
		k.tmpl = t.name
		b.field("@timestamp")
		b.lit(isoTS(r))
		b.field("service.name")
		b.lit(pick(r, []string{"orders", "refunds", "customs-gw", "marketplace-sync", "checkout"}))
		b.field("log.level")
		b.lit(pick(r, []string{"info", "warn", "error", "debug"}))
		b.field("message")
		t.fn(b, c)
		// two more look-alikes in fields of their own
		tr := genLook(r, f, "trace_id")
		b.field("trace.id")
		b.lk(tr, encRaw)
		hl := genLook(r, f, "hostname")
		b.field("host.name")
		b.lk(hl, encRaw)
		k.looks = append(k.looks, tr, hl)
	}
	k.fields = b.fields
	if k.mode == "dead" {
		k.toDeadLetter(r)
	}
	return k
}

func buildField(b *bld, c *cs, name string) {
	used := map[string]bool{}
	path := func(p string) string {
		for used[p] {
			p += "_2"
		}
		used[p] = true
		return p
	}
	b.field("@timestamp")
	b.lit(isoTS(c.r))
	b.field("event.dataset")
	b.lit("marketplace.sync")
	var rest []item
	for _, it := range c.items {
		switch {
		case it.p != nil && (name == "field:ecs" || c.r.IntN(2) == 0):
			b.field(path(pick(c.r, fieldPaths[it.p.kind])))
			b.item(it, encRaw)
		case it.l != nil && c.r.IntN(2) == 0:
			b.field(path("order." + it.key))
			if t := it.l.typ; (t == "epoch_ms" || t == "epoch_ms_luhn" || t == "shopify_id" || t == "http_status") && c.r.IntN(2) == 0 {
				b.cur.num = true
			}
			b.lk(it.l, encRaw)
		default:
			rest = append(rest, it)
		}
	}
	switch name {
	case "field:ecs":
		b.field("message")
		b.lit("order synced")
		for i, it := range rest {
			b.lit(" ")
			b.sentence(it, c.alt+i, encRaw)
		}
		// the class: a value masked in its field echoed in the message
		for _, it := range c.items {
			if it.p != nil && c.r.IntN(3) == 0 {
				b.lit("; ")
				b.sentence(it, c.alt+5, encRaw)
			}
		}
	case "field:body_json":
		b.field("message")
		b.lit("POST /api/v3/orders")
		b.field("http.request.body.content")
		b.lit("{")
		b.dump(rest, snake, `"`, `":"`, "", `",`, encJSON)
		b.lit(`"}`)
	default:
		b.field("message")
		b.lit("webhook received")
		b.field("event.original")
		b.lit(`{"topic":"orders/updated","body":"{`)
		b.dump(rest, camel, `\"`, `\":\"`, "", `\",`, encJSON2)
		b.lit(`\"}"}`)
	}
}

// toDeadLetter turns the event into a dead-letter line: the raw message, the
// event as a JSON line, or that JSON line cut short (not JSON any more).
func (k *kase) toDeadLetter(r *rand.Rand) {
	var msg *fieldB
	for _, fb := range k.fields {
		if fb.path == "message" {
			msg = fb
		}
	}
	kind := r.IntN(3)
	if k.ctx == "field" && kind == 0 {
		kind = 1
	}
	line := &fieldB{path: ""}
	switch kind {
	case 0:
		k.mode = "dead:raw"
		line.full.WriteString(msg.full.String())
		line.masked.WriteString(msg.masked.String())
		line.spells, line.looks = msg.spells, msg.looks
		// looks of other fields are not in the line
		var keep []*look
		in := map[*look]bool{}
		for _, la := range msg.looks {
			in[la.l] = true
		}
		for _, l := range k.looks {
			if in[l] {
				keep = append(keep, l)
			}
		}
		k.looks = keep
	default:
		k.mode = "dead:json"
		w := func(s string) {
			line.full.WriteString(s)
			line.masked.WriteString(s)
		}
		w("{")
		for i, fb := range k.fields {
			if i > 0 {
				w(",")
			}
			w(`"` + fb.path + `":`)
			if fb.num {
				w(fb.full.String())
			} else {
				line.full.WriteString(`"` + encJSON(fb.full.String()) + `"`)
				line.masked.WriteString(`"` + encJSON(fb.masked.String()) + `"`)
			}
			for _, sp := range fb.spells {
				line.spells = append(line.spells, spellAt{sp.p, encJSON(sp.s)})
			}
			for _, la := range fb.looks {
				s := la.s
				if !fb.num {
					s = encJSON(s)
				}
				line.looks = append(line.looks, lookAt{la.l, s})
			}
		}
		if kind == 2 {
			k.mode = "dead:broken"
			w(`,"log.offset":`)
		} else {
			w("}")
		}
	}
	k.fields = []*fieldB{line}
}

// finish records each value's and look-alike's spellings from where they were written.
func (k *kase) finish() {
	for _, v := range k.vals {
		v.spell = nil
	}
	for _, fb := range k.fields {
		for _, sp := range fb.spells {
			sp.p.spell = append(sp.p.spell, sp.s)
		}
		for _, la := range fb.looks {
			la.l.enc = la.s
		}
	}
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// spellings: the raw value, its encoded spellings, digits only (≥ 7 digits) and
// an IBAN without its spaces.
func (v *pii) spellings() []string {
	out := []string{v.text}
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, s := range v.spell {
		add(s)
	}
	switch v.kind {
	case kPhone, kCard, kIBAN, kCNID:
		if d := onlyDigits(v.text); len(d) >= 7 {
			add(d)
		}
	}
	if v.kind == kIBAN {
		add(strings.ReplaceAll(v.text, " ", ""))
	}
	return out
}

func (k *kase) original() string {
	var b strings.Builder
	for _, fb := range k.fields {
		b.WriteString(fb.path + "\t" + fb.full.String() + "\n")
	}
	return b.String()
}

func (k *kase) maskedText() string {
	var b strings.Builder
	for _, fb := range k.fields {
		b.WriteString(fb.path + "\t" + fb.masked.String() + "\n")
	}
	return b.String()
}

// valid: no spelling of a value appears outside the value's own segments,
// every value and look-alike was written, and no look-alike lies inside a value.
func (k *kase) valid() bool {
	k.finish()
	m := k.maskedText()
	o := k.original()
	for _, v := range k.vals {
		if len(v.spell) == 0 {
			return false
		}
		for _, s := range v.spellings() {
			if strings.Contains(m, s) {
				return false
			}
		}
		for _, l := range k.looks {
			if strings.Contains(v.text, l.text) {
				return false
			}
		}
	}
	for _, l := range k.looks {
		if l.enc == "" || !strings.Contains(o, l.enc) {
			return false
		}
	}
	return true
}

func (k *kase) event() *event.Event {
	ev := &event.Event{}
	for _, fb := range k.fields {
		s := fb.full.String()
		if fb.num {
			n, _ := strconv.ParseFloat(s, 64)
			ev.Fields = append(ev.Fields, event.Field{Path: fb.path, Value: event.Value{Kind: event.Number, Str: s, Num: n}})
			continue
		}
		ev.Fields = append(ev.Fields, event.Field{Path: fb.path, Value: event.StringValue(s)})
	}
	return ev
}

func (k *kase) line() string { return k.fields[0].full.String() }

func (c *corpus) fingerprint() string {
	h := sha256.New()
	for _, k := range c.cases {
		fmt.Fprintf(h, "%s|%s|%s|%s\n", k.ctx, k.tmpl, k.mode, k.loc)
		for _, fb := range k.fields {
			fmt.Fprintf(h, "F%s=%q %v\n", fb.path, fb.full.String(), fb.num)
		}
		for _, v := range k.vals {
			fmt.Fprintf(h, "V%s|%s|%q|%q\n", v.kind, v.form, v.text, v.spellings())
		}
		for _, l := range k.looks {
			fmt.Fprintf(h, "L%s|%q|%q\n", l.typ, l.text, l.enc)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
