"""The benchmark: libro against Hugo and against libcmark-gfm alone, on the same generated corpus.

For each corpus (--corpus: corpus.py's, corpus_plain.py's and corpus_libro.py's) and each size
it writes the corpus, then builds it with libro (release build), with
Hugo (Debian's `hugo`) and runs the `cmark-gfm` command over the same Markdown: one warm-up run
and then several measured runs each. It prints the median wall time, CPU time (user + system),
peak memory and pages per second, and the ratios libro/Hugo and libro/cmark. `libro` and `hugo`
rebuild into the folder of their previous run, as a user does (libro does not write again the
files that come out the same); `libro-nuevo` and `hugo-nuevo` build into a new folder each time.
It also times the shipped package, a one-page edit while `libro servir` runs on the 1 000-page
corpus, edits under `libro servir` on the largest `original` and `libro-shaped` corpora timed
from the save to the reload message in headless Chromium (serve_edit_bench.py), and `libro
servir` on the shipped package beside hostile clients (serve_bench.py); and it
counts the bytes a browser loads to show the first results of a search, libro's against Pagefind's
on the same built sites: the shipped package and the largest corpus (search_bench.py).

Usage: python3 Tests/Benchmarks/bench.py [--sizes 100,1000,10000] [--runs 3] [--folder .build-bench]
                                         [--corpus original,plain,libro-shaped]
       python3 Tests/Benchmarks/bench.py --escala 100000
       python3 Tests/Benchmarks/bench.py --serve-only
       python3 Tests/Benchmarks/bench.py --servir-solo [--sizes 10000] [--edits 15]
       python3 Tests/Benchmarks/bench.py --search-only [--sizes 10000]
It is a benchmark, not a test: nothing here fails on time.
"""

import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import search_bench
import serve_bench
import serve_edit_bench

ROOT = pathlib.Path(__file__).resolve().parents[2]
LIBRO = ROOT / ".build" / "release" / "libro"
TIME = "/usr/bin/time"


def ensure_tools():
    missing = [package for tool, package in (("hugo", "hugo"), ("cmark-gfm", "cmark-gfm"), (TIME, "time"))
               if shutil.which(tool) is None]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        print(f"bench: instalando {' '.join(missing)}", flush=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    build_libro()


def build_libro():
    print("bench: compilando libro (release)", flush=True)
    # The same build as `make site`.
    subprocess.run(["make", "--no-print-directory", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def measure(command, cwd, shell=False):
    """One run under GNU time: (wall seconds, CPU seconds, peak RSS in MB)."""
    with tempfile.NamedTemporaryFile("r") as report:
        if shell:
            command = [TIME, "-o", report.name, "-f", "%e %U %S %M", "sh", "-c", command]
        else:
            command = [TIME, "-o", report.name, "-f", "%e %U %S %M"] + command
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall, user, system, rss = report.read().split()
    return float(wall), float(user) + float(system), int(rss) / 1024


def median_of(command, cwd, runs, shell=False):
    measure(command, cwd, shell)  # warm-up: file cache, first-run costs
    results = [measure(command, cwd, shell) for _ in range(runs)]
    return tuple(statistics.median(values) for values in zip(*results))


# The corpora (--corpus): the writer of each and the folder name of its size N.
CORPORA = {
    "original": ("corpus.py", "corpus-{size}"),
    "plain": ("corpus_plain.py", "corpus-plain-{size}"),
    "libro-shaped": ("corpus_libro.py", "corpus-libro-shaped-{size}"),
}


def corpus(size, folder, name="original"):
    script, folder_name = CORPORA[name]
    target = folder / folder_name.format(size=size)
    if not (target / "libro" / "content" / "index.md").exists():
        subprocess.run([sys.executable, str(ROOT / "Tests" / "Benchmarks" / script), str(size), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def row(name, size, wall, cpu, rss):
    print(f"{size:>6}  {name:<11} {wall:8.2f} s {cpu:8.2f} s {rss:8.0f} MB {size / wall:10.0f} páginas/s", flush=True)


def full_builds(sizes, runs, folder, name):
    print(f"\ncorpus {name}\n     N  herramienta     reloj      CPU    memoria    velocidad")
    ratios = []
    for size in sizes:
        target = corpus(size, folder, name)
        markdown = sorted(str(path) for path in (target / "markdown").glob("*.md"))
        libro = median_of([str(LIBRO), "construir", "--tema", str(ROOT / "theme"), "--salida", str(target / "sitio-libro")],
                          target / "libro", runs)
        # The same into a folder that does not exist yet: nothing to compare with, every file written.
        fresh = into_new_folders(lambda output: [str(LIBRO), "construir", "--tema", str(ROOT / "theme"), "--salida",
                                                 str(output)], target / "libro", target / "sitio-nuevo", runs)
        hugo = median_of(["hugo", "--quiet", "-s", str(target / "hugo"), "-d", str(target / "sitio-hugo")], target,
                         runs)
        hugo_fresh = into_new_folders(lambda output: ["hugo", "--quiet", "-s", str(target / "hugo"), "-d", str(output)],
                                      target, target / "sitio-hugo-nuevo", runs)
        # One process over every file: starting the command once per file would measure process
        # start-up, not Markdown.
        listing = target / "archivos.txt"
        listing.write_text("\n".join(markdown) + "\n")
        cmark = median_of(f"xargs cmark-gfm -e table -e strikethrough -e autolink -e tasklist < {listing} > /dev/null",
                          target, runs, shell=True)
        row("libro", size, *libro)
        row("libro-nuevo", size, *fresh)
        row("hugo", size, *hugo)
        row("hugo-nuevo", size, *hugo_fresh)
        row("cmark-gfm", size, *cmark)
        ratios.append((size, libro, fresh, hugo, hugo_fresh, cmark))
    print(f"\ncorpus {name}\n     N  libro/Hugo (reloj)  libro/Hugo (memoria)  libro/cmark (reloj)   "
          "(entre paréntesis: los dos en carpeta nueva)")
    for size, libro, fresh, hugo, hugo_fresh, cmark in ratios:
        print(f"{size:>6}  {libro[0] / hugo[0]:9.2f} ({fresh[0] / hugo_fresh[0]:.2f})  {libro[2] / hugo[2]:11.2f} "
              f"({fresh[2] / hugo_fresh[2]:.2f})  {libro[0] / cmark[0]:10.2f} ({fresh[0] / cmark[0]:.2f})")


def into_new_folders(command, cwd, folder, runs):
    """Median of runs that each write into a folder that does not exist yet (set aside before and after)."""
    results = []
    for run in range(runs):
        output = pathlib.Path(f"{folder}-{run}")
        set_aside(output)
        results.append(measure(command(output), cwd))
        set_aside(output)
    return tuple(statistics.median(values) for values in zip(*results))


def set_aside(path):
    """Moves PATH into a `.papelera` folder beside it, emptied once everything is measured
    (empty_trash). Deleting it would charge the deletion to the next build: on ext4 without a
    journal, for minutes after thousands of files are deleted each file created near them makes
    the kernel check the freed inodes one by one (`recently_deleted`), 4 s of system time for
    a 10 000-page build right after its previous output was deleted."""
    if not path.exists():
        return
    trash = path.parent / ".papelera"
    trash.mkdir(exist_ok=True)
    path.rename(trash / f"{path.name}-{time.monotonic_ns()}")


def empty_trash(folder):
    for trash in sorted(folder.glob("**/.papelera")):
        shutil.rmtree(trash, ignore_errors=True)


def scale(size, folder, tools):
    """libro and Hugo (or those of TOOLS) once each on an N-page plain corpus, into new folders: one
    run, not a median, since at 100 000 pages one run is what the machine can spare."""
    target = corpus(size, folder, "plain")
    builds = [("libro", target / "escala-libro", target / "libro",
               [str(LIBRO), "construir", "--tema", str(ROOT / "theme"), "--salida"]),
              ("hugo", target / "escala-hugo", target, ["hugo", "--quiet", "-s", str(target / "hugo"), "-d"])]
    print(f"\nescala: {size} páginas del corpus plain, una construcción en carpeta nueva")
    print("herramienta     reloj        CPU     memoria     sitio")
    for name, output, cwd, command in builds:
        if name not in tools:
            continue
        set_aside(output)
        wall, cpu, rss = measure(command + [str(output)], cwd)
        # The site's size as `du` counts it (whole blocks): what it takes on the disk.
        kilobytes = int(subprocess.run(["du", "-sk", str(output)], capture_output=True, text=True, check=True).stdout.split()[0])
        print(f"{name:<10} {wall:9.2f} s {cpu:9.2f} s {rss:8.0f} MB {kilobytes / 1024:8.0f} MB", flush=True)


def shipped(runs):
    wall, cpu, rss = median_of([str(LIBRO), "construir", "--salida", str(ROOT / ".build-bench" / "sitio-paquete")], ROOT,
                               runs)
    print(f"\npaquete de content/: {wall * 1000:.0f} ms de reloj, {cpu * 1000:.0f} ms de CPU, {rss:.0f} MB")
    wall, cpu, rss = median_of([str(LIBRO), "revisar"], ROOT, runs)
    print(f"libro revisar de content/: {wall * 1000:.0f} ms de reloj, {cpu * 1000:.0f} ms de CPU, {rss:.0f} MB")


def incremental(folder, edits):
    """Edits one page at a time while `libro servir` runs and reads how long each rebuild took."""
    target = corpus(1000, folder)
    content = target / "libro" / "content"
    server = subprocess.Popen([str(LIBRO), "servir", "--tema", str(ROOT / "theme"), "--puerto", "0"],
                              cwd=target / "libro", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(server.stdout), daemon=True)
    reader.start()

    def wait_for(count):
        deadline = time.time() + 60
        while time.time() < deadline:
            found = [line for line in list(lines) if line.startswith("libro:") and " ms " in line]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise SystemExit("bench: libro servir no respondió")

    try:
        wait_for(1)
        pages = sorted(content.glob("parte-*/seccion-*/pagina-*.md"))
        for number in range(edits):
            page = pages[(number * 97) % len(pages)]
            with page.open("a", encoding="utf-8") as file:
                file.write(f"\nUna frase añadida para medir, número {number}.\n")
            wait_for(number + 2)
            time.sleep(0.5)
        times = [int(re.search(r"(\d+) ms", line).group(1)) for line in wait_for(edits + 1)[1:]]
    finally:
        server.terminate()
        server.wait()
    print(f"\nreconstrucción tras editar una página (1 000 páginas, {edits} ediciones): mediana "
          f"{statistics.median(times)} ms, mínimo {min(times)} ms, máximo {max(times)} ms")


def serve_edits(folder, size, edits):
    """Edits under `libro servir` on the `original` and `libro-shaped` corpora, each timed from
    the save to the reload message reaching a page in headless Chromium."""
    for name in ("original", "libro-shaped"):
        content = corpus(size, folder, name) / "libro" / "content"
        print(f"\nlibro servir en el corpus {name} de {size} páginas, medido en Chromium:", flush=True)
        serve_edit_bench.run(LIBRO, content, ROOT / "theme", edits, name=f"corpus {name}")


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--folder", default=str(ROOT / ".build-bench"))
    parser.add_argument("--corpus", default=",".join(CORPORA), help="corpora to build, among " + ", ".join(CORPORA))
    parser.add_argument("--escala", type=int, metavar="N", help="only libro and Hugo, once, on an N-page plain corpus")
    parser.add_argument("--herramientas", default="libro,hugo",
                        help="with --escala, the tools to run (Hugo needs some 250 MB per 1 000 plain pages)")
    parser.add_argument("--serve-only", action="store_true", help="only libro servir beside hostile clients")
    parser.add_argument("--search-only", action="store_true", help="only the bytes a search loads, against Pagefind")
    parser.add_argument("--servir-solo", action="store_true",
                        help="only edits under libro servir on the largest size, timed in Chromium")
    parsed = parser.parse_args()
    unknown = [name for name in parsed.corpus.split(",") if name not in CORPORA]
    if unknown:
        parser.error(f"corpus desconocido: {', '.join(unknown)}; los hay {', '.join(CORPORA)}")
    return parsed


def main():
    options = arguments()
    if options.serve_only:
        build_libro()
        hostile()
        return
    folder = pathlib.Path(options.folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(size) for size in options.sizes.split(",")]
    if options.search_only:
        build_libro()
        search(folder, max(sizes))
        return
    if options.servir_solo:
        build_libro()
        serve_edits(folder, max(sizes), options.edits)
        return
    ensure_tools()
    print(f"bench: {os.cpu_count()} núcleos; {subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.strip()}")
    if options.escala:
        scale(options.escala, folder, options.herramientas.split(","))
        empty_trash(folder)
        return
    for name in options.corpus.split(","):
        full_builds(sizes, options.runs, folder, name)
    empty_trash(folder)
    shipped(options.runs)
    incremental(folder, options.edits)
    serve_edits(folder, max(sizes), options.edits)
    search(folder, max(sizes))
    hostile()


# Words every corpus page draws from (corpus.py), so each query finds thousands of sections.
CORPUS_QUERIES = ["alianza", "confianza", "diligencia", "memorándum", "municipio", "sustentabilidad"]
# The bytes that may be loaded to show the first results of a one-word query.
SEARCH_BUDGET_KB = {"paquete": 100, "corpus": 150}


def search(folder, size):
    """libro's search against Pagefind's on the shipped package and on the largest corpus."""
    sites = [("paquete", folder / "sitio-paquete", [str(ROOT / "content")], search_bench.QUERIES)]
    target = corpus(size, folder)
    sites.append(("corpus", target / "sitio-libro", [str(target / "libro" / "content")], CORPUS_QUERIES))
    for label, site, content, queries in sites:
        subprocess.run([str(LIBRO), "construir", "--contenido", *content, "--tema", str(ROOT / "theme"), "--salida",
                        str(site)], check=True, stdout=subprocess.DEVNULL)
        rows = search_bench.compare(site, queries, f"{label}, {site.name}", folder)
        worst = max(libro for _, libro, _ in rows) / 1024
        verdict = "dentro" if worst <= SEARCH_BUDGET_KB[label] else "FUERA"
        print(f"libro, la consulta que más carga: {worst:.1f} KB; presupuesto {SEARCH_BUDGET_KB[label]} KB: {verdict}")


def hostile():
    """`libro servir` on the shipped package while clients send 1 MB header lines and 32 KB URLs."""
    print("\nlibro servir con content/ junto a clientes hostiles:")
    serve_bench.run(str(LIBRO), str(ROOT / "content"))


if __name__ == "__main__":
    main()
