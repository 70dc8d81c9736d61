"""Prints every worksheet page of a built site with headless Chromium and checks the paper.

For each worksheet page, blank (hojas/) and filled for an organization
(organizaciones/<slug>/hojas/), in print emulation at the width of the printable area of
the site's paper, no element may stick out of that width; then the page is printed to PDF
and the PDF must have at least one sheet per worksheet on the page (each starts a sheet),
no more than a sheet budget per worksheet, and no blank sheet.

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
    finally:
        driver.quit()
    print(f"print_check: {len(pages)} páginas de hojas, {total_sheets} hojas, {total_pages} páginas de PDF "
          f"({arguments.papel}, {printable} px de ancho imprimible), {failures} con problemas")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
