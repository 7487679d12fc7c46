#!/bin/sh
# Prints veininfo's version, from git: the last release tag (v1.2.3 gives
# 1.2.3, with -N-gCOMMIT after it when commits follow the tag, and -dirty
# for uncommitted changes), or, before the first tag, FyneApp.toml's
# version with the commit (0.1.0-gd557c35). "dev" outside a git checkout.
cd "$(dirname "$0")/.."
if v=$(git describe --tags --match 'v[0-9]*' --dirty 2>/dev/null); then
	echo "${v#v}"
elif c=$(git describe --always --dirty 2>/dev/null); then
	echo "$(sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)-g$c"
else
	echo dev
fi
