# vigil: the README's commands, and the checks CI runs.
GO ?= go

.PHONY: all build test lint bench fuzz demo nab

all: lint test

build:
	$(GO) build -o bin/vigil ./cmd/vigil

# The README's test command; .ci/run calls exactly this.
test:
	scripts/test

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A short fuzz pass of every parser and the redactor (FUZZTIME each).
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME) ./event
	$(GO) test -run '^$$' -fuzz FuzzRedactString -fuzztime $(FUZZTIME) ./pipeline/redact
	$(GO) test -run '^$$' -fuzz FuzzRedactJSON -fuzztime $(FUZZTIME) ./pipeline/redact
	$(GO) test -run '^$$' -fuzz FuzzCompile -fuzztime $(FUZZTIME) ./rules
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./rules
	$(GO) test -run '^$$' -fuzz FuzzTemplate -fuzztime $(FUZZTIME) ./rules
	$(GO) test -run '^$$' -fuzz FuzzParseMatcher -fuzztime $(FUZZTIME) ./alerting
	$(GO) test -run '^$$' -fuzz FuzzIndexName -fuzztime $(FUZZTIME) ./sinks/elasticsearch
	$(GO) test -run '^$$' -fuzz FuzzScoreCSV -fuzztime $(FUZZTIME) ./detectors
	$(GO) test -run '^$$' -fuzz FuzzObserve -fuzztime $(FUZZTIME) ./detectors

demo:
	$(GO) run ./cmd/vigil demo --duration 60s --speed 1440

nab: build
	scripts/nab/run.sh ../shared/benchmarks/nab /tmp/vigil-nab default
