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
// service.name:"amazon-api" and shop.id:"S12".
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
		b.WriteString(k)
		b.WriteString(`:"`)
		v := labels[k]
		for j := 0; j < len(v); j++ {
			if v[j] == '"' || v[j] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(v[j])
		}
		b.WriteByte('"')
	}
	return b.String()
}

// alertLink builds the Discover link for an alert: its labels as the query,
// from lookback before it started to its end (or as long after its start as
// before, while it fires).
func alertLink(base, dataView string, lookback time.Duration, a *alert.Alert) string {
	from := a.StartsAt.Add(-lookback)
	to := a.StartsAt.Add(lookback)
	if a.EndsAt != nil && a.EndsAt.After(a.StartsAt) {
		to = *a.EndsAt
	}
	return KibanaLink(base, dataView, KQLQuery(a.Labels), from, to)
}
