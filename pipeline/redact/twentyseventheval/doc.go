// Package twentyseventheval is an evaluation corpus for pipeline/redact written
// without reading the redactor's implementation: the same back-office facts
// (orders, buyers, shipments, payments, refunds, account recovery, customs,
// marketplace API calls) as they come out of many stacks' native logging —
// Java/Logback toString dumps, Python repr, Rails parameters, PHP print_r,
// Go %+v, .NET templates, Node util.inspect, access logs, syslog, GELF, CEF,
// protobuf text, GraphQL, YAML, Redis MONITOR, Kafka headers, stack traces,
// HTTP dumps, CSV exports and free text — with fake people of 34 locales.
//
// The package holds tests only; see README.md.
package twentyseventheval
