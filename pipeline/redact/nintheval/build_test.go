package nintheval

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

type mode int

const (
	modePII    mode = iota // the line with its PII
	modeBG                 // the background: every PII value replaced by a neutral placeholder
	modeMarker             // every PII value replaced by a redaction marker (the oracle)
)

const placeholder = "PIIVALUE"

type trapUse struct{ typ, text string }

// bld renders one line. Every random draw is the same in every mode, so the
// three renderings differ only where a PII value stands.
type bld struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	m     mode
	l     *locale
	vals  []value
	traps []trapUse
	seen  map[string]bool
}

func newBld(seed uint64, idx int, m mode) *bld {
	return &bld{
		r:    rand.New(rand.NewPCG(seed, uint64(idx)*2654435761+1)),
		f:    gofakeit.NewFaker(rand.NewPCG(seed^0x9e3779b97f4a7c15, uint64(idx)), false),
		m:    m,
		seen: map[string]bool{},
	}
}

func (b *bld) put(v value) string {
	k := v.kind + "\x00" + v.text
	if !b.seen[k] {
		b.seen[k] = true
		b.vals = append(b.vals, v)
	}
	switch b.m {
	case modeBG:
		return placeholder
	case modeMarker:
		return "[REDACTED:" + v.kind + "]"
	}
	return v.text
}

// T plants a look-alike of the given type.
func (b *bld) T(typ string) string {
	g, ok := trapByType[typ]
	if !ok {
		panic("unknown trap type " + typ)
	}
	v := g.gen(b.r)
	k := "\x01" + v
	if !b.seen[k] {
		b.seen[k] = true
		b.traps = append(b.traps, trapUse{typ, v})
	}
	return v
}

// TR plants a random look-alike.
func (b *bld) TR() string { return b.T(pick(b.r, trapGens).typ) }

// person draws a buyer of the line's locale; English-speaking buyers are
// drawn from gofakeit's name lists a third of the time.
func (b *bld) person() person {
	if (b.l.code == "en_US" || b.l.code == "en_GB") && b.r.IntN(3) == 0 {
		g, f := b.f.FirstName(), b.f.LastName()
		disp := g + " " + f
		if b.r.IntN(2) == 0 {
			disp = strings.ToUpper(f) + ", " + g
		}
		return person{display: disp, rom: asciiFold(g + "." + f), words: []string{g, f}}
	}
	return b.l.person(b.r)
}
func (b *bld) name(p person) string { return b.put(nameValue(p)) }
func (b *bld) phone() string        { return b.put(phoneValue(b.l.phone(b.r))) }
func (b *bld) email(p person) string {
	e := b.l.email(b.r, p)
	if b.r.IntN(12) == 0 {
		e = strings.ToUpper(e)
	}
	return b.put(emailValue(e))
}
func (b *bld) addrFull() string {
	a := b.l.addr(b.r, b.l)
	return b.put(addressValue(a, a.full))
}
func (b *bld) addrParts() (street, rest string) {
	a := b.l.addr(b.r, b.l)
	return b.put(addressValue(a, a.street)), pick(b.r, b.l.cities)
}
func (b *bld) card() string {
	n, is := cardNumber(b.r)
	return b.put(cardValue(groupCard(b.r, n, is)))
}
func (b *bld) cardCompact() string {
	n, _ := cardNumber(b.r)
	return b.put(cardValue(n))
}
func (b *bld) iban() string {
	i := ibanFor(b.r, b.l.ibanCC)
	if b.r.IntN(2) == 0 {
		i = group(i, 4, " ")
	}
	return b.put(ibanValue(i))
}
func (b *bld) cnid() string  { return b.put(cnIDValue(cnID(b.r))) }
func (b *bld) token() string { return b.put(tokenValue(b.r)) }
func (b *bld) pw() string {
	p := password(b.r)
	return b.put(credValue(p, p))
}
func (b *bld) otp() string {
	c := digitsN(b.r, pick(b.r, []int{6, 6, 6, 4, 8}))
	return b.put(credValue(c, c))
}
func (b *bld) hexSecret(n int) string {
	s := randFrom(b.r, hexAl, n)
	return b.put(credValue(s, s))
}

// basic renders a Basic credential: base64 of user:password.
func (b *bld) basic() string {
	user := pick(b.r, []string{"shopify-sync", "api", "ops", "ml-connector"})
	pw := password(b.r)
	enc := base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
	return b.put(credValue(enc, enc))
}

// dbURL renders a connection URL whose password is the planted value.
func (b *bld) dbURL() string {
	pw := randFrom(b.r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 14+b.r.IntN(10))
	p := b.put(credValue(pw, pw))
	switch b.r.IntN(5) {
	case 0:
		return "postgres://order_sync:" + p + "@pg-orders.internal:5432/orders?sslmode=require"
	case 1:
		return "amqp://vigil:" + p + "@rabbitmq.mq.svc:5672/%2Fshop"
	case 2:
		return "redis://:" + p + "@redis-cache-0.redis:6379/3"
	case 3:
		return "mysql://inventory:" + p + "@tcp(mysql-primary:3306)/inventory"
	default:
		return "mongodb+srv://catalog:" + p + "@cluster0.mongodb.net/catalog"
	}
}

// presigned renders a pre-signed S3 link; the signature is the secret.
func (b *bld) presigned() string {
	sig := randFrom(b.r, hexAl, 64)
	s := b.put(credValue(sig, sig))
	return fmt.Sprintf("https://labels-prod.s3.ap-southeast-1.amazonaws.com/%s/label.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%s%%2F20261205%%2Fap-southeast-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261205T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
		b.T("uuid"), randFrom(b.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), s)
}

func (b *bld) pem() string {
	k := pemKey(b.r)
	body := strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(k, "-----BEGIN PRIVATE KEY-----\n"), "\n-----END PRIVATE KEY-----"), "\n", "")
	v := credValue(k, body)
	return b.put(v)
}

func (b *bld) totp() string {
	s := randFrom(b.r, b32Al, 32)
	return b.put(credValue(s, s))
}

func (b *bld) recovery() string {
	s := randFrom(b.r, "abcdefghijklmnopqrstuvwxyz0123456789", 5) + "-" + randFrom(b.r, "abcdefghijklmnopqrstuvwxyz0123456789", 5)
	return b.put(credValue(s, s))
}

// anyCred picks one credential shape.
func (b *bld) anyCred() (key, val string) {
	switch b.r.IntN(9) {
	case 0, 1:
		return pick(b.r, pwKeys), b.pw()
	case 2, 3:
		return pick(b.r, []string{"access_token", "accessToken", "api_key", "x-api-key", "client_secret", "partner_key", "app_secret", "refresh_token", "AccessToken", "webhook_secret"}), b.token()
	case 4:
		return pick(b.r, []string{"hmac_secret", "signing_key", "secretKey", "encryption-key"}), b.hexSecret(pick(b.r, []int{32, 40, 64}))
	case 5:
		return pick(b.r, []string{"totp_secret", "mfa_seed", "otpauth_secret"}), b.totp()
	case 6:
		return pick(b.r, []string{"recovery_code", "backupCode"}), b.recovery()
	case 7:
		return pick(b.r, []string{"otp", "verification_code", "2fa_code"}), b.otp()
	default:
		return pick(b.r, []string{"DATABASE_URL", "spring.datasource.url", "amqp_url", "REDIS_URL", "dsn"}), b.dbURL()
	}
}

var pwKeys = []string{"password", "passwd", "pwd", "db_pass", "smtp_password", "contraseña", "senha", "mot_de_passe", "Passwort", "wachtwoord", "hasło", "パスワード", "비밀번호", "密码", "รหัสผ่าน", "mật_khẩu", "kata_sandi", "şifre", "пароль", "كلمة_المرور", "סיסמה", "passphrase", "userPassword", "Kennwort", "parola"}

// key renders a key made of words in one of the usual styles.
func (b *bld) key(words ...string) string {
	switch b.r.IntN(6) {
	case 0:
		return strings.Join(words, "_")
	case 1:
		return camel(words, false)
	case 2:
		return camel(words, true)
	case 3:
		return strings.Join(words, "-")
	case 4:
		return strings.Join(words, ".")
	default:
		return strings.Join(words, "_")
	}
}

func camel(ws []string, upper bool) string {
	var s strings.Builder
	for i, w := range ws {
		if w == "" {
			continue
		}
		if i > 0 || upper {
			s.WriteString(strings.ToUpper(w[:1]) + w[1:])
		} else {
			s.WriteString(w)
		}
	}
	return s.String()
}

// js renders a JSON string literal.
func js(s string) string {
	out, _ := json.Marshal(s)
	return string(out)
}

// obj renders a JSON object from key/value pairs; values already JSON.
func obj(kv ...string) string {
	var s strings.Builder
	s.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			s.WriteByte(',')
		}
		s.WriteString(js(kv[i]))
		s.WriteByte(':')
		s.WriteString(kv[i+1])
	}
	s.WriteByte('}')
	return s.String()
}

func qe(s string) string { return url.QueryEscape(s) }

func (b *bld) ts() string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+b.r.IntN(5), b.r.IntN(24), b.r.IntN(60), b.r.IntN(60), b.r.IntN(1000))
}

// event renders an NDJSON event with the contract fields and extra pairs.
func (b *bld) event(service, msg string, kv ...string) string {
	base := []string{"@timestamp", js(b.ts()), "service.name", js(service), "log.level", js(pick(b.r, []string{"info", "warn", "error", "debug"})),
		"trace.id", js(b.T("trace_id")), "message", js(msg)}
	return obj(append(base, kv...)...)
}
