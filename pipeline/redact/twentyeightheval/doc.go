// Package twentyeightheval is an independent evaluation corpus for
// pipeline/redact, themed on partner documents and channels (EDI X12 and
// EDIFACT, label printer code, customs documents, payment gateway callbacks,
// SMS delivery reports, MIME mail, chat and tickets, ASR and OCR text, SOAP,
// vCard/iCalendar, spreadsheet exports). It was written from issue 10, the
// package's go doc and the README's API sections only, without reading the
// redactor's code. All of it lives in _test.go files; this file only names
// the package.
package twentyeightheval
