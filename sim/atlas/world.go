package atlas

import (
	"hash/fnv"
	"math"
	"strconv"
	"time"
	_ "time/tzdata" // shop time zones must not depend on the host's zoneinfo
)

// Regions with their own daily peak.
const (
	regionAPAC  = "apac"
	regionEU    = "eu"
	regionLATAM = "latam"
)

// shop is one marketplace store of the brand.
type shop struct {
	platform string
	id       string
	region   string
	country  string // ISO 3166 alpha-2
	tz       string
	currency string
	weight   float64 // relative traffic
	domain   string  // marketplace API host the connectors call

	loc   *time.Location
	curve []float32 // traffic multiplier per simulated minute (mean ≈ 1)
}

// shopTable is the store: 14 shops on five platforms in eight countries.
// Asia carries about two thirds of the traffic, Europe and Latin America the
// rest; LZD-PH-04 is a quiet shop that sees a few orders an hour.
func shopTable() []*shop {
	return []*shop{
		{platform: "shopee", id: "SHP-SG-01", region: regionAPAC, country: "SG", tz: "Asia/Singapore", currency: "SGD", weight: 1.0, domain: "partner.shopeemobile.com"},
		{platform: "shopee", id: "SHP-ID-02", region: regionAPAC, country: "ID", tz: "Asia/Jakarta", currency: "IDR", weight: 1.3, domain: "partner.shopeemobile.com"},
		{platform: "shopee", id: "SHP-BR-03", region: regionLATAM, country: "BR", tz: "America/Sao_Paulo", currency: "BRL", weight: 0.8, domain: "openplatform.shopee.com.br"},
		{platform: "lazada", id: "LZD-SG-01", region: regionAPAC, country: "SG", tz: "Asia/Singapore", currency: "SGD", weight: 0.7, domain: "api.lazada.sg"},
		{platform: "lazada", id: "LZD-ID-02", region: regionAPAC, country: "ID", tz: "Asia/Jakarta", currency: "IDR", weight: 0.9, domain: "api.lazada.co.id"},
		{platform: "lazada", id: "LZD-TH-03", region: regionAPAC, country: "TH", tz: "Asia/Bangkok", currency: "THB", weight: 0.6, domain: "api.lazada.co.th"},
		{platform: "lazada", id: "LZD-PH-04", region: regionAPAC, country: "PH", tz: "Asia/Manila", currency: "PHP", weight: 0.04, domain: "api.lazada.com.ph"},
		{platform: "tiktok", id: "TTS-ID-01", region: regionAPAC, country: "ID", tz: "Asia/Jakarta", currency: "IDR", weight: 1.0, domain: "open-api.tiktokglobalshop.com"},
		{platform: "tiktok", id: "TTS-MY-02", region: regionAPAC, country: "MY", tz: "Asia/Kuala_Lumpur", currency: "MYR", weight: 0.6, domain: "open-api.tiktokglobalshop.com"},
		{platform: "amazon", id: "AMZ-DE-01", region: regionEU, country: "DE", tz: "Europe/Berlin", currency: "EUR", weight: 1.2, domain: "sellingpartnerapi-eu.amazon.com"},
		{platform: "amazon", id: "AMZ-JP-02", region: regionAPAC, country: "JP", tz: "Asia/Tokyo", currency: "JPY", weight: 0.9, domain: "sellingpartnerapi-fe.amazon.com"},
		{platform: "amazon", id: "AMZ-BR-03", region: regionLATAM, country: "BR", tz: "America/Sao_Paulo", currency: "BRL", weight: 0.5, domain: "sellingpartnerapi-na.amazon.com"},
		{platform: "shopify", id: "SHF-EU-01", region: regionEU, country: "DE", tz: "Europe/Berlin", currency: "EUR", weight: 0.8, domain: "atlas-home-eu.myshopify.com"},
		{platform: "shopify", id: "SHF-BR-02", region: regionLATAM, country: "BR", tz: "America/Sao_Paulo", currency: "BRL", weight: 0.5, domain: "atlas-home-br.myshopify.com"},
	}
}

// quietShopID is the shop whose isolated errors are a trap.
const quietShopID = "LZD-PH-04"

// service is one of the back office's services.
type service struct {
	name    string
	schema  schema
	errP    float64 // baseline probability that a line is an error
	version string  // version at the start of the span
	pods    int
	dataset string
	logFile string
	loggers []string

	deploys []deployAt // sorted by time
	hosts   map[string][]string
	offset  int64 // filebeat log.offset
}

type deployAt struct {
	at       int64
	version  string
	rollback bool
	comment  string
}

func (s *service) versionAt(ts int64) string {
	v := s.version
	for _, d := range s.deploys {
		if d.at > ts {
			break
		}
		v = d.version
	}
	return v
}

// k8s-style name alphabet (no vowels, no confusable digits).
const podAlphabet = "bcdfghjklmnpqrstvwxz2456789"

func hashString(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func podChars(h uint64, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = podAlphabet[h%uint64(len(podAlphabet))]
		h /= uint64(len(podAlphabet))
	}
	return string(b)
}

// hostsFor returns the hosts running version v: Kubernetes pods whose
// replica-set hash changes with every deployment for Java and Python
// services, fixed EC2 instances for the Filebeat-shipped ones.
func (s *service) hostsFor(v string) []string {
	if hs, ok := s.hosts[v]; ok {
		return hs
	}
	hs := make([]string, s.pods)
	for i := range hs {
		if s.schema == filebeat {
			h := hashString(s.name, strconv.Itoa(i))
			hs[i] = "ip-10-42-" + strconv.Itoa(int(h%200)+10) + "-" + strconv.Itoa(int(h/200%240)+10) + ".ap-southeast-1.compute.internal"
		} else {
			rs := podChars(hashString(s.name, v), 10)
			hs[i] = s.name + "-" + rs + "-" + podChars(hashString(s.name, v, strconv.Itoa(i)), 5)
		}
	}
	s.hosts[v] = hs
	return hs
}

func (s *service) host(g *gen, ts int64) string {
	hs := s.hostsFor(s.versionAt(ts))
	return hs[g.rng.IntN(len(hs))]
}

func (s *service) thread(g *gen) string {
	return threadNames[g.rng.IntN(len(threadNames))]
}

var threadNames = func() []string {
	t := make([]string, 0, 24)
	for i := 1; i <= 20; i++ {
		t = append(t, "http-nio-8080-exec-"+strconv.Itoa(i))
	}
	return append(t, "scheduling-1", "kafka-listener-0", "kafka-listener-1", "ForkJoinPool.commonPool-worker-3")
}()

func (s *service) pid(host string) int64 {
	return int64(hashString(host)%30000) + 7
}

func (s *service) pyFunc(r *rec) string {
	switch {
	case r.jobName != "":
		return "run_job"
	case r.action == "deploy":
		return "on_startup"
	case r.level == lvError:
		return "handle_failure"
	}
	return "handle"
}

// Service names.
const (
	svcOMS        = "oms-core"
	svcStock      = "stock-bridge"
	svcPay        = "pay-notify"
	svcERP        = "erp-adapter"
	svcWMS        = "wms-bridge"
	svcCatalog    = "catalog-api"
	svcSPAPI      = "sp-api-relay"
	svcStorefront = "storefront-events"
	svcShopee     = "shopee-client"
	svcLazada     = "lazada-gateway"
	svcTikTok     = "tiktok-connector"
)

// Job names.
const (
	jobSettlement = "settlement-export"
	jobFeed       = "feed-refresh"
	jobLedger     = "ledger-reconcile"
	jobReview     = "review-digest"
	jobLabel      = "label-batch"
)

func serviceTable() []*service {
	mk := func(name string, sc schema, errP float64, version string, pods int, loggers ...string) *service {
		return &service{
			name: name, schema: sc, errP: errP, version: version, pods: pods,
			dataset: name + ".log",
			logFile: "/var/log/atlas/" + name + "/" + name + ".json",
			loggers: loggers,
			hosts:   map[string][]string{},
		}
	}
	return []*service{
		mk(svcOMS, javaECS, 0.012, "4.1.2", 3, "com.atlashome.oms.order.OrderController", "com.atlashome.oms.order.OrderImportService", "com.atlashome.oms.persistence.SlowQueryLogger"),
		mk(svcStock, javaECS, 0.005, "2.8.1", 2, "com.atlashome.stock.sync.InventoryPushWorker", "com.atlashome.stock.sync.PricePushWorker"),
		mk(svcPay, pythonECS, 0.004, "3.2.0", 2, "pay_notify.callbacks"),
		mk(svcERP, javaECS, 0.005, "1.19.4", 2, "com.atlashome.erp.odata.ErpClient", "com.atlashome.erp.jobs.JobScheduler"),
		mk(svcWMS, filebeat, 0.005, "0.9.7", 2),
		mk(svcCatalog, pythonECS, 0.004, "2.4.1", 2, "catalog.api.products", "catalog.api.categories", "catalog.jobs"),
		mk(svcSPAPI, javaECS, 0.004, "6.2.0", 2, "com.atlashome.spapi.SpApiClient", "com.atlashome.spapi.jobs.FeedRefreshJob"),
		mk(svcStorefront, filebeat, 0.003, "1.7.3", 2),
		mk(svcShopee, pythonECS, 0.004, "3.11.0", 2, "shopee_client.api"),
		mk(svcLazada, filebeat, 0.004, "5.3.0", 2),
		mk(svcTikTok, filebeat, 0.004, "1.14.2", 2),
	}
}

// Daily rhythm: a late-morning bump, an afternoon shoulder and the evening
// peak around 20:45 local time, quiet between 02:00 and 06:00.
func bump(h, mu, sigma float64) float64 {
	x := math.Abs(h - mu)
	if x > 12 {
		x = 24 - x
	}
	return math.Exp(-0.5 * (x / sigma) * (x / sigma))
}

func dailyRaw(h float64) float64 {
	return 0.14 + 0.55*bump(h, 11.0, 2.3) + 0.30*bump(h, 15.5, 2.0) + 1.10*bump(h, 20.75, 1.7)
}

// dailyMean normalises dailyRaw to a mean of 1 over the day.
var dailyMean = func() float64 {
	s := 0.0
	for m := 0; m < 1440; m++ {
		s += dailyRaw(float64(m) / 60)
	}
	return s / 1440
}()

// weekly scales a local day by its weekday (Sunday first): weekends sell
// more, midweek a little less.
var weekly = [7]float64{1.22, 1.0, 0.96, 0.97, 1.0, 1.06, 1.18}

// localCurve is the traffic multiplier at instant t in loc.
func localCurve(t time.Time, loc *time.Location) float64 {
	lt := t.In(loc)
	h := float64(lt.Hour()) + float64(lt.Minute())/60 + 0.5/60
	return dailyRaw(h) / dailyMean * weekly[lt.Weekday()]
}

// regionPeak is the evening peak of one region, in the local time of its
// reference zone, as a quiet period.
type regionPeak struct {
	region   string
	tz       string
	from, to time.Duration // local clock
}

var regionPeaks = []regionPeak{
	// Tokyo peaks at 11:45 UTC, Singapore at 12:45, Jakarta and Bangkok at 13:45.
	{regionAPAC, "Asia/Singapore", 19*time.Hour + 30*time.Minute, 22*time.Hour + 30*time.Minute},
	{regionEU, "Europe/Berlin", 19*time.Hour + 45*time.Minute, 21*time.Hour + 45*time.Minute},
	{regionLATAM, "America/Sao_Paulo", 19*time.Hour + 45*time.Minute, 21*time.Hour + 45*time.Minute},
}
