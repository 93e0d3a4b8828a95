package redact

import "testing"

// A password after its noun and a copula, in many languages (the noun
// abbreviated too: "pw", "mdp", "비번"), a glued topic marker, or a verb
// of signing in; the value's last sign is kept when shaped as the
// password's. Words after the copula, masks, links, e-mail addresses and
// ids stay.
func TestCR33PasswordCopulas(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"the pw is Quokka1987? thanks", "Quokka1987"},
		{"gift: the pw is -r_QXlpa7T2Z Love, x", "-r_QXlpa7T2Z"},
		{"la clave es Tamarindo2011*, compra directo", "Tamarindo2011*"},
		{"mi contraseña es jacaranda_4412! gracias", "jacaranda_4412!"},
		{"oi a senha é quiabo_3307. quero devolver", "quiabo_3307"},
		{"Erstattung bitte: das PW ist lantern-Humble-512", "lantern-Humble-512"},
		{"das Passwort ist Gewitter1999$", "Gewitter1999$"},
		{"Bonjour le mdp c'est Citronnier2008?", "Citronnier2008"},
		{"Bonjour &lt;3 le mdp c&#39;est 7qP.rZ2x_Wm</p>", "7qP.rZ2x_Wm"},
		{"la password è Girasole1983* grazie", "Girasole1983*"},
		{"パスワードはkiwi_7781@。ありがとう", "kiwi_7781@"},
		{"감사합니다 비번은 Hallabong2010*", "Hallabong2010*"},
		{"비밀번호는 Hallabong2010* 입니다", "Hallabong2010*"},
		{"note=le+mdp+c%27est+citron_4471.&gift_wrap=1", "citron_4471"},
		{"q=the+pw+is+Pelican1980*&lang=en", "Pelican1980*"},
		{"la clave es papaya_9124.. pedido 7788", "papaya_9124."},
		{`the password is "Tr0ub4dor&3x" ok`, "Tr0ub4dor&3x"},
		{"das Passwort ist 'Gewitter1999$' danke", "Gewitter1999$"},
		{"the token is eyJhbGciOiJIUzI1NiJ9x" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6A7b8C9d0E1f2G3h4I5j6K7l8M9n0", "M9n0"},
	}, []struct{ in, value string }{
		{"the password is wrong, try again", "wrong"},
		{"la contraseña es incorrecta", "incorrecta"},
		{"das Passwort ist abgelaufen", "abgelaufen"},
		{"password: ******** (masked)", "********"},
		{"reset your password at https://shop.example/reset?id=1", "https://shop.example/reset?id=1"},
		{"the pw is ORD-2024-55821 per the ticket", "ORD-2024-55821"},
		{"a senha é v2.14.3 no app", "v2.14.3"},
		{"the pw is read-only for agents", "read-only"},
		{"the pw is EE076336804PT per the label", "EE076336804PT"},
		{"login with 2412081Z81MN1A order", "2412081Z81MN1A"},
		{"Size:M2PW+PW EE076336804PT done", "EE076336804PT"},
		{"the password is reset-pending since 2024-05-01", "2024-05-01"},
		{"ConsumerRecord(topic = orders, key = 3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f60718, value = {})", "3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f60718"},
		{"le mdp c'est trop long, total 42,50 €", "42,50 €"},
	})
}

// A password after a verb of signing in and its preposition; the verb
// after an escaped line break too. A provider, an e-mail address or an id
// after the same words stays.
func TestCR33LoginWith(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"customer login with marigold_6396. thanks", "marigold_6396"},
		{"asked to update profile: login with board-their-421 (ZD-1)", "board-their-421"},
		{`"description":"Great,\nlogin with Q_*lT0wypl..\nOrder 27 placed"`, "Q_*lT0wypl"},
		{"bitte anmelden mit Kirschbaum2003! danke", "Kirschbaum2003!"},
		{"pode entrar com jabuticaba_8120 hoje", "jabuticaba_8120"},
		{"sign in with 2HUy!xd83T (INC3775096)", "2HUy!xd83T"},
	}, []struct{ in, value string }{
		{"login with Google or Apple", "Google"},
		{"login with jane.roe@example.com failed", "[REDACTED:email]"},
		{"login with INC3775096 ticket", "INC3775096"},
		{"login with SSO-2024 enabled", "SSO-2024"},
		{"paid with 4.5 stars", "4.5"},
	})
}

// A password after a label that opens a line and a column's gap (a
// scanned form), and a one-time code on a form's "Code:" line of its own;
// a code of an error, a status or an HTTP response, three digits and ids
// stay.
func TestCR33FormLines(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"RETURN FORM  INV-2026-11111\nPW  sheaf-each-873\nsigned 2025-01-02", "sheaf-each-873"},
		{"RETURN FORM  358906000000000\nCode: 1784\nsigned 2025-01-02", "1784"},
		{`RETURN FORM  5636399781108\nCode: 60966308\nsigned 9/14`, "60966308"},
	}, []struct{ in, value string }{
		{"HTTP/1.1 400 Bad Request\nCode: 4001\nMessage: invalid", "4001"},
		{"job finished\nStatus: failed\nCode: 5003", "5003"},
		{"report\ncode: 404\nend", "404"},
		{"label\nCode: SKU-4410-BL\nqty 2", "SKU-4410-BL"},
		{"PW  rotated-yesterday", "rotated-yesterday"},
		{"client_secret  rotated-yesterday okay", "rotated-yesterday"},
	})
}

// A code after its word and a copula when a word of politeness opens the
// clause, or as a form field's whole value; a code named by an error
// stays.
func TestCR33CodeClauses(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"Bitte der Code lautet 729243, nicht klingeln", "729243"},
		{"order_id=5878708723114&note=der+Code+lautet+2002+%285900818579734%29&gift_wrap=1", "2002"},
		{"note=der Code lautet 832380 (5900818579734)", "832380"},
		{"Please, the code is 551207 thanks", "551207"},
	}, []struct{ in, value string }{
		{"Bitte der Fehlercode lautet 5003", "5003"},
		{"order_id=5878708723114&note=der+Code+lautet+2002+%285900818579734%29&gift_wrap=1", "5900818579734"},
		{"Bitte die Postleitzahl lautet 10435", "10435"},
	})
}
