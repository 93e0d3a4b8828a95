package kibana

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const dataViewPath = "/api/data_views/data_view"

// DataView is a Kibana data view as vigil creates it.
type DataView struct {
	ID            string `json:"id,omitempty"`
	Title         string `json:"title"`
	TimeFieldName string `json:"timeFieldName,omitempty"`
	Name          string `json:"name,omitempty"`
}

// Action says what Setup did to an object.
type Action string

// The actions.
const (
	Created   Action = "created"
	Unchanged Action = "unchanged"
	Updated   Action = "updated"
)

// Result is what happened to one Kibana object.
type Result struct {
	// Kind is "data view" or a saved object type (dashboard, lens).
	Kind   string
	ID     string
	Title  string
	Action Action
	// Detail explains an update ("title was \"old-*\"").
	Detail string
}

// String is the line `vigil setup` prints.
func (r Result) String() string {
	s := fmt.Sprintf("kibana %s %q (%s): %s", r.Kind, r.ID, r.Title, r.Action)
	if r.Detail != "" {
		s += ", " + r.Detail
	}
	return s
}

// EnsureDataView makes Kibana hold want under want.ID: a data view with
// the same title is left as it is (its name, fields and formats are the
// user's); one with another title is updated to want's title, time field
// and name; a missing one is created. A temporary failure of Kibana starts
// again from the look-up, so a create that succeeded before its answer was
// lost is not repeated.
func (c *Client) EnsureDataView(ctx context.Context, want DataView) (Result, error) {
	if want.TimeFieldName == "" {
		want.TimeFieldName = DefaultTimeFieldName
	}
	res := Result{Kind: "data view", ID: want.ID, Title: want.Title}
	var wrote Action // what an earlier try may have done
	err := c.retrying(ctx, func() error {
		r, err := c.ensureDataViewOnce(ctx, want, &wrote)
		if err == nil {
			res = r
		}
		return err
	})
	if err == nil && res.Action == Unchanged && wrote != "" {
		// An earlier try's write succeeded though its answer was lost.
		res.Action = wrote
	}
	return res, err
}

// ensureDataViewOnce is one try of EnsureDataView; it sets *wrote before
// each write.
func (c *Client) ensureDataViewOnce(ctx context.Context, want DataView, wrote *Action) (Result, error) {
	res := Result{Kind: "data view", ID: want.ID, Title: want.Title}
	path := dataViewPath + "/" + url.PathEscape(want.ID)
	var got struct {
		DataView *DataView `json:"data_view"`
	}
	err := c.do(ctx, request{method: http.MethodGet, path: path}, &got)
	switch {
	case err == nil && got.DataView != nil:
		if got.DataView.Title == want.Title {
			res.Action = Unchanged
			return res, nil
		}
		body := map[string]any{"data_view": map[string]any{
			"title": want.Title, "timeFieldName": want.TimeFieldName, "name": want.Name,
		}}
		r, err := jsonRequest(http.MethodPost, path, body)
		if err != nil {
			return res, err
		}
		if *wrote == "" {
			*wrote = Updated
		}
		if err := c.do(ctx, r, nil); err != nil {
			return res, err
		}
		res.Action = Updated
		res.Detail = fmt.Sprintf("title was %q", got.DataView.Title)
		*wrote = "" // this try's answer arrived
		return res, nil
	case err == nil:
		return res, fmt.Errorf("kibana: GET %s%s: the answer holds no data_view", c.prefix, path)
	case !IsNotFound(err):
		return res, err
	}
	r, err := jsonRequest(http.MethodPost, dataViewPath, map[string]any{
		"data_view": want,
		// Never replace another data view of the same name: it may be the
		// user's, with saved searches on it.
		"override": false,
	})
	if err != nil {
		return res, err
	}
	if *wrote == "" {
		*wrote = Created
	}
	if err := c.do(ctx, r, nil); err != nil {
		var ae *APIError
		if errors.As(err, &ae) && ae.Status == http.StatusConflict {
			// Created meanwhile (by another vigil setup, or by a try
			// whose answer was lost): look again.
			return res, retryable{err}
		}
		if errors.As(err, &ae) && ae.Status == http.StatusNotFound && c.cfg.Space != "" {
			return res, fmt.Errorf("%w (does the Kibana space %q exist?)", err, c.cfg.Space)
		}
		if errors.As(err, &ae) && ae.Status == http.StatusBadRequest && strings.Contains(ae.Message, "Duplicate data view") {
			return res, fmt.Errorf("%w: another data view (id other than %q) already has the name or title %q; give this one another name, or delete that one in Kibana", err, want.ID, want.Name)
		}
		return res, err
	}
	res.Action = Created
	*wrote = ""
	return res, nil
}
