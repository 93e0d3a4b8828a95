// Package twentyninetheval holds the 29th independent evaluation corpus for
// pipeline/redact: buyers' own input in their own writing systems (full-width
// and native digits, odd separators, zero-width and bidi marks, NFD accents,
// family-first names, local address orders) and the encodings it passes
// through on its way into the logs (JSON \u escapes, HTML references,
// percent-encoding, repr dumps, MIME encoded words, base64 relays, CSV
// exports). It was written from issue 10 and the package's public API only.
// The package holds tests only.
package twentyninetheval
