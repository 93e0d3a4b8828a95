// Package seventeentheval is an evaluation corpus for pipeline/redact written
// without reference to the redactor's code: the back office and after-sales
// side of a cross-border seller (ERP and accounting syncs, vendor onboarding,
// EDI, warehouse and label printing, customs, returns and warranty, helpdesk,
// call-center transcripts, OCR of scanned documents, e-mail ingestion, payroll,
// field service, SSO, audit trails, application logs and syslog).
//
// The package holds only tests. TestSeventeenthCorpus generates the corpus
// from a seed (17, or VIGIL_SEVENTEENTH_SEED), redacts every line with the
// default configuration and reports recall per kind, context, locale and form
// and damage per look-alike type; TestSeventeenthGenerator checks the corpus
// and the judge. See README.md.
package seventeentheval
