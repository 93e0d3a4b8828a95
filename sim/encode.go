package sim

import (
	"github.com/vigilops/vigil/event"
	"strconv"
)

// record is one log event before encoding. Empty strings and zero flags mean
// "field absent"; the encoder writes nested ECS objects in a fixed order so
// that output is byte-identical for a given seed.
type record struct {
	svc     *service
	version string // overrides svc.version (deploy lines)
	host    string
	level   string
	message []byte
	action  string

	duration    int64 // nanoseconds
	hasDuration bool

	method string
	status int
	domain string
	path   string
	query  string

	errCode, errType, errMsg string

	traceID string
	txnID   string

	shop *shop

	syncKind string
	delay    float64
	hasDelay bool

	jobName, jobStatus string

	buyerName, buyerEmail, buyerPhone string

	street, city, postal, country string

	orderID  string
	sku      string
	quantity int
	hasQty   bool
	cents    int64 // amount in minor units
	currency string

	carrier, tracking string

	omitTimestamp bool
	badTimestamp  bool
}

// jsonObj writes one JSON object, placing commas. In dotted mode nested
// objects are flattened into top-level dotted keys ("http.response.status_code").
type jsonObj struct {
	b      []byte
	first  bool
	dotted bool
	prefix []byte // dotted mode: the current key prefix, e.g. "http.response."
	depth  int
	marks  [6]int // dotted mode: prefix lengths of the open objects
}

func (o *jsonObj) key(k string) {
	if o.first {
		o.first = false
	} else {
		o.b = append(o.b, ',')
	}
	o.b = append(o.b, '"')
	if o.dotted {
		o.b = append(o.b, o.prefix...)
	}
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObj) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.b = event.AppendString(o.b, v)
}

func (o *jsonObj) open(k string) {
	if o.dotted {
		o.marks[o.depth] = len(o.prefix)
		o.depth++
		o.prefix = append(append(o.prefix, k...), '.')
		return
	}
	o.key(k)
	o.b = append(o.b, '{')
	o.first = true
}

func (o *jsonObj) close() {
	if o.dotted {
		o.depth--
		o.prefix = o.prefix[:o.marks[o.depth]]
		return
	}
	o.b = append(o.b, '}')
	o.first = false
}

// appendCents writes minor units as a decimal number with two places.
func appendCents(b []byte, cents int64) []byte {
	if cents < 0 {
		b = append(b, '-')
		cents = -cents
	}
	b = strconv.AppendInt(b, cents/100, 10)
	c := cents % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// encode appends r as one JSON object (no trailing newline). ts is the
// preformatted @timestamp value. prefix, when not nil, is scratch space that
// selects dotted keys instead of nested objects.
func (r *record) encode(b []byte, ts []byte, prefix []byte) []byte {
	o := jsonObj{b: append(b, '{'), first: true, dotted: prefix != nil, prefix: prefix[:0]}
	switch {
	case r.omitTimestamp:
	case r.badTimestamp:
		o.key("@timestamp")
		o.b = append(o.b, '"')
		o.b = appendLegacyTime(o.b, ts)
		o.b = append(o.b, '"')
	default:
		o.key("@timestamp")
		o.b = append(o.b, '"')
		o.b = append(o.b, ts...)
		o.b = append(o.b, '"')
	}
	o.open("log")
	o.str("level", r.level)
	o.close()
	o.open("service")
	o.str("name", r.svc.name)
	if r.version != "" {
		o.str("version", r.version)
	} else {
		o.str("version", r.svc.version)
	}
	o.close()
	if r.host != "" {
		o.open("host")
		o.str("name", r.host)
		o.close()
	}
	if len(r.message) > 0 {
		o.key("message")
		o.b = event.AppendString(o.b, bytesToString(r.message))
	}
	if r.action != "" || r.hasDuration {
		o.open("event")
		o.str("action", r.action)
		if r.hasDuration {
			o.key("duration")
			o.b = strconv.AppendInt(o.b, r.duration, 10)
		}
		o.close()
	}
	if r.method != "" || r.status != 0 {
		o.open("http")
		if r.method != "" {
			o.open("request")
			o.str("method", r.method)
			o.close()
		}
		if r.status != 0 {
			o.open("response")
			o.key("status_code")
			o.b = strconv.AppendInt(o.b, int64(r.status), 10)
			o.close()
		}
		o.close()
	}
	if r.domain != "" || r.path != "" {
		o.open("url")
		o.str("domain", r.domain)
		o.str("path", r.path)
		o.str("query", r.query)
		o.close()
	}
	if r.errCode != "" || r.errMsg != "" {
		o.open("error")
		o.str("code", r.errCode)
		o.str("type", r.errType)
		o.str("message", r.errMsg)
		o.close()
	}
	if r.traceID != "" {
		o.open("trace")
		o.str("id", r.traceID)
		o.close()
	}
	if r.txnID != "" {
		o.open("transaction")
		o.str("id", r.txnID)
		o.close()
	}
	if r.shop != nil {
		o.open("shop")
		o.str("platform", r.shop.platform)
		o.str("id", r.shop.id)
		o.str("region", r.shop.region)
		o.close()
	}
	if r.syncKind != "" || r.hasDelay {
		o.open("sync")
		o.str("kind", r.syncKind)
		if r.hasDelay {
			o.key("delay_seconds")
			o.b = strconv.AppendFloat(o.b, r.delay, 'f', 3, 64)
		}
		o.close()
	}
	if r.jobName != "" {
		o.open("job")
		o.str("name", r.jobName)
		o.str("status", r.jobStatus)
		o.close()
	}
	if r.buyerName != "" || r.buyerEmail != "" || r.buyerPhone != "" {
		o.open("buyer")
		o.str("name", r.buyerName)
		o.str("email", r.buyerEmail)
		o.str("phone", r.buyerPhone)
		o.close()
	}
	if r.street != "" {
		o.open("shipping")
		o.open("address")
		o.str("street", r.street)
		o.str("city", r.city)
		o.str("postal_code", r.postal)
		o.str("country", r.country)
		o.close()
		o.close()
	}
	if r.orderID != "" || r.sku != "" {
		o.open("order")
		o.str("id", r.orderID)
		o.str("sku", r.sku)
		if r.hasQty {
			o.key("quantity")
			o.b = strconv.AppendInt(o.b, int64(r.quantity), 10)
		}
		if r.currency != "" {
			o.key("amount")
			o.b = appendCents(o.b, r.cents)
			o.str("currency", r.currency)
		}
		o.close()
	}
	if r.tracking != "" {
		o.open("shipment")
		o.str("carrier", r.carrier)
		o.str("tracking_number", r.tracking)
		o.close()
	}
	return append(o.b, '}')
}

// appendLegacyTime rewrites an RFC 3339 UTC timestamp
// (2026-11-24T08:03:00.123Z) into an access-log style one
// (24/Nov/2026:08:03:00 +0000) that is not RFC 3339.
func appendLegacyTime(b, ts []byte) []byte {
	if len(ts) < 19 {
		return append(b, ts...)
	}
	months := [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	m := int(ts[5]-'0')*10 + int(ts[6]-'0')
	if m < 1 || m > 12 {
		m = 1
	}
	b = append(b, ts[8:10]...)
	b = append(b, '/')
	b = append(b, months[m-1]...)
	b = append(b, '/')
	b = append(b, ts[0:4]...)
	b = append(b, ':')
	b = append(b, ts[11:19]...)
	return append(b, " +0000"...)
}
