// Package redact removes buyer PII and credentials from vigil's events and
// text before they leave the process: indexed documents, dead-letter records,
// alert annotations and samples, and vigil's own log lines.
//
// A Redactor applies two layers. Field rules match flattened event paths
// ("buyer.*", "*.email") and drop, mask, hash (keyed HMAC-SHA256 pseudonym),
// partially reveal, or keep a value. Detectors then look inside every string
// value, in one hand-written pass over its bytes: a byte-class table finds
// candidate spans (digit runs with separators, '@', known token prefixes,
// key=value and JSON key contexts, trigger phrases), and each candidate is
// validated (Luhn and issuer prefix for cards, mod-97 for IBAN, checksum for
// Chinese resident ids, national numbering shapes for phones) and checked
// against look-alike guards (order ids, timestamps, UUIDs, SKUs, tracking
// numbers) before it is replaced.
//
// Replacements are markers such as "[REDACTED:email]" or
// "[HASH:email:3f9a0c1d2b4e5f60]". The scanner skips markers, so redacting
// twice gives the same result as redacting once.
package redact

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"hash/maphash"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Kind is a class of sensitive value.
type Kind uint8

// The kinds the detectors know. KindCustom counts matches of user patterns;
// KindField counts field-rule redactions whose label is not one of the
// built-in kinds.
const (
	KindEmail Kind = iota
	KindPhone
	KindCard
	KindIBAN
	KindCNID
	KindCredential
	KindName
	KindAddress
	KindCustom
	KindField
	// NumKinds is the number of kinds.
	NumKinds
)

var kindNames = [NumKinds]string{"email", "phone", "card", "iban", "cn_id", "credential", "name", "address", "custom", "field"}

// String returns the kind's name as used in config and markers.
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// KindByName returns the kind with the given name.
func KindByName(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return Kind(i), true
		}
	}
	return 0, false
}

// Kinds returns the detector kinds, in order.
func Kinds() []Kind {
	return []Kind{KindEmail, KindPhone, KindCard, KindIBAN, KindCNID, KindCredential, KindName, KindAddress}
}

// Counts holds how many values of each kind were redacted.
type Counts [NumKinds]int

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	for i := range c {
		c[i] += o[i]
	}
}

// Total is the sum over kinds.
func (c Counts) Total() int {
	t := 0
	for _, n := range c {
		t += n
	}
	return t
}

// String lists the non-zero counts as "email=2 phone=1", or "none".
func (c Counts) String() string {
	var b strings.Builder
	for i, n := range c {
		if n == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(kindNames[i])
		b.WriteByte('=')
		b.WriteString(strconv.Itoa(n))
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

// Action says what a field rule, or a detector kind, does with a value.
type Action string

// The actions.
const (
	// ActionScan runs the detectors over the value (the default for
	// fields no rule names).
	ActionScan Action = "scan"
	// ActionDrop removes the field.
	ActionDrop Action = "drop"
	// ActionMask replaces the value with "[REDACTED:kind]".
	ActionMask Action = "mask"
	// ActionHash replaces the value with a keyed HMAC-SHA256 pseudonym,
	// "[HASH:kind:16 hex digits]", stable across restarts and instances
	// that share the key.
	ActionHash Action = "hash"
	// ActionPartial keeps the last 4 digits of a card or the country code
	// of a phone number and masks the rest (other kinds are masked).
	ActionPartial Action = "partial"
	// ActionKeep leaves the value alone: no detector runs on it.
	ActionKeep Action = "keep"
	// ActionOff switches a detector kind off (only in Config.Kinds).
	ActionOff Action = "off"
)

// FieldRule applies an action to the fields whose flattened path matches
// Path. In Path, "*" matches any run of characters, dots included; "a.*"
// also matches "a" itself and "*.a" also matches "a". The first matching
// rule wins.
type FieldRule struct {
	Path   string `yaml:"path"`
	Action Action `yaml:"action"`
	// Kind labels the marker ("[REDACTED:email]") and the count. Empty:
	// guessed from the path's last segment (email, phone, name, address,
	// card, credential), else "field".
	Kind string `yaml:"kind,omitempty"`
	// (For a wildcard rule without Kind the label is guessed per field.)
	// Disable switches detector kinds off for this field (action scan),
	// e.g. a shop's public support phone: {path: shop.support_phone,
	// action: scan, disable: [phone]}.
	Disable []string `yaml:"disable,omitempty"`
}

// Pattern is a custom detector. Prefix is a literal the scanner finds at the
// start of a token (fast: no extra pass); the token runs over letters,
// digits and "_-.|+/=". Regexp, if set, must match the token from its start;
// a Regexp without a Prefix runs as its own pass over each string (slower).
// Test is an example that must be redacted; New fails if it is not.
type Pattern struct {
	Name   string `yaml:"name"`
	Prefix string `yaml:"prefix,omitempty"`
	Regexp string `yaml:"regexp,omitempty"`
	Test   string `yaml:"test"`
}

// Config configures a Redactor.
type Config struct {
	// Kinds maps a detector kind (or custom pattern name) to its action:
	// mask (default), hash, partial or off. Kinds not named are masked.
	Kinds map[string]Action `yaml:"kinds,omitempty"`
	// Fields are the field rules, first match wins.
	Fields []FieldRule `yaml:"fields,omitempty"`
	// Custom adds patterns.
	Custom []Pattern `yaml:"custom,omitempty"`
	// Allow lists values never to redact: exact text, or a glob with "*"
	// ("*@support.example.com"). Compared case-insensitively.
	Allow []string `yaml:"allow,omitempty"`
	// HashKeyEnv names an environment variable holding the HMAC key;
	// HashKeyFile a file holding it. Required when any action is hash.
	HashKeyEnv  string `yaml:"hash_key_env,omitempty"`
	HashKeyFile string `yaml:"hash_key_file,omitempty"`
}

// DefaultConfig returns the configuration vigil starts from: every detector
// kind on (mask), ids and times kept, buyer and shipping-address fields,
// emails, phones, card data and credentials masked wherever they are.
func DefaultConfig() Config {
	keep := []string{"@timestamp", "trace.id", "span.id", "transaction.id", "parent.id",
		"event.duration", "event.action", "log.level", "service.name", "service.version",
		"host.name", "http.request.method", "http.response.status_code",
		"shop.platform", "shop.id", "shop.region", "sync.kind", "sync.delay_seconds",
		"job.name", "job.status"}
	var f []FieldRule
	for _, p := range keep {
		f = append(f, FieldRule{Path: p, Action: ActionKeep})
	}
	mask := []struct{ path, kind string }{
		{"buyer.*", ""}, {"customer.*", ""}, {"recipient.*", ""},
		{"shipping.address.*", "address"}, {"billing.address.*", "address"},
		{"*.email", "email"}, {"*.email_address", "email"},
		{"*.phone", "phone"}, {"*.phone_number", "phone"}, {"*.mobile", "phone"},
		{"*.password", "credential"}, {"*.passwd", "credential"}, {"*.secret", "credential"},
		{"*.client_secret", "credential"}, {"*.token", "credential"}, {"*.access_token", "credential"},
		{"*.refresh_token", "credential"}, {"*.api_key", "credential"}, {"*.apikey", "credential"},
		{"*.authorization", "credential"}, {"*.cookie", "credential"},
		{"*.card_number", "card"}, {"*.cvv", "card"}, {"*.cvc", "card"},
	}
	for _, m := range mask {
		f = append(f, FieldRule{Path: m.path, Action: ActionMask, Kind: m.kind})
	}
	return Config{Fields: f}
}

// WithDefaults returns c with DefaultConfig's field rules appended after
// its own, so a user's rules win and the defaults still apply elsewhere.
func (c Config) WithDefaults() Config {
	c.Fields = append(append([]FieldRule(nil), c.Fields...), DefaultConfig().Fields...)
	return c
}

// Redactor redacts events and text. It is immutable after New and safe for
// concurrent use.
type Redactor struct {
	kindAction [NumKinds]Action
	off        uint32 // bit per Kind switched off globally
	rules      []rule
	exact      map[string]int // exact-path rules → index of first such rule
	hasGlobs   bool
	custom     []custom
	prefixes   [256][]int // first byte → custom patterns with a prefix
	regexOnly  []int
	allowExact map[string]struct{}
	allowGlob  []string
	key        []byte
	hmacs      sync.Pool
	// paths caches each field path's rule and class (see path); front is
	// its direct-mapped front.
	paths   atomic.Pointer[map[string]pathInfo]
	front   pathFront
	pathsMu sync.Mutex
	// inert remembers repeated values that held nothing (inert.go).
	inert inertCache
	// shapes remembers events' top-level paths and their facts (shapes.go).
	shapes shapeCache
}

type custom struct {
	name   string
	prefix string
	re     *regexp.Regexp
	action Action
	marker string
}

type rule struct {
	FieldRule
	label string
	kind  Kind
	off   uint32
	glob  bool
	// Fast forms of the common patterns "a.b.*" and "*.b".
	prefix, suffix string
}

// New validates cfg and returns a Redactor. Every custom pattern's Test
// string must be redacted by the finished Redactor, or New fails naming the
// pattern.
func New(cfg Config) (*Redactor, error) {
	leadsOnce.Do(buildLeads)
	r := &Redactor{exact: map[string]int{}, allowExact: map[string]struct{}{}}
	r.inert.seed = maphash.MakeSeed()
	r.shapes.seed = maphash.MakeSeed()
	for k := range r.kindAction {
		r.kindAction[k] = ActionMask
	}
	needKey := false
	customNames := map[string]bool{}
	for _, p := range cfg.Custom {
		customNames[p.Name] = true
	}
	for name, a := range cfg.Kinds {
		switch a {
		case ActionMask, ActionHash, ActionPartial, ActionOff:
		default:
			return nil, fmt.Errorf("redact: kind %q: action %q is not mask, hash, partial or off", name, a)
		}
		if a == ActionHash {
			needKey = true
		}
		k, ok := KindByName(name)
		if !ok || k >= KindCustom {
			if customNames[name] {
				continue
			}
			return nil, fmt.Errorf("redact: unknown kind %q", name)
		}
		r.kindAction[k] = a
		if a == ActionOff {
			r.off |= 1 << k
		}
	}
	for i, fr := range cfg.Fields {
		if fr.Path == "" {
			return nil, fmt.Errorf("redact: field rule %d: empty path", i+1)
		}
		switch fr.Action {
		case "":
			fr.Action = ActionMask
		case ActionScan, ActionDrop, ActionMask, ActionHash, ActionPartial, ActionKeep:
		default:
			return nil, fmt.Errorf("redact: field rule %q: unknown action %q", fr.Path, fr.Action)
		}
		if fr.Action == ActionHash {
			needKey = true
		}
		ru := rule{FieldRule: fr, glob: strings.Contains(fr.Path, "*")}
		if n := strings.Count(fr.Path, "*"); n == 1 && strings.HasSuffix(fr.Path, ".*") {
			ru.prefix = fr.Path[:len(fr.Path)-2]
		} else if n == 1 && strings.HasPrefix(fr.Path, "*.") {
			ru.suffix = fr.Path[2:]
		}
		ru.label = fr.Kind
		if ru.label == "" && !ru.glob {
			ru.label = guessLabel(fr.Path)
		}
		if k, ok := KindByName(ru.label); ok && ru.label != "" {
			ru.kind = k
		} else {
			ru.kind = KindField
		}
		for _, d := range fr.Disable {
			k, ok := KindByName(d)
			if !ok || k >= KindCustom {
				return nil, fmt.Errorf("redact: field rule %q: unknown kind %q in disable", fr.Path, d)
			}
			ru.off |= 1 << k
		}
		if ru.glob {
			r.hasGlobs = true
		} else if _, dup := r.exact[fr.Path]; !dup {
			r.exact[fr.Path] = len(r.rules)
		}
		r.rules = append(r.rules, ru)
	}
	seen := map[string]bool{}
	for _, p := range cfg.Custom {
		if p.Name == "" || !validLabel(p.Name) {
			return nil, fmt.Errorf("redact: custom pattern %q: name must be lower-case letters, digits and _", p.Name)
		}
		if _, builtin := KindByName(p.Name); builtin || seen[p.Name] {
			return nil, fmt.Errorf("redact: custom pattern %q: name already used", p.Name)
		}
		seen[p.Name] = true
		if p.Prefix == "" && p.Regexp == "" {
			return nil, fmt.Errorf("redact: custom pattern %q: needs a prefix or a regexp", p.Name)
		}
		if p.Prefix != "" && !isWord(p.Prefix[0]) {
			return nil, fmt.Errorf("redact: custom pattern %q: prefix must start with a letter, digit or _", p.Name)
		}
		c := custom{name: p.Name, prefix: p.Prefix, action: ActionMask, marker: "[REDACTED:" + p.Name + "]"}
		if a, ok := cfg.Kinds[p.Name]; ok {
			c.action = a
		}
		if p.Regexp != "" {
			expr := p.Regexp
			if p.Prefix != "" {
				expr = `^(?:` + expr + `)`
			}
			re, err := regexp.Compile(expr)
			if err != nil {
				return nil, fmt.Errorf("redact: custom pattern %q: %w", p.Name, err)
			}
			c.re = re
		}
		idx := len(r.custom)
		r.custom = append(r.custom, c)
		if p.Prefix != "" {
			b := p.Prefix[0]
			r.prefixes[b] = append(r.prefixes[b], idx)
		} else {
			r.regexOnly = append(r.regexOnly, idx)
		}
	}
	for _, a := range cfg.Allow {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "" {
			continue
		}
		if strings.Contains(a, "*") {
			r.allowGlob = append(r.allowGlob, a)
		} else {
			r.allowExact[a] = struct{}{}
		}
	}
	if needKey {
		key, err := loadKey(cfg.HashKeyEnv, cfg.HashKeyFile)
		if err != nil {
			return nil, err
		}
		r.key = key
	}
	r.hmacs.New = func() any { return hmac.New(sha256.New, r.key) }
	for _, p := range cfg.Custom {
		if p.Test == "" {
			return nil, fmt.Errorf("redact: custom pattern %q: no test string", p.Name)
		}
		found := false
		sc := r.find(p.Test, 0)
		for _, sp := range sc.spans {
			if sp.kind == KindCustom && r.custom[sp.custom].name == p.Name {
				found = true
			}
		}
		sc.release()
		if !found {
			return nil, fmt.Errorf("redact: custom pattern %q does not match its test string", p.Name)
		}
	}
	return r, nil
}

func validLabel(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func loadKey(env, file string) ([]byte, error) {
	switch {
	case env != "":
		v := os.Getenv(env)
		if len(v) < 16 {
			return nil, fmt.Errorf("redact: hash key: environment variable %s is unset or shorter than 16 bytes", env)
		}
		return []byte(v), nil
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("redact: hash key: %w", err)
		}
		b = []byte(strings.TrimSpace(string(b)))
		if len(b) < 16 {
			return nil, errors.New("redact: hash key: key file holds fewer than 16 bytes")
		}
		return b, nil
	}
	return nil, errors.New("redact: a hash action needs hash_key_env or hash_key_file")
}

// guessLabel names the kind of a field from its last path segment.
func guessLabel(path string) string {
	seg := strings.ToLower(path[strings.LastIndexByte(path, '.')+1:])
	switch {
	case strings.Contains(seg, "mail"):
		return "email"
	case strings.Contains(seg, "phone") || strings.Contains(seg, "mobile") || seg == "tel" || seg == "fax":
		return "phone"
	case strings.Contains(seg, "card") || seg == "pan" || seg == "cvv" || seg == "cvc":
		return "card"
	case strings.Contains(seg, "pass") || strings.Contains(seg, "secret") || strings.Contains(seg, "token") || strings.Contains(seg, "key"):
		return "credential"
	case strings.Contains(seg, "name"):
		return "name"
	case strings.Contains(seg, "addr") || strings.Contains(seg, "street") || strings.Contains(seg, "city") ||
		strings.Contains(seg, "zip") || strings.Contains(seg, "postal") || strings.Contains(seg, "line"):
		return "address"
	case seg == "*" || seg == "":
		return "field"
	}
	return "field"
}

// labelFor returns the marker label and count kind of rule ru applied at
// path: the rule's kind, else guessed from the path's last segment.
func labelFor(ru *rule, path string) (string, Kind) {
	if ru.label != "" {
		return ru.label, ru.kind
	}
	l := guessLabel(path)
	if k, ok := KindByName(l); ok {
		return l, k
	}
	return "field", KindField
}

// ruleFor returns the first rule matching path, or nil.
func (r *Redactor) ruleFor(path string) *rule {
	best := -1
	if i, ok := r.exact[path]; ok {
		best = i
	}
	if r.hasGlobs {
		limit := len(r.rules)
		if best >= 0 {
			limit = best
		}
		for i := 0; i < limit; i++ {
			ru := &r.rules[i]
			if !ru.glob {
				continue
			}
			var ok bool
			switch {
			case ru.prefix != "":
				ok = strings.HasPrefix(path, ru.prefix) && (len(path) == len(ru.prefix) || path[len(ru.prefix)] == '.')
			case ru.suffix != "":
				ok = strings.HasSuffix(path, ru.suffix) && (len(path) == len(ru.suffix) || path[len(path)-len(ru.suffix)-1] == '.')
			default:
				ok = matchPath(ru.Path, path)
			}
			if ok {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return nil
	}
	return &r.rules[best]
}

// matchPath matches a field rule pattern against a path.
func matchPath(pat, path string) bool {
	if strings.HasSuffix(pat, ".*") && path == pat[:len(pat)-2] {
		return true
	}
	if strings.HasPrefix(pat, "*.") && path == pat[2:] {
		return true
	}
	return glob(pat, path)
}

// glob matches s against pattern p where '*' matches any run of bytes. It
// runs in O(len(p)*len(s)) at worst and needs no allocation.
func glob(p, s string) bool {
	pi, si := 0, 0
	star, mark := -1, 0
	for si < len(s) {
		switch {
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, si
			pi++
		case pi < len(p) && p[pi] == s[si]:
			pi++
			si++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// allowed reports whether the allow-list exempts v.
func (r *Redactor) allowed(v string) bool {
	if len(r.allowExact) == 0 && len(r.allowGlob) == 0 {
		return false
	}
	var buf [128]byte
	if len(v) > len(buf) {
		return false
	}
	lv := buf[:len(v)]
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lv[i] = c
	}
	if _, ok := r.allowExact[string(lv)]; ok {
		return true
	}
	for _, g := range r.allowGlob {
		if glob(g, string(lv)) {
			return true
		}
	}
	return false
}

// pseudonym returns the hex HMAC of the normalised value.
func (r *Redactor) pseudonym(dst []byte, k Kind, v string) []byte {
	h := r.hmacs.Get().(hash.Hash)
	h.Reset()
	var norm [256]byte
	n := normalize(norm[:0], k, v)
	h.Write(n)
	var sum [32]byte
	out := h.Sum(sum[:0])
	r.hmacs.Put(h)
	for _, b := range out[:8] {
		dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
	}
	return dst
}

const hexDigits = "0123456789abcdef"

// normalize makes equal values spelled differently hash alike: emails and
// names case-folded and trimmed, phones, cards and ids reduced to digits.
func normalize(dst []byte, k Kind, v string) []byte {
	v = strings.TrimSpace(v)
	switch k {
	case KindPhone, KindCard, KindCNID, KindIBAN:
		for i := 0; i < len(v); i++ {
			c := v[i]
			if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
				dst = append(dst, c)
			} else if c >= 'a' && c <= 'z' {
				dst = append(dst, c-'a'+'A')
			}
		}
		return dst
	case KindEmail, KindName, KindAddress:
		for i := 0; i < len(v); i++ {
			c := v[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	return append(dst, v...)
}

// sortSpans orders spans by start and drops overlaps (the earlier wins).
func sortSpans(sp []span) []span {
	sort.Slice(sp, func(i, j int) bool { return sp[i].start < sp[j].start })
	out := sp[:0]
	end := -1
	for _, s := range sp {
		if int(s.start) < end {
			continue
		}
		out = append(out, s)
		end = int(s.end)
	}
	return out
}
