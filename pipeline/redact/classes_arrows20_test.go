package redact

import (
	"strings"
	"testing"
)

// Class: PHP's print_r and var_export print an array's key before "=>":
// the key is not an old value across a change arrow, so it stays, while
// the value after it is redacted; a change of a key's value ("password:
// 'old' => 'new'") still redacts both sides.
func TestClassArrows20ArrayKeysStay(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, key, value string }{
		{"Array\n(\n    [order_id] => 1234\n    [password] => hunter2hunter\n)\n", "[password] =>", "hunter2hunter"},
		{"Array\n(\n    [otp] => 123456\n)", "[otp] =>", "123456"},
		{"  [email] => ana.souza@example.com\n  [name] => Ana Souza\n", "[email] =>", "ana.souza@example.com"},
		{"array ( 'password' => 's3cr3tpass', 'email' => 'ana.souza@example.com', )", "'password' =>", "s3cr3tpass"},
		{`{\n  [email] => ana.souza@example.com\n}`, "[email] =>", "ana.souza@example.com"},
	} {
		out := r.String(c.in)
		if !strings.Contains(out, c.key) || strings.Contains(out, c.value) {
			t.Errorf("want the key %q kept and %q redacted: %q", c.key, c.value, out)
		}
		if twice := r.String(out); twice != out {
			t.Errorf("not idempotent: %q -> %q", out, twice)
		}
	}
	out := r.String("password: 'hunter' => 'hunter2x9Q'")
	if strings.Contains(out, "hunter") {
		t.Errorf("a change's old secret leaked: %q", out)
	}
}
