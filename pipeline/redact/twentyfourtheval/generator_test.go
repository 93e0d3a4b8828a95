package twentyfourtheval

import (
	"fmt"
	"hash/fnv"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

func cnIDOK(s string) bool {
	if len(s) != 18 {
		return false
	}
	okRegion := false
	for _, r := range cnRegions {
		if s[:6] == r {
			okRegion = true
		}
	}
	y, _ := strconv.Atoi(s[6:10])
	m, _ := strconv.Atoi(s[10:12])
	d, _ := strconv.Atoi(s[12:14])
	return okRegion && y >= 1900 && y <= 2026 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && cnCheck(s) == s[17]
}

func corpusHash(lines []line) uint64 {
	h := fnv.New64a()
	for _, l := range lines {
		h.Write([]byte(l.text))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func TestTwentyFourthGenerator(t *testing.T) {
	lines := buildCorpus(defaultSeed)
	kinds := map[string]int{}
	ctxs := map[string]bool{}
	locs := map[string]bool{}
	forms := map[string]bool{}
	ltypes := map[string]bool{}
	issuersSeen := map[string]bool{}
	ibanSeen := map[string]bool{}
	credSeen := map[string]bool{}
	ctxKind := map[string]bool{}
	nv, nl, cnX := 0, 0, 0
	dec := event.NewDecoder(nil)
	for _, l := range lines {
		ctxs[l.ctx], locs[l.loc], forms[l.form] = true, true, true
		if l.json {
			var ev event.Event
			if err := dec.Decode([]byte(l.text), &ev); err != nil {
				t.Fatalf("%s/%s: not an NDJSON event: %v\n%s", l.ctx, l.tmpl, err, l.text)
			}
		}
		for _, v := range l.vals {
			nv++
			kinds[v.kind]++
			ctxKind[l.ctx+"/"+v.kind] = true
			digitsOnly := strings.Map(func(c rune) rune {
				if c >= '0' && c <= '9' {
					return c
				}
				return -1
			}, v.text)
			switch v.kind {
			case "card":
				issuersSeen[v.style] = true
				if !luhnOK(digitsOnly) {
					t.Errorf("card %s fails Luhn", v.text)
				}
			case "iban":
				ibanSeen[v.style] = true
				if !ibanOK(v.text) {
					t.Errorf("IBAN %s fails mod-97", v.text)
				}
			case "cn_id":
				if !cnIDOK(v.text) {
					t.Errorf("cn_id %s invalid", v.text)
				}
				if v.text[17] == 'X' {
					cnX++
				}
			case "credential":
				credSeen[v.style] = true
			}
		}
		for _, k := range l.looks {
			nl++
			ltypes[k.typ] = true
		}
	}
	t.Logf("%d lines, %d values, %d look-alikes, %d look-alike types, %d contexts, %d locales, %d forms, %d issuers, %d IBAN countries, %d credential styles, kinds %v",
		len(lines), nv, nl, len(ltypes), len(ctxs), len(locs), len(forms), len(issuersSeen), len(ibanSeen), len(credSeen), kinds)
	if nv < 24000 || nl < 60000 {
		t.Errorf("corpus too small: %d values, %d look-alikes", nv, nl)
	}
	if len(kinds) != 8 || len(ctxs) < 14 || len(locs) < 30 || len(forms) < 14 || len(ltypes) < 50 {
		t.Errorf("too narrow: %d kinds, %d contexts, %d locales, %d forms, %d look-alike types", len(kinds), len(ctxs), len(locs), len(forms), len(ltypes))
	}
	if len(issuersSeen) < 10 || len(ibanSeen) < 20 || len(credSeen) < 20 || cnX == 0 {
		t.Errorf("too few issuers %d, IBAN countries %d, credential styles %d, X checks %d", len(issuersSeen), len(ibanSeen), len(credSeen), cnX)
	}
	for _, tm := range templates {
		ctxs[tm.ctx] = ctxs[tm.ctx] // listed below
		for _, k := range tm.kinds {
			if !ctxKind[tm.ctx+"/"+k] {
				t.Errorf("context %s lists %s but holds none", tm.ctx, k)
			}
		}
	}
	for _, l := range locales {
		if !locs[l.code] {
			t.Errorf("locale %s absent", l.code)
		}
	}
	for typ := range looks {
		if !ltypes[typ] {
			t.Errorf("look-alike type %s absent", typ)
		}
	}
	for typ := range traps {
		if !ltypes[typ] {
			t.Errorf("trap %s absent", typ)
		}
	}
	if h2 := corpusHash(buildFirst(defaultSeed, 1500)); h2 != corpusHash(lines[:1500]) {
		t.Errorf("the corpus is not deterministic for a seed")
	}
	// the judge: nothing masked leaks every value and damages nothing
	rep := newReport(lines, judgeAll(lines, nil, 0))
	if rep.leaked != rep.values || rep.damaged != 0 {
		t.Errorf("mask nothing: %s", rep.summary())
		shown := 0
		for i, v := range judgeAll(lines, nil, 0) {
			for j, bad := range v.leaked {
				if !bad && shown < 15 {
					shown++
					t.Logf("not seen: %s %q in %s/%s: %s", lines[i].vals[j].kind, lines[i].vals[j].text, lines[i].ctx, lines[i].tmpl, clip(v.out, 300))
				}
			}
			for j, bad := range v.damaged {
				if bad && shown < 30 {
					shown++
					t.Logf("damaged: %s %q in %s/%s: %s", lines[i].looks[j].typ, lines[i].looks[j].s, lines[i].ctx, lines[i].tmpl, clip(v.out, 300))
				}
			}
		}
	}
	// everything masked leaks nothing and damages every look-alike
	rep = newReport(lines, judgeAll(lines, nil, 2))
	if rep.leaked != 0 || rep.damaged != rep.looks {
		t.Errorf("mask everything: %s", rep.summary())
	}
}

// TestTwentyFourthDump writes the corpus to $VIGIL_TWENTYFOURTH_DUMP, one
// line's text a record, for reading by eye.
func TestTwentyFourthDump(t *testing.T) {
	path := os.Getenv("VIGIL_TWENTYFOURTH_DUMP")
	if path == "" {
		t.Skip("VIGIL_TWENTYFOURTH_DUMP not set")
	}
	seed, _ := seedFromEnv()
	var sb strings.Builder
	for _, l := range buildCorpus(seed) {
		fmt.Fprintf(&sb, "### %s/%s %s %s\n%s\n", l.ctx, l.tmpl, l.form, l.loc, l.text)
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
