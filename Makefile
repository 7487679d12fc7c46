# A thin wrapper: `go build .` works without it.
GO      ?= go
# The version comes from git (scripts/version.sh): 1.2.3 at a tag v1.2.3.
VERSION ?= $(shell scripts/version.sh)
LDFLAGS := -X main.version=$(VERSION)
# Fyne's colour-emoji font (4 MB) is left out: no text of the app uses
# emoji, and without it the app uses about 40 MiB less memory (see
# docs/performance.md). Fyne's animations (a button's ripple on a tap, the
# tab underline sliding, the text cursor blinking) are left out too: each
# of their frames repaints the whole window, which under software
# rendering cost more than half a region switch's CPU, and a blinking
# cursor repaints twice a second for as long as a search field has the
# focus (docs/performance.md).
TAGS    := no_emoji,no_animations

.PHONY: run build build-windows deps test-deps test test-windows lint bench package test-deploy icons translate shots clean

run: build
	./veininfo

build: deps
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o veininfo .

# A bare Windows x86-64 exe without a console window, with screen-reader
# support (-tags accessibility), cross-compiled with gcc-mingw-w64; without
# icon and version resource (make package has both).
build-windows:
	@scripts/deps.sh --windows
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -tags accessibility,$(TAGS) -ldflags "$(LDFLAGS) -H windowsgui" -o veininfo.exe .

deps:
	@scripts/deps.sh

test-deps:
	@scripts/deps.sh --test

# gofmt, vet, then every test with the race detector: logic, the Fyne
# test-driver UI tests, and the smoke tests of the real binary under Xvfb;
# then the UI tests once more without it, with the layout tests that lay
# out every language at every text size and screen (they test layout, not
# concurrency, and take minutes under -race, so they skip there).
test: test-deps lint
	$(GO) test -race -count=1 -timeout 20m ./...
	$(GO) test -count=1 ./ui/

# The Windows package's veininfo.exe, built exactly as make package builds
# it (scripts/package.sh windows-exe: fyne CLI, MinGW, -tags
# accessibility,no_emoji,no_animations, version resource), run under Wine 8 in a fresh
# prefix under Xvfb with openbox (scripts/wintest, behind the build tag
# wine): --version, --list-regions and --hash-pin against the Linux
# build, the window in German, a choice remembered across a restart, and
# a kiosk set up by C:\ProgramData\veininfo\config.toml in Polish that a
# window-manager close leaves running with the PIN pad and the PIN ends.
# Screenshots go to build/wintest/shots. About 12 minutes on a fresh
# machine (the MinGW build is 10 of them), 2 once built.
WINTEST := build/wintest
test-windows:
	@scripts/deps.sh --windows-test
	VERSION=$(VERSION) scripts/package.sh windows-exe $(WINTEST)/veininfo.exe
	VERSION=$(VERSION) VEININFO_WINE_EXE=$(CURDIR)/$(WINTEST)/veininfo.exe \
		$(GO) test -tags wine -count=1 -timeout 30m -v ./scripts/wintest/

lint:
	@fmt=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$fmt" ]; then echo "not gofmt-formatted:"; echo "$$fmt"; exit 1; fi
	$(GO) vet ./...

# One run, side by side: the Go benchmarks (region switch, search per
# keystroke, parsing, loading), the soak of 10,000 switches and 1,000 kiosk
# resets, then whole processes (veininfo, Chromium in kiosk mode on the same
# content as HTML, a bare Fyne window) under Xvfb, and the table of targets.
# Then the kiosk's resting states (attract screen in US and BE, idle warning,
# idle, beside the bare window's idle) and 50 region switches in the real
# window, tap to new frame. About 45 minutes; figures in build/bench/,
# summary in docs/performance.md.
BENCH := build/bench
bench: deps
	@scripts/deps.sh --bench
	@rm -rf $(BENCH) && mkdir -p $(BENCH)
	$(GO) test -run '^$$' -bench . -benchmem ./internal/... ./ui/ | tee $(BENCH)/go.txt
	FYNE_CACHE=1s VEININFO_SOAK=10000 $(GO) test -count=1 -timeout 30m -run '^TestSoak$$' -v ./ui/ > $(BENCH)/soak.txt; \
		s=$$?; grep -E 'soak:|^(ok|FAIL|---)' $(BENCH)/soak.txt; exit $$s
	$(GO) build -tags $(TAGS) -trimpath -ldflags "$(LDFLAGS) -s -w" -o $(BENCH)/veininfo .
	$(GO) build -trimpath -ldflags "-s -w" -o $(BENCH)/hello ./scripts/procbench/hello
	$(GO) run ./cmd/veininfo-content export-html --lang en --region US $(BENCH)/site
	{ $(GO) run ./scripts/procbench -veininfo $(BENCH)/veininfo -hello $(BENCH)/hello -site $(BENCH)/site \
		-gobench $(BENCH)/go.txt -soak $(BENCH)/soak.txt; echo $$? > $(BENCH)/status; } | tee $(BENCH)/process.txt; \
		exit $$(cat $(BENCH)/status)

# The clinic packages in dist/ (see scripts/package.sh and docs/deploy.md):
# a Linux .tar.xz with a Makefile inside, and a Windows .zip with the exe,
# each with veininfo-content, the docs, the sample pack and the licence
# notices, and SHA256SUMS beside them. The Windows half cross-compiles
# with MinGW: about 10 minutes the first time.
package: deps
	@scripts/deps.sh --package
	VERSION=$(VERSION) scripts/package.sh

# The Linux package installed by docs/ansible/veininfo.yml into a fresh
# Debian 12 made with debootstrap (build/deploy-root), then veininfo
# --version and --check there. Needs root and Debian's mirror; a few
# minutes; not part of make test (see scripts/test-deploy.sh).
test-deploy:
	@scripts/deps.sh --deploy
	VERSION=$(VERSION) scripts/test-deploy.sh

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

# The PNG icons from assets/icon.svg (needs rsvg-convert: librsvg2-bin).
icons:
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png
	for s in 16 32 48 64 128 256; do rsvg-convert -w $$s -h $$s assets/icon.svg -o assets/icons/$$s.png; done

clean:
	rm -rf build dist
	rm -f veininfo
	rm -rf ui/testdata/failed
