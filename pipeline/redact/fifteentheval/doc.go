// Package fifteentheval is an evaluation corpus for vigil's redactor, written
// from the redactor's README and its issue alone, without reading the
// redactor's code. It generates, from a fixed seed, the logs of a seller's
// mobile, identity and finance side: crash reports, push payloads, deep
// links, analytics calls, KYC checks, SMS and voice gateways, e-invoices,
// loyalty and gift cards, wholesale orders, payouts and bank statements,
// marketplace APIs, application loggers of many languages, infrastructure
// and CI logs. The test redacts every line with the real redactor and
// measures per kind, context, form and locale how many PII values survive,
// and how many look-alikes (ids, amounts, dates, hashes) are damaged.
// Everything is test code; the package holds no exported API.
package fifteentheval
