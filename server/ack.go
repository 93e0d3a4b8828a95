package server

import (
	"errors"
	"html/template"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// Acknowledging an alert: POST /api/v1/alerts/{fingerprint}/ack, and the
// confirmation page GET serves for the link in a notification (ack_url).
//
// Who may acknowledge: an admin bearer token, or the holder of the signed
// link a notification carried (its token, checked by the dispatcher
// against the alert's current episode and the link's expiry; see
// alerting's ack.go). The link's GET never acknowledges: it serves a page
// whose form POSTs, so that a chat client unfurling the link, or a mail
// scanner following it, acknowledges nothing. A form post must carry the
// link's token: without one, a page on another site could post the form
// to a vigil whose API has no tokens (on loopback). Tokens are never
// logged (the request log has the path only).

// Acker acknowledges alerts (*alerting.Dispatcher). Deps.Alerts provides
// it when it implements it; otherwise the endpoints answer 503.
type Acker interface {
	Ack(fingerprint, by, comment string) (alert.Alert, error)
	AckWithLink(fingerprint, token, by, comment string) (alert.Alert, error)
	CheckAckLink(fingerprint, token string) (alert.Alert, error)
	Acknowledged(fingerprint string) (alerting.Acknowledgement, bool)
}

// Bounds of an acknowledgement's fields, in characters.
const (
	maxAckBy      = 128
	maxAckComment = 1024
)

// PostAck is POST /api/v1/alerts/{fingerprint}/ack's body (JSON, or the
// confirmation page's form with the same field names).
type PostAck struct {
	// By says who acknowledges (default "api" with a bearer token, "ack
	// link" with a link's token).
	By      string `json:"by,omitempty"`
	Comment string `json:"comment,omitempty"`
	// Token is the signed token of an acknowledgement link, accepted
	// instead of an admin bearer token.
	Token string `json:"token,omitempty"`
}

// AckAnswer is the answer of POST /api/v1/alerts/{fingerprint}/ack: the
// alert and its acknowledgement (the first one, when it was already
// acknowledged).
type AckAnswer struct {
	Fingerprint string            `json:"fingerprint"`
	Rule        string            `json:"rule"`
	Severity    alert.Severity    `json:"severity"`
	Labels      map[string]string `json:"labels"`
	Since       time.Time         `json:"since"`
	AckedBy     string            `json:"acked_by"`
	AckedAt     time.Time         `json:"acked_at"`
	AckComment  string            `json:"ack_comment,omitempty"`
	// Forwarded says the acknowledgement was sent to the instance that
	// dispatches a cluster's alerts, which applies it (202 Accepted): the
	// fields other than Fingerprint are then unknown here.
	Forwarded bool `json:"forwarded,omitempty"`
}

// ErrForwarded is what an Acker returns when it has sent the
// acknowledgement on to where the alert is held (the dispatching instance
// of a cluster) instead of applying it: the API answers 202 Accepted.
var ErrForwarded = errors.New("acknowledgement forwarded to the instance that dispatches the alerts")

func (s *Server) acker(w http.ResponseWriter) (Acker, bool) {
	a, ok := s.deps.Alerts.(Acker)
	if s.deps.Alerts == nil || !ok {
		unavailable(w, "acknowledging alerts")
		return nil, false
	}
	return a, true
}

// ackAlert is POST /api/v1/alerts/{fingerprint}/ack.
func (s *Server) ackAlert(w http.ResponseWriter, r *http.Request) {
	acker, ok := s.acker(w)
	if !ok {
		return
	}
	fp := r.PathValue("fingerprint")
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	form := ct == "application/x-www-form-urlencoded"
	var body PostAck
	if form {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if err := r.ParseForm(); err != nil {
			ackPage(w, http.StatusBadRequest, pageData{Title: "Not acknowledged", Message: "The form could not be read."})
			return
		}
		body = PostAck{By: r.PostForm.Get("by"), Comment: r.PostForm.Get("comment"), Token: r.PostForm.Get("token")}
	} else if !decodeBody(w, r, &body) {
		return
	}
	fail := func(status int, msg string) {
		if form {
			ackPage(w, status, pageData{Title: "Not acknowledged", Message: msg})
			return
		}
		writeError(w, status, "%s", msg)
	}
	body.By, body.Comment = strings.TrimSpace(body.By), strings.TrimSpace(body.Comment)
	switch {
	case utf8.RuneCountInString(body.By) > maxAckBy:
		fail(http.StatusBadRequest, "by: at most 128 characters")
		return
	case utf8.RuneCountInString(body.Comment) > maxAckComment:
		fail(http.StatusBadRequest, "comment: at most 1024 characters")
		return
	}
	var (
		a   alert.Alert
		err error
	)
	link := body.Token != ""
	switch {
	case link:
		if body.By == "" {
			body.By = "ack link"
		}
		a, err = acker.AckWithLink(fp, body.Token, body.By, body.Comment)
	case form:
		fail(http.StatusForbidden, "This form needs the token of the link a notification carried; with an API token, POST JSON instead.")
		return
	default:
		authorized := false
		s.auth(ScopeAdmin, func(http.ResponseWriter, *http.Request) { authorized = true })(w, r)
		if !authorized {
			return // answered by auth
		}
		if body.By == "" {
			body.By = "api"
		}
		a, err = acker.Ack(fp, body.By, body.Comment)
	}
	if errors.Is(err, ErrForwarded) {
		s.log.Info().Str("fingerprint", fp).Bool("link", link).Msg("acknowledgement forwarded to the dispatching instance")
		if form {
			ackPage(w, http.StatusAccepted, pageData{Title: "Acknowledgement sent", Fingerprint: fp,
				Message: "The instance that dispatches the cluster's alerts applies it (the link is checked there)."})
			return
		}
		writeJSON(w, http.StatusAccepted, AckAnswer{Fingerprint: fp, Labels: map[string]string{}, Forwarded: true})
		return
	}
	if err != nil {
		status, msg := ackError(fp, err)
		fail(status, msg)
		return
	}
	ans := AckAnswer{Fingerprint: a.Fingerprint, Rule: a.Rule, Severity: a.Severity, Labels: a.Labels, Since: a.StartsAt}
	if ak, ok := acker.Acknowledged(fp); ok {
		ans.AckedBy, ans.AckedAt, ans.AckComment = ak.By, ak.At, ak.Comment
	}
	if ans.Labels == nil {
		ans.Labels = map[string]string{}
	}
	s.log.Info().Str("fingerprint", fp).Str("rule", a.Rule).Str("by", ans.AckedBy).Bool("link", link).Msg("alert acknowledged")
	if form {
		ackPage(w, http.StatusOK, pageData{Title: "Acknowledged", Alert: &a, Ack: &ans})
		return
	}
	writeJSON(w, http.StatusOK, ans)
}

// ackError maps an Ack error to a status and a message.
func ackError(fp string, err error) (int, string) {
	switch {
	case errors.Is(err, alerting.ErrAlertNotHeld):
		return http.StatusNotFound, "no alert " + fp + " is held: it resolved, or it never fired"
	case errors.Is(err, alerting.ErrAlertNotFiring):
		return http.StatusConflict, "alert " + fp + " has resolved: there is nothing to acknowledge"
	case errors.Is(err, alerting.ErrAckLinkExpired):
		return http.StatusForbidden, "this acknowledgement link has expired: use the link of a newer notification, or vigil alerts ack " + fp
	case errors.Is(err, alerting.ErrAckLinkInvalid):
		return http.StatusForbidden, "this acknowledgement link is not valid (changed, or of an earlier episode of the alert): " +
			"use the link of a newer notification, or vigil alerts ack " + fp
	}
	return http.StatusInternalServerError, err.Error()
}

// ackForm is GET /api/v1/alerts/{fingerprint}/ack: the confirmation page
// of an acknowledgement link. It shows the alert and a form that POSTs the
// acknowledgement, or why the link does not work; it changes nothing.
func (s *Server) ackForm(w http.ResponseWriter, r *http.Request) {
	acker, ok := s.acker(w)
	if !ok {
		return
	}
	fp := r.PathValue("fingerprint")
	token := r.URL.Query().Get("token")
	if token == "" {
		ackPage(w, http.StatusOK, pageData{Title: "Acknowledge alert", Fingerprint: fp,
			Message: "This link carries no signature (alerting.ack_secret is not set): acknowledge with " +
				"vigil alerts ack " + fp + ", or POST to this URL with an admin API token."})
		return
	}
	a, err := acker.CheckAckLink(fp, token)
	if err != nil {
		status, msg := ackError(fp, err)
		ackPage(w, status, pageData{Title: "Not acknowledged", Message: msg})
		return
	}
	d := pageData{Title: "Acknowledge alert", Alert: &a, Token: token, Form: true}
	if ak, ok := acker.Acknowledged(fp); ok {
		d.Form = false
		d.Ack = &AckAnswer{AckedBy: ak.By, AckedAt: ak.At, AckComment: ak.Comment}
	}
	ackPage(w, http.StatusOK, d)
}

type pageData struct {
	Title       string
	Message     string
	Fingerprint string
	Alert       *alert.Alert
	Ack         *AckAnswer
	Token       string
	Form        bool
}

// ackTemplate is the confirmation page: small, no script, no external
// resource, readable on a phone.
var ackTemplate = template.Must(template.New("ack").Funcs(template.FuncMap{
	"rfc3339": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>vigil: {{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:1.5em auto;padding:0 1em;line-height:1.4}
dt{font-weight:600}dd{margin:0 0 .6em 0;word-break:break-word}input,textarea,button{font:inherit;width:100%;box-sizing:border-box;margin:.2em 0 .8em}
button{padding:.7em;font-weight:600}</style></head>
<body><h1>{{.Title}}</h1>
{{with .Message}}<p>{{.}}</p>{{end}}
{{with .Alert}}<dl>
<dt>Alert</dt><dd>[{{.Severity}}] {{.Rule}}</dd>
{{with index .Annotations "summary"}}<dt>Summary</dt><dd>{{.}}</dd>{{end}}
{{with index .Labels "service.name"}}<dt>Service</dt><dd>{{.}}</dd>{{end}}
<dt>Firing since</dt><dd>{{rfc3339 .StartsAt}}</dd>
<dt>Fingerprint</dt><dd>{{.Fingerprint}}</dd>
</dl>{{end}}
{{with .Ack}}<p>Acknowledged by <strong>{{.AckedBy}}</strong> at {{rfc3339 .AckedAt}}{{with .AckComment}}: {{.}}{{end}}.</p>{{end}}
{{if .Form}}<form method="post">
<input type="hidden" name="token" value="{{.Token}}">
<label for="by">Your name</label><input id="by" name="by" maxlength="128" autocomplete="name">
<label for="comment">Comment (optional)</label><textarea id="comment" name="comment" maxlength="1024" rows="2"></textarea>
<button type="submit">Acknowledge</button>
</form>{{end}}
</body></html>
`))

// ackPage writes the page with headers that keep it (and the token in its
// URL) to itself: no caching, no referrer, no framing, no script.
func ackPage(w http.ResponseWriter, status int, d pageData) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
	w.WriteHeader(status)
	_ = ackTemplate.Execute(w, d)
}
