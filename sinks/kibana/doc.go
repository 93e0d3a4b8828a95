// Package kibana installs what vigil's users open in Kibana, as
// `filebeat setup` does for its own: the data view of the indexed logs
// (the id every alert's Discover link names: alerting.data_view), a data
// view of the alert history indices (vigil-alerts-*), and an overview
// dashboard for the on-call.
//
// The client speaks Kibana 8's HTTP API with net/http: the data views API
// (GET, then POST /api/data_views/data_view to create or
// POST /api/data_views/data_view/{id} to update) and the saved objects API
// (POST /api/saved_objects/_bulk_get to compare, POST
// /api/saved_objects/_import?overwrite=true, multipart, to import). Every
// request carries kbn-xsrf and the configured credentials (API key or basic
// auth), goes to the configured space (/s/{space}/api/…), is bounded by a
// timeout, and is retried with backoff (internal/backoff) when Kibana
// answers 5xx or 429 or cannot be reached; an error names the endpoint, the
// status and Kibana's message.
//
// Setup is idempotent. A data view that exists under its id with the same
// title is left alone (its name, field formats and runtime fields are the
// user's); with another title it is updated, and the result says what the
// title was; a missing one is created, never replacing another data view
// of the same name. The dashboard's saved objects (embedded, in
// dashboard/overview.ndjson, with the data views' default ids rewritten to
// the configured ones) carry a revision at the end of their description;
// an object already in Kibana at that revision is left alone, one missing
// or at another revision is imported. A second run changes nothing.
//
// The dashboard: events per minute by log.level and by service.name and
// error events by error.code (the logs data view); notifications over time
// by kind, firing notifications by alert.severity, and the rules behind the
// most firing notifications (the alert history data view). Its saved
// objects are Lens visualizations by reference and a dashboard, in the
// format of Kibana 8.9 and later (typeMigrationVersion 8.9.0; Kibana
// migrates them forward on import).
//
// Package kibanatest is an in-process fake of these endpoints for tests.
package kibana
