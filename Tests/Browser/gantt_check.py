"""The plan by months at its largest: twelve months by fifteen activities on one landscape sheet.

Copies CONTENT to a temporary folder, replaces the sample organization's plan with fifteen
activities (five with two sub-activities each) that run over twelve months, with long texts in
every column, builds it with LIBRO for Letter and for A4, and checks each printed plan as
print_check.py does: one landscape sheet of the site's paper holding every row, and marked
months far from empty ones in greyscale.

Usage: gantt_check.py LIBRO [CONTENT] [--theme THEME] [--organizacion SLUG] [--archivo plan-de-trabajo.csv]
"""

import argparse
import csv
import pathlib
import shutil
import subprocess
import sys
import tempfile

from browser_tools import browser
import print_check

LONG_TEXT = ("Documento del plan con la imagen del colectivo, fotografías de las sesiones y acuerdos "
             "del consejo directivo de la organización")


def plan_rows(header, count=15):
    """Fifteen rows: activities 1–5 over three months each, sub-activities in one month each."""
    rows = []
    for number in range(count):
        activity, sub = divmod(number, 3)
        first = number % 12 + 1
        values = {column: LONG_TEXT[: 60 + 8 * index] for index, column in enumerate(header)}
        values["numero"] = f"{activity + 1}.{sub}" if sub else str(activity + 1)
        values["meses"] = f"{first}-{min(12, first + 2)}" if not sub else str(first)
        rows.append([values[column] for column in header])
    rows[-1][header.index("meses")] = "1;12"
    return rows


def build(libro, content, theme, paper, output):
    config = content / "libro.yml"
    lines = [line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith("papel:")]
    config.write_text("\n".join(lines + [f"papel: {paper}"]) + "\n", encoding="utf-8")
    result = subprocess.run([libro, "construir", "--contenido", str(content), "--tema", str(theme), "--salida", str(output)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"gantt_check: libro no construyó el sitio:\n{result.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("libro")
    parser.add_argument("content", nargs="?", default="content", type=pathlib.Path)
    parser.add_argument("--theme", default="theme", type=pathlib.Path)
    parser.add_argument("--organizacion", default="voces-del-bravo")
    parser.add_argument("--archivo", default="plan-de-trabajo.csv")
    arguments = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        content = pathlib.Path(folder) / "content"
        shutil.copytree(arguments.content, content)
        plan = content / "organizaciones" / arguments.organizacion / arguments.archivo
        with plan.open(encoding="utf-8") as file:
            header = next(csv.reader(file))
        with plan.open("w", encoding="utf-8", newline="") as file:
            csv.writer(file, lineterminator="\n").writerows([header] + plan_rows(header))
        driver = browser(1280, 1200, page_size=False)
        try:
            for paper in ("carta", "a4"):
                site = pathlib.Path(folder) / f"site-{paper}"
                build(arguments.libro, content, arguments.theme.resolve(), paper, site)
                page = site / "organizaciones" / arguments.organizacion / pathlib.Path(arguments.archivo).stem
                problems = print_check.check_gantt(driver, page.with_suffix(".html"), paper)
                for problem in problems:
                    print(f"{paper}: {problem}", file=sys.stderr)
                failures += bool(problems)
        finally:
            driver.quit()
    print(f"gantt_check: 15 actividades por 12 meses, carta y A4, {failures} con problemas")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
