package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigilops/vigil/server"
)

// The server section: a listen address other than loopback needs tokens,
// tokens come from the environment, and no message quotes a token.
func TestServerSection(t *testing.T) {
	const secret = "s3cr3t-admin-token-from-env-0123"
	vars := env(map[string]string{"VIGIL_TEST_ADMIN_TOKEN": secret})
	for file, want := range map[string][]string{
		"bad_server_listen.bad.yaml": {`testdata/bad_server_listen.bad.yaml:2: server.listen: 0.0.0.0:9464 is not a loopback address: without server.tokens the API is served on loopback only`},
		"bad_server_token.bad.yaml": {
			`testdata/bad_server_token.bad.yaml:5: server.tokens.1.token: is 14 characters: want at least 16`,
			`testdata/bad_server_token.bad.yaml:6: server.tokens.2.token: is the same token as server.tokens.0`,
			`testdata/bad_server_token.bad.yaml:6: server.tokens.2.scope: want read or admin, got "reader"`,
		},
	} {
		path := filepath.Join("testdata", file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(path, data, vars)
		if err == nil {
			t.Errorf("%s: accepted", file)
			continue
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s:\n got %v\nwant %s", file, err, w)
			}
		}
		if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "short-secret-1") {
			t.Errorf("%s: the error quotes a token: %v", file, err)
		}
	}

	c, err := Parse("vigil.yaml", []byte(`
server:
  listen: 0.0.0.0:9464
  tokens:
    - {token: "${VIGIL_TEST_ADMIN_TOKEN}", scope: admin}
  max_lag: 5000
`), vars)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Server.Tokens; len(got) != 1 || got[0].Token != secret || got[0].Scope != server.ScopeAdmin {
		t.Errorf("tokens %v", got)
	}
	if s := c.Server.WithDefaults(); s.MaxLag != 5000 || s.StallAfter != server.DefaultStallAfter || s.Listen != "0.0.0.0:9464" {
		t.Errorf("server with defaults: %+v", s)
	}
	if d := Default(); d.Server.Listen != "127.0.0.1:9464" {
		t.Errorf("default listen %q", d.Server.Listen)
	}
}
