# Installs Vein Info from this unpacked package (the Makefile of the Linux
# tarball, made by scripts/package.sh). Needs make and coreutils only.
#
#   sudo make install          programs, menu entry, icons and documentation
#                              under PREFIX (/usr/local)
#   sudo make uninstall        removes exactly those files again
#   make user-install          the same for one user, under ~/.local
#   make user-uninstall
#
# PREFIX and DESTDIR work as usual: `make install DESTDIR=/tmp/root` puts
# the files in /tmp/root/usr/local, `PREFIX=/usr` under /usr. The kiosk's
# systemd unit and docs/deploy.md expect /usr/local/bin/veininfo.

PREFIX ?= /usr/local
APPID  := org.veininfo.app
ICONS  := 16 32 48 64 128 256 512
DOCS   := README.md THIRD_PARTY_NOTICES.txt $(wildcard LICENSE)

BIN   = $(DESTDIR)$(PREFIX)/bin
SHARE = $(DESTDIR)$(PREFIX)/share

.PHONY: help install uninstall user-install user-uninstall

help:
	@echo "sudo make install      install into $(PREFIX) (PREFIX=... and DESTDIR=... to change)"
	@echo "sudo make uninstall    remove what make install put there"
	@echo "make user-install      install for this user only, into ~/.local"
	@echo "make user-uninstall    remove the user install"
	@echo "Kiosk set-up, configuration and complete removal: docs/deploy.md"

install:
	install -Dm0755 bin/veininfo $(BIN)/veininfo
	install -Dm0755 bin/veininfo-content $(BIN)/veininfo-content
	install -Dm0644 share/applications/$(APPID).desktop $(SHARE)/applications/$(APPID).desktop
	for s in $(ICONS); do \
		install -Dm0644 share/icons/hicolor/$${s}x$${s}/apps/$(APPID).png \
			$(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APPID).png || exit 1; \
	done
	install -d $(SHARE)/doc/veininfo
	install -m0644 $(DOCS) $(SHARE)/doc/veininfo/
	cp -R docs $(SHARE)/doc/veininfo/
	chmod -R a+rX,go-w $(SHARE)/doc/veininfo
	rm -f $(SHARE)/pixmaps/$(APPID).png
	@$(MAKE) --no-print-directory caches

uninstall:
	rm -f $(BIN)/veininfo $(BIN)/veininfo-content
	rm -f $(SHARE)/applications/$(APPID).desktop $(SHARE)/pixmaps/$(APPID).png
	for s in $(ICONS); do rm -f $(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APPID).png; done
	rm -rf $(SHARE)/doc/veininfo
	@$(MAKE) --no-print-directory caches

# The menu and icon caches, where the desktop has them; nothing to do in a
# DESTDIR or on a machine without a desktop.
caches:
	@if [ -z "$(DESTDIR)" ]; then \
		command -v update-desktop-database >/dev/null && update-desktop-database -q $(SHARE)/applications || true; \
		command -v gtk-update-icon-cache >/dev/null && [ -f $(SHARE)/icons/hicolor/index.theme ] && \
			gtk-update-icon-cache -q -t $(SHARE)/icons/hicolor || true; \
	fi

user-install:
	$(MAKE) --no-print-directory install PREFIX=$(HOME)/.local DESTDIR=
	sed -i 's,^Exec=veininfo$$,Exec=$(HOME)/.local/bin/veininfo,' $(HOME)/.local/share/applications/$(APPID).desktop

user-uninstall:
	$(MAKE) --no-print-directory uninstall PREFIX=$(HOME)/.local DESTDIR=
