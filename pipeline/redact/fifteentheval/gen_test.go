package fifteentheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// Needle modes: how a PII value's distinctive part is searched for in the
// redactor's output (see README.md, "How it judges").
const (
	mWord    = iota // whole word, case-folded
	mSub            // substring, case-folded
	mExact          // substring, case-sensitive (secrets)
	mDigits         // digits inside a run of digits and separators
	mDigitTo        // a run of digits exactly (short codes)
	mAlnum          // letters and digits inside a run of them and separators, upper-cased
)

type needle struct {
	s    string
	mode uint8
}

// pii is one PII value placed in a line.
type pii struct {
	kind, form, locale string
	value              string
	surfaces           []string // as written in the line
	needles            []needle
}

// look is a look-alike that must survive intact.
type look struct{ typ, s string }

// line is one generated log line: an NDJSON event or a text line.
type line struct {
	ctx    string
	event  bool
	text   string
	pii    []*pii
	looks  []look
	locale string
}

// gen builds the corpus. It is deterministic for a seed.
type gen struct {
	r   *rand.Rand
	f   *gofakeit.Faker
	cur *line
	out []line
	tod int64 // a clock for timestamps, moves forward
}

func newGen(seed uint64) *gen {
	return &gen{
		r:   rand.New(rand.NewPCG(seed, seed*0x9e3779b97f4a7c15+1)),
		f:   gofakeit.New(seed),
		tod: 1788220800000 + int64(seed%1000)*1000, // 2026-09-01
	}
}

func (g *gen) n(k int) int             { return g.r.IntN(k) }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func pick[T any](g *gen, xs []T) T     { return xs[g.r.IntN(len(xs))] }
func (g *gen) between(a, b int) int    { return a + g.r.IntN(b-a+1) }
func (g *gen) digits(k int) string     { return g.fill(strings.Repeat("#", k)) }
func (g *gen) hex(k int) string        { return g.charset(k, "0123456789abcdef") }
func (g *gen) alnum(k int) string      { return g.charset(k, alnumSet) }
func (g *gen) upperAlnum(k int) string { return g.charset(k, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") }

const alnumSet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) charset(k int, set string) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

// fill expands a pattern: '#' any digit, 'N' a digit 2–9, 'A' a capital.
func (g *gen) fill(p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'N':
			b.WriteByte(byte('2' + g.r.IntN(8)))
		case 'A':
			b.WriteByte(byte('A' + g.r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// begin opens a line of a context; end closes it with its text.
func (g *gen) begin(ctx string, event bool, loc *locale) {
	code := ""
	if loc != nil {
		code = loc.code
	}
	g.cur = &line{ctx: ctx, event: event, locale: code}
}

func (g *gen) end(text string) {
	g.cur.text = text
	g.out = append(g.out, *g.cur)
	g.cur = nil
}

// lk records a look-alike in the current line and returns it.
func (g *gen) lk(typ, s string) string {
	g.cur.looks = append(g.cur.looks, look{typ, s})
	return s
}

// put records that p is written as surface in the current line.
func (g *gen) put(p *pii, surface string) string {
	if surface == "" {
		return surface
	}
	found := false
	for _, q := range g.cur.pii {
		if q == p {
			found = true
		}
	}
	if !found {
		g.cur.pii = append(g.cur.pii, p)
	}
	p.surfaces = append(p.surfaces, surface)
	return surface
}

// ts returns the next event time.
func (g *gen) ts() string {
	g.tod += int64(g.between(3, 900))
	return msTime(g.tod)
}

func msTime(ms int64) string {
	return time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05.000Z")
}

// ---- encodings -------------------------------------------------------------

// jesc escapes s for a JSON string (UTF-8 kept, like most encoders).
func jesc(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// jescU escapes like PHP's json_encode: non-ASCII as \uXXXX and / as \/.
func jescU(s string) string {
	var b strings.Builder
	for _, c := range jesc(s) {
		switch {
		case c == '/':
			b.WriteString(`\/`)
		case c > 0xffff:
			r1, r2 := utf16Pair(c)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		case c > 0x7e:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func utf16Pair(c rune) (rune, rune) {
	c -= 0x10000
	return 0xd800 + (c>>10)&0x3ff, 0xdc00 + c&0x3ff
}

func q(s string) string { return `"` + jesc(s) + `"` }

// obj writes a JSON object from key/value pairs; values are strings unless
// marked with raw (numbers, objects, arrays written as they are).
func obj(kv ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(q(kv[i]))
		b.WriteByte(':')
		v := kv[i+1]
		if strings.HasPrefix(v, rawMark) {
			b.WriteString(v[len(rawMark):])
		} else {
			b.WriteString(q(v))
		}
	}
	b.WriteByte('}')
	return b.String()
}

// rawMark prefixes a value obj must write as is (a number, an object).
const rawMark = "\x00raw:"

func raw(s string) string { return rawMark + s }

func arr(items ...string) string { return raw("[" + strings.Join(items, ",") + "]") }

func qe(s string) string  { return url.QueryEscape(s) }
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
func itoa(i int) string   { return strconv.Itoa(i) }

// nativeDigits writes ASCII digits in the digits of zero.
func nativeDigits(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(zero + c - '0')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// fullWidth writes ASCII digits and a few signs in their full-width forms.
func fullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune('０' + c - '0')
		case c == '-':
			b.WriteRune('－')
		case c == '+':
			b.WriteRune('＋')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if d, ok := digitVal(c); ok {
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String()
}

// digitVal reads a decimal digit of any script.
func digitVal(c rune) (int, bool) {
	if c >= '0' && c <= '9' {
		return int(c - '0'), true
	}
	if c < 0x80 || !unicode.IsDigit(c) {
		return 0, false
	}
	for _, z := range digitZeros {
		if c >= z && c <= z+9 {
			return int(c - z), true
		}
	}
	return 0, false
}

var digitZeros = []rune{'٠', '۰', '०', '০', '๐', '０', '០', '၀'}

// foldASCII strips the diacritics of Latin letters for e-mail local parts.
func foldASCII(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c < 0x80 {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				b.WriteRune(c)
			}
			continue
		}
		if r, ok := latinFold[c]; ok {
			b.WriteString(r)
		}
	}
	return b.String()
}

var latinFold = map[rune]string{}

func init() {
	pairs := "àa áa âa ãa äa åa ąa ăa çc ćc čc ďd đd èe ée êe ëe ęe ěe ği ìi íi îi ïi ıi łl ńn ñn ňn òo óo ôo õo öo øo őo řr śs şs šs șs ťt țt ùu úu ûu üu ůu űu ýy ÿy źz żz žz ßs ơo ưu ạa ảa ấa ầa ẩa ẫa ậa ắa ằa ẳa ẵa ặa ẹe ẻe ẽe ếe ềe ểe ễe ệe ỉi ịi ọo ỏo ốo ồo ổo ỗo ộo ớo ờo ởo ỡo ợo ụu ủu ứu ừu ửu ữu ựu ỳy ỵy ỷy ỹy æa œo"
	for _, p := range strings.Fields(pairs) {
		r, n := utf8.DecodeRuneInString(p)
		latinFold[r] = p[n:]
	}
}

// isCaselessScript reports whether a word's script is written without spaces
// between words (Han, kana, Hangul, Thai): such parts are searched as substrings.
func isCaselessScript(s string) bool {
	for _, c := range s {
		if unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) {
			return true
		}
	}
	return false
}
