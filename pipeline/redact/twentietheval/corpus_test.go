package twentietheval

import (
	"math/rand/v2"
	"strings"

	"github.com/vigilops/vigil/event"
)

// line is one generated log line with what was planted in it.
type line struct {
	ctx, tmpl, form, loc string
	nd                   bool
	text                 string
	vals                 []value
	looks                []look
}

// contextKinds lists the kinds each context is expected to carry.
var contextKinds = map[string][]kind{
	"llm_chat":     {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"rag":          {kName, kEmail, kPhone, kAddress, kCred},
	"sql":          {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"orm":          {kName, kEmail, kPhone, kAddress, kIBAN, kCNID, kCred},
	"etl":          {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"data_quality": {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID},
	"search":       {kName, kEmail, kPhone, kAddress, kCard, kCred},
	"cdp":          {kName, kEmail, kPhone, kAddress, kCred},
	"privacy":      {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"notebook":     {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"api_rpc":      {kName, kEmail, kPhone, kAddress, kIBAN, kCred},
	"config":       {kEmail, kCred},
	"errors":       {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCred},
	"recsys":       {kName, kEmail, kPhone, kAddress, kCred},
}

// corpusLines is how many lines the default corpus holds.
const corpusLines = 12000

// build generates n lines from seed.
func build(seed uint64, n int) []line {
	pcg := rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)
	r := rand.New(pcg)
	byCtx := map[string][]tmpl{}
	cleanBy := map[string][]tmpl{}
	var ctxs []string
	for _, t := range templates {
		if t.form == "clean" {
			cleanBy[t.ctx] = append(cleanBy[t.ctx], t)
			continue
		}
		if byCtx[t.ctx] == nil {
			ctxs = append(ctxs, t.ctx)
		}
		byCtx[t.ctx] = append(byCtx[t.ctx], t)
	}
	var out []line
	for i := 0; i < n; i++ {
		ctx := ctxs[i%len(ctxs)]
		var t tmpl
		if r.Float64() < 0.14 && len(cleanBy[ctx]) > 0 {
			t = cleanBy[ctx][r.IntN(len(cleanBy[ctx]))]
		} else {
			t = byCtx[ctx][r.IntN(len(byCtx[ctx]))]
		}
		loc := locales[r.IntN(len(locales))]
		if l, ok := buildLine(r, pcg, t, loc); ok {
			out = append(out, l)
		}
	}
	return out
}

func buildLine(r *rand.Rand, pcg *rand.PCG, t tmpl, loc *locale) (line, bool) {
	for try := 0; try < 40; try++ {
		state := *pcg
		b := &builder{r: r, loc: loc}
		text, nd := t.fn(b)
		*pcg = state
		p := &builder{r: r, ph: true, loc: loc}
		ptext, _ := t.fn(p)
		if len(p.vals) != len(b.vals) || len(p.looks) != len(b.looks) {
			panic("template " + t.name + " differs between its two builds")
		}
		// a line whose placeholder version already shows a value is rebuilt
		prd := newReading(identity(ptext, nd))
		bad := false
		for i := range b.vals {
			if prd.leaks(&b.vals[i]) {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		l := line{ctx: t.ctx, tmpl: t.name, form: t.form, loc: b.loc.code, nd: nd, text: text, vals: b.vals}
		rawForms := readForms(text)
		for _, lk := range b.looks {
			if keepLook(lk, b.vals, rawForms) {
				l.looks = append(l.looks, lk)
			}
		}
		if t.form == "clean" {
			l.form = "clean_" + t.ctx
		}
		return l, true
	}
	return line{}, false
}

// keepLook drops a look-alike that contains a value or part of one, sits
// inside a value, or is written more than once in its line.
func keepLook(lk look, vals []value, rawForms []string) bool {
	if lk.text == "" {
		return false
	}
	rd := newReading(lk.text)
	for i := range vals {
		if rd.leaks(&vals[i]) || strings.Contains(vals[i].text, lk.text) || strings.Contains(lk.text, vals[i].text) {
			return false
		}
	}
	max := 0
	for _, f := range rawForms {
		if c := strings.Count(f, lk.text); c > max {
			max = c
		}
	}
	return max == 1
}

// fieldSep joins an event's JSON and its fields' texts for the judge.
const fieldSep = "\n|\n"

// identity is the output of a redactor that changes nothing.
func identity(text string, nd bool) string {
	if !nd {
		return text
	}
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(text), &ev); err != nil {
		panic("generated NDJSON does not decode: " + err.Error() + ": " + text)
	}
	return eventOutput(&ev)
}

func eventOutput(ev *event.Event) string {
	var sb strings.Builder
	sb.Write(ev.JSON())
	for _, f := range ev.Fields {
		sb.WriteString(fieldSep)
		sb.WriteString(f.Value.Text())
	}
	return sb.String()
}
