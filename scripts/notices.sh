#!/bin/sh
# Prints the licence notices of everything linked into the given Go
# binaries: Go's own licence, then, for each module `go version -m` lists,
# every LICENSE, LICENCE, COPYING and NOTICE file the module holds (its
# own, and those of code it carries: GLFW's C sources in go-gl/glfw,
# HarfBuzz in go-text/typesetting, the fonts in Fyne), each text once.
# It reads the module cache only, so run it after building the binaries.
# (google/go-licenses was left: it reads one licence per package, misses
# the C and font licences inside a module, and needs a classifier
# database; the modules' own files are the notices their licences ask for.)
#
# Usage: scripts/notices.sh BINARY... > THIRD_PARTY_NOTICES.txt
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: scripts/notices.sh BINARY..." >&2; exit 2; }

gov=$(go version -m "$1" | sed -n '1s/^[^:]*: *//p')
mods=$(for b in "$@"; do go version -m "$b" | awk '$1 == "dep" {print $2 "@" $3}'; done | sort -u)

# The licence files of a module, relative to its folder.
licences() {
	(cd "$1" && find . -type f \( -iname 'LICEN[CS]E*' -o -iname 'COPYING*' -o -iname 'NOTICE*' \) \
		-not -path '*/testdata/*' | sed 's|^\./||' | sort)
}

# One notice: a heading naming the work and the file, then the text.
notice() { # name version folder file
	printf '\n%s\n%s %s: %s\n%s\n\n' "========================================================================" \
		"$1" "$2" "$4" "========================================================================"
	cat "$3/$4"
}

cat <<HEAD
Third-party notices for Vein Info (veininfo)

The programs veininfo and veininfo-content are built with the Go toolchain
($gov) from the modules listed here. The licence and notice files of each
follow the list, each as its authors wrote it; a text that a module holds
more than once is given once.

Go $gov (standard library and runtime)
HEAD
echo "$mods" | sed 's/@/ /; s/^/  /'

goroot=$(go env GOROOT)
for f in LICENSE PATENTS; do
	[ ! -f "$goroot/$f" ] || notice Go "$gov" "$goroot" "$f"
done
for m in $mods; do
	dir=$(go list -m -f '{{.Dir}}' "$m")
	[ -n "$dir" ] || { echo "notices: $m is not in the module cache (go mod download $m)" >&2; exit 1; }
	seen=""
	found=0
	for f in $(licences "$dir"); do
		sum=$(sha256sum "$dir/$f" | cut -c1-64)
		case " $seen " in *" $sum "*) continue ;; esac
		seen="$seen $sum"
		found=1
		notice "${m%@*}" "${m#*@}" "$dir" "$f"
	done
	[ $found = 1 ] || { echo "notices: $m has no licence file" >&2; exit 1; }
done
