package sim

import (
	"strconv"
	"time"
)

// Service names, as written in service.name.
const (
	SvcOrderSync       = "order-sync"
	SvcInventorySync   = "inventory-sync"
	SvcPaymentCallback = "payment-callback"
	SvcAmazonAPI       = "amazon-api"
	SvcShopifyWebhook  = "shopify-webhook"
	SvcJobRunner       = "job-runner"
)

// Scheduled job names, as written in job.name.
const (
	JobInventoryFullSync = "inventory-full-sync"
	JobPriceScraper      = "price-scraper"
	JobCrawler           = "crawler"
)

var serviceSpecs = []struct {
	name, version string
	hosts         int
}{
	{SvcOrderSync, "1.14.2", 3},
	{SvcInventorySync, "2.3.0", 2},
	{SvcPaymentCallback, "1.9.3", 2},
	{SvcAmazonAPI, "5.8.0", 3},
	{SvcShopifyWebhook, "3.1.4", 2},
	{SvcJobRunner, "0.9.7", 1},
}

func (s *Simulator) setupServices() {
	s.services = make(map[string]*service, len(serviceSpecs))
	const podChars = "bcdfghjklmnpqrstvwxz2456789"
	for _, spec := range serviceSpecs {
		sv := &service{name: spec.name, version: spec.version}
		rs := s.hexString(5)
		for i := 0; i < spec.hosts; i++ {
			var pod [5]byte
			for j := range pod {
				pod[j] = podChars[s.rng.IntN(len(podChars))]
			}
			sv.hosts = append(sv.hosts, spec.name+"-"+rs+"-"+string(pod[:]))
		}
		s.services[spec.name] = sv
		s.svcList = append(s.svcList, sv)
	}
}

// shopTable is the store's shops in order; a Config with more shops than
// listed repeats the platforms with new ids.
var shopTable = []shop{
	{id: "S11", platform: "shopify", region: "us", locale: "US", currency: "USD"},
	{id: "S12", platform: "amazon", region: "eu", locale: "DE", currency: "EUR", marketplace: "A1PA6795UKMFR9"},
	{id: "S13", platform: "shopee", region: "sg", locale: "SG", currency: "SGD"},
	{id: "S14", platform: "amazon", region: "us", locale: "US", currency: "USD", marketplace: "ATVPDKIKX0DER"},
	{id: "S15", platform: "lazada", region: "my", locale: "MY", currency: "MYR"},
	{id: "S16", platform: "shopify", region: "uk", locale: "GB", currency: "GBP"},
	{id: "S17", platform: "shopee", region: "my", locale: "MY", currency: "MYR"},
	{id: "S18", platform: "amazon", region: "jp", locale: "JP", currency: "JPY", marketplace: "A1VC38T7YXB528"},
	{id: "S19", platform: "lazada", region: "sg", locale: "SG", currency: "SGD"},
	{id: "S20", platform: "shopify", region: "de", locale: "DE", currency: "EUR"},
	{id: "S21", platform: "amazon", region: "uk", locale: "GB", currency: "GBP", marketplace: "A1F83G8C2ARO7P"},
	{id: "S22", platform: "shopee", region: "sg", locale: "CN", currency: "SGD"},
}

// The shops the incident script names; they are always present.
const (
	burstShopID    = "S12"
	newErrorShopID = "S15"
)

func shopDomain(sh *shop) string {
	switch sh.platform {
	case "amazon":
		switch sh.region {
		case "us":
			return "sellingpartnerapi-na.amazon.com"
		case "jp":
			return "sellingpartnerapi-fe.amazon.com"
		}
		return "sellingpartnerapi-eu.amazon.com"
	case "shopify":
		return "store-" + lower(sh.id) + ".myshopify.com"
	case "shopee":
		return "partner.shopeemobile.com"
	case "lazada":
		if sh.region == "my" {
			return "api.lazada.com.my"
		}
		return "api.lazada.sg"
	}
	return ""
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func (s *Simulator) setupShops() {
	for i := 0; i < s.cfg.Shops; i++ {
		sh := shopTable[i%len(shopTable)]
		sh.id = "S" + strconv.Itoa(11+i)
		sh.domain = shopDomain(&sh)
		sh.nextOrder = 1001 + s.rng.IntN(4000)
		p := &sh
		s.shops = append(s.shops, p)
		switch p.platform {
		case "amazon":
			s.amazon = append(s.amazon, p)
		case "shopify":
			s.shopify = append(s.shopify, p)
		}
		if p.platform != "amazon" {
			s.nonAMZ = append(s.nonAMZ, p)
		}
	}
}

// skuInfo is one product variant the store sells.
type skuInfo struct {
	sku   string
	asin  string
	cents int64
}

const numSKUs = 400

func (s *Simulator) setupSKUs() {
	colors := []string{"BLK", "WHT", "RED", "NVY", "GRN", "GRY", "BEI", "PNK"}
	sizes := []string{"XS", "S", "M", "L", "XL", "OS", "32", "34", "36"}
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i := 0; i < numSKUs; i++ {
		var asin [10]byte
		asin[0], asin[1] = 'B', '0'
		for j := 2; j < 10; j++ {
			asin[j] = alnum[s.rng.IntN(len(alnum))]
		}
		s.skus = append(s.skus, skuInfo{
			sku:   "SKU-" + s.numerify("#####") + "-" + s.pick(colors) + "-" + s.pick(sizes),
			asin:  string(asin[:]),
			cents: int64(s.lognormal(2900, 0.7)),
		})
	}
}

// job is a scheduled job the job runner starts on a fixed cadence.
type job struct {
	name      string
	every     time.Duration
	offset    time.Duration // slot offset within the cadence
	median    time.Duration // typical run time
	failP     float64
	failCode  string
	failMsg   string
	cron      string
	hungSlot  int64 // slot whose run hangs (the outage), or 0
	quietFrom int64 // [quietFrom, quietTo) no runs start
	quietTo   int64
}

// deploy is a scripted deployment, as offset from Start.
type deploy struct {
	offset  time.Duration
	service string
	version string
	note    string
}

var deploys = []deploy{
	{3*time.Hour + 20*time.Minute, SvcOrderSync, "1.14.3", "routine release"},
	{9*time.Hour + 45*time.Minute, SvcShopifyWebhook, "3.1.5", "routine release"},
	{15*time.Hour + 30*time.Minute, SvcInventorySync, "2.3.1", "restart after hung full sync"},
	{17*time.Hour + 10*time.Minute, SvcAmazonAPI, "5.8.1", "routine release"},
	{19*time.Hour + 8*time.Minute, SvcPaymentCallback, "1.9.4", "new callback client"},
	{19*time.Hour + 25*time.Minute, SvcPaymentCallback, "1.9.3", "rollback"},
	{22*time.Hour + 40*time.Minute, SvcOrderSync, "1.15.0", "routine release"},
}

func (s *Simulator) setupSchedule() {
	jobs := []*job{
		{name: JobInventoryFullSync, every: 15 * time.Minute, median: 3 * time.Minute, failP: 0.02,
			failCode: "INVENTORY_SNAPSHOT_STALE", failMsg: "warehouse snapshot older than 30m, aborting", cron: "*/15 * * * *",
			hungSlot: s.inc.outageFrom, quietFrom: s.inc.outageFrom + 1, quietTo: s.inc.outageTo},
		{name: JobPriceScraper, every: time.Hour, offset: 5 * time.Minute, median: 9 * time.Minute, failP: 0.04,
			failCode: "SCRAPE_BLOCKED", failMsg: "competitor site answered 403 for 38% of pages", cron: "5 * * * *"},
		{name: JobCrawler, every: 10 * time.Minute, offset: 2 * time.Minute, median: 90 * time.Second, failP: 0.03,
			failCode: "CRAWL_TIMEOUT", failMsg: "listing crawl exceeded 5m budget", cron: "2-59/10 * * * *"},
	}
	for _, j := range jobs {
		every := int64(j.every)
		slot := floorDiv(s.start-int64(j.offset), every)*every + int64(j.offset)
		if slot < s.start {
			slot += every
		}
		s.scheduleJob(j, slot)
	}
	for i := range deploys {
		d := &deploys[i]
		s.at(s.start+int64(d.offset), &schedItem{fire: (*Simulator).fireDeploy, dep: d})
	}
}
