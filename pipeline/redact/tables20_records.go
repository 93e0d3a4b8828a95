package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// An array of objects is a sample of a table's rows (a data-quality
// check's failed rows, an export's first records, a query's result):
//
//	"failed_rows_sample":[{"id":"…","name":"Given Family","postal_address":"…","iban":"…"}, …]
//
// A bare "name" is a product's, a job's or a warehouse's as often, so an
// item's "name" is a person's only when a sibling key of the same item
// holds a person's data (a phone, an e-mail, an address, a card or an IBAN)
// and the value is shaped as a person's name (roleName: no firm, product,
// team or place; no goods' or campaign's title).

// arrayRecordNames20 masks the bare names of the records of array v.
func (r *Redactor) arrayRecordNames20(v *event.Value, c *Counts) {
	if r.kindAction[KindName] == ActionOff || len(v.Items) > 256 {
		return
	}
	for i := range v.Items {
		it := &v.Items[i]
		if it.Kind != event.Object || len(it.Fields) < 2 || len(it.Fields) > 64 {
			continue
		}
		name := -1
		pii := false
		for k := range it.Fields {
			f := &it.Fields[k]
			if strings.EqualFold(f.Path, "name") {
				name = k
				continue
			}
			if strings.IndexByte(f.Path, '.') >= 0 {
				continue
			}
			switch pathClass(f.Path) {
			case keyPhone, keyAddress, keyCard, keyCardCtx, keyIBAN:
				pii = true
			}
			if lp := strings.ToLower(f.Path); strings.Contains(lp, "email") || strings.HasSuffix(lp, "mail") {
				pii = true
			}
		}
		if name < 0 || !pii {
			continue
		}
		f := &it.Fields[name].Value
		if f.Kind != event.String || len(f.Str) < 3 || len(f.Str) > 96 || strings.Contains(f.Str, "[REDACTED:") || isSlug(f.Str) {
			continue
		}
		if !roleName(f.Str) || goodsTitle18(f.Str) || thingTitle18(f.Str) || companyName(f.Str) || r.allowed(f.Str) {
			continue
		}
		*f = event.StringValue(string(r.replacement(nil, KindName, 0, f.Str)))
		c[KindName]++
	}
}
