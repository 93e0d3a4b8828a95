package redact

import "testing"

// A connection string's key whose value is a bare secret: the secret goes;
// a URL keeps all but its password, and a host, a word, a path, a constant
// and a reference stay.
func TestCR30DSN(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"db.dsn=Tq8!vorlage-22 service=orders", "Tq8!vorlage-22"},
		{`{"db.dsn":"Hx7.pa55-Qm","order":"A-1"}`, "Hx7.pa55-Qm"},
		{`{"db":{"dsn":"-Kb42Lx_Zq"}}`, "-Kb42Lx_Zq"},
		{"connection_string: \"Pelican2001$\"", "Pelican2001$"},
		{"database_url=481516 retry=3", "481516"},
		{`{"@timestamp":"2026-01-01T00:00:00Z","message":"sync","db.dsn":"Wombat1999!"}`, "Wombat1999!"},
	}, []struct{ in, value string }{
		{"db.dsn=localhost retry=3", "localhost"},
		{"db.dsn=db-primary.internal retry=3", "db-primary.internal"},
		{"db.dsn=pg-17.svc retry=3", "pg-17.svc"},
		{`{"dsn":"DB_PRIMARY"}`, "DB_PRIMARY"},
		{`{"dsn":"${DB_DSN}"}`, "${DB_DSN}"},
		{`{"dsn":"/var/lib/shop/db.sqlite"}`, "/var/lib/shop/db.sqlite"},
		{"dsn=postgres://app:Hunter2x!@db.internal:5432/shop", "@db.internal:5432/shop"},
		{`{"device_sn":"SN-4471-AB"}`, "SN-4471-AB"},
		{`{"port":"54321"}`, "54321"},
	})
}

// A query operator's value is read as its parent key's: a password under
// "$eq" goes, at any escaping; an operator under a key of no PII keeps
// its value.
func TestCR30QueryOperator(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`{"find":"buyers","filter":{"password":{"$eq":"Otter1987#"}}}`, "Otter1987#"},
		{`Slow query filter={"pass": {"$ne": "Quokka-55!x"}}`, "Quokka-55!x"},
		{`{"msg":"{\"filter\":{\"password\":{\"$eq\":\"Heron2020!\"}}}"}`, "Heron2020!"},
	}, []struct{ in, value string }{
		{`{"filter":{"status":{"$eq":"PENDING_2"}}}`, "PENDING_2"},
		{`{"filter":{"elapsed":{"$eq":"42m16s"},"host":{"$eq":"checkout-1.internal"}}}`, "42m16s"},
		{`{"filter":{"amount":{"$gte":"1999.50"}}}`, "1999.50"},
	})
}

// A key joined to the value before it by a bare comma is no part of that
// value: the next pair is read by its own key.
func TestCR30SwallowedKey(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"Struct{addr=Rua Augusta 15, Lisboa,otp=640213,shop=Little Shop}", "640213"},
		{"Struct{consignee_address=Calle Mayor 8, Madrid,password=L0bster*-Q,full_name=Ana Lima}", "L0bster*-Q"},
	}, []struct{ in, value string }{
		{"Struct{addr=Rua Augusta 15, Lisboa,shop_name=Little Tokyo Market,sku=MUG-1}", "shop_name=Little Tokyo Market"},
	})
}

// A request id stays where its key or column names it (a bound pair, a
// CSV or TSV header, an INSERT's column list); the same shape under a
// secret's key or column, or in a row without a header, goes.
func TestCR30RequestIDs(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`  Buyer Update (0.9ms)  UPDATE "buyers" SET "request_id" = $1 WHERE "buyers"."id" = $2  [["request_id", "Rq1aB2cD3eF4gH5iJ6kL7"], ["api_key", "Zk9yX8wV7uT6sR5qP4oN3"]]`, "Zk9yX8wV7uT6sR5qP4oN3"},
		{"request_id,buyer_email,token\n\"rid-Aa1Bb2Cc3Dd4Ee5Ff6G\",\"ana.lima@example.com\",\"Mn4Op5Qr6St7Uv8Wx9Yz0A\"", "Mn4Op5Qr6St7Uv8Wx9Yz0A"},
	}, []struct{ in, value string }{
		{`  Buyer Update (0.9ms)  UPDATE "buyers" SET "request_id" = $1 WHERE "buyers"."id" = $2  [["request_id", "Rq1aB2cD3eF4gH5iJ6kL7"], ["api_key", "Zk9yX8wV7uT6sR5qP4oN3"]]`, "Rq1aB2cD3eF4gH5iJ6kL7"},
		{"request_id,buyer_email,token\n\"rid-Aa1Bb2Cc3Dd4Ee5Ff6G\",\"ana.lima@example.com\",\"Mn4Op5Qr6St7Uv8Wx9Yz0A\"", "rid-Aa1Bb2Cc3Dd4Ee5Ff6G"},
		{"line1\trequest_id\tbuild_sha\n1 Main St, Springfield\tX-Hh7Ii8Jj9Kk0Ll1Mm2Nn\t8ec74e78722e", "X-Hh7Ii8Jj9Kk0Ll1Mm2Nn"},
		{"LOG:  execute <unnamed>: INSERT INTO buyers (cell, request_id, caller) VALUES ('+44 7700 900123', 'Rp0oXzRPbo8aJYdLdzUoh', 'Shipper.go:1710')", "Rp0oXzRPbo8aJYdLdzUoh"},
	})
}
