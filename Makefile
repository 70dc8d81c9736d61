# The two set-up commands: `make site` builds the site, `make test` runs every check.
# Both install the system packages they need first (Debian/Ubuntu).

APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_SOURCES := Sources Tests Package.swift

.PHONY: site test deps

site: deps
	swift build -c release --product libro
	.build/release/libro build

test: deps
	swift build --build-tests
	swift test
	swift format lint --strict --recursive $(SWIFT_SOURCES)

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm \
		|| [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "Instalando paquetes del sistema: $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi
