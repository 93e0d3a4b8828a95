package twentyeightheval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

const (
	defaultSeed = 28
	numCases    = 19 * 8 * 56 // every kind leads equally often in every context
)

func corpusSeed() uint64 {
	if s := os.Getenv("VIGIL_TWENTYEIGHTH_SEED"); s != "" {
		if v, err := strconv.ParseUint(s, 10, 64); err == nil {
			return v
		}
	}
	return defaultSeed
}

var (
	corpusMu    sync.Mutex
	corpusCache = map[uint64][]*tcase{}
)

func corpus(seed uint64) []*tcase {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if c, ok := corpusCache[seed]; ok {
		return c
	}
	c := buildCorpus(seed)
	corpusCache[seed] = c
	return c
}

func buildCorpus(seed uint64) []*tcase {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x2828)), fk: gofakeit.New(seed)}
	var out []*tcase
	for i := 0; i < numCases; i++ {
		cd := contexts[i%len(contexts)]
		primary := kinds[(i/len(contexts))%len(kinds)]
		loc := &locales[(i/len(contexts)/len(kinds)+i*5)%len(locales)]
		dead := i%10 == 7
		for {
			c := makeCase(g, cd, primary, loc, dead)
			if c != nil {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (g *gen) piiOf(kind string, p *person) (pii, string) {
	switch kind {
	case "name":
		return g.name(p), ""
	case "address":
		return g.address(p), ""
	case "phone":
		return g.phone(p), ""
	case "email":
		return g.email(p), ""
	case "card":
		return g.card(p.loc), ""
	case "iban":
		return g.iban(p.loc), ""
	case "cn_id":
		return g.cnID(p.loc), ""
	}
	return g.credential(p.loc)
}

func makeCase(g *gen, cd ctxDef, primary string, loc *locale, dead bool) *tcase {
	c := &tcase{ctx: cd.name, tmpl: cd.name + "/" + g.pick(cd.tmpls), loc: loc.code, dead: dead}
	p := g.newPerson(loc)
	ks := []string{primary}
	for n := g.r.IntN(4); n > 0; n-- {
		ks = append(ks, kinds[g.r.IntN(len(kinds))])
	}
	for _, k := range ks {
		v, label := g.piiOf(k, p)
		c.ps = append(c.ps, v)
		c.credLabel = append(c.credLabel, label)
	}
	for n := 4 + g.r.IntN(4); n > 0; n-- {
		c.ls = append(c.ls, g.lookOf(lookTypes[g.r.IntN(len(lookTypes))]))
	}
	c.pspell = make([]string, len(c.ps))
	c.lspell = make([]string, len(c.ls))
	for i := range c.ps {
		c.items = append(c.items, item{true, i})
	}
	for j := range c.ls {
		c.items = append(c.items, item{false, j})
	}
	g.r.Shuffle(len(c.items), func(a, b int) { c.items[a], c.items[b] = c.items[b], c.items[a] })
	b := &builder{g: g, c: c}
	cd.build(b, strings.TrimPrefix(c.tmpl, cd.name+"/"))
	// unique paths
	seen := map[string]int{}
	for k := range c.fields {
		seen[c.fields[k].path]++
		if n := seen[c.fields[k].path]; n > 1 {
			c.fields[k].path += "_" + strconv.Itoa(n)
		}
	}
	if dead {
		c.fields = deadLine(g, c)
	}
	for i := range c.ps {
		if c.pspell[i] == "" {
			return nil
		}
	}
	for j := range c.ls {
		if c.lspell[j] == "" {
			return nil
		}
	}
	// a value must not be spelled by anything else in the case
	for i := range c.ps {
		var other strings.Builder
		for _, f := range c.fields {
			for _, s := range f.segs {
				if s.own != i {
					other.WriteString(s.s)
				}
				other.WriteByte(0)
			}
		}
		o := other.String()
		for _, f := range forms(c, i) {
			if strings.Contains(o, f) {
				return nil
			}
		}
	}
	return c
}

// deadLine turns the case into one raw line that failed to decode: half
// of them a JSON object cut off mid-string, half the partner's raw text.
func deadLine(g *gen, c *tcase) []tfield {
	out := tfield{path: ""}
	if g.r.IntN(2) == 0 {
		out.segs = append(out.segs, seg{`{"@timestamp":"2026-12-07T15:30:00.000Z"`, -1})
		for _, f := range c.fields {
			out.segs = append(out.segs, seg{`,"` + f.path + `":"`, -1})
			for _, s := range f.segs {
				out.segs = append(out.segs, seg{encJSON(s.s), s.own})
			}
			out.segs = append(out.segs, seg{`"`, -1})
		}
		// cut: drop the closing quote of the last field
		out.segs = out.segs[:len(out.segs)-1]
		for i := range c.pspell {
			c.pspell[i] = encJSON(c.pspell[i])
		}
		for j := range c.lspell {
			c.lspell[j] = encJSON(c.lspell[j])
		}
		return []tfield{out}
	}
	for k, f := range c.fields {
		if k < 2 {
			continue // service.name and log.level stay out of the raw text
		}
		if k > 2 {
			out.segs = append(out.segs, seg{"\n", -1})
		}
		out.segs = append(out.segs, f.segs...)
	}
	return []tfield{out}
}

var digitKinds = map[string]bool{"phone": true, "card": true, "iban": true, "cn_id": true}

// forms are the spellings whose presence in the output is a leak.
func forms(c *tcase, i int) []string {
	p := c.ps[i]
	fs := []string{p.raw}
	if c.pspell[i] != p.raw {
		fs = append(fs, c.pspell[i])
	}
	if digitKinds[p.kind] {
		if d := digitsOnly(p.raw); len(d) >= 7 && d != p.raw {
			fs = append(fs, d)
		}
	}
	return fs
}

func (c *tcase) input() string {
	var parts []string
	for _, f := range c.fields {
		parts = append(parts, f.text())
	}
	return strings.Join(parts, "\n")
}

func fingerprint(cs []*tcase) string {
	h := sha256.New()
	for _, c := range cs {
		fmt.Fprintf(h, "%s|%s|%s|%v\n", c.ctx, c.tmpl, c.loc, c.dead)
		for _, f := range c.fields {
			fmt.Fprintf(h, "%s\x01%s\x02", f.path, f.text())
		}
		for i, p := range c.ps {
			fmt.Fprintf(h, "P%s|%s|%s\x03", p.kind, p.form, c.pspell[i])
		}
		for j, l := range c.ls {
			fmt.Fprintf(h, "L%s|%s\x03", l.typ, c.lspell[j])
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

var t0 = time.Date(2026, 12, 7, 15, 30, 0, 0, time.UTC)
