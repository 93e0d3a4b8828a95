package redact

// A secret written in an X12 interchange's free text ("MSG*Authorization:
// Basic …~REF*ZZ*…", "NTE*GEN*api_key=…~N1*…") ends at the segment's
// terminator when a segment follows it: what comes after is the next
// segment's tag and elements, an id or a name of its own, never the
// secret's. A token that only looks cut (no tagged segment after the '~')
// stays whole, as clipAtSegmentEnds leaves it.

// x12SecretCut31 reports a credential x whose segment r (an entry of
// ends, the segments in order) is followed by another segment, so that
// x is cut at r's terminator.
func x12SecretCut31(x span, ends [][2]int, k int) bool {
	r := ends[k]
	return x.kind == KindCredential && x.start >= r[0] && x.start < r[1] && x.end > r[1] &&
		k+1 < len(ends) && ends[k+1][0] < x.end && ends[k+1][0]-r[1] <= 3
}
