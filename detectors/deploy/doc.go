// Package deploy judges a deploy: it compares a service's signals in a
// window after the deploy with baselines from before it, and says healthy,
// degraded or inconclusive, with a report of what changed. The live
// watcher raises a deploy-regression alert from it; `vigil deploy check`
// turns the verdict into its exit status (Verdict.ExitCode: 0 healthy, 1
// degraded, 2 inconclusive) and prints Report as JSON or Markdown.
//
// # Use
//
// The caller picks the service's events and the windows: typically the 10
// minutes after the deploy (starting a minute late skips restart noise),
// the 2 hours before it, and, when history has them, the same hours a day
// and a week earlier. Each Window takes the events in its own range, so one
// stream can be fed to all of them:
//
//	after := deploy.NewWindow(at, at.Add(10*time.Minute))
//	before := deploy.NewWindow(at.Add(-2*time.Hour), at)
//	before.Label = "2 h before"
//	for … { after.Add(ev); before.Add(ev) }
//	r := deploy.Compare(after, []*deploy.Window{before}, deploy.Options{})
//	os.Exit(r.Verdict.ExitCode())
//
// Compare a window only when it is complete (the watermark has passed its
// end): the event rate assumes the window's whole duration. Windows can be
// built from per-minute partial windows with Merge. Compare leaves the
// Report's DeployedAt, Notes and KibanaURL to the caller; Markdown renders
// them when set.
//
// # Signals
//
// From docs/architecture.md §3 fields: error_ratio (log.level error, err, fatal,
// critical, crit, alert, emerg, emergency, panic or severe, in any case,
// over all events), http_5xx_ratio and http_429_ratio (over events with
// http.response.status_code), latency_p95 (event.duration, ns, reported in
// ms), sync_delay_p95 (sync.delay_seconds), event_rate (events per
// minute: only a collapse is a regression, a surge never is), and
// new_error_codes (error.code, else error.type, seen in no baseline).
// New normalised error messages (error.message, else the message of an
// error-level event; see NormalizeMessage) are reported, never judged.
// Deploy markers (event.action "deploy") are not traffic.
//
// # Tests
//
// Every signal gets a one-sided test of "no worse than the baseline" and a
// minimum effect size; it is degraded only when both pass.
//
//   - Ratios: the conditional binomial test of the two counts. Given the
//     x_a + x_b numerator events of both windows, x_a is Binomial(x_a + x_b,
//     n_a / (n_a + n_b)) if the ratio is unchanged. It works with a handful
//     of events, accounts for the baseline's own sampling error, and is
//     exact for Poisson counts (conservative for binomial ones). Effect
//     size: ×2 and +0.5 percentage points.
//   - p95s: a two-sample quantile test (Mood's median test at the 95th
//     percentile). The after-window's share of the values above the pooled
//     p95 is hypergeometric under "no change", whatever the distribution.
//     Effect size: latency ×1.5 and +50 ms, sync delay ×1.5 and +60 s.
//   - Event rate: the same conditional binomial test with the windows'
//     durations as exposures, lower tail. Effect size: below 30 % of the
//     baseline rate, when the baseline predicts at least MinEvents events.
//   - A new error code seen x times after and never in baselines of n_b
//     events: p = (n_a / (n_a + n_b))^x, the chance that all of them fall
//     after the deploy if the code were as frequent before. It counts with
//     at least 3 occurrences (or 2 making 1 % of the after-events): one
//     error line never makes a verdict.
//
// The ratio, quantile and rate tests use Lancaster's mid-p (the new-code
// test keeps the exact tail). An exact tail of a discrete count
// is conservative: at α = 0.001 it rejects only about half as often as it
// may. With the mid-p the measured rate of false rejections of unchanged
// binomial counts is 0.0007–0.001.
//
// Each signal is tested at Alpha = 0.001, so a deploy that changed nothing
// is called degraded with probability at most m × 0.001 over m tested
// signals (Bonferroni, m ≤ 7). Holm's step-down at that family level
// decides which further signals are flagged.
//
// Errors come in bursts: one failure logged five times, or a retry storm.
// Counts are therefore divided by their over-dispersion before testing.
// The factor is the larger of two estimates. The first is the baseline's
// minute-to-minute Pearson dispersion. The second is the design effect
// ΣS²/ΣS of lines clustered by trace.id (lines sharing a trace with one of
// the last 32 clusters), which works even with a handful of errors. A new
// code's four lines in one trace are one failure, not four.
//
// # Baselines
//
// A signal is judged against every baseline that has enough data for it
// (MinBaselineEvents) and is degraded only when it is significantly and
// substantially worse than each of them: an intersection–union test,
// whose p-value is the largest. Before is the most lenient baseline value.
// So a daily pattern (nightly batch errors, evening latency) that the
// same-hours-yesterday baseline shows is not blamed on the deploy, and
// pooling never mixes a busy hour with a quiet one. The price is that an
// incident in any baseline hides a regression of its size. Pass clean
// baselines; their labels name them in the report.
//
// # Inconclusive
//
// A CI gate must not call a deploy healthy when it could not have caught a
// regression. The verdict is inconclusive when:
//
//   - there are no after-events (down, or logs not arriving), or no
//     baseline events;
//   - there are fewer than MinEvents (100) after-events and nothing is
//     clearly degraded (a clear regression is degraded on fewer);
//   - error_ratio (Options.RequirePower) is underpowered. A rise to 3× the
//     baseline ratio (at least 1.5 %) would be caught with probability
//     below 50 %. The power is computed from the exact test, and the note
//     says about how many events (and minutes) would be enough. Other
//     signals' lack of power is only reported;
//   - a signal is suspicious: it meets its effect size with p ≤ 0.05 but
//     is not significant. A real regression too weak to confirm is sent
//     back for a longer look, not waved through.
//
// Otherwise it is healthy.
//
// # Measured
//
// These are from this package's tests (seeded, deterministic).
//
// 1,000 benign deploys on random services: 5–500 lines/min, 0–5 % errors,
// daily volume rhythms of up to ±70 %, bursty error logging in half of
// them, a rare code that baselines may miss. 3 were called degraded
// (0.3 %), 640 healthy and 357 inconclusive, mostly low traffic.
//
// On the same random services with a regression, caught (all services /
// those of ≥ 30 lines/min): new code ×20 100 / 100 %, latency ×2 94 / 99.5
// %, event rate −80 % 83 / 100 %, sync delay ×3 70 / 83 %, error ratio ×3
// 55 / 80 %, 5xx ratio ×3 35 / 54 %. The misses are mostly inconclusive,
// or ×3 of a tiny ratio that stays under the +0.5-point effect size.
//
// Power for a 30 lines/min service, 10 minutes after a 2-hour baseline,
// with the error ratio ×3:
//
//	baseline 0.4 %: 11 % degraded, 88 % inconclusive (unchanged: 99.5 % inconclusive)
//	baseline 1 %:   27 % degraded, 73 % inconclusive (unchanged: 99.5 % inconclusive)
//	baseline 2 %:   64 % degraded, 32 % inconclusive, 4 % healthy (unchanged: 82 % healthy)
//	baseline 5 %:   98.5 % degraded (unchanged: 91.5 % healthy)
//
// Ten minutes of 30 lines/min cannot confirm a ×3 rise of a 0.4 % error
// ratio at α = 0.001: 1.2 expected errors against 3.6. The gate says so
// rather than passing the deploy.
//
// # Limits
//
// Latency and delay exceedances are not corrected for clustering. Slow
// periods make them over-dispersed, and only the effect size guards that.
// The baselines must be clean. A window keeps at most 4096 error codes and
// 4096 messages (a baseline that overflows makes new_error_codes
// inconclusive), and quantiles are exact up to 4096 values, then within
// 1 %. A Window is not safe for concurrent use. Compare only reads its
// windows, so comparisons may share them.
//
// # Keeping history
//
// A live watcher keeps each service's recent history as small windows
// (10-minute, then hourly) and merges them into baselines when a deploy
// comes. Window.Compact makes a complete window cheaper to keep (its
// sketches drop their verbatim values: quantiles within 1 %, tests
// unchanged); Window.Snapshot and RestoreWindow carry a window through a
// checkpoint exactly.
package deploy
