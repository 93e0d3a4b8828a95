package alerting

import (
	"sort"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
)

// KibanaLink returns a Kibana Discover URL showing query (KQL) over
// [from, to] in the data view whose id is indexPattern (left out when
// empty). The _g and _a state is rison, with every string quoted and
// escaped, then percent-encoded for the URL fragment:
//
//	{base}/app/discover#/?_g=(time:(from:'…',to:'…'))&_a=(index:'…',query:(language:kuery,query:'…'))
func KibanaLink(base, indexPattern, query string, from, to time.Time) string {
	var g strings.Builder
	g.WriteString("(time:(from:")
	g.WriteString(risonString(from.UTC().Format("2006-01-02T15:04:05.000Z")))
	g.WriteString(",to:")
	g.WriteString(risonString(to.UTC().Format("2006-01-02T15:04:05.000Z")))
	g.WriteString("))")

	var a strings.Builder
	a.WriteString("(")
	if indexPattern != "" {
		a.WriteString("index:")
		a.WriteString(risonString(indexPattern))
		a.WriteString(",")
	}
	a.WriteString("query:(language:kuery,query:")
	a.WriteString(risonString(query))
	a.WriteString("))")

	var b strings.Builder
	b.WriteString(strings.TrimRight(base, "/"))
	b.WriteString("/app/discover#/?_g=")
	b.WriteString(fragmentEscape(g.String()))
	b.WriteString("&_a=")
	b.WriteString(fragmentEscape(a.String()))
	return b.String()
}

// risonString quotes s as a rison string: ' becomes !' and ! becomes !!.
func risonString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'', '!':
			b.WriteByte('!')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('\'')
	return b.String()
}

// fragmentEscape percent-encodes every byte except unreserved characters
// and rison's own syntax ( ) ' : , ! *.
func fragmentEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '-', c == '.', c == '_', c == '~',
			c == '(', c == ')', c == '\'', c == ':', c == ',', c == '!', c == '*':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// KQLQuery returns a KQL query matching every label exactly, labels sorted:
// service.name:"amazon-api" and shop.id:"S12". A label with an empty value
// matches documents without the field.
func KQLQuery(labels map[string]string) string {
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(" and ")
		}
		if labels[k] == "" {
			b.WriteString("not " + alert.KQLField(k) + ":*")
			continue
		}
		b.WriteString(alert.KQLField(k))
		b.WriteByte(':')
		b.WriteString(alert.KQLPhrase(labels[k]))
	}
	return b.String()
}

// LinkTarget is where the Discover links point: the Kibana base URL, the
// data view id, and how far around its start a link to an alert that does
// not say which events raised it reaches.
type LinkTarget struct {
	Base     string
	DataView string
	Lookback time.Duration
}

// LogsQuery is the KQL query of the events q describes, given the labels of
// the alert: q's filter and, of the labels, only q's group-by fields (never
// a rule's own labels such as team or component, which no event carries).
func LogsQuery(q alert.LogQuery, labels map[string]string) string {
	by := make(map[string]string, len(q.GroupBy))
	for _, k := range q.GroupBy {
		if v, ok := labels[k]; ok {
			by[k] = v
		}
	}
	var parts []string
	if q.Filter != "" {
		f := q.Filter
		if strings.Contains(f, " or ") {
			f = "(" + f + ")"
		}
		parts = append(parts, f)
	}
	if g := KQLQuery(by); g != "" {
		parts = append(parts, g)
	}
	return strings.Join(parts, " and ")
}

// Link is the Discover link to the events q describes, labels giving the
// values of its group-by fields: the one link builder of alerts, reports and
// notices. A zero q.From or q.To reaches Lookback before or after at.
func (t LinkTarget) Link(q alert.LogQuery, labels map[string]string, at time.Time) string {
	from, to := q.From, q.To
	if from.IsZero() {
		from = at.Add(-t.Lookback)
	}
	if to.IsZero() {
		to = at.Add(t.Lookback)
	}
	return KibanaLink(t.Base, t.DataView, LogsQuery(q, labels), from, to)
}

// AlertLink is the Discover link of an alert: q says which events raised
// it (the rules engine's alert.LogQuery). A resolved alert's link runs to
// its end. An alert raised elsewhere (q nil) says nothing of its events:
// its labels are taken for fields, around its start.
func (t LinkTarget) AlertLink(a *alert.Alert, q *alert.LogQuery) string {
	var lq alert.LogQuery
	if q != nil {
		lq = *q
	} else {
		lq.GroupBy = make([]string, 0, len(a.Labels))
		for k := range a.Labels {
			lq.GroupBy = append(lq.GroupBy, k)
		}
	}
	if a.EndsAt != nil && a.EndsAt.After(a.StartsAt) {
		lq.To = *a.EndsAt
	}
	return t.Link(lq, a.Labels, a.StartsAt)
}

// alertLink builds the Discover link of an alert that came without one.
func alertLink(base, dataView string, lookback time.Duration, a *alert.Alert) string {
	return LinkTarget{Base: base, DataView: dataView, Lookback: lookback}.AlertLink(a, nil)
}
