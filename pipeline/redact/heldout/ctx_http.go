package heldout

import (
	"fmt"
	"net/url"
	"strings"
)

func init() {
	register("access_log", 1, genAccessLog)
	register("curl", 1, genCurl)
}

var userAgents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
	"okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0", "Shopify-Captain-Hook", "Lazada-OpenPlatform/1.0", "axios/1.6.8",
}

// q URL-encodes a planted value as a query parameter (spaces as '+').
func (g *G) q(kind, v string) string { return g.PS(kind, v, url.QueryEscape(v)) }

// q20 URL-encodes with %20 for spaces (what JavaScript's encodeURIComponent does).
func (g *G) q20(kind, v string) string {
	return g.PS(kind, v, strings.ReplaceAll(url.QueryEscape(v), "+", "%20"))
}

func (g *G) clfTime() string { return g.L("time", g.when().Format("02/Jan/2006:15:04:05 -0700")) }

func genAccessLog(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	user := "-"
	method := "GET"
	var path, ref string
	ref = "-"
	switch g.n(11) {
	case 0:
		g.setVariant("search_by_email")
		path = "/api/v1/orders/search?email=" + g.q(KEmail, p.Email) + "&page=" + g.num(1, 9) + "&per_page=50"
	case 1:
		g.setVariant("track_form")
		path = "/track?order=" + url.QueryEscape(g.orderRef()) + "&name=" + g.q(KName, p.Name) + "&phone=" + g.q(KPhone, p.Phone)
	case 2:
		g.setVariant("psp_callback_pan")
		pan, _ := g.card()
		path = "/payment/callback?order_id=" + g.lazadaOrder() + "&pan=" + g.P(KCard, pan) + "&amount=" + g.L("amount", g.num(1000, 9999999)) + "&currency=" + g.pick("IDR", "THB", "MYR", "PHP", "VND") + "&status=settlement"
	case 3:
		g.setVariant("shopee_signed_url")
		tok := g.cred("shopee_token")
		sig := g.cred("hmac")
		path = "/api/v2/order/get_order_detail?partner_id=" + g.num(1000000, 2999999) + "&timestamp=" + g.epochS() + "&access_token=" + g.P(KCred, tok.Value) + "&shop_id=" + g.shopeeShopID() + "&sign=" + sig.Value + "&order_sn_list=" + g.shopeeOrder()
	case 4:
		g.setVariant("lazada_signed_url")
		tok := g.cred("lazada_token")
		sig := g.cred("hmac")
		path = "/rest/orders/get?app_key=" + g.num(100000, 999999) + "&timestamp=" + g.epochMs() + "&access_token=" + g.P(KCred, tok.Value) + "&sign_method=sha256&sign=" + strings.ToUpper(sig.Value) + "&created_after=" + url.QueryEscape(g.iso())
	case 5:
		g.setVariant("basic_auth_user_email")
		user = g.P(KEmail, p.Email)
		path = "/admin/api/2024-07/orders/" + g.shopifyOrderID() + ".json"
	case 6:
		g.setVariant("referer_checkout")
		method = "POST"
		path = "/api/checkout/confirm"
		ref = "https://shop.acme-retail.com/checkout?step=contact&email=" + g.q20(KEmail, p.Email) + "&phone=" + g.q20(KPhone, p.Phone)
	case 7:
		g.setVariant("email_in_path")
		path = "/v1/customers/" + g.PS(KEmail, p.Email, url.PathEscape(p.Email)) + "/orders?status=" + g.pick("open", "shipped", "any")
	case 8:
		g.setVariant("address_autocomplete")
		path = "/address/autocomplete?q=" + g.q(KAddr, p.Addr.Line1) + "&country=" + loc.CC + "&correlation_id=" + g.uuid()
	case 9:
		g.setVariant("oauth_client_secret")
		method = "POST"
		s := g.cred(g.pick("api_key", "lazada_secret", "tiktok_secret"))
		path = "/oauth/token?grant_type=client_credentials&client_id=" + g.uuid() + "&client_secret=" + g.P(KCred, s.Value)
	default:
		g.setVariant("unsubscribe_link")
		path = "/newsletter/unsubscribe?e=" + g.q(KEmail, p.Email) + "&n=" + g.q(KName, p.Name) + "&t=" + g.epochS()
	}
	status := g.status()
	line := fmt.Sprintf("%s - %s [%s] \"%s %s HTTP/%s\" %s \"%s\" \"%s\"", g.ipv4(), user, g.clfTime(), method, path, g.pick("1.1", "1.1", "2.0"), g.L("status", status+" "+g.num(0, 90000)), ref, pickOf(g, userAgents))
	if g.chance(0.3) {
		line += " rt=" + fmt.Sprintf("%d.%03d", g.rng(0, 9), g.n(1000)) + " uct=\"0.000\""
	}
	switch g.n(3) {
	case 0:
		return g.ev("nginx", "info", line, "event.dataset", "nginx.access")
	case 1:
		return g.ev("apache", "info", "access", "event.original", line, "http.response.status_code", Num(status))
	}
	return O{"@timestamp", g.when().Format("2006-01-02T15:04:05.000Z"), "message", line, "log.file.path", "/var/log/nginx/access.log", "agent.type", "filebeat"}
}

func shq(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func genCurl(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var cmd string
	switch g.n(7) {
	case 0:
		g.setVariant("shopee_ship_order")
		tok, sig := g.cred("shopee_token"), g.cred("hmac")
		u := "https://partner.shopeemobile.com/api/v2/logistics/ship_order?partner_id=" + g.num(1000000, 2999999) + "&timestamp=" + g.epochS() + "&access_token=" + g.P(KCred, tok.Value) + "&shop_id=" + g.shopeeShopID() + "&sign=" + sig.Value
		body := J(O{"order_sn", g.shopeeOrder(), "pickup", O{"address_id", Num(g.num(1000, 999999)), "pickup_time_id", g.epochS()}, "recipient", O{"name", g.P(KName, p.Name), "phone", g.P(KPhone, p.Phone)}})
		cmd = "curl -X POST '" + u + "' -H 'Content-Type: application/json' -d '" + body + "'"
	case 1:
		g.setVariant("stripe_form")
		sk := g.cred("stripe_sk")
		cmd = "curl https://api.stripe.com/v1/customers -u " + g.PP(KCred, sk.Value, sk.Public) + ": -d email=" + g.P(KEmail, p.Email) + " --data-urlencode " + shq("name="+g.P(KName, p.Name)) + " --data-urlencode " + shq("phone="+g.P(KPhone, p.Phone)) + " -d \"metadata[order_id]=" + g.orderRef() + "\""
	case 2:
		g.setVariant("bearer_header_query")
		c := g.cred(g.pick("jwt", "bearer", "tiktok_token"))
		cmd = "curl -sS -H 'Authorization: Bearer " + g.PP(KCred, c.Value, c.Public) + "' -H 'Accept: application/json' 'https://api.acme-retail.com/v2/orders?buyer_email=" + g.q(KEmail, p.Email) + "&since=" + g.epochMs() + "'"
	case 3:
		g.setVariant("amazon_rdt")
		c := g.cred("lwa_access")
		cmd = "curl --location 'https://sellingpartnerapi-" + g.pick("na", "eu", "fe") + ".amazon.com/orders/v0/orders/" + g.amazonOrder() + "/address' --header 'x-amz-access-token: " + g.PP(KCred, c.Value, c.Public) + "' --header 'x-amz-date: " + g.when().Format("20060102T150405Z") + "'"
	case 4:
		g.setVariant("erp_basic_json")
		pw := g.cred("password").Value
		cmd = "curl -u " + shq("integration:"+g.P(KCred, pw)) + " -X POST https://erp.acme-retail.internal/api/v1/vendors -H 'Content-Type: application/json' -d '" + J(O{"name", g.P(KName, p.Name), "iban", g.P(KIBAN, g.iban(ibanCC(g, loc))), "email", g.P(KEmail, p.Email)}) + "'"
	case 5:
		g.setVariant("tiktok_query_token")
		c, s := g.cred("tiktok_token"), g.cred("hmac")
		cmd = "curl 'https://open-api.tiktokglobalshop.com/order/202309/orders/" + g.tiktokOrder() + "?app_key=" + g.str("0123456789abcdefghijklmnopqrstuvwxyz", 13) + "&timestamp=" + g.epochS() + "&shop_cipher=" + g.str(alnumSet, 24) + "&sign=" + s.Value + "' -H 'x-tts-access-token: " + g.PP(KCred, c.Value, c.Public) + "'"
	default:
		g.setVariant("psp_charge_json")
		pan, _ := g.card()
		k := g.cred("api_key")
		cmd = "curl -X POST https://api.psp.example/v1/charges -H 'X-Api-Key: " + g.P(KCred, k.Value) + "' -H 'Idempotency-Key: " + g.uuid() + "' --data-raw '" + J(O{"amount", Num(g.num(100, 99999)), "currency", g.pick("EUR", "USD", "SGD"), "card", O{"number", g.P(KCard, pan), "exp_month", g.rng(1, 12), "exp_year", g.rng(2025, 2031), "cvc", g.digits(3)}, "billing", O{"name", g.P(KName, p.Name), "line1", g.P(KAddr, p.Addr.Line1)}}) + "'"
	}
	if g.chance(0.5) {
		return g.ev(g.svc(), "debug", "request failed with "+g.L("status", "HTTP "+g.status())+", replay with: "+cmd)
	}
	return g.ev(g.svc(), "debug", "outgoing request", "http.request.curl", cmd, "http.response.status_code", Num(g.status()))
}
