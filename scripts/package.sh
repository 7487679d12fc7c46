#!/bin/sh
# Builds the two clinic packages into dist/, with SHA256SUMS beside them:
#
#   dist/veininfo-VERSION-linux-amd64.tar.xz    veininfo-VERSION-linux-amd64/
#       Makefile                 sudo make install / uninstall (scripts/linux/install.mk)
#       bin/veininfo             the app (-tags no_emoji,no_animations)
#       bin/veininfo-content     the content tool (check --pack), static
#       share/                   the menu entry and the icon in hicolor sizes
#   dist/veininfo-VERSION-windows-amd64.zip     veininfo-VERSION-windows-amd64/
#       veininfo.exe             no console window, icon, manifest and a version
#                                resource that says VERSION (scripts/winres),
#                                -tags accessibility,no_emoji,no_animations
#       veininfo-content.exe
#
# and in both README.md, THIRD_PARTY_NOTICES.txt (scripts/notices.sh),
# LICENSE when the repository has one, and docs/: deploy.md,
# config.sample.toml, sample-pack/, content-format.md (assets/content/README.md),
# ansible/ (the rollout playbook), performance.md and the screenshot.
#
# VERSION comes from git (scripts/version.sh) and reaches the programs
# through -ldflags, so --version and the staff panel show it; the script
# checks that each program says it. The Windows exe is built by the fyne
# CLI pinned in go.mod (`go tool fyne`) in a copy of the source under
# build/, so that nothing is written into the working tree.
# Usage: scripts/package.sh [linux|windows]   (both when no argument)
#        scripts/package.sh windows-exe OUT    only veininfo.exe, built as the
#                                              package builds it (make test-windows)
set -eu
cd "$(dirname "$0")/.."

VERSION=${VERSION:-$(scripts/version.sh)}
what=${1:-all}
dist=dist
mkdir -p "$dist"

# docs STAGE BINARY...: what both packages carry beside the programs.
docs() {
	stage=$1
	shift
	cp README.md "$stage/"
	if [ -f LICENSE ]; then
		cp LICENSE "$stage/"
	else
		echo "package: warning: the repository has no LICENSE; the package carries only the third-party notices" >&2
	fi
	scripts/notices.sh "$@" >"$stage/THIRD_PARTY_NOTICES.txt"
	mkdir -p "$stage/docs"
	cp docs/deploy.md docs/config.sample.toml docs/performance.md docs/screenshot.png "$stage/docs/"
	cp assets/content/README.md "$stage/docs/content-format.md"
	cp -R docs/sample-pack docs/ansible "$stage/docs/"
	chmod -R a+rX,go-w "$stage"
}

# says PROGRAM-FILE: fails unless the program holds VERSION as -ldflags put it.
says() {
	grep -q -a -F "$VERSION" "$1" || { echo "package: $1 does not hold version $VERSION" >&2; exit 1; }
}

linux() {
	name=veininfo-$VERSION-linux-amd64
	stage=$dist/$name
	rm -rf "$stage" && mkdir -p "$stage/bin"
	go build -tags no_emoji,no_animations -trimpath -ldflags "-X main.version=$VERSION -s -w" -o "$stage/bin/veininfo" .
	CGO_ENABLED=0 go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$stage/bin/veininfo-content" ./cmd/veininfo-content
	got=$("$stage/bin/veininfo" --version)
	[ "$got" = "veininfo $VERSION" ] || { echo "package: --version says '$got', want 'veininfo $VERSION'" >&2; exit 1; }
	cp scripts/linux/install.mk "$stage/Makefile"
	install -Dm0644 scripts/linux/org.veininfo.app.desktop "$stage/share/applications/org.veininfo.app.desktop"
	for s in 16 32 48 64 128 256; do
		install -Dm0644 "assets/icons/$s.png" "$stage/share/icons/hicolor/${s}x$s/apps/org.veininfo.app.png"
	done
	install -Dm0644 assets/icon.png "$stage/share/icons/hicolor/512x512/apps/org.veininfo.app.png"
	docs "$stage" "$stage/bin/veininfo" "$stage/bin/veininfo-content"
	# Owned by root whoever builds it: tar keeps owners when root unpacks.
	tar --owner=0 --group=0 --numeric-owner --sort=name -C "$dist" -cJf "$dist/$name.tar.xz" "$name"
	rm -rf "$stage"
	echo "package: $dist/$name.tar.xz"
}

# snapshot DIR: the source as it is in the working tree (tracked and new
# files, not ignored ones), for a build that writes beside main.go.
snapshot() {
	rm -rf "$1" && mkdir -p "$1"
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard |
			xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' _ |
			tar --null -T - -cf - | tar -xf - -C "$1"
	else
		tar --exclude=./build --exclude=./dist -cf - . | tar -xf - -C "$1"
	fi
}

# windows_exe OUT: veininfo.exe exactly as the Windows package ships it,
# checked for its version. make test-windows runs the same build.
windows_exe() {
	out=$1
	src=build/package-windows
	snapshot "$src"
	# The icon, manifest and version resource, linked from a .syso that only
	# a windows/amd64 build reads; then one build by the fyne CLI (release
	# mode, its metadata, no console window). The version goes in through
	# GOFLAGS because that is where the CLI reads ldflags. The CLI is built
	# for this machine first (`go tool -n fyne` builds the pinned version
	# and prints its path): the MinGW compiler is for the app only.
	go run ./scripts/winres -version "$VERSION" -icon assets/icons/256.png -o "$src/veininfo_windows_amd64.syso"
	fyne=$(go tool -n fyne)
	(cd "$src" && GOARCH=amd64 CC=x86_64-w64-mingw32-gcc GOFLAGS="-buildvcs=false -ldflags=-X=main.version=$VERSION" \
		"$fyne" build --target windows --release --tags accessibility,no_emoji,no_animations -o veininfo.exe)
	mkdir -p "$(dirname "$out")"
	mv "$src/veininfo.exe" "$out"
	rm -rf "$src"
	says "$out"
	# FileVersion and ProductVersion: UTF-16 strings in the version resource.
	n=$(strings -el "$out" | grep -c -x -F "$VERSION" || true)
	[ "$n" -ge 2 ] || { echo "package: the version resource of $out does not say $VERSION" >&2; exit 1; }
}

windows() {
	name=veininfo-$VERSION-windows-amd64
	stage=$dist/$name
	rm -rf "$stage" && mkdir -p "$stage"
	windows_exe "$stage/veininfo.exe"
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$stage/veininfo-content.exe" ./cmd/veininfo-content
	docs "$stage" "$stage/veininfo.exe" "$stage/veininfo-content.exe"
	rm -f "$dist/$name.zip"
	(cd "$dist" && zip -qrX "$name.zip" "$name")
	rm -rf "$stage"
	echo "package: $dist/$name.zip"
}

# sums: SHA256SUMS of this version's packages, for `sha256sum -c`.
sums() {
	(cd "$dist" && ls "veininfo-$VERSION"-*.tar.xz "veininfo-$VERSION"-*.zip 2>/dev/null | xargs sha256sum >SHA256SUMS)
	echo "package: $dist/SHA256SUMS"
	cat "$dist/SHA256SUMS"
}

case $what in
windows-exe)
	[ $# -eq 2 ] || { echo "usage: scripts/package.sh windows-exe OUT" >&2; exit 2; }
	windows_exe "$2"
	echo "package: $2"
	exit 0
	;;
linux) linux ;;
windows) windows ;;
all) linux && windows ;;
*)
	echo "usage: scripts/package.sh [linux|windows] | windows-exe OUT" >&2
	exit 2
	;;
esac
sums
