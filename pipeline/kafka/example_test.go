package kafka_test

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/pipeline/kafka"
)

// A source commits what was acknowledged, up to the first gap.
func ExampleSource() {
	broker, err := kafka.StartEmbedded(1, "logs")
	if err != nil {
		panic(err)
	}
	defer broker.Close()
	cfg := broker.Config("logs")
	ctx := context.Background()

	w, _ := kafka.NewWriter(cfg, "logs", zerolog.Nop())
	for i := 0; i < 5; i++ {
		_ = w.WriteMessages(ctx, kafkago.Message{Value: fmt.Appendf(nil, `{"n":%d}`, i)})
	}
	_ = w.Close()

	src, _ := kafka.NewSource(cfg, zerolog.Nop())
	for i := 0; i < 5; i++ {
		m, _ := src.Fetch(ctx)
		if m.Offset != 3 { // offset 3 is still being processed
			src.Ack(m)
		}
	}
	fmt.Println("close:", src.Close())
	fmt.Println("committed:", broker.Committed("vigil")["logs"][0])
	// Output:
	// close: <nil>
	// committed: 3
}
