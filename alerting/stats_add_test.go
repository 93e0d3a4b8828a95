package alerting

import (
	"reflect"
	"testing"
)

// fillCounters sets every integer field of v (a struct) to base+i.
func fillCounters(v reflect.Value, base int64) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Int, reflect.Int64:
			f.SetInt(base + int64(i))
		}
	}
}

// Stats.Add sums every counter, the receivers' one by one: a field added
// to Stats or ReceiverStats and forgotten in Add fails here.
func TestStatsAddSumsEveryCounter(t *testing.T) {
	var a, b Stats
	fillCounters(reflect.ValueOf(&a).Elem(), 100)
	fillCounters(reflect.ValueOf(&b).Elem(), 1000)
	var ra, rb ReceiverStats
	fillCounters(reflect.ValueOf(&ra).Elem(), 10)
	fillCounters(reflect.ValueOf(&rb).Elem(), 20)
	a.Receivers = map[string]ReceiverStats{"ops": ra, "only-a": ra}
	b.Receivers = map[string]ReceiverStats{"ops": rb, "only-b": rb}
	sum := a.Add(b)
	sv, av, bv := reflect.ValueOf(sum), reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range sv.NumField() {
		if k := sv.Field(i).Kind(); k == reflect.Int || k == reflect.Int64 {
			if got, want := sv.Field(i).Int(), av.Field(i).Int()+bv.Field(i).Int(); got != want {
				t.Errorf("Stats.%s: %d, want %d", sv.Type().Field(i).Name, got, want)
			}
		}
	}
	ops, rav, rbv := reflect.ValueOf(sum.Receivers["ops"]), reflect.ValueOf(ra), reflect.ValueOf(rb)
	for i := range ops.NumField() {
		if got, want := ops.Field(i).Int(), rav.Field(i).Int()+rbv.Field(i).Int(); got != want {
			t.Errorf("ReceiverStats.%s: %d, want %d", ops.Type().Field(i).Name, got, want)
		}
	}
	if sum.Receivers["only-a"] != ra || sum.Receivers["only-b"] != rb || len(sum.Receivers) != 3 {
		t.Errorf("receivers of one side only: %+v", sum.Receivers)
	}
	if a.Receivers["ops"] != ra {
		t.Error("Add changed its receiver's map")
	}
}
