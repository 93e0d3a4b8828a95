// Package harbor generates the log stream of a store vigil was never tuned
// on, with its labelled ground truth, for `vigil eval`:
//
//	vigil simulate --world harbor --out - --truth harbor-truth.yaml > harbor.ndjson
//
// It was written from issue 11 and the log-event contract (docs/architecture.md §3)
// alone, without reading vigil's rules, detectors or the other simulators.
//
// # The store
//
// Harbour Audio sells consumer electronics (headphones, speakers, GaN
// chargers, DACs, bundles) from its own Shopify web shops, served by a
// headless API, and on five marketplaces; an ERP keeps orders, stock and the
// ledger; a third-party warehouse (3PL) in Sydney ships everything.
//
//	shop.id   shop.platform  region  local clock (default span)  role
//	VN-SP-01  shopee         vn      +07:00 Ho Chi Minh          biggest marketplace
//	VN-TT-01  tiktok         vn      +07:00
//	KR-CP-01  coupang        kr      +09:00 Seoul                rhythm 45 min later
//	MX-ML-01  mercadolibre   mx      -06:00 Mexico City
//	UK-AZ-01  amazon         uk      +01:00 London (BST)
//	AU-SF-01  shopify        au      +10:00 Sydney (AEST)        web shop harbouraudio.com.au
//	UK-SF-01  shopify        uk      +01:00                      web shop harbouraudio.co.uk
//	NZ-SF-01  shopify        nz      +12:00 Auckland             the quiet shop, a line or two a minute
//
// Each shop's traffic follows its local hour (low at 03:00-05:00, a lunch
// shoulder, an evening peak at 19:00-22:00) and weekday. The offsets are
// fixed: they are the ones in force in late April 2026 (the default start,
// Monday 2026-04-20 00:00 UTC).
//
// # Services and their log shapes
//
// Every line is one JSON object with the docs/architecture.md §3 fields; the services
// write them differently (lines/min are averages over the 60 hours at Rate
// 1; the whole stream is ~3.3 lines/s, ~715 000 lines, ~400 MB):
//
//	service.name    lines/min  shape
//	storefront-bff  ~57 (200 at the flash sale)  Node: nested objects, @timestamp +10:00 ms, levels info/warn/error;
//	                           one access line per request (url.path, status, event.duration, shop.*, trace.id)
//	catalog-api     ~25        Java ECS: dotted keys, UTC "Z" ms, INFO/WARN/ERROR, log.logger,
//	                           process.thread.name, error.stack_trace; a stray stack-frame text line twice
//	mkt-listing     ~33        Java ECS: dotted keys, "+00:00" ms; inventory and price pushes to the
//	                           marketplaces' APIs (url.domain), sync.kind inventory|price with
//	                           sync.delay_seconds; 429s (~0.5 %) and 503s retried with backoff
//	order-intake    ~19        Python through Filebeat: nested, +07:00 microseconds, INFO/WARNING/ERROR/DEBUG,
//	                           log.offset, agent.*; orders with buyer.* and shipping.address.* (PII),
//	                           marketplace pollers every minute, sync.kind order
//	paybridge       ~19        Go: dotted keys, UTC nanoseconds, lower-case levels; payment callbacks
//	                           (sync.kind payment_callback), 0.4 % fail
//	erp-connector   ~30        .NET: nested, +01:00 with 7-digit fractions, Info/Warning/Error; ERP
//	                           stock polls (flat) and sales orders (follow the orders); 0.4 % errors
//	wh-link         ~10        nested, +10:00 ms; 3PL shipment confirmations (PII) and tracking
//	                           batches, sync.kind logistics
//	notify-relay    ~5         dotted, +09:00 ms, Info/Warning/Error; e-mails and SMS
//	fin-jobs        <1         nested, -06:00 whole seconds, level "warning"; finance jobs, fx refresh
//
// Ordinary noise: sporadic 5xx and timeouts, 429s with retries, duplicate
// orders and callbacks, slow ERP responses, e-mail deferrals and bounces, a
// handful of truncated lines (Stats.Malformed counts them).
//
// # Jobs (job.name, job.status started/succeeded/failed, event.duration)
//
//	stock-reconcile       wh-link        every 15 min at :03/:18/:33/:48   ~50 s
//	price-push            mkt-listing    every 20 min at :11/:31/:51       ~40 s
//	mkt-fee-pull          fin-jobs       hourly at :27                     ~15 s
//	erp-ledger-export     erp-connector  every 2 h at :52 of odd UTC hours ~3 min
//	vat-ledger-close      fin-jobs       daily 04:37 London (03:37 UTC)    ~5.5 min
//	catalog-full-reindex  catalog-api    weekly, Tuesday 04:05 UTC         ~25 min
//
// # Incidents (times for the default start; labels as in the truth)
//
//	shopee-vn-rate-limit              Mon 15:05-15:36  {service.name: mkt-listing, shop.id: VN-SP-01}
//	    Shopee 429s a third of VN-SP-01's pushes for 25 min; its sync lag climbs to ~15 min, then drains.
//	fee-pull-missed-runs              Tue 05:27-07:27  {job.name: mkt-fee-pull}
//	    the scheduler worker is OOM-killed: the 05:27 and 06:27 runs never start.
//	paybridge-callback-failures       Tue 07:40-08:00  {service.name: paybridge, sync.kind: payment_callback}
//	    6-10 % of callbacks fail (0.4 % normally).
//	storefront-bff-deploy-regression  Tue 12:40-13:23  {service.name: storefront-bff}
//	    deploy 4.19.0 breaks the cart: error ratio ~0.5 % -> ~2 % until the rollback marker (4.18.2).
//	price-push-failing                Tue 18:51-20:32  {job.name: price-push}
//	    five failed runs in a row (revoked Amazon token), then a success.
//	order-intake-new-error-code       Tue 21:40-22:26  {service.name: order-intake}
//	    MELI_LOGISTIC_TYPE_UNKNOWN, never seen before, several times a minute until the hotfix deploy 3.8.1.
//	erp-ledger-export-slow            Wed 01:52-02:35  {job.name: erp-ledger-export}
//	    one run takes 43 minutes instead of ~3.
//	erp-connector-error-ratio         Wed 06:10-06:40  {service.name: erp-connector}
//	    a ~30 lines/min service goes from 0.4 % to ~6 % errors.
//
// # Traps (quiet periods: no alert whose labels include these may start)
//
//	quiet-shop-nz-sf-01                 whole span     {shop.id: NZ-SF-01}      five isolated errors, hours apart
//	steady-compat-endpoint-catalog-api  whole span     {service.name: catalog-api}  GET /v2/bundles/compat fails 2 %, always
//	daily-peak-apac-evening             Mon 10:00-13:00 {}                      VN/KR/AU evening peak
//	benign-deploy-mkt-listing           Mon 10:15 +1h  {service.name: mkt-listing}  5.8.1 -> 5.9.0, nothing changes
//	benign-error-code-notify-relay      Mon 12:10-end  {service.name: notify-relay}  SMS_CARRIER_BLOCKED twice an hour
//	night-lull-apac                     Mon 17:30-22:00 {}                      APAC shops at a quarter of their peak
//	daily-peak-mexico-evening           Tue 00:30-03:30 {}                      MX evening, AU/KR late morning
//	flash-sale-au-sf-01                 Tue 09:00-11:30 {}                      AU-SF-01 traffic x3, ratios unchanged
//	planned-maintenance-wh-link         Tue 14:55-17:20 {}                      3PL upgrade: wh-link 503s, stock-reconcile
//	                                                                            skips its runs, confirmations arrive late;
//	                                                                            operator silences on service.name=wh-link
//	                                                                            and job.name=stock-reconcile
//	benign-deploy-paybridge             Wed 04:15 +1h  {service.name: paybridge}  1.42.0 -> 1.43.0, nothing changes
//
// The script sits at fixed offsets from Config.Start, so another start
// moves it with the span; another Duration drops what starts after the end.
// The same Config always gives the same bytes.
package harbor
