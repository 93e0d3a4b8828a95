// Package nineteentheval is an evaluation corpus for vigil's redactor, built
// apart from the redactor's code: logistics, customs, returns and seller
// finance logs, and the documents and transports they pass through (label
// printers, bank files, mail transcripts, SMS and voice gateways, contact and
// calendar sync, telemetry pipelines, exports and OCR text). The package holds
// tests only; see README.md for what it generates, how it judges and the
// floors its test checks.
package nineteentheval
