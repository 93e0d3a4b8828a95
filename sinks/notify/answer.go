package notify

import (
	"context"
	"fmt"
	"strings"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
)

// Answering wraps a notifier built by Build so that it reports what the
// receiver answered (alerting.Answerer), as `vigil alerts test` shows it:
// the body of the last response to the HTTP notifiers' requests (webhook,
// chat robots, PagerDuty, Alertmanager, SMS APIs), cleaned, cut short and
// with tokens masked. A failure's error carries the answer too when it
// does not already say it. Notifiers that send no HTTP request (terminal,
// ndjson, email) answer "".
func Answering(n alerting.Notifier) alerting.Notifier { return answering{n} }

type answering struct{ alerting.Notifier }

// NotifyAnswer implements alerting.Answerer.
func (a answering) NotifyAnswer(ctx context.Context, alerts []alert.Alert) (string, bool, error) {
	ctx, answers := httpx.WithAnswers(ctx)
	retry, err := a.Notify(ctx, alerts)
	answer := answers.Last()
	if err != nil && answer != "" && !strings.Contains(err.Error(), answer) {
		err = fmt.Errorf("%w; answer: %s", err, answer)
	}
	return answer, retry, err
}
