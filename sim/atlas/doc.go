// Package atlas generates the log stream of a second simulated store, "Atlas
// Home & Living", a cross-border home-goods brand, together with a labelled
// ground truth for `vigil eval`. It is written independently of vigil's
// rules and detectors, to check that the built-in detection works on a store
// it was never tuned on.
//
// # The store
//
// Fourteen shops on Shopee, Lazada, TikTok Shop, Amazon and Shopify in
// Singapore, Indonesia, Thailand, the Philippines, Malaysia, Japan, Germany
// and Brazil. Each shop's traffic follows its own local clock (a late-morning
// bump, an afternoon shoulder, the evening peak near 20:45, quiet from 02:00
// to 06:00) and weekday, with Poisson arrivals per minute, so the stream has
// three regional peaks a day: APAC around 12:30 UTC, Europe around 19:45 UTC
// and Latin America around 23:45 UTC. The default run is 60 hours from
// Monday 2026-03-02 00:00 UTC, about 555k lines (2.6 lines/s, 450 MB).
//
// Eleven services, three log schemas (all ECS field names, docs/architecture.md §3):
//
//   - Java, ecs-logging-java (dotted keys at the top level, "log.level":"WARN",
//     @timestamp in UTC with milliseconds): oms-core (orders), stock-bridge
//     (inventory and price pushes, sync.kind inventory/price), erp-adapter
//     (ERP OData calls; jobs settlement-export and ledger-reconcile),
//     sp-api-relay (Amazon SP-API; job feed-refresh).
//   - Filebeat-shipped (nested objects, "warning", agent/ecs/input metadata):
//     wms-bridge (warehouse, sync.kind logistics; job label-batch),
//     storefront-events (Shopify webhooks), lazada-gateway, tiktok-connector.
//   - Python, ecs-logging-python ("log.level" and "ecs.version" dotted, the
//     rest nested, @timestamp like 2026-03-02T18:04:05.123456+08:00):
//     pay-notify (payment callbacks, sync.kind payment_callback), catalog-api
//     (the mid-volume service, ~30 lines a minute; job review-digest),
//     shopee-client.
//
// Jobs log job.status started and succeeded/failed (with event.duration):
// settlement-export daily 02:37 Singapore time, feed-refresh hourly at :05,
// ledger-reconcile hourly at :41, review-digest daily 07:13 Singapore time,
// label-batch every 20 minutes from :07. event.action "deploy" with
// service.version marks deployments. Buyers and shipping addresses are fake
// (gofakeit) and appear in structured fields and, sometimes, in messages.
// Ordinary noise: 429s from marketplaces (~0.5%), sporadic errors
// (0.3-1.2% per service), slow syncs, slow queries, duplicate callbacks, and
// two truncated lines.
//
// # Ground truth
//
// Eight incidents after the first 12 hours (a bad deploy, a job outage, a
// payment-callback failure spike, a 429 burst on one shop, a sync delay
// drift, a job failing repeatedly, an error-ratio jump on the mid-volume
// service, a new error code) and the traps that must stay silent (a flash
// sale, planned maintenance under an operator silence, benign deploys, a
// quiet shop's isolated errors, an endpoint failing 2% all along, a benign
// recurring error code, the regional peaks, the night lull, a job whose
// duration varies a lot). See Config.Truth, Truth.WriteYAML and README.md.
//
// Output is deterministic: the same Config gives byte-identical NDJSON, in
// event-time order (lines in +08:00 are ordered by the instant they denote).
package atlas
