package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Tests for the classes of names22_*.go. The names are made up: family
// names such as "Fakeberg" and "Testere", and in other scripts words that
// read "fake" or "test" (Тестова, 假名字, 가짜이), with common given names.

var n22Names = []string{"Lukas Fakeberg", "Camila Testere Mockley", "Jana Placeholt", "Ульяна Тестова", "עידו פיקטיבי",
	"假名字", "가짜이", "மாலா போலிநாதன்", "সাকিব নকলউদ্দিন", "Emil Dummerova", "آرش ساختگی", "Mateo Fakeworth"}

// n22Family is what must not survive of a name: its last word (the whole
// of a name without spaces).
func n22Family(n string) string {
	f := strings.Fields(n)
	return f[len(f)-1]
}

func n22Run(t *testing.T, r *Redactor, in string, gone, kept []string) {
	t.Helper()
	out := r.String(in)
	n20Check(t, in, out, gone, kept)
	n21Idem(t, r, out)
}

func n22Event(t *testing.T, r *Redactor, line string) string {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	return string(ev.JSON())
}

// Class: an object that names a field in one member and holds its value in
// another — a JSON Patch operation's "path" and "value", a replayed input
// event's "target" and "value" — holds a person's name when the path's last
// named segment or the selector names a person's field ("/contacts/-",
// "/shipping/name", "#cardholder", input[name=full_name]), as JSON text at
// any escaping and as an event's structure.
func TestNames22PatchAndInputValues(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2201))
	for i, n := range n22Names {
		sku := fmt.Sprintf("SKU-%05d", rng.Intn(99999))
		patch := fmt.Sprintf(`[{"op":"replace","path":"/items/0/sku","value":"%s"},{"op":"add","path":"/contacts/-","value":"%s"},{"op":"replace","path":"/status","value":"Shipped Today"}]`, sku, n)
		n22Run(t, r, "customer.patch by Admin: "+patch, []string{n22Family(n)}, []string{sku, "Shipped Today"})
		esc := strings.ReplaceAll(patch, `"`, `\"`)
		n22Run(t, r, `{"msg":"audit","patch":"`+esc+`"}`, []string{n22Family(n)}, []string{sku})
		sel := []string{"#cardholder", "input[name='full_name']", ".recipient-name"}[i%3]
		replay := fmt.Sprintf(`[{\"type\":\"input\",\"target\":\"#coupon\",\"value\":\"SPRING SALE\"},{\"type\":\"input\",\"target\":\"%s\",\"value\":\"%s\"}]`, sel, n)
		n22Run(t, r, `{"replay.events":"`+replay+`"}`, []string{n22Family(n)}, []string{"SPRING SALE"})
		out := n22Event(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"patched","audit":{"patch":[{"op":"replace","path":"/shipping/name","value":"`+n+`"},{"op":"replace","path":"/items/1/title","value":"Merino Wool Crew Socks"}]}}`)
		n20Check(t, n, out, []string{n22Family(n)}, []string{"Merino Wool Crew Socks"})
	}
}

// Class: a bare "name" under a feature flag's evaluation context or an ID
// token's claims is the person's (LaunchDarkly's "context", OIDC's
// "claims"), as under an object of arguments; a name of five Han
// characters is one too.
func TestNames22ContextAndClaimsName(t *testing.T) {
	r := n21Redactor(t)
	for _, n := range append(n22Names, "佐藤真由美") {
		out := n22Event(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"flag evaluated","flag":{"key":"cart.one-click","variation":"treatment-a","context":{"kind":"user","key":"u-1","name":"`+n+`"}},"kube":{"context":{"name":"prod-eu-1"}}}`)
		n20Check(t, n, out, []string{n22Family(n)}, []string{"cart.one-click", "treatment-a", "prod-eu-1"})
		out = n22Event(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"token exchange","oauth":{"id_token":{"claims":{"name":"`+n+`","kid":"shop-rsa-2026-01"}}}}`)
		n20Check(t, n, out, []string{n22Family(n)}, []string{"shop-rsa-2026-01"})
	}
}

// Class: a message to a buyer that opens with the buyer's name and a comma
// and no greeting word — a push body, an SMS's text, a mail's first
// paragraph or the line after its subject — in any script; a greeting, a
// team or a phrase there stays.
func TestNames22SalutationOpening(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2202))
	for _, n := range n22Names {
		trk := fmt.Sprintf("LX%09dPL", rng.Intn(999999999))
		n22Run(t, r, fmt.Sprintf(`sms render to=+0 text="%s, your parcel %s is on its way" template="${name}, your order shipped"`, n, trk), []string{n22Family(n)}, []string{trk})
		n22Run(t, r, fmt.Sprintf(`Subject: Reset your password`+"\n\n"+`<p>%s, we got a request</p><a href="https://shop.example/r">reset</a>`, n), []string{n22Family(n)}, []string{"we got a request"})
		n22Run(t, r, fmt.Sprintf(`mail preview to=x subject="Sign in to Shop"\n%s,\nhttps://shop.example/auth\nor use the app`, n), []string{n22Family(n)}, []string{"Sign in to Shop"})
		out := n22Event(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"push sent","push":{"payload":{"aps":{"alert":{"title":"Delivery today","body":"`+n+`, courier will call soon"}}}}}`)
		n20Check(t, n, out, []string{n22Family(n)}, []string{"courier will call soon", "Delivery today"})
	}
	for _, keep := range []string{`<p>Hello team, the export finished</p>`, `<p>Delivery today, between 9 and 12</p>`,
		`sms render text="Order shipped, track it in the app"`, `<p>Outlet Parndorf, opening hours changed</p>`} {
		n22Run(t, r, keep, nil, []string{strings.Split(strings.TrimPrefix(strings.TrimPrefix(keep, "<p>"), `sms render text="`), ",")[0]})
	}
}

// Class: a snapshot test's diff of rendered markup: the "-"/"+" lines under
// an element named for a person's field (class="recipient") are a name.
func TestNames22SnapshotDiff(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n22Names {
		m := n22Names[(i+1)%len(n22Names)]
		in := "  ● OrderConfirmation › renders recipient\n\n    expect(received).toMatchSnapshot()\n\n    - Snapshot  - 2\n    + Received  + 2\n\n" +
			"      <p class=\"recipient\">\n    -   " + n + "\n    +   " + m + "\n      </p>\n      <p class=\"item-title\">\n    -   Merino Wool Crew Socks\n    +   Ceramic Pour Over Set\n      </p>"
		n22Run(t, r, in, []string{n22Family(n), n22Family(m)}, []string{"Merino Wool Crew Socks", "Ceramic Pour Over Set", "Snapshot  - 2"})
		n22Run(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"`+strings.ReplaceAll(in, "\n", `\n`)+`"}`, []string{n22Family(n), n22Family(m)}, []string{"Merino Wool Crew Socks"})
	}
}

// Class: a search engine's query in a JSON body ({"query":…}) is a name
// when it has a person's shape and the text searches people
// ("type:customer"); a search of goods stays.
func TestNames22SearchQueryJSON(t *testing.T) {
	r := n21Redactor(t)
	for _, n := range n22Names {
		n22Run(t, r, `{"query":"`+n+`","filters":"type:customer","hitsPerPage":10}`, []string{n22Family(n)}, []string{"type:customer"})
		n22Run(t, r, `{"body":"{\"q\":\"`+n+`\",\"index\":\"customers\"}"}`, []string{n22Family(n)}, []string{"customers"})
	}
	n22Run(t, r, `{"query":"Merino Wool Socks","filters":"type:product","hitsPerPage":10}`, nil, []string{"Merino Wool Socks"})
}

// Class: a name printed with no key beside the buyer's other data: "(for
// Given Family)", a redacted card "for Given Family", a bracket after a
// quoted address, the run after an address's " / ", the run between a
// message's colon and a phone, a run after a role word closing a comment,
// and the run between an error's colon and a bracketed UUID closing the
// line.
func TestNames22TailsBesideValues(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2203))
	for _, n := range n22Names {
		code := 400 + rng.Intn(100)
		n22Run(t, r, fmt.Sprintf(`GET https://maps.example/geocode/json?region=POL -> %d in 120ms (for %s)`, code, n), []string{n22Family(n)}, []string{"region=POL"})
		n22Run(t, r, "*** Terminating app: invalid card 4111 1111 1111 1111 for "+n, []string{n22Family(n)}, []string{"Terminating app"})
		n22Run(t, r, fmt.Sprintf(`console.error: autocomplete failed for "%d Fakeberg Street, Testville" (%s) – 40P01`, 10+rng.Intn(90), n), []string{n22Family(n)}, []string{"40P01"})
		n22Run(t, r, fmt.Sprintf("Document `d-1` has an invalid `_geo` field: Testgasse %d/2, 1010 Wien / %s", 10+rng.Intn(90), n), []string{n22Family(n)}, []string{"_geo"})
		n22Run(t, r, fmt.Sprintf(" ⨯ Error: invalid phone number: %s +49 151 %08d\n    at submitOrder (./app/actions.ts:30:30)", n, rng.Intn(99999999)), []string{n22Family(n)}, []string{"actions.ts:30:30"})
		n22Run(t, r, `<testcase name="t1"><failure message="x"/></testcase> <!-- fixture owner `+n+` -->`, []string{n22Family(n)}, []string{"testcase"})
		n22Run(t, r, fmt.Sprintf("could not save customer: %s (%08x-1c9f-460d-a84e-9af0aaed7d02)", n, rng.Uint32()), []string{n22Family(n)}, []string{"-1c9f-460d-a84e-9af0aaed7d02"})
	}
	n22Run(t, r, `label "SKU-12" (Blue Edition) printed`, nil, []string{"Blue Edition"})
	n22Run(t, r, `moved to bin A-12 / Warehouse Berlin`, nil, []string{"Warehouse Berlin"})
	n22Run(t, r, `could not index product: Ceramic Pour Over Set (0b7601cc-a6d0-4b37-87c9-05e4aa0e27ea)`, nil, []string{"Ceramic Pour Over Set"})
}

// Class: a task's quoted positional argument beside the buyer's other PII
// (Celery's args=(…) kwargs={…}), a URL query's key whose last dotted part
// names a person (GA4's ep.name=), and the value under a name column of an
// insert printed with unquoted bindings (Laravel's "(SQL: … values (…))").
func TestNames22PositionalAndDottedKeys(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2204))
	for _, n := range n22Names {
		so := fmt.Sprintf("#SO-2026-%06d", rng.Intn(999999))
		n22Run(t, r, fmt.Sprintf(`Task shop.tasks.send_invoice[x] raised: SMTPRecipientsRefused({'fake.%d@example.com': (550, b'user unknown')})`+"\n"+`args=('%s', '%s') kwargs={'billing_address': '12 Fakeberg Street, Testville', 'card_last_digits': '****6912'}`, rng.Intn(999), so, n),
			[]string{n22Family(n)}, []string{so, "****6912"})
		n22Run(t, r, `GET /collect?v=2&tid=G-FAKE01&en=form_abandon&ep.field=name&ep.name=`+strings.ReplaceAll(n, " ", "+")+`&_et=3404ms HTTP/2.0`, []string{n22Family(n)}, []string{"en=form_abandon", "G-FAKE01"})
		n22Run(t, r, "SQLSTATE[23000]: Duplicate entry (SQL: insert into `users` (`name`, `email`, `updated_at`) values ("+n+", fake@example.com, 2026-12-19))", []string{n22Family(n)}, []string{"2026-12-19", "`users`"})
	}
	n22Run(t, r, `Task x args=('#SO-2026-000001', 'Express Shipping') kwargs={'email': 'fake@example.com'}`, nil, []string{"Express Shipping"})
	n22Run(t, r, `start args=[{"origin_city"=>"Port Harcourt", "seller_company"=>"Konga Online"}, "fake@example.com"]`, nil, []string{"Port Harcourt", "Konga Online"})
	n22Run(t, r, `retry in 60s: args=('Konga Online', '600195') kwargs={'request_id': 'req_1'}`+"\nbuyer fake@example.com", nil, []string{"Konga Online"})
	n22Run(t, r, `GET /collect?en=form_abandon&ep.name=checkout_form&ep.step=2`, nil, []string{"checkout_form"})
}
