// Package nintheval is an evaluation corpus for the redactor in
// pipeline/redact, written from the issue and the package's public
// documentation only, without reading the redactor's code, its tests or the
// other corpora.
//
// It holds only tests. From a fixed seed it generates, in memory, about
// 15,000 back-office log lines of the mainstream markets a cross-border
// seller ships to (26 locales) in 16 log shapes: marketplace webhooks and API
// responses, payment provider events, job logs, framework logs, access logs,
// HTTP client dumps, SQL and ORM errors, exceptions, notifications, customer
// tickets, carrier requests, CSV exports, Kafka records and URL-encoded
// forms. Each line is rendered twice from the same seed, once with its PII
// and once with neutral placeholders (the background), and a judge counts
// the PII values whose fragments survive redaction and the look-alikes
// (order ids, tracking numbers, epoch times, hashes, amounts…) that occur
// fewer times after redaction than in the background.
//
//	go test ./pipeline/redact/nintheval/ -run TestNinthCorpus -v
//
// VIGIL_NINTH_TARGETS=1 holds the redactor to the targets,
// VIGIL_NINTH_SEED=n draws another corpus (floors reported, not enforced),
// VIGIL_EVAL_SHOW=1 prints examples with their generated values instead of
// their shapes. See README.md.
package nintheval
