// Package fourteentheval holds an evaluation corpus for vigil's redactor,
// written from the redactor's README and its issue alone, without reading
// the redactor's code. It generates a seller's back-office logs of 2026
// (helpdesk, marketplace messaging, e-mail, chat, returns and fraud review,
// payment gateways, ERP and warehouse exports, shipping labels, application
// and infrastructure logs, search and audit trails) with fake buyers of many
// locales, and measures how many personal values survive redaction and how
// many look-alikes (ids, amounts, dates) are damaged. Everything lives in the
// package's tests; see README.md.
package fourteentheval
