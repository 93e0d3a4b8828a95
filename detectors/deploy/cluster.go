package deploy

// ringSize is how many recent clusters (traces) a clusterRing remembers.
const ringSize = 32

// clusterRing groups the lines of one kind (error lines, 5xx responses,
// occurrences of one error code) into clusters: lines that share a
// trace.id with one of the 32 most recent clusters belong to it. One
// failure logged five times, or retried five times, is one cluster of
// five. The ring yields the design effect Σ S² / Σ S over cluster sizes S:
// the factor by which clustering inflates the variance of a line count
// over that of independent lines. Lines without a trace id are clusters of
// one.
type clusterRing struct {
	ents        []cluster // up to ringSize, allocated as clusters open
	n, next     int
	lines, sum2 int64 // all lines; Σ S² of closed clusters
}

type cluster struct {
	key  uint64
	size int64
	occ  *occurrence // the error code's tally entry (code rings only)
}

// add counts one line; key is a hash of its trace id (and code), ok false
// when it has none.
func (r *clusterRing) add(key uint64, ok bool, occ *occurrence) {
	r.lines++
	if !ok {
		r.close(cluster{size: 1, occ: occ})
		return
	}
	for i := range r.n {
		if e := &r.ents[i]; e.key == key && e.occ == occ {
			e.size++
			return
		}
	}
	if r.n == ringSize {
		r.close(r.ents[r.next])
	} else {
		r.n++
		if len(r.ents) < r.n {
			r.ents = append(r.ents, cluster{})
		}
	}
	r.ents[r.next] = cluster{key: key, size: 1, occ: occ}
	r.next = (r.next + 1) % ringSize
}

func (r *clusterRing) close(c cluster) {
	s2 := c.size * c.size
	r.sum2 += s2
	if c.occ != nil {
		c.occ.sum2 += s2
	}
}

// closeAll closes the open clusters and frees the ring: its sums, and
// those of the codes, are unchanged.
func (r *clusterRing) closeAll() {
	for i := range r.n {
		r.close(r.ents[i])
	}
	r.ents, r.n, r.next = nil, 0, 0
}

// sums returns the lines and Σ S², open clusters included.
func (r *clusterRing) sums() (lines, sum2 int64) {
	sum2 = r.sum2
	for i := range r.n {
		sum2 += r.ents[i].size * r.ents[i].size
	}
	return r.lines, sum2
}

// openSum2 returns Σ S² of the open clusters of one code.
func (r *clusterRing) openSum2(occ *occurrence) int64 {
	var s int64
	for i := range r.n {
		if r.ents[i].occ == occ {
			s += r.ents[i].size * r.ents[i].size
		}
	}
	return s
}

// merge adds o's lines and clusters (o's open clusters are closed).
func (r *clusterRing) merge(o *clusterRing) {
	lines, sum2 := o.sums()
	r.lines += lines
	r.sum2 += sum2
}

// designEffect is Σ S² / Σ S over the rings taken together (1 when empty),
// capped at maxDispersion.
func designEffect(rs ...*clusterRing) float64 {
	var lines, sum2 int64
	for _, r := range rs {
		l, s := r.sums()
		lines += l
		sum2 += s
	}
	if lines == 0 {
		return 1
	}
	return min(max(float64(sum2)/float64(lines), 1), maxDispersion)
}

// hashString is FNV-1a: deterministic across processes, no allocation.
func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

const fnvOffset = 14695981039346656037
