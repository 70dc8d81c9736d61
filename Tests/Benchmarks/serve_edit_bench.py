#!/usr/bin/env python3
"""An edit under `libro servir`, timed from the file's save to the reload message reaching a
page open in headless Chromium; bench.py runs it on the 10 000-page corpora (`--servir-solo`
runs only this).

    python3 Tests/Benchmarks/serve_edit_bench.py LIBRO CONTENT [--tema theme] [--ediciones 15]

Copies CONTENT into a scratch folder (the corpus stays as written), starts `LIBRO servir` on the
copy and opens one of its pages in Chromium. A script added to every document before its own
(CDP `Page.addScriptToEvaluateOnNewDocument`) records, in `localStorage`, the wall-clock time
(`performance.timeOrigin + performance.now()`) of the page's `beforeunload`, which fires as the
live-reload script calls `location.reload()` on receiving the message, and of the new page's
`DOMContentLoaded`. Each edit appends a sentence to the first paragraph of the open page and saves
it, half the edits by writing the file in place (truncate and write, as VS Code and gedit do),
half by writing a file beside it and renaming it over the page (as vim and Emacs do by default);
the clock starts when the save returns. It then checks that the reloaded page shows the
sentence. With a `glosario.md`, it also changes one term's definition (only the glossary page
shows it) and adds a variant that the prose uses everywhere (mentions change on many pages),
and counts the files the served folder got anew. A benchmark, not a test: nothing here fails on
a time.
"""

import argparse
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Runs in every document before the page's scripts: the times of the reload and of the page shown.
HOOK = """
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const add = (key, value) => {
    const list = JSON.parse(localStorage.getItem(key) || "[]");
    list.push(value);
    localStorage.setItem(key, JSON.stringify(list));
  };
  addEventListener("beforeunload", () => add("banco-recargas", now()));
  addEventListener("DOMContentLoaded", () => add("banco-cargas", now()));
})();
"""
READ_TIMES = """
return [JSON.parse(localStorage.getItem("banco-recargas") || "[]"),
        JSON.parse(localStorage.getItem("banco-cargas") || "[]")];
"""
SAVES = ("en su lugar", "renombrando")
# A word of corpus.py's prose that no glossary term names yet, added as a variant of «Alianza»
# (corpus_libro.py's glossary).
VARIANT = "colaboración"


class Server:
    """`libro servir` on a copy of the content, its scratch folder under `work` so that the
    served folder can be found and its files' stamps compared."""

    def __init__(self, libro, content, theme, work):
        self.work = work
        self.tmp = work / "tmp"
        self.tmp.mkdir()
        self.lines = []
        self.process = subprocess.Popen(
            [libro, "servir", "--contenido", str(content), "--tema", str(theme), "--puerto", "0"],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env=dict(os.environ, TMPDIR=str(self.tmp)))
        threading.Thread(target=lambda: self.lines.extend(self.process.stdout), daemon=True).start()
        line = self.wait_line(lambda text: "sirviendo en" in text, 600)
        self.address = re.search(r"(http://127\.0\.0\.1:\d+/)", line).group(1)
        self.site = next(self.tmp.glob("libro-serve-*/sitio"))

    def wait_line(self, matches, seconds, start=0):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for line in self.lines[start:]:
                if matches(line):
                    return line
            if self.process.poll() is not None:
                raise SystemExit("bench: libro servir terminó:\n" + "".join(self.lines[-20:]))
            time.sleep(0.01)
        raise SystemExit("bench: libro servir no respondió:\n" + "".join(self.lines[-20:]))

    def settle(self, quiet=1.0, seconds=120):
        """Waits until no build has been reported for `quiet` seconds, so an edit never lands
        while the build of the last one (or of a half-written save) is still under way."""
        deadline = time.time() + seconds
        count, since = len(self.lines), time.time()
        while time.time() < deadline and time.time() - since < quiet:
            time.sleep(0.05)
            if len(self.lines) != count:
                count, since = len(self.lines), time.time()

    def rebuild_line(self, start):
        """The summary line of the first build reported after line `start`."""
        return self.wait_line(lambda text: re.match(r"libro: .* \d+ ms", text), 60, start)

    def stamps(self):
        stamps = {}
        for folder, _, files in os.walk(self.site):
            for name in files:
                path = os.path.join(folder, name)
                info = os.stat(path)
                stamps[os.path.relpath(path, self.site)] = (info.st_ino, info.st_mtime_ns)
        return stamps

    def stop(self):
        self.process.terminate()
        self.process.wait()


def browser(url):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    driver.get(url)
    return driver


def read_times(driver, deadline):
    """The recorded reload and load times; retried while a reload is under way."""
    while time.time() < deadline:
        try:
            reloads, loads = driver.execute_script(READ_TIMES)
            return [t / 1000 for t in reloads], [t / 1000 for t in loads]
        except WebDriverException:
            time.sleep(0.01)
    raise SystemExit("bench: el navegador no respondió")


def wait_reload(driver, reloads_before, loads_before, shows, seconds=120):
    """(seconds at the reload message, seconds at the new page shown) once the reloaded page
    passes `shows`, a script's expression."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        reloads, loads = read_times(driver, deadline)
        if len(reloads) > reloads_before and len(loads) > loads_before:
            try:
                state = driver.execute_script(f"return document.readyState === 'complete' && [{shows}]")
            except WebDriverException:
                state = None
            if state and state[0]:
                return reloads[reloads_before], loads[-1]
            if state:
                # A reload that came before the edit's build (or a partial write): wait for the next.
                reloads_before, loads_before = len(reloads), len(loads)
        time.sleep(0.005)
    raise SystemExit(f"bench: la página no cumplió «{shows}» a tiempo")


def showing(text):
    return f"document.body.textContent.includes({json.dumps(text)})"


def save(path, text, mode):
    """Saves as an editor does; returns the wall-clock time the save returned."""
    if mode == "renombrando":
        beside = path.with_name("." + path.name + ".guardando")
        with open(beside, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(beside, path)
    else:
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    return time.time()


def with_sentence(text, sentence):
    """The text with `sentence` added to the end of its first paragraph of prose."""
    body = text.index("\n---\n", 4) + 5
    lines = text[body:].split("\n")
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if line[:1].isalpha() and following.strip() == "":
            lines[number] = line + " " + sentence
            return text[:body] + "\n".join(lines)
    raise SystemExit("bench: la página no tiene un párrafo")


def edited_pages(content):
    """Pages of running text, two folders deep, by name; their URLs are their paths in .html."""
    pages = sorted(path for path in content.glob("*/*/*.md") if not path.name.startswith(("_", ".")))
    if not pages:
        raise SystemExit(f"bench: {content} no tiene páginas en carpetas de dos niveles")
    return pages


def one_page_edits(server, driver, content, edits):
    page = edited_pages(content)[len(edited_pages(content)) // 2]
    driver.get(server.address + str(page.relative_to(content).with_suffix(".html")))
    rows = []
    for number in range(edits):
        mode = SAVES[number % 2]
        marker = f"Frase añadida para medir número {number}."
        server.settle()
        reloads, loads = read_times(driver, time.time() + 30)
        start_line = len(server.lines)
        saved = save(page, with_sentence(page.read_text(encoding="utf-8"), marker), mode)
        message, shown = wait_reload(driver, len(reloads), len(loads), showing(marker))
        rebuild = int(re.search(r"(\d+) ms", server.rebuild_line(start_line)).group(1))
        rows.append((mode, message - saved, shown - saved, rebuild))
        time.sleep(0.3)
    return page, rows


def mentioning_variant_first(content):
    """A reading whose text says the variant before any other form of the first term: adding the
    variant moves the term's link onto it."""
    for page in edited_pages(content):
        text = page.read_text(encoding="utf-8").lower()
        variant, term = text.find(VARIANT), text.find("alianza")
        if variant >= 0 and (term < 0 or variant < term):
            return page
    raise SystemExit("bench: ninguna página dice la variante antes que el término")


def glossary_edits(server, driver, content):
    """A definition changed, then a variant added, each saved by renaming a file over the
    glossary: (name, seconds to message, to page shown, rebuild ms, files written, pages written)."""
    glossary = content / "glosario.md"
    if not glossary.exists():
        return []
    reading = mentioning_variant_first(content)
    linked = ("[...document.querySelectorAll('main a')].some(a => a.textContent.toLowerCase() === "
              f"{json.dumps(VARIANT)})")
    edits = [
        ("definición cambiada", "glosario.html",
         lambda text: re.sub(r"(\n```\n\n)(\S)", r"\1Definición revisada. \2", text, count=1),
         showing("Definición revisada.")),
        (f"variante «{VARIANT}» añadida", str(reading.relative_to(content).with_suffix(".html")),
         lambda text: text.replace("variantes: [alianzas]", f"variantes: [alianzas, {VARIANT}]", 1), linked),
    ]
    rows = []
    for name, url, change, shows in edits:
        driver.get(server.address + url)
        server.settle()
        before = server.stamps()
        reloads, loads = read_times(driver, time.time() + 30)
        start_line = len(server.lines)
        text = glossary.read_text(encoding="utf-8")
        saved = save(glossary, change(text), "renombrando")
        message, shown = wait_reload(driver, len(reloads), len(loads), shows)
        rebuild = int(re.search(r"(\d+) ms", server.rebuild_line(start_line)).group(1))
        server.settle()
        after = server.stamps()
        written = [path for path, stamp in after.items() if before.get(path) != stamp]
        pages = [path for path in written if path.endswith(".html")]
        rows.append((name, message - saved, shown - saved, rebuild, len(written), len(pages)))
    return rows


def describe(label, values):
    ms = [value * 1000 for value in values]
    return f"{label:<34} {statistics.median(ms):8.0f} {min(ms):8.0f} {max(ms):8.0f}"


def report(name, page_count, page, rows, glossary):
    print(f"\n{name}: {page_count}, editada {page}")
    print(f"{'una página (ms, ' + str(len(rows)) + ' ediciones)':<34} {'mediana':>8} {'mínimo':>8} {'máximo':>8}")
    print(describe("guardar → mensaje de recarga", [row[1] for row in rows]))
    for mode in SAVES:
        print(describe(f"  guardando {mode}", [row[1] for row in rows if row[0] == mode]))
    print(describe("guardar → página nueva en pantalla", [row[2] for row in rows]))
    print(describe("reconstrucción que imprime servir", [row[3] / 1000 for row in rows]))
    if glossary:
        print(f"{'glosario (ms)':<34} {'mensaje':>8} {'pantalla':>8} {'servir':>8} {'archivos':>9} {'páginas':>8}")
    for label, message, shown, rebuild, files, pages in glossary:
        print(f"{label:<34} {message * 1000:8.0f} {shown * 1000:8.0f} {rebuild:8d} {files:9d} {pages:8d}")
    return {
        "mensaje_ms": round(statistics.median(row[1] for row in rows) * 1000, 1),
        "mensaje_min_ms": round(min(row[1] for row in rows) * 1000, 1),
        "mensaje_max_ms": round(max(row[1] for row in rows) * 1000, 1),
        "pantalla_ms": round(statistics.median(row[2] for row in rows) * 1000, 1),
        "glosario": [{"edicion": g[0], "mensaje_ms": round(g[1] * 1000), "archivos": g[4], "paginas": g[5]}
                     for g in glossary],
    }


def run(libro, content, theme, edits=15, name=None):
    """Measures one corpus and prints its table; returns the summary."""
    content = pathlib.Path(content).resolve()
    with tempfile.TemporaryDirectory(prefix="banco-servir-") as scratch:
        work = pathlib.Path(scratch)
        copy = work / "content"
        shutil.copytree(content, copy)
        server = Server(str(libro), copy, pathlib.Path(theme).resolve(), work)
        driver = None
        try:
            first = next((line for line in server.lines if re.match(r"libro: \d+ páginas", line)), "")
            driver = browser(server.address)
            page, rows = one_page_edits(server, driver, copy, edits)
            glossary = glossary_edits(server, driver, copy)
        finally:
            if driver:
                driver.quit()
            server.stop()
    pages = re.search(r"(\d+ páginas)", first)
    summary = report(name or content.name, pages.group(1) if pages else "", page.relative_to(copy), rows, glossary)
    print(json.dumps(summary, ensure_ascii=False))
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("libro")
    parser.add_argument("content")
    parser.add_argument("--tema", default=str(pathlib.Path(__file__).resolve().parents[2] / "theme"))
    parser.add_argument("--ediciones", type=int, default=15)
    args = parser.parse_args()
    run(args.libro, args.content, args.tema, args.ediciones)


if __name__ == "__main__":
    main()
