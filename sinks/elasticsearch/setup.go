package elasticsearch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// TemplatePriority is the priority of vigil's index template. It is above
// the priority (100) of the built-in "logs-*-*" data stream template, so
// vigil's indices stay regular indices that accept "index" with an _id.
const TemplatePriority = 200

// fieldTypes maps the log event fields (docs/architecture.md §3) to their types.
var fieldTypes = map[string]string{
	"@timestamp":                "date",
	"message":                   "text",
	"service.name":              "keyword",
	"service.version":           "keyword",
	"host.name":                 "keyword",
	"log.level":                 "keyword",
	"event.action":              "keyword",
	"event.duration":            "long",
	"http.request.method":       "keyword",
	"url.path":                  "keyword",
	"url.domain":                "keyword",
	"http.response.status_code": "integer",
	"error.code":                "keyword",
	"error.type":                "keyword",
	"error.message":             "text",
	"trace.id":                  "keyword",
	"transaction.id":            "keyword",
	"shop.platform":             "keyword",
	"shop.id":                   "keyword",
	"shop.region":               "keyword",
	"sync.kind":                 "keyword",
	"sync.delay_seconds":        "double",
	"job.name":                  "keyword",
	"job.status":                "keyword",
}

// FieldTypes returns the field types the index template maps, by dotted
// field path. The returned map is a copy.
func FieldTypes() map[string]string {
	out := make(map[string]string, len(fieldTypes))
	for k, v := range fieldTypes {
		out[k] = v
	}
	return out
}

// IndexTemplate returns the body of the composable index template that
// Setup installs for cfg (defaults applied).
func IndexTemplate(cfg Config) ([]byte, error) {
	cfg = cfg.withDefaults()
	props := map[string]any{}
	paths := make([]string, 0, len(fieldTypes))
	for p := range fieldTypes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		node := props
		parts := strings.Split(p, ".")
		for _, part := range parts[:len(parts)-1] {
			child, ok := node[part].(map[string]any)
			if !ok {
				child = map[string]any{"properties": map[string]any{}}
				node[part] = child
			}
			node = child["properties"].(map[string]any)
		}
		def := map[string]any{"type": fieldTypes[p]}
		if fieldTypes[p] == "keyword" {
			def["ignore_above"] = 1024
		}
		node[parts[len(parts)-1]] = def
	}
	settings := map[string]any{
		"index.mapping.total_fields.limit": 2000,
	}
	if cfg.LifecyclePolicy != "" {
		settings["index.lifecycle.name"] = cfg.LifecyclePolicy
	}
	body := map[string]any{
		"index_patterns": []string{IndexPattern(cfg.Index)},
		"priority":       TemplatePriority,
		"_meta":          map[string]any{"managed_by": "vigil", "description": "vigil log events"},
		"template": map[string]any{
			"settings": settings,
			"mappings": map[string]any{
				"dynamic_templates": []any{
					map[string]any{"strings_as_keyword": map[string]any{
						"match_mapping_type": "string",
						"mapping":            map[string]any{"type": "keyword", "ignore_above": 1024},
					}},
				},
				"properties": props,
			},
		},
	}
	return json.Marshal(body)
}

// LifecyclePolicy returns the body of the lifecycle policy that Setup
// installs when cfg.LifecyclePolicy is set: delete indices Retention
// after their creation.
func LifecyclePolicy(cfg Config) ([]byte, error) {
	cfg = cfg.withDefaults()
	minAge := strconv.FormatInt(int64(cfg.Retention.Seconds()), 10) + "s"
	return json.Marshal(map[string]any{
		"policy": map[string]any{
			"_meta": map[string]any{"managed_by": "vigil"},
			"phases": map[string]any{
				"hot":    map[string]any{"min_age": "0ms", "actions": map[string]any{}},
				"delete": map[string]any{"min_age": minAge, "actions": map[string]any{"delete": map[string]any{}}},
			},
		},
	})
}

// ClusterInfo is what Setup learns from GET /.
type ClusterInfo struct {
	Name    string
	Version string
}

// Setup checks that the cluster answers (GET /), installs the lifecycle
// policy if one is configured, then the index template. It does not
// retry; the caller decides whether to try again.
func (ix *Indexer) Setup(ctx context.Context) error {
	info, err := ix.Info(ctx)
	if err != nil {
		return err
	}
	ix.log.Info().Str("cluster", info.Name).Str("version", info.Version).Msg("connected to elasticsearch")
	if versionAtLeast(info.Version, 8, 18) {
		ix.sourceOnErrorParam.Store(true)
	}

	if ix.cfg.LifecyclePolicy != "" {
		body, err := LifecyclePolicy(ix.cfg)
		if err != nil {
			return fmt.Errorf("elasticsearch: lifecycle policy: %w", err)
		}
		res, err := esapi.ILMPutLifecycleRequest{Policy: ix.cfg.LifecyclePolicy, Body: bytes.NewReader(body)}.Do(ctx, ix.client)
		if err := checkResponse(res, err, "put lifecycle policy "+ix.cfg.LifecyclePolicy); err != nil {
			return err
		}
	}

	body, err := IndexTemplate(ix.cfg)
	if err != nil {
		return fmt.Errorf("elasticsearch: index template: %w", err)
	}
	res, err := esapi.IndicesPutIndexTemplateRequest{Name: ix.cfg.TemplateName, Body: bytes.NewReader(body)}.Do(ctx, ix.client)
	if err := checkResponse(res, err, "put index template "+ix.cfg.TemplateName); err != nil {
		return err
	}
	ix.log.Info().Str("template", ix.cfg.TemplateName).Str("pattern", IndexPattern(ix.cfg.Index)).
		Msg("index template installed")
	return nil
}

// Info returns the cluster name and version (GET /).
func (ix *Indexer) Info(ctx context.Context) (ClusterInfo, error) {
	res, err := esapi.InfoRequest{}.Do(ctx, ix.client)
	if err != nil {
		return ClusterInfo{}, fmt.Errorf("elasticsearch: cluster info: %w", err)
	}
	defer res.Body.Close()
	if res.IsError() {
		typ, reason := readError(res.Body)
		return ClusterInfo{}, fmt.Errorf("elasticsearch: cluster info: HTTP %d %s: %s", res.StatusCode, typ, reason)
	}
	var body struct {
		ClusterName string `json:"cluster_name"`
		Version     struct {
			Number string `json:"number"`
		} `json:"version"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return ClusterInfo{}, fmt.Errorf("elasticsearch: cluster info: %w", err)
	}
	return ClusterInfo{Name: body.ClusterName, Version: body.Version.Number}, nil
}

func checkResponse(res *esapi.Response, err error, what string) error {
	if err != nil {
		return fmt.Errorf("elasticsearch: %s: %w", what, err)
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
		res.Body.Close()
	}()
	if res.IsError() {
		typ, reason := readError(res.Body)
		return fmt.Errorf("elasticsearch: %s: HTTP %d %s: %s", what, res.StatusCode, typ, reason)
	}
	return nil
}

// versionAtLeast reports whether version "X.Y.Z..." is at least major.minor.
func versionAtLeast(version string, major, minor int) bool {
	parts := strings.SplitN(version, ".", 3)
	if len(parts) < 2 {
		return false
	}
	ma, err1 := strconv.Atoi(parts[0])
	mi, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return ma > major || ma == major && mi >= minor
}
