"""Bytes a reader's browser loads to see the first results of a query, from a cold cache.

Usage: search_bytes.py SITE QUERY... [--archivos]   (--archivos: each file a query loaded, too)

The one way libro counts them, for the reader check's budget (reader_check.py) and for the
benchmark against Pagefind (Tests/Benchmarks/search_bench.py), so that their numbers compare:
SITE is served over http by a server that adds up the body bytes of every file it sends
(`CountingServer`), whatever the files are, so any tool's index counts alike. Headless Chromium
with the cache disabled opens the home page; once it has loaded and the server is quiet, the
count starts, the search box is focused and the query typed; once the drop-down shows its
results and the server is quiet again, the count stops (the index's pieces: `indice.js`, term
shards, section chunks). Prints the bytes per query.
"""

import pathlib
import sys
import threading
import time

from selenium.webdriver.common.by import By

from browser_tools import QuietHandler, Server, browser, wait_for

# The drop-down's count once the results are painted (while pieces load it says «Cargando…»).
PAINTED = "#libro_resultados .resultados-cuenta:not(.resultados-cargando)"
RESULTS = "#libro_resultados .resultados-lista li"
# The server sent nothing for this long: the page's own requests (the service worker, the
# manifest) are over before the count starts, and what the results still ask for once painted
# (requests end a moment after the scripts run) is in before it stops.
QUIET_SECONDS = 0.5


class CountingHandler(QuietHandler):
    """Sends files as the static handler does, adding each body's bytes to its server's count."""

    def copyfile(self, source, destination):
        data = source.read()
        destination.write(data)
        self.server.counter.add(self.path, len(data))


class CountingServer(Server):
    """A folder served over http that counts the body bytes it sends while `counted` runs."""

    def __init__(self, folder):
        self.files = []
        self.last = time.monotonic()
        self.lock = threading.Lock()
        super().__init__(folder, CountingHandler)
        self.httpd.counter = self

    def add(self, path, size):
        with self.lock:
            self.files.append((path, size))
            self.last = time.monotonic()

    def quiet(self):
        """Waits until nothing was sent for QUIET_SECONDS (at most a minute)."""
        wait_for(lambda: time.monotonic() - self.last >= QUIET_SECONDS, 60, 0.02)

    def counted(self, action):
        """(path, bytes) of each file sent while ACTION runs and until the server is quiet again."""
        self.quiet()
        with self.lock:
            self.files = []
        action()
        self.quiet()
        with self.lock:
            return list(self.files)


def total(files):
    return sum(size for _, size in files)


def loaded(driver):
    return driver.execute_script("return document.readyState") == "complete"


def query_files(driver, server, query):
    """(path, bytes) of each file loaded from focusing libro's search box and typing QUERY to its
    first results on screen."""
    driver.get(server.url + "index.html")
    wait_for(lambda: loaded(driver))
    box = driver.find_element(By.ID, "libro_busqueda")

    def search():
        box.click()
        box.send_keys(query)
        if not wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, PAINTED), 60, 0.02) \
                or not driver.find_elements(By.CSS_SELECTOR, RESULTS):
            raise RuntimeError(f"«{query}» no mostró resultados")

    return server.counted(search)


def query_bytes(driver, server, query):
    return total(query_files(driver, server, query))


def files_for_queries(site_folder, queries):
    """{query: [(path, bytes) of each file loaded from typing it to its first results]}, each
    query from a cold cache."""
    driver = browser(cold_cache=True)
    found = {}
    try:
        with CountingServer(pathlib.Path(site_folder).resolve()) as server:
            for query in queries:
                found[query] = query_files(driver, server, query)
    finally:
        driver.quit()
    return found


def bytes_for_queries(site_folder, queries):
    """{query: bytes loaded from typing it to its first results}, each from a cold cache."""
    return {query: total(files) for query, files in files_for_queries(site_folder, queries).items()}


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--archivos"]
    if len(arguments) < 2:
        sys.exit(__doc__)
    for query, files in files_for_queries(arguments[0], arguments[1:]).items():
        print(f"{total(files):>10} B  {query}")
        for path, size in files if "--archivos" in sys.argv else []:
            print(f"{size:>10} B    {path}")


if __name__ == "__main__":
    main()
