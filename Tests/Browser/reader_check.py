"""What a reader sees, checked in headless Chromium over a built site opened from a folder.

1. Search: every vector of Tests/Fixtures/busqueda/vectores.tsv, the tokenizer's specification
   that the Swift tests also read, must give its terms in the site's script; then it types
   «sesion mapeo» into the search box of the home page, expects the Sesión 2 carta among the first
   results, follows it and checks the page loaded.
2. Phones: at 360 × 740 no page scrolls sideways, and the navigation opens from a menu button.
3. Accessibility: axe-core finds no serious or critical violation on the home page, a workbook
   page, a carta, a worksheet, an organization page and the search results.
Screenshots at 360 px and 1280 px go to SCREENSHOTS (look at them).

Usage: reader_check.py SITE_FOLDER SCREENSHOTS_FOLDER
"""

import importlib.util
import pathlib
import re
import sys
import time

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

# The tokenizer's vectors: the file the Swift tests read too (Tests/RenderTests/SearchVectorTests.swift).
REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
VECTORS = REPOSITORY / "Tests/Fixtures/busqueda/vectores.tsv"

# Each vector's terms as the site's script reads a query: the words' terms, then ~0 when the text
# holds the vector's glossary form.
VECTOR_SCRIPT = """
var vectores = arguments[0];
var listo = arguments[arguments.length - 1];
LIBRO_BUSCAR.cargar(function () {
  listo(vectores.map(function (vector) {
    function fichas(grupos) {
      return LIBRO_BUSCAR.terminos(vector[0], grupos).map(function (termino) { return String(termino.token); });
    }
    var terminos = fichas({});
    if (vector[1] !== null) {
      var grupos = {};
      grupos[LIBRO_BUSCAR.palabras(vector[1]).join(" ")] = "~0";
      if (fichas(grupos).indexOf("~0") >= 0) terminos.push("~0");
    }
    return terminos;
  }));
});
"""

# axe-selenium-python runs axe; the axe-core it ships is from 2018, so it runs the current one
# that axe-playwright-python ships (installed without Playwright, only for that file).
AXE_SCRIPT = pathlib.Path(importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]) / "axe.min.js"

AXE_PAGES = [
    "index.html",
    "libro-de-trabajo/capitulo-3/entendiendo-nuestro-sistema/index.html",
    "anexos/anexo-1/sesion-2.html",
    "hojas/hoja-matriz-5r.html",
    "organizaciones/voces-del-bravo/index.html",
    "buscar.html?q=mapeo",
]


def browser(width, height):
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width},{height}"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The page's own size, whatever the window's frame and minimum size: as a phone would have it.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    return driver


def open_page(driver, site, page):
    path, _, query = page.partition("?")
    url = (site / path).resolve().as_uri() + (f"?{query}" if query else "")
    driver.get(url)


def wait_for(condition, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()


def read_vectors():
    """(line, text, terms, glossary form or None) for every line of VECTORS but comments."""
    def unescaped(text):
        return re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda match: chr(int(match.group(1), 16)), text)

    vectors = []
    for number, line in enumerate(VECTORS.read_text(encoding="utf-8").split("\n"), start=1):
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) not in (2, 3):
            raise ValueError(f"{VECTORS}:{number}: se esperaban dos o tres columnas separadas por tabuladores")
        terms = [] if columns[1] == "-" else columns[1].split(" ")
        form = unescaped(columns[2]) if len(columns) == 3 else None
        vectors.append((number, unescaped(columns[0]), terms, form))
    return vectors


def check_vectors(driver, site, problems):
    open_page(driver, site, "index.html")
    vectors = read_vectors()
    driver.set_script_timeout(30)
    results = driver.execute_async_script(VECTOR_SCRIPT, [[text, form] for _, text, _, form in vectors])
    if len(results) != len(vectors):
        problems.append(f"búsqueda: el navegador leyó {len(results)} vectores de {len(vectors)}")
    for (number, text, terms, _), got in zip(vectors, results):
        if got != terms:
            problems.append(f"búsqueda: vectores.tsv:{number}: «{text}» da {got}, no {terms}")
    print(f"reader_check: {len(results)} vectores de búsqueda de {VECTORS.relative_to(REPOSITORY)}")


def check_search(driver, site, shots, problems):
    open_page(driver, site, "index.html")
    box = driver.find_element(By.ID, "libro_busqueda")
    box.send_keys("sesion mapeo")
    links = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-lista a"))
    hrefs = [link.get_attribute("href") for link in links[:3]]
    if not any(href and href.split("#")[0].endswith("anexos/anexo-1/sesion-2.html") for href in hrefs):
        problems.append(f"búsqueda: «sesion mapeo» no da la carta de la Sesión 2 entre los primeros resultados: {hrefs}")
        return
    driver.save_screenshot(str(shots / f"busqueda-{driver.execute_script('return window.innerWidth')}.png"))
    # Keyboard: down from the box reaches the first result; Enter follows it.
    box.send_keys(Keys.ARROW_DOWN)
    focused = driver.switch_to.active_element.get_attribute("href")
    if focused != links[0].get_attribute("href"):
        problems.append("búsqueda: la flecha hacia abajo no lleva al primer resultado")
    # Synonyms from the glossary: «OSC» finds pages that only say «organizaciones de la sociedad civil».
    terms = driver.execute_script("return LIBRO_BUSCAR.terminos('OSC').map(function (t) { return t.token; })")
    if not terms or not terms[0].startswith("~"):
        problems.append(f"búsqueda: «OSC» no se cambia por su grupo del glosario: {terms}")
    target = next(link for link in links[:3] if "sesion-2.html" in link.get_attribute("href"))
    target.click()
    heading = wait_for(lambda: driver.find_elements(By.TAG_NAME, "h1"))
    if not heading or "Sesión 2" not in heading[0].text:
        problems.append("búsqueda: seguir el resultado no abrió la carta de la Sesión 2")


def check_phone(site, shots, problems):
    driver = browser(360, 740)
    try:
        pages = sorted(site.rglob("*.html"))
        for page in pages:
            open_page(driver, site, str(page.relative_to(site)))
            width = driver.execute_script("return document.documentElement.scrollWidth")
            if width > 360:
                problems.append(f"teléfono: {page.relative_to(site)} se desplaza a los lados ({width} px de ancho)")
        open_page(driver, site, "anexos/anexo-1/sesion-2.html")
        driver.save_screenshot(str(shots / "carta-360.png"))
        navigation = driver.find_element(By.ID, "libro_navegacion")
        if navigation.is_displayed():
            problems.append("teléfono: el índice del paquete se ve sin abrir el menú")
        driver.find_element(By.CSS_SELECTOR, ".boton-menu").click()
        if not wait_for(navigation.is_displayed, 3):
            problems.append("teléfono: el botón «Menú» no abre el índice")
        driver.save_screenshot(str(shots / "menu-360.png"))
        check_search(driver, site, shots, problems)
        print(f"reader_check: {len(pages)} páginas revisadas a 360 px")
    finally:
        driver.quit()


def check_accessibility(site, shots, problems):
    driver = browser(1280, 900)
    try:
        check_vectors(driver, site, problems)
        check_search(driver, site, shots, problems)
        for page in AXE_PAGES:
            open_page(driver, site, page)
            if page.startswith("buscar.html"):
                wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados_pagina .resultados-lista"))
            axe = Axe(driver, script_url=str(AXE_SCRIPT))
            axe.inject()
            results = axe.run()
            for violation in results["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    nodes = ", ".join(node["target"][0] for node in violation["nodes"][:3])
                    problems.append(f"axe: {page}: {violation['id']} ({violation['impact']}): {violation['help']} — {nodes}")
            name = page.replace("/", "_").replace("?", "_").replace(".html", "")
            driver.save_screenshot(str(shots / f"{name}-1280.png"))
        print(f"reader_check: axe sobre {len(AXE_PAGES)} páginas")
    finally:
        driver.quit()


def main():
    site = pathlib.Path(sys.argv[1])
    shots = pathlib.Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    check_phone(site, shots, problems)
    check_accessibility(site, shots, problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"reader_check: {len(problems)} problemas; capturas en {shots}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
