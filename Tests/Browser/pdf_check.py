"""Checks the PDFs `libro construir --pdf` wrote beside the print packs and books of a site.

The documents are found from the pages themselves: a book holds a `.compilacion` element, a print
pack holds worksheets (`.hoja`) and is not the page of one of them (named after its id or
titled like it); any page that links a PDF and any PDF in the site count too. For each one: the PDF exists beside its page and the page links it; it opens in
pypdf, with its dates fixed; it has as many sheets as the browser's own print of the same HTML
(CDP Page.printToPDF with the page's CSS page size); and no sheet carries the browser's header or
footer (the file's address, the date it printed).

Usage: pdf_check.py SITE_FOLDER
"""

import pathlib
import re
import sys

from pypdf import PdfReader

from browser_tools import browser, print_to_pdf

# What Chromium's header and footer print: the date and time ("12/7/26, 10:06 AM") and the
# page's address.
HEADER_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}")
FIXED_DATE = re.compile(r"D:\d{14}\+00'00'")

KIND_SCRIPT = """
if (document.querySelector('main .compilacion')) return 'libro';
const stem = location.pathname.split('/').pop().replace(/\\.html$/, '');
const heading = (document.querySelector('main h1') || {textContent: ''}).textContent;
const sheets = [...document.querySelectorAll('main .cuerpo .hoja')];
// A worksheet's own page, blank or filled, is named after its id or titled like it; a page that
// gathers worksheets made elsewhere is a print pack.
const own = sheet => (sheet.dataset.hoja && stem.startsWith(sheet.dataset.hoja)) ||
  heading.includes(sheet.querySelector('.hoja-titulo').textContent.trim());
return sheets.length > 0 && !sheets.some(own) ? 'paquete' : '';
"""


def pdf_link(html):
    """The PDF a page links as its download, or None."""
    found = re.search(r'<p class="descargar-pdf"><a href="([^"]+\.pdf)" download>', html)
    return found.group(1) if found else None


def documents(driver, site):
    """Pages that should have a PDF, each with why."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if pdf_link(html):
            found[page] = "enlaza un PDF"
        elif page.with_suffix(".pdf").exists():
            found[page] = "tiene un PDF al lado"
        elif "compilacion" in html or "hoja-titulo" in html:
            driver.get(page.resolve().as_uri())
            kind = driver.execute_script(KIND_SCRIPT)
            if kind:
                found[page] = kind
    return found


def check(driver, site, page):
    problems = []
    pdf_path = page.with_suffix(".pdf")
    if pdf_link(page.read_text(encoding="utf-8")) != pdf_path.name:
        problems.append(f"no enlaza «{pdf_path.name}» con «Descargar PDF»")
    if not pdf_path.exists():
        return problems + ["no tiene su PDF al lado"]
    reader = PdfReader(pdf_path)
    built = len(reader.pages)
    info = reader.trailer["/Info"]
    for key in ("/CreationDate", "/ModDate"):
        if not FIXED_DATE.fullmatch(str(info.get(key, ""))):
            problems.append(f"{key} no es una fecha fija: {info.get(key)}")
    driver.get(page.resolve().as_uri())
    expected = len(print_to_pdf(driver, preferCSSPageSize=True, printBackground=True, displayHeaderFooter=False).pages)
    if built != expected:
        problems.append(f"el PDF tiene {built} páginas y el navegador imprime la página en {expected}")
    for number, sheet in enumerate(reader.pages, start=1):
        text = sheet.extract_text()
        if "file:" in text or HEADER_DATE.search(text):
            problems.append(f"la página {number} del PDF lleva el encabezado o el pie del navegador")
            break
        if "Descargar PDF" in text:
            problems.append(f"la página {number} del PDF muestra el enlace «Descargar PDF»")
            break
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    site = pathlib.Path(sys.argv[1])
    driver = browser(1280, 1200, page_size=False)
    failures = 0
    try:
        found = documents(driver, site)
        if not found:
            sys.exit(f"{site}: no hay paquetes de impresión ni libros para imprimir")
        for page, why in found.items():
            relative = page.relative_to(site)
            problems = check(driver, site, page)
            for problem in problems:
                print(f"{relative} ({why}): {problem}")
            failures += bool(problems)
            if not problems:
                print(f"{relative}: PDF en orden")
    finally:
        driver.quit()
    print(f"{len(found)} documentos, {failures} con problemas")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
