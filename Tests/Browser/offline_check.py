"""The offline reader, checked in headless Chromium over a built site served over http.

1. Served by a static server (Python's, on 127.0.0.1, where service workers are allowed), the
   home page links a manifest that is valid JSON, starts and is scoped at the site's root, and
   whose icons load; the footer offers to save the whole site with its size in Spanish format,
   the sum of the sizes `sw.js` lists («Leer sin conexión: guardar todo el sitio (5,1 MB)»).
2. A click saves it with visible progress («Guardando… 45 %») until «Listo».
3. The browser goes offline (DevTools' network emulation) and reads five other pages and a search;
   then the server is stopped too (stronger than the emulation, which does not reach the service
   worker's own requests) and the same is read again: five other pages (one with images, a worksheet, a folder
   address), and a search with results, all read from the saved copy. Before that, a port that
   takes connections and never answers (a bad connection) stands in for the server: a saved page
   still opens, from the copy, instead of waiting on the network forever.
4. Opened from the folder (file://) the page shows no control and logs no error.
5. With --libro: a copy of the package (--contenido) is built, served and saved whole; then its
   home page is edited and the site built again in place. Online, the next visit refreshes the
   saved copy by itself, saying so («El sitio cambió…», then «Listo: tu copia…»), and once the
   server stops the home page reads with the new text.
Screenshots of the control at 360 px and 1280 px go to SCREENSHOTS (look at them).

Usage: offline_check.py SITE_FOLDER SCREENSHOTS_FOLDER [--busqueda QUERY] [--libro BINARY --contenido FOLDER]
"""

import argparse
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

from browser_tools import QuietHandler, Server, browser, finish, wait_for

SAVE = re.compile(r"^Leer sin conexión: guardar todo el sitio \((\d+(?:,\d)?)\s(MB|kB)\)$")
PROGRESS = re.compile(r"^Guardando… \d{1,3} %$")
READY = "Listo: puedes leer este sitio sin conexión."
UPDATING = re.compile(r"^El sitio cambió: guardando la versión nueva… \d{1,3} %$")
UPDATED = "Listo: tu copia sin conexión tiene la versión nueva del sitio."
NEW_TEXT = "Texto agregado en la versión nueva del sitio."


class UncachedHandler(QuietHandler):
    """Serves the site as a host would, with nothing kept in the browser's own cache."""

    extensions_map = {**QuietHandler.extensions_map,
                      ".webmanifest": "application/manifest+json", ".js": "text/javascript"}

    def end_headers(self):
        # Nothing in the browser's own cache: offline, only the service worker's copy can answer.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def serve(site):
    return Server(site, UncachedHandler)


class Hanging:
    """Takes connections on PORT and never answers them: a network that hangs."""

    def __init__(self, port):
        self.socket = socket.socket()
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", port))
        self.socket.listen()
        self.held = []
        threading.Thread(target=self.hold, daemon=True).start()

    def hold(self):
        try:
            while True:
                self.held.append(self.socket.accept()[0])
        except OSError:
            return

    def stop(self):
        self.socket.close()
        for connection in self.held:
            connection.close()


def read_on_hanging_network(driver, server, page, problems):
    """A saved page opens from the copy while the network takes the request and never answers."""
    hanging = Hanging(server.port)
    driver.set_page_load_timeout(30)
    try:
        if visit(driver, server.url + page, problems) and not driver.execute_script(
                "var h = document.querySelector('main h1'); return h && h.textContent;"):
            problems.append(f"red que no contesta: {page} no se abre desde la copia ({driver.title!r})")
        if not hanging.held:
            problems.append("red que no contesta: el navegador no llegó a pedir nada a la red")
    finally:
        hanging.stop()
        driver.set_page_load_timeout(300)


def answers(server):
    """Whether the server still answers: once stopped, only the service worker can."""
    try:
        urllib.request.urlopen(server.url + "index.html", timeout=2)
        return True
    except (urllib.error.URLError, OSError):
        return False


def listed_total(site):
    text = (site / "sw.js").read_text(encoding="utf-8")
    return int(re.search(r"const TOTAL = (\d+);", text).group(1))


def spanish_size(size):
    if size >= 1e6:
        return f"{size / 1e6:.1f}".replace(".", ",") + " MB"
    return f"{max(1, round(size / 1e3))} kB"


def control(driver):
    return driver.execute_script("""
        var caja = document.querySelector('.sin-conexion');
        if (!caja) return null;
        var boton = caja.querySelector('button'), estado = caja.querySelector('[role=status]');
        return {visible: !caja.hidden && caja.offsetParent !== null,
                boton: boton.hidden ? '' : boton.textContent, estado: estado.textContent};
    """)


def check_manifest(driver, problems):
    found = driver.execute_async_script("""
        var listo = arguments[arguments.length - 1];
        var enlace = document.querySelector('link[rel=manifest]');
        if (!enlace) { listo({error: 'sin <link rel=manifest>'}); return; }
        fetch(enlace.href).then(function (r) { return r.text(); }).then(function (texto) {
          var manifiesto;
          try { manifiesto = JSON.parse(texto); } catch (e) { listo({error: 'JSON: ' + e}); return; }
          var base = new URL(enlace.href);
          Promise.all((manifiesto.icons || []).map(function (icono) {
            return new Promise(function (hecho) {
              var imagen = new Image();
              imagen.onload = function () { hecho([icono.src, icono.sizes, imagen.naturalWidth]); };
              imagen.onerror = function () { hecho([icono.src, icono.sizes, 0]); };
              imagen.src = new URL(icono.src, base).href;
            });
          })).then(function (iconos) {
            listo({manifiesto: manifiesto, iconos: iconos, raiz: new URL(manifiesto.start_url, base).href});
          });
        }).catch(function (e) { listo({error: String(e)}); });
    """)
    if "error" in found:
        problems.append(f"manifiesto: {found['error']}")
        return
    manifest = found["manifiesto"]
    for key in ("name", "short_name", "start_url", "scope", "display", "icons", "theme_color", "lang"):
        if key not in manifest:
            problems.append(f"manifiesto: falta «{key}»")
    if manifest.get("display") != "standalone" or manifest.get("scope") != "./":
        problems.append(f"manifiesto: display/scope inesperados: {manifest}")
    if not found["raiz"].endswith("/") or found["raiz"] != driver.current_url.rsplit("/", 1)[0] + "/":
        problems.append(f"manifiesto: start_url no es la raíz del sitio: {found['raiz']}")
    sizes = set()
    for source, size, width in found["iconos"]:
        if width == 0:
            problems.append(f"manifiesto: el icono {source} no carga")
        sizes.add(size)
    if not {"192x192", "512x512"} <= sizes:
        problems.append(f"manifiesto: faltan iconos de 192 y 512 px: {sorted(sizes)}")


def screenshot_control(site_root, shots, name, width, height):
    driver = browser(width, height)
    try:
        driver.get(site_root + "index.html")
        wait_for(lambda: (control(driver) or {}).get("boton"), seconds=20)
        driver.execute_script("document.querySelector('.sin-conexion').scrollIntoView({block: 'center'})")
        time.sleep(0.3)
        driver.save_screenshot(str(shots / name))
    finally:
        driver.quit()


def save_everything(driver, site, problems):
    expected = spanish_size(listed_total(site))
    shown = wait_for(lambda: (control(driver) or {}).get("boton"), seconds=20)
    match = SAVE.match(shown or "")
    if not match:
        problems.append(f"control: no aparece el botón para guardar el sitio (dice «{shown}»)")
        return False
    if f"{match.group(1)} {match.group(2)}" != expected:
        problems.append(f"control: dice «{shown}», y el sitio pesa {expected}")
    record_status(driver)
    driver.find_element(By.CSS_SELECTOR, ".boton-sin-conexion").click()
    done = wait_for(lambda: control(driver)["estado"] == READY, seconds=120)
    texts = driver.execute_script("return window.__textos")
    if not done:
        problems.append(f"control: no llega a «{READY}»; mostró {texts[-3:]}")
        return False
    if not any(PROGRESS.match(text) for text in texts):
        problems.append(f"control: no mostró el avance («Guardando… N %»): {texts[:5]}")
    return True


def pick_pages(site):
    """Five pages besides the home page: one with pictures, a worksheet, a folder address, and two more."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    def first(condition):
        return next((p for p in pages if condition(p, (site / p).read_text("utf-8"))), None)

    with_images = first(lambda path, html: re.search(r'<img [^>]*src="(?!data:)', html))
    worksheet = first(lambda path, html: path.startswith("hojas/") or 'class="hoja' in html)
    folder = first(lambda path, html: path.endswith("/index.html"))
    chosen = [p for p in (with_images, worksheet, folder and folder.removesuffix("index.html")) if p]
    others = [p for p in pages if p not in (with_images, worksheet, folder, "index.html", "404.html", "buscar.html")]
    step = max(1, len(others) // (6 - len(chosen)))
    return chosen + others[step::step][:5 - len(chosen)]


def visit(driver, url, problems):
    """Opens `url`; a page the browser cannot load at all is a problem, not a crash."""
    try:
        driver.get(url)
        return True
    except WebDriverException as error:
        problems.append(f"sin conexión: {url} no se abre: {error.msg}")
        return False


def emulate_offline(driver, offline):
    """DevTools' offline switch for the page: its requests fail unless the service worker answers."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def read_offline(driver, root, site, pages, query, problems):
    for page in pages:
        if not visit(driver, root + page, problems):
            continue
        heading = driver.execute_script("var h = document.querySelector('main h1'); return h && h.textContent;")
        if not heading:
            problems.append(f"sin conexión: {page} no se abre ({driver.title!r})")
            continue
        broken = driver.execute_script("""
            return Array.from(document.images).filter(function (i) {
              return !i.complete || i.naturalWidth === 0; }).map(function (i) { return i.src; });""")
        if broken:
            problems.append(f"sin conexión: {page} tiene imágenes que no cargan: {broken}")
        style = driver.execute_script("return getComputedStyle(document.body).fontFamily")
        if "system-ui" not in style:
            problems.append(f"sin conexión: {page} sin la hoja de estilo")
    if not visit(driver, root + "buscar.html?q=" + urllib.request.quote(query), problems):
        return
    links = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#libro_resultados_pagina .resultados-lista a"))
    if not links:
        problems.append(f"sin conexión: la búsqueda «{query}» no da resultados")


def check_from_folder(site, problems):
    driver = browser(360, 780)
    try:
        driver.get((site / "index.html").resolve().as_uri())
        time.sleep(1)
        shown = control(driver)
        if shown is None or shown["visible"]:
            problems.append(f"file://: el control de lectura sin conexión aparece ({shown})")
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        if errors:
            problems.append(f"file://: errores en la consola: {errors}")
    finally:
        driver.quit()


def record_status(driver):
    """Every text the control's status shows from now on, in `window.__textos`: progress may pass quickly."""
    driver.execute_script("""
        window.__textos = [];
        var estado = document.querySelector('.sin-conexion [role=status]');
        new MutationObserver(function () { window.__textos.push(estado.textContent); })
          .observe(estado, {childList: true, characterData: true, subtree: true});
    """)


def check_update(libro, content, problems):
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        shutil.copytree(content, folder / "content")
        output = folder / "sitio"

        def build():
            subprocess.run([libro, "build", "--content", str(folder / "content"), "--output", str(output)],
                           check=True, capture_output=True)

        build()
        server = serve(output)
        driver = browser(360, 780)
        try:
            driver.get(server.url + "index.html")
            if not save_everything(driver, output, problems):
                return
            with open(folder / "content/index.md", "a", encoding="utf-8") as page:
                page.write(f"\n{NEW_TEXT}\n")
            build()
            driver.get(server.url + "index.html")
            record_status(driver)
            done = wait_for(lambda: control(driver)["estado"] == UPDATED, seconds=120)
            texts = driver.execute_script("return window.__textos")
            if not done:
                problems.append(f"actualización: no llega a «{UPDATED}»; mostró {texts[-3:]}")
                return
            if not any(UPDATING.match(text) for text in texts):
                problems.append(f"actualización: no dijo que guardaba la versión nueva: {texts[:5]}")
            server.stop()
            if visit(driver, server.url + "index.html", problems) and NEW_TEXT not in driver.find_element(By.TAG_NAME, "main").text:
                problems.append("actualización: sin conexión, la página de inicio no tiene el texto nuevo")
        finally:
            driver.quit()
            server.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("shots", type=pathlib.Path)
    parser.add_argument("--busqueda", default="alianza", help="a query the site has results for")
    parser.add_argument("--libro", help="libro, to check that a saved copy follows a new build")
    parser.add_argument("--contenido", type=pathlib.Path, default=pathlib.Path("content"),
                        help="the package built for that check")
    options = parser.parse_args()
    site, shots = options.site.resolve(), options.shots
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    server = serve(site)
    screenshot_control(server.url, shots, "sin-conexion-360.png", 360, 780)
    screenshot_control(server.url, shots, "sin-conexion-1280.png", 1280, 900)
    driver = browser(360, 780)
    try:
        driver.get(server.url + "index.html")
        check_manifest(driver, problems)
        if save_everything(driver, site, problems):
            driver.save_screenshot(str(shots / "sin-conexion-listo.png"))
            # First as a reader's phone goes offline (DevTools' network emulation), then with the
            # server itself gone, which the emulation does not ensure for the worker's requests.
            emulate_offline(driver, True)
            read_offline(driver, server.url, site, pick_pages(site), options.busqueda, problems)
            emulate_offline(driver, False)
            server.stop()
            if answers(server):
                problems.append("el servidor sigue respondiendo")
            read_on_hanging_network(driver, server, pick_pages(site)[-1], problems)
            read_offline(driver, server.url, site, pick_pages(site), options.busqueda, problems)
            if visit(driver, server.url + "index.html", problems) and not wait_for(lambda: control(driver)["estado"] == READY):
                problems.append(f"sin conexión: la página de inicio no dice «{READY}»")
        else:
            server.stop()
    finally:
        driver.quit()
    check_from_folder(site, problems)
    if options.libro:
        check_update(options.libro, options.contenido, problems)
    return finish("offline_check", problems, shots)


if __name__ == "__main__":
    sys.exit(main())
