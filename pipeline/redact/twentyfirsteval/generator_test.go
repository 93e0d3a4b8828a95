package twentyfirsteval

import (
	"hash/fnv"
	"strings"
	"testing"
)

func TestTwentyFirstGenerator(t *testing.T) {
	seed, _ := seedFromEnv(t)
	c := buildCorpus(seed, corpusLines)
	var nv, nl int
	kindsSeen := map[string]int{}
	ctxSeen := map[string]int{}
	locSeen := map[string]int{}
	formSeen := map[string]int{}
	typeSeen := map[string]int{}
	issuerSeen := map[string]int{}
	ibanSeen := map[string]int{}
	credSeen := map[string]int{}
	ctxKindSeen := map[string]map[string]bool{}
	for i := range c.lines {
		l := &c.lines[i]
		ctxSeen[l.ctx]++
		locSeen[l.loc]++
		formSeen[l.form]++
		if ctxKindSeen[l.ctx] == nil {
			ctxKindSeen[l.ctx] = map[string]bool{}
		}
		for _, v := range l.vals {
			nv++
			kindsSeen[v.kind]++
			ctxKindSeen[l.ctx][v.kind] = true
			switch v.kind {
			case "card":
				issuerSeen[v.style]++
				checkCard(t, v)
			case "iban":
				ibanSeen[v.style]++
				s := strings.ReplaceAll(v.text, " ", "")
				if !ibanOK(s) || len(s) != 4+bbanLen(ibanSpecs[s[:2]]) {
					t.Errorf("IBAN %q fails its checksum or length", v.text)
				}
			case "cn_id":
				if len(v.text) != 18 || cnCheck(v.text[:17]) != v.text[17] {
					t.Errorf("cn_id %q fails its check", v.text)
				}
			case "credential":
				credSeen[v.style]++
			}
		}
		for _, lk := range l.looks {
			nl++
			typeSeen[lk.typ]++
		}
	}
	t.Logf("lines %d (rebuilt %d), values %d, look-alikes %d of %d types; %d contexts, %d forms, %d locales, %d issuers, %d IBAN countries, %d credential styles",
		len(c.lines), c.rebuilt, nv, nl, len(typeSeen), len(ctxSeen), len(formSeen), len(locSeen), len(issuerSeen), len(ibanSeen), len(credSeen))
	if nv < 24000 {
		t.Errorf("values %d < 24000", nv)
	}
	if nl < 60000 {
		t.Errorf("look-alikes %d < 60000", nl)
	}
	if len(typeSeen) < 50 {
		t.Errorf("look-alike types %d < 50", len(typeSeen))
	}
	if len(ctxSeen) < 14 || len(formSeen) < 14 || len(locSeen) < 30 {
		t.Errorf("contexts %d, forms %d, locales %d: want ≥ 14, 14, 30", len(ctxSeen), len(formSeen), len(locSeen))
	}
	if len(issuerSeen) < 10 || len(ibanSeen) < 20 || len(credSeen) < 20 {
		t.Errorf("issuers %d, IBAN countries %d, credential styles %d: want ≥ 10, 20, 20", len(issuerSeen), len(ibanSeen), len(credSeen))
	}
	for _, k := range kinds {
		if kindsSeen[k] == 0 {
			t.Errorf("kind %s absent", k)
		}
	}
	for _, cx := range contexts {
		if ctxSeen[cx] == 0 {
			t.Errorf("context %s absent", cx)
		}
		for _, k := range ctxKinds[cx] {
			if !ctxKindSeen[cx][k] {
				t.Errorf("context %s lists %s but holds none", cx, k)
			}
		}
	}
	for _, l := range locales {
		if locSeen[l.code] == 0 {
			t.Errorf("locale %s absent", l.code)
		}
	}
	for _, f := range expectedForms {
		if formSeen[f] == 0 {
			t.Errorf("form %s absent", f)
		}
	}
	for _, ty := range expectedTypes {
		if typeSeen[ty] == 0 {
			t.Errorf("look-alike type %s absent", ty)
		}
	}
	for _, is := range issuers {
		if issuerSeen[is.name] == 0 {
			t.Errorf("issuer %s absent", is.name)
		}
	}

	// determinism: the same seed builds the same lines.
	h := func(c *corpus) uint64 {
		f := fnv.New64a()
		for _, l := range c.lines {
			f.Write([]byte(l.text))
			for _, v := range l.vals {
				f.Write([]byte(v.text))
			}
		}
		return f.Sum64()
	}
	pii, clean := templates(), cleanTemplates()
	small := &corpus{}
	for i := 0; i < 300; i++ {
		l, _ := buildOne(seed, i, 0, pii, clean)
		small.lines = append(small.lines, l)
	}
	small2 := &corpus{}
	for i := 0; i < 300; i++ {
		l, _ := buildOne(seed, i, 0, pii, clean)
		small2.lines = append(small2.lines, l)
	}
	if h(small) != h(small2) {
		t.Error("the same seed builds different lines")
	}
	other := &corpus{}
	for i := 0; i < 300; i++ {
		l, _ := buildOne(seed+1, i, 0, pii, clean)
		other.lines = append(other.lines, l)
	}
	if h(small) == h(other) {
		t.Error("another seed builds the same lines")
	}

	// the judge: a redactor that masks nothing leaks every value and damages
	// nothing; one that masks everything leaks nothing and damages every look-alike.
	outs := redactAll(t, c, nil)
	res := judge(c, outs)
	if res.leaked != res.values {
		n := 0
		for i := range c.lines {
			fs := forms(outs[i])
			for _, v := range c.lines[i].vals {
				if !v.leaksIn(fs) && n < 10 {
					n++
					t.Errorf("identity does not leak %s %q in %s/%s", v.kind, v.text, c.lines[i].ctx, c.lines[i].tmpl)
				}
			}
		}
		t.Errorf("identity leaks %d of %d values", res.leaked, res.values)
	}
	if res.damaged != 0 {
		n := 0
		for i := range c.lines {
			fs := forms(outs[i])
			for _, lk := range c.lines[i].looks {
				if !lk.intactIn(fs) && n < 15 {
					n++
					t.Errorf("identity damages %s %q in %s/%s", lk.typ, lk.text, c.lines[i].ctx, c.lines[i].tmpl)
				}
			}
		}
		t.Errorf("identity damages %d look-alikes", res.damaged)
	}
	all := make([]string, len(c.lines))
	for i := range all {
		all[i] = "[REDACTED]"
	}
	res = judge(c, all)
	if res.leaked != 0 || res.damaged != res.looks {
		t.Errorf("mask-all: leaked %d, damaged %d of %d", res.leaked, res.damaged, res.looks)
	}
}

func bbanLen(spec string) int {
	n, total := 0, 0
	for _, r := range spec {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		} else {
			total += n
			n = 0
		}
	}
	return total
}

func checkCard(t *testing.T, v value) {
	s := v.text
	if k := strings.IndexByte(s, 'D'); k >= 0 {
		s = s[:k]
	}
	s = strings.TrimSuffix(digitsOf(s), "")
	d := digitsOf(v.text)
	if k := strings.IndexByte(v.text, 'D'); k >= 0 {
		d = digitsOf(v.text[:k])
	}
	if !luhnOK(d) {
		t.Errorf("card %q fails Luhn", v.text)
		return
	}
	for _, is := range issuers {
		if is.name != v.style {
			continue
		}
		okp, okl := false, false
		for _, p := range is.prefixes {
			if strings.HasPrefix(d, p) {
				okp = true
			}
		}
		for _, n := range is.lengths {
			if len(d) == n {
				okl = true
			}
		}
		if !okp || !okl {
			t.Errorf("card %q is not a %s number", v.text, v.style)
		}
	}
}

var expectedForms = []string{"ndjson", "text", "json_in_string", "json_twice", "xml", "x12", "edifact", "swift_mt", "mime", "sip", "ldif", "csv", "csv_noheader", "csv_semicolon", "tsv", "fixed_width", "syslog", "url_query", "kv", "logfmt", "http_headers", "yaml", "ini", "java_tostring", "python_repr", "go_struct", "email_quoted"}

var expectedTypes = []string{"aba_routing", "account_number", "accountcode", "amount", "arn", "as2_id", "asterisk_uniqueid", "audit_serial", "auth_code", "bacs_reference", "bank_reference", "batch_number", "bic", "card_bin", "cdr_duration", "cf_host", "cf_request_id", "city", "client_id", "cnpj", "company", "company_id", "country_code", "country_numeric", "credit_note", "currency", "currency_numeric", "customer_id", "customer_no", "customer_ref", "date", "date_cn", "date_mmdd", "date_yymmdd", "date_yyyymmdd", "despatch_number", "device_fingerprint", "device_id", "dispute_id", "dkim_selector", "dkim_signature", "domain", "duns", "ean13", "edge_location", "edifact_code", "employee_number", "emv_aid", "emv_atc", "emv_cryptogram", "emv_tvr", "end_to_end_id", "entity_id", "epoch_ms", "epoch_s", "epoch_us", "error_code", "etag", "event_id", "external_id", "fapiao_code", "fapiao_number", "fax_job", "folio", "giftcard_number", "gln", "gs_control", "gstin", "hostname", "http_status", "idoc_number", "individual_id", "internal_id", "invoice_number", "ip", "isa_control", "jms_id", "kerberos_realm", "key_hex_prefix", "kunnr", "latlong", "ldap_dn", "ldap_host", "locker_id", "loyalty_card", "macro_id", "mailgun_event_id", "mandate_ref", "masked_pan", "material_number", "merchant_id", "message_id", "message_sid", "mic", "msg_id", "msgid", "mt_reference", "nfe_key", "object_guid", "order_id", "payment_reference", "payout_id", "percent", "pid", "po_number", "port", "postcode_fiscal", "postmark_id", "product", "quantity", "queue_id", "reason_code", "receipt_handle", "receipt_number", "record_id", "refund_id", "rfc_mx", "rrn", "rtp_port", "sales_org", "sam_account", "sap_document", "sepa_creditor_id", "sg_event_id", "sg_message_id", "ship_to_code", "shipment_id", "sid", "sip_branch", "sip_call_id", "sip_contact", "sip_cseq", "sip_response", "sip_tag", "sku", "smsc_message_id", "smtp_status", "sort_code", "span_id", "spf_result", "sscc", "st_control", "staff_id", "stan", "store_code", "store_name", "syslog_pri", "template_id", "terminal_id", "ticket_id", "timestamp", "timing_ms", "trace_id", "trace_number", "tracking", "trap_creditor_company", "trap_key", "trap_masked", "trap_placeholder", "trap_role", "trap_role_display", "trap_service_account", "trap_shipfrom", "trap_supplier", "twilio_account_sid", "uetr", "unb_reference", "upc", "uscc", "user_agent", "uuid", "van_mailbox", "vat_id", "vat_id_store", "viber_user_id", "waba_id", "wamid", "warehouse", "x12_qualifier"}
