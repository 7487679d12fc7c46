#!/bin/sh
# Builds the two clinic packages into dist/ with the fyne CLI pinned in
# go.mod (`go tool fyne`), from the FyneApp.toml at the repository root:
#
#   dist/veininfo-VERSION-linux-amd64.tar.xz    binary, .desktop file, icon and
#                                               the Makefile that installs them
#   dist/veininfo-VERSION-windows-amd64.zip     veininfo.exe (no console, icon
#                                               and version resource, built with
#                                               -tags accessibility), README,
#                                               deployment guide, sample config
#
# Both are built with -tags no_emoji, as by make build (see the Makefile).
# VERSION comes from git (scripts/version.sh) and reaches
# the binaries through -ldflags, so --version and the staff panel show it.
# Usage: scripts/package.sh [linux|windows]   (both when no argument)
set -eu
cd "$(dirname "$0")/.."

VERSION=${VERSION:-$(scripts/version.sh)}
# The package metadata (the Windows version resource) takes numbers only:
# the x.y.z the version starts with, or FyneApp.toml's when there is none.
appver=$(echo "$VERSION" | sed -n 's/^\([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p')
set -- "${1:-all}" ${appver:+--app-version "$appver"}
what=$1
shift

dist=dist
mkdir -p "$dist"
# fyne package counts builds up in FyneApp.toml; the checked-in file stays as
# it is, and nothing the CLI leaves at the root stays behind.
cp FyneApp.toml "$dist/.FyneApp.toml"
trap 'cp "$dist/.FyneApp.toml" FyneApp.toml; rm -f "$dist/.FyneApp.toml" veininfo.exe "Vein Info.exe" "Vein Info.tar.xz"' EXIT

linux() {
	name=veininfo-$VERSION-linux-amd64
	# The binary is built here with plain go build and handed over with --exe;
	# the tarball's folder is named after it (veininfo/).
	mkdir -p "$dist/linux"
	go build -tags no_emoji -trimpath -ldflags "-X main.version=$VERSION -s -w" -o "$dist/linux/veininfo" .
	go tool fyne package --os linux --release --exe "$dist/linux/veininfo" "$@"
	mv "Vein Info.tar.xz" "$dist/$name.tar.xz"
	rm -rf "$dist/linux"
	echo "package: $dist/$name.tar.xz"
}

windows() {
	name=veininfo-$VERSION-windows-amd64
	# fyne package puts the icon, manifest and version resource into a .syso
	# and builds the exe again, so the exe is first built by the same CLI with
	# the same C flags (the second build is then only a link). The version
	# goes in through GOFLAGS because that is where the CLI reads ldflags.
	# The CLI is built for this machine first (`go tool -n` builds the pinned
	# version and prints its path): the MinGW compiler is for the app only.
	fyne=$(go tool -n fyne)
	export GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
	export GOFLAGS="-ldflags=-X=main.version=$VERSION"
	"$fyne" build --target windows --release --tags accessibility,no_emoji -o veininfo.exe
	# (Windows icons end at 256 px: the .ico is made from that size.)
	"$fyne" package --os windows --release --tags accessibility,no_emoji --exe veininfo.exe \
		--icon assets/icons/256.png "$@"
	unset GOARCH CC GOFLAGS
	rm -rf "${dist:?}/$name" && mkdir -p "$dist/$name"
	mv "Vein Info.exe" "$dist/$name/veininfo.exe"
	cp README.md docs/deploy.md "$dist/$name/"
	cp docs/config.sample.toml "$dist/$name/config.toml.sample"
	rm -f "$dist/$name.zip"
	(cd "$dist" && zip -qr "$name.zip" "$name")
	rm -rf "${dist:?}/$name"
	echo "package: $dist/$name.zip"
}

case $what in
linux) linux "$@" ;;
windows) windows "$@" ;;
all) linux "$@" && windows "$@" ;;
*) echo "usage: scripts/package.sh [linux|windows]" >&2; exit 2 ;;
esac
