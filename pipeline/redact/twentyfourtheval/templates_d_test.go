package twentyfourtheval

import (
	"fmt"
	"net/url"
	"strings"
)

func init() {
	add("cicd", "secret_scan", "text", "credential", func(b *builder) string {
		st := b.of(credStyles...)
		if st == "otp" || st == "recovery_code" || st == "password_human" {
			st = "hex64"
		}
		t := fmt.Sprintf("Finding:     %s\nSecret:      %s\nRuleID:      %s\nEntropy:     %s\nFile:        deploy/%s.env\nLine:        %s\nCommit:      %s\nAuthor:      %s\nDate:        %s",
			b.of("AZURE_STORAGE_KEY=", "export TOKEN=", "const apiKey = \"", "secret: "), b.cred(st), strings.ReplaceAll(st, "_", "-"), b.L("metric_value"), b.of("prod", "staging", "canary"), b.n(1, 300), b.L("git_sha"), b.T("trap_role"), b.L("ts_rfc3339"))
		return b.wrap("gitleaks", t)
	})
	add("cicd", "notify_curl", "shell", "credential", func(b *builder) string {
		t := fmt.Sprintf("+ curl -fsS -X POST https://api.telegram.org/bot%s/sendMessage -d chat_id=-100%s -d text='deploy %s done'\n+ curl -fsS -H 'Authorization: Basic %s' -H 'X-Request-Id: %s' https://nexus.vigil.shop/service/rest/v1/components?repository=npm-internal\n+ curl -fsS -H \"Authorization: token %s\" https://api.github.com/repos/vigil-shop/checkout/deployments",
			b.cred("telegram_bot"), b.n(1000000000, 1999999999), b.L("semver"), b.cred("basic_auth"), b.L("uuid"), b.cred(b.of("github_pat", "github_fine")))
		return b.wrap("ci", t)
	})
	add("config", "printenv", "env", "credential phone email", func(b *builder) string {
		b.form = "env"
		return fmt.Sprintf("$ kubectl exec deploy/payments-worker -- printenv | sort\nAZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=vigilexports;AccountKey=%s;EndpointSuffix=core.windows.net\nDO_API_TOKEN=%s\nHF_TOKEN=%s\nHOSTNAME=%s\nMYSQL_ROOT_PASSWORD=%s\nPayments__Adyen__ApiKey=%s\nRABBITMQ_DEFAULT_PASS=%s\nSMS_SENDER_FALLBACK=%s\nTWILIO_API_KEY_SID=%s\nTWILIO_AUTH_TOKEN=%s\nGOOGLE_MAPS_KEY=%s\nREPORTS_TO=%s\n%s",
			b.cred("azure_key"), b.cred("do_token"), b.cred("hf_token"), b.pod(), b.cred("password_random"), b.cred(b.of("bearer_opaque", "hex64")), b.pw(), b.phone(), b.cred("twilio_sk"), b.cred("hex32"), b.cred("google_api"), b.email(), b.T("trap_secret_file"))
	})
	add("observability", "vector_url_twice", "url", "email credential", func(b *builder) string {
		b.form = "url_twice"
		ret := "/checkout/confirm?email=" + url.QueryEscape(b.email()) + "&step=3"
		t := fmt.Sprintf("%s WARN sink{component_id=es_out}: vector::sinks::elasticsearch: Failed to parse access log. record=\"%s - - [%s] \\\"GET /auth/callback?return_to=%s&state=%s&code=%s HTTP/1.1\\\" 302 0\\\" internal_log_rate_limit=true",
			b.ts(), b.L("ipv4"), b.L("ts_syslog"), url.QueryEscape(ret), b.L("md5"), b.cred("otp"))
		return b.wrap("vector", t)
	})
	add("k8s", "describe_env", "yaml", "phone email credential", func(b *builder) string {
		b.form = "yaml"
		t := fmt.Sprintf("Name:             %s\nNamespace:        %s\nNode:             %s/%s\nContainers:\n  worker:\n    Image:          %s\n    Image ID:       ghcr.io/vigil-shop/notifier@%s\n    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n    Environment:\n      SMTP_PASSWORD:      <set to the key 'password' in secret 'smtp'>  Optional: false\n      ESCALATION_PHONE:   %s\n      ESCALATION_EMAIL:   %s\n      PSP_WEBHOOK_SECRET: %s\n      %s\nEvents:\n  Warning  BackOff  %s (x%s over %s)  kubelet  Back-off restarting failed container",
			b.pod(), b.L("namespace"), b.L("node_name"), b.L("ipv4"), b.L("image_ref"), b.L("image_digest"), b.phone(), b.email(), b.cred(b.of("whsec", "hex64", "password_random")), b.T("trap_ttl"), b.n(2, 59)+"s", b.n(2, 90), b.L("duration"))
		return b.wrap("kubectl", t)
	})
	add("jobs", "hangfire_args", "args", "name address phone", func(b *builder) string {
		t := fmt.Sprintf("Hangfire.Server.Worker: Failed to process the job '%s': an exception occurred. Job: LabelJobs.RenderShippingLabel(\"%s\", \"%s\", \"%s\", %s, \"%s\")\nSystem.TimeoutException: ZPL printer %s did not answer in %s",
			b.n(10000, 999999), b.name(), b.addr(), b.phone(), b.n(1, 9), b.L("tracking_ups"), b.L("ipv4"), b.L("duration"))
		return b.wrap("hangfire", t)
	})
}
