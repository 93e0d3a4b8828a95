package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Values whose field is named beside them rather than before them: Redis
// commands' field/value arguments, and wrapper keys (Elasticsearch's
// "query"/"value", MongoDB's "$eq") under the field's key. Ids, counts and
// the commands' own keys stay.
func TestRedisPairsAndWrappedValues(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 70))
	names := []string{"Ayodele Bankole", "Ха Мин", "Siosaia Taufa", "Ilse Vanderstraeten", "Tupac Mamani"}
	nameKeys := []string{"recipient", "nombre", "Empfänger", "full_name", "destinatario"}
	for i := range 100 {
		name := names[rng.IntN(len(names))]
		nk := nameKeys[rng.IntN(len(nameKeys))]
		pw := fmt.Sprintf("Zq%06d!x%d", rng.IntN(1e6), i)
		phone := fmt.Sprintf("+1 555 01%02d %03d", rng.IntN(100), rng.IntN(1000))
		orderID := fmt.Sprintf("%03d-%07d-%07d", rng.IntN(1000), rng.IntN(1e7), rng.IntN(1e7))
		ts := fmt.Sprintf("17%011d", rng.IntN(1e11))
		for _, line := range []string{
			fmt.Sprintf(`1764940064.069209 [0 10.1.2.3:51234] "HSET" "checkout:%s" "phone" "%s" "%s" "%s" "updated_at" "%s"`, orderID, phone, nk, name, ts),
			fmt.Sprintf(`1764940064.1 [0 unix:/tmp/redis.sock] "hmset" "buyer:%d" "password" "%s" "%s" "%s" "order_id" "%s"`, i, pw, nk, name, orderID),
			fmt.Sprintf(`"XADD" "events" "MAXLEN" "~" "1000" "*" "%s" "%s" "order" "%s"`, nk, name, orderID),
			fmt.Sprintf(`source[{"query":{"bool":{"must":[{"match":{"customer.%s":{"query":"%s"}}},{"term":{"order.marketplace_id":"%s"}}]}}}]`, nk, name, orderID),
			fmt.Sprintf(`command find {"find":"orders","filter":{"customer.%s":{"$eq":"%s"},"order_id":{"$eq":"%s"}}}`, nk, name, orderID),
			fmt.Sprintf(`{"term":{"buyer.password":{"value":"%s"}}} took 3ms`, pw),
		} {
			out := r.String(line)
			for _, leak := range []string{name, pw, phone[3:]} {
				if strings.Contains(out, leak) {
					t.Fatalf("%q kept:\n in: %s\nout: %s", leak, line, out)
				}
			}
			if strings.Contains(line, orderID) && !strings.Contains(out, orderID) {
				t.Fatalf("order id lost:\n in: %s\nout: %s", line, out)
			}
			if strings.Contains(line, ts) && !strings.Contains(out, ts) {
				t.Fatalf("timestamp lost:\n in: %s\nout: %s", line, out)
			}
		}
	}
	// Look-alikes: commands without pairs, wrapper keys under fields that
	// name nothing.
	for _, line := range []string{
		`1764940064.2 [0 10.1.2.3:51234] "GET" "checkout:042-1234567-7654321"`,
		`"HSET" "stock:SKU-42" "warehouse" "WH-3" "qty" "17"`,
		`{"match":{"product.title":{"query":"Blue Kettle 2L"}}}`,
		`{"status":{"$eq":"SHIPPED"},"created":{"$gte":"2026-11-01"}}`,
	} {
		if out := r.String(line); out != line {
			t.Fatalf("look-alike changed:\n in: %s\nout: %s", line, out)
		}
	}
}

// A change written as "old -> new" redacts both sides when one is found,
// as the same kind; statuses and counts across an arrow stay.
func TestArrowSides(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 90))
	for range 50 {
		oldName := []string{"Ngozi Adeyemi", "Léa Fontaine", "Tomasz Wójcik"}[rng.IntN(3)]
		newName := []string{"Ngozi Adeyemi-Bello", "Léa Fontaine-Roux", "Tomasz Wójcik-Lis"}[rng.IntN(3)]
		p1 := fmt.Sprintf("+1 555 01%02d %03d", rng.IntN(100), rng.IntN(1000))
		p2 := fmt.Sprintf("+1 555 02%02d %03d", rng.IntN(100), rng.IntN(1000))
		for _, line := range []string{
			`profile changed full_name: "` + oldName + `" -> "` + newName + `"`,
			`{"message":"profile changed recipient_name: \"` + oldName + `\" → \"` + newName + `\""}`,
			`changed phone=` + p1 + ` => ` + p2 + `, status=ok`,
		} {
			out := r.String(line)
			for _, leak := range []string{oldName, newName, p1[3:], p2[3:]} {
				if strings.Contains(line, leak) && strings.Contains(out, leak) {
					t.Fatalf("%q kept:\n in: %s\nout: %s", leak, line, out)
				}
			}
		}
	}
	for _, line := range []string{
		`status: "pending" -> "shipped"`,
		`qty 3 -> 5 for SKU-42`,
		`order 402-1234567-7654321: state NEW => PAID`,
	} {
		if out := r.String(line); out != line {
			t.Fatalf("look-alike changed:\n in: %s\nout: %s", line, out)
		}
	}
}

// Self-introductions in scripts without letter case are read where the
// phrase closes the name (Persian "من … هستم", Arabic and Hebrew up to a
// comma); sentences that say what someone is or does stay.
func TestEnclosedIntroductions(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ line, name string }{
		{"[09:12] buyer: من نسرین تهرانی هستم، سفارشم نرسیده", "نسرین تهرانی"},
		{"[09:12] buyer: أنا سلمى الحربي، طلبي لم يصل", "سلمى الحربي"},
		{"[09:12] buyer: אני נועה ברק, ההזמנה לא הגיעה", "נועה ברק"},
	} {
		if out := r.String(c.line); strings.Contains(out, c.name) {
			t.Fatalf("name kept:\n in: %s\nout: %s", c.line, out)
		}
	}
	for _, line := range []string{
		"[09:12] buyer: من منتظر سفارشم هستم",
		"[09:12] buyer: אני מחכה להזמנה 4021",
	} {
		if out := r.String(line); out != line {
			t.Fatalf("prose changed:\n in: %s\nout: %s", line, out)
		}
	}
}

// A self-introduction's opening glued to a value already masked is inside a
// word, as it was before the value was masked: redacting twice equals once.
func TestEnclosedIntroGluedToMarker(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"nAmA: na Lima\"na Limaمن ا هستم",
		"[REDACTED:name]من ا هستم",
	} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("%q: once %q, twice %q", in, once, twice)
		}
	}
}
