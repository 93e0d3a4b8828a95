package redact

import (
	"strings"
	"testing"
)

// phones22Case is an input, the values that must be masked and the values
// that must survive.
type phones22Case struct {
	in          string
	gone, stays []string
}

func checkPhones22(t *testing.T, cases []phones22Case) {
	t.Helper()
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		out := r.String(c.in)
		for _, v := range c.gone {
			if strings.Contains(out, v) {
				t.Errorf("%q leaked in %q", v, out)
			}
		}
		for _, v := range c.stays {
			if !strings.Contains(out, v) {
				t.Errorf("%q damaged in %q", v, out)
			}
		}
		if again := r.String(out); again != out {
			t.Errorf("not idempotent:\n%q\n%q", out, again)
		}
	}
}

// Class: a header-less row holds one person; a name-shaped cell after the
// person's cell and an amount cell is the row's store or branch.
func TestClassPhones22RowPlaceAfterAmount(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "E00001;Roe, Jane;GB33BUKB20201555555555;BUKBGB22;1234,56;Testville Harbour Park",
			gone: []string{"Roe, Jane"}, stays: []string{"Testville Harbour Park", "1234,56"}},
		{in: "E00002;Jane Roe;jane.roe@example.com;1234.56;Testville Mall",
			gone: []string{"Jane Roe"}, stays: []string{"Testville Mall"}},
	})
}

// Class: a phone printed right after its owner's name or e-mail (a
// receipt's loyalty line, an export row, a spreadsheet dump, a signature)
// or before the e-mail column of a fixed-width record.
func TestClassPhones22NextToOwner(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "C000001;Jane Roe;jane.roe@example.com;212600000002",
			gone: []string{"212600000002"}, stays: []string{"C000001"}},
		{in: "#1001\t01.02.2026\tJane Roe\tjane.roe@example.com\t37120000002\tSKU-RED-1\t12.50",
			gone: []string{"37120000002"}, stays: []string{"SKU-RED-1", "12.50"}},
		{in: "sheet 'Returns' row 7: A7=#1001 B7='Jane Roe' C7='37250000003' D7='GB33BUKB20201555555555' E7=12.50",
			gone: []string{"37250000003"}, stays: []string{"#1001", "12.50"}},
		{in: "thanks\nJane Roe\n06.00.000.0126\n\nOn Tue, 1 Sep 2026 10:00:00 +0000, Shop <help@example.com> wrote:",
			gone: []string{"000.0126"}},
		{in: "0000000001JANE ROE                      1 Test Street                      Testville           TE1 1ST   20000005          jane.roe@example.com                    20260101",
			gone: []string{"20000005"}, stays: []string{"20260101", "0000000001"}},
		// an id after a name has no phone's numbering plan: it stays
		{in: "LOYALTY: Jane Roe  123456789\nthank you",
			gone: []string{"Jane Roe"}, stays: []string{"123456789"}},
	})
}

// Class: a ZPL text field (^FD…^FS) is a line of the label: a phone label
// at its start is read whatever command is glued before ^FD.
func TestClassPhones22ZPLField(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "^XA\n^FO50,160^A0N,24,24^FDTel 994500000008^FS\n^FO50,220^BCN,100,Y,N,N^FD1Z999AA10123456784^FS\n^XZ",
			gone: []string{"994500000008"}, stays: []string{"1Z999AA10123456784"}},
		{in: "^FO50,160^FDPhone 07700.900.129^FS", gone: []string{"900.129"}},
	})
}

// Class: a value cut at a column's gap while reading a cut-off tail again
// leaves a tail of its own; it is read once more (an e-mail in the last
// columns of a fixed-width record after an address in CJK).
func TestClassPhones22RescanTail(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "0000000002山田花子                          〒100-0001 東京都千代田区千代田1-1-1         東京都千代田区           100-0001  090 0000 0000     test.user+shop@example.com                20260101",
			gone: []string{"test.user+shop@example.com"}, stays: []string{"20260101"}},
	})
}
