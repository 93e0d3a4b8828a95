// Package cfgerr holds the validation error every config section returns: a
// message at a dotted key path, which the config loader turns into file:line.
// It is a leaf, so that packages owning a config section need not import the
// loader (which imports them).
package cfgerr

import "fmt"

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
