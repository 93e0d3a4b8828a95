package alerting

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// The notification log (the Alertmanager "nflog" idea, in a local file).
//
// The checkpoint (Snapshot) says what each group's receiver was told, but
// it is saved only every pipeline.state_every. A notification delivered
// after the last checkpoint would be forgotten by a crash: the restored
// state predates the alert, the events since are evaluated again, the alert
// fires again and the receiver is paged again. So every delivered
// notification is also appended to the log, and synced, before the
// dispatcher counts it as done; after a restart OpenLog replays the records
// the checkpoint does not cover.
//
// The file holds one record a line: the CRC-32C of the JSON (8 hex
// digits), a space, and the JSON of an nflogRecord. Records are numbered;
// a snapshot says up to which number it covers them. The log is compacted
// (rewritten to a temporary file renamed over it) by CompactLog after each
// checkpoint: only the newest record of each group is kept, and not even
// that once the checkpoint covers it and it is older than the retention.

// nflogVersion is the record layout's version.
const nflogVersion = 1

// orphanGrace is how long after the notification that told it, on the
// dispatcher clock, an alert the log restored (told firing, unknown to the
// restored checkpoint) waits for the rules engine to raise it again. The
// engine evaluates the same events again after a restart, so it raises the
// alert again at about the same event time; one it has not raised by then
// it holds as not firing, and the dispatcher resolves it so that the
// receiver hears the end.
const orphanGrace = 15 * time.Minute

// nflogRecord is what one delivered notification told a group's receiver.
type nflogRecord struct {
	V        int       `json:"v"`
	Seq      uint64    `json:"seq"`
	Group    string    `json:"group"`
	Receiver string    `json:"receiver"`
	At       time.Time `json:"at"` // dispatcher clock of the flush
	Firing   []string  `json:"firing"`
	Resolved []string  `json:"resolved,omitempty"`
	// Alerts are the alerts of Firing and Resolved as they were at the
	// flush: a firing one can be resolved later from it.
	Alerts []alert.Alert `json:"alerts"`
}

// nflogLine is one record as stored.
type nflogLine struct {
	seq  uint64
	at   time.Time
	line []byte // with its CRC prefix and newline
}

// notificationLog is the file. Its mutex serialises appends and
// compaction; the dispatcher takes it before d.mu, never after.
type notificationLog struct {
	path string
	mu   sync.Mutex
	f    *os.File // nil once closed
	// store, when set, keeps the records instead of a file (path is then
	// its name): OpenLogStore.
	store LogStore
	size  int64  // bytes of whole records in f
	seq   uint64 // the last number given
	// newest is each group's newest record, for compaction.
	newest map[string]*nflogLine
	// broken, when set, stops appends until a compaction rewrites the file:
	// a failed write could not be undone.
	broken error
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodeRecord returns r's line.
func encodeRecord(r *nflogRecord) ([]byte, error) {
	js, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	line := make([]byte, 0, len(js)+10)
	line = fmt.Appendf(line, "%08x ", crc32.Checksum(js, castagnoli))
	line = append(line, js...)
	return append(line, '\n'), nil
}

// decodeRecord parses one line (without its newline).
func decodeRecord(b []byte) (*nflogRecord, error) {
	if len(b) < 10 || b[8] != ' ' {
		return nil, errors.New("no checksum")
	}
	sum, err := strconv.ParseUint(string(b[:8]), 16, 32)
	if err != nil {
		return nil, errors.New("no checksum")
	}
	js := b[9:]
	if crc32.Checksum(js, castagnoli) != uint32(sum) {
		return nil, errors.New("checksum mismatch")
	}
	var r nflogRecord
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, err
	}
	if r.V != nflogVersion {
		return nil, fmt.Errorf("record version %d, this vigil reads %d", r.V, nflogVersion)
	}
	if r.Seq == 0 || r.Group == "" {
		return nil, errors.New("record without number or group")
	}
	return &r, nil
}

// logReadStats count what openLog found.
type logReadStats struct {
	records int // valid records
	corrupt int // lines skipped
	torn    bool
}

// openLog reads the log at path (a missing file is an empty log) and opens
// it for appending. A corrupt line is skipped with a warning; a torn last
// line (a crash mid-write) is cut off so that the next record starts on a
// line of its own. Records are returned in file order.
func openLog(path string, log zerolog.Logger) (*notificationLog, []*nflogRecord, logReadStats, error) {
	var st logReadStats
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, st, fmt.Errorf("notification log %s: %w", path, err)
	}
	l := &notificationLog{path: path, f: f, newest: map[string]*nflogLine{}}
	fail := func(err error) (*notificationLog, []*nflogRecord, logReadStats, error) {
		f.Close()
		return nil, nil, st, fmt.Errorf("notification log %s: %w", path, err)
	}
	var recs []*nflogRecord
	rd := bufio.NewReaderSize(f, 64<<10)
	var off, good int64 // good: end of the last whole, valid line
	for n := 1; ; n++ {
		b, err := rd.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return fail(err)
		}
		off += int64(len(b))
		whole := len(b) > 0 && b[len(b)-1] == '\n'
		r, derr := decodeRecord(bytes.TrimSuffix(b, []byte("\n")))
		if derr != nil {
			if !whole {
				st.torn = true
				log.Warn().Str("nflog", path).Int("line", n).Err(derr).
					Msg("notification log: the last record is torn (a crash mid-write); skipped")
			} else {
				st.corrupt++
				log.Warn().Str("nflog", path).Int("line", n).Err(derr).
					Msg("notification log: corrupt record skipped")
			}
			if !whole {
				break
			}
			// A corrupt line in the middle stays until the next compaction.
			good = off
			continue
		}
		if !whole {
			// The record is complete but its newline is not: the write was cut
			// just before it. The notification was delivered; keep it.
			if _, err := f.WriteAt([]byte("\n"), off); err != nil {
				return fail(err)
			}
			off++
			b = append(b, '\n')
		}
		good = off
		st.records++
		recs = append(recs, r)
		l.seq = max(l.seq, r.Seq)
		if prev := l.newest[r.Group]; prev == nil || prev.seq < r.Seq {
			l.newest[r.Group] = &nflogLine{seq: r.Seq, at: r.At, line: b}
		}
	}
	if st.torn {
		if err := f.Truncate(good); err != nil {
			return fail(err)
		}
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		return fail(err)
	}
	l.size = good
	return l, recs, st, nil
}

// appendLocked writes r with the next number and syncs it, under l.mu.
func (l *notificationLog) appendLocked(r *nflogRecord) (uint64, error) {
	if l.f == nil && l.store == nil {
		return 0, fmt.Errorf("notification log %s: closed", l.path)
	}
	if l.broken != nil {
		return 0, l.broken
	}
	r.V = nflogVersion
	r.Seq = l.seq + 1
	line, err := encodeRecord(r)
	if err != nil {
		return 0, fmt.Errorf("notification log %s: %w", l.path, err)
	}
	if l.store != nil {
		if err := l.store.Append(line); err != nil {
			return 0, fmt.Errorf("notification log %s: %w", l.path, err)
		}
		l.seq = r.Seq
		l.newest[r.Group] = &nflogLine{seq: r.Seq, at: r.At, line: line}
		return r.Seq, nil
	}
	if _, err := l.f.Write(line); err != nil {
		l.undo(err)
		return 0, fmt.Errorf("notification log %s: %w", l.path, err)
	}
	if err := l.f.Sync(); err != nil {
		// The record may or may not be on disk; the file is intact up to it.
		l.undo(err)
		return 0, fmt.Errorf("notification log %s: %w", l.path, err)
	}
	l.seq = r.Seq
	l.size += int64(len(line))
	l.newest[r.Group] = &nflogLine{seq: r.Seq, at: r.At, line: line}
	return r.Seq, nil
}

// undo cuts a failed write off, or stops appends when it cannot.
func (l *notificationLog) undo(cause error) {
	if err := l.f.Truncate(l.size); err != nil {
		l.broken = fmt.Errorf("notification log %s: appends stopped until the next compaction: %w (after %w)", l.path, err, cause)
		return
	}
	if _, err := l.f.Seek(l.size, io.SeekStart); err != nil {
		l.broken = fmt.Errorf("notification log %s: appends stopped until the next compaction: %w (after %w)", l.path, err, cause)
	}
}

// compactLocked rewrites the file with the newest record of each group
// that keep accepts, under l.mu: into a temporary file in the same
// directory, synced, renamed over the log, and the directory synced. It
// returns how many records were kept and dropped.
func (l *notificationLog) compactLocked(keep func(*nflogLine) bool) (kept, dropped int, err error) {
	lines := make([]*nflogLine, 0, len(l.newest))
	for g, nl := range l.newest {
		if keep(nl) {
			lines = append(lines, nl)
		} else {
			delete(l.newest, g)
			dropped++
		}
	}
	slices.SortFunc(lines, func(a, b *nflogLine) int { return cmp.Compare(a.seq, b.seq) })
	if l.store != nil {
		recs := make([][]byte, len(lines))
		for i, nl := range lines {
			recs[i] = nl.line
		}
		if err := l.store.Rewrite(recs); err != nil {
			return 0, 0, fmt.Errorf("notification log %s: compact: %w", l.path, err)
		}
		return len(lines), dropped, nil
	}
	dir, base := filepath.Split(l.path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+"-*.tmp")
	if err != nil {
		return 0, 0, fmt.Errorf("notification log %s: compact: %w", l.path, err)
	}
	fail := func(err error) (int, int, error) {
		tmp.Close()
		os.Remove(tmp.Name())
		return 0, 0, fmt.Errorf("notification log %s: compact: %w", l.path, err)
	}
	w := bufio.NewWriterSize(tmp, 64<<10)
	var size int64
	for _, nl := range lines {
		n, _ := w.Write(nl.line)
		size += int64(n)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), l.path); err != nil {
		return fail(err)
	}
	syncDir(dir)
	// From here the log is the new file: append to it.
	if l.f != nil {
		old := l.f
		if _, err := tmp.Seek(size, io.SeekStart); err != nil {
			tmp.Close()
			l.f = nil
			old.Close()
			return 0, 0, fmt.Errorf("notification log %s: compact: %w", l.path, err)
		}
		l.f = tmp
		old.Close()
	} else {
		tmp.Close()
	}
	l.size = size
	l.broken = nil
	return len(lines), dropped, nil
}

// syncDir makes a rename in dir durable; a filesystem that cannot sync a
// directory is left to its own guarantees.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

func (l *notificationLog) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.store != nil {
		st := l.store
		l.store = nil
		if err := st.Close(); err != nil {
			return fmt.Errorf("notification log %s: %w", l.path, err)
		}
		return nil
	}
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	if err != nil {
		return fmt.Errorf("notification log %s: %w", l.path, err)
	}
	return nil
}

// LogReplay says what OpenLog found in the notification log.
type LogReplay struct {
	Records  int // valid records in the file
	Corrupt  int // corrupt or torn records skipped
	Replayed int // records newer than the restored checkpoint, applied
	Covered  int // records the checkpoint already covered, skipped
	// Restored are alerts told firing that the checkpoint did not hold,
	// restored from the log so that their resolution is still sent.
	Restored int
	// Ended are held alerts the log says the receiver heard resolved.
	Ended int
}

// OpenLog attaches the notification log at path (created when missing):
// every notification delivered from now on is appended to it and synced
// before the delivery counts as done, and it is replayed now. Call it after
// Restore, before the first Submit or Tick.
//
// Replay applies the records the restored snapshot does not cover, so that
// what each group's receiver was told is the newest of the checkpoint and
// the log: an alert told firing is not notified again when the rules
// engine raises it again (same fingerprint, same starts_at), and one the
// checkpoint does not hold is restored from the log so that its resolution
// is still sent (see orphanGrace). A torn or corrupt record is skipped with
// a warning.
func (d *Dispatcher) OpenLog(path string) (LogReplay, error) {
	if path == "" {
		return LogReplay{}, errors.New("alerting: notification log: no path")
	}
	l, recs, st, err := openLog(path, d.log)
	if err != nil {
		return LogReplay{}, fmt.Errorf("alerting: %w", err)
	}
	return d.attachLog(l, recs, st)
}

// LogStore keeps the notification log's records somewhere other than a
// local file: the records of a dispatcher that moves between processes (a
// cluster's, pipeline/cluster) must outlive the process that wrote them.
type LogStore interface {
	// Load returns the records stored, in the order they were appended.
	Load() ([][]byte, error)
	// Append stores one record durably before it returns.
	Append(rec []byte) error
	// Rewrite replaces the records stored with recs (a compaction).
	Rewrite(recs [][]byte) error
	Close() error
	// Name names the store in logs and errors.
	Name() string
}

// OpenLogStore is OpenLog with the records kept in store: they are loaded
// and replayed now (a corrupt record is skipped), every notification
// delivered from now on is appended before the delivery counts as done,
// and CompactLog rewrites them.
func (d *Dispatcher) OpenLogStore(store LogStore) (LogReplay, error) {
	recs, err := store.Load()
	if err != nil {
		return LogReplay{}, fmt.Errorf("alerting: notification log %s: %w", store.Name(), err)
	}
	l := &notificationLog{path: store.Name(), store: store, newest: map[string]*nflogLine{}}
	var st logReadStats
	var out []*nflogRecord
	for i, b := range recs {
		r, err := decodeRecord(bytes.TrimSuffix(b, []byte("\n")))
		if err != nil {
			st.corrupt++
			d.log.Warn().Str("nflog", store.Name()).Int("record", i+1).Err(err).Msg("notification log: corrupt record skipped")
			continue
		}
		st.records++
		out = append(out, r)
		l.seq = max(l.seq, r.Seq)
		if prev := l.newest[r.Group]; prev == nil || prev.seq < r.Seq {
			l.newest[r.Group] = &nflogLine{seq: r.Seq, at: r.At, line: b}
		}
	}
	return d.attachLog(l, out, st)
}

// attachLog makes l the dispatcher's notification log and replays recs.
func (d *Dispatcher) attachLog(l *notificationLog, recs []*nflogRecord, st logReadStats) (LogReplay, error) {
	var rep LogReplay
	rep.Records, rep.Corrupt = st.records, st.corrupt
	if st.torn {
		rep.Corrupt++
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || d.nf != nil {
		l.close()
		return rep, fmt.Errorf("alerting: notification log %s: dispatcher closed or log already open", l.path)
	}
	d.nf = l
	d.stats.LogCorrupt += int64(rep.Corrupt)
	l.seq = max(l.seq, d.nfSeq) // numbers go on from what the checkpoint saw
	d.replay(recs, &rep)
	d.nfSeq = l.seq // the state now reflects every record in the file
	d.stats.LogReplayed += int64(rep.Replayed)
	d.log.Info().Str("nflog", l.path).Int("records", rep.Records).Int("replayed", rep.Replayed).
		Int("covered_by_checkpoint", rep.Covered).Int("corrupt", rep.Corrupt).
		Int("alerts_restored", rep.Restored).Int("alerts_ended", rep.Ended).
		Msg("notification log replayed")
	return rep, nil
}

// replay applies the records the checkpoint does not cover, under d.mu.
func (d *Dispatcher) replay(recs []*nflogRecord, rep *LogReplay) {
	newest := map[string]*nflogRecord{}
	for _, r := range recs {
		if r.Seq <= d.nfSeq {
			rep.Covered++
			continue
		}
		rep.Replayed++
		if prev := newest[r.Group]; prev == nil || prev.Seq < r.Seq {
			newest[r.Group] = r
		}
	}
	if len(newest) == 0 {
		return
	}
	ordered := make([]*nflogRecord, 0, len(newest))
	for _, r := range newest {
		ordered = append(ordered, r)
	}
	slices.SortFunc(ordered, func(a, b *nflogRecord) int { return cmp.Compare(a.Seq, b.Seq) })
	// What each alert was last told, over every group: a later episode wins,
	// and within an episode its end (a slow delivery may be logged after
	// another group's resolution).
	type told struct {
		a  alert.Alert
		at time.Time // the latest notification that told it so
	}
	last := map[string]*told{}
	for _, r := range ordered {
		byFP := map[string]alert.Alert{}
		for _, a := range r.Alerts {
			byFP[a.Fingerprint] = a
		}
		for _, fp := range slices.Concat(r.Firing, r.Resolved) {
			a, ok := byFP[fp]
			if !ok || a.Fingerprint == "" {
				continue
			}
			t := last[fp]
			switch {
			case t == nil || episodeAfter(&a, &t.a):
				last[fp] = &told{a: a, at: r.At}
			case !episodeAfter(&t.a, &a) && r.At.After(t.at):
				t.at = r.At
			}
		}
	}
	fps := make([]string, 0, len(last))
	for fp := range last {
		fps = append(fps, fp)
	}
	slices.Sort(fps)
	for _, fp := range fps {
		t := last[fp]
		e := d.alerts[fp]
		if e != nil && !episodeAfter(&t.a, &e.a) {
			continue // the checkpoint knows as much or more
		}
		if t.a.Status == alert.Resolved {
			if e != nil { // held firing; the receiver heard it end
				rep.Ended++
				d.insert(t.a, e.arrived)
				delete(d.orphans, fp)
			}
			// The rules engine, restored from an older state, may raise
			// this episode again: the receiver heard it start and end.
			d.ended[fp] = t.a.StartsAt
			continue
		}
		rep.Restored++
		// It arrived when it started, as it did before the restart (unless
		// that is later than it was told), so the group keeps its schedule.
		arrived := t.a.StartsAt
		if arrived.IsZero() || arrived.After(t.at) {
			arrived = t.at
		}
		if e != nil {
			arrived = e.arrived
		}
		d.insert(t.a, arrived)
		d.orphans[fp] = t.at.Add(orphanGrace)
	}
	d.replayEscalations(ordered)
	for _, r := range ordered {
		key := r.Group
		if len(r.Firing) == 0 {
			delete(d.nflog, key)
			continue
		}
		le := &logEntry{firing: map[string]time.Time{}, resolved: map[string]struct{}{}, at: r.At}
		starts := map[string]time.Time{}
		for _, a := range r.Alerts {
			starts[a.Fingerprint] = a.StartsAt
		}
		for _, fp := range r.Firing {
			le.firing[fp] = starts[fp]
		}
		for _, fp := range r.Resolved {
			le.resolved[fp] = struct{}{}
		}
		d.nflog[key] = le
	}
	for key := range d.nflog { // records of groups that hold nothing are stale
		if _, ok := d.groups[key]; !ok {
			delete(d.nflog, key)
		}
	}
}

// episodeAfter reports whether a says more than b about one alert: a later
// episode, or the end of the same one.
func episodeAfter(a, b *alert.Alert) bool {
	if c := a.StartsAt.Compare(b.StartsAt); c != 0 {
		return c > 0
	}
	return a.Status == alert.Resolved && b.Status != alert.Resolved
}

// logRecord appends what j told its receiver to the notification log and
// syncs it, then settles the job (done, under d.mu) and notes the record's
// number, all under the log's mutex: a snapshot then covers exactly the
// records numbered up to its nflog_seq. When the append fails the delivery
// still counts (the receiver has it) and the error is logged and counted.
func (d *Dispatcher) logRecord(l *notificationLog, j *job, done func()) {
	r := &nflogRecord{Group: j.g.key, Receiver: j.g.recv.name, At: j.at, Firing: j.firing, Resolved: j.resolved, Alerts: j.told}
	l.mu.Lock()
	defer l.mu.Unlock()
	seq, err := l.appendLocked(r)
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.stats.LogErrors++
		d.log.Error().Err(err).Str("receiver", j.g.recv.name).Strs("fingerprints", fingerprints(j.alerts)).
			Msg("notification delivered but not logged: a crash before the next checkpoint may send it again")
	} else {
		d.stats.LogWritten++
		d.nfSeq = seq
	}
	done()
}

// CompactLog rewrites the notification log after a checkpoint was saved:
// it keeps each group's newest record, and drops even that once the last
// Snapshot covers it and it is older than the retention on the dispatcher
// clock (Config.NflogRetention, default twice the longest repeat_interval).
// Call it only once the snapshot is durably saved.
func (d *Dispatcher) CompactLog() error {
	d.mu.Lock()
	l := d.nf
	d.mu.Unlock()
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	d.mu.Lock()
	covered, cutoff := d.snapSeq, d.now.Add(-d.retention)
	d.mu.Unlock()
	kept, dropped, err := l.compactLocked(func(nl *nflogLine) bool {
		return nl.seq > covered || !nl.at.Before(cutoff)
	})
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.stats.LogErrors++
		return fmt.Errorf("alerting: %w", err)
	}
	d.stats.LogCompactions++
	d.log.Debug().Str("nflog", l.path).Int("kept", kept).Int("dropped", dropped).Msg("notification log compacted")
	return nil
}

// LogPath returns the notification log's path, or "" when none is open.
func (d *Dispatcher) LogPath() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.nf == nil {
		return ""
	}
	return d.nf.path
}

// resolveOrphans resolves, under d.mu, the alerts restored from the log
// that the rules engine has not raised again within orphanGrace.
func (d *Dispatcher) resolveOrphans(now time.Time) {
	for fp, deadline := range d.orphans {
		if now.Before(deadline) {
			continue
		}
		delete(d.orphans, fp)
		e := d.alerts[fp]
		if e == nil || e.a.Status != alert.Firing {
			continue
		}
		a := e.a
		a.Status = alert.Resolved
		end := now
		a.EndsAt = &end
		d.stats.LogOrphansResolved++
		d.log.Warn().Str("rule", a.Rule).Str("fingerprint", fp).Time("starts_at", a.StartsAt).
			Msg("an alert told firing before a restart was not raised again; resolving it")
		d.insert(a, e.arrived)
	}
}
