package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/cluster"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
)

// clusterRun is vigil run's evaluation in cluster mode (cluster.mode:
// kafka, pipeline/cluster): stage one is the pipeline's evaluator and
// checkpointer, writing partials and progress; stage two consumes the
// partials in its own consumer group and hands its alerts to this
// instance's dispatcher.
type clusterRun struct {
	cfg  cluster.Config
	s1   *cluster.Stage1
	s2   *cluster.Stage2
	src2 *kafka.Source
	// dispatch runs in every instance; the owner of the alerts topic's
	// partition dispatches the cluster's alerts.
	dispatch *cluster.Dispatch
	src3     *kafka.Source
	// ops carries the silences and acknowledgements made through any
	// instance's API.
	ops *cluster.Ops

	cancel, cancelDispatch context.CancelFunc
	s2Done, dispatchDone   chan error
	opsDone                chan error
	beating                chan struct{}
	stopped                bool
}

// startCluster creates the cluster topics when missing (as many
// partitions as the source topic has), then starts stage two and stage
// one's watermark records. src is the pipeline's source.
func (g *globals) startCluster(ctx context.Context, st *stack, src *kafka.Source) (*clusterRun, error) {
	cfg := st.cfg
	kc := cfg.Kafka.WithDefaults()
	cc := cfg.Cluster.WithDefaults(kc.GroupID)
	log := st.log.With().Str("instance", cc.InstanceID).Logger()
	n := 1
	for _, t := range kc.Topics {
		if c, err := cluster.Partitions(ctx, kc, t); err == nil {
			n = max(n, c)
		}
	}
	if err := cluster.EnsureTopics(ctx, kc, log,
		cluster.TopicSpec{Name: cc.PartialsTopic, Partitions: n},
		cluster.TopicSpec{Name: cc.ProgressTopic, Partitions: n, Compact: true},
		cluster.TopicSpec{Name: cc.StateTopic, Partitions: n, Compact: true},
		cluster.TopicSpec{Name: cc.AlertsTopic, Partitions: 1}); err != nil {
		return nil, err
	}
	s1, err := cluster.NewStage1(cc, kc, st.rules, st.ruleOpts, src, log)
	if err != nil {
		return nil, err
	}
	src.OnGenerationEnd(s1.GenerationEnded)
	kc2 := kc
	kc2.GroupID = cluster.Stage2Group(kc.GroupID)
	kc2.Topics = []string{cc.PartialsTopic}
	kc2.MaxSkew = -1 // partials are in key order, not time order
	kc2.StartOffset = kafka.DefaultStartOffset
	src2, err := kafka.NewSource(kc2, log)
	if err != nil {
		return nil, errors.Join(err, s1.Close())
	}
	s2, err := cluster.NewStage2(cc, kc, src2, cluster.Stage2Options{
		Rules: st.rules, Options: st.ruleOpts, Lateness: cfg.Pipeline.AllowedLateness,
		Every: cfg.Pipeline.StateEvery, Publish: true,
	}, log)
	if err != nil {
		return nil, errors.Join(err, src2.Close(), s1.Close())
	}
	src2.OnGenerationEnd(s2.GenerationEnded)
	ops, err := cluster.NewOps(cc, kc, log)
	if err != nil {
		return nil, errors.Join(err, src2.Close(), s2.Close(), s1.Close())
	}
	if err := ops.Load(ctx); err != nil {
		return nil, errors.Join(err, ops.Close(), src2.Close(), s2.Close(), s1.Close())
	}
	// This instance's dispatcher (vigil's alerts about itself, and the
	// API's list of silences) has every silence of the cluster.
	for _, s := range ops.Silences() {
		if err := st.disp.ApplySilence(s); err != nil {
			log.Warn().Err(err).Str("silence", s.ID).Msg("a silence of the cluster was not restored")
		}
	}
	ops.OnSilence(func(s alerting.SilenceInfo) {
		if err := st.disp.ApplySilence(s); err != nil {
			log.Warn().Err(err).Str("silence", s.ID).Msg("a silence of the cluster was not applied")
		}
	})
	kc3 := kc
	kc3.GroupID = cluster.DispatchGroup(kc.GroupID)
	kc3.Topics = []string{cc.AlertsTopic}
	kc3.MaxSkew = -1
	kc3.StartOffset = kafka.DefaultStartOffset
	src3, err := kafka.NewSource(kc3, log)
	if err != nil {
		return nil, errors.Join(err, ops.Close(), src2.Close(), s2.Close(), s1.Close())
	}
	dispatch, err := cluster.NewDispatch(cc, kc, src3, cluster.DispatchOptions{
		New:      func() (cluster.Dispatcher, error) { return st.newDispatcher() },
		Every:    cfg.Pipeline.StateEvery,
		Silences: ops.Silences,
	}, log)
	if err != nil {
		return nil, errors.Join(err, ops.Close(), src3.Close(), src2.Close(), s2.Close(), s1.Close())
	}
	ops.OnSilence(dispatch.ApplySilence)
	src3.OnGenerationEnd(dispatch.GenerationEnded)
	st.clusterDispatch.Store(dispatch)
	st.eval.AlsoReload(s1.Reload)
	st.eval.AlsoReload(s2.Reload)
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	dctx, cancelDispatch := context.WithCancel(context.WithoutCancel(ctx))
	c := &clusterRun{cfg: cc, s1: s1, s2: s2, src2: src2, dispatch: dispatch, src3: src3, ops: ops,
		cancel: cancel, cancelDispatch: cancelDispatch,
		s2Done: make(chan error, 1), dispatchDone: make(chan error, 1), beating: make(chan struct{}), opsDone: make(chan error, 1)}
	go func() { c.s2Done <- s2.Run(ctx) }()
	go func() { c.opsDone <- ops.Run(dctx) }()
	go func() { c.dispatchDone <- dispatch.Run(dctx) }()
	go func() { defer close(c.beating); s1.Run(ctx) }()
	log.Info().Str("partials_topic", cc.PartialsTopic).Str("progress_topic", cc.ProgressTopic).
		Str("state_topic", cc.StateTopic).Msg("cluster mode: stage one writes partials, stage two merges them")
	return c, nil
}

// wire makes stage one the service's evaluator and checkpointer (with the
// state file, when one is configured, still keeping the dispatcher's
// state), and stops stage two before the alerts are flushed.
func (c *clusterRun) wire(svc *pipeline.Service, st *stack) {
	svc.Stages.Eval = c.s1
	svc.Stages.Alerts = clusterAlerts{disp: st.disp, s2: c.s2}
	svc.State = clusterCheckpoint{s1: c.s1, file: svc.State}
	closeAlerts := svc.CloseAlerts
	svc.CloseAlerts = func(ctx context.Context) error {
		if err := c.stop(); err != nil {
			st.log.Error().Err(err).Msg("stopping stage two")
		}
		return closeAlerts(ctx)
	}
}

// stop ends stage two (its final checkpoint, then its commits) and the
// watermark records, then the dispatch (which reads the alerts stage two
// wrote last before it stops). Safe to call twice, from one goroutine.
func (c *clusterRun) stop() error {
	if c.stopped {
		return nil
	}
	c.stopped = true
	c.cancel()
	err := <-c.s2Done
	<-c.beating
	err = errors.Join(err, c.src2.Close(), c.s2.Close())
	c.cancelDispatch()
	return errors.Join(err, <-c.dispatchDone, <-c.opsDone, c.src3.Close(), c.dispatch.Close(), c.ops.Close())
}

// close stops stage two if the service did not, and closes stage one's
// producers (after the service's last Save).
func (c *clusterRun) close() error {
	return errors.Join(c.stop(), c.s1.Close())
}

// clusterCheckpoint is stage one's checkpoint (partials, then progress);
// the state file, when configured, keeps what the dispatcher told whom
// (its rules part is unused in cluster mode, and its offsets are the
// progress topic's).
type clusterCheckpoint struct {
	s1   *cluster.Stage1
	file pipeline.Checkpointer // nil: no state file
}

func (c clusterCheckpoint) Restore() (pipeline.Coverage, bool, error) {
	if c.file != nil {
		if _, _, err := c.file.Restore(); err != nil {
			return nil, false, err
		}
	}
	return c.s1.Restore()
}

func (c clusterCheckpoint) Save(cov pipeline.Coverage) error {
	if err := c.s1.Save(cov); err != nil {
		return err
	}
	if c.file != nil {
		if err := c.file.Save(cov); err != nil {
			return fmt.Errorf("state file (the dispatcher's state): %w", err)
		}
	}
	return nil
}

// clusterAlerts is the pipeline's alert sink in cluster mode: vigil's own
// alerts go to the dispatcher, and its clock follows stage two (whose
// alerts it delivers), not stage one's watermark, which runs ahead of it.
type clusterAlerts struct {
	disp *alerting.Dispatcher
	s2   *cluster.Stage2
}

func (a clusterAlerts) Submit(al alert.Alert) { a.disp.Submit(al) }

func (a clusterAlerts) Tick(now time.Time) {
	if wm, owned := a.s2.Watermark(); owned {
		if wm.IsZero() {
			return
		}
		if wm.Before(now) {
			now = wm
		}
	}
	a.disp.Tick(now)
}

// logStop writes cluster mode's counters at stop.
func (c *clusterRun) logStop(st *stack) {
	s1, s2, d := c.s1.Stats(), c.s2.Stats(), c.dispatch.Stats()
	st.log.Info().Int64("partials_written", s1.Partials).Int64("partial_bytes", s1.Bytes).Int64("partials_dropped", s1.Dropped).
		Int64("events_skipped", s1.Skipped).Int64("events_stale", s1.Stale).
		Int64("partials_merged", s2.Merged).Int64("partials_refused", s2.Refused).Int64("partials_skipped", s2.Skipped).
		Int64("partials_abandoned", s2.Abandoned).
		Uint64("stage2_late", s2.Late).Int64("stage2_restored", s2.Restored).Int64("stage2_checkpoints", s2.Checkpoints).
		Int64("steps_published", s2.Published).Int64("dispatch_taken", d.Taken).Int64("dispatch_restored", d.Restored).
		Int64("dispatch_steps", d.Steps).Int64("dispatch_alerts", d.Alerts).Int("dispatch_held", d.Held).
		Msg("cluster stopped")
}

// clusterAlerting is what the API reads and changes of the alerts in
// cluster mode. The silences added or expired through it are written for
// every instance (cluster.Ops), so any instance's API lists the same and
// the cluster's dispatcher applies them; an acknowledgement of an alert
// held neither by this instance's dispatcher nor by the cluster's (when
// this instance runs it) is sent to the instance that does.
type clusterAlerting struct {
	// Dispatcher is this instance's own: vigil's alerts about itself, and
	// every silence of the cluster.
	*alerting.Dispatcher
	st  *stack
	ops *cluster.Ops
}

// Active lists the alerts of both dispatchers.
func (c clusterAlerting) Active() []alerting.ActiveAlert { return c.st.activeAlerts() }

// AddSilence adds the silence here (which checks it and names it) and
// writes it for every instance; when that fails it is not kept here
// either.
func (c clusterAlerting) AddSilence(s alerting.Silence) (alerting.SilenceInfo, error) {
	info, err := c.Dispatcher.AddSilence(s)
	if err != nil {
		return info, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := c.ops.PublishSilence(ctx, info); err != nil {
		rs := c.Dispatcher.RuntimeSilences()
		rs = slices.DeleteFunc(rs, func(x alerting.SilenceInfo) bool { return x.ID == info.ID })
		_ = c.Dispatcher.RestoreSilences(rs)
		return alerting.SilenceInfo{}, err
	}
	return info, nil
}

// ExpireSilence expires the silence here and writes its new version for
// every instance (expiring it again writes it again).
func (c clusterAlerting) ExpireSilence(id string) (alerting.SilenceInfo, error) {
	info, err := c.Dispatcher.ExpireSilence(id)
	if err != nil {
		return info, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := c.ops.PublishSilence(ctx, info); err != nil {
		return alerting.SilenceInfo{}, err
	}
	return info, nil
}

// holder is the dispatcher holding fp: the cluster's (when this instance
// runs it) or this instance's; nil when neither does.
func (c clusterAlerting) holder(fp string) *alerting.Dispatcher {
	for _, d := range []*alerting.Dispatcher{c.st.clusterDispatcher(), c.Dispatcher} {
		if d == nil {
			continue
		}
		if _, err := d.CheckAckLink(fp, ""); !errors.Is(err, alerting.ErrAlertNotHeld) {
			return d
		}
	}
	return nil
}

// forward sends the acknowledgement to the instance that dispatches the
// cluster's alerts (server.ErrForwarded), unless this one does: then
// nobody holds the alert.
func (c clusterAlerting) forward(a cluster.Ack) (alert.Alert, error) {
	if c.st.clusterDispatcher() != nil {
		return alert.Alert{}, alerting.ErrAlertNotHeld
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := c.ops.PublishAck(ctx, a); err != nil {
		return alert.Alert{}, err
	}
	return alert.Alert{Fingerprint: a.Fingerprint}, server.ErrForwarded
}

func (c clusterAlerting) Ack(fp, by, comment string) (alert.Alert, error) {
	if d := c.holder(fp); d != nil {
		return d.Ack(fp, by, comment)
	}
	return c.forward(cluster.Ack{Fingerprint: fp, By: by, Comment: comment})
}

func (c clusterAlerting) AckWithLink(fp, token, by, comment string) (alert.Alert, error) {
	if d := c.holder(fp); d != nil {
		return d.AckWithLink(fp, token, by, comment)
	}
	return c.forward(cluster.Ack{Fingerprint: fp, Token: token, By: by, Comment: comment})
}

// CheckAckLink checks the link where the alert is held; elsewhere the
// form is shown and the dispatching instance checks the link.
func (c clusterAlerting) CheckAckLink(fp, token string) (alert.Alert, error) {
	if d := c.holder(fp); d != nil {
		return d.CheckAckLink(fp, token)
	}
	if c.st.clusterDispatcher() != nil {
		return alert.Alert{}, alerting.ErrAlertNotHeld
	}
	return alert.Alert{Fingerprint: fp}, nil
}

func (c clusterAlerting) Acknowledged(fp string) (alerting.Acknowledgement, bool) {
	if d := c.holder(fp); d != nil {
		return d.Acknowledged(fp)
	}
	return alerting.Acknowledgement{}, false
}
