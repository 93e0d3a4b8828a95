// Package eleventheval is an evaluation corpus for pipeline/redact written
// without reading the redactor's code: only its README (kinds, API, what is
// not caught) and the log event contract were used.
//
// Its tests generate, from a fixed seed and in memory, about 15,000
// e-commerce back-office log lines (NDJSON events and plain text) from
// platforms, transports and cloud envelopes in which buyers from 26 locales
// appear: their names, phones, e-mail addresses, street addresses, cards,
// IBANs, Chinese resident ids and credentials, next to many more look-alikes
// (order ids, timestamps, hashes, tracking numbers, amounts…) that must
// survive. Every line is rendered twice from the same seed, once with its
// PII and once with placeholders; the judge compares the redacted line with
// that background to count leaks and damaged look-alikes.
//
// The package holds no code outside its tests. Run it with
//
//	go test ./pipeline/redact/eleventheval/ -v
//
// See README.md for the definitions and the figures.
package eleventheval
