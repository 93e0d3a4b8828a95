package harbor

import (
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// shop is one storefront: Harbour Audio's own web shops (Shopify, headless
// behind storefront-bff) and its marketplace stores.
type shop struct {
	id, platform, region, country string
	off                           int     // UTC offset, seconds (late April 2026)
	shift                         float64 // hours the daily rhythm runs later than the reference
	orders                        float64 // orders per minute at the evening peak
	web                           bool
	quiet                         bool    // the tiny shop: no random errors, only the script's
	domain                        string  // web domain, or the marketplace API's host
	currency                      string  // ISO 4217
	bff                           float64 // storefront-bff requests per minute at the peak (web shops)
	listing                       float64 // mkt-listing API calls per minute at the peak (marketplaces)
	provider                      string  // who sends payment callbacks ("" = none)

	curve     []float64 // per-minute activity, 1 = the evening peak
	listCurve []float64 // per-minute multiplier of listing pushes
	buyers    []buyer
}

func newShops() []*shop {
	return []*shop{
		{id: "VN-SP-01", platform: "shopee", region: "vn", country: "VN", off: 7 * 3600, orders: 2.9, domain: "partner.shopeemobile.com", currency: "VND", listing: 14, provider: "shopeepay"},
		{id: "VN-TT-01", platform: "tiktok", region: "vn", country: "VN", off: 7 * 3600, shift: 0.5, orders: 1.1, domain: "open-api.tiktokglobalshop.com", currency: "VND", listing: 5, provider: "tiktok-pay"},
		{id: "KR-CP-01", platform: "coupang", region: "kr", country: "KR", off: 9 * 3600, shift: 0.75, orders: 2.2, domain: "api-gateway.coupang.com", currency: "KRW", listing: 10, provider: "toss"},
		{id: "MX-ML-01", platform: "mercadolibre", region: "mx", country: "MX", off: -6 * 3600, shift: 0.5, orders: 1.2, domain: "api.mercadolibre.com", currency: "MXN", listing: 6, provider: "mercadopago"},
		{id: "UK-AZ-01", platform: "amazon", region: "uk", country: "GB", off: 3600, orders: 1.7, domain: "sellingpartnerapi-eu.amazon.com", currency: "GBP", listing: 9},
		{id: "AU-SF-01", platform: "shopify", region: "au", country: "AU", off: 10 * 3600, orders: 1.6, web: true, domain: "harbouraudio.com.au", currency: "AUD", bff: 50, provider: "stripe"},
		{id: "UK-SF-01", platform: "shopify", region: "uk", country: "GB", off: 3600, orders: 1.3, web: true, domain: "harbouraudio.co.uk", currency: "GBP", bff: 42, provider: "stripe"},
		{id: "NZ-SF-01", platform: "shopify", region: "nz", country: "NZ", off: 12 * 3600, orders: 0.05, web: true, quiet: true, domain: "harbouraudio.co.nz", currency: "NZD", bff: 2.4, provider: "stripe"},
	}
}

// rhythm is the activity of a shop by local hour, 1 = the evening peak.
var rhythm = [24]float64{
	0.30, 0.18, 0.11, 0.08, 0.07, 0.09, 0.16, 0.30, 0.45, 0.58, 0.66, 0.72,
	0.80, 0.78, 0.72, 0.70, 0.72, 0.78, 0.88, 0.98, 1.05, 1.02, 0.82, 0.52,
}

// weekday is the activity by local weekday (Sunday first).
var weekday = [7]float64{1.12, 0.97, 1.0, 1.0, 1.02, 1.08, 1.15}

func rhythmAt(h float64) float64 {
	h = math.Mod(h, 24)
	if h < 0 {
		h += 24
	}
	i := int(h)
	f := h - float64(i)
	return rhythm[i]*(1-f) + rhythm[(i+1)%24]*f
}

// buyer is a fake customer (PII the pipeline must redact).
type buyer struct {
	name, email, phone, street, city, zip string
}

// service is one process of the store and how it logs.
type service struct {
	name, version string
	st            style
	logger        string // log.logger on every line ("" = none)
	hosts         []string
	pod           bool // host names are Kubernetes pod names (new ones on deploy)
	fileOffset    bool // Filebeat: log.offset
	offset        int64
	hostCount     int

	// Before switchAt the service still runs prevVersion on prevHosts (a
	// deploy is planned in the minute it happens).
	switchAt    int64
	prevVersion string
	prevHosts   []string
}

func zone(off int) *time.Location { return time.FixedZone("", off) }

func newServices() []*service {
	return []*service{
		{name: "storefront-bff", version: "4.18.2", pod: true, hostCount: 4, st: style{
			nested: true, zone: zone(10 * 3600), layout: layoutMs, levels: lvLower,
		}},
		{name: "catalog-api", version: "2.31.0", pod: true, hostCount: 3, logger: "", st: style{
			zone: time.UTC, layout: layoutMs, levels: lvUpper,
			extras: []field{{k: "ecs.version", kind: 's', s: "1.2.0"}},
		}},
		{name: "mkt-listing", version: "5.8.1", pod: true, hostCount: 2, st: style{
			zone: time.UTC, layout: layoutMsNum, levels: lvUpper,
			extras: []field{{k: "ecs.version", kind: 's', s: "1.2.0"}},
		}},
		{name: "order-intake", version: "3.8.0", fileOffset: true, hostCount: 2, st: style{
			nested: true, zone: zone(7 * 3600), layout: layoutMicro, levels: lvPython,
			extras: []field{
				{k: "log.file.path", kind: 's', s: "/var/log/order-intake/app.json"},
				{k: "input.type", kind: 's', s: "filestream"},
				{k: "agent.type", kind: 's', s: "filebeat"},
				{k: "agent.version", kind: 's', s: "8.13.4"},
				{k: "ecs.version", kind: 's', s: "8.0.0"},
			},
		}},
		{name: "paybridge", version: "1.42.0", pod: true, hostCount: 3, st: style{
			zone: time.UTC, layout: layoutNano, levels: lvLower,
		}},
		{name: "erp-connector", version: "7.3.12", hostCount: 2, logger: "Harbour.ErpConnector.Sync", st: style{
			nested: true, zone: zone(3600), layout: layoutDotNet, levels: lvTitle,
			extras: []field{{k: "service.environment", kind: 's', s: "prod"}},
		}},
		{name: "wh-link", version: "2.4.0", pod: true, hostCount: 2, st: style{
			nested: true, zone: zone(10 * 3600), layout: layoutMs, levels: lvLower,
		}},
		{name: "notify-relay", version: "0.19.3", pod: true, hostCount: 1, st: style{
			zone: zone(9 * 3600), layout: layoutMs, levels: lvTitle,
		}},
		{name: "fin-jobs", version: "1.7.0", hostCount: 1, st: style{
			nested: true, zone: zone(-6 * 3600), layout: layoutSeconds, levels: lvLowerLong,
		}},
	}
}

// rollHosts gives svc new host names (a deploy replaces the pods).
func (g *gen) rollHosts(svc *service) {
	svc.hosts = nil
	if !svc.pod {
		for i := 1; i <= svc.hostCount; i++ {
			switch svc.name {
			case "erp-connector":
				svc.hosts = append(svc.hosts, "HA-ERPCONN-0"+string(rune('0'+i)))
			case "order-intake":
				svc.hosts = append(svc.hosts, "intake-worker-"+string(rune('0'+i))+".hcm.harbour.internal")
			default:
				svc.hosts = append(svc.hosts, svc.name+"-worker-"+string(rune('0'+i-1)))
			}
		}
		return
	}
	rs := strings.ToLower(g.code(9)) + "-"
	for range svc.hostCount {
		svc.hosts = append(svc.hosts, svc.name+"-"+strings.ToLower(rs+g.code(5)))
	}
}

func newGen(cfg Config) *gen {
	seed := uint64(cfg.Seed)
	g := &gen{
		cfg:     cfg,
		rng:     rand.New(rand.NewPCG(seed, seed^0x68617262_6f757221)),
		t0:      cfg.Start.UnixNano(),
		end:     cfg.Start.Add(cfg.Duration).UnixNano(),
		minutes: int((cfg.Duration + time.Minute - 1) / time.Minute),
		shopBy:  map[string]*shop{},
		svc:     map[string]*service{},
	}
	fakeSeed := seed*0x9e3779b97f4a7c15 + 0x2545f4914f6cdd1d
	if fakeSeed == 0 {
		fakeSeed = 1 // gofakeit seeds 0 from the system's entropy
	}
	fake := gofakeit.New(fakeSeed)

	g.shops = newShops()
	for _, sh := range g.shops {
		g.shopBy[sh.id] = sh
		for range 120 {
			sh.buyers = append(sh.buyers, buyer{
				name: fake.Name(), email: strings.ToLower(fake.Email()), phone: fake.Phone(),
				street: fake.Street(), city: fake.City(), zip: fake.Zip(),
			})
		}
	}
	for _, s := range newServices() {
		g.svc[s.name] = s
		g.rollHosts(s)
	}
	g.curves()
	g.plan()
	return g
}

// curves computes each shop's per-minute activity (its local rhythm, the
// weekday, the flash sale) and the store's.
func (g *gen) curves() {
	g.global = make([]float64, g.minutes)
	var total float64
	for _, sh := range g.shops {
		total += sh.orders
	}
	for _, sh := range g.shops {
		sh.curve = make([]float64, g.minutes)
		sh.listCurve = make([]float64, g.minutes)
		for m := range g.minutes {
			ts := g.t0 + int64(m)*minuteNs + 30*int64(time.Second)
			local := time.Unix(0, ts).UTC().Add(time.Duration(sh.off) * time.Second)
			h := float64(local.Hour()) + float64(local.Minute())/60 - sh.shift
			c := rhythmAt(h) * weekday[local.Weekday()]
			if sh.id == "AU-SF-01" {
				c *= g.saleBoost(ts)
			}
			sh.curve[m] = c
			sh.listCurve[m] = 0.4 + 0.6*c
			g.global[m] += c * sh.orders / total
		}
	}
}

// saleBoost is the flash sale's traffic multiplier: x3 within 6 minutes of
// the start, back to x1 over the 8 minutes after the end.
func (g *gen) saleBoost(ts int64) float64 {
	s, e := g.off(saleStart), g.off(saleEnd)
	switch {
	case ts < s || ts >= e+8*minuteNs:
		return 1
	case ts < s+6*minuteNs:
		return 1 + 2*float64(ts-s)/float64(6*minuteNs)
	case ts < e:
		return 3
	default:
		return 3 - 2*float64(ts-e)/float64(8*minuteNs)
	}
}

// shopNow draws a shop by its share of orders at ts.
func (g *gen) shopNow(ts int64, withQuiet bool) *shop {
	m := g.minuteOf(ts)
	var ws [8]float64
	for i, sh := range g.shops {
		if sh.quiet && !withQuiet {
			continue
		}
		ws[i] = sh.orders * sh.curve[m]
	}
	return g.shops[g.pick(ws[:len(g.shops)])]
}

// plan sets up the ordinary traffic, the jobs and the script's actions.
func (g *gen) plan() {
	for _, sh := range g.shops {
		if sh.bff > 0 {
			g.streams = append(g.streams, &stream{rate: sh.bff, curve: sh.curve, shop: sh, fn: bffRequest})
		}
		if sh.listing > 0 {
			g.streams = append(g.streams, &stream{rate: sh.listing, curve: sh.listCurve, shop: sh, fn: listingCall})
		}
		g.streams = append(g.streams, &stream{rate: sh.orders, curve: sh.curve, shop: sh, fn: intakeOrder})
		if sh.provider != "" {
			g.streams = append(g.streams, &stream{rate: 3 * sh.orders, curve: sh.curve, shop: sh, fn: payCallback})
		}
	}
	g.streams = append(g.streams,
		&stream{rate: 34, curve: g.global, fn: catalogRequest},
		&stream{rate: 6, fn: catalogRequest},
		&stream{rate: 16, fn: erpPoll},
		&stream{rate: 25, curve: g.global, fn: erpOrder},
		&stream{rate: 10, curve: g.global, fn: whShipment},
		&stream{rate: 4, fn: whTracking},
		&stream{rate: 8, curve: g.global, fn: notifySend},
	)
	g.tickers = append(g.tickers, intakePolls)
	g.planJobs()
	g.planScript()
}
