"""Bytes a reader's browser loads to show the first results of a query: libro's search against
Pagefind's on the same built site.

Both are counted as the reader check counts libro's (Tests/Browser/search_bytes.py): the site is
served over http by a server that adds up the body bytes of every file it sends, so the count is
the same whatever a tool's index looks like, and each query runs in a fresh page with the
browser's cache disabled (a cold cache). The count runs from the moment the query is typed
(libro) or handed to Pagefind's API until the first results are on screen — for Pagefind, its
script, its WebAssembly, its index chunks and the fragments of the first eight results, the
number libro's drop-down shows.

Pagefind (PyPI `pagefind-bin`) indexes a copy of the site, so libro's output is left as it is.

Usage: search_bench.py SITE [QUERY …]
It is a benchmark, not a test: it fails on nothing but a query that finds no result.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

# The browser helpers and the byte count are the reader check's (Tests/Browser).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Browser"))

from browser_tools import browser, wait_for
from search_bytes import CountingServer, loaded, query_bytes, total

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


def pagefind_bytes(driver, server, query):
    """Hands the query to Pagefind's API and waits for the data of its first results."""
    driver.get(server.url + "pagefind-medir.html")
    wait_for(lambda: loaded(driver))

    def search():
        if driver.execute_async_script("window.medir(arguments[0], arguments[1]);", query) <= 0:
            raise RuntimeError(f"Pagefind no encontró «{query}»")

    return total(server.counted(search))


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
    driver = browser(cold_cache=True)
    driver.set_script_timeout(120)
    libro_server, pagefind_server = CountingServer(site), CountingServer(copy)
    try:
        for query in queries:
            rows.append((query, query_bytes(driver, libro_server, query),
                         pagefind_bytes(driver, pagefind_server, query)))
    finally:
        driver.quit()
        libro_server.stop()
        pagefind_server.stop()
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
