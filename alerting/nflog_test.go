package alerting

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

const nflogCfg = `
route: {receiver: default, group_by: [service.name], group_wait: 30s, group_interval: 5m, repeat_interval: 1h}
receivers: [{name: default, terminal: true}]
`

// fireThenResolve is what the rules engine submits in every life: a at
// minute 0, its resolution at minute end.
func fireThenResolve(a alert.Alert, end int) func(min int) []alert.Alert {
	return func(min int) []alert.Alert {
		switch min {
		case 0:
			return []alert.Alert{a}
		case end:
			return []alert.Alert{resolve(end, a)}
		}
		return nil
	}
}

// life is one process's dispatcher on the test's minute clock.
type life struct {
	t     *testing.T
	d     *Dispatcher
	rec   *recorder
	clock *int
	logs  *bytes.Buffer
}

// start builds a synchronous dispatcher, restores snap when given, and
// opens the notification log at path when given.
func start(t *testing.T, cfgYAML string, clock *int, snap []byte, path string) (*life, LogReplay) {
	t.Helper()
	cfg := decodeConfig(t, cfgYAML)
	rec := &recorder{name: "default", clock: clock}
	var logs bytes.Buffer
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": rec}, zerolog.New(&logs), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	if snap != nil {
		if err := d.Restore(snap); err != nil {
			t.Fatal(err)
		}
	}
	var rep LogReplay
	if path != "" {
		if rep, err = d.OpenLog(path); err != nil {
			t.Fatal(err)
		}
	}
	return &life{t: t, d: d, rec: rec, clock: clock, logs: &logs}, rep
}

// to ticks minute by minute from the current minute to until, submitting
// what at returns for each minute first.
func (l *life) to(until int, at func(min int) []alert.Alert) {
	for ; *l.clock <= until; *l.clock++ {
		if at != nil {
			for _, a := range at(*l.clock) {
				l.d.Submit(a)
			}
		}
		l.d.Tick(atMin(*l.clock))
	}
}

func atMin(m int) time.Time { return at(m) }

// kill abandons the process: no Close, no flush; only its file is closed,
// as the kernel would.
func (l *life) kill() {
	if l.d.nf != nil {
		l.d.nf.close()
	}
}

func (l *life) snapshot() []byte {
	l.t.Helper()
	b, err := l.d.Snapshot()
	if err != nil {
		l.t.Fatal(err)
	}
	return b
}

func (l *life) got() []string {
	l.rec.mu.Lock()
	defer l.rec.mu.Unlock()
	return slices.Clone(l.rec.got)
}

// TestLogKeepsRestartFromPagingAgain is the crash of issue 12: an alert is
// notified after the last checkpoint, the process dies, and the restart
// restores the older checkpoint and evaluates the same events again. With
// the notification log the re-raised alert is not notified again; its
// repeat and its resolution come on schedule, once. Without it, the
// receiver is paged twice.
func TestLogKeepsRestartFromPagingAgain(t *testing.T) {
	a := fire(0, "a", alert.P1, "service.name", "x")
	engine := fireThenResolve(a, 68)
	for _, withLog := range []bool{true, false} {
		t.Run(fmt.Sprintf("log=%v", withLog), func(t *testing.T) {
			path := ""
			if withLog {
				path = filepath.Join(t.TempDir(), "state.json.nflog")
			}
			clock := 0
			first, _ := start(t, nflogCfg, &clock, nil, path)
			old := first.snapshot() // the last checkpoint: before the alert
			first.to(3, engine)
			if got := first.got(); !slices.Equal(got, []string{"1 default F:a"}) {
				t.Fatalf("first life: %q", got)
			}
			first.kill()

			clock = 0 // the restored state is the checkpoint's: minute 0
			second, rep := start(t, nflogCfg, &clock, old, path)
			if withLog && (rep.Records != 1 || rep.Replayed != 1 || rep.Restored != 1 || rep.Corrupt != 0) {
				t.Errorf("replay %+v, want 1 record replayed, 1 alert restored", rep)
			}
			second.to(80, engine)
			want := []string{"61 default F:a", "71 default R:a"} // repeat_interval after minute 1, then the end
			if !withLog {
				want = []string{"1 default F:a", "61 default F:a", "71 default R:a"}
			}
			if got := second.got(); !slices.Equal(got, want) {
				t.Errorf("second life: %q, want %q", got, want)
			}
			if withLog {
				if s := second.d.Stats(); s.LogReplayed != 1 || s.LogWritten != 2 || s.LogOrphansResolved != 0 {
					t.Errorf("stats: replayed %d, written %d, orphans resolved %d", s.LogReplayed, s.LogWritten, s.LogOrphansResolved)
				}
				if !strings.Contains(second.logs.String(), `"message":"notification log replayed"`) {
					t.Errorf("no replay line in %s", second.logs)
				}
			}
		})
	}
}

// TestLogRestoredAlertIsResolved: an alert told firing that the restarted
// engine does not raise again (its events came too late, or its rule is
// gone) is not forgotten: it is resolved orphanGrace after the notification
// that told it, once, and never notified firing again. A checkpoint taken
// meanwhile keeps the deadline.
func TestLogRestoredAlertIsResolved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nflog")
	a := fire(0, "a", alert.P1, "service.name", "x")
	clock := 0
	first, _ := start(t, nflogCfg, &clock, nil, path)
	old := first.snapshot()
	first.to(3, func(min int) []alert.Alert {
		if min == 0 {
			return []alert.Alert{a}
		}
		return nil
	})
	first.kill()

	clock = 0
	second, rep := start(t, nflogCfg, &clock, old, path)
	if rep.Restored != 1 {
		t.Fatalf("replay %+v", rep)
	}
	second.to(5, nil) // the engine says nothing about a
	mid := second.snapshot()
	second.kill()

	third, _ := start(t, nflogCfg, &clock, mid, path)
	third.to(40, nil)
	// Told at minute 1, resolved at 16 (1 + 15), when the group flushes on
	// its 5-minute grid from 0:30, as before the restart.
	want := []string{"16 default R:a"}
	if got := slices.Concat(second.got(), third.got()); !slices.Equal(got, want) {
		t.Errorf("after the restart: %q, want %q", got, want)
	}
	if s := third.d.Stats(); s.LogOrphansResolved != 1 || s.Active != 0 {
		t.Errorf("orphans resolved %d, active %d", s.LogOrphansResolved, s.Active)
	}
}

// TestLogResolutionAfterCheckpoint: the checkpoint holds the alert firing
// and told; its resolution was notified after it. After the restart the
// resolution is not sent again, nor the alert as firing in between.
func TestLogResolutionAfterCheckpoint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nflog")
	a := fire(0, "a", alert.P1, "service.name", "x")
	b := fire(0, "b", alert.P1, "service.name", "x")
	engine := func(min int) []alert.Alert {
		switch min {
		case 0:
			return []alert.Alert{a, b}
		case 8:
			return []alert.Alert{resolve(8, a)}
		}
		return nil
	}
	clock := 0
	first, _ := start(t, nflogCfg, &clock, nil, path)
	first.to(4, engine)
	cp := first.snapshot() // a and b firing and told
	first.to(12, engine)
	if got := first.got(); !slices.Equal(got, []string{"1 default F:a,F:b", "11 default R:a,F:b"}) {
		t.Fatalf("first life: %q", got)
	}
	first.kill()

	clock = 5
	second, rep := start(t, nflogCfg, &clock, cp, path)
	if rep.Replayed != 1 || rep.Covered != 1 || rep.Ended != 1 || rep.Restored != 0 {
		t.Errorf("replay %+v", rep)
	}
	second.to(30, engine) // the engine resolves a again at minute 8
	if got := second.got(); len(got) != 0 {
		t.Errorf("after the restart: %q, want nothing", got)
	}
	second.to(71, engine)
	if got := second.got(); !slices.Equal(got, []string{"71 default F:b"}) {
		t.Errorf("repeat: %q, want b alone at 71 (an hour after the resolution's notification)", got)
	}
}

// TestLogNewEpisodeIsNotified: dedup is per episode: the same fingerprint
// with another starts_at is news.
func TestLogNewEpisodeIsNotified(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nflog")
	clock := 0
	first, _ := start(t, nflogCfg, &clock, nil, path)
	old := first.snapshot()
	first.to(3, func(min int) []alert.Alert {
		if min == 0 {
			return []alert.Alert{fire(0, "a", alert.P1, "service.name", "x")}
		}
		return nil
	})
	first.kill()
	clock = 0
	second, _ := start(t, nflogCfg, &clock, old, path)
	second.to(10, func(min int) []alert.Alert {
		switch min {
		case 0:
			return []alert.Alert{fire(0, "a", alert.P1, "service.name", "x")} // the same: quiet
		case 4:
			return []alert.Alert{fire(4, "a", alert.P1, "service.name", "x")} // another episode
		}
		return nil
	})
	if got := second.got(); !slices.Equal(got, []string{"6 default F:a"}) {
		t.Errorf("got %q, want the new episode once", got)
	}
}

// TestLogTornAndCorruptRecords: a record cut off by a crash mid-write is
// skipped with a warning and cut from the file, so that the next record
// starts on its own line; a corrupt record in the middle is skipped; the
// rest is replayed.
func TestLogTornAndCorruptRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nflog")
	clock := 0
	first, _ := start(t, nflogCfg, &clock, nil, path)
	old := first.snapshot()
	first.to(3, func(min int) []alert.Alert {
		if min == 0 {
			return []alert.Alert{
				fire(0, "a", alert.P1, "service.name", "x"),
				fire(0, "b", alert.P1, "service.name", "y"),
				fire(0, "c", alert.P1, "service.name", "z"),
			}
		}
		return nil
	})
	first.kill()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(lines) != 4 || len(lines[3]) != 0 {
		t.Fatalf("want 3 records, file is %q", data)
	}
	// Record 2 (group y) gets a flipped byte; a fourth record is torn.
	bad := slices.Clone(lines[1])
	bad[len(bad)/2] ^= 0x20
	torn := lines[0][:len(lines[0])/2]
	damaged := slices.Concat(lines[0], bad, lines[2], torn)
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}

	clock = 0
	second, rep := start(t, nflogCfg, &clock, old, path)
	if rep.Records != 2 || rep.Corrupt != 2 || rep.Replayed != 2 {
		t.Errorf("replay %+v, want 2 records and 2 skipped", rep)
	}
	for _, msg := range []string{"the last record is torn", "corrupt record skipped"} {
		if !strings.Contains(second.logs.String(), msg) || !strings.Contains(second.logs.String(), path) {
			t.Errorf("no warning %q naming the file in %s", msg, second.logs)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, slices.Concat(lines[0], bad, lines[2])) {
		t.Errorf("the torn tail was not cut off:\n%q", after)
	}
	// The engine raises the three again: x and z were logged, y's record is
	// lost, so y alone is notified again.
	second.to(3, func(min int) []alert.Alert {
		if min == 0 {
			return []alert.Alert{
				fire(0, "a", alert.P1, "service.name", "x"),
				fire(0, "b", alert.P1, "service.name", "y"),
				fire(0, "c", alert.P1, "service.name", "z"),
			}
		}
		return nil
	})
	if got := second.got(); !slices.Equal(got, []string{"1 default F:b"}) {
		t.Errorf("got %q, want y's alert alone", got)
	}
	second.kill()
	// The new record went on a line of its own: the file reads back whole.
	third, rep := start(t, nflogCfg, new(int), nil, path)
	if rep.Records != 3 || rep.Corrupt != 1 {
		t.Errorf("reread %+v, want 3 records and the old corrupt one", rep)
	}
	third.kill()
}

// TestLogCompaction: a compaction keeps each group's newest record; it
// drops one once the last snapshot covers it and it is older than the
// retention; it keeps one the snapshot does not cover whatever its age;
// the file is replaced atomically and appends go on into the new file.
func TestLogCompaction(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nflog")
	cfg := `
route: {receiver: default, group_by: [service.name], group_wait: 0s, group_interval: 1m, repeat_interval: 10m}
receivers: [{name: default, terminal: true}]
nflog_retention: 30m
`
	x := fire(0, "a", alert.P1, "service.name", "x")
	y := fire(0, "b", alert.P1, "service.name", "y")
	clock := 0
	l, _ := start(t, cfg, &clock, nil, path)
	l.to(25, func(min int) []alert.Alert {
		switch min {
		case 0:
			return []alert.Alert{x}
		case 21:
			return []alert.Alert{y}
		}
		return nil
	})
	// x: minutes 0, 10, 20; y: 21.
	if got := l.got(); len(got) != 4 {
		t.Fatalf("got %q", got)
	}
	records := func() []string {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var groups []string
		for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
			if len(line) == 0 {
				continue
			}
			r, err := decodeRecord(line)
			if err != nil {
				t.Fatal(err)
			}
			fp := slices.Concat(r.Firing, r.Resolved)[0]
			groups = append(groups, fmt.Sprintf("%s@%d", fp[:4], int(r.At.Sub(t0).Minutes())))
		}
		return groups
	}
	if n := len(records()); n != 4 {
		t.Fatalf("%d records before compaction", n)
	}
	compact := func() {
		t.Helper()
		if err := l.d.CompactLog(); err != nil {
			t.Fatal(err)
		}
	}
	fpX, fpY := alert.Fingerprint("a", x.Labels)[:4], alert.Fingerprint("b", y.Labels)[:4]

	compact() // no snapshot yet: nothing is covered; superseded records go
	if got, want := records(), []string{fpX + "@20", fpY + "@21"}; !slices.Equal(got, want) {
		t.Errorf("after the first compaction %q, want %q", got, want)
	}
	l.snapshot()
	l.to(60, nil) // x repeats at 30, 40, 50, 60, y at 31, 41, 51
	compact()     // covered: x@20, y@21, both older than 30m: dropped; the later ones stay
	if got, want := records(), []string{fpY + "@51", fpX + "@60"}; !slices.Equal(got, want) {
		t.Errorf("after the second compaction %q, want %q", got, want)
	}
	l.to(61, func(min int) []alert.Alert { return []alert.Alert{resolve(61, y)} })
	if got, want := records(), []string{fpY + "@51", fpX + "@60", fpY + "@61"}; !slices.Equal(got, want) {
		t.Errorf("appended after the compaction: %q, want %q", got, want)
	}
	l.snapshot()
	*l.clock = 200
	l.d.Tick(atMin(200)) // x repeats at 200 (not covered)
	compact()
	if got, want := records(), []string{fpX + "@200"}; !slices.Equal(got, want) {
		t.Errorf("after the third compaction %q, want %q", got, want)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("left in the directory: %v", entries)
	}
	if s := l.d.Stats(); s.LogCompactions != 3 || s.LogErrors != 0 {
		t.Errorf("compactions %d, errors %d", s.LogCompactions, s.LogErrors)
	}
	// Compaction after Close rewrites the file and appends nothing.
	if err := l.d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	compact()
	if got := records(); len(got) != 1 {
		t.Errorf("after close: %q", got)
	}
}

// TestLogErrorsNameThePath: a log that cannot be opened stops the start
// with an error naming it; a failed append is counted, logged, and the
// delivery still counts (the receiver has it).
func TestLogErrorsNameThePath(t *testing.T) {
	dir := t.TempDir()
	cfg := decodeConfig(t, nflogCfg)
	for _, path := range []string{filepath.Join(dir, "missing", "nflog"), dir} {
		d, err := NewDispatcher(cfg, map[string]Notifier{"default": &recorder{name: "default", clock: new(int)}}, zerolog.Nop(), SyncDelivery())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.OpenLog(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("OpenLog(%s) = %v, want an error naming it", path, err)
		}
	}

	clock := 0
	l, _ := start(t, nflogCfg, &clock, nil, filepath.Join(dir, "nflog"))
	l.d.nf.f.Close() // the disk goes away under the log
	l.to(10, func(min int) []alert.Alert {
		if min == 0 {
			return []alert.Alert{fire(0, "a", alert.P1, "service.name", "x")}
		}
		return nil
	})
	if got := l.got(); !slices.Equal(got, []string{"1 default F:a"}) {
		t.Errorf("got %q, want one page and no retry", got)
	}
	s := l.d.Stats()
	if s.LogErrors != 1 || s.LogWritten != 0 || s.Notifications != 1 {
		t.Errorf("errors %d written %d notifications %d", s.LogErrors, s.LogWritten, s.Notifications)
	}
	if !strings.Contains(l.logs.String(), "notification delivered but not logged") {
		t.Errorf("no error logged: %s", l.logs)
	}
}

// TestLogWithWorkers: with the receivers' own workers (live mode), every
// delivered notification is in the log, numbered in order, and a snapshot
// taken meanwhile covers exactly the records applied.
func TestLogWithWorkers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nflog")
	cfg := decodeConfig(t, `
route:
  receiver: one
  group_by: [service.name]
  group_wait: 0s
  group_interval: 0s
  routes: [{receiver: two, matchers: [team=b]}]
receivers: [{name: one, terminal: true}, {name: two, terminal: true}]
`)
	clock := 0
	one, two := &recorder{name: "one", clock: &clock}, &recorder{name: "two", clock: &clock}
	d, err := NewDispatcher(cfg, map[string]Notifier{"one": one, "two": two}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.OpenLog(path); err != nil {
		t.Fatal(err)
	}
	const n = 40
	var snaps [][]byte
	for i := range n {
		team := "a"
		if i%2 == 1 {
			team = "b"
		}
		d.Submit(fire(0, "r", alert.P2, "service.name", fmt.Sprint("s", i), "team", team))
		d.Tick(at(i))
		if i%10 == 0 {
			s, err := d.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			snaps = append(snaps, s)
		}
	}
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := d.Stats()
	if s.Notifications != n || s.LogWritten != n {
		t.Fatalf("notifications %d, logged %d, want %d", s.Notifications, s.LogWritten, n)
	}
	// Every snapshot plus the log restores all n groups as told.
	for _, snap := range snaps {
		d2, err := NewDispatcher(cfg, map[string]Notifier{"one": one, "two": two}, zerolog.Nop(), SyncDelivery())
		if err != nil {
			t.Fatal(err)
		}
		if err := d2.Restore(snap); err != nil {
			t.Fatal(err)
		}
		if _, err := d2.OpenLog(path); err != nil {
			t.Fatal(err)
		}
		if told := len(d2.nflog); told != n {
			t.Errorf("restored %d told groups, want %d", told, n)
		}
		d2.nf.close()
	}
}

// TestLogEndedEpisodeIsNotToldAgain: an alert that fired and resolved after
// the last checkpoint, both notified, is raised again by the restored rules
// engine (same fingerprint, same start): the receiver heard its start and
// its end already, so nothing is sent. Also when the checkpoint holds the
// alert firing.
func TestLogEndedEpisodeIsNotToldAgain(t *testing.T) {
	a := fire(0, "a", alert.P1, "service.name", "x")
	engine := fireThenResolve(a, 5)
	for _, snapAt := range []int{-1, 2} { // a checkpoint before the alert, or while it fires
		t.Run(fmt.Sprintf("checkpoint=%d", snapAt), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json.nflog")
			clock := 0
			first, _ := start(t, nflogCfg, &clock, nil, path)
			old := first.snapshot()
			if snapAt >= 0 {
				first.to(snapAt, engine)
				old = first.snapshot()
			}
			first.to(20, engine)
			if got := first.got(); !slices.Equal(got, []string{"1 default F:a", "6 default R:a"}) {
				t.Fatalf("first life: %q", got)
			}
			first.kill()

			clock = 0
			if snapAt >= 0 {
				clock = snapAt
			}
			second, _ := start(t, nflogCfg, &clock, old, path)
			second.to(30, engine)
			if got := second.got(); len(got) != 0 {
				t.Errorf("second life told the receiver again: %q", got)
			}
		})
	}
}

// memStore is a LogStore in memory, as a topic outliving the process.
type memStore struct {
	recs     [][]byte
	closed   bool
	rewrites int
}

func (m *memStore) Load() ([][]byte, error) { return slices.Clone(m.recs), nil }
func (m *memStore) Append(r []byte) error {
	if m.closed {
		return fmt.Errorf("closed")
	}
	m.recs = append(m.recs, slices.Clone(r))
	return nil
}
func (m *memStore) Rewrite(recs [][]byte) error {
	m.recs = slices.Clone(recs)
	m.rewrites++
	return nil
}
func (m *memStore) Close() error { m.closed = true; return nil }
func (m *memStore) Name() string { return "memory" }

// The notification log kept in a LogStore does what the file does for a
// dispatcher that moves to another process (a cluster's): the next owner
// restores the older checkpoint, replays the store, and does not page
// again; the store is compacted after a checkpoint.
func TestLogStoreKeepsAMovedDispatcherFromPagingAgain(t *testing.T) {
	a := fire(0, "a", alert.P1, "service.name", "x")
	engine := fireThenResolve(a, 68)
	store := &memStore{}
	clock := 0
	first, _ := start(t, nflogCfg, &clock, nil, "")
	if _, err := first.d.OpenLogStore(store); err != nil {
		t.Fatal(err)
	}
	old := first.snapshot()
	first.to(3, engine)
	if got := first.got(); !slices.Equal(got, []string{"1 default F:a"}) || len(store.recs) != 1 {
		t.Fatalf("first owner told %q, stored %d records", got, len(store.recs))
	}
	first.kill()
	if !store.closed {
		t.Fatal("the store was not closed with the log")
	}
	store.closed = false // the topic outlives the process

	clock = 0
	second, _ := start(t, nflogCfg, &clock, old, "")
	rep, err := second.d.OpenLogStore(store)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 1 || rep.Replayed != 1 || rep.Restored != 1 {
		t.Errorf("replay %+v, want 1 record replayed, 1 alert restored", rep)
	}
	second.to(80, engine)
	if got, want := second.got(), []string{"61 default F:a", "71 default R:a"}; !slices.Equal(got, want) {
		t.Errorf("next owner told %q, want %q", got, want)
	}
	second.snapshot()
	if err := second.d.CompactLog(); err != nil {
		t.Fatal(err)
	}
	if store.rewrites != 1 || len(store.recs) != 1 {
		t.Errorf("after a compaction: %d rewrites, %d records; want one group's newest record", store.rewrites, len(store.recs))
	}
}
