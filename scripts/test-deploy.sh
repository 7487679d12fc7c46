#!/bin/sh
# make test-deploy: proves the Linux install as docs/deploy.md describes it,
# on a minimal Debian 12 (bookworm) made with debootstrap in
# build/deploy-root. It runs the rollout playbook (docs/ansible/veininfo.yml)
# against that chroot through Ansible's chroot connection, with the sample
# clinic pack and a kiosk configuration, and then checks:
#
#   - veininfo --version and veininfo --check succeed in the chroot, as root
#     and as the kiosk user (the configuration and pack are readable by it);
#   - a second run of the play changes nothing (it is idempotent);
#   - a configuration that --check rejects never goes live;
#   - every library the app loads, at start or when it opens a window, is
#     on the machine.
#
# What cannot run in a chroot is skipped with veininfo_boot=false: systemd
# (enabling the unit, the boot target, the restart handler) and the display.
# Needs root, debootstrap and Debian's ansible package (scripts/deps.sh
# --deploy installs them) and Debian's mirror (MIRROR). The package comes
# from dist/ (made with scripts/package.sh linux when missing); the
# packages debootstrap fetches are kept in build/deploy-cache, so a second
# run downloads only what the play installs. Not part of make test or CI.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

[ "$(id -u)" = 0 ] || { echo "test-deploy: needs root (debootstrap, chroot)" >&2; exit 1; }
VERSION=${VERSION:-$(scripts/version.sh)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
root=$top/build/deploy-root
cache=$top/build/deploy-cache
files=$top/build/deploy-files
pkg=veininfo-$VERSION-linux-amd64

step() { printf '\ntest-deploy: %s\n' "$*"; }
fail() { echo "test-deploy: FAIL: $*" >&2; exit 1; }

[ -f "dist/$pkg.tar.xz" ] || { step "building dist/$pkg.tar.xz"; VERSION=$VERSION scripts/package.sh linux; }

# Anything mounted in the chroot is unmounted however the script ends.
cleanup() {
	for m in proc dev/pts; do
		if mountpoint -q "$root/$m"; then umount "$root/$m"; fi
	done
	rm -f "$root/usr/sbin/policy-rc.d"
}
trap cleanup EXIT INT TERM

step "a minimal Debian 12 in build/deploy-root"
mkdir -p "$cache"
tarball=$cache/bookworm-minbase.tgz
include=python3,python3-apt # Ansible's modules run in Python
if [ ! -f "$tarball" ]; then
	debootstrap --variant=minbase --include=$include --make-tarball="$tarball.part" bookworm "$cache/work" "$MIRROR"
	mv "$tarball.part" "$tarball"
fi
cleanup
rm -rf "$root"
debootstrap --variant=minbase --include=$include --unpack-tarball="$tarball" bookworm "$root" "$MIRROR" >"$cache/debootstrap.log" 2>&1 ||
	{ tail -20 "$cache/debootstrap.log"; fail "debootstrap"; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no services start in a chroot
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"

step "the site's files: a kiosk configuration and the sample pack"
rm -rf "$files" && mkdir -p "$files"
tar -xJf "dist/$pkg.tar.xz" -C "$files" "$pkg/bin/veininfo"
hash=$(echo 2468 | "$files/$pkg/bin/veininfo" --hash-pin)
rm -rf "${files:?}/$pkg"
cat >"$files/config.toml" <<EOF
kiosk = true
region = "DE"
language = "de"
allowed_regions = ["DE", "AT", "CH"]
idle_timeout_seconds = 120
warning_seconds = 30
admin_pin_hash = '$hash'
text_size_percent = 100
content_dir = "/etc/veininfo/content"
EOF
sed 's/^text_size_percent = 100$/text_size_percent = "big/' "$files/config.toml" >"$files/broken.toml"
cp -R docs/sample-pack "$files/pack"

cat >"$files/inventory.ini" <<EOF
[waiting_rooms]
$root ansible_connection=community.general.chroot ansible_become=false ansible_python_interpreter=/usr/bin/python3
EOF
play() { # config, then extra ansible-playbook arguments
	c=$1
	shift
	ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 ansible-playbook -i "$files/inventory.ini" docs/ansible/veininfo.yml \
		-e veininfo_version="$VERSION" -e veininfo_dist="$top/dist" -e veininfo_config="$c" \
		-e veininfo_pack="$files/pack" -e veininfo_boot=false "$@"
}

step "the rollout playbook, first run"
play "$files/config.toml" | tee "$files/run1.log"
grep -q 'failed=0' "$files/run1.log" || fail "the first run failed"

step "the rollout playbook, second run: nothing may change"
play "$files/config.toml" | tee "$files/run2.log"
grep -Eq 'ok=[0-9]+ +changed=0 +unreachable=0 +failed=0' "$files/run2.log" || fail "the second run changed something or failed"

step "a page taken out of the pack is taken off the machine"
rm -r "$files/pack/de"
play "$files/config.toml" >"$files/run3.log" 2>&1 || { cat "$files/run3.log"; fail "the run with a smaller pack failed"; }
[ ! -e "$root/etc/veininfo/content/de" ] || fail "/etc/veininfo/content/de is still there"
diff -r "$files/pack" "$root/etc/veininfo/content" || fail "the live pack is not the pack"
echo "gone"

step "a configuration that veininfo --check rejects never goes live"
before=$(sha256sum <"$root/etc/veininfo/config.toml")
if play "$files/broken.toml" >"$files/run4.log" 2>&1; then
	cat "$files/run4.log"
	fail "the play accepted a broken configuration"
fi
[ "$(sha256sum <"$root/etc/veininfo/config.toml")" = "$before" ] || fail "the broken configuration went live"
grep -o 'source:[0-9]*: text_size_percent: [^"]*' "$files/run4.log" | sed 's/\\n.*//' | head -1 | grep . ||
	{ cat "$files/run4.log"; fail "the refusal does not name the line and key"; }

step "a content pack that veininfo-content check rejects never goes live"
echo "notes" >"$files/pack/en/welcome/notes.txt"
if play "$files/config.toml" >"$files/run5.log" 2>&1; then
	cat "$files/run5.log"
	fail "the play accepted a broken pack"
fi
[ ! -e "$root/etc/veininfo/content/en/welcome/notes.txt" ] || fail "the broken pack went live"
grep -o 'content-next/en/welcome/notes.txt: [^"]*' "$files/run5.log" | sed 's/\\n.*//' | head -1 | grep . ||
	{ cat "$files/run5.log"; fail "the refusal does not name the file"; }
rm "$files/pack/en/welcome/notes.txt"

step "in the chroot: veininfo --version"
got=$(chroot "$root" /usr/local/bin/veininfo --version)
echo "$got"
[ "$got" = "veininfo $VERSION" ] || fail "--version says '$got'"

step "in the chroot: veininfo --check as root"
chroot "$root" /usr/local/bin/veininfo --check || fail "veininfo --check"

step "in the chroot: veininfo --check as the kiosk user"
out=$(chroot --userspec=kiosk:kiosk "$root" env HOME=/home/kiosk /usr/local/bin/veininfo --check) || { echo "$out"; fail "veininfo --check as kiosk"; }
echo "$out" | grep -q 'content pack .*: loaded' || { echo "$out"; fail "the kiosk user cannot load the pack"; }
echo "$out" | grep -q 'kiosk .*on (kiosk = true in /etc/veininfo/config.toml)' || { echo "$out"; fail "kiosk mode is not on"; }
echo "$out" | tail -3

step "in the chroot: veininfo-content check --pack /etc/veininfo/content"
chroot "$root" /usr/local/bin/veininfo-content check --pack /etc/veininfo/content || fail "the live pack"

step "in the chroot: every library the app loads"
missing=""
for lib in $(strings "$root/usr/local/bin/veininfo" | grep -E '^lib[A-Za-z0-9_-]+\.so\.[0-9]+$' | sort -u); do
	case $lib in
	libdecor-0.so.0 | libOSMesa.so.* | libGLES*.so.* | libGLESv2.so.* | libvulkan.so.1 | libOpenGL.so.0) continue ;; # optional or unused
	esac
	chroot "$root" /sbin/ldconfig -p | grep -q "^[[:space:]]$lib " || missing="$missing $lib"
done
[ -z "$missing" ] || fail "libraries missing after the play:$missing"
echo "all there"

step "the play's package list and scripts/deps.sh --runtime agree"
for p in $(scripts/deps.sh --print-runtime); do
	grep -Eq "^ +- $p\$" docs/ansible/veininfo.yml || fail "$p is in scripts/deps.sh --runtime, not in the playbook"
done
echo "they do"

step "the unit in docs/deploy.md is docs/ansible/veininfo-kiosk.service"
awk '/^```ini$/{on=1; next} /^```$/{on=0} on' docs/deploy.md | grep -v '^#' >"$files/unit-from-docs"
grep -v '^#' docs/ansible/veininfo-kiosk.service | grep -F -x -v -f "$files/unit-from-docs" >"$files/unit-diff" || true
[ ! -s "$files/unit-diff" ] || { cat "$files/unit-diff"; fail "docs/deploy.md shows another unit"; }
echo "it is"

printf '\ntest-deploy: PASS (what a chroot cannot show: systemd starting the unit at boot, and the window itself)\n'
