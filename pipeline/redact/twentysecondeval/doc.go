// Package twentysecondeval is the twenty-second independent evaluation corpus
// for vigil's redactor (issue 10): what the shop's own software prints while it
// runs and fails — exceptions, ORM and database debug output, error trackers,
// framework request logs, APIs, jobs, infrastructure, front end, mobile apps,
// authentication, search, analytics, tests, audit trails and templates — with
// buyers' PII, credentials and the look-alikes that must survive.
//
// The package holds tests only; see README.md.
package twentysecondeval
