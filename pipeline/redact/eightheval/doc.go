// Package eightheval is an evaluation corpus for vigil's PII redactor
// (pipeline/redact), written from the package's public documentation alone,
// without reading its code, its tests or the other corpora.
//
// It generates, from a fixed seed and in memory, about 15,000 back-office log
// lines of 25 shapes (PHP print_r/var_dump, Ruby inspect, Java/Kotlin toString,
// C# anonymous objects, Elixir/Erlang terms, YAML/TOML/INI dumps, XML
// attributes, LDAP/vCard, Celery/Airflow task logs, CI environment echoes,
// PostgreSQL errors and csvlog, MSSQL/Oracle errors, SMTP transcripts, SMS
// delivery receipts, chat-platform webhooks, ZPL shipping labels, invoice text
// extracted from PDFs, HAProxy logs, Fluent Bit records, Alertmanager
// webhooks, Kubernetes events and kubectl describe, protobuf JSON, multipart
// bodies, Cloudflare Logpush records, iCalendar events) carrying PII of
// people from 20 locales next to many more look-alikes (order ids, epochs,
// hashes, tracking numbers, amounts…), and judges the
// redactor's output against a background rendering of each line with
// placeholders in place of the PII. See README.md.
//
// The package holds only tests: go test ./pipeline/redact/eightheval/ -v
package eightheval
