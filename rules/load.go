package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors"
)

// Rule is one alert rule as written in a rule file.
type Rule struct {
	// Name identifies the rule; it is unique in a rule set.
	Name string `json:"name"`
	// Description says what the rule watches, for people.
	Description string `json:"description,omitempty"`
	// Severity grades the alert, P0 to P3.
	Severity alert.Severity `json:"severity"`
	// Team owns the rule; it becomes the "team" label.
	Team string `json:"team,omitempty"`
	// Filter selects the events the rule looks at (empty: all).
	Filter string `json:"filter,omitempty"`
	// GroupBy splits the events into series, one alert per series.
	GroupBy []string `json:"group_by,omitempty"`
	// Window is the length of the sliding window of the aggregates.
	Window time.Duration `json:"window"`
	// Condition is the expression over the window's aggregates that
	// raises the alert (default `count > 0`).
	Condition string `json:"condition,omitempty"`
	// Value optionally names the number an alert reports; by default the
	// left side of the condition's deciding comparison.
	Value string `json:"value,omitempty"`
	// Sample selects which matching events are kept as samples (default:
	// all that match the filter).
	Sample string `json:"sample,omitempty"`
	// For is how long the condition must hold before the alert fires.
	For time.Duration `json:"for,omitempty"`
	// KeepFiringFor keeps a firing alert up this long after the condition
	// stops holding.
	KeepFiringFor time.Duration `json:"keep_firing_for,omitempty"`
	// Labels are added to the alert's labels.
	Labels map[string]string `json:"labels,omitempty"`
	// Annotations are Go templates rendered when the alert fires.
	Annotations map[string]string `json:"annotations,omitempty"`
	// RunbookURL becomes the runbook_url annotation.
	RunbookURL string `json:"runbook_url,omitempty"`
	// Detector makes the rule a baseline rule (instead of Condition).
	Detector *DetectorSpec `json:"detector,omitempty"`

	// File and Line locate the rule's definition.
	File string `json:"-"`
	Line int    `json:"-"`

	c *compiledRule
}

// DetectorSpec configures a baseline rule: a detector preset watching the
// per-minute series of the rule's Value expression, per group.
type DetectorSpec struct {
	// Preset names a detector ("error_ratio", "sync_delay", …).
	Preset string `json:"preset" yaml:"preset"`
	// Direction is up, down or both (default: the preset's).
	Direction string `json:"direction,omitempty" yaml:"direction"`
	// Model names the detector ("default", "robust", "seasonal",
	// "poisson", "ewma"; default "default").
	Model string `json:"model,omitempty" yaml:"model"`
}

// RuleSet is a loaded, compiled set of rules.
type RuleSet struct {
	// Rules in load order (files sorted by path, rules in file order).
	Rules []*Rule
}

// Rule returns the rule with the name, or nil.
func (rs *RuleSet) Rule(name string) *Rule {
	for _, r := range rs.Rules {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// Len returns the number of rules.
func (rs *RuleSet) Len() int { return len(rs.Rules) }

// LoadDir loads every *.yaml and *.yml file below dir. Files whose top
// level holds `tests:` are rule tests and are skipped. Errors read
// "file:line:col: message", several joined.
func LoadDir(dir string, opts ...LoadOption) (*RuleSet, error) {
	rs, errs := loadDir(dir, opts)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rs, nil
}

// Check validates a rule directory for `vigil rules check`: the schema,
// expressions, templates and unique names. It returns every error found,
// each starting with file:line.
func Check(dir string, opts ...LoadOption) []error {
	_, errs := loadDir(dir, opts)
	return errs
}

// LoadOption changes how rules are loaded.
type LoadOption func(*loader)

// WithPresets makes the configured detector presets (vigil.yaml's
// detectors.presets) available to detector rules, beside the built-in ones.
func WithPresets(p detectors.Presets) LoadOption { return func(l *loader) { l.presets = p } }

func loadDir(dir string, opts []LoadOption) (*RuleSet, []error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, []error{fmt.Errorf("rules: %w", err)}
	}
	rs, errs := loadFS(os.DirFS(root), ".", func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }, opts)
	return rs, errs
}

// LoadFS loads every *.yaml and *.yml file below root in fsys.
func LoadFS(fsys fs.FS, root string, opts ...LoadOption) (*RuleSet, error) {
	rs, errs := loadFS(fsys, root, func(p string) string { return p }, opts)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rs, nil
}

func loadFS(fsys fs.FS, root string, display func(string) string, opts []LoadOption) (*RuleSet, []error) {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(p); ext == ".yaml" || ext == ".yml" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, []error{fmt.Errorf("rules: reading %s: %w", display(root), err)}
	}
	sort.Strings(files)
	l := newLoader(opts)
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", display(p), err))
			continue
		}
		l.parseFile(display(p), data, true)
	}
	if len(l.rs.Rules) == 0 && len(l.errs) == 0 {
		l.errs = append(l.errs, fmt.Errorf("%s: no rules found", display(root)))
	}
	return l.rs, l.errs
}

// LoadFiles loads the named rule files.
func LoadFiles(paths []string, opts ...LoadOption) (*RuleSet, error) {
	l := newLoader(opts)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("rules: %w", err))
			continue
		}
		l.parseFile(p, data, false)
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return l.rs, nil
}

// Parse loads rules from one file's contents; name is used in errors.
func Parse(name string, data []byte, opts ...LoadOption) (*RuleSet, error) {
	l := newLoader(opts)
	l.parseFile(name, data, false)
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return l.rs, nil
}

type loader struct {
	rs    *RuleSet
	errs  []error
	names map[string]string // name → file:line of its first definition

	presets detectors.Presets
}

func newLoader(opts []LoadOption) *loader {
	l := &loader{rs: &RuleSet{}, names: map[string]string{}}
	for _, o := range opts {
		o(l)
	}
	return l
}

// fileCtx maps positions inside YAML values back to the file.
type fileCtx struct {
	name    string
	lines   []string
	presets detectors.Presets
}

func (f *fileCtx) errorf(n *yaml.Node, format string, args ...any) error {
	line, col := 1, 1
	if n != nil {
		line, col = n.Line, n.Column
	}
	return fmt.Errorf("%s:%d:%d: %s", f.name, line, col, fmt.Sprintf(format, args...))
}

// exprPos converts a position inside the expression held by n into a file
// position.
func (f *fileCtx) exprPos(n *yaml.Node, e *exprError) (int, int) {
	switch n.Style {
	case yaml.LiteralStyle, yaml.FoldedStyle:
		// Content lines lose the indentation of the block's first line.
		indent := 0
		if n.Line < len(f.lines) {
			s := f.lines[n.Line]
			indent = len(s) - len(strings.TrimLeft(s, " "))
		}
		return n.Line + e.line, indent + e.col
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		return n.Line + e.line - 1, n.Column + e.col
	}
	if e.line > 1 { // plain multi-line scalar: continuation lines
		line := n.Line + e.line - 1
		indent := 0
		if line-1 < len(f.lines) {
			s := f.lines[line-1]
			indent = len(s) - len(strings.TrimLeft(s, " "))
		}
		return line, indent + e.col
	}
	return n.Line, n.Column + e.col - 1
}

func (f *fileCtx) exprErr(n *yaml.Node, key string, err error) error {
	e := asExprError(err)
	line, col := f.exprPos(n, e)
	return fmt.Errorf("%s:%d:%d: %s: %s", f.name, line, col, key, e.msg)
}

var ruleKeys = map[string]bool{
	"name": true, "description": true, "severity": true, "team": true, "owner": true,
	"filter": true, "group_by": true, "window": true, "condition": true, "value": true,
	"sample": true, "for": true, "keep_firing_for": true, "labels": true,
	"annotations": true, "runbook_url": true, "detector": true,
}

// parseFile parses one rule file. With skipTests, a test file is ignored.
func (l *loader) parseFile(name string, data []byte, skipTests bool) {
	f := &fileCtx{name: name, lines: strings.Split(string(data), "\n"), presets: l.presets}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		l.errs = append(l.errs, fmt.Errorf("%s:%w", name, yamlErr(err)))
		return
	}
	if len(doc.Content) == 0 {
		l.errs = append(l.errs, fmt.Errorf("%s:1:1: empty file", name))
		return
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		l.errs = append(l.errs, f.errorf(top, "want a mapping with a rules: list"))
		return
	}
	var rulesNode *yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "rules":
			rulesNode = v
		case "tests", "rule_files":
			if skipTests {
				return
			}
			l.errs = append(l.errs, f.errorf(k, "this is a rule test file; run it with `vigil rules test`"))
			return
		default:
			l.errs = append(l.errs, f.errorf(k, "unknown key %q (want rules)", k.Value))
		}
	}
	if rulesNode == nil {
		l.errs = append(l.errs, f.errorf(top, "missing rules: list"))
		return
	}
	if rulesNode.Kind != yaml.SequenceNode {
		l.errs = append(l.errs, f.errorf(rulesNode, "rules: want a list of rules"))
		return
	}
	for _, rn := range rulesNode.Content {
		r, errs := parseRule(f, rn)
		if len(errs) > 0 {
			l.errs = append(l.errs, errs...)
			if r == nil || r.Name == "" {
				continue
			}
		}
		if r.Name != "" {
			where := fmt.Sprintf("%s:%d", f.name, rn.Line)
			if first, dup := l.names[r.Name]; dup {
				l.errs = append(l.errs, f.errorf(rn, "duplicate rule name %q (first defined at %s)", r.Name, first))
				continue
			}
			l.names[r.Name] = where
		}
		if len(errs) == 0 {
			l.rs.Rules = append(l.rs.Rules, r)
		}
	}
}

// yamlErr keeps the line of a YAML syntax error in the "line:col" shape.
func yamlErr(err error) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	if strings.HasPrefix(msg, "line ") {
		var line int
		if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
			rest := msg[strings.IndexByte(msg, ':')+1:]
			return fmt.Errorf("%d:1:%s", line, rest)
		}
	}
	return errors.New("1:1: " + msg)
}

func parseRule(f *fileCtx, n *yaml.Node) (*Rule, []error) {
	if n.Kind != yaml.MappingNode {
		return nil, []error{f.errorf(n, "a rule must be a mapping")}
	}
	r := &Rule{File: f.name, Line: n.Line}
	var errs []error
	bad := func(node *yaml.Node, format string, args ...any) {
		prefix := ""
		if r.Name != "" {
			prefix = "rule " + r.Name + ": "
		}
		errs = append(errs, f.errorf(node, "%s%s", prefix, fmt.Sprintf(format, args...)))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "name" && n.Content[i+1].Kind == yaml.ScalarNode {
			r.Name = n.Content[i+1].Value // for messages about other keys
		}
	}
	nodes := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !ruleKeys[k.Value] {
			bad(k, "unknown key %q", k.Value)
			continue
		}
		if _, dup := nodes[k.Value]; dup {
			bad(k, "key %q given twice", k.Value)
			continue
		}
		nodes[k.Value] = v
	}
	str := func(key string) string {
		v := nodes[key]
		if v == nil {
			return ""
		}
		if v.Kind != yaml.ScalarNode {
			bad(v, "%s: want a string", key)
			return ""
		}
		return v.Value
	}
	dur := func(key string) time.Duration {
		s := str(key)
		if s == "" {
			return 0
		}
		d, err := parseDuration(s)
		if err != nil || d < 0 {
			bad(nodes[key], "%s: %q is not a duration (like 30s, 5m, 2h)", key, s)
			return 0
		}
		return d
	}
	strMap := func(key string) map[string]string {
		v := nodes[key]
		if v == nil {
			return nil
		}
		m := map[string]string{}
		if v.Kind != yaml.MappingNode {
			bad(v, "%s: want a mapping of strings", key)
			return nil
		}
		for i := 0; i+1 < len(v.Content); i += 2 {
			kk, vv := v.Content[i], v.Content[i+1]
			if vv.Kind != yaml.ScalarNode {
				bad(vv, "%s.%s: want a string", key, kk.Value)
				continue
			}
			m[kk.Value] = vv.Value
		}
		return m
	}

	r.Name = str("name")
	if r.Name == "" {
		bad(n, "rule without a name")
	} else if !validName(r.Name) {
		bad(nodes["name"], "name %q: use letters, digits, '-', '_' and '.'", r.Name)
	}
	r.Description = str("description")
	if s := str("severity"); s == "" {
		bad(n, "missing severity (P0, P1, P2 or P3)")
	} else if sev, err := alert.ParseSeverity(s); err != nil {
		bad(nodes["severity"], "%v", err)
	} else {
		r.Severity = sev
	}
	r.Team = str("team")
	if r.Team == "" {
		r.Team = str("owner")
	}
	r.Filter = str("filter")
	if v := nodes["group_by"]; v != nil {
		switch v.Kind {
		case yaml.ScalarNode:
			r.GroupBy = []string{v.Value}
		case yaml.SequenceNode:
			for _, g := range v.Content {
				if g.Kind != yaml.ScalarNode || g.Value == "" {
					bad(g, "group_by: want field paths")
					continue
				}
				r.GroupBy = append(r.GroupBy, g.Value)
			}
		default:
			bad(v, "group_by: want a list of field paths")
		}
	}
	r.Window = dur("window")
	if nodes["window"] == nil {
		r.Window = 5 * time.Minute
		if nodes["detector"] != nil {
			r.Window = time.Minute // a detector watches the per-minute series
		}
	}
	if r.Window != 0 && (r.Window < time.Minute || r.Window > 24*time.Hour) {
		bad(nodes["window"], "window %s: want between 1m and 24h", r.Window)
	}
	r.Condition = str("condition")
	r.Value = str("value")
	r.Sample = str("sample")
	r.For = dur("for")
	r.KeepFiringFor = dur("keep_firing_for")
	r.Labels = strMap("labels")
	r.Annotations = strMap("annotations")
	r.RunbookURL = str("runbook_url")
	if v := nodes["detector"]; v != nil {
		var d DetectorSpec
		if err := v.Decode(&d); err != nil || d.Preset == "" {
			bad(v, "detector: want {preset: NAME, direction: up|down|both}")
		} else {
			r.Detector = &d
		}
		if r.Condition != "" {
			bad(nodes["condition"], "a rule has either a condition or a detector, not both")
		}
		if r.Value == "" {
			bad(v, "a detector rule needs value: (the per-minute number it watches)")
		}
	}
	for k := range r.Labels {
		if k == "" {
			bad(nodes["labels"], "empty label name")
		}
	}
	// Compile even after shape errors, so one run reports every problem.
	errs = append(errs, r.compile(f, nodes)...)
	return r, errs
}

func validName(s string) bool {
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}

// hash identifies the rule's definition: equal hashes keep window state
// across a reload.
func (r *Rule) hash() string {
	b, _ := json.Marshal(r)
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:8])
}
