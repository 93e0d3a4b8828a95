// Package event defines vigil's log event: one decoded log line, flattened to
// dotted ECS paths ("service.name", "http.response.status_code"), with its
// event time and the position it came from.
//
// Decoding is vigil's hot path, so an Event keeps its fields in a small slice
// in input order rather than in a map, and a Decoder reuses its parser and
// copies all of a line's strings with a single allocation. The package
// imports only the standard library and fastjson.
package event

import (
	"strconv"
	"time"
)

// Kind is the JSON type of a Value.
type Kind uint8

// The kinds of value a field can hold.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "bool"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case Object:
		return "object"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is a JSON value. Objects at the top level are flattened into dotted
// paths; Object values appear only as elements of arrays.
type Value struct {
	Kind Kind
	// Str holds a String's text, or a Number's literal as written.
	Str string
	// Num holds a Number's value, or 1/0 for a Bool.
	Num float64
	// Items holds an Array's elements.
	Items []Value
	// Fields holds an Object's members (only inside arrays), flattened.
	Fields []Field
}

// StringValue returns a String value.
func StringValue(s string) Value { return Value{Kind: String, Str: s} }

// NumberValue returns a Number value.
func NumberValue(f float64) Value {
	return Value{Kind: Number, Num: f, Str: strconv.FormatFloat(f, 'g', -1, 64)}
}

// BoolValue returns a Bool value.
func BoolValue(b bool) Value {
	if b {
		return Value{Kind: Bool, Num: 1}
	}
	return Value{Kind: Bool}
}

// Text returns the value as text: a string as is, a number as written,
// true/false, "" for null, and JSON for arrays.
func (v Value) Text() string {
	switch v.Kind {
	case String, Number:
		return v.Str
	case Bool:
		if v.Num != 0 {
			return "true"
		}
		return "false"
	case Array, Object:
		return string(v.appendJSON(nil))
	}
	return ""
}

// Scalar returns the text of a string, number or bool value, and "" for
// null, arrays and objects (unlike Text, which writes those as JSON).
func (v Value) Scalar() string {
	if v.Kind == Array || v.Kind == Object {
		return ""
	}
	return v.Text()
}

// Float returns the value as a number: a Number, a Bool as 1/0, or a String
// that parses as a number.
func (v Value) Float() (float64, bool) {
	switch v.Kind {
	case Number, Bool:
		return v.Num, true
	case String:
		f, err := strconv.ParseFloat(v.Str, 64)
		return f, err == nil
	}
	return 0, false
}

// Field is one flattened member of an event.
type Field struct {
	Path  string
	Value Value
}

// Source says where an event came from.
type Source struct {
	Topic     string
	Partition int
	Offset    int64
	// Assignment names the source's assignment of the partition that
	// delivered the event (a Kafka consumer group numbers them; a partition
	// taken away and given back is a new one), 0 for sources without
	// assignments. It is not part of the event's identity (ID).
	Assignment int64
}

// ID is the event's idempotent document id: the same message always gets the
// same id, so a replay overwrites instead of duplicating.
func (s Source) ID() string {
	b := make([]byte, 0, len(s.Topic)+24)
	b = append(b, s.Topic...)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(s.Partition), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, s.Offset, 10)
	return string(b)
}

// Event is one decoded log line.
type Event struct {
	// Time is the event time, from @timestamp.
	Time time.Time
	// Fields are the flattened fields in input order, each path once.
	Fields []Field
	// Source is the message's position (zero for files and stdin).
	Source Source
}

// TimestampPath is the path of the event time.
const TimestampPath = "@timestamp"

// Get returns the value at an ECS path.
func (e *Event) Get(path string) (Value, bool) {
	for i := range e.Fields {
		if e.Fields[i].Path == path {
			return e.Fields[i].Value, true
		}
	}
	return Value{}, false
}

// Text returns the text of the value at path, or "" when absent.
func (e *Event) Text(path string) string {
	v, _ := e.Get(path)
	return v.Text()
}

// Float returns the value at path as a number.
func (e *Event) Float(path string) (float64, bool) {
	v, ok := e.Get(path)
	if !ok {
		return 0, false
	}
	return v.Float()
}

// Set sets the value at path, replacing it in place or appending it.
func (e *Event) Set(path string, v Value) {
	for i := range e.Fields {
		if e.Fields[i].Path == path {
			e.Fields[i].Value = v
			return
		}
	}
	e.Fields = append(e.Fields, Field{Path: path, Value: v})
}

// Delete removes the field at path and reports whether it was there.
func (e *Event) Delete(path string) bool {
	for i := range e.Fields {
		if e.Fields[i].Path == path {
			e.Fields = append(e.Fields[:i], e.Fields[i+1:]...)
			return true
		}
	}
	return false
}

// Reset empties the event for reuse, keeping its capacity.
func (e *Event) Reset() {
	e.Time = time.Time{}
	e.Fields = e.Fields[:0]
	e.Source = Source{}
}

// Clone returns a deep copy of the event's field slice (values share their
// immutable strings).
func (e *Event) Clone() *Event {
	c := *e
	c.Fields = append([]Field(nil), e.Fields...)
	return &c
}
