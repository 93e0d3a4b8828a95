package redact

import "testing"

// A one-time code under a key that names it by "otp" and what of it the
// value is (typed, its channel), and after an OTP phrase written with the
// acronym in capitals. Keys about the code (its attempts, length, expiry,
// time sent) keep their values.
func TestL33bOTPKeys(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"Custom keys: cart_total=4366,24 €, otp_input=544326, build=7.22.3 (51074)", "544326"},
		{`{"otpValue":"771204","otp_length":6}`, "771204"},
		{"sms_otp=482910 channel=sms", "482910"},
		{"entered_otp: 0093", "0093"},
		{"Kode OTP kamu 4614. Jangan berikan kode ini kepada siapa pun.", "4614"},
		{`{"to":"x","template_id":"otp_login_v2","vars":{"code":"3898","minutes":"10"}}`, "3898"},
		{`message={\"template_id\":\"otp_login_v2\",\"vars\":{\"code\":\"5913\"}}`, "5913"},
	}, []struct{ in, value string }{
		{"otp_attempts=3 otp_length=6 otp_expiry=300", "otp_attempts=3 otp_length=6 otp_expiry=300"},
		{"otp_sent_at=1733616000000 order=5522194965126", "1733616000000"},
		{`{"otp_status":"sent","otp_channel":"sms","otp_ttl":300}`, `"otp_ttl":300`},
		{"OTP sent to the buyer, attempts 3 of 5", "attempts 3 of 5"},
		{`{"template":"order_shipped","vars":{"code":"3898"}}`, "3898"},
		{`{"template_id":"otp_login","error":{"code":"4001","message":"rate limited"}}`, "4001"},
	})
}
