"""Bytes a reader's browser loads to see the first results of a query, from a cold cache.

Usage: search_bytes.py SITE QUERY...

Serves SITE over http (a local server in a thread, so the browser reports each response's size),
opens its home page in headless chromium with the cache disabled, focuses the search box, types
the query and waits for the dropdown's results; then sums `encodedDataLength` of every response
that finished after the box was focused (the index's pieces: `indice.js`, term shards, section
chunks). Prints the bytes per query. `bytes_for_queries` is what reader_check.py and the benchmark
call.
"""

import functools
import http.server
import json
import pathlib
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

RESULTS = "#libro_resultados .resultados-cuenta:not(.resultados-cargando)"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


def serve(folder):
    """A server for `folder` on a free port, running in a thread; returns it and its address."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def logging_browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def finished_bytes(driver):
    """The encoded bytes of every response finished since the performance log was last read."""
    total = 0
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.loadingFinished":
            total += message["params"].get("encodedDataLength", 0)
    return total


def query_bytes(driver, address, query):
    driver.get(address + "index.html")
    box = driver.find_element(By.ID, "libro_busqueda")
    # The page's own requests are over: what follows is the search's.
    time.sleep(0.5)
    finished_bytes(driver)
    box.click()
    box.send_keys(query)
    deadline = time.time() + 60
    while time.time() < deadline and not driver.find_elements(By.CSS_SELECTOR, RESULTS):
        time.sleep(0.05)
    if not driver.find_elements(By.CSS_SELECTOR, RESULTS):
        raise RuntimeError(f"«{query}» no mostró resultados")
    # Responses report their end a moment after the scripts run.
    time.sleep(0.3)
    return finished_bytes(driver)


def bytes_for_queries(site_folder, queries):
    """{query: bytes loaded from typing it to its first results}, each from a cold cache."""
    server, address = serve(pathlib.Path(site_folder).resolve())
    driver = logging_browser()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        return {query: query_bytes(driver, address, query) for query in queries}
    finally:
        driver.quit()
        server.shutdown()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for query, size in bytes_for_queries(sys.argv[1], sys.argv[2:]).items():
        print(f"{size:>10} B  {query}")


if __name__ == "__main__":
    main()
