package estest

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// flattenMappings turns a mappings object ({"properties":{...}}) into field
// path -> type, with "object" for objects. Dotted property names are
// expanded as Elasticsearch does.
func flattenMappings(raw json.RawMessage) (map[string]string, error) {
	out := map[string]string{}
	if len(raw) == 0 {
		return out, nil
	}
	var m struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("failed to parse mapping: %w", err)
	}
	if err := flattenProps("", m.Properties, out); err != nil {
		return nil, err
	}
	return out, nil
}

func flattenProps(prefix string, props map[string]json.RawMessage, out map[string]string) error {
	for name, def := range props {
		path := name
		if prefix != "" {
			path = prefix + "." + name
		}
		// intermediate objects of dotted names
		for i := len(prefix); i < len(path); i++ {
			if path[i] == '.' && i > 0 {
				if t, ok := out[path[:i]]; ok && t != "object" && t != "nested" {
					return fmt.Errorf("field [%s] is defined both as an object and a field", path[:i])
				}
				out[path[:i]] = "object"
			}
		}
		var d struct {
			Type       string                     `json:"type"`
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(def, &d); err != nil {
			return fmt.Errorf("failed to parse mapping of field [%s]: %w", path, err)
		}
		typ := d.Type
		if typ == "" {
			if d.Properties == nil {
				return fmt.Errorf("No type specified for field [%s]", path)
			}
			typ = "object"
		}
		if !knownType(typ) {
			return fmt.Errorf("No handler for type [%s] declared on field [%s]", typ, path)
		}
		out[path] = typ
		if d.Properties != nil {
			if err := flattenProps(path, d.Properties, out); err != nil {
				return err
			}
		}
	}
	return nil
}

func knownType(t string) bool {
	switch t {
	case "object", "nested", "flattened", "keyword", "constant_keyword", "wildcard", "text", "match_only_text",
		"long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long",
		"date", "date_nanos", "boolean", "ip", "geo_point", "binary":
		return true
	}
	return false
}

// dynamicStringType returns the type a dynamic template assigns to new
// string fields ("match_mapping_type": "string"), or "".
func dynamicStringType(raw json.RawMessage) string {
	var m struct {
		DynamicTemplates []map[string]struct {
			MatchMappingType string `json:"match_mapping_type"`
			Match            string `json:"match"`
			PathMatch        string `json:"path_match"`
			Mapping          struct {
				Type string `json:"type"`
			} `json:"mapping"`
		} `json:"dynamic_templates"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	for _, dt := range m.DynamicTemplates {
		for _, t := range dt {
			if t.MatchMappingType == "string" && (t.Match == "" || t.Match == "*") &&
				(t.PathMatch == "" || t.PathMatch == "*") && t.Mapping.Type != "" {
				return t.Mapping.Type
			}
		}
	}
	return ""
}

// unflattenMappings rebuilds {"properties":{...}} from field path -> type.
func unflattenMappings(flat map[string]string) map[string]any {
	root := map[string]any{}
	paths := make([]string, 0, len(flat))
	for p := range flat {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		parts := strings.Split(p, ".")
		props := root
		for i, part := range parts {
			node, ok := props[part].(map[string]any)
			if !ok {
				node = map[string]any{}
				props[part] = node
			}
			if i == len(parts)-1 {
				if flat[p] != "object" {
					node["type"] = flat[p]
				}
				break
			}
			sub, ok := node["properties"].(map[string]any)
			if !ok {
				sub = map[string]any{}
				node["properties"] = sub
			}
			props = sub
		}
	}
	return map[string]any{"properties": root}
}

// leaf is one field occurrence in a document: an object or a scalar value.
type leaf struct {
	path  string
	value any // map[string]any for objects, else string, json.Number, bool or nil
}

// flattenDoc lists every field occurrence of a document; arrays contribute
// each element under the same path, dotted keys are expanded.
func flattenDoc(prefix string, m map[string]any, out []leaf) []leaf {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		for i := len(prefix) + 1; i < len(path); i++ {
			if path[i] == '.' {
				out = append(out, leaf{path: path[:i], value: map[string]any{}})
			}
		}
		out = flattenValue(path, m[k], out)
	}
	return out
}

func flattenValue(path string, v any, out []leaf) []leaf {
	switch x := v.(type) {
	case map[string]any:
		out = append(out, leaf{path: path, value: x})
		return flattenDoc(path, x, out)
	case []any:
		for _, e := range x {
			out = flattenValue(path, e, out)
		}
		return out
	default:
		return append(out, leaf{path: path, value: x})
	}
}

type mappingError struct {
	typ, reason string
	cause       *itemError
}

// checkMapping validates a document against the index mapping and returns
// the dynamic mapping additions it implies.
func checkMapping(ix *index, id string, source map[string]any) (map[string]string, *mappingError) {
	updates := map[string]string{}
	typeOf := func(p string) (string, bool) {
		if t, ok := updates[p]; ok {
			return t, true
		}
		t, ok := ix.mappings[p]
		return t, ok
	}
	leaves := flattenDoc("", source, nil)
	for _, l := range leaves {
		// Below a flattened field nothing is mapped; below a concrete
		// field nothing may be added.
		skip := false
		for i := 0; i < len(l.path); i++ {
			if l.path[i] != '.' {
				continue
			}
			if t, ok := typeOf(l.path[:i]); ok {
				if t == "flattened" {
					skip = true
					break
				}
				if t != "object" && t != "nested" {
					return nil, &mappingError{typ: "document_parsing_exception", reason: fmt.Sprintf(
						"Could not dynamically add mapping for field [%s]. Existing mapping for [%s] must be of type object but found [%s].",
						l.path, l.path[:i], t)}
				}
			}
		}
		if skip {
			continue
		}
		t, mapped := typeOf(l.path)
		if _, isObj := l.value.(map[string]any); isObj {
			if mapped && t != "object" && t != "nested" && t != "flattened" {
				return nil, &mappingError{typ: "document_parsing_exception", reason: fmt.Sprintf(
					"failed to parse field [%s] of type [%s] in document with id '%s'", l.path, t, id),
					cause: &itemError{Type: "illegal_state_exception", Reason: "Can't get text on a START_OBJECT"}}
			}
			if !mapped {
				updates[l.path] = "object"
			}
			continue
		}
		if l.value == nil {
			continue
		}
		if !mapped {
			updates[l.path] = dynamicType(ix, l.value)
			continue
		}
		if t == "object" || t == "nested" {
			return nil, &mappingError{typ: "document_parsing_exception", reason: fmt.Sprintf(
				"object mapping for [%s] tried to parse field [%s] as object, but found a concrete value", l.path, l.path)}
		}
		if cause := checkValue(t, l.value); cause != nil {
			return nil, &mappingError{typ: "document_parsing_exception", reason: fmt.Sprintf(
				"failed to parse field [%s] of type [%s] in document with id '%s'. Preview of field's value: '%s'",
				l.path, t, id, preview(l.value)), cause: cause}
		}
	}
	return updates, nil
}

// dynamicType is the type dynamic mapping gives a new scalar field.
func dynamicType(ix *index, v any) string {
	switch x := v.(type) {
	case bool:
		return "boolean"
	case json.Number:
		if _, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return "long"
		}
		return "float"
	case string:
		if ix.dynamic != "date" && looksLikeDate(x) {
			return "date"
		}
		return ix.dynamic
	}
	return ix.dynamic
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02",
	"2006/01/02 15:04:05 -0700",
	"2006/01/02 15:04:05",
	"2006/01/02",
}

// looksLikeDate mirrors dynamic date detection (strict_date_optional_time
// and yyyy/MM/dd formats).
func looksLikeDate(s string) bool {
	if len(s) < 10 || s[0] < '0' || s[0] > '9' {
		return false
	}
	for _, l := range dateLayouts {
		if _, err := time.Parse(l, s); err == nil {
			return true
		}
	}
	return false
}

// checkValue validates a scalar against a field type; nil means accepted.
func checkValue(t string, v any) *itemError {
	str, isStr := v.(string)
	num, isNum := v.(json.Number)
	_, isBool := v.(bool)
	switch t {
	case "long", "integer", "short", "byte", "unsigned_long", "double", "float", "half_float", "scaled_float":
		var f float64
		var err error
		switch {
		case isNum:
			f, err = strconv.ParseFloat(string(num), 64)
		case isStr:
			f, err = strconv.ParseFloat(strings.TrimSpace(str), 64)
		case isBool:
			return &itemError{Type: "illegal_argument_exception", Reason: "Current token (VALUE_TRUE) not numeric, can not use numeric value accessors"}
		}
		if err != nil {
			return &itemError{Type: "number_format_exception", Reason: "For input string: value is not a number"}
		}
		lim := map[string]float64{"integer": math.MaxInt32, "short": math.MaxInt16, "byte": math.MaxInt8, "long": math.MaxInt64}
		if max, ok := lim[t]; ok && (f > max || f < -max-1) {
			return &itemError{Type: "illegal_argument_exception", Reason: fmt.Sprintf("Value out of range for field of type [%s]", t)}
		}
		if t == "unsigned_long" && f < 0 {
			return &itemError{Type: "illegal_argument_exception", Reason: "Value out of range for field of type [unsigned_long]"}
		}
	case "date", "date_nanos":
		switch {
		case isNum:
			if _, err := strconv.ParseFloat(string(num), 64); err != nil {
				return &itemError{Type: "illegal_argument_exception", Reason: "failed to parse date field"}
			}
		case isStr:
			if _, err := strconv.ParseInt(str, 10, 64); err == nil {
				return nil // epoch_millis as a string
			}
			if !looksLikeDate(str) {
				return &itemError{Type: "illegal_argument_exception",
					Reason: "failed to parse date field with format [strict_date_optional_time||epoch_millis]"}
			}
		default:
			return &itemError{Type: "illegal_argument_exception", Reason: "failed to parse date field"}
		}
	case "boolean":
		if isStr && str != "true" && str != "false" && str != "" {
			return &itemError{Type: "illegal_argument_exception",
				Reason: "Failed to parse value only [false] or [true] are allowed"}
		}
		if isNum {
			return &itemError{Type: "illegal_argument_exception",
				Reason: "Failed to parse value only [false] or [true] are allowed"}
		}
	}
	return nil
}

// preview renders a scalar the way Elasticsearch quotes it in parse errors.
func preview(v any) string {
	if s, ok := scalarString(v); ok {
		return s
	}
	return fmt.Sprint(v)
}
