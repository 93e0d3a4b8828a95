package pipeline

import (
	"context"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// In scope (AssignmentScoped), a partition given back starts afresh: the
// offsets the source delivers again under the new assignment are the
// evaluator's to count again, settling an offset of the ended assignment
// changes nothing, and a checkpoint covers a partition only as its
// current assignment delivered it.
func TestScopedCoverageFollowsTheAssignment(t *testing.T) {
	current := map[int]int64{0: 1, 1: 2}
	c := newCoverage(nil)
	c.current = func(_ string, p int) int64 { return current[p] }
	src := func(p int, a, off int64) event.Source {
		return event.Source{Topic: "logs", Partition: p, Offset: off, Assignment: a}
	}
	for off := range int64(6) {
		if c.deliver(src(0, 1, off)) {
			t.Fatalf("offset %d of a first assignment reported covered", off)
		}
		c.deliver(src(1, 2, off))
		c.settle(src(1, 2, off))
	}
	for off := range int64(4) {
		c.settle(src(0, 1, off))
	}
	// Partition 0 is taken away and given back: assignment 3. Until it
	// delivers again, the checkpoint does not cover it.
	current[0] = 3
	if got, want := fmt.Sprint(c.snapshot()), fmt.Sprint(Coverage{{Topic: "logs", Partition: 1, Below: 6}}); got != want {
		t.Fatalf("snapshot after the partition moved\n got %v\nwant %v", got, want)
	}
	// The source resumes from its last commit, 2: offsets 2 to 5 come again.
	for off := int64(2); off < 6; off++ {
		if c.deliver(src(0, 3, off)) {
			t.Fatalf("offset %d delivered again under a new assignment reported covered: the evaluator would never count it", off)
		}
	}
	c.settle(src(0, 1, 4)) // of the ended assignment, still in flight
	c.settle(src(0, 1, 5))
	c.settle(src(0, 3, 2))
	want := Coverage{{Topic: "logs", Partition: 0, Below: 3}, {Topic: "logs", Partition: 1, Below: 6}}
	if got := c.snapshot(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("snapshot\n got %v\nwant %v", got, want)
	}
	// Within one assignment a redelivery is still not counted twice.
	if !c.deliver(src(0, 3, 4)) {
		t.Fatal("a redelivery within an assignment reported not covered")
	}

	// Not in scope (one process's state lives on): the same redelivery is
	// covered already.
	plain := newCoverage(nil)
	for off := range int64(6) {
		plain.deliver(src(0, 1, off))
		plain.settle(src(0, 1, off))
	}
	if !plain.deliver(src(0, 3, 2)) {
		t.Fatal("without scope, an offset counted before was handed to the evaluator again")
	}
}

// givenBackSource delivers partition 0's offsets 0..9 under assignment 1,
// then, the partition taken away and given back, 5..14 under assignment 2,
// then io.EOF.
type givenBackSource struct {
	mu   sync.Mutex
	next int
	msgs []Message
	a    int64
}

func newGivenBackSource() *givenBackSource {
	s := &givenBackSource{}
	add := func(a int64, from, to int) {
		for off := from; off < to; off++ {
			s.msgs = append(s.msgs, Message{Value: []byte(line(t0.Add(time.Duration(off)*time.Second), "ok")),
				Source: event.Source{Topic: "logs", Offset: int64(off), Assignment: a}})
		}
	}
	add(1, 0, 10)
	add(2, 5, 15)
	return s
}

func (s *givenBackSource) Fetch(context.Context) (Message, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next == len(s.msgs) {
		return Message{}, io.EOF
	}
	m := s.msgs[s.next]
	s.next++
	s.a = m.Source.Assignment
	return m, nil
}

func (s *givenBackSource) Ack(Message) {}

func (s *givenBackSource) Assignment(string, int) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.a
}

// scopedEval counts offsets per assignment, as stage one keeps partials
// per assignment and drops those not written when it ends.
type scopedEval struct {
	scoped bool
	counts map[int64]map[int64]int
}

func (e *scopedEval) Observe(ev *event.Event) {
	if e.counts[ev.Source.Assignment] == nil {
		e.counts[ev.Source.Assignment] = map[int64]int{}
	}
	e.counts[ev.Source.Assignment][ev.Source.Offset]++
}
func (e *scopedEval) Advance(time.Time) []alert.Alert { return nil }
func (e *scopedEval) ScopedToAssignment() bool        { return e.scoped }

// An evaluator scoped to assignments sees a given-back partition's
// redelivered events again; one that is not sees each offset once.
func TestPipelineHandsAGivenBackPartitionAgainToAScopedEvaluator(t *testing.T) {
	for _, scoped := range []bool{true, false} {
		t.Run(fmt.Sprint("scoped=", scoped), func(t *testing.T) {
			ev := &scopedEval{scoped: scoped, counts: map[int64]map[int64]int{}}
			p, err := New(Config{Workers: 1, Log: zerolog.Nop(), CheckpointEvery: time.Hour, Checkpoint: func(Coverage) error { return nil }},
				Stages{Source: newGivenBackSource(), Redact: fakeRedactor{}, Eval: ev})
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			second := ev.counts[2]
			for off := int64(5); off < 15; off++ {
				want := 1
				if !scoped && off < 10 {
					want = 0 // counted under the first assignment already
				}
				if second[off] != want {
					t.Fatalf("offset %d counted %d times under the second assignment, want %d", off, second[off], want)
				}
			}
			cov := p.Coverage()
			if len(cov) != 1 || cov[0].Below != 15 {
				t.Fatalf("final coverage %v, want partition 0 below 15", cov)
			}
		})
	}
}

// A scoped evaluator needs a source that numbers its assignments.
func TestScopedEvaluatorNeedsAssignments(t *testing.T) {
	_, err := New(Config{Log: zerolog.Nop(), Checkpoint: func(Coverage) error { return nil }},
		Stages{Source: newLiveSource(nil, 0), Redact: fakeRedactor{}, Eval: &scopedEval{scoped: true}})
	if err == nil {
		t.Fatal("a scoped evaluator over a source without assignments was accepted")
	}
}
