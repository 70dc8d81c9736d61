#!/usr/bin/env python3
"""Opens a workbook libro wrote in openpyxl and in LibreOffice, and checks every sheet.

    python Tests/Spreadsheet/check_workbook.py .build-xlsx/muestra.xlsx

The workbook is the sample of Tests/SpreadsheetTests/SampleWorkbookTests.swift (`make
spreadsheet-check` writes it); the values expected here are that sample's. openpyxl reads the
values, styles, frozen pane, column widths and drop-down lists; LibreOffice converts the whole
workbook to flat ODS (every sheet, unlike a CSV export), which is read for the same values, the
hidden sheets and the lists. (Headless, LibreOffice has no view, so it keeps no frozen pane to
check.) Exits 1 with every difference found.
"""

import datetime
import pathlib
import re
import subprocess
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ElementTree

import openpyxl

SHEETS = [("Actores", False), ("Oculta", True), ("Resumen", False), ("listas", True)]
ACTORES = [
    ["Nombre", "Tipo", "Fundada", "Reunión", "Personas"],
    ["Fundación Semilla Lectora", "Donante", datetime.date(2024, 3, 15), datetime.time(9, 0), 12],
    ['Red <Bibliotecas> & "Amigos"', "Aliado, con coma", datetime.date(1999, 12, 31), datetime.time(16, 30), 2.5],
    ["  Con espacios  ", None, None, None, -7],
    ["Dos\nlíneas 👩🏽‍🏫", "Donante", None, None, None],
]
VALUES = {
    "Actores": ACTORES,
    "Oculta": [["no se muestra"]],
    "Resumen": [["Total", 14.5]],
    "listas": [["Donante", "Sí"], ["Aliado, con coma", "No"], ['Otro "tipo"', None]],
}
# Each sheet's lists: the range, and the values its source holds.
LISTS = {
    "Actores": [("B2:B100", ["Donante", "Aliado, con coma", 'Otro "tipo"'])],
    "Resumen": [("A2:A5", ["Sí", "No"])],
}

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


# MARK: - openpyxl


def check_openpyxl(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(path)
    for warning in caught:
        problems.append(f"openpyxl avisa: {warning.message}")
    expect([(s.title, s.sheet_state == "hidden") for s in workbook.worksheets] == SHEETS,
           f"openpyxl: hojas {[(s.title, s.sheet_state) for s in workbook.worksheets]}")
    expect(workbook.active.title == "Actores", f"openpyxl: abre en «{workbook.active.title}»")
    for sheet in workbook.worksheets:
        rows = [[plain(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        expect(trimmed(rows) == VALUES[sheet.title], f"openpyxl: «{sheet.title}» tiene {rows}")
        lists = []
        for validation in sheet.data_validations.dataValidation:
            expect(validation.type == "list", f"openpyxl: «{sheet.title}» valida con {validation.type}")
            source = validation.formula1
            lists.append((str(validation.sqref), list_values(workbook, source)))
        expect(lists == LISTS.get(sheet.title, []), f"openpyxl: «{sheet.title}» tiene las listas {lists}")
        expect(sheet.freeze_panes == ("A2" if sheet.title == "Actores" else None),
               f"openpyxl: «{sheet.title}» fija {sheet.freeze_panes}")
    actors = workbook["Actores"]
    expect(all(cell.font.b for cell in actors[1]), "openpyxl: el encabezado no está en negrita")
    expect(not actors["A2"].font.b, "openpyxl: A2 está en negrita")
    expect(actors["C2"].number_format == "yyyy-mm-dd", f"openpyxl: C2 con formato {actors['C2'].number_format}")
    expect(actors["D2"].number_format == "hh:mm", f"openpyxl: D2 con formato {actors['D2'].number_format}")
    expect(actors["A5"].alignment.wrap_text, "openpyxl: A5 (dos líneas) no ajusta el texto")
    expect(actors.column_dimensions["A"].width == 28, f"openpyxl: columna A de {actors.column_dimensions['A'].width}")


def plain(value):
    """Dates as openpyxl gives them (datetimes at midnight) compared as dates."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        return value.date()
    return value


def trimmed(rows):
    """Rows without the empty rows and columns after the last value, as the expected values are
    written."""
    result = [list(row) for row in rows]
    while result and all(value is None for value in result[-1]):
        result.pop()
    width = max((i + 1 for row in result for i, v in enumerate(row) if v is not None), default=0)
    return [row[:width] + [None] * (width - len(row)) for row in result]


def list_values(workbook, source):
    sheet_name, cells = source.split("!")
    first, last = cells.replace("$", "").split(":")
    return [cell.value for row in workbook[sheet_name][first:last] for cell in row]


# MARK: - LibreOffice

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}


def attribute(element, name):
    prefix, local = name.split(":")
    return element.get(f"{{{NS[prefix]}}}{local}")


def check_libreoffice(path):
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        result = subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work}/perfil", "--convert-to", "fods",
             "--outdir", str(work), str(path)],
            capture_output=True, text=True, timeout=120)
        converted = work / (pathlib.Path(path).stem + ".fods")
        if result.returncode != 0 or not converted.exists():
            problems.append(f"LibreOffice no convirtió el libro: {result.stdout}{result.stderr}")
            return
        document = ElementTree.parse(converted).getroot()
    hidden_styles = {
        attribute(style, "style:name")
        for style in document.iter(f"{{{NS['style']}}}style")
        for properties in style.iter(f"{{{NS['style']}}}table-properties")
        if attribute(properties, "table:display") == "false"
    }
    tables = list(document.iter(f"{{{NS['table']}}}table"))
    found = [(attribute(t, "table:name"), attribute(t, "table:style-name") in hidden_styles) for t in tables]
    expect(found == SHEETS, f"LibreOffice: hojas {found}")
    validations = {
        attribute(v, "table:name"): attribute(v, "table:condition")
        for v in document.iter(f"{{{NS['table']}}}content-validation")
    }
    for table in tables:
        name = attribute(table, "table:name")
        rows, lists = read_table(table, validations)
        expect(trimmed(rows) == [[libreoffice_value(v) for v in row] for row in VALUES.get(name, [])],
               f"LibreOffice: «{name}» tiene {trimmed(rows)}")
        for cell_range, values in LISTS.get(name, []):
            column = ord(cell_range[0]) - ord("A")
            row = int(cell_range.split(":")[0][1:]) - 1
            condition = lists.get((row, column), "")
            source = [v for v in rows_of(tables, "listas", condition)]
            expect(condition.startswith("of:cell-content-is-in-list(") and source == values,
                   f"LibreOffice: «{name}» {cell_range} valida con «{condition}» ({source})")


def read_table(table, validations):
    """The table's values by row and column, and the validation condition of each cell."""
    rows, lists = [], {}
    for row in table.iter(f"{{{NS['table']}}}table-row"):
        repeat = int(attribute(row, "table:number-rows-repeated") or 1)
        cells = []
        for cell in row:
            count = int(attribute(cell, "table:number-columns-repeated") or 1)
            validation = attribute(cell, "table:content-validation-name")
            for _ in range(min(count, 64)):
                if validation:
                    lists[(len(rows), len(cells))] = validations.get(validation, "")
                cells.append(cell_value(cell))
        for _ in range(min(repeat, 64)):
            rows.append(cells)
    return rows, lists


def rows_of(tables, sheet, condition):
    """The values of the one-column range a list condition names: `[$listas.$A$1:.$A$3]`."""
    match = re.search(r"\[\$(\w+)\.\$([A-Z])\$(\d+):\.\$([A-Z])\$(\d+)\]", condition)
    if not match or match.group(1) != sheet:
        return []
    table = next(t for t in tables if attribute(t, "table:name") == sheet)
    rows, _ = read_table(table, {})
    column = ord(match.group(2)) - ord("A")
    return [row[column] for row in rows[int(match.group(3)) - 1:int(match.group(5))]]


def cell_value(cell):
    kind = attribute(cell, "office:value-type")
    if kind is None:
        return None
    if kind == "string":
        return "\n".join(paragraph_text(p) for p in cell.iter(f"{{{NS['text']}}}p"))
    if kind == "float":
        return float(attribute(cell, "office:value"))
    if kind == "date":
        return attribute(cell, "office:date-value")
    if kind == "time":
        return attribute(cell, "office:time-value")
    return f"{kind}?"


def paragraph_text(element):
    """A paragraph's text with ODF's runs of spaces (`<text:s text:c="2"/>`), tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.split("}")[1]
        if tag == "s":
            parts.append(" " * int(attribute(child, "text:c") or 1))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            parts.append(paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def libreoffice_value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return f"PT{value.hour:02d}H{value.minute:02d}M00S"
    if isinstance(value, int):
        return float(value)
    return value


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    path = sys.argv[1]
    check_openpyxl(path)
    check_libreoffice(path)
    for problem in problems:
        print(f"error: {problem}")
    print(f"{path}: {'bien' if not problems else f'{len(problems)} problemas'} en openpyxl y LibreOffice")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
