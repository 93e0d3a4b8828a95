// Package config loads vigil.yaml: strict YAML (an unknown key is an error
// naming file and line), ${ENV} expansion for secrets, defaults, and
// validation with precise messages. A built-in default serves the commands
// that need no file (demo, replay, redact, score).
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/config/cfgerr"
)

// Error is one problem in a config file, located by file and line.
type Error struct {
	File string
	Line int    // 0 when unknown
	Path string // dotted key path, when known
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// FieldError is a validation problem at a key path; Load turns it into an
// Error with the key's line.
type FieldError = cfgerr.FieldError

// Fieldf returns a FieldError.
var Fieldf = cfgerr.Fieldf

// Validator is implemented by configs that check themselves after decoding.
// Returned errors should be FieldErrors (possibly joined).
type Validator interface {
	Validate() error
}

// Decode reads YAML from data into out strictly, expanding ${ENV} first,
// and validates out when it is a Validator. Errors name file and line.
// lookupEnv is os.LookupEnv when nil.
func Decode(file string, data []byte, out any, lookupEnv func(string) (string, bool)) error {
	if lookupEnv == nil {
		lookupEnv = os.LookupEnv
	}
	expanded, err := ExpandEnv(file, data, lookupEnv)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(expanded))
	dec.KnownFields(true)
	if err := dec.Decode(out); err != nil && !errors.Is(err, io.EOF) {
		return yamlErrors(file, err)
	}
	if v, ok := out.(Validator); ok {
		if err := v.Validate(); err != nil {
			var root yaml.Node
			_ = yaml.Unmarshal(expanded, &root)
			return locate(file, &root, err)
		}
	}
	return nil
}

var (
	lineRe     = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	backtickRe = regexp.MustCompile("`[^`]*`")
)

// yamlErrors rewrites yaml.v3's messages as file:line errors. Values are
// left out of the message: a misplaced secret must not end up in a log.
func yamlErrors(file string, err error) error {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var errs []error
	for _, m := range msgs {
		e := &Error{File: file}
		if sm := lineRe.FindStringSubmatch(m); sm != nil {
			e.Line, _ = strconv.Atoi(sm[1])
			m = sm[2]
		}
		m = strings.TrimPrefix(m, "yaml: ")
		m = backtickRe.ReplaceAllString(m, "value")
		m = strings.Replace(m, "not found in type", "is not a known key of", 1)
		if i := strings.Index(m, " is not a known key of"); i >= 0 && strings.HasPrefix(m, "field ") {
			m = "unknown key " + strconv.Quote(strings.TrimPrefix(m[:i], "field "))
		}
		e.Msg = m
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// locate gives validation errors the line of their key path.
func locate(file string, root *yaml.Node, err error) error {
	var errs []error
	for _, e := range unjoin(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			errs = append(errs, &Error{File: file, Line: lineOf(root, fe.Path), Path: fe.Path, Msg: fe.Msg})
			continue
		}
		errs = append(errs, &Error{File: file, Msg: e.Error()})
	}
	return errors.Join(errs...)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

// lineOf finds the line of a dotted key path ("kafka.brokers",
// "alerting.receivers.2.webhook.url"); it falls back to the deepest key found.
func lineOf(root *yaml.Node, path string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, part := range strings.Split(path, ".") {
		switch n.Kind {
		case yaml.MappingNode:
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == part {
					line = n.Content[i].Line
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return line
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(n.Content) {
				return line
			}
			n = n.Content[i]
			line = n.Line
		default:
			return line
		}
	}
	return line
}

var envRe = regexp.MustCompile(`\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}`)

// ExpandEnv replaces ${NAME} with the environment variable's value and
// ${NAME:-default} with a default when NAME is unset or empty; $$ is a
// literal $. An unset variable without a default is an error naming its line.
// Comment lines are left alone.
func ExpandEnv(file string, data []byte, lookup func(string) (string, bool)) ([]byte, error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(data))
	var errs []error
	for i, line := range lines {
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] == '#' {
			out.Write(line)
			continue
		}
		expanded := envRe.ReplaceAllFunc(line, func(m []byte) []byte {
			if string(m) == "$$" {
				return []byte("$")
			}
			sm := envRe.FindSubmatch(m)
			name := string(sm[1])
			if v, ok := lookup(name); ok && (v != "" || sm[2] == nil) {
				return []byte(v)
			}
			if sm[2] != nil {
				return sm[3]
			}
			errs = append(errs, &Error{File: file, Line: i + 1, Msg: fmt.Sprintf("environment variable %s is not set (use ${%s:-default} for a default)", name, name)})
			return nil
		})
		out.Write(expanded)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out.Bytes(), nil
}
