#!/usr/bin/env python3
"""A workbook saved by LibreOffice builds, with dates and times typed as a person types them.

The template of `libro nuevo organizacion --excel` is edited with openpyxl as someone would in a
spreadsheet program (a date typed as a date, start times typed as times, 09:00 and 16:30, a
second session added), saved again by LibreOffice headless, and built by libro alone; the
organization's agendas must start at those times on those dates.

Usage: libreoffice_saved.py LIBRO
"""

import datetime
import pathlib
import shutil
import subprocess
import sys
import tempfile

import openpyxl

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SLUG = "prueba-calc"


def run(command):
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"libreoffice_saved: falló {' '.join(map(str, command))}:\n{done.stdout}{done.stderr}")
    return done.stdout


def edit(path):
    """Two sessions with dates and times as the spreadsheet's own values."""
    book = openpyxl.load_workbook(path)
    sheet = book["Sesiones"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    rows = [(2, datetime.date(2027, 3, 15), datetime.time(9, 0)), (3, datetime.date(2027, 5, 10), datetime.time(16, 30))]
    for row, date, start in rows:
        sheet.cell(row, columns["sesion"], value=row)
        sheet.cell(row, columns["fecha"], value=date).number_format = "DD/MM/YYYY"
        sheet.cell(row, columns["inicio"], value=start).number_format = "HH:MM"
        sheet.cell(row, columns["lugar"], value="Casa de la cultura")
        sheet.cell(row, columns["modalidad"], value="presencial")
    book.save(path)


def main():
    libro = pathlib.Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        content = folder / "content"
        shutil.copytree(REPOSITORY / "content", content)
        run([libro, "nuevo", "organizacion", SLUG, "--excel", "--contenido", content])
        workbook = content / "organizaciones" / SLUG / "organizacion.xlsx"
        edit(workbook)
        saved = folder / "guardado"
        run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/perfil-lo",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved, workbook])
        shutil.copy(saved / "organizacion.xlsx", workbook)
        site = folder / "sitio"
        run([libro, "construir", "--contenido", content, "--tema", REPOSITORY / "theme", "--salida", site,
             "--organizacion", SLUG])
        problems = []
        for number, date, start in [(2, "lunes 15 de marzo de 2027", "09:00"), (3, "lunes 10 de mayo de 2027", "16:30")]:
            page = (site / "organizaciones" / SLUG / "sesiones" / f"sesion-{number}.html").read_text()
            for text in (date, start):
                if text not in page:
                    problems.append(f"la agenda de la sesión {number} no dice «{text}»")
        for problem in problems:
            print(f"libreoffice_saved: {problem}")
        if problems:
            sys.exit(1)
        print("libreoffice_saved: el libro guardado por LibreOffice se construye con sus fechas y horas")


if __name__ == "__main__":
    main()
