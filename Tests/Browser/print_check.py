"""Prints every worksheet page of a built site with headless Chromium and checks the paper.

For each worksheet page, blank (hojas/) and filled for an organization
(organizaciones/<slug>/hojas/), in print emulation at the width of the printable area of
the site's paper, no element may stick out of that width; then the page is printed to PDF
and the PDF must have at least one sheet per worksheet on the page (each starts a sheet),
no more than a sheet budget per worksheet, and no blank sheet. No cell of a worksheet, agenda or
Gantt table may break a word inside itself (except after a soft hyphen the page holds), in print
emulation and on screen at 360 and 1280 px.

Usage: print_check.py SITE_FOLDER [--papel carta|a4]
"""

import argparse
import base64
import io
import pathlib
import sys

from pypdf import PdfReader
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

# Paper width and @page margins (theme/recursos/estilo.css: 14mm 13mm), in inches and CSS px.
PAPER = {"carta": (8.5, 11.0), "a4": (8.27, 11.69)}
SIDE_MARGIN_IN = 13 / 25.4
CSS_PX_PER_IN = 96
# The longest form, the Plan de Alianzas filled in, takes eleven sheets: its tables' blank rows
# leave three handwritten lines each.
SHEETS_PER_WORKSHEET = 12

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
# print landscape), or all of them ('todas', on screen).
WORD_BREAK_SCRIPT = """
const scope = arguments[0];
const found = [];
const cells = document.querySelectorAll(
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
    for (const match of node.data.matchAll(/\\S+/g)) {
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


def browser(width_px):
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width_px},1200"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def worksheet_pages(site):
    pages = sorted(site.glob("hojas/*.html")) + sorted(site.glob("organizaciones/*/hojas/*.html"))
    return [page for page in pages if page.name != "index.html"]


def check(driver, page, paper):
    problems = []
    driver.get(page.resolve().as_uri())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    sheets = driver.execute_script("return document.querySelectorAll('main .hoja').length")
    for overflow in driver.execute_script(OVERFLOW_SCRIPT):
        problems.append(f"se sale del área imprimible: {overflow}")
    width, height = PAPER[paper]
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": width, "paperHeight": height, "preferCSSPageSize": True, "printBackground": True,
    })
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
    count = len(reader.pages)
    if sheets == 0:
        problems.append("no tiene ninguna hoja de trabajo")
    if count < sheets:
        problems.append(f"{count} páginas para {sheets} hojas: cada hoja debe empezar una página")
    if count > sheets * SHEETS_PER_WORKSHEET:
        problems.append(f"{count} páginas para {sheets} hojas")
    for number, sheet in enumerate(reader.pages, start=1):
        if not sheet.extract_text().strip():
            problems.append(f"la página {number} del PDF está en blanco")
    return sheets, count, problems


def broken_words(driver, name, where, scope="todas"):
    """Each word a table cell breaks inside, other than after a soft hyphen, as a problem."""
    return [f"hoja {name} ({where}): la celda «{cell}» parte la palabra «{word}»"
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
    problems = broken_words(driver, name, f"impresa en {paper}", "formularios")
    if driver.execute_script("return document.querySelector('main .hoja-rotafolio table') !== null"):
        emulate(driver, round((PAPER[paper][1] - 2 * SIDE_MARGIN_IN) * CSS_PX_PER_IN), "print")
        problems += broken_words(driver, name, f"rotafolio impreso en {paper}", "rotafolios")
    for width in SCREEN_WIDTHS:
        emulate(driver, width, "screen")
        problems += broken_words(driver, name, f"pantalla de {width} px")
    emulate(driver, printable, "print")
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
    printable = round((PAPER[arguments.papel][0] - 2 * SIDE_MARGIN_IN) * CSS_PX_PER_IN)
    driver = browser(printable)
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
            if problems:
                failures += 1
                for problem in problems:
                    print(f"{name}: {problem}", file=sys.stderr)
    finally:
        driver.quit()
    print(f"print_check: {len(pages)} páginas de hojas, {total_sheets} hojas, {total_pages} páginas de PDF "
          f"({arguments.papel}, {printable} px de ancho imprimible), {failures} con problemas")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
