package redact

// table is a small open-addressing hash set of short keys with a class,
// looked up from a byte slice without allocating. It is built once at init
// and read-only afterwards.
type table struct {
	keys []string
	vals []int
	mask uint32
}

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func newTable(m map[string]int) *table {
	size := 64
	for size < 4*len(m) {
		size *= 2
	}
	t := &table{keys: make([]string, size), vals: make([]int, size), mask: uint32(size - 1)}
	for k, v := range m {
		i := fnv([]byte(k)) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// get returns the class of k, or 0 (and false) when k is not in the table.
func (t *table) get(k []byte) (int, bool) {
	i := fnv(k) & t.mask
	for {
		s := t.keys[i]
		if s == "" {
			return 0, false
		}
		if s == string(k) {
			return t.vals[i], true
		}
		i = (i + 1) & t.mask
	}
}
