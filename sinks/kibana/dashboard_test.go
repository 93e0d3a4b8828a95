package kibana_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/vigilops/vigil/sinks/kibana"
)

// fieldsOf are the fields each data view's documents carry (the logs:
// docs/architecture.md §3, keyword-mapped by the index template; the alert
// history: its documents), by the data view id Overview is given.
var fieldsOf = map[string]map[string]bool{
	"L": {"@timestamp": true, "log.level": true, "service.name": true, "error.code": true},
	"A": {"@timestamp": true, "kind": true, "alert.severity": true, "alert.rule": true, "alert.status": true, "receiver": true},
}

// The embedded dashboard holds together as Kibana reads it: every Lens
// layer has its data view reference, every column reads a field its data
// view's documents have, every dashboard panel has its reference to a Lens
// object of the import, and the migration versions are Kibana 8's.
func TestEmbeddedDashboardHoldsTogether(t *testing.T) {
	objs, err := kibana.Overview("L", "A")
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]kibana.SavedObject{}
	for _, o := range objs {
		byKey[o.Type+"/"+o.ID] = o
		if o.CoreMigrationVersion != "8.8.0" || !regexp.MustCompile(`^8\.\d+\.\d+$`).MatchString(o.TypeMigrationVersion) {
			t.Errorf("%s/%s: migration versions %q %q", o.Type, o.ID, o.CoreMigrationVersion, o.TypeMigrationVersion)
		}
		if o.Title() == "" {
			t.Errorf("%s/%s has no title", o.Type, o.ID)
		}
		if d, _ := o.Attributes["description"].(string); !regexp.MustCompile(`\(vigil setup rev [0-9a-f]{12}\)$`).MatchString(d) {
			t.Errorf("%s/%s: description %q has no revision", o.Type, o.ID, d)
		}
	}
	var dash *kibana.SavedObject
	lenses := 0
	for i := range objs {
		o := &objs[i]
		switch o.Type {
		case "dashboard":
			dash = o
		case "lens":
			lenses++
			checkLens(t, o)
		default:
			t.Errorf("unexpected %s/%s", o.Type, o.ID)
		}
	}
	if dash == nil || lenses < 6 {
		t.Fatalf("dashboard %v, %d lens objects", dash != nil, lenses)
	}
	if objs[len(objs)-1].Type != "dashboard" {
		t.Error("the dashboard must come after its panels")
	}
	var panels []struct {
		PanelIndex   string `json:"panelIndex"`
		PanelRefName string `json:"panelRefName"`
		Type         string `json:"type"`
		GridData     struct {
			X, Y, W, H int
			I          string
		} `json:"gridData"`
	}
	if err := json.Unmarshal([]byte(dash.Attributes["panelsJSON"].(string)), &panels); err != nil {
		t.Fatal(err)
	}
	if len(panels) != lenses {
		t.Errorf("%d panels for %d lens objects", len(panels), lenses)
	}
	refs := map[string]kibana.Reference{}
	for _, r := range dash.References {
		refs[r.Name] = r
	}
	for _, p := range panels {
		r, ok := refs[p.PanelIndex+":"+p.PanelRefName]
		if !ok {
			t.Errorf("panel %s: no reference %s:%s", p.PanelIndex, p.PanelIndex, p.PanelRefName)
			continue
		}
		if _, ok := byKey[r.Type+"/"+r.ID]; !ok || r.Type != p.Type {
			t.Errorf("panel %s references %s/%s, not in the import", p.PanelIndex, r.Type, r.ID)
		}
		if p.GridData.I != p.PanelIndex || p.GridData.W <= 0 || p.GridData.H <= 0 || p.GridData.X+p.GridData.W > 48 {
			t.Errorf("panel %s: grid %+v", p.PanelIndex, p.GridData)
		}
	}
	for _, key := range []string{"optionsJSON", "kibanaSavedObjectMeta"} {
		if dash.Attributes[key] == nil {
			t.Errorf("dashboard lacks %s", key)
		}
	}
}

func checkLens(t *testing.T, o *kibana.SavedObject) {
	t.Helper()
	raw, _ := json.Marshal(o.Attributes["state"])
	var st struct {
		DatasourceStates struct {
			FormBased struct {
				Layers map[string]struct {
					Columns map[string]struct {
						OperationType string `json:"operationType"`
						SourceField   string `json:"sourceField"`
						Params        struct {
							OrderBy struct {
								ColumnID string `json:"columnId"`
							} `json:"orderBy"`
						} `json:"params"`
					} `json:"columns"`
					ColumnOrder []string `json:"columnOrder"`
				} `json:"layers"`
			} `json:"formBased"`
		} `json:"datasourceStates"`
		Visualization map[string]any `json:"visualization"`
		Query         struct {
			Language string `json:"language"`
		} `json:"query"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatalf("%s: %v", o.ID, err)
	}
	if len(st.DatasourceStates.FormBased.Layers) == 0 || st.Query.Language != "kuery" {
		t.Errorf("%s: no layers or not KQL", o.ID)
	}
	vis, _ := json.Marshal(st.Visualization)
	for id, layer := range st.DatasourceStates.FormBased.Layers {
		var view string
		for _, r := range o.References {
			if r.Name == "indexpattern-datasource-layer-"+id && r.Type == "index-pattern" {
				view = r.ID
			}
		}
		if view == "" {
			t.Errorf("%s: layer %s has no data view reference", o.ID, id)
			continue
		}
		if !strings.Contains(string(vis), `"`+id+`"`) {
			t.Errorf("%s: the visualization does not show layer %s", o.ID, id)
		}
		if len(layer.ColumnOrder) != len(layer.Columns) {
			t.Errorf("%s: columnOrder %v for %d columns", o.ID, layer.ColumnOrder, len(layer.Columns))
		}
		for cid, c := range layer.Columns {
			if !strings.Contains(string(vis), `"`+cid+`"`) {
				t.Errorf("%s: column %s is not shown", o.ID, cid)
			}
			if c.OperationType == "count" {
				continue
			}
			if !fieldsOf[view][c.SourceField] {
				t.Errorf("%s: column %s reads %q, which data view %s's documents lack", o.ID, cid, c.SourceField, view)
			}
			if by := c.Params.OrderBy.ColumnID; by != "" {
				if _, ok := layer.Columns[by]; !ok {
					t.Errorf("%s: %s is ordered by missing column %s", o.ID, cid, by)
				}
			}
		}
	}
}

// The revision follows the data view ids: another id, another revision,
// so a changed config updates the panels.
func TestRevisionFollowsTheIDs(t *testing.T) {
	a, _ := kibana.Overview("logs-*", "vigil-alerts")
	b, _ := kibana.Overview("other-logs", "vigil-alerts")
	c, _ := kibana.Overview("logs-*", "vigil-alerts")
	for i := range a {
		da, db, dc := a[i].Attributes["description"], b[i].Attributes["description"], c[i].Attributes["description"]
		if da != dc {
			t.Errorf("%s: revision not stable: %v %v", a[i].ID, da, dc)
		}
		usesLogs := false
		for _, r := range a[i].References {
			usesLogs = usesLogs || r.ID == "logs-*"
		}
		if usesLogs && da == db {
			t.Errorf("%s: the same revision for another logs data view", a[i].ID)
		}
	}
}
