package redact

import "testing"

// The ad29 round's classes: addresses in prose inside a form body or a
// query string, and the parts that end an address's span. Every value is
// made up; cases are checked by checkIDs21 (kept, gone, twice equals once).

// Class: a street's word of its script beside a house number, read in a
// form-encoded or URL-encoded value as in plain text.
func TestAd29DecodedStreets(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "order=1&note=COD+failed%3A+not+home+at+ul.+Fakowa+60%2F31%2C+56-992+Gda%C5%84sk%2C+retry&v=3.1.7",
			gone: []string{"Fakowa+60"}, keep: []string{"v=3.1.7"}},
		{in: "https://api.example/v2/note?x=1&note=pickup%20from%20%CE%9F%CE%B4%CF%8C%CF%82%20%CE%91%CE%B8%CE%B7%CE%BD%CE%AC%CF%82%2043%2C%20194%2042&v=2.6.35",
			gone: []string{"%2043%2C"}, keep: []string{"v=2.6.35"}},
		// traps: a product and a version in the same body stay
		{in: "item=Sesame+Street+plush%2C+GTIN+4908130289011&app=v1.26.45&note=caf%C3%A9+ok",
			keep: []string{"Sesame+Street+plush", "4908130289011", "v1.26.45"}},
	})
}
