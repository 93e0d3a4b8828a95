package heldout

import (
	"fmt"
	"strings"
	"time"
)

// ctxDef is a context: a family of log shapes.
type ctxDef struct {
	name string
	// weight scales how many cases the context gets (1 = the default).
	weight float64
	gen    func(g *G) any // returns the event (O) to encode
}

var contexts []ctxDef

func register(name string, weight float64, gen func(g *G) any) {
	contexts = append(contexts, ctxDef{name, weight, gen})
}

// Contexts lists the context names in report order.
func Contexts() []string {
	var out []string
	for _, c := range contexts {
		out = append(out, c.name)
	}
	return out
}

// Build draws the corpus: about perCtx cases per context (times its
// weight), from seed.
func Build(seed uint64, perCtx int) []*Case {
	var out []*Case
	id := 0
	for _, cd := range contexts {
		n := int(float64(perCtx)*cd.weight + 0.5)
		for i := 0; i < n; i++ {
			out = append(out, buildCase(seed, id, cd))
			id++
		}
	}
	return out
}

func buildCase(seed uint64, id int, cd ctxDef) *Case {
	real := newG(seed, id, false)
	real.ctx = cd.name
	line := encodeEvent(cd.gen(real))
	tm := newG(seed, id, true)
	tm.ctx = cd.name
	tline := encodeEvent(cd.gen(tm))
	return &Case{ID: id, Context: cd.name, Variant: real.variant, Line: line, Template: tline, PII: real.pii, Looks: presentLooks(line, real)}
}

// presentLooks keeps the look-alikes the line really holds (a generator
// may draw one it does not write) and that are not part of a planted value.
func presentLooks(line string, g *G) []Look {
	lt := NewText(line)
	var out []Look
outer:
	for _, l := range g.looks {
		if !lt.HasCS(l.Value) {
			continue
		}
		for _, p := range g.pii {
			for _, s := range append([]string{p.Value}, p.Spellings...) {
				if strings.Contains(s, l.Value) {
					continue outer
				}
			}
		}
		out = append(out, l)
	}
	return out
}

func encodeEvent(ev any) string {
	switch e := ev.(type) {
	case O:
		return J(e)
	case string:
		return e
	}
	panic(fmt.Sprintf("event of type %T", ev))
}

// ---- event scaffolding ----

// ev builds the common part of an event; extra are more key, value pairs.
func (g *G) ev(service, level, msg string, extra ...any) O {
	t := g.when()
	o := O{"@timestamp", t.Format(time.RFC3339Nano)}
	if g.chance(0.5) {
		o = append(o, "service.name", service, "log.level", level)
	} else {
		o = append(o, "service", O{"name", service, "version", g.version()}, "log", O{"level", level, "logger", g.logger()})
	}
	o = append(o, "message", msg)
	o = append(o, extra...)
	if g.chance(0.4) {
		o = append(o, "trace.id", g.traceID(), "span.id", g.spanID())
	}
	if g.chance(0.2) {
		o = append(o, "host.ip", g.ipv4())
	}
	return o
}

func (g *G) logger() string {
	return g.pick("com.acme.oms.sync.OrderSyncService", "channel.shopee", "channel.lazada", "payments.callback", "jobs.scheduler", "inventory.sync", "app.notify", "api.client.tiktok", "sp-api")
}

func (g *G) svc() string {
	return g.pick("order-sync", "inventory-sync", "payment-callback", "marketplace-gateway", "shopee-connector", "lazada-connector", "tiktok-connector", "amazon-spapi-poller", "shopify-webhooks", "notification-worker", "invoice-job", "fulfilment-api", "returns-service", "kyc-service", "payout-worker")
}

// locale picks a locale and makes it the case's current one.
func (g *G) locale() *Locale {
	g.loc = pickOf(g, Locales)
	return g.loc
}

func (g *G) localeOf(ccs ...string) *Locale {
	g.loc = LocaleByCC(g.pick(ccs...))
	return g.loc
}

func (g *G) setVariant(v string) { g.variant = v }

// ---- encodings a context applies to a value ----

// sqlq escapes s for a single-quoted SQL literal.
func sqlq(s string) string { return strings.ReplaceAll(s, "'", "''") }

// pyq writes s the way Python's repr writes a str.
func pyq(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// goq writes s the way Go's %q / %#v write a string.
func goq(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}

// xesc escapes s for XML text.
func xesc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}
