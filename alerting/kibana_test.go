package alerting

import (
	"net/url"
	"strings"
	"testing"
	"time"
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
