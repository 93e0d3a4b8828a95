package redact

import (
	"strings"
	"testing"
)

// A webhook signature's scheme parts (",v1=<hex>", ",v0=<hex>") after
// "t=<unix time>" or a redacted signature are the secret too, and only
// their hex; other v1= values stay.
func TestSignatureSchemes(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	const h1, h0 = "60b99854c3f62173ae8519685abe6244a6f568e24ec538b06b263cd0806642c8", "6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39"
	for _, in := range []string{
		"signature=t=1762132800,v1=" + h1,
		"Stripe-Signature: t=1762132800,v1=" + h1 + ",v0=" + h0,
		"row: 5|t=1728989529,v1=" + h1 + "|455055478081|x",
	} {
		out := r.RedactText(in)
		if strings.Contains(out, h1) || strings.Contains(out, h0) {
			t.Errorf("%q -> %q", in, out)
		}
		if strings.Contains(in, "|455055478081|") && !strings.Contains(out, "|455055478081|") {
			t.Errorf("the row's next cell went with the signature: %q", out)
		}
	}
	for _, in := range []string{"api v1=ok", "build t=5,v1=2.3.4", "sha256=" + h1, "x=a,v2=3"} {
		if out := r.RedactText(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}
