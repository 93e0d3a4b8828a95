package redact

import "testing"

// A credential's key written with EDIFACT's released colon ("?:") in a
// free-text element: the value goes up to the segment's terminator; a key
// of no secret, and TypeScript's optional member, keep theirs.
func TestCC31ReleasedColon(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"UNH+1+ORDERS:D:96A:UN'FTX+AAI+++db_pass?: Wombat1984!'RFF+ON:PO-77'", "Wombat1984!"},
		{"UNH+1+INVOIC:D:96A:UN'FTX+AAI+++client_secret?: Qm3xY7pLwR2vKd9sTeHu'UNT+3+1'", "Qm3xY7pLwR2vKd9sTeHu"},
		{"FTX+AAI+++Passwort?: 7Rq%mXvTb2kPz'", "7Rq%mXvTb2kPz"},
	}, []struct{ in, value string }{
		{"FTX+AAI+++note?: Leave at door'RFF+ON:PO-77'", "Leave at door"},
		{"RFF+AAK:sftp.partner.example?:8022'", "sftp.partner.example?:8022"},
		{"interface Login { password?: string; remember?: boolean }", "string"},
	})
}

// A key, a space or two and a password or a client secret with dots and
// tildes: the value goes, in prose, transcripts and X12 free text (up to
// the segment's terminator); words, hosts and versions after the key stay.
func TestCC31SpacedValues(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"caller said password  Heron1974! um then latency 12ms", "Heron1974!"},
		{"voicemail passwd  Kx7%RtpVwQzLm okay order", "Kx7%RtpVwQzLm"},
		{"uh yes passwort  pq7Z!00XrTbw um", "pq7Z!00XrTbw"},
		{"Password  Otter1987* um date 2026-03-04", "Otter1987*"},
		{"and client_secret  hQ~tw52K.FmNpdrzyQWLXKBpZ okay", "hQ~tw52K.FmNpdrzyQWLXKBpZ"},
		{"ST*850*0001~MSG*x-api-key 0b9d1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c~REF*ZZ*PRODUCT*Green Tea 200g~SE*3*0001~", "0b9d1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c"},
		{"ST*810*0001~MSG*db_pass r8wLQT%gB41nZ~N1*ST*JANE ROE~SE*3*0001~", "r8wLQT%gB41nZ"},
	}, []struct{ in, value string }{
		{"password  reset requested by buyer", "reset"},
		{"client_secret  rotated-yesterday okay", "rotated-yesterday"},
		{"api key  missing for partner", "missing"},
		{"password  v2.14.39 policy", "v2.14.39"},
		{"export report  Q3-2026-final.csv ready", "Q3-2026-final.csv"},
		{"client secret  OrderSyncService.handleAck failed", "OrderSyncService.handleAck"},
	})
}

// "authorization", a scheme and its token without the header's colon (a
// transcript, a lower-cased line), or with it where the token runs into an
// X12 terminator: the token goes, the scheme's word stays.
func TestCC31SpokenAuthorization(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"uh yes authorization basic  bWVyY2hhbnQ6c2VjcmV0MTIz okay refund", "bWVyY2hhbnQ6c2VjcmV0MTIz"},
		{"customer authorization basic  cGFydG5lcjpxWDd2S3A5 uh yes", "cGFydG5lcjpxWDd2S3A5"},
		{"ST*850*0001~MSG*Authorization: Basic cGFydG5lcjpBbmQ3S25y~REF*ZZ*HANDLER*OrderSync~SE*3*0001~", "cGFydG5lcjpBbmQ3S25y"},
	}, []struct{ in, value string }{
		{"authorization basic  failed for partner", "failed"},
		{"authorization token  expired yesterday", "expired"},
		{"authorization  approved amount 12.50", "approved"},
	})
}

// A one-time code's XML element ("otp", a phone's word too) is a
// credential's, in plain text and in a CDATA section; an element of no
// secret keeps its digits.
func TestCC31OTPElement(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"<ns2:OrderNotification><ns2:otp><![CDATA[731904]]></ns2:otp></ns2:OrderNotification>", "731904"},
		{"<Body><otp>582013</otp><Sku>HAZ-1</Sku></Body>", "582013"},
	}, []struct{ in, value string }{
		{"<ns2:Status><![CDATA[402913]]></ns2:Status>", "402913"},
		{"<ns2:ControlNumber>791084167</ns2:ControlNumber>", "791084167"},
	})
}
