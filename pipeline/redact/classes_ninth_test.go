package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// A name cell beside a phone or e-mail cell of a header-less row is the
// buyer's; rows without those, and rows under a header, keep their cells.
// A party named by a company's legal form or a carrier's trade stays under
// a name key; ULIDs and UUIDs under a bare "key" are ids.
func TestRowNamesCompaniesAndRecordKeys(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(31, 3))
	names := []string{"Wiremu Ngata", "黃美玲", "ANAHÍ QUISPE", "Dilnoza Rashidova", "Lwazi Dube"}
	for range 80 {
		name := names[rng.IntN(len(names))]
		order := fmt.Sprintf("%03d-%07d-%07d", rng.IntN(1000), rng.IntN(1e7), rng.IntN(1e7))
		phone := fmt.Sprintf("+64 21 %03d %04d", rng.IntN(1000), rng.IntN(10000))
		email := fmt.Sprintf("buyer%d@example.com", rng.IntN(1e6))
		for _, line := range []string{
			"import rejected line 12: " + order + "|" + name + "|" + phone + "|" + email + "|NZD 12.50",
			"import rejected line 12: " + order + ";" + email + ";" + name + ";Blue Kettle 2L",
			order + "," + name + "," + phone + ",Auckland,12.50",
		} {
			if out := r.String(line); strings.Contains(out, name) {
				t.Fatalf("name kept:\n in: %s\nout: %s", line, out)
			}
		}
	}
	for _, line := range []string{
		"import ok line 3: 7|1707868531819|Blue Kettle 2L|Port Elsa|12.50",
		"rows:\nqty\tseller_company\twarehouse_city\tbuyer_email\n2\tNorthwind Trading Limited\tPort Elsa\tfake.buyer@example.com",
		`label.request {"sender":{"name":"Yamato Transport Co., Ltd.","postcode":"43157"}}`,
		`label.request {"sender":{"name":"Lazada Express","postcode":"43157"}}`,
		`{"kafka.topic":"orders","kafka.key":"01JGFWQ9FRTDT5C9DW26EDBBHZ"}`,
		`ConsumerRecord(topic = orders, key = 3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f60718, value = {})`,
	} {
		out := r.String(line)
		for _, keep := range []string{"Blue Kettle 2L", "Port Elsa", "Yamato Transport Co., Ltd.", "Lazada Express", "01JGFWQ9FRTDT5C9DW26EDBBHZ", "3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f60718"} {
			if strings.Contains(line, keep) && !strings.Contains(out, keep) {
				t.Fatalf("%q lost:\n in: %s\nout: %s", keep, line, out)
			}
		}
	}
}
