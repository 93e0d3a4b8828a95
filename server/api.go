package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// maxBody bounds a request body.
const maxBody = 64 << 10

// Alert states in the API: active (notified), suppressed (muted by a
// silence, a maintenance window or inhibition), resolved (ended, its
// resolution not yet notified).
const (
	StateActive     = "active"
	StateSuppressed = "suppressed"
	StateResolved   = "resolved"
)

// Alert is one alert as GET /api/v1/alerts lists it.
type Alert struct {
	Fingerprint string            `json:"fingerprint"`
	Rule        string            `json:"rule"`
	Kind        string            `json:"kind,omitempty"`
	Severity    alert.Severity    `json:"severity"`
	State       string            `json:"state"`
	Status      alert.Status      `json:"status"`
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations,omitempty"`
	// Since is when it began firing (its starts_at), on the alerts' clock.
	Since  time.Time  `json:"since"`
	EndsAt *time.Time `json:"ends_at,omitempty"`
	// MutedBy is silence, maintenance or inhibit when suppressed.
	MutedBy       string   `json:"muted_by,omitempty"`
	SilencedBy    []string `json:"silenced_by"`
	MaintenanceBy []string `json:"maintenance_by,omitempty"`
	Receivers     []string `json:"receivers"`
	KibanaURL     string   `json:"kibana_url,omitempty"`
	TraceIDs      []string `json:"trace_ids,omitempty"`
	// AckedBy, AckedAt (on the alerts' clock) and AckComment are the
	// firing alert's acknowledgement, when acknowledged.
	AckedBy    string    `json:"acked_by,omitempty"`
	AckedAt    time.Time `json:"acked_at,omitzero"`
	AckComment string    `json:"ack_comment,omitempty"`
}

// AlertList is GET /api/v1/alerts's answer.
type AlertList struct {
	// Clock is the alerts' clock (the dispatcher's): event time less the
	// allowed lateness in vigil run, simulated time in the demo.
	Clock  time.Time `json:"clock,omitzero"`
	Alerts []Alert   `json:"alerts"`
}

// SilenceList is GET /api/v1/silences's answer.
type SilenceList struct {
	Clock    time.Time              `json:"clock,omitzero"`
	Silences []alerting.SilenceInfo `json:"silences"`
}

// WindowList is GET /api/v1/maintenance_windows's answer.
type WindowList struct {
	Clock   time.Time             `json:"clock,omitzero"`
	Windows []alerting.WindowInfo `json:"maintenance_windows"`
}

// PostSilence is POST /api/v1/silences's body: matchers in vigil's (and
// Alertmanager's) syntax, and either ends_at or a duration. starts_at
// defaults to now on the alerts' clock.
type PostSilence struct {
	Matchers  []string  `json:"matchers"`
	StartsAt  time.Time `json:"starts_at,omitzero"`
	EndsAt    time.Time `json:"ends_at,omitzero"`
	Duration  string    `json:"duration,omitempty"`
	CreatedBy string    `json:"created_by,omitempty"`
	Comment   string    `json:"comment"`
}

func (s *Server) listAlerts(w http.ResponseWriter, r *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "the alert list")
		return
	}
	q := r.URL.Query()
	filter, err := parseFilters(q["filter"])
	if err != nil {
		writeError(w, http.StatusBadRequest, "filter: %v", err)
		return
	}
	state := q.Get("state")
	switch state {
	case "", StateActive, StateSuppressed, StateResolved:
	default:
		writeError(w, http.StatusBadRequest, "state: want active, suppressed or resolved, got %q", state)
		return
	}
	out := AlertList{Clock: s.deps.Alerts.Clock(), Alerts: []Alert{}}
	for _, aa := range s.deps.Alerts.Active() {
		a := &aa.Alert
		if !filter.Matches(a) {
			continue
		}
		v := Alert{Fingerprint: a.Fingerprint, Rule: a.Rule, Kind: a.Kind, Severity: a.Severity, Status: a.Status,
			Labels: a.Labels, Annotations: a.Annotations, Since: a.StartsAt, EndsAt: a.EndsAt, MutedBy: aa.MutedBy,
			SilencedBy: aa.SilencedBy, MaintenanceBy: aa.MaintenanceBy, Receivers: aa.Receivers,
			KibanaURL: a.KibanaURL, TraceIDs: a.TraceIDs, AckedBy: aa.AckedBy, AckedAt: aa.AckedAt, AckComment: aa.AckComment}
		switch {
		case a.Status == alert.Resolved:
			v.State = StateResolved
		case aa.MutedBy != "":
			v.State = StateSuppressed
		default:
			v.State = StateActive
		}
		if state != "" && v.State != state {
			continue
		}
		if v.SilencedBy == nil {
			v.SilencedBy = []string{}
		}
		if v.Receivers == nil {
			v.Receivers = []string{}
		}
		if v.Labels == nil {
			v.Labels = map[string]string{}
		}
		out.Alerts = append(out.Alerts, v)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) listSilences(w http.ResponseWriter, r *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "the silence list")
		return
	}
	state := r.URL.Query().Get("state")
	switch state {
	case "", alerting.SilenceActive, alerting.SilencePending, alerting.SilenceExpired:
	default:
		writeError(w, http.StatusBadRequest, "state: want active, pending or expired, got %q", state)
		return
	}
	out := SilenceList{Clock: s.deps.Alerts.Clock(), Silences: []alerting.SilenceInfo{}}
	for _, si := range s.deps.Alerts.Silences() {
		if state == "" || si.State == state {
			out.Silences = append(out.Silences, si)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getSilence(w http.ResponseWriter, r *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "the silence list")
		return
	}
	id := r.PathValue("id")
	for _, si := range s.deps.Alerts.Silences() {
		if si.ID == id {
			writeJSON(w, http.StatusOK, si)
			return
		}
	}
	writeError(w, http.StatusNotFound, "no silence %q", id)
}

func (s *Server) addSilence(w http.ResponseWriter, r *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "silencing")
		return
	}
	var body PostSilence
	if !decodeBody(w, r, &body) {
		return
	}
	sil := alerting.Silence{Matchers: body.Matchers, StartsAt: body.StartsAt, EndsAt: body.EndsAt,
		CreatedBy: strings.TrimSpace(body.CreatedBy), Comment: strings.TrimSpace(body.Comment)}
	if sil.Comment == "" {
		writeError(w, http.StatusBadRequest, "comment: is required: say why, for whoever reads the silence list")
		return
	}
	switch {
	case body.Duration != "" && !body.EndsAt.IsZero():
		writeError(w, http.StatusBadRequest, "give ends_at or duration, not both")
		return
	case body.Duration != "":
		d, err := ParseDuration(body.Duration)
		if err != nil || d <= 0 {
			writeError(w, http.StatusBadRequest, "duration: want a positive duration such as 2h, 90m or 1d, got %q", body.Duration)
			return
		}
		start := sil.StartsAt
		if start.IsZero() {
			start = s.deps.Alerts.Clock()
			if start.IsZero() { // nothing ticked yet
				start = time.Now().UTC()
			}
			sil.StartsAt = start
		}
		sil.EndsAt = start.Add(d)
	case body.EndsAt.IsZero():
		writeError(w, http.StatusBadRequest, "give ends_at (RFC 3339) or duration (such as 2h)")
		return
	}
	info, err := s.deps.Alerts.AddSilence(sil)
	switch {
	case errors.Is(err, alerting.ErrInvalidSilence):
		writeError(w, http.StatusBadRequest, "%s", strings.TrimPrefix(err.Error(), alerting.ErrInvalidSilence.Error()+": "))
		return
	case errors.Is(err, alerting.ErrTooManySilences):
		writeError(w, http.StatusConflict, "%v", err)
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, "%v", err)
		return
	}
	s.log.Info().Str("silence", info.ID).Strs("matchers", info.Matchers).Time("ends_at", info.EndsAt).
		Str("created_by", info.CreatedBy).Msg("silence added")
	s.persistSilences()
	w.Header().Set("Location", "/api/v1/silences/"+info.ID)
	writeJSON(w, http.StatusCreated, info)
}

func (s *Server) expireSilence(w http.ResponseWriter, r *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "silencing")
		return
	}
	id := r.PathValue("id")
	info, err := s.deps.Alerts.ExpireSilence(id)
	switch {
	case errors.Is(err, alerting.ErrSilenceNotFound):
		writeError(w, http.StatusNotFound, "no silence %q", id)
		return
	case errors.Is(err, alerting.ErrSilenceReadOnly):
		writeError(w, http.StatusConflict, "silence %q: %v", id, err)
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, "%v", err)
		return
	}
	s.log.Info().Str("silence", info.ID).Msg("silence expired")
	s.persistSilences()
	writeJSON(w, http.StatusOK, info)
}

func (s *Server) persistSilences() {
	if s.deps.PersistSilences == nil {
		return
	}
	if err := s.deps.PersistSilences(); err != nil {
		s.log.Error().Err(err).Msg("saving the silences; they are saved again at the next checkpoint")
	}
}

func (s *Server) listWindows(w http.ResponseWriter, _ *http.Request) {
	if s.deps.Alerts == nil {
		unavailable(w, "the maintenance windows")
		return
	}
	out := WindowList{Clock: s.deps.Alerts.Clock(), Windows: s.deps.Alerts.MaintenanceWindows()}
	if out.Windows == nil {
		out.Windows = []alerting.WindowInfo{}
	}
	writeJSON(w, http.StatusOK, out)
}

// decodeBody reads a JSON body strictly into v; on failure it answers 400
// and returns false.
func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.Is(err, io.EOF):
			writeError(w, http.StatusBadRequest, "the body is empty: want a JSON object")
		case errors.As(err, &mbe):
			writeError(w, http.StatusRequestEntityTooLarge, "the body is larger than %d bytes", maxBody)
		default:
			writeError(w, http.StatusBadRequest, "the body is not the JSON expected: %v", err)
		}
		return false
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, "the body holds more than one JSON value")
		return false
	}
	return true
}

// parseFilters parses filter parameters: each a matcher (service.name="x",
// severity=~"P0|P1") or a list in braces ({service.name="x", rule!="y"}),
// as amtool and Alertmanager's API take them.
func parseFilters(fs []string) (alerting.Matchers, error) {
	var out alerting.Matchers
	for _, f := range fs {
		ss, err := splitMatchers(f)
		if err != nil {
			return nil, err
		}
		ms, err := alerting.ParseMatchers(ss)
		if err != nil {
			return nil, err
		}
		out = append(out, ms...)
	}
	return out, nil
}

// splitMatchers splits "{a="x", b=~"y|z"}" at the commas outside quotes;
// a filter without braces is one matcher.
func splitMatchers(f string) ([]string, error) {
	f = strings.TrimSpace(f)
	if !strings.HasPrefix(f, "{") {
		if f == "" {
			return nil, errors.New("empty matcher")
		}
		return []string{f}, nil
	}
	if !strings.HasSuffix(f, "}") {
		return nil, fmt.Errorf("%q: a list of matchers ends with }", f)
	}
	inner := f[1 : len(f)-1]
	var out []string
	start, quoted := 0, false
	for i := 0; i < len(inner); i++ {
		switch c := inner[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case c == ',' && !quoted:
			out = append(out, inner[start:i])
			start = i + 1
		}
	}
	if quoted {
		return nil, fmt.Errorf("%q: unterminated quote", f)
	}
	out = append(out, inner[start:])
	var ms []string
	for _, m := range out {
		if m = strings.TrimSpace(m); m != "" {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return nil, fmt.Errorf("%q: no matcher in the braces", f)
	}
	return ms, nil
}

// ParseDuration is time.ParseDuration that also takes whole days ("1d",
// "7d").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok && n != "" && !strings.ContainsAny(n, "hmsuµn") {
		var days int
		if _, err := fmt.Sscanf(n, "%d", &days); err != nil || fmt.Sprint(days) != n {
			return 0, fmt.Errorf("bad duration %q", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}
