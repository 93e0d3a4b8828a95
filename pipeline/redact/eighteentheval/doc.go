// Package eighteentheval is an evaluation corpus for vigil's redactor, written
// from what customer-engagement, payments-risk and developer-facing systems emit
// (chat commerce APIs, live-stream orders, CRM and marketing automation, loyalty,
// fraud screening and KYC, payment gateways, disputes, tax invoicing, geocoding,
// database logs, API layers, crash reports, analytics and configuration dumps),
// not from the redactor's code. It holds only tests: TestEighteenthCorpus measures
// recall and look-alike damage, TestEighteenthGenerator checks the corpus and its
// judge. See README.md.
package eighteentheval
