// Package twentyfirsteval is the twenty-first independent evaluation corpus
// of vigil's redactor: the plumbing between a shop and the outside world (mail
// transfer agents, telephony, EDI, banking files, ERP, POS, helpdesk, web edge,
// directories, system logs, exports, middleware, disputes and document
// services), generated from the formats those systems print rather than from
// the redactor's code. The package holds tests only; see README.md.
package twentyfirsteval
