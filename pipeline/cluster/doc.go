// Package cluster runs vigil's evaluation over several processes with
// every series evaluated by exactly one of them (cluster.mode: kafka;
// docs/architecture.md "Scale-out").
//
// Stage one runs in every instance, on the source partitions the source
// consumer group gives it: Stage1 is the pipeline's evaluator and its
// checkpointer. It folds the events into rules.Stage1 partials and, at
// each pipeline checkpoint, writes them to the partials topic keyed by
// series, then the checkpoint's commit record to every partials
// partition, then the coverage to the compacted progress topic; only then
// does the source commit. Every second it writes its watermark record (the
// watermark as of its last checkpoint, and whether its source is caught
// up) to every partials partition.
//
// Stage two runs in every instance too, as a second consumer group on the
// partials topic: Stage2 merges each partition's partials into its own
// rules.Stage2, advances it to the minimum watermark of the live stage-one
// instances (Merger), and writes each minute's alert transitions (Step)
// to the alerts topic. Its state is checkpointed per partials partition to
// the compacted state topic, with the partials offset it covers; a
// partition that moves to another instance is restored there from that
// record.
//
// Dispatch runs in every instance too, as a consumer group on the alerts
// topic's one partition: its owner merges the partitions' steps in event
// time into one alerting dispatcher, whose state it checkpoints with the
// alerts offset covered, so the cluster's notifications are one process's.
//
// Guarantees: a checkpoint's partials count only once its commit record
// follows them on their partition, so a checkpoint cut short counts for
// nothing; a crash between the commit records and the progress records
// sends those events' partials again (at least once, for a window of two
// small synchronous writes). As the source group rebalances, stage one
// writes what it observed before the partitions move (OnGenerationEnd). A
// partial is merged by stage two once (its offset is in the state record
// or read again after it). docs/architecture.md "Scale-out" lists the
// known limits.
package cluster
