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

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/config/cfgerr"
)

// Error is one problem in a config file, located by file and line.
type Error = cfgerr.Error

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
		return cfgerr.YAMLErrors(file, err)
	}
	if v, ok := out.(Validator); ok {
		if err := v.Validate(); err != nil {
			var root yaml.Node
			_ = yaml.Unmarshal(expanded, &root)
			return cfgerr.Locate(file, &root, err)
		}
	}
	return nil
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
