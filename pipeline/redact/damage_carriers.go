package redact

// A carrier's name written as a label or a key names its tracking number:
// "(FedEx: 017633597936)", "DHL=1234567890", `"yamato":"…"`. The digits
// there are an id, as after "tracking" or "waybill", not a phone (a
// FedEx number of twelve digits led by 0 reads as a national number).
// The carriers are the parcel services of the markets vigil's shops sell
// in, as one word, lower case; not those that are also given names or
// words ("Kerry", "Lotte", "Bring").
var carrierKeys = setOf("fedex", "dhl", "ups", "usps", "tnt", "dpd", "gls", "ems", "aramex", "yamato", "sagawa",
	"japanpost", "royalmail", "parcelforce", "evri", "hermes", "correos", "correios", "postnl", "colissimo",
	"chronopost", "laposte", "bpost", "postnord", "posti", "omniva", "packeta", "inpost", "seur", "mrw",
	"nacex", "brt", "canadapost", "purolator", "auspost", "startrack", "nzpost", "ontrac", "lasership",
	"estafeta", "servientrega", "coordinadora", "andreani", "delhivery", "bluedart", "ekart", "xpressbees",
	"shadowfax", "ninjavan", "jnt", "jtexpress", "jne", "sicepat", "anteraja", "poslaju", "citylink", "gdex",
	"kerry", "flashexpress", "thailandpost", "lbc", "viettelpost", "ghn", "ghtk", "spx", "sfexpress",
	"zto", "yto", "yunda", "cainiao", "yunexpress", "cjlogistics", "hanjin", "epost", "qxpress",
	"smsa", "naqel", "speedy", "econt", "sameday", "fancourier", "cargus", "geniki", "acs", "elta", "yurtici",
	"araskargo", "mngkargo", "pttkargo", "novaposhta", "ukrposhta", "cdek", "boxberry", "pochta")
