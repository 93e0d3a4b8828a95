// Package heldout is a held-out evaluation corpus for vigil's PII redactor
// (pipeline/redact). It was written without looking at the redactor's code,
// its tests or any other corpus: only the API and the list of kinds.
//
// The corpus is generated deterministically (seeded) from hand-written log
// shapes that e-commerce back-office services really emit: Java/Python/Go
// exceptions and stack traces, slow-query SQL, Python reprs, Go %+v dumps,
// SOAP/XML bodies, CSV import rows, YAML dumps, GraphQL variables, Apache
// access-log lines, curl reproductions, marketplace webhooks (Shopify,
// Shopee, Lazada, TikTok Shop, Amazon SP-API, Stripe, Adyen, Midtrans), mail
// headers, logfmt, protobuf text and messages in many languages.
//
// Every case records the PII values planted in it (kind, context, exact
// spellings) and the look-alikes (ids, times, amounts, tracking numbers...)
// that must survive verbatim. The judge (judge.go) is described there.
package heldout
