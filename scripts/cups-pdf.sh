#!/bin/sh
# Starts CUPS and makes a PDF printer, for the handout print test (and to
# try printing without paper): cups-pdf writes each job as a PDF into the
# submitting user's ~/PDF (root: /root/PDF; see Out in
# /etc/cups/cups-pdf.conf). Needs root and the packages `scripts/deps.sh
# --test` installs (cups, cups-client, printer-driver-cups-pdf). Safe to
# run again: a running cupsd is left alone and the queue is set anew.
#
#   scripts/cups-pdf.sh [QUEUE]     QUEUE defaults to PDF
set -eu
queue=${1:-PDF}

if [ "$(id -u)" != 0 ]; then
  echo "cups-pdf: run as root (lpadmin and cupsd need it)" >&2
  exit 1
fi
for tool in cupsd lpadmin lpstat; do
  command -v "$tool" >/dev/null 2>&1 || { echo "cups-pdf: $tool missing: run scripts/deps.sh --test" >&2; exit 1; }
done

# cupsd: through systemd where it runs the machine, else started directly
# (a container or chroot has no service manager; cupsd forks into the
# background by itself).
if ! lpstat -r 2>/dev/null | grep -q '^scheduler is running'; then
  if [ -d /run/systemd/system ]; then
    systemctl start cups
  else
    cupsd
  fi
  i=0
  until lpstat -r 2>/dev/null | grep -q '^scheduler is running'; do
    i=$((i + 1))
    [ "$i" -le 30 ] || { echo "cups-pdf: cupsd did not start (see /var/log/cups/error_log)" >&2; exit 1; }
    sleep 0.5
  done
fi

# The queue: the cups-pdf backend with its PPD. CUPS turns the PDF into
# PostScript for it, and cups-pdf back into PDF with Ghostscript; poppler's
# pdftops keeps the words readable for pdftotext in that round trip (as
# far as Latin-1 goes: letters such as ą ł ż are printed right but lose
# their text), Ghostscript's own does not.
ppd=$(lpinfo -m 2>/dev/null | awk '/cups-pdf\/CUPS-PDF_opt\.ppd/ {print $1; exit}')
[ -n "$ppd" ] || { echo "cups-pdf: no CUPS-PDF PPD: install printer-driver-cups-pdf" >&2; exit 1; }
lpadmin -p "$queue" -v cups-pdf:/ -E -m "$ppd" -o pdftops-renderer-default=pdftops 2>/dev/null
cupsenable "$queue"
cupsaccept "$queue"
lpstat -p "$queue"
