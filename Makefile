# A thin wrapper: `go build ./cmd/veininfo` works without it.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: run build deps test-deps test lint bench clean

run: build
	./veininfo

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o veininfo ./cmd/veininfo

deps:
	@scripts/deps.sh

test-deps:
	@scripts/deps.sh --test

# gofmt, vet, then every test with the race detector: logic, the Fyne
# test-driver UI tests, and the smoke test of the real binary under Xvfb.
test: test-deps lint
	$(GO) test -race -count=1 ./...

lint:
	@fmt=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$fmt" ]; then echo "not gofmt-formatted:"; echo "$$fmt"; exit 1; fi
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -f veininfo
	rm -rf ui/testdata/failed
