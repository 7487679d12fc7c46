# A thin wrapper: `go build ./cmd/veininfo` works without it.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: run build build-windows deps test-deps test lint bench translate shots clean

run: build
	./veininfo

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o veininfo ./cmd/veininfo

# A Windows x86-64 build without a console window, with screen-reader
# support (-tags accessibility), cross-compiled with gcc-mingw-w64. It is
# not yet a package: no icon or version resource (see issue 7).
build-windows:
	@scripts/deps.sh --windows
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -tags accessibility -ldflags "$(LDFLAGS) -H windowsgui" -o veininfo.exe ./cmd/veininfo

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

# Go benchmarks (region switch, search per keystroke, parsing, loading) and
# the soak of 10,000 switches and 1,000 kiosk resets.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/... ./ui/
	VEININFO_SOAK=10000 $(GO) test -count=1 -timeout 30m -run '^TestSoak$$' -v ./ui/ | grep -E 'soak:|^(ok|FAIL|---)'

# For translators: `make translate L=fr` writes build/i18n/translate.fr.toml
# with every message of en.toml that locales/fr.toml lacks (go-i18n's
# goi18n merge), then lists the topics and glossary terms still missing.
translate:
	@test -n "$(L)" || { echo "usage: make translate L=<tag>, e.g. L=fr"; exit 2; }
	@rm -rf build/i18n && mkdir -p build/i18n
	@cp locales/en.toml build/i18n/en.toml
	@if [ -f locales/$(L).toml ]; then cp locales/$(L).toml build/i18n/$(L).toml; else touch build/i18n/$(L).toml; fi
	@$(GO) tool goi18n merge -sourceLanguage en -format toml -outdir build/i18n build/i18n/en.toml build/i18n/$(L).toml
	@echo "messages to translate: build/i18n/translate.$(L).toml (copy them, translated, into locales/$(L).toml)"
	@$(GO) test -count=1 ./internal/session -run 'TestEveryLanguageIsComplete/^$(L)$$' -v | grep -E 'lacks|English lacks|PASS|FAIL' || true

# Every tab in every language as PNGs in build/shots, for checking
# translations and layout (Fyne's software painter; no display needed).
shots:
	$(GO) run ./scripts/shots -out build/shots -size $(or $(SIZE),1280x800)

clean:
	rm -rf build
	rm -f veininfo
	rm -rf ui/testdata/failed
