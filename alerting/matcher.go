package alerting

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/vigilops/vigil/alert"
)

// MatchOp is a matcher's comparison.
type MatchOp string

// Matcher operators. The ordering operators apply to severity only and
// compare P numbers: severity<=P1 matches P0 and P1.
const (
	OpEqual    MatchOp = "="
	OpNotEqual MatchOp = "!="
	OpRegex    MatchOp = "=~"
	OpNotRegex MatchOp = "!~"
	OpLE       MatchOp = "<="
	OpLT       MatchOp = "<"
	OpGE       MatchOp = ">="
	OpGT       MatchOp = ">"
)

// Matcher tests one label of an alert. Besides the alert's labels, the
// pseudo-labels severity, rule and kind name the alert's fields (a real label
// of the same name wins). A missing label has the empty value.
type Matcher struct {
	Name  string
	Op    MatchOp
	Value string
	re    *regexp.Regexp
	rank  int
}

// ops are tried longest first so "=~" is not read as "=".
var ops = []MatchOp{OpRegex, OpNotRegex, OpNotEqual, OpLE, OpGE, OpEqual, OpLT, OpGT}

// ParseMatcher parses "name=value", "name!=value", "name=~regex",
// "name!~regex", or for severity also "<", "<=", ">", ">=". The value may be
// double-quoted; regular expressions are anchored at both ends.
func ParseMatcher(s string) (Matcher, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && isLabelChar(s[i], i == 0) {
		i++
	}
	name := s[:i]
	if name == "" {
		return Matcher{}, fmt.Errorf("matcher %q: want label=value, label!=value, label=~regex or label!~regex", s)
	}
	rest := strings.TrimLeft(s[i:], " ")
	var op MatchOp
	for _, o := range ops {
		if strings.HasPrefix(rest, string(o)) {
			op = o
			break
		}
	}
	if op == "" {
		return Matcher{}, fmt.Errorf("matcher %q: no operator after %q (want =, !=, =~ or !~)", s, name)
	}
	val := strings.TrimSpace(rest[len(op):])
	if len(val) >= 2 && val[0] == '"' {
		u, err := strconv.Unquote(val)
		if err != nil {
			return Matcher{}, fmt.Errorf("matcher %q: bad quoted value: %w", s, err)
		}
		val = u
	}
	m := Matcher{Name: name, Op: op, Value: val}
	switch op {
	case OpRegex, OpNotRegex:
		re, err := regexp.Compile("^(?:" + val + ")$")
		if err != nil {
			return Matcher{}, fmt.Errorf("matcher %q: bad regular expression: %w", s, err)
		}
		m.re = re
	case OpLE, OpLT, OpGE, OpGT:
		if name != "severity" {
			return Matcher{}, fmt.Errorf("matcher %q: %s compares severities only", s, op)
		}
		sev, err := alert.ParseSeverity(val)
		if err != nil {
			return Matcher{}, fmt.Errorf("matcher %q: %w", s, err)
		}
		m.rank = sev.Rank()
	}
	if name == "severity" && (op == OpEqual || op == OpNotEqual) {
		if _, err := alert.ParseSeverity(val); err != nil {
			return Matcher{}, fmt.Errorf("matcher %q: %w", s, err)
		}
	}
	return m, nil
}

// String returns the matcher in the syntax ParseMatcher reads.
func (m Matcher) String() string { return m.Name + string(m.Op) + strconv.Quote(m.Value) }

// Matches reports whether the alert satisfies the matcher.
func (m Matcher) Matches(a *alert.Alert) bool {
	v := labelValue(a, m.Name)
	switch m.Op {
	case OpEqual:
		return v == m.Value
	case OpNotEqual:
		return v != m.Value
	case OpRegex:
		return m.re.MatchString(v)
	case OpNotRegex:
		return !m.re.MatchString(v)
	}
	r := alert.Severity(v).Rank()
	if r > 3 {
		return false
	}
	switch m.Op {
	case OpLE:
		return r <= m.rank
	case OpLT:
		return r < m.rank
	case OpGE:
		return r >= m.rank
	case OpGT:
		return r > m.rank
	}
	return false
}

// Matchers is a conjunction: it matches when every matcher does (an empty
// list matches everything).
type Matchers []Matcher

// ParseMatchers parses every string with ParseMatcher.
func ParseMatchers(ss []string) (Matchers, error) {
	out := make(Matchers, 0, len(ss))
	for _, s := range ss {
		m, err := ParseMatcher(s)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// Matches reports whether every matcher matches the alert.
func (ms Matchers) Matches(a *alert.Alert) bool {
	for i := range ms {
		if !ms[i].Matches(a) {
			return false
		}
	}
	return true
}

// labelValue returns a label, falling back to the severity, rule and kind
// pseudo-labels.
func labelValue(a *alert.Alert, name string) string {
	if v, ok := a.Labels[name]; ok {
		return v
	}
	switch name {
	case "severity":
		return string(a.Severity)
	case "rule":
		return a.Rule
	case "kind":
		return a.Kind
	}
	return ""
}

func isLabelChar(c byte, first bool) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		return true
	case c >= '0' && c <= '9', c == '.', c == '-', c == '@':
		return !first
	}
	return false
}

func validLabelName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLabelChar(s[i], i == 0) {
			return false
		}
	}
	return true
}
