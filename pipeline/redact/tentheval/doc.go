// Package tentheval is an evaluation corpus for pipeline/redact written from
// the package's public documentation alone, without reading its code or its
// other corpora.
//
// Its tests generate, from a fixed seed and in memory, about 15,000
// e-commerce back-office log lines (marketplace webhooks and API responses,
// payment provider events, order-sync job logs in half a dozen logging
// styles, access logs, HTTP client debug output, SQL errors, notification
// bodies, customer-service chat, carrier requests, CSV exports, queue
// messages, Kubernetes container logs, URL-encoded forms and configuration
// dumps: 20 contexts) of buyers from 28 locales, mixed with many more
// look-alikes that must survive (order ids, epochs, trace ids, tracking
// numbers, amounts, SKUs…). Every line is
// rendered twice from the same random draws, once with its PII and once with
// placeholders, and a judge of its own compares the redacted line with that
// background: a value leaks when a fragment of it survives, a look-alike is
// damaged when it occurs fewer times than in the background.
//
// The package holds no code outside its tests; see README.md.
package tentheval
