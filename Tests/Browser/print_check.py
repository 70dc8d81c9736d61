"""Prints every worksheet page of a built site with headless Chromium and checks the paper.

For each worksheet page, blank (hojas/) and filled for an organization
(organizaciones/<slug>/hojas/), in print emulation at the width of the printable area of
the site's paper, no element may stick out of that width; then the page is printed to PDF
and the PDF must have at least one sheet per worksheet on the page (each starts a sheet),
no more than a sheet budget per worksheet, and no blank sheet.

Every organization's page with a plan by months (table.gantt) is printed too: the plan must
take exactly one landscape sheet of the site's paper with all its rows, and a marked month
must stay far from an empty one in greyscale (relative luminance of their backgrounds), there
and in the month cells of pre-filled worksheets.

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
# The longest form, the whole Ruta Crítica of one ally filled in, takes seven sheets.
SHEETS_PER_WORKSHEET = 8

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
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": width, "paperHeight": height, "preferCSSPageSize": True, "printBackground": True,
    })
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
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
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": printable, "height": 1200, "deviceScaleFactor": 1, "mobile": False},
        )
        for page in pages:
            sheets, count, problems = check(driver, page, arguments.papel)
            total_sheets += sheets
            total_pages += count
            name = page.relative_to(arguments.site)
            if problems:
                failures += 1
                for problem in problems:
                    print(f"{name}: {problem}", file=sys.stderr)
        gantts = gantt_pages(arguments.site)
        for page in gantts:
            problems = check_gantt(driver, page, arguments.papel)
            if problems:
                failures += 1
                for problem in problems:
                    print(f"{page.relative_to(arguments.site)}: {problem}", file=sys.stderr)
    finally:
        driver.quit()
    print(f"print_check: {len(pages)} páginas de hojas, {total_sheets} hojas, {total_pages} páginas de PDF "
          f"({arguments.papel}, {printable} px de ancho imprimible), {len(gantts)} con plan por meses, "
          f"{failures} con problemas")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
