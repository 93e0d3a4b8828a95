package atlas

import (
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/event"
)

// schema is how a service writes its log lines.
type schema uint8

const (
	// javaECS is ecs-logging-java: every field as a dotted key at the top
	// level, "log.level" upper case, @timestamp in UTC with milliseconds.
	javaECS schema = iota
	// filebeat is a document shipped by Filebeat: nested objects, lower
	// case levels ("warning"), agent/ecs/input metadata, UTC milliseconds.
	filebeat
	// pythonECS is ecs-logging-python: "log.level" and "ecs.version" as
	// dotted keys, everything else nested, @timestamp in +08:00 with
	// microseconds.
	pythonECS
)

func (s schema) String() string {
	switch s {
	case javaECS:
		return "java-ecs"
	case filebeat:
		return "filebeat"
	default:
		return "python-ecs"
	}
}

// precision is the timestamp resolution the schema writes; events are
// truncated to it before they are ordered, so that the written order is the
// order of the written instants.
func (s schema) precision() int64 {
	if s == pythonECS {
		return int64(time.Microsecond)
	}
	return int64(time.Millisecond)
}

type level uint8

const (
	lvInfo level = iota
	lvWarn
	lvError
)

func (l level) name(s schema) string {
	switch s {
	case javaECS:
		return [...]string{"INFO", "WARN", "ERROR"}[l]
	default:
		return [...]string{"info", "warning", "error"}[l]
	}
}

// fpath is a field name, split for nested output.
type fpath struct {
	dotted string
	segs   []string
}

func fp(s string) *fpath { return &fpath{dotted: s, segs: strings.Split(s, ".")} }

// literal is a dotted key written as one key even in nested documents.
func literal(s string) *fpath { return &fpath{dotted: s, segs: []string{s}} }

var (
	pTimestamp      = literal("@timestamp")
	pMessage        = literal("message")
	pLogLevel       = fp("log.level")
	pLogLevelLit    = literal("log.level")
	pECSVersionLit  = literal("ecs.version")
	pLogLogger      = fp("log.logger")
	pLogOriginFunc  = fp("log.origin.function")
	pLogOffset      = fp("log.offset")
	pLogFilePath    = fp("log.file.path")
	pThread         = fp("process.thread.name")
	pPid            = fp("process.pid")
	pSvcName        = fp("service.name")
	pSvcVersion     = fp("service.version")
	pSvcEnv         = fp("service.environment")
	pHost           = fp("host.name")
	pEvAction       = fp("event.action")
	pEvDataset      = fp("event.dataset")
	pEvDuration     = fp("event.duration")
	pMethod         = fp("http.request.method")
	pStatus         = fp("http.response.status_code")
	pDomain         = fp("url.domain")
	pPath           = fp("url.path")
	pErrCode        = fp("error.code")
	pErrType        = fp("error.type")
	pErrMsg         = fp("error.message")
	pTrace          = fp("trace.id")
	pTxn            = fp("transaction.id")
	pShopPlatform   = fp("shop.platform")
	pShopID         = fp("shop.id")
	pShopRegion     = fp("shop.region")
	pSyncKind       = fp("sync.kind")
	pSyncDelay      = fp("sync.delay_seconds")
	pJobName        = fp("job.name")
	pJobStatus      = fp("job.status")
	pOrderID        = fp("order.id")
	pOrderAmount    = fp("order.amount")
	pOrderCurrency  = fp("order.currency")
	pBuyerName      = fp("buyer.name")
	pBuyerEmail     = fp("buyer.email")
	pBuyerPhone     = fp("buyer.phone")
	pShipStreet     = fp("shipping.address.street")
	pShipCity       = fp("shipping.address.city")
	pShipPostal     = fp("shipping.address.postal_code")
	pShipCountry    = fp("shipping.address.country")
	pCarrier        = fp("shipment.carrier")
	pTracking       = fp("shipment.tracking_number")
	pAgentType      = fp("agent.type")
	pAgentVersion   = fp("agent.version")
	pAgentName      = fp("agent.name")
	pECSVersion     = fp("ecs.version")
	pInputType      = fp("input.type")
	pJavaECSVersion = literal("ecs.version")
)

// jw writes one JSON object, either flat (every key dotted) or nested
// (objects opened and closed as consecutive keys share prefixes).
type jw struct {
	b     []byte
	flat  bool
	stack []string
	comma bool
}

func (w *jw) begin(flat bool) {
	w.b = append(w.b, '{')
	w.flat = flat
	w.stack = w.stack[:0]
	w.comma = false
}

func (w *jw) key(p *fpath) {
	if w.flat || len(p.segs) == 1 {
		w.closeTo(0)
		w.sep()
		w.b = event.AppendString(w.b, p.dotted)
		w.b = append(w.b, ':')
		w.comma = true
		return
	}
	parent := p.segs[:len(p.segs)-1]
	n := 0
	for n < len(w.stack) && n < len(parent) && w.stack[n] == parent[n] {
		n++
	}
	w.closeTo(n)
	for _, s := range parent[n:] {
		w.sep()
		w.b = event.AppendString(w.b, s)
		w.b = append(w.b, ':', '{')
		w.stack = append(w.stack, s)
		w.comma = false
	}
	w.sep()
	w.b = event.AppendString(w.b, p.segs[len(p.segs)-1])
	w.b = append(w.b, ':')
	w.comma = true
}

func (w *jw) sep() {
	if w.comma {
		w.b = append(w.b, ',')
	}
}

func (w *jw) closeTo(n int) {
	for len(w.stack) > n {
		w.b = append(w.b, '}')
		w.stack = w.stack[:len(w.stack)-1]
		w.comma = true
	}
}

func (w *jw) end() {
	w.closeTo(0)
	w.b = append(w.b, '}')
}

func (w *jw) str(p *fpath, v string) {
	if v == "" {
		return
	}
	w.key(p)
	w.b = event.AppendString(w.b, v)
}

func (w *jw) int(p *fpath, v int64) {
	w.key(p)
	w.b = strconv.AppendInt(w.b, v, 10)
}

func (w *jw) float(p *fpath, v float64, prec int) {
	w.key(p)
	w.b = strconv.AppendFloat(w.b, v, 'f', prec, 64)
}

func (w *jw) raw(p *fpath, v []byte) {
	w.key(p)
	w.b = append(w.b, v...)
}

var sgt = time.FixedZone("+08:00", 8*3600)

// appendTimestamp writes ts (unix ns) the way schema s writes @timestamp.
func appendTimestamp(b []byte, s schema, ts int64) []byte {
	b = append(b, '"')
	t := time.Unix(0, ts)
	if s == pythonECS {
		b = t.In(sgt).AppendFormat(b, "2006-01-02T15:04:05.000000-07:00")
	} else {
		b = t.UTC().AppendFormat(b, "2006-01-02T15:04:05.000Z07:00")
	}
	return append(b, '"')
}

// rec is one log event before encoding. Empty strings and zero flags mean
// "field absent".
type rec struct {
	ts      int64
	svc     *service
	level   level
	msg     string
	logger  string
	version string // overrides the running version (deploy markers)
	host    string

	action   string
	dur      int64
	hasDur   bool
	method   string
	status   int
	domain   string
	path     string
	errCode  string
	errType  string
	errMsg   string
	trace    string
	txn      string
	shop     *shop
	syncKind string
	delay    float64
	hasDelay bool
	jobName  string
	jobState string
	orderID  string
	amount   float64
	currency string
	buyer    *buyer
	withAddr bool
	carrier  string
	tracking string
}

// encode appends r as one JSON object in its service's schema.
func (g *gen) encode(w *jw, r *rec) {
	s := r.svc.schema
	switch s {
	case javaECS:
		w.begin(true)
		w.raw(pTimestamp, appendTimestamp(g.tsBuf[:0], s, r.ts))
		w.str(pLogLevel, r.level.name(s))
		w.str(pMessage, r.msg)
		w.str(pJavaECSVersion, "1.2.0")
		if r.jobName != "" {
			w.str(pThread, "scheduling-1")
		} else {
			w.str(pThread, r.svc.thread(g))
		}
		w.str(pLogLogger, r.logger)
		g.body(w, r)
	case filebeat:
		w.begin(false)
		w.raw(pTimestamp, appendTimestamp(g.tsBuf[:0], s, r.ts))
		w.str(pLogLevel, r.level.name(s))
		r.svc.offset += int64(180 + g.rng.IntN(420))
		w.int(pLogOffset, r.svc.offset)
		w.str(pLogFilePath, r.svc.logFile)
		w.str(pMessage, r.msg)
		g.body(w, r)
		w.str(pAgentType, "filebeat")
		w.str(pAgentVersion, "8.15.3")
		w.str(pAgentName, r.host)
		w.str(pECSVersion, "8.11.0")
		w.str(pInputType, "filestream")
	case pythonECS:
		w.begin(false)
		w.raw(pTimestamp, appendTimestamp(g.tsBuf[:0], s, r.ts))
		w.str(pLogLevelLit, r.level.name(s))
		w.str(pMessage, r.msg)
		w.str(pECSVersionLit, "1.6.0")
		w.str(pLogLogger, r.logger)
		w.str(pLogOriginFunc, r.svc.pyFunc(r))
		w.int(pPid, r.svc.pid(r.host))
		g.body(w, r)
	}
	w.end()
}

// body writes the ECS fields shared by every schema, grouped by their first
// name segment so that nested output opens each object once.
func (g *gen) body(w *jw, r *rec) {
	svc := r.svc
	w.str(pSvcName, svc.name)
	v := r.version
	if v == "" {
		v = svc.versionAt(r.ts)
	}
	w.str(pSvcVersion, v)
	w.str(pSvcEnv, "production")
	w.str(pHost, r.host)
	w.str(pEvAction, r.action)
	if svc.schema == javaECS {
		w.str(pEvDataset, svc.dataset)
	}
	if r.hasDur {
		w.int(pEvDuration, r.dur)
	}
	w.str(pMethod, r.method)
	if r.status != 0 {
		w.int(pStatus, int64(r.status))
	}
	w.str(pDomain, r.domain)
	w.str(pPath, r.path)
	w.str(pErrCode, r.errCode)
	w.str(pErrType, r.errType)
	w.str(pErrMsg, r.errMsg)
	w.str(pTrace, r.trace)
	w.str(pTxn, r.txn)
	if sh := r.shop; sh != nil {
		w.str(pShopPlatform, sh.platform)
		w.str(pShopID, sh.id)
		w.str(pShopRegion, sh.region)
	}
	w.str(pSyncKind, r.syncKind)
	if r.hasDelay {
		w.float(pSyncDelay, r.delay, 3)
	}
	w.str(pJobName, r.jobName)
	w.str(pJobStatus, r.jobState)
	w.str(pOrderID, r.orderID)
	if r.currency != "" {
		w.float(pOrderAmount, r.amount, 2)
		w.str(pOrderCurrency, r.currency)
	}
	if b := r.buyer; b != nil {
		w.str(pBuyerName, b.name)
		w.str(pBuyerEmail, b.email)
		w.str(pBuyerPhone, b.phone)
		if r.withAddr {
			w.str(pShipStreet, b.street)
			w.str(pShipCity, b.city)
			w.str(pShipPostal, b.postal)
			w.str(pShipCountry, b.country)
		}
	}
	w.str(pCarrier, r.carrier)
	w.str(pTracking, r.tracking)
}
