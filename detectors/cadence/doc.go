// Package cadence learns the schedule of every scheduled job from its runs
// (job.name, job.status started / succeeded / failed, event.duration) and
// raises alerts when a job misses its slot (overdue), keeps failing
// (failing) or runs far longer than usual (slow). No job names or cadences
// are built in. The package takes plain values (job name, status, event
// time, duration), does no I/O and never reads the clock.
//
// # Learning
//
// A job's evidence is its last History (64) run start times: its started
// events or, for a job that logs only succeeded/failed, finish time minus
// duration. After every new start the schedule is fitted again, from
// scratch, in three steps.
//
// Slots. The start times are folded modulo each candidate cycle of 10m,
// 15m, 20m, 30m, 1h, 2h, 3h, 4h, 6h, 8h, 12h, 1d and 1w (at least half the
// median gap, shortest first; aligned to midnight UTC, and to Monday for the
// week) and clustered by single linkage (4m, or cycle/8 if smaller). A
// cluster's slot is the midpoint of its 10% and 90% quantiles, rounded to
// the minute. A cluster hit in at least 80% of the cycles observed is a
// slot, one hit in at most 35% is noise (manual runs); anything in between,
// more than 25% of the runs in noise, or a daily slot missed two days in a
// row within the first two weeks (a weekdays-only job?) means this cycle
// does not fit and a longer one is tried. The first cycle that fits wins if
// it has been observed for two cycles and MinPeriods (3) slot spacings, at
// least MinRuns (6) runs fall in its slots, and runs at random times would
// fit as tightly with odds below 1e-7 (C(n,k)·q^k, q the share of the cycle
// the slots cover). Weekly slots at about the same time of day share one
// time-of-day estimate. In words: "every 20m from :07", "hourly at :05",
// "every 6h from 03:15 UTC", "daily at 02:37 UTC", "daily at 09:05, 17:05
// UTC", "weekly on Mon at 09:00 UTC", "weekly on Mon, Tue, Wed, Thu, Fri at
// 09:00 UTC". A job scheduled daily in a local time zone is a daily slot in
// UTC; a DST change moves it by an hour (declare such jobs to be exact).
//
// Interval. Slots closer than 10m, evenly spaced slots that no shorter
// cycle explained (every 25m, 40m, 90m), or a slot whose runs spread over
// more than min(15m, spacing/3) (drift) point to an interval job, as does
// a lack of any slot structure: the median gap P is the interval if the job
// has at least 2×MinRuns runs and at least 70% of its judged gaps lie
// within max(P/5, min(2m, P/2)) of P (gaps near 2P or 3P are missed runs,
// gaps of 3.5P or more outages; neither is judged). Where some cycle showed
// structure it could not explain, the interval must be strict (90% regular,
// no long gap): a weekdays-only job is not "every 1d". The next run is due
// P after the last start: "every 25m".
//
// Otherwise the job is "learning" (too few runs or periods, or structure
// that a longer cycle not yet observed may explain) or "irregular" (no
// stable cadence). Neither is judged for overdue; failing and slow are
// judged for every job.
//
// Grace is learned from the lateness of runs against their slots (against
// P for an interval): grace = max(q95 + margin, max + MinGrace,
// spacing/20 (at most 30m), MinGrace), with margin =
// max(2·MinGrace, q95 − q05)·(1 + 4/n), wider while few runs are known; a
// job with ±90s of jitter gets about 4 minutes. A run up to "early" before
// a slot (learned likewise, at most half the spacing) counts for it. A job
// that logs only finishes is known to have run only when it ends: its grace
// grows by the slow threshold.
//
// Declare sets a cron schedule (5 fields or a descriptor, in a time zone)
// that overrides learning and is judged from the start, runs seen or not.
//
// # Judgement
//
// Observe(job, status, at, duration) records a run event and returns what
// it changes at once. Failing fires at FailAfter (3) consecutive failures
// and resolves at the next success. Slow fires when a run's duration
// exceeds max(3×median, 1.5×p99, MinSlow (1m)) of the last History
// successful durations (judged once MinDurations (5) are known) and
// resolves when a run succeeds within it. A slow run is kept out of the
// durations learned from, so it does not raise the bar for the next ones,
// unless more than MinDurations in a row are slow: that is the new normal.
// Overdue resolves when a run succeeds (or starts, for a job that never logs
// a finish).
//
// Advance(now) moves the event-time watermark (all events up to now have
// been observed) and finds absences. Overdue fires when a slot + grace
// passes with no run started since slot − early (At is that deadline); it
// is ONE alert per outage, which stays open and counts the slots missed
// until a run succeeds. Slow fires for a run still unfinished at start +
// threshold. Jobs wait in a heap keyed by their next deadline, so an
// Advance looks only at the jobs due.
//
// The source must not lie. Call Advance only while the stream is caught
// up; when it is not (consumer lag, a gap in the logs), call Pause: Advance
// then only moves the watermark, while Observe still learns and judges the
// runs it is given. Resume(now) judges again, but only slots whose early
// window opens after now (an interval job is due an interval after now at
// the earliest) and runs started after now, since the evidence for earlier
// ones may be lost. Not calling Advance during a gap is not enough: the
// next Advance would judge the gap's slots.
//
// # State and limits
//
// Snapshot returns the whole state as a JSON-serialisable struct and
// Restore installs it; a restored detector emits exactly the events the
// original would have. Memory is bounded: per job History start times and
// durations (about 1 KB at 64) and a fixed-size record, for at most
// MaxJobs (10000) jobs; observations of further jobs are ignored and
// counted in Stats (Forget drops a retired job). A fit costs about 10µs
// (64 starts), done once per run start.
//
// Known limits: a job that pauses at night or at weekends is judged on the
// intervals it has shown until its history covers the pattern (two days,
// two weeks), so its first pause may alert; a schedule change alerts until
// enough runs of the new schedule are kept; a long outage lowers the slots'
// hit rate and may return the job to learning for a while after it ends.
// Declare such jobs.
package cadence
