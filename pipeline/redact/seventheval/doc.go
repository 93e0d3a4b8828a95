// Package seventheval is an independent evaluation corpus for vigil's PII
// redactor (pipeline/redact), written from the package's public
// documentation alone.
//
// It holds only tests. From a fixed seed, and entirely in memory, it
// generates about 15,000 back-office log lines in 21 log shapes (Java stack
// traces with domain objects' toString(), Logback lines, Serilog's
// Elasticsearch documents, ECS envelopes holding request bodies, RFC 5424
// syslog with structured data, Envoy access logs, API Gateway events logged
// by Lambda, Apache combined logs, SOAP shipping-label requests, payment IPNs
// and webhooks, EDIFACT segments, Redis MONITOR, SQL slow-query logs, MongoDB
// logs, Elasticsearch slow logs, Go panics, Python tracebacks, mail headers,
// customer-service chats, audit diffs and decoded JWT claims) for buyers of 20
// locales, plants more than 20,000 PII values among many more look-alikes,
// redacts every line with redact.New(redact.DefaultConfig()), and judges the
// result against a second rendering of the same line in which every PII
// value is a placeholder.
//
// Run it with
//
//	go test ./pipeline/redact/seventheval/ -v
//
// See README.md for what is generated, how the judge decides, and the
// figures of the first run.
package seventheval
