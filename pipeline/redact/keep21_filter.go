package redact

import (
	"strings"
	"unicode/utf8"
)

// Clean values that the readers take for PII, told by how mail servers,
// directories and identity systems write them (keep21Spans runs last, on
// what every other pass found):
//
//   - a Message-ID is an id in the shape of an address (RFC 5322 §3.6.4):
//     `Message-ID: <…@…>`, `In-Reply-To:`, `References:` (a list of them),
//     Postfix's `message-id=<…>`, Exim's `id=<…>`, an AS2 or MTA log's
//     "message <…@…>"; the same brackets after `From:` or `To:` hold a
//     mailbox and stay redacted;
//   - a Kerberos service principal `service/host@REALM` names a program and
//     a realm (an upper-case DNS name), not a mailbox;
//   - a service account (`svc-backup`, `sa-export`, `erp-batch`: lower-case
//     words joined by '-', '_' or '.', with a service prefix or a word of
//     jobs and systems) is no person, under `cn:`, `uid:`, `TargetUserName`
//     or as a URL's user (`sftp://svc-pos-sync@files.…`);
//   - a bracketed run that ends in a noun of goods and holds no known
//     name ("order ORD-1 (Kids Rain Jacket)") is the item ordered;
//   - a role or team's display name (`Customer Service`, `Accounts
//     Payable`, `Mailer-Daemon`, "Dear Supervisor", `display_name: System`)
//     is made of role, team and system words only;
//   - a seller's, a collecting creditor's or a store's name told by its
//     document or section (keep21_parties.go).

// keep21Spans drops the spans that hold one of the clean values above.
func (sc *scanner) keep21Spans() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		switch x.kind {
		case KindEmail:
			drop = keep21IDAddress(s, x.start, x.end)
		case KindName:
			v := strings.TrimSpace(s[x.start:x.end])
			drop = serviceAccount21(v) || roleDisplay21(v) ||
				x.start > 0 && (s[x.start-1] == '>' || s[x.start-1] == '"') && sellerParty21(s, x.start) || // keep21_parties.go
				placeName21(s, x.start) ||
				x.start > 0 && x.end < len(s) && s[x.start-1] == '(' && s[x.end] == ')' && goodsTitle18(v) // "order ORD-… (Kids Rain Jacket)" (damage18_goods.go)
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// keep21IDAddress reports an address-shaped span s[a:e] that is a
// Message-ID, a Kerberos service principal or a service account's login in
// a URL.
func keep21IDAddress(s string, a, e int) bool {
	at := strings.IndexByte(s[a:e], '@')
	if at <= 0 {
		return false
	}
	local, domain := s[a:a+at], s[a+at+1:e]
	if a > 0 && s[a-1] == '<' {
		if w := messageIDBefore21(s, a-1); w == 2 || w == 1 && (messageID(local) || digitRun(local) >= 6) {
			return true // (after the bare word "message", only an id's shape: "<1801749726.3P8G…@…>")
		}
	}
	if a > 1 && s[a-1] == '/' && realm21(domain) && serviceBefore21(s, a-1) {
		return true // HTTP/erp.corp.example@CORP.EXAMPLE
	}
	if a >= 3 && s[a-3:a] == "://" && serviceAccount21(local) {
		return true // sftp://svc-pos-sync@files.example.net/in
	}
	return false
}

// messageIDBefore21 reports whether the '<' at lt follows a key of
// message ids or another id of a References list (2), or the word
// "message" (1); else 0.
func messageIDBefore21(s string, lt int) int {
	p := lt
	for hops := 0; hops < 16; hops++ {
		q := p
		for q > 0 && (s[q-1] == ' ' || s[q-1] == '\t' || s[q-1] == '\n' || s[q-1] == '\r' || s[q-1] == ',') {
			q--
		}
		if q > 0 && s[q-1] == '>' {
			// an earlier id of a References or In-Reply-To list
			o := strings.LastIndexByte(s[max(0, q-256):q-1], '<')
			if o < 0 {
				return 0
			}
			p = max(0, q-256) + o
			continue
		}
		// quotes of a JSON or escaped key: "message_id":"<…>", \"Message-ID\": \"<…>\"
		for q > 0 && (s[q-1] == '"' || s[q-1] == '\\' || s[q-1] == '\'') {
			q--
		}
		sep := false
		if q > 0 && (s[q-1] == ':' || s[q-1] == '=') {
			q--
			sep = true
		}
		for q > 0 && (s[q-1] == '"' || s[q-1] == '\\' || s[q-1] == '\'' || s[q-1] == ' ') {
			q--
		}
		k := q
		for k > 0 && q-k < 40 && (isAlnum(s[k-1]) || s[k-1] == '-' || s[k-1] == '_' || s[k-1] == '.') {
			k--
		}
		if k == q {
			return 0
		}
		var buf [40]byte
		key := string(lower(buf[:0], s[k:q]))
		if !sep {
			if key == "message" || key == "msg" {
				return 1 // "outbound message <…>"
			}
			return 0
		}
		if key == "id" || key == "mid" {
			if k == 0 || !isAlnum(s[k-1]) {
				return 2 // Exim's "id=<…>"
			}
			return 0
		}
		for _, t := range messageIDKeys21 {
			if strings.HasSuffix(key, t) {
				return 2
			}
		}
		return 0
	}
	return 0
}

// messageIDKeys21 end the keys and headers that hold message ids
// (lower case).
var messageIDKeys21 = []string{"message-id", "message_id", "messageid", "message.id", "msgid", "msg-id", "msg_id",
	"in-reply-to", "in_reply_to", "inreplyto", "references", "content-id", "contentid", "resent-message-id"}

// realm21 reports an upper-case DNS name: a Kerberos realm.
func realm21(d string) bool {
	if len(d) < 3 || strings.IndexByte(d, '.') <= 0 {
		return false
	}
	letters := 0
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case isUpper(c):
			letters++
		case isDigit(c) || c == '.' || c == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// serviceBefore21 reports a Kerberos service name before the '/' at sl
// ("HTTP", "host", "ldap", "MSSQLSvc"): letters, digits or '-' after a
// space, a quote, '=' or the start.
func serviceBefore21(s string, sl int) bool {
	k := sl
	for k > 0 && sl-k < 24 && (isAlnum(s[k-1]) || s[k-1] == '-') {
		k--
	}
	if k == sl || sl-k > 20 || !(k == 0 || s[k-1] == ' ' || s[k-1] == '"' || s[k-1] == '\'' || s[k-1] == '=' || s[k-1] == ':' || s[k-1] == '\t') {
		return false
	}
	var buf [20]byte
	return kerberosServices21[string(lower(buf[:0], s[k:sl]))]
}

// kerberosServices21 are the service classes of Kerberos service
// principal names (Active Directory's SPNs, MIT and Heimdal services).
var kerberosServices21 = setOf("http", "https", "host", "ldap", "cifs", "mssqlsvc", "nfs", "smtp", "imap", "pop",
	"postgres", "krbtgt", "dns", "restrictedkrbhost", "kadmin", "ftp", "gc", "wsman", "termsrv", "rpcss", "sip",
	"exchangemdb", "exchangerfr", "exchangeab", "hive", "hdfs", "yarn", "kafka", "zookeeper", "hbase", "spark",
	"impala", "mongodb", "cassandra", "oracle", "mysql", "redis", "vnc", "ipp", "afpserver", "xmpp", "jenkins")

// serviceAccount21 reports a service account's login: two to five parts of
// lower-case ASCII letters and digits joined by '-', '_' or '.', the first
// a service prefix ("svc", "sa") or one part a word of jobs and systems
// ("erp-batch", "ldap-reader").
func serviceAccount21(v string) bool {
	if len(v) < 5 || len(v) > 48 {
		return false
	}
	parts, start := 0, 0
	prefix, job := false, false
	for i := 0; i <= len(v); i++ {
		if i < len(v) {
			c := v[i]
			if c >= 'a' && c <= 'z' || isDigit(c) {
				continue
			}
			if c != '-' && c != '_' && c != '.' {
				return false
			}
		}
		if i == start {
			return false // an empty part: "svc--x", "-x"
		}
		p := v[start:i]
		if parts == 0 && servicePrefixes21[p] {
			prefix = true
		}
		if serviceWords21[p] {
			job = true
		}
		parts++
		start = i + 1
	}
	return parts >= 2 && parts <= 5 && (prefix || job)
}

// servicePrefixes21 begin service accounts' logins.
var servicePrefixes21 = setOf("svc", "sa", "srv", "svcacct", "service", "sys", "system", "app", "bot", "robot", "daemon",
	"job", "cron", "batch", "etl", "api", "integration", "int", "automation", "ci", "cd", "tech", "techuser", "func")

// serviceWords21 are words of jobs and systems that name what an account
// is for.
var serviceWords21 = setOf("batch", "sync", "backup", "backups", "gateway", "reader", "writer", "bot", "cron", "job", "jobs",
	"daemon", "worker", "svc", "service", "exporter", "importer", "export", "import", "etl", "relay", "scanner",
	"monitor", "monitoring", "runner", "scheduler", "deployer", "deploy", "automation", "integration", "connector",
	"bridge", "proxy", "poller", "publisher", "consumer", "producer", "uploader", "downloader", "mailer", "notifier",
	"replication", "replicator", "ingest", "collector", "agent", "crawler", "indexer", "archiver", "printer", "print",
	"healthcheck", "probe", "readonly", "ro", "rw", "sftp", "ftp", "ldap", "smtp", "edi", "erp", "pos", "crm", "wms",
	"sap", "as2", "api", "dwh", "bi", "reporting", "reports")

// roleDisplay21 reports a display name made of role, team and system
// words only: "Customer Service", "Accounts Payable", "Mailer-Daemon",
// "Store Manager", "System".
func roleDisplay21(v string) bool {
	if len(v) < 4 || len(v) > 48 {
		return false
	}
	n, real := 0, 0
	for rest := v; rest != ""; {
		i := strings.IndexAny(rest, " -")
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		if utf8.RuneCountInString(w) > 24 {
			return false
		}
		var buf [32]byte
		lw := string(lower(buf[:0], w))
		switch {
		case roleGlue21[lw]:
		case (roleWords21[lw] || teamWords[lw] || titleHeads[lw]) && lexClass(w)&lexFamily == 0: // (not "Steward", "Packer")
			real++
		default:
			return false
		}
		n++
	}
	return real > 0 && n <= 4
}

// roleGlue21 join role words ("No Reply", "Head of Support").
var roleGlue21 = setOf("no", "do", "not", "of", "the", "and", "&", "for", "in")

// roleWords21 are the role, team and system words of display names and
// salutations in mail, tickets and tills.
var roleWords21 = setOf("customer", "customers", "client", "clients", "agent", "agents", "cashier", "supervisor",
	"manager", "store", "shop", "system", "postmaster", "mailer", "daemon", "mailerdaemon", "hostmaster", "webmaster",
	"accounts", "account", "payable", "receivable", "returns", "return", "refunds", "reply", "noreply", "billing",
	"helpdesk", "support", "service", "services", "team", "department", "dept", "admin", "administrator", "root",
	"operator", "orders", "order", "notifications", "notification", "info", "office", "reception", "warehouse",
	"finance", "accounting", "sales", "shipping", "dispatch", "logistics", "care", "helpline", "hotline", "desk",
	"staff", "cs", "it", "hr", "user", "users", "guest", "visitor", "member", "members", "buyer", "seller", "merchant",
	"vendor", "supplier", "courier", "driver", "technician", "clerk", "assistant", "robot", "bot", "automated",
	"auto", "unknown", "anonymous", "nobody", "everyone", "all", "head", "lead", "senior", "junior", "duty", "night",
	"shift", "payments", "payment", "invoices", "invoicing", "collections", "claims", "disputes", "chargebacks",
	"security", "compliance", "fraud", "risk", "marketing", "newsletter", "alerts", "monitoring", "ops", "noc",
	// a till's or an ERP's stand-in for an unnamed buyer ("Walk-in Customer", "Cash Customer"), and the
	// accounts of the daemons a server runs (keep22_values.go)
	"walk", "cash", "counter", "retail", "default", "generic", "scheduler", "postgres", "mysql", "nginx", "redis",
	"apache", "httpd", "gitlab", "mongodb", "rabbitmq", "elasticsearch", "kafka", "zookeeper", "systemd")
