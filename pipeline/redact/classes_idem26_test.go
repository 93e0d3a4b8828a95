package redact

import (
	"strings"
	"testing"
)

// Class: a greeting, then a phrase in a script written without spaces
// between words ("send to", "delivery address") and an address. The first
// pass refuses the phrase as the greeted name because the address holds
// digits; the second pass must read the address's marker the same way, not
// as the end of the message that makes the phrase a name. Redacting twice
// equals redacting once, and the phrase stays on both passes.
func TestClassIdem26GreetingPhraseBeforeMarker(t *testing.T) {
	r := newDefault(t)
	for _, tc := range []struct{ in, phrase, addr string }{
		{"สวัสดีค่ะ ส่งมาที่ 15/10 หมู่ 11 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500", "ส่งมาที่", "15/10 หมู่ 11"},
		{"こんにちは 送り先 東京都渋谷区神南1-2-3 サンプルビル4F", "送り先", "神南1-2-3"},
		{"こんにちは お届け先 大阪府大阪市北区梅田3-1-1", "お届け先", "梅田3-1-1"},
	} {
		once := r.String(tc.in)
		twice := r.String(once)
		if twice != once {
			t.Errorf("%q:\n once  %q\n twice %q", tc.in, once, twice)
		}
		for _, out := range []string{once, twice} {
			if !strings.Contains(out, tc.phrase) {
				t.Errorf("%q: phrase %q masked: %q", tc.in, tc.phrase, out)
			}
			if strings.Contains(out, tc.addr) {
				t.Errorf("%q: address %q kept: %q", tc.in, tc.addr, out)
			}
		}
	}
}

// Class: a marker for a name stands for letters, so the greeted reading
// goes on over it as it went over the name; a marker for a phone or an
// e-mail stands for a value the reader refuses, as it refused the value.
func TestClassIdem26GreetingMarkerKinds(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		"สวัสดีค่ะ ส่งมาที่ สมชาย ใจดี 0812345678",
		"สวัสดีค่ะ ส่งมาที่ สมชาย ใจดี",
		"こんにちは 山田太郎 090-1234-5678",
		"Hello Maria Garcia, see +44 7700 900123",
		"Hola María ana.lopez@example.com",
		"ສະບາຍດີ ສົ່ງໄປທີ່ 15 ຖະໜົນລ້ານຊ້າງ ບ້ານໂພນໄຊ ເມືອງໄຊເສດຖາ ນະຄອນຫຼວງວຽງຈັນ",
		"សួស្តី ផ្ញើទៅ 15 ផ្លូវ 271 សង្កាត់ទួលទំពូង ខណ្ឌចំការមន ភ្នំពេញ",
		"မင်္ဂလာပါ ပို့ရန် 15 ဗိုလ်ချုပ်လမ်း ကျောက်တံတားမြို့နယ် ရန်ကုန်",
		"您好 请寄到 北京市朝阳区建国路88号院3号楼1201室",
	} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("%q:\n once  %q\n twice %q", in, once, twice)
		}
	}
}

// Class: a value whose one word was read as a name and whose other words
// are capitalised ("Main Ba"). A second pass reads "Main [REDACTED:name]"
// as one value holding a name and takes its other words; the first pass
// must read the name it found the same way.
func TestClassIdem26MarkedValueOwnName(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{"Main Ba", "Main Lee", `order 1 for "Warehouse Lee"`, `{"customer":"Maria Zuluaga Castaño"}`} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("%q:\n once  %q\n twice %q", in, once, twice)
		}
	}
}
