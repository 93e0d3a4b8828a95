// Package cfgerr holds the errors of vigil's YAML files: the validation
// error every config section returns (a message at a dotted key path), and
// the file:line errors the loaders turn those and yaml.v3's messages into.
// It is a leaf, so that packages owning a config section, or reading a
// YAML file of their own, need not import the config loader (which imports
// them).
package cfgerr

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// FieldError is a validation problem at a key path.
type FieldError struct {
	Path string
	Msg  string
}

func (e *FieldError) Error() string { return e.Path + ": " + e.Msg }

// Fieldf returns a FieldError.
func Fieldf(path, format string, args ...any) *FieldError {
	return &FieldError{Path: path, Msg: fmt.Sprintf(format, args...)}
}

// Error is one problem in a YAML file, located by file and line.
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

var (
	lineRe     = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	backtickRe = regexp.MustCompile("`[^`]*`")
)

// YAMLErrors rewrites yaml.v3's messages as file:line errors. Values are
// left out of the message: a misplaced secret must not end up in a log.
func YAMLErrors(file string, err error) error {
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

// Locate gives validation errors the line of their key path.
func Locate(file string, root *yaml.Node, err error) error {
	var errs []error
	for _, e := range unjoin(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			errs = append(errs, &Error{File: file, Line: LineOf(root, fe.Path), Path: fe.Path, Msg: fe.Msg})
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

// LineOf finds the line of a dotted key path ("kafka.brokers",
// "alerting.receivers.2.webhook.url"); it falls back to the deepest key found.
func LineOf(root *yaml.Node, path string) int {
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
