// Package sixteentheval is an evaluation corpus for vigil's PII redactor,
// written from the redactor's README and its issue alone, without reading the
// redactor's code. Its logs are a seller's marketing, reviews, social-commerce
// and privacy side: e-mail and SMS platforms' webhooks, review platforms,
// live-shopping orders and chat apps, affiliate payouts, customer data
// platforms, privacy requests, surveys, bots, experiments, application and
// infrastructure logs. The package holds only tests; see README.md.
package sixteentheval
