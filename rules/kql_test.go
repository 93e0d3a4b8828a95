package rules

import (
	"reflect"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

func TestFilterKQL(t *testing.T) {
	tests := []struct{ filter, want string }{
		{"", ""},
		{`service.name == "amazon-api"`, `service.name:"amazon-api"`},
		{`"amazon-api" == service.name`, `service.name:"amazon-api"`},
		{`service.name != "amazon-api"`, `not service.name:"amazon-api"`},
		{`service.name != ""`, `service.name:*`},
		{`error.code == ""`, `not error.code:*`},
		{`http.response.status_code == 429`, `http.response.status_code:429`},
		{`http.response.status_code >= 500`, `http.response.status_code >= 500`},
		{`500 <= http.response.status_code`, `http.response.status_code >= 500`},
		// a missing number is 0 to a filter
		{`http.response.status_code < 400`, `not http.response.status_code:* or http.response.status_code < 400`},
		{`http.response.status_code != 0`, `http.response.status_code:* and not http.response.status_code:0`},
		{`shop.platform in ["amazon", "shopee"]`, `shop.platform:("amazon" or "shopee")`},
		{`has(sync.delay_seconds)`, `sync.delay_seconds:*`},
		{`service.name != "" && has(http.response.status_code)`, `service.name:* and http.response.status_code:*`},
		{`shop.id == "S1" || shop.id == "S2"`, `shop.id:"S1" or shop.id:"S2"`},
		{`service.name == "a" && (shop.id == "S1" || shop.id == "S2")`, `service.name:"a" and (shop.id:"S1" or shop.id:"S2")`},
		{`!(shop.id == "S1" && service.name == "a")`, `not (shop.id:"S1" and service.name:"a")`},
		{`not has(trace.id)`, `not trace.id:*`},
		{`message == "say \"hi\" \\o/"`, `message:"say \"hi\" \\o/"`},
		// what KQL cannot say widens the query, never narrows it
		{`lower(log.level) == "error"`, `log.level:*`},
		{`lower(log.level) in ["error", "fatal"]`, `log.level:*`},
		{`message contains "timeout"`, `message:*`},
		{`service.name != "" && lower(log.level) != "debug"`, `service.name:*`},
		{`lower(log.level) != "debug" || shop.id == "S1"`, ``},
		{`!(lower(log.level) == "error")`, ``},
		{`event.duration / 1e9 > 2`, ``},
		{`field("my.flag") == "on"`, `my.flag:"on"`},
	}
	for _, tc := range tests {
		if got := filterKQL(tc.filter); got != tc.want {
			t.Errorf("filterKQL(%s)\n got %s\nwant %s", tc.filter, got, tc.want)
		}
	}
}

// The engine hands the link builder the rule's filter and group_by, never
// its own labels, with the window that fired; a resolved alert's runs to
// its end.
func TestAlertLogQuery(t *testing.T) {
	rs := mustRules(t, burstRule)
	type call struct {
		status alert.Status
		q      alert.LogQuery
	}
	var calls []call
	e := NewEngine(rs, Options{Logger: zerolog.Nop(), KibanaURL: func(a *alert.Alert, q alert.LogQuery) string {
		calls = append(calls, call{a.Status, q})
		return "link"
	}})
	e.Advance(t0)
	for i := range 4 {
		e.Observe(throttled(time.Duration(10+i)*time.Second, "S12", "t"))
	}
	got := e.Advance(t0.Add(time.Minute))
	got = append(got, e.Advance(t0.Add(10*time.Minute))...)
	if len(got) != 2 || got[0].KibanaURL != "link" || got[1].Status != alert.Resolved || got[1].KibanaURL != "link" {
		t.Fatalf("alerts %+v", got)
	}
	want := []call{
		{alert.Firing, alert.LogQuery{Filter: "http.response.status_code:429", GroupBy: []string{"service.name", "shop.id"},
			From: t0.Add(-time.Minute), To: t0.Add(time.Minute)}},
		{alert.Resolved, alert.LogQuery{Filter: "http.response.status_code:429", GroupBy: []string{"service.name", "shop.id"},
			From: t0.Add(-time.Minute), To: *got[1].EndsAt}},
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("link queries\n got %+v\nwant %+v", calls, want)
	}
}

// An absence alert's link reaches back to the last matching event, and its
// resolved link from there to its end.
func TestAbsentAlertLogQuery(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: crawler-heartbeat
    severity: P1
    filter: job.name == "crawler" && job.status == "succeeded"
    group_by: [job.name]
    window: 1m
    condition: absent("10m")
    labels: {team: crawling}`)
	var qs []alert.LogQuery
	e := NewEngine(rs, Options{Logger: zerolog.Nop(), KibanaURL: func(a *alert.Alert, q alert.LogQuery) string {
		qs = append(qs, q)
		return "link"
	}})
	e.Advance(t0)
	var got []alert.Alert
	for i := range 5 {
		e.Observe(ev(time.Duration(i)*time.Minute+30*time.Second, "job.name", "crawler", "job.status", "succeeded"))
		got = append(got, e.Advance(t0.Add(time.Duration(i+1)*time.Minute))...)
	}
	got = append(got, e.Advance(t0.Add(20*time.Minute))...)
	e.Observe(ev(20*time.Minute+10*time.Second, "job.name", "crawler", "job.status", "succeeded"))
	got = append(got, e.Advance(t0.Add(22*time.Minute))...)
	if len(got) != 2 || got[0].Status != alert.Firing || got[1].Status != alert.Resolved {
		t.Fatalf("alerts %+v", got)
	}
	last := t0.Add(4*time.Minute + 30*time.Second)
	filter := `job.name:"crawler" and job.status:"succeeded"`
	want := []alert.LogQuery{
		{Filter: filter, GroupBy: []string{"job.name"}, From: last, To: got[0].StartsAt},
		{Filter: filter, GroupBy: []string{"job.name"}, From: last, To: *got[1].EndsAt},
	}
	if !reflect.DeepEqual(qs, want) {
		t.Errorf("link queries\n got %+v\nwant %+v", qs, want)
	}
}
