package alerthistory

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// TemplatePriority is the priority of the history's index template: above
// vigil's log template (elasticsearch.TemplatePriority), so that a log
// index pattern that also matches PREFIX-* (say "vigil-*") does not win.
const TemplatePriority = 210

// keyword is a keyword field, cut at 1024 characters as the log template's.
func keyword() map[string]any { return map[string]any{"type": "keyword", "ignore_above": 1024} }

// notIndexed is a keyword kept in _source only.
func notIndexed() map[string]any {
	return map[string]any{"type": "keyword", "index": false, "doc_values": false}
}

// Mappings returns the history indices' mappings. Kibana dashboards rely
// on them:
//
//   - @timestamp date; kind, receiver, group, by keyword; comment text;
//     step integer.
//   - alert.fingerprint, alert.rule, alert.severity, alert.status,
//     alert.kind, alert.trace_ids keyword; alert.starts_at, alert.ends_at
//     date; alert.value, alert.baseline, alert.threshold double.
//   - alert.labels.*: every label a keyword, by a dynamic template, under
//     its dotted name (alert.labels.service.name). A label that is the
//     dotted prefix of another (a label "shop" beside "shop.id") would
//     conflict; vigil's labels are ECS leaf fields and rule labels.
//   - alert.annotations.summary text with a .keyword subfield; the other
//     annotations are kept in _source, not indexed (dynamic false).
//   - alert.kibana_url, alert.ack_url and alert.samples are kept in
//     _source, not indexed.
//
// Any other field is kept in _source and not indexed (dynamic false at
// the root), so the mapping stays what the dashboards expect.
func Mappings() map[string]any {
	return map[string]any{
		"dynamic": false,
		"dynamic_templates": []any{
			map[string]any{"alert_labels_as_keyword": map[string]any{
				"path_match":         "alert.labels.*",
				"match_mapping_type": "string",
				"mapping":            keyword(),
			}},
		},
		"properties": map[string]any{
			"@timestamp": map[string]any{"type": "date"},
			"kind":       keyword(),
			"receiver":   keyword(),
			"group":      keyword(),
			"by":         keyword(),
			"comment":    map[string]any{"type": "text"},
			"step":       map[string]any{"type": "integer"},
			"alert": map[string]any{
				"properties": map[string]any{
					"fingerprint": keyword(),
					"rule":        keyword(),
					"severity":    keyword(),
					"status":      keyword(),
					"kind":        keyword(),
					"labels":      map[string]any{"type": "object", "dynamic": true},
					"annotations": map[string]any{
						"type":    "object",
						"dynamic": false,
						"properties": map[string]any{
							"summary": map[string]any{"type": "text", "fields": map[string]any{"keyword": keyword()}},
						},
					},
					"starts_at":  map[string]any{"type": "date"},
					"ends_at":    map[string]any{"type": "date"},
					"value":      map[string]any{"type": "double"},
					"baseline":   map[string]any{"type": "double"},
					"threshold":  map[string]any{"type": "double"},
					"kibana_url": notIndexed(),
					"ack_url":    notIndexed(),
					"trace_ids":  keyword(),
					"samples":    notIndexed(),
				},
			},
		},
	}
}

// IndexTemplate returns the body of the composable index template for
// the indices PREFIX-*: one shard (a day of alerts is small), the
// lifecycle policy when given, and Mappings.
func IndexTemplate(prefix, lifecyclePolicy string) ([]byte, error) {
	if prefix == "" {
		prefix = DefaultIndexPrefix
	}
	settings := map[string]any{"number_of_shards": 1}
	if lifecyclePolicy != "" {
		settings["index.lifecycle.name"] = lifecyclePolicy
	}
	return json.Marshal(map[string]any{
		"index_patterns": []string{IndexPattern(prefix)},
		"priority":       TemplatePriority,
		"_meta":          map[string]any{"managed_by": "vigil", "description": "vigil alert history"},
		"template": map[string]any{
			"settings": settings,
			"mappings": Mappings(),
		},
	})
}

// TemplateName is the name of the history's index template: the prefix.
func (w *Elasticsearch) TemplateName() string { return w.o.IndexPrefix }

// Setup installs the index template (named after the prefix) for the
// indices PREFIX-*. vigil setup calls it; it does not retry.
func (w *Elasticsearch) Setup(ctx context.Context) error {
	body, err := IndexTemplate(w.o.IndexPrefix, w.o.LifecyclePolicy)
	if err != nil {
		return fmt.Errorf("alert history: index template: %w", err)
	}
	res, err := esapi.IndicesPutIndexTemplateRequest{Name: w.TemplateName(), Body: bytes.NewReader(body)}.Do(ctx, w.client)
	if err != nil {
		return fmt.Errorf("alert history: put index template %s: %w", w.TemplateName(), err)
	}
	defer res.Body.Close()
	if res.IsError() {
		var e struct {
			Error struct {
				Type string `json:"type"`
			} `json:"error"`
		}
		_ = json.NewDecoder(io.LimitReader(res.Body, 1<<20)).Decode(&e)
		return fmt.Errorf("alert history: put index template %s: HTTP %d %s", w.TemplateName(), res.StatusCode, e.Error.Type)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	w.log.Info().Str("template", w.TemplateName()).Str("pattern", IndexPattern(w.o.IndexPrefix)).Msg("alert history index template installed")
	return nil
}
