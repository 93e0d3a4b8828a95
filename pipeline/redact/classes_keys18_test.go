package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Keys whose parts look like a PII or secret key but are about a thing
// (secret_name, secretRef, key_id, webhook_address, brand_owner,
// bot_user_key, auth_code of a card authorisation, access_key of an NF-e),
// and values whose shape their key's kind cannot have (a URL, a pointer or a
// geohash under an address key, a campaign's title under a name key).
// Real values of the same and of neighbouring keys stay masked. All values
// are made up.

// nfeKey18 returns a 44-digit NF-e access key from its first 43 digits,
// with its mod 11 check digit.
func nfeKey18(first43 string) string {
	sum, w := 0, 2
	for i := 42; i >= 0; i-- {
		sum += int(first43[i]-'0') * w
		if w++; w > 9 {
			w = 2
		}
	}
	d := 11 - sum%11
	if d >= 10 {
		d = 0
	}
	return first43 + string(rune('0'+d))
}

// nfe18 is a made-up access key: state 35, 2026-04, a fake tax id, model
// 55, series 001, number and code digits.
var nfe18 = nfeKey18("3526040000000000019955001000000123100000012")

// Class: a key whose last part names or points to a secret ("secret_name",
// "secretRef", "SECRET_ARN") holds the secret's name; an ARN's resource type
// ":secret:" is no key.
func TestKeys18SecretNamesSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	keys18StillMasked(t, r)
	keys18Idempotent(t, r)
	for _, s := range []string{
		`config loaded: secret_name=prod/db/payments status=ok`,
		"config loaded:\n  secretRef: kv/crm/qortex\n  folio: \"INV-2026-000001\"\n",
		"+ cat .env\nSECRETREF=projects/shop/secrets/zyxwv-token\nFLAG=x\n",
		`fail: Shop.Crash[0] Fatal Exception { SecretName = stripe-webhook, Id = 1 }`,
		`secret_id=arn:aws:secretsmanager:ap-southeast-1:000000000000:secret:qortex-db visitor_id=1`,
		`resolved arn:aws:secretsmanager:eu-west-1:000000000000:secret:orders/zyxwv for job 7`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("secret's name damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	for _, kv := range [][2]string{
		{"deploy.secret_name", "prod/db/payments"},
		{"secretRef", "kv/crm/qortex"},
		{"data.secret_id", "arn:aws:secretsmanager:ap-southeast-1:000000000000:secret:qortex"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if strings.Contains(f.Value.Str, "[REDACTED") {
			t.Errorf("field %s damaged: %s", f.Path, f.Value.Str)
		}
	}
}

// Class: a Razorpay key ("rzp_live_…") under a key that names a key's id
// ("key_id", "kid", "X-Key-Id") is Razorpay's public key id.
func TestKeys18PublicKeyIDsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`msg="BNPL plan created" kid=rzp_live_QXZ0000FAKE auth_code=FTK8BX fx_rate=4.5473`,
		"[config]\nkey_id = \"rzp_live_0000FAKEQX\"\n",
		"POST /v1/config HTTP/1.1\r\nX-Kid: rzp_live_ZZFAKE0000\r\nX-Id: 1\r\n",
		`headers=map[X-Key-Id:[rzp_test_FAKE00000Q] X-Ip:[10.0.0.1]]`,
		`request: paymentrequest { key_id: "rzp_live_FAKE0000ZQ" amount: 100 }`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("key id damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	ev.Fields = append(ev.Fields, event.Field{Path: "razorpay_key_id", Value: event.StringValue("rzp_live_FAKE0000QX")})
	r.Event(&ev)
	if v := ev.Fields[0].Value.Str; v != "rzp_live_FAKE0000QX" {
		t.Errorf("razorpay_key_id field damaged: %s", v)
	}
}

// Class: a Brazilian e-invoice's access key (44 digits with its mod 11
// check) under "access_key" is printed on the invoice, no secret.
func TestKeys18NFeAccessKeysSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`nfe-emitter: VAT invoice generated - folio=INV-2026/000001 access_key=` + nfe18,
		`<Buyer><AccessKey>` + nfe18 + `</AccessKey></Buyer>`,
		"amount,access_key,status\n12.00," + nfe18 + ",ok\n",
		`{ InvoiceNo = INV-2026-000001, AccessKey = ` + nfe18 + ` }`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("NF-e key damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	ev.Fields = append(ev.Fields, event.Field{Path: "nfe.access_key", Value: event.StringValue(nfe18)})
	r.Event(&ev)
	if v := ev.Fields[0].Value.Str; v != nfe18 {
		t.Errorf("access_key field damaged: %s", v)
	}
}

// Class: a card authorisation's approval code (six capitals and digits
// opening with a letter) under "auth_code" is no one-time code.
func TestKeys18ApprovalCodesSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`charge.succeeded auth_code=W61ZQD card_bin=400000`,
		"X-Auth-Code: FTK8BX\r\nX-Id: 1\r\n",
		`{"authorization_code":"N3E93A","amount":"10.00"}`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("approval code damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	ev.Fields = append(ev.Fields, event.Field{Path: "payment.auth_code", Value: event.StringValue("QZ4K2B")})
	r.Event(&ev)
	if v := ev.Fields[0].Value.Str; v != "QZ4K2B" {
		t.Errorf("auth_code field damaged: %s", v)
	}
}

// Class: under an address key, a URL, a memory address or a geohash is no
// postal address.
func TestKeys18AddressKeyThingsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`panicked at src/crash.rs:247:32: unexpected PaymentForm { addr: "0x7f424b309f25", ptr: "0x7f33f133659f" }`,
		`callbackAddress='ccmzcvt', geoHash='jeq7w648c'`,
		`headers=map[X-Callback-Address:[https://hooks.example.invalid/v1/qortex/l8qinifuit] X-Flag:[x]]`,
		`{"webhook_address":"https://hooks.example.invalid/v1/zyxwv/abc0000000","address":"6gzt988"}`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("address-key look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	for _, kv := range [][2]string{
		{"crash.addr", "0x7fbad40dd0b0"},
		{"crm.webhook_address", "https://hooks.example.invalid/v1/qortex/qswe6m7ey9"},
		{"geo.address", "tv4wy41"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if strings.Contains(f.Value.Str, "[REDACTED") {
			t.Errorf("field %s damaged: %s", f.Path, f.Value.Str)
		}
	}
}

// Class: under a name key, a campaign's or a product's title (a word of
// promotions or goods, or a size or version code after its first word) is
// no person's name.
func TestKeys18CampaignTitlesSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`display_name="Payday Sale Oct" status=ok`,
		`points credited - display_name=Winback 90d billing ok`,
		"@host hello\nname=Cart Abandonment v4\nwaybill JNT000000000000\n",
		`display_name=Glow Serum 30ml. discount_code: VIP50`,
		`headers=map[X-Display-Name:[Black Friday Early Access] X-Response-Code:[402]]`,
		`"HSET" "customer:1" "display_name" "Linen Shirt Relaxed Fit" "segment" "x"`,
		`INSERT INTO buyers (name, promo_code) VALUES ('Payday Sale Oct', 'LIVE50');`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("title damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	var ev event.Event
	for _, kv := range [][2]string{
		{"data.name", "Ramadan Kareem Bundle"},
		{"data.phone", "+44 20 7946 0000"},
		{"campaign.display_name", "Singles Day Flash 11.11"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	if v := ev.Fields[0].Value.Str; v != "Ramadan Kareem Bundle" {
		t.Errorf("data.name damaged: %s", v)
	}
	if v := ev.Fields[2].Value.Str; v != "Singles Day Flash 11.11" {
		t.Errorf("campaign.display_name damaged: %s", v)
	}
}

// Class: a key that names a brand's owner or a merchant's name
// holds a business's name, also one named after a person.
func TestKeys18BusinessKeysSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		"---\n  brand_owner: Tommy Hilfiger\n  folio: \"F2026000001\"\n",
		"POST /v1/crm HTTP/1.1\r\nX-Brand-Owner: Van Heusen\r\nContent-Type: application/json",
		`{ InvoiceNo = INV-2026-000001, BrandOwner = Ferrero Rocher, Id = 1 }`,
		"X-Merchant-Name: Dr. Martens\r\nX-Sender-Id: TOKO-ID\r\n",
		`segment="Dubai Mall" brand_owner="Dr. Martens" status=404`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("business damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

// Class: Kakao's "bot_user_key" and an invoice's code ("fapiao_code
// 0…", "<发票代码>") are ids, not a secret or a phone.
func TestKeys18IDsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		`msg="template message delivered" bot_user_key=a70de80972c8fo9p9bxw amount="137 kr"`,
		`{"botUserKey":"df76607ckryaa1lpjrog","chat.id":"-1000000000000"}`,
		`sdi-bridge: CFDI timbrado - fapiao_code 040000000001, total 10.00`,
		`<FapiaoCode>097000000003</FapiaoCode><发票代码>044800000006</发票代码>`,
		`"HSET" "k:1" "fapiao_code" "026000000007" "invoice_code" "075000000008"`,
		`(发票代码 070800000009)。ok`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("id damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

// keys18StillMasked checks that the same keys and their neighbours
// holding what they name stay masked.
func keys18StillMasked(t *testing.T, r *Redactor) {
	t.Helper()
	for _, c := range []struct{ in, gone string }{
		{`secret=Zq8k3Rw9Lp2Xv7Tn4Mc x=1`, "Zq8k3Rw9Lp2Xv7Tn4Mc"},
		{`client_secret: Kd93Hq7Lm2Vx8Rt5Pw`, "Kd93Hq7Lm2Vx8Rt5Pw"},
		{`SECRET_KEY=Fq2Wm8Kz4Lp7Rt9Xv3N`, "Fq2Wm8Kz4Lp7Rt9Xv3N"},
		{`razorpay_key=rzp_live_FAKE0000QXZZ12 x`, "rzp_live_FAKE0000QXZZ12"},
		{`api_key=rzp_live_FAKE0000QXZZ34 x`, "rzp_live_FAKE0000QXZZ34"},
		{`access_key=` + nfe18[:43] + `1 x`, nfe18[:43] + "1"},                     // a wrong check digit: not an NF-e key
		{`access_key=` + nfe18[:20] + "77" + nfe18[22:] + ` x`, nfe18[:20] + "77"}, // model 77: not an NF-e key
		{`auth_code=482913 sent`, "482913"},
		{`user_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0 x`, "9f8e7d6c5b4a39281706f5e4d3c2b1a0"},
		{`address="12 Depot Road, Springfield"`, "Depot Road"},
		{`addr: "Rua do Armazém 12, Lisboa"`, "Armazém"},
		{`display_name="Ana Fakeunder"`, "Fakeunder"},
		{`name=Maria Fakewalker billing ok`, "Fakewalker"},
		{`phone 081588230000 x`, "081588230000"},
		{`phone=+44 20 7946 0000`, "7946 0000"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.gone) {
			t.Errorf("value kept:\n in:  %s\n out: %s", c.in, got)
		}
	}
	var ev event.Event
	for _, kv := range [][2]string{
		{"stripe.secret", "Zq8k3Rw9Lp2Xv7Tn4Mc"},
		{"payment.auth_code", "482913"},
		{"ship.addr", "Itäinen Pitkäkatu 189, 38927 Kuopio"},
		{"buyer_name", "Ana Fakeunder"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if !strings.Contains(f.Value.Str, "[REDACTED") {
			t.Errorf("field %s kept: %s", f.Path, f.Value.Str)
		}
	}
}

// keys18Idempotent checks that redacting twice equals redacting once for
// these shapes.
func keys18Idempotent(t *testing.T, r *Redactor) {
	t.Helper()
	for _, s := range []string{
		`secret_name=prod/db/payments secret=Zq8k3Rw9Lp2Xv7Tn4Mc kid=rzp_live_QXZ0000FAKE`,
		`display_name=Winback 90d billing address 12 Depot Road, Springfield`,
		`brand_owner: Ralph Lauren, buyer: Ana Fakeunder`,
		`addr: "0x7f424b309f25", address: "12 Depot Road, Springfield"`,
	} {
		once := r.String(s)
		if twice := r.String(once); twice != once {
			t.Errorf("not idempotent:\n once:  %s\n twice: %s", once, twice)
		}
	}
}

func TestKeys18Shapes(t *testing.T) {
	if !nfeAccessKey18(nfe18) || nfeAccessKey18(nfe18[:43]+"1") || nfeAccessKey18(nfe18[:43]) {
		t.Error("nfeAccessKey18")
	}
	if !geohash18("jeq7w648c") || geohash18("Jalan") || geohash18("abc12") {
		t.Error("geohash18")
	}
	if !thingTitle18("Payday Sale Oct") || !thingTitle18("Winback 90d") || thingTitle18("Ana Lima") || thingTitle18("Maria Bundle") {
		t.Error("thingTitle18")
	}
	if !secretAboutKey18("secretname") || !secretAboutKey18("secretref") || secretAboutKey18("secret") || secretAboutKey18("clientsecret") {
		t.Error("secretAboutKey18")
	}
	if !approvalCode18("FTK8BX") || approvalCode18("482913") || approvalCode18("FTK8B") {
		t.Error("approvalCode18")
	}
}
