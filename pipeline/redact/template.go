package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Structured loggers (Serilog, NLog, Microsoft.Extensions.Logging, MEL's
// compact JSON) log a message template and its rendering side by side:
//
//	"@mt": "Payment failed {OrderId}, {CustomerName}, {Amount}"
//	"@m":  "Payment failed \"OD1896…\", \"Putri Susanto\", \"IDR 5.462.519\""
//
// The template names every value the rendering holds. Aligning the two
// gives each placeholder's value; a placeholder named like a key that holds
// PII (CustomerName, SmtpPass, CcNumber, Telefone) makes its value known
// PII of the event, redacted wherever it stands.

var (
	templateFields = []string{"@mt", "MessageTemplate", "messageTemplate", "message_template", "Template"}
	renderedFields = []string{"@m", "RenderedMessage", "renderedMessage", "rendered_message", "message", "Message", "msg"}
)

// collectTemplate adds the PII values a message template names to ks.
func (r *Redactor) collectTemplate(fs []event.Field, ks *knownSet) {
	templ := false
	for k := range fs {
		if templatePath(fs[k].Path) {
			templ = true // one pass rules out the events without a template
		}
	}
	if !templ {
		return
	}
	tmpl := fieldText(fs, templateFields)
	if tmpl == "" || strings.IndexByte(tmpl, '{') < 0 {
		return
	}
	rendered := fieldText(fs, renderedFields)
	if rendered == "" || rendered == tmpl {
		return
	}
	alignTemplate(tmpl, rendered, func(name, value string) {
		if k, _ := columnKind(name); k != 255 && plausible(k, value) {
			ks.add(k, value)
		} else if k == 255 && len(value) >= 6 && len(value) <= 19 && countDigits(value) == len(value) && plainColumn(name) {
			ks.ids = append(ks.ids, value) // {ItemId}, {ListingId}: an id, whatever its digits look like
		}
	})
	templateNames27(tmpl, rendered, ks) // {Prop1}: a positional placeholder's name (names27_template.go)
}

// templatePath reports a field that holds a message template
// (templateFields).
func templatePath(p string) bool {
	switch p {
	case "@mt", "MessageTemplate", "messageTemplate", "message_template", "Template": // templateFields
		return true
	}
	return false
}

// plausible reports whether a value named by a placeholder has the shape
// of its kind: {Name} may hold an order name ("#64636"), {Phone} a status.
func plausible(k Kind, v string) bool {
	digits, letters := 0, 0
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 0x80 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		}
	}
	switch k {
	case KindName:
		return letters >= 2 && digits == 0 && !strings.ContainsAny(v, "#@/_")
	case KindAddress:
		return letters >= 3
	case KindPhone:
		return digits >= 7 && letters <= 3
	case KindCard:
		return digits >= 12
	}
	return len(v) >= 6
}

func fieldText(fs []event.Field, names []string) string {
	for _, n := range names {
		for k := range fs {
			if fs[k].Path == n && fs[k].Value.Kind == event.String {
				return fs[k].Value.Str
			}
		}
	}
	return ""
}

// alignTemplate matches rendered against tmpl and calls f with each
// placeholder's name (without @, $ and :format) and value (without the
// quotes a renderer puts around strings). A rendering that does not follow
// its template calls f for the placeholders matched so far.
func alignTemplate(tmpl, rendered string, f func(name, value string)) {
	pos := 0 // in rendered
	for len(tmpl) > 0 {
		o := strings.IndexByte(tmpl, '{')
		if o < 0 {
			return
		}
		if o+1 < len(tmpl) && tmpl[o+1] == '{' { // "{{" is a literal brace
			lit := tmpl[:o+1]
			if !strings.HasPrefix(rendered[pos:], lit) {
				return
			}
			pos += len(lit)
			tmpl = tmpl[o+2:]
			continue
		}
		lit := tmpl[:o]
		if !strings.HasPrefix(rendered[pos:], lit) {
			return
		}
		pos += len(lit)
		c := strings.IndexByte(tmpl[o:], '}')
		if c < 0 {
			return
		}
		name := strings.TrimLeft(tmpl[o+1:o+c], "@$")
		if i := strings.IndexAny(name, ":,"); i >= 0 {
			name = name[:i]
		}
		tmpl = tmpl[o+c+1:]
		// The value runs to the next literal text of the template (or to
		// the end, less the template's tail).
		next := tmpl
		if i := strings.IndexByte(next, '{'); i >= 0 {
			next = next[:i]
		}
		var end int
		switch {
		case next == "" && !strings.Contains(tmpl, "{"):
			end = len(rendered)
		case next == "":
			return // two placeholders side by side: no boundary to cut at
		default:
			i := strings.Index(rendered[pos:], next)
			if i < 0 {
				return
			}
			end = pos + i
		}
		v := rendered[pos:end]
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		if name != "" && v != "" {
			f(name, v)
		}
		pos = end
	}
}
