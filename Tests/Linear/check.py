#!/usr/bin/env python3
"""Linear-growth check: every step a build does for a page must cost about four times as much
for a page with four times as many items.

For each case of `cases.py`, a small site is built by `libro construir` under valgrind's callgrind
with the case's page holding 0, N and 4N items. The instructions the whole process executes are
counted (not timed, so the answer does not depend on the machine or its load); the build with
0 items is subtracted from the other two, and the check fails when the work for 4N items is more
than 4.5 times the work for N (4 for linear work, with room for sorting's log factor). Swift's
hashing is made deterministic and one worker thread is used, so a count is the same run after
run.

Usage: check.py [--libro .build/debug/libro] [--only "case,case"] [--jobs N] [--keep FOLDER]
"""

import argparse
import concurrent.futures
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

LIMIT = 4.5
# The work for N items must stand out from a build's fixed cost (about 290 million instructions
# in the debug build), or the ratio measures start-up.
MINIMUM_WORK = 20_000_000

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from cases import CASES  # noqa: E402


def strip_debug_info(binary, folder):
    """valgrind 3.19 (Debian 12) cannot read the DWARF 5 debug information Swift writes and gives
    up; the same machine code without its debug sections runs the same instructions."""
    target = folder / "libro"
    subprocess.run(["objcopy", "--strip-debug", str(binary), str(target)], check=True)
    return target


def count(libro, site, theme):
    """Instructions executed by one `libro construir` of `site`, and its exit status and output."""
    environment = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1", LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        str(libro), "construir", "--contenido", str(site / "content"), "--tema", str(theme),
        "--salida", str(site / "site"), "--hilos", "1",
    ]
    run = subprocess.run(command, capture_output=True, text=True, env=environment)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        raise RuntimeError(f"callgrind gave no count for {site}:\n{run.stderr[-2000:]}")
    return int(found.group(1)), run.returncode, run.stdout + run.stderr


class Site:
    """One site to build: a case at one size. Sites with the same files are built once."""

    def __init__(self, case, size):
        self.case = case
        self.size = size
        self.files = case.files(size)
        digest = hashlib.sha256(repr(sorted(self.files.items())).encode()).hexdigest()
        self.key = digest[:16]

    def measure(self, libro, theme, work, verbose):
        folder = work / self.key
        shutil.rmtree(folder, ignore_errors=True)
        self.case.write(folder, self.size)
        start = time.monotonic()
        instructions, status, output = count(libro, folder, theme)
        if verbose:
            print(f"  {self.case.name}, {self.size}: {instructions:,} in {time.monotonic() - start:.1f} s", flush=True)
        if status != self.case.status:
            raise RuntimeError(
                f"{self.case.name}, {self.size} {self.case.unit}: libro ended with {status}, "
                f"expected {self.case.status}:\n" + output[-3000:])
        shutil.rmtree(folder, ignore_errors=True)
        return instructions


def measure_all(selected, arguments, work):
    libro = strip_debug_info(pathlib.Path(arguments.libro), work)
    sites = {}
    for case in selected:
        for size in (0, case.n, 4 * case.n):
            site = Site(case, size)
            sites.setdefault(site.key, site)
    theme = pathlib.Path(arguments.theme)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, arguments.jobs)) as pool:
        futures = {
            key: pool.submit(site.measure, libro, theme, work, arguments.verbose) for key, site in sites.items()
        }
        return {key: future.result() for key, future in futures.items()}


def report(selected, counts):
    failures = []
    print(f"{'step':<42} {'N':>6} {'work for N':>14} {'work for 4N':>14} {'ratio':>6}")
    for case in selected:
        base = counts[Site(case, 0).key]
        small = counts[Site(case, case.n).key] - base
        large = counts[Site(case, 4 * case.n).key] - base
        ratio = large / small if small > 0 else float("inf")
        verdict = ""
        if small < MINIMUM_WORK:
            verdict = f"  too little work for N to measure (under {MINIMUM_WORK:,} instructions)"
            failures.append(f"{case.name}: too little work for {case.n} {case.unit}")
        elif ratio > LIMIT:
            verdict = f"  grows faster than the page (over {LIMIT}x)"
            failures.append(f"{case.name}: {ratio:.2f}x the work for {4 * case.n} {case.unit} as for {case.n}")
        print(f"{case.name:<42} {case.n:>6} {small:>14,} {large:>14,} {ratio:>6.2f}{verdict}", flush=True)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libro", default=str(ROOT / ".build/debug/libro"))
    parser.add_argument("--theme", default=str(ROOT / "theme"))
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", default="", help="build in this folder instead of a temporary one")
    parser.add_argument("--verbose", action="store_true", help="print each build's count and time")
    arguments = parser.parse_args()
    for tool in ("valgrind", "objcopy"):
        if shutil.which(tool) is None:
            sys.exit(f"check.py: needs `{tool}` (Debian and Ubuntu: apt-get install valgrind binutils)")
    wanted = [name.strip() for name in arguments.only.split(",") if name.strip()]
    selected = [case for case in CASES if not wanted or case.name in wanted]
    if wanted and len(selected) != len(wanted):
        sys.exit(f"check.py: no case named {sorted(set(wanted) - {case.name for case in selected})}")
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="libro-lineal-") as temporary:
        work = pathlib.Path(arguments.keep or temporary)
        work.mkdir(parents=True, exist_ok=True)
        counts = measure_all(selected, arguments, work)
    failures = report(selected, counts)
    seconds = time.monotonic() - start
    if failures:
        print(f"\nLinear-growth check failed ({seconds:.0f} s): a step grows faster than the page.\n  "
              + "\n  ".join(failures))
        return 1
    print(f"\nEvery step grows at most {LIMIT}x from N to 4N items ({len(selected)} steps, {seconds:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
