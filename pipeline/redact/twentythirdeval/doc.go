// Package twentythirdeval is an evaluation corpus for package redact written
// from what a shop's edge, network and security telemetry records about its
// buyers' traffic: reverse proxies and CDNs, web application firewalls, API
// gateways, SIEM shippers, intrusion detection, e-mail security, DLP, fraud
// signals at the edge, identity providers, cloud audit trails, DNS and
// certificates, incident tickets and scanners.
//
// The package holds tests only. TestTwentyThirdCorpus generates the corpus
// from a seed, runs every line through the default redactor and reports
// recall of PII values and damage to look-alikes that must survive;
// TestTwentyThirdGenerator checks the corpus and its judge. See README.md.
package twentythirdeval
