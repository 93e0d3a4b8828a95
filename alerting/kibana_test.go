package alerting

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

func TestKibanaLink(t *testing.T) {
	from := time.Date(2026, 11, 25, 7, 48, 0, 0, time.UTC)
	to := time.Date(2026, 11, 25, 8, 18, 0, 0, time.FixedZone("CST", 8*3600))
	tests := []struct {
		name, base, view, query, want string
	}{
		{
			"plain", "https://kibana.example.test/", "vigil-logs", `service.name:"amazon-api"`,
			"https://kibana.example.test/app/discover#/?_g=(time:(from:'2026-11-25T07:48:00.000Z',to:'2026-11-25T00:18:00.000Z'))" +
				"&_a=(index:'vigil-logs',query:(language:kuery,query:'service.name:%22amazon-api%22'))",
		},
		{
			"rison and URL escaping", "https://k.example.test/base", "", `message:"it's 100% done!" and a:b&c=#d`,
			"https://k.example.test/base/app/discover#/?_g=(time:(from:'2026-11-25T07:48:00.000Z',to:'2026-11-25T00:18:00.000Z'))" +
				"&_a=(query:(language:kuery,query:'message:%22it!'s%20100%25%20done!!%22%20and%20a:b%26c%3D%23d'))",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := KibanaLink(tc.base, tc.view, tc.query, from, to)
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			// The fragment decodes back to the rison with the query inside.
			frag := got[strings.Index(got, "#")+1:]
			dec, err := url.PathUnescape(frag)
			if err != nil {
				t.Fatal(err)
			}
			rison := strings.NewReplacer("!!", "!", "!'", "'").Replace(tc.query)
			if !strings.Contains(strings.NewReplacer("!!", "!", "!'", "'").Replace(dec), rison) {
				t.Errorf("decoded fragment %s does not hold the query", dec)
			}
		})
	}
}

func TestKQLQuery(t *testing.T) {
	tests := []struct {
		labels map[string]string
		want   string
	}{
		{nil, ""},
		{map[string]string{"shop.id": "S12", "service.name": "amazon-api"}, `service.name:"amazon-api" and shop.id:"S12"`},
		{map[string]string{"error.message": `say "hi" \o/`}, `error.message:"say \"hi\" \\o/"`},
	}
	for _, tc := range tests {
		if got := KQLQuery(tc.labels); got != tc.want {
			t.Errorf("KQLQuery(%v) = %s, want %s", tc.labels, got, tc.want)
		}
	}
}

// decodedQuery returns the KQL query and time range a Discover link holds.
func decodedQuery(t *testing.T, link string) (query, from, to string) {
	t.Helper()
	dec, err := url.PathUnescape(link[strings.Index(link, "#")+1:])
	if err != nil {
		t.Fatal(err)
	}
	unrison := strings.NewReplacer("!!", "!", "!'", "'")
	i := strings.Index(dec, "query:(language:kuery,query:'")
	if i < 0 {
		t.Fatalf("no query in %s", dec)
	}
	q := dec[i+len("query:(language:kuery,query:'"):]
	q = q[:strings.LastIndex(q, "'))")]
	var f, tt string
	if _, err := fmt.Sscanf(strings.ReplaceAll(dec[strings.Index(dec, "from:'")+6:], "',to:'", " "), "%s %s", &f, &tt); err != nil {
		t.Fatal(err)
	}
	return unrison.Replace(q), f, strings.SplitN(tt, "'", 2)[0]
}

func TestAlertLink(t *testing.T) {
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	end := start.Add(20 * time.Minute)
	target := LinkTarget{Base: "https://kibana.example.test", DataView: "vigil-logs", Lookback: 15 * time.Minute}
	labels := map[string]string{"service.name": "amazon-api", "shop.id": "S12", "team": "integrations", "component": "marketplace"}
	q := &alert.LogQuery{Filter: `service.name:* and (http.response.status_code:429 or error.code:"QuotaExceeded")`,
		GroupBy: []string{"service.name", "shop.id"}, From: start.Add(-5 * time.Minute), To: start}
	tests := []struct {
		name            string
		a               alert.Alert
		q               *alert.LogQuery
		query, from, to string
	}{
		{"firing: the filter and group-by labels over the window that fired",
			alert.Alert{Status: alert.Firing, Labels: labels, StartsAt: start}, q,
			`(service.name:* and (http.response.status_code:429 or error.code:"QuotaExceeded")) and service.name:"amazon-api" and shop.id:"S12"`,
			"2026-11-25T07:55:00.000Z", "2026-11-25T08:00:00.000Z"},
		{"resolved: to its end",
			alert.Alert{Status: alert.Resolved, Labels: labels, StartsAt: start, EndsAt: &end}, q,
			`(service.name:* and (http.response.status_code:429 or error.code:"QuotaExceeded")) and service.name:"amazon-api" and shop.id:"S12"`,
			"2026-11-25T07:55:00.000Z", "2026-11-25T08:20:00.000Z"},
		{"absence: back to the last event",
			alert.Alert{Status: alert.Firing, Labels: map[string]string{"job.name": "sync", "team": "ops"}, StartsAt: start},
			&alert.LogQuery{GroupBy: []string{"job.name"}, From: start.Add(-3 * time.Hour), To: start},
			`job.name:"sync"`, "2026-11-25T05:00:00.000Z", "2026-11-25T08:00:00.000Z"},
		{"no filter, empty group value: documents without the field",
			alert.Alert{Status: alert.Firing, Labels: map[string]string{"service.name": "a", "shop.id": ""}, StartsAt: start},
			&alert.LogQuery{GroupBy: []string{"service.name", "shop.id"}, From: start.Add(-time.Minute), To: start},
			`service.name:"a" and not shop.id:*`, "2026-11-25T07:59:00.000Z", "2026-11-25T08:00:00.000Z"},
		{"without a query (a job alert): lookback around the start",
			alert.Alert{Status: alert.Firing, Labels: map[string]string{"job.name": "sync"}, StartsAt: start},
			&alert.LogQuery{GroupBy: []string{"job.name"}},
			`job.name:"sync"`, "2026-11-25T07:45:00.000Z", "2026-11-25T08:15:00.000Z"},
		{"raised elsewhere: every label",
			alert.Alert{Status: alert.Resolved, Labels: map[string]string{"service.name": "a", "env": "prod"}, StartsAt: start, EndsAt: &end}, nil,
			`env:"prod" and service.name:"a"`, "2026-11-25T07:45:00.000Z", "2026-11-25T08:20:00.000Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			link := target.AlertLink(&tc.a, tc.q)
			if !strings.HasPrefix(link, "https://kibana.example.test/app/discover#/?_g=") || !strings.Contains(link, "index:'vigil-logs'") {
				t.Errorf("link %s", link)
			}
			query, from, to := decodedQuery(t, link)
			if query != tc.query || from != tc.from || to != tc.to {
				t.Errorf("query %s\n  want %s\nrange %s..%s, want %s..%s", query, tc.query, from, to, tc.from, tc.to)
			}
			if strings.Contains(query, "team") || strings.Contains(query, "component") {
				t.Errorf("a rule-only label in %s", query)
			}
		})
	}
}
