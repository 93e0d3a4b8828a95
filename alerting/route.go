package alerting

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
)

// route is a compiled Route with inherited settings resolved.
type route struct {
	id             string // position in the tree: "0", "0.1", "0.1.0"
	receiver       string
	groupBy        []string
	groupAll       bool
	groupWait      time.Duration
	groupInterval  time.Duration
	repeatInterval time.Duration
	matchers       Matchers
	cont           bool
	routes         []*route
}

func compileRoute(r *Route, parent *route, id string) (*route, error) {
	c := &route{id: id, cont: r.Continue}
	if parent == nil {
		c.groupWait, c.groupInterval, c.repeatInterval = DefaultGroupWait, DefaultGroupInterval, DefaultRepeatInterval
		c.groupBy = append([]string(nil), DefaultGroupBy...)
	} else {
		c.receiver = parent.receiver
		c.groupBy, c.groupAll = parent.groupBy, parent.groupAll
		c.groupWait, c.groupInterval, c.repeatInterval = parent.groupWait, parent.groupInterval, parent.repeatInterval
	}
	if r.Receiver != "" {
		c.receiver = r.Receiver
	}
	if r.GroupBy != nil {
		c.groupAll = len(r.GroupBy) == 1 && r.GroupBy[0] == "..."
		c.groupBy = nil
		if !c.groupAll {
			c.groupBy = append([]string(nil), r.GroupBy...)
			sort.Strings(c.groupBy)
		}
	}
	if r.GroupWait != nil {
		c.groupWait = *r.GroupWait
	}
	if r.GroupInterval != nil {
		c.groupInterval = *r.GroupInterval
	}
	if r.RepeatInterval != nil {
		c.repeatInterval = *r.RepeatInterval
	}
	ms, err := ParseMatchers(r.Matchers)
	if err != nil {
		return nil, fmt.Errorf("route %s: %w", id, err)
	}
	c.matchers = ms
	for i := range r.Routes {
		child, err := compileRoute(&r.Routes[i], c, id+"."+strconv.Itoa(i))
		if err != nil {
			return nil, err
		}
		c.routes = append(c.routes, child)
	}
	return c, nil
}

// match returns the routes an alert stops at: the deepest matching routes,
// first match wins among siblings unless a route continues. The root always
// matches.
func (r *route) match(a *alert.Alert) []*route {
	if !r.matchers.Matches(a) {
		return nil
	}
	var out []*route
	for _, c := range r.routes {
		m := c.match(a)
		out = append(out, m...)
		if m != nil && !c.cont {
			break
		}
	}
	if out == nil {
		out = []*route{r}
	}
	return out
}

// groupKey names the aggregation group of an alert on this route. It is
// stable across restarts as long as the routing tree keeps its shape.
func (r *route) groupKey(a *alert.Alert) string {
	var b strings.Builder
	b.WriteString(r.id)
	b.WriteByte('|')
	b.WriteString(r.receiver)
	b.WriteString("|{")
	if r.groupAll {
		b.WriteString("fingerprint=")
		b.WriteString(strconv.Quote(a.Fingerprint))
	} else {
		for i, l := range r.groupBy {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(l)
			b.WriteByte('=')
			b.WriteString(strconv.Quote(labelValue(a, l)))
		}
	}
	b.WriteByte('}')
	return b.String()
}

// maxRepeat is the longest repeat_interval in the tree.
func (r *route) maxRepeat() time.Duration {
	m := r.repeatInterval
	for _, c := range r.routes {
		m = max(m, c.maxRepeat())
	}
	return m
}
