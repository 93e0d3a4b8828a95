package twentyfourtheval

import (
	"fmt"
	"net/url"
	"strings"
)

type tmpl struct {
	ctx, name, form string
	kinds           []string
	fn              func(b *builder) string
}

var templates []tmpl

func add(ctx, name, form, kinds string, fn func(b *builder) string) {
	templates = append(templates, tmpl{ctx, name, form, f(kinds), fn})
}

func init() {
	// ---- Kubernetes and containers
	add("k8s", "pod_log", "text", "name email phone", func(b *builder) string {
		n, e := b.person()
		t := fmt.Sprintf("[pod/%s/%s] %s INFO  order.placed order_id=%s sku=%s qty=%s buyer=%q email=%s phone=%q trace_id=%s listen=%s",
			b.pod(), b.of("checkout", "app", "worker"), b.ts(), b.L("order_amazon"), b.L("sku"), b.n(1, 4), n, e, b.phone(), b.L("trace_id"), b.L("port"))
		return b.wrap("checkout", t)
	})
	add("k8s", "admission_denial", "text", "credential", func(b *builder) string {
		k := b.of("STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SENDGRID_API_KEY", "AWS_SECRET_ACCESS_KEY", "DATADOG_API_KEY", "SLACK_BOT_TOKEN")
		st := map[string]string{"STRIPE_SECRET_KEY": "stripe_live", "GITHUB_TOKEN": "github_pat", "SENDGRID_API_KEY": "sendgrid", "AWS_SECRET_ACCESS_KEY": "aws_secret", "DATADOG_API_KEY": "datadog_key", "SLACK_BOT_TOKEN": "slack_bot"}[k]
		t := fmt.Sprintf("Error from server (Forbidden): error when creating \"k8s/overlays/prod/configmap.yaml\": admission webhook \"no-literal-secrets.policy.vigil.shop\" denied the request: ConfigMap %s/%s-env key %s holds a literal credential (value %q); use a Secret with %s. request uid %s",
			b.L("namespace"), b.of("checkout", "payments", "notifier"), k, b.cred(st), b.T("trap_secretkeyref"), b.L("uuid"))
		return b.wrap("kube-apiserver", t)
	})
	add("k8s", "docker_inspect", "json_text", "credential email phone", func(b *builder) string {
		b.form = "json_text"
		return fmt.Sprintf(`[
    {
        "Id": "%s",
        "Created": "%s",
        "Path": "/app/server",
        "State": {"Status": "exited", "ExitCode": 137, "OOMKilled": true, "Pid": 0},
        "Image": "%s",
        "Config": {
            "Hostname": "%s",
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
                "DATABASE_URL=postgres://checkout_app:%s@%s:5432/orders?sslmode=require",
                "SMTP_PASSWORD=%s",
                "SUPPORT_INBOX=%s",
                "ONCALL_PHONE=%s",
                "%s",
                "GOMEMLIMIT=%s"
            ],
            "Image": "%s"
        }
    }
]`, b.L("sha256"), b.ts(), b.L("image_digest"), b.L("hostname"), b.pw(), b.L("hostname"), b.cred(b.of("password_random", "sendgrid")), b.email(), b.phone(), b.T("trap_secret_file"), b.L("k8s_quantity"), b.L("image_ref"))
	})
	add("k8s", "docker_run", "shell", "email card credential", func(b *builder) string {
		t := fmt.Sprintf("+ docker run --rm --network host -e PGPASSWORD=%s -e TARGET_EMAIL=%s -e REGISTRY_TOKEN=%s %s repair-refund --order %s --card '%s' --amount %q --dry-run=false",
			b.pw(), b.email(), b.cred("dckr_pat"), b.L("image_ref"), b.L("order_amazon"), b.card(), b.L("amount"))
		return b.wrap("ops-runner", t)
	})
	add("k8s", "oom_event", "table", "name address", func(b *builder) string {
		t := fmt.Sprintf("LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE\n%s       Warning   BackOff     pod/%s   Back-off restarting failed container %s\n%s       Warning   OOMKilling  node/%s   Memory cgroup out of memory: Killed process %s (label-printer) total-vm:%s, last job: render label for %s, %s\n%s        Normal    Pulled      pod/%s   Container image %q already present on machine",
			b.n(2, 59)+"s", b.pod(), b.of("checkout", "worker"), b.n(1, 9)+"m", b.L("node_name"), b.L("pid"), b.L("byte_count"), b.name(), b.addr(), b.n(1, 9)+"m", b.pod(), b.L("image_ref"))
		return b.wrap("event-exporter", t)
	})
	add("k8s", "get_pods_clean", "table", "", func(b *builder) string {
		var sb strings.Builder
		sb.WriteString("NAME                                  READY   STATUS             RESTARTS       AGE    IP            NODE\n")
		for i := 0; i < 3; i++ {
			fmt.Fprintf(&sb, "%s   1/1     %s   %s (%s ago)   %s   %s   %s\n", b.pod(), b.of("Running", "CrashLoopBackOff", "OOMKilled", "Completed"), b.n(0, 40), b.L("duration"), b.n(1, 40)+"d", b.L("ipv4"), b.L("node_name"))
		}
		fmt.Fprintf(&sb, "# %s %s limits.memory=%s requests.cpu=%s %s", b.T("trap_name_key"), b.T("trap_role"), b.L("k8s_quantity"), b.L("k8s_quantity"), b.L("container_id"))
		return b.wrap("kubectl", sb.String())
	})

	// ---- CI/CD
	add("cicd", "gha_setx", "shell", "credential email", func(b *builder) string {
		ts := b.ts()
		tok := b.cred(b.of("npm_token", "github_pat", "gitlab_pat", "pypi_token"))
		t := fmt.Sprintf("%s ##[group]Run ./scripts/seed-staging.sh\n%s ::add-mask::%s\n%s + curl -sS -u %s:%s -H 'Content-Type: application/json' -d '{\"email\":\"%s\",\"role\":\"qa\"}' https://staging.vigil.shop/api/v2/users\n%s HTTP/1.1 201 Created\n%s ##[endgroup]\n%s env: NODE_AUTH_TOKEN: %s run_id=%s sha=%s",
			ts, ts, tok, ts, b.of("ci-bot", "deploy", "qa-seeder"), b.pw(), b.email(), ts, ts, ts, b.T("trap_ci_secret_ref"), b.L("run_id"), b.L("git_sha"))
		return b.wrap("github-actions", t)
	})
	add("cicd", "pytest_fixture", "args", "name email phone address", func(b *builder) string {
		n, e := b.person()
		t := fmt.Sprintf("FAILED tests/test_checkout.py::test_guest_checkout[%s] - AssertionError: assert {'name': '%s', 'email': '%s', 'phone': '%s', 'shipping': {'line1': '%s'}, 'sku': '%s'} == {'status': 'created'}\n  build %s on %s in %s",
			b.loc.code, n, e, b.phone(), b.addr(), b.L("sku"), b.L("build_number"), b.L("git_sha_short"), b.L("duration"))
		return b.wrap("ci", t)
	})
	add("cicd", "jenkins_login", "shell", "credential", func(b *builder) string {
		t := fmt.Sprintf("[Pipeline] sh\n+ docker login -u ci-bot -p %s registry.vigil.shop\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n+ git push https://x-access-token:%s@github.com/vigil-shop/checkout.git HEAD:release/%s\n[Pipeline] } build %s finished: SUCCESS in %s",
			b.cred(b.of("password_random", "dckr_pat")), b.cred(b.of("github_pat", "gitlab_pat")), b.L("semver"), b.L("build_number"), b.L("duration"))
		return b.wrap("jenkins", t)
	})
	add("cicd", "gitlab_psql", "shell", "credential email phone", func(b *builder) string {
		t := fmt.Sprintf("$ psql \"postgres://qa_admin:%s@%s:5432/shop_staging\" -c \"update customers set phone='%s' where email='%s'\"\nUPDATE 1\nJob succeeded  job=%s pipeline=%s commit=%s",
			b.pw(), b.L("hostname"), b.phone(), b.email(), b.n(100000000, 999999999), b.L("run_id"), b.L("git_sha_short"))
		return b.wrap("gitlab-runner", t)
	})
	add("cicd", "argocd_diff", "yaml", "phone email name", func(b *builder) string {
		b.form = "yaml"
		t := fmt.Sprintf("argocd app diff shop-prod\n===== /ConfigMap %s/escalation-contacts ======\n10c10\n<   ESCALATION_PHONE: \"%s\"\n---\n>   ESCALATION_PHONE: \"%s\"\n12c12\n<   ESCALATION_OWNER: %s\n---\n>   ESCALATION_OWNER: %s <%s>\n  %s\n  image: %s\n  revision: %s",
			b.L("namespace"), b.phone(), b.phone(), b.name(), b.name(), b.email(), b.T("trap_name_key"), b.L("image_ref"), b.L("git_sha"))
		return b.wrap("argocd", t)
	})
	add("cicd", "build_clean", "text", "", func(b *builder) string {
		t := fmt.Sprintf("go: downloading github.com/vigilops/vigil %s\nok  \tgithub.com/vigilops/vigil/pipeline\t%s\nnpm WARN deprecated %s\nadded 1208 packages in %s\nSuccessfully built %s\nSuccessfully tagged %s\nDeploying %s with %s (%s)",
			b.L("semver"), b.L("duration"), b.L("helm_chart"), b.L("duration"), b.L("git_sha_short"), b.L("image_ref"), b.L("helm_chart"), b.L("workflow"), b.T("trap_ci_secret_ref"))
		return b.wrap("ci", t)
	})

	// ---- infrastructure as code
	add("iac", "tf_plan", "hcl", "name email credential", func(b *builder) string {
		b.form = "hcl"
		t := fmt.Sprintf("  # %s will be updated in-place\n  ~ resource \"aws_db_instance\" \"orders\" {\n        id                 = \"%s\"\n      ~ password           = (sensitive value)\n      ~ tags               = {\n          ~ \"owner\"      = \"%s\" -> \"%s\"\n          ~ \"contact\"    = \"%s\" -> \"%s\"\n            \"cost-center\" = \"shop-platform\"\n        }\n    }\n\n  # aws_ssm_parameter.smtp_password will be created\n  + resource \"aws_ssm_parameter\" \"smtp_password\" {\n      + type  = \"String\"\n      + value = \"%s\"\n      + arn   = (known after apply)\n    }\n\nPlan: 1 to add, 1 to change, 0 to destroy. %s",
			b.L("tf_address"), b.L("aws_resource_id"), b.name(), b.name(), b.email(), b.email(), b.cred(b.of("password_random", "password_human", "sendgrid")), b.T("trap_sensitive"))
		return b.wrap("atlantis", t)
	})
	add("iac", "tf_state", "json_text", "credential", func(b *builder) string {
		b.form = "json_text"
		return fmt.Sprintf(`{
  "version": 4,
  "terraform_version": "1.9.%s",
  "serial": %s,
  "lineage": "%s",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_elasticache_replication_group",
      "name": "sessions",
      "instances": [
        {
          "attributes": {
            "id": "%s",
            "auth_token": "%s",
            "primary_endpoint_address": "%s",
            "port": 6379
          }
        }
      ]
    },
    {
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [{"attributes": {"id": "%s", "secret": "%s", "user": "ci-deployer"}}]
    }
  ]
}`, b.n(0, 8), b.n(10, 900), b.L("uuid"), b.L("aws_resource_id"), b.cred(b.of("password_random", "hex32")), b.L("hostname"), b.cred("aws_akid"), b.cred("aws_secret"))
	})
	add("iac", "ansible_vvv", "json_in_string", "credential email name phone", func(b *builder) string {
		n, e := b.person()
		t := fmt.Sprintf("TASK [seed : create support fixture] ***\nok: [%s] => {\"changed\": false, \"msg\": \"fixture user %s <%s> phone %s already present\"}\n<%s> ESTABLISH SSH CONNECTION FOR USER: deploy\nchanged: [%s] => {\"invocation\": {\"module_args\": {\"login_host\": \"%s\", \"login_user\": \"postgres\", \"login_password\": \"%s\", \"db\": \"orders\"}}, \"rc\": 0}",
			b.L("hostname"), n, e, b.phone(), b.L("ipv4"), b.L("hostname"), b.L("hostname"), b.cred(b.of("password_human", "password_random")))
		return b.wrap("ansible", t)
	})
	add("iac", "helm_debug", "yaml", "credential email", func(b *builder) string {
		b.form = "yaml"
		t := fmt.Sprintf("USER-SUPPLIED VALUES:\nimage:\n  tag: %s\nsmtp:\n  host: email-smtp.eu-west-1.amazonaws.com\n  %s\n  password: %s\n  from: %s\nredis:\n  auth:\n    password: \"%s\"\n  %s\nresources:\n  limits:\n    memory: %s\nCOMPUTED VALUES:\n  db:\n    %s\n  chart: %s",
			b.L("semver"), b.T("trap_smtp_user"), b.cred(b.of("password_random", "sendgrid", "password_human")), b.email(), b.pw(), b.T("trap_template"), b.L("k8s_quantity"), b.T("trap_env_ref"), b.L("helm_chart"))
		return b.wrap("helm", t)
	})
	add("iac", "pulumi_preview", "text", "phone address name", func(b *builder) string {
		t := fmt.Sprintf("Previewing update (shop-prod)\n     Type                      Name                 Plan       Info\n     pulumi:pulumi:Stack       shop-infra-prod\n ~   aws:ssm:Parameter         support-hotline      update     [diff: ~value]\n       value: \"%s\" => \"%s\"\n +   aws:route53:Record        warehouse-%s      create\n       description: \"pickup point %s, contact %s\"\nResources: 1 to create, 1 to update, %s unchanged. Duration: %s",
			b.phone(), b.phone(), b.n(1, 9), b.addr(), b.name(), b.n(20, 300), b.L("duration"))
		return b.wrap("pulumi", t)
	})
	add("iac", "cfn_clean", "table", "", func(b *builder) string {
		t := fmt.Sprintf("%s  UPDATE_IN_PROGRESS   AWS::Lambda::Function  OrderSync   %s\n%s  UPDATE_COMPLETE      AWS::RDS::DBInstance   OrdersDB    %s %s\n%s  CREATE_FAILED        AWS::SQS::Queue        RefundsDLQ  Resource handler returned message: \"Rate exceeded (Service: Sqs, Status Code: 400, Request ID: %s)\" %s",
			b.ts(), b.L("arn"), b.ts(), b.L("aws_resource_id"), b.T("trap_sensitive"), b.ts(), b.L("uuid"), b.L("error_code"))
		return b.wrap("cloudformation", t)
	})

	// ---- serverless
	add("serverless", "lambda_event", "json_twice", "name email phone address", func(b *builder) string {
		rid := b.L("lambda_request_id")
		n, e := b.person()
		body := fmt.Sprintf("{\"customer\":{\"name\":%s,\"email\":%s,\"phone\":%s},\"shipping\":{\"address\":%s},\"orderId\":%s}", jq(n), jq(e), jq(b.phone()), jq(b.addr()), jq(b.L("order_shopify")))
		ev := fmt.Sprintf("{\"resource\":\"/checkout\",\"httpMethod\":\"POST\",\"requestContext\":{\"requestId\":%s},\"body\":%s}", jq(b.L("uuid")), jq(body))
		b.form = "json_twice"
		return fmt.Sprintf("START RequestId: %s Version: $LATEST\n%s\t%s\tINFO\tevent: %s\nEND RequestId: %s\nREPORT RequestId: %s\tDuration: %s ms\tBilled Duration: %s ms\tMemory Size: 512 MB\tMax Memory Used: %s MB",
			rid, b.ts(), rid, ev, rid, rid, b.L("metric_value"), b.n(2, 900), b.n(80, 500))
	})
	add("serverless", "apigw_headers", "headers", "credential email card", func(b *builder) string {
		t := fmt.Sprintf("POST /v1/checkout HTTP/1.1\nHost: api.vigil.shop\nAuthorization: Bearer %s\nCookie: _shop_session=%s; cart_id=%s\nX-Amzn-Trace-Id: Root=1-%s-%s\nContent-Type: application/x-www-form-urlencoded\n\nemail=%s&card_number=%s&exp=%s&sku=%s",
			b.cred(b.of("jwt", "bearer_opaque")), b.cred("session_id"), b.L("uuid"), b.L("git_sha_short"), rs(b.r, hexd, 24), url.QueryEscape(b.email()), url.QueryEscape(b.card()), b.of("09%2F29", "11%2F28", "03%2F30"), b.L("sku"))
		return b.wrap("api-gateway", t)
	})
	add("serverless", "cloudrun_ndjson", "ndjson", "email phone name", func(b *builder) string {
		b.json = true
		n, e := b.person()
		return fmt.Sprintf("{\"@timestamp\":%s,\"severity\":\"ERROR\",\"logging.googleapis.com/trace\":%s,\"httpRequest\":{\"requestMethod\":\"POST\",\"requestUrl\":%s,\"status\":502,\"latency\":%s},\"jsonPayload\":{\"customer\":{\"displayName\":%s,\"email\":%s,\"phoneNumber\":%s},\"revision\":%s}}",
			jq(b.ts()), jq("projects/vigil-shop/traces/"+b.L("trace_id")), jq("https://checkout-"+b.L("git_sha_short")+".run.app/api/pay"), jq(b.L("duration")), jq(n), jq(e), jq(b.phone()), jq(b.L("semver")))
	})
	add("serverless", "vercel_url", "url", "email phone", func(b *builder) string {
		q := url.Values{}
		q.Set("email", b.email())
		q.Set("phone", b.phone())
		q.Set("utm_source", "newsletter")
		t := fmt.Sprintf("%s [POST] /api/subscribe?%s status=200 duration=%s region=gru1 deployment=dpl_%s",
			b.ts(), q.Encode(), b.L("duration"), b.L("ulid"))
		return b.wrap("vercel", t)
	})
	add("serverless", "azure_fn", "text", "iban name", func(b *builder) string {
		t := fmt.Sprintf("%s [Information] Executing 'Functions.PayoutRequested' (Reason='New queue message detected on 'payouts'.', Id=%s)\n%s [Error] Payout rejected for account holder %s, IBAN %s: bank returned AC04 (closed account). amount=%s batch=%s",
			b.ts(), b.L("uuid"), b.ts(), b.name(), b.iban(), b.L("amount"), b.L("ulid"))
		return b.wrap("azure-functions", t)
	})
	add("serverless", "lambda_clean", "text", "", func(b *builder) string {
		rid := b.L("lambda_request_id")
		return b.wrap("lambda", fmt.Sprintf("REPORT RequestId: %s\tDuration: %s ms\tInit Duration: %s ms\tMax Memory Used: %s MB\tXRAY TraceId: 1-%s-%s\t%s %s",
			rid, b.L("metric_value"), b.L("metric_value"), b.n(60, 900), b.L("git_sha_short"), b.L("span_id"), b.L("arn"), b.L("epoch_ms_luhn")))
	})
}
