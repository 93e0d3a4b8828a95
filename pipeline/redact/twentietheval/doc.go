// Package twentietheval is an evaluation corpus for the redactor, written
// without reading it: logs of the data platforms, search engines and AI
// assistants that sit around a shop's customer data (LLM chat transcripts,
// retrieval pipelines, SQL and ORM logs, ETL jobs, data quality reports,
// search slow logs, customer data platforms, privacy requests, notebooks,
// GraphQL and gRPC, configuration dumps, crash reports, recommendations).
//
// The package holds tests only; see README.md for what it generates and how
// it judges the redactor's output.
package twentietheval
