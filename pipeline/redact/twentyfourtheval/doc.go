// Package twentyfourtheval is an independent evaluation corpus for the
// redactor, written from what the platform under a shop prints: containers
// and orchestration, CI/CD, infrastructure as code, serverless functions,
// job schedulers and queues, caches, configuration and secrets,
// observability pipelines, backups and migrations, on-call tooling, admin
// tools, load tests and crash output. It holds tests only; see README.md.
package twentyfourtheval
