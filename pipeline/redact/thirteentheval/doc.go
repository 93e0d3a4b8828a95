// Package thirteentheval is an evaluation corpus for pipeline/redact written
// without reading the redactor's code: from a fixed seed it generates, in
// memory, back-office log lines of a cross-border seller (NDJSON events and
// plain text) carrying buyer PII in thirty locales and twenty-two contexts,
// half of them free text written by buyers, agents and warehouse staff,
// mixed with many more look-alikes (order ids, epochs, tracking numbers,
// amounts, hashes…) that must survive. A judge of its own renders every line
// twice from the same seed, with its PII and with placeholders, and reports
// recall per kind, context and locale and damage per look-alike type.
//
// The package holds only tests; see README.md for how to run them.
package thirteentheval
