// Package sixtheval is the sixth independent evaluation corpus of vigil's
// PII redactor (pipeline/redact). It holds only tests.
//
// The corpus was written from the redactor's public documentation (its
// README's kinds table, API and "What is not caught") and the project's
// issue alone, without reading the redactor's code, tests or other corpora.
// From a fixed seed and entirely in memory it generates 15,000 log lines
// (NDJSON events redacted with Redactor.Event after event.Decoder, and text
// records redacted with Redactor.String) holding about 27,000 PII values of
// eight kinds from people of 20 locales, in 22 log shapes that back-office
// services really emit (Debezium change events, queue envelopes, Kafka record
// dumps, marketplace SDK debug dumps, HAR entries, curl -v transcripts,
// Sentry/Bugsnag events, OpenTelemetry spans, slog, Python, Node, Monolog,
// Rails, nginx, gRPC, GraphQL, printf, CSV, tickets, rendered templates,
// key=value, JSON in strings), next to about 70,000 look-alikes of 48 types
// that must survive.
//
// Each line is rendered twice from the same seed: with its PII and with
// placeholders (the background). A value leaks when a fragment of it occurs
// more often in the redacted output than in the background; a look-alike is
// damaged when it occurs fewer times. See README.md for the definitions,
// how to run it and the figures of the first run.
package sixtheval
