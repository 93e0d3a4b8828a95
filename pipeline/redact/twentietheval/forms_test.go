package twentietheval

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/vigilops/vigil/event"
)

// raw is JSON written as is in nd.
type raw string

// jstr writes s as a JSON string literal.
func jstr(s string) string { return string(event.AppendString(nil, s)) }

// unq is jstr without the quotes: s escaped for inside a JSON string.
func unq(s string) string { j := jstr(s); return j[1 : len(j)-1] }

// obj writes a JSON object from key/value pairs (strings, raw, ints).
func obj(kv ...any) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(jstr(kv[i].(string)))
		sb.WriteByte(':')
		switch v := kv[i+1].(type) {
		case string:
			sb.WriteString(jstr(v))
		case raw:
			sb.WriteString(string(v))
		case int:
			fmt.Fprintf(&sb, "%d", v)
		case bool:
			fmt.Fprintf(&sb, "%t", v)
		case float64:
			fmt.Fprintf(&sb, "%g", v)
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

func arr(items ...string) raw { return raw("[" + strings.Join(items, ",") + "]") }

func (b *builder) ts() string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+b.intn(6), b.intn(24), b.intn(60), b.intn(60), b.intn(1000))
}

func (b *builder) tsLog() string {
	return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d", 1+b.intn(6), b.intn(24), b.intn(60), b.intn(60), b.intn(1000))
}

// nd writes an NDJSON event: @timestamp, service and the given fields.
func (b *builder) nd(svc string, kv ...any) string {
	all := append([]any{"@timestamp", b.ts(), "service.name", svc, "log.level", pick(b, []string{"info", "warn", "error", "debug"})}, kv...)
	used := map[string]bool{}
	for i := 0; i+1 < len(all); i += 2 {
		used[all[i].(string)] = true
	}
	for i := 0; i < 2; i++ {
		e := pick(b, envFields)
		if used[e[0]] {
			continue
		}
		used[e[0]] = true
		all = append(all, e[0], b.L(e[1]))
	}
	return obj(all...)
}

// envFields are what a collector adds to an event: key and look-alike type.
var envFields = [][2]string{
	{"event.id", "uuid_v4"}, {"kubernetes.pod.name", "k8s_pod"}, {"host.ip", "ipv4"}, {"http.request.id", "request_id"},
	{"container.image.digest", "image_digest"}, {"vcs.revision", "git_sha"}, {"cloud.resource_id", "arn"}, {"job.schedule", "cron"},
	{"db.query_id", "query_id"}, {"labels.experiment", "experiment_id"}, {"labels.release", "semver"}, {"event.ingested_epoch", "epoch_s"},
	{"labels.region_plus_code", "plus_code"}, {"event.sequence", "snowflake_id"}, {"labels.deploy_id", "ulid"}, {"labels.tf", "tf_address"},
	{"event.duration_iso", "iso_duration"}, {"labels.locale", "locale_code"}, {"user_agent.original", "user_agent"}, {"labels.ksuid", "ksuid"},
}

// wrap puts about 40 % of text lines into an NDJSON event's message (or
// another text field).
func (b *builder) wrap(text, svc string) (string, bool) {
	if b.chance(0.4) {
		field := pick(b, []string{"message", "message", "message", "error.message", "log.original", "event.original"})
		return b.nd(svc, field, text, "labels.env", pick(b, []string{"prod", "staging"})), true
	}
	if b.chance(0.75) {
		return fmt.Sprintf("[pod/%s] %s ", b.L("k8s_pod"), b.L("date_iso")) + text, false
	}
	return text, false
}

// sqlq writes a SQL string literal with ” escapes.
func sqlq(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func pyq(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// pydict writes a Python dict repr.
func pydict(kv ...string) string {
	var p []string
	for i := 0; i+1 < len(kv); i += 2 {
		v := kv[i+1]
		if !strings.HasPrefix(v, "\x02") {
			v = pyq(v)
		} else {
			v = v[1:]
		}
		p = append(p, pyq(kv[i])+": "+v)
	}
	return "{" + strings.Join(p, ", ") + "}"
}

// lit marks a value that pydict and friends write as is.
func lit(s string) string { return "\x02" + s }

func qesc(s string) string { return url.QueryEscape(s) }

// userinfo writes user:password@ as a URL carries it.
func userinfo(user, pass string) string { return url.UserPassword(user, pass).String() }

// grid writes rows as a result grid with columns aligned by spaces (pandas)
// or by '|' (psql), cells cut with "..." when long.
func grid(header []string, rows [][]string, psql bool, cut int) string {
	w := make([]int, len(header))
	cell := func(s string) string {
		if cut > 0 && len([]rune(s)) > cut {
			r := []rune(s)
			return string(r[:cut-3]) + "..."
		}
		return s
	}
	for i, h := range header {
		w[i] = len([]rune(h))
	}
	for _, r := range rows {
		for i, c := range r {
			if n := len([]rune(cell(c))); n > w[i] {
				w[i] = n
			}
		}
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", n-len([]rune(s))) }
	var sb strings.Builder
	if psql {
		for i, h := range header {
			if i > 0 {
				sb.WriteString(" | ")
			} else {
				sb.WriteString(" ")
			}
			sb.WriteString(pad(h, w[i]))
		}
		sb.WriteString("\n")
		for i := range header {
			if i > 0 {
				sb.WriteString("+")
			}
			sb.WriteString(strings.Repeat("-", w[i]+2))
		}
		sb.WriteString("\n")
		for _, r := range rows {
			for i, c := range r {
				if i > 0 {
					sb.WriteString(" | ")
				} else {
					sb.WriteString(" ")
				}
				sb.WriteString(pad(cell(c), w[i]))
			}
			sb.WriteString("\n")
		}
		fmt.Fprintf(&sb, "(%d rows)", len(rows))
		return sb.String()
	}
	sb.WriteString(strings.Repeat(" ", 4))
	for i, h := range header {
		sb.WriteString("  " + pad(h, w[i]))
	}
	sb.WriteString("\n")
	for n, r := range rows {
		sb.WriteString(pad(fmt.Sprint(n), 4))
		for i, c := range r {
			sb.WriteString("  " + pad(cell(c), w[i]))
		}
		sb.WriteString("\n")
	}
	fmt.Fprintf(&sb, "\n[%d rows x %d columns]", len(rows), len(header))
	return sb.String()
}

// mdTable writes a Markdown table as an assistant writes it.
func mdTable(header []string, rows [][]string) string {
	var sb strings.Builder
	sb.WriteString("| " + strings.Join(header, " | ") + " |\n|")
	for range header {
		sb.WriteString("---|")
	}
	for _, r := range rows {
		sb.WriteString("\n| " + strings.Join(r, " | ") + " |")
	}
	return sb.String()
}

func csvCell(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func csvRow(cells ...string) string {
	for i, c := range cells {
		cells[i] = csvCell(c)
	}
	return strings.Join(cells, ",")
}

// esc2 writes s JSON-escaped twice, as a JSON string inside a JSON string.
func esc2(s string) string { return unq(unq(s)) }
