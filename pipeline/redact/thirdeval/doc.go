// Package thirdeval is an independent evaluation corpus for the PII
// redactor in pipeline/redact, written from the redaction issue and the package README
// alone. Everything is in its tests; see README.md.
package thirdeval
