#!/bin/sh
# Installs the Debian/Ubuntu packages veininfo needs: the C libraries that
# Fyne's GLFW driver compiles against, and with --test also what the smoke
# tests use (Xvfb, xdotool, ImageMagick's import, and openbox and wmctrl:
# a window manager to send the window close the kiosk must refuse, and
# xprop from x11-utils to read the window state, and for the handout
# tests poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm), zbar-tools
# (zbarimg reads the QR code) and CUPS with the cups-pdf printer, which
# scripts/cups-pdf.sh starts), with
# --windows the MinGW cross-compiler for the Windows build, with
# --windows-test that, Wine (Debian's wine64), Tesseract with its German
# and Polish data (to read the screenshots) and what --test needs, for
# make test-windows, with --package
# that and xz, zip and binutils (strings) for the packages, with --bench
# what --test needs plus Chromium, the browser kiosk the benchmarks compare
# against, and with --deploy debootstrap and Ansible for make test-deploy.
# --runtime installs what the built program needs on a machine without the
# build packages (the same list as docs/ansible/veininfo.yml and
# docs/deploy.md); --print-runtime prints that list.
# Installs with apt-get as root or through sudo; otherwise prints the exact
# command and fails.
set -eu

build="gcc pkg-config libgl1-mesa-dev libx11-dev libxrandr-dev libxxf86vm-dev libxi-dev libxcursor-dev libxinerama-dev libwayland-dev libxkbcommon-dev"
testing="xvfb xdotool imagemagick openbox wmctrl x11-utils poppler-utils zbar-tools cups cups-client printer-driver-cups-pdf"

# What the program loads: libGL and libwayland-client when it starts (even
# --version), the rest when it opens a window under X11 or Wayland; Mesa's
# drivers; make for the package's installer Makefile.
runtime="libgl1 libegl1 libgl1-mesa-dri libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0 libx11-6 libx11-xcb1 libxcursor1 libxext6 libxi6 libxinerama1 libxrandr2 libxrender1 libxxf86vm1 make"

windows="gcc-mingw-w64-x86-64"
windows_test="$windows wine wine64 tesseract-ocr tesseract-ocr-deu tesseract-ocr-pol $testing"
packaging="$windows xz-utils zip binutils"
bench="$testing chromium"
deploy="debootstrap ansible xz-utils binutils"

want=$build
case "${1:-}" in
  --test) want="$build $testing" ;;
  --windows) want="$build $windows" ;;
  --windows-test) want="$build $windows_test binutils" ;;
  --package) want="$build $packaging" ;;
  --bench) want="$build $bench" ;;
  --deploy) want="$deploy" ;;
  --runtime) want="$runtime" ;;
  --print-runtime) echo "$runtime"; exit 0 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "deps: not a Debian-based system; install the equivalents of: $want" >&2
  exit 0
fi

missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
  sh -c "$cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo sh -c "$cmd"
else
  echo "deps: missing packages:$missing" >&2
  echo "deps: install them with:  sudo sh -c '$cmd'" >&2
  exit 1
fi
