"""What a reader sees, checked in headless Chromium over a built site opened from a folder.

1. Search: every vector of Tests/Fixtures/busqueda/vectores.tsv, the tokenizer's specification
   that the Swift tests also read, must give its terms in the site's script; then it types a
   query into the search box of the home page («sesion mapeo» for the shipped site), expects a
   given page among the first results (the Sesión 2 carta), follows it and checks the page
   loaded; a glossary term (OSC) must be replaced by its synonym group. Each query of
   Tests/Fixtures/busqueda/consultas.tsv (prefixes, typos, glossary variants) must give its page
   first, and typing the first one shows its page while typing. Following a result lands on its
   section (the URL's fragment) with the words searched marked there. While the index's pieces
   are held back, as on a slow link, the box shows that it is loading. On the shipped site, a
   few one-word queries must load at most 100 KB of the index (search_bytes.py).
2. Phones: at 360 × 780, in one walk of every page: no page scrolls sideways, the first
   paragraph (or the notice the body opens with) starts on the first screen, after scrolling
   down the header and its «Menú» button are on screen and nothing covers the button, and every
   table that slides sideways shows its hint (at 1280 px too, where a table wider than the
   reading column takes the free width beside it and slides only past the frame's edge, and no
   page slides sideways); the navigation opens from the menu button; without JavaScript the
   header still sticks and the navigation stays at the end.
   The agenda and the matrices (tables with class tabla-fichas, on the pages given with --fichas:
   cartas, worksheets, and Markdown tables marked <!-- fichas -->, such as an organization's 5R
   matrix) show as cards at 360 × 780: no sideways scroll, each cell under its column heading.
3. Accessibility: axe-core finds no serious or critical violation on the pages given with
   --axe (for the shipped site one page of each template: home, workbook, carta, worksheet,
   organization, pre-filled worksheet, system map, glossary, search results), in the light
   palette and in the dark one (color_modes.py: the system's preference, and the header's colours
   button used from the keyboard); a dark system, or dark chosen on the button, prints light.
4. Keys: on the search result's page, «/» focuses the search box without typing into it, and ←/→
   go to the previous/next page, but not while typing in the box nor with Shift pressed.
5. Missing pages: served over HTTP by a server that answers a missing file with the site's
   404.html (as GitHub Pages does), at the top of the server and under a sub-path, the 404 page
   at /a/b/nada.html finds the site's root: it is styled, its home link and search lead into the
   site (first by looking for the root, then from the root a visited page noted).
6. System maps: every `mapa-del-sistema.svg`, opened on its own, has no two records' names whose
   boxes, as the browser lays them out, overlap.
Screenshots at 360 px and 1280 px go to SCREENSHOTS (look at them).

The defaults are the shipped site's; another package names its own query, result, term and
pages, and every generic check runs on it alike.

Usage: reader_check.py SITE_FOLDER SCREENSHOTS_FOLDER
           [--busqueda QUERY --resultado PAGE --titulo TEXT] [--sinonimo TERM] [--axe PAGE ...]
           [--fichas PAGE ...] [--consultas FILE]
           [--capturas PAGE ...]
"""

import argparse
import pathlib
import tempfile
import urllib.parse
import re
import sys

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser_tools import QuietHandler, Server, axe_problems, browser, finish, open_page, resize, wait_for
import color_modes
import search_bytes

# The tokenizer's vectors: the file the Swift tests read too (Tests/RenderTests/SearchVectorTests.swift).
REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
VECTORS = REPOSITORY / "Tests/Fixtures/busqueda/vectores.tsv"
# Queries of the shipped site and the page each must give first.
QUERIES = REPOSITORY / "Tests/Fixtures/busqueda/consultas.tsv"

# Each query's first pages, as the search box ranks them.
QUERY_SCRIPT = """
var consultas = arguments[0];
var listo = arguments[arguments.length - 1];
var paginas = [];
(function siguiente() {
  if (paginas.length === consultas.length) return listo(paginas);
  LIBRO_BUSCAR.buscar(consultas[paginas.length], 3, function (busqueda) {
    paginas.push(busqueda.resultados.map(function (resultado) { return resultado.url; }));
    siguiente();
  });
})();
"""

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

# What the shipped site is checked with.
SHIPPED = {
    "busqueda": "sesion mapeo",
    "resultado": "anexos/anexo-1/sesion-2.html",
    "titulo": "Sesión 2",
    "sinonimo": "OSC",
    # One page of each template: home, workbook, carta, worksheet, organization, pre-filled
    # worksheet, system map, glossary, search results.
    "axe": [
        "index.html",
        "libro-de-trabajo/capitulo-3/entendiendo-nuestro-sistema/index.html",
        "anexos/anexo-1/sesion-2.html",
        "hojas/hoja-matriz-5r.html",
        "organizaciones/voces-del-bravo/index.html",
        "organizaciones/voces-del-bravo/hojas/hoja-matriz-5r.html",
        "organizaciones/voces-del-bravo/sistema.html",
        "glosario.html",
        "buscar.html?q=mapeo",
    ],
    # Pages whose agenda or matrix shows as cards on a phone: a carta's agenda, a worksheet's
    # table (`fichas: true`), and Markdown tables marked <!-- fichas --> in a page, in an
    # organization's page template (its 5R matrix, its sessions) and in the theme's.
    "fichas": ["anexos/anexo-1/sesion-2.html", "hojas/hoja-matriz-5r.html",
               "libro-de-trabajo/capitulo-3/entendiendo-nuestro-sistema/index.html",
               "organizaciones/voces-del-bravo/sistema.html", "organizaciones/voces-del-bravo/index.html",
               "organizaciones/voces-del-bravo/sesiones/index.html"],
    "capturas": ["anexos/anexo-1/sesion-1.html", "guia/metodologias.html"],
}


def walk(driver, site, pages):
    """Opens each of PAGES (paths in SITE) in turn, yielding its name for the checks of the open page."""
    for page in pages:
        name = str(page.relative_to(site))
        open_page(driver, site, name)
        yield name


def page_of(href):
    """A result's page, without the words to mark (?resaltar=) and the section (#anchor)."""
    return href.split("#")[0].split("?")[0]


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


def read_queries(path):
    """(line, query, expected first page) for every line of a queries file but comments."""
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise ValueError(f"{path}:{number}: se esperaban dos columnas separadas por tabuladores")
        queries.append((number, columns[0], columns[1]))
    return queries


def check_queries(driver, site, problems, path):
    """Each query of the file gives its page first; typing a prefix shows results while typing."""
    open_page(driver, site, "index.html")
    queries = read_queries(path)
    driver.set_script_timeout(30)
    results = driver.execute_async_script(QUERY_SCRIPT, [query for _, query, _ in queries])
    for (number, query, expected), got in zip(queries, results):
        if not got or got[0] != expected:
            problems.append(f"búsqueda: {path.name}:{number}: «{query}» da primero {got[:1]}, no {expected}")
    # The typo distance: transpositions count as one edit, and past the limit it stops at limit + 1.
    for a, b, limit, expected in (("alians", "alianz", 1, 1), ("sesoin", "sesion", 1, 1), ("ab", "ba", 1, 1),
                                  ("diligensi", "diligenci", 2, 1), ("lainza", "alianza", 2, 2),
                                  ("abcdef", "uvwxyz", 2, 3), ("alianza", "ali", 2, 3)):
        got = driver.execute_script("return LIBRO_BUSCAR.distancia(arguments[0], arguments[1], arguments[2])", a, b, limit)
        if got != expected:
            problems.append(f"búsqueda: distancia(«{a}», «{b}», {limit}) da {got}, no {expected}")
    # While typing: the first letters of a word already find it.
    box = driver.find_element(By.ID, "libro_busqueda")
    box.send_keys(queries[0][1])
    links = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-lista a"))
    if not links or page_of(links[0].get_attribute("href")) != (site / queries[0][2]).resolve().as_uri():
        problems.append(f"búsqueda: escribir «{queries[0][1]}» no muestra {queries[0][2]} primero")
    print(f"reader_check: {len(queries)} consultas de {path.name}")


def check_search(driver, site, shots, problems, options):
    open_page(driver, site, "index.html")
    query, expected, title = options.busqueda, options.resultado, options.titulo
    box = driver.find_element(By.ID, "libro_busqueda")
    box.send_keys(query)
    links = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-lista a"))
    hrefs = [link.get_attribute("href") for link in links[:3]]
    target = (site / expected).resolve().as_uri()
    found = [link for link in links[:3] if page_of(link.get_attribute("href") or "") == target]
    if not found:
        problems.append(f"búsqueda: «{query}» no da {expected} entre los primeros resultados: {hrefs}")
        return
    driver.save_screenshot(str(shots / f"busqueda-{driver.execute_script('return window.innerWidth')}.png"))
    # Keyboard: down from the box reaches the first result; Enter follows it.
    box.send_keys(Keys.ARROW_DOWN)
    focused = driver.switch_to.active_element.get_attribute("href")
    if focused != links[0].get_attribute("href"):
        problems.append("búsqueda: la flecha hacia abajo no lleva al primer resultado")
    # Synonyms from the glossary: «OSC» finds pages that only say «organizaciones de la sociedad civil».
    term = options.sinonimo
    terms = driver.execute_script("return LIBRO_BUSCAR.terminos(arguments[0]).map(function (t) { return t.token; })", term)
    if not terms or not terms[0].startswith("~"):
        problems.append(f"búsqueda: «{term}» no se cambia por su grupo del glosario: {terms}")
    href = found[0].get_attribute("href")
    found[0].click()
    heading = wait_for(lambda: driver.find_elements(By.TAG_NAME, "h1"))
    if not heading or title not in heading[0].text:
        problems.append(f"búsqueda: seguir el resultado no abrió {expected} («{title}»)")
    check_landing(driver, href, problems)


# Holds back every piece of the search index the page asks for, as a slow link would, until
# LIBRO_SOLTAR() lets them load.
HOLD_SCRIPT = """
var retenidas = [];
var agregar = Node.prototype.appendChild;
Node.prototype.appendChild = function (nodo) {
  if (nodo.tagName === "SCRIPT" && /\\/busqueda\\//.test(nodo.src || "")) { retenidas.push([this, nodo]); return nodo; }
  return agregar.call(this, nodo);
};
window.LIBRO_SOLTAR = function () {
  Node.prototype.appendChild = agregar;
  retenidas.splice(0).forEach(function (par) { agregar.call(par[0], par[1]); });
};
"""


def check_loading_state(driver, site, problems, query):
    """While the index's pieces are on their way, the box shows that it is loading; then the results."""
    open_page(driver, site, "index.html")
    driver.execute_script(HOLD_SCRIPT)
    driver.find_element(By.ID, "libro_busqueda").send_keys(query)
    shown = wait_for(lambda: [e for e in driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-cargando")
                              if e.is_displayed() and e.text.strip()])
    if not shown:
        problems.append("búsqueda: mientras se carga el índice no se ve ningún aviso bajo la caja")
    driver.execute_script("LIBRO_SOLTAR()")
    if not wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-lista a")):
        problems.append("búsqueda: tras cargar el índice no aparecen resultados")
    elif driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-cargando"):
        problems.append("búsqueda: el aviso de carga sigue a la vista junto a los resultados")


# The marks in the section the URL's fragment names («» for what comes before any heading).
MARKS_SCRIPT = """
var ancla = decodeURIComponent(location.hash.slice(1));
var actual = "";
var marcas = 0;
document.querySelectorAll("#libro_contenido h2[id], #libro_contenido h3[id], #libro_contenido mark").forEach(function (e) {
  if (e.tagName === "MARK") { if (actual === ancla) marcas++; } else { actual = e.id; }
});
return marcas;
"""


def check_landing(driver, href, problems):
    """Following a result lands on its section, with the words searched marked there."""
    fragment = href.partition("#")[2]
    if driver.current_url.partition("#")[2] != fragment:
        problems.append(f"búsqueda: el resultado {href} no llevó a la sección #{fragment}")
    if "resaltar=" not in href:
        problems.append(f"búsqueda: el resultado {href} no lleva las palabras a resaltar")
    marks = wait_for(lambda: driver.execute_script(MARKS_SCRIPT), 3)
    if not marks:
        problems.append(f"búsqueda: al llegar desde {href} no hay palabras marcadas en la sección")


def press(driver, key, modifier=None):
    """Sends a key to whatever has the focus, as a reader types it."""
    actions = ActionChains(driver)
    if modifier:
        actions.key_down(modifier)
    actions.send_keys(key)
    if modifier:
        actions.key_up(modifier)
    actions.perform()


def check_keys(site, problems, options):
    driver = browser(1280, 900)
    try:
        page = options.resultado
        open_page(driver, site, page)
        here = driver.current_url
        neighbours = {
            rel: link.get_attribute("href")
            for rel in ("prev", "next")
            for link in driver.find_elements(By.CSS_SELECTOR, f'.vecinas a[rel="{rel}"]')
        }
        if not neighbours:
            problems.append(f"teclas: {page} no tiene página anterior ni siguiente")
            return
        press(driver, "/")
        box = driver.find_element(By.ID, "libro_busqueda")
        if driver.switch_to.active_element != box or box.get_attribute("value"):
            problems.append("teclas: «/» no lleva al cuadro de búsqueda (o escribe en él)")
        box.click()
        press(driver, "/")
        press(driver, Keys.ARROW_RIGHT)
        press(driver, Keys.ARROW_LEFT)
        if driver.current_url != here or box.get_attribute("value") != "/":
            problems.append("teclas: escribir en el cuadro de búsqueda cambia de página o no escribe")
        box.clear()
        driver.execute_script("document.activeElement.blur()")
        press(driver, Keys.ARROW_RIGHT, Keys.SHIFT)
        if driver.current_url != here:
            problems.append("teclas: Mayúsculas + → cambia de página")
        for key, rel in ((Keys.ARROW_RIGHT, "next"), (Keys.ARROW_LEFT, "prev")):
            if rel not in neighbours:
                continue
            open_page(driver, site, page)
            press(driver, key)
            if not wait_for(lambda: driver.current_url == neighbours[rel]):
                problems.append(f"teclas: {rel} no lleva a {neighbours[rel]}: {driver.current_url}")
        print(f"reader_check: teclas en {page} ({', '.join(sorted(neighbours))})")
    finally:
        driver.quit()


class NotFoundHandler(QuietHandler):
    """Answers a missing file with the 404.html of the site it falls under (the first folder of
    its path, or the top), with status 404, as GitHub Pages does."""

    def send_error(self, code, message=None, explain=None):
        folders = urllib.parse.urlsplit(self.path).path.strip("/").split("/")
        for prefix in (folders[:1], []):
            page = pathlib.Path(self.directory, *prefix, "404.html")
            if code == 404 and page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)


STYLED_SCRIPT = """
return Array.prototype.some.call(document.styleSheets, function (sheet) {
  try { return /\\/estilo\\.css$/.test(sheet.href || "") && sheet.cssRules.length > 0; } catch (e) { return false; }
});
"""


def check_missing_page(driver, root, address, problems, options):
    """The 404 page at ADDRESS, under the site at ROOT: styled, and its links lead into the site."""
    driver.get(address)
    if not wait_for(lambda: driver.execute_script(STYLED_SCRIPT)):
        problems.append(f"404: {address} no carga la hoja de estilos del sitio")
    home = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, ".marca").get_attribute("href") == root + "index.html")
    if not home:
        problems.append(f"404: en {address} el enlace al inicio no lleva a {root}index.html")
    box = driver.find_element(By.ID, "libro_busqueda")
    box.send_keys(options.busqueda)
    links = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados .resultados-lista a"))
    hrefs = [(link.get_attribute("href") or "").split("#")[0].split("?")[0] for link in links[:3]]
    if root + options.resultado not in hrefs:
        problems.append(f"404: en {address} buscar «{options.busqueda}» no da {root}{options.resultado}: {hrefs}")
    box.clear()
    # The results may still cover it: the link is followed as a script would.
    driver.execute_script("arguments[0].click()", driver.find_element(By.CSS_SELECTOR, "main a"))
    if not wait_for(lambda: driver.current_url == root + "index.html"):
        problems.append(f"404: en {address} «volver al inicio» lleva a {driver.current_url}")


def check_not_found(site, shots, problems, options):
    with tempfile.TemporaryDirectory() as top:
        (pathlib.Path(top) / "proyecto").symlink_to(site.resolve(), target_is_directory=True)
        servers = [Server(site, NotFoundHandler), Server(top, NotFoundHandler)]
        driver = browser(1280, 900)
        try:
            at_top = servers[0].url
            check_missing_page(driver, at_top, at_top + "a/b/nada.html", problems, options)
            project = servers[1].url + "proyecto/"
            # Nothing visited yet on this server: the page looks for the root itself.
            check_missing_page(driver, project, project + "a/b/nada.html", problems, options)
            for width, height in ((1280, 900), (360, 780)):
                resize(driver, width, height)
                driver.get(project + "a/b/nada.html")
                wait_for(lambda: driver.execute_script(STYLED_SCRIPT))
                driver.save_screenshot(str(shots / f"404-{width}.png"))
            # After a page of the site was read, the root it noted.
            driver.get(project + "index.html")
            check_missing_page(driver, project, project + "x/y/z/nada.html", problems, options)
        finally:
            driver.quit()
            for server in servers:
                server.stop()
    print("reader_check: página 404 servida a cualquier profundidad")


# A phone's first screen: what a reader sees on opening a page, before scrolling.
PHONE = (360, 780)

# Where a page's reading starts: its body's first paragraph, or the block before it when the body
# opens with something else a reader reads first (an edition notice); None without a paragraph.
FIRST_PARAGRAPH_SCRIPT = """
var parrafo = document.querySelector("main .cuerpo > p");
if (!parrafo) return null;
var primero = parrafo.parentNode.firstElementChild;
return Math.min(parrafo.getBoundingClientRect().top, primero.getBoundingClientRect().top);
"""

# After scrolling down: the header's box and whether the menu button is the element found at its
# own centre (nothing covers it), as a reader's tap would find it.
STICKY_SCRIPT = """
window.scrollTo(0, 2000);
var cabecera = document.querySelector(".cabecera").getBoundingClientRect();
var boton = document.querySelector(".boton-menu");
var caja = boton.getBoundingClientRect();
var encima = document.elementFromPoint(caja.left + caja.width / 2, caja.top + caja.height / 2);
return {
  desplazado: window.scrollY,
  cabecera: [cabecera.top, cabecera.bottom],
  boton: [caja.top, caja.bottom, caja.left, caja.right],
  alcanzable: encima === boton || boton.contains(encima),
};
"""

# Every box a table slides sideways in, whether it overflows and whether its hint shows.
TABLES_SCRIPT = """
var marcos = Array.prototype.slice.call(document.querySelectorAll(".tabla-desplazable"));
Array.prototype.forEach.call(document.querySelectorAll(".cuerpo table"), function (tabla) {
  if (!tabla.closest(".tabla-desplazable")) marcos.push(tabla);
});
return marcos.filter(function (marco) { return marco.offsetParent !== null; }).map(function (marco) {
  var aviso = marco.previousElementSibling;
  var visible = !!aviso && aviso.classList.contains("desliza") && !aviso.hidden && aviso.offsetParent !== null;
  return {
    desborda: marco.scrollWidth > marco.clientWidth + 1,
    aviso: visible,
    clase: marco.classList.contains("desborda"),
  };
});
"""


def check_tables(driver, label, problems):
    """Every table that slides sideways on this page says so: hint shown and class set."""
    overflowing = 0
    for number, table in enumerate(driver.execute_script(TABLES_SCRIPT), start=1):
        if table["desborda"]:
            overflowing += 1
            if not (table["aviso"] and table["clase"]):
                problems.append(f"tablas: {label}: la tabla {number} se desliza de lado sin el aviso «Desliza para ver más»")
        elif table["aviso"]:
            problems.append(f"tablas: {label}: la tabla {number} cabe y aun así lleva el aviso")
    return overflowing


def check_phone_page(driver, name, problems):
    """The open page at PHONE size: no sideways scroll, the first paragraph on the first screen,
    every wide table's hint, and after scrolling down the header and its menu button on screen
    and uncovered. Returns how many of its tables slide sideways."""
    width, height = PHONE
    scrolled = driver.execute_script("return document.documentElement.scrollWidth")
    if scrolled > width:
        problems.append(f"teléfono: {name} se desplaza a los lados ({scrolled} px de ancho)")
    top = driver.execute_script(FIRST_PARAGRAPH_SCRIPT)
    if top is not None and top >= height:
        problems.append(f"teléfono: {name}: el texto empieza en {top:.0f} px, fuera de la primera pantalla ({height} px)")
    overflowing = check_tables(driver, f"{name} a {width} px", problems)
    has_menu = driver.execute_script("var b = document.querySelector('.boton-menu'); return !!b && !b.hidden;")
    state = driver.execute_script(STICKY_SCRIPT) if has_menu else {"desplazado": 0}
    if state["desplazado"] <= 0:
        return overflowing
    header_top, header_bottom = state["cabecera"]
    button_top, button_bottom, button_left, button_right = state["boton"]
    if header_top < -1 or header_bottom > height:
        problems.append(f"teléfono: {name}: tras desplazarse la cabecera queda fuera de la pantalla ({header_top:.0f}–{header_bottom:.0f} px)")
    if button_top < 0 or button_bottom > height or button_left < 0 or button_right > width:
        problems.append(f"teléfono: {name}: tras desplazarse el botón «Menú» queda fuera de la pantalla")
    elif not state["alcanzable"]:
        problems.append(f"teléfono: {name}: tras desplazarse algo tapa el botón «Menú»")
    return overflowing


def check_menu(driver, site, shots, problems, options):
    """On a phone the package's index hides behind the «Menú» button, which opens it at the top
    of a page and after scrolling down, and closes it again."""
    open_page(driver, site, options.resultado)
    driver.save_screenshot(str(shots / "carta-360.png"))
    navigation = driver.find_element(By.ID, "libro_navegacion")
    if navigation.is_displayed():
        problems.append("teléfono: el índice del paquete se ve sin abrir el menú")
    driver.find_element(By.CSS_SELECTOR, ".boton-menu").click()
    if not wait_for(navigation.is_displayed, 3):
        problems.append("teléfono: el botón «Menú» no abre el índice")
    driver.save_screenshot(str(shots / "menu-360.png"))
    open_page(driver, site, options.resultado)
    driver.execute_script("window.scrollTo(0, 2000)")
    driver.find_element(By.CSS_SELECTOR, ".boton-menu").click()
    navigation = driver.find_element(By.ID, "libro_navegacion")
    if not wait_for(navigation.is_displayed, 3):
        problems.append("teléfono: tras desplazarse, el botón «Menú» no abre el índice")
    driver.save_screenshot(str(shots / "menu-desplazado-360.png"))
    driver.find_element(By.CSS_SELECTOR, ".boton-menu").click()
    if not wait_for(lambda: not navigation.is_displayed(), 3):
        problems.append("teléfono: el botón «Menú» no vuelve a cerrar el índice")


def check_phone(site, shots, problems, options):
    """At 360 × 780: every page in one walk (check_phone_page), then the menu and the search."""
    driver = browser(*PHONE)
    try:
        pages = sorted(site.rglob("*.html"))
        overflowing = sum(check_phone_page(driver, name, problems) for name in walk(driver, site, pages))
        check_menu(driver, site, shots, problems, options)
        check_search(driver, site, shots, problems, options)
        check_loading_state(driver, site, problems, options.busqueda)
        print(f"reader_check: {len(pages)} páginas revisadas a {PHONE[0]} × {PHONE[1]} "
              f"({overflowing} tablas que se deslizan)")
    finally:
        driver.quit()


# Every card table of the page: its box's overflow and right edge, and whether each labelled
# cell shows its column heading above it.
CARDS_SCRIPT = """
return Array.prototype.map.call(document.querySelectorAll("table.tabla-fichas"), function (tabla) {
  var marco = tabla.closest(".tabla-desplazable") || tabla;
  var celdas = tabla.querySelectorAll("td[data-etiqueta]");
  var rotuladas = Array.prototype.filter.call(celdas, function (celda) {
    return getComputedStyle(celda, "::before").content.indexOf(celda.getAttribute("data-etiqueta")) >= 0;
  });
  return {
    desborda: marco.scrollWidth > marco.clientWidth + 1,
    derecha: tabla.getBoundingClientRect().right,
    celdas: celdas.length,
    rotuladas: rotuladas.length,
    fila: getComputedStyle(tabla.querySelector("tbody tr")).display,
  };
});
"""


def check_cards(site, problems, options):
    """At 360 × 780 the agenda and the matrices are cards: nothing slides sideways, every row is a
    block, every cell carries its column heading, and axe-core still reads a table."""
    width, height = PHONE
    driver = browser(width, height)
    try:
        for page in options.fichas:
            open_page(driver, site, page)
            tables = driver.execute_script(CARDS_SCRIPT)
            if not tables:
                problems.append(f"fichas: {page}: no tiene ninguna tabla de fichas")
            for number, table in enumerate(tables, start=1):
                label = f"fichas: {page}: la tabla {number}"
                if table["desborda"] or table["derecha"] > width:
                    problems.append(f"{label} se desliza de lado a {width} px")
                if table["fila"] == "table-row" or not table["celdas"] or table["rotuladas"] != table["celdas"]:
                    problems.append(f"{label} no se muestra como fichas con el título de cada columna ({table})")
            problems.extend(axe_problems(driver, f"{page} a {width} px"))
        print(f"reader_check: agendas y matrices como fichas a {width} px en {len(options.fichas)} páginas")
    finally:
        driver.quit()


def check_without_script(site, problems, options):
    """At 360 px without JavaScript: the header still sticks to the top, «En esta página» shows at
    least its summary line, and the navigation stays at the end of the page."""
    driver = browser(*PHONE, scripts=False)
    try:
        page = options.resultado
        open_page(driver, site, page)
        if "js" in (driver.find_element(By.TAG_NAME, "html").get_attribute("class") or ""):
            problems.append("sin JavaScript: el navegador de prueba ejecutó JavaScript")
            return
        position = driver.find_element(By.CSS_SELECTOR, ".cabecera").value_of_css_property("position")
        if position != "sticky":
            problems.append(f"sin JavaScript: {page}: la cabecera no se queda arriba ({position})")
        summaries = driver.find_elements(By.CSS_SELECTOR, "details.indice > summary")
        if summaries and not summaries[0].is_displayed():
            problems.append(f"sin JavaScript: {page}: «En esta página» no muestra ni su renglón")
        if not driver.find_element(By.ID, "libro_navegacion").is_displayed():
            problems.append(f"sin JavaScript: {page}: el índice del paquete no está al final de la página")
        if driver.find_element(By.CSS_SELECTOR, ".boton-tema").is_displayed():
            problems.append(f"sin JavaScript: {page}: se muestra el botón de colores, que no funcionaría")
        # The system's dark preference still applies.
        color_modes.emulate(driver, "dark")
        color_modes.expect_palette(driver, True, f"sin JavaScript: {page} con el sistema en oscuro", problems)
        print("reader_check: sin JavaScript a 360 px, cabecera, «En esta página», índice y modo oscuro del sistema")
    finally:
        driver.quit()


# Every table of the text wider than the reading column: its right edge, the reading column's and
# the frame's (where the free width beside the column ends), and whether it still slides.
WIDE_TABLES_SCRIPT = """
var main = document.querySelector("main").getBoundingClientRect();
var marco = document.querySelector(".marco");
var borde = marco.getBoundingClientRect().right - parseFloat(getComputedStyle(marco).paddingRight);
return Array.prototype.filter.call(document.querySelectorAll(".cuerpo > table, .compilado > table"), function (tabla) {
  return tabla.offsetParent !== null && tabla.scrollWidth > main.width + 1;
}).map(function (tabla) {
  return {
    derecha: tabla.getBoundingClientRect().right,
    columna: main.right,
    marco: borde,
    desborda: tabla.scrollWidth > tabla.clientWidth + 1,
  };
});
"""


def check_wide_page(driver, label, problems):
    """On a wide screen a table wider than the reading column takes the free width to its right:
    it reaches past the column, and slides sideways only once it reaches the frame's edge.
    Returns how many such tables the open page has."""
    tables = driver.execute_script(WIDE_TABLES_SCRIPT)
    for number, table in enumerate(tables, start=1):
        if table["derecha"] <= table["columna"] + 1:
            problems.append(f"tablas: {label}: la tabla ancha {number} no pasa de la columna del texto "
                            f"({table['derecha']:.0f} px) y deja libre el ancho a su derecha")
        elif table["desborda"] and table["derecha"] < table["marco"] - 1:
            problems.append(f"tablas: {label}: la tabla ancha {number} se desliza de lado antes de llegar al "
                            f"borde ({table['derecha']:.0f} de {table['marco']:.0f} px)")
    return len(tables)


def check_wide_tables(site, problems):
    """At 1280 px too, no table slides sideways without its hint; a table wider than the reading
    column uses the width beside it (check_wide_page), and the page itself never slides."""
    width = 1280
    driver = browser(width, 900)
    try:
        pages = sorted(site.rglob("*.html"))
        overflowing = wide = 0
        for name in walk(driver, site, pages):
            label = f"{name} a {width} px"
            overflowing += check_tables(driver, label, problems)
            wide += check_wide_page(driver, label, problems)
            scrolled = driver.execute_script("return document.documentElement.scrollWidth")
            if scrolled > width:
                problems.append(f"tablas: {label}: la página se desplaza a los lados ({scrolled} px de ancho)")
        print(f"reader_check: tablas a {width} px en {len(pages)} páginas ({overflowing} se deslizan, "
              f"{wide} más anchas que la columna del texto)")
    finally:
        driver.quit()


def layout_screenshots(site, shots, pages):
    """The pages a person looks at, at 360 × 780 (top, and scrolled down) and at 1280 px, in the
    light palette and in the dark one."""
    for width, height in (PHONE, (1280, 900)):
        driver = browser(width, height)
        try:
            for scheme, suffix in (("light", ""), ("dark", "-oscuro")):
                color_modes.emulate(driver, scheme)
                for page in pages:
                    if not (site / page).exists():
                        continue
                    open_page(driver, site, page)
                    name = page.replace("/", "_").replace(".html", "")
                    driver.save_screenshot(str(shots / f"diseno-{name}-{width}{suffix}.png"))
                    if width == PHONE[0]:
                        driver.execute_script("window.scrollTo(0, 2000)")
                        driver.save_screenshot(str(shots / f"diseno-{name}-{width}{suffix}-abajo.png"))
        finally:
            driver.quit()


def check_accessibility(site, shots, problems, options):
    driver = browser(1280, 900)
    try:
        check_vectors(driver, site, problems)
        if options.consultas:
            check_queries(driver, site, problems, options.consultas)
        check_search(driver, site, shots, problems, options)

        def run_axe(driver, page, scheme, reload=True):
            if reload:
                open_page(driver, site, page)
            if page.startswith("buscar.html"):
                wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados_pagina .resultados-lista"))
            problems.extend(axe_problems(driver, f"{page} ({scheme})"))

        color_modes.check_axe_in_both(driver, site, shots, problems, options.axe, run_axe)
        # A hosted site: Chromium keeps localStorage for file:// pages per renderer for a while,
        # and a page opened at once from another renderer may read an older copy or none at all.
        with Server(site, NotFoundHandler) as server:
            color_modes.check_switch(driver, site, shots, problems, options.axe[0], run_axe,
                                     lambda driver, _site, page: driver.get(server.url + page))
        color_modes.check_print_is_light(driver, site, problems, options.axe, open_page)
        print(f"reader_check: axe sobre {len(options.axe)} páginas, en claro y en oscuro; impresas en claro")
    finally:
        driver.quit()


# The boxes of each record's name, its lines joined into one, as the browser lays them out.
NAME_BOXES = """
const boxes = {};
for (const text of document.querySelectorAll('text.nombre')) {
  const id = text.parentNode.getAttribute('data-id'), b = text.getBBox();
  const box = boxes[id] || [b.x, b.y, b.x + b.width, b.y + b.height];
  boxes[id] = [Math.min(box[0], b.x), Math.min(box[1], b.y),
               Math.max(box[2], b.x + b.width), Math.max(box[3], b.y + b.height)];
}
return boxes;
"""


def check_system_maps(site, shots, problems):
    driver = browser(1280, 1100)
    try:
        maps = sorted(site.rglob("mapa-del-sistema.svg"))
        for path in maps:
            driver.get(path.resolve().as_uri())
            boxes = sorted(driver.execute_script(NAME_BOXES).items())
            if not boxes:
                problems.append(f"mapa: {path.relative_to(site)}: no se encontró ningún nombre")
            for index, (name, box) in enumerate(boxes):
                for other, second in boxes[index + 1:]:
                    if box[0] < second[2] and second[0] < box[2] and box[1] < second[3] and second[1] < box[3]:
                        problems.append(f"mapa: {path.relative_to(site)}: «{name}» y «{other}» se enciman")
            driver.save_screenshot(str(shots / f"mapa-{path.parent.name}-1280.png"))
        print(f"reader_check: {len(maps)} mapas del sistema revisados")
    finally:
        driver.quit()


# One-word queries of the shipped site and the most a reader's browser may load to show their
# first results, from a cold cache (docs/search.md).
BYTE_QUERIES = ["alianza", "confianza", "sesion", "mapeo", "organizacion", "diligencia"]
BYTE_BUDGET = 100_000


def check_search_bytes(site, problems, options):
    """The search index loads in pieces: a one-word query stays under the byte budget."""
    if options.consultas != QUERIES:
        return
    sizes = search_bytes.bytes_for_queries(site, BYTE_QUERIES)
    for query, size in sizes.items():
        # Nothing counted means the count is broken, not that the search is light.
        if size <= 0:
            problems.append(f"búsqueda: «{query}» no cargó ningún byte: la medición no contó nada")
        elif size > BYTE_BUDGET:
            problems.append(f"búsqueda: «{query}» carga {size} bytes antes de mostrar resultados (máximo {BYTE_BUDGET})")
    print(f"reader_check: bytes de búsqueda de {len(BYTE_QUERIES)} consultas de una palabra "
          f"(la que más carga: {max(sizes.values())} de {BYTE_BUDGET})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("shots", type=pathlib.Path)
    parser.add_argument("--busqueda", default=SHIPPED["busqueda"], help="what to type in the search box")
    parser.add_argument("--resultado", default=SHIPPED["resultado"], help="a page among its first three results")
    parser.add_argument("--titulo", default=SHIPPED["titulo"], help="text of that page's heading")
    parser.add_argument("--sinonimo", default=SHIPPED["sinonimo"], help="a glossary term with a synonym group")
    parser.add_argument("--axe", nargs="+", default=SHIPPED["axe"], help="pages axe-core checks")
    parser.add_argument("--fichas", nargs="+", default=SHIPPED["fichas"],
                        help="pages whose agenda or matrices show as cards on a phone")
    parser.add_argument("--consultas", type=pathlib.Path,
                        help="queries and the page each gives first (the shipped site's by default)")
    parser.add_argument("--capturas", nargs="+", default=SHIPPED["capturas"],
                        help="more pages to take layout screenshots of (a carta, a page with wide tables)")
    options = parser.parse_args()
    if options.consultas is None and options.busqueda == SHIPPED["busqueda"]:
        options.consultas = QUERIES
    site, shots = options.site, options.shots
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    check_phone(site, shots, problems, options)
    check_wide_tables(site, problems)
    check_cards(site, problems, options)
    check_without_script(site, problems, options)
    layout_screenshots(site, shots, ["index.html", options.resultado, *options.capturas])
    check_accessibility(site, shots, problems, options)
    check_keys(site, problems, options)
    check_not_found(site, shots, problems, options)
    check_system_maps(site, shots, problems)
    check_search_bytes(site, problems, options)
    return finish("reader_check", problems, shots)


if __name__ == "__main__":
    sys.exit(main())
