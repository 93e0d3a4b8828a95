// Package kafka is vigil's Kafka plumbing: the consumer-group Source that
// commits only acknowledged offsets, the dead-letter producer (DLQ), a plain
// batched Writer, and an Embedded in-process broker for the demo and tests.
//
// The clients are built on kafka-go. The Source drives kafka-go's
// ConsumerGroup directly (it exposes generations) with one Reader per
// assigned partition read through FetchMessage; offsets are committed by the
// Source alone, per partition, up to the contiguous acknowledged prefix. See
// Source for the rebalance rules. SASL PLAIN and SCRAM-SHA-256/512 and TLS
// (optionally with a client certificate) are supported.
//
// The embedded broker is franz-go's kfake, which implements the real wire
// protocol on 127.0.0.1. Everything the package uses works against it
// unchanged and is exercised by the tests: kafka-go's classic group protocol
// (FindCoordinator v0, JoinGroup v1/v2, SyncGroup v0, Heartbeat v0,
// OffsetFetch v1, OffsetCommit v2, LeaveGroup v0) with the range and
// round-robin balancers, read-committed fetches, the partition watch,
// producing with acks=all, SASL PLAIN/SCRAM and TLS with client
// certificates. Only the group timings need care: kafka-go's defaults
// (3s heartbeat, 5s join backoff) make tests slow, so Embedded.Config and
// the tests shorten them; kfake accepts session timeouts down to 100ms when
// started by StartEmbedded.
package kafka
