package sixteentheval

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
)

// tmpl writes one line of a context for a person of the current locale.
type tmpl struct {
	id string
	fn func(g *gen, p *person) (text string, event bool)
}

func chat(x phrases) []string    { return x.chat }
func review(x phrases) []string  { return x.review }
func survey(x phrases) []string  { return x.survey }
func request(x phrases) []string { return x.request }

func (g *gen) ev(pairs ...kv) string {
	return obj(append([]kv{{"@timestamp", g.ts()}}, pairs...)...)
}

func (g *gen) cardP(form string) string {
	digits, written, _ := g.card()
	g.P("card", form, digits)
	return written
}

func (g *gen) ibanP(form, cc string) string {
	compact, written := g.iban(cc)
	g.P("iban", form, compact)
	return written
}

func (g *gen) secretP(form string) (label, v string) {
	label, v = g.secret()
	g.P("credential", form, v)
	return label, v
}

// famP writes a family name alone (a last-name field), recording it when it
// holds a part a reader could use.
func (g *gen) famP(form string, p *person) string {
	var parts []string
	for _, x := range p.parts {
		if strings.Contains(p.family, x) {
			parts = append(parts, x)
		}
	}
	if len(parts) == 0 && len([]rune(p.family)) >= 2 {
		parts = []string{p.family}
	}
	if len(parts) > 0 {
		g.P("name", form, p.family, parts...)
	}
	return p.family
}

func (g *gen) otpP(form string) string { return g.P("credential", form, d(g, 6)) }

var contexts = map[string][]tmpl{
	"email_marketing": {
		{"klaviyo_bounce", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "klaviyo-webhooks"}, kv{"event.action", g.pick("email.bounced", "email.dropped", "profile.unsubscribed")},
				kv{"profile.email", g.P("email", "field", p.email)}, kv{"profile.first_name", p.given}, kv{"profile.last_name", g.famP("field", p)},
				kv{"profile.phone_number", g.P("phone", "field", p.phone)}, kv{"campaign.id", g.look("campaign_id")},
				kv{"message", "hard bounce for " + g.P("email", "text", p.email) + " on " + g.look("campaign_id") + " (" + g.look("holiday") + " send)"}), true
		}},
		{"mailchimp_form", func(g *gen, p *person) (string, bool) {
			return "POST /hooks/mailchimp type=" + g.pick("unsubscribe", "profile", "upemail", "cleaned") + "&fired_at=" + qe(g.look("date")) +
				"&data%5Bemail%5D=" + qe(g.P("email", "form", p.email)) + "&data%5Bmerges%5D%5BFNAME%5D=" + qe(p.given) +
				"&data%5Bmerges%5D%5BLNAME%5D=" + qe(g.famP("form", p)) + "&data%5Bmerges%5D%5BPHONE%5D=" + qe(g.P("phone", "form", p.phone)) +
				"&data%5Blist_id%5D=" + g.rs(hexd, 10) + " status=" + g.look("status"), false
		}},
		{"braze_merge_diff", func(g *gen, p *person) (string, bool) {
			old := g.person()
			return g.ev(kv{"service", "braze-sync"}, kv{"level", "info"}, kv{"user.external_id", g.look("ulid")},
				kv{"message", fmt.Sprintf("profile merge: email changed from %s to %s; phone changed from %s to %s (trace %s)",
					g.P("email", "diff", old.email), g.P("email", "diff", p.email), g.P("phone", "diff", old.phone), g.P("phone", "diff", p.phone), g.look("trace_id"))}), true
		}},
		{"brevo_json_str", func(g *gen, p *person) (string, bool) {
			inner := obj(kv{"event", g.pick("hard_bounce", "unsubscribed", "spam", "delivered")}, kv{"email", g.P("email", "json_str", p.email)}, kv{"id", num(g, 100000, 999999)},
				kv{"date", g.look("date")}, kv{"message-id", "<" + g.rs(alnum, 20) + "@smtp-relay.mailin.fr>"}, kv{"contact_name", g.P("name", "json_str", p.full, p.parts...)}, kv{"tag", g.look("campaign_id")})
			return g.ev(kv{"service", "brevo-hook"}, kv{"http.request.body.content", inner}, kv{"http.response.status_code", g.look("status")}), true
		}},
		{"rendered_template", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("INFO renderer: template=welcome_%s lang=%s rendered subject=%q body=%q", g.look("version"), g.loc.code,
				"Welcome, "+p.given+"! 10% off "+g.look("product"),
				"Dear "+g.P("name", "template", p.full, p.parts...)+", we will ship your "+g.look("brand")+" order to "+g.P("address", "template", p.address, p.addrParts...)+"."), false
		}},
		{"klaviyo_auth_header", func(g *gen, p *person) (string, bool) {
			key := "pk_" + g.rs(hexd, 34)
			g.P("credential", "header", key)
			return fmt.Sprintf("DEBUG http: POST https://a.klaviyo.com/api/profile-import/ headers={Authorization: Klaviyo-API-Key %s, revision: 2026-01-15, X-Request-Id: %s} body={\"data\":{\"attributes\":{\"email\":\"%s\",\"phone_number\":\"%s\"}}}",
				key, g.look("uuid"), g.P("email", "json_str", p.email), g.P("phone", "json_str", p.phone)), false
		}},
	},
	"sms_marketing": {
		{"twilio_status_query", func(g *gen, p *person) (string, bool) {
			body := "Your verification code is " + g.otpP("query") + ". Reply STOP to opt out"
			return "GET /sms/status?MessageSid=SM" + g.rs(hexd, 32) + "&To=" + qe(g.P("phone", "query", p.phone)) + "&From=%2B1" + d(g, 10) +
				"&Body=" + qe(body) + "&SmsStatus=delivered HTTP/1.1 " + g.look("status"), false
		}},
		{"stop_text", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("attentive: keyword %s received from %s, subscriber %s unsubscribed from %s", g.pick("STOP", "UNSUBSCRIBE", "ARRET", "BAJA"),
				g.P("phone", "text", p.phone), g.P("name", "text", p.full, p.parts...), g.look("campaign_id")), false
		}},
		{"sms_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "sms-gateway"}, kv{"sms.to", g.P("phone", "field", p.phone)},
				kv{"sms.body", "Hi " + p.given + ", your " + g.look("product") + " ships to " + g.P("address", "text", p.address, p.addrParts...) + " total " + g.look("amount")},
				kv{"sms.segments", num(g, 1, 3)}, kv{"order.id", g.look("amazon_order")}), true
		}},
		{"otp_native", func(g *gen, p *person) (string, bool) {
			code := g.otpP("text")
			msg := map[string]string{"ja": "認証コードは" + code + "です", "ko": "인증번호는 [" + code + "] 입니다", "zh": "您的验证码是" + code + "，5分钟内有效",
				"vi": "Mã xác minh của bạn là " + code, "th": "รหัส OTP ของคุณคือ " + code, "id": "Kode verifikasi Anda: " + code, "ru": "Код подтверждения: " + code,
				"de": "Ihr Bestätigungscode lautet " + code, "es": "Tu código de verificación es " + code, "pt": "Seu código de verificação é " + code, "fr": "Votre code de vérification est " + code}[g.loc.lang]
			if msg == "" {
				msg = "Your verification code is " + code
			}
			return fmt.Sprintf("sms.outbound to=%s template=otp_login text=%q provider=%s", g.P("phone", "kv", p.phone), msg, g.pick("twilio", "vonage", "infobip", "sinch")), false
		}},
	},
	"reviews": {
		{"trustpilot_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "trustpilot-sync"}, kv{"review.id", g.rs(hexd, 24)}, kv{"review.stars", num(g, 1, 5)},
				kv{"consumer.displayName", g.P("name", "field", p.full, p.parts...)}, kv{"review.text", g.phrase(review, p, "text")},
				kv{"reply.text", "Hi " + p.given + ", thanks for shopping " + g.look("brand") + "! Order " + g.look("shopify_order")}, kv{"product.sku", g.look("sku")}), true
		}},
		{"judgeme_csv", func(g *gen, p *person) (string, bool) {
			return strings.Join([]string{g.look("date"), strconv.Itoa(num(g, 1, 5)), csvq(g.phrase(review, p, "csv")), csvq(g.P("name", "csv", p.full, p.parts...)),
				g.P("email", "csv", p.email), g.look("shopify_id"), g.look("sku"), "web"}, ","), false
		}},
		{"yotpo_kv", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("level=info app=yotpo-bridge msg=\"review created\" review_id=%s user_name=%q user_email=%s product=%q score=%d ip=%s",
				d(g, 9), g.P("name", "kv", p.full, p.parts...), g.P("email", "kv", p.email), g.look("product"), num(g, 1, 5), g.look("ipv4")), false
		}},
		{"review_partial", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("review %s published as %q (full_name=%q, email=%s / %s) for %s", g.look("uuid"), string([]rune(p.given)[:1])+". "+string([]rune(p.family)[:1])+".",
				g.P("name", "partial", p.full, p.parts...), maskPartial(p.email), g.P("email", "partial", p.email), g.look("model")), false
		}},
		{"seller_reply", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "marketplace-reviews"}, kv{"marketplace", g.pick("amazon", "mercadolibre", "allegro", "ebay")},
				kv{"order_id", g.look(g.pick("amazon_order", "meli_order", "allegro_order", "ebay_order"))},
				kv{"message", "seller reply posted to review by " + g.P("name", "text", p.full, p.parts...) + ": we will send a replacement to " + g.P("address", "text", p.address, p.addrParts...) + " (total " + g.look("amount") + ")"}), true
		}},
	},
	"social_commerce": {
		{"tiktok_live_order", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "tiktok-shop"}, kv{"live.room_id", d(g, 19)}, kv{"order.id", g.look("tiktok_order")},
				kv{"recipient_address.name", g.P("name", "field", p.full, p.parts...)}, kv{"recipient_address.phone_number", g.P("phone", "field", p.phone)},
				kv{"recipient_address.full_address", g.P("address", "field", p.address, p.addrParts...)}, kv{"payment.total", g.look("amount")}, kv{"sku", g.look("sku")}), true
		}},
		{"wechat_mini", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("[miniprogram] 下单成功 openid=o6_bm%s 收件人:%s 电话:%s 地址:%s 商品:%s 金额:%s", g.rs(alnum, 22), g.P("name", "text", p.full, p.parts...),
				g.P("phone", "text", p.phone), g.P("address", "text", p.address, p.addrParts...), g.look("product"), g.look("amount")), false
		}},
		{"instagram_json2", func(g *gen, p *person) (string, bool) {
			inner := obj(kv{"buyer", rawJSON(obj(kv{"name", g.P("name", "json2", p.full, p.parts...)}, kv{"email", g.P("email", "json2", p.email)}, kv{"phone", g.P("phone", "json2", p.phone)}))},
				kv{"shipping", rawJSON(obj(kv{"address1", g.P("address", "json2", p.address, p.addrParts...)}))}, kv{"order_id", g.look("shopify_id")})
			payload := obj(kv{"object", "instagram_checkout"}, kv{"entry", inner})
			return g.ev(kv{"service", "ig-shopping"}, kv{"queue.payload", obj(kv{"body", payload})}, kv{"trace.id", g.look("trace_id")}), true
		}},
		{"live_card_split", func(g *gen, p *person) (string, bool) {
			digits, _, brand := g.card()
			g.P("card", "split", digits)
			cut := 8
			return fmt.Sprintf("live-checkout DEBUG payment attempt for session %s\n  brand=%s pan=%s\n      %s exp=%02d/%d\n  amount=%s", g.look("uuid"), brand,
				digits[:4]+" "+digits[4:cut], grp4(digits[cut:]), num(g, 1, 12), num(g, 27, 31), g.look("amount")), false
		}},
		{"shopee_chat_order", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "shopee-chat"}, kv{"order_sn", g.look("shopee_order")}, kv{"message.content", g.phrase(chat, p, "text")},
				kv{"buyer.username", strings.ToLower(fold(p.rgiven)) + d(g, 3)}), true
		}},
		{"card_body", func(g *gen, p *person) (string, bool) {
			body := `{"card":{"number":"` + g.cardP("json_str") + `","exp":"0` + strconv.Itoa(num(g, 1, 9)) + `/30"},"amount":"` + g.look("amount") + `"}`
			return g.ev(kv{"service", "live-pay"}, kv{"http.request.body.content", body}, kv{"order.id", g.look("tiktok_order")}), true
		}},
	},
	"messaging": {
		{"whatsapp_webhook", func(g *gen, p *person) (string, bool) {
			wa := onlyDigits(asciiDigits(p.phone))
			return g.ev(kv{"service", "whatsapp-business"}, kv{"contacts", rawJSON(`[` + obj(kv{"wa_id", g.P("phone", "field", wa)}, kv{"profile", rawJSON(obj(kv{"name", g.P("name", "field", p.full, p.parts...)}))}) + `]`)},
				kv{"messages.text.body", g.phrase(chat, p, "text")}, kv{"messages.id", "wamid." + g.rs(alnum, 40)}), true
		}},
		{"line_transcript", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("LINE OA chat %s\n[%02d:%02d] %s: %s\n[%02d:%02d] %s: %s", g.look("uuid"), num(g, 8, 22), num(g, 0, 59), g.P("name", "multiline", p.full, p.parts...),
				g.phrase(chat, p, "multiline"), num(g, 8, 22), num(g, 0, 59), g.look("brand")+" CS", "ok! order "+g.look("shopee_order")), false
		}},
		{"kakao_zalo_kv", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("%s inbound channel=%s from_name=%s from_phone=%s text=%q", g.ts(), g.pick("kakaotalk", "zalo", "line", "messenger"),
				g.P("name", "kv", p.full, p.parts...), g.P("phone", "kv", p.phone), g.phrase(chat, p, "kv")), false
		}},
		{"chat_otp_answer", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("chat %s turn=%d role=customer text=\"the code I got is %s, also my email is %s\"", g.look("ulid"), num(g, 2, 9), g.otpP("text"), g.P("email", "text", p.email)), false
		}},
	},
	"affiliate": {
		{"payout_csv", func(g *gen, p *person) (string, bool) {
			return strings.Join([]string{"@" + strings.ToLower(fold(p.rgiven)) + "." + g.rs("abcdefghijklmnopqrstuvwxyz", 4), csvq(g.P("name", "csv", p.full, p.parts...)), g.P("email", "csv", p.email),
				g.ibanP("csv", g.loc.iban), g.look("amount"), g.look("date"), g.look("campaign_id")}, ";"), false
		}},
		{"bank_diff", func(g *gen, p *person) (string, bool) {
			a := g.ibanP("diff", g.loc.iban)
			b := g.ibanP("diff", "")
			return fmt.Sprintf("WARN affiliate-payouts: payout account for creator %s changed from %s to %s (holder: %s) by %s", g.look("ulid"), a, b, g.P("name", "diff", p.full, p.parts...), g.look("job_title")), false
		}},
		{"payout_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "impact-payouts"}, kv{"payout.iban", g.ibanP("field", g.loc.iban)}, kv{"payout.account_holder", g.P("name", "field", p.full, p.parts...)},
				kv{"payout.amount", g.look("amount")}, kv{"tax.form", g.pick("W-8BEN", "W-9", "DAC7")}, kv{"tax.address", g.P("address", "field", p.address, p.addrParts...)}, kv{"partner.id", g.look("uuid")}), true
		}},
		{"tax_form_text", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("taxform submitted: legal name %s, permanent residence %s, email %s, form %s, status %s", g.P("name", "text", p.full, p.parts...),
				g.P("address", "text", p.address, p.addrParts...), g.P("email", "text", p.email), g.pick("W-8BEN", "W-9"), g.look("status")), false
		}},
	},
	"cdp": {
		{"profile_merge", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "segment-identity"}, kv{"traits.email", g.P("email", "field", p.email)}, kv{"traits.phone", g.P("phone", "field", p.phone)},
				kv{"traits.name", g.P("name", "field", p.full, p.parts...)}, kv{"traits.address.street", g.P("address", "field", p.address, p.addrParts...)},
				kv{"match_keys.em_sha256", g.rs(hexd, 64)}, kv{"profile.id", g.look("ulid")}, kv{"message", "merged 3 profiles into " + g.look("uuid")}), true
		}},
		{"audience_export", func(g *gen, p *person) (string, bool) {
			sample := obj(kv{"em", g.rs(hexd, 64)}, kv{"ph", g.P("phone", "json_str", onlyDigits(asciiDigits(p.phone)))}, kv{"ln", g.famP("json_str", p)})
			return fmt.Sprintf("INFO audience-sync exported %s to %s rows=%d sample=%s", g.look("campaign_id"), g.pick("meta", "tiktok", "google"), num(g, 100, 90000), sample), false
		}},
		{"identity_text", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("identity resolved: %s ~ %s (rule email_phone_exact) -> profile %s, last seen %s", g.P("email", "text", p.email), g.P("phone", "text", p.phone), g.look("ulid"), g.look("date")), false
		}},
		{"cdp_card_kv", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("enrich: customer_name=%q payment_fingerprint=%s card_number=%s order_number=%s", g.P("name", "kv", p.full, p.parts...), g.rs(hexd, 16), g.cardP("kv"), g.look("shopify_id")), false
		}},
	},
	"privacy": {
		{"dsar_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "privacy-center"}, kv{"request.type", g.pick("erasure", "access", "portability")}, kv{"request.regulation", g.pick("GDPR", "LGPD", "PDPA", "CCPA", "PIPL")},
				kv{"requester.name", g.P("name", "field", p.full, p.parts...)}, kv{"requester.email", g.P("email", "field", p.email)}, kv{"request.text", g.phrase(request, p, "text")}), true
		}},
		{"dsar_export_block", func(g *gen, p *person) (string, bool) {
			digits, written, _ := g.card()
			g.P("card", "multiline", digits)
			return fmt.Sprintf("DSAR export %s ready\n  subject: %s <%s>\n  addresses: %s\n  payment methods: %s (****%s)\n  orders: %s, %s", g.look("uuid"),
				g.P("name", "multiline", p.full, p.parts...), g.P("email", "multiline", p.email), g.P("address", "multiline", p.address, p.addrParts...), written, digits[len(digits)-4:],
				g.look("amazon_order"), g.look("ebay_order")), false
		}},
		{"consent_kv", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("consent.updated visitor=%s email=%s ip=%s analytics=granted ads=%s region=%s ts=%s", g.look("uuid"), g.P("email", "kv", p.email), g.look("ipv4"),
				g.pick("denied", "granted"), g.loc.code, g.look("epoch_ms_luhn")), false
		}},
		{"pipl_cnid", func(g *gen, p *person) (string, bool) {
			id := g.P("cn_id", "text", g.cnID())
			return fmt.Sprintf("个人信息查询申请 申请人:%s 身份证号:%s 手机:%s 受理编号:%s", g.P("name", "text", p.full, p.parts...), id, g.P("phone", "text", p.phone), g.look("sku")), false
		}},
		{"cnid_json", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "kyc-creator"}, kv{"creator.id_number", g.P("cn_id", "field", g.cnID())}, kv{"message", "实名认证通过 " + g.P("name", "text", p.full, p.parts...)}, kv{"order.id", g.look("lazada_order")}), true
		}},
	},
	"forms_surveys": {
		{"form_body", func(g *gen, p *person) (string, bool) {
			return "POST /contact form=" + "name=" + qe(g.P("name", "form", p.full, p.parts...)) + "&email=" + qe(g.P("email", "form", p.email)) + "&phone=" + qe(g.P("phone", "form", p.phone)) +
				"&message=" + qe(g.phrase(survey, p, "form")) + "&utm_campaign=" + g.look("campaign_id"), false
		}},
		{"survey_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "typeform-hook"}, kv{"form.id", g.rs(alnum, 8)}, kv{"answers.q1", g.pick("How can we reach you?", "Anything else?", "Wie können wir Sie erreichen?")},
				kv{"answers.a1", g.phrase(survey, p, "text")}, kv{"answers.nps", num(g, 0, 10)}, kv{"response.id", g.look("uuid")}), true
		}},
		{"survey_csv", func(g *gen, p *person) (string, bool) {
			return strings.Join([]string{g.look("uuid"), g.look("date"), csvq(g.phrase(survey, p, "csv")), strconv.Itoa(num(g, 0, 10)), g.look("product")}, ","), false
		}},
	},
	"bots": {
		{"dialogflow_slots", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "voicebot"}, kv{"intent", g.pick("update_address", "track_order", "change_contact")}, kv{"slots.address", g.P("address", "field", p.address, p.addrParts...)},
				kv{"slots.phone", g.P("phone", "field", p.phone)}, kv{"transcript", g.phrase(chat, p, "text")}, kv{"session", g.look("uuid")}), true
		}},
		{"bot_slot_card", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("bot[%s] slot captured: name=card_number value=%q confidence=0.%d order=%s", g.look("ulid"), g.cardP("kv"), num(g, 70, 99), g.look("amazon_order")), false
		}},
		{"bot_multiline", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("transcript %s\nbot> what name is the order under?\nuser> %s\nbot> and the delivery address?\nuser> %s\nbot> code sent to you?\nuser> %s",
				g.look("uuid"), g.P("name", "multiline", p.full, p.parts...), g.P("address", "multiline", p.address, p.addrParts...), g.otpP("multiline")), false
		}},
	},
	"experiments": {
		{"exposure_event", func(g *gen, p *person) (string, bool) {
			return g.ev(kv{"service", "optimizely-proxy"}, kv{"experiment", g.look("campaign_id")}, kv{"variant", g.pick("A", "B", "control")},
				kv{"user.attributes.email", g.P("email", "field", p.email)}, kv{"user.attributes.full_name", g.P("name", "field", p.full, p.parts...)}, kv{"version", g.look("version")}), true
		}},
		{"personalize_text", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("personalize: rendered hero %q for user=%s variant=%s banner=%q", "Welcome back, "+p.given+"!", g.P("email", "text", p.email), g.pick("B", "C"),
				g.look("holiday")+" deals on "+g.look("product")), false
		}},
		{"reco_query", func(g *gen, p *person) (string, bool) {
			return "GET /v1/recommendations?user_email=" + qe(g.P("email", "query", p.email)) + "&placement=pdp&sku=" + g.look("sku") + "&ship_to=" + qe(g.P("address", "query", p.address, p.addrParts...)) + " " + g.look("status"), false
		}},
	},
	"app_logs": {
		{"python_dict", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("2026-03-01 12:00:01,%03d ERROR [klaviyo_sync] upsert failed {'email': '%s', 'phone_number': '%s', 'first_name': '%s', 'last_name': '%s'}: HTTP %s",
				num(g, 0, 999), g.P("email", "text", p.email), g.P("phone", "text", p.phone), p.given, g.famP("text", p), g.look("status")), false
		}},
		{"java_warn", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("WARN  [http-nio-8080-exec-%d] c.s.m.ReviewService : reply failed for reviewer=%s email=%s reviewId=%s", num(g, 1, 40),
				g.P("name", "kv", p.full, p.parts...), g.P("email", "kv", p.email), g.look("uuid")), false
		}},
		{"zap_secret", func(g *gen, p *person) (string, bool) {
			key := g.pick("smtp_pass", "db_pass", "passphrase", "client_secret", "apikey", "x-api-key", "mailgun_key", "braze_rest_key")
			_, v := g.secretP("field")
			return g.ev(kv{"level", "error"}, kv{"logger", "mailer"}, kv{"msg", "smtp auth failed"}, kv{key, v}, kv{"user", g.P("email", "field", p.email)}, kv{"caller", "mail/send.go:" + strconv.Itoa(num(g, 20, 400))}), true
		}},
		{"node_winston", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("[winston] info: sms sent %s", obj(kv{"to", g.P("phone", "json_str", p.phone)}, kv{"name", g.P("name", "json_str", p.full, p.parts...)}, kv{"template", g.look("campaign_id")})), false
		}},
		{"ruby_inspect", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("#<Subscriber id: %d, email: %q, name: %q, phone: %q, created_at: %q>", num(g, 1000, 99999999), g.P("email", "text", p.email), g.P("name", "text", p.full, p.parts...),
				g.P("phone", "text", p.phone), g.look("date")), false
		}},
		{"php_secret_kv", func(g *gen, p *person) (string, bool) {
			label, v := g.secretP("kv")
			return fmt.Sprintf("[%s] production.DEBUG: config loaded %s=%s sender=%s", g.look("date"), label, v, g.look("company")), false
		}},
	},
	"infra": {
		{"cdn_access", func(g *gen, p *person) (string, bool) {
			_, tok := g.secretP("query")
			return fmt.Sprintf("%s - - [01/Mar/2026:10:%02d:%02d +0000] \"GET /unsubscribe?email=%s&token=%s&c=%s HTTP/1.1\" %s %d \"-\" \"%s\"", g.look("ipv4"), num(g, 0, 59), num(g, 0, 59),
				qe(g.P("email", "query", p.email)), qe(tok), g.look("campaign_id"), g.look("status"), num(g, 200, 9000), g.pick("Mozilla/5.0", "Klaviyo/1.0", "curl/8.5.0")), false
		}},
		{"waf_event", func(g *gen, p *person) (string, bool) {
			_, tok := g.secret()
			g.P("credential", "header", tok)
			return g.ev(kv{"service", "waf"}, kv{"url.original", "/api/subscribe?phone=" + qe(g.P("phone", "query", p.phone)) + "&src=ig"},
				kv{"http.request.headers.authorization", g.pick("Bearer ", "Bearer ") + tok}, kv{"source.ip", g.look("ipv4")}, kv{"rule.id", d(g, 6)}, kv{"http.response.status_code", g.look("status")}), true
		}},
		{"lambda_env_dump", func(g *gen, p *person) (string, bool) {
			_, v1 := g.secretP("kv")
			pw := g.P("credential", "kv", g.password())
			return fmt.Sprintf("START RequestId: %s Version: $LATEST\nENV dump: KLAVIYO_PRIVATE_KEY=%s DB_PASS=%s REGION=eu-west-1 RELEASE=%s\nEND RequestId", g.look("uuid"), v1, pw, g.look("version")), false
		}},
		{"queue_payload", func(g *gen, p *person) (string, bool) {
			return fmt.Sprintf("sqs receive queue=profile-updates id=%s body=%s", g.look("uuid"), obj(kv{"type", "profile.updated"}, kv{"email", g.P("email", "json_str", p.email)},
				kv{"address", g.P("address", "json_str", p.address, p.addrParts...)}, kv{"ts", g.look("epoch_ms_luhn")})), false
		}},
		{"conn_string", func(g *gen, p *person) (string, bool) {
			pw := g.P("credential", "text", g.password())
			return fmt.Sprintf("connecting to %s://crm_app:%s@db-%d.internal:5432/crm?sslmode=require (pool=%d)", g.pick("postgres", "mysql", "mongodb+srv", "amqp"), pw, num(g, 1, 9), num(g, 5, 50)), false
		}},
		{"basic_auth_header", func(g *gen, p *person) (string, bool) {
			b := base64.StdEncoding.EncodeToString([]byte(strings.ToLower(fold(p.rgiven)) + ":" + g.password()))
			g.P("credential", "header", b)
			return fmt.Sprintf("proxy: upstream=%s Authorization: Basic %s X-Trace-Id: %s", g.look("http_path"), b, g.look("trace_id")), false
		}},
	},
}

// clean lines: what most of a real stream is.
var cleanTmpls = []func(g *gen) (string, bool){
	func(g *gen) (string, bool) {
		return g.ev(kv{"service", "klaviyo-webhooks"}, kv{"event.action", "campaign.sent"}, kv{"campaign.id", g.look("campaign_id")}, kv{"recipients", num(g, 100, 90000)},
			kv{"message", g.look("holiday") + " campaign sent, " + g.look("amount") + " attributed revenue"}), true
	},
	func(g *gen) (string, bool) {
		return fmt.Sprintf("%s - - [01/Mar/2026:11:%02d:%02d +0000] \"GET %s HTTP/1.1\" %s %d", g.look("ipv4"), num(g, 0, 59), num(g, 0, 59), g.look("http_path"), g.look("status"), num(g, 100, 90000)), false
	},
	func(g *gen) (string, bool) {
		return fmt.Sprintf("order %s synced: sku=%s ean=%s qty=%d total=%s tracking=%s", g.look(g.pick("amazon_order", "shopify_order", "tiktok_order", "shopee_order", "lazada_order", "ebay_order", "meli_order", "allegro_order")),
			g.look("sku"), g.look("ean13"), num(g, 1, 9), g.look("amount"), g.look(g.pick("tracking_ups", "tracking_usps", "tracking_dhl", "tracking_sf", "tracking_jt"))), false
	},
	func(g *gen) (string, bool) {
		return g.ev(kv{"service", "reco"}, kv{"trace.id", g.look("trace_id")}, kv{"span.id", g.look("span_id")}, kv{"message", "model " + g.look("model") + " ranked " + g.look("product") + " first for " + g.look("place")},
			kv{"duration_ms", num(g, 1, 900)}), true
	},
	func(g *gen) (string, bool) {
		return fmt.Sprintf("deploy %s commit=%s by %s team, release %s, gtin=%s ts=%s", g.look("version"), g.look("commit_sha"), g.look("job_title"), g.look("date"), g.look("gtin14"), g.look("epoch_ms_luhn")), false
	},
	func(g *gen) (string, bool) {
		return fmt.Sprintf("review summary: %s rated %d.%d stars (%d reviews), brand %s, partner %s, best seller at %s", g.look("product"), num(g, 1, 4), num(g, 0, 9), num(g, 10, 9000), g.look("brand"), g.look("company"), g.look("place")), false
	},
	func(g *gen) (string, bool) {
		return fmt.Sprintf("listing_id=%s voucher_no=%s ref=%s ipv6=%s status=%s", g.look("id_phone_shape"), g.look("id_card_shape"), g.look("ulid"), g.look("ipv6"), g.look("status")), false
	},
	func(g *gen) (string, bool) {
		return g.ev(kv{"service", "affiliate"}, kv{"message", "payout batch " + g.look("uuid") + " total " + g.look("amount") + " for " + strconv.Itoa(num(g, 3, 400)) + " creators"},
			kv{"campaign", g.look("campaign_id")}, kv{"order.id", g.look("meli_order")}, kv{"tracking", g.look("tracking_usps")}), true
	},
}

func csvq(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func grp4(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+4, len(s))])
	}
	return b.String()
}
