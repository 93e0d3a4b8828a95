package builtin_test

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sim/atlas"
)

// The pack loads, every alert names its service, and it names nothing of
// the stores vigil simulates: no service, job or shop.
func TestPackIsGeneric(t *testing.T) {
	rs, err := rules.LoadFS(builtin.FS, builtin.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Len() < 5 {
		t.Fatalf("%d rules", rs.Len())
	}
	for _, r := range rs.Rules {
		if !slices.Contains(r.GroupBy, "service.name") && !slices.Contains(r.GroupBy, "job.name") {
			t.Errorf("rule %s groups by %v: its alerts would not name a service or job", r.Name, r.GroupBy)
		}
	}
	var text strings.Builder
	if err := fs.WalkDir(builtin.FS, builtin.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(builtin.FS, p)
		text.Write(b)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	names := []string{sim.SvcOrderSync, sim.JobInventoryFullSync, "payment-callback", "amazon-api", "shopify-webhook",
		"job-runner", "price-scraper", "crawler", "S12", sim.NewErrorCode}
	truth := atlas.DefaultConfig().Truth()
	for _, in := range truth.Incidents {
		for _, k := range []string{"service.name", "job.name", "shop.id"} {
			if v := in.Labels[k]; v != "" {
				names = append(names, v)
			}
		}
	}
	for _, n := range names {
		if strings.Contains(text.String(), n) {
			t.Errorf("the built-in pack names %q, a simulated store's own name", n)
		}
	}
}
