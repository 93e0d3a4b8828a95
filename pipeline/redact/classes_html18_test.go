package redact

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// HTML mail bodies as notification, CRM, helpdesk and dispute services log
// them (html18_view.go): read rendered, a label cell beside its value
// cell, entities decoded, a link's mailto: and an input's value read as
// text, the markup left as it was. Every value is made up.

// fakeHTML18 returns made-up values from seed: a two-word name of invented
// syllables, an e-mail address at example.com, a phone of the 555 range
// and a street line of an invented street.
func fakeHTML18(seed int64) (name, mail, phone, street string) {
	rng := rand.New(rand.NewSource(seed))
	syl := []string{"ta", "vi", "lo", "ren", "mar", "do", "ka", "zel", "qui", "sen", "bo", "ria"}
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syl[rng.Intn(len(syl))])
		}
		w := b.String()
		return strings.ToUpper(w[:1]) + w[1:]
	}
	given, family := word(2), word(3)
	name = given + " " + family
	mail = fmt.Sprintf("%s.%s%d@example.com", strings.ToLower(given), strings.ToLower(family), rng.Intn(90)+10)
	phone = fmt.Sprintf("+1 415 555 %04d", rng.Intn(10000))
	street = fmt.Sprintf("%d %sfake Street", rng.Intn(200)+1, word(2))
	return
}

// tagsOf18 returns the tags of an HTML text in order, the values of the
// attributes that carry data emptied: the markup the redactor must leave as
// it was.
var (
	tagRE18  = regexp.MustCompile(`<[^>]*>`)
	dataRE18 = regexp.MustCompile(`(href|value|alt|title)=\\?"[^"]*"`)
)

func tagsOf18(s string) string {
	return dataRE18.ReplaceAllString(strings.Join(tagRE18.FindAllString(s, -1), ""), `$1=""`)
}

func checkHTML18(t *testing.T, r *Redactor, in string, leaks, keep []string) {
	t.Helper()
	out := r.String(in)
	for _, v := range leaks {
		if strings.Contains(out, v) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", v, in, out)
		}
	}
	for _, v := range keep {
		if !strings.Contains(out, v) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", v, in, out)
		}
	}
	if tagsOf18(out) != tagsOf18(in) {
		t.Errorf("markup changed:\n in:  %s\n out: %s", in, out)
	}
	if again := r.String(out); again != out {
		t.Errorf("not idempotent:\n once:  %s\n twice: %s", out, again)
	}
}

// A table's label cell names the value in the cell beside it, as "label:
// value" does in text: a name, a phone, a street, a key's secret; ids,
// amounts and SKUs in the other rows stay.
func TestHTML18LabelCells(t *testing.T) {
	r := newDefault(t)
	for seed := int64(1); seed <= 6; seed++ {
		name, _, phone, street := fakeHTML18(seed)
		secret := fmt.Sprintf("f%015xa%015x", seed*0x5e3779b97f4a7c1, seed*0x3c6ef372fe94f82)[:32]
		in := "mail body (text/html): <html><body><p>Hola,</p><table>" +
			"<tr><td>nombre</td><td>" + name + "</td></tr>" +
			"<tr><td>order_id</td><td>574945174229138356</td></tr>" +
			"<tr><td>celular</td><td>" + phone + "</td></tr>" +
			"<tr><td>total</td><td>$1,963.83</td></tr>" +
			"<tr><td>dirección</td><td>" + street + ", Springfield</td></tr>" +
			"<tr><td>sku</td><td>SKN-RED-L-3338</td></tr>" +
			"<tr><td>auth_token=</td><td>" + secret + "</td></tr>" +
			"</table><p>gracias &amp; see you soon</p></body></html>"
		checkHTML18(t, r, in,
			[]string{strings.Fields(name)[1], phone, strings.Fields(street)[1], secret},
			[]string{"574945174229138356", "$1,963.83", "SKN-RED-L-3338", "<td>nombre</td>", "gracias &amp; see you soon"})
	}
	// pretty-printed, upper case, attributes on the cells, a <th> label
	name, _, phone, _ := fakeHTML18(7)
	in := "<html>\n  <body>\n    <table border=\"0\">\n      <tr>\n        <td style=\"padding:4px\"><b>Customer</b></td>\n        <td>" + name + "</td>\n      </tr>\n" +
		"      <TR><TH align=\"left\">Phone</TH><TD>" + phone + "</TD></TR>\n      <tr><td>Invoice</td><td>FV/2026/781717</td></tr>\n    </table>\n  </body>\n</html>"
	checkHTML18(t, r, in, []string{strings.Fields(name)[1], phone}, []string{"FV/2026/781717"})
}

// Character references stand for the characters a person reads: "&#64;" and
// "&#x40;" in an address, a name's letters written as numeric references,
// "&amp;" inside a password; the whole reference goes with the value.
func TestHTML18Entities(t *testing.T) {
	r := newDefault(t)
	for seed := int64(1); seed <= 4; seed++ {
		_, mail, _, _ := fakeHTML18(seed)
		local := mail[:strings.IndexByte(mail, '@')]
		for _, at := range []string{"&#64;", "&#x40;", "&commat;"} {
			enc := strings.Replace(mail, "@", at, 1)
			in := "<table><tr><td>correo</td><td>" + enc + "</td></tr><tr><td>ticket</td><td>#88123</td></tr></table>"
			checkHTML18(t, r, in, []string{local, enc}, []string{"#88123"})
		}
	}
	// a name's letters as numeric references ("Jiří Novák")
	in := "<p>Dear Ji&#345;&#237; Fakov&#225;k,</p><p>refund of &euro;12.00 for order #5521 approved.</p>"
	checkHTML18(t, r, in, []string{"Ji&#345;&#237;", "Fakov&#225;k"}, []string{"&euro;12.00", "#5521"})
	// an input's password with an ampersand written as "&amp;"
	in = `<form action="/login"><input name="password" type="password" value="Tr0ub4dor&amp;3xFake"><input name="order_id" value="482019"></form>`
	checkHTML18(t, r, in, []string{"Tr0ub4dor", "3xFake"}, []string{`value="482019"`})
}

// A link's mailto: and tel: targets and an input's value are text the mail
// carries: read after the input's name as after a label. The attributes
// that are markup (an input's name and type, a class, a style) stay.
func TestHTML18Attributes(t *testing.T) {
	r := newDefault(t)
	for seed := int64(1); seed <= 4; seed++ {
		_, mail, phone, _ := fakeHTML18(seed)
		enc := strings.Replace(mail, "@", "&#64;", 1)
		local := mail[:strings.IndexByte(mail, '@')]
		in := `<tr><td>E-Mail</td><td><a class="mail" href="mailto:` + enc + `">` + enc + `</a></td></tr>` +
			`<tr><td>Hotline</td><td><a href="tel:` + strings.ReplaceAll(phone, " ", "") + `">call us</a></td></tr>`
		checkHTML18(t, r, in, []string{local, strings.ReplaceAll(phone, " ", "")[3:]}, []string{`class="mail"`, "call us"})
		in = `<form><input type="hidden" name="email" value="` + mail + `"><input type="text" name="contact_phone" value="` + phone + `"><input name="sku" value="LIP-NVY-42-2490"></form>`
		checkHTML18(t, r, in, []string{local, phone}, []string{`name="email"`, `type="hidden"`, `name="contact_phone"`, "LIP-NVY-42-2490"})
	}
}

// A value the view reads across inline tags ("Dear <b>Given</b> Family")
// is replaced in each text node, the tags between kept; markup written
// inside a JSON string ("<\/td>", href=\"…\") is read the same way.
func TestHTML18AcrossTags(t *testing.T) {
	r := newDefault(t)
	for seed := int64(1); seed <= 4; seed++ {
		name, mail, _, street := fakeHTML18(seed)
		g, f := strings.Fields(name)[0], strings.Fields(name)[1]
		in := `<p><b>Name:</b> <span class="given">` + g + `</span> <span class="family">` + f + `</span><br><b>Ship to:</b> ` + street + `, Springfield<br><b>Order:</b> 112-4567890-1234567</p>`
		checkHTML18(t, r, in, []string{f, strings.Fields(street)[1]}, []string{"112-4567890-1234567", `class="family"`})
		enc := strings.Replace(mail, "@", "&#64;", 1)
		in = `{"body":"<table><tr><td>nombre<\/td><td>` + name + `<\/td><\/tr><tr><td>correo<\/td><td><a href=\"mailto:` + enc + `\">` + enc + `<\/a><\/td><\/tr><tr><td>pedido<\/td><td>#40211<\/td><\/tr><\/table>"}`
		checkHTML18(t, r, in, []string{f, mail[:strings.IndexByte(mail, '@')]}, []string{"#40211"})
	}
}

// Text that is not HTML is not read as such: XML that shares element names
// with HTML, a generic type, an address in angle brackets.
func TestHTML18NotHTML(t *testing.T) {
	for _, s := range []string{
		`<Invoice><Address><Street>x</Street></Address><code>A1</code></Invoice>`,
		`failed to decode List<OrderLine>: unexpected token`,
		`From: "Shop" <noreply@example.com>`,
		`GET /search?q=a&b=c&sort=asc`,
	} {
		if mayHoldHTML18(s, sigOf(s)) {
			t.Errorf("read as HTML: %s", s)
		}
	}
	for _, s := range []string{`<p>x</p>`, `a&nbsp;b`, `x&#64;y`, `<TD>x</TD>`, `<br/>`} {
		if !mayHoldHTML18(s, sigOf(s)) {
			t.Errorf("not read as HTML: %s", s)
		}
	}
	// a mailbox in angle brackets that starts like an element's name ("<a
	// little.bit@…>") is no tag, in HTML too: its address is read as ever
	r := newDefault(t)
	for seed := int64(1); seed <= 4; seed++ {
		_, mail, _, _ := fakeHTML18(seed)
		local := mail[:strings.IndexByte(mail, '@')]
		for _, in := range []string{
			"history push 5766966027141425516 rejected: <a " + mail + "> tracking 3192406864",
			"<p>reply from <a little " + mail + "> received for 5766966027141425516</p>",
		} {
			if _, n := htmlTagAt18(in, strings.Index(in, "<a ")); n != 0 {
				t.Errorf("read as a tag: %s", in)
			}
			out := r.String(in)
			if strings.Contains(out, local) || !strings.Contains(out, "5766966027141425516") {
				t.Errorf("mailbox kept or id damaged:\n in:  %s\n out: %s", in, out)
			}
		}
	}
}

// Character references of punctuation alone leave the text as the
// detectors read it; markup escaped once more ("&lt;td&gt;") is HTML.
func TestHTML18EscapedMarkup(t *testing.T) {
	for _, s := range []string{`Marks &amp; Spencer &quot;gift&quot;`, `a &lt; b &gt; c`, `&lt;Invoice&gt;`} {
		if mayHoldHTML18(s, sigOf(s)) {
			t.Errorf("read as HTML: %s", s)
		}
	}
	r := newDefault(t)
	name, mail, _, _ := fakeHTML18(11)
	in := `mail preview: &lt;table&gt;&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;` + name + `&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Email&lt;/td&gt;&lt;td&gt;` + strings.Replace(mail, "@", "&amp;#64;", 1) + `&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; ref #77120`
	checkHTML18(t, r, in, []string{strings.Fields(name)[1], mail[:strings.IndexByte(mail, '@')]}, []string{"#77120", "&lt;td&gt;Name&lt;/td&gt;"})
}

// A label cell that holds its own colon and a scheme ("Authorization:
// Bearer") is continued by the value cell after a space, as the header is
// written on one line.
func TestHTML18LabelCellWithColon(t *testing.T) {
	r := newDefault(t)
	for seed := int64(1); seed <= 4; seed++ {
		secret := fmt.Sprintf("pk_%015x%015x", seed*0x5e3779b97f4a7c1, seed*0x3c6ef372fe94f82)
		in := "<table><tr><td>Authorization: Klaviyo-API-Key</td><td>" + secret + "</td></tr><tr><td>event_time</td><td>1796172274757</td></tr></table>"
		checkHTML18(t, r, in, []string{secret[3:]}, []string{"1796172274757"})
	}
}
