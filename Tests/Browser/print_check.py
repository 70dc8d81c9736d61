"""Prints every worksheet page of a built site with headless Chromium and checks the paper.

For each worksheet page, blank (hojas/) and filled for an organization
(organizaciones/<slug>/hojas/), in print emulation at the width of the printable area of
the site's paper, no element may stick out of that width; then the page is printed to PDF
and the PDF must have at least one sheet per worksheet on the page (each starts a sheet),
no more than a sheet budget per worksheet, and no blank sheet. No cell of a worksheet, agenda or
Gantt table may break a word inside itself (except after a soft hyphen the page holds), in print
emulation and on screen at 360 and 1280 px. Printed, no table of the books and other documents
below may stick out of the printable width nor break a word inside a cell (hyphenation aside),
except a web address.

Every sheet of paper, of those pages and of the books (imprimir/), an organization's first
session page and the first page with a carta, must be of the site's paper, carry its number in
the bottom margin («Página N de M», counted in its document) and, after the first, the running
header in the top margin: the page's title, or on a worksheet's sheets that worksheet's title,
record and organization, so that shuffled sheets can be put back together. When the site names
its edition (`edicion` in libro.yml, in the footer on screen), every sheet says it at the foot too.

Every organization's page with a plan by months (table.gantt) is printed too: the plan must
take exactly one landscape sheet of the site's paper with all its rows, and a marked month
must stay far from an empty one in greyscale (relative luminance of their backgrounds), there
and in the month cells of pre-filled worksheets.

What only a screen can use (the system map's «Toca el mapa…») does not print.

Usage: print_check.py SITE_FOLDER [--papel carta|a4]   (the site must be built on that paper)
"""

import argparse
import pathlib
import sys

from browser_tools import browser, print_to_pdf

# Paper width and @page margins (theme/recursos/estilo.css: 14mm 13mm), in inches and CSS px.
PAPER = {"carta": (8.5, 11.0), "a4": (8.27, 11.69)}
SIDE_MARGIN_IN = 13 / 25.4
TOP_MARGIN_PT = 14 / 25.4 * 72
CSS_PX_PER_IN = 96
# The longest form, the Plan de Alianzas filled in, takes eleven sheets: its tables' blank rows
# leave three handwritten lines each.
SHEETS_PER_WORKSHEET = 12
# theme/textos.yml › impresion_pagina.
PAGE_NUMBER = "Página {pagina} de {paginas}"
# The edition's date as the footer says it on screen; empty when the site names none.
EDITION_SCRIPT = "const p = document.querySelector('.pie .edicion'); return p ? p.textContent : '';"

OVERFLOW_SCRIPT = """
const limit = document.documentElement.clientWidth + 1;
const found = [];
for (const element of document.querySelectorAll('main *')) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;
  if (getComputedStyle(element).display === 'none') continue;
  if (box.right > limit || box.left < -1) {
    found.push(element.tagName.toLowerCase() + '.' + element.className + ' ' +
               Math.round(box.left) + '..' + Math.round(box.right) + ' > ' + limit);
  }
}
return found.slice(0, 5);
"""

# Screen widths the tables are also read at: a phone and a desktop.
SCREEN_WIDTHS = (360, 1280)

# Every word of every cell of a worksheet, agenda or Gantt table must lie on one line, unless it
# breaks right after a soft hyphen (U+00AD) the page itself holds: that break is intended. The
# argument picks the cells: of forms only ('formularios'), of flipcharts only ('rotafolios', which
# print landscape), all of them ('todas', on screen), or those of every table of a printed
# document but its plan by months ('documento'), where a line may also break after a hyphen or
# before an opening bracket (as in «2027-06-18» or «[texto](…)»), and a web address, which has
# nowhere else to break, anywhere.
WORD_BREAK_SCRIPT = """
const scope = arguments[0];
const found = [];
const cells = document.querySelectorAll(scope === 'documento' ? 'main table:not(.gantt) :is(th, td)' :
  'main table.tabla-hoja th, main table.tabla-hoja td, main table.agenda th, main table.agenda td, ' +
  'main table.gantt th, main table.gantt td');
const lineOf = (node, start, end) => {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = Array.from(range.getClientRects()).filter(rect => rect.height > 0);
  return rects.map(rect => Math.round(rect.top));
};
for (const cell of cells) {
  if (cell.getClientRects().length === 0) continue;
  const flipchart = cell.closest('.hoja-rotafolio') !== null;
  if ((scope === 'formularios' && flipchart) || (scope === 'rotafolios' && !flipchart)) continue;
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (scope === 'documento' && node.parentElement.closest('a[href*="://"]')) continue;
    for (const match of node.data.matchAll(scope === 'documento' ? /[^\\s\\-\u2010\u2013([{]+/g : /\\S+/g)) {
      const start = match.index;
      const tops = lineOf(node, start, start + match[0].length);
      if (new Set(tops).size < 2) continue;
      // The word lies on several lines: each new line must start right after a soft hyphen.
      let previous = null;
      for (let index = 0; index < match[0].length; index += 1) {
        // A letter right after a break also gets the drawn hyphen's box: it is on the last line.
        const lines = lineOf(node, start + index, start + index + 1);
        if (lines.length === 0) continue;
        const top = Math.max(...lines);
        if (previous !== null && top > previous + 2 && match[0][index - 1] !== '\\u00AD') {
          found.push([cell.textContent.replace(/\\u00AD/g, '').trim().slice(0, 80),
                      match[0].replace(/\\u00AD/g, '')]);
          break;
        }
        previous = top;
      }
    }
  }
}
return found;
"""

# What each worksheet says about itself: its title, and its organization and record when filled
# (the last field of its header is the date).
SHEETS_SCRIPT = """
return [...document.querySelectorAll('main .hoja')].map(sheet => ({
  title: (sheet.querySelector('.hoja-titulo') || {}).textContent || '',
  fields: [...sheet.querySelectorAll('.hoja-datos > span:not(:last-child) > strong')].map(s => s.textContent),
}));
"""

TITLE_SCRIPT = "const h = document.querySelector('main h1'); return h ? h.textContent : document.title;"


def worksheet_pages(site):
    pages = sorted(site.glob("hojas/*.html")) + sorted(site.glob("organizaciones/*/hojas/*.html"))
    return [page for page in pages if page.name != "index.html"]


def document_pages(site):
    """The books, an organization's first session page and the first other page with a carta."""
    books = sorted(site.glob("imprimir/*.html"))
    sessions = sorted(site.glob("organizaciones/*/sesiones/*.html"))
    cartas = [page for page in sorted(site.glob("**/*.html"))
              if page.relative_to(site).parts[0] not in ("organizaciones", "imprimir")
              and 'class="carta' in page.read_text(encoding="utf-8")]
    return books + sessions[:1] + cartas[:1]


def squeezed(text):
    """Text without whitespace: extract_text breaks and joins lines where the layout does."""
    return "".join(text.split())


def margins(pdf_page):
    """The text of the top margin, of the body and of the bottom margin of a PDF page."""
    height = float(pdf_page.mediabox.height)
    top, body, bottom = [], [], []

    def visit(text, cm, tm, _font, _size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        (top if y > height - TOP_MARGIN_PT else bottom if y < TOP_MARGIN_PT else body).append(text)

    pdf_page.extract_text(visitor_text=visit)
    return "".join(top), "".join(body), "".join(bottom)


def sheet_headers(texts, sheets):
    """What each PDF page's running header must hold: the worksheet whose title starts the
    page's body, or else the one before, continued; and how many worksheets were found."""
    expected = []
    current = -1
    for _, body, _ in texts:
        following = current + 1
        if following < len(sheets) and squeezed(body).startswith(squeezed(sheets[following]["title"])):
            current = following
        expected.append([] if current < 0 else [sheets[current]["title"]] + sheets[current]["fields"])
    return expected, current + 1


def paper_problems(reader, texts, headers, paper, edition=""):
    """Every PDF page of the paper, not blank, numbered (with the edition), headed after the first."""
    problems = []
    width, height = (inches * 72 for inches in PAPER[paper])
    count = len(reader.pages)
    for number, (pdf_page, (top, body, bottom)) in enumerate(zip(reader.pages, texts), start=1):
        size = sorted((float(pdf_page.mediabox.width), float(pdf_page.mediabox.height)))
        if abs(size[0] - width) > 2 or abs(size[1] - height) > 2:
            problems.append(f"la página {number} del PDF mide {size[0]:.0f}×{size[1]:.0f} pt, no es {paper}")
        if not body.strip():
            problems.append(f"la página {number} del PDF está en blanco")
        label = PAGE_NUMBER.format(pagina=number, paginas=count)
        if squeezed(label) not in squeezed(bottom):
            problems.append(f"la página {number} del PDF no dice «{label}» al pie: «{bottom.strip()}»")
        if squeezed(edition) not in squeezed(bottom):
            problems.append(f"la página {number} del PDF no dice «{edition}» al pie: «{bottom.strip()}»")
        if number == 1:
            continue
        for part in headers[number - 1]:
            if squeezed(part) not in squeezed(top):
                problems.append(f"el encabezado de la página {number} del PDF no dice «{part}»: «{top.strip()}»")
    return problems


def print_pdf(driver, page, paper):
    driver.get(page.resolve().as_uri())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    width, height = PAPER[paper]
    return print_to_pdf(driver, paperWidth=width, paperHeight=height, preferCSSPageSize=True, printBackground=True)


def check(driver, page, paper):
    problems = []
    reader = print_pdf(driver, page, paper)
    edition = driver.execute_script(EDITION_SCRIPT)
    sheets = driver.execute_script(SHEETS_SCRIPT)
    for overflow in driver.execute_script(OVERFLOW_SCRIPT):
        problems.append(f"se sale del área imprimible: {overflow}")
    count = len(reader.pages)
    if not sheets and driver.execute_script("return document.querySelector('main .carta') !== null"):
        # A facilitator's pack for a session with no flipchart or cards: the agenda alone, headed
        # by the page's title.
        title = driver.execute_script(TITLE_SCRIPT)
        texts = [margins(pdf_page) for pdf_page in reader.pages]
        return 0, count, problems + paper_problems(reader, texts, [[title]] * len(texts), paper, edition)
    if not sheets:
        problems.append("no tiene ninguna hoja de trabajo")
    if count < len(sheets):
        problems.append(f"{count} páginas para {len(sheets)} hojas: cada hoja debe empezar una página")
    if count > len(sheets) * SHEETS_PER_WORKSHEET:
        problems.append(f"{count} páginas para {len(sheets)} hojas")
    texts = [margins(pdf_page) for pdf_page in reader.pages]
    headers, found = sheet_headers(texts, sheets)
    if found < len(sheets):
        problems.append(f"ninguna página empieza con la hoja «{sheets[found]['title']}»")
    problems += paper_problems(reader, texts, headers, paper, edition)
    return len(sheets), count, problems


# Every table of the page that sticks out of the printable width (the plan by months prints on a
# landscape sheet of its own, check_gantt).
TABLE_OVERFLOW_SCRIPT = """
const limit = document.documentElement.clientWidth + 1;
return Array.from(document.querySelectorAll('main table:not(.gantt)'), (table) => [table, table.getBoundingClientRect()])
  .filter(([, box]) => box.width > 0 && (box.right > limit || box.left < -1))
  .map(([table, box]) => (table.querySelector('th, td') || table).textContent.trim().slice(0, 40) + ' ' +
       Math.round(box.left) + '..' + Math.round(box.right) + ' > ' + limit);
"""

# Hyphenation turned off, to see where the page's own rules break a word: a browser with Spanish
# dictionaries may also break one with a drawn hyphen, which is fine.
WITHOUT_HYPHENATION_SCRIPT = """
const style = document.createElement('style');
style.textContent = 'main th, main td { hyphens: manual !important; }';
document.head.appendChild(style);
"""


def check_document(driver, page, paper):
    """A page that is not a worksheet (a book, a session, a carta): its title heads its sheets;
    its tables, printed, fit the printable width and break their cells' words only between words."""
    reader = print_pdf(driver, page, paper)
    title = driver.execute_script(TITLE_SCRIPT)
    edition = driver.execute_script(EDITION_SCRIPT)
    texts = [margins(pdf_page) for pdf_page in reader.pages]
    problems = paper_problems(reader, texts, [[title]] * len(texts), paper, edition)
    problems += [f"una tabla se sale del área imprimible: {table}"
                 for table in driver.execute_script(TABLE_OVERFLOW_SCRIPT)]
    driver.execute_script(WITHOUT_HYPHENATION_SCRIPT)
    problems += broken_words(driver, "tabla", f"impresa en {paper}", "documento")
    return len(reader.pages), problems


def report(name, problems):
    for problem in problems:
        print(f"{name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


def broken_words(driver, name, where, scope="todas"):
    """Each word a table cell breaks inside, other than after a soft hyphen, as a problem of NAME."""
    return [f"{name} ({where}): la celda «{cell}» parte la palabra «{word}»"
            for cell, word in driver.execute_script(WORD_BREAK_SCRIPT, scope)]


def emulate(driver, width, media):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 1200, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


def check_words(driver, name, printable, paper):
    """The page as loaded (print emulation at the printable width), its flipcharts at the
    landscape width they print at, then on screen at each of SCREEN_WIDTHS without loading it
    again, then back to print for the next page."""
    problems = broken_words(driver, f"hoja {name}", f"impresa en {paper}", "formularios")
    if driver.execute_script("return document.querySelector('main .hoja-rotafolio table') !== null"):
        emulate(driver, round((PAPER[paper][1] - 2 * SIDE_MARGIN_IN) * CSS_PX_PER_IN), "print")
        problems += broken_words(driver, f"hoja {name}", f"rotafolio impreso en {paper}", "rotafolios")
    for width in SCREEN_WIDTHS:
        emulate(driver, width, "screen")
        problems += broken_words(driver, f"hoja {name}", f"pantalla de {width} px")
    emulate(driver, printable, "print")
    return problems


# A marked month's background against an empty one's, in relative luminance (0 black, 1 white).
MIN_LUMINANCE_GAP = 0.4

LUMINANCE_SCRIPT = """
function luminance(element) {
  if (!element) return null;
  const parts = getComputedStyle(element).backgroundColor.match(/[\\d.]+/g).map(Number);
  const alpha = parts.length > 3 ? parts[3] : 1;
  const channel = (value) => {
    const mixed = (value * alpha + 255 * (1 - alpha)) / 255;
    return mixed <= 0.03928 ? mixed / 12.92 : Math.pow((mixed + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(parts[0]) + 0.7152 * channel(parts[1]) + 0.0722 * channel(parts[2]);
}
return [luminance(document.querySelector(arguments[0])), luminance(document.querySelector(arguments[1]))];
"""

# Marked and empty month cells: the plan's, and a pre-filled worksheet's month columns.
MONTH_CELLS = [("table.gantt td.activa", "table.gantt td.mes:not(.activa)"),
               ("td.mes-marcado", ".tabla-hoja:has(td.mes-marcado) tbody td:not(.mes-marcado)")]


def gantt_pages(site):
    pages = sorted(site.glob("organizaciones/*/**/*.html"))
    return [page for page in pages if '<table class="gantt' in page.read_text(encoding="utf-8")
            or 'class="mes-marcado"' in page.read_text(encoding="utf-8")]


def month_contrast(driver):
    problems = []
    for marked, empty in MONTH_CELLS:
        dark, light = driver.execute_script(LUMINANCE_SCRIPT, marked, empty)
        if dark is None:
            continue
        if light is None or light - dark < MIN_LUMINANCE_GAP:
            empty_text = "no hay" if light is None else f"luminancia {light:.2f}"
            problems.append(f"un mes marcado ({marked}, luminancia {dark:.2f}) no se distingue en gris "
                            f"de uno vacío ({empty_text})")
    return problems


def check_gantt(driver, page, paper):
    """The plan's sheets: exactly one landscape sheet of the paper, holding every row."""
    driver.get(page.resolve().as_uri())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    problems = month_contrast(driver)
    rows = driver.execute_script(
        "return Array.from(document.querySelectorAll('table.gantt tbody th'), (th) => th.textContent)")
    if not rows:
        return problems
    width, height = PAPER[paper]
    reader = print_to_pdf(driver, paperWidth=width, paperHeight=height, preferCSSPageSize=True, printBackground=True)
    landscape = [sheet for sheet in reader.pages if sheet.mediabox.width > sheet.mediabox.height]
    if len(landscape) != 1:
        problems.append(f"el plan por meses ocupa {len(landscape)} páginas apaisadas; debe caber en una")
        return problems
    sheet = landscape[0]
    if abs(float(sheet.mediabox.width) - height * 72) > 3:
        problems.append(f"la página apaisada mide {float(sheet.mediabox.width):.0f} pt de ancho, no {paper}")
    text = " ".join(sheet.extract_text().split())
    for row in rows:
        words = " ".join(row.split()[:3])
        if words not in text:
            problems.append(f"la fila «{words}» del plan no está en su página apaisada")
    return problems


# Texts for a screen only, by selector: each page that holds one must not print it.
SCREEN_ONLY = [".mapa-ampliar"]
HIDDEN_SCRIPT = """
return Array.from(document.querySelectorAll(arguments[0])).filter(function (e) {
  return getComputedStyle(e).display !== "none";
}).map(function (e) { return e.textContent.trim(); });
"""


def check_screen_only(driver, site):
    """Pages with a text for screens only, in print emulation: that text is not displayed."""
    problems, checked = [], 0
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for selector in SCREEN_ONLY:
            if f'class="{selector[1:]}"' not in text:
                continue
            driver.get(page.resolve().as_uri())
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            checked += 1
            for shown in driver.execute_script(HIDDEN_SCRIPT, selector):
                problems.append(f"{page.relative_to(site)}: se imprime «{shown}», que solo sirve en pantalla")
    # A package without a system map has none of them.
    print(f"print_check: {checked} páginas con textos solo para pantalla, revisadas impresas")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--papel", choices=sorted(PAPER), default="carta")
    arguments = parser.parse_args()
    pages = worksheet_pages(arguments.site)
    if not pages:
        print(f"print_check: no hay hojas de trabajo en {arguments.site}", file=sys.stderr)
        return 1
    documents = document_pages(arguments.site)
    printable = round((PAPER[arguments.papel][0] - 2 * SIDE_MARGIN_IN) * CSS_PX_PER_IN)
    driver = browser(printable, 1200, page_size=False)
    failures = 0
    total_sheets = 0
    total_pages = 0
    try:
        # The page's width must be the printable width, whatever the window's frame and minimum size.
        emulate(driver, printable, "print")
        for page in pages:
            sheets, count, problems = check(driver, page, arguments.papel)
            total_sheets += sheets
            total_pages += count
            name = page.relative_to(arguments.site)
            problems += check_words(driver, name, printable, arguments.papel)
            failures += report(name, problems)
        for page in documents:
            count, problems = check_document(driver, page, arguments.papel)
            total_pages += count
            failures += report(page.relative_to(arguments.site), problems)
        gantts = gantt_pages(arguments.site)
        for page in gantts:
            failures += report(page.relative_to(arguments.site), check_gantt(driver, page, arguments.papel))
        failures += report("pantalla", check_screen_only(driver, arguments.site))
    finally:
        driver.quit()
    print(f"print_check: {len(pages)} páginas de hojas y {len(documents)} más, {total_sheets} hojas, "
          f"{total_pages} páginas de PDF ({arguments.papel}, {printable} px de ancho imprimible), "
          f"{len(gantts)} con plan por meses, {failures} con problemas")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
