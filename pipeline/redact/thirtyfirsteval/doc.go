// Package thirtyfirsteval is an evaluation corpus for pipeline/redact written
// without reading the redactor's implementation: the buyer's device and the
// messages the shop sends to it (logcat and os_log lines, crash reports,
// analytics events, deep links, push payloads, SMS and chat templates, model
// dumps, mobile SDK HTTP logs, app reviews, feature-flag logs and offline
// queues replayed). It holds tests only; see README.md.
package thirtyfirsteval
