package render

import (
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

// A digest's headline says it is one, how many notifications it carries
// and since when; an ordinary notification's does not change.
func TestTitleNamesADigest(t *testing.T) {
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	as := []alert.Alert{
		{Status: alert.Firing, Rule: "amazon-429-burst", Severity: alert.P1, StartsAt: start},
		{Status: alert.Firing, Rule: "order-sync-lag", Severity: alert.P2, StartsAt: start},
	}
	plain := Title(as)
	if strings.Contains(plain, "digest") || Digest(as) != "" {
		t.Errorf("an ordinary notification is titled %q", plain)
	}
	note := "2 notifications held by the rate limit of receiver chat since 08:00:05 UTC"
	for i := range as {
		as[i].Annotations = map[string]string{"digest": note}
	}
	if got, want := Title(as), plain+" · digest: "+note; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	as[0].Annotations["digest"] = "held\nsince 08:00"
	if got := Title(as); strings.Contains(got, "\n") {
		t.Errorf("a control character reaches the title: %q", got)
	}
}
