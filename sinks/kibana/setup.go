package kibana

import (
	"context"
	"fmt"
)

// Setup installs what vigil's users open in Kibana: the logs data view
// (the one the alerts' Discover links name), the alert history data view
// and, when Config.Dashboard is set, the overview dashboard. It is idempotent:
// run again it changes nothing. report is called with each object's result
// as soon as it is known.
func (c *Client) Setup(ctx context.Context, report func(Result)) error {
	if report == nil {
		report = func(Result) {}
	}
	for _, dv := range []DataViewConfig{c.cfg.DataView, c.cfg.AlertsDataView} {
		if dv.ID == "" || dv.Title == "" {
			return fmt.Errorf("kibana: data view id and title are required (apply Config.WithDefaults)")
		}
		r, err := c.EnsureDataView(ctx, DataView{ID: dv.ID, Title: dv.Title, Name: dv.Name, TimeFieldName: DefaultTimeFieldName})
		if err != nil {
			return err
		}
		report(r)
	}
	if !c.cfg.Dashboard {
		return nil
	}
	objs, err := Overview(c.cfg.DataView.ID, c.cfg.AlertsDataView.ID)
	if err != nil {
		return err
	}
	results, err := c.EnsureObjects(ctx, objs)
	if err != nil {
		return err
	}
	for _, r := range results {
		report(r)
	}
	return nil
}
