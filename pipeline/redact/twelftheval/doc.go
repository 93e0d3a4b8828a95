// Package twelftheval is an evaluation corpus for pipeline/redact written
// without reading the redactor's code, its tests or the other corpora.
//
// It generates, from a fixed seed and entirely in memory, a seller's
// ordinary day of back-office logs (marketplace clients, carriers, payment
// providers and the shop's own services, in 31 locales of 13 regions) with
// buyer PII planted in 19 log shapes among many more look-alikes that must
// survive: order ids, epoch times, hashes, tracking numbers, amounts,
// postcodes, company tax ids and the like. Every line is rendered twice from
// the same seed, once with its PII and once with placeholders, and a judge
// of its own compares the redacted line with that background: a PII value
// leaks when a fragment of it survives (read raw, JSON-unescaped and
// URL-decoded, case-folded), a look-alike is damaged when it occurs fewer
// times after redaction than in the background.
//
// The package holds only tests; see README.md for how to run them and the
// figures of the first run.
package twelftheval
