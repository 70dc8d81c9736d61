"""Bytes a reader's browser loads to show the first results of a query: libro's search against
Pagefind's on the same built site.

The built site is served over http from a thread; the server counts the body bytes of every file
it sends, so the count is the same whatever a tool's index looks like. Each query runs in a fresh
page with the browser's cache disabled (a cold cache), and counts every request made from the
moment the query is typed (libro) or handed to Pagefind's API until the first results are on
screen — for Pagefind, its script, its WebAssembly, its index chunks and the fragments of the
first eight results, the number libro's drop-down shows.

Pagefind (PyPI `pagefind-bin`) indexes a copy of the site, so libro's output is left as it is.

Usage: search_bench.py SITE [QUERY …]
It is a benchmark, not a test: it fails on nothing but a query that finds no result.
"""

import functools
import http.server
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

QUERIES = ["alianza", "confianza", "diligencia", "memorando", "red", "sistema"]
FIRST_RESULTS = 8

PAGEFIND_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>pagefind</title></head><body>
<script>
window.medir = function (consulta, listo) {
  import("./pagefind/pagefind.js").then(function (pagefind) {
    return pagefind.search(consulta);
  }).then(function (busqueda) {
    return Promise.all(busqueda.results.slice(0, %d).map(function (r) { return r.data(); }));
  }).then(function (datos) { listo(datos.length); }, function (error) { listo(-1); });
};
</script>
</body></html>
""" % FIRST_RESULTS


class CountingServer:
    """A static server for one folder that adds up the bytes of the files it sends."""

    def __init__(self, folder):
        self.sent = 0
        self.lock = threading.Lock()
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def copyfile(self, source, destination):
                data = source.read()
                destination.write(data)
                with server.lock:
                    server.sent += len(data)

            def log_message(self, *arguments):
                pass

        handler = functools.partial(Handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def mark(self):
        with self.lock:
            self.sent = 0

    def count(self):
        with self.lock:
            return self.sent

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.set_script_timeout(120)
    return driver


def wait_for(condition, seconds=120):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise TimeoutError("sin resultados")


def libro_bytes(driver, server, query):
    """Types the query in libro's search box and waits for the first results."""
    driver.get(server.url + "index.html")
    wait_for(lambda: driver.execute_script("return document.readyState") == "complete")
    time.sleep(0.2)
    server.mark()
    box = driver.find_element(By.ID, "libro_busqueda")
    box.click()
    box.send_keys(query)
    wait_for(lambda: driver.execute_script(
        "var p = document.getElementById('libro_resultados');"
        "return p && !p.hidden && p.querySelectorAll('li').length > 0;"))
    time.sleep(0.3)  # anything the results still ask for (snippets) counts too
    return server.count()


def pagefind_bytes(driver, server, query):
    driver.get(server.url + "pagefind-medir.html")
    wait_for(lambda: driver.execute_script("return document.readyState") == "complete")
    server.mark()
    found = driver.execute_async_script("window.medir(arguments[0], arguments[1]);", query)
    if found <= 0:
        raise RuntimeError(f"Pagefind no encontró «{query}»")
    return server.count()


def folder_bytes(folder):
    return sum(path.stat().st_size for path in pathlib.Path(folder).rglob("*") if path.is_file())


def libro_index_bytes(site):
    """What libro ships for search: its index files and its search script."""
    site = pathlib.Path(site)
    paths = [site / "recursos" / "buscar.js"]
    folder = site / "recursos" / "busqueda"
    total = sum(path.stat().st_size for path in paths if path.is_file())
    return total + (folder_bytes(folder) if folder.is_dir() else 0)


def pagefind_executable():
    try:
        import pagefind_bin
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pagefind-bin"], check=True)
        import pagefind_bin
    return str(pagefind_bin.get_executable())


def with_pagefind(site, work):
    """A copy of the site with Pagefind's index and the page that queries it."""
    copy = pathlib.Path(work) / "pagefind-sitio"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)
    started = time.monotonic()
    subprocess.run([pagefind_executable(), "--site", str(copy), "--output-subdir", "pagefind"],
                   check=True, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    (copy / "pagefind-medir.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return copy, seconds


def compare(site, queries, label, work):
    """Prints, for each query, the bytes libro and Pagefind load; returns the rows."""
    copy, seconds = with_pagefind(site, work)
    rows = []
    driver = browser()
    libro_server, pagefind_server = CountingServer(site), CountingServer(copy)
    try:
        for query in queries:
            rows.append((query, libro_bytes(driver, libro_server, query),
                         pagefind_bytes(driver, pagefind_server, query)))
    finally:
        driver.quit()
        libro_server.close()
        pagefind_server.close()
    print(f"\n## Búsqueda: bytes cargados hasta los primeros resultados ({label}, caché vacía)\n")
    print("| consulta | libro (KB) | Pagefind (KB) |")
    print("|---|---:|---:|")
    for query, libro, pagefind in rows:
        print(f"| {query} | {libro / 1024:.1f} | {pagefind / 1024:.1f} |")
    print(f"\nÍndice completo: libro {libro_index_bytes(site) / 1024:.0f} KB; "
          f"Pagefind {folder_bytes(copy / 'pagefind') / 1024:.0f} KB (indexado en {seconds:.1f} s)")
    shutil.rmtree(copy, ignore_errors=True)
    return rows


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        compare(pathlib.Path(sys.argv[1]), sys.argv[2:] or QUERIES, sys.argv[1], work)


if __name__ == "__main__":
    main()
