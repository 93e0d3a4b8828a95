package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode"
)

// Job heartbeats and deploy markers: a job or a pipeline that does not log
// to Kafka tells vigil through the API, and the server writes the log line
// it would have written into the stream (Publisher). The line is then
// redacted, indexed and evaluated like every other: a heartbeat feeds the
// job watcher's learned cadence (job.name, job.status), a marker opens a
// deploy watch (event.action "deploy"), and both are in Kibana.

// maxName bounds a job, service or version name.
const maxName = 200

// publishTimeout bounds writing a line to the stream.
const publishTimeout = 15 * time.Second

// Published is the answer of POST /api/v1/heartbeats/{job} and
// /api/v1/deploys: the line written and where.
type Published struct {
	Event json.RawMessage `json:"event"`
	To    string          `json:"to"`
}

// PostDeploy is POST /api/v1/deploys's body.
type PostDeploy struct {
	Service     string `json:"service"`
	Version     string `json:"version"`
	Environment string `json:"environment,omitempty"`
	Message     string `json:"message,omitempty"`
	// At is the deploy's time (default now).
	At time.Time `json:"at,omitzero"`
}

// checkName says what is wrong with a name taken from a request, or "".
func checkName(s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return "is required"
	case len(s) > maxName:
		return fmt.Sprintf("is longer than %d bytes", maxName)
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return "holds control characters"
	}
	return ""
}

// Job statuses a heartbeat may report (job.status).
var heartbeatStatuses = map[string]string{"": "succeeded", "succeeded": "succeeded", "success": "succeeded",
	"ok": "succeeded", "failed": "failed", "failure": "failed", "started": "started"}

func (s *Server) heartbeat(w http.ResponseWriter, r *http.Request) {
	if s.deps.Events == nil {
		unavailable(w, "publishing heartbeats")
		return
	}
	job := r.PathValue("job")
	if msg := checkName(job); msg != "" {
		writeError(w, http.StatusBadRequest, "job name %s", msg)
		return
	}
	q := r.URL.Query()
	status, ok := heartbeatStatuses[strings.ToLower(q.Get("status"))]
	if !ok {
		writeError(w, http.StatusBadRequest, "status: want succeeded (the default), failed or started, got %q", q.Get("status"))
		return
	}
	service := q.Get("service")
	if service == "" {
		service = job
	} else if msg := checkName(service); msg != "" {
		writeError(w, http.StatusBadRequest, "service %s", msg)
		return
	}
	var dur time.Duration
	if d := q.Get("duration"); d != "" {
		var err error
		if dur, err = time.ParseDuration(d); err != nil || dur < 0 {
			writeError(w, http.StatusBadRequest, "duration: want the run's duration such as 95s, got %q", d)
			return
		}
	}
	for k := range q {
		switch k {
		case "status", "service", "duration":
		default:
			writeError(w, http.StatusBadRequest, "unknown parameter %q (want status, service, duration)", k)
			return
		}
	}
	at := s.eventNow()
	line := heartbeatLine(job, status, service, dur, at)
	s.publish(w, r.Context(), job, line, at, func() {
		s.log.Info().Str("job", job).Str("status", status).Msg("job heartbeat published")
	})
}

// heartbeatLine is the log line of a job run reported through the API.
func heartbeatLine(job, status, service string, dur time.Duration, at time.Time) []byte {
	level := "info"
	if status == "failed" {
		level = "error"
	}
	ev := map[string]any{"action": "heartbeat", "dataset": "vigil.heartbeat"}
	if dur > 0 {
		ev["duration"] = dur.Nanoseconds()
	}
	b, _ := json.Marshal(map[string]any{
		"@timestamp": at.UTC().Format(time.RFC3339Nano),
		"log":        map[string]string{"level": level},
		"service":    map[string]string{"name": service},
		"job":        map[string]string{"name": job, "status": status},
		"event":      ev,
		"message":    fmt.Sprintf("job %s %s (heartbeat through vigil's API)", job, status),
	})
	return b
}

func (s *Server) markDeploy(w http.ResponseWriter, r *http.Request) {
	if s.deps.Events == nil || s.deps.DeployMarker == nil {
		unavailable(w, "publishing deploy markers")
		return
	}
	var body PostDeploy
	if !decodeBody(w, r, &body) {
		return
	}
	if msg := checkName(body.Service); msg != "" {
		writeError(w, http.StatusBadRequest, "service %s", msg)
		return
	}
	if msg := checkName(body.Version); msg != "" {
		writeError(w, http.StatusBadRequest, "version %s", msg)
		return
	}
	if body.Environment != "" {
		if msg := checkName(body.Environment); msg != "" {
			writeError(w, http.StatusBadRequest, "environment %s", msg)
			return
		}
	}
	if len(body.Message) > 1024 {
		writeError(w, http.StatusBadRequest, "message is longer than 1024 bytes")
		return
	}
	at := body.At
	if at.IsZero() {
		at = s.eventNow()
	}
	line := s.deps.DeployMarker(body.Service, body.Version, body.Environment, body.Message, at)
	s.publish(w, r.Context(), body.Service, line, at, func() {
		s.log.Info().Str("service", body.Service).Str("version", body.Version).Msg("deploy marker published")
	})
}

func (s *Server) eventNow() time.Time {
	if s.deps.EventClock != nil {
		return s.deps.EventClock()
	}
	return time.Now()
}

// publish writes line and answers 202 with it, or 503 when the stream
// cannot take it.
func (s *Server) publish(w http.ResponseWriter, ctx context.Context, key string, line []byte, at time.Time, logged func()) {
	ctx, cancel := context.WithTimeout(ctx, publishTimeout)
	defer cancel()
	where, err := s.deps.Events.Publish(ctx, key, line, at)
	if err != nil {
		s.log.Error().Err(err).Msg("publishing an event from the API")
		writeError(w, http.StatusServiceUnavailable, "could not write the event to the stream: %v", err)
		return
	}
	logged()
	writeJSON(w, http.StatusAccepted, Published{Event: line, To: where})
}

func (s *Server) checkDeploy(w http.ResponseWriter, r *http.Request) {
	if s.deps.Deploys == nil {
		unavailable(w, "the deploy gate")
		return
	}
	q := r.URL.Query()
	dq := DeployQuery{Service: r.PathValue("service"), Since: q.Get("since"), Version: q.Get("version")}
	if msg := checkName(dq.Service); msg != "" {
		writeError(w, http.StatusBadRequest, "service %s", msg)
		return
	}
	if dq.Since == "" {
		dq.Since = "marker"
	}
	for _, p := range []struct {
		name string
		d    **time.Duration
	}{{"window", &dq.Window}, {"baseline", &dq.Baseline}, {"skip", &dq.Skip}} {
		v := q.Get(p.name)
		if v == "" {
			continue
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			writeError(w, http.StatusBadRequest, "%s: want a duration such as 10m, got %q", p.name, v)
			return
		}
		*p.d = &d
	}
	for k := range q {
		switch k {
		case "since", "version", "window", "baseline", "skip":
		default:
			writeError(w, http.StatusBadRequest, "unknown parameter %q (want since, version, window, baseline, skip)", k)
			return
		}
	}
	report, err := s.deps.Deploys.CheckDeploy(r.Context(), dq)
	switch {
	case errors.Is(err, ErrBadRequest):
		writeError(w, http.StatusBadRequest, "%s", strings.TrimPrefix(err.Error(), ErrBadRequest.Error()+": "))
		return
	case err != nil:
		writeError(w, http.StatusServiceUnavailable, "deploy check: could not tell: %v", err)
		return
	}
	writeJSON(w, http.StatusOK, report)
}

func (s *Server) reload(w http.ResponseWriter, r *http.Request) {
	if s.deps.Reload == nil {
		unavailable(w, "reloading")
		return
	}
	what, err := s.deps.Reload(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "reload refused, the running rules and configuration stay: %v", err)
		return
	}
	out := map[string]any{"status": "reloaded"}
	for k, v := range what {
		out[k] = v
	}
	writeJSON(w, http.StatusOK, out)
}
