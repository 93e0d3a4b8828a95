package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
)

// journal records, in order, what the service asked of its parts.
type journal struct {
	mu    sync.Mutex
	steps []string
}

func (j *journal) add(format string, args ...any) {
	j.mu.Lock()
	j.steps = append(j.steps, fmt.Sprintf(format, args...))
	j.mu.Unlock()
}

func (j *journal) all() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.steps)
}

// gatedSource is a live source that holds its commits, as the Kafka source
// does, and journals the gate's calls and its close.
type gatedSource struct {
	*liveSource
	j *journal
}

func (g gatedSource) HoldCommits() { g.j.add("hold") }
func (g gatedSource) AllowCommits(topic string, ceilings map[int]int64) {
	var parts []string
	for _, p := range slices.Sorted(func(yield func(int) bool) {
		for p := range ceilings {
			if !yield(p) {
				return
			}
		}
	}) {
		parts = append(parts, fmt.Sprintf("%d<%d", p, ceilings[p]))
	}
	g.j.add("allow %s %s", topic, strings.Join(parts, ","))
}
func (g gatedSource) Close() error { g.j.add("source closed"); return nil }

// journalState is a Checkpointer that keeps the evaluator's counts.
type journalState struct {
	j        *journal
	eval     *countingEval
	restore  Coverage
	failLoad error
	mu       sync.Mutex
	saves    []Coverage
}

func (s *journalState) Restore() (Coverage, bool, error) {
	s.j.add("restore")
	if s.failLoad != nil {
		return nil, false, s.failLoad
	}
	return s.restore, s.restore != nil, nil
}

func (s *journalState) Save(cov Coverage) error {
	s.mu.Lock()
	s.saves = append(s.saves, cov)
	s.mu.Unlock()
	var parts []string
	for _, pc := range cov {
		parts = append(parts, fmt.Sprintf("%d<%d", pc.Partition, pc.Below))
	}
	s.j.add("save %s", strings.Join(parts, ","))
	return nil
}

func serviceMessages(parts, perPart int) []Message {
	var msgs []Message
	for off := range perPart {
		for p := range parts {
			msgs = append(msgs, Message{Value: []byte(line(t0.Add(time.Duration(off)*time.Second), "ok")),
				Source: event.Source{Topic: "logs", Partition: p, Offset: int64(off)}})
		}
	}
	return msgs
}

// The service restores, holds commits, checkpoints and, at the stop, shuts
// down in the order that keeps its guarantees: the index flushed, the final
// checkpoint, the commits it allows as the source closes, the alerts
// flushed, the state saved again. No commit ever runs ahead of a save.
func TestServiceCheckpointsAndShutsDownInOrder(t *testing.T) {
	const parts, perPart = 2, 300
	j := &journal{}
	src := gatedSource{liveSource: newLiveSource(serviceMessages(parts, perPart), 0), j: j}
	eval := &countingEval{counts: map[event.Source]int{}}
	state := &journalState{j: j, eval: eval}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select { // stop once every message is acknowledged
		case <-src.allAcked:
			cancel()
		case <-ctx.Done():
		}
	}()
	var started *Pipeline
	svc := Service{
		Config: Config{Workers: 3, Log: zerolog.Nop(), CheckpointEvery: time.Millisecond},
		Stages: Stages{Source: src, Redact: fakeRedactor{}, Index: &fakeIndexer{}, DLQ: &fakeDLQ{}, Eval: eval},
		State:  state,
		CloseIndex: func(context.Context) error {
			j.add("index closed")
			return nil
		},
		CloseSource: src.Close,
		CloseAlerts: func(context.Context) error {
			j.add("alerts closed")
			return nil
		},
		Started: func(p *Pipeline) { started = p },
	}
	stats, err := svc.Run(ctx)
	if err != nil {
		t.Fatalf("a stop is not an error: %v", err)
	}
	if started == nil || stats.Indexed != parts*perPart || stats.Evaluated != parts*perPart {
		t.Fatalf("started %v, stats %+v", started != nil, stats)
	}
	steps := j.all()
	if len(steps) < 7 || steps[0] != "restore" || steps[1] != "hold" {
		t.Fatalf("the start is not restore, hold: %q", steps)
	}
	final := fmt.Sprintf("save 0<%d,1<%d", perPart, perPart)
	allow := fmt.Sprintf("allow logs 0<%d,1<%d", perPart, perPart)
	want := []string{"index closed", final, allow, "source closed", "alerts closed", final}
	if tail := steps[len(steps)-len(want):]; !slices.Equal(tail, want) {
		t.Fatalf("shutdown:\n got %q\nwant %q", tail, want)
	}
	// Every commit follows the save of the same coverage.
	for i, s := range steps {
		if strings.HasPrefix(s, "allow ") {
			if i == 0 || "save "+strings.TrimPrefix(s, "allow logs ") != steps[i-1] {
				t.Fatalf("commit %q at step %d does not follow its checkpoint: %q", s, i, steps[max(0, i-1)])
			}
		}
	}
}

// A restored checkpoint is not counted again: the events it covers are
// indexed (and acknowledged) again, but the evaluator does not see them.
func TestServiceRestoredCoverageIsIndexedNotCountedAgain(t *testing.T) {
	const parts, perPart, covered = 2, 200, 120
	j := &journal{}
	msgs := serviceMessages(parts, perPart)
	src := gatedSource{liveSource: newLiveSource(msgs, 0), j: j}
	eval := &countingEval{counts: map[event.Source]int{}}
	state := &journalState{j: j, eval: eval, restore: Coverage{
		{Topic: "logs", Partition: 0, Below: covered},
		{Topic: "logs", Partition: 1, Below: covered, Above: []int64{150}},
	}}
	ix := &fakeIndexer{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-src.allAcked:
			cancel()
		case <-ctx.Done():
		}
	}()
	svc := Service{
		Config: Config{Workers: 2, Log: zerolog.Nop()},
		Stages: Stages{Source: src, Redact: fakeRedactor{}, Index: ix, Eval: eval},
		State:  state,
	}
	if _, err := svc.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		cov := m.Offset < covered || (m.Partition == 1 && m.Offset == 150)
		if n := eval.counts[m.Source]; (n == 1) == cov || n > 1 {
			t.Fatalf("%v counted %d times (covered %v)", m.Source, n, cov)
		}
		if _, ok := ix.docs[m.Source.ID()]; !ok {
			t.Fatalf("%v not indexed", m.Source)
		}
	}
	last := state.saves[len(state.saves)-1]
	if len(last) != parts || last[0].Below != perPart || last[1].Below != perPart {
		t.Fatalf("final coverage %+v", last)
	}
}

// A checkpoint that cannot be read stops the start: nothing is fetched,
// so nothing is counted on an empty state and committed past the old one.
func TestServiceRefusesToStartOnAnUnreadableCheckpoint(t *testing.T) {
	j := &journal{}
	src := gatedSource{liveSource: newLiveSource(serviceMessages(1, 10), 0), j: j}
	state := &journalState{j: j, failLoad: errors.New("state /var/lib/vigil/state.json: unexpected end of JSON input")}
	svc := Service{
		Config: Config{Log: zerolog.Nop()},
		Stages: Stages{Source: src, Redact: fakeRedactor{}, Eval: &countingEval{counts: map[event.Source]int{}}},
		State:  state,
	}
	_, err := svc.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "restoring the checkpoint") || !strings.Contains(err.Error(), "state.json") {
		t.Fatalf("err = %v", err)
	}
	if src.i != 0 || !slices.Equal(j.all(), []string{"restore"}) {
		t.Fatalf("fetched %d, journal %q", src.i, j.all())
	}
}
