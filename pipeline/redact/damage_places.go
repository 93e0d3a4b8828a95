package redact

import "strings"

// Marketplaces write the places of an address as objects of their own
// (Mercado Libre's `"city":{"id":"…","name":"Campinas"}`, `"state":{"name":
// …}`, `"country":{"id":"BR","name":"Brasil"}`, `"neighborhood":{"name":…}`),
// so a place's name stands under a bare "name" key that is otherwise read
// as a person's. The object's own key says whose name it is: a city, a
// region or a country standing alone is no buyer's PII (the street and the
// house number are, and are read under their own keys).

// placeWords are the keys of administrative places, in the languages of
// the marketplaces' APIs; a key ends in one ("receiver_city", "shipCountry").
var placeWords = []string{"city", "town", "village", "state", "province", "region", "country", "county", "district",
	"municipality", "municipio", "neighborhood", "neighbourhood", "barrio", "bairro", "colonia", "locality", "suburb",
	"prefecture", "territory", "ciudad", "cidade", "ville", "stadt", "provincia", "provincie", "estado", "pais", "país",
	"paese", "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "quan", "huyen", "tinh", "sehir", "şehir", "ilce",
	"ilçe", "gorod", "город", "область", "регион", "страна", "район", "市", "省", "区", "県", "国", "都道府県", "市区町村"}

// placeKey reports whether the key k names an administrative place: it is
// one of placeWords, or ends in one after a separator or a capital
// ("shipping_city", "receiverCity"; not "capacity", "ethnicity").
func placeKey(k string) bool {
	for _, w := range placeWords {
		if len(k) < len(w) || !strings.EqualFold(k[len(k)-len(w):], w) {
			continue
		}
		b := len(k) - len(w)
		if b == 0 {
			return true
		}
		p := k[b-1]
		if p == '_' || p == '-' || p == '.' || p == ' ' || k[b] >= 'A' && k[b] <= 'Z' && p >= 'a' && p <= 'z' || w[0] >= 0x80 {
			return true
		}
	}
	return false
}

// placeParent reports whether the bare "name" whose key starts at ks names
// a place: the object that holds it is under a place's key
// (`"city":{"id":"…","name":…}`).
func placeParent(s string, ks int) bool {
	p := enclosingKey(s, ks)
	return p != "" && placeKey(p)
}

// postcodeAlone reports whether the Japanese postcode after a postal mark
// (at k, after "〒") ends its value: `"zip":"〒150-0002"`, `postcode=〒150-0002`.
// The mark begins an address wherever it stands only when a place follows
// ("〒415-6223 愛知県…", "〒100-0001, Tokyo"); a postcode alone is kept, as
// every postcode alone is.
func postcodeAlone(s string, k int) bool {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	for k < len(s) && (isDigit(s[k]) || s[k] == '-') {
		k++
	}
	for k < len(s) && (s[k] == ' ' || s[k] == ',') {
		k++
	}
	if strings.HasPrefix(s[k:], "\u3000") {
		k += len("\u3000")
	}
	if k == len(s) || !isAlpha(s[k]) && s[k] < 0x80 || dm33PostcodeNote(s, k) {
		return true // ("(〒015-6548 depot)": a note in brackets, dm33_labels.go)
	}
	// The next word is a key of its own: "postcode=〒150-0002 carrier=…".
	e := k
	for e < len(s) && (isWord(s[e]) || s[e] == '.' || s[e] == '-') {
		e++
	}
	return e > k && e < len(s) && (s[e] == '=' || s[e] == ':')
}
