package sim

import (
	"encoding/json"
	"github.com/vigilops/vigil/event"
	"testing"
)

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `"\`, "\x00\x1f\x7f", "Müller 王芳 +44 7700", "\xff\xfe", "a\u2028b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		b := event.AppendString([]byte("x"), in)
		if b[0] != 'x' {
			t.Fatal("prefix clobbered")
		}
		var out string
		if err := json.Unmarshal(b[1:], &out); err != nil {
			t.Fatalf("invalid JSON %q: %v", b[1:], err)
		}
		if want := string([]rune(in)); out != want { // each invalid byte becomes U+FFFD
			t.Fatalf("round trip %q -> %q", in, out)
		}
	})
}
