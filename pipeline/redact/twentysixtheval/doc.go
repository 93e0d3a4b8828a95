// Package twentysixtheval is an independent evaluation corpus for vigil's PII
// redactor: a cross-border shop's logs written by people in its buyers' and
// local teams' own languages. It holds tests only; see README.md.
package twentysixtheval
