package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Access codes and secrets under keys and labels: the codes a locker, a
// courier or a returns desk issues, under a key that names what they open
// or release, and a secret's new value under an audit trail's rotation.
// All values are generated.

// codeKeys20Digits returns n fake code digits from rng (never a date's
// shape: the first digit is 3 to 9).
func codeKeys20Digits(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	b[0] = byte('3' + rng.IntN(7))
	for i := 1; i < n; i++ {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

// Class: 4 to 8 digits under a key whose word parts say the code opens,
// releases or confirms something (an access word before "code", "pin"
// after a qualifier, the code word first in Romance and Slavic keys, one
// compound word), in every key syntax logs use.
func TestCodeKeys20AccessCodeKeys(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 4242))
	keys := []string{"pickup_code", "open_code", "X-Open-Code", "door_code", "handoverCode", "collection_code",
		"unlock_code", "locker_code", "delivery_code", "gate_code", "pick_up_code", "pod.pin", "rma_pin", "X-Pod-Pin",
		"RMAPin", "lockerPin", "delivery_pin", "codigo_de_retiro", "kod_odbioru", "code_retrait", "codice_ritiro",
		"kode_pengambilan", "Abholcode", "ophaalcode", "pickup.code", "X-Pickup-Code", "digicode", "取件码", "ma_nhan_hang",
		"код_получения", "teslim_kodu", "code_acces", "수령_코드"}
	syntaxes := []string{
		"ts=2026-01-01T00:00:00Z level=info msg=\"locker\" %s=%s slot_time=07:55:52",
		`{"locker_id":"FAKE01-07","%s":"%s","status":"200"}`,
		"PUT /lockers/reserve HTTP/1.1\nHost: api.lockers.example\n%s: %s\nX-Request-Id: 00000000-0000-4000-8000-000000000000",
		"Locker(locker_id='FAKE01-07', %s='%s', geo='1.00000,2.00000')",
		"/lockers/open?receiver=[REDACTED:name]&%s=%s&plus_code=FAKE%%2B4C",
		`payload: {\"parcel\":\"FAKE-1\",\"%s\":\"%s\",\"status\":\"409\"}`,
		`<134>1 2026-01-01T00:00:00Z hub-1 lockers 1 - [ctx@32473 %s="%s" status="200"] reserve`,
	}
	for _, k := range keys {
		for _, syn := range syntaxes {
			code := codeKeys20Digits(rng, 4+rng.IntN(5))
			kk := k
			if strings.HasPrefix(syn, "Locker(") || strings.HasPrefix(syn, "/lockers") {
				kk = strings.ReplaceAll(k, "-", "_")
			}
			chat18Check(t, r, fmt.Sprintf(syn, kk, code), code)
		}
	}
	// Go's %+v and http.Header
	chat18Check(t, r, "got: &{LockerID:FAKE01-07 PickupCode:50417 Status:200}", "50417")
	chat18Check(t, r, "headers: map[X-Open-Code:[7751903] X-Request-Id:[x]]", "7751903")
	// a code written in groups, quoted; a date's groups stay
	chat18Check(t, r, `{"locker_id":"FAKE01-07","pickup_code":"482 913"}`, "482 913")
	chat18Check(t, r, `door_code: "4829-1307"`, "4829-1307")
	chat18Keep(t, r, `{"open_code":"2026-03-15","pickup_code":"15-03-2026","door_code":"12 34"}`)
	codeKeys20KeepOthers(t, r)
}

// Class: the same codes where the key is given apart from the value: an
// OTLP attribute, a Windows event's Data element, an XML element, a CSV
// header's column, the object holding a bare "code", and an event's
// fields (strings and numbers).
func TestCodeKeys20AccessCodeShapes(t *testing.T) {
	r := newDamageRedactor(t)
	chat18Check(t, r, `{"attributes":[{"key":"locker.id","value":{"stringValue":"FAKE01-07"}},{"key":"pickup_code","value":{"stringValue":"61830"}}]}`, "61830")
	chat18Check(t, r, `{"attributes":[{"key":"rma_pin","value":{"intValue":"4471"}}]}`, "4471")
	chat18Check(t, r, `<Event><EventData><Data Name="Receiver">[REDACTED:name]</Data><Data Name="OpenCode">9035512</Data><Data Name="Status">5000</Data></EventData></Event>`, "9035512")
	chat18Check(t, r, `<Locker><Id>FAKE01-07</Id><PickupCode>83169891</PickupCode></Locker>`, "83169891")
	chat18Check(t, r, `<ns2:Pod><ns2:DeliveryPin>7342</ns2:DeliveryPin></ns2:Pod>`, "7342")
	chat18Check(t, r, "locker_id,pickup_code,status\nFAKE01-07,58301744,ok\nFAKE01-08,66120391,ok", "58301744")
	chat18Check(t, r, "locker_id,pickup_code,status\nFAKE01-07,58301744,ok\nFAKE01-08,66120391,ok", "66120391")
	chat18Check(t, r, `{"parcel":"FAKE-1","pickup":{"code":"7781"},"status":"ok"}`, "7781")
	chat18Check(t, r, `order.pickup.code=81234 lockers.open.code=4471`, "81234")

	line := `{"@timestamp":"2026-01-01T00:00:00Z","message":"reserved","locker_id":"FAKE01-07","pickup_code":"91664872","rma_pin":"25049","open_code":821311,"lockers":{"pickup":{"code":"4471"}},"status_code":"4040"}`
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	out := string(ev.JSON())
	for _, code := range []string{"91664872", "25049", "821311", "4471"} {
		if strings.Contains(out, code) {
			t.Errorf("event kept %q: %s", code, out)
		}
	}
	for _, keep := range []string{"FAKE01-07", `"status_code":"4040"`} {
		if !strings.Contains(out, keep) {
			t.Errorf("event lost %q: %s", keep, out)
		}
	}
}

// codeKeys20KeepOthers wants codes that open nothing, a PIN of a map, a
// board or a postcode, and values that are no code (a date, a time, an
// amount, letters) kept, whatever the syntax.
func codeKeys20KeepOthers(t *testing.T, r *Redactor) {
	t.Helper()
	for _, k := range []string{"status_code", "error_code", "reason_code", "hs_code", "zip_code", "postal_code",
		"country_code", "currency_code", "zone_code", "sort_code", "promo_code", "coupon_code", "voucher_code",
		"product_code", "tax_code", "response_code", "return_code", "rma_code", "pickup_point_code", "pickup_location_code",
		"delivery_zone_code", "geo_pin", "cert_pin", "gpio_pin", "serviceable_pin", "destination_pin", "return_pin", "origin_pin", "delivery_cod", "cod_delivery_fee", "open_status_code"} {
		for _, syn := range []string{"ts=1 %s=4711 x=1", `{"%s":"58120","x":"1"}`, "X-A: 1\n%s: 7742\nX-B: 2", "%s='830144'"} {
			chat18Keep(t, r, fmt.Sprintf(syn, k))
		}
	}
	chat18Keep(t, r,
		"pickup_code=20260315 open_code=12:30 door_code=KRA01M pickup_code=1234,56 locker_code=FAKE01",
		`{"return_address":"[REDACTED:address]","return_pin":"560038","return_city":"Bengaluru"}`,
		"locker_id=FAKE22A-71 pickup_point_id=48210 parcel_code=649372998754802951899014 token_ttl=86400",
		`{"locker_id":"40917","pickup_point_id":"7712","count":"5000","amount":"1250"}`,
	)
}

// Class: an audit trail's secret rotation: a member naming the setting
// changed ("rotated", "field", "X-Rotated", <Data Name="Rotated">) whose
// value is a secret's key, and the old and new values beside it, in every
// syntax; the values of settings that are no secret stay.
func TestCodeKeys20SecretRotation(t *testing.T) {
	r := newDamageRedactor(t)
	const v = "Fk3sQ9zTx0Lm2Rw8Yb7Nc5Vd1Hg6Jp4A"
	for _, in := range []string{
		`<148>1 2026-01-01T00:00:00Z edge-1 admin-audit 1 - [audit@32473 actor="[REDACTED:email]" rotated="carrier_api_key" new_value="` + v + `" status="200"] secret_rotation`,
		"POST /admin/audit HTTP/1.1\nHost: api.audit.example\nX-Rotated: carrier_api_key\nX-New-Value: " + v + "\nX-Slot-Time: 22:47:34",
		`<Event><EventData><Data Name="Rotated">webhook_secret</Data><Data Name="NewValue">` + v + `</Data><Data Name="SlotTime">00:09:16</Data></EventData></Event>`,
		`SecretRotation{actor='[REDACTED:email]', rotated='sftp_password', newValue='` + v + `', status='429'}`,
		`outbox: {\"data\":\"{\\\"rotated\\\":\\\"carrier_api_key\\\",\\\"new_value\\\":\\\"` + v + `\\\",\\\"ship_date\\\":\\\"2026-08-23\\\"}\"}`,
		`[audit field="smtp_password" old_value="` + v + `" new_value="x"]`,
		`{"secret_name":"SMTP_PASSWORD","old_value":"[REDACTED:credential]","new_value":"` + v + `"}`,
	} {
		chat18Check(t, r, in, v)
	}
	chat18Keep(t, r,
		`[audit@32473 rotated="password_policy" new_value="rotate-90d"] [x changed="secret_ref" new_value="vault/kv/carrier"]`,
		`[audit field="status" old_value="pending_payment" new_value="shipped"]`,
		"X-Rotated: token_ttl\nX-New-Value: 86400s",
	)
	line := `{"@timestamp":"2026-01-01T00:00:00Z","message":"sync done","actor":"[REDACTED:email]","rotated":"carrier_api_key","new_value":"` + v + `","ship_date":"04/09/2026"}`
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, v) || !strings.Contains(out, "04/09/2026") {
		t.Errorf("event: %s", out)
	}
}
