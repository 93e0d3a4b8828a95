package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// A bare "name" under a namespace as an attribute pair's key. OpenTelemetry
// spans and logs, CloudWatch's and Datadog's tag lists write a record's
// fields as pairs ({"key":"app.name","value":{"stringValue":"…"}}), and a
// record's person under "<ns>.name" as the flattened event does
// (siblingNameValue17). The pair's value is taken as a person's name when
// it reads as one with evidence (roleName and slotNameEvidence27: a
// script without case, "Family, Given", an initial, a known given name
// first or a known family name last, a family name's ending) and the
// namespace is no technical one of the conventions (service, host, k8s,
// db, messaging, http…) nor a thing's (product, item, brand, store,
// campaign, city…), whose "name" is a slug, a title or a place.

// techNamespaces27 are OpenTelemetry's and the tag lists' namespaces whose
// "name" is a resource's, and the things' parents whose "name" is a
// title or a place (lower case, first or last segment).
var techNamespaces27 = setOf("service", "host", "k8s", "container", "process", "os", "telemetry", "cloud", "faas",
	"db", "messaging", "rpc", "http", "net", "network", "server", "client", "url", "user_agent", "exception", "code",
	"thread", "deployment", "device", "browser", "aws", "gcp", "azure", "peer", "span", "event", "log", "otel",
	"feature_flag", "job", "task", "queue", "topic", "pod", "node", "cluster", "namespace", "image", "file", "function",
	"metric", "table", "schema", "index", "bucket", "stream", "pipeline", "workflow", "step", "rule", "alert",
	"product", "item", "sku", "brand", "store", "shop", "seller", "merchant", "vendor", "supplier", "carrier",
	"warehouse", "hub", "company", "org", "organization", "organisation", "team", "group", "campaign", "promo",
	"coupon", "plan", "category", "collection", "city", "country", "region", "state", "province", "district",
	"place", "location", "site", "venue", "bank", "channel", "provider", "partner", "marketplace", "platform", "app_store",
	"sdk", "library", "lib", "module", "package", "component", "feature", "experiment", "variant", "segment",
	"template", "model", "tag", "label", "file_name", "attachment", "document", "report", "courier", "shipper")

// pairNameKey27 reports an attribute pair's key that is a bare "name"
// under a namespace that may be a record's ("app.name", "buyer.name"; not
// "service.name", "product.name", "k8s.pod.name").
func pairNameKey27(name string) bool {
	n := len(name)
	if n < 6 || n > 64 || name[n-5] != '.' || !strings.EqualFold(name[n-4:], "name") {
		return false
	}
	var buf [24]byte
	ns := name[:n-5]
	first, _, _ := strings.Cut(ns, ".")
	last := ns[strings.LastIndexByte(ns, '.')+1:]
	for _, seg := range [...]string{first, last} {
		if len(seg) > len(buf) || techNamespaces27[string(lower(buf[:0], seg))] {
			return false
		}
	}
	return true
}

// pairName27 reports an attribute pair whose key is pairNameKey27's and
// whose value reads as a person's name with evidence.
func pairName27(name string, v *event.Value) bool {
	if v.Kind != event.String || !pairNameKey27(name) {
		return false
	}
	s := v.Str
	if len(s) < 2 || len(s) > 96 || strings.Contains(s, "[REDACTED:") || isSlug(s) {
		return false
	}
	return roleName(s) && slotNameEvidence27(s) && !thingTitle18(s)
}
