"""What every browser check and benchmark needs: headless Chromium at a size, a page of a built
site opened from its folder, a wait for a condition, a folder served over http, and the open
page printed to PDF or read by axe-core.

One place for them, so that the checks agree on how the browser starts (the page's own size, as
a phone would have it, whatever the window's frame) and how long they wait. The checks in
Tests/Browser import it by name (Python puts a script's folder on its path); the benchmarks in
Tests/Benchmarks add this folder to it.
"""

import base64
import functools
import http.server
import importlib.util
import io
import pathlib
import shutil
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def browser(width=1280, height=900, *, page_size=True, scripts=True, downloads=None, network_log=False,
            cold_cache=False):
    """Headless Chromium with a window of WIDTH × HEIGHT.

    page_size: the page itself measures WIDTH × HEIGHT (a phone's under 600 px), whatever the
    window's frame and minimum size; the print checks leave it to the paper.
    scripts: False runs the pages without JavaScript.
    downloads: a folder where downloads land without asking.
    network_log: the DevTools network events can be read with driver.get_log("performance").
    cold_cache: nothing is read from the browser's cache, so every file is asked for again.
    """
    options = Options()
    arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 f"--window-size={width},{height}"]
    if not scripts:
        arguments.append("--blink-settings=scriptEnabled=false")
    for argument in arguments:
        options.add_argument(argument)
    if downloads is not None:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    if network_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    if page_size:
        resize(driver, width, height)
    if downloads is not None:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    if cold_cache:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def resize(driver, width, height):
    """The page's own size from now on, a phone's (touch, mobile viewport) under 600 px."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def file_url(site, page=""):
    """The file:// address of PAGE in the built SITE, with its query (`buscar.html?q=…`) kept."""
    path, _, query = str(page).partition("?")
    return (site / path).resolve().as_uri() + (f"?{query}" if query else "")


def open_page(driver, site, page):
    """PAGE of the built SITE, opened from its folder as a reader opens it."""
    driver.get(file_url(site, page))


def wait_for(condition, seconds=10, interval=0.1):
    """condition()'s first true value within SECONDS; else its last value, for the caller to
    report what it found instead."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return condition()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that logs nothing: a check's output is its findings."""

    def log_message(self, *arguments):
        pass


class Server:
    """FOLDER on 127.0.0.1 at a port the system picks, answered from a thread until `stop`.

    Each server is its own origin, so its own storage. The folder is looked up by path on each
    request: a build that swaps it in is served at once.
    """

    def __init__(self, folder, handler=QuietHandler):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                     functools.partial(handler, directory=str(folder)))
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        """Stops answering and closes the port; stopping twice does nothing."""
        if not self.thread.is_alive():
            return
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.stop()


def finish(check, problems, shots):
    """Prints each problem on stderr and a last line that counts them; the exit status."""
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{check}: {len(problems)} problemas; capturas en {shots}")
    return 1 if problems else 0


def print_to_pdf(driver, **settings):
    """The open page as Chromium prints it (Page.printToPDF with SETTINGS), read by pypdf."""
    # Imported here: the benchmarks use this module without pypdf.
    from pypdf import PdfReader

    pdf = driver.execute_cdp_cmd("Page.printToPDF", settings)
    return PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))


def axe_problems(driver, label):
    """axe-core's serious and critical violations on the open page, as problems under LABEL.

    axe-selenium-python runs axe; the axe-core it ships is from 2018, so it runs the current one
    that axe-playwright-python ships (installed without Playwright, only for that file).
    """
    # Imported here: the benchmarks use this module without axe.
    from axe_selenium_python import Axe

    folder = importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]
    axe = Axe(driver, script_url=str(pathlib.Path(folder) / "axe.min.js"))
    axe.inject()
    return [
        f"axe: {label}: {violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in axe.run()["violations"] if violation["impact"] in ("serious", "critical")
    ]
