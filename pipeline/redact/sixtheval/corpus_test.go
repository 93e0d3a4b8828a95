package sixtheval

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// defaultSeed is the corpus's seed; VIGIL_SIXTH_SEED draws another corpus
// from the same generator.
const (
	defaultSeed = 6
	corpusLines = 15000
)

var (
	corpusOnce sync.Once
	corpus     []*line
	corpusSeed uint64
	seedErr    error
)

func loadCorpus(t *testing.T) ([]*line, uint64) {
	t.Helper()
	corpusOnce.Do(func() {
		corpusSeed = defaultSeed
		if s := os.Getenv("VIGIL_SIXTH_SEED"); s != "" {
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || n == 0 {
				seedErr = fmt.Errorf("VIGIL_SIXTH_SEED: want a positive integer, got %q", s)
				return
			}
			corpusSeed = n
		}
		corpus = buildCorpus(corpusSeed, corpusLines)
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return corpus, corpusSeed
}

// vigilOutput runs vigil's default redactor as the pipeline does: Event on
// decoded NDJSON events, String on text lines.
func vigilOutput(r *redact.Redactor) producer {
	return func(l *line, dec *event.Decoder) (string, error) {
		if l.event {
			return eventText(dec, l.real, func(ev *event.Event) { r.Event(ev) })
		}
		return r.String(l.real), nil
	}
}

func TestSixthCorpus(t *testing.T) {
	lines, seed := loadCorpus(t)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rep := judge(lines, vigilOutput(r))
	if rep.decodeErrs > 0 {
		t.Fatalf("%d event lines do not decode; first: %s", rep.decodeErrs, rep.firstDecodeErr)
	}
	t.Logf("seed %d: %d lines, %d PII values, %d look-alikes", seed, len(lines), rep.values, rep.looks)
	t.Logf("recall %.3f %% (%d leaked); look-alikes damaged %.3f %% (%d)", rep.recall(), rep.leaked, rep.damage(), rep.damaged)
	t.Log("\n" + rep.table("recall per kind", rep.kind, false))
	t.Log("\n" + rep.table("recall per kind and form", rep.form, false))
	t.Log("\n" + rep.table("recall per context", rep.ctx, false))
	t.Log("\n" + rep.table("recall per locale", rep.loc, false))
	t.Log("\n" + rep.table("damage per look-alike type", rep.lookTyp, true))
	t.Log("\n" + rep.table("damage per context", rep.lookCtx, true))
	t.Log("top leak classes (kind form in context):\n" + topClasses(rep.leakCls, 40))
	t.Log("top damage classes:\n" + topClasses(rep.damageCls, 25))
	checkFloors(t, rep, seed == defaultSeed)
}
