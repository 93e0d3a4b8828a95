package seventeentheval

import "strings"

// ctxDef is a part of the back office that writes logs.
type ctxDef struct {
	name, sources, kinds, forms, looks, msgs string
	keys                                     map[string]string
}

var defaultKeys = map[string]string{
	"name":    "customer_name|contact_name|name|buyer_name|full_name",
	"email":   "email|customer_email|contact_email|emailAddress",
	"phone":   "phone|telephone|mobile|contact_phone|phone_number",
	"address": "address|street|line1|shipping_address|addr|address1",
	"card":    "card_number|pan|cc_number|payment_card|number",
	"iban":    "iban|bank_account|payout_iban|IBAN",
	"cn_id":   "id_number|id_card_no|resident_id|idNo",
}

var contexts = []ctxDef{
	{name: "erp", sources: "sap_idoc|netsuite_webhook|odoo_rpc|xero_webhook|quickbooks_export",
		kinds: "name|email|phone|address|iban|credential|card", forms: "field|json|json2|kv|csv|segment|url|form|change|text",
		looks: "po_number|so_number|invoice_no|idoc_no|amount|date|gl_account|vat_id|company|company_person|uuid|sku|epoch_ms|status",
		msgs:  "customer master synced|invoice posted|sales order created|contact upserted|payment applied|IDoc processed with status 53|bill exported",
		keys:  map[string]string{"name": "NAME1|companyName|contact.name|BillAddr.Name|partner_name", "address": "STRAS|BillAddr.Line1|street|AddressLine1|addr1", "phone": "TELF1|phone|PrimaryPhone.FreeFormNumber|mobile", "email": "SMTP_ADDR|email|PrimaryEmailAddr.Address|EmailAddress", "iban": "IBAN|bank_account_iban|BankAccountNumber"}},
	{name: "vendor", sources: "supplier_onboarding|vendor_portal|vendor_master_csv",
		kinds: "name|email|phone|address|iban|credential|cn_id", forms: "field|json|form|url|csv|block|change|text|header",
		looks: "vat_id|gst_cnpj|company|company_person|po_number|date|uuid|ticket_id|job_title|amount|locode",
		msgs:  "supplier registration submitted|vendor bank details updated|vendor approved|W-8BEN received|supplier contact added",
		keys:  map[string]string{"name": "contact_person|legal_representative|owner_name|primary_contact", "iban": "bank_iban|remit_to_iban|iban", "cn_id": "legal_rep_id_no|id_card_number|身份证号"}},
	{name: "edi", sources: "x12_850|x12_856|x12_810|edifact_gateway",
		kinds: "name|phone|email|address", forms: "segment|field|block|kv|json2",
		looks: "po_number|sscc|gtin|upc|bill_of_lading|container|tracking|invoice_no|amount|date|sku|weight|company|locode",
		msgs:  "850 received from trading partner|856 ASN generated|810 invoice sent|interchange acknowledged 997|functional group rejected",
		keys:  map[string]string{"name": "ship_to_name|N1_ST|attention", "address": "ship_to_address|N3|address"}},
	{name: "wms", sources: "pick_list|wave_planner|wms_api|putaway",
		kinds: "name|phone|address", forms: "field|kv|csv|block|json|text|url",
		looks: "bin_location|sku|gtin|lot|serial|sscc|po_number|so_number|dimensions|weight|employee_id|place_person|amazon_order|shopify_order|status|time",
		msgs:  "pick list printed|wave released|short pick reported|carton closed|putaway confirmed|replenishment triggered",
		keys:  map[string]string{"name": "ship_to_name|recipient|consignee|deliver_to", "address": "ship_to|delivery_address|consignee_address"}},
	{name: "label", sources: "zpl_printer|pdf_label_text|carrier_label_api",
		kinds: "name|phone|address", forms: "segment|block|ocr|field|json2|text",
		looks: "tracking|sscc|weight|dimensions|amazon_order|tiktok_order|date|place_person|company|fedex_phone_like|locode",
		msgs:  "label printed on zebra-03|label rendered|reprint requested|carrier label created",
		keys:  map[string]string{"name": "recipient_name|to_name|consignee", "address": "to_address|recipient_address|address_line"}},
	{name: "customs", sources: "commercial_invoice|broker_api|ior_filing|clearance_status",
		kinds: "name|phone|email|address|cn_id", forms: "block|json|json2|field|csv|ocr|text|kv",
		looks: "hs_code|amount|invoice_no|container|bill_of_lading|weight|company|company_person|vat_id|locode|date|tracking|gst_cnpj",
		msgs:  "commercial invoice generated|entry filed with broker|duties assessed|held for inspection|released by customs|importer of record confirmed",
		keys:  map[string]string{"name": "consignee_name|importer_of_record|receiver", "cn_id": "consignee_id_no|receiver_id|身份证号码|id_number", "address": "consignee_address|receiver_address"}},
	{name: "rma", sources: "returns_portal|warranty_claim|refund_worker",
		kinds: "name|email|phone|address|card|iban", forms: "field|json|form|url|text|change|csv|block",
		looks: "rma_no|amazon_order|shopify_order|ebay_order|serial|model_no|product|amount|date|tracking|status|brand",
		msgs:  "return authorised|warranty claim opened|refund issued|item received and inspected|claim rejected: out of warranty",
		keys:  map[string]string{"iban": "refund_iban|iban|bank_account", "card": "refund_card|card_number|original_payment_card"}},
	{name: "helpdesk", sources: "zendesk|freshdesk|gorgias",
		kinds: "name|email|phone|address|card|iban|cn_id|credential", forms: "json|json2|field|text|mime|block|header|change",
		looks: "ticket_id|amazon_order|shopify_order|rma_no|tracking|product|amount|date|uuid|job_title|brand|status",
		msgs:  "ticket.created|ticket.updated|comment added|macro applied|satisfaction rating received|ticket merged",
		keys:  map[string]string{"name": "requester.name|requester_name|customer.name|author", "email": "requester.email|from_email|customer.email|via.source.from.address", "phone": "requester.phone|phone|callback_number"}},
	{name: "callcenter", sources: "ivr|stt_transcript|agent_notes",
		kinds: "name|phone|email|address|card|iban|cn_id|credential", forms: "transcript|text|field|kv|json",
		looks: "ticket_id|amazon_order|tracking|amount|duration|date|time|uuid|product",
		msgs:  "call transcribed|IVR menu selection|agent wrap-up note saved|callback scheduled|call transferred to queue returns",
		keys:  map[string]string{"phone": "caller_number|ani|callback_number|from", "name": "caller_name|customer", "credential": "otp|verification_code|pin"}},
	{name: "ocr", sources: "invoice_ocr|id_scan|delivery_note_scan",
		kinds: "name|address|phone|email|iban|card|cn_id", forms: "ocr|block|json|field",
		looks: "invoice_no|amount|date|vat_id|company|po_number|hs_code|gtin|weight",
		msgs:  "document OCR completed|low confidence fields|scan attached to vendor bill|ID scan verified",
		keys:  map[string]string{"name": "extracted.name|holder|bill_to", "address": "extracted.address|bill_to_address"}},
	{name: "mail", sources: "mime_ingest|imap_poller|inbound_parse",
		kinds: "name|email|phone|address|card|credential", forms: "mime|header|text|block|field|json2",
		looks: "ticket_id|amazon_order|uuid|date|amount|tracking|hostname|ipv4|rma_no",
		msgs:  "inbound message parsed|message routed to queue|bounce processed|attachment stored|auto-reply sent",
		keys:  map[string]string{"name": "from_name|sender|display_name", "email": "from|reply_to|sender_email|envelope_from"}},
	{name: "payroll", sources: "payslip_run|bank_transfer_file|hr_master|timesheet",
		kinds: "name|iban|address|phone|email|cn_id|credential", forms: "csv|block|field|json|kv|change|ocr|segment",
		looks: "employee_id|amount|date|gl_account|job_title|place_person|company|hash|status",
		msgs:  "payslip generated|SEPA credit transfer file created|employee record updated|overtime approved|payroll run closed",
		keys:  map[string]string{"name": "employee_name|Name|payee", "iban": "employee_iban|salary_account|CdtrAcct.IBAN", "cn_id": "employee_id_card|身份证|id_no", "credential": "payroll_portal_password|sftp_pass|bank_api_secret"}},
	{name: "fieldsvc", sources: "technician_visit|install_booking|repair_dispatch",
		kinds: "name|phone|address|email|credential", forms: "field|text|json|form|url|block|transcript",
		looks: "ticket_id|serial|model_no|product|time|date|employee_id|duration|amount|brand",
		msgs:  "technician dispatched|visit completed|customer not at home|part replaced|appointment rescheduled",
		keys:  map[string]string{"address": "site_address|visit_address|location", "credential": "door_code|wifi_password|gate_pin"}},
	{name: "sso", sources: "saml_assertion|oidc_login|b2b_portal",
		kinds: "name|email|credential|phone", forms: "header|kv|field|json|json2|segment|url",
		looks: "saml_id|uuid|ipv4|hostname|date|version|company|job_title|status",
		msgs:  "SAML response validated|user provisioned from IdP|login succeeded|token refreshed|attribute mapping applied",
		keys:  map[string]string{"name": "displayName|givenName_sn|cn|name", "email": "NameID|mail|upn|email", "credential": "client_secret|SAMLResponse_signing_key|refresh_token|id_token_secret", "phone": "telephoneNumber|mobile"}},
	{name: "audit", sources: "admin_audit|backoffice_activity",
		kinds: "name|email|phone|address|iban|card|credential", forms: "change|field|json|kv|text",
		looks: "uuid|employee_id|ipv4|date|shopify_order|amazon_order|ticket_id|job_title|status",
		msgs:  "customer profile changed|address book entry edited|payout account changed|API credential rotated|order contact updated"},
	{name: "applog", sources: "python_logging|log4j|slog_text|slog_json|rails|laravel|serilog|pino",
		kinds: "name|email|phone|address|card|iban|cn_id|credential", forms: "kv|text|json|json2|url|form|header|field|csv",
		looks: "trace_id|uuid|version|duration|status|hostname|ipv4|amount|shopify_order|tiktok_order|amazon_order|epoch_ms|hash|sku",
		msgs:  "request completed|job failed, will retry|validation error|upstream timeout|cache miss|webhook delivered"},
	{name: "syslog", sources: "rsyslog|journald",
		kinds: "email|credential|phone|name|card|address", forms: "kv|text|header|url",
		looks: "hostname|ipv4|duration|version|status|hash|uuid|mac",
		msgs:  "postfix/smtp: status=sent|cron job finished|sshd accepted publickey|backup completed|sftp upload done"},
}

var allForms = split("field|text|json|json2|url|form|kv|header|csv|block|segment|mime|ocr|transcript|change")

func (c *ctxDef) key(g *gen, kind string) string {
	if k, ok := c.keys[kind]; ok && g.chance(0.75) {
		return g.pickS(k)
	}
	if k, ok := defaultKeys[kind]; ok {
		return g.pickS(k)
	}
	return kind
}

func kindLabel(lx [13]string, kind string) string {
	switch kind {
	case "name":
		return lx[0]
	case "phone":
		return lx[1]
	case "email":
		return lx[2]
	case "address":
		return lx[3]
	case "iban":
		return lx[10] + " IBAN"
	case "card":
		return lx[11]
	case "cn_id":
		return lx[12]
	}
	return "password"
}

func humanKey(k string) string {
	k = strings.ReplaceAll(k, "_", " ")
	return strings.ReplaceAll(k, ".", " ")
}
