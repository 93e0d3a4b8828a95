package redact

import "testing"

// PHP's var_dump written on one line: the value after "string(N) " is the
// key's, not the word "string"; a key escaped as bytes is read decoded.
func TestCR32VarDumpOneLine(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`var_dump: array(2) { ["otp"]=> string(6) "481516" ["awb"]=> string(12) "770011223344" }`, "481516"},
		{`var_dump: array(2) { ["password"]=> string(10) "Qv7!mnbzX2" ["sku"]=> string(11) "MUG-1042-BL" }`, "Qv7!mnbzX2"},
		{`var_dump: array(2) { ["\xec\x9d\xb8\xec\xa6\x9d\xeb\xb2\x88\xed\x98\xb8"]=> string(6) "603917" ["awb"]=> string(12) "770011223344" }`, "603917"},
	}, []struct{ in, value string }{
		{`var_dump: array(2) { ["otp"]=> string(6) "481516" ["awb"]=> string(12) "770011223344" }`, `["awb"]=> string(12) "770011223344"`},
		{`var_dump: array(2) { ["sku"]=> string(11) "MUG-1042-BL" ["qty"]=> string(1) "3" }`, `["sku"]=> string(11) "MUG-1042-BL"`},
		{`var_dump: array(1) { ["version"]=> string(6) "4.18.2" }`, `string(6) "4.18.2"`},
	})
}

// A verification code's key in another language, its words joined as a
// key's are, or a CJK word for it; the phrase joined by '_' in text; the
// bare word for "code" in another language read as English's bare "code".
func TestCR32OTPKeysOfOtherLanguages(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`{"رمز_التحقق":"730516","order":"#1042"}`, "730516"},
		{`{"認証コード":"518204","order":"#1042"}`, "518204"},
		{`{"인증번호":"290417","sku":"MUG-1"}`, "290417"},
		{`{"验证码":"663108","sku":"MUG-1"}`, "663108"},
		{`{"код_подтверждения":"902215","sku":"MUG-1"}`, "902215"},
		{`{"رمز_التحقق":"４１２３４５","order":"#1"}`, "４１２３４５"},
		{`sms body="retour / رمز_التحقق 305172 / trace_id 1f2e"`, "305172"},
		{`sms body="retour / mã_OTP 725835 / trace_id 1f2e"`, "725835"},
		{"checkout?%D8%B1%D9%85%D8%B2_%D8%A7%D9%84%D8%AA%D8%AD%D9%82%D9%82=150130&order_id=5201746981162", "150130"},
		{"ticket: amazon_order_id=691-2132193-1610248، код=700423、trace_id f6b9478467485158, telefon：[REDACTED:phone]", "700423"},
		{"checkout?%D0%BA%D0%BE%D0%B4=565170&created_at_ms=1708857261464", "565170"},
	}, []struct{ in, value string }{
		{`{"код":"404","status":"error"}`, "404"},
		{`{"код":"1234","message":"ошибка"}`, "1234"},
		{"verifikasiekode ORD-55821-ZA", "ORD-55821-ZA"},
		{`{"رمز_المنتج":"SKU-7781","order":"#1"}`, "SKU-7781"},
		{"рمز_التحقق sent at 12:04", "12:04"},
	})
}

// A CSV file's text logged as a field's value on the header's line
// ("content=\ufeffhost\tport\totp…"): the header is read after the '=' and
// the byte-order mark.
func TestCR32KeyedCSVHeader(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"export rows=1 file=orders_utf16.csv content=\ufeffhost\tport\totp\tordersn\n\"orders-2.internal\"\t\"15262\"\t\"791919\"\t\"210463T05JN9KU\"\n", "791919"},
		{"export rows=1 file=o.csv content=\ufeff認証コード\tbuild\tsku\n\"230509\"\t\"a497f6e3\"\t\"MUG-1\"\n", "230509"},
	}, []struct{ in, value string }{
		{"export rows=1 file=orders_utf16.csv content=\ufeffhost\tport\torder\tsku\n\"orders-2.internal\"\t\"15262\"\t\"791919\"\t\"MUG-1\"\n", "791919"},
		{"export rows=1 file=orders_utf16.csv content=\ufeffhost\tport\totp\tordersn\n\"orders-2.internal\"\t\"15262\"\t\"791919\"\t\"210463T05JN9KU\"\n", "210463T05JN9KU"},
	})
}

// A password of letters beyond ASCII after its key with a space or a
// full-width colon; a key of such letters after a mark of another script.
func TestCR32UnicodePasswords(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"courier booked: JAN 4903103622888; mot_de_passe さくら5397!", "さくら5397!"},
		{"返品受付: port=49436; smtp_pass ελπίδα6615!, port=1", "ελπίδα6615!"},
		{"payment authorised | كلمة_المرور：şifrem7854! | at_time：18:32:05", "şifrem7854!"},
		{"お問い合わせ: order: #20179、contraseña：LeBHZC!2YWx، status 409", "LeBHZC!2YWx"},
		{"ticket | password Пароль1659! | sku MUG-1", "Пароль1659!"},
	}, []struct{ in, value string }{
		{"promo 夏セール2024! sku MUG-1", "夏セール2024!"},
		{"title: Ελπίδα2024! | sku MUG-1", "Ελπίδα2024!"},
		{"password_policy: Длина12! ok", "Длина12!"},
		{"order：Room 3306、qty：x12", "Room 3306"},
	})
}

// Secret-shaped words of a fixed-width record that holds other PII.
func TestCR32FixedWidthSecrets(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"H01SHOP  20261207\nLotus1996$ [REDACTED:iban] HB-WSU-1070-M 1746090766916    ¥256400   req_olog4d9xo4edoqomqpc    INV-2024-912480   1867ms\nT01000001", "Lotus1996$"},
		{"H01SHOP  20261207\nGLesULUyjgyDRG3clMLyaoCEGBR6 HTTP 201   INV-2025-945989    19.6 kg [REDACTED:phone]   ocr_postproc.py:585  \nT01000001", "GLesULUyjgyDRG3clMLyaoCEGBR6"},
		{"H01SHOP  20261207\n[REDACTED:card]     5990915622193   2i2FgJ!2aVTaD 579824583088783362 [REDACTED:phone]   0fc4255620d59571\nT01000001", "2i2FgJ!2aVTaD"},
	}, []struct{ in, value string }{
		{"H01SHOP  20261207\n552024229525743 [REDACTED:email]      685-7401319-4944692 InvoiceMapper#toEdifact OrderSyncService.handleAck   208067BP3KUB2G  #50116   edi-gw1.eu-west-1.internal\nT01000001", "InvoiceMapper#toEdifact OrderSyncService.handleAck"},
		{"H01SHOP  20261207\n552024229525743 [REDACTED:email]      208067BP3KUB2G  1ZYB2GYV4046724570   v2.14.39   3b3abdf4dcc5c040a497f6e33a539f5bc3576a3b\nT01000001", "208067BP3KUB2G  1ZYB2GYV4046724570   v2.14.39   3b3abdf4dcc5c040a497f6e33a539f5bc3576a3b"},
		{"H01SHOP  20261207\nLotus1996$ 1746090766916    ¥256400   INV-2024-912480   1867ms\nT01000001", "Lotus1996$"},
		{"info: Shop.Refunds.RefundService[1001]\n      session token [REDACTED:credential] expired, order #42310 paid, request R5eExwQ44dqysd03xaCAx done", "R5eExwQ44dqysd03xaCAx"},
	})
}
