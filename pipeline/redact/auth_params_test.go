package redact

import (
	"strings"
	"testing"
)

// An Authorization value written as parameters after its scheme (Digest,
// AWS Signature Version 4) is a credential as a whole, scheme kept, in a
// header, a JSON string, a logfmt value and JSON held in a string; a
// pre-signed link's "sig" and recovery codes and TOTP seeds under their
// keys are secrets; what follows the header value stays.
func TestAuthorizationParametersAndSigningKeys(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	secret := "f0e1d2c3b4a5968778695a4b3c2d1e0f"
	order := "402-1122334-5566778"
	for _, in := range []string{
		`Authorization: Digest username="sync-bot", realm="shop", nonce="0a1b2c3d", uri="/v1/orders", response="` + secret + `", qop=auth, nc=00000001`,
		`{"Authorization":"Digest username=\"sync-bot\", realm=\"shop\", response=\"` + secret + `\"","order":"` + order + `"}`,
		`req.Authorization="Digest username=\"sync-bot\", response=\"` + secret + `\"" order.id=` + order,
		`{\"Authorization\":\"Digest username=\\\"sync-bot\\\", response=\\\"` + secret + `\\\"\",\"order\":\"` + order + `\"}`,
		`authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261205/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=` + secret,
		`GET https://exports.blob.core.windows.net/r/77.csv?sv=2022-11-02&se=2026-12-06T10:00:00Z&sig=` + secret + `%3D HTTP/1.1 order ` + order,
		`{"recoveryCodes":"` + secret[:5] + "-" + secret[5:10] + `","backup_code":"` + secret[10:20] + `","order":"` + order + `"}`,
		`mfa_seed=` + strings.ToUpper(secret[:16]) + ` totp_seed: ` + strings.ToUpper(secret[16:]) + ` order=` + order,
	} {
		out := r.String(in)
		for _, frag := range []string{secret[:8], secret[10:18], strings.ToUpper(secret[16:24])} {
			if strings.Contains(out, frag) {
				t.Errorf("secret kept:\n in: %s\nout: %s", in, out)
			}
		}
		if strings.Contains(in, order) && !strings.Contains(out, order) {
			t.Errorf("order id lost:\n in: %s\nout: %s", in, out)
		}
		if strings.Contains(in, "Digest") && !strings.Contains(out, "Digest [REDACTED:credential]") {
			t.Errorf("scheme not kept:\n in: %s\nout: %s", in, out)
		}
	}
	for _, keep := range []string{
		"signature verified for order " + order, "sig_count=3 retries=2", "random_seed=42 run=7",
		"code=404 path=/v1/orders/" + order,
	} {
		if out := r.String(keep); out != keep {
			t.Errorf("look-alike changed:\n in: %s\nout: %s", keep, out)
		}
	}
}

// GitHub's prefixed tokens are secrets from 20 characters after their
// prefix (older and test tokens are shorter than today's 36), in text and
// as positional arguments; the same prefix before a short word stays.
func TestGitHubTokensOfEveryLength(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	body := "Zq8Xw2Lr5Tn7Vb1Mc4Kd9Hs6Jf3Gp0Ya"
	for _, n := range []int{20, 26, 32} {
		for _, pre := range []string{"ghp_", "gho_", "ghs_"} {
			tok := pre + body[:n]
			for _, in := range []string{"value " + tok + " is not deliverable", `args=["402-1122334-5566778", "` + tok + `"]`} {
				if out := r.String(in); strings.Contains(out, body[:8]) {
					t.Errorf("token kept:\n in: %s\nout: %s", in, out)
				}
			}
		}
	}
	if in := "branch ghp_fix merged"; r.String(in) != in {
		t.Errorf("a short word changed: %s", r.String(in))
	}
}

// "Password" as a key in more languages (Lithuanian, Icelandic, Estonian,
// Latvian, Romanian, Armenian, Georgian, Kazakh, Mongolian, Amharic, Hindi,
// Khmer, Sinhala), in Go's %+v, key=value and JSON.
func TestPasswordKeysOfMoreLanguages(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	secret := "Qx7vLm2Rt9Wz"
	for _, key := range []string{"Slaptažodis", "slaptazodis", "lykilorð", "salasõna", "parole", "parolă", "գաղտնաբառ",
		"პაროლი", "құпиясөз", "पासवर्ड", "ពាក្យសម្ងាត់", "මුරපදය", "new_slaptazodis"} {
		for _, in := range []string{"recipient &{" + key + ":" + secret + " Tel:x}", key + "=" + secret + " order=402-1122334-5566778",
			`{"` + key + `":"` + secret + `"}`} {
			if out := r.String(in); strings.Contains(out, secret) {
				t.Errorf("password kept:\n in: %s\nout: %s", in, out)
			}
		}
	}
}
