// Package fourtheval is an evaluation corpus for vigil's PII redactor
// (pipeline/redact), written from the redactor's public documentation and
// its issue alone, without reading its code or tests.
//
// The package holds only tests. TestFourthCorpus generates, from a fixed
// seed and entirely in memory, 16,000 log lines (NDJSON events and plain text
// lines) in 22 shapes that services really emit — structured fields, free-text
// messages, JSON held in strings once and twice, URL queries, form bodies,
// HTTP headers, logfmt, Java/Kotlin toString, Python repr, Ruby hashes, PHP
// dumps, Go %+v, SQL statements and bind parameters of eight ORMs and
// drivers, CSV/TSV, mail, SMS and push payloads, stack traces, support chat,
// syslog/klog/CRI lines, GraphQL and XML/SOAP — carrying about 22,000 PII
// values of eight kinds for buyers of 25 locales and 48,000 look-alikes of 55
// types. It redacts them with redact.New(redact.DefaultConfig()) (Event for
// events, String for text) and scores the result itself.
//
// Run it with
//
//	go test ./pipeline/redact/fourtheval/ -run TestFourthCorpus -v
//
// See README.md for the judge's definitions and the environment variables.
package fourtheval
