package redact

import "strings"

// Carriers number parcels with long digit runs that can pass the Luhn
// check and begin like a card's issuer: Canada Post's sixteen digits,
// Yamato's and Aramex's twelve and eleven. Right after a tracking word or
// key ("tracking 6306…", "tracking=5202…", "Tracking: 6085…",
// "tracking_number": "…", "waybill", "AWB"), digits in one piece are the
// parcel's number: nobody logs a card under a tracking label.

// trackingWords end the labels that name a parcel's number.
var trackingWords = []string{"tracking", "trackingnumber", "trackingno", "trackingid", "trackingcode", "waybill",
	"waybillno", "waybillnumber", "awb", "awbno", "consignment", "consignmentno", "sendungsnummer", "rastreio",
	"seguimiento", "suivi", "spedizione", "zendingnummer", "przesyłki", "отслеживания", "трек", "трекномер"}

// trackingBefore reports a tracking word or key right before p: the word
// ends at most three bytes of ": =\"'" before p.
func trackingBefore(s string, p int) bool {
	e := p
	for k := 0; k < 4 && e > 0 && strings.IndexByte(` :="'`, s[e-1]) >= 0; k++ {
		e--
	}
	if e == p && p > 0 {
		return false
	}
	b := e
	for b > 0 && e-b < 40 && (isAlpha(s[b-1]) || s[b-1] == '_' || s[b-1] == '-' || s[b-1] == '.' || s[b-1] >= 0x80) {
		b--
	}
	if e-b < 3 {
		return false
	}
	var buf [40]byte
	w := buf[:0]
	for i := b; i < e; i++ {
		c := s[i]
		if c == '_' || c == '-' || c == '.' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	for _, t := range trackingWords {
		if strings.HasSuffix(string(w), t) {
			return true
		}
	}
	return false
}
