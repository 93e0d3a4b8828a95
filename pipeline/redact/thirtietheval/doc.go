// Package thirtietheval is vigil's thirtieth independent evaluation corpus for
// pipeline/redact: free text that people write by hand (gift notes, delivery
// instructions, reviews, tickets, agents' notes, chats, e-mails with quoted
// history, transcripts, OCR of forms, correction spreadsheets, moderation
// logs) embedded the way the shop's software logs it. It was written from
// issue 10, the package's API and its kinds' names only, without reading the
// redactor's code. The package holds tests only; see README.md.
package thirtietheval
